"""Author's notes for the independent68 evaluation corpus (240 French observation notes).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this file strips the marks, computes
the offsets (Python string indices, end exclusive), numbers the notes ``ind68-001`` ...
``ind68-240`` in writing order, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to it. Standard library only; two runs give byte-identical files.
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h02}}, {{Caf}} de {{Reims}}, deja {{14 personnes}} devant la porte avant l'ouverture. Ticket {{A027}} pour nous. Ma tutrice, [[PERSONNE:Sandrine Wendling]], me dit que le lundi apres le {{5 du mois}} c'est « la guerre ».",
    ),
    (
        "caf",
        AP,
        "Caf {{Thionville}}. M. [[PERSONNE:Kieffer]], frontalier, bosse au {{Luxembourg}} chez {{Cactus}} (supermarché) depuis {{2019}}. Il comprend pas pourquoi il touche « que » l'{{allocation différentielle}}. L'agent ([[PERSONNE:Yannick]]) sort un schéma sur papier : allocs lux d'abord, la {{Caf}} complète la différence. n° alloc [[N_ALLOCATAIRE:5728316]]. {{20 min}} d'explications, il repart avec le schéma plié dans sa poche.",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} {{Marne}}. Musique d'attente = toujours la meme boucle de piano, je la connais par coeur au bout de {{3 appels}}. Les agents appellent ça « le piano de la mort » 😂. Temps d'attente affiché sur l'écran mural : {{17 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel {{10h41}} : une dame de {{Charleville}}, Mme [[PERSONNE:Lallement]], appelle pour sa fille [[PERSONNE:Océane]] qui a {{19 ans}} et qui a son propre dossier depuis qu'elle est en {{BTS}}. Le conseiller refuse de parler du dossier de la fille sans elle. Ton qui monte. « Mais c'est MOI qui paye son loyer ! » Conseiller ([[PERSONNE:Karim]]) reste calme, propose qu'[[PERSONNE:Océane]] rappelle elle-meme au {{3230}}.",
    ),
    (
        "caf",
        CSP,
        "Controle sur place avec [[PERSONNE:Thierry Gosset]], contrôleur {{Caf}} de l'{{Aube}} depuis {{22 ans}}. RDV {{14h}} aux {{Chartreux}}, [[ADRESSE:11 allée des Mésanges, 10000 Troyes]], {{3e étage}} sans ascenseur. Motif : suspicion de vie maritale (signalement). Mme [[PERSONNE:Ndiaye]] ouvre, un peu méfiante. [[PERSONNE:Thierry]] regarde la salle de bain : une seule brosse à dents, pas de rasoir. Il me dit apres dans la voiture : « on n'est pas la police, on regarde ce qu'on nous montre ».",
    ),
    (
        "caf",
        AP,
        "Borne d'accueil en panne → tout le monde passe par l'agent de pré-accueil. Il oriente : {{RSA}} ici, {{APL}} là, « pour la {{prime de naissance}} c'est sur rdv ». Un monsieur demande si on peut payer ses impots ici. Non 🙃",
    ),
    (
        "caf",
        AP,
        "{{Epernay}}, {{mardi}}. Jeune gars, [[PERSONNE:Dylan Hennequin]], {{23 ans}}, vient declarer ses revenus de vendanges ({{12 jours}} chez un récoltant à {{Hautvillers}}, payé {{1 480 €}}). Peur de perdre son {{RSA}}. L'agente, Mme [[PERSONNE:Lefort]], lui explique que ça sera lissé sur le trimestre. Il note tout sur son tel.",
    ),
    (
        "caf",
        AP,
        "Ma tutrice [[PERSONNE:Nathalie]] ({{Caf}} {{Sedan}}, permanence du {{jeudi}}) : « ici on a beaucoup de gens qui bossent en {{Belgique}}, c'est encore un autre casse-tête que le {{Lux}} ». Elle me montre {{CRISTAL}} à l'écran, le logiciel. Ecran gris-bleu, des codes partout, genre {{RMI}} encore dans certains menus ?!",
    ),
    (
        "caf",
        AT,
        "Rappel demandé par un allocataire : [[PERSONNE:Mohamed Benali]]. Il laisse son numéro au conseiller : « [[TELEPHONE:zéro sept, cinquante-deux, dix-huit, quarante, soixante-trois]] ». Le conseiller le tape en le répétant à voix haute, {{2 fois}}. N° alloc [[N_ALLOCATAIRE:0841937]].",
    ),
    (
        "caf",
        CSP,
        "{{Ronde-Couture}}, {{Charleville-Mézières}}. Contrôle ressources. L'allocataire, M. [[PERSONNE:Mbemba]], nous reçoit dans la cuisine. Il sort une pochette plastique avec TOUT : avis d'impot, fiches de paie {{Stellantis}}, quittances. Le controleur ([[PERSONNE:Pascal]]) : « si tout le monde était comme vous ». {{35 min}}. Rien à redire.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nancy}}, accueil. {{11h15}}. File de {{9 personnes}}. Une dame âgée fait tomber ses papiers, tout le monde l'aide à ramasser, meme l'agent de sécurité. Petit moment d'humanité.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Poirot]] vient avec la carte vitale de son mari (né à {{Vandoeuvre}} en [[DATE_NAISSANCE:mai 77]]) qui est hospitalisé. L'agente, [[PERSONNE:Émilie]], lit le numéro à voix haute pour vérifier : « [[NIR:1 77 05 54 547 163 51]], c'est bien ça ? » Oui. On lui imprime une attestation de droits.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Appel de M. [[PERSONNE:Yilmaz]], ouvrier en {{Sarre}}, arrêt de travail fait par un médecin allemand, la {{Cpam}} le trouve pas. Conseillère ([[PERSONNE:Laetitia]]) : « il faut que la {{AOK}} nous transmette, ou vous nous envoyez l'original traduit ». Il s'énerve : « traduit par qui ?! ». Elle note quand meme le n° de sa carte AOK : [[IDENTIFIANT:A482917365]]. {{18 minutes}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt maladie au {{Haut-du-Lièvre}}, barre {{Le Tilleul}}. Agent assermenté : [[PERSONNE:Franck Thiriet]]. Assuré absent à {{10h30}} alors qu'il doit etre là. Personne ne répond à l'interphone. [[PERSONNE:Franck]] glisse un avis de passage. « Peut-être chez le kiné, on verra, je fais pas de procès d'intention ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Verdun}}. Une retraitée, Mme [[PERSONNE:Marchal]], {{84 ans}}, vient s'inscrire pour le colis de {{Noël}}... en {{octobre}}. L'agente rit gentiment, la note sur la liste. Elle repart avec un café.",
    ),
    (
        "ccas",
        AT,
        "Permanence tel du {{CCAS}} de {{Bar-le-Duc}}. Un fils appelle pour sa mère qui ne chauffe plus ({{fioul}} trop cher). Agent : « elle a quel age ? » – « {{91 ans}} ». Il propose une aide {{FSL}} énergie et une visite. Il note : Mme [[PERSONNE:Demange]], [[ADRESSE:5 rue de l'Église, 55000 Behonne]], tél [[TELEPHONE:03 29 45 18 62]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Reims}}, {{septembre}}. {{3e coupure}} de sécateur de la matinée selon l'{{IAO}}. Celle-ci : [[PERSONNE:Bartosz Nowak]], vendangeur polonais, venu avec le chef d'équipe qui parle pour lui. Pas de carte vitale, pas de carte européenne sur lui. La secrétaire crée un dossier provisoire, {{IPP}} [[IDENTIFIANT:51003847219]]. « On verra les papiers après, d'abord on recoud ».",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente urgences. {{14h}}. Ecran : « temps d'attente estimé {{4h}} ». Un gamin joue avec les gants en latex gonflés en ballon. Les parents dorment assis. Personne ne parle. La télé passe {{BFM}} sans le son.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences ({{Charleville}}). Une femme appelle pour savoir si son père est arrivé. La secrétaire tape le nom : [[PERSONNE:Roger Wathelet]], né le [[DATE_NAISSANCE:14/02/1941]]. « Il est en {{box 6}}, je peux pas vous en dire plus, le médecin vous rappellera ». Elle raccroche, se tourne vers moi : « on dit box 6, c'est déjà beaucoup ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Marne}}, {{22h10}}. Appelant : homme, se présente comme [[PERSONNE:Jean-Claude]], dort dans sa voiture près de la {{gare}} de {{Châlons}}. Immat donnée pour que la {{maraude}} le trouve : [[IMMATRICULATION:DK-417-RS]], une {{Clio}} grise. L'écoutante ([[PERSONNE:Amandine]]) lui dit qu'il n'y a plus de place ce soir mais que la maraude passera avec café et duvet.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Nancy}}, accueil de jour. [[PERSONNE:Dragan]] (bonnet vert, {{50 ans}} env.) vient chercher son courrier. Domiciliation. L'éducatrice, [[PERSONNE:Claire Mougenot]], lui tend {{3 lettres}} dont une de la {{CPAM}}. Il la lui rend : « lis-moi ». Elle lit.",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile avec l'éduc ([[PERSONNE:Hakim]]) dans un appart en diffus du {{CHRS}}, {{Saint-Dié}}. La famille [[PERSONNE:Hakobyan]] ({{5 personnes}}) vit là depuis {{8 mois}}. La mère montre fièrement le frigo rempli. Le père montre le courrier de l'{{OFPRA}}. Rejet. Silence long. [[PERSONNE:Hakim]] ne dit rien pendant une minute entière.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Forbach}}. M. [[PERSONNE:Schneider]], {{57 ans}}, licencié d'un sous-traitant de {{Ford}} à {{Saarlouis}} (l'usine ferme). Il a travaillé en {{Allemagne}} {{31 ans}}. Question : qui l'indemnise ? Réponse du conseiller [[PERSONNE:Lucas]] : la {{France}}, pays de résidence, mais il faut le {{U1}} de l'{{Agentur für Arbeit}}. Identifiant {{FT}} : [[ID_FRANCE_TRAVAIL:4418207K]]. Il soupire : « 31 ans et on me demande un formulaire ».",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Je note les motifs d'appel sur {{1h}} : actu mensuelle ratée {{4 fois}}, mot de passe {{3 fois}}, « quand est-ce que je suis payé » {{5 fois}}, une dame qui voulait la {{Caf}}. Aucun appel sur l'emploi lui-même. 🤔",
    ),
    (
        "france_travail",
        AP,
        "Atelier {{CV}} à {{Troyes}}. La conseillère projette un CV modèle au nom de [[PERSONNE:Julie Martin]] (« c'est pas une vraie personne »). Dans la salle : {{7 personnes}}, dont une femme des {{Sénardes}} qui cherche dans la bonneterie, « comme ma mère chez {{Petit Bateau}} ». Conseillère : [[PERSONNE:Agnès Brochet]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Moselle}}, antenne de {{Sarreguemines}}. Mme [[PERSONNE:Bauer]] travaille à {{Sarrebruck}} ({{Globus}}), elle dépose son formulaire {{S1}}. Date de naissance écrite à l'allemande : [[DATE_NAISSANCE:03.11.1986]]. L'agent hésite, [[DATE_NAISSANCE:3 novembre]] ou [[DATE_NAISSANCE:11 mars]] ? Il vérifie sur la carte d'identité. [[DATE_NAISSANCE:3 novembre]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Lunéville}} pour une demande d'aide facultative. M. et Mme [[PERSONNE:Öztürk]], {{4 enfants}}, le plus petit dort. Appartement nickel. La travailleuse sociale ([[PERSONNE:Céline]]) regarde les factures {{EDF}} : impayé de {{612 €}}, réf client [[IDENTIFIANT:6004 318 227]]. Elle monte un dossier pour la commission de {{jeudi}}.",
    ),
    (
        "caf",
        AT,
        "Un allocataire épelle son mail au téléphone, ça prend {{2 minutes}} : « [[EMAIL:kevin.schaeffer57@gmail.com]], [[PERSONNE:schaeffer]] avec [[PERSONNE:S-C-H-A-E]]… ». La conseillère ([[PERSONNE:Inès]]) retape {{3 fois}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{23h40}}. Un appel muet. On entend une respiration, une télé au loin. L'écoutante attend {{40 secondes}}, dit doucement « vous pouvez rappeler quand vous voulez, on est là toute la nuit ». Ça raccroche. Elle coche « appel sans suite » dans {{SI-SIAO}}. Elle me dit que c'est souvent des femmes.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Colmar}} (hôpital {{Pasteur}}). Une mère du quartier {{Europe}} avec son fils de {{4 ans}}, fièvre. Elle donne le carnet de santé : [[PERSONNE:Yanis Belkacem]], né le [[DATE_NAISSANCE:17 juin 2021]]. L'agente d'accueil demande l'attestation de {{CSS}}, la maman l'a en photo sur son tel. Ok ça passe.",
    ),
    (
        "france_travail",
        AP,
        "{{Épernay}}, forum vendanges dans le hall de {{France Travail}}. Des panneaux : « cueilleurs », « porteurs », « débardeurs », « pressureurs ». Hébergement fourni ou pas, c'est la première question de tout le monde. Un viticulteur de {{Cumières}} cherche {{15 personnes}} pour le {{8 septembre}}.",
    ),
    (
        "cpam",
        AT,
        "Assurée qui veut changer son {{RIB}} pour les {{IJ}}. La conseillère refuse de le prendre par tel (« il faut le déposer sur {{ameli}} »). L'assurée le lit quand meme à voix haute : « [[IBAN:FR76 1027 8051 2000 0219 8765 437]] », la conseillère ne l'écrit pas. Assurée : Mme [[PERSONNE:Zimmermann]], de {{Haguenau}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} d'{{Épinal}}, domiciliation. Un couple roumain, [[PERSONNE:Ionuț]] et [[PERSONNE:Mirela Popescu]], renouvelle l'élection de domicile. L'agent ([[PERSONNE:Fabrice]]) photocopie les passeports : [[IDENTIFIANT:058372914]] et [[IDENTIFIANT:058372915]]. Il me glisse : « {{1 an}} de validité, ils reviennent chaque année ».",
    ),
    (
        "urgences",
        AT,
        "Le tel des urgences sonne en continu. La secrétaire : « on ne donne pas d'avis médical par téléphone, appelez le {{15}} ». Elle le dit {{6 fois}} en {{20 min}}. Sur un post-it collé à l'écran : « 15 / {{116 117}} / pharmacie de garde {{3237}} ».",
    ),
    (
        "caf",
        AP,
        "{{Orgeval}}, point d'accueil {{Caf}} dans la maison de quartier. Mme [[PERSONNE:Traoré]] vient avec sa voisine qui traduit. Question sur l'{{ASF}}. L'agente, [[PERSONNE:Véronique Colin]], ne parle pas soninké 😅, la voisine s'appelle [[PERSONNE:Awa]], elle fait ça « pour tout l'immeuble ».",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "france_travail",
        AT,
        "Appel {{9h20}}, plateforme {{Nancy}}. Mme [[PERSONNE:Nguyen]] donne son identifiant : « [[ID_FRANCE_TRAVAIL:0731548 F]], F comme {{François}} ». Elle est assistante de vie, cherche des heures en plus. Le conseiller ([[PERSONNE:Bastien]]) voit qu'elle est radiée depuis {{le 12}}... elle avait pas reçu la convocation. Il la réinscrit dans la foulée. {{12 minutes}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Charleville}}, {{10h}}. Zone libre-service : {{6 ordis}}, {{2 en panne}} (« depuis {{mars}} » dit le service civique). Une jeune femme fait son {{CV}} sur {{Canva}} sur son tel, plus vite que sur l'ordi.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Da Costa]], de {{Longwy}}, a perdu son {{CDD}} au {{Luxembourg}} (nettoyage, {{Esch-sur-Alzette}}). Elle arrive avec le {{U1}} de l'{{ADEM}}, super. Le conseiller ([[PERSONNE:Mathieu Humbert]]) saisit. Pour le versement elle veut garder son compte lux : [[IBAN:LU85 0019 4055 7218 0000]]. « Ah non il faut un compte zone {{SEPA}}... ah si c'en est un ». Rire général.",
    ),
    (
        "france_travail",
        AT,
        "Un jeune, [[PERSONNE:Yassine]], au tel : il veut qu'on lui renvoie ses identifiants par mail. Il dicte : « [[EMAIL:yass.b57 arobase hotmail point fr]] ». Le conseiller : « on envoie que sur l'adresse du dossier ». Celle du dossier c'est une vieille adresse de sa mère. Impasse. Il doit passer en agence à {{Metz Borny}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Reims}}, fin {{septembre}}. {{3 vendangeurs}} arrivés de {{Bulgarie}} sans hébergement après la fin du contrat, l'employeur les a « déposés » devant la {{gare}}. L'intervenante sociale [[PERSONNE:Loubna]] appelle le {{115}} : complet. Elle trouve {{2 lits}} pour ce soir, le troisième, [[PERSONNE:Stoyan]], dit qu'il dormira dehors « pas de problème ». C'est un problème.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Moselle}}. Femme avec {{2 enfants}}, partie du domicile conjugal ce soir. L'écoutant ([[PERSONNE:Rachid]]) lui demande noms et dates de naissance. « [[PERSONNE:Kelly Gangloff]], [[DATE_NAISSANCE:12 avril 95]]. Les petits c'est [[PERSONNE:Enzo]], [[DATE_NAISSANCE:2016]], et [[PERSONNE:Lya]], [[DATE_NAISSANCE:2020]] ». Mise à l'abri hôtel à {{Metz}}, {{Première Classe}}, {{chambre 14}}. [[PERSONNE:Rachid]] raccroche et souffle fort.",
    ),
    (
        "cpam",
        AP,
        "Dépôt de dossier {{AME}}. M. [[PERSONNE:Abdoulaye Sow]], arrivé il y a {{5 mois}}. Justificatif de domicile : attestation d'hébergement par un cousin, [[ADRESSE:23 rue Jean Jaurès, 57600 Forbach]]. L'agente vérifie la présence en {{France}} depuis + de {{3 mois}}. Tampon. Délai « {{2 mois}} environ ».",
    ),
    (
        "cpam",
        AP,
        "Accueil {{Cpam}}, bornes {{ameli}} : {{3 bornes}}, une seule marche. Une agente passe {{10 min}} à aider un monsieur à scanner son ordonnance. « Avant on faisait ça au guichet en {{1 min}} ». 😐",
    ),
    (
        "cpam",
        AT,
        "La conseillère ([[PERSONNE:Sophie]]) prend un appel : assurée de {{Reims}} qui ne reçoit plus ses remboursements complémentaires. Vérif identité : « votre numéro de sécu ? » – « [[NIR:2 78 03 51 454 212 26]] ». « Et votre date de naissance ? » – « le [[DATE_NAISSANCE:9 mars 78]] ». C'est Mme [[PERSONNE:Brunner]]. Problème : la mutuelle ({{Harmonie}}) n'est plus liée depuis {{janvier}}. [[PERSONNE:Sophie]] refait la liaison {{Noémie}} (télétransmission vers la mutuelle, rien à voir avec une personne, elle rigole).",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Châlons}}. Monsieur en fauteuil, [[PERSONNE:Gilles Husson]], demande une aide pour sa facture d'eau. Il touche l'{{AAH}}, {{1 016 €}}. Agente : [[PERSONNE:Marion]]. Elle remplit le formulaire à sa place, il signe. Dossier {{MDPH}} n° [[IDENTIFIANT:51-2019-004871]] noté « au cas où ».",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente {{CCAS}} : affiches {{Restos du Coeur}}, {{Secours populaire}}, « plan grand froid », un flyer de la {{Banque alimentaire}}. {{11h}} : {{4 personnes}}, toutes des femmes seules, une avec une poussette. Aucune ne parle.",
    ),
    (
        "ccas",
        AT,
        "Appel en {{platt}} ! Une vieille dame de {{Sarreguemines}}, l'agent ([[PERSONNE:Jean-Marc Kuntz]]) lui répond en platt aussi, je comprends rien. Il me traduit après : elle veut savoir si le {{CCAS}} livre les repas le dimanche. Non. Elle s'appelle Mme [[PERSONNE:Weber]], {{88 ans}}, « comme la moitié de la ville ».",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Forbach}}, {{samedi}} soir. Un jeune, bagarre à la sortie d'un bar à {{Sarrebruck}}, revenu en {{France}} pour se faire soigner « parce qu'en {{Allemagne}} faut avancer les frais ». Il s'appelle [[PERSONNE:Nicolas Klein]], {{20 ans}}. Sa copine au tel en haut-parleur : « [[PERSONNE:Nico]] t'es où ?? ».",
    ),
    (
        "urgences",
        AP,
        "Accueil administratif des urgences. Agente : [[PERSONNE:Christelle]]. Patient : M. [[PERSONNE:Ahmed Haddad]], né le [[DATE_NAISSANCE:1er janvier 1960]] (« comme beaucoup de chibanis, date inventée par l'état civil de l'époque » me dit-elle). {{IPP}} [[IDENTIFIANT:880471925]] retrouvé, il est déjà venu {{9 fois}} cette année.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} transfère un appel aux urgences par erreur. L'{{IDE}} prend, écoute, « non monsieur, ici c'est les urgences de {{Verdun}}, pas {{Bar-le-Duc}} ». Retransfère. {{4 min}} perdues.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Colmar}}, {{14h}}. Mme [[PERSONNE:Schmitt]] (« avec deux T »), dossier [[N_ALLOCATAIRE:3381270]]. Elle vient pour l'{{AEEH}} de son fils [[PERSONNE:Théo]]. L'agente ([[PERSONNE:Audrey Meyer]]) lui explique que c'est la {{MDPH}} qui décide, pas la Caf. Mme [[PERSONNE:Schmitt]] : « Tout le monde me renvoie vers quelqu'un ». Elle a un classeur rouge plein d'intercalaires.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Ferreira]] appelle pour un changement de banque. La conseillère lui dit de passer par l'espace {{Mon Compte}}. Il insiste et lit son {{RIB}} d'un trait : « [[IBAN:30003 02360 00050473819 56]] ». Elle ne le note pas, répète gentiment : « sur internet monsieur, ou en agence ». Il raccroche fâché.",
    ),
    (
        "caf",
        CSP,
        "Contrôle décence logement à {{Sézanne}} avec [[PERSONNE:Olivier Parisot]] (contrôleur). Maison de village louée à une famille : Mme [[PERSONNE:Aubry]] et ses {{3 enfants}}. Humidité, moisissures dans la chambre des petits. Il mesure, prend des photos, « la {{CAF}} peut consigner l'{{APL}} jusqu'aux travaux ». Le proprio, M. [[PERSONNE:Renaud]], arrive en cours de visite, pas content.",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place à {{Stiring-Wendel}}. Couple : lui bosse chez {{ZF}} à {{Sarrebruck}}, elle au foyer. Question du contrôleur ([[PERSONNE:Didier Ehrhart]]) : le {{Kindergeld}} est-il versé ? Ils montrent le courrier de la {{Familienkasse}}, Kindergeldnummer [[IDENTIFIANT:225FK418307]]. M. [[PERSONNE:Aydin]] rigole : « vous êtes plus curieux que les {{Allemands}} ».",
    ),
    (
        "france_travail",
        AP,
        "Agence {{FT}} {{Hayange}}. Réunion d'info pour les ex-salariés d'un sous-traitant d'{{ArcelorMittal}} {{Florange}}. {{23 personnes}}, {{22 hommes}}. La conseillère ([[PERSONNE:Stéphanie Lhuillier]]) présente le {{CSP}} (contrat de sécurisation professionnelle). Un monsieur au fond : « mon père a fait {{Patural}}, moi je fais FT ». Rires jaunes.",
    ),
    (
        "france_travail",
        AP,
        "{{Sedan}}. Entretien d'inscription. Le conseiller fait défiler {{15 écrans}} dans {{AUDE}}. {{42 min}} pour une inscription. Il me dit : « en vrai le logiciel c'est {{50%}} du métier ».",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant : frontalier au chômage après {{Goodyear}} {{Colmar-Berg}}, veut s'inscrire. La conseillère ([[PERSONNE:Julie]]) prend son num pour qu'on le rappelle : il donne son portable lux « [[TELEPHONE:+352 621 48 73 19]] » puis se reprend et donne le français : « [[TELEPHONE:06 73 20 41 88]] ». Il s'appelle [[PERSONNE:Cédric Wagner]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{IJ}} à {{Saint-Avold}}. L'assuré, M. [[PERSONNE:Russo]], est là, en jogging, très poli. Il montre l'ordonnance, l'agent ([[PERSONNE:Sébastien Cuny]]) coche. {{5 minutes}}. En repartant [[PERSONNE:Sébastien]] : « {{9 fois sur 10}} c'est ça, des gens malades chez eux ».",
    ),
    (
        "ccas",
        CSP,
        "Visite plan canicule avec le {{CCAS}} de {{Sedan}}. On passe chez les inscrits du registre : M. [[PERSONNE:Bouillon]], {{92 ans}}, [[ADRESSE:8 rue de la Rochette, Sedan]]. Volets fermés, il va bien, il boit. Il nous parle {{45 minutes}} de l'usine où il a bossé {{40 ans}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appart en diffus du {{CHRS}}, {{Vandoeuvre}}. Personne. Le résident est au travail (chantier). L'éduc laisse un mot sur la table : « passé à {{15h}}, tout va bien ? rappelle-moi ». Le frigo est vide sauf {{6 yaourts}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Vosges}}, {{21h}}. Un homme et son chien dorment dans une {{Kangoo}} sur le parking du {{Leclerc}} d'{{Épinal}}. Il ne veut pas de foyer à cause du chien ({{Rocky}}). Plaque donnée pour la maraude : [[IMMATRICULATION:4827 TX 88]]. Il dit qu'il s'appelle « [[PERSONNE:Manu]] » et c'est tout.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe {{CHRS}}, {{8h30}}. Tableau blanc : {{38 places}}, {{37 occupées}}, {{12 demandes}} en attente {{SIAO}}. Le chef de service : « on tient ». Café soluble.",
    ),
    (
        "urgences",
        AP,
        "{{Troyes}}, urgences. L'{{IAO}} ([[PERSONNE:Romain]]) trie : douleur thoracique passe devant tout le monde. Un monsieur qui attend depuis {{5h}} pour une entorse proteste. [[PERSONNE:Romain]] : « monsieur, si c'était votre coeur vous seriez content ». Le monsieur (M. [[PERSONNE:Dos Santos]]) se rassoit.",
    ),
    (
        "france_travail",
        AP,
        "{{Colmar}}, quartier {{Europe}}, atelier {{CEJ}}. {{8 jeunes}}. La conseillère [[PERSONNE:Leïla Bensaïd]] fait un tour de table : « prénom et un métier qui vous plaît ». [[PERSONNE:Kenza]] : esthéticienne. [[PERSONNE:Mehdi]] : « rien ». [[PERSONNE:Lorenzo]] : pompier. [[PERSONNE:Aïcha]] : « comme vous ». La conseillère est touchée, ça se voit.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un assuré pour la {{C2S}} : il a aussi une mutuelle ? Le conseiller ([[PERSONNE:Nicolas]]) vérifie : mutuelle {{MGEN}} n° [[IDENTIFIANT:124879035]]. « Vous ne pouvez pas cumuler, monsieur [[PERSONNE:Mangin]] ».",
    ),
    (
        "caf",
        AP,
        "Point relais {{Caf}}, {{Wilson}} ({{Reims}}). [[PERSONNE:Sabrina]], médiatrice numérique, aide Mme [[PERSONNE:Kaya]] à créer son compte. Identifiant = n° allocataire [[N_ALLOCATAIRE:2096584]] + code confidentiel reçu par courrier... que Mme [[PERSONNE:Kaya]] n'a jamais reçu. On redemande. {{10 jours}}.",
    ),
    (
        "caf",
        AT,
        "Entre deux appels, la conseillère me montre l'outil de script : une arborescence de questions. « Changement de situation > Séparation > Avec enfants > ... ». Elle ne s'en sert plus. « Au bout de {{6 mois}} tu sais ». {{12 appels}} à l'heure, objectif {{14}}.",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle pour sa fille [[PERSONNE:Clara]] (handicap, elle parle mal au tel). Identifiant [[ID_FRANCE_TRAVAIL:5172839M]]. Le conseiller doit parler à [[PERSONNE:Clara]] elle-meme, {{30 secondes}}, « oui c'est maman qui parle pour moi ». Ok. Mail de contact : [[EMAIL:famille.jacquot(at)orange.fr]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Troyes}}, {{octobre}}. Vendangeuse tombée de la remorque aux {{Riceys}}. [[PERSONNE:Fatoumata Coulibaly]], {{34 ans}}, embauchée par un prestataire de main d'oeuvre. Pas d'{{AT}} déclaré. La secrétaire appelle la boite, obtient le {{SIRET}} ({{843 507 219 00018}}) et c'est tout. Le patron ne viendra pas.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Saint-Avold}}. M. [[PERSONNE:Çelik]] vient pour une aide cantine. L'agent ([[PERSONNE:Patrick Kessler]]) lui demande un numéro pour le rappeler : [[TELEPHONE:07 81 32 55 09]]. Le fils ([[PERSONNE:Emre]], {{12 ans}}) traduit tout, très sérieux. [[PERSONNE:Patrick]] lui dit « tu ferais un bon agent toi ».",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "cpam",
        AP,
        "{{Cpam}} {{Troyes}}. M. [[PERSONNE:Joaquim Pereira]], {{73 ans}}, né au {{Portugal}}, retraité de la bonneterie. Il croit que sa carte vitale a un numéro « provisoire » depuis toujours. L'agente ([[PERSONNE:Cindy]]) vérifie : [[NIR:1 52 01 99 139 012 69]], c'est bien le définitif. « C'est juste la carte qui est vieille ». Elle lui en commande une nouvelle, photo à fournir.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}, {{14h05}}. {{47 appels}} en attente affichés sur le bandeau. La superviseure passe derrière nous : « on décale les pauses de {{15h}} ». Soupirs. Un conseiller me dit que le record c'est {{212}}, un lundi de {{janvier}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Nancy}}, rdv {{9h40}}. Mme [[PERSONNE:Haeffelé]] ([[PERSONNE:H-A-E-F-F-E-L-E]], accent sur le dernier E, elle insiste) a changé de banque et ses {{APL}} sont parties sur l'ancien compte clôturé. N° alloc [[N_ALLOCATAIRE:4417092]]. Nouveau {{RIB}} : [[IBAN:FR65 2004 1010 0812 3456 7K02 112]]. L'agent ([[PERSONNE:Thomas]]) saisit et demande la réémission du paiement retourné. « {{3 semaines}} minimum ».",
    ),
    (
        "caf",
        AT,
        "Appel d'une dame d'{{Uckange}} : son mari est décédé (ancien d'{{Usinor}}), elle veut savoir si elle a droit à l'{{APL}} seule. Conseiller ([[PERSONNE:Jordan]]) : « je vous envoie un rdv ». Il note son numéro, [[TELEPHONE:03 82 57 14 90]], elle le répète {{3 fois}} « pour être sûre ». Elle s'appelle Mme [[PERSONNE:Zielinski]], son mari c'était [[PERSONNE:Stanislas]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Vitry-le-François}}. Allocataire déclarée isolée. Dans la cour, une voiture immatriculée [[IMMATRICULATION:GF-208-LM]] que le contrôleur note. Mme [[PERSONNE:Gomes]] : « c'est celle de mon frère ». Le contrôleur ([[PERSONNE:Arnaud]]) vérifiera. Je me sens mal à l'aise. Lui : « c'est le job, et la plupart du temps ça lève le doute en faveur de l'allocataire ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Troyes}}, aide à la mobilité. Jeune homme, [[PERSONNE:Anthony Guérin]], veut passer le permis pour un poste chez {{Lacoste}}. L'agente ([[PERSONNE:Nadège]]) lui demande un mail : « [[EMAIL:anthony.guerin10@outlook.fr]] ». Elle le lui fait épeler, il rit : « ça s'écrit comme ça se prononce ! ».",
    ),
    (
        "ccas",
        AP,
        "Épicerie sociale du {{CCAS}} ({{Nancy}}, {{Plateau de Haye}}). Panier : pâtes, lait, riz, {{2 €}} le tout ou presque. Une dame compare les prix des yaourts, exactement comme au {{Lidl}}. « {{10 %}} du prix normal » me dit la bénévole.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Reims}} pour une aide ménagère ponctuelle. Mme [[PERSONNE:Leclerc]], [[ADRESSE:41 rue de Courlancy, 51100 Reims]], {{79 ans}}, sortie d'hôpital. Elle nous montre sa cuisine : elle n'atteint plus les placards du haut. La {{TS}} ([[PERSONNE:Valérie]]) note tout, remplit la grille {{AGGIR}} au crayon. Mme [[PERSONNE:Leclerc]] : « vous allez pas me mettre en maison hein ». Non.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Épinal}}, {{2h}} du matin (j'ai fait la nuit !). Étudiante, [[PERSONNE:Manon Didierjean]], malaise après soirée. Ses amies à l'accueil donnent sa date de naissance : « [[DATE_NAISSANCE:2004]] euh... le [[DATE_NAISSANCE:5 août]] je crois ». L'agente finit par trouver sa carte vitale dans le sac. [[PERSONNE:Manon]] se réveille et demande son tel.",
    ),
    (
        "urgences",
        AT,
        "Nuit, urgences {{Saint-Dié}}. Le tel de l'accueil sonne à {{3h12}} : un homme veut savoir si c'est ouvert. « Oui monsieur, {{24h/24}} ». Il vient pas. L'agent hausse les épaules : « ça arrive toutes les nuits ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Charleville}}, entretien d'admission. Mme [[PERSONNE:Aminata Diallo]] avec sa fille de {{2 ans}}. Récépissé de demande de titre de séjour, numéro {{AGDREF}} [[IDENTIFIANT:0801294736]]. L'éducatrice ([[PERSONNE:Sarah Lambert]]) photocopie, range dans un classeur vert. La petite dessine sur un flyer du {{Secours catholique}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Aube}}. La maraude demande au standard de rappeler un monsieur qui a laissé son numéro sur un papier : [[TELEPHONE:06 12 09 87 45]]. Pas de réponse. L'écoutante ([[PERSONNE:Lina]]) écrit « {{NRP}} » (ne répond pas) dans le logiciel. Ils réessaieront à {{minuit}}. Le monsieur : « [[PERSONNE:Jojo]] », {{60 ans}} environ, connu depuis {{10 ans}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un studio {{ALT}} avec le {{CHRS}} à {{Bar-le-Duc}}. Propre, vide, un matelas par terre et une {{Playstation}}. Le jeune n'est pas là. On attend {{10 min}} et on repart. L'éduc : « il a un rdv {{mission locale}} à {{11h}}, c'est bon signe ».",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Verdun}}. M. [[PERSONNE:Thouvenin]], {{44 ans}}, chauffeur {{PL}}, a perdu son permis (plus de points). Identifiant : [[ID_FRANCE_TRAVAIL:3309817B]]. La conseillère ([[PERSONNE:Aurélie Gérardin]]) lui cherche des postes de cariste. « Faut le {{CACES}} ». Il l'a, ouf.",
    ),
    (
        "france_travail",
        AP,
        "{{Jeudi}}, {{France Travail}} {{Lunéville}}. {{3 conseillers}} absents (formation + maladie). L'accueil fait aussi les rdv. La file déborde dehors. Pluie. Un agent sort proposer des chaises.",
    ),
    (
        "france_travail",
        AT,
        "Recruteur au tel, domaine à {{Aÿ}}, qui veut des candidats vendanges. C'est M. [[PERSONNE:Rousseau]], de {{Champagne Rousseau & Fils}}. La conseillère entreprise ([[PERSONNE:Marie-Hélène Pierson]]) prend son mail : [[EMAIL:p.rousseau@champagne-rousseau.fr]]. Elle publie l'offre dans la foulée : {{20 cueilleurs}}, logés, {{10 jours}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Sarreguemines}}. Mme [[PERSONNE:Heitz]] demande la {{C2S}} pour elle et son fils. Elle a tout, l'agent ([[PERSONNE:Laurent]]) scanne. Sur l'écran ({{Progrès}}) je lis le {{NIR}} : [[NIR:2 72 07 57 631 118 50]]. {{53 ans}}, née ici. Dossier complet, « réponse sous {{2 mois}} ».",
    ),
    (
        "cpam",
        AT,
        "Appel : jeune femme enceinte, [[PERSONNE:Justine Harmand]], d'{{Épernay}}, veut déclarer sa grossesse. La conseillère ([[PERSONNE:Samia]]) : « le médecin le fait en ligne normalement ». Vérif : {{NIR}} [[NIR:299125123040542]], tout collé, lu d'une traite, elle le connaît par coeur (« je suis aide-soignante »).",
    ),
    (
        "cpam",
        CSP,
        "Enquête résidence avec un agent de la {{Cpam}} à {{Sedan}} : vérifier qu'un assuré vit bien en {{France}} (il a la {{C2S}}, signalement d'un séjour long à l'étranger). M. [[PERSONNE:Bouzid]] ouvre, en pyjama. Il montre ses billets : {{5 mois}} au {{Maroc}} l'an dernier pour sa mère malade. L'agent ([[PERSONNE:Grégory]]) explique la règle des {{6 mois}}. M. [[PERSONNE:Bouzid]] : « donc j'ai le droit ». Oui.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Troyes}}. Un papa vient avec {{3 enfants}} dont un bébé en écharpe. L'agent d'accueil lui trouve une chaise, puis une deuxième. Attente {{35 min}}. Le bébé dort tout du long. Applaudissements intérieurs.",
    ),
    (
        "caf",
        AT,
        "Conseillère ([[PERSONNE:Maëva]]) : « votre numéro d'allocataire ? » – « euh… [[N_ALLOCATAIRE:1 092 837]] » – « et votre date de naissance ? » – « [[DATE_NAISSANCE:trente et un décembre quatre-vingt-neuf]] ». Ça correspond. M. [[PERSONNE:Hassan Abdi]] voulait juste savoir quand tombe le {{RSA}} : « {{le 5}} monsieur, comme tous les mois ».",
    ),
    (
        "france_travail",
        AP,
        "Inscription {{FT}} {{Saint-Dié}}. M. [[PERSONNE:Ahmad Rahimi]], afghan, réfugié, parle bien anglais. Le conseiller ([[PERSONNE:Vincent]]) et lui parlent en anglais. Carte de résident {{10 ans}}, n° [[IDENTIFIANT:8801472936]]. Il était ingénieur à {{Kaboul}}. Ici on lui propose... un atelier {{FLE}}. Il sourit poliment.",
    ),
    (
        "france_travail",
        AP,
        "Le tuteur m'explique les modalités d'accompagnement : suivi, guidé, renforcé, global. Puis {{Cap emploi}}, {{Mission locale}}, {{APEC}}, {{CEJ}}, {{PMSMP}}... J'ai noté {{14 sigles}} en {{20 minutes}}. Il rit : « bienvenue ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Verdun}}. Un monsieur s'est garé sur la place des ambulances. L'agent de sécu annonce au micro : « le véhicule [[IMMATRICULATION:FK-392-TB]] est prié de se déplacer ». Personne ne bouge. {{2e annonce}}. Une dame court, s'excuse, c'est sa voiture.",
    ),
    (
        "urgences",
        AP,
        "{{Colmar}}, accueil urgences. M. [[PERSONNE:Ruhlmann]] ({{77 ans}}), chute dans les vignes à {{Turckheim}}. Sa femme donne la carte vitale et la carte de mutuelle, n° [[IDENTIFIANT:AL-00482197]]. La secrétaire coche « {{régime local}} » : en {{Alsace-Moselle}} la Sécu rembourse plus qu'ailleurs, elle m'explique en {{2 phrases}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Yutz}}, couple frontalier. Le contrôleur ([[PERSONNE:Stéphane Becker]]) vérifie les montants versés par la {{CAE}} (les allocs luxembourgeoises). Relevé bancaire sur la table : versements sur [[IBAN:LU12 0030 2384 1627 0000]]. M. et Mme [[PERSONNE:Pham]] ont tout bien déclaré. [[PERSONNE:Stéphane]] : « on recalcule le différentiel et c'est fini ».",
    ),
    (
        "chrs",
        AP,
        "Accueil {{CHRS}} {{Verdun}}. Orientation {{SIAO}} reçue : réf [[IDENTIFIANT:SIAO55-2025-00318]]. C'est M. [[PERSONNE:Berisha]] et ses {{2 fils}}, kosovars, en {{France}} depuis {{2021}}. L'éducateur ([[PERSONNE:Gaël]]) leur fait visiter : cuisine commune, règlement, horaires. Le plus jeune demande s'il y a le wifi. Oui. Sourire.",
    ),
    (
        "ccas",
        AT,
        "Tel {{CCAS}} {{Vandœuvre}}. Un monsieur demande un secours d'urgence. L'agente ([[PERSONNE:Fanny]]) lui demande son numéro {{Caf}}, il le lit : « [[N_ALLOCATAIRE:6120473]] ». Elle pourra consulter via {{CDAP}} (l'accès partenaires). Rdv demain {{9h}}. C'est M. [[PERSONNE:Mutombo]].",
    ),
    (
        "ccas",
        AP,
        "Accueil {{CCAS}}, {{Forbach}}. Panneau « pas de paiement en espèces ». Pourtant une dame vient payer la cantine en pièces de {{2 €}}. L'agente compte, recompte. {{46 €}}. « Je prends, je prends ».",
    ),
    (
        "france_travail",
        AT,
        "« J'ai perdu mon identifiant » : le conseiller ([[PERSONNE:Hugo]]) retrouve avec nom + date de naissance. [[PERSONNE:Mathilde Chrétien]], [[DATE_NAISSANCE:22/07/1998]]. Identifiant [[ID_FRANCE_TRAVAIL:6043129Z]], il le lui dicte chiffre par chiffre.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nancy}}. Étudiante, [[PERSONNE:Inès Benhamou]], veut sa carte européenne pour un {{Erasmus}} à {{Cracovie}}. Numéro de sécu donné : [[NIR:2 01 05 54 395 598 90]]. L'agente : « commandez-la sur {{ameli}}, c'est {{15 jours}} ». Elle part dans {{10 jours}}. Certificat provisoire imprimé direct.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{Nancy}} (hôpital {{Central}}). La secrétaire jongle avec {{2 lignes}}. Post-it : « ne pas passer les appels de journalistes ». Ça m'a fait rire, je suis un peu journaliste.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Épinal}}. M. [[PERSONNE:Vuillaume]], bûcheron, revenus irréguliers, {{prime d'activité}} qui saute d'un trimestre à l'autre. L'agente ([[PERSONNE:Corinne Pierrat]]) fait une simulation : {{212 €}} ce trimestre. Il veut comprendre le calcul, elle sort une calculette. {{25 min}}. Il repart content d'avoir compris, pas du montant.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Troyes}}. Mme [[PERSONNE:Yasmina Zerrouki]] vient signaler son déménagement : nouvelle adresse [[ADRESSE:6 rue Paul Bert, 10000 Troyes]] (avant aux {{Sénardes}}). Le conseiller ([[PERSONNE:Loïc]]) modifie dans le dossier. Elle demande si ça change son agence. Non.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Ardennes}}, {{20h30}}. Un couple belge en panne sur un parking à {{Givet}}, voiture immatriculée [[IMMATRICULATION:1-GKT-482]]. Pas d'argent pour l'hôtel. L'écoutant ([[PERSONNE:Bruno]]) : « on est le 115 français madame, mais on va voir ». Il appelle la gendarmerie pour qu'elle passe les voir.",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "chrs",
        AP,
        "Accueil de jour, {{Reims}}, quartier {{Croix-Rouge}}. Un homme, [[PERSONNE:Sylvain]], la cinquantaine, demande une attestation de domiciliation pour la {{préfecture}}. L'agente ([[PERSONNE:Nora]]) imprime. Nom complet sur le papier : [[PERSONNE:Sylvain Lemaire]], né le [[DATE_NAISSANCE:2 février 1974]] à {{Laon}}. Il lit, relit, plie en quatre.",
    ),
    (
        "chrs",
        AP,
        "{{12h}}, repas au {{CHRS}}. {{24 couverts}}. Lentilles-saucisses. Un résident fait la vaisselle sans qu'on lui demande. L'éducateur me dit : « c'est sa façon de dire merci ». À la radio : {{France Bleu}} {{Champagne-Ardenne}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Sedan}}. Mme [[PERSONNE:Şahin]] sort de {{3 semaines}} d'hôpital. Elle veut récupérer sa chambre. L'éduc ([[PERSONNE:Mélanie]]) : « on vous l'a gardée ». Soulagement. Elle donne son nouveau numéro : [[TELEPHONE:07 49 18 02 66]], l'ancien tel a été volé.",
    ),
    (
        "chrs",
        AP,
        "Foyer à {{Nancy}}, {{17h}}. Le veilleur de nuit arrive, [[PERSONNE:Abdel]]. Il connaît tout le monde par leur surnom : « [[PERSONNE:le Grand]] », « [[PERSONNE:Pitch]] », « [[PERSONNE:Tonton]] ». Il m'explique que les vrais noms il les connaît aussi, « mais ici on respecte ».",
    ),
    (
        "ccas",
        AT,
        "Tel {{CCAS}} {{Saint-Dié}}. Une assistante sociale du {{Département}} appelle pour un dossier commun, [[PERSONNE:Béatrice Thomas]]. Elle donne son mail à l'agente : « [[EMAIL:b.thomas@vosges.fr]], c'est moi, si besoin ». Le dossier concerne Mme [[PERSONNE:Kuhn]], {{67 ans}}, expulsion prévue le {{15 mars}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}}, {{lundi}} {{8h30}}. {{11 messages}} sur le répondeur du weekend. L'agente les écoute un par un, les note dans un cahier à spirale. L'un dure {{4 minutes}} et c'est une dame qui chante (?!).",
    ),
    (
        "ccas",
        AT,
        "Un monsieur appelle le {{CCAS}} de {{Lunéville}} pour s'inscrire au repas des aînés. Agent : « date de naissance ? » – « [[DATE_NAISSANCE:seize juin cinquante-neuf]] » – « ah non monsieur, c'est à partir de {{70 ans}} ». Il a {{66 ans}}. Il insiste : « mais je suis vieux dans ma tête ». Rires des deux côtés. M. [[PERSONNE:Grandjean]], noté pour {{2029}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} avec la {{TS}} ([[PERSONNE:Anne-Sophie]]) sur l'aire d'accueil des gens du voyage de {{Forbach}}. Famille [[PERSONNE:Reinhardt]], [[ADRESSE:aire de la Ballastière, emplacement 12]]. Domiciliation au CCAS pour recevoir le courrier. Le grand-père nous offre le café dans la caravane, très fier de ses petits-enfants scolarisés à {{Behren}}.",
    ),
    (
        "ccas",
        CSP,
        "Deuxième visite de l'après-midi : appartement vide, la dame a été hospitalisée hier, la voisine nous le dit sur le palier. La {{TS}} appelle l'hôpital de {{Bar-le-Duc}} depuis l'escalier. {{20 min}} d'attente au standard. On repart.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Moselle}}, appel. Allocataire frontalier, bosse à {{Sarrelouis}}, sa banque est allemande ({{Sparkasse}}). Il veut que la Caf verse sur son compte allemand : [[IBAN:DE57 5905 0101 0047 2819 36]]. Conseillère ([[PERSONNE:Aline]]) : « c'est possible, zone {{SEPA}}, mais il faut nous envoyer le {{RIB}} scanné ». M. [[PERSONNE:Kowalski]] : « un RIB allemand ça s'appelle pas un RIB ». Elle rit.",
    ),
    (
        "caf",
        AT,
        "Coupure réseau sur la plateforme : {{6 minutes}} sans appels. Silence bizarre, tout le monde regarde son écran noir. Puis ça repart d'un coup, {{30 appels}} en attente.",
    ),
    (
        "caf",
        AT,
        "Allocataire très âgée, elle demande qu'on la rappelle. Elle donne son fixe par deux chiffres : « [[TELEPHONE:trois, vingt-six, quatre-vingt-huit, douze, soixante-dix]] ». Conseiller ([[PERSONNE:Yohann]]) : « madame, il manque le zéro, c'est un {{03}} c'est ça ? ». Numéro alloc [[N_ALLOCATAIRE:7265031]], Mme [[PERSONNE:Colinet]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Romilly-sur-Seine}}. Allocataire : M. [[PERSONNE:Fernandez]], déclaré sans ressources. Dans l'entrée, des caisses de vendange empilées. Il explique qu'il a fait les vendanges en {{Côte des Bar}} au noir... puis se reprend : « déclaré ! déclaré ! ». Le contrôleur ([[PERSONNE:Bertrand Hoffmann]]) note, ne commente pas. Après : « il faudra régulariser, c'est tout ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place à {{Sarreguemines}}, [[ADRESSE:17 rue de la Montagne, 57200 Sarreguemines]]. Déclaration de {{3 enfants}} à charge. Contrôleuse : [[PERSONNE:Evelyne Staub]]. Elle vérifie le livret de famille : [[PERSONNE:Lina]] [[DATE_NAISSANCE:2012]], [[PERSONNE:Adam]] [[DATE_NAISSANCE:2015]], [[PERSONNE:Noah]] [[DATE_NAISSANCE:2019]]. L'aînée fait ses devoirs sur la table. Tout est conforme.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Épernay}}. Mme [[PERSONNE:Fatiha Messaoudi]], née en {{Algérie}} en [[DATE_NAISSANCE:juin 1963]], prépare son départ en retraite pour inaptitude, elle a besoin du relevé de ses {{IJ}}. L'agent ([[PERSONNE:Julien]]) imprime, {{NIR}} en en-tête : [[NIR:2 63 06 99 352 076 90]]. Elle demande pourquoi « {{99}} ». « C'est pour les gens nés à l'étranger ». Elle : « on est 99, c'est joli ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}}, accueil sur rdv uniquement depuis {{2023}}. Une dame sans rdv se fait refouler gentiment. Elle pleure. L'agente finit par la prendre « entre deux ». {{10 minutes}}. Personne ne voit rien.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Colmar}}. M. [[PERSONNE:Baumann]] dépose une déclaration d'accident du travail remplie par son employeur ({{Liebherr}}). L'agente ([[PERSONNE:Elodie]]) vérifie le {{NIR}} écrit à la main : [[NIR:174126806602151]]... elle recompte les chiffres deux fois. Bon. « Vous êtes né à Colmar ? » – « à l'hôpital {{Pasteur}} oui ».",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. M. [[PERSONNE:Antoine Rémy]] veut ses remboursements sur un nouveau compte, il lit : « [[IBAN:FR76 1027 8043 5000 0384 6120 906]] ». Conseiller ([[PERSONNE:Benoît]]) : « je ne peux pas le saisir par téléphone, sécurité ». Il lui indique le chemin dans l'appli {{ameli}} : « Mes informations > Coordonnées bancaires ».",
    ),
    (
        "cpam",
        AT,
        "Formation express : la conseillère me montre les {{4 motifs}} les plus fréquents : remboursements, arrêts, carte vitale, {{C2S}}. « {{80 %}} de la journée ». Un appel sur la {{Complémentaire santé solidaire}} dure {{25 minutes}}, la dame avait tout préparé.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Nancy}}. Un monsieur du {{Haut-du-Lièvre}} amène sa femme, chute dans l'escalier (ascenseur en panne depuis {{2 semaines}}). Accueil : « nom ? » – « [[PERSONNE:Benyoucef]], [[PERSONNE:Samira]], née le [[DATE_NAISSANCE:30 septembre 1958]] ». {{IPP}} [[IDENTIFIANT:540087136]]. Il reste debout à côté d'elle tout le temps.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Reims}}, {{dimanche}}. Une équipe de foot amateur entière en salle d'attente : {{1 cheville}}, tous les autres sont venus « en soutien ». Le brancardier : « on fait pas les tribunes ici ». 😂",
    ),
    (
        "urgences",
        AP,
        "{{Épernay}}, urgences. Vendangeur roumain, [[PERSONNE:Marius Ionescu]], piqûre de guêpe, tout gonflé. Le chef de loge, M. [[PERSONNE:Leroy]], donne la carte {{CEAM}} du gars. La secrétaire scanne : n° [[IDENTIFIANT:80642000030412875931]]. « Ils en ont tous une cette année, c'est bien ».",
    ),
    (
        "urgences",
        AT,
        "Une mère appelle les urgences pédiatriques ({{Brabois}}) pour savoir si elle doit venir : son fils [[PERSONNE:Louis]], né en [[DATE_NAISSANCE:2023]], a {{39}} de fièvre. L'{{IDE}} l'oriente vers le {{15}}. Elle rappelle {{10 min}} après : le 15 lui a dit de venir. Elle laisse son numéro pour qu'on la prévienne de l'attente : [[TELEPHONE:06 58 11 27 34]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Haut-Rhin}}, {{19h}}. Jeune homme de {{18 ans}}, mis dehors par son père. L'écoutante ([[PERSONNE:Céline Haas]]) : « prénom ? » – « [[PERSONNE:Kylian]] » – « date de naissance ? » – « le [[DATE_NAISSANCE:3 mars 2007]] ». Majeur depuis {{3 jours}}... Place trouvée au foyer, à {{Colmar}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{2h}} du matin. Calme. L'écoutant lit un polar. Il me dit que la nuit il y a « des vagues » : {{22h}}, {{minuit}}, {{5h}}. Entre les vagues, rien.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Meuse}}. La gendarmerie appelle : une femme et un enfant dorment dans une voiture sur l'{{aire de Verdun-Saint-Nicolas}} ({{A4}}). Immatriculation [[IMMATRICULATION:EL-551-QD]]. L'écoutant ([[PERSONNE:Yves]]) déclenche une mise à l'abri au {{B&B}} de {{Verdun}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite en appartement diffus à {{Orgeval}} avec l'éduc ([[PERSONNE:Margaux]]). Mme [[PERSONNE:Koné]] et ses {{3 enfants}}. Punaises de lit. [[PERSONNE:Margaux]] appelle le bailleur ({{Plurial Novilia}}) devant nous : réf locataire [[IDENTIFIANT:0048217]]. Intervention « sous {{15 jours}} ». Mme [[PERSONNE:Koné]] montre ses bras piqués.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Épernay}}. M. [[PERSONNE:Kevin Lallemand]], {{26 ans}}, demande si les vendanges vont lui faire perdre ses {{ARE}}. Conseiller ([[PERSONNE:Florian]]) : « vous déclarez à l'actu, les jours sont décalés, vous perdez rien ». Identifiant [[ID_FRANCE_TRAVAIL:2284619J]]. Il repart rassuré avec un post-it.",
    ),
    (
        "france_travail",
        AP,
        "{{Sarreguemines}}, agence {{FT}}. Ex-intérimaire de {{Smart}} à {{Hambach}} (devenu {{Ineos}}), [[PERSONNE:Dimitri Schaeffer]]. Il parle allemand, vise les offres côté {{Sarre}}. La conseillère ([[PERSONNE:Sandra]]) lui montre le portail {{EURES}}. Il a déjà un entretien chez {{Bosch}} à {{Hombourg}}. « Je suis venu pour rien en fait ». Non, pour l'inscription 😉",
    ),
    (
        "france_travail",
        AP,
        "Atelier « réussir son entretien » à {{Nancy}}. {{9 participants}}. Jeu de rôle : un monsieur joue le recruteur, il est TRÈS dur. Tout le monde rit. La conseillère prend des notes sur ses formules, « je vais les réutiliser ».",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une femme : « mon mari est à l'hôpital, il peut pas s'actualiser ». Le conseiller ([[PERSONNE:Cyril]]) ne peut pas le faire à sa place... Il note quand meme : [[PERSONNE:Mustafa Demir]], né en [[DATE_NAISSANCE:1979]], identifiant [[ID_FRANCE_TRAVAIL:4472103 R]]. Il envoie un mail interne « situation particulière ». « Je sais pas si ça passera ».",
    ),
    (
        "france_travail",
        AT,
        "Entre deux appels, les conseillers parlent des nouvelles « {{15 heures}} d'activité » du {{RSA}}. Personne ne sait vraiment comment ça va marcher. « On verra en {{janvier}} ».",
    ),
    (
        "france_travail",
        AT,
        "Demandeur d'emploi de {{Fameck}} qui veut recevoir les offres par mail. Il épelle : « [[EMAIL:r.mancini.57@laposte.net]] ». Le conseiller ([[PERSONNE:Olivier]]) : « [[PERSONNE:Mancini]] avec un C ? » Oui. M. [[PERSONNE:Mancini]], soudeur, {{30 ans}} dans la sidérurgie.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Santoni]], née à {{Ajaccio}}, arrivée il y a {{1 mois}}, crée son dossier {{Caf}} à {{Reims}} ({{Croix-Rouge}}). L'agent ([[PERSONNE:Ludovic]]) saisit son numéro de sécu : [[NIR:2 87 10 2A 004 052 59]]. Le système bloque sur « {{2A}} »... Il essaie avec et sans espaces. Ça passe à la {{3e}}. « Ah les {{Corses}} ! » dit-il en riant, elle rit pas.",
    ),
    (
        "caf",
        AP,
        "{{Châlons-en-Champagne}}, {{Caf}}, accueil. Il fait {{31 °C}}, pas de clim. Un ventilateur pour {{2 agents}}. La {{fontaine à eau}} est vide. Un agent va la remplir lui-même avec des bouteilles du {{Carrefour}} d'en face.",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Charleville-Mézières}}, {{lundi}}. Jeune maman, [[PERSONNE:Jessica Prévot]], {{33 ans}}, née ici, vient déclarer une naissance. Elle a oublié son numéro d'alloc mais connaît son {{NIR}} par coeur : [[NIR:2 92 01 08 105 047 46]]. L'agente ([[PERSONNE:Karine]]) retrouve le dossier. Le bébé s'appelle [[PERSONNE:Gabin]]. « Comme l'acteur ? » « Non, comme mon grand-père ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Forbach}}, permanence. Un agent parle turc, une autre arabe, un troisième le platt. « Ici c'est l'{{ONU}} ». Les affiches sont en français et en allemand.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Lunéville}}. M. [[PERSONNE:Mamadou Sy]] apporte un {{RIB}} imprimé pour son {{RSA}}, l'agent ([[PERSONNE:Quentin]]) recopie : [[IBAN:FR76 1100 6000 2051 2073 8461 192]]. Il relit à voix haute chiffre par chiffre, M. [[PERSONNE:Sy]] suit avec son doigt sur le papier. Bonne pratique, je note.",
    ),
    (
        "caf",
        AT,
        "Appel, {{Caf}} du {{Bas-Rhin}}. Mme [[PERSONNE:Scheidecker]] demande un duplicata d'attestation pour sa crèche. N° alloc [[N_ALLOCATAIRE:0917364]]. Conseiller ([[PERSONNE:Alexis]]) : « je vous la mets sur votre espace ». Elle : « j'ai pas d'espace, envoyez sur [[EMAIL:scheidecker.anne@free.fr]] ». Impossible. {{5 minutes}} de négociation.",
    ),
    (
        "caf",
        AT,
        "Double écoute. Le conseiller met l'appel en attente {{12 fois}} en une heure pour vérifier dans {{CRISTAL}}. « Pas le choix, le logiciel rame ». Musique d'attente {{x12}}, je plains les gens.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} aux {{Sénardes}}, {{Troyes}}. M. [[PERSONNE:Amrani]], [[ADRESSE:3 rue Henri Dunant, 10000 Troyes]], vit seul. Le contrôleur ([[PERSONNE:Hervé]]) pose ses questions : compte bancaire, voiture, hébergement de quelqu'un ? Non, non, non. Dans le salon, un diplôme de {{CAP}} {{boulanger}} encadré. Il aimerait reprendre. [[PERSONNE:Hervé]] lui laisse le numéro de {{France Travail}}.",
    ),
    (
        "caf",
        CSP,
        "Débrief dans la voiture du contrôleur ([[PERSONNE:Guillaume]]) entre deux visites. {{3 contrôles}} ce matin, {{1 indu}} de {{2 340 €}} (un salaire pas déclaré). « L'indu c'est pas une sanction, c'est un remboursement ». Il le répète comme un mantra.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Verdun}}. M. [[PERSONNE:Jérôme Mathieu]], {{44 ans}}, militaire à la retraite, veut rattacher sa nouvelle compagne... on ne rattache plus les conjoints depuis la {{PUMa}}. L'agente ([[PERSONNE:Patricia]]) explique. Il sort quand meme sa carte, {{NIR}} [[NIR:1 81 04 55 545 230 96]]. Né à l'hôpital d'ici, dit-il.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Saint-Dié}}. Mme [[PERSONNE:Houillon]], {{41 ans}}, en arrêt long, vient pour une {{ALD}}. L'agent regarde : son médecin n'a pas envoyé le protocole. Son numéro de sécu sur l'écran : [[NIR:2 84 09 88 413 277 91]]. Mutuelle {{Harmonie}}, adhérent n° [[IDENTIFIANT:HM7741029]]. « On relance le médecin ». Elle soupire.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Reims}}. Une borne d'accueil affiche « {{Erreur 404}} ». L'agent la redémarre avec un trombone. Ça marche. Applaudissement d'un monsieur.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une infirmière libérale de {{Rethel}} qui ne reçoit pas ses paiements. La conseillère ([[PERSONNE:Gwendoline]]) la bascule vers le service pro. Avant, elle note son mail : [[EMAIL:ide.hennebert.rethel@gmail.com]]. Mme [[PERSONNE:Hennebert]] a {{400 €}} en attente depuis {{août}}.",
    ),
    (
        "cpam",
        AT,
        "Appel : quelqu'un demande si la {{Cpam}} peut l'aider à trouver un médecin traitant. La conseillère soupire — désert médical ({{Meuse}}), aucun médecin qui prend de nouveaux patients à moins de {{30 km}}. Elle donne la liste des maisons de santé. « C'est tout ce que j'ai ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{IJ}} à {{Thionville}}. Absent. L'agent ([[PERSONNE:Maxime]]) appelle le numéro du dossier : [[TELEPHONE:06 24 90 13 57]]. Répondeur : « Vous êtes bien chez [[PERSONNE:Tony]] ». Il laisse un message neutre. Il me dit qu'il y a {{15 jours}} pour justifier.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle du matin annulé : l'assuré a repris le travail la veille. L'agent coche « sans objet ». On boit un café à la station-service de {{Saint-Avold}}. Il me raconte {{25 ans}} de métier : « j'ai fait que des kilomètres ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Nancy}}, antenne du {{Plateau de Haye}}. Mme [[PERSONNE:Mohammadi]] demande un bon alimentaire. Pas de ressources depuis {{2 mois}} (fin de l'{{ADA}}). L'agente ([[PERSONNE:Hélène]]) note l'adresse : [[ADRESSE:12 avenue Raymond Pinchard, 54000 Nancy]], {{14e étage}}. Bon de {{60 €}} à l'épicerie sociale.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Colmar}}. Guichet unique : CCAS, {{Caf}}, {{Cpam}} en visio sur une borne. Un monsieur parle à l'écran de la Cpam depuis {{10 min}}, il a posé son chapeau à côté du clavier.",
    ),
    (
        "ccas",
        AP,
        "Dossier d'aide sociale à l'hébergement ({{ASH}}) pour l'{{EHPAD}}. Le fils de Mme [[PERSONNE:Moreira]] apporte les papiers. Date de naissance de sa mère : [[DATE_NAISSANCE:08/05/1936]]. L'établissement : {{EHPAD Les Tilleuls}}. Il doit déclarer ses propres revenus (obligation alimentaire). « Ah bon ? moi aussi ? ». Oui. Silence.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Verdun}}. Une dame appelle : sa voisine, Mme [[PERSONNE:Collignon]], ne répond plus depuis {{2 jours}}. Elle laisse son propre numéro : [[TELEPHONE:03 29 86 40 71]]. L'agent ([[PERSONNE:Denis]]) appelle la police municipale tout de suite. (Fin heureuse : Mme [[PERSONNE:Collignon]] était chez sa fille à {{Metz}}.)",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour une demande de secours, {{Épernay}}, quartier {{Bernon}}. M. [[PERSONNE:Wojciechowski]] (« appelez-moi [[PERSONNE:Wojtek]] »), ancien caviste chez {{Moët}}, {{63 ans}}, en invalidité. Il montre son relevé : {{43 €}} sur le compte. La {{TS}} ([[PERSONNE:Coralie]]) photographie le {{RIB}} pour le virement du secours : [[IBAN:FR76 1333 5000 4008 0019 6275 445]].",
    ),
    (
        "ccas",
        CSP,
        "Tournée de portage de repas avec un agent du {{CCAS}}, {{Saint-Dié}}. {{17 repas}}, {{17 portes}}. Chez chaque personne il reste {{2 minutes}}, pas plus, « sinon j'ai fini à {{15h}} ». Mais il connaît tous les chats par leur nom. L'un s'appelle {{Gribouille}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Charleville}}, {{22h}}. Ado de {{Ronde-Couture}} amené par les pompiers, accident de scooter. [[PERSONNE:Rayan Bensalem]], [[DATE_NAISSANCE:11/11/2009]]. Sa mère arrive en courant, l'agente ([[PERSONNE:Laurence]]) la fait asseoir. {{IPP}} créé : [[IDENTIFIANT:08A0415529]]. La police demande la plaque du scooter : [[IMMATRICULATION:GM-742-XA]], au nom du grand frère.",
    ),
    (
        "urgences",
        AP,
        "Box de l'{{IAO}}, {{Sarreguemines}}. Une échelle de douleur de {{0 à 10}} imprimée, usée. Un monsieur dit « {{11}} ». L'infirmière sourit, écrit {{8}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Bar-le-Duc}}. Monsieur âgé, désorienté, arrivé seul en ambulance. Dans son portefeuille, une carte : « en cas d'urgence appeler [[PERSONNE:Christine]] [[TELEPHONE:06 81 55 02 39]] ». La secrétaire appelle, c'est sa fille, elle arrive de {{Nancy}}. Il s'appelle M. [[PERSONNE:Pierson]] — non, [[PERSONNE:Pierrard]], elle corrige.",
    ),
    (
        "urgences",
        AT,
        "Téléphone des urgences, {{Troyes}}. Un {{EHPAD}} appelle pour prévenir d'un transfert. Procédure : fiche de liaison faxée (oui, {{FAX}}, en {{2025}}). Le fax fait un bruit de modem 🤖.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Épinal}}. Admission de M. [[PERSONNE:Mirwais Noori]], {{27 ans}}, réfugié. Il présente sa carte de résident : n° [[IDENTIFIANT:8802193457]]. L'éducatrice ([[PERSONNE:Pauline]]) lui explique le contrat de séjour, article par article. Il signe en persan puis en alphabet latin. « Les deux c'est moi ».",
    ),
    (
        "chrs",
        AP,
        "Le {{CHRS}} fait aussi atelier vélo. Un résident répare un vieux {{Décathlon}} rouillé pour aller bosser à {{6h}} à la plateforme logistique. L'éduc : « le vélo c'est de l'insertion ». Je note.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Marne}}. Une jeune femme hébergée chez une amie doit partir demain. Elle donne l'adresse actuelle pour qu'on vienne la chercher : [[ADRESSE:9 rue des Capucins, 51100 Reims]]. L'écoutante ([[PERSONNE:Maud]]) ne promet rien : « rappelez à {{9h}} ». Elle s'appelle [[PERSONNE:Sonia Cherif]].",
    ),
    (
        "chrs",
        AT,
        "Le {{115}} reçoit un appel d'un hôtel de {{Charleville}} : une famille mise à l'abri a « dépassé la nuit ». Négociation entre l'écoutant et le gérant sur le tarif : {{52 €}} la nuit. « On paie jusqu'à {{lundi}} ». Raccroche.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en diffus à {{Forbach}}. M. [[PERSONNE:Lopes]] a acheté une voiture d'occasion pour aller bosser à {{Sarrebruck}}. Le certificat de cession est sur la table : [[IMMATRICULATION:CQ-867-HN]]. L'éduc ([[PERSONNE:Rémi]]) demande pour l'assurance. Pas encore. « Tu roules pas sans, promis ? » – « promis ».",
    ),
    (
        "chrs",
        CSP,
        "Visite à {{Bar-le-Duc}} : un résident a repeint sa chambre en bleu ({{1 pot}} payé par le {{CHRS}}). Très fier. Il nous fait visiter {{9 m²}} comme si c'était un château.",
    ),
    (
        "france_travail",
        AP,
        "Inscription {{FT}} {{Bar-le-Duc}}. M. [[PERSONNE:Albertini]], {{59 ans}}, né à {{Bastia}}, venu en {{Meuse}} « pour une femme » il y a {{30 ans}}. Le conseiller ([[PERSONNE:Julien Marchal]]) saisit son {{NIR}} : [[NIR:1 66 03 2B 033 009 32]]. Ça coince sur le « {{2B}} » (encore !). Identifiant créé : [[ID_FRANCE_TRAVAIL:7712084T]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Reims}}, {{Wilson}}. Job dating « métiers du champagne » : {{5 maisons}} présentes, {{60 candidats}}. Un recruteur, [[PERSONNE:Grégoire]], me dit qu'il cherche surtout des caristes, et des « remueurs » qui n'existent plus. Il rit tout seul.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Vandœuvre}}. Mme [[PERSONNE:Tran]] veut changer de numéro dans son dossier : nouveau [[TELEPHONE:07 66 03 91 24]]. Identifiant [[ID_FRANCE_TRAVAIL:1190742W]]. Le conseiller ([[PERSONNE:Damien]]) fait la modif en {{30 secondes}}. Elle : « c'est tout ? j'ai attendu {{40 minutes}} pour ça ». Oui.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{FT}}, {{11h}}. Une conseillère raccroche, enlève son casque, respire {{10 secondes}}, remet son casque. Appel suivant. Elle me dira plus tard : « le monsieur d'avant parlait d'en finir ». Protocole : transfert au {{3114}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un frontalier de {{Longwy}} licencié au {{Luxembourg}}. Il donne son matricule luxembourgeois au lieu de l'identifiant {{FT}} : « [[IDENTIFIANT:1981 0714 38215]] ». La conseillère ([[PERSONNE:Manon]]) : « non, celui qui finit par une lettre ». Il cherche... « [[ID_FRANCE_TRAVAIL:3058211P]] ». M. [[PERSONNE:Gaspard]].",
    ),
]

# Notes 176-210.
NOTES_6 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Troyes}}, rdv. M. [[PERSONNE:Patrice Jacquinot]], {{55 ans}}, né à Troyes, ancien de la bonneterie ({{Devanlay}}), demande le {{RSA}} après la fin de ses droits {{ASS}}. L'agente ([[PERSONNE:Nadia]]) remplit avec lui : adresse [[ADRESSE:27 rue de la Paix, 10000 Troyes]], {{NIR}} [[NIR:1 69 11 10 387 083 11]]. « Vous avez un compte bancaire ? » Oui, il tend son {{RIB}} : [[IBAN:FR76 3000 4008 4500 0102 9384 747]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Reims}}. Le mur derrière l'accueil : un poster « {{caf.fr}} : faites vos démarches en ligne » et en dessous un panneau écrit à la main « ICI ON VOUS AIDE QUAND MÊME ». Les deux se regardent.",
    ),
    (
        "caf",
        AT,
        "Allocataire de {{Sedan}}, M. [[PERSONNE:Hubert Lambinet]], veut être rappelé par un conseiller spécialisé (il a une pension belge). Il dicte : « [[TELEPHONE:zéro trois vingt-quatre, vingt-neuf, quarante-sept, zéro huit]] ». Alloc [[N_ALLOCATAIRE:5501826]]. Le conseiller ([[PERSONNE:Benjamin]]) crée une « demande de rappel », délai {{72h}}.",
    ),
    (
        "caf",
        AT,
        "Une allocataire veut envoyer ses justificatifs par mail. Conseillère ([[PERSONNE:Priscilla]]) : « on n'a pas d'adresse mail, madame, c'est par l'espace perso ». L'allocataire dicte quand même la sienne au cas où : « [[EMAIL:cindy.marechal08 at gmail point com]] ». Mme [[PERSONNE:Maréchal]] a l'air de trouver ça absurde. Moi aussi un peu.",
    ),
    (
        "caf",
        CSP,
        "Contrôle au {{Haut-du-Lièvre}}. Allocataire : Mme [[PERSONNE:Aït-Ahmed]], déclarée seule. Le contrôleur ([[PERSONNE:Frédéric Baltzer]]) a un signalement : un véhicule au nom d'un tiers souvent garé devant, [[IMMATRICULATION:FR-629-BZ]]. Elle dit ne pas connaître. Il descend voir : la voiture n'est plus là. Il note « non constaté ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Forbach}}. M. [[PERSONNE:Georges Ferry]], {{66 ans}}, ancien mineur des {{Houillères}}, ne sait plus qui le rembourse depuis la fin du régime minier ({{CANSSM}}). L'agente ([[PERSONNE:Lydie]]) tape le {{NIR}} : [[NIR:1 58 09 57 227 331 18]]. Résultat : géré par la Cpam depuis le transfert. « Ah, enfin quelqu'un qui sait ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Épinal}}. Salle d'attente : une dame tricote. Elle a tricoté pendant {{50 minutes}}. Quand on l'appelle, elle range son ouvrage, dit « j'ai fini une manche ». 🧶",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Une assurée qui habite {{Spicheren}} et travaille à {{Sarrebruck}}, affiliée en {{Allemagne}}, veut se faire soigner en {{France}}. Formulaire {{S1}} enregistré ? La conseillère ([[PERSONNE:Nadine]]) cherche : oui, depuis {{2022}}. Numéro de la caisse allemande noté : [[IDENTIFIANT:K193058247]]. Mme [[PERSONNE:Lang]] demande une confirmation par mail : [[EMAIL:lang.sabine@web.de]]. « Par courrier seulement, madame ». Soupir transfrontalier.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un monsieur qui veut parler « à la même dame que la dernière fois ». Impossible de savoir qui. « Elle avait une voix gentille ». Le conseiller : « on a tous une voix gentille ici monsieur ». Rires.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{IJ}} à {{Lunéville}}. Assurée présente : Mme [[PERSONNE:Chevalier]], née le [[DATE_NAISSANCE:4 janvier 1967]] (l'agent vérifie sur la carte d'identité). Dépression. Elle pleure en ouvrant. L'agent ([[PERSONNE:Cédric]]) reste {{2 minutes}} sur le palier, n'entre pas, lui souhaite bon courage. Dans la voiture : « celle-là je l'aurais pas contrôlée ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Vandœuvre}}. M. [[PERSONNE:Osmani]] demande une aide pour une facture {{Veolia}}, réf client [[IDENTIFIANT:4107 2285 931]]. L'agent ([[PERSONNE:Anthony]]) lui explique le {{FSL}} eau. M. [[PERSONNE:Osmani]] : « je paie tout d'habitude, c'est juste ce mois ». Il montre {{3 ans}} de factures payées.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Châlons}}, inscriptions au voyage des seniors. Destination : {{Colmar}} et son marché de {{Noël}}. {{45 places}}, {{112 demandes}}. Tirage au sort {{jeudi}}, l'agent ([[PERSONNE:Gérard]]) tirera les noms dans un saladier. Une dame : « j'y suis jamais allée, en {{Alsace}} ». Elle a {{81 ans}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Sedan}}. Aide aux obsèques. Mme [[PERSONNE:Bernardin]] a perdu son mari, [[PERSONNE:Roland]]. Les pompes funèbres ({{Roc Eclerc}}) demandent un acompte. L'agente ([[PERSONNE:Josiane]]) monte le dossier, le CCAS paiera directement les pompes funèbres. Mme [[PERSONNE:Bernardin]] tend quand même son {{RIB}}, « au cas où » : [[IBAN:FR76 1670 5090 1708 7312 9016 436]].",
    ),
    (
        "ccas",
        AT,
        "Tel {{CCAS}} {{Reims}}. Une travailleuse sociale de la {{Caf}} appelle pour un dossier commun : famille [[PERSONNE:Traoré]], n° alloc [[N_ALLOCATAIRE:3078415]]. Elle s'appelle [[PERSONNE:Émilie Vogt]], elle envoie les pièces sur la boîte du CCAS. Son mail pro : [[EMAIL:emilie.vogt@caf51.caf.fr]].",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS}} : {{40 appels}} ce matin pour le {{chèque énergie}}. Ce n'est pas le CCAS qui le donne. L'agente a son texte tout prêt : « c'est l'{{État}}, madame, pas nous, le numéro c'est le {{0 805 204 805}} ». Elle le dit en dormant, paraît-il.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} à {{Colmar}}, quartier {{Europe}}. Mme [[PERSONNE:Schwartz]], {{90 ans}}, [[ADRESSE:14 rue de Prague, Colmar]]. Elle vit seule au {{7e}}, ascenseur en panne depuis {{10 jours}}. Elle n'est pas descendue. Le CCAS organise les courses. Elle parle alsacien avec l'agente ([[PERSONNE:Monique]]), moi je souris.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile annulée, la personne est aux urgences. Deuxième visite : personne ne répond. Troisième : un chien qui aboie. Bilan de l'après-midi : {{0 visite}} réalisée, {{64 km}} en voiture de service. L'agente ([[PERSONNE:Sylvie Mathis]]) : « ça c'est le vrai terrain ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Avold}}. M. [[PERSONNE:Burak Aslan]], {{30 ans}}, né en {{Turquie}}, chute sur un chantier. Son employeur n'est pas là. L'agente ([[PERSONNE:Virginie]]) retrouve sa carte vitale : {{NIR}} [[NIR:195089920803159]]. Elle le lit à voix haute pour le dossier, toute la salle entend.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Reims}}. Un patient sourd communique par écrit avec l'agente d'accueil sur un bloc : « [[PERSONNE:LEBLANC Jean-Paul]] né le [[DATE_NAISSANCE:12-04-52]] ». Elle répond en écrivant aussi. Elle me dit qu'il n'y a pas d'interprète {{LSF}} avant {{lundi}}.",
    ),
    (
        "urgences",
        AP,
        "{{4h}} du matin, urgences {{Épernay}}. Un agent de sécu, un infirmier, une aide-soignante et moi. Le distributeur de café est en panne. On partage un paquet de {{Petit Beurre}} apporté par [[PERSONNE:Jordan]], l'infirmier. Silence confortable.",
    ),
    (
        "urgences",
        AT,
        "L'{{EHPAD}} de {{Bar-sur-Aube}} appelle les urgences de {{Troyes}} pour avoir des nouvelles d'une résidente : Mme [[PERSONNE:Thévenot]], [[DATE_NAISSANCE:2 juillet 1931]]. La secrétaire : « elle est en {{UHCD}} ». L'infirmière de l'EHPAD laisse sa ligne directe : [[TELEPHONE:03 25 27 64 10]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'un journaliste local (oui, encore un collègue) qui veut « le temps d'attente moyen ». La secrétaire ([[PERSONNE:Mireille]]) le renvoie vers la com du {{GHT}}. Ça dure {{15 secondes}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Châlons}}. Un résident dort dans sa camionnette dans la cour, par choix. Plaque notée au registre : [[IMMATRICULATION:BX-904-PE]]. Il s'appelle [[PERSONNE:René]] mais tout le monde dit « [[PERSONNE:Papy]] ». {{71 ans}}. Il fait le jardin du foyer. Des tomates partout.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Troyes}}. Entretien {{SIAO}} avec [[PERSONNE:Kévin Bertin]], {{19 ans}}, sorti de l'{{ASE}}. Date de naissance [[DATE_NAISSANCE:21.01.2006]] sur le formulaire. Numéro SIAO [[IDENTIFIANT:10-2025-001452]]. L'éduc ([[PERSONNE:Amélie]]) : « t'as un contrat jeune majeur ? » – « fini ». Silence.",
    ),
    (
        "chrs",
        AP,
        "Bureau des éducs : {{3 ordis}}, {{1 imprimante}}, {{19 classeurs}} de suivi. Sur le tableau : « pas de prénoms sur le tableau !! » ({{RGPD}}). Tout est en initiales et numéros de chambre.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Moselle}}, secteur {{Thionville}}. Un homme, intérimaire au {{Luxembourg}}, dort dans sa voiture (les loyers sont trop chers côté français aussi). « Je gagne {{2 400 €}} et je dors dans ma {{Golf}} ». Plaque : [[IMMATRICULATION:EW-116-GK]]. Prénom : [[PERSONNE:Steve]]. L'écoutant ([[PERSONNE:Karim]]) : « on n'a pas de place pour les gens qui travaillent, c'est affreux à dire ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Vosges}}. Une dame appelle pour son fils de {{23 ans}} qui dort dehors à {{Épinal}}, « vers le port ». Elle habite {{Remiremont}}, elle ne peut pas l'héberger (« il a frappé »). Elle laisse son numéro : [[TELEPHONE:06 37 84 20 15]]. Le fils : [[PERSONNE:Anthony Marchal]]. La maraude passera.",
    ),
    (
        "chrs",
        AT,
        "{{115}} : {{46 appels}} entre {{17h}} et {{21h}}. {{3 places}}. L'écoutante ([[PERSONNE:Ophélie]]) fait le calcul à voix haute et s'arrête. Elle a un mug « Keep calm ». Il est ironique je crois.",
    ),
    (
        "chrs",
        CSP,
        "Visite logement accompagné, {{Charleville}}. [[PERSONNE:Nadia Zaïdi]] a obtenu un appart {{Espace Habitat}}, [[ADRESSE:2 allée Jean Moulin, 08000 Charleville-Mézières]]. L'éduc regarde le budget avec elle : loyer {{410 €}}, {{APL}} {{283 €}}. Prélèvement mis en place sur son compte [[IBAN:FR76 1027 8058 0000 0192 8374 624]]. Elle dit que c'est la première fois qu'elle a « une adresse à moi ».",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Épinal}}. Inscription de M. [[PERSONNE:Jonathan Parmentier]], {{35 ans}}, né à Épinal, bûcheron-élagueur, qui veut un {{CACES}} nacelle. {{NIR}} pour l'inscription : [[NIR:1 90 02 88 160 144 86]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:8830415D]]. La conseillère ([[PERSONNE:Morgane]]) lui trouve une session à {{Golbey}} en {{novembre}}.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Troyes}}, {{mardi}}. Dans le hall, un écran fait défiler des offres : « {{Vendeur H/F}} », « {{Agent de production H/F}} ». Un monsieur lit à voix haute toutes les offres pour sa femme qui ne lit pas le français. Personne ne l'interrompt.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Neuves-Maisons}}. Mme [[PERSONNE:Ludivine Antoine]], ex-opératrice à l'aciérie, veut se reconvertir aide-soignante. Le conseiller ([[PERSONNE:Thibault]]) lui envoie les infos {{IFSI}} par mail : [[EMAIL:ludi.antoine54@sfr.fr]]. « [[PERSONNE:Antoine]] c'est mon nom, pas mon prénom », précise-t-elle, habituée.",
    ),
    (
        "france_travail",
        AT,
        "Appel : [[PERSONNE:Ibrahim Keita]] ne comprend pas pourquoi il n'est pas payé. Identifiant [[ID_FRANCE_TRAVAIL:2017583 L]], né le [[DATE_NAISSANCE:19 mai 1992]]. Le conseiller ([[PERSONNE:Arnaud Wendling]]) voit : {{attestation employeur}} manquante. « C'est votre ancien employeur qui doit l'envoyer ». M. [[PERSONNE:Keita]] : « il a fermé ». Ah.",
    ),
    (
        "france_travail",
        AT,
        "Je demande à [[PERSONNE:Kader]], conseiller, combien dure un appel en moyenne : « {{7 minutes}} ». Je chronomètre les suivants : {{3, 11, 6, 19, 2 minutes}}. La moyenne est juste, les appels non.",
    ),
    (
        "france_travail",
        AT,
        "Frontalier de {{Givet}} qui travaillait en {{Belgique}} ({{Dinant}}). Il veut son chômage sur son compte belge : [[IBAN:BE74 0682 4910 3707]]. La conseillère ([[PERSONNE:Sophie Lemoine]]) : « {{SEPA}}, ok, mais il faut un justificatif au nom du titulaire ». Il rappellera demain. Son numéro : [[TELEPHONE:+32 470 21 84 63]]. M. [[PERSONNE:Dethier]].",
    ),
]

# Notes 211-240.
NOTES_7 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Épernay}}. Mme [[PERSONNE:Laure Didier]], auto-entrepreneuse (ménage chez des vignerons), déclare son chiffre d'affaires pour la {{prime d'activité}}. L'agent ([[PERSONNE:Mickaël]]) demande son {{SIRET}} perso : [[IDENTIFIANT:912 448 307 00014]]. N° alloc [[N_ALLOCATAIRE:2750194]]. Il lui montre l'abattement de {{50 %}} sur le chiffre d'affaires. « Ah c'est pour ça que ça varie ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Colmar}}. M. [[PERSONNE:Florent Muller]] travaille à {{Fribourg}}, il touche le {{Kindergeld}} et se demande qui paie quoi. L'agente ([[PERSONNE:Anne Wolff]]) : « c'est l'{{Allemagne}} qui paie en premier, nous le différentiel ». Il donne son compte allemand : [[IBAN:DE51 5455 0010 0087 3192 64]]. N° alloc [[N_ALLOCATAIRE:6834720]].",
    ),
    (
        "caf",
        AT,
        "Appel, {{Caf}} des {{Ardennes}}. Déménagement à déclarer. M. [[PERSONNE:Pierre Lecomte]], n° alloc [[N_ALLOCATAIRE:4093618]], nouvelle adresse : « [[ADRESSE:3 place Ducale, 08000 Charleville-Mézières]] ». Le conseiller ([[PERSONNE:Rudy]]) : « {{place Ducale}} ? la vraie ? » – « au-dessus de la boulangerie ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle particulier : allocataire hébergée à l'hôtel depuis {{4 mois}}, {{Ibis Budget}} de {{Tinqueux}}, {{chambre 208}}. « Pas une adresse, une situation », me dit le contrôleur ([[PERSONNE:Christophe Rousselot]]). Mme [[PERSONNE:Okafor]] et son fils. Dossier [[N_ALLOCATAIRE:7719043]]. L'{{APL}} ? Non, pas pour un hôtel. Il lui parle du {{SIAO}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Reims}}, permanence à {{Croix-Rouge}}. M. [[PERSONNE:Youssef El Amrani]], {{40 ans}}, né au {{Maroc}}, reçoit depuis {{2019}} des courriers « {{NIR}} en cours de certification ». L'agente ([[PERSONNE:Stéphanie]]) tourne l'écran vers lui : [[NIR:1 85 07 99 350 114 70]], certifié, enfin. Il prend une photo de l'écran avec son tel (elle le laisse faire).",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nancy}}, accueil. Mme [[PERSONNE:Hoarau]] (née à {{La Réunion}}, venue à Nancy pour ses études) arrive avec un jugement : accident de la route, recours contre tiers, {{RG}} [[IDENTIFIANT:23/01874]]. L'agent ([[PERSONNE:Xavier]]) ne sait pas quoi en faire, appelle le service recours. {{12 minutes}} au tel interne. Elle attend, elle sourit, « j'ai l'habitude ».",
    ),
    (
        "cpam",
        AT,
        "Un assuré conteste une facture de l'hôpital ({{CHR Metz-Thionville}}), facture n° [[IDENTIFIANT:F2025-0418772]]. La conseillère ([[PERSONNE:Coralie Mathis]]) explique que la {{Cpam}} ne peut pas annuler une facture d'hôpital. Il veut un mail récapitulatif : [[EMAIL:jm.barthel@wanadoo.fr]]. M. [[PERSONNE:Barthel]] n'est pas content, mais poli.",
    ),
    (
        "cpam",
        AT,
        "Appel : Mme [[PERSONNE:Ngo]] attend un remboursement de lunettes. La conseillère ([[PERSONNE:Delphine]]) voit que le virement est parti sur un compte clôturé, [[IBAN:FR74 2004 1010 1005 8372 1S03 083]]. « C'est mon ancien compte {{Banque postale}} oui ». Nouveau {{RIB}} à déposer sur {{ameli}}. Elle laisse un numéro de rappel : [[TELEPHONE:07 52 38 16 90]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{IJ}} à {{Nouzonville}} (vallée de la {{Meuse}}). L'assuré n'est pas là mais sa voiture est devant : l'agent ([[PERSONNE:Jean-Luc]]) note la plaque, [[IMMATRICULATION:DV-270-SW]], et l'heure, {{10h20}}. Il sonne {{2 fois}}. Rien. « Peut-être qu'il dort. Je note, je juge pas ». Le nom sur la boîte aux lettres : [[PERSONNE:Herbillon]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Thionville}}. M. [[PERSONNE:Kouassi]] vit au foyer {{Adoma}}, [[ADRESSE:4 rue des Jardiniers, 57100 Thionville]]. Il demande une aide pour son abonnement de bus ({{Citéline}}). L'agente ([[PERSONNE:Nathalie Klein]]) : {{50 %}} de réduction, « avec l'attestation {{AAH}} ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Épernay}}, atelier numérique. Une jeune femme, [[PERSONNE:Mélissa]], veut récupérer son compte {{Instagram}} piraté, [[IDENTIFIANT:@meli.ssa_51]]. Le conseiller numérique ([[PERSONNE:Yanis]]) : « c'est pas trop notre mission... bon, on regarde ». {{20 minutes}}. Compte récupéré. Elle l'embrasse presque.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Bar-le-Duc}}, accompagnement {{RSA}}. Référente : [[PERSONNE:Sabine Rollin]]. M. [[PERSONNE:Ferhat]], né en [[DATE_NAISSANCE:mille neuf cent soixante-douze]] (il le dit en toutes lettres, fier), identifiant {{FT}} [[ID_FRANCE_TRAVAIL:5590317H]]. Contrat d'engagement réciproque signé. Objectif n°1 : « trouver un garage pas cher pour ma voiture ».",
    ),
    (
        "ccas",
        AT,
        "Tel {{CCAS}} {{Épinal}}. Un voisin signale un monsieur âgé qui vit dans le noir (électricité coupée) : M. [[PERSONNE:Mougel]], [[ADRESSE:21 rue d'Ambrail, 88000 Épinal]]. L'agente ([[PERSONNE:Noémie]]) prend le numéro du voisin : [[TELEPHONE:06 70 45 93 12]]. Visite prévue demain {{10h}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} à {{Verdun}} chez Mme [[PERSONNE:Gérard]], {{74 ans}}, veuve. Sa voiture ne sert plus, elle veut la vendre pour payer le chauffage. La carte grise traîne sur le buffet : [[IMMATRICULATION:CK-118-VF]]. La {{TS}} ([[PERSONNE:Lucie]]) lui conseille de demander à son neveu. « Il est à {{Marseille}} ». Ah.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Sedan}}. Jeune femme ivoirienne, [[PERSONNE:Adjoua Kouamé]], enceinte, douleurs. Pas de carte vitale, juste son titre de séjour : [[IDENTIFIANT:0803198264]]. L'agente ([[PERSONNE:Corinne]]) : « on vous soigne d'abord, l'{{AME}} on verra ». Elle me dit que les gens ont peur qu'on leur demande des papiers.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Forbach}}. Un {{Allemand}} de {{Sarrebruck}} accompagne son père, malaise en faisant les courses au {{Cora}}. Garé devant l'entrée, plaque allemande [[IMMATRICULATION:SB-KM 418]]. La sécu : « faut déplacer ». Le fils : « Sofort, sofort ». M. [[PERSONNE:Becker]] père est installé en box.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Lunéville}}. Une mamie de {{Baccarat}}, [[PERSONNE:Odette Simonin]], {{93 ans}}, date de naissance sur la carte vitale : [[DATE_NAISSANCE:30/11/1931]]. La secrétaire appelle le fils, numéro dans le dossier : [[TELEPHONE:03 83 74 51 06]]. Le fils dit qu'il arrive dans {{45 minutes}}. Il arrive dans {{2h}}.",
    ),
    (
        "urgences",
        AT,
        "Un gendarme appelle les urgences de {{Verdun}} pour identifier un homme accidenté sans papiers. La secrétaire ([[PERSONNE:Armelle]]) lit les infos de l'{{IAO}} : « homme, la quarantaine, tatouage [[PERSONNE:Jessica]] sur l'avant-bras ». Le gendarme : « ah, [[PERSONNE:Cyril Noël]], on le connaît ». Né le [[DATE_NAISSANCE:25 décembre 1983]], coïncidence paraît-il.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Saint-Dié}}. [[PERSONNE:Théo Grosjean]], {{24 ans}}, veut se réinscrire à {{FT}} depuis l'ordi du foyer. Il ne connaît pas son identifiant, le retrouve sur un vieux courrier : [[ID_FRANCE_TRAVAIL:6627104C]]. L'éducatrice ([[PERSONNE:Justine]]) l'aide à mettre à jour son adresse : « c/o CHRS », pas d'adresse perso. Il rigole : « ma vraie adresse c'est ici ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Reims}}. Mme [[PERSONNE:Bintou Camara]] a besoin d'une adresse mail pour la {{Caf}}. L'éduc ([[PERSONNE:Jérémy]]) l'aide à en créer une : [[EMAIL:bintou.camara51@gmail.com]]. Puis le compte Caf avec son numéro [[N_ALLOCATAIRE:8024561]]. {{45 minutes}} en tout. Elle note le mot de passe dans son carnet, il lui dit de le cacher.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Aube}}, {{23h}}. La police municipale de {{Troyes}} signale une voiture avec une famille dedans, parking des {{Halles}}. Plaque [[IMMATRICULATION:HB-552-AR]]. L'écoutante ([[PERSONNE:Marine]]) cherche, trouve une chambre d'hôtel à {{Saint-André-les-Vergers}}. La famille : M. et Mme [[PERSONNE:Rexhepi]] et {{3 enfants}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Meurthe-et-Moselle}}. Une sortante du {{CPN}} de {{Laxou}} sans solution. L'infirmière appelle pour elle : [[PERSONNE:Josiane Petitjean]], [[DATE_NAISSANCE:11/09/1970]]. Déjà connue du {{SIAO}}, n° [[IDENTIFIANT:54-SIAO-2023-07761]]. L'écoutant ([[PERSONNE:Hugo Marchand]]) trouve une place en halte de nuit. Pas mieux.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en bail glissant, {{Sarreguemines}}. [[PERSONNE:Samir Ouali]], [[ADRESSE:11 rue Pasteur, 57200 Sarreguemines]]. Le loyer est payé au {{CHRS}} par prélèvement sur [[IBAN:FR13 3000 2006 5100 0041 7283 Y85]]. L'éducatrice ([[PERSONNE:Chloé]]) : « dans {{6 mois}} le bail glisse à ton nom ». Il a acheté un cadre pour le mettre au mur.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Sarreguemines}}. Mme [[PERSONNE:Krasniqi]] (prononcer « [[PERSONNE:Krass-nit-chi]] », elle m'apprend) cherche un poste d'agent d'entretien. Identifiant [[ID_FRANCE_TRAVAIL:4830092N]]. Le conseiller ([[PERSONNE:Loris]]) lui propose une {{PMSMP}} à l'{{EHPAD Korian Les Vergers}}. Elle demande si c'est payé. Non. Elle accepte quand même.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Reims}}. M. [[PERSONNE:Valentin Roussel]] vient déclarer un changement de banque (il ne s'en sort pas sur l'appli). Le conseiller ([[PERSONNE:Nassim]]) l'aide sur la borne : identifiant [[ID_FRANCE_TRAVAIL:0954431X]], puis {{IBAN}} [[IBAN:FR76 1470 7000 4203 2194 8701 219]]. Confirmation par {{SMS}}. « C'était facile en fait ». Oui, avec quelqu'un à côté.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Verdun}}, atelier « créer son entreprise ». [[PERSONNE:Cassandra Leroux]] veut ouvrir un salon de toilettage. Elle laisse ses coordonnées à l'intervenant de la {{CCI}} : [[EMAIL:cassandra.toilettage55@gmail.com]], [[TELEPHONE:07 83 20 66 14]]. Son chien, {{Biscotte}}, est sur toutes ses photos de profil.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Nancy}}. M. [[PERSONNE:Kamil Nowicki]], {{31 ans}}, arrivé de {{Pologne}} pour un poste chez {{Saint-Gobain PAM}} à {{Pont-à-Mousson}} qui est tombé à l'eau. Adresse donnée : [[ADRESSE:8 rue Charles III, 54000 Nancy]], chez un ami. Le conseiller ([[PERSONNE:Étienne]]) parle un peu polonais (« ma grand-mère »). Il s'illumine.",
    ),
    (
        "france_travail",
        AT,
        "Appel : Mme [[PERSONNE:Wiśniewska]] épelle son nom : « [[PERSONNE:W-I-S-N-I-E-W-S-K-A]], avec un accent sur le S que personne met ». Identifiant [[ID_FRANCE_TRAVAIL:7301846Y]]. Le conseiller ([[PERSONNE:Timothée]]) ne trouve rien, puis trouve en tapant sans accent. Bingo.",
    ),
    (
        "france_travail",
        AT,
        "Rappel programmé : le conseiller ([[PERSONNE:Fabien]]) compose le numéro noté : [[TELEPHONE:06 19 52 87 30]]. Messagerie. Il rappelle {{10 min}} après. M. [[PERSONNE:Duc Pham]] décroche. Identifiant [[ID_FRANCE_TRAVAIL:3361975 S]]. Sujet : formation soudeur à l'{{AFPA}} de {{Yutz}}. Oui il veut.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur de {{Saint-Avold}} ({{Transports Schmitt & Fils}}) : « votre candidat, [[PERSONNE:Dylan]] quelque chose, il est pas venu ». La conseillère ([[PERSONNE:Roxane]]) retrouve : [[PERSONNE:Dylan Kieffer]]. Elle promet de le recontacter. L'employeur laisse son mail : [[EMAIL:rh.transports.schmitt@orange.fr]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
SEED = 68


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = kept
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind68-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Draw the dev / holdout split from the ids and the cells only."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def print_counts(dev_notes, holdout_notes):
    parts = {"all": dev_notes + holdout_notes, "dev": dev_notes, "holdout": holdout_notes}
    cells = sorted({(n["site_kind"], n["channel"]) for n in parts["all"]})
    print("site_kind x channel: all / dev / holdout")
    for cell in cells:
        counts = [sum((n["site_kind"], n["channel"]) == cell for n in ns) for ns in parts.values()]
        print(f"  {cell[0]:<15} {cell[1]:<21} {counts[0]:>3} {counts[1]:>3} {counts[2]:>3}")
    print("label: all / dev / holdout")
    labels = {k: Counter(e["label"] for n in ns for e in n["entities"]) for k, ns in parts.items()}
    for label in sorted(LABELS):
        print(f"  {label:<18} " + " ".join(f"{labels[k][label]:>3}" for k in parts))
    for key, ns in parts.items():
        without = sum(not n["entities"] for n in ns)
        kept = sum(len(n["keep"]) for n in ns)
        print(f"{key}: {len(ns)} notes, {without} without any entity, {kept} keep entries")


def main():
    notes = build_notes()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev_ids, holdout_ids = split(notes)
    dev_notes = sorted((n for n in notes if n["id"] in dev_ids), key=lambda n: n["id"])
    holdout_notes = sorted((n for n in notes if n["id"] in holdout_ids), key=lambda n: n["id"])
    write(HERE / "dev.jsonl", dev_notes)
    write(HERE / "holdout.jsonl", holdout_notes)
    if "--counts" in sys.argv[1:]:
        print_counts(dev_notes, holdout_notes)


if __name__ == "__main__":
    main()
