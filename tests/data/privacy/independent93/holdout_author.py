"""Independent evaluation corpus n° 93: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. Inside ``text``, ``[[LABEL:value]]`` marks
a value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets. Ids ``ind93-001`` … ``ind93-240`` follow the writing order. ``split`` draws the dev /
holdout halves from the ids and the cells only; ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind93"
SEED = 93

# Edit 1: notes 001-040.
BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h10}} {{guichet 3}}. Mme [[PERSONNE:Boulanger]] vient pour la naissance de sa {{3e}}. L'agente ([[PERSONNE:Sandrine]] sur le badge) lit l'écran à voix haute : « [[PERSONNE:Tom]] [[DATE_NAISSANCE:04/09/2016]], [[PERSONNE:Maël]] [[DATE_NAISSANCE:22/11/2019]], et la petite ? » — « [[PERSONNE:Lou-Anne]], le [[DATE_NAISSANCE:14 février]] ». Acte de naissance de la {{mairie d'Amiens}} ok, livret de famille pas encore mis à jour. Durée {{12 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{Caf}} de l'{{Aisne}}, double écoute avec casque. {{14h02}} : appel n°1 raccroche avant que l'agent décroche. {{14h05}} : une dame qui veut savoir pourquoi sa {{prime d'activité}} a baissé de {{63 €}}. Réponse : les revenus du trimestre ont changé, rien à faire. {{6 min}}. Elle dit merci 3 fois 😅",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Quentin}}, quartier {{Europe}}. Couple avec poussette, demande d'aide pour la cantine. L'agent recopie la compo du foyer sur le formulaire papier :\n- M. [[PERSONNE:YILMAZ Emre]] né [[DATE_NAISSANCE:1989]]\n- Mme [[PERSONNE:YILMAZ]] née [[PERSONNE:KAYA Zeynep]] [[DATE_NAISSANCE:1992]]\n- [[PERSONNE:Elif]] {{7 ans}}, [[PERSONNE:Deniz]] {{4 ans}}, bébé [[PERSONNE:Aras]] {{9 mois}}\nQuotient familial calculé à la main : {{412}}. Tarif cantine {{1,10 €}} le repas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU Amiens-Picardie}}, {{22h40}}. Salle d'attente pleine, l'écran affiche « temps d'attente estimé {{4h}} ». L'IOA appelle « Monsieur [[PERSONNE:Dos Santos]] ? » trois fois, personne. Elle barre le nom sur sa liste. L'homme revient des toilettes {{5 min}} après, il faut le ré-inscrire 🙄",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Beauvais}} {{Argentine}}, {{10h}}. Un jeune de {{19 ans}} qui a « perdu son identifiant ». La conseillère, Mme [[PERSONNE:Ferreira]], tape nom + DDN : [[PERSONNE:KOUASSI Jean-Marc]], [[DATE_NAISSANCE:03/06/2005]]. Ça sort direct : [[ID_FRANCE_TRAVAIL:4417263R]], elle lui note sur un {{post-it}} jaune. Mdp à réinitialiser sur l'appli mais il a plus accès à son mail ([[EMAIL:jm.kouassi60@gmail.com]]) → changement d'adresse mail au guichet.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Laon}}, quartier {{Champagne}}, avec le contrôleur [[PERSONNE:Régis]]. Objet : déclaration de séparation de Mme [[PERSONNE:Dequidt]] ({{RSA majoré}}). Appart au [[ADRESSE:14 rue Léon Blum, 02000 Laon]]. Il demande le livret de famille : mariage {{2011}}, [[PERSONNE:Enzo]] né le [[DATE_NAISSANCE:30 août 2012]], [[PERSONNE:Manon]] [[DATE_NAISSANCE:11/01/2015]]. Pas d'affaires d'homme dans la salle de bain, il note. Il demande le nouveau domicile du conjoint, elle sait pas, « chez sa mère à {{Chauny}} je crois ». Durée {{50 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Soissons}}, borne à tickets HS, l'agent d'accueil écrit les numéros à la main sur des bouts de papier, j'ai eu le {{B27}} 😂. Une dame de {{68 ans}}, carte vitale qui « marche plus ». L'agent relit son numéro de sécu à voix haute devant tout le monde : [[NIR:2 56 08 99 139 012 32]] — « vous êtes bien née au {{Portugal}} madame [[PERSONNE:Lecointe]] ? » — « oui, à {{Braga}} ». Commande d'une nouvelle carte, photo à envoyer par l'appli {{Ameli}}. Elle n'a pas de smartphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}, {{21h15}}. Appel d'un père avec {{2 enfants}}, ils dorment dans la voiture sur le parking du {{Leclerc}} de {{Creil}}. L'écoutante ([[PERSONNE:Fatou]]) prend les infos : nom [[PERSONNE:HAMIDI]], enfants [[PERSONNE:Ayoub]] {{6 ans}} et [[PERSONNE:Nour]] {{3 ans}}, voiture une {{Clio}} grise [[IMMATRICULATION:FK-318-PM]]. Pas de place ce soir, elle rappelle à {{22h}} si désistement. Tél du père : [[TELEPHONE:07 58 41 26 90]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels entrants {{FT}} {{Soissons}}, le {{3949}} est redirigé ici. En {{1h}}, {{11 appels}}. Beaucoup sur l'actualisation qui « bug ». Le conseiller répète le même script : fermer l'appli, vider le cache, réessayer après {{18h}}. Personne ne donne son nom au début, il doit demander à chaque fois.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Beauvais}}, quartier {{Saint-Jean}}, pour une demande d'aide exceptionnelle (frigo cassé). Mme [[PERSONNE:Ndiaye]] élève seule ses 4 enfants + sa nièce qu'elle héberge depuis {{2023}}. L'assistante sociale [[PERSONNE:Claire Vasseur]] remplit la grille :\n[[PERSONNE:Awa]] [[DATE_NAISSANCE:2008]]\n[[PERSONNE:Moussa]] [[DATE_NAISSANCE:2010]]\n[[PERSONNE:Ibrahima]] [[DATE_NAISSANCE:2013]]\n[[PERSONNE:Khadija]] [[DATE_NAISSANCE:2018]]\n+ nièce [[PERSONNE:Mariama]] (pas de papier de délégation d'autorité parentale)\nFrigo {{Beko}} HS, devis {{Darty}} {{329 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences pédiatriques {{Saint-Quentin}}. Une maman appelle, son fils de {{2 ans}} a {{39,8}} de fièvre. L'IDE demande l'âge, le poids ({{12 kg}}), s'il boit. Conseil : {{Doliprane}} dose poids, venir si convulsions. La maman demande le prénom de l'infirmière, « c'est [[PERSONNE:Johanna]] ». Pas de nom de famille donné.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Un papa qui veut enfin rattacher son fils de {{2 ans}} sur les 2 cartes vitale. Le conseiller : « le petit a déjà son numéro ? » Il lit sur le courrier : [[NIR:1 23 01 60 057 318 41]]. Bébé [[PERSONNE:Nolan]], né le [[DATE_NAISSANCE:9 janvier 2023]] à {{Beauvais}}. Papa : [[PERSONNE:Kevin Dufour]], maman [[PERSONNE:Océane Lebrun]], pas mariés. Rattachement aux deux fait en {{8 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet {{Caf}} {{Amiens}}, {{11h30}}. Monsieur change de banque, apporte son nouveau RIB. L'agente tape l'IBAN en le lisant par blocs : « [[IBAN:FR76 1670 6050 1254 0182 7301 518]] », vérifie avec le n° alloc [[N_ALLOCATAIRE:4827130]]. Elle dit : « le versement du 5 partira sur l'ancien compte, après c'est bon ». Il s'appelle [[PERSONNE:Sébastien]], elle l'appelle par son prénom, ils se connaissent du quartier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Les Tilleuls}} ({{Soissons}}). Admission d'une mère + 3 enfants orientés par le {{SIAO}}. Fiche d'entrée remplie avec l'éducatrice [[PERSONNE:Nadège]] :\nMère : [[PERSONNE:KABONGO Esther]], [[DATE_NAISSANCE:12/04/1977]], née à {{Kinshasa}}\nNIR sur l'attestation {{CSS}} : [[NIR:277049931201947]]\nEnfants : [[PERSONNE:Grâce]] [[DATE_NAISSANCE:2009]], [[PERSONNE:Daniel]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Merveille]] [[DATE_NAISSANCE:2015]]\nRéf SIAO : [[IDENTIFIANT:02-2024-03871]]\n{{Chambres 14 et 15}}, cuisine partagée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Somme}}, une mère en garde alternée depuis septembre veut savoir si les allocs sont partagées. Conseiller : « le papa a fait la demande de partage ? » Elle : « [[PERSONNE:Jérémy]] ? jamais de la vie ». Enfants [[PERSONNE:Léna]] ({{CE2}}) et [[PERSONNE:Sacha]] (maternelle). Il explique qu'il faut un accord signé des deux. Ton qui monte, elle raccroche à {{9 min 40}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'agent enquêteur {{CPAM}} (assermenté) à {{Compiègne}}. Vérif d'un arrêt de travail, sorties autorisées {{9h-11h}} / {{14h-16h}}. On sonne au [[ADRESSE:7 allée des Frênes, 60200 Compiègne]] à {{15h10}}. Personne. Il laisse un avis de passage au nom de M. [[PERSONNE:Lemaire]]. La voisine : « il est chez le kiné ». Il note tout, « c'est pas à moi de juger ». 🚗 Retour voiture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin urgences {{Laon}}. La secrétaire crée le dossier d'un ado amené par les pompiers, sans papiers. Elle appelle la mère : [[TELEPHONE:06 71 28 44 03]]. Nom [[PERSONNE:Wozniak]], prénom [[PERSONNE:Dylan]], né le [[DATE_NAISSANCE:17/07/2009]]. Le logiciel crée l'IPP [[IDENTIFIANT:00918374]] et imprime les étiquettes (une planche de {{24}}). Mutuelle inconnue.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV {{FT}} {{Amiens Nord}}, {{6 participants}}. La conseillère projette un CV modèle au nom de « [[PERSONNE:Julie Martin]] », {{35 ans}}, vendeuse chez {{Kiabi}}. Un participant, M. [[PERSONNE:Traoré]], demande s'il doit mettre sa photo. Réponse : « pas obligatoire ». Elle donne son mail pro pour envoyer les CV : [[EMAIL:c.delattre@francetravail.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Laon}} : plein d'appels pour le {{colis de Noël}} des seniors. Critères : {{+ de 70 ans}}, habiter Laon, inscription avant le {{15 novembre}}. L'agente répète « oui madame, c'est la mairie qui envoie le courrier ». {{12 appels}} en {{40 min}}, 9 sur le même sujet.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Beauvais}}. Une assistante familiale vient pour l'{{ARS}} d'un enfant placé chez elle. L'agent explique que c'est l'{{ASE}} qui la perçoit, pas elle. Elle montre quand même le certificat de scolarité : « [[PERSONNE:Théo Carpentier]], né le [[DATE_NAISSANCE:08/03/2013]], classe de {{5e}}, {{collège Henri Baumont}} ». Son agrément d'assistante familiale : n° [[IDENTIFIANT:AF-60-2017-0412]]. Elle s'appelle Mme [[PERSONNE:Pruvost]]. {{15 min}} pour rien, dit-elle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart {{CHRS}} en diffus à {{Saint-Quentin}} avec le travailleur social. {{T3}}, propre, {{2 enfants}} à l'école. Contrôle de la chaudière + relevé compteur ({{Linky}}). Il vérifie le carnet de suivi, pose 3 questions sur le budget, repart. {{25 min}}. RAS, il dit que c'est « une visite qui se passe bien, c'est pas toujours le cas ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Amiens}}, rdv {{CSS}}. Famille recomposée, l'agent galère avec la compo du foyer :\nMme [[PERSONNE:HADDAD Samira]] + ses 2 enfants ([[PERSONNE:Rayan]] [[DATE_NAISSANCE:2011]], [[PERSONNE:Lyna]] [[DATE_NAISSANCE:2014]])\nM. [[PERSONNE:LEROY Anthony]] + sa fille [[PERSONNE:Jade]] ([[DATE_NAISSANCE:2010]]) {{1 semaine sur 2}}\n+ leur fils commun [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:2/6/2021]]\n[[PERSONNE:Jade]] compte ou pas ? L'agent appelle sa cheffe. Réponse : oui si résidence alternée déclarée. Mail pour envoyer les justificatifs : [[EMAIL:samira.haddad80@hotmail.fr]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel sortant, conseillère {{FT}} {{Château-Thierry}} appelle un DE qui n'est pas venu au rdv. « Bonjour, je suis [[PERSONNE:Amandine]] de {{France Travail}}, je cherche M. [[PERSONNE:Popescu]] » — la femme qui répond : « il est sur les chantiers, il rentre à {{19h}} ». La conseillère vérifie l'identifiant sur la convocation : [[ID_FRANCE_TRAVAIL:2958104 K]]. Elle laisse un message, pas de radiation « pour cette fois ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP {{Caf}} à {{Soissons}}, quartier {{Presles}}. Dossier [[N_ALLOCATAIRE:1093857]], soupçon de vie maritale. Mme [[PERSONNE:Martins]] ouvre, {{2 enfants}} sur le canapé devant {{Gulli}}. Le contrôleur demande les dates de naissance « pour vérifier » : [[PERSONNE:Inès]] « [[DATE_NAISSANCE:2017]] », [[PERSONNE:Lucas]] « euh... [[DATE_NAISSANCE:2020]], le [[DATE_NAISSANCE:4 mai]] ». Elle cherche le livret de famille {{10 min}}, le trouve dans un tiroir de cuisine. Un seul parent inscrit. Pas d'élément de vie commune constaté. Le contrôleur, M. [[PERSONNE:Delcourt]], me dit après : « ça se joue souvent à une brosse à dents ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du mat}} aux urgences de {{Beauvais}}. {{17}} personnes en attente, 2 box ouverts sur 8. L'agent de sécurité fait sortir un homme alcoolisé qui crie. Une IDE me dit qu'elle est sur sa 3e nuit de {{12h}}. Distributeur de boissons vide. Écran TV coupé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Amiens}}, service domiciliation. Homme de {{45 ans}}, vient chercher son courrier. L'agente [[PERSONNE:Corinne]] lui tend 3 lettres dont une de la {{CPAM}} et une du tribunal. Il lui demande de lire celle du tribunal : « affaire [[PERSONNE:Benali]] c/ {{Amiens Habitat}}, RG [[IDENTIFIANT:24/01873]] ». Audience le {{12 mars}}. Il s'appelle [[PERSONNE:Karim]], c'est pour une dette de loyer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute au {{3646}}, {{10h-11h}}. Thèmes : 4 appels sur les {{IJ}}, 2 sur la {{complémentaire santé solidaire}}, 1 sur un remboursement de lunettes ({{Optic 2000}}). Temps moyen {{7 min}}. Le logiciel affiche la météo de la file d'attente : orange.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Aisne}}, {{23h}}. Appel d'une femme enceinte de {{7 mois}}, avec sa fille de {{5 ans}}, qui vient de quitter le domicile (violences). Prénom [[PERSONNE:Sabrina]], le nom elle l'épelle : « [[PERSONNE:M-E-R-A-B-E-T]] ». L'écoutant note la DDN : [[DATE_NAISSANCE:1er octobre 1996]]. Mise à l'abri : hôtel {{B&B}} {{Saint-Quentin}}, {{chambre 112}}. Taxi payé par le 115.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Saint-Quentin}}. Mère isolée, {{3 enfants}}, veut reprendre une formation aide-soignante. La conseillère, Mme [[PERSONNE:Bouchez]], regarde la garde : [[PERSONNE:Kenza]] [[DATE_NAISSANCE:2019]], [[PERSONNE:Ilyes]] [[DATE_NAISSANCE:2021]], [[PERSONNE:Amir]] [[DATE_NAISSANCE:mars 2023]] → {{AGEPI}} possible. Identifiant de la dame : [[ID_FRANCE_TRAVAIL:7184025D]]. Formation à l'{{IFSI}} de Saint-Quentin, rentrée en septembre.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de l'{{Oise}}, tél. Un monsieur veut qu'on lui renvoie l'attestation de paiement par mail, l'agent refuse : « passez par le {{caf.fr}} ». Il insiste et épelle son mail : « [[EMAIL:patrick point vanderberghe arobase orange point fr]] ». L'agent : « M. [[PERSONNE:Vanderberghe]], je ne peux pas, c'est la procédure ». Soupir des deux côtés.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Soissons}} pour une aide financière. Grands-parents qui élèvent leurs 2 petits-enfants depuis le placement de la mère. [[ADRESSE:3 résidence du Mail, Soissons]]. M. [[PERSONNE:Hennebert]] ({{71 ans}}) montre le jugement : délégation d'autorité parentale, RG [[IDENTIFIANT:23/00417]]. Les petits : [[PERSONNE:Kylian]] {{10 ans}} et [[PERSONNE:Maëlys]] {{8 ans}}. Mme [[PERSONNE:Hennebert]] : « on a la retraite de la {{Carsat}} et c'est tout ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Creil}}. Demande d'{{AME}}. Le monsieur présente son récépissé : « APS n° [[IDENTIFIANT:6002481937]] ». Agent : « il me faut un justificatif de domicile de plus de {{3 mois}} ». Il est hébergé chez son cousin, attestation d'hébergement signée « [[PERSONNE:Amadou Sow]] ». Demandeur : [[PERSONNE:Oumar Sow]]. Dossier incomplet, il repartira.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente {{Caf}} {{Saint-Quentin}} à l'ouverture ({{8h30}}) : {{23 personnes}} dehors, il pleut. Le vigile fait entrer par 5. 3 guichets ouverts, 2 bornes. Beaucoup de poussettes. Une affiche : « Pensez au {{caf.fr}}, c'est plus rapide ! » Personne ne la regarde.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Saint-François}} de {{Noyon}} pour un transfert : résidente de {{92 ans}}, chute, suspicion col du fémur. L'IDE d'accueil prend le nom : Mme [[PERSONNE:Vandamme]], née en [[DATE_NAISSANCE:1932]]. Elle demande le médecin traitant : Dr [[PERSONNE:Benhamou]]. Arrivée par les pompiers dans {{20 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Amiens}}, bureau de l'éduc. Un résident de {{32 ans}} signe l'autorisation de prélèvement pour sa participation ({{10 %}} de ses ressources). RIB {{Banque Postale}} : [[IBAN:FR48 2004 1000 0112 3456 7A02 078]]. L'éduc, [[PERSONNE:Yannick]], le rassure : « c'est pas un loyer, c'est une participation ». Le résident, [[PERSONNE:Steeve]], signe sans lire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écoute avec une conseillère indemnisation. Un monsieur : « j'ai fait {{4 mois}} d'intérim chez {{Adecco}}, j'ai droit à quoi ? » Elle explique la règle des {{6 mois}} sur {{24}}. Il raccroche sans dire au revoir. Elle soupire, « normal ». Pause café à {{10h20}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Beauvais}}, {{Notre-Dame-du-Thil}}. M. [[PERSONNE:Nguyen]] déclaré seul avec sa fille [[PERSONNE:Linh]] (née le [[DATE_NAISSANCE:19/12/2014]]). Devant la maison une {{208}} immatriculée [[IMMATRICULATION:GH-527-TB]], carte grise sur le tableau de bord au nom d'une [[PERSONNE:Aurélie Fontaine]]. M. [[PERSONNE:Nguyen]] : « c'est ma copine, elle vient le week-end ». Le contrôleur demande ses enfants à elle : « [[PERSONNE:Noah]] et [[PERSONNE:Timéo]], ils vivent chez leur père à {{Méru}} ». Rapport à rédiger, « pas de conclusion sur place ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Château-Thierry}}, aide alimentaire. Inscription d'une nouvelle bénéficiaire, elle dicte son numéro : « [[TELEPHONE:zéro sept, soixante-deux, dix-huit, quarante, zéro cinq]] ». L'agent écrit sur la fiche cartonnée. Nom : [[PERSONNE:RAKOTOMALALA]], elle l'épelle 2 fois. Colis le mardi à l'épicerie solidaire, {{2 €}} de participation.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée avec une DAM (déléguée de l'{{Assurance Maladie}}) à {{Laon}}. Visite au cabinet du Dr [[PERSONNE:Wattebled]], généraliste, pour parler des arrêts de travail. Il a {{1 800}} patients médecin traitant. Il râle : « je fais quoi, je laisse les gens crever au boulot ? » La DAM, [[PERSONNE:Émilie]], garde le sourire. {{35 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Laon}}, une grand-mère accompagne sa petite-fille de {{17 ans}}, enceinte. Elles viennent déclarer la grossesse. L'agent demande la date de naissance de la jeune : « [[DATE_NAISSANCE:deux mille sept]], le [[DATE_NAISSANCE:onze juin]] » répond la grand-mère avant elle. Prénom [[PERSONNE:Anaïs]]. Grand-mère : « moi j'étais mère à {{18 ans}}, ça recommence » 😶. Terme prévu {{mi-mai}}.",
    ),
]

# Edit 2: notes 041-080.
BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "{{caf}} {{amiens}}, {{guichet 2}}, {{9h50}}. couple marié depuis {{3 semaines}} vient declarer le mariage + demenagement. agent : 'vous etiez 2 dossiers separes, on fusionne'. Mr [[PERSONNE:Bouzid]] n° alloc [[N_ALLOCATAIRE:2071648]], Mme [[PERSONNE:Lefevre]] n° [[N_ALLOCATAIRE:3318592]]. Elle a deja une fille [[PERSONNE:Chloe]] nee en [[DATE_NAISSANCE:2013]], lui un garcon [[PERSONNE:Yanis]] de [[DATE_NAISSANCE:2016]] en garde {{un we sur 2}}. Nouvelle adresse : [[ADRESSE:27 rue Jean Moulin 80090 Amiens]]. l'agente dit 'felicitations' 2 fois 🙂",
    ),
    (
        "urgences",
        "accueil_physique",
        "urgences {{soissons}} {{14h}} : {{2h40}} d'attente affichée, {{31 patients}}. ok.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Amiens}}. Une mère demande une attestation de droits au nom de sa fille pour la colo de cet été ({{UFCV}}). Agent : « elle est rattachée à vous ou au papa ? » — « aux deux je crois ». Sur l'écran : [[PERSONNE:Nina Kowalczyk]], [[DATE_NAISSANCE:21/10/2016]], NIR [[NIR:2 16 10 80 021 512 48]], ayant droit de [[PERSONNE:KOWALCZYK Bartosz]] (père) et [[PERSONNE:LECLERCQ Aurélie]] (mère). Imprimée en {{2 min}}. Mme [[PERSONNE:Leclercq]] : « c'est tout ? j'ai attendu {{40 min}} pour ça ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi {{FT}} {{Compiègne}}, {{30 min}}. Demandeur de {{52 ans}}, ex-cariste dans un entrepôt à {{Longueil-Sainte-Marie}}. Le conseiller vérifie les coordonnées : portable [[TELEPHONE:06.84.12.77.39]], identifiant [[ID_FRANCE_TRAVAIL:5529017 P]]. Il veut passer le {{CACES 5}}. Le conseiller, [[PERSONNE:Julien]] : « je vous inscris, c'est à {{Venette}} ». Le monsieur, [[PERSONNE:Patrice]], sourit enfin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} {{Aisne}} : un grand-père qui a la garde de son petit-fils depuis le décès de sa fille. Il veut savoir pour les allocs. Conseillère très douce. Il donne la date de naissance du petit : « le [[DATE_NAISSANCE:vingt-trois décembre deux mille quinze]] ». L'enfant : [[PERSONNE:Mathis Brunet]]. Lui c'est M. [[PERSONNE:Brunet]] aussi, « [[PERSONNE:Gérard]] ». Elle lui explique les {{AF}} et peut-être l'{{ASF}}. Il pleure un peu. {{22 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{CHRS}} {{Beauvais}}. Petit-déj {{7h30}}-{{9h}}, {{26}} personnes. Un homme demande à recharger son téléphone, l'éduc lui donne un ticket. Sur le tableau blanc : « Douches : [[PERSONNE:Mehdi]] {{8h}}, [[PERSONNE:Lolo]] {{8h15}}, [[PERSONNE:Stan]] {{8h30}}, [[PERSONNE:Piotr]] {{8h45}} ». Machine à laver en panne depuis mardi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Quentin}}, dossier d'aide sociale à l'hébergement ({{EHPAD}}). Une fille et un fils viennent pour leur mère. L'agent demande les revenus de tous les enfants (obligation alimentaire). Ce que j'ai noté : mère [[PERSONNE:Simone Lesage]] née le [[DATE_NAISSANCE:2 février 1938]] ; enfants [[PERSONNE:Daniel]] ([[DATE_NAISSANCE:1959]]), [[PERSONNE:Martine]] ([[DATE_NAISSANCE:1961]]), [[PERSONNE:Pascal]] ([[DATE_NAISSANCE:1964]], vit à {{Reims}}, « on ne le voit plus »). Le fils : « et les petits-enfants ils doivent payer aussi ? » — « non, pas dans l'{{Aisne}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{CHU}} {{Amiens}}, {{19h}}. Couple avec un nourrisson de {{3 semaines}}. Secrétaire : « nom de l'enfant ? » — « [[PERSONNE:SY Aminata]] » — « née le ? » — « [[DATE_NAISSANCE:28 janvier]] ». Carte vitale des parents ? Le papa la cherche partout. Pas encore de numéro pour le bébé, la secrétaire crée une identité provisoire. Bracelet imprimé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{16h}}. Une dame demande si sa kiné à domicile est remboursée à {{100 %}} vu qu'elle est en {{ALD}}. Réponse : oui si c'est lié à l'ALD, sinon {{60 %}} + mutuelle. Elle répète « soixante pour cent » comme si c'était une insulte.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de situation, {{Amiens}} {{Étouvie}}, [[ADRESSE:12 rue du Pays de Bray, 80080 Amiens]]. Foyer déclaré : Mme [[PERSONNE:AIT OUALI Nadia]] + {{5 enfants}}. La contrôleuse compte les lits : {{3 lits}} superposés + 1 lit bébé + canapé. Elle relève les DDN sur les carnets de santé :\n- [[PERSONNE:Sofiane]] [[DATE_NAISSANCE:2007]]\n- [[PERSONNE:Yacine]] [[DATE_NAISSANCE:2009]]\n- [[PERSONNE:Sarah]] [[DATE_NAISSANCE:2012]]\n- [[PERSONNE:Lina]] [[DATE_NAISSANCE:2016]]\n- [[PERSONNE:Ilyan]] [[DATE_NAISSANCE:06/2023]]\n[[PERSONNE:Sofiane]] a {{18 ans}} depuis peu, il compte encore ? Contrôleuse : « on va regarder, il est en apprentissage chez {{Norauto}} ». Dossier [[N_ALLOCATAIRE:0684213]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{FT}}, rappel d'un jeune de {{22 ans}}. Il veut changer son adresse mail, l'ancienne c'était [[EMAIL:kevdu02@yahoo.fr]] « c'est ma mère qui l'a créée ». Nouvelle : [[EMAIL:kevin.moreau.pro@gmail.com]]. Le conseiller vérifie l'identité avec la DDN : [[DATE_NAISSANCE:14 03 2003]]. « C'est bon M. [[PERSONNE:Moreau]], c'est modifié. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Somme}}, nuit. Places dispo affichées sur l'écran : 0 homme seul, 1 chambre famille à {{Abbeville}}, 2 places femmes. {{47 appels}} depuis {{18h}}. L'écoutant : « on est en mode survie ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Soissons}}. Une tante qui a recueilli son neveu (confié à un tiers digne de confiance par le juge). Elle veut savoir si elle peut toucher les allocs. L'agent consulte : l'enfant, [[PERSONNE:Nathan Meunier]], né le [[DATE_NAISSANCE:05.05.2011]], est toujours rattaché au dossier de sa mère, n° [[N_ALLOCATAIRE:5520398]]. Il faut que l'{{ASE}} envoie la décision. La tante, Mme [[PERSONNE:Carré]] : « on me balade depuis {{4 mois}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Creil}}, ligne canicule. L'agente appelle les personnes inscrites sur le registre. « Bonjour M. [[PERSONNE:Da Costa]], c'est le CCAS, vous buvez bien ? » Il répond qu'il a {{3 bouteilles}} d'{{Evian}} au frigo. Suivante : Mme [[PERSONNE:Lheureux]], pas de réponse au [[TELEPHONE:03 44 25 61 07]], à rappeler à {{14h}}. {{38}} personnes sur la liste.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquêtrice {{CPAM}} à {{Saint-Quentin}}, contrôle de résidence pour une {{CSS}} : [[ADRESSE:41 rue de la Sellerie, 02100 Saint-Quentin]]. Boîte aux lettres : « [[PERSONNE:BENMANSOUR]] / [[PERSONNE:ROUX]] ». Elle frappe, une ado ouvre : « ma mère est au travail ». Elle demande son âge, {{15 ans}}, prénom [[PERSONNE:Yasmine]]. Avis de passage laissé, rdv à l'agence sous {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Soissons}} : un pharmacien de garde appelle pour une ordonnance illisible. L'interne rappelle {{10 min}} plus tard. Rien d'autre sur ce créneau.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Laon}}. Femme de {{41 ans}}, a arrêté de travailler {{8 ans}} pour élever ses enfants : des jumeaux, [[PERSONNE:Hugo]] et [[PERSONNE:Louis]], nés le [[DATE_NAISSANCE:17/08/2016]], et [[PERSONNE:Eva]] née en [[DATE_NAISSANCE:2018]]. Conseillère : « on va valoriser ça, c'est des compétences ». La dame rit jaune. Inscription en ligne faite avec elle au poste en libre-service, identifiant reçu : [[ID_FRANCE_TRAVAIL:0836452M]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Somme}}, {{3 appels}} de suite sur le même thème : changement de RIB. Le troisième, un monsieur qui dicte lentement : « [[IBAN:F R 76, 1027, 8029, 1500, 0203, 8471, 092]] ». L'agent : « on ne prend pas les RIB par téléphone, c'est sur votre espace ». Il s'appelle [[PERSONNE:Lucien Dewailly]], {{79 ans}}, pas d'ordinateur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Laon}}, admission d'une famille afghane, interprète {{ISM}} sur haut-parleur. Père [[PERSONNE:AHMADI Farid]], mère [[PERSONNE:RAHIMI Zahra]]. Titre de séjour du père n° [[IDENTIFIANT:0299184736]]. Enfants sur les documents {{OFPRA}} : [[PERSONNE:Mustafa]] [[DATE_NAISSANCE:01/01/2012]], [[PERSONNE:Parisa]] [[DATE_NAISSANCE:01/01/2015]], [[PERSONNE:Ali]] [[DATE_NAISSANCE:01/01/2020]]. L'éduc m'explique que le {{1er janvier}} c'est souvent quand la date exacte est inconnue. La petite [[PERSONNE:Parisa]] traduit mieux que l'interprète 😊.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Laon}} {{ville haute}} : logement insalubre signalé. Moisissures, fenêtre cassée scotchée. La travailleuse sociale prend {{12 photos}}, mesure l'humidité ({{78 %}}). Signalement à l'{{ARS}} et au service hygiène de la mairie. {{40 min}}. On repart en silence.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Beauvais}}, {{14h20}}. M. [[PERSONNE:Öztürk]] veut que ses remboursements partent directement à sa mutuelle ({{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:00417382915]]). L'agent active la liaison {{Noémie}}. Il me glisse : « {{80 %}} des gens savent pas que ça existe ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{CAF}} {{SAINT-QUENTIN}}. RDV PRIS PAR UNE MAMAN POUR UNE ERREUR SUR LE PRENOM DE SA FILLE. SUR L'ECRAN : « [[PERSONNE:MAÏSSA]] », SUR LE LIVRET DE FAMILLE : « [[PERSONNE:MAÏSSAE]] », NEE LE [[DATE_NAISSANCE:03/11/2020]]. L'AGENT CORRIGE, SCANNE LA PAGE. ELLE DIT QUE LA {{CPAM}} AUSSI S'EST TROMPEE. {{6 MIN}}. (mon clavier est resté bloqué en majuscules)",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{FT}} (accompagnement global). Une ado décroche : « maman elle est à l'hôpital, elle a accouché ». La conseillère félicite, demande le prénom du bébé — « [[PERSONNE:Ismaël]], il est né hier » — et décale le rdv de {{3 semaines}}. Sur le dossier : Mme [[PERSONNE:Camara]], {{4e}} enfant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Compiègne}}, {{17h}}. Un ouvrier arrive la main en sang (scie circulaire). Son collègue donne les infos : « il s'appelle [[PERSONNE:Vitor]], [[PERSONNE:Vitor Almeida]] ». Carte mutuelle d'entreprise n° [[IDENTIFIANT:MGP-7730418]]. Le patron appelle sur le portable du collègue, [[TELEPHONE:+33 6 29 48 71 05]], pour avoir des nouvelles.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Beauvais}}. Une femme veut une domiciliation pour refaire sa carte d'identité perdue. Ancienne CNI n° [[IDENTIFIANT:140260301874]] (elle a une photocopie). L'agente, [[PERSONNE:Laëtitia]], remplit le Cerfa {{15548}}. Durée de la domiciliation : {{1 an}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Hirson}}, près de la frontière belge. Soupçon de résidence en {{Belgique}}. Devant le pavillon, une voiture en plaque belge [[IMMATRICULATION:1-GKT-483]]. M. [[PERSONNE:Dumont]] : « c'est celle de mon frère ». Factures {{EDF}} consultées : conso très basse ({{210 kWh}} sur l'année). Contrôleur sceptique.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Oise}}, {{9h40}}, fin de nuit. Une mère rappelle pour prolonger sa nuitée à l'hôtel {{Première Classe}} de {{Beauvais}}, {{chambre 23}}. L'écoutante vérifie sur {{SI-SIAO}} : [[PERSONNE:DIARRA Fanta]], [[DATE_NAISSANCE:1994]], + [[PERSONNE:Bakary]] ([[DATE_NAISSANCE:2019]]) et [[PERSONNE:Salimata]] ([[DATE_NAISSANCE:2022]]). Prolongation accordée, {{3 nuits}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une femme enceinte de jumeaux demande ses droits maternité. Le conseiller calcule : prénatal {{12 semaines}}, postnatal {{22}}. Terme prévu le {{20 juillet}}. Elle donne son numéro de sécu pour vérifier : [[NIR:2 93 01 97 120 044 57]]. Le conseiller : « née en {{Guadeloupe}} c'est ça ? » — « oui, à {{Pointe-à-Pitre}}, en [[DATE_NAISSANCE:janvier 93]] ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Beauvais}}, {{15h}}. 2 bornes sur 4 en maintenance. Un monsieur tape sur l'écran avec le plat de la main. La médiatrice numérique passe de l'un à l'autre. Panneau : « temps d'attente moyen : {{35 min}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Soissons}}. Changement de situation : couple qui s'installe ensemble, elle déménage de {{Villers-Cotterêts}} à Soissons. Nouvelle adresse tapée : [[ADRESSE:8 rue du Collège, 02200 Soissons]]. La conseillère demande les enfants à charge : « un, [[PERSONNE:Timothée]], né le [[DATE_NAISSANCE:7 juillet 2017]] ». Le conjoint, [[PERSONNE:Rudy]], n'est pas inscrit.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Amiens}}, appel pour l'aide aux vacances enfants. Papa solo, {{3 garçons}}. L'agente remplit le formulaire en ligne : [[PERSONNE:Noam]] né le [[DATE_NAISSANCE:15/04/2012]], [[PERSONNE:Liam]] [[DATE_NAISSANCE:20/09/2014]], [[PERSONNE:Kaïs]] [[DATE_NAISSANCE:02/02/2018]]. Séjour {{Ufolep}} à {{Berck}}, {{7 jours}}. Reste à charge : {{45 €}} par enfant. Le père : « je paie comment ? »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Laon}}, {{10h15}}-{{11h}} : {{9 passages}}. 4 cartes vitale, 2 attestations, 1 arrêt maladie pas reçu par l'employeur, 1 {{CSS}}, 1 personne qui s'est trompée de bâtiment (elle cherchait la {{Caf}} 😅).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Saint-Quentin}}. Un beau-père amène [[PERSONNE:Lilou]] ({{11 ans}}, fracture du poignet). L'interne demande l'autorisation parentale : il n'est pas titulaire. On appelle la mère au [[TELEPHONE:06 32 90 17 58]], Mme [[PERSONNE:Vasseur]], elle arrive. Le beau-père, [[PERSONNE:Cédric]], vexé : « je l'élève depuis qu'elle a {{2 ans}} ». DDN de la petite sur l'étiquette : [[DATE_NAISSANCE:09/05/2014]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'éducatrice {{CHRS}} dans un appart en diffus à {{Soissons}} ({{Chevreux}}). Famille [[PERSONNE:Beridze]] ({{Géorgie}}) : parents + {{2 enfants}} + la grand-mère arrivée le mois dernier, pas prévue au contrat. L'éduc note : grand-mère [[PERSONNE:Nino]], née en [[DATE_NAISSANCE:1951]]. « Elle peut pas rester sans avenant au contrat », me dit l'éduc, mais elle ne le dit pas tout de suite à la famille.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ligne employeurs {{FT}} : une boulangerie de {{Péronne}} cherche un apprenti. Offre n° {{188KDHQ}} créée en {{5 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de l'{{Oise}}, appel d'un bailleur social ({{OPAC de l'Oise}}) pour un impayé : locataire Mme [[PERSONNE:Bertin]], réf locataire [[IDENTIFIANT:0457-18236]]. L'{{APL}} est suspendue. Le conseiller ne peut rien dire sans mandat. Le monsieur de l'OPAC insiste : « elle a {{3 gamins}}, dont un né cette année ». Refus poli.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Noyon}}, {{11h}}. Jeune femme de {{24 ans}}, demande une aide pour son permis. L'agente : il faut un devis de l'auto-école ({{ECF}}) et un mail pour la convocation. Mail : [[EMAIL:m.lagrene60@outlook.fr]]. Nom sur la fiche : [[PERSONNE:LAGRENÉ Mélissa]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Beauvais}}, un père appelle : sa fille de {{16 ans}} a été amenée en ambulance depuis le {{lycée Félix Faure}}. Secrétaire : « nom, prénom, date de naissance ? » — « [[PERSONNE:Petrossian]], [[PERSONNE:Anna]], le [[DATE_NAISSANCE:30 novembre 2008]] ». Elle est en box 4, il peut venir.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Amiens}}, accueil sur rdv. Déclaration de grossesse faite en retard → prime de naissance bloquée ? L'agente, Mme [[PERSONNE:Diop]], regarde : la déclaration {{Ameli}} est arrivée à {{5 mois}}. Bébé né le [[DATE_NAISSANCE:12/12/2024]], [[PERSONNE:Maëlle]]. La mère, [[PERSONNE:Justine]], {{20 ans}}, est venue avec sa propre mère. Elle avait peur de ne rien toucher : finalement la prime est versée, « c'est juste décalé ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Saint-Quentin}}, atelier numérique. Un résident montre fièrement son compte {{TikTok}} [[IDENTIFIANT:@djibril_sq02]] où il fait des vidéos de cuisine. L'animatrice lui dit de ne pas montrer l'adresse du CHRS. Lui, [[PERSONNE:Djibril]] : « t'inquiète ». {{14 abonnés}}.",
    ),
]

# Edit 3: notes 081-120.
BATCH_3 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Saint-Quentin}}, quartier {{Neuville}}. Mme [[PERSONNE:Lambert]], {{3 enfants}}, déclare vivre seule depuis {{2022}}. Le contrôleur, [[PERSONNE:Olivier]], recopie le livret de famille :\nÉpoux : [[PERSONNE:LAMBERT Franck Michel]], né le [[DATE_NAISSANCE:11 septembre 1981]] à {{Guise}}\nÉpouse : [[PERSONNE:LAMBERT]] née [[PERSONNE:DUBOIS Céline]], née le [[DATE_NAISSANCE:02 avril 1984]] à Saint-Quentin\nEnfants : [[PERSONNE:Mathéo]] ([[DATE_NAISSANCE:2006]]), [[PERSONNE:Clara]] ([[DATE_NAISSANCE:2010]]), [[PERSONNE:Jules]] ([[DATE_NAISSANCE:2015]])\nPas de mention de divorce, juste une séparation. Le contrôleur : « sur le papier ils sont encore mariés, ça change tout pour le {{RSA}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Amiens}}. M. [[PERSONNE:Boukhari]] arrive avec une offre de chauffeur-livreur chez un sous-traitant {{Amazon}} à {{Boves}}. Le conseiller, [[PERSONNE:Franck]], vérifie l'offre dans le système : n° {{189MWQZ}}. Identifiant du monsieur : [[ID_FRANCE_TRAVAIL:6071839W]]. Il faut un véhicule pour y aller à {{5h}} : il a une {{Twingo}}, « [[IMMATRICULATION:DL 204 XR]], elle a {{300 000 km}} mais elle roule ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame appelle pour ajouter ses enfants sur sa carte vitale (le mari est passé indépendant). Conseillère : « votre numéro ? » — « [[NIR:282069920803528]] », dit d'un trait. « Madame [[PERSONNE:Aydin]], née en [[DATE_NAISSANCE:juin 1982]], en {{Turquie}} ? » — « oui ». Enfants : [[PERSONNE:Berk]] [[DATE_NAISSANCE:2008]] et [[PERSONNE:Ela]] [[DATE_NAISSANCE:2011]]. La conseillère explique que [[PERSONNE:Berk]] a plus de {{16 ans}}, il a sa propre carte ; seule la petite est rattachée. {{11 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Laon}}, {{20h30}}. Une mamie arrive avec son petit-fils de {{6 ans}} (chute de vélo, arcade ouverte). Pas de carnet de santé. Secrétaire : « sa date de naissance ? » — la mamie : « le [[DATE_NAISSANCE:12 mars]]... [[DATE_NAISSANCE:2018]] ? non [[DATE_NAISSANCE:2017]] ? ». Elle appelle sa fille pour vérifier : [[DATE_NAISSANCE:2018]]. L'enfant : [[PERSONNE:Evan Lefort]]. La mamie, [[PERSONNE:Josiane]], s'excuse dix fois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Compiègne}}. Salle d'attente : {{5 chaises}}, une plante verte en plastique, une affiche sur le {{chèque énergie}}. {{25 min}} d'attente pour un rdv à {{14h}} pris il y a {{3 semaines}}. L'agente s'excuse, une collègue est malade.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile de l'éduc {{CHRS}} (logement accompagné) à {{Beauvais}}, {{Saint-Lucien}}. Une mère et son ado. L'ado, [[PERSONNE:Rayane]], a eu {{16 ans}} hier, reste de gâteau sur la table. L'éduc parle budget : {{EDF}} {{87 €}}/mois, box {{Free}} {{29,99 €}}. Réf client EDF sur la facture : [[IDENTIFIANT:6021 847 395]]. Elle a un échéancier depuis l'hiver.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Aisne}}, tél. Une mère s'étonne, ses {{AF}} ont baissé. Conseiller : « votre aînée a eu {{20 ans}}, elle n'ouvre plus droit ». La mère : « mais elle vit encore chez moi ! » Il cite la fille : [[PERSONNE:Océane]], née le [[DATE_NAISSANCE:4 novembre 2004]]. Le cadet, [[PERSONNE:Mattéo]] ([[DATE_NAISSANCE:2012]]), reste seul → plus d'AF du tout avec un seul enfant. Elle ne savait pas. Silence de {{5 secondes}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Soissons}}, guichet pros. Un chauffeur de taxi conventionné vient pour des factures rejetées. Son SIRET d'auto-entrepreneur : [[IDENTIFIANT:814 527 093 00021]]. Il redonne son RIB pour les virements : [[IBAN:FR76 1350 7001 1031 2045 7183 636]]. Il s'appelle [[PERSONNE:Jean-Pierre Lemoine]], {{30 ans}} de taxi. Véhicule : [[IMMATRICULATION:EX-771-QA]]. Il dit que la CPAM paie à {{60 jours}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Permanence tél {{FT}} {{Saint-Quentin}} : {{13h30}}-{{14h30}}, 6 appels, 5 pour « j'ai pas reçu mon paiement ». Le conseiller regarde : paiement le {{3}} du mois, on est le {{2}}. Il le répète 5 fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Amiens}}. Un papa vient avec l'acte de reconnaissance de son fils, faite après la naissance. Il veut être ajouté au dossier. Enfant : [[PERSONNE:Elyas Mendy-Carlier]], né le [[DATE_NAISSANCE:01/03/2024]] à Amiens. Papa M. [[PERSONNE:MENDY]], maman Mme [[PERSONNE:CARLIER]]. L'agente explique que le dossier reste au nom de la mère (allocataire) et qu'il serait « conjoint » seulement s'ils vivaient ensemble. Ils ne vivent pas ensemble. Donc rien. Il repart avec son papier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Beauvais}} : un fils appelle de {{Lyon}} pour sa mère. Il veut le portage de repas. L'agente prend : Mme [[PERSONNE:CORDIER Yvette]], née le [[DATE_NAISSANCE:18/06/1934]], [[ADRESSE:5 rue de la Madeleine, Beauvais]]. Tél du fils : [[TELEPHONE:06 45 19 82 30]]. Portage {{7j/7}}, {{8,50 €}} le repas. Le fils : « elle va râler, elle aime pas qu'on s'occupe d'elle ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Amiens}} : la police appelle pour savoir si un homme a été admis. L'IOA refuse de répondre par téléphone, demande une réquisition. « Le nom c'est [[PERSONNE:Grégory Masson]] » — « je ne peux rien vous dire, monsieur ». Elle raccroche et me dit : « on a des faux policiers parfois ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Aisne}}, {{18h}} : début de la régulation. Tableur partagé avec les places. {{9 demandes}} en attente de la veille. La coordinatrice fait le point : priorité aux femmes avec enfants et aux plus de {{60 ans}}. {{Plan grand froid}} pas encore déclenché.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Creil}}, famille qui déclare une enfant recueillie par kafala (jugement marocain). Le contrôleur demande l'acte : [[PERSONNE:Imane]], née le [[DATE_NAISSANCE:14/07/2017]] à {{Oujda}}. Jugement de kafala n° [[IDENTIFIANT:1093/2019]]. Foyer : M. [[PERSONNE:El Amrani]], Mme [[PERSONNE:El Amrani]], leurs {{2 fils}} + [[PERSONNE:Imane]]. Le contrôleur ne sait pas si la kafala ouvre droit aux prestations, il appellera le service juridique.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquêteur {{CPAM}} à {{Chauny}}. Assuré en arrêt depuis {{8 mois}}, signalement anonyme « il fait des chantiers au noir ». [[ADRESSE:22 rue Pasteur, 02300 Chauny]]. Sonnette : « [[PERSONNE:KACZMAREK]] ». Le monsieur ouvre, en béquilles. L'enquêteur vérifie l'identité. Rien ne colle avec la dénonciation. {{15 min}}. Dans la voiture : « {{9 fois sur 10}} c'est un voisin fâché ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Beauvais}}, atelier « parents et emploi ». Une maman explique qu'elle ne peut pas venir le mercredi : ses filles [[PERSONNE:Ayla]] ([[DATE_NAISSANCE:2015]]) et [[PERSONNE:Meryem]] ([[DATE_NAISSANCE:2019]]) n'ont pas école. La conseillère, [[PERSONNE:Sonia]], note dans le dossier [[ID_FRANCE_TRAVAIL:3301927F]] : « indisponible mercredi ». La maman laisse son mail pour les offres : [[EMAIL:aylameryem.maman@gmail.com]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Saint-Quentin}} pour l'aide aux fournitures scolaires. Foyer de {{6}} : 2 adultes + {{4 enfants}}, nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]] (l'AS a la liste de l'école). La mère, Mme [[PERSONNE:Şahin]], montre les listes du {{collège Gabriel Hanotaux}} pour les deux grands. Aide accordée : {{80 €}} par collégien. [[PERSONNE:Şahin]] père dort, il travaille de nuit à l'usine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Soissons}}, {{11h}}. Un homme à la rue, connu du service, l'agent d'accueil le tutoie : « salut [[PERSONNE:Momo]] ». Pas de carte vitale, pas de {{CSS}}. IPP retrouvé : [[IDENTIFIANT:P02218465]]. Il veut surtout se réchauffer. L'IOA lui donne un café et fait un point rapide.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Laon}}, {{16h45}}. Fermeture à {{16h30}}, il reste {{4 personnes}}, l'agent les prend toutes. Dernier ticket {{A112}}. Il part à {{17h10}}, sans râler.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Amiens}}, bilan à {{6 mois}}. Couple + bébé né pendant l'hébergement ! Père [[PERSONNE:Oleksandr]], mère [[PERSONNE:Iryna Kovalenko]] ({{Ukraine}}), bébé [[PERSONNE:Sofia]] née le [[DATE_NAISSANCE:3 mars]] au {{CHU}}. L'éducatrice met à jour la fiche {{SIAO}} [[IDENTIFIANT:80-SIAO-2024-11872]] : composition familiale, de 2 à 3. Protection temporaire de la mère, APS n° [[IDENTIFIANT:8002716453]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Beauvais}}. Jeune papa en congé paternité, il n'a pas reçu ses {{IJ}}. L'agent : « vous avez envoyé l'acte de naissance ? » Il le sort de son téléphone : [[PERSONNE:Lyam]], né le [[DATE_NAISSANCE:02/01/2025]], père [[PERSONNE:Benoît Tellier]], mère [[PERSONNE:Amandine Roger]]. NIR du papa vérifié : [[NIR:199046017538929]]. Il manque l'attestation de salaire de l'employeur ({{Saint-Gobain}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Soissons}}, info collective {{CEJ}} : {{8 jeunes}} inscrits, 3 absents. La conseillère fait l'appel : « [[PERSONNE:Kenzo]] ? [[PERSONNE:Lisa]] ? [[PERSONNE:Bryan]] ? » [[PERSONNE:Bryan]] est là mais sur son téléphone. Allocation jusqu'à {{528 €}}, ça les réveille.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Somme}}, tél. Une dame qui part vivre en {{Belgique}} chez sa fille veut qu'on verse son dernier rappel d'{{APL}} sur un compte belge : [[IBAN:BE75 0634 1728 5951]]. Conseiller : impossible si elle ne réside plus en {{France}}. Elle : « mais c'est un rappel de quand j'habitais à {{Albert}} ! » Il regarde, ok c'est possible. Vérif : Mme [[PERSONNE:Poulain]], n° alloc [[N_ALLOCATAIRE:7730142]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, pic d'appels à {{9h}} : {{42}} en attente. Message : « votre temps d'attente est estimé à plus de {{20 minutes}} ». Le conseiller à côté de moi enchaîne sans pause pendant {{1h10}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Laon}}, demande de place au {{multi-accueil Les Petits Loups}}. Maman : [[PERSONNE:Célia Duhamel]], tél [[TELEPHONE:0623517840]]. Bébé attendu en {{août}}, et elle inscrit aussi le grand frère, [[PERSONNE:Raphaël]], né le [[DATE_NAISSANCE:29 février 2024]] 🐸. L'agente : « un [[DATE_NAISSANCE:29 février]] ! il aura un gâteau tous les {{4 ans}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel aux urgences pédiatriques {{Amiens}} : la maman d'un bébé de {{9 mois}} qui a avalé une pile bouton. L'IDE : « venez tout de suite, ne le faites pas vomir ». Elle donne le nom pour qu'on prépare le dossier : [[PERSONNE:Léon Bisiaux]]. Arrivée {{12 min}} plus tard.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée de l'équipe {{CHRS}} dans les hôtels, {{Ibis Budget}} de {{Compiègne}}. {{Chambre 8}} : homme seul, {{58 ans}}. {{Chambre 14}} : un couple. L'éduc vérifie l'état des chambres, distribue les tickets service. Personne ne se plaint, « sauf du wifi ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{FT}} : un futur papa demande si la naissance décale son entrée en formation. Le conseiller ouvre la fiche [[ID_FRANCE_TRAVAIL:4760283J]], M. [[PERSONNE:Pham]]. Bébé prévu {{fin du mois}}. Congé de naissance ? Non, il n'est pas salarié. Formation maintenue au {{GRETA}} de {{Laon}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Amiens}}, [[ADRESSE:63 bis rue Saint-Fuscien, 80000 Amiens]]. M. [[PERSONNE:Leblond]], {{AAH}}, déclare vivre seul. Dans l'entrée, des chaussures d'enfant {{taille 28}}. « C'est ma petite-fille, [[PERSONNE:Lizéa]], elle vient le mercredi. » Dans la cour, une vieille {{306}} immatriculée [[IMMATRICULATION:4528 VK 80]], au nom de son fils. Rien de concluant.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Amiens}} pour une téléassistance. M. et Mme [[PERSONNE:Dupuis]], {{89}} et {{86 ans}}, mariés en {{1958}}. Il montre fièrement le livret de famille : [[PERSONNE:DUPUIS René]], né le [[DATE_NAISSANCE:12/10/1935]] ; épouse née [[PERSONNE:VANHOVE Paulette]] le [[DATE_NAISSANCE:3/5/1938]]. {{5 enfants}}, {{11 petits-enfants}}. Boîtier {{Présence Verte}} installé, {{25 €}}/mois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Somme}}, {{19h50}}. Un ado appelle : « ma mère nous a mis dehors, moi et mon petit frère ». Il a {{16 ans}}, le frère {{13}}. L'écoutante demande leurs noms : [[PERSONNE:Enzo]] et [[PERSONNE:Lenny Marchand]]. Elle appelle l'{{ASE}} d'astreinte. Numéro où rappeler : [[TELEPHONE:07 69 03 52 14]]. Le petit frère est né le « [[DATE_NAISSANCE:dix juin]] », précise [[PERSONNE:Enzo]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'une conseillère {{PFIDASS}} (renoncement aux soins) chez une maman, [[ADRESSE:2 allée des Peupliers, 60000 Beauvais]]. Mme [[PERSONNE:Bennani]] a renoncé aux lunettes de son fils [[PERSONNE:Ilyas]] ({{9 ans}}) et à ses propres soins dentaires. La conseillère vérifie le numéro de sécu : [[NIR:2 95 07 99 350 027 05]], née au {{Maroc}}, ok. Elle monte un dossier d'aide financière et relance la {{CSS}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Saint-Quentin}}, {{16h}} : un brancard dans le {{couloir 7}}, une vieille dame attend là depuis le matin. L'aide-soignante lui apporte une compote. Pas de lit en gériatrie.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Oise}}, tél. Un père divorcé : son ex touche tout alors qu'ils sont en garde alternée. Conseiller : « vous avez son numéro d'allocataire ? » Il l'a : [[N_ALLOCATAIRE:6041287]]. « Je ne peux pas regarder le dossier de madame. » Lui : « les enfants c'est aussi les miens, [[PERSONNE:Aaron]] [[DATE_NAISSANCE:2013]] et [[PERSONNE:Léo]] [[DATE_NAISSANCE:2016]] ». Partage des allocs possible sur demande conjointe. {{14 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Creil}}. Inscription d'un homme soudanais de {{28 ans}}, carte de séjour pluriannuelle n° [[IDENTIFIANT:6003518274]]. Il faut un mail : ils en créent un ensemble, [[EMAIL:adam.ishag.2025@gmail.com]]. M. [[PERSONNE:Ishag]] répète le mot de passe 3 fois pour le retenir. Identifiant affiché à la fin : [[ID_FRANCE_TRAVAIL:9120374X]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Soissons}} : 3 personnes d'affilée demandent le {{chèque énergie}}, alors que c'est l'État qui l'envoie. L'agente a une fiche toute prête qu'elle distribue. Elle me dit que ça revient chaque {{avril}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement {{CHRS}} en diffus, {{Laon}}, quartier {{Montreuil}}. Une mère + {{4 enfants}} dans un {{T3}}. L'éducateur, [[PERSONNE:Mamadou]], vérifie la fiche de présence : [[PERSONNE:Aïcha]] ([[DATE_NAISSANCE:2011]]), [[PERSONNE:Hawa]] ([[DATE_NAISSANCE:2014]]), [[PERSONNE:Sekou]] ([[DATE_NAISSANCE:2016]]), [[PERSONNE:Oumou]] ([[DATE_NAISSANCE:2021]]). Le père est reparti au {{Mali}}, « pour un an ». Demande de {{T4}} au bailleur ({{OPAL}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{CPAM}} à {{Péronne}}. M. [[PERSONNE:Herbet]] vient pour sa pension d'invalidité. Il récite son numéro de sécu par cœur, l'agent tape : [[NIR:1 66 07 80 620 018 09]]. « Vous êtes né ici, à Péronne ? » — « à la maternité qui existe plus ». Né en [[DATE_NAISSANCE:juillet 66]], {{58 ans}}, il en fait {{70}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Beauvais}}. Sur l'écran d'accueil, format du logiciel : [[PERSONNE:BA Mamadou Lamine]] / [[DATE_NAISSANCE:2019-04-27]] / motif « fièvre + éruption ». Accompagnant : le père, [[PERSONNE:BA Ousmane]]. Attente prévue {{2h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Quentin}}, {{10h05}}. Une dame déclare que son aîné est parti vivre chez son père à {{Tergnier}}. L'agent met à jour : [[PERSONNE:Killian]], [[DATE_NAISSANCE:2009]], sort du foyer ; restent [[PERSONNE:Alicia]] [[DATE_NAISSANCE:2012]] et [[PERSONNE:Jordan]] [[DATE_NAISSANCE:2014]]. Effet au {{1er du mois}}. Elle demande si elle devra rembourser, l'agent : « si vous déclarez aujourd'hui, non ».",
    ),
]

# Edit 4: notes 121-160.
BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Long rdv ({{45 min}}) à la {{Caf}} de {{Soissons}} avec une famille recomposée qui vient tout déclarer d'un coup. L'agente, [[PERSONNE:Nathalie]], prend une feuille blanche et dessine un arbre 😅. Lui : [[PERSONNE:Stéphane Noël]], 2 enfants d'un premier mariage, [[PERSONNE:Romane]] ([[DATE_NAISSANCE:2008]]) en internat à {{Laon}} et [[PERSONNE:Baptiste]] ([[DATE_NAISSANCE:2012]]) {{une semaine sur deux}}. Elle : [[PERSONNE:Fatima Zerrouki]], un fils, [[PERSONNE:Nassim]], né le [[DATE_NAISSANCE:16/09/2014]], père absent. Ensemble : [[PERSONNE:Inaya]], {{8 mois}}. Deux numéros d'allocataire à fusionner, [[N_ALLOCATAIRE:2290473]] (lui) et [[N_ALLOCATAIRE:4418206]] (elle). L'agente : « qui sera l'allocataire ? » Ils se regardent. Elle : « moi, c'est moi qui fais les papiers ». [[PERSONNE:Romane]] en internat reste à charge, il faudra le certificat de scolarité.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Compiègne}} la nuit : l'IDE de tri répond aussi au téléphone. {{4 appels}} en {{1h}}, dont 2 « est-ce que je dois venir ? ». Elle répond à chaque fois « appelez le {{15}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Chauny}}. Inscription d'un jeune de {{21 ans}} qui sort de l'armée. La conseillère saisit le NIR depuis la carte vitale : [[NIR:1 04 02 02 173 061 10]]. « Né ici, à Chauny, en [[DATE_NAISSANCE:février 2004]] », dit-il. Il vit chez ses parents, [[ADRESSE:17 rue de la Chaussée, 02300 Chauny]]. Il s'appelle [[PERSONNE:Dorian]]. Maintenant il veut être gendarme.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un homme de {{63 ans}} veut savoir si sa nouvelle compagne peut être son ayant droit. Conseillère : non, depuis la {{PUMa}} chacun a ses propres droits. Il dicte son numéro en toutes lettres : « [[NIR:un, soixante-deux, zéro deux, zéro deux, sept cent vingt-deux, zéro soixante-quatre, clé quatre-vingt-quinze]] ». La conseillère : « M. [[PERSONNE:Joly]], né à {{Soissons}} ? » — « oui, en [[DATE_NAISSANCE:soixante-deux]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Beauvais}}, {{Argentine}}, [[ADRESSE:9 rue de Gascogne, 60000 Beauvais]]. Dossier monoparental, Mme [[PERSONNE:Guérin]], 2 enfants : [[PERSONNE:Nolhan]] ([[DATE_NAISSANCE:2017]]) et [[PERSONNE:Kiara]] ([[DATE_NAISSANCE:2020]]). Sur le parking, le contrôleur note une {{Golf}} [[IMMATRICULATION:fv-609-ng]] (en minuscules dans mon tel, flemme). Le voisin dit qu'elle est au père des enfants, « il est là tous les soirs ». Mme [[PERSONNE:Guérin]] : « il vient les coucher, c'est tout ». Le contrôleur : « je note ce que je vois ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Saint-Quentin}}, accueil d'un jeune de {{18 ans}} sorti de l'{{ASE}} (contrat jeune majeur refusé). Il a grandi en famille d'accueil à {{Guise}}, chez « tata [[PERSONNE:Josette]] ». Sa DDN : [[DATE_NAISSANCE:24/12/2006]], « né la veille de {{Noël}} », il rigole. Dossier ASE n° [[IDENTIFIANT:02-ASE-2009-0871]]. Il s'appelle [[PERSONNE:Ethan Ricard]], il a un {{CAP}} cuisine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Soissons}}, quartier {{Saint-Crépin}}, pour un secours (facture {{Engie}} de {{612 €}}). Le CCAS paiera le fournisseur directement. Référence contrat Engie : [[IDENTIFIANT:3001 9274 6158]]. Mme [[PERSONNE:Tavares]] vit avec son fils [[PERSONNE:Rui]] ({{34 ans}}, handicapé). L'AS remplit la grille des ressources : {{AAH}} du fils, pension de réversion du {{Portugal}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Amiens}}, plus d'accueil sans rdv depuis {{janvier}}. Affiche : « accueil uniquement sur rendez-vous, {{36 46}} ou {{ameli.fr}} ». Un vigile filtre. 3 personnes refoulées en {{20 min}}. Un monsieur : « je fais comment sans internet ? » Le vigile hausse les épaules.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel {{FT}} : une maman demande le report de son rdv, son fils est hospitalisé. La conseillère : « c'est noté madame [[PERSONNE:Laurent]] ». Elle demande le prénom du fils pour le justificatif : [[PERSONNE:Maxence]], {{14 ans}}. Le bulletin d'hospitalisation est à envoyer depuis son mail perso, [[EMAIL:laurent.aurelie02@laposte.net]], « pas grave si c'est une photo ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Amiens}}, espace numérique. {{6 postes}}, 4 occupés. Une service civique aide une dame à scanner un avis d'imposition avec son téléphone. Ça prend {{18 min}}. La dame lui dit « vous êtes un ange » 😇.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Oise}}, {{22h30}}. Une femme appelle depuis la gare de {{Creil}} avec 2 enfants. Elle dit : « [[PERSONNE:Nadia]], [[PERSONNE:Benyahia]] », enfants [[PERSONNE:Adam]] {{7 ans}} et [[PERSONNE:Sirine]] {{2 ans}}. Elle arrive de {{Reims}}. L'écoutant : « vous avez un numéro où on peut vous rappeler ? » — « [[TELEPHONE:06 19 73 40 88]] mais j'ai plus de batterie ». Taxi commandé pour {{23h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquêtrice {{CPAM}}, contrôle {{AME}} dans un hôtel social d'{{Amiens}} : {{hôtel Le Relais}}, {{chambre 203}}. Famille de 4 venue d'{{Albanie}}. Le père, M. [[PERSONNE:Hoxha]], montre les papiers. Enfants : [[PERSONNE:Ardit]] ([[DATE_NAISSANCE:2016]]) et [[PERSONNE:Elira]] ([[DATE_NAISSANCE:2019]]). Présence confirmée, dossier validé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Saint-Quentin}}, {{8h30}}-{{9h30}} : {{14 appels}}. Thèmes : épicerie sociale (5), domiciliation (3), aide facture (4), « je voudrais parler à mon assistante sociale » (2).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Saint-Quentin}}, {{21h}}. Une maman seule avec {{3 enfants}} dont un malade, les deux autres dorment sur les chaises. La secrétaire lit la carte vitale de la maman, choisit l'enfant : [[PERSONNE:Gabin Roussel]], NIR [[NIR:1 19 09 02 691 403 92]], né le [[DATE_NAISSANCE:15/09/2019]]. Les deux autres, [[PERSONNE:Jade]] et [[PERSONNE:Charlie]], {{8}} et {{3 ans}}. Pas de baby-sitter, pas de famille ici. Attente {{2h15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP {{Caf}} à {{Château-Thierry}}. Mme [[PERSONNE:Rousseau]] héberge sa fille majeure et sa petite-fille. Le contrôleur recompose le foyer : Mme [[PERSONNE:Rousseau]] ({{58 ans}}), sa fille [[PERSONNE:Manon]] née le [[DATE_NAISSANCE:27.06.2002]], la petite [[PERSONNE:Louna]] née le [[DATE_NAISSANCE:10.10.2022]]. [[PERSONNE:Manon]] a son propre dossier ({{RSA}} jeune parent). Le contrôleur laisse son mail pour les pièces : [[EMAIL:franck.mercier@caf02.cnafmail.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Noyon}}. Un monsieur veut s'inscrire, sa CNI est périmée depuis {{2019}}. La conseillère la scanne quand même : CNI n° [[IDENTIFIANT:091060200347]]. Nom : [[PERSONNE:Chevalier]]. Téléphone fixe [[TELEPHONE:03.44.09.27.61]], pas de portable. Identifiant créé : [[ID_FRANCE_TRAVAIL:1374620T]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : une jeune femme veut son attestation par mail, elle n'a pas de compte {{Ameli}}. Conseiller : « je peux vous créer le compte maintenant ». Mail épelé : « [[EMAIL:lea underscore dubreuil arobase gmail point com]] ». Code provisoire envoyé par SMS au [[TELEPHONE:07 81 66 20 35]]. Elle : « c'est magique ». Mme [[PERSONNE:Dubreuil]], {{23 ans}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'éducatrice {{CHRS}} (diffus) à {{Amiens}}, {{Le Pigeonnier}}. Couple syrien + {{3 enfants}}. Elle vérifie les inscriptions scolaires, certificats de l'{{école Jules Ferry}} : [[PERSONNE:Omar Al Hassan]] ({{CM2}}), né le [[DATE_NAISSANCE:05/02/2014]], [[PERSONNE:Layla Al Hassan]] ({{CE1}}), née le [[DATE_NAISSANCE:19/11/2016]]. Le petit dernier, [[PERSONNE:Karam]], est né à Amiens en [[DATE_NAISSANCE:2023]]. L'éduc : « lui il aura la nationalité, les autres on verra ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Amiens}}. Jeune couple avec bébé, expulsés de leur location privée, ancienne adresse [[ADRESSE:31 rue Jules Barni, Amiens]]. L'agent remplit la demande de logement social, numéro unique [[IDENTIFIANT:08002241209817]]. Bébé [[PERSONNE:Mya]], née le [[DATE_NAISSANCE:30 mai 2024]]. Le papa donne son numéro : « [[TELEPHONE:zéro six, cinquante-sept, trente, trente, soixante-dix-neuf]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écoute {{FT}}, conseiller entreprises : une agence d'intérim ({{Randstad}} {{Beauvais}}) cherche un cariste. Elle cite un candidat : « M. [[PERSONNE:Guillot]], vous l'avez chez vous ? » Le conseiller ne donne pas les coordonnées, il propose de transmettre l'offre. {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Amiens}} : des jumelles de {{4 ans}}, gastro toutes les deux. La secrétaire crée 2 dossiers, même date de naissance, [[DATE_NAISSANCE:13/01/2021]] : [[PERSONNE:Lola]] et [[PERSONNE:Zoé Caron]]. Le logiciel refuse la deuxième : « doublon possible ». Elle doit forcer 🤯. {{7 min}} pour 2 étiquettes.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Somme}} : un papa veut prendre un congé parental ({{PreParE}}). Conseillère : « votre enfant est né quand ? » — « le [[DATE_NAISSANCE:17 octobre]] » — « l'année ? » — « [[DATE_NAISSANCE:2024]] ». L'enfant s'appelle [[PERSONNE:Arthur]], c'est le 2e, donc droit jusqu'à ses {{3 ans}}. Le papa, M. [[PERSONNE:Delaporte]], demande si sa femme peut la prendre en même temps. Oui, à taux partiel.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Soissons}}. Un résident a ouvert un compte {{Nickel}} au bureau de tabac avec l'éduc, il revient avec le RIB : [[IBAN:FR76 1695 8000 0123 4567 1200 374]]. L'éduc, [[PERSONNE:Karine]], le photocopie pour la {{Caf}}. Le résident, [[PERSONNE:Thierry]], {{61 ans}}, n'avait plus de compte depuis {{2015}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Laon}}. Une maman, bébé en écharpe, vient pour la carte européenne (vacances au {{Portugal}} chez les grands-parents). Pour elle + les enfants : [[PERSONNE:Leonor]] ([[DATE_NAISSANCE:2018]]) et [[PERSONNE:Tiago]] ([[DATE_NAISSANCE:08/2024]]). L'agent : « la carte européenne c'est sur {{Ameli}}, {{2 semaines}} de délai ». La maman, Mme [[PERSONNE:Ribeiro]], n'avait pas de rdv mais on la prend quand même.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Laon}} chez une grand-mère qui a ses 3 petits-enfants confiés par le juge. Le grand est en {{IME}}, dossier {{MDPH}} n° [[IDENTIFIANT:02-2022-04917]]. Les enfants : [[PERSONNE:Kévin]] ([[DATE_NAISSANCE:2010]]), [[PERSONNE:Jessica]] ([[DATE_NAISSANCE:2013]]), [[PERSONNE:Dylan]] ([[DATE_NAISSANCE:2015]]). Mamie [[PERSONNE:Lecomte]], {{67 ans}}, diabétique. L'AS lui parle d'un relais familial, elle refuse : « ils sont à moi maintenant ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel aux urgences de {{Laon}} d'un généraliste, le Dr [[PERSONNE:Aziz]], qui adresse un patient pour suspicion d'appendicite. Il dicte le nom : [[PERSONNE:Mathis Quennehen]], {{17 ans}}, et laisse son portable pour qu'on le rappelle : [[TELEPHONE:06 08 52 91 74]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Amiens Nord}} : job dating logistique. {{12 recruteurs}}, {{140}} candidats annoncés, la file va jusqu'au trottoir à {{9h}}. Une conseillère distribue des badges « candidat » vierges. Café offert par la mairie.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Beauvais}}. Un couple vient déclarer une adoption (enfant née en {{Haïti}}). Jugement d'adoption plénière, RG [[IDENTIFIANT:24/03316]]. L'enfant : [[PERSONNE:Wendy Pierre-Louis]] devenue [[PERSONNE:Wendy Marchal]], née le [[DATE_NAISSANCE:4 août 2019]] à {{Port-au-Prince}}. L'agente ne connaît pas la prime à l'adoption par cœur, elle cherche dans la base. {{25 min}}. Les parents, [[PERSONNE:Hélène]] et [[PERSONNE:Marc Marchal]], très émus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Aisne}}. Appel d'une assistante sociale du CH de {{Soissons}} : une maman sort de la maternité demain avec son nouveau-né, sans logement. L'écoutante note : maman [[PERSONNE:KAMARA Fatoumata]], {{26 ans}}, bébé [[PERSONNE:Moussa]] né le [[DATE_NAISSANCE:11 avril]]. L'AS, Mme [[PERSONNE:Paillard]], poste {{4312}}. Place en centre maternel demandée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : un monsieur n'a pas reçu ses remboursements depuis {{3 mois}}. Le conseiller voit que l'IBAN enregistré est faux (un chiffre de travers). Le monsieur redonne le bon : [[IBAN:FR76 3000 4028 3700 0119 2837 406]]. Impossible de le changer par téléphone, il faut passer par le compte Ameli. M. [[PERSONNE:Guillaume]] soupire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Chauny}}, évaluation pour le portage de repas. La dame de {{91 ans}} nous sert du café et des {{Petit Beurre}}. Elle vit seule depuis {{1998}}. L'agente note : frigo presque vide, escalier dangereux. {{45 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP {{Caf}} {{Laon}} : contrôle de résidence des enfants (soupçon de départ à l'étranger). Dossier [[N_ALLOCATAIRE:3056721]]. L'écran affiche : enf. 1 [[DATE_NAISSANCE:2011-08-14]], enf. 2 [[DATE_NAISSANCE:2013-12-01]]. Personne à l'adresse, [[ADRESSE:4 impasse des Vignes, 02000 Laon]]. La voisine : « ils sont partis au pays depuis l'été ». Avis de passage laissé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Soissons}}, entretien diagnostic. Mme [[PERSONNE:Ouedraogo]] a 4 enfants, dont un en situation de handicap. La conseillère remplit les « freins périphériques » : garde, mobilité. Enfants nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2016]] ([[PERSONNE:Ismaël]], {{AEEH}}) et [[DATE_NAISSANCE:2020]]. Identifiant [[ID_FRANCE_TRAVAIL:2047815B]]. Elle voudrait travailler à la cantine de l'école.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Beauvais}} : un père arrive avec son fils de {{30 ans}} en crise. L'infirmier d'accueil reconnaît le fils, « ah c'est [[PERSONNE:Sébastien]] », ils étaient au lycée ensemble. Dossier ressorti, IPP [[IDENTIFIANT:60-0481275]]. Box fermé, lumière baissée, ça se calme.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Laon}}, réunion d'équipe du lundi {{9h}}. {{6 éducs}}, 1 cheffe de service. Point sur les {{28 places}} : 26 occupées, 2 en attente du {{SIAO}}. Une éduc : « on a encore perdu les clés de la {{Kangoo}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec une conseillère {{PRADO}} (retour de maternité) à {{Saint-Quentin}}, [[ADRESSE:12 rue de Vermand, 02100 Saint-Quentin]]. Elle vérifie que la sage-femme libérale, Mme [[PERSONNE:Hamel]], est bien passée. Bébé [[PERSONNE:Ayden]], né le [[DATE_NAISSANCE:20 mars 2025]], {{3,2 kg}}. La maman dort debout.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Soissons}}, tél : une femme demande l'aide à la cantine. L'agente prend prénoms et dates de naissance : « [[PERSONNE:Enzo]], [[DATE_NAISSANCE:2 décembre 2015]] ; [[PERSONNE:Lana]], [[DATE_NAISSANCE:9 juillet 2018]] ». Nom [[PERSONNE:Vandenbussche]], elle épelle « [[PERSONNE:V-A-N-D-E-N]]... ». L'agente rit : « je connais, ma voisine s'appelle pareil ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Compiègne}}, {{9h15}}. Un étudiant de l'{{UTC}} demande l'{{APL}} pour sa coloc. Il n'a pas de mail français, juste [[EMAIL:wang.hao@163.com]]. L'agent : « ça marche ». M. [[PERSONNE:Wang]] demande si son garant compte. Non.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Somme}} : un homme qui dit s'appeler « le [[PERSONNE:Grand Mo]] » appelle avec le portable d'un passant, [[TELEPHONE:06 93 27 15 48]]. L'écoutante le connaît. Place trouvée à l'{{accueil de nuit Saint-Jacques}}, à {{20h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Beauvais}} : appel d'un commissaire de justice pour un locataire en impayé, M. [[PERSONNE:Lefranc]], dossier d'expulsion n° [[IDENTIFIANT:2024-0457-EXP]]. L'agente ne donne aucune info. Me [[PERSONNE:Godin]] laisse son portable : [[TELEPHONE:06 21 40 73 59]].",
    ),
]

# Edit 5: notes 161-200.
BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Amiens}}, première demande de {{RSA}} d'une femme qui vient de se séparer. L'agent : « votre numéro de sécu ? » — elle lit sa carte : [[NIR:2 88 03 80 021 045 76]]. Née à Amiens le [[DATE_NAISSANCE:9 mars 1988]]. Enfants : [[PERSONNE:Nathéo]] ([[DATE_NAISSANCE:2014]]) et [[PERSONNE:Mila]] ([[DATE_NAISSANCE:2017]]). Elle s'appelle [[PERSONNE:Jennifer Dhenin]]. L'agent lui explique le {{RSA majoré}}, possible pendant {{12 mois}}. Elle note tout sur le dos d'un ticket de caisse.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Oise}} : une grand-mère qui touche l'{{ASF}} pour sa petite-fille demande pourquoi le virement n'est pas arrivé. Conseiller : le compte enregistré a été clôturé. Elle lit son nouveau RIB : « [[IBAN:30004 00812 00010457823 16]] ». Il faut le déposer en ligne, désolé. La petite : [[PERSONNE:Maélia]], {{11 ans}}. Mamie : Mme [[PERSONNE:Loiseau]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Soissons}}, [[ADRESSE:19 avenue de Reims, 02200 Soissons]]. Déclaration : Mme [[PERSONNE:Morel]], 3 enfants, seule. Devant la maison, un camion de chantier avec le lettrage « {{Morel Rénovation}} », immat [[IMMATRICULATION:GK-118-RS]]. Elle : « c'est mon frère, l'entreprise est à lui ». Enfants présents : [[PERSONNE:Kenzo]], [[PERSONNE:Léna]] et [[PERSONNE:Mathys]]. Le contrôleur vérifie sur les carnets de santé : [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2019]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Laon}}. Mme [[PERSONNE:Lemaître]], {{53 ans}}, élève son petit-fils et veut le rattacher sur sa carte : [[PERSONNE:Timéo]], né en [[DATE_NAISSANCE:2016]]. L'agent vérifie son NIR à elle, [[NIR:271090240813346]] : « vous êtes bien née en [[DATE_NAISSANCE:septembre 71]] ? » — « oui, à Laon même ». Pour le petit, il faut le jugement de délégation d'autorité parentale. Elle l'a pas sur elle. Retour la semaine prochaine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Soissons}}, {{4h10}} : accouchement inopiné dans le sas des ambulances ! La secrétaire crée l'identité du bébé : « BB [[PERSONNE:TRAN]] », né le [[DATE_NAISSANCE:14/11/2024]] à {{4h02}}. Mère : [[PERSONNE:TRAN Thi Lan]]. Le père, [[PERSONNE:Minh]], arrive en courant du parking. Tout le monde applaudit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Oise}}, {{17h}} : une femme enceinte de {{8 mois}}, avec son mari et leur fils, dort dans une voiture immatriculée en {{Roumanie}}, [[IMMATRICULATION:BV 12 XPL]]. Nom : [[PERSONNE:Stoica]]. Le fils, [[PERSONNE:Andrei]], né en [[DATE_NAISSANCE:2020]]. Tél : [[TELEPHONE:+40 742 318 905]]. L'écoutante cherche une place en urgence, priorité grossesse.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : un père demande quand son fils de {{16 ans}} aura sa carte vitale. Conseiller : « il la reçoit automatiquement, vérifions l'adresse » : [[ADRESSE:6 rue des Jacobins, 80000 Amiens]]. Le fils : [[PERSONNE:Noé Bouvier]], né le [[DATE_NAISSANCE:3 janvier 2009]]. La carte est partie le {{12}}. Le père donne son mail pour le suivi : [[EMAIL:bouvier.famille@free.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Laon}}, distribution des {{bons de Noël}} pour les familles. {{64 familles}}, un bon de {{30 €}} par enfant à dépenser à l'{{Intermarché}}. Les agents ont préparé des enveloppes nominatives (je ne vois pas les noms). Un papa compte ses bons deux fois.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Saint-Quentin}}, {{Vermandois}} : demande d'aide pour une caution. Couple + 2 enfants + la mère de madame, [[ADRESSE:28 rue de Fayet, 02100 Saint-Quentin]]. Nouveau logement à {{Gauchy}}. Le propriétaire veut la caution sur son compte : l'AS recopie le RIB de M. [[PERSONNE:Delval]], [[IBAN:FR76 1627 5003 0008 0031 5269 445]]. Foyer : M. [[PERSONNE:Fofana]] ([[DATE_NAISSANCE:1985]]), madame ([[DATE_NAISSANCE:1990]]), enfants ([[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2018]]), grand-mère ([[DATE_NAISSANCE:1958]]).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Amiens}} : une ado appelle pour sa sœur de {{14 ans}} qui a trop bu à une soirée. L'IOA, calme, lui dit d'appeler le {{15}}. L'ado donne quand même tout : « elle s'appelle [[PERSONNE:Clémence]], elle est née le [[DATE_NAISSANCE:vingt et un mars deux mille dix]], moi c'est [[PERSONNE:Lucie]] ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Quentin}}. L'agent tourne l'écran vers la dame, je lis la compo :\nN° ALLOC [[N_ALLOCATAIRE:1822736]]\nALLOCATAIRE [[PERSONNE:DIALLO MARIAMA]] NE(E) LE [[DATE_NAISSANCE:05/05/1991]]\nCONJOINT : NEANT\nENFANT [[PERSONNE:DIALLO ALPHA]] NE(E) LE [[DATE_NAISSANCE:18/03/2012]]\nENFANT [[PERSONNE:DIALLO HAWA]] NE(E) LE [[DATE_NAISSANCE:30/07/2016]]\nLa dame dit qu'il manque [[PERSONNE:Binta]], née le [[DATE_NAISSANCE:22 décembre]]. L'acte est resté en {{Guinée}}. L'agent : « sans acte, je ne peux pas ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Laon}}, aide à la mobilité. Un demandeur de {{47 ans}} veut une aide pour réparer sa voiture (embrayage, devis {{Speedy}} {{780 €}}). La conseillère vérifie la carte grise : [[IMMATRICULATION:CV-453-EF]], au nom de son ex-femme. Problème. Identifiant du monsieur : [[ID_FRANCE_TRAVAIL:5183027L]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en diffus, {{Beauvais}} {{Saint-Jean}} : l'éduc aide la famille à faire la déclaration trimestrielle {{RSA}} sur le téléphone. N° allocataire [[N_ALLOCATAIRE:5067382]]. La maman, [[PERSONNE:Priscilla]], le papa, [[PERSONNE:Jordan]], pacsés, 2 enfants. L'éduc fait tout, ils regardent. {{20 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec un agent {{CPAM}} du contrôle des transports, chez {{Ambulances du Vermandois}} à {{Saint-Quentin}}. Le gérant, M. [[PERSONNE:Caudron]], sort les feuilles de route. 3 transports facturés le même jour à la même heure pour une patiente, Mme [[PERSONNE:Louvet]]. « Erreur de saisie », dit le gérant. L'agent repart avec {{40}} photocopies.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Amiens}} : une maman appelle pour inscrire ses enfants aux colos municipales. L'agente saisit : « Premier : [[PERSONNE:Ilan]], né le [[DATE_NAISSANCE:1er avril 2013]] — non c'est pas une blague 🐟. Deuxième : [[PERSONNE:Sohan]], [[DATE_NAISSANCE:juin 2016]]. » Quotient familial {{620}}, tarif {{12 €}} la journée. Nom de famille : [[PERSONNE:Benchekroun]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Aisne}} : un homme veut changer l'adresse mail de son compte, il pense qu'il a été piraté. Conseiller : « votre numéro d'allocataire ? » — « [[N_ALLOCATAIRE:0938115]] ». Nouvelle adresse : [[EMAIL:r.kabeya@protonmail.com]]. Le conseiller refuse de le faire par téléphone, sécurité. M. [[PERSONNE:Kabeya]] raccroche sèchement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Soissons}}, accueil d'un père seul avec ses 2 filles (la mère est incarcérée). L'éduc, [[PERSONNE:Jérôme]], remplit : père [[PERSONNE:Laurent Bisson]], [[DATE_NAISSANCE:1983]] ; filles [[PERSONNE:Clémence]] ([[DATE_NAISSANCE:2011]]) et [[PERSONNE:Ambre]] ([[DATE_NAISSANCE:2014]]). Les filles partagent une chambre, lui est en face. « C'est rare un papa seul ici », dit [[PERSONNE:Jérôme]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{FT}} : une maman déclare son congé maternité pendant sa formation. Conseillère : « date d'accouchement ? » — « il est né le [[DATE_NAISSANCE:2 juin]] ». La formation est suspendue, pas arrêtée. Identifiant [[ID_FRANCE_TRAVAIL:8841023Z]]. Le bébé s'appelle [[PERSONNE:Aylan]]. Félicitations collectives dans l'open space 🎉.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief avec le contrôleur {{Caf}} au bureau de {{Laon}}, entre deux visites. Il fait {{180}} contrôles par an, {{60 %}} sans anomalie. Il dit que le plus dur c'est « les gens qui ont peur alors qu'ils ont rien fait ». Sandwich dans la voiture.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : une assistante familiale veut rattacher un enfant placé chez elle sur sa carte vitale. Conseiller : « non, c'est l'{{ASE}} qui gère, il a ses propres droits ». Elle : « mais la pharmacie me refuse ! » L'enfant : [[PERSONNE:Noa Dufresne]], né le [[DATE_NAISSANCE:11.02.2018]]. Elle donne son numéro d'agrément : [[IDENTIFIANT:AGR-02-2014-117]]. Le conseiller fait un signalement interne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Beauvais}}, inscription à l'épicerie solidaire pour une famille de {{7}}. Fiche : Mme [[PERSONNE:Mukendi]], [[ADRESSE:3 square Jean Bart, 60000 Beauvais]], tél [[TELEPHONE:07 52 86 14 30]]. {{5 enfants}}, de {{2}} à {{15 ans}}. L'agente note juste les années : [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2019]], [[DATE_NAISSANCE:2023]]. Droits ouverts pour {{6 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Laon}}, fin de garde à {{8h}}, transmissions. L'équipe de nuit a vu {{38 patients}}. Le médecin de jour arrive avec des croissants 🥐. Personne n'a dormi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Somme}}, {{2h}} : plus un appel depuis {{40 min}}. L'écoutant met à jour les fiches des hôtels. Il dit que c'est rare.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant {{FT}} {{Amiens}} : proposition d'offre. « M. [[PERSONNE:Sivakumar]] ? C'est pour un poste de préparateur de commandes chez {{Lidl}} à {{Longueau}}, ça vous intéresse ? » — « oui, mais j'ai pas le permis ». La conseillère note : mobilité vélo. {{3 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Compiègne}} pour une demande de logement adapté. Une mère de {{72 ans}}, son fils handicapé de {{45 ans}} et le petit-fils de {{12 ans}} dont elle a la tutelle. L'AS note : fils [[PERSONNE:Pascal Leduc]], né le [[DATE_NAISSANCE:8 mai 1979]], dossier {{MDPH}} n° [[IDENTIFIANT:60-2009-00384]] ; petit-fils [[PERSONNE:Lenny]], né le [[DATE_NAISSANCE:31/08/2012]]. La mère, Mme [[PERSONNE:Leduc]], fait tout avec une canne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Compiègne}} : une mère déclare la naissance de son 3e et donne un nouveau RIB (compte joint) : [[IBAN:FR76 1751 5900 0008 4123 5678 012]]. Bébé : [[PERSONNE:Lyna]], [[DATE_NAISSANCE:08/01/2025]]. Mère : Mme [[PERSONNE:Benhamed]]. L'agent : « le bébé aura son propre numéro dans {{3 semaines}} environ ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Amiens}} : des triplées ! Le papa vient seul, la maman est encore à la maternité. [[PERSONNE:Anna]], [[PERSONNE:Emma]] et [[PERSONNE:Hanna]], nées le [[DATE_NAISSANCE:21 janvier 2025]] (des prénoms palindromes, il est fier 😄). Dossier [[N_ALLOCATAIRE:7194026]]. L'agente n'a jamais fait de triplés, elle appelle sa référente. Le papa, M. [[PERSONNE:Lefèbvre]], attend en souriant.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du {{CHRS}} à {{Noyon}}, vide depuis {{3 semaines}} (la famille est partie en logement pérenne). État des lieux. L'éduc trouve un dessin d'enfant scotché sur le frigo : « merci pour tout », signé « [[PERSONNE:Inès]] {{8 ans}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Somme}} : une jeune de {{19 ans}}, enceinte, veut savoir si elle a droit au {{RSA}}. Conseiller : oui, majoré si isolée. Il fait la simulation avec sa date de naissance, « [[DATE_NAISSANCE:16/04/2005]] ». Elle vit chez sa tante à {{Doullens}}. Prénom : [[PERSONNE:Kimberley]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{CPAM}} après un accident avec tiers responsable, chez la victime : [[ADRESSE:47 route de Paris, 80480 Dury]]. M. [[PERSONNE:Chaouch]] raconte : renversé sur un passage piéton par une voiture, [[IMMATRICULATION:EB 928 LT]] (il avait écrit la plaque sur sa main, il montre la photo). L'enquêtrice note tout pour le recours contre l'assureur.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Soissons}} : un monsieur demande une aide pour les obsèques de sa femme. L'agente est très douce. Il montre le livret de famille, la page du décès : épouse [[PERSONNE:Jeanne Marie Lefort]], née le [[DATE_NAISSANCE:1er mai 1949]], décédée le {{3 février}}. {{2 enfants}}, « mais ils sont loin ». Aide possible jusqu'à {{500 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Saint-Quentin}}, conseillère dédiée aux parents isolés. Mme [[PERSONNE:Delannoy]], 2 enfants ([[PERSONNE:Maëlys]] {{9 ans}}, [[PERSONNE:Nolan]] {{5 ans}}). Elle a trouvé une solution de garde : la voisine, « tata [[PERSONNE:Sylvie]] ». Mail pour recevoir les offres : [[EMAIL:delannoy.c@hotmail.com]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel aux urgences de {{Soissons}} : l'{{EHPAD Les Jardins de Saint-Médard}} demande des nouvelles d'un résident transféré hier. L'IDE répond que M. [[PERSONNE:Desmarets]] est monté en cardio. {{2 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP {{Caf}} à {{Amiens}}, {{Henriville}} : un enfant déclaré à charge qui est en fait le neveu venu du {{Sénégal}}. Le contrôleur demande le jugement de délégation. Neveu : [[PERSONNE:Cheikh]], né le [[DATE_NAISSANCE:12/10/2010]] à {{Thiès}}, passeport sénégalais n° [[IDENTIFIANT:A02719354]]. L'oncle, M. [[PERSONNE:Ndoye]], NIR [[NIR:1 75 03 99 341 023 81]], né au Sénégal en [[DATE_NAISSANCE:mars 75]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Saint-Quentin}} : l'éduc aide une maman à remplir le dossier de bourse de collège. Il faut un RIB : [[IBAN:FR76 1470 7000 1403 2198 7451 296]]. L'enfant : [[PERSONNE:Yassine]], en {{6e}} au {{collège Jean Moulin}}. Avis d'imposition : {{0 €}}. La maman, [[PERSONNE:Hafsa]], écrit son nom lentement, en capitales.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Aisne}}, {{20h}} : une femme avec 3 enfants mise dehors par sa belle-famille. L'écoutante note : [[PERSONNE:Yasmina]] ([[DATE_NAISSANCE:2012]]), [[PERSONNE:Souleymane]] ([[DATE_NAISSANCE:2015]]), [[PERSONNE:Hamza]] ([[DATE_NAISSANCE:2021]]). La mère : [[PERSONNE:Zoubida]], {{33 ans}}. Mise à l'abri : {{hôtel Campanile}} de {{Laon}}, {{chambres 4 et 5}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} chez un monsieur isolé signalé par la gardienne ({{Amiens Habitat}}) : [[ADRESSE:2 rue Edmond Rostand, appt 43, 80080 Amiens]]. M. [[PERSONNE:Leclerc]], {{78 ans}}, ouvre en pyjama. Il n'a pas mangé depuis {{2 jours}}. L'AS appelle le {{SAAD}} pour un passage dès ce soir.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, pause de {{15 min}} à {{10h30}} : les conseillers parlent de la nouvelle version du logiciel qui « rame ». Reprise à {{10h45}}, {{31 appels}} en attente.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Laon}} : une mère appelle pour l'aide au {{BAFA}} de sa fille. « [[PERSONNE:Lucie]], elle a eu {{17 ans}} le [[DATE_NAISSANCE:3 août]]. » L'agente : il faut avoir 17 ans le premier jour de la session, c'est bon. Dossier à retirer à l'accueil. La mère : Mme [[PERSONNE:Fontaine]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en diffus, {{Saint-Quentin}} {{Europe}} : la famille [[PERSONNE:Sargsyan]] ({{Arménie}}) prépare l'anniversaire du petit, [[PERSONNE:Davit]], {{5 ans}} aujourd'hui 🎂. L'éduc vérifie le récépissé de demande de titre de séjour de la mère, n° [[IDENTIFIANT:0209183746]], qui expire dans {{2 mois}}. « On relance la préfecture de {{Laon}} demain. »",
    ),
]

# Edit 6: notes 201-240.
BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Beauvais}} : un papa corse (il insiste 😄), muté à l'{{aéroport de Tillé}}, ouvre un dossier avec sa femme enceinte et leur fils. L'agent saisit son NIR : [[NIR:1 84 06 2A 004 156 88]]. « {{Ajaccio}} ! [[DATE_NAISSANCE:juin 84]], comme mon frère. » Lui : [[PERSONNE:Jean-Baptiste Santoni]] ; le fils : [[PERSONNE:Lisandru]], né le [[DATE_NAISSANCE:07/07/2020]]. Terme de madame : {{octobre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Aisne}}, tél, vendredi {{16h}}. Les appels s'arrêtent net à {{16h30}}, fermeture. Le conseiller finit les mails, {{23}} en attente. « Le lundi c'est le double. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Compiègne}}, quartier du {{Clos des Roses}}. Dossier [[N_ALLOCATAIRE:2764019]]. Mme [[PERSONNE:Hamdi]] déclare un enfant de plus : sa nièce [[PERSONNE:Rania]], née le [[DATE_NAISSANCE:2/3/2015]], arrivée de {{Tunisie}} il y a {{6 mois}}, passeport tunisien n° [[IDENTIFIANT:P04812937]]. Sur le parking, la voiture de madame, [[IMMATRICULATION:GZ-204-HD]], assurée au nom de M. [[PERSONNE:Hamdi]], le mari « parti ». Le contrôleur lève un sourcil.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Amiens}}. Mme [[PERSONNE:Poiret]], {{56 ans}}, demande la {{CSS}} pour elle et son petit-fils qu'elle élève. NIR [[NIR:2 68 12 80 001 097 02]], « née à {{Abbeville}}, en [[DATE_NAISSANCE:décembre 68]] ». Le petit-fils, [[PERSONNE:Louka]], {{15 ans}}. L'agent explique que le foyer CSS inclut l'enfant s'il est à sa charge. Elle a le jugement du {{JAF}} dans une pochette plastique.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Saint-Quentin}} : un jeune veut ses remboursements sur sa banque en ligne lituanienne : [[IBAN:LT35 3250 0123 4567 8901]]. L'agent hésite, vérifie : un IBAN de la zone {{SEPA}}, c'est accepté. M. [[PERSONNE:Bastien Hurtel]] repart content.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Soissons}} : une mère ukrainienne (protection temporaire) demande les cartes vitale des enfants. L'agent lit les passeports : [[PERSONNE:Kateryna Melnyk]] [[DATE_NAISSANCE:1987]], [[PERSONNE:Maksym]] [[DATE_NAISSANCE:15.08.2011]], [[PERSONNE:Polina]] [[DATE_NAISSANCE:02.12.2015]]. Numéros provisoires en attente. L'agent traduit avec {{Google Traduction}} sur son téléphone perso.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : un papa veut savoir si sa fille de {{20 ans}}, étudiante à {{Lille}}, est encore rattachée à lui. Conseiller : non, les étudiants ont leurs propres droits depuis {{2019}}. Il vérifie : [[PERSONNE:Louise Masset]], née le [[DATE_NAISSANCE:30/01/2005]], droits ouverts à son nom. Le papa : « on m'a jamais rien dit ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : un monsieur de {{66 ans}} ne comprend pas pourquoi il n'a plus d'indemnités journalières. Conseillère : parce qu'il est à la retraite depuis {{novembre}} ! Il dicte son NIR : [[NIR:158106005722122]]. « Né à {{Beauvais}} ? » — « à l'hôpital, en [[DATE_NAISSANCE:octobre 1958]] ». Il rit de lui-même.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle sur place {{CPAM}} : vérif de la résidence des enfants pour une {{CSS}}, famille [[PERSONNE:Koné]] à {{Laon}}, [[ADRESSE:10 rue du Bourg, 02000 Laon]]. L'enquêtrice demande à voir les enfants : [[PERSONNE:Fatim]] ({{13 ans}}) et [[PERSONNE:Drissa]] ({{10 ans}}), présents, font leurs devoirs. Certificat de scolarité de l'{{école Jean Mermoz}} : ok.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée de l'enquêteur {{CPAM}} sur le secteur {{Noyon}}-{{Chauny}} : {{4 visites}} prévues, une seule personne présente. {{112 km}} dans la journée. Il remplit ses fiches dans la voiture, sur ses genoux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Agent {{CPAM}} en visite chez une infirmière libérale à {{Beauvais}}, contrôle de facturation. Mme [[PERSONNE:Vermeulen]] montre son planning : {{27 patients}} par jour. Un patient apparaît deux fois le même jour, M. [[PERSONNE:Ledoux]]. Elle explique : matin et soir, insuline. Ok.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Quentin}} : aide à la rentrée pour une famille recomposée. L'agente liste : enfants de madame [[PERSONNE:Thuillier]], [[PERSONNE:Lou]] ([[DATE_NAISSANCE:2013]]) et [[PERSONNE:Tess]] ([[DATE_NAISSANCE:2016]]) ; fils de monsieur [[PERSONNE:Mansouri]], [[PERSONNE:Naïm]] ([[DATE_NAISSANCE:2012]]), en garde alternée ; l'enfant commun, [[PERSONNE:Sami]] ([[DATE_NAISSANCE:2022]]). Réponse par mail : [[EMAIL:thuillier.mansouri@gmail.com]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Creil}}, {{11h}} : {{7 personnes}} en salle d'attente, une seule agente à l'accueil. Le téléphone sonne en continu, elle ne décroche pas. Une dame me demande si je suis « la nouvelle ». Non 😅.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Amiens}}, domiciliation. Un homme de {{39 ans}} récupère une lettre de {{France Travail}} : une convocation. Il me la montre, fier : « j'ai un rdv ». Sur la lettre : identifiant [[ID_FRANCE_TRAVAIL:7302618C]], M. [[PERSONNE:Dos Reis]]. Il donne son nouveau numéro pour la fiche : [[TELEPHONE:07.45.20.98.16]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Soissons}} : une maman appelle pour l'aide au permis de son fils de {{18 ans}}. « Il est de [[DATE_NAISSANCE:2006]], du [[DATE_NAISSANCE:14 juillet]], comme la fête nationale. » L'agente rit. Le fils : [[PERSONNE:Killian]]. Le dossier partira par mail à [[EMAIL:nathalie.brasseur02@orange.fr]]. Mme [[PERSONNE:Brasseur]] remercie trois fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Beauvais}}, tél : une dame demande les horaires de la {{banque alimentaire}}. L'agente : « mardi et jeudi, {{14h}}-{{16h30}} ». {{40 secondes}}. Suivant.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Laon}} : l'assistante sociale de secteur appelle pour un dossier d'aide et dicte la compo : « Madame [[PERSONNE:Oliveira]], [[DATE_NAISSANCE:12/04/1986]], et ses 3 enfants, [[PERSONNE:Bruna]], [[PERSONNE:Davi]] et [[PERSONNE:Gael]] », nés en [[DATE_NAISSANCE:2009]], [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2018]]. Dossier {{Caf}} [[N_ALLOCATAIRE:4172035]] pour vérifier les prestations.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Beauvais}} chez un couple âgé qui héberge son petit-fils majeur sans ressources, [[ADRESSE:15 rue du Faubourg Saint-Jacques, 60000 Beauvais]]. Grand-père M. [[PERSONNE:Dumortier]], né en [[DATE_NAISSANCE:1944]], grand-mère née en [[DATE_NAISSANCE:1947]], petit-fils [[PERSONNE:Jason]] ([[DATE_NAISSANCE:2004]]). L'AS lui parle du {{CEJ}}, il hausse les épaules.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Tergnier}} : appartement d'une personne âgée après un dégât des eaux. Plafond effondré dans la cuisine. La dame a dormi chez sa voisine. Photos pour l'assurance ({{Groupama}}). {{30 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Amiens}}, {{Saint-Leu}} : une jeune maman de jumeaux de {{6 semaines}}, épuisée. L'AS demande les prénoms : [[PERSONNE:Malo]] et [[PERSONNE:Lise]], nés le [[DATE_NAISSANCE:1er mars]]. Le papa, [[PERSONNE:Corentin]], travaille de nuit à l'entrepôt. Numéro de la maman pour le suivi : [[TELEPHONE:06 54 33 18 02]]. L'AS demande une {{TISF}} via la {{Caf}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Beauvais}}, {{13h}} : un père amène sa fille de {{7 ans}}, doigt coincé dans une porte. Il donne sa carte vitale à lui : [[NIR:1 90 12 99 352 081 72]], la petite est rattachée : [[PERSONNE:Lina Bensaïd]], [[DATE_NAISSANCE:2017]]. La secrétaire : « vous, né en {{Algérie}}, [[DATE_NAISSANCE:décembre 90]] ? » — « [[PERSONNE:Mourad Bensaïd]], oui ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Soissons}} : un fourgon garé devant l'entrée ambulances. L'agent de sécurité au micro : « le propriétaire du véhicule [[IMMATRICULATION:DZ-381-KW]] est prié de le déplacer ». Personne. Au bout de {{10 min}}, un monsieur sort du {{box 3}} en blouse ouverte 😂.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Saint-Quentin}} : une grand-mère qui garde ses 3 petits-enfants, le bébé a vomi toute la nuit. L'IDE pose les questions : âge ? « {{4 mois}} ». Nom ? « [[PERSONNE:Gabriel Dufossé]] ». Elle se présente : « Mamie [[PERSONNE:Ginette]] ». Conseil : venir si le bébé refuse les biberons.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél urgences {{Laon}} : 3 appels d'affilée pour savoir si les urgences sont ouvertes la nuit (rumeur de fermeture sur {{Facebook}}). L'IDE : « oui, {{24h/24}} ». Elle soupire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Amiens}} : mise à jour de la fiche d'une famille congolaise. Titre de séjour de la mère, AGDREF [[IDENTIFIANT:8001947263]]. Mère : [[PERSONNE:NSIMBA Béatrice]]. Enfants : [[PERSONNE:Exaucé]] [[DATE_NAISSANCE:2013]], [[PERSONNE:Précieuse]] [[DATE_NAISSANCE:2016]], [[PERSONNE:Emmanuel]] [[DATE_NAISSANCE:2019]]. L'éduc imprime la nouvelle attestation d'hébergement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Laon}} : un résident a touché sa première paie (CDD en maraîchage). L'éduc l'aide à mettre en place un virement permanent pour sa participation. RIB {{Banque Postale}} : [[IBAN:FR54 2004 1010 0505 1234 7K02 284]]. [[PERSONNE:Sylvain]], {{44 ans}}, rayonne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Beauvais}}, {{12h}} : repas collectif, {{19 résidents}}, {{3 enfants}}. Au menu : hachis parmentier. Un résident fait le service. Je mange avec eux, personne ne me demande ce que je fais là.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Oise}}, {{21h}} : un père avec sa fille de {{11 ans}}, ils sortent de l'hôpital de {{Creil}}. L'écoutant : « nom, prénom, date de naissance du papa ? » — « [[PERSONNE:BOUAZZA Rachid]], [[DATE_NAISSANCE:vingt-six août soixante-dix-neuf]] ». La fille : [[PERSONNE:Assia]]. Place ce soir au {{CHRS La Passerelle}}. Tél pour rappel : [[TELEPHONE:06-38-72-14-95]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Somme}} : un travailleur social d'{{Emmaüs}} appelle pour un monsieur de {{60 ans}}. Nom [[PERSONNE:Wójcik]], DDN [[DATE_NAISSANCE:19/06/1964]]. Orientation vers une {{pension de famille}}, liste d'attente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en diffus à {{Soissons}} : le travailleur social vérifie le respect du règlement. Dans la cour, une voiture sans plaque avant, plaque arrière [[IMMATRICULATION:HB-052-YS]]. Le père, M. [[PERSONNE:Demir]], dit qu'il la répare pour la vendre. Les enfants, [[PERSONNE:Yusuf]] et [[PERSONNE:Azra]], jouent autour. Rappel du règlement : pas d'activité commerciale.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} en diffus à {{Laon}} : couple + bébé. L'éduc aide à remplir la demande de {{CSS}}. Père : [[PERSONNE:Antoine Luciani]], NIR [[NIR:187052B03307833]], né à {{Bastia}} en [[DATE_NAISSANCE:mai 1987]]. Mère : [[PERSONNE:Chloé Dufay]]. Bébé : [[PERSONNE:Matteu]], né le [[DATE_NAISSANCE:28/02/2025]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'éducatrice {{CHRS}} en diffus à {{Chauny}} : fuite sous l'évier. Elle appelle le plombier du bailleur ({{Clésence}}), rdv demain {{8h}}. En attendant, une bassine. {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Amiens}} : une femme de {{38 ans}} reprend après un congé parental de {{3 ans}} (3e enfant). La conseillère saisit les enfants pour l'aide à la garde : [[PERSONNE:Hugo]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Louane]] [[DATE_NAISSANCE:2016]], [[PERSONNE:Arthur]] [[DATE_NAISSANCE:2021]]. Identifiant [[ID_FRANCE_TRAVAIL:6628104H]], Mme [[PERSONNE:Lenglet]]. Son ancien employeur, {{Auchan}}, ne l'a pas reprise.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Compiègne}}, accueil : un homme demande à voir « sa conseillère, Mme [[PERSONNE:Lacroix]] ». Elle est en formation. L'agent d'accueil prend un message : « rappeler M. [[PERSONNE:Tshibangu]] au [[TELEPHONE:06 27 81 49 03]] ou par mail, [[EMAIL:tshibangu.p@gmail.com]] ». Il repart rassuré.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{FT}} : une jeune femme de {{25 ans}}, mère d'un bébé de {{10 mois}}, n'a pas reçu son allocation. Conseillère : « votre identifiant ? » — « [[ID_FRANCE_TRAVAIL:3195062V]] ». Il manque l'attestation de la {{Caf}} pour la garde de la petite, [[PERSONNE:Noélie]]. Renvoi vers l'espace perso.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{FT}} {{Beauvais}} : {{1h}} d'écoute, {{9 appels}}. Le conseiller a 2 écrans et 3 logiciels ouverts. Il dit « on est devenus des standardistes ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Laon}}. Une maman déclare le changement de nom de son fils (reconnaissance par le père + déclaration conjointe à la mairie). Avant : [[PERSONNE:Nathan Gosselin]] ; après : [[PERSONNE:Nathan Bakari]]. Né le [[DATE_NAISSANCE:6 juin 2019]]. L'agente met à jour, le logiciel crée un doublon 🙃. {{15 min}} de correction.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Somme}} : une mère appelle pour son fils autiste ({{AEEH}}). Elle a changé de banque, le conseiller lui dit de mettre le RIB en ligne ; elle le lit quand même : [[IBAN:FR33 3000 2005 5000 0015 7841 Z25]]. Dossier [[N_ALLOCATAIRE:3401958]]. Le fils : [[PERSONNE:Aurélien]], {{12 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Oise}} : un monsieur en colère, « vous me réclamez {{2 400 €}} ! ». Indu d'{{APL}} : il n'a pas déclaré sa mise en couple. Conseiller : « votre compagne, Mme [[PERSONNE:Dufrêne]], vit chez vous depuis quand ? » — « depuis la naissance du petit, en [[DATE_NAISSANCE:2023]] ». Le conseiller note. Plan de remboursement possible.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Saint-Quentin}}, {{Remicourt}} : Mme [[PERSONNE:Lebon]], allocataire, déclare héberger son fils majeur, sa compagne et leur bébé. Le contrôleur refait la compo : [[PERSONNE:LEBON Kévin]] ([[DATE_NAISSANCE:2003]]), sa compagne [[PERSONNE:Chaïma]] ([[DATE_NAISSANCE:2005]]), bébé [[PERSONNE:Lya]] ([[DATE_NAISSANCE:2024]]). {{4 personnes}} dans un {{T2}}, [[ADRESSE:5 rue Émile Zola, 02100 Saint-Quentin]]. Le contrôleur conseille une demande de logement social. Pas d'anomalie.",
    ),
]

# --- end of notes ---

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6

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
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
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


def split(cells):
    """Draw the halves from {id: (site_kind, channel)} only; return (dev ids, holdout ids)."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(set(cells.values())):
        ids = sorted(i for i, c in cells.items() if c == cell)
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
