"""Independent evaluation corpus n° 120: 240 hand-written observation notes (standard library).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind120-001`` …
``ind120-240`` follow the writing order. The dev / holdout split depends only on the ids and
the cells (site kind × channel), never on the texts.

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind120"
SEED = 120
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

# Batch 1 (ind120-001 … ind120-035)
NOTES_1 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{14h10}}. Appel d'un homme, voix tres fatiguee. L'ecoutante ([[PERSONNE:Nadège]]) "
        "demande le nom : « [[PERSONNE:Kouassi]]… non, [[PERSONNE:KOUADIO]], "
        "[[PERSONNE:Serge Kouadio]] ». Il dort dans sa voiture depuis {{3 nuits}} sur le parking "
        "du {{Auchan}} de {{Saint-Priest}}, une {{Clio}} grise immatriculee "
        "[[IMMATRICULATION:EX-517-QD]]. Pas de place ce soir sur {{Lyon}}, elle lui propose de "
        "rappeler a {{17h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} {{3230}} ({{Clermont}}). Une dame appelle pour son {{APL}}. La "
        "conseillère : « votre numéro allocataire ? » — « alors [[N_ALLOCATAIRE:2486]]… "
        "attendez je prends la lettre… [[N_ALLOCATAIRE:2486 153]] ». La conseillère relit "
        "[[N_ALLOCATAIRE:2486153]], c'est bien Mme [[PERSONNE:Bonnefoy Laetitia]] ? — « oui "
        "[[PERSONNE:Bonnefoy]], deux n un f ». Dossier suspendu, attestation de loyer manquante. "
        "{{11 min}} d'attente avant qu'on décroche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Grenoble}}, permanence du mardi matin. {{9h02}} deja {{6 personnes}} devant la "
        "porte. Beaucoup de demandes d'aide alimentaire, la {{banque alimentaire de l'Isère}} a "
        "livré hier. L'agent me dit que depuis la rentrée c'est {{+30 %}} de demandes. "
        "{{Fontaine à eau}} en panne 😅",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Un monsieur appelle pour sa {{carte Vitale}} perdue. La conseillere demande le "
        "numero de secu, il le lit sur une vieille attestation : « [[NIR:1 62 11 42 218 057]]… et "
        "la clé c'est [[NIR:27]] ». Elle vérifie : [[PERSONNE:Thierry Vallat]], né le "
        "[[DATE_NAISSANCE:3 novembre 62]] à {{Saint-Étienne}}. Il demande si on peut envoyer la "
        "nouvelle carte chez sa soeur, [[ADRESSE:14 rue Michelet 42000 Saint-Étienne]], elle dit "
        "non, il faut d'abord faire le changement d'adresse sur {{Ameli}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{39 49}}, conseiller [[PERSONNE:Yannick]]. Jeune homme, {{22 ans}}, appelle pour une "
        "radiation. Identifiant donné d'abord sans la lettre, puis « [[ID_FRANCE_TRAVAIL:5310274F]], "
        "F comme {{François}} ». Il n'a pas reçu le courrier de convocation à {{Vaulx-en-Velin}}. "
        "[[PERSONNE:Yannick]] lui dit de regarder dans l'{{espace perso}}. Il a plus le mot de "
        "passe, et le mail c'est celui de sa mère ([[EMAIL:nadia.benali69@gmail.com]]). Bcp de "
        "patience de [[PERSONNE:Yannick]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} ({{Lyon 7e}}), accueil de jour. Un résident, M. [[PERSONNE:Oumarou]], vient "
        "demander si son courrier est arrivé. L'éducatrice [[PERSONNE:Sabine]] regarde dans le "
        "casier : une lettre de la {{préfecture}}, récépissé {{APS}} n° "
        "[[IDENTIFIANT:6901234587]] à renouveler. Il a rdv {{le 12}} à {{9h30}} à la "
        "{{préfecture du Rhône}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{HEH}} ({{Édouard Herriot}}), {{23h40}}. {{IOA}} = infirmière d'accueil et "
        "d'orientation. Une dame âgée arrive en ambulance, sa petite-fille donne les infos : "
        "« {{Mamie}} c'est [[PERSONNE:Josette Chapuy]]… non pardon [[PERSONNE:CHAPUIS]], avec un "
        "s », née en [[DATE_NAISSANCE:1938]], elle vit seule à {{Oullins}}. L'IOA colle "
        "l'étiquette {{IPP}} [[IDENTIFIANT:80427615]] sur le dossier. Attente estimée {{4h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec Mme [[PERSONNE:Reynaud]] (contrôleuse {{Caf}} {{Drôme}}). Visite "
        "chez M. [[PERSONNE:Chabanne]], [[ADRESSE:27 avenue de Romans, 26000 Valence]], "
        "{{2e étage}} sans ascenseur. Soupçon de vie maritale. Il y a {{2 brosses à dents}}, une "
        "veste de femme. Il dit que c'est sa soeur qui passe. La contrôleuse note tout sans "
        "commenter. Durée {{50 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Saint-Étienne}}, accueil sur rdv uniquement depuis {{2022}}. Borne à "
        "l'entrée qui imprime un ticket : {{A047}}. {{3 guichets}} ouverts sur {{6}}. Une affiche "
        "« {{Ameli}}, c'est plus simple » partout. Le monsieur devant moi n'a pas de smartphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Isère}}, soirée. Appel d'une femme avec {{2 enfants}}, elle est dehors "
        "devant la {{gare de Grenoble}}. L'écoutant demande son nom : « [[PERSONNE:Hadjira]]… "
        "[[PERSONNE:Hadjira Mansouri]] ». Date de naissance ? « [[DATE_NAISSANCE:4 avril… 1991]]. "
        "Non [[DATE_NAISSANCE:92]], [[DATE_NAISSANCE:4 avril 92]] ». Il cherche dans le logiciel "
        "{{SI-SIAO}}, la trouve avec la mauvaise date. Mise à l'abri à l'hôtel à {{Échirolles}}, "
        "{{chambre 21}}. Fin d'appel {{21h52}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} de {{Clermont-Ferrand}} ({{Montferrand}}). La conseillère, Mme "
        "[[PERSONNE:Aubagnac]], reçoit [[PERSONNE:Dylan]], {{21 ans}}, pour le {{CEJ}}. Il a un "
        "{{CV}} fait en {{3e}} avec comme adresse mail [[EMAIL:dylan.du.63@hotmail.fr]] 🙃 elle lui "
        "conseille d'en créer une plus sérieuse. Ils la créent ensemble : "
        "[[EMAIL:dylan.perret.pro@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}} pris avec [[PERSONNE:Karima]] (conseillère). Assurée qui appelle pour un "
        "remboursement de {{kiné}}. [[PERSONNE:Karima]] : 'votre numéro de sécurité sociale svp' — "
        "'[[NIR:deux, soixante-dix-neuf, zéro six, quatre-vingt-dix-neuf, deux cent quarante-trois, "
        "zéro dix-huit, clé quinze]]'. Née au {{Vietnam}}. [[PERSONNE:Karima]] confirme : Mme "
        "[[PERSONNE:Nguyen Thi Lan]]. Le {{RIB}} enregistré est ancien, la dame donne le nouveau : "
        "[[IBAN:FR76 1382 5002 0008 7654 3210 983]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Villeurbanne}}, standard. En {{1h}} : {{14 appels}}. Surtout pour la "
        "{{domiciliation}} et le {{colis de Noël}} des seniors. Une dame demande si le CCAS peut "
        "payer sa facture {{Engie}} : il faut un rdv avec une {{AS}}. Délai de rdv : "
        "{{3 semaines}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Clermont}}. Homme au tel, appelle d'un numero masqué puis rappelle du tel d'un "
        "passant. Nom : « [[PERSONNE:Popescu Florin]] ». L'écoutante : vous avez un numéro où on "
        "peut vous joindre ? « [[TELEPHONE:07 58 21]]… attendez c'est pas mon tel… "
        "[[TELEPHONE:07 58 21 44 09]] » c'est celui de son cousin [[PERSONNE:Marian]]. Né en "
        "[[DATE_NAISSANCE:85]] en {{Roumanie}}. Orienté vers la {{halte de nuit}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Lyon}} ({{Part-Dieu}}), accueil. Ticket {{B112}}. Un couple vient pour la "
        "{{prime de naissance}}. Le père parle peu français, la mère traduit. L'agent, "
        "[[PERSONNE:Julien]], demande le {{livret de famille}}. Bébé né le "
        "[[DATE_NAISSANCE:2 février]], prénom [[PERSONNE:Aylin]]. Numéro allocataire noté sur le "
        "post-it : [[N_ALLOCATAIRE:3 715 402]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences pédiatriques}} {{HFME}} ({{Bron}}). Le standard transfère un appel : une maman "
        "veut savoir si elle peut venir pour de la fièvre à {{39}}. La puéricultrice conseille "
        "d'appeler le {{15}} ou {{SOS Médecins}} d'abord. Pas de nom donné. Appel {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, avec [[PERSONNE:Grégory]]. Monsieur de {{58 ans}} inscrit depuis {{2 ans}}, "
        "licencié de chez {{Michelin}}. Il lit son identifiant sur la lettre : « "
        "[[ID_FRANCE_TRAVAIL:sept, deux, zéro, neuf, quatre, un, six, B]] comme {{Bernard}} ». "
        "[[PERSONNE:Grégory]] tape [[ID_FRANCE_TRAVAIL:7209416B]], ça colle : M. {{Gerzat}}… non "
        "Gerzat c'est la ville, il s'appelle M. [[PERSONNE:Tournadre]], "
        "[[PERSONNE:Patrick Tournadre]], il habite Gerzat. Il veut savoir pour l'{{ARE}} seniors.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail avec l'agent assermenté (M. [[PERSONNE:Besson]]). Adresse : "
        "[[ADRESSE:8 chemin des Vignes, 69390 Vourles]]. Personne absente à {{10h15}} alors que "
        "sorties non autorisées. Avis de passage laissé dans la {{boîte aux lettres}}, nom sur la "
        "boîte : « Famille [[PERSONNE:Ait-Ouarab]] ». Véhicule devant : "
        "[[IMMATRICULATION:GK-284-VF]], peut-être pas le sien.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{VAD}} (visite à domicile) avec [[PERSONNE:Élodie]], {{AS}} du {{CCAS}} de {{Saint-Chamond}}. "
        "Mme [[PERSONNE:Rouchon]], {{69 ans}}, [[ADRESSE:3 rue de la Charité]], appartement au "
        "{{rdc}}, humidité partout. Elle nous montre la facture {{EDF}} : réf client "
        "[[IDENTIFIANT:6004 218 937]]. On remplit un dossier {{FSL}}. Son chat {{Caramel}} nous "
        "suit partout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Rhône}}, {{19h}}. Une jeune femme appelle, elle pleure. L'écoutant "
        "([[PERSONNE:Baptiste]]) reste calme. Elle donne son prénom puis se reprend « non enfin "
        "c'est [[PERSONNE:Fatou]], sur les papiers c'est [[PERSONNE:Fatoumata]], "
        "[[PERSONNE:SOW]] ». Date de naissance : « [[DATE_NAISSANCE:97]]… non "
        "[[DATE_NAISSANCE:93]], j'ai {{31 ans}}, [[DATE_NAISSANCE:1993]] ». "
        "[[DATE_NAISSANCE:Décembre]]. Pas de place femme seule ce soir, liste d'attente pour le "
        "{{Point Nuit}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Isère}}, plateforme tel. Un monsieur appelle pour son {{RSA}}, c'est sa fille qui "
        "parle à sa place (haut-parleur). « {{Papa}} c'est [[PERSONNE:Abdelkader Hamidi]], "
        "[[PERSONNE:H-A-M-I-D-I]] ». Conseillère : numéro allocataire ? La fille : « "
        "[[N_ALLOCATAIRE:0 8 4]]… non, on a pas de zéro devant papa ? » Finalement c'est "
        "[[N_ALLOCATAIRE:8412067]]. Adresse : [[ADRESSE:15 rue Anatole France, 38400 "
        "Saint-Martin-d'Hères]]. La conseillère dit que la {{DTR}} n'a pas été envoyée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{CHU Estaing}} ({{Clermont}}). Salle d'attente : {{27 personnes}} à {{15h}}. "
        "Écran qui affiche « temps d'attente moyen {{3h40}} ». Un agent de sécurité fait des rondes. "
        "Distributeur de café en panne. Pas une seule prise pour charger son tel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller {{Cpam}} {{Puy-de-Dôme}}. Une dame appelle pour la {{C2S}}. Elle épelle son nom "
        ": « [[PERSONNE:V-I-G-O-U-R-O-U-X]]… [[PERSONNE:Vigouroux, Marie-Claude]] ». Née le "
        "[[DATE_NAISSANCE:15 janvier 1952]] à {{Aurillac}}. Puis : « mon numéro c'est le "
        "[[NIR:2 52 01 15 014 047 85]] ». Elle a le [[TELEPHONE:04 73 61 28 90]] comme fixe mais "
        "c'est sa voisine qui décroche souvent 😄",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus avec l'éduc du {{CHRS}} ({{Annecy}}). Appart partagé {{2 résidents}} au "
        "[[ADRESSE:18 avenue de Novel, 74000 Annecy]]. M. [[PERSONNE:Demir]] n'est pas là, son "
        "coloc [[PERSONNE:Rachid]] dit qu'il travaille à la plonge chez {{Flunch}}. Frigo vide. "
        "L'éduc, [[PERSONNE:Morgane]], laisse un mot.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Étienne}} {{Montreynaud}}. {{Atelier CV}} collectif, "
        "{{8 participants}}. La conseillère projette un {{CV}} modèle : « [[PERSONNE:Jean Dupont]], "
        "[[ADRESSE:12 rue des Lilas, 42000 Saint-Étienne]], [[TELEPHONE:06 00 00 00 00]] ». Une "
        "participante, Mme [[PERSONNE:Bensaïd]], demande si on peut mettre une photo avec le "
        "voile. Réponse : la photo n'est pas obligatoire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{3230}} : musique d'attente {{18 min}} 😩 puis coupure. Rappel : {{9 min}}. Le "
        "conseiller s'excuse.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Saint-Étienne}}. Appel d'un homme qui parle pour son ami : « il s'appelle "
        "[[PERSONNE:Gheorghe]], j'sais pas son nom de famille… attendez… [[PERSONNE:RADU]], "
        "[[PERSONNE:Gheorghe Radu]] ». Ils sont sous le pont de la {{gare de Châteaucreux}}. "
        "L'écoutante demande un numéro : « le mien, [[TELEPHONE:06 31 72 90 58]] ». "
        "{{Maraude}} prévenue.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Grenoble}}. Un étudiant, {{20 ans}}, vient pour une {{carte Vitale}} : il a "
        "juste un numéro provisoire. Il montre son passeport marocain : n° "
        "[[IDENTIFIANT:UZ4471209]]. L'agente, Mme [[PERSONNE:Favre]], explique le formulaire "
        "{{S1106}}. Il repart avec un ticket de rdv.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère ([[PERSONNE:Inès]]) rappelle un demandeur pour un {{RDV}}. "
        "C'est sa femme qui décroche. « Il est pas là… c'est pour [[PERSONNE:Karim]] ? "
        "[[PERSONNE:Karim Zerrouki]] ? » [[PERSONNE:Inès]] confirme l'identifiant "
        "[[ID_FRANCE_TRAVAIL:6638 215 M]] et le RDV {{mardi}} {{14h}} à l'agence de "
        "{{Vénissieux}}. La femme donne son propre numéro pour les {{SMS}} : "
        "[[TELEPHONE:07 82 15 36 49]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} de {{Vénissieux}}. Mme [[PERSONNE:Pereira]] (agente) reçoit une dame qui "
        "vient pour l'aide au paiement de la {{cantine}}. {{Quotient familial}} {{412 €}}. La dame "
        "donne son num alloc « [[N_ALLOCATAIRE:5520938]] » de tête, sans hésiter. Elle a "
        "{{3 enfants}}, nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et "
        "[[DATE_NAISSANCE:2019]]. Dossier complet en {{20 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Loire}}, conseillère [[PERSONNE:Sylvie]]. L'allocataire (Mme "
        "[[PERSONNE:Teixeira, Rosa]]) veut changer de banque. [[PERSONNE:Sylvie]] lui dit que le "
        "{{RIB}} doit être déposé sur le site, mais la dame insiste pour le dicter : « "
        "[[IBAN:FR76… 1780… 6003… 1204… euh 1562… 3881… 188]] ». [[PERSONNE:Sylvie]] le note "
        "quand même pour vérifier : [[IBAN:FR76 1780 6003 1204 1562 3881 188]]. Elle rappelle que "
        "c'est à faire en ligne ou à l'accueil.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de {{Valence}}, {{2h du matin}} (j'ai fait la nuit). Un homme alcoolisé, "
        "amené par la {{police}}. Pas de papiers. Il dit s'appeler « [[PERSONNE:Kevin]] », puis "
        "« [[PERSONNE:Kevin Fayolle]] », puis refuse de donner sa date de naissance. L'{{IOA}} le "
        "met en salle de surveillance. Le policier donne un numéro de {{PV}}, je n'ai pas noté.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, une personne très âgée appelle pour savoir si « la {{carte verte}} » marche "
        "encore. Le conseiller comprend au bout de {{2 min}} qu'elle parle de la "
        "{{carte Vitale 1}}. Elle refuse de donner son numéro au téléphone : « ma fille m'a dit de "
        "jamais donner ça ». Le conseiller lui dit qu'elle a raison 😊 et lui propose de venir à "
        "l'accueil de {{Riom}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription à {{FT}} {{Annemasse}}. Un frontalier licencié d'une boîte à {{Genève}}. Il a "
        "un {{permis C}}, plaque suisse [[IMMATRICULATION:GE 418 226]] sur la voiture de service "
        "qu'il a rendue. Nouvelle plaque perso : [[IMMATRICULATION:FH-902-ZB]]. Pourquoi la "
        "conseillère note la plaque ? Pour l'{{aide à la mobilité}} je crois. Conseiller : M. "
        "[[PERSONNE:Duret]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Riom}}, petit déj. Les résidents parlent du match de l'{{ASM}}. Un résident, "
        "« [[PERSONNE:Tonton]] » (surnom, il s'appelle [[PERSONNE:Bernard Fouilhoux]]), aide en "
        "cuisine. L'éducatrice [[PERSONNE:Leïla]] me dit que ça fait {{8 ans}} qu'il est là. Il a "
        "{{67 ans}}.",
    ),
]

# Batch 2 (ind120-036 … ind120-070)
NOTES_2 = [
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} — assuré qui appelle depuis un {{foyer Adoma}} à {{Saint-Fons}}. Il lit son "
        "numéro de secu mais se trompe : « [[NIR:1 90 01 99 335 260]] », le conseiller "
        "([[PERSONNE:Mathieu]]) : « je trouve pas, vous pouvez relire ? » — « ah non "
        "[[NIR:206]], pardon, clé [[NIR:87]] ». Nom : [[PERSONNE:CAMARA Abdoulaye]]. Il veut une "
        "attestation de droits pour sa boîte d'{{intérim}}. Envoyée par courrier au foyer Adoma, "
        "{{chambre 214}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Rhône}}, {{22h15}}. Un couple dort dans sa voiture avec un bébé de "
        "{{4 mois}}, parking du {{Carrefour}} {{Vénissieux}}. L'homme donne les noms : « moi "
        "c'est [[PERSONNE:Ilir]], [[PERSONNE:ILIR BERISHA]], et ma femme [[PERSONNE:Vjosa]] ». La "
        "femme corrige derrière : « [[PERSONNE:Berisha]] avec un H ! ». Plaque demandée pour que "
        "la maraude les trouve : « [[IMMATRICULATION:DZ 482]]… non [[IMMATRICULATION:EZ 482 LM]], "
        "c'est une plaque italienne ». Pas de place famille. {{Maraude}} du {{Samu social}} envoyée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} {{Savoie}} : j'écoute {{5 appels}} avec le casque double. 3 sur la "
        "{{prime d'activité}}, 1 sur l'{{ASF}}, 1 personne qui voulait juste savoir si la Caf est "
        "ouverte le {{samedi}} (non). Chaque appel finit par « faites-le sur {{caf.fr}} » 🙄",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} avec [[PERSONNE:Nathalie]]. Une dame veut changer son adresse mail sur son "
        "dossier. Elle l'épelle : « c'est [[EMAIL:m, a, l, i, k, a… point… b, e, n… arobase… "
        "laposte point net]]. Ah non c'est {{orange}} ! » [[PERSONNE:Nathalie]] relit : "
        "[[EMAIL:malika.ben@orange.fr]]. Identifiant {{FT}} : [[ID_FRANCE_TRAVAIL:4417302X]]. Ça fait "
        "{{25 min}} que l'appel dure.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{ccas clermont fd}}, accueil. mr et mme [[PERSONNE:Gaillard]] (retraités) viennent pour "
        "une aide a l'energie. Ils ont une vieille {{206}}, plaque [[IMMATRICULATION:6142 TM 63]], "
        "et demandent si le {{CCAS}} aide pour le {{controle technique}}. Agent : mme "
        "[[PERSONNE:Chassagne]]. Reponse non, mais orientation vers le {{Secours populaire}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{URGENCES}} {{GRENOBLE}} ({{CHUGA}}, {{site nord}}) 🚑 {{11h}}. Le monsieur à côté de "
        "moi : « ça fait {{6h}} que j'attends ». L'agent administratif appelle « Monsieur "
        "[[PERSONNE:LAMBERT]] ? … [[PERSONNE:LAMBERT Christian]] ? » personne. Puis « Madame "
        "[[PERSONNE:Ouedraogo]] ? ». Une dame se lève avec son fils. Agent : "
        "[[PERSONNE:Coralie]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Savoie}}, appel d'une femme (Mme [[PERSONNE:Sahin]]) avec sa fille de "
        "{{17 ans}} qui traduit. Date de naissance de la mère : la fille dit « "
        "[[DATE_NAISSANCE:1er mars 1980]] », la mère dit quelque chose en turc, la fille corrige "
        "« non [[DATE_NAISSANCE:3 janvier]], c'est [[DATE_NAISSANCE:1er mars]] sur le titre mais "
        "c'est faux ». Titre de séjour n° [[IDENTIFIANT:7403815529]]. Hébergées chez un "
        "compatriote à {{Cluses}} jusqu'à demain.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Rhône}}, plateforme. Mme [[PERSONNE:Haddad]] appelle : ses {{IJ}} ont été "
        "versées sur l'ancien compte, clôturé. Conseiller [[PERSONNE:Théo]] : « il faut envoyer un "
        "{{RIB}} ». Elle lit quand même : « [[IBAN:FR76 1027 8073 1000 0214 9850 116]] ». Née en "
        "[[DATE_NAISSANCE:68]] en {{Algérie}}, habite [[ADRESSE:5 place Guichard, 69003 Lyon]]. "
        "[[PERSONNE:Théo]] : c'est noté, mais le RIB papier reste obligatoire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Valence}} {{Briffaut}}. Le conseiller M. [[PERSONNE:Ravel]] reçoit un jeune "
        "demandeur : [[PERSONNE:Enzo Marchal]], {{19 ans}}, pas de {{permis}}. Il veut faire le "
        "permis avec l'aide FT. [[PERSONNE:Ravel]] lui imprime la liste des {{auto-écoles}}. "
        "[[PERSONNE:Enzo]] note sur son tel. Moment drole : quand [[PERSONNE:Enzo]] lui redemande son nom, "
        "[[PERSONNE:Ravel]] dit « comme le compositeur » 😂",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle {{Caf}} a {{Fontbarlettes}} ({{Valence}}) avec M. [[PERSONNE:Nicolas Brun]], "
        "controleur. Allocataire : Mme [[PERSONNE:Kaya]], dossier [[N_ALLOCATAIRE:2913384]], "
        "[[ADRESSE:12 allee des Hirondelles]]. Elle declare vivre seule avec {{3 enfants}}. Le "
        "controleur regarde le {{bail}}, les factures, demande a voir les chambres. {{1 h 10}} en "
        "tout. Pas d'anomalie. Il me dit qu'il fait {{4 controles}} par jour.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}} : un fils appelle pour son père hospitalisé ([[PERSONNE:Lucien Marcon]], "
        "{{86 ans}}). Il donne le numéro de sécu du père de mémoire : « [[NIR:1 37 04]]… non "
        "[[NIR:1 38 04 43]]… » et s'arrête là, il a pas le reste. Le conseiller dit qu'il ne peut "
        "rien faire sans l'accord du père. Mutuelle : {{Harmonie Mutuelle}}, n° adhérent "
        "[[IDENTIFIANT:30218844]]. Fin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Saint-Étienne}}, {{ligne seniors}}. Une dame, Mme [[PERSONNE:Bouchet]], "
        "{{88 ans}}, appelle pour le {{plan canicule}}. Elle donne son numéro : « "
        "[[TELEPHONE:zéro quatre, soixante-dix-sept, trente-deux, quinze, zéro huit]] ». "
        "L'agente ([[PERSONNE:Fabienne]]) l'inscrit sur le {{registre}}. Elle habite "
        "[[ADRESSE:41 rue Désirée… Désiré Claude]] ? L'agente corrige : [[ADRESSE:41 rue Désiré "
        "Claude, 42100 Saint-Étienne]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Clermont}} (quartier {{Saint-Jacques}}). {{42 places}}. Repas à {{19h}}. "
        "Règle : pas d'alcool dans les chambres. Une télé dans la salle commune, ils regardent "
        "{{Questions pour un champion}} 📺. Les éducs sont deux le soir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un homme qui parle mal français, son fils (ado) prend le téléphone. « Mon père "
        "c'est [[PERSONNE:Mohamed Lamine Touré]]. Son identifiant c'est… {{papa}} c'est quoi ? … "
        "[[ID_FRANCE_TRAVAIL:3 0 8 5 1 1 9 R]] ». La conseillère, [[PERSONNE:Aurore]], répète : "
        "[[ID_FRANCE_TRAVAIL:3085119R]]. Le père a été radié pour absence à un rdv à "
        "{{Saint-Priest}}. Elle explique le recours.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Rhône}}, {{3230}}. Conseiller [[PERSONNE:Hugo]]. L'appelante : « Je m'appelle "
        "[[PERSONNE:Ana Maria Da Silva]]… [[PERSONNE:Dasilva]] en un mot sur les papiers de la "
        "Caf je crois ». [[PERSONNE:Hugo]] cherche avec le num allocataire : « "
        "[[N_ALLOCATAIRE:617 249]]… non [[N_ALLOCATAIRE:617 2495]] ». Elle a déménagé au "
        "[[ADRESSE:9 rue Paul Bert, 69003 Lyon]] et veut que son {{APL}} suive. [[PERSONNE:Hugo]] : "
        "déclaration de changement de situation en ligne, délai {{2 mois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} {{Saint-Étienne}} ({{Nord}}), le cadre de santé reçoit un appel de l'"
        "{{EHPAD}} « {{Les Myosotis}} » qui veut savoir si Mme [[PERSONNE:Thérèse Giraud]], "
        "arrivée cette nuit, est encore là. Le cadre vérifie par {{IPP}} : "
        "[[IDENTIFIANT:600781254]]. Oui, elle est en {{UHCD}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Annecy}}. Un homme vient avec sa femme pour son affiliation après son "
        "arrivée d'{{Italie}}. Le conseiller demande la carte d'identité italienne : "
        "[[IDENTIFIANT:CA48211KQ]]. Nom : [[PERSONNE:Esposito Gennaro]]. Né le "
        "[[DATE_NAISSANCE:21/07/1977]] à {{Naples}}. Il donne son mail "
        "[[EMAIL:gennaro.esposito77@libero.it]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel de la {{police municipale}} de {{Romans}} : ils sont avec un homme en "
        "hypothermie légère devant la {{mairie}}. Identité donnée par le policier : « Nom "
        "[[PERSONNE:BOUVIER]], prénom [[PERSONNE:Régis]], né le [[DATE_NAISSANCE:14 du 9 59]] ». "
        "L'écoutante ([[PERSONNE:Claire]]) vérifie : connu du 115, dernière nuit au "
        "{{Diaconat}}. Elle envoie le véhicule.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lyon}} {{Gerland}}. Entretien d'inscription. La conseillère (Mme "
        "[[PERSONNE:Ferrand]]) demande : « Vous avez un véhicule ? » — « Oui, une {{Twingo}}, "
        "[[IMMATRICULATION:CK-903-RA]] ». Elle note. Puis l'{{IBAN}} pour l'{{ARE}} : M. "
        "[[PERSONNE:Okafor]] a le {{RIB}} sur son téléphone : "
        "[[IBAN:FR76 3000 4008 4200 0104 5827 359]]. La conseillère le recopie en lisant sur "
        "l'écran du tel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Annecy}} — file d'attente {{35 min}}. Affiche : {{épicerie solidaire}} ouverte "
        "{{lun-mer-ven}}. {{2 agents}} d'accueil. Beaucoup de demandes de {{chèques services}}. La "
        "clim ne marche pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Loire}}. L'appelant dit « [[PERSONNE:Ngoma]] ». L'écoutant note "
        "[[PERSONNE:NGOMAH]] puis l'homme épelle : « [[PERSONNE:N, G, O, M, A]]. Pas de H. Prénom "
        "[[PERSONNE:Christ-Vie]] ». Né le [[DATE_NAISSANCE:30 juin 88]] au {{Congo}}. Il a déjà un "
        "dossier {{SIAO}} n° [[IDENTIFIANT:42-2023-08817]]. Orienté vers l'{{accueil de nuit}} de "
        "{{Saint-Étienne}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} {{Cpam}} {{Loire}}. M. [[PERSONNE:Yilmaz]] appelle pour une attestation "
        "{{C2S}}. Il commence : « [[NIR:1 83 10 99 208 1]]… » la ligne coupe. Il rappelle "
        "{{5 min}} plus tard, même conseillère par chance : « [[NIR:1 83 10 99 208 119]], clé "
        "[[NIR:09]] ». Elle demande la date de naissance pour vérifier : « "
        "[[DATE_NAISSANCE:octobre 83]] », le jour il sait plus, elle lit "
        "[[DATE_NAISSANCE:12 octobre 1983]] sur le dossier.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Grenoble}}, accueil, borne + agent d'accueil ([[PERSONNE:Ludovic]]). Une jeune "
        "femme, {{24 ans}}, vient déclarer une grossesse. [[PERSONNE:Ludo]] lui montre comment "
        "faire sur {{caf.fr}} depuis la borne. Elle n'a pas de mail, ils en créent un : "
        "[[EMAIL:lea.morel38@gmail.com]]. Ça prend {{25 min}} juste pour ça.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Annecy}} ({{CHANGE}}). Arrivée d'un motard accidenté, les {{pompiers}} "
        "donnent au tri : « [[PERSONNE:Romain Excoffier]], {{34 ans}}, moto "
        "[[IMMATRICULATION:GL-551-SD]] ». L'infirmière : pas besoin de la plaque 😅. La compagne "
        "arrive {{30 min}} après.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : sur {{1h}} d'écoute, {{7 appels}}. Thèmes : {{actualisation}} (3), "
        "{{attestation employeur}} manquante (2), « j'ai reçu un {{SMS}} bizarre » (1, c'était une "
        "arnaque), formation {{CPF}} (1). Conseiller très rodé.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de logement {{ALT}} avec l'éduc du {{CHRS}} de {{Vienne}} : M. et Mme "
        "[[PERSONNE:Benhamou]], [[ADRESSE:7 impasse des Tisserands, 38200 Vienne]]. Le "
        "propriétaire (M. [[PERSONNE:Gerin]]) est là aussi pour l'état des lieux. Tout est ok sauf "
        "la {{VMC}}. Les enfants, [[PERSONNE:Sarah]] et [[PERSONNE:Ilyes]], font leurs devoirs.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}}, visite au domicile d'un assuré en arrêt longue maladie : M. "
        "[[PERSONNE:Da Costa]], {{32 ans}}, {{Villeurbanne}}, [[ADRESSE:48 cours Émile Zola]]. La "
        "déléguée vérifie juste la présence. Il ouvre en pyjama, bien là. {{5 minutes}}. Sa "
        "voiture sur le parking : [[IMMATRICULATION:BM-417-HC]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}, {{Caf}} du {{Puy-de-Dôme}}. Une dame appelle pour la {{prime d'activité}}, son "
        "mari souffle les infos derrière. Date de naissance : « [[DATE_NAISSANCE:12 mai 85]] » — "
        "le mari : « t'es de [[DATE_NAISSANCE:86]] ! » — « ah oui [[DATE_NAISSANCE:86]] pardon, "
        "[[DATE_NAISSANCE:12 mai 86]] ». Rire de la conseillère. Num alloc "
        "[[N_ALLOCATAIRE:7 0 4 8 8 1 3]]. Elle s'appelle Mme [[PERSONNE:Chaput-Roux]]. "
        "Conseillère : [[PERSONNE:Valérie]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} {{Bourg-lès-Valence}} pour une demande d'{{aide ménagère}} : "
        "Mme [[PERSONNE:Escoffier]], {{91 ans}}, vit seule, son neveu [[PERSONNE:Didier]] est là. "
        "Elle donne son n° de mutuelle {{MGEN}} pour la prise en charge : "
        "[[IDENTIFIANT:1 87 339 045]] (le neveu lit la carte). Logement : [[ADRESSE:2 rue du "
        "Moulin, 26500 Bourg-lès-Valence]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Puy-de-Dôme}}, {{23h}}. Appel d'un jeune homme : « Je suis "
        "[[PERSONNE:Mathis]]… [[PERSONNE:Mathis Rouvière]]. J'ai {{18 ans}} depuis hier, mon "
        "foyer {{ASE}} m'a mis dehors ». Date de naissance « [[DATE_NAISSANCE:2006, le 7 "
        "octobre]] ». L'écoutante ([[PERSONNE:Samia]]) note. Place trouvée à l'{{Abri de nuit}}. "
        "Elle lui donne aussi le numéro de la {{Mission locale}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère {{FT}} (Mme [[PERSONNE:Benoît]]) appelle un demandeur pour lui proposer "
        "une offre de {{cariste}} à {{Corbas}}, offre n° {{182XKLM}}. Elle vérifie : « vous êtes "
        "bien M. [[PERSONNE:Ramos]], [[PERSONNE:Luis Ramos]], identifiant "
        "[[ID_FRANCE_TRAVAIL:0982345T]] ? » — « non c'est [[ID_FRANCE_TRAVAIL:0982354T]], le 5 "
        "avant le 4 ». Elle corrige dans le logiciel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Isère}} {{3646}} — conseillère [[PERSONNE:Anaïs]]. Une femme appelle depuis un "
        "fixe : [[TELEPHONE:04 76 22 81 37]]. Elle a perdu sa {{carte Vitale}} dans le {{tram}}. "
        "[[PERSONNE:Anaïs]] : nom ? « Mme [[PERSONNE:Nkemdirim]]… [[PERSONNE:N-K-E-M]]… » "
        "[[PERSONNE:Anaïs]] : « ça va j'ai trouvé 😄 ». Date de naissance : "
        "[[DATE_NAISSANCE:03.11.1974]]. Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Haute-Savoie}} : la conseillère m'explique qu'elles ont des « scripts » pour les "
        "appels mais qu'elles improvisent tout le temps. Appel d'un monsieur qui ne voulait pas "
        "donner son nom (« vous l'avez déjà ! »). Fin de l'appel sans rien pouvoir faire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Bourg-en-Bresse}} ({{Fleyriat}}), {{17h}}. L'agent d'accueil "
        "([[PERSONNE:Kévin]]) demande la {{carte vitale}} d'un patient, qui n'a qu'une photo sur "
        "son tel. [[PERSONNE:Kévin]] recopie le numero : [[NIR:1 71 09 2A 004 015 41]]. Il est né "
        "à {{Ajaccio}}, M. [[PERSONNE:Santoni]]. « Ça va les {{Corses}} ? » blague l'agent 🙄",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Accueil de jour}} {{CHRS}} {{Grenoble}} ({{Point d'Eau}}). Un homme, « "
        "[[PERSONNE:Le Breton]] » (surnom, vrai nom [[PERSONNE:Yann Le Goff]] je crois), vient "
        "prendre une douche. L'éducateur me dit qu'il est à la rue depuis {{12 ans}}. Il a un "
        "chien, {{Rocky}}. Il parle de son fils qu'il n'a pas vu depuis {{2015}}.",
    ),
]

# Batch 3 (ind120-071 … ind120-105)
NOTES_3 = [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Loire}} ({{3230}}) — appel long, {{22 min}}. Mme [[PERSONNE:Mendes]] appelle "
        "pour l'{{ARS}} ({{allocation rentrée scolaire}}) pas reçue. Sa fille ado est à côté et « "
        "aide » :\n"
        "— num alloc ? « [[N_ALLOCATAIRE:3 3 0]]… » la fille : « {{maman}} c'est "
        "[[N_ALLOCATAIRE:3309]] et après [[N_ALLOCATAIRE:714]] » → [[N_ALLOCATAIRE:3309714]]\n"
        "— adresse ? « [[ADRESSE:6 rue de la Montat]]… » la fille : « non on a déménagé maman ! » "
        "→ [[ADRESSE:22 rue Bergson, 42000 Saint-Étienne]]\n"
        "— {{RIB}} : elle dicte [[IBAN:FR78 2004 1010 1609 4721 5D03 808]], la conseillère "
        "([[PERSONNE:Corinne]]) bloque sur le D : « D comme {{Denis}} ? » oui.\n"
        "Résultat : l'ARS est partie sur l'ancien compte. [[PERSONNE:Corinne]] fait une "
        "réclamation.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam 63}}, {{3646}}. Jeune femme, [[PERSONNE:Laetitia Bonnefoy]]. Elle donne son {{NIR}} en "
        "2 fois parce qu'elle le lit sur l'{{appli}} : « [[NIR:2 01 04 63 113]] »… « "
        "[[NIR:482 65]] ». Problème : ses lunettes pas remboursées, la télétransmission vers sa "
        "mutuelle ({{Alan}}) ne marche pas. Le conseiller relance la liaison.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, un monsieur hésite à donner quoi que ce soit : « c'est vraiment "
        "{{France Travail}} ? on m'a dit de me méfier des arnaques ». Le conseiller lui explique "
        "qu'on ne lui demandera jamais de code ni de mot de passe. {{4 min}} pour le rassurer. "
        "Finalement il raccroche pour rappeler via le numéro officiel 😅",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Isère}}. Une femme enceinte ({{7 mois}}) appelle avec son compagnon. Elle : « "
        "[[PERSONNE:Aminata Keita]], [[PERSONNE:K-E-I-T-A]] ». Lui : « donne le mien de numéro, "
        "le tien il marche plus » → « [[TELEPHONE:06 58]]… » il reprend : « c'est "
        "[[TELEPHONE:07 69 14 52 38]] ». L'écoutante : « et Madame, votre date de naissance ? » « "
        "[[DATE_NAISSANCE:02/02/2001]] ». Ils sont à l'hôtel jusqu'à ce soir, après rien. "
        "Orientation {{PMI}} + signalement {{SIAO}} prioritaire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Clermont}} accueil. {{10h}}. {{14 personnes}} en attente, "
        "{{2 conseillers}}. Une borne « {{Ameli}} » en libre-service, personne ne l'utilise. Le "
        "vigile aide une dame à scanner ses {{feuilles de soins}}. Ambiance calme mais longue.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV de suivi {{FT}} {{Grenoble}} {{Teisseire}} :\n"
        "- demandeur : M. [[PERSONNE:Diop]] ([[PERSONNE:Ousmane]])\n"
        "- {{41 ans}}, {{cariste}}, {{CACES 1-3-5}}\n"
        "- ID FT [[ID_FRANCE_TRAVAIL:5572109H]]\n"
        "- mail [[EMAIL:ousmane.diop38@yahoo.fr]]\n"
        "- tel [[TELEPHONE:06 14 82 37 90]]\n"
        "- objectif : {{CDI}}, secteur {{Isère}}\n"
        "Le conseiller, M. [[PERSONNE:Girard]], le positionne sur {{3 offres}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{urgences}} {{clermont}} 🏥 nuit. Arrivée d'un jeune homme afghan, {{19 ans}}, douleurs "
        "abdo. Il ne parle que {{dari}}, l'interprète par tel ({{ISM}}) est appelé. L'agent admin "
        "saisit son récépissé de demande d'asile : {{AGDREF}} [[IDENTIFIANT:6302918474]]. Nom sur "
        "le papier : [[PERSONNE:HAIDARI Mohammad Reza]]. L'{{IOA}} l'appelle « Monsieur "
        "[[PERSONNE:Reza]] » 🤔 (c'est son 2e prénom).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Annecy}}, accueil. M. [[PERSONNE:Lefebvre]], auto-entrepreneur (livreur "
        "{{Uber Eats}}), vient pour la {{prime d'activité}} : l'agente lui demande son {{SIRET}} "
        "perso → [[IDENTIFIANT:842 176 539 00018]]. Il fait un CA de {{900 €/mois}}. L'agente : "
        "Mme [[PERSONNE:Collomb]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Drôme}}. Appel d'une {{AS}} de l'{{hôpital de Montélimar}} pour une sortie "
        "d'hospit : M. [[PERSONNE:René Faure]], né le [[DATE_NAISSANCE:vingt-deux août mille neuf "
        "cent cinquante-quatre]], sans domicile depuis la vente de sa maison. L'AS donne son "
        "numéro direct : [[TELEPHONE:04 75 53 21 86]], {{poste 4210}}. Demande {{SIAO}} déjà "
        "faite, réf [[IDENTIFIANT:26-SIAO-2024-0317]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} {{Savoie}}. L'assuré veut recevoir ses relevés par mail : « c'est "
        "[[EMAIL:jb point chambery arobase free point fr]]… non attendez, "
        "[[EMAIL:jbchambery, sans point, arobase free.fr]] ». Le conseiller "
        "([[PERSONNE:Maxime]]) lit : [[EMAIL:jbchambery@free.fr]]. Il lui rappelle que tout est "
        "dans le compte {{Ameli}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lyon}} (permanence {{domiciliation}}, {{Lyon 3e}}). Mme "
        "[[PERSONNE:Ivanova]], ukrainienne, vient renouveler sa domiciliation. Passeport noté "
        "[[IDENTIFIANT:FX 182736]] dans le dossier ? L'agent relit : [[IDENTIFIANT:FX182763]], 2 "
        "chiffres inversés la dernière fois. Elle loge à l'{{hôtel B&B}} de {{Bron}}, "
        "{{chambre 305}}. Agent : M. [[PERSONNE:Tessier]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec le travailleur social du {{CHRS}} de {{Montélimar}} chez une famille logée au "
        "[[ADRESSE:camping L'Écluse, emplacement 47]] ({{mobil-home}}). M. "
        "[[PERSONNE:Lacroix]], sa compagne [[PERSONNE:Sandy]] et {{2 enfants}}. Pas de chauffage. "
        "Voiture en panne, immatriculée [[IMMATRICULATION:DN-608-EW]]. On parle du dossier "
        "{{DALO}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel {{caf}} : dame en larmes, coupure {{rsa}} depuis {{2 mois}}. conseillere tres "
        "douce. rdv physique posé {{jeudi}} {{9h}} à {{Vaulx}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : M. [[PERSONNE:Benyahia]] appelle, {{actualisation}} bloquée. Il donne "
        "l'identifiant : « [[ID_FRANCE_TRAVAIL:2 2 6 0 9 4 1… et L]] ». Son fils au fond : « c'est "
        "pas L {{papa}}, c'est [[ID_FRANCE_TRAVAIL:2260941E]] ! ». La conseillère "
        "([[PERSONNE:Lucie]]) trouve le dossier, il manque une attestation de {{Manpower}}. Elle "
        "vérifie le mail du dossier : [[EMAIL:benyahia.ahmed@sfr.fr]], « c'est bon ça ? » — « "
        "oui ». Elle lui envoie le lien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des {{urgences}} de {{Roanne}} : une femme appelle pour savoir combien de temps "
        "d'attente ce soir, l'agent ne donne jamais d'estimation au téléphone (consigne). Elle "
        "demande si elle peut venir avec son chien. Non 🐶.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Savoie}}, {{3646}}. Le mari appelle pour sa femme qui est à côté "
        "(haut-parleur). « Ma femme, [[PERSONNE:Aurélie Pralong]], son numéro c'est "
        "[[NIR:2 76 03 73 065 118 42]] ». Le conseiller demande à parler à Madame. Elle : « oui "
        "c'est moi, née le [[DATE_NAISSANCE:9 mars 76]] à {{Chambéry}} ». OK. Question : "
        "{{indemnités journalières}} du congé pathologique. Conseiller : [[PERSONNE:Steven]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "CONTROLE {{CAF}} {{SAINT-ETIENNE}} 🚗 avec le contrôleur [[PERSONNE:Patrice]]. "
        "Allocataire M. [[PERSONNE:Boukhari]], num [[N_ALLOCATAIRE:4468102]], logé au "
        "[[ADRESSE:3 place Jean Jaurès, 42000 Saint-Étienne]]. Il touche l'{{AAH}}. Problème : il a "
        "déclaré vivre seul mais une voiture au nom d'une autre personne est garée à son adresse "
        "([[IMMATRICULATION:EF 239 HK]]). Il explique que c'est celle de son frère. {{RAS}} au "
        "final. [[PERSONNE:Patrice]] rédige le rapport sur la tablette.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Lyon}}, l'écoutant prend un appel de « [[PERSONNE:Momo]] », qui appelle tous les "
        "soirs. Vrai nom [[PERSONNE:Mohamed Belkacem]]. Il demande juste si « "
        "[[PERSONNE:Dédé]] » a eu une place. L'écoutant ne peut pas répondre (confidentialité). "
        "[[PERSONNE:Momo]] raccroche en râlant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{ATELIER NUMERIQUE}} {{FT}} {{ROMANS}}. {{6 personnes}}. La conseillère montre comment "
        "postuler sur l'{{appli}}. Exemple à l'écran : le profil de « [[PERSONNE:Sophie Martin]], "
        "{{38 ans}} ». Une participante, [[PERSONNE:Rosalie]], {{62 ans}}, dit qu'elle n'a jamais "
        "eu de smartphone. Un monsieur (M. [[PERSONNE:Vidal]]) lui prête le sien pour "
        "l'exercice. Belle solidarité.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Saint-Chamond}}, permanence. Mme [[PERSONNE:Rouchon]] (déjà vue à la {{VAD}} "
        "du {{CCAS}} !) vient pour sa {{carte Vitale}}. L'agent tape le {{NIR}} : "
        "[[NIR:2 55 08 43 157 026 69]]. Née au {{Puy-en-Velay}}, [[DATE_NAISSANCE:août 55]]. "
        "Elle donne son portable : [[TELEPHONE:06 72 41 09 83]]. {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Valence}}, accueil tel. Un homme appelle pour une aide financière d'urgence, "
        "sa facture d'eau. L'agente lui demande son numéro d'abonné {{Veolia}}. Il lit : « "
        "[[IDENTIFIANT:4 0 0 2… 7 7 1 3… 5]] », l'agente : [[IDENTIFIANT:40027713-5]] ? « c'est "
        "ça ». Nom : M. [[PERSONNE:Amrani Said]]. Rdv fixé {{jeudi}} {{14h30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Montélimar}}. J'ai passé {{3h}} au tri. Ce qui m'a frappée : l'{{IOA}} "
        "voit {{1 patient}} toutes les {{6 minutes}} en moyenne, elle tape tout en même temps "
        "qu'elle parle. Beaucoup de personnes âgées venues d'{{EHPAD}}, sans accompagnant. Une "
        "dame de {{90 ans}} sur un brancard dans le couloir depuis hier soir. Les soignants "
        "s'excusent tout le temps. Personne ne se plaint vraiment. À {{16h}}, arrivée de "
        "{{3 ambulances}} en même temps, tout le monde court.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Saint-Étienne}} ({{Tarentaize}}), entretien avec l'éducatrice "
        "[[PERSONNE:Nadia]] et M. [[PERSONNE:Perrin]], résident. Il a une audience au {{JAF}} "
        "{{le 18}}, dossier {{RG}} [[IDENTIFIANT:24/01877]]. Il demande de l'aide pour remplir l'"
        "{{aide juridictionnelle}}. Ses enfants vivent avec leur mère à {{Firminy}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{Cpam 38}}. Un artisan appelle : ses remboursements sont virés sur son compte "
        "pro. Il veut mettre le perso et dicte le {{RIB}}, pas l'{{IBAN}} : « "
        "[[IBAN:30003 01620 00050271846 58]] ». La conseillère ([[PERSONNE:Mélanie]]) : « il me "
        "faut un RIB papier monsieur ». Il soupire. Nom : [[PERSONNE:Bertrand Ollier]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — demandeuse de {{61 ans}}, Mme [[PERSONNE:Lopes]], veut qu'on la rappelle. "
        "Numéro : « [[TELEPHONE:zéro six, quarante-deux]]… » son mari : « non c'est le mien ça ! » "
        "elle : « [[TELEPHONE:zéro sept, quarante-deux, dix-huit, soixante-quinze, zéro trois]] ». "
        "La conseillère relit [[TELEPHONE:07 42 18 75 03]]. Rappel programmé demain matin.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Valence}}. Je suis derrière l'agente (Mme [[PERSONNE:Roche]]) pendant qu'elle "
        "consulte un dossier à l'écran : « ALLOCATAIRE N° [[N_ALLOCATAIRE:1837265]] — M. ET MME "
        "[[PERSONNE:TRAORE BAKARY]] ». Ils ont {{5 enfants}}. Le problème : un des enfants a eu "
        "{{20 ans}}, fin des {{AF}} pour lui. Mme [[PERSONNE:Traoré]] ne comprend pas pourquoi ça "
        "baisse.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{Grenoble}}. Appel d'une dame qui vit dans sa {{caravane}} sur "
        "l'[[ADRESSE:aire d'accueil de Saint-Égrève, place 12]], expulsée demain. Elle donne son "
        "nom « [[PERSONNE:Winterstein]]… [[PERSONNE:Maria Winterstein]] » et un numéro : « "
        "[[TELEPHONE:06 07]]… [[TELEPHONE:06 07 38 29 14]] ». L'écoutant lui explique que le 115 "
        "ne peut pas héberger la caravane. Orientation vers une association de {{Voyageurs}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}}, contrôle à domicile annulé : l'assuré a prévenu qu'il était en consultation. "
        "L'agente me montre son planning : {{6 visites}} prévues, {{2 annulées}}. Elle roule "
        "{{120 km}} par jour dans la {{Drôme}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf 74}}, conseillère [[PERSONNE:Amandine]]. L'appelant : « Monsieur "
        "[[PERSONNE:Ahmetovic]], [[PERSONNE:A-H-M-E-T-O-V-I-C]], [[PERSONNE:Edin]] ». Num alloc : "
        "« je l'ai pas… ah si [[N_ALLOCATAIRE:2 6 4]]… [[N_ALLOCATAIRE:2640517]] ». Il veut "
        "qu'on lui envoie l'attestation par mail : « [[EMAIL:edin.ahmetovic@outlook.fr]] ». "
        "[[PERSONNE:Amandine]] : l'attestation se télécharge sur {{caf.fr}}. Il insiste. 😬",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{VAD}} {{CCAS}} {{Vaulx-en-Velin}} ({{Mas du Taureau}}) avec une {{CESF}}. Famille "
        "[[PERSONNE:Bangoura]], {{4 enfants}}. Appartement au {{3e étage}}. Adresse : "
        "[[ADRESSE:bât. F, 12 rue Gabriel Péri, 69120 Vaulx-en-Velin]]. Facture {{EDF}} impayée "
        "{{1 240 €}} (réf client EDF [[IDENTIFIANT:5021 884 370]]). On monte un dossier "
        "{{FSL énergie}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Vienne}} ({{Lucien Hussel}}). Le Dr [[PERSONNE:Mbemba]] voit un patient de "
        "{{72 ans}} tombé chez lui. Sa fille donne l'adresse pour le retour en ambulance : "
        "[[ADRESSE:15 chemin de la Grande Maison, 38780 Pont-Évêque]]. Elle laisse aussi son tel "
        ": [[TELEPHONE:06.88.14.27.51]]. Le patient : M. [[PERSONNE:Joubert, Gilbert]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Écoute {{3949}} (conseiller [[PERSONNE:Sébastien]]), appel n°4 :\n"
        "• Mme [[PERSONNE:Dupuis-Lemaire]], {{54 ans}}\n"
        "• identifiant « [[ID_FRANCE_TRAVAIL:5 8 3 7 1 2 0 … Z]] » → "
        "[[ID_FRANCE_TRAVAIL:5837120Z]]\n"
        "• question : formation {{aide-soignante}}, financement ?\n"
        "• [[PERSONNE:Sébastien]] renvoie vers le conseiller référent (M. "
        "[[PERSONNE:Brossard]]) par mail interne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} à {{Lyon}} : {{80 conseillers}}, open space. Écran géant au mur : "
        "{{42 appels}} en attente, temps moyen {{12:34}}. Les conseillers ont {{5 min}} de « "
        "temps de débrief » entre deux appels difficiles, en théorie. La manager me dit que le "
        "{{lundi matin}} c'est l'enfer.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Rhône}}. Homme qui refuse d'abord de donner son nom (« pourquoi vous voulez mon "
        "nom ? »). L'écoutante explique. Il finit par dire « [[PERSONNE:Lucas]] ». Nom de famille "
        "? « … [[PERSONNE:Tardy]] ». Né en quelle année ? « [[DATE_NAISSANCE:79]] ». Il appelle "
        "d'un tel prêté. Place trouvée dans un {{CHRS}} de {{Vaise}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Rhône}} {{3230}}, conseiller [[PERSONNE:Antoine]]. M. "
        "[[PERSONNE:Ferreira Tiago]] veut que ses allocs soient versées sur un compte portugais. "
        "Il dicte : [[IBAN:PT50 0035 0651 0002 7381 9463 1]]. [[PERSONNE:Antoine]] pas sûr que "
        "ce soit possible, il met l'appel en attente {{4 min}} pour demander à sa {{N+1}}. "
        "Réponse : oui si compte {{SEPA}}, mais justificatif obligatoire.",
    ),
]

# Batch 4 (ind120-106 … ind120-140)
NOTES_4 = [
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseillère [[PERSONNE:Émilie]]. M. [[PERSONNE:Kowalski]] appelle : son {{ARE}} "
        "n'est pas arrivée. ID : [[ID_FRANCE_TRAVAIL:6120483P]]. [[PERSONNE:Émilie]] voit que "
        "l'{{IBAN}} du dossier est incomplet. Il le redonne, c'est sa femme qui lit le {{RIB}} : « "
        "[[IBAN:FR76 1810 6000 3895 4711 2800 430]] ». Lui : « t'as dit [[IBAN:4711]] ou "
        "[[IBAN:4717]] ? » — « [[IBAN:4711]] ». OK. Virement sous {{48h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Drôme}} {{3230}}. Appel de Mme [[PERSONNE:Chabanne]] ? non — de Mme "
        "[[PERSONNE:Chabane]], un seul n (la conseillère avait ouvert le mauvais dossier 😬). Num "
        "alloc correct : [[N_ALLOCATAIRE:0 4 2 1 8 6 6]] → [[N_ALLOCATAIRE:0421866]]. Elle a "
        "accouché il y a {{10 jours}}, bébé [[PERSONNE:Naïm]] né le "
        "[[DATE_NAISSANCE:5 septembre]]. Elle veut ajouter l'enfant. Conseillère "
        "[[PERSONNE:Karine]] : il faut l'{{acte de naissance}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Romans}}. Ce matin : distribution des {{bons de Noël}} pour les "
        "{{+ de 70 ans}}. File jusqu'au trottoir. Une dame me dit qu'elle vient « pour voir du "
        "monde ». Les agents connaissent tout le monde par leur prénom (je ne note pas).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 63}}, {{20h40}}. Une femme appelle pour elle et sa soeur. Noms : « "
        "[[PERSONNE:Zoulikha]] et [[PERSONNE:Farida Benaïssa]] ». L'écoutant : date de naissance ? "
        "[[PERSONNE:Zoulikha]] : « le [[DATE_NAISSANCE:12.12.1990]] ». [[PERSONNE:Farida]] (au "
        "fond) : « moi [[DATE_NAISSANCE:1994, le 3 juin]] ». Téléphone : « "
        "[[TELEPHONE:06 24]]… » elle cherche, « [[TELEPHONE:06 24 80 17 36]] ». Violences "
        "conjugales, mise en sécurité immédiate à l'{{hôtel}}, adresse non communiquée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Drôme}} {{3646}}. M. [[PERSONNE:Rémi Chabanne]] appelle : arrêt de travail "
        "pas indemnisé. NIR : « [[NIR:1 88 05 26 362 240… 18]] ». Le conseiller : « Vous êtes né "
        "à {{Valence}} en [[DATE_NAISSANCE:mai 88]] ? » « oui ». L'employeur n'a pas envoyé l'"
        "{{attestation de salaire}}. Il donne le nom du {{RH}} : M. [[PERSONNE:Gomez]], et son "
        "tel : [[TELEPHONE:04 75 81 22 67]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Roanne}}. Aide au permis / mobilité. Mme [[PERSONNE:Delorme]] (conseillère) "
        "remplit la demande d'aide à la réparation du véhicule de M. [[PERSONNE:Da Silva Rui]] : "
        "{{Peugeot 307}}, immat [[IMMATRICULATION:BX-114-NJ]], devis du garage "
        "{{Bernard Automobiles}} {{640 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg. {{Lyon Sud}}, {{14h}}. l'agent d'accueil me montre l'écran : PATIENT "
        "[[PERSONNE:MERLE JEAN-PAUL]] / {{DDN}} [[DATE_NAISSANCE:1949-05-17]] / {{IPP}} "
        "[[IDENTIFIANT:70055321]] / mutuelle : {{MNT}} [[IDENTIFIANT:88 214 09]]. Il dit qu'on voit "
        "tout 😳 et que les patients ne le savent pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Drôme}} — soirée calme ?? non : {{31 appels}} entre {{18h}} et {{22h}}. "
        "{{4 places}} dispo au total sur {{Valence}}. L'écoutante dit « on passe nos soirées à "
        "dire non ». 😔",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Isère}}. Une dame n'arrive pas à se connecter. Conseiller "
        "[[PERSONNE:Romain]] : « votre mail de connexion ? » — « soit c'est "
        "[[EMAIL:fatima.z@hotmail.fr]] soit [[EMAIL:fatimaz38@hotmail.fr]], je sais plus ». "
        "C'est le deuxième. Num alloc [[N_ALLOCATAIRE:8 1 0 4 3 2 7]]. Il renvoie un code "
        "provisoire par courrier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Vénissieux}}, accueil. M. [[PERSONNE:Stoica]], roumain, {{40 ans}}, vient avec "
        "sa carte d'identité roumaine (n° [[IDENTIFIANT:XR 419377]]) pour ouvrir ses droits "
        "{{PUMa}}. Il a un contrat chez {{Derichebourg}}. L'agent lui demande une adresse : il est "
        "hébergé chez un ami, [[ADRESSE:7 rue Jules Guesde, 69200 Vénissieux]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — appel d'une dame qui veut « parler à {{Pôle emploi}} ». Le conseiller corrige "
        "gentiment : « {{France Travail}} maintenant madame ». Elle : « oui bon c'est pareil ». 😂 "
        "Question sur la fin de droits, il lui explique l'{{ASS}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Annemasse}}. Atelier numérique avec les résidents. Un jeune, "
        "[[PERSONNE:Yacine]], montre son compte {{TikTok}} [[IDENTIFIANT:@yacine_annm74]] où il "
        "poste des vidéos de cuisine. L'animatrice [[PERSONNE:Clémence]] lui conseille de ne pas "
        "mettre le nom du foyer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Rhône}}. Une jeune femme, [[PERSONNE:Hawa Diallo]], appelle pour sa {{C2S}}. "
        "Le conseiller lui demande son numéro : elle lit « [[NIR:2 97 10 99 330 058]] »… elle ne "
        "trouve pas la clé sur sa feuille. Le conseiller la retrouve : [[NIR:39]]. Elle confirme "
        "sa date de naissance : [[DATE_NAISSANCE:1er octobre 1997]], à {{Conakry}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Grenoble}}, ligne « {{Allo seniors}} ». Une dame appelle pour le "
        "{{portage de repas}} pour sa mère. Elle donne l'adresse de la mère : « [[ADRESSE:9 rue "
        "Très-Cloîtres]]… non pardon, [[ADRESSE:19 rue Très-Cloîtres, 38000 Grenoble]] ». Et le "
        "fixe de la maman : [[TELEPHONE:04 76 44 02 19]]. Nom : Mme [[PERSONNE:Rosa Lombardi]], "
        "{{94 ans}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Clermont}} avec Mme [[PERSONNE:Fournier]] (contrôleuse). Chez M. et "
        "Mme [[PERSONNE:Oliveira]], [[ADRESSE:31 rue de l'Oradou, 63000 Clermont-Ferrand]]. Vérif "
        "des ressources : il travaille au noir ? Elle demande les relevés bancaires et lit le "
        "numéro de compte sur le relevé : [[IBAN:FR76 1480 6000 0172 1538 4009 613]]. Tout "
        "correspond aux déclarations. Ouf pour eux.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Rhône}}, {{1h du matin}} (permanence de nuit). Un homme appelle depuis "
        "l'{{hôpital Saint-Joseph Saint-Luc}}, sorti des urgences sans solution. « Je m'appelle "
        "[[PERSONNE:Dragan]]… [[PERSONNE:Dragan Jovanović]], avec un c accent à la fin ». Né le "
        "[[DATE_NAISSANCE:8 mai 1969]] à {{Belgrade}}. L'écoutant ne trouve pas de place, lui "
        "conseille de rester dans le hall.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{3949}} : Mlle [[PERSONNE:Rakotomalala]] (oui, long nom, elle l'épelle 2 fois : "
        "[[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]). Identifiant [[ID_FRANCE_TRAVAIL:7734 018 A]]. La "
        "conseillère ([[PERSONNE:Sonia]]) lui lit l'adresse mail du dossier pour vérif : "
        "[[EMAIL:rakoto.v@gmail.com]] — « non c'est [[EMAIL:rakoto.vola@gmail.com]], ça a "
        "changé ». Modif faite.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam 42}}, contrôle d'arrêt maladie. {{3 adresses}} ce matin, {{3 personnes}} "
        "présentes. L'agent me dit que {{90 %}} des contrôles sont conformes. Ce qui l'étonne le "
        "plus : les gens qui ouvrent en s'excusant d'être malades.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} {{Chambéry}} ({{Métropole Savoie}}). La secrétaire appelle la famille d'un "
        "patient inconscient : le seul numéro trouvé est dans son portefeuille, écrit à la main « "
        "{{Maman}} [[TELEPHONE:06 19 55 73 08]] ». Une dame décroche, c'est bien la mère de "
        "[[PERSONNE:Thomas Girod]]. Elle arrive dans {{1h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Chambéry}}, accueil sur rdv. M. [[PERSONNE:Bessaoud]], {{45 ans}}, en fauteuil. "
        "Dossier {{AAH}} + {{MDPH}}. Il récite son numéro allocataire : « "
        "[[N_ALLOCATAIRE:un, sept, zéro, trois, neuf, neuf, deux]] ». Numéro MDPH : "
        "[[IDENTIFIANT:73-2023-004512]]. L'agente (Mme [[PERSONNE:Carron]]) voit que l'AAH a été "
        "suspendue faute de renouvellement de la notification MDPH. Elle appelle la MDPH devant "
        "lui ({{25 min}} d'attente 😤).",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Martin-d'Hères}} : un monsieur, M. [[PERSONNE:Bouzid]], vient "
        "chercher son courrier ({{domiciliation}}). L'agente lui donne {{3 lettres}} dont une de "
        "l'{{URSSAF}}. Il demande s'il peut laisser un numéro pour être prévenu : "
        "[[TELEPHONE:07 51 93 28 04]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile (appartement relais du {{CHRS}} de {{Valence}}), [[ADRESSE:5 allée "
        "Marcel Pagnol, 26000 Valence]]. Mme [[PERSONNE:Njoya]] et ses {{3 filles}}. "
        "L'éducatrice vérifie l'état de l'appart et le budget. Mme [[PERSONNE:Njoya]] a trouvé un "
        "{{CDD}} chez {{Lidl}}. Plaque de la voiture donnée par la soeur : "
        "[[IMMATRICULATION:GA 712 PN]] (pour le badge parking).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Haute-Savoie}}, {{3646}}. La fille de Mme [[PERSONNE:Chantal Gerbier]] "
        "appelle pour elle (procuration). Elle lit le numéro sur la {{carte Vitale}} de sa mère : "
        "« [[NIR:2 49 07 74 010 033 33]] ». Le conseiller demande à parler à Mme "
        "[[PERSONNE:Gerbier]]. La mère : « Je suis née en [[DATE_NAISSANCE:juillet 49]], à "
        "{{Annecy}} ». Objet : {{transport sanitaire}} pour ses dialyses.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} {{Rhône}} : la conseillère a {{2 écrans}}, {{6 applis}} ouvertes "
        "({{CRISTAL}}, {{NIMS}}, …). Elle me dit que la moitié des appels portent sur des "
        "courriers que les gens n'ont pas compris.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Vénissieux}} — planning de Mme [[PERSONNE:Aït Ali]] (conseillère) ce matin :\n"
        "{{9h}} : M. [[PERSONNE:Sissoko]] (reprise formation)\n"
        "{{9h30}} : Mme [[PERSONNE:Chevalier]] (absente)\n"
        "{{10h}} : [[PERSONNE:Kenza L.]] ({{CEJ}})\n"
        "{{10h30}} : M. [[PERSONNE:Oliveira Pinto]] (création d'entreprise)\n"
        "Elle dit que {{1 personne sur 4}} ne vient pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire}}. Homme de {{50 ans}} environ, « [[PERSONNE:Patrick]], "
        "[[PERSONNE:Patrick Soulier]] ». Pour retrouver son dossier l'écoutante demande la date "
        "de naissance : « [[DATE_NAISSANCE:1974]]… ou [[DATE_NAISSANCE:75]] ? non "
        "[[DATE_NAISSANCE:74, le 20 février]] ». Il ajoute « j'ai un numéro {{Caf}} si vous "
        "voulez, [[N_ALLOCATAIRE:5913 206]] ». L'écoutante : pas besoin. Place au foyer de "
        "{{Roanne}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Point d'accueil {{Cpam}} à {{Aurillac}} (on est dans le {{Cantal}} là, pas ma zone 😅, je "
        "suis en visite avec la directrice). {{1 seul agent}}, {{8 personnes}} le matin. Beaucoup "
        "d'agriculteurs qui confondent {{MSA}} et Cpam.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : M. [[PERSONNE:Guillot]] veut une {{aide carburant}} pour sa formation à "
        "{{Vichy}}. Le conseiller demande la {{carte grise}} : « [[IMMATRICULATION:FN-328]]-… "
        "attendez je vais voir dans la voiture… [[IMMATRICULATION:FN-328-TL]] ». ID FT : "
        "[[ID_FRANCE_TRAVAIL:0395716C]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Roanne}}, {{8h}}, relève. Les infirmières se transmettent "
        "{{23 patients}} en {{20 minutes}}. Vocabulaire : « {{le 12}} » = {{box 12}}, « "
        "{{la dame du 4}} ». Personne n'est appelé par son nom dans les transmissions orales "
        "devant moi (volontaire ?).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Ain}} ({{3230}}). M. [[PERSONNE:Oukacha]] appelle : « ma femme a changé de "
        "banque, c'est elle l'allocataire ». La conseillère veut parler à la femme : Mme "
        "[[PERSONNE:Oukacha Samira]] prend le tel. N° alloc : « [[N_ALLOCATAIRE:6 2 8 0]]… » "
        "Lui : « [[N_ALLOCATAIRE:6280 391]] ! ». Elle : « c'est ce que je dis ». 🙄 La "
        "conseillère explique que le nouveau {{RIB}} se dépose dans l'espace {{Mon Compte}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Chambéry}}, standard. Un élu appelle pour un administré (il ne donne pas le nom "
        "au téléphone, il passera). La chargée d'accueil lève les yeux au ciel. {{12 appels}} en "
        "{{40 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} {{Rhône}}. Un jeune homme, [[PERSONNE:Mehdi Ait-Ouarab]], appelle pour savoir "
        "pourquoi son arrêt de travail n'a pas été payé après le contrôle (!). Il lit son numéro "
        "de sécu : « [[NIR:un, quatre-vingt-dix-neuf, zéro deux, soixante-neuf, trois cent "
        "quatre-vingt-huit… cinq cent soixante et un… soixante-dix-neuf]] ». Le conseiller "
        "explique qu'il était absent lors du contrôle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Vénissieux}} : réunion d'équipe du {{lundi}}. {{9 éducs}}, {{1 psy}}, la "
        "cheffe de service. Ils passent en revue les {{38 résidents}} un par un — je dois sortir "
        "pendant cette partie, confidentialité. Avant : discussion sur le manque de places en "
        "{{pension de famille}} dans le {{Rhône}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Saint-Étienne centre}}. Une jeune diplômée ({{BTS compta}}) se plaint de ne pas "
        "recevoir les offres. Sa conseillère (Mme [[PERSONNE:Ribeyre]]) vérifie : mail enregistré "
        "« [[EMAIL:julie.faure42 [at] gmail.com]] », c'est le bon. Les mails partent dans les "
        "spams. Elle lui montre comment créer un filtre.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf 26}}, appel d'un monsieur âgé, M. [[PERSONNE:Vernet]]. Sa petite-fille intervient : "
        "« {{papi}} c'est [[PERSONNE:VERNAY]], avec un A et un Y, pas [[PERSONNE:Vernet]] ». Du "
        "coup la conseillère ([[PERSONNE:Jessica]]) retrouve le dossier : "
        "[[N_ALLOCATAIRE:3382 417]]. Adresse : [[ADRESSE:4 impasse des Mûriers, 26200 "
        "Montélimar]]. Question : {{APL}} coupée depuis l'entrée en {{EHPAD}} ? Non, il est encore "
        "chez lui.",
    ),
]

# Batch 5 (ind120-141 … ind120-175)
NOTES_5 = [
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} {{Rhône}}. Mme [[PERSONNE:Bouaziz]] appelle pour son {{congé maternité}}. Elle "
        "donne le NIR : « [[NIR:2 87 03 69 259 141 73]] ». Le conseiller : « et votre date de "
        "naissance ? » « [[DATE_NAISSANCE:14 mars 87]] ». Son mari au fond : « dis-lui pour le "
        "{{RIB}} ! ». Elle donne le nouveau compte : [[IBAN:FR76 1680 7000 8531 2458 7021 980]]. "
        "Le conseiller précise : {{attestation employeur}} pas encore reçue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{11h20}}. Appel de {{14 min}} pour une histoire de {{trop-perçu}} de "
        "{{312 €}}. Le conseiller propose un {{échéancier}} à {{30 €/mois}}. La personne pleure "
        "de soulagement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf 63}} : un jeune couple, premier logement à {{Cournon}}. Le garçon parle, la copine "
        "corrige tout 😄 : « on habite [[ADRESSE:8 rue]]… » « [[ADRESSE:18]] ! » « oui "
        "[[ADRESSE:18 avenue de la Libération, 63800 Cournon-d'Auvergne]] ». Noms : "
        "[[PERSONNE:Lucas Bertrand]] et [[PERSONNE:Chloé Mazet]]. Ils font une demande d'{{APL}}, "
        "pas encore de numéro allocataire. La conseillère : faites la demande en ligne, "
        "simulation d'abord.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 74}}, {{21h}}. Un jeune homme appelle pour son oncle qui ne parle pas français : « "
        "mon oncle c'est [[PERSONNE:Mamadou Bah]], il est né en [[DATE_NAISSANCE:1962]]… non "
        "[[DATE_NAISSANCE:1965]] ». Il lit le titre de séjour : « numéro "
        "[[IDENTIFIANT:74 02 35 89 61]] ». L'écoutante note [[IDENTIFIANT:7402358961]]. "
        "Hébergement d'urgence à {{Annecy}}, {{gymnase}} ouvert ({{plan grand froid}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Valence}} : mur d'affiches sur le « {{Dossier Médical Partagé}} » et « "
        "{{Mon espace santé}} ». Personne ne les lit. À l'accueil on répond surtout sur les arrêts "
        "de travail et les {{IJ}}. Rdv de {{20 min}} chrono.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller {{FT}} {{Bourg-en-Bresse}} ([[PERSONNE:Olivier]]) en appel sortant : « "
        "Bonjour, M. [[PERSONNE:Nasser Haddad]] ? » — « [[PERSONNE:Haddad Nasser]] oui ». Vérif "
        "identifiant : « [[ID_FRANCE_TRAVAIL:8811 527 K]] ? » « oui ». Puis "
        "[[PERSONNE:Olivier]] demande un 2e numéro de tel : « [[TELEPHONE:06 45]]… non "
        "[[TELEPHONE:06 54 10 33 87]], j'inverse toujours ». Offre de "
        "{{préparateur de commandes}} chez {{Amazon}} à {{Ambérieu}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{CHU Saint-Étienne}} ({{Hôpital Nord}}). Fin d'après-midi. Une jeune "
        "femme, [[PERSONNE:Océane]], {{23 ans}}, amène son grand-père, M. [[PERSONNE:Fayard]] "
        "({{87 ans}}, chute). Elle donne tout : la {{carte vitale}}, l'ordonnance, la liste des "
        "médicaments tapée sur son tel, et même son numéro à elle pour être rappelée : "
        "[[TELEPHONE:07 66 28 41 95]]. L'agente d'accueil me glisse : « elle, c'est la "
        "petite-fille idéale ». Le Dr [[PERSONNE:Abou-Khalil]] passe, regarde, l'envoie en "
        "imagerie direct.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{chrs}} {{clermont}}. douche + lessive le {{mardi}}. {{12 inscrits}}. machine en panne "
        "depuis {{3 sem}} 🙄",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Roanne}} avec M. [[PERSONNE:Desgranges]]. Allocataire {{RSA}} : Mme "
        "[[PERSONNE:Lebrun Karine]], n° alloc [[N_ALLOCATAIRE:2287104]], [[ADRESSE:56 rue Mulsant, "
        "42300 Roanne]]. Soupçon d'activité non déclarée (vente sur {{Leboncoin}}). Elle montre "
        "son compte Leboncoin « [[IDENTIFIANT:karinou42]] » : {{3 ventes}} en {{1 an}}. Pas de "
        "fraude, petite régul.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam 63}}, {{3646}}. M. [[PERSONNE:Popescu]] (déjà entendu au {{115}} la semaine "
        "dernière !) appelle pour sa {{complémentaire santé solidaire}}. Il lit son numéro : « "
        "[[NIR:1 85 04 99 114 072 63]] ». Il n'a plus d'adresse, il donne celle de l'association : "
        "la conseillère refuse, il faut une domiciliation. Orientation {{CCAS}} de {{Clermont}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Firminy}}. Une dame demande une aide pour payer la réparation de sa chaudière. "
        "Devis de « {{Chazal Chauffage}} » {{780 €}}. L'agente connaît bien le patron, M. "
        "[[PERSONNE:Chazal]], « il fait des prix aux gens du CCAS ». La dame : Mme "
        "[[PERSONNE:Cuoq]], {{77 ans}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — Mme [[PERSONNE:Gonçalves]], {{59 ans}}, veut recevoir ses courriers par mail. "
        "Son fils lui dicte au fur et à mesure : « [[EMAIL:maria tiret goncalves, arobase, "
        "wanadoo point fr]] ». Elle répète de travers : « [[EMAIL:maria goncalves arobase "
        "wanadoo]] ». La conseillère écrit [[EMAIL:maria-goncalves@wanadoo.fr]] et relit. "
        "Identifiant : [[ID_FRANCE_TRAVAIL:3317 446 N]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Villeurbanne}} (accueil). Un père seul, M. [[PERSONNE:Mbappé]] (« pas de lien "
        "avec {{Kylian}} » dit-il en rigolant), vient pour l'{{ASF}}. Numéro allocataire "
        "[[N_ALLOCATAIRE:4521 786]]. L'agent, M. [[PERSONNE:Nguyen]], lui explique qu'il faut une "
        "attestation de non-paiement de la pension. ⚽",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 38}}, {{18h05}}. Appel de Mme [[PERSONNE:Akhtar]] ({{Pakistan}}), avec sa voisine "
        "qui traduit. Elle a été mise dehors par son mari. L'écoutante ([[PERSONNE:Justine]]) "
        "demande l'identité : la voisine dit « [[PERSONNE:Akhtar Nasreen]], née le "
        "[[DATE_NAISSANCE:1er janvier 1985]] » puis « attends, sur le passeport c'est "
        "[[DATE_NAISSANCE:01/01/1985]] mais elle sait pas vraiment ». Passeport pakistanais : « "
        "[[IDENTIFIANT:BN 5120]]… [[IDENTIFIANT:5120874]] » → [[IDENTIFIANT:BN5120874]]. Tel de la "
        "voisine : [[TELEPHONE:07 83 20 64 11]]. [[PERSONNE:Justine]] trouve une place en "
        "{{CHRS}} femmes à {{Grenoble}} pour ce soir 🙏",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : appel d'un pharmacien (!) pour un patient dont les droits ne s'affichent pas. "
        "Le conseiller lui dit qu'il ne peut rien dire sans le patient. Le pharmacien soupire, « "
        "toujours pareil ». {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} {{HEH}} : le standard transfère un appel d'une femme qui cherche son mari, « "
        "M. [[PERSONNE:Benali Youcef]], il a dû arriver en ambulance il y a {{2h}} ». L'agent "
        "cherche : oui, {{box 7}}. Elle donne son tel pour être rappelée : "
        "[[TELEPHONE:06 03 91 48 27]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Savoie}}, écoute double. Un monsieur demande « c'est quoi le "
        "{{quotient familial}} ? ». La conseillère explique en {{3 min}}, très clair. Puis il "
        "demande combien il va toucher → « je ne peux pas vous dire sans étudier le dossier ». Il "
        "insiste {{5 fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Annecy}}, rdv aide à la reprise (création d'auto-entreprise {{VTC}}). M. "
        "[[PERSONNE:Benchekroun]] a déjà sa voiture : {{Toyota Corolla}}, "
        "[[IMMATRICULATION:GP-205-XR]]. Il donne son {{IBAN}} pour l'{{ARCE}} : "
        "[[IBAN:FR76 1250 6200 3756 4819 0271 534]]. Conseillère : Mme [[PERSONNE:Pollet]]. "
        "{{SIRET}} en cours.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'appartements en diffus du {{CHRS}} de {{Chambéry}} : {{4 logements}} en "
        "{{2h}}. Les éducs vérifient le ménage, le frigo, les factures. Dans un appart, un "
        "résident a repeint la cuisine en jaune, fierté totale 🎨",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Drôme}}, {{3646}}. M. [[PERSONNE:Kevin Fayolle]] appelle (ça me dit quelque "
        "chose… les {{urgences}} de {{Valence}} !). Il veut contester une facture d'ambulance. "
        "NIR : « [[NIR:1 95 08… 38… 185 322 68]] ». La conseillère : « vous êtes bien né à "
        "{{Grenoble}} ? » « oui, le [[DATE_NAISSANCE:28 août]] ». Facture n° "
        "[[IDENTIFIANT:AMB-2024-11872]] transmise au service.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{VAD}} {{CCAS}} {{Clermont}} (service seniors) chez M. [[PERSONNE:Chanet]], {{84 ans}}, "
        "[[ADRESSE:11 rue Fontgiève, 63000 Clermont-Ferrand]]. Il vit avec son chien "
        "{{Pirate}}. Dossier {{APA}} en cours au {{Département}}, réf. "
        "[[IDENTIFIANT:APA-63-2024-1187]]. Il nous offre un café, ne veut pas nous laisser "
        "partir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Appel de Mlle [[PERSONNE:Ouattara]] ; c'est sa soeur qui a le tel, elles se le "
        "passent. Identifiant : « [[ID_FRANCE_TRAVAIL:9 0 1 6 … 2 8 3 … W]] ». La conseillère : "
        "[[ID_FRANCE_TRAVAIL:9016283W]] ? « voilà ». Numéro de portable à mettre à jour : « le "
        "mien c'est [[TELEPHONE:07 12]]… non, mets le tien ! » → [[TELEPHONE:06 98 45 21 70]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam 69}}, contrôle d'arrêt de travail, {{16h}}. M. [[PERSONNE:Zerbib]], "
        "[[ADRESSE:44 rue Duguesclin, 69006 Lyon]], {{4e étage}}. Présent, très poli. Il dit que "
        "son médecin c'est le Dr [[PERSONNE:Lévy]]. Durée {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soirée au {{115}} du {{Rhône}}. Tableau blanc avec les places : « {{0 H seul}}, "
        "{{2 F seule}}, {{0 famille}} ». À {{20h30}} tout est à 0. Les écoutants continuent à "
        "décrocher quand même, pour « garder le lien ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Rhône}}, {{3230}}, conseillère [[PERSONNE:Naïma]]. M. [[PERSONNE:Lefèvre]] "
        "hésite sur son numéro : « [[N_ALLOCATAIRE:71]]… je crois que c'est "
        "[[N_ALLOCATAIRE:7193 004]] ». Elle trouve. Il demande d'envoyer l'attestation de "
        "paiement à [[EMAIL:lefevre.marc(at)orange.fr]]. Elle dit que c'est dans « "
        "{{Mon Compte}} ». {{7 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} de {{Riom}}, {{10h30}}. Accident du travail (un couvreur). Le chef de "
        "chantier, M. [[PERSONNE:Aubert]], donne les infos : le blessé s'appelle "
        "[[PERSONNE:Nuno Ferreira]], {{29 ans}}, l'entreprise c'est {{Toitures Auvergne}}, SIRET "
        "{{529 143 786 00027}}. L'agent d'accueil lui dit que le {{SIRET}} ne sert à rien ici 😅",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Riom}}, accueil. M. [[PERSONNE:Berthon]], {{43 ans}} (né à Riom, "
        "[[DATE_NAISSANCE:décembre 80]]), vient créer son compte {{Ameli}} sur la borne avec "
        "l'agent. NIR saisi : [[NIR:1801263300197 68]]. Mail : "
        "[[EMAIL:loic.berthon63@laposte.net]]. Le code provisoire arrive par courrier, il râle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Étienne}}, {{guichet unique}}. Une {{TV}} affiche les numéros appelés "
        "({{C012}}, {{C013}}…). {{17 personnes}}, {{3 agents}}. Une dame a attendu {{1h10}} pour "
        "une photocopie 😬",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, appel d'une intérimaire qui a changé de nom (mariage) : ancien nom Mme "
        "[[PERSONNE:Dubost]], nouveau Mme [[PERSONNE:Khelifi-Dubost]]. ID "
        "[[ID_FRANCE_TRAVAIL:6204 931 R]]. Date de naissance pour vérifier : « "
        "[[DATE_NAISSANCE:30/09/1990]] ». La conseillère met à jour l'état civil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Isère}}, pause café avec {{3 conseillères}}. Elles me racontent les pires "
        "appels : insultes, menaces, « je vais venir avec un fusil ». Procédure : on prévient le "
        "manager, on raccroche après {{2 avertissements}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Étienne}}, rdv de {{30 min}} avec Mme [[PERSONNE:Ait Said]] (agente) "
        "pour une dame, Mme [[PERSONNE:Pichon]], qui a reçu un {{indu}} de {{2 300 €}}. Elle donne "
        "son dossier : n° [[N_ALLOCATAIRE:8 815 620]]. Elle explique qu'elle vit avec son fils de "
        "{{19 ans}}, [[PERSONNE:Jordan]], qui travaille chez {{Casino}}. L'agente : les ressources "
        "de [[PERSONNE:Jordan]] devaient être déclarées. {{Remise de dette}} possible, formulaire. "
        "La dame repart en larmes, l'agente aussi un peu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Drôme}}, nuit. Une famille dort dans sa voiture sur le parking du {{Leclerc}} "
        "de {{Montélimar}}. La mère : « [[PERSONNE:Sanchez]], [[PERSONNE:Lucía Sanchez]], avec un "
        "z ». La plaque (espagnole) pour la maraude : « [[IMMATRICULATION:4821 KLM]] ». "
        "{{3 enfants}}. Orientée vers un {{hôtel}} pour {{2 nuits}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Vaulx-en-Velin}}, accueil. Un jeune (M. [[PERSONNE:Haroun]]) vient pour une "
        "aide au permis. Il montre son relevé du {{code}} et son numéro {{NEPH}} : "
        "[[IDENTIFIANT:210369400127]]. L'agente ne sait pas trop quoi en faire. Orientation "
        "{{Mission locale}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences psy}} (l'{{UAUP}} à {{Édouard Herriot}}). Salle sans fenêtre. "
        "{{2 patients}} en attente d'une place en psychiatrie depuis {{48h}}. L'infirmier me dit "
        "que c'est « normal » maintenant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — un demandeur veut changer de compte pour l'{{ARE}}. Il n'a pas l'{{IBAN}} mais "
        "l'ancien {{RIB}} papier : « banque [[IBAN:17806]], guichet [[IBAN:00511]], compte "
        "[[IBAN:48320196702]], clé [[IBAN:25]] ». La conseillère ([[PERSONNE:Stéphanie]]) le "
        "remet au format IBAN avec un outil. M. [[PERSONNE:Chalendar]], {{57 ans}}, très méfiant "
        ": « vous allez pas me le pirater hein ». ID : [[ID_FRANCE_TRAVAIL:2051 873 G]].",
    ),
]

# Batch 6 (ind120-176 … ind120-210)
NOTES_6 = [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Isère}} {{3230}} — M. [[PERSONNE:Kaddouri]], {{70 ans}}, appelle, son fils "
        "[[PERSONNE:Bilal]] sur le haut-parleur. Le père donne le n° alloc « "
        "[[TELEPHONE:6 0 9]]… » [[PERSONNE:Bilal]] : « non {{papa}} ça c'est ton numéro de "
        "téléphone ! » 😂 Le vrai : [[N_ALLOCATAIRE:4377 120]]. Puis le {{RIB}} : [[PERSONNE:Bilal]] lit « "
        "[[IBAN:FR20 3000 2074 1000 0073 8214 M76]] ». La conseillère ([[PERSONNE:Audrey]]) fait "
        "confirmer la lettre : « M comme {{Marcel}} ». OK. Changement pris en compte sous "
        "{{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{URGENCES}} {{VALENCE}} 🚨 {{SAMEDI SOIR}}. {{52 PASSAGES}} DEPUIS {{8H}}. Un médecin "
        "intérimaire, payé « une fortune » selon l'infirmière. {{3 brancards}} dans le couloir. "
        "Une bagarre évitée de peu en salle d'attente, le vigile intervient.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 42}}, appel d'un bénévole de la {{Croix-Rouge}} (maraude) pour un monsieur qu'il a "
        "devant lui. « Il dit s'appeler [[PERSONNE:Ahmed]]… [[PERSONNE:Ahmed Ben Youssef]]. Né "
        "le… attends… il dit [[DATE_NAISSANCE:quinze avril soixante-dix]] ». L'écoutant a déjà un "
        "[[PERSONNE:Ahmed Benyoussef]] né le [[DATE_NAISSANCE:15/04/1970]] dans le {{SIAO}} : "
        "c'est le même, juste l'orthographe. Place à l'{{accueil de nuit}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Loire}}, {{3646}}, conseillère [[PERSONNE:Pauline]]. Mme "
        "[[PERSONNE:Teixeira]] ([[PERSONNE:Rosa]]), {{66 ans}}, appelle pour sa "
        "{{pension d'invalidité}} qui passe en retraite. Elle lit : « "
        "[[NIR:2 58 02 99 139 074… 67]] ». Née au {{Portugal}}, le "
        "[[DATE_NAISSANCE:11 février 58]]. [[PERSONNE:Pauline]] lui explique que c'est la "
        "{{Carsat}} maintenant et lui donne leur numéro, le {{3960}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseiller [[PERSONNE:Bastien]]. Mme [[PERSONNE:Ferhat]] appelle avec sa fille "
        "[[PERSONNE:Lina]] qui traduit. Identifiant : [[PERSONNE:Lina]] lit sur le courrier « "
        "[[ID_FRANCE_TRAVAIL:1 1 7]]… [[ID_FRANCE_TRAVAIL:1174 605 J]] ». Adresse mail à modifier "
        ": [[PERSONNE:Lina]] veut mettre la sienne, le conseiller dit non, il faut celle de la "
        "maman. Finalement : [[EMAIL:ferhat.zohra@gmail.com]]. {{18 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Caf}} {{Haute-Savoie}}, contrôle avec Mme [[PERSONNE:Dunand]]. Chez M. "
        "[[PERSONNE:Pinto Carvalho]], [[ADRESSE:9 chemin des Crêts, 74100 Annemasse]]. "
        "Travailleur frontalier ? Il dit que non. Voiture devant avec une plaque portugaise "
        "[[IMMATRICULATION:45-RT-87]]. Il montre ses {{fiches de paie}} d'une entreprise "
        "française. Contrôle OK.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Lyon 8e}} ({{Mermoz}}). Je passe la matinée à l'accueil. Les résidents "
        "descendent un par un pour le café. Un homme me demande si je suis « de la "
        "{{préfecture}} » — non. L'éducatrice m'explique le {{contrat de séjour}}, le "
        "{{projet personnalisé}}, la participation financière ({{10 %}} des ressources). Ce qui "
        "me marque : le calme, et les sacs toujours prêts près des lits, « au cas où ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel coupé au bout de {{40 s}}. Le conseiller : « ça arrive {{10 fois}} par "
        "jour ». Il ne rappelle pas (pas de numéro affiché).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{ft}} {{clermont}} ({{les Vergnes}}). inscription d'un jeune, M. [[PERSONNE:Mabika]], "
        "{{26 ans}}. la conseillere saisit tt : ID cree = [[ID_FRANCE_TRAVAIL:6719 284 D]], "
        "{{RIB}} : [[IBAN:FR76 3006 6100 2100 0108 2364 706]]. il a pas de mail ?? elle lui en "
        "cree un sur place : [[EMAIL:mabika.jordy26@gmail.com]]. {{45 min}} en tout, elle est a "
        "la bourre pr le rdv suivant",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Annecy}}, ligne urgences sociales. Une voisine appelle pour Mme "
        "[[PERSONNE:Perrillat]], {{89 ans}}, qui ne sort plus de chez elle. Adresse : « "
        "[[ADRESSE:14 avenue de Genève, Annecy]], {{3e étage}}… non {{4e}} ». Elle laisse son "
        "tel : [[TELEPHONE:06 81 27 93 40]]. L'agente déclenche une visite de l'"
        "{{équipe seniors}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Lyon}} {{Part-Dieu}}, ticket {{A208}}. Une maman, Mme [[PERSONNE:Nzuzi]], vient "
        "déclarer la naissance de sa fille [[PERSONNE:Grâce]], née le "
        "[[DATE_NAISSANCE:28/08/2024]]. L'agent ([[PERSONNE:Florent]]) lui demande aussi le "
        "{{RIB}} car le compte a changé : elle tend le papier, il recopie "
        "[[IBAN:FR19 2004 1010 0715 2846 3K03 863]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Puy-de-Dôme}}. M. [[PERSONNE:Roux]] appelle, il vit dans son camion aménagé à "
        "côté du {{Zénith d'Auvergne}}. « [[PERSONNE:Roux Sébastien]], né en "
        "[[DATE_NAISSANCE:81]]… enfin [[DATE_NAISSANCE:80]], j'ai {{44 ans}} ». Plaque du camion : "
        "« [[IMMATRICULATION:EH 908]]… c'est quoi déjà… [[IMMATRICULATION:EH-908-VC]] ». Il "
        "demande juste un {{colis alimentaire}}, pas d'hébergement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Annemasse}}. L'écran de l'agent affiche : « ASSURÉ : M. "
        "[[PERSONNE:BAUMGARTNER ULRICH]] — NÉ LE [[DATE_NAISSANCE:02/11/1966]] À {{ZURICH}} "
        "({{SUISSE}}) — DROITS OUVERTS JUSQU'AU {{31/12}} ». Il est frontalier, option assurance "
        "maladie française. L'agente, Mme [[PERSONNE:Excoffon]], vérifie le formulaire {{S1}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : {{une heure}} à côté de la conseillère. Ce qui revient : les gens ne savent "
        "pas qu'ils doivent s'actualiser même s'ils ont travaillé {{1 jour}}. "
        "{{3 appels sur 8}} là-dessus.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Ain}}, {{3230}}. M. [[PERSONNE:Bouvard]], {{67 ans}}, pas à l'aise avec "
        "internet. Il donne son mail : « [[EMAIL:bouvard… point… jean… arobase… euh… orange… "
        "point… fr]] ». Le conseiller ([[PERSONNE:Kader]]) : [[EMAIL:bouvard.jean@orange.fr]] ? « "
        "voilà ». N° alloc : « [[N_ALLOCATAIRE:35]]… [[N_ALLOCATAIRE:3578 214]] ». "
        "[[PERSONNE:Kader]] lui dit merci trois fois, il est tout content.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Annecy}}, parking {{dépose-minute}}. L'agent de sécurité demande à l'accueil "
        "d'appeler en salle le propriétaire du véhicule [[IMMATRICULATION:GD-447-FA]] qui bloque "
        "l'ambulance. Annonce : « le propriétaire de la {{Clio}} grise "
        "[[IMMATRICULATION:GD-447-FA]] est prié… ». Personne ne vient. Fourrière ?",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Clermont}}, accueil : borne numérique + conseillère numérique "
        "{{France Services}}. {{4 personnes}} aidées en {{1h}} pour des démarches {{ANTS}} "
        "(permis, {{carte grise}}). La conseillère : « ça c'est pas le CCAS normalement mais bon "
        "».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Rhône}}, {{3646}}. Mme [[PERSONNE:Haddad]] ([[PERSONNE:Nadia]]) rappelle pour "
        "ses {{IJ}} (elle avait appelé la semaine dernière, j'avais noté !). Cette fois elle "
        "donne le NIR : [[NIR:2 68 06 99 352 141 71]]. Le {{RIB}} papier est arrivé. Le conseiller "
        "([[PERSONNE:Yanis]]) déclenche le paiement. Elle dit « que {{Dieu}} vous garde » 🙏",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite {{CHRS}} {{Saint-Étienne}} en diffus : logement au [[ADRESSE:12 rue de la "
        "Mulatière, 42100 Saint-Étienne]], occupé par M. [[PERSONNE:Mokrani]] depuis "
        "{{6 mois}}. Odeur de gaz : l'éduc appelle {{GRDF}} en urgence, intervention en {{1h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Montélimar}}. Mme [[PERSONNE:Arnaud]] (conseillère) reçoit M. "
        "[[PERSONNE:Gauthier]], {{52 ans}}, chauffeur poids lourd. Elle remplit le dossier de "
        "formation {{FIMO}} : date de naissance [[DATE_NAISSANCE:07/07/1972]], numéro de permis "
        "[[IDENTIFIANT:720695100342]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Drôme}}. La conseillère me montre les « motifs d'appel » à cocher en fin "
        "d'appel : {{38 motifs}} possibles. Elle coche toujours les 3 mêmes. 😅",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Isère}}. Une travailleuse sociale du {{CCAS}} d'{{Échirolles}} appelle pour une "
        "famille. Elle donne la réf {{SIAO}} : « [[IDENTIFIANT:38-2024]]-… attendez… "
        "[[IDENTIFIANT:38-2024-15562]] ». Famille [[PERSONNE:Hoxha]] : [[PERSONNE:Besnik]], "
        "[[PERSONNE:Drita]] et {{3 enfants}}. Contact : la {{TS}}, [[TELEPHONE:04 76 20 55 18]]. "
        "Pas de place avant {{lundi}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Cpam}} {{Loire}}, contrôle à domicile. Porte close, les voisins disent que l'assuré est "
        "« parti au bled ». L'agente note « absent », sans commentaire. Sur la route elle me dit "
        "qu'elle déteste cette partie du boulot.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — conseillère [[PERSONNE:Yasmine]]. Un {{papa}} appelle pour son fils de "
        "{{18 ans}}, [[PERSONNE:Théo Vacher]], qui ne répond jamais. [[PERSONNE:Yasmine]] doit "
        "parler au fils ; le père le réveille 😴. [[PERSONNE:Théo]] : « identifiant… je sais "
        "pas… ». Elle demande la date de naissance : « [[DATE_NAISSANCE:4 février 2006]] ». Elle "
        "retrouve : [[ID_FRANCE_TRAVAIL:8054 371 S]]. Elle lui donne son rdv à la "
        "{{Mission locale}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Grenoble}}, accueil. Une famille hébergée à l'{{hôtel Formule 1}} d'"
        "{{Échirolles}}, {{chambre 17}}, vient pour le {{RSA}}. L'agente (Mme "
        "[[PERSONNE:Petit]]) demande une adresse : ils sont domiciliés au {{CCAS}}. Numéro "
        "d'allocataire : [[N_ALLOCATAIRE:9021 445]]. Nom : M. et Mme [[PERSONNE:Sargsyan]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{Urgences}} de {{Grenoble}}, ligne des familles. Une dame appelle {{4 fois}} en {{1h}} "
        "pour son fils. L'agent répond 4 fois la même chose avec la même patience. Je ne sais pas "
        "comment il fait.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Cpam}} {{Rhône}}. M. [[PERSONNE:Da Costa Anthony]] rappelle après le contrôle "
        "(celui où j'étais !) pour savoir si ses {{IJ}} continuent. NIR : « "
        "[[NIR:1 92 07 69 266 834 … 09]] ». La conseillère : tout est ok, paiement {{le 5}}. Il "
        "demande à recevoir un {{SMS}} au [[TELEPHONE:06 37 52 18 94]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{VAD}} {{CCAS}} {{Échirolles}} avec Mme [[PERSONNE:Garnier]] ({{CESF}}). Mme "
        "[[PERSONNE:Toumi]], {{3 enfants}}, [[ADRESSE:5 rue Marcel Cachin, 38130 Échirolles]]. "
        "Dette de loyer chez {{Grenoble Habitat}} : réf locataire [[IDENTIFIANT:0021-4478-09]]. "
        "{{Plan d'apurement}} à négocier. Mme [[PERSONNE:Toumi]] pleure, la CESF lui dit « on va y "
        "arriver ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Grenoble}}, anniversaire de « [[PERSONNE:Kiki]] » ([[PERSONNE:Kimberley "
        "Moulin]]) ce midi : {{30 ans}}, née le [[DATE_NAISSANCE:19 mars 1994]]. Gâteau fait par "
        "les résidents. L'éducateur [[PERSONNE:Fabrice]] a acheté des bougies au "
        "{{Carrefour City}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller {{3949}} ([[PERSONNE:Cyril]]). M. [[PERSONNE:Faure Didier]] donne son nouvel "
        "IBAN : « [[IBAN:FR76… 4255… 9100… 0008… 0246… 1187… 326]] ». [[PERSONNE:Cyril]] relit "
        "chaque groupe. « Vous êtes au {{Crédit Coopératif}} ? » « oui ». ID : "
        "[[ID_FRANCE_TRAVAIL:5092 118 F]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} ({{Isère}}) : la contrôleuse me dit qu'elle fait {{800 km}} par mois, "
        "qu'elle a été insultée {{2 fois}} cette année et remerciée {{50 fois}}. Elle a un carnet "
        "avec ses « petites victoires ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Chambéry}}. Une dame, Mme [[PERSONNE:Gaudin]], {{35 ans}}, vient pour sa "
        "{{carte européenne d'assurance maladie}} avant un voyage en {{Italie}}. L'agent la "
        "commande en {{2 min}} sur {{Ameli}} avec elle. Elle laisse son mail au cas où : "
        "[[EMAIL:s.gaudin73@orange.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Clermont}}, {{17h}} : l'équipe prépare la « liste du soir ». Chaque écoutant a "
        "ses habitués. Ils parlent d'eux avec des surnoms, je ne les note pas. Il fait "
        "{{-4 °C}} cette nuit, {{plan grand froid}} déclenché, {{20 places}} en plus au "
        "{{gymnase Gaillard}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}} {{Caf}} {{Loire}}. M. [[PERSONNE:Ouazzani]] : « né le "
        "[[DATE_NAISSANCE:3 du 3 77]] ». Sa femme : « [[DATE_NAISSANCE:1976]] ! » Lui : « ah oui "
        "[[DATE_NAISSANCE:76]], pardon, j'ai la tête ailleurs ». Adresse actuelle : "
        "[[ADRESSE:17 rue de la République, 42400 Saint-Chamond]]. La conseillère "
        "([[PERSONNE:Aline]]) : le dossier est à jour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Lyon}} {{Part-Dieu}}, espace d'accueil. {{3 services civiques}} en gilet orange "
        "orientent les gens vers les ordis. Un monsieur imprime {{40 CV}} 😮. Le vigile le laisse "
        "faire.",
    ),
]

# Batch 7 (ind120-211 … ind120-240)
NOTES_7 = [
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Rhône}} {{3230}} — Mme [[PERSONNE:Sow Fatoumata]] (la jeune femme du {{115}} ? "
        "même nom, je ne sais pas). Elle vient d'avoir un logement à {{Rillieux-la-Pape}} : "
        "[[ADRESSE:3 allée des Tilleuls, 69140 Rillieux-la-Pape]]. Elle demande l'{{APL}}. N° "
        "alloc créé la semaine dernière : [[N_ALLOCATAIRE:9340 217]]. {{RIB}} : "
        "[[IBAN:FR76 3000 4013 5400 0007 8452 162]]. Le conseiller ([[PERSONNE:Rachid]]) vérifie "
        "tout en {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Rhône}}. Mme [[PERSONNE:Sow]] appelle pour sa {{carte Vitale}} : elle lit son "
        "numéro « [[NIR:2 93 12 99 341 097]] »… la conseillère ([[PERSONNE:Hélène]]) lui demande "
        "la clé : « [[NIR:92]] ». Née le [[DATE_NAISSANCE:24 décembre 1993]] à {{Dakar}}. Photo à "
        "envoyer, elle n'a pas de scanner : [[PERSONNE:Hélène]] lui explique l'appli {{Ameli}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, conseiller [[PERSONNE:Mickaël]]. M. [[PERSONNE:Dylan Perret]] appelle : son "
        "inscription bloque car « {{NIR non certifié}} ». Il lit son numéro de sécu : « "
        "[[NIR:1 03 11 42 187 309 07]] ». [[PERSONNE:Mickaël]] : vous êtes né à {{Roanne}} en "
        "[[DATE_NAISSANCE:novembre 2003]] ? « oui ». Il transmet à l'équipe. ID : "
        "[[ID_FRANCE_TRAVAIL:7725 630 H]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Savoie}}. Un couple âgé dort dans son {{camping-car}} depuis la vente de leur "
        "maison. Le monsieur, M. [[PERSONNE:Grosjean]], donne la plaque pour que la "
        "{{police municipale}} ne les verbalise pas : « [[IMMATRICULATION:CZ… 671]]… c'est "
        "[[IMMATRICULATION:CZ-671-PB]] ». Sa femme : « non [[IMMATRICULATION:CZ-617-PB]], tu "
        "mélanges toujours ». L'écoutant note les deux 🤷",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Clermont}}, accueil {{8h30}} : déjà {{11 personnes}} dehors sous la pluie ☔. "
        "Ouverture à {{8h45}}. Un agent sort distribuer des tickets pour que les gens n'attendent "
        "pas debout. Petit geste, gros effet.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} — M. [[PERSONNE:Zhang Wei]] (il dit « [[PERSONNE:Wei]], c'est le prénom, "
        "[[PERSONNE:Zhang]] le nom »). Identifiant : « [[ID_FRANCE_TRAVAIL:4 4 8]]… "
        "[[ID_FRANCE_TRAVAIL:4 4 8 2 0 7 1 … U]] ». La conseillère ([[PERSONNE:Margaux]]) : "
        "[[ID_FRANCE_TRAVAIL:4482071U]]. Tél : « [[TELEPHONE:zéro six, vingt-huit, soixante-dix, "
        "cinquante-trois, onze]] ». Question : aide à la garde d'enfants ({{AGEPI}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Saint-Étienne}}, accueil tel. Un monsieur, M. [[PERSONNE:Lacombe]], veut une "
        "aide pour ses lunettes. L'agent lui demande son numéro de mutuelle : « {{Harmonie}}, "
        "adhérent [[IDENTIFIANT:00457 2213]] ». Rdv donné.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} {{Isère}} {{3646}}. Une dame âgée (Mme [[PERSONNE:Blanc-Brude]]) appelle, sa "
        "fille reprend le combiné : « {{maman}} a déménagé : [[ADRESSE:8 place Saint-Bruno, 38000 "
        "Grenoble]] ». Puis le nouveau compte pour les remboursements : "
        "[[IBAN:FR76 1131 5000 0108 1293 6401 569]]. Le conseiller demande quand même le {{RIB}} "
        "par courrier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Isère}} à {{Voiron}} : M. [[PERSONNE:Belmonte]] déclare être hébergé "
        "gratuitement chez son frère. La contrôleuse (Mme [[PERSONNE:Jacquier]]) vérifie : "
        "courrier au nom du frère, [[ADRESSE:22 rue Sermorens, 38500 Voiron]]. Voiture de M. "
        "[[PERSONNE:Belmonte]] : [[IMMATRICULATION:DX-390-LR]], {{carte grise}} à cette adresse. "
        "Dossier [[N_ALLOCATAIRE:6098 132]]. OK.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Annecy}} : atelier cuisine du {{jeudi}}. {{Tartiflette}} pour 20 🧀. Un "
        "résident explique qu'il était chef dans un restaurant à {{Megève}} avant. Les éducs "
        "épluchent les patates avec eux.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Mendy]], {{60 ans}}, donne son mail : « [[EMAIL:jean-pierre point "
        "mendy arobase yahoo point fr]] ». Sa fille : « {{papa}} c'est pas ça, c'est "
        "[[EMAIL:jp.mendy@yahoo.fr]] ! ». La conseillère rit. ID FT : "
        "[[ID_FRANCE_TRAVAIL:1937 204 V]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Urgences}} {{Clermont}}, zone de tri. L'{{IOA}} imprime le bracelet : « "
        "[[PERSONNE:DIALLO Ousmane]] — [[DATE_NAISSANCE:12/05/1958]] — {{IPP}} "
        "[[IDENTIFIANT:63004418]] ». Le patient dit « c'est [[PERSONNE:Ousman]] sans e ». L'IOA "
        "corrige dans le logiciel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Loire}} : après {{2h}} d'écoute, je comprends que le mot qui revient le plus "
        "c'est « {{régularisation}} ». Et « je ne comprends pas le courrier ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lyon}} ({{Vaise}}), accueil {{AME}}. Un homme, M. [[PERSONNE:Bamba]], "
        "renouvelle son AME. Son ancienne carte : n° [[IDENTIFIANT:69 0 184 227 501]]. L'agente, "
        "Mme [[PERSONNE:Rolland]], vérifie la domiciliation : il est domicilié chez "
        "{{Forum Réfugiés}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, {{23h50}}. Appel d'une jeune femme, voix très basse, elle chuchote. "
        "Elle s'appelle « [[PERSONNE:Yasmina]]… non, mettez juste [[PERSONNE:Yas]] ». L'écoutante "
        "([[PERSONNE:Carole]]) ne force pas. Elle demande où elle est : « devant le "
        "[[ADRESSE:47]]… le [[ADRESSE:74 cours Gambetta, Lyon 7e]], dans le hall ». Elle ne veut "
        "pas donner son nom de famille. Numéro ? « c'est pas le mien, c'est celui de ma copine, "
        "[[TELEPHONE:07 45 66 12 90]] ». [[PERSONNE:Carole]] envoie l'{{équipe mobile}} et reste "
        "au téléphone {{25 min}} avec elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Valence}}, accueil. Mme [[PERSONNE:Tchakarian]], {{74 ans}}, veut s'inscrire "
        "au {{repas des aînés}}. L'agent remplit la fiche : née le [[DATE_NAISSANCE:29/01/1950]], "
        "[[ADRESSE:6 rue Bouffier, 26000 Valence]], tél [[TELEPHONE:04 75 42 18 39]]. Elle "
        "raconte que ses parents sont arrivés d'{{Arménie}} en {{1923}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Vaulx-en-Velin}}. Réunion d'info collective « {{Créer son entreprise}} » avec la "
        "{{CCI}}. {{15 inscrits}}, {{9 présents}}. Les questions : {{ACRE}}, {{ARCE}}, "
        "{{micro-entreprise}}. Un monsieur veut ouvrir un food-truck de tacos 🌮",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Savoie}}, {{3230}}. M. [[PERSONNE:Lambert]] (encore un !) appelle pour ajouter "
        "son fils né le [[DATE_NAISSANCE:2 octobre]]. Prénom : « [[PERSONNE:Noé]], "
        "[[PERSONNE:N-O-É]], avec un accent ». Le conseiller avait tapé « [[PERSONNE:Noah]] » au "
        "début 🙈. N° alloc [[N_ALLOCATAIRE:1502 988]]. Mail de contact : "
        "[[EMAIL:lambert.f73@gmail.com]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Vénissieux}} (accueil). M. [[PERSONNE:Kamara]] présente son titre de séjour "
        "(n° [[IDENTIFIANT:6902315578]]) pour ouvrir ses droits au {{RSA}}. L'agente, Mme "
        "[[PERSONNE:Bertin]], scanne aussi son {{RIB}} : "
        "[[IBAN:FR76 1680 7001 4030 5729 1884 443]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Cpam}} {{Ain}}. M. [[PERSONNE:Perrier]] appelle pour le « {{100 %}} » "
        "{{ALD}} de sa femme. Il donne la date de naissance de sa femme : « le "
        "[[DATE_NAISSANCE:8 août 1961]] » puis, après un silence, « [[DATE_NAISSANCE:1962]] "
        "pardon, c'est moi [[DATE_NAISSANCE:61]] ». La conseillère : il faut que Madame appelle "
        "elle-même.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire}} : entre {{2 appels}}, l'écoutant me dit qu'il reconnaît les voix des "
        "habitués dès le « allô ». Ça fait {{4 ans}} qu'il fait ça. Il dit que le plus dur c'est "
        "les enfants qu'on entend derrière.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Rahmani]] : « mon {{ARE}} est partie sur mon ancien compte ! ». La "
        "conseillère ([[PERSONNE:Estelle]]) lui dit de mettre le nouveau {{RIB}} dans l'"
        "{{espace perso}}, mais il le lit quand même : « "
        "[[IBAN:FR76 3000 4028 7100 0011 2745 970]] ». Sa femme derrière : « t'as bien dit "
        "[[IBAN:970]] à la fin ? » — « oui [[IBAN:970]] ». [[PERSONNE:Estelle]] note l'appel. ID : "
        "[[ID_FRANCE_TRAVAIL:0614 339 B]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{VAD}} {{CCAS}} {{Roanne}} avec l'{{AS}} (Mme [[PERSONNE:Verdier]]). Chez M. "
        "[[PERSONNE:Ruiz]], {{58 ans}}, sortie d'hôpital. Il vit au [[ADRESSE:4 rue Albert Thomas, "
        "42300 Roanne]], au {{5e}} sans ascenseur 😓. Son fils [[PERSONNE:Enzo]] passe tous les "
        "jours. Dossier d'{{aide ménagère}} + {{téléassistance}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Puy-de-Dôme}}. Mme [[PERSONNE:Bonhomme]] appelle, elle a déménagé : « "
        "[[ADRESSE:21 rue Blatin, 63000 Clermont-Ferrand]], au {{2e}} ». La conseillère : un tél "
        "pour vous joindre ? « [[TELEPHONE:06 33]]… non attendez, nouveau numéro : "
        "[[TELEPHONE:06 33 71 08 52]] ». N° alloc : [[N_ALLOCATAIRE:5 4 8 0 2 7 1]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Annemasse}} — permanence. Mme [[PERSONNE:Dumoulin]], {{31 ans}}, vient avec son "
        "bébé. Elle veut comprendre son relevé : « {{PAJE}} — {{184,20 €}} ». L'agent, M. "
        "[[PERSONNE:Diallo]], lui explique. Elle a son numéro allocataire écrit sur la main 😅 : "
        "[[N_ALLOCATAIRE:2705 416]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, {{16h55}}, dernier appel avant la fermeture. Un jeune, [[PERSONNE:Nassim]], a "
        "un entretien demain chez {{Renault Trucks}} à {{Vénissieux}} et veut savoir si {{FT}} "
        "rembourse le trajet. Le conseiller ([[PERSONNE:Fabien]]) lui dit oui, "
        "{{aide à la mobilité}}, et vérifie son ID : [[ID_FRANCE_TRAVAIL:3861 902 L]]. « Bonne "
        "chance [[PERSONNE:Nassim]] » 👍",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} {{Ardèche}} ({{Annonay}}) avec M. [[PERSONNE:Chomel]]. Allocataire qui "
        "vit en {{caravane}} au [[ADRESSE:camping municipal de Vaux, emplacement 6]] : Mme "
        "[[PERSONNE:Delaygue]], {{45 ans}}. Véhicule : [[IMMATRICULATION:FB-763-KE]]. Elle "
        "travaille en saisonnier aux {{vendanges}}. {{RAS}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{Haute-Savoie}} {{3230}}, conseillère [[PERSONNE:Laure]]. Appel de M. "
        "[[PERSONNE:Ferrari]] (« comme la voiture », dit-il). N° alloc : « "
        "[[N_ALLOCATAIRE:3 0 0]]… [[N_ALLOCATAIRE:3006 574]] ». Il veut déclarer la séparation "
        "d'avec sa compagne, Mme [[PERSONNE:Pellet]]. Nouvelle adresse : [[ADRESSE:2 route de "
        "Thônes, 74940 Annecy-le-Vieux]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Villeurbanne}}, guichet. Un jeune couple vient demander une aide pour une "
        "caution. Lui : [[PERSONNE:Ibrahima]], elle : [[PERSONNE:Manon]]. Le bailleur c'est "
        "{{Est Métropole Habitat}}, n° de demande de logement social "
        "[[IDENTIFIANT:069112400123456]]. L'agent ([[PERSONNE:Maxence]]) les oriente vers le "
        "{{FSL accès}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Valence}}, {{18h}}. M. [[PERSONNE:Lemaire]], résident, rentre du travail "
        "(intérim chez {{Valrhona}}). Il montre fièrement sa première fiche de paie. L'éducatrice "
        "[[PERSONNE:Inès]] l'aide à ouvrir un {{livret A}} à {{La Banque Postale}} ; le numéro de "
        "compte est noté dans son dossier : [[IBAN:FR84 2004 1010 0803 8552 1L03 806]].",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value {value!r} has outer whitespace")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep {kept!r} has outer whitespace")
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
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
    """Return (dev_ids, holdout_ids): cells in sorted order, each shuffled and halved."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev), key=lambda n: n["id"]))
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout), key=lambda n: n["id"]),
    )
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
