"""Independent evaluation corpus n° 92: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Notes get the ids
``ind92-001`` … ``ind92-240`` in writing order; ``split`` draws dev / holdout from the ids and
the cells (site kind × channel) only; ``main`` writes ``dev.jsonl`` and ``holdout.jsonl``.

Standard library only, deterministic: ``python holdout_author.py`` twice gives identical files.
Emphasis: dates of birth among many other dates, an ordinary week in Normandy.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind92"
SEED = 92

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# ---------------------------------------------------------------------------------------------
# The notes, in writing order (one list per writing session).
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        CAF,
        AP,
        "{{9h10}}, 1ere pers. reçue : Mme [[PERSONNE:Ndiaye]] ([[PERSONNE:Awa]]), vient pour la {{prime d'activité}} suspendue depuis {{mars}}. L'agente ([[PERSONNE:Sandrine]]) lui demande sa date de naissance pour retrouver le dossier : « [[DATE_NAISSANCE:12 mars 85]] ». Née à {{Dakar}}, arrivée en France le {{3 septembre 2011}}. Le dossier ressort sous le n° [[N_ALLOCATAIRE:2417093]]. Elle avait attendu {{25 min}} debout.",
    ),
    (
        CAF,
        AP,
        "Borne à tickets HS depuis {{8h30}}. {{3}} personnes repartent sans ticket, pas d'agent dans le hall avant {{9h}} 😕",
    ),
    (
        CAF,
        AT,
        "Appel {{10h02}} - un monsieur appelle pour l'{{APL}} de sa fille étudiante à {{Rouen}}. Conseiller ([[PERSONNE:Karim]]) : « vous me donnez la date de naissance de l'allocataire ? » - « c'est moi, le [[DATE_NAISSANCE:seize juin soixante-dix-huit]] ». Puis num alloc [[N_ALLOCATAIRE:0836215]]. La fille, [[PERSONNE:Lina]], née en [[DATE_NAISSANCE:2005]], a signé son bail le {{1er septembre}} -> aide versée à partir d'{{octobre}} seulement (mois de carence). Le père ne savait pas, il est dégoûté.",
    ),
    (
        CAF,
        AP,
        "Lu sur l'écran par dessus l'épaule de l'agent :\nNOM [[PERSONNE:LEMONNIER]] / PRENOM [[PERSONNE:Gaëlle]]\nNE(E) LE [[DATE_NAISSANCE:07/10/1981]]\nSITUATION isolée, {{2}} enf. ([[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2014]])\ndernier versement {{05/04/2024}} - montant {{612,40 €}}\nElle vient parce que le {{RSA}} de {{mai}} n'est pas tombé. L'agent explique : déclaration trimestrielle pas faite avant le {{30 avril}}. Elle l'a faite hier soir sur son tel. Ca devrait passer le {{5 juin}}.",
    ),
    (
        CAF,
        AT,
        "{{11h40}} appel d'une dame très énervée, on l'entend à {{2 m}} du casque. « j'ai appelé {{4 fois}} depuis lundi ». Mme [[PERSONNE:Toutain]]. Pb de {{prime à la naissance}} : bébé né le [[DATE_NAISSANCE:2 avril]], déclaration de grossesse faite à {{5 mois}} au lieu des {{14 semaines}}. La conseillère reste hyper calme, explique le recours amiable, donne l'adresse de la {{CRA}}. La dame raccroche sans dire au revoir.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. [[PERSONNE:Yilmaz Mehmet]], [[ADRESSE:14 rue des Coquelicots, 14200 Hérouville-Saint-Clair]]. Contrôleur ([[PERSONNE:Frédéric Anquetil]]) vérifie la compo familiale : {{3}} enfants déclarés. Il lit le livret de famille à voix haute : « [[PERSONNE:Elif]], [[DATE_NAISSANCE:3 février 2008]] ; [[PERSONNE:Emre]], [[DATE_NAISSANCE:19 août 2011]] ; [[PERSONNE:Deniz]], [[DATE_NAISSANCE:30 décembre 2015]] ». Monsieur né en [[DATE_NAISSANCE:1975]] à {{Kayseri}}, arrivé à {{Caen}} en {{1998}}, mariage le {{12 juin 2004}} à {{Hérouville}}. NIR relevé sur l'attestation : [[NIR:1 75 05 99 208 140 09]]. Compo OK, mais le loyer déclaré ({{480 €}}) ne colle pas au bail ({{520 €}}).",
    ),
    (
        CAF,
        AP,
        "Espace d'attente : une {{fontaine à eau}} vide, des chaises vissées, un écran qui passe en boucle la pub de l'appli {{Mon Compte Caf}}. Temps d'attente affiché : {{45 min}}. Réel : plutôt {{1h10}}.",
    ),
    (
        CAF,
        AT,
        "Un fils appelle pour sa mère ({{84 ans}}) qui ne comprend pas le courrier du {{18 mars}}. Agent : il faut qu'elle appelle elle-même ou qu'elle fasse une procuration. Le fils insiste, donne quand même la date de naissance de sa mère « [[DATE_NAISSANCE:11/02/1940]] » et son nom de jeune fille, [[PERSONNE:Picot]]. Refus poli. Fils : « c'est n'importe quoi » 🙄",
    ),
    (
        FT,
        AP,
        "Agence {{FT}} de {{la Grâce de Dieu}}, {{14h}}. Jeune homme, [[PERSONNE:Kévin Osmont]], {{22 ans}}, identifiant [[ID_FRANCE_TRAVAIL:4471865M]]. La conseillère vérifie sa date de naissance : « [[DATE_NAISSANCE:30 novembre 2001]] ». Inscrit depuis le {{4 janvier}}, fin de CDD chez {{Leclerc}} le {{31 décembre}}. Il veut entrer en {{CEJ}}. Elle ressaisit son NIR à partir de la carte vitale ([[NIR:101111436602147]]) car l'inscription avait été faite avec une erreur. [[PERSONNE:Kévin]] rigole : « j'avais mis [[DATE_NAISSANCE:2010]] au lieu de [[DATE_NAISSANCE:2001]] ».",
    ),
    (
        FT,
        AT,
        "Plateforme {{3949}} : la conseillère me dit que {{60 %}} des appels du lundi matin portent sur l'actualisation. Ce matin, {{112}} appels en attente à {{9h}}.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Rouen}} rive gauche ({{Saint-Sever}}). Mme [[PERSONNE:Haddad]] vient pour la {{C2S}}. L'agent lit la carte vitale : « [[PERSONNE:Haddad Yasmina]], née le [[DATE_NAISSANCE:21.07.1992]] ». Elle corrige : nom d'usage [[PERSONNE:Mercier]] depuis son mariage en {{2019}}. NIR [[NIR:2 92 07 76 540 088 56]]. Droits ouverts jusqu'au {{31/08}}, elle repart avec l'attestation papier.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}, {{15h20}}. Un papa : son fils [[PERSONNE:Noam]], né le [[DATE_NAISSANCE:08/01/2024]], n'est toujours pas rattaché sur sa carte vitale. Conseiller : « il faut nous envoyer l'acte de naissance, comptez {{3 semaines}} ». Le papa : « mais il a {{3 mois}} !! ». Rdv chez le pédiatre {{jeudi}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{CHU de Caen}}, poste de l'{{IOA}}. Patient amené par les pompiers, confus. L'IOA cherche dans le portefeuille : carte d'identité au nom de [[PERSONNE:Jean-Claude Hamel]], né le [[DATE_NAISSANCE:22/05/1947]] à {{Cherbourg}}. IPP créé : [[IDENTIFIANT:P01472286]]. Sa fille est prévenue au [[TELEPHONE:06 71 38 22 94]]. Arrivée {{16h05}}, vu par un médecin à {{18h40}}.",
    ),
    (
        URG,
        AP,
        "Salle d'attente pleine : {{34}} patients, {{1}} seul senior jusqu'à {{20h}}. L'écran affiche « temps d'attente estimé : {{4h}} ». Un homme dort par terre sur son blouson.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} du {{Havre}}, accueil. Monsieur âgé, M. [[PERSONNE:Vautier]], pour l'aide aux frais de chauffage. Il dicte sa date de naissance chiffre par chiffre : « [[DATE_NAISSANCE:zéro sept, zéro sept, quarante-quatre]] ». Il habite [[ADRESSE:23 rue de Verdun, 76600 Le Havre]] depuis {{1971}}. L'agente (Mme [[PERSONNE:Lesueur]]) explique : {{aide facultative}}, max {{150 €}}, passage en commission le {{14}}. Il demande si ça peut aller plus vite, son fioul est à sec.",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Calvados}}, nuit. Appel {{22h47}} : un homme dit s'appeler « [[PERSONNE:Momo]] », né en [[DATE_NAISSANCE:87]] ou [[DATE_NAISSANCE:88]], il sait plus trop. L'écoutant ([[PERSONNE:Bastien]]) n'a pas de place, propose la halte de nuit. L'homme appelle depuis le portable d'un passant ([[TELEPHONE:07 58 12 40 63]]), il rappellera à {{7h}}.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Le Phare}} ({{Cherbourg}}) : entrée d'une famille. Fiche remplie par l'éducatrice :\n- mère : [[PERSONNE:Fatoumata Camara]], [[DATE_NAISSANCE:2000]]\n- enfant : [[PERSONNE:Mariam]], née le [[DATE_NAISSANCE:14/02/2021]] à {{Caen}}\n- arrivée en France le {{17 juin 2018}}\n- titre de séjour n° [[IDENTIFIANT:1402387512]], valable jusqu'au {{13/03/2025}}\nOrientée par le {{SIAO}} le {{2 mai}}.",
    ),
    (
        FT,
        AP,
        "Atelier CV, {{10}} participants. La conseillère projette un CV modèle au nom de « [[PERSONNE:Julie Martin]] », née le [[DATE_NAISSANCE:01/01/1990]]. Elle dit qu'il ne faut PLUS mettre sa date de naissance, à la rigueur l'âge, ou rien. Un participant, [[PERSONNE:Ousmane]], demande s'il peut mettre ses {{12 ans}} chez {{Renault Cléon}} même si c'était en intérim. Réponse : oui, évidemment.",
    ),
    (
        CAF,
        AP,
        "Ticket {{B047}}. Jeune femme enceinte, terme prévu le {{25 juillet}}, vient déclarer sa grossesse en retard. L'agent lui demande sa DDN : « [[DATE_NAISSANCE:neuf mai deux mille trois]] ». [[PERSONNE:Mélissa]], {{20 ans}}. Le papa n'a pas encore reconnu l'enfant, elle demande si ça change quelque chose pour la {{PAJE}}.",
    ),
    (
        CAF,
        AT,
        "Appel {{14h15}}, M. [[PERSONNE:Amrani]] : « mon numéro allocataire c'est le [[N_ALLOCATAIRE:1204558]] ». Il veut savoir pourquoi son {{APL}} baisse au {{1er juillet}}. Le conseiller explique : ressources des {{12 derniers mois}}, il a fait des heures sup en {{novembre}}. Monsieur : « donc je suis puni parce que j'ai travaillé ». Silence du conseiller.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt maladie à domicile avec l'agent assermenté, M. [[PERSONNE:Fouques]]. [[ADRESSE:5 impasse du Pressoir, 14100 Lisieux]], {{10h30}}. Assuré absent, alors que les sorties sont autorisées de {{9h}} à {{11h}} et de {{14h}} à {{16h}}… ah non, il était dans les clous, en fait. Arrêt du {{2 avril}} au {{26 avril}}. Sa voiture (immat [[IMMATRICULATION:FG-318-ZP]]) est devant. Avis de passage dans la boîte. La voisine dit qu'il est chez le kiné.",
    ),
    (
        CCAS,
        AT,
        "Tel au {{CCAS}} de {{Rouen}} : une dame veut inscrire sa voisine au registre canicule. Mme [[PERSONNE:Bisson]], née en [[DATE_NAISSANCE:1936]], {{88 ans}}, vit seule au [[ADRESSE:41 rue Saint-Hilaire]], {{3e étage}} sans ascenseur. L'agent dit que la voisine doit donner son accord elle-même ou que la demande vienne d'un proche.",
    ),
    (
        URG,
        AT,
        "Standard des urgences de {{Jacques-Monod}} ({{Montivilliers}}). Une maman appelle : son fils [[PERSONNE:Enzo Lecanu]], « né le [[DATE_NAISSANCE:3 octobre 2009]] », aurait été amené par les pompiers après un accident de scooter à {{Harfleur}}. La secrétaire vérifie nom + DDN, confirme qu'il est bien là, ne donne AUCUNE info médicale au tel. Elle demande qu'elle vienne avec la carte vitale et le carnet de santé.",
    ),
    (
        FT,
        AT,
        "Appel sortant : la conseillère, Mme [[PERSONNE:Hoang]], rappelle M. [[PERSONNE:Tessier]] (identifiant [[ID_FRANCE_TRAVAIL:3812094F]]) pour un rdv le {{mardi 16}} à {{9h30}}. Messagerie pleine. Elle envoie un SMS au [[TELEPHONE:06.48.90.17.35]] et un mail à [[EMAIL:j.tessier76@orange.fr]].",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile, logement en diffus du {{CHRS}} : [[ADRESSE:8 allée des Hortensias]], quartier {{Caucriauville}}. Locataire : [[PERSONNE:Natalia Petrenko]] et son fils [[PERSONNE:Artem]] ([[DATE_NAISSANCE:2012]]). L'éducateur vérifie le détecteur de fumée, le frigo, la moisissure dans la salle de bain. [[PERSONNE:Natalia]] fait du thé. Elle demande si le contrat d'hébergement sera renouvelé au {{30 juin}}.",
    ),
    (
        CAF,
        AP,
        "Entre {{11h}} et {{11h30}} : {{7}} personnes sur {{12}} venaient pour un problème de connexion à l'espace perso. L'agent : « on est devenus le SAV de l'appli ».",
    ),
    (
        CPAM,
        AP,
        "Dame âgée qui vient changer d'adresse. Ancienne : [[ADRESSE:12 rue de la Vallée, 27000 Évreux]] ; nouvelle : l'{{EHPAD}} {{Les Charmilles}} à {{Vernon}}. Née le [[DATE_NAISSANCE:2 décembre 1930]], l'agent lit à l'écran « {{93 ans}} » et lève les sourcils 😮. Mme [[PERSONNE:Delamare]] est accompagnée de son petit-fils, [[PERSONNE:Hugo]], qui fait tout à sa place.",
    ),
    (
        FT,
        AP,
        "Inscription d'un monsieur arrivé d'{{Ukraine}} en {{mars 2022}} : [[PERSONNE:Oleksandr Kovalenko]]. Le conseiller recopie depuis le passeport : n° [[IDENTIFIANT:FK482915]], date de naissance [[DATE_NAISSANCE:1994-03-17]] (format ISO sur le doc, il reformate en jj/mm/aaaa). Protection temporaire, APS valable jusqu'au {{04/03/2025}}. NIR attribué : [[NIR:1 94 03 99 155 024 73]]. Ils se parlent en anglais + {{Google Traduction}}.",
    ),
    (
        CAF,
        AT,
        "Attente avant décroché : {{17 min}}. Musique d'attente = {{Vivaldi}} en boucle. Appel d'une étudiante, [[PERSONNE:Chloé]], qui demande si elle aura l'{{APL}} en colocation à {{Caen}}. Oui, chacun sa part de loyer. Elle n'a pas encore de num alloc.",
    ),
    (
        URG,
        AP,
        "Triage. L'{{IOA}} demande sa date de naissance à un homme. « Le [[DATE_NAISSANCE:14 juillet]], comme la {{fête nationale}}, [[DATE_NAISSANCE:soixante-neuf]] ». L'IOA : « pas facile à oublier » 😄. M. [[PERSONNE:Traoré]] s'est ouvert la main sur une tôle ce matin vers {{9h}}, sur un chantier à {{Mondeville}}.",
    ),
    (
        CCAS,
        AP,
        "Domiciliation. Un monsieur sans domicile, [[PERSONNE:Grzegorz Nowak]], demande une attestation d'élection de domicile pour ouvrir un compte {{Nickel}}. L'agent remplit le {{cerfa}} {{15548*03}} : date de naissance [[DATE_NAISSANCE:19/10/1968]], né à {{Gdańsk}}. En France depuis {{2006}}, il a bossé au port de {{Rouen}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}}, {{06h55}}, fin de nuit. Une femme appelle pour elle et ses {{2}} enfants ({{9}} et {{4 ans}}). Ecoutante : « votre nom ? » - « [[PERSONNE:Kabongo]]. [[PERSONNE:K-A-B-O-N-G-O]] » - « prénom ? » - « [[PERSONNE:Grâce]] » - « date de naissance ? » - « le [[DATE_NAISSANCE:5 du 5, 90]] ». Mise à l'abri à l'hôtel {{Première Classe}} de {{Mondeville}} pour {{3 nuits}}.",
    ),
    (
        FT,
        AT,
        "Le conseiller me montre le script d'appel : vérifier nom, prénom, date de naissance, code postal. Appel suivant : Mme [[PERSONNE:Lefebvre]] donne « [[DATE_NAISSANCE:vingt-trois avril mille neuf cent soixante-quatre]], {{14000}} ». Identifiant [[ID_FRANCE_TRAVAIL:0917452 B]]. Elle a un trou de {{2 mois}} dans ses indemnités ({{ARE}}) depuis le {{15 février}}.",
    ),
    (
        CPAM,
        AP,
        "Accueil sur rdv uniquement l'après-midi. Le vigile filtre à l'entrée, renvoie vers la borne {{ameli}}. {{4}} refus en {{20 min}}. Une dame pleure dehors.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Auvray]], [[ADRESSE:3 rue Aristide Briand, 27000 Évreux]]. Suspicion de vie maritale (signalement anonyme). La contrôleuse ([[PERSONNE:Nadia]]) regarde les boîtes aux lettres : un seul nom. Carte vitale : NIR [[NIR:270122722906358]]. Madame : « je suis née ici, le [[DATE_NAISSANCE:8 décembre]], je connais tout le quartier ». Relevé de compte : IBAN [[IBAN:FR76 1142 5002 0008 1234 5678 970]] au seul nom de madame. Rapport sous {{15 jours}}.",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Nguyen]] et sa femme arrivent avec une pochette plastique pleine de papiers. L'agent a besoin des années de naissance des enfants pour l'{{allocation de rentrée scolaire}} : [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2019]]. Le petit de [[DATE_NAISSANCE:2019]] n'y a pas droit, trop jeune. Versement prévu le {{20 août}}.",
    ),
]

NOTES_2 = [
    (
        CCAS,
        CSP,
        "Visite à domicile avec la travailleuse sociale du {{CCAS}} de {{Lisieux}} ([[PERSONNE:Claire Vimard]]) chez M. et Mme [[PERSONNE:Lebas]], [[ADRESSE:17 chemin de la Cidrerie, 14100 Lisieux]]. Demande de portage de repas. Madame est née le [[DATE_NAISSANCE:9 février 1952]] à {{Alençon}} ; monsieur, « il est de [[DATE_NAISSANCE:49]] », dit-elle, lui ne dit rien. Frigo presque vide. Elle lit sa carte vitale pour le dossier : [[NIR:2 52 02 61 001 079 90]]. Le chat, {{Pompon}}, dort sur la pochette 🐈. Premier repas livré le {{lundi 22}}.",
    ),
    (
        CCAS,
        CSP,
        "2e visite de la matinée : logement signalé insalubre, [[ADRESSE:6 rue du Moulin, Pont-l'Évêque]]. Locataire : [[PERSONNE:Jordan Leroux]], {{31 ans}}, seul. Propriétaire injoignable (un M. [[PERSONNE:Gosset]], d'après le bail). Champignons au plafond, fenêtre cassée depuis {{novembre}}, scotch et carton. L'agent prend des photos, signalement à l'{{ARS}} et au service hygiène de la {{mairie}}.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour {{La Boussole}} ({{Rouen}}). Petit déj servi de {{8h}} à {{10h}}, {{63}} passages ce matin. Aucun nom écrit nulle part, juste des bâtonnets sur une feuille. Le bénévole dit qu'il connaît tout le monde « par le prénom, c'est tout ».",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission. La travailleuse sociale ([[PERSONNE:Inès]]) remplit la fiche {{SIAO}} : [[PERSONNE:Ibrahima Sow]], né le [[DATE_NAISSANCE:01/01/1990]] à {{Conakry}}. Lui : « c'est pas ma vraie date hein, chez nous quand on sait pas on met le {{1er janvier}} ». Réf SIAO [[IDENTIFIANT:SIAO14-2024-03318]]. NIR [[NIR:190019933020148]]. Arrivé en France en {{2017}}, débouté en {{2020}}, régularisé en {{2023}} (titre « salarié »). Travaille en intérim chez {{Adecco}}, dort dans sa voiture depuis {{3 semaines}}.",
    ),
    (
        CPAM,
        AT,
        "Conseiller {{3646}} ([[PERSONNE:Yannick]]) : une dame, accent portugais, [[PERSONNE:Maria da Conceição Ferreira]]. Il lui demande son numéro de sécu, elle le lit en chiffres un par un, il répète : « [[NIR:2 61 10 99 139 331 82]] », puis vérifie : « vous êtes bien née en [[DATE_NAISSANCE:octobre 61]] au {{Portugal}} ? ». Ses {{IJ}} ne sont plus versées depuis le {{12 mars}} : l'employeur n'a pas envoyé l'attestation de salaire. Il lui dit de relancer les RH de {{Carrefour}}.",
    ),
    (
        URG,
        AP,
        "{{2h}} du mat (je suis resté). Un jeune homme arrive seul, alcoolisé, aucun papier. Il donne un nom, « [[PERSONNE:Dylan]] », puis un autre, « [[PERSONNE:Kylian Marais]] ». DDN : « [[DATE_NAISSANCE:2 mars 2003]] »… puis « non, [[DATE_NAISSANCE:2004]] ». L'{{IOA}} le crée sous identité provisoire, IPP [[IDENTIFIANT:P01473052]], on corrigera demain.",
    ),
    (
        URG,
        AP,
        "Box {{7}} : une dame de {{90 ans}} sur un brancard dans le couloir depuis {{21h}} la veille. Elle attend un lit en gériatrie, il n'y en aura pas avant {{demain midi}}. L'aide-soignante lui apporte une compote et lui tient la main {{2 minutes}}, puis repart en courant.",
    ),
    (
        FT,
        AP,
        "Rdv de suivi. Conseiller : [[PERSONNE:Thomas]] (jeune, baskets). Demandeuse : Mme [[PERSONNE:Rakotomalala]], identifiant [[ID_FRANCE_TRAVAIL:5523901 T]]. Elle a {{58 ans}}, elle le répète {{3 fois}} : « à mon âge, qui va me prendre ? ». Aide-soignante {{25 ans}} au {{CHU}}, dos cassé. Projet : titre pro assistante de vie aux familles, session qui démarre le {{2 septembre}} à {{Hérouville}}. Confirmation envoyée à [[EMAIL:hanta.rako@gmail.com]].",
    ),
    (
        FT,
        AT,
        "Je note les DDN que la conseillère vérifie en {{1h}} d'appels (elle les répète à voix haute en tapant) : [[DATE_NAISSANCE:12/09/1996]], [[DATE_NAISSANCE:04/04/1971]], [[DATE_NAISSANCE:28/02/2000]], [[DATE_NAISSANCE:17/11/1983]]… et une dame qui a répondu « le [[DATE_NAISSANCE:jour de Noël 1975]] ». {{8}} appels au total, {{2}} raccrochés avant la fin.",
    ),
    (
        CAF,
        AP,
        "Accueil {{Cherbourg}}. Un couple de retraités vient pour leur petite-fille qu'ils hébergent. Ils n'ont pas sa DDN en tête. Le grand-père : « elle est de… [[DATE_NAISSANCE:2007]] ? [[DATE_NAISSANCE:2008]] ? ». La grand-mère : « [[DATE_NAISSANCE:2007]], le [[DATE_NAISSANCE:23 mars]], tu confonds avec [[PERSONNE:Lucas]] ». La mère vit à {{Saint-Lô}} et touche toujours les allocs. L'agent : il faut l'accord de la mère ou une décision du juge.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. [[PERSONNE:Casanova]], [[ADRESSE:2 résidence Les Pommiers, 50130 Cherbourg-en-Cotentin]]. {{Corse}}, né à {{Bastia}} en [[DATE_NAISSANCE:septembre 1971]], ancien de la {{Marine nationale}}, à {{Cherbourg}} depuis {{1995}}. NIR [[NIR:1 71 09 2B 033 042 44]]. Le contrôleur compare les relevés : un compte au {{Crédit Agricole}} ([[IBAN:FR76 1660 6240 1800 9128 3746 684]]) et un autre sur {{Boursorama}}, pas déclaré ([[IBAN:FR76 4061 8802 5300 0403 8172 631]]). Monsieur : « celui-là c'est l'épargne du petit ». {{4 200 €}} dessus.",
    ),
    (
        CAF,
        AT,
        "La conseillère m'explique le « script » : ne jamais donner un montant avant d'avoir vérifié {{3}} infos. Elle a pris {{41}} appels hier. Pause de {{10 min}} toutes les {{2h}}. Casque qui grésille depuis {{lundi}}, ticket informatique ouvert.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Jean-Baptiste]] ([[PERSONNE:Steeve]]) pour une carte vitale perdue. Né à {{Pointe-à-Pitre}} le [[DATE_NAISSANCE:11 juin 1988]]. L'agent lit son NIR à voix haute pour vérifier : « [[NIR:1 88 06 97 120 036 52]] ». Nouvelle carte sous {{15 jours}}, attestation papier imprimée en attendant. Il bosse chez {{Naval Group}}, il est venu sur sa pause.",
    ),
    (
        CCAS,
        AP,
        "Épicerie sociale, inscription. Famille [[PERSONNE:Benali]], {{4}} personnes. L'agente recopie les dates du livret de famille : père [[DATE_NAISSANCE:03/08/1980]], mère [[DATE_NAISSANCE:19/12/1984]], [[PERSONNE:Inès]] [[DATE_NAISSANCE:24/04/2019]], [[PERSONNE:Adam]] [[DATE_NAISSANCE:10/10/2022]]. Reste à vivre calculé : {{4,20 €}} par jour et par personne -> accès pour {{3 mois}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} de la {{Seine-Maritime}}. Appel de l'assistante sociale de l'hôpital : sortie d'un patient sans domicile demain {{11h}}, M. [[PERSONNE:Łukasz Kowalski]], né le [[DATE_NAISSANCE:15/05/1979]]. Pas de place en {{CHRS}}. L'écoutante note le numéro de l'{{AS}} : [[TELEPHONE:02 35 08 41 77]], poste {{4412}}. Elle rappellera à {{16h}} avec ou sans solution.",
    ),
    (
        FT,
        AP,
        "Agence {{Rouen Saint-Sever}}. Affiche au mur : « Vous avez moins de {{26 ans}} ? Le {{CEJ}} est fait pour vous ». {{3}} conseillers présents sur {{8}}, les autres sont en formation {{Kairos}}. File jusqu'à la porte à {{13h30}}.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Santoni]], {{65 ans}}, veuve depuis {{janvier}}, vient pour l'{{ALS}}. Carte d'identité : née le [[DATE_NAISSANCE:19 juin 1958]] à {{Ajaccio}}. L'agent tape le NIR : [[NIR:258062A00411592]]. « Ah, il y a une lettre dedans ? » « Oui, c'est la {{Corse}}. » Sourires. Mari décédé le {{4 janvier}}, la réversion n'est toujours pas versée.",
    ),
    (
        URG,
        AT,
        "Appel d'un {{EHPAD}} ({{Les Tilleuls}}, {{Bayeux}}) pour prévenir qu'une résidente arrive en ambulance : Mme [[PERSONNE:Marguerite Hue]], née le [[DATE_NAISSANCE:30/04/1929]], chute dans sa chambre, suspicion de col du fémur. L'infirmière de l'EHPAD donne son numéro direct : [[TELEPHONE:02 31 92 55 04]]. Arrivée prévue vers {{15h}}.",
    ),
    (
        CPAM,
        CSP,
        "Enquête à domicile avec un agent assermenté de la {{Cpam}} du {{Havre}} : vérifier la résidence effective de M. [[PERSONNE:Tahiri]], qui a la {{C2S}} mais passerait {{8 mois}} par an au {{Maroc}}. [[ADRESSE:102 boulevard de Graville, 76600 Le Havre]]. Personne. Boîte aux lettres qui déborde, pubs {{Lidl}} de {{février}}. Le gardien : « je l'ai pas vu depuis {{Noël}} ».",
    ),
    (
        CCAS,
        AT,
        "Plateforme tél du {{CCAS}} de {{Caen}}. Une dame veut le colis de fin d'année réservé aux plus de {{70 ans}} : « je suis née en [[DATE_NAISSANCE:cinquante-trois]], j'y ai droit ? ». Oui. Mme [[PERSONNE:Godard]], tél [[TELEPHONE:02 31 74 18 60]]. Inscription avant le {{15 octobre}}, elle dit qu'elle rappellera pour son mari.",
    ),
    (
        CAF,
        AP,
        "L'agent d'accueil me dit : « la moitié des gens que je vois ici ne devraient pas être là, si le site marchait ». Imprimante en panne depuis {{2 semaines}}. Les gens photographient leurs papiers avec leur tel et les envoient par mail à l'agent.",
    ),
    (
        FT,
        AP,
        "Inscription. Écran : [[PERSONNE:BELKACEM Sofiane]], né le [[DATE_NAISSANCE:8 août 1999]] à {{Elbeuf}}, identifiant [[ID_FRANCE_TRAVAIL:6120448X]]. Il cherche dans la logistique ({{CACES}} {{1}}, {{3}}, {{5}}). Demande d'aide à la mobilité pour le carburant : il faut la carte grise, immat [[IMMATRICULATION:ER-512-QA]]. Il a un entretien le {{jeudi 13}} à l'entrepôt {{Lidl}} de {{Carpiquet}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude du {{Samu social}} de {{Caen}}, {{21h}}, quai {{Vendeuvre}}. Une tente, deux hommes : [[PERSONNE:Sergueï]] ({{50 ans}} environ) et un que tout le monde appelle « [[PERSONNE:Le Breton]] ». Personne ne donne de date de naissance, personne ne la demande. {{2}} duvets, {{6}} cafés, une soupe. [[PERSONNE:Sergueï]] refuse l'hébergement à cause de son chien, {{Rocky}}.",
    ),
    (
        CAF,
        AT,
        "Appel via {{Acceo}} (relais pour personnes sourdes) : la conseillère lit les messages transcrits. Allocataire [[N_ALLOCATAIRE:3390127]], M. [[PERSONNE:Lecoeur]]. Il veut changer son RIB, il donne le nouveau : [[IBAN:FR76 1380 7008 1432 0215 4787 022]]. La conseillère ne peut pas le modifier par tél, il faut passer par l'espace perso. {{22 min}} d'échange pour ça.",
    ),
    (
        URG,
        AP,
        "Bracelet d'identification imprimé à l'accueil, je le lis :\n[[PERSONNE:TEIXEIRA ANA PAULA]]\n[[DATE_NAISSANCE:15/08/1977]] - F\nIPP [[IDENTIFIANT:P00988417]] - UF {{8120}}\nDouleur thoracique : passée en priorité, ECG fait en {{10 min}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Ouédraogo]] montre sa carte de mutuelle ({{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:402871553]]) pour qu'on mette à jour le tiers payant. Née en [[DATE_NAISSANCE:1963]], {{60 ans}}. Agent : « ce n'est pas nous qui gérons la mutuelle, madame ». Elle : « mais c'est marqué {{Assurance Maladie}} sur le courrier ». Dialogue de sourds, {{12 min}}.",
    ),
    (
        CCAS,
        AP,
        "Aide alimentaire : bons {{Carrefour}} de {{30 €}}. M. [[PERSONNE:Abdelkader Meziane]], né en [[DATE_NAISSANCE:1958]], retraité du bâtiment, {{780 €}} de retraite. « J'ai jamais rien demandé de ma vie. » Dossier {{CCAS}} n° [[IDENTIFIANT:AS-2024-0457]]. Il repart avec les bons dans la poche intérieure, bien pliés.",
    ),
    (
        CHRS,
        AP,
        "Foyer {{Adoma}} de {{Grand-Quevilly}}, {{chambre 12}}. Résident : [[PERSONNE:Alhassane Bah]], là depuis {{1989}}. Sa carte de résident dit « né en [[DATE_NAISSANCE:1956]] », sans jour ni mois. La {{CESF}} l'aide pour sa demande de retraite : il manque des trimestres de {{1978}} à {{1982}}, quand il était à {{Renault Sandouville}}.",
    ),
    (
        FT,
        AT,
        "Appel d'un employeur, la {{Boulangerie Lemoine}} de {{Dives-sur-Mer}}, qui veut déposer une offre d'apprenti. Le patron, M. [[PERSONNE:Lemoine]], demande s'il y a des aides. La conseillère parle de l'aide à l'apprentissage ({{6 000 €}}). Offre n° {{178KQZP}} créée pendant l'appel.",
    ),
    (
        CAF,
        AP,
        "Un monsieur vient avec un récépissé de la préfecture pour prouver qu'il est en règle : n° [[IDENTIFIANT:1403718265]], valable {{6 mois}}. [[PERSONNE:Ahmad Rahimi]], né le [[DATE_NAISSANCE:1er janvier 1992]] (« comme tout le monde en {{Afghanistan}} », dit-il en riant). Statut de réfugié obtenu le {{12 février}} -> ouverture {{RSA}}. L'agent lui explique qu'il faudra aussi un RIB.",
    ),
    (
        CPAM,
        AT,
        "Appel {{14h52}} : carte vitale jamais reçue, envoyée à l'ancienne adresse. Mme [[PERSONNE:Roussel]], DDN « [[DATE_NAISSANCE:3.1.55]] ». Nouvelle adresse : [[ADRESSE:9 rue du Docteur Roux, 76100 Rouen]]. Le conseiller me dit que {{1 appel sur 5}}, c'est la carte vitale.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile, {{CCAS}} de {{Cherbourg}}, pour une demande d'aide-ménagère. [[ADRESSE:4 rue d'Anjou, bât. C, apt 37, 50100 Cherbourg-en-Cotentin]], aux {{Provinces}}. [[PERSONNE:Louna Gosselin]], {{20 ans}}, s'occupe seule de sa mère ([[PERSONNE:Sabrina]]) malade. [[PERSONNE:Louna]] est née le [[DATE_NAISSANCE:28 février 2004]], sa carte vitale est encore sur le compte de sa mère, l'agent note son NIR quand même : [[NIR:2 04 02 50 129 118 24]]. Elle a arrêté son BTS en {{décembre}}.",
    ),
    (
        URG,
        AP,
        "Dans la file : un homme tient un sac {{Leclerc}} avec tous ses médicaments dedans. Un enfant pleure, {{3 ans}} peut-être. Distributeur de boissons en panne, affichette écrite à la main : « EN PANNE MERCI 😡 ».",
    ),
    (
        FT,
        AP,
        "Info collective {{CEJ}}, {{14}} jeunes. Tour de table, prénom + âge : [[PERSONNE:Rayan]] {{18}}, [[PERSONNE:Maëlys]] {{19}}, [[PERSONNE:Bilal]] {{24}}, [[PERSONNE:Océane]] {{17}} (« mais j'ai 18 le [[DATE_NAISSANCE:2 juin]] ! »). La conseillère les fait rire, ça détend.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Caf}} à {{Fécamp}}, foyer monoparental. Mme [[PERSONNE:Lepetit]], [[ADRESSE:31 rue Jacques Huet, 76400 Fécamp]]. Enfants : [[PERSONNE:Tom]] ([[DATE_NAISSANCE:2016]]) et [[PERSONNE:Lou]] ([[DATE_NAISSANCE:2018]]). Le contrôleur demande qui va chercher les enfants à l'école. Voiture devant, immat [[IMMATRICULATION:DS-904-LH]], carte grise au nom d'un homme : « c'est mon frère ». Dossier [[N_ALLOCATAIRE:5087712]].",
    ),
]

NOTES_3 = [
    (
        CHRS,
        AT,
        "Soirée au {{115}} de {{Rouen}}. De {{19h}} à {{23h}} : {{47}} appels, {{9}} mises à l'abri, {{0}} place en {{CHRS}}. L'écoutante tient un tableau {{Excel}} à côté parce que le logiciel {{SI-SIAO}} rame. Elle dit « on fait du tri, pas de l'accueil ».",
    ),
    (
        CHRS,
        AT,
        "{{115}}. Appel d'une jeune femme, [[PERSONNE:Jade]], {{19 ans}}, mise dehors par sa mère ce soir. L'écoutant demande sa DDN pour voir si elle est déjà connue : « [[DATE_NAISSANCE:27 août 2004]] ». Connue : passage en {{2022}} (fugue, {{ASE}}). Numéro de rappel : [[TELEPHONE:07 81 44 09 26]]. Orientée vers l'accueil d'urgence jeunes {{La Passerelle}}, elle doit y être avant {{21h30}}.",
    ),
    (
        CPAM,
        AT,
        "Un assuré appelle : remboursement de lunettes à {{0 €}}. La conseillère trouve : facture n° [[IDENTIFIANT:FA-230871]] de l'opticien ({{Optic 2000}} de {{Bayeux}}) rejetée, mauvais code. M. [[PERSONNE:Lemarchand]] ; elle vérifie le NIR [[NIR:179021411831229]] et la DDN, [[DATE_NAISSANCE:4 février 79]]. Elle lui dit de demander à l'opticien de refaire la télétransmission.",
    ),
    (
        CAF,
        AP,
        "{{2}} agents à l'accueil, {{1}} en pause déj. Une télé sans le son. Des dépliants {{RSA}} / {{prime d'activité}} / {{AAH}} en {{6}} langues, mais pas en {{dari}}, alors que ce matin la moitié de la salle parle dari.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Kaya]] ([[PERSONNE:Zeynep]]) ne reçoit jamais les mails de la {{Caf}}. L'agent vérifie : adresse enregistrée [[EMAIL:zeynep.kaya14@hotmial.fr]] -> faute de frappe, « hotmial » au lieu de « hotmail » 🙃. Corrigée en [[EMAIL:zeynep.kaya14@hotmail.fr]]. {{8 mois}} de courriers perdus.",
    ),
    (
        FT,
        AP,
        "Conseillère entreprise, [[PERSONNE:Aurélie Duval]], reçoit un demandeur pour une {{POEI}} chez {{Safran Nacelles}} au {{Havre}}. Lui : [[PERSONNE:Hakan Demir]], id [[ID_FRANCE_TRAVAIL:7730126W]], mail [[EMAIL:hakan.demir76@laposte.net]], tél [[TELEPHONE:0650284417]]. Démarrage le {{16 septembre}}, {{400 h}} de formation. Il sourit tout le long.",
    ),
    (
        FT,
        AT,
        "{{16h}} : la conseillère a fini ses appels sortants. Elle me montre son portefeuille : {{312}} demandeurs. « Je vois chacun {{2 fois}} par an, si j'ai de la chance. »",
    ),
    (
        URG,
        AP,
        "Urgences pédiatriques ({{CHU}} de {{Rouen}}, {{Charles-Nicolle}}). Bébé de {{6 semaines}}, fièvre. La maman donne la DDN : « le [[DATE_NAISSANCE:3 mars]]… non, le [[DATE_NAISSANCE:2 mars]], j'sais plus ». Bébé [[PERSONNE:Aylin]], maman Mme [[PERSONNE:Öztürk]]. Bilan sanguin, attente {{3h}}. Le papa fait les cent pas dehors.",
    ),
    (
        URG,
        AT,
        "Le standard reçoit {{1}} appel toutes les {{4 min}} de gens qui demandent « c'est combien d'attente ? ». Réponse type : « on ne peut pas savoir, si c'est grave appelez le {{15}} ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} d'{{Hérouville}} : aide pour une facture d'énergie. Mme [[PERSONNE:Mbemba]] ([[PERSONNE:Clarisse]]) montre sa facture {{EDF}} : réf. client [[IDENTIFIANT:6002 418 337]], {{347,82 €}}, échéance {{28/06}}. L'agent monte un dossier {{FSL}} énergie, réponse sous {{1 mois}}.",
    ),
    (
        CCAS,
        AT,
        "Une dame appelle pour savoir si son attestation de domiciliation est prête. L'agente cherche par nom : [[PERSONNE:Nzeza]]… {{3}} dossiers. « Votre date de naissance ? » « [[DATE_NAISSANCE:1er novembre 86]] ». « La {{Toussaint}} ! » rigole l'agente. C'est prêt, à retirer {{jeudi}}.",
    ),
    (
        CHRS,
        AP,
        "Pension de famille {{Les Glycines}} ({{Sotteville-lès-Rouen}}). Réunion des résidents, {{11}} présents. On fête l'anniversaire de [[PERSONNE:René]], {{72 ans}} aujourd'hui : gâteau {{Leclerc}}, bougies en chiffres. Il pleure un peu.",
    ),
    (
        CPAM,
        AP,
        "Dossier {{AME}}. [[PERSONNE:Giorgi Beridze]], géorgien, passeport n° [[IDENTIFIANT:17BD04521]], né le [[DATE_NAISSANCE:06.09.1985]] à {{Koutaïssi}}. Entré en France le {{20/11/2021}} (tampon sur le passeport). Preuve de présence de plus de {{3 mois}} : attestation de l'association {{Itinérance}}. AME valable {{1 an}}.",
    ),
    (
        CPAM,
        CSP,
        "Deuxième contrôle d'arrêt : M. [[PERSONNE:Lefrançois]], [[ADRESSE:48 route de Falaise, 14123 Ifs]]. Présent, en pyjama 😅, très gêné. Arrêt pour lombalgie depuis le {{18 mars}}. L'agent vérifie la présence, remplit la fiche : {{4 min}} en tout. « La plupart du temps ils sont là », me dit-il.",
    ),
    (
        CAF,
        AT,
        "Appel d'un bailleur ({{Caen la mer Habitat}}) pour signaler un impayé : locataire Mme [[PERSONNE:Diop]], réf. locataire [[IDENTIFIANT:LOC-0087342]], {{3 mois}} d'impayés. La conseillère note ; le dossier [[N_ALLOCATAIRE:4418296]] passe en procédure impayés, l'{{APL}} continue en tiers payant pour l'instant.",
    ),
    (
        CAF,
        AP,
        "Jeune couple, premier enfant né il y a {{10 jours}}, le [[DATE_NAISSANCE:12 avril]]. [[PERSONNE:Mathis]] et [[PERSONNE:Camille]], les parents, demandent où en est la {{PAJE}}. L'agent : « la naissance est enregistrée, la prime arrive le mois prochain ». Le bébé, [[PERSONNE:Gabin]], dort dans le cosy pendant tout le rdv.",
    ),
    (
        FT,
        AP,
        "Demandeur senior. Écran : M. [[PERSONNE:Gilles Lecointe]], né le [[DATE_NAISSANCE:16/03/1962]], {{62 ans}}, fin de droits {{ARE}} le {{30/09}}, retraite possible en {{2025}}. La conseillère lui parle de l'{{ASS}} ({{allocation de solidarité spécifique}}). Il demande : « et si je trouve un petit boulot d'ici là, je perds tout ? »",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus à {{Évreux}} : appartement partagé par {{3}} hommes sortis de détention, [[PERSONNE:Mickaël]], [[PERSONNE:Djibril]] et [[PERSONNE:Antoine]]. L'éduc vérifie le planning ménage. Frigo commun, un mot scotché : « PAS TOUCHE A MES YAOURTS - [[PERSONNE:Mick]] ».",
    ),
    (
        CCAS,
        AP,
        "Hall du {{CCAS}} de {{Rouen}} : affiches {{Restos du Cœur}}, {{Secours populaire}}, {{Croix-Rouge}}. Écrivain public bénévole le mardi de {{14h}} à {{17h}}. Aujourd'hui, {{6}} personnes l'attendent alors qu'on est mercredi.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Elbeuf}}, {{AAH}} + {{APL}}. M. [[PERSONNE:Ionescu]] ([[PERSONNE:Dorin]]), roumain, né en [[DATE_NAISSANCE:1981]] à {{Iași}}. Le contrôleur lit la carte d'identité roumaine : n° [[IDENTIFIANT:MZ 418273]]. Bail {{Logiseine}} : [[ADRESSE:12 rue Henry, 76500 Elbeuf]]. Tout est conforme. Monsieur offre un café, {{3}} sucres d'office.",
    ),
    (
        URG,
        AP,
        "Femme, {{34 ans}}, enceinte de {{7 mois}}, contractions. {{IOA}} : « date de naissance ? » « [[DATE_NAISSANCE:9/9/89]] ». « Et le terme ? » « le {{28 juin}} ». Orientée direct vers la maternité, {{2e étage}}. Mme [[PERSONNE:Aït Ahmed]] part en fauteuil, le mari court derrière avec le sac.",
    ),
    (
        URG,
        AP,
        "Un agent de sécurité raccompagne un homme qui crie. Ça dure {{5 minutes}}, tout le monde regarde ses pieds. Ensuite une dame demande tout haut : « c'est tous les soirs comme ça ? ». L'agent d'accueil : « non, le vendredi c'est pire ».",
    ),
    (
        FT,
        AT,
        "Appel d'une dame radiée : « je n'ai jamais reçu la convocation ! ». Convocation envoyée le {{3 avril}} pour le {{10 avril}}, par mail à [[EMAIL:s.lagrene@free.fr]]. Le conseiller vérifie, l'adresse est juste. Mme [[PERSONNE:Lagrené]] : « j'ai plus accès à ce mail depuis {{2022}} ». Identifiant [[ID_FRANCE_TRAVAIL:2291057 H]]. Recours possible sous {{2 mois}}, il l'aide à le rédiger.",
    ),
    (
        CAF,
        AT,
        "Vérif d'identité au tél : la conseillère demande la DDN de l'allocataire et celle de la conjointe. M. [[PERSONNE:Sissoko]] donne la sienne sans hésiter ([[DATE_NAISSANCE:17 octobre 1990]]) ; pour sa femme il demande à voix basse : « [[DATE_NAISSANCE:quatre-vingt-treize]] ? [[DATE_NAISSANCE:quatre-vingt-quatorze]] ? ». On entend la femme crier derrière « [[DATE_NAISSANCE:QUATRE-VINGT-TREIZE]] !! » 😂. Dossier [[N_ALLOCATAIRE:6172044]].",
    ),
    (
        CHRS,
        AP,
        "Admission au {{CHRS}} {{Coallia}} du {{Havre}}. Couple : [[PERSONNE:Dritan Krasniqi]] et [[PERSONNE:Blerta Krasniqi]], nés tous les deux en [[DATE_NAISSANCE:1991]]. Leur fils, [[PERSONNE:Arben]], est né le [[DATE_NAISSANCE:2 novembre 2023]] au {{Havre}}. Demande d'asile enregistrée le {{8 août 2023}} au {{GUDA}} de {{Rouen}}, n° {{AGDREF}} [[IDENTIFIANT:7602341988]].",
    ),
    (
        CAF,
        AP,
        "Ticket {{C112}}. M. [[PERSONNE:Pham]] vient pour la {{prime d'activité}}. Il parle peu français, sa fille [[PERSONNE:Linh]] ({{14 ans}}) traduit. L'agent ne s'adresse qu'à elle. Elle donne la date de naissance de son père : « [[DATE_NAISSANCE:5 mai 1976]] ». Elle a raté le collège pour venir.",
    ),
    (
        CPAM,
        AP,
        "Un agent : « on a perdu {{2}} postes cette année ». Accueil ouvert de {{8h30}} à {{12h30}} seulement. Dans la file, {{4}} personnes sur {{9}} venaient pour des indemnités d'arrêt de travail pas payées.",
    ),
    (
        CPAM,
        AT,
        "Une mère appelle pour la carte vitale de son fils de {{16 ans}} : « il est né le [[DATE_NAISSANCE:29 février 2008]] ». Le conseiller : « ah, un [[DATE_NAISSANCE:29 février]], il fête son anniversaire {{tous les 4 ans}} ». Rires. [[PERSONNE:Nathan]] recevra sa carte à son nom, automatiquement.",
    ),
    (
        CCAS,
        CSP,
        "Enquête sociale pour une aide au loyer chez Mme [[PERSONNE:Sainte-Rose]] ([[PERSONNE:Micheline]]), [[ADRESSE:7 place du Marché, 76200 Dieppe]]. Née en [[DATE_NAISSANCE:1950]] à {{Basse-Terre}}, arrivée en métropole en {{1969}} avec le {{BUMIDOM}}. Loyer {{410 €}}, retraite {{860 €}}. Elle a des {{roses}} sur son balcon, elle m'en parle {{10 minutes}}.",
    ),
    (
        FT,
        AP,
        "Un demandeur montre son compte {{Instagram}} pro (pâtisserie maison) : « c'est [[IDENTIFIANT:@lesdouceursdeyanis]] ». La conseillère l'oriente vers un atelier création d'entreprise à la {{BGE}}. [[PERSONNE:Yanis Chérif]], micro-entreprise prévue pour {{septembre}}.",
    ),
    (
        URG,
        AT,
        "Un gendarme appelle pour savoir si un homme impliqué dans un accident sur l'{{A13}} a été admis. Nom : [[PERSONNE:Laurent Bouvier]], DDN [[DATE_NAISSANCE:20/12/1970]]. La secrétaire demande une réquisition écrite avant de répondre quoi que ce soit. Véhicule impliqué : [[IMMATRICULATION:BX-771-TM]] (le gendarme le donne, je ne sais pas pourquoi).",
    ),
    (
        CHRS,
        AT,
        "L'écoutant du {{115}} me montre le bilan de la nuit (je ne note que ça) : {{32}} personnes hébergées, {{14}} refus faute de place, {{3}} familles à l'hôtel.",
    ),
    (
        FT,
        AP,
        "Un jeune vient s'inscrire avec sa mère. Il a {{16 ans}} et demi, né en [[DATE_NAISSANCE:novembre 2007]]. La conseillère explique qu'il doit aller à la {{Mission locale}} (obligation de formation jusqu'à {{18 ans}}). La mère s'énerve : « on nous renvoie de partout ». [[PERSONNE:Kenzo]], le fils, regarde son téléphone.",
    ),
    (
        CAF,
        AT,
        "Fin de journée. La conseillère me montre ses stats : {{58}} appels, durée moyenne {{6 min 40}}. Objectif : {{6 min}}. « Si je prends le temps d'expliquer, je suis dans le rouge. »",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. et Mme [[PERSONNE:Fernandes]], [[ADRESSE:15 rue de Normandie, 14390 Cabourg]]. Ils déclarent {{2}} enfants à charge, mais l'aînée, [[PERSONNE:Beatriz]], née le [[DATE_NAISSANCE:4 mai 2002]], a passé les {{20 ans}} depuis longtemps. Trop-perçu : {{1 260 €}}, à rembourser sur {{12 mois}}. Monsieur travaille à la fromagerie {{Graindorge}} de {{Livarot}}, il montre ses fiches de paie.",
    ),
]

NOTES_4 = [
    (
        CCAS,
        AP,
        "{{CCAS}} du {{Havre}}, permanence aide sociale légale. Dossier d'aide sociale à l'hébergement pour une entrée en {{EHPAD}} ({{Les Hortensias}}, à {{Sainte-Adresse}}). C'est la fille qui vient, [[PERSONNE:Nguyen Thi Lan]], pour sa mère, Mme [[PERSONNE:Tran Thi Hoa]], née « en [[DATE_NAISSANCE:1938]], l'année du tigre ». L'agent explique l'obligation alimentaire : les {{4}} enfants vont recevoir un courrier. [[PERSONNE:Lan]] soupire, elle dit que son frère ne paiera jamais.",
    ),
    (
        CCAS,
        AP,
        "Fin de matinée au {{CCAS}} de {{Lisieux}}. Une agente m'explique qu'elle connaît {{80 %}} des gens qui viennent : « on voit les enfants grandir, puis revenir avec leurs propres enfants ». Le café de la machine est à {{0,50 €}}.",
    ),
    (
        CCAS,
        AP,
        "Tarification solidaire {{Twisto}} : l'agent vérifie le quotient familial. M. [[PERSONNE:Sivakumar]] ([[PERSONNE:Rajan]]) montre son attestation {{Caf}}, n° alloc [[N_ALLOCATAIRE:7703158]], QF {{412}} -> réduction de {{75 %}}. Carte prête {{lundi}}. Il demande la même chose pour son fils, né en [[DATE_NAISSANCE:2009]] : oui, même dossier.",
    ),
    (
        CCAS,
        AP,
        "Aide aux obsèques. [[PERSONNE:Nadège Hébert]] vient pour son frère, décédé le {{9 avril}} au {{CHU}} : [[PERSONNE:Patrick Hébert]], né le [[DATE_NAISSANCE:14/01/1961]], sans ressources, sans contrat obsèques. La commune peut prendre en charge jusqu'à {{1 500 €}}. Inhumation {{vendredi}} au cimetière {{Saint-Gabriel}}. Elle tient le certificat de décès à deux mains.",
    ),
    (
        CCAS,
        AP,
        "Instruction {{RSA}} au {{CCAS}}. Mme [[PERSONNE:Kamga]] ([[PERSONNE:Estelle]]), camerounaise, {{38 ans}}. L'agente lui demande son e-mail pour créer le compte {{Caf}} ; elle l'épelle : « [[EMAIL:estelle.kamga237 arobase gmail point com]] ». Titre de séjour n° [[IDENTIFIANT:1402774035]], « vie privée et familiale », jusqu'au {{08/10/2026}}. Tout se fait sur l'ordi de l'agente, {{40 min}}.",
    ),
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} de {{Caen}} : {{3}} appels sur {{10}} concernent le {{plan grand froid}} ou une mise à l'abri. L'agent renvoie systématiquement vers le {{115}}, il s'excuse à chaque fois.",
    ),
    (
        CCAS,
        AT,
        "Une voisine appelle pour un monsieur qu'elle n'a pas vu depuis {{3 jours}} : « M. [[PERSONNE:Quesnel]], au [[ADRESSE:2 rue des Capucins, 14000 Caen]]… il est de [[DATE_NAISSANCE:1939]] je crois, il est tout seul ». L'agent demande un passage de la police municipale. Numéro de la voisine : [[TELEPHONE:06 13 57 84 20]]. Rappel à {{17h}} : il était chez sa fille à {{Bayeux}}, ouf.",
    ),
    (
        CCAS,
        AT,
        "Une fille appelle pour inscrire sa mère au repas des aînés du {{5 décembre}}. Mme [[PERSONNE:Yacoubi]], née le [[DATE_NAISSANCE:31 décembre 1948]] ; « elle aura {{76 ans}} le soir du réveillon, d'ailleurs ». Tél de la fille : [[TELEPHONE:+33 7 66 21 90 48]]. Transport assuré par le minibus du {{CCAS}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite avec l'agent du {{CCAS}} pour une aide à l'équipement : studio vide, un matelas par terre, une plaque électrique. Le monsieur ne veut pas que je note son nom dans mon carnet, je respecte. {{44 ans}}, sorti de l'hôpital psy il y a {{2 semaines}}. Il demande surtout un frigo.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec le {{CCAS}} de {{Vire Normandie}} : famille sinistrée après l'incendie de leur caravane le {{2 mars}}. Famille [[PERSONNE:Winterstein]], relogée provisoirement au [[ADRESSE:camping des Rochers, emplacement 14]]. Enfants : [[PERSONNE:Jessy]] ({{12 ans}}) et [[PERSONNE:Tony]] ({{9 ans}}). Monsieur né en [[DATE_NAISSANCE:1979]], madame « [[DATE_NAISSANCE:quatre-vingt-deux]] ». Le camion est sauvé, immat [[IMMATRICULATION:AB-047-VZ]], c'est leur outil de travail (élagage).",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour du {{Havre}}, consigne à bagages. Chaque casier a un numéro et un prénom sur du scotch. Casier {{17}} : [[PERSONNE:Kader]]. Casier {{18}} : « [[PERSONNE:Pépé]] ». Casier {{21}} : [[PERSONNE:Sandra]]. Le bénévole : {{40}} casiers pour {{120}} personnes.",
    ),
    (
        CHRS,
        AP,
        "Entretien {{SIAO}}. La travailleuse sociale remplit le formulaire avec [[PERSONNE:Mohamed Ould Ahmed]], mauritanien. Date de naissance : [[DATE_NAISSANCE:31/12/1984]] sur le passeport, « mais ma mère dit que je suis né pendant le {{ramadan}} ». N° SIAO [[IDENTIFIANT:SI-76-0045187]]. On lui crée une adresse mail sur place : [[EMAIL:mohamed.ouldahmed84@gmail.com]], il note le mot de passe dans son tel.",
    ),
    (
        CHRS,
        AP,
        "Repas du soir au {{CHRS}} {{L'Escale}} : {{28}} couverts, poulet-riz. Un éducateur mange avec les résidents, l'autre fait les papiers. Règle affichée : « pas d'alcool, pas de visite après {{21h}} ».",
    ),
    (
        CHRS,
        AP,
        "Sortie de {{CHRS}} vers le logement ! [[PERSONNE:Aïcha Traoré]] signe son bail {{Inolya}} pour un T2 au [[ADRESSE:9 rue Guillaume le Conquérant, 14700 Falaise]], entrée le {{15 mai}}. Loyer {{385 €}}, {{APL}} estimée {{260 €}}. Son fils [[PERSONNE:Moussa]], {{3 ans}}, né le [[DATE_NAISSANCE:30 janvier 2021]], joue avec les clés.",
    ),
    (
        CHRS,
        AT,
        "{{115}}. Une femme victime de violences appelle en chuchotant. Pas de nom donné. L'écoutante lui donne le {{3919}}, propose une mise à l'abri à l'hôtel ce soir. La femme dit qu'elle rappellera. {{3 min 20}}.",
    ),
    (
        CHRS,
        AT,
        "Un monsieur appelle le {{115}} tous les soirs depuis {{2 mois}}. L'écoutante le reconnaît à la voix : « bonsoir M. [[PERSONNE:Ferhat]] ». Elle vérifie quand même la DDN : [[DATE_NAISSANCE:11/11/1973]] (« l'{{armistice}} », dit-il). Place à l'{{Armée du Salut}} pour {{1 nuit}}.",
    ),
    (
        CHRS,
        AT,
        "Appel des gendarmes de {{Pont-Audemer}} : un homme à la rue, sans papiers sur lui, donne le prénom [[PERSONNE:Jean-Luc]]. Se dit né le [[DATE_NAISSANCE:6 juin 1966]], « le jour du {{Débarquement}}, mais pas la même année » 😄. Place trouvée à {{Évreux}}, les gendarmes l'emmènent.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile {{3 mois}} après la sortie de {{CHRS}} : Mme [[PERSONNE:Petrossian]] ([[PERSONNE:Anahit]]) et ses {{2}} filles, [[ADRESSE:21 avenue de la Libération, 76120 Le Grand-Quevilly]]. Tout est nickel. Elle montre sa première quittance de loyer avec fierté. Les filles sont nées en [[DATE_NAISSANCE:2013]] et [[DATE_NAISSANCE:2016]] à {{Erevan}}, elles parlent mieux français que l'éduc 😅.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un hôtel social de {{Rouen}} ({{hôtel du Commerce}}), chambres {{4}} à {{9}} louées par le {{115}}. Moquette collée, micro-ondes dans le couloir, {{1}} douche pour {{6}} chambres. Les enfants font leurs devoirs assis sur le lit.",
    ),
    (
        CPAM,
        AP,
        "Double rattachement d'un enfant de {{12 ans}}, [[PERSONNE:Ilyes]], né le [[DATE_NAISSANCE:18 septembre 2011]]. La mère, Mme [[PERSONNE:Saïdi]], est séparée du père, elle veut que le petit soit sur les deux cartes vitales. Formulaire à faire signer par les deux parents. « Il signera jamais », dit-elle.",
    ),
    (
        CPAM,
        AP,
        "Arrêt de travail pas payé : M. [[PERSONNE:Gonçalves]] ([[PERSONNE:Rui]]), maçon, auto-entrepreneur, {{SIRET}} perso [[IDENTIFIANT:824 157 093 00017]]. Il n'a pas les {{12 mois}} d'affiliation pour les {{IJ}}. Il laisse son mail pour le suivi : [[EMAIL:rui.goncalves.batiment@outlook.fr]]. « Donc je suis tombé de l'échafaudage pour rien. »",
    ),
    (
        CPAM,
        AP,
        "Un jeune en survêt attend avec un formulaire tout froissé. L'agent : « c'est pas le bon, c'est l'ancien ». Il repart. Je n'ai pas compris lequel c'était. {{11h50}}.",
    ),
    (
        CPAM,
        AP,
        "Assurée de {{Honfleur}}, Mme [[PERSONNE:Esnault]] : sa carte vitale porte une mauvaise date de naissance, [[DATE_NAISSANCE:12/06/1957]] au lieu de [[DATE_NAISSANCE:21/06/1957]]. L'agent : copie de l'acte de naissance, délai de traitement {{4 à 6 semaines}}. Elle : « {{66 ans}} que je m'appelle comme ça et que je suis née le même jour, et c'est maintenant qu'on s'en aperçoit ? »",
    ),
    (
        CPAM,
        AT,
        "Le conseiller appelle une assurée pour compléter un dossier de pension d'invalidité : [[PERSONNE:Nathalie Guérard]], née le [[DATE_NAISSANCE:1er avril 1972]] (« et c'est pas une blague », dit-elle). Catégorie {{2}} demandée, expertise médicale le {{23 mai}} à {{14h}}.",
    ),
    (
        CPAM,
        AT,
        "Le conseiller me montre le mur de post-it au-dessus de son écran : les numéros utiles ({{3646}}, {{3919}}, {{115}}), un mémo « ne JAMAIS donner d'info sur un tiers », un dessin de chat fait par sa fille.",
    ),
    (
        CPAM,
        AT,
        "Appel d'une pharmacie ({{Pharmacie du Port}}, {{Honfleur}}) qui vérifie les droits d'un patient : M. [[PERSONNE:Le Gall]], NIR [[NIR:1 68 04 29 019 207 69]], né en [[DATE_NAISSANCE:avril 68]] à {{Brest}}. Droits fermés au {{31/03}} dans le logiciel de la pharmacie ; le conseiller confirme qu'ils ont été renouvelés.",
    ),
    (
        CPAM,
        CSP,
        "Enquête fraude avec un agent assermenté : une infirmière libérale facture {{14}} actes par jour chez une patiente, Mme [[PERSONNE:Pasquier]], [[ADRESSE:3 impasse des Tilleuls, 14800 Deauville]]. La patiente, née en [[DATE_NAISSANCE:1931]], dit : « elle passe le matin, c'est tout ». L'infirmière, Mme [[PERSONNE:Renaud]], n'est pas là. Dossier transmis au contentieux.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt, porte close à {{11h20}}, hors heures de sortie. M. [[PERSONNE:Duchemin]], [[ADRESSE:77 rue de la Mare, 76290 Montivilliers]]. Voisine : « il est parti au {{Super U}} ». Sa voiture n'est pas là (immat sur le dossier : [[IMMATRICULATION:ck-093-rn]], tapée en minuscules). Avis de passage, convocation au service médical.",
    ),
    (
        FT,
        AP,
        "La conseillère vérifie une attestation employeur : date de naissance erronée, [[DATE_NAISSANCE:1987]] au lieu de [[DATE_NAISSANCE:1978]] (chiffres inversés). Demandeur : [[PERSONNE:Abdoulaye Fofana]], id [[ID_FRANCE_TRAVAIL:4061172 L]]. L'employeur ({{Transports Gosselin}}) doit refaire l'attestation, sinon pas d'{{ARE}}.",
    ),
    (
        FT,
        AP,
        "Atelier numérique : {{8}} personnes, {{4}} ordinateurs. On apprend à créer un mot de passe « fort ». Un monsieur écrit le sien sur un post-it et le colle sur l'écran 🙈.",
    ),
    (
        FT,
        AP,
        "Rdv avec Mme [[PERSONNE:Keïta]] ([[PERSONNE:Hawa]]), projet aide à domicile, permis B en cours. Elle a déjà acheté une voiture d'occasion sur {{Leboncoin}} (immat [[IMMATRICULATION:AY 288 GD]]), son mari conduit en attendant. Tél : [[TELEPHONE:06 24 70 11 58]]. Aide au permis : {{1 200 €}}, dossier à compléter avant le {{30}}.",
    ),
    (
        URG,
        AP,
        "Fiche {{IOA}} : « Mr [[PERSONNE:Djaballah]], ddn [[DATE_NAISSANCE:25/10/56]], douleur abdo, EVA {{7/10}} ». Il a apporté son compte rendu d'hospitalisation du {{14/02}} ({{Clinique du Cèdre}}). Attente {{2h}} pour un box.",
    ),
    (
        URG,
        AP,
        "Accueil administratif : la secrétaire ([[PERSONNE:Virginie]]) crée le dossier d'une touriste allemande, [[PERSONNE:Lena Hoffmann]]. Reisepass n° [[IDENTIFIANT:C4J7R2X95]], née le [[DATE_NAISSANCE:03.11.1990]] à {{Hamburg}}. Carte européenne d'assurance maladie. Chute à vélo sur la voie verte près de {{Honfleur}}, poignet gonflé.",
    ),
    (
        URG,
        AP,
        "{{19h30}} : relève. Les infirmières se transmettent {{23}} patients en {{15 min}}. Je comprends un mot sur trois.",
    ),
    (
        URG,
        AP,
        "Un homme amène son père, M. [[PERSONNE:Vo Van Thanh]], {{81 ans}}, né « en [[DATE_NAISSANCE:1942]] ou [[DATE_NAISSANCE:1943]], les papiers ont été refaits à l'arrivée en {{1979}} ». L'{{IOA}} met [[DATE_NAISSANCE:1942]]. Confusion, chute dans la cuisine. Le fils laisse son numéro : [[TELEPHONE:07.69.02.38.14]].",
    ),
]

NOTES_5 = [
    (
        CAF,
        AP,
        "Changement de RIB au guichet. Mme [[PERSONNE:Chevalier]] tend un RIB {{La Banque Postale}}, l'agent recopie : [[IBAN:FR65 2004 1010 1207 3451 9K02 015]]. Elle a fermé son compte {{Nickel}}, « trop de frais ». Versement le {{5}} : sur le nouveau compte si la modif passe avant le {{25}}.",
    ),
    (
        CAF,
        AP,
        "Permanence {{France Services}} dans le hall le jeudi. Aujourd'hui : {{2}} conseillers, {{15}} rdv. Les gens ne font pas la différence entre France Services et la {{Caf}}, et franchement moi non plus au début.",
    ),
    (
        CAF,
        AP,
        "Déclaration de naissance de jumeaux ! Nés le [[DATE_NAISSANCE:27 mars]] au {{CHU de Caen}} : [[PERSONNE:Léa]] et [[PERSONNE:Jules]]. Le père, [[PERSONNE:Maxime Lecarpentier]], vient seul, la maman se repose. Prime à la naissance : {{1 019,40 €}} par enfant. Il a des cernes jusqu'aux genoux 😴.",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Boukhari]] vient pour son fils majeur qui veut son propre dossier {{APL}}. L'agent demande le numéro allocataire du père : [[N_ALLOCATAIRE:0259864]]. Le fils, [[PERSONNE:Nassim]], {{19 ans}}, étudiant à l'{{IUT}} de {{Caen}}, donne son tél : [[TELEPHONE:07 52 91 30 86]]. Demande à faire en ligne ; le père : « tu sais faire ça, toi ».",
    ),
    (
        CAF,
        AT,
        "Appel en anglais ! Un étudiant indien, [[PERSONNE:Arjun Mehta]]. La conseillère : « date of birth ? » - « [[DATE_NAISSANCE:the 5th of December, 2001]] ». Elle répète « [[DATE_NAISSANCE:05/12/2001]] » en tapant. Problème : le titre de séjour étudiant enregistré, n° [[IDENTIFIANT:1407625519]], a expiré le {{31/10}} ; il faut envoyer le nouveau.",
    ),
    (
        CAF,
        AT,
        "Un allocataire rappelle : il avait raccroché au bout de {{38 min}} d'attente. La conseillère : « je suis désolée, c'est pas moi qui décide du nombre de conseillers ». Il rit jaune.",
    ),
    (
        CAF,
        AT,
        "Un mandataire de l'{{UDAF}} appelle pour une mesure de curatelle : majeur protégé M. [[PERSONNE:Lesage]], dossier alloc [[N_ALLOCATAIRE:8152307]]. Les versements doivent aller sur le compte de gestion : [[IBAN:FR76 1027 8025 0000 0203 9615 127]]. Jugement du {{12 janvier}}, RG [[IDENTIFIANT:23/01874]]. La conseillère demande la copie du jugement par mail.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Lisieux}}, résidence alternée. La mère, Mme [[PERSONNE:Marie]] (nom très courant ici, me dit le contrôleur), [[ADRESSE:5 rue Henry Chéron, 14100 Lisieux]] ; le père vit à {{Pont-l'Évêque}}. Enfants : [[PERSONNE:Enola]] ([[DATE_NAISSANCE:2015]]) et [[PERSONNE:Timéo]] ([[DATE_NAISSANCE:déc. 2017]]). Planning semaine A / semaine B aimanté sur le frigo. Partage des allocs à revoir.",
    ),
    (
        CAF,
        CSP,
        "Contrôle des ressources d'un indépendant, M. [[PERSONNE:Horvath]] ([[PERSONNE:Zoltan]]), vendeur sur les marchés ({{Dives}} le samedi). Camion immat [[IMMATRICULATION:EK-605-SB]]. Compte pro : [[IBAN:FR76 3000 4008 1700 0104 7392 829]]. Le contrôleur reprend les encaissements {{SumUp}} : {{2 100 €}} par mois en moyenne. Adresse : [[ADRESSE:11 rue du Général Leclerc, 14160 Dives-sur-Mer]].",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur m'explique sa tournée : {{6}} contrôles prévus, {{2}} absents en moyenne. Il roule {{140 km}} dans la journée dans le {{Pays d'Auge}}. Voiture de service sans clim, il fait {{29°}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle d'une famille syrienne arrivée en {{2016}} : M. [[PERSONNE:Al-Hassan]] ([[PERSONNE:Omar]]), [[ADRESSE:37 rue de Bretagne, 76600 Le Havre]]. Le contrôleur vérifie les actes d'état civil établis par l'{{OFPRA}} : enfants nés le [[DATE_NAISSANCE:01/01/2010]], le [[DATE_NAISSANCE:15/03/2012]] et le [[DATE_NAISSANCE:09/08/2017]] (le dernier au {{Havre}}). Monsieur : « le premier, c'est la date par défaut, on n'avait plus de papiers ».",
    ),
    (
        FT,
        AP,
        "Rdv jeune diplômée : [[PERSONNE:Clémence Jouen]], {{23 ans}}, master à {{Rouen}}. Le conseiller regarde son profil : née le [[DATE_NAISSANCE:10/07/2000]], id [[ID_FRANCE_TRAVAIL:8814702 R]]. Elle cherche dans la com. Il lui parle de l'{{APEC}} et d'un salon le {{4 juin}}.",
    ),
    (
        FT,
        AP,
        "Agence de {{Cherbourg}}, {{9h}}, ouverture. Déjà {{11}} personnes dehors sous la pluie. Le vigile fait entrer par groupes de {{3}}.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Laurent]] ([[PERSONNE:Jérôme]]), ex-cadre chez {{Renault}}, licenciement économique, en {{CSP}} (contrat de sécurisation professionnelle). Mail [[EMAIL:jerome.laurent.pro@gmail.com]], fixe [[TELEPHONE:02 32 40 17 93]]. Il cite {{Carlos Ghosn}} en rigolant jaune. Projet : reprise d'une {{cidrerie}}.",
    ),
    (
        FT,
        AP,
        "Entretien de diagnostic, Mme [[PERSONNE:Rousseau]], {{59 ans}}. La conseillère regarde avec elle quand elle pourra partir en retraite : née en [[DATE_NAISSANCE:mars 1965]], départ possible en {{2028}}. Elle : « c'est loin ». Elle était caissière {{22 ans}} chez {{Auchan}} {{Mondeville}}.",
    ),
    (
        FT,
        AP,
        "Un monsieur cherche chauffeur poids lourd. Permis C, {{FIMO}} à refaire. [[PERSONNE:Marek Nowicki]], id [[ID_FRANCE_TRAVAIL:3390215 D]]. Il a fait {{15 ans}} de route en {{Pologne}} et en {{Allemagne}}. La conseillère trouve {{4}} offres au port du {{Havre}}.",
    ),
    (
        FT,
        AT,
        "Appel : une dame veut savoir si elle aura l'{{ARE}} après une démission pour suivre son conjoint muté à {{Cherbourg}}. Vérif d'identité : Mme [[PERSONNE:Carvalho]], DDN « [[DATE_NAISSANCE:dix-huit, zéro deux, quatre-vingt-quinze]] ». Oui, démission légitime, il faudra l'attestation de mutation.",
    ),
    (
        FT,
        AT,
        "Matinée sur la plateforme, de {{8h30}} à {{12h}} : {{27}} appels entrants. Le conseiller répète {{5 fois}} : « l'actualisation, c'est entre le {{28}} et le {{15}} ».",
    ),
    (
        FT,
        AT,
        "Une demandeuse ne reçoit pas les offres. La conseillère relit l'adresse mail : « [[EMAIL:ptitecoccinelle_76@hotmail.fr]] », sourire. Mme [[PERSONNE:Lefort]], id [[ID_FRANCE_TRAVAIL:1187430J]]. Les mails partaient dans les spams, c'est réglé.",
    ),
    (
        FT,
        AT,
        "Appel d'un employeur ({{EHPAD Les Jardins d'Automne}}, {{Fécamp}}) qui cherche à joindre un candidat, [[PERSONNE:Thibault Marchand]]. La conseillère ne donne pas le numéro, elle transmet le message au candidat par SMS au [[TELEPHONE:06 87 33 12 05]].",
    ),
    (
        FT,
        AT,
        "Un père appelle pour sa fille de {{17 ans}} qui a décroché du lycée : « elle sera majeure le [[DATE_NAISSANCE:14 octobre]] ». Réorientation vers la {{Mission locale}} de {{Dieppe}}. [[PERSONNE:Anaïs]] ne veut rien faire, dit le père, « elle dort jusqu'à midi ».",
    ),
    (
        URG,
        AP,
        "Patient connu du service, « [[PERSONNE:Dédé]] » (c'est écrit comme ça dans le logiciel, à côté du vrai nom, [[PERSONNE:André Levillain]]), né le [[DATE_NAISSANCE:2/2/1964]]. L'{{IOA}} : « il vient {{3 fois}} par semaine ». Ce soir, plaie au pied infectée, on le garde pour la nuit.",
    ),
    (
        URG,
        AP,
        "Un couple de touristes anglais ne comprend pas pourquoi ils attendent. L'agent d'accueil sort son meilleur anglais : « the doctor is coming, maybe {{one hour}} ». {{3h}} plus tard, ils sont toujours là.",
    ),
    (
        URG,
        AP,
        "Patient venu avec une lettre de son médecin traitant (Dr [[PERSONNE:Benhamou]]) : M. [[PERSONNE:Rachid Amrani]], né le [[DATE_NAISSANCE:13/08/1983]] à {{Casablanca}}, NIR [[NIR:183089935051871]]. Suspicion d'appendicite. La lettre est datée du jour même, écrite à la main.",
    ),
    (
        URG,
        AP,
        "Admission : la secrétaire demande la carte de mutuelle. {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH0091837264]]. Patient : [[PERSONNE:Benoît Lair]], entorse au foot du dimanche. IPP [[IDENTIFIANT:P01475510]]. Il râle : « {{40 ans}}, je devrais arrêter ».",
    ),
    (
        URG,
        AT,
        "Appel d'une maman affolée : son fils de {{2 ans}} a avalé une pile bouton. La secrétaire note juste le prénom et la DDN, [[PERSONNE:Nolan]], [[DATE_NAISSANCE:11/05/2022]], et transfère immédiatement au {{15}}.",
    ),
    (
        URG,
        AT,
        "Standard, {{17h}} : un {{Ehpad}} demande s'il reste des lits (non) ; un taxi cherche l'entrée ; un journaliste de {{Ouest-France}} veut « le chiffre du jour » : {{187}} passages hier.",
    ),
    (
        URG,
        AT,
        "Une femme appelle pour récupérer les affaires de son mari transféré en réa à {{Caen}} (téléphone, portefeuille). La secrétaire note son numéro, dicté : « [[TELEPHONE:zéro six, quarante-cinq, dix-neuf, soixante-dix-sept, zéro deux]] », pour qu'un soignant la rappelle. Le mari : M. [[PERSONNE:Poulain]].",
    ),
    (
        CPAM,
        AP,
        "Remboursements versés sur un ancien compte. M. [[PERSONNE:Mendy]] apporte un RIB {{Crédit Mutuel}} : [[IBAN:FR76 1562 9027 1800 0119 2837 487]]. L'agent saisit : « {{2 à 3 jours}} ». Il a {{430 €}} de remboursements partis sur le compte fermé, il faut attendre le rejet de la banque.",
    ),
    (
        CPAM,
        AP,
        "Un jeune de {{18 ans}} vient chercher sa propre carte vitale (il était sur celle de sa mère). [[PERSONNE:Evan Lemaître]], né le [[DATE_NAISSANCE:3 avril 2006]] à {{Rouen}}. Il découvre son NIR à l'écran, [[NIR:1 06 04 76 540 312 71]] : « c'est quoi tous ces chiffres ? ». L'agent explique : le premier chiffre pour homme, puis l'année, le mois, le département…",
    ),
    (
        CPAM,
        AP,
        "L'agent d'accueil prend le temps avec une dame qui ne sait pas lire : il lit à voix haute {{3}} courriers, elle hoche la tête. {{20 min}}. Personne ne râle dans la file, étonnamment.",
    ),
    (
        CPAM,
        AT,
        "Un assuré veut recevoir ses relevés par mail : [[EMAIL:m.lebreton50@sfr.fr]]. Le conseiller : « il faut créer votre compte {{ameli}} ». M. [[PERSONNE:Lebreton]] n'a pas de smartphone. Code provisoire envoyé par courrier sous {{5 jours}}. Tél : [[TELEPHONE:02 33 52 61 09]].",
    ),
    (
        CPAM,
        AT,
        "Un monsieur appelle pour sa mère décédée : clôture du compte, frais d'hôpital. Mme [[PERSONNE:Odette Marais]], née le [[DATE_NAISSANCE:8 mai 1945]], « le jour de la {{Victoire}}, elle le disait tout le temps ». Décès le {{28 février}} à {{Fécamp}}. Le conseiller présente ses condoléances, vraiment, pas en mode script.",
    ),
    (
        CCAS,
        AP,
        "Inscription au plan canicule : M. [[PERSONNE:Moreau]] ([[PERSONNE:Bernard]]), {{79 ans}}, né le [[DATE_NAISSANCE:30/07/1944]]. Personne à prévenir : sa fille à {{Rennes}}, [[TELEPHONE:06 03 88 47 12]]. Il demande si on passera le voir « même s'il fait pas chaud ».",
    ),
    (
        CCAS,
        AP,
        "Demande de logement social à renouveler pour Mme [[PERSONNE:Bamba]] : numéro unique [[IDENTIFIANT:014122300184]], expire le {{30 juin}}. L'agente fait le renouvellement en ligne avec l'adresse mail de madame, [[EMAIL:bamba.mariam@yahoo.fr]]. {{4 ans}} d'attente pour un T3 à {{Caen}}.",
    ),
]

NOTES_6 = [
    (
        CHRS,
        AP,
        "{{CHRS}} {{La Source}} ({{Caen}}) : la {{TS}} ouvre les droits de Mme [[PERSONNE:Tshibanda]] ([[PERSONNE:Mireille]]), née le [[DATE_NAISSANCE:7 juillet 1979]] à {{Kinshasa}}. Elle avait un dossier {{Caf}} à {{Alençon}}, n° [[N_ALLOCATAIRE:9021574]], à faire transférer dans le {{Calvados}}. Arrivée au CHRS le {{29 avril}} après {{2 mois}} d'hôtel.",
    ),
    (
        CHRS,
        AP,
        "Le {{CHRS}} a {{42}} places, {{41}} occupées. Durée moyenne de séjour : {{14 mois}}. Le directeur : « la sortie est bloquée par le manque de T1 sur {{Rouen}}, pas par les gens ».",
    ),
    (
        CHRS,
        AP,
        "Atelier emploi au {{CHRS}} : l'éducatrice aide [[PERSONNE:Samir]] à retrouver ses identifiants {{France Travail}} : [[ID_FRANCE_TRAVAIL:5802914 N]]. Mot de passe oublié, réinitialisation par mail sur [[EMAIL:samir.b1988@gmail.com]]… sauf qu'il n'a plus accès à ce mail non plus. On recommence tout à zéro, {{35 min}}.",
    ),
    (
        CHRS,
        AP,
        "Admission d'un jeune sorti de l'{{ASE}} : {{18 ans}} le [[DATE_NAISSANCE:12 mars]] dernier, donc fin de prise en charge. [[PERSONNE:Killian Vasseur]], né le [[DATE_NAISSANCE:12/03/2006]] à {{Vernon}}. {{Contrat jeune majeur}} refusé par le département. Il a un sac de sport et une {{PlayStation}}, c'est tout.",
    ),
    (
        CHRS,
        AP,
        "Un résident dort dans sa voiture sur le parking du {{CHRS}} « pour garder ses affaires ». {{Twingo}} verte, vieille plaque : [[IMMATRICULATION:4821 WB 76]]. [[PERSONNE:Gérald]] refuse de la vendre, « c'est tout ce qui me reste ». L'éduc lui laisse le parking jusqu'au {{1er juin}}.",
    ),
    (
        CHRS,
        AP,
        "La {{TS}} fait la demande de carte vitale de [[PERSONNE:Aminata Coulibaly]]. Attestation de droits imprimée : NIR [[NIR:2 97 02 99 326 148 38]], née le [[DATE_NAISSANCE:16/02/1997]] à {{Abidjan}}. Elle attendait ça depuis {{novembre}}, elle prend l'attestation en photo {{3 fois}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}}, {{23h15}} : un bénévole de la maraude {{Croix-Rouge}} signale un couple avec un bébé sous l'abribus devant la {{gare}}. Il laisse son portable : [[TELEPHONE:06 19 42 73 55]]. Le couple : [[PERSONNE:Ionuț]] et [[PERSONNE:Florentina]], roumains. Mise à l'abri trouvée à {{00h40}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} : la conseillère fait le point avec une femme à l'hôtel depuis {{6 mois}}. « Rappelez-moi votre date de naissance, madame [[PERSONNE:Benyahia]] ? » - « [[DATE_NAISSANCE:quinze mars soixante-dix-sept]] ». Prolongation de {{15 jours}}, « on verra après ».",
    ),
    (
        CHRS,
        AT,
        "Le {{115}} du {{Calvados}} reçoit aussi des gens qui ne savent pas à qui parler. Un monsieur voulait juste « entendre quelqu'un ». L'écoutante reste {{12 min}} avec lui, puis la ligne sonne à nouveau.",
    ),
    (
        CHRS,
        AT,
        "Un {{TS}} de {{Cherbourg}} appelle le {{SIAO}} pour relancer une demande d'hébergement stable : dossier [[IDENTIFIANT:SIAO50-2023-11472]], M. [[PERSONNE:Fontaine]]. En attente depuis {{9 mois}}. Réponse : « il est 14e sur la liste ».",
    ),
    (
        CHRS,
        AT,
        "Appel d'un homme de {{62 ans}} qui sort de la maison d'arrêt de {{Coutances}} demain. [[PERSONNE:Roger Lemaire]], né en [[DATE_NAISSANCE:1962]] à {{Saint-Lô}}. Il appelle depuis le bureau du {{SPIP}} : [[TELEPHONE:02 33 19 45 80]]. Pas de place avant {{lundi}}.",
    ),
    (
        CHRS,
        CSP,
        "Suivi hors les murs avec la {{TS}} du {{CHRS}}, sur l'[[ADRESSE:aire du Val-aux-Daims, place 6]]. Famille [[PERSONNE:Reinhardt]] : la grand-mère, [[PERSONNE:Lili]], née en [[DATE_NAISSANCE:1947]], a besoin d'un médecin traitant. La caravane : [[IMMATRICULATION:GA-118-PK]]. Café, gâteaux, le chien {{Rambo}} aboie tout le long.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un appart d'insertion : {{T3}} pour {{2}} femmes et {{3}} enfants. Tout est propre mais les murs sont nus. L'éducatrice note : « ampoule salle de bain », « fuite robinet », « rideau chambre 2 ».",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile à {{Dieppe}}, logement passerelle : [[PERSONNE:Yasmine]], {{22 ans}}, et son bébé [[PERSONNE:Ilyan]], né le [[DATE_NAISSANCE:19 janvier]]. La {{PMI}} passe le mardi. La {{TS}} rappelle le rdv {{Caf}} du {{3 juin}} pour la {{PAJE}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite budget avec un résident en logement diffus : M. [[PERSONNE:Hakimi]] a ouvert son premier compte bancaire, relevé {{Crédit Agricole}}, IBAN [[IBAN:FR76 1830 6000 7192 0451 1863 049]]. L'éducateur met en place le prélèvement du loyer ({{Rouen Habitat}}, {{312 €}} le {{10}}). Adresse : [[ADRESSE:4 rue Louis Poterat, 76100 Rouen]].",
    ),
    (
        CCAS,
        AP,
        "Dossier {{MDPH}} rempli au {{CCAS}} avec l'agente. Mme [[PERSONNE:Ngo Mbock]] ([[PERSONNE:Suzanne]]), née le [[DATE_NAISSANCE:22 septembre 1970]] à {{Douala}}, NIR [[NIR:270099932206329]]. Dossier MDPH n° [[IDENTIFIANT:MDPH14-087412]], renouvellement {{AAH}} + {{RQTH}}. {{20 pages}} de formulaire, le certificat médical date de {{plus de 6 mois}}, à refaire.",
    ),
    (
        CCAS,
        AP,
        "Le {{CCAS}} de {{Cherbourg-en-Cotentin}} tient une permanence à la mairie annexe de {{Tourlaville}} le lundi. {{4}} personnes en {{2h}}. L'agente en profite pour classer.",
    ),
    (
        CCAS,
        AP,
        "Aide pour une facture d'eau : M. [[PERSONNE:Rodrigues]] ([[PERSONNE:Paulo]]), [[ADRESSE:18 rue Émile Zola, 76300 Sotteville-lès-Rouen]]. Facture de la {{Métropole Rouen Normandie}} : {{198 €}}. Tél [[TELEPHONE:06 55 02 91 38]]. L'agente lui dit qu'un plan d'échelonnement est possible.",
    ),
    (
        CCAS,
        AP,
        "Inscription à l'atelier mémoire du {{CCAS}} (à partir de {{60 ans}}) : Mme [[PERSONNE:Colette Jeanne]], née le [[DATE_NAISSANCE:26 août 1953]]. Pour les infos, l'adresse mail de sa fille : [[EMAIL:isabelle.jeanne61 (at) orange.fr]], écrite comme ça sur la fiche. Séances le jeudi à {{10h}}.",
    ),
    (
        CCAS,
        AP,
        "Aide aux vacances : Mme [[PERSONNE:Dufour]] donne son n° alloc, [[N_ALLOCATAIRE:2650911]], et les DDN des enfants : [[PERSONNE:Mathéo]] [[DATE_NAISSANCE:02/04/2014]], [[PERSONNE:Zoé]] [[DATE_NAISSANCE:17/07/2016]]. Colo à {{Saint-Pair-sur-Mer}}, départ le {{8 juillet}} pour {{12 jours}}, reste à charge {{45 €}}.",
    ),
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} d'{{Évreux}} : un monsieur demande les horaires de la déchetterie. L'agente les connaît par cœur ({{9h-12h}}, {{14h-18h}}). « On est le standard de la ville, en fait. »",
    ),
    (
        CCAS,
        AT,
        "Une dame appelle pour savoir si elle a droit à la téléassistance gratuite : « j'ai {{82 ans}}, je suis née le [[DATE_NAISSANCE:2 novembre 41]] ». Mme [[PERSONNE:Leboucher]]. Oui, sous conditions de ressources ; un dossier part par la poste.",
    ),
    (
        CCAS,
        AT,
        "Une femme appelle le {{CCAS}} parce qu'elle n'arrive pas à joindre {{France Travail}}. L'agente note son identifiant, [[ID_FRANCE_TRAVAIL:6045381K]], et son numéro, [[TELEPHONE:07 45 63 20 19]], pour une demande de rappel par le réseau partenaire. Mme [[PERSONNE:Achour]] remercie {{4 fois}}.",
    ),
    (
        CCAS,
        AT,
        "Appel de la police municipale : une voiture ventouse parking {{Saint-Sever}}, quelqu'un dort dedans. Plaque [[IMMATRICULATION:BG-442-EF]]. L'agente connaît la personne : « c'est Mme [[PERSONNE:Lenoir]], elle est domiciliée chez nous ». Elle passera la voir avec la maraude.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation à domicile pour une aide exceptionnelle : couple de retraités, [[PERSONNE:Gérard]] et [[PERSONNE:Monique Lecomte]], [[ADRESSE:6 rue des Écoles, 27500 Pont-Audemer]]. Nés en [[DATE_NAISSANCE:1946]] et [[DATE_NAISSANCE:1949]]. Chaudière morte depuis {{janvier}}. L'agente prend le RIB pour le versement : [[IBAN:FR76 3000 3015 8000 0502 9174 631]].",
    ),
    (
        CCAS,
        CSP,
        "Visite avec l'agent du {{CCAS}} dans une tour de {{Caucriauville}} : ascenseur en panne depuis {{3 semaines}}, {{11 étages}}. On monte les courses d'une dame au {{9e}}. Elle nous offre des chocolats {{Lindt}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile, M. [[PERSONNE:Delaunay]], {{91 ans}}, seul, ancien marin-pêcheur à {{Port-en-Bessin}}. Il montre son livret de marin : né le [[DATE_NAISSANCE:4 janvier 1933]] à {{Grandcamp}}. Il parle du {{6 juin 44}}, il avait {{11 ans}}. On reste {{1h}} au lieu de {{20 min}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Guillou]] : son fils [[PERSONNE:Paul]], né le [[DATE_NAISSANCE:13/11/2017]], n'a jamais reçu l'invitation {{M'T dents}} des {{6 ans}}. L'agent la réimprime. « C'est gratuit ? » « Oui. »",
    ),
    (
        CPAM,
        AP,
        "Un Belge installé à {{Honfleur}} veut ses remboursements sur son compte belge : IBAN [[IBAN:BE47 0634 1587 2680]]. L'agent : pas de souci, zone {{SEPA}}. M. [[PERSONNE:Vandenbroucke]] est surpris que ce soit si simple.",
    ),
    (
        CPAM,
        AP,
        "Animation « {{ameli}} en 10 minutes » dans le hall : un agent montre l'appli sur une tablette. {{3}} personnes s'arrêtent, {{1}} seule reste jusqu'au bout.",
    ),
    (
        CPAM,
        AP,
        "{{C2S}} pour un étudiant étranger : [[PERSONNE:Wei Zhang]], {{24 ans}}, titre de séjour étudiant n° [[IDENTIFIANT:1407901327]], né le [[DATE_NAISSANCE:12 AUG 99]] (recopié tel quel du passeport). L'agent hésite sur le format, finit par taper [[DATE_NAISSANCE:12/08/1999]].",
    ),
    (
        CPAM,
        CSP,
        "L'agent assermenté me montre la liste des contrôles de la semaine : {{12}} adresses, aucun nom affiché, des codes uniquement. « On ne se promène pas avec des noms dans la voiture. »",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt (pathologique post-natal) chez Mme [[PERSONNE:Dos Santos]], [[ADRESSE:résidence Les Marronniers, bât. B, 14110 Condé-en-Normandie]]. Elle est là, sa mère garde le bébé, né le [[DATE_NAISSANCE:28/03]]. Contrôle de {{5 min}}, l'agent s'excuse presque.",
    ),
]

NOTES_7 = [
    (
        CPAM,
        AT,
        "Appel pour une attestation de droits : M. [[PERSONNE:Guy Hauchecorne]], né le [[DATE_NAISSANCE:7 juillet 1944]] au {{Havre}}. Le conseiller lui fait lire son NIR : [[NIR:1 44 07 76 351 203 59]]. Attestation envoyée par courrier, il n'a pas d'ordinateur « et pas l'intention d'en avoir ».",
    ),
    (
        CPAM,
        AT,
        "Un assuré veut donner son nouveau RIB par téléphone. Le conseiller refuse (sécurité, il faut passer par le compte {{ameli}}), mais l'assuré l'a déjà lu d'une traite : « [[IBAN:FR76 1142 5009 5004 5172 8396 016]] ». Le conseiller : « je ne l'ai pas noté, monsieur ». M. [[PERSONNE:Benoît]] n'est pas content.",
    ),
    (
        CPAM,
        AT,
        "Conseiller {{3646}} : « aujourd'hui c'est le jour des {{IJ}}, tout le monde appelle parce que le virement a {{24h}} de retard ». Effectivement, {{6}} appels de suite sur le même sujet.",
    ),
    (
        CPAM,
        AT,
        "Une mère appelle pour sa fille de {{20 ans}} en {{Erasmus}} à {{Valence}} : carte européenne d'assurance maladie. [[PERSONNE:Lisa Perrin]], née le [[DATE_NAISSANCE:09/06/2003]]. « C'est à elle de la demander », mais le conseiller aide quand même. La mère donne le portable espagnol de sa fille : [[TELEPHONE:+34 612 48 90 33]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un taxi conventionné : l'agent vérifie que le véhicule déclaré, [[IMMATRICULATION:FL-230-HC]], correspond aux factures de transport de Mme [[PERSONNE:Lepeltier]], dialysée {{3 fois}} par semaine au {{CHU}}. Le chauffeur, M. [[PERSONNE:Baptiste Roger]] ({{Allo Taxi Bayeux}}), sort tous ses carnets de bord.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} de {{Saint-Lô}} : Mme [[PERSONNE:Hamon]] vient pour l'{{AEEH}} de son fils [[PERSONNE:Louis]], autiste, né le « [[DATE_NAISSANCE:vingt et un octobre deux mille quinze]] », elle le dit en détachant chaque mot. Dossier [[N_ALLOCATAIRE:1736420]]. Notification {{MDPH}} du {{3 avril}}, versement rétroactif au {{1er novembre}}.",
    ),
    (
        CAF,
        AP,
        "{{15h45}}, l'accueil ferme à {{16h}}. Un agent fait le tour de la salle : « il n'y aura plus de tickets ». Un homme reste assis, il attend depuis {{14h10}}. On le reçoit quand même, à {{16h20}}.",
    ),
    (
        CAF,
        AP,
        "Une jeune femme apporte un RIB papier {{Crédit Agricole}}, l'agent recopie les chiffres : [[IBAN:16606 10023 00045678912 74]]. Elle veut aussi recevoir les courriers par mail : [[EMAIL:oceane.lhermitte@icloud.com]]. [[PERSONNE:Océane Lhermitte]], {{26 ans}}, première demande de {{prime d'activité}}.",
    ),
    (
        CAF,
        AT,
        "Un allocataire appelle pour déclarer la naissance de son 3e enfant, née {{dimanche}}, le [[DATE_NAISSANCE:14 avril]], à {{Cherbourg}}. M. [[PERSONNE:Girard]], num alloc [[N_ALLOCATAIRE:4027795]]. Le bébé s'appelle [[PERSONNE:Rose]] : « comme la fleur ? » « oui, comme la {{rose}} ». La conseillère dit « félicitations » avec un vrai sourire.",
    ),
    (
        CAF,
        AT,
        "Un allocataire signale que ses versements sont partis sur un compte qu'il ne connaît pas : IBAN enregistré [[IBAN:FR33 3000 2089 6300 0007 1524 Z25]]. Dossier [[N_ALLOCATAIRE:3081559]] bloqué immédiatement, signalement au service fraude. M. [[PERSONNE:Cissé]] doit porter plainte au commissariat.",
    ),
    (
        CAF,
        AT,
        "Appel d'un bailleur ({{Partélios}}) : versement de l'{{APL}} en tiers payant pour une nouvelle locataire, réf. bail [[IDENTIFIANT:PH-2024-11873]], allocataire [[N_ALLOCATAIRE:5519028]]. La conseillère vérifie le nom : Mme [[PERSONNE:Roche]]. OK à partir de {{juin}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Rokhaya Faye]], née le [[DATE_NAISSANCE:12/03/1985]] à {{Dakar}}, NIR [[NIR:2 85 03 99 341 027 22]]. Vérification de la situation de parent isolé. [[ADRESSE:26 rue Jean Jaurès, 50100 Cherbourg-en-Cotentin]]. Une fille, [[PERSONNE:Aïssatou]], née en [[DATE_NAISSANCE:2012]]. RAS, {{25 min}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Honfleur}} : allocataire déclarée seule, mais une camionnette immatriculée en {{Pologne}} ([[IMMATRICULATION:WA 48213]]) est garée devant depuis des semaines. Madame : « c'est un collègue de mon frère ». Le contrôleur note, sans conclure. Mme [[PERSONNE:Gaudin]], [[ADRESSE:10 quai de la Quarantaine, 14600 Honfleur]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Bayeux}}. Le contrôleur vérifie l'âge de l'aîné de la famille [[PERSONNE:Hamidou]] : né le [[DATE_NAISSANCE:30 juin 2004]], il aura {{20 ans}} le mois prochain -> fin du complément familial. Le fils, [[PERSONNE:Ismaël]], apprenti boulanger, gagne {{980 €}}. La mère ne savait pas.",
    ),
    (
        CAF,
        CSP,
        "Entre deux contrôles, le contrôleur mange un sandwich dans la voiture sur le parking d'un {{Intermarché}}. Il a commencé en {{2008}} : « on avait {{45 min}} par contrôle, maintenant {{30}} ».",
    ),
    (
        FT,
        AP,
        "Inscription d'une dame de {{51 ans}}, ancienne agricultrice (élevage laitier dans le {{Pays d'Auge}}), l'exploitation a fermé. [[PERSONNE:Françoise Lemesle]], née le [[DATE_NAISSANCE:29/09/1972]] à {{Vimoutiers}}. Identifiant [[ID_FRANCE_TRAVAIL:2706631P]]. Pas d'{{ARE}} (non salariée) -> orientation {{RSA}}. Elle dit : « {{30 ans}} de traite, et rien ».",
    ),
    (
        FT,
        AP,
        "Rdv d'un jeune en {{CEJ}} : [[PERSONNE:Yacine]], id [[ID_FRANCE_TRAVAIL:9041827 S]]. Allocation CEJ {{528 €}}. Il a raté {{2}} rdv, la conseillère parle gentiment de suspension. Il donne son nouveau numéro : [[TELEPHONE:06 99 12 84 07]]. « L'autre, je l'ai cassé. »",
    ),
    (
        FT,
        AP,
        "Atelier retraite pour les seniors : l'intervenante {{Carsat}} projette un relevé de carrière « anonymisé »… mais on lit la DDN, [[DATE_NAISSANCE:17/04/1963]], et le nom en haut, [[PERSONNE:P. Gosselin]]. Oups. Elle ferme vite.",
    ),
    (
        FT,
        AP,
        "Agence de {{Lisieux}}, le café emploi du vendredi : {{3}} employeurs (un {{Ehpad}}, une fromagerie, une boîte de nettoyage), {{25}} demandeurs. Ça discute debout, gobelet à la main.",
    ),
    (
        FT,
        AP,
        "Un demandeur veut faire VTC : carte pro obtenue, véhicule [[IMMATRICULATION:GK-870-TA]], une {{Toyota}} hybride en {{LOA}}. [[PERSONNE:Moussa Diakité]], id [[ID_FRANCE_TRAVAIL:7315508F]], mail [[EMAIL:m.diakite.vtc@gmail.com]]. La conseillère parle de l'{{ARCE}}.",
    ),
    (
        FT,
        AT,
        "Un monsieur ne comprend pas pourquoi son dossier est « en attente de pièce ». Le conseiller trouve : la pièce d'identité scannée est illisible. M. [[PERSONNE:Hoarau]], né le [[DATE_NAISSANCE:4 août 1986]] à {{Saint-Pierre}} ({{La Réunion}}). Il renverra une photo ce soir.",
    ),
    (
        FT,
        AT,
        "Appel d'une conseillère de l'agence de {{Vire}} pour un transfert de dossier : demandeuse [[ID_FRANCE_TRAVAIL:1568204 W]], Mme [[PERSONNE:Lemercier]], partie vivre à {{Rouen}}. Elles se tutoient : « coucou, c'est [[PERSONNE:Fabienne]] ».",
    ),
    (
        FT,
        AT,
        "Coupure réseau de {{10 min}}. La conseillère me raconte {{2008}} : l'{{ANPE}} d'un côté, les {{Assedic}} de l'autre, deux bâtiments, deux files. « Puis {{Pôle emploi}}, puis {{France Travail}} : le logo change, la file reste. »",
    ),
    (
        FT,
        AT,
        "Une jeune maman veut reprendre le travail après un congé parental : Mme [[PERSONNE:Baudry]], enfant né le [[DATE_NAISSANCE:5 septembre 2021]], fin de la {{PreParE}} à ses {{3 ans}}. Elle donne son mail pour les offres : [[EMAIL:claire-baudry@wanadoo.fr]]. Elle cherche à mi-temps, à {{Caen}} ou {{Ifs}}.",
    ),
    (
        URG,
        AP,
        "Dame amenée par ses voisins : Mme [[PERSONNE:Anquetil]], {{88 ans}}, sans papiers sur elle. La voisine connaît sa date de naissance : « c'est le [[DATE_NAISSANCE:1er mai]], on lui apporte du {{muguet}} chaque année », née en [[DATE_NAISSANCE:36]]. Numéro de la voisine : [[TELEPHONE:02 35 73 40 12]].",
    ),
    (
        URG,
        AP,
        "{{4h}} du matin, calme. L'{{IOA}} fait du rangement. {{9}} patients en attente. Une dame tricote.",
    ),
    (
        URG,
        AP,
        "Accident de la route, deux blessés légers. Le gendarme donne à l'{{IOA}} les identités relevées sur le constat : [[PERSONNE:Hugo Martel]], [[DATE_NAISSANCE:03/12/1998]], véhicule [[IMMATRICULATION:FD-774-QE]] ; [[PERSONNE:Salomé Petit]], [[DATE_NAISSANCE:22/02/2001]]. L'IOA ne garde que les identités.",
    ),
    (
        URG,
        AP,
        "L'agent des admissions corrige une erreur d'identitovigilance : deux dossiers pour le même patient, [[PERSONNE:Jean-Claude Hamel]], l'un avec la DDN [[DATE_NAISSANCE:22/05/1947]] (juste), l'autre [[DATE_NAISSANCE:22/05/1974]] (faux). Le NIR tranche : [[NIR:147055012901756]]. Fusion des IPP [[IDENTIFIANT:P01472286]] et [[IDENTIFIANT:P00912047]].",
    ),
    (
        URG,
        AT,
        "Appel d'un fils depuis le {{Canada}} : son père serait aux urgences depuis la nuit. [[PERSONNE:Marcel Osouf]], né le [[DATE_NAISSANCE:11 novembre 1939]]. Sans l'accord du patient, la secrétaire ne confirme rien. Le fils laisse un mail : [[EMAIL:osouf.daniel@videotron.ca]].",
    ),
    (
        URG,
        AT,
        "Un généraliste appelle pour adresser un patient : Dr [[PERSONNE:Kerhervé]], cabinet de {{Ouistreham}}, patient M. [[PERSONNE:Lhomme]], suspicion de phlébite. Le médecin laisse son portable : [[TELEPHONE:06 30 77 58 91]].",
    ),
    (
        URG,
        AT,
        "Dernier appel de ma demi-journée : une grand-mère demande si elle peut venir pour son petit-fils de {{4 ans}}, {{39,5°}}. La secrétaire : « appelez d'abord le {{116 117}} ». Prénom et DDN notés quand même : [[PERSONNE:Tiago]], « [[DATE_NAISSANCE:8 août 2019]] ».",
    ),
]


NOTES = [*NOTES_1, *NOTES_2, *NOTES_3, *NOTES_4, *NOTES_5, *NOTES_6, *NOTES_7]

# ---------------------------------------------------------------------------------------------
# Parser, split, writer.
# ---------------------------------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
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


def parse(marked):
    """Strip the marks; return (text, entities, keep) with offsets into the plain text."""
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
    for leftover in ("[[", "]]", "{{", "}}"):
        if leftover in text:
            raise ValueError(f"stray mark {leftover!r} in {marked!r}")
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
    """Dev / holdout ids, drawn from the ids and the cells only (never from the contents)."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
