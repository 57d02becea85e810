"""Independent evaluation corpus n° 111: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, marked_text)`` tuple. Inside the marked text,
``[[LABEL:value]]`` is a value to mask and ``{{value}}`` a string to keep. The notes are
numbered ``ind111-001`` … ``ind111-240`` in the order they appear below (writing order).

Run ``python holdout_author.py`` to (re)write ``dev.jsonl`` and ``holdout.jsonl`` next to this
file; the output is deterministic.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind111"
SEED = 111

# Notes, written by hand in batches, in writing order.

BATCH_1 = [
    (
        "urgences",
        "accueil_physique",
        "{{02h47}} arrivée pompiers, homme {{78 ans}}, chute dans l'escalier de sa cave. L'{{IOA}} lit le bracelet à voix haute : [[PERSONNE:VIGIER Raymond]], IPP [[IDENTIFIANT:800412367]]. Tri {{FRENCH 3}}, direction {{box 6}}. La fille ([[PERSONNE:Sandrine]]) arrive {{20 min}} après, en pyjama sous la parka, elle habite [[ADRESSE:lieu-dit La Besse, 15130 Arpajon-sur-Cère]] « à côté de chez papa ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle sur place avec [[PERSONNE:Yannick]] (controleur {{Caf}} {{Isère}}). Adresse : [[ADRESSE:14 rue Abbé-Grégoire, bât B, 3e étage porte droite, 38000 Grenoble]]. Code porte {{2574A}}, interphone HS. Mme [[PERSONNE:Kovalenko]] nous ouvre, son fils [[PERSONNE:Artem]] traduit. Elle déclare vivre seule avec {{2 enfants}} mais 2 brosses a dents adultes + chaussures homme taille {{44}} dans l'entree... [[PERSONNE:Yannick]] note tout sans commentaire. Bail à son nom à elle seule, loyer {{612 €}}. Elle montre son titre de sejour n° [[IDENTIFIANT:3804219873]]. Durée visite {{50 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, appel n°{{14}} de la matinée. Dame tres agee qui cherche sa carte vitale depuis {{3 semaines}}. L'agent demande le numero de secu, elle le lit lentement, chiffre par chiffre : [[NIR:2 39 01 43 157 012 76]]. Née au {{Puy}}, {{85 ans}}, « j'ai toujours eu ma carte dans le porte-monnaie ». {{Ameli}} impossible (pas d'ordi) → formulaire envoyé par courrier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vénissieux}}, {{9h10}}. Jeune homme, {{20 ans}}, vient pour une actualisation ratée. Son identifiant : [[ID_FRANCE_TRAVAIL:4471928K]]. La conseillère ([[PERSONNE:Nadia Bensaïd]]) : « vous avez oublié le mois dernier, c'est pour ça la radiation ». Il dit qu'il n'avait plus de forfait. Elle le réinscrit en {{12 min}} chrono.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente du {{SAU}} de {{Lyon Sud}} à {{21h}} : {{31 personnes}} assises, {{4 brancards}} dans le couloir. Écran : attente estimée {{4h30}} pour les {{tri 4}} et 5. Un monsieur dort par terre sur son manteau. Personne ne dit rien.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, appel {{23h12}}. Homme, dit s'appeler « [[PERSONNE:Momo]] », dort dans sa voiture sur le parking d'{{Auchan}} {{Caluire}}, une {{Clio}} grise immatriculée [[IMMATRICULATION:EF-482-QS]]. Pas de place ce soir. L'écoutante ([[PERSONNE:Clémence]]) lui propose l'{{accueil de jour}} demain {{8h30}}. Il raccroche sans dire au revoir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD {{CCAS}} de {{Saint-Flour}} avec Mme [[PERSONNE:Chassaing]] (travailleuse sociale). Chez M. [[PERSONNE:Rouchy]], [[ADRESSE:lieu-dit Le Bouchet, 15100 Saint-Flour]], derniere maison apres le lavoir. Ferme, une seule pièce chauffée au poêle. {{81 ans}}, seul depuis la mort de sa femme. Demande d'aide pour le fioul : {{450 €}}. Le neveu [[PERSONNE:Thierry]] passe le samedi, il a laissé son num sur le frigo : [[TELEPHONE:06 71 28 44 90]]. Chien {{Pilou}} très gentil 🐕",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Clermont-Ferrand}}, {{10h}}. File de {{17 personnes}} devant les bornes. L'agent d'accueil oriente en boucle : « {{APL}} c'est {{borne 2}}, {{RSA}} vous prenez un ticket ». Mon ticket : {{B047}}. Attente {{35 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CHU Gabriel-Montpied}}. Un fils appelle pour sa mère amenée par le {{SMUR}} cette nuit : « [[PERSONNE:Fernande Bonnefoy]], née le [[DATE_NAISSANCE:12/03/1941]] ». L'{{IDE}} vérifie : elle est en {{UHCD}}, {{lit 4}}. Il veut parler au médecin → « le Dr [[PERSONNE:Amrani]] passe à {{14h}}, rappelez après ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Saint-Étienne}}, accueil. Dame avec un dossier de {{CSS}} (complémentaire santé solidaire). L'agent, [[PERSONNE:Rémi]], scanne l'avis d'imposition, revenu fiscal {{9 840 €}}. Elle épelle son nom : [[PERSONNE:K.O.W.A.L.S.K.A]], « comme mon grand-père, mineur à {{La Ricamarie}} ». [[PERSONNE:Rémi]] sourit, son grand-père aussi était au puits {{Couriot}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Le Relais}} ({{Valence}}). {{8h}}, petit-déj collectif. {{14 résidents}} sur {{22 places}}. Un éduc m'explique le règlement : pas d'alcool, retour avant {{22h30}}, ménage le mercredi. Tableau des tâches au mur avec des prénoms au feutre, je ne les note pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 12}}. Patiente [[PERSONNE:Aminata Koné]], IPP [[IDENTIFIANT:0024518836]], {{34 ans}}, douleurs abdo depuis {{hier soir}}. Sur le bracelet c'est écrit [[PERSONNE:KONE AMINATA]] sans l'accent, elle corrige l'infirmière. Interne : {{Spasfon}} {{2 cp}} + {{paracétamol 1 g}} IV. Son mari [[PERSONNE:Seydou]] attend dehors, il n'a pas le droit d'entrer ({{Covid}} fini mais règle restée ??).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Demandeur qui conteste un trop-perçu de {{1 212,40 €}}. Conseiller : « je peux avoir votre identifiant ? » → « [[ID_FRANCE_TRAVAIL:0 5 8 3 1 1 2 L]] », dit chiffre par chiffre. Nom : [[PERSONNE:Hagopian]], « [[PERSONNE:H-A-G-O-P-I-A-N]], arménien comme la moitié de {{Valence}} » 😄. Ça dure {{26 min}}, il obtient un échéancier sur {{12 mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e controle de la matinee, {{Vaulx-en-Velin}}, quartier du {{Mas du Taureau}}. [[ADRESSE:6 chemin de la Godille, allée 3, appt 142, 69120 Vaulx-en-Velin]]. Ascenseur en panne depuis {{juin}}, {{9e étage}} à pied. M. [[PERSONNE:Ouedraogo]] est absent, c'est sa voisine de palier Mme [[PERSONNE:Ferhat]] qui dit qu'« il est au bled pour l'enterrement de sa mère ». Avis de passage laissé. N° alloc sur l'avis : [[N_ALLOCATAIRE:5128846]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à domicile (arrêt de travail long, sorties autorisées {{9h-11h}} / {{14h-16h}}). On sonne à {{10h20}} chez M. [[PERSONNE:Bianchi]], [[ADRESSE:27 avenue de la Libération, 26000 Valence]]. Il est là, en survêt, genou en attelle. Sa femme [[PERSONNE:Graziella]] nous offre un café. L'enquêtrice vérifie juste la présence et repart. {{7 min}} en tout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "03h15. Ado {{15 ans}} alcoolisé, amené par ses copains. Il donne un faux nom (« {{Kylian Mbappé}} » lol) puis le vrai : [[PERSONNE:Lenny Favre]]. L'IOA appelle la mère, [[TELEPHONE:07 82 14 60 33]], pas de réponse, puis le père, [[TELEPHONE:04 50 27 91 12]] (fixe à {{Annecy}}). Glycémie ok, {{tri 3}}. Il vomit dans la poubelle jaune.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Villeurbanne}}, domiciliation. Homme {{50 ans}} environ, veut récupérer son courrier. Agent : « nom ? » – « [[PERSONNE:Tran Van Hai]] ». Elle cherche à T, puis à V, puis à H. Trouvé à T. {{3 lettres}} dont une de la {{Cpam}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement diffus du {{CHRS}} (appart en sous-location) avec l'éducatrice [[PERSONNE:Louna]] : [[ADRESSE:9 montée de la Grande-Côte, 4e gauche, 69001 Lyon]]. Résidente Mme [[PERSONNE:Nsimba]] + ses {{3 enfants}} (le petit [[PERSONNE:Exaucé]] dort). Frigo quasi vide, [[PERSONNE:Louna]] appelle les {{Restos du cœur}} de la {{Croix-Rousse}}. Infiltration au plafond, photo pour le bailleur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ce qui m'a frappé : le tableau blanc du {{SAU}}. Colonnes box / heure d'arrivée / tri / médecin. Je lis : {{box 1}} {{tri 2}} {{04h10}} ; {{box 3}} {{tri 3}} {{05h02}} ; fauteuil {{F7}} {{tri 4}} {{06h30}}. Que des initiales. L'infirmière coordinatrice dit qu'avant il y avait les noms en entier et qu'un journaliste les avait photographiés 😬",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}. Allocataire énervée : « ça fait {{3 mois}} que j'ai plus d'{{APL}} ». Numéro allocataire : [[N_ALLOCATAIRE:1904473]]. Nom : Mme [[PERSONNE:Yilmaz]]. Le conseiller voit un changement de situation bloqué, manque le RIB. Elle le dicte : [[IBAN:FR76 3000 4061 4201 5373 3934 120]]. « C'est bon madame, régularisation sous {{15 jours}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{6 participants}}. La conseillère projette un CV modèle au nom de [[PERSONNE:Julien Martin]], « Chargé de clientèle, {{Grenoble}} ». Une participante, [[PERSONNE:Samia]], demande si elle doit enlever son prénom « pour avoir plus de réponses ». Silence. La conseillère répond que non, mais regarde par terre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation ? non, c'est le standard du SAU de {{Chambéry}} ({{CH Métropole Savoie}}). Une voisine appelle : sa voisine du dessous a été emmenée par l'ambulance, « elle s'appelle [[PERSONNE:Odette Pachoud]], elle est au [[ADRESSE:52 rue Sommeiller, 73000 Chambéry]], elle a laissé le chat ». La secrétaire ne confirme rien, « secret médical ». Voisine vexée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Clermont}}. Appel d'une dame pour le plan canicule : inscrire sa mère sur le registre. Mère : [[PERSONNE:Marguerite Vidal]], [[DATE_NAISSANCE:2 février 1936]], [[ADRESSE:18 rue Fontgiève, 63000 Clermont-Ferrand]], tél [[TELEPHONE:04 73 36 12 85]]. La fille laisse son portable : [[TELEPHONE:06 08 45 17 29]]. L'agente tape tout en direct, {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en panne, {{2 agents}} pour {{40 personnes}} ce matin. Une agente dit « c'est comme ça tous les lundis ». Pas de données perso à noter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil administratif des urgences, {{HEH}}. La secrétaire crée le dossier d'un homme sans papiers : pas de carte vitale, pas d'{{AME}}. Nom donné : [[PERSONNE:Abdoulaye Sow]], né le [[DATE_NAISSANCE:01/01/1990]] (« c'est ce qu'il y a sur tous ses papiers guinéens »). IPP créé : [[IDENTIFIANT:900337162]]. Elle colle l'étiquette sur la pochette, puis le bracelet. Il part en {{tri 4}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Isère}}, 19h40. Femme avec bébé {{4 mois}}, à la gare de {{Grenoble}}. Elle donne son nom, [[PERSONNE:Ramona Lăcătuș]], l'écoutante l'écrit « [[PERSONNE:Lacatus]] ». Place trouvée à l'hôtel {{B&B}} {{Saint-Martin-d'Hères}}, {{chambre 214}}, pour {{3 nuits}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle ressources d'un travailleur indep. On va chez M. [[PERSONNE:Laurent Chabrol]], [[ADRESSE:Le Mas de l'Ubac, 07200 Vesseaux]] (gps perdu 2 fois, l'{{Ardèche}} sans réseau !!). Il fait des marchés, vend du miel. Son SIRET perso est sur l'étiquette des pots : [[IDENTIFIANT:812 447 309 00017]]. Camionnette [[IMMATRICULATION:DV-317-JN]] dans la cour. Controleur [[PERSONNE:Bastien]] regarde les cahiers de compte, {{1h10}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h05}}, tri. Femme enceinte {{32 SA}}, contractions. Pas pour nous → l'IOA la réoriente vers les urgences gynéco de l'{{HFME}} à {{Bron}}, taxi appelé. Elle demande combien ça coûte. « Rien, c'est pris en charge. » Durée de l'échange {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Monsieur d'origine algérienne, très poli, veut savoir pourquoi sa pension d'invalidité a baissé. L'agente lui demande son NIR, il récite : « [[NIR:un soixante-dix-huit zéro un quatre-vingt-dix-neuf trois cent cinquante-deux zéro trente-quatre, clé quarante-six]] ». Elle retape : [[NIR:1 78 01 99 352 034 46]]. Il s'appelle [[PERSONNE:Rachid Bouzid]]. Réponse : reprise d'activité partielle déclarée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV d'inscription. Candidat : [[PERSONNE:Oleksandr Shevchuk]], réfugié ukrainien, arrivé à {{Annemasse}} en {{2022}}. {{APS}} : [[IDENTIFIANT:7410388216]]. Il était ingénieur ferroviaire à {{Kharkiv}}. Conseiller propose {{Prépa Compétences}} + cours de {{FLE}}. Nouvel identifiant remis sur papier : [[ID_FRANCE_TRAVAIL:6120745P]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h30}} : file d'attente pour les colis {{Banque alimentaire}}. {{23 familles}}. Je compte {{7 poussettes}}. L'agente d'accueil connaît tout le monde par son prénom mais je n'ai rien noté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 9}}, personne âgée désorientée. Sur le bracelet : [[PERSONNE:ROCHETTE Simone]], née le [[DATE_NAISSANCE:14/08/1932]], IPP [[IDENTIFIANT:800198844]]. Venue de l'{{EHPAD Les Tilleuls}} à {{Feurs}}, la fiche de liaison dit : {{Kardégic 75}}, {{Lasilix 40 mg}}, {{Seresta 10}} le soir. Médecin traitant : Dr [[PERSONNE:Perret]]. Personne n'a prévenu la famille, l'interne cherche le numéro de la nièce.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission {{CHRS}} {{Saint-Étienne}}, quartier {{Tarentaize}}. [[PERSONNE:Jonathan]], {{27 ans}}, sortie de prison de {{La Talaudière}} il y a {{10 jours}}. L'éduc Mme [[PERSONNE:Beridze]] lui demande « vous avez une pièce d'identité ? » → {{CNI}} [[IDENTIFIANT:160442207315]]. Il a aussi une adresse chez sa tante [[PERSONNE:Josiane]] mais « c'est fini là-bas ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un infirmier libéral (facturation de soins à domicile). On accompagne la patiente visitée pour vérifier : Mme [[PERSONNE:Ait Ouarab]], [[ADRESSE:3 impasse des Mésanges, 63800 Cournon-d'Auvergne]], {{72 ans}}. Elle dit que l'infirmier, M. [[PERSONNE:Delorme]], passe « une fois par jour, pas deux ». Carnet de soins posé sur la table, {{insuline}} {{Lantus}} {{18 UI}}.",
    ),
]

BATCH_2 = [
    (
        "urgences",
        "accueil_physique",
        "{{CHU Grenoble Alpes}}, site {{Nord}}, {{18h20}}. Jeune femme, migraine avec aura, vomit. Pas de carte vitale sur elle, la secrétaire recherche par le NIR qu'elle connaît par cœur : [[NIR:287033818504228]]. « Née en [[DATE_NAISSANCE:mars 87]], à {{Grenoble}} même, à l'hôpital d'ici ! » Elle s'appelle [[PERSONNE:Élodie Garnier-Mermet]]. {{Tri 3}}, fauteuil, lumière éteinte à sa demande.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère relance un demandeur absent à son RDV. Messagerie. « Bonjour M. [[PERSONNE:Coulibaly]], c'est Mme [[PERSONNE:Oliveira]] de {{France Travail}} {{Bourg-en-Bresse}}, rappelez-moi au {{04 74 ...}}, poste {{41207}}. » Elle soupire, c'est le 3e message.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CONTROLE {{CAF}} – {{Roanne}}\n- adresse : [[ADRESSE:11 rue Mulsant, rdc fond de cour, 42300 Roanne]]\n- allocataire : [[PERSONNE:Nadège Thivel]], n° [[N_ALLOCATAIRE:0738215]]\n- motif : isolement déclaré ({{ASF}})\n- sur place : {{Kangoo}} blanc [[IMMATRICULATION:4821 TK 42]] garé devant, au nom de l'ex-conjoint d'après la voisine\n- ex-conjoint : [[PERSONNE:Kévin Dubost]]\n- controleuse : [[PERSONNE:Hélène]], ne tranche pas, « on croise avec la carte grise »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{11h48}}. Jeune homme, {{20 ans}}, né à {{Vénissieux}}, demande sa première carte vitale « perso », il était sur celle de sa mère. NIR : [[NIR:1 04 10 69 259 402 64]]. Mail pour le lien {{Ameli}} : [[EMAIL:yanis.b69@gmail.com]]. L'agent épelle le mail deux fois pour être sûr.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CH Henri-Mondor}} d'{{Aurillac}}. Agriculteur {{75 ans}}, main prise dans la botteleuse. Sa femme tend la carte vitale, la secrétaire lit le numéro tout haut pour vérifier : [[NIR:1 49 05 15 014 023 79]]. « Oui, né à Aurillac, en [[DATE_NAISSANCE:mai 49]] ». Nom : [[PERSONNE:Lucien Fabre]]. L'épouse : « c'est le [[PERSONNE:Jeannot]] du voisin qui nous a amenés, on n'a plus le permis ». {{Tri 2}}, direct au déchoc. {{Morphine 3 mg}} titrée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 – pas de nom donné, femme qui chuchote, violences conjugales, elle est dans les toilettes d'un bar à {{Oyonnax}}. L'écoutante garde un ton très calme, lui dit d'appeler le {{17}} et lui donne le {{3919}}. Ça dure {{6 min}}, coupure. Je n'arrive plus à écrire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande d'aide facultative (facture d'eau). {{Le Puy-en-Velay}}. Famille [[PERSONNE:Bouchet]], [[ADRESSE:rue Raphaël n°7, 2e étage, 43000 Le Puy-en-Velay]]. Mère seule, {{4 enfants}}, le grand [[PERSONNE:Mathis]] fait ses devoirs sur la table de la cuisine. Facture {{Saur}} de {{386,12 €}}, réf. client [[IDENTIFIANT:HL-0047719]]. L'agente promet {{200 €}} max, passage en commission jeudi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pédiatrique, {{HFME}}. Une maman remplit la fiche et me demande de l'aide pour l'écrire (elle parle arabe et un peu anglais). Enfant : [[PERSONNE:Yasmine Al-Khatib]], née le [[DATE_NAISSANCE:2019-06-03]] d'après le passeport syrien. Téléphone de la maman : [[TELEPHONE:+33 7 53 20 81 46]]. Je ne sais pas si j'aurais dû, je l'ai fait.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Beaucoup de questions sur le {{100 %}} {{ALD}}. Un monsieur sort une ordonnance du Dr [[PERSONNE:Mathieu Chaix]] ({{Yssingeaux}}) et demande « c'est lui qui doit faire le papier ou vous ? ». Réponse de l'agent : « c'est votre médecin traitant, en ligne ». Le monsieur : « il a pas internet, il a {{70 ans}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Saint-Priest}}. Écran de la conseillère, je lis par-dessus l'épaule (elle me l'a montré) : NOM [[PERSONNE:DA SILVA]] Prénom [[PERSONNE:Marco]] / ID [[ID_FRANCE_TRAVAIL:3318842D]] / Tél [[TELEPHONE:0687351422]] / Mail [[EMAIL:marco.dasilva.pro@outlook.fr]]. {{Catégorie A}}, inscrit depuis {{14 mois}}. Projet : cariste, a le {{CACES R489}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit calme (pour une fois). 0 brancard dans le couloir à {{1h}}. Les infirmières mangent une galette des rois ramenée par l'aide-soignante. La fève est tombée sur le médecin de garde, il porte la couronne en faisant ses sutures 👑",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseiller {{Caf}}, appel {{16}}. Un homme veut changer son RIB, il a changé de banque. Ancien : [[IBAN:FR76 3000 2056 3047 9881 9908 117]]. Nouveau : « RIB [[IBAN:10278 05085 85575343063 58]] » (il lit le RIB sans le FR76, le conseiller lui demande de lire l'IBAN complet, il ne trouve pas). Alloc n° [[N_ALLOCATAIRE:4406217]]. Procédure : envoi par l'espace {{Mon Compte}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée de l'équipe mobile du {{CHRS}} le long du {{Rhône}}, quai {{Perrache}}. {{5 tentes}}. Un homme, [[PERSONNE:Grzegorz]], polonais, {{60 ans}} peut-être, refuse l'hébergement « à cause du chien ». Le chien s'appelle {{Borys}}. L'éduc laisse une couverture et le numéro du {{115}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de contrôle indemnités journalières, {{Villefranche-sur-Saône}}. Adresse sur le dossier : [[ADRESSE:5 impasse du Bicentenaire, 69400 Villefranche-sur-Saône]]. Personne. Un voisin dit « [[PERSONNE:Lopez]] ? il est parti à la pêche, comme tous les matins ». Enquêteur : « on note absent, on convoque ». Voiture absente, place vide.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Infirmière du SAU de {{Valence}} appelle la fille d'un patient pour qu'elle ramène ses médicaments. Elle compose le [[TELEPHONE:06 12 58 90 47]], tombe sur [[PERSONNE:Céline]], lui dicte : « son {{Eliquis 5 mg}}, son {{Bisoprolol 2,5}}, et le {{Xalatan}} pour les yeux ». Patient : M. [[PERSONNE:Manoukian]], {{box 4}}, {{89 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au CCAS d'{{Échirolles}} : une dame demande les horaires de l'épicerie solidaire. Lundi-mardi-jeudi {{14h-17h}}. Fin d'appel en {{40 secondes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{05h55}}. Relève infirmière. Transmissions devant l'ordi :\n- {{box 2}} : M. [[PERSONNE:Hoarau]], {{67 ans}}, FA rapide, {{Cordarone}} en cours\n- {{box 5}} : Mme [[PERSONNE:Nguyen Thi Lan]], chute, attente radio\n- couloir {{C3}} : [[PERSONNE:Kenzo]], {{19 ans}}, entorse, sortant\nLe médecin dit « [[PERSONNE:Hoarau]] je le monte en cardio dès qu'il y a un lit ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa solo, {{3 enfants}}, ne comprend pas le courrier « indu {{APL}} {{1 840 €}} ». L'agente lui explique que le bailleur a déclaré un loyer différent. Bailleur : {{Lyon Métropole Habitat}}. « Vous passez par votre espace, ou je fais un recours maintenant ? » Maintenant. {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{39 49}} → transfert vers l'agence {{Aurillac}}. Demandeuse d'emploi en formation aide-soignante, veut savoir si elle garde l'{{ARE}}. Identifiant lu tout haut : « [[ID_FRANCE_TRAVAIL:2 0 9 4 5 7 6 X]] ». Conseillère : « oui, {{AREF}} jusqu'à la fin de la formation ». Mail pour envoyer l'attestation : [[EMAIL:sabine.delpech15 [at] orange.fr]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au bureau des éducs, {{CHRS}} {{Clermont-Ferrand}}. Un résident, [[PERSONNE:Moussa]], demande à lire son dossier {{SIAO}}. L'éduc ouvre la fiche : réf. SIAO [[IDENTIFIANT:SIAO63-2024-01187]]. Il veut savoir pourquoi il est toujours en « attente pension de famille ». Réponse : {{180 personnes}} sur liste pour le {{Puy-de-Dôme}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Interne qui appelle le médecin traitant devant moi : « Allô, Dr [[PERSONNE:Guichard]] ? C'est l'interne des urgences de {{Fleyriat}}, j'ai votre patient M. [[PERSONNE:Barbier]], [[PERSONNE:Gilles Barbier]], {{58 ans}}… » Le généraliste répond qu'il l'a vu hier pour la même douleur. Traitement : {{Tramadol 50}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Hameau au-dessus de {{Saint-Jean-de-Maurienne}}. Controleur [[PERSONNE:Farid]] cherche la maison : « [[ADRESSE:hameau de Pralognan, maison 4, 73300 Jarrier]] ». On se gare à côté d'un vieux {{Duster}}, plaque [[IMMATRICULATION:fh-204-lb]], et d'une voiture italienne [[IMMATRICULATION:GA 512 KL]]. M. [[PERSONNE:Giordano]] touche le {{RSA}} et ses cousins de {{Turin}} sont là pour l'été. Le controleur veut savoir qui vit là à l'année. {{1h30}} de discussion dans le jardin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{14h}}, agence {{Cpam}} {{Annecy}}, {{Novel}}. Frontalière qui travaille à {{Genève}}, demande le droit d'option. Elle tend son {{permis G}} : [[IDENTIFIANT:G 0842175]]. Nom : Mme [[PERSONNE:Dunand]]. Agent : « vous êtes chez nous ou à la {{LAMal}} ? » Elle ne sait pas. {{20 min}} d'explication.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bagarre dans la salle d'attente vers {{23h}}, 2 hommes, le vigile intervient. Police appelée. L'un saigne de l'arcade, passe en {{tri 3}}. L'IOA : « on soigne tout le monde, même ceux qui tapent ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Rdv pour une aide à la cantine. Mme [[PERSONNE:Randrianarisoa]] (l'agent a dû lui demander d'épeler 3 fois, elle rit : « [[PERSONNE:R-A-N-D-R-I-A-N-A-R-I-S-O-A]], c'est malgache »). Enfants nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. Quotient familial {{487}}. Tarif cantine {{1,20 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Montbrison}} au SAU du {{CHU Nord}} : ordonnance de sortie illisible pour un patient, « [[PERSONNE:Bernard Chazelle]] ». Le médecin relit : {{Augmentin 1 g}} matin et soir {{7 jours}}, pas 17. Le pharmacien rigole.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Savoie}}. Homme hébergé à l'{{hôtel Formule 1}} d'{{Annecy}}, {{chambre 23}}, appelle parce qu'on lui demande de partir demain. L'écoutant vérifie, c'est la fin de sa prise en charge de {{7 nuits}}. Il s'appelle [[PERSONNE:Bilal Haddad]]. Demande renouvelée, réponse demain {{10h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating {{BTP}} à l'agence de {{Chambéry}} : {{12 entreprises}}, dont {{Vinci}}, {{Eiffage}}, {{Colas}}, et « {{Maçonnerie Berthollet}} ». Je discute avec le patron, M. [[PERSONNE:Berthollet]], qui cherche {{2 maçons}}. « Ils veulent pas se lever à 6h les jeunes. » Une fille de {{22 ans}} lui répond qu'elle se lève à 5h pour son taf de boulangère.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{box 8}} : dame {{91 ans}} pas de bracelet, l'aide-soignante écrit au feutre sur le sparadrap : [[PERSONNE:MOULIN Yvette]] [[DATE_NAISSANCE:12/1/33]] et le colle sur la blouse. IPP en attente. Elle sort de chez elle, [[ADRESSE:4 place du Marché, 42140 Chazelles-sur-Lyon]], au-dessus de la boulangerie.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un jeune appelle pour la prime d'activité. Pas de données données 😅, juste une question générale sur le mode de calcul (« trimestre glissant »). Réponse : simulateur sur {{caf.fr}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une entreprise d'ambulances à {{Vienne}} (transports assis facturés). Bureau dans un hangar. On vérifie les bons de transport : patients [[PERSONNE:Morel]], [[PERSONNE:Benhamou]] et [[PERSONNE:Tessier]], tous dialysés à {{Lyon Sud}}. Le gérant, M. [[PERSONNE:Arnaud Pitiot]], sort les plannings. {{VSL}} garé dans la cour : [[IMMATRICULATION:GK-771-TB]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Montluçon}} chez une dame qui demande le portage de repas. [[ADRESSE:32 bis avenue Jules-Ferry, 03100 Montluçon]], rez-de-chaussée. Mme [[PERSONNE:Tixier]], {{88 ans}}. Sur le buffet, des photos : « mon petit-fils [[PERSONNE:Hugo]] qui est pompier à {{Moulins}} ». Tarif portage : {{8,40 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le panneau à l'entrée dit : URGENCES VITALES → SONNEZ. À côté, quelqu'un a ajouté au stylo « et après on attend {{6h}} ». La cadre dit qu'on l'enlève toutes les semaines.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Bourg-en-Bresse}}, {{lit 17}}. [[PERSONNE:Irina]], moldave, {{45 ans}}, montre son récépissé de demande de titre : [[IDENTIFIANT:0119374502]]. Elle travaille en {{CESU}} chez une dame âgée, elle veut qu'on l'aide pour la déclaration : mail de la dame [[EMAIL:m.perrin01@laposte.net]].",
    ),
]

BATCH_3 = [
    (
        "cpam",
        "accueil_physique",
        "Guichet {{Cpam}} {{Saint-Étienne}}, {{Châteaucreux}}. Ancien mineur reconverti chauffeur, {{62 ans}}, né ici (« à {{Bellevue}}, à la maternité qu'y a plus »), vient pour sa retraite anticipée carrière longue. L'agente tape le NIR qu'il lui dicte : [[NIR:1 62 11 42 218 117 64]]. Nom [[PERSONNE:Gérard Sauvignet]]. Il a sa fiche de paie de chez {{Manufrance}}, {{1979}}, pliée en quatre 🥲",
    ),
    (
        "urgences",
        "accueil_physique",
        "ARRIVÉE {{SMUR}} {{16h32}} : ACR récupéré, homme {{54 ans}}, {{tri 1}}, salle de déchoc. Je sors, on me demande de sortir. Pas de nom noté, rien. Dans le couloir la femme du monsieur attend avec un sac {{Carrefour}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle residence, {{Annemasse}}. L'allocataire ([[PERSONNE:Fatma Demir]], alloc [[N_ALLOCATAIRE:7730152]]) déclare habiter [[ADRESSE:8 rue du Parc, apt 21, 74100 Annemasse]]. Sur la boîte aux lettres : [[PERSONNE:DEMIR]] / [[PERSONNE:ÖZTÜRK]]. Le controleur demande qui est [[PERSONNE:Öztürk]] → « mon cousin, il reçoit son courrier ici ». Voiture garée devant avec plaque suisse [[IMMATRICULATION:GE 482117]], d'après elle au cousin aussi. Le controleur note « à vérifier » 🤔",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Clermont}}, agence {{Les Salins}}. Une dame {{57 ans}} licenciée de chez {{Michelin}} après {{31 ans}}. Elle pleure un peu en donnant son identifiant ([[ID_FRANCE_TRAVAIL:5502918B]]). La conseillère, [[PERSONNE:Pauline]], prend le temps. Contrat de sécurisation pro ({{CSP}}), {{12 mois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un EHPAD de {{Vichy}} vers le {{SAU}} : « on vous envoie Mme [[PERSONNE:Giraud]], [[PERSONNE:Paulette Giraud]], {{94 ans}}, fièvre à {{39,4}} ». L'infirmière d'EHPAD dicte les traitements : {{Doliprane 1 g}} x3, {{Lovenox 4000}}, {{Donepezil}}. Ambulance {{Jussieu}} prévue {{15h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'une ancienne résidente relogée en bail glissant : [[ADRESSE:16 rue Paul-Bert, escalier B, 2e étage, 69003 Lyon]]. [[PERSONNE:Sonia Belkacem]] nous ouvre, tout est rangé, elle est fière. Son ado [[PERSONNE:Ilyès]] joue à la {{Switch}}. Le bailleur, {{Grand Lyon Habitat}}, passera le bail à son nom en {{septembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide d'urgence (bon alimentaire {{50 €}}). Monsieur [[PERSONNE:Pham]] montre son relevé : découvert {{-312 €}}. Son IBAN apparaît sur le relevé, l'agente le recopie pour le virement : [[IBAN:FR76 3000 3038 9493 3051 1171 764]]. Versement sous {{48h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage : garçon {{7 ans}}, doigt coincé dans une porte. Mère : « [[PERSONNE:Noah]], dis bonjour ». Score douleur {{6/10}}. {{Tri 4}}. {{MEOPA}} pour la radio. Le petit demande si le médecin est le même que dans {{Grey's Anatomy}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Téléconseiller {{3646}}, j'écoute en double. Femme, {{29 ans}}, née à {{Lyon 3e}} le [[DATE_NAISSANCE:14 juillet 1995]] (« oui le jour de la fête nationale »), congé maternité. NIR [[NIR:2 95 07 69 383 208 32]]. Elle n'a pas reçu ses {{IJ}} depuis {{5 semaines}}. Employeur n'a pas envoyé l'attestation de salaire. Le conseiller envoie un mail à l'employeur, {{Boulangerie Ange}}, « ça arrive tout le temps ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère entreprise appelle une boîte de transport pour une offre n° {{178XKPQ}}. Le recruteur, M. [[PERSONNE:Kaya]], donne son mail direct : [[EMAIL:o.kaya@transports-kaya-rhone.fr]]. Candidat positionné : [[PERSONNE:Sofiane Mebarki]], permis C.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Registre des objets de valeur (l'infirmière me le montre) : « alliance or + montre {{Casio}} — patient [[PERSONNE:Da Costa José]] — {{box 11}} — {{22h40}} ». Signé par l'infirmière [[PERSONNE:Émilie]] et l'aide-soignant [[PERSONNE:Karim]].",
    ),
    (
        "caf",
        "accueil_physique",
        "CAF {{VALENCE}}, RDV sur convocation. Étudiante en {{BTS}}, aide au logement, dossier bloqué : « pièce manquante ». La pièce manquante c'est... son attestation de bourse. Elle l'a sur son téléphone. L'agent la scanne via le QR code, {{2 min}}. Tout ça pour ça.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation {{APA}} (pour le Département, mais faite avec le CCAS de {{Riom}}). M. [[PERSONNE:Chabrier]] et Mme [[PERSONNE:Chabrier]], {{86 ans}} et {{84 ans}}, [[ADRESSE:12 chemin des Vignes, lieu-dit Pagnant, 63200 Riom]]. Leur fils [[PERSONNE:Alain]] habite à {{Montpellier}}, on l'appelle sur haut-parleur : [[TELEPHONE:06 33 84 12 70]]. Grille {{AGGIR}} : {{GIR 4}} pour Monsieur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation du {{SAMU 69}}, je suis juste à côté du médecin régulateur. Un homme appelle pour sa femme, « elle respire mal ». Adresse donnée : [[ADRESSE:41 rue Saint-Maximin, 69003 Lyon]], digicode {{A1739}}…",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h}}. Appelant : [[PERSONNE:Jean-Pierre]], « [[PERSONNE:JP]] », {{61 ans}}, connu du service. « Je suis à la gare de {{Part-Dieu}}, côté {{Villette}} ». Place dispo à {{Forum Réfugiés}} ? non. Place halte de nuit {{Lamartine}}. Il dit merci {{4 fois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle au domicile d'un assuré en arrêt long à {{Chamalières}}. Sonnette : [[PERSONNE:Rossignol]]. Sa compagne nous reçoit sur le palier, elle dit qu'il « est chez le kiné », ce qui est une sortie autorisée. Rien de plus. L'enquêtrice laisse sa carte.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Allô la {{Caf}} ? » (lol). Monsieur [[PERSONNE:Dos Santos]] (alloc [[N_ALLOCATAIRE:3105588]]) n'a pas reçu sa {{prime de Noël}}. Le conseiller lui dit qu'elle est versée mi-décembre. On est le {{12 décembre}}. « Ah bon. D'accord. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CH Annecy Genevois}}, à {{Epagny}}. Touriste belge, ski, fracture poignet. Carte européenne : nom [[PERSONNE:Vandenberghe Lotte]]. Elle veut qu'on rembourse sur son compte belge, donne l'IBAN [[IBAN:BE59752324145626]] à la secrétaire qui répond : « ça c'est votre mutuelle qui verra ». {{Tri 4}}, {{3h10}} d'attente.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel d'un bailleur privé au ccas de {{Vénissieux}}, M. [[PERSONNE:Ferrandi]], qui se plaint d'un locataire « qui doit {{4 mois}} ». Veut savoir si le {{CCAS}} peut payer. L'agente : « je ne peux rien vous dire sur un usager, monsieur ». Il insiste, donne le nom du locataire : Mr [[PERSONNE:Traoré]]… L'agente répète la même phrase.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi intensif. Jeune [[PERSONNE:Lina]] ({{24 ans}}, diplômée d'un master de socio à {{Lyon 2}}) cherche dans l'humanitaire. Identifiant [[ID_FRANCE_TRAVAIL:9012376M]]. La conseillère lui parle du {{Service civique}} « mais vous êtes trop âgée de {{1 an}}, zut ». Contacts : [[EMAIL:lina.morandi@protonmail.com]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau de la zone courte, {{14h}} :\n{{box 1}} — entorse — tri 4\n{{box 2}} — plaie main — tri 4\n{{box 3}} — vide (ménage)\n{{box 4}} — colique néphrétique — {{tri 3}}\nLe médecin : « on tient ». Rien de plus.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} de {{Vienne}}. Recette de tajine de la résidente [[PERSONNE:Khadija]], les autres épluchent. Un résident, [[PERSONNE:Pascal]], raconte qu'il a été cuisinier à l'hôtel {{Mercure}} de {{Grenoble}} pendant {{15 ans}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle à {{Oyonnax}}, quartier {{La Forge}}. L'allocataire (Mme [[PERSONNE:Benyahia]]) n'est pas là. Son mari ouvre, [[PERSONNE:Youcef]]. « Elle est au travail chez {{Plastivaloire}} ». Il nous montre quand même les fiches de paie. Adresse du logement : [[ADRESSE:27 rue Anatole-France, bâtiment C, 01100 Oyonnax]]. Durée : {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une femme vient pour changer de caisse après un déménagement depuis la {{Corse}}. Née à {{Ajaccio}} le [[DATE_NAISSANCE:8 décembre 1970]]. Numéro : [[NIR:2 70 12 2A 004 087 16]]. L'agent dit « le {{2A}} ça plante parfois notre logiciel ». Il ne plante pas. Nom : [[PERSONNE:Santoni]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle des familles (tout petit local, {{4 chaises}}). Une dame attend des nouvelles de son mari depuis {{3h}}. Je l'entends au téléphone : « c'est [[PERSONNE:Colette]], oui, [[PERSONNE:Roger]] est toujours au scanner ». Elle appelle ensuite sa sœur, j'entends « [[PERSONNE:Mireille]] » et « {{Tassin}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel sur la ligne de l'agence {{Montélimar}}. Homme en colère : « vous m'avez radié pour un rendez-vous où j'étais à l'hôpital !! ». Le conseiller demande le justificatif, qu'il envoie par mail. Pas de nom dit au téléphone pendant que j'écoutais.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient {{tri 2}}, douleur thoracique. {{ECG}} en moins de {{10 min}} (l'IOA chronomètre). L'interne lit l'étiquette : « [[PERSONNE:Abdelkader Messaoudi]], né le [[DATE_NAISSANCE:3/11/1957]], IPP [[IDENTIFIANT:P00873214]] ». {{Trinitrine}}, {{Kardégic 250}} IV. Coro à {{Cardiologique Louis Pradel}} ({{Bron}}), transfert {{17h05}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence « accès aux droits » {{CCAS}} {{Grenoble}}, quartier {{Mistral}}. Une dame demande comment faire la demande de logement social. L'agente l'inscrit en ligne, numéro unique départemental obtenu : [[IDENTIFIANT:038122400215807]]. Mail de la dame : [[EMAIL:zahra.hamidi38@hotmail.fr]]. Elle le note sur un post-it aussi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire}}. Un travailleur social d'hôpital appelle pour un patient qui sort ce soir sans logement. « M. [[PERSONNE:Kuznetsov]], {{48 ans}}, sortie à {{19h}} du {{CHU Nord}} ». Place réservée au {{foyer Adoma}}, {{chambre 8}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Chambéry}}. Mme [[PERSONNE:Tornier]] vient déposer un dossier de garde alternée. Les enfants, [[PERSONNE:Léo]] et [[PERSONNE:Inès]], jouent dans le coin enfants avec les kaplas. Le père n'est pas d'accord sur le partage des allocs. L'agente explique le partage {{50/50}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Médipôle}} {{Villeurbanne}}, {{20h10}}. Une jeune fille ramène son grand-père, elle a tout préparé dans une pochette : carte vitale, mutuelle {{Harmonie Mutuelle}} n° [[IDENTIFIANT:7640281935]], ordonnance, et un papier avec le numéro de son médecin Dr [[PERSONNE:Yacoub]] : [[TELEPHONE:04 78 85 62 19]]. La secrétaire : « si tout le monde faisait comme vous ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : un homme veut que ses remboursements aillent sur un autre compte. Il dicte l'IBAN vite : [[IBAN:FR76 1390 7021 3508 1078 8780 516]]. L'agente : « il faut nous l'envoyer via {{Ameli}}, je ne peux pas le changer au téléphone ». Il soupire fort.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info coll' sur la création d'entreprise à l'agence {{Valence}} {{Briffaut}}. {{9 personnes}}. Un monsieur veut ouvrir un food-truck arménien, il s'appelle [[PERSONNE:Vartan]]. Un autre une auto-école. Intervenant de la {{BGE}} : {{1h15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{SAU}} de {{Roanne}} rappelle une patiente sortie hier pour un résultat de prise de sang anormal. Numéro dans le dossier : [[TELEPHONE:07 61 39 27 05]]. Pas de réponse. Deuxième numéro, celui du compagnon : [[TELEPHONE:06 49 70 81 32]]. Elle décroche enfin : « c'est [[PERSONNE:Audrey]] ». Elle doit revenir à {{8h}} demain.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social du Département pour une allocataire : « Mme [[PERSONNE:Ngo Bisse]], alloc [[N_ALLOCATAIRE:6620413]] », l'{{AAH}} est suspendue. Le conseiller : décision de la {{MDPH}} pas reçue. Dossier MDPH [[IDENTIFIANT:26-2023-004591]].",
    ),
]

BATCH_4 = [
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{IJ}} à {{Saint-Chamond}}. L'immeuble : [[ADRESSE:7 rue de la République, 3e étage, porte face à l'ascenseur, 42400 Saint-Chamond]]. Interphone : [[PERSONNE:DJEBBAR]] / [[PERSONNE:LACROIX]]. M. [[PERSONNE:Djebbar]] ouvre, dos bloqué, il marche avec une canne. Il montre son ordonnance : {{Lamaline}}, {{Voltarène}}. L'agent regarde rapidement, « c'est bon monsieur, bon rétablissement ». Dans l'escalier : « on en fait {{8 par jour}}, la plupart sont là ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle « vie maritale » (c'est le terme sur l'ordre de mission, ça me gêne). {{Bourgoin-Jallieu}}, lotissement {{Les Moines}}. Mme [[PERSONNE:Marchal]], [[ADRESSE:22 allée des Érables, 38300 Bourgoin-Jallieu]]. Devant la maison : {{Golf}} noire [[IMMATRICULATION:EX 905 RM]] et une moto. Elle dit que c'est la moto du voisin. Le voisin, M. [[PERSONNE:Rigaud]], sort justement la chercher 🙃. Dans le salon, photos de mariage. « C'est mon ex, on a divorcé en {{2021}} ». Controleur demande le jugement. Alloc n° [[N_ALLOCATAIRE:2291740]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entrée par le {{SAMU}}, {{4h05}}, accident de la route sur l'{{A43}}. Homme {{41 ans}}, né à {{Bastia}}, conscient, répète son numéro de sécu comme un réflexe : [[NIR:1 83 06 2B 033 154 72]]. Nom : [[PERSONNE:Ange-Marie Luciani]]. Sa voiture : [[IMMATRICULATION:FZ-118-CE]] (les pompiers ont mis la carte grise dans ses affaires). {{Tri 2}}. Scanner corps entier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD avec la {{CESF}} du {{CCAS}} d'{{Aubenas}} chez un couple âgé en précarité énergétique. [[ADRESSE:Hameau de Ruissas, 07200 Aubenas]] (« la maison avec la croix en fer »). M. et Mme [[PERSONNE:Vincent]] chauffent avec un radiateur à bain d'huile dans une seule pièce. Facture {{EDF}} : {{1 240 €}}, réf. client [[IDENTIFIANT:6004 318 772]]. Fille : [[PERSONNE:Sylvie]], [[TELEPHONE:06.84.20.17.55]]. {{Chèque énergie}} pas utilisé, « on savait pas ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'éducatrice ([[PERSONNE:Manon]]) dans un des appartements partagés du {{CHRS}} à {{Saint-Fons}}. [[ADRESSE:3 rue Carnot, appt 11, 69190 Saint-Fons]]. Deux résidents : [[PERSONNE:Ibrahima]] et [[PERSONNE:Dylan]]. Conflit sur la vaisselle. [[PERSONNE:Manon]] fait un planning au dos d'une enveloppe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA {{CH Valence}}. Jeune homme {{33 ans}}, né à {{Valence}}, crise d'asthme. Elle lui prend la sat : {{91 %}}. {{Tri 2}}. Identité sur la carte vitale : [[PERSONNE:Hugo Reynaud]], [[NIR:1 91 02 26 362 311 43]]. Aérosols {{Bricanyl}} + {{Atrovent}}. Sa copine, [[PERSONNE:Maëlys]], arrive en courant avec la {{Ventoline}} oubliée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}}, {{10h40}}. Homme d'une soixantaine d'années, analphabète, veut « le papier pour la retraite ». L'agent d'accueil lui remplit sa demande d'attestation. Nom : [[PERSONNE:Ahmed Zerrouki]]. Identifiant retrouvé par la date de naissance ([[DATE_NAISSANCE:1er avril 1962]]) : [[ID_FRANCE_TRAVAIL:1136608F]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelets imprimés d'avance pour les arrivées {{SMUR}} sans identité : « {{X HOMME 1}} », « {{X FEMME 2}} »… On renomme quand la famille arrive.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Roanne}}. Une dame de {{66 ans}} vient pour sa pension de réversion (en fait c'est la {{Carsat}}, on la renvoie). Elle laisse quand même son numéro à l'agente pour un rappel : [[NIR:2 58 04 42 187 066 12]], née à Roanne en [[DATE_NAISSANCE:avril 1958]]. Nom : Mme veuve [[PERSONNE:Lapierre]]. Elle trimballe un sac plein de papiers « de [[PERSONNE:Robert]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}, écoute double. Une mère de famille veut déclarer la naissance de son 3e. Enfant : [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:2 mars]]. Alloc [[N_ALLOCATAIRE:8844016]]. Elle a perdu l'acte de naissance, la conseillère dit que c'est la mairie de {{Vénissieux}} qui le refait. Conseillère [[PERSONNE:Aurélie]], très douce.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Clermont}}, {{21h35}}. Une femme enceinte de {{7 mois}}, avec un enfant de {{3 ans}}, à la gare routière. « [[PERSONNE:Marie-Thérèse Mbala]] », congolaise. Numéro de rappel : [[TELEPHONE:07 58 33 02 91]]. L'écoutant trouve une place à l'hôtel {{Campanile}} d'{{Aubière}}, {{chambre 104}}, taxi payé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} de {{Grenoble}} a une borne numérique avec une médiatrice. Elle aide un monsieur à créer son compte {{Ameli}} : il choisit comme mail [[EMAIL:amadou.bah.1975@gmail.com]]. Mot de passe : il le dit à voix haute, la médiatrice lui dit de ne jamais faire ça 😅",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Infirmière d'accueil qui répond au téléphone du {{SAU}} de {{Bourg}} : « Non monsieur, on ne donne pas d'informations par téléphone. Vous êtes de la famille ? ... Je vous passe le médecin. » Aucun nom. L'appel dure {{2 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CONTROLE A DOMICILE {{SAINT-ETIENNE}} (quartier {{Montreynaud}}) :\n- [[ADRESSE:14 rue Lamartine, tour n°3, 11e étage, appt 113, 42000 Saint-Étienne]]\n- code : {{0481}}\n- allocataire : Mme [[PERSONNE:Nasri]] (sur la boîte : [[PERSONNE:NASRI Leïla]])\n- présents : elle + {{4 enfants}} + la belle-mère ([[PERSONNE:Fatiha]]) « qui vient juste pour les vacances »\n- contrôleur [[PERSONNE:Jérôme]] : « les vacances depuis quand ? »\n- {{40 min}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Soins palliatifs qui arrivent aux urgences faute de place. Mme [[PERSONNE:Arsène]], cancer, {{tri 2}}. La famille dans le couloir, {{6 personnes}}. Le fils au téléphone : « Tatie [[PERSONNE:Gisèle]], viens, c'est la fin ». L'interne cherche une chambre seule. {{Box 10}} libéré. Je suis sortie fumer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "3646. Une jeune femme portugaise, arrivée depuis {{4 mois}}, travaille dans un {{EHPAD}} de {{Bourg-en-Bresse}}. Elle veut son numéro provisoire. L'agent prend l'IBAN pour les remboursements : [[IBAN:PT50187925620162645036608]]. Nom : [[PERSONNE:Ana Catarina Ribeiro]]. Mail : [[EMAIL:anacat.ribeiro@sapo.pt]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Je n'ai entendu que la conseillère (pas le haut-parleur) : « oui… non… alors votre indemnisation reprend le {{1er}}… voilà… bonne journée ». {{3 min 40}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, personne isolée signalée par le facteur (dispositif {{Veiller sur mes parents}}). {{Thiers}}, ville haute. [[ADRESSE:9 rue du Bourg, 63300 Thiers]]. M. [[PERSONNE:Bardin]], ancien coutelier, {{79 ans}}, vit avec {{3 chats}} ({{Minou}}, {{Grisou}} et {{Caramel}}). Fuite d'eau sous l'évier, l'agent appelle son propriétaire, M. [[PERSONNE:Peyrache]], au [[TELEPHONE:04 73 80 55 12]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 7}} : un monsieur arrivé seul, confus, sans papiers. Dans sa poche : un ticket de métro, un papier « [[PERSONNE:Gaston]] – [[TELEPHONE:06 22 48 71 09]] ». L'infirmière appelle : c'est son fils. « Il a encore fugué de l'{{EHPAD Korian Les Bruyères}} ». Bracelet : [[PERSONNE:Gaston Perrier]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS femmes {{Lyon 7e}}, {{Guillotière}}. Une résidente me raconte sa vie pendant {{1h}}. Je ne note rien d'identifiant, elle ne voulait pas. Juste : elle a {{38 ans}}, {{2 enfants}} placés, elle veut les récupérer avant {{Noël}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{Caf}} {{Aurillac}}. Agriculteur qui demande pourquoi son {{RSA}} a été suspendu. Nom : [[PERSONNE:Vermenouze]]. Il est à la {{MSA}} pour tout le reste, numéro MSA : [[N_ALLOCATAIRE:15 0734 921]]. L'agent dit que c'est un dossier double Caf/MSA, compliqué. {{45 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{11h}}, {{Croix-Rousse}}. Un SDF connu du service, « le [[PERSONNE:Grand Jo]] ». Pied infecté. Les infirmières lui gardent des chaussettes propres dans un placard. Il repart avec {{Augmentin}} et un rendez-vous à la {{PASS}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un centre de santé dentaire à {{Vénissieux}} (suspicion de facturations fictives). On compare une liste de patients avec les rendez-vous : [[PERSONNE:Boudjema]], [[PERSONNE:Ferreira]], [[PERSONNE:Petrov]]... Patiente convoquée sur place : Mme [[PERSONNE:Boudjema]], elle dit n'avoir jamais eu {{6 couronnes}}. Responsable du centre : Dr [[PERSONNE:Salah Eddine Amara]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la police au SAU d'{{Aurillac}} : « vous avez un certain [[PERSONNE:Dylan Vidalenc]] ? » L'infirmière : « je ne peux pas vous répondre sans réquisition ». Le policier : « je vous faxe ». On a encore un fax 📠",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique, {{5 inscrits}}. Création de mails. [[PERSONNE:Mariam]] choisit [[EMAIL:mariam.kone.pro@gmail.com]], [[PERSONNE:Thierry]] prend [[EMAIL:thierry.fouillat63@gmail.com]]. Le 3e, M. [[PERSONNE:Sivakumar]], a déjà une adresse, il l'a oubliée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Chambéry}}, appel d'une assistante sociale de l'hôpital pour une demande de secours urgent : patiente Mme [[PERSONNE:Piccard]], sort dans {{2 jours}}, pas de chauffage. Adresse : [[ADRESSE:5 rue Croix-d'Or, 73000 Chambéry]]. Versement {{150 €}} validé par la responsable.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Interrogatoire de l'IOA avec interprète par téléphone ({{ISM}}). Patient afghan, [[PERSONNE:Ahmad Shah Sultani]], {{26 ans}}. Il ne connaît pas sa date de naissance, son récépissé {{OFPRA}} dit [[DATE_NAISSANCE:01/01/1998]]. Numéro étranger : [[IDENTIFIANT:7503118427]]. Douleurs dentaires depuis {{2 semaines}}, {{tri 5}}. Orientation {{PASS}} dentaire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième passage chez M. [[PERSONNE:Okafor]], [[ADRESSE:Camping Le Bois Joli, emplacement 47, 69210 L'Arbresle]]. Il vit dans un mobil-home depuis {{3 ans}}, le gérant du camping (M. [[PERSONNE:Dumas]]) confirme. La {{Caf}} versait l'{{APL}} « en logement-foyer » par erreur ? Le controleur n'a jamais vu ce cas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ce que j'ai retenu du briefing de {{7h30}} : {{14 patients}} sur brancard depuis la veille, {{3}} attendent un lit en médecine depuis plus de {{24h}}. Le chef : « on n'est pas un service d'hospitalisation ». Personne ne rit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit avec le {{Samu social}} de {{Grenoble}} dans le parc {{Paul-Mistral}}. On retrouve [[PERSONNE:Tomasz]] (« [[PERSONNE:Tom]] »), sous l'abri du skate-park. Il a un {{Lidl}} bag plein de canettes. Il refuse le {{115}} « parce qu'on me vole ». Soupe + café.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Bornes {{Ameli}} : {{3}}. Fonctionnent : {{1}}. Agents d'accueil : {{2}}. File : {{26}}. Heure : {{9h15}}. Voilà.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Boxe. Non, box. {{Box 5}} : enfant {{2 ans}} qui a avalé une pile bouton. Les parents, [[PERSONNE:Julie]] et [[PERSONNE:Mehdi Saïdi]], paniqués. Radio immédiate, pile dans l'œsophage → endoscopie à l'{{HFME}}. Transfert en {{SMUR}} pédiatrique, {{12 min}} après l'arrivée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un propriétaire appelle pour le tiers payant de l'{{APL}} : « je suis le bailleur de Mme [[PERSONNE:Carrel]], [[ADRESSE:15 rue des Teinturiers, 69100 Villeurbanne]] ». Il veut que l'APL lui soit versée directement sur son compte : [[IBAN:FR76 1680 7067 6991 5804 2438 603]]. Le conseiller : il faut le formulaire signé par les deux.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère appelle une candidate pour un poste d'{{ASH}} à l'hôpital de {{Privas}}. « Madame [[PERSONNE:Chambon]] ? Votre identifiant c'est bien [[ID_FRANCE_TRAVAIL:7781205H]] ? Vous êtes toujours disponible ? » Oui. Entretien le {{18}} à {{14h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente {{tri 3}}, malaise au marché. Identité : [[PERSONNE:Hatice Yıldız]], bracelet imprimé « [[PERSONNE:YILDIZ HATICE]] », née en [[DATE_NAISSANCE:novembre 93]] en {{Turquie}}. NIR lu sur l'attestation : [[NIR:2 93 11 99 208 131 55]]. Son mari [[PERSONNE:Murat]] traduit. Glycémie {{0,52 g/L}} → resucrage, elle est enceinte de {{8 semaines}}.",
    ),
]

BATCH_5 = [
    (
        "ccas",
        "controle_sur_place",
        "VAD CCAS {{Vénissieux}}, {{Minguettes}}. Signalement d'un voisin pour une dame qui ne sort plus. [[ADRESSE:tour 12, 8 avenue Jean-Cagne, 14e étage, 69200 Vénissieux]], code {{7B12}}. Mme [[PERSONNE:Lahlou]] ouvre après {{10 min}}, en robe de chambre. Elle dit que ses enfants sont « à {{Marseille}}, trop loin ». Le voisin qui a appelé, M. [[PERSONNE:Petit]], regarde par la porte d'en face. L'agente propose le portage de repas + la téléassistance {{Présence Verte}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Lyon Sud}}, {{17h50}}. Un homme vient pour son fils autiste, {{16 ans}}, qui s'est tapé la tête contre un mur. L'attente le panique. L'IOA le met direct en {{box 14}}, « le seul calme ». Le père la remercie en pleurant presque. Aucun nom dit devant moi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un chauffeur de taxi conventionné à {{Montbrison}}. Son taxi : [[IMMATRICULATION:GB-604-XA]], {{licence n° 12}} de la commune. Le chauffeur, M. [[PERSONNE:Faure]], montre les feuilles de route : patients transportés à la dialyse de {{Saint-Étienne}}, dont Mme [[PERSONNE:Granger]] et M. [[PERSONNE:Blanc]]. Kilométrage gonflé de {{20 %}} d'après l'agent.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil sur rendez-vous, Caf {{Bourg-en-Bresse}}. M. [[PERSONNE:Jacquemet]], {{56 ans}}, né à {{Bourg}}, vient d'être reconnu travailleur handicapé. Il donne son numéro de sécu pour la demande d'{{AAH}} : [[NIR:1 68 07 01 053 088 69]]. Alloc : [[N_ALLOCATAIRE:1197352]]. L'agente lui dit que la {{MDPH}} met « {{6 à 8 mois}} » dans l'{{Ain}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en « diffus » avec l'éduc spécialisé [[PERSONNE:Kévin]], {{Valence}}, quartier {{Fontbarlettes}}. [[ADRESSE:Le Pourquoi Pas, bâtiment D, appartement 87, 26000 Valence]]. Famille [[PERSONNE:Hoxha]], albanaise, {{5 personnes}} dans un {{T3}}. Le père, [[PERSONNE:Arben]], montre une lettre de l'{{OFII}} qu'il ne comprend pas. [[PERSONNE:Kévin]] traduit avec {{Google Traduction}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard SAU {{CH Vichy}}. Une dame appelle pour son frère « [[PERSONNE:Jean-Claude Bost]] » amené ce matin. L'infirmière dit qu'il est en {{UHCD}}, sans plus. La dame : « dites-lui que c'est [[PERSONNE:Françoise]] de {{Cusset}} » et laisse son fixe : [[TELEPHONE:04 70 31 48 22]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Point d'accueil {{France Travail}} {{Annecy}}. La file avance vite, {{8 min}} max. Les questions : actu, attestation, mot de passe oublié, mot de passe oublié, mot de passe oublié. 😩",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Saint-Martin-d'Hères}}, dossier de domiciliation. Un homme tchétchène, [[PERSONNE:Magomed]], {{33 ans}}, en demande d'asile. Numéro de sa demande à l'{{OFPRA}} : [[IDENTIFIANT:2304117892]]. L'agente lui donne l'attestation d'élection de domicile valable {{1 an}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dialogue au tri, noté mot pour mot :\n— Vous avez mal où ?\n— Partout.\n— De 0 à 10 ?\n— Onze.\n— D'accord. Votre nom ?\n— [[PERSONNE:Kowalczyk]]. [[PERSONNE:Stanislas Kowalczyk]]. Avec un Z et un Y.\n— Né le ?\n— [[DATE_NAISSANCE:Vingt-neuf février cinquante-six]].\n{{Tri 3}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Moulins}}, maison de ville. [[ADRESSE:18 rue de Paris, 03000 Moulins]]. L'allocataire, [[PERSONNE:Céline Auclair]], loue une chambre à un étudiant ({{Erasmus}}, espagnol, [[PERSONNE:Pablo]]). Elle ne l'avait pas déclaré. Contrôleuse Mme [[PERSONNE:Rouvière]] explique calmement, rappel sur {{24 mois}}. {{55 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Chambéry}}. Un monsieur né à Chambéry, {{50 ans}}, ancien saisonnier, veut la {{CSS}}. Il dicte son NIR à toute vitesse : [[NIR:174037306509519]]. L'agente le fait répéter. Nom : [[PERSONNE:Éric Mermillod]]. Il a travaillé {{20 saisons}} à {{Val Thorens}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{CHU Estaing}}. Bébé {{3 semaines}}, fièvre {{38,6}}. Protocole : tout de suite, {{tri 2}}. Maman toute seule, le papa au travail à {{Michelin}}, elle l'appelle en visio. Le bébé s'appelle [[PERSONNE:Aaron]]. Bracelet bébé : [[PERSONNE:LEFEBVRE Aaron]], IPP [[IDENTIFIANT:6300219874]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de l'{{Ain}}, fin de soirée. Pas de place. L'écoutant le dit à {{9 appelants}} d'affilée. Au 10e il raccroche et souffle. « Bon. » Pas de nom noté, je n'ai pas eu le cœur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien avec une conseillère référente {{RSA}} (accompagnement global). Bénéficiaire : [[PERSONNE:Nathalie Roche]], alloc {{Caf}} [[N_ALLOCATAIRE:4025561]], identifiant {{FT}} [[ID_FRANCE_TRAVAIL:8830417A]]. Elle veut passer le permis, le Département finance {{1 200 €}}. Auto-école : {{ECF}} de {{Vienne}}. « Et la voiture après, je l'achète avec quoi ? »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dans le couloir, brancard {{C6}}. Un monsieur de {{69 ans}}, né à {{Vichy}}, rapatrié d'une maison de retraite... non, de chez lui, pardon. Sa femme parle pour lui : « [[PERSONNE:Roland]] a fait un {{AVC}} en {{2019}} ». Sur la carte vitale : [[PERSONNE:Roland Desbordes]], [[NIR:1 55 09 03 310 073 70]]. Scanner cérébral demandé, attente {{2h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillère {{Caf}}. Une mère appelle pour sa fille de {{19 ans}} qui fait ses études à {{Clermont}} : l'{{APL}} étudiante. La conseillère : « c'est votre fille qui doit appeler, madame ». La mère : « elle est en cours ! ». Fin. {{1 min 30}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement insalubre signalé au CCAS de {{Roanne}} (avec le service hygiène). [[ADRESSE:5 rue des Aqueducs, 1er étage gauche, 42300 Roanne]]. Locataire : [[PERSONNE:Mamadou Keïta]], {{3 enfants}}. Moisissures partout, l'aîné a de l'asthme. Propriétaire : une {{SCI}}, gérant M. [[PERSONNE:Thévenon]], qui ne répond pas. Le service hygiène prend {{40 photos}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le SAU de {{Chambéry}} cherche un lit dans les hôpitaux autour : {{Aix-les-Bains}}, {{Albertville}}, {{Saint-Jean}}. L'infirmière de flux appelle avec une liste, c'est elle qui fait ça toute la journée. Sur {{8 appels}}, {{1 lit}} en gériatrie à {{Belley}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, demande de {{C2S}}. Mme [[PERSONNE:Belhadj]], née au {{Maroc}} en [[DATE_NAISSANCE:août 1966]], NIR [[NIR:2 66 08 99 350 019 92]]. Elle veut savoir si son mari, qui est au Maroc pour {{3 mois}}, peut rester couvert. Réponse de l'agent : « ça dépend de la durée, moins de {{6 mois}} oui ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Point Nuit}}, {{Lyon}}. {{9h}} : {{41 passages}}. Douches : {{12}}. Je sers les cafés. Un homme me demande si je suis nouvelle. Un autre me raconte qu'il était chef de rang au {{Bocuse}}. Pas de nom.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de journée, contrôle « flash » à {{Clermont}} (quartier {{Saint-Jacques}}). [[ADRESSE:4 rue Pierre-Fayolle, bât A, 6e, porte 62, 63000 Clermont-Ferrand]]. Allocataire : [[PERSONNE:Aïcha Bensalem]]. Code interphone {{1908}}. Elle est là, on vérifie juste la composition du foyer. Sur la table, un courrier de la banque avec son IBAN bien visible : [[IBAN:FR76 1480 6054 5230 1790 5502 131]]. Le contrôleur lui conseille de le ranger.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Clinique du Tonkin}}, urgences privées. Différence avec le public : {{2 patients}} en attente à {{15h}}. Secrétaire : « on n'a pas de {{SAMU}} ici, c'est pour ça ». Patient : un homme qui s'est coupé en bricolant, M. [[PERSONNE:Guillot]]. Suture, {{4 points}}, {{45 min}} en tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur de {{Tarare}} : le salarié [[PERSONNE:Benoît Pupier]] qu'il a embauché via {{FT}} ne vient plus depuis {{3 jours}}. « Vous pouvez l'appeler vous ? » La conseillère dit que non, c'est à l'employeur de gérer. Le patron donne quand même le portable du gars : [[TELEPHONE:07 71 02 93 68]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle le {{CCAS}} pour l'inscription de son père à la résidence autonomie. Père : [[PERSONNE:André Ginet]], [[DATE_NAISSANCE:17 septembre 1940]]. La résidence ({{Les Glycines}}) a {{3 mois}} d'attente. Mail de la fille pour le dossier : [[EMAIL:valerie.ginet-roux@wanadoo.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Tri 5}} : « je veux un certificat pour le sport ». L'IOA sourit, lui explique que ce n'est pas ici. Il part. {{1 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification à domicile d'une prescription de fauteuil roulant électrique (location facturée {{3 ans}}). Chez Mme [[PERSONNE:Bruyère]] (oui comme la plante), [[ADRESSE:Les Granges, 43200 Yssingeaux]]. Le fauteuil est dans le garage, sous une bâche, à côté d'une {{Twingo}} [[IMMATRICULATION:BW-239-KP]]. Elle marche avec un déambulateur. « Le fauteuil, je l'utilise pas, il passe pas les portes. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du squat de l'{{ancienne école}} de {{Villeurbanne}} avec l'équipe du {{CHRS}}. {{60 personnes}}, dont {{20 enfants}}. Le « référent » du squat, [[PERSONNE:Ousmane]], nous fait visiter. Sur le mur, un planning de ménage avec des prénoms. La préfecture a prévu l'évacuation en {{mars}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur de {{80 ans}} vient à la {{Caf}} pour... sa petite-fille. Il a son numéro d'alloc à elle sur un papier : [[N_ALLOCATAIRE:5507234]]. L'agent : « je ne peux rien vous dire monsieur, c'est confidentiel ». Il repart avec un flyer.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient ivre, agressif, insulte l'IOA : « sale ****, je connais ton nom, [[PERSONNE:Sabrina]], c'est marqué ! ». Elle retourne son badge. La sécurité arrive. Elle me dit qu'elle va demander des badges sans prénom. {{Box 13}}, {{tri 4}}, contention non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info coll' « Travailler en {{Suisse}} » à {{Annemasse}}. {{40 personnes}}. L'intervenante explique le {{permis G}}, le salaire minimum à {{Genève}} ({{24 CHF}}/h), et le coût du logement. Un participant demande s'il peut garder son chômage français. Rires.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Villeurbanne}}, {{Gratte-Ciel}}. Femme née au {{Portugal}}, {{44 ans}}, femme de ménage, demande un arrêt de travail pour accident du travail. Elle a son NIR noté sur un carnet : [[NIR:2 80 05 99 139 048 33]]. Nom : [[PERSONNE:Maria Fernanda Oliveira]]. Employeur : {{Onet}}. L'agente : « c'est l'employeur qui déclare ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Prise en charge d'un patient dialysé qui a raté sa séance : [[PERSONNE:Kouadio]], {{62 ans}}. Kaliémie à {{7,1}} → {{tri 1}}. {{Kayexalate}}, insuline-glucose. La néphro de garde, Dr [[PERSONNE:Tchakounté]], descend en courant. Sa fille [[PERSONNE:Grâce]] est au téléphone avec un cousin de {{Yamoussoukro}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS d'{{Aix-les-Bains}}, aide au paiement de l'énergie. Une retraitée, Mme [[PERSONNE:Collomb]], montre sa facture {{Engie}} : réf. client [[IDENTIFIANT:1 032 884 751]]. L'aide accordée sera versée direct au fournisseur. Elle dit merci et offre des chocolats {{Révillon}} à l'agente.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Drôme}}. Un homme appelle du bord de la {{N7}}, sa voiture est tombée en panne, il dort dedans avec son fils de {{10 ans}}. Voiture : [[IMMATRICULATION:CY 447 HL]] (il la donne « pour que les gendarmes nous trouvent »). Nom : [[PERSONNE:Jordan Moulin]]. Place en hôtel à {{Montélimar}}, {{chambre 6}}.",
    ),
]

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Grenoble}}, {{Chorier-Berriat}}. Une femme de {{38 ans}}, née à {{Villeurbanne}}, vient d'emménager en {{Isère}}, veut transférer son dossier du {{Rhône}}. Elle a tout : NIR [[NIR:2 86 02 69 266 350 75]], ancien n° alloc [[N_ALLOCATAIRE:3381907]], nouvelle adresse [[ADRESSE:12 cours Berriat, 38000 Grenoble]]. Nom : [[PERSONNE:Justine Perrin-Moulin]]. Rare de voir un dossier aussi carré, l'agent la félicite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD du CCAS de {{Privas}} pour une demande d'aide au déménagement. Mme [[PERSONNE:Teyssier]] et son fils [[PERSONNE:Lucas]] vivent au [[ADRESSE:Quartier Le Montoulon, maison 3, 07000 Privas]]. Le propriétaire, M. [[PERSONNE:Chazal]], vend la maison. Elle a trouvé un {{HLM}} chez {{Ardèche Habitat}}. Devis déménageur : {{780 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Réa/déchoc. Polytraumatisé de {{25 ans}}, chute de {{VTT}} à {{La Clusaz}}, héliporté par {{Dragon 74}}. Pas de papiers, mais son téléphone sonne : « {{Maman}} ». L'infirmière décroche. La mère donne : [[PERSONNE:Théo Bouvier]], né le [[DATE_NAISSANCE:4 décembre 1999]] à {{Annecy}}. NIR retrouvé plus tard par l'admission : [[NIR:1 99 12 74 010 227 41]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel d'une infirmière libérale qui ne comprend pas un rejet de facturation. Ses patients sont numérotés sur sa liste, elle n'a donné aucun nom. L'agent l'oriente vers la ligne PS. {{4 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement « {{Housing First}} » ({{Un chez-soi d'abord}}) à {{Grenoble}}. [[ADRESSE:44 avenue Jean-Perrot, 5e droite, 38100 Grenoble]]. Le locataire, [[PERSONNE:Rachid]], ancien de la rue pendant {{12 ans}}. Il a un aquarium avec un poisson rouge qui s'appelle {{Zidane}} ⚽. Il nous offre un thé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Demandeur qui a trouvé un {{CDD}} de {{2 mois}} chez {{Amazon}} à {{Saint-Quentin-Fallavier}}, veut savoir pour son {{ARE}}. Le conseiller rappelle les règles de cumul. L'homme donne son identifiant : [[ID_FRANCE_TRAVAIL:4408213Y]]. Nom [[PERSONNE:Dimitri Papadopoulos]]. « [[PERSONNE:Papa-do-pou-los]], comme ça se prononce. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, appel d'une allocataire qui veut savoir où en est son dossier de {{prime de naissance}}. La conseillère : « votre numéro d'allocataire ? » — « je l'ai pas sur moi ». « Votre nom et date de naissance ? » — « [[PERSONNE:Océane Brunel]], [[DATE_NAISSANCE:le 22 du 6 2001]] ». Dossier trouvé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin généraliste de {{Feurs}} appelle le SAU du {{CHU Nord}} pour adresser un patient : « M. [[PERSONNE:Dufour]], {{73 ans}}, je suspecte une embolie pulmonaire, je vous l'envoie avec un courrier ». Le médecin du SAU prend le numéro perso du généraliste : [[TELEPHONE:06 95 17 38 02]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du CCAS au {{centre social}} de {{Cran-Gevrier}}. Thème du jour : les impôts. {{11 personnes}} viennent pour remplir leur déclaration de revenus. Je n'ai rien noté d'identifiant, l'agent ne voulait pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une pharmacie (délivrance de {{Subutex}}). On vérifie les ordonnances d'un patient : [[PERSONNE:Stéphane Maurin]], ordonnances de {{3 médecins}} différents dont Dr [[PERSONNE:Kessler]] et Dr [[PERSONNE:Abitbol]]. La pharmacienne, Mme [[PERSONNE:Lacombe]], dit « il est gentil, je savais pas ». Son n° de sécu lu sur l'ordonnance, je ne l'ai pas noté.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Annonay}}. Adresse : [[ADRESSE:2 place des Cordeliers, 2e étage sur cour, 07100 Annonay]]. L'allocataire, M. [[PERSONNE:Benmansour]], dit vivre seul. Dans l'entrée, une poussette, des jouets. « C'est pour quand mes neveux viennent. » Le contrôleur ne dit rien, il note les numéros de la boîte aux lettres : {{3 noms}}. Alloc [[N_ALLOCATAIRE:2744618]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Riom}}, réunion des résidents. Ordre du jour : le wifi, le ménage, la fête de fin d'année. {{11 résidents}}. [[PERSONNE:Patrick]] propose un loto. [[PERSONNE:Naïma]] propose un couscous. Vote : couscous.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA, arrivée {{13h02}}. Femme {{45 ans}}, brûlure à l'huile de friture sur l'avant-bras. Pendant que l'IOA l'interroge, son portable sonne, elle répond : « Oui [[PERSONNE:Kader]], je suis aux urgences, viens chercher les petits chez [[PERSONNE:Nora]] ». {{Tri 3}}. Pansement {{Flammazine}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Vichy}}, inscription d'un jeune de {{18 ans}} au {{Contrat d'engagement jeune}}. Il est venu avec sa mère. Identifiant attribué : [[ID_FRANCE_TRAVAIL:0227591S]]. Son nom : [[PERSONNE:Enzo Laforêt]]. Mail : [[EMAIL:enzo.laforet03@gmail.com]]. Il choisit le mail devant nous, sa mère ajoute « pas de pseudo bizarre ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le CCAS de {{Valence}} reçoit un appel pour la navette des seniors. {{Jeudi 9h}}, départ {{place Aristide-Briand}}. Aucun nom : la dame dit juste « je suis inscrite, c'est pour savoir ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Le Puy}}, accueil. Monsieur {{82 ans}} qui veut une attestation de droits pour la mutuelle. L'agente imprime. Il demande : « Et pour ma femme ? » Elle : « Elle est où, votre femme ? » — « Au cimetière depuis {{2 ans}}, mais on m'écrit encore. » L'agente prend le nom de l'épouse pour clôturer : [[PERSONNE:Madeleine Roux]]. Lui : [[PERSONNE:Auguste Roux]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Chambre {{UHCD 3}}. Vieille dame, Mme [[PERSONNE:Giraud]] ? Non... je me trompe de note. C'est Mme [[PERSONNE:Giacometti]], {{92 ans}}. Sa petite-fille appelle de {{Lille}}, l'infirmière met le haut-parleur : « Mamie c'est [[PERSONNE:Chloé]] ! ». La dame sourit pour la première fois de la journée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Montluçon}}. Allocataire en colère, crie « VOUS M'AVEZ SUPPRIMÉ LE {{RSA}} POUR {{15 €}} DE TROP ». L'agent baisse la voix au lieu de monter, ça marche. Dossier n° [[N_ALLOCATAIRE:6183020]]. Nom : [[PERSONNE:Frédéric Aubignat]]. Recalcul : c'était la {{prime d'activité}}, pas le RSA.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Équipe mobile, aire d'accueil des gens du voyage de {{Saint-Priest}}. Famille [[PERSONNE:Winterstein]], caravane [[ADRESSE:aire des Pierres Blanches, emplacement 14, Saint-Priest]]. Le père demande de l'aide pour la scolarisation de sa fille [[PERSONNE:Shana]]. Voiture : [[IMMATRICULATION:DS-828-YP]] ; fourgon d'un cousin plaque allemande [[IMMATRICULATION:M-KT 4418]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'équipe de liaison psy du SAU ({{Le Vinatier}}) appelle pour un patient en crise : [[PERSONNE:Adrien Besson]]. Elle a besoin du numéro de sa curatrice, Mme [[PERSONNE:Deschamps]] de l'{{UDAF}} : [[TELEPHONE:04 72 41 99 60]], et de son numéro de dossier de protection : RG [[IDENTIFIANT:22/01583]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD avec la conseillère du {{CCAS}} de {{Vaulx-en-Velin}} dans le quartier {{Grande-Île}}. [[ADRESSE:10 chemin du Grand-Bois, allée B, 5e, 69120 Vaulx-en-Velin]]. Famille nombreuse, {{7 enfants}}. La mère, Mme [[PERSONNE:Sissoko]], nous reçoit avec du thé à la menthe. L'aîné, [[PERSONNE:Moussa]], {{17 ans}}, fait l'interprète. Demande : aide pour le frigo cassé. Le devis de {{Boulanger}} : {{429 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour « changer sa banque » à la {{Caf}}. Conseillère : « vous avez votre IBAN ? » Il le lit sur sa carte : « [[IBAN:FR7620041021442600302510891]] ». La conseillère rigole, « celui-là c'est {{La Banque Postale}}, je reconnais le {{20041}} ». Alloc [[N_ALLOCATAIRE:9032851]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Je suis avec une conseillère « entreprises ». Elle appelle {{8 employeurs}} pour des offres de saisonniers à {{Tignes}}. Tous veulent « des gens logés ». Pas de nom de candidat au téléphone. Elle soupire : « le logement, c'est le problème n°1 en {{Savoie}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une mutuelle ({{MGEN}}) appelle pour un assuré commun : numéro d'adhérent MGEN [[IDENTIFIANT:208731466]], nom [[PERSONNE:Laurent Frachon]]. Ils ne reçoivent pas les flux {{NOEMIE}}. L'agent vérifie : le lien est coupé depuis {{septembre}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête {{CCAS}} à {{Bellegarde-sur-Valserine}} pour une aide exceptionnelle après un incendie. [[ADRESSE:23 rue de la République, 01200 Valserhône]]. L'appartement est noir de suie. M. [[PERSONNE:Ozdemir]] et ses {{2 filles}} sont hébergés chez la sœur, Mme [[PERSONNE:Arslan]], à {{Châtillon-en-Michaille}}. Son assureur : {{MAAF}}, n° sinistre [[IDENTIFIANT:SIN-2024-884172]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Savoie}}, nuit de neige. Un saisonnier dort dans sa voiture à {{Bourg-Saint-Maurice}}, {{-12 °C}}. Il donne son nom, [[PERSONNE:Quentin Barral]], et sa plaque [[IMMATRICULATION:FR-553-AG]], pour que la gendarmerie passe voir. Place d'urgence au gymnase, {{20h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entre {{10h}} et {{12h}}, j'ai compté {{19 arrivées}} dont {{6 envoyées}} par leur médecin et {{4 par le 15}}. Les autres : venues seules. L'IOA m'explique l'échelle {{FRENCH}} : 1 à 5, 1 = urgence vitale.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Valence}}. Un jeune couple pour la carte vitale de leur bébé. Bébé : [[PERSONNE:Lya]], née le [[DATE_NAISSANCE:28/10/2024]]. L'agente explique qu'il n'y a plus de carte pour les enfants, ils sont rattachés aux parents. Le papa : « même pas une petite carte ? » 😂",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de ressources chez un gérant de kebab à {{Saint-Étienne}}, {{Beaubrun}}. Son commerce : « {{Istanbul Grill}} ». Lui : M. [[PERSONNE:Aydın]], qui touche la {{prime d'activité}}. Adresse perso (au-dessus du resto) : [[ADRESSE:31 rue de la Vivaraize, 42100 Saint-Étienne]]. Le contrôleur demande le bilan comptable, le comptable est son cousin.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil au {{CHRS}} de {{Roanne}} : entrée d'une femme et de sa fille. Dossier {{SIAO}} : [[IDENTIFIANT:SI-42-0089317]]. Mère [[PERSONNE:Jessica Thollet]], fille [[PERSONNE:Lilou]], {{6 ans}}. {{Chambre 12}}, rez-de-chaussée. Elle part de chez son conjoint. Elle ne veut pas qu'on note l'adresse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sortie du patient du {{box 3}} : l'infirmière lui remet l'ordonnance et le compte rendu. Elle vérifie l'identité comme protocole : « Vous êtes bien [[PERSONNE:Kelly Rakotoarisoa]], née le [[DATE_NAISSANCE:9 mai 1998]] ? » — « Oui ». Le compte rendu part par {{MSSanté}} à son médecin traitant Dr [[PERSONNE:Boyer]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{FT}} {{Lyon 8e}}. Femme voilée, {{40 ans}}, diplôme d'ingénieure algérien, veut la reconnaissance. La conseillère : {{ENIC-NARIC}}. Elle a déjà fait, {{8 mois}} d'attente. Identifiant : [[ID_FRANCE_TRAVAIL:6613054N]]. « Je fais du ménage en attendant ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Annecy}}. Un homme demande une aide pour ses lunettes. Il a un devis d'{{Optic 2000}} : {{310 €}}. Nom : [[PERSONNE:Serge Tournier]]. Mail pour la réponse : [[EMAIL:sergetournier74 arobase free point fr]]. L'agent l'écrit proprement à côté.",
    ),
]

BATCH_7 = [
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un résident du CHRS en appartement de transition, {{Chambéry-le-Haut}}. [[ADRESSE:Résidence Le Forezan, bât 2, 4e, appt 41, 73000 Chambéry]]. [[PERSONNE:Abdou Ndiaye]], {{35 ans}}, cuisinier en {{CDI}}. Il veut un logement à lui. L'éduc ([[PERSONNE:Margaux]]) l'aide à faire sa demande de prêt pour la caution : RIB à joindre, il le sort de son portefeuille : [[IBAN:FR76 1810 6050 1253 4223 3343 372]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Vénissieux}}. Ticket {{C112}}. Une dame âgée ne sait pas lire le numéro sur l'écran, l'agente de sécurité l'accompagne au {{guichet 5}}. Rien d'autre, sauf qu'il y a {{1h10}} d'attente.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une assurée en arrêt maladie qui serait « en vacances au ski ». {{Les Deux Alpes}}, chalet [[ADRESSE:Les Clarines, 38860 Les Deux Alpes]]. Personne. La voisine de chalet, Mme [[PERSONNE:Ruelle]], dit que Mme [[PERSONNE:Arnaud-Goddet]] « travaille au bar du {{Pano}} ». Devant le chalet, une {{Polo}} [[IMMATRICULATION:EH-390-VB]]. L'enquêteur fait des photos de loin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} pour la téléassistance. Fils de l'usager : « papa c'est [[PERSONNE:Henri Chapuis]], il est au [[ADRESSE:8 impasse des Tilleuls, 74000 Annecy]] ». Ligne fixe du père : [[TELEPHONE:04 50 45 21 37]]. L'agente note {{2 contacts}} de secours : lui et la voisine, Mme [[PERSONNE:Bochaton]], [[TELEPHONE:06 18 62 40 91]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{00h30}}. Accident de trottinette, {{22 ans}}, étudiant à {{INSA}}. L'interne lui demande s'il avait un casque. « Non. » Plaie du cuir chevelu, {{6 agrafes}}. Son colocataire est venu avec lui, ils parlent de leur partiel de demain. Personne ne dit leur nom devant moi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère {{FT}} appelle une demandeuse pour un rendez-vous avec une boîte d'intérim ({{Adecco}} {{Vienne}}). « Mme [[PERSONNE:Gonçalves]] ? Je vous envoie l'adresse par mail, c'est bien [[EMAIL:carla.goncalves@live.fr]] ? » Oui. Identifiant rappelé : [[ID_FRANCE_TRAVAIL:3025778W]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Villefranche}}, quartier {{Belleroche}}. L'allocataire, M. [[PERSONNE:Bernardi]], tient un snack sur les marchés. Il nous ouvre en tablier. Adresse : [[ADRESSE:17 rue Jean-Baptiste-Martini, 3e étage, 69400 Villefranche-sur-Saône]]. Le contrôleur demande les relevés bancaires des {{3 derniers mois}}, le compte est le [[IBAN:FR76 1250 6035 4283 6898 9436 819]]. Alloc [[N_ALLOCATAIRE:7041926]]. {{1h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution du courrier au {{CHRS}} {{Grenoble}}. L'agent appelle les noms, je note seulement le nombre : {{23 lettres}}, {{4 recommandés}}. Un résident récupère sa carte vitale, il l'attendait depuis {{3 mois}}, il la montre à tout le monde.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel au {{SAU}} {{Aurillac}} d'un camionneur espagnol qui cherche son collègue : « [[PERSONNE:José Manuel Ruiz]], accidente en la {{N122}} ». L'infirmière parle un peu espagnol. Elle prend le numéro espagnol pour le rappeler : [[TELEPHONE:+34 612 48 73 09]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD {{CCAS}} d'{{Issoire}}, suite à un impayé de cantine. Famille [[PERSONNE:Grangeon]], [[ADRESSE:lieu-dit Les Fourches, 63500 Perrier]]. Maison en travaux depuis {{5 ans}}, le père, [[PERSONNE:Sébastien]], est artisan, « les chantiers des autres d'abord ». Facture cantine : {{214 €}}. Échéancier {{4 mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, jeune femme étudiante, elle a perdu sa carte vitale en soirée 🍻. Nouvelle carte commandée sur {{Ameli}}, mais elle veut savoir combien de temps. « {{3 semaines}} environ. » Aucune donnée demandée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}. Appel d'un allocataire qui veut faire une réclamation par mail. La conseillère lui donne le formulaire de contact. Lui, pour qu'on le rappelle : [[EMAIL:k.benchekroun(at)yahoo.fr]], et le numéro alloc [[N_ALLOCATAIRE:0458817]]. Nom [[PERSONNE:Karim Benchekroun]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Intoxication au monoxyde de carbone, famille entière ({{5 personnes}}), {{Rive-de-Gier}}. Les pompiers les amènent tous. Bracelets : [[PERSONNE:MARTINEZ Antonio]], [[PERSONNE:MARTINEZ Pilar]], [[PERSONNE:MARTINEZ Lucia]], [[PERSONNE:MARTINEZ Diego]], et la grand-mère [[PERSONNE:SERRANO Carmen]]. Caisson hyperbare à {{Lyon}}. Adresse de la maison : [[ADRESSE:6 rue du Moulin-Combe, 42800 Rive-de-Gier]] (chaudière de {{1987}}).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Équipe du {{CHRS}} chez un ancien résident qui ne paie plus sa participation, logement {{Alliade Habitat}}, [[ADRESSE:5 rue Louis-Blanc, 69150 Décines-Charpieu]]. [[PERSONNE:Philippe Dumont]], {{59 ans}}. Il a perdu son boulot chez {{Renault Trucks}}. Son chien ({{Rex}}) aboie tout le long. L'éduc propose un plan d'apurement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de diagnostic, {{France Travail}} {{Montluçon}}. M. [[PERSONNE:Ribeiro]] ({{52 ans}}), ancien de chez {{Dunlop}}, veut une formation de conducteur de bus. Identifiant [[ID_FRANCE_TRAVAIL:9174402G]]. Son permis est suspendu... La conseillère ne sait pas quoi dire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Bourg-en-Bresse}}. Une femme vient pour le remboursement d'un accouchement à domicile (sage-femme libérale, Mme [[PERSONNE:Vuillod]] ?). L'agent dit que tout est pris en charge à {{100 %}}. Elle donne son RIB pour un complément : [[IBAN:FR76 1009 6062 3434 4258 7422 316]]. Nom : [[PERSONNE:Charlotte Berthet]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Clermont}}, service des aides facultatives, {{16h}}. Un étudiant tchadien vient pour une aide alimentaire. Carte étudiante {{UCA}} n° [[IDENTIFIANT:22104487]]. Nom : [[PERSONNE:Mahamat Abakar]]. Il mange au resto U à {{1 €}} mais le week-end rien. Bon {{Carrefour}} de {{40 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences {{CH Émile-Roux}} ({{Le Puy}}). Homme {{47 ans}}, tronçonneuse, coupure cuisse. Son frère l'a amené en {{4x4}}, garé sur la place des ambulances : [[IMMATRICULATION:CR-142-HT]]. Le vigile demande de le bouger. {{Tri 2}}. Le frère : « c'est [[PERSONNE:Fabrice]], moi c'est [[PERSONNE:Didier]], [[PERSONNE:Reynaud]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bourg-en-Bresse}}, résidence étudiante {{Crous}}, {{chambre 218}}. L'étudiant ([[PERSONNE:Mohamed Lamine Camara]], guinéen) touche l'{{APL}}. Il partage la chambre avec un autre étudiant non déclaré. Le contrôleur explique sans menacer. {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ligne « employeurs » de l'agence {{Annecy}}. Une patronne de restaurant à {{Talloires}} cherche un commis. Elle donne son mail pro : [[EMAIL:contact@lapetiteauberge-talloires.fr]]... et son perso « au cas où » : [[EMAIL:nathalie.bouvier74@gmail.com]]. Offre n° {{179QRTZ}} créée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Tri 3}}, {{box 8}}, enfant {{11 ans}}, fracture poignet (trampoline). Papa au téléphone avec le travail. La maman me demande si c'est long. Je réponds que je ne suis pas soignante. Elle rit. Aucun nom échangé devant moi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Puy-de-Dôme}}, {{7h}}. Un homme sorti de l'hôpital de {{Thiers}} sans solution. Il donne son nom, [[PERSONNE:Claude Vialatte]], {{64 ans}}, né le [[DATE_NAISSANCE:3 juin 1960]]. Demande {{SIAO}} faite il y a {{2 mois}}, ref [[IDENTIFIANT:SIAO-63-08741]]. Pas de place, rappel à {{14h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Bron}}, le standard : {{17 appels}} en {{1h}}. Moitié pour le repas des aînés. Réponse répétée : « c'est le {{14 janvier}}, à la salle {{Albert-Camus}}, inscription avant le {{6}} ». Pas de nom.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification de présence d'un assuré hospitalisé à domicile ({{HAD}}). {{Saint-Genis-Laval}}. [[ADRESSE:41 chemin de Beaunant, 69230 Saint-Genis-Laval]]. M. [[PERSONNE:Pellegrino]], {{81 ans}}. L'infirmière de l'HAD ([[PERSONNE:Sarah]]) est là. Le matériel facturé ({{lit médicalisé}}, {{matelas anti-escarres}}) est bien présent. Sa femme [[PERSONNE:Rosa]] nous montre la {{rose de Noël}} sur le balcon 🌹.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Chambéry}}, atelier « {{Mes droits en ligne}} ». {{7 personnes}}, médiatrice numérique. On fait la simulation de {{prime d'activité}} pour une participante, [[PERSONNE:Sandra]], sur son téléphone. Elle a droit à {{187 €}}. « Je savais même pas. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission de nuit. La secrétaire reçoit un homme qui n'a que son passeport marocain : [[PERSONNE:Youssef El Idrissi]], passeport n° [[IDENTIFIANT:TK8127405]], né le [[DATE_NAISSANCE:12/02/1985]]. Pas de couverture sociale en France, il est là pour un mariage à {{Oullins}}. Elle lui explique qu'il recevra une facture. Téléphone laissé : [[TELEPHONE:+212 6 61 40 27 83]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Chambéry}}. Entretien de sortie de [[PERSONNE:Jennifer]], qui part en logement autonome après {{18 mois}}. Elle donne sa nouvelle adresse pour le suivi : [[ADRESSE:9 rue Jean-Jaurès, 73100 Aix-les-Bains]]. Son nouveau numéro : [[TELEPHONE:07 44 29 51 86]]. L'éducatrice lui offre une plante, un petit {{olivier}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un homme très âgé, voix tremblante, appelle pour sa femme qui « n'a plus de remboursements ». Il donne son nom à elle : [[PERSONNE:Simone Borel]], et son numéro d'allocataire... non, le conseiller lui dit que c'est le numéro de sécu qu'il faut. Il cherche {{5 min}}, puis raccroche poliment pour rappeler.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD d'évaluation pour l'aide ménagère, CCAS de {{Bourg-de-Péage}}. [[ADRESSE:3 allée des Peupliers, 26300 Bourg-de-Péage]]. Mme [[PERSONNE:Dalmas]], {{90 ans}}, vit avec son fils handicapé, [[PERSONNE:Jean-Luc]]. Il fait le café pendant qu'on parle. Chat {{Mistigri}}. Proposition : {{6 heures}} par mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Haute-Loire}}, appel d'un notaire au sujet d'une succession : allocataire décédée, [[PERSONNE:Germaine Pralong]], alloc [[N_ALLOCATAIRE:1860374]]. Indu à récupérer sur la succession : {{2 310 €}}. Le notaire, Me [[PERSONNE:Brun]], donne le RIB de l'étude pour le paiement… en fait c'est la Caf qui sera payée, pas l'inverse, il s'est trompé. Rire gêné.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le médecin urgentiste que je suis, Dr [[PERSONNE:Ouattara]], fait {{23 patients}} en {{10h}}. Il me montre son logiciel : la liste avec initiales, âges, motif. Il me dit : « le pire c'est pas le nombre, c'est l'attente des lits ». À {{18h}}, il lui reste {{4 patients}} à transmettre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Matinée « inscription » à l'agence {{Roanne}}. {{6 inscriptions}}. Je retiens : un couple de Syriens, les [[PERSONNE:Al-Hassan]], lui ancien pharmacien, elle prof de maths. Identifiants : [[ID_FRANCE_TRAVAIL:2250913C]] pour [[PERSONNE:Mahmoud]] et [[ID_FRANCE_TRAVAIL:2250914D]] pour [[PERSONNE:Rania]]. La conseillère : « ça me brise le cœur de les mettre en {{FLE}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du {{foyer Adoma}} de {{Saint-Étienne}} (résidence sociale), {{chambre 34}}, avec l'éduc du {{CHRS}} pour M. [[PERSONNE:Benaïssa]], {{77 ans}}, chibani. Il vit là depuis {{1981}}. Il montre sa carte de retraité et le RIB où arrive sa retraite de l'{{Algérie}} : [[IBAN:FR76 3008 7010 1336 9139 7797 291]]. Il demande qui va l'enterrer.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Lyon Sud}}. Un homme : « ma fille a été amenée cette nuit, [[PERSONNE:Inès Belarbi]], née en [[DATE_NAISSANCE:2006]] ». L'infirmière vérifie : elle est majeure, elle a demandé qu'on ne donne pas d'information. L'infirmière : « je ne peux rien vous dire, monsieur ». Il crie. Elle garde son calme.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Firminy}}. Une dame appelle parce que l'aide au loyer accordée en commission n'est pas arrivée. L'agente vérifie le virement : parti sur l'ancien compte. Nouveau RIB dicté au téléphone : [[IBAN:FR76 1871 5038 4329 4515 9474 980]], titulaire [[PERSONNE:Josette Achard]]. « Je relance la trésorerie, comptez {{10 jours}}. »",
    ),
]

# --- end of notes ---

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


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the plain text, the entity spans and the keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
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
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"note {number}: bad site kind or channel")
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


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Split by cell (site kind x channel); uses only the ids and the cells."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev: set[str] = set()
    holdout: set[str] = set()
    leftovers: list[str] = []
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
