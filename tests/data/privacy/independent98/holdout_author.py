"""Author's source for the independent98 evaluation corpus (stdlib only, deterministic).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. Running this
module strips the marks, computes the offsets (Python string indices, end exclusive), numbers
the notes ``ind98-001`` ... ``ind98-240`` in writing order, draws the dev / holdout split and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind98"
SEED = 98

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h10}} file deja longue. Mme [[PERSONNE:Vandenbussche]] vient pour son {{APL}} : "
        "elle a déménagé au [[ADRESSE:23 rue Jean Jaurès, 59100 Roubaix]], juste en face de la "
        "{{Boulangerie Lefebvre}} (elle précise, comme si ça aidait l'agent 😅). L'agente, "
        "[[PERSONNE:Sabrina]], voit que le changement d'adresse n'est jamais remonté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame qui veut savoir si la {{prime de Noël}} tombe avant {{le 25}}. L'agent : "
        "« c'est versé vers le {{15 décembre}} pour les bénéficiaires du {{RSA}} ». Elle dit merci, "
        "qu'elle ira aux {{Restos du Cœur}} de {{Tourcoing}} en attendant. Durée {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 4}}. Patient [[PERSONNE:Mehdi Bouzid]], {{34 ans}}, douleur thoracique. L'IOA "
        "([[PERSONNE:Aurélie]]) tape la DDN [[DATE_NAISSANCE:14/02/1990]], IPP "
        "[[IDENTIFIANT:800451276]]. Attente annoncée {{3h}}. Il demande s'il peut sortir fumer. "
        "Réponse : non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune homme, [[PERSONNE:Kylian]] (pas {{Mbappé}} lol ⚽), vient s'inscrire. {{CAP}} "
        "boulanger, stage chez {{Paul}} en gare de {{Lille-Flandres}}. Identifiant donné : "
        "[[ID_FRANCE_TRAVAIL:5540218T]]. Conseillère Mme [[PERSONNE:Ouedraogo]], très patiente.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Monsieur âgé, [[PERSONNE:Marcel Roux]], demande un bon pour l'{{épicerie sociale}} de la "
        "{{rue Pierre Legrand}}. Il montre ses cheveux : « {{roux}} de naissance, comme mon nom » 😄. "
        "Vit seul depuis la {{Toussaint}}, sa femme est décédée. L'agent lui parle aussi du "
        "{{plan canicule}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{10h42}}. Monsieur veut une nouvelle {{carte Vitale}}, il dicte son numéro de sécu "
        "à voix haute : [[NIR:1 62 11 62 498 031 37]]. L'agent relit : « "
        "[[PERSONNE:Kaczmarek Zbigniew]], né à {{Lens}} en [[DATE_NAISSANCE:novembre 62]] ? » → "
        "oui. Délai annoncé {{3 semaines}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h15}}. Femme avec {{2 enfants}} dehors devant la gare {{Lille-Europe}}. Elle "
        "donne son nom : [[PERSONNE:Grâce Mbuyi]]. L'écoutant ([[PERSONNE:Thibault]]) cherche : "
        "plus rien sur {{Lille}}, proposition {{hôtel B&B}} à {{Villeneuve-d'Ascq}}, "
        "{{chambre 214}}. Elle accepte, il faut un taxi.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place chez Mme [[PERSONNE:Blanche Delattre]] à {{Béthune}}, quartier du "
        "{{Mont-Liébaut}}. Le contrôleur, M. [[PERSONNE:Caudron]], vérifie la composition du "
        "foyer. Elle précise : « rien à voir avec la {{Pharmacie Delattre}}, hein ». Dossier "
        "[[N_ALLOCATAIRE:4418270]]. Dans l'entrée, des baskets homme {{taille 44}}... il note sans "
        "rien dire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel {{3949}} transféré. un monsieur comprend pas pk son {{ARE}} est suspendue. "
        "conseiller : « vous avez pas actualisé en {{mars}} ». il raccroche énervé. {{2 min 30}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle pour sa mère arrivée en ambulance cette nuit : « Mme "
        "[[PERSONNE:Olive Dewailly]], née le [[DATE_NAISSANCE:2 avril 1941]] ». La secrétaire ne "
        "donne rien au tel, juste « elle est en {{UHCD}} ». Numéro de rappel laissé : "
        "[[TELEPHONE:06 71 48 22 93]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Roubaix}}. Une dame arrive avec un {{Caddie}} plein de papiers (!). "
        "Elle veut son attestation {{C2S}}. L'agente [[PERSONNE:Naïma]] imprime. La dame "
        "s'appelle [[PERSONNE:Rose Nowak]] et dit en riant : « [[PERSONNE:Rose]] comme la "
        "{{fleur}}, [[PERSONNE:Nowak]] comme la moitié du {{bassin minier}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour le {{colis de Noël}} des seniors : distribution le {{mercredi 18}} à la "
        "{{salle Marcel Pagnol}}, {{14h}}-{{17h}}. Le monsieur demande s'il faut la carte "
        "{{Pass Senior}}. Oui. Appel court, très poli.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV suivi. [[PERSONNE:Ayşe Yılmaz]], {{41 ans}}, ex-caissière chez {{Auchan V2}}. Veut "
        "une formation aide-soignante. Le conseiller ([[PERSONNE:Romain]]) ouvre son dossier, id "
        "[[ID_FRANCE_TRAVAIL:6183402B]], vérifie le mail [[EMAIL:ayse.yilmaz59@hotmail.fr]]. Il "
        "lui parle de la {{POEI}} et de l'{{IFSI}} de {{Tourcoing}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h30}}. Un père, [[PERSONNE:Grégory Lemaire]] — « comme le {{maire}}, mais pas élu » "
        "😂 — vient déclarer sa fille née le [[DATE_NAISSANCE:12 janvier]]. L'agente "
        "[[PERSONNE:Khadija]] scanne l'acte. N° alloc [[N_ALLOCATAIRE:2976514]]. Elle lui "
        "explique la {{PAJE}} et la {{prime à la naissance}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{23 personnes}}. Écran : « temps d'attente estimé {{4h12}} ». Un gamin "
        "joue avec un ballon du {{LOSC}}. Une dame dort sur {{3 chaises}}. L'agent d'accueil dit "
        "que c'est « calme pour un {{lundi}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Foyer {{Saint-Vincent}}, {{Arras}}. Admission de M. [[PERSONNE:Jean-Luc Pascal]], "
        "{{58 ans}}, orienté par le {{SIAO}} (réf. [[IDENTIFIANT:SIAO62-2024-08817]]). L'éduc, "
        "[[PERSONNE:Fatou]], lui montre la {{chambre 6}}. Il demande s'il pourra rester jusqu'à "
        "{{Pâques}}. Elle : « on fait déjà le point à la {{Toussaint}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, {{Lens}}. On sonne au [[ADRESSE:8 rue Émile Zola]] : "
        "personne. La voisine : « M. [[PERSONNE:Ferreira]] ? il est au {{Leroy Merlin}} avec son "
        "fils ». Le contrôleur note l'heure, {{14h20}}. Sorties autorisées {{9h-11h}} et "
        "{{14h-16h}} d'après l'avis d'arrêt.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant. La conseillère, Mme [[PERSONNE:Benhamou]], rappelle M. "
        "[[PERSONNE:Tran Van Long]] au [[TELEPHONE:07 58 31 04 66]] : messagerie. Elle laisse : « "
        "c'est pour l'atelier CV de {{jeudi 14h}} à l'agence de {{Tourcoing}} ». Deuxième essai au "
        "fixe [[TELEPHONE:03 20 94 17 52]] : une dame dit qu'il bosse chez {{Kiabi}} jusqu'à "
        "{{18h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile (aide facultative). Mme [[PERSONNE:Marguerite Hennebelle]], "
        "{{87 ans}}, [[ADRESSE:résidence Les Tilleuls, bât. C, appt 12]] à {{Maubeuge}}. Des "
        "{{marguerites}} en plastique partout 🌼. Frigo presque vide. L'AS ([[PERSONNE:Lucie]]) "
        "propose le {{portage de repas}}. La dame : « mon petit-fils [[PERSONNE:Kevin]] passe le "
        "{{dimanche}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur très énervé : sa {{prime d'activité}} a baissé de {{112 €}}. Il épelle son nom "
        "« [[PERSONNE:V-E-R-S-T-R-A-E-T-E]] », n° allocataire [[N_ALLOCATAIRE:3150427]]. L'agent "
        "explique les ressources du trimestre. Lui : « mais c'est les heures sup chez "
        "{{Norauto}} en {{décembre}} !! »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Roubaix}} ({{hôpital Victor Provo}}). Un homme se présente, main en "
        "sang, coupé en ouvrant des huîtres. [[PERSONNE:Noël Carpentier]], né le "
        "[[DATE_NAISSANCE:25/12/1967]] — il rigole : « d'où le prénom ». La secrétaire, "
        "[[PERSONNE:Valérie]], crée le dossier, IPP [[IDENTIFIANT:412078553]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : {{48 appels}} en attente à {{19h}}. L'écoutante soupire. Au tableau : {{0 place}} "
        "femmes, {{2 places}} hommes à l'{{Abej}}. Un monsieur rappelle pour la {{4e fois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame pour une complémentaire. Sur sa carte : [[PERSONNE:Nadia El Amrani]], NIR "
        "[[NIR:266079935004451]], née au {{Maroc}} en [[DATE_NAISSANCE:juillet 1966]]. L'agent "
        "vérifie ses droits {{C2S}} : ouverts jusqu'au {{31/08}}. Ancienne mutuelle {{Harmonie}}, "
        "adhérente n° [[IDENTIFIANT:HM 0458 7712]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif, salle {{Jean Monnet}}, agence de {{Lens}}. {{9 inscrits}}, "
        "{{6 présents}}. Thème : postuler sur {{Indeed}} et la {{MRS}}. Un participant demande si "
        "{{Amazon}} à {{Lauwin-Planque}} recrute encore. Réponse : « oui, en intérim, via "
        "{{Adecco}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. Mme [[PERSONNE:Sylvie Deconinck]] donne le nouveau : "
        "[[IBAN:FR76 1695 8000 0172 8451 9033 642]] (compte {{Nickel}} ouvert au {{tabac}} du "
        "coin). L'agent, [[PERSONNE:Yann]], dit que ça passe sans souci. Elle habite "
        "{{Wattrelos}}, elle est venue en bus, {{40 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus ({{CHRS}} de {{La Sauvegarde du Nord}}) au "
        "[[ADRESSE:41 rue de Lannoy, 59100 Roubaix]]. M. [[PERSONNE:Abdi Hassan]] vit là avec "
        "son fils. Le TS, [[PERSONNE:Maxime]], regarde le courrier : facture {{EDF}}, réf. client "
        "[[IDENTIFIANT:6012 884 273]]. Il rappelle à M. [[PERSONNE:Hassan]] la participation de "
        "{{10 %}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Charmilles}} : ils envoient Mr [[PERSONNE:Louis Petit]], "
        "{{91 ans}}, chute. L'infirmière au tél : « un {{petit}} monsieur, le nom va avec ». Elle "
        "donne le numéro de la fille : [[TELEPHONE:06.62.18.40.73]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur : « {{Garage Dubois}}, à {{Hénin-Beaumont}}, on cherche un mécano ». "
        "Le conseiller entreprise crée l'offre n° {{178QWTK}}. Contact : M. [[PERSONNE:Dubois]] "
        "fils, portable [[TELEPHONE:06 19 83 27 50]]. Dispo pour des entretiens {{vendredi}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "File d'attente {{3646}} : musique d'attente pendant {{7 minutes}} 😩. Une dame demande "
        "si {{Doctolib}} « c'est la Sécu ». Non. Puis question sur des lunettes chez "
        "{{Optic 2000}}, le {{100 % Santé}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation. M. [[PERSONNE:Ionuț Popescu]] dort dans sa voiture, une vieille "
        "{{Clio}} grise immat [[IMMATRICULATION:BX-718-QN]], garée près du {{parc Barbieux}}. "
        "L'agente, [[PERSONNE:Hélène]], lui ouvre une domiciliation au {{CCAS}} : il en a besoin "
        "pour {{France Travail}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle, nom : [[PERSONNE:Martin]]. L'agent : « [[PERSONNE:Martin]] "
        "comment ? » — « [[PERSONNE:Martin]] tout court, [[PERSONNE:Josiane]] » 🙄. Des "
        "centaines de [[PERSONNE:Martin]] dans le fichier de la {{Caf du Nord}}, on passe par la "
        "date de naissance : [[DATE_NAISSANCE:03/09/1958]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Jeanne de Flandre}}. Maman avec bébé [[PERSONNE:Blanche]] "
        "({{8 mois}}) en grenouillère {{blanche}}, fièvre. « Née le "
        "[[DATE_NAISSANCE:14 juillet]], le jour du feu d'artifice. » Carte Vitale de la maman : "
        "Mme [[PERSONNE:Aurore Dhaussy]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription. Réfugié afghan, [[PERSONNE:Ahmad Hosseini]], titre de séjour n° "
        "[[IDENTIFIANT:5903127846]], valable jusqu'en {{2027}}. Interprète par téléphone "
        "({{ISM}}). La conseillère, [[PERSONNE:Claire]], crée son espace : identifiant "
        "[[ID_FRANCE_TRAVAIL:7045518H]]. Il était chauffeur de taxi à {{Kaboul}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj au foyer. Au mur : planning des {{Restos du Cœur}}, affiche du "
        "{{Secours populaire}} pour la « {{Journée des oubliés des vacances}} », menu de "
        "{{Pâques}} (chocolat). {{12 résidents}}, {{3 salariés}}. Une éduc : « encore des "
        "viennoiseries de la {{Boulangerie Lefebvre}} ce matin ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Bekim Krasniqi]], né au {{Kosovo}}, carte de résident n° "
        "[[IDENTIFIANT:9902148837]]. Son médecin traitant, le Dr [[PERSONNE:Lemoine]], est "
        "parti à la retraite, il en cherche un autre. L'agent lui imprime la liste et conseille "
        "{{Doctolib}}. {{45 min}} d'attente avant lui.",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, agence de {{Valenciennes}}. À l'écran, un CV modèle au nom de « "
        "[[PERSONNE:Camille Martin]] », vendeuse chez {{Promod}}. [[PERSONNE:Samir]] demande s'il "
        "doit mettre « permis B + véhicule » vu que sa {{Twingo}} est en panne depuis {{Noël}}. "
        "La conseillère, [[PERSONNE:Ingrid]] : « mettez-le quand même ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Demande de {{RSA}}. M. [[PERSONNE:Rachid Mansouri]], l'agent saisit le NIR "
        "[[NIR:1 79 06 99 352 118 90]] (né en {{Algérie}}, arrivé en {{2003}}). RIB "
        "{{Banque Postale}} : [[IBAN:FR76 2004 1010 0504 5872 1100 223]]. Il est hébergé chez son "
        "frère au [[ADRESSE:16 rue du Général Leclerc, 59200 Tourcoing]]. Il faut une attestation "
        "d'hébergement signée, il revient {{demain}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Hall de l'{{hôpital Roger Salengro}}, {{CHU}}. Affiche : « {{Pâques}} : horaires de la "
        "cafétéria modifiés ». Distributeur en panne. {{5 brancards}} dans le couloir. Le vigile "
        "me dit que la nuit de la {{Saint-Sylvestre}} c'était bien pire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un jeune, « [[PERSONNE:Dylan]] », {{19 ans}}, mis dehors par sa mère à {{Lens}}. "
        "Il appelle du portable d'un pote : [[TELEPHONE:07 44 19 62 80]]. Pas de place ce soir, "
        "l'écoutante l'oriente vers l'accueil de jour demain {{9h}} et lui dit de rappeler à "
        "{{17h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : une dame veut se faire rembourser un fauteuil roulant acheté sur le "
        "{{Bon Coin}} 🙃. Pas possible sans prescription. Mme [[PERSONNE:Capucine Vercruysse]], "
        "{{29 ans}}, n° sécu [[NIR:2 95 01 59 350 412 22]]. Elle dit qu'elle a des "
        "{{capucines}} sur son balcon et que « c'est tout ce qui pousse à {{Fives}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Liévin}}, {{11h}}. Affiche pour le {{repas des aînés}} à la "
        "{{salle Léo Lagrange}}. Une dame demande comment avoir la carte {{Pass Pass}} à tarif "
        "réduit. Un monsieur veut juste des sacs pour les {{encombrants}}. Rien de compliqué ce "
        "matin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : M. [[PERSONNE:Mamadou Sow]], identifiant [[ID_FRANCE_TRAVAIL:4827615 C]]. "
        "Il dit que sa radiation est une erreur, il était convoqué le {{12}} mais il était à "
        "l'hôpital. La conseillère ([[PERSONNE:Nathalie]]) lui demande le bulletin "
        "d'hospitalisation par mail, sur son espace.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Lina Haddad]], [[ADRESSE:5 allée des Rosiers, 59700 "
        "Marcq-en-Barœul]]. Appart propre, {{2 chambres}}. Un {{berger allemand}} qui s'appelle "
        "{{Noisette}} aboie tout le temps. Le contrôleur ([[PERSONNE:Patrick]]) compte les "
        "brosses à dents : {{3}}. Elle dit vivre seule avec ses {{2 enfants}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation du {{15}} au téléphone : « on vous envoie une dame de {{Maubeuge}}, "
        "[[PERSONNE:Francine Lesage]], {{72 ans}}, suspicion d'{{AVC}}, arrivée dans "
        "{{25 minutes}} ». L'IOA note sur un post-it jaune et prévient le déchoc.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Olena Kovalenko]], {{Ukraine}}, protection temporaire. Récépissé n° "
        "[[IDENTIFIANT:R-59-2024-114087]]. Identifiant FT [[ID_FRANCE_TRAVAIL:3391706U]]. Elle "
        "était comptable à {{Kharkiv}}. Le conseiller ([[PERSONNE:Benoît]]) propose des cours de "
        "FLE au {{centre social Marie Curie}} et parle de la {{VAE}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Tourcoing}}, quartier de {{La Bourgogne}}, chez M. et Mme "
        "[[PERSONNE:Öztürk]]. Demande d'aide pour l'énergie. Compteur {{Linky}}. Facture "
        "{{Engie}} de {{486 €}}, réf. client [[IDENTIFIANT:230 118 447 906]]. L'AS "
        "([[PERSONNE:Justine]]) fera un dossier {{FSL}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« C'est combien l'{{ARS}} cette année ? » Agent : environ {{416 €}} pour un enfant de "
        "{{6 à 10 ans}}, versée fin {{août}}. La dame : « et pour le {{lycée}} ? » → un peu plus. "
        "Elle demande si c'est pareil à la {{MSA}}. L'agent ne sait pas trop.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Didier Boulanger]], vendeur chez {{Boulanger}} (le magasin, à "
        "{{Englos}}) — l'agente sourit, lui aussi, « on me la fait tous les jours ». Il vient "
        "pour ses indemnités journalières : pas reçues depuis {{6 semaines}}. L'employeur n'a pas "
        "envoyé l'attestation de salaire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. Un habitué que tout le monde appelle « [[PERSONNE:Momo]] », de son "
        "vrai nom [[PERSONNE:Mohamed Larbi]]. Il a perdu sa carte d'identité, ancienne CNI n° "
        "[[IDENTIFIANT:090559301482]]. L'éducatrice ([[PERSONNE:Soraya]]) prend rdv en "
        "{{mairie}} de {{Lille}} pour le renouvellement, {{3 mois}} d'attente 😬.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Traumato. Jeune femme, chute de trottinette {{Lime}} {{rue Nationale}}. "
        "[[PERSONNE:Inès Amrani]], {{22 ans}}. L'écran affiche la DDN en format bizarre : "
        "[[DATE_NAISSANCE:2002-03-08]]. Poignet gonflé. Orientation circuit court.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Il donne son mail au téléphone, lentement : « [[EMAIL:jordan point lefort arobase "
        "gmail point com]] ». Le conseiller tape et relit lettre par lettre. M. "
        "[[PERSONNE:Jordan Lefort]] veut savoir s'il garde ses droits s'il part {{3 semaines}} au "
        "{{Portugal}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "GROS CLASH AU {{GUICHET 3}}. M. [[PERSONNE:DA SILVA]] CRIE QUE LA {{CAF}} LUI A VOLÉ "
        "{{300 €}}. L'agent ([[PERSONNE:Fabrice]]) reste calme, explique l'indu {{APL}}. Le vigile "
        "s'approche. Ça retombe au bout de {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Voisine inquiète : Mme [[PERSONNE:Rosa Lombardo]], {{94 ans}}, ne répond plus depuis "
        "{{hier}}. Elle habite [[ADRESSE:3 rue Sainte-Catherine, Arras]]. L'agent appelle la "
        "{{police municipale}} et la fille, [[PERSONNE:Sandra]], au "
        "[[TELEPHONE:06 33 80 14 57]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt. Mme [[PERSONNE:Violette Carlier]] est là, en peignoir {{violet}}, "
        "au [[ADRESSE:12 cité des Fleurs, 62300 Lens]]. {{Lombalgie}}. Elle montre son ordonnance "
        "du Dr [[PERSONNE:Kaya]]. Rien à signaler. Le contrôleur repart en {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du mat}}. Un monsieur sans abri connu du service dort dans le sas. La sécurité le "
        "laisse jusqu'à {{6h}}. L'agent : « il fait {{-3}} dehors, on va pas le mettre dehors ». "
        "Café offert.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 depuis {{Maubeuge}}. Famille [[PERSONNE:Berisha]] : {{5 personnes}}, dont 3 enfants "
        "nés en [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2020]]. Le "
        "père, [[PERSONNE:Arben]], parle un peu français. Mise à l'abri au gymnase "
        "{{Pierre de Coubertin}} (plan grand froid).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien. M. [[PERSONNE:Thierry Marin]], {{52 ans}}, ancien {{marin}} pêcheur à "
        "{{Boulogne-sur-Mer}}, veut se reconvertir dans le transport. La conseillère "
        "(Mme [[PERSONNE:Lheureux]]) propose la {{FIMO}}."
        " Il demande si c'est payé par le {{CPF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Devant la maison, une {{Mégane}} noire, plaque [[IMMATRICULATION:fn-204-ck]] (notée en "
        "minuscules sur le carnet du contrôleur). M. [[PERSONNE:Laurent Vasseur]] dit que c'est "
        "la voiture de sa sœur. Sa compagne, [[PERSONNE:Cindy]], dit l'inverse. 😬",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sur un remboursement de {{VSL}} pour des dialyses, {{3 fois par semaine}}. Mme "
        "[[PERSONNE:Fatima Zahra Benjelloun]] a avancé {{230 €}}. L'agent lui dit d'envoyer la "
        "prescription médicale de transport. Elle n'a pas d'imprimante, elle ira chez "
        "{{Bureau Vallée}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Chantal Leclercq]] arrive avec un {{Caddie}} {{Lidl}} vide. Elle demande "
        "un colis {{Banque alimentaire}}. L'agent ([[PERSONNE:Sophie]]) vérifie le "
        "{{reste à vivre}} : {{4,80 €}} par jour. OK pour {{3 mois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "le conseiller me montre son portefeuille : {{212}} demandeurs. bcp de {{CEJ}}. il dit "
        "que depuis {{janvier}} avec la loi {{plein emploi}} les inscriptions {{RSA}} arrivent "
        "automatiquement. 3 appels en 10 min, tous pour la {{mensualisation}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour savoir si son frère est aux urgences : [[PERSONNE:Haile Tesfaye]]. "
        "La secrétaire : « je ne peux rien dire au téléphone ». Il laisse son numéro belge, "
        "[[TELEPHONE:+32 478 21 90 64]], il est à {{Mouscron}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une famille en attente de place, hébergée au "
        "[[ADRESSE:camping Les Peupliers, mobil-home 31]] à {{Saint-Amand-les-Eaux}}. Mme "
        "[[PERSONNE:Sandrine Obert]] et {{4 enfants}}. Le mobil-home prend l'eau. La TS note tout "
        "pour la commission {{SIAO}} de {{jeudi}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente relit la fiche à voix haute : « [[PERSONNE:Jonathan Plouvier]], né le "
        "[[DATE_NAISSANCE:vingt-huit février quatre-vingt-onze]], c'est bien ça ? » Oui. Il vient "
        "pour l'{{AAH}} de son frère qu'il héberge. Il ne savait pas que ça jouait sur son "
        "{{APL}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant chinois, [[PERSONNE:Wang Hao]], {{Université de Lille}}. Il ne comprend pas "
        "pourquoi il n'a pas de {{carte Vitale}}. L'agent explique le numéro provisoire. Il montre "
        "son titre de séjour étudiant n° [[IDENTIFIANT:5903512764]]. {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Ambre Delannoy]], {{24 ans}}, {{BTS}} compta, cherche une alternance. Elle "
        "porte un collier en {{ambre}}. Le conseiller, M. [[PERSONNE:Szymański]], lui parle de la "
        "{{Maison de l'emploi}} et du salon de l'alternance au {{Grand Palais}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite : la dame ouvre à peine la porte, refuse qu'on entre. On parle sur le palier "
        "{{5 minutes}}. Odeur forte. L'AS dit qu'elle reviendra avec l'infirmière du {{CLIC}}. "
        "Dans la cage d'escalier, un tag « {{LOSC}} champion ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le patient épelle : « [[PERSONNE:N-G-U-Y-E-N]] », prénom « [[PERSONNE:Thi Hoa]] ». "
        "La secrétaire ([[PERSONNE:Odile]]) tape [[PERSONNE:Nguyen Thi Hoa]] — hmm en fait il y en a 4 dans la "
        "base. Elle demande la date de naissance : [[DATE_NAISSANCE:11/11/1979]]."
        " Jour de l'{{Armistice}}, dit le patient.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Boutique solidaire {{Emmaüs}} de {{Tourcoing}} à côté du foyer. Portrait de l'"
        "{{abbé Pierre}} à l'entrée. [[PERSONNE:Pierre-Yves]], résident, y fait du bénévolat "
        "{{2 jours}} par semaine. Il me dit : « moi aussi je m'appelle [[PERSONNE:Pierre]], mais je suis "
        "pas un saint » 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aminata Keïta]] appelle pour l'{{AAH}} de son fils, dossier "
        "{{MDPH}} réf. [[IDENTIFIANT:MDPH59-21-004512]]. Elle veut savoir si la {{MDPH}} a "
        "transmis la décision. L'agent ne voit rien. Elle rappellera dans {{15 jours}}.",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Prudence Mbala]] a reçu un SMS « Caf : remboursement en attente, "
        "cliquez ». Elle a cliqué 😟. L'agent vérifie son espace, rien de touché, et lui "
        "conseille la {{prudence}}. N° alloc [[N_ALLOCATAIRE:0583316]], mail de contact "
        "[[EMAIL:prudence.mbala@yahoo.fr]] inchangé. Il lui dit de changer son mot de passe.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective métiers de la logistique. Intervenant : M. [[PERSONNE:Vanhoutte]], de "
        "chez {{La Redoute}} à {{Roubaix}}. {{14 personnes}} dans la salle. Il parle des horaires "
        "en {{2x8}}, du {{13e mois}} et de la navette depuis la {{gare de Roubaix}}. Questions "
        "surtout sur le permis cariste ({{CACES}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Lens}}. M. [[PERSONNE:Stéphane Wattiez]], {{78 ans}}, ancien des "
        "{{Houillères}}, essoufflé. Carte {{Filieris}} (régime minier) n° "
        "[[IDENTIFIANT:FIL 62 118 4407]]. Sa fille [[PERSONNE:Nathalie]] remplit la fiche à sa "
        "place, elle écrit « {{silicose}} » dans antécédents.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Une bénévole de la {{Croix-Rouge}} en maraude signale un monsieur allongé sous le "
        "pont, quai de la {{Deûle}}. Il dit s'appeler « [[PERSONNE:Jacky]] », rien d'autre. "
        "Couverture de survie donnée. L'écoutant note « H / {{~60 ans}} / refuse hébergement ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Manon Leroy]], née à {{Maubeuge}}, {{23 ans}}, caissière au {{Leroy Merlin}} "
        "d'{{Hautmont}}. Elle veut sa propre {{carte Vitale}}, elle était encore sur celle de sa "
        "mère. Son NIR sur l'écran : [[NIR:2 01 09 59 392 085 40]]. L'agent lance la commande, "
        "photo à envoyer en ligne.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Valenciennes}}, quartier {{Dutemple}}. Mme [[PERSONNE:Kelly Dujardin]]. Le "
        "contrôleur, pour détendre : « de la famille de {{Jean Dujardin}} ? » Elle rit pas. "
        "Dossier [[N_ALLOCATAIRE:1873042]]. Scooter dans la cour, immat "
        "[[IMMATRICULATION:GK-557-RW]], « c'est à mon cousin ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Désirée Lubin]] appelle pour une aide aux obsèques de son mari. Devis "
        "{{Roc Eclerc}} : {{3 900 €}}. L'agent prend son numéro : « [[TELEPHONE:zéro six, "
        "quarante-deux, dix-huit, cinquante-cinq, zéro trois]] », elle le dit deux fois, lentement. "
        "Rdv avec l'AS {{mardi}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Yusuf Demir]], identifiant [[ID_FRANCE_TRAVAIL:2295048F]], a lancé sa "
        "micro-entreprise de livraison (SIRET perso [[IDENTIFIANT:852 417 903 00018]]). Il "
        "demande l'{{ARCE}}. La conseillère lui explique : {{60 %}} du reliquat en deux fois. Il "
        "livre pour {{Uber Eats}} et {{Deliveroo}} à {{Lens}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pédiatrique décorée pour la {{Saint-Nicolas}} : un grand "
        "{{saint Nicolas}} en carton et son âne. Une bénévole distribue des {{clémentines}} et des "
        "{{coquilles}}. {{6 enfants}} en attente, le plus long depuis {{2h40}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au {{CHRS}} d'une femme victime de violences, Mme "
        "[[PERSONNE:Sabine Roussel]], et de son fils [[PERSONNE:Enzo]], né le "
        "[[DATE_NAISSANCE:06/06/2016]]. L'ex, M. [[PERSONNE:Roussel]], ne doit pas connaître "
        "l'adresse : l'éduc ([[PERSONNE:Clarisse]]) le répète {{3 fois}}. Ordonnance de "
        "protection RG [[IDENTIFIANT:24/01873]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur âgé, fort accent polonais : [[PERSONNE:Stanisław Wiśniewski]], né en "
        "{{Pologne}} en [[DATE_NAISSANCE:août 58]], arrivé à {{Liévin}} à {{4 ans}}. Il lit son "
        "numéro chiffre par chiffre : [[NIR:158089912200714]]. Question sur sa pension "
        "d'invalidité, l'agent le renvoie vers la {{Carsat}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Noëlle Desmet]] : sa fille a eu {{18 ans}} à la {{Chandeleur}}, née le "
        "[[DATE_NAISSANCE:2 février 2006]], et son {{RSA}} a bougé. L'agent explique que "
        "l'enfant compte jusqu'à {{20 ans}} pour les {{AF}} mais pas pareil pour le RSA. Elle "
        "comprend pas. Moi non plus.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Chinedu Okafor]], permis C, a une promesse chez {{Chronopost}} à "
        "{{Lesquin}}. Identifiant [[ID_FRANCE_TRAVAIL:0912276P]]. Il lui manque la carte de "
        "qualification conducteur. La conseillère ([[PERSONNE:Amandine]]) cherche un financement "
        "{{AIF}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Josette Petit]] et sa voisine, Mme [[PERSONNE:Grand]] (!!), viennent "
        "ensemble s'inscrire au {{voyage des aînés}} à {{Berck}}. L'agent : « [[PERSONNE:Petit]] "
        "et [[PERSONNE:Grand]], je vous mets dans le même bus ? » Fou rire. {{35 €}} chacune.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Anissa Chaouch]], nouveau RIB suite à la séparation : "
        "[[IBAN:FR76 3000 3021 9000 0504 1773 250]], compte à son seul nom. L'ancien était "
        "joint avec M. [[PERSONNE:Chaouch]]. L'agent change l'allocataire pour les {{AF}}. "
        "{{25 min}} en tout.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La {{gendarmerie}} de {{Bapaume}} prévient : accident de tracteur, M. "
        "[[PERSONNE:Hubert Leclercq]], {{66 ans}}, transporté par le {{SMUR}}. Le véhicule en "
        "cause (une camionnette, vieille plaque [[IMMATRICULATION:4521 TK 62]]) a pris la fuite. "
        "L'agent note et transmet.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement ALT à {{Béthune}} : [[ADRESSE:9 rue Jeanne d'Arc, 62400 "
        "Béthune]]. M. [[PERSONNE:Christophe Marchand]], sorti du CHRS il y a {{2 mois}}. "
        "Avant, il louait chez un {{marchand de sommeil}} à {{Bruay}}. Tout va bien, il a repris "
        "un CDD chez {{Bridgestone}}? non, usine fermée — c'était chez {{Stellantis}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame : « c'est où l'agence {{France Travail}} de {{Maubeuge}} ? » L'agent donne "
        "l'adresse et les horaires, {{8h30}}-{{12h30}} sans rdv. Elle : « à côté du {{McDo}} ? » — "
        "« euh, pas loin ». {{1 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Arras}}, [[ADRESSE:14 rue Saint-Aubert, 62000 Arras]]. Sur la boîte aux "
        "lettres : « [[PERSONNE:O. Leblanc]] ». M. [[PERSONNE:Olivier Leblanc]] ouvre, arrêt "
        "pour épuisement pro. Il montre ses boîtes de médocs. Le contrôleur est gêné, reste "
        "{{5 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Lens}} chez M. [[PERSONNE:Józef Nowicki]], {{89 ans}}, ancien mineur, "
        "[[ADRESSE:47 rue de Varsovie, 62300 Lens]]. Statuette de {{sainte Barbe}} sur le buffet, "
        "photo de {{Jean-Paul II}}. Il veut rester chez lui. L'AS propose la {{téléassistance}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "MDR le monsieur est venu avec son chien, un {{chihuahua}} nommé {{Brutus}}. Le "
        "conseiller, [[PERSONNE:Farid]], fait comme si de rien. M. [[PERSONNE:Guillaume Lenoir]] "
        "vient pour une attestation employeur manquante ({{Intermarché}} de {{Carvin}}).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 ce soir : {{63}} demandes, {{9}} mises à l'abri. Sur l'écran je ne vois que des "
        "codes et des initiales de service. L'écoutant dit qu'en hiver ça monte à {{120}} appels "
        "par nuit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle des ressources d'une micro-entrepreneuse, Mme [[PERSONNE:Sevda Aslan]], "
        "nettoyage de bureaux. SIRET perso [[IDENTIFIANT:901 336 552 00011]]. Elle fait le ménage "
        "chez {{Flunch}} et dans une agence {{Crédit Agricole}}. Chiffre d'affaires déclaré "
        "{{1 240 €}} au trimestre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Maubeuge}}. Un Belge, [[PERSONNE:Wim Vermeersch]], carte "
        "d'identité belge n° [[IDENTIFIANT:592-1187034-86]], frontalier, il bosse à "
        "{{Jeumont}}. Pas de carte européenne. La secrétaire appelle sa mutualité "
        "({{Solidaris}}) pour une prise en charge.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mialy Rakotomalala]] ne reçoit pas les mails de son compte {{ameli}}. "
        "L'agent vérifie : adresse enregistrée [[EMAIL:m.rakotomalala@laposte.net]], alors "
        "qu'elle utilise une autre adresse. Corrigé sur place. Elle vient d'{{Antananarivo}}, "
        "infirmière en attente d'équivalence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiches de l'agence de {{Béthune}} : « {{Job dating}} {{Toyota}} {{Onnaing}} », « "
        "{{Salon de l'apprentissage}} {{samedi 9h}} », « {{Prépa compétences}} ». {{8 personnes}} "
        "en file à l'ouverture. L'accueil oriente vers les bornes.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur veut parler à Mme [[PERSONNE:Rose]], l'assistante sociale. L'agent : « Mme "
        "[[PERSONNE:Rose]] est en congé jusqu'à la {{Pentecôte}} ». Il insiste : « elle m'avait "
        "dit pour le dossier {{FSL}} ». Rappel prévu avec une collègue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel ~10 min. mr [[PERSONNE:benali]] (en minuscules sur l'écran de l'agente) veut "
        "savoir si son {{ALD}} couvre le kiné. oui si lié. il demande aussi pour sa femme "
        "[[PERSONNE:Houria]], pas encore rattachée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Kévin Deruelle]] donne son mail au tel : « "
        "[[EMAIL:kevin.deruelle59 (at) gmail (point) com]] ». L'agent corrige l'adresse, il y "
        "avait une faute. Il veut recevoir l'attestation de paiement pour son bailleur "
        "{{Vilogia}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'évaluation. [[PERSONNE:Mariam Diop]], {{31 ans}}, enceinte de {{6 mois}}. "
        "Demande {{SIAO}} n° [[IDENTIFIANT:SI-59-0417782]]. Elle dort chez une amie à "
        "{{Lille-Sud}}, sur le canapé. L'éducateur ([[PERSONNE:Hugo]]) appelle la {{PMI}} "
        "devant elle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un jeune, [[PERSONNE:Evan Loiseau]], id [[ID_FRANCE_TRAVAIL:5128803 L]]. Il "
        "a raté le rdv {{CEJ}} parce que le bus {{Ilévia}} n'est pas passé. Le conseiller : « "
        "pas grave, {{mercredi}} même heure ». Il siffle comme un {{oiseau}} en raccrochant ? "
        "non, c'est la sonnerie d'à côté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le médecin d'accueil, Dr [[PERSONNE:Clément]], passe voir les {{12}} patients en "
        "attente un par un. Dehors le temps est {{clément}}, les gens attendent sur les bancs du "
        "parking. Une ambulance {{Jussieu Secours}} arrive.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame veut une attestation de droits pour le {{CHU}}. L'agent imprime. {{2 min}}. "
        "Suivante.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Abdoulaye Traoré]], né le [[DATE_NAISSANCE:1er janvier 1990]] à "
        "{{Conakry}}, identifiant [[ID_FRANCE_TRAVAIL:6630124 D]]. Son titre de séjour expire "
        "dans {{10 jours}}, il a son rdv {{préfecture}} en {{mai}}. La conseillère imprime "
        "l'attestation d'inscription pour son employeur ({{Adecco}}).",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[PERSONNE:Rayan]], {{18 ans}}, demande l'aide au permis de la ville. Il faut {{35 h}} "
        "de bénévolat, il propose les {{Restos du Cœur}} ou le club de foot de "
        "l'{{Olympique Liévinois}}. L'agente (Mme [[PERSONNE:Dupuis]]) valide.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Première demande. Mme [[PERSONNE:Jessica Vanbremeersch]], née à {{Roubaix}} en "
        "[[DATE_NAISSANCE:mars 87]], vendeuse chez {{Méert}} à {{Lille}}. NIR saisi : "
        "[[NIR:2 87 03 59 512 247 19]]. RIB {{Crédit Mutuel}} "
        "[[IBAN:FR76 1027 8026 5000 0218 4560 753]]. L'agente ([[PERSONNE:Delphine]]) lui dit "
        "qu'elle aura une réponse sous {{3 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Ibrahima Camara]] appelle de son fixe, [[TELEPHONE:03.21.47.09.88]]. Id "
        "[[ID_FRANCE_TRAVAIL:7719032 K]]. Il a retrouvé du travail en intérim chez {{Synergie}} "
        "à {{Arras}} et veut savoir comment déclarer. La conseillère lui explique l'"
        "{{actualisation}} avec les heures.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital {{Saint Vincent de Paul}} ({{GHICL}}). Mme "
        "[[PERSONNE:Aimée Ilunga]], DDN [[DATE_NAISSANCE:17.10.1956]], arrive en taxi depuis la "
        "{{résidence Les Tilleuls}}. Elle dit « je suis pas une malade imaginaire » en tendant "
        "son ordonnance. L'IOA la classe {{tri 3}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Une famille dort dans sa voiture sur le parking d'{{Auchan}} {{Englos}} : un "
        "{{Scénic}} plaque roumaine [[IMMATRICULATION:CJ 08 PRT]]. Le père, "
        "[[PERSONNE:Florin Dumitru]], appelle avec le tel de sa fille. {{2 enfants}}, "
        "{{6 ans}} et {{9 ans}}. Pas de place famille avant {{demain}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kouassi Yao]], {{Côte d'Ivoire}}, renouvellement de l'{{AME}}. Ancienne "
        "carte n° [[IDENTIFIANT:590071442]]. Il lui manque une preuve de présence depuis plus de "
        "{{3 mois}} : l'agent accepte une facture de la {{Croix-Rouge}}? non, il faut un "
        "document nominatif. Il repart chercher une ordonnance.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} de {{Roubaix}}. Affiches : {{Secours catholique}}, "
        "{{Restos du Cœur}} (campagne d'hiver à partir du {{25 novembre}}), atelier cuisine au "
        "{{centre social des Hauts-Champs}}, flyer de {{La Sauvegarde du Nord}}. {{7 personnes}} "
        "attendent. Une mamie tricote un {{bonnet}} rouge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Aurélien Bonnet]], n° alloc [[N_ALLOCATAIRE:3624418]], appelle pour son "
        "{{APL}} : le bailleur ({{LMH}}) dit ne rien recevoir. L'agent voit que l'aide est versée "
        "au bailleur depuis {{février}}. Il envoie une attestation sur l'espace.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Yasmine Belkacem]], née le [[DATE_NAISSANCE:19 septembre 2004]], entre en "
        "{{CEJ}}. Elle veut être auxiliaire de puériculture. Le conseiller ([[PERSONNE:Loïc]]) "
        "lui parle du {{lycée Gaston Berger}} et de l'{{EPIDE}}. Elle préfère rester à "
        "{{Lille}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{centre antipoison}} rappelle pour l'enfant [[PERSONNE:Lyna Hamdani]], {{3 ans}}, "
        "qui a avalé des gélules de sa grand-mère. Surveillance {{6h}}. La mère est joignable au "
        "[[TELEPHONE:06 07 94 31 26]], elle est en route.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résidence sociale {{Adoma}} de {{Fives}}, {{chambre 118}}. M. [[PERSONNE:Ali Ahmadi]] "
        "montre ses papiers à l'intervenante sociale ([[PERSONNE:Maud]]) : numéro étranger "
        "[[IDENTIFIANT:5904418273]]. Il attend sa convocation à l'{{OFPRA}} depuis {{8 mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Roubaix}}, quartier de l'{{Alma}}, au "
        "[[ADRESSE:58 rue Pierre de Roubaix, 59100 Roubaix]]. Mme [[PERSONNE:Aïcha Bensaïd]] "
        "et {{4 enfants}}. Un {{Caddie}} {{Carrefour}} sert de panier à linge. Le contrôleur "
        "vérifie les bulletins de salaire de l'aîné, apprenti chez {{Norauto}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle : M. [[PERSONNE:Jean-Marie Decock]] absent à {{15h10}} au "
        "[[ADRESSE:102 avenue de la République, 59110 La Madeleine]]. On repasse à {{15h40}} : il "
        "revient du kiné, cabinet {{rue Victor Hugo}}. Il montre le ticket de stationnement. OK.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Pascale Noël]], {{46 ans}}, veut travailler en EHPAD. Stage fait à "
        "l'{{EHPAD Les Orchidées}} de {{Wasquehal}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:3058217R]]. La formation ASH commence en {{janvier}}, « pas avant "
        "{{Noël}} », dit la conseillère.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le bailleur {{Partenord Habitat}} appelle pour un impayé de loyer : Mme "
        "[[PERSONNE:Colette Duhamel]], réf. locataire [[IDENTIFIANT:PH-0348812]], dette "
        "{{1 870 €}}. L'agent propose une rencontre avec l'AS avant la commission {{CCAPEX}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Question sur le {{congé maternité}} : {{16 semaines}} pour un premier enfant. La dame "
        "attend des jumeaux → {{34 semaines}}. L'agent fait le calcul des dates au tel, "
        "{{3 min}}. Elle dit « merci la Sécu » en raccrochant.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Chloé Vermeulen]], logement {{Crous}} à la résidence "
        "{{Albert Châtelet}}, {{Villeneuve-d'Ascq}}. Elle croyait que l'{{APL}} arrivait "
        "automatiquement. Non. L'agent l'aide sur la borne, {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme amené par la {{police}}, menottes. Le brigadier [[PERSONNE:Loridan]] reste avec lui. "
        "Nom du patient : [[PERSONNE:Ahmed Saïdi]], pas de papiers sur lui. La secrétaire crée "
        "une identité provisoire. Tout le monde le regarde dans la salle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur, M. [[PERSONNE:Petit]] de la {{Boucherie Petit}} à {{Arras}}, cherche un "
        "apprenti boucher. Il laisse son portable : [[TELEPHONE:06 28 55 71 09]]. « Pas un "
        "{{petit}} jeune qui se lève à {{10h}}, hein ! »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Mireille]] appelle le 115 tous les soirs à {{18h}}, l'écoutante la "
        "connaît par cœur. Elle est à {{Tourcoing}}, près de l'église {{Saint-Christophe}}. Ce "
        "soir elle veut juste parler. {{12 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement partagé ({{3 colocs}}) : frigo plein, poster de "
        "{{Johnny Hallyday}} dans le salon, calendrier des {{pompiers}}. Le TS vérifie les "
        "détecteurs de fumée. Un des colocs cuisine un {{couscous}}. Ambiance ok.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une demande de logement d'urgence : M. [[PERSONNE:Rémy Boucher]], "
        "[[ADRESSE:6 impasse du Moulin, 59300 Valenciennes]]. Plafond effondré dans la chambre. "
        "Il travaille à la {{boucherie}} du coin le samedi. L'AS prend des photos pour le "
        "{{SCHS}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller me dit qu'il voit {{25 personnes}} par jour en moyenne, que les "
        "{{lundis}} c'est pire, et que depuis le passage à {{France Travail}} rien n'a changé "
        "pour lui « sauf le logo ». Pause café {{10h15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle : Mme [[PERSONNE:Mélanie Hazebrouck]] (comme la ville, et en plus elle est "
        "née à {{Hazebrouck}}). Relevé {{Caisse d'Épargne}}, compte "
        "[[IBAN:FR76 1444 5202 0008 7765 1230 280]]. Le contrôleur pointe des virements "
        "réguliers de {{450 €}} : « c'est mon père ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Béthune}}, urgences, {{19h30}}. M. [[PERSONNE:Lucien Caron]], {{81 ans}}, confus. Sa "
        "femme, [[PERSONNE:Germaine]], dit qu'il a pris ses médicaments deux fois. Elle donne "
        "leur adresse, [[ADRESSE:31 rue Jean Moulin, 62400 Béthune]], et le nom du généraliste, "
        "Dr [[PERSONNE:Vasseur]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Fatoumata Sissoko]] demande l'aide à la cantine pour ses enfants à "
        "l'école {{Jules Ferry}}. Elle donne son n° Caf, [[N_ALLOCATAIRE:2745190]], pour le "
        "quotient familial : {{QF}} {{312}}. Tarif à {{0,80 €}} le repas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Tomasz Zieliński]] dicte son nouveau RIB chiffre par chiffre : "
        "[[IBAN:FR76 1350 7000 5130 4128 7654 390]]. L'agent relit deux fois. Il travaille chez "
        "{{Arc}} à {{Arques}}, de nuit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Lens}}. Mme [[PERSONNE:Solange Dewitte]] vient rattacher sa "
        "petite-fille [[PERSONNE:Lilou]], {{6 ans}}, dont elle a la garde. Affiches : vaccin "
        "grippe jusqu'au {{31 janvier}}, {{Mois sans tabac}}. Il faut le jugement du juge des "
        "enfants.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Sofiane Hamidi]] ne reçoit pas ses convocations. Mail enregistré : "
        "[[EMAIL:sofiane_h62@outlook.fr]]. Il dit que c'est bien le sien mais que ça part en "
        "spam. Le conseiller lui conseille de regarder dans « {{indésirables}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile, [[PERSONNE:Franck]], connaît tout le monde. Il me présente « "
        "[[PERSONNE:Dédé]] », un habitué qui vient chaque nuit de {{grand froid}}. L'agent d'accueil "
        "lui donne une couverture. Personne ne dit rien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{Secours catholique}} amène des colis. Un résident, [[PERSONNE:Valentin]], fête "
        "son anniversaire le jour de la {{Saint-Valentin}} : né le "
        "[[DATE_NAISSANCE:14 février]] 🎂. Gâteau de chez {{Paul}} offert par l'équipe.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Mehmet Kaya]], maçon, identifiant [[ID_FRANCE_TRAVAIL:1847520W]]. Il a "
        "postulé chez {{Bouygues}} et {{Eiffage}} pour le chantier du {{métro}}. Le conseiller "
        "lui trouve une {{PMSMP}} de {{2 semaines}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Lætitia Copin]] tend un courrier : n° allocataire "
        "[[N_ALLOCATAIRE:5021776]]. Elle ne comprend pas le « rappel » de {{1 200 €}}. L'agent "
        "explique que c'est une bonne nouvelle. Elle pleure un peu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Ludovic Jean-Baptiste]], né en {{Guadeloupe}}, arrivé à {{Lille}} pour le "
        "travail. Son NIR : [[NIR:1 84 02 971 20 310 07]]. Il veut transférer son dossier depuis "
        "la {{CGSS}} de {{Pointe-à-Pitre}}. L'agent dit que c'est automatique, « {{2 mois}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le gérant de l'{{hôtel Formule 1}} de {{Lomme}} appelle : la famille "
        "[[PERSONNE:Gashi]], {{chambre 12}}, doit libérer la chambre demain {{11h}}. L'écoutante "
        "note et promet une solution avant {{midi}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "standard : {{9}} appels sur {{10}} concernent l'{{actualisation}}, ouverte du {{28}} au "
        "{{15}}. la conseillère répond pareil à chaque fois, {{2 min}} par appel.",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Murielle Lefebvre]], {{53 ans}}, née à {{Valenciennes}}. Elle travaille "
        "à la {{Boulangerie Lefebvre}} de {{Saint-Saulve}} : « c'est mon oncle, M. "
        "[[PERSONNE:Lefebvre]] le patron, mais il me paye pas plus » 😄. NIR "
        "[[NIR:271045960613353]], RIB {{CIC}} [[IBAN:FR76 3007 6029 2514 5782 0361 153]]. "
        "Demande de {{prime d'activité}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Tourcoing}}, {{hôpital Gustave Dron}}. Distributeur : {{Kinder}}, "
        "{{Twix}}, {{Mars}}. Un père achète un {{Mars}} à son fils plâtré. La télé est sur "
        "{{BFM}}, ça parle de {{Macron}}. Attente affichée {{2h50}}. Personne ne regarde l'écran.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Kamel Ait Ahmed]] postule en horaires de nuit à l'entrepôt {{Amazon}} de "
        "{{Lauwin-Planque}}, il faut un véhicule. Il montre la carte grise de sa {{Toyota}} : "
        "[[IMMATRICULATION:GT 482 ZA]]. Identifiant [[ID_FRANCE_TRAVAIL:5390771M]]. La "
        "conseillère scanne.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement d'insertion à {{Maubeuge}}, quartier {{Sous-le-Bois}} : "
        "[[ADRESSE:18 rue de la Croix, 59600 Maubeuge]]. Mme [[PERSONNE:Rosine Mendy]] et sa "
        "fille. Humidité dans la salle de bain. Le TS ([[PERSONNE:Antoine]]) appelle le bailleur "
        "{{Promocil}} devant nous.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Charles Vanacker]] veut ses décomptes par mail, il épelle : « "
        "[[EMAIL:ch.vanacker arobase free point fr]] ». L'agent lui dit de passer par {{ameli}}. "
        "Il n'a pas de smartphone. Envoi papier, {{10 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Joseph Toussaint]], né le [[DATE_NAISSANCE:1er novembre 1950]]. Il me "
        "dit : « né à la {{Toussaint}} et je m'appelle [[PERSONNE:Toussaint]], mes parents "
        "avaient de l'humour ». Il demande une aide pour ses lunettes : {{280 €}} de reste à "
        "charge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nathalie Vandewalle]], n° [[N_ALLOCATAIRE:1298035]], n'a pas reçu le "
        "{{RSA}} ce mois. La déclaration trimestrielle n'est pas faite. L'agent la fait avec elle "
        "au tel. Rappel demandé au [[TELEPHONE:+33 6 84 12 57 30]] si problème.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Bensalem]], généraliste à {{Hem}}, appelle pour adresser M. "
        "[[PERSONNE:Gérard Ducrocq]], {{70 ans}}, douleur abdominale. Il envoie le courrier par "
        "{{messagerie sécurisée}}. L'infirmière d'accueil prévient que l'attente sera longue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du matin : {{8 éducs}}, {{40 places}}, {{2 sorties}} prévues cette "
        "semaine. On cherche des meubles pour les sortants sur le {{Bon Coin}} et chez "
        "{{Emmaüs}}. Le chef de service dit que le budget « c'est la {{Saint-Glinglin}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Colette Berger]] vient avec son chien, un {{berger}} des Pyrénées qui "
        "s'appelle {{Pastis}}. L'agent ne dit rien. Elle demande une attestation pour sa "
        "{{cure thermale}} à {{Saint-Amand}}. {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hanane Ziani]], id [[ID_FRANCE_TRAVAIL:2206481 X]], demande qu'on la "
        "rappelle sur son nouveau numéro, [[TELEPHONE:07 81 22 45 09]]. Elle a changé d'opérateur "
        "({{Free}}). La conseillère met à jour le dossier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Feignies}}. M. [[PERSONNE:Gilles Desmarets]] vit dans un camping-car "
        "garé chez sa sœur, immat [[IMMATRICULATION:AZ-331-PL]]. Le contrôleur doit établir la "
        "résidence. La sœur, [[PERSONNE:Martine]], confirme qu'il est là depuis la "
        "{{Toussaint}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite prévue à {{14h}} : personne ne répond. L'AS laisse un avis de passage. Dans la "
        "voiture vers {{Wattrelos}}, elle m'explique : {{12 000 €}} d'aides facultatives par an "
        "pour toute la ville, « ça part en {{3 mois}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Tourcoing}} : Mme [[PERSONNE:Leïla Messaoudi]], "
        "[[ADRESSE:77 rue de Lille, 59200 Tourcoing]]. Présente, bébé dans les bras. Arrêt "
        "prolongé pour dépression post-partum. Le médecin-conseil, Dr [[PERSONNE:Morel]], "
        "recevra le dossier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. M. [[PERSONNE:Noah Petitjean]], {{27 ans}}, dort dans sa {{Kangoo}} "
        "([[IMMATRICULATION:dk 918 sv]], il la lit en minuscules sur un bout de papier, la carte "
        "grise est perdue). Il veut juste une douche. Orientation vers l'accueil de jour de "
        "{{Roubaix}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Rugby à {{Arras}}, blessure à l'épaule. [[PERSONNE:Théo Lecomte]], {{25 ans}}, né à "
        "{{Arras}}. La secrétaire lit son NIR sur la carte Vitale : "
        "[[NIR:199056204119831]]. Son coach, [[PERSONNE:Bruno]], attend dehors avec le sac.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne numérique : une dame cherche comment imprimer une attestation. Le jeune en "
        "{{service civique}} l'aide. Sur l'écran : {{Indeed}}, {{HelloWork}}. « Je sais pas "
        "faire les {{QR codes}} » dit-elle. {{5 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Angélique Renard]] rigole : « un {{renard}} a mangé mes poules, c'est pas "
        "une blague, à {{Lambersart}} ! » Elle vient pour l'{{ASF}}, le père ne paie plus. N° "
        "allocataire [[N_ALLOCATAIRE:4093671]]. Dossier {{ARIPA}} lancé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Alphonse Dupré]], {{84 ans}}, veut s'inscrire au registre canicule. Il "
        "dit son fixe en deux fois : « [[TELEPHONE:zéro trois vingt, cinquante-deux, onze, "
        "quatre-vingt-dix-huit]] ». L'agent répète. OK.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Suzanne Vanderplancke]], {{76 ans}}, née à {{Béthune}}. Elle veut "
        "résilier sa mutuelle pour la {{C2S}}. NIR : [[NIR:2 48 10 62 119 067 60]]. L'agent "
        "calcule : elle a droit à la C2S participative, {{30 €}} par mois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier numérique au foyer. On crée une adresse mail pour [[PERSONNE:Kader]] : "
        "[[EMAIL:kader.boudiaf1972@gmail.com]]. Il choisit le mot de passe tout seul, fier. La "
        "bénévole, [[PERSONNE:Marie-Thérèse]], lui explique {{Gmail}} sur un vieux PC "
        "{{Dell}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre de vendeur chez {{Jules}} (la marque) à {{Euralille}}. Le candidat s'appelle "
        "[[PERSONNE:Jules Mabille]]. La conseillère : « un [[PERSONNE:Jules]] chez Jules, ça va "
        "leur plaire ». Il n'a pas compris la blague.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une touriste anglaise, [[PERSONNE:Emily Clarke]], arrivée par l'{{Eurostar}}, entorse "
        "sur les pavés du {{Vieux-Lille}}. Passeport n° [[IDENTIFIANT:548812376]]. Carte "
        "{{GHIC}}. La secrétaire parle anglais avec un fort accent ch'ti, ça marche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Liévin}}, [[ADRESSE:2 bis rue des Martyrs, 62800 Liévin]]. Mme "
        "[[PERSONNE:Nadège Poulain]] vit avec sa mère. Le contrôleur vérifie qui paye le loyer. "
        "Sur le frigo, un dessin : un {{poulain}} et « maman ». Durée {{40 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à {{Lens}} : appartement vide, le résident est parti sans prévenir. Sur la table, "
        "un mot : « merci pour tout » signé [[PERSONNE:Seb]]. Le TS soupire, fait l'état des "
        "lieux. Clé dans la boîte aux lettres.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide d'urgence accordée à Mme [[PERSONNE:Zohra Meziane]] : {{150 €}}, virés sur son "
        "compte [[IBAN:FR76 1871 9000 2000 4123 7890 596]]. L'agent vérifie le RIB deux fois, « "
        "la dernière fois on s'est trompés d'un chiffre ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une dame demande si la {{prime de Noël}} c'est « le {{Père Noël}} de la "
        "{{Caf}} ». L'agent rit. Oui, si {{RSA}} en {{novembre}}. Elle a {{3 enfants}}, ça fait "
        "environ {{300 €}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Franck Ghesquière]], né à {{Tourcoing}} en [[DATE_NAISSANCE:mars 1975]], "
        "NIR [[NIR:1 75 03 59 599 402 26]]. Il veut savoir s'il a été remboursé de son IRM. "
        "Oui, le {{12}}. Il dit « ah bon ? » et raccroche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Andrii Bondarenko]], électricien à {{Kyiv}}. Identifiant "
        "[[ID_FRANCE_TRAVAIL:4472903N]], mail [[EMAIL:a.bondarenko.ua@gmail.com]]. La conseillère "
        "lui propose une formation {{habilitation électrique}} à l'{{AFPA}} de {{Lomme}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Au sol des urgences, des lignes de couleur : {{jaune}} pour la radio, {{verte}} pour "
        "les consultations, {{rouge}} pour le déchoc. Les gens suivent la ligne en regardant "
        "leurs pieds. Un enfant saute de ligne en ligne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution de vêtements. La bénévole, [[PERSONNE:Marie-Thérèse]], trie les dons : "
        "anorak {{Quechua}}, bonnets, pulls. Un résident cherche du {{44}} en chaussures. Rien. "
        "Elle promet de demander au {{Secours populaire}} de {{Lomme}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. et Mme [[PERSONNE:Rahmani]], "
        "[[ADRESSE:résidence Salvador Allende, tour B, 9e étage, appt 93]], à {{Tourcoing}}. "
        "Ascenseur en panne depuis {{3 semaines}}. Monsieur est en fauteuil. L'AS appelle le "
        "bailleur et le {{CCAS}} fait un signalement.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Sylvestre Kabongo]] vient déclarer son mariage, célébré à la "
        "{{Saint-Sylvestre}} (« c'était ma fête », dit-il). Sa femme, [[PERSONNE:Esther]], arrive de "
        "{{Kinshasa}}. L'agent explique que le titre de séjour de madame conditionne les "
        "droits.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur de {{Lens}} demande si l'agence est ouverte le {{lundi de Pâques}}. Non, "
        "c'est férié. Il dit « et la {{Pentecôte}} ? » — journée de solidarité, ouvert. Appel de "
        "{{40 secondes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agent me montre le registre canicule : {{212 inscrits}}, dont {{40}} sans téléphone "
        "fixe. En été, appels tous les {{2 jours}}. Il dit « les gens nous confondent avec la "
        "{{mairie}} », ce qui est un peu vrai.",
    ),
]

# Notes 176-210.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Marine Olivier]], {{Hellemmes}}. Elle a un {{olivier}} en pot sur son "
        "balcon et me montre la photo pendant que l'agent cherche son dossier "
        "([[N_ALLOCATAIRE:2210584]]). Nouveau RIB : "
        "[[IBAN:FR76 1250 6200 4156 0277 3841 043]]. Sa fille [[PERSONNE:Océane]] joue avec le "
        "distributeur de tickets.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur demande où se trouve le {{foyer Saint-Vincent}}. L'agent lui dessine un plan "
        "sur un post-it : {{tram}} jusqu'à {{Croisé-Laroche}}, puis {{bus 12}}, arrêt "
        "{{Pont-Rompu}}. Il repart avec son sac {{Tati}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par téléphone. M. [[PERSONNE:Ousmane Ndiaye]], {{21 ans}}, né au "
        "{{Sénégal}}. NIR : [[NIR:1 03 11 99 341 022 52]]. Identifiant créé : "
        "[[ID_FRANCE_TRAVAIL:8104462Z]]. Il cherche dans la sécurité, il a son {{CQP APS}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Laetitia Santoni]], née à {{Bastia}}, en vacances chez sa belle-famille "
        "à {{Wimereux}}, brûlure à la main (barbecue). NIR lu par la secrétaire : "
        "[[NIR:2 93 08 2B 033 071 35]]. « Vous êtes loin de chez vous », « ah ça oui, ici il "
        "pleut ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Mme [[PERSONNE:Naomie Bélizaire]] appelle d'abord en numéro masqué, puis donne "
        "son portable : [[TELEPHONE:07.69.30.12.84]]. Elle sort de la maternité de "
        "{{Jeanne de Flandre}} avec un bébé de {{4 jours}}. L'écoutante déclenche la mise à "
        "l'abri prioritaire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Jacqueline Dehaene]], enseignante retraitée. Mutuelle {{MGEN}} n° "
        "[[IDENTIFIANT:183622907]]. Le lien {{Noémie}} avec la mutuelle ne fonctionne plus. "
        "L'agent le relance. Elle me dit qu'elle a eu {{Martine Aubry}} comme élève (vrai ? "
        "faux ?).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Wattrelos}}, [[ADRESSE:15 rue Marcel Sembat, 59150 Wattrelos]]. Une "
        "{{Peugeot 208}} devant, plaque [[IMMATRICULATION:FH-096-KB]], au nom de M. "
        "[[PERSONNE:Dhondt]] d'après la carte grise dans la boîte à gants (montrée spontanément). "
        "Mme [[PERSONNE:Sarah Dhondt]] dit qu'ils sont séparés mais qu'il garde la voiture là.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offres affichées au mur : « Boulanger (H/F) – {{Boulangerie Lefebvre}}, {{Roubaix}} », "
        "« Vendeur électroménager – {{Boulanger}} {{Englos}} », « Agent de propreté – {{Onet}} ». "
        "La conseillère : « {{boulanger}} chez Boulanger, c'est pas le même métier ! »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'association {{Les Petits Frères des Pauvres}} signale Mme [[PERSONNE:Yvette "
        "Petitprez]], {{92 ans}}, isolée, à {{Valenciennes}}. Le bénévole laisse son numéro, "
        "[[TELEPHONE:03 27 46 81 02]], et celui de l'association. L'agent enregistre pour une "
        "visite.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Mamadou Bah]], {{19 ans}}, ex-{{MNA}}, retrouve son cousin grâce à "
        "{{TikTok}} : compte [[IDENTIFIANT:@mamadou_lille59]]. L'éduc ([[PERSONNE:Sonia]]) lui "
        "dit de faire attention à ce qu'il publie. Il montre des vidéos de {{Grand-Place}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle juste pour dire merci pour le remboursement de sa prothèse. Juste "
        "merci. L'agente reste bête deux secondes. {{30 secondes}}. « Ça arrive une fois par "
        "mois », dit-elle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Awa Coulibaly]], n° alloc [[N_ALLOCATAIRE:3387402]], veut recevoir les "
        "courriers par mail. Adresse : [[EMAIL:awa.coulibaly@sfr.fr]]. L'agent précise que "
        "tout est déjà sur le {{caf.fr}}. Elle ne savait pas.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle : elle a trouvé un portefeuille sur le {{parking P2}} des urgences, "
        "carte d'identité au nom de [[PERSONNE:Jean-Claude Vercamer]]. La secrétaire lui dit de "
        "le déposer à l'accueil, {{hall A}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Rudy Caudron]], id [[ID_FRANCE_TRAVAIL:2671904 G]], appelle depuis le "
        "chantier, bruit de marteau-piqueur. Il donne un autre numéro : "
        "[[TELEPHONE:06 52 40 87 16]], celui de sa compagne. La conseillère note « rappeler après "
        "{{17h}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation des écoutants du 115 dans la salle d'à côté. Au tableau : « écoute active », "
        "« ne pas promettre », « {{DALO}} », « {{SIAO}} ». Les nouveaux écoutent les anciens au "
        "casque. {{4 postes}} ouverts ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Lucien Blanc]] arrive tout en {{blanc}}, peintre en bâtiment, tâches "
        "partout. Il vient pour une aide au loyer suite à un accident de travail. L'agent "
        "([[PERSONNE:Agnès]]) demande l'avis d'imposition. Il l'a dans son camion.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Pieter Vandenberghe]], {{37 ans}}, né en {{Belgique}}, vit à "
        "{{Halluin}}. NIR [[NIR:1 87 08 99 131 009 67]]. Il travaille à {{Menin}} (frontalier) et "
        "ne sait pas où est affilié son fils. L'agent appelle le service international.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à {{Hénin-Beaumont}}, [[ADRESSE:4 rue Jules Guesde, 62110 Hénin-Beaumont]]. M. "
        "[[PERSONNE:Patrice Dumoulin]] ne répond pas, puis ouvre. Il a oublié le rdv. Son "
        "{{moulin à café}} trône sur la table, il nous offre un café, très fier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne en panne. {{15 personnes}} dans la file à {{8h45}}. Un agent passe avec une "
        "tablette pour faire patienter. Une dame dit « à {{Pôle emploi}} c'était pareil ». Ouverture "
        "à {{9h}} pile.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Hakim Bouaziz]], id [[ID_FRANCE_TRAVAIL:7702538F]], chauffeur poids "
        "lourd. Il a perdu son permis {{3 mois}}. La conseillère l'oriente vers un poste de "
        "préparateur de commandes chez {{Kiabi}} en attendant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panneaux dans le couloir : « Bâtiment {{Calmette}} → », « {{Institut Pasteur}} », « "
        "{{Hôpital Claude Huriez}} ». Un couple cherche la maternité et tourne en rond depuis "
        "{{15 minutes}}. L'agent d'accueil les accompagne.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Ginette Carpentier]], {{79 ans}}, à {{Denain}}. Son chat "
        "s'appelle {{Minou}}, il dort sur les factures. Elle a {{3 mois}} de retard chez "
        "{{EDF}}. L'AS monte un dossier {{FSL}} énergie sur place.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Hamza Lakhdar]], taxi conventionné, vient pour un souci de paiement des "
        "transports. Il donne l'immat de son taxi : [[IMMATRICULATION:ER-640-TD]]. L'agent "
        "vérifie la convention. Tout est en ordre, retard de {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Question sur l'{{AVPF}}. L'agent ne sait pas tout de suite, cherche dans la base. "
        "{{6 min}}. La dame dit qu'elle rappellera parce que « son bus arrive ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Mélissa Wozniak]] dicte son mail : « "
        "[[EMAIL:mel.wozniak [at] orange [dot] fr]] ». Le conseiller l'écrit comme ça sur son "
        "post-it puis corrige dans le logiciel. Elle cherche un poste d'ATSEM à {{Douai}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Baptiste Casanova]], né à {{Ajaccio}}, {{33 ans}}. « Pas le "
        "séducteur », précise-t-il. NIR [[NIR:1 90 12 2A 004 256 81]]. Il a atterri à {{Lille}} "
        "pour un boulot qui n'existait pas. L'éduc l'aide pour la {{C2S}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lydie Masson]] : facture d'eau {{Noréade}} impayée, réf. abonné "
        "[[IDENTIFIANT:NOR-118407352]], {{214 €}}. L'agent appelle Noréade devant elle, "
        "échéancier sur {{6 mois}}. Elle repart soulagée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 depuis {{Armentières}}. M. [[PERSONNE:Kevin Deprez]] dort avec sa copine dans une "
        "voiture belge, plaque [[IMMATRICULATION:1-GKT-482]]. Ils ont un chien, {{Rocky}}. Les "
        "places avec chien : zéro. L'écoutant note quand même.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Grégoire Poirier]], {{38 ans}}, reconversion paysagiste. Il plaisante : « "
        "avec un nom pareil, planter des {{poiriers}} c'est logique ». Portable "
        "[[TELEPHONE:06-45-72-18-33]]. Stage au service espaces verts de la ville d'{{Arras}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Avant d'entrer, le contrôleur m'explique : {{90 %}} des contrôles se passent bien, les "
        "gens ont peur pour rien. Il a {{6 visites}} aujourd'hui, {{Lens}} et {{Liévin}}. Il "
        "mange dans la voiture.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Céline Desjardins]], {{42 ans}}, née à {{Amiens}}, NIR "
        "[[NIR:282018002135627]]. Elle a déménagé de la {{Somme}} vers {{Arras}} et veut "
        "changer de caisse. L'agent : c'est automatique avec la nouvelle adresse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Marius]], {{5 ans}}, un pois dans le nez. Sa mère donne la DDN : "
        "[[DATE_NAISSANCE:03/05/2019]]. Il tient un {{doudou}} lapin. L'IOA sourit, {{tri 5}}. "
        "« C'est le troisième pois de la semaine ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{Samu social}} dépose {{2 hommes}} à {{23h}}. Le veilleur de nuit les installe "
        "en {{chambre 4}}. Soupe réchauffée. Pas de nom dans le cahier, juste « 2 H, "
        "orientés 115 ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame veut parler au maire, « {{Martine Aubry}} ». L'agent : « ici c'est le {{CCAS}}, "
        "madame, et c'est le {{CCAS}} de {{Tourcoing}} ». Elle raccroche sans rien dire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Lucas Delporte]], {{20 ans}}, {{Saint-Amand-les-Eaux}}, a eu son bac pro en "
        "{{juin}}. Identifiant [[ID_FRANCE_TRAVAIL:9025173A]]. Il veut partir à l'armée. Le "
        "conseiller ([[PERSONNE:Rémi]]) lui donne le contact du {{CIRFA}} de {{Lille}}.",
    ),
]

# Notes 211-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Frédéric Declercq]], frontalier, a son compte en {{Belgique}} chez "
        "{{Belfius}} : [[IBAN:BE36 0632 1890 4581]]. Il demande si la Caf peut verser dessus. "
        "L'agent : oui, zone SEPA. N° alloc [[N_ALLOCATAIRE:0471239]]. Il habite {{Comines}}, "
        "côté français.",
    ),
    (
        "caf",
        "accueil_physique",
        "File de {{9h}} : une maman avec une poussette {{Yoyo}}, un papy avec son {{Caddie}} de "
        "marché, un ado en maillot du {{RC Lens}}, ticket {{A047}} appelé au {{guichet 2}}. "
        "L'agent de sécurité fait la bise à tout le monde.",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Inaya Boukhris]], {{19 ans}}, née à {{Dunkerque}}, première demande d'"
        "{{APL}} pour un studio à {{Wazemmes}}. NIR [[NIR:2 05 07 59 183 062 91]], mail "
        "[[EMAIL:inaya.bkrs@icloud.com]]. Le propriétaire n'a pas de numéro {{SIRET}}, c'est un "
        "particulier, l'agent dit que c'est normal.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Pascal Pascal]] (oui, deux fois) présente sa carte. L'agent ne relève "
        "même pas, il en a vu d'autres. Il vient pour la {{prime de Noël}} pas tombée : il est "
        "passé du {{RSA}} à l'{{AAH}} en {{novembre}}. Pas de prime, désolé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Dorothée Vandaele]], n° alloc [[N_ALLOCATAIRE:1760328]], donne un RIB "
        "à l'ancienne, au format RIB : « [[IBAN:30004 02837 00010457289 52]] ». L'agent "
        "reconstitue l'IBAN. Elle dit que sa banque ({{BNP}}) le lui a écrit comme ça.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Lens}}, [[ADRESSE:33 rue Victor Hugo, 62300 Lens]], à {{5 min}} du "
        "{{stade Bollaert}}. M. [[PERSONNE:Kévin Lambert]] montre ses relevés {{LCL}} : "
        "[[IBAN:FR76 3000 2004 7000 0063 9281 576]]. Le contrôleur cherche les virements de "
        "l'ex-compagne, [[PERSONNE:Audrey]]. Rien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Fatiha Bouchama]] demande une aide pour la colo de ses enfants, nés en "
        "[[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2015]]. Séjour à {{Berck}} avec les "
        "{{PEP 59}}, {{420 €}}. Le CCAS prend {{50 %}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'épicerie solidaire s'appelle « {{Le Panier de Marthe}} ». La bénévole qui tient la "
        "caisse s'appelle [[PERSONNE:Marthe]] aussi, « mais c'est pas moi sur "
        "l'enseigne ! ». Mme [[PERSONNE:Sylviane Gosselin]] fait ses courses : {{8,40 €}} pour un "
        "sac plein.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence juridique gratuite le {{jeudi}} avec un avocat du {{barreau de Lille}}. "
        "{{4 rdv}} pris ce matin, surtout des expulsions. L'agent tient le planning sur un "
        "cahier à spirale.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Huguette Lemaître]], {{81 ans}}, aide au chauffage accordée : "
        "{{200 €}} sur son compte [[IBAN:FR76 1751 5900 0004 4881 2290 705]]. Elle veut un "
        "papier « pour prouver à son fils ». L'agent imprime la notification.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La fille de M. [[PERSONNE:Albert Moreau]], {{88 ans}}, appelle : il est tombé cette "
        "nuit. Elle, [[PERSONNE:Corinne]], vit à {{Amiens}}, joignable au "
        "[[TELEPHONE:06 98 03 27 14]]. Elle demande le portage de repas dès {{lundi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Est-ce que c'est vous qui donnez les {{chèques énergie}} ? » Non, c'est l'État, "
        "envoyé au printemps. La dame : « ben je l'ai pas eu ». L'agent donne le numéro vert. "
        "{{3 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Fourmies}}, [[ADRESSE:8 rue Roger Salengro, 59610 Fourmies]]. M. "
        "[[PERSONNE:Raymond Lecerf]], {{83 ans}}. Un {{cerf}} empaillé au-dessus de la télé, "
        "« c'est mon père qui l'a tué, en {{1962}} ». Chauffage au charbon encore.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Didier Szczepaniak]], {{55 ans}}, né à {{Liévin}}, ancien cariste, à la "
        "rue depuis {{6 mois}}. NIR [[NIR:1 69 04 62 510 314 06]]. Il demande qu'on appelle "
        "pas sa sœur. L'éduc ([[PERSONNE:Yanis]]) promet.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine pour l'{{Épiphanie}} : {{galette des rois}}. La fève tombe sur "
        "[[PERSONNE:Bernadette]], résidente depuis {{2 ans}}, couronnée reine. Elle dit que la "
        "dernière fois qu'elle a eu la fève, c'était chez sa grand-mère à {{Calais}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un homme dort dans son fourgon {{Ford Transit}}, plaque "
        "[[IMMATRICULATION:CV-217-HM]], sur le parking du {{stade Bollaert}}. M. "
        "[[PERSONNE:Mickaël Dufour]], {{44 ans}}. Il a un boulot, pas de logement. L'écoutant "
        "l'inscrit au {{SIAO}} pour un logement accompagné.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Mme [[PERSONNE:Hawa Konaté]] et sa fille, née le "
        "[[DATE_NAISSANCE:22 août 2023]]. Réf. {{SIAO}} [[IDENTIFIANT:SI-59-0522914]]. Hôtel "
        "{{Première Classe}} de {{Lesquin}}, {{chambre 27}}, prolongé {{7 nuits}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, {{3h du matin}}. Calme. L'écoutant lit {{La Voix du Nord}}, page des sports, le "
        "{{LOSC}} a gagné. Un appel toutes les {{20 min}} environ. Je m'endors un peu.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Lahcen Amrani]], [[ADRESSE:5 rue Louise Michel, 59260 "
        "Hellemmes]], logement en sous-location accompagnée. Tout est rangé au millimètre. Il a "
        "accroché un calendrier de la {{Poste}} et un drapeau du {{RC Lens}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Pierre Deschamps]] — « aucun lien avec {{Didier Deschamps}}, "
        "hein » — change son mail : [[EMAIL:jp.deschamps62@wanadoo.fr]]. L'agent lui dit que "
        "{{Wanadoo}} ça n'existe plus vraiment. Il tient à garder son adresse.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Tiago Pereira]], né le [[DATE_NAISSANCE:30/06/1995]], maçon. Il donne "
        "son RIB pour les indemnités : [[IBAN:FR76 1670 6050 1051 4329 8710 081]] "
        "({{Crédit Agricole Nord de France}}). L'agent met à jour, {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Valenciennes}}. Sur les {{6 bornes}}, {{2}} en panne. Une agente fait "
        "le tour avec un iPad. Les gens demandent surtout des attestations et des {{cartes "
        "Vitale}}. Affiche : « {{Mon espace santé}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Bruno Vandeputte]] a eu un accident de voiture : {{recours contre tiers}}. "
        "L'autre véhicule : [[IMMATRICULATION:EB-552-YN]], conducteur un certain "
        "[[PERSONNE:Lopez]]. L'agent ouvre une déclaration d'accident causé par un tiers.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Élodie Hochart]] : « {{Amélie}} m'a dit que j'étais remboursée » — elle "
        "parle du site {{ameli}}, pas d'une personne 😂. L'agent vérifie : pas encore. Rappel au "
        "[[TELEPHONE:07 56 81 20 39]] la semaine prochaine.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Maubeuge}}, [[ADRESSE:21 rue de Mons, 59600 Maubeuge]]. M. "
        "[[PERSONNE:Antonio Russo]], {{61 ans}}, genou opéré. Il nous fait entrer, béquilles. "
        "Odeur de sauce tomate. Le contrôleur note « présent, conforme ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Salomé Verhaeghe]], id [[ID_FRANCE_TRAVAIL:1130584 S]], fin de CDD chez "
        "{{Décathlon}} {{Campus}}. Elle donne le RIB pour l'{{ARE}} : "
        "[[IBAN:FR76 3000 4008 0400 0102 7361 845]]. Conseiller : [[PERSONNE:Medhi]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Nicolas Saint-Martin]] appelle : il a raté son rdv du {{6 décembre}}, "
        "jour de la {{Saint-Nicolas}}, il accompagnait sa fille au défilé. Id "
        "[[ID_FRANCE_TRAVAIL:5846017P]]. La conseillère rit et reprogramme.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Réunion téléphonique avec {{Cap emploi}} et la {{Mission locale}} de {{Roubaix}} : on "
        "parle de {{3 dossiers}} par numéro, sans aucun nom. Le conseiller trouve ça « plus "
        "simple pour le {{RGPD}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Bérénice Lagache]], {{27 ans}}, enceinte de {{7 mois}}, contractions. "
        "Redirigée vers la maternité. Elle n'a plus de batterie : la secrétaire note le numéro "
        "du conjoint, [[TELEPHONE:07 62 15 93 48]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le pharmacien de la {{Pharmacie Delattre}}, M. [[PERSONNE:Delattre]] lui-même, appelle "
        "pour une patiente sortie hier, Mme [[PERSONNE:Agnieszka Nowak]] : ordonnance "
        "illisible. La secrétaire passe l'appel à l'interne, Dr [[PERSONNE:Benamar]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip():
            raise ValueError(f"mark with outer whitespace {value!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text!r}")
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
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    by_id = sorted(notes, key=lambda note: note["id"])
    write(HERE / "dev.jsonl", [n for n in by_id if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in by_id if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
