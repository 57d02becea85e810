"""Author the independent31 evaluation notes for the anonymiser (stdlib only).

Each note is written once below as ``(site_kind, channel, marked_text)`` with inline marks:
``[[LABEL:value]]`` for a span to mask (LABEL from docs/privacy-labelling-guide.md) and
``{{value}}`` for a string to keep. Running this file strips the marks, computes the character
offsets, draws a seeded 50/50 split inside each (site_kind, channel) stratum and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it (ids ind31-001 ... ind31-240 in writing order).

Emphasis: an ordinary fortnight outside Brittany and outside mainland France too (Réunion,
Guadeloupe, Marseille, Strasbourg, Toulouse, Lyon suburbs, rural Creuse), names of many
origins and shapes, home addresses in all their shapes next to places that are not homes.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind31"
SEED = 31_2024

P = "accueil_physique"
T = "accueil_telephonique"
C = "controle_sur_place"

CAF = [
    # --- caf / accueil_physique (16)
    (
        "caf",
        P,
        "{{9h10}} {{Caf}} {{Saint-Denis}} ({{974}}). Mme [[PERSONNE:PAYET Marie-Claude]] vient pour son {{RSA}} suspendu depuis {{mars}}.\nL'agente ([[PERSONNE:Sandrine]]) lit l'ecran : num alloc [[N_ALLOCATAIRE:4821937]], adresse = l'ancienne, [[ADRESSE:résidence Les Flamboyants, bât C, porte 14, 97490 Sainte-Clotilde]]. Or elle vit chez sa fille au {{Chaudron}} depuis {{janvier}}.\nAgente : \"vous avez une nouvelle adresse ?\"\nElle : \"chez ma fille, mais c'est provisoire\"\nAgente : \"provisoire ça n'existe pas pour la {{Caf}}\" 😬\nOn met l'adresse de la fille ? Non, elle a peur que ça touche l'{{APL}} de sa fille.\nResultat : rien ne change, {{RSA}} toujours suspendu. Attente {{35 min}} debout.",
    ),
    (
        "caf",
        P,
        "Accueil {{Caf}} {{Marseille}}, antenne {{Saint-Just}}, {{10h}}. {{42}} tickets sortis avant {{9h30}} !!\nUn ado ecoute {{Jul}} à fond dans la file.\nBorne en panne -> l'agent renvoie tout le monde vers {{caf.fr}} sur les {{2}} ordis du fond.\nUne mamie repart sans rien, elle voulait juste une attestation de {{quotient familial}} pour la cantine 😩 Delai annoncé {{1h15}}.",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Strasbourg}}, rdv {{14h}}. M. [[PERSONNE:SCHNEIDER]] (prenom [[PERSONNE:Aloyse]], il l'epelle deux fois) vient pour un indu d'{{APL}} de {{1 240 €}}.\nIl montre son bail : [[ADRESSE:3 rue des Tanneurs, 67000 Strasbourg]]. Selon l'agent c'est le proprio qui a declaré la fin du bail par erreur.\nRepart avec le formulaire de contestation. {{40 min}} en tout.",
    ),
    (
        "caf",
        P,
        "{{Guéret}}, permanence {{Caf}} dans l'{{espace France services}} (le {{mardi}} seulement).\nAgriculteur, [[PERSONNE:Jean-Baptiste Lavergne]], {{58 ans}}, pour la {{prime d'activité}}. Il habite [[ADRESSE:lieu-dit La Chassagne, 23200 Saint-Alpinien]], le facteur passe \"une fois sur deux\".\nIl releve de la {{MSA}} (dossier [[N_ALLOCATAIRE:0417721]]), l'agente l'oriente quand meme.\nPas internet, pas de portable -> on note le fixe de sa soeur [[TELEPHONE:05 55 66 21 48]].",
    ),
    (
        "caf",
        P,
        "{{Toulouse}}, {{Caf}} antenne du {{Mirail}}, {{11h20}}.\nJeune papa, M. [[PERSONNE:Rayan Mokrani]], pour l'{{ASF}}, dossier [[N_ALLOCATAIRE:6620194]]. L'agente liste :\n1) jugement\n2) {{avis d'imposition}}\n3) {{RIB}}\n4) attestation sur l'honneur\nIl a tout sauf le jugement -> nouveau rdv le {{12 juin}} à {{9h}}, guichet {{4}}.\nPas de chaise pour la poussette, il attend debout {{25 min}}.",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Pointe-à-Pitre}}. Agente : Mme [[PERSONNE:Célestine]] (nom de famille !).\nUsagere inscrite sous [[PERSONNE:BELAIR Marie-Line]] née [[PERSONNE:JEAN-LOUIS]], vient declarer la naissance de son {{3e}}, demande le {{complément familial}}.\nN° alloc [[N_ALLOCATAIRE:0715284]] / tel [[TELEPHONE:0690 41 27 83]]\nadresse [[ADRESSE:résidence Les Lauriers-Roses, bât B, 97139 Les Abymes]]",
    ),
    (
        "caf",
        P,
        "{{Vénissieux}}, accueil {{Caf}}. Famille [[PERSONNE:Ben Hamou]] : le pere, [[PERSONNE:Karim]], parle pour sa femme.\nDossier [[N_ALLOCATAIRE:3392817]]. La caf a encore [[ADRESSE:12 av. Jean Cagne, 69200 Vénissieux]] alors qu'ils sont aux {{Minguettes}} depuis l'été : [[ADRESSE:tour 21, 4e étage, rue Gaston Monmousseau]].\nL'agent fait le changement en {{5 min}}, le pere n'en revient pas.",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Saint-Pierre}}, ouverture {{8h05}}. Deja {{une trentaine}} de personnes sous le {{flamboyant}} du parking.\nUn monsieur vend des {{samoussas}} et du {{bonbon piment}} dans la file 😅 les {{martins}} piquent les miettes.\nDedans clim en panne, {{31°}}. {{3}} agents au guichet sur {{6}} prévus.",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Marseille}} {{3e}}, ticket {{B047}}.\nMme [[PERSONNE:Anrafa SOILIHI]], {{4 enfants}}, {{ARS}} pas versée pour l'ainé ({{16 ans}}) : il manque le certificat de scolarité du {{lycée Saint-Exupéry}}.\nAdresse [[ADRESSE:cité Félix Pyat, bât B, esc. 4, 13003 Marseille]] ; mail [[EMAIL:anrafa.soilihi13@gmail.com]]\nl'agent lui imprime le formulaire, c'est tout.",
    ),
    (
        "caf",
        P,
        'Obs. accueil {{Caf}} {{Hautepierre}}. Ecran : "temps d\'attente estimé {{50 min}}".\nAffiches en {{turc}}, {{arabe}}, {{albanais}}.\nL\'agent : "{{décembre}} c\'est le pire mois, à cause de la {{prime de Noël}}" ({{152,45 €}} pour une personne seule au {{RSA}}).',
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Toulouse}}. [[PERSONNE:Ousmane KONATÉ]], {{23 ans}}, interimaire chez {{Airbus}} (sous-traitant), {{prime d'activité}}.\nL'agent tape \"[[PERSONNE:Konate]]\" sans accent -> aucun dossier. Il faut epeler [[PERSONNE:K-O-N-A-T-É]] puis chercher par date de naissance : [[DATE_NAISSANCE:02/01/2001]].\nLa, ca sort. {{15 min}} perdues pour un accent.",
    ),
    (
        "caf",
        P,
        "{{Aubusson}}, rdv visio {{Caf}} depuis le {{bus France services}}.\nL'agente {{Caf}} est à {{Guéret}}, sur une {{tablette}}. La {{4G}} coupe {{2 fois}}.\nUne dame de {{Felletin}}, {{81 ans}}, veut comprendre son {{APL}} : {{47 €}} de moins ce mois, non pardon {{74 €}}. Reponse : revalorisation des ressources N-2. Elle dit \"c'est la retraite de mon defunt\".",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Le Port}}. M. [[PERSONNE:MOUNIAMA Jean-Claude]], venu avec le voisin qu'il appelle \"[[PERSONNE:Ti Jean]]\".\n{{APL}} bloquée : le bailleur {{SIDR}} a envoyé l'attestation de loyer, réf. locataire SIDR [[IDENTIFIANT:0045782-L]], mais pas signée.\nAdresse [[ADRESSE:14 chemin Lefaguyes, 97420 Le Port]]. L'agent appelle la {{SIDR}} devant lui, miracle ca repond.",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Basse-Terre}}, {{15h}}. Agent parle creole à un vieux monsieur pour l'{{AAH}} : ca detend tout le monde.\n{{7}} personnes en salle, {{1}} seul guichet ouvert. Ventilo au plafond, {{Radio Caraïbes Internationale}} dans le hall 📻\nLe monsieur, M. [[PERSONNE:Hilaire Cocoyer]], num alloc [[N_ALLOCATAIRE:0398152]], dossier {{MDPH}} n° [[IDENTIFIANT:971-2023-004518]] en cours, repart avec son attestation. Il serre la main de l'agent.",
    ),
    (
        "caf",
        P,
        "{{Vaulx-en-Velin}}. M. et Mme [[PERSONNE:YILMAZ]], lui [[PERSONNE:Mehmet]], elle [[PERSONNE:Ayşe]].\nIl est auto-entrepreneur, sa boite s'appelle {{Yilmaz Bâtiment}}, {{prime d'activité}} calculée sur le CA du trimestre.\nNouveau compte : [[IBAN:FR76 1027 8012 0000 0203 4560 169]] ({{Credit Mutuel}}). Agent : \"le {{RIB}} papier, sinon c'est refusé\".",
    ),
    (
        "caf",
        P,
        "{{Caf}} {{Marseille}} {{Belsunce}}. Mme [[PERSONNE:NGUYEN Thi Lan]], sa fille [[PERSONNE:Linh]] ({{11 ans}}) traduit.\nAjout de la petite au dossier, née le [[DATE_NAISSANCE:9 sept 2014]] au {{Vietnam}}, pas d'acte traduit -> refus.\nJ'ai trouvé ca dur de voir une enfant traduire \"trop-perçu\".",
    ),
    # --- caf / accueil_telephonique (14)
    (
        "caf",
        T,
        "Plateforme tel {{Caf}}, casque en double. Appel {{1}} : {{12 min}} d'attente annoncée avant décroché. La dame veut savoir si l'{{APL}} tombe le {{5}} ou le {{25}}. Reponse standard, {{2 min}}.",
    ),
    (
        "caf",
        T,
        'Appel de [[PERSONNE:Mohamed Lemine ould Sidi]] depuis {{Toulouse}}, rupture {{RSA}}.\nIl lit son num allocataire sur le courrier : "[[N_ALLOCATAIRE:deux six quatre zero zero huit trois]]".\nRappel demandé au [[TELEPHONE:07 58 12 90 44]], l\'agent promet {{48h}}.',
    ),
    (
        "caf",
        T,
        'Tel {{Caf}} {{Réunion}}. Une mère appelle pour son fils [[PERSONNE:Dylan Grondin]], {{19 ans}}, plus d\'{{APL}} sur son studio à {{Saint-Denis}}.\nL\'agente refuse de detailler : il est majeur. La mère, Mme [[PERSONNE:Grondin]], s\'enerve, laisse son num [[TELEPHONE:+262 692 45 18 73]] "pour quand il voudra bien".\nAgente apres : "on a ca {{10 fois}} par jour".',
    ),
    (
        "caf",
        T,
        "Appels entre {{14h}} et {{15h}} : {{9}} appels\n- {{6}} {{RSA}}\n- {{2}} {{APL}}\n- {{1}} \"je sais plus pourquoi j'appelle\" 😂\nLe {{3230}} renvoie parfois vers le {{3949}} ({{France Travail}}), confusion frequente selon l'agent.",
    ),
    (
        "caf",
        T,
        "Appel d'un monsieur agé de {{Sélestat}}, [[PERSONNE:Joseph Wendling]], moitié alsacien moitié francais -> l'agente repond en alsacien 🙂\n{{APL}} pour sa femme entrée en {{EHPAD}} ({{EHPAD Les Tilleuls}}).\nDossier [[N_ALLOCATAIRE:5508213]], DDN [[DATE_NAISSANCE:17.02.1939]]. Il remercie {{4 fois}}.",
    ),
    (
        "caf",
        T,
        'Appel : [[PERSONNE:Inès Benali]], {{Marseille}} {{13e}}, veut envoyer ses justificatifs par mail.\nAgent : non, espace perso sur {{caf.fr}}. Elle donne quand meme son adresse "[[EMAIL:ines point benali arobase laposte point net]]", l\'agent ne la note pas.',
    ),
    (
        "caf",
        T,
        "Appel d'un couple de {{Bourganeuf}}, M. [[PERSONNE:Aupetit]] au tel.\nLeur courrier {{Caf}} revient \"n'habite pas a l'adresse indiquée\". Lui : \"on a pas de numero, c'est [[ADRESSE:Le Mas du Puy, 23400 Bourganeuf]] depuis {{60 ans}}\".\nL'agente ajoute le nom du lieu-dit en ligne 3. A suivre.",
    ),
    (
        "caf",
        T,
        'Plateforme {{Caf}} {{Guadeloupe}}, vigilance orange fortes pluies, {{40 %}} des agents en teletravail. Appels courts, beaucoup de "est-ce que c\'est ouvert à {{Baie-Mahault}} demain ?". Reponse : on sait pas avant {{17h}}.',
    ),
    (
        "caf",
        T,
        'Appel de Mme [[PERSONNE:Kowalczyk]] ({{Villeurbanne}}), prenom [[PERSONNE:Agnieszka]] que l\'agent n\'arrive pas à ecrire -> elle epelle [[PERSONNE:A-G-N-I-E-S-Z-K-A]].\nNIR lu à voix haute : [[NIR:2 76 12 99 122 135 85]]. Changement de situation (separation).\nAgent : "je vous envoie le formulaire". Elle : "encore un".',
    ),
    (
        "caf",
        T,
        "Pause {{16h45}}. Stats de l'equipe affichées : {{1 380}} appels hier, taux de décroché {{71 %}}, DMT {{7 min 30}}. L'agent me montre son \"script\" : {{4}} questions d'identification avant tout.",
    ),
    (
        "caf",
        T,
        "Appel, jeune homme de {{Toulouse}} ({{Bagatelle}}), [[PERSONNE:Trần Văn Phúc]], mais sur ses papiers francais c'est [[PERSONNE:TRAN Van Phuc]]... ca fait 2 dossiers !\nNouvelle adresse : [[ADRESSE:résidence Les Tourelles, escalier B, appt 23, 31100 Toulouse]].\nL'agent fait une demande de fusion de dossiers, \"ça prend {{3 mois}}\".",
    ),
    (
        "caf",
        T,
        "Appel d'un monsieur de {{Saint-Joseph}}, M. [[PERSONNE:Técher]], changement de RIB. Il lit tout fort avant qu'on l'arrete : [[IBAN:FR76 1871 9000 9100 7418 5296 367]]\nL'agente : \"raccrochez pas mais on ne prend pas les RIB au telephone\" -> espace perso.",
    ),
    (
        "caf",
        T,
        "Appel d'une AS du {{CCAS}} de {{Marseille}}, Mme [[PERSONNE:Rinaldi]], pour Mme [[PERSONNE:BA Coumba]], dossier [[N_ALLOCATAIRE:2047716]].\nRSA coupé depuis {{2 mois}}, {{3}} enfants. L'agente debloque un acompte de {{300 €}}. L'AS dit merci {{3 fois}}.",
    ),
    (
        "caf",
        T,
        "Appel de Mme [[PERSONNE:Aurore Desbordes]] depuis {{La Souterraine}}, dossier [[N_ALLOCATAIRE:1187 435]], pour la {{prime de déménagement}} : elle a deja demenagé -> trop tard ({{6 mois}} max apres la naissance du {{3e}} enfant).\nL'agent dit que peu de gens connaissent cette aide. Appel de {{4 min}}.",
    ),
    # --- caf / controle_sur_place (10)
    (
        "caf",
        C,
        "Controle sur place avec [[PERSONNE:Patrice]], controleur {{Caf}}, à {{Saint-Paul}}.\n[[ADRESSE:45 chemin des Goyaviers, Bellemène, 97460 Saint-Paul]]. Mme [[PERSONNE:Fontaine]], declarée isolée.\nIl regarde : {{2}} brosses à dents, chaussures d'homme, une {{fontaine}} à eau, un {{coq}} de combat dans la cour. Elle : \"c'est a mon frere\". Le controleur note sans commenter.",
    ),
    (
        "caf",
        C,
        "Controle de décence logement, Mme [[PERSONNE:Denise Chabrat]], [[ADRESSE:Le Bourg, 23150 Ahun]].\nPas de chauffage à l'étage, {{moisissure}} salle de bain, compteur {{EDF}} dans la grange.\nDans la cour une {{Clio}} [[IMMATRICULATION:BK-417-RZ]] qui ne roule plus. Le controleur : \"l'{{APL}} sera consignée jusqu'aux travaux\".",
    ),
    (
        "caf",
        C,
        "Visite à la {{Busserine}}, {{Marseille}} {{14e}}. M. [[PERSONNE:Abdallah Ben Saïd]] habite [[ADRESSE:bât F, 7e étage, cité de la Busserine, 13014 Marseille]]\nAscenseur en panne depuis {{3 semaines}}, on monte à pied. Il vit seul, {{67 ans}}, {{ASPA}} + {{APL}}.\nControle OK, le controleur lui laisse sa carte.",
    ),
    (
        "caf",
        C,
        'Controle ressources {{Neuhof}}. M. [[PERSONNE:Zimmermann]], [[ADRESSE:8 allée Reuss, escalier 2, 67100 Strasbourg]].\nDevant la porte voiture plaque allemande [[IMMATRICULATION:OG-KM 418]]. Controleur : "elle est a vous ?" Lui : oui, il bosse à {{Kehl}}, salaire en Allemagne pas declaré... ou declaré ailleurs ? A verifier avec la {{CPAM}} frontalier.',
    ),
    (
        "caf",
        C,
        'Dans la voiture de service sur la {{D 941}} entre {{Aubusson}} et {{Felletin}}.\n{{7}} controles prévus aujourd\'hui, {{2}} absents, {{1}} refus. {{180 km}} dans la journée.\nLe controleur : "en {{Creuse}} on fait plus de route que de controle".',
    ),
    (
        "caf",
        C,
        "Controle {{Capesterre-Belle-Eau}}, case creole au fond d'un chemin : [[ADRESSE:section Bananier, chemin de la Rivière, 97130 Capesterre-Belle-Eau]].\nMme [[PERSONNE:Ramassamy]] et son fils [[PERSONNE:Kévin]] ({{17 ans}}, decrocheur). {{RSA}} majoré.\nLe controleur verifie l'ecole : plus inscrit depuis {{octobre}}. Il explique sans menacer.",
    ),
    (
        "caf",
        C,
        "Controle {{Bagatelle}} ({{Toulouse}}), [[ADRESSE:résidence Bagatelle, bât 14, porte 153]]\nMme [[PERSONNE:Fatima-Zahra El Idrissi]] + {{3}} enfants, le plus jeune né le [[DATE_NAISSANCE:30 novembre 2019]].\nRecherche d'un conjoint non declaré : rien trouvé. Elle nous offre du {{thé à la menthe}}, le controleur refuse poliment (regle).",
    ),
    (
        "caf",
        C,
        "{{Vaulx-en-Velin}}, {{10h30}} : personne. Avis de passage deposé dans la boite.\n{{11h15}} : 2e adresse, [[ADRESSE:14 rue Romain Rolland, bât C, 69120 Vaulx-en-Velin]], nom sur la boite [[PERSONNE:M'BAREK]], interphone cassé, on attend {{20 min}} que quelqu'un sorte.\nBilan matinée : {{1}} controle fait sur {{4}}.",
    ),
    (
        "caf",
        C,
        "Famille [[PERSONNE:Dumitru]] en caravane sur un terrain : [[ADRESSE:ZAC des Verchères, parcelle 12, 69140 Rillieux-la-Pape]].\nVoiture plaque roumaine [[IMMATRICULATION:CJ 07 RTM]]. Le pere, [[PERSONNE:Ionuț]], montre les certificats de scolarité de l'{{école Paul Chevallier}}.\n{{Allocations familiales}} OK, {{APL}} impossible (caravane).",
    ),
    (
        "caf",
        C,
        "On cherche l'adresse : \"[[ADRESSE:quatorze ter, chemin Ligne d'Équerre, 97430 Le Tampon]]\" ecrit en toutes lettres sur le dossier, le GPS connait pas.\nM. [[PERSONNE:BOYER Jean-Marc]] finit par nous attendre au bord de la route 😄\n{{RSA}} + {{prime d'activité}}, petits boulots dans la canne. Controle OK.",
    ),
]
CPAM = [
    # --- cpam / accueil_physique (16)
    (
        "cpam",
        P,
        "{{Cpam}} {{Strasbourg}}, accueil sur rdv. Mme [[PERSONNE:Marie-Odile Ehrhart-Kieffer]], frontaliere, bosse à {{Offenburg}}.\nElle a un formulaire {{S1}} de l'{{AOK}}, n° d'assurée allemand [[IDENTIFIANT:K482091736]]. L'agent connait par coeur, {{10 min}} chrono.\nElle : \"vous etes la premiere personne qui comprend\".",
    ),
    (
        "cpam",
        P,
        "{{Marseille}}, {{Cpam}} accueil {{Saint-Charles}}, uniquement sur rdv depuis le covid.\nDevant la porte {{12}} personnes sans rdv. L'agent de securité les renvoie vers la {{borne}} et {{ameli.fr}}.\nJ'ai compté : sur {{12}}, {{5}} sans smartphone.",
    ),
    (
        "cpam",
        P,
        "{{CGSS}} {{Pointe-à-Pitre}} (= la Cpam ici). M. [[PERSONNE:NANKIN Rodrigue]], carte {{Vitale}} perdue pendant le carnaval 🎭\nIl donne son numero : [[NIR:1 68 07 971 05 091 85]]. Nouvelle carte commandée, attestation papier en attendant. {{8 min}}.",
    ),
    (
        "cpam",
        P,
        "{{Cpam}} {{Toulouse}}, {{Mirail}}. Mme [[PERSONNE:Kadiatou Sissoko]], demande d'{{AME}}.\nPasseport malien n° [[IDENTIFIANT:B0748213]]. Il faut prouver {{3 mois}} de presence : elle a une domiciliation au {{Secours catholique}} mais pas de date dessus.\nL'agente cherche une solution, finit par accepter une ordonnance du {{PASS}} de {{Purpan}} datée.",
    ),
    (
        "cpam",
        P,
        "Point d'accueil {{Cpam}} {{Vénissieux}}. Matinée sans rush.\n- {{4}} cartes {{Vitale}} (photos)\n- {{2}} rattachements d'enfants\n- {{1}} {{C2S}}\nL'agent dit que l'appli {{carte Vitale}} sur smartphone \"ca marche chez {{1}} personne sur {{10}}\".",
    ),
    (
        "cpam",
        P,
        "{{CGSS}} {{Saint-André}}. Mme [[PERSONNE:Marie-Thérèse Ah-Soune]], demande {{C2S}}.\nN° secu [[NIR:2 84 11 974 11 053 67]], née le [[DATE_NAISSANCE:23/11/1984]] à {{Saint-Denis}}.\nPlafond depassé de {{38 €}}... l'agente lui propose la {{C2S}} avec participation ({{1 €}}/jour max).",
    ),
    (
        "cpam",
        P,
        "{{Guéret}}, accueil {{Cpam}}. M. [[PERSONNE:Lucien Peyrot]], {{84 ans}}, vient pour ses remboursements de taxi jusqu'au {{CHU de Limoges}} (chimio).\nMutuelle {{Groupama}} n° [[IDENTIFIANT:GR 7745 1208]]. Bon de transport mal rempli par le medecin -> refus. Il devra y retourner.\n{{1h30}} de route aller pour ca.",
    ),
    (
        "cpam",
        P,
        "{{Cpam}} {{Marseille}} {{15e}}. M. [[PERSONNE:Youssef ben Mansour]], renouvellement {{AME}}.\nIl a tout, sauf la preuve d'adresse : il vit chez un cousin. L'agente prend une attestation d'hebergement + le tel du cousin [[TELEPHONE:06.51.38.72.09]].\nDossier complet, delai {{2 mois}}.",
    ),
    (
        "cpam",
        P,
        "{{Cpam}} {{Strasbourg}}, l'agente ([[PERSONNE:Rachida]]) appelle {{ISM Interprétariat}} par tel pour Mme [[PERSONNE:Selam Tesfamariam]], qui parle {{tigrigna}}.\nAttente interprete {{9 min}}, puis tout va tres vite. L'agente : \"on a le droit à {{ISM}} mais peu de collegues l'utilisent\".",
    ),
    (
        "cpam",
        P,
        "{{Cpam}} {{Toulouse}}. Mme [[PERSONNE:Maialen Etxeberria]], {{IJ}} pas versées depuis {{5 semaines}}.\nSon employeur, la {{Pâtisserie Goikoetxea}}, n'a pas envoyé l'{{attestation de salaire}}. L'agent appelle la patisserie devant elle, le patron M. [[PERSONNE:Goikoetxea]] dit \"c'est le comptable\".\nVersement dans {{10 jours}} promis.",
    ),
    (
        "cpam",
        P,
        "{{Bron}}, {{Cpam}}. [[PERSONNE:Dragan Petrović]], carte Vitale jamais recue, né en {{Allemagne}}.\nIl recite son numero sans espaces : [[NIR:185069910902204]]. L'agent verifie, l'adresse ne correspond pas. Mise à jour + envoi.",
    ),
    (
        "cpam",
        P,
        "{{CGSS}} {{Les Abymes}}, {{13h40}}. Salle pleine, {{clim}} OK pour une fois.\nBeaucoup de retraités pour des attestations {{CSS}}. Un monsieur demande si on peut payer le ticket moderateur en {{chèque}}. Agent : ici on ne paie rien 🙂\n{{Destreland}} à {{5 min}}, des gens font les courses entre deux.",
    ),
    (
        "cpam",
        P,
        "{{CGSS}} {{Saint-Denis}}. Mme [[PERSONNE:Zaïnaba Madi]], arrivée de {{Mayotte}} il y a {{2 mois}}, transfert du dossier de la {{CSSM}}.\nDDN [[DATE_NAISSANCE:01/01/1990]] (\"comme beaucoup de Mahorais\" dit l'agente, je ne savais pas).\nTel [[TELEPHONE:0639 62 18 40]] — numero mahorais, l'agente note aussi celui de sa tante à {{La Réunion}}.",
    ),
    (
        "cpam",
        P,
        '{{Cpam}} {{Marseille}}. M. [[PERSONNE:Hagop Der Kevorkian]], {{71 ans}}, photo de carte Vitale refusée (lunettes teintées).\nIl montre la {{Pharmacie du Prado}} en face : "ils font les photos". L\'agent dit non, cabine agréée. Il part furieux.',
    ),
    (
        "cpam",
        P,
        "{{La Souterraine}} : la permanence {{Cpam}} du {{jeudi}} est fermée depuis {{septembre}}, affichette sur la porte.\nOrientation vers la {{maison France services}} à {{800 m}}. L'animatrice, [[PERSONNE:Nadège]], y fait tout : {{ameli}}, {{caf.fr}}, {{impots.gouv}}.\nElle voit {{15}} personnes par jour en moyenne.",
    ),
    (
        "cpam",
        P,
        '{{Cronenbourg}}, {{Cpam}}. Formulaire rempli à la main en majuscules : "[[PERSONNE:ŞAHIN Elif]]".\nDeclaration de grossesse, accouchement prévu en {{mars}} au {{CMCO}} de {{Schiltigheim}}.\nMail [[EMAIL:elif.sahin67@hotmail.fr]]. L\'agent corrige : le Ş passe pas dans le logiciel, il met S.',
    ),
    # --- cpam / accueil_telephonique (14)
    (
        "cpam",
        T,
        "Plateau tel du {{3646}}. Message d'accueil de {{45 s}} avant le menu, puis {{4}} choix. {{1er}} appel à {{9h02}}. File d'attente affichée : {{37}}. L'agent dit que le lundi c'est toujours ça.",
    ),
    (
        "cpam",
        T,
        "Appel d'une fille pour son pere, [[PERSONNE:Lê Văn Hùng]], {{68 ans}}, {{Vénissieux}} : feuilles de soins papier jamais remboursées.\nElle lit le numero de secu : [[NIR:1 56 10 99 243 012 01]]. L'agent voit {{3}} feuilles en attente pour \"signature manquante\".",
    ),
    (
        "cpam",
        T,
        "Appel {{CGSS}} {{Réunion}}. [[PERSONNE:Grégory Lauret]], en arret depuis un accident chez {{Leclerc Portail}}, {{IJ}} bloquées.\nL'employeur a mis la mauvaise date. Tel [[TELEPHONE:0693 20 47 15]], rappel {{vendredi}}.",
    ),
    (
        "cpam",
        T,
        "Tel {{CGSS}} {{Guadeloupe}}, {{10h}}-{{11h}}.\n{{14}} appels, dont {{6}} sur les remboursements de dentiste ({{100 % santé}}), {{3}} {{ALD}}.\nUne dame appelle de {{Marie-Galante}}, pas de medecin sur l'ile ce mois-ci, elle demande si le bateau est remboursé. Reponse : oui avec prescription.",
    ),
    (
        "cpam",
        T,
        'Appel Mme [[PERSONNE:Maria da Conceição Dos Santos]], {{Villeurbanne}}, carte {{Vitale}} au mauvais nom ("[[PERSONNE:Dos Santo]]" sans s).\nRappel demandé : [[TELEPHONE:zéro six, trente-quatre, douze, quatre-vingt-dix-huit, zéro un]] — l\'agent tape en même temps.',
    ),
    (
        "cpam",
        T,
        "Appel du cabinet de kiné de M. [[PERSONNE:Olivier Castéran]], {{Toulouse}} ({{Saint-Cyprien}}) : rejet de {{38}} factures {{tiers payant}} à cause d'une mise à jour.\nAgent : incident connu, regularisation le {{15}}. Appel pro, {{3 min}}.",
    ),
    (
        "cpam",
        T,
        "Appel, Mme [[PERSONNE:Schaeffer]] de {{Haguenau}} veut qu'on lui envoie son attestation par mail : [[EMAIL:m.schaeffer [at] orange [point] fr]]\nL'agent explique {{ameli}}, elle n'a pas de compte, on en crée un au tel en {{12 min}}.",
    ),
    (
        "cpam",
        T,
        'Appel de Mme [[PERSONNE:Ouedraogo]] ({{Toulouse}}), nouveau compte pour les remboursements.\nElle commence a lire : [[IBAN:FR76 2004 1010 1204 5678 9123 473]], l\'agent la laisse finir puis : "il faut le deposer sur {{ameli}}, je ne peux pas le saisir".',
    ),
    (
        "cpam",
        T,
        "Musique d'attente = {{Vivaldi}}, {{4 saisons}}, en boucle. L'agent ne l'entend plus. Appel {{11h40}} : question sur le {{médecin traitant}} (le sien part à la retraite à {{Aubusson}}), aucun medecin ne prend de nouveaux patients à {{30 km}}.",
    ),
    (
        "cpam",
        T,
        "Appel de l'AS du {{CHU Purpan}} pour un patient, M. [[PERSONNE:Ferhat Aït-Ouali]], sans droits ouverts.\nElle donne l'IPP [[IDENTIFIANT:P00912834]] et la DDN [[DATE_NAISSANCE:1961-04-07]]. L'agent retrouve un ancien NIR, droits reouverts dans la journée.",
    ),
    (
        "cpam",
        T,
        'Appel M. [[PERSONNE:Lachaud]], {{Boussac}}, taxi conventionné ({{Taxi Boussac Services}}) pas remboursé.\nIl donne son adresse pour un nouveau formulaire : [[ADRESSE:2 impasse du Lavoir, 23600 Boussac]].\nL\'agent : "{{5 à 7 jours}}". Lui : "ici c\'est plutot {{15}}".',
    ),
    (
        "cpam",
        T,
        "Appel, [[PERSONNE:José Manuel Da Costa]], chauffeur poids lourd chez {{Transports Da Costa}} (l'entreprise de son oncle), arret maladie.\nL'employeur n'a pas fait l'attestation, \"mon oncle il fait pas les papiers\". L'agent lui explique le {{net-entreprises}}.",
    ),
    (
        "cpam",
        T,
        "Appel de Mme [[PERSONNE:Echati Abdou]] en {{shimaoré}}, l'agente le parle un peu, transfere à une collegue de {{Mamoudzou}}... non, de {{Saint-Pierre}}, originaire de {{Mayotte}}.\nSujet : {{AME}} impossible à {{Mayotte}}, ici oui ? Reponse compliquée, {{9 min}}.",
    ),
    (
        "cpam",
        T,
        'Appel de Mme [[PERSONNE:Van den Broeck]], belge, installée à {{Lyon}} ({{Croix-Rousse}}), veut ses remboursements sur son compte belge : [[IBAN:BE66 0634 4710 2943]].\nAgent : OK, zone {{SEPA}}, mais il faut le {{RIB}} par {{ameli}}. Elle : "encore {{ameli}} !"',
    ),
    # --- cpam / controle_sur_place (10)
    (
        "cpam",
        C,
        'Controle arret de travail avec l\'agent enqueteur {{Cpam}}, {{Marseille}} {{14e}}.\n[[ADRESSE:résidence Le Mail, bât G, 13014 Marseille]], M. [[PERSONNE:Rachid Bouzid]], sorties libres non autorisées.\nPersonne. Sa voiture [[IMMATRICULATION:FT-208-XL]] est sur le parking. Voisine : "il est chez le kiné". Avis de passage.',
    ),
    (
        "cpam",
        C,
        'Controle {{IJ}} {{Saint-Denis}}, [[ADRESSE:12 bis rue Juliette Dodu, 97400 Saint-Denis]], Mme [[PERSONNE:Nativel]], {{3e}} etage sans ascenseur. Elle est là, en pyjama, un {{margouillat}} sur le mur 🦎. Controle conforme, {{6 min}}. L\'agent : "{{80 %}} sont chez eux".',
    ),
    (
        "cpam",
        C,
        "{{Creuse}} : {{4}} controles prévus entre {{Bourganeuf}} et {{Royère-de-Vassivière}}, {{110 km}}.\n{{1}} maison introuvable (pas de numero), {{1}} absent, {{2}} conformes.\nL'agent a un cahier avec des croquis des lieux-dits 📓",
    ),
    (
        "cpam",
        C,
        'Controle arret maladie, [[ADRESSE:cité de l\'Ill, bâtiment 5, 3e gauche, 67000 Strasbourg]].\nNom sur la boite : [[PERSONNE:KAYA Mustafa]]. Il ouvre, bras dans le platre, rigole : "vous croyez que je fais du foot ?"\nDans le salon, poster de {{Mbappé}}. Conforme.',
    ),
    (
        "cpam",
        C,
        "Enquete residence {{C2S}} à {{Baie-Mahault}}. L'assuré, M. [[PERSONNE:Slimani]], a pour adresse postale [[ADRESSE:BP 47, 97122 Baie-Mahault]].\nIl habite en fait [[ADRESSE:lotissement Les Palmiers, lot 32, Baie-Mahault]]. L'agent : une BP ne prouve pas la residence, il faut la facture {{EDF}}.",
    ),
    (
        "cpam",
        C,
        "{{Vénissieux}}, {{9h15}}-{{11h}}, {{3}} controles d'arrets.\nTous conformes. L'agent : \"le controle c'est surtout pour que les gens sachent qu'il existe\".\nOn repasse devant l'{{hôpital Edouard Herriot}}... non c'est à {{Lyon}}, ici c'était la {{clinique}} de {{Vénissieux}}. Je me melange.",
    ),
    (
        "cpam",
        C,
        "{{Saint-Priest}}. Mme [[PERSONNE:Gashi]] (famille kosovare), arret apres accouchement prolongé.\n[[ADRESSE:6 place Salengro, 69800 Saint-Priest]]. Le mari traduit. Bébé de {{3 semaines}}, tout est conforme.\nL'agent laisse le numero du {{3646}} et le lien {{ameli}}.",
    ),
    (
        "cpam",
        C,
        "Controle à {{Marseille}} {{13e}}. Devant l'adresse, voiture immatriculée en Algerie [[IMMATRICULATION:01234 116 16]].\nL'assuré, M. [[PERSONNE:Benkhelifa]], en arret longue maladie, est \"au bled\" selon le fils. Sortie du territoire non declarée -> rapport.",
    ),
    (
        "cpam",
        C,
        "Controle {{Toulouse}}, [[ADRESSE:27 allée des Demoiselles, 31400 Toulouse]]. M. [[PERSONNE:Jon Aranburu]], arret pour lombalgie.\nPas là. On le retrouvera... pas. Le voisin dit qu'il entraine une équipe de pelote basque le soir. L'agent note \"absent {{14h20}}\" seulement, pas de ragots dans le rapport.",
    ),
    (
        "cpam",
        C,
        "Debrief avec [[PERSONNE:Serge Vallauri]], l'agent enqueteur (ancien gendarme, {{28 ans}} à la {{Cpam}}). Il fait {{600}} controles par an.\nSes regles : jamais avant {{9h}}, toujours se presenter, pas d'avis sur la maladie.\nIl a une {{Dacia}} de service, {{230 000 km}}.",
    ),
]
CCAS = [
    # --- ccas / accueil_physique (16)
    (
        "ccas",
        P,
        "{{CCAS}} {{Marseille}}, service domiciliation. M. [[PERSONNE:Abdoulaye N'Diaye]] vient chercher son courrier : {{3}} lettres dont {{1}} de la {{préfecture}}.\nSon adresse officielle c'est la nôtre : \"{{CCAS}} - {{3 place de l'Hôtel de Ville}}\". L'agent : \"on a {{4 200}} domiciliés\".\nIl repart en souriant, le courrier de la préfecture c'est un rdv.",
    ),
    (
        "ccas",
        P,
        "{{Guéret}}, {{épicerie solidaire}} du {{CCAS}}.\nPrix affichés : pâtes {{0,30 €}}, lait {{0,20 €}}, café {{1 €}}. Acces sur dossier, {{3 mois}} renouvelables.\nLes {{Restos du Cœur}} sont juste à côté, les benevoles se connaissent tous.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Saint-Denis}} ({{Réunion}}). Mme [[PERSONNE:LEBON Marie-Annick]], facture {{EDF}} de {{612 €}}, coupure annoncée.\nRef client {{EDF}} [[IDENTIFIANT:4002 187 654]]. L'AS monte un dossier {{FSL}} + appel à {{EDF}} pour suspendre.\nElle : \"c'est la clim, mon petit-fils est asthmatique\".",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Toulouse}}. [[PERSONNE:Chloé Garcia-Moreno]], {{24 ans}}, seule avec un bébé, demande une aide d'urgence.\nHabite [[ADRESSE:5 bis rue des Trente-Six Ponts, 31400 Toulouse]], loyer {{540 €}}, ressources {{690 €}}.\nNum {{Caf}} [[N_ALLOCATAIRE:9104528]] pour verifier l'{{APL}}. Aide accordée : {{150 €}} en chèques services. Decision en {{20 min}}, l'AS a le pouvoir de signer, c'est rare.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Strasbourg}}, distribution des colis de fin d'année.\nDans le colis : {{bredele}}, {{foie gras}}, un {{Gewurztraminer}}, chocolats {{Jacquet}}... non {{Suchard}}.\nFile de {{60}} personnes agées devant le {{Centre administratif}}, un benevole distribue des tickets du {{Christkindelsmärik}}.",
    ),
    (
        "ccas",
        P,
        "{{Vaulx-en-Velin}}. Mme [[PERSONNE:Bouchra El Ouafi]], aide cantine pour son fils [[PERSONNE:Yanis]], CE2 à l'{{école Jean Vilar}}.\nTarif passé de {{0,80 €}} à {{3,20 €}} le repas (changement de {{quotient familial}}). L'agent recalcule : erreur de la ville, retour à {{0,80 €}}.",
    ),
    (
        "ccas",
        P,
        '{{Aubusson}}, {{CCAS}}. Mme [[PERSONNE:Solange Aufrère]], {{88 ans}}, portage de repas.\nAdresse ecrite par sa nièce sur le formulaire : [[ADRESSE:sept, rue Vieille, 23200 Aubusson]] (le numero en lettres, l\'agent corrige en "7").\nRepas à {{8,50 €}}, livrés le {{lundi}} et le {{jeudi}}.',
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Pointe-à-Pitre}}, saison cyclonique. Distribution de kits : {{lampe}}, {{radio}}, {{pastilles}} pour l'eau, {{bâche}}.\n{{200}} kits pour {{1 400}} demandes. Critère : plus de {{75 ans}} ou handicap. Au mur du gymnase, une affiche de {{Teddy Riner}}.\nLes agents connaissent la moitié des gens par leur prenom (je n'ai rien noté).",
    ),
    (
        "ccas",
        P,
        "{{Marseille}} {{Noailles}}. M. [[PERSONNE:Albertini]], dit \"[[PERSONNE:le Corse]]\" par tout le monde au {{CCAS}}, secours d'urgence.\nIl veut un chèque {{Carrefour}}. L'AS n'a que des bons {{Leader Price}}. Il accepte en râlant.\n{{65 ans}}, rue depuis {{2019}}.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Le Tampon}}. Mme [[PERSONNE:Clotilde Hoarau]], née le [[DATE_NAISSANCE:4 avril 1938]], demande la téléassistance {{Présence Verte}}.\nTel fixe [[TELEPHONE:02 62 57 31 09]]. Sa fille vit à {{Montpellier}}, le voisin a les clés.\nInstallation sous {{10 jours}}.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Strasbourg}}. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, protection temporaire, APS n° [[IDENTIFIANT:6709182734]].\nBons alimentaires + orientation {{Banque alimentaire du Bas-Rhin}}. Son fils de {{9 ans}} traduit en anglais.\nL'agente parle un peu russe, la dame prefere l'anglais.",
    ),
    (
        "ccas",
        P,
        '{{Toulouse}}, {{épicerie sociale}} {{Empalot}}.\nLundi {{14h}} : {{23}} passages, panier moyen {{6,40 €}}.\nRupture : huile, sucre. Par contre {{47}} boites de {{pois chiches}} 🙄\nLa responsable, Mme [[PERSONNE:Cazals]] : "les dons de supermarché c\'est ce qui ne se vend pas".',
    ),
    (
        "ccas",
        P,
        "{{Rillieux-la-Pape}}, {{CCAS}}. M. [[PERSONNE:Phạm Ngọc Anh]] pour les obseques de sa mère, aide facultative.\nDevis {{PFG}} : {{3 900 €}}. Le {{CCAS}} peut prendre {{800 €}}. Il demande si la mosquée... non, la pagode de {{Saint-Fons}} peut aider. L'agent ne sait pas.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Sainte-Anne}} ({{Guadeloupe}}). M. [[PERSONNE:SAINT-ANGE Jocelyn]], aide pour bouteille de gaz, {{Rubis}} a augmenté à {{32 €}}.\nIl habite [[ADRESSE:Grands-Fonds, chemin Belle-Place, 97180 Sainte-Anne]]. Accordé : {{2}} bouteilles.",
    ),
    (
        "ccas",
        P,
        "{{CCAS}} {{Villeurbanne}}. Mme [[PERSONNE:Fatou Sow]], aide à la rentrée ({{3}} enfants, {{collège Jules Ferry}}... euh {{collège Louis Jouvet}}).\nTel [[TELEPHONE:06 13 82 47 59]]. Elle montre le mail de la Caf pour l'{{ARS}} : versée, mais pas assez.\nAide : {{60 €}} par enfant.",
    ),
    (
        "ccas",
        P,
        "Bourse aux vetements du {{CCAS}} de {{La Souterraine}} avec {{Emmaüs}}.\nUn {{pull marine}} {{2 €}}, manteau {{5 €}}, chaussures de securité {{gratuites}} (pour ceux qui reprennent un emploi).\n{{11h}} : plus rien en taille enfant.",
    ),
    # --- ccas / accueil_telephonique (12)
    (
        "ccas",
        T,
        "Plan canicule, {{Marseille}}. Appels aux inscrits du registre.\nMme [[PERSONNE:Rosine Ambrosino]], {{91 ans}}, [[TELEPHONE:04 91 62 37 55]] : decroche au {{6e}} appel, va bien, \"j'ai mis les volets\".\nL'agent coche. {{140}} personnes à appeler aujourd'hui.",
    ),
    (
        "ccas",
        T,
        "Standard {{CCAS}} {{Toulouse}} le matin : {{27}} appels en {{2h}}.\nSujets : {{domiciliation}} ({{8}}), {{aide alimentaire}} ({{7}}), {{transport}} ({{5}}), le reste divers.\nLe logiciel de rdv plante à {{10h12}} 🙃",
    ),
    (
        "ccas",
        T,
        "Appel du bailleur {{Erilia}} : locataire en dette, M. [[PERSONNE:Habib Chaouch]], [[ADRESSE:cité des Flamants, bât A12, 13014 Marseille]].\nRef. locataire [[IDENTIFIANT:LOC-0078231]], dette {{2 340 €}}. Le bailleur veut un signalement avant expulsion.\nL'AS fixe une visite à domicile.",
    ),
    (
        "ccas",
        T,
        "Appel d'une fille depuis {{Paris}}, inquiète pour sa mère, Mme [[PERSONNE:Bélénus]], au [[ADRESSE:chemin de Mare-Gaillard, 97190 Le Gosier]].\nPlus de nouvelles depuis {{3 jours}}. L'agent envoie la police municipale... puis rappel : la dame était chez sa soeur à {{Saint-François}}. Ouf.",
    ),
    (
        "ccas",
        T,
        "Appel de M. [[PERSONNE:Roger Hummel]] ({{Schiltigheim}}), n'a pas recu son colis. Il donne son mail pour etre prevenu : [[EMAIL:roger.hummel67@wanadoo.fr]]. L'agent verifie : il s'est inscrit trop tard ({{15 oct}}). On lui en garde un quand meme.",
    ),
    (
        "ccas",
        T,
        "{{CCAS}} {{Saint-Pierre}} ({{974}}), lendemain du cyclone {{Garance}}.\nLe tel sonne sans arret : toits envolés, eau coupée à {{Saint-Philippe}}. Les agents donnent les horaires des camions-citernes.\n{{300}} appels dans la journée d'apres la responsable.",
    ),
    (
        "ccas",
        T,
        "Appel de Mme [[PERSONNE:Yvette Chassagne]], {{79 ans}}, pour l'aide au bois de chauffage.\n[[ADRESSE:lieu-dit Les Combes, 23340 Faux-la-Montagne]]. {{4 stères}} par an, le {{CCAS}} en paie {{2}}.\nElle raconte {{10 min}} l'hiver {{1985}}, l'agente ecoute.",
    ),
    (
        "ccas",
        T,
        "Appel, Mme [[PERSONNE:Hamidou]] ({{Vaulx}}), facture d'eau {{410 €}}.\nRef client {{Eau du Grand Lyon}} [[IDENTIFIANT:EGL-558 214 03]]. Dossier {{FSL}} eau à remplir, rdv {{mardi}} {{14h}}.",
    ),
    (
        "ccas",
        T,
        "Tel {{CCAS}} {{Pointe-à-Pitre}}, {{3e}} jour de coupure d'eau dans le quartier de {{Lauricisque}}.\nLes gens appellent le {{CCAS}} \"parce que le {{SMGEAG}} repond pas\". Mme [[PERSONNE:Siméon]], [[ADRESSE:Bergevin, bât 9, 97110 Pointe-à-Pitre]], {{4}} enfants, plus une goutte. L'agent donne les points de distribution : {{place de la Victoire}}, {{stade Mémorial ACTe}}... non le parking du {{Mémorial ACTe}}.",
    ),
    (
        "ccas",
        T,
        "Appel de M. [[PERSONNE:Mickaël Ramos-Dupuy]], {{Toulouse}}, ne peut pas venir au rdv (pas de bus le {{dimanche}}... on est {{lundi}}, il voulait dire demain).\nRappel au [[TELEPHONE:+33 7 82 14 65 30]]. Rdv deplacé au {{jeudi}}.",
    ),
    (
        "ccas",
        T,
        "Appel d'un voisin : \"la veuve [[PERSONNE:Lopez]]\" n'ouvre plus ses volets, [[ADRESSE:4 impasse des Oliviers, 13015 Marseille]].\nL'agent envoie une AS dans l'heure. Le voisin : \"elle parle à son {{olivier}} dans la cour, c'est pas normal\".",
    ),
    (
        "ccas",
        T,
        "Appel pour Mme [[PERSONNE:Öztürk]] ({{Strasbourg}}, {{Koenigshoffen}}), c'est sa fille [[PERSONNE:Zeynep]] qui parle.\nDemande de place en résidence autonomie. Liste d'attente : {{18 mois}}. La fille : \"elle a {{86 ans}}...\"",
    ),
    # --- ccas / controle_sur_place (12)
    (
        "ccas",
        C,
        "Visite à domicile avec l'AS du {{CCAS}}, {{Marseille}} {{1er}} : [[ADRESSE:rue du Musée, n° 7, 2e étage porte droite, 13001 Marseille]].\nMme [[PERSONNE:Mbaye]] et {{4}} enfants dans {{28 m²}}. Fissure au plafond, l'AS prend des photos pour le signalement.\nListe de l'AS :\n- humidité chambre\n- {{2}} fenetres qui ferment pas\n- {{cafards}}\n- compteur {{EDF}} bricolé par le proprio ?\nElle me dit : \"vous etes de la mairie ?\" Non.\nSignalement à l'{{ARS}} dans la semaine.",
    ),
    (
        "ccas",
        C,
        "Visite à M. [[PERSONNE:Marcel Tixier]], {{92 ans}}, [[ADRESSE:Villemonteix, 23170 Chambon-sur-Voueize]].\nSeul avec son chien {{Pataud}}, maison en {{pierre}}, poele à bois, pas de salle de bain. Il refuse l'aide-ménagère : \"j'ai pas besoin\".\nL'AS negocie {{2h}} par semaine. Accepté !",
    ),
    (
        "ccas",
        C,
        "{{Saint-Benoît}}. Visite Mme [[PERSONNE:Marie-Rose Ethève]], [[ADRESSE:chemin Bras-Canot, case n° 3, 97470 Saint-Benoît]].\nToit en tôle percé depuis {{Garance}}. Des {{roses}} de porcelaine sur le buffet, photos des petits-enfants à {{Paris}}.\nDossier amelioration habitat.",
    ),
    (
        "ccas",
        C,
        "Tournée canicule {{Neudorf}}, {{5}} visites, {{34°}} à {{15h}}.\nTout le monde va bien sauf M. [[PERSONNE:Frédéric Ostermann]], deshydraté -> {{15}} appelé, transport aux {{HUS}}.\nL'agent a des bouteilles d'eau {{Cristaline}} dans le coffre.",
    ),
    (
        "ccas",
        C,
        "{{Toulouse}}, {{Les Izards}}. Visite M. [[PERSONNE:Kamel Haddad]], [[ADRESSE:résidence Les Izards, bât D, 31200 Toulouse]], sortie d'hopital.\nFrigo vide. L'AS appelle le portage de repas + une voisine, Mme [[PERSONNE:Bouaziz]], qui fera les courses.",
    ),
    (
        "ccas",
        C,
        "Visite à [[ADRESSE:section Vieux-Bourg, 97111 Morne-à-l'Eau]], M. [[PERSONNE:Théodore Zami]], {{80 ans}}.\nSon {{cabri}} {{Ti-Blanc}} dans la cour, il dit que c'est sa seule famille ici. Ses enfants sont en metropole.\nAide-ménagère accordée, {{4h}}/semaine.",
    ),
    (
        "ccas",
        C,
        '{{Minguettes}}, {{Vénissieux}} : {{3}} visites de suivi RSA... non, pas RSA, suivi "personnes isolées" du {{CCAS}}.\n{{2}} absents, {{1}} refus à la porte. L\'AS : "on repassera, c\'est le {{3e}} refus, c\'est deja un lien".',
    ),
    (
        "ccas",
        C,
        "Squat [[ADRESSE:42 chemin de la Madrague-Ville, 13015 Marseille]], famille [[PERSONNE:Stoyanov]] (bulgare).\nVoiture plaque bulgare [[IMMATRICULATION:CA 4521 KP]] qui sert de chambre au grand.\nL'AS propose le {{115}} pour la mère et les petits, refus : ils veulent rester ensemble.",
    ),
    (
        "ccas",
        C,
        "{{Évaux-les-Bains}}. Visite Mme [[PERSONNE:Ginette Dumas]], [[ADRESSE:3 rue de la Poste, 23110 Évaux-les-Bains]] (en face de {{La Poste}}, justement).\nChute il y a {{15 jours}}, elle ne descend plus à la cave. Demande de barres d'appui, financement {{caisse de retraite}}.",
    ),
    (
        "ccas",
        C,
        '{{Salazie}} : on monte à {{Grand Îlet}}, {{45 min}} de lacets. {{2}} visites prévues, route coupée après {{Mare à Vieille Place}}.\nOn fait demi-tour. L\'AS : "ici {{1}} visite = {{1}} demi-journée".',
    ),
    (
        "ccas",
        C,
        "{{Lingolsheim}}. Mme [[PERSONNE:Jacqueline Weiss-Obrecht]], [[ADRESSE:résidence Les Peupliers, entrée C, 67380 Lingolsheim]].\nTeleassistance : le bracelet marche pas, elle l'a mis dans le tiroir \"pour pas l'abimer\". L'AS teste avec le plateau : OK.",
    ),
    (
        "ccas",
        C,
        "{{Vaulx-en-Velin}}, famille [[PERSONNE:Ben Youssef]] : [[ADRESSE:Mas du Taureau, bâtiment Les Érables, apt 81, 69120 Vaulx-en-Velin]].\n{{5}} enfants, le pere en arret longue maladie. Dossier aide exceptionnelle pour electromenager (frigo mort).\nDevis {{Darty}} {{489 €}}, l'AS cherche moins cher chez {{Envie}}.",
    ),
]
URGENCES = [
    # --- urgences / accueil_physique (28)
    (
        "urgences",
        P,
        '{{CHU Félix Guyon}}, accueil urgences, {{21h30}}. IAO = [[PERSONNE:Nathalie]].\nM. [[PERSONNE:RIVIÈRE Jean-Luc]], coupure à la main (coupe-coupe, canne). Il a pas sa carte Vitale, l\'agente d\'accueil le retrouve par nom + DDN [[DATE_NAISSANCE:08/08/1966]] -> IPP [[IDENTIFIANT:974-0651187]].\nBracelet imprimé en {{2 min}}.\nIAO : "la douleur sur {{10}} ?" Lui : "{{4}}, {{5}}... non {{7}}"\nTri {{3}}, attente {{2h10}}.\nSa femme arrive avec un {{bouchon}} et un thermos de café pour tout le monde 😄',
    ),
    (
        "urgences",
        P,
        "{{Hôpital Nord}}, {{Marseille}}. Tableau : {{46}} patients, {{17}} brancards dans le couloir, attente moyenne {{6h40}}.\nUn agent de securité + {{2}} policiers pour un patient agité.\nL'IAO : \"c'est un mardi normal\".",
    ),
    (
        "urgences",
        P,
        "{{Timone}} enfants. Parents de [[PERSONNE:Ilyes Bensalem]], né le [[DATE_NAISSANCE:12/06/2019]], fievre {{40,1°}}.\nLa maman donne un mauvais prenom au début ([[PERSONNE:Ilyas]]), corrigé. Bracelet refait.\nAttente {{3h}} avec un enfant qui pleure, personne ne rale.",
    ),
    (
        "urgences",
        P,
        "{{HUS}} {{Hautepierre}}. Arrivée d'une dame de l'{{EHPAD Les Colombes}}, Mme [[PERSONNE:Marthe Jaeglé]], {{94 ans}}, chute.\nFiche de liaison : IPP HUS [[IDENTIFIANT:00738215]], traitement, contact = son neveu.\nElle me demande si je suis le docteur. Je dis non.",
    ),
    (
        "urgences",
        P,
        "{{SAU}} {{Purpan}} {{Toulouse}}, {{14h}}-{{18h}} :\n- {{62}} entrées\n- {{9}} hospitalisations\n- {{4}} partis sans etre vus\n- {{1}} agression verbale\nL'agente d'accueil fait {{12h}} aujourd'hui.",
    ),
    (
        "urgences",
        P,
        "{{CH de Guéret}}, {{23h}}. {{1}} seul urgentiste pour tout le departement la nuit ({{SMUR}} compris).\nSalle d'attente : {{5}} personnes. M. [[PERSONNE:Chaussade]] a fait {{50 min}} de route depuis {{Boussac}} pour une entorse.\nL'agente : \"ici on attend moins qu'à {{Limoges}}\".",
    ),
    (
        "urgences",
        P,
        "{{CHU de Guadeloupe}}, {{Pointe-à-Pitre}}. Accident de scooter à {{Jarry}}. Patient inscrit [[PERSONNE:DORVILLE Jean-Claude]].\nLa police demande l'identité, le scooter [[IMMATRICULATION:GE-903-PA]] est recherché. L'agente : \"on ne donne rien sans requisition\".",
    ),
    (
        "urgences",
        P,
        "{{Lyon Sud}}. M. [[PERSONNE:Hüseyin Arslan]], douleur thoracique, ne parle que turc.\nL'agente scanne sa kimlik (carte turque) n° [[IDENTIFIANT:38172649052]], faute de mieux. Interprete par tel en {{4 min}}.\nLe fils arrive après, il avait garé sa voiture... sur la place {{SAMU}}.",
    ),
    (
        "urgences",
        P,
        "{{CHU Sud Réunion}}, {{Saint-Pierre}}. L'hélico de la {{gendarmerie}} pose un randonneur du {{Piton des Neiges}}, [[PERSONNE:Thibault Morel]], touriste de {{Lyon}} (cheville).\nEn meme temps {{3}} enfants pour la {{dengue}}. L'IAO trie en {{2 min}} chacun.\n{{28 °C}} dans la salle d'attente.",
    ),
    (
        "urgences",
        P,
        "{{NHC}} {{Strasbourg}}. M. [[PERSONNE:Giuseppe Lo Monaco]], {{77 ans}}, malaise au {{marché de Noël}} place {{Broglie}}.\nSa fille est à {{Mulhouse}}, l'agente note son num : [[TELEPHONE:06 71 40 28 93]].\nIl tient à garder son chapeau.",
    ),
    (
        "urgences",
        P,
        '{{Rangueil}}, {{Toulouse}}. Mme [[PERSONNE:Nadia Kherbouche]], venue à pied.\nAdresse donnée : [[ADRESSE:40 chemin Lapujade 31200]] — l\'agente demande la ville, "bah {{Toulouse}}".\nMotif : douleur abdo. Tri {{3}}. Attente annoncée {{4h}}.',
    ),
    (
        "urgences",
        P,
        "{{La Conception}}, {{Marseille}}. \"[[PERSONNE:Bébert]]\" est là, connu de tout le service, {{3e}} passage de la semaine.\nPas de papiers, pas de carte. L'agente le saisit sous X puis appelle le {{SAMU social}}.\nL'infirmiere lui garde un plateau repas.",
    ),
    (
        "urgences",
        P,
        "{{CH d'Aubusson}} : urgences fermées la nuit depuis l'été, ouvertes {{8h}}-{{20h}}.\nAffiche : \"la nuit appelez le {{15}}\". Une dame arrive à {{19h55}}, on la prend.\nUn brancardier est aussi le chauffeur du {{SMUR}} 😳",
    ),
    (
        "urgences",
        P,
        "{{CHU Félix Guyon}}, {{2h}} du matin. Une femme, [[PERSONNE:Sabrina]], visage tuméfié, accompagnée par la {{gendarmerie}} de {{Sainte-Marie}}.\nElle refuse de donner son nom de famille. L'agente respecte, saisie anonyme, appel à l'assistante sociale pour le matin.",
    ),
    (
        "urgences",
        P,
        "Urgences pédiatriques {{CHU}} {{Pointe-à-Pitre}}. Bébé de {{3 mois}}, [[PERSONNE:Kaïs Jeanne-Rose]], né le [[DATE_NAISSANCE:14 mai]]... l'année je l'ai ratée.\nLa maman, [[PERSONNE:Ludivine]], {{19 ans}}, seule. L'agente lui donne un verre d'eau et une chaise.",
    ),
    (
        "urgences",
        P,
        "{{Edouard Herriot}}, {{pavillon N}}. {{17h}}, relève.\nL'agente d'accueil ([[PERSONNE:Khadidja]]) transmet à la suivante ([[PERSONNE:Manon]]) : {{38}} presents, {{2}} fugues, {{1}} patient en attente d'un lit depuis {{26h}}.\nSur l'écran l'ordre des noms change toutes les {{5 min}}.",
    ),
    (
        "urgences",
        P,
        "{{Hautepierre}} pédiatrie. [[PERSONNE:Léa Schmitt]], {{6 ans}}, fracture du poignet (trottinette).\nLe papa, M. [[PERSONNE:Schmitt]], donne la carte Vitale, l'agente lit le numero : [[NIR:1 73 03 67 482 031 06]].\nDoudou lapin nommé {{Hoppel}} 🐰",
    ),
    (
        "urgences",
        P,
        "{{Hôpital Nord}}. Mme [[PERSONNE:MOHAMED Mariama]] (le nom de famille c'est [[PERSONNE:Mohamed]], l'agente precise) et son fils [[PERSONNE:Nassim]], crise d'asthme.\nFamille comorienne de la {{Savine}}. Ils sont passés {{3 fois}} ce mois, l'agente connait deja le petit.",
    ),
    (
        "urgences",
        P,
        "{{Purpan}}. M. [[PERSONNE:Tesfaye Gebremedhin]], erythreen, plaie infectée au pied.\nRécépissé de demande d'asile n° [[IDENTIFIANT:3101245789]]. Orientation {{PASS}}. L'interprete {{tigrigna}} n'est dispo qu'à {{16h}}.",
    ),
    (
        "urgences",
        P,
        "{{CH de Guéret}}. M. [[PERSONNE:Émile Parrain]], {{87 ans}}, tombé dans sa grange, amené par le voisin.\nAdresse : [[ADRESSE:La Fôt, 23000 Saint-Sulpice-le-Guérétois]]. Le voisin dit qu'il a laissé les vaches dehors, il faut que quelqu'un y aille.",
    ),
    (
        "urgences",
        P,
        "{{CH Gabriel Martin}} {{Saint-Paul}}. [[PERSONNE:Kévin Ah-Kiem]], {{17 ans}}, piqué par des {{guêpes}} à {{Tan Rouge}}, gonflé.\nPassé devant tout le monde. Son copain raconte la scene {{3 fois}} à l'accueil.",
    ),
    (
        "urgences",
        P,
        '{{Lyon Sud}}, {{10h}}. Beaucoup de gens viennent "parce que pas de rdv sur {{Doctolib}} avant {{3 semaines}}".\nL\'agente redirige vers la {{maison médicale de garde}} à {{1 km}}. {{4}} sur {{6}} y vont.',
    ),
    (
        "urgences",
        P,
        "{{NHC}}. Touriste allemand, [[PERSONNE:Klaus Bergmann]], chute à velo quai des {{Bateliers}}.\nCarte européenne n° [[IDENTIFIANT:80276004810047153928]]. L'agente parle allemand, {{5 min}}.\nSa femme gare leur camping-car [[IMMATRICULATION:KA-HB 739]] en double file devant les urgences...",
    ),
    (
        "urgences",
        P,
        '{{Timone}} adultes. Deux patients [[PERSONNE:Mohamed Ali]] (pas le boxeur 😅), meme année : nés le [[DATE_NAISSANCE:03/05/1978]] et le [[DATE_NAISSANCE:05/03/1978]].\nL\'agente met une alerte "homonyme" rouge dans le dossier. Elle dit que ca arrive {{1 fois}} par semaine.',
    ),
    (
        "urgences",
        P,
        "{{CHU de Guadeloupe}} : depuis l'incendie de {{2017}}, urgences dans des modulaires.\nTôle + clim = bruit permanent. {{34}} patients à {{11h}}. Les agents disent qu'ils attendent le nouveau {{CHU}} des {{Abymes}} \"depuis {{7 ans}}\".",
    ),
    (
        "urgences",
        P,
        "{{Purpan}}. [[PERSONNE:Lucas Etcheverry]], {{20 ans}}, epaule deboitée au rugby (il joue au {{Stade Toulousain}}, en espoirs).\nSon entraineur est avec lui. L'IAO demande la mutuelle : {{MGEN}} n° [[IDENTIFIANT:172 845 339]]... \"c'est celle de ma mère\".",
    ),
    (
        "urgences",
        P,
        "{{Édouard Herriot}}. Mme [[PERSONNE:Ioana Popescu]], roumaine, enceinte de {{7 mois}}, contractions.\nPas de papiers sur elle, num tel roumain : [[TELEPHONE:+40 721 384 915]]. Transfert direct à la maternité en fauteuil.",
    ),
    (
        "urgences",
        P,
        "{{CHU Sud Réunion}}, dimanche. Beaucoup d'accidents de la route du samedi soir. Un {{Dodo}} renversé sur le comptoir (un ado a amené sa biere ?).\nL'agente essuie sans rien dire. {{Radio Free Dom}} en fond dans le poste de l'agent de securité, [[PERSONNE:Jean-Max]].",
    ),
    # --- urgences / accueil_telephonique (12)
    (
        "urgences",
        T,
        "Appel à l'accueil : la fille de M. [[PERSONNE:Turpin]] veut des nouvelles.\nL'agente verifie qu'il l'a autorisé (personne de confiance : oui). Elle transfere au Dr [[PERSONNE:Randrianarisoa]].\n{{3 min}}. {{Saint-Denis}} {{CHU}}, {{16h10}}.",
    ),
    (
        "urgences",
        T,
        "Standard urgences {{CHU Sud Réunion}}. Le {{SAMU 974}} prévient : {{3}} victimes d'un accident sur la {{route des Tamarins}} arrivent dans {{20 min}}.\nL'agente libère {{2}} box, appelle la radiologie. Un des blessés deja identifié : [[PERSONNE:Loïc Boyer-Hoareau]], DDN [[DATE_NAISSANCE:2004-11-30]].",
    ),
    (
        "urgences",
        T,
        "Appel de l'{{EHPAD Les Jardins de Cybèle}} : Mme [[PERSONNE:Augustine Lemaire]], née le [[DATE_NAISSANCE:2 février 1931]], transférée ce matin, est-elle arrivée ?\nL'agente cherche : elle est en box {{12}}. L'EHPAD avait oublié sa prothese dentaire dans l'ambulance.",
    ),
    (
        "urgences",
        T,
        "Appel du commissariat de {{Marseille}} {{3e}} : ils cherchent un homme, [[PERSONNE:Farid Mechri]], peut-etre passé cette nuit. L'agente : rien sans requisition ecrite. Le policier insiste, elle tient bon.",
    ),
    (
        "urgences",
        T,
        'Accueil tel urgences {{Lyon Sud}}, {{1h}} d\'observation : {{22}} appels.\n{{Moitié}} : "combien de temps d\'attente ?". L\'agente ne donne jamais de chiffre ("ça change tout le temps").\n{{3}} erreurs de numero (ils voulaient le {{15}}).',
    ),
    (
        "urgences",
        T,
        "Appel depuis {{Paris}} : le fils de M. [[PERSONNE:Gaston Bourgeois]], hospitalisé au {{CHU}} de {{Pointe-à-Pitre}}.\nIl laisse son numero : [[TELEPHONE:+33 6 22 48 71 05]]. Il dit qu'il prend l'avion demain, \"{{Air Caraïbes}}, {{10h}}\".",
    ),
    (
        "urgences",
        T,
        "Appel de {{Harmonie Mutuelle}} pour une prise en charge : adherente Mme [[PERSONNE:Chantal Brunet-Lacombe]], n° [[IDENTIFIANT:HM-4410587-02]].\nL'agente : \"je ne confirme pas la présence d'un patient par téléphone\". Raccroché.",
    ),
    (
        "urgences",
        T,
        "Tel {{CH de Guéret}}. Les {{Ambulances Lavaud}} demandent si le scanner marche (panne hier). Oui depuis {{9h}}.\nPuis le {{SMUR}} de {{La Souterraine}} : transfert vers {{Limoges}}, {{1h10}} de route.",
    ),
    (
        "urgences",
        T,
        "Appel de M. [[PERSONNE:Rémi Faure]], parti hier sans etre vu apres {{5h}} d'attente, veut savoir s'il doit revenir.\nL'agente : \"je ne peux pas vous conseiller medicalement, appelez le {{15}}\". Il laisse son num : [[TELEPHONE:07.61.93.28.40]].",
    ),
    (
        "urgences",
        T,
        "Appel pour Mme [[PERSONNE:Emine Doğan]], {{HUS}}, c'est son petit-fils qui appelle en turc puis en francais. Elle est sortie à {{11h}}, il ne savait pas. L'agente lui donne le num du service de cardio.",
    ),
    (
        "urgences",
        T,
        "{{Timone}}, {{18h}}. Un journaliste de {{La Provence}} appelle : \"on dit qu'un joueur de l'{{OM}} est chez vous\". L'agente : \"aucune information\". Elle me dit qu'ils appellent à chaque match.",
    ),
    (
        "urgences",
        T,
        "Appels de nuit {{CHU Félix Guyon}} ({{23h}}-{{1h}}) : {{7}}. {{2}} familles, {{1}} pharmacie de garde, {{1}} taxi, {{3}} raccrochés.\nL'agente dit que pendant les alertes cyclone c'est {{10 fois}} plus.",
    ),
]
CHRS = [
    # --- chrs / accueil_physique (18)
    (
        "chrs",
        P,
        '{{CHRS}} {{Marseille}} ({{Belle de Mai}}), entretien d\'admission. M. [[PERSONNE:Boubacar Diallo]], {{34 ans}}, orienté par le {{SIAO}}, n° SIAO [[IDENTIFIANT:24-08817]].\nIl arrive avec un sac {{Lidl}} = toutes ses affaires. L\'educ lui montre la chambre : {{2}} lits, {{1}} armoire.\nIl demande : "je peux rester combien ?" Reponse : "{{6 mois}}, renouvelable".\nReglement lu à voix haute :\n- pas d\'alcool\n- retour avant {{23h}}\n- pas de visites en chambre\n- {{1}} entretien par semaine avec [[PERSONNE:Mélanie]], sa référente\nIl signe sans lire, "je vous fais confiance".',
    ),
    (
        "chrs",
        P,
        "Accueil de jour {{Toulouse}}, {{8h}}-{{11h}} : {{74}} petits-dejeuners, {{31}} douches, {{12}} machines à laver.\nFile devant la porte dès {{7h15}}. Un benevole, [[PERSONNE:Momo]], ancien de la rue, gere la liste des douches au crayon.\nPas de {{café}} à partir de {{10h30}}.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Strasbourg}}. Mme [[PERSONNE:Aylin Demir]] et ses {{2}} enfants, hebergés au {{B&B Hotel}} d'{{Illkirch}}, {{chambre 214}}, depuis {{8 mois}}.\nTitre de sejour n° [[IDENTIFIANT:6702378145]], expire dans {{3 semaines}}. Rdv {{préfecture}} impossible à avoir en ligne.\nL'educ imprime {{40}} captures d'ecran \"aucun créneau\" pour le dossier.",
    ),
    (
        "chrs",
        P,
        '{{CHRS}} {{Saint-Denis}} ({{974}}). M. [[PERSONNE:Jean-Hugues Dijoux]], "[[PERSONNE:Ti Loulou]]" pour tout le monde, avec son chien {{Zorro}}.\nChiens interdits en chambre -> niche dans la cour. Il dort dehors à côté de la niche la {{1ere}} nuit.\nL\'equipe en parle en réunion.',
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Pointe-à-Pitre}}, {{18h}}. Repas : {{colombo}} de poulet, riz, {{jus de goyave}}.\n{{22}} hébergés, {{3}} femmes. Un jeune, [[PERSONNE:Jordan]], joue du {{ka}} dans la cour, l'educ laisse faire jusqu'à {{20h}}.",
    ),
    (
        "chrs",
        P,
        "{{Saint-Fons}}, {{résidence Adoma}}, {{chambre 117}}. M. [[PERSONNE:Sidi Mohamed Ould Ahmed]], chibani, {{74 ans}}, {{40 ans}} de BTP.\nIl veut rentrer en {{Mauritanie}} mais perdrait l'{{ASPA}}. L'intervenante explique l'aide à la réinsertion familiale ({{ARFS}}).\nIl a un {{pain de sucre}} sur la table.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Guéret}}. [[PERSONNE:Théo Lachenal]], {{19 ans}}, sorti de l'{{ASE}} à {{18}}, a dormi {{3 mois}} dans sa voiture [[IMMATRICULATION:AX-582-HT]] sur le parking de l'{{Intermarché}}.\nLa voiture est en fourriere. Il veut la recuperer avant tout. L'educ appelle la fourriere.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} femmes, {{Marseille}}. Mme [[PERSONNE:B.]] (l'educ n'utilise que l'initiale devant moi), {{2}} enfants, partie du domicile cette nuit.\nPlainte deposée au commissariat du {{8e}}. Elle demande si \"il\" peut savoir où elle est. Reponse : adresse confidentielle, jamais donnée.",
    ),
    (
        "chrs",
        P,
        "{{Toulouse}}, {{SIAO}} : liste d'attente {{CHRS}} = {{412}} personnes pour {{23}} places liberées ce mois.\nCommission du {{jeudi}}, {{9h}}. On m'explique la grille de priorités : enfants, violences, santé.\nJe n'ai pas le droit d'assister à la commission.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Strasbourg}} {{Neudorf}}. Famille georgienne, Mme [[PERSONNE:Nino Beridze]] + {{3}} enfants.\nAGDREF [[IDENTIFIANT:6704381926]]. Debouté(e)s, recours {{CNDA}} en cours avec Me [[PERSONNE:Lévy-Ferrand]]. Le petit de {{4 ans}} dessine un {{tramway}} sur le formulaire.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Le Port}}. Repas du midi : {{cari poulet}}, {{rougail saucisses}}, {{grains}}.\nAtelier jardin l'apres-midi : {{piments}}, {{brèdes}}, {{songe}}. Le jardinier benevole a {{72 ans}}.\nPersonne ne veut la tisane de {{citronnelle}}.",
    ),
    (
        "chrs",
        P,
        "{{Vaulx-en-Velin}}, {{CHRS}} sortants de prison. M. [[PERSONNE:Mehdi Zerrouki]], levée d'ecrou hier, n° d'écrou [[IDENTIFIANT:48217]] sur son papier de sortie.\nIl a {{12 €}} et un billet {{TCL}}. L'educ lui ouvre les droits {{RSA}} le jour meme.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Marseille}}. M. [[PERSONNE:Piotr Wiśniewski]], polonais, avec sa chienne {{Bella}}.\nChantiers au black, chute d'echafaudage, plus de travail. Il parle de {{Gdańsk}} en pleurant.\nL'educ appelle le consulat... fermé le {{vendredi}} aprem.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Les Abymes}}. M. [[PERSONNE:Jean-Marie Calixte]] sort demain ! Logement social trouvé : [[ADRESSE:résidence Les Alizés, bât 3, appt 12, 97110 Pointe-à-Pitre]].\nKit d'installation : {{matelas}}, vaisselle, {{gazinière}}. Il me montre les clés {{3 fois}}.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Bron}}. Mme [[PERSONNE:Aminata Coulibaly]], {{3}} enfants, arrive de l'{{hôtel Première Classe}} de {{Bron}}, {{chambre 09}}, ou elle etait depuis {{14 mois}}. La {{1ere}} chose qu'elle demande : une cuisine.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} jeunes {{Toulouse}}. [[PERSONNE:Enzo]], {{20 ans}}, ex-{{ASE}}. Mail [[EMAIL:enzo.tls31@gmail.com]] mais il le lit jamais, \"mettez plutot mon insta\" : [[IDENTIFIANT:@enzo_tls_31]].\nL'educ refuse l'insta, note le mail.",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Guéret}}, {{15}} places. Pas de liste d'attente ici, au contraire : des gens de {{Limoges}} sont orientés vers la {{Creuse}}.\nProbleme : pas de bus, pas de travail, ils repartent. L'educ : \"on est un sas\".",
    ),
    (
        "chrs",
        P,
        "{{CHRS}} {{Strasbourg}}. Mme [[PERSONNE:Khadija]], {{41 ans}}, dossier SIAO [[IDENTIFIANT:67-2024-1123]].\nElle travaille de nuit (menage à l'{{aéroport d'Entzheim}}), dort le jour. Le reglement impose le petit-dej à {{8h}}... l'equipe fait une exception.",
    ),
    # --- chrs / accueil_telephonique (12)
    (
        "chrs",
        T,
        "{{115}} {{Marseille}}, {{22h}}. M. [[PERSONNE:Sékou Camara]], {{gare Saint-Charles}}, {{6e}} appel de la soirée.\nPas de place. L'ecoutant lui donne l'adresse de l'accueil de nuit {{Forbin}}... complet aussi.\nRappel demain au [[TELEPHONE:07 53 29 84 16]].",
    ),
    (
        "chrs",
        T,
        "{{115}} {{Toulouse}} : {{180}} appels aujourd'hui, {{12}} places attribuées, {{3}} ecoutants.\nTemps d'attente moyen : {{14 min}}. {{40 %}} des appelants raccrochent avant.\nL'ecoutante : \"on est un standard de refus\".",
    ),
    (
        "chrs",
        T,
        "{{115}} {{Réunion}}. Mme [[PERSONNE:Cindy Mussard]], {{3}} enfants, expulsée ce matin de [[ADRESSE:12 rue des Bengalis, 97420 Le Port]].\nElle est chez une cousine pour ce soir seulement. Mise à l'abri {{hôtel}} demain, {{Saint-Paul}}.",
    ),
    (
        "chrs",
        T,
        "{{115}} {{Strasbourg}}, {{plan grand froid}} déclenché ({{-7°}}). Gymnase {{Heyritz}} ouvert, {{80}} lits.\nLes appels doublent. L'ecoutant envoie la maraude place de la {{Gare}} pour {{2}} personnes signalées par des passants.",
    ),
    (
        "chrs",
        T,
        '{{115}} {{Lyon}}. M. [[PERSONNE:Grigore]] dort dans sa voiture [[IMMATRICULATION:B 77 DRG]] à {{Vénissieux}} avec sa femme. Pas de place couple. Il dit "c\'est pas grave on a la voiture". L\'ecoutante note comme "hébergé" ... puis corrige en "sans abri".',
    ),
    (
        "chrs",
        T,
        "{{115}} {{Creuse}}. Un homme, [[PERSONNE:Didier]], appelle de la {{gare de Guéret}}, dernier train parti.\nL'ecoutante appelle un taxi conventionné jusqu'au {{CHRS}} ({{8 km}}). Tout regle en {{25 min}}.",
    ),
    (
        "chrs",
        T,
        "Appel de l'AS de l'{{Hôpital Nord}} au {{115}} : Mme [[PERSONNE:Keita]] sort demain, pas de domicile, IPP [[IDENTIFIANT:T2209871]].\nL'ecoutant : pas d'hebergement medicalisé dispo, proposition {{LHSS}} dans {{15 jours}}. L'AS soupire fort.",
    ),
    (
        "chrs",
        T,
        "{{115}} {{Guadeloupe}}, nuit. {{9}} appels dont {{4}} du meme monsieur, [[PERSONNE:Fernand]], alcoolisé, qui veut juste parler.\nL'ecoutant reste {{12 min}} avec lui. \"Si je raccroche il rappelle, autant l'ecouter\".",
    ),
    (
        "chrs",
        T,
        '{{115}} {{Marseille}}. [[PERSONNE:Yacine]], {{18 ans}} depuis hier, mis dehors du foyer {{ASE}}.\nTel : "[[TELEPHONE:zero sept, soixante-huit, quarante-deux, dix-neuf, trente]]" — il le dit en chiffres par paires, l\'ecoutant repete.',
    ),
    (
        "chrs",
        T,
        "{{115}} {{Toulouse}}. M. [[PERSONNE:Oleksandr Melnyk]], ukrainien, demande une place pour sa mère.\nIl donne un mail pour les docs : [[EMAIL:o.melnyk.ua@ukr.net]]. L'ecoutant n'a rien à envoyer, explique le {{SIAO}}.",
    ),
    (
        "chrs",
        T,
        "{{115}} {{Lyon}}. Famille [[PERSONNE:Traoré]] (5 pers.) à l'{{hôtel Ibis budget}} de {{Saint-Priest}}, {{chambre 36}}, prise en charge qui s'arrete vendredi.\nL'ecoutante prolonge d'{{1 semaine}}, \"apres on verra\".",
    ),
    (
        "chrs",
        T,
        "Nuit au {{115}} {{Strasbourg}}, {{0h}}-{{4h}} : {{31}} appels, {{6}} mises à l'abri.\nUn appel en {{roumain}}, {{2}} en {{arabe}}, {{1}} en {{dari}} : l'ecoutant utilise une appli de traduction.\n{{0h40}} : une femme avec un bébé à la {{gare}}, mise à l'abri {{hôtel}}.\n{{2h15}} : un habitué, [[PERSONNE:Gheorghe]], rappelle juste pour dire merci.\n{{3h30}} : plus rien.\nLa machine à café est la meilleure amie de l'equipe ☕",
    ),
    # --- chrs / controle_sur_place (10)
    (
        "chrs",
        C,
        "Visite en logement diffus du {{CHRS}} : [[ADRESSE:résidence Les Floralies, bât A, esc. 2, porte 31, 13013 Marseille]].\nM. et Mme [[PERSONNE:Haidari]] (afghans) et {{4}} enfants. Tout est propre, le {{tapis}} au sol, thé servi.\nProbleme : punaises de lit chez le voisin du dessous.",
    ),
    (
        "chrs",
        C,
        "Maraude {{Strasbourg}}, {{21h}}-{{23h30}}. {{Place de la Gare}}, {{Homme de Fer}}, quais de l'{{Ill}}.\n{{14}} personnes rencontrées, {{3}} acceptent le {{115}}. Soupe, couvertures, {{chaussettes}}.\nUn monsieur refuse tout mais garde le thermos.",
    ),
    (
        "chrs",
        C,
        "Visite à l'{{hôtel Formule 1}} de {{Vénissieux}}, {{chambre 23}} : Mme [[PERSONNE:Grace Okafor]] et sa fille [[PERSONNE:Blessing]].\nRéchaud interdit mais present. L'educ ne dit rien, donne des tickets {{Restos du Cœur}}.",
    ),
    (
        "chrs",
        C,
        "Visite logement diffus, [[ADRESSE:19 rue Sainte-Anne, appartement 4, 97400 Saint-Denis]]. M. [[PERSONNE:Ludovic Cadet]], {{51 ans}}, avec son chat {{Minou}}.\nIl entretient bien, a repeint lui-meme. Projet : bail glissant dans {{6 mois}}.",
    ),
    (
        "chrs",
        C,
        'Maraude {{Toulouse}} avec le {{Samu social}}, sous le {{pont des Catalans}}.\nUn homme qui se fait appeler "[[PERSONNE:Capitaine]]", {{60 ans}} environ, refuse le {{CHRS}} : "trop de regles".\nOn lui laisse un duvet. Il connait tous les maraudeurs par leur prenom.',
    ),
    (
        "chrs",
        C,
        "Visite pension de famille à {{Bourganeuf}}, {{12}} logements, {{1}} hote.\nLes résidents font un potager, un {{âne}} ({{Cadichon}}) prêté par le voisin tond l'herbe.\nL'hote, [[PERSONNE:Christian Nouhaud]] : \"ici personne n'est pressé, c'est ce qui soigne\".",
    ),
    (
        "chrs",
        C,
        "Visite logement d'insertion [[ADRESSE:rue Frébault, immeuble n° 14, 1er étage, 97110 Pointe-à-Pitre]].\nMme [[PERSONNE:Line Ramdine]], {{2}} enfants. Bruit de la rue commerçante toute la journee, elle s'en fiche : \"je suis chez moi\".",
    ),
    (
        "chrs",
        C,
        "{{Villeurbanne}}, visite du {{village mobile}} (bungalows) : {{24}} familles.\nL'educ fait le tour des {{6}} bungalows prévus. Partout la meme plainte : froid la nuit, chaud le jour.\nMme [[PERSONNE:Dobrescu]] a planté des {{tomates}} dans des seaux {{Leroy Merlin}}.",
    ),
    (
        "chrs",
        C,
        "Maraude {{Vieux-Port}}, sous l'{{Ombrière}}. [[PERSONNE:Ahmed]], {{45 ans}}, et son chien {{Rocky}}.\nIl veut bien un {{CHRS}} si le chien vient. L'educ connait {{1}} seul {{CHRS}} à {{Marseille}} qui prend les chiens, plein.",
    ),
    (
        "chrs",
        C,
        "Visite diffus {{Strasbourg}}, [[ADRESSE:11 rue de Rotterdam, 3e étage, 67000 Strasbourg]].\nMme [[PERSONNE:Meryem Yıldız]] a invité la voisine, Mme [[PERSONNE:Hoffmann]], pour qu'on voie qu'elle est \"bien intégrée\".\nL'educ sourit, on boit le café.",
    ),
]
FRANCE_TRAVAIL = [
    # --- france_travail / accueil_physique (20)
    (
        "france_travail",
        P,
        '{{France Travail}} {{Marseille}} {{Saint-Antoine}}. Inscription de [[PERSONNE:Mamadou Lamine Sy]], {{25 ans}}, arrivé de {{Dakar}} en {{2021}}.\nNIR : [[NIR:1 99 01 99 341 145 12]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:3184527K]], il le prend en photo.\nConseillere : "vous le garderez toute votre vie ou presque" 😅\nIl me dit : "au Sénégal j\'étais électricien"\nDiplome : equivalence {{CAP}} ? La conseillere note "à verifier".\nProchain rdv : {{lundi 14}} à {{10h}}, avec son {{CV}} imprimé.',
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Toulouse}} {{Basso Cambo}}, {{9h}}.\nAccueil : {{3}} files (rdv / sans rdv / {{CEJ}}). Sans rdv = {{19}} personnes.\nBeaucoup viennent pour "l\'actualisation qui marche pas" -> poste en libre service, {{1}} agent pour aider.\n{{Cap emploi}} partage le hall le {{mardi}}.',
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Saint-Denis}} ({{974}}). Atelier CV. [[PERSONNE:Jessica Hoarau-Payet]], id [[ID_FRANCE_TRAVAIL:074 2618 B]].\nLe conseiller montre un CV modèle au nom de [[PERSONNE:Sophie Martin]] projeté au mur.\n[[PERSONNE:Jessica]]... enfin l'usagere, dit que son CV à elle tient sur {{3 pages}}. Objectif : {{1}}.",
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Strasbourg}} {{Meinau}}. M. [[PERSONNE:Burak Çelik]], {{35 ans}}, cariste, reinscription.\nNIR [[NIR:1 88 12 99 208 076 33]]. Il a bossé {{18 mois}} chez {{Mercedes}} à {{Rastatt}} : periodes à l'etranger, formulaire {{U1}} à demander.\nIl soupire : \"encore l'Allemagne\".",
    ),
    (
        "france_travail",
        P,
        '{{Guéret}}, agence {{France Travail}}. Tableau des offres : {{EHPAD}} ({{6}}), aide à domicile ({{9}}), {{abattoir}} de {{La Souterraine}} ({{4}}), {{La Poste}} ({{1}}).\nLe conseiller : "du travail il y en a, c\'est le permis qui manque". {{40 %}} des inscrits sans voiture.',
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Vénissieux}}. Mme [[PERSONNE:Samira Bouhlel]], radiée pour absence à un rdv dont elle n'a jamais recu le courrier. CNI n° [[IDENTIFIANT:T7X2K9PL4]] scannée.\nL'adresse dans le dossier : [[ADRESSE:bâtiment 4, 17 avenue de la Division Leclerc, 69200 Vénissieux]], ancienne. La nouvelle n'avait pas été saisie.\nRadiation annulée en {{10 min}}.",
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Pointe-à-Pitre}}. [[PERSONNE:Steeve Lollia]], {{22 ans}}, entree en {{CEJ}}. Allocation {{528 €}}/mois max.\nTel [[TELEPHONE:06 90 58 14 27]]. Il veut devenir pompier, le conseiller lui parle du {{SDIS}} et du {{RSMA}}.",
    ),
    (
        "france_travail",
        P,
        "Job dating à l'{{Orange Vélodrome}} ({{Marseille}}). {{40}} entreprises : {{Sodexo}}, {{RTM}}, {{Decathlon}}, {{CMA CGM}}...\n{{1 200}} visiteurs annoncés. File jusqu'au {{boulevard Michelet}}.\nUn recruteur {{RTM}} : \"on cherche {{150}} conducteurs de bus\".",
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Toulouse}}. M. [[PERSONNE:Nicolás Fernández de la Peña]], ingenieur venezuelien, diplome non reconnu.\nOrientation {{ENIC-NARIC}}. Mail : [[EMAIL:nico.fdezpena@yahoo.es]]. Le conseiller ecrit "[[PERSONNE:Fernandez]]" sans accent, le nom entier tient pas dans le champ 🙄',
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Saint-Pierre}} ({{974}}). [[PERSONNE:Kelly Sautron]], née le [[DATE_NAISSANCE:29 février 2000]], le logiciel affiche "date invalide" !!\nLe conseiller rit, contourne. Elle veut une formation {{aide-soignante}} à l\'{{IFSI}} de {{Saint-Pierre}}.',
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Strasbourg}}. M. [[PERSONNE:Bernard Kuntz]], {{58 ans}}, licencié par un sous-traitant de {{General Motors}}.\nId : [[ID_FRANCE_TRAVAIL:5530271 X]]. Il demande si ça vaut le coup de chercher "à {{58 ans}}". Le conseiller : oui. Lui ne semble pas convaincu.',
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Lyon}} {{Part-Dieu}}. Accueil refait : bornes, canapés, {{wifi}}.\nMais {{3}} bornes sur {{8}} en panne. Un vigile aide les gens à scanner leurs papiers.\nConseillere : "{{80}} rdv par jour ici".',
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Aubusson}}. Mme [[PERSONNE:Sylvie Delage-Roux]], licier, {{56 ans}}.\nNIR [[NIR:2 67 05 23 096 007 76]]. Projet : formatrice à la {{Cité internationale de la tapisserie}}. Le conseiller connait bien la directrice.",
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Marseille}} {{Bougainville}}. [[PERSONNE:Ibrahim Said Ali]], {{19 ans}}, arrivé des {{Comores}}, envoyé par la {{Mission locale}}.\nPas de compte bancaire -> pas d'allocation {{CEJ}}. Le conseiller l'envoie à la {{Banque Postale}} avec un courrier type.",
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Les Abymes}}. Offres affichées : {{BTP}} à {{Jarry}}, caissier·e {{Carrefour Destreland}}, saisonniers hotellerie au {{Gosier}}.\n{{10h}} : coupure de courant, tout s'arrete {{20 min}}. Les gens attendent sans broncher, habitués.\nUn jeune, [[PERSONNE:Warren Bambuck]], id [[ID_FRANCE_TRAVAIL:9051367 R]], en profite pour me demander si je recrute 😅",
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Toulouse}}. Sur le formulaire : "[[PERSONNE:VÕ Thị Hoa]]". Projet : ouvrir un bar à ongles, {{Lotus Nails}}, à {{Saint-Cyprien}}.\nARCE ({{45 %}} des droits en capital) vs maintien {{ARE}} : le conseiller dessine deux colonnes sur une feuille.',
    ),
    (
        "france_travail",
        P,
        '{{Vaulx-en-Velin}}. M. [[PERSONNE:Adama Sangaré]], {{27 ans}}, hébergé au {{foyer Adoma}} du [[ADRESSE:23 rue Louis Saulnier, 69120 Vaulx-en-Velin]], aide au permis : {{1 200 €}}, auto-école {{ECF}}.\nIl a deja le code. Sans permis : refusé chez {{DHL}} et chez {{Geodis}}.\nConseiller : "dossier complet, reponse {{3 semaines}}".',
    ),
    (
        "france_travail",
        P,
        "{{France Travail}} {{Strasbourg}}. Mme [[PERSONNE:Elżbieta Nowak]], premiere {{ARE}}, nouveau {{RIB}} {{BNP}} : [[IBAN:FR76 3000 4008 1700 0123 4567 812]].\nLe conseiller verifie sur l'ecran qu'il est bien rattaché, \"sinon le {{1er}} paiement part sur l'ancien compte\".",
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Saint-Benoît}}. Offres agricoles : {{canne}} (coupe), {{vanille}}, {{Bourbon Pointu}} à {{Saint-Philippe}}.\nLes jeunes ne veulent pas la canne, "trop dur, trop mal payé". Le conseiller : "la vanille ça plait plus".',
    ),
    (
        "france_travail",
        P,
        '{{France Travail}} {{Marseille}} {{8e}}. M. [[PERSONNE:Maxime de Montgolfier]], cadre export, {{APEC}} + {{France Travail}}.\nMail donné "anti-spam" : [[EMAIL:maxime(dot)demontgolfier(at)proton(dot)me]]. Le conseiller le recopie en vrai sans rien dire.',
    ),
    # --- france_travail / accueil_telephonique (14)
    (
        "france_travail",
        T,
        '{{3949}}. M. [[PERSONNE:Abdelkader Hamdi]] lit son identifiant : "[[ID_FRANCE_TRAVAIL:deux sept quatre neuf zero six un M]]".\nActualisation bloquée depuis le {{28}}. Le conseiller debloque, explique que le site ferme à {{minuit}} le dernier jour.',
    ),
    (
        "france_travail",
        T,
        'Plateforme tel {{France Travail}} {{Toulouse}}. {{10h}}-{{12h}} : {{41}} appels, attente moyenne {{6 min}}.\nTop {{3}} : actualisation, paiement {{ARE}}, attestation {{employeur}}. Le conseiller a {{2}} ecrans et {{1}} post-it "respire".\nAppel marquant : Mme [[PERSONNE:Rabenandrasana]], id [[ID_FRANCE_TRAVAIL:8826041 F]], epelle son nom {{2 fois}}, le conseiller le tape juste du {{1er}} coup.',
    ),
    (
        "france_travail",
        T,
        "Appel {{France Travail}} {{Réunion}}. Mme [[PERSONNE:Marie-Claire Lebreton]], radiée (pas d'actualisation en {{mai}}).\nElle etait à l'hopital. Rappel au [[TELEPHONE:06 92 71 33 08]] avec justificatif. Reinscription retroactive possible.",
    ),
    (
        "france_travail",
        T,
        "Appel d'une employeuse, Mme [[PERSONNE:Ott]], gerante de la {{Boulangerie Kieffer}} à {{Obernai}} (le nom de l'ancien patron).\nElle cherche un apprenti boulanger, {{35h}}, depart {{4h}} du matin. Le conseiller lui propose la {{POE}}.",
    ),
    (
        "france_travail",
        T,
        "Appels {{France Travail}} {{Guadeloupe}}. Beaucoup de questions sur le {{CEJ}} et le {{SMA}}.\nUn appel dure {{25 min}} : M. [[PERSONNE:Gabriel Lancry]] veut qu'on lui lise toutes les offres de {{Basse-Terre}}. Le conseiller le fait.",
    ),
    (
        "france_travail",
        T,
        'Appel de Mme [[PERSONNE:Jovana Marković]], {{Villeurbanne}}. Identification : DDN "[[DATE_NAISSANCE:seize octobre quatre-vingt-quinze]]".\nElle veut savoir si sa formation {{CPF}} de comptable est compatible avec l\'{{ARE}}. Oui.',
    ),
    (
        "france_travail",
        T,
        'Appel, M. [[PERSONNE:Aitor Larrañaga]] ({{Toulouse}}), id [[ID_FRANCE_TRAVAIL:6102384 L]].\nIl a travaillé en {{Espagne}} à {{San Sebastián}}, demande le {{U1}}. Le conseiller dit de le demander au {{SEPE}} espagnol. Il rit : "ils vont me renvoyer vers vous".',
    ),
    (
        "france_travail",
        T,
        "Appels sortants {{CEJ}}, {{Marseille}} : relance de {{15}} jeunes absents.\n{{4}} repondent (dont [[PERSONNE:Wassim]], id [[ID_FRANCE_TRAVAIL:1049382P]], qui promet de venir), {{11}} messageries. Le conseiller laisse le meme message {{11}} fois, ton toujours gentil.",
    ),
    (
        "france_travail",
        T,
        "Appel de Mme [[PERSONNE:Leïla Hadj-Ahmed]], {{Marseille}}. NIR pour identification : [[NIR:2 93 10 99 352 047 71]].\nElle n'a jamais recu le mail de convocation, elle donne son adresse : [[EMAIL:leila.hadjahmed@outlook.fr]] (l'ancienne avait une faute).",
    ),
    (
        "france_travail",
        T,
        "Appel, M. [[PERSONNE:Gérard Mazeau]], {{61 ans}}, refuse le rdv en visio (\"pas d'ordinateur\").\nChangement d'adresse : [[ADRESSE:12, route de Felletin, 23200 Aubusson]]. Rdv physique à {{Aubusson}} le {{3}}.",
    ),
    (
        "france_travail",
        T,
        "Appel pour Mme [[PERSONNE:Hoang]] ({{Vénissieux}}), c'est elle-meme, son fils est a côté. NIR : [[NIR:2 90 04 69 259 087 93]].\nQuestion : cumul {{ARE}} + petit contrat chez {{Auchan}}. Le conseiller fait le calcul au tel.",
    ),
    (
        "france_travail",
        T,
        "Appel M. [[PERSONNE:Luc Wagner]] (pas le compositeur 😉), frontalier, licencié en {{Allemagne}}.\n{{ARE}} versée par la France. Il veut garder son compte allemand : [[IBAN:DE11 5001 0517 0648 2193 75]]. Conseiller : possible, zone {{SEPA}}.",
    ),
    (
        "france_travail",
        T,
        "Appel, [[PERSONNE:Dimitri Ah-Hot]], {{CEJ}} {{Saint-Denis}}. Il prefere etre contacté sur snap : [[IDENTIFIANT:@dim974_run]]. Conseiller : \"non, tel ou mail\".\nIl finit par donner un numero, qu'il lit trop vite, le conseiller ne l'a pas.",
    ),
    (
        "france_travail",
        T,
        'Plateforme {{3949}}, {{14h30}}. Panne du serveur nationale : "on ne voit plus les dossiers". Les conseillers prennent des notes sur papier, rappellent plus tard. {{37}} rappels à faire.',
    ),
    # --- france_travail / controle_sur_place (6)
    (
        "france_travail",
        C,
        'Visite en entreprise à {{Jarry}} : {{Carrefour Destreland}}, immersion ({{PMSMP}}) de [[PERSONNE:Rudy Nelson]], {{24 ans}}.\nLe manager, M. [[PERSONNE:Gilles Pérou]], content : "ponctuel, poli". Embauche possible en {{CDD}} pour {{Noël}}.',
    ),
    (
        "france_travail",
        C,
        'Visite {{Scierie du Thaurion}}, pres de {{Bourganeuf}}. Patron : M. [[PERSONNE:Jean-Pierre Lagrange]].\nIl cherche {{2}} ouvriers. Il nous montre la {{grange}} où il stocke le chêne. "Les jeunes, ils veulent pas venir au bout du monde".',
    ),
    (
        "france_travail",
        C,
        'Visite entrepot logistique à {{Saint-Priest}}, {{250}} postes, {{3}} equipes. Le DRH : "on prend tout le monde qui a le {{CACES}}". Le conseiller repart avec {{12}} offres. Pas d\'usager rencontré.',
    ),
    (
        "france_travail",
        C,
        "Visite au {{Grand Port Maritime}} de {{Marseille}}, immersion de [[PERSONNE:Nour El Houda Mansouri]] chez un transitaire.\nTutrice : [[PERSONNE:Patricia]]. On lui prete une voiture de service immatriculée [[IMMATRICULATION:gh-571-lm]] pour les navettes entre les quais.",
    ),
    (
        "france_travail",
        C,
        'Visite sous-traitant {{Airbus}} à {{Colomiers}}, suivi de [[PERSONNE:Yassine Belkacem]], id [[ID_FRANCE_TRAVAIL:7315904W]], en {{POEI}}.\nLe chef d\'atelier : "il apprend vite". Contrat {{CDI}} en vue à la fin.',
    ),
    (
        "france_travail",
        C,
        "Visite au {{Port autonome de Strasbourg}}, entreprise de manutention. Besoin : {{10}} caristes pour l'hiver.\nLe conseiller explique la {{POE}} collective. {{Rhin}} en crue, quai fermé, on reste dans le bureau.",
    ),
]

NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL

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
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = (P, T, C)
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def strip_marks(marked: str) -> tuple[str, list[dict], list[str]]:
    """Return the plain text, its entity spans and its keep strings."""
    pieces: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        pieces.append(before)
        length += len(before)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        pieces.append(value)
        length += len(value)
        pos = match.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad site/channel {site_kind}/{channel}")
        if site_kind == "urgences" and channel == C:
            raise ValueError("no controle_sur_place at the urgences")
        text, entities, keep = strip_marks(marked)
        notes.append(
            {
                "id": f"{ID_PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Half of each (site_kind, channel) stratum to dev, half to holdout, by a seeded draw."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[int]] = {}
    for index, note in enumerate(notes):
        strata.setdefault((note["site_kind"], note["channel"]), []).append(index)
    dev_ids: set[int] = set()
    for key in sorted(strata):
        members = list(strata[key])
        rng.shuffle(members)
        dev_ids.update(members[: len(members) // 2])
    dev = [note for index, note in enumerate(notes) if index in dev_ids]
    holdout = [note for index, note in enumerate(notes) if index not in dev_ids]
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    labels = Counter(e["label"] for note in notes for e in note["entities"])
    cross = Counter((note["site_kind"], note["channel"]) for note in notes)
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")
    print(f"without any entity: {sum(not note['entities'] for note in notes)}")
    print(f"keep strings: {sum(len(note['keep']) for note in notes)}")
    for label in sorted(LABELS):
        print(f"  {label:<18} {labels[label]}")
    for (site_kind, channel), count in sorted(cross.items()):
        print(f"  {site_kind}/{channel} {count}")


if __name__ == "__main__":
    main()
