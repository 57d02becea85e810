"""Independent evaluation corpus n° 144: 240 hand-written observation notes (Hauts-de-France).

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this script
strips the marks, computes the offsets, numbers the notes ``ind144-001`` ... ``ind144-240`` in
writing order, draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl``.
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# fmt: off
NOTES_CAF = [
    ("caf", AP, "{{9h02}}, file deja longue devant la {{Caf}} d'{{Amiens}}. Ticket {{A017}}. L'agente ([[PERSONNE:Sandrine]] sur le badge) me dit que le lundi c'est toujours comme ça."),
    ("caf", AP, "Fiche de contact recopiée sur l'écran de [[PERSONNE:Mehdi]] :\nNOM : [[PERSONNE:BOUKHRIS]]\nPRÉNOM : [[PERSONNE:Nadia]]\nDDN : [[DATE_NAISSANCE:14/06/1991]]\nN° ALLOC : [[N_ALLOCATAIRE:2318457]]\nTÉL : [[TELEPHONE:06 41 27 88 03]]\nMOTIF : {{APL}} suspendue depuis {{2 mois}}\nOBS :\n(la case OBS reste vide, il n'a pas le temps)"),
    ("caf", AP, "Monsieur tres en colere, crie « ça fait {{3 fois}} que je viens !!! ». L'agent reste calme, propose un {{rdv}} jeudi. Je n'aurais pas tenu."),
    ("caf", AP, "Liste d'emargement atelier « {{Mes droits en ligne}} » {{14h}} :\n1. [[PERSONNE:Kowalski]] [[PERSONNE:Marta]] ........ présente\n2. [[PERSONNE:DIALLO]] [[PERSONNE:Ousmane]] ........ absent\n3. [[PERSONNE:Vandenbussche]] [[PERSONNE:Léa]] ...... présente\n4. ________________ (vide)\nAnimatrice : [[PERSONNE:C. Delattre]]"),
    ("caf", AP, "La dame sort son {{RIB}} tout froissé, l'agent tape : [[IBAN:FR76 3000 4424 4521 2509 1990 828]]. Elle dit que c'est le compte de sa fille mais que « c'est pareil ». Non ce n'est pas pareil, il faut un compte à son nom."),
    ("caf", AP, "Cahier de l'accueil, motifs du matin :\nM. [[PERSONNE:Lefort]] - {{prime de Noël}}\nMme [[PERSONNE:Ruiz]] - prime de Noël\nMme [[PERSONNE:Baptiste]] - prime de Noël + {{APL}}\n{{12}} personnes sur {{20}} pour la prime. réponse: {{mi-décembre}}"),
    ("caf", AP, "Mme [[PERSONNE:Ait Ouarab]] vient pour sa fille [[PERSONNE:Yasmine]] née le [[DATE_NAISSANCE:2 février 2007]], qui va avoir {{18 ans}} -> bascule des {{AF}}. L'agent explique que le droit s'arrête au {{20 ans}} pour certaines prestations. Elle note tout sur un carnet."),
    ("caf", AP, "Historique du dossier lu sur l'écran (dossier [[N_ALLOCATAIRE:4402917]]) :\n{{03/01}}  | changement de situation | séparation\n{{17/01}}  | pièce reçue             | bail {{Clésence}}\n{{02/02}}  | contrôle                | en cours\n--/--  |                         |\n{{15/02}}  | {{RSA}} recalculé          | {{412,40 €}}\nAgent qui a fait le dernier traitement : [[PERSONNE:J. Hennebelle]]"),
    ("caf", AP, "Borne en panne. {{Saint-Quentin}}, {{10h40}}. Un jeune m'aide à comprendre le QR code 😅"),
    ("caf", AP, "« vous êtes bien Mr [[PERSONNE:Tavares]] ? » - « oui, [[PERSONNE:Tavares]] [[PERSONNE:José]], [[PERSONNE:T-A-V-A-R-E-S]] » il épelle alors que l'agent l'avait bien écrit"),
    ("caf", AP, "Composition du foyer (écran {{Cristal}}) :\nAllocataire   [[PERSONNE:NGUYEN Thi Lan]]      [[DATE_NAISSANCE:03/09/1986]]\nConjoint      —\nEnfant 1      [[PERSONNE:NGUYEN Bao]]          [[DATE_NAISSANCE:22/11/2012]]\nEnfant 2      [[PERSONNE:NGUYEN Minh]]         [[DATE_NAISSANCE:07/04/2016]]\nEnfant 3\nAdresse : [[ADRESSE:18 rue Saint-Fuscien, 80000 Amiens]]"),
    ("caf", AP, "L'ordi en libre service est resté ouvert sur l'espace perso de la personne d'avant 😱 :\nMON COMPTE\nNom : Mme [[PERSONNE:BOUAZZA Hafsa]]\nN° allocataire : [[N_ALLOCATAIRE:4719305]]\nCoordonnées bancaires : [[IBAN:FR76 3000 2315 4473 4040 5346 575]]\nL'agente ferme la session en vitesse. Clavier {{QWERTY}} en plus, personne ne trouve le @"),
    ("caf", AP, "Un monsieur donne son n° alloc de tête : « [[N_ALLOCATAIRE:deux millions cinq cent quatre-vingt mille trois cent douze]] » lol l'agent le tape en chiffres [[N_ALLOCATAIRE:2580312]]. Il s'appelle [[PERSONNE:Grégory Caron]], {{44 ans}}, chauffeur livreur à {{Longueau}}."),
    ("caf", AP, "Agenda de l'agente [[PERSONNE:Fatou]] (RDV du mardi) :\n{{9h00}} Mme [[PERSONNE:Wojciechowski]] - {{ASF}}\n{{9h30}} M. [[PERSONNE:Benali]] - {{prime d'activité}}\n{{10h00}} ---- annulé ----\n{{10h30}} famille [[PERSONNE:Lecocq]] - déménagement\n{{11h00}} (libre)\nElle dit que la moitié ne viennent pas."),
    ("caf", AP, "{{10 min}} d'attente seulement aujourd'hui. l'agent dit c'est rare. {{Beauvais}} quartier {{Argentine}}, antenne de proximité."),
    ("caf", AT, "Plateforme tél. Agent [[PERSONNE:Romain]] décroche : « {{Caf}} de la {{Somme}} bonjour ». La dame donne son numéro d'allocataire [[N_ALLOCATAIRE:1749026]] et sa date de naissance « le [[DATE_NAISSANCE:vingt-trois mars soixante-dix-huit]] ». Vérif OK."),
    ("caf", AT, "Bandeau du superviseur ([[PERSONNE:Grégoire]]) recopié :\nAttente moy.      {{27 min}}\nEn file           {{142}}\nAgents connectés  {{18}}\nCom la + longue   [[PERSONNE:A. Diop]] ({{41 min}})\nPersonne ne panique, c'est « une journée normale »."),
    ("caf", AT, "Appel d'un homme qui veut changer de compte. Il dicte : « F R sept six, un cinq six deux neuf... » l'agent recopie [[IBAN:FR76 1562 9076 0272 6266 2594 097]] et lui dit de l'envoyer quand même par l'espace perso. Mr [[PERSONNE:Lemaire]] râle."),
    ("caf", AT, "la dame rappelle pour la {{3e fois}} de la semaine, l'agente la reconnait a la voix: « ah c'est vous Mme [[PERSONNE:Mokrani]] »"),
    ("caf", AT, "Ecran pendant l'appel :\nNOM/PRÉNOM  [[PERSONNE:DEWAELE Kevin]]\nN° ALLOC    [[N_ALLOCATAIRE:3051882]]\nNIR         [[NIR:1 83 10 59 606 241 85]]\nTÉL         [[TELEPHONE:07 68 12 45 90]]\nMAIL        [[EMAIL:kev.dewaele59@gmail.com]]\nADRESSE     [[ADRESSE:41 rue Ferrand, 59300 Valenciennes]]\nSITUATION   isolé, {{AAH}} en cours\nJ'ai tout vu en 2 secondes sans le vouloir."),
    ("caf", AT, "L'agent explique le {{3230}} à quelqu'un qui pensait appeler la mairie. {{4 min}} perdues, mais gentil."),
    ("caf", AT, "Une jeune maman (« [[PERSONNE:Jessy]] » elle dit) veut savoir si le {{CMG}} marche avec sa nounou. Elle donne le mail de la nounou : [[EMAIL:c.vasseur.assmat [at] laposte.net]]. L'agente ne note pas, elle dit que ça passe par {{Pajemploi}}."),
    ("caf", AT, "Monsieur d'origine turque, parle peu francais, son fils traduit au haut-parleur. L'agent demande le NIR. Le fils lit la carte vitale : [[NIR:1 90 03 99 208 015 46]]. Né en [[DATE_NAISSANCE:mars 1990]] en Turquie d'après l'écran, ça colle."),
    ("caf", AT, "QUESTION DU JOUR : « POURQUOI MON {{APL}} A BAISSÉ DE {{38 €}} ». réponse: réforme du calcul en temps réel, revenus des {{12 derniers mois}}. {{6 appels}} sur ce sujet en une heure."),
    ("caf", AT, "Rappel programmé pour Mme [[PERSONNE:Szczepaniak]], l'agente note le numéro : [[TELEPHONE:03 27 48 19 62]], « entre {{14h}} et {{15h}} de préférence »."),
    ("caf", AT, "un appel qui dure {{31 minutes}}. Dossier de surendettement, la dame pleure. L'agent coupe son micro une seconde pour souffler. Rien noté d'autre."),
    ("caf", AT, "Tableau des motifs d'appel (post-it de l'agente) :\n| {{APL}}      | IIII II |\n| {{RSA}}      | IIII    |\n| {{PA}}       | III     |\n| {{AAH}}      | I       |\n| autre    |         |"),
    ("caf", AT, "« je vous donne mon numéro de portable, c'est le [[TELEPHONE:zéro six, quarante-trois, dix-huit, soixante-dix, zéro deux]] » - l'agent répète à l'envers pour vérifier. Le Mr s'appelle [[PERSONNE:Abdoulaye Camara]], allocataire [[N_ALLOCATAIRE:2207815]]."),
    ("caf", AT, "Le logiciel plante à {{11h12}}. {{8 min}} sans rien. L'agent [[PERSONNE:Thomas]] fait patienter avec la musique d'attente, il connait l'air par coeur 🎵"),
    ("caf", AT, "Mme appelle depuis la Belgique ({{Mons}}), numéro affiché [[TELEPHONE:+32 472 18 36 09]]. Elle a travaillé à {{Maubeuge}} et veut savoir pour les {{allocations familiales}}. Renvoyée vers le formulaire {{E411}}."),
    ("caf", CSP, "Contrôle à domicile avec Mme [[PERSONNE:Flament]], contrôleuse. Adresse : [[ADRESSE:7 rue des Corons, 62300 Lens]]. Maison de mineur, très propre. On vérifie qui vit là."),
    ("caf", CSP, "Trame de contrôle remplie à la main :\nALLOCATAIRE : Mme [[PERSONNE:HADDAD Samira]]\nN° ALLOC : [[N_ALLOCATAIRE:5126093]]\nADRESSE : [[ADRESSE:12 résidence Les Tilleuls, bât. C, 80090 Amiens]]\nPERSONNES PRÉSENTES : allocataire + [[PERSONNE:Inès]] ({{9 ans}}) + [[PERSONNE:Rayan]] ({{6 ans}})\nVÉHICULE : [[IMMATRICULATION:FK-038-TB]]\nBAIL : {{OPAC d'Amiens}}, réf. [[IDENTIFIANT:LOC-0871245]]\nOBSERVATIONS :"),
    ("caf", CSP, "Dans la voiture entre deux contrôles la contrôleuse m'explique les {{3 critères}} de la vie maritale. Elle a fait {{22 ans}} à la {{Caf}}. Pas de nom, pas de dossier, juste de la pédagogie."),
    ("caf", CSP, "Devant la maison une voiture immatriculée [[IMMATRICULATION:ek-771-zr]] (elle note en minuscule, « habitude »). Elle demande à qui elle est. Réponse : « à mon frère [[PERSONNE:Karim]] il passe juste »."),
    ("caf", CSP, "{{Douai}}, {{Frais-Marais}}. On sonne {{3 fois}}. Personne. Avis de passage dans la boite. Elle dit que c'est {{1 sur 4}} environ."),
    ("caf", CSP, "Sur le frigo, un planning de garde :\nLUN  mamie [[PERSONNE:Josiane]]\nMAR  [[PERSONNE:Dylan]]\nMER  —\nJEU  [[PERSONNE:Josiane]]\nVEN  crèche {{Les P'tits Loups}}\nLa contrôleuse prend une photo, elle dit que ça prouve que le père ne vit pas là."),
    ("caf", CSP, "L'allocataire, M. [[PERSONNE:Krasniqi]], montre son titre de séjour : n° [[IDENTIFIANT:0599214873]], valable jusqu'en {{2027}}. Il est arrivé du Kosovo en {{2015}}. Sa femme [[PERSONNE:Arta]] fait le café."),
    ("caf", CSP, "Relevé bancaire posé sur la table, la contrôleuse recopie le RIB : [[IBAN:FR76 1670 6281 4008 7509 7724 063]]. Elle vérifie que c'est celui de la {{Caf}}. Oui."),
    ("caf", CSP, "{{Hautmont}}. Mobil-home au [[ADRESSE:camping Le Val de Sambre, emplacement 41]]. L'allocataire y vit à l'année. La contrôleuse demande l'attestation du gérant, M. [[PERSONNE:Dhainaut]]."),
    ("caf", CSP, "Retour au bureau, le rapport dans le logiciel :\nLIEU DU CONTRÔLE : [[ADRESSE:19 rue Voltaire, 59300 Valenciennes]]\nPERSONNES RENCONTRÉES : allocataire + concubin déclaré [[PERSONNE:Thierry Wauquier]]\nVIE MARITALE : ☐ oui ☑ non\nRIB VÉRIFIÉ :\n[[IBAN:FR76 4061 8556 4215 3135 0702 323]]\nElle saisit tout en {{25 min}}."),
    ("caf", CSP, "Fiche « ressources déclarées » vs « constatées » :\n                 déclaré     constaté\nsalaire          0           ?\npension alim.    {{150 €}}       {{150 €}}\nAPL              {{287 €}}       {{287 €}}\nAutre            -           vente sur {{Vinted}} ([[IDENTIFIANT:@lili_dress59]])\nAllocataire : [[PERSONNE:Liliane Deprez]], née en [[DATE_NAISSANCE:1988]]"),
    ("caf", CSP, "Le fils ({{17 ans}}) ouvre, en pyjama, « ma mère elle est au taf ». On repasse plus tard. Chien qui aboie, {{Tyson}}."),
    ("caf", CSP, "Avant de partir elle vérifie l'adresse sur son GPS : [[ADRESSE:233 avenue de la Libération, Saint-Quentin]]. Le GPS nous envoie dans une impasse. Elle rit."),
    ("caf", CSP, "Contrôle ressources d'un auto-entrepreneur. M. [[PERSONNE:Mendy]], son SIRET perso [[IDENTIFIANT:892 417 306 00014]], fait du nettoyage de vitres. Carnet de recettes tenu au stylo. Tout est là. Mail pour envoyer les pièces : [[EMAIL:mendy.proprete@outlook.fr]]."),
    ("caf", CSP, "Mise à jour de la composition du foyer faite sur place (tablette), {{Denain}} :\nMEMBRE        NOM / PRÉNOM              DDN           SITUATION\nAllocataire   [[PERSONNE:SOUMAH Fatoumata]]          [[DATE_NAISSANCE:11/11/2003]]    étudiante\nEnfant        [[PERSONNE:SOUMAH Ibrahim]]            [[DATE_NAISSANCE:06/2022]]       crèche\nAutre         [[PERSONNE:CAMARA Sékou]]              ?             « juste un ami »\nNIR allocataire :\n[[NIR:2 03 11 80 021 190 53]]\nIBAN :\n[[IBAN:FR76 3000 4064 9934 2577 5482 897]]\nMail :\n[[EMAIL:fatou.soumah03@gmail.com]]\nLa contrôleuse entoure « juste un ami » en rouge. Née à {{Amiens}}, elle a {{21 ans}}."),
]
NOTES_CPAM = [
    ("cpam", AP, "{{Cpam}} de {{Lens}}, {{8h30}}. La porte ouvre, {{14}} personnes rentrent d'un coup. L'agent d'accueil, [[PERSONNE:Ludovic]], fait le tri « carte vitale à gauche, {{CSS}} à droite »."),
    ("cpam", AP, "Formulaire {{CSS}} rempli au guichet avec la dame :\nNOM : [[PERSONNE:YILMAZ]]\nNOM DE NAISSANCE : [[PERSONNE:KAYA]]\nPRÉNOM(S) : [[PERSONNE:Elif]]\nDDN : [[DATE_NAISSANCE:1988-01-19]]\nNIR : [[NIR:2 88 01 62 498 033 06]]\nADRESSE : [[ADRESSE:5 rue Émile Zola, 62800 Liévin]]\nTÉL :\nMAIL :\n(pas de mail, pas de tél portable : « je prends celui de mon mari » → [[TELEPHONE:06 59 30 12 77]])"),
    ("cpam", AP, "Un papi de {{91 ans}} vient à pied, il veut « parler à quelqu'un, pas à une machine ». L'agente lui prend le bras, l'assoit. {{20 min}} avec lui. Il repart content."),
    ("cpam", AP, "Demande de carte vitale pour un jeune de {{18 ans}}, [[PERSONNE:Nathan Duhamel]], né le [[DATE_NAISSANCE:11/09/2006]]. Il n'a pas de photo. Photomaton au {{Carrefour}} d'en face, {{5 €}}."),
    ("cpam", AP, "Écran de l'agent (attestation de droits) :\nBénéficiaire   [[PERSONNE:FERREIRA DA SILVA Ana]]\nNIR            [[NIR:2 80 08 62 041 062 29]]\nOuvrant droit  lui-même\nAyants droit   [[PERSONNE:Tiago]] ([[DATE_NAISSANCE:2010]]), [[PERSONNE:Lucas]] ([[DATE_NAISSANCE:2014]])\nMutuelle       {{Harmonie Mutuelle}} n° adh. [[IDENTIFIANT:004871266]]\nMédecin traitant  Dr [[PERSONNE:Vanhove]], {{Arras}}"),
    ("cpam", AP, "File d'attente en chiffres (relevé de [[PERSONNE:Mélissa]], agent d'accueil) :\n{{9h}}    {{6 pers.}}\n{{10h}}   {{19 pers.}}\n{{11h}}   {{11 pers.}}\nmidi  fermé\nBorne {{Ameli}} utilisée {{2 fois}} en tout."),
    ("cpam", AP, "« C'est quoi votre numéro de sécu ? » « le [[NIR:165119935020751]] » d'une traite, sans respirer. Monsieur [[PERSONNE:El Amrani]], né au Maroc en [[DATE_NAISSANCE:novembre 65]], il le connaît par coeur depuis {{30 ans}}."),
    ("cpam", AP, "une dame demande où est le {{CHU}}. On est à {{Amiens}}, l'agent explique le bus {{Nemo}} ligne {{N1}}. Rien à voir avec la {{Cpam}} mais il aide."),
    ("cpam", AP, "Liste des pièces demandées pour la {{C2S}} (feuille photocopiée) :\n- avis d'imposition {{2024}}\n- 3 derniers bulletins\n- RIB\n- pièce d'identité\nEn bas, tampon de l'agente : M. [[PERSONNE:Lukusa]] - guichet {{3}}"),
    ("cpam", AP, "Un couple polonais, [[PERSONNE:Piotr]] et [[PERSONNE:Agnieszka Mazurek]], ils montrent la {{CEAM}}. L'agent parle 3 mots de polonais appris « sur le tas ». Rire général."),
    ("cpam", AP, "L'IJ n'est pas arrivée. Arrêt de travail du {{12}} au {{26}}. L'agent : « l'employeur n'a pas envoyé l'attestation de salaire ». Le salarié bosse chez {{Toyota}} à {{Onnaing}}."),
    ("cpam", AP, "Ticket {{B044}}. {{37 min}} d'attente. Motif : changement d'adresse. Ancienne : [[ADRESSE:9 rue Gambetta, 59600 Maubeuge]], nouvelle : [[ADRESSE:27 allée des Provinces Françaises, 59600 Maubeuge]]. Mme [[PERSONNE:Berisha]]. Ça prend {{4 min}} au guichet."),
    ("cpam", AP, "Pas de clim. {{31°C}} dans le hall. Une bouteille d'eau tourne entre les gens. Rien d'autre à noter, juste la chaleur."),
    ("cpam", AP, "Recopié de l'écran « historique des contacts » :\n{{12/03}}  tél    [[PERSONNE:MBA]]   demande CSS\n{{28/03}}  mail   [[PERSONNE:MBA]]   pièces manquantes\n{{04/04}}  accueil [[PERSONNE:LDR]]  dépôt pièces\nassurée : Mme [[PERSONNE:Soumaré]]. Les trigrammes ce sont les agents."),
    ("cpam", AP, "L'agente [[PERSONNE:Céline Wattebled]] me montre le {{3646}} affiché partout. « Les gens viennent quand même, c'est humain. »"),
    ("cpam", AT, "Plateau du {{3646}} à {{Valenciennes}}. {{40 postes}}. Casque sur la tête, je suis [[PERSONNE:Aurélie]]."),
    ("cpam", AT, "Appelante : « Je suis Madame [[PERSONNE:Rakotomalala]], [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]] ». L'agente me glisse que c'est la {{4e}} fois qu'elle l'épelle aujourd'hui pour des gens différents 😂 (pas la même personne, le nom est courant à Madagascar)."),
    ("cpam", AT, "Contrôle d'identité au tél : NIR + DDN. Elle donne « [[NIR:2 96 12 59 392 019 58]] » et « [[DATE_NAISSANCE:le 4 décembre 96]] ». Née à {{Maubeuge}} dit l'écran. ok."),
    ("cpam", AT, "Appels sur les franchises médicales ({{1 €}} → {{2 €}}), liste griffonnée par l'agent :\n- M. [[PERSONNE:Dufresne]] : veut un remboursement\n- Mme [[PERSONNE:Aydin]] : « c'est du vol »\n- ??? : raccroché\n- Mme [[PERSONNE:Caudron]] : veut la réponse par mail, [[EMAIL:m.caudron62@orange.fr]]\n{{15 appels}} dans la matinée sur ça."),
    ("cpam", AT, "Monsieur veut un rdv avec une assistante sociale. L'agent lui donne le numéro du service social : {{36 46}} puis touche 3. Il redemande son propre numéro pour le rappel : [[TELEPHONE:07.81.46.29.33]]. Mr [[PERSONNE:Bouzid]] [[PERSONNE:Farid]]."),
    ("cpam", AT, "Ecran pendant l'appel :\n-----------------------------\nASSURÉ     : [[PERSONNE:SAÏDI Mourad]]\nNIR        : [[NIR:1 72 07 99 352 088 91]]\nDDN        : [[DATE_NAISSANCE:09/07/1972]]\nADRESSE    : [[ADRESSE:3 impasse Salengro\n             60100 Creil]]\nIBAN       : [[IBAN:FR76 2004 1094 9476 5417 9024 449]]\n-----------------------------\nL'agent m'explique : le 99 dans le NIR = né à l'étranger, ici l'Algérie ({{352}}). [[PERSONNE:Mourad]] confirme, né à {{Sétif}}."),
    ("cpam", AT, "appel coupé au bout de {{12 min}}. L'agent n'a pas le numéro. « Tant pis, elle rappellera. »"),
    ("cpam", AT, "La dame donne son mail pour recevoir l'attestation : « [[EMAIL:sabrina.delcourt62@hotmail.fr]], [[PERSONNE:delcourt]] avec un T à la fin ». L'agente s'appelle [[PERSONNE:Nora]]."),
    ("cpam", AT, "Un médecin appelle (Dr [[PERSONNE:Lefebvre]], {{Douai}}) pour un patient, il donne le nom [[PERSONNE:Cuvelier]] et « il est de [[DATE_NAISSANCE:57]] je crois ». Secret médical, l'agente ne dit rien."),
    ("cpam", AT, "Pause café {{10h30}}. Les agents parlent de {{Lens}}-{{Lille}} ce week-end ⚽. Rien de perso."),
    ("cpam", AT, "Une mutuelle, {{MGEN}}, rappelle pour un assuré, adhérent n° [[IDENTIFIANT:198 445 720]]. L'agent refuse de confirmer quoi que ce soit au téléphone sans l'assuré."),
    ("cpam", AT, "Mr dit son tel en vitesse : « zéro trois, vingt-deux, quatre-vingt-onze, cinquante, quinze ». L'agent note [[TELEPHONE:03 22 91 50 15]]. Il habite à {{Abbeville}}."),
    ("cpam", AT, "Tableau au mur « objectifs du jour » : {{taux de décroché}} {{85 %}} | DMT {{6 min}} | rappels {{30}}. L'agent [[PERSONNE:Florian Carpentier]] est à {{91 %}}, il est fier."),
    ("cpam", AT, "« je suis de la famille [[PERSONNE:Gomes]], je vous appelle pour mon père [[PERSONNE:Manuel]] qui est à l'{{EHPAD Les Orchidées}} ». Procuration ? Non. Donc rien."),
    ("cpam", AT, "Appel en anglais d'un étudiant indien à l'{{UPJV}}, [[PERSONNE:Arjun Raghavan]]. Numéro étudiant [[IDENTIFIANT:22104587]]. L'agente switch en anglais sans problème, impressionnant."),
    ("cpam", CSP, "Contrôle sur place d'un cabinet infirmier à {{Hénin-Beaumont}}. L'agente de la {{Cpam}} (Mme [[PERSONNE:Bellamine]]) vérifie la présence de l'infirmière déclarée, [[PERSONNE:Sophie Leclercq]]."),
    ("cpam", CSP, "Visite à domicile pour un arrêt maladie. Assuré absent. Voisine : « Il est parti chez sa soeur à {{Calais}} ». Note pour le médecin conseil."),
    ("cpam", CSP, "Fiche de visite :\nASSURÉ : M. [[PERSONNE:Stankovic Dragan]]\nNIR : [[NIR:161126017502753]]\nADRESSE DÉCLARÉE : [[ADRESSE:48 rue de la République\n60100 Creil]]\nHEURE : {{10h15}}\nPRÉSENT : oui\nSORTIES AUTORISÉES : {{9h-11h}} / {{14h-16h}}\nSignature agent : [[PERSONNE:B. Tahiri]]"),
    ("cpam", CSP, "Dans le couloir de l'immeuble {{Partenord}}, les boites aux lettres : je vois {{12}} noms, je ne les note pas. L'agent cherche le nom sur la liste, {{3e étage}}."),
    ("cpam", CSP, "L'assuré, [[PERSONNE:Rossi]], ancien mineur, parle de la silicose. Il est né en [[DATE_NAISSANCE:1949]] à {{Bully-les-Mines}}. L'agente écoute, elle a le temps aujourd'hui."),
    ("cpam", CSP, "Pharmacie contrôlée : {{Pharmacie Dupuis}} (c'est le nom de la pharmacie). Le titulaire, M. [[PERSONNE:Dupuis]], montre ses registres. Ordonnances de {{2023}}."),
    ("cpam", CSP, "Trajet en voiture de service ({{Clio}} blanche) entre {{Douai}} et {{Sin-le-Noble}}. L'agente me dit qu'elle fait {{180 km}} par semaine."),
    ("cpam", CSP, "Agenda de la journée (feuille A4) :\n{{8h45}}  Taxi conventionné [[PERSONNE:Hoxha]] - contrôle véhicule [[IMMATRICULATION:GH-412-PX]]\n{{10h30}} Mme [[PERSONNE:Lungu]] - AT\n{{13h30}} ————\n{{14h15}} M. [[PERSONNE:Zanetti]] - longue maladie\n{{16h}}   retour agence"),
    ("cpam", CSP, "Le taxi conventionné a bien le macaron, plaque [[IMMATRICULATION:GH-412-PX]] identique au dossier. Le chauffeur, [[PERSONNE:Besnik]], montre la carte grise."),
    ("cpam", CSP, "L'assurée ne parle qu'arabe. Son voisin, [[PERSONNE:Youssef]], traduit. Son numéro : [[TELEPHONE:06 22 71 84 50]] « si vous avez besoin ». L'agente le note en marge."),
    ("cpam", CSP, "Photo d'écran de la tablette de l'agente :\nID visite     {{V-2024-1187}}\nBénéficiaire  [[PERSONNE:GRABOWSKI Halina]]\nNIR           [[NIR:2 57 04 59 178 076 56]]\nNée le        [[DATE_NAISSANCE:16 avril 1957]] à {{Douai}}\nStatut        visite faite\n(l'ID visite c'est un numéro interne de la tournée, pas celui de la personne dit l'agente)"),
    ("cpam", CSP, "Bilan de la tournée sur la tablette :\n[[PERSONNE:HOXHA]]     fait    ✔ (véhicule [[IMMATRICULATION:GH-412-PX]] conforme)\n[[PERSONNE:LUNGU]]     fait    ✔\n[[PERSONNE:ZANETTI]]   absent  ✘\nRetour à la caisse, {{16h40}}. Je suis crevé. Elle, non."),
    ("cpam", CSP, "Contrôle d'un ambulancier, {{Ambulances du Vermandois}}. Véhicule [[IMMATRICULATION:4578 XZ 02]] (vieille plaque !). Le gérant M. [[PERSONNE:Lemoine]] râle que c'est la {{2e fois}} cette année."),
    ("cpam", CSP, "{{Saint-Quentin}}, quartier {{Europe}}. L'assurée, [[PERSONNE:Aminata Doumbia]], née en [[DATE_NAISSANCE:1975]] au Sénégal, NIR [[NIR:2 75 05 99 341 044 42]]. Elle montre fièrement la photo de ses petits-enfants."),
    ("cpam", CSP, "Contrôle d'une société de taxis à {{Lens}}, registre des véhicules recopié :\nCHAUFFEUR           | VÉHICULE       | CARTE PRO       | TÉL\n[[PERSONNE:KADDOUR Nabil]]       | [[IMMATRICULATION:FZ-661-HC]]      | [[IDENTIFIANT:62-TX-004418]]    | [[TELEPHONE:06 58 41 20 96]]\n[[PERSONNE:LEROY Damien]]        | [[IMMATRICULATION:GA 127 RS]]      | [[IDENTIFIANT:62-TX-005102]]    |\n[[PERSONNE:ÖZTÜRK Can]]          | [[IMMATRICULATION:1-KLM-384]] (B)  | (en cours)      | [[TELEPHONE:+32 478 55 10 62]]\nGérant : M. [[PERSONNE:Kaddour]], mail [[EMAIL:taxis.kaddour@orange.fr]]. {{3 taxis}}, {{2}} conventionnés."),
]
NOTES_CCAS = [
    ("ccas", AP, "{{CCAS}} de {{Beauvais}}. Petite salle, {{4 chaises}}. L'agente, [[PERSONNE:Manon]], connaît tout le monde par son prénom. « Bonjour [[PERSONNE:Gisèle]] ! »"),
    ("ccas", AP, "Demande d'aide facultative, formulaire papier :\nNOM : [[PERSONNE:Da Costa]]          PRÉNOM : [[PERSONNE:Maria]]\nDDN : [[DATE_NAISSANCE:21.02.1969]]      LIEU : {{Ajaccio}}\nNIR : [[NIR:2 69 02 2A 004 051 38]]\nADRESSE : [[ADRESSE:14 rue Jean Jaurès, 60000 Beauvais]]\nTÉL : [[TELEPHONE:06 17 93 40 28]]\nRESSOURCES : {{RSA}} {{635 €}}\nCHARGES : loyer {{420 €}}, EDF (réf. client [[IDENTIFIANT:6 001 482 773]])\nDEMANDE : bon alimentaire"),
    ("ccas", AP, "Un monsieur demande des colis. L'agent lui dit que c'est le mardi au {{Secours populaire}}, rue d'à côté. Il ne donne pas son nom. Il part."),
    ("ccas", AP, "Domiciliation : liste des courriers du jour, tableau sur le comptoir\n| N° dom. | Nom              | Courrier |\n| {{041}}     | [[PERSONNE:OUEDRAOGO I.]]    | 2        |\n| {{042}}     | [[PERSONNE:PETRENKO Olena]]   | 0        |\n| {{043}}     |                  |          |\n| {{044}}     | [[PERSONNE:LOPEZ Ramón]]      | 1 recommandé |\nL'agente retourne la feuille quand je m'approche 😬"),
    ("ccas", AP, "{{Maubeuge}}, {{10h}}. Atelier budget. {{6}} participantes. L'animatrice parle des « charges fixes » avec des gommettes de couleur. Ça marche bien."),
    ("ccas", AP, "« je m'appelle [[PERSONNE:Ginette]], mais tout le monde dit « [[PERSONNE:Nénette]] » » - {{84 ans}}, veuve, elle vient pour le {{plan canicule}}. L'agent l'inscrit sur le registre, son numéro fixe [[TELEPHONE:03 27 64 08 51]]."),
    ("ccas", AP, "Une jeune femme enceinte, {{SDF}} depuis {{2 semaines}}. L'agente appelle le {{115}} devant moi. Occupé. Rappelle. Occupé. {{4e}} essai: ok."),
    ("ccas", AP, "Registre des visites (cahier à spirale) :\n{{lundi}}   Mr [[PERSONNE:Gashi]]          aide cantine\n{{lundi}}   Mme [[PERSONNE:Ahmadi]]        facture eau\n{{mardi}}   Mme [[PERSONNE:Ahmadi]]        (revient)\n{{mardi}}   ???                 pas donné son nom\n{{mercredi}} [[PERSONNE:Cheikh]]           domiciliation"),
    ("ccas", AP, "L'agent [[PERSONNE:Bastien]] remplit le dossier {{FSL}} avec Mme [[PERSONNE:Kone]]. Réf. bailleur {{Maisons & Cités}} : [[IDENTIFIANT:MC-62-0045871]]. Dette de loyer {{1 240 €}}."),
    ("ccas", AP, "Mme arrive avec un classeur rose énorme. Tout est rangé, intercalaires de couleur. L'agente : « si tout le monde était comme vous ». Elle rougit."),
    ("ccas", AP, "Demande d'aide pour l'électricité. Facture {{EDF}} n° [[IDENTIFIANT:10045877123]] au nom de [[PERSONNE:Wiktoria Nowak]], [[ADRESSE:2 rue Lamartine, 59410 Anzin]]. Montant {{389,12 €}}."),
    ("ccas", AP, "Un homme veut déposer plainte contre son voisin. Mauvais guichet. L'agente l'oriente vers le commissariat de {{Saint-Quentin}}. Il s'énerve un peu, puis merci."),
    ("ccas", AP, "Pièce d'identité posée sur le comptoir : CNI n° [[IDENTIFIANT:X4RT9P2K1]], [[PERSONNE:MOREAU Dylan]], né le [[DATE_NAISSANCE:05/05/1999]] à {{Lille}}. L'agente scanne. {{25 ans}}, premier appart à {{Douai}}."),
    ("ccas", AP, "COMPOSITION DU MÉNAGE (grille CCAS)\nNom Prénom          | Lien      | Né(e) le    | Ressources\n[[PERSONNE:Benhamou Sarah]]      | demandeuse| [[DATE_NAISSANCE:12/08/1990]]  | {{ARE}} {{890 €}}\n[[PERSONNE:Benhamou Noé]]        | fils      | [[DATE_NAISSANCE:30/01/2015]]  | -\n[[PERSONNE:Benhamou Jade]]       | fille     | [[DATE_NAISSANCE:19/06/2019]]  | -\n                    |           |             |"),
    ("ccas", AP, "{{16h55}}, l'agente ferme à {{17h}}. Il reste {{2 personnes}}. Elle les prend quand même. Elle partira à {{17h40}}."),
    ("ccas", AT, "Le standard du {{CCAS}} d'{{Amiens}} : {{3}} lignes, {{1}} agent. Tableau des transferts scotché :\nL1 → Mme [[PERSONNE:Ravet]] ({{RSA}})\nL2 → [[PERSONNE:Olivier]] (domiciliation)\nL3 → répondeur\nLe téléphone ne s'arrête pas."),
    ("ccas", AT, "Appel d'une fille pour sa mère, Mme [[PERSONNE:Verhaeghe]], {{79 ans}}, qui ne veut plus sortir. Portage de repas ? Oui. Le numéro de la mère : [[TELEPHONE:03 21 47 92 06]]. Celui de la fille : [[TELEPHONE:06 84 15 37 72]]."),
    ("ccas", AT, "« Vous pouvez m'envoyer le formulaire par mail ? » « oui, votre adresse ? » « [[EMAIL:ramirez.pablo80@yahoo.fr]] » - l'agent l'écrit sur un post-it jaune, le colle sur l'écran."),
    ("ccas", AT, "Appel du bailleur ({{Oise Habitat}}) pour une locataire en impayés, réf. locataire [[IDENTIFIANT:0072-55140]], Mme [[PERSONNE:Traoré]]. L'agent ne donne rien sans accord de la dame."),
    ("ccas", AT, "Personne n'appelle entre {{12h}} et {{13h30}}, ça bascule sur répondeur. Messages trouvés au retour :\n1. Mme [[PERSONNE:Tison]], rappeler au [[TELEPHONE:03 23 79 14 02]]\n2. inaudible\n3. [[PERSONNE:Gérard]], « c'est pour le colis »"),
    ("ccas", AT, "un monsieur tres agé appelle, il a perdu son chat, {{Minou}}, il pense que le CCAS peut aider. L'agente est très patiente, lui donne le numéro de la {{SPA}}."),
    ("ccas", AT, "Post-it collés sur le bord de l'écran :\n- rappeler Mme [[PERSONNE:Dos Santos]] [[TELEPHONE:07 52 88 61 34]]\n- [[PERSONNE:Lucien]] ({{EHPAD}}) → voir avec [[PERSONNE:Karine]]\n- code photocopieuse {{4417}}\n- mail [[PERSONNE:Ahmed]] : [[EMAIL:a.chentouf@ville-laon.fr]]"),
    ("ccas", AT, "Une dame demande si elle a droit à l'{{APA}}. L'agent explique {{département}} vs {{CCAS}}. Elle demande son nom : « [[PERSONNE:Jérôme]], [[PERSONNE:J-É-R-Ô-M-E]] »."),
    ("ccas", AT, "Dialogue :\n- CCAS bonjour\n- oui c'est Mme [[PERSONNE:Pham]], [[PERSONNE:Pham Thi Hoa]], je vous appelle pour le rdv\n- c'est noté jeudi {{14h}} Mme [[PERSONNE:Pham]]\n- merci mon petit\n({{12 secondes}})"),
    ("ccas", AT, "L'agent explique les horaires d'ouverture {{6 fois}} en une heure. Il me dit qu'il va les enregistrer sur le répondeur. Ça fait {{2 ans}} qu'il le dit."),
    ("ccas", AT, "Un homme dit son numéro en le lisant sur un papier : « [[TELEPHONE:zéro sept, soixante-neuf, zéro zéro, vingt-quatre, quatre-vingt-huit]] ». L'agent demande de répéter. « [[TELEPHONE:07 69 00 24 88]] ». C'est [[PERSONNE:Laurent Devos]], {{Hirson}}."),
    ("ccas", AT, "Appel d'un élu qui veut une info sur une famille. L'agente refuse poliment. Le téléphone raccroché, elle souffle : « tous les mois »."),
    ("ccas", AT, "Attestation de domiciliation demandée par tél pour [[PERSONNE:Ibrahima Sow]], domicilié au {{CCAS}} sous le n° [[IDENTIFIANT:DOM-2023-0418]]. Il doit passer la chercher, pas d'envoi."),
    ("ccas", AT, "Appel : « c'est pour l'aide au permis, mon fils [[PERSONNE:Enzo]] a {{19 ans}} ». L'agente note le mail du fils : [[EMAIL:enzo.dbr [at] gmail [point] com]]."),
    ("ccas", AT, "la ligne grésille. On entend « allo ? allo ? ». Trois fois de suite. Personne."),
    ("ccas", CSP, "Visite à domicile avec l'assistante sociale du {{CCAS}}, Mme [[PERSONNE:Delplace]], chez M. [[PERSONNE:Vasseur]], {{72 ans}}, [[ADRESSE:17 rue du 8 Mai 1945, 59450 Sin-le-Noble]]. Maison très froide, {{13°C}}."),
    ("ccas", CSP, "Grille d'évaluation remplie sur place :\nNOM : [[PERSONNE:VANDAMME]]\nPRÉNOM : [[PERSONNE:Roger]]\nDDN : [[DATE_NAISSANCE:1941]]\nAUTONOMIE ({{GIR}}) : {{4}}\nAIDANT : fille, [[PERSONNE:Martine]] [[TELEPHONE:06 03 55 91 42]]\nLOGEMENT : plain-pied, {{douche}} à adapter\nANIMAUX : chien ({{Rex}})"),
    ("ccas", CSP, "On attend dans la voiture {{10 min}}, la dame n'est pas prête. L'AS en profite pour faire ses mails. {{Lens}}, il pleut."),
    ("ccas", CSP, "Chez Mme [[PERSONNE:Chérif]], le compteur {{Linky}} affiche {{4 212 kWh}}. Elle a peur de la facture. L'AS prend en photo le numéro de PDL [[IDENTIFIANT:19 443 582 700 618]] pour le dossier énergie."),
    ("ccas", CSP, "La voisine passe : « c'est pour [[PERSONNE:Dédé]] ? il est à l'hôpital depuis hier ». On repart."),
    ("ccas", CSP, "Liste de courses trouvée sur la table (la dame demande de l'aide pour lire) :\npain\n{{pommes}}\nlait x2\n{{café}}\n{{rose}} pour la tombe\nRien de personnel. Je la note car c'est touchant."),
    ("ccas", CSP, "{{Avion}}, cité {{Les Hauts}}. M. [[PERSONNE:Mazur]] vit seul, {{66 ans}}. Il dit qu'il est né en [[DATE_NAISSANCE:mil neuf cent cinquante-huit]], pas en [[DATE_NAISSANCE:59]] comme écrit sur le dossier. L'AS corrige."),
    ("ccas", CSP, "Note de l'AS dans le dossier (lue par-dessus son épaule) :\n« {{23/05}} - VAD chez Mme [[PERSONNE:Lombardo]] - logement insalubre - moisissures chambre enfant - signalement {{ARS}} à faire - voir avec [[PERSONNE:C. Bianchi]] (service hygiène) »"),
    ("ccas", CSP, "La dame nous montre son RIB pour l'aide exceptionnelle : [[IBAN:FR76 1627 5123 3778 8800 3327 257]]. L'AS vérifie le nom : [[PERSONNE:Fernandes]] [[PERSONNE:Célia]]. OK."),
    ("ccas", CSP, "Un monsieur vit dans sa voiture, une {{Kangoo}} grise immatriculée [[IMMATRICULATION:CS-207-LN]], garée sur le parking du {{Leclerc}}. L'AS lui apporte un duvet. Il s'appelle [[PERSONNE:Didier]]."),
    ("ccas", CSP, "Visite annulée, la personne est hospitalisée. On rentre. {{11h20}}."),
    ("ccas", CSP, "Tableau des aides versées (dossier papier, onglet 3) :\n{{2022}}  bon alimentaire   {{50 €}}\n{{2023}}  secours EDF        {{150 €}}\n{{2024}}  —\n{{2025}}  aide cantine      {{80 €}}\nBénéficiaire Mme [[PERSONNE:Nsimba]], allocataire Caf n° [[N_ALLOCATAIRE:6087431]]"),
    ("ccas", CSP, "M. [[PERSONNE:Pierre Lemaire]] (oui, comme la {{pierre}} de la cheminée qu'il me montre en riant) habite [[ADRESSE:3 bis chemin des Prés, Albert]]. {{87 ans}}. Lucide et drôle."),
    ("ccas", CSP, "Demande d'aide au chauffage. Il montre sa carte de séjour : [[IDENTIFIANT:5902183746]], nationalité algérienne, né le [[DATE_NAISSANCE:7 juillet 1972]]. M. [[PERSONNE:Zerrouki]]. L'AS prend la copie."),
    ("ccas", CSP, "Dossier de demande d'aide rempli à la table de la cuisine ({{Chauny}}), les réponses sur la ligne du dessous :\nNOM D'USAGE :\n[[PERSONNE:VERHELST]]\nPRÉNOM :\n[[PERSONNE:Corinne]]\nDATE DE NAISSANCE :\n[[DATE_NAISSANCE:12 mai 1975]]\nN° ALLOCATAIRE CAF :\n[[N_ALLOCATAIRE:3318620]]\nIDENTIFIANT FRANCE TRAVAIL :\n[[ID_FRANCE_TRAVAIL:8025517P]]\nE-MAIL :\n[[EMAIL:coco.verhelst [arobase] laposte.net]]\nIBAN :\n[[IBAN:FR76 1450 5292 6088 6078 6360 859]]\nTÉL. :\n(sans)\nL'AS remplit, [[PERSONNE:Corinne]] signe."),
]
NOTES_URG = [
    ("urgences", AP, "Tableau des urgences ({{CH de Valenciennes}}), écran du poste IOA :\nBOX | PATIENT          | ÂGE | MOTIF          | ARRIVÉE | TRI\n{{1}}   | [[PERSONNE:DUP… Marc.]]       | {{67}}  | douleur thorax | {{07:42}}   | {{2}}\n{{2}}   | [[PERSONNE:BEN… Kamel]]       | {{24}}  | plaie main     | {{08:05}}   | {{4}}\n{{3}}   |                  |     |                |         |\n{{4}}   | [[PERSONNE:LEC… Jeanne]]      | {{91}}  | chute          | {{06:58}}   | {{3}}\n{{5}}   | X… (inconnu)     | ~{{40}} | alcoolisation  | {{03:12}}   | {{3}}\nL'infirmière d'accueil ([[PERSONNE:Priscilla]]) dit que le {{5}} est là depuis la nuit."),
    ("urgences", AP, "{{2h40}} d'attente annoncée. Salle pleine, {{23}} personnes. Un enfant dort par terre sur un manteau."),
    ("urgences", AP, "Admission, la secrétaire tape : « votre nom ? - [[PERSONNE:Ndiaye]]. - prénom ? - [[PERSONNE:Moussa]]. - date de naissance ? - [[DATE_NAISSANCE:le 30 mai 99]]. - vous avez la carte vitale ? - non je l'ai oubliée » -> elle cherche par NIR, il le connaît : [[NIR:1 99 05 59 350 304 48]]."),
    ("urgences", AP, "Étiquette patient imprimée (collée sur la feuille de l'IOA) :\n[[PERSONNE:KACZMAREK Zofia]]\nNée le [[DATE_NAISSANCE:02/03/1938]] (F)\nIPP [[IDENTIFIANT:800451237]]  NDA [[IDENTIFIANT:24105566]]\n{{UF 4410}} URGENCES ADULTES"),
    ("urgences", AP, "Un agent de sécu, [[PERSONNE:Mamadou]], fait la navette entre l'entrée et la salle. Il connaît les habitués. « Lui c'est [[PERSONNE:Bébert]], il vient tous les samedis. »"),
    ("urgences", AP, "La machine à café est en panne depuis {{3 semaines}} (post-it « HS » écrit en rouge). Tout le monde râle plus contre la machine que contre l'attente 😂"),
    ("urgences", AP, "Accompagnant : « je suis son fils, [[PERSONNE:Julien Dhainaut]], mon numéro c'est le [[TELEPHONE:06-48-37-21-09]] ». La secrétaire le met en personne à prévenir. Le père, [[PERSONNE:Michel]], est en box {{7}}."),
    ("urgences", AP, "Fiche de tri remplie par l'IOA :\nNOM : [[PERSONNE:AMRANI]]\nPRÉNOM : [[PERSONNE:Leïla]]\nDDN : [[DATE_NAISSANCE:19/09/1993]]\nNIR : [[NIR:293090240802150]]\nADRESSE : [[ADRESSE:8 rue Victor Basch\n02000 Laon]]\nPERS. À PRÉVENIR : mari [[PERSONNE:Sofiane]] [[TELEPHONE:07 44 19 83 52]]\nMOTIF : douleur abdo, EVA {{7/10}}\nTRI : {{3}}"),
    ("urgences", AP, "Un homme arrive en ambulance des pompiers. Les pompiers donnent le bilan à voix haute. « Monsieur [[PERSONNE:Kowalczyk]], {{58 ans}}, chute d'échafaudage ». Tout le monde dans le couloir entend."),
    ("urgences", AP, "{{Maubeuge}}, {{CH Sambre-Avesnois}}. Le médecin de garde, Dr [[PERSONNE:Oumarou]], passe en courant. L'interne, [[PERSONNE:Clémence]], lui court après."),
    ("urgences", AP, "Patient étranger sans couverture : passeport ukrainien n° [[IDENTIFIANT:FT482917]], [[PERSONNE:SOKOLOVA Iryna]]. L'assistante sociale est appelée pour la {{PASS}}."),
    ("urgences", AP, "le tableau blanc de la salle de soins: « box 2 : Mme [[PERSONNE:Gosselin]] attend radio / box 6 : petit [[PERSONNE:Timéo]] plâtre / box 9 : vide ». Écrit au feutre bleu."),
    ("urgences", AP, "Tableau de {{4h du matin}} :\nBOX {{1}} | [[PERSONNE:WALLET Ginette]]  | {{88}} | dyspnée\nBOX {{2}} | [[PERSONNE:NKOULOU Serge]]   | {{35}} | rixe\nBOX {{3}} |                  |    |\nCalme, puis {{3}} arrivées en {{10 min}}. L'infirmier, [[PERSONNE:Ludo]], dit « c'est toujours comme ça à cette heure-là »."),
    ("urgences", AP, "Une maman avec son bébé de {{4 mois}}, fièvre. La secrétaire demande le carnet de santé. Enfant : [[PERSONNE:Lina Bouaziz]], née le [[DATE_NAISSANCE:14 janvier 2025]]. Maman : [[PERSONNE:Hanane]]."),
    ("urgences", AP, "La voiture de l'accompagnant est garée sur la place des ambulances. Annonce au micro : « le propriétaire du véhicule [[IMMATRICULATION:DZ-993-AQ]] est prié de le déplacer ». Tout le monde rit."),
    ("urgences", AT, "Le téléphone des urgences sonne en continu. La secrétaire : « on ne donne pas de nouvelles par téléphone ». {{5 fois}} en une demi-heure."),
    ("urgences", AT, "Appel du {{SAMU}} ({{centre 15}} d'{{Amiens}}) : patient transféré, « Mr [[PERSONNE:Carpentier Gilles]], né le [[DATE_NAISSANCE:12/12/1961]], arrivée prévue {{20 min}} ». L'IOA note sur une feuille volante."),
    ("urgences", AT, "Une femme appelle pour son mari : « il s'appelle [[PERSONNE:Rachid Saidi]], il est arrivé ce matin ». La secrétaire demande la date de naissance : « [[DATE_NAISSANCE:3 mars 1978]] », et lit le numéro de sécu sur l'attestation : [[NIR:1 78 03 80 021 112 64]]. Elle confirme qu'il est là, rien de plus."),
    ("urgences", AT, "Note de transmission téléphonique (cahier) :\n{{14h10}} - EHPAD {{Les Jardins de Corbie}} - résidente Mme [[PERSONNE:Lheureux]] - retour prévu ?\n{{14h35}} - fille de M. [[PERSONNE:Dufour]] - rappeler au [[TELEPHONE:06 31 77 40 16]]\n{{15h02}} - labo - résultats box {{4}}\n{{15h20}} - ???"),
    ("urgences", AT, "Appel d'un médecin traitant de {{Beauvais}}, Dr [[PERSONNE:Nguyen Van Long]], qui envoie un patient. La secrétaire note le nom du patient : [[PERSONNE:Hugo Lambert]], {{34 ans}}."),
    ("urgences", AT, "ON NE PREND PAS LES RDV AUX URGENCES !!! c'est écrit en grand à côté du téléphone. {{3}} personnes appellent pour prendre rendez-vous pendant que je suis là."),
    ("urgences", AT, "Un pharmacien appelle pour une ordonnance illisible du Dr [[PERSONNE:Oumarou]]. Patient : [[PERSONNE:Tessier]]. Le médecin rappelle {{15 min}} plus tard."),
    ("urgences", AT, "Appel d'un homme qui cherche sa compagne, [[PERSONNE:Océane]], {{22 ans}}. Il donne son numéro à elle : [[TELEPHONE:+33 6 25 48 19 70]]. La secrétaire ne peut rien dire. Il insiste. Elle raccroche poliment."),
    ("urgences", AT, "Récap écran de la régulation interne :\nAppel       | Appelant         | Objet\n{{09:12}}       | {{Police}}           | GAV, examen\n{{09:40}}       | Mme [[PERSONNE:Wiart]]        | nouvelles de [[PERSONNE:Kevin]]\n{{10:05}}       | {{Ambulances Martin}} | transfert\n{{10:21}}       | —                | raccroché"),
    ("urgences", AT, "Le cadre de santé, M. [[PERSONNE:Debruyne]], prend un appel de la direction. Lits d'aval : 0. Il soupire. {{11 patients}} en attente de lit."),
    ("urgences", AT, "Main courante du standard :\n{{13h02}}  appelante de {{Hirson}}, temps d'attente ? → « je ne peux pas vous dire, madame »\n{{13h10}}  M. [[PERSONNE:Guilbert]] pour sa femme [[PERSONNE:Nicole]] → box {{6}}\n{{13h25}}  ambulance [[IMMATRICULATION:FB-330-YT]] en retard\n{{13h40}}"),
    ("urgences", AT, "Appel de la gendarmerie : « on vous amène [[PERSONNE:Jordan Lefort]], né en [[DATE_NAISSANCE:2001]], accident de scooter ». Plaque du scooter donnée au passage : [[IMMATRICULATION:FV-205-KM]]."),
    ("urgences", AT, "Interprétariat par téléphone (plateforme ISM) pour une patiente afghane, Mme [[PERSONNE:Rahimi]]. Dure {{18 min}}. L'interprète s'appelle [[PERSONNE:Farid]] (il se présente)."),
    ("urgences", AT, "Une fille appelle pour sa mère, elle dicte le numéro de mutuelle : [[IDENTIFIANT:MUT 0412 8876 53]]. La secrétaire le note sur le dossier de Mme [[PERSONNE:Carré]]."),
    ("urgences", AT, "Rien. Vraiment rien pendant {{20 min}}. Le téléphone est silencieux, l'équipe en profite pour manger. Un miracle dit [[PERSONNE:Nadège]]."),
]
NOTES_CHRS = [
    ("chrs", AP, "{{CHRS}} {{L'Escale}}, {{Saint-Quentin}}. {{32 places}}. Accueil de jour : café, douche, machine à laver. Le veilleur de nuit, [[PERSONNE:Patrick]], termine son service à {{8h}}."),
    ("chrs", AP, "Feuille de présence du petit-déj (recopiée) :\n[[PERSONNE:Jo]]           ✔\n[[PERSONNE:Kader]]         ✔\nMme [[PERSONNE:Lefèvre]]   ✘\n« [[PERSONNE:le Grand]] »  ✔\n[[PERSONNE:Sergueï]]       ✔\n                  ✘\n{{5}} sur {{6}} lits ce matin."),
    ("chrs", AP, "Un homme arrive avec un sac {{Lidl}} qui contient toute sa vie. Il dit « je suis juste de passage ». L'éduc lui sert un café sans poser de question."),
    ("chrs", AP, "Fiche d'admission {{CHRS}} :\nNOM : [[PERSONNE:MBEMBA]]\nPRÉNOM : [[PERSONNE:Christelle]]\nDDN : [[DATE_NAISSANCE:28/02/1994]]\nNATIONALITÉ : congolaise (RDC)\nTITRE DE SÉJOUR : récépissé n° [[IDENTIFIANT:8002145631]]\nENFANTS : [[PERSONNE:Grâce]] ({{3 ans}})\nORIENTÉE PAR : {{SIAO}} {{02}}, réf. [[IDENTIFIANT:SIAO02-2024-1187]]\nCHAMBRE : {{14}}"),
    ("chrs", AP, "L'éducatrice, [[PERSONNE:Samia]], fait un point budget avec un résident. Il montre son compte {{Nickel}}, IBAN [[IBAN:FR76 1751 5756 4254 0544 8882 126]]. Il a {{12 €}} dessus."),
    ("chrs", AP, "Les résidents regardent le foot dans la salle commune. {{RC Lens}}. Ça crie. L'ambiance est bonne, on oublie où on est."),
    ("chrs", AP, "« Tu connais [[PERSONNE:Momo]] ? Il est parti à {{Lille}} » - « [[PERSONNE:Momo]] qui ? » - « [[PERSONNE:Momo le Tunisien]], enfin [[PERSONNE:Mohamed Trabelsi]] ». Discussion dans la cour."),
    ("chrs", AP, "Tableau des chambres (affiché dans le bureau, derrière la vitre) :\nCh.  | Occupant            | Entrée   | Sortie prévue\n{{1}}    | [[PERSONNE:HENNEBERT R.]]        | {{03/2024}}  | {{09/2024}}\n{{2}}    | [[PERSONNE:AHMADI Jawad]]        | {{11/2023}}  | ?\n{{3}}    | —                   |          |\n{{4}}    | [[PERSONNE:DUBOIS-KANTÉ Awa]]    | {{01/2025}}  | {{07/2025}}"),
    ("chrs", AP, "Un résident veut récupérer son courrier. L'agent vérifie son nom sur la liste : [[PERSONNE:Lukas Schmitt]], allemand, arrivé à {{Beauvais}} après un {{CDD}} à l'usine. Pas de courrier."),
    ("chrs", AP, "Registre des entrées de la semaine (le directeur me le montre) :\nDate    | Nom                  | Orienté par\n{{03/03}}   | [[PERSONNE:KOUASSI Jean-Marc]]    | {{SIAO}}\n{{05/03}}   | [[PERSONNE:LAMRANI Sofia]]        | {{115}}\n{{06/03}}   |                      |\nTaux d'occupation {{98 %}}."),
    ("chrs", AP, "Dans le bureau, dossier ouvert sur la table : « [[PERSONNE:DELATTRE Bruno]] - né le [[DATE_NAISSANCE:17/02/1986]] à {{Roubaix}} - NIR [[NIR:1 86 02 59 512 133 22]] - sortie de détention {{01/2025}} ». L'éduc ferme le dossier quand elle me voit regarder."),
    ("chrs", AP, "Atelier CV dans la salle info. Modèle de CV affiché au mur au nom de « [[PERSONNE:Jean Dupont]], [[ADRESSE:1 rue de la Paix, 75000 Paris]], [[TELEPHONE:01 23 45 67 89]] ». Les résidents le recopient tel quel 🙃"),
    ("chrs", AP, "Un résident me montre sa carte de bibliothèque de {{Lens}}, très fier. « {{Louvre-Lens}} c'est gratuit le dimanche ». Il s'appelle [[PERSONNE:Marcel]] et a {{61 ans}}."),
    ("chrs", AP, "Une dame et ses {{deux enfants}} arrivent à {{21h}}, orientés par le {{115}}. Ils n'ont rien mangé. L'éducateur de nuit, [[PERSONNE:Yannick]], ouvre la cuisine."),
    ("chrs", AP, "Tableau de sortie des résidents (cahier de liaison) :\nNom            sortie    retour   motif\n[[PERSONNE:Kader]]          {{09h10}}     {{12h00}}    {{France Travail}}\n[[PERSONNE:Jo]]             {{10h00}}\n[[PERSONNE:Sergueï]]        {{13h30}}     {{17h45}}    RDV médecin Dr [[PERSONNE:Mallet]]\nMme [[PERSONNE:Lefèvre]]    —         —        malade"),
    ("chrs", AT, "Au {{115}} de l'{{Oise}}, {{19h}}. {{47 appels}} en attente. L'écoutante, [[PERSONNE:Laetitia]], enchaîne sans pause."),
    ("chrs", AT, "Appel au 115 :\n- 115 bonjour\n- oui c'est [[PERSONNE:Mickaël]], j'suis à la {{gare de Creil}}, j'ai pas d'place\n- vous avez quel âge [[PERSONNE:Mickaël]] ?\n- {{32 ans}}\n- votre nom de famille ?\n- [[PERSONNE:Vermeulen]]\n- je regarde... pas de place ce soir, rappelez à {{21h}}"),
    ("chrs", AT, "Un appelant dit son numéro pour être rappelé : [[TELEPHONE:07 58 43 26 11]]. Il est dans sa voiture, une {{Peugeot 206}} bleue, plaque [[IMMATRICULATION:BX 418 WQ]], sur le parking du {{Auchan}} de {{Noyelles-Godault}}. L'écoutante note tout."),
    ("chrs", AT, "Écran du logiciel SI-SIAO pendant l'appel :\nID PERSONNE     [[IDENTIFIANT:P-0580447]]\nNOM             [[PERSONNE:GHEORGHE]]\nPRÉNOM          [[PERSONNE:Marius]]\nDDN             [[DATE_NAISSANCE:1990]]\nSITUATION       famille, {{2 adultes}} {{3 enfants}}\nDERNIÈRE NUIT   {{hôtel Première Classe, chambre 212}}\nOBS\n(rien dans OBS)"),
    ("chrs", AT, "Silence de {{40 secondes}} au bout du fil. Puis la personne raccroche. L'écoutante : « ça arrive souvent, ils n'osent pas ». Pas de numéro affiché."),
    ("chrs", AT, "Un travailleur social d'un hôpital appelle pour une sortie : « Monsieur [[PERSONNE:Boulanger Thierry]], {{sans domicile}}, sortant demain, il a besoin d'une place ». L'écoutante ouvre une demande."),
    ("chrs", AT, "La dame appelle de la cabine (ça existe encore ?), elle dit qu'elle s'appelle [[PERSONNE:Sandra]] et qu'elle dort à la {{gare d'Amiens}}. Elle donne le numéro de son amie : [[TELEPHONE:zero six trente quatre cinquante deux quatre vingt dix neuf zero un]]."),
    ("chrs", AT, "Planning des écoutants du soir (feuille scotchée) :\n{{LUN}}  [[PERSONNE:Laetitia]] / [[PERSONNE:Hakim]]\n{{MAR}}  [[PERSONNE:Hakim]] / (à pourvoir)\n{{MER}}  [[PERSONNE:Sylvie D.]]\n{{JEU}}\n{{VEN}}  [[PERSONNE:Laetitia]]"),
    ("chrs", AT, "Appel d'une femme victime de violences. Elle chuchote. L'écoutante passe en mode protocole. Je ne note rien d'autre, par respect."),
    ("chrs", AT, "Un appelant se présente avec son pseudo Facebook « [[IDENTIFIANT:@djibi.one]] » parce qu'il dit que « sur le 115 on me connait comme ça ». Vrai nom : [[PERSONNE:Djibril Fofana]]."),
    ("chrs", AT, "Le {{115}} appelle l'hôtel {{Formule 1}} de {{Lens}} pour une mise à l'abri. Chambre {{31}}, {{1 nuit}}. {{57 €}}."),
    ("chrs", AT, "Tableau des places dispo à {{20h}} (écran partagé) :\n| Structure              | H | F | Fam |\n| {{L'Escale}}               | 0 | {{1}} | 0   |\n| {{Foyer Jacques Brel}}     | {{2}} | 0 | 0   |\n| {{Résidence Le Phare}}     |   |   |     |\n| Hôtel (nuitée)         | ? | ? | ?   |"),
    ("chrs", AT, "« je suis [[PERSONNE:Fabrice]], j'appelle tous les jours, tu me reconnais ? » L'écoutante : « oui [[PERSONNE:Fabrice]], toujours à {{Liévin}} ? »"),
    ("chrs", AT, "Appel de la police : une personne trouvée endormie dans un hall à {{Douai}}. Ils donnent son nom d'après sa carte : [[PERSONNE:BOUCHER Alain]], né le [[DATE_NAISSANCE:08/11/1964]]. Pas de place, ils l'emmènent aux urgences."),
    ("chrs", AT, "Une mère de famille appelle, mail pour envoyer l'attestation d'hébergement : [[EMAIL:mariam.ouattara@free.fr]]. Elle est hébergée chez sa cousine au [[ADRESSE:22 rue Anatole France, 59220 Denain]], mais ça ne peut plus durer."),
    ("chrs", CSP, "Visite d'un logement diffus du {{CHRS}} : appartement {{T2}} à {{Amiens}} {{Étouvie}}. Occupé par Mme [[PERSONNE:Diarra]] et son fils. L'éducatrice vérifie les équipements."),
    ("chrs", CSP, "Check-list de visite logement :\nADRESSE : [[ADRESSE:6 place du Pays d'Auge, apt 41, 80080 Amiens]]\nOCCUPANT(S) : [[PERSONNE:DIARRA Kadiatou]] + [[PERSONNE:Bakary]] ({{8 ans}})\nDÉTECTEUR FUMÉE : ok\nCHAUFFE-EAU : fuite ⚠\nPROPRETÉ : ++\nCOMPTEUR EDF : réf. [[IDENTIFIANT:30001742558911]]"),
    ("chrs", CSP, "Dans l'escalier, un graffiti « {{PNL}} ». L'éducatrice dit que le bailleur l'efface tous les mois et qu'il revient."),
    ("chrs", CSP, "Le résident, M. [[PERSONNE:Wiśniewski]], a une voiture garée en bas, une vieille {{Golf}}, plaque polonaise [[IMMATRICULATION:WPR 5J72]]. Le règlement interdit ? Non, mais il faut l'assurance."),
    ("chrs", CSP, "Visite au {{camping municipal}} de {{Péronne}} : une famille hébergée en mobil-home, [[ADRESSE:emplacement 12, camping municipal du Brochet, Péronne]]. Le père, [[PERSONNE:Cristian]], répare une mobylette."),
    ("chrs", CSP, "L'éducatrice me dit : « on fait {{40 visites}} par mois, à deux ». Pas de nom aujourd'hui, visite annulée par la personne (message vocal)."),
    ("chrs", CSP, "Relevé de la boîte aux lettres (l'éduc relève le courrier pour la résidente absente) :\n- {{Caf}} → pour Mme [[PERSONNE:Ouattara]], n° alloc [[N_ALLOCATAIRE:7340126]] sur l'enveloppe\n- {{Free}} facture → réf. client [[IDENTIFIANT:FR-38817465]]\n- pub {{Intermarché}}"),
    ("chrs", CSP, "{{Valenciennes}}, {{Dutemple}}. Appart propre mais vide. Le résident, [[PERSONNE:Ali]], dort sur un matelas. L'éduc note « besoin mobilier » pour {{Emmaüs}}."),
    ("chrs", CSP, "Conversation sur le palier avec la voisine : « elle est gentille Mme [[PERSONNE:Diarra]], mais le petit crie la nuit ». L'éducatrice écoute sans répondre."),
    ("chrs", CSP, "Tableau d'inventaire signé à l'entrée :\nObjet         | Qté | État\nlit           | {{1}}   | bon\nmatelas       | {{1}}   | neuf\nchaises       | {{2}}   | 1 cassée\nfrigo         | {{1}}   | bon\nSignature résident : [[PERSONNE:R. Hennebert]]    Signature éduc : [[PERSONNE:S. Kaci]]"),
    ("chrs", CSP, "Passage au logement diffus de {{Maubeuge}}. Le résident présente son nouveau contrat de travail chez {{Vallourec}}. {{1 450 €}} net. Il part dans {{un mois}}. Joie."),
    ("chrs", CSP, "Le résident n'ouvre pas. L'éducatrice appelle son portable : [[TELEPHONE:06 90 12 54 37]]. Répondeur : « vous êtes bien sur le portable de [[PERSONNE:Steve]] ». Elle laisse un message."),
    ("chrs", CSP, "Visite de contrôle d'une chambre en sous-location (interdite). Nom sur la porte : « FAM. [[PERSONNE:OKONKWO]] ». L'éducatrice note l'écart, parle avec [[PERSONNE:Chidi Okonkwo]] qui explique que c'est son frère qui dort là temporairement."),
    ("chrs", CSP, "Compte rendu saisi au retour :\nRésident : [[PERSONNE:HENNEBERT Rudy]]\nLogement : [[ADRESSE:9 rue Paul Bert, 62300 Lens]]\nVéhicule : [[IMMATRICULATION:AB-274-QE]]\nObservations :\nRAS\nElle en saisit {{5}} comme ça."),
    ("chrs", CSP, "Tournée des logements diffus, feuille de route de l'éducateur [[PERSONNE:Samir]] :\n{{9h00}}   [[ADRESSE:11 rue Roger Salengro, 62110 Hénin-Beaumont]]   M. et Mme [[PERSONNE:Popa]]   [[TELEPHONE:07 45 31 86 20]]\n{{10h15}}  [[ADRESSE:4 allée des Glycines, Courrières]]              [[PERSONNE:Dylan Wallart]]    —\n{{11h30}}  ANNULÉ\n{{14h00}}  [[ADRESSE:rés. Les Hirondelles, bât. B, appt 12, 62300 Lens]]   Mme [[PERSONNE:Yeo]]\nVoiture de service : {{Berlingo}} [[IMMATRICULATION:EH-509-VN]]"),
]
NOTES_FT = [
    ("france_travail", AP, "Agence {{France Travail}} de {{Douai}}. Borne d'accueil, {{3 bornes}}, {{1}} en panne. Le conseiller volant, [[PERSONNE:Kévin]], aide une dame à retrouver son identifiant."),
    ("france_travail", AP, "Fiche d'inscription (écran du conseiller) :\nIDENTIFIANT : [[ID_FRANCE_TRAVAIL:4521873K]]\nNOM : [[PERSONNE:LECLERCQ]]\nPRÉNOM : [[PERSONNE:Anthony]]\nDDN : [[DATE_NAISSANCE:09/09/2001]]\nNIR : [[NIR:1 01 09 60 057 118 89]]\nADRESSE : [[ADRESSE:30 rue de Calais, 60000 Beauvais]]\nTÉL : [[TELEPHONE:06 12 09 83 47]]\nMAIL : [[EMAIL:anthony.leclercq60@gmail.com]]\nMÉTIER RECHERCHÉ : cariste ({{N1101}})"),
    ("france_travail", AP, "Écran d'appel : « M. [[PERSONNE:KAMARA]] - bureau {{6}} ». Le jeune attend avec son casque sur les oreilles depuis {{45 min}}, il ne l'entend pas. Le conseiller, [[PERSONNE:Maxime]], vient le chercher en rigolant."),
    ("france_travail", AP, "« votre identifiant ? » « [[ID_FRANCE_TRAVAIL:3 214 567 B]] » « non, il manque un chiffre » « ah [[ID_FRANCE_TRAVAIL:3214567B]] » C'est pareil en fait, c'était l'espace 🙄 Mme [[PERSONNE:Delcroix]]."),
    ("france_travail", AP, "Liste d'émargement info collective « {{Cap Logistique}} » {{9h30}} :\nNom / Prénom            | Identifiant   | Signature\n[[PERSONNE:AÏT-SAÏD Nassim]]        | [[ID_FRANCE_TRAVAIL:5098124M]]      | ✍\n[[PERSONNE:BRUNEAU Kelly]]          | [[ID_FRANCE_TRAVAIL:5110347A]]      | ✍\n[[PERSONNE:DA SILVA Rui]]           |               | absent\n                        |               |\nAnimateur : [[PERSONNE:F. Morel]]"),
    ("france_travail", AP, "Une femme de {{57 ans}} pleure : « personne ne veut de moi ». Le conseiller lui parle du {{CEJ}}, puis se reprend, c'est pour les jeunes. Il propose un atelier {{seniors}}."),
    ("france_travail", AP, "Le conseiller imprime une offre : « agent de production H/F, {{Valeo}} {{Étaples}}, offre n° {{187QWXZ}} ». La personne, [[PERSONNE:Jimmy]], n'a pas de voiture. Ça ne marche pas."),
    ("france_travail", AP, "Ecran « historique » du DE [[PERSONNE:TAHIRI Youssef]] :\n{{02/2023}}  inscription\n{{05/2023}}  formation {{CACES}} ({{AFPA}})\n{{11/2023}}  reprise emploi {{CDD}} {{Amazon}} {{Lauwin-Planque}}\n{{04/2024}}  réinscription\n--\nConseiller référent : Mme [[PERSONNE:Hamidi]]"),
    ("france_travail", AP, "Un homme demande la fiche de salaire de son attestation employeur. Le conseiller ne comprend pas. Lui non plus. {{10 min}} de quiproquo. Au final c'était l'{{AE}} qu'il voulait."),
    ("france_travail", AP, "Il dicte son RIB pour l'{{ARE}} : banque postale, [[IBAN:FR76 2004 1061 0539 2266 8714 903]]. Le conseiller dit que le RIB se change en ligne. M. [[PERSONNE:Rodrigues]] ne sait pas faire. Ils le font ensemble."),
    ("france_travail", AP, "Écran d'appel de la salle d'attente :\nTICKET   BUREAU   CONSEILLER\n{{C012}}     {{2}}        M. [[PERSONNE:Leroux]]\n{{C013}}     {{4}}        Mme [[PERSONNE:Ba]]\n{{C014}}     --       --\nLes noms des conseillers s'affichent, pas ceux des gens. {{11}} personnes, {{2}} conseillers."),
    ("france_travail", AP, "Le conseiller [[PERSONNE:Benoît]] me montre son agenda de la semaine :\nLUN  {{8 entretiens}}\nMAR  {{6}} + atelier\nMER  {{télétravail}}\nJEU  {{9 entretiens}}\nVEN  réunion équipe\nPas de noms, il a caché la colonne."),
    ("france_travail", AP, "Une réfugiée syrienne, [[PERSONNE:Rama Al-Khatib]], ingénieure. Titre de séjour n° [[IDENTIFIANT:5917032848]]. Diplôme non reconnu. Le conseiller parle d'{{ENIC-NARIC}}. Elle connaît déjà."),
    ("france_travail", AP, "File d'attente le {{lundi}} : énorme. {{Lens}}. Un agent de sécurité filtre à l'entrée. Il demande « vous avez rdv ? » à chacun."),
    ("france_travail", AP, "Carte d'identité belge posée sur le bureau : [[PERSONNE:Vanderstraeten Els]], n° [[IDENTIFIANT:592-4418712-83]]. Elle habite {{Jeumont}}, travaillait à {{Charleroi}}. Frontalière, cas compliqué."),
    ("france_travail", AT, "Plateforme {{3949}}. Le conseiller, [[PERSONNE:Yacine]], prend l'appel : « France Travail bonjour, votre identifiant s'il vous plaît ? » « [[ID_FRANCE_TRAVAIL:6034418T]] »."),
    ("france_travail", AT, "Un appelant se trompe : il donne son n° alloc Caf [[N_ALLOCATAIRE:1983402]] au lieu de son identifiant. Le conseiller corrige : « non, celui qui finit par une lettre ». « ah, [[ID_FRANCE_TRAVAIL:2871054F]] »."),
    ("france_travail", AT, "Appel d'une femme qui n'a pas reçu son paiement. {{31}} du mois. Le conseiller voit un « trop-perçu » de {{640 €}}. Elle ne comprend pas. Lui doit expliquer. Dur."),
    ("france_travail", AT, "Fiche de rappel remplie par le conseiller :\nDE : M. [[PERSONNE:Ionescu Andrei]]\nID : [[ID_FRANCE_TRAVAIL:7120936L]]\nTÉL : [[TELEPHONE:07 20 65 48 13]]\nDISPO : matin\nOBJET : attestation employeur manquante ({{Adecco}})"),
    ("france_travail", AT, "Conversation :\n- bonjour c'est pour mon dossier\n- vous êtes ?\n- [[PERSONNE:Dimitri]] [[PERSONNE:Petrov]], [[PERSONNE:P-E-T-R-O-V]]\n- votre date de naissance monsieur ?\n- [[DATE_NAISSANCE:dix-neuf avril quatre-vingt-cinq]]\n- d'accord je vous ai"),
    ("france_travail", AT, "Appel de {{16 min}} pour un changement de mot de passe. La personne n'a plus accès à son mail. Le conseiller change l'adresse : ancienne [[EMAIL:sylvie.lebon@sfr.fr]], nouvelle [[EMAIL:sylvielebon.62@gmail.com]]."),
    ("france_travail", AT, "Le conseiller me montre sa fiche d'appels sortants :\n1) [[PERSONNE:BEGHIN Jessica]]  [[TELEPHONE:06 81 44 09 27]]  ok\n2) [[PERSONNE:NOWAK Tomasz]]    [[TELEPHONE:07 13 58 66 40]]  messagerie\n3) [[PERSONNE:HADJ Samir]]      pas de numéro, mail : [[EMAIL:samir.hadj@laposte.net]]\nIl en prend {{70}} par jour."),
    ("france_travail", AT, "UN MONSIEUR HURLE AU TÉLÉPHONE, le conseiller éloigne le casque. Il lui parle de sa radiation. Le conseiller : « je comprends, monsieur [[PERSONNE:Hoarau]] »."),
    ("france_travail", AT, "Numéro affiché sur l'écran du softphone : [[TELEPHONE:03 44 52 19 08]] ({{Compiègne}}). Le conseiller me dit que les gens appellent souvent d'un fixe de la mairie."),
    ("france_travail", AT, "Un employeur appelle ({{Boulangerie Lefranc}}, {{Arras}}) pour une offre. Le patron, M. [[PERSONNE:Lefranc]], donne son portable perso [[TELEPHONE:06 77 20 31 85]]. Offre n° {{178KLMP}}."),
    ("france_travail", AT, "Tableau rempli par le conseiller après chaque appel (Excel) :\nHeure | ID DE      | Motif        | Durée\n{{09:03}} | [[ID_FRANCE_TRAVAIL:4418260C]]   | paiement     | {{4'}}\n{{09:08}} | [[ID_FRANCE_TRAVAIL:3306711R]]   | actualisation| {{2'}}\n{{09:11}} |            | raccroché    | {{0'}}\n{{09:15}} | [[ID_FRANCE_TRAVAIL:5902284D]]   | formation    | {{9'}}"),
    ("france_travail", AT, "Appel d'une jeune, [[PERSONNE:Chloé]], qui demande si elle peut garder l'{{ARE}} en faisant des missions sur {{Uber Eats}}. Le conseiller hésite, cherche dans la base. {{7 min}}."),
    ("france_travail", AT, "Un Mr appelle de {{Saint-Quentin}}, il donne son adresse pour le courrier : [[ADRESSE:56 bd Gambetta 02100 Saint-Quentin]]. Puis son identifiant [[ID_FRANCE_TRAVAIL:6651093H]]. Il s'appelle [[PERSONNE:Olivier Lemaître]]."),
    ("france_travail", AT, "La ligne coupe. Le conseiller ne peut pas rappeler (numéro masqué). Il hausse les épaules."),
    ("france_travail", AT, "Appel en anglais d'un Nigérian, [[PERSONNE:Emeka Obi]], inscrit depuis {{2022}}. ID [[ID_FRANCE_TRAVAIL:1945670Z]]. Le conseiller fait appel à une collègue, [[PERSONNE:Hélène]], qui parle anglais."),
]
# fmt: on

NOTES = NOTES_CAF + NOTES_CPAM + NOTES_CCAS + NOTES_URG + NOTES_CHRS + NOTES_FT

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)
SEED = 144
PREFIX = "ind144"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
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
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
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
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
