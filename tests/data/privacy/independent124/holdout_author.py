"""Independent evaluation corpus n° 124: 240 hand-written French observation notes.

Every note below was written by hand, one by one, as a ``(site_kind, channel, text)`` tuple
with inline marks:

- ``[[LABEL:value]]``: a value to mask, labelled with one of the guide's labels;
- ``{{value}}``: a string that looks like personal data but must be kept (``keep`` list).

Running this file strips the marks, computes the offsets (Python string indices, end
exclusive), numbers the notes ``ind124-001`` … ``ind124-240`` in writing order, draws the
dev / holdout split (``random.Random(124)``, by site kind × channel cell, from the ids and
cells only) and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py [--stats]   (standard library only, deterministic)
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind124"
SEED = 124


NOTES_1 = [
    (
        "caf",
        "accueil_telephonique",
        "{{9h12}} 1er appel. Dame qui appelle pr son {{APL}} qui a baissé. [[PERSONNE:Corinne]] (l'agente) demande le num alloc. « alors c'est [[N_ALLOCATAIRE:2 3 1]]… attendez j'ai le courrier sous les yeux… [[N_ALLOCATAIRE:2318406]] ». Le nom : « [[PERSONNE:Gaborit]], [[PERSONNE:G A B O R I T]] ». Code postal {{85000}}, elle est à {{La Roche-sur-Yon}}. Tout ça en {{2 min}}, [[PERSONNE:Corinne]] tape en même temps qu'elle parle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Sarthe}}, plateforme {{3646}}. Un monsieur âgé (près de {{80 ans}}) donne son numéro de sécu en le lisant sur sa carte vitale, très lentement : « [[NIR:un… quarante-sept… douze… quatre-vingt-cinq… cent quatre-vingt-quatorze… zéro quarante-six… et la clé cinquante-sept]] ». L'agent ([[PERSONNE:Yannick]]) répète [[NIR:1 47 12 85 194 046 57]], le monsieur : « c'est ça mon petit ». Il est né aux {{Sables}} mais vit au {{Mans}} chez sa fille depuis le décès de sa femme, il ne sait pas quoi faire pour la mutuelle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel transféré du {{3949}} vers l'agence de {{Cholet}}. Un jeune se présente « [[PERSONNE:Théo]] euh [[PERSONNE:Théo Bouyer]] ». La conseillère demande l'identifiant : « [[ID_FRANCE_TRAVAIL:4172]]… non attendez… [[ID_FRANCE_TRAVAIL:4127 583 T]] ». Elle : « T comme {{Thomas}} ? » « oui ». Elle trouve rien. En fait c'est [[ID_FRANCE_TRAVAIL:4127583D]], D comme {{Denis}}, il avait mal relu sa propre écriture 😅. Radié depuis {{mars}} pour absence à un rdv.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Angers}}, {{10h40}}. File de {{14 personnes}} dehors avant l'ouverture, il pleut. Un vigile distribue les tickets. Borne en panne → tout le monde au guichet. Une maman avec poussette attend {{35 min}} pour une attestation qu'elle aurait pu télécharger sur {{caf.fr}}, mais elle n'a pas d'imprimante. Agent : « on imprime, c'est pas grave ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} {{Nantes}}, {{IAO}}. Homme {{45 ans}} env., douleur thoracique, venu seul en voiture et garé devant l'entrée des ambulances : [[IMMATRICULATION:FG-318-KD]]. L'agent de sécu vient demander à qui elle est. Infirmière ([[PERSONNE:Maëlle]]) : « on verra après, là il passe en box ». Le patient donne son nom, [[PERSONNE:Ahmed Zerrouki]], et sa date de naissance « [[DATE_NAISSANCE:12 du 4 80]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Angers}}. Dame qui a perdu sa carte vitale. Agente : « votre numéro de sécu ? » « [[NIR:2, 58, 03… euh 49… 328… 009, 96]] ». Agente : « [[NIR:2 58 03 49 328 009 96]], Madame [[PERSONNE:Cesbron]] ? » « oui c'est moi, [[PERSONNE:Odile Cesbron]] ». Elle confirme née à {{Saumur}} le [[DATE_NAISSANCE:17 mars 1958]]. Nouvelle carte commandée au tél, délai {{15 jours}}. Pas de photo à renvoyer, déjà dans le dossier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Saint-Nazaire}}. Matinée calme. {{3 demandes}} d'aide alimentaire, 1 pour une facture d'eau. L'agente explique l'épicerie sociale : {{10 %}} du prix, carte valable {{3 mois}}. Le monsieur demande s'il peut venir avec son chien, réponse non. Il repart un peu vexé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "FT {{Laval}}, rappel programmé à {{14h}}. Conseiller [[PERSONNE:Karim]] rappelle une demandeuse pour changer son adresse mail. Elle dicte : « [[EMAIL:nathalie point ouvrard arobase orange point fr]] ». [[PERSONNE:Karim]] relit « [[EMAIL:nathalie.ouvrard@orange.fr]] ». « Non ! [[PERSONNE:Ouvrard]] avec un W… non pardon, [[PERSONNE:O U V R A R D]], c'est bon en fait ». Rire des deux côtés. Nouveau portable : « [[TELEPHONE:07 81 46 22 09]] ». Vérif identité par la date de naissance : « [[DATE_NAISSANCE:2 juin 74]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Sarthe}}, {{22h40}}. Femme avec {{2 enfants}} à la gare du {{Mans}}, pas de place. Écoutante ([[PERSONNE:Sophie]]) prend les noms : « [[PERSONNE:Kabongo]], [[PERSONNE:K A B O N G O]], prénom [[PERSONNE:Grâce]] ». Enfants [[PERSONNE:Exaucé]] {{6 ans}} et [[PERSONNE:Divine]] {{3 ans}}. Orientées vers l'hôtel {{Première Classe}}, {{chambre 14}}, pour {{2 nuits}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Hervé]], contrôleur {{Caf}} {{44}}. T3 au [[ADRESSE:14 rue de la Houssinière, 44300 Nantes]], 4e sans ascenseur. Allocataire Mme [[PERSONNE:Nguyen Thi Lan]], déclarée isolée. [[PERSONNE:Hervé]] regarde les brosses à dents, le courrier dans l'entrée : une lettre au nom de M. [[PERSONNE:Pham]] à la même adresse. Elle dit que c'est son frère qui se fait envoyer le courrier là. Il note, ne dit rien. {{45 min}} de visite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{11h05}}. M. [[PERSONNE:Traoré]] pour un remboursement. Il donne son numéro : « [[NIR:1 90 05 99 341 118 59]] ». Agent ([[PERSONNE:Benoît]]) : « [[NIR:99]] ? vous êtes né à l'étranger ? » « oui au {{Sénégal}}, à {{Thiès}} ». Prénom : « [[PERSONNE:Mamadou]]… non sur la carte c'est [[PERSONNE:Mamadou Lamine]], avec les deux ». Date de naissance « [[DATE_NAISSANCE:mai 90]] », pour le jour il rit : « au pays on a mis le 1er » → [[DATE_NAISSANCE:01/05/1990]] dans l'appli. Remb. de {{23,50 €}} bloqué faute de justif.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence FT {{Saint-Nazaire}}. Atelier CV {{10h-12h}}, {{8 inscrits}}, {{5 venus}}. La conseillère projette un CV modèle sans nom (« {{Prénom NOM}} »). Deux participants n'ont pas d'adresse mail → création sur place. Un monsieur ne trouve pas l'arobase sur le clavier, on lui montre {{Alt Gr}} + 0.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur qui a déménagé sans le déclarer. Nouvelle adresse, il cherche : « c'est au [[ADRESSE:8 rue du Général]]… non [[ADRESSE:18 bis rue du Général Leclerc]]… à {{Rezé}}, le code postal c'est {{44400}} je crois ». L'agente confirme. Alloc [[N_ALLOCATAIRE:0874152]], il s'appelle [[PERSONNE:Florian Rabiller]]. Rappel : la déclaration de changement se fait en ligne, elle la fait pour lui pendant l'appel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente urgences {{Cholet}}, {{23 personnes}} à {{16h}}. Écran : « délai estimé {{4h}} ». Un papa s'énerve, l'agent d'accueil reste très calme. Une dame âgée sur un brancard dans le couloir depuis le matin. Personne ne mange, distributeur vide.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Jeune femme, étudiante, demande sa {{C2S}}. L'agent ([[PERSONNE:Stéphane]]) : « votre nom ? » « [[PERSONNE:Benhaddou]] » « B E N… » « [[PERSONNE:B E N H A deux D O U]] ». Prénom [[PERSONNE:Yasmine]]. NIR : « [[NIR:2 96 11 99 352 067 17]] » ; elle précise « née en {{Algérie}}, à {{Oran}}, en [[DATE_NAISSANCE:novembre 96]] ». [[PERSONNE:Stéphane]] lui explique qu'elle doit faire sa demande sur {{ameli}}, elle dit qu'elle a essayé {{3 fois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} d'{{Angers}}. Une dame appelle pour son voisin âgé qui ne répond plus. L'agente prend les infos : le monsieur s'appelle [[PERSONNE:René Chupin]], habite au [[ADRESSE:3 square Dumont d'Urville]], quartier {{Monplaisir}}. La voisine se présente « Mme [[PERSONNE:Lardeux]] » puis épelle [[PERSONNE:L A R D E U X]] parce que l'agente avait tapé [[PERSONNE:Lardoux]]. Tél de la voisine [[TELEPHONE:02 41 43 87 16]]. L'agente appelle l'équipe du pôle seniors.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Laval}}. Entretien d'admission d'un homme {{38 ans}}, sorti de détention il y a {{10 jours}}. L'éducatrice relit la fiche {{SIAO}} : réf. [[IDENTIFIANT:SIAO53-2024-0718]]. Il s'appelle [[PERSONNE:Kévin Lhermitte]], « mais tout le monde m'appelle [[PERSONNE:Kéké]] ». Chambre au 1er étage, règlement lu ensemble, il signe sans lire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{9h47}}. Dame qui veut actualiser mais son espace est bloqué. Identifiant : « [[ID_FRANCE_TRAVAIL:6 0 3 9 2 1 4]]… et une lettre, un J je crois… ou un I » → conseiller : « c'est [[ID_FRANCE_TRAVAIL:6039214J]] ? » « oui J ». Nom [[PERSONNE:Pereira]], « avec un seul R et un seul… non, [[PERSONNE:P E R E I R A]] ». Mot de passe réinitialisé, code envoyé par SMS au [[TELEPHONE:06 12 73 48 05]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente affichée avant décroché : {{18 min}}. Musique en boucle. La première personne raccroche juste quand l'agent décroche. La deuxième voulait juste savoir quand tombe la {{prime d'activité}} : « {{le 5 du mois}} ». {{40 secondes}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec une conseillère de la {{Cpam}} de {{Loire-Atlantique}} ({{service social}}), chez un monsieur en arrêt longue maladie. Appart au [[ADRESSE:27 boulevard Jean Moulin, 44100 Nantes]]. M. [[PERSONNE:Le Floch]] montre ses ordonnances étalées sur la table. Sa fille [[PERSONNE:Gwenaëlle]] est là, elle note tout. Question des {{IJ}} qui s'arrêtent dans {{3 mois}}. Je n'ai rien noté d'autre, j'ai arrêté d'écrire pour écouter.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Yilmaz]] appelle, accent, se fait répéter plusieurs fois. Conseillère ([[PERSONNE:Anne-Sophie]]) : « votre identifiant ? » Il lit : « [[ID_FRANCE_TRAVAIL:quatre cinq zéro huit un un six, lettre F]] ». Elle : « F comme {{François}} ? » « non, S ! S comme {{serpent}} ». → [[ID_FRANCE_TRAVAIL:4508116S]]. Prénom [[PERSONNE:Mehmet]], épelé [[PERSONNE:M E H M E T]]. Il veut savoir pour une formation cariste ({{CACES}}).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{CH}} {{Le Mans}}. Une femme appelle pour savoir si son fils est arrivé. L'agente : « nom ? » « [[PERSONNE:Lefèvre]], [[PERSONNE:Nathan]] » « date de naissance ? » « le [[DATE_NAISSANCE:8 août 2006]] ». Il est en {{box 7}}. L'agente ne peut rien dire d'autre au tél. La mère laisse son numéro [[TELEPHONE:06 63 02 91 44]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire : « j'ai pas mon numéro… c'est [[PERSONNE:Marie-Thérèse Auvinet]], née [[PERSONNE:Jaunet]] ». Agente ([[PERSONNE:Laetitia]]) cherche par nom + date de naissance : « [[DATE_NAISSANCE:4 février 1951]] ». Trois [[PERSONNE:Auvinet]] dans le fichier ! La bonne habite {{Les Herbiers}}. Num alloc retrouvé : [[N_ALLOCATAIRE:1506873]], [[PERSONNE:Laetitia]] lui épelle chiffre par chiffre pour qu'elle l'écrive.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{La Flèche}}, dossier d'aide pour chauffage. Maison de bourg, humidité partout. La dame ({{74 ans}}) a un poêle à pétrole. Elle offre le café. Pas de nom noté, l'AS m'a demandé de ne rien écrire d'identifiant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Bonjour, c'est pour ma maman ». L'agent explique qu'il faut que la maman soit là ou une procuration. La maman prend le tél : « je suis [[PERSONNE:Fatima Ouali]], mon numéro c'est [[NIR:2 93 07]]… » Fille : « maman c'est pas le tien ça c'est le mien !! » Fou rire. La maman recommence avec le sien : [[NIR:2 64 10 2A 004 151 20]]. « [[NIR:2A]] ? » « je suis née à {{Ajaccio}}, mon père était militaire là-bas ». Donc la fille est [[NIR:2 93 07 99 350 041 89]], née au {{Maroc}}. Dossier transport sanitaire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du {{CHRS}} ({{Saint-Herblain}}) avec l'éducateur [[PERSONNE:Julien]]. Appart partagé par {{2 hommes}}, un des deux dort, l'autre ([[PERSONNE:Aliou]]) fait visiter. Frigo vide sauf de la moutarde. [[PERSONNE:Julien]] lui donne un bon pour la {{Banque alimentaire}}. Adresse du logement : [[ADRESSE:6 allée des Tilleuls, 44800 Saint-Herblain]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tél {{10h30}} avec Mme [[PERSONNE:Diop]]… non, la conseillère corrige dans l'appli : « vous êtes Madame [[PERSONNE:Diop]] ou [[PERSONNE:Diouf]] ? » « [[PERSONNE:Diouf]], [[PERSONNE:Awa]] ». Erreur de saisie à l'inscription, elles corrigent : [[PERSONNE:D I O U F]]. Elle vérifie aussi son mail : [[EMAIL:awa.diouf44@gmail.com]]. Projet : aide-soignante, elle veut une {{AIF}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet 3 {{Caf}} {{Le Mans}}. Homme, très stressé, montre un courrier de trop-perçu de {{1 842 €}}. L'agent lit à voix haute : « Monsieur [[PERSONNE:Rachid Mansouri]], allocataire n° [[N_ALLOCATAIRE:3380215]] ». Explication : ressources pas déclarées sur {{3 trimestres}}. Échéancier proposé : {{50 €}}/mois. Il pleure presque.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{IAO}} {{La Roche-sur-Yon}}, {{02h}} du matin. Jeune homme {{19 ans}} amené par les pompiers, alcoolisé, coupure à la main. Il donne son nom « [[PERSONNE:Enzo]]… [[PERSONNE:Enzo Merlet]] », la date il bafouille « le [[DATE_NAISSANCE:9]]… [[DATE_NAISSANCE:9 septembre 2005]] ». Il a sa carte vitale sur lui mais pas sa mutuelle. L'agent crée le dossier, IPP [[IDENTIFIANT:850071236]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel très court. Un kiné veut connaître un délai de paiement. Renvoyé vers la ligne PS. Aucun nom donné. {{1 min 20}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur : « [[PERSONNE:Ruslan Magomedov]] ». Conseiller ([[PERSONNE:Pierre-Yves]]) : « vous pouvez épeler ? » « [[PERSONNE:M A G O… M E D O V]] », il s'arrête au milieu pour demander « G ou J en français ? ». Identifiant [[ID_FRANCE_TRAVAIL:3981 207 P]]. Il a un titre de séjour {{10 ans}}, n° [[IDENTIFIANT:4402175936]], que le conseiller note pour la mise à jour. Ville : {{Angers}}, quartier {{Belle-Beille}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Laval}}, accueil. Un homme demande une domiciliation. L'agente : « nom, prénom ? » « [[PERSONNE:Popescu Ionuț]] ». Date de naissance : [[DATE_NAISSANCE:14.02.1987]] (lu sur sa carte d'identité roumaine, n° [[IDENTIFIANT:RX 514839]]). Il dort dans sa voiture, une Kangoo grise [[IMMATRICULATION:B 217 XKM]] (plaque roumaine). Domiciliation acceptée, courrier à retirer au {{CCAS}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{14h02}}. Une jeune maman : « je voulais savoir pour la prime de naissance ». Agent : « num alloc ? » « j'en ai pas encore, c'est mon premier ». Création de dossier impossible par tél. Elle donne quand même son nom pour un rappel : [[PERSONNE:Océane Charrier]], portable [[TELEPHONE:zéro six, quarante-quatre, dix-neuf, quatre-vingt-trois, soixante-dix]]. L'agent relit : [[TELEPHONE:06 44 19 83 70]]. « Non [[TELEPHONE:73]] à la fin ». → [[TELEPHONE:06 44 19 83 73]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Maine-et-Loire}}. Monsieur appelle depuis une cabine (il n'y en a presque plus !) près de la gare de {{Saumur}}. Pas de tel perso. Il se nomme « [[PERSONNE:Jacky]] » et refuse de donner son nom de famille. L'écoutante n'insiste pas, note « H {{55 ans}} env. ». Place trouvée à l'{{accueil de nuit}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{La Roche-sur-Yon}}. Une dame vient pour une {{CSS}}, elle tend son titre de séjour. L'agente recopie : « [[IDENTIFIANT:8501236741]], valable jusqu'en {{2026}} ». Nom [[PERSONNE:Rakotoarisoa]] (elle l'écrit elle-même sur un post-it, l'agente n'arrive pas à l'orthographier). Prénom [[PERSONNE:Hanta]]. {{20 min}} de traitement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Angers}} {{Lafayette}}. Flux continu : inscriptions, problèmes de mot de passe. Sur {{1h}} : {{11 personnes}}, 7 pour des soucis informatiques. Le service civique à l'accueil fait un travail énorme. Pas de nom noté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un monsieur en colère, {{RSA}} suspendu. « Je suis [[PERSONNE:Bruno]], [[PERSONNE:Bruno Tessier]], numéro [[N_ALLOCATAIRE:4490318]] ». L'agente ([[PERSONNE:Fanny]]) vérifie : déclaration trimestrielle pas faite. Il dit qu'il l'a faite. Elle relit le numéro « [[N_ALLOCATAIRE:44 90 318]] », c'est bien lui. Rien reçu depuis {{juillet}}. Il lit son adresse pour vérif : « [[ADRESSE:La Haute Brosse, 49220 Le Lion-d'Angers]] » (lieu-dit).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences pédiatriques {{CHU}} {{Angers}}. Un couple arrive avec un bébé de {{3 mois}}, fièvre. L'agent admin prend le nom de l'enfant : [[PERSONNE:Inaya Sissoko]], née le [[DATE_NAISSANCE:2 mars]]. Le père ne connaît pas l'année par cœur (!), la mère répond [[DATE_NAISSANCE:2025]]. Carte vitale du père : [[PERSONNE:Moussa Sissoko]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel au {{CCAS}} de {{Rezé}} : une dame demande les horaires de la navette seniors. Réponse : mardi et vendredi, départ {{9h}} place de l'{{Hôtel de Ville}}. Elle remercie {{4 fois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Homme, ouvrier, appel depuis le chantier (bruit de marteau-piqueur). NIR donné à l'agent « [[NIR:1 81 08 72 181]]… quoi ? … [[NIR:514 55]] ». L'agent ([[PERSONNE:Jérôme]]) doit faire répéter 3 fois. « Vous êtes bien M. [[PERSONNE:Rousseau]], né en [[DATE_NAISSANCE:août 81]] au {{Mans}} ? » « Ouais ». Sujet : accident du travail pas déclaré par l'employeur, {{entreprise Bâti-Sarthe}}.",
    ),
]

NOTES_2 = [
    (
        "caf",
        "accueil_telephonique",
        "Un couple sur haut-parleur. Lui : « c'est au nom de ma femme ». Elle : « [[PERSONNE:Camille]] ». Agent ([[PERSONNE:Mathieu]]) : « Madame [[PERSONNE:Camille]]… ? » Lui : « non non, [[PERSONNE:Camille]] c'est moi, ma femme c'est [[PERSONNE:Soizic]] » 🙃. Nom : [[PERSONNE:Le Bihan]]. Num alloc [[N_ALLOCATAIRE:5 1 0 2 7 7 4]]. Question sur l'{{ARS}} pour leurs {{3 enfants}}, versement fin {{août}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Agent : « je vais vous demander votre numéro de sécurité sociale ». Dame : « alors [[NIR:deux… quatre-vingt-huit… zéro six… quatre-vingt-dix-neuf… cent trente-neuf]]… ». Elle s'arrête, cherche ses lunettes : « [[NIR:zéro vingt-deux et puis soixante et onze]] ». L'agente ([[PERSONNE:Delphine]]) relit tout : [[NIR:2 88 06 99 139 022 71]]. « Vous êtes née au {{Portugal}} ? » « À {{Braga}}, oui ». Nom : [[PERSONNE:Gonçalves]] « avec la cédille sous le C ». Prénom [[PERSONNE:Maria do Céu]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère Mme [[PERSONNE:Rabaud]] en appel sortant pour un entretien de suivi. Le demandeur, [[PERSONNE:Lucas]], ne décroche pas la 1re fois. Rappel {{5 min}} plus tard. Il répond « ouais c'est qui ? ». Elle confirme son identité : nom, ID [[ID_FRANCE_TRAVAIL:5520871M]], ville {{Saint-Nazaire}}. Il a trouvé un CDD aux {{Chantiers de l'Atlantique}}, elle le félicite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Nantes}}, pôle {{Bellevue}}. Permanence {{aide facultative}}. Liste des demandes de la matinée (sur le tableau de l'agente) :\n- secours d'urgence x2\n- bons alimentaires x3\n- aide cantine x1\nAucune n'est refusée ce matin. {{6 dossiers}}, {{2h30}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Saint-Nazaire}}, {{21h}}. Un homme appelle pour demander si « Mémé [[PERSONNE:Suzanne]] » est arrivée. L'agente : « il me faut un nom de famille monsieur ». « [[PERSONNE:Guérin]], [[PERSONNE:Suzanne Guérin]], elle est de [[DATE_NAISSANCE:1936]] ». Elle est en UHCD. Le petit-fils laisse son num : [[TELEPHONE:06.47.82.30.11]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "JEUNE HOMME TRES POLI. Il appelle pour l'APL de son premier appart à {{Angers}}. L'agente lui demande l'adresse du logement : « [[ADRESSE:12 rue Plantagenêt, appartement 24, 49100 Angers]] ». Son nom : [[PERSONNE:Hugo Chauvet]], né le [[DATE_NAISSANCE:15/10/2005]]. Bailleur : {{Angers Loire Habitat}}. Elle lui dit de faire sa demande en ligne avec sa quittance.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeuse âgée ({{62 ans}}) qui ne sait pas se servir de l'appli. La conseillère ([[PERSONNE:Nadège]]) fait l'actualisation avec elle par téléphone, question par question. Identifiant « [[ID_FRANCE_TRAVAIL:2 6 5 4 0 3 9, R]] » et le code postal {{53000}}. « Avez-vous travaillé ce mois-ci ? » « Non ma p'tite dame ». {{12 min}} pour une actualisation.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Laval}}. Borne en libre-service occupée par une dame qui imprime ses relevés. Une autre attend debout. Agent d'accueil fait un pré-tri : « c'est pour quoi ? ». {{4 motifs}} : carte vitale, {{CSS}}, attestation de droits, arrêt de travail. Pas de noms notés.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Nantes}}, bureau des éducs. Une jeune femme ([[PERSONNE:Nour]]) vient récupérer son courrier. L'éduc sort une lettre : « Mlle [[PERSONNE:Haddad]] »… Elle : « c'est Madame maintenant ! » (elle rit). Dedans, sa nouvelle carte de séjour est prête en préfecture, récépissé n° [[IDENTIFIANT:4403182957]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Grand-mère qui appelle pour sa petite-fille mineure enceinte. Agent ([[PERSONNE:Cédric]]) très doux. Nom de la petite : [[PERSONNE:Lana Morin]]… « non [[PERSONNE:Morineau]] pardon, comme moi ». DN : [[DATE_NAISSANCE:deux mille huit]], le jour elle ne sait plus. [[PERSONNE:Cédric]] dit que la jeune doit appeler elle-même ou venir au {{point d'accueil}} de {{Cholet}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription en agence ({{Le Mans}} {{Gazonfier}}). Le conseiller vérifie le passeport d'un monsieur arrivé d'{{Ukraine}} : n° [[IDENTIFIANT:FX417293]]. Nom [[PERSONNE:Bondarenko]], prénom [[PERSONNE:Oleksandr]]. Date de naissance [[DATE_NAISSANCE:1979-03-22]] (format ISO sur le doc). Protection temporaire, APS jusqu'en {{septembre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Laval}}. Une aide-soignante me dit que le week-end dernier ils ont fait {{112 passages}} en {{24h}}. Un médecin de garde pour tout le service la nuit. Moral bas. Elle me demande de ne pas écrire son prénom.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mr qui appelle pour un remboursement d'optique. Il veut donner son RIB au téléphone : « [[IBAN:FR76 3000 4977 7241 8457 7822 852]] ». L'agente ([[PERSONNE:Manon]]) l'arrête : « on ne peut pas modifier le RIB par téléphone, il faut passer par votre compte {{ameli}} ». Il insiste : « mais je vous le donne là ! ». Elle note quand même son nom : [[PERSONNE:Jean-Claude Pineau]], né en [[DATE_NAISSANCE:55]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation {{APA}} (le CCAS fait le lien avec le département). Monsieur [[PERSONNE:Ferreira]] ({{88 ans}}), veuf, vit seul au [[ADRESSE:4 impasse des Mésanges, 72650 La Chapelle-Saint-Aubin]]. Son fils [[PERSONNE:Manuel]] passe le soir. Le monsieur parle surtout portugais, [[PERSONNE:Manuel]] traduit au tél. {{GIR}} estimé à 4.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{15h17}}. Dame d'origine afghane, son fils de {{14 ans}} traduit. L'agente : « nom ? » Fils : « [[PERSONNE:Ahmadi]] ». « Prénom de ta maman ? » « [[PERSONNE:Zarmina]] ». « Tu peux épeler ? » « [[PERSONNE:Z A R M I N A]] ». Num alloc lu sur la notif : [[N_ALLOCATAIRE:6620937]]. Question : pourquoi le montant du {{RSA}} a changé → le grand frère a eu {{20 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vendée}}, soirée. {{17 appels}} en {{2h}}. Le plus long : un monsieur en voiture sur le parking d'un {{Super U}}, il y dort depuis {{3 semaines}}. Il donne sa plaque pour que la maraude le retrouve : [[IMMATRICULATION:DV 462 TC]]. Il dit s'appeler [[PERSONNE:Dominique Bossard]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Erreur d'identifiant qui dure : la personne lit « [[ID_FRANCE_TRAVAIL:1O47852G]] » avec un O au lieu d'un zéro. La conseillère : « c'est des chiffres, que des chiffres, puis une lettre à la fin ». « Ah ! Alors [[ID_FRANCE_TRAVAIL:1047852G]] ». Nom donné ensuite : [[PERSONNE:Keo]], prénom [[PERSONNE:Sophal]], « [[PERSONNE:S O P H A L]] ». Pb : indemnisation {{ARE}} non versée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, file d'attente {{25 min}}. L'agent décroche, la personne a raccroché. Suivant : question sur le tiers payant en pharmacie, réglé en {{2 min}} sans identification.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} chez un couple, [[ADRESSE:Les Landes Bernard, 53170 Meslay-du-Maine]]. Le contrôleur [[PERSONNE:Patrice]] demande les relevés bancaires des {{3 derniers mois}}. Mme [[PERSONNE:Bellanger]] sort un classeur super bien rangé. On voit son IBAN en haut du relevé : [[IBAN:FR76 1470 6642 6122 6288 6777 563]]. Vente de bois de chauffage non déclarée ? [[PERSONNE:Patrice]] pose la question gentiment.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions urgences {{Angers}}. Une patiente étrangère sans carte vitale. L'agent demande une pièce d'identité : passeport guinéen n° [[IDENTIFIANT:R0612847]]. Nom : [[PERSONNE:Camara]], prénom [[PERSONNE:Fatoumata Binta]]. Elle est au {{foyer Adoma}}, {{chambre 31}}. Dossier {{AME}} à voir avec l'assistante sociale.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient pour la fête des seniors (repas du CCAS de {{Trélazé}}). Inscription : nom [[PERSONNE:Gallard]], prénom [[PERSONNE:Jacqueline]], « je suis de [[DATE_NAISSANCE:39]] ». Son mari [[PERSONNE:Roger]] viendra aussi. L'agente note les deux sur la liste papier. Repas le {{12 décembre}} à la {{salle Aragon}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Tshibangu]] appelle pour un problème de mail. Conseiller : « votre adresse mail ? » « [[EMAIL:tshib.patrick@hotmail.fr]] » — il l'épelle en entier : « [[EMAIL:T S H I B point P A T R I C K arobase hotmail point F R]] ». Le conseiller voit dans le dossier [[EMAIL:tshib.patrik@hotmail.fr]] (sans C). Corrigé. Prénom : [[PERSONNE:Patrick]]. Il habite {{Trélazé}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{La Roche-sur-Yon}}, rdv sur rendez-vous. Conseillère + observateur. Monsieur veuf avec {{2 enfants}}, il a besoin d'aide pour l'{{ASF}}. Elle explique, il hoche la tête, il ne comprend pas tout. Elle reformule {{3 fois}}. Très bel échange. Aucune donnée notée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame qui appelle pour sa carte européenne d'assurance maladie avant un voyage. NIR : elle commence « [[NIR:2 70 01]]… » puis elle lit « [[NIR:53 147… 118 et 33]] ». L'agent : « je reprends, [[NIR:2 70 01 53 147 118 33]] ». « C'est ça ». Née à {{Mayenne}} en [[DATE_NAISSANCE:janvier 70]]. Nom [[PERSONNE:Guillou]], « deux L ». Carte envoyée sous {{8 jours}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'appartement relais à {{Angers}} ({{Grand-Pigeon}}). Pas de résident présent. L'éducatrice vérifie le détecteur de fumée et le chauffe-eau. Rien à signaler. Note de la chef : « appart OK, à relouer ». Aucun nom.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère entreprise, appel d'un patron de {{garage}} ({{Garage Moreau Automobiles}}, {{Sablé-sur-Sarthe}}) qui cherche un mécano. Il mentionne qu'un candidat lui a été envoyé, « un certain [[PERSONNE:Kevin]]… [[PERSONNE:Kevin Mercier]] je crois ». La conseillère vérifie : offre n° {{185TQLK}}. Le patron, M. [[PERSONNE:Moreau]], laisse son portable pro [[TELEPHONE:06 03 55 18 29]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Interprète en ligne (trio, {{ISM Interprétariat}}). Allocataire tchétchène. L'interprète traduit le nom : « [[PERSONNE:Dudaïev]]… pardon, sur le titre c'est [[PERSONNE:Dudaev]], [[PERSONNE:D U D A E V]] ». Prénom [[PERSONNE:Zelimkhan]]. Num alloc [[N_ALLOCATAIRE:2741180]]. L'agente vérifie l'adresse : [[ADRESSE:9 rue Théodore Monod, 72100 Le Mans]]. Tout concorde.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Pas de nom dans cet appel : un homme demande si le CCAS peut l'aider pour une facture {{EDF}} de {{612 €}}. L'agente lui propose un rdv jeudi {{14h}} au {{CCAS}} de {{Saint-Herblain}} avec la facture et ses 3 derniers bulletins.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO {{Nantes}}. Petit garçon {{4 ans}}, chute de trottinette. La maman, paniquée, donne son nom à elle au lieu de celui du petit : « [[PERSONNE:Charlotte Bertin]] ». L'agent : « et le petit ? » « [[PERSONNE:Léon]]… [[PERSONNE:Léon Bertin-Ménard]] » (double nom). DDN « le [[DATE_NAISSANCE:30 avril 2021]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur : « mon médecin traitant c'est le Dr [[PERSONNE:Nguyen]] à {{Rezé}}, il part à la retraite ». L'agente lui explique comment déclarer le nouveau. Le monsieur n'en a pas trouvé. Il donne son NIR pour vérifier ses droits : « [[NIR:1 04 02 44 143 187 38]] ». « Vous êtes né à {{Rezé}} aussi ? » « Oui à la maternité ». Il a {{21 ans}}, étudiant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Karima Belkacem]]. Elle se présente, le conseiller tape [[PERSONNE:Belkassem]]. Elle : « non, avec un C : [[PERSONNE:B E L K A C E M]] ». Identifiant [[ID_FRANCE_TRAVAIL:7301 846 A]]. Sa question : l'{{ARE}} d'{{octobre}} est inférieure. Réponse : {{4 jours}} travaillés déclarés.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Laval}}. Borne → ticket B23. Attente {{22 min}}. Une dame demande de l'aide pour remplir sa déclaration trimestrielle sur l'ordinateur en libre-service, le service civique l'accompagne. Elle a noté ses mots de passe sur un carnet (aïe).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au CHRS (femmes victimes de violences) à {{La Roche-sur-Yon}}. L'éducatrice me demande de ne noter aucun nom. Je note seulement : {{2 enfants}}, arrivée avec {{1 sac}}, orientée par la gendarmerie. Chambre au 2e.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le monsieur se présente : « [[PERSONNE:Dupuis]] avec un S à la fin, [[PERSONNE:Gérard]] ». L'agent lui demande son numéro : « ah je l'ai pas sous la main… ». Identification par date de naissance « [[DATE_NAISSANCE:vingt-trois juin mille neuf cent cinquante-deux]] » et code postal {{72000}}. OK. Demande : attestation de droits envoyée par courrier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Cholet}}. {{9h}} : déjà {{12 personnes}}. Une femme vient signaler qu'elle a retrouvé un emploi chez {{Lidl}}. Une autre veut un rdv avec « son conseiller », elle ne se souvient pas du nom. Agent : « c'est pas grave, je regarde ». Rdv donné pour mardi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{11h40}}. Monsieur, voix grave, épelle d'emblée : « [[PERSONNE:K O W A L S K I]], [[PERSONNE:Kowalski]], comme le pingouin dans {{Madagascar}} ». L'agente rit. Numéro allocataire : « [[N_ALLOCATAIRE:zéro sept six deux neuf quatre un]] ». Sujet : sa fille est partie du foyer, il faut la retirer de la composition familiale.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'EHPAD {{Les Glycines}} pour annoncer l'arrivée d'une résidente. L'IDE de l'EHPAD : « c'est Madame [[PERSONNE:Ravaray]]… non [[PERSONNE:Ravary]], [[PERSONNE:Germaine]], [[DATE_NAISSANCE:1931]] ». Transport par {{ambulance}}. Fiche de liaison envoyée par fax (oui, fax).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en anglais ! Un étudiant indien à {{Nantes}}, la conseillère parle un peu anglais. Nom : « [[PERSONNE:Venkataraman]] ». Elle : « can you spell ? » « [[PERSONNE:V E N K A T A R A M A N]] ». Prénom [[PERSONNE:Arjun]]. Il n'a pas encore de numéro de sécu définitif. Mail pour le rappeler : [[EMAIL:arjun.venkat@outlook.com]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un homme d'une soixantaine d'années apporte un dossier de demande de logement. L'agent lit le formulaire : [[PERSONNE:Ali Hassan]], « c/o Mme [[PERSONNE:Bensaïd]], [[ADRESSE:22 rue Pasteur, 49300 Cholet]] » (hébergé chez sa sœur). Tel [[TELEPHONE:07 69 21 04 88]]. Délai moyen pour un T1 ici : {{18 mois}}.",
    ),
]

NOTES_3 = [
    (
        "caf",
        "accueil_telephonique",
        "Allocataire qui veut changer de banque. L'agente ([[PERSONNE:Sandrine]]) : « le changement de RIB se fait dans votre espace ». Elle : « j'ai pas d'espace, j'ai pas internet, je vous le lis : [[IBAN:F R zéro six, vingt zéro quatre un]]… ». [[PERSONNE:Sandrine]] la laisse finir pour le noter sur le formulaire papier qu'elle va lui envoyer : [[IBAN:FR06 2004 1968 4435 7372 7X03 273]]. « Le X c'est bien un X ? » « Oui comme sur le papier de la {{Banque Postale}} ». Nom [[PERSONNE:Marchand]], alloc [[N_ALLOCATAIRE:1932658]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Allô ? Oui bonjour c'est pour ma carte vitale, je l'ai mise à la machine ». Agent [[PERSONNE:Yannick]] rigole. NIR : « [[NIR:1 99 01 49 099 276 52]] ». Né à {{Cholet}} en [[DATE_NAISSANCE:janvier 99]], nom : [[PERSONNE:Bodin]], [[PERSONNE:Maxime Bodin]]. Nouvelle carte, mais il faut une photo : à envoyer via {{ameli}} ou par courrier. Il demande s'il peut envoyer un selfie.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Ludovic]], portefeuille « accompagnement guidé », {{210 DE}}. Il appelle Mme [[PERSONNE:Teixeira]]. Elle n'a pas reçu la convocation. Il vérifie l'adresse du dossier : [[ADRESSE:5 place du Commerce, 44000 Nantes]] alors qu'elle habite maintenant [[ADRESSE:31 rue de la Ville-en-Bois, 44100 Nantes]] depuis {{février}}. MAJ faite.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Saint-Nazaire}}. Entretien avec une dame qui a reçu un indu d'{{APL}}. Elle sort un courrier : « réf. dossier [[N_ALLOCATAIRE:3021847]] ». L'agent vérifie son identité avec sa carte d'identité, n° [[IDENTIFIANT:X4RTC82L1]]. Elle s'appelle [[PERSONNE:Sabrina Pham-Lebreton]]. Elle conteste, recours amiable expliqué ({{2 mois}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO {{Saumur}}. Un touriste allemand, tombé à vélo sur la {{Loire à Vélo}}. Il donne son passeport : [[PERSONNE:Schneider]], [[PERSONNE:Lukas]], né le [[DATE_NAISSANCE:03.11.1992]]. Son vélo est dans la voiture de sa femme (plaque allemande [[IMMATRICULATION:KA-LS 2217]]) garée sur la dépose-minute. Carte européenne OK.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un infirmier libéral appelle pour le compte d'un patient. L'agente refuse de donner des infos sans le patient. L'infirmier passe le tél au patient, un vieux monsieur : « c'est [[PERSONNE:Marcel]] ». « [[PERSONNE:Marcel]] comment ? » « [[PERSONNE:Marcel Poirier]] ». Numéro : il le connaît par cœur « [[NIR:un cinquante-cinq zéro quatre quarante-quatre cent quatre-vingt-quatre zéro trente-trois quatre-vingt-quatre]] ». Bravo ! Né à {{Saint-Nazaire}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Bureau du CCAS de {{Laval}}. Affiche au mur : « {{Plan grand froid}} : appelez le {{115}} ». Une étudiante vient pour une aide ponctuelle, elle a {{12 €}} sur son compte jusqu'à la fin du mois. L'agente lui donne un colis et une adresse de l'{{épicerie solidaire}} du campus. Pas de nom noté.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un jeune appelle pour sa prime de permis. « J'ai passé le code, maintenant je dois acheter une voiture d'occasion ». La conseillère ([[PERSONNE:Élodie]]) note pour l'aide à la mobilité. Il a déjà une promesse d'achat, il lit la carte grise : « [[IMMATRICULATION:GK-504-RN]] ». ID : [[ID_FRANCE_TRAVAIL:9213 407 W]], « W comme {{wagon}} ». Nom : [[PERSONNE:Adrien Charpentier]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Loire-Atlantique}}. Un homme très alcoolisé appelle pour la {{3e fois}} de la soirée. L'écoutant reste patient, lui demande où il est : « sous le pont {{Anne-de-Bretagne}} ». Maraude prévenue. Il n'a pas voulu dire son nom.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Vous pouvez me donner votre numéro d'allocataire ? » « Euh… {{8 5 3 0 0}}… » Elle cherche. « Ah non ça c'est mon code postal ». 😂 Code postal {{85300}}, {{Challans}}. Le vrai : « [[N_ALLOCATAIRE:4176 032]] ». Elle s'appelle [[PERSONNE:Anaïs Barreau]]. Question pour la garde d'enfant ({{CMG}}), nounou déclarée sur {{Pajemploi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Nantes}}, accueil. {{10h}}. {{9 personnes}} en attente, {{2 agents}}. Une personne n'a pas de rdv et s'énerve. Le vigile intervient. L'agent : « on va vous recevoir, asseyez-vous ». Ambiance tendue puis calme.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur qui parle très vite : « [[PERSONNE:Bastien Rocher]] identifiant [[ID_FRANCE_TRAVAIL:3318206B]] code postal {{49300}} » tout d'un coup. La conseillère : « wow, je note… vous pouvez répéter l'identifiant ? » « [[ID_FRANCE_TRAVAIL:3318206B]] ». Il veut un rdv pour une {{PMSMP}} chez {{Michelin}} à {{Cholet}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une déclaration de séparation. Maison à [[ADRESSE:17 rue des Vignes, 49270 Saint-Laurent-des-Autels]]. Madame [[PERSONNE:Brossard]] ouvre, ses {{2 ados}} sont là. Le contrôleur ([[PERSONNE:Jean-Luc]]) voit une voiture d'homme devant : [[IMMATRICULATION:EP-771-YC]]. Elle : « c'est à mon ex, il ne l'a pas récupérée ». Il note. Il vérifie la carte grise au nom de M. [[PERSONNE:Brossard Yoann]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame ({{80 ans}}) appelle pour sa mutuelle. Elle lit son numéro d'adhérent {{Harmonie Mutuelle}} : [[IDENTIFIANT:0012 4583 219]]. L'agente lui explique que ce n'est pas la {{Cpam}}, c'est la mutuelle. Elle veut quand même donner son numéro de sécu : « [[NIR:2 52 08 75 115 203 47]] », née à {{Paris}} (« dans le {{15e}} »), elle habite {{Pornic}} depuis {{40 ans}}. Nom : [[PERSONNE:Lemoine]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation ? Non, standard des urgences, {{22h}}. Appel d'un pharmacien pour une ordonnance illisible d'un interne. L'agente transfère au médecin. Pas de patient nommé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide au permis de conduire à la Mission locale, renvoyée au CCAS de {{Saint-Sébastien-sur-Loire}}. Le jeune, [[PERSONNE:Dylan Moreau]], {{18 ans}}, donne son numéro : [[TELEPHONE:+33 7 52 18 64 90]]. Il a un compte {{Instagram}} pro pour ses tresses, l'agente le note pour le dossier de micro-projet : [[IDENTIFIANT:@dylan_coiff44]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « Se présenter au téléphone » à {{Laval}}. La formatrice fait jouer des rôles : « Bonjour, je m'appelle {{Prénom Nom}}, je vous appelle pour l'offre de… ». Les participants rient. {{6 personnes}}. Personne ne donne son vrai nom pendant l'exercice. Durée {{2h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{16h45}}, fin de journée. Dame paniquée : pas d'{{AAH}} ce mois-ci. Agent ([[PERSONNE:Mathieu]]) : « votre numéro ? » « Je… je sais plus, c'est quoi déjà… » Identification par NIR puisqu'elle l'a : « [[NIR:2 77 09 53 130 402 44]] ». Elle est née à {{Laval}}, [[DATE_NAISSANCE:septembre 1977]]. Dossier bloqué par la {{MDPH}} : renouvellement en cours, réf. {{MDPH}} [[IDENTIFIANT:MDPH53-19-004127]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur qui appelle pour son fils mineur hospitalisé. L'agente a besoin du nom du fils : « [[PERSONNE:Adam El Amrani]]… non [[PERSONNE:Elamrani]] attaché, sur sa carte c'est attaché ». Né le [[DATE_NAISSANCE:11/01/2012]]. Le père : [[PERSONNE:Hicham Elamrani]], NIR [[NIR:1 75 10 44 162 301 77]] (né à {{Saint-Herblain}}). L'enfant est rattaché aux deux parents.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{CHRS}} {{Le Mans}}. Petit déj : {{34 personnes}}. Douches, lave-linge. Un bénévole ([[PERSONNE:Jo]], il me dit de l'appeler comme ça, il a {{70 ans}}) sert le café depuis {{12 ans}}. Un homme demande à recharger son téléphone.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère ([[PERSONNE:Samia]]) vérifie l'identité d'un appelant : « date de naissance ? » « le [[DATE_NAISSANCE:31 juin 88]] ». Elle : « ça n'existe pas le 31 juin ». Lui : « euh… le [[DATE_NAISSANCE:30]] ». Dossier trouvé : [[PERSONNE:Nicolas Hamon]], ID [[ID_FRANCE_TRAVAIL:6690132C]]. Il rit : « j'suis pas réveillé » (il est {{9h10}}).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Angers}}. Une dame rend un chèque de loyer (!) pensant que c'est la Caf qui encaisse. L'agent lui explique gentiment. Sur le chèque : Mme [[PERSONNE:Y. Lucas]]…",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nantes}}, circuit court. Un homme {{30 ans}}, entorse. Au guichet : « vous avez une mutuelle ? » « {{MGEN}} », n° adhérent [[IDENTIFIANT:236041785]]. Nom [[PERSONNE:Tran]], prénom [[PERSONNE:Vincent]]. Adresse : [[ADRESSE:2 quai de Versailles, Nantes]]. Attente {{2h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame pour son arrêt de travail. NIR dicté : « [[NIR:2 82 05 99 335 014 06]] ». L'agent : « [[NIR:99 335]] ? c'est le {{Mali}} ? » « oui, {{Bamako}} ». Nom [[PERSONNE:Keïta]] « avec un tréma ». Prénom [[PERSONNE:Aminata]]. Elle donne le nom de son employeur ({{ADMR}}) et son tél [[TELEPHONE:07 45 93 12 60]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Cholet}}, pour une demande d'aide au déménagement. Le logement est insalubre (moisissures, fenêtre cassée). L'agent prend des photos. Pas de nom noté, je garde seulement « dame seule, {{3 chats}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, voix d'ado : « c'est pour ma mère, elle parle pas français ». Le conseiller accepte de passer par l'enfant pour la prise de rdv. Identité : [[PERSONNE:Bashir]], le nom « [[PERSONNE:Rahimi]], [[PERSONNE:R A H]]… » le conseiller finit « [[PERSONNE:R A H I M I]] ? » « oui ». Identifiant de la mère : [[ID_FRANCE_TRAVAIL:8017364 H]]. Interprète à prévoir (dari).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Benhamou]] appelle pour l'APL de sa fille étudiante à {{Nantes}}. Agente : « c'est votre fille qui doit appeler ». Il insiste, donne le num alloc de sa fille : [[N_ALLOCATAIRE:7741502]]. Agente : « je ne peux rien vous dire, désolée ». Il raccroche sèchement.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart du dispositif {{ALT}} avec la travailleuse sociale. La résidente, [[PERSONNE:Olga Kovalenko]], a préparé du thé. Appart au [[ADRESSE:11 rue Paul Bert, 53000 Laval]]. Tout est nickel. Elle demande quand elle pourra avoir un logement à elle. Réponse : dossier {{SIAO}} en cours, réf. [[IDENTIFIANT:SIAO-53-24-1182]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent explique le {{100 %}} ALD à un monsieur diabétique. Le monsieur pose plein de questions, le médecin qui le suit c'est le Dr [[PERSONNE:Mabire]]. Identification faite par l'agent au début : NIR [[NIR:1 68 02 72 181 227 10]], né en [[DATE_NAISSANCE:février 68]]. L'appel dure {{17 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{La Roche-sur-Yon}}. Un monsieur demande à imprimer une attestation employeur. Le service civique l'aide. Il s'appelle [[PERSONNE:Francis]], il me raconte qu'il a travaillé {{35 ans}} chez {{Fleury Michon}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de {{Loire-Atlantique}}, {{10h20}}. « Je voudrais parler à Mme [[PERSONNE:Drouet]], c'est elle qui suit mon dossier ». L'agent : « on n'a pas de conseiller attitré, madame, c'est une plateforme ». Silence. « Ah bon ? »",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{IAO}} {{Le Mans}}, {{13h}}. Dame {{92 ans}} venue de l'EHPAD {{Korian Le Bois Joli}}. L'ambulancier donne la fiche : [[PERSONNE:Marcelle Ledru]], née le [[DATE_NAISSANCE:14/07/1932]] (« le jour de la fête nationale », dit l'ambulancier). Son fils joignable au [[TELEPHONE:02 43 28 71 05]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman vient rattacher son nouveau-né. Elle tend l'acte de naissance : [[PERSONNE:Jade]], née le [[DATE_NAISSANCE:9 septembre 2025]] à la maternité de {{Saint-Nazaire}}. Son propre NIR : [[NIR:2 98 09 44 184 122 52]] (elle aussi née à {{Saint-Nazaire}}, en [[DATE_NAISSANCE:1998]]). L'agente fait le rattachement en {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de secteur appelle le CCAS de {{Saumur}} pour une famille expulsée demain matin. L'agent prend les infos : famille [[PERSONNE:Winterstein]], {{4 enfants}}, actuellement [[ADRESSE:aire d'accueil de la Croix-Verte, emplacement 12]], à {{Saumur}}. Contact de la mère [[TELEPHONE:06 29 84 10 57]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Actualisation avec problème : la personne a travaillé en intérim chez {{Adecco}} et n'a pas ses heures. La conseillère (Mme [[PERSONNE:Bouvier]] je crois, badge à moitié caché) lui dit d'estimer. Le demandeur : [[PERSONNE:Gaëtan]], ID [[ID_FRANCE_TRAVAIL:1184902N]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez une assistante maternelle pour vérifier l'agrément ? Non, c'est la {{PMI}} qui fait ça, le contrôleur m'explique. Aujourd'hui : contrôle de résidence, allocataire absente. Avis de passage laissé. {{25 min}} de route pour rien.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Mayenne}}. Jeune de {{18 ans}} mis dehors par ses parents. Il donne son nom, [[PERSONNE:Killian Gasnier]], et un numéro où le rappeler : [[TELEPHONE:07 66 10 42 93]]. Place en {{FJT}} pour {{3 nuits}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'allocataire parle de son ex : « [[PERSONNE:Lionel]] ne paye plus la pension ». Agent : « l'{{ARIPA}} peut intervenir ». Elle donne le nom complet de l'ex : [[PERSONNE:Lionel Grosbois]], et son adresse connue : [[ADRESSE:7 rue Jean Jaurès, 72200 La Flèche]]. Son num à elle : [[N_ALLOCATAIRE:0563198]]. Son nom : [[PERSONNE:Aurélie Coutant]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{14h30}}. Aucun nom : question générale sur le remboursement des lunettes ({{100 % santé}}). {{3 min}}.",
    ),
]

NOTES_4 = [
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur qui veut être remboursé sur un nouveau compte, il lit son IBAN par paquets de 4 : « [[IBAN:FR76… 1027… 8028… 7233… 0086… 1605… 686]] ». L'agente ([[PERSONNE:Delphine]]) répète en entier [[IBAN:FR76 1027 8028 7233 0086 1605 686]] puis explique qu'il faut l'envoyer via la messagerie {{ameli}} avec le RIB scanné. Nom : [[PERSONNE:Jaouen]], [[PERSONNE:Erwan]]. Né à {{Rennes}} en [[DATE_NAISSANCE:79]], NIR [[NIR:1 79 06 35 238 140 75]]. Habite {{Clisson}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent ([[PERSONNE:Thibault]]) a un casque qui grésille. Allocataire : « [[PERSONNE:Hoxha]] ». Agent : « [[PERSONNE:Hodja]] ? » et il tape comme ça. « Non ! [[PERSONNE:H O X H A]] ». Prénom [[PERSONNE:Blerina]]. Num alloc [[N_ALLOCATAIRE:2 58 74 31]]. Demande : attestation de paiement pour la {{préfecture}} (renouvellement titre).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère ([[PERSONNE:Gwénola]]) rappelle un monsieur pour un poste de chauffeur livreur. Il a besoin de dire son permis et son véhicule : « j'ai une {{Berlingo}}, [[IMMATRICULATION:CZ-928-HB]] ». Elle : « c'est pas nécessaire monsieur ». Il veut qu'on note quand même. Nom : [[PERSONNE:Saïd Msa]]. Mail : « [[EMAIL:said point msa arobase gmail point com]] ». Elle : « [[PERSONNE:M S A]] ? » « oui, trois lettres ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nantes}} ({{Beaulieu}}). Une dame remplit un formulaire de changement de RIB. L'agent relit avant de scanner : « RIB au nom de Mme [[PERSONNE:Li]] ? » Elle corrige : « [[PERSONNE:Zhou Li]], [[PERSONNE:Zhou]] c'est le nom ». IBAN : [[IBAN:FR7630003571468215031320134]]. Caf n° [[N_ALLOCATAIRE:9204613]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en haut-parleur d'un couple âgé. Madame parle pour monsieur. « Il est né le [[DATE_NAISSANCE:23 juillet]]… ah non, c'est moi le [[DATE_NAISSANCE:23 juillet]]… lui c'est le [[DATE_NAISSANCE:8 juillet 1963]] ». L'agent patiente. Monsieur donne enfin sa carte : [[NIR:1 63 07 2B 033 042 16]], né à {{Bastia}}, « [[PERSONNE:Santoni Jean-Baptiste]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par tél impossible, le conseiller le rappelle. Le monsieur lit son numéro d'inscription reçu par SMS : « [[ID_FRANCE_TRAVAIL:5 7 2 9 3 0 6 L]] ». Puis donne son numéro de tél pour le rdv : « [[TELEPHONE:zéro sept quatre-vingt-huit cinquante-deux trente et un zéro quatre]] ». Nom [[PERSONNE:Tesfaye]], épelé [[PERSONNE:T E S F A Y E]]. Il vient d'{{Érythrée}}, réfugié. Le conseiller note {{interprète tigrinya}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Le Mans}}. Permanence écrivain public : un monsieur fait rédiger une lettre à son bailleur ({{Le Mans Métropole Habitat}}). Dans la lettre : « Je soussigné [[PERSONNE:Hamid Bouzid]], locataire au [[ADRESSE:45 avenue Rhin et Danube, 72100 Le Mans]], réf. locataire [[IDENTIFIANT:LMH-0042871]] ». La bénévole tape sur un vieux PC.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une jeune femme qui veut déclarer sa grossesse. L'agente : « vous êtes allocataire ? » « non ». « Date de naissance ? » « [[DATE_NAISSANCE:5 décembre 2001]] ». « Lieu ? » « {{La Roche-sur-Yon}} ». Nom [[PERSONNE:Loiseau]], prénom [[PERSONNE:Chloé]]. L'agente lui dit que la déclaration passe d'abord par la {{Cpam}} via le médecin. Elle laisse son mail : [[EMAIL:chloe.loiseau85@laposte.net]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Le Mans}}, {{20h}}. Deux policiers accompagnent un homme menotté, légère blessure. L'agent d'accueil enregistre : « X » pour l'instant, identité à confirmer. Les policiers donnent ensuite le nom : [[PERSONNE:Jordan Lecomte]]. Date de naissance : [[DATE_NAISSANCE:17/02/1996]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame : « je suis [[PERSONNE:Elif Aydın]] ». L'agente : « [[PERSONNE:Aydin]] ? » « [[PERSONNE:A Y D I N]], avec un i sans point en turc mais mettez un i normal ». Numéro de sécu : provisoire. Elle donne son passeport turc : [[IDENTIFIANT:U 18403376]]. Question sur la {{PUMa}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Rezé}}. Tableau des offres affichées : {{aide-soignant}}, {{cariste}}, {{agent de propreté}}. Un jeune les photographie avec son téléphone. L'agent lui dit qu'elles sont sur le site. « Je sais mais j'ai pas de forfait ». 😶",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Vendée}} chez un monsieur qui déclare vivre en caravane chez son frère : [[ADRESSE:lieu-dit La Gaudinière, 85150 Sainte-Flaive-des-Loups]]. Caravane au fond du jardin. Le frère ([[PERSONNE:Thierry]]) montre le branchement électrique. Le contrôleur note l'immat de la caravane : [[IMMATRICULATION:AB 512 JZ]]. Allocataire [[PERSONNE:Didier Rabiller]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Accompagnement d'une enquêtrice {{Cpam}} (arrêt de travail, contrôle de présence). Sonnette, personne. Voisine : « [[PERSONNE:Sylvie]] ? elle est chez le kiné ». L'enquêtrice note l'heure ({{10h15}}), vérifie l'adresse : [[ADRESSE:2 rue des Forges, 72300 Sablé-sur-Sarthe]]. Elle repassera. Nom de l'assurée : [[PERSONNE:Sylvie Gasnier]], NIR [[NIR:2 91 02 72 264 073 86]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Allô, c'est [[PERSONNE:Bernard]] ». Le conseiller : « [[PERSONNE:Bernard]] comment ? » « Non, [[PERSONNE:Bernard]] c'est mon nom, [[PERSONNE:Alexis Bernard]] ». 😄 ID [[ID_FRANCE_TRAVAIL:4816 023 K]]. Question sur l'ouverture de droits après démission pour reconversion ({{Transitions Pro}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du {{CCAS}} d'{{Allonnes}} à une dame pour son rdv : elle a oublié. Nouveau rdv jeudi. L'agente se présente : « c'est [[PERSONNE:Véronique]] du CCAS ». La dame : « ah oui [[PERSONNE:Véronique]] ! ». {{1 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{10h05}}. L'allocataire lit son numéro très vite « [[N_ALLOCATAIRE:onze vingt-deux trente-trois quatre]] ». L'agente : « donc [[N_ALLOCATAIRE:1 1 2 2 3 3 4]] ? » « c'est ça ». → [[N_ALLOCATAIRE:1122334]] (drôle de numéro, l'agente vérifie avec le nom, [[PERSONNE:Ndiaye]], c'est bien ça). Prénom [[PERSONNE:Aïssatou]]. Adresse : [[ADRESSE:8 allée des Cormorans, 44600 Saint-Nazaire]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{La Roche-sur-Yon}}, réunion des résidents. {{14 présents}}. Sujet : les horaires de la laverie et le règlement sur les visites. Un résident propose un potager. L'éducatrice anime. Personne nommé dans mes notes.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente ([[PERSONNE:Manon]]) doit confirmer l'adresse : « [[ADRESSE:14 rue de la Paix, Angers]] ? » Monsieur : « non non, j'ai déménagé, [[ADRESSE:14 bis rue Saint-Léonard, 49000 Angers]] ». Elle met à jour. Il s'appelle [[PERSONNE:Mathis Fontaine]], NIR [[NIR:1 94 03 49 007 930 10]]. Né à {{Angers}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame donne son identifiant, puis s'excuse : « ah non ça c'est mon numéro allocataire ! » ([[N_ALLOCATAIRE:3618205]]). Le conseiller rit : « ça arrive tout le temps, {{3 fois}} par semaine ». Le bon : [[ID_FRANCE_TRAVAIL:2295417X]]. Elle s'appelle [[PERSONNE:Pauline Ménard]]. Sujet : mail de convocation tombé dans ses spams, adresse [[EMAIL:pauline.menard@free.fr]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Challans}} pour prévenir de l'arrivée d'un blessé léger (accident sur la {{D948}}). Le véhicule impliqué : [[IMMATRICULATION:HB-044-PS]]. Le blessé : [[PERSONNE:Killian Raffin]], {{24 ans}}. L'agente transmet à l'IAO.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme au tél : « je m'appelle [[PERSONNE:Rose]] ». L'agent : « [[PERSONNE:Rose]], c'est votre prénom ? » (il ne tape pas encore). « Oui, [[PERSONNE:Rose Pierre-Louis]] ». Agent [[PERSONNE:Mathieu]] : « pouvez-vous épeler le nom ? » « [[PERSONNE:P I E R R E tiret L O U I S]] ». Elle est d'origine haïtienne, à {{Nantes}} depuis {{2019}}. Num alloc [[N_ALLOCATAIRE:0481776]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Saint-Nazaire}}. Une dame ({{60 ans}}) apporte un RIB pour ses remboursements : l'agent lit à voix haute pour vérifier, [[IBAN:FR76 1558 9052 9762 3626 9544 255]], au nom de [[PERSONNE:Françoise Le Goff]]. Banque : {{Crédit Mutuel de Bretagne}}. Elle a sa carte vitale mais la puce ne marche plus.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{13h58}}, juste avant la fermeture du standard l'aprem. Conseiller pressé. Demandeur : « [[PERSONNE:Nguyen Van Hai]], identifiant [[ID_FRANCE_TRAVAIL:0917 253 F]] ». Conseiller : « [[PERSONNE:Nguyen]] c'est le nom ? » « Oui, [[PERSONNE:Van]] c'est le nom du milieu ». Il veut savoir si la formation {{soudeur}} à l'{{AFPA}} est financée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Sarthe}}, {{23h10}}. Une femme appelle d'un téléphone prêté : [[TELEPHONE:06 51 77 20 83]] (celui d'une passante). Elle s'appelle [[PERSONNE:Jessica]]. Pas de nom de famille. Mise à l'abri à l'hôtel {{B&B}} {{Le Mans Nord}}, {{chambre 208}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Kaya]] (« [[PERSONNE:K A Y A]], comme le prénom ») appelle pour la prime de déménagement. Elle lit sa nouvelle adresse sur le bail : « [[ADRESSE:résidence Les Érables, bâtiment C, 27 rue Lamartine, 53000 Laval]] ». Num allocataire [[N_ALLOCATAIRE:5530471]]. Naissance d'un 3e enfant en {{mai}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Trois appels d'affilée sans aucune donnée perso (horaires d'accueil, adresse du centre d'examens de santé, « où envoyer une feuille de soin »). Réponses rapides, {{moins de 2 min}} chacun.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale au domicile d'une famille qui demande une aide pour la cantine. {{Saint-Nazaire}}, quartier {{La Trébale}}. Mère + {{3 enfants}}. Pas de nom noté (demande de l'agente). Je note : frigo OK, chambres propres, beaucoup de cartons (arrivée récente).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Monsieur qui épelle son nom façon radio : « [[PERSONNE:G comme Georges, U, E comme Eugène, R, I, N]] ». La conseillère : « [[PERSONNE:Guérin]] ! » « Voilà ». Prénom [[PERSONNE:Fabrice]]. Il donne son ancien identifiant [[ID_FRANCE_TRAVAIL:7710304A]] puis le nouveau [[ID_FRANCE_TRAVAIL:8804512E]]. Elle lui explique que c'est le {{2e}} qui compte.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet Caf {{Cholet}}. Un étudiant ({{19 ans}}) montre sa quittance pour l'APL : logement {{Crous}} résidence {{Les Tisserands}}, [[ADRESSE:chambre 114, 7 rue du Bois-Joli, 49300 Cholet]]. Nom [[PERSONNE:Louis Papin]]. L'agent vérifie en {{3 clics}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Saint-Nazaire}}. Je suis à côté de l'agente d'admission. Patiente arrivée seule, elle donne son nom [[PERSONNE:Ayşe Demir]], l'agente écrit [[PERSONNE:Aïché Demir]]. Corrigé avec la carte vitale. Mutuelle : {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH 007 4412 839]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rodrigues]] appelle pour sa pension d'invalidité. Elle donne son NIR en se trompant d'un chiffre : « [[NIR:2 85 03 44 109]]… euh… [[NIR:321]]… non [[NIR:312]], et la clé [[NIR:34]] ». L'agent relit : [[NIR:2 85 03 44 109 312 34]]. OK. Née à {{Nantes}} en [[DATE_NAISSANCE:mars 85]]. Son tél pour le rappel de l'échelon local : [[TELEPHONE:06 80 14 29 73]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique de {{30 min}} avec [[PERSONNE:Nadia]], {{44 ans}}, reconversion. La conseillère [[PERSONNE:Céline]] lui parle de la {{VAE}}. [[PERSONNE:Nadia]] a été assistante de direction chez {{Airbus}} à {{Bouguenais}}. Je note que son identifiant a été dit au début mais je ne l'ai pas noté.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} / vie maritale. {{Angers}}, {{Monplaisir}}. Madame [[PERSONNE:Ekwalla]] et monsieur [[PERSONNE:Mbemba]] déclarent être colocataires. Le contrôleur demande à voir les chambres. {{2 chambres}}, mais un seul lit utilisé. Il note, neutre. Num alloc de Mme : [[N_ALLOCATAIRE:6045518]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une résidence sociale, {{foyer Adoma}}, {{chambre 8}}, pour voir comment vit un monsieur sorti du CHRS. Il s'appelle [[PERSONNE:Abdelkader]]. La chambre fait {{9 m²}}. Il est content, il a la clé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame qui vient chercher sa carte vitale. L'agent lui demande sa date de naissance pour vérifier : « [[DATE_NAISSANCE:vingt-et-un avril quatre-vingt-quatre]] ». Puis son nom : [[PERSONNE:Mbaye]]. Il lui donne la carte. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique FT {{Le Mans}}. Création de l'adresse mail d'une dame : la conseillère propose [[EMAIL:m.ozturk72@gmail.com]], la dame préfère [[EMAIL:meryem.ozturk@gmail.com]], déjà pris → [[EMAIL:meryem.ozturk1975@gmail.com]]. « Mettez pas mon année ! » → finalement [[EMAIL:meryem.oz72@gmail.com]]. Son nom : [[PERSONNE:Meryem Öztürk]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social de l'{{UDAF}}, tuteur d'une allocataire. Il donne le nom de la majeure protégée : [[PERSONNE:Ginette Chauvin]] et son num : [[N_ALLOCATAIRE:1 3 5 0 9 8 2]]. Il donne aussi le jugement : RG [[IDENTIFIANT:22/01458]]. L'agente vérifie le mandat dans le dossier. OK.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une personne sans domicile vient chercher son courrier au {{CCAS}} de {{La Roche-sur-Yon}}. L'agente sort la pochette : « [[PERSONNE:Vincent]]… [[PERSONNE:Vincent Moulin]] ». Il a {{3 lettres}}, dont une de la {{Caf}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO {{Angers}}, nuit. Pas de noms notés, trop de monde. Je note l'ambiance : {{41 patients}} en attente à {{1h}} du matin, 9 sur des brancards dans le couloir. Le téléphone sonne sans arrêt.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Mon numéro de sécu ? Attendez je vais le chercher… [[PERSONNE:Killian]] ! Apporte-moi ma carte ! » (son fils). Elle revient : « [[NIR:2 00 10 44 109 021 43]] ». L'agente : « Vous êtes Mme [[PERSONNE:Louvet]] ? » « Oui, [[PERSONNE:Clémence Louvet]] ». Née à {{Nantes}}, [[DATE_NAISSANCE:octobre 2000]]. Demande de congé maternité.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur d'un certain âge ({{76 ans}}, il me le dit après) : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:deux millions six cent mille]]… ». La conseillère : « chiffre par chiffre s'il vous plaît ». « [[ID_FRANCE_TRAVAIL:2, 6, 0, 0, 7, 1, 8, lettre Y]] ». Nom [[PERSONNE:Gicquel]]. Il habite [[ADRESSE:La Petite Rivière, 44170 Nozay]].",
    ),
]

NOTES_5 = [
    (
        "caf",
        "accueil_telephonique",
        "Agente : « un numéro où vous joindre ? » Allocataire : « [[TELEPHONE:06… 06 31]]… attendez c'est mon nouveau, je le connais pas encore… » Elle le lit sur un papier : « [[TELEPHONE:06 31 58 92 47]] ». L'agente relit, « non, [[TELEPHONE:92 puis 74]] » → [[TELEPHONE:06 31 58 92 74]]. Elle : [[PERSONNE:Jennifer Pasquier]], num alloc [[N_ALLOCATAIRE:7003915]]. Tout ça pour un rappel sur sa {{PreParE}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame âgée : « mon numéro de téléphone c'est le [[TELEPHONE:deux quarante et un, quatre-vingt-huit, zéro trois, quinze]] ». L'agent : « [[TELEPHONE:zéro deux quarante et un]]… ? » « oui oui, [[TELEPHONE:zéro deux]] ! » → [[TELEPHONE:02 41 88 03 15]]. Nom : {{Veuve}} [[PERSONNE:Cailleau]], « [[PERSONNE:Yvette Cailleau]] ». Elle demande qu'on lui envoie ses relevés par courrier, pas par internet.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur : « mon mail c'est [[EMAIL:jb underscore hamon arobase yahoo point fr]] ». Conseiller : « underscore, le tiret du bas ? » « voilà, le tiret du 8 ». Relu : [[EMAIL:jb_hamon@yahoo.fr]]. « Et [[PERSONNE:jb]] ça veut dire ? » « [[PERSONNE:Jean-Baptiste]] ». Identifiant [[ID_FRANCE_TRAVAIL:1573 942 Z]]. Il demande si {{FT}} peut l'aider pour son permis poids lourd.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un père solo. Il veut déclarer la naissance de sa fille, née il y a {{3 semaines}}. « Elle s'appelle [[PERSONNE:Maya]], née le [[DATE_NAISSANCE:2 octobre]] ». L'agent ([[PERSONNE:Cédric]]) : « et votre numéro ? » « [[N_ALLOCATAIRE:4 6 6 2 0 0 8]] ». Nom : [[PERSONNE:Da Silva]], « [[PERSONNE:D A espace S I L V A]] ». Prénom du père [[PERSONNE:Rui]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur kurde, interprète par téléphone en conférence. Il donne son nom : [[PERSONNE:Çelik]], l'interprète précise « C cédille ». Numéro de sécu provisoire commençant par 7 : il ne l'a pas, seulement son attestation de demande d'asile n° [[IDENTIFIANT:4912083355]]. L'agent lui explique la {{PUMa}} après {{3 mois}} de résidence.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Bonjour, [[PERSONNE:Mélanie Chevalier]], mon identifiant c'est [[ID_FRANCE_TRAVAIL:6231804V]] ». La conseillère : « V comme {{Victor}} ? » « Oui ». Elle appelle parce qu'elle a un entretien d'embauche chez {{Système U}} et veut un remboursement de frais de déplacement. « Mon tél c'est le [[TELEPHONE:07 58 03 66 12]], si je réponds pas laissez un message ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une mère appelle le CCAS de {{Nantes}} pour la cantine à {{1 €}}. L'agente : « il me faut votre nom ». « [[PERSONNE:Ngoma]] ». « Adresse ? » « [[ADRESSE:3 rue Jules Piedeleu, 44100 Nantes]] ». Tél [[TELEPHONE:07 53 81 26 40]]. Rdv pris au {{pôle de proximité}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{13h30}}. Agent ([[PERSONNE:Thibault]]) + moi en double écoute. Monsieur très en colère, il crie, il insulte. Il ne donne pas son numéro. [[PERSONNE:Thibault]] lui dit poliment qu'il va raccrocher s'il continue. Il raccroche. « Ça arrive {{2-3 fois}} par jour ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame : « J'ai un numéro de sécurité sociale qui commence par 1, c'est normal ? Je suis une femme ». L'agent vérifie : erreur à l'immatriculation ! Elle s'appelle [[PERSONNE:Dominique Besnard]], née à {{Angers}} le [[DATE_NAISSANCE:19 novembre 1972]]. L'agent ouvre une demande de rectification. Elle dit qu'elle a toujours cru que c'était à cause du prénom mixte.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tél, Mme [[PERSONNE:Konaté]] ne répond pas. {{2e appel}}, c'est son fils qui décroche : « elle est au travail ». Le conseiller laisse un message. Il note dans le dossier « NRP ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une dame qui cherche son mari amené par le {{SAMU}}. « [[PERSONNE:Joseph]]… [[PERSONNE:Joseph Mukendi]] ». L'agente : « date de naissance ? » « [[DATE_NAISSANCE:1er janvier 1970]] » — « c'est la date qu'on lui a donnée à l'arrivée en {{France}} ». Il est en salle de déchoc, l'agente ne dit rien de plus et passe l'appel à l'IDE.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} sur une suspicion de fraude aux IJ (activité pendant l'arrêt). L'enquêteur a une photo de la camionnette : [[IMMATRICULATION:FL-208-QV]], avec écrit {{Multiservices 85}}. Adresse de l'assuré : [[ADRESSE:22 chemin de la Brardière, 85340 Les Sables-d'Olonne]]. Personne sur place. Il repassera.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire : « je m'appelle [[PERSONNE:Jérémy Guillet]] ». Agent : « [[PERSONNE:Guilloux]] ? » « Non, [[PERSONNE:G U I deux L E T]] ». Num alloc [[N_ALLOCATAIRE:3094 416]]. Il veut savoir quand passer à l'{{APL}} en tant que salarié en alternance. Il donne son mail : [[EMAIL:jeremy.guillet@sfr.fr]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Saint-Nazaire}}, {{14h}}. L'éducateur [[PERSONNE:Romain]] aide un résident à remplir un dossier de logement social. Le résident : [[PERSONNE:Abdoulaye Sow]], né le [[DATE_NAISSANCE:06/06/1985]] à {{Kaolack}}. Numéro unique de demande de logement social : [[IDENTIFIANT:0440124001358827]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un appel où rien ne marche : la dame donne son identifiant, il n'existe pas ; son nom, introuvable ; sa date de naissance, rien. Au bout de {{8 min}} : elle est inscrite dans la {{Vienne}}, pas chez nous. Renvoi vers le {{3949}}. Je n'ai pas noté ses infos.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur pour sa complémentaire santé solidaire. « Vous êtes bien [[PERSONNE:Abdelaziz Ben Salah]] ? » « Oui ». « Né le [[DATE_NAISSANCE:3 novembre 1960]] en {{Tunisie}} ? » « À {{Sfax}}, oui ». NIR [[NIR:1 60 11 99 351 008 77]]. Il donne un nouveau RIB : l'agent refuse de le prendre au tél mais il le dicte quand même, « [[IBAN:FR76 1751 5375 3169 5731 7361 616]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez un jeune couple à {{Rezé}}, {{Château}}. Le contrôleur [[PERSONNE:Hervé]] demande les bulletins de salaire. Le jeune homme ([[PERSONNE:Quentin]]) les a sur son téléphone, il les montre. Sur les bulletins : [[PERSONNE:Quentin Lemaître]], [[ADRESSE:12 rue Aristide Briand, 44400 Rezé]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame âgée vient au CCAS de {{Cholet}} pour le {{Noël des aînés}}. Elle donne sa date de naissance pour l'inscription : « [[DATE_NAISSANCE:dix-neuf cent quarante]] ». Nom [[PERSONNE:Thérèse Bossard]], [[ADRESSE:12 rue Nationale, 49300 Cholet]]. Colis le {{15 décembre}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Élodie]] appelle pour un job dating. Le candidat, [[PERSONNE:Amine]], dit « attendez je note » : date {{jeudi 14h}}, lieu agence {{Saint-Herblain}}. Il épelle son nom pour la liste : [[PERSONNE:C H E R K A O U I]]. Elle vérifie son tél : [[TELEPHONE:06 24 59 11 87]]. « C'est bien ça ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet {{Caf}} {{La Roche-sur-Yon}}. Une dame vient déposer un RIB pour son fils handicapé ({{AEEH}}). L'agent lit : [[IBAN:FR7612548193592133367496681]], titulaire Mme [[PERSONNE:Laurence Girard]]. L'agent vérifie que le fils [[PERSONNE:Évan]] est bien sur son dossier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Le Mans}}, accueil sur rdv. Un monsieur roumain vient pour la {{CSS}}. Il montre sa carte d'identité : [[IDENTIFIANT:ZT 184503]]. Nom [[PERSONNE:Ionescu]], prénom [[PERSONNE:Vasile]]. L'agente lui dit qu'il manque l'avis d'imposition. Il reviendra.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller ([[PERSONNE:Ludovic]]) : « pour vérifier votre identité, votre date de naissance ? » Le demandeur : « [[DATE_NAISSANCE:12 12 94]] ». « Et votre code postal ? » « {{72000}} ». OK. Le demandeur : [[PERSONNE:Kenzo Ferrand]], ID [[ID_FRANCE_TRAVAIL:4470921R]]. Il demande une attestation pour la {{Caf}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Nantes}}. Un ado de {{15 ans}} vient seul (!). L'agent appelle ses parents : la mère, Mme [[PERSONNE:Pichon]]… non l'ado corrige : « c'est [[PERSONNE:Pichon-Gautier]] ma mère ». Tel de la mère : [[TELEPHONE:06 72 88 40 19]]. L'ado : [[PERSONNE:Noa]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une dame veut signaler le décès de son mari. Très émue. L'agente ([[PERSONNE:Laetitia]]) prend son temps. Nom : Mme [[PERSONNE:Hervouet]], l'agente dit « Madame [[PERSONNE:Hervouet]] », elle corrige : « [[PERSONNE:Hervouët]], avec un tréma ». Mari : [[PERSONNE:Gilbert]], décédé le {{3 novembre}}. Num alloc [[N_ALLOCATAIRE:2207184]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Je vous appelle pour le remboursement de mon fils [[PERSONNE:Yanis]] ». « Il a quel âge ? » « {{17 ans}} ». Il est sur la carte de sa mère. NIR de la mère : « [[NIR:2, zéro trois, zéro quatre, 44, 109, 655, 39]] ». Hmm, elle a eu son fils à 5 ans ?? L'agent s'arrête : en fait c'est le NIR de sa fille aînée, [[PERSONNE:Inès]], née en [[DATE_NAISSANCE:2003]]… elle se trompe de carte. Mère : [[PERSONNE:Samira Bouzid]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire-Atlantique}}, {{7h}} du matin. Fin de nuit. L'écoutante fait le bilan : {{46 demandes}}, {{12 non pourvues}}. Elle me dit qu'elle connaît certaines voix par cœur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence FT {{Laval}}. Une dame vient signaler qu'on lui a volé son identité : quelqu'un s'est inscrit à sa place. Le conseiller note : nom [[PERSONNE:Sandrine Poulain]], DN [[DATE_NAISSANCE:1981-05-14]], identifiant usurpé [[ID_FRANCE_TRAVAIL:5014 286 N]]. Il fait un signalement au service fraude.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire malentendant, appel via le service {{Acceo}} (transcription). La conversation apparaît à l'écran de l'opérateur. L'agent dicte lentement. Nom : [[PERSONNE:Maxence Lebreton]], num alloc [[N_ALLOCATAIRE:6 3 8 0 1 2 5]]. {{25 min}} pour un appel normalement de {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur : « mon mail pour ameli c'est [[EMAIL:dede.chauvet point 49 arobase orange point fr]], enfin [[EMAIL:dede.chauvet.49@orange.fr]] ». L'agent : « et vous êtes M. [[PERSONNE:Chauvet André]] ? » « [[PERSONNE:Dédé]] pour les amis ». Né le [[DATE_NAISSANCE:14 novembre 1972]] à {{Angers}} : NIR [[NIR:1 72 11 49 007 085 24]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} chez un monsieur qui demande un portage de repas. {{Ancenis}}, pavillon. Il a {{91 ans}}, toute sa tête. Il raconte la guerre. Le portage démarre lundi. Je n'ai noté aucun nom.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO {{Cholet}}. Patient SDF connu, l'IDE l'appelle par son prénom : « [[PERSONNE:Pascal]], encore toi ». Il a le pied infecté. Dossier existant, IPP [[IDENTIFIANT:P00918274]]. Assistante sociale prévenue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur qui appelle pour sa femme ([[PERSONNE:Fatou]]) : la conseillère refuse, « il faut qu'elle soit à côté ». Elle prend le tél. Identifiant : « [[ID_FRANCE_TRAVAIL:6 7 3 1 2 0 9 G]] ». Nom [[PERSONNE:Coulibaly]]. Elle veut annuler son rdv car elle accouche bientôt. Nouveau rdv dans {{3 mois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme : « mon numéro d'allocataire… j'ai que la lettre du {{RSA}} ». Elle lit : « référence : [[N_ALLOCATAIRE:0958274]] ». Nom : [[PERSONNE:Gwendoline Le Roux]]. Elle explique qu'elle a un nouvel emploi à la {{Biscuiterie}} de {{Saint-Brevin}}. L'agent lui parle de la {{prime d'activité}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Question d'une dame : « est-ce que l'ostéopathe est remboursé ? » Non, mais peut-être par la mutuelle. {{1 min}}. Pas d'identification.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un logement (décence) pour l'APL. {{Le Mans}}, quartier des {{Sablons}}. Pas de locataire présent, le propriétaire ouvre. L'agent mesure la pièce principale : {{8,5 m²}}. « Non décent ». Pas de nom noté.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée dans les appartements diffus de {{Laval}} avec l'éducatrice [[PERSONNE:Amandine]]. Dans un appart, un résident ([[PERSONNE:Brahim]]) montre une lettre de {{Méduane Habitat}} avec son numéro de contrat : [[IDENTIFIANT:CT-53-118429]]. Il ne comprend pas pourquoi il doit payer {{80 €}} de régularisation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Samia]] : « Vous pouvez me rappeler votre mail ? » « [[EMAIL:lea-marie.jouan@outlook.fr]], avec un tiret entre [[PERSONNE:léa]] et [[PERSONNE:marie]] ». [[PERSONNE:Samia]] : « et [[PERSONNE:Jouan]], [[PERSONNE:J O U A N]] ? » « oui ». ID [[ID_FRANCE_TRAVAIL:8152 306 S]]. Nom : [[PERSONNE:Léa-Marie Jouan]]. Objet : inscription à un atelier {{CV}} du {{mardi 10h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au CCAS de {{Nantes}}, file de {{20 personnes}} à l'ouverture. Les courriers sont classés par ordre alphabétique dans des bacs. L'agent me dit qu'ils domicilient {{plus de 3000 personnes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une agente de la {{Cpam}} rappelle une assurée pour un dossier incomplet. Elle se présente : « [[PERSONNE:Christelle]], de l'assurance maladie ». L'assurée : « ah ! Mme [[PERSONNE:Bréhéret]] à l'appareil ». Il manque le {{Cerfa}} {{S3201}}. Elle dicte son adresse pour le renvoi : [[ADRESSE:47 rue de Strasbourg, 44000 Nantes]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{14h48}}. Jeune homme, accent anglais. « My name… mon nom est [[PERSONNE:O'Connor]], [[PERSONNE:O apostrophe C O N N O R]] ». Prénom [[PERSONNE:Liam]]. Il est en {{Erasmus}} à {{Angers}}, il veut l'APL. Pas de num alloc. Mail : [[EMAIL:liam.oconnor@ucd.ie]].",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_telephonique",
        "Allocataire : « mon IBAN a changé, je vous le dis ? » L'agent ([[PERSONNE:Mathieu]]) : « allez-y mais je ne pourrai pas le saisir ». Elle dicte : « [[IBAN:FR76 1380 7336… euh… 9571 4748 5939 835]] ». [[PERSONNE:Mathieu]] : « le RIB il faut l'envoyer par votre espace ou par courrier ». « J'ai pas de timbre ». Nom : [[PERSONNE:Leroux]], num [[N_ALLOCATAIRE:8127 540]]. Elle habite {{Guérande}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Homme, voix jeune : « mon numéro c'est [[NIR:1 86 09 99 208 091 68]] ». L'agent : « vous êtes né en [[DATE_NAISSANCE:86]] ? » « oui, en {{Turquie}}, à {{Konya}} ». Nom [[PERSONNE:Yıldız]] — il épelle « [[PERSONNE:Y I L D I Z]] ». Prénom [[PERSONNE:Murat]]. Il appelle pour un accident de scooter : le scooter [[IMMATRICULATION:FC-713-NL]] est à son frère.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller : « votre numéro de téléphone a changé ? » « Oui, c'est le [[TELEPHONE:06, 98, 44, 02, 61]] ». « Je relis : [[TELEPHONE:06 98 44 02 61]] ». « Non, [[TELEPHONE:02 puis 16]] ! » → [[TELEPHONE:06 98 44 02 16]]. Le conseiller corrige. Le demandeur : [[PERSONNE:Tom Guillemot]], ID [[ID_FRANCE_TRAVAIL:3051 772 J]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour, je suis [[PERSONNE:Morgane]] de l'{{ADIL}} de {{Vendée}}, j'appelle avec une locataire à côté de moi ». La locataire : [[PERSONNE:Charlène Boucard]], num [[N_ALLOCATAIRE:5 5 0 9 1 7 3]]. Bailleur : {{Vendée Habitat}}, réf. locataire [[IDENTIFIANT:VH-216704]]. Question de l'APL versée au bailleur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une jeune femme, [[PERSONNE:Emma Giraud]], donne son NIR en le lisant sur l'appli : « [[NIR:2 01 12 85 191 064 05]] ». Née le [[DATE_NAISSANCE:18/12/2001]] à {{La Roche-sur-Yon}}. Elle veut une attestation pour son employeur. L'agent la lui envoie par mail : [[EMAIL:emma.giraud85@icloud.com]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{10h20}}. La personne ne parle presque pas français, elle répète « [[PERSONNE:Ahmed]]… [[PERSONNE:Ahmed]]… identifiant » et lit lettre par lettre « [[ID_FRANCE_TRAVAIL:sept zéro un quatre… quatre… neuf six… C]] ». Le conseiller tape [[ID_FRANCE_TRAVAIL:7014496C]], ça marche. Nom : [[PERSONNE:Al Hassan]]. Rdv avec interprète arabe.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Saint-Nazaire}}. Une personne vient avec un courrier de relance du {{Trésor public}}. L'agent explique que ça concerne un indu transmis. Elle donne son numéro allocataire : [[N_ALLOCATAIRE:7650 218]]. Nom : [[PERSONNE:Pavlović]], [[PERSONNE:Milena]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{15h55}}. Un appel où l'agente et l'allocataire ne se comprennent pas : elle parle de la « prime » et lui de « la prime de Noël ». 5 minutes avant de comprendre. Pas d'identification (question générale).",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Cholet}}. Un monsieur amène les papiers de son père décédé pour le capital décès. Il donne le nom du père : [[PERSONNE:Marcel Chiron]], né le [[DATE_NAISSANCE:2 février 1941]]. Il donne son propre RIB pour le versement : [[IBAN:FR76 3000 2092 4212 1409 6029 873]]. Lui : [[PERSONNE:Patrick Chiron]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Saint-Herblain}}. Une dame vient pour une offre de garde d'enfants. Elle montre son CV, dessus : [[PERSONNE:Marie-Claire Akoa]], [[TELEPHONE:07 60 18 25 93]], [[EMAIL:mc.akoa@gmail.com]], [[ADRESSE:6 rue de la Blanche, 44800 Saint-Herblain]]. L'agente lui conseille d'enlever l'adresse complète.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'une famille au CHRS de {{Nantes}} via le {{SIAO}}. {{5 personnes}}. Chambre avec {{3 lits}} + {{1 berceau}}. L'éducatrice fait visiter. Je ne note pas les noms.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur : « je m'appelle [[PERSONNE:Jean-Paul]], [[PERSONNE:J P]], enfin [[PERSONNE:Jean-Paul Rabier]] ». Il vit à {{Sablé}}. Il appelle pour l'allocation logement de sa mère qui est en {{EHPAD}} ({{Korian Les Tilleuls}}). Num de la mère : [[N_ALLOCATAIRE:1 6 0 2 8 5 5]]. L'agente exige une procuration.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel à l'accueil du {{CCAS}} d'{{Angers}} : « c'est pour le plan canicule ». Une fille inscrit sa mère : [[PERSONNE:Madeleine Cottenceau]], {{86 ans}}, [[ADRESSE:23 avenue Pasteur, 49100 Angers]], tél fixe [[TELEPHONE:02 41 66 09 52]]. Fille joignable au [[TELEPHONE:06 87 45 13 06]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur [[PERSONNE:Rivière]] appelle : « mon numéro ? attendez… [[NIR:1 84 04 85 191]] et après… [[NIR:205 84]] ». Né à {{La Roche-sur-Yon}} en [[DATE_NAISSANCE:avril 1984]]. L'agent lui explique le {{DMP}} (Mon espace santé). Il dit qu'il a rien compris mais merci.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Actualisation : un monsieur qui a oublié son mot de passe. Le conseiller lui fait donner son identifiant : « [[ID_FRANCE_TRAVAIL:9 3 0 6 1 4 8 B]] » et son mail « [[EMAIL:fred.dorvil@laposte.net]] ». Il épelle « [[PERSONNE:D O R V I L]] ». Nom complet : [[PERSONNE:Frédéric Dorvil]]. Lien de réinit envoyé (valable {{24h}}).",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{IAO}} {{Nantes}}, {{17h}}. Une mère avec un enfant qui a avalé une pile. Priorité immédiate. L'agente d'accueil fait le dossier après coup. Rien noté, j'étais trop prise par la scène.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Cholet}}. Couple déclaré séparé mais l'homme ouvre la porte. Il s'appelle [[PERSONNE:Yohan Grimaud]]. Sa voiture : [[IMMATRICULATION:GM-350-TX]], sur le parking, avec le siège bébé. Mme [[PERSONNE:Grimaud]] arrive ensuite. Le contrôleur [[PERSONNE:Jean-Luc]] reste très calme.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite du service social de la {{Cpam}} à un assuré en fin de droits IJ. {{Laval}}, appart au {{3e}}. Il montre ses papiers : attestation de pension {{Carsat}} n° [[IDENTIFIANT:53 458 912 770]]. Nom [[PERSONNE:Hubert Lemarié]]. Il a peur de perdre son logement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}, {{11h}}. Allocataire : « mon numéro d'allocataire c'est… je crois que c'est [[N_ALLOCATAIRE:43 12 805]] ». Agent : « vous êtes Madame… ? » « [[PERSONNE:Garnier]] ». « Pas de [[PERSONNE:Garnier]] sur ce numéro ». « Ah c'est peut-être au nom de mon mari, [[PERSONNE:Ouédraogo]] ». Oui : [[PERSONNE:Issouf Ouédraogo]], conjointe [[PERSONNE:Cindy Garnier]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au domicile d'un monsieur qui demande une aide pour l'électricité. Facture {{EDF}} : référence client [[IDENTIFIANT:6004 128 315]], {{480 €}} d'impayé. Nom [[PERSONNE:Régis Fouquet]]. Chauffage électrique, logement mal isolé à {{Mayenne}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse pour un stage. Elle donne l'adresse de l'entreprise ({{boulangerie Au Pain Doré}}, à {{Coulaines}}) puis la sienne : « [[ADRESSE:14 rue du Vert Galant]]… à {{Coulaines}} aussi ». Nom [[PERSONNE:Lucie Trouvé]], ID [[ID_FRANCE_TRAVAIL:2638 051 H]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Agent : « je vous demande votre numéro de sécurité sociale ». L'appelante : « c'est quoi ? celui de la carte verte ? » « Oui, la carte vitale ». Elle n'a plus de carte, perdue. Identification par nom ([[PERSONNE:Fatima Zahra Haddou]]) + DN ([[DATE_NAISSANCE:7 mars 1990]]) + adresse ([[ADRESSE:3 rue de Cracovie, 72100 Le Mans]]). Nouvelle carte commandée, délai {{15 jours}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Fin de journée, le standard ferme à {{16h}}. Dernier appel {{15h59}}, l'agente le prend quand même. Question sur la {{prime de Noël}}. Pas de données.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "FT {{Château-Gontier}}. « Vous êtes Mme [[PERSONNE:Lebon]] ? » — le conseiller se reprend : « pardon, Madame [[PERSONNE:Le Bon]], en deux mots ». Elle : « oui ». Elle a un nouveau mail : « [[EMAIL:cathy point lebon 53 arobase gmail point com]] ». Le conseiller saisit [[EMAIL:cathy.lebon53@gmail.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien au CHRS {{Angers}}. Un résident, [[PERSONNE:Youssouf]], montre son récépissé de demande de titre de séjour : n° [[IDENTIFIANT:4903215548]]. Il doit aller en préfecture la semaine prochaine. L'éducateur [[PERSONNE:Damien]] note le rdv.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Nantes}} ({{Malakoff}}). Affluence faible. Une agente fait une démo de l'appli {{ameli}} à un monsieur. Il n'a pas de smartphone. Elle lui conseille les bornes. Pas de nom.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Laval}}. Un homme vient déclarer son changement de situation (mariage). Il donne son numéro : [[N_ALLOCATAIRE:3302971]], nom [[PERSONNE:Olivier Mercier]], et le nom de sa femme : [[PERSONNE:Nadia Ferhat]]. Elle a un IBAN belge : [[IBAN:BE59 0631 8472 5926]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune couple vient au CCAS de {{Vertou}} pour une aide au permis. L'agent leur explique que l'aide n'existe plus. Déçus. Pas de nom noté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil FT {{Cholet}}. Un monsieur arrive avec sa voiture garée en double file devant l'agence, un agent lui demande de la déplacer : « la {{Clio}} blanche [[IMMATRICULATION:DK-102-WA]], c'est à vous ? ». Il s'appelle [[PERSONNE:Sébastien Roy]], il vient pour sa radiation.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Laval}}, {{2h}} du matin. Pas d'appel pendant {{20 min}}, puis 3 d'un coup. L'agente me dit que la nuit c'est souvent des proches inquiets. Je ne note pas les noms.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Mayenne}}. Une femme appelle pour elle et son compagnon. Elle donne les deux noms : [[PERSONNE:Stéphanie Rouxel]] et [[PERSONNE:Fabien]], « il a pas ses papiers sur lui ». Le chien ({{Tyson}}) vient avec eux. Pas de place avec chien. L'écoutant cherche une solution.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La mère d'un bébé : « je voudrais ajouter mon fils sur ma carte ». Le bébé : [[PERSONNE:Ilyes]], né le [[DATE_NAISSANCE:5 mai 2025]]. Elle : [[PERSONNE:Sarah Benkirane]]. L'agente lui demande l'acte de naissance à envoyer (délivré par la {{mairie de Nantes}}). Son mail : [[EMAIL:sarah.benkirane@hotmail.com]]. « Vous le prenez avec un K ? » « oui, [[PERSONNE:B E N K I R A N E]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un monsieur qui a reçu un SMS frauduleux « {{Caf}} : remboursement en attente ». L'agent ([[PERSONNE:Thibault]]) confirme que c'est une arnaque. Le monsieur a cliqué et donné son IBAN : [[IBAN:FR76 1009 6647 7194 1674 4963 693]]. [[PERSONNE:Thibault]] lui conseille d'appeler sa banque tout de suite.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère ([[PERSONNE:Nadège]]) : « identifiant ? » « [[ID_FRANCE_TRAVAIL:4 4 0 2 9 1 8]]… et puis… » « et une lettre ? » « Ah oui, alors en entier : [[ID_FRANCE_TRAVAIL:4402918M]] ». Nom [[PERSONNE:Fournier]], prénom [[PERSONNE:Bastien]]… non [[PERSONNE:Sébastien]], « tout le monde se trompe ». Question sur un trop-perçu de {{320 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution de repas du soir au {{CHRS}} {{Le Mans}}. {{28 repas}}. Un bénévole ({{retraité de Renault}}) m'explique qu'il vient tous les mardis. Le chef de service passe. Ambiance conviviale. Aucun nom noté.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Je vous appelle de l'hôpital ». Mme [[PERSONNE:Nzinga]] est hospitalisée à {{Saint-Nazaire}} et veut déclarer une baisse de ressources. Num alloc : « [[N_ALLOCATAIRE:sept un neuf zéro quatre deux huit]] ». L'agent lui demande son tél pour la suite : « [[TELEPHONE:07 81 30 62 55]] ». Prénom [[PERSONNE:Béatrice]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une personne vient pour rattacher ses enfants venus d'{{Espagne}}. Passeports espagnols : [[IDENTIFIANT:PAB184523]] et [[IDENTIFIANT:PAB184524]]. La mère, [[PERSONNE:Lucía Fernández]], parle anglais avec l'agent. Elle donne l'immatriculation de sa voiture pour le parking ({{Ikea}} à côté !) : [[IMMATRICULATION:4827 KLM]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} {{Saint-Nazaire}}. Une bénévole de l'{{Épicerie sociale}} passe déposer des tracts. Personne en salle d'attente. L'agente me montre le tableau des aides votées en commission : {{32 dossiers}} le mois dernier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv physique FT {{Laval}} avec la conseillère [[PERSONNE:Gwénola]]. Un jeune homme, [[PERSONNE:Malik Soumaré]], {{22 ans}}, veut s'engager dans l'armée. Elle note son numéro [[TELEPHONE:06 33 72 05 81]]. Il n'a pas de mail. Elle lui en crée un : [[EMAIL:malik.soumare53@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel pour un transport sanitaire : le taxi conventionné ([[IMMATRICULATION:EZ-451-BF]]) n'a pas été payé ({{3 courses}}, {{187 €}}). Le chauffeur, M. [[PERSONNE:Guérineau]], donne son SIRET perso : [[IDENTIFIANT:84315920300002]]. L'agente le renvoie vers la ligne des professionnels.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur qui vient d'ouvrir un compte à la {{Banque Postale}}, il veut que l'{{ARE}} arrive dessus. La conseillère ([[PERSONNE:Anne-Sophie]]) lui dit de le modifier dans son espace, mais il lit quand même : « [[IBAN:FR25 2004 1003 1424 7808 3U04 454]], il y a un U au milieu, U comme {{Ursule}} ». Elle : « et vous êtes bien M. [[PERSONNE:Le Gall]], [[PERSONNE:Yann]] ? » « [[PERSONNE:Le Gall]] oui, mais mon prénom c'est [[PERSONNE:Yannick]], pas [[PERSONNE:Yann]] ». ID [[ID_FRANCE_TRAVAIL:6125 083 Q]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6

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
STRAY_RE = re.compile(r"\[\[|\]\]|\{\{|\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        if STRAY_RE.search(plain):
            raise ValueError(f"stray mark in {plain!r}")
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip():
            raise ValueError(f"marked value with outer whitespace: {value!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    if STRAY_RE.search(tail):
        raise ValueError(f"stray mark in {tail!r}")
    parts.append(tail)
    return "".join(parts), entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
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
    """Return the set of dev ids; it depends only on the ids and their cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, leftovers = set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    dev.update(leftovers[: len(leftovers) // 2])
    return dev


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def stats(parts):
    """Print the README's count tables (markdown)."""
    names = list(parts)
    cells = sorted({(n["site_kind"], n["channel"]) for n in parts["all"]})
    print("| site kind | channel | " + " | ".join(names) + " |")
    print("|---|---|" + "---:|" * len(names))
    for site_kind, channel in cells:
        row = [
            sum(1 for n in parts[k] if (n["site_kind"], n["channel"]) == (site_kind, channel))
            for k in names
        ]
        print(f"| {site_kind} | {channel} | " + " | ".join(map(str, row)) + " |")
    print()
    counts = {k: Counter(e["label"] for n in v for e in n["entities"]) for k, v in parts.items()}
    print("| label | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for label in sorted(LABELS):
        print(f"| {label} | " + " | ".join(str(counts[k][label]) for k in names) + " |")
    total = " | ".join(str(sum(counts[k].values())) for k in names)
    print(f"| total | {total} |")
    print()
    for what, fn in (
        ("notes", len),
        ("keep entries", lambda v: sum(len(n["keep"]) for n in v)),
        ("notes without any entity", lambda v: sum(1 for n in v if not n["entities"])),
    ):
        print(f"| {what} | " + " | ".join(str(fn(parts[k])) for k in names) + " |")


def main(argv):
    notes = build()
    dev_ids = split(notes)
    dev = [n for n in notes if n["id"] in dev_ids]
    holdout = [n for n in notes if n["id"] not in dev_ids]
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes")
    if "--stats" in argv:
        stats({"all": notes, "dev": dev, "holdout": holdout})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
