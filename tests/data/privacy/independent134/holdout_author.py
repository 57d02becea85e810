"""Independent evaluation corpus n° 134: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. Inside ``text``, ``[[LABEL:value]]`` marks
a value to mask and ``{{value}}`` a string to keep. ``python holdout_author.py`` strips the
marks, computes the offsets, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind134"
SEED = 134

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h05}} ouverture {{Caf}} de {{Montpellier}}, déjà {{14 personnes}} dehors. Premier mr arrive avec son courrier, l'agente ([[PERSONNE:Nadia]]) lui demande le num alloc, il le lit sur la lettre : « [[N_ALLOCATAIRE:3 41 58 27]] »… puis « non attendez c'est [[N_ALLOCATAIRE:3415872]] », il avait inversé les deux derniers",
    ),
    (
        "caf",
        AT,
        "Appel {{10h12}}. Dame très stressée, trop perçu {{APL}} de {{1 240 €}}. Elle donne son NIR d'une traite : [[NIR:2851134172421 82]]. L'agent relit par paquets « [[NIR:2 85 11]]… [[NIR:34 172]]… [[NIR:421]] clé [[NIR:82]] » et elle répond oui à chaque fois. Née à {{Montpellier}} en [[DATE_NAISSANCE:novembre 85]] donc ça colle dit-il",
    ),
    (
        "caf",
        AP,
        "Beaucoup de monde pour la {{prime d'activité}} ce matin. Borne en panne depuis {{8h30}}, l'agent d'accueil fait tout à la main sur une feuille. {{45 min}} d'attente en moyenne d'après le panneau",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Benali]] appelle pour sa carte Vitale perdue. Conseillère : « votre numéro de sécu svp ». Lui : « [[NIR:1 75 02]]… euh [[NIR:99]]… [[NIR:352]] » il cherche « [[NIR:724]], [[NIR:04]] ». Né en Algérie, d'où le {{99}} explique la conseillère (Mme [[PERSONNE:Torres]] n'aime pas quand je demande). Formulaire {{S1106}} à renvoyer",
    ),
    (
        "france_travail",
        AP,
        "Jeune homme, {{19 ans}}, vient s'inscrire. Il a déjà un identifiant mais ne s'en souvient plus. Conseiller retrouve : [[ID_FRANCE_TRAVAIL:5184273 L]]. Le jeune le note sur son tel en écrivant [[ID_FRANCE_TRAVAIL:5148273L]] 🙄 le conseiller corrige",
    ),
    (
        "urgences",
        AP,
        "IOA trie les arrivées. {{11h40}}, {{6 patients}} en salle. Une maman avec bébé fiévreux, passe en priorité. Rien de spécial sinon la clim qui fait un bruit d'enfer",
    ),
    (
        "chrs",
        AT,
        "115 de {{Perpignan}} — écoutant [[PERSONNE:Jordi]]. Appel d'un homme dehors vers la gare, dit s'appeler [[PERSONNE:Ilyes]] sans nom. Dossier {{SIAO}} retrouvé : ref [[IDENTIFIANT:SIAO66-2024-01187]]. [[PERSONNE:Jordi]] relit « [[IDENTIFIANT:01187]] c'est bien vous ? » oui. Pas de place ce soir, rappeler à {{17h}}",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Béziers}}. Mme [[PERSONNE:Carmen Jimenez]] demande une aide pour facture {{EDF}} : réf client [[IDENTIFIANT:3002 457 118]] lue sur la facture, montant {{386,40 €}}. L'agente [[PERSONNE:Laure]] remplit le formulaire {{n°7}} d'aide facultative",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place avec [[PERSONNE:Stéphane Bousquet]], contrôleur depuis {{12 ans}}. Direction [[ADRESSE:14 impasse des Micocouliers, 30900 Nîmes]]. Il m'explique la trame : composition du foyer, bail, ressources. Dame ouvre, mr [[PERSONNE:Ferhat]] absent « au travail à {{Alès}} »",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur épelle son nom : [[PERSONNE:K-O-W-A-L-S-K-I]], prénom [[PERSONNE:Tomasz]]. Identifiant [[ID_FRANCE_TRAVAIL:4 8 2 1 9 3 7 K]] dit chiffre par chiffre, K comme {{Kilo}}. La conseillère tape vite, il redit « [[ID_FRANCE_TRAVAIL:937 K]] » pour vérifier",
    ),
    (
        "urgences",
        AP,
        "Accueil admin des urgences CHU {{Rangueil}}. Secrétaire demande pièce d'identité et carte vitale. Patient sans papiers sur lui, donne son nom [[PERSONNE:Hamidou Sangaré]] et sa date de naissance [[DATE_NAISSANCE:12/09/2003]]. Elle crée un IPP provisoire [[IDENTIFIANT:IPP 31X004127]]",
    ),
    (
        "cpam",
        AP,
        "File d'attente : {{8 personnes}} à {{13h35}}. Les gens viennent surtout pour la C2S. Un écran affiche « {{ameli.fr}} » en boucle. Personne ne le regarde",
    ),
    (
        "chrs",
        CSP,
        "Visite en appart diffus avec l'éducatrice [[PERSONNE:Sabrina]]. Logement du CHRS au [[ADRESSE:3 rue Pargaminières, Toulouse]] ? non, c'est celui d'avant. On va chez Mr [[PERSONNE:Dragan Petrović]] au [[ADRESSE:27 av. de Lyon, 31500 Toulouse]]. Frigo vide, elle note pour le colis {{Restos du cœur}}",
    ),
    (
        "caf",
        AT,
        "appel {{14h02}} - mme donne son num alloc « [[N_ALLOCATAIRE:zéro six un, quatre quatre, huit deux neuf]] » bizarre ce découpage, l'agent reformule [[N_ALLOCATAIRE:0614 4829]]. Question sur {{RSA}} de {{mars}}, pas versé. Réponse : DTR pas faite",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV {{10h}}. {{7 inscrits}}, {{4}} présents. Conseillère montre un CV modèle au nom de [[PERSONNE:Julie Martin]]. Un participant demande si on doit mettre sa photo. Débat",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences {{Perpignan}}. Une fille appelle pour sa mère hospitalisée : Mme [[PERSONNE:Puig]], [[PERSONNE:Montserrat]]. Secrétaire demande la date de naissance : « le [[DATE_NAISSANCE:4 janvier 69]] ». Trouvé, box {{12}}. On ne donne pas d'infos médicales au tel, elle le dit gentiment",
    ),
    (
        "ccas",
        AT,
        "Ligne du CCAS d'{{Albi}}, beaucoup d'appels pour le plan canicule. Inscription d'un monsieur de {{87 ans}} sur le registre. Sa voisine appelle pour lui. Agent note tout sur papier avant de saisir",
    ),
    (
        "caf",
        AP,
        "Monsieur [[PERSONNE:Nguyễn Văn Toàn]] présente son titre de séjour pour ouvrir des droits : n° [[IDENTIFIANT:3400871265]] (AGDREF dit l'agente). Il corrige : « non le dernier c'est [[IDENTIFIANT:6]] pas [[IDENTIFIANT:5]] » → [[IDENTIFIANT:3400871266]]. Rdv pris pour le {{12/06}} à {{9h30}}",
    ),
    (
        "cpam",
        AT,
        "Appel d'une infirmière libérale pour une patiente, Mme [[PERSONNE:Vaissière]]. Donne le NIR [[NIR:2 54 02 81 004 511 94]]. La conseillère : « née en [[DATE_NAISSANCE:54]] à {{Albi}} c'est ça ? » oui. Question sur ALD",
    ),
    (
        "chrs",
        AP,
        "Hall du CHRS, {{16h}}. Deux résidents jouent aux cartes. Le veilleur arrive à {{21h}}. L'éducateur m'explique le règlement : pas d'alcool, sorties jusqu'à {{23h}}. {{42 places}} dont {{6}} en urgence",
    ),
    (
        "france_travail",
        AT,
        "3949. Mr [[PERSONNE:Oumar Traoré]] rappelle pour la 3e fois, radiation. Identifiant « [[ID_FRANCE_TRAVAIL:6 03 74 15 M]] » — la conseillère Mme [[PERSONNE:Garcia]] : « M comme Mathieu ? » oui. Son tel pour rappel [[TELEPHONE:07 58 21 94 36]]",
    ),
    (
        "caf",
        CSP,
        "Suite contrôle, dossier couple {{Rodez}}. Voiture garée dans la cour immatriculée [[IMMATRICULATION:FK-218-RM]], le contrôleur la note car madame déclare vivre seule. Monsieur [[PERSONNE:Alibert]] arrive pendant la visite 😬",
    ),
    (
        "urgences",
        AP,
        "Accueil admin, homme espagnol, carte européenne. Passeport [[IDENTIFIANT:PAL418273]]. Nom [[PERSONNE:Iñaki Etxeberria]]. La secrétaire galère avec le x et le ñ, elle écrit [[PERSONNE:Inaki Etcheberria]] dans le logiciel",
    ),
    (
        "ccas",
        AP,
        "Domiciliation. Une dame demande si elle peut recevoir son courrier ici. Réponse oui si lien avec la commune. {{Formulaire cerfa 15548}}. Attente {{20 min}}",
    ),
    (
        "cpam",
        AP,
        "RIB pour remboursements : le mr tend un RIB papier, l'agent recopie [[IBAN:FR76 3000 3594 8992 1122 1311 955]]. Il relit « [[IBAN:1311 955]] » à voix haute. Mr [[PERSONNE:Couderc]] confirme. Puis : tel fixe [[TELEPHONE:05 61 42 87 19]]",
    ),
    (
        "chrs",
        AT,
        "Écoutante 115 {{Montpellier}} : « vous êtes où là ? » réponse « sous le pont de la {{Mosson}} ». Pas de nom donné. {{3 appels}} pareil en {{20 minutes}}. Maraude prévenue",
    ),
    (
        "france_travail",
        AP,
        "Conseiller ([[PERSONNE:Karim]]) reçoit une femme qui veut faire une formation aide-soignante à {{Nîmes}}. Elle a déjà vu Mme [[PERSONNE:Pujol]] la semaine dernière. Financement {{AIF}}, {{1 800 €}} reste à charge ?? Il vérifie",
    ),
    (
        "caf",
        AT,
        "Mme appelle pour AAH + APL. Agent demande numéro d'allocataire. « Je l'ai pas sous les yeux, mon NIR ça va ? » [[NIR:2 73 07 12 202 005 37]]. L'agent retrouve le dossier [[N_ALLOCATAIRE:1208764]]. Elle s'appelle [[PERSONNE:Delmas]], [[PERSONNE:Sylvie]]",
    ),
    (
        "urgences",
        AP,
        "salle d'attente pleine a craquer. {{23h}} (je suis resté plus tard). Un ado au bras cassé, l'agent de sécu parle {{catalan}} avec la grand-mère. Tout le monde attend le médecin de garde",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'assistante sociale Mme [[PERSONNE:Rouquette]] chez un couple âgé, [[ADRESSE:8 chemin de la Garrigue, 34200 Sète]]. Ils ont un chien, {{Filou}}, très gentil. Dossier APA en cours, référence conseil départemental [[IDENTIFIANT:APA-34-2024-05512]]",
    ),
    (
        "france_travail",
        AT,
        "RAS pdt {{1h}} : appels pour actualisation, mot de passe oublié ×{{5}}. La conseillère me dit que c'est {{80 %}} des appels le lundi",
    ),
    (
        "cpam",
        AT,
        "Dame au tel ne parle que turc. Sa fille ([[PERSONNE:Elif]]) traduit. Mère : [[PERSONNE:Ayşe Yılmaz]]. NIR : « [[NIR:2 92 07]]… [[NIR:99 208]]… » la fille s'arrête, « attendez je reprends : [[NIR:2 92 07 99 208 450 12]] ». La conseillère vérifie née en Turquie en [[DATE_NAISSANCE:juillet 1992]], oui",
    ),
    (
        "caf",
        AP,
        "Une étudiante de {{Montpellier}} pour APL, bail au [[ADRESSE:5 rue de l'Aiguillerie, 34000 Montpellier]]. Mail donné : [[EMAIL:lea.fabre34@gmail.com]]. L'agent tape [[EMAIL:lea.fabre.34@gmail.com]] puis corrige",
    ),
    (
        "chrs",
        CSP,
        "Passage chambre par chambre pour la visite sécurité, rien à dire. Foyer propre. L'éducateur vérifie les détecteurs de fumée : {{2}} à changer",
    ),
]

# Notes 035-070.
NOTES_2 = [
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Rakotomalala]] (prénom [[PERSONNE:Fanja]]) vient avec son dossier. Conseiller lit l'identifiant sur l'écran : « [[ID_FRANCE_TRAVAIL:3 0 9 6 4 1 8]]… et la lettre c'est un [[ID_FRANCE_TRAVAIL:B]] ? » Elle montre sa convocation : [[ID_FRANCE_TRAVAIL:3096418B]]. Ok. Entretien de {{25 min}}",
    ),
    (
        "caf",
        AT,
        "⚠️ appel compliqué : le mr donne un numéro MSA au lieu de Caf. « [[N_ALLOCATAIRE:0 5 7 3 2 1 9]] ». L'agente explique qu'il dépend de la {{MSA Midi-Pyrénées Sud}}, pas de la {{Caf}}, et donne le numéro de la MSA. Il raccroche content",
    ),
    (
        "urgences",
        AP,
        "Une dame arrive en taxi, vertiges. La secrétaire demande son adresse : [[ADRESSE:19 rue du Bourg, 12000 Rodez]]. Tel portable : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Personne à prévenir : son fils [[PERSONNE:Thierry]]",
    ),
    (
        "chrs",
        AT,
        "Appel 115 {{Toulouse}}, {{22h15}}. Une femme avec {{2 enfants}} à la gare {{Matabiau}}. Elle s'appelle [[PERSONNE:Mariam Konaté]], née le [[DATE_NAISSANCE:14 avril 1980]]. L'écoutante retrouve son dossier SIAO : [[IDENTIFIANT:31-2023-004512]] puis [[IDENTIFIANT:31-2023-0045 12]] relu en coupant mal. Hôtel {{B&B}} {{Blagnac}}, {{chambre 204}}",
    ),
    (
        "cpam",
        AP,
        "Pas de NIR sur la carte vitale abimée, l'agent demande la attestation. Mr lit : [[NIR:1 86 10 99 139 826 61]]. « Ah le {{99}} c'est {{Portugal}} ? » dit mr [[PERSONNE:Ferreira]] en riant. Il travaille au {{Garage Ferreira Automobiles}}, celui de son oncle",
    ),
    (
        "ccas",
        AP,
        "Accueil CCAS {{Carcassonne}}. Dame demande la carte de bus gratuite seniors. Justificatifs : avis d'imposition, pièce d'identité. {{68 ans}}. Délai {{15 jours}}. Rien à signaler",
    ),
    (
        "caf",
        AP,
        "ELLE CRIE : « CA FAIT 3 MOIS QUE J'AI RIEN ». L'agent reste calme. Num alloc [[N_ALLOCATAIRE:2 987 441]]. Dossier bloqué : manque RIB. Elle en a un dans son sac : [[IBAN:FR76 1027 8864 0024 3918 1488 255]]. Débloqué en {{5 minutes}}. Elle pleure. Mme [[PERSONNE:Lacaze]]",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant {{15h40}}. Jeune femme, demande de rdv. Le conseiller lui demande son mail : [[EMAIL:m.ouedraogo [at] laposte.net]] épelé « O-U-E-D-R-A-O-G-O ». [[PERSONNE:Mariam Ouédraogo]], identifiant [[ID_FRANCE_TRAVAIL:7254189C]]",
    ),
    (
        "urgences",
        AT,
        "Le téléphone sonne sans arrêt. Régulation du {{15}} transfère. L'infirmière d'accueil répond à un pharmacien. Rien de nominatif devant moi",
    ),
    (
        "chrs",
        CSP,
        "Visite de l'appart partagé par [[PERSONNE:Ahmad Rahimi]] et [[PERSONNE:Samir]] au [[ADRESSE:11 bis rue Émile Zola, Tarbes]]. L'éduc note l'état des lieux. [[PERSONNE:Ahmad]] parle {{dari}}, on fait avec le traducteur du téléphone. Titre de séjour récépissé [[IDENTIFIANT:6500412783]] valable jusqu'au {{30/09}}",
    ),
    (
        "cpam",
        AT,
        "« bonjour je vous appelle pour le remboursement de mes lunettes » — {{Optic 2000}}, {{240 €}}. Mutuelle {{MGEN}} [[IDENTIFIANT:1043877206]] ? non, elle corrige : mutuelle {{Harmonie}} n° [[IDENTIFIANT:HM-55 102 984]]. Conseiller explique le tiers payant",
    ),
    (
        "caf",
        CSP,
        "Contrôleur M. [[PERSONNE:Haddad]]… pardon [[PERSONNE:Rachid Haddad]]. On arrive [[ADRESSE:camping Le Pin Parasol, emplacement 41]] à côté d'{{Agde}}. Le mobil-home de la famille [[PERSONNE:Santiago]]. {{4 enfants}}, dont un né en [[DATE_NAISSANCE:2015]] et un en [[DATE_NAISSANCE:2019]]. Plaque du camion : [[IMMATRICULATION:AB 452 QD]] (il la note sans tirets)",
    ),
    (
        "france_travail",
        AP,
        "Réunion d'info collective sur la création d'entreprise. {{12 personnes}}. Intervenant de la {{CCI}} de {{Montpellier}}. Question sur l'{{ARCE}} et l'{{ARE}}. {{1h30}}",
    ),
    (
        "ccas",
        AT,
        "Un mr appelle pour une aide alimentaire. Donne son tel : « [[TELEPHONE:04 67 58 12 90]], ah non c'est l'ancien, maintenant [[TELEPHONE:06 12 87 45 03]] ». Nom : [[PERSONNE:Hakobyan]], [[PERSONNE:Armen]]. RDV épicerie solidaire {{jeudi}} {{14h}}",
    ),
    (
        "urgences",
        AP,
        "Gros moment : deux ambulances en même temps. L'agent d'accueil me montre le tableau : {{31 patients}}, attente estimée {{4h}}. Affiché à l'écran mais personne ne lit",
    ),
    (
        "caf",
        AT,
        "La dame : « mon numéro c'est le [[N_ALLOCATAIRE:4 4 1 2]]… [[N_ALLOCATAIRE:4 4 1 2 0 9 6]] ». Pas de dossier. L'agent : vous êtes bien à la Caf de l'{{Hérault}} ? « non du {{Gard}} » 😅 transfert",
    ),
    (
        "chrs",
        AP,
        "Admission au CHRS de {{Nîmes}}. Mr [[PERSONNE:Diallo]], [[PERSONNE:Mamadou]], orienté par le SIAO, fiche n° [[IDENTIFIANT:SIAO30-24-0793]]. L'éducatrice [[PERSONNE:Christelle Soulié]] lui fait visiter. Il demande où mettre son vélo",
    ),
    (
        "cpam",
        AP,
        "L'agente me dit qu'elle fait {{70 personnes}} par jour. Aujourd'hui plutôt {{40}}. Pause à {{12h15}}. Elle boit son café debout",
    ),
    (
        "france_travail",
        AT,
        "Mr donne identifiant « [[ID_FRANCE_TRAVAIL:2 4 7 8 1 0 3]] et puis une lettre j'arrive pas à lire… [[ID_FRANCE_TRAVAIL:J]] ou [[ID_FRANCE_TRAVAIL:T]] ». La conseillère trouve [[ID_FRANCE_TRAVAIL:2478103T]] avec son nom [[PERSONNE:Esteve]]. Date de naissance vérifiée : [[DATE_NAISSANCE:1966-04-21]]",
    ),
    (
        "urgences",
        AP,
        "Un monsieur ivre, pas de papiers, dit s'appeler « [[PERSONNE:Kiki]] ». Agent de sécu le connaît : [[PERSONNE:Christian Arnal]], « un habitué ». Ils le mettent sur un brancard. {{3h du mat}} selon lui c'est tous les soirs",
    ),
    (
        "caf",
        AP,
        "Accueil sur rdv. Agente [[PERSONNE:Mélanie]] reçoit Mme [[PERSONNE:Hoarau]] pour le changement de situation (séparation). Nouvelle adresse : [[ADRESSE:7 rue des Tourterelles, 81000 Albi]]. Le monsieur reste au {{Lude}}, à {{Albi}} aussi. {{prime de Noël}} en question",
    ),
    (
        "ccas",
        CSP,
        "Enquête logement insalubre avec l'agent du service hygiène. Immeuble [[ADRESSE:22 rue de la Fraternité, 66000 Perpignan]], {{2e étage}}. La locataire Mme [[PERSONNE:Reyes]] montre les moisissures. Propriétaire : la {{SCI Les Platanes}}. Photo prise",
    ),
    (
        "cpam",
        AT,
        "Le conseiller épelle un mail : [[EMAIL:jp.cazals@orange.fr]], « cazals avec un Z ». Monsieur [[PERSONNE:Jean-Pierre Cazals]], {{74 ans}}, veut une attestation de droits. Envoyée",
    ),
    (
        "france_travail",
        AP,
        "Accueil : borne pour l'actu, une conseillère aide les gens à se connecter sur {{francetravail.fr}}. Un mr n'a pas de mail. On lui en crée un : [[EMAIL:yilmaz.mehmet1979@gmail.com]]. [[PERSONNE:Mehmet Yilmaz]], né en [[DATE_NAISSANCE:1979]]",
    ),
    (
        "chrs",
        AT,
        "115 {{Béziers}}, personne isolée de {{60 ans}} qui appelle tous les soirs. Écoutante connaît sa voix : « bonsoir [[PERSONNE:Gérard]] ». Pas de place. Elle lui donne l'adresse de l'accueil de jour",
    ),
    (
        "urgences",
        AT,
        "Un médecin de ville appelle pour adresser un patient : « Mr [[PERSONNE:Teriitehau]], né le [[DATE_NAISSANCE:3 mars 88]] ». La secrétaire tape [[PERSONNE:Teriteau]] puis cherche, trouve, IPP [[IDENTIFIANT:800451276]]",
    ),
    (
        "caf",
        AT,
        "{{9h}} pile : {{32 appels}} en file. L'agent enchaîne. Beaucoup de questions sur la {{réforme}} de l'{{AAH}} (déconjugalisation). Personne ne donne son nom devant moi",
    ),
    (
        "cpam",
        CSP,
        "Pas vraiment un contrôle, c'est une visite du service social de l'Assurance maladie chez Mme [[PERSONNE:Mansouri]] sortie d'hôpital, [[ADRESSE:Rés. Les Oliviers, bât. C, 45 av. de la Pompignane, 34000 Montpellier]]. Elle montre son IBAN pour les IJ : [[IBAN:FR76 1310 6904 6182 7270 2415 473]]",
    ),
    (
        "ccas",
        AP,
        "Un papy vient pour le portage de repas, son fils au tel sur haut-parleur. {{6,50 €}} le repas. Il demande s'il peut choisir le dessert. L'agente rit",
    ),
    (
        "france_travail",
        AT,
        "conseillère appelle un demandeur pour un job dating {{Airbus}} à {{Blagnac}}. Pas de réponse, message sur répondeur. Elle laisse son numéro : {{05 34 ...}} (numéro pro de l'agence, poste {{4127}})",
    ),
    (
        "chrs",
        CSP,
        "Visite de la maison relais. Résidente [[PERSONNE:Fatoumata]] me montre son jardin partagé, des tomates et un olivier. Elle a un chat, {{Pacha}}. Elle vit ici depuis {{2019}}",
    ),
    (
        "urgences",
        AP,
        "Mme vient avec son mari tombé de l'échelle. Elle donne sa carte vitale + passeport algérien n° [[IDENTIFIANT:188654321]]. Nom du patient : [[PERSONNE:Abdelkader Boukhari]]. La secrétaire redemande « [[PERSONNE:B-O-U-K-H-A-R-I]] ? » oui",
    ),
    (
        "caf",
        AP,
        "Jeune maman, [[PERSONNE:Kenza]], vient déclarer sa grossesse. Agent : date prévue ? {{octobre}}. Elle a {{21 ans}}. Numéro alloc pas encore : création. Tel [[TELEPHONE:+33 7 81 24 66 09]]",
    ),
    (
        "cpam",
        AP,
        "Il y a une fontaine à eau, elle est vide depuis {{10h}}. Un monsieur demande à l'agent où est la {{Pharmacie de la Comédie}}. Plus tard une dame demande un formulaire {{S3125}} (CMU). Rien à noter d'autre",
    ),
    (
        "chrs",
        AP,
        "Entretien d'accueil au CHRS {{Perpignan}}. La famille [[PERSONNE:Jiménez]] arrive avec une fille de [[DATE_NAISSANCE:2011]] et un garçon de [[DATE_NAISSANCE:2014]] (« nés en »). Le père, [[PERSONNE:Manuel]], donne son tel [[TELEPHONE:06.71.38.22.54]]",
    ),
    (
        "france_travail",
        AP,
        "L'agente explique le CEJ à un jeune. Il s'appelle [[PERSONNE:Yanis]], vit chez sa mère à {{Saint-Cyprien}} ({{Toulouse}}). Identifiant : [[ID_FRANCE_TRAVAIL:6107229Z]]. « [[ID_FRANCE_TRAVAIL:6-1-0-7-2-2-9, Z]] comme {{Zorro}} »",
    ),
]

# Notes 071-105.
NOTES_3 = [
    (
        "caf",
        CSP,
        "Contrôle à {{Castelnaudary}}. Contrôleuse : [[PERSONNE:Agnès Sabatier]]. Chez mr [[PERSONNE:Popescu]] ([[PERSONNE:Ionuț]]), {{3 pièces}}. Deux voitures : une Dacia [[IMMATRICULATION:GT-903-LB]] et une roumaine [[IMMATRICULATION:B 123 XYZ]]. Elle demande à qui est la 2e, « mon cousin [[PERSONNE:Vasile]] »",
    ),
    (
        "cpam",
        AT,
        "Conseiller lit le NIR à l'écran pour vérifier : « [[NIR:un, quatre-vingt-treize, zéro un, trente-quatre, cent soixante-douze]]… » le monsieur coupe « non non j'suis né en [[DATE_NAISSANCE:93]] mais à {{Montpellier}} oui c'est ça ». Le numéro complet : [[NIR:1 93 01 34 172 123 72]]. Il s'appelle [[PERSONNE:Théo Guiraud]]",
    ),
    (
        "ccas",
        AP,
        "Dame âgée, vient pour une aide à la facture d'eau ({{Veolia}}, {{112 €}}). Nom : [[PERSONNE:Paulette Combes]]. Elle dit « je suis de [[DATE_NAISSANCE:trente-neuf]] vous savez ». Réf. abonné Veolia [[IDENTIFIANT:0412 77 9081]]",
    ),
    (
        "france_travail",
        AP,
        "Mr sourd, échange par écrit sur une ardoise. Conseiller écrit l'identifiant : [[ID_FRANCE_TRAVAIL:5 932 140 R]]. Beaucoup de patience. Ça prend {{35 min}}. Il écrit « merci [[PERSONNE:Fabien]] » au conseiller 😊",
    ),
    (
        "urgences",
        AP,
        "La secrétaire de nuit me montre le dossier papier de secours en cas de panne. {{2 pannes}} cette année. Rien de nominatif",
    ),
    (
        "chrs",
        AT,
        "Appel 115 {{Carcassonne}}. Un jeune, [[PERSONNE:Kevin Grondin]], {{22 ans}}, dit être né à {{La Réunion}} le [[DATE_NAISSANCE:17/02/2002]]. Dort dans sa voiture immatriculée [[IMMATRICULATION:EZ-771-HA]] sur le parking du {{Leclerc}}. Tel [[TELEPHONE:0693 41 27 88]]",
    ),
    (
        "caf",
        AT,
        "Le mr ne veut pas donner son numéro au tel par peur des arnaques. L'agent explique qu'elle ne demandera jamais de code bancaire. Finalement : [[N_ALLOCATAIRE:5102 334]]. Mr [[PERSONNE:Lefèvre]]",
    ),
    (
        "cpam",
        AP,
        "Jeune femme ukrainienne, protection temporaire. APS n° [[IDENTIFIANT:3412005871]]. Nom : [[PERSONNE:Olena Kovalenko]]. Elle veut sa carte vitale. L'agente dit que c'est en cours, NIR provisoire [[NIR:2 84 12 99 155 032]]… non elle s'est trompée de dossier, c'est celui d'une autre dame. Elle ferme vite",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle pour son fils en situation de handicap. Dossier MDPH [[IDENTIFIANT:MDPH 81-2022-01764]] ? Le conseiller dit que la référence MDPH ne sert pas ici, il faut l'identifiant. Fils : [[PERSONNE:Lucas Maurel]], [[ID_FRANCE_TRAVAIL:1182 940 S]]",
    ),
    (
        "ccas",
        AT,
        "{{10h30}} réunion d'équipe, standard basculé sur la messagerie. Je lis les affiches : « {{Noël}} des aînés le {{14 décembre}} », « {{Vacances}} solidaires ». Pas d'appel pendant {{20 min}}",
    ),
    (
        "urgences",
        AP,
        "Un enfant de {{4 ans}} avec une perle dans le nez. La maman, Mme [[PERSONNE:Zhang]], a un téléphone chinois, elle dicte son numéro en chinois à sa fille qui traduit : [[TELEPHONE:07 62 19 30 84]]. L'IOA sourit",
    ),
    (
        "chrs",
        AP,
        "Résident demande à l'éducateur de l'aider pour le tribunal : convocation JAF, RG [[IDENTIFIANT:24/01873]]. « c'est [[IDENTIFIANT:24 slash 01873]] ». Son avocate, Me [[PERSONNE:Bonnafous]], ne répond pas. Il s'appelle [[PERSONNE:Julien]]",
    ),
    (
        "caf",
        AP,
        "L'agente me montre l'écran : « Allocataire [[PERSONNE:SANCHEZ Antonio]] / n° [[N_ALLOCATAIRE:3457 021]] / {{Béziers}} ». Il vient pour un {{prêt d'honneur}} de {{700 €}}. Refusé car pas dans les critères",
    ),
    (
        "cpam",
        CSP,
        "Visite d'un agent de la CPAM chez un assuré en arrêt maladie, contrôle de présence. [[ADRESSE:2 place du Foirail, 65000 Tarbes]]. Personne. Voisine dit que mr [[PERSONNE:Carrère]] est parti à {{Lourdes}}. L'agent note {{15h20}}",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Haddad]] (pas de lien avec le contrôleur Caf de mardi) vient pour son attestation employeur. Employeur : {{Carrefour Market}} {{Sète}}. Elle donne l'IBAN pour l'ARE : [[IBAN:FR76 1131 5369 4425 8225 0671 782]]",
    ),
    (
        "urgences",
        AT,
        "Appel de la gendarmerie de {{Millau}} : accident, la victime est [[PERSONNE:Soulayman Cherif]], né le [[DATE_NAISSANCE:1er janvier 2001]], véhicule [[IMMATRICULATION:DX-455-PT]]. Secrétaire note tout. Arrivée prévue {{20 min}}",
    ),
    (
        "caf",
        AT,
        "Appelle pour la PreParE. Bébé né le {{3 février}}. Maman donne num alloc [[N_ALLOCATAIRE:8120 435]] puis le NIR du papa pour vérif : « [[NIR:1 82 05 11 069 503 29]] ». Papa né à {{Carcassonne}}, [[DATE_NAISSANCE:mai 82]]",
    ),
    (
        "ccas",
        AP,
        "agent du CCAS (mr [[PERSONNE:Baptiste]]) aide un couple à remplir la demande de logement social ({{cerfa 14069}}). Numéro unique demandeur : [[IDENTIFIANT:034 240 612 887 91]]. Ils veulent {{T3}} sur {{Montpellier}}, quartier {{Croix d'Argent}}",
    ),
    (
        "chrs",
        CSP,
        "Visite du logement d'urgence {{rue Fabre}} (sans numéro, c'est le bâtiment de l'asso). {{4 chambres}}. Une chambre vacante. Tout est OK",
    ),
    (
        "cpam",
        AT,
        "La conseillère m'explique le script : « Pour des raisons de sécurité, pouvez-vous me confirmer votre date de naissance ». La dame répond : « [[DATE_NAISSANCE:douze juin quatre-vingt-dix]] ». Puis NIR : [[NIR:2 90 06 31 555 964 27]], « [[NIR:964]] je répète [[NIR:964 27]] »",
    ),
    (
        "france_travail",
        AT,
        "Conseillère Mme [[PERSONNE:Martinez]] appelle une entreprise pour une offre n° {{187KLMW}}. Puis rappelle un demandeur, [[PERSONNE:Sofiane]], sur son portable [[TELEPHONE:06 24 71 90 35]] : messagerie pleine",
    ),
    (
        "urgences",
        AP,
        "Homme sans domicile, se présente pour une plaie au pied. Donne son nom : [[PERSONNE:Patrick Roux]]. Adresse : « SDF, domicilié au CCAS de {{Nîmes}} ». Carte vitale périmée. La secrétaire recopie l'ancien NIR : [[NIR:1 70 11 30 189 315 86]]",
    ),
    (
        "caf",
        AP,
        "Petit garçon qui joue avec les brochures pendant que sa mère parle. L'agent lui donne un crayon. {{11h50}}. Rush avant midi",
    ),
    (
        "ccas",
        CSP,
        "Visite chez une dame signalée par ses voisins : Mme [[PERSONNE:Lagarde]], [[ADRESSE:34 rue Séré de Rivières, 81000 Albi]]. Elle a {{91 ans}}, vit seule avec sa chatte {{Mimi}}. Téléassistance à mettre en place. Sa fille au tel : [[TELEPHONE:05 63 47 21 08]]",
    ),
    (
        "chrs",
        AT,
        "Écoutant 115 : « vous avez un numéro SIAO ? » — « oui c'est [[IDENTIFIANT:34]]… [[IDENTIFIANT:2024]]… [[IDENTIFIANT:11]]… non [[IDENTIFIANT:34-2024-1127]] ». Monsieur [[PERSONNE:Sok]] ([[PERSONNE:Vanna]]). Places : {{0}}. Il rappellera demain {{9h}}",
    ),
    (
        "france_travail",
        AP,
        "Salle d'attente, {{9 personnes}}. Un écran diffuse des offres : « Cariste H/F {{Rodez}} », « ASH {{Clinique Saint-Louis}} ». Le conseiller d'accueil dit que personne ne les lit",
    ),
    (
        "cpam",
        AP,
        "Mr présente passeport sénégalais [[IDENTIFIANT:A02918374]] et titre de séjour. Sa femme, [[PERSONNE:Aminata Mendy]], née en [[DATE_NAISSANCE:avril 1980]] au {{Sénégal}}, NIR [[NIR:2 80 04 99 341 373 34]]. Il veut l'ajouter comme ayant droit ? l'agent explique que ça n'existe plus",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez un travailleur indépendant. Son SIRET perso : [[IDENTIFIANT:812 457 903 00014]]. Chiffre d'affaires déclaré {{8 400 €}}. Il s'appelle [[PERSONNE:Bilal]], livreur {{Uber Eats}}",
    ),
    (
        "urgences",
        AT,
        "Famille appelle pour savoir si leur grand-père est arrivé. « [[PERSONNE:Louis Pujol]] ». La secrétaire demande date de naissance : « [[DATE_NAISSANCE:7 juillet 1960]] », {{OK}}. Il est au box {{4}}",
    ),
    (
        "chrs",
        AP,
        "Repas du soir, {{19h}}. {{28 couverts}}. Un bénévole du {{Secours populaire}} sert. On parle foot, le {{Stade Toulousain}} (rugby !) surtout",
    ),
    (
        "ccas",
        AT,
        "Mme au tel donne son adresse pour le colis de Noël : « [[ADRESSE:12, rue Jean Jaurès, 11100 Narbonne]] ». Agent : vous êtes bien à {{Carcassonne}} ? Non {{Narbonne}}. Mauvais CCAS. Elle s'appelle Mme [[PERSONNE:Guiraud]]",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur lit son IBAN pour un changement de compte : « [[IBAN:FR76… trois zéro zéro zéro quatre]]… » l'agent : « envoyez-le plutôt par la messagerie ». IBAN finalement dans la messagerie : [[IBAN:FR76 3000 4481 9066 9473 9193 558]]. Identifiant [[ID_FRANCE_TRAVAIL:4 4 0 9 1 7 2 W]]",
    ),
    (
        "cpam",
        AT,
        "Bruit de fond, bébé qui pleure. La maman veut rattacher son bébé, [[PERSONNE:Nour]], né le [[DATE_NAISSANCE:28 mars]]. NIR de la maman : [[NIR:2 84 12 99 351 419 08]]. Née en {{Tunisie}}",
    ),
    (
        "caf",
        AP,
        "{{3 agents}} au guichet, {{1}} en formation. L'agente du milieu me dit qu'elle a eu {{4 menaces}} ce mois. Le vigile s'appelle [[PERSONNE:Moussa]], tout le monde l'adore",
    ),
    (
        "urgences",
        AP,
        "Patient de {{Béziers}} transféré. Sa femme donne l'IPP du précédent hospit : « [[IDENTIFIANT:P00451 876]] ». La secrétaire : « [[IDENTIFIANT:P zéro zéro quatre cinq un huit sept six]] ? » oui. Nom Mr [[PERSONNE:Vidal]]",
    ),
]

# Notes 106-140.
NOTES_4 = [
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Benhamou]] donne son mail pour recevoir l'attestation : « [[EMAIL:s.benhamou@free.fr]] ». L'agent relit « [[EMAIL:s point benhamou arobase free point fr]] », elle dit oui. Num alloc [[N_ALLOCATAIRE:6 603 218]], {{Perpignan}}",
    ),
    (
        "france_travail",
        AP,
        "Conseillère [[PERSONNE:Claire]] reçoit Mr [[PERSONNE:Tran]], ancien cuisinier. Elle lui demande son mail : [[EMAIL:tran.minh.duc@hotmail.fr]]. Il a un permis B et une voiture ({{Clio}}), plaque [[IMMATRICULATION:CV-604-ZE]] « au cas où pour les offres loin ». Offre {{Mc Donald's}} {{Odysseum}}",
    ),
    (
        "urgences",
        AP,
        "Une dame suisse, plaque de voiture [[IMMATRICULATION:VD 482 157]] garée en double file devant les urgences. L'agent de sécu vient demander à qui elle est. Son mari, [[PERSONNE:Urs Meier]], en salle. Ils sont en vacances à {{Argelès}}",
    ),
    (
        "chrs",
        AT,
        "115 Tarbes — la travailleuse sociale d'un hôpital appelle pour une sortie : patient [[PERSONNE:Rui Gonçalves]], IPP [[IDENTIFIANT:6500 9871 3]], à la rue à sa sortie {{vendredi}}. Elle laisse son mail pro [[EMAIL:assistante.sociale@ch-tarbes.fr]] et son poste {{2281}}",
    ),
    (
        "cpam",
        AP,
        "Attente {{10 min}}. L'agente fait une demande de CSS pour un couple avec {{3 enfants}}. Revenus {{1 650 €}}. Tout passe. Le monsieur me demande si je suis stagiaire 😂",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Bakayoko]] vient avec son propriétaire au téléphone qui veut être payé. Loyer {{540 €}}. Le CCAS propose une avance FSL. RIB du bailleur (une personne physique, mr [[PERSONNE:Marty]]) : [[IBAN:FR76 2004 1498 0204 7500 3248 339]]",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur [[PERSONNE:Patrice]] me montre sa liste de la journée : {{4 visites}}, {{Lunel}}, {{Mauguio}}, {{Lattes}}. Première chez Mme [[PERSONNE:Ahmadi]], [[ADRESSE:9 allée des Capucines, 34130 Mauguio]]. Elle est absente, avis de passage",
    ),
    (
        "france_travail",
        AT,
        "Un mr très énervé : « vous m'avez radié ! » conseiller calme. « Votre identifiant ? » — « [[ID_FRANCE_TRAVAIL:sept, un, huit, huit, deux, zéro, un, D]] ». Il s'appelle [[PERSONNE:Mickaël Rouquette]], rendez-vous manqué du {{6 mai}}",
    ),
    (
        "urgences",
        AT,
        "Un fils appelle pour sa mère, Mme [[PERSONNE:Shevchenko Halyna]]. La secrétaire : « sa date de naissance ? » — « [[DATE_NAISSANCE:1958]], le [[DATE_NAISSANCE:2 décembre]] ». Elle est partie en cardio. Il laisse son numéro, [[TELEPHONE:+380 67 412 55 90]], ukrainien",
    ),
    (
        "caf",
        AP,
        "{{11h}}. L'agent reçoit une femme enceinte qui vient de {{Sète}} en bus. Elle a perdu son code. Réinitialisation faite sur le poste. {{caf.fr}} marche mal aujourd'hui",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Abdallah]] (dit « [[PERSONNE:Abdou]] ») demande son courrier. La secrétaire cherche dans le casier {{B}}. Une lettre du tribunal judiciaire de {{Montpellier}}, n° de parquet [[IDENTIFIANT:23145000087]]. Elle ne l'ouvre pas",
    ),
    (
        "cpam",
        AT,
        "appel 3646 - mr donne son NIR très vite « [[NIR:160071220215589]] » conseiller : « plus lentement svp ». « [[NIR:1 60 07 12 202 155 89]] ». Ok. Né à {{Rodez}}, {{64 ans}}. [[PERSONNE:Roger Soulié]]. Question sur sa pension d'invalidité",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une réfugiée afghane, [[PERSONNE:Zahra Ahmadi]]. Titre de séjour n° [[IDENTIFIANT:3401287734]]. Interprète au tel. Adresse : {{CADA Adoma}}, [[ADRESSE:15 rue du Faubourg Figuerolles, 34070 Montpellier]]. Elle voudrait être couturière",
    ),
    (
        "urgences",
        AP,
        "Bébé de {{8 mois}}, bronchiolite. Papa donne le carnet de santé. Nom du bébé [[PERSONNE:Noah Lopez]], né le [[DATE_NAISSANCE:22/08/2023]]. Mutuelle {{Malakoff}} n° [[IDENTIFIANT:0058 4127 33]]",
    ),
    (
        "ccas",
        AT,
        "Appels pour les inscriptions au repas des aînés. L'agente note des noms au fur et à mesure mais je n'ai vu que la liste de dos. {{12 inscrits}} en {{1h}}",
    ),
    (
        "caf",
        AT,
        "L'agente relit le RIB : « banque [[IBAN:13506]], guichet [[IBAN:30837]], compte [[IBAN:99663553904]], clé [[IBAN:48]] ». Le mr : « oui c'est ça ». Mr [[PERSONNE:Kaya]], [[PERSONNE:Emre]]. Alloc [[N_ALLOCATAIRE:3458712]]",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres avec le chef de service, M. [[PERSONNE:Lacombe]]. Chambre {{12}} : [[PERSONNE:Yacine]], dort. Chambre {{14}} : vide, le résident ([[PERSONNE:Jean-Marc]]) est à son chantier d'insertion {{Emmaüs}}",
    ),
    (
        "france_travail",
        AT,
        "Une conseillère épelle au téléphone l'adresse mail de l'agence pour envoyer les pièces. Pas de nom perso. L'appelante repète, « c'est bien {{@francetravail.fr}} ? »",
    ),
    (
        "cpam",
        CSP,
        "Visite avec l'agent d'accompagnement santé chez Mr [[PERSONNE:Ouattara]], [[ADRESSE:Résidence Le Mail, appt 23, 4 rue de Bédarieux, 34500 Béziers]]. Il a {{58 ans}}, diabétique, renoncement aux soins. Mail de sa fille [[EMAIL:aicha.ouattara34@yahoo.fr]]",
    ),
    (
        "urgences",
        AP,
        "Motard accidenté, les pompiers donnent à l'accueil les papiers trouvés : permis au nom de [[PERSONNE:Florian Maurel]], carte grise moto [[IMMATRICULATION:FN-12-AB]]… non [[IMMATRICULATION:FN-127-AB]], l'agent avait mal lu",
    ),
    (
        "caf",
        AP,
        "{{Tarbes}}. Un couple vient ensemble, chacun veut son propre dossier. L'agent explique qu'un foyer = un dossier. Madame dit « on est séparés mais sous le même toit ». Discussion longue. Rien de nominatif dit",
    ),
    (
        "ccas",
        CSP,
        "Visite pour l'aide sociale légale (placement {{EHPAD}}). Chez M. [[PERSONNE:Cazals]] fils, [[ADRESSE:La Bastide, 12850 Onet-le-Château]]. Son père ira à l'{{EHPAD Les Terrasses du Causse}}. Avis d'imposition : n° fiscal [[IDENTIFIANT:12 34 567 890 123]]",
    ),
    (
        "france_travail",
        AP,
        "« Je m'appelle [[PERSONNE:Zoé]] », {{17 ans}}, vient pour l'apprentissage. Sa mère l'accompagne, Mme [[PERSONNE:Bertrand]]. Tel de la mère : [[TELEPHONE:06 - 45 - 11 - 78 - 02]]",
    ),
    (
        "chrs",
        AT,
        "Appel d'un travailleur social de la {{PASS}} de l'hôpital de {{Perpignan}}. Il donne la ref SIAO d'une dame : [[IDENTIFIANT:SI-66-0042871]]. Puis l'écoutante lui redemande : « [[IDENTIFIANT:0042871]] ? » — « non [[IDENTIFIANT:0042817]] pardon j'ai inversé ». Nom Mme [[PERSONNE:Demir]]",
    ),
    (
        "cpam",
        AP,
        "Attestation de droits imprimée pour Mr [[PERSONNE:Nkounkou]]. L'agent me montre la ligne « NIR : [[NIR:1 89 08 65 440 530 20]] ». Il dit « né à {{Tarbes}}, [[DATE_NAISSANCE:août 89]] » — ok ça colle avec le {{65}}. Il vit maintenant à {{Toulouse}}, {{Bagatelle}}",
    ),
    (
        "urgences",
        AT,
        "Appel d'un EHPAD de {{Sète}} ({{EHPAD Korian Les Amandiers}}) pour un résident qui arrive : [[PERSONNE:René Fabre]], né en [[DATE_NAISSANCE:1937]]. L'infirmière donne son numéro direct, poste {{304}}",
    ),
    (
        "caf",
        CSP,
        "Fin de contrôle. Le contrôleur remplit le rapport sur sa tablette. {{2h}} de route pour {{40 min}} de visite. Il dit que {{1 sur 3}} est une erreur de bonne foi",
    ),
    (
        "france_travail",
        AT,
        "Dame qui appelle pour son ancien compte {{Pôle emploi}}. Identifiant ancien format ? « [[ID_FRANCE_TRAVAIL:0 9 8 3 4 7 2 X]] ». Nouveau mail : [[EMAIL:mireille.carrere65@orange.fr]]. [[PERSONNE:Mireille]]",
    ),
    (
        "ccas",
        AP,
        "Chèques services pour {{Intermarché}}. Mme [[PERSONNE:Zobda]] arrive de {{Martinique}}, sa sœur l'héberge [[ADRESSE:15 rue du Grand Rond, Nîmes]]. Agente demande le tel : [[TELEPHONE:07 71 20 36 45]]",
    ),
    (
        "chrs",
        AP,
        "Atelier cuisine au CHRS avec une bénévole. Tajine. {{6 résidents}}. Ambiance top. Je ne note pas de nom exprès",
    ),
    (
        "cpam",
        AT,
        "Un employeur appelle pour une attestation de salaire d'un salarié, [[PERSONNE:Maxime Delmas]]. Donne le NIR du salarié : « [[NIR:1 68 10 31 555 845]] et la clé [[NIR:77]] ». Né à {{Toulouse}} en [[DATE_NAISSANCE:octobre 68]]. Le conseiller dit que ça se fait en ligne ({{net-entreprises}})",
    ),
    (
        "caf",
        AP,
        "Une jeune, [[PERSONNE:Inès Martínez-Ruiz]], vient avec son dossier de logement étudiant {{CROUS}}. Bâtiment {{Cité U Boutonnet}}, {{chambre 118}}. Alloc [[N_ALLOCATAIRE:9043 118]]. Tiens, {{118}} comme la chambre, elle rit",
    ),
    (
        "urgences",
        AP,
        "Agressivité à l'accueil vers {{15h}}. Un homme exige de voir un médecin immédiatement. Le vigile intervient. Tout se calme en {{5 minutes}}",
    ),
    (
        "france_travail",
        AP,
        "Entretien de suivi. Mr [[PERSONNE:Dupuy]] a trouvé un CDD chez {{Lebrun Plomberie}} à {{Albi}}. Il faut déclarer la reprise. Identifiant [[ID_FRANCE_TRAVAIL:3306591N]], conseillère [[PERSONNE:Aurélie]]",
    ),
    (
        "chrs",
        AT,
        "115 Montpellier, {{1h10}} du matin. Appel d'un homme qui a une tente à [[ADRESSE:aire des Gens du voyage de Grammont, place 6]]. En fait il y vit avec sa caravane. S'appelle [[PERSONNE:Tony]]. Plaque caravane [[IMMATRICULATION:AH 871 RT]]",
    ),
]

# Notes 141-175.
NOTES_5 = [
    (
        "caf",
        AT,
        "Monsieur lit son numéro d'allocataire sur le courrier mais commence par la date du courrier 🙃 « {{12 03 2024}}… ah non ça c'est la date. Alors [[N_ALLOCATAIRE:7 1 1 0 4 5 3]] ». L'agente : « [[N_ALLOCATAIRE:711 04 53]], monsieur [[PERSONNE:Mohamed Saïd]] ? » oui",
    ),
    (
        "ccas",
        AT,
        "Fille d'une dame âgée appelle, inquiète. Sa mère, [[PERSONNE:Odette Bousquet]], [[ADRESSE:6 rue de la Paix, 65000 Tarbes]], ne répond plus au tel depuis hier. L'agent du CCAS appelle la police municipale. La fille laisse [[TELEPHONE:06 80 55 12 47]] et son mail [[EMAIL:nathalie.bousquet@sfr.fr]]",
    ),
    (
        "cpam",
        CSP,
        "Enquête administrative avec un agent assermenté de la {{CPAM de l'Aude}}, soupçon de fraude aux IJ. Assuré : Mr [[PERSONNE:Garcia]] ([[PERSONNE:Sébastien]]), artisan, vu sur un chantier. SIRET perso [[IDENTIFIANT:901 234 118 00017]]. Camionnette [[IMMATRICULATION:GA-337-XC]] devant la maison",
    ),
    (
        "france_travail",
        AT,
        "Une dame : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:8]]… [[ID_FRANCE_TRAVAIL:80]]… attendez je mets mes lunettes… [[ID_FRANCE_TRAVAIL:8041266]] et [[ID_FRANCE_TRAVAIL:P]] ». Le conseiller tape [[ID_FRANCE_TRAVAIL:8041266P]]. Elle s'appelle [[PERSONNE:Dominique Lacaze]], c'est pour l'ASS",
    ),
    (
        "urgences",
        AP,
        "Accueil admin, {{2 secrétaires}}. Une stagiaire. Elles s'appellent entre elles par les prénoms : [[PERSONNE:Sandrine]] et [[PERSONNE:Coralie]]. La stagiaire c'est [[PERSONNE:Maëlys]]. Pas de patient pendant {{15 min}} (rare)",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Kowalczyk]] rend les clés du studio, il a trouvé un logement {{Hérault Habitat}} à {{Sète}}. Nouvelle adresse : [[ADRESSE:Résidence Les Salins, 18 quai de Bosc, 34200 Sète]]. Il laisse son tel [[TELEPHONE:07 49 18 62 30]] pour le suivi",
    ),
    (
        "caf",
        AP,
        "File de {{20 personnes}} à {{13h30}} devant la Caf de {{Nîmes}}. {{2 guichets}} ouverts. Un monsieur s'énerve contre la machine à tickets. L'agent lui donne le ticket {{A047}}",
    ),
    (
        "cpam",
        AT,
        "La dame donne son numéro de sécu mais elle le dit en groupe de deux : « [[NIR:27]], [[NIR:70]], [[NIR:56]], [[NIR:61]], [[NIR:36]]… » le conseiller s'embrouille, elle reprend « [[NIR:2 77 05 66 136 067 75]] ». Mme [[PERSONNE:Esteve]], née à {{Perpignan}}",
    ),
    (
        "ccas",
        CSP,
        "Visite d'évaluation pour l'aide ménagère chez Mr [[PERSONNE:Gabriel Vidal]], [[ADRESSE:Mas de la Font, route de Sommières, 30000 Nîmes]]. Il a un perroquet qui s'appelle {{Coco}}. {{86 ans}}. Né le [[DATE_NAISSANCE:15 mai 1938]]",
    ),
    (
        "france_travail",
        AP,
        "Attente : {{12 min}}. Une conseillère emmène une dame dans un bureau fermé pour parler, c'est plus confidentiel. Je ne suis pas. Je regarde les affiches sur le {{Salon de l'emploi}} de {{Béziers}}",
    ),
    (
        "urgences",
        AT,
        "La secrétaire appelle un patient parti sans attendre : « Mr [[PERSONNE:Benkirane]] ? vous êtes parti ce matin… » Numéro dans le dossier [[TELEPHONE:04 68 25 31 77]]. Il répond qu'il va mieux",
    ),
    (
        "chrs",
        AT,
        "115 — appel d'une femme victime de violences, avec un bébé. Nom donné : [[PERSONNE:Sarah]]. Elle est à [[ADRESSE:3 place Jean Jaurès, Castres]] chez une amie mais doit partir. L'écoutante lui donne le {{3919}}. Mise à l'abri hôtel {{Première Classe}}, {{chambre 17}}",
    ),
    (
        "caf",
        CSP,
        "Chez Mme [[PERSONNE:Fatima Zahra El Amrani]], [[ADRESSE:Les Arcades, bât. B, 23 rue de Belfort, 31000 Toulouse]]. Le contrôleur vérifie le bail : bailleur {{Toulouse Métropole Habitat}}, réf. locataire [[IDENTIFIANT:TMH-0045127]]. Son frère [[PERSONNE:Youssef]] dort dans le salon « de passage »",
    ),
    (
        "cpam",
        AP,
        "Une dame demande sa carte européenne pour un voyage à {{Barcelone}}. L'agent la commande. Rien de plus. Elle a un très beau pull bleu marine, la conseillère lui fait le compliment",
    ),
    (
        "france_travail",
        AT,
        "Conseiller entreprise appelle un employeur : {{Boulangerie Martin}} à {{Rodez}}. Il propose une candidate : « [[PERSONNE:Léna]], très motivée ». Puis le patron, M. [[PERSONNE:Martin]] lui-même, répond qu'il la veut en entretien {{mardi}}",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide pour obsèques. Le fils de Mr [[PERSONNE:Rodriguez]] décédé : [[PERSONNE:Alain Rodriguez]]. Facture des pompes funèbres n° [[IDENTIFIANT:PF-2024-0317]], {{2 980 €}}. Pompes funèbres {{Roc-Eclerc}}",
    ),
    (
        "urgences",
        AP,
        "Un jeune touriste allemand, passeport [[IDENTIFIANT:C4J8L2T97]], mordu par un chien. Nom : [[PERSONNE:Jonas Weber]]. Mail [[EMAIL:j.weber99@web.de]] pour les papiers. La secrétaire parle anglais, pas allemand",
    ),
    (
        "caf",
        AT,
        "Appel d'une travailleuse sociale du département pour une famille, les [[PERSONNE:Mendy]]. Elle donne le numéro d'allocataire « [[N_ALLOCATAIRE:zéro quatre cinq, deux deux un, neuf]] ». L'agente lit la situation : RSA majoré, {{3 enfants}}",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en sous-location ({{Solibail}}), [[ADRESSE:41 avenue de Toulouse, 12000 Rodez]]. Famille [[PERSONNE:Rahmani]], {{5 personnes}}. Le compteur EDF, n° PDL [[IDENTIFIANT:14 2857 6630 9124]], à relever",
    ),
    (
        "cpam",
        AT,
        "{{14h}}, fin de pause. Un appel dure {{27 minutes}} pour un remboursement de {{7,50 €}}. La conseillère soupire après",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Abdelaziz]], [[PERSONNE:Karim]] (il précise : « [[PERSONNE:Abdelaziz]] c'est mon nom de famille »). Identifiant [[ID_FRANCE_TRAVAIL:2 7 1 4 0 3 6 H]]. Il est chauffeur PL, plaque de son camion perso ? non, on n'en parle pas. Il demande la formation {{FIMO}}",
    ),
    (
        "urgences",
        AP,
        "Une maman rom avec enfant brûlé. Elle donne nom : [[PERSONNE:Dumitru]] — l'agente écrit [[PERSONNE:Dimitru]]. Elle vit [[ADRESSE:terrain du Ramier, caravane 3]] à {{Toulouse}}. Pas de sécu. AME en cours, numéro [[IDENTIFIANT:AME-31-240087]]",
    ),
    (
        "ccas",
        AT,
        "Le standard du CCAS de {{Rodez}} sonne peu. L'agente me dit que le lundi c'est pire. Elle répond à une question sur le {{Pass Culture}}. Rien de perso",
    ),
    (
        "caf",
        AP,
        "Agent : « votre nom ? » — « [[PERSONNE:N'Diaye]], avec apostrophe ». Prénom [[PERSONNE:Aïssatou]]. NIR : « je vous lis : [[NIR:2 80 04 99 341 373 43]] ». Clé fausse, l'agent : « [[NIR:43]] ou [[NIR:34]] ? » elle reregarde : « [[NIR:34]] pardon »",
    ),
    (
        "chrs",
        AP,
        "Permanence juridique au CHRS. Avocate bénévole, Me [[PERSONNE:Clara Nguyen]]. Résident [[PERSONNE:Ibrahim]] vient pour une OQTF, ref préfecture [[IDENTIFIANT:2024/066/OQTF/1123]]. Recours au TA de {{Montpellier}} sous {{48h}}",
    ),
    (
        "cpam",
        CSP,
        "Visite d'un conseiller Assurance maladie à domicile pour une personne handicapée, Mlle [[PERSONNE:Jolibois]], [[ADRESSE:10 lotissement Les Vignes, 11300 Limoux]]. Dossier MDPH [[IDENTIFIANT:011-2023-08842]], AAH. Elle a un chien guide, {{Praline}}",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un jeune en {{CEJ}} : « c'est [[PERSONNE:Enzo]] ». La conseillère le reconnaît. Il veut annuler. Elle lui redonne son rdv : {{jeudi}} {{10h}}, agence {{Toulouse Saint-Agne}}",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place, mr [[PERSONNE:Pérez]]. Le contrôleur demande les relevés bancaires. Compte {{Crédit Agricole}} : [[IBAN:FR76 1780 7298 4198 0763 3468 057]]. Il repère des virements d'un certain « [[PERSONNE:J. Lopez]] », {{300 €}}/mois. Explication : un remboursement de prêt entre amis",
    ),
    (
        "urgences",
        AT,
        "Un appel d'un laboratoire pour un résultat urgent : patiente [[PERSONNE:Lucie Arnal]], née le [[DATE_NAISSANCE:29/02/1996]]. Dossier n° [[IDENTIFIANT:24-URG-118205]]. Transmis au médecin",
    ),
    (
        "ccas",
        AP,
        "Une dame vient pour le CCAS mais c'est la Caf qu'il lui faut. L'agente lui écrit l'adresse de la Caf ({{avenue Georges Clemenceau}}) sur un post-it. {{3 min}}",
    ),
    (
        "chrs",
        AT,
        "Appel 115 {{Nîmes}}. Homme, [[PERSONNE:Hassan]], {{45 ans}}. L'écoutante : « votre date de naissance c'est bien le [[DATE_NAISSANCE:9 septembre 79]] ? » — « [[DATE_NAISSANCE:78]] ! » elle corrige. Hébergé ce soir au {{Samu social}}",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Le Goff]] (breton en vacances à {{Gruissan}}) perdu ses lunettes et sa carte vitale. Adresse perso : [[ADRESSE:12 rue des Lilas, 56100 Lorient]]. Tel [[TELEPHONE:02 97 64 11 38]]",
    ),
    (
        "france_travail",
        AP,
        "Un participant de l'atelier numérique ne sait pas faire de copier-coller. La conseillère lui apprend. {{45 minutes}} pour une candidature. Il est fier à la fin",
    ),
    (
        "caf",
        AT,
        "L'agente demande le mail : « [[EMAIL:kaddour.amel@outlook.fr]] ». Elle relit « [[EMAIL:kaddour point amel]] » et la dame corrige : « non, [[EMAIL:amel.kaddour]], d'abord le prénom ». Nom [[PERSONNE:Amel Kaddour]]",
    ),
    (
        "urgences",
        AP,
        "Pompiers amènent une personne âgée trouvée chez elle, [[ADRESSE:5 rue Peyrolière, 31000 Toulouse]]. Nom sur sa carte : [[PERSONNE:Marcelle Fabre]]. Sa voisine, Mme [[PERSONNE:Ortiz]], l'accompagne. IPP ancien : [[IDENTIFIANT:310045587]]",
    ),
]

# Notes 176-208.
NOTES_6 = [
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Mbappé]] (« pas le footballeur » dit-il direct, l'agent rigole : « ah pas {{Kylian}} ? »). Num alloc [[N_ALLOCATAIRE:3140 992]]. Il a changé de banque : [[IBAN:FR76 1090 7511 5631 4481 7389 202]]. L'agent relit la fin « [[IBAN:7389 202]] »",
    ),
    (
        "france_travail",
        AT,
        "La conseillère : « je vous envoie le lien par mail, c'est toujours [[EMAIL:bruno.lagarde@gmail.com]] ? » — « non, maintenant [[EMAIL:b.lagarde81@laposte.net]] ». [[PERSONNE:Bruno]] habite {{Castres}}. Identifiant [[ID_FRANCE_TRAVAIL:5540 871 G]]",
    ),
    (
        "urgences",
        AP,
        "Accident de la route sur la {{N113}}. Le conducteur, [[PERSONNE:Hugo Sabatier]], donne à la secrétaire le constat : sa voiture [[IMMATRICULATION:GE-810-QN]], l'autre [[IMMATRICULATION:DL 558 SP]]. Son assurance {{MAIF}}, contrat n° [[IDENTIFIANT:2841573 K]]",
    ),
    (
        "chrs",
        AT,
        "115 Albi. « Allo c'est [[PERSONNE:Momo]] » — l'écoutante sait que c'est [[PERSONNE:Mohamed Khelifi]]. Il est à la {{gare d'Albi-Ville}}. {{2 places}} restantes, une pour lui",
    ),
    (
        "cpam",
        AP,
        "Une dame apporte sa feuille de soins papier. Médecin : Dr [[PERSONNE:Bonnet]]. L'agent scanne. Elle demande son remboursement sur un autre compte : [[IBAN:FR76 1680 7764 7952 8868 7184 857]]. Il faut un RIB à son nom, Mme [[PERSONNE:Couderc]]",
    ),
    (
        "caf",
        AT,
        "Appel MSA transféré par erreur. La dame dit : « mon numéro MSA c'est [[N_ALLOCATAIRE:81 0457 263]] ». Agriculteur à {{Réquista}}, {{Aveyron}}. L'agente explique que la Caf ne gère pas. Elle donne le {{05 65 ...}} de la MSA",
    ),
    (
        "ccas",
        AP,
        "Domiciliation d'un jeune gitan, [[PERSONNE:Manolo Reyes]]. Vit en caravane, [[ADRESSE:aire d'accueil de Saint-Jean-de-Védas, emplacement 14]]. Véhicule tracteur [[IMMATRICULATION:BZ-631-FM]]. L'agente demande un tel : [[TELEPHONE:06 33 70 48 19]]",
    ),
    (
        "france_travail",
        AP,
        "{{9h}}. Réunion d'équipe debout, {{10 min}}. On parle des {{15 h}} d'activité obligatoires du RSA. Le directeur d'agence est sceptique. Pas de nom",
    ),
    (
        "urgences",
        AT,
        "Appel du {{CHU de Montpellier}} ({{Lapeyronie}}) pour transfert d'une patiente : [[PERSONNE:Samia Benali]], IPP chez eux [[IDENTIFIANT:3400 7789 12]], chez nous à créer. Date de naissance « [[DATE_NAISSANCE:deux mille deux]], [[DATE_NAISSANCE:8 août]] »",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Traoré]], [[ADRESSE:Résidence Mirail, 88 chemin du Mirail, 31100 Toulouse]]. Le contrôleur note une voiture [[IMMATRICULATION:FB-472-TE]] au nom d'un homme, [[PERSONNE:Moussa Sissoko]]. Elle : « c'est mon frère, il l'a garée là ». Photo",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement relais. [[PERSONNE:Nadège]] (résidente) ouvre, il fait chaud, ventilateur en panne. L'éducateur note de racheter un ventilateur, {{25 €}}. Courrier sur la table : avis de la {{CPAM}} avec son numéro [[NIR:2 97 03 11 069 458 33]]",
    ),
    (
        "cpam",
        AT,
        "Mr donne son NIR mais commence par son num de mutuelle 🤦 « [[IDENTIFIANT:0 1 2 7 5 8]]… » « non ça c'est la mutuelle » puis « [[NIR:1 91 06 30 189 099 66]] ». Né à {{Nîmes}} en [[DATE_NAISSANCE:juin 1991]]. [[PERSONNE:Romain Jullien]]",
    ),
    (
        "france_travail",
        AT,
        "Une femme sourde appelle via un relais ({{Rogervoice}}). Le conseiller parle lentement. Identifiant [[ID_FRANCE_TRAVAIL:4087 315 F]], nom [[PERSONNE:Céline Puech]]. Mail [[EMAIL:celine.puech@icloud.com]]",
    ),
    (
        "urgences",
        AP,
        "Un homme de {{Tarbes}} arrive avec sa femme en travail. Elle s'appelle [[PERSONNE:Leila]]. La sage-femme vient la chercher. Le mari donne son tel « [[TELEPHONE:06 19]]… [[TELEPHONE:06 91 23 05 77]] pardon »",
    ),
    (
        "ccas",
        CSP,
        "Passage au domicile d'un usager pour l'épicerie sociale : pas de frigo. Mr [[PERSONNE:Santos]], [[ADRESSE:3 rue du Puits, 66400 Céret]]. Le CCAS lui en trouvera un via {{Emmaüs}}. Il remercie en portugais",
    ),
    (
        "caf",
        AP,
        "Fermeture à {{16h}}. L'agent range. {{67 personnes}} reçues aujourd'hui selon le compteur. Il me dit « c'était calme »",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Frédéric]], montre fièrement son nouveau titre de séjour… non, sa nouvelle carte d'identité : n° [[IDENTIFIANT:X4RTN8AH2]]. Il l'attendait depuis {{8 mois}}. Né le [[DATE_NAISSANCE:11/11/1975]] à {{Alger}}",
    ),
    (
        "cpam",
        AP,
        "Un monsieur tend un papier où il a recopié son NIR à la main : « [[NIR:1 57 12 65 440 666 16]] ». L'agent : la clé ne va pas. Sur la carte vitale : [[NIR:1 57 12 65 440 666 61]]. Il avait inversé. Mr [[PERSONNE:Lafont]], né à {{Tarbes}}",
    ),
    (
        "france_travail",
        AP,
        "Dame voilée, {{50 ans}}, ancienne aide à domicile. Elle veut passer le permis. Aide au permis {{1 200 €}}. Conseillère note. Son mail : [[EMAIL:fatima.hamidi@gmail.com]]. Mme [[PERSONNE:Hamidi]] n'a pas d'ordinateur",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère affolée, son fils de {{16 ans}} a fait un malaise au lycée {{Jean Jaurès}}. La secrétaire : « son nom ? » — « [[PERSONNE:Adam B-E-N-S-A-L-A-H]] ». Le SAMU l'amène",
    ),
    (
        "caf",
        AT,
        "Le mr appelle d'une cabine (!) à {{Sète}}. Il donne son nom [[PERSONNE:Giraud]] et son num alloc : « [[N_ALLOCATAIRE:trois quatre, zéro zéro, un, sept, huit]] ». L'agente répète « [[N_ALLOCATAIRE:340 0178]] ». Son RSA de {{607 €}} arrive le {{5}}",
    ),
    (
        "ccas",
        AT,
        "Un agent de la mairie de {{Montpellier}} transfère l'appel d'une dame qui veut l'aide aux vacances. Elle donne son adresse : [[ADRESSE:7 impasse des Cigales, 34080 Montpellier]], quartier {{La Paillade}}. [[PERSONNE:Yasmina]]",
    ),
    (
        "chrs",
        AT,
        "Nuit calme au 115 de {{Tarbes}}. {{8 appels}} entre {{22h}} et {{minuit}}. Tous des habitués. L'écoutant ne dit jamais les noms à voix haute devant moi. Respect",
    ),
    (
        "cpam",
        CSP,
        "Deuxième visite avec l'agent enquêteur : Mme [[PERSONNE:Ortega]], soupçon de résidence à l'étranger. Voiture immatriculée en Espagne [[IMMATRICULATION:4821 KLM]], devant [[ADRESSE:17 rue Maréchal Foch, 66000 Perpignan]]. La voisine dit qu'elle vit à {{Figueres}}",
    ),
    (
        "france_travail",
        AT,
        "« Bonjour, [[PERSONNE:Nicolas]] de France Travail ». Le conseiller appelle une dame pour une offre {{Decathlon}} {{Carcassonne}}. Elle demande le numéro de l'offre : {{181QWFG}}",
    ),
    (
        "urgences",
        AP,
        "Patient polonais, [[PERSONNE:Piotr Wiśniewski]], la secrétaire tape [[PERSONNE:Wisniewski]] sans accent. Carte européenne n° [[IDENTIFIANT:80616 00000 1234 5678]]. Tel [[TELEPHONE:+48 601 234 987]]",
    ),
    (
        "caf",
        AP,
        "Deux sœurs viennent ensemble, l'une traduit pour l'autre (arabe). Dossier : [[PERSONNE:Khadija]] et [[PERSONNE:Malika Ouazzani]]. Num alloc [[N_ALLOCATAIRE:8823 016]], celui de [[PERSONNE:Malika]]",
    ),
    (
        "chrs",
        AP,
        "Le directeur du CHRS m'explique : {{55 places}}, {{12 salariés}}, budget {{1,2 M€}}. Financement {{DDETS}}. Taux d'occupation {{98 %}}",
    ),
    (
        "cpam",
        AT,
        "Un monsieur très âgé : « mon numéro ? je l'sais par cœur : [[NIR:un, cinquante-sept]]… » il s'arrête, cherche. Sa femme au fond : « [[NIR:douze, soixante-cinq]] ! ». Ils finissent ensemble. Ça fait rire tout le monde",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide pour un abonnement transports {{Tisséo}}. Jeune homme, [[PERSONNE:Ilan]], en service civique. {{10 €}}/mois au lieu de {{44 €}}",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Rossi]] apporte son passeport italien pour l'inscription : [[IDENTIFIANT:YA1234567]]. Conseillère : « et votre numéro de tel ? » « [[TELEPHONE:zéro six trente-huit, quarante, douze, vingt-deux]] ». Identifiant créé [[ID_FRANCE_TRAVAIL:9016 244 A]]",
    ),
    (
        "urgences",
        AP,
        "{{4h}} d'attente pour une entorse. Le monsieur rigole : « à {{Béziers}} c'est pire ». L'IOA hausse les épaules",
    ),
    (
        "caf",
        CSP,
        "Visite chez Mr et Mme [[PERSONNE:Kone]] ? non, ils sont séparés : chez Mme [[PERSONNE:Koné]] seulement, [[ADRESSE:2 rue des Écoles, 30100 Alès]]. Numéro d'allocataire sur le rapport [[N_ALLOCATAIRE:3009 551]]. Elle sort son téléphone pour montrer les virements",
    ),
]

# Notes 209-240.
NOTES_7 = [
    (
        "caf",
        AT,
        "« Je vous donne mon RIB : [[IBAN:FR76]]… [[IBAN:3000 2146]]… ah non j'ai sauté, [[IBAN:FR76 3000 2146 8447 2507 9658 678]] ». L'agente ne peut pas le saisir au tel, elle dit de le déposer sur l'espace perso. Mme [[PERSONNE:Benoît]] soupire",
    ),
    (
        "cpam",
        AP,
        "Jeune homme, [[PERSONNE:Arthur]], {{18 ans}}, vient pour sa propre carte vitale. NIR [[NIR:1 03 09 99 335 712 92]]… l'agent : « né au {{Mali}} ? » — lui : « oui à {{Bamako}}, en [[DATE_NAISSANCE:septembre 2003]] ». Adopté, il dit",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur dicte son adresse pour un courrier : « [[ADRESSE:quarante-deux, avenue de Grande-Bretagne, trente et un mille trois cents Toulouse]] ». Le conseiller l'écrit en chiffres. Mr [[PERSONNE:Dos Santos]], identifiant [[ID_FRANCE_TRAVAIL:6629 013 E]]",
    ),
    (
        "urgences",
        AP,
        "Un SDF connu, [[PERSONNE:Jacky]], vient dormir en salle d'attente. L'agent le laisse jusqu'à {{6h}}. « On fait comme on peut », dit-il",
    ),
    (
        "chrs",
        AT,
        "115 {{Carcassonne}}, appel d'une femme enceinte de {{7 mois}}, [[PERSONNE:Alexandra Petrova]]. Elle donne son récépissé de demande d'asile : « [[IDENTIFIANT:1100]]… [[IDENTIFIANT:2468]]… [[IDENTIFIANT:93]] » puis tout d'un coup [[IDENTIFIANT:1100246893]]. Mise à l'abri à l'{{hôtel Ibis}}, {{chambre 112}}",
    ),
    (
        "ccas",
        AP,
        "Une dame demande un justificatif de domicile pour son fils hébergé chez elle, [[PERSONNE:Kylian Pujol]]. Adresse [[ADRESSE:27 rue Camille Desmoulins, 11000 Carcassonne]]. L'agente explique l'attestation sur l'honneur",
    ),
    (
        "caf",
        AP,
        "Agent [[PERSONNE:Olivier]] reçoit Mme [[PERSONNE:Bouzid]] pour le RSA. Elle donne le num alloc de son ex par erreur, [[N_ALLOCATAIRE:4 459 002]], puis le sien [[N_ALLOCATAIRE:4 617 338]]. Tel [[TELEPHONE:07.66.12.40.89]]",
    ),
    (
        "cpam",
        AT,
        "{{Ameli}} en panne nationale, {{40 appels}} en attente. La conseillère répète « le site est indisponible » toutes les {{2 minutes}}. Pas de dossier ouvert",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Guzmán]] montre sa carte de résident ({{10 ans}}) n° [[IDENTIFIANT:6600321457]]. Conseillère tape [[IDENTIFIANT:660032145]] et oublie le dernier chiffre, il lui dit « [[IDENTIFIANT:7]] à la fin ». Il cherche du travail dans les vignes à {{Banyuls}}",
    ),
    (
        "urgences",
        AT,
        "La police appelle : un homme amené en garde à vue a besoin d'un certificat. Nom [[PERSONNE:Yannick Teixeira]], PV n° [[IDENTIFIANT:2024/00871]]. La secrétaire dit qu'il faut passer par le médecin",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement {{ALT}} avec l'éducatrice [[PERSONNE:Naïma]]. Les occupants, couple [[PERSONNE:Ivanov]], ont collé leur nom sur la boîte aux lettres : « [[PERSONNE:IVANOV Dimitri]] & [[PERSONNE:Svetlana]] ». Adresse [[ADRESSE:5 rue de la République, 34300 Agde]]",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur, [[PERSONNE:Jean-Luc]], a {{3 dossiers}} à {{Béziers}} aujourd'hui. Dans la voiture il me parle de son métier, des menaces, du respect aussi. Première visite annulée, la dame a appelé pour reporter",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Mercier]] appelle pour l'aide au chauffage. Elle épelle son mail « [[EMAIL:M-E-R-C-I-E-R point G-I-N-E-T-T-E arobase wanadoo point fr]] ». L'agent tape [[EMAIL:mercier.ginette@wanadoo.fr]]. Elle a {{79 ans}}",
    ),
    (
        "cpam",
        CSP,
        "Visite à domicile pour une dame en {{HAD}}, Mme [[PERSONNE:Fernandes]], [[ADRESSE:Lieu-dit Les Cazes, 81600 Gaillac]]. Le fils, [[PERSONNE:Paulo]], donne son portable [[TELEPHONE:06 02 94 81 73]]. Mutuelle {{Harmonie Mutuelle}}",
    ),
    (
        "france_travail",
        AT,
        "Conseillère appelle un candidat pour un poste de saisonnier à {{Port Leucate}}. Il s'appelle [[PERSONNE:Lucas]]. Elle vérifie son permis : catégorie B, véhicule [[IMMATRICULATION:ed-309-kr]] (elle le lit sur le CV, en minuscules)",
    ),
    (
        "urgences",
        AP,
        "Patient Mr [[PERSONNE:Abadie]] revient pour un pansement. La secrétaire retrouve son dossier, IPP [[IDENTIFIANT:8004 1123 7]]. Il a sa date de naissance tatouée sur le bras 😳 « [[DATE_NAISSANCE:14.07.1972]] »",
    ),
    (
        "caf",
        AT,
        "Une jeune maman : « je m'appelle [[PERSONNE:Manon Vidal]], mon numéro c'est [[N_ALLOCATAIRE:12]]… non attendez c'est le [[N_ALLOCATAIRE:2]] qui vient d'abord, [[N_ALLOCATAIRE:2112 774]] ». Naissance jumeaux le {{3 avril}}",
    ),
    (
        "chrs",
        AP,
        "Entretien mensuel d'un résident avec son référent. Résident : [[PERSONNE:Mickaël]] (« [[PERSONNE:Mika]] »). Dettes : {{2 300 €}}, dossier de surendettement {{Banque de France}} n° [[IDENTIFIANT:0311 24 0045782]]",
    ),
    (
        "ccas",
        CSP,
        "Visite d'un logement après un incendie, [[ADRESSE:9 rue Pasteur, 12100 Millau]]. Famille [[PERSONNE:Ben Youssef]]. Le CCAS paie {{3 nuits}} à l'{{hôtel Campanile}}. {{4 personnes}}",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Bernard]] demande pourquoi on ne lui a remboursé que {{16,50 €}} sur {{30 €}}. L'agent explique le ticket modérateur et la participation forfaitaire de {{2 €}}",
    ),
    (
        "france_travail",
        AP,
        "Identifiant lu sur la convocation : [[ID_FRANCE_TRAVAIL:7 3 3 0 4 1 8 V]]. Le jeune dit « V comme {{Victor}} ». Il s'appelle [[PERSONNE:Thomas Cabrol]], {{20 ans}}, de {{Decazeville}}",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pédiatrique, dessins au mur. {{5 enfants}}. Un clown de l'association {{Le Rire Médecin}} passe",
    ),
    (
        "chrs",
        AT,
        "Le 115 rappelle une dame : « Madame [[PERSONNE:Ramos]] ? on a une place au {{CHRS La Clède}} ». Elle demande l'adresse. C'est un lieu d'accueil, l'écoutante lui donne. Numéro de la dame : [[TELEPHONE:06 58 40 27 13]]",
    ),
    (
        "caf",
        AP,
        "Le mr tend sa carte de séjour : [[IDENTIFIANT:3100 887 652]] (AGDREF). Nom [[PERSONNE:Mustafa Al-Khatib]], syrien. NIR attribué : [[NIR:1 88 09 99 350 457 97]]… non ça c'est un autre, il s'est trompé de papier (celui de son cousin [[PERSONNE:Walid]]). Le sien est en attente",
    ),
    (
        "cpam",
        AT,
        "Un assuré appelle depuis {{Madrid}}, carte européenne. NIR : « [[NIR:1 95 03 2A 004 537 90]] », « {{2A}} comme la {{Corse-du-Sud}} » précise-t-il. Né à {{Ajaccio}}, [[DATE_NAISSANCE:mars 95]]. [[PERSONNE:Ange-Marie Santoni]]",
    ),
    (
        "ccas",
        AP,
        "Un monsieur vient s'inscrire sur la liste électorale… mauvais guichet, c'est à la mairie d'à côté. L'agente rit. {{2 min}}",
    ),
    (
        "france_travail",
        AT,
        "Dame : « [[PERSONNE:Vaissière]], [[PERSONNE:Marie-Hélène]], identifiant [[ID_FRANCE_TRAVAIL:zéro deux trois, cinq cinq, huit neuf, lettre Y]] ». Conseiller : « [[ID_FRANCE_TRAVAIL:0235589 Y]] ». RDV le {{17}} à {{14h30}}",
    ),
    (
        "urgences",
        AT,
        "Le frère d'une patiente appelle de Corse : « ma sœur [[PERSONNE:Dominique Casanova]], née à {{Bastia}} en [[DATE_NAISSANCE:61]] ». La secrétaire vérifie avec le NIR sur le dossier [[NIR:2 61 09 2B 033 431 95]]. Elle confirme qu'elle est hospitalisée, sans détail",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez mr [[PERSONNE:Nakamura]] ([[PERSONNE:Kenji]]), [[ADRESSE:4 bis chemin de Pechbusque, 31400 Toulouse]]. Il est prof de japonais. Sa femme, [[PERSONNE:Céline]], déclare {{1 450 €}}. Bail OK. {{35 min}}",
    ),
    (
        "chrs",
        CSP,
        "Visite de nuit du veilleur ({{23h}}). Il fait le tour : chambres {{1}} à {{20}}. Chambre {{9}} : bruit, il frappe. [[PERSONNE:Saïd]] s'excuse, c'était la télé",
    ),
    (
        "cpam",
        AP,
        "L'accueil ferme à {{16h30}} mais la conseillère reste pour un dernier monsieur, mr [[PERSONNE:Jeanjean]], qui vient de {{Lodève}}. Attestation {{CSS}} imprimée. Mail : [[EMAIL:jeanjean.roland [at] gmail [dot] com]]",
    ),
    (
        "france_travail",
        AP,
        "Fin de matinée. Bilan de la conseillère ([[PERSONNE:Sonia]]) : {{11 rdv}}, {{2 absents}}, {{1 reprise d'emploi}}. Elle me demande ce que j'en pense",
    ),
]

# END OF NOTES


MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    """Return the dev and holdout id sets; depends only on ids and cells."""
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
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

if __name__ == "__main__":
    main()
