"""Independent evaluation corpus n° 11 for the anonymiser (observation notes, French).

Every note below was typed by hand by the author of this corpus, one situation per note.
Inline marks:

* ``[[CODE:value]]`` marks a span of personal data; CODE is one of the keys of ``CODES``;
* ``{{value}}`` marks a string that must survive anonymisation (the note's ``keep`` list).

Running this script strips the marks, computes the offsets, numbers the notes ``ind11-001``...
in authoring order, splits them half/half (seeded, stratified by site kind and channel) and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to it. Stdlib only, deterministic.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind11"
SEED = 20241111

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")

# (site_kind, channel, marked text)
NOTES = [
    # ---------------------------------------------------------------- caf
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Aurillac}}, {{8h30}}. Deja une queue de {{12 personnes}} avant l'ouverture. L'agente ([[P:Sylvie]], {{22 ans}} de maison) me dit que le lundi c'est toujours comme ca, « a cause des courriers du week-end ». Premier monsieur, agriculteur a la retraite, vient pour sa femme : elle a recu un indu de {{312 €}} sur l'{{APL}}. Il a tout dans une pochette plastique. Num allocataire lu sur le courrier : [[ALLOC:2381547]]. [[P:Sylvie]] explique que c'est la declaration trimestrielle qui n'a pas ete faite. Il dit « on n'a pas internet a la ferme, le reseau passe pas ». Elle lui propose un echeancier a {{30 € par mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "attente {{40 min}} pr un renouvellement {{AAH}} alors ke c la {{MDPH}} ki decide... la dame etait perdue, l agent lui a imprimé une attestation de paiement et lui a donné le num de la mdph. rien d autre a faire pr elle ici",
    ),
    (
        "caf",
        "accueil_physique",
        "Dialogue au guichet 3 :\n— Vous avez votre numéro d'allocataire ?\n— Non, je l'ai pas sur moi. Je suis née le [[DDN:14 février 1979]].\n— Votre nom ?\n— [[P:Benhamou]]. [[P:B-E-N-H-A-M-O-U]].\n— Prénom ?\n— [[P:Nadia]].\nL'agent ([[P:Thierry]]) trouve le dossier en 30 secondes : n° [[ALLOC:2264810]]. Elle venait pour la {{prime d'activité}} qui a baissé de {{96 €}} ce mois-ci. Explication : les heures sup de décembre.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Roubaix}}. Jeune femme ukrainienne, Mme [[P:Oksana Kovalenko]], 2 enfants, arrivée en 2022. Elle croyait que la Caf versait l'{{ADA}} (c'est l'{{OFII}} en fait, l'agent a corrigé gentiment). Elle montre son titre de séjour, n° [[ID:5902137468]], pour ouvrir des droits aux {{allocations familiales}}. Tel pour le rappel : [[TEL:07 58 12 44 90]]. Traduction via {{Google Traduction}} sur le portable de l'agent, ca marche a moitié.",
    ),
    (
        "caf",
        "accueil_physique",
        "BORNE INFORMATIQUE EN PANNE DEPUIS {{9H}}. LES GENS FONT LA QUEUE POUR RIEN DEVANT. L'AGENT D'ACCUEIL ([[P:ROMAIN]]) LES RENVOIE VERS LE GUICHET MAIS IL EST SEUL. UNE DAME AGEE A FINI PAR S'ASSEOIR PAR TERRE. PERSONNE N'A APPELE LE TECHNICIEN AVANT {{10H45}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Saint-Denis}} (93). Vieux monsieur malien, {{81 ans}}, avec son petit-fils [[P:Moussa]] qui traduit en soninké. Déménagement pas déclaré donc {{APL}} bloquée depuis {{3 mois}}. Nouvelle adresse donnée à l'agent : [[ADR:14 allée Paul-Éluard, bât. C, 93200 Saint-Denis]]. Numéro alloc sur la lettre de la Caf : [[ALLOC:0982217]]. L'agent a fait la modif direct sur son poste, le petit-fils était soulagé. Le grand-père a juste dit « merci ma fille » à l'agente.",
    ),
    (
        "caf",
        "accueil_physique",
        'Motifs de visite, matinée (compté moi-même) :\n- attestation {{QF}} pour la cantine : 3\n- {{RSA}} suspendu : 2\n- {{ASF}} (pension alimentaire pas payée) : 1\n- "prime de naissance" pas reçue : 1 -> en fait versée au 7e mois\n- question sur la {{prime de Noël}} : 2 (en novembre !)\n- rdv avec une {{assistante sociale}} : 1\nTotal {{10 personnes}} en {{2h30}}.',
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[P:Da Costa]] (alloc n° [[ALLOC:1057723]]) veut changer de banque pour ses allocs. Nouveau RIB sorti de son sac : [[IBAN:FR76 1027 8060 7000 0214 5870 182]] ({{Crédit Mutuel}}). L'agent lui dit qu'elle peut le faire elle-même sur {{caf.fr}} mais elle n'a pas de mot de passe. Elle pense que son fils l'a changé. Ils le réinitialisent ensemble, code reçu par SMS sur son tel. 25 min pour ça.",
    ),
    (
        "caf",
        "accueil_physique",
        "etudiante en BTS a {{Tulle}}, [[P:Lou-Anne Vergne]], a cree son compte caf avec une adresse mail fausse : [[MAIL:louane.vergne19@gmial.com]] (au lieu de {{gmail}}), donc jamais recu les mails. l'agent retrouve le dossier (n° [[ALLOC:4406198]]), corrige et lui explique l'{{ALS}} pour son studio de 18 m2. elle ne savait meme pas qu'elle y avait droit.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Le Puy-en-Velay}}. Jeune couple, 1er bébé, famille [[P:Chabanon]]. Viennent pour la {{PAJE}} et le mode de garde (assistante maternelle). Le papa a garé sa {{Renault Kangoo}} devant l'entrée sur la place handicapé, l'agent de sécurité est venu le dire. Ambiance tendue 2 min puis ça va. Agente très pédagogue sur le {{CMG}}, elle dessine un tableau sur un post-it.",
    ),
    (
        "caf",
        "accueil_physique",
        "note vocale dictée : monsieur euh [[P:Nguyen Van Thanh]] virgule {{soixante-huit ans}} virgule vient demander le minimum vieillesse point l'agent lui explique que c'est la {{Carsat}} pas la caf point il avait déjà fait deux fois le trajet depuis {{Vénissieux}} point à la ligne il repart avec l'adresse de la carsat écrite sur un papier",
    ),
    (
        "caf",
        "accueil_physique",
        "Lu sur l'écran de l'agent (il me l'a tourné vers moi) :\n« ALLOCATAIRE : [[P:OUEDRAOGO Issouf]] — N° [[ALLOC:0651872]] — SITUATION : isolé — DROITS : {{RSA}} socle {{607,75}} — DERNIERE DTR : non reçue »\nDonc la DTR (déclaration trimestrielle) manquait, c'est pour ça que rien n'a été versé le {{5}}. Il la remplit sur place sur papier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce qui m'a frappée : la {{fontaine à eau}} vide depuis le matin, personne ne sait qui doit la remplir. Une dame avec un bébé a attendu {{1h10}} debout parce que les chaises ont été retirées « pour des raisons de sécurité » après un incident l'an dernier. L'accueil c'est aussi ça.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Morlaix}}. Apprenti boulanger, {{17 ans}}, vient seul demander l'APL pour une chambre. Il travaille à la {{Boulangerie Le Bihan}} depuis septembre, le patron M. [[P:Le Bihan]] lui a dit de venir « à la sécu pour le logement » (!). L'agent lui explique que mineur c'est compliqué, il faut ses parents. Il repart avec une liste de papiers.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique, {{3230}}. Appel 1 : dame de {{Vesoul}}, {{71 ans}}, appelle pour son petit-fils qu'elle héberge. L'agent demande le n° alloc : [[ALLOC:1904375]], puis la date de naissance du petit-fils : [[DDN:03/08/2004]]. Il est majeur donc l'agent ne peut rien lui dire. La dame insiste, « c'est moi qui paie tout ». Refus poli, on propose un rdv avec lui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel 4 : mr dit qu'il a envoyé ses fiches de paie 3 fois. agent verifie : rien recu. il demande qu on le rappelle, il est au travail sur un chantier. numero donné : [[TEL:06 45 21 78 09]]. l agent dit qu elle ne peut pas garantir le rappel aujourd hui. le mr raccroche. (il avait aussi donné sa nouvelle adresse au début : [[ADR:12bis rue jean jaures apt 5]], l agent l a notée)",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre {{14h}} et {{15h}} : {{23 appels}} en attente affichés sur l'écran du superviseur. Durée moyenne d'un appel {{7 min}}. Les agents enchaînent sans pause, casque sur la tête. Musique d'attente : {{Vivaldi}}, les Quatre Saisons, en boucle. Un agent me dit qu'il l'entend dans ses rêves.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appelant très énervé (crie, on l'entend à 1 m du casque). [[P:Mehdi]], l'agent, reste calme, baisse la voix. Il crie son matricule : « [[ALLOC:7 60 31 84]] ! ». L'homme veut une réponse par écrit, il dicte son adresse mail : [[MAIL:jeanmi.pouget arobase orange point fr]]. [[P:Mehdi]] répète, l'homme corrige « non, [[P:jean-mi]] sans tiret ». Fin de l'appel au bout de 18 min, il a remercié.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'assistante sociale du {{CCAS}} de {{Montceau-les-Mines}} appelle pour Mme [[P:Bouzid]] qui est hospitalisée. L'agent cherche le dossier avec le numéro de sécu : [[NIR:2 76 02 59 350 218 96]]. Trouvé. Question : est-ce que le {{RSA}} continue pendant l'hospitalisation ? Réponse : oui si moins de {{60 jours}}. Je ne savais pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "monsieur qui appele du Portugal, il est rentré au pays pour soigner sa mère et veut savoir si il garde l'{{AAH}}. agent : non si plus de 3 mois hors de France. il donne un num pour le rappeler : [[TEL:+351 912 487 365]]. appel difficile, ça coupe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Beaucoup d'appels sur la {{prime de Noël}} aujourd'hui (on est le {{12 décembre}}). Réponse type de l'agent : versement vers le {{15}}, {{152,45 €}} pour une personne seule au {{RSA}}, automatique, rien à demander. Certains appelants pensent que c'est la mairie qui la donne. Un monsieur veut absolument donner son numéro : « mon numéro c'est le [[ALLOC:2719046]], vérifiez que je suis dedans ». Il est dedans.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame qui dit avoir écrit 3 fois sur la page {{Facebook}} de la Caf sans réponse. Son pseudo : [[ID:@nanou_des_vosges]]. L'agent explique que la Caf ne traite pas les dossiers sur les réseaux sociaux. Elle : « alors pourquoi vous avez une page ». Silence. Bonne question en fait.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un jeune homme qui lit son IBAN d'une traite avant que l'agente puisse l'arrêter : « [[IBAN:FR76 3000 4008 1200 0104 5618 289]] ». L'agente ([[P:Marie-Laure]]) lui explique qu'on ne modifie pas les coordonnées bancaires par téléphone, question de sécurité, il faut passer par l'espace perso. Il n'a pas été content.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause de 10h30 avec l'équipe. Ils m'expliquent qu'ils ont {{6 semaines}} de formation avant de prendre des appels seuls, et qu'on leur demande de « décrocher en moins de {{5 minutes}} ». Le plus dur selon eux : les appels de fin de mois quand les gens n'ont plus rien. Aucun cas individuel ce créneau-là.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel du bailleur {{Habitat 25}} pour le tiers payant de l'APL d'un locataire, M. [[P:Ferhat Aksoy]]. Ref locataire chez le bailleur : [[ID:L-004512-03]]. L'agent n'a pas le droit de tout dire au bailleur, il confirme seulement que le dossier est « en cours d'étude ». Le bailleur menace de lancer une procédure d'impayés.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelante qui a du mal à parler français, donne sa date de naissance en toutes lettres en la cherchant sur son papier : « née le [[DDN:vingt-trois mai mille neuf cent quatre-vingt-dix]] ». Nom : Mme [[P:Keita Aminata]] (elle dit le nom d'abord). L'agent parle lentement, répète, reformule. {{12 min}} pour un changement de situation (séparation).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "ecoute double avec [[P:Jordan]], {{26 ans}}, agent depuis 1 an. appel d'une mamie de la {{Creuse}} qui veut savoir pkoi sa petite fille touche pas les allocs pour le bébé. il explique la {{PAJE}}, les plafonds. elle donne le n° alloc de la petite : [[ALLOC:5531907]], il ne peut rien dire de précis. elle dit « de mon temps c'était plus simple ». il rigole. bon moment.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[P:Patrice]], contrôleur assermenté. Ferme isolée, [[ADR:lieu-dit La Borie Haute, 15140 Salers]]. Couple au {{RSA}}, on vérifie s'ils vivent bien ensemble (déclarés séparés). Dans la cour une voiture immatriculée [[IMMAT:FG-482-LT]] au nom de monsieur. [[P:Patrice]] regarde les brosses à dents, le courrier sur la table. Je me sens mal à l'aise. Durée {{1h20}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e visite : appartement à {{Mulhouse}}, quartier {{Bourtzwiller}}. Mme [[P:Rachida Amrani]], [[ADR:27 rue des Tanneurs, appt 12]]. Contrôle de l'{{APL}} : on vérifie le bail et qu'elle habite bien là. Dans la cour, sa voiture, une {{Clio}} immatriculée en Allemagne ([[IMMAT:LÖ-KA 382]]), « à mon frère ». Elle nous offre le thé. Le contrôleur remarque que le nom du propriétaire sur le bail n'est pas le même que sur les quittances. À creuser, dit-il.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Journée de contrôle = beaucoup de route. On a fait {{96 km}} ce matin pour 2 visites. Le contrôleur m'explique que les dossiers sont « ciblés » par un algorithme de risque, il ne sait pas vraiment comment il marche. Il dit que {{7 contrôles sur 10}} ne donnent rien. Repas au relais routier de {{Riom-ès-Montagnes}}, {{14,50 €}} le menu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Colocation étudiante à {{Poitiers}}, contrôle de l'{{ALS}}. Sur la boîte aux lettres : [[P:Inès M.]], [[P:Tom Garnier]], [[P:Yassine]]. Seul [[P:Tom]] est là, en pyjama à 11h. Il montre sa chambre, ses affaires. Le contrôleur lui demande combien il paie : {{380 €}} charges comprises. Visite de {{15 min}}, rien à signaler.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mobil-home au camping {{Les Flots Bleus}}, à la sortie de {{Royan}}. Sur le dossier : M. [[P:Gaston Rivière]], n° alloc [[ALLOC:3004519]]. Il vit là à l'année, déclare ça comme résidence principale. Vieille voiture, plaque ancien format [[IMMAT:4521 WZ 17]]. Le contrôleur vérifie que le gérant du camping accepte la résidence à l'année (sinon pas d'APL). Le gérant, M. [[P:Roussel]], signe une attestation sur un coin de table.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Petite exploitation de chèvres près de {{Die}}. Dossier passé de la {{MSA}} à la Caf l'an dernier et c'est le bazar. Ancien numéro MSA sur un courrier : [[ALLOC:0451238907]]. L'agriculteur, M. [[P:Arnaud Reboul]], ne comprend pas pourquoi il a deux numéros. Le contrôleur non plus franchement. Une chèvre m'a mangé un coin de carnet pendant qu'on parlait.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Recopié du formulaire que remplit le contrôleur :\nRAPPORT D'ENQUETE\nAllocataire : [[P:PEREIRA Manuel]]\nNIR : [[NIR:1 77 04 08 105 033 20]]\nAdresse : [[ADR:3 impasse des Vignes 08000 Charleville-Mézières]]\nObjet : {{contrôle ressources}} (activité non déclarée suspectée)\nÉléments : virements réguliers depuis un compte belge [[IBAN:BE91 0631 2045 8776]], camionnette immatriculée en Belgique [[IMMAT:1-VQH-427]]\nConclusion : à compléter\nLe contrôleur remplit ça dans la voiture après la visite.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Personne. Porte fermée, volets fermés. Une voisine dit par la fenêtre qu'ils « partent tôt au boulot ». Avis de passage laissé dans la boîte. On revient à 16h30 : pareil. Le contrôleur dit qu'on enverra un courrier de convocation. Pour moi c'est {{2h}} de route pour rien, pour lui c'est « normal, un jour sur trois ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Famille turque, le père ne parle pas français, la fille [[P:Elif]] ({{14 ans}}) traduit tout, y compris les questions sur les revenus. Gênant. Le bail est au nom de [[P:YILMAZ Hasan]]. Sur le relevé bancaire posé sur la table je vois l'IBAN [[IBAN:FR76 1380 7000 4132 0216 0471 953]]. Le contrôleur photographie le relevé avec la tablette.",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[P:Hocine Mebarki]], {{66 ans}}, au {{RSA}}. Contrôle sur la condition de résidence : il part souvent en Algérie. Il sort son passeport, le contrôleur recopie le n° [[ID:197845632]] et compte les tampons. 5 mois et demi hors de France l'an dernier, c'est au-dessus de la limite. M. [[P:Mebarki]] pleure presque, sa femme est enterrée là-bas.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur le pas de la porte :\n— Bonjour madame, contrôle Caf. Vous vivez seule ?\n— Oui.\n— Et M. [[P:Lucas Fontaine]], il habite ici ?\n— C'est le père de mes enfants, il passe les voir.\nLe contrôleur note « présence régulière ». Dans l'entrée, une {{fontaine}} à chocolat encore dans son carton, cadeau d'anniversaire du petit. Je ne sais pas pourquoi ce détail me reste.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Cayenne}}. Contrôle de résidence chez une famille surinamaise, quartier {{Mont-Baduel}}. Adresse difficile à trouver, pas de numéro sur les maisons, le contrôleur appelle la dame pour qu'elle sorte : [[TEL:06 94 27 83 15]]. Elle s'appelle Mme [[P:Pinas]]. Enfants scolarisés, certificats de scolarité vérifiés. Chaleur écrasante, on a bu {{2 litres}} d'eau chacun.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dans le {{Jura}}, au-dessus de {{Morez}}. M. et Mme [[P:Vuillermoz]], tous deux en invalidité, {{AAH}} pour monsieur. Dossier [[ALLOC:0318874]]. Rien d'anormal. Le contrôleur note le numéro fixe pour le dossier : [[TEL:03 84 33 18 72]]. Ils nous montrent les lunettes qu'il fabriquait avant, chez {{L'Amy}}. Ils ont gardé une boîte pleine.",
    ),
    # ---------------------------------------------------------------- cpam
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Guéret}}, agence ouverte le matin seulement. Monsieur {{80 ans}} passés a perdu sa carte vital (sic, c'est moi qui écrivais « vital » avant aujourd'hui). L'agente lui fait la demande en ligne à sa place. Numéro de sécu relevé sur une vieille attestation : [[NIR:1 58 11 15 014 027 21]]. Il faut une photo : il n'en a pas. Elle lui indique le photomaton du {{Leclerc}}. Il dit qu'il n'y va pas à pied.",
    ),
    (
        "cpam",
        "accueil_physique",
        "J'ai noté « CMU » toute la matinée, l'agent m'a repris : ça s'appelle la {{complémentaire santé solidaire}} ({{C2S}}) maintenant. Mme [[P:Fatoumata Camara]] vient la renouveler, 3 enfants. Elle donne son mail pour les notifications : [[MAIL:fatou.camara93@hotmail.fr]]. Dossier complet du premier coup, rare selon l'agent.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Les bornes {{ameli}} dans le hall : 2 sur 3 marchent. Les gens viennent surtout imprimer une {{attestation de droits}}. Un conseiller « volant » aide les gens à la borne. Sur 1h j'ai compté {{19 passages}} à la borne, {{4}} au guichet. Aucun souci particulier, juste beaucoup de monde et pas assez de chaises.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame géorgienne, demande d'{{AME}} ({{aide médicale d'État}}). Elle est domiciliée administrativement au {{CCAS de Nantes, 1 bis place Saint-Similien}} (l'agent dit que c'est fréquent). Passeport géorgien n° [[ID:17AB04529]], entrée en France il y a plus de 3 mois, ok. Elle tousse beaucoup, l'agent lui conseille la {{PASS}} de l'hôpital en attendant. Interprète par téléphone ({{ISM}}), {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "mr [[P:Grégory Lenoir]] caissier chez {{Intermarché}}, arret de travail de {{3 semaines}}, pas touché d'IJ depuis 1 mois. agent regarde : l'attestation de salaire de l'employeur n'est pas arrivée. il donne son num secu sans espace : [[NIR:180113306328725]]. l agent envoie une relance à l employeur devant lui, et vérifie le rib enregistré : [[IBAN:FR76 3000 3021 7000 0509 3884 666]], c'est le bon. il dit « c'est toujours la faute des autres chez vous ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Retraité ancien instit, il vient parce que sa mutuelle ne rembourse plus ses lunettes. Il montre sa carte : mutuelle {{MGEN}} n° [[ID:2407518863]]. L'agent lui explique que ce n'est pas la Cpam qui gère la mutuelle, mais vérifie quand même que la télétransmission (« {{Noémie}} ») est active. Elle ne l'était pas. Problème réglé en {{5 minutes}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune homme qui vient d'avoir {{18 ans}}, veut « sa propre carte ». Le formulaire qu'il a rempli à la main : nom [[P:Ait Ouarab]], prénom [[P:Rayan]], date de naissance [[DDN:2006-09-14]] (il a écrit au format ISO, il est en BTS SIO). L'agent sourit. Il faut aussi ouvrir un compte ameli, il le fait sur son téléphone en 3 min.",
    ),
    (
        "cpam",
        "accueil_physique",
        "dicté en marchant : jeune maman avec bébé de {{trois semaines}} faut rattacher le bébé sur la carte des deux parents, la maman s'appelle [[P:Jade Moreau]] et le bébé aussi s'appelle euh [[P:Lina]], l'agent tape le numéro de sécu de la maman [[NIR:298114410925072]], explique qu'on peut rattacher aux deux, la maman savait pas, elle a payé le pédiatre {{30 euros}} sans être remboursée",
    ),
    (
        "cpam",
        "accueil_physique",
        "Changement d'organisation ici : accueil sur rendez-vous l'après-midi. Les gens qui viennent sans rdv sont renvoyés vers la borne ou le {{3646}}. L'agent de sécurité fait le tri à l'entrée. Un monsieur a dit : « je suis venu en bus de {{Bourganeuf}}, {{1h}} de trajet ». On l'a pris quand même : carte vitale pas à jour, il avait son numéro de sécu écrit sur un papier plié en quatre, [[NIR:1 55 07 23 076 112 77]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "La {{pharmacie du Centre}} a envoyé une dame avec un mot écrit à la main : « merci de mettre à jour sa carte vitale, droits fermés ». Mme [[P:Josiane Marchal]], née le [[DDN:11.04.1947]]. En fait ses droits étaient ouverts, c'est la carte qui n'était pas à jour. L'agent met à jour sur la borne avec elle. Elle repart avec un sourire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant espagnol en Erasmus à {{Toulouse}}, [[P:Pablo Herrera Ruiz]]. Il a une {{carte européenne}} (CEAM) mais la pharmacie la refuse. Il montre son DNI espagnol [[ID:48572913K]]. L'agent explique qu'il doit avancer les frais et demander le remboursement. Il veut être remboursé sur son compte espagnol : [[IBAN:ES26 0182 4517 3802 0159 4762]]. Discussion en anglais/espagnol/français, très drôle, tout le monde fait des efforts.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Lens}}, ancien mineur, pension d'invalidité + problèmes de silicose. Il a son dossier « Sécurité sociale dans les mines » ({{CANSSM}}) et ne sait plus qui fait quoi. Moi non plus. L'agent lui explique pendant {{20 minutes}} avec patience. Il a fini par dire : « à la mine au moins on savait qui était le chef ». Aucun papier perso vu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Conseillère, [[P:Nathalie Duvivier]], {{54 ans}}, 30 ans de Cpam. Monsieur [[P:Kouassi]] veut changer son adresse : [[ADR:8 rue Fernand-Léger 59300 Valenciennes]]. Elle fait la modif, ajoute son mail : [[MAIL:kouassi.ange(at)yahoo.fr]] (il l'écrit comme ça sur le papier), puis vérifie son RIB pour les remboursements : [[IBAN:FR76 1600 6310 4200 0518 7321 455]]. Tout ça en {{6 min}}. Elle me dit que la moitié de son travail c'est « des mises à jour ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, {{Saint-Étienne}}. Premier appel : assurée qui veut savoir où en est son remboursement de kiné. Elle dicte son numéro de sécu en chiffres lus un par un, l'agent tape : [[NIR:2 60 04 63 113 027 54]]. Remboursement fait il y a 2 jours, {{38,40 €}}. Appel de {{3 min}}. L'agent : « les plus faciles ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : monsieur en arrêt maladie depuis {{6 semaines}}, son employeur ({{Transports Girard}}) dit qu'il n'a rien reçu. L'agent vérifie : les IJ sont bien versées. Le monsieur dit que c'est M. [[P:Girard]] lui-même qui lui a dit de rappeler. Subrogation, maintien de salaire… je n'ai pas tout compris, lui non plus je crois.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "APPEL D'UNE DAME TRES AGEE QUI CROIT APPELER SON MEDECIN. ELLE VEUT UN RDV. L'AGENT ([[P:KARIM]]) LUI EXPLIQUE DOUCEMENT QU'IL EST A L'ASSURANCE MALADIE. ELLE DIT « AH BON ALORS VOUS POUVEZ ME DIRE SI JE SUIS REMBOURSEE ». IL REGARDE. OUI. ELLE EST CONTENTE. {{8 MIN}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assurée qui veut qu'on lui envoie un formulaire par mail plutôt que par courrier : [[MAIL:m.lefloch.brest@laposte.net]]. L'agent ne peut pas envoyer par mail classique, seulement via la messagerie du compte {{ameli}}. Elle n'a pas de compte. On lui envoie par la poste, {{5 jours}}. Elle soupire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Changement d'adresse par téléphone, monsieur qui a déménagé de {{Brive}} à {{Tulle}} : nouvelle adresse [[ADR:Résidence les Saules, bâtiment B, 19000 Tulle]]. L'agent dit que le changement de caisse n'est pas nécessaire, même département. Il demande aussi sa date de naissance pour vérifier : [[DDN:2 juillet 1983]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute de 10h à 11h : 9 appels. Thèmes : 3 remboursements, 2 cartes vitales, 1 arrêt de travail, 1 {{C2S}}, 1 maternité, 1 « je ne sais pas pourquoi j'appelle, on m'a dit d'appeler ». Temps d'attente annoncé aux appelants : « moins de {{10 minutes}} ». Réel : {{18}} en moyenne d'après l'agent.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Numéro de sécu donné par un homme né à l'étranger (il le lit sur sa carte) : [[NIR:1 62 09 99 352 048 71]]. L'agent m'explique après que le 99 c'est pour les personnes nées hors de France. Il appelait pour une pension d'invalidité qui ne tombe pas. Dossier en attente d'un document de son ancienne caisse marocaine.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "apel d un mr qui veut mettre un nouveau rib, il le dicte mais l'agent l'arrete : pas par tel. il l a quand meme dit en entier : [[IBAN:FR76 1751 5900 0008 2133 4760 215]]. l agent lui dit d envoyer par la messagerie ameli avec un justificatif. il a dit « mais je vous l ai donné là » !",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'{{EHPAD Les Tilleuls}} appelle pour une résidente, Mme [[P:Raymonde Bastide]], {{94 ans}}, dont la carte vitale est perdue. La secrétaire de l'EHPAD donne le numéro de sécu : [[NIR:2 47 11 19 272 006 55]]. L'agent accepte de faire la demande de nouvelle carte, envoi à l'EHPAD. Il faut une photo, « on va la prendre à l'animation », dit la secrétaire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appelant handicapé (malentendant ?), il parle très fort. L'agent lui propose le service en visio-LSF, il ne connait pas. Il veut qu'on le rappelle sur le portable de sa sœur : [[TEL:06 1 2345 678]] (c'est comme ça qu'il l'a dit, groupé bizarrement). Sa sœur s'appelle [[P:Chantal]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une femme enceinte, {{5 mois}}, qui n'a pas déclaré sa grossesse. L'agent lui explique que c'est le médecin ou la sage-femme qui le fait en ligne. Elle ne savait pas. Elle demande si elle aura la « prime bébé de la Caf » : l'agent dit que c'est la Caf, pas nous, mais donne le {{3230}}. Pour trouver son dossier, numéro de sécu lu sur son appli : [[NIR:2 99 01 99 134 076 33]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente ([[P:Sabrina]]) a une collègue nouvelle à côté, elles échangent entre les appels. Appel d'un M. [[P:Vandenbussche]] (il épelle : [[P:V-A-N-D-E-N-B-U-S-S-C-H-E]]), qui veut la liste de ses remboursements sur 1 an pour les impôts. Envoi du relevé à l'adresse du dossier. Il insiste et dicte quand même son mail, [[MAIL:vdb.jacques@sfr.fr]]. Non.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur qui appelle depuis une cabine (si si, ça existe encore, à {{Saint-Flour}}). Pas de portable. Il veut savoir si son transport en taxi conventionné pour la dialyse sera remboursé. Oui, avec la prescription. On lui dit de rappeler, il dit « non je rappelle pas, je viendrai ». Je n'ai rien d'identifiant, juste ce dialogue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame qui appelle de la part de son mari décédé le mois dernier, pour le capital décès. Elle donne la date de naissance du mari : « le [[DDN:premier mars 1955]] ». Nom : [[P:Ginette Pradel]], veuve [[P:Pradel]]. L'agent est très doux, il lui dit les papiers à envoyer et lui laisse le temps de noter. Le capital sera versé sur le compte joint, elle lit l'IBAN sur son chéquier : [[IBAN:FR76 1130 6000 3041 2578 1200 358]]. Elle le remercie trois fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Je suis avec un agent de contrôle des arrêts de travail (il dit « agent enquêteur »). Visite au domicile d'un salarié en arrêt, heures de présence obligatoires {{9h-11h}} et {{14h-16h}}. Adresse : [[ADR:41 rue du Faubourg-Saint-Jacques, 24000 Périgueux]]. M. [[P:Bruno Lacoste]] est là, il ouvre en béquilles. L'agent vérifie le NIR sur sa tablette : [[NIR:185092A00403118]]. Contrôle de {{4 min}}. « Souvent c'est comme ça », dit l'agent.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie, personne absente à {{10h20}}. Voisin : « il est parti au marché ». L'agent note l'absence, un courrier partira. Le salarié a {{48h}} pour justifier. On reste 10 min dans la voiture, l'agent me dit qu'il ne fait pas ce métier pour « attraper les gens ». Je ne note pas l'adresse.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile pour la {{Mission accompagnement santé}} : une dame qui renonce aux soins dentaires depuis 5 ans faute d'argent. Mme [[P:Sandrine Pouliquen]], [[ADR:lotissement Ker Avel, 7 rue des Mouettes, 29120 Pont-l'Abbé]]. L'agente l'aide à trouver un dentiste qui prend la {{C2S}}. Elle donne son portable : [[TEL:06.71.34.52.18]]. Elle a pleuré de soulagement.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sortie avec une déléguée de l'assurance maladie (DAM) dans un cabinet médical de {{Lodève}}. Elle présente aux médecins les chiffres de prescription d'antibiotiques. Le Dr [[P:Salvat]] est aimable mais pressé, la Dr [[P:Aurélie Nogaret]] pose plein de questions. Aucun patient vu. Le cabinet a {{3 généralistes}} pour tout le canton, ils ne prennent plus de nouveaux patients.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle sur la résidence pour la {{C2S}} : un couple de retraités portugais qui vit 6 mois au Portugal. Sur la table, une lettre de la banque au Portugal avec un IBAN [[IBAN:PT50 0035 0697 0000 4782 1325 7]]. L'agent la photographie. M. [[P:Joaquim Ferreira]] dit « mais j'ai cotisé 40 ans ici ». C'est vrai. La règle est la règle, dit l'agent, mais il a l'air mal.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Action de prévention dans une école de {{Ploërmel}} (M'T dents) : l'agente explique le brossage aux CP. Aucun nom, juste une classe de {{24 élèves}}, une maîtresse très impliquée. Distribution de brosses à dents et de dépliants. On m'a dit que ça aussi c'était du « sur place ». Agréable et fatiguant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail chez un artisan maçon, [[P:Florian Guillou]], en arrêt pour le dos. Il est dans son jardin en train de bêcher. L'agent note. Le camion de l'entreprise ({{Guillou Bâtiment}}) est garé devant, plaque [[IMMAT:GH-715-PB]]. L'artisan dit qu'il ne travaille pas, qu'il jardine « pour la rééducation ». Discussion tendue.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Sur la fiche de contrôle que l'agent remplit sur sa tablette :\nNom : [[P:TRAORE]]\nPrénom : [[P:Aïssata]]\nNIR : [[NIR:2 85 05 06 088 301 84]]\nDate de naissance : [[DDN:17/05/1985]]\nPrésente : OUI\nObservations : RAS\nTemps de trajet jusqu'ici {{25 min}} depuis {{Nice}} centre.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de visite à domicile aujourd'hui : journée dans une {{maison France services}} à {{Bourg-Argental}}, la Cpam y tient une permanence un jeudi sur deux. Les gens viennent pour tout, pas seulement la santé : impôts, carte grise, Caf. L'agent fait ce qu'il peut. Un monsieur veut refaire sa carte grise, il montre la vieille : [[IMMAT:AK-226-NB]], au nom de [[P:Bernard Peyrard]]. L'agent l'aide sur le site de l'{{ANTS}}. {{11 personnes}} vues. Personne ne savait que c'était la Cpam.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite pour une enquête sur un accident du travail, chez un employeur : {{Scierie Vidal}}, à la sortie du village. Le salarié blessé ([[P:Théo Marty]], {{23 ans}}) s'est coupé la main. Le patron, M. [[P:Vidal]], montre la machine. L'agent prend des photos, des mesures. Le patron répète « je lui avais dit de mettre les gants ». Sciure partout, odeur de pin.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Arrêt maladie contrôlé à {{Sarcelles}}, [[ADR:12 avenue du 8-Mai-1945, escalier 4, 95200 Sarcelles]]. Mme [[P:Yasmina Cherif]] est là, en pyjama, très fatiguée. Son fils de {{10 ans}} est à la maison aussi. L'agent reste sur le palier, pose 3 questions, repart. Dans l'ascenseur il dit : « on contrôle surtout les arrêts courts et répétés ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle dans un hameau au-dessus de {{Barcelonnette}}, GPS perdu, on demande à un berger. Le salarié en arrêt, M. [[P:Eymard]], nous voit arriver de loin. Présent. Sa vieille {{Lada Niva}} est garée devant, plaque ancienne [[IMMAT:3127 VL 04]]. Il nous offre un café, nous parle de ses brebis. Son numéro de téléphone noté par l'agent au cas où : [[TEL:04 92 81 06 37]]. {{2h}} aller-retour pour 10 min de contrôle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Permanence « hors les murs » dans un foyer {{Adoma}} à {{Montreuil}}, avec une conseillère Cpam. Beaucoup de chibanis, anciens ouvriers, {{70-85 ans}}. Ils viennent avec des enveloppes pleines de courriers. M. [[P:Diakité]] a sa carte vitale périmée depuis 2016 ; numéro relevé : [[NIR:1 49 06 57 463 101 60]]. Né en Moselle en fait, pas au Mali comme je croyais. La conseillère me dit que ce genre de permanence évite des mois de galère.",
    ),
    # ---------------------------------------------------------------- ccas
    (
        "ccas",
        "accueil_physique",
        "CCAS d'{{Issoudun}}, {{9h}}. Premier rdv : monsieur de {{58 ans}}, facture {{EDF}} impayée de {{487 €}}, coupure annoncée. Réf client EDF lue sur la facture : [[ID:6 004 512 879]]. L'agente ([[P:Corinne]]) monte un dossier d'aide facultative + {{FSL}} énergie (n° Caf demandé pour le QF : [[ALLOC:4087326]]). Il me dit qu'il chauffe une seule pièce. Elle appelle EDF devant lui pour suspendre la coupure, {{22 min}} d'attente au téléphone.",
    ),
    (
        "ccas",
        "accueil_physique",
        "domiciliation : jeune gars a la rue depuis 2 mois, [[P:Dylan Hoarau]] ne a la reunion, veut une adresse pour recevoir son courrier et faire son RSA. l agent remplit le cerfa, lui donne l adresse du ccas pour le courrier. date de naissance sur sa carte d identite [[DDN:06/12/2001]], num carte [[ID:X4RTB7PW2]]. il est inscrit a pole emploi (il dit encore pole emploi) : [[FT:5590714G]]. ca a pris {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du CCAS (ouverte mardi et vendredi). Les gens paient {{10 %}} du prix. Ce matin : pâtes, conserves, produits d'hygiène, un peu de frais (yaourts {{Danone}} donnés par le {{Carrefour Market}}). Bénévoles retraités très gentils. Une maman dit qu'elle vient « pour les couches ». Je n'ai noté aucun nom volontairement.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Decazeville}}. Dame de {{76 ans}}, veuve de mineur, vient demander de l'aide pour remplir le dossier d'aide sociale pour l'{{EHPAD}} de son frère (ASH). Frère : M. [[P:Marcel Bousquet]], né le [[DDN:8 octobre 1939]], numéro de sécu [[NIR:1 39 10 12 145 009 15]]. L'agent lui explique l'obligation alimentaire des enfants : le frère n'en a pas. Elle est rassurée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de logement social : l'agent aide Mme [[P:Soilihi]] à mettre à jour sa demande en ligne. Numéro unique de demandeur : [[ID:0691223017852A0041]]. Elle attend depuis {{4 ans}} un T3 à {{Vaulx-en-Velin}}. 2 refus pour cause « d'étage trop haut » (son fils est en fauteuil). L'agent soupire : « ça peut encore durer ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "TRES GROSSE AFFLUENCE, DISTRIBUTION DES COLIS DE NOEL POUR LES ANCIENS ({{PLUS DE 70 ANS}}). FILE DANS LE COULOIR JUSQU'A LA MAIRIE. FOIE GRAS, CHOCOLATS, UNE BOUTEILLE DE {{GAILLAC}}. LES GENS DISCUTENT, C'EST PRESQUE UNE FETE. LE MAIRE PASSE SERRER DES MAINS. PAS DE CAS INDIVIDUEL.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[P:Abdelkader Sahraoui]] vient pour une aide à la cantine de ses 3 enfants. L'agent demande son numéro Caf pour le quotient familial : [[ALLOC:3317705]]. QF = {{412}}, tarif le plus bas : {{0,80 €}} le repas. Il a pleuré un peu en disant qu'il a perdu son boulot chez {{Stellantis}} (inscrit à France Travail depuis la semaine dernière, identifiant [[FT:0873192Z]]). L'agent lui tend une boîte de mouchoirs déjà prête sur le bureau.",
    ),
    (
        "ccas",
        "accueil_physique",
        "petite commune (900 hab), le CCAS c'est la secrétaire de mairie le jeudi. Mme [[P:Lucienne Berthier]], {{88 ans}}, vient demander la téléassistance. La secrétaire ([[P:Valérie]]) connait toute sa famille. Elle remplit le dossier : tel du fils à prévenir en cas de chute [[TEL:06 82 47 11 30]]. « Il est à {{Clermont}}, il vient le dimanche ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de bons alimentaires. Le monsieur parle roumain, l'agent utilise une appli de traduction. Nom sur son passeport : [[P:POPESCU Ionuț]]. Il travaille « au noir » dans le bâtiment et n'a pas été payé ce mois-ci. Il montre un relevé de sa banque roumaine pour prouver qu'il n'a rien dessus : [[IBAN:RO68 BRDE 445S V750 0391 4470]]. L'agent lui donne des bons {{Lidl}} de {{40 €}} et l'adresse des {{Restos du Cœur}}. Il remercie en français : « merci beaucoup madame ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide au permis : jeune de {{19 ans}} d'un village à {{25 km}}, pas de bus, il a trouvé un CDI dans un élevage de volailles mais sans permis impossible. Le CCAS finance une partie de l'auto-école ({{400 €}}). Il s'appelle [[P:Enzo]] et il est très timide. Son mail pour la convocation : [[MAIL:enzo.brunel.21@gmail.com]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour des obsèques : une dame n'arrive pas à payer l'enterrement de son mari. Les pompes funèbres ({{Roc-Eclerc}}) demandent {{3 200 €}}. Le CCAS peut prendre en charge partiellement. L'agente est d'une grande douceur. Je n'ai pas eu le cœur de noter quoi que ce soit d'autre. Je suis sorti 5 minutes après.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil du CCAS de {{Marseille}}, antenne du {{13e}}. Tickets numérotés : j'ai eu le {{B47}}, on en était au {{B12}}. L'usager avant moi ([[P:Kamel]], il le dit fort) vient pour une aide au loyer, son propriétaire M. [[P:Zerbib]] menace de l'expulser. Adresse du logement : [[ADR:112 chemin de Sainte-Marthe, 13014 Marseille]]. L'agent l'oriente vers l'{{ADIL}}. Si l'aide est accordée, elle sera versée au propriétaire : IBAN de M. [[P:Zerbib]] recopié sur le formulaire, [[IBAN:FR76 1333 5003 0108 0034 6157 773]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un couple âgé demande une place en résidence autonomie. Ils donnent leurs dates de naissance : lui [[DDN:12/03/1936]], elle [[DDN:27/11/1939]]. Nom : M. et Mme [[P:Lambert]]. 63 ans de mariage. Liste d'attente : {{8 mois}}. La dame dit : « à notre âge, 8 mois c'est long ». L'agent ne sait pas quoi répondre.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS, {{registre canicule}} (on est en juillet, {{38°}} annoncés). Appel de la fille d'une dame seule : elle veut l'inscrire. Nom : Mme [[P:Odette Charrier]], adresse [[ADR:5 rue des Jardins, 36100 Issoudun]], tel fixe [[TEL:02 54 21 76 03]]. L'agent explique que des bénévoles appelleront tous les jours pendant l'alerte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un bailleur ({{Logiest}}) : un locataire âgé ne répond plus à la porte depuis une semaine, le courrier s'accumule. L'agent du CCAS prend les infos : M. [[P:René Wojcik]], {{82 ans}}. Elle appelle tout de suite la police municipale pour une visite. (Suite apprise l'aprèm : il était à l'hôpital.)",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel d une dame qui veut « le chek energie du ccas ». l'agent explique que le chèque énergie c'est l'État, envoyé automatiquement, pas le ccas. elle dit qu'elle l'a jamais reçu, elle me lit même son numéro caf pour prouver ([[ALLOC:5120438]]), ce qui n'a rien à voir. l'agent donne le numéro vert. {{6 min}}. j avais moi aussi cru que c'etait le ccas",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour une aide pour sa facture d'eau ({{Veolia}}). Il donne son numéro d'abonné : [[ID:24 0038 7712]], puis son nom : [[P:Gomes]], [[P:Antonio Gomes]]. L'agente lui donne un rdv jeudi {{14h}}. Il demande s'il peut venir avec sa femme parce qu'il ne lit pas bien. Bien sûr.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale de secteur (Département) appelle pour une famille en commun : elle donne le mail de la maman pour le suivi : [[MAIL:mukendi.grace@yahoo.fr]]. Famille [[P:Mukendi]], 4 enfants, sortie d'hôtel social, arrivée dans un T4 à {{Saint-Dizier}}. Il manque tout : lits, frigo. L'agent prépare une demande à {{Emmaüs}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{12h15}} : le standard passe en répondeur, l'agente mange un sandwich à son bureau et écoute les messages en même temps. 6 messages. Elle rappelle tout le monde l'après-midi. Elle me dit qu'ils sont {{3}} pour une ville de {{25 000 habitants}}. Pas de données notées sur ce créneau.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du gérant du {{Super U}} du quartier : une cliente âgée vient tous les jours acheter une baguette et semble perdue. Il donne son nom : « Mme [[P:Quéré]], je crois, elle habite au [[ADR:3 rue de Pen Ar Créac'h]] ». L'agent note et organise une visite. Je trouve ça beau, cette vigilance de quartier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Monsieur qui appelle, très agité, il ne veut pas donner son nom, il dit qu'il a faim. L'agente lui donne les horaires de la distribution des {{Restos du Cœur}} ({{mardi 14h}}) et de la {{Croix-Rouge}} ({{jeudi}}). Il raccroche. Elle me dit que c'est souvent comme ça, la honte. Aucune info perso.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel d une infirmiere liberale pour une patiente qui refuse le portage de repas. infirmiere : Mme [[P:Rakotomalala]] hmm non c'est la patiente qui s'appelle comme ça je crois, l infirmière c'est [[P:Claire]]. patiente {{91 ans}}, diabétique, mange que des biscuits. l'agent propose une visite à deux.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dialogue (haut-parleur, avec accord) :\n« Bonjour c'est pour la carte de bus gratuite des retraités.\n— Vous avez quel âge monsieur ?\n— {{67 ans}}.\n— Et vous êtes imposable ?\n— Non.\n— Alors oui. Il faut venir avec votre avis d'impôt et une photo.\n— Vous me rappelez si ça change ? C'est le [[TEL:zéro quatre soixante-dix-huit douze trente-trois zéro neuf]].\n— D'accord.\n— Je peux pas envoyer par mail ? [[MAIL:dede.marchetti@free.fr]]\n— Non monsieur, il faut venir, désolée. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une mère appelle pour la bourse communale pour le BAFA de sa fille ([[P:Lilou]], {{17 ans}}). L'agent demande le numéro allocataire pour le QF : elle le lit, [[ALLOC:0 872 114]] (avec des espaces bizarres). Aide de {{150 €}}. Dossier à envoyer avant le {{30 avril}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Lure}} : une femme victime de violences a été hébergée en urgence cette nuit. Ils veulent savoir si le CCAS peut payer 2 nuits d'hôtel de plus. Le gendarme donne son propre portable pour le suivi : [[TEL:06 07 38 91 24]], adjudant [[P:Mougenot]]. Il demande aussi que l'hôtel signale le véhicule du conjoint s'il rôde : [[IMMAT:DW 882 JL]]. L'agente dit oui tout de suite, elle verra avec l'élu après.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel : Mme [[P:Nowak]] demande si la mairie peut l'aider à payer la cantine, elle se trompe de service, c'est la Caf qu'elle veut (elle parle de l'ARS !!! -> en fait l'{{ARS}} = {{allocation de rentrée scolaire}}). L'agent lui donne le {{3230}}. Je découvre que ARS veut dire deux choses.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide ménagère, {{Clamecy}}. Dame seule, {{84 ans}}, maison de bourg avec escalier raide. Mme [[P:Germaine Pichon]], [[ADR:17 rue du Grand-Marché, 58500 Clamecy]]. L'agente évalue : toilette ok, courses difficiles, ménage impossible. Elle propose {{4 h}} par semaine. Un chat énorme dort sur la télé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée canicule avec deux bénévoles et une agente. On frappe chez les inscrits du registre. Chez M. [[P:Ahmed Boudjemaa]], {{79 ans}}, {{34°}} dans l'appartement, volets ouverts. L'agente ferme les volets, remplit une bouteille d'eau, lui explique. Il rit : « en Algérie on faisait pareil ». On repassera demain.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement signalé pour insalubrité avec le service hygiène de la ville. Moisissures partout, chambre des enfants noire au plafond. Locataire : Mme [[P:Kamara]], 3 enfants dont un asthmatique. Propriétaire privé : sur la quittance, c'est la {{SCI du Vieux Port}}, pas un nom de personne. Le technicien mesure l'humidité : {{85 %}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Livraison du portage de repas avec [[P:Didier]], agent du CCAS, {{22 repas}} ce matin dans {{6 villages}} autour de {{Ruffec}}. Il connait tout le monde, il a les clés de certains. Chez une dame il vérifie le frigo pour voir si elle a mangé les repas d'hier. Rien touché. Il appelle sa fille : [[TEL:05 45 31 88 42]]. Pas de réponse.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour l'aide au chauffage : une famille dans une maison de lotissement mal isolée. Le monsieur montre la facture de fioul : {{1 150 €}} pour l'hiver. L'aide sera virée sur son compte, il donne son RIB : [[IBAN:FR76 3006 6109 4800 0201 8710 425]]. M. [[P:Kévin Lebrun]], [[ADR:9 allée des Primevères, lotissement Les Coteaux, 52100 Saint-Dizier]]. Il travaille en intérim chez {{Lebrun Plomberie}}, « pas de la famille », dit-il en riant.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite dans un campement de familles roms au bord de la rocade, avec la médiatrice du CCAS. {{11 caravanes}}. Objectif : scolarisation des enfants. La médiatrice connaît les familles par leur prénom. Je n'ai rien noté de personnel, c'était volontaire de ma part. Ce qui m'a marqué : l'accès à l'eau se fait à une borne incendie, à 300 m.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile, demande de téléassistance. La dame montre fièrement une photo d'elle jeune avec {{Yves Montand}} (elle était figurante dans un film). Elle s'appelle [[P:Paulette Morin]], née le [[DDN:14/09/1932]]. Son numéro de sécu pour le dossier : [[NIR:2 32 09 71 270 018 81]]. Installation du boîtier prévue mardi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Accompagnement d'un déménagement : le CCAS a trouvé un logement à un monsieur sorti de la rue, ancien militaire. Camion du CCAS, {{3 agents}}, {{2 bénévoles}}. Nouvelle adresse : [[ADR:appartement 14, 6 rue Anatole-France, 03100 Montluçon]]. Il s'appelle [[P:Serge]]. Il n'a qu'un sac et une guitare. Les bénévoles ont apporté une table et un matelas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Village de l'{{Aveyron}} : l'élue aux affaires sociales fait elle-même les visites. Chez un couple d'agriculteurs âgés, [[P:Albert]] et [[P:Yvette Delmas]], isolés depuis que la route a été coupée par un éboulement. Elle note leur numéro de fixe ([[TEL:05 65 99 14 27]]) et celui de leur voisin. Le facteur passe les voir tous les jours, c'est lui qui a alerté.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Contrôle de la domiciliation : l'agent vérifie que les domiciliés viennent bien chercher leur courrier. Dans le casier, du courrier pour [[P:Mamadou Sow]] non retiré depuis {{3 mois}}. Lettre de la préfecture avec un n° de titre de séjour en transparence : [[ID:7503118426]]. L'agent dit qu'il va devoir radier la domiciliation, mais essaie d'abord de l'appeler.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Sortie avec l'équipe du CCAS au marché de {{Fumel}}, stand d'information sur les aides. Les gens passent entre les tomates et le fromage. Questions : APL, mutuelle, « les aides pour les vieux ». L'agente distribue des flyers. Une dame laisse son numéro pour qu'on la rappelle pour l'aide à domicile de son mari : Mme [[P:Castaing]], [[TEL:05 53 71 40 96]]. {{2h}} debout, {{30 contacts}} environ. Une dame demande si on vend des pierres (non, c'est le stand d'à côté : {{pierres}} semi-précieuses).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à une famille afghane nouvellement logée, avec l'interprète en dari. Père : M. [[P:Ahmadi]], [[P:Noor Ahmad]] d'après le bail. Il montre sa carte de résident, n° [[ID:9301247856]]. L'agente vérifie que le compteur électrique est ouvert, que les enfants sont inscrits à l'école. Le père a insisté pour qu'on reste manger. On est restés.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Oloron-Sainte-Marie}}. Visite chez un monsieur qui accumule (syndrome de Diogène, dit l'agente). On ne peut pas entrer, la porte s'ouvre de 30 cm. Il parle depuis l'entrebâillement. [[P:Jean-Baptiste]], {{61 ans}}, ancien prof de maths. Il accepte qu'on revienne avec une infirmière. Odeur très forte. L'agente est restée d'un calme total.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de l'agente aux gens du voyage sur l'aire d'accueil, pour la domiciliation et les dossiers RSA. Une jeune femme lui donne le numéro de son fourgon pour le dossier d'assurance : [[IMMAT:EZ-094-RK]] et son numéro de tel : [[TEL:07 81 52 36 09]]. La médiatrice explique que beaucoup préfèrent être domiciliés au CCAS qu'à une association.",
    ),
    # ---------------------------------------------------------------- urgences
    (
        "urgences",
        "accueil_physique",
        "Urgences du CH de {{Bar-le-Duc}}, bureau des entrées, {{21h}}. L'agente administrative ([[P:Audrey]]) enregistre un jeune homme tombé de scooter. Il n'a pas sa carte vitale, il donne son numéro de sécu de tête, se trompe deux fois, finit par le lire sur son appli ameli : [[NIR:1 94 02 62 193 220 11]]. Mutuelle : aucune. Elle imprime le bracelet. Il a {{19 ans}} et il a peur surtout pour son scooter (plaque [[IMMAT:ER-517-DH]], resté au bord de la route).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{34 personnes}} à {{23h}}. Affichage : « temps d'attente estimé {{4h}} ». Un papa avec une petite fille qui a de la fièvre, une dame âgée sur un brancard dans le couloir depuis le matin, deux jeunes qui rigolent avec une main en sang. Le distributeur {{Selecta}} ne marche plus. L'IOA fait le tri, calme, dossier après dossier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA (infirmière d'accueil), [[P:Khadija]], m'explique la tri : couleur, priorité 1 à 5. Patient suivant : M. [[P:Gérard Lemoine]], {{72 ans}}, douleur thoracique, passe direct. DDN sur l'étiquette : [[DDN:07.12.51]]. Son fils donne le tel de la femme de monsieur qui arrive en taxi : [[TEL:03 29 45 12 88]]. {{3 min}} entre l'arrivée et le box. Impressionnant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau des entrées, lu sur l'étiquette imprimée collée sur le dossier :\n[[P:HAMIDOU Soumaïla]]\nNé(e) le : [[DDN:01/01/1998]]\nIPP : [[ID:P00451987]]\nN° séjour : [[ID:2311045872]]\nL'agent me dit que le « 1er janvier » c'est souvent la date mise quand la personne ne connaît pas sa vraie date de naissance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "un monsieur arrive en ambulance privée ({{Ambulances Bertrand}}), l'ambulancier donne les papiers à l agent : carte vitale, carte mutuelle {{Harmonie Mutuelle}} n° [[ID:118 457 2236]], ordonnance. le patient dit a peine son nom : [[P:Lucien]]... [[P:Lucien Faure]]. il sent l alcool. agent : « on le connait, il vient tous les week-ends »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Femme enceinte de {{8 mois}}, arrivée aux urgences générales au lieu de la maternité. L'agent l'oriente, appelle un brancardier. Elle parle tamoul, son mari traduit. Nom : Mme [[P:Sivakumar]]. Le mari donne son propre tel en cas de besoin : [[TEL:+33 7 66 18 42 93]]. Tout le monde court un peu. Le bébé va bien (on a su après).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une voiture est garée sur l'emplacement des ambulances, moteur tourné, portes ouvertes : un père a amené son fils qui s'est ouvert l'arcade au foot. Le vigile note la plaque [[IMMAT:DL-308-XV]] pour demander qu'il la déplace. Le père s'excuse 10 fois. Le fils, maillot du {{PSG}} plein de sang, fait des selfies.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les agents administratifs des urgences (« les AMA » ? non, eux ce sont les agents d'accueil, les AMA sont secrétaires médicales, j'ai mélangé) travaillent en 12h. Ce soir ils sont {{2}} au lieu de {{3}}. Le logiciel plante 2 fois. Ils ressortent les fiches papier. Personne ne s'énerve. Note sans nom, c'est l'ambiance que je veux retenir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Mamoudzou}}. File dehors, sous le préau, depuis l'aube. L'agent d'accueil parle shimaoré et français. Une jeune femme comorienne sans papiers, enfant fiévreux. Elle donne son nom : [[P:Anli Mariama]] (ou [[P:Mariama Anli]], l'agent note les deux car elle n'est pas sûre de l'ordre). Pas de couverture maladie : orientée vers la {{PASS}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient SDF connu du service, « [[P:Pépé]] » pour tout le monde, vrai nom [[P:Raymond Ducret]]. Il vient pour dormir au chaud, dit l'infirmière, pas vraiment malade. Elle lui donne un café et un sandwich et appelle le {{115}}. Pas de place. Il restera sur une chaise jusqu'à 6h. Elle dit : « on ne peut pas le mettre dehors par {{-5°}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission d'un touriste allemand (accident de vélo dans le {{Vercors}}). Il a sa carte européenne. L'agent recopie son numéro de passeport : [[ID:C4J7R2K91]]. Adresse en Allemagne : [[ADR:Lindenstraße 14, 79098 Freiburg]]. Sa femme appelle son assurance voyage ({{ADAC}}). L'agent baragouine l'anglais, ça passe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission d'une ado de {{15 ans}} amenée par sa CPE. L'agent doit joindre les parents. La CPE (Mme [[P:Fabre]]) donne le numéro de la mère trouvé dans Pronote : [[TEL:06 33 52 17 40]]. Pas de réponse. Puis le père : [[TEL:06 18 94 71 62]]. Répond. Il arrive en {{20 min}}. La CPE reste jusqu'à son arrivée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CHU, {{Reims}}. Vieille dame amenée par les pompiers, vit seule, confuse. Ils ont trouvé un papier dans son sac : « [[P:Simone Guérin]], [[ADR:22 rue de Vesle 51100 Reims]], née le [[DDN:2 août 1931]] » écrit à la main par quelqu'un. L'agent recopie tout. Personne de confiance : aucune. Il signale à l'assistante sociale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Note rapide 2h du mat : un homme crie dans la salle d'attente, la sécurité intervient calmement, la police arrive {{15 min}} après. L'agent d'accueil a continué à enregistrer les entrées pendant tout ce temps derrière sa vitre. Elle me dit que c'est « une nuit normale ». Moi je tremble un peu.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences : une femme appelle pour savoir si son fils a été amené cette nuit. L'agent demande le nom : [[P:Bryan Lefèvre]], né le [[DDN:30/06/2003]]. Il vérifie : oui, il est en box 7. L'agent ne donne aucune info médicale au téléphone, juste « il est pris en charge, venez ». Elle pleure. Règle : secret médical.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Korian Les Amandiers}} : ils envoient une résidente en ambulance, chute. L'infirmière de l'EHPAD donne son nom et le nom de la résidente : Mme [[P:Madeleine Roux]], {{96 ans}}, et elle-même [[P:Stéphanie]]. Elle demande qu'on rappelle l'EHPAD au [[TEL:04 76 09 32 18]] pour dire si la dame revient ce soir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "appel de la regulation du {{SAMU}} ({{15}}) qui annonce un arrivée, pas de nom juste « homme 40 ans polytraumatisé accident {{A75}} ». l'agent prévient le déchocage. ça s'active. je ne comprends pas tout le vocabulaire. aucune donnée perso dans l'appel",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour récupérer les affaires de son père décédé hier aux urgences. L'agent lui demande son identité : [[P:Cédric Aubert]], fils de M. [[P:Jean-Claude Aubert]]. Il doit venir avec une pièce d'identité. Il demande aussi le certificat de décès. L'agent est très doux. Il me dit après que c'est les appels les plus durs.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin généraliste de {{Mende}} qui adresse un patient. Le Dr [[P:Rouvière]] donne le nom du patient (M. [[P:Pagès]]), son âge ({{58 ans}}) et son numéro de portable pour qu'on le convoque : [[TEL:0672184590]]. L'agent note tout sur un post-it (!) avant de le saisir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la police : ils cherchent à savoir si une personne est hospitalisée, dans le cadre d'une disparition. Ils donnent nom + date de naissance : [[P:Léa Bonnet]], [[DDN:1996-04-22]]. Sa voiture, une {{Twingo}} rouge, [[IMMAT:FK-091-ZS]], a été retrouvée au parking de l'hôpital. L'agent demande une réquisition écrite avant de répondre. L'OPJ envoie un mail. Procédure, procédure.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour demander combien de temps d'attente aux urgences en ce moment, elle hésite à venir pour une entorse. L'agent ne donne pas de délai mais conseille d'appeler le {{15}} ou le médecin de garde, ou la {{maison médicale de garde}} à côté, ouverte jusqu'à {{minuit}}. Bonne idée, je ne connaissais pas.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le service facturation (au téléphone avec l'agent d'accueil) : un patient a reçu une facture de {{19,61 €}} (le « forfait patient urgences »). Il conteste. Son numéro de dossier : [[ID:FAC-2024-118702]]. L'agent explique que c'est national depuis 2022. Le patient : « on paye pour attendre maintenant ». Pas faux, pense l'observateur que je suis.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "APPEL EN ANGLAIS D'UNE MERE AMERICAINE, SON FILS ETUDIANT A ETE AMENE CETTE NUIT. L'AGENT S'EN SORT : « YES HE IS HERE ». ELLE DONNE SON NUMERO AUX USA : [[TEL:+1 (617) 555-0142]]. LE FILS S'APPELLE [[P:ETHAN WALKER]]. ELLE VA PRENDRE UN AVION. ELLE EPELLE SON MAIL : [[MAIL:KAREN.WALKER1968@GMAIL.COM]]. ON SENT LA PANIQUE MEME AU TELEPHONE.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Rappel d'un patient sorti hier pour lui donner le résultat d'une prise de sang (la secrétaire a le droit, le médecin a validé). Elle appelle M. [[P:Yannick Le Goff]] au [[TEL:02 98 64 31 07]] : répondeur. Elle laisse un message sans rien dire de médical : « merci de rappeler le service ». Discrétion totale.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les appels de la nuit, liste que l'agent m'a résumée :\n- 3 familles qui cherchent un proche\n- 1 pharmacie de garde qui cherche un médecin\n- 1 ivre qui veut parler\n- 1 appel de la {{gendarmerie}}\n- 2 appels « combien de temps d'attente »\nAucun nom noté, c'est moi qui ai fait le résumé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale appelle pour un patient qu'elle a envoyé : elle veut savoir s'il a été vu. Elle épelle le nom : « [[P:Z comme Zoé, E, R, G, U, I, N, I]] », [[P:Zerguini]]. L'agent trouve, dit qu'il est en attente d'avis spécialisé. Elle laisse son numéro pro en le disant lentement, l'agent l'écrit en toutes lettres sur son bloc : « [[TEL:zéro six, cinquante-deux, quarante, quatre-vingt-sept, treize]] ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un monsieur qui veut savoir si les urgences de {{Clermont}} prennent les chiens d'aveugle. Oui. L'agent sourit. 2 min. Puis un appel d'une dame qui cherche le numéro de la mairie. L'agent lui donne. Entre deux, il ressaisit les dossiers de la nuit. Pas de perso.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Sortie avec le {{SMUR}} (je n'ai pas le droit de tout noter). Appel pour un malaise dans une ferme, {{35 min}} de route. Adresse : [[ADR:Le Mas de la Roque, route de Florac, 48400 Bédouès]]. Le patient, M. [[P:Léon Boulet]], {{84 ans}}, est allongé dans la cuisine. Sa femme a préparé sa carte vitale et ses ordonnances dans une enveloppe sur la table. Ils le ramènent.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Équipe mobile de la {{PASS}} (permanence d'accès aux soins) qui fait une tournée dans un squat à {{Montreuil}}. Médecin + infirmière + assistante sociale. Beaucoup de jeunes hommes ivoiriens et guinéens. L'AS prend les noms pour l'AME : [[P:Ibrahima Bah]], [[P:Sékou Condé]]. Un qui parle peu a un pied infecté. Rendez-vous demain à l'hôpital.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale des urgences, préparation de la sortie d'un patient âgé : on vérifie que la maison est adaptée. Escalier, baignoire, pas de rampe. Il habite [[ADR:4 chemin des Écoliers, 27130 Verneuil-d'Avre-et-d'Iton]]. Fils à {{Paris}}, ne vient jamais. L'AS demande un passage d'aide à domicile {{2 fois par jour}}.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Tour des boxes avec le cadre de santé (je suis « sur place » dans le service, ça compte comme contrôle dit-on). Elle vérifie les bracelets d'identification. Box 4 : bracelet sans nom ! Patient inconnu arrivé inconscient, enregistré « X » (« {{inconnu 1}} »). Procédure normale selon elle. Aucun autre nom visible.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Sortie SMUR sur un accident sur la départementale, voiture dans le fossé. Plaque de la voiture accidentée : [[IMMAT:CK 417 TN]]. Le conducteur, jeune, conscient, dit s'appeler [[P:Anthony]]. Les pompiers désincarcèrent. Le médecin du SMUR parle tout le temps au blessé. Je suis resté dans le VL, on m'a dit de ne pas bouger.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Équipe mobile de gériatrie (rattachée aux urgences) : visite à domicile chez une dame de {{93 ans}}, [[P:Marie-Thérèse Collin]], qui est venue 4 fois aux urgences ce mois-ci pour des chutes. Sa fille [[P:Brigitte]] est là. Le gériatre propose un bilan, l'ergothérapeute note tout : tapis, fils électriques, lunettes cassées.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Visite avec l'équipe mobile psychiatrie-précarité : sous un pont près de la gare de {{Perpignan}}. Un homme qui vit là depuis 2 ans, connu comme « [[P:le Belge]] ». Ils lui apportent son traitement. Il refuse, puis accepte. L'infirmier me dit qu'ils le suivent « depuis les urgences, on ne lâche pas ». Pas d'autres infos notées.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Intervention SMUR à domicile à {{Roubaix}}, rue étroite, pas de place. Le chauffeur se gare sur le trottoir. Femme de {{45 ans}}, crise d'asthme. Son mari donne son identité au médecin : [[P:Samia Belkacem]], née le [[DDN:19 mars 1979]]. Elle est stabilisée sur place. Les enfants regardent en pyjama dans l'escalier.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Matinée avec le cadre qui fait le « contrôle des lits disponibles » dans tout l'hôpital pour vider les urgences (bed manager). Elle marche {{8 km}} par jour. Elle négocie avec les services : cardio, gastro, médecine. {{17 patients}} attendent un lit ce matin. Elle en place {{11}}. Aucun nom noté, elle parle en numéros de box.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Retour de SMUR, le camion est nettoyé et vérifié. Le chauffeur ambulancier ([[P:Franck]]) me montre le coffre : défibrillateur, oxygène, sac pédiatrique. Ils ont fait {{5 sorties}} depuis ce matin, dont une à {{40 km}}. Il me dit qu'il est sapeur-pompier volontaire à {{Ussel}} le week-end.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Équipe de la {{PASS}} mobile : visite sur un campement au bord de la {{Garonne}}. Une femme roumaine enceinte sans suivi. Son nom noté par la sage-femme : [[P:Florentina Dumitru]]. Elle a un numéro de tel roumain : [[TEL:+40 721 384 956]]. La sage-femme lui donne un rdv écrit à la main, avec un plan pour trouver l'hôpital.",
    ),
    (
        "urgences",
        "controle_sur_place",
        "Visite de sortie chez un patient diabétique amputé, avec l'infirmière de coordination. L'appartement est au 4e sans ascenseur. M. [[P:Tran Van Long]] ne peut pas descendre. L'infirmière appelle le bailleur pour une mutation, elle donne la référence de son bail : [[ID:BAIL-0038-4471]]. Elle me dit « ça va prendre des mois ».",
    ),
    (
        "urgences",
        "controle_sur_place",
        "SMUR, {{3h10}}. Arrêt cardiaque dans un appartement. Je reste sur le palier. L'équipe fait tout pendant {{40 min}}. Rien à faire. Le médecin annonce à l'épouse. Je ne note pas le nom, je ne veux pas. Dans la voiture au retour, personne ne parle.",
    ),
    # ---------------------------------------------------------------- chrs
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Angoulême}}, entretien d'admission. Homme de {{52 ans}}, sorti de prison il y a 3 jours, orienté par le {{SIAO}}. Référence SIAO sur la fiche d'orientation : [[ID:SIAO16-2024-00871]]. Il s'appelle [[P:Patrick Renaud]]. L'éducatrice lui explique le règlement : pas d'alcool, retour avant {{22h}}. Il dit « c'est moins strict qu'à l'intérieur ». L'éducatrice lance tout de suite la demande de {{C2S}} avec son numéro de sécu : [[NIR:1 72 05 16 015 221 55]]. Chambre 12, seul. Il a juste un sac {{Decathlon}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour : café, douches, machine à laver. {{9h-12h}}. Une trentaine de personnes. Ambiance calme, télé allumée sur {{BFM}}, un monsieur joue aux échecs contre un bénévole. La règle : {{15 min}} de douche. Un jeune se fait couper les cheveux par une bénévole coiffeuse. Aucun nom noté, je voulais juste regarder.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec une maman et 2 enfants, victime de violences, arrivée cette nuit via le {{115}}. Elle s'appelle [[P:Sandra]], les enfants [[P:Noah]] ({{6 ans}}) et [[P:Maëlys]] ({{3 ans}}). L'ex-conjoint ne doit pas savoir où elle est : l'éducateur lui dit de ne rien poster sur {{Instagram}}. Elle montre son compte : [[ID:@sandra.mlq]], qu'elle passe en privé devant nous.",
    ),
    (
        "chrs",
        "accueil_physique",
        "entretien d'entrée : jeune gars de {{21 ans}} sorti de l'ASE (aide sociale a l'enfance) a 18 ans, a la rue depuis. [[P:Kylian]], il a pas de nom de famille a me donner dit l educ, je le note pas de toute façon. inscrit a france travail, identifiant [[FT:4518273K]]. il a un contrat jeune majeur qui s'est arreté. il veut passer le permis poids lourd.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier d'admission lu par-dessus l'épaule de l'éducatrice :\nNom : [[P:DIALLO]]\nPrénom : [[P:Mamadou Aliou]]\nDate de naissance : [[DDN:15/07/1990]]\nNationalité : guinéenne\nTitre de séjour : récépissé n° [[ID:6903471128]]\nRessources : aucune\nOrienté par : {{SIAO}} du {{Rhône}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ateliers du mardi au CHRS : cuisine collective. {{8 résidents}}, une éducatrice, une diététicienne bénévole. Au menu : tajine, riz, salade de fruits. Courses faites au {{Lidl}} avec un budget de {{45 €}}. Tout le monde participe. Un monsieur tchétchène fait le meilleur pain que j'ai jamais mangé. Pas de donnée perso notée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Rendez-vous budget avec un résident, M. [[P:Christophe Marié]]. Il doit payer une participation de {{10 %}} de ses ressources au CHRS. Il touche l'{{AAH}} : {{1 016 €}} (n° Caf [[ALLOC:1487702]]). L'éducateur l'aide à faire un virement permanent, il lit l'IBAN du CHRS sur une affiche. Son propre IBAN (sur l'écran de son téléphone, {{La Banque Postale}}) : [[IBAN:FR92 2004 1010 1212 3456 7W02 856]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence de la {{Croix-Rouge}} dans le hall du CHRS. Un résident vient chercher des vêtements : veste, pull bleu marine, chaussures taille 44. La bénévole s'appelle [[P:Monique]], elle a {{78 ans}}, elle vient depuis 20 ans. Elle me dit « on ne juge pas, on habille ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Femme de {{63 ans}}, expulsée de son logement à {{Tourcoing}} après le décès de son mari (bail à son nom à lui). Mme [[P:Nicole Vandamme]]. Ancienne adresse pour le courrier à faire suivre : [[ADR:48 rue de Lille, 59200 Tourcoing]]. L'éducatrice l'aide à faire la réexpédition sur le site de {{La Poste}}. Elle n'a jamais eu d'adresse mail ; on en crée une : [[MAIL:nicole.vandamme59@gmail.com]]. Elle donne aussi son numéro d'allocataire pour l'APL : [[ALLOC:2290365]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil d'un couple avec un chien (rare, le CHRS l'accepte). Lui [[P:Jérémy]], elle [[P:Océane]]. Et leur chienne, un vieux labrador. Le couple vivait dans sa voiture, une vieille {{Peugeot 206}} immatriculée [[IMMAT:BX-672-GA]], garée sur le parking du {{Leclerc}} depuis 4 mois. L'éducateur dit que la voiture pourra rester sur le parking du CHRS {{un mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec un demandeur d'asile afghan, dublinois (il m'explique « Dublin » : son dossier dépend de la Bulgarie). [[P:Hamid]] parle bien anglais. Son numéro de dossier {{OFPRA}} n'existe pas encore, il a juste l'attestation de la préfecture : [[ID:7712508341]], né le [[DDN:1er janvier 2003]] d'après le papier. Il montre des photos de sa famille à {{Kaboul}} sur son téléphone fissuré.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du lundi ({{14h-16h}}) : on passe les situations une par une, mais ils parlent par numéro de chambre, pas par nom, pour moi. Chambre 3 : « on avance sur le logement ». Chambre 8 : « rechute ». Chambre 14 : « sortie vers un {{FJT}} la semaine prochaine ». {{27 places}}, toutes occupées. Liste d'attente SIAO : {{60}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le veilleur de nuit, [[P:Abdou]], me raconte sa nuit : une résidente qui a fait un malaise, appel au {{15}}, une bagarre évitée au fumoir. Il a {{58 ans}}, ancien agent de sécurité chez {{Carrefour}}. Il connaît chaque résident par son prénom et son histoire. Il dit : « la nuit, c'est là qu'ils parlent ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Plateforme du {{115}}, {{19h30}}. Écoutante : [[P:Fanny]]. Premier appel : un homme qui dort dans sa voiture à {{Vierzon}}, il veut une place pour la nuit. Nom : [[P:Stéphane Gillet]]. Pas de place à Vierzon, une place à {{Bourges}} à {{35 km}}. Il n'a plus d'essence. Il refuse. Il donne sa plaque pour que la maraude le trouve : [[IMMAT:bn 304 ql]]. [[P:Fanny]] note « refus faute de transport ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "appel 115 : femme avec bébé, parle peu français (arabe). [[P:fanny]] met le haut parleur pour l'interprete de permanence. nom : [[P:Fatima Zahra El Idrissi]]. elle est a la gare de {{Poitiers}}. l ecoutante trouve une chambre d'hotel. elle lui donne l adresse de l hotel ({{Hôtel Ibis Budget}} zone commerciale), le taxi est payé",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le 115 reçoit {{200 appels}} par soir pour {{8 écoutants}}. Taux de décroché : {{40 %}}. Ce que je retiens : les gens rappellent tous les soirs, ils connaissent les écoutants par leur prénom, et il n'y a presque jamais de place pour les hommes seuls. Les écoutants le disent tous : « on gère la pénurie ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un commissariat : une femme et son fils sont au poste, elle vient de porter plainte pour violences. L'écoutante prend les infos : Mme [[P:Coralie Bertin]], son fils [[P:Timéo]] {{8 ans}}. Téléphone de la dame : [[TEL:07 49 22 15 83]]. Mise à l'abri en urgence dans le dispositif {{femmes victimes}}. L'écoutant est hyper réactif.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur qui appelle tous les soirs, l'écoutant le reconnaît : « bonsoir monsieur [[P:Petrovic]] ». Il est dans un parc. Il ne veut pas de place, il veut parler. Ils parlent {{10 min}} de foot, du {{Stade Rennais}}. L'écoutant me dit : « c'est aussi ça le 115, des gens qui n'ont personne ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un hôpital ({{CHU de Nantes}}) : une assistante sociale cherche une place pour un patient sortant demain, sans domicile. Elle donne son nom : [[P:Karim Benali]], et la référence SIAO qu'il a déjà : [[ID:SIAO44-118945]]. L'écoutant vérifie : la demande est active depuis {{6 mois}}. Pas de place avant lundi.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "DEUX APPELS EN MEME TEMPS SUR LE STANDARD, L'ECOUTANT EN MET UN EN ATTENTE. LE DEUXIEME : UN JEUNE MINEUR ({{16 ANS}}) ? IL DIT NON, {{18}}. PAS DE PAPIERS. L'ECOUTANT APPELLE LE DISPOSITIF MINEURS NON ACCOMPAGNES. LE PREMIER A RACCROCHE ENTRE-TEMPS. PAS DE NOM DONNE NI PAR L'UN NI PAR L'AUTRE.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une dame âgée qui va être expulsée dans 2 jours, elle a trouvé le numéro du 115 sur un flyer. Nom : [[P:Marcelle Dupuis]], [[ADR:7 place de la République, 81100 Castres]]. Elle n'a jamais vécu dans la rue. L'écoutante transmet au SIAO et à l'assistante sociale du Département. Elle la rappelle sur son fixe [[TEL:05 63 59 41 20]] pour la rassurer.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de la {{Sauvegarde}} appelle pour un jeune qu'il suit, sans domicile depuis hier. Le jeune est à côté de lui. Numéro du jeune : [[TEL:06 25 18 47 39]]. Il s'appelle [[P:Nathan]] et il a {{19 ans}}. L'écoutant propose une place en halte de nuit. Le jeune dit « ok » à côté, on l'entend.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un monsieur qui dit qu'il a une place au CHRS depuis hier mais qu'il ne trouve pas l'adresse. L'écoutante lui donne l'adresse du CHRS (c'est public) : {{Le Relais, 12 rue Denis-Papin}}. Il s'appelle [[P:Youssouf]]. Il est à 500 m, il arrive à pied. Il remercie avec une voix de quelqu'un qui n'y croyait plus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme kurde, interprétariat par téléphone (ISM). Elle dit son nom et sa date de naissance d'après ses papiers turcs : [[P:Zeynep Demir]], [[DDN:1988/03/05]]. Elle donne aussi un numéro turc : [[TEL:+90 532 417 28 63]]. Elle est à la gare de {{Strasbourg}} avec sa fille. Place trouvée dans un hôtel à {{Schiltigheim}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de soirée au 115, {{23h}}. L'écoutante ([[P:Laetitia]]) fait le point : {{47 appels}} décrochés, {{12}} demandes d'hébergement, {{3}} places attribuées. Elle m'envoie un mail avec le bilan type qu'ils envoient à la DDETS : [[MAIL:laetitia.v@sauvegarde-hebergement.org]] (sa boîte pro, elle m'a dit ok pour le noter, je le masque quand même).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un retraité qui veut faire un don au CHRS (« pour les gens du 115 »). L'écoutant lui donne l'adresse de l'association. Le monsieur donne son nom et son mail pour le reçu fiscal : [[P:Henri Caradec]], [[MAIL:h.caradec@wanadoo.fr]]. Il dit « j'ai été à la rue en 1975, je n'oublie pas ». L'écoutant est ému.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une jeune femme en fugue d'un foyer (elle a {{17 ans}}), elle raccroche quand on lui demande son nom. Rappelle {{10 min}} plus tard, donne un prénom : [[P:Inaya]]. L'écoutante ne la lâche pas, la met en lien avec l'équipe de prévention. Elle finit par dire où elle est : abribus devant le {{lycée Jean-Moulin}}. L'équipe part.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du {{115}} ({{20h-minuit}}), camion de la {{Croix-Rouge}}, 2 bénévoles + 1 salarié. 1er arrêt : un homme sous le porche de l'église {{Saint-Pierre}}. Café, soupe, couverture. Il s'appelle [[P:Roger]], il est là depuis 8 ans, il refuse tout hébergement. « Je suis chez moi ici ». Il demande des nouvelles d'un autre, [[P:Tonio]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite des logements en diffus du CHRS : {{6 appartements}} dans des HLM à {{Hérouville-Saint-Clair}}. L'éducatrice vérifie l'entretien, les compteurs. Appartement 3 : Mme [[P:Aminata Touré]] et ses enfants, tout est impeccable. L'adresse : [[ADR:22 Grand'Parc, appt 84, 14200 Hérouville-Saint-Clair]]. Elle attend le glissement du bail à son nom.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à pied dans le centre de {{Lyon}}, équipe {{Samu social}}. {{14 personnes}} vues. Beaucoup de jeunes, beaucoup de femmes (plus qu'avant, disent les maraudeurs). Une femme dort dans une laverie automatique ouverte 24h/24. Ils notent sur une tablette mais ne m'ont pas laissé voir les noms. Froid humide, {{2°}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude en zone rurale (si si) : camping-cars et voitures sur les aires de repos de la {{N7}}. Un homme vit dans un vieux camping-car, plaque ancienne [[IMMAT:812 BHT 26]]. Il s'appelle [[P:Gilles]], ancien chauffeur routier, divorcé. Il ne veut pas « aller au foyer ». L'équipe lui laisse le numéro du 115 et revient dans une semaine.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des chambres au CHRS avec la cheffe de service (contrôle sécurité incendie + hygiène). Chambre 7 : bouteilles d'alcool vides, le résident, [[P:Mickaël]], dit que c'est à un copain. Chambre 9 : une plaque chauffante interdite. Chambre 11 : nickel, des dessins d'enfants aux murs. Ça dure {{1h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Accompagnement d'un résident à la préfecture de {{Bobigny}} pour le renouvellement de son titre de séjour. {{4h}} d'attente. L'éducatrice a tout préparé dans une pochette. M. [[P:Moussa Konaté]], titre n° [[ID:9312047785]], date de naissance [[DDN:03.03.1985]]. Rendez-vous réussi, récépissé obtenu. Il a serré l'éducatrice dans ses bras.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude au bord du canal, {{Toulouse}}. Tentes alignées sous le pont. L'équipe connaît tout le monde. Une jeune femme donne son nouveau numéro à l'infirmière (elle change tout le temps de puce) : [[TEL:07 53 40 81 26]]. Son prénom : [[P:Jessica]]. Elle est enceinte de {{5 mois}}, sans suivi. Rdv pris à la {{PMI}} demain.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un « bidonville » sur un terrain vague, avec l'équipe du CHRS et la mairie. Diagnostic avant évacuation. {{42 personnes}}, dont {{15 enfants}}. Pas d'eau, un seul point d'eau à 1 km. L'éducatrice note les composition familiales sans noms (consigne de l'équipe pour ce premier passage). Ce qui m'a marqué : un potager soigné entre les cabanes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au domicile d'une ancienne résidente relogée il y a 6 mois (suivi post-hébergement). Mme [[P:Hanane Bakkali]], [[ADR:3 square Louis-Armand, 10000 Troyes]]. Tout va bien, elle travaille chez {{Carrefour}} à mi-temps. Elle montre fièrement son bail. Elle donne son nouveau mail pour les invitations aux fêtes du CHRS : [[MAIL:hanane.bkl@outlook.fr]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour avec l'équipe mobile : un homme âgé dort dans l'abri du marché couvert de {{Vesoul}}. Il a les pieds gelés. Il donne son nom à l'infirmière : [[P:Bernard Chevalier]], puis sa date de naissance « le [[DDN:4 du 4, 1958]] ». Il accepte d'aller aux urgences. L'équipe l'y emmène en voiture.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "maraude : squat dans une ancienne école, jeunes migrants. l educateur prend des nouvelles, distribue des sandwichs. un jeune ([[P:Moustapha]]) montre son ordonnance de placement, le juge a refusé sa minorité. il montre aussi sa convocation france travail, identifiant [[FT:5307481 H]]. l educ lui dit de venir demain au CHRS.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement de coordination thérapeutique rattaché au CHRS. Un monsieur sous dialyse, M. [[P:Laurent Pinto]]. L'infirmière vérifie ses médicaments. Il montre son compte bancaire sur l'appli : le CHRS l'aide à payer ses dettes. IBAN lu à voix haute par lui pour un virement : [[IBAN:FR76 1820 6002 1860 3104 8875 279]]. L'éduc lui dit de ne jamais le lire à voix haute en public.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "maraude de nuit, parking du {{Super U}} : la dame qui vit dans sa voiture avec ses {{3 chats}} (elle avait appelé le 115 la semaine dernière, refus car pas d'animaux). on lui apporte soupe + croquettes. elle a tout rangé dans la voiture, c'est propre, elle lit un {{Guillaume Musso}}. elle veut pas donner son nom, les bénévoles l'appellent « la dame aux chats ». rdv dans 3 jours.",
    ),
    # ---------------------------------------------------------------- france_travail
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Saint-Quentin}} (le monsieur devant moi dit encore « l'ANPE »). {{9h}}, file d'une dizaine. Premier : M. [[P:Jean-Pierre Caron]], {{59 ans}}, licencié de l'usine de {{Roquette}}? non, d'une sous-traitance. Identifiant lu sur sa convocation : [[FT:3104587B]]. Il veut savoir s'il « touchera jusqu'à la retraite ». Le conseiller sort une simulation de l'{{ARE}}, il faut aussi le NIR pour la retraite : [[NIR:1 65 02 02 691 044 25]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{8 participants}}. Le conseiller projette un CV modèle au nom de « [[P:Jean Dupont]] », {{35 ans}}, « [[ADR:12 rue des Lilas, 75000 Paris]] », « [[MAIL:jean.dupont@email.com]] ». Tout le monde rigole sur le nom. Puis chacun travaille son CV sur les ordis. Une dame de {{55 ans}} n'a jamais utilisé {{Word}}. Une autre aide sa voisine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune de {{18 ans}} pour le {{CEJ}} ({{contrat d'engagement jeune}}), j'avais noté « contrat jeune d'emploi », faux. Il s'appelle [[P:Wassim]], il vient de {{Creil}}. Identifiant créé : [[FT:6047315C]]. Il donne son mail : [[MAIL:wassim.lbn60@gmail.com]] et son tel : [[TEL:07 62 15 38 04]]. {{500 €}} par mois max s'il suit le programme. Pour le versement il a un compte {{Nickel}} : [[IBAN:FR76 1659 8100 0000 0015 6281 309]]. Il écoute à moitié, il regarde son téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne d'accueil : on scanne son identifiant ou on tape son nom. Une dame tape le sien en majuscules : « [[P:HAKOBYAN]] ». Rien ne sort. L'agent d'accueil essaie avec l'identifiant écrit sur un vieux papier : [[FT:0923471 L]]. Trouvé. Elle est arménienne, ingénieure là-bas, ici elle fait des ménages. Rdv avec une conseillère pour une VAE.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Matinée : {{21 personnes}} accueillies en {{3h}}. Motifs (liste de l'agent) : actualisation (5), « ma radiation » (3), attestation employeur manquante (4), trop-perçu (2), demande de formation (3), problème de mot de passe (4). Pas de nom noté de mon côté. L'agent dit que l'actualisation c'est « 50 % des problèmes ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "mr [[P:Bouchaïb]] (ou [[P:Bouchaib]] sans accent sur le papier), {{63 ans}}, maçon. Radié parce qu'il n'est pas venu à un rdv. Il ne sait pas lire, la convocation était par mail. Le conseiller réinscrit, date de naissance [[DDN:21/06/1961]], identifiant [[FT:7748201E]]. Il lui donne une convocation papier à la main. « Lui il ne lit pas les mails », dit le conseiller.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Guingamp}}. Jeune maman, [[P:Morgane Le Du]], cherche un mi-temps compatible avec l'école. Le conseiller lui montre les offres : {{Leclerc}} drive, une crêperie, l'{{EHPAD}} de {{Pabu}}. Elle n'a pas de voiture, il parle de l'aide au permis. Identifiant sur son dossier : [[FT:2281947 W]]. Son RIB pour l'ARE qui vient de s'ouvrir : [[IBAN:FR76 1558 9297 0100 4120 3974 644]] ({{Crédit Mutuel de Bretagne}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur sri-lankais vient avec son fils pour traduire. Il veut travailler, il a un titre de séjour « salarié ». Le conseiller recopie le numéro du titre : [[ID:4402187563]] et le nom : [[P:Sivarajah Kumaran]]. Identifiant France Travail : [[FT:3359810J]]. Il était cuisinier, il y a plein d'offres en restauration. Le conseiller lui imprime 3 offres, le fils lit à haute voix.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info « création d'entreprise » : {{12 personnes}}. Un intervenant de la {{CCI}}. Une dame veut ouvrir un salon de coiffure à {{Tulle}}, un jeune une société de livraison à vélo, un autre une food-truck. Questions sur l'{{ARCE}} et l'{{ACRE}} (je les confonds encore). À la fin, la future coiffeuse, [[P:Sonia Mazet]], me montre ses cartes de visite déjà imprimées : « {{L'Atelier de Sonia}} », avec son mail [[MAIL:sonia.mazet.coiffure@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Auto-entrepreneur qui veut rester inscrit : M. [[P:Anthony Roche]], livreur {{Uber Eats}}. Identifiant (tapé en minuscule sur son téléphone) : [[FT:7120455t]]. Il donne son SIRET pour la déclaration de revenus : [[ID:912 548 307 00014]]. Il change aussi de banque, RIB : [[IBAN:FR7640618802310004051290659]] ({{Boursorama}}). Le conseiller explique le cumul ARE + micro-entreprise. Le jeune gagne {{800 €}} par mois en roulant {{50 h}} par semaine. Il dit « je suis mon propre patron » en rigolant jaune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi, conseillère [[P:Hélène Marchand]] avec une bénéficiaire du RSA ({{15 heures}} d'activité obligatoires maintenant, réforme). La dame, [[P:Sabine]], {{48 ans}}, dossier RSA à la Caf n° [[ALLOC:6158042]], aide-soignante en arrêt longue maladie avant. Elle a peur d'être « contrôlée ». [[P:Hélène]] la rassure. Le mot « sanction » n'a pas été prononcé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Sur la feuille d'émargement de l'atelier numérique (je la lis en signant moi-même) : [[P:Fernandes]], [[P:Kaya]], [[P:Meunier]], [[P:Diop]], [[P:Leroy]]. {{5 inscrits}}, {{4 présents}}. Le formateur apprend à créer un compte {{Gmail}} et à joindre un CV. Madame [[P:Meunier]], {{67 ans}}, veut retravailler pour compléter sa petite retraite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un homme énervé au guichet : son ARE a été coupée, on lui réclame un trop-perçu de {{2 340 €}}. L'agent d'accueil, [[P:Yannis]], reste calme, appelle un conseiller indemnisation. Le monsieur finit par s'asseoir. Il donne son identifiant de tête : [[FT:6215380 R]]. Il tremble de colère. Le conseiller propose un étalement.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. Appel : dame qui n'arrive pas à s'actualiser, le site dit « identifiant inconnu ». Elle le redonne lettre par lettre : « [[FT:5 6 0 2 8 4 1 K]] ». L'agent trouve l'erreur : elle tapait un zéro à la place de la lettre O dans son mot de passe. Problème réglé. Elle est contente, {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur qui veut « déclarer le départ de son fils au service militaire ». Je ne comprends pas. En fait le fils s'est engagé dans l'armée, il faut le désinscrire. Le père n'a pas le droit de le faire. Conseillère : « il faut que votre fils appelle lui-même ». Il avait l'identifiant du fils sur un courrier, il l'a lu quand même : [[FT:6039218S]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : conseillère [[P:Mélanie]] rappelle un demandeur d'emploi pour un entretien d'embauche. Numéro dans le dossier : [[TEL:06 84 12 09 55]]. Elle tombe sur sa femme, qui dit qu'il est au travail (intérim chez {{Manpower}}). [[P:Mélanie]] laisse un message, sans rien dire de précis. Confidentialité même avec la famille.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL D'UN EMPLOYEUR (UNE BOULANGERIE A {{LANGRES}}) QUI CHERCHE UN APPRENTI. LA CONSEILLERE ENTREPRISE PREND L'OFFRE : {{CAP BOULANGER}}, {{35H}}, DEBUT EN SEPTEMBRE. LE PATRON S'APPELLE M. [[P:GUYOT]], TEL [[TEL:03 25 87 14 62]]. IL DIT « LES JEUNES NE VEULENT PLUS SE LEVER ». ELLE NE REPOND PAS A CA.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : un demandeur d'emploi qui veut mettre à jour son adresse, il a déménagé à la campagne. Nouvelle adresse : [[ADR:La Croix Blanche, 36 route de Chinon, 37500 Ligré]]. Il demande si son conseiller reste le même. Non, il change d'agence ({{Chinon}}). Il est déçu, il aimait bien son conseiller, M. [[P:Dubreuil]]. Il en profite pour donner un nouveau RIB, tout attaché : [[IBAN:fr7614505000010800221456987]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de relance pour un rdv manqué : la conseillère appelle Mme [[P:Aurore Lemaire]]. Elle n'avait pas reçu la convocation, mail dans les spams. La conseillère vérifie le mail du dossier : [[MAIL:aurore.lemaire02@orange.fr]] — juste. Elle confirme son identité avec son numéro de sécu : [[NIR:2 83 12 972 29 118 95]]. Nouveau rdv fixé au {{mardi 10h30}}. Elle lui conseille de regarder les spams.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sur la formation {{CPF}} : beaucoup de gens ont reçu des SMS frauduleux (« votre CPF expire »). La conseillère passe son temps à dire « ne cliquez pas ». Un monsieur avait déjà donné son numéro de sécu à un faux site, il le relit à la conseillère pour savoir si c'est grave : [[NIR:1 52 08 86 194 037 21]]. Elle lui donne la marche à suivre (porter plainte, {{Cybermalveillance}}). Même la conseillère a grimacé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel d une femme qui parle vite, elle a trouvé un job chez {{Amazon}} a {{Brétigny}}, elle veut savoir si elle garde des droits. la conseillere lui demande son identifiant : [[FT:2718364D]] puis date de naissance : « [[DDN:douze septembre quatre-vingt-onze]] ». oui elle garde un reliquat. elle dit « trop bien » et raccroche.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller appelle un jeune pour lui proposer une immersion (PMSMP) dans un garage. Le garage : {{Garage Ferreira Automobiles}}, à {{Dreux}}. Le jeune, [[P:Hugo Pereira]], est ravi. Le conseiller donne au jeune le numéro du patron, M. [[P:Ferreira]] : [[TEL:02 37 46 91 08]]. « Présentez-vous lundi 8h, en bleu de travail ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dame au téléphone qui veut qu'on lui verse son chômage sur un compte au nom de sa fille (elle est sous curatelle ? pas clair). IBAN lu par la dame : [[IBAN:FR76 1010 7001 1800 6123 0874 544]]. Le conseiller refuse, le compte doit être au nom de l'allocataire, il parle du curateur. Elle raccroche fâchée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ce qui m'étonne au {{3949}} : les gens appellent pour parler à « leur » conseiller, et tombent sur une plateforme. Ils ne comprennent pas. Un monsieur dit « je veux parler à la dame blonde de l'agence de {{Sedan}} ». L'agent note un message pour l'agence. On ne sait pas si elle rappellera.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une assistante sociale du CCAS qui accompagne un monsieur de {{60 ans}} en fin de droits. Elle donne son identifiant France Travail, mal écrit dans son dossier : [[FT:41 27 659 F]]. Puis son NIR pour vérifier : [[NIR:1 64 03 71 153 028 27]]. Le conseiller confirme : fin de droits le {{31}}, demande d'{{ASS}} à faire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel pour une offre d'emploi : un agriculteur cherche des saisonniers pour les vendanges à {{Cognac}}. {{20 postes}}, {{3 semaines}}, SMIC. Il veut « des gens sérieux ». La conseillère prend l'offre et donne le lien pour la publier. Il dit qu'il a déjà appelé {{Leboncoin}}. L'offre est au nom de l'entreprise ({{SCEA du Grand Chai}}) mais le contact, c'est lui : [[P:Jacky Brisson]], [[MAIL:jbrisson.scea@orange.fr]].",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Avec une conseillère du contrôle de la recherche d'emploi ({{CRE}}). Ce n'est pas un déplacement chez les gens, c'est un entretien sur dossier, mais elle dit « sur place » parce que le demandeur vient à l'agence. M. [[P:Olivier Mercier]], identifiant [[FT:1904372N]]. Il montre ses candidatures : {{14}} en 2 mois, des captures d'écran. Verdict : ok. La conseillère met à jour son mail : [[MAIL:o.mercier80@laposte.net]].",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Bus « {{France Travail}} mobile » dans les villages du {{Morvan}}. Arrêt à {{Château-Chinon}} sur la place du marché. 1er visiteur : un bûcheron de {{45 ans}} blessé, reconversion. [[P:Thierry Bonnot]]. Le conseiller l'inscrit sur la tablette : date de naissance [[DDN:09/01/1979]], tel [[TEL:06 40 73 58 21]]. Il dit « on ne vous voit jamais ici ». Il est venu avec son pick-up de chantier, [[IMMAT:CZ-640-HM]], garé sur la place.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Visite en entreprise pour une immersion : la conseillère va voir comment se passe le stage d'un jeune dans une menuiserie ({{Menuiserie Barbier & Fils}}). Le tuteur, M. [[P:Barbier]] père, est content. Le jeune, [[P:Lucas]], a fait un tabouret. La conseillère prend des photos pour son dossier.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Job dating à la salle des fêtes de {{Saint-Amand-Montrond}}. {{15 employeurs}}, {{120 candidats}}. Stand de l'{{armée de Terre}}, d'une usine de cosmétiques, de l'{{ADMR}}. La conseillère court partout. Elle m'envoie aider au vestiaire. Un candidat me tend son CV en me prenant pour un recruteur : [[P:Kevin Dos Santos]], [[TEL:06 29 84 51 73]], permis B + véhicule. Je le redonne à la conseillère, gênée.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle de la recherche d'emploi : la conseillère contrôle 3 dossiers au téléphone depuis son bureau (elle m'a dit que c'est ce qu'on appelle « sur place » ici, je ne suis pas sûr). Dossier 1 : [[P:Dylan Masson]], [[FT:8410273M]], aucune candidature en 4 mois. Elle l'appelle au [[TEL:07 68 24 13 50]]. Pas de réponse. Avertissement envoyé.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Sortie avec la conseillère entreprise : visite d'un abattoir de volailles à {{Loudéac}} qui recrute {{30 personnes}}. Le DRH, M. [[P:Le Texier]], veut des gens « même sans diplôme ». Il parle d'une ligne de bus qu'ils financent. Odeur difficile. La conseillère note tout pour un job dating. Pas de candidat individuel vu.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Atelier France Travail dans une prison (maison d'arrêt de {{Nevers}}), préparation à la sortie. {{6 détenus}}. La conseillère inscrit à l'avance ceux qui sortent dans le mois. L'un d'eux donne l'adresse de sa mère où il ira : [[ADR:15 rue de la Pique, 58000 Nevers]]. Il s'appelle [[P:Rudy]]. Il veut être cariste.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Accompagnement d'une demandeuse d'emploi à un entretien chez un employeur ({{Ehpad Les Jardins de Marie}}) pour un poste d'ASH. Elle s'appelle [[P:Fanta Cissé]]. Dans la voiture de la conseillère ({{Clio}} de service, plaque [[IMMAT:GL-208-SF]]), elles répètent les questions. Entretien réussi, embauche en CDD.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Forum emploi au lycée agricole de {{Rochefort-Montagne}}. Les élèves de BTS posent des questions sur le chômage après le diplôme. La conseillère parle de l'{{ARE}}, du {{CEJ}}, des saisons. Beaucoup veulent reprendre la ferme des parents. Aucun nom, c'était une intervention devant {{40 élèves}}.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle sur dossier d'un demandeur qui déclare vivre à l'étranger ? Le conseiller contrôle les adresses IP de connexion (je ne savais pas que c'était possible). Connexions depuis le Maroc pendant {{5 mois}}. M. [[P:Rachid Ouali]], identifiant [[FT:9032157 A]]. Le conseiller envoie un courrier de convocation à [[ADR:27 boulevard de Strasbourg, 93600 Aulnay-sous-Bois]].",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Permanence France Travail à la mairie d'un village de {{1 200 habitants}}, {{Saint-Chély-d'Apcher}}. Un seul rendez-vous : un jeune de {{20 ans}}, [[P:Baptiste Pic]], qui veut devenir pompier professionnel. Le conseiller note son mail : [[MAIL:baptiste.pic48 at gmail.com]] (le jeune l'a dicté comme ça). Ils regardent les concours du {{SDIS}}. Identifiant sur sa convocation : [[FT:4816039X]].",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Visite d'un chantier d'insertion ({{ACI}}) de maraîchage bio, avec la conseillère qui suit {{8 salariés}} en insertion. Les légumes partent aux {{Restos du Cœur}} et dans des paniers. Un salarié, [[P:Pascal]], me montre les tomates. « Ici on m'a redonné un rythme ». Sa carte de parking au nom de l'association : pas personnelle. Rien d'autre.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Contrôle d'une aide à la mobilité : la conseillère vérifie qu'un demandeur a bien acheté la voiture financée par l'aide ({{1 000 €}}). Il montre la carte grise : [[IMMAT:FT-573-KD]], {{Dacia Sandero}} de 2012. Nom sur la carte grise : [[P:Yohan Gaillard]]. Tout est en règle. Il l'utilise pour aller à l'usine {{Michelin}}, {{40 min}} de route.",
    ),
    (
        "france_travail",
        "controle_sur_place",
        "Salon de l'emploi saisonnier à {{Bourg-Saint-Maurice}}. Stations de ski qui recrutent : perchmans, serveurs, moniteurs. Un candidat donne sa carte d'identité pour une inscription sur le stand : n° [[ID:180773100458]] (vieille carte, 12 chiffres). Il s'appelle [[P:Maxime Blanc]], il a fait la saison dernière à {{Cervinia}} et sa voiture est encore immatriculée en Italie : [[IMMAT:GA 715 XK]]. Le {{blanc}} des sommets derrière les stands, c'est beau.",
    ),
]


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        code, value, kept = m.groups()
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if code not in CODES:
                raise ValueError(f"unknown code {code!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        if value != value.strip() or not value:
            raise ValueError(f"bad mark {value!r} in {marked[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {marked[:60]!r}")
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
    """Seeded split, exactly half/half inside every (site_kind, channel) cell.

    Cells with an odd number of notes give their extra note to dev for half of them and to
    holdout for the other half. Notes are then placed from the rarest content to the most
    common (notes without entities first, then by their rarest label), each on the side that
    holds fewer notes with the same labels so far, ties broken by the seeded generator.
    """
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note)
    odd = sorted(cell for cell, members in cells.items() if len(members) % 2)
    rng.shuffle(odd)
    dev_extra = set(odd[: len(odd) // 2])
    quota = {}
    for cell, members in sorted(cells.items()):
        half = len(members) // 2
        extra = len(members) % 2
        quota[cell] = {
            "dev": half + (extra if cell in dev_extra else 0),
            "holdout": half + (0 if cell in dev_extra else extra),
        }
    frequency = Counter(e["label"] for note in notes for e in note["entities"])

    def kinds(note):
        labels = sorted({e["label"] for e in note["entities"]}, key=lambda x: (frequency[x], x))
        return labels or ["<none>"]

    def rarity(note):
        first = kinds(note)[0]
        return -1 if first == "<none>" else frequency[first]

    order = list(notes)
    rng.shuffle(order)
    order.sort(key=rarity)
    seen = {"dev": Counter(), "holdout": Counter()}
    side_of = {}
    for note in order:
        cell = (note["site_kind"], note["channel"])
        sides = [s for s in ("dev", "holdout") if quota[cell][s] > 0]
        if len(sides) == 2:
            scores = {s: [seen[s][k] for k in kinds(note)] for s in sides}
            if scores["dev"] == scores["holdout"]:
                side = rng.choice(sides)
            else:
                side = min(sides, key=lambda s: scores[s])
        else:
            side = sides[0]
        quota[cell][side] -= 1
        seen[side].update(kinds(note))
        side_of[note["id"]] = side
    dev = [n for n in notes if side_of[n["id"]] == "dev"]
    holdout = [n for n in notes if side_of[n["id"]] == "holdout"]
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
