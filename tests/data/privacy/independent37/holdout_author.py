"""Independent evaluation corpus n° 37 for the note anonymiser (stdlib only).

The 240 notes below were written by hand, one by one. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string that must survive.
Running this script strips the marks, computes the offsets, builds each note's ``keep`` list,
assigns the ids ``ind37-001`` ... ``ind37-240`` in writing order, draws a split stratified by
site kind x channel with ``random.Random(37)`` and writes ``dev.jsonl`` and ``holdout.jsonl``
next to this file. Deterministic: two runs give byte-identical files.

Emphasis of this corpus: birth dates and ages in every form, beside dates and numbers that
are not births (appointments, deadlines, periods of rights, arrival years, amounts, times).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind37"
SEED = 37
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
SITE_CHANNELS = {
    "caf": {"accueil_physique", "accueil_telephonique", "controle_sur_place"},
    "cpam": {"accueil_physique", "accueil_telephonique", "controle_sur_place"},
    "ccas": {"accueil_physique", "accueil_telephonique", "controle_sur_place"},
    "urgences": {"accueil_physique", "accueil_telephonique"},
    "chrs": {"accueil_physique", "accueil_telephonique", "controle_sur_place"},
    "france_travail": {"accueil_physique", "accueil_telephonique"},
}

AP = "accueil_physique"
AT = "accueil_telephonique"
CS = "controle_sur_place"

NOTES: list[tuple[str, str, str]] = []

# ---------------------------------------------------------------- Caf, accueil physique
NOTES += [
    (
        "caf",
        AP,
        "{{9h05}}, premiere personne du matin : Mme [[PERSONNE:Le Bihan]], poussette + bébé. Elle vient declarer la naissance, une petite fille née le [[DATE_NAISSANCE:2 février]] à la maternité de {{l'Hôpital Sud}}. L'agente ([[PERSONNE:Soizic]]) vérifie d'abord que la {{prime à la naissance}} est bien partie : oui, {{1 066,36 €}} versés en {{novembre}}. Reste à ajouter l'enfant au dossier pour la {{PAJE}}. Durée {{12 min}}, très fluide.",
    ),
    (
        "caf",
        AP,
        "Un monsieur âgé ({{78 ans}} « et toutes mes dents ») vient pour son {{APL}}, dossier [[N_ALLOCATAIRE:0412573]]. Sa carte d'identité est abîmée, l'agent lit à voix haute : « [[DATE_NAISSANCE:11 juin 1946]] ? » — « non non, [[DATE_NAISSANCE:1945]] ! le 6 c'est un 5 ». Ils rient tous les deux. Correction en {{2 min}}, rdv le {{jeudi 18}} à {{14h}} pour finir le dossier.",
    ),
    (
        "caf",
        AP,
        "File jusqu'à la porte à l'ouverture ({{8h30}}), j'ai compté {{23 personnes}}. La plupart pour la {{prime d'activité}} et la déclaration trimestrielle du {{RSA}}. La borne est en panne depuis {{lundi}} donc les agents impriment les attestations à la main, ça ralentit tout.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Ousmane Sy]] (n° alloc [[N_ALLOCATAIRE:2874615]]) veut comprendre pourquoi son {{RSA}} a baissé de {{87 €}}. Réponse de l'agent : les ressources du trimestre {{avril-mai-juin}} comptent, dont {{3 semaines}} d'interim. « Personne m'a prévenu. » L'agent imprime le détail du calcul et le lui explique ligne par ligne.",
    ),
    (
        "caf",
        AP,
        "Aide au remplissage d'une demande de {{RSA}} sur le poste en libre-service. Je note ce que l'agente lit à voix haute en tapant :\nNom : [[PERSONNE:BOUAZIZ]]\nPrénom : [[PERSONNE:Nadia]]\nDate de naiss. : [[DATE_NAISSANCE:07/09/1991]]\nSituation : séparée depuis {{mars 2023}}\nEnfants : [[PERSONNE:Inès]] ([[DATE_NAISSANCE:2014]]) et [[PERSONNE:Adam]] ([[DATE_NAISSANCE:2017]])\nL'agente coche « parent isolé » → {{majoration}}. {{40 minutes}} en tout, le site plante {{2 fois}}.",
    ),
    (
        "caf",
        AP,
        "A la {{Caf}}, ddn [[DATE_NAISSANCE:14.03.87]] lue sur un titre de séjour {{italien}}, l'agent la retape au format français [[DATE_NAISSANCE:14/03/1987]] sinon le logiciel bloque.",
    ),
    (
        "caf",
        AP,
        "Question d'un étudiant : a-t-il droit à l'{{APL}} pour une chambre chez l'habitant à {{Cesson}} ? Oui si bail + quittances. Simulation sur {{caf.fr}} : {{142 €}}/mois. Il a {{19 ans}}, premier logement, il repart avec le sourire.",
    ),
    (
        "caf",
        AP,
        "Dame très énervée, le ton monte : sa {{prime d'activité}} est suspendue « contrôle en cours ». [[PERSONNE:Mickaël]] reste calme, explique qu'il faut renvoyer les {{3 derniers bulletins de salaire}}. Elle laisse son numéro pour être rappelée : [[TELEPHONE:06 71 24 98 30]]. Après coup [[PERSONNE:Mickaël]] me dit « on en a {{15 comme ça par semaine}} ».",
    ),
    (
        "caf",
        AP,
        "Point délais. Une demande d'{{APL}} déposée le {{3 octobre}} n'est toujours pas traitée au {{14 novembre}} ; l'agent dit que le stock est à {{5 semaines}}. Les droits partent du mois qui suit l'entrée dans le logement (ici le {{1er septembre}}), donc il y aura un rappel. Le monsieur voulait surtout savoir s'il allait « perdre » {{septembre}} : non. Derrière le guichet, un calendrier des paiements : prestations versées {{le 5 de chaque mois}}, décalées quand ça tombe un dimanche. L'agent dit que la moitié des questions du matin c'est « quand est-ce que ça tombe ? ». Le monsieur repart en disant qu'il va appeler son propriétaire pour le rassurer : il a déjà {{2 mois}} de retard de loyer, {{940 €}}. L'agent lui donne le dépliant du {{FSL}} au cas où.",
    ),
    (
        "caf",
        AP,
        "Famille [[PERSONNE:Traoré]] au complet dans le box, les parents + 4 enfants. Mise à jour de la compo familiale : enfants nés en [[DATE_NAISSANCE:2009]], [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2020]]. Le père croit que l'{{allocation de rentrée scolaire}} s'arrête pour l'aînée qui a {{16 ans}} : non, jusqu'à {{18 ans}}. Par contre les {{allocations familiales}} baisseront quand le 2e aura {{20 ans}}... dans longtemps.",
    ),
    (
        "caf",
        AP,
        "changement de rib. mme [[PERSONNE:dos santos]] apporte le RIB de sa nouvelle banque, l'agente recopie (banque {{Crédit Mutuel}}) [[IBAN:FR76 1027 8360 1100 0207 6540 106]] et demande une piece d'identite. « c'est pour que le {{RSA}} du {{5 du mois}} arrive au bon endroit ». trop tard pr ce mois ci, ce sera le mois prochain.",
    ),
    (
        "caf",
        AP,
        "Le monsieur donne sa date de naissance en chantant presque : « [[DATE_NAISSANCE:vingt-neuf, zéro deux, soixante-douze]] ». L'agente : « un [[DATE_NAISSANCE:29 février]] ?? » — « oui madame, j'ai eu que {{13 vrais anniversaires}} ». Toute la file rigole 😄. Il venait pour un changement de situation {{APL}}, réglé en {{6 min}}.",
    ),
    (
        "caf",
        AP,
        "L'accueil ferme à {{12h30}}, réouvre à {{13h30}} sur rdv uniquement. Les personnes sans rdv sont renvoyées vers la borne ou l'{{espace France services}} de {{Maurepas}}. [[PERSONNE:Christelle]], responsable d'accueil, me dit que depuis {{2020}} les visites ont baissé de moitié mais que les situations sont « beaucoup plus lourdes ».",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Vasile Moraru]] parle peu français, sa fille ({{12 ans}}) traduit. Courrier de la {{Caf}} : indu de {{1 240 €}} d'{{APL}}. L'agent propose un échéancier à {{50 €}}/mois. La petite traduit « indu » par « dette », le père blêmit. Elle dicte l'adresse mail de son père pour recevoir le plan : [[EMAIL:vasile.moraru77@gmail.com]].",
    ),
    (
        "caf",
        AP,
        "Famille arrivée d'{{Espagne}}. Sur le livret de famille espagnol les dates sont écrites à l'envers : le fils [[DATE_NAISSANCE:2015-08-21]], la fille [[DATE_NAISSANCE:2018-01-03]]. L'agent hésite sur jour/mois pour la 2e, moi aussi 🤔. Arrivée en {{France}} le {{15 juin 2023}} → {{allocations familiales}} à partir de {{juillet 2023}} ? Il doit vérifier la condition de résidence de {{3 mois}} avec sa référente.",
    ),
    (
        "caf",
        AP,
        "Pause café avec [[PERSONNE:Josiane]], {{32 ans}} de maison : « moi je suis née en [[DATE_NAISSANCE:1963]], j'ai connu les dossiers papier et les files jusque dans la rue ». Elle part à la retraite en {{décembre}}. Pour elle le plus dur ce n'est pas l'accueil, c'est le téléphone.",
    ),
    (
        "caf",
        AP,
        "Jeune femme de {{24 ans}}, enceinte de {{5 mois}}, vient déclarer sa grossesse (un peu tard). Terme prévu le {{12 septembre}}. L'agente lui explique que la {{prime à la naissance}} est versée au {{7e mois}}. Elle avait peur de « trop demander ».",
    ),
    (
        "caf",
        AP,
        "Un homme demande s'il doit « transférer » son dossier : il déménage le {{1er du mois}} au [[ADRESSE:14 rue de la Pie, 35400 Saint-Malo]]. L'agent : pas de transfert, {{Saint-Malo}} c'est toujours la {{Caf}} d'{{Ille-et-Vilaine}}, il suffit de déclarer le changement d'adresse en ligne. N° alloc [[N_ALLOCATAIRE:0915382]] noté sur un post-it pour l'aider.",
    ),
]

# ---------------------------------------------------------------- Caf, accueil téléphonique
NOTES += [
    (
        "caf",
        AT,
        "Appel {{10h12}}. Pas de numéro allocataire sous la main → vérification par nom + ddn. « [[PERSONNE:Gwenaëlle Riou]], née le [[DATE_NAISSANCE:3 décembre 1979]] ». Question sur la {{prime d'activité}} de {{janvier}} : versement le {{5 février}}. {{4 min}} d'appel.",
    ),
    (
        "caf",
        AT,
        "Plateforme : {{47 appels}} en attente à {{9h}}, attente affichée {{18 minutes}}. [[PERSONNE:Thomas]], le superviseur, me montre le mur d'écrans. Sur les {{10 premiers appels}} que j'écoute, {{3 personnes}} ont raccroché avant d'avoir quelqu'un.",
    ),
    (
        "caf",
        AT,
        "Une mère appelle pour son fils de {{22 ans}} qui vit encore chez elle, elle veut savoir s'il « compte » encore pour l'{{APL}}. Le conseiller ne peut rien dire sur le dossier du fils sans son accord, il explique la règle générale et l'invite à rappeler avec lui.",
    ),
    (
        "caf",
        AT,
        "Monsieur [[PERSONNE:Kerjean]], alloc n° [[N_ALLOCATAIRE:1648203]], ne reçoit plus les mails de la {{Caf}} depuis {{mars}}. Sur son dossier : [[EMAIL:y.kerjean@orange.fr]] ; lui dit que c'est plutôt [[EMAIL:yann.kerjean@orange.fr]]. Correction faite en direct, il reçoit le mail test pendant l'appel, à {{11h03}}.",
    ),
    (
        "caf",
        AT,
        "Erreur d'oreille : l'agent tape [[DATE_NAISSANCE:13/07/1984]], le monsieur corrige « non, TRENTE et un ! [[DATE_NAISSANCE:31 juillet]] ». Le NIR qui s'affiche confirme : [[NIR:1 84 07 35 238 117 63]]. Ensuite tout va vite, rdv le {{mardi 21}} à {{10h30}} à l'accueil de {{Cleunay}}.",
    ),
    (
        "caf",
        AT,
        "Un jeune appelle depuis le portable d'un copain et donne SON numéro pour être rappelé : « [[TELEPHONE:zéro sept, quarante-deux, dix-huit, quatre-vingt-dix, zéro trois]] ». L'agent relit deux fois. Sujet : {{APL}} étudiant, résidence {{CROUS}} de {{Beaulieu}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une grand-mère qui élève ses deux petits-enfants ({{7 et 9 ans}}) depuis le décès de sa fille. Elle ne savait pas qu'elle pouvait toucher les {{allocations familiales}} à leur place. La conseillère lui explique la « charge effective et permanente » et lui envoie le formulaire par courrier. Elle pleure au téléphone, la conseillère aussi un peu.",
    ),
    (
        "caf",
        AT,
        "Un monsieur dicte son IBAN pour changer de compte : « [[IBAN:FR76 1380 7008 1432 1210 4567 842]] ». L'agente refuse poliment, le changement de RIB ne se fait pas par téléphone, il faut passer par {{Mon Compte}} sur {{caf.fr}}. Il s'énerve : « j'ai pas d'ordi moi ».",
    ),
    (
        "caf",
        AT,
        "Dossier d'une dame née au {{Maroc}} dont seule l'année est connue sur l'acte : « née en [[DATE_NAISSANCE:1968]] ». Sur ses papiers français ça donne le [[DATE_NAISSANCE:31/12/1968]]. L'agente m'explique que c'est fréquent, « on a plein de {{31 décembre}} ». Elle appelle pour l'{{ASF}}.",
    ),
    (
        "caf",
        AT,
        "Rappels programmés : les gens ont pris un rdv téléphonique sur le site, créneaux de {{20 min}}. Sur {{6 rappels}} faits par [[PERSONNE:Aurélie]], {{2 personnes}} ne décrochent pas. Au {{3e essai}} le rdv est annulé, la personne doit en reprendre un.",
    ),
    (
        "caf",
        AT,
        "Appel d'un bailleur ({{Archipel Habitat}}) pour un locataire en impayé, M. [[PERSONNE:Fofana]], réf. locataire [[IDENTIFIANT:LOC-0045781]]. L'agente ne donne aucune info sur le dossier, elle prend juste le signalement pour la {{commission impayés}}.",
    ),
    (
        "caf",
        AT,
        "« Vous êtes né quand monsieur ? » « En [[DATE_NAISSANCE:quatre-vingt-dix-neuf]]. » « Le jour et le mois ? » « Le [[DATE_NAISSANCE:8 avril]]. » Num allocataire [[N_ALLOCATAIRE:5530271]] retrouvé comme ça. Il a {{25 ans}} et demande la {{prime d'activité}} pour la 1re fois, il pensait que c'était « pour les vieux ».",
    ),
    (
        "caf",
        AT,
        "Question qui revient toute la matinée : la date limite de la déclaration trimestrielle. La conseillère répète « {{avant le 15}}, sinon pas de paiement {{le 5}} ». Une dame a déclaré le {{16 avril}} : paiement décalé au mois d'après. Elle doit {{300 €}} à son proprio.",
    ),
    (
        "caf",
        AT,
        "Appel en anglais d'une étudiante {{Erasmus}}. Date of birth « [[DATE_NAISSANCE:05/22/2003]] » (format US), l'agent cherche au [[DATE_NAISSANCE:22 mai]] et trouve le dossier. {{APL}} refusée car pas de bail à son nom, elle est en coloc à {{Villejean}}.",
    ),
]

# ---------------------------------------------------------------- Caf, contrôle sur place
NOTES += [
    (
        "caf",
        CS,
        "Contrôle à domicile avec [[PERSONNE:Hervé]], contrôleur depuis {{2008}}. Mme [[PERSONNE:Le Gall]], seule, {{RSA}} + {{APL}}, alloc [[N_ALLOCATAIRE:7720148]]. Il vérifie la compo familiale : 3 enfants nés le [[DATE_NAISSANCE:4 mai 2010]], le [[DATE_NAISSANCE:17 octobre 2012]] et le [[DATE_NAISSANCE:30 janvier 2019]], tous présents (mercredi). Puis questions sur un homme vu par les voisins → « c'est mon frère ». Contrôle de {{1h20}}. Elle sort tous les papiers d'une boîte à chaussures : livret de famille, avis d'imposition {{2023}}, relevés {{La Banque Postale}}, certificats de scolarité du collège {{Anne-de-Bretagne}}. [[PERSONNE:Hervé]] vérifie que l'aîné, {{14 ans}}, est bien inscrit. À la fin il explique qu'elle recevra un courrier sous {{15 jours}} et que rien ne change a priori. Elle demande si elle peut garder le double du formulaire. Oui.",
    ),
    (
        "caf",
        CS,
        "Adresse du contrôle : [[ADRESSE:7 allée de Finlande, 35200 Rennes]], {{4e}} étage sans ascenseur. Appartement propre, un {{T3}} pour {{5 personnes}}. Le contrôleur compte les lits et les brosses à dents. Je me sens mal à l'aise d'être là.",
    ),
    (
        "caf",
        CS,
        "Ce que je retiens de [[PERSONNE:Hervé]] sur son métier : {{3 à 4}} visites par jour, parfois {{45 min}} de route entre deux. Les gens sont prévenus par courrier {{8 jours}} avant. Selon lui les {{2/3}} des contrôles ne changent rien aux droits, « on vient surtout mettre à jour ».",
    ),
    (
        "caf",
        CS,
        "Vérif des pièces. Carte d'identité de M. [[PERSONNE:Benali]] n° [[IDENTIFIANT:X4RT7PFW2]], né le [[DATE_NAISSANCE:09/11/1971]] à {{Oran}} (NIR [[NIR:1 71 11 99 352 214 78]], le 99 pour né à l'étranger). Titre de séjour de son épouse en renouvellement à la {{préfecture}}, récépissé n° [[IDENTIFIANT:3502849177]]. Le contrôleur photographie tout avec la tablette, {{12 photos}}.",
    ),
    (
        "caf",
        CS,
        "devant la maison une {{Peugeot 208}} immat [[IMMATRICULATION:FG-482-RT]], le controleur la note. la dame declare vivre seule (alloc [[N_ALLOCATAIRE:6031957]]) mais la voiture serait au nom de son ex. elle dit qu'il la lui a laissee. verif a faire via le {{SIV}}, pas aujourd'hui. il est {{10h40}}, on repart.",
    ),
    (
        "caf",
        CS,
        "Le contrôleur m'explique qu'il regarde toujours les dates : entrée dans le logement ({{1er mars 2022}} sur le bail), séparation déclarée ({{juin 2023}}), fin du {{CDD}} ({{31/08}}). « Les gens confondent tout, c'est pas de la fraude, c'est des dates. » Visite de {{55 min}}.",
    ),
    (
        "caf",
        CS,
        "Sur le formulaire de contrôle, ligne NIR : [[NIR:2 83 06 75 114 250 31]]. C'est Mme [[PERSONNE:Nguyen Thi Lan]], née à {{Paris 14e}} en [[DATE_NAISSANCE:juin 1983]]. Elle montre ses fiches de paye {{Carrefour}} : {{1 340 €}} net, mi-temps.",
    ),
    (
        "caf",
        CS,
        "Contrôle au [[ADRESSE:camping du Bois Joli, emplacement 41]] : M. [[PERSONNE:Gicquel]] vit dans un mobil-home depuis {{2021}}, loyer de {{380 €}} au gérant. Le contrôleur explique qu'un mobil-home ne donne pas droit à l'{{APL}} ici. M. [[PERSONNE:Gicquel]] a {{61 ans}} (né en [[DATE_NAISSANCE:1963]]), en invalidité, il ne conteste même pas.",
    ),
    (
        "caf",
        CS,
        "Relecture de la déclaration de situation avec M. [[PERSONNE:Hamidou]] : « date de naissance [[DATE_NAISSANCE:01/01/1980]] ? » — « oui, c'est ce qu'a mis l'{{OFPRA}}, je sais pas le vrai jour ». Arrivé en {{France}} en {{2015}}, réfugié depuis {{2017}}. Versement sur [[IBAN:FR76 1558 9297 0200 4711 2205 441]] ({{Crédit Mutuel de Bretagne}}), compte bien à son nom. Aucune anomalie.",
    ),
    (
        "caf",
        CS,
        "Retour en voiture : {{110 km}} dans la journée, {{4 contrôles}} dont un absent (avis de passage dans la boîte). Les rapports sont tapés le lendemain matin, {{30 min}} chacun.",
    ),
]

# ---------------------------------------------------------------- Cpam, accueil physique
NOTES += [
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Le Roux]] a perdu sa {{carte Vitale}}. L'agent lit le NIR à l'écran, [[NIR:2 90 03 29 019 045 57]], et vérifie : « vous êtes bien née le [[DATE_NAISSANCE:12 mars 1990]] à {{Brest}} ? » Oui. Nouvelle carte commandée, délai {{3 semaines}}, attestation de droits imprimée en attendant.",
    ),
    (
        "cpam",
        AP,
        "{{14h}} : {{11 personnes}} dans la salle d'attente. Les bornes {{ameli}} servent surtout à imprimer des attestations. Un agent fait le « pré-accueil » debout à l'entrée, il trie : borne, rdv, guichet. Attente annoncée {{25 min}}.",
    ),
    (
        "cpam",
        AP,
        "Remplissage de la {{CSS}} (complémentaire santé solidaire) au guichet. Rubrique membres du foyer :\n- [[PERSONNE:Aminata Diallo]], née le [[DATE_NAISSANCE:18/04/1986]]\n- son mari [[PERSONNE:Boubacar]], DDN [[DATE_NAISSANCE:02/11/1981]]\n- enfants nés en [[DATE_NAISSANCE:2010]] et [[DATE_NAISSANCE:2013]]\nRessources des {{12 derniers mois}} : {{14 200 €}}. L'agent dit que ça passe sans participation.",
    ),
    (
        "cpam",
        AP,
        "Monsieur arrivé du {{Portugal}} en {{janvier}} pour le bâtiment. Sur sa carte européenne ({{CEAM}}) la date est [[DATE_NAISSANCE:30.06.1977]]. Affiliation en cours : contrat de travail + RIB. Il tend un RIB portugais, [[IBAN:PT50 0035 0651 0002 8471 9304 6]] ; l'agent vérifie, c'est bon, zone {{SEPA}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Trabelsi]] n'a rien reçu pour ses {{indemnités journalières}} : arrêt depuis le {{4 mars}}, on est le {{2 avril}}. [[PERSONNE:Nathalie]] regarde : l'employeur n'a pas envoyé l'attestation de salaire. NIR vérifié au passage ([[NIR:2 80 07 99 351 027 31]], née à {{Sfax}} en [[DATE_NAISSANCE:juillet 1980]]). Conseil : appeler les {{RH}} aujourd'hui.",
    ),
    (
        "cpam",
        AP,
        "Une mère vient avec son ado de {{16 ans}} qui veut sa propre {{carte Vitale}}. L'agent explique : dès {{12 ans}} on peut en avoir une, à {{16 ans}} on peut devenir assuré autonome. Ils repartent avec le formulaire, {{10 min}}.",
    ),
    (
        "cpam",
        AP,
        "Erreur de saisie trouvée par hasard : sur le dossier de M. [[PERSONNE:Pichon]] la DDN est [[DATE_NAISSANCE:04/12/1958]] alors qu'il est né le [[DATE_NAISSANCE:12/04/1958]], jour et mois inversés. Sa {{carte Vitale}} affiche le mauvais jour depuis {{2019}} ! L'agente fait une demande de correction au service immatriculation, délai {{1 mois}}.",
    ),
    (
        "cpam",
        AP,
        "jeune homme, {{19 ans}}, veut ouvrir son compte {{ameli}} mais n'a pas d'adresse mail. l'agent l'aide a en creer une sur son tel : [[EMAIL:theo.martineau2005@gmail.com]]. « né en [[DATE_NAISSANCE:2005]] ? » « ouais ». ca colle. code provisoire envoye par courrier, il est decu, il pensait que c'etait immediat",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Franck]] me montre les motifs du jour : lunettes ({{100 % santé}}), arrêts maladie pas payés, {{cartes Vitale}}, {{CSS}}. D'après lui {{70 %}} des visiteurs n'ont pas de rdv. Pour les questions simples on fait le « rebond » vers le {{3646}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Yilmaz]] conteste un remboursement de sa mutuelle, adhérente {{Harmonie Mutuelle}} n° [[IDENTIFIANT:0804512376]]. L'agent : la part mutuelle ne se gère pas ici, mais il vérifie que la télétransmission {{NOEMIE}} est active. Elle l'est depuis le {{15 janvier}}.",
    ),
    (
        "cpam",
        AP,
        "Demandeur d'asile, M. [[PERSONNE:Abdoulaye Keita]], né le [[DATE_NAISSANCE:1er janvier 1995]] selon son attestation. Il lui faut la {{PUMa}} : délai de carence de {{3 mois}} depuis son arrivée en {{novembre}}. N° {{AGDREF}} [[IDENTIFIANT:3501187642]]. L'agent scanne tout et dit « revenez fin {{février}} ».",
    ),
    (
        "cpam",
        AP,
        "« Vous avez {{42 ans}}, vous savez que vous pouvez faire le bilan de prévention gratuit ? » — l'agent fait la promo des examens de santé entre deux dossiers. La dame ne savait pas, elle prend le flyer du {{centre d'examens de santé}}, rdv possible sous {{2 mois}}.",
    ),
    (
        "cpam",
        AP,
        "Vacancière corse, {{carte Vitale}} qui ne passe plus à la pharmacie. Mme [[PERSONNE:Santoni]], NIR [[NIR:2 75 12 2B 033 019 63]], née à {{Bastia}}. Test sur le lecteur : puce morte. Nouvelle carte envoyée chez elle, pas ici. « Donc en {{Corse}} ? » « Oui madame. »",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Karim]] plaisante avec une dame qui découvre qu'ils sont nés le même jour : le [[DATE_NAISSANCE:8 août]]. Elle a {{67 ans}}, lui {{34 ans}}. Ça détend tout le monde. Sa demande : remboursement d'un transport en {{taxi conventionné}}.",
    ),
    (
        "cpam",
        AP,
        "Un monsieur âgé arrive avec sa voisine qui l'aide pour tout. Il habite [[ADRESSE:3 impasse des Mésanges, 35510 Cesson-Sévigné]] et ne peut plus conduire. Question : le transport pour ses dialyses est-il remboursé ? Oui, à {{100 %}}, il est en {{ALD}}. La voisine laisse son tél au cas où : [[TELEPHONE:02 99 83 14 67]].",
    ),
    (
        "cpam",
        AP,
        "Ce qui me frappe : chaque dossier c'est une suite de dates à vérifier. Début d'arrêt, reprise, consolidation ({{AT/MP}}), droits ouverts {{du 01/01 au 31/12}}, date du dernier remboursement... L'agente ({{22 ans}} d'ancienneté) : « je passe ma journée à lire des dates ». Elle a un calendrier papier scotché à côté de l'écran.",
    ),
]

# ---------------------------------------------------------------- Cpam, accueil téléphonique
NOTES += [
    (
        "cpam",
        AT,
        "Appel au {{3646}}. L'assuré donne son numéro de sécu par paquets : « [[NIR:1 67 04 69 383 184 72]] ». Le conseiller contrôle : « [[DATE_NAISSANCE:22 avril 67]], c'est bien ça ? » — « oui, à {{Lyon}} ». Question sur un remboursement de kiné. Attente avant décroché : {{12 min}}.",
    ),
    (
        "cpam",
        AT,
        "Plateau téléphonique : {{40 conseillers}}, casques, double écran. Objectif affiché : décrocher en moins de {{5 min}}. Aujourd'hui on est à {{9 min}}. Durée moyenne d'un appel : {{6 min 30}}. [[PERSONNE:Véronique]], la manager, dit que le lundi c'est toujours pire.",
    ),
    (
        "cpam",
        AT,
        "Une maman appelle pour rattacher son bébé : « il est né le [[DATE_NAISSANCE:vingt-six septembre]], ça fait {{3 semaines}} ». Le conseiller lui demande l'acte de naissance par la messagerie de son compte {{ameli}}. Le bébé peut être rattaché aux deux parents.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Loïc Hamon]] : son arrêt de travail n'aurait pas été reçu. Il redonne son adresse pour le courrier, [[ADRESSE:22 rue Jean Jaurès, 56100 Lorient]]. Le conseiller : « votre médecin l'a envoyé en ligne le {{12 février}}, on l'a bien ». IJ sous {{15 jours}}.",
    ),
    (
        "cpam",
        AT,
        "Vérif d'identité : « votre date de naissance ? » « [[DATE_NAISSANCE:Dix-sept janvier mil neuf cent cinquante-trois]]. » La conseillère tape [[DATE_NAISSANCE:17011953]] sans les barres. Le monsieur veut savoir s'il peut encore faire le dépistage colorectal à {{71 ans}} : oui, c'est jusqu'à {{74 ans}}.",
    ),
    (
        "cpam",
        AT,
        "Une dame veut recevoir ses décomptes {{ameli}} par mail et épelle : « [[EMAIL:martine point gourvennec arobase laposte point net]] ». La conseillère se trompe {{deux fois}} sur [[PERSONNE:Gourvennec]] (deux n à la fin). Mme [[PERSONNE:Gourvennec]] est ravie quand ça marche.",
    ),
    (
        "cpam",
        AT,
        "{{Un appel sur 4}} concerne les arrêts de travail. [[PERSONNE:Julien]] a une fiche réflexe « IJ non payées ». Les conseillers n'ont pas accès au dossier employeur : transfert au service {{IJ}} par mail interne, réponse sous {{72 h}}.",
    ),
    (
        "cpam",
        AT,
        "Un homme appelle pour sa mère ({{89 ans}}) qui vit à l'{{EHPAD Les Jardins de l'Ille}}, il veut changer l'adresse de ses remboursements. Refus sans procuration. Il laisse son portable pour être rappelé : [[TELEPHONE:+33 6 48 20 71 95]].",
    ),
    (
        "cpam",
        AT,
        "« Je suis de [[DATE_NAISSANCE:1984]], j'ai {{40 ans}}, c'est bien pour moi le bilan ? » → oui, le conseiller l'inscrit à l'examen de prévention santé au {{centre d'examens de santé}}. Rdv dans {{6 semaines}}.",
    ),
    (
        "cpam",
        AT,
        "La dame veut changer de compte bancaire par téléphone, impossible, on la renvoie vers {{ameli}}. Elle lit quand même son IBAN {{Caisse d'Épargne}} « au cas où » : [[IBAN:FR76 1751 5900 0008 1234 5672 051]]. Le conseiller ne note rien et lui réexplique le chemin dans l'appli.",
    ),
    (
        "cpam",
        AT,
        "Un père appelle pour ses jumeaux nés le [[DATE_NAISSANCE:14/02/2024]] : un seul apparaît sur son compte {{ameli}}. Le second n'a été rattaché qu'à la mère. Rattachement fait pendant l'appel, {{4 min}}. « Facile à retenir », dit le père en riant.",
    ),
    (
        "cpam",
        AT,
        "Le conseiller explique la règle : la {{CSS}} est accordée pour {{12 mois}}, le renouvellement se demande {{2 mois}} avant la fin. La dame a des droits jusqu'au {{31 mai}} et appelle le {{2 mai}} : trop juste, il met le dossier en prioritaire.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un secrétariat médical : le Dr [[PERSONNE:Chevalier]] n'arrive pas à envoyer un arrêt en ligne. Problème de carte {{CPS}}. Le conseiller donne le numéro de la hotline {{ameli pro}} et raccroche en {{2 min}}.",
    ),
    (
        "cpam",
        AT,
        "Une dame très âgée ne se souvient plus de son année : « je suis née en [[DATE_NAISSANCE:trente-huit]]… ou [[DATE_NAISSANCE:trente-neuf]] ? » Le conseiller retrouve [[DATE_NAISSANCE:1938]] sur le dossier. Elle a {{86 ans}} et appelle pour des semelles orthopédiques, {{38 €}} pas remboursés.",
    ),
]

# ---------------------------------------------------------------- Cpam, contrôle sur place
NOTES += [
    (
        "cpam",
        CS,
        "Contrôle d'arrêt maladie avec [[PERSONNE:Philippe]], agent assermenté. Adresse : [[ADRESSE:15 rue du Puits Mauger, Rennes]]. Heures de présence obligatoires {{9h-11h}} et {{14h-16h}}. On sonne à {{10h20}} : personne. Avis de passage dans la boîte, la personne sera convoquée.",
    ),
    (
        "cpam",
        CS,
        "Les contrôles visent les arrêts longs ou répétés. {{3 visites}} ce matin, {{2 personnes}} présentes. Un arrêt de {{15 jours}} pour lombalgie, un de {{6 mois}} pour dépression. Pas de jugement sur la maladie, seulement la présence.",
    ),
    (
        "cpam",
        CS,
        "Chez M. [[PERSONNE:Jouan]], arrêt pour fracture du poignet. L'agent vérifie la {{carte Vitale}} : [[NIR:1 55 08 22 278 091 95]], né le [[DATE_NAISSANCE:19 août 1955]] à {{Saint-Brieuc}}. Il a {{69 ans}} et travaille encore (cumul emploi-retraite). Présent, tout est en ordre, {{8 min}}.",
    ),
    (
        "cpam",
        CS,
        "Absente à {{11h05}}, {{2e passage}} sans réponse. Une voisine sort : « elle est chez sa fille à {{Vannes}} ». L'agent note. Il ne sanctionne jamais sans convocation, dit-il. La voiture de l'assurée est quand même devant : [[IMMATRICULATION:EK-317-VZ]], il la mentionne dans le rapport.",
    ),
    (
        "cpam",
        CS,
        "Dernière visite : jeune femme de {{27 ans}}, arrêt depuis le {{3 janvier}} prolongé jusqu'au {{28 février}}. Elle ouvre en pyjama, gênée. L'agent reste {{5 minutes}}. Elle demande si elle peut sortir pour emmener son fils de {{4 ans}} à l'école : oui, c'est admis.",
    ),
    (
        "cpam",
        CS,
        "Dans la voiture, [[PERSONNE:Philippe]] raconte : à la {{Cpam}} depuis {{1991}}, né en [[DATE_NAISSANCE:1966]] « à deux rues de la caisse de {{Saint-Brieuc}} ». Il a fait l'accueil, la liquidation, et maintenant le contrôle. Il aime la route.",
    ),
    (
        "cpam",
        CS,
        "Chez Mme [[PERSONNE:Rocha]], réf. de l'enquête [[IDENTIFIANT:ENQ-24-03318]]. Elle montre le certificat du Dr [[PERSONNE:Morvan]], arrêt jusqu'au {{15 avril}}. {{52 ans}}, aide-soignante au {{CHU}}, « le dos a lâché ». L'agent est très humain avec elle.",
    ),
    (
        "cpam",
        CS,
        "Contrôle de résidence (droits {{PUMa}}) dans une famille. L'agent remplit sa fiche :\nenfant 1 : [[PERSONNE:Yanis]], né [[DATE_NAISSANCE:03/2016]]\nenfant 2 : [[PERSONNE:Lina]], née [[DATE_NAISSANCE:11/2019]]\nCertificats de scolarité de l'école {{Jules-Isaac}} à {{Rennes}}, tout colle. {{25 min}}.",
    ),
    (
        "cpam",
        CS,
        "[[PERSONNE:Philippe]] m'explique la différence avec le médecin-conseil : lui vérifie la présence, le {{service médical}} juge si l'arrêt est justifié. Selon lui, {{30 %}} des contrôles médicaux finissent en reprise anticipée.",
    ),
    (
        "cpam",
        CS,
        "Pas de réponse à l'interphone à {{14h30}}. L'agent appelle le numéro du dossier, [[TELEPHONE:07 58 12 36 90]] : la personne est à la {{Pharmacie de la Poterie}}, au coin, elle arrive en {{3 min}}. On attend sur le trottoir.",
    ),
]

# ---------------------------------------------------------------- CCAS, accueil physique
NOTES += [
    (
        "ccas",
        AP,
        "Domiciliation. [[PERSONNE:Morgane]] remplit le {{Cerfa}} en lisant tout haut : « nom [[PERSONNE:RAKOTO]], prénom [[PERSONNE:Hery]], né le [[DATE_NAISSANCE:06/06/1970]] à {{Antananarivo}} ». Sans domicile depuis {{septembre}}. Attestation valable {{1 an}}, courrier à retirer au guichet du lundi au vendredi {{9h-12h}}.",
    ),
    (
        "ccas",
        AP,
        "Distribution des colis de {{Noël}} pour les plus de {{70 ans}}. File de personnes âgées dehors dans le froid, {{40 personnes}} à {{9h}}. Un agent sort avec un thermos de café. Le {{Secours populaire}} tient une table à côté.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Chauvin]] demande une aide pour sa facture {{EDF}} de {{612 €}}, réf client [[IDENTIFIANT:5003 418 772]]. Passage en commission d'aide facultative {{jeudi}}. Elle doit apporter ses {{3 derniers relevés}} de compte.",
    ),
    (
        "ccas",
        AP,
        "Demande d'accès à l'épicerie sociale, famille de {{6 personnes}}. L'agente recopie les dates du livret de famille : enfants nés le [[DATE_NAISSANCE:12/01/2008]], le [[DATE_NAISSANCE:28/05/2011]], le [[DATE_NAISSANCE:09/09/2015]] et le [[DATE_NAISSANCE:21/03/2021]]. Quotient familial ({{410}}) sur l'attestation {{Caf}}, n° [[N_ALLOCATAIRE:3185620]]. Accès accordé pour {{3 mois}}.",
    ),
    (
        "ccas",
        AP,
        "Permanence du {{CCAS}} à la mairie de quartier de {{Bréquigny}}. {{2 agents}}, pas de rdv le mardi matin. Une dame vient juste pour une photocopie, une autre pour le tarif solidaire de la {{carte KorriGo}}. Ambiance calme, on se connaît.",
    ),
    (
        "ccas",
        AP,
        "Jeune retraitée qui veut s'inscrire au registre canicule. Elle a {{66 ans}}, « née en [[DATE_NAISSANCE:1958]], l'année de la {{Constitution}} ! ». Tél [[TELEPHONE:06 32 77 15 08]], mail [[EMAIL:dominique.lhermitte@free.fr]], personne à prévenir : sa fille [[PERSONNE:Claire]]. Elle vit seule au {{9e}} étage.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Marzin]] présente une vieille carte d'identité plastifiée, délivrée en {{1985}}. « Vous êtes né le [[DATE_NAISSANCE:18 octobre 47]] ? » — « Non, le [[DATE_NAISSANCE:13]], le 3 est à moitié effacé ». Il vient pour une aide aux lunettes : {{350 €}} restent à sa charge après mutuelle, devis {{Krys}}.",
    ),
    (
        "ccas",
        AP,
        "Aide financière accordée ({{200 €}}), virée directement à la personne. L'agent saisit le RIB : [[IBAN:FR76 1600 6211 0000 0412 8735 664]]. Validation en commission le {{12 décembre}}, virement sous {{10 jours}}.",
    ),
    (
        "ccas",
        AP,
        "Un couple de {{80 et 83 ans}} vient pour l'{{APA}}. L'agente leur explique gentiment que c'est le {{Département}}, pas le {{CCAS}}, et leur prend rdv au {{CDAS}}. Ils sont venus en bus, {{45 min}} de trajet. Elle s'excuse presque.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Gaëtan Le Moal]], accompagné de sa mandataire ({{UDAF}}), vient pour le dossier de logement social. Numéro unique de demande : [[IDENTIFIANT:035 24 0118 472]]. Délai moyen à {{Rennes}} : {{2 ans}} pour un {{T2}}. Il soupire.",
    ),
    (
        "ccas",
        AP,
        "Monsieur qui ne connaît pas sa date exacte : « né vers [[DATE_NAISSANCE:1950]], au {{Sénégal}} ». L'agente reprend ce qui est sur son titre de séjour, [[DATE_NAISSANCE:01/01/1950]], pour la domiciliation, valable {{un an}}. Arrivé en {{France}} en {{1979}}, M. [[PERSONNE:Ndiaye]] sourit : « à mon âge on compte plus ».",
    ),
    (
        "ccas",
        AP,
        "Beaucoup d'aide administrative pure : lire un courrier, scanner, faire une démarche en ligne. [[PERSONNE:Fatima]], agente d'accueil, estime que {{60 %}} de son temps c'est du numérique. Le {{conseiller numérique}} n'est là que le {{mercredi}}.",
    ),
    (
        "ccas",
        AP,
        "Dame en pleurs, expulsion prévue le {{15 avril}} (fin de la trêve le {{31 mars}}). Elle habite [[ADRESSE:5 square de Nimègue, Rennes]] avec ses deux enfants. L'agente appelle le {{SIAO}} et la {{CCAPEX}} devant nous. Dossier {{CCAS}} [[IDENTIFIANT:AS-2024-0871]].",
    ),
    (
        "ccas",
        AP,
        "Anniversaire au guichet à {{10h15}} ! La dame a {{90 ans}} aujourd'hui, née le [[DATE_NAISSANCE:4 mars 1934]]. L'agente lui offre un café et un chocolat ({{Côte d'Or}}). Elle venait pour la téléassistance, elle repart avec le dossier et un sourire.",
    ),
    (
        "ccas",
        AP,
        "Chiffres donnés par [[PERSONNE:Arnaud]], le chef de service : {{1 200}} demandes d'aide facultative l'an dernier, {{70 %}} accordées, montant moyen {{150 €}}. Commission tous les {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "Un homme vit dans sa voiture sur le parking du {{Leclerc}} de {{Cleunay}}, une {{Clio}} grise, [[IMMATRICULATION:AB-914-KL]]. Il veut une domiciliation et un endroit au chaud. Orienté vers le {{115}}. Il refuse de laisser la voiture, « c'est tout ce que j'ai ».",
    ),
]

# ---------------------------------------------------------------- CCAS, accueil téléphonique
NOTES += [
    (
        "ccas",
        AT,
        "Une fille appelle pour sa mère de {{85 ans}}, portage de repas. L'agente note : Mme [[PERSONNE:Anne-Marie Guillou]], née le [[DATE_NAISSANCE:trente et un août trente-neuf]]. Tarif selon revenus, de {{4,50 €}} à {{9,20 €}} le repas. Début possible {{lundi}}. La fille explique que sa mère ne cuisine plus depuis sa chute de {{novembre}} et vit seule à {{Thorigné-Fouillard}}. L'agente vérifie que la commune est desservie : oui, livraison {{du lundi au vendredi}} avant {{11h30}}, les repas du week-end livrés le vendredi. Dossier envoyé par courrier, à retourner avec le dernier avis d'imposition. La fille : « elle va râler, elle veut pas qu'on l'aide ». L'agente : « elles disent toutes ça au début ».",
    ),
    (
        "ccas",
        AT,
        "Beaucoup d'appels pour « la prime » vue à la télé. Réponse type : il n'y a pas de prime {{CCAS}}, c'est la {{Caf}}. Au moins {{10 appels}} sur ce sujet dans la matinée.",
    ),
    (
        "ccas",
        AT,
        "Un homme appelle pour annuler son rdv, il donne son portable pour qu'on le retrouve : [[TELEPHONE:06.19.44.82.07]]. C'est M. [[PERSONNE:Cadiou]]. Rdv décalé au {{mardi 22}} à {{9h30}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une voisine inquiète : elle ne voit plus le monsieur d'en face, « il a {{75 ans}} à peu près ». L'agente trouve sur le registre canicule M. [[PERSONNE:Le Floch]], né le [[DATE_NAISSANCE:2 janvier 1946]], donc {{78 ans}}. Elle demande un passage de la police municipale.",
    ),
    (
        "ccas",
        AT,
        "Une étudiante de {{Rennes 2}} appelle pour l'aide aux étudiants précaires ({{150 €}} maximum). L'agente lui dit d'envoyer ses justificatifs par mail ; elle donne le sien pour la réponse : [[EMAIL:lea_morin35@hotmail.fr]]. Réponse sous {{une semaine}}.",
    ),
    (
        "ccas",
        AT,
        "Rappel à plusieurs personnes : les dossiers d'aide à l'énergie sont à rendre avant le {{30 novembre}}. Sur {{8 appels}}, {{5 concernent ça}}. L'agente garde le formulaire imprimé à côté du téléphone.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une AS du {{CDAS}} pour une situation suivie des deux côtés : « Mme [[PERSONNE:Benhamou]], ddn [[DATE_NAISSANCE:15/05/1969]], vous l'avez chez vous ? » Oui. Elles se répartissent : {{CCAS}} = aide alimentaire, CDAS = {{FSL}}.",
    ),
    (
        "ccas",
        AT,
        "Un papi donne son numéro par dizaines : « [[TELEPHONE:zéro deux, quatre-vingt-dix-neuf, cinquante et un, vingt-trois, soixante-dix-huit]] ». L'agente répète chiffre par chiffre. Il voulait la liste des clubs seniors de {{Sainte-Thérèse}}, « celui du {{lundi}} à {{14h}} ».",
    ),
    (
        "ccas",
        AT,
        "{{vendredi}} aprem, une seule agente au standard ([[PERSONNE:Nadine]]), le tel sonne sans arret. elle ne peut pas rappeler tout le monde. messagerie pleine a {{15h}} ({{30 messages}}). elle me dit « le vendredi c'est toujours comme ca ».",
    ),
    (
        "ccas",
        AT,
        "Rappel d'un usager qui avait laissé un message. « Je parle bien à M. [[PERSONNE:Jean-Paul Rivière]], né en [[DATE_NAISSANCE:61]] ? » — « Oui, [[DATE_NAISSANCE:décembre 61]] ». Il cherche une aide pour payer une {{complémentaire santé}} : orienté vers la {{CSS}}.",
    ),
    (
        "ccas",
        AT,
        "Appel de {{2 min}} pour les horaires : {{8h45-12h}} / {{13h30-17h}}, fermé le jeudi après-midi.",
    ),
    (
        "ccas",
        AT,
        "Une mère appelle pour son fils handicapé de {{23 ans}}, dossier {{MDPH}} n° [[IDENTIFIANT:MDPH35-118427]]. Elle voudrait une aide pour le transport adapté. L'agente l'oriente vers {{Handistar}} et lui donne le numéro du service.",
    ),
]

# ---------------------------------------------------------------- CCAS, contrôle sur place (visites à domicile)
NOTES += [
    (
        "ccas",
        CS,
        "Visite à domicile avec [[PERSONNE:Élodie]], AS, chez Mme [[PERSONNE:Lemaître]], {{75 ans}}, née le [[DATE_NAISSANCE:14 septembre 1949]] à {{Lorient}} ; attestation Vitale sur la table, NIR [[NIR:2 49 09 56 121 077 87]]. Appartement encombré, frigo presque vide. Évaluation pour l'aide ménagère. Elle nous montre les photos de ses {{12 petits-enfants}}. Elle raconte : arrivée à {{Rennes}} en {{1971}} pour travailler chez {{Citroën}}, veuve depuis {{2015}}, son fils passe le dimanche. L'AS remplit la grille {{AGGIR}} en discutant, sans en avoir l'air, et estime un {{GIR 5}}. Prochaine étape : demande d'aide ménagère à la caisse de retraite, {{2 h}} par semaine.",
    ),
    (
        "ccas",
        CS,
        "Visite au [[ADRESSE:18 rue de Brest, 35000 Rennes]], {{2e}} étage. M. [[PERSONNE:Tanguy]] vit seul depuis le décès de sa femme en {{2022}}, il ne chauffe qu'une pièce. L'AS monte un dossier {{FSL}} énergie et recopie son RIB {{La Banque Postale}} : [[IBAN:FR02 2004 1010 0505 1234 7C02 291]].",
    ),
    (
        "ccas",
        CS,
        "Dans la voiture de service, [[PERSONNE:Élodie]] m'explique : jamais de visite seule dans certaines résidences, on prévient toujours le secrétariat de l'heure d'arrivée et de départ. Aujourd'hui {{3 visites}}, {{4 h}} en tout.",
    ),
    (
        "ccas",
        CS,
        "Chez la famille [[PERSONNE:Kaya]], visite pour une aide au relogement. Fiche ménage remplie sur le canapé :\nM. [[PERSONNE:Mehmet Kaya]] [[DATE_NAISSANCE:10/10/1979]]\nMme [[PERSONNE:Elif Kaya]] [[DATE_NAISSANCE:1983]] (jour inconnu)\nenfants [[DATE_NAISSANCE:2006]] / [[DATE_NAISSANCE:2009]] / [[DATE_NAISSANCE:2014]]\nLogement de {{38 m²}} pour {{5 personnes}}. Humidité partout, moisissures dans la chambre des enfants.",
    ),
    (
        "ccas",
        CS,
        "Appartement très propre, la dame a tout préparé, les papiers dans une pochette plastique. [[PERSONNE:Élodie]] dit que c'est souvent comme ça, les gens ont peur d'être jugés. {{50 min}} sur place. Elle a {{79 ans}} et nous raccompagne jusqu'à l'ascenseur, {{3e étage}}.",
    ),
    (
        "ccas",
        CS,
        "Mme [[PERSONNE:Prigent]] ne sait plus qui appeler si elle tombe. L'AS écrit en gros sur une feuille le numéro de son fils [[PERSONNE:Stéphane]], [[TELEPHONE:06 85 40 22 19]], et {{le 15}}, puis scotche la feuille sur le frigo. Elle propose aussi la téléassistance {{Présence Verte}}, {{29 €}} par mois.",
    ),
    (
        "ccas",
        CS,
        "Mr [[PERSONNE:Bouvier]], {{72 ans}}, tient à nous montrer son livret militaire : « regardez, né le [[DATE_NAISSANCE:1er avril 1952]], et c'est pas une blague ». Incorporé en {{1972}}. L'AS écoute, puis revient doucement à la téléassistance.",
    ),
    (
        "ccas",
        CS,
        "Chez un monsieur avec son chien {{Rocky}} qui aboie tout le long. L'AS pense à une résidence autonomie mais le chien pose problème. « Sans {{Rocky}} je pars pas. » Elle note que la {{résidence Les Glycines}} accepte les petits animaux.",
    ),
    (
        "ccas",
        CS,
        "La famille vit en caravane sur l'[[ADRESSE:aire d'accueil de la Prévalaye, place 14]]. Visite pour la domiciliation et l'ouverture des droits, {{4 caravanes}} sur l'aire. Véhicule tracteur immatriculé [[IMMATRICULATION:1527 VN 35]] (ancien format). M. [[PERSONNE:Winterstein]] dit qu'ils repartent en {{mai}}, pour les saisons.",
    ),
    (
        "ccas",
        CS,
        "Visite bilan {{6 mois}} après l'entrée dans le logement. La dame a {{34 ans}}, ses enfants {{3 et 8 ans}}. Loyer {{420 €}}, {{APL}} {{287 €}}. Elle travaille à mi-temps depuis le {{2 septembre}}. L'AS clôt l'accompagnement, elles s'embrassent.",
    ),
    (
        "ccas",
        CS,
        "Sur la table de la cuisine, l'AS aide M. [[PERSONNE:Le Corre]] à faire sa demande de {{CSS}}. NIR recopié de la {{carte Vitale}} : [[NIR:1 01 09 35 238 412 84]] ; né le [[DATE_NAISSANCE:26/09/2001]] à {{Rennes}}. Il vit chez sa grand-mère depuis ses {{16 ans}}.",
    ),
    (
        "ccas",
        CS,
        "Une dame qui aura {{92 ans}} le mois prochain, toujours chez elle. L'AS demande depuis quand elle vit là : « depuis {{1961}}, on est arrivés l'année du mariage ». Tout va bien, pas d'aide à mettre en place pour l'instant. Elle nous fait goûter son far.",
    ),
]

# ---------------------------------------------------------------- Urgences, accueil physique
NOTES += [
    (
        "urgences",
        AP,
        "{{IOA}} ([[PERSONNE:Sandrine]]) : « Nom, prénom, date de naissance ? » — « [[PERSONNE:Marc Lévêque]], le [[DATE_NAISSANCE:3 du 9, 72]] ». Douleur thoracique : {{ECG}} dans les {{10 min}}, passe en {{box 4}} direct. Entrée {{11h42}}.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{31 patients}} à {{20h}}, attente estimée affichée {{4h30}}. Un agent de sécurité à la porte. Beaucoup de parents avec des enfants fiévreux alors que les {{urgences pédiatriques}} sont dans l'autre bâtiment.",
    ),
    (
        "urgences",
        AP,
        "Patient amené par les pompiers, M. [[PERSONNE:Dubreuil]], étiquette {{IPP}} [[IDENTIFIANT:P00782314]]. {{81 ans}}, chute à domicile. La secrétaire cherche sa ddn pour retrouver l'ancien dossier : [[DATE_NAISSANCE:12/06/1943]]. Trouvé, il était déjà venu en {{2021}} pour la même chose.",
    ),
    (
        "urgences",
        AP,
        "Homme sans papiers, confus. Il donne un âge, « {{50 ans}}, né vers [[DATE_NAISSANCE:74]] ». L'{{IOA}} l'enregistre avec une date approximative, [[DATE_NAISSANCE:01/01/1974]], en attendant mieux. Pas de nom pour l'instant, la police est prévenue.",
    ),
    (
        "urgences",
        AP,
        "Femme, entorse de cheville. Carte Vitale lue : [[NIR:2 78 04 44 109 126 94]], née le [[DATE_NAISSANCE:23 avril 1978]] à {{Nantes}}. Mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:MH 2318 5540 9]]. Adresse à jour ? « non, j'ai déménagé » : [[ADRESSE:41 avenue du Général Leclerc, 35700 Rennes]]. Attente prévue {{3h}}.",
    ),
    (
        "urgences",
        AP,
        "Tableau blanc du service : {{12 box}}, {{4 brancards}} dans le couloir. Patient le plus âgé {{98 ans}}, le plus jeune {{16 ans}}. Durée moyenne de passage aujourd'hui : {{6h}}.",
    ),
    (
        "urgences",
        AP,
        "Une mère arrive avec son bébé qui a de la fièvre. L'agent : « date de naissance du bébé ? » — « le [[DATE_NAISSANCE:10 octobre]] » — « de l'an dernier ? » — « oui, il a {{5 mois}} ». Orientée vers les {{urgences pédiatriques}}, {{Hôpital Sud}}, avec un petit plan.",
    ),
    (
        "urgences",
        AP,
        "Touriste corse, malaise sur le marché des {{Lices}}. La secrétaire saisit le NIR : [[NIR:1 58 02 2A 004 031 65]]. « {{Ajaccio}}, c'est bien le {{2A}} ? » Né en [[DATE_NAISSANCE:février 1958]], il plaisante : « {{66 ans}} et premier malaise ».",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Benoît]], cadre de santé, me montre le logiciel {{ResUrgences}} : les patients sont des couleurs. {{3 rouges}}, {{14 jaunes}}, {{20 verts}}. « Le vert qui attend {{8h}}, c'est lui qui s'énerve, et il a un peu raison. »",
    ),
    (
        "urgences",
        AP,
        "Le fils d'une patiente demande qu'on l'appelle dès qu'il y a du nouveau : [[TELEPHONE:07 81 66 03 42]]. Sa mère, Mme [[PERSONNE:Hardy]], {{91 ans}}, est sur un brancard depuis {{9h}}. Il est {{17h}}.",
    ),
    (
        "urgences",
        AP,
        "Touriste {{allemand}}, chute de vélo, plaie à l'avant-bras. Passeport : {{Geburtsdatum}} [[DATE_NAISSANCE:23.11.1969]], n° [[IDENTIFIANT:C01X7LT92]]. L'{{IOA}} tape d'abord [[DATE_NAISSANCE:11/23/1969]], le logiciel refuse (« {{mois 23}} » !), elle corrige en riant.",
    ),
    (
        "urgences",
        AP,
        "Un {{Kangoo}} blanc garé sur la zone ambulances. Annonce au micro à {{21h50}} : « le propriétaire du véhicule [[IMMATRICULATION:GB-105-XZ]] est prié de le déplacer ». Personne ne bouge. Fourrière appelée à {{22h10}}.",
    ),
    (
        "urgences",
        AP,
        "{{1h}} avec [[PERSONNE:Yohann]], agent administratif d'accueil. Son boulot : créer le dossier, imprimer les étiquettes, récupérer la {{carte Vitale}}. {{70 entrées}} depuis {{8h}}. « On fait pas attendre quelqu'un pour un papier, on soigne d'abord, le papier après. »",
    ),
    (
        "urgences",
        AP,
        "Dame âgée désorientée. « Votre date de naissance madame ? » — « Le [[DATE_NAISSANCE:vingt mai]]… l'année je sais plus. » Sa fille arrive en courant : « [[DATE_NAISSANCE:20/05/1935]] ». L'{{IOA}} note « vit seule, {{89 ans}}, pas d'aide à domicile ».",
    ),
    (
        "urgences",
        AP,
        "Courrier de sortie envoyé au médecin traitant, le Dr [[PERSONNE:Hamel]], via {{MSSanté}}. La secrétaire me dit que les patients sans médecin traitant repartent avec leur courrier à la main, « et on sait qu'ils le perdent ». Elle leur conseille {{Doctolib}} pour trouver un généraliste.",
    ),
    (
        "urgences",
        AP,
        "Accouchement inopiné dans le sas des urgences !! Bébé né à {{4h12}} ce matin du [[DATE_NAISSANCE:14 mars]], {{3,2 kg}}. La sage-femme de la maternité descend en courant. Tout le monde applaudit, même les gens en salle d'attente.",
    ),
    (
        "urgences",
        AP,
        "Patient sans {{carte Vitale}}, seulement une carte d'identité (ancien modèle) n° [[IDENTIFIANT:120335105417]]. M. [[PERSONNE:Oumarou]] dit avoir demandé l'{{AME}} il y a {{2 mois}}. Dossier créé « droits en attente ».",
    ),
    (
        "urgences",
        AP,
        "Pause avec [[PERSONNE:Claire-Marie]], {{IOA}} : gardes de {{12h}}, {{3 week-ends}} par mois. Ce qui l'épuise : les gens qui viennent pour un certificat ou une ordonnance faute de médecin traitant. « {{30 %}} de nos passages », dit-elle.",
    ),
    (
        "urgences",
        AP,
        "« Adresse ? » — « Je suis domicilié au {{CCAS}} ». L'agent met l'adresse du {{CCAS}}, {{7 rue de la Mairie}}. M. [[PERSONNE:Lefort]], dit « [[PERSONNE:Bébert]] » (c'est comme ça que les pompiers l'appellent), est un habitué : {{4e}} passage du mois.",
    ),
    (
        "urgences",
        AP,
        "Accident de voiture, toute la famille arrive : le père, la mère, {{3 enfants}}. L'agent enregistre les enfants : [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2018]] — la mère ne se souvient plus des jours, elle est sous le choc. Tous classés {{verts}}, rien de grave.",
    ),
    (
        "urgences",
        AP,
        "Relève de {{13h30}} : le médecin liste les patients par âge et motif (« la dame de {{84 ans}} box 3, le monsieur de {{45 ans}} qui attend le scanner depuis {{10h}} »). Jamais un nom devant moi, je trouve ça bien. Ensuite chaque interne présente ses patients : « le jeune de {{22 ans}} avec la plaie à la main, sutures faites », « la dame de {{67 ans}}, on attend la troponine de {{14h}} ». {{9 patients}} attendent un lit d'hospitalisation, dont {{4 patients}} depuis plus de {{24 h}}. Le cadre a appelé tous les services à {{8h}} et à {{12h}} : zéro lit. Tout ça en {{20 minutes}}, debout devant le tableau.",
    ),
    (
        "urgences",
        AP,
        "Sortie compliquée : l'AS des urgences prépare le retour à domicile de Mme [[PERSONNE:Goasdoué]]. Elle appelle le {{SAAD}} puis vérifie les droits {{APL}} sur le portail partenaire de la {{Caf}} avec le n° alloc [[N_ALLOCATAIRE:3302189]]. {{40 min}} au téléphone pour une sortie.",
    ),
]

# ---------------------------------------------------------------- Urgences, accueil téléphonique
NOTES += [
    (
        "urgences",
        AT,
        "Appel d'une famille : « Ma mère a été amenée cette nuit vers {{3h}}, [[PERSONNE:Yvonne Le Guen]], née le [[DATE_NAISSANCE:2 juillet 1931]]. » La secrétaire vérifie avant de répondre : oui, elle est en {{UHCD}}. Aucune info médicale au téléphone, le médecin rappellera avant {{12h}}.",
    ),
    (
        "urgences",
        AT,
        "Le téléphone de l'accueil sonne toutes les {{3 min}}. La moitié : des familles. Le reste : des gens qui demandent s'ils doivent venir. Réponse standard : « appelez {{le 15}} ».",
    ),
    (
        "urgences",
        AT,
        "{{23h15}}, un homme appelle pour savoir si son frère est là. « Son nom et sa date de naissance ? » — « [[PERSONNE:Sébastien Carré]]… né en [[DATE_NAISSANCE:quatre-vingt-deux]], le jour je sais plus ». Sans la date complète elle ne peut rien confirmer. Il raccroche en colère au bout de {{2 min}}.",
    ),
    (
        "urgences",
        AT,
        "Appel de la {{Pharmacie du Colombier}} : ordonnance de sortie illisible. La secrétaire transmet au Dr [[PERSONNE:Abgrall]] qui rappelle la pharmacie {{10 min}} plus tard.",
    ),
    (
        "urgences",
        AT,
        "une dame laisse son numero pour que le medecin la rappelle : [[TELEPHONE:06 03 91 48 25]]. c'est pour son mari, M. [[PERSONNE:Renaud]], arrivé a {{14h}}, {{box 9}}. elle rappelle 2 fois dans l'heure.",
    ),
    (
        "urgences",
        AT,
        "L'{{EHPAD Ker Anna}} prévient : ils envoient une résidente de {{93 ans}}, chute, suspicion de fracture du col. Ambulance dans {{20 min}}. La secrétaire prépare déjà le dossier.",
    ),
    (
        "urgences",
        AT,
        "Un patient sorti hier n'a pas reçu son compte rendu. Il propose de le recevoir par mail, [[EMAIL:f.aubert@wanadoo.fr]]. La secrétaire refuse finalement : pas de mail non sécurisé, envoi par {{La Poste}} sous {{48 h}}.",
    ),
    (
        "urgences",
        AT,
        "Un père anglophone : son fils [[PERSONNE:Jack]] a été amené par le {{SAMU}}. Date of birth « [[DATE_NAISSANCE:April 3rd, 2008]] ». La secrétaire traduit pour le logiciel : [[DATE_NAISSANCE:03/04/2008]]. Oui, il est là, {{16 ans}}, en radiologie.",
    ),
    (
        "urgences",
        AT,
        "Le {{CH de Vitré}} appelle pour un transfert, il cherche une place en {{UHCD}} : {{0 lit disponible}}. Ils appelleront {{Pontchaillou}}.",
    ),
    (
        "urgences",
        AT,
        "La secrétaire note les rappels à faire sur un post-it jaune : résultats de prise de sang pour le {{box 7}}, contrôle plâtre le {{lundi 17}} à {{9h}}, consultation ortho dans {{10 jours}}, taxi pour {{18h}}.",
    ),
    (
        "urgences",
        AT,
        "Appel de la {{police nationale}} : un véhicule volé, [[IMMATRICULATION:DW-642-FH]], aurait été vu sur le parking des urgences. La sécurité fait le tour en {{15 min}}. Rien.",
    ),
    (
        "urgences",
        AT,
        "Appel de {{15h20}}. « Ma fille [[PERSONNE:Chloé]], née le [[DATE_NAISSANCE:seize février deux mille un]]. » La secrétaire entend « six » et cherche [[DATE_NAISSANCE:06/02/2001]] : rien. Avec [[DATE_NAISSANCE:16/02/2001]] c'est bon, elle est au {{box 11}}.",
    ),
    (
        "urgences",
        AT,
        "Un assureur ({{MAIF}}) appelle pour un accident de la route du {{3 février}} et donne son n° de sinistre, [[IDENTIFIANT:SIN 7781-2024-566]]. Il veut savoir si le patient est hospitalisé. La secrétaire refuse de donner quoi que ce soit, {{secret médical}}.",
    ),
    (
        "urgences",
        AT,
        "Pic d'appels à {{18h}} : {{9 appels}} en {{20 min}}. [[PERSONNE:Maëlle]] met des gens en attente pendant qu'elle accueille les ambulances à la vitre. Elle fait les deux en même temps, impressionnant.",
    ),
]

# ---------------------------------------------------------------- CHRS, accueil physique
NOTES += [
    (
        "chrs",
        AP,
        "Entretien d'admission avec l'éducateur, [[PERSONNE:Romain]]. M. [[PERSONNE:Dimitri Popescu]], {{34 ans}}, né le [[DATE_NAISSANCE:11/11/1990]] à {{Constanța}} ({{Roumanie}}). Orienté par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO-35-2024-4471]]. Il aura la {{chambre 12}}, au premier. [[PERSONNE:Romain]] lui lit le règlement : repas à {{19h}}, pas de visite dans les chambres, retour avant {{23h}}. M. [[PERSONNE:Popescu]] a travaillé {{6 ans}} dans le bâtiment en {{Italie}} avant d'arriver en {{France}} en {{2022}}. Il pose surtout des questions sur l'inscription à {{France Travail}} et sur la {{carte Vitale}}, il a déjà tout noté dans un carnet.",
    ),
    (
        "chrs",
        AP,
        "Petit-déj de {{7h30}} à {{9h}}. {{42 places}}, {{38 occupées}}. Les résidents passent au bureau pour le courrier, les tickets de bus, les rdv. Quelqu'un a mis de la musique dans la cuisine, ambiance plutôt calme.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Samia]], résidente, demande de l'aide pour son titre de séjour : récépissé n° [[IDENTIFIANT:3502113380]], rdv en {{préfecture}} le {{2 mai}} à {{8h45}}. Elle a peur de rater le bus, l'éducatrice lui imprime l'itinéraire.",
    ),
    (
        "chrs",
        AP,
        "Contrat de séjour signé avec Mme [[PERSONNE:Ramata Coulibaly]] (« né(e) en [[DATE_NAISSANCE:1993]] » sur l'attestation, sans jour ni mois) et ses enfants [[PERSONNE:Fatou]] ({{6 ans}}) et [[PERSONNE:Ibrahim]] ({{2 ans}}). N° allocataire [[N_ALLOCATAIRE:8846213]] pour la participation. Durée {{6 mois}} renouvelable, participation {{10 %}} des ressources.",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe à {{14h}}, [[PERSONNE:Gaëlle]] anime. Point logement : {{5 sorties}} depuis {{janvier}}. Le frein, pour tous, c'est le délai du {{logement social}}.",
    ),
    (
        "chrs",
        AP,
        "L'éducatrice crée une adresse mail à un résident pour ses démarches ({{France Travail}}, {{Caf}}) : [[EMAIL:k.benyahia.2024@gmail.com]]. Mot de passe noté sur un papier plié dans son portefeuille. Son numéro, pour le compte : [[TELEPHONE:07 69 11 84 52]]. Il a {{58 ans}} et n'avait jamais eu de mail.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Haile]], érythréen, arrivé en {{France}} en {{2019}}. Sur son titre de séjour : [[DATE_NAISSANCE:01/01/1998]]. Lui dit être né « pendant la saison des pluies de [[DATE_NAISSANCE:1997]] ». L'éduc explique que pour l'administration seule la date du titre compte.",
    ),
    (
        "chrs",
        AP,
        "Un résident belge voudrait que sa participation soit prélevée sur son compte, [[IBAN:BE58 0630 4128 7679]]. Le comptable : on ne prélève pas, il doit faire un virement ou payer au bureau avant le {{5 du mois}}. Montant ce mois-ci : {{48 €}}.",
    ),
    (
        "chrs",
        AP,
        "Le chef de service me donne des chiffres : accueil {{de 18 à 75 ans}}, moyenne d'âge {{41 ans}}, séjour moyen {{11 mois}}. Les plus jeunes sortent de l'{{ASE}} à {{18 ans}} « avec un sac poubelle et rien d'autre ».",
    ),
    (
        "chrs",
        AP,
        "Un résident a une voiture immatriculée en {{Espagne}} ([[IMMATRICULATION:4821 KLM]]) et dort dedans quand ça se tend dans la chambre. L'éducateur lui rappelle que le parking ferme à {{23h}}.",
    ),
    (
        "chrs",
        AP,
        "Admission d'urgence : jeune de {{19 ans}} sorti de l'{{ASE}}. « Date de naissance ? » — « [[DATE_NAISSANCE:Deux mai deux mille cinq]]. » Prénom : [[PERSONNE:Kevin]]. L'éducatrice lui fait visiter, il ne dit presque rien, il garde sa capuche.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Jérôme]], résident depuis {{4 mois}}, récupère son courrier : lettre de {{France Travail}} avec l'identifiant [[ID_FRANCE_TRAVAIL:3457821T]] en haut. Convocation {{jeudi 9}} à {{10h}}. L'éduc l'aide à le noter dans son agenda.",
    ),
    (
        "chrs",
        AP,
        "Les chambres : {{2 lits}}, une armoire, un lavabo, douches sur le palier. [[PERSONNE:Mustapha]], qui est là depuis {{juillet}}, me dit que ce qui lui manque le plus c'est « fermer une porte à clé ».",
    ),
    (
        "chrs",
        AP,
        "Ouverture des droits {{PUMa}} : l'éducatrice recopie l'attestation de M. [[PERSONNE:Rachid El Amrani]], NIR [[NIR:1 88 03 99 350 066 04]], né à {{Casablanca}} le [[DATE_NAISSANCE:17 mars 1988]].",
    ),
    (
        "chrs",
        AP,
        "Un résident fête ses {{50 ans}} aujourd'hui, l'équipe a fait un gâteau au chocolat. Il dit qu'il n'avait pas fêté son anniversaire depuis {{15 ans}}. Silence un peu gêné, puis tout le monde chante.",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Jacquet]] a quitté son logement après des violences. Ancienne adresse : [[ADRESSE:27 rue Alphonse Guérin, 35000 Rennes]]. L'éduc lui redit que sa nouvelle adresse ne sera jamais communiquée à l'ex-conjoint. Plainte déposée le {{8 janvier}}, suivi par le {{CIDFF}}.",
    ),
]

# ---------------------------------------------------------------- CHRS / 115, accueil téléphonique
NOTES += [
    (
        "chrs",
        AT,
        "Écoutant du {{115}} : [[PERSONNE:Fabrice]]. Appel d'un homme seul, « [[PERSONNE:Ahmed]], né le [[DATE_NAISSANCE:5 mars 1976]] ». Pas de place ce soir, liste d'attente, rappel à {{17h}}.",
    ),
    (
        "chrs",
        AT,
        "Ce soir {{63 demandes}} non pourvues. À {{19h}} plus aucune place en {{hébergement d'urgence}} sur la métropole. Les écoutants proposent des duvets et les horaires des maraudes.",
    ),
    (
        "chrs",
        AT,
        "Femme avec deux enfants qui appelle depuis le téléphone d'une passante. Elle s'appelle [[PERSONNE:Olga]], ukrainienne. Numéro de la passante pour rappeler : [[TELEPHONE:06 27 58 30 14]]. Mise à l'abri : {{hôtel Première Classe}}, {{chambre 214}}.",
    ),
    (
        "chrs",
        AT,
        "Famille à la rue, enfants de {{14, 9 et 4 ans}}. Pour la fiche {{SIAO}} l'écoutant demande les dates de naissance : « [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2020]] », les jours on verra plus tard. Priorité famille → {{gymnase}} ce soir. Les parents sont arrivés du {{Congo}} il y a {{10 jours}}, {{3 nuits}} à la {{gare}} puis chez un compatriote. L'écoutant leur dit de venir avant {{20h}}, avec les papiers s'ils en ont. Le père demande s'il y aura du lait pour la petite : « oui, la {{Croix-Rouge}} passe ». Fin d'appel {{18h42}}.",
    ),
    (
        "chrs",
        AT,
        "Rappel d'un homme connu, n° {{SIAO}} [[IDENTIFIANT:35-0045127]], sur liste depuis {{12 jours}}. L'écoutant vérifie dans {{SI-SIAO}} : rien. Il lui propose l'accueil de jour du {{Puzzle}} demain à {{9h}}.",
    ),
    (
        "chrs",
        AT,
        "L'écoutante m'explique la priorisation : femmes enceintes, enfants de moins de {{3 ans}}, personnes malades. « On choisit qui dort dehors, c'est ça le boulot. » Elle fait ça depuis {{2016}}.",
    ),
    (
        "chrs",
        AT,
        "Jeune homme, fort accent, date de naissance « [[DATE_NAISSANCE:sept onze deux mille]] ». L'écoutant tape [[DATE_NAISSANCE:07/11/2000]] puis le jeune corrige : « non, [[DATE_NAISSANCE:onze juillet]] ! ». Il a {{24 ans}}, dort à la {{gare}} depuis {{lundi}}.",
    ),
    (
        "chrs",
        AT,
        "Un couple dort dans sa voiture depuis {{3 semaines}} sur le parking du {{Carrefour}} de {{Cesson}}. Plaque : [[IMMATRICULATION:ew-218-pn]] (l'écoutant l'écrit en minuscules, pour la maraude).",
    ),
    (
        "chrs",
        AT,
        "Fiche d'évaluation 115 remplie en direct :\nNom : [[PERSONNE:MENDY]]\nPrénom : [[PERSONNE:Jean-Baptiste]]\nDDN : [[DATE_NAISSANCE:30-08-1964]]\nNationalité : {{française}}\nRessources : {{RSA}}\nDernière nuit : {{gare}}",
    ),
    (
        "chrs",
        AT,
        "Un commerçant appelle : « il y a un monsieur allongé devant ma boutique depuis ce matin, il dort dans sa camionnette d'habitude, une allemande, [[IMMATRICULATION:HH-KL 4821]] ». Maraude du {{Samu social}} déclenchée. Le commerçant ne donne pas son nom. {{3 min}}.",
    ),
    (
        "chrs",
        AT,
        "Une travailleuse sociale de la {{PMI}} appelle pour une maman qui sort de la maternité {{lundi}}. Elle envoie la demande {{SIAO}} par mail et donne son adresse pro pour la réponse : [[EMAIL:a.lebreton@ille-et-vilaine.fr]].",
    ),
    (
        "chrs",
        AT,
        "La maman en question, [[PERSONNE:Aïcha]], a accouché le [[DATE_NAISSANCE:16 janvier]] : bébé de {{4 jours}}. Aucune solution pour la sortie de l'{{Hôpital Sud}}, prévue {{vendredi}}. L'écoutante passe le dossier en priorité absolue et appelle la cheffe de service.",
    ),
    (
        "chrs",
        AT,
        "Un homme donne son numéro pour le rappel de {{17h}} : « [[TELEPHONE:06, 45, 71, 09, 28]] ». Plus de crédit, il ne peut pas rappeler lui-même, il attendra devant le {{Point d'eau}}.",
    ),
    (
        "chrs",
        AT,
        "Stats du jour sur le tableau : {{112 appels}}, {{41 personnes}} différentes, dont {{9 enfants}} de moins de {{10 ans}}. Âge moyen des hommes seuls : {{38 ans}}.",
    ),
    (
        "chrs",
        AT,
        "« Vous êtes né en quelle année monsieur ? » « En [[DATE_NAISSANCE:1959]]. » Donc {{65 ans}} : l'écoutant l'oriente vers l'accueil de nuit réservé aux plus de {{60 ans}}, plus calme.",
    ),
    (
        "chrs",
        AT,
        "Une jeune femme mise dehors par son copain dit qu'on peut la joindre sur {{Insta}}, [[IDENTIFIANT:@lou.bzh35]], son forfait est coupé. L'écoutante explique qu'on ne contacte personne par réseau social, rappel au {{115}} à {{20h}}.",
    ),
]

# ---------------------------------------------------------------- CHRS, contrôle sur place (tour des chambres)
NOTES += [
    (
        "chrs",
        CS,
        "Tour des chambres avec la veilleuse, [[PERSONNE:Nadège]], à {{21h}}. {{Chambre 3}} : rien à signaler. {{Chambre 5}} : M. [[PERSONNE:Lucas]] pas rentré, absence notée (au bout de {{3 nuits}} la place est perdue).",
    ),
    (
        "chrs",
        CS,
        "Visite sécurité incendie des chambres : pas de plaque électrique, pas de bougie. {{2 chambres}} avec une bouilloire, interdite. L'éducateur ne confisque pas, il discute et repasse {{demain}}.",
    ),
    (
        "chrs",
        CS,
        "{{Chambre 6}}, Mme [[PERSONNE:Nowak]] : une carte d'anniversaire sur la table, « {{60 ans}} ». Elle rit : « [[DATE_NAISSANCE:9 septembre 1964]], retenez-le ! ». Chambre impeccable, plantes sur le rebord.",
    ),
    (
        "chrs",
        CS,
        "Appartement diffus du {{CHRS}}, en ville : visite chez M. et Mme [[PERSONNE:Da Costa]], logés au [[ADRESSE:9 rue Papu, appt B12, 35000 Rennes]]. Tout est propre, un petit souci de chasse d'eau à signaler au bailleur, {{Néotoa}}.",
    ),
    (
        "chrs",
        CS,
        "Chambre famille : une mère et ses trois enfants de {{11, 7 et 2 ans}} dans {{20 m²}}. Le plus petit dort avec elle. Demande de chambre plus grande en attente depuis {{février}}.",
    ),
    (
        "chrs",
        CS,
        "L'éducateur vérifie que les médicaments sont dans l'armoire fermée. M. [[PERSONNE:Guérin]] a un pilulier préparé par la {{pharmacie Saint-Hélier}} ({{9 médicaments}} par jour), son n° d'adhérent mutuelle scotché dessus : [[IDENTIFIANT:MUT-882104537]].",
    ),
    (
        "chrs",
        CS,
        "Dans la chambre de [[PERSONNE:Yaw]], un classeur avec tous ses papiers, rangés par couleur. Son acte de naissance ghanéen, en anglais : [[DATE_NAISSANCE:12th March 1991]]. Des post-it partout : « rdv {{OFII}} {{15/04}} », « {{CADA}} ? ».",
    ),
    (
        "chrs",
        CS,
        "{{22h30}}, deux résidents regardent le match dans la salle commune, [[PERSONNE:Loïc]] (l'éduc de nuit) tolère jusqu'à {{23h}}. Dans le couloir un résident demande une couverture de plus.",
    ),
    (
        "chrs",
        CS,
        "{{Chambre 8}} : M. [[PERSONNE:Moreau]] a rentré son vélo dans la chambre, c'est interdit. Discussion. Il a peur qu'on le lui vole comme le précédent, un {{Décathlon}} volé devant la {{gare}}.",
    ),
    (
        "chrs",
        CS,
        "Avant d'entrer, l'éducatrice relit la fiche : « [[PERSONNE:SOW Mariama]], ddn [[DATE_NAISSANCE:03/10/1987]], entrée le {{12/09/2023}}, {{chambre 14}} ». Elle vérifie juste que tout va bien, [[PERSONNE:Mariama]] dort déjà.",
    ),
]

# ---------------------------------------------------------------- France Travail, accueil physique
NOTES += [
    (
        "france_travail",
        AP,
        "Inscription d'un jeune de {{18 ans}}. [[PERSONNE:Laure]] saisit l'identité : [[PERSONNE:Mattéo Guillard]], né le [[DATE_NAISSANCE:27/06/2006]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:6120458M]]. Elle lui parle tout de suite du {{CEJ}} ({{contrat d'engagement jeune}}), {{jusqu'à 528 €}} par mois. Questionnaire : {{CAP cuisine}} pas terminé, pas de permis, pas de voiture. Il vit chez sa mère à {{Chantepie}}. [[PERSONNE:Laure]] lui explique les {{15 heures}} d'activité, il a l'air perdu. Rdv fixé le {{mardi 12}} à {{9h30}} avec un conseiller jeunes. Il repart avec un papier plié en quatre, son identifiant dessus.",
    ),
    (
        "france_travail",
        AP,
        "{{8h30}}, ouverture, {{15 personnes}} dehors. Accueil sans rdv jusqu'à {{12h30}}, l'après-midi sur convocation. Les écrans de la salle font défiler des offres : « cariste H/F », « aide à domicile », « plongeur ».",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Kerboriou]] : son {{ARE}} n'est pas tombée. Identifiant [[ID_FRANCE_TRAVAIL:2847611 B]]. Actualisation faite {{le 16}} au lieu {{du 15}} → paiement décalé. L'agent vérifie quand même le RIB enregistré, [[IBAN:18206 00043 60412873501 24]] : il est bon.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV, {{8 participants}}. Le conseiller projette un CV modèle au nom de [[PERSONNE:Sophie Martin]], née en [[DATE_NAISSANCE:1990]]. Il explique qu'on ne met plus ni date de naissance ni photo, éventuellement l'âge. Une participante : « et si on a {{55 ans}} ? » Silence.",
    ),
    (
        "france_travail",
        AP,
        "L'agent m'explique les {{15 heures}} d'activité pour les allocataires du {{RSA}} depuis {{janvier 2025}}. Beaucoup d'inquiétude, beaucoup de questions au guichet, « on n'a pas toutes les réponses ».",
    ),
    (
        "france_travail",
        AP,
        "Mise à jour des coordonnées de Mme [[PERSONNE:Lebreton]] (identifiant [[ID_FRANCE_TRAVAIL:1093384W]]) : nouveau portable [[TELEPHONE:07 52 30 61 88]], mail [[EMAIL:chrystele.lebreton56@gmail.com]]. Elle ne recevait plus les convocations ({{2 rdv}} manqués) et a été radiée {{1 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "Senior de {{59 ans}}, licencié après {{31 ans}} dans la même usine ({{PSA La Janais}}). Droits {{ARE}} ouverts jusqu'en {{novembre 2026}}. Son dernier CV date de {{1993}}, écrit à la main. La conseillère lui propose l'atelier du {{mardi}}.",
    ),
    (
        "france_travail",
        AP,
        "« Votre identifiant ? » — il ne l'a pas, le courrier de {{France Travail}} est resté chez son frère. « Nom et date de naissance alors. » « [[PERSONNE:Saïd Belkacem]], [[DATE_NAISSANCE:12/12/1985]]. » Trouvé en {{1 min}} : [[ID_FRANCE_TRAVAIL:5509132F]]. L'agent le lui écrit sur un post-it, « gardez-le dans votre portefeuille ».",
    ),
    (
        "france_travail",
        AP,
        "Portefeuille de [[PERSONNE:Agnès]], conseillère : {{280 demandeurs}} en suivi « guidé ». Elle voit chaque personne tous les {{3 mois}} en moyenne. « C'est pas de l'accompagnement, c'est du pointage. »",
    ),
    (
        "france_travail",
        AP,
        "Femme syrienne, ingénieure en génie civil, diplômes à faire reconnaître ({{ENIC-NARIC}}). Sur sa traduction assermentée la date est écrite [[DATE_NAISSANCE:1988/04/15]]. Arrivée en {{2022}}, carte de résident de {{10 ans}}. Identifiant [[ID_FRANCE_TRAVAIL:4472019K]].",
    ),
    (
        "france_travail",
        AP,
        "Le monsieur est passé à la {{Société Générale}}, l'agent l'aide à modifier son IBAN dans l'espace perso : [[IBAN:FR76 3000 3023 7100 0503 9182 284]]. Pris en compte au prochain paiement, {{début du mois}}.",
    ),
    (
        "france_travail",
        AP,
        "Jeune qui veut être ambulancier, il lui faut le permis : aide au permis jusqu'à {{1 200 €}}. Dans son dossier une amende pour conduite sans permis avec la voiture de son oncle, [[IMMATRICULATION:CZ-773-LM]]. Identifiant [[ID_FRANCE_TRAVAIL:7026615H]]. Le conseiller dit que ça ne bloque pas l'aide, ni l'entrée à l'{{IFA}} de {{Rennes}}.",
    ),
    (
        "france_travail",
        AP,
        "« Vous êtes de [[DATE_NAISSANCE:66]], donc plus de {{55 ans}} à la fin du contrat : la durée max d'indemnisation est plus longue. » Le monsieur ne le savait pas, il demande de répéter. Sa rupture conventionnelle date du {{31 mars}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier numérique animé par [[PERSONNE:Sylvie]] : {{6 personnes}}, apprendre à s'actualiser sur l'appli. Une dame n'a jamais tenu une souris. {{1h30}}, personne ne part avant la fin.",
    ),
    (
        "france_travail",
        AP,
        "Écran d'inscription :\nNom de naissance [[PERSONNE:TRAN]]\nNom d'usage [[PERSONNE:LECOMTE]]\nPrénom [[PERSONNE:Mai]]\nNé(e) le [[DATE_NAISSANCE:19/01/1979]] à {{Hô Chi Minh-Ville}}\nL'agente bloque sur le pays de naissance, le menu propose « {{Viet Nam}} » en deux mots.",
    ),
    (
        "france_travail",
        AP,
        "Changement d'adresse, il a déménagé : [[ADRESSE:11 rue Pasteur, 35500 Vitré]]. Son dossier part à l'agence de {{Vitré}}, il aura un nouveau conseiller dans {{15 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "Affiche à l'entrée : « Salon de l'emploi saisonnier le {{18 mars}}, {{9h-17h}}, {{Parc Expo}} ». Le conseiller pousse une jeune de {{20 ans}} à y aller avec {{10 CV}} imprimés.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Yannick]], conseiller, a été lui-même demandeur d'emploi en {{2009}} : « j'avais {{45 ans}}, j'étais de [[DATE_NAISSANCE:64]], on me disait trop vieux ». Il dit que ça l'aide à comprendre les gens en face.",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'un ressortissant espagnol, {{DNI}} n° [[IDENTIFIANT:48392017V]]. Date de naissance sur le document : [[DATE_NAISSANCE:02/03/1995]] (jour/mois, comme chez nous, l'agente vérifie quand même). Il parle bien français, il a travaillé {{2 ans}} à {{Bordeaux}}.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller entreprise reçoit un patron du {{BTP}} qui cherche {{3 maçons}}. Offre n° {{178QKRW}} publiée en {{15 min}}. « Des maçons, on n'en a pas », dit le conseiller après.",
    ),
    (
        "france_travail",
        AP,
        "Dame de {{62 ans}}, née le [[DATE_NAISSANCE:1er mai 1962]] à {{Quimper}} (NIR [[NIR:2 62 05 29 232 008 55]] vérifié pour retrouver sa carrière). Elle veut savoir quand elle pourra partir. Le conseiller l'envoie vers la {{Carsat}} et {{info-retraite.fr}}.",
    ),
    (
        "france_travail",
        AP,
        "Pour un dispositif {{RSA}} l'agente demande le n° alloc : [[N_ALLOCATAIRE:4417809]]. M. [[PERSONNE:Boulanger]], qui est d'ailleurs {{boulanger}} de métier, il cherche un poste de nuit.",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur dicte son identifiant au {{guichet 3}} : « [[ID_FRANCE_TRAVAIL:zéro huit trois, quarante-cinq, soixante et un, P]] », « P comme {{Paul}} » précise-t-il. L'agent trouve du premier coup, en {{1 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Un jeune de {{16 ans}} veut s'inscrire. L'agente explique qu'à son âge c'est plutôt la {{Mission locale}}, qui suit jusqu'à {{25 ans}}. Il repart avec l'adresse de la {{Mission locale}} du {{Blosne}}.",
    ),
]

# ---------------------------------------------------------------- France Travail, accueil téléphonique
NOTES += [
    (
        "france_travail",
        AT,
        "Appel au {{3949}}, la conseillère demande l'identifiant ou nom + date de naissance. « [[PERSONNE:Hélène Bréhat]], née un [[DATE_NAISSANCE:14 juillet]], comme la {{fête nationale}}, en [[DATE_NAISSANCE:75]]. » Dossier trouvé en {{30 secondes}}.",
    ),
    (
        "france_travail",
        AT,
        "La moitié des appels concernent l'actualisation. [[PERSONNE:Rozenn]], responsable d'équipe : {{2 conseillers sur 8}} absents aujourd'hui, durée moyenne {{7 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Le monsieur donne son identifiant : [[ID_FRANCE_TRAVAIL:7738105 R]]. Trop-perçu de {{640 €}}. La conseillère explique la retenue sur les prochaines allocations, {{20 %}} par mois.",
    ),
    (
        "france_travail",
        AT,
        "Appel de {{9h12}} sur le {{3949}} : « le [[DATE_NAISSANCE:1er du 10]]… [[DATE_NAISSANCE:octobre 80]] ». La conseillère tape [[DATE_NAISSANCE:01/10/1980]] : rien. Il avait été inscrit avec [[DATE_NAISSANCE:10/01/1980]] il y a {{5 ans}} ! Correction demandée.",
    ),
    (
        "france_travail",
        AT,
        "Une jeune femme n'arrive plus à se connecter. Adresse du compte : [[EMAIL:jade.moreau[at]outlook.fr]], identifiant [[ID_FRANCE_TRAVAIL:2256180N]]. Elle pensait s'être inscrite avec {{hotmail}}. Réinitialisation du mot de passe par {{SMS}}, {{5 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Rappel de la règle : actualisation {{du 28 au 15}} du mois suivant. La personne au bout du fil l'a faite {{le 16}} : droits suspendus. Elle a {{48 h}} pour régulariser, la conseillère le fait avec elle.",
    ),
    (
        "france_travail",
        AT,
        "Une recruteuse appelle : M. [[PERSONNE:Lopes]], identifiant [[ID_FRANCE_TRAVAIL:9026543L]], ne s'est pas présenté à l'entretien de {{14h}} chez {{Intermarché}}. Elle s'appelle [[PERSONNE:Stéphanie]] et laisse son portable : [[TELEPHONE:06 14 87 52 39]].",
    ),
    (
        "france_travail",
        AT,
        "Une mère pour son fils de {{17 ans}}, décrocheur. Orientation {{Mission locale}}. Le fils, [[PERSONNE:Dylan]], né le [[DATE_NAISSANCE:3 novembre 2007]], est à côté d'elle mais ne veut pas parler.",
    ),
    (
        "france_travail",
        AT,
        "Quelqu'un veut juste les horaires de l'agence de {{Rennes Sud}}. Réponse en {{30 secondes}}, après {{14 min}} d'attente. Absurde.",
    ),
    (
        "france_travail",
        AT,
        "Un {{Britannique}}, en anglais. Date of birth « [[DATE_NAISSANCE:09/04/1983]] ». La conseillère : « day first or month first? » — « month first! ». Donc [[DATE_NAISSANCE:04/09/1983]] pour nous. Elle me dit que ça lui arrive {{1 fois par semaine}}.",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur rentré d'{{Allemagne}} veut être payé sur son compte allemand : [[IBAN:DE76 5001 0517 0648 2915 37]]. Possible, zone {{SEPA}}, mais il doit le mettre lui-même dans l'espace perso.",
    ),
    (
        "france_travail",
        AT,
        "Dossier de fin de droits : ouverture le {{2 mai 2023}}, fin le {{1er novembre 2024}}, {{548 jours}} indemnisés. La conseillère explique l'{{ASS}} au monsieur de {{58 ans}}, il prend des notes.",
    ),
    (
        "france_travail",
        AT,
        "Pour retrouver un ancien dossier de {{2016}}, la conseillère demande le numéro de sécu : [[NIR:1 96 10 72 181 302 49]]. M. [[PERSONNE:Pottier]], né au {{Mans}} en [[DATE_NAISSANCE:octobre 96]]. Trouvé, fusionné.",
    ),
    (
        "france_travail",
        AT,
        "Dame née en {{Guadeloupe}}, son dossier porte un NIR erroné. Elle lit le bon : [[NIR:2 92 01 97 105 033 82]], DDN [[DATE_NAISSANCE:25/01/1992]] à {{Basse-Terre}}. Correction transmise au service.",
    ),
    (
        "france_travail",
        AT,
        "Entretien téléphonique de suivi avec Mme [[PERSONNE:Fontaine]] (identifiant [[ID_FRANCE_TRAVAIL:6630912D]]) — « comme une {{fontaine}} » dit-elle. {{44 ans}}, cherche comme aide-soignante depuis {{2023}}. Proposition : formation à l'{{IFAS}} de {{Pontivy}}.",
    ),
    (
        "france_travail",
        AT,
        "Coupure réseau à {{11h}}, {{10 min}} sans logiciel. [[PERSONNE:Kévin]] prend les infos sur papier et rappelle les gens ensuite. « Ça arrive tous les mois. »",
    ),
]


MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the text, its entities and its keep list."""
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
            if value != value.strip():
                raise ValueError(f"value {value!r} has surrounding spaces")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value != value.strip():
                raise ValueError(f"keep {value!r} has surrounding spaces")
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


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if channel not in SITE_CHANNELS[site_kind]:
            raise ValueError(f"note {number}: {site_kind}/{channel} is not a cell of the corpus")
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


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified 50/50 split by site kind x channel with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[dict]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(cells):
        cell = list(cells[key])
        rng.shuffle(cell)
        half = len(cell) // 2
        dev.extend(cell[:half])
        holdout.extend(cell[half : 2 * half])
        if len(cell) % 2:
            leftovers.append(cell[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = build()
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
