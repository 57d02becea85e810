"""Independent evaluation corpus n° 138: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind138-001`` …
``ind138-240`` follow the writing order below. The split depends only on the ids and the
cells (site kind x channel), never on the contents.

Run ``python holdout_author.py`` to (re)write ``dev.jsonl`` and ``holdout.jsonl`` next to
this file. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind138"
SEED = 138
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

# fmt: off
NOTES_CAF = [
    ("caf", "accueil_physique", "{{9h12}} premier ticket. Mme [[PERSONNE:Ouedraogo]] vient pour la {{prime d'activité}}, l'agente ([[PERSONNE:Sandrine]]) lui demande sa ddn : [[DATE_NAISSANCE:14/03/1987]]. Dossier introuvable par le nom, retrouvé avec le n° alloc [[N_ALLOCATAIRE:2318457]]. Elle avait attendu {{25 min}} debout."),
    ("caf", "accueil_physique", "Borne en panne depuis {{8h30}}, tout le monde passe par l'accueil. Ticket {{A047}}. Le vigile dit que ça arrive {{2 fois par semaine}}."),
    ("caf", "accueil_physique", "Composition du foyer lue à voix haute par [[PERSONNE:Karim]] (agent) :\n- [[PERSONNE:DA SILVA Paulo]] {{42 ans}} né le [[DATE_NAISSANCE:03/02/1983]]\n- [[PERSONNE:DA SILVA Marta]] {{39 ans}} [[DATE_NAISSANCE:21/09/1985]]\n- [[PERSONNE:Tiago]] {{13 ans}} ([[DATE_NAISSANCE:2012]])\n- [[PERSONNE:Lara]] {{7 ans}} née le [[DATE_NAISSANCE:30 avril 2018]]\nArrivés à {{Tours}} le {{1er septembre 2022}}, c'est cette date là qui bloque les {{APL}} parait il."),
    ("caf", "accueil_physique", "une dame demande si le {{RSA}} tombe le 5 ou le 6. Réponse : {{le 5}}, sauf si c'est un dimanche. Elle repart sans prendre de ticket"),
    ("caf", "accueil_physique", "M. [[PERSONNE:Nguyen Van Long]] donne sa date de naissance \"le [[DATE_NAISSANCE:12 juin 76]]... non pardon le [[DATE_NAISSANCE:12 juillet]]\". L'agente sourit, c'est la {{3e fois}} ce matin que qqn se trompe. Courrier Caf du {{2 mai}}, à renvoyer avant le {{31 mai}}."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Leroux]], née à {{Tours}} en [[DATE_NAISSANCE:mars 87]], veut rattacher son bébé. NIR dicté : [[NIR:2 87 03 37 261 118 27]]. Le petit [[PERSONNE:Noah]] est né le [[DATE_NAISSANCE:2 février]], il a {{3 semaines}}, il dort dans la poussette pendant tout l'entretien 😴"),
    ("caf", "accueil_physique", "Homme très énervé, il crie que la {{Caf}} lui \"vole\" {{212 €}}. [[PERSONNE:Karim]] reste calme, explique l'indu. Durée {{18 min}}. Personne d'autre dans la salle ne lève la tête."),
    ("caf", "accueil_physique", "Formulaire papier rempli par une jeune femme, je lis par-dessus : NOM [[PERSONNE:BENSALEM]] PRENOM [[PERSONNE:Yasmine]] DN [[DATE_NAISSANCE:07.11.2002]] adresse [[ADRESSE:14 rue Auguste Comte, 37000 Tours]]. Elle a rayé la case \"date d'arrivée dans le logement\" et réécrit {{01/03/2025}}."),
    ("caf", "accueil_physique", "Question simple : où envoyer l'attestation de loyer ? réponse : sur le compte en ligne, rubrique {{Mon Compte}}. {{2 minutes}}. Le monsieur voulait juste qu'on lui dise en vrai."),
    ("caf", "accueil_physique", "RIB changé : Mme [[PERSONNE:Kowalczyk]] tend un RIB de la {{Banque Postale}}, [[PERSONNE:Sandrine]] recopie [[IBAN:FR54 2004 1010 1104 7231 5K02 963]]. Elle explique que l'ancien compte était au nom de son ex, M. [[PERSONNE:Pasquier]]. Délai annoncé {{15 jours}}."),
    ("caf", "accueil_physique", "Une mamie ({{79 ans}} elle le dit fièrement) accompagne sa petite fille. L'agente demande la date de naissance de la petite fille : \"[[DATE_NAISSANCE:vingt-trois août deux mille quatre]]\" répond la mamie à sa place. La jeune, [[PERSONNE:Chloé]], lève les yeux au ciel."),
    ("caf", "accueil_physique", "salle d'attente pleine à {{10h40}}, {{14 personnes}}, un seul agent au guichet, l'autre en pause. Affiche \"{{Caf.fr}} : faites vos démarches en ligne\" juste au-dessus de la file 🙃"),
    ("caf", "accueil_physique", "M. [[PERSONNE:Traoré]] vient pour l'{{AAH}} de son fils [[PERSONNE:Moussa]] (né en [[DATE_NAISSANCE:2005]]). Le dossier {{MDPH}} est en cours. Il a un courrier du {{12/02}} qu'il ne comprend pas, l'agent lui lit. Le fils attend dans la voiture, immat [[IMMATRICULATION:GK-418-VT]] notée par le vigile pcq garée sur la place handicapé."),
    ("caf", "accueil_physique", "ddn demandée {{3 fois}} car masque + bruit : \"[[DATE_NAISSANCE:quinze / zéro un / quatre vingt dix]]\" ... l'agent tape 15/01/1990, confirme. Mme [[PERSONNE:Hamidou]] a rdv le {{15/01}} aussi, pour son titre de séjour, elle trouve ça drôle."),
    ("caf", "accueil_physique", "Je note : bcp de gens ne connaissent pas leur num allocataire. L'agent dit que {{90 %}} viennent sans."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Rakotomalala]] (je lui ai fait épeler : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]) veut déclarer la naissance de jumeaux, [[PERSONNE:Mia]] et [[PERSONNE:Léo]], nés le [[DATE_NAISSANCE:9 mars 2025]]. Elle donne aussi sa propre date : [[DATE_NAISSANCE:1994]], \"le [[DATE_NAISSANCE:4 octobre]] je crois\". Rires."),
    ("caf", "accueil_physique", "Guichet 3. Un étudiant de {{La Source}} ({{Orléans}}) demande les {{APL}} pour un studio {{CROUS}}. ddn [[DATE_NAISSANCE:2006-05-19]] lue sur sa carte étudiante, mail [[EMAIL:theo.vannier06@gmail.com]]. L'agente s'appelle [[PERSONNE:Mélanie]], elle me dit qu'en septembre c'est {{40 étudiants par jour}}."),
    ("caf", "accueil_physique", "Ce qui me frappe : les gens s'excusent tout le temps d'être là. Même à la {{Caf}}, même pour {{50 €}}."),
    ("caf", "accueil_physique", "M. [[PERSONNE:Oukacha]] apporte le certificat de scolarité de sa fille [[PERSONNE:Inès]] (DN [[DATE_NAISSANCE:11/12/2007]]), {{17 ans}}, pour maintenir les alloc après {{16 ans}}. Date limite sur le courrier : {{30 septembre}}. Il est venu de {{Blois}} en bus car pas d'internet chez lui."),
    ("caf", "accueil_physique", "Dialogue :\n- vous êtes né quand monsieur ?\n- en [[DATE_NAISSANCE:soixante-deux]]\n- le jour ?\n- [[DATE_NAISSANCE:le 8 mai]], comme la victoire hein\nL'agent ([[PERSONNE:Thomas]]) note. Le monsieur s'appelle [[PERSONNE:Guérin]], il est veuf depuis {{2021}}."),
    ("caf", "accueil_physique", "Temps moyen par personne ce matin d'après le tableau : {{11 min}}. Objectif affiché : {{8 min}}."),
    ("caf", "accueil_physique", "Une femme donne la ddn de ses {{3 enfants}} d'une traite : \"[[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]] et le dernier [[DATE_NAISSANCE:juin 2019]]\". L'agente veut les dates exactes, elle sort le livret de famille. Nom de famille [[PERSONNE:Yılmaz]]. Elle habite [[ADRESSE:6 allée des Tanneurs, 41000 Blois]]."),
    ("caf", "accueil_telephonique", "Plateau tel. {{3230}}. Premier appel {{8h31}} : Mme [[PERSONNE:Lefebvre]] veut savoir où en est sa demande {{RSA}}. Num alloc [[N_ALLOCATAIRE:0784215]], ddn [[DATE_NAISSANCE:17/08/1979]]. Réponse : dossier complet, paiement le {{5 du mois}}."),
    ("caf", "accueil_telephonique", "Appel coupé au bout de {{40 secondes}}. L'agent ([[PERSONNE:Bastien]]) dit que c'est le réseau, {{1 appel sur 10}} environ."),
    ("caf", "accueil_telephonique", "Un monsieur appelle de {{Bourges}}. Il ne connaît pas son n° allocataire, l'agente ([[PERSONNE:Nadia]]) fait l'identification par nom + ddn : \"[[PERSONNE:Chevalier]], [[PERSONNE:Jean-Marc]], né le [[DATE_NAISSANCE:vingt-neuf février soixante-quatre]]\". Elle vérifie que [[DATE_NAISSANCE:1964]] était bissextile 😂 oui."),
    ("caf", "accueil_telephonique", "mère isolée, {{3 enfants}}, pleure au téléphone. Loyer {{640 €}}, {{APL}} suspendue depuis le contrôle. [[PERSONNE:Nadia]] lui donne un rdv physique le {{mardi 14}} à {{10h}} à l'agence d'{{Orléans}}. Elle rappelle son numéro pour être rappelée si annulation : [[TELEPHONE:06 41 27 88 03]]."),
    ("caf", "accueil_telephonique", "L'appelant lit son courrier : \"madame [[PERSONNE:Mbala Grâce]], allocataire [[N_ALLOCATAIRE:1963402]], vous êtes née le [[DATE_NAISSANCE:04/04/1991]]...\" elle conteste un trop perçu de {{1 380 €}} de {{2023}}. La lettre date du {{18 mars}}."),
    ("caf", "accueil_telephonique", "Entre 2 appels l'agent m'explique que le plus dur c'est quand les gens appellent pour un proche sans procuration. Il ne peut rien dire."),
    ("caf", "accueil_telephonique", "Appel d'un fils pour sa mère, Mme [[PERSONNE:Abitbol]], {{86 ans}}. Refus poli (pas de procuration). Il insiste : \"elle est née en [[DATE_NAISSANCE:39]], elle n'entend plus rien\". [[PERSONNE:Thomas]] propose le rdv à domicile."),
    ("caf", "accueil_telephonique", "Appel {{11h02}}. Femme qui veut changer de compte bancaire. Agent lui dit de le faire en ligne. Elle insiste pour le dicter : [[IBAN:FR76 1440 6001 2071 0451 2830 028]]. Agent ne le saisit pas (procédure), lui explique. {{6 min}}."),
    ("caf", "accueil_telephonique", "\"Zéro six, douze, quarante, quatre-vingt-dix-huit, zéro sept\" → c'est le numero qu'elle veut mettre à jour : [[TELEPHONE:zéro six, douze, quarante, quatre-vingt-dix-huit, zéro sept]]. Elle s'appelle [[PERSONNE:Aurore Tessier]]... non attendez, [[PERSONNE:Teyssier]] avec un Y, corrige t-elle."),
    ("caf", "accueil_telephonique", "On me fait écouter le serveur vocal : {{7 choix}} avant de parler à quelqu'un. J'ai décroché au 5e."),
    ("caf", "accueil_telephonique", "M. [[PERSONNE:Said Mohamed]] appelle depuis {{Le Mans}}, quartier des {{Sablons}}. Il donne sa date de naissance en deux fois \"[[DATE_NAISSANCE:1er janvier]]... enfin sur les papiers c'est [[DATE_NAISSANCE:1er janvier]], en vrai je sais pas\". L'agente m'explique que c'est fréquent pour les personnes nées aux {{Comores}}. Il ajoute l'année : [[DATE_NAISSANCE:1970]]."),
    ("caf", "accueil_telephonique", "pic d'appels à {{13h30}}, {{62 en attente}}. Panneau rouge sur l'écran. Les agents ne bronchent pas."),
    ("caf", "accueil_telephonique", "La dame appelle pour la {{prime de naissance}}. Terme prévu le {{20 juillet}}. Son propre dossier : allocataire [[N_ALLOCATAIRE:5502718]], née le [[DATE_NAISSANCE:2 octobre 1996]] à {{Laval}}. Echo du {{3 mai}} ok."),
    ("caf", "accueil_telephonique", "Mme [[PERSONNE:Pham]] donne son mail pour le compte : \"[[EMAIL:linh point pham arobase laposte point net]]\". L'agent recopie : [[EMAIL:linh.pham@laposte.net]]. Ça prend {{4 min}} à cause des points."),
    ("caf", "controle_sur_place", "Contrôle à {{Angers}}, quartier {{Monplaisir}}. Contrôleur : [[PERSONNE:Patrice]]. On sonne au [[ADRESSE:23 rue Jean Moulin, 49100 Angers]], {{3e étage}} sans ascenseur. Mme [[PERSONNE:Diallo]] seule avec {{2 enfants}}. Vérif du bail, des factures."),
    ("caf", "controle_sur_place", "Le contrôleur relit la fiche avant de sonner : \"[[PERSONNE:Moreau Éloïse]], née le [[DATE_NAISSANCE:30/11/1988]], {{RSA}} majoré depuis {{avril 2023}}, déclarée seule\". Il m'explique que c'est un contrôle aléatoire, pas une dénonciation."),
    ("caf", "controle_sur_place", "Dans l'entrée, des chaussures d'homme, taille {{44}} au moins. Le contrôleur ne dit rien, il note juste. Après, dans la voiture, il m'explique que ça ne prouve rien."),
    ("caf", "controle_sur_place", "Fiche de contrôle remplie sur tablette, je lis :\nallocataire [[N_ALLOCATAIRE:3341906]]\nenfants : [[PERSONNE:Yanis]] ([[DATE_NAISSANCE:14/02/2011]]), [[PERSONNE:Sofia]] ([[DATE_NAISSANCE:01/09/2015]])\nentrée dans les lieux : {{15/06/2020}}\nprochain contrôle : sans objet\nLe bailleur : {{Tours Habitat}}."),
    ("caf", "controle_sur_place", "Voiture de service garée devant, une {{Clio}} blanche. Le contrôleur fait {{6 visites}} par jour max, {{40 km}} autour de {{Cholet}}."),
    ("caf", "controle_sur_place", "M. [[PERSONNE:Lemaire]] nous montre le relevé bancaire. Compte [[IBAN:FR76 1751 5900 0008 2314 6705 471]] au {{Crédit Mutuel}}? non {{Caisse d'Epargne}}, il corrige. Il y a des virements d'un certain [[PERSONNE:Dédé]] chaque mois, c'est son frère qui l'aide, dit-il."),
    ("caf", "controle_sur_place", "Mme [[PERSONNE:Ngo]] nous offre un café. Le contrôleur refuse gentiment (règle). Elle est vexée. Ambiance gênée {{2 minutes}}."),
    ("caf", "controle_sur_place", "Contrôle au [[ADRESSE:camping Les Rives du Loir, emplacement 41]], {{Vendôme}}. M. [[PERSONNE:Lopes]] vit dans un mobil-home depuis {{2019}}, né en [[DATE_NAISSANCE:1961]] dit la fiche. Son véhicule : camionnette immatriculée [[IMMATRICULATION:4215 TR 41]] (vieux format), \"elle a plus de {{300 000 km}}\"."),
    ("caf", "controle_sur_place", "Le contrôleur vérifie les dates : date de naissance de l'enfant [[PERSONNE:Rayan]] : [[DATE_NAISSANCE:18 janvier 2017]]; date du jugement de divorce : {{3 février 2022}}; date de déménagement du père : {{avril 2022}}. Tout colle."),
    ("caf", "controle_sur_place", "⚠️ chien dans l'appart, un gros. Il s'appelle {{Rocky}}. On attend sur le palier que Mme [[PERSONNE:Ferrand]] l'enferme dans la salle de bain."),
    ("caf", "controle_sur_place", "Mme [[PERSONNE:Belkacem]] cherche ses papiers dans une boite à chaussures : carte vitale, titre de séjour n° [[IDENTIFIANT:4902781365]], factures {{EDF}} (réf client [[IDENTIFIANT:60 0231 447 812]]). Le contrôleur prend en photo avec la tablette."),
    ("caf", "controle_sur_place", "Retour à la voiture {{11h50}}. Bilan du contrôleur : \"situation conforme\". Rapport à taper cet après-midi, {{45 min}} environ."),
]
NOTES_CPAM = [
    ("cpam", "accueil_physique", "Accueil {{Cpam}} d'{{Orléans}}, {{8h45}}. M. [[PERSONNE:Renaud]] a perdu sa carte vitale. L'agente ([[PERSONNE:Fatou]]) lui demande son numéro de sécu, il le connait par coeur : [[NIR:1 74 11 45 234 057 42]]. \"Né le [[DATE_NAISSANCE:2 novembre 74]] à {{Orléans}}, j'ai toujours vécu ici\"."),
    ("cpam", "accueil_physique", "File de {{11 personnes}} dehors à l'ouverture, il pleut. Un agent sort distribuer des tickets pour que les gens puissent attendre à l'intérieur."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Chérif]] veut la {{C2S}}. Elle donne les dates de naissance du foyer, sur une feuille pliée :\n  moi [[DATE_NAISSANCE:05/05/1982]]\n  [[PERSONNE:Adam]] [[DATE_NAISSANCE:22/10/2008]]\n  [[PERSONNE:Lina]] [[DATE_NAISSANCE:13/06/2014]]\nRessources des {{12 derniers mois}} : elle n'a pas les bulletins de {{janvier}}."),
    ("cpam", "accueil_physique", "Borne {{Ameli}} : une dame n'arrive pas à imprimer son attestation. L'agent vient, tape {{2 fois}} sur l'écran, ça marche. {{30 sec}}."),
    ("cpam", "accueil_physique", "Un jeune de {{19 ans}}, étudiant à {{Tours}}, vient créer son compte {{Ameli}}. [[PERSONNE:Fatou]] lit sur l'écran : NIR [[NIR:1 03 03 44 184 224 97]], né à {{Saint-Nazaire}} en [[DATE_NAISSANCE:mars 2003]]... elle corrige \"ah non vous avez {{22 ans}} alors\". Il rit, il s'était trompé d'âge en le disant. Mail : [[EMAIL:k.leguen44@outlook.fr]]."),
    ("cpam", "accueil_physique", "Pancarte à l'accueil : \"Pas d'accueil sans rendez-vous le {{jeudi après-midi}}\". {{3 personnes}} repartent en râlant."),
    ("cpam", "accueil_physique", "{{IJ}} non versées depuis {{6 semaines}}. M. [[PERSONNE:Hadj-Ali]], plombier, arrêt depuis le {{4 mars}} (accident). L'agent vérifie : l'employeur n'a pas envoyé l'attestation de salaire. Employeur = {{Lebrun Plomberie}}, {{Bourges}}. Le patron, M. [[PERSONNE:Lebrun]], \"répond jamais\"."),
    ("cpam", "accueil_physique", "Sur le formulaire {{S3705}} je lis \"date de naissance : [[DATE_NAISSANCE:1er / 07 / 1993]]\" et juste en dessous \"date de l'accident : {{1er / 07 / 2024}}\". Le même jour, son anniversaire. L'agente dit \"pas de chance\"."),
    ("cpam", "accueil_physique", "Je remarque les agents de la {{Cpam}} disent tous \"votre numéro de sécu\" et pas \"NIR\"."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Petrescu Ioana]], arrivée de {{Roumanie}} en {{2023}}, dépose sa demande d'affiliation. Passeport [[IDENTIFIANT:058214973]]. ddn [[DATE_NAISSANCE:17.09.1990]]. Le {{NIR}} provisoire sera envoyé par courrier à [[ADRESSE:8 rue de la Chancellerie, 18000 Bourges]]."),
    ("cpam", "accueil_physique", "Maman avec bébé dans les bras. Elle veut ajouter le bébé sur sa carte. \"il est né quand ?\" - \"[[DATE_NAISSANCE:mardi dernier]]\" - \"la date exacte madame\" - \"le [[DATE_NAISSANCE:11 février]]\". L'agent ([[PERSONNE:Cédric]]) est super patient."),
    ("cpam", "accueil_physique", "Mutuelle : M. [[PERSONNE:Fontaine]] montre sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:H2287115403]]. Il veut savoir pourquoi ses lunettes ne sont remboursées qu'à {{60 %}}. L'agent explique que la {{Cpam}} ne gère pas la part mutuelle. Il repart avec le numéro de la mutuelle noté sur un post-it."),
    ("cpam", "accueil_physique", "L'accueil ferme à {{12h30}}, à {{12h25}} il y a encore {{7 tickets}}. Ils seront tous reçus, dit le responsable, M. [[PERSONNE:Pelletier]]."),
    ("cpam", "accueil_physique", "Un homme âgé très élégant, costume, canne. Il donne sa date de naissance comme on récite : \"[[DATE_NAISSANCE:le vingt-quatre décembre mil neuf cent trente-huit]]\". Il s'appelle M. [[PERSONNE:Ziegler]], originaire d'{{Alsace}}, vit à {{Saumur}} depuis {{1965}}."),
    ("cpam", "accueil_physique", "Changement d'adresse : ancienne [[ADRESSE:31 avenue de Grammont, 37000 Tours]], nouvelle [[ADRESSE:2 impasse des Acacias, 37540 Saint-Cyr-sur-Loire]]. Mme [[PERSONNE:Boukhris]] dit qu'elle a déjà fait la démarche {{2 fois}} en ligne."),
    ("cpam", "accueil_physique", "Dossier {{AME}}. Homme, la fiche dit \"né en [[DATE_NAISSANCE:1998]] au {{Portugal}}\" - non c'est le numéro qui dit ça, [[NIR:1 98 06 99 139 015 26]], M. [[PERSONNE:Martins]], il travaille dans la vigne près de {{Chinon}}. Pas {{AME}} du coup, il a déjà des droits !"),
    ("cpam", "accueil_telephonique", "Plateau {{3646}}. {{9h}} pile, {{37 appels}} en attente. Premier appel : question sur un remboursement de kiné. [[PERSONNE:Laëtitia]] répond en {{3 min}}."),
    ("cpam", "accueil_telephonique", "L'appelante donne son numéro de sécu très vite, l'agent lui fait répéter : [[NIR:2 92 06 49 007 233 27]]. \"Vous êtes bien née en [[DATE_NAISSANCE:juin 92]] à {{Angers}} ?\" \"Oui le [[DATE_NAISSANCE:18]]\". Mme [[PERSONNE:Gicquel]]. Question sur son congé maternité, début prévu {{22 septembre}}."),
    ("cpam", "accueil_telephonique", "un monsieur demande le numéro direct du médecin conseil, le Dr [[PERSONNE:Vasseur]]. L'agent n'a pas le droit de le donner, il prend un message."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Kaya Emre]], {{Cholet}}. Conteste un refus d'arrêt maladie. Il dit \"je suis né en [[DATE_NAISSANCE:quatre-vingt-dix]], j'ai jamais été malade de ma vie\". Rappel souhaité au [[TELEPHONE:07 68 14 52 90]], \"après {{17h}} svp\"."),
    ("cpam", "accueil_telephonique", "Ce que l'agent ne dit pas au téléphone mais me dit après, {{10h50}} : \"celui-là il appelle tous les jours\"."),
    ("cpam", "accueil_telephonique", "Appel d'une infirmière libérale pour une patiente, Mme [[PERSONNE:Rousseau]], DN [[DATE_NAISSANCE:03-08-1951]]. Question sur l'{{ALD}}. Elle donne le numéro de la patiente ([[NIR:2 51 08 72 181 093 53]])"),
    ("cpam", "accueil_telephonique", "Une dame d'{{Alençon}} ? non de {{Laval}}. Elle épelle son nom : \"[[PERSONNE:N comme Nicolas, D comme Denise, I, A, Y, E]]\" -> [[PERSONNE:Ndiaye]]. Puis elle dicte son IBAN pour les remboursements : [[IBAN:FR76 1380 7000 7132 1218 7641 057]]. L'agent le saisit après vérif de l'identité (ddn [[DATE_NAISSANCE:9 septembre 1984]])."),
    ("cpam", "accueil_telephonique", "Temps moyen d'attente affiché sur le mur : {{14 min}}. Record du jour : {{41 min}}."),
    ("cpam", "accueil_telephonique", "Appel en anglais, un étudiant de l'{{université d'Angers}}. [[PERSONNE:Laëtitia]] se débrouille. Il s'appelle [[PERSONNE:Oluwaseun Adeyemi]], DOB \"[[DATE_NAISSANCE:the 3rd of May 2001]]\". Il n'a pas reçu son numéro. Il donne son tel : [[TELEPHONE:+33 7 51 82 64 19]]."),
    ("cpam", "accueil_telephonique", "\"Votre date de naissance ?\" \"[[DATE_NAISSANCE:12 12 60]]\" \"douze décembre soixante ?\" \"Voilà\". M. [[PERSONNE:Poirier]], il veut son relevé d'{{IJ}} pour la retraite."),
    ("cpam", "accueil_telephonique", "Beaucoup d'appels sur le {{Doliprane}} non remboursé ? non c'est une rumeur, dit l'agent. {{5 appels}} sur le sujet depuis ce matin."),
    ("cpam", "accueil_telephonique", "Appel transféré par erreur depuis la {{Caf}}. L'agent raccroche pas, il donne le bon numéro. \"On est pas une plateforme de tri\" me dit-il après en souriant."),
    ("cpam", "controle_sur_place", "Contrôle d'arrêt de travail au domicile, avec [[PERSONNE:Gilles]], agent assermenté. Adresse : [[ADRESSE:5 rue des Ursulines, 41000 Blois]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On passe à {{15h20}}. Personne."),
    ("cpam", "controle_sur_place", "Avant de sonner, [[PERSONNE:Gilles]] relit : assuré [[PERSONNE:Benali Rachid]], né le [[DATE_NAISSANCE:23/03/1977]], arrêt du {{10/04}} au {{30/04}}, lombalgie. Il sonne. M. [[PERSONNE:Benali]] ouvre en pyjama, tout va bien."),
    ("cpam", "controle_sur_place", "Sur la route, [[PERSONNE:Gilles]] me parle des {{2 500 contrôles}} par an du département. Il aime bien la campagne autour de {{Châteaudun}}."),
    ("cpam", "controle_sur_place", "Avis de passage laissé dans la boîte : \"M. [[PERSONNE:Fofana]], nous sommes passés le {{16/05}} à {{10h40}}, merci de contacter le [[TELEPHONE:02 47 31 56 08]]\". Le numéro est celui du service, il précise. Mais il a écrit à la main son propre portable en dessous, [[TELEPHONE:06 89 20 11 47]], \"ça va plus vite\"."),
    ("cpam", "controle_sur_place", "Voiture de l'assuré devant la maison, immat [[IMMATRICULATION:fh-927-zc]] (il la note en minuscules sur son carnet). Ca ne prouve rien dit-il."),
    ("cpam", "controle_sur_place", "Une maison à {{Joué-lès-Tours}}, jardin impeccable, des roses partout. La dame dit \"la rose c'est ma passion\". Contrôle rapide, {{7 min}}."),
    ("cpam", "controle_sur_place", "Formulaire signé par l'assurée : nom [[PERSONNE:Le Floch Annaïg]], DN [[DATE_NAISSANCE:1985-12-07]], NIR barré puis réécrit. Date du jour {{2025-05-16}}. Elle me demande si je suis stagiaire."),
]
NOTES_CCAS = [
    ("ccas", "accueil_physique", "CCAS de {{Tours}}, {{9h}}. Accueil par [[PERSONNE:Josiane]], {{30 ans}} de maison. Première demande : une domiciliation. M. [[PERSONNE:Ivanov Sergueï]], né le [[DATE_NAISSANCE:6 avril 1979]], sans adresse depuis {{janvier}}. Elle lui explique qu'il faut un lien avec la commune."),
    ("ccas", "accueil_physique", "Épicerie solidaire : le bon est valable {{3 mois}}, reste à charge {{10 %}}. Une dame demande si on peut venir avec son caddie. Oui."),
    ("ccas", "accueil_physique", "Fiche d'entretien, rubrique foyer, je recopie ce que l'agent écrit :\nMme [[PERSONNE:GARNIER Sylvie]] ({{52 ans}}) ddn [[DATE_NAISSANCE:19/01/1973]]\nfils [[PERSONNE:Kevin]] ({{24 ans}}) ddn [[DATE_NAISSANCE:02/06/2000]], hébergé\npetit-fils [[PERSONNE:Enzo]] ({{4 ans}}) ddn [[DATE_NAISSANCE:27/08/2020]]\nRessources : {{ASS}} {{545 €}} + {{APL}}\nDette {{EDF}} {{1 120 €}}, échéance du {{15 juin}}."),
    ("ccas", "accueil_physique", "Un monsieur vient chercher son courrier (domicilié). L'agente vérifie la carte : il s'appelle [[PERSONNE:Hoarau]], {{Réunionnais}}, \"né à {{Saint-Pierre}}, le [[DATE_NAISSANCE:14 juillet 68]], jour de fête\". {{2 lettres}}, une de la {{Cpam}}, une de la préfecture."),
    ("ccas", "accueil_physique", "Beaucoup de personnes âgées ce matin, c'est le jour du colis de la {{Banque alimentaire}}. La salle sent le café."),
    ("ccas", "accueil_physique", "Demande d'aide pour une facture d'eau. Facture {{Veolia}} n° [[IDENTIFIANT:F24-0093318]], {{287,40 €}}. Mme [[PERSONNE:Sow Aminata]] dit qu'elle paiera en {{3 fois}} si le CCAS aide pour le reste. Commission le {{mardi 3 juin}}."),
    ("ccas", "accueil_physique", "Pas de ticket ici, on attend sur des chaises. J'ai compté {{9 chaises}} pour {{13 personnes}}."),
    ("ccas", "accueil_physique", "L'agent fait remplir une demande de téléassistance pour une dame de {{91 ans}}. La fille, présente, dicte : \"maman c'est [[PERSONNE:Paulette Brossard]], née le [[DATE_NAISSANCE:trois janvier mille neuf cent trente-quatre]]\". La fille donne son portable : [[TELEPHONE:06.33.81.07.42]]. Installation prévue le {{12}}."),
    ("ccas", "accueil_physique", "Un homme en scooter, casque à la main. Il veut l'aide au permis. Né en [[DATE_NAISSANCE:2005]] (\"j'ai {{20 ans}} le mois prochain\"), il habite [[ADRESSE:17 rue Ronsard, Blois]]. L'agent lui dit que le dispositif est fermé jusqu'au {{1er septembre}}."),
    ("ccas", "accueil_physique", "dame qui parle très peu français, sa voisine traduit (turc). Nom : [[PERSONNE:Çelik Ayşe]]. DN lue sur son titre de séjour : [[DATE_NAISSANCE:01.01.1967]]. Titre n° [[IDENTIFIANT:3701458223]], expire le {{02.10.2025}}. L'agente note les 2 dates et entoure celle de l'expiration."),
    ("ccas", "accueil_physique", "L'agente me montre le tableau des aides facultatives : {{bons alimentaires}}, {{aide aux vacances}}, {{chèque énergie}} (qui n'est pas à eux, précise-t-elle)."),
    ("ccas", "accueil_physique", "Aide aux obsèques ? Un homme, M. [[PERSONNE:Barry]], pour son père décédé le {{8 mai}}. Le père était né en [[DATE_NAISSANCE:1946]] en {{Guinée}}. Il demande si le {{CCAS}} peut aider pour le rapatriement. Non, mais il donne l'adresse d'une association."),
    ("ccas", "accueil_physique", "Je note la phrase de l'agente à une dame de {{80 ans}} qui s'excuse : \"vous ne dérangez pas, c'est pour ça qu'on est là\"."),
    ("ccas", "accueil_physique", "Carte de bus solidaire. Étudiante, [[PERSONNE:Manon Lecomte]], née le [[DATE_NAISSANCE:31/12/2004]], elle a fait la demande le {{31/12}} de l'an passé aussi, \"jour de mon anniv\". L'agent rigole. Elle vit au [[ADRESSE:4 place de la Liberté, 72000 Le Mans]]."),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Papin]] demande un rdv avec l'assistante sociale. Premier créneau : {{17 juin}}. Il a une lettre d'expulsion datée du {{2 avril}}. Délai de {{2 mois}}. L'agente le passe en urgence."),
    ("ccas", "accueil_telephonique", "Standard {{CCAS}} de {{Cholet}}. Une dame appelle pour sa mère qui ne sort plus de chez elle. [[PERSONNE:Brigitte]] (agente) prend les infos : Mme [[PERSONNE:Bouvet]], \"elle aura {{quatre-vingt-neuf ans}} en mars, elle est de [[DATE_NAISSANCE:mars 36]]\". Adresse [[ADRESSE:11 rue du Bretonnais, 49300 Cholet]]."),
    ("ccas", "accueil_telephonique", "Appel d'une boulangerie qui veut donner ses invendus. Transféré. {{1 min}}."),
    ("ccas", "accueil_telephonique", "M. [[PERSONNE:Andrianjafy]] appelle pour le plan canicule. Il veut s'inscrire. \"Date de naissance ?\" \"[[DATE_NAISSANCE:dix-sept août quarante-et-un]]\". Il a {{83 ans}}. Numéro fixe : [[TELEPHONE:02 41 66 19 74]]."),
    ("ccas", "accueil_telephonique", "Une personne appelle pour savoir si la {{mairie}} est ouverte le {{lundi de Pentecôte}}. Non."),
    ("ccas", "accueil_telephonique", "Le registre canicule, à l'écran : nom, prénom, ddn, tel, personne à prévenir. Ligne vue : [[PERSONNE:LOPEZ Carmen]] / [[DATE_NAISSANCE:12-03-1940]] / [[TELEPHONE:0241884523]] / fille [[PERSONNE:Isabel]] [[TELEPHONE:0612550378]]."),
    ("ccas", "accueil_telephonique", "Une dame veut une aide pour ses lunettes. Elle donne son mail : [[EMAIL:mireille.dauvergne49 (at) orange.fr]]. [[PERSONNE:Brigitte]] lui envoie le formulaire. Elle raccroche en disant \"que {{Dieu}} vous garde\"."),
    ("ccas", "accueil_telephonique", "appel très long {{22 min}}, un monsieur seul qui a surtout besoin de parler. [[PERSONNE:Brigitte]] ne coupe pas."),
    ("ccas", "accueil_telephonique", "Un homme demande l'aide alimentaire pour sa famille : lui [[DATE_NAISSANCE:83]], sa femme [[DATE_NAISSANCE:86]], les enfants [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2020]]. (il donne juste les années de naissance, l'agent demande ensuite les prénoms). Famille [[PERSONNE:Keita]], {{Nantes}}, quartier {{Bellevue}}."),
    ("ccas", "accueil_telephonique", "Rappel d'un dossier : l'agente relit le message laissé hier sur le répondeur, \"bonjour c'est Mme [[PERSONNE:Hubert]] euh [[PERSONNE:Hubert Danièle]], rappelez moi au [[TELEPHONE:zéro deux quarante-sept, cinquante-quatre, trente, douze]]\". Elle rappelle, pas de réponse."),
    ("ccas", "accueil_telephonique", "Question sur le {{Pass'Sport}}. L'agent ne sait pas, il cherche sur internet pendant {{2 min}} en mettant en attente."),
    ("ccas", "controle_sur_place", "Visite à domicile avec [[PERSONNE:Amélie]] (travailleuse sociale du CCAS). Logement au [[ADRESSE:9 rue Paul Bert, 45000 Orléans]]. Mme [[PERSONNE:Haddad]], {{67 ans}}, vit seule. Évaluation pour l'aide ménagère. Frigo presque vide."),
    ("ccas", "controle_sur_place", "[[PERSONNE:Amélie]] pose la question de la date de naissance pour le dossier {{APA}}, la dame répond \"[[DATE_NAISSANCE:janvier 58]]\" puis va chercher sa carte d'identité : [[DATE_NAISSANCE:26/01/1958]]. Carte n° [[IDENTIFIANT:D8KF2LR41]]. Date de délivrance {{04/2019}}."),
    ("ccas", "controle_sur_place", "L'appartement est très propre. Des photos partout. Sur le buffet un {{olivier}} en pot."),
    ("ccas", "controle_sur_place", "Visite chez M. [[PERSONNE:Wagner]], {{Vierzon}}. Il a un chat, {{Filou}}, qui monte sur la table pendant tout l'entretien. Il montre ses relevés : retraite {{890 €}}. Né le [[DATE_NAISSANCE:5/5/55]] \"les 5, c'est facile\"."),
    ("ccas", "controle_sur_place", "Sur le chemin du retour, [[PERSONNE:Amélie]] me dit qu'elle fait {{3 visites}} par semaine, \"si tout va bien\"."),
    ("ccas", "controle_sur_place", "Mme [[PERSONNE:Nowak]] nous reçoit, {{Laval}}, quartier {{Saint-Nicolas}}. Elle dit qu'elle est née à [[DATE_NAISSANCE:la Toussaint 1950]], le [[DATE_NAISSANCE:1er novembre]] quoi. Sa fille est au téléphone sur haut-parleur pendant la visite."),
    ("ccas", "controle_sur_place", "Évaluation bailleur : logement {{Podeliha}}, réf locataire [[IDENTIFIANT:LOC-0451872]]. Humidité dans la chambre. La travailleuse sociale prend des photos pour le signalement."),
    ("ccas", "controle_sur_place", "En arrivant la voisine nous dit \"vous venez pour madame [[PERSONNE:Petit]] ? elle est à l'hôpital depuis dimanche\". Visite annulée, on repart. {{10h15}}."),
]
NOTES_URGENCES = [
    ("urgences", "accueil_physique", "Urgences du {{CHU de Tours}}, site {{Trousseau}}. Accueil administratif, {{14h}}. L'agente ([[PERSONNE:Océane]]) répète à chaque patient la même phrase : \"nom de naissance, prénom, date de naissance\". Identitovigilance, m'explique-t-elle."),
    ("urgences", "accueil_physique", "Patient arrivé en {{ambulance}}, la fille répond pour lui : \"[[PERSONNE:Gonzalez Manuel]], né le [[DATE_NAISSANCE:21 mars 1939]]\". IPP créé : [[IDENTIFIANT:P00731845]]. Bracelet imprimé, l'agente vérifie à voix haute le nom sur le bracelet."),
    ("urgences", "accueil_physique", "Salle d'attente : {{23 personnes}} à {{15h10}}. Écran : \"temps d'attente estimé {{4h}}\". Un enfant joue avec une voiture en plastique par terre."),
    ("urgences", "accueil_physique", "Jeune homme, main bandée (scie). Pas de carte vitale. Il donne son numéro de sécu de tête, faux la 1ère fois. Ensuite : [[NIR:1 90 10 49 099 171 63]], né en [[DATE_NAISSANCE:octobre 90]] à {{Cholet}}. Nom [[PERSONNE:Marchand]]. Mutuelle : il sait pas."),
    ("urgences", "accueil_physique", "Doublon d'identité à l'écran : 2 \"[[PERSONNE:Nguyen Thi Hoa]]\", l'une née le [[DATE_NAISSANCE:02/02/1954]], l'autre le [[DATE_NAISSANCE:02/02/1945]]. L'agente appelle la cadre. Inversion de chiffres lors d'un passage en {{2019}}. Fusion demandée."),
    ("urgences", "accueil_physique", "Un {{SDF}} arrive accompagné par les pompiers. Pas de papiers. Il dit s'appeler \"[[PERSONNE:Jojo]]\". L'agente crée une identité provisoire, date de naissance par défaut {{01/01}} de l'année estimée... elle me dit que c'est la règle pour les inconnus. Age estimé {{50 ans}}."),
    ("urgences", "accueil_physique", "File aux urgences pédiatriques : \"[[PERSONNE:Lucas Bernard]]\" — non c'est [[PERSONNE:Bertrand]], corrige le papa — né le [[DATE_NAISSANCE:8 août 2021]]. Fièvre depuis {{3 jours}}. Le papa donne son tel pour le suivi : [[TELEPHONE:07 81 44 60 29]]."),
    ("urgences", "accueil_physique", "Note : l'accueil administratif est séparé de l'{{IAO}} (infirmière d'orientation). Les gens passent d'abord chez l'IAO, puis ici. Beaucoup ne comprennent pas pourquoi on leur redemande tout."),
    ("urgences", "accueil_physique", "Patiente âgée, confuse. L'agente cherche dans le logiciel avec ce que dit le voisin qui l'accompagne : \"Mme [[PERSONNE:Charpentier]], elle a dans les [[DATE_NAISSANCE:1930 et quelques]]\". Trouvée : [[DATE_NAISSANCE:17/05/1933]], ancienne patiente, IPP [[IDENTIFIANT:P00218877]]."),
    ("urgences", "accueil_physique", "Urgences de {{Blois}}. Carte européenne d'un touriste allemand, M. [[PERSONNE:Schmitt]], Geburtsdatum [[DATE_NAISSANCE:04.10.1962]]. Il est venu en camping-car, immatriculé [[IMMATRICULATION:KA-RS 7712]]. Il dit qu'il est garé devant l'entrée des ambulances 😬"),
    ("urgences", "accueil_physique", "Femme enceinte, terme prévu le {{25/06}}, contractions. Elle donne sa ddn en même temps que la date des dernières règles et l'agente mélange les deux ! Elle reprend : née le [[DATE_NAISSANCE:16/11/1997]], {{DDR}} {{18/09}}. Mme [[PERSONNE:Touré]]."),
    ("urgences", "accueil_physique", "{{16h30}}. Relève. L'agente du soir ([[PERSONNE:Marie-Claude]]) arrive, elles se font un point de {{5 min}} sur les \"patients en attente d'identité\"."),
    ("urgences", "accueil_physique", "Ado de {{15 ans}} venu seul après un match de foot (cheville). Ddn : \"[[DATE_NAISSANCE:2010]]... le [[DATE_NAISSANCE:vingt-deux avril]]\". Il faut joindre un parent. Il donne le num de sa mère : [[TELEPHONE:06 05 93 27 18]], Mme [[PERSONNE:Benhamou]]. L'agente l'appelle direct."),
    ("urgences", "accueil_physique", "Rien de spécial pendant {{20 min}}. Deux policiers passent boire un café au distributeur."),
    ("urgences", "accueil_physique", "Accident de la route sur la {{rocade}}. L'agente enregistre le conducteur : M. [[PERSONNE:Aït Ouali Samir]], [[DATE_NAISSANCE:13/07/1986]], véhicule [[IMMATRICULATION:EZ-305-PL]] (noté par les gendarmes sur leur fiche). Adresse : [[ADRESSE:42 boulevard Jean Royer, 37100 Tours]]."),
    ("urgences", "accueil_physique", "Sur l'écran de l'accueil, le bandeau défile : \"{{Plan blanc}} non déclenché\". L'agente dit qu'en {{janvier}} ils l'avaient déclenché pour la grippe."),
    ("urgences", "accueil_physique", "Une dame vient pour son mari déjà pris en charge. Elle veut savoir où il est. L'agente demande la date de naissance du mari pour vérifier : \"[[DATE_NAISSANCE:premier juin cinquante-neuf]]\". \"M. [[PERSONNE:Le Bihan]] ? Il est en box {{7}}\"."),
    ("urgences", "accueil_physique", "Une étudiante étrangère, titre de séjour étudiant, numéro étranger [[IDENTIFIANT:4500127836]]. Elle s'appelle [[PERSONNE:Zhang Wei]]. Nom de famille en premier, l'agente hésite, inverse, puis remet. Ddn [[DATE_NAISSANCE:2000-01-23]] sur le titre."),
    ("urgences", "accueil_physique", "patient ivre, agressif. Il refuse de donner son nom, crie \"{{Macron}} démission\" (?!). Vigile appelé. Il finit par dire \"[[PERSONNE:Dylan]]\"."),
    ("urgences", "accueil_physique", "Mutuelle d'un patient : carte {{MGEN}}, n° adhérent [[IDENTIFIANT:284715390]]. Patient M. [[PERSONNE:Tran]], enseignant à {{Vendôme}}. Né le [[DATE_NAISSANCE:19/02/1979]] à {{Bourges}}, numéro [[NIR:1 79 02 18 033 145 19]]."),
    ("urgences", "accueil_telephonique", "Le standard des urgences ne donne aucune info médicale par téléphone. {{6 appels}} de familles en {{30 min}}, même réponse : \"il faut venir\"."),
    ("urgences", "accueil_telephonique", "Une femme appelle pour savoir si son fils est arrivé. \"Il s'appelle [[PERSONNE:Kylian Morel]], il est né le [[DATE_NAISSANCE:14 février 2004]]\". L'agent confirme seulement qu'il est \"bien enregistré\". Elle donne son numéro : [[TELEPHONE:06 70 12 83 49]]."),
    ("urgences", "accueil_telephonique", "Appel d'un EHPAD, l'{{EHPAD Les Tilleuls}} : ils annoncent un transfert. Résident M. [[PERSONNE:Tilly]], né le [[DATE_NAISSANCE:10/10/1931]]. L'agent crée la pré-admission."),
    ("urgences", "accueil_telephonique", "Appel d'un médecin généraliste, Dr [[PERSONNE:Abdallah]], qui adresse un patient. Il dicte : \"[[PERSONNE:Fleury Bernadette]]\"... non c'est \"[[PERSONNE:Fleury-Bernadet]]\" en un mot, née en [[DATE_NAISSANCE:quarante-sept]]."),
    ("urgences", "accueil_telephonique", "Un homme appelle pour demander combien de temps on attend. L'agent : \"je ne peux pas vous dire, entre {{2 et 6 heures}}\". Il raccroche."),
    ("urgences", "accueil_telephonique", "Facture reçue par un patient passé en mars. Il appelle, ne comprend pas les {{19,61 €}} de forfait patient urgences. Facture n° [[IDENTIFIANT:FPU-2025-0048812]]. L'agent explique le {{FPU}}."),
    ("urgences", "accueil_telephonique", "Police qui appelle pour une personne blessée retrouvée sur la voie publique, sans papiers. Signalement : \"homme, la trentaine, tatouage\". Rien à l'accueil. L'agent note l'heure, {{2h14}}... non, {{14h02}}."),
    ("urgences", "accueil_telephonique", "Une mère appelle à {{19h40}} pour savoir si elle doit venir pour la fièvre de sa fille ({{18 mois}}). L'agent la renvoie vers le {{15}}. Il me dit que c'est la consigne, le {{SAMU}} régule."),
    ("urgences", "accueil_telephonique", "Appel d'une clinique pour récupérer le dossier de passage de Mme [[PERSONNE:Lemoine]] (DN [[DATE_NAISSANCE:08/03/1969]], IPP [[IDENTIFIANT:P00592031]]). Demande par fax seulement. Oui, en {{2025}}, par fax."),
]
NOTES_CHRS = [
    ("chrs", "accueil_physique", "CHRS à {{Orléans}}, quartier {{L'Argonne}}. Accueil de jour. [[PERSONNE:Mehdi]] (éducateur) accueille un nouveau : M. [[PERSONNE:Sokolov]], orienté par le {{SIAO}}, réf. SIAO [[IDENTIFIANT:SIAO45-2025-01874]]. Il a dormi {{3 nuits}} dans sa voiture, une {{Peugeot}} immatriculée [[IMMATRICULATION:DS-664-QB]]."),
    ("chrs", "accueil_physique", "Petit déj servi de {{7h30}} à {{9h}}. {{34 personnes}} ce matin. Café, pain, confiture. Un bénévole ({{72 ans}}) fait ça depuis {{2016}}."),
    ("chrs", "accueil_physique", "Fiche d'admission, je lis : \"[[PERSONNE:DIABY Mariam]], DN : [[DATE_NAISSANCE:1er/01/1998]] (date déclarative), nationalité ivoirienne, récépissé n° [[IDENTIFIANT:4503318922]]. Entrée le {{12/05/2025}}. Fin de prise en charge prévue : {{11/11/2025}}.\" L'éducatrice souligne la date d'entrée."),
    ("chrs", "accueil_physique", "Un homme vient récupérer sa domiciliation. Carte de domiciliation au nom de \"[[PERSONNE:Ferreira]]\". Je lui demande s'il a un lien avec {{Ferreira Transports}}, les camions qu'on voit partout à {{Orléans}}. Non, aucun lien, il rigole, \"c'est courant chez nous\"."),
    ("chrs", "accueil_physique", "Il y a une télé dans la salle commune qui passe {{BFM}} en boucle. Personne ne la regarde."),
    ("chrs", "accueil_physique", "L'éducatrice aide une résidente à remplir le dossier de demande de logement social. Case date de naissance : [[DATE_NAISSANCE:29/09/1975]]. Case \"date de début de l'emploi actuel\" : {{02/01/2024}}. Case \"date de la demande initiale\" : {{2022}}. Numéro unique de demande : [[IDENTIFIANT:045 0321 7756 2]]. Mme [[PERSONNE:Gomis]]."),
    ("chrs", "accueil_physique", "Couple avec un bébé. L'agent leur trouve une place en {{hôtel Ibis Budget, chambre 214}}, {{Saint-Jean-de-Braye}}. Le bébé s'appelle [[PERSONNE:Aya]], née le [[DATE_NAISSANCE:2 avril]] (\"{{6 semaines}}\"). Les parents : [[PERSONNE:Mohamed]] et [[PERSONNE:Samia Benaïssa]]."),
    ("chrs", "accueil_physique", "[[PERSONNE:Mehdi]] me dit que le plus dur c'est de dire non. {{0 place}} ce soir."),
    ("chrs", "accueil_physique", "Entretien d'un jeune sortant de l'{{ASE}}. Il dit \"j'ai eu {{18 ans}} le [[DATE_NAISSANCE:4 mars]], le lendemain j'étais dehors\". Né en [[DATE_NAISSANCE:2007]] à {{Bourges}}. Prénom : [[PERSONNE:Bilal]]. {{Instagram}} : [[IDENTIFIANT:@bilal.b18]]."),
    ("chrs", "accueil_physique", "Casiers pour les affaires : {{40 casiers}}, tous pris. Liste d'attente sur un tableau blanc, effacée chaque semaine."),
    ("chrs", "accueil_physique", "Une femme victime de violences arrive avec l'assistante sociale de la gendarmerie. On ne note rien à l'accueil, consigne. Elle est prise en charge par [[PERSONNE:Claire]] dans un bureau fermé."),
    ("chrs", "accueil_physique", "Attestation d'hébergement tapée par l'éducateur : \"Je soussigné [[PERSONNE:Mehdi Larbi]], certifie que M. [[PERSONNE:Konaté Ibrahim]], né le [[DATE_NAISSANCE:30/06/1992]] à {{Bamako}}, est hébergé au CHRS depuis le {{03/03/2025}}.\" Il imprime, signe, tamponne."),
    ("chrs", "accueil_physique", "pause clope des résidents devant la porte, l'un, [[PERSONNE:Rachid]], me demande si je suis \"de la préfecture\". Non."),
    ("chrs", "accueil_telephonique", "Plateau du {{115}} du {{Loiret}}, {{20h}}. [[PERSONNE:Romain]] décroche. Homme, \"[[PERSONNE:Kader]]\", appelle de la {{gare des Aubrais}}. Demande de mise à l'abri. Date de naissance : \"[[DATE_NAISSANCE:1972]]\". Pas de place. Rappeler à {{22h}}."),
    ("chrs", "accueil_telephonique", "Tableau des places à l'écran : {{0}} homme seul, {{2}} femmes, {{1}} famille. Le compteur d'appels affiche {{87}} depuis {{18h}}."),
    ("chrs", "accueil_telephonique", "Une maman appelle avec {{3 enfants}}, elle est à {{Blois}} devant la gare. L'écoutant prend : nom [[PERSONNE:Mendy]], enfants nés en [[DATE_NAISSANCE:2016]], [[DATE_NAISSANCE:2018]], [[DATE_NAISSANCE:2023]]. Son tel : [[TELEPHONE:07 45 20 91 66]], batterie à {{4 %}}."),
    ("chrs", "accueil_telephonique", "appel silencieux, quelqu'un respire. [[PERSONNE:Romain]] reste en ligne {{1 min}}, dit doucement \"je suis là si vous voulez parler\", puis ça coupe."),
    ("chrs", "accueil_telephonique", "L'écoutant cherche dans le logiciel {{SI-SIAO}} : \"[[PERSONNE:Petitjean]]... vous êtes né quand ?\" \"[[DATE_NAISSANCE:11 11 1966]]\" \"ah j'ai [[DATE_NAISSANCE:11 01 1966]], c'est une erreur\". Il corrige la fiche."),
    ("chrs", "accueil_telephonique", "Le bailleur appelle pour une résidente en appartement diffus. Loyer impayé {{2 mois}}. Référence locataire [[IDENTIFIANT:LH-2207841]]. La résidente : Mme [[PERSONNE:Sylla]]."),
    ("chrs", "accueil_telephonique", "Appel d'un hôpital : sortie d'un patient sans domicile, M. [[PERSONNE:Dupuis]], né le [[DATE_NAISSANCE:7 septembre 1958]]. Demande d'hébergement pour ce soir. [[PERSONNE:Romain]] trouve une place au {{foyer Adoma, chambre 12}}."),
    ("chrs", "accueil_telephonique", "Quelqu'un appelle pour signaler une personne qui dort devant la {{Cathédrale Sainte-Croix}}. L'équipe mobile est prévenue. Le signaleur laisse son numéro : [[TELEPHONE:02 38 62 47 15]]."),
    ("chrs", "accueil_telephonique", "{{23h}}. Relève de nuit. Liste des rappels à faire passée sur papier : {{6 noms}}. Je ne les vois pas (il me cache la feuille, à raison)."),
    ("chrs", "accueil_telephonique", "Homme qui appelle tous les soirs depuis {{2 ans}}. L'écoutant le connait par son prénom, \"[[PERSONNE:Jean-Pierre]]\", et sa date de naissance par coeur : \"[[DATE_NAISSANCE:vingt-cinq décembre]], comme {{Jésus}}\"."),
    ("chrs", "accueil_telephonique", "Appel d'un travailleur social de {{France Travail}} pour un jeune hébergé. Id FT du jeune : [[ID_FRANCE_TRAVAIL:4128653K]]. Il veut savoir s'il est toujours là. Oui."),
    ("chrs", "accueil_telephonique", "Une femme appelle du {{parking Leclerc}} de {{Fleury-les-Aubrais}}, elle dort dans sa voiture avec son chien. Plaque : [[IMMATRICULATION:CV 118 NF]]. Le chien s'appelle {{Tyson}}. Pas de place avec animal."),
    ("chrs", "accueil_telephonique", "Récap de la nuit au tableau : {{112 appels}}, {{19 demandes}} d'hébergement, {{4 mises à l'abri}}. Taux de réponse positive : {{21 %}}."),
    ("chrs", "controle_sur_place", "Visite d'appartement en diffus avec [[PERSONNE:Claire]]. Appartement au [[ADRESSE:3 rue Édouard Branly, 45100 Orléans]], {{La Source}}. M. et Mme [[PERSONNE:Hakimi]]. On vérifie l'état, le détecteur de fumée, le chauffe-eau."),
    ("chrs", "controle_sur_place", "Les enfants de la famille font leurs devoirs sur la table. L'aîné, [[PERSONNE:Younes]], me montre son cahier. Il est né en [[DATE_NAISSANCE:2013]], il est en {{6e}} au collège {{Jean Rostand}}."),
    ("chrs", "controle_sur_place", "Visite dans un studio : moisissure, fenêtre qui ferme mal. [[PERSONNE:Claire]] prend des photos pour {{Les Résidences de l'Orléanais}}. {{25 min}}."),
    ("chrs", "controle_sur_place", "Contrat de séjour relu avec la résidente : signé le {{15/01/2025}}, renouvelable tous les {{6 mois}}. Résidente : [[PERSONNE:Andreea Popescu]], née le [[DATE_NAISSANCE:09/12/1989]], nationalité roumaine. Elle demande quand aura lieu la prochaine visite : le {{15/07}}."),
    ("chrs", "controle_sur_place", "Chambre au {{foyer Adoma, chambre 8}}. M. [[PERSONNE:Hamdi]] a accroché un drapeau de l'{{OM}} au mur. Il me dit que {{Zidane}} c'est le plus grand. [[PERSONNE:Claire]] rit."),
    ("chrs", "controle_sur_place", "Sur la table de la cuisine, une enveloppe : \"M. [[PERSONNE:Sanchez]], {{CHRS Le Relais}}, [[ADRESSE:15 rue Porte-Madeleine, 45000 Orléans]]\", l'adresse du CHRS, où il reçoit son courrier depuis {{2024}}."),
    ("chrs", "controle_sur_place", "La résidente a des plantes sur le balcon : tomates, basilic, une {{lavande}}. \"Ça me fait du bien\"."),
    ("chrs", "controle_sur_place", "Point budget : elle montre son relevé, virement de la {{CAF}} {{487 €}}, compte [[IBAN:FR76 1010 7001 7800 9132 5046 335]]. [[PERSONNE:Claire]] l'aide à faire un tableau dépenses/recettes."),
]
NOTES_FT = [
    ("france_travail", "accueil_physique", "Agence {{France Travail}} du {{Mans}}, {{Les Bruyères}}. {{8h30}}, {{12 personnes}} attendent l'ouverture. Conseillère à l'accueil : [[PERSONNE:Virginie]]. Premier : M. [[PERSONNE:Roussel]], identifiant [[ID_FRANCE_TRAVAIL:3087451M]], il vient pour une radiation qu'il ne comprend pas."),
    ("france_travail", "accueil_physique", "Jeune femme pour le {{CEJ}}. La conseillère vérifie l'âge : née le [[DATE_NAISSANCE:12/08/2001]], {{23 ans}}, ok (moins de {{26 ans}}). Contrat d'engagement signé le {{2 juin}}, début le {{10 juin}}. Elle s'appelle [[PERSONNE:Clara Moulin]]."),
    ("france_travail", "accueil_physique", "Les bornes numériques sont toutes occupées, {{6 bornes}}. Un service civique aide les gens à se connecter."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Okafor]] montre un CV modèle trouvé sur internet, au nom de \"[[PERSONNE:Jean Dupont]]\", il veut le même. Le service civique ([[PERSONNE:Lilou]]) l'aide à faire le sien. Il tape sa date de naissance dans le CV : [[DATE_NAISSANCE:14/04/1985]]. [[PERSONNE:Lilou]] lui dit que c'est pas obligatoire de la mettre."),
    ("france_travail", "accueil_physique", "Un monsieur de {{58 ans}} : \"né en [[DATE_NAISSANCE:66]], qui va m'embaucher ?\". Fin de droits {{ARE}} le {{30/09}}. La conseillère lui parle de l'{{ASS}}. Identifiant : [[ID_FRANCE_TRAVAIL:228 9174 B]]."),
    ("france_travail", "accueil_physique", "Atelier CV dans la salle vitrée, {{8 participants}}. On entend \"valorisez vos soft skills\" à travers la vitre."),
    ("france_travail", "accueil_physique", "Inscription d'une personne réfugiée. Titre de séjour {{10 ans}}, n° [[IDENTIFIANT:4901772254]]. Nom : [[PERSONNE:Habibi Farid]], né le [[DATE_NAISSANCE:1er janvier 1994]] (date déclarative, {{Afghanistan}}). Il parle bien anglais. Mail créé sur place : [[EMAIL:farid.habibi94@gmail.com]]."),
    ("france_travail", "accueil_physique", "La dame énumère ses dates : \"j'ai commencé le {{3 mars}}, fini le {{28 avril}}, j'ai reçu la lettre le {{5 mai}}, et moi je suis née le [[DATE_NAISSANCE:5 mai]] aussi\". La conseillère sourit : \"bon anniversaire en retard\". Mme [[PERSONNE:Lefort]]."),
    ("france_travail", "accueil_physique", "Attestation employeur manquante. L'employeur : {{Boulangerie Moreau}}, {{Angers}}. La personne, Mme [[PERSONNE:Vang Mai]]... non, \"[[PERSONNE:Vang Maï]]\", avec le tréma. Identifiant FT : [[ID_FRANCE_TRAVAIL:5132087L]]."),
    ("france_travail", "accueil_physique", "Jeune homme : \"mon identifiant c'est mon num de tel ?\" Non. La conseillère retrouve le sien avec nom + ddn : [[PERSONNE:Gueye]], [[DATE_NAISSANCE:19 mars 2003]] → [[ID_FRANCE_TRAVAIL:6024719N]]. Il le prend en photo."),
    ("france_travail", "accueil_physique", "{{11h}}, le pic. {{2 conseillers}} en accueil, {{19 personnes}} en attente. [[PERSONNE:Virginie]] part en rdv. Il en reste un."),
    ("france_travail", "accueil_physique", "Une auto-entrepreneuse (ménage à domicile) vient pour l'{{ARCE}}. SIRET perso : [[IDENTIFIANT:812 345 676 00017]]. Elle s'appelle [[PERSONNE:Rosa Pereira]], née en [[DATE_NAISSANCE:février 1980]]. Elle a lancé son activité le {{1er mars 2025}}."),
    ("france_travail", "accueil_physique", "Une conseillère me montre la fiche de poste d'une offre : n° {{184QZKD}}, manutentionnaire, {{Amazon}} à {{Saran}}. Elle dit que ces offres partent en {{2 jours}}."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Camara]] doit mettre à jour son adresse : il a quitté le foyer pour [[ADRESSE:27 rue de la Madeleine, 53000 Laval]]. Son tel : [[TELEPHONE:06 62 39 04 81]]. Ddn pour vérif : \"[[DATE_NAISSANCE:deux septembre quatre-vingt-quinze]]\"."),
    ("france_travail", "accueil_physique", "Une dame dépose un dossier de formation (aide-soignante). Entrée en formation prévue le {{8 septembre}}, fin le {{30 juin}} de l'année prochaine. L'organisme : {{IFSI de Blois}}."),
    ("france_travail", "accueil_physique", "Un homme donne sa date de naissance avec les mains : \"[[DATE_NAISSANCE:7, 7, 77]]\" — [[DATE_NAISSANCE:7 juillet 77]]. Il est sourd. La conseillère passe à l'écrit sur une feuille. M. [[PERSONNE:Garcia]]. Elle ne connait pas la {{LSF}}."),
    ("france_travail", "accueil_physique", "RIB pour l'{{ARE}}, l'ancien compte était fermé : [[IBAN:FR76 3000 3014 5200 0508 7123 672]]. M. [[PERSONNE:Ben Amor Walid]]. La conseillère vérifie que le RIB est à son nom."),
    ("france_travail", "accueil_physique", "Petite scène : un enfant dessine pendant que sa mère parle au conseiller. Il s'appelle [[PERSONNE:Ilyès]], il dessine une maison avec {{3 fenêtres}}."),
    ("france_travail", "accueil_telephonique", "Plateau {{3949}}. [[PERSONNE:Sébastien]] prend un appel : demandeur qui ne reçoit pas son ARE. Identifiant [[ID_FRANCE_TRAVAIL:4418602F]], date de naissance [[DATE_NAISSANCE:25/10/1988]]. Le paiement est parti hier, \"{{48h}} pour arriver\"."),
    ("france_travail", "accueil_telephonique", "Message pré-enregistré avant chaque appel : \"cet appel peut être enregistré\". {{9 secondes}}."),
    ("france_travail", "accueil_telephonique", "Appel d'une femme qui dicte son identifiant en lettres et chiffres : \"[[ID_FRANCE_TRAVAIL:trois, zéro, cinq, cinq, deux, un, neuf, R comme Robert]]\". Elle s'appelle [[PERSONNE:Lambert]]. Question : cumul emploi / {{ARE}}. Elle a repris un {{CDD}} le {{14 avril}}."),
    ("france_travail", "accueil_telephonique", "Un monsieur appelle de {{Bourges}}, il a oublié son mot de passe. [[PERSONNE:Sébastien]] lui fait réinitialiser : mail du compte [[EMAIL:j.poulain18@free.fr]]. Ça marche du premier coup."),
    ("france_travail", "accueil_telephonique", "Le conseiller lit la fiche de l'appelant à voix basse : \"[[PERSONNE:Marie-Thérèse Guillot]], née le [[DATE_NAISSANCE:10 novembre 1963]], inscrite depuis {{2021}}, {{61 ans}}\". Elle appelle pour savoir si elle peut partir à la retraite avant {{62 ans}}. Il la renvoie vers la {{Carsat}}."),
    ("france_travail", "accueil_telephonique", "Appel d'un employeur qui cherche un plombier, il veut savoir comment déposer une offre. Transfert au service entreprises. {{2 min}}."),
    ("france_travail", "accueil_telephonique", "Demande de rappel à traiter, notée par le collègue du matin : \"M. [[PERSONNE:Nzinga]], [[TELEPHONE:07.52.18.93.40]], id [[ID_FRANCE_TRAVAIL:7731094G]], pb actualisation\". [[PERSONNE:Sébastien]] rappelle, tombe sur la messagerie."),
    ("france_travail", "accueil_telephonique", "Appel d'une mère pour son fils de {{17 ans}} qui veut s'inscrire. Il est né le [[DATE_NAISSANCE:3 décembre 2007]], il aura {{18 ans}}... le conseiller dit qu'il peut s'inscrire dès {{16 ans}}. Elle ne savait pas."),
    ("france_travail", "accueil_telephonique", "Appelant très poli : \"bonjour monsieur, [[PERSONNE:Tchoumi Ngassa]] à l'appareil, [[PERSONNE:T-C-H-O-U-M-I]]\". Il veut changer de conseiller. Refusé."),
    ("france_travail", "accueil_telephonique", "Pendant l'attente je lis l'affiche sur le mur : \"{{1 jeune sur 5}} sans emploi ni formation\"."),
    ("france_travail", "accueil_telephonique", "Une femme appelle, en arrêt maladie, pour suspendre son inscription. Date de début d'arrêt {{6 mai}}, date de fin {{20 mai}}. Id [[ID_FRANCE_TRAVAIL:1209564D]]. Mme [[PERSONNE:Rivière]]. Sa ddn : \"[[DATE_NAISSANCE:96]], [[DATE_NAISSANCE:le 14 août]]\"."),
    ("france_travail", "accueil_telephonique", "{{14h}}-{{15h}} : {{11 appels}} traités par [[PERSONNE:Sébastien]], {{4}} sur l'actualisation, {{3}} sur les paiements."),
    ("france_travail", "accueil_telephonique", "Appel d'un intérimaire de {{Saint-Nazaire}} (chantiers). Il donne l'immat de sa voiture pour justifier un déplacement ?? non, pour une aide à la mobilité : [[IMMATRICULATION:GN-072-HD]]. Nom [[PERSONNE:Le Goffic]]. La conseillère dit que l'immat ne sert à rien pour l'aide."),
]
NOTES_MIX = [
    ("cpam", "controle_sur_place", "2e contrôle de la journée, {{Le Mans}}. Assuré : M. [[PERSONNE:Delaunay]], NIR [[NIR:1 69 01 72 181 046 29]] sur la fiche, né en [[DATE_NAISSANCE:janvier 69]] au {{Mans}} donc. Arrêt depuis le {{2 avril}}, reprise prévue le {{2 juin}}. Il est là, il repeint sa cuisine... [[PERSONNE:Gilles]] note sans commentaire."),
    ("cpam", "controle_sur_place", "Contrôle des soins infirmiers facturés : on passe chez une patiente, Mme [[PERSONNE:Chauvin]], née le [[DATE_NAISSANCE:03/07/1964]] à {{Blois}}, NIR [[NIR:2 64 07 41 018 064 15]]. Elle confirme que l'infirmière ne vient qu'une fois par jour, pas {{2}}. Elle a les horaires sur un calendrier de la {{Poste}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Santoni]] vient de {{Bastia}}, installée à {{Angers}} depuis {{mars}}. Mutation du dossier. NIR [[NIR:2 76 04 2B 033 052 47]] (\"le {{2B}} c'est la {{Haute-Corse}}\" explique-t-elle à l'agente qui hésite). Née le [[DATE_NAISSANCE:20 avril 1976]]. RIB pour les remboursements : [[IBAN:FR76 1027 8370 1200 0204 1980 190]]."),
    ("cpam", "accueil_telephonique", "Appel {{10h17}}. M. [[PERSONNE:Bensaïd]] appelle pour son père hospitalisé, il a la carte vitale du père sous les yeux et lit : \"[[NIR:1 58 08 99 352 021 84]]\", le père est né en [[DATE_NAISSANCE:août 1958]] à {{Oran}}. L'agent ne peut rien dire sans le père. Le fils s'énerve un peu puis comprend."),
    ("urgences", "accueil_telephonique", "Appel du {{SAMU}} pour annoncer un patient : \"M. [[PERSONNE:Paoli]], {{42 ans}}, né le [[DATE_NAISSANCE:11 mai 1983]] à {{Ajaccio}}\". À l'arrivée l'agente tape la carte vitale : [[NIR:1 83 05 2A 004 089 91]]. Elle me montre : \"2A, {{Corse-du-Sud}}\"."),
    ("urgences", "accueil_telephonique", "Une compagne appelle : son conjoint est parti en ambulance depuis {{Laval}}. \"[[PERSONNE:Olivier Pichon]], né le [[DATE_NAISSANCE:28/02/1971]]\". Elle demande si elle pourra se garer au parking visiteurs avec la voiture de son conjoint, [[IMMATRICULATION:EK-291-RB]]. Oui, {{2 €}} de l'heure."),
    ("urgences", "accueil_telephonique", "Appel d'une pharmacie de garde : ordonnance illisible d'un médecin des urgences, pour une patiente, Mme [[PERSONNE:Guillaume]], ddn [[DATE_NAISSANCE:1995-09-13]]. L'agent transfère au médecin de garde. {{4 min}}."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Lebreton]] demande l'{{ASF}}. L'agente vérifie : allocataire [[N_ALLOCATAIRE:6120934]], enfant [[PERSONNE:Jade]] née le [[DATE_NAISSANCE:16/10/2016]]. Le père ne paie plus la pension depuis {{novembre}}. Jugement du {{12/03/2020}}. Elle donne son nouveau RIB : [[IBAN:FR76 3000 4008 1900 0102 3457 176]]."),
    ("caf", "accueil_physique", "Une jeune femme, {{23 ans}}, veut la {{prime d'activité}}. Elle travaille chez {{McDonald's}} depuis le {{4 novembre}}. Elle est née le [[DATE_NAISSANCE:27 décembre 2001]] à {{Nantes}}, NIR lu sur l'attestation Ameli : [[NIR:2 01 12 44 109 312 26]]. Nom : [[PERSONNE:Bouchard Léa]]. Mail [[EMAIL:lea.bouchard.44@hotmail.fr]]."),
    ("caf", "accueil_telephonique", "Un homme veut savoir si sa déclaration trimestrielle est arrivée. \"Numéro d'allocataire : [[N_ALLOCATAIRE:sept, quatre, deux, zéro, un, un, huit]]\". L'agente retape : [[N_ALLOCATAIRE:7420118]]. OK arrivée le {{3 avril}}. M. [[PERSONNE:Hervé Quéméner]]."),
    ("caf", "accueil_telephonique", "Dossier [[N_ALLOCATAIRE:2869041]]. Mme [[PERSONNE:Dos Santos]] appelle pour la {{4e fois}} cette semaine. Sa fille, [[PERSONNE:Eva]], est née en [[DATE_NAISSANCE:mai 2023]] et la {{Caf}} n'a toujours pas enregistré la naissance. [[PERSONNE:Nadia]] voit que le certificat est arrivé le {{12/05}}, en attente de traitement. Délai : {{3 semaines}}."),
    ("caf", "controle_sur_place", "Contrôle {{APL}} à {{Saumur}}. La propriétaire, Mme [[PERSONNE:Guillon]], est là aussi. Bail signé le {{1er octobre 2023}}, loyer {{480 €}}. Locataire : [[PERSONNE:Kerem Aydın]], allocataire [[N_ALLOCATAIRE:4083712]], né le [[DATE_NAISSANCE:15 mai 1990]]. Adresse : [[ADRESSE:8 rue Beaurepaire, 49400 Saumur]]."),
    ("caf", "controle_sur_place", "Le contrôleur relève le compte sur lequel tombe l'{{AAH}} : [[IBAN:FR38 3000 2058 7300 0041 2698 X41]]. Titulaire : [[PERSONNE:Robin Marty]]? Non, [[PERSONNE:Marty Robin]], la fiche inverse nom et prénom. Date de naissance sur la fiche : [[DATE_NAISSANCE:02/03/1974]]."),
    ("ccas", "controle_sur_place", "Visite pour une aide exceptionnelle, {{Bourges}}, {{Gibjoncs}}. M. [[PERSONNE:Gaillard]], né en [[DATE_NAISSANCE:1979]], au chômage depuis {{2023}}. Il a tout préparé dans une pochette : avis d'imposition, quittances, facture {{Engie}} n° [[IDENTIFIANT:310047825561]]. [[PERSONNE:Amélie]] est impressionnée."),
    ("ccas", "controle_sur_place", "Mme [[PERSONNE:El Idrissi]], née au {{Maroc}} en [[DATE_NAISSANCE:janvier 1988]], vit avec ses {{4 enfants}}. Numéro de sécu sur le courrier de la {{Cpam}} : [[NIR:2 88 01 99 350 406 67]]. Son compte pour l'aide : [[IBAN:FR76 1548 9047 1100 0389 2214 040]]. Elle a rdv à la {{Caf}} le {{24 juin}}."),
    ("ccas", "accueil_physique", "Une dame veut un secours pour payer son assurance auto. Voiture : [[IMMATRICULATION:FR-553-KM]], \"FR comme {{France}}\" dit-elle. Mme [[PERSONNE:Marechal]], DN [[DATE_NAISSANCE:24/09/1959]]. Échéance le {{10 juin}}."),
    ("chrs", "controle_sur_place", "Visite d'un appartement en bail glissant, {{Blois}}, quartier {{Kennedy}}. Locataire : Mme [[PERSONNE:Kouassi]], née le [[DATE_NAISSANCE:8 août 1984]], allocataire {{Caf}} [[N_ALLOCATAIRE:9017264]]. Adresse : [[ADRESSE:12 allée Jacques Prévert, 41000 Blois]]. Glissement du bail prévu le {{1er janvier}}."),
    ("chrs", "controle_sur_place", "Le résident nous montre son vélo, c'est tout ce qu'il a. Son ancien camion (plaque [[IMMATRICULATION:3872 XB 45]]) est à la fourrière depuis {{2023}}. M. [[PERSONNE:Kovač]]."),
    ("chrs", "accueil_telephonique", "Appel {{115}} d'un jeune couple : elle s'appelle [[PERSONNE:Laura]], lui [[PERSONNE:Nathan]], ils sont nés en [[DATE_NAISSANCE:2004]] et [[DATE_NAISSANCE:2003]]. Ils dorment dans leur voiture, [[IMMATRICULATION:bx-610-la]]. L'écoutant propose une place au {{gymnase}} ce soir."),
    ("france_travail", "accueil_physique", "Inscription : Mme [[PERSONNE:Jaouen]], née le [[DATE_NAISSANCE:13/09/1995]] à {{Laval}}, NIR [[NIR:2 95 09 53 130 027 22]]. Fin de contrat le {{31 mai}}. Mail : [[EMAIL:nolwenn.jaouen@yahoo.fr]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:5309112P]]."),
    ("france_travail", "accueil_physique", "Travailleur frontalier revenu de {{Belgique}}. Compte belge pour l'ARE : [[IBAN:BE14 0631 2345 6783]]. La conseillère ne sait pas si c'est accepté. M. [[PERSONNE:Van den Berghe]], né le [[DATE_NAISSANCE:19 février 1981]] à {{Tourcoing}}. Identifiant : [[ID_FRANCE_TRAVAIL:8810273S]]."),
    ("france_travail", "accueil_telephonique", "Appel d'un demandeur qui veut recevoir ses paiements sur un compte portugais : [[IBAN:PT50 0007 0123 0012 3456 7890 4]]. [[PERSONNE:Sébastien]] : \"seulement zone {{SEPA}}, c'est bon\". Id [[ID_FRANCE_TRAVAIL:2047718H]], M. [[PERSONNE:Carvalho]]."),
    ("france_travail", "accueil_telephonique", "Réclamation par mail transmise au plateau : expéditeur [[EMAIL:karim_benz_69 [at] yahoo [point] fr]]. Il signe \"[[PERSONNE:K. Benzerga]]\". Né le [[DATE_NAISSANCE:06/09/1969]] écrit-il, \"{{56 ans}} bientôt, c'est pour ça que personne ne me répond\"."),
    ("france_travail", "accueil_telephonique", "Une conseillère appelle une demandeuse pour un job dating le {{19 juin}} à {{Cholet}}. Elle vérifie : \"vous êtes bien Mme [[PERSONNE:Ravelojaona]], née le [[DATE_NAISSANCE:5 mars 1999]] ?\" Oui. Mail pour la convocation : [[EMAIL:fara.ravelo@gmail.com]]."),
    ("urgences", "accueil_physique", "Un homme vient récupérer les affaires de sa femme transférée à {{Clocheville}}. Pour prouver son identité : carte d'identité n° [[IDENTIFIANT:X4RT72KP9]]. Il s'appelle [[PERSONNE:Dembélé]]... pas celui du foot, précise-t-il, \"né en [[DATE_NAISSANCE:1977]], pas en {{97}}\"."),
    ("ccas", "accueil_telephonique", "Le secrétariat du maire transfère un appel : un administré, [[PERSONNE:Thibault Marquet]], veut une aide pour son loyer. L'agente prend son mail [[EMAIL:thibault.marquet@sfr.fr]] et lui envoie la liste des pièces. Il demande si l'âge compte : né le [[DATE_NAISSANCE:4 juillet 1990]]. Non."),
    ("cpam", "accueil_physique", "Le fils d'une patiente décédée vient pour le capital décès. Décès le {{3 avril}}. Sa mère, Mme [[PERSONNE:Texier]], était née le [[DATE_NAISSANCE:17 octobre 1949]]. Compte de la succession, notaire Me [[PERSONNE:Lavergne]] : [[IBAN:FR76 1131 5000 0108 0053 1187 775]]."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Rocher]] appelle pour une franchise médicale. Il donne son adresse pour le courrier : \"[[ADRESSE:quarante-six rue Nationale, Tours]]\". Mail : [[EMAIL:jrocher37@wanadoo.fr]]. [[PERSONNE:Laëtitia]] lui dit que le courrier partira sous {{8 jours}}."),
    ("france_travail", "accueil_physique", "Dossier aide à la mobilité : permis passé le {{12 mars}}, voiture achetée d'occasion, immat [[IMMATRICULATION:GR-481-WE]]. M. [[PERSONNE:Mahamat Saleh]], né le [[DATE_NAISSANCE:1er octobre 1993]] au {{Tchad}}. Offre d'emploi à {{Vierzon}}, {{35 km}}."),
    ("caf", "accueil_physique", "Une femme remplit la déclaration de grossesse... non, la déclaration de situation. Elle écrit \"date de naissance\" : [[DATE_NAISSANCE:11/11/1986]] puis \"date de séparation\" : {{15/01/2025}} puis \"date de départ du conjoint\" : {{01/02/2025}}. Mme [[PERSONNE:Lacroix]], allocataire [[N_ALLOCATAIRE:3395027]], {{Cholet}}."),
]
# fmt: on

NOTES = NOTES_CAF + NOTES_CPAM + NOTES_CCAS + NOTES_URGENCES + NOTES_CHRS + NOTES_FT + NOTES_MIX


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
            if kept not in keep:
                keep.append(kept)
        else:
            entities.append({"start": length, "end": length + len(value), "label": label})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    """Return (dev ids, holdout ids) from the ids and cells only."""
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
    lines = [
        json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=lambda n: n["id"])
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    assert len(dev_ids) == len(holdout_ids) == len(notes) // 2
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
