"""Independent evaluation corpus n° 117: 240 French observation notes, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple. Inside ``text``, ``[[LABEL:value]]``
marks a value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and
computes the offsets (Python string indices, end exclusive). Ids ``ind117-001`` to
``ind117-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind x channel) only. Running this file rewrites ``dev.jsonl`` and
``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind117"
SEED = 117

# Notes 1-35 (first edit).
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h02}} ouverture {{Caf de Roubaix}}, deja {{14 personnes}} dehors sous la pluie. 1ere : Mme [[PERSONNE:Vandenbussche]], vient pour la {{prime d'activite}}. L'agent ([[PERSONNE:Sylvie]] sur le badge) lui demande son num alloc, elle le connait par coeur : [[N_ALLOCATAIRE:2184653]]. Pb = trimestre mal declaré, elle doit refaire sur {{caf.fr}}. Elle soupire « encore ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf du Nord}} a {{Lille}}. Compteur {{3230}} en haut de l'ecran : {{11 appels}} en attente. L'agente me dit que le lundi c'est {{40 min}} d'attente en moyenne, le mardi ca va mieux. Bcp d'appels sur l'{{APL}} etudiants (rentree a la fac).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} {{Lens}}. M. [[PERSONNE:Kowalczyk]], {{58 ans}}, cariste licencié d'un sous-traitant auto a {{Douvrin}}, veut savoir ou en est son {{ARE}}. La conseillere tape son identifiant [[ID_FRANCE_TRAVAIL:4417382B]] et voit qu'il manque l'attestation employeur. Il dit « j'leur ai d'mandé trois fois ». Elle envoie un mail a l'employeur devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU de Lille}}, {{11h40}}, poste IOA. Jeune homme main en sang (cutter au boulot).\n- nom prenom ?\n- [[PERSONNE:Bilal Haddou]]\n- date de naissance ?\n- [[DATE_NAISSANCE:4 avril 2002]]\n- {{carte vitale}} ?\n- nan j'l'ai pas sur moi\nL'infirmiere cree le dossier, IPP [[IDENTIFIANT:80045127]] sur l'etiquette. {{Tri 3}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}, {{21h15}}. Femme avec {{2 enfants}} a la gare {{Lille Flandres}}, elle dit s'appeler [[PERSONNE:Ngalula]]. L'ecoutant ([[PERSONNE:Karim]]) cherche : rien sur la metropole ce soir. Finalement hotel a {{Villeneuve-d'Ascq}} via le {{SIAO}}, ref [[IDENTIFIANT:SIAO59-240817-03]]. Il lui explique le trajet en metro, ligne 1 jusqu'a {{4 Cantons}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Amiens}}, accueil sur rdv sauf urgence. {{6 personnes}} en {{1h}}. Une dame vient pour sa {{carte vitale}} perdue, on lui montre la borne, elle sait pas se servir d'{{ameli}} alors l'agent fait avec elle, doigt par doigt. {{25 min}} en tout. Elle repart avec une attestation papier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Tourcoing}}. Aide facultative pour une facture d'eau. M. [[PERSONNE:Öztürk]] sort la facture {{Iléo}} n° [[IDENTIFIANT:FA-2023-0571934]], {{312,40 €}}. L'agente [[PERSONNE:Nadège]] remplit le dossier de secours, passage en commission {{jeudi}}. Il demande si c'est sur. Elle dit non, honnetement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle sur place a {{Maubeuge}} avec [[PERSONNE:Thierry]], controleur {{Caf}} depuis 22 ans. Adresse : [[ADRESSE:14 rue de la Croix, 59600 Maubeuge]]. Mme [[PERSONNE:Lefrançois]] declaree seule avec {{3 enfants}}. [[PERSONNE:Thierry]] regarde la salle de bain (1 brosse a dents adulte), le placard de l'entree. Pas d'affaires d'homme. Il coche RAS. {{35 min}}. Elle etait tendue au debut, a la fin elle nous offre un cafe.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillere rappelle les DE qui n'ont pas actualisé. {{8 appels}}, {{2 decrochés}}, messagerie pleine x3. « c'est toujours comme ca le {{vendredi}} ». Elle laisse des msg avec le {{3949}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences pediatriques, {{CH de Lens}}. Une mere appelle, son fils de {{3 ans}} a {{39,5}} depuis hier soir. La secretaire lui dit d'appeler le {{15}}, elle insiste, donne quand meme le nom : [[PERSONNE:Enzo Dhainaut]], ne le [[DATE_NAISSANCE:12/01/2021]]. Secretaire : « madame je peux rien faire par telephone, faites le 15 ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Le Phare}}, {{Amiens}}. Entretien d'admission de M. [[PERSONNE:Yohannes Tesfay]], erythreen, {{24 ans}}, passé par {{Calais}}. Recepisse de demande de titre n° [[IDENTIFIANT:8001247715]]. L'educatrice [[PERSONNE:Manon]] lui lit le reglement avec un traducteur sur son tel (pas d'alcool, retour avant {{22h}}). Il signe sans poser de question.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau {{Cpam}} de l'{{Artois}} a {{Arras}}. M. [[PERSONNE:Dupuis]] n'a pas touché ses IJ depuis {{5 semaines}}. Agent : « votre numero de securite sociale ? » il le lit lentement « [[NIR:1 75 03 59 606 731 69]] ». Arret bien recu mais l'employeur a pas envoyé l'attestation de salaire. L'agent fait un signalement, delai {{10 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne du {{CCAS}} de {{Marcq-en-Barœul}} : une dame demande si le {{colis de Noel}} des aines est deja distribue. Reponse : inscription avant le {{15 novembre}}, distribution en decembre a la salle des fetes. Elle raccroche contente. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Dunkerque}}, antenne {{Petite-Synthe}}. [[PERSONNE:Dylan]], {{19 ans}}, veut « bosser a l'usine » chez {{ArcelorMittal}}. Conseiller M. [[PERSONNE:Verstraete]] lui parle du {{CEJ}} et d'une prepa {{CACES}}. Il note son mail pour les offres : [[EMAIL:dylan.vasseur59@gmail.com]]. [[PERSONNE:Dylan]] regarde son tel tout le long.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Ben Salah]] vient changer de banque. Nouveau {{RIB}} : [[IBAN:FR76 3000 4008 2300 0104 5813 773]]. L'agent verifie le titulaire, ok. {{7 min}}. Il dit que la banque en ligne l'a lâché.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences de {{Boulogne-sur-Mer}} : {{23 personnes}} a {{14h}}. Ecran « temps d'attente estimé : {{4h}} ». Un monsieur dort par terre sur sa veste. Distributeur de boissons en panne depuis ce matin. L'agent d'accueil fait passer des gobelets d'eau. Personne ne rale, bizarrement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite appart diffus du CHRS a {{Liévin}} avec [[PERSONNE:Rachida]] (TS). Famille [[PERSONNE:Mbemba]], [[ADRESSE:27 rue Émile Zola]], {{2e etage}}. Frigo quasi vide, elle note pour les {{Restos du Coeur}}. Le petit [[PERSONNE:Christ-Vie]] fait ses devoirs sur la table de la cuisine, il me montre son cahier fierement.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle arret maladie a {{Hénin-Beaumont}}. Controleuse {{Cpam}} : Mme [[PERSONNE:Dewaele]]. Adresse [[ADRESSE:5 résidence les Tilleuls, 62110 Hénin-Beaumont]]. Sonne a {{16h40}}, personne. Sorties autorisees {{9h-11h}} / {{14h-16h}}. Avis de passage dans la boite au nom de M. [[PERSONNE:Lemaire]]. Elle me dit que 1 fois sur 3 c'est comme ca et que souvent y a une bonne raison (kiné, pharmacie).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile du {{CCAS}} d'{{Amiens}} pour une demande d'aide menagere. Mme [[PERSONNE:Boulanger]], {{87 ans}}, [[ADRESSE:3 allée des Hortensias, 80090 Amiens]]. Elle dit qu'elle est nee « le [[DATE_NAISSANCE:2 fevrier 37]], le jour de la {{Chandeleur}} ». Elle vit seule, son {{boulanger}} passe le {{mardi}} en camionnette. Escalier tres raide.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{9 participants}}. Le conseiller projette un CV modele au nom de [[PERSONNE:Jean Dupont]], tel [[TELEPHONE:06 11 22 33 44]]. Une participante demande si elle doit mettre sa photo. Debat de {{10 min}} sur la photo.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Nguyen Thi Lan]] ne comprend pas pourquoi son {{APL}} a baissé. Agent : « votre numero allocataire ? » — « [[N_ALLOCATAIRE:0734512]] ». Explication : revenus {{N-2}}, son fils [[PERSONNE:Minh]] a commence un apprentissage et ses salaires comptent. Elle repete « mais il gagne rien ». {{12 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Centre hospitalier de Dunkerque}}, accueil. Un marin pecheur, M. [[PERSONNE:Le Bihan]], coupure profonde a l'avant-bras. Il tend sa carte de mutuelle {{Malakoff Humanis}}, n° adherent [[IDENTIFIANT:104587312]]. L'agente tape vite, il plaisante sur le {{carnaval}} qui approche.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h10}}. Homme alcoolisé au tel, refuse de donner son nom, dit qu'il dort « sous le pont au bord de la {{Deûle}} ». L'ecoutante envoie la {{maraude}} et lui demande de rester sur place. Pas de place d'hebergement de toute facon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Roubaix-Tourcoing}}. Mme [[PERSONNE:Aït Ouarab]] vient pour la {{C2S}}. Elle donne son NIR : [[NIR:2 74 07 99 350 208 77]] (nee au {{Maroc}}, d'ou le {{99}}). Son mari M. [[PERSONNE:Aït Ouarab]] est en interim, fiches de paie manquantes pour aout. L'agent lui donne une liste ecrite a la main.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lille}}, mairie de quartier de {{Moulins}}. Domiciliation : M. [[PERSONNE:Sandu]] vient chercher son courrier. L'agent lit sur l'enveloppe « [[PERSONNE:SANDU Ionut]] », {{2 lettres}} dont une de la {{Caf}}. Il demande qu'on la lui lise, l'agent le fait a voix basse.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : [[PERSONNE:Océane Lagache]], radiée pour absence a un rdv. Elle jure qu'elle a jamais recu le courrier. Le conseiller verifie l'adresse : [[ADRESSE:41 rue du Général Leclerc, 62300 Lens]] — c'etait l'ancienne !! Il met a jour, lance un recours. Identifiant [[ID_FRANCE_TRAVAIL:3095718M]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle {{Caf}} a {{Tourcoing}}, quartier de {{la Bourgogne}}. Allocataire : M. [[PERSONNE:Traoré]], signalement anonyme pour vie maritale. Dans l'entree, du courrier au nom de Mme [[PERSONNE:Kanté]]. Il explique que c'est sa soeur, elle a pas de boite aux lettres. Le controleur demande le bail : au nom de [[PERSONNE:Traoré]] seul. Il note, ne conclut rien devant lui.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel sonne sans arret. 1 appel sur 2 = famille qui demande des nouvelles d'un patient. La secretaire ne donne rien au tel (secret medical) et repete « venez sur place avec une piece d'identite ». Elle le dit {{15 fois}} en {{1h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour a {{Roubaix}}, petit dej a {{8h}}. « [[PERSONNE:Pépito]] », un habitué, {{60 ans}} passés, arrive avec son chien {{Rocky}}. Il demande a la TS, [[PERSONNE:Fatima]], de l'aider pour sa retraite {{Carsat}}. Elle sort un classeur rouge : « on s'y met lundi ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un kiné appelle pour verifier les droits d'un patient. L'agent refuse, c'est au patient d'appeler. Le kiné donne quand meme le nom « [[PERSONNE:Gérard Wallart]] » et le num de secu [[NIR:1 62 11 59 512 087 30]], ne en [[DATE_NAISSANCE:62]] a {{Roubaix}}. L'agent ne consulte pas, poliment mais fermement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Szymańska]], {{44 ans}}, aide-soignante qui veut se reconvertir (dos). Demande une {{AIF}} pour une formation de secretaire medicale a {{Béthune}}. La conseillere dit que le dossier doit passer {{3 semaines}} avant l'entree en formation, la formation commence dans 12 jours. Silence.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiete : Mme [[PERSONNE:Delcourt]], {{91 ans}}, au [[ADRESSE:8 rue Pasteur]], n'ouvre plus depuis {{2 jours}}, volets fermes. L'agent du {{CCAS}} appelle la {{police municipale}} et le {{SSIAD}}. On saura pas la suite pendant ma demi-journee.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne numerique. Jeune couple veut demander la {{prime de naissance}}, bebe prevu en {{mars}}. L'agent aide a creer l'espace perso, email [[EMAIL:kevin.et.laura62@hotmail.fr]], mot de passe refusé 4 fois (il faut un caractere special). Rires.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 4}} : M. [[PERSONNE:Khelifi]], {{78 ans}}, chute dans sa cuisine. Sa fille au tel donne le fixe de son pere [[TELEPHONE:03 20 45 18 72]] pour qu'on rappelle quand il sort. Elle dit qu'elle peut pas venir avant {{18h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement {{ALT}} a {{Grande-Synthe}} avec l'educ [[PERSONNE:Grégory]]. Locataire : [[PERSONNE:Abdullah Rahimi]], afghan, {{31 ans}}. Voiture garée devant, plaque [[IMMATRICULATION:FX-218-QB]] : il dit que c'est celle d'un cousin qui l'aide pour les courses. [[PERSONNE:Gregory]] demande pas plus. Appart propre, rideaux neufs.",
    ),
]

# Notes 36-70 (second edit).
NOTES_2 = [
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rabehi]] veut etre rappelee par un technicien. Elle dicte son numero : « [[TELEPHONE:zéro six, quarante-sept, dix-huit, vingt-deux, zéro neuf]] ». L'agent relit en chiffres : « [[TELEPHONE:06 47 18 22 09]], c'est bien ca ? » — oui. Rappel sous {{48h}} promis.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "GROS CLASH A L'ACCUEIL. M. [[PERSONNE:FERHAT]] HURLE QU'IL A PAS ETE PAYE DEPUIS 2 MOIS. L'AGENT DE SECURITE S'APPROCHE. LE DIRECTEUR D'AGENCE (M. [[PERSONNE:ROUSSEL]]) LE PREND DANS SON BUREAU. {{20 MIN}} APRES IL RESSORT CALME, ID [[ID_FRANCE_TRAVAIL:6120954 T]] NOTE SUR UN POST-IT : erreur de RIB chez eux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "😅 Mme [[PERSONNE:Petrossian]] arrive avec 3 sacs de papiers : des feuilles de soins de 2019 a 2023 jamais envoyees, elle croyait que la {{mutuelle}} s'en occupait. L'agent trie avec elle sur le comptoir. ~{{400 €}} a recuperer peut-etre, sauf ce qui est prescrit ({{2 ans}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin. Touriste italienne, [[PERSONNE:Giulia Ferraro]], cheville tordue. Pas de {{CEAM}}. Passeport n° [[IDENTIFIANT:YA7824310]]. L'agente lui explique en italien approximatif qu'elle va recevoir une facture. Elle rit, dit « va bene ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Appel de Mme [[PERSONNE:Coulibaly]], enceinte de {{7 mois}}, hebergee chez une amie qui la met dehors ce soir. L'ecoutante prend : nom, date de naissance [[DATE_NAISSANCE:17/09/1998]], tel [[TELEPHONE:07 53 21 88 40]]. Priorite femme enceinte → place en CHU a {{Tourcoing}} (CHU = centre d'hebergement d'urgence, pas l'hopital, je me suis fait avoir).",
    ),
    (
        "ccas",
        "accueil_physique",
        "File devant l'{{epicerie sociale}} de {{Denain}} : {{12 personnes}}. Le {{CCAS}} valide les droits pour {{3 mois}}. Le reste a vivre est calcule sur un tableur : en dessous de {{7 € par jour}} par personne c'est oui. Une dame est a {{7,20 €}}. Refusée. L'agente me regarde, gênée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle ressources d'un travailleur independant. M. [[PERSONNE:Da Costa]], maçon auto-entrepreneur, son SIRET perso [[IDENTIFIANT:841 209 372 00017]] est sur le devis colle au frigo. Le controleur compare le CA declare a l'{{URSSAF}} et les declarations trimestrielles {{RSA}} : ecart de {{2 300 €}} sur un trimestre. M. [[PERSONNE:Da Costa]] sort un cahier de comptes ecrit au crayon.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assuree veut envoyer ses justificatifs par mail. L'agent : « passez par la messagerie de votre compte {{ameli}} ». Elle insiste et dicte quand meme son adresse : « [[EMAIL:sandrine point lecomte arobase orange point fr]] ». L'agent ne la note pas.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere appelle M. [[PERSONNE:Adeyemi]] pour son entretien de suivi. Il est au boulot, interim chez {{Amazon}} a {{Lauwin-Planque}}, on entend les bips des scanners. « Rappelez moi a {{17h}} au [[TELEPHONE:06.72.14.90.33]] c'est mon perso ». Elle note dans le dossier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Glycines}} : arrivee d'une residente par ambulance, Mme [[PERSONNE:Rousseau]], nee en [[DATE_NAISSANCE:1931]], deshydratee. L'infirmiere de l'EHPAD donne le nom du medecin traitant, Dr [[PERSONNE:Benhamou]], et dit que la famille est prevenue.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien {{SIAO}}. M. [[PERSONNE:Kovalenko]], ukrainien, avec sa femme. APS n° [[IDENTIFIANT:5903104876]]. Ils dorment dans leur voiture depuis {{4 nuits}}, une {{Skoda}} immatriculee en {{Ukraine}} [[IMMATRICULATION:AA 4521 KM]]. La TS cherche une place famille, rien avant lundi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile du {{CCAS}} de {{Roubaix}}, quartier de l'{{Epeule}}, apres un incendie de cuisine. M. et Mme [[PERSONNE:Bouzid]], [[ADRESSE:112 rue de Lannoy, Roubaix]]. Murs noirs de suie, odeur encore forte. Assurance {{MAIF}}, n° de sinistre [[IDENTIFIANT:SIN-4471890]]. Aide d'urgence accordee : {{150 €}} de bons.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Lemoine]] vient declarer sa separation. Agent : nouvelle adresse ? « [[ADRESSE:appt 12, 6 rue des Mésanges]], chez ma mere ». Enfants : [[PERSONNE:Léa]] et [[PERSONNE:Noah]], nes en [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]]. Elle pleure un peu en disant « separation ». Mouchoirs sur le comptoir, ils ont l'habitude.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'un assure en arret pour lombalgie (signalement de l'employeur). M. [[PERSONNE:Ribeiro]] est dans son jardin en train de tondre. Il dit que le kine lui a dit de bouger. Le voisin sort et lance « il bosse au noir avec sa camionnette » en montrant une {{Kangoo}} blanche [[IMMATRICULATION:DK-847-LS]]. La controleuse : « je note ce que je vois, monsieur, c'est tout ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient tres agite, crie qu'il veut voir sa femme, Mme [[PERSONNE:Benali]], qui est au bloc. L'agent de securite [[PERSONNE:Jordan]] reste a coté sans rien dire, les bras croisés. Ca dure {{20 mn}} puis il s'assoit et pleure.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Roubaix}} {{Alma}}. Demandeuse : [[PERSONNE:Aminata Sow]]. Son titre de sejour n° [[IDENTIFIANT:5903287641]] expire dans {{2 mois}}, elle a peur d'etre radiee. Le conseiller la rassure (le recepisse suffit). Il lui propose un {{Titre pro}} agent de proprete, entreprise partenaire a cote de {{La Redoute}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite non annoncée dans un appart du CHRS. Le resident, [[PERSONNE:Florian]], a heberge un ami plusieurs nuits (interdit par le contrat). L'ami dort encore sur le canape. L'educ, [[PERSONNE:Sandrine]], rappelle le reglement, pas de sanction cette fois, « la prochaine c'est un avertissement ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Call in english : student from {{Nigeria}}, [[PERSONNE:Chukwuemeka Obi]], wants {{APL}} for his room at {{Villeneuve-d'Ascq}}. L'agent parle un peu anglais. Il epelle son mail lettre par lettre : [[EMAIL:c.obi@etu.univ-lille.fr]]. {{16 min}} pour un dossier qu'il aurait pu faire en ligne, mais le site plante avec son nom.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CCAS}} de {{Croix}} : beaucoup de demandes de {{bons alimentaires}} en fin de mois. 4 personnes sur 6 sont des retraites. L'agente : « avant c'etait les jeunes, maintenant c'est les vieux ». Chauffage, electricite, tout a augmenté.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un medecin de ville appelle pour adresser un patient : « M. [[PERSONNE:Vermeulen]], ne en [[DATE_NAISSANCE:mars 45]], douleur fosse iliaque droite, je pense appendicite ». La secretaire note, le medecin dicte son nom : Dr [[PERSONNE:Lahlou]]. {{2 min}} chrono.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lens}}, {{14h05}}. Jeune femme, [[PERSONNE:Kimberley]], {{29 ans}}, veut rattacher son bebe. L'agent tape le NIR de la mere [[NIR:2 95 01 62 498 233 45]] : nee a {{Lens}} en [[DATE_NAISSANCE:janvier 95]], ca colle. Le bebe dort dans la poussette, on chuchote.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}} : serveur vocal, {{7 choix}}. La conseillere me dit que la moitie des gens se trompent de touche et tombent chez elle pour l'indemnisation alors qu'elle fait l'accompagnement. Elle transfere, ils reattendent.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS a {{Lille}}, {{Wazemmes}}. M. [[PERSONNE:Aurélien Debruyne]], sorti de {{Sequedin}} hier. Il a sa fiche de levee d'ecrou, n° d'ecrou [[IDENTIFIANT:51943]] en gros. Le TS, [[PERSONNE:Hakim]], fait la demande de {{RSA}} avec lui le jour meme. « Demain t'as un rdv banque, tu y vas hein ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a domicile, appart au {{9e}} sans ascenseur 🥵. Mme [[PERSONNE:Diarra]] et {{5 enfants}}. Le controleur verifie la composition du foyer, chambre par chambre. [[PERSONNE:Aïssata]], l'ainee, traduit pour sa mere en soninke. Tout est conforme. On redescend les 9 etages.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Fontaine]] veut changer son RIB par telephone. Pas possible, il faut passer par le compte. Il dicte quand meme « [[IBAN:FR76 1027 8026 5400 0204 1780 379]] ». L'agent : « je ne peux pas le saisir monsieur ». Il raccroche en colere.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale du {{Departement}} appelle le {{CCAS}} pour la famille [[PERSONNE:Hadjadj]] : expulsion prevue le {{2 avril}}, juste apres la {{treve hivernale}}. Adresse [[ADRESSE:19 bis rue des Tisserands, 59100 Roubaix]]. Le CCAS peut avancer une partie de la dette ? Reponse : commission de la semaine prochaine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU Amiens-Picardie}}, site {{Sud}}. Mme [[PERSONNE:Dumont]] amene son mari, M. [[PERSONNE:Dumont]], diabetique, malaise au supermarche. Elle sort toute la pochette : {{carte vitale}}, mutuelle, ordonnance du Dr [[PERSONNE:Carpentier]]. L'agent : « c'est rare les gens organises comme vous ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv d'inscription, Mme [[PERSONNE:Laetitia Morel]] :\n- diplome : BTS {{MUC}}\n- dernier poste : vendeuse chez {{Kiabi}} (fin de CDD)\n- mobilite : permis B, voiture en panne. Demande d'aide a la reparation, carte grise [[IMMATRICULATION:EB-604-ZT]]\n- contrainte : enfant de {{4 ans}}, creche jusqu'a {{18h}}\nLa conseillere tape tout sans lever les yeux.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Somme}} a {{Amiens}}. M. [[PERSONNE:Gueye]] demande le {{RSA}}. Piece d'identite : carte de resident n° [[IDENTIFIANT:8012736459]]. L'agent scanne, la photocopieuse bourre. {{10 min}} pour la debloquer.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{6h50}}, fin de nuit. L'ecoutante [[PERSONNE:Claudine]] fait le point des places liberees ce matin, ecrit au feutre sur le tableau blanc : {{Abej}} 2, {{Armée du Salut}} 1, {{Ozanam}} 0. Elle me dit que ca va partir en {{10 minutes}} quand les lignes rouvrent.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour un logement signale insalubre : moisissure sur tous les murs, bebe de {{8 mois}}, ventilation bouchée avec du scotch. Le {{CCAS}} va saisir l'{{ARS}} et le service hygiene de la ville. Proprietaire injoignable depuis des semaines.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en panne. L'agent, [[PERSONNE:Jean-Marc]] : « elle marche un jour sur deux, comme moi » 😂. Il imprime les attestations lui-meme a son poste, une par une.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{CH}} de {{Maubeuge}}, standard des urgences. La {{gendarmerie}} appelle pour savoir si un certain [[PERSONNE:Kevin Dubois]] a ete admis cette nuit. La secretaire : pas d'information par telephone sans requisition. Le gendarme dit qu'il envoie le papier par fax (!).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere [[PERSONNE:Ludivine]] rappelle un employeur (boulangerie {{Paul}}, {{Lille Europe}}) pour l'offre n° {{178QJWX}}. Elle propose le candidat [[PERSONNE:Mohamed Amine Bakkali]], dispo tout de suite. Le patron veut quelqu'un « qui se leve a 4h ». Elle dit oui pour lui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Wisniewski]], d'{{Avion}}, veut savoir quand arrive la {{prime de Noel}}. « Le {{17 decembre}} madame ». Elle donne quand meme son num alloc [[N_ALLOCATAIRE:1906248]] « au cas où ». L'agent le tape pour verifier, oui, eligible.",
    ),
]

# Notes 71-105 (third edit).
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fofana]] apporte un RIB de la {{Banque Postale}} : [[IBAN:FR12 2004 1010 0503 4721 3K02 297]]. L'agent me montre la lettre au milieu, « ca c'est {{La Poste}}, y a toujours une lettre ». Num alloc [[N_ALLOCATAIRE:3318072]]. Changement fait en {{4 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Calais}}. Un monsieur attend depuis {{50 min}} avec le ticket {{B047}}. Il voulait juste un formulaire. L'agent d'accueil : « fallait pas prendre un ticket pour ca ! ». Il repart avec le {{Cerfa}} de declaration de situation, sans un mot.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent, [[PERSONNE:Hervé]], explique le {{CMG}} a une jeune maman, [[PERSONNE:Jessica]], qui veut faire garder sa fille par une nounou. Il faut la date de naissance de la petite : « le [[DATE_NAISSANCE:23/10/23]] ». Il dessine un schema sur un post-it : {{Pajemploi}} → nounou → Caf. Elle prend le post-it en photo.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Lacroix]] n'arrive plus a se connecter : le mail du compte est une vieille adresse, « [[EMAIL:jp.lacroix@wanadoo.fr]] », qu'il n'a plus depuis des annees. L'agent ne peut pas la changer par tel, il faut venir avec une piece d'identite. « Mais j'habite a {{40 km}} ! »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire dit qu'on lui a raccroche au nez apres {{45 min}} d'attente, elle rappelle. L'agent s'excuse « au nom de la maison ». Il m'explique apres : l'outil coupe tout seul au bout de 45 minutes, personne ne le sait.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle {{Caf}} sur une {{ALS}} : studio loue chez un particulier a {{Amiens}}, [[ADRESSE:22 rue Jules Barni, 80000 Amiens]]. Locataire [[PERSONNE:Théo]], {{20 ans}}, etudiant. Le proprio, M. [[PERSONNE:Delahaye]], habite juste a cote et vient voir ce qu'on fait. Le controleur mesure : {{9 m²}}, limite. Il note « a verifier » avec un point d'interrogation.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle pour {{AAH}} + {{APL}}. Mme [[PERSONNE:Gomis]], en fauteuil, logement adapte (barres, douche a l'italienne). Elle sort tout de suite son dossier {{MDPH}}, n° [[IDENTIFIANT:080-21-004512]]. Le controleur : « vous etes mieux rangee que mon bureau ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ousmane Ndiaye]], ne a {{Dakar}} le [[DATE_NAISSANCE:09/04/1988]], vient chercher une attestation de droits pour son nouvel employeur. L'agent tape le NIR [[NIR:188049934103332]] sans espaces. Imprime. {{3 min}}. Il dit merci trois fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Béthune}}, {{9 personnes}} dans la file, un seul guichet ouvert (2 agents en formation). L'agent garde le sourire. Une femme lui dit « vous etes courageuse ». Reponse : « on fait ce qu'on peut ». Moi je m'assois sur la derniere chaise.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nowak]] appelle pour un remboursement de lunettes ({{100 % santé}}). Elle dicte son NIR avec un accent : [[NIR:2 66 09 99 122 052 28]]. Nee en {{Pologne}} en [[DATE_NAISSANCE:septembre 66]], arrivee a {{Bruay}} petite. L'agent voit que l'opticien n'a pas teletransmis.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} des {{Flandres}}, {{Dunkerque}}. Un monsieur appelle, gros accent, l'agent repond en rigolant « ouais ouais j'comprends ». M. [[PERSONNE:Vanhoutte]] veut qu'on le rappelle pour sa {{C2S}}, au [[TELEPHONE:03 28 61 47 05]], « apres la sieste ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle {{Cpam}}, indemnites journalieres de longue duree. Mme [[PERSONNE:Tavares]], [[ADRESSE:lotissement Les Coquelicots, 7 impasse des Lilas, 59280 Armentières]]. Elle est la, en peignoir, ordonnances etalees sur la table. La controleuse verifie juste la presence et repart. {{8 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deuxieme controle de la matinee : personne, volets fermes. La voisine dit qu'ils sont « partis au bled pour un enterrement ». La controleuse : « je peux rien faire avec ca, je transmets ». Elle remplit le formulaire sur le capot de la voiture.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lopes]] vient pour les obseques de son frere [[PERSONNE:Antonio]], decede sans ressources. Devis {{Roc Eclerc}} : {{2 890 €}}. Le {{CCAS}} peut prendre une partie, pas tout. Elle dit « il avait rien, meme pas une assurance ». L'agente lui serre la main longtemps.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} antenne {{Lille-Sud}}, permanence Point conseil budget. M. et Mme [[PERSONNE:Hautecoeur]], facture d'energie a {{1 140 €}} de regul. Ref client {{EDF}} [[IDENTIFIANT:6012 847 319]]. La conseillere leur montre comment demander un echeancier. M. [[PERSONNE:Hautecoeur]] : « on chauffe qu'une piece pourtant ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un elu de quartier pour « pousser » un dossier. L'agente : « je le traite comme les autres, monsieur ». Elle raccroche, me dit que ca arrive toutes les semaines et que c'est pas grave, « c'est leur boulot de demander ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour son pere, M. [[PERSONNE:Lucien Caron]], {{84 ans}}, qui ne veut plus du {{portage de repas}} (« c'est pas bon »). Elle laisse son mail pour le devis d'un autre prestataire : [[EMAIL:caron.ginette@laposte.net]]. L'agente propose d'abord un essai de {{2 semaines}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Installation de la teleassistance chez M. [[PERSONNE:Delvaux]], [[ADRESSE:31 rue du Marais, Saint-Pol-sur-Mer]]. Contrat n° [[IDENTIFIANT:TA-59-008731]]. Le technicien fait tester le bouton, ca sonne chez l'operateur en {{10 secondes}}. M. [[PERSONNE:Delvaux]] : « et si je l'appuie en dormant ? ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'evaluation pour une aide sociale. Couple de retraites, la dame montre ses comptes sur un cahier d'ecolier, tout au stylo bille. « La fin du mois on mange des pates ». Le monsieur regarde la tele sans le son. Retraite a deux : {{1 310 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CH Victor Provo}}, {{Roubaix}}. [[PERSONNE:Yasmine Belkacem]], {{17 ans}}, entorse au foot, accompagnee de sa tante. Mineure : il faut joindre un parent. La tante appelle le pere sur son portable, [[TELEPHONE:+33 6 58 03 71 26]], et passe le tel a l'infirmiere. Autorisation orale notee.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Seclin}}. J'ai chronometre : l'infirmiere d'accueil voit un patient toutes les {{4 minutes}}, entre deux elle repond au telephone et rassure la salle. Elle boit pas, elle mange pas, elle dit « c'est un jour calme ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur a la rue bien connu du service, « [[PERSONNE:Le Grand Momo]] » comme l'appellent les ASH. Pas de papiers sur lui. L'agent retrouve quand meme son IPP dans le logiciel : [[IDENTIFIANT:00731862]]. Il est la pour des pansements, il dit bonjour a tout le monde par son prenom.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La secretaire appelle la famille d'un patient admis cette nuit : la fille, Mme [[PERSONNE:Ricci]], au [[TELEPHONE:07 68 12 40 93]]. Repondeur. Message neutre : « merci de rappeler le service des urgences », sans dire pourquoi.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir « combien de temps d'attente ce soir » pour une angine. La secretaire : « allez voir un medecin de garde, appelez le {{116 117}} ». Il insiste. Elle repete, meme ton.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS pour femmes victimes de violences. Mme [[PERSONNE:K.]] (initiale seulement, la TS me l'a demande), arrivee hier soir avec ses {{2 enfants}}. Plainte deposee, n° de PV [[IDENTIFIANT:2024/018733]] sur le recepisse. Elle a les mains qui tremblent en remplissant la fiche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Béthune}}. Le resident [[PERSONNE:Ludovic Lecomte]] veut recuperer sa voiture a la fourriere, [[IMMATRICULATION:BR-331-XV]]. {{180 €}} + {{15 € par jour}}. Le TS calcule avec lui : ca fait plus que la valeur de la voiture. Il laisse tomber.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. L'assistante sociale de l'hopital appelle pour une sortie d'hospitalisation : M. [[PERSONNE:Sékou Camara]], ne le [[DATE_NAISSANCE:1er janvier 1990]] (« la date par defaut sur ses papiers » dit-elle). Il sort demain, pas de solution. L'ecoutant ouvre une demande.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aisne}}. Nuit calme selon eux : {{37 appels}} en {{3h}}, 29 « pas de place ». L'ecoutant dit la phrase pareil a chaque fois, doucement, sans jamais raccrocher le premier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite apres relogement, bailleur {{Vilogia}}. M. [[PERSONNE:Jérémy Caudron]], [[ADRESSE:Résidence du Parc, bât. C, 4 rue Roger Salengro, 62800 Liévin]]. Ref locataire Vilogia [[IDENTIFIANT:VLG-0081462]]. Il a peint le salon en vert pomme. Fier. Premier loyer paye.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres hebdo. Dans la 6, une plaque electrique (interdit). L'educ la confisque. Le resident, [[PERSONNE:Nasser]], proteste : « je fais juste du the ». Ils negocient : bouilloire autorisee, plaque non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune, [[PERSONNE:Inès Moulin]], {{22 ans}}. Identifiant cree : [[ID_FRANCE_TRAVAIL:7208316 R]]. Mail : [[EMAIL:ines.moulin22@outlook.fr]]. Elle a un CAP patisserie, veut « n'importe quoi mais pas la nuit ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Haubourdin}}, salle d'attente : l'ecran passe des offres en boucle, « cariste H/F », « aide a domicile H/F », « agent de quai ». Personne ne regarde, tout le monde est sur son tel. {{11h20}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Maubeuge}}. M. [[PERSONNE:Bertrand Lefort]], {{52 ans}}, ancien de la metallurgie, veut creer sa boite de reparation de velos ({{ARCE}}). Identifiant [[ID_FRANCE_TRAVAIL:2873409 D]]. Il donne l'IBAN du compte pro pour le versement : [[IBAN:FR76 1627 5004 0008 1039 2711 532]]. La conseillere est enthousiaste, vraiment.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Fernandes]] rappelle pour deplacer son rdv. Elle donne son identifiant [[ID_FRANCE_TRAVAIL:5541068W]] et un nouveau numero, [[TELEPHONE:0781230569]], l'ancien a ete coupe. Rdv deplace a {{jeudi 9h30}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle une entreprise du BTP pour une {{PMSMP}} (immersion pro de {{2 semaines}}). Le tuteur, M. [[PERSONNE:Dos Santos]], accepte mais « pas de chantier en hauteur pour le petit ». Convention envoyee par mail dans la foulee.",
    ),
]

# Notes 106-140 (fourth edit).
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence de {{Lens}}. M. [[PERSONNE:Zeroual]], dossier [[N_ALLOCATAIRE:5102937]] : son {{APL}} est versee directement au bailleur ({{Maisons & Cités}}). Il voudrait la toucher lui-meme sur son compte, il tend son RIB : [[IBAN:FR76 3000 3018 4100 0507 7219 472]]. Refus, le tiers payant c'est automatique. Il range le RIB lentement.",
    ),
    (
        "caf",
        "accueil_physique",
        "RUSH DE {{13H30}} A LA {{CAF}} DE {{TOURCOING}} 🙃 {{18 tickets}} tires en {{20 min}}, 2 agents au guichet. Le vigile aide les gens a la borne a tickets. Un enfant appuie sur tous les boutons, 4 tickets pour rien.",
    ),
    (
        "caf",
        "accueil_physique",
        "Etudiante, [[PERSONNE:Clémence]], demande pourquoi sa premiere {{APL}} n'est pas tombee. L'agent : « mois de carence ». Elle avait jamais entendu ce mot. Dossier [[N_ALLOCATAIRE:4471120]], tout est en ordre, il faut juste attendre. Elle dit « donc je mange comment en septembre ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Saïdi]] : la {{Caf}} lui reclame un indu de {{1 870 €}}. Son numero allocataire, elle le dit par paquets : « [[N_ALLOCATAIRE:douze, quatre-vingt-treize, zéro cinq, six]] ». L'agent propose un plan de remboursement a {{50 € par mois}}. Elle accepte sans discuter, voix blanche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Casque sur les oreilles toute la matinee, {{14 appels}}. L'agent me fait ecouter un appel (l'appelante est d'accord) : une dame veut juste qu'on lui explique une lettre recue. Il la lit a voix haute, ligne par ligne, et traduit en « vrai francais ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Coudekerque-Branche}}, controle {{RSA}}. M. [[PERSONNE:Saïd Mohamed]], comorien, declare seul sans ressources. Devant chez lui, une {{Mercedes}} recente, [[IMMATRICULATION:GA-902-RL]]. Il dit qu'elle est a son beau-frere, M. [[PERSONNE:Ahamada]], et montre la carte grise, effectivement a ce nom. Le controleur photocopie au telephone.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle de residence : allocataire soupconnee de vivre en {{Belgique}}. Mme [[PERSONNE:Vandewalle]] a un compte belge, [[IBAN:BE70 0634 4712 0525]], visible sur ses releves. Elle explique qu'elle travaille a {{Mouscron}} et dort a {{Wattrelos}}, « c'est a 5 minutes ! ». Le controleur ouvre le frigo, le placard, regarde le lit. Habitée, clairement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Santoni]], nee a {{Ajaccio}}, en {{IFSI}} a {{Lille}}. NIR [[NIR:2 99 06 2A 004 512 14]]. L'agent : « ah le {{2A}}, le logiciel le prend pas toujours ». Il le retape deux fois, ca passe. Elle rigole, « en {{Corse}} on a l'habitude ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Maubeuge}}. Affiche « accueil uniquement sur rendez-vous » scotchee sur la porte. Les gens entrent quand meme. L'agent en recoit 4 sans rdv : « je vais pas les renvoyer a {{Valenciennes}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Leroy]] appelle : son fils [[PERSONNE:Maxence]], ne le [[DATE_NAISSANCE:14 juillet 2008]] (« le jour du feu d'artifice »), veut sa propre {{carte vitale}}. L'agent explique : a {{16 ans}} il peut la demander sur son compte. Elle dit qu'il a pas de compte. « Ben il en cree un madame ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien d'{{Amiens}} appelle : la carte vitale d'une patiente, [[PERSONNE:Mélissa Dufay]], est refusee. Il lit le numero sur la carte : [[NIR:201058002160429]]. L'agent voit que les droits sont ouverts, c'est la carte qui est morte. Attestation envoyee.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret maladie a l'adresse declaree, [[ADRESSE:9 rue de Wattignies, 59000 Lille]] : personne. Un voisin dit que M. [[PERSONNE:Rachid Ammour]] habite maintenant chez sa mere, au [[ADRESSE:46 rue Pierre Legrand]] a {{Fives}}. La controleuse ne va pas la-bas : « c'est a lui de declarer son changement ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Amiens}}, antenne {{Étouvie}}. M. [[PERSONNE:Radu Lăcătuș]] veut une attestation d'election de domicile pour ouvrir un compte. L'agente l'edite, n° [[IDENTIFIANT:DOM-80-2024-0417]]. Il demande si la banque va accepter. Elle : « normalement oui ». Normalement.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Cafe-accueil du {{CCAS}} de {{Feignies}}, {{jeudi}} matin : {{8 personnes}} agees, une belote, une agente qui fait le cafe. Pas d'entretien aujourd'hui, c'est « le moment convivial ». Une dame me demande si je suis la nouvelle. Non.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un bailleur appelle le {{CCAS}} : M. [[PERSONNE:Hocine Ait-Ali]], locataire, a {{3 mois}} d'impayes. Il donne le n° de contrat [[IDENTIFIANT:LOC-2019-33871]] et le portable du locataire, [[TELEPHONE:06 21 77 54 08]], « il repond jamais ». L'agente dit qu'elle va essayer, elle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Tourcoing}}, {{plan grand froid}}. L'agente appelle les personnes isolees inscrites sur le registre. {{12 appels}} : tout le monde va bien sauf une dame qui n'a plus de fioul. L'agente la met en haut de la pile.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile avec l'agente [[PERSONNE:Corinne]], demande d'aide facultative. M. [[PERSONNE:Lenglet]], [[ADRESSE:Rés. Les Peupliers, esc. B, appt 23, 59600 Maubeuge]]. Compteur electrique coupe, il s'eclaire a la lampe frontale. [[PERSONNE:Corinne]] appelle le fournisseur depuis le palier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une dame signalee par le {{facteur}}. Mme [[PERSONNE:Jeanne Morvan]], nee le [[DATE_NAISSANCE:11 novembre 1929]] : « le jour de l'armistice, onze ans apres ». Bretonne arrivee dans le {{Nord}} en {{1952}}. Toute sa tete, mais plus ses jambes. Elle nous montre des photos de {{Paimpol}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{23h}}. Un supporter en maillot du {{LOSC}}, arcade ouverte apres le match. Il s'appelle [[PERSONNE:Maxime]], il chante encore. Il donne le numero de son pote pour qu'on l'appelle a la sortie : [[TELEPHONE:06 34 92 11 75]]. L'IOA : « on verra ca dans {{3h}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Couloir des urgences de {{Valenciennes}} : {{7 brancards}} alignes. Une patiente de {{94 ans}} est la depuis {{19h}} hier. L'aide-soignante lui apporte une compote et lui tient la main deux minutes avant de repartir en courant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil admin, jeune femme enceinte orientee vers la maternite. [[PERSONNE:Ayşe Demir]]. Carte de mutuelle : n° adherent [[IDENTIFIANT:MH-77401928]]. L'agent demande un mail pour le questionnaire de satisfaction : [[EMAIL:ayse.demir.59@gmail.com]]. Elle : « vous allez m'envoyer de la pub ? ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le commissariat de {{Lens}} previent : ils amenent un garde a vue pour un certificat de compatibilite. Nom : [[PERSONNE:Steven Lemaire]], ne le [[DATE_NAISSANCE:30/06/2001]]. La secretaire soupire, « encore un samedi soir ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un hopital belge, {{Mouscron}}, pour un transfert. Echange en francais, {{5 min}}, la secretaire passe au medecin. Elle dit que ca arrive « tout le temps, la frontiere c'est a cote ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Residente du CHRS, [[PERSONNE:Mireille]], {{63 ans}}, demande de l'aide pour sa declaration d'impots (obligatoire pour ses droits). Numero fiscal sur le vieil avis : [[IDENTIFIANT:30 12 457 891 234]]. La TS lui cree son espace {{impots.gouv}}, [[PERSONNE:Mireille]] note le mot de passe dans un carnet a fleurs.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour a {{Dunkerque}}. {{6 hommes}} soudanais viennent charger leur telephone et prendre une douche. Pas de noms notes, ils ne les donnent pas et personne ne demande. Un benevole fait des toasts.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}. Appel de [[PERSONNE:Louna]], {{18 ans}}, sortie de l'{{ASE}} il y a une semaine. Elle dort chez un ex. Son ancienne educ lui a donne un mail a transmettre : [[EMAIL:m.petit@somme.fr]]. L'ecoutante l'ecrit, dit qu'elle va l'appeler demain.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'ecoutante rappelle M. [[PERSONNE:Gaspard]] : une place s'est liberee a {{Arras}}. Elle compose le [[TELEPHONE:07 45 09 63 18]], messagerie. Elle rappelle 3 fois en 20 min. Au 4e essai il decroche, il est a {{Douai}}, plus de train. Place perdue.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement de Mme [[PERSONNE:Fatou Keïta]], [[ADRESSE:2 place du Marché, Hautmont]]. Chaudiere en panne depuis {{3 jours}}, les enfants dorment avec leurs manteaux. L'educatrice appelle {{Partenord Habitat}}, ref contrat [[IDENTIFIANT:PDH-55012-07]]. Technicien promis « dans la semaine ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la coloc CHRS ({{3 jeunes}}). Vaisselle en {{tour de Pise}}, conflit sur le menage. L'educ fait un planning au tableau, ils rigolent, personne n'y croit vraiment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Tourcoing}}. M. [[PERSONNE:Mehmet Yıldız]], {{47 ans}}, chauffeur PL, veut passer la {{FIMO}}. Identifiant [[ID_FRANCE_TRAVAIL:1739562H]]. Mail : [[EMAIL:m.yildiz.transport@gmail.com]]. Le conseiller lui trouve une session a {{Lesquin}} en mars.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Claire-Marie de Villiers]], cadre, licenciement eco, {{CSP}}. Elle veut verifier le RIB enregistre pour l'allocation, le conseiller le lit a l'ecran : [[IBAN:FR76 1670 6050 1254 1062 8831 064]]. C'est le bon. Il l'oriente vers l'{{Apec}}. Elle a un carnet {{Moleskine}} et prend tout en note.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Cambrai}}, atelier « codes de l'entreprise », {{5 jeunes}}. La conseillere joue le recruteur. Un jeune arrive avec {{15 min}} de retard, tout le monde rit : c'etait justement le theme du jour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Amiens}} {{Nord}}. [[PERSONNE:Kevin]], {{24 ans}}, identifiant [[ID_FRANCE_TRAVAIL:0928374 N]], veut un CDI chez {{Procter & Gamble}} « comme mon oncle ». Le conseiller dit que ca recrute surtout en interim. [[PERSONNE:Kevin]] : « ben alors l'interim ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Sébastien Hoarau]] appelle, son identifiant ne marche plus. Il le lit chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:8 4 5 2 0 1 7 X]] ». La conseillere retrouve : compte bloque apres 5 mauvais mots de passe. Deblocage, nouveau code par SMS.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Relance des absents a l'information collective : {{6 appels}}. 1 « j'avais oublie », 2 messageries, 3 numeros qui n'existent plus. La conseillere : « classique ».",
    ),
]

# Notes 141-175 (fifth edit).
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Roubaix}}. M. [[PERSONNE:Mustapha El Idrissi]] vient dire que sa femme est partie au {{Maroc}} pour s'occuper de sa mere, « {{6 mois}} peut-etre ». Num alloc [[N_ALLOCATAIRE:6049513]]. L'agent explique la regle des {{3 mois}} hors de France et ce que ca change pour le foyer. Il note tout au dos d'un ticket de metro.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa avec une poussette double, des jumeaux de {{5 mois}}. Il vient pour la {{PreParE}}. L'agent lui explique que les deux parents peuvent la partager. Il savait pas. Il appelle sa femme en visio depuis le guichet, l'agent refait l'explication a l'ecran 😄.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Boukhalfa]] : virement pas recu. L'agent voit le versement du {{5}} sur le compte [[IBAN:FR76 3002 7172 0800 0205 9173 465]] — son ancien compte {{CIC}}, ferme depuis juin. Num alloc [[N_ALLOCATAIRE:2750318]]. « Le virement va revenir, comptez {{10 jours}} ». Elle : « et je paie le loyer avec quoi ? ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause cafe {{10h30}} ☕. L'agente me montre les « fiches reflexes » sur l'intranet : une par situation (separation, deces, naissance…). Elle dit qu'elle les connait par coeur et qu'elle improvise quand meme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle {{Caf}} a {{Camon}}, [[ADRESSE:17 rue Roger Allou, 80450 Camon]]. Mme [[PERSONNE:Lejeune]], parent isole. Dans le garage, une moto, [[IMMATRICULATION:FT-556-MW]]. Elle dit que c'est celle de son ex qui « doit venir la chercher depuis un an ». Le controleur prend la plaque en note, sans commentaire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle ressources. M. [[PERSONNE:Jonathan Leclercq]] vend beaucoup sur {{Leboncoin}}, pseudo [[IDENTIFIANT:@jojo_bonplans59]]. Le controleur demande si c'est une activite reguliere. « C'est le grenier de ma grand-mere, y en a pour des annees ». Le controleur rit, note quand meme les montants.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Hélène Baillon]], nee a {{Calais}} en [[DATE_NAISSANCE:1958]], jeune retraitee, change d'adresse : [[ADRESSE:5 rue du Pont-Lottin, 62100 Calais]]. NIR [[NIR:2 58 01 62 193 145 38]]. L'agent met a jour en {{2 min}}. Elle voulait surtout parler, elle reste {{10 min}} de plus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Atelier {{ameli}} collectif a {{Abbeville}} : {{5 seniors}}, l'agent projette le site au mur. Un monsieur sort un telephone a clapet. « Et moi je fais comment ? ». L'agent : « vous, vous venez me voir ». Tout le monde applaudit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Emmanuel Mukendi]], carte {{AME}} expiree depuis {{2 semaines}}, n° de carte [[IDENTIFIANT:AME-59-0093417]]. Il a un rdv d'hopital lundi. L'agent verifie : le renouvellement est en cours, il lui fait une attestation provisoire. Il la plie en quatre dans son passeport.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lambert]] appelle pour ses indemnites maternite. « Attendez je prends ma carte » — elle lit : [[NIR:2 90 12 59 392 310 61]]. Nee a {{Maubeuge}}, dit-elle pour etre sure. L'agent voit le dossier, il manque le certificat de reprise du travail.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Cas complique de remboursement de fauteuil roulant. L'agent ne peut pas repondre et donne l'adresse mail d'une collegue du service, [[PERSONNE:Nathalie]] : [[EMAIL:nathalie.vasseur@assurance-maladie.fr]], « elle vous repondra sous {{8 jours}} ». Il me dit apres qu'il n'aurait pas du, mais que sinon le monsieur attend {{2 mois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret, M. [[PERSONNE:Guillaume Pruvost]]. Absent a {{10h15}}. La controleuse note la voiture garee dans l'allee, [[IMMATRICULATION:CZ-774-HN]], « donc il est pas parti loin ». On attend {{5 min}}, rien. Avis de passage.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Dunkerque}}, antenne de {{Rosendaël}}. Mme [[PERSONNE:Ghislaine Vercoutre]] demande une aide pour la cantine de sa petite-fille, [[PERSONNE:Lilou]], nee en [[DATE_NAISSANCE:2016]], qu'elle eleve seule. Elle laisse son fixe, [[TELEPHONE:03 28 24 90 17]], « le portable je sais pas m'en servir ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Vitre en plexi entre l'agente et le public depuis le {{Covid}}. On n'entend rien. L'agente se penche, le monsieur se penche. Ils finissent par parler par le cote de la vitre, comme tout le monde.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente appelle la {{Caf}} (ligne partenaires) pour verifier les droits de M. [[PERSONNE:Bakari Dembélé]], n° allocataire [[N_ALLOCATAIRE:0918347]], avant la commission. Attente : {{25 min}} meme sur la ligne partenaires. Elle fait autre chose en meme temps, le combine coince sur l'epaule.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Gosselin]] veut recevoir le formulaire d'{{aide au chauffage}} par mail. Il epelle : « [[EMAIL:rene.gosselin (at) free.fr]] », en disant « at » comme « hatte ». L'agente comprend au deuxieme essai.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile, aide au demenagement. M. [[PERSONNE:Bogdan Nowicki]], {{76 ans}}, [[ADRESSE:8 rue de Mulhouse, cité 12, 62300 Lens]], maison de mineur humide. Il part en residence autonomie. Il montre la lampe de son pere, mineur aussi. L'agente le laisse raconter.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme gare sa voiture devant l'entree des urgences pour deposer sa femme, Mme [[PERSONNE:Benkirane]], et reste avec elle. La secu note la plaque, [[IMMATRICULATION:EH-329-PK]], et l'annonce au micro. Il ressort en courant en s'excusant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : la tele passe {{BFM}} sans le son. Un enfant fait rouler une petite voiture sur toutes les chaises. Personne ne dit rien, tout le monde le regarde, ca occupe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les pompiers amenent M. [[PERSONNE:Cédric Vanneste]], malaise au travail, conscient mais confus. L'agente trouve sa {{carte vitale}} dans le portefeuille que lui tend un pompier, saisit [[NIR:1 83 10 59 599 045 06]]. Il demande trois fois quel jour on est.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame sourde, Mme [[PERSONNE:Odile Fauquembergue]], communique par ecrit sur le bloc de l'agent. Elle ecrit son mail [[EMAIL:odile.fqb@sfr.fr]] pour qu'on previenne sa fille. L'agent appelle le service d'interpretation {{LSF}} : dispo dans {{1h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient parti sans attendre cette nuit rappelle pour recuperer son blouson. M. [[PERSONNE:Anthony Brasseur]], joignable au [[TELEPHONE:06 09 58 27 14]]. La secretaire cherche dans le placard des objets trouves : 4 blousons noirs.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Maubeuge}}. M. [[PERSONNE:Rudy Lemoine]] a ouvert un compte {{Nickel}} au bureau de tabac, il montre fierement l'IBAN sur son tel : [[IBAN:FR76 1090 7000 0123 4198 7051 226]]. La TS le recopie pour la Caf. Premier compte a son nom a {{41 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au CHRS de {{Calais}} : {{42 couverts}}, pates bolo. Un resident fait la plonge contre une cigarette (interdit, tolere). L'equipe mange a la meme table que les residents, c'est voulu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Pas-de-Calais}}. Famille syrienne, M. [[PERSONNE:Al-Hassan]] et {{4 enfants}}, a la gare d'{{Arras}}. L'ecoutant note le numero du pere, [[TELEPHONE:+33 7 58 46 20 91]], et lui dit de ne pas bouger. Il parle avec lui en anglais, puis avec le fils de {{12 ans}} qui traduit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fiche {{SI-SIAO}} a l'ecran pendant l'appel : « [[PERSONNE:DIALLO Mariama]] — DDN [[DATE_NAISSANCE:1996-02-11]] — 1 adulte 2 enfants — derniere nuitee {{Tourcoing}} ». L'ecoutante lit en silence et dit juste « oui madame je vois votre dossier ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{20h}} pile : la ligne sature, {{14 appels}} en attente d'un coup. Le chef de poste s'assoit a un 3e poste. Ils ne se parlent pas, juste des signes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'educ : M. [[PERSONNE:Loïc]] vit dans une caravane au [[ADRESSE:camping municipal Les Dunes, emplacement 14]] a {{Bray-Dunes}} depuis l'hiver. La caravane est immatriculee [[IMMATRICULATION:3927 VK 59]], vieille plaque. Humide, mais il ne veut pas partir : « ici c'est la mer ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Alassane Touré]], identifiant [[ID_FRANCE_TRAVAIL:3360728 Y]], a un entretien a {{Paris}} jeudi. Aide a la mobilite pour le train. Remboursement sur son compte : [[IBAN:FR76 1250 6800 5256 2018 4390 729]]. La conseillere imprime la convocation, il la range dans une pochette plastique neuve.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Liévin}}, borne libre-service : imprimante HS depuis {{9h}}. 3 personnes repartent sans leur attestation. L'agent d'accueil colle un papier « EN PANNE » avec du scotch marron.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lille}} {{Fives}}. [[PERSONNE:Sarah Bensalem]], master de chimie, cherche depuis {{14 mois}}. La conseillere : « vous avez pense a {{Bruxelles}} ? ». Elle note son mail pour des offres transfrontalieres : [[EMAIL:sarah.bensalem.pro@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Florent Delattre]], identifiant [[ID_FRANCE_TRAVAIL:4098215P]], demande l'aide au carburant pour sa mission d'interim a {{Arras}}. Carte grise : [[IMMATRICULATION:AS-187-TZ]]. Il fait {{90 km}} par jour. Aide accordee pour {{1 mois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Pascal Hennebert]] donne son identifiant : « [[ID_FRANCE_TRAVAIL:1207364 F]], F comme {{France}} ». Il veut savoir pourquoi son allocation a baisse : il a travaille {{42 heures}} en octobre. Explication du cumul, {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller rappelle un employeur qui n'a repondu a aucune des {{8 candidatures}} envoyees. Reponse : « ah on a trouve en interne ». Il raccroche et barre l'offre d'un trait rouge.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Kadiatou Bah]] veut savoir si elle a droit a l'{{ARE}} apres une demission. Le conseiller verifie son identite : date de naissance ? « [[DATE_NAISSANCE:3 mars 1979]] ». Reponse : pas de droit sauf demission legitime. Rappel avec un collegue au [[TELEPHONE:06 66 41 07 82]] demain.",
    ),
]

# Notes 176-210 (sixth edit).
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} antenne de {{Douai}}. M. [[PERSONNE:Patrick Wemaere]], {{52 ans}}, ne a {{Douai}}, premiere demande de {{RSA}} apres la fin de ses droits chomage. L'agent saisit le NIR [[NIR:1 71 12 59 178 064 45]], le systeme attribue le num alloc [[N_ALLOCATAIRE:7730125]]. Il dit « j'ai jamais rien demande a personne ». L'agent : « c'est pas demander, c'est un droit ».",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent repond en arabe dialectal a une dame agee qui comprend pas le francais administratif. Il me dit apres qu'il n'est « pas cense », mais que sinon elle revient {{3 fois}}. Elle repart avec son dossier complet.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Frontalier : M. [[PERSONNE:Dirk Verhaeghe]], belge, vit a {{Halluin}}, veut que les {{allocations familiales}} arrivent sur son compte belge, [[IBAN:BE17 0018 2549 3621]]. Num alloc [[N_ALLOCATAIRE:3062587]]. L'agent : oui, c'est possible, c'est une zone {{SEPA}}. Il est surpris que ce soit si simple.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Carole Decroix]] dicte son numero allocataire chiffre par chiffre, « [[N_ALLOCATAIRE:4 8 2 6 0 1 3]] », et veut etre rappelee au [[TELEPHONE:06 80 13 57 24]] apres {{16h30}} (sortie d'ecole). L'agent cree la demande de rappel. Delai annonce : {{72h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a {{Lomme}}, [[ADRESSE:avenue de Dunkerque, n° 214, Lomme]]. Mme [[PERSONNE:Rosalie Mbarga]], etudiante camerounaise, en coloc non declaree ? Non : les deux autres chambres sont vides, les colocs sont partis en juin. Le controleur lui demande un mail pour envoyer le compte rendu : [[EMAIL:rosalie.mbarga@yahoo.fr]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle annule : l'allocataire est hospitalisee, on l'apprend par la voisine sur le palier. On repart. Le controleur me dit qu'un controle sur quatre ne se fait pas pour une raison ou une autre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Gilbert Deswarte]], ne a {{Dunkerque}} le [[DATE_NAISSANCE:19 fevrier 1956]], retraite des chantiers navals. Il veut la {{CEAM}} pour aller voir sa fille au {{Canada}}. L'agent : « monsieur la carte europeenne, au Canada, ca marche pas ». NIR [[NIR:1 56 02 59 183 121 25]] verifie quand meme. Conseil : assurance voyage.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Samia Bouchareb]] depose un RIB pour ses IJ. L'agent recopie a voix haute, sans espaces, comme sur le papier imprime : [[IBAN:FR7630004025110001137284091]]. Elle verifie avec son doigt sur la feuille. Ok.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Joaquim Pereira]], ne au {{Portugal}}, NIR [[NIR:1 69 09 99 139 077 75]], appelle pour son accident du travail (chute d'echafaudage sur un chantier a {{Béthune}}). Dossier AT n° [[IDENTIFIANT:AT-2024-62-118437]]. Il parle vite, l'agent lui demande de repeter trois fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle accident du travail. M. [[PERSONNE:Ahmed Chaoui]] est la, genou bande. Un utilitaire de son entreprise, [[IMMATRICULATION:GK-460-AJ]], arrive pendant qu'on est la : le patron lui depose des papiers a signer. La controleuse note l'heure et la plaque, « pour le contexte ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Residence de {{40 boites aux lettres}}, aucune etiquette. La controleuse sonne au hasard, une dame ouvre et ne connait personne. Elle abandonne au bout de {{20 min}} : « adresse inexploitable ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Cathy Lemaître]] travaille a la {{Boulangerie Vandamme}}, a temps partiel ({{20h}} par semaine). Pour l'aide du {{CCAS}}, le patron, M. [[PERSONNE:Vandamme]], lui a fait une attestation de salaire manuscrite sur papier a en-tete. L'agente l'accepte en souriant : « on connait, c'est nos croissants ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financiere : normalement versee au fournisseur. Mme [[PERSONNE:Françoise Dhalluin]] a deja paye sa facture avec un credit, elle voudrait l'aide sur son compte. RIB : [[IBAN:18025 00010 08730154962 40]]. L'agente dit qu'elle va voir avec sa chef, « exceptionnellement ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Hautmont}}, matinee : {{11 passages}}. 4 pour des colis, 3 pour des dossiers logement, 2 pour la cantine, 1 pour la carte de bus, 1 « pour parler ». L'agente dit que le dernier c'est le plus important.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Hamza Benyoucef]] appelle pour savoir si son dossier {{FSL}} est passe. Il donne son numero {{Caf}} au lieu d'un numero de dossier : [[N_ALLOCATAIRE:5529041]]. L'agente retrouve quand meme. Accorde, {{600 €}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite sur l'aire d'accueil des gens du voyage. Famille [[PERSONNE:Winterstein]], [[ADRESSE:aire d'accueil de Wattrelos, place 7]]. La caravane principale est immatriculee [[IMMATRICULATION:DL-381-XC]]. Demande d'aide pour la cantine des petits. Le papi nous offre un cafe tres sucre.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Paulette Descamps]], {{89 ans}}. Sur le frigo, le numero de son fils en gros chiffres : [[TELEPHONE:06 17 92 35 48]]. Elle recite sa date de naissance comme a l'ecole, « [[DATE_NAISSANCE:huit mai mille neuf cent trente-cinq]] ». Elle veut rester chez elle. L'agente note : portage de repas + teleassistance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:M'Hamed Bensaïd]], {{71 ans}}, essoufle, accompagne par son petit-fils. Carte vitale + carte de mutuelle {{Harmonie}}, n° [[IDENTIFIANT:2210478536]]. L'IOA le prend tout de suite, tri 2. Le petit-fils reste seul en salle avec le sac plastique des medicaments.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter : [[PERSONNE:Nolan]], {{16 ans}}, bras casse. La police a rempli un formulaire, la plaque du scooter ecrite en minuscules : [[IMMATRICULATION:fg-071-zr]]. Sa mere arrive en pyjama sous son manteau.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box 2 ferme faute de personnel. Une interne vient renforcer l'accueil. L'IDE d'orientation me dit que c'est comme ca « tous les week-ends depuis le {{Covid}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une entreprise appelle pour une salariee blessee sur le quai de chargement, [[PERSONNE:Priscilla]]. La RH, Mme [[PERSONNE:Vasseur]], laisse son mail pour la declaration : [[EMAIL:rh.vasseur@transports-delmotte.fr]]. La secretaire explique qu'elle ne donnera aucune info medicale.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir si sa femme est arrivee. M. [[PERSONNE:Froissart]] laisse son numero en le disant tres lentement : « [[TELEPHONE:zéro trois, vingt-deux, quarante-quatre, soixante-dix-huit, douze]] ». La secretaire le lui fait repeter, puis le relit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour de {{Saint-Quentin}}. Le TS, [[PERSONNE:Quentin]] (« oui oui, comme la ville »), aide M. [[PERSONNE:Abdoulaye Sylla]] a retrouver son identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:6627103K]], ecrit sur un vieux courrier tout froisse. Connexion ok au 2e essai.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ouverture de droits {{PUMa}} pour M. [[PERSONNE:Rabah Ouali]], ne en {{Algérie}} en [[DATE_NAISSANCE:août 78]]. Il a deja un NIR d'un ancien emploi : [[NIR:1 78 08 99 352 015 80]]. La TS est soulagee, « ca va aller 10 fois plus vite ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Residente, [[PERSONNE:Nadia]], veut faire verser son {{AAH}} sur un nouveau compte ouvert a la {{Poste}} : [[IBAN:FR03 2004 1000 0118 6420 9W02 872]]. L'educatrice l'aide a remplir le formulaire {{Caf}}, [[PERSONNE:Nadia]] signe en s'appliquant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. M. [[PERSONNE:Thierry Lhomme]] appelle depuis sa voiture, il dort sur le parking d'{{Auchan}} a {{Noyelles-Godault}}. Il donne sa plaque pour que la maraude le trouve : [[IMMATRICULATION:BX 552 TF]]. Il precise « la {{Clio}} grise, pas la bleue ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une nouvelle ecoutante en double ecoute, casque sur les oreilles, cahier ouvert. Elle ecrit tout. A la pause elle me dit : « le plus dur c'est de dire non, et on le dit {{40 fois}} par soir ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus : M. [[PERSONNE:Dimitri Popescu]] a trouve un CDD de {{6 mois}} chez un paysagiste ! Il montre le contrat et son identifiant {{France Travail}}, [[ID_FRANCE_TRAVAIL:2915046 L]], pour declarer la reprise. L'educ fait la declaration avec lui sur le tel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de M. [[PERSONNE:Enzo Carlier]], {{21 ans}}, ne a {{Saint-Quentin}}. L'agent saisit le NIR [[NIR:1 03 11 02 691 389 49]], identifiant genere [[ID_FRANCE_TRAVAIL:9034187C]]. Il a un bac pro logistique et veut « un truc dehors ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Abena Opoku]], ghaneenne, change de banque pour son {{ARE}}. Nouveau RIB : [[IBAN:FR76 1027 8022 1000 0211 7860 550]]. La conseillere lui explique en anglais que ca prend un mois. « One month ?! ». Oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Armentières}}. Le conseiller me montre son portefeuille : {{612 demandeurs}} suivis. « Je connais pas la moitie de leurs visages ». Il ouvre un dossier au hasard, le dernier contact date de {{8 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lens}}. [[PERSONNE:Chloé Kaczmarek]], {{27 ans}}, cherche dans la com, a fait un stage au {{Louvre-Lens}}. Elle donne son insta pro, [[IDENTIFIANT:@chloe.kcz]], et son mail [[EMAIL:chloe.kaczmarek@protonmail.com]]. La conseillere note, un peu perdue avec « insta pro ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Tony Leclerc]] donne d'abord son numero {{Caf}} par erreur, [[N_ALLOCATAIRE:1184296]]. Le conseiller : « ca c'est la Caf monsieur ». Il retrouve le bon : [[ID_FRANCE_TRAVAIL:5067731 S]]. Attestation envoyee dans son espace.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere appelle l'auto-ecole partenaire pour le permis finance de [[PERSONNE:Yanis]]. L'auto-ecole donne le portable du moniteur, M. [[PERSONNE:Franck]], [[TELEPHONE:07 62 30 18 45]], « c'est lui qui a le planning ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Agence d'{{Hénin-Beaumont}} : la ligne directe sonne dans le vide pendant la reunion d'equipe, de {{9h}} a {{9h30}}. {{17 appels manques}}. Apres, la conseillere rappelle les numeros un par un.",
    ),
]

# Notes 211-240 (seventh edit).
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Aurore Deleplanque]], nee a {{Lille}} le [[DATE_NAISSANCE:27/03/1987]], vient declarer son divorce. Pas de piece d'identite sur elle, l'agent verifie avec le NIR qu'elle connait par coeur : [[NIR:2 87 03 59 350 412 58]]. Num alloc [[N_ALLOCATAIRE:2093651]]. Elle dit « enfin » en signant.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Hugo Brunet]] change de banque, RIB {{LCL}} : [[IBAN:FR78 3000 2089 3700 0072 3456 L01]]. L'agent : « tiens, une lettre a la fin, c'est rare ». Il rescanne pour etre sur. {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yolande Pierrard]] appelle pour l'{{ASF}} : son ex ne paie plus la pension depuis {{5 mois}}. Dossier [[N_ALLOCATAIRE:8801472]]. L'agent lui explique l'intermediation, l'{{ARIPA}}. Elle note sur un {{calendrier des Postes}}, je l'entends tourner les pages.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a {{Louvroil}}. M. [[PERSONNE:Kamel Saadi]], declare sans vehicule ni activite. Devant la maison, une camionnette de marche, [[IMMATRICULATION:EY-915-BN]], carte grise au nom de son frere. Il reconnait qu'il « aide » sur le marche de {{Maubeuge}} le samedi. Le controleur explique ce qu'il doit declarer, calmement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Virginie Lecat]], nee a {{Beauvais}} en [[DATE_NAISSANCE:février 81]], demenage dans le {{Nord}}. NIR [[NIR:281026005726630]]. L'agent transfere le dossier de la {{Cpam}} de l'{{Oise}} : « ca prend 3 semaines, gardez votre attestation ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Distributeur de tickets : A = carte vitale, B = remboursements, C = autre. Un monsieur prend les trois « au cas ou ». L'agent rit et les lui echange contre un seul.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Paul-Antoine Colonna]], ne a {{Bastia}}, militaire mute a {{Valenciennes}}. NIR [[NIR:1 93 05 2B 033 118 87]]. Il appelle pour transferer son dossier depuis la {{Haute-Corse}}. L'agent : « {{2B}}, c'est bien 2B ? » — « oui, Bastia c'est 2B ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Thibault Mortier]] dicte son IBAN : « [[IBAN:FR76 3000 3023 7200 0501 4928 874]] ». L'agent ne peut rien modifier par tel, mais il confirme que c'est bien celui enregistre. Le monsieur : « ah bon ben alors pourquoi j'ai rien recu ». Le remboursement part vendredi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controle : M. [[PERSONNE:Ibrahima Diagne]] a demenage sans le dire. La gardienne de l'ancien immeuble donne la nouvelle adresse : [[ADRESSE:bât. 4, 12 avenue de la Liberté, 59150 Wattrelos]]. La controleuse l'appelle au [[TELEPHONE:06 43 87 20 16]], il decroche, il est la-bas. On y va : present.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Roubaix}}. Mme [[PERSONNE:Hadja Koïta]] renouvelle sa demande de logement social. L'agente retrouve le numero unique : [[IDENTIFIANT:05912 24 01 58731]]. Demande active depuis {{4 ans}}. Mme [[PERSONNE:Koïta]] : « 4 ans, mes enfants ont grandi dans le T2 ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution de fournitures scolaires : {{30 cartables}} prepares par des benevoles, un par enfant inscrit. A {{10h}} il en reste 4. Une maman en prend un pour son neveu, l'agente ferme les yeux.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de l'{{UTPAS}} appelle pour un dossier commun. Elle se presente, [[PERSONNE:Céline Dequidt]], et donne son mail : [[EMAIL:c.dequidt@lenord.fr]]. Echange rapide, elles se connaissent, se tutoient.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente appelle {{France Travail}} pour un usager, M. [[PERSONNE:Lucas Vermeersch]], dont le {{RSA}} est suspendu. Elle donne son identifiant : [[ID_FRANCE_TRAVAIL:7781240 J]]. On lui dit qu'il n'est pas venu a {{2 rdv}}. Elle soupire : « il a plus de telephone ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite a {{Wattrelos}}. M. [[PERSONNE:Marcel Declercq]], {{82 ans}}, ancien frontalier, touche une pension belge sur [[IBAN:BE85 7340 1983 6206]] et une petite retraite francaise. L'agente calcule les ressources a la main, en euros des deux cotes, « au moins ca c'est simple ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Fabienne Coquelle]] arrive en voiture avec son mari qui saigne du nez depuis 2h. Parking plein : l'agent de securite note sa plaque, [[IMMATRICULATION:ER-208-DM]], et la laisse sur l'arret minute. « Vous avez {{20 minutes}} madame ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Vasile Ciobanu]], moldave, chauffeur routier, douleur thoracique sur une aire d'autoroute. Passeport n° [[IDENTIFIANT:RA0827164]], date de naissance ecrite a la maniere du passeport : [[DATE_NAISSANCE:02.11.1985]]. L'agente colle l'etiquette, l'IOA l'emmene direct.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH Gustave Dron}}, {{Tourcoing}}. Banderoles « hopital en danger » sur la facade. Dedans, {{31 patients}} a {{17h}}. L'IOA a un brassard « en greve » et travaille quand meme.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un infirmier liberal appelle pour un patient qu'il envoie : pansement infecte. Il laisse son portable pro, [[TELEPHONE:06.95.27.41.30]], « c'est [[PERSONNE:Jérôme]], le medecin me connait ». La secretaire note « [[PERSONNE:Jerome]] IDEL » sur le post-it.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Christophe Bauduin]], resident, veut vendre sa voiture pour payer ses dettes. La TS l'aide a remplir le certificat de cession : [[IMMATRICULATION:AD-944-PV]], {{Peugeot 206}} de 2004. Prix : {{400 €}}. Il dit « elle m'a servi de maison pendant un an ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Jennifer Dufossé]], nee a {{Arras}} en [[DATE_NAISSANCE:92]], arrivee au CHRS avec son bebe de {{3 semaines}}. NIR [[NIR:2 92 08 62 041 157 25]] retrouve sur une vieille attestation. La TS ouvre les droits du bebe dans la foulee.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. M. [[PERSONNE:Souleymane Konaté]] demande s'il peut recevoir son courrier {{Caf}} a l'adresse du centre ou il dort. Il donne son num alloc, [[N_ALLOCATAIRE:6381024]], au cas ou. L'ecoutant lui explique la domiciliation au {{CCAS}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Esther Kalonji]] rappelle pour la 3e fois de la soiree. L'ecoutante reprend sa fiche, ref [[IDENTIFIANT:62-SIAO-2024-07731]] : toujours rien. Elle lui propose de rester en ligne un moment. Elles parlent des enfants {{5 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite budget avec l'educ. M. [[PERSONNE:Fabrice Leleu]] montre ses releves, IBAN [[IBAN:FR76 1131 5000 0108 2145 9302 786]] en haut de chaque page. 4 credits renouvelables, {{380 €}} de prelevements par mois. Dossier de surendettement a monter. Il a l'air soulage qu'on le dise a sa place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Idriss Benmansour]], identifiant [[ID_FRANCE_TRAVAIL:3482906 V]], vient donner son nouveau numero, [[TELEPHONE:07 84 56 12 03]], l'ancien a ete vole. Le conseiller met a jour et en profite pour lui proposer un atelier. Il dit oui trop vite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating {{Auchan}} dans la salle du fond : {{25 candidats}}, {{3 recruteurs}}, {{5 min}} chacun. Les conseillers font tourner les chaises. Une candidate ressort en disant « ils m'ont meme pas regardee ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Ophélie Lebrun]], RH en reconversion, veut qu'on regarde son profil : [[IDENTIFIANT:linkedin.com/in/ophelie-lebrun-rh]]. La conseillere le parcourt sur son ecran et conseille d'enlever la photo de vacances.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Noémie Descamps]] appelle pour une attestation employeur manquante, identifiant [[ID_FRANCE_TRAVAIL:6039418 B]]. La conseillere voit que l'employeur l'a envoyee ce matin. « Ca va se debloquer dans la journee ». [[PERSONNE:Noemie]] : « sérieux ?! »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller dicte son propre mail a un demandeur qui veut lui envoyer son CV : « [[EMAIL:aurelie.hennion@francetravail.fr]] — non pardon c'est celui de ma collegue [[PERSONNE:Aurélie]] ». Il se reprend et donne le sien, sans que je le note.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une personne appelle juste pour savoir si l'agence est ouverte le {{1er mai}}. Non. {{40 secondes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Verification d'identite au telephone. Mme [[PERSONNE:Mathilde Rigaux]] donne sa date de naissance : « le [[DATE_NAISSANCE:vingt-neuf fevrier quatre-vingt-quatre]] ». Le conseiller sourit, « une annee bissextile, je retiens ». Son dossier de formation {{CPF}} est valide.",
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
CHANNELS = {
    "caf": ("accueil_physique", "accueil_telephonique", "controle_sur_place"),
    "cpam": ("accueil_physique", "accueil_telephonique", "controle_sur_place"),
    "ccas": ("accueil_physique", "accueil_telephonique", "controle_sur_place"),
    "urgences": ("accueil_physique", "accueil_telephonique"),
    "chrs": ("accueil_physique", "accueil_telephonique", "controle_sur_place"),
    "france_travail": ("accueil_physique", "accueil_telephonique"),
}
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
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
        if value != value.strip():
            raise ValueError(f"marked value {value!r} has outer whitespace")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build():
    """Return the notes as dicts, ids in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if channel not in CHANNELS[site_kind]:
            raise ValueError(f"note {number}: {site_kind}/{channel} is not a cell of this corpus")
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
    """Draw dev / holdout ids from ``{id: (site_kind, channel)}`` only."""
    rng = random.Random(SEED)
    by_cell = {}
    for note_id, cell in cells.items():
        by_cell.setdefault(cell, []).append(note_id)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(by_cell):
        ids = sorted(by_cell[cell])
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
    lines = [
        json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=lambda n: n["id"])
    ]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev, {len(holdout)} holdout notes written to {HERE}")


if __name__ == "__main__":
    main()
