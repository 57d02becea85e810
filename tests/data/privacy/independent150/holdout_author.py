"""Independent evaluation corpus n° 150: 240 hand-written observation notes (Grand Est).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets; ``main`` numbers the notes ``ind150-001`` ... in writing
order, draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl``.

Standard library only, deterministic: ``python holdout_author.py``.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind150"
SEED = 150

# --- notes ---------------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{10h12}} Mme [[PERSONNE:Kieffer]] pr la {{prime d'activité}}, l'agente ([[PERSONNE:Sandrine]]) vérifie : « vous êtes bien née le [[DATE_NAISSANCE:14/03/1987]] ? » - oui. n° alloc [[N_ALLOCATAIRE:2481753]]. Elle attendait depuis {{25 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne en panne à l'entrée, {{3 personnes}} font la queue devant pour rien. L'agent d'accueil scotche un papier HORS SERVICE. Personne ne le lit 🙄",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune couple, M. et Mme [[PERSONNE:Nguyen]], viennent déclarer le 2e : [[PERSONNE:Léa]], née le [[DATE_NAISSANCE:2 janvier]]. L'aîné [[PERSONNE:Thomas]] est de [[DATE_NAISSANCE:2019]]. Agent : « il me faut l'acte de naissance ou le livret de famille ». Ils l'ont pas sur eux. Reviennent {{jeudi}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un monsieur de {{Forbach}}, parle très vite. N° alloc dicté chiffre par chiffre : [[N_ALLOCATAIRE:0 9 3 4 1 2 6]]. L'agente, Mme [[PERSONNE:Roth]], lui demande sa date de naissance pour vérifier, il répond « [[DATE_NAISSANCE:onze septembre soixante-deux]] ». Ça colle. Son {{APL}} de {{mars}} pas versée → il manque l'attestation de loyer du bailleur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Standard saturé : {{47 appels}} en attente à {{9h}}, temps moyen {{12 minutes}}. La cheffe d'équipe dit que c'est tjs comme ça le {{lundi}} qui suit le {{versement du 5}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Benali]], [[ADRESSE:17 rue de Zillisheim, 68100 Mulhouse]]. Le contrôleur ([[PERSONNE:Patrick]]) regarde le bail, compte les chambres. Sur la boîte aux lettres un 2e nom : [[PERSONNE:F. Amrani]]. M. [[PERSONNE:Benali]] : « c'est ma cousine, elle est repartie à {{Oran}} en {{2022}} ». Voiture garée devant, [[IMMATRICULATION:FK-418-ZB]], [[PERSONNE:Patrick]] demande à qui elle est.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran de l'agent (je lis par-dessus son épaule) : [[PERSONNE:SCHALLER Mélanie]] — née le [[DATE_NAISSANCE:03.10.1983]] à {{Colmar}} — NIR [[NIR:2 83 10 68 066 045 86]] — enfants : [[PERSONNE:Noah]] ([[DATE_NAISSANCE:17.05.2011]]), [[PERSONNE:Inès]] ([[DATE_NAISSANCE:29.08.2014]]). Isolée depuis le {{01.02.2024}}. Elle vient pour l'{{ASF}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un grand-père vient avec sa petite-fille. {{81 ans}}, « je suis de [[DATE_NAISSANCE:43]], vous savez, j'en ai vu d'autres ». La petite dessine sur le comptoir. Il vient pour le dossier de sa fille [[PERSONNE:Ophélie]], hospitalisée. L'agente ne peut rien lui dire sans procuration. Il repart fâché.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour, [[PERSONNE:Yasmine]], {{Caf du Bas-Rhin}}, je vous écoute » x 30 dans la matinée. Une dame : sa fille a eu {{20 ans}} le [[DATE_NAISSANCE:8 mars]] donc elle sort du calcul de l'{{APL}} → {{96 €}} de moins par mois. Elle pleure un peu. [[PERSONNE:Yasmine]] explique la règle, calmement.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente à {{14h}} : {{11 personnes}}, {{2 guichets}} ouverts sur 5. Une maman allaite sur une chaise, un ado regarde des vidéos le son à fond. Le vigile passe sans rien dire.",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB : M. [[PERSONNE:Gonçalves]] tend un papier, l'agente tape [[IBAN:FR76 1027 8010 4000 0203 4560 144]] ({{Crédit Mutuel}}) et relit chiffre par chiffre à voix haute. Il confirme. Puis demande si la {{prime de Noël}} tombe en {{décembre}} ou en {{janvier}} 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mère appelle pour son fils, né le [[DATE_NAISSANCE:30/06/2006]], qui veut son propre dossier {{APL}} pour un studio à {{Nancy}}. Agente : « il est majeur, c'est à lui d'appeler ». La mère donne son propre n° alloc, [[N_ALLOCATAIRE:6021587]], et quand même le mail du fils : [[EMAIL:kevin.thiriet54@gmail.com]]. Le fils = [[PERSONNE:Kévin]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle de la journée, {{Colmar}}, quartier {{Europe}}. Mme [[PERSONNE:Yilmaz]] ([[PERSONNE:Ayşe]]) nous fait entrer, thé offert. Le contrôleur, M. [[PERSONNE:Fuchs]], demande les dates de naissance des enfants pour vérifier la compo familiale : [[DATE_NAISSANCE:12/02/2009]], [[DATE_NAISSANCE:05/11/2012]] et la petite du [[DATE_NAISSANCE:21/07/2020]]. Le mari est en {{Turquie}} depuis {{octobre}} (décès de son père le {{3 octobre}}). Adresse [[ADRESSE:8 rue de Prague, Colmar]] conforme.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur très âgé, canne, demande « la caisse pour les vieux » → c'est la {{Carsat}}, pas ici. L'agente lui écrit l'adresse sur un {{post-it}}. Il dit « merci ma fille ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Erreur de DDN pour Mme [[PERSONNE:Diallo]] : la Caf avait [[DATE_NAISSANCE:01/01/1990]] (date « par défaut » mise à l'arrivée en France), son nouveau titre de séjour dit [[DATE_NAISSANCE:17/04/1991]]. Titre n° [[IDENTIFIANT:6704158923]]. L'agente fait une demande de correction, délai {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel 📞 [[TELEPHONE:06 71 28 44 09]] (affiché sur l'écran) — un homme veut savoir pq son {{RSA}} a baissé. Pas de n° allocataire sous la main, il donne nom + DDN : [[PERSONNE:Mehdi Haddad]], [[DATE_NAISSANCE:5 mai 90]]. Elle le trouve. Explication : il a bossé {{2 mois}} chez {{Amazon}} à {{Augny}}, ça compte au trimestre.",
    ),
    (
        "caf",
        "accueil_physique",
        "Atelier numérique dans la salle du fond : {{4 personnes}} apprennent à créer leur compte sur {{caf.fr}}. La médiatrice montre où cliquer, une dame note tout dans un carnet à spirale.",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet 3 : Mme [[PERSONNE:Wozniak]] dit qu'elle a {{59 ans}}, « 60 le [[DATE_NAISSANCE:12 août]] », et se demande si le {{RSA}} s'arrête à la retraite. L'agente l'oriente vers la {{Carsat}} pour un relevé de carrière.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle près de {{Saint-Louis}} : le logement est un mobil-home, [[ADRESSE:camping du Rhin, emplacement 41]]. M. [[PERSONNE:Reinhardt]] y vit avec ses {{3 enfants}}, le plus petit ([[PERSONNE:Lenny]]) né le [[DATE_NAISSANCE:9 décembre 2021]]. Camionnette [[IMMATRICULATION:AB-732-QN]] + caravane. La contrôleuse ([[PERSONNE:Nathalie]]) vérifie les quittances : {{380 €}}/mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une jeune femme de {{Reims}}, enceinte, terme prévu le {{15 juin}}, veut savoir pour la prime de naissance. Agente : déclarer la grossesse avant {{14 semaines}}. Elle donne son n° alloc [[N_ALLOCATAIRE:3172046]] et un numéro de rappel : [[TELEPHONE:07 52 19 83 60]].",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Rachid]] (agent, {{22 ans}} de maison) : « les gens pensent qu'on décide, on décide rien, c'est la machine ». Puis il reçoit M. [[PERSONNE:Popescu]], trop-perçu de {{1 240 €}}. Né en [[DATE_NAISSANCE:1979]] en {{Roumanie}}, arrivé à {{Strasbourg}} en {{2008}}, jamais eu de souci avant.",
    ),
    (
        "caf",
        "accueil_physique",
        "Femme + 2 enfants. Formulaire rempli à la main, l'agente lit à voix haute : « nom [[PERSONNE:Abdi]], prénom [[PERSONNE:Hodan]], née le [[DATE_NAISSANCE:vingt-trois juin 1988]] à {{Mogadiscio}} » — tout écrit en lettres. Adresse [[ADRESSE:4 allée des Peupliers, 67200 Strasbourg]], quartier {{Elsau}}. RIB agrafé : [[IBAN:FR76 1250 6200 4856 7001 2345 655]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Panne téléphonie de {{10h40}} à {{11h05}}, plus aucun appel. Les agents traitent les courriers en retard. Une agente : « première pause de la semaine » ☕",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Ouattara]] montre la notif de l'appli : « votre droit est suspendu ». À l'écran sa DDN est [[DATE_NAISSANCE:25/12/1969]] au lieu de [[DATE_NAISSANCE:25/12/1996]] → chiffres inversés, le système le croit âgé de {{54 ans}} 😂. L'agente fait un signalement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet en voiture de service vers {{Sélestat}}, {{35 min}}. Le contrôleur fait {{6 à 8 visites}} par semaine, « la plupart se passent bien », il prévient toujours par courrier {{8 jours}} avant.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune papa, [[PERSONNE:Sofiane]], bébé en porte-bébé : « il est né le [[DATE_NAISSANCE:4]] » — l'agente : « le [[DATE_NAISSANCE:4]] de quel mois ? » — « ben ce mois-ci, le [[DATE_NAISSANCE:4 novembre]] » 😅. Il veut la {{PAJE}}, elle lui montre la déclaration sur {{caf.fr}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une assistante sociale du {{CD 57}} appelle pour une famille : Mme [[PERSONNE:Hakobyan]], n° alloc [[N_ALLOCATAIRE:5630918]]. Elle épelle : [[PERSONNE:H-A-K-O-B-Y-A-N]]. Rappel demandé sur son portable pro [[TELEPHONE:06 45 90 12 77]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche : « Fermeture exceptionnelle le {{vendredi 10 mai}} ». Au-dessus de la photocopieuse : « Merci de ne pas oublier vos documents » avec un smiley au feutre.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ferhat]] (« appelez-moi [[PERSONNE:Nana]] ») apporte l'acte de décès de son mari, décédé le {{02/09}}, né le [[DATE_NAISSANCE:18 février 1951]]. L'agente présente ses condoléances et met à jour le dossier {{APL}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en allemand ?! Frontalier qui bosse à {{Karlsruhe}}, habite [[ADRESSE:22 Grand'Rue, 67160 Wissembourg]]. L'agente parle alsacien, ça passe. Question : allocs familiales pays de travail ou de résidence. Elle note son mail [[EMAIL:j.heitz@web.de]] pour envoyer la notice. M. [[PERSONNE:Heitz]] remercie trois fois.",
    ),
]

NOTES_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bourtzwiller}} : personne au [[ADRESSE:5 rue de Pfastatt, 68200 Mulhouse]]. Avis de passage dans la boîte, le contrôleur note l'heure, {{11h20}}. La voisine sort sur le palier : « Mme [[PERSONNE:Kabongo]] travaille le matin à l'hôpital ». On repart.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dossier préparé dans la voiture : allocataire [[PERSONNE:Jean-Marc Lambert]], né le [[DATE_NAISSANCE:21/09/1962]] à {{Mulhouse}}, NIR [[NIR:162096822408753]]. Signalement : déclare vivre seul mais le relevé montre des virements d'une [[PERSONNE:Sylvie Muller]] sur le compte [[IBAN:FR7630003023600005041792525]]. On va voir sur place, [[ADRESSE:3 impasse des Vergers, 68270 Wittenheim]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur place : appart propre, {{2 chambres}}, un lit d'enfant monté mais aucun enfant déclaré. Le contrôleur pose la question sans accuser. Réponse : « c'est pour quand ma petite-fille vient le {{week-end}} ». Il note, pas de suite.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle des ressources d'un auto-entrepreneur VTC, M. [[PERSONNE:Bouzid]]. SIRET perso [[IDENTIFIANT:81234567800013]] sur sa carte pro, voiture [[IMMATRICULATION:GT-205-HM]]. Relevés {{Uber}} : {{1 800 €}} en {{septembre}}, {{900 €}} en {{octobre}}. Né en [[DATE_NAISSANCE:1984]], « j'ai commencé le VTC à {{35 ans}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Demande de RSA, rubrique conjoint : [[PERSONNE:Marchetti Luca]], né le [[DATE_NAISSANCE:1987-02-14]] (recopié tel quel de son passeport italien, n° [[IDENTIFIANT:YA1234567]]). Elle : [[PERSONNE:Marchetti-Koch Anne]]. L'agente : « date d'entrée en France ? » — « le {{1er septembre 2023}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{A047}} appelé à {{11h52}}, j'avais pris le {{A031}} à {{11h10}} : {{16 personnes}} en {{42 min}}. Pas si mal.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur sourd, l'agente écrit sur une ardoise. Lui écrit : « [[PERSONNE:THIÉBAUT Gérard]] né [[DATE_NAISSANCE:12-5-1958]] », puis « retraite {{1 100 €}}, {{AAH}} ??? ». Elle répond par écrit aussi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle pour sa mère, {{87 ans}}, à {{Épinal}}, qui n'a plus son {{APL}}. Haut-parleur, la mère est là. Agente : date de naissance ? La mère : « le [[DATE_NAISSANCE:trois avril]]… [[DATE_NAISSANCE:trente-sept]] ». La fille : « maman t'es de [[DATE_NAISSANCE:36]] » 😅 L'agente retrouve [[DATE_NAISSANCE:03/04/1936]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel d'un allocataire, M. [[PERSONNE:Tran Van Long]], qui avait laissé un vocal avec son numéro : « [[TELEPHONE:zéro six douze quarante-huit zéro trois soixante-dix-sept]] ». Messagerie. 2e essai à {{15h}}, idem.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente me montre le script d'accueil : 1) saluer 2) identifier (n° alloc ou nom + date de naissance) 3) reformuler 4) répondre ou orienter. Elle saute souvent l'{{étape 3}} « sinon on finit jamais ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Carte Vitale perdue. Mme [[PERSONNE:Lefèvre]] donne son n° de sécu de tête : [[NIR:2 01 02 51 454 608 89]]. L'agente vérifie : née en [[DATE_NAISSANCE:février 2001]] à {{Reims}}, OK. Nouvelle carte commandée, {{3 semaines}}, photo à envoyer via {{ameli}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Sergueï]] (ukrainien, arrivé en {{mars 2022}}) demande la {{C2S}}. L'agente regarde l'APS : n° [[IDENTIFIANT:5704992318]], valable jusqu'au {{14/06/2025}}, DDN [[DATE_NAISSANCE:1974.08.30]]. Il sourit quand elle dit « c'est bon ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Salle d'attente Cpam de {{Metz}} : écran qui passe en boucle une pub pour le dépistage du cancer colorectal. Un monsieur, tout haut : « j'ai pas envie de voir ça à {{9h du mat}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Arrêt maladie pas payé : M. [[PERSONNE:Kowalczyk]], intérimaire. Les {{IJ}} sont à zéro car l'agence ({{Adecco}} {{Thionville}}) n'a pas envoyé l'attestation de salaire. L'agente lui donne le nom de sa collègue référente, Mme [[PERSONNE:Hoffmann]]. Elle vérifie au passage le RIB enregistré : [[IBAN:FR76 3000 2048 3000 0007 7123 486]], c'est le bon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman vient rattacher son bébé : [[PERSONNE:Aylin]], née le [[DATE_NAISSANCE:22.09.24]] à la maternité de {{Hautepierre}}. Le papa travaille en {{Allemagne}}, « il rentre le {{20}} ». Rattachement aux deux parents possible.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Colin]], {{92 ans}} : « je suis née sous {{Lebrun}}, moi ! ». Remboursement de lunettes. Mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:0048217735]]. L'agente vérifie : née le [[DATE_NAISSANCE:2 juin 1932]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Céline]] explique le {{100 %}} {{ALD}} à un monsieur diabétique. Il note sur le dos de sa main. Aucun papier sur lui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Doublon d'identité : 2 assurés nommés [[PERSONNE:Mohamed Ali]], nés l'un en [[DATE_NAISSANCE:mars 1975]], l'autre en [[DATE_NAISSANCE:mars 1976]]. Les remboursements de l'un partent sur le compte de l'autre depuis {{2021}}. L'agente soupire : « ça arrive plus souvent qu'on croit ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur rdv uniquement depuis {{septembre}}. Ceux qui viennent sans rdv sont envoyés vers la borne ou le {{3646}}. Beaucoup repartent les mains vides. Agente : « on a pas le choix ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Kader]], l'agent, imprime une attestation de droits pour Mme [[PERSONNE:Berisha]] ({{Kosovo}}). Il la relit à voix haute : « [[PERSONNE:BERISHA Drita]], née le [[DATE_NAISSANCE:11/11/1980]], droits ouverts jusqu'au {{31/12/2025}} ». C'est pour la pharmacie.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, appel transféré : un homme de {{Troyes}}, né en [[DATE_NAISSANCE:juillet 55]], veut savoir si sa pension d'invalidité bascule en retraite. Il dicte son numéro : [[NIR:1 55 07 10 387 129 05]]. Agente : « vous êtes né à Troyes ? » — « oui, à l'hôpital ». Elle vérifie l'âge légal pour lui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une pharmacienne de {{Thionville}} appelle, la carte d'un patient ne passe pas. Elle lit : [[PERSONNE:Greco Salvatore]], DDN [[DATE_NAISSANCE:23/01/1949]]. Droits fermés par erreur, l'agente les rouvre. {{4 min}} chrono.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Bcp d'appels sur les lunettes « {{100 % santé}} ». L'agente a un tableau plastifié scotché sous l'écran avec les montants.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ndiaye]] appelle du parking : « je suis devant mais c'est fermé ». Fermeture à {{12h30}} le {{mercredi}}. Pour un rdv, elle épelle son mail : [[EMAIL:aminata.ndiaye57 [at] hotmail.fr]], l'agente le répète.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une fille pour son père décédé le {{12 janvier}} : « [[PERSONNE:René Humbert]], né le [[DATE_NAISSANCE:8 avril 1944]] à {{Épinal}} ». Elle demande le capital décès. Agente : pas pour les retraités, désolée. Silence au bout du fil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un kiné appelle pour une prise en charge : patient [[PERSONNE:Yann Le Bihan]], né le [[DATE_NAISSANCE:17/10/1991]]. L'agente le renvoie vers {{amelipro}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, [[ADRESSE:14 rue Jeanne d'Arc, 54000 Nancy]]. M. [[PERSONNE:Aubry]] absent à {{10h30}} alors que les sorties ne sont pas autorisées. L'agent assermenté ([[PERSONNE:Christophe]]) laisse un avis : « il est peut-être chez le médecin, on vérifiera ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Sivakumar]], en arrêt depuis le {{4 mars}} (lombalgie). Elle est là, en robe de chambre. Carte Vitale : [[NIR:2 92 04 57 672 388 44]], née le [[DATE_NAISSANCE:04/04/1992]] à {{Thionville}}. {{4e}} sans ascenseur, elle ne descend plus. Tout en règle.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture l'enquêtrice dit qu'elle a {{120 dossiers}} en cours, en clôt une vingtaine par mois, et que « la vraie fraude c'est les transporteurs et certaines pharmacies, pas les malades ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un infirmier libéral soupçonné d'actes fictifs. Le cabinet = son appart, [[ADRESSE:2B rue des Jardins, 57100 Thionville]]. Sa voiture : [[IMMATRICULATION:EZ-561-TR]]. Agenda papier plein de noms : « Mme [[PERSONNE:Schott]] {{8h}}, [[PERSONNE:Pfeiffer]] {{8h20}}, [[PERSONNE:Wagner]] {{8h45}}… ». L'enquêteur photographie chaque page.",
    ),
]

NOTES_3 = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Öztürk]] veut changer son RIB pour les remboursements. Nouvel IBAN : [[IBAN:FR76 1780 6005 0060 2134 9871 217]]. L'agente lui demande son NIR pour retrouver le dossier : [[NIR:268129920801455]] — née en [[DATE_NAISSANCE:décembre 1968]] en {{Turquie}}, à {{Kayseri}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne à tickets : A = carte Vitale, B = remboursements, C = {{C2S}} / {{AME}}. La file C est de loin la plus longue ce matin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un étudiant, [[PERSONNE:Hugo]], de l'{{IUT}} de {{Colmar}} : majeur depuis le [[DATE_NAISSANCE:6 octobre]], il veut « sa propre carte Vitale ». Agente : « vous êtes autonome depuis vos {{16 ans}} normalement ». Il ne savait pas. Mail noté : [[EMAIL:hugo.wurtz68@laposte.net]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "AME : M. [[PERSONNE:Bah]] ([[PERSONNE:Alpha Oumar]]) présente un récépissé et un acte de naissance guinéen : né le [[DATE_NAISSANCE:31 décembre 2004]]. L'agente me souffle : « beaucoup sont nés le {{1er janvier}} ou le {{31 décembre}}, c'est l'état civil là-bas ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame vient pour sa mère à l'{{EHPAD Les Tilleuls}} de {{Saint-Dié-des-Vosges}} : [[PERSONNE:Marguerite Didier]], {{96 ans}}, « elle est de [[DATE_NAISSANCE:28]] ». Complémentaire à résilier, l'agente donne le formulaire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le type devant moi dans la file, au téléphone : « je te rappelle, je suis à la sécu ». Il tend à l'agente une ordonnance pliée en quatre, de {{2019}}. Il voulait juste savoir si elle est encore valable. Non.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil d'{{Épinal}}. L'agent, [[PERSONNE:Julien Perrin]], reçoit M. [[PERSONNE:Lubin]] (arrivé de {{Guadeloupe}} en {{1998}}) qui veut son relevé de carrière : né le [[DATE_NAISSANCE:14 juillet 1963]] — « le jour de la fête nationale ! » dit [[PERSONNE:Julien]]. Mauvais guichet, il l'envoie sur {{info-retraite.fr}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Amrani]] montre un courrier : « Vous êtes invitée à un examen de prévention santé le {{18/03}} à {{8h30}} ». C'est obligatoire ? Non. Elle ira quand même.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un père veut ajouter son fils né le [[DATE_NAISSANCE:29 février 2024]] — l'agente vérifie que {{2024}} est bien bissextile 😄. Le fils [[PERSONNE:Elias]], le père [[PERSONNE:Karim Mansouri]], joignable au [[TELEPHONE:+33 6 58 20 71 34]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Casque sur la tête depuis {{8h}}. Entre deux appels l'agente boit une gorgée et coche le motif sur sa feuille : {{IJ}}, carte, {{CSS}}, IJ, IJ… Les IJ dominent.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame de {{Charleville}}, DDN [[DATE_NAISSANCE:07/07/77]] (« les trois sept, c'est facile »), demande où en est son dossier d'invalidité. En attente du médecin conseil, {{2 mois}}. « Encore ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de la {{Boulangerie Schneider}} à {{Haguenau}} pour une salariée, Mme [[PERSONNE:Cissé]], accident du travail le {{02/05}}. Attestation de salaire pas reçue. Le patron, M. [[PERSONNE:Schneider]] : « c'est ma femme qui fait les papiers, [[PERSONNE:Martine]], elle va renvoyer ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur de {{Bar-le-Duc}}, taxi conventionné pas remboursé. Il dicte son numéro de sécu : [[NIR:1 86 08 57 227 096 29]]. Agente : « né à {{Forbach}} ? » « oui ». « Date de naissance ? » « [[DATE_NAISSANCE:19 août 86]] ». Dossier retrouvé, il manquait la prescription.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "[[PERSONNE:Véronique]], agente à {{Troyes}} : « ma collègue [[PERSONNE:Aurore]] est absente, je reprends ses rappels ». Premier rappel : Mme [[PERSONNE:Da Silva]], [[TELEPHONE:03 25 71 40 86]], pas de réponse.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un jeune veut savoir s'il a droit à la {{C2S}}. {{19 ans}}, « né en [[DATE_NAISSANCE:2005]] », vit chez sa mère, apprenti à {{1 100 €}}. Simulation en direct : non, de peu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame lit sa lettre : « votre demande du {{15 mai 2024}} a été rejetée, pièce manquante ». Laquelle ? La lettre ne le dit pas. C'est le RIB. Elle commence à dicter [[IBAN:FR76 1513 5003 0008 0012 7654 371]] — l'agente : « non non madame, il me faut le document ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Reims}}, {{Croix-Rouge}}, tour, {{11e étage}}. M. [[PERSONNE:Haidari]] ouvre en béquilles. L'enquêtrice, [[PERSONNE:Fatoumata]], vérifie son titre de séjour : [[IDENTIFIANT:5100873412]], né le [[DATE_NAISSANCE:01/01/1995]]. Tout est ok, on repart au bout de {{8 minutes}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez un transporteur sanitaire, {{Ambulances du Vignoble}}. Sur le parking : [[IMMATRICULATION:FH-090-AK]] et [[IMMATRICULATION:FJ-117-AK]]. Dans le registre, le même patient, M. [[PERSONNE:Becker]], transporté trois fois le même jour à la même heure ?!",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Mulhouse}}. Mme [[PERSONNE:Saïdi]] demande une aide pour sa facture {{EDF}} de {{412 €}}, réf. client [[IDENTIFIANT:6004 512 378]]. L'agente ([[PERSONNE:Corinne]]) remplit le dossier {{FSL}} : « date de naissance ? » — « [[DATE_NAISSANCE:3/9/71]] ». Passage en commission le {{12}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : [[PERSONNE:Stéphane]], sans domicile, vient relever son courrier. Casier {{214}}. Trois lettres, dont une de la {{préfecture}}. Il ne l'ouvre pas devant nous.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Colis de Noël des seniors, inscriptions : il faut avoir plus de {{70 ans}}. Une dame : « je suis du [[DATE_NAISSANCE:5 janvier 1955]] ». L'agent calcule, {{69 ans}} : « désolé madame, l'an prochain ». Elle rit. Elle, c'est Mme [[PERSONNE:Gauthier]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS partage le bâtiment avec la mairie de quartier de {{Borny}}. Les gens se trompent de porte toute la matinée, l'agente a fait des flèches en carton.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale, ouverture de droits. Famille [[PERSONNE:Mbuyi]] : 2 adultes, {{5 enfants}}. L'agent note les années de naissance des enfants sur la fiche : [[DATE_NAISSANCE:2008]], [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2016]], [[DATE_NAISSANCE:2021]]. Reste-à-vivre : {{4,20 €}} par jour et par personne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[PERSONNE:Dylan]], {{23 ans}}, pas de {{RSA}} avant {{25 ans}}. Il vient pour un secours d'urgence. L'agente : « t'es né quand ? » — « [[DATE_NAISSANCE:juin 2001]] ». Bon de {{50 €}} pour l'épicerie.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le fils d'une dame âgée appelle de {{Lyon}} : sa mère, [[PERSONNE:Jeanne Marchal]], vit seule au [[ADRESSE:9 rue des Vosges, 88000 Épinal]] et ne répond plus depuis {{2 jours}}. L'agente appelle la police municipale pour un passage. Le fils laisse son numéro : [[TELEPHONE:06.33.81.52.10]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne saturée : inscriptions au plan canicule. L'agente répète la même phrase : « vous avez plus de {{65 ans}} ou un handicap, et vous vivez seul ? »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un bailleur ({{Moselis}}) signale un impayé : locataire M. [[PERSONNE:Krasniqi]], contrat [[IDENTIFIANT:LOC-0087214]], {{1 900 €}} de dette. L'agente propose un rdv avec l'assistante sociale.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une maman pour l'aide aux vacances : sa fille est née le [[DATE_NAISSANCE:13/04/2015]], son fils le [[DATE_NAISSANCE:02/12/2017]]. Séjour à {{Gérardmer}} du {{8 au 19 juillet}}, dossier à rendre avant le {{31 mai}}. Quotient familial calculé avec le n° Caf [[N_ALLOCATAIRE:3349120]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation chez M. [[PERSONNE:Guérin]], {{88 ans}}, [[ADRESSE:27 rue du Général Leclerc, 10000 Troyes]]. Né le [[DATE_NAISSANCE:1er mars 1936]], il le dit fièrement, « comme ma femme, partie en {{2019}} ». Frigo presque vide. Portage de repas à partir de {{lundi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement insalubre avec l'inspecteur de salubrité de la ville. Moisissures au plafond de la chambre des enfants. L'agente photographie pour le rapport. Le propriétaire ne répond plus aux courriers depuis {{2 ans}}.",
    ),
]

NOTES_4 = [
    (
        "ccas",
        "accueil_physique",
        "Aide au permis pour un jeune : [[PERSONNE:Anis Belkacem]], né le [[DATE_NAISSANCE:12.01.2005]]. Il montre le n° Caf (« c'est celui de ma mère ») : [[N_ALLOCATAIRE:4419027]]. Auto-école {{ECF}} à {{Thionville}}, devis {{1 450 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dame en pleurs : coupure d'eau annoncée pour {{vendredi}}, facture {{Veolia}}. L'agente appelle Veolia devant elle et obtient un délai de {{15 jours}}. La dame repart soulagée, elle serre la main de tout le monde, la mienne aussi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "RSA, le CCAS est référent unique. Référente : Mme [[PERSONNE:Lopes]]. Elle reçoit M. [[PERSONNE:Baumann]], {{58 ans}}, né en [[DATE_NAISSANCE:mai 66]], ex-ouvrier {{PSA}} {{Mulhouse}} : « j'ai fait {{30 ans}} de chaîne, et maintenant ça ». Contrat d'engagement signé pour {{6 mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Couple âgé pour la carte de transport senior, M. et Mme [[PERSONNE:Zimmermann]]. Elle donne les deux dates d'un coup : « moi [[DATE_NAISSANCE:12 octobre 1949]], lui [[DATE_NAISSANCE:3 janvier 1947]] ». Lui : « elle retient tout, moi rien » 😂. Tarif {{Soléa}} : {{10 €}} par mois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à l'énergie : facture {{ÉS}}, n° contrat [[IDENTIFIANT:1047 3382 96]]. Titulaire [[PERSONNE:Sokolova Irina]], née le [[DATE_NAISSANCE:1985/05/19]] (écrit comme ça sur le formulaire, année d'abord). N° Caf [[N_ALLOCATAIRE:7706154]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du CCAS de {{Nancy}} : jouets, livres, {{fontaine à eau}}. Un petit fait rouler une voiture sur la vitre de l'accueil pendant {{20 minutes}}. L'agente lui sourit à chaque passage.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation pour une famille roumaine, [[PERSONNE:Lăcătuș]] : père [[PERSONNE:Ion]], mère [[PERSONNE:Florentina]], enfants nés en [[DATE_NAISSANCE:2012]], en [[DATE_NAISSANCE:2015]] et le dernier à {{Strasbourg}} le [[DATE_NAISSANCE:3 avril 2023]]. Ils dorment dans leur voiture, plaques roumaines [[IMMATRICULATION:CJ 58 RLV]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Aït Ouali]] fait une attestation d'hébergement pour son neveu. Elle relit : « je soussignée [[PERSONNE:Aït Ouali Louiza]], née le [[DATE_NAISSANCE:24/11/1972]] à {{Tizi Ouzou}}, demeurant [[ADRESSE:41 avenue de Colmar, 67100 Strasbourg]], certifie héberger [[PERSONNE:Aït Ouali Mourad]] ». L'agente tamponne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une fille demande la téléassistance pour sa mère, [[PERSONNE:Odette]] : « maman aura {{91 ans}} le [[DATE_NAISSANCE:17 novembre]], elle est de [[DATE_NAISSANCE:33]] ». Abonnement {{Présence Verte}}, l'agente donne la plaquette.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence écrivain public : M. [[PERSONNE:Bernard]], bénévole, {{74 ans}}, ancien instit, aide une jeune femme, [[PERSONNE:Samira]], à écrire au juge aux affaires familiales. Audience fixée au {{17 décembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Qqn demande « le bureau de Mme la Maire » : à l'étage. Un peu plus tard, une dame demande si le {{Père Noël}} vient cette année pour les enfants du quartier 😄 : oui, le {{18 décembre}} à {{14h}}, {{salle Saint-Exupéry}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour des lunettes, je vois l'écran : Nom [[PERSONNE:PHOMMACHANH]] Prénom [[PERSONNE:Souk]] DDN [[DATE_NAISSANCE:19 07 1960]] Tél [[TELEPHONE:0387654210]]. Devis opticien {{Krys}} {{320 €}}, mutuelle {{90 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[PERSONNE:Bruno]], l'agent d'accueil, connaît tout le monde par son prénom. « Salut [[PERSONNE:Momo]] ! », « Bonjour madame [[PERSONNE:Rose]] ! » — madame [[PERSONNE:Rose]] lui apporte une {{rose}} de son jardin, comme chaque {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une infirmière libérale : un patient, M. [[PERSONNE:Dietrich]], {{79 ans}}, vit dans la saleté et refuse toute aide. Adresse : [[ADRESSE:6 chemin du Moulin, 57200 Sarreguemines]]. L'agente ouvre une fiche « personne vulnérable ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« J'appelle pour un logement d'urgence ». Agente : c'est le {{115}}, je vous donne le numéro. La dame : « je l'ai appelé {{12 fois}} depuis ce matin ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur pour les obsèques de sa sœur, [[PERSONNE:Nadia Benhamou]] : « elle était née en [[DATE_NAISSANCE:mille neuf cent soixante-trois]], décédée {{samedi}} ». Pas de contrat obsèques. Rdv {{mardi 9h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Kowalski]] a reçu un courrier de la Caf de {{Metz}} : « vos droits sont suspendus au {{01/10}} ». Elle dicte son n° allocataire [[N_ALLOCATAIRE:1098443]] mais le CCAS n'a pas accès. L'agente lui donne le {{3230}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Bons de chauffage : {{23e}} appel sur le sujet à {{11h}}. Réponse type : « dossier sur place, avec l'avis d'imposition ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'AS de l'hôpital de {{Verdun}}, Mme [[PERSONNE:Henry]], signale une sortie : M. [[PERSONNE:Laurent Vautrin]], né en [[DATE_NAISSANCE:1951]], rentre chez lui demain, seul. Portable de l'AS [[TELEPHONE:07 81 44 02 59]], mail [[EMAIL:c.henry@ch-verdun.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Impayés de cantine : les jumeaux [[PERSONNE:Lina]] et [[PERSONNE:Adam]], nés le [[DATE_NAISSANCE:08/08/2016]]. {{école Jules Ferry}}, {{186 €}} dus depuis la rentrée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel anonyme : « mon voisin du {{3e}} bat sa femme ». L'agente oriente vers le {{17}} et le {{3919}}. Après : « on a pas de nom, on peut rien faire de plus ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec la conseillère ESF, [[PERSONNE:Émilie]], chez une jeune maman, [[PERSONNE:Océane]], {{19 ans}}, bébé de {{3 mois}} (née le [[DATE_NAISSANCE:14 août]]). Studio [[ADRESSE:12 rue Saint-Nicolas, 54000 Nancy]], {{22 m²}}. Lit bébé ok. La maman dort sur le canapé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale chez M. et Mme [[PERSONNE:Gashi]] à {{Forbach}}, cité du {{Wiesberg}}. Dans la cour une voiture immatriculée en Allemagne, [[IMMATRICULATION:SB-KG 412]]. M. [[PERSONNE:Gashi]] : « c'est mon cousin de {{Sarrebruck}} qui me la prête ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Retour de visite : l'agente remplit le rapport dans la voiture, sur les genoux, {{15 min}}. « Si je le fais pas tout de suite j'oublie la moitié ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour l'aide ménagère : Mme [[PERSONNE:Weber]] sort ses papiers d'une boîte à biscuits {{Delacre}} : vieille carte d'identité n° [[IDENTIFIANT:080567301245]], née le [[DATE_NAISSANCE:16 juin 1938]] à {{Charleville-Mézières}}, avis d'imposition, relevé {{Crédit Agricole}} avec le RIB [[IBAN:FR76 1100 6000 5053 2187 6490 049]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au [[ADRESSE:camping municipal de Chaumont, emplacement 7]]. Couple qui vit là à l'année depuis {{2020}}. Lui, [[PERSONNE:Gérard]], né en [[DATE_NAISSANCE:1957]] ; elle, [[PERSONNE:Josiane]], « un peu plus jeune ». Caravane branchée sur une rallonge.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage avec la police municipale chez la dame d'{{Épinal}} qui ne répondait plus. Tombée, consciente. Pompiers. Elle répète aux pompiers : « [[PERSONNE:Marchal Jeanne]], [[DATE_NAISSANCE:11 novembre 1938]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Reims}}, {{23h}}. L'IOA, [[PERSONNE:Laetitia]] : « nom, prénom, date de naissance ». « [[PERSONNE:Benoît Collignon]], [[DATE_NAISSANCE:2/2/82]] ». Douleur thoracique → tri {{2}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{34 personnes}}. Écran : « temps d'attente estimé {{4h30}} ». Un monsieur lit le journal page par page, très lentement, depuis mon arrivée.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Maman + bébé fiévreux : « elle est née le [[DATE_NAISSANCE:12]] », l'IOA reformule : « le [[DATE_NAISSANCE:12 septembre]] ? donc {{5 semaines}} » → prise en charge immédiate, moins de {{3 mois}} + fièvre = priorité.",
    ),
]

NOTES_5 = [
    (
        "urgences",
        "accueil_physique",
        "Admission : la secrétaire, Mme [[PERSONNE:Klein]], crée le dossier. IPP [[IDENTIFIANT:P00871245]]. Carte Vitale de M. [[PERSONNE:Santoni]] : [[NIR:1 70 01 2A 004 071 03]]. « Né à {{Ajaccio}} ? » — « oui, en [[DATE_NAISSANCE:janvier 70]], mais à {{Metz}} depuis {{30 ans}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un ado arrive avec son copain, la main en sang (verre cassé). Les deux rigolent nerveusement. IOA : « tu t'assois là, on vient dans {{5 minutes}} ». Il passe au bout de {{40 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient alcoolisé, sans papiers, donne trois noms : « [[PERSONNE:Jojo]] », « [[PERSONNE:Johnny Becker]] », « [[PERSONNE:Jean Beck]] ». Date de naissance : « le [[DATE_NAISSANCE:1er avril]] » (il rit). La secrétaire le crée en « patient inconnu ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Nancy}}. [[PERSONNE:Maëlys]], {{4 ans}}, chute de trampoline. La mère : « [[DATE_NAISSANCE:24 décembre 2019]], la veille de {{Noël}} ». Radio du poignet. Attente {{1h50}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la garde à vue. L'un lit la fiche : « [[PERSONNE:KONÉ Ibrahim]], né le [[DATE_NAISSANCE:17/03/2000]] à {{Abidjan}} ». Le médecin le voit en priorité.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}. [[PERSONNE:Nadine]], secrétaire d'accueil, fait des nuits depuis {{18 ans}} : « la nuit les gens sont plus honnêtes ». Salle presque vide, {{6 personnes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame âgée amenée par les pompiers, désorientée. Dans son sac : carte {{MGEN}} n° adhérent [[IDENTIFIANT:20417763]] et un mot de sa fille : « Maman = [[PERSONNE:Suzanne Thiriet]], née le [[DATE_NAISSANCE:30.4.1931]], appeler [[PERSONNE:Catherine]] au [[TELEPHONE:06 20 84 17 33]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le {{box 7}} est occupé depuis {{9h}} par un patient qui attend un lit en cardio. Il est {{16h}}. Dans le couloir je compte {{11 brancards}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste allemand, passeport [[IDENTIFIANT:CF7R2KX91]], né le [[DATE_NAISSANCE:12.08.1965]], carte européenne d'assurance maladie. La secrétaire parle allemand, Herr [[PERSONNE:Vogel]] est soulagé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune femme enceinte de {{8 mois}}, contractions. Le compagnon remplit : elle, [[PERSONNE:Jessica Lemaire]], née le [[DATE_NAISSANCE:5/01/1998]] ; lui ne connaît pas son propre n° de sécu. Envoyés direct à la maternité, {{2e étage}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 3}}, Dr [[PERSONNE:Benmansour]] demande son âge à une patiente : « je suis de [[DATE_NAISSANCE:98]], l'année de la {{coupe du monde}} ». Il sourit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme à la rue, connu du service, « [[PERSONNE:Coco]] », 3e passage de la semaine. Vrai nom dans le dossier : [[PERSONNE:Christian Oberlé]], né en [[DATE_NAISSANCE:1966]]. Il veut surtout dormir au chaud.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Motif lu sur l'écran de tri : « chute à domicile, né en [[DATE_NAISSANCE:1939]], sous anticoagulants, vit seul à {{Rethel}} ». Le patient, [[PERSONNE:Maurice]], attend sur un brancard, très calme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche : « Les agressions envers le personnel sont punies par la loi ». Juste à côté, scotché, un dessin d'enfant : un cœur et « merci les docteurs ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme arrive avec des traces de coups. L'IOA l'emmène seule dans un box à part. Elle donne d'abord un faux nom, puis le vrai, [[PERSONNE:Amel]], née en [[DATE_NAISSANCE:1993]]. Le conjoint attend sur le parking, moteur allumé, [[IMMATRICULATION:GC-774-VD]] — l'agent de sécurité note la plaque.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Secrétaire : « carte Vitale ? » — « non mais je connais mon numéro » — « allez-y » — « [[NIR:2 75 03 2B 033 057 75]] ». Elle tape, ça sort : [[PERSONNE:PAOLI Maria]], née à {{Bastia}} en [[DATE_NAISSANCE:mars 1975]]. Bingo.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un père et sa fille, [[PERSONNE:Zoé]], {{12 ans}}, entorse au foot. Le père hésite : « [[DATE_NAISSANCE:2012]]… non, [[DATE_NAISSANCE:2011]] ! le [[DATE_NAISSANCE:9 mai]] ». La fille lève les yeux au ciel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient bulgare, ne parle pas français, interprète par téléphone. Nom noté à l'oreille « [[PERSONNE:Guéorguiev]] », corrigé d'après la carte d'identité : [[PERSONNE:Georgiev]], né le [[DATE_NAISSANCE:03.03.1979]], carte n° [[IDENTIFIANT:645120987]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{hôpital Émile Muller}}. La secrétaire, [[PERSONNE:Anne-Sophie]], enregistre M. [[PERSONNE:Yıldız]], né le [[DATE_NAISSANCE:10/10/1990]], domicilié [[ADRESSE:18 rue de Bâle, 68100 Mulhouse]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une infirmière à sa collègue : « le monsieur du {{box 12}}, né en [[DATE_NAISSANCE:1945]], il a {{79 ans}}, il peut pas passer la nuit sur un brancard ». C'est M. [[PERSONNE:Perrin]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relève à {{19h}} : transmissions debout devant le tableau blanc, {{25 minutes}}. Pendant ce temps personne à l'accueil, la file s'allonge jusqu'à la porte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter. Le scooter est resté devant l'entrée, plaque [[IMMATRICULATION:FD-319-LX]]. Le jeune : « [[PERSONNE:Rayan Bouaziz]], [[DATE_NAISSANCE:quinze avril deux mille six]] ». Mineur ? non, majeur depuis {{avril}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dans la file du guichet, une dame épelle tout haut : « [[PERSONNE:W-O-J-C-I-E-C-H-O-W-S-K-A]], née le [[DATE_NAISSANCE:vingt-sept, zéro six, soixante-quatorze]] ». Tout le monde entend. Zéro confidentialité.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Kévin]], l'interne, {{27 ans}} : il a fêté son anniversaire ici le [[DATE_NAISSANCE:22 octobre]], « entre deux sutures ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "PANNE INFORMATIQUE ⚠️ de {{14h}} à {{15h30}} : fiches papier. J'en vois une : « [[PERSONNE:FRANÇOIS Lucie]] — [[DATE_NAISSANCE:22-06-57]] — [[ADRESSE:3 rue Jean Jaurès 08000 Charleville-Mézières]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme amène sa voisine âgée, ne connaît pas sa date de naissance : « elle a dans les {{85 ans}} ». La secrétaire trouve l'historique : [[PERSONNE:Hélène Mathieu]], [[DATE_NAISSANCE:2 nov. 1938]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame cherche son fils amené par le {{SAMU}} cette nuit. Secrétaire : « nom et date de naissance ? » — « [[PERSONNE:Lucas Schmitt]], [[DATE_NAISSANCE:04/09/2003]] ». « Il est chez nous, je ne peux pas en dire plus au téléphone ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone sonne toutes les {{2 minutes}}. Sur {{10 appels}}, 7 demandent le temps d'attente. Réponse : « on ne peut pas savoir, madame ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Korian Les Vergers}} prévient : « on vous envoie Mme [[PERSONNE:Roux]], {{94 ans}}, née le [[DATE_NAISSANCE:19 mars 1930]], chute, suspicion de col du fémur ». L'infirmière, [[PERSONNE:Priscilla]], ligne directe [[TELEPHONE:03 26 47 18 92]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le régulateur du {{SAMU 67}} annonce un patient : homme, {{43 ans}}, [[PERSONNE:Nicolae Rusu]], accident sur l'{{A35}}, arrivée dans {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme ne trouve plus son mari, sorti hier soir. La secrétaire cherche : aucun [[PERSONNE:Hamidi]] admis. Elle laisse quand même son numéro : « [[TELEPHONE:zéro sept, soixante et un, vingt-deux, quatre-vingt-dix, zéro cinq]] ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Pharmacie de garde : vérification d'une ordonnance. Patient [[PERSONNE:Thomas Gérard]], DDN [[DATE_NAISSANCE:18/02/1984]], prescripteur Dr [[PERSONNE:Ouedraogo]]. Confirmé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme demande si « c'est grave une morsure de chien ». C'est son chien, {{Rocky}}. Secrétaire : venez, ou appelez le {{15}}. Il viendra « après le match ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère prévient que son fils, [[PERSONNE:Nathan]], arrive seul en bus : « né le [[DATE_NAISSANCE:2 juillet 2008]], il a sa carte Vitale ». Allergique à la pénicilline. Elle épelle le nom : [[PERSONNE:K-L-E-I-N-H-A-N-S]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Gendarmerie de {{Sedan}} : un homme, [[PERSONNE:Patrick Hubert]], a-t-il été admis ? L'agente refuse sans réquisition écrite. L'adjudant [[PERSONNE:Marchand]] donne son mail : [[EMAIL:patrick.marchand@gendarmerie.interieur.gouv.fr]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils au {{Canada}} appelle pour sa mère, Mme [[PERSONNE:Delacroix]]. Pour l'identifier, la secrétaire demande la date de naissance : « [[DATE_NAISSANCE:14 février 1950]], la {{Saint-Valentin}} ». Transfert vers le service.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne interne, le labo : « patient IPP [[IDENTIFIANT:300412877]], potassium à {{7,1}} ». L'infirmière part en courant vers le {{box 4}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Entre {{22h}} et {{23h}}, {{14 appels}}. Une seule question médicale. Le reste : parking, horaires de visite, objets perdus.",
    ),
]

NOTES_6 = [
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Metz}}. Nouveau résident : [[PERSONNE:Moussa Camara]], orienté par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO-57-2024-01873]]. Né le [[DATE_NAISSANCE:01/01/2001]] sur le récépissé, mais « ma vraie date c'est le [[DATE_NAISSANCE:15 mars]] ». {{Chambre 14}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj : café, pain, confiture. {{32 résidents}}, une dizaine à table à {{7h45}}. La télé sur {{BFM}}, personne ne regarde.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil avec l'éducatrice, [[PERSONNE:Margaux]]. Une femme qui fuit les violences, [[PERSONNE:Sabrina]], et ses enfants [[PERSONNE:Enzo]] ({{7 ans}}, né le [[DATE_NAISSANCE:3 février 2017]]) et [[PERSONNE:Jade]] ({{4 ans}}). Son n° allocataire est sur un bout de papier : [[N_ALLOCATAIRE:2290417]]. Urgence : changer l'adresse de versement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bureau des éducs, tableau des anniversaires punaisé au mur 🎂 : « [[PERSONNE:Ahmed]] [[DATE_NAISSANCE:12/01]] — [[PERSONNE:Sylvain]] [[DATE_NAISSANCE:28/02]] — [[PERSONNE:Gregor]] [[DATE_NAISSANCE:07/03]] — [[PERSONNE:Fanny]] [[DATE_NAISSANCE:19/03]] ». Gâteau le dernier {{vendredi}} du mois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Tony]], résident depuis {{8 mois}}, demande de l'aide pour s'actualiser. Identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:3187654K]]. L'éduc lui montre sur l'ordi. Lui : « je suis de [[DATE_NAISSANCE:72]], l'informatique c'est pas ma génération ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident rentre ivre à {{23h}}. Le veilleur de nuit, [[PERSONNE:Jean-Claude]], le fait entrer et lui fait un café. Le règlement dit pas d'alcool, « mais dehors il fait {{-4}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ouverture de compte : [[PERSONNE:Mamadou Sylla]] reçoit enfin son RIB de la {{Banque Populaire}} : [[IBAN:FR76 1680 7000 7441 8703 2556 604]]. Il le photographie trois fois. Né le [[DATE_NAISSANCE:20/08/1999]], arrivé à {{Strasbourg}} en {{2019}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du {{mardi}} : {{9 personnes}}, on passe les situations une par une, initiales seulement. Je note les mots : « places stabilisation », « {{ALT}} », « sortie sèche ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Jeune majeur sorti de l'{{ASE}} le jour de ses {{18 ans}}, le [[DATE_NAISSANCE:2 septembre]]. [[PERSONNE:Killian]] a tout dans un sac {{Décathlon}}. Carte d'identité n° [[IDENTIFIANT:X4RT29KL8]]. L'éduc : « on les met dehors le jour de l'anniversaire, c'est violent ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Famille afghane, audience {{CNDA}} le {{12 février}}. Le père, M. [[PERSONNE:Ahmadzai]], né en [[DATE_NAISSANCE:1985]] selon ses papiers, « mais ma mère dit [[DATE_NAISSANCE:1983]] ». Récépissé n° [[IDENTIFIANT:6704882190]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "La cuisinière, [[PERSONNE:Fatima]] : « je fais à manger pour {{40}}, je sais jamais combien viennent ». Couscous aujourd'hui. Elle est ici depuis {{1997}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Valérie]], {{52 ans}}, montre son CDD chez {{Auchan}} {{Illzach}} : du {{4 novembre}} au {{31 janvier}}. Il lui faut une attestation d'hébergement : « [[PERSONNE:Valérie Roussel]], née le [[DATE_NAISSANCE:09/09/1972]], hébergée au CHRS depuis le {{15/05/2024}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Passage de l'infirmière de l'{{EMPP}} pour [[PERSONNE:Gaëtan]] qui ne sort plus de sa chambre depuis {{5 jours}}. Elle reste {{1h}} avec lui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Couple géorgien arrivé le soir par le {{115}}, famille [[PERSONNE:Beridze]]. Le veilleur recopie les passeports : lui, [[PERSONNE:Giorgi]], [[DATE_NAISSANCE:12.05.1978]], n° [[IDENTIFIANT:13AB45821]] ; elle, [[PERSONNE:Nino]], [[DATE_NAISSANCE:30.11.1981]], n° [[IDENTIFIANT:13AB45822]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV : l'éducatrice projette un CV modèle au nom de [[PERSONNE:Marie Martin]], avec une adresse [[ADRESSE:1 rue de l'Exemple, 57000 Metz]] et une date de naissance [[DATE_NAISSANCE:01/01/1980]]. Les résidents recopient la structure.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sortie vers le logement ! [[PERSONNE:Jordan]] signe son bail {{Batigère}} : [[ADRESSE:7 rue Pasteur, 57070 Metz]], {{T2}}, {{430 €}} charges comprises. Tout le hall applaudit 👏",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'entrée remplie par la TS, [[PERSONNE:Léonie]] : « Nom : [[PERSONNE:Hassani]] — Prénom : [[PERSONNE:Zaïnaba]] — Née le : [[DATE_NAISSANCE:1990]] (jour et mois inconnus) — Nationalité : comorienne — Ressources : aucune ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{15h}}, calme. Deux résidents jouent aux échecs dans le hall, un troisième commente chaque coup. Le chat du CHRS, {{Filou}}, dort sur le radiateur.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Marne}}, écoutant [[PERSONNE:Olivier]]. Un homme dort dans sa voiture à {{Reims}}, [[IMMATRICULATION:DV-503-NE]], avec son chien. Pas de place avec chien ce soir. [[PERSONNE:Olivier]] note son numéro : [[TELEPHONE:07 69 12 34 08]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : une femme avec un bébé de {{2 semaines}} (né le [[DATE_NAISSANCE:28 octobre]]) à la gare de {{Metz}}. Mise à l'abri immédiate, {{Ibis Budget}}, {{chambre 112}}. L'écoutante répète trois fois le nom pour le SIAO : [[PERSONNE:Traoré Awa]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 à {{20h}} : {{62 appels}} en attente, {{3 écoutants}}. Décroché moyen : {{45 minutes}}. Beaucoup raccrochent avant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme appelle tous les soirs depuis {{2 semaines}}, l'écoutante reconnaît sa voix : « bonsoir M. [[PERSONNE:Lemoine]] ». DDN pour le logiciel : « [[DATE_NAISSANCE:11 11 59]] ». Toujours rien en {{Moselle}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un jeune de {{19 ans}} mis dehors par son père. « T'es né quand ? » — « le [[DATE_NAISSANCE:16 mai 2005]] ». [[PERSONNE:Yanis]]. Orienté vers le {{FJT}} pour demain.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une éducatrice de l'{{ASE}} : une jeune aura 18 ans le [[DATE_NAISSANCE:3 décembre]] et n'a aucune solution. [[PERSONNE:Chloé Mangin]]. L'écoutant : « rappelez le {{2}} au matin ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel en anglais, l'écoutante [[PERSONNE:Aïcha]] bascule sans problème. [[PERSONNE:Samuel Okonkwo]], nigérian, born in [[DATE_NAISSANCE:1994]], dort à la gare de {{Nancy}}. Une place se libère au CHRS de {{Maxéville}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une bénévole de la {{Croix-Rouge}} en maraude : « on est avec [[PERSONNE:Ginette]], la dame du parking {{Kléber}}, elle veut bien venir ce soir ». Portable de la maraude : [[TELEPHONE:06 84 55 20 31]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel en pleurs : son mari l'a mise dehors avec les {{3 enfants}}. L'écoutante note calmement : le grand né en [[DATE_NAISSANCE:2014]], les jumelles en [[DATE_NAISSANCE:2018]], domicile conjugal [[ADRESSE:22 rue des Tilleuls, 51100 Reims]]. Mme [[PERSONNE:Fernandes]] est mise à l'abri.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le logiciel {{SI-SIAO}} plante à {{21h10}}. Les écoutants notent sur papier, « comme dans le temps ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme donne son identifiant {{France Travail}} « pour prouver qu'il cherche » : [[ID_FRANCE_TRAVAIL:4402318 P]]. L'écoutant sourit, ça ne change rien aux places. Il s'appelle [[PERSONNE:Kamel]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une dame de {{Thionville}} : son amie dort dans sa voiture avec sa fille. L'écoutante demande la plaque pour la police municipale : [[IMMATRICULATION:ER 442 KD]]. L'amie : [[PERSONNE:Stéphanie Boulanger]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Rappel : [[PERSONNE:Dragan]], {{61 ans}}, né en {{Serbie}} le [[DATE_NAISSANCE:22 juin 63]]. Pas de place. « Pas grave, demain ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une AS du {{CD 68}}, Mme [[PERSONNE:Schwartz]], pour une famille qui sort d'hôtel, la famille [[PERSONNE:Osmani]]. N° de demande SIAO [[IDENTIFIANT:68-2024-004512]]. Son mail : [[EMAIL:laura.schwartz@cd68-social.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Vocal écouté par l'écoutante : « oui bonjour c'est [[PERSONNE:Mireille]], je suis au foyer {{Adoma}}, [[ADRESSE:5 rue de Verdun, 08000 Charleville-Mézières]], rappelez-moi au [[TELEPHONE:07 45 88 19 20]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme. À {{2h}}, un homme qui veut juste parler. L'écoutant reste {{20 minutes}} avec lui. « Ça fait partie du boulot ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appart en diffus, [[ADRESSE:14 rue de la Moselle, 57100 Thionville]], {{3e}}. Famille [[PERSONNE:Rahimi]]. L'éduc vérifie le logement, teste le détecteur de fumée. Le fils, [[PERSONNE:Arash]], né en [[DATE_NAISSANCE:2009]], traduit pour ses parents.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Sandra]], en logement {{ALT}} depuis {{juin}}. Courrier {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:5531207R]], rdv le {{14/11}} à {{9h30}}. Elle a peur d'y aller seule, l'éduc l'accompagnera.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des appartements : {{4 visites}} en {{2 heures}}, {{60 km}} entre {{Hayange}} et {{Yutz}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite [[ADRESSE:23 avenue de Lattre de Tassigny, 88000 Épinal]] : M. [[PERSONNE:Nowak]] a perdu ses papiers. L'éduc note pour la carte d'identité : né le [[DATE_NAISSANCE:5 septembre 1961]] à {{Gérardmer}}, fils de [[PERSONNE:Stanislas Nowak]] et d'[[PERSONNE:Hélène Mougel]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Chez [[PERSONNE:Ludovic]], en sous-location : la voiture devant a une plaque luxembourgeoise, [[IMMATRICULATION:NV 4021]]. « Celle d'un ami frontalier ». L'éduc ne commente pas.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite conjointe CHRS + Caf chez Mme [[PERSONNE:Mendy]] : l'agente Caf lit le dossier, n° alloc [[N_ALLOCATAIRE:0583261]], née le [[DATE_NAISSANCE:23 mars 1987]] à {{Strasbourg}}, NIR [[NIR:2 87 03 67 482 214 57]], compte [[IBAN:FR76 3000 4008 2000 0119 8274 538]] ({{BNP}}).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Hervé]] et son fils [[PERSONNE:Théo]], né le [[DATE_NAISSANCE:1er juillet 2013]]. [[PERSONNE:Théo]] fête ses {{11 ans}} ce {{week-end}}, [[PERSONNE:Hervé]] demande si le CHRS peut prêter la salle. Oui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Fin de prise en charge à {{Troyes}}, quartier des {{Chartreux}}. Mme [[PERSONNE:Lefebvre]] rend les clés de l'appart ALT, elle entre dans un logement {{Mon Logis}}. Nouveau mail : [[EMAIL:sylvie.lefeb10@orange.fr]].",
    ),
]

NOTES_7 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Strasbourg}} {{Hautepierre}}. Inscription de [[PERSONNE:Yusuf Demir]], né le [[DATE_NAISSANCE:18/11/1995]] à {{Metz}}, NIR [[NIR:1 95 11 57 463 512 94]]. Le conseiller, M. [[PERSONNE:Lang]], lui donne son identifiant : [[ID_FRANCE_TRAVAIL:6120458T]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone libre-service : {{8 ordinateurs}}, 5 occupés. Un service civique aide à se connecter. Au mur : « cariste H/F », « aide à domicile H/F », « plongeur H/F ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi. Mme [[PERSONNE:Rousseau]], {{57 ans}} (« je suis de [[DATE_NAISSANCE:67]] »), cherche dans le secrétariat depuis {{2 ans}}. Le conseiller : « on va viser les contrats aidés, le {{PEC}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un homme demande pourquoi il est radié. Identifiant [[ID_FRANCE_TRAVAIL:0712543B]] : absence au rdv du {{3 octobre}}. Il n'a jamais reçu le courrier, parti à l'ancienne adresse, [[ADRESSE:11 rue de la Course, 67000 Strasbourg]]. [[PERSONNE:Fabrice]] donne son mail pour la suite : [[EMAIL:fab.kuhn67@sfr.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère, [[PERSONNE:Nadia]], me montre son portefeuille : {{312 demandeurs}}. « Je vois chacun {{2 fois par an}}, au mieux ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « pitch », {{30 secondes}} chacun. « Je m'appelle [[PERSONNE:Ahmed Benyahia]], {{45 ans}}, né en [[DATE_NAISSANCE:79]] à {{Constantine}}, soudeur depuis {{20 ans}} ». Puis « [[PERSONNE:Claire]], {{31 ans}}, ex-vendeuse chez {{Kiabi}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le vigile fouille les sacs. Une dame s'énerve : « je viens pour travailler, pas pour être fouillée ». Il s'excuse. Il est {{9h05}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Création d'espace perso : [[PERSONNE:Inès Bouchareb]], {{22 ans}}, mail [[EMAIL:ines.bchrb@gmail.com]]. Mot de passe oublié trois fois. Le site demande la date de naissance : [[DATE_NAISSANCE:07/02/2002]]. La conseillère : « note-le dans ton téléphone ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité pour un entretien au {{Luxembourg}}. M. [[PERSONNE:Ferreira]] donne son RIB, [[IBAN:FR76 2004 1010 1204 4321 6501 972]] ({{La Banque Postale}}), et la plaque de sa voiture, [[IMMATRICULATION:FN-662-RS]]. Il habite {{Thionville}}, entretien chez {{Cactus}} à {{Bertrange}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune en {{CEJ}} : [[PERSONNE:Bryan]], né le [[DATE_NAISSANCE:31/05/2006]], {{18 ans}} depuis {{5 mois}}. Identifiant [[ID_FRANCE_TRAVAIL:7703915M]]. Allocation jusqu'à {{528 €}} s'il est assidu.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dans la file, deux mères parlent : « le mien il est né en [[DATE_NAISSANCE:2003]], il trouve rien » — « la mienne [[DATE_NAISSANCE:2001]], pareil, à {{Épinal}} y a rien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Gaëlle]], conseillère entreprises, reçoit M. [[PERSONNE:Da Costa]], patron de {{Da Costa Rénovation}}. Il veut un maçon « même sans diplôme ». Offre {{178QKWZ}} créée en {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran du conseiller : « [[PERSONNE:GUEYE Ousmane]] — ID [[ID_FRANCE_TRAVAIL:2254107J]] — né le [[DATE_NAISSANCE:12/12/1990]] — inscrit le {{02/01/2023}} — cat. A — fin de droits {{ARE}} le {{30/11/2024}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une femme traduit en turc pour son mari : [[PERSONNE:Mustafa Kaya]], né en [[DATE_NAISSANCE:1970]] à {{Konya}}, arrivé en {{1992}}, chez {{Smart}} à {{Hambach}} jusqu'au plan social.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« Vous avez quel âge ? » — « {{63 ans}} » — « né quand ? » — « le [[DATE_NAISSANCE:4 janvier 61]] ». Ça colle. La retraite dans un an, [[PERSONNE:Jacky Mougenot]] veut « juste tenir ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche : « {{Salon de l'emploi}} le {{21 novembre}}, {{Parc des Expositions}} de {{Metz}} ». Un jeune la prend en photo.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Erreur de dossier : l'identifiant [[ID_FRANCE_TRAVAIL:4591026X]] était celui d'une homonyme. La bonne, [[PERSONNE:Sarah Cohen]], est née le [[DATE_NAISSANCE:2 octobre 1989]] ; l'homonyme le [[DATE_NAISSANCE:2 octobre 1986]]. Le conseiller corrige et s'excuse.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Formation {{CACES}} pour [[PERSONNE:Dimitri]] : du {{6 janvier}} au {{14 février}} à {{Reims}}, rémunéré en {{RFF}}, versement sur [[IBAN:FR76 1470 7000 1232 0198 7410 539]]. Né le [[DATE_NAISSANCE:17/07/1992]] : « je l'aurai avant mes {{33 ans}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Voirin]], ancienne aide-soignante, inaptitude. Reconnaissance {{RQTH}}, dossier MDPH [[IDENTIFIANT:MDPH-88-203417]]. Orientée vers {{Cap emploi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Loïc]] tend sa carte Vitale au lieu de sa carte d'identité. Le conseiller lit : « [[NIR:102076721814308]], donc vous êtes né en [[DATE_NAISSANCE:juillet 2002]] ? » — « oui, à {{Illkirch}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective création d'entreprise, {{14 participants}}. L'intervenante de la {{BGE}} parle du régime micro. Un participant, [[PERSONNE:Hamza]], a déjà son SIRET perso : [[IDENTIFIANT:90143772100011]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Aurélie]], à l'accueil : « vous êtes M. [[PERSONNE:Dubois]] ? » — « non, [[PERSONNE:Dubos]] ! ». Elle corrige. Né le [[DATE_NAISSANCE:20 août 1977]], pas en [[DATE_NAISSANCE:1978]] comme à l'écran.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un conseiller raconte : « j'ai commencé à l'{{ANPE}} en {{1995}}, avant la fusion avec les {{Assedic}} ». {{29 ans}} de maison.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{Mission locale}} : [[PERSONNE:Léa Schmitt]], {{17 ans}}, née le [[DATE_NAISSANCE:9 mars 2007]], déscolarisée depuis la 3e. Sa mère, Mme [[PERSONNE:Schmitt]], signe l'autorisation. Mail de la jeune : [[EMAIL:leaschm57@outlook.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Attestation employeur lue par le conseiller : « [[PERSONNE:Aziz Cherif]], né le [[DATE_NAISSANCE:11/04/1983]], entré le {{02/03/2020}}, sorti le {{28/06/2024}}, licenciement économique ». Employeur : {{Cristal Union}}, {{Bazancourt}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller tape la DDN que lui dicte Mme [[PERSONNE:Petitjean]] : « [[DATE_NAISSANCE:vingt-neuf zéro huit quatre-vingt]] ». Il tape [[DATE_NAISSANCE:1908]] 😂. Elle : « j'ai pas {{116 ans}} quand même ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{39 49}} : Mme [[PERSONNE:Catherine Lhuillier]], de {{Nancy}}, née le [[DATE_NAISSANCE:12/11/1978]], NIR dicté [[NIR:2 78 11 54 395 033 82]], ne comprend pas son {{ARE}} à {{41 €}} par jour. Le conseiller explique le salaire journalier de référence.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateau téléphonique : {{6 conseillers}}, un écran au mur affiche les appels en attente ({{19}}). Quand ça passe au rouge, tout le monde accélère.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un homme veut changer son RIB par téléphone. Le conseiller : c'est en ligne. Il dicte quand même [[IBAN:FR76 1090 7000 0124 0219 8765 460]], identifiant [[ID_FRANCE_TRAVAIL:8845120C]]. Le conseiller rappelle la procédure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une maman pour son fils de {{18 ans}} qui « ne veut pas s'inscrire ». Il doit appeler lui-même. Elle laisse quand même son portable, [[TELEPHONE:07 58 36 21 94]], et son prénom, [[PERSONNE:Mathis]], né le [[DATE_NAISSANCE:15 octobre 2006]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier licencié au {{Luxembourg}}, indemnisé côté France. Compte luxembourgeois : [[IBAN:LU28 0019 4006 4475 0000]]. « Zone SEPA, ça marche ». M. [[PERSONNE:Schaeffer]], de {{Hettange-Grande}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« J'ai reçu un mail de France Travail qui demande ma carte bancaire » → hameçonnage. Le conseiller : « on ne demande jamais ça ». L'appelante, [[PERSONNE:Josette]], a failli répondre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame de {{Saint-Dizier}} dicte son identifiant en entier : « [[ID_FRANCE_TRAVAIL:trois un zéro neuf huit huit deux V]] ». Question sur le cumul {{ARE}} + activité réduite. Elle s'appelle [[PERSONNE:Angélique]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le patron du restaurant {{Chez Fernand}} à {{Troyes}} pour une offre de plongeur. Mail de contact du resto : {{contact@chezfernand-troyes.fr}}. Offre en ligne dans l'heure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Jeune femme enceinte en fin de droits, née le [[DATE_NAISSANCE:28/06/1999]] à {{Épinal}}, NIR [[NIR:299068816020286]]. Le conseiller l'envoie vers la Cpam pour les IJ maternité. [[PERSONNE:Manon Claudel]] note tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel en arabe, [[PERSONNE:Samia]] répond en arabe. [[PERSONNE:Abdelkader Ziani]], né en [[DATE_NAISSANCE:mai 1990]] au {{Maroc}}, NIR [[NIR:1 90 05 99 350 041 60]], demande pour l'{{ASS}}. Mail : [[EMAIL:a.ziani90@yahoo.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel au [[TELEPHONE:03 29 64 11 07]], pas de réponse. Message : « M. [[PERSONNE:Grandjean]], c'est [[PERSONNE:Pascal]] de {{France Travail}}, rappelez-moi ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Changement d'adresse dicté : « [[ADRESSE:56 route de Bitche, 57200 Sarreguemines]] », identifiant [[ID_FRANCE_TRAVAIL:1130472H]]. Déménagé le {{1er octobre}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame annule son rdv de {{jeudi 14h}}, enfant malade. Identifiant [[ID_FRANCE_TRAVAIL:9021334L]], mail [[EMAIL:maria.lopes-santos@free.fr]]. Reporté au {{lundi 25}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier en {{Sarre}}, indemnisé en France, donne son compte allemand : [[IBAN:DE98 6005 0101 7403 2819 56]]. [[PERSONNE:Dominik Keller]], né le [[DATE_NAISSANCE:3.6.1988]] à {{Sarrebruck}}.",
    ),
]

# @@NOTES@@

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7  # @@SUM@@

# --- parser, split, writer -------------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Return (text, entities, keep) for a marked text."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        value = m.group(2) if m.group(1) else m.group(3)
        if m.group(1):
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        elif value not in keep:
            keep.append(value)
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


def split(cells):
    """Split ids into (dev, holdout) from ``cells`` = {(site_kind, channel): [ids]} only."""
    rng = random.Random(SEED)
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev_ids, holdout_ids = split(cells)
    by_id = {note["id"]: note for note in notes}
    write(HERE / "dev.jsonl", [by_id[i] for i in dev_ids])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
