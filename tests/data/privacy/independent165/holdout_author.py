"""Independent evaluation corpus n° 165: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind165-001`` … ``ind165-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only (see README.md).

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind165"
SEED = 165

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# ---------------------------------------------------------------------------------------------
# Notes, in writing order.
# ---------------------------------------------------------------------------------------------

BATCH_1 = [
    (
        "caf",
        AP,
        "{{Caf}} de {{Saint-Denis}}, {{8h40}}, deja {{23 personnes}} dehors sous le soleil ☀️. Mme [[PERSONNE:Payet]] vient pour sa {{prime d'activité}} bloquée depuis {{2 mois}}. L'agente ([[PERSONNE:Sandrine]]) demande le num alloc, elle le lit sur son tel : [[N_ALLOCATAIRE:2748153]]. Ecran : « pièce manquante : {{avis d'imposition}} ». Mme [[PERSONNE:Payet]] : « mi la fine envoyé ça ! »",
    ),
    (
        "cpam",
        AT,
        "Plateforme tel {{CGSS}} {{Réunion}}. Appel d'un monsieur, [[PERSONNE:Jean-Max Hoarau]], veut savoir où en est son remboursement kiné. Il donne son numéro de sécu : « [[NIR:1 58 01 974 15 390 95]] ». Né à {{Saint-Paul}} en [[DATE_NAISSANCE:janvier 58]] il précise. Conseillère [[PERSONNE:Laetitia]] : dossier ok, virement parti.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Le Port}}. File d'attente calme, {{6 personnes}}. Beaucoup viennent pour les colis alimentaires du jeudi. Une dame demande en créole si « néna ankor bon pou la boutik » (bons d'achat {{Leader Price}}). Réponse : plus de bons avant le {{15}}. Rien de plus. {{40 min}} d'attente moyenne d'après l'agent d'accueil.",
    ),
    (
        "urgences",
        AP,
        "{{URGENCES}} {{CHU Félix Guyon}} ({{Bellepierre}}) - {{22h10}}. Jeune homme amené par sa mère, coupure à la main ({{sabre à canne}}). L'IOA ([[PERSONNE:Nadège]]) tape : [[PERSONNE:KICHENIN Dylan]], né le [[DATE_NAISSANCE:04/06/2003]], IPP [[IDENTIFIANT:974003381]]. La mère répète « lé pa grave, lé pa grave ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Réunion}}, soir. Appel d'un homme, dit s'appeler « [[PERSONNE:Ti Jean]] », dort sous le kiosque du {{Barachois}} depuis {{3 nuits}}. Pas de pièce d'identité. Il rappelle d'un portable prêté : [[TELEPHONE:0692 41 87 30]]. L'écoutant ([[PERSONNE:Raphaël]]) note : homme ~{{50 ans}}, diabétique. Pas de place au {{CHRS}} ce soir → maraude.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Pierre}}. M. [[PERSONNE:Ramassamy]] {{36 ans}}, demande pourquoi radié. Conseiller lit à voix haute : « identifiant [[ID_FRANCE_TRAVAIL:4521873K]], absence au rdv du {{14 mai}} ». Lui : « Mé mi té o travay, mi fé la kann ! » (coupe de canne saisonnière). Le conseiller ([[PERSONNE:Yannick Grondin]]) annule la radiation avec justificatif employeur. {{20 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}, accueil. {{10h15}}. Mr [[PERSONNE:Kowalczyk]] vient avec sa fille [[PERSONNE:Agata]] qui traduit. Carte vitale HS. L'agent relit le NIR à voix haute : [[NIR:1 71 05 59 350 214 55]], « vous êtes bien né en [[DATE_NAISSANCE:mai 1971]] ? » oui. Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        "caf",
        AT,
        "Tel {{Caf}}, file d'attente annoncée {{12 min}}, réelle {{27 min}}. Sujet : {{APL}} étudiante. La conseillère explique le calcul sur l'année N-2. Personne ne donne son nom 😅 appel coupé à la fin.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'assistante sociale du {{CCAS}} des {{Abymes}}. Chez Mme [[PERSONNE:Bélénus]], {{82 ans}}, [[ADRESSE:section Boisripeaux, chemin Lacroix, 97139 Les Abymes]]. Case en bois, toit en tôle refait après {{Fiona}}. Sa fille [[PERSONNE:Murielle]] est là, donne son numéro : [[TELEPHONE:0690 58 12 44]]. Mme [[PERSONNE:Bélénus]] parle surtout créole, « mwen pa ka vwè byen ». Dossier {{APA}} à monter.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Martinique}}, contrôleur M. [[PERSONNE:Rosemond]]. Rdv au [[ADRESSE:12 rue Lamartine, 97200 Fort-de-France]], {{2e étage}} sans ascenseur. Allocataire : Mme [[PERSONNE:Célestine Marie-Sainte]], n° allocataire [[N_ALLOCATAIRE:0913562]]. Déclare vivre seule avec {{2 enfants}}. Le contrôleur regarde les brosses à dents, le linge… je me sens mal à l'aise. Elle : « Pa ni pon nonm isi a ! ». Durée {{1h10}}.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CHU de Pointe-à-Pitre}}. Appel d'une femme pour son père transféré dans la nuit. Elle épelle : « [[PERSONNE:Saturnin L-O-L-L-I-A]] ». La secrétaire trouve enfin « [[PERSONNE:Lolia]] », mal orthographié dans le logiciel. Rappel promis au [[TELEPHONE:+590 690 27 64 15]].",
    ),
    (
        "france_travail",
        AT,
        "Appel {{3949}}, conseillère [[PERSONNE:Khadija]]. Demandeur [[PERSONNE:Thierry Le Bihan]] donne son identifiant « [[ID_FRANCE_TRAVAIL:072 3158 H]] » puis son mail [[EMAIL:t.lebihan56@orange.fr]] pour recevoir l'attestation. {{8 min}}. Il dit « c'est la 3e fois que j'appelle ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Marseille}} ({{13e}}). Entretien d'admission d'une femme et son bébé. Elle s'appelle [[PERSONNE:Aminata Koné]], arrivée de {{Côte d'Ivoire}} en {{2021}}, récépissé de titre de séjour n° [[IDENTIFIANT:1302476981]]. Le bébé, [[PERSONNE:Ibrahim]], {{8 mois}}. {{Chambre 14}} au 1er. L'éducatrice [[PERSONNE:Séverine]] lui fait visiter.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail avec un agent assermenté {{CGSS}} à {{Sainte-Marie}} ({{Martinique}}). Adresse : [[ADRESSE:48 route de Morne des Esses, 97230 Sainte-Marie]]. Personne. La voisine : « i pa la, i ka travay bò lanmè » 🙄. Avis de passage laissé au nom de M. [[PERSONNE:Bellance]]. L'agent ([[PERSONNE:Fabrice]]) note 'absent {{10h25}}'.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Mayotte}}, {{Mamoudzou}}. Queue énorme depuis {{5h}} du matin disent les gens. Une mère, [[PERSONNE:Zaïnaba Ahamada]], avec {{4 enfants}}, veut savoir pour les allocs familiales. Pas de numéro alloc, juste un récépissé de titre de séjour : [[IDENTIFIANT:9760081342]]. L'agent parle shimaoré avec elle. Elle dit « marahaba » en partant. Toujours pas de droits ouverts.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Saint-Laurent-du-Maroni}} : 3 appels en {{10 min}}, tous pour la distribution d'eau en bouteille (coupure réseau). L'agent répond en français, puis en sranan tongo pour le dernier. Pas de noms.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Guyane}}, site de {{Cayenne}}. Un ouvrier brésilien, [[PERSONNE:Francisco da Silva Souza]], passeport [[IDENTIFIANT:FX482713]], tombé d'un échafaudage. Parle portugais, l'IOA ([[PERSONNE:Kevin]]) passe par {{Google Traduction}}. Son collègue [[PERSONNE:Wesley]] a laissé la voiture devant l'entrée, plaque brésilienne [[IMMATRICULATION:QJK4F27]] → le vigile lui demande de la bouger.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement diffus du {{CHRS}} à {{Saint-André}} : [[ADRESSE:cité Fayard, bât. C, appt 12, 97440 Saint-André]]. Occupant : M. [[PERSONNE:Turpin]], {{44 ans}}, sorti de prison en {{2023}}. La travailleuse sociale ([[PERSONNE:Noémie]]) vérifie le frigo et les factures. Référence client {{EDF}} : [[IDENTIFIANT:1024 587 312]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Baie-Mahault}}. Jeune femme, [[PERSONNE:Océane Calixte]], {{19 ans}}, veut une formation d'aide-soignante. Date de naissance ? « [[DATE_NAISSANCE:11 février 2006]] ». Mail : [[EMAIL:oceane.calixte971@gmail.com]]. Elle n'a pas de voiture, le bus {{Karu'lis}} passe 1 fois par heure.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Guadeloupe}} au tel. Un monsieur appelle pour sa {{C2S}}. Il dicte son num de sécu trop vite : « [[NIR:un, quatre-vingt-douze, onze, neuf-cent-soixante-et-onze, vingt, cent-dix-huit, quarante-huit]] ». L'agente ([[PERSONNE:Marie-Line]]) retape tout. Né à {{Pointe-à-Pitre}}, confirme-t-il.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Réunion}} tel. Mme [[PERSONNE:Técher]] appelle du [[TELEPHONE:0262 35 71 09]] : son {{RSA}} a baissé de {{180 €}}. Conseiller ([[PERSONNE:Johan]]) : « ou la déclare in pension alimentaire ». Elle : « non, sé mon frère i donne amoin in ti kou d'main ». Num alloc : [[N_ALLOCATAIRE:3317940]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Roubaix}}. M. [[PERSONNE:Yılmaz]] demande une aide pour une facture d'eau de {{312 €}}. Référence client {{Iléo}} : [[IDENTIFIANT:C-0045871263]]. L'agente ([[PERSONNE:Fatima]]) remplit le dossier. Il habite [[ADRESSE:27 rue de l'Epeule, 59100 Roubaix]] depuis {{12 ans}}.",
    ),
    (
        "urgences",
        AP,
        "urgences {{3h du mat}}, salle d'attente pleine. {{14 personnes}}. un écran dit 'attente estimée : {{4h}}'. personne ne râle. étonnant.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Val-de-Marne}}. Femme avec 2 enfants, expulsée ce matin. Nom : [[PERSONNE:Nguyen Thi Lan]], tel [[TELEPHONE:07 81 23 46 90]]. L'écoutante : « vous avez un numéro {{SIAO}} ? » - « oui, [[IDENTIFIANT:SIAO94-2023-11872]] ». Nuitée trouvée à {{Créteil}}, hôtel {{Campanile}}, {{chambre 212}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Guyane}}, antenne de {{Kourou}}. M. [[PERSONNE:Xiong]] (famille hmong de {{Cacao}}) vient avec son fils [[PERSONNE:Tou]] qui traduit. Dossier {{APL}} bloqué : pas de bail, ils louent à un cousin. L'agente ([[PERSONNE:Sylvie]]) demande une attestation d'hébergement. {{25 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{CSSM}} ({{Caisse de Sécurité Sociale de Mayotte}}), {{Mamoudzou}}. Jeune homme, [[PERSONNE:Kamaldine Soilihi]], vient chercher son attestation. Né à {{Dzaoudzi}} en [[DATE_NAISSANCE:mars 2004]]. NIR [[NIR:104039760804148]] lu sur l'écran. Ça imprime pas, imprimante en panne depuis {{lundi}}.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Lamentin}}, appel sortant de la conseillère, Mme [[PERSONNE:Ursulet]], vers un DE absent au rdv. Elle compose le [[TELEPHONE:0696 21 48 73]], répondeur : « Bonjou, sé [[PERSONNE:Kenny]], lésé an mésaj ». Message laissé, rdv décalé à {{mardi 9h}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Besançon}}, quartier {{Planoise}}, pour une aide ménagère. Mme [[PERSONNE:Rousseau]], {{91 ans}}, vit au [[ADRESSE:4 rue de Cologne, 25000 Besançon]], au 9e. Son chat {{Pirate}} dort sur le dossier 😺. L'assistante sociale, [[PERSONNE:Claire Mougin]], note : pas de famille proche.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour à {{Pointe-à-Pitre}}. Un homme, surnom « [[PERSONNE:Tiko]] », vrai nom [[PERSONNE:Gérard Anzala]], vient chercher son courrier (domiciliation). L'agent lui lit les enveloppes : {{CGSS}}, {{Caf}}. Il sourit : « sé pa bon nouvèl sa ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Rennes}}, {{14h}}. Étudiant chinois, [[PERSONNE:Zhang Wei]] : {{APL}} refusée car RIB étranger. Il montre un RIB ouvert en {{France}} : [[IBAN:FR76 3000 4028 3700 0102 9837 636]]. L'agente ([[PERSONNE:Gwenaëlle]]) met à jour. OK en {{7 min}}, record de la journée.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de Martinique}}, urgences de {{Pierre Zobda-Quitman}}. Dame âgée, Mme [[PERSONNE:Adélaïde]], amenée par les pompiers depuis {{Le Robert}}. Sa petite-fille donne la date de naissance : [[DATE_NAISSANCE:2 juillet 1938]]. Pas de carte vitale. Le brancardier fredonne du {{Kassav'}} 🎶",
    ),
    (
        "france_travail",
        AP,
        "FT {{Vaulx-en-Velin}}. Atelier CV. Le modèle affiché au mur est au nom de « [[PERSONNE:Marie Martin]] ». M. [[PERSONNE:Haddad]] demande si son CV peut partir par mail à [[EMAIL:karim.haddad69@laposte.net]]. La conseillère ([[PERSONNE:Elodie]]) dit oui. {{8 personnes}} à l'atelier.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}}, {{3646}}. Une kiné libérale, Mme [[PERSONNE:Papadopoulos]], réclame un paiement. Elle dicte son RIB : [[IBAN:FR76 1286 9000 1408 5321 7721 079]]. Conseiller : « on ne prend pas les RIB par téléphone madame ». Fin.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres au {{CHRS}} avec le veilleur de nuit. {{22 chambres}}, {{19 occupées}}. Odeur de cari dans le couloir, quelqu'un cuisine en cachette sur un réchaud. Le veilleur ferme les yeux. Aucun nom donné.",
    ),
    (
        "caf",
        AT,
        "Appel {{Caf}} {{Guadeloupe}} : dame très énervée, EN MAJUSCULES dans ma tête : « MWEN PA NI LAJAN POU MANJÉ ». Elle s'appelle [[PERSONNE:Josiane Nestor]], née le [[DATE_NAISSANCE:23/09/1979]], num alloc [[N_ALLOCATAIRE:1208476]]. {{RSA}} suspendu, {{DTR}} pas rendue. Conseiller ([[PERSONNE:Steeve]]) : la déposer à {{Basse-Terre}} ou en ligne.",
    ),
]

BATCH_2 = [
    (
        "caf",
        CSP,
        "Contrôle sur place {{Caf}} à {{Saint-Louis}} ({{974}}), contrôleuse Mme [[PERSONNE:Lauret]]. Allocataire M. [[PERSONNE:Fontaine]], [[ADRESSE:17 chemin Ravine du Gol, 97450 Saint-Louis]]. Dans la cour une {{Clio}} grise immatriculée [[IMMATRICULATION:GK-418-RZ]] — à qui ? « mon cousin [[PERSONNE:Dany]] ». Elle note. Il y a une {{fontaine}} à eau dans la cuisine, je souris.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Guadeloupe}}, agence de {{Basse-Terre}}. M. [[PERSONNE:Dessout]] change de banque pour ses IJ. Il tend le RIB, l'agent recopie : [[IBAN:FR76 1010 7000 4100 7193 0458 856]]. Il dit que l'agence {{BRED}} de {{Capesterre}} a fermé. {{9h50}}, {{11 personnes}} assises.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Fort-de-France}}, {{lundi matin}}. Les gens viennent pour l'aide aux obsèques, les bons de transport, le repas des aînés. Affiche : « {{Fête des mères}} - inscriptions avant le {{20}} ». L'agente parle créole à tout le monde, sauf à moi 😄",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHM}} ({{Centre hospitalier de Mayotte}}), {{Mamoudzou}}. Une femme enceinte, [[PERSONNE:Moinecha Abdallah]], arrivée en {{kwassa}} il y a {{2 semaines}} dit l'interprète. Pas de papiers. Née en [[DATE_NAISSANCE:2005]] à {{Anjouan}}. Sa tante, [[PERSONNE:Chamsia]], a un téléphone : [[TELEPHONE:0639 27 55 81]]. La sage-femme ([[PERSONNE:Pauline]]) l'emmène direct.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Paris}}, {{23h40}}. Appel d'un jeune homme afghan, [[PERSONNE:Ahmad Rahimi]], il dit « no place, no place ». L'écoutant lui demande sa date de naissance : [[DATE_NAISSANCE:1er janvier 2007]] (comme beaucoup, me dit-il après). Réorienté vers l'accueil des mineurs.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Laurent-du-Maroni}}. Un homme, [[PERSONNE:Johan Aloeboetoe]], veut s'inscrire, parle nenge tongo. Pas de mail : la conseillère lui en crée un, [[EMAIL:johan.aloeboetoe973@gmail.com]]. Identifiant donné sur un post-it : [[ID_FRANCE_TRAVAIL:5839201T]]. Il repart avec le post-it plié dans sa casquette.",
    ),
    (
        "caf",
        AT,
        "{{Caf}}, tel : une allocataire, [[PERSONNE:Sabrina Benali]], lit son n° : « [[N_ALLOCATAIRE:six-cent-douze, quarante-huit, cinquante-trois]] ». La conseillère ([[PERSONNE:Anne-Sophie]]) répond que la {{prime de naissance}} part le {{5}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à domicile (arrêt maladie), {{Cpam}} {{Nantes}}. [[ADRESSE:3 allée des Tilleuls, 44300 Nantes]], interphone « [[PERSONNE:DIALLO M.]] ». Il ouvre en pyjama, très poli. L'agent ([[PERSONNE:Olivier]]) vérifie juste la présence. {{4 minutes}} sur place, {{40 minutes}} de trajet.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Le Tampon}}. Une mamie, Mme [[PERSONNE:Dijoux]], arrive avec un sac plastique plein de courriers. L'agent ([[PERSONNE:Grégory]]) trie avec elle. Dedans : sa carte d'identité n° [[IDENTIFIANT:X4RT72K91]], un avis {{SIDR}}, des pubs. Elle ne sait pas lire. « Mèrsi mon fi » en partant.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Saint-Paul}}. Une dame veut l'assistante sociale, « Mme [[PERSONNE:Nativel]] ». On lui donne le {{poste 2214}}. Elle laisse son portable au cas où : [[TELEPHONE:06 93 18 27 40]]. Son nom : [[PERSONNE:Maillot]], « comme le {{maillot de bain}} » dit-elle 😂",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Hôpital Nord}}, {{Marseille}}. Un motard arrivé seul, casque à la main. Il sort tous ses papiers, même la carte grise de sa moto ([[IMMATRICULATION:FB-627-XJ]]) — on se demande pourquoi. Il s'appelle [[PERSONNE:Mehdi Bouzid]]. Poignet cassé probable. Attente avant tri : {{35 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite des studios du {{CHRS}} de {{Cayenne}} avec le chef de service, M. [[PERSONNE:Ho-Tin-Noé]]. Une résidente haïtienne, [[PERSONNE:Marie-Claude Dorvilus]], {{38 ans}}, montre sa carte de résident : [[IDENTIFIANT:9730215847]]. Elle fait cuire du riz ; sa fille [[PERSONNE:Dayana]] fait ses devoirs sur le lit.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant, FT {{Brest}}. Mme [[PERSONNE:Le Floc'h]] a reçu un SMS frauduleux qui lui demandait son identifiant. Elle le lit quand même à la conseillère : [[ID_FRANCE_TRAVAIL:2209876B]]. La conseillère ([[PERSONNE:Nolwenn]]) lui explique de ne jamais le donner par SMS. Ironique.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Cayenne}}, file dehors sous l'auvent. M. [[PERSONNE:Lee]], commerçant de {{Javouhey}}, veut la carte vitale de sa femme, [[PERSONNE:Mai Vang]]. NIR de monsieur : [[NIR:179129730206448]], né à {{Cayenne}} en [[DATE_NAISSANCE:décembre 1979]]. L'agent : « il faut que madame vienne elle-même ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Martinique}}, {{Fort-de-France}}. Une jeune mère, [[PERSONNE:Kelly Zami]], avec une poussette double. Elle déclare la naissance de [[PERSONNE:Kylian]] et [[PERSONNE:Kenzo]], nés le [[DATE_NAISSANCE:8 mars]]. N° alloc ? « [[N_ALLOCATAIRE:4471208]] ». Tout est fait en {{15 min}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour à {{Kawéni}}. Beaucoup de mineurs isolés. Un s'appelle [[PERSONNE:Anfane]], l'autre, c'est « [[PERSONNE:Bébé]] » (surnom !). L'éducateur, [[PERSONNE:Issoufi]], les connaît tous. Douche, repas, lessive. Pas de lits la nuit.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Saint-Benoît}} chez M. [[PERSONNE:Ethève]], {{67 ans}}, [[ADRESSE:22 chemin Bras-Canot, 97470 Saint-Benoît]]. Le toit fuit, il met des seaux. Son voisin, tonton [[PERSONNE:Loulou]], passe chaque jour. Dossier d'amélioration de l'habitat ({{SOLIHA}}).",
    ),
    (
        "urgences",
        AT,
        "Appel aux urgences du {{GHER}} ({{Saint-Benoît}}) : une mère demande si son fils, [[PERSONNE:Enzo Boyer]], est arrivé. L'agent d'accueil : « date de naissance ? » - « [[DATE_NAISSANCE:dix-sept août deux mille dix]] ». Oui, il est en {{box 4}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Le Port}}. Un gars en claquettes, [[PERSONNE:Ludovic Clain]], veut un permis financé. Son n° : [[ID_FRANCE_TRAVAIL:1187342P]]. La conseillère ([[PERSONNE:Marie-Annick]]) : « néna in dispositif mé fo atann ». {{Aide au permis}} : {{500 €}}.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Martinique}} au tel, musique d'attente ({{Malavoi}} 🎵) pendant {{14 min}}. Appelante : [[PERSONNE:Laura Louis-Sidney]], née au {{Lamentin}} en [[DATE_NAISSANCE:août 1995]], NIR [[NIR:2 95 08 972 13 156 79]]. Elle veut une attestation de droits pour son nouvel employeur.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Matoury}}, [[ADRESSE:lotissement Cogneau-Lamirande, lot 57, 97351 Matoury]]. Allocataire : Mme [[PERSONNE:Saint-Fleur]]. Le contrôleur, M. [[PERSONNE:Théodore]], demande les relevés bancaires. IBAN en haut du relevé : [[IBAN:FR76 1333 5003 0108 0067 1234 940]]. Elle a peur : son titre de séjour expire dans {{2 mois}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Grenoble}}. {{11h}}. rien à signaler, 2 personnes pour la domiciliation, une pour le {{chèque énergie}}. l'agent m'explique la différence avec l'aide du {{FSL}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHU de Pointe-à-Pitre}} ({{Abymes}}), bâtiment provisoire depuis l'incendie. {{18h}}. Un jeune, « [[PERSONNE:Ti Sonny]] » pour ses potes, accident de scooter. Scooter [[IMMATRICULATION:EW-092-PT]] dit le gendarme. Sa mère arrive en courant : « [[PERSONNE:Sonny]] ! [[PERSONNE:Sonny]] ! ». Vrai nom : [[PERSONNE:Sonny Mathurin]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Martinique}}. Un homme dort dans sa voiture à {{Schœlcher}}, une 206 [[IMMATRICULATION:1432 TQ 972]]. Il s'appelle [[PERSONNE:Patrick Alexis]], tel [[TELEPHONE:06 96 44 02 19]]. Pas de place ce soir, rappel demain {{8h}}.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Pierre}}, borne à tickets en panne, l'agent d'accueil distribue des tickets papier. N° {{47}} appelé à {{9h32}}. Les gens sont patients. Une dame au vigile : « lé long zordi ».",
    ),
    (
        "france_travail",
        AT,
        "Tel FT {{Guadeloupe}}, conseiller [[PERSONNE:Mickaël]]. Un ancien marin, M. [[PERSONNE:Bazile]], veut une formation {{CACES}}. Il épelle son mail : « [[EMAIL:bazile point marc arobase wanadoo point fr]] ». Le conseiller rit, il a compris.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Mayotte}} au tel, appel en shimaoré traduit par l'agente ([[PERSONNE:Faïza]]). Un père, [[PERSONNE:Ousseni Madi]], demande pour l'{{ARS}} (allocation de rentrée scolaire). N° alloc : [[N_ALLOCATAIRE:0256981]]. Réponse : versée le {{20 août}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Lyon}} {{7e}}. Entretien de fin de séjour : M. [[PERSONNE:Okonkwo]] part en logement {{Grand Lyon Habitat}}, [[ADRESSE:15 rue Saint-Jean-de-Dieu, 69007 Lyon]]. Il a les clés ! L'éducateur ([[PERSONNE:Baptiste]]) a les larmes aux yeux. Lui aussi.",
    ),
    (
        "ccas",
        CSP,
        "{{CCAS}} de {{Sainte-Anne}}, visite chez une dame isolée, Mme [[PERSONNE:Pierre-Louis]], [[ADRESSE:12 lotissement Les Hauts de Bois-Jolan, 97180 Sainte-Anne]]. Son fils [[PERSONNE:Rudy]] vit en {{métropole}}, à {{Créteil}}. Elle cueille un {{corossol}} pour l'assistante sociale. Le chien, {{Rocky}}, aboie tout le temps.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Strasbourg}}. Couple syrien, M. et Mme [[PERSONNE:Al-Khatib]]. Titre de séjour de monsieur : [[IDENTIFIANT:6701832245]]. Ils viennent pour le {{RSA}}. L'agente, [[PERSONNE:Julie]], parle un peu arabe, ça détend tout le monde.",
    ),
    (
        "urgences",
        AP,
        "urgences {{CHU Sud}} ({{Saint-Pierre}}) {{16h}} : pic d'arrivées après un carambolage sur la {{route des Tamarins}}. Tout le monde court. l'IOA me dit « ou i gèn pa ? » et me met dans un coin. Je note juste : {{7 blessés}} légers, 1 grave.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Bobigny}}. Mme [[PERSONNE:Traoré]] vient pour l'{{AME}}. L'agent ([[PERSONNE:Samir]]) vérifie le passeport malien : [[IDENTIFIANT:AA1987345]]. Domiciliation au {{Secours populaire}}. Dossier complet, {{2 mois}} de délai.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mamoudzou}}. File de jeunes diplômés. Une fille, [[PERSONNE:Mariama Attoumani]], BTS compta, veut partir en {{métropole}} avec {{LADOM}}. Conseiller ([[PERSONNE:Anli]]) : identifiant [[ID_FRANCE_TRAVAIL:6604127M]], mail [[EMAIL:mariama.attoumani@outlook.fr]]. Elle a déjà son billet pour {{Marseille}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement ALT du {{CHRS}} à {{Saint-Pierre}} : [[ADRESSE:4 ruelle des Bougainvilliers, Terre-Sainte, 97410 Saint-Pierre]]. Occupante : Mme [[PERSONNE:Grondin]] et ses {{3 enfants}}. Le plus petit a écrit « [[PERSONNE:NOA]] » au feutre sur le mur. L'éducatrice ([[PERSONNE:Valérie]]) rigole.",
    ),
    (
        "cpam",
        AT,
        "{{3646}} : {{45 min}} d'attente. Une dame raccroche au bout de {{30}}. La suivante : remboursement des lunettes, {{100% santé}}. Aucun nom. Conseillère épuisée.",
    ),
]

BATCH_3 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Montreuil}} — notes en vrac :\n- {{9h02}} ouverture, {{15 personnes}}\n- 1ère : Mme [[PERSONNE:Ferreira]], {{APL}}, problème de bail\n- 2e : M. [[PERSONNE:Mbemba]] + sa soeur, {{RSA}}, titre de séjour [[IDENTIFIANT:9301456732]]\n- 3e : jeune femme qui pleure, pas de nom (elle l'a pas dit)\n- agent : [[PERSONNE:Rachid]], très calme, tutoie tout le monde",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Rennes}}, {{Colombier}}. [[PERSONNE:Yann Le Gall]], né à {{Rennes}} le [[DATE_NAISSANCE:12/10/1983]], NIR sur sa feuille de soins : [[NIR:1 83 10 35 238 457 14]]. Il conteste un dépassement d'honoraires. L'agente ([[PERSONNE:Morgane]]) explique le {{secteur 2}}. Il repart pas convaincu.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Rémire-Montjoly}}, tel. Une femme appelle pour sa voisine âgée qui ne répond plus : Mme [[PERSONNE:Tiouka]], [[ADRESSE:8 impasse des Balourous, 97354 Rémire-Montjoly]]. Elle laisse son numéro : [[TELEPHONE:0594 38 21 67]]. L'agent appelle la police municipale.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Nancy}}. Un taxi dépose une dame et repart trop vite : la fille relève la plaque, [[IMMATRICULATION:DS 482 MN]], il a gardé le sac à main ! La dame : Mme [[PERSONNE:Schmitt]], {{88 ans}}. Appel au {{17}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Saint-Denis}}, quartier du {{Butor}}. Un homme de {{Madagascar}}, [[PERSONNE:Hery Rakotomalala]], arrivé avec un visa touriste. Passeport malgache [[IDENTIFIANT:MG0472915]]. Il cherche sa tante, [[PERSONNE:Voahangy]], qui vivrait à {{Sainte-Clotilde}}. L'éducateur ([[PERSONNE:Fred]]) lui trouve un lit pour {{5 nuits}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Roubaix}}. rdv de suivi. Mme [[PERSONNE:Kaddouri]] ramène son CDD signé chez {{Auchan}}. le conseiller met à jour, identifiant [[ID_FRANCE_TRAVAIL:0894561W]]. grand sourire. {{12 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Saint-Brieuc}} : M. [[PERSONNE:Jégou]], [[ADRESSE:9 rue du Légué, 22000 Saint-Brieuc]]. Il vit avec une dame, Mme [[PERSONNE:Quéré]], « juste une amie ». Deux voitures dans l'allée : [[IMMATRICULATION:BX-552-LC]] et une vieille [[IMMATRICULATION:7812 WK 22]]. Le contrôleur ([[PERSONNE:Hervé]]) note tout. Ambiance lourde.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Réunion}}, appel d'une infirmière libérale de {{Saint-Joseph}}, [[PERSONNE:Stéphanie Baillif]]. Paiements {{Sésam-Vitale}} rejetés : mauvais RIB. Elle dicte le bon : [[IBAN:FR76 1990 6009 7462 0188 4520 163]]. L'agent ([[PERSONNE:Cédric]]) : « fo anvoye par courrier madame ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Koungou}}. Une dame âgée, [[PERSONNE:Echati Boina]], vient avec son petit-fils [[PERSONNE:Nassim]]. Elle demande une aide pour acheter une citerne d'eau. L'agent note l'adresse : [[ADRESSE:rue de la Mosquée, Majicavo-Lamir, 97690 Koungou]]. Bons d'achat {{Douka Bé}}.",
    ),
    (
        "urgences",
        AT,
        "Tel urgences : un monsieur appelle pour savoir combien de temps d'attente. réponse : « on ne peut pas dire monsieur ». il insiste. « {{entre 2 et 6h}} ». il raccroche.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement en diffus, {{CHRS}} {{Toulouse}} : [[ADRESSE:31 avenue de Reynerie, 31100 Toulouse]], {{Mirail}}. Famille géorgienne [[PERSONNE:Beridze]] : le père, [[PERSONNE:Giorgi]], la mère, [[PERSONNE:Nino]], 2 enfants. Compteur {{Enedis}}, PDL [[IDENTIFIANT:14587236901245]] relevé pour le dossier d'impayé.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Martinique}}, tel. M. [[PERSONNE:Jean-Louis]] veut changer son mail. Ancien : [[EMAIL:jl.jeanlouis972@orange.fr]], nouveau : [[EMAIL:jeanlouis.fabrice@gmail.com]]. N° alloc [[N_ALLOCATAIRE:5520917]]. La conseillère : « sa ka fèt, pa ni pwoblèm ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Ajaccio}}. Mme [[PERSONNE:Santoni]], née à {{Ajaccio}} en [[DATE_NAISSANCE:juin 1974]], vient pour une {{carte européenne}}. NIR : [[NIR:2 74 06 2A 004 112 87]]. Elle part à {{Rome}} voir sa fille. Agent : 'c'est fait, vous la recevez sous {{15 jours}}'.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Pointe-à-Pitre}}. Un homme de la {{Dominique}}, M. [[PERSONNE:Lawrence Joseph]], parle anglais et créole. Titre de séjour [[IDENTIFIANT:9710538216]]. La conseillère, [[PERSONNE:Nadia Ramassamy]], jongle entre les 3 langues, bluffant. Inscription faite : [[ID_FRANCE_TRAVAIL:3374058F]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec le {{CCAS}} du {{Lamentin}} annulée : route coupée après les pluies. On attend {{45 min}} dans la voiture. L'AS m'explique le {{plan canicule}} et le registre des personnes fragiles.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Guadeloupe}}, {{Pointe-à-Pitre}}, {{guichet 3}}. Mme [[PERSONNE:Coco]] apporte un RIB pour ses allocs : [[IBAN:FR76 1131 5000 0130 0284 5197 646]], n° alloc [[N_ALLOCATAIRE:2085634]]. Elle boit une {{eau de coco}} en attendant et en propose à l'agente. Refus poli 😅",
    ),
    (
        "urgences",
        AP,
        "URGENCES PEDIATRIQUES {{Robert-Debré}}. Maman avec bébé [[PERSONNE:Inaya]], {{3 mois}}, fièvre. Papa au téléphone sur haut-parleur. L'IOA demande la date de naissance : « le [[DATE_NAISSANCE:2 février]] ». Carnet de santé ok. {{1h20}} d'attente quand même.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guyane}}. Un Vénézuélien, [[PERSONNE:José Luis Pérez]], appelle depuis {{Saint-Laurent-du-Maroni}} avec sa femme et leur bébé. Passés par {{Albina}}. Numéro surinamais : [[TELEPHONE:+597 852 4136]]. L'écoutante ([[PERSONNE:Jessica]]) parle espagnol. Orientation {{Croix-Rouge}} demain.",
    ),
    (
        "caf",
        AP,
        "{{CAF}} {{BORDEAUX}} - GREVE PARTIELLE. ACCUEIL SUR RDV UNIQUEMENT. les gens sans rdv sont renvoyés. un monsieur crie « C'EST HONTEUX ». l'agent de sécurité reste zen. {{10h30}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail, {{Cpam}} {{Saint-Étienne}} : M. [[PERSONNE:Gonçalves]] absent, c'est son fils [[PERSONNE:Rafael]] qui ouvre. Il donne le portable du père : [[TELEPHONE:06.62.18.94.07]]. La voiture du père est pourtant là, [[IMMATRICULATION:EF-903-AK]]. L'agente ([[PERSONNE:Nathalie]]) laisse un avis. Elle soupire.",
    ),
    (
        "france_travail",
        AT,
        "Appel FT {{Saint-Benoît}}. Une femme, [[PERSONNE:Priscilla Govindin]], veut annuler son rdv : {{cyclone}} en approche ({{alerte orange}}). Identifiant : « [[ID_FRANCE_TRAVAIL:un deux huit quatre cinq six sept D]] ». Le conseiller décale sans souci. Dehors ça souffle fort.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Saint-Louis}}. M. [[PERSONNE:Soupramanien]] vient pour une aide aux obsèques de sa mère. L'agente, [[PERSONNE:Josette]], le connaît depuis l'école. Ils parlent créole, je comprends la moitié. Aide de {{450 €}} accordée.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{Emmaüs}} {{Lille}}. [[PERSONNE:Jacky]], un habitué, « le roi du quartier » dit l'éducateur. Il réclame son courrier. Rien aujourd'hui. Il repart avec un café.",
    ),
    (
        "urgences",
        AT,
        "Standard du {{CHU de Martinique}} (urgences). Une dame de {{Trinité}} appelle pour son mari, M. [[PERSONNE:Sylvestre]], arrivé en ambulance. Elle donne sa date de naissance en créole : « [[DATE_NAISSANCE:vennsis oktòb swasanndouz]] ». L'agent traduit pour l'écran : [[DATE_NAISSANCE:26/10/1972]].",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Fort-de-France}}. M. [[PERSONNE:Bertrand Ursulet]] vient pour sa pension d'invalidité. NIR donné à voix haute : [[NIR:1 68 07 972 09 231 26]], né à {{Fort-de-France}} en [[DATE_NAISSANCE:juillet 1968]]. Les papiers sont dans un sac {{Carrefour}} mouillé.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} annulé : l'allocataire a déménagé sans prévenir. Le contrôleur frappe chez le voisin, qui dit « li la parti {{La Possession}} ». On repart. {{40 min}} de route pour rien.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Montpellier}}, {{Celleneuve}}. Atelier numérique. Mme [[PERSONNE:Gimenez]] n'arrive pas à se connecter, mail [[EMAIL:gimenez.lola@free.fr]], mot de passe oublié. La conseillère ([[PERSONNE:Aurélie]]) lui fait réinitialiser. {{3 essais}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'une maison relais à {{Fort-de-France}}, quartier {{Trénelle}}. Résident : M. [[PERSONNE:Rose-Rosette]], ancien pêcheur, {{70 ans}}. Il nous montre la photo de son bateau, le « {{Ti Mari}} », vendu en {{2015}}. Il a encore les mains de quelqu'un qui tire les filets.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Guyane}} au tel. Mme [[PERSONNE:Chow-Chine]] appelle pour l'{{AME}} de sa belle-mère. Elle laisse son propre numéro : [[TELEPHONE:0694 22 18 51]]. L'agente ([[PERSONNE:Ruth]]) doit rappeler. {{6 min}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Lorient}}, tel. M. [[PERSONNE:Tanguy]] demande une aide pour le fioul. Adresse : [[ADRESSE:7 bd de la Liberté, Lorient]]. L'agente lui dit de passer avec l'avis d'imposition. {{4 min}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Benoît}}. Un jeune papa, [[PERSONNE:Mathieu Law-Yen]], fait sa demande de {{PreParE}}. Né le [[DATE_NAISSANCE:14.06.1988]] au {{Tampon}}, NIR [[NIR:188069742221231]]. Le bébé, [[PERSONNE:Elsa]], dort dans l'écharpe.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Saint-Laurent-du-Maroni}} ({{CHOG}}). Un jeune orpailleur blessé, [[PERSONNE:Raimundo]], pas d'autre nom. Arrivé en pirogue. Les gendarmes attendent devant. L'infirmière, [[PERSONNE:Ghislaine]], parle portugais. Il donne le numéro de sa soeur au Brésil : [[TELEPHONE:+55 96 98142 7735]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Seine-Saint-Denis}} : {{187 appels}} en attente à {{19h}}. l'écoutant me dit que c'est normal un {{vendredi}}. chaque appel dure {{10 min}}. je calcule... impossible.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Le Moule}}. Mme [[PERSONNE:Lollia]] déclare l'accident du travail de son mari (coupe de canne pour l'usine {{Gardel}}). Numéro de dossier AT : [[IDENTIFIANT:AT-971-2024-05813]]. L'agente ([[PERSONNE:Christelle]]) : « pa enkyèté zòt ».",
    ),
    (
        "france_travail",
        AT,
        "Appel FT {{Mayotte}}. Une jeune, [[PERSONNE:Raïssa Hamidou]], demande si elle a droit au {{CEJ}} ({{contrat d'engagement jeune}}). Elle donne son tel, [[TELEPHONE:0639 61 40 28]], et son mail, [[EMAIL:raissa.hamidou976@yahoo.fr]]. Rdv fixé {{jeudi}}.",
    ),
]

BATCH_4 = [
    (
        "caf",
        AT,
        "{{Caf}} {{Lille}} tel. Une frontalière, Mme [[PERSONNE:Vandenberghe]], travaille en {{Belgique}}, compte belge : [[IBAN:BE14 0631 2345 6783]]. La conseillère : « on peut verser sur un compte {{SEPA}}, oui ». Elle est soulagée. {{9 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Pierre}}. Mme [[PERSONNE:Virginie Hoareau]], née à {{Saint-Pierre}} le [[DATE_NAISSANCE:17 mars 1987]], part en {{métropole}} suivre son mari militaire. Elle veut transférer son dossier. NIR : [[NIR:2 87 03 974 16 045 38]]. L'agent explique qu'elle dépendra de la {{Cpam}} du {{Var}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Marseille}} {{3e}}. Une grand-mère comorienne, Mme [[PERSONNE:Mchangama]], vient avec une lettre d'expulsion. Bailleur : {{13 Habitat}}, réf. locataire [[IDENTIFIANT:LOC-0045-218-77]]. L'agente ([[PERSONNE:Leïla]]) appelle direct le bailleur et obtient un délai. Bravo.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU Nord}}, nuit de {{samedi}}. Bagarre à un kabar à {{La Montagne}}. Deux jeunes, [[PERSONNE:Teddy Mussard]] et [[PERSONNE:Willy Sautron]], chacun avec un copain. Les copains se regardent de travers dans la salle d'attente. Le vigile ([[PERSONNE:Jean-Hugues]]) les sépare. {{2h}} du matin.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Nantes}}, accueil. Une femme victime de violences arrive avec sa fille, envoyée par le {{commissariat}}. Elle ne veut pas donner son nom devant moi, l'éducatrice me fait sortir. Je note juste : {{21h15}}, {{1 valise}}, {{1 doudou}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Fort-de-France}}. M. [[PERSONNE:Zébina]], {{58 ans}}, licencié de l'usine du {{Galion}}, identifiant [[ID_FRANCE_TRAVAIL:7023145N]]. Il demande : « ka ou lé mwen fè a 58 lanné ? ». La conseillère ([[PERSONNE:Sabine]]) parle de {{VAE}}. Il hausse les épaules.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Pamandzi}} ({{Petite-Terre}}), [[ADRESSE:12 rue du Stade, 97615 Pamandzi]]. Allocataire : Mme [[PERSONNE:Fatima Anli]]. {{6 enfants}} déclarés, le contrôleur n'en voit que 4. Les 2 autres sont « chez la grand-mère à {{Mtsapéré}} ». Il note. N° alloc [[N_ALLOCATAIRE:9917623]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Créteil}}, tel. Mme [[PERSONNE:Bennani]], née au {{Maroc}} en [[DATE_NAISSANCE:janvier 1990]], demande où en est son {{congé maternité}}. NIR : [[NIR:2 90 01 99 350 023 61]]. Le conseiller ([[PERSONNE:Thomas]]) : paiement sous {{10 jours}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Kourou}}, quartier {{Village Saramaka}}. Chez Mme [[PERSONNE:Amania]], {{73 ans}}, case en bois sur pilotis, [[ADRESSE:Village Saramaka, case 34, 97310 Kourou]]. Elle nous offre du couac. Son petit-fils, [[PERSONNE:Stevenson]], traduit du saamaka.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{Brest}} : appel d'un médecin de ville pour adresser un patient. L'agente transfère au {{SAMU}}. Je comprends rien au jargon. {{2 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement du {{CHRS}} de {{Basse-Terre}}, [[ADRESSE:5 rue Schœlcher, 97100 Basse-Terre]]. Un couple : M. [[PERSONNE:Jean-Baptiste]] et Mme [[PERSONNE:Théophile]]. Lui sort d'une cure. Elle montre fièrement le {{bougainvillier}} du balcon. Leur scooter, [[IMMATRICULATION:GA-145-YD]], dort dans l'entrée.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Laurent-du-Maroni}}. La queue va jusqu'à la rue. Un agent fait le tri en 4 langues. Une femme surinamaise, [[PERSONNE:Sandra Pinas]], veut l'{{allocation de soutien familial}}. Son RIB : [[IBAN:FR76 1871 9000 5090 3124 7880 357]]. Elle tient un bébé et une pastèque 😅",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Bastia}}. Mme [[PERSONNE:Luciani]], née à {{Bastia}} le [[DATE_NAISSANCE:3 décembre 1986]], NIR [[NIR:286122B03300919]], déclare son médecin traitant, le Dr [[PERSONNE:Mattei]]. L'agent lui dit que le Dr [[PERSONNE:Mattei]] part à la retraite. Elle : « encore ?! »",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant, FT {{Clermont-Ferrand}}. M. [[PERSONNE:Da Costa]] : « j'ai été radié, pourquoi ? ». Le conseiller lit : « identifiant [[ID_FRANCE_TRAVAIL:4410987 R]], pas d'actualisation en {{mars}} ». Il jure qu'il l'a faite. Réintégré. {{11 min}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Baie-Mahault}} : ça sonne sans arrêt, c'est pour le {{plan eau}} (coupures). L'agente répond la même chose 20 fois : citerne au stade, {{de 8h à 12h}}. Voix incroyablement patiente.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Clichy-sous-Bois}}. Une dame épelle son nom, l'agent galère : « [[PERSONNE:K-O-W-A-L-S-K-A]] ». Prénom : [[PERSONNE:Ewa]]. Elle vit au [[ADRESSE:14 allée Maurice Audin, 93390 Clichy-sous-Bois]]. N° alloc [[N_ALLOCATAIRE:1746620]]. {{RSA}} + {{APL}}. Ok.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CH de Basse-Terre}}. Un touriste américain, [[PERSONNE:Brian Mitchell]], insolation + déshydratation après {{La Soufrière}}. Assurance voyage n° [[IDENTIFIANT:TRV-88213457]]. L'IOA ([[PERSONNE:Marie-Flore]]) fait l'admin en anglais. La voiture de location, [[IMMATRICULATION:FH-274-GZ]], est garée devant, la famille attend dedans à la clim.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Réunion}}. Une jeune femme, [[PERSONNE:Cindy]], {{19 ans}}, mise dehors par son beau-père à {{Saint-Joseph}}. Elle pleure, l'écoutante ([[PERSONNE:Murielle Técher]]) la calme en créole. Tel : [[TELEPHONE:06 92 70 13 58]]. Place trouvée au foyer de {{Saint-Pierre}}, {{chambre 6}}.",
    ),
    (
        "cpam",
        CSP,
        "Visite à domicile du service social {{CGSS}} au {{Gosier}} : M. [[PERSONNE:Calixte]], {{63 ans}}, amputé (diabète), [[ADRESSE:section Montauban, chemin des Cocotiers, 97190 Le Gosier]]. L'assistante sociale vérifie son NIR : [[NIR:161049711307757]], né au {{Gosier}} en [[DATE_NAISSANCE:avril 61]]. Son fauteuil ne passe pas la porte de la salle de bain.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} tel, conseillère [[PERSONNE:Anaïs]]. Un père séparé veut que les allocs passent sur son compte à lui. Il dicte [[IBAN:FR76 1610 6008 3150 9177 3326 423]]. Elle explique : garde alternée, partage des allocs, il faut un accord. Il soupire fort.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Cayenne}}. Un jeune, [[PERSONNE:Kenjy Doudou]], veut être agent de sécurité au {{Centre spatial}} de {{Kourou}}. Conseiller : « il te faut le {{CQP APS}} ». Mail : [[EMAIL:kenjy.doudou@hotmail.com]]. Il porte un tee-shirt {{Ariane 6}} 🚀",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Le Robert}}. Une dame vient pour la carte de transport {{Mozaïk}}. Agent : nom ? « [[PERSONNE:Euphrasie Lagier]] ». Date de naissance ? « [[DATE_NAISSANCE:le 30 du mois d'avril, 1950]] » 😊. Tarif senior : {{10 €}}/mois.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Lariboisière}}, {{14h}}. Un SDF que l'équipe connaît, « [[PERSONNE:le Belge]] » qu'ils l'appellent. Vrai nom au dossier : [[PERSONNE:Dirk Peeters]]. Il sent l'alcool, il rigole, plaie au crâne. L'infirmière ([[PERSONNE:Sonia]]) : « encore toi ». Tendresse.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Fort-de-France}} ({{Croix-Rouge}}). Entretien : M. [[PERSONNE:Nardal]], {{52 ans}}, sort de l'hôpital de {{Colson}}. Son frère, [[PERSONNE:Édouard]], vit au [[ADRESSE:22 rue Perrinon, 97200 Fort-de-France]] mais « pa lé wè'y ». L'éducateur ([[PERSONNE:Mickaël Zami]]) note tout.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Toulouse}}. Un étudiant indien, [[PERSONNE:Arjun Krishnamurthy]], a besoin d'un numéro provisoire. Passeport [[IDENTIFIANT:Z4518207]]. Mail : [[EMAIL:arjun.k@etu.univ-tlse3.fr]]. L'agent ([[PERSONNE:Bruno]]) explique les {{3 mois}} de délai. « Okay okay », très poli.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Saint-Paul}}, {{La Saline}}, [[ADRESSE:82 chemin Summer, 97422 La Saline]]. M. [[PERSONNE:Boyer]] déclare vivre seul. Au mur : photo de mariage, « [[PERSONNE:Jocelyn]] & [[PERSONNE:Marie-Josée]] {{2019}} ». Le contrôleur, M. [[PERSONNE:Pounoussamy]], ne dit rien mais note.",
    ),
    (
        "france_travail",
        AT,
        "Tel FT {{Saint-Denis}}, service entreprises. Mme [[PERSONNE:Omarjee]], boutique de tissus, veut recruter une vendeuse. Offre n° {{184TXKQ}} créée. Elle donne son mail : [[EMAIL:n.omarjee@gmail.com]].",
    ),
    (
        "cpam",
        AT,
        "{{CSSM}} au tel. Une jeune femme, [[PERSONNE:Nourina Ahmed]], demande sa carte vitale. Née à {{Mamoudzou}} le [[DATE_NAISSANCE:09/05/2001]]. NIR : [[NIR:2 01 05 976 11 087 41]]. L'agent ([[PERSONNE:Soumaïla]]) la fait patienter, serveur lent 🐢",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Limoges}} chez M. [[PERSONNE:Delage]], {{79 ans}}, [[ADRESSE:3 impasse des Coquelicots, 87100 Limoges]]. Maison pleine de journaux empilés. {{Diogène}} ? L'AS ([[PERSONNE:Inès]]) reste douce. Il parle de sa femme, [[PERSONNE:Odette]], morte en {{2012}}.",
    ),
    (
        "urgences",
        AP,
        "urgences {{CHM}}, {{6h}}. {{40 personnes}} assises par terre dehors. une mère avec un nourrisson, on la fait passer direct. pas d'interprète avant {{8h}}. l'aide-soignant traduit en kibushi.",
    ),
    (
        "chrs",
        AT,
        "Appel {{115}} {{Bas-Rhin}} : un homme roumain, [[PERSONNE:Ștefan Munteanu]], famille de 5, dort dans un {{Trafic}} immatriculé en {{Roumanie}}, [[IMMATRICULATION:CJ 19 RWT]], parking du {{Zénith}}. L'écoutante note un numéro roumain : [[TELEPHONE:+40 745 218 963]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Lamentin}}, borne numérique. Un jeune aide sa grand-mère à taper son num d'alloc : [[N_ALLOCATAIRE:3068452]]. Il s'appelle [[PERSONNE:Dylan]], elle l'appelle « [[PERSONNE:Ti Doudou]] ». Ça marche pas, ils vont au guichet.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 19e}}. Un réfugié soudanais, [[PERSONNE:Abdelrahman Ishaq]], carte de résident {{10 ans}}, n° [[IDENTIFIANT:7503219884]]. Il veut être chauffeur poids lourd. Conseiller : formation {{FIMO}}. Son permis soudanais n'est pas reconnu 😕",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Pointe-à-Pitre}}, {{Bergevin}}. Clim en panne, {{31°C}} dans la salle. Les agents ont des ventilos de poche. Un vendeur de {{sinobol}} s'installe devant l'entrée, succès total.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Guyane}} tel. Appel d'une mère à {{Maripasoula}}, la ligne coupe 3 fois. Elle s'appelle [[PERSONNE:Adjoua Asaba]]. Num alloc : [[N_ALLOCATAIRE:0817264]]. Elle ne peut pas venir à {{Cayenne}} : pas de route, avion trop cher. La conseillère ([[PERSONNE:Linda]]) traite tout à distance.",
    ),
]

BATCH_5 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Tours}}. {{13h30}}. Pause déj des agents décalée, 1 seul guichet ouvert. Les gens comptent les minutes à voix haute. J'ai le {{ticket 58}}. On en est au 41.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Denis}}. Mme [[PERSONNE:Lucienne Robert]], {{69 ans}}, née le [[DATE_NAISSANCE:21 septembre 1955]] à {{Saint-Denis}}, vient pour sa retraite et sa mutuelle. NIR [[NIR:2 55 09 974 11 302 43]], mutuelle n° [[IDENTIFIANT:874512093]]. L'agent ([[PERSONNE:Thierry Vitry]]) l'envoie au service retraite, bâtiment d'à côté.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Villeurbanne}} : {{12 appels}} en 1h. Sujets : {{repas à domicile}}, {{téléassistance}}, plan grand froid. L'agente a un tableau {{Excel}} collé à côté de l'écran avec les réponses types.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU Sud}}. Une vieille dame de {{Cilaos}}, Mme [[PERSONNE:Hoarau]], descendue par l'hélico ({{Dragon 974}}). L'IOA : « madame, ou lé née kel ané ? » — « [[DATE_NAISSANCE:trant-sis]] ». Son petit-fils, [[PERSONNE:Jordan]], arrive par la {{route des 400 virages}}, {{2h}} après.",
    ),
    (
        "chrs",
        CSP,
        "Ronde de nuit (contrôle des présences) au {{CHRS}} de {{Metz}}, {{23h}}. 2 absents sans prévenir : M. [[PERSONNE:Bajrami]] et M. [[PERSONNE:Kuznetsov]]. Le veilleur appelle le portable du second, [[TELEPHONE:07 53 41 90 26]] : messagerie en russe.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Les Abymes}}. M. [[PERSONNE:Nestor]] est venu avec sa voiture de VTC, [[IMMATRICULATION:GC-681-WB]], pour montrer qu'il bosse déjà. Il veut l'{{ACRE}}. Identifiant : [[ID_FRANCE_TRAVAIL:5561092S]]. Son SIRET perso : [[IDENTIFIANT:912 457 803 00014]].",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Réunion}} au tel. Un monsieur appelle pour sa fille étudiante à {{Bordeaux}}, [[PERSONNE:Anaïs Lebon]], pour l'{{APL}}. La conseillère ([[PERSONNE:Priscilla]]) : « elle doit appeler elle-même la {{Caf}} de la {{Gironde}} ». Lui : « mé li répond pa son téléfone ». 😂",
    ),
    (
        "cpam",
        CSP,
        "Journée avec une conseillère {{CGSS}} qui fait des visites à domicile. Visite annulée : pluie, radier submergé à {{Saint-Benoît}}. On mange un bouchon au snack en attendant. Elle me raconte {{Dina}} et {{Firinga}}, les cyclones de son enfance.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Cayenne}}. Un Haïtien, [[PERSONNE:Wilner Bazelais]], demande une domiciliation. Il donne l'adresse où il dort, un squat : [[ADRESSE:14 rue Lalouette, 97300 Cayenne]]. L'agente ([[PERSONNE:Micheline]]) : pas de domiciliation dans un squat, on le domicilie au {{CCAS}}. « Mèsi anpil ».",
    ),
    (
        "urgences",
        AT,
        "Tel aux urgences {{Cochin}}. Une dame cherche son fils, [[PERSONNE:Lucas Marchand]], {{24 ans}}, « il n'est pas rentré ». La secrétaire : « date de naissance ? » — « [[DATE_NAISSANCE:le 8 novembre 2000]] ». Il n'est pas là. Elle raccroche, on l'entend pleurer 😔",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Saint-Laurent-du-Maroni}}. Un jeune homme, [[PERSONNE:Kevin Abienso]], sort du centre pénitentiaire de {{Rémire-Montjoly}}. NIR pour rouvrir ses droits : [[NIR:199029731101941]], né à {{Saint-Laurent-du-Maroni}} en [[DATE_NAISSANCE:février 1999]]. Il veut travailler sur les pirogues avec son oncle, [[PERSONNE:Koese]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Saint-Denis}} ({{93}}). Mme [[PERSONNE:Benkhelifa]], née à {{Saint-Denis}} en [[DATE_NAISSANCE:février 1978]], NIR [[NIR:2 78 02 93 066 187 65]], apporte un nouveau RIB pour ses IJ : [[IBAN:FR76 3000 3049 7000 0503 8112 674]]. L'agent ([[PERSONNE:Yacine]]) scanne. {{5 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Capesterre-Belle-Eau}}, [[ADRESSE:lotissement Bélair, lot 8, 97130 Capesterre-Belle-Eau]]. Allocataire : Mme [[PERSONNE:Fanfan Jean-Pierre]]. Le contrôleur, M. [[PERSONNE:Ruffin]], vérifie le bail. Elle sort une facture {{EDF}}, réf. client [[IDENTIFIANT:6 0087 412 559]].",
    ),
    (
        "france_travail",
        AT,
        "FT tel : Mme [[PERSONNE:Rasoanaivo]] appelle pour son entretien d'inscription. Pas encore d'identifiant, elle donne sa date de naissance, [[DATE_NAISSANCE:1992-07-03]], et son mail, [[EMAIL:hanta.rasoanaivo@gmail.com]]. Le conseiller ([[PERSONNE:Loïc]]) : rdv {{lundi 14h}} à l'agence de {{Pessac}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Saint-Joseph}}, {{Les Lianes}}. Chez M. et Mme [[PERSONNE:Nativel]], {{80}} et {{84 ans}}, [[ADRESSE:41 chemin Grand Coude, 97480 Saint-Joseph]]. Un grand pied de letchis dans la cour. Mme [[PERSONNE:Nativel]] fait du café pour tout le monde. Demande : portage de repas.",
    ),
    (
        "urgences",
        AP,
        "urgences {{Kourou}}, tranquille ce matin. {{3 patients}}. l'infirmier me montre la salle de déchocage neuve. « on attend encore le scanner », depuis {{2022}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}, écoutant [[PERSONNE:Ronald]]. Une femme de {{Saint-Martin}}, [[PERSONNE:Shirley Richardson]], arrivée par le bateau, sans rien. Elle parle anglais. Numéro : [[TELEPHONE:0690 77 34 12]]. Place trouvée au {{CHRS}} de {{Baie-Mahault}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Mayotte}}, antenne de {{Dzaoudzi}}. M. [[PERSONNE:Ambdi Mohamed]], pêcheur, veut la {{prime d'activité}}. N° alloc : [[N_ALLOCATAIRE:0631587]]. RIB {{La Banque Postale}} : [[IBAN:FR02 2004 1000 0118 3742 9F02 021]]. L'agente ([[PERSONNE:Zalifa]]) corrige le nom dans le dossier : « [[PERSONNE:Ambdi]], pas [[PERSONNE:Abdi]] ».",
    ),
    (
        "cpam",
        AT,
        "Écoute de la plateforme {{Cpam}}. Questions du jour → {{arrêts de travail}} (x6), {{carte vitale}} (x4), {{mutuelle}} (x2). Les noms viennent après la vérif d'identité, je décroche avant. Durée moyenne : {{7 min}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-André}}. M. [[PERSONNE:Valliamé]] vient pour le {{chantier d'insertion}} de l'{{ONF}} (débroussaillage). Identifiant [[ID_FRANCE_TRAVAIL:8812054C]]. La conseillère, [[PERSONNE:Annabelle Moutoussamy]], appelle l'encadrant, M. [[PERSONNE:Dalleau]], en direct : « oui, mi prend a li ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Sainte-Luce}}. Petite salle, {{2 chaises}}. Un monsieur demande s'il y a des cours d'informatique pour les seniors. Oui, le {{mardi}}, à la {{médiathèque}}. Il repart content.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Pompidou}}. Une jeune femme amenée par une amie, crise d'angoisse. Elle donne son nom, [[PERSONNE:Chloé Tran]], puis sa date de naissance : [[DATE_NAISSANCE:05.12.1999]]. L'amie ([[PERSONNE:Yasmine]]) lui tient la main. {{45 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un studio {{ALT}} du {{CHRS}} au {{Port}}. M. [[PERSONNE:Ah-Chane]] y vit avec son chien, {{Bob}}. Dans l'entrée, un scooter : [[IMMATRICULATION:DP-417-MK]]. L'éducateur ([[PERSONNE:Gilles]]) rappelle la règle : pas de 2-roues dans le couloir. « Oté, li sava pa parti tousel ! »",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Laurent-du-Maroni}}. Une femme hmong de {{Javouhey}}, Mme [[PERSONNE:Yang]], avec sa fille [[PERSONNE:Pa Nhia]], pour la {{complémentaire santé solidaire}}. La fille donne son mail : [[EMAIL:panhia.yang973@gmail.com]]. {{20 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} tel, {{Toulouse}}. M. [[PERSONNE:Garcia]] dicte son num alloc en groupant bizarrement : « [[N_ALLOCATAIRE:5 93 18 04]] ». Conseiller : « c'est 7 chiffres monsieur » — il en a dit 7, en fait.",
    ),
    (
        "france_travail",
        AT,
        "Appel FT {{Kourou}}. La conseillère appelle une DE, [[PERSONNE:Mélissa Tiouka]], pour une offre au {{CSG}}. Ligne coupée, elle rappelle du fixe de sa mère : [[TELEPHONE:05 94 32 17 08]]. Entretien {{vendredi}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Villeneuve-d'Ascq}}. Famille [[PERSONNE:Diop]], [[ADRESSE:6 rue Jean Jaurès, Villeneuve-d'Ascq]]. {{5 enfants}}, père au chômage. La mère, [[PERSONNE:Awa]], nous sert du bissap. L'AS parle de la {{cantine à 1 €}}.",
    ),
    (
        "urgences",
        AT,
        "Standard du {{CHM}} : ligne saturée depuis les barrages. Les ambulances ne passent plus à {{Majicavo}}. L'agent dit « inch'Allah ça passe » à chaque appel. Je compte 9 appels en {{15 min}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Rennes}} ({{Coallia}}). Arrivée d'un jeune Guinéen, [[PERSONNE:Mamadou Alpha Bah]]. Attestation de demande d'asile n° [[IDENTIFIANT:3502874163]]. L'éducateur ([[PERSONNE:Erwan]]) lui donne la {{chambre 9}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Basse-Terre}}. Les agents portent le {{madras}} pour la {{journée du créole}}. Ambiance joyeuse. {{8 personnes}} dans la salle, {{10 min}} d'attente. Rien d'autre à noter, ça fait du bien.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}}, antenne du {{François}}. M. [[PERSONNE:Adolphe Marie-Rose]], {{81 ans}}, demande un transport en {{VSL}} pour sa dialyse. L'agente ([[PERSONNE:Carole]]) parle fort, il est un peu sourd. Il répète « wi, wi » à tout.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Béthune}}. Mme [[PERSONNE:Wojcik]], {{55 ans}}, licenciée de chez {{Bridgestone}}, identifiant [[ID_FRANCE_TRAVAIL:6197302J]]. Elle veut une formation d'aide à domicile. Le conseiller ([[PERSONNE:Ludovic]]) : « {{CPF}} + {{AIF}}, ça passe ». Elle sourit enfin.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Mayotte}}. Une femme, [[PERSONNE:Mariamou]], dont la case a été détruite au décasage de {{Kawéni}}. Elle donne l'emplacement : [[ADRESSE:quartier Bandrajou, case n° 112, Kawéni]]. Tel : [[TELEPHONE:06 39 08 72 55]]. L'écoutant cherche une place au {{CHRS}} de {{Mamoudzou}}.",
    ),
    (
        "cpam",
        CSP,
        "Accompagnement d'un agent {{Cpam}} (service social) chez une personne sortie d'hospitalisation. Au dernier moment je n'ai pas le droit d'entrer. J'attends {{50 min}} dans la voiture. Je note seulement : quartier {{Bellevue}}, {{immeuble de 12 étages}}, ascenseur en panne.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} au {{Marin}}. Allocataire : M. [[PERSONNE:Alcindor]], [[ADRESSE:Cité Cap Est, bât. B, n° 14, 97290 Le Marin]]. Il vit sur un voilier une partie de l'année ?! Le contrôleur ([[PERSONNE:Patrice]]) note le nom du bateau, « {{Kalinda}} ». Débat sur la résidence principale.",
    ),
]

BATCH_6 = [
    (
        "ccas",
        AT,
        "{{CCAS}} {{Saint-Denis}}, standard. Une dame appelle pour sa mère, Mme [[PERSONNE:Ah-Hoy]], qui ne mange plus depuis la mort du père. Elle donne son numéro : « [[TELEPHONE:zéro six, quatre-vingt-douze, cinquante-deux, dix-huit, zéro trois]] ». L'agente ([[PERSONNE:Corinne]]) transmet au service {{maintien à domicile}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Nice}}. Une dame appelle pour réserver le {{banquet des seniors}}. Complet. Elle : « mais j'y vais depuis {{1998}} ! ». L'agente la met sur liste d'attente, n° {{14}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Pointe-à-Pitre}}. Un jeune père, [[PERSONNE:Jordy Mathias]], demande une aide pour le lait infantile. L'agente ([[PERSONNE:Lucette]]) remplit le dossier : bébé [[PERSONNE:Kaïs]], né le [[DATE_NAISSANCE:14/01/2025]]. Bons {{Carrefour Market}} de {{50 €}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Mulhouse}}. Un monsieur turc âgé, M. [[PERSONNE:Öztürk]], avec son petit-fils [[PERSONNE:Emre]]. Aide au chauffage : facture {{Engie}} n° [[IDENTIFIANT:F-2024-88120457]]. L'agent ([[PERSONNE:Stéphane]]) : passage en commission le {{15}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt maladie {{CGSS}} à {{Ducos}}, [[ADRESSE:lotissement Les Hauts de Californie, villa 11, 97224 Ducos]]. M. [[PERSONNE:Ferdinand]] est là, plâtré jusqu'à la cuisse. Contrôle fini en {{3 min}}. Il nous propose un jus de maracudja.",
    ),
    (
        "urgences",
        AT,
        "standard urgences {{CHU Nord}} un dimanche : piqûres de {{scolopendre}}, un chien qui a mordu, un ado qui a mangé trop de piment. l'agent : « c'est le dimanche classique ». aucun nom noté.",
    ),
    (
        "urgences",
        AT,
        "Tel urgences, {{hôpital de Rodez}} : un homme a oublié son portefeuille en salle d'attente. Nom : [[PERSONNE:Jean-Pierre Fabre]]. Sa carte d'identité est dedans, n° [[IDENTIFIANT:090312604518]]. L'agent va voir : trouvé.",
    ),
    (
        "france_travail",
        AT,
        "Tel FT {{Martinique}}, plateforme : panne informatique générale, les conseillers disent « rappelez demain ». {{22 appels}} en {{30 min}}. Une conseillère craque un peu, rire nerveux.",
    ),
    (
        "france_travail",
        AT,
        "FT, appel sortant. La conseillère, [[PERSONNE:Sandrine Moreau]], appelle M. [[PERSONNE:Boukhari]] pour une offre de cariste chez {{Amazon}} à {{Brétigny}}. Il veut l'offre par mail : [[EMAIL:boukhari.nassim91@gmail.com]]. Identifiant [[ID_FRANCE_TRAVAIL:9023187L]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Paul}}, {{Plateau Caillou}}. Atelier « Entreprendre à {{La Réunion}} ». {{12 participants}}. Une femme veut ouvrir un camion-bar à {{Boucan Canot}}. L'animatrice parle de {{Nexa}} et d'{{Initiative Réunion}}. Tour de table aux prénoms, j'ai raté.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt maladie, {{Cpam}} {{Perpignan}}, [[ADRESSE:11 carrer de la Fusteria, 66000 Perpignan]] (plaque en catalan). Mme [[PERSONNE:Puig]] ouvre, en jogging. Son fils, [[PERSONNE:Jordi]], est là aussi. L'agente ([[PERSONNE:Karine]]) reste {{10 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite du {{CHRS}} de {{Pointe-à-Pitre}} avec la directrice. {{32 places}}, {{4 appartements}} en diffus. Murs repeints ; un résident a peint une fresque avec « {{Gwada}} » en grosses lettres et un colibri 🎨",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Grenoble}}. Une Afghane, [[PERSONNE:Zahra Hosseini]], et ses deux filles. La plus jeune, [[PERSONNE:Mariam]], parle déjà français. Titre de séjour (réfugiée) n° [[IDENTIFIANT:3801254769]]. L'éducatrice ([[PERSONNE:Camille]]) a préparé des doudous.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Réunion}}, nuit. Un homme, « [[PERSONNE:Ti Loulou]] », appelle : son copain [[PERSONNE:Ti Paul]] dort sous le pont de la {{Rivière des Galets}} et tousse fort. L'écoutant envoie la maraude du {{Samu social}}. {{0h40}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} tel. Une maman solo, [[PERSONNE:Léa Morel]], pour l'{{ASF}}. Num alloc : [[N_ALLOCATAIRE:2291034]], portable au cas où : [[TELEPHONE:06 51 48 22 97]]. La conseillère ([[PERSONNE:Isabelle]]) prend le temps, {{18 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Martinique}}, double écoute. La conseillère répond {{13 fois}} à la même question sur la revalorisation du {{RSA}} en {{avril}}. Elle me dit : « An ka di'y an fwansé, apré an kréyòl, apré pli dousman » 😄",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Macouria}}, [[ADRESSE:PK 18 route de Montsinéry, 97355 Macouria]]. Allocataire : M. [[PERSONNE:Lin-Sang]], tient un libre-service, déclare des revenus très bas. Le contrôleur relève la plaque de la camionnette : [[IMMATRICULATION:FZ-238-QC]]. « C'est à la société », dit-il.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Pierre}}. Panne internet, l'agent d'accueil note les demandes à la main sur un cahier. Les gens acceptent. « Lé pa grave, nou va revenir » dit un papi.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} tel. Un monsieur de {{Cilaos}}, M. [[PERSONNE:Grondin]], pour le remboursement de ses trajets en {{taxi conventionné}}. Il dicte son RIB : [[IBAN:FR76 1189 9001 2000 0214 3658 756]]. Le conseiller : « ok mi note, mé fo anvoye l'original kanmèm ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} tel. Une sage-femme libérale, Mme [[PERSONNE:Cohen]], appelle pour une patiente sans NIR : [[PERSONNE:Fatoumata Camara]], née le [[DATE_NAISSANCE:12 août 2003]]. L'agent lui dit de passer par {{amelipro}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Dzaoudzi}} ({{Petite-Terre}}). Un enfant, [[PERSONNE:Nasser]], {{6 ans}}, tombé d'un manguier. Sa mère, [[PERSONNE:Hadidja]], ne parle que shimaoré. La barge pour {{Mamoudzou}} ne part que dans {{1h}}, l'IOA appelle l'hélico.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CHU}} {{Guadeloupe}} : une infirmière libérale adresse M. [[PERSONNE:Démocrite]], {{91 ans}}, plaie infectée. Elle donne le tel de la fille : [[TELEPHONE:0590 82 46 13]]. Transfert au {{SAMU 971}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Mamoudzou}} : l'eau est coupée {{2 jours sur 3}}. Les appels : où sont les rampes d'eau ? L'agente lit la liste : {{Cavani}}, {{Passamainty}}, {{M'tsapéré}}. En boucle.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Le Tampon}}, {{Bérive}}. Mme [[PERSONNE:Hoarau]] vit seule dans une case en tôle, [[ADRESSE:chemin Gol les Hauts, 97430 Le Tampon]]. Un pied de chouchou couvre tout le mur. Elle a {{96 ans}} et coupe encore son bois. L'AS ([[PERSONNE:Florence]]) propose la {{téléassistance}}. Refus net : « mi lé pa malad ! »",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Poitiers}}, {{11h}}. {{3 personnes}} seulement. l'agent me montre comment il prend les photos pour la {{carte vitale}}. on plaisante sur les photos ratées.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres, {{CHRS}} {{Bayonne}}. {{Chambre 12}} : M. [[PERSONNE:Etxeberria]] cache une bouteille, l'éducateur ([[PERSONNE:Iñaki]]) fait mine de ne pas voir. Dans le couloir, le vélo de M. [[PERSONNE:Diallo]], cadenas rose.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-François}}. Une saisonnière, [[PERSONNE:Ketty Lancrerot]], en fin de contrat au {{Club Med}} de {{La Caravelle}}. Identifiant [[ID_FRANCE_TRAVAIL:0436918V]]. Elle veut faire la saison à {{Saint-Barth}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Quimper}}. Job dating {{agroalimentaire}} : {{6 entreprises}}, {{40 candidats}}. Sur les kakemonos : {{Hénaff}}, {{Bigard}}, {{Saupiquet}}. Ça recrute surtout en 3x8.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Sainte-Marie}} ({{974}}), [[ADRESSE:103 rue du Stade, Beaufonds, 97438 Sainte-Marie]]. Allocataire : Mme [[PERSONNE:Patel]], {{3 enfants}}. Le contrôleur, M. [[PERSONNE:Kichenin]], regarde la chambre des enfants. Elle montre un relevé avec son IBAN : [[IBAN:FR76 1751 5900 0008 1295 6670 201]].",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour à {{Saint-Pierre}}, {{10h}}, petit-déj : gâteau patate, café. {{23 personnes}}. Tout le monde se connaît, ça rigole. Un homme joue du {{kayamb}} dans la cour 🎶",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Guyane}} tel. Une femme, [[PERSONNE:Rosita Da Silva]], dit avoir envoyé ses papiers par mail à la conseillère, [[PERSONNE:Nathalie]]. Elle lit son adresse : « [[EMAIL:rosita.dasilva (at) yahoo.com.br]] ». Num alloc : [[N_ALLOCATAIRE:7741265]].",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Les Abymes}}. M. [[PERSONNE:Lubin]], {{45 ans}}, accident de scooter. Il apporte le constat : plaque de l'autre véhicule [[IMMATRICULATION:FT-503-GB]], la sienne [[IMMATRICULATION:EN-772-ZP]]. L'agent lui dit que c'est pour l'assurance, pas pour la {{CGSS}} 🙃",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Bordeaux}}, {{Pellegrin}}. Une Camerounaise, Mme [[PERSONNE:Ngo Bikoun]], enceinte, contractions. Son mari, [[PERSONNE:Serge]], donne son tel : [[TELEPHONE:+33 7 68 21 04 59]]. Direction maternité en {{5 min}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Dembéni}}. Une mère, [[PERSONNE:Anlia Saindou]], demande un secours pour le transport scolaire. L'agent ([[PERSONNE:Abdou]]) : « tu as un papier d'identité ? ». Carte de séjour [[IDENTIFIANT:9760215588]]. Aide accordée : {{60 €}}.",
    ),
    (
        "cpam",
        CSP,
        "Visite avec le service social {{CGSS}} à {{Cacao}}. {{1h30}} de route. La personne n'était pas là. On achète des ramboutans au marché hmong. Retour.",
    ),
]

BATCH_7 = [
    (
        "ccas",
        AT,
        "Standard {{CCAS}} de {{Sainte-Rose}}. Appel de M. [[PERSONNE:Sainte-Rose]] — oui, il porte le nom de sa commune, l'agente rigole. Il demande la date du {{colis de Noël}}. Tel : [[TELEPHONE:0590 28 61 04]].",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Rouen}}, tel. Une assistante sociale du {{Département}} appelle pour une famille suivie par les deux, les [[PERSONNE:Mendy]], [[ADRESSE:18 rue Pierre Corneille, Petit-Quevilly]]. Elles se calent une visite commune {{jeudi}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} {{Saint-Louis}}, {{8h}} : la ligne ouvre, 4 appels déjà en attente. Tout le monde demande pour le {{séjour seniors}} à {{Cilaos}}. Complet en {{2h}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{La Possession}}. Une jeune femme, [[PERSONNE:Mélissa Dalleau]], demande une aide pour le permis de son frère, [[PERSONNE:Kévin]]. Refus, pas dans les critères. Elle laisse son mail pour d'autres pistes : [[EMAIL:melissa.dalleau@live.fr]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Angers}} : file de {{9 personnes}} pour les {{cartes de bus}} solidaires. l'agent photocopie à la chaîne les avis d'imposition. la photocopieuse chauffe 🔥",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Schœlcher}}. Entretien d'accueil avec une femme de {{Sainte-Lucie}}, [[PERSONNE:Marcia Alcide]]. Passeport saint-lucien [[IDENTIFIANT:SL0238471]]. Elle parle kwéyòl, l'éducatrice ([[PERSONNE:Maryse]]) comprend tout. Elles rient ensemble.",
    ),
    (
        "chrs",
        AP,
        "Accueil {{CHRS}} {{Dijon}}, {{17h}} : arrivée de M. [[PERSONNE:Lefèvre]], {{61 ans}}, ancien routier, divorcé. Sa vieille {{Mercedes}} est garée devant, [[IMMATRICULATION:AJ-114-FK]], « c'est tout ce qui me reste ». Il dormait dedans depuis {{mars}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Cayenne}}, repas du soir. {{Couac}}, poulet boucané, jus de {{wassaï}}. {{18 résidents}}. Créole, portugais, anglais, français à la même table. Je suis le seul à ne parler qu'une langue 😅",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Gironde}}. Un père, M. [[PERSONNE:Hamidi]], avec 3 enfants, dort dans sa voiture, plaque notée en minuscules par l'écoutante : [[IMMATRICULATION:ga-903-rx]]. Tel : [[TELEPHONE:06 14 72 38 05]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}, garde de nuit. {{0 appel}} entre {{2h}} et {{4h}}. L'écoutant fait des mots fléchés. Il dit que pendant le {{Carnaval}} c'est l'inverse.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement d'urgence à {{Kawéni}} (bangas réhabilités). Famille [[PERSONNE:Soilihi]] : le père, [[PERSONNE:Nourdine]], et {{4 enfants}}. Adresse : [[ADRESSE:impasse Mroni, banga n° 7, Kawéni, 97600 Mamoudzou]]. L'éducateur vérifie les extincteurs. Un enfant joue avec une bouteille vide.",
    ),
    (
        "chrs",
        CSP,
        "Visite {{CHRS}} {{Lyon}} {{8e}}, studio de Mme [[PERSONNE:Petrović]]. Elle montre son {{CDI}} signé chez {{Korian}} : on peut chercher un logement social. Son numéro {{SIAO}} est sur un post-it : [[IDENTIFIANT:SIAO69-2024-03317]].",
    ),
    (
        "france_travail",
        AT,
        "Tel FT {{Réunion}}, conseiller [[PERSONNE:Loïc Payet]]. Un monsieur a perdu son identifiant. Vérif : nom [[PERSONNE:Mondon]], date de naissance [[DATE_NAISSANCE:2 avril 1967]]. Identifiant retrouvé : [[ID_FRANCE_TRAVAIL:4738201X]]. « Mersi, ou la sov amwin ».",
    ),
    (
        "france_travail",
        AT,
        "FT {{3949}}, écoute : beaucoup d'appels sur l'{{actualisation}} du mois, tous réglés en moins de {{5 min}}. Aucun nom entendu (les gens tapent leur numéro sur le clavier).",
    ),
    (
        "france_travail",
        AT,
        "Tel FT {{Mayotte}}. Un employeur, M. [[PERSONNE:Abdallah Ben Saïd]], boulangerie à {{Sada}}, veut recruter un apprenti. Son portable : [[TELEPHONE:+262 639 45 12 78]]. Le conseiller saisit l'offre.",
    ),
    (
        "france_travail",
        AT,
        "Appel FT {{Saint-Laurent-du-Maroni}} : une DE, [[PERSONNE:Clarisse Amiemba]], absente à l'atelier car la pirogue n'est pas passée. Identifiant [[ID_FRANCE_TRAVAIL:2957460Y]]. Pas de radiation, la conseillère ([[PERSONNE:Fabiola]]) note « motif fleuve » 😄",
    ),
    (
        "france_travail",
        AP,
        "FT {{Toulon}}. Un ancien militaire, M. [[PERSONNE:Giraud]], en reconversion. Son CV porte son adresse, [[ADRESSE:9 avenue de la Victoire, La Seyne-sur-Mer]], et sa date de naissance, [[DATE_NAISSANCE:17/02/1982]]. Le conseiller : « enlevez la date de naissance du CV ». Il ne savait pas.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Le Lamentin}}. Matinée recrutement {{BTP}} pour le chantier du {{TCSP}}. {{30 candidats}}, 1 seule femme. Personne n'a donné son nom devant moi.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CHU de Martinique}} : un monsieur appelle pour sa femme, [[PERSONNE:Mireille Larcher]], arrivée à {{11h}}. Date de naissance ? « [[DATE_NAISSANCE:vingt-neuf février soixante-quatre]] » (l'agent vérifie que 64 est bissextile 😄). Elle est en radiologie.",
    ),
    (
        "urgences",
        AT,
        "standard urgences {{hôpital de Vannes}} : une pharmacie appelle pour une ordonnance illisible. transfert. {{1 min}}.",
    ),
    (
        "urgences",
        AT,
        "Tel urgences {{CHU Sud}}. Une femme appelle pour son fils de {{16 ans}}, [[PERSONNE:Axel Ethève]], tombé en {{VTT}} au {{Maïdo}}. Secouru par le {{PGHM}}. Elle laisse son fixe : [[TELEPHONE:02 62 57 31 48]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Avicenne}}, {{Bobigny}}. Un patient tamoul, M. [[PERSONNE:Sivakumar]], douleur thoracique. Son neveu, [[PERSONNE:Prakash]], traduit. Attestation {{AME}} n° [[IDENTIFIANT:AME-93-2024-118754]]. Passé en {{5 min}}, bien.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Le Moule}}. Mme [[PERSONNE:Ramassamy]], {{71 ans}}, veut ajouter sa petite-fille, [[PERSONNE:Lyana]], à son dossier. L'agente : « ou pa pé, madanm, sé manman'y ki pou fè sa ». Num alloc : [[N_ALLOCATAIRE:6104358]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Nanterre}}. M. [[PERSONNE:Mukendi]] ramène son RIB, [[IBAN:FR76 1027 8361 0100 0206 9314 584]], et son n° d'allocataire, [[N_ALLOCATAIRE:8830472]]. L'agent ([[PERSONNE:Omar]]) le connaît : « ça va la famille ? ». {{3 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} aux {{Abymes}}, [[ADRESSE:résidence Les Flamboyants, bât. D, appt 205, 97139 Les Abymes]]. Mme [[PERSONNE:Ursule]] déclare un enfant à charge qui étudie en fait à {{Montréal}}. Le contrôleur ([[PERSONNE:Jacques]]) demande un certificat de scolarité. Elle le sort : il date de {{2023}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Strasbourg}}, {{Neudorf}}, [[ADRESSE:27 rue du Neufeld, 67100 Strasbourg]]. M. [[PERSONNE:Wagner]] travaille en {{Allemagne}}, à {{Kehl}}. Relevé de compte allemand : [[IBAN:DE36 5001 0517 4871 2033 59]]. Le contrôleur ([[PERSONNE:Frédéric]]) demande les fiches de paie converties en euros.",
    ),
    (
        "cpam",
        CSP,
        "Visite du service social {{CGSS}} à {{Morne-à-l'Eau}}. M. [[PERSONNE:Déglas]], {{77 ans}}, veuf, [[ADRESSE:section Vieux-Bourg, 97111 Morne-à-l'Eau]]. Ses médicaments sont rangés dans une vieille boîte à biscuits {{Lu}}. L'AS refait son pilulier.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail, {{Cpam}} {{Valenciennes}}, [[ADRESSE:56 rue de Famars, 59300 Valenciennes]]. Personne. L'agent ([[PERSONNE:Didier]]) glisse l'avis dans la boîte « [[PERSONNE:LEMAIRE-DUPUIS]] ». Retour à l'agence {{11h40}}.",
    ),
    (
        "cpam",
        AT,
        "{{CGSS}} {{Martinique}} tel. Mme [[PERSONNE:Bellemare]] appelle de {{Rivière-Pilote}} pour sa mutuelle, n° adhérent [[IDENTIFIANT:MUT-972-0045128]]. Le conseiller ([[PERSONNE:Yvon]]) : « an ka voyé'w sa ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} tel, dernier appel avant {{17h}}. M. [[PERSONNE:Aït Ahmed]] veut savoir pourquoi son remboursement affiché sur {{Ameli}} est de {{0 €}}. Le conseiller lit l'écran : « participation forfaitaire ». « Ah. OK. Bonne soirée ».",
    ),
]

# END OF NOTES

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Return (text, entities, keep) for a marked text."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    """Return (dev_ids, holdout_ids); depends only on the ids and the cells."""
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
