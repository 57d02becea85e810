"""Independent evaluation corpus n° 80: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, in writing order. Inside the
text, ``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse``
strips the marks and computes the offsets (Python string indices, end exclusive); ``split``
draws dev / holdout from the ids and the cells only; running the module writes ``dev.jsonl``
and ``holdout.jsonl`` next to it (byte-identical on every run).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind80"
SEED = 80

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# Notes 001-035.
BATCH_1 = [
    (
        "caf",
        AP,
        "{{10h20}} une dame au guichet, Mme [[PERSONNE:Lacoste]] (« rien à voir avec le crocodile 🐊 » elle dit en riant, elle porte un polo {{Lacoste}} quand même). Vient pour l'{{APL}} : son fils [[PERSONNE:Julen]] a quitté la maison en sept. Agente = [[PERSONNE:Sandrine]], très patiente.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Martin Laurent]], prénom [[PERSONNE:Martin]] nom [[PERSONNE:Laurent]], il precise direct « on m'inverse tout le temps ». Id {{FT}} [[ID_FRANCE_TRAVAIL:3417725M]]. La conseillère, Mme [[PERSONNE:Haddad]], corrige le dossier où il etait inscrit « [[PERSONNE:Laurent Martin]] ». {{15 min}} pour ça.",
    ),
    (
        "cpam",
        AT,
        "Appel {{3646}} transféré au back office. Question sur les indemnités journalières après un accident du travail, délai de paiement ~{{30 jours}}. L'agente explique tout le circuit, l'usager raccroche avant la fin 😕",
    ),
    (
        "caf",
        CSP,
        "Contrôle au domicile de la famille [[PERSONNE:Etcheverry]], [[ADRESSE:maison Bidartea, 412 chemin de Basaburua, 64250 Itxassou]]. Présents : la mère [[PERSONNE:Maialen]], le père [[PERSONNE:Peio]] (« [[PERSONNE:Pierre]] sur les papiers »), les enfants [[PERSONNE:Ane]] {{7 ans}} et [[PERSONNE:Xabi]] {{4 ans}}. Le grand-père [[PERSONNE:Battitte]] vit dans {{la borde}} à côté, le contrôleur M. [[PERSONNE:Lartigau]] demande si ça compte comme le même foyer. N° alloc [[N_ALLOCATAIRE:4471902]]. Durée {{1h15}}.",
    ),
    (
        "urgences",
        AP,
        "{{14h05}} {{IOA}}. Patient amené par les {{pompiers}}, chute d'échafaudage. Nom donné : [[PERSONNE:DA COSTA Jorge]], né le [[DATE_NAISSANCE:12/03/1978]]. IPP [[IDENTIFIANT:P00638214]] déjà connu. Sa femme [[PERSONNE:Fatima]] arrive {{20 min}} après, en pleurs.",
    ),
    (
        "chrs",
        AT,
        "{{115}} des {{Landes}}, nuit. Appel d'un homme à {{Dax}}, devant la gare. Il dit s'appeler « [[PERSONNE:Titi]] », c'est tout ce qu'il donne. L'écoutante ([[PERSONNE:Nadège]]) n'insiste pas. Plus de place à {{Mont-de-Marsan}}, on lui propose {{Tarnos}} demain soir.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Biarritz}}. File d'attente : {{6 personnes}} à {{9h}} pile. Beaucoup de demandes d'aide alimentaire avant les fetes. L'agent m'explique que les colis viennent de la {{Banque alimentaire}} et du {{Secours populaire}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant. Le conseiller demande le nom : « [[PERSONNE:G-O-Y-H-E-N-E-T-C-H-E]] ». Il tape d'abord [[PERSONNE:Goyhenetxe]] puis corrige en [[PERSONNE:Goyhenetche]]. Prénom [[PERSONNE:Txomin]]. Num {{FT}} [[ID_FRANCE_TRAVAIL:5062318B]]. Il rappellera sur le [[TELEPHONE:06 74 18 22 93]].",
    ),
    (
        "cpam",
        AP,
        "Dame de {{82 ans}}, carte vitale qui marche plus. L'agent ([[PERSONNE:Thierry]]) lit l'écran à voix haute : « [[PERSONNE:BORDES Jeanine]], née le [[DATE_NAISSANCE:17 mai 1942]], c'est bien vous ? ». Elle habite {{Bordes}}, à côté de {{Nay}}, « [[PERSONNE:Bordes]] à {{Bordes}}, on me le dit toujours ». Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        "caf",
        AT,
        "Allocataire M. [[PERSONNE:Benali]], n° alloc [[N_ALLOCATAIRE:2718464]]. Il appelle pour la {{prime d'activité}} qui a baissé de {{80 €}}. Le conseiller voit une déclaration trimestrielle oubliée. Rappel prévu au [[TELEPHONE:07 81 40 55 12]] jeudi.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec l'assistante sociale, Mme [[PERSONNE:Roux]] (rousse en plus 😅), chez M. [[PERSONNE:Blanc]], [[ADRESSE:9 rue des Tonneliers, 64300 Orthez]]. Frigo presque vide, {{blanc}} et propre. Il demande l'{{APA}}, appart au {{2e étage}} sans ascenseur. Il a {{87 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV collectif : {{8 participants}}, {{2 h}}. L'animatrice projette un CV modèle avec juste « Prénom NOM » en haut. Question la plus posée : faut-il mettre une photo ? Elle parle de {{LinkedIn}} et d'{{Indeed}}.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Bayonne}}. Une femme appelle pour savoir si son père est arrivé : « [[PERSONNE:Michel Garonne]], [[PERSONNE:G A R O N N E]] comme la {{Garonne}} ». La secrétaire ne peut rien dire au téléphone, elle lui demande de venir sur place.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission. [[PERSONNE:Yacine]], {{34 ans}}, sort de détention à {{Mont-de-Marsan}}. Titre de séjour n° [[IDENTIFIANT:6403182257]] expiré depuis mars. L'éduc, [[PERSONNE:Marion]], lui explique le règlement : pas d'alcool, retour avant {{22h}}.",
    ),
    (
        "caf",
        AP,
        "mme [[PERSONNE:petit]] et sa fille [[PERSONNE:lou petit]] (écrit comme ça sur le ticket, en minuscules). Arrivées avec un {{petit retard}}, elles habitent le {{Petit Bayonne}}. Demande de {{RSA}} majoré, la fille a {{19 ans}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail. M. [[PERSONNE:Irigoyen]] absent au passage de {{10h40}}, [[ADRESSE:5 impasse Errota, 64480 Ustaritz]]. La voisine dit qu'il est au {{trinquet}} 🙃. La contrôleuse, [[PERSONNE:Nathalie]], laisse un avis de passage.",
    ),
    (
        "france_travail",
        AT,
        "Tel entrant : jeune femme, [[PERSONNE:Ainhoa]] (« comme le village »), qui habite à {{Ainhoa}} justement 😄. ID [[ID_FRANCE_TRAVAIL:6128043F]]. Elle demande pour l'{{ARE}} après une fin de contrat saisonnier à {{Hossegor}}.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{23 personnes}} à {{21h}}. Écran : « temps d'attente estimé {{4h}} ». Un monsieur râle, l'agent de sécurité vient. Pas de médecin dispo avant {{minuit}} pour les non urgents.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez Mme [[PERSONNE:Ferreira]] à {{Boucau}}. Elle montre son RIB : [[IBAN:FR76 3000 4008 2108 5300 3314 840]]. Le contrôleur ([[PERSONNE:Jean-Michel]], « appelez moi [[PERSONNE:Jean-Mi]] ») vérifie que c'est le compte déclaré. N° alloc [[N_ALLOCATAIRE:3309174]].",
    ),
    (
        "ccas",
        AT,
        "Standard CCAS {{Anglet}}. {{12 appels}} en {{1h}}. Surtout : rdv pour domiciliation, aide pour une facture d'eau ({{Suez}}), carte de bus {{Chronoplus}}. L'agent note tout sur un cahier, pas de logiciel.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appart en diffus, [[ADRESSE:17 rue Montpensier, 64000 Pau]]. Locataire : [[PERSONNE:Mariama Konaté]] et ses {{3 enfants}} ([[PERSONNE:Awa]], [[PERSONNE:Seydou]], [[PERSONNE:Binta]]). Travailleuse sociale : [[PERSONNE:Cécile Labat]]. Tout est propre, juste la chaudière qui fuit.",
    ),
    (
        "france_travail",
        AP,
        "Sur l'écran d'appel : « M. [[PERSONNE:OYHARCA\nBAL]] », coupé sur deux lignes. Le conseiller [[PERSONNE:Bruno]] lit « M. [[PERSONNE:Oyharca]]... » et le monsieur corrige : « [[PERSONNE:Oyharçabal]], avec la cédille ». ID [[ID_FRANCE_TRAVAIL:2985561R]].",
    ),
    (
        "cpam",
        AT,
        "Jeune femme, [[PERSONNE:Léa Castaings]], appelle pour sa {{C2S}}. L'agent ([[PERSONNE:Karim]]) demande le num de sécu, elle le dit chiffre par chiffre : [[NIR:2 99 10 64 430 793 61]]. Née à {{Orthez}}, {{25 ans}}. Il lui conseille de passer par {{Ameli}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme téléphonique. Attente avant décroché : {{17 min}}. L'agente jongle entre {{2 écrans}}. Question du jour : « c'est quand la {{prime de Noël}} ? » Réponse : {{mi-décembre}}, pas de date exacte.",
    ),
    (
        "ccas",
        AP,
        "Famille [[PERSONNE:Cazenave]] au complet : [[PERSONNE:Gilbert]] le papi, sa fille [[PERSONNE:Sylvie Cazenave]] et le petit-fils [[PERSONNE:Bastien]]. Leur maison à {{Lembeye}} a brûlé la semaine dernière, hébergés chez un cousin à {{Morlaàs}}. Secours d'urgence de {{300 €}} accordé par Mme [[PERSONNE:Larrouy]].",
    ),
    (
        "urgences",
        AT,
        "Appel de la {{Pharmacie Lafitte}} ({{Anglet}}) pour un patient sorti hier, [[PERSONNE:Arnaud Lafitte]] (« aucun lien avec nous » précise la pharmacienne). Ordonnance illisible, l'interne rappelle.",
    ),
    (
        "france_travail",
        AP,
        "{{11h}}. Une personne en fauteuil. L'accueil est au {{1er étage}}, l'ascenseur est en panne depuis {{2 semaines}}. Le conseiller descend faire l'entretien dans le hall. Personne ne semble trouver ça anormal.",
    ),
    (
        "chrs",
        AT,
        "{{115}} Pays basque. Une femme avec un bébé, à la {{gare de Bayonne}}. Elle donne son nom : [[PERSONNE:Ioana Popescu]]. Tel [[TELEPHONE:+40 742 318 906]] (roumain). Mise à l'abri à l'{{Ibis Budget}}, {{chambre 214}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Vidal]] veut changer son adresse mail : ancienne [[EMAIL:jp.vidal64@orange.fr]], nouvelle [[EMAIL:jeanpierre.vidal@gmail.com]]. L'agent lui montre comment faire sur {{caf.fr}}. Il a {{71 ans}}, se débrouille bien.",
    ),
    (
        "cpam",
        AP,
        "« [[PERSONNE:Bernard]] ? » appelle l'agente. Deux personnes se lèvent 😂 : M. [[PERSONNE:Bernard Lescure]] et Mme [[PERSONNE:Hélène Bernard]]. L'agente ([[PERSONNE:Corinne]]) précise « [[PERSONNE:Bernard]], le nom de famille ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour un dossier {{FSL}}. Mme [[PERSONNE:Ouédraogo]], [[ADRESSE:Résidence Les Hortensias, bât B, 3 avenue de l'Adour, 64600 Anglet]]. Réf locataire {{Office 64}} : [[IDENTIFIANT:L-0046218]]. Dette de loyer {{1 240 €}}.",
    ),
    (
        "france_travail",
        AT,
        "La conseillère appelle M. [[PERSONNE:Petit]] pour un rdv. Répondeur : « vous êtes bien chez [[PERSONNE:Jojo]] et [[PERSONNE:Nanou]], laissez un message ». Num dans le dossier : [[TELEPHONE:06 12 87 44 09]]. Elle laisse un message.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur gare sa voiture devant l'entrée des ambulances. L'agent de sécu lit la plaque au micro : « [[IMMATRICULATION:FK-318-PL]], merci de déplacer votre véhicule ». {{3 fois}}.",
    ),
    (
        "chrs",
        AP,
        "Petit déj au CHRS, {{7h30}}. {{14 résidents}} sur {{20 places}}. Café, pain, confiture. L'éducateur dit que le budget alimentation c'est {{4,50 €}} par jour et par personne.",
    ),
    (
        "caf",
        CSP,
        "M. [[PERSONNE:Mas]] vit dans une ancienne ferme, [[ADRESSE:1150 chemin de Lacaussade, 40250 Mugron]]. « C'est pas un {{mas}} hein, ici on dit une {{borde}} » il rigole. Contrôle vie maritale : sa compagne [[PERSONNE:Cathy]] dit qu'elle vit à {{Tartas}}, mais la voiture [[IMMATRICULATION:EZ-904-QD]] est garée devant.",
    ),
]

# Notes 036-070.
BATCH_2 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Amaia Harispe]], {{37 ans}}, née à {{Bayonne}} en [[DATE_NAISSANCE:mars 87]]. Elle vient déclarer la naissance de sa fille [[PERSONNE:Garazi]]. L'agent lit le NIR sur l'attestation : [[NIR:287036410211495]], n° alloc [[N_ALLOCATAIRE:0948217]]. « [[PERSONNE:Garazi]] comme {{Garazi}} ? » « oui, le pays de {{Saint-Jean-Pied-de-Port}}, c'est de là que vient son père ».",
    ),
    (
        "france_travail",
        AP,
        "Jeune homme, [[PERSONNE:Kevin Da Silva]], {{22 ans}}, veut une formation cariste ({{CACES}}). Conseillère : Mme [[PERSONNE:Ithurbide]]. ID [[ID_FRANCE_TRAVAIL:0893321K]]. Elle lui imprime l'{{offre n° 182XKLM}} et l'envoie aussi sur [[EMAIL:kevin.dasilva40@hotmail.fr]].",
    ),
    (
        "cpam",
        AT,
        "Une heure d'écoute : {{41 appels}}. Carte vitale : {{9}}, IJ : {{14}}, dentaire : {{6}}, le reste divers. Le logiciel de téléphonie affiche en rouge quand ça attend plus de {{5 min}}. Tout est rouge.",
    ),
    (
        "ccas",
        AP,
        "Un habitué, tout le monde l'appelle « [[PERSONNE:Dédé]] ». Sur le dossier : [[PERSONNE:LABORDE André]]. Il vient chercher son courrier (domiciliation). L'agente, [[PERSONNE:Maïté]] : « ça va [[PERSONNE:Dédé]] ? toujours à {{Saint-Esprit}} ? » Lui : « toujours, sous le pont 😉 ».",
    ),
    (
        "urgences",
        AP,
        "Admissions urgences {{CH de Pau}}. Patiente : [[PERSONNE:Kattalin Elissalde]], née le [[DATE_NAISSANCE:04/11/1961]], mutuelle {{Harmonie}} n° [[IDENTIFIANT:HM-2207-88413]]. Vient de {{Jurançon}} pour une douleur thoracique, accompagnée de son mari [[PERSONNE:Ellande]]. Passée en box direct.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Un homme appelle pour son frère : « il s'appelle [[PERSONNE:mikel]], [[PERSONNE:mikel arrieta]], il dort dans sa voiture à {{Hendaye}} depuis {{3 nuits}} ». La plaque ? « [[IMMATRICULATION:4817 LBC]], c'est une espagnole ». Num du frère : [[TELEPHONE:+34 688 41 27 09]].",
    ),
    (
        "caf",
        AT,
        "Mme au tel : « sur votre courrier c'est écrit [[PERSONNE:Lasere]], c'est [[PERSONNE:Lasserre]] avec {{deux s}} {{deux r}} ! » Dossier [[N_ALLOCATAIRE:5820317]]. Elle appelle pour une séparation, l'agent lui explique la déclaration de changement de situation.",
    ),
    (
        "france_travail",
        AT,
        "Campagne d'appels sortants pour les offres saisonnières ({{Capbreton}}, {{Seignosse}}, {{Vieux-Boucau}}). {{18 numéros}}, {{5}} décrochent. Le conseiller : « en juin c'est toujours comme ça, ils ont déjà trouvé ».",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Aitor Goñi Zubiri]], frontalier : vit à {{Hendaye}}, bosse à {{Irun}}. Il veut ses remboursements sur son compte espagnol : [[IBAN:ES37 2095 0611 0438 8301 3238]]. L'agente hésite, appelle une collègue ([[PERSONNE:Sophie]]). OK finalement, avec le {{formulaire S1}}.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Marie-Jo Pouyanne]] appelle pour sa voisine, Mme [[PERSONNE:Lalanne]], qui n'a plus de chauffage depuis {{3 jours}} à {{Soustons}}. « [[PERSONNE:Lalanne]], comme {{la lande}} ». Tel de la voisine : [[TELEPHONE:05 58 72 14 36]]. Visite prévue demain.",
    ),
    (
        "ccas",
        CSP,
        "Enquête sociale pour une aide facultative chez M. et Mme [[PERSONNE:Yilmaz]], [[ADRESSE:22 avenue Louis Barthou, 64400 Oloron-Sainte-Marie]]. Le fils aîné, [[PERSONNE:Emre]], traduit. {{5 personnes}} dans un {{T3}}, moisissure dans la chambre des petits.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} transfère un appel au service : un enfant de {{4 ans}} a avalé une pile bouton. L'infirmière donne la consigne : venir tout de suite, ne rien faire vomir. Durée de l'appel {{2 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Rdv de M. [[PERSONNE:Thomas Vincent]]. La conseillère ([[PERSONNE:Agnès Richard]]) rigole : « deux prénoms, et moi pareil ». ID [[ID_FRANCE_TRAVAIL:7720914H]]. Projet : reprendre une boulangerie à {{Salies-de-Béarn}}, il a fait {{12 ans}} chez {{Intermarché}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez les [[PERSONNE:Hourcade]], [[ADRESSE:14 chemin du Moulin, 64360 Monein]]. M. [[PERSONNE:Jean-Paul Hourcade]], sa femme [[PERSONNE:Odile]], leurs fils [[PERSONNE:Guilhem]] ({{19 ans}}, étudiant à {{Pau}}) et [[PERSONNE:Arnaud]] ({{15 ans}}). Le contrôleur recopie le RIB : [[IBAN:FR76 1690 6000 3184 2280 1794 771]].",
    ),
    (
        "cpam",
        CSP,
        "Visite du service médical, arrêt longue maladie. Sur la boîte aux lettres : « [[PERSONNE:LEBRUN]] » et un autocollant {{Lebrun Plomberie}} (c'est son fils qui a la boîte). Mme [[PERSONNE:Lebrun]] nous attend à la fenêtre. Le médecin conseil, Dr [[PERSONNE:Sallaberry]], reste {{25 min}}.",
    ),
    (
        "chrs",
        AP,
        "Le résident [[PERSONNE:Samir]] montre aux éducs une vidéo de son compte {{TikTok}} [[IDENTIFIANT:@samir_du_64]]. L'éducatrice, [[PERSONNE:Léonie]], lui rappelle qu'on ne filme pas les autres résidents. Il râle mais supprime.",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle pour son mari qui parle peu français. Nom : [[PERSONNE:Nguyen Van Thanh]]. Date de naissance : « le [[DATE_NAISSANCE:premier janvier soixante-neuf]] ». Tel : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Le conseiller, [[PERSONNE:Hugo]], répète tout lentement.",
    ),
    (
        "urgences",
        AP,
        "Toute la famille [[PERSONNE:Darrigrand]] débarque pour la grand-mère ([[PERSONNE:Marie-Louise]], {{94 ans}}) : [[PERSONNE:Jacques]], [[PERSONNE:Francis]], [[PERSONNE:Mayi]], et un petit-fils qu'ils appellent « [[PERSONNE:Pitchoun]] ». L'{{IOA}} ([[PERSONNE:Estelle]]) : « deux accompagnants max ». Négociation {{10 min}}.",
    ),
    (
        "caf",
        AP,
        "Borne numérique en panne depuis ce matin. L'agent d'accueil imprime les attestations à la main. {{35 personnes}} avant {{midi}}, beaucoup d'étudiants de l'{{UPPA}} pour l'{{APL}}.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Lucien Pau]] appelle de {{Pau}} 😅 (« oui oui, [[PERSONNE:Pau]] de {{Pau}}, et né à {{Pau}} en plus »). NIR : [[NIR:1 62 11 64 445 575 59]]. Question : remboursement de lunettes, {{100% santé}}. Réglé en {{6 min}}.",
    ),
    (
        "ccas",
        AP,
        "Agent d'accueil : [[PERSONNE:Pascal Capdevielle]], {{25 ans}} de maison. Il connaît tout le monde par son prénom : « bonjour [[PERSONNE:Fernande]] », « salut [[PERSONNE:Loulou]] ». Distribution de {{colis}} le jeudi, {{40}} familles inscrites.",
    ),
    (
        "chrs",
        CSP,
        "Visite à un ménage suivi hors les murs, [[ADRESSE:camping Les Chênes, emplacement 41, 40990 Saint-Paul-lès-Dax]]. M. [[PERSONNE:Dubarry]] et son chien {{Ramuntxo}} 🐕. Mobil-home depuis {{2 ans}}, le camping veut le récupérer pour la saison.",
    ),
    (
        "france_travail",
        AP,
        "Info collective « créer son entreprise » avec la {{CCI Bayonne Pays basque}}. {{12 personnes}}. Projets : food truck, école de surf à {{Anglet}}, gîte à {{Sare}}. La conseillère parle de l'{{ACRE}} et de l'{{ARCE}}.",
    ),
    (
        "urgences",
        AP,
        "L'agente admin tape [[PERSONNE:Etcheberry]]. La patiente : « non, [[PERSONNE:Etcheverry]], avec un v, c'est pas la même famille ! ». À {{Bayonne}} les deux existent, m'explique l'agente après. IPP créé : [[IDENTIFIANT:P00912477]].",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Bixente Durruty]] épelle son mail : « [[EMAIL:bixente point durruty arobase laposte point net]] ». Dossier [[N_ALLOCATAIRE:6193028]]. Il ne reçoit plus les notifications depuis qu'il a changé de téléphone.",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur qui parle très fort. La conseillère tape en majuscules sans s'en rendre compte : « [[PERSONNE:BLANC SERGE]] ID [[ID_FRANCE_TRAVAIL:4409218N]] PAIEMENT PAS RECU ». C'était un jour férié, le virement part demain.",
    ),
    (
        "cpam",
        AP,
        "Une mère vient pour les cartes vitales de ses deux ados, nés en [[DATE_NAISSANCE:2008]] et [[DATE_NAISSANCE:2010]] : [[PERSONNE:Inès]] et [[PERSONNE:Rayan Bouzid]]. L'agente ([[PERSONNE:Laetitia]]) : « à {{16 ans}} ils ont droit à la leur, et à {{12 ans}} ils peuvent déjà l'avoir ».",
    ),
    (
        "ccas",
        CSP,
        "Tournée de visites : {{2}} personnes absentes sur {{4}}. La travailleuse sociale dit que c'est fréquent en été. On a fait {{45 km}} dans l'arrière-pays ({{Hasparren}}, {{Bonloc}}) pour rien ou presque.",
    ),
    (
        "chrs",
        AT,
        "Écoute {{115}} de {{20h}} à {{22h}} : {{27 appels}}, {{4}} mises à l'abri possibles. Les autres : « rappelez demain à {{9h}} ». L'écoutante tient son tableau à la main, le logiciel plante.",
    ),
    (
        "caf",
        AP,
        "Une étudiante, [[PERSONNE:Clara Lamothe]], présente sa carte d'identité n° [[IDENTIFIANT:X4RT29KL7]] pour ouvrir ses droits {{APL}} à {{Pau}}. Loyer {{420 €}}, résidence {{Crous}}. L'agent lui dit de tout faire en ligne la prochaine fois.",
    ),
    (
        "urgences",
        AT,
        "Appel de l'{{EHPAD Les Tilleuls}} ({{Hagetmau}}) : une résidente, Mme [[PERSONNE:Labat]], transférée cette nuit. Ils veulent des nouvelles. L'infirmière note le numéro de la fille, Mme [[PERSONNE:Sabine Lahitte]] : [[TELEPHONE:06 81 22 47 35]].",
    ),
    (
        "france_travail",
        AP,
        "Un candidat livreur, [[PERSONNE:Florian Serres]], doit montrer qu'il a un véhicule : plaque [[IMMATRICULATION:DS-552-XH]]. La conseillère : « c'est votre voiture, M. [[PERSONNE:Serres]] ? » « non, celle de ma mère, [[PERSONNE:Véronique]] ». Avant il bossait dans les {{serres}} de {{Tarnos}}.",
    ),
    (
        "chrs",
        AP,
        "Arrivée d'une famille géorgienne orientée par le {{SIAO}}. Le père, [[PERSONNE:Giorgi Beridze]], passeport [[IDENTIFIANT:15AB83216]], né le [[DATE_NAISSANCE:1984-07-22]] (lu sur le passeport). La mère, [[PERSONNE:Nino]], et {{2 enfants}}. Interprète par téléphone ({{ISM}}).",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Mohamed El Amrani]], né au {{Maroc}} en [[DATE_NAISSANCE:septembre 1990]], à {{Mourenx}} depuis {{2015}}, [[ADRESSE:8 rue du Béarn, 64150 Mourenx]]. NIR sur l'attestation : [[NIR:1 90 09 99 350 502 51]]. Il vit seul, dit-il. Le contrôleur compte les brosses à dents 🪥 (véridique).",
    ),
    (
        "ccas",
        AT,
        "Une dame demande si le CCAS de {{Dax}} fait les dossiers de {{Complémentaire santé solidaire}}. Oui, sur rdv, le mardi. Elle demande aussi pour le {{plan canicule}} : inscription sur le registre. {{4 min}}.",
    ),
]

# Notes 071-105.
BATCH_3 = [
    (
        "caf",
        AP,
        "Écran de l'agent : « [[PERSONNE:ROBERT Michel]] — conjointe [[PERSONNE:ROBERT Michèle]] ». L'agent, pince-sans-rire : « [[PERSONNE:Michel]] et [[PERSONNE:Michèle]], ça doit être pratique ». Ils viennent de déménager à {{Lons}}, dossier [[N_ALLOCATAIRE:7034519]], {{APL}} à recalculer.",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'un jeune, [[PERSONNE:Enzo Bergès]], {{23 ans}}. Carte vitale : [[NIR:1 01 04 64 024 289 41]], né à {{Anglet}}. Le conseiller, [[PERSONNE:Yannick]], lui demande ce qu'il veut faire : « bosser au port de {{Bayonne}}, comme mon oncle ».",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Cassou]] met à jour les cartes de toute la famille : son mari [[PERSONNE:Bernat]], les filles [[PERSONNE:Maddi]] et [[PERSONNE:Nahia]], et la belle-mère, Mme [[PERSONNE:Cassou]] aussi, {{88 ans}}, qui vit avec eux. « [[PERSONNE:Cassou]], c'est {{le chêne}} en gascon », m'explique l'agent ([[PERSONNE:Didier]]).",
    ),
    (
        "ccas",
        AP,
        "Dossier d'aide à l'énergie. M. [[PERSONNE:Julien Marchand]], [[ADRESSE:6 rue Bourgneuf, 64100 Bayonne]]. Facture {{EDF}}, réf client [[IDENTIFIANT:6004128839]], impayé de {{386 €}}. L'aide est versée au fournisseur mais l'agente note quand même son RIB : [[IBAN:FR76 1090 7000 2153 5951 0100 485]].",
    ),
    (
        "urgences",
        AP,
        "Un monsieur connu du service, « le [[PERSONNE:Grand Manu]] ». Vrai nom dans le dossier : [[PERSONNE:EMMANUEL HARAMBURU]], IPP [[IDENTIFIANT:P00418805]]. Plaie au pied qui s'infecte. L'{{IOA}} : « encore toi [[PERSONNE:Manu]] ! », il rigole.",
    ),
    (
        "chrs",
        AP,
        "Aide à la demande de titre de séjour en ligne ({{ANEF}}). [[PERSONNE:Fatoumata Sow]] n'a pas d'adresse mail, l'éduc ([[PERSONNE:Thibault]]) lui en crée une : [[EMAIL:fatoumata.sow1992@gmail.com]]. Récépissé n° [[IDENTIFIANT:6402851376]], valable {{3 mois}}.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Lescar]] habite à {{Lons}}, juste à côté de {{Lescar}} : « non j'habite pas à {{Lescar}}, je m'appelle [[PERSONNE:Lescar]] ! ». Tel [[TELEPHONE:06 33 19 40 72]], dossier [[N_ALLOCATAIRE:1185406]]. Elle conteste un indu de {{412 €}}.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Hamidou Ba]] veut envoyer son CV. La conseillère, [[PERSONNE:Amaia López]], lui donne son mail pro : [[EMAIL:amaia.lopez@francetravail.fr]]. ID [[ID_FRANCE_TRAVAIL:3390217C]]. Il l'écrit sur sa main, dit-il.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Sare}}, [[ADRESSE:maison Larrungo Borda, 218 route des Grottes, 64310 Sare]]. Mme [[PERSONNE:Oihana Iturria]], son compagnon [[PERSONNE:Gaizka]] (espagnol, de {{Bera}}) et leur bébé [[PERSONNE:Libe]], née le [[DATE_NAISSANCE:2 février]]. RIB : [[IBAN:FR76 1333 5000 4015 1926 6041 529]]. La contrôleuse, [[PERSONNE:Pantxika]] (« [[PERSONNE:Pantxi]] » pour les collègues), parle basque avec eux.",
    ),
    (
        "cpam",
        AT,
        "Mise en attente musicale {{4 fois}} pendant le même appel. L'agente s'excuse : le logiciel de la {{CNAM}} rame depuis la mise à jour de lundi.",
    ),
    (
        "ccas",
        AT,
        "L'agente prend un message pour la directrice : « rappeler mme [[PERSONNE:vidal]] au [[TELEPHONE:0559238714]] pour sa fille [[PERSONNE:chloé]] (aide cantine) ». Tout en minuscules sur le {{post-it}}.",
    ),
    (
        "urgences",
        AP,
        "Un vieux monsieur désorienté, seul. Il ne connaît pas son adresse mais répète sa date de naissance : « [[DATE_NAISSANCE:vingt-huit août trente-huit]] ». Sa carte dit [[PERSONNE:Jean-Baptiste Etchegaray]], il dit qu'on l'appelle [[PERSONNE:Ganix]]. {{86 ans}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite du logement passerelle, [[ADRESSE:3 allée des Platanes, 40100 Dax]]. M. [[PERSONNE:Kowalski]] a récupéré une voiture, plaque [[IMMATRICULATION:BZ-117-MV]], pas assurée. L'éduc ([[PERSONNE:Rachid]]) lui fait la morale 🙃.",
    ),
    (
        "france_travail",
        AP,
        "Deux convocations mélangées : M. [[PERSONNE:Simon André]] et M. [[PERSONNE:André Simon]], même jour, même heure 😂. L'agent d'accueil ([[PERSONNE:Stéphane]]) les envoie chacun chez le mauvais conseiller. Corrigé en {{5 min}}.",
    ),
    (
        "caf",
        AP,
        "Plus d'accueil sans rdv depuis {{2023}}, sauf urgence. Une dame repart en larmes : elle avait pris le bus depuis {{Saint-Palais}} ({{1h10}}). L'agent lui donne un rdv jeudi et le {{3230}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Maria do Carmo Fernandes]], née au {{Portugal}} en [[DATE_NAISSANCE:avril 1976]], NIR [[NIR:2 76 04 99 139 827 16]]. À {{Boucau}} depuis {{30 ans}}. Elle demande une pension d'invalidité ; l'agente ([[PERSONNE:Myriam]]) lui explique que ça passe par le médecin conseil.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Labenne]], qui vit à {{Ondres}}, juste à côté de {{Labenne}} (« on me demande tout le temps »). Élection de domicile, pièce d'identité n° [[IDENTIFIANT:130264300871]]. L'agente, [[PERSONNE:Lucie]], scanne tout.",
    ),
    (
        "urgences",
        AT,
        "Appel de {{SOS Médecins}} qui annonce un patient pour {{20h}}. Pas de nom donné. La secrétaire prépare un dossier vide en attendant.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Un jeune : « je m'appelle [[PERSONNE:Martin]], [[PERSONNE:Martin Bidegain]] », né en [[DATE_NAISSANCE:2006]], {{18 ans}}. Il appelle de {{Saint-Martin-de-Seignanx}}, sa mère l'a mis dehors. Tel [[TELEPHONE:07 69 02 83 15]].",
    ),
    (
        "france_travail",
        AT,
        "Rappel d'une usagère qui a raté sa convocation : [[PERSONNE:Yasmina Belkacem]], ID [[ID_FRANCE_TRAVAIL:5581046D]]. Elle était aux {{Restos du cœur}} ce matin-là. Le conseiller, [[PERSONNE:Loïc]], annule la radiation.",
    ),
    (
        "caf",
        AT,
        "Dossier [[N_ALLOCATAIRE:4902273]], Mme [[PERSONNE:Daguerre]]. Elle dicte : « [[EMAIL:lucie-daguerre@sfr.fr]], avec un tiret entre [[PERSONNE:lucie]] et [[PERSONNE:daguerre]] ». L'agent relit deux fois.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à domicile, assuré en arrêt : M. [[PERSONNE:Laurent Roux]], [[ADRESSE:41 avenue Julian Grimau, 40220 Tarnos]]. Présent, en pyjama. Sa femme, [[PERSONNE:Laure]], propose un café. « À {{Tarnos}} tout le monde se connaît » dit l'agent. {{8 min}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'un appartement prêté par la mairie pour l'hébergement d'urgence, un {{T2}} au-dessus de la poste. Vide en ce moment. L'agent vérifie le chauffage et les détecteurs de fumée. RAS.",
    ),
    (
        "france_travail",
        AP,
        "CV d'une candidate à l'écran : « [[PERSONNE:Itziar Olano]] – née le [[DATE_NAISSANCE:30/06/1990]] – [[ADRESSE:7 rue Gambetta, 64500 Saint-Jean-de-Luz]] ». La conseillère lui conseille d'enlever la date de naissance 👍.",
    ),
    (
        "urgences",
        AP,
        "Un petit garçon, [[PERSONNE:Unai]], {{6 ans}}, poignet cassé (trampoline). Les parents, [[PERSONNE:Iker]] et [[PERSONNE:Amaia Mendiburu]], se disputent pour savoir qui remplit la fiche. Carte mutuelle {{MGEN}} n° [[IDENTIFIANT:297640231]].",
    ),
    (
        "france_travail",
        AP,
        "Le {{mardi}} c'est {{job dating}} restauration : {{9 employeurs}}, une cinquantaine de candidats. Stands dans la salle du fond. Les paillotes de {{Biarritz}} recrutent à la chaîne.",
    ),
    (
        "chrs",
        AP,
        "Registre des entrées, écrit à la main : « [[PERSONNE:IRIART Paxkal]] {{21h10}} / [[PERSONNE:DIOP Moussa]] {{21h25}} / [[PERSONNE:SANCHEZ]] ?? {{22h40}} ». Le veilleur ([[PERSONNE:Gérard]]) dit que [[PERSONNE:Sanchez]] ne donne jamais son prénom.",
    ),
    (
        "cpam",
        AT,
        "Changement de RIB par téléphone impossible, l'agente ([[PERSONNE:Nadia]]) explique qu'il faut passer par le compte {{Ameli}}. L'assurée lit quand même son IBAN : [[IBAN:FR76 1330 6005 0079 1287 0778 972]], puis son NIR [[NIR:2 95 07 40 088 244 26]]. Née à {{Dax}} en [[DATE_NAISSANCE:juillet 95]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Biscarrosse}} chez Mme [[PERSONNE:Manon Bernard]]. Son ex, [[PERSONNE:Nicolas]], « passe juste voir les enfants » ([[PERSONNE:Léna]] et [[PERSONNE:Tom]]). Sur la boîte aux lettres, deux noms : [[PERSONNE:BERNARD]] / [[PERSONNE:THOMAS]]. Le contrôleur note, sans commentaire.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Olivier]], prénom [[PERSONNE:Gérard]], apporte un {{olivier}} en pot pour l'agente ([[PERSONNE:Christelle]]) qui l'a aidé pour son {{Fonds Solidarité Logement}}. {{79 ans}}, né en [[DATE_NAISSANCE:1945]], « l'année de la Libération ».",
    ),
    (
        "urgences",
        AP,
        "Un taxi ({{Taxis Etchemendy}}) dépose une patiente et repart. Elle a oublié son sac dedans. L'agent d'accueil avait noté la plaque : [[IMMATRICULATION:GJ-733-RN]]. Il appelle la compagnie.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus à {{Anglet}}, [[ADRESSE:12 rue de Hausquette, 64600 Anglet]]. Mme [[PERSONNE:Samia Khelifi]] et sa fille [[PERSONNE:Lina]]. Le bailleur ({{Habitat Sud Atlantic}}) a changé la serrure sans prévenir. Le gardien, M. [[PERSONNE:Castagnet]] : [[TELEPHONE:06 15 48 92 71]].",
    ),
    (
        "france_travail",
        AT,
        "Un employeur ({{Conserverie Ibaialde}}) : « je cherche à joindre [[PERSONNE:Peio]], un candidat que vous m'avez envoyé, [[PERSONNE:Peio Lasarte]] ». Le conseiller ne donne pas le numéro, il prend celui de l'employeur, M. [[PERSONNE:Etchart]] : [[TELEPHONE:06 48 30 71 16]].",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}} : {{3 personnes}} font la queue pour imprimer une attestation. Une seule borne marche. Le vigile aide une dame à taper son code. Pas d'agent dispo avant {{10h30}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} : la travailleuse sociale de {{Pau}} signale une femme, Mme [[PERSONNE:Ber-\ngès]] (le nom coupé dans le mail qu'elle lit), [[PERSONNE:Marie-Pierre Bergès]]. Elle dort dans sa voiture, [[IMMATRICULATION:6142 VT 64]] (vieille plaque), sur le parking du {{Leclerc}} de {{Lescar}}.",
    ),
]

# Notes 106-140.
BATCH_4 = [
    (
        "caf",
        AT,
        "L'agent tape « [[PERSONNE:Rous]] », l'allocataire corrige : « [[PERSONNE:R-O-U-X]], comme les cheveux ». Mme [[PERSONNE:Josiane Roux]], dossier [[N_ALLOCATAIRE:3157820]]. Elle appelle pour l'{{AAH}} de son fils [[PERSONNE:Kévin]], dossier {{MDPH}} n° [[IDENTIFIANT:MDPH64-2023-08817]] en cours.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Ange-Marie Casanova]], {{41 ans}}, arrivé de {{Corse}} à {{Biarritz}} l'an dernier, né à {{Ajaccio}}. NIR : [[NIR:1 83 06 2A 004 159 37]]. L'inscription bloque : le logiciel refuse le « {{2A}} » 🙄. La conseillère, [[PERSONNE:Fabienne]], appelle le support.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Arrieta]] montre un SMS de son fils : « mama c [[PERSONNE:jon]] dis a la secu mon nouveau num [[TELEPHONE:0745127736]] bisous ». L'agente ([[PERSONNE:Béatrice]]) explique qu'il doit le faire lui-même, il a {{24 ans}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez les [[PERSONNE:Petit]], [[ADRESSE:5 rue des Cordeliers, 64100 Bayonne]], dans le {{Petit Bayonne}}. M. [[PERSONNE:Alain Petit]] ({{1m95}} 😄), sa femme [[PERSONNE:Nadine]], les jumeaux [[PERSONNE:Hugo]] et [[PERSONNE:Théo]]. Aide au loyer versée au propriétaire, M. [[PERSONNE:Larre]] : [[IBAN:FR76 1027 8022 6085 0030 1091 376]].",
    ),
    (
        "urgences",
        AP,
        "{{2h du matin}}. Trois jeunes en tenue de fête, {{blanc}} et foulard rouge, un qui s'est ouvert l'arcade. Les {{Fêtes de Bayonne}} c'est {{5 jours}} comme ça, dit l'IOA, on double l'équipe de nuit.",
    ),
    (
        "chrs",
        AT,
        "Relève entre écoutants du {{115}} : [[PERSONNE:Fred]] passe la main à [[PERSONNE:Aurélie]]. Cahier de liaison : « rappeler [[PERSONNE:Momo]] ([[PERSONNE:Mohamed Tahiri]]) pour la place de {{Bayonne}} demain, tel [[TELEPHONE:06 27 90 13 48]] ».",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Maitena Elizondo]], ID [[ID_FRANCE_TRAVAIL:6204179L]], mail [[EMAIL:maitena.elizondo@orange.fr]]. Projet : ouvrir une crèche en langue basque à {{Ustaritz}}. La conseillère ne sait pas si l'{{AIF}} peut financer la formation.",
    ),
    (
        "caf",
        AP,
        "Agent d'accueil : « ticket {{B27}}, guichet {{4}} ». Le système appelle par numéro, jamais par nom (« pour la confidentialité »). {{11 tickets}} en attente à {{14h}}.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Sébastien Dufau]] appelle de {{Mont-de-Marsan}}, il y est né, en [[DATE_NAISSANCE:janvier 79]]. NIR [[NIR:179014019250995]]. Son arrêt de travail n'est pas arrivé, l'employeur dit l'avoir envoyé. L'agent ([[PERSONNE:Cédric]]) voit qu'il est bloqué au scan.",
    ),
    (
        "ccas",
        AT,
        "Une vieille dame appelle pour le portage de repas. Elle donne son numéro lentement : « [[TELEPHONE:cinq, cinquante-neuf, trente-deux, douze, zéro quatre]] » (elle oublie le zéro du début). Mme [[PERSONNE:Arrambide]], {{91 ans}}, seule à {{Cambo-les-Bains}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt : M. [[PERSONNE:Gilles Labat]], [[ADRESSE:lotissement Les Bruyères, 9 allée des Ajoncs, 40280 Saint-Pierre-du-Mont]]. Absent. La voisine : « [[PERSONNE:Gilles]] ? il est parti à la {{palombe}} 🐦 ». L'agent ([[PERSONNE:Marc]]) note « absent » sans commentaire.",
    ),
    (
        "ccas",
        AP,
        "Trois générations de [[PERSONNE:Lafargue]] : [[PERSONNE:Guilhem]] (le grand-père, {{80 ans}}), [[PERSONNE:Joan]] (le fils) et [[PERSONNE:Lisa]] (la petite-fille, {{17 ans}}). Ils viennent pour la téléassistance du papi. L'agente, [[PERSONNE:Valérie]], connaît toute la famille.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère : sa fille [[PERSONNE:Zoé]] ({{15 ans}}) a été amenée après un malaise au {{lycée René Cassin}}. « Vous pouvez me rappeler au [[TELEPHONE:07 52 33 18 60]] ? » L'infirmière note sur un coin de feuille.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'accueil : [[PERSONNE:Abdoulaye Camara]], né le [[DATE_NAISSANCE:15 octobre 1998]] à {{Conakry}}. AGDREF [[IDENTIFIANT:6400973214]]. Débouté du droit d'asile. L'éducatrice, [[PERSONNE:Sarah]], explique qu'il peut rester {{3 mois}}.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{3949}} : l'agent me montre le tableau de bord. {{212 appels}} en attente sur la région, temps moyen {{11 min}}. Il prend un appel toutes les {{4 min}} environ.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Marie-Thérèse Duhalde]] à {{Ciboure}}, née à {{Saint-Jean-de-Luz}} en [[DATE_NAISSANCE:mai 1954]]. NIR sur sa vieille carte : [[NIR:2 54 05 64 483 625 85]]. Elle héberge son petit-fils [[PERSONNE:Xan]] (« [[PERSONNE:Jean]] sur les papiers, mais personne l'appelle comme ça »).",
    ),
    (
        "france_travail",
        AP,
        "Permis financé, M. [[PERSONNE:Karim Blanc]] montre sa voiture d'occasion en photo, plaque notée [[IMMATRICULATION:fm-480-ll]] en minuscules dans le dossier. Le conseiller, [[PERSONNE:Patrice]] : « félicitations ! ». Il commence lundi chez {{Lindt}} à {{Oloron}}.",
    ),
    (
        "cpam",
        AP,
        "Un étudiant, [[PERSONNE:Lucas Moreau]], perdu avec sa mutuelle : mutuelle {{LMDE}} n° [[IDENTIFIANT:0048823177]]. Mail : [[EMAIL:lucas.moreau@etud.univ-pau.fr]]. L'agent lui explique que la sécu étudiante n'existe plus depuis {{2019}}.",
    ),
    (
        "ccas",
        AP,
        "Permanence de l'écrivain public le {{vendredi}} : {{6 rdv}}. Courriers pour le bailleur, pour la {{préfecture}}, une résiliation {{SFR}}. Il écrit à la main puis tape sur un vieux PC.",
    ),
    (
        "urgences",
        AP,
        "Patient arrivé en {{SMUR}}, inconscient, pas de papiers. Dans son portefeuille : une carte fidélité {{Carrefour}} et un permis au nom de [[PERSONNE:Jean-Louis Bordenave]], né le [[DATE_NAISSANCE:08.02.1957]], permis n° [[IDENTIFIANT:570264100518]].",
    ),
    (
        "chrs",
        CSP,
        "Tournée des logements diffus : {{4 appartements}} en une matinée. L'éducateur a les clés de tous, il frappe quand même. Deux absents, les autres vont bien. Fini à {{12h15}}.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller rappelle un DE dont le nom est tout en minuscules dans le dossier : « [[PERSONNE:lartigue jean-marc]] ». ID [[ID_FRANCE_TRAVAIL:1862743W]]. Numéro : [[TELEPHONE:06 90 41 28 37]], messagerie pleine.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Sandrine Dupont]] : « [[PERSONNE:Dupont]] comme le rugbyman, {{Antoine Dupont}} » 😄. Mail [[EMAIL:sandrine.dupont40@yahoo.fr]], dossier [[N_ALLOCATAIRE:8036152]]. Elle a reçu un faux mail « {{Caf}} remboursement » et a cliqué. L'agent la rassure à moitié.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt dans une ferme vers {{Navarrenx}}. L'assuré est dans le champ avec les brebis : « c'est pas du travail, c'est les bêtes ». Le contrôleur hésite puis note « présent au domicile (exploitation) ».",
    ),
    (
        "ccas",
        CSP,
        "Enquête pour un logement d'urgence. M. [[PERSONNE:Castets]], originaire de {{Castets}} justement, vit [[ADRESSE:27 rue du Général de Gaulle, 40100 Dax]] dans un studio insalubre, champignons au plafond. Tel [[TELEPHONE:05 58 90 24 61]].",
    ),
    (
        "urgences",
        AT,
        "Un monsieur appelle pour demander si c'est normal d'attendre {{6h}} aux urgences de {{Mont-de-Marsan}} pour une entorse. La secrétaire : « c'est pas moi qui décide, monsieur ».",
    ),
    (
        "chrs",
        AP,
        "Demande {{SIAO}} remplie avec Mme [[PERSONNE:Rosa Martins]]. Réf SIAO [[IDENTIFIANT:SIAO64-24-01187]]. Son mail, qu'elle dicte comme ça : [[EMAIL:rosinha.martins77 [at] gmail.com]]. L'éduc, [[PERSONNE:Julien]], lui imprime le récap.",
    ),
    (
        "france_travail",
        AP,
        "Binôme de conseillers, [[PERSONNE:Denis]] et [[PERSONNE:Germain]] (« c'est vos prénoms ou vos noms ? » demande un usager). L'usager suivant : M. [[PERSONNE:Richard Denis]] 😂. ID [[ID_FRANCE_TRAVAIL:2037516P]], né en [[DATE_NAISSANCE:1972]].",
    ),
    (
        "caf",
        AT,
        "{{3 appels}} de suite pour la même chose : le simulateur {{RSA}} du site donne un montant, la notification un autre. L'agente soupire et réexplique les ressources sur {{3 mois}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Jean-Marc Lacampagne]], dit « [[PERSONNE:Jeannot]] », qui vit à {{la campagne}} (« forcément ! »), change son RIB pour un compte {{La Banque Postale}} : [[IBAN:FR66 2004 1010 1671 2232 3Z02 049]]. L'agent ([[PERSONNE:Philippe]]) trouve bizarre la lettre au milieu, ça passe quand même.",
    ),
    (
        "france_travail",
        AT,
        "Rdv de suivi {{CEJ}} : [[PERSONNE:Dylan Hargous]], ID [[ID_FRANCE_TRAVAIL:7115930J]], {{20 ans}}. Sa mère décroche : « [[PERSONNE:Dylan]] dort », à {{11h}}. La conseillère rappelle les {{15 h}} d'activité par semaine.",
    ),
    (
        "ccas",
        AT,
        "Sur le cahier du standard, écrit par l'agente : « Mme [[PERSONNE:ITHUR-\nRALDE]] rappeler [[TELEPHONE:06.19.72.40.88]] urgent facture gaz » (le nom coupé en bout de ligne).",
    ),
    (
        "urgences",
        AP,
        "Accident sur l'{{A63}}, famille espagnole. Le père, [[PERSONNE:Iñaki Etxeberria]], demande où est sa femme, [[PERSONNE:Nerea]]. Le gendarme qui les a suivis donne la plaque de leur voiture : [[IMMATRICULATION:2291 KFS]]. L'agent d'accueil parle un peu basque, ça aide.",
    ),
    (
        "cpam",
        AT,
        "Un assuré dicte son RIB pour un remboursement en attente : « [[IBAN:30003 02120 75014802469 44]] », banque, guichet, compte, clé. L'agente explique qu'il faut l'IBAN complet et le document. Il raccroche, énervé.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Une femme victime de violences appelle en chuchotant. Elle donne juste son prénom, [[PERSONNE:Sonia]], et l'adresse où elle est : [[ADRESSE:3 impasse des Mimosas, 40130 Capbreton]]. L'écoutante ([[PERSONNE:Hélène]]) déclenche le {{17}}.",
    ),
]

# Notes 141-175.
BATCH_5 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Brigitte Lasserre-Pédelucq]], née à {{Oloron}} en [[DATE_NAISSANCE:décembre 1972]], NIR [[NIR:2 72 12 64 422 488 21]]. Nom composé trop long pour le champ du formulaire, l'agent écrit « [[PERSONNE:LASSERRE-PEDELU]] » et elle râle. Dossier [[N_ALLOCATAIRE:2264037]].",
    ),
    (
        "france_travail",
        AT,
        "Réunion d'équipe de {{8h45}} à {{9h}}, debout : objectifs du jour, {{47 rdv}} pour {{6 conseillers}}. Puis chacun décroche. Je reste avec celui qui fait les appels {{CEJ}}.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Lourdes Garcia]] appelle pour une attestation de droits. Elle travaille dans un hôtel à {{Lourdes}} (« et on me demande toujours si c'est une blague »). Rappel au [[TELEPHONE:06 58 24 91 03]].",
    ),
    (
        "ccas",
        AP,
        "Domiciliation refusée : M. [[PERSONNE:Florin Dumitru]] a déjà une adresse, foyer {{Adoma}}, [[ADRESSE:14 rue de Belfort, 64000 Pau]]. Carte d'identité roumaine n° [[IDENTIFIANT:RX0274518]]. Il ne comprend pas pourquoi, l'agente réexplique avec un traducteur sur son téléphone.",
    ),
    (
        "urgences",
        AP,
        "Bracelet imprimé : « [[PERSONNE:LAFFITTE-CAZAUX Josette]] [[DATE_NAISSANCE:13/09/1936]] ». L'aide-soignante l'appelle « [[PERSONNE:Josette]] », pas de réponse. Sa fille : « c'est [[PERSONNE:Jo]], personne l'appelle [[PERSONNE:Josette]] ». Là elle répond.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. « C'est [[PERSONNE:Nono]] », un habitué ; l'écoutante sait que c'est [[PERSONNE:Arnaud Lesbats]]. Numéro de rappel : « [[TELEPHONE:zéro sept, cinquante, onze, quatre-vingt-dix-neuf, vingt]] ». Pas de place ce soir à {{Pau}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Xavier Bordes]] et Mme [[PERSONNE:Aurélie Vidal]], pacsés, [[ADRESSE:18 rue du Hédas, 64000 Pau]]. Compte joint : [[IBAN:FR76 1005 7190 4494 2013 8025 727]]. La contrôleuse demande qui paie le loyer : « moitié moitié ». {{40 min}}.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Arthur Lagarde]], {{52 ans}}, licencié de chez {{Safran}} à {{Bordes}}. ID [[ID_FRANCE_TRAVAIL:9046125S]]. Mail perso : [[EMAIL:arthur.lagarde@wanadoo.fr]] (« oui, encore {{wanadoo}} »). « Vous avez des formations pour les jeunes de {{52 ans}} ? » 😅",
    ),
    (
        "cpam",
        AP,
        "Une infirmière libérale accompagne M. [[PERSONNE:Marcel Lahourcade]], {{89 ans}}. Elle lit son n° de mutuelle : {{Malakoff Humanis}} [[IDENTIFIANT:MH7720193]]. Elle s'appelle [[PERSONNE:Corinne]], comme l'agente, elles rient.",
    ),
    (
        "ccas",
        AT,
        "Plan grand froid activé. Le standard reçoit des appels de voisins qui signalent des gens dehors : {{place Clemenceau}}, les {{halles}}, la {{gare}}. L'agent transmet tout au {{115}}.",
    ),
    (
        "urgences",
        AT,
        "Le standard annonce un afflux : accident de car scolaire sur la {{D932}}, {{18 enfants}}. Pas de plan blanc, juste du renfort. Tout le monde court.",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Patrick]], dit « [[PERSONNE:Pat]] », demande à garer son camion aménagé dans la cour : plaque [[IMMATRICULATION:CV-209-AB]]. Le chef de service, M. [[PERSONNE:Laborde]], dit non, à cause de l'assurance.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Nour Haddad]] : « mon mail c'est [[EMAIL:nour.hadad@gmail.com]], un seul d, pas comme mon nom » 🙃. Dossier [[N_ALLOCATAIRE:9051683]]. Elle demande l'{{ASF}}, le père ne paie plus la pension.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : la personne est hospitalisée depuis hier. La TS appelle le service social de l'hôpital, laisse un message. {{20 min}} de route pour rien.",
    ),
    (
        "france_travail",
        AT,
        "SMS reçu sur le téléphone pro de la conseillère (elle me le montre) : « bjr c [[PERSONNE:Kattalin Errecart]] je serai en retard dsl », avec la signature automatique « [[PERSONNE:K. Errecart]] – [[TELEPHONE:06 72 13 58 40]] ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez Mme [[PERSONNE:Pascale Mauléon]], à {{Mauléon}} (oui !), [[ADRESSE:2 place des Allées, 64130 Mauléon-Licharre]]. Voiture [[IMMATRICULATION:AH-016-TS]] dans l'allée, elle est là. RAS.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Françoise Larralde]], née à {{Biarritz}} le [[DATE_NAISSANCE:11 février 1968]], NIR [[NIR:268026412238047]]. Elle appelle pour sa fille [[PERSONNE:Anaïs]], en Erasmus à {{Bilbao}} : il lui faut la {{CEAM}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Josu Agirre]], retraité, vit à {{Hendaye}} ; sa pension espagnole arrive chez {{Laboral Kutxa}} : [[IBAN:ES68 3035 0158 7898 2928 7406]]. Il demande une aide pour une facture d'eau de {{230 €}}.",
    ),
    (
        "chrs",
        AT,
        "Appel du commissariat de {{Biarritz}} pour une mise à l'abri, {{1h30}} du matin. Plus rien dans le département. L'écoutant propose de rappeler demain à {{8h}}.",
    ),
    (
        "france_travail",
        AP,
        "Simulation d'entretien. La conseillère joue le recruteur : « Bonjour M. [[PERSONNE:Casenave]] ». Il corrige : « [[PERSONNE:Cazenave]], avec un z ». CV : [[ADRESSE:36 rue Maubec, 64100 Bayonne]], né en [[DATE_NAISSANCE:1987]].",
    ),
    (
        "urgences",
        AP,
        "Une touriste allemande, [[PERSONNE:Heike Brandt]], tombée à vélo sur la piste cyclable de {{Capbreton}}. Passeport [[IDENTIFIANT:C01X00T47]]. Son mari au tel : [[TELEPHONE:+49 171 4428930]]. L'agente parle anglais, ça passe.",
    ),
    (
        "caf",
        AP,
        "Rentrée : {{ARS}} partout. {{3 personnes}} sur {{5}} viennent pour ça. L'agent a une fiche toute prête qu'il tend avant même qu'on pose la question.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mme [[PERSONNE:Dubourdieu]], [[ADRESSE:résidence du Sablar, bât 4, 21 avenue Georges Clemenceau, 40100 Dax]]. Son fils [[PERSONNE:Kylian]] ({{9 ans}}) joue à la {{Switch}}. L'éducatrice ([[PERSONNE:Morgane]]) vérifie les papiers de la {{CMG}}? non, de la cantine.",
    ),
    (
        "ccas",
        AP,
        "Deux [[PERSONNE:Martin]] dans la salle : Mme [[PERSONNE:Martine Martin]] 😅 et M. [[PERSONNE:Martin Etchepare]]. L'agente appelle « Madame [[PERSONNE:Martin]] ! », les deux se lèvent.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Daniel Lataste]], {{66 ans}}, né à {{Tarnos}} en [[DATE_NAISSANCE:août 58]]. NIR [[NIR:1 58 08 40 312 504 66]], dossier [[N_ALLOCATAIRE:5572910]], compte [[IBAN:FR76 1690 6100 1272 5868 2257 747]]. Il touche l'{{AAH}} et vit avec sa sœur, [[PERSONNE:Ginette]].",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller rappelle m. [[PERSONNE:bonnefoy]] (minuscules dans le dossier), ID [[ID_FRANCE_TRAVAIL:3722809T]]. Il est en formation {{AFPA}} à {{Pau}}, tout va bien.",
    ),
    (
        "cpam",
        AT,
        "Un médecin traitant appelle pour un formulaire d'ALD. L'agent lui donne le chemin sur {{amelipro}}. {{2 min}}.",
    ),
    (
        "ccas",
        AT,
        "Un fils appelle de {{Paris}} pour sa mère qui vit à {{Biarritz}}, Mme [[PERSONNE:Goyeneche]]. Il laisse son mail, [[EMAIL:p.goyeneche@proton.me]], et veut un rdv pour l'{{APA}}.",
    ),
    (
        "chrs",
        AP,
        "Renouvellement de titre de séjour : [[PERSONNE:Aminata Keïta]], titre n° [[IDENTIFIANT:6401882937]], née le [[DATE_NAISSANCE:3 mars 1991]]. L'éducatrice ([[PERSONNE:Claire]]) prend rdv sur le site de la {{préfecture des Pyrénées-Atlantiques}}.",
    ),
    (
        "france_travail",
        AP,
        "Un jeune, [[PERSONNE:Ximun]], veut une aide au permis. Il conduit déjà le tracteur de son père, [[PERSONNE:Manex]] (« à la ferme c'est pas pareil »). Une amende déjà : sa mère lui avait prêté sa voiture, [[IMMATRICULATION:EB-662-GC]], flashée à {{Ascain}}.",
    ),
    (
        "caf",
        AP,
        "Une dame montre un courrier de la {{Caf}} adressé à « M. [[PERSONNE:Pierre Serres]] » alors qu'elle s'appelle [[PERSONNE:Pierrette Serres]]. Erreur de saisie depuis {{2 ans}}. Dossier [[N_ALLOCATAIRE:1409836]]. L'agent, [[PERSONNE:Jérôme]], corrige.",
    ),
    (
        "caf",
        AT,
        "Serveur vocal : « tapez {{1}} pour... », {{6 choix}}. L'agent me dit que la moitié des gens tapent {{0}} pour avoir quelqu'un. Ça ne marche pas.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Txomin Harriet]] n'arrive pas à créer son compte {{Ameli}} : le site refuse [[EMAIL:txomin.harriet@gmail.com]], « déjà utilisé ». C'est son frère [[PERSONNE:Ximun]] qui l'a mis par erreur. L'agente ([[PERSONNE:Sylvie]]) débloque.",
    ),
    (
        "ccas",
        CSP,
        "Visite à [[ADRESSE:Borda Berria, 1720 route de Cambo, 64240 Hasparren]], une vieille ferme. Mme [[PERSONNE:Maddalen Lohitegi]], {{84 ans}}, vit seule avec ses poules. Le neveu, [[PERSONNE:Beñat]], passe tous les jours. Demande d'aide ménagère.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Une femme appelle pour son mari, « [[PERSONNE:Paco]] » (« [[PERSONNE:Francisco Ruiz]] pour l'administration »). Il dort dans un squat à {{Anglet}}. Tel [[TELEPHONE:07 60 38 15 92]].",
    ),
]

# Notes 176-210.
BATCH_6 = [
    (
        "caf",
        AP,
        "Garde alternée. Les parents, [[PERSONNE:Sébastien Larrieu]] et [[PERSONNE:Émilie Sarthou]], séparés mais venus ensemble (!). Enfants : [[PERSONNE:Jules]], [[PERSONNE:Margaux]] et [[PERSONNE:Paul Larrieu]]. Partage des allocs {{50/50}}, dossier [[N_ALLOCATAIRE:6630471]]. L'agente ([[PERSONNE:Isabelle]]) est impressionnée qu'ils s'entendent si bien.",
    ),
    (
        "cpam",
        AP,
        "Carte vitale reçue avec une faute : « [[PERSONNE:ECHEVERRIA]] » au lieu de « [[PERSONNE:ETXEBERRIA]] ». M. [[PERSONNE:Andoni Etxeberria]], né à {{Hendaye}} en [[DATE_NAISSANCE:décembre 1993]], NIR [[NIR:1 93 12 64 260 740 61]]. L'agent, [[PERSONNE:Franck]], dit que le x pose souvent problème.",
    ),
    (
        "urgences",
        AP,
        "Nuit de samedi. {{Box 3}} : alcoolisation. {{Box 5}} : chute de vélo. {{Box 7}} : douleur abdo. L'IOA trie sans s'arrêter, les fiches papier s'empilent. {{3h12}}, premier café.",
    ),
    (
        "france_travail",
        AP,
        "Atelier numérique. [[PERSONNE:Laurent]], l'animateur, aide Mme [[PERSONNE:Danielle Laurent]] (« on est cousins ? » rigole-t-il) à créer son espace. ID [[ID_FRANCE_TRAVAIL:8802164E]]. Elle vient de {{Saint-Laurent-de-Gosse}}, {{40 min}} de bus.",
    ),
    (
        "chrs",
        AP,
        "Commission d'admission : {{5 dossiers}} pour {{2 places}}. À l'écran, le dossier de M. [[PERSONNE:Ousmane Baldé]], né le [[DATE_NAISSANCE:1er janvier 2000]], demande SIAO n° [[IDENTIFIANT:SI-40-2024-0392]]. La cheffe de service, Mme [[PERSONNE:Irazoqui]], lit à voix haute.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Odette Lacoste]] et son fils [[PERSONNE:Christian Lacoste]], qui répond à sa place. L'agente : « c'est à madame que je parle, M. [[PERSONNE:Lacoste]] ». Demande de carte {{Solidarité transport}}, elle a {{83 ans}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt chez M. [[PERSONNE:Hervé Pouey]], [[ADRESSE:11 rue des Pyrénées, 64230 Lescar]]. Absent. La camionnette de l'entreprise ([[IMMATRICULATION:GP-395-KD]], logo {{Pouey Couverture}}) n'est pas là non plus... Le contrôleur note et transmet.",
    ),
    (
        "caf",
        AT,
        "Allocataire : « [[PERSONNE:Aïcha Benyahia]], dossier [[N_ALLOCATAIRE:3480926]] ». Mail de contact : [[EMAIL:aicha.b64 arobase outlook point fr]]. Elle ne reçoit plus les notifications depuis l'été.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un couple de retraités, {{88}} et {{91 ans}}. Maison de plain-pied, propre. Ils veulent rester chez eux « jusqu'au bout ». L'évaluatrice remplit la grille {{AGGIR}} : {{GIR 4}}.",
    ),
    (
        "urgences",
        AT,
        "Un médecin de {{Saint-Jean-Pied-de-Port}} adresse une patiente : « Mme [[PERSONNE:Etchebarne]], [[PERSONNE:Etcheba]]... non, [[PERSONNE:Etchebarne]], je lis mal mon écriture ». Dr [[PERSONNE:Ospital]], portable [[TELEPHONE:06 31 77 20 54]].",
    ),
    (
        "france_travail",
        AT,
        "Le logiciel plante à {{10h05}}, tout le plateau est bloqué {{35 min}}. Les conseillers disent aux gens « je vous rappelle ». Personne ne s'énerve, c'est habituel apparemment.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez M. [[PERSONNE:Jean-Claude Lamarque]], relogé depuis {{6 mois}}, [[ADRESSE:4 rue Saint-Pierre, 40000 Mont-de-Marsan]]. Frigo plein, ça va mieux. Il demande le numéro perso de l'éduc, [[PERSONNE:Yoann]], qui refuse gentiment, et lui laisse le sien : [[TELEPHONE:06 02 59 81 47]].",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Laetitia Santoni]], née à {{Bastia}} en [[DATE_NAISSANCE:janvier 85]], NIR [[NIR:285012B03358097]] (l'agent doit taper le B à la main). Mutée à {{Anglet}}. L'agent ([[PERSONNE:Romain]]) lance le changement de caisse, {{3 semaines}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Itxassou}}, [[ADRESSE:maison Errekaldea, 95 chemin de la Nive, 64250 Itxassou]]. Le père, [[PERSONNE:Ramuntxo]], la mère, [[PERSONNE:Arantxa]], le bébé, [[PERSONNE:Ekhi]]. La voiture du couple, [[IMMATRICULATION:FB-228-YN]], est au nom de la grand-mère, Mme [[PERSONNE:Oçafrain]].",
    ),
    (
        "france_travail",
        AP,
        "Un senior, M. [[PERSONNE:Guy Laplace]], né « en [[DATE_NAISSANCE:cinquante-neuf]] ». Il cherche « une {{place}}, n'importe laquelle », blague qu'il a dû faire mille fois. Mail : [[EMAIL:guylaplace59@laposte.net]].",
    ),
    (
        "ccas",
        AT,
        "Un bailleur ({{XL Habitat}}) signale une locataire en difficulté, Mme [[PERSONNE:Chantal Ducasse]], réf. locataire [[IDENTIFIANT:XL-40-118364]]. Tel de la locataire : [[TELEPHONE:05 58 06 43 19]]. L'agente propose une visite.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{17h}} : pic d'appels avant la nuit. L'écoutante a {{3 lignes}}, {{2}} clignotent en attente. En hiver c'est {{80 appels}} par soir, dit-elle.",
    ),
    (
        "cpam",
        AT,
        "Assuré au tel : « [[PERSONNE:Jojo]] » pour ses potes, M. [[PERSONNE:Joseph Harguindeguy]] pour la sécu 😄. Il lit son IBAN : [[IBAN:FR76 1333 5001 0210 4229 5179 127]]. L'agente ([[PERSONNE:Céline]]) lui dit de l'envoyer via {{Ameli}}.",
    ),
    (
        "caf",
        AP,
        "Affiche à l'entrée : « Arnaques : la {{Caf}} ne vous demande jamais vos codes par SMS ». Un monsieur la lit à voix haute à sa femme. L'agent me dit que {{2 à 3}} personnes par semaine se sont fait avoir.",
    ),
    (
        "urgences",
        AP,
        "Feuille d'accueil remplie par le patient lui-même : « nom : [[PERSONNE:bidart]] prénom : [[PERSONNE:mikel]] ». L'agente : « [[PERSONNE:Bidart]] comme {{Bidart}} ? » « oui, et j'habite à {{Guéthary}}, allez comprendre ». IPP [[IDENTIFIANT:P00527391]].",
    ),
    (
        "france_travail",
        AP,
        "Salle d'attente : {{7 personnes}}, {{2}} avec des enfants. Un coin jeux avec {{3 puzzles}}. L'agent d'accueil range les brochures {{Cap emploi}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Robert Sallenave]], [[ADRESSE:12 chemin de Lasbordes, 64160 Morlaàs]], demande une aide pour payer son fioul avant l'hiver. RIB : [[IBAN:FR76 3000 4014 3647 6855 3509 862]]. L'agent dit que la commission passe le {{15}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Francis Mas]] vient pour son fils, [[PERSONNE:Théo Mas]], {{17 ans}}, dossier {{MDPH}} [[IDENTIFIANT:MD-64-51720]], prise en charge orthophonie. L'agente, [[PERSONNE:Anne]], appelle le service médical devant lui.",
    ),
    (
        "chrs",
        AP,
        "Repas du soir. L'éduc me présente « les anciens » : [[PERSONNE:Bébert]], [[PERSONNE:Tonio]] et [[PERSONNE:P'tit Louis]]. Là depuis plus de {{2 ans}}, « ce qui n'est pas normal pour un CHRS » dit le chef, [[PERSONNE:Serge]].",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Alain Dubroca]] déclare la naissance de son fils : « [[PERSONNE:Timéo]], né le [[DATE_NAISSANCE:vingt-deux mars]] ». Dossier [[N_ALLOCATAIRE:7781025]]. L'agente le félicite et explique la {{PAJE}}.",
    ),
    (
        "urgences",
        AT,
        "Ligne interne : le labo appelle pour un potassium critique, {{box 9}}. L'infirmière raccroche et file. {{30 secondes}}.",
    ),
    (
        "france_travail",
        AT,
        "La conseillère appelle M. [[PERSONNE:Aurélien Barrère]], ID [[ID_FRANCE_TRAVAIL:4690381A]], pour une offre de chauffeur chez {{Transports Lacassagne}}. Au [[TELEPHONE:06 09 73 28 51]], un enfant décroche : « papa est pas là ».",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile avec l'éduc. M. [[PERSONNE:Philippe Elgart]], né à {{Mauléon}} en [[DATE_NAISSANCE:mars 70]], a perdu son attestation : l'éduc recopie son NIR sur un post-it, [[NIR:1 70 03 64 371 079 24]], pour la {{C2S}}. Logement : [[ADRESSE:2 rue Arnaud de Maytie, 64130 Mauléon-Licharre]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle annulé : l'assuré a repris le travail la veille. Le contrôleur me dit que c'est comme ça {{1 fois sur 4}}. On en profite pour un café et un gâteau basque chez {{Pariès}} à {{Saint-Jean-de-Luz}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Hendaye}} : M. [[PERSONNE:Gorka Urrutia]] dit vivre en France, mais sa voiture est immatriculée en Espagne ([[IMMATRICULATION:9053 JHN]]) et son contrat de travail est à {{Hondarribia}}. Le contrôleur demande des factures {{EDF}} de l'appart.",
    ),
    (
        "ccas",
        AP,
        "{{Salon des seniors}} organisé par le CCAS : stand {{Présence Verte}} (téléassistance), stand {{Siel Bleu}} (gym douce). L'agent d'accueil distribue des sacs. Une dame demande si c'est gratuit : oui.",
    ),
    (
        "france_travail",
        AP,
        "L'agent d'accueil met à jour l'adresse de M. [[PERSONNE:Labbat]] — « non, [[PERSONNE:Labat]], un seul b ! ». Nouvelle adresse : [[ADRESSE:6 rue du Marcadieu, 64800 Nay]], pour se rapprocher de sa fille [[PERSONNE:Coralie]].",
    ),
    (
        "cpam",
        AT,
        "Une dame âgée ne connaît pas son mail, son petit-fils lui souffle : « [[EMAIL:mamie.pilar.sanchez@gmail.com]] ». Mme [[PERSONNE:Pilar Sánchez]], {{78 ans}}. L'agent ([[PERSONNE:Vincent]]) envoie le lien de réinitialisation.",
    ),
    (
        "ccas",
        AT,
        "M. [[PERSONNE:Roquefort]], de {{Roquefort}} (dans les {{Landes}}, « pas celui du fromage »), appelle pour une aide aux obsèques de sa femme, [[PERSONNE:Yvette]]. Rappel au [[TELEPHONE:05 58 45 72 10]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} : un jeune dit qu'il est mineur, né le [[DATE_NAISSANCE:14/05/2008]]. L'écoutante doit l'orienter vers l'{{ASE}} du {{Département}}, pas vers le {{115}}. Il s'appelle [[PERSONNE:Bilal]]. Il raccroche.",
    ),
]

# Notes 211-240.
BATCH_7 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Mayi Etchecopar]] (« [[PERSONNE:Marie]] en français, mais tout le monde dit [[PERSONNE:Mayi]] ») vient avec sa belle-fille, [[PERSONNE:Kattin]]. Changement de RIB pour la belle-fille : [[IBAN:FR76 1090 7003 1013 7558 3745 772]]. Dossier [[N_ALLOCATAIRE:2590814]].",
    ),
    (
        "france_travail",
        AT,
        "Une dame au téléphone : « vous avez eu mon mail ? ». Le conseiller l'ouvre, tout en majuscules : « MADAME [[PERSONNE:DUCOURNAU NICOLE]] ID [[ID_FRANCE_TRAVAIL:5137264G]] JE CONTESTE MA RADIATION ». {{4 lignes}}, {{0}} ponctuation.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Monique Laurent]], née [[PERSONNE:Sauveterre]] (« comme {{Sauveterre-de-Béarn}}, mais je suis des {{Landes}} »), née à {{Aire-sur-l'Adour}} le [[DATE_NAISSANCE:21/09/1964]]. NIR [[NIR:2 64 09 40 001 747 95]]. Elle veut faire corriger son nom d'usage sur la carte.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour une aide au déménagement. Mme [[PERSONNE:Farida Meziane]], [[ADRESSE:Résidence Ousse-des-Bois, escalier C, 7 avenue de Buros, 64000 Pau]]. Le camion loué est déjà en bas, [[IMMATRICULATION:GK-504-WE]]. Les cartons sont prêts, elle part à {{Billère}}.",
    ),
    (
        "urgences",
        AP,
        "Changement d'équipe à {{7h}}. Transmissions au tableau blanc : {{11 patients}} en attente, {{4}} sur brancard dans le couloir. L'infirmière de nuit part à {{7h40}}, en retard.",
    ),
    (
        "chrs",
        AP,
        "Atelier CV au CHRS. [[PERSONNE:Vasile]] crée son compte {{France Travail}}, mail [[EMAIL:vasile.rusu.64@gmail.com]]. Il ne se souvient plus de son numéro de passeport, l'éduc ([[PERSONNE:Inès]]) le retrouve dans le dossier : [[IDENTIFIANT:MD0951827]].",
    ),
    (
        "caf",
        AT,
        "Un notaire appelle pour des infos sur un allocataire décédé. L'agente refuse poliment : il faut un courrier. {{3 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Attestation imprimée, le nom sort coupé sur {{2 lignes}} : « [[PERSONNE:ARHANCET-\nIRIGOYEN Pierre]] ». M. [[PERSONNE:Arhancet-Irigoyen]] : « c'est toujours comme ça, même sur la carte vitale ». ID [[ID_FRANCE_TRAVAIL:6657102K]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt à {{Seignosse}}, [[ADRESSE:8 allée des Goélands, 40510 Seignosse]]. L'assurée, Mme [[PERSONNE:Manon Lesgourgues]], revient de la plage, planche sous le bras 🏄. Le contrôleur ([[PERSONNE:Alain]]) : « sorties autorisées de {{10h}} à {{12h}}, il est {{11h50}} ». OK.",
    ),
    (
        "ccas",
        AP,
        "Fiche d'accueil : « [[PERSONNE:titou]] ([[PERSONNE:thierry dupouy]]) – pb facture eau – [[TELEPHONE:06 54 12 83 70]] ». L'agent a tout noté en minuscules, vite, entre deux personnes.",
    ),
    (
        "chrs",
        AT,
        "{{115}}. Une dame appelle pour son fils, [[PERSONNE:Kevin]] : « [[PERSONNE:Kévin]] avec un accent, [[PERSONNE:Kévin Lafourcade]] ». Il dort sous le pont {{Saint-Esprit}} à {{Bayonne}}. Tel du fils : [[TELEPHONE:07 83 26 40 51]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. [[PERSONNE:Jon Ander Bengoetxea]], né en {{Espagne}} ({{Tolosa}}) en [[DATE_NAISSANCE:mai 1988]], NIR [[NIR:1 88 05 99 134 058 25]]. Il vit à {{Urrugne}} avec [[PERSONNE:Nerea]] et leurs deux enfants. Revenus espagnols non déclarés ? Le contrôleur demande les fiches de paie.",
    ),
    (
        "cpam",
        AT,
        "L'agent me montre le script d'accueil : « Assurance Maladie des {{Pyrénées-Atlantiques}}, [prénom] à votre écoute ». Il ne dit jamais son nom de famille. {{38 appels}} hier.",
    ),
    (
        "france_travail",
        AT,
        "Un DE épelle son nom : « [[PERSONNE:I-B-A-R-R-A]], [[PERSONNE:Ibarra]] ». ID [[ID_FRANCE_TRAVAIL:3028651V]]. Rappel au [[TELEPHONE:06 67 01 92 38]] pour une offre de maçon à {{Cambo-les-Bains}}.",
    ),
    (
        "urgences",
        AT,
        "L'{{EHPAD Sainte-Croix}} appelle : résident transféré, M. [[PERSONNE:Raymond Dupuy]], né le [[DATE_NAISSANCE:2 juin 1931]], dossier résident [[IDENTIFIANT:EH-2291]]. Ils envoient la fiche de liaison par fax (oui, fax).",
    ),
    (
        "ccas",
        AT,
        "Une assistante sociale du {{Département}} transmet le mail d'une usagère pour un rdv commun : [[EMAIL:sylvie.haramboure [at] gmail.com]]. Mme [[PERSONNE:Haramboure]], {{56 ans}}, au {{RSA}}.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe du CHRS : {{9}} professionnels, {{1h30}}. Sujet principal : les punaises de lit dans l'aile B. Devis de désinsectisation : {{2 800 €}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Vincent Bernard]], jardinier auto-entrepreneur, son SIRET perso : [[IDENTIFIANT:85214763600017]]. L'agente ([[PERSONNE:Nathalie Vincent]] 😅) lui explique comment déclarer son chiffre d'affaires pour la {{prime d'activité}}.",
    ),
    (
        "cpam",
        AP,
        "Une jeune, [[PERSONNE:Maddi Ospital]], {{21 ans}}, née à {{Saint-Palais}}. Première carte vitale à son nom, NIR [[NIR:2 03 02 64 493 277 62]]. Sa mère, [[PERSONNE:Argitxu]], l'accompagne « pour voir ». L'agent parle de {{Mon espace santé}}.",
    ),
    (
        "france_travail",
        AT,
        "Un DE dicte son IBAN pour l'{{ARE}}, la conseillère le saisit : [[IBAN:FR76 1780 7000 6783 7802 0948 570]]. M. [[PERSONNE:Damien Lescoutte]], ID [[ID_FRANCE_TRAVAIL:7349028F]]. Elle relit les {{27 caractères}} un par un.",
    ),
    (
        "urgences",
        AP,
        "Un père arrive avec [[PERSONNE:Léo]] et [[PERSONNE:Lou Castaing]], jumeaux de {{3 ans}}, fiévreux tous les deux. Il s'est garé sur la place pompiers ; l'agent de sécu : « [[IMMATRICULATION:ET-745-HB]], c'est à vous ? ». Le père, [[PERSONNE:Mathieu]], court la déplacer.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Didier Lahitette]] signale le décès de sa mère, Mme [[PERSONNE:Yvonne Lahitette]]. L'agente présente ses condoléances, dossier [[N_ALLOCATAIRE:0627439]]. Il laisse son numéro : [[TELEPHONE:06 86 21 35 07]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle annulé au dernier moment, l'allocataire a appelé. Le contrôleur me montre sa tournée de la semaine : {{9 visites}}, {{300 km}} entre {{Bayonne}}, {{Saint-Palais}} et {{Mauléon}}. La voiture de service a {{190 000 km}}.",
    ),
    (
        "cpam",
        AT,
        "Un patient appelle pour une facture de l'{{hôpital de Bayonne}} qu'il croit avoir payée, facture n° [[IDENTIFIANT:F2024-118742]]. L'agent lui dit de voir avec l'hôpital, pas la caisse. M. [[PERSONNE:Bellocq]] n'est pas content.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:BLANC-LABORDE Ginette]], « [[PERSONNE:Ginou]] » pour les agents, vient tous les lundis chercher son bon pour l'{{épicerie solidaire}}. Aujourd'hui elle apporte des crêpes pour tout le monde.",
    ),
    (
        "ccas",
        AT,
        "Le standard ferme à {{12h}} et rouvre à {{13h30}}. Entre les deux, répondeur. L'agente écoute les messages en rentrant : {{7}} aujourd'hui.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Sabrina]], résidente, fête ses {{30 ans}} aujourd'hui, née le [[DATE_NAISSANCE:9 novembre]]. Gâteau acheté par l'équipe chez {{Leclerc}}. L'éducateur, [[PERSONNE:Mehdi]], chante faux 🎂.",
    ),
    (
        "chrs",
        AT,
        "Appel du maire de {{Saint-Étienne-de-Baïgorry}} : un homme dort dans la {{chapelle}}. D'après le maire, on l'appelle « [[PERSONNE:Ttipi]] », « {{le petit}} » en basque. L'écoutante demande de rappeler ce soir.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'une famille en diffus, [[ADRESSE:15 rue Lormand, 64100 Bayonne]]. M. [[PERSONNE:Hamza Ouali]], récépissé n° [[IDENTIFIANT:6405519820]], et sa femme [[PERSONNE:Samira]]. L'éduc ([[PERSONNE:Gaëlle]]) vérifie l'inscription des enfants à l'école.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Claire Lescure]] — non, [[PERSONNE:Clara Lescure]], l'agent s'était trompé de prénom — inscrite hier. Mail : [[EMAIL:clara.lescure@icloud.com]]. Elle cherche dans l'hôtellerie à {{Biarritz}}, son copain [[PERSONNE:Maxime]] bosse déjà au {{Café de Paris}}.",
    ),
]

# -- end of notes --

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


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
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
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
    """Dev and holdout id sets, from the ids and the cells only."""
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
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
