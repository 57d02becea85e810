"""Independent evaluation corpus n° 147: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` marks a value to mask, ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids follow the
writing order (``ind147-001`` … ``ind147-240``). Running this file writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (standard library only, deterministic).

Emphasis: what agents say to each other (hand-overs, team meetings, calls between services,
tutors explaining a file, break-room talk) in Normandie and Bretagne.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind147"
SEED = 147

PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

NOTES_1 = [
    # urgences — transmissions, accueil
    (
        "urgences",
        PHY,
        "Transmission de {{7h}} a l'accueil des urgences du {{CHU de Caen}}. L'IOA de nuit ([[PERSONNE:Gwenaelle]]) a l'IOA de jour ([[PERSONNE:Thibaut]]) : « box 3 c'est M. [[PERSONNE:Lemarchand]] non pardon c'est [[PERSONNE:Lemarchand]] tout court, chute dans l'escalier, il attend la radio. Box 5 la petite [[PERSONNE:Inès]], fievre, maman tres inquiete. Et en salle d'attente t'as encore [[PERSONNE:Roger]], tu le connais, il revient tous les jeudis. »",
    ),
    (
        "urgences",
        PHY,
        "{{9h40}} salle d'attente pleine, {{23 personnes}}. Rien de particulier, l'agent d'accueil dit que c'est « un lundi normal ».",
    ),
    (
        "urgences",
        PHY,
        "L'agent lit a voix haute l'ecran pour verifier l'identite : « [[PERSONNE:Nguyen Van Thanh]], ne le [[DATE_NAISSANCE:14/02/1951]], c'est bien vous ? » Le monsieur corrige : c'est [[PERSONNE:Thanh]] le prenom, [[PERSONNE:Nguyen]] le nom. Ils inversent dans le logiciel. Delai : {{6 min}}.",
    ),
    (
        "urgences",
        PHY,
        "Carte vitale pas a jour. Agent : « votre numéro de secu c'est bien [[NIR:1 62 11 29 019 212 82]] ? vous etes ne a {{Brest}} en [[DATE_NAISSANCE:novembre 62]] ? » le patient : oui oui. {{62 ans}}, il a l'air perdu.",
    ),
    (
        "urgences",
        PHY,
        "Releve du cadre de sante a l'equipe de jour, je note vite : [[PERSONNE:Kerhervé]] parti au bloc, Mme [[PERSONNE:Boukhalfa]] en attente de lit en {{cardio}}, le « petit [[PERSONNE:Jordan]] » (habitué) a fugué vers {{4h}}, signalement fait. Le {{SAMU}} a ramené un monsieur sans papiers d'identité, on l'a enregistré sous X.",
    ),
    (
        "urgences",
        PHY,
        "ALCOOLISATION AIGUE {{box 2}}, le monsieur crie. Les agents de securite arrivent. L'{{IDE}} [[PERSONNE:Soizic]] me dit de rester derrière la vitre.",
    ),
    (
        "urgences",
        PHY,
        "Une dame vient chercher son fils, [[PERSONNE:Yanis Haddad]]. L'agent cherche : « j'ai un [[PERSONNE:Haddad Yanis]] ne en [[DATE_NAISSANCE:2008]], IPP [[IDENTIFIANT:P00871432]], il est en {{UHCD}}. » Elle pleure de soulagement.",
    ),
    (
        "urgences",
        PHY,
        "Pause cafe en salle de repos. Les deux ASH parlent de la fete de service, pas des patients. {{Ouest-France}} qui traine sur la table, une tarte aux pommes 🍎. Sauf a la fin : « [[PERSONNE:Josiane]] tu sais que le monsieur du box 4, [[PERSONNE:Le Moal]], il a laissé sa {{C3}} [[IMMATRICULATION:GB-208-TY]] sur la place ambulance ? » 🙄",
    ),
    (
        "urgences",
        PHY,
        "Accident de la route, le pompier donne a l'accueil la plaque du vehicule pour l'assurance : [[IMMATRICULATION:FG-482-KT]]. Conducteur = [[PERSONNE:Loïc Guillou]], {{34 ans}}, passager [[PERSONNE:Hervé]] (nom inconnu pour l'instant).",
    ),
    (
        "urgences",
        PHY,
        "L'interne (Dr [[PERSONNE:Afolabi]]) passe et demande a l'accueil « le monsieur de {{Lisieux}} là, [[PERSONNE:Deschamps]], vous avez un numéro de la famille ? » agent : [[TELEPHONE:02 31 62 48 09]] c'est le fixe de la fille.",
    ),
    ("urgences", PHY, "Attente moyenne affichee a l'ecran : {{4h15}}. Personne ne la regarde."),
    (
        "urgences",
        PHY,
        "Le brancardier [[PERSONNE:Samy]] a l'agent : « ta mamie du box 7, Mme [[PERSONNE:Tréguer]], elle veut son chat, elle dit qu'il s'appelle {{Pompon}} et qu'il est seul a la maison au [[ADRESSE:3 impasse des Goélands, 29200 Brest]] » 😅 L'agent appelle la voisine.",
    ),
    (
        "urgences",
        PHY,
        "Mutuelle : la dame tend sa carte {{Harmonie Mutuelle}}, numéro adherent [[IDENTIFIANT:0047719382]]. Agent saisit, ça bloque, « le logiciel est lent le matin ».",
    ),
    (
        "urgences",
        PHY,
        "tutrice ([[PERSONNE:Nadège]]) m'explique le dossier admin : « tu vois la, [[PERSONNE:Sébastien Le Floch]], arrive par les pompiers, pas de carte vitale, on retrouve le NIR avec l'outil {{CDRi}}, c'est [[NIR:166032923200970]], né a {{Quimper}} en [[DATE_NAISSANCE:mars 66]]. Apres on verifie la {{CSS}}. »",
    ),
    (
        "urgences",
        PHY,
        "Un SDF que tout le monde appelle « [[PERSONNE:Pépito]] » se presente pour la {{3e fois}} de la semaine. L'agente souffle : « on a pas son vrai nom, il donne jamais le meme ».",
    ),
    (
        "urgences",
        PHY,
        "Moment calme. {{11h20}}. L'agent range les bracelets d'identification, il y en a {{200}} par boite.",
    ),
    (
        "urgences",
        PHY,
        "Changement d'equipe a {{13h30}} : « bon, [[PERSONNE:Marie-Thérèse Le Bihan]] toujours en attente ambulance retour {{EHPAD Les Hortensias}}, [[PERSONNE:Diallo]] parti contre avis medical, fiche signee, et le gamin [[PERSONNE:Kylian]] ses parents sont en route depuis {{Saint-Lô}}. »",
    ),
    (
        "urgences",
        PHY,
        "Patient etranger, passeport roumain n° [[IDENTIFIANT:054187236]]. Nom : [[PERSONNE:Ionuț Popescu]]. L'agent epelle : P-O-P-E-S-C-U. Pas de {{CEAM}}.",
    ),
    (
        "urgences",
        PHY,
        "La dame donne son adresse : [[ADRESSE:17 rue Écuyère, 14000 Caen]]. L'agent : « vous etes toujours au meme numero ? [[TELEPHONE:06 48 21 93 07]] ? » oui.",
    ),
    (
        "urgences",
        PHY,
        "affiche au mur : « Toute agression envers le personnel est passible de poursuites ». L'agent me dit que c'est arrivé {{2 fois}} ce mois-ci. La derniere fois c'etait Mr [[PERSONNE:Leroy]], plainte deposée, il a ensuite ecrit a la direction depuis [[EMAIL:leroy.dany@wanadoo.fr]].",
    ),
    (
        "urgences",
        PHY,
        "Les deux IDE se passent le relais devant moi : « [[PERSONNE:Marchetti]] je l'ai perfusé, [[PERSONNE:Bérénice]] la petite de {{12 ans}} elle attend l'echo, et papi [[PERSONNE:Le Cam]] il a refait un malaise »",
    ),
    (
        "urgences",
        PHY,
        "Enregistrement d'un jeune, [[PERSONNE:Mathis Vautier]], né le [[DATE_NAISSANCE:3 octobre 2005]], etudiant a {{Caen}}. Carte etudiante {{Unicaen}}. Ses parents sont a {{Alençon}}.",
    ),
    (
        "urgences",
        PHY,
        "Temps de passage moyen {{5h}}. Une dame s'en va sans avoir vu de medecin. « Je reviendrai demain ». L'agent note « parti sans etre vu ».",
    ),
    (
        "urgences",
        PHY,
        "Régulateur du {{15}} qui appelle le poste IOA en haut-parleur: « je vous envoie Mr [[PERSONNE:Kaya]], douleur thoracique, et derriere une dame de {{Lorient}}, [[PERSONNE:Morvan]], chute. »",
    ),
    (
        "urgences",
        TEL,
        "Appel d'une fille qui cherche sa mere. Agent : « comment elle s'appelle ? » « [[PERSONNE:Fatoumata Keïta]], née en [[DATE_NAISSANCE:1949]] ». Agent : « oui elle est chez nous, je ne peux rien dire de plus par telephone ». {{4 min}}.",
    ),
    (
        "urgences",
        TEL,
        "Appel de l'EHPAD : « c'est [[PERSONNE:Corinne]] de {{Korian Le Clos Fleuri}}, on vous envoie Mme [[PERSONNE:Rivoal]], son dossier de liaison est dans l'ambulance ». Agent repond « ok »..",
    ),
    (
        "urgences",
        TEL,
        "Telephone sonne {{14 fois}} en une heure. {{3}} appels de pharmacies, {{2}} de la {{police}}, le reste des familles. Une m'a marquée : la fille de Mme [[PERSONNE:Angot]] qui appelait de {{Granville}}, elle laisse son fixe, [[TELEPHONE:02 33 50 61 17]].",
    ),
    (
        "urgences",
        TEL,
        "Un homme appelle pour savoir combien de temps d'attente, il est chez lui. Agent : « on ne donne pas de temps d'attente, appelez le {{15}} si c'est grave ».",
    ),
    (
        "urgences",
        TEL,
        "Service de radiologie appelle l'accueil : « t'as le numero de tel du monsieur [[PERSONNE:Bouvier]] ? il est parti avant son {{scanner}} ». Agent lit : « [[TELEPHONE:zéro six, soixante-dix-huit, quarante et un, zéro deux, quinze]] ». ",
    ),
    (
        "urgences",
        TEL,
        "Commissariat de {{Cherbourg}} appelle pour un gardé à vue, [[PERSONNE:Anthony Lecoeur]], certificat de non-admission. L'agent transfere au medecin.",
    ),
    (
        "urgences",
        TEL,
        "Appel d'un medecin traitant, Dr [[PERSONNE:Le Meur]], qui annonce un patient : [[PERSONNE:Ahmed Benali]], {{IPP}} chez nous [[IDENTIFIANT:P00452279]], « il vient pour sa plaie au pied, il est diabetique ». L'agent cree une {{pré-admission}}.",
    ),
    (
        "urgences",
        TEL,
        "Le frere appelle depuis la {{Belgique}}: il donne son numero [[TELEPHONE:+32 472 18 55 09]] et son mail [[EMAIL:dirk.vanderlinden@skynet.be]] pour etre rappelé. Patient = [[PERSONNE:Jan Van der Linden]].",
    ),
    (
        "urgences",
        TEL,
        "Appel silencieux. L'agent raccroche au bout de {{30 secondes}}. « ça arrive souvent »..",
    ),
    (
        "urgences",
        TEL,
        "L'assistante sociale des urgences ([[PERSONNE:Pauline]]) appelle le {{115}} devant moi: « j'ai un monsieur qui sort, M. [[PERSONNE:Ouedraogo]], pas de solution ce soir, vous avez une place sur {{Caen}} ? » reponse : rappel dans {{1h}}.",
    ),
    (
        "urgences",
        TEL,
        "Une {{pharmacie}} appelle pour une ordonnance illisible. Rien sur le patient, juste « le monsieur de {{ce matin}} ».",
    ),
    (
        "urgences",
        TEL,
        "SMUR au telephone : « on arrive dans {{10 min}}, homme {{70 ans}}, [[PERSONNE:Guégan]], vehicule [[IMMATRICULATION:4721 SN 56]] retrouvé dans le fossé ». L'agent note la plaque pour les gendarmes 🚗",
    ),
]

NOTES_2 = [
    # chrs / 115
    (
        "chrs",
        PHY,
        "Rapport de nuit du {{CHRS}} lu a la relève de {{8h}} par le veilleur ([[PERSONNE:Karim]]) : « {{RAS}} jusqu'a {{2h}}. [[PERSONNE:Dédé]] a encore ramené de l'alcool, confisqué. Mme [[PERSONNE:Jacq]] chambre 6 a fait une crise d'angoisse, appel {{SOS Médecins}}. [[PERSONNE:Tiago]] rentré a {{3h15}} sans prevenir. » La cheffe de service note tout dans le cahier.",
    ),
    (
        "chrs",
        PHY,
        "Reunion d'equipe du mardi, {{10h}}. {{6}} educs autour de la table. On passe les situations une par une : [[PERSONNE:Abdoulaye Camara]] → rdv prefecture le {{12}}, [[PERSONNE:Cindy]] → elle veut recuperer ses enfants, audience en {{juin}}, [[PERSONNE:Le Goff]] (le vieux monsieur) → dossier {{EHPAD}} en cours.",
    ),
    (
        "chrs",
        PHY,
        "Salle commune. Un monsieur regarde la tele, {{BFM}}. Personne ne parle. Odeur de café.",
    ),
    (
        "chrs",
        PHY,
        "L'educ ([[PERSONNE:Rozenn]]) m'explique le dossier d'une residente : « [[PERSONNE:Aïcha Benyoucef]], arrivée en {{2022}}, titre de sejour n° [[IDENTIFIANT:1402587613]] qui expire, numero {{SIAO}} [[IDENTIFIANT:SIAO-14-2023-08817]]. Elle bosse en interim a {{Mondeville}}. »",
    ),
    (
        "chrs",
        PHY,
        "Un resident, surnommé « le [[PERSONNE:Breton]] » par tout le monde, aide a porter les cartons de dons du {{Secours populaire}}.",
    ),
    (
        "chrs",
        PHY,
        "Transmission ecrite sur le logiciel, l'educ lit pour moi : « M. [[PERSONNE:Ferhat]] : RSA suspendu, appeler la {{Caf}} (n° alloc [[N_ALLOCATAIRE:2845170]]). Mme [[PERSONNE:Ollivier]] : sortie prevue vers logement {{Brest Métropole Habitat}}, [[ADRESSE:24 rue de Siam, 29200 Brest]]. »",
    ),
    (
        "chrs",
        PHY,
        "{{12 places}}, {{12}} occupées. Liste d'attente de {{40}} personnes d'apres la directrice. « La prochaine qui sort c'est Mme [[PERSONNE:Gourvennec]], et apres je sais pas. »",
    ),
    (
        "chrs",
        PHY,
        "« Tu sais qui c'est [[PERSONNE:Grégory]] ? » demande le veilleur de nuit a la collegue du matin. « Le grand avec le chien ? » « Non ça c'est [[PERSONNE:Steeve]], son chien c'est {{Tyson}}. » Ils rient.",
    ),
    (
        "chrs",
        PHY,
        "Entretien d'accueil. La dame donne sa date de naissance : le [[DATE_NAISSANCE:vingt-deux juin quatre-vingt-un]]. Elle a {{43 ans}}, {{2 enfants}}, vient de {{Lorient}}.",
    ),
    (
        "chrs",
        PHY,
        "L'educ [[PERSONNE:Yannick Quéré]] me dit : « avant on avait {{3}} veilleurs, maintenant {{1}} seul pour tout le batiment ». Il est la depuis {{1998}}.",
    ),
    (
        "chrs",
        PHY,
        "Tableau blanc du bureau des educs (je recopie) :\n- [[PERSONNE:BAH]] → {{CMP}} jeudi\n- [[PERSONNE:Nolwenn]] → {{mission locale}}\n- M. [[PERSONNE:Rault]] → tutelle {{UDAF}}\n- chambre {{9}} → fuite d'eau!!",
    ),
    (
        "chrs",
        PHY,
        "Dejeuner avec l'equipe. On parle du match du {{Stade Brestois}} hier soir. Rien sur le boulot pendant {{20 min}}.",
    ),
    (
        "chrs",
        PHY,
        "Un homme arrive sans rdv. Il a un recepissé {{APS}} n° [[IDENTIFIANT:2906143271]] et dit s'appeler [[PERSONNE:Hamid Rahimi]], afghan, {{27 ans}}. L'educ photocopie.",
    ),
    (
        "chrs",
        PHY,
        "Cheffe de service au telephone avec le {{SIAO 29}}, haut-parleur : « je te libere la place de [[PERSONNE:Sandrine Tanguy]], elle part en {{maison relais}} lundi. Tu peux m'envoyer qui ? » « J'ai Mme [[PERSONNE:Mendy]] et ses deux enfants ». ",
    ),
    (
        "chrs",
        PHY,
        "La residente demande de l'aide pour un mail a la {{Caf}}. Son adresse mail : [[EMAIL:nolwenn.kerbrat29@gmail.com]]. L'educ lui apprend a mettre une piece jointe. 30 min pour un mail.",
    ),
    (
        "chrs",
        PHY,
        "Je note : l'accueil de jour ouvre a {{9h}}, {{35}} passages le matin, café + douches + laverie. Le monsieur de la laverie dit que la machine {{Electrolux}} est en panne depuis {{3 semaines}}.",
    ),
    (
        "chrs",
        PHY,
        "Relève de {{14h}}. [[PERSONNE:Vanessa]] a [[PERSONNE:Olivier]] : « le petit nouveau, [[PERSONNE:Dimitri]], il dort dans sa voiture sur le parking avant d'avoir eu sa chambre, une {{Clio}} grise [[IMMATRICULATION:CK-915-RP]], si la police passe c'est lui ». ",
    ),
    (
        "chrs",
        PHY,
        "Aucune conversation sur les residents pendant ma presence au bureau : l'equipe prepare le repas de Noel, {{14}} inscrits.",
    ),
    (
        "chrs",
        PHY,
        "Un ancien resident passe dire bonjour, il a un CDI chez {{Naval Group}} a {{Cherbourg}}. L'educ est ému. Il s'appelle [[PERSONNE:Jérémy]] mais tout le monde dit « [[PERSONNE:Jerem]] ».",
    ),
    (
        "chrs",
        PHY,
        "Elle me montre le dossier d'une famille ukrainienne : [[PERSONNE:Olena Kovalenko]], née le [[DATE_NAISSANCE:1985-04-19]], {{APS}} [[IDENTIFIANT:5004417823]], {{deux enfants}}. Le mari [[PERSONNE:Andriy]] est resté au pays.",
    ),
    (
        "chrs",
        TEL,
        "Le {{115}} du {{Calvados}}, {{20h}}. L'ecoutant relaie a la maraude : « [[PERSONNE:Fernand]] est au pied de la {{gare de Caen}}, il refuse l'hébergement, passez lui donner une couverture ». ",
    ),
    (
        "chrs",
        TEL,
        "Appel au 115 : un jeune, {{19 ans}}, mis dehors par sa mere. Il donne son nom, [[PERSONNE:Enzo Marie]]. L'ecoutante cherche une place, rien sur {{Saint-Lô}}, {{1}} place a {{Coutances}}.",
    ),
    (
        "chrs",
        TEL,
        "Entre 21h et 22h : {{17}} appels au {{115}}, {{4}} mises a l'abri, {{13}} sans solution. L'ecoutant tape tout dans le logiciel {{SI-SIAO}}. Le dernier, [[PERSONNE:Goulven]], laisse son numero : [[TELEPHONE:06 71 20 48 93]].",
    ),
    (
        "chrs",
        TEL,
        "Relais de nuit du {{115}} (entre l'ecoutante du soir [[PERSONNE:Maëlle]] et celui de nuit [[PERSONNE:Jean-Baptiste]]) : « Mme [[PERSONNE:Said]] rappellera, elle est avec ses {{3 gamins}} au {{McDo}} de {{Lanester}}. [[PERSONNE:Pavel]] : j'ai trouvé une place a l'hotel {{Formule 1}}, chambre {{21}}. Et la [[PERSONNE:Gazelle]] a appelé {{5 fois}}, elle a bu. »",
    ),
    (
        "chrs",
        TEL,
        "Une femme appelle, violences conjugales. L'ecoutant baisse la voix. Elle donne son numero : [[TELEPHONE:07 62 19 84 30]]. Mise a l'abri a {{Vannes}}. Je n'ai pas noté d'autre detail.",
    ),
    (
        "chrs",
        TEL,
        "Appel du commissariat de {{Saint-Brieuc}} au 115 pour un monsieur, [[PERSONNE:Kerdoncuff]], trouvé endormi dans un abribus. Place au {{CHRS}} de la ville.",
    ),
    (
        "chrs",
        TEL,
        "Le 115 rappelle une dame : « allo madame [[PERSONNE:Rakotomalala]] ? oui, on a une place pour ce soir au {{foyer Adoma, chambre 8}} ». Elle pleure au telephone.",
    ),
    (
        "chrs",
        TEL,
        "Pause de l'ecoutant. Il me dit qu'il fait ce boulot depuis {{11 ans}}, qu'il a vu passer « toute la misere de {{Brest}} ». Il me montre sur son tel un ancien hébergé devenu cuistot, [[PERSONNE:Bilal]], qui le suit sur {{Insta}} : [[IDENTIFIANT:@bilal_cuisine_brest]].",
    ),
    (
        "chrs",
        TEL,
        "Un appelant refuse de dire son nom. L'ecoutant insiste pas. « On inscrit {{Monsieur X}}, {{50 ans}} environ ». Pas de place.",
    ),
    (
        "chrs",
        TEL,
        "L'ecoutante lit sa fiche a voix haute pour la verifier avec l'appelant : « [[PERSONNE:BOUZID Rachid]], ne le [[DATE_NAISSANCE:07/01/1979]], vous etiez au [[ADRESSE:camping de Kervilor, emplacement 14]] c'est ça ? » « oui mais ils m'ont viré »",
    ),
    (
        "chrs",
        TEL,
        "Coup de fil entre le {{115}} et l'{{équipe mobile psy}} : « [[PERSONNE:Bernadette]] elle re-dort devant la {{cathédrale}}, elle parle toute seule, tu peux passer demain ? » « on passe a {{10h}} ». ",
    ),
    (
        "chrs",
        TEL,
        "Un homme appelle depuis une cabine (!!) a {{Alençon}}. Il dit que son tel a eté volé. Il donne le numero de son frere pour etre rappelé : [[TELEPHONE:0633871542]].",
    ),
    (
        "chrs",
        TEL,
        "{{22h40}}, appel d'un chauffeur de bus qui signale une femme et un bebe a l'arret {{Place de la République}}. L'ecoutant envoie la maraude de la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        TEL,
        "« Salut c'est [[PERSONNE:Tristan]] de la {{maraude}} » — « vas-y » — « on a vu [[PERSONNE:Momo]], [[PERSONNE:Jacky]] et {{la dame aux chats}}, tout le monde va bien sauf [[PERSONNE:Jacky]] qui tousse. » L'ecoutant: « [[PERSONNE:Jacky]] c'est [[PERSONNE:Lannuzel]] ? » « oui ». ",
    ),
    (
        "chrs",
        TEL,
        "Une mairie de commune rurale appelle le 115 pour une famille qui vit dans une caravane sans electricite, [[ADRESSE:lieu-dit Kerbriant, 56310 Guémené-sur-Scorff]]. Famille [[PERSONNE:Le Dantec]]. L'ecoutant transmet au {{SIAO}}.",
    ),
    (
        "chrs",
        TEL,
        "Le 115 appelle l'hotel {{Ibis budget}} de {{Lorient}} pour prolonger une nuitée : « c'est pour Mr [[PERSONNE:Wojcik]], chambre {{112}}, encore {{3 nuits}} ». Bon de commande n° {{4471}}.",
    ),
    (
        "chrs",
        TEL,
        "Aucune info personnelle dans cet appel : un benevole propose des duvets. {{50}} duvets, livrés demain.",
    ),
    (
        "chrs",
        TEL,
        "L'ecoutant me raconte qu'un appelant lui a donné un jour son {{numero de secu}} entier pour « prouver qui il est ». Il ne l'a pas noté.",
    ),
    (
        "chrs",
        TEL,
        "Appel d'une assistante sociale de {{Cpam}} : « je vous signale M. [[PERSONNE:Bertrand Lhomme]], il sort d'hospit a {{Pontivy}} ce soir, pas de domicile. Son NIR si besoin [[NIR:155077654023031]] ». L'ecoutant : « on n'a pas besoin du NIR, merci ». ",
    ),
    (
        "chrs",
        TEL,
        "Relai 115 → {{CHRS}} de {{Lisieux}} au tel : « je t'envoie [[PERSONNE:Hakim]] et sa copine [[PERSONNE:Lucie]], ils arrivent en voiture, une {{Peugeot 206}} bleue, [[IMMATRICULATION:ed-307-xm]] ». ",
    ),
    (
        "chrs",
        TEL,
        "Appel d'une femme qui veut donner des vetements. L'ecoutant la redirige vers l'{{Armée du Salut}}.",
    ),
    (
        "chrs",
        TEL,
        "Le chef de service du {{115}} a {{Vannes}} fait son point avec l'equipe du soir : « [[PERSONNE:Guillaume]] tu prends les appels, [[PERSONNE:Morgane]] tu fais le lien avec les hotels. Et on rappelle Mme [[PERSONNE:Traoré]] en premier, son numero c'est le [[TELEPHONE:06.41.77.20.85]]. » ",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un appartement diffus du {{CHRS}} a {{Hérouville-Saint-Clair}}. L'educ vérifie l'etat du logement avec le locataire, [[PERSONNE:Moussa Sylla]]. Tout est propre. Il montre fierement sa plante, un {{olivier}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite a domicile chez Mme [[PERSONNE:Hélary]], [[ADRESSE:8 rue du Pont-Neuf, 22000 Saint-Brieuc]]. Frigo vide. L'educ appelle l'{{épicerie sociale}} depuis la cuisine.",
    ),
    (
        "chrs",
        CSP,
        "On va voir un monsieur qui vit dans son camion sur le port de {{Lorient}}, [[IMMATRICULATION:AX 4521 56]] (vieux camion {{Renault}}). Il s'appelle [[PERSONNE:Jo]], {{61 ans}}, ancien marin.",
    ),
    (
        "chrs",
        CSP,
        "Dans la voiture de service, l'educ me parle des {{residents}} sans dire de noms. Elle dit que c'est une regle chez eux.",
    ),
    (
        "chrs",
        CSP,
        "Visite logement accompagné, la locataire ([[PERSONNE:Priscilla Jeanne]]) montre un courrier du bailleur : ref locataire [[IDENTIFIANT:LOC-0049127]], impayé de {{680 €}}. L'educ propose un plan d'apurement.",
    ),
    (
        "chrs",
        CSP,
        "Passage au {{foyer Adoma}} de {{Caen}}, [[ADRESSE:5 rue de la Délivrande]], pour voir [[PERSONNE:Ibrahim]]. Il est pas la. On laisse un mot sous la porte.",
    ),
    (
        "chrs",
        CSP,
        "{{Aire d'accueil}}, visite d'une famille, [[ADRESSE:aire de Kerbernès, place 6]]. La mere ([[PERSONNE:Sabrina Winterstein]]) nous offre un {{café}}. Elle montre le carnet de santé du petit, né le [[DATE_NAISSANCE:2 mars]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un studio, tout va bien. {{20 min}}. Retour au bureau sous la pluie ☔.",
    ),
    (
        "chrs",
        CSP,
        "Sur le trajet l'educ ([[PERSONNE:Clément]]) appelle sa collegue : « je passe chez [[PERSONNE:Lebreton]] d'abord, puis chez la dame de {{Kerfautras}}. Tu peux prevenir [[PERSONNE:Fabienne]] que je serai en retard ? » ",
    ),
    (
        "chrs",
        CSP,
        "Visite chez un couple. Le monsieur, [[PERSONNE:Serge Hamon]], a un {{chien}} nommé {{Rocky}}. La dame s'appelle [[PERSONNE:Patricia]]. Ils montrent une lettre d'{{Enedis}}, coupure prevue.",
    ),
]

NOTES_3 = [
    # caf
    (
        "caf",
        PHY,
        "Accueil {{Caf du Calvados}}, {{8h30}}, deja {{15}} personnes devant la porte. Ticket n° {{A042}}.",
    ),
    (
        "caf",
        PHY,
        "Le conseiller ([[PERSONNE:Mickaël]]) a la dame : « votre numéro allocataire c'est [[N_ALLOCATAIRE:3407712]] ? » « euh je sais plus, j'ai la lettre ». Sur la lettre : num alloc [[N_ALLOCATAIRE:3407712]]. « Ok Mme [[PERSONNE:Le Corre]], on regarde votre {{APL}}. »",
    ),
    (
        "caf",
        PHY,
        "Tuteur ([[PERSONNE:Arnaud]]) m'explique un dossier a l'ecran : « la, [[PERSONNE:Samira Boudjemaa]], dossier [[N_ALLOCATAIRE:2219384]], elle a declaré ses ressources trimestrielles en retard, donc {{RSA}} suspendu. Tu vois le bandeau rouge ? C'est ça. »",
    ),
    (
        "caf",
        PHY,
        "Une jeune femme pleure au guichet, elle a reçu un indu de {{2 300 €}}. Conseillère tres douce. Echéancier sur {{24 mois}}. Apres, a sa collegue : « le dossier de Mlle [[PERSONNE:Hue]], [[N_ALLOCATAIRE:4471290]], faut qu'on regarde l'indu ensemble, je comprends pas d'ou il sort ».",
    ),
    (
        "caf",
        PHY,
        "Un monsieur donne son RIB pour le changement de compte : [[IBAN:FR76 1558 9297 0104 5187 3290 192]]. Conseiller : « {{Crédit Mutuel de Bretagne}} c'est ça ? » oui.",
    ),
    (
        "caf",
        PHY,
        "Entre deux usagers, la conseillere a sa voisine de guichet : « t'as vu [[PERSONNE:Bouchard]] est revenu, le monsieur de {{la semaine derniere}} qui criait ? » « [[PERSONNE:Bouchard]] ou [[PERSONNE:Boucher]] ? » « je sais plus, le grand »..",
    ),
    (
        "caf",
        PHY,
        "Affiche : « Faites vos demarches sur {{caf.fr}} ». {{3}} bornes, {{1}} en panne.",
    ),
    (
        "caf",
        PHY,
        "La dame epelle son nom : « [[PERSONNE:M-B-A-Y-E]], [[PERSONNE:Mbaye]] ». Prenom [[PERSONNE:Awa]]. Née le [[DATE_NAISSANCE:11.09.1990]]. Elle a changé de numero : [[TELEPHONE:07 81 44 02 36]].",
    ),
    (
        "caf",
        PHY,
        "Accueil sur rdv. Un pere seul, {{3 enfants}}, vient pour l'{{ASF}}. Le conseiller calcule, {{187,88 €}} par enfant. Le pere sourit enfin 🙂",
    ),
    (
        "caf",
        PHY,
        "Reunion flash de {{13h15}} entre les conseillers de l'accueil (debout, {{5 min}}) : « on a eu {{62}} passages ce matin. Attention Mme [[PERSONNE:Guérin]] reviendra cet aprem pour son dossier AAH, c'est [[PERSONNE:Laëtitia]] qui le suit. Et [[PERSONNE:Vincent]] tu rappelles le monsieur de {{Bayeux}}, [[PERSONNE:Lepetit]], son num c'est le [[TELEPHONE:02 31 92 05 74]] ». ",
    ),
    (
        "caf",
        PHY,
        "Le monsieur ne parle pas francais. Sa fille de {{10 ans}} traduit. La conseillere s'adresse a la fille. Malaise. La petite lit le RIB de son pere lettre par lettre : [[IBAN:FR76 4255 9100 0008 0241 8603 453]].",
    ),
    (
        "caf",
        PHY,
        "Un etudiant vient pour l'{{APL}} de sa chambre {{Crous}}. Son adresse : [[ADRESSE:Résidence Lebisey, bât. B, 114 rue de Lebisey, 14000 Caen]]. Numero allocataire pas encore attribué.",
    ),
    (
        "caf",
        PHY,
        "Conseillere a l'usager : « redites moi votre date de naissance » — « [[DATE_NAISSANCE:premier avril 77]] » — « ah ça s'oublie pas ». {{Rires}}.",
    ),
    (
        "caf",
        PHY,
        "Je vois l'ecran : nom [[PERSONNE:GUILLEMOT Anne-Sophie]], n° [[N_ALLOCATAIRE:1983306]], {{IBAN}} [[IBAN:FR7630004008210001046831236]], adresse [[ADRESSE:12 bis rue Maréchal Foch, 56100 Lorient]]. La conseillere tourne l'ecran quand elle voit que je regarde.",
    ),
    (
        "caf",
        PHY,
        "Pas d'usager pendant {{12 minutes}}. Les deux agentes parlent du nouveau logiciel {{NIMS}} qui « rame ». « Et [[PERSONNE:Gisèle]] a eu Mme [[PERSONNE:Kermarrec]] au tel, tu sais, celle qui a deux numeros, [[N_ALLOCATAIRE:3015527]] et [[N_ALLOCATAIRE:3015528]] » — « encore ?! »",
    ),
    (
        "caf",
        PHY,
        "Un homme tres en colere : « ça fait {{3 mois}} que j'ai rien ! ». Le vigile s'approche. La conseillere reste calme, trouve le probleme : piece justificative manquante. Il donne son mail pour recevoir la liste : [[EMAIL:sam.lefrancois50@gmail.com]].",
    ),
    (
        "caf",
        PHY,
        "Conseillere au tel avec le {{service contentieux}}, moi a cote : « c'est pour [[PERSONNE:Kévin Hardy]], dossier [[N_ALLOCATAIRE:4108827]], il conteste l'indu, tu peux regarder le PV de controle ? » « je regarde... oui le controleur c'est [[PERSONNE:Didier]] ». ",
    ),
    (
        "caf",
        PHY,
        "Une mamie vient avec une boite a chaussures pleine de papiers. {{45 min}} de tri. Elle s'appelle [[PERSONNE:Germaine]], {{84 ans}}, et elle est de [[DATE_NAISSANCE:1940]] « comme le debut de la guerre ».",
    ),
    (
        "caf",
        PHY,
        "Le conseiller m'explique {{la prime d'activité}}, les {{3 mois}} de reference, le simulateur. Pas d'usager.",
    ),
    (
        "caf",
        PHY,
        "« [[PERSONNE:Tsiory]] ? [[PERSONNE:Tsiory Randrianarisoa]] ? » appelle la conseillere dans la salle. Un jeune homme leve la main. Il vient pour un changement de situation : {{mariage}}.",
    ),
    (
        "caf",
        TEL,
        "Plateforme tel {{Caf}} de {{Saint-Lô}}. Casque sur les oreilles, j'ecoute. Appelant : « mon numero alloc c'est [[N_ALLOCATAIRE:deux millions cinq cent soixante-dix mille quatre cent douze]] ». La conseillere tape [[N_ALLOCATAIRE:2570412]].",
    ),
    ("caf", TEL, "Attente affichée : {{34 appels}} en file. Le superviseur passe dans les rangs."),
    (
        "caf",
        TEL,
        "Appel d'une dame qui veut changer son RIB. Conseillere : « je ne peux pas par tel, faut passer par l'espace {{Mon Compte}} ». La dame donne quand meme son IBAN : [[IBAN:FR76 1130 6000 8760 2188 4401 530]]. La conseillere ne le saisit pas.",
    ),
    (
        "caf",
        TEL,
        "Entre deux appels, la conseillere [[PERSONNE:Joëlle]] a son voisin : « j'ai encore eu Mme [[PERSONNE:Quintin]], la dame qui appelle tous les jours, ça fait la {{4e}} fois cette semaine ».",
    ),
    (
        "caf",
        TEL,
        "Appelant : « je suis [[PERSONNE:Abdelkader Ziani]], mon mail c'est [[EMAIL:abdel.ziani [at] orange.fr]] mais je le regarde pas ». La conseillere met a jour.",
    ),
    (
        "caf",
        TEL,
        "Appel d'un travailleur social du {{CCAS}} d'{{Alençon}} : « je t'appelle pour M. [[PERSONNE:Da Silva]], allocataire [[N_ALLOCATAIRE:0912765]], on a fait une demande d'aide, il faut que tu debloques l'APL ». La conseillere : « je transmets au service ». ",
    ),
    (
        "caf",
        TEL,
        "{{11 min}} d'appel pour expliquer a une dame que la {{prime de Noël}} est versée automatiquement. Elle raccroche contente.",
    ),
    (
        "caf",
        TEL,
        "Appelant donne son adresse pour un changement : « [[ADRESSE:Kerampont, 22300 Lannion]] — non pardon [[ADRESSE:7 hameau de Kerampont, 22300 Lannion]] ». La conseillere note la seconde.",
    ),
    (
        "caf",
        TEL,
        "La superviseure (Mme [[PERSONNE:Lebas]]) fait le point a {{11h}} : taux de decroché {{58 %}}. « On fait mieux que la semaine derniere ». Personne ne parle d'usager.",
    ),
    (
        "caf",
        TEL,
        "Un pere appelle pour sa fille de {{20 ans}} etudiante a {{Rennes}}. La conseillere refuse de donner des infos : « elle est majeure monsieur ». Il donne quand meme le nom et le mail de sa fille, [[PERSONNE:Léa Bouvet]], [[EMAIL:lea.bouvet.35@icloud.com]], « pour qu'elle la rappelle ».",
    ),
    (
        "caf",
        TEL,
        "Appel : « c'est pour mon dossier, [[N_ALLOCATAIRE:5531908]], je suis Mme [[PERSONNE:Lozach]], ne le [[DATE_NAISSANCE:18 août 1972]] » (verif identité en 2 questions). Puis question sur l'{{AAH}}.",
    ),
    (
        "caf",
        TEL,
        "Une dame appelle en pleurs, sa fille est en {{Martinique}}, elle veut savoir si elle garde ses allocs. {{15 min}}.",
    ),
    (
        "caf",
        TEL,
        "Transfert d'appel au {{service controle}} : « je te passe M. [[PERSONNE:Legrand]], il demande qui est le controleur qui est venu chez lui... c'etait [[PERSONNE:Stéphane]] je crois ». ",
    ),
    (
        "caf",
        TEL,
        "Appelant {{malentendant}}, c'est son fils qui parle, [[PERSONNE:Nathan]], et qui donne le numéro de son pere : [[TELEPHONE:+33 6 52 18 77 40]].",
    ),
    (
        "caf",
        CSP,
        "Controle sur place a {{Cherbourg-en-Cotentin}}, chez Mme [[PERSONNE:Duval]], [[ADRESSE:31 rue Tour-Carrée, 50100 Cherbourg-en-Cotentin]]. Le controleur ([[PERSONNE:Patrick Lemoine]]) verifie la composition du foyer : isolement declaré. Il regarde la salle de bains : {{2 brosses a dents}}.",
    ),
    (
        "caf",
        CSP,
        "Dans la voiture, le controleur m'explique : « on vient pour un signalement, je te dis pas d'ou. On regarde les {{boites aux lettres}}, les noms sur la {{sonnette}} ». Pas de nom cité.",
    ),
    (
        "caf",
        CSP,
        "Sonnette : « [[PERSONNE:HENRY]] / [[PERSONNE:MOREAU]] ». Le controleur note les deux noms. Devant la maison une {{Twingo}} immatriculée [[IMMATRICULATION:GD-114-LS]] et une moto [[IMMATRICULATION:AB-702-QE]].",
    ),
    (
        "caf",
        CSP,
        "Controle chez un couple. Monsieur ([[PERSONNE:Gilles Renouf]]) montre son bulletin de salaire {{Leclerc}}, {{1 480 €}} net. Le controleur prend en photo. Madame s'appelle [[PERSONNE:Sylvie]], née [[PERSONNE:Poirier]].",
    ),
    (
        "caf",
        CSP,
        "Controleur au tel avec son collegue du bureau : « tu peux me sortir le dossier [[N_ALLOCATAIRE:6027341]] ? c'est [[PERSONNE:Mbemba]], j'y suis, il y a un monsieur qui n'est pas declaré ». « Je regarde ». ",
    ),
    (
        "caf",
        CSP,
        "Visite a [[ADRESSE:La Haute Folie, 61400 Mortagne-au-Perche]] chez M. [[PERSONNE:Boulanger]]. Ferme isolée, {{3 chiens}}. Il vit seul, aucune fraude.",
    ),
    (
        "caf",
        CSP,
        "Le controleur m'explique qu'il fait {{4}} visites par jour, qu'il a {{200 km}} dans la journée. La voiture de service est une {{Zoé}}.",
    ),
    (
        "caf",
        CSP,
        "Controle : la dame montre son bail et sa quittance. Bailleur {{Partélios Habitat}}, ref locataire [[IDENTIFIANT:0128-44910-03]]. Loyer {{412 €}}.",
    ),
    (
        "caf",
        CSP,
        "Retour au bureau. Le controleur redige. Il dicte presque : « Mme [[PERSONNE:Lucas Nathalie]], {{vie maritale}} non etablie, {{RAS}} ». ",
    ),
    (
        "caf",
        CSP,
        "Controle chez une auto-entrepreneuse (coiffure a domicile), [[PERSONNE:Élodie Lesage]]. Son SIRET perso : [[IDENTIFIANT:852 419 337 00018]]. Chiffre d'affaires {{2 400 €}} par trimestre.",
    ),
]

NOTES_4 = [
    # cpam
    (
        "cpam",
        PHY,
        "Accueil {{Cpam}} de {{Vannes}}, {{9h}}. File de {{11}} personnes. L'agent d'orientation demande a chacun « c'est pour quoi ? » et oriente vers les bornes {{Ameli}}.",
    ),
    (
        "cpam",
        PHY,
        "Une dame donne sa carte vitale abimée. L'agent lit son NIR a voix haute pour verifier : « [[NIR:2 73 04 56 260 156 14]] ». Elle confirme, née a {{Vannes}} en [[DATE_NAISSANCE:avril 73]]. Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        "cpam",
        PHY,
        "Tutrice ([[PERSONNE:Véronique]]) me montre l'ecran : « tu vois [[PERSONNE:Rémi Jaouen]], il a deux NIR, un provisoire et un definitif, on doit fusionner. Le bon c'est [[NIR:199021436614026]], ne a {{Lisieux}} ». ",
    ),
    (
        "cpam",
        PHY,
        "Un monsieur demande la {{C2S}}. L'agent liste les pieces : avis d'imposition, RIB, justificatif de domicile. Il n'a rien, juste une photo de son RIB sur son tel : [[IBAN:FR7615589226100772501314401]]. Rdv dans {{15 jours}}.",
    ),
    (
        "cpam",
        PHY,
        "L'agent a sa collegue, pendant qu'il n'y a personne : « [[PERSONNE:Ludo]] m'a dit que la dame de {{ce matin}}, Mme [[PERSONNE:Henaff]], elle a eu son {{remboursement}} finalement » — « ah tant mieux ». ",
    ),
    (
        "cpam",
        PHY,
        "Femme turque, {{43 ans}}, née le [[DATE_NAISSANCE:9 décembre 1981]] a {{Izmir}}. L'agent verifie son NIR : [[NIR:2 81 12 99 208 051 60]]. Elle demande ou en est sa pension d'invalidité.",
    ),
    (
        "cpam",
        PHY,
        "Borne {{Ameli}} en panne. Une affichette « HORS SERVICE » scotchée. L'agent dit que c'est comme ça depuis {{lundi}}.",
    ),
    (
        "cpam",
        PHY,
        "Un jeune veut son {{attestation de droits}}. L'agent imprime. Nom sur la feuille : [[PERSONNE:Lucas Pellerin]], adresse [[ADRESSE:4 allée des Camélias, 56000 Vannes]].",
    ),
    (
        "cpam",
        PHY,
        "Dialogue a l'accueil :\n— c'est pour mon {{arret maladie}}\n— vous avez l'{{avis d'arret}} ?\n— non mon medecin l'a envoyé\n— alors ça arrive tout seul monsieur\n— ah bon 🤷",
    ),
    (
        "cpam",
        PHY,
        "Reunion d'equipe de l'accueil a {{12h30}}, la responsable (Mme [[PERSONNE:Caradec]]) : « petite alerte, [[PERSONNE:Gaëtan]] a eu un monsieur agressif hier, Mr [[PERSONNE:Poulain]], il revient jeudi, on le recoit a deux ». Puis on parle des conges.",
    ),
    (
        "cpam",
        PHY,
        "La dame donne son mail pour creer son compte {{Ameli}} : [[EMAIL:m.lebourhis56@laposte.net]]. L'agent lui cree le compte sur place, {{8 min}}.",
    ),
    (
        "cpam",
        PHY,
        "Un papi ne comprend pas pourquoi sa {{mutuelle}} ne rembourse pas. L'agent lui explique que c'est pas la Cpam. Numero adherent {{MGEN}} : [[IDENTIFIANT:1780022591]].",
    ),
    (
        "cpam",
        PHY,
        "Pas d'usager pendant la demi-heure. L'agent range les formulaires {{Cerfa 12541}} et {{S3704}}.",
    ),
    (
        "cpam",
        PHY,
        "IBAN pour les remboursements, lu a voix haute par l'agent : « [[IBAN:FR76 3000 3019 3000 0502 7331 813]], c'est bien le nouveau ? » — « oui a la {{Société Générale}} ». Madame [[PERSONNE:Le Roux]].",
    ),
    (
        "cpam",
        PHY,
        "Un homme d'origine comorienne, [[PERSONNE:Said Abdallah Mohamed]], demande l'{{AME}} pour sa femme. L'agent explique la difference avec la {{PUMa}}. Passeport de la femme n° [[IDENTIFIANT:CM4417209]].",
    ),
    (
        "cpam",
        PHY,
        "L'agent d'accueil m'explique qu'elle a grandi a {{Lanester}}, que son pere etait a l'{{Arsenal}}. Elle parle de {{Jean-Yves Le Drian}} qui venait a la fete du quartier.",
    ),
    (
        "cpam",
        TEL,
        "Plateforme {{3646}} ({{Cpam}} de {{Brest}}). Appelant : « mon numero de secu c'est [[NIR:un, soixante-deux, onze, vingt-neuf, zéro dix-neuf, deux cent douze, quatre-vingt-deux]] ». La conseillere tape, trouve le dossier.",
    ),
    (
        "cpam",
        TEL,
        "{{42 appels}} en attente. Temps moyen {{7 min}}. La conseillere enchaine sans pause.",
    ),
    (
        "cpam",
        TEL,
        "Appel d'un {{kiné}} (M. [[PERSONNE:Quéméner]]) sur un rejet de facture, n° de facture [[IDENTIFIANT:F2024-00917]], patient [[PERSONNE:Le Bras]]. La conseillere transfere au {{service pro}}.",
    ),
    (
        "cpam",
        TEL,
        "Appel : « je suis [[PERSONNE:Amandine Roussel]], je vous appelle pour ma fille [[PERSONNE:Lou]], née le [[DATE_NAISSANCE:28/06/2019]], elle est pas sur ma {{carte vitale}} ». {{Rattachement enfant}} fait.",
    ),
    (
        "cpam",
        TEL,
        "Deux conseilleres se passent un dossier complique, l'une dit : « [[PERSONNE:Ngoma]], tu connais ? le monsieur avec les IJ bloquées, il rappelle tous les jours. Son NIR c'est [[NIR:179019935011870]], né au {{Maroc}} ». L'autre : « ah oui [[PERSONNE:Ngoma]], je l'ai eu hier ».",
    ),
    (
        "cpam",
        TEL,
        "Une dame demande comment on fait pour la {{carte européenne}}. Reponse : sur {{Ameli}}, {{2 semaines}}. Elle part voir sa fille a {{Lisbonne}}. Elle lit son numero sur sa carte : [[NIR:2 58 05 22 278 301 28]], née a {{Saint-Brieuc}} en [[DATE_NAISSANCE:mai 1958]]. Appel de {{3 min}}.",
    ),
    (
        "cpam",
        TEL,
        "La conseillere demande le numero de telephone pour rappel : « [[TELEPHONE:06 27 91 40 53]] » puis l'email « [[EMAIL:jeanmichel.lerouxel@free.fr]] ».",
    ),
    (
        "cpam",
        TEL,
        "Appel d'un hopital ({{CH de Saint-Lô}}) pour un patient sans droits ouverts : « [[PERSONNE:Kylian Hébert]], NIR [[NIR:101095012908773]] ». La conseillere ouvre les droits en urgence.",
    ),
    (
        "cpam",
        TEL,
        "Appelant tres agressif. La conseillere coupe le micro et souffle. Puis reprend. {{12 min}}. Pas de nom donné.",
    ),
    (
        "cpam",
        TEL,
        "Appel d'une assistante sociale du {{CHU}} de {{Rouen}} : « c'est [[PERSONNE:Bérangère]], j'ai Mme [[PERSONNE:Lefebvre]] chez moi, elle a perdu ses papiers, ancienne adresse [[ADRESSE:22 rue du Gros-Horloge, 76000 Rouen]] ». ",
    ),
    (
        "cpam",
        TEL,
        "Brief de la superviseure au debut du service : nouvelle consigne sur les arrets de travail, {{3 points}}. Personne de nommé.",
    ),
    (
        "cpam",
        TEL,
        "Un monsieur appelle pour son remboursement d'optique chez {{Optic 2000}}. {{95 €}} rembourses sur {{320 €}}. Il est pas content.",
    ),
    (
        "cpam",
        TEL,
        "La conseillere au tel avec la {{Carsat}} (ligne partenaire) : « c'est pour Mr [[PERSONNE:Jégou]], [[NIR:184062A00407770]], il passe en invalidité le {{1er mars}}, né a {{Ajaccio}} en [[DATE_NAISSANCE:juin 84]] ». ",
    ),
    (
        "cpam",
        TEL,
        "Appelant : « vous pouvez me rappeler au [[TELEPHONE:zero deux quatre-vingt-dix-sept, trente-quatre, douze, cinquante-neuf]] ? » La conseillere note [[TELEPHONE:02 97 34 12 59]].",
    ),
    (
        "cpam",
        CSP,
        "Controle a domicile d'un arret maladie avec l'agent assermentée ([[PERSONNE:Christelle Morin]]). Monsieur absent a {{10h}}, hors heures de sortie. Avis de passage laissé dans la boite. Sur la boite : [[PERSONNE:J. TOUTAIN]].",
    ),
    (
        "cpam",
        CSP,
        "Visite chez Mme [[PERSONNE:Lemaître]], [[ADRESSE:9 rue du Docteur Laënnec, 14100 Lisieux]], pour un controle d'arret. Elle est au lit, {{plâtre}}. {{RAS}}.",
    ),
    (
        "cpam",
        CSP,
        "L'agente m'explique les heures de sortie autorisées : {{9h-11h}} et {{14h-16h}}. On attend dans la voiture devant l'immeuble. Le monsieur controlé arrive en scooter, [[IMMATRICULATION:EZ-471-HD]], a {{10h40}}. L'agente note l'heure.",
    ),
    (
        "cpam",
        CSP,
        "Controle : le monsieur en arret travaille dans son {{garage}}, une voiture sur le pont immatriculée [[IMMATRICULATION:DR-663-HN]]. Il dit que c'est « celle de mon {{beau-frere}} ». Agente note tout.",
    ),
    (
        "cpam",
        CSP,
        "Dans la voiture l'agente appelle le {{medecin conseil}} : « Docteur [[PERSONNE:Hamelin]] ? c'est pour Mr [[PERSONNE:Vasseur]], il etait pas la, je fais le rapport ». ",
    ),
    (
        "cpam",
        CSP,
        "Visite annulée, la personne a repris le travail. On rentre a {{Alençon}} par la {{N12}}.",
    ),
]

NOTES_5 = [
    # ccas
    (
        "ccas",
        PHY,
        "{{CCAS}} de {{Caen}}, accueil. Une dame vient pour une aide alimentaire. L'agent lui donne un bon pour l'épicerie sociale de la {{Grâce de Dieu}}. {{10 min}}. Il verifie que le secours de {{80 €}} est bien parti sur son compte, [[IBAN:FR76 1660 6100 2000 7143 9021 825]].",
    ),
    (
        "ccas",
        PHY,
        "Tuteur ([[PERSONNE:Franck]]) m'explique sa pile de dossiers : « Mme [[PERSONNE:Beaufils]], domiciliation, elle recoit son courrier ici. [[PERSONNE:Tahar]], pareil. Et la famille [[PERSONNE:Rasolofo]] on attend la reponse du {{FSL}} ». ",
    ),
    (
        "ccas",
        PHY,
        "Demande d'election de domicile. Le monsieur, [[PERSONNE:Abdou Ndiaye]], né le [[DATE_NAISSANCE:12/05/1988]] a {{Dakar}}, donne un numero de portable [[TELEPHONE:07.53.28.61.94]].",
    ),
    (
        "ccas",
        PHY,
        "Dans la salle d'attente, affiche du {{Plan grand froid}}. {{3}} personnes attendent. Un monsieur dort sur sa chaise.",
    ),
    (
        "ccas",
        PHY,
        "Reunion de la commission des aides facultatives, {{14h}}. On passe {{18}} dossiers en {{1h}}. Je note ce qu'on dit : « dossier [[PERSONNE:Leclerc]], aide de {{150 €}} pour la facture {{EDF}}, ref client [[IDENTIFIANT:EDF-6004718823]], accordé. Dossier Mme [[PERSONNE:Oztürk]], refus, elle a deja eu une aide en {{mars}} ».",
    ),
    (
        "ccas",
        PHY,
        "Un vieux monsieur vient demander le portage de repas. {{89 ans}}. Il vit seul a {{Saint-Lô}}, [[ADRESSE:6 rue du Belle, 50000 Saint-Lô]]. Sa fille est a {{Paris}}.",
    ),
    (
        "ccas",
        PHY,
        "L'agente d'accueil a sa collegue en passant : « [[PERSONNE:Mireille]] est revenue pour son dossier {{MDPH}}, je l'ai mise dans le bureau 2 » — « ok j'arrive ». ",
    ),
    (
        "ccas",
        PHY,
        "Dossier MDPH : numero de dossier [[IDENTIFIANT:MDPH14-2024-031877]] au nom de [[PERSONNE:Thomas Lesueur]]. Sa mere l'accompagne. Il a {{19 ans}}.",
    ),
    (
        "ccas",
        PHY,
        "Rien a signaler pendant {{30 min}} : l'agent fait du classement. Elle me parle de son fils qui joue au {{Stade Malherbe}}.",
    ),
    (
        "ccas",
        PHY,
        "Une jeune mere, [[PERSONNE:Océane]], vient demander une aide pour le lait. Son n° {{Caf}} : [[N_ALLOCATAIRE:7721045]]. L'agent regarde sur {{CDAP}}.",
    ),
    (
        "ccas",
        PHY,
        "L'assistante sociale m'explique la {{domiciliation}} a [[PERSONNE:Fouad]] : « tu vois, l'adresse qu'il met partout c'est celle du {{CCAS}}, c'est pas chez lui ». Il dort « chez des potes ».",
    ),
    (
        "ccas",
        PHY,
        "Un homme demande de l'aide pour remplir son dossier {{France Travail}}. Identifiant : [[ID_FRANCE_TRAVAIL:4821307K]]. Mot de passe oublié. {{20 min}} pour le reinitialiser.",
    ),
    (
        "ccas",
        PHY,
        "ENORME file ce matin, {{27}} personnes, c'est le jour des colis. Le benevole de l'{{Epicerie solidaire}} crie les numeros de ticket.",
    ),
    (
        "ccas",
        PHY,
        "Entretien : la dame a des dettes de loyer chez {{Inolya}}, numero de locataire [[IDENTIFIANT:INO-330145-B]]. Elle vit [[ADRESSE:11 avenue de Normandie, 50100 Cherbourg-en-Cotentin]] avec ses {{4 enfants}}.",
    ),
    (
        "ccas",
        PHY,
        "Pause café, l'equipe parle d'[[PERSONNE:Yvon]], un usager decedé {{la semaine derniere}}. L'agente a les larmes aux yeux. « Il passait tous les {{mardis}} ». ",
    ),
    (
        "ccas",
        PHY,
        "Le monsieur montre un courrier d'huissier, RG [[IDENTIFIANT:24/01873]]. Expulsion prevue. L'agent appelle l'{{ADIL}}.",
    ),
    (
        "ccas",
        TEL,
        "L'agent du {{CCAS}} d'{{Alençon}} appelle le {{CCAS}} de {{Flers}} : « j'ai un monsieur qui vient de chez vous, [[PERSONNE:Boucherot]], [[PERSONNE:Francis]], vous l'aviez domicilié ? » « oui jusqu'en {{janvier}} ». ",
    ),
    (
        "ccas",
        TEL,
        "Une dame appelle pour la navette des seniors. Inscription : jeudi {{10h}}, {{marché}}. Le numero de la dame : [[TELEPHONE:02 33 26 48 71]].",
    ),
    (
        "ccas",
        TEL,
        "Appel d'un bailleur ({{Orne Habitat}}) : « je vous signale Mme [[PERSONNE:Chevalier]], {{3 mois}} d'impayés, ref [[IDENTIFIANT:OH-0072-5518]] ». L'agent prend note.",
    ),
    ("ccas", TEL, "Appel : une dame demande les horaires. {{8h30-12h}}, {{13h30-17h}}. Fini."),
    (
        "ccas",
        TEL,
        "Telephone entre la conseillere du {{CCAS}} et l'assistante sociale du {{Département}} : « tu suis toujours [[PERSONNE:Kouassi]] ? » « oui, [[PERSONNE:Serge Kouassi]], il a un rdv chez moi lundi ». « Ok je lui dis ». ",
    ),
    (
        "ccas",
        TEL,
        "Un fils appelle pour sa mere, Mme [[PERSONNE:Pasquier]], née le [[DATE_NAISSANCE:3 février 1936]], qui ne mange plus. L'agent propose une visite de l'equipe {{APA}}.",
    ),
    (
        "ccas",
        TEL,
        "L'agent rappelle un monsieur : « M. [[PERSONNE:Ben Amor]] ? Votre dossier d'aide est passé, {{200 €}} ». Le monsieur : « merci merci ». ",
    ),
    (
        "ccas",
        TEL,
        "Appel d'une benevole des {{Restos du Cœur}} qui demande si le CCAS peut preter une salle. Oui le {{12}}.",
    ),
    (
        "ccas",
        TEL,
        "Appelant donne son mail pour recevoir le {{formulaire}} : [[EMAIL:k.lemonnier(at)sfr.fr]]. Il s'appelle [[PERSONNE:Kévin Lemonnier]].",
    ),
    (
        "ccas",
        TEL,
        "La responsable appelle sa collegue de l'{{accueil de jour}} : « tu as vu la [[PERSONNE:Puce]] ce matin ? elle devait venir signer ». « Non pas vu ». ",
    ),
    (
        "ccas",
        CSP,
        "Visite a domicile pour une evaluation {{APA}} chez M. [[PERSONNE:Ménard]], [[ADRESSE:2 chemin des Pommiers, 14130 Pont-l'Évêque]]. Maison tres froide. Il chauffe avec un poele a petrole.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez une dame seule. Elle nous montre les photos de ses petits-enfants. Elle a {{92 ans}}. Pas de nom, l'agent dit juste « madame ».",
    ),
    (
        "ccas",
        CSP,
        "Visite chez Mme [[PERSONNE:Guillard]] pour verifier l'etat du logement (signalement insalubrité). Moisissures partout. L'agent appelle le {{service hygiène}}. Sa voiture devant, [[IMMATRICULATION:5932 VK 61]], ne roule plus.",
    ),
    (
        "ccas",
        CSP,
        "Dans la voiture l'agent appelle le bureau : « [[PERSONNE:Nadia]] tu peux sortir le dossier [[PERSONNE:Guillard]] ? son numero alloc c'est [[N_ALLOCATAIRE:3902816]] je crois ». ",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un couple de retraités a {{Ouistreham}}. Le monsieur ([[PERSONNE:Roland]]) montre sa facture {{Veolia}}, {{430 €}}, facture n° [[IDENTIFIANT:VE-2024-118237]].",
    ),
    (
        "ccas",
        CSP,
        "On passe a la {{résidence autonomie}} des {{Acacias}}. Rencontre d'une residente, [[PERSONNE:Paulette Goasdoué]], {{95 ans}}, qui joue aux cartes. Elle nous propose de jouer.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'un logement d'urgence de la ville, vide, en attente d'une famille. {{3 chambres}}. Tout neuf. L'agent : « c'est pour la famille [[PERSONNE:Haidari]], ref {{SIAO}} [[IDENTIFIANT:SIAO50-2024-00412]], ils arrivent vendredi ».",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un monsieur qui vit avec {{15 chats}}. Son nom : [[PERSONNE:Lebourgeois]]. Il les appelle tous par leur nom : {{Minou}}, {{Filou}}, {{Caramel}}... L'agent parle de mesure de protection.",
    ),
]

NOTES_6 = [
    # france_travail
    (
        "france_travail",
        PHY,
        "Agence {{France Travail}} de {{Lorient}}, {{8h45}}. Zone d'accueil, {{4}} conseillers, une borne. Un jeune demande ou est son conseiller.",
    ),
    (
        "france_travail",
        PHY,
        "La conseillere a l'accueil : « votre identifiant ? » — « [[ID_FRANCE_TRAVAIL:5310428M]] » — « et votre nom ? » — « [[PERSONNE:Le Gall]], [[PERSONNE:Erwan]] ». Rdv avec son conseiller a {{14h}}.",
    ),
    (
        "france_travail",
        PHY,
        "Tutrice ([[PERSONNE:Magali]]) m'explique le portefeuille de son collegue absent : « la tu vois [[PERSONNE:Bastien Fouré]], identifiant [[ID_FRANCE_TRAVAIL:6024711 B]], il est en formation {{CACES}} jusqu'en {{mai}}. Mme [[PERSONNE:Karadeniz]] elle a trouvé un CDD chez {{Lactalis}}. » Elle scrolle vite.",
    ),
    (
        "france_travail",
        PHY,
        "Un monsieur de {{58 ans}}, [[PERSONNE:Jean-Claude Yvetot]], identifiant [[ID_FRANCE_TRAVAIL:0614972G]], dit qu'il ne trouvera plus jamais de boulot. La conseillere lui parle du {{CEJ}}... non, c'est pour les jeunes. Elle se reprend : « {{AREF}} ». ",
    ),
    (
        "france_travail",
        PHY,
        "{{Atelier CV}}. Le {{CV modele}} affiché au mur est au nom de [[PERSONNE:Julie Martin]], [[ADRESSE:10 rue des Lilas, 56100 Lorient]], [[TELEPHONE:06 00 00 00 00]]. Les participants doivent le refaire a leur nom.",
    ),
    (
        "france_travail",
        PHY,
        "Reunion d'equipe {{9h}} (brief quotidien) : « objectif {{30}} entretiens aujourd'hui. Attention M. [[PERSONNE:Hamdi]] vient pour sa radiation, il est tendu, [[PERSONNE:Sophie]] tu le prends avec moi. Et [[PERSONNE:Aurélien]] t'as le salon de l'emploi a {{Vannes}} jeudi ». ",
    ),
    (
        "france_travail",
        PHY,
        "Un jeune, [[PERSONNE:Dylan]], vient avec sa mere. Il cherche une {{alternance}} en mecanique. {{Permis B}} oui, voiture [[IMMATRICULATION:FN-218-ZB]] (celle de sa mere).",
    ),
    (
        "france_travail",
        PHY,
        "Bornes en libre service, {{6}} postes, {{2}} occupés. Un monsieur imprime une offre {{n° 175XKPQ}} pour un poste de soudeur chez {{Naval Group}}.",
    ),
    (
        "france_travail",
        PHY,
        "Conseiller a sa collegue au coin café : « tu te souviens de [[PERSONNE:Nassim]] ? il a eu son CDI chez {{Airbus}} a {{Saint-Nazaire}} » — « ah genial ! ». ",
    ),
    (
        "france_travail",
        PHY,
        "Une femme d'origine congolaise, [[PERSONNE:Grâce Mbuyi]], {{35 ans}}, infirmiere au pays, cherche une equivalence. Titre de sejour n° [[IDENTIFIANT:3502298714]]. La conseillere l'oriente vers l'{{ARS}}.",
    ),
    (
        "france_travail",
        PHY,
        "La conseillere lit a haute voix le dossier sur l'ecran pour verifier : « [[PERSONNE:Moreau Killian]], ne le [[DATE_NAISSANCE:23/11/1999]], [[ADRESSE:45 rue de Brest, 29600 Morlaix]], identifiant [[ID_FRANCE_TRAVAIL:7812045P]] ». Il dit oui a tout.",
    ),
    (
        "france_travail",
        PHY,
        "Pas d'entretien pendant {{25 min}}, le logiciel {{MAP}} a planté. Tout le monde attend. Quelqu'un dit « c'est pas nouveau ».",
    ),
    (
        "france_travail",
        PHY,
        "La directrice d'agence passe, parle des chiffres : {{1 240}} demandeurs d'emploi suivis, {{18}} conseillers. Puis a voix basse a une conseillere : « et [[PERSONNE:Rousseau]], [[ID_FRANCE_TRAVAIL:1187350R]], on en est ou de sa sanction ? »",
    ),
    (
        "france_travail",
        PHY,
        "Le monsieur a l'accueil donne son identifiant en disant les chiffres un par un : « [[ID_FRANCE_TRAVAIL:3 0 9 2 6 1 8 T]] ». L'agent : « T comme {{Thomas}} ? » « oui ».",
    ),
    (
        "france_travail",
        PHY,
        "Entretien d'inscription. Mme [[PERSONNE:Benhamou]] donne son RIB pour l'ARE : [[IBAN:FR76 1333 5003 0108 0034 5771 228]]. Elle a ete licenciée de chez {{Intermarché}}.",
    ),
    (
        "france_travail",
        PHY,
        "Rdv de suivi : [[PERSONNE:Anaïs Le Borgne]], {{26 ans}}, veut devenir aide-soignante. Son adresse mail : [[EMAIL:anais.leborgne@hotmail.fr]]. La conseillere lui envoie la liste des {{IFAS}}.",
    ),
    (
        "france_travail",
        PHY,
        "Conseiller ([[PERSONNE:Jean-Marc]]) me dit qu'il a {{380}} personnes dans son portefeuille. « C'est pas du suivi, c'est de la gestion de stock ». ",
    ),
    (
        "france_travail",
        PHY,
        "Un jeune refugié syrien, [[PERSONNE:Mohammad Al-Khatib]], né en [[DATE_NAISSANCE:2001]], carte de resident n° [[IDENTIFIANT:9912044386]]. Il veut etre electricien. L'agent l'inscrit a un atelier {{FLE}}.",
    ),
    (
        "france_travail",
        PHY,
        "L'agente d'accueil m'explique les codes des ecrans : « la ligne orange c'est les personnes en {{CEJ}}, la verte les {{RSA}} ». Elle ouvre un dossier pour l'exemple : [[PERSONNE:Soazig Prigent]], identifiant [[ID_FRANCE_TRAVAIL:7054218 F]], ligne verte.",
    ),
    (
        "france_travail",
        PHY,
        "Un monsieur vient avec son {{camping-car}}, il travaille en {{saisonnier}}. Il est domicilié au [[ADRESSE:camping municipal de Carnac, emplacement 48]]. Plaque [[IMMATRICULATION:HH-KL 4821]] ({{allemande}}, il l'a acheté la-bas).",
    ),
    (
        "france_travail",
        PHY,
        "Echange entre deux conseilleres au {{poste d'accueil}} : « [[PERSONNE:Bénédicte]], c'est toi qui as Mme [[PERSONNE:Lefort]] ? » « Non c'est [[PERSONNE:Yann]] ». « Ok je lui transfere ». ",
    ),
    (
        "france_travail",
        PHY,
        "Une dame demande une attestation employeur pour la {{Caf}}. L'agent imprime. {{4 min}}. Merci au revoir. Sur l'attestation d'avant, restée dans le bac : [[PERSONNE:Fabrice Lenormand]], NIR [[NIR:1 90 12 61 001 014 55]], né a {{Alençon}}. L'agent la range vite.",
    ),
    (
        "france_travail",
        TEL,
        "Plateforme {{3949}}. Appel : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:2207619 X]] ». La conseillere verifie la date de naissance : « [[DATE_NAISSANCE:5 juillet 1995]] ? » « oui ». Question sur une actualisation.",
    ),
    (
        "france_travail",
        TEL,
        "Conseillere appelle un employeur ({{Le Jardin de Kervihan}}, restaurant) pour une offre de serveur. Pas de nom de candidat cité.",
    ),
    (
        "france_travail",
        TEL,
        "Appel entre la conseillere et la {{Mission locale}} de {{Saint-Brieuc}} : « je te transfere [[PERSONNE:Mattéo Rolland]], ID [[ID_FRANCE_TRAVAIL:8140372A]], il a {{22 ans}}, il releve plus de chez vous ». ",
    ),
    (
        "france_travail",
        TEL,
        "Un homme appelle car son {{allocation}} n'est pas arrivée. La conseillere voit qu'il a oublié de s'actualiser. Il donne son tel pour un rappel : [[TELEPHONE:06 09 72 35 81]].",
    ),
    (
        "france_travail",
        TEL,
        "La conseillere en {{tele-travail}} ({{camera}}) fait un entretien avec Mme [[PERSONNE:Trouvé]]. Celle-ci donne son mail : [[EMAIL:christine_trouve56 @ yahoo . fr]].",
    ),
    (
        "france_travail",
        TEL,
        "{{15h}}, {{9}} appels traités en {{1h}}. Rien de nominatif a noter dans ces appels : horaires, actualisation, attestations.",
    ),
    (
        "france_travail",
        TEL,
        "Appel d'un conseiller de {{Cap emploi}} pour un usager handicapé : « c'est pour [[PERSONNE:Pierre-Alain Guéguen]], RQTH, il cherche a {{Quimper}}. Son identifiant c'est [[ID_FRANCE_TRAVAIL:4470128 C]] ». ",
    ),
    (
        "france_travail",
        TEL,
        "Un appelant s'enerve, dit qu'il va « venir tout casser ». La conseillere note l'incident. Pas de nom donné par lui, elle retrouve avec le numero affiché : [[TELEPHONE:07 45 63 18 22]].",
    ),
    (
        "france_travail",
        TEL,
        "Appel sortant : la conseillere rappelle M. [[PERSONNE:Pinto]] pour lui proposer une offre chez {{Bigard}}. Il donne son nouveau numero : [[TELEPHONE:+351 912 448 017]] (il est au {{Portugal}} pour l'ete).",
    ),
    (
        "france_travail",
        TEL,
        "Conversation au tel entre la conseillere et le {{Département}} (referente RSA) : « Mme [[PERSONNE:Derrien]], n° alloc [[N_ALLOCATAIRE:2605133]], identifiant chez nous [[ID_FRANCE_TRAVAIL:9031144D]], elle a pas honoré ses rdv ». ",
    ),
    (
        "france_travail",
        TEL,
        "Une dame appelle pour savoir si elle peut partir en vacances en {{Espagne}}. Reponse : oui, il faut declarer. « Et je peux garder mon compte belge ? [[IBAN:BE27 0018 4723 6573]] » Oui. Appel {{2 min}}.",
    ),
    (
        "france_travail",
        TEL,
        "Appelant donne son IBAN pour la {{fin de droits}} (ne devrait pas !) : [[IBAN:FR76 1027 8360 0200 0219 4760 543]]. La conseillere lui dit de le modifier dans son espace.",
    ),
    (
        "france_travail",
        TEL,
        "La conseillere appelle une entreprise d'interim ({{Adecco}} de {{Caen}}) : « j'ai une candidate, [[PERSONNE:Chloé Vasseur]], CACES 3, elle est dispo lundi ». Le recruteur dit de l'envoyer.",
    ),
    (
        "france_travail",
        TEL,
        "Appel d'un allocataire qui a un compte belge : IBAN [[IBAN:BE71 7350 4521 9869]]. La conseillere dit que c'est possible (zone {{SEPA}}).",
    ),
    (
        "france_travail",
        TEL,
        "Rien de personnel : la conseillere explique a un monsieur comment telecharger l'appli {{France Travail}} sur son {{Samsung}}.",
    ),
    (
        "france_travail",
        TEL,
        "Transmission entre la conseillere du matin et celle d'apres-midi sur la plateforme : « [[PERSONNE:Kerboul]] rappelle a {{15h}}, Mme [[PERSONNE:Fofana]] attend sa reponse sur la formation, et le monsieur de {{Lannion}}, [[PERSONNE:Rivière]], il a envoyé son mail [[EMAIL:t.riviere22@orange.fr]] ». ",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    assert len(dev) == len(holdout) == len(notes) // 2
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])


if __name__ == "__main__":
    main()
