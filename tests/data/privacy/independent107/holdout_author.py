"""Independent evaluation corpus n° 107 for the anonymiser, written by hand.

Each note is a ``(site_kind, channel, text)`` tuple. In the text, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string that must be kept; ``parse`` strips the marks and
computes the offsets. Running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it
(standard library only, deterministic: two runs give byte-identical files).

Emphasis: identifiers of people who come from abroad, at counters in Grand Est.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind107"
SEED = 107
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

# Notes 001-035.
BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h40}}, ticket {{A032}}. Mme [[PERSONNE:Khadija El Idrissi]] (sur le passeport marocain c'est écrit [[PERSONNE:KHADIDJA IDRISSI]], sans particule) vient pour la {{PAJE}}. L'agent, [[PERSONNE:Romain]], tape les deux orthographes, le logiciel trouve rien. Récépissé n° [[IDENTIFIANT:6704129883]] valable jusqu'au {{12/09}}. Il explique l'article {{L.512-2}} : faut le titre pour les prestas familiales. Elle a déjà un n° alloc ouvert à {{Mulhouse}} : [[N_ALLOCATAIRE:2284517]]. {{22 min}} en tout.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Carte vitale de M. [[PERSONNE:Youssef Benchekroun]] passée dans le lecteur : [[NIR:1 87 04 99 350 112 23]]. L'agente ([[PERSONNE:Sandrine]]) me montre : le {{99}} = né à l'étranger, {{350}} = {{Maroc}}. Il vient pour la {{CSS}}, il bosse en intérim chez {{Manpower}} à {{Schiltigheim}}. Elle lui demande l'avis d'imposition {{2023}}, il l'a pas sur lui. Revient {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{10h05}} – une dame veut savoir si le {{CCAS}} fait encore les colis de {{Noël}} pour les plus de {{65 ans}}. Réponse : oui mais inscription avant le {{15 novembre}}, au {{1er étage}}. Elle dit merci {{3 fois}} et raccroche. {{2 min 30}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} – appel d'un homme depuis la gare de {{Metz}}, parle pas bien français, l'écoutante [[PERSONNE:Nadège]] passe en anglais. Il dit s'appeler [[PERSONNE:Abdulrahman]]… puis épelle [[PERSONNE:A-B-D-U-L-R-A-H-M-A-N A-H-M-A-D-Z-A-I]]. Afghan, {{26 ans}}, arrivé d'{{Allemagne}} hier en {{Flixbus}}. Pas de place ce soir, elle propose le {{gymnase}} de {{Borny}} (plan grand froid), bus {{L1}}. Il a qu'un numéro allemand : [[TELEPHONE:+49 1577 3920 561]]. Fiche {{SI-SIAO}} n° [[IDENTIFIANT:57-2024-11873]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Oleksandr Bondarenko]], ukrainien, protection temporaire. L'{{APS}} est au nom de [[PERSONNE:Aleksandr Bondarenko]], le passeport dit [[PERSONNE:OLEKSANDR BONDARENKO]] et sur le dossier France Travail c'est [[PERSONNE:Olexandr]]… 3 orthographes pour le même homme 🙄. Passeport [[IDENTIFIANT:FJ630917]], APS n° [[IDENTIFIANT:5704926137]] valable {{6 mois}}. Identifiant [[ID_FRANCE_TRAVAIL:4516207K]]. Le conseiller [[PERSONNE:Julien Kieffer]] corrige à la main, « la {{Dreets}} verra ». Il cherche cariste, a le {{CACES R489}} passé à {{Kyiv}}, pas reconnu ici.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{14h20}} urgences de {{Hautepierre}}. L'{{IOA}} [[PERSONNE:Léa]] enregistre un monsieur de {{82 ans}} amené par sa fille, chute dans l'escalier. La fille donne le nom : [[PERSONNE:Gérard Wendling]], né le [[DATE_NAISSANCE:3 février 1942]]. Carte vitale oubliée, recherche par nom + date. {{IPP}} retrouvé : [[IDENTIFIANT:800214775]]. {{Tri 4}}, attente annoncée {{3h}}. La fille soupire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Patrick]], contrôleur depuis {{19 ans}}. {{3e étage}} sans ascenseur, [[ADRESSE:27 rue de la Canardière, 67100 Strasbourg]]. Mme [[PERSONNE:Nowak]] déclare vivre seule avec ses {{2 enfants}}. [[PERSONNE:Patrick]] regarde la boîte aux lettres : deux noms, [[PERSONNE:NOWAK]] et [[PERSONNE:K. Zieliński]]. Elle dit que c'est l'ancien compagnon, parti en {{2022}}. Il demande les relevés de compte des {{3 derniers mois}}. Ambiance tendue. {{45 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateforme de {{Metz}}. Conseillère : [[PERSONNE:Aurélie]]. Appelante : Mme [[PERSONNE:Thiriet]], elle épelle [[PERSONNE:T H I R I E T]], prénom [[PERSONNE:Laura]]. {{NIR}} dicté d'un bloc : [[NIR:293115746320858]]. Congé mat, {{IJ}} pas reçues depuis {{6 semaines}}, l'employeur a pas envoyé l'attestation de salaire. [[PERSONNE:Aurélie]] : « je vous fais un mail récap, c'est bien [[EMAIL:laura.thiriet57@gmail.com]] ? » Oui. {{11 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation. Un jeune, [[PERSONNE:Mamadou Saliou Bah]], guinéen, dit {{19 ans}}, a une attestation de demande d'asile n° [[IDENTIFIANT:6724031177]]. L'agente, Mme [[PERSONNE:Roth]], explique que pour les demandeurs d'asile c'est la {{SPADA}} qui domicilie, pas le {{CCAS}}. Elle lui écrit l'adresse de la {{SPADA}} sur un post-it + le {{tram C}}. Il repart sans rien dire. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : le conseiller [[PERSONNE:Mehdi]] rappelle une {{DE}} pour un rdv manqué. « Bonjour, Mme [[PERSONNE:Schaeffer]] ? [[PERSONNE:Christine Schaeffer]] ? » Messagerie. Il laisse un msg : rappeler le {{3949}}. Note dans le dossier [[ID_FRANCE_TRAVAIL:0672158M]] : « msg laissé {{10h17}} ». 2e essai sur le fixe [[TELEPHONE:03 88 62 14 07]], ça sonne dans le vide.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. {{12 personnes}} à {{8h30}}, {{3 chiens}}. Le travailleur social dit que le lundi c'est toujours plein à cause du week-end. Machine à laver en panne depuis {{jeudi}}. Un monsieur demande un rasoir, y en a plus. Panneau : « DOUCHES DE {{9H}} À {{11H}} – {{15 MIN}} MAX ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Mercy}} : une femme appelle pour son mari, [[PERSONNE:Ahmet Yıldız]], amené par les pompiers ce matin. La secrétaire, [[PERSONNE:Christelle]] : « [[PERSONNE:Yildiz]] avec un i ou un y ? » Elle trouve [[PERSONNE:YILDIZ Ahmet]], né le [[DATE_NAISSANCE:11/07/1961]]. Confirme qu'il est en box mais peut rien dire de plus au tel. La femme laisse son portable : [[TELEPHONE:06 71 38 90 24]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Frontalier. M. [[PERSONNE:Thomas Gangloff]] habite {{Lauterbourg}}, bosse dans une usine à {{Offenburg}}. Question sur le différentiel : l'{{Allemagne}} paie le {{Kindergeld}} ({{255 €}} par enfant), la {{Caf}} verse juste le complément. L'agente [[PERSONNE:Yasmina]] demande l'attestation de la {{Familienkasse}}. Il veut être payé sur son compte allemand : [[IBAN:DE66 6605 0101 1023 8475 61]] – ok c'est {{SEPA}}. N° alloc [[N_ALLOCATAIRE:1739904]]. Il a eu un {{PV}} en se garant devant, plaque allemande [[IMMATRICULATION:OG-TG 412]] 😅.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de contrôle arrêt maladie avec l'agent assermenté [[PERSONNE:Didier Marchal]]. [[ADRESSE:8 impasse des Mésanges, 54500 Vandœuvre-lès-Nancy]]. Sorties autorisées {{9h}}-{{11h}} et {{14h}}-{{16h}}, on sonne à {{15h40}}. Personne. Le voisin : « [[PERSONNE:Jérôme]] ? il est parti chez {{Leroy Merlin}} ». [[PERSONNE:Didier]] laisse l'avis de passage, m'explique que sans justif sous {{48h}} les {{IJ}} sont suspendues.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Selam Tesfaye Gebremedhin]], érythréenne, réfugiée. Sur le titre : nom [[PERSONNE:GEBREMEDHIN]], prénoms [[PERSONNE:SELAM TESFAYE]]. Acte de naissance établi par l'{{OFPRA}} : née le [[DATE_NAISSANCE:01/01/1996]]. La conseillère, Mme [[PERSONNE:Becker]], me dit que beaucoup d'Érythréens sont nés « le {{1er janvier}} ». N° OFPRA [[IDENTIFIANT:2212084173]], récépissé carte de résident [[IDENTIFIANT:6712204458]]. Inscription faite, identifiant [[ID_FRANCE_TRAVAIL:5103864W]]. Pas éligible {{CEJ}}, {{28 ans}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Céline]] pour une aide facultative. Mme [[PERSONNE:Odile Hummel]], {{91 ans}}, vit seule [[ADRESSE:3 rue des Jardiniers, 88100 Saint-Dié-des-Vosges]]. Le chat s'appelle {{Minou}}. Elle nous sert un {{café}}. Frigo presque vide. [[PERSONNE:Céline]] note : portage de repas {{5 jours}} sur {{7}}, {{6,80 €}} le repas. Le fils, [[PERSONNE:Bernard]], passe le dimanche, son numéro [[TELEPHONE:06 08 41 57 33]] est scotché sur le frigo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement en diffus avec l'éduc [[PERSONNE:Karim Bensalem]]. {{T2}} au {{4e}}, [[ADRESSE:12 rue de Bourgogne, 68200 Mulhouse]]. Famille [[PERSONNE:Krasniqi]] : monsieur, madame, {{3 enfants}}. Moisissure salle de bain. Madame montre le courrier de la préfecture du {{Haut-Rhin}} : refus de titre + {{OQTF}}, dossier n° [[IDENTIFIANT:6802715530]]. [[PERSONNE:Karim]] dit qu'il faut appeler {{La Cimade}} avant {{30 jours}}. La petite [[PERSONNE:Elira]], {{10 ans}}, traduit tout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil administratif, {{HUS}}. Un homme sans papiers sur lui donne son nom : [[PERSONNE:Giorgi Kapanadze]], géorgien. L'agent tape [[PERSONNE:KAPANADZE]] : 2 résultats, un né en [[DATE_NAISSANCE:1979]], l'autre en [[DATE_NAISSANCE:1984]]. C'est le 2e. Pas d'{{AME}}, demande en cours, il montre la photo de son passeport sur son tel : [[IDENTIFIANT:15ID48291]]. Tel géorgien [[TELEPHONE:+995 599 41 27 83]]. Orienté vers la {{PASS}} après les soins.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél. {{3230}}, attente affichée {{18 min}}. Appel : quelqu'un demande si la {{prime de Noël}} tombe le {{17}}. Réponse : « versée mi-décembre, je peux pas vous donner le jour ». {{1 min}}. Appel suivant : coupure réseau. Suivant : horaires de l'accueil de {{Colmar}} → {{8h30}}-{{12h}}, l'aprem sur rdv.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{CV}}, {{6 participants}}. Le conseiller [[PERSONNE:Nicolas Weber]] projette un CV modèle au nom de [[PERSONNE:Jean Martin]]. [[PERSONNE:Dylan]] demande s'il faut une photo : non. Une dame parle de son ancien taf chez {{Auchan}} {{Illkirch}}. Offre au tableau : n° {{178QKLM}}, cariste à {{Hoerdt}}, {{11,88 €}}/h.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Couple roumain, M. [[PERSONNE:Ionuț Munteanu]] et Mme [[PERSONNE:Florentina Munteanu]]. Lui vient d'être embauché chez {{Lidl}} {{Reichstett}}. L'agente [[PERSONNE:Vanessa]] prend la carte d'identité roumaine de madame : série [[IDENTIFIANT:KX 593061]], {{CNP}} [[IDENTIFIANT:2900314123345]]. « Vous êtes de [[DATE_NAISSANCE:90]] ? » Oui. Elle explique la {{PUMa}}, {{3 mois}} de résidence. Leur voiture est garée sur la place handicapé, plaque [[IMMATRICULATION:CJ 27 FLO]] 😬.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Pereira]] pour son père, M. [[PERSONNE:Manuel Pereira da Silva]], {{87 ans}}, facture de l'{{EHPAD Les Tilleuls}} trop lourde. Elle demande l'{{ASH}}. L'agente [[PERSONNE:Sophie]] : dossier au {{CCAS}} puis transmis au département. Facture n° [[IDENTIFIANT:FH-2024-03317]] à joindre. Mail pour la liste des pièces : [[EMAIL:a.pereira.dasilva@orange.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{15h}}. Appel d'une femme avec un bébé de {{4 mois}}, à la rue depuis hier. Prénom [[PERSONNE:Jessica]], nom [[PERSONNE:Lemoine]]. Ça coupe, elle rappelle d'un autre numéro : [[TELEPHONE:07 68 12 03 95]]. L'écoutant, [[PERSONNE:Fabrice]], trouve une place à l'hôtel {{B&B}} de {{Laxou}}, {{chambre 214}}, pour {{3 nuits}}. « Vous prenez le {{tempo 2}}… non attendez le {{tram}} ». Rires.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{27 personnes}} à {{16h05}}. Écran : « délai d'attente estimé {{4h}} ». Un ado avec le bras en écharpe joue à la {{Switch}}. Une dame tricote. Vigile à l'entrée. Distributeur {{Selecta}} vide. L'{{IOA}} appelle par numéro, pas par nom : « le {{47}} ! »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Hamid Sultani]], afghan, vient avec un bénévole du {{CASAS}}, [[PERSONNE:Hervé]]. Attestation de demande d'asile, procédure normale, n° [[IDENTIFIANT:6723118846]], enregistrée le {{04/02/2024}}. Pas inscriptible tant qu'il a pas l'autorisation de travail (demande après {{6 mois}}, sur l'{{ANEF}}). [[PERSONNE:Hervé]] note tout, donne son propre tel pour le dossier : [[TELEPHONE:07 53 21 88 64]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de {{RIB}}. Mme [[PERSONNE:Sabrina Gasmi]] a changé de banque, elle tend le RIB {{La Banque Postale}} : [[IBAN:FR09 2004 1010 1504 4821 7K03 164]]. L'agent saisit, clé OK. N° alloc [[N_ALLOCATAIRE:3306518]]. L'{{APL}} du {{5}} passera sur le nouveau compte « si c'est validé avant le {{25}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Fatiha Benaïssa]], pension d'invalidité. Elle donne son numéro de sécu trop vite, la conseillère [[PERSONNE:Ophélie]] lui fait répéter lentement : « [[NIR:deux, soixante-dix-neuf, zéro six, quatre-vingt-dix-neuf, trois cent cinquante-deux, zéro quarante-cinq, seize]] ». Née à {{Tlemcen}}, {{45 ans}}. Elle voulait savoir pourquoi la pension a baissé de {{38 €}} : {{CSG}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au {{CHRS L'Étape}}. M. [[PERSONNE:Kabeya]], prénom [[PERSONNE:Jean-Pierre]] sur le titre, mais tout le monde ici l'appelle « [[PERSONNE:Papa JP]] ». Carte de résident {{10 ans}}, {{AGDREF}} [[IDENTIFIANT:6700245819]]. Orientation {{SIAO}} n° [[IDENTIFIANT:SIAO67-2024-3318]]. {{RSA}} {{607,75 €}}. Avant il dormait chez un cousin, [[ADRESSE:45 avenue de Colmar, 67100 Strasbourg]], plus possible. On lui donne la {{chambre 6}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File dehors à {{8h15}} : {{14 personnes}} avant l'ouverture. Borne à l'entrée, tickets A = rdv, B = sans rdv, C = dépôt. Le vigile dit à tout le monde de prendre B. Ticket {{B012}} appelé à {{8h52}}. L'agente dit qu'elles sont {{4 au lieu de 7}} (arrêts maladie).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un {{DE}} qui est en {{Tunisie}} pour un décès : est-ce que ça suspend son {{ARE}} ? Le conseiller [[PERSONNE:Stéphane Colin]] : « faut déclarer l'absence, au-delà de {{35 jours}} par an ça suspend ». Le DE, M. [[PERSONNE:Nizar Trabelsi]], donne son identifiant [[ID_FRANCE_TRAVAIL:2210478B]] et un numéro tunisien pour le rappeler : [[TELEPHONE:+216 98 412 730]]. Ligne qui grésille.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un livreur {{Uber Eats}} arrive à vélo, coupure à la main. Il s'appelle [[PERSONNE:Moussa]], la carte vitale dit [[PERSONNE:KEITA MOUSSA]]. L'agente [[PERSONNE:Nathalie]] : « vous êtes de quelle année ? » – « [[DATE_NAISSANCE:deux mille un]] ». Ok. Il demande si son patron sera prévenu. Non. Il garde son casque sur les genoux.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Charleville-Mézières}}. Mme [[PERSONNE:Grâce Nsimba Makiese]], belgo-congolaise, arrivée de {{Bruxelles}} il y a {{2 mois}}. Carte d'identité belge n° [[IDENTIFIANT:592-4471803-27]], registre national [[IDENTIFIANT:88.05.21-146.40]], née le [[DATE_NAISSANCE:21.05.1988]]. Elle n'a qu'un compte belge : [[IBAN:BE79 0634 5721 9033]]. L'agente [[PERSONNE:Émilie]] dit que l'aide d'urgence sera en {{chèques services}} du coup. Mme [[PERSONNE:Nsimba]] préfère ça de toute façon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} en panne (écran bleu). Le vigile colle un papier « {{HORS SERVICE}} ». {{3 personnes}} repartent sans leur attestation. Un monsieur veut imprimer depuis son téléphone, pas possible. Affiche au mur : « Pensez au compte {{Ameli}} ! » avec un {{QR code}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une {{AS}} de l'hôpital {{Émile Muller}} appelle le {{115}} pour une sortie d'hospit : Mme [[PERSONNE:Zainab Mohammadi]], afghane, {{34 ans}}, {{2 enfants}}. L'AS épelle « [[PERSONNE:M-O-H-A-M-M-A-D-I]], deux M au milieu ». Dans {{SI-SIAO}} il existe déjà une [[PERSONNE:Zeinab Mohamadi]] avec un seul M, même date de naissance, [[DATE_NAISSANCE:15/08/1990]] → doublon. L'écoutante [[PERSONNE:Manon]] peut pas fusionner, elle fait un signalement. Rappeler l'AS au {{poste 4412}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Kevin Hoffmann]] vient pour l'aide à la mobilité : permis eu, voiture achetée ({{Clio}} de {{2011}}), plaque [[IMMATRICULATION:FG-482-JK]]. Il voulait l'aide au permis remboursée après coup. La conseillère, [[PERSONNE:Amandine]] : pas rétroactif. Il s'énerve : « j'avais demandé à M. [[PERSONNE:Lutz]] en mars ! » Identifiant [[ID_FRANCE_TRAVAIL:3387142R]].",
    ),
]

# Notes 036-069.
BATCH_2 = [
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Bilal Haddad]] veut que ses {{APL}} soient versées sur son compte {{Revolut}}, {{IBAN}} lituanien : [[IBAN:LT84 3250 0670 8140 3529]]. Le téléconseiller, [[PERSONNE:Jordan]], hésite (« LT c'est quel pays ?? »), vérifie : zone {{SEPA}}, ça passe. Il faut quand même envoyer le {{RIB}} par la messagerie du {{caf.fr}}. N° alloc : [[N_ALLOCATAIRE:0951287]]. {{7 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Elif Şahin]] (sur sa carte vitale : [[PERSONNE:SAHIN ELIF]], la cédille a sauté). Arrivée par regroupement familial, visa long séjour n° [[IDENTIFIANT:FRA031845267]] validé par l'{{OFII}}. Son mari [[PERSONNE:Emre]] traduit. {{NIR}} sur l'attestation : [[NIR:2 01 02 99 208 517 56]]. Née à {{Konya}}, {{23 ans}}. Elle veut choisir un médecin traitant, aucun ne prend de nouveaux patients à {{Haguenau}}. L'agente [[PERSONNE:Margaux]] lui donne la liste des {{3}} qui « peut-être ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{17h12}}, {{2 brancards}} du {{SAMU}} en même temps. L'agent admin : « on fera les entrées après », priorité aux soins. Photocopieuse bloquée, bourrage, {{3e fois}} aujourd'hui. Il tape du poing dessus. Ça repart.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Arbër Morina]], kosovar, domicilié au {{CHRS}}, vient chercher son courrier. Lettre de l'{{OFII}} : suspension de l'{{ADA}}, réf. [[IDENTIFIANT:OFII-67-23-008451]]. L'éducatrice, [[PERSONNE:Pauline]], appelle la plateforme {{OFII}} : {{25 min}} d'attente, musique en boucle 🎶. Il a que son numéro kosovar : [[TELEPHONE:+383 44 218 907]]. Montant perdu : {{6,80 €}} par jour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Audrey Vautrin]] signale qu'elle a retrouvé un {{CDI}} chez {{Viessmann}} à {{Faulquemont}}. Le conseiller, [[PERSONNE:Loïc]], lui explique le reliquat d'{{ARE}} si ça s'arrête pendant la période d'essai. Il vérifie son mail : [[EMAIL:audrey.vautrin@laposte.net]]. Identifiant [[ID_FRANCE_TRAVAIL:6019335T]]. Elle repart contente, {{9 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Bons alimentaires. Critère : reste à vivre < {{8 €}}/jour. {{9 dossiers}} ce matin. L'agente calcule sur une feuille {{Excel}} imprimée : loyer {{520}}, {{APL}} {{240}}, {{RSA}} {{607}}… Un monsieur demande un bon {{Lidl}} plutôt que {{Match}}. Non, la convention c'est avec {{Match}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Mme [[PERSONNE:Olena Kovalenko]] (au téléphone elle dit « [[PERSONNE:Alena]] »), ukrainienne, avec sa mère de {{72 ans}}. Hébergées chez un particulier à {{Épinal}} qui les met dehors vendredi. Protection temporaire, {{APS}} n° [[IDENTIFIANT:8804311907]]. Deux numéros : ukrainien [[TELEPHONE:+380 67 512 48 09]] et français [[TELEPHONE:07 44 90 13 62]]. L'écoutant [[PERSONNE:Yann]] transmet à la {{DDETS}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} avec [[PERSONNE:Isabelle Mangin]], contrôleuse. [[ADRESSE:Résidence Les Peupliers, bât. C, 6 rue Lamartine, 57100 Thionville]]. M. [[PERSONNE:Rachid Ouali]] déclare zéro revenu. Sur la table, une fiche de paie {{Amazon}} : « une mission de {{2 semaines}} en décembre ». [[PERSONNE:Isabelle]] calcule un indu possible de {{1 240 €}}. N° alloc [[N_ALLOCATAIRE:4417093]]. La voiture en bas, [[IMMATRICULATION:EZ-735-QP]] ? « c'est celle de mon frère ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tél de l'accueil sonne {{14 fois}} en {{1h}}. Presque toujours : « est-ce que mon père est encore là ? » Réponse : pas d'info par téléphone, sauf à la personne de confiance. Un taxi demande par où entrer → {{porte B}}, côté parking. {{VSL}} en double file.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Abdelilah Ait Lahcen]], marocain, titre de séjour « salarié » n° [[IDENTIFIANT:ZR4815027]], expire le {{30/06/2025}}. Numéro étranger [[IDENTIFIANT:6701983364]]. Il a changé d'employeur → faut une nouvelle autorisation de travail. Il montre aussi sa carte consulaire (consulat du {{Maroc}} à {{Strasbourg}}) n° [[IDENTIFIANT:CC-STR-0735206]]. La conseillère [[PERSONNE:Gaëlle]] : « on n'a pas besoin de ça mais merci ». Né en [[DATE_NAISSANCE:1985]], il le dit 2 fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de résidence avec [[PERSONNE:Hélène Humbert]]. M. [[PERSONNE:Joaquim Fernandes]], retraité, soupçonné de vivre au {{Portugal}} plus de {{6 mois}} par an. [[ADRESSE:19 rue Saint-Nicolas, 55100 Verdun]]. {{NIR}} [[NIR:1 56 03 99 139 208 97]]. La retraite arrive sur un compte portugais : [[IBAN:PT50 0035 0697 0005 2817 4637 1]]. Voiture immatriculée au {{Portugal}} dans la cour : [[IMMATRICULATION:64-QX-18]]. Il montre ses tickets de pharmacie de {{Verdun}} pour prouver. [[PERSONNE:Hélène]] prend des photos des factures {{EDF}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Plan canicule : l'agente appelle les {{43 personnes}} inscrites au registre. Script : « bonjour, c'est le {{CCAS}}, vous buvez bien ? ». {{6}} ne répondent pas → liste pour la police municipale. Une dame veut parler de son jardin {{20 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déj. [[PERSONNE:Francis]], {{58 ans}}, ici depuis {{2 ans}}, aide à servir. Il raconte son ancien boulot de chauffeur poids lourds chez {{Heppner}}. Sa fille [[PERSONNE:Mélanie]] vit à {{Toulouse}}, il l'a pas vue depuis {{2019}}. L'éduc, [[PERSONNE:Sarah]], me dit après qu'il parle d'elle tous les jours.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Nadia Belkacem]], regroupement familial, avec ses 2 enfants arrivés d'{{Oran}} en {{septembre}}. Nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. L'agente, [[PERSONNE:Fatou]], demande le certificat médical {{OFII}} pour chaque enfant : elle en a qu'un. Passeports algériens des enfants : [[IDENTIFIANT:198452610]] et [[IDENTIFIANT:198452611]] (consécutifs !). N° alloc [[N_ALLOCATAIRE:5023716]]. Article {{D.512-2}} du code de la sécu, [[PERSONNE:Fatou]] me le montre sur l'écran.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Lucas Freyermuth]] appelle pour changer d'adresse : [[ADRESSE:2A rue des Vosges, 67170 Brumath]]. Le conseiller, [[PERSONNE:Thierry]] : « bâtiment ? » – « non juste 2A ». Identifiant [[ID_FRANCE_TRAVAIL:7720341F]]. « Et le portable c'est toujours le [[TELEPHONE:06 22 87 14 30]] ? » Oui. Rapide, {{3 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste italienne, Mme [[PERSONNE:Giulia Ferraro]], entorse au {{marché de Noël}} de {{Colmar}}. Carte européenne ({{TEAM}}), codice fiscale [[IDENTIFIANT:FRRGLI94L62L219E]]. L'agente [[PERSONNE:Sylvie]] recopie lettre par lettre, se trompe 2 fois. Portable italien : [[TELEPHONE:+39 347 218 5590]]. Son copain va chercher la voiture, plaque [[IMMATRICULATION:GB 417 ZT]], garée sur un arrêt de bus {{ligne 3}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{11h}}, rdv « {{Mon espace santé}} ». L'agente, [[PERSONNE:Laetitia]], montre à Mme [[PERSONNE:Monique Kuntz]] comment activer son profil sur la tablette. Pas d'adresse mail → on lui en crée une sur place : [[EMAIL:monique.kuntz1949@gmail.com]]. Le mot de passe est noté sur un post-it que [[PERSONNE:Laetitia]] lui dit de cacher. {{25 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nancy}}. Famille syrienne réinstallée ({{HCR}}). M. [[PERSONNE:Mohammad Al-Khatib]], sur le titre : [[PERSONNE:ALKHATIB MOHAMAD]]. Récépissé n° [[IDENTIFIANT:5402217786]]. Il demande le tarif social de la cantine pour [[PERSONNE:Rama]], {{9 ans}}, et [[PERSONNE:Omar]], {{6 ans}}. Quotient {{312}}. L'agent, [[PERSONNE:Pierre]], fait le dossier. Le petit [[PERSONNE:Omar]] joue avec une {{pierre}} ramassée dehors.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appart partagé ({{3 hommes}}), état des lieux trimestriel. Four sale, {{2 extincteurs}} ok, détecteur de fumée sans pile. L'éduc note sur sa tablette, prend {{4 photos}}. {{35 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Cindy Braun]] appelle, furieuse : indu de {{2 300 €}} sur l'{{APL}}. Le téléconseiller [[PERSONNE:Arnaud]] : « votre numéro allocataire ? » → [[N_ALLOCATAIRE:6120458]]. Elle : « j'ai déclaré que [[PERSONNE:Jordan]] était revenu, c'est vous qui avez pas suivi ». Échéancier proposé : {{50 €}}/mois. Elle raccroche à moitié calmée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Abdelrahim Adam Ishag]], soudanais, réfugié. Sur le certificat {{OFPRA}} c'est [[PERSONNE:ABDALRAHIM ADAM ESHAG]], sur la carte vitale [[PERSONNE:Abderahim Adam]]. N° OFPRA [[IDENTIFIANT:2109045512]], né le [[DATE_NAISSANCE:01/01/1993]]. Interprète arabe par tél ({{ISM Interprétariat}}, code séance {{4471}}). Le conseiller [[PERSONNE:Maxime]] l'oriente vers une formation maçon à l'{{AFPA}} de {{Colmar}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame âgée veut être rappelée : « c'est le [[TELEPHONE:zéro trois, quatre-vingt-sept, soixante-six, douze, cinquante-huit]] ». Nom : Mme [[PERSONNE:Anne-Marie Klein]]. Le conseiller, [[PERSONNE:Rémi]], trouve {{4}} [[PERSONNE:Anne-Marie Klein]] en {{Moselle}} 😅. Date de naissance ? « le [[DATE_NAISSANCE:vingt-deux juin trente-neuf]] ». Trouvée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : {{21 appels}} en {{2h}}, {{0 place}} ce soir sur le département. L'écoutante répète « je note votre demande » à chaque fois. Entre deux appels elle me dit que c'est le pire mois depuis {{2021}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur arrive après un accrochage sur l'{{A4}}, mal au cou. Il s'appelle [[PERSONNE:Serge Didier]]. Il insiste pour qu'on note la plaque de l'autre voiture : [[IMMATRICULATION:GH-091-TW]]. L'agente [[PERSONNE:Nathalie]] lui dit que c'est pour la police ou l'assurance, pas pour nous. Il la note quand même sur la fiche de pré-admission.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Luz Marina Rodríguez Ortega]], colombienne devenue espagnole. La {{Caf}} a mis [[PERSONNE:ORTEGA]] en nom, elle veut [[PERSONNE:RODRIGUEZ ORTEGA]] (« en {{Espagne}} on a deux apellidos »). {{DNI}} espagnol [[IDENTIFIANT:48291735S]]. Compte espagnol : [[IBAN:ES72 2100 0813 6702 0184 7365]]. L'agent dit que la correction du nom passe par le {{RNIPP}}, pas par eux. Elle rit jaune.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite sur l'aire d'accueil avec [[PERSONNE:Virginie]] ({{ASS}}). Famille [[PERSONNE:Reinhardt]], « comme {{Django}} » dit le père. Ils vivent [[ADRESSE:aire d'accueil de la Ganzau, emplacement 11]]. Caravane immatriculée [[IMMATRICULATION:DL-512-HV]]. Demande d'aide pour la facture d'eau de l'emplacement ({{96 €}}). [[PERSONNE:Virginie]] note le portable de madame, [[TELEPHONE:06 99 14 27 05]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier licencié au {{Luxembourg}}, M. [[PERSONNE:Paulo Gonçalves]], habite {{Longwy}}. Il lui faut le {{PD U1}} de l'{{ADEM}}. Matricule luxembourgeois : [[IDENTIFIANT:1979041512345]]. Portable lux : [[TELEPHONE:+352 621 408 917]]. La conseillère [[PERSONNE:Nadia]] ouvre le dossier, identifiant [[ID_FRANCE_TRAVAIL:9105527L]]. Elle dit que l'{{ARE}} est calculée sur les salaires luxembourgeois, il a l'air surpris, content.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le consulat de {{Turquie}} à {{Strasbourg}} appelle pour un ressortissant admis cette nuit : M. [[PERSONNE:Mustafa Kılıç]], « [[PERSONNE:K-I-L-I-C]] sans les points ». La secrétaire, [[PERSONNE:Brigitte]], ne confirme rien sans l'accord du patient. Le consulat laisse sa référence de dossier : [[IDENTIFIANT:STR-2024/1187]]. Elle la note « au cas où ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affluence : {{31 tickets}} à {{10h}}, {{2 agents}}. Attente moyenne {{48 min}}. Une dame : « c'était mieux avant ». L'écran affiche {{C018}}, {{C019}}, puis saute à {{C023}} (les autres sont partis).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien {{SIAO}}. M. [[PERSONNE:Ibrahima Sory Camara]] (sur le recours : [[PERSONNE:Ibrahim Camara]]), guinéen, débouté, recours {{CNDA}} n° [[IDENTIFIANT:23048815]]. Né en [[DATE_NAISSANCE:2004]]. Son avocat, Me [[PERSONNE:Lanfranchi]], a envoyé un mail pour l'audience. Portable [[TELEPHONE:07 51 38 26 40]]. Accueil inconditionnel, il reste, {{lit 3}} dortoir {{B}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Chloé Marchetti]], {{Reims}}, logement {{CROUS}}, {{chambre 118}}. Elle connaît pas son numéro allocataire, l'agent le retrouve : [[N_ALLOCATAIRE:8834017]]. Mail de contact : [[EMAIL:chloe.marchetti@etudiant.univ-reims.fr]]. {{APL}} estimée {{87 €}}. Elle voulait plus 🙃.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace libre-service : {{3 ordis}}, {{1 imprimante}}. Un monsieur ne sait pas se connecter, la service civique l'aide pendant {{15 min}}. Affiche : « SALON DE L'EMPLOI – {{1ER MARS}} – {{PARC DES EXPOSITIONS}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Josiane Colin]], {{74 ans}}, demande la carte de transport gratuite {{Le Met'}}. Elle donne son adresse : [[ADRESSE:14 rue des Jardins, 57000 Metz]]. Justif : {{ASPA}}, {{1 012 €}}. L'agent, [[PERSONNE:Laurent]], imprime l'attestation, elle la range dans une pochette plastique déjà pleine.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. M. [[PERSONNE:Seydou Coulibaly]], malien. Passeport [[IDENTIFIANT:B1847204]] + carte consulaire n° [[IDENTIFIANT:0218/MLI/2022]]. Preuve de {{3 mois}} de présence : attestation d'hébergement de M. [[PERSONNE:Oumar Diarra]], [[ADRESSE:7 rue de Dijon, 51100 Reims]]. L'agente, [[PERSONNE:Karine]], vérifie que le {{Cerfa 11573*07}} est signé. Manque la facture d'électricité de l'hébergeant.",
    ),
]

# Notes 070-104.
BATCH_3 = [
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Murat Doğan]] (dans le logiciel : [[PERSONNE:DOGAN MURAT]]) veut toucher son {{ARE}} sur son compte en {{Turquie}} : [[IBAN:TR22 0006 2000 0062 9184 0372 15]]. Le conseiller, [[PERSONNE:Bastien]], refuse : hors zone {{SEPA}}. M. [[PERSONNE:Doğan]] : « mais c'est la même banque qu'ici, {{Garanti}} » – non. Identifiant [[ID_FRANCE_TRAVAIL:8830412D]]. Il repart ouvrir un compte à la {{Banque Postale}} d'en face.",
    ),
    (
        "caf",
        "accueil_physique",
        "Premier rdv {{RSA}}. Mme [[PERSONNE:Laurine Gérardin]], {{24 ans}}, un bébé de {{6 mois}} dans la poussette. Adresse : [[ADRESSE:5 rue du Général Leclerc, 88000 Épinal]]. Mail : [[EMAIL:lau.gerardin88@hotmail.fr]] (« avec un seul R à [[PERSONNE:Laurine]] ? » – oui). N° alloc [[N_ALLOCATAIRE:2047783]]. L'agente explique le {{CER}} et les {{15 h}} d'activité, la dame dit « et je fais garder le petit comment ? ». Silence.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Baptiste Santoni]] appelle de {{Metz}}, né à {{Ajaccio}}. Il dicte son {{NIR}}, la conseillère [[PERSONNE:Coralie]] bloque au milieu : « deux A ? c'est des lettres ? » – « ben oui, la {{Corse}} ». [[NIR:1 68 09 2A 004 031 75]]. Ça passe. Nouvelle adresse : [[ADRESSE:31 rue Mazelle, 57000 Metz]]. [[PERSONNE:Coralie]] me dit après qu'elle en a {{1 par mois}} et que le logiciel plante une fois sur deux.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une {{AS}} du département appelle pour vérifier la domiciliation d'une famille rom roumaine : M. [[PERSONNE:Florin Lăcătuș]]. Dans le logiciel du {{CCAS}} il est à [[PERSONNE:LACATUS]], sur le courrier de la préfecture à [[PERSONNE:Lakatos]] (orthographe hongroise, me dit l'agente). Attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-0387]], valable {{1 an}}. L'agente, [[PERSONNE:Hayat]], confirme. {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'une famille arménienne orientée par le {{SIAO}}. Mme [[PERSONNE:Anahit Hovhannisyan]] (sur l'attestation : [[PERSONNE:HOVANNISIAN Anahit]]) et son fils [[PERSONNE:Davit]], {{8 ans}}. Demande d'asile en procédure {{Dublin}}, la {{Pologne}} a accepté la reprise. Attestation n° [[IDENTIFIANT:6724208815]]. L'éduc, [[PERSONNE:Mathilde]], lui explique qu'ici c'est pour {{15 jours}} renouvelables. Le petit demande s'il y a le wifi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident du travail sur un chantier à {{Reims}}. Le jeune, [[PERSONNE:Cheikh Ndiaye]], sénégalais, {{25 ans}}, la main bandée dans un t-shirt. Le chef de chantier l'accompagne, M. [[PERSONNE:Da Costa]], de l'entreprise {{Da Costa Bâtiment}}. Carte vitale : [[NIR:1 99 07 99 341 088 68]]. L'agente demande la déclaration d'{{AT}}, le chef dit qu'il la fera « ce soir ». [[PERSONNE:Cheikh]] regarde par terre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandra Lombardi]] ne reçoit plus aucun mail de {{France Travail}}. Le conseiller, [[PERSONNE:Hugo]], regarde : dans le dossier c'est [[EMAIL:sandra.lombadri@free.fr]] (d et r inversés). Il corrige en [[EMAIL:sandra.lombardi@free.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:1562097J]]. Elle : « ça fait {{3 mois}} que je rate tout ! »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Forbach}} avec [[PERSONNE:Olivier Schwartz]]. M. et Mme [[PERSONNE:Aydın]], [[ADRESSE:22 rue Nationale, 57600 Forbach]]. Madame n'a qu'un récépissé, le renouvellement bloque sur l'{{ANEF}} depuis {{5 mois}} : n° [[IDENTIFIANT:5708821640]]. Les prestations sont suspendues. Enfants : [[PERSONNE:Zeynep]], [[PERSONNE:Berfin]], [[PERSONNE:Rojhat]]. Monsieur travaille à {{Sarrebruck}}, voiture immatriculée en {{Allemagne}} : [[IMMATRICULATION:SB-KA 307]]. [[PERSONNE:Olivier]] photographie le récépissé avec sa tablette.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le gérant de l'hôtel {{Première Classe}} de {{Tinqueux}}, M. [[PERSONNE:Fontaine]], appelle le {{115}} : Mme [[PERSONNE:Murielle Jacquot]], {{chambre 12}}, est partie ce matin sans rendre la clé. En passant il signale que la {{fontaine à eau}} du couloir fuit (« c'est pas mon problème » dit l'écoutant [[PERSONNE:Kévin]] après avoir raccroché).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel depuis le {{Maroc}} : le frère de M. [[PERSONNE:Hicham Bennani]], admis hier soir. Numéro marocain [[TELEPHONE:+212 6 61 48 20 93]]. Pour prouver qu'il est de la famille, il donne la date de naissance : « le [[DATE_NAISSANCE:14 mars 1977]] ». La secrétaire, [[PERSONNE:Martine]], ne confirme rien, transmet au service. « Ils rappelleront si le patient est d'accord. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Iryna Melnyk]], ukrainienne, vient ouvrir les droits de son fils. {{APS}} [[IDENTIFIANT:6705512983]]. L'acte de naissance est en cyrillique : [[PERSONNE:Мельник Максим]]. L'agent, [[PERSONNE:Florian]], translittère à voix haute « [[PERSONNE:Melnyk Maksym]] », né le [[DATE_NAISSANCE:07.09.2012]]. Passeport biométrique de la mère [[IDENTIFIANT:FX207653]]. Il hésite entre [[PERSONNE:Maksym]] et [[PERSONNE:Maxime]]… garde celui du passeport.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour facture d'énergie. M. [[PERSONNE:Christian Ehrhart]], facture {{ÉS}} de {{412,30 €}}, réf. client [[IDENTIFIANT:5001849273]]. L'agente, [[PERSONNE:Nadine]], appelle {{ÉS}} devant lui, obtient un délai de {{30 jours}}. Commission d'aide le {{mardi 14}}. Il dit qu'il chauffe qu'une pièce.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective {{CEJ}} : {{11 jeunes}} sur {{15}} convoqués. {{PowerPoint}} daté de {{2022}}. Allocation jusqu'à {{528 €}}. Un jeune demande si on peut faire {{Uber}} à côté. Rires. La conseillère dit « on en reparle en individuel ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aminata Sow]] appelle de {{Dakar}}, elle épelle « [[PERSONNE:S-O-W]] ». Numéro sénégalais : [[TELEPHONE:+221 77 604 26 90]]. Sa mère est malade, elle reste plus longtemps que prévu. Le téléconseiller : au-delà de {{3 mois}} hors de {{France}} les prestations sont suspendues. N° alloc [[N_ALLOCATAIRE:7311042]]. Elle demande si un certificat médical change quelque chose. Non.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{35 min}} d'attente avant décroché au {{3646}}. Musique : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. La conseillère fait en moyenne {{52 appels}} par jour, pause de {{10 min}} toutes les {{2h}}. Elle a un casque qui grésille depuis {{lundi}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{HUDA}} géré par {{Adoma}}. Famille géorgienne : M. [[PERSONNE:Levan Tsiklauri]] (attestation : [[PERSONNE:TSIKLAOURI Levan]]) et Mme [[PERSONNE:Nino Beridze]]. Procédure accélérée, la {{Géorgie}} est un pays d'origine sûr. Attestations n° [[IDENTIFIANT:6724302671]] et [[IDENTIFIANT:6724302672]]. {{Chambre 204}}. Carte {{ADA}} pas encore reçue, l'intervenante, [[PERSONNE:Claire]], fait une relance par mail.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une maman arrive avec son bébé, {{11 mois}}, fièvre à {{39,8}}. L'agente, [[PERSONNE:Corinne]], enregistre : bébé [[PERSONNE:Lyam Thomas]], né le [[DATE_NAISSANCE:2 janvier]] (« de l'année dernière ! »), maman [[PERSONNE:Océane Thomas]]. Mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:190447283]]. Passage direct en pédiatrie, {{bâtiment 3}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Sayed Jawad Hashimi]], afghan, réfugié. Carte de résident au nom de [[PERSONNE:HASHIMI Sayed Jawad]], n° [[IDENTIFIANT:RB0724168]]. Il veut être chauffeur {{VTC}}, faut d'abord échanger le permis afghan via l'{{ANTS}}. Délai : « long », dit le conseiller, [[PERSONNE:Antoine]]. Il connaît déjà {{Strasbourg}} par cœur, « comme {{Kaboul}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Éric Stoeckel]] dépose un {{RIB}} pour ses remboursements, nouveau compte au {{Crédit Mutuel}} : [[IBAN:FR76 1027 8011 2000 0204 1870 125]]. Le compte est au nom de sa femme, Mme [[PERSONNE:Nathalie Stoeckel]] → refusé, il faut un compte à son nom ou joint. L'agente [[PERSONNE:Julie]] lui donne le formulaire. Il soupire « {{20 ans}} que je viens ici ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une aide ménagère. Mme [[PERSONNE:Rosa Cirillo]], {{88 ans}}, née à {{Naples}}, venue en {{1956}} pour les mines de fer. [[ADRESSE:4 rue des Roses, 54300 Lunéville]]. Des {{roses}} en pot sur le balcon. Elle propose du {{limoncello}} à {{10h30}}. L'évaluatrice, [[PERSONNE:Marion]], note {{GIR 4}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement diffus, [[ADRESSE:11 rue de Norvège, 54500 Vandœuvre-lès-Nancy]]. Mme [[PERSONNE:Hodan Abdi Warsame]], somalienne, réfugiée, {{5 enfants}}. Certificat de réfugiée arrivé : n° {{OFPRA}} [[IDENTIFIANT:2207193348]]. L'éduc, [[PERSONNE:Malik]], lance la demande de logement social, numéro unique [[IDENTIFIANT:054 24 0318 22417 B]]. La grande, [[PERSONNE:Sagal]], fait les devoirs sur la table de la cuisine.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente montre le simulateur sur {{caf.fr}} à une dame : prime d'activité estimée {{163 €}}. La dame dit qu'elle fera la demande chez elle sur le tél de sa fille. Ticket suivant, {{B027}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient albanais sans couverture : M. [[PERSONNE:Ermal Shala]], passeport [[IDENTIFIANT:BN3862071]]. Venu en voiture depuis {{Tirana}} voir un cousin, plaque albanaise [[IMMATRICULATION:AA 702 KT]]. Portable [[TELEPHONE:+355 69 412 7830]]. L'agent explique les soins urgents mais facturés. Orientation {{PASS}} {{HUS}} demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Bruno Jacquemin]] conteste sa radiation : il dit n'avoir jamais reçu la convocation. Le conseiller, [[PERSONNE:Yannick]], regarde : courrier recommandé n° [[IDENTIFIANT:1A 187 254 9903 2]], « non réclamé ». Identifiant [[ID_FRANCE_TRAVAIL:2950184H]]. Il peut faire un recours, {{2 mois}}. Ton qui monte, puis qui redescend.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant chinois, [[PERSONNE:Zhang Wei]] (nom d'abord), enregistré à l'envers dans le dossier : [[PERSONNE:Wei Zhang]]. Passeport [[IDENTIFIANT:EK6027391]], {{VLS-TS}} étudiant [[IDENTIFIANT:FRA087234561]], université de {{Strasbourg}}. Il s'est inscrit sur {{etudiant-etranger.ameli.fr}} avec [[EMAIL:zhangwei_0412@163.com]], jamais reçu de réponse. L'agent, [[PERSONNE:Quentin]], relance la demande.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un bénévole de la {{Croix-Rouge}} en maraude appelle le {{115}} : un homme âgé allongé devant la gare de {{Mulhouse}}, parle polonais. Carte d'identité polonaise : [[PERSONNE:Tadeusz Wiśniewski]], né le [[DATE_NAISSANCE:03.11.1958]], {{PESEL}} [[IDENTIFIANT:58110304154]]. Le bénévole, [[PERSONNE:Agnès]], laisse son portable : [[TELEPHONE:06 12 80 47 39]]. L'écoutante envoie le {{SAMU social}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Bintou Traoré]], ivoirienne, titre « vie privée et familiale » parent d'enfant français (art. {{L.423-7}}), n° [[IDENTIFIANT:KD1830572]], {{AGDREF}} [[IDENTIFIANT:6801447219]]. Son fils [[PERSONNE:Ismaël]] est né en [[DATE_NAISSANCE:2020]] à {{Mulhouse}}. N° alloc [[N_ALLOCATAIRE:9120446]]. L'agente, [[PERSONNE:Séverine]], scanne, ça marche du 1er coup, elle lève les bras 🙌.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Marius Popescu]], roumain, {{33 ans}}, inscription. Carte d'identité roumaine [[IDENTIFIANT:RX 512843]], {{CNP}} [[IDENTIFIANT:1910809401271]]. Portable roumain : [[TELEPHONE:+40 742 518 306]]. Il cherche dans le {{BTP}}, coffreur. Le conseiller, [[PERSONNE:Gilles]], lui parle de la formation {{Titre Pro}} à {{Mulhouse}}. Il a déjà un compte {{Banca Transilvania}} : [[IBAN:RO02 BTRL RONC RT04 1273 8501]], il demande si ça suffit pour l'{{ARE}}. Oui, {{SEPA}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} : {{5 chaises}}, {{8 personnes}}. Un écran passe en boucle la pub du thé dansant du {{13 décembre}}. L'agente d'accueil est seule jusqu'à {{10h}}. Un monsieur veut des sacs poubelle, y a plus.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'{{EHPAD Le Parc}} appelle pour annoncer le transfert de Mme [[PERSONNE:Germaine Heitz]], {{96 ans}}, née le [[DATE_NAISSANCE:18/04/1928]], chute. L'infirmière de l'{{EHPAD}}, [[PERSONNE:Jennifer]], dit que le {{DLU}} part par fax (oui, fax). La secrétaire des urgences : « il marche pas notre fax ». Mail alors : [[EMAIL:jennifer.ide@ehpad-leparc.fr]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, [[ADRESSE:7 rue de la Fonderie, 68100 Mulhouse]]. L'agent, [[PERSONNE:Frédéric Ott]], sonne à {{10h15}}. M. [[PERSONNE:Kamel Zerrouki]] ouvre en pyjama. Lombalgie. Tout est en ordre, {{4 min}}. Dans l'escalier [[PERSONNE:Frédéric]] me dit que {{9 fois sur 10}} c'est comme ça.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine. [[PERSONNE:Mireille]], bénévole, fait une {{tarte flambée}} avec {{4 résidents}}. [[PERSONNE:Dédé]] (« [[PERSONNE:le Grand]] », {{1m95}}) étale la pâte. Un autre raconte qu'il était cuisinier à la {{Maison Kammerzell}}. La pâte colle. On mange à {{12h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour sa voisine, Mme [[PERSONNE:Yvette Marchal]], qui ne répond plus depuis {{2 jours}}. Il donne son adresse : [[ADRESSE:18 rue du Maréchal Foch, 52100 Saint-Dizier]]. L'agent, [[PERSONNE:Christophe]], appelle la police municipale. Le voisin laisse son numéro : [[TELEPHONE:03 25 05 71 84]]. Rappel {{1h}} plus tard : elle était à l'hôpital.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Sébastien Ruiz]] ne comprend pas la baisse de son {{AAH}}. Le téléconseiller, [[PERSONNE:Anthony]], explique la déconjugalisation de {{2023}}… non c'est autre chose : son arrêt maladie indemnisé. N° alloc [[N_ALLOCATAIRE:4518830]]. {{14 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le vigile m'explique : le lundi matin c'est « la file des radiés ». {{8h30}}, {{17 personnes}} dehors. Un monsieur a apporté une chaise pliante. Ouverture à {{8h45}} pile.",
    ),
]

# Notes 105-138.
BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Kafala. Mme [[PERSONNE:Samira Lahlou]] a recueilli sa nièce [[PERSONNE:Yasmine]], née le [[DATE_NAISSANCE:9 octobre 2016]] à {{Casablanca}}. Jugement de kafala du tribunal de {{Casablanca}}, dossier n° [[IDENTIFIANT:1672/2021]]. Passeport marocain de la petite : [[IDENTIFIANT:UK2041738]]. L'agente, [[PERSONNE:Valérie]], appelle sa référente : la kafala c'est pas une adoption, mais ça ouvre quand même les {{AF}} si l'enfant est entrée régulièrement. Dossier transmis au service juridique, {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ahmad Zia Rahimi]], afghan, {{34 ans}}, vient chercher sa carte vitale. Il me la montre, fier : [[NIR:1 90 01 99 212 347 47]]. L'agent, [[PERSONNE:Nicolas]], vérifie la photo. « {{99}}, c'est l'étranger, {{212}} c'est l'{{Afghanistan}} », dit-il. M. [[PERSONNE:Rahimi]] répète « deux cent douze » en souriant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Chrono du hall :\n- {{9h02}} : {{11 personnes}} assises\n- {{9h15}} : une ambulance, un monsieur en fauteuil\n- {{9h31}} : la machine à café rend pas la monnaie\n- {{9h40}} : l'{{IOA}} appelle le {{52}}\n- {{9h58}} : toujours {{11}}, pas les mêmes",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} appelle le {{CHRS}} pour une mise à l'abri : Mme [[PERSONNE:Fatima-Zahra Amrani]] et sa fille, {{5 ans}}, violences conjugales. Fiche n° [[IDENTIFIANT:SIAO67-2024-5127]]. Consigne : ne pas laisser entrer l'ex-conjoint, M. [[PERSONNE:Yassine Amrani]], voiture [[IMMATRICULATION:FK-208-LM]]. La veilleuse, [[PERSONNE:Rachida]], écrit la plaque en gros au feutre rouge sur le tableau de l'accueil.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Agnieszka Grabowska]], polonaise (« ici tout le monde m'appelle [[PERSONNE:Agnès]] »). Carte d'identité polonaise [[IDENTIFIANT:CBA 905126]], {{PESEL}} [[IDENTIFIANT:87061903828]]. Elle veut garder son compte en {{Pologne}} : [[IBAN:PL76 1020 1026 0000 1928 3746 5012]]. Portable : [[TELEPHONE:+48 512 804 317]]. Conseillère : [[PERSONNE:Émilie Rousseau]]. Métier : aide-soignante, diplôme polonais à faire reconnaître par l'{{ARS}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un auto-entrepreneur, M. [[PERSONNE:Yohan Kessler]], livreur à vélo puis en scooter. {{SIRET}} perso [[IDENTIFIANT:89214736500018]]. [[ADRESSE:16 rue Jaillant-Deschainets, 10000 Troyes]]. Le contrôleur, [[PERSONNE:Alain]], compare le {{CA}} déclaré à l'{{URSSAF}} et les trimestrielles {{RSA}}. Écart de {{2 100 €}}. Scooter dans la cour : [[IMMATRICULATION:GA-417-XR]]. {{1h10}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "mr [[PERSONNE:dupuis]] vien pr un bon alimentaire, a pa ses papier. agent ([[PERSONNE:Ghislaine]]) di qu'il faut au moin l'avis d'impo ou le relevé caf. il ressort, revien {{20 min}} aprés avec son tel et montre l'apli caf. ok pour cette fois. bon {{35 €}} {{Leclerc}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Valérie Dumont]] appelle, elle a perdu sa carte vitale dans le tram à {{Reims}}. {{NIR}} : [[NIR:2 75 12 51 454 126 15]]. La conseillère, [[PERSONNE:Inès]], fait la déclaration de perte, nouvelle carte sous {{15 jours}}, attestation envoyée sur [[EMAIL:valerie.dumont51@sfr.fr]]. Elle demande si quelqu'un peut l'utiliser. « Non, elle sera désactivée. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La police aux frontières de l'{{EuroAirport}} appelle : passager malade en provenance d'{{Istanbul}}, M. [[PERSONNE:Hüseyin Arslan]], passeport turc [[IDENTIFIANT:U18472930]], transporté aux urgences de {{Mulhouse}}. Le brigadier [[PERSONNE:Meyer]] donne son numéro de service, {{poste 218}}. La secrétaire, [[PERSONNE:Audrey]], crée un dossier provisoire au nom de [[PERSONNE:ARSLAN Huseyin]] (sans tréma, le clavier).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Affiche à l'entrée du réfectoire : « REPAS A {{12H}} PRECISES. PAS D'ALCOOL. PAS DE CHIEN DANS LA SALLE. MERCI ». En dessous, quelqu'un a écrit au stylo « et les chats ? » 😂. {{23 couverts}} aujourd'hui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller, [[PERSONNE:Samuel]], fait dicter une adresse mail à M. [[PERSONNE:Kevin Muller]] : « [[EMAIL:kevin point muller six sept arobase gmail point com]] ». Il tape [[EMAIL:kevin.muller67@gmail.com]], relit, ok. Identifiant [[ID_FRANCE_TRAVAIL:3019264A]]. Il lui envoie l'offre n° {{180BRTZ}}, préparateur de commandes, {{Entzheim}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Chantal Mukendi]], congolaise ({{RDC}}), appelle pour savoir pourquoi son {{ASF}} n'est pas versée. Elle a donné un {{IBAN}} {{Wise}}, belge : [[IBAN:BE11 9674 1283 0548]]. Le téléconseiller, [[PERSONNE:Jordan]], voit « {{RIB}} en attente de validation ». Elle laisse un numéro pour être rappelée, congolais : [[TELEPHONE:+243 81 704 2219]], « je suis à {{Kinshasa}} jusqu'au {{15}} ». N° alloc [[N_ALLOCATAIRE:6630129]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Nguyễn Văn Thành]], {{79 ans}}, ancien restaurateur, [[ADRESSE:3 place de la Réunion, 68100 Mulhouse]]. Son fils, [[PERSONNE:Thanh Nguyen]] (« chez nous le nom de famille vient en premier, mais en {{France}} on l'a mis à la fin »), fait l'interprète. Demande de téléassistance. L'agente [[PERSONNE:Caroline]] note le numéro du fils : [[TELEPHONE:06 63 21 09 48]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Blessing Okafor]], nigériane, a perdu sa carte {{AME}}. N° AME [[IDENTIFIANT:267A05392614]]. L'agente [[PERSONNE:Karine]] retrouve le dossier, ouvert jusqu'au {{31/03}}. Pour le renouvellement il faudra l'attestation d'hébergement de Mme [[PERSONNE:Joy Eze]], [[ADRESSE:21 rue du Ban-de-la-Roche, 67000 Strasbourg]]. Elle parle anglais, l'agente aussi, un peu. Thumbs up 👍.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Ghassan Darwish]], syrien, ingénieur civil. Attestation de comparabilité {{ENIC-NARIC}} n° [[IDENTIFIANT:ENIC-2023-118427]] : niveau {{bac+5}}. Carte de résident [[IDENTIFIANT:6700918342]]. Il cherche depuis {{2 ans}}. La conseillère, [[PERSONNE:Sabine]], lui propose un dispositif « ingénieurs réfugiés » avec {{Sciences Po}}? non, avec l'{{INSA}}. Il note sur un carnet à spirale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hôpital Pasteur}}, {{Colmar}}. Une jeune femme, [[PERSONNE:Marine Bauer]], se tord de douleur. Son copain, [[PERSONNE:Anthony]], fait l'admin : {{IPP}} [[IDENTIFIANT:40871622]], il donne son numéro à lui pour les nouvelles : [[TELEPHONE:07 81 55 40 12]]. L'agente, [[PERSONNE:Isabelle]], lui dit d'attendre dehors, {{1 accompagnant}} max.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du studio de M. [[PERSONNE:Alain Fuchs]] (sortie de rue en {{ALT}}), [[ADRESSE:8 rue des Tanneurs, 68000 Colmar]]. Propre. Il a acheté un poisson rouge, {{Bubulle}}. L'éducateur, [[PERSONNE:Thomas]], vérifie le compteur : {{1 200 kWh}}, ça va. Prochaine étape : bail glissant.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame attend depuis {{1h05}}, elle a le ticket {{B041}}. Elle dit qu'elle a pris une demi-journée sans solde pour venir. À l'écran : {{B033}}. Elle repart à {{10h50}} sans être passée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Karim Mansouri]] pour sa mère, algérienne, titre de résident. Il dicte le numéro étranger en morceaux : « [[IDENTIFIANT:67 02]]… attendez je retrouve la carte… [[IDENTIFIANT:5 3 1 8 3 9]] ». La conseillère, [[PERSONNE:Hélène]], répète « [[IDENTIFIANT:6702531839]] ». Numéro algérien de la mère : [[TELEPHONE:+213 550 41 78 26]]. Elle est à {{Sétif}} pour l'été.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Statistiques affichées sur le mur de la plateforme : {{1 284 appels}} hier, taux de décroché {{71 %}}, {{DMT}} {{6 min 12}}. Objectif {{85 %}}. Personne ne regarde l'écran.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sylvie Wagner]] appelle pour l'inscription de son père au repas des aînés. L'agente, [[PERSONNE:Sandrine]], demande la date de naissance du père : « [[DATE_NAISSANCE:12 décembre 1940]] ». Confirmation par mail à [[EMAIL:sylvie.wagner@wanadoo.fr]]. Repas le {{dimanche 19}} à la {{salle des fêtes}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un homme kurde d'{{Irak}}, [[PERSONNE:Hiwa Rasul]] (il dit « [[PERSONNE:Heewa]] », l'écoutante écrit [[PERSONNE:Hiwa]]). Téléphone irakien [[TELEPHONE:+964 750 613 2296]]. Dublin {{Allemagne}}. Pas de place, il dormira à la gare de {{Strasbourg}}. L'écoutant [[PERSONNE:Benjamin]] le rappelle à {{19h}} si une place se libère.",
    ),
    (
        "caf",
        "accueil_physique",
        "Frontalier {{Luxembourg}}. M. [[PERSONNE:Nuno Carvalho]], habite {{Thionville}}, bosse à {{Esch-sur-Alzette}}. Les allocations familiales sont prioritaires au {{Luxembourg}} (la {{CAE}}), la {{Caf}} verse le différentiel. Matricule luxembourgeois [[IDENTIFIANT:1986112703218]]. Compte {{BCEE}} : [[IBAN:LU20 0011 4082 7365 0000]]. Voiture garée devant, plaque lux [[IMMATRICULATION:ZT 4819]]. N° alloc [[N_ALLOCATAIRE:1208374]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ado ukrainien, {{15 ans}}, chute en vélo. Sa mère parle pas français, l'agente utilise {{Google Traduction}} sur son tél. Nom : [[PERSONNE:Bohdan Tkachenko]], la traduction affiche « [[PERSONNE:Bogdan Tkatchenko]] ». Né le [[DATE_NAISSANCE:22/05/2009]]. {{APS}} de la mère [[IDENTIFIANT:5702216638]]. L'agente, [[PERSONNE:Magali]], dit que l'appli est « mieux que rien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jordan Thiébaut]] veut l'aide au carburant pour un {{CDD}} à {{Sarreguemines}}, {{45 km}} de chez lui. Carte grise : [[IMMATRICULATION:DZ-093-RK]]. Conseillère [[PERSONNE:Laura]]. Identifiant [[ID_FRANCE_TRAVAIL:7701482N]]. Aide : {{0,20 €}} par km, plafond. Il calcule dans sa tête, « ça paie pas l'essence ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, jeune salarié, M. [[PERSONNE:Lucas Meyer]], [[ADRESSE:40 route de Bischwiller, 67300 Schiltigheim]]. {{NIR}} sur l'avis d'arrêt : [[NIR:1 03 10 67 482 215 66]]. L'agente, [[PERSONNE:Hélène]], sonne à {{14h05}}. La mère ouvre : « il dort ». Elle le réveille. Entorse, béquilles. Ok.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Reims}}. Mme [[PERSONNE:Anrifa Soilihi]], née à {{Mamoudzou}}, française. Elle ne comprend pas pourquoi on lui demande un titre de séjour à la préfecture pour son mari comorien. {{NIR}} [[NIR:2 92 04 97 611 052 63]]. L'agent, [[PERSONNE:Damien]], explique que {{Mayotte}} c'est la {{France}}, mais pour le mari c'est les {{Comores}}. Carte consulaire du mari : [[IDENTIFIANT:KM-PAR-0592734]]. Aide : orientation vers la {{Cimade}} (permanence le {{jeudi}}).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Remise des clés à [[PERSONNE:Jonathan]], {{31 ans}}, qui part en logement autonome après {{14 mois}}. Les autres résidents applaudissent. L'éduc, [[PERSONNE:Amel]], pleure un peu. Il laisse sa guitare au foyer « pour le prochain ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour la déclaration trimestrielle {{RSA}}, bloqué sur le site. Le téléconseiller, [[PERSONNE:Anthony]], le guide : « cliquez sur {{Mon compte}}… non, en haut à droite ». M. [[PERSONNE:Grégory Lang]]. N° alloc [[N_ALLOCATAIRE:2093316]]. {{19 min}} pour une déclaration à {{0 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville appelle pour adresser un patient, l'infirmière d'orientation prend l'appel. « Je vous l'envoie avec un courrier ». {{2 min}}. Ensuite un appel pour demander si les urgences pédiatriques sont bien à {{Clemenceau}} → non, à {{Hautepierre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Fernanda Oliveira Souza]], brésilienne, titre « passeport talent » (salariée qualifiée), licenciée. {{CPF}} brésilien sur le vieux {{CV}} : [[IDENTIFIANT:362.715.048-17]]. La conseillère, [[PERSONNE:Marie]], dit qu'on n'a pas besoin de ça. Mail : [[EMAIL:fe.oliveira.souza@outlook.com]]. Titre valable jusqu'en {{2026}}, n° [[IDENTIFIANT:RC4071829]]. Elle a {{6 mois}} pour retrouver.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jour de la permanence {{Restos du Cœur}} dans les locaux du {{CCAS}}. {{40 colis}} préparés. Un bénévole me dit que {{1 personne sur 3}} est retraitée. Un enfant mange une clémentine en attendant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un bailleur ({{Habitat de l'Ill}}) appelle pour un ancien résident relogé, M. [[PERSONNE:Patrice Roth]], {{3 mois}} d'impayés. Réf. locataire [[IDENTIFIANT:HI-0472918]]. L'éduc, [[PERSONNE:Mehdi]], dit qu'il ne suit plus M. [[PERSONNE:Roth]] mais lui donne le numéro du {{FSL}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jonas Weiß]], allemand, habite {{Wissembourg}} depuis {{2 mois}}, affilié en {{Allemagne}} chez la {{AOK}}. Il veut être remboursé sur son compte {{N26}} : [[IBAN:DE22 1001 1001 2617 3849 50]]. L'agente, [[PERSONNE:Clémence]] : il faut d'abord le formulaire {{S1}}. Il l'écrit sur sa main.",
    ),
]

# Notes 139-172.
BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Félicité Nganou Tchamba]], camerounaise. Son titre a expiré le {{2 août}}, renouvellement demandé sur l'{{ANEF}}, elle a juste l'attestation de prolongation d'instruction, n° de demande [[IDENTIFIANT:ANEF-57-2024-0918273]]. L'agent, [[PERSONNE:Romain]], ne sait pas si ça vaut titre. Il appelle une collègue, [[PERSONNE:Nadège]] : « oui, ça vaut ». N° alloc [[N_ALLOCATAIRE:5571204]]. Elle avait pris {{2 bus}} ({{ligne 5}} puis {{ligne 11}}) pour venir.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa avec des jumeaux en poussette double, bloqué par le portique de sécurité. L'agent de sécurité ouvre la porte des {{PMR}}. Tout le monde sourit. Ticket {{A019}}, {{10h12}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Jennifer Colin-Hamdi]] vient déclarer sa séparation. Nouvelle adresse [[ADRESSE:9 rue de la Paix, 51100 Reims]] (« oui comme au {{Monopoly}} 😅 »). Mail [[EMAIL:jen.colinhamdi@gmail.com]]. N° alloc [[N_ALLOCATAIRE:8302917]]. L'agente [[PERSONNE:Stéphanie]] ouvre un dossier séparé pour l'ex-conjoint, M. [[PERSONNE:Sofiane Hamdi]]. {{18 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Emine Yılmaz]] ne parle que turc, son fils [[PERSONNE:Can]], {{16 ans}}, traduit au téléphone. Le téléconseiller, [[PERSONNE:Jordan]], hésite : « je peux pas parler avec un mineur… » puis continue quand même. Carte de résident de la mère n° [[IDENTIFIANT:5700824417]]. N° alloc [[N_ALLOCATAIRE:3316095]]. [[PERSONNE:Can]] dit « ma mère dit merci » {{3 fois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre deux appels le téléconseiller m'explique le « délai de carence » de l'écran : {{4 appels}} en attente, {{12 conseillers}} connectés, {{2}} en pause. Il boit son thé froid. « Le lundi c'est {{x2}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Ruslan Israilov]], tchétchène, réfugié. Passeport russe ancien : [[PERSONNE:ISRAILOV RUSLAN]], en cyrillique [[PERSONNE:Исраилов Руслан]]. Carte de résident n° [[IDENTIFIANT:RA7350814]]. [[ADRESSE:5 allée des Tilleuls, 57070 Metz]]. La contrôleuse, [[PERSONNE:Sophie Jacob]], vérifie qui vit là : {{6 personnes}}, {{4 chambres}}. Il insiste pour qu'on boive le thé. On boit le thé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Abdelkader Zitouni]] : sur sa carte vitale [[PERSONNE:ABD EL KADER ZITOUNI]], sur son passeport algérien [[PERSONNE:ABDELKADER ZITOUNI]], sur l'attestation de sa mutuelle [[PERSONNE:Abdel Kader Zitouni]]. {{NIR}} [[NIR:1 72 02 99 352 419 68]]. L'agente, [[PERSONNE:Sandrine]], dit que c'est le NIR qui compte, pas l'orthographe. Il veut quand même que ce soit pareil partout. Demande de modif de l'état civil → pièce justificative.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame âgée fait la queue avec sa feuille de soins papier. Le vigile lui dit que c'est la boîte aux lettres à gauche. Elle dit qu'elle veut « une vraie personne ». Elle attend {{30 min}} pour tendre la feuille à l'agente, qui la met dans la même boîte.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aurélie Masson]], nouvelle arrivée à {{Nancy}}, vient changer de caisse. {{NIR}} [[NIR:2 86 08 54 395 312 42]]. « Ah vous êtes née ici ! » dit l'agent, [[PERSONNE:Thibault]]. Mutation faite. Mail de confirmation : [[EMAIL:aurelie.masson86@yahoo.fr]]. {{7 min}}, record du jour.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Antonella Russo]], née en {{Italie}}, pension de réversion italienne versée par l'{{INPS}} sur son compte : [[IBAN:IT02 M030 6911 2341 0000 0731 562]]. Elle appelle pour la {{CSS}}, il faut déclarer la pension italienne. {{NIR}} : [[NIR:2 69 11 99 127 144 59]]. La conseillère, [[PERSONNE:Ophélie]], lui demande le montant : « {{412 €}} ». {{16 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:René Gaspard]] laisse son numéro en l'écrivant au fur et à mesure : « [[TELEPHONE:06... 45... 18... 92... 07]] ». La conseillère relit : [[TELEPHONE:06 45 18 92 07]]. Il demande aussi pourquoi il a reçu une lettre en {{allemand}} : c'est la caisse de {{Sarrebruck}}, il a travaillé là-bas en {{1987}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Chaumont}}, [[ADRESSE:12 rue Toupot de Béveaux, 52000 Chaumont]]. M. [[PERSONNE:Dimitri Vasseur]] absent à {{10h20}}. Sa voiture non plus n'est pas là, la voisine connaît la plaque par cœur : [[IMMATRICULATION:ek-512-pz]] (elle l'écrit en minuscules sur mon carnet 😄). L'agent, [[PERSONNE:Bertrand]], laisse l'avis.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Mohand Ait Ouarab]], {{81 ans}}, chibani, ancien de {{Sollac}} à {{Hayange}}. Il passe {{6 mois}} en {{Kabylie}}, {{6 mois}} au foyer {{Adoma}}, {{chambre 37}}. L'{{ASPA}} exige la résidence en {{France}} plus de {{6 mois}} : il compte les jours sur un calendrier des {{Postes}}. Téléphone algérien [[TELEPHONE:+213 661 27 04 83]]. Carte de résident de {{10 ans}} n° [[IDENTIFIANT:5700061395]]. L'agente, [[PERSONNE:Hayat]], lui parle en kabyle, il rit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{9h}}. Pause café des agentes du {{CCAS}}, le sujet c'est la réforme de la domiciliation. « On avait {{1 200}} domiciliés en {{2019}}, on en a {{2 100}} ». {{3 agentes}} à temps plein.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : M. [[PERSONNE:Ludovic Perrin]], {{47 ans}}, à la rue depuis son divorce. L'agent, [[PERSONNE:Christophe]], remplit le {{Cerfa 15548*03}}. Date de naissance : [[DATE_NAISSANCE:30/04/1977]]. Adresse de domiciliation = {{CCAS}}, {{2 place de l'Hôtel de Ville}}. Il récupère {{2 lettres}} en attente, dont une de la {{Caf}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Natalia Shevchuk]], ukrainienne, demande une aide pour payer sa cantine. Elle a un compte {{PrivatBank}} : [[IBAN:UA84 3052 9900 0002 6209 3157 3648 0]], et un compte français vide. L'agente, [[PERSONNE:Marion]], dit que l'aide sera versée à la mairie directement. Elle montre l'{{APS}} n° [[IDENTIFIANT:6709128354]] et le passeport [[IDENTIFIANT:FT528306]]. Passeport au nom de [[PERSONNE:SHEVCHUK NATALIIA]], deux i.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Gérard Schneider]] appelle pour réserver le minibus des seniors pour le marché de {{Haguenau}}, {{mardi}}. L'agente, [[PERSONNE:Josiane]] : {{2 €}} aller-retour. Il donne son mail : [[EMAIL:gerard.schneider@orange.fr]]. Puis son adresse pour le ramassage : [[ADRESSE:27 rue du Sel, Haguenau]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Marguerite Muller]], {{93 ans}}, demande de portage de repas. Elle a des {{marguerites}} sur la nappe, elle le fait remarquer. [[ADRESSE:2 rue des Fleurs, 67600 Sélestat]]. L'évaluatrice, [[PERSONNE:Claire]], compte les marches : {{14}}. Son neveu [[PERSONNE:Hubert]] passe le {{dimanche}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile chez une famille afghane réfugiée, {{HLM}} de {{Bourtzwiller}} : [[ADRESSE:14 rue de Brunstatt]]? non, [[ADRESSE:14 rue de Bâle, 68200 Mulhouse]]. M. [[PERSONNE:Mohammad Nabi Safi]], Mme [[PERSONNE:Freshta Safi]], {{4 enfants}}. Certificat {{OFPRA}} n° [[IDENTIFIANT:2201488361]] pour monsieur, [[IDENTIFIANT:2201488362]] pour madame. Aide demandée : meubles. L'agent, [[PERSONNE:Rémy]], propose {{Emmaüs}}. Madame sert du {{thé vert}} à la cardamome.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Frontalier suisse, M. [[PERSONNE:Julien Hug]], habite {{Saint-Louis}}, accident de moto en rentrant de {{Bâle}}. Assuré en {{Suisse}} : carte d'assurance suisse, numéro {{AVS}} [[IDENTIFIANT:756.6031.7529.89]]. Moto immatriculée [[IMMATRICULATION:BS 63905]]. Sa femme, [[PERSONNE:Élodie]], arrive en courant. L'agente, [[PERSONNE:Céline]], appelle la caisse suisse… fermée le week-end.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panneau à l'entrée : « Violences envers le personnel = dépôt de plainte systématique ». Juste en dessous un monsieur hurle parce qu'il attend depuis {{5h}}. Le vigile s'approche, parle doucement. Ça se calme. {{22h}}? non, {{14h40}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Solange Pierre-Louis]], haïtienne, {{62 ans}}, douleur thoracique. Sa fille, [[PERSONNE:Rose-Berthe]], fait l'admin. Date de naissance de la mère : « le [[DATE_NAISSANCE:8 septembre 62]] ». {{IPP}} [[IDENTIFIANT:800731294]]. La fille porte un pull {{rose}}. Passage en box {{7}} en {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune guinéen amené par un éducateur de l'{{ASE}}. Sur le jugement supplétif : [[PERSONNE:Alpha Oumar Diallo]], né le [[DATE_NAISSANCE:12/02/2008]]. L'éducateur, [[PERSONNE:Maxime Koenig]], dit que l'autre document l'appelle [[PERSONNE:Alfa Umar Jallo]]. Dossier ASE n° [[IDENTIFIANT:ASE67-2023-05237]]. L'agente d'accueil : « je mets lequel ? » – « celui du jugement ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle pour son père amené par le {{SAMU}} : M. [[PERSONNE:Claude Zimmermann]]. La secrétaire, [[PERSONNE:Martine]], demande s'il est la personne de confiance. « Je sais pas… c'est quoi ? » Elle explique. Il laisse son numéro : [[TELEPHONE:03 89 41 22 76]], c'est le fixe de ses parents à {{Guebwiller}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Mahamat Abakar Ousmane]], tchadien, arrive avec un bénévole du {{Secours Catholique}}. Attestation de demande d'asile n° [[IDENTIFIANT:6724691027]], {{OFII}} pas encore passé. Portable tchadien [[TELEPHONE:+235 66 41 82 73]] + un français [[TELEPHONE:07 58 14 22 90]], non, pardon, [[TELEPHONE:07 58 14 22 09]]. L'éduc, [[PERSONNE:Nadia]], corrige au stylo. Lit {{12}}, dortoir {{A}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du mardi ({{10h}}-{{11h30}}). Ordre du jour : punaises de lit au {{2e étage}}, budget fêtes de fin d'année ({{600 €}}), nouveau règlement. On parle des situations par initiales seulement, je ne note rien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Steve Kuntz]] a vécu {{8 mois}} dans sa voiture avant d'arriver, une {{Kangoo}} immatriculée [[IMMATRICULATION:836 BKV 67]] (ancienne plaque). Il veut la garder sur le parking du {{CHRS}}. L'éduc, [[PERSONNE:Amel]], dit oui tant qu'il a l'assurance. Il ne l'a plus.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Elona Hysaj]], albanaise, avec {{2 enfants}}. Carte d'identité albanaise n° [[IDENTIFIANT:I70524913W]]. Née le [[DATE_NAISSANCE:14/06/1991]]. L'éducatrice, [[PERSONNE:Mathilde]], lui explique le règlement avec une traductrice au téléphone ({{Inter Service Migrants}}). La petite, [[PERSONNE:Ajola]], dessine un chat. Chambre {{familiale 3}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{18h}}. Une dame appelle pour signaler un homme qui dort sous le pont de la {{Moselle}}, près de la {{Cathédrale}}. Elle ne sait pas son nom. L'écoutant envoie la maraude. {{3 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement de la famille [[PERSONNE:Batbayar]], mongole, en diffus, [[ADRESSE:31 avenue de Lattre-de-Tassigny, 88000 Épinal]]. Passeport mongol de monsieur : [[IDENTIFIANT:E0752196]]. Madame, [[PERSONNE:Oyunchimeg]], tricote des chaussons pour vendre. L'éduc, [[PERSONNE:Thomas]], vérifie le détecteur de fumée et la {{VMC}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Wassim Jebali]], tunisien, fin d'études à l'{{Université de Lorraine}}, changement de statut étudiant → salarié. {{NIR}} [[NIR:1 95 03 99 351 027 58]]. Autorisation de travail n° [[IDENTIFIANT:AT-54-2024-003817]]. Identifiant [[ID_FRANCE_TRAVAIL:4427719C]]. La conseillère, [[PERSONNE:Émilie]], lui parle de l'{{APEC}}. Il a déjà {{3 entretiens}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Cédric Lorentz]] vient rendre un justificatif de formation. Sa camionnette est mal garée, l'agent d'accueil annonce au micro : « le propriétaire du véhicule [[IMMATRICULATION:GD 517 HN]] est prié… ». C'est lui. Identifiant [[ID_FRANCE_TRAVAIL:6622049P]]. Conseiller, [[PERSONNE:Loïc]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Panneau d'affichage : {{42 offres}}, dont {{17}} en intérim. {{Stellantis}} {{Trémery}} recrute {{200}} opérateurs. Un jeune prend une photo de l'annonce. Le conseiller me dit que la moitié des offres sont « fantômes ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Jérémy Schnebelen]], licencié à {{Bâle}}, habite {{Huningue}}. Le chômage des frontaliers suisses est payé par {{France Travail}} (formulaire {{PD U1}}). Il donne son {{IBAN}} suisse, {{UBS}} : [[IBAN:CH56 0023 3705 1936 2481 1]]. Conseillère, [[PERSONNE:Laura]] : « c'est accepté, zone {{SEPA}} ». Portable suisse [[TELEPHONE:+41 79 562 27 36]]. Identifiant [[ID_FRANCE_TRAVAIL:8103356E]].",
    ),
]

# Notes 173-206.
BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Kadiatou Barry]] (« appelez-moi [[PERSONNE:Kady]] »), guinéenne, vient déclarer la naissance de sa 3e fille, [[PERSONNE:Hawa]], née le [[DATE_NAISSANCE:27 juin]] à la maternité de {{Hautepierre}}. Titre de séjour pluriannuel, {{AGDREF}} [[IDENTIFIANT:6702953017]]. N° alloc [[N_ALLOCATAIRE:0734126]]. L'agente, [[PERSONNE:Fatou]], félicite, ajoute l'enfant, calcule la prime de naissance : {{1 066 €}}? non, c'est selon les ressources. Elle vérifie.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Manon Stoltz]], {{26 ans}}, première demande d'{{APL}}, apprentie à {{Mulhouse}}. Elle donne son {{NIR}} : [[NIR:2 98 02 68 224 409 36]]. Mail [[EMAIL:manon.stoltz68@gmail.com]]. L'agent, [[PERSONNE:Yannis]], l'aide à remplir sur la borne. Elle connaissait pas son numéro de sécu par cœur, elle l'a lu sur l'appli {{Ameli}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h30}} : coupure informatique générale, « le national » est tombé. {{6 agents}} sans écran. Une agente en profite pour ranger les prospectus (« {{Vacaf}} », « {{PassCaf}} »). Reprise à {{11h52}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un propriétaire appelle pour le tiers payant de l'{{APL}} de sa locataire. M. [[PERSONNE:Bernard Klein]], gérant de la {{SCI Les Acacias}}. Le téléconseiller, [[PERSONNE:Arnaud]], refuse de dire quoi que ce soit sur Mme [[PERSONNE:Diop]] sans son accord. Il insiste : « elle me doit {{3 mois}} ! » Conseil : signaler l'impayé via le formulaire bailleur sur {{caf.fr}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Serhat Çelik]] appelle, la {{Caf}} lui demande son titre de séjour. Il dicte le numéro étranger : « [[IDENTIFIANT:57]], [[IDENTIFIANT:00]]… euh… [[IDENTIFIANT:93]]… [[IDENTIFIANT:12]]… [[IDENTIFIANT:44]] », le conseiller recolle : [[IDENTIFIANT:5700931244]]. N° alloc [[N_ALLOCATAIRE:4409183]]. Son nom est écrit [[PERSONNE:CELIK]] dans le dossier, sans cédille. Pas grave, dit le conseiller.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au foyer {{Adoma}}, [[ADRESSE:6 rue de l'Abbé Lemire, 67200 Strasbourg]], {{chambre 112}}. M. [[PERSONNE:Bakary Sissoko]], malien, {{APL foyer}}. Le contrôleur, [[PERSONNE:Patrick]], vérifie qu'il occupe bien la chambre : {{1 lit}}, sa valise, la photo de ses enfants à {{Kayes}}. Carte de résident n° [[IDENTIFIANT:6700582931]]. Il envoie {{150 €}} par mois au {{Mali}} par {{Western Union}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Driss Aouad]], {{61 ans}}, né au {{Maroc}}, part {{3 mois}} là-bas. Il veut la carte européenne, l'agente, [[PERSONNE:Vanessa]], explique qu'elle marche pas au {{Maroc}} : c'est la convention franco-marocaine, formulaire {{SE 350-07}}. {{NIR}} : [[NIR:1 63 09 99 350 512 06]]. Il note « {{SE 350}} » sur un ticket de bus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Il pleut. {{19 parapluies}} dans le bac à l'entrée. L'accueil sent le chien mouillé. Ticket {{D004}}. L'agent dit que les jours de pluie y a moins de monde, « sauf les lundis ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Couple néerlandais retraité, installé à {{Gérardmer}}. M. [[PERSONNE:Pieter van den Berg]] et Mme [[PERSONNE:Anneke van den Berg-Visser]]. Formulaire {{S1}} des {{Pays-Bas}}. Ils veulent les remboursements sur leur compte {{ING}} : [[IBAN:NL87 INGB 0007 3219 54]]. L'agent, [[PERSONNE:Florian]], écrit « [[PERSONNE:van den Berg]] » avec un petit v, le système le remet en majuscule : [[PERSONNE:VAN DEN BERG]]. Monsieur rigole.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Gisèle Mathis]] appelle, sa mutuelle ne reçoit plus les flux {{Noémie}}. Mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:204871593]]. La conseillère, [[PERSONNE:Inès]], refait le lien. {{9 min}}. Elle lui envoie la confirmation sur [[EMAIL:gisele.mathis@free.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Briefing de {{13h30}} : les conseillers doivent proposer {{Mon espace santé}} à chaque appel. Objectif de la semaine {{300}} activations. Un conseiller : « on a {{6 min}} par appel, on va pas faire du commercial ». Le manager ne répond pas.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Sivakumar Tharmalingam]], sri-lankais, tamoul. Il épelle son nom lentement : [[PERSONNE:T-H-A-R-M-A-L-I-N-G-A-M]]. Réfugié depuis {{2009}}. Il demande une aide pour les lunettes de sa femme, [[PERSONNE:Kalaivani]] ({{240 €}}, reste à charge {{90 €}}). L'agente, [[PERSONNE:Sandrine]], lui demande le titre : carte de résident n° [[IDENTIFIANT:6700147725]]. Passage en commission {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Colette Gillet]], {{68 ans}}, demande le chèque énergie « de la mairie » (elle confond avec l'État). L'agent, [[PERSONNE:Laurent]], explique. Elle habite [[ADRESSE:46 avenue de Strasbourg, 54000 Nancy]]. Portable [[TELEPHONE:06 17 93 58 02]]. Elle repart avec une aide fioul de la commune, {{150 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Tableau de la semaine dans le bureau : {{38 domiciliations}}, {{12 aides facultatives}}, {{4 dossiers}} {{ASH}}, {{1 signalement}}. Une plante verte qui meurt. La fenêtre ne s'ouvre plus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Latifa Bouzid]], marocaine, veut une aide pour renouveler son passeport au consulat de {{Strasbourg}} ({{450 dirhams}}? non, en euros…). Passeport expiré [[IDENTIFIANT:WY6029173]], carte consulaire [[IDENTIFIANT:CS-STR-1102847]]. Sans passeport valide la préfecture refuse le renouvellement du titre. L'agente, [[PERSONNE:Hayat]], accorde {{80 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La fille de Mme [[PERSONNE:Jacqueline Voirin]] appelle depuis {{Lyon}} pour l'aide à domicile de sa mère. Elle épelle son mail : [[EMAIL:c.voirin-delatte@laposte.net]], « [[PERSONNE:Voirin tiret Delatte]] ». L'agente, [[PERSONNE:Josiane]], envoie le dossier {{APA}}, rappelle que c'est le département qui décide.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite prévue à {{14h}} pour une demande d'aide facultative. Personne. On attend {{10 min}} devant l'immeuble, sonnette sans nom. L'agente laisse un avis. Retour au bureau, {{25 min}} de trajet en {{bus 12}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Yonas Habte]], érythréen, douleur abdominale. Pas de papier. Il dit être né « vers [[DATE_NAISSANCE:1999]] ». L'agent administratif crée une identité provisoire : [[PERSONNE:HABTE Yonas]], né le [[DATE_NAISSANCE:01/01/1999]], « par défaut ». {{IPP}} [[IDENTIFIANT:800914472]]. Orientation {{PASS}} ensuite. {{Tigrinya}}, pas d'interprète dispo avant {{16h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Charleville-Mézières}}. Touriste belge, M. [[PERSONNE:Geert Vermeulen]], fracture du poignet à {{Bogny-sur-Meuse}}. Numéro de registre national : [[IDENTIFIANT:79.03.02-085.80]]. Voiture belge [[IMMATRICULATION:1-KQW-384]] garée sur la dépose-minute. L'agente, [[PERSONNE:Julie]], imprime la feuille pour la {{mutualité}} belge.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{15h50}}. Changement d'équipe. Les transmissions se font debout au comptoir. {{8 patients}} en attente de lit. « Le {{3}} attend depuis ce matin. » Personne ne dit de nom devant moi, uniquement des numéros de box.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Pascale Hirtz]], {{71 ans}}, amenée par son mari, [[PERSONNE:Gilbert]], malaise. Il a tout préparé : une pochette avec la carte vitale, l'ordonnance, la mutuelle ({{Apréva}}, n° [[IDENTIFIANT:AP-0731856]]) et un papier « née le [[DATE_NAISSANCE:4/11/1953]] ». L'agente : « si tout le monde faisait comme vous ! »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'agence d'interprétariat rappelle pour un patient pachtophone. La secrétaire, [[PERSONNE:Brigitte]], donne le nom du patient : [[PERSONNE:Gulbuddin Wardak]], « [[PERSONNE:W-A-R-D-A-K]] ». Référence de la demande d'interprète : {{INT-4471}}. Interprète dispo à {{17h}} par visio. {{3 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Besnik Gashi]], kosovar, assigné à résidence : il doit pointer au commissariat {{3 fois par semaine}}. Arrêté préfectoral n° [[IDENTIFIANT:2024-AR-00871]]. L'éduc, [[PERSONNE:Mehdi]], affiche les jours de pointage sur son frigo à lui ({{lundi}}, {{mercredi}}, {{vendredi}}). Son avocate, Me [[PERSONNE:Schnell]], a fait un recours au {{tribunal administratif}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Ginette]], {{64 ans}}, la doyenne, arrive avec son chien {{Rocky}}. Elle appelle l'éduc « mon grand ». Elle veut savoir si le colis des {{Restos}} est arrivé. Pas encore. {{Rocky}} dort sous la table pendant tout l'entretien.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau d'occupation : {{46 places}}, {{46}} occupées, {{11}} en liste d'attente {{SIAO}}. Le chef de service me dit que la durée moyenne de séjour est passée à {{14 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Chukwuemeka Obi]] (« [[PERSONNE:Emeka]] »), nigérian, demande d'asile en cours. Attestation n° [[IDENTIFIANT:6724507793]]. Il montre un mail de l'{{OFPRA}} : entretien le {{3 décembre}} à {{Fontenay-sous-Bois}}. Billet de train {{Strasbourg}}-{{Paris}} pris en charge par la {{SPADA}}? L'éducatrice, [[PERSONNE:Pauline]], appelle pour vérifier. Portable [[TELEPHONE:07 53 90 61 28]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'infirmière du {{CMP}} appelle pour un résident, M. [[PERSONNE:Loïc Hartmann]], qui n'est pas venu chercher son traitement. L'éduc, [[PERSONNE:Amel]], va frapper à sa chambre. Il dormait. Elle rappelle le {{CMP}} : il y va {{demain 9h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus chez la famille [[PERSONNE:Hussein]], kurdes syriens. [[ADRESSE:17 rue de Provence, 68100 Mulhouse]]. Sur le titre du père : [[PERSONNE:HUSSEIN Ahmad]], sur celui de la mère : [[PERSONNE:HOUSSEIN Nasrin]] (« c'est la même famille, c'est juste la préfecture »). Récépissés n° [[IDENTIFIANT:6804217736]] et [[IDENTIFIANT:6804217737]]. L'éduc, [[PERSONNE:Karim]], note une fuite sous l'évier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Erkan Öztürk]], {{43 ans}}, né en {{Turquie}}, chauffeur poids lourd. {{NIR}} [[NIR:1 81 06 99 208 233 26]]. Son permis turc n'a pas été échangé à temps, il doit repasser le {{permis C}}. La conseillère, [[PERSONNE:Gaëlle]], cherche un financement {{CPF}}. Identifiant [[ID_FRANCE_TRAVAIL:5207718V]]. Il a {{1 700 €}} sur son {{CPF}}, il en faut {{3 000}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Océane Leclerc]], {{22 ans}}, vient pour un atelier « réseaux sociaux et recherche d'emploi ». Le conseiller, [[PERSONNE:Hugo]], lui fait changer son adresse mail de {{CV}} ([[EMAIL:oceane.la.bgdu67@hotmail.com]]) pour [[EMAIL:oceane.leclerc@gmail.com]]. Elle rit. Identifiant [[ID_FRANCE_TRAVAIL:0481635U]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune entre, regarde la file ({{12 personnes}}), ressort. Le vigile : « ça fait le {{3e}} ce matin ». Borne d'accueil en panne depuis {{vendredi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Prisca Mabiala]], congolaise (Brazzaville), carte de séjour pluriannuelle n° [[IDENTIFIANT:TC5930271]], valable jusqu'au {{17/01/2027}}. Elle était infirmière au {{CHU}} de {{Brazzaville}}. Portable congolais encore actif : [[TELEPHONE:+242 06 531 72 88]]. Le conseiller, [[PERSONNE:Maxime]], l'inscrit : identifiant [[ID_FRANCE_TRAVAIL:9360274K]]. Orientation aide-soignante, l'équivalence infirmière c'est trop long.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Aurélien Didelot]] a acheté une voiture pour un {{CDD}}, encore en plaque provisoire : [[IMMATRICULATION:WW-372-FC]]. Il demande l'aide à l'achat de véhicule. La conseillère, [[PERSONNE:Nadia]] : facture + carte grise définitive. Identifiant [[ID_FRANCE_TRAVAIL:2839105S]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Alejandro Navarro Gil]], espagnol, saisonnier dans les vignes en {{Champagne}}, fin de contrat. {{NIE}} espagnol [[IDENTIFIANT:Y2750386Z]]. Portable espagnol [[TELEPHONE:+34 612 95 03 71]]. Il dort dans sa voiture, plaque espagnole [[IMMATRICULATION:7315 LHP]]. Le conseiller, [[PERSONNE:Thierry]], lui donne le {{115}} et l'adresse de l'accueil de jour d'{{Épernay}}.",
    ),
]

# Notes 207-240.
BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ndèye Fatou Mbaye]], sénégalaise, {{46 ans}}, aide à domicile. Elle vient pour l'{{ASF}}, le père des enfants est reparti à {{Thiès}}. {{NIR}} : [[NIR:2 78 04 99 341 286 25]]. N° alloc [[N_ALLOCATAIRE:6081752]]. L'agente, [[PERSONNE:Stéphanie]], demande une preuve que le père ne paie pas : « comment je prouve qu'il paie rien ?? ». Attestation sur l'honneur, {{Cerfa 12101*03}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un enfant de {{4 ans}} fait le tour de la salle en courant. Sa mère s'excuse {{5 fois}}. L'agente d'accueil sort une boîte de crayons et une feuille « {{Caf}} – Allocations familiales » à colorier. Silence immédiat.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Jonathan Mercier]] apporte son nouveau {{RIB}} {{LCL}}, l'agent le saisit : [[IBAN:FR31 3000 2057 1200 0006 9135 R83]]. « Y a une lettre dans le numéro, c'est normal ? » – oui chez eux. N° alloc [[N_ALLOCATAIRE:1592640]]. L'agent, [[PERSONNE:Yannis]], me dit que les {{IBAN}} avec une lettre font planter un logiciel sur deux.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Abdul Wahid Popal]], afghan, veut corriger la date de naissance de son fils : sur le titre c'est le [[DATE_NAISSANCE:01/01/2015]], sur l'acte de naissance afghan traduit c'est le [[DATE_NAISSANCE:21 mars 2015]] (« {{Nowruz}} »). Le téléconseiller, [[PERSONNE:Anthony]] : on suit le titre. N° alloc [[N_ALLOCATAIRE:8840215]]. Portable : [[TELEPHONE:07 45 12 86 30]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle des ressources chez Mme [[PERSONNE:Sonia Lefort]], [[ADRESSE:3 rue Jean Jaurès, 08200 Sedan]]. Le contrôleur, [[PERSONNE:Alain]], demande les relevés du compte {{Crédit Agricole}} ([[IBAN:FR76 1720 6003 1053 0177 2096 529]]). Des virements de {{200 €}} chaque mois d'un certain « [[PERSONNE:J. Lefort]] » : son père, dit-elle. {{Jean Jaurès}} sur la plaque de rue, {{Jaurès}} sur les enveloppes, elle rit : « on a toujours habité des rues de gauche ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence, famille bulgare, [[ADRESSE:28 rue de Hochfelden, 67200 Strasbourg]]. M. [[PERSONNE:Stoyan Petrov]], carte d'identité bulgare, {{EGN}} [[IDENTIFIANT:8309175366]]. Sa voiture, plaque de {{Sofia}} : [[IMMATRICULATION:CA 7291 KP]]. La contrôleuse, [[PERSONNE:Sophie Jacob]], vérifie l'inscription à l'école des enfants. {{3 enfants}}, tous inscrits à l'école {{Gustave Doré}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aïcha Kouassi]], ivoirienne, étudiante en master à {{Metz}}, {{24 ans}}. Elle a reçu son {{NIR}} définitif : [[NIR:2 00 07 99 326 171 95]]. Demande de {{CSS}}. Mail [[EMAIL:aicha.kouassi@etu.univ-lorraine.fr]]. L'agent, [[PERSONNE:Quentin]], lui dit qu'avec la bourse de {{615 €}} elle y a droit sans participation.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Cyril Pichon]], né à {{Troyes}}, vient pour un remboursement de transport. {{NIR}} [[NIR:1 85 11 10 387 044 42]]. Mutuelle {{Malakoff Humanis}}, adhérent [[IDENTIFIANT:MH-7720519]]. L'agente, [[PERSONNE:Margaux]], voit que le taxi conventionné n'a pas facturé. Il doit rappeler la société de taxis, {{Taxis Lavergne}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Fin de matinée. L'agente fait le compte : {{43 personnes}} reçues, {{11}} pour des attestations qu'elles auraient pu imprimer chez elles, {{6}} pour {{Mon espace santé}}, {{2}} qui pleuraient.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Zbigniew Kowalczyk]], {{72 ans}}, né en {{Pologne}}, ancien mineur à {{Freyming-Merlebach}}. {{NIR}} : [[NIR:1 52 01 99 122 308 89]]. Il appelle pour sa part de retraite polonaise ({{ZUS}}), dossier [[IDENTIFIANT:ZUS/KR/04522781]], qui compte pour la {{CSS}}. La conseillère, [[PERSONNE:Coralie]], répète chaque phrase {{2 fois}}, il entend mal.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Maryam Rezaei]], iranienne, réfugiée. Sur le passeport iranien : [[PERSONNE:REZAEI MARYAM]], sur le titre : [[PERSONNE:REZAYI Mariam]]. Passeport [[IDENTIFIANT:K52917036]], récépissé n° [[IDENTIFIANT:6709914820]]. Elle demande une aide pour ses cours de français niveau {{B1}}. L'agente, [[PERSONNE:Marion]], l'oriente vers le {{CIR}} de l'{{OFII}} : {{600 h}} gratuites.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Thierry Gross]], {{52 ans}}, demande une aide pour sa facture d'eau. Il habite [[ADRESSE:11 rue du Moulin, 67150 Erstein]]. L'aide sera versée sur son compte {{Banque Populaire}} : [[IBAN:FR76 1470 7000 5207 1215 8390 266]]. L'agent, [[PERSONNE:Christophe]], note « {{SUEZ}} » comme créancier. {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} ferme à {{12h}}. À {{11h58}} une dame arrive en courant. L'agente la reçoit quand même. Elle sort à {{12h25}}. L'agente mange son sandwich en {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Ion Rusu]], moldave, passeport roumain (double nationalité). {{IDNP}} moldave [[IDENTIFIANT:2003041957268]], carte d'identité roumaine [[IDENTIFIANT:SV 730159]]. Il travaille au noir dans le bâtiment, il veut « se déclarer ». L'agent, [[PERSONNE:Damien]], l'oriente vers {{France Travail}} et l'{{URSSAF}}. Portable moldave : [[TELEPHONE:+373 691 72 508]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ginette Claudel]] appelle pour son colis de {{Noël}} pas reçu. Elle donne son numéro « [[TELEPHONE:zéro trois, vingt-neuf… trente-quatre]]… » puis s'arrête, le lit sur son carnet : [[TELEPHONE:03 29 34 61 17]]. Elle habite [[ADRESSE:2 ruelle du Pressoir, 88300 Neufchâteau]]. L'agente, [[PERSONNE:Josiane]], la met sur la liste de livraison de {{vendredi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} : {{7 appels}} en {{30 min}}, dont {{4}} qui se sont trompés de numéro (ils voulaient la mairie). L'agente a un post-it avec le numéro de la mairie pour le donner plus vite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Roger Aubry]], {{86 ans}}, né le [[DATE_NAISSANCE:20 août 1938]], [[ADRESSE:7 rue des Chènevières, 51000 Châlons-en-Champagne]]. Il montre sa carte d'ancien combattant. L'évaluatrice, [[PERSONNE:Marion]], note qu'il vit avec {{2 chats}} ({{Pompon}} et {{Caramel}}) et plus de chauffage à l'étage.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Famille syrienne, petite fille de {{3 ans}} brûlée à la main (thé). Le livret de famille syrien est en arabe : le prénom [[PERSONNE:ليلى]], l'agente écrit [[PERSONNE:Layla]], le père dit « non, [[PERSONNE:Leila]] ». Nom [[PERSONNE:Al-Hamwi]]. Née le [[DATE_NAISSANCE:05/10/2021]]. L'agente, [[PERSONNE:Corinne]], garde [[PERSONNE:Leila]] comme sur la carte vitale du père.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme en sang entre par la mauvaise porte (celle des ambulances). Panique, puis prise en charge immédiate. {{4 soignants}} autour de lui en {{30 secondes}}. Pas d'admin avant {{20 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Christiane Ferry]], {{77 ans}}, chute. Elle donne son adresse pour le retour en ambulance : [[ADRESSE:15 rue de la Côte, 57050 Le Ban-Saint-Martin]]. Le numéro de sa voisine, [[PERSONNE:Colette]], qui a les clés : [[TELEPHONE:03 87 30 52 14]]. L'agente, [[PERSONNE:Magali]], écrit tout sur un papier jaune scotché au dossier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La gendarmerie de {{Molsheim}} appelle : une voiture abandonnée, plaque [[IMMATRICULATION:GJ-806-TB]], propriétaire M. [[PERSONNE:Anthony Jung]], est-il chez vous ? La secrétaire, [[PERSONNE:Christelle]], demande une réquisition écrite avant de répondre. Le gendarme, adjudant [[PERSONNE:Hoffmann]], dit qu'il la faxe.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Younes Amrani]], marocain, dit avoir {{17 ans}}, pas reconnu mineur par le département (évaluation à {{Colmar}}). Il donne sa date de naissance : [[DATE_NAISSANCE:11/03/2007]]. Recours devant le juge des enfants, avocate Me [[PERSONNE:Kessler]]. En attendant, {{CHRS}} adultes ? L'éducatrice, [[PERSONNE:Sarah]], hésite, appelle la cheffe. Il reste {{1 nuit}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "« [[PERSONNE:Le Chti]] » (vrai nom [[PERSONNE:Didier Wattiez]]) est là depuis {{2016}}, il fait le café pour tout le monde. Il a un vélo qu'il ne prête à personne. L'éduc, [[PERSONNE:Thomas]], dit qu'il est « la mémoire du foyer ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution du courrier à {{14h}}. {{31 lettres}}, dont {{9}} de la {{Caf}}, {{4}} de la préfecture, {{2}} recommandés. Les résidents font la queue devant le bureau, certains ouvrent leur lettre sur place et repartent sans rien dire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Fereshta Haidari]], afghane, a signé son contrat d'intégration républicaine ({{CIR}}) à l'{{OFII}} : n° [[IDENTIFIANT:CIR-67-2024-11284]]. {{400 heures}} de français. L'éducatrice, [[PERSONNE:Mathilde]], lui fait un planning avec le {{tram B}} pour aller aux cours, arrêt {{Elmerforst}}? non, {{Homme de Fer}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Famille bulgare, {{5 personnes}} dont un bébé, à la gare de {{Reims}}. Le père, M. [[PERSONNE:Asen Dimitrov]], parle un peu turc et un peu français. Portable bulgare [[TELEPHONE:+359 88 702 4163]]. L'écoutante, [[PERSONNE:Manon]], trouve {{2 chambres}} à l'hôtel {{Formule 1}}. Elle épelle le nom de l'hôtel trois fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{16h}}. Ligne saturée, {{9 appels}} en attente. Les écoutants notent sur papier parce que le logiciel rame. « Comme en {{2010}} » dit l'un d'eux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement de M. [[PERSONNE:Olivier Renard]] en sous-location, [[ADRESSE:4 rue des Vignerons, 68000 Colmar]]. Il a collé une affiche d'un {{renard}} sur la porte, « pour rire ». Il veut recevoir les quittances par mail : [[EMAIL:olivier.renard68@laposte.net]]. L'éduc, [[PERSONNE:Malik]], note.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à la famille arménienne [[PERSONNE:Grigoryan]], [[ADRESSE:9 rue du Docteur Schweitzer, 68200 Mulhouse]]. Passeport de monsieur : [[IDENTIFIANT:AU7195302]]. Madame, [[PERSONNE:Lilit]], prépare des {{dolmas}}. Le fils, [[PERSONNE:Aram]], traduit. Leur fille [[PERSONNE:Gayane]] est née en [[DATE_NAISSANCE:2019]] à {{Erevan}}. L'éducateur, [[PERSONNE:Karim]], parle de la régularisation par le travail.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Hanane El Fassi]], marocaine, arrivée avec un visa long séjour « conjoint de {{Français}} », n° [[IDENTIFIANT:FRA052968314]]. Elle a travaillé {{2 ans}} en {{Allemagne}}, compte {{Sparkasse}} : [[IBAN:DE15 5905 0101 0072 3619 45]]. Le conseiller, [[PERSONNE:Bastien]], l'inscrit : identifiant [[ID_FRANCE_TRAVAIL:7036281X]]. Ses droits au chômage allemands ? Formulaire {{PD U1}} de l'{{Agentur für Arbeit}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Florian Vogt]], mécanicien, {{29 ans}}, rdv de suivi. Il a trouvé une mission à {{Saverne}}, il y va avec sa moto [[IMMATRICULATION:FL-253-ZD]]. La conseillère, [[PERSONNE:Laura]], met à jour son numéro : [[TELEPHONE:06 84 20 37 59]]. Identifiant [[ID_FRANCE_TRAVAIL:1129853G]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « entretien d'embauche » : {{7 personnes}}. Le conseiller joue le recruteur. Un monsieur de {{58 ans}} demande comment parler de son âge. Silence. Le conseiller dit « on en parle après ». {{1h30}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Marie-Claire Dubois]], habite {{Givet}}, a travaillé à {{Dinant}} ({{Belgique}}). Le conseiller, [[PERSONNE:Stéphane]], demande le {{C4}} belge. Elle donne son compte belge : [[IBAN:BE31 0017 3520 9455]], et son portable belge [[TELEPHONE:+32 475 28 61 93]]. Identifiant [[ID_FRANCE_TRAVAIL:4790162Q]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Nathan Becker]] rappelle pour son attestation de fin de droits. La conseillère, [[PERSONNE:Hélène]], la renvoie sur [[EMAIL:nathan.becker57@outlook.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:6650327M]]. « Vous l'avez pas eue parce que c'était dans les spams. » Il vérifie en direct : oui.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
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
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes():
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
    """Draw the dev / holdout split from the ids and the cells only."""
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
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=_id)]
    path.write_text("".join(lines), encoding="utf-8")


def _id(note):
    return note["id"]


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
