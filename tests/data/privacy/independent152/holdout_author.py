"""Independent evaluation corpus n° 152: 240 hand-written observation notes, labelled inline.

Marks inside a note: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep.
``python holdout_author.py`` strips the marks, computes the offsets and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file (120 notes each). Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind152"
SEED = 152

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
NO_VISIT = {"urgences", "france_travail"}

# (site_kind, channel, marked text), in writing order: ids ind152-001 ... ind152-240.
NOTES_A = [
    (
        "caf",
        "accueil_telephonique",
        "Appel {{9h12}}. Mme [[PERSONNE:Ferhat]], {{Mérignac}}. Donne son num alloc direct : [[N_ALLOCATAIRE:2284610]]. L'agente ([[PERSONNE:Sandrine]]) demande la date de naissance pour verifier -> « [[DATE_NAISSANCE:14 février 86]] ». OK. Elle veut etre rappelée par un conseiller, laisse son portable : [[TELEPHONE:06 71 42 88 15]]. [[PERSONNE:Sandrine]] relit « [[TELEPHONE:zéro six, soixante et onze, quarante-deux, quatre-vingt-huit, quinze]] » et la dame dit oui oui. Mail pour le récap : [[EMAIL:nadia.ferhat33@gmail.com]]. Durée {{7 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{12 min}} d'attente avant qu'un agent decroche. Le message du {{3230}} tourne en boucle « pour votre attestation rendez-vous sur {{caf.fr}} ». Le plateau a {{14}} postes, {{9}} occupés ce matin.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel programmé {{10h30}} : M. [[PERSONNE:Aurélien Etcheverry]] ({{Bayonne}}), pb de remboursement kiné. L'agent [[PERSONNE:Malik]] lui demande son numéro de sécu, il le lit sur sa carte vitale : [[NIR:1 91 07 64 102 214 10]]. Verif identité : né le [[DATE_NAISSANCE:3 juillet 1991]]. Puis il veut changer son mail sur {{Ameli}}, il dicte : « [[EMAIL:a point etcheverry arobase orange point fr]] ». [[PERSONNE:Malik]] tape [[EMAIL:a.etcheverry@orange.fr]] et relit. {{Ameli}} refuse, adresse déjà utilisée ?? -> ticket transmis au service. Le monsieur a dû épeler son nom {{3 fois}} : « [[PERSONNE:E-T-C-H-E-V-E-R-R-Y]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} {{Pellegrin}}, {{14h40}}. Box {{6}} : monsieur âgé, [[PERSONNE:Lucien Mounier]], {{87 ans}}, amené par sa fille (Mme [[PERSONNE:Mounier-Lagarde]]). L'{{IAO}} retrouve son dossier, {{IPP}} [[IDENTIFIANT:2023018874]]. Pendant ce temps l'agent de sécu passe : « c'est à qui la {{Clio}} [[IMMATRICULATION:FG-482-KT]] devant les portes ?? » 😅 c'est la fille.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 des {{Pyrénées-Atlantiques}}, {{22h05}}. Homme, dit s'appeler « [[PERSONNE:Kader]] », dort dans sa voiture sur le parking du {{Leclerc}} de {{Lons}}, {{Peugeot 206}} grise, il lit la plaque sur la carte grise : [[IMMATRICULATION:bt512hx]]. Plus de batterie, rappeler sur le tel d'un pote : [[TELEPHONE:07.68.21.40.93]] (demander [[PERSONNE:Yannick]]). L'écoutante ([[PERSONNE:Maïté]]) : pas de place ce soir à {{Pau}}, propose {{l'accueil de jour}} demain {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{3949}}. Jeune femme, [[PERSONNE:Chloé Meunier]], {{Niort}}. Identifiant : « [[ID_FRANCE_TRAVAIL:4521876K]] », l'agent relit « [[ID_FRANCE_TRAVAIL:452 1876 K]] comme {{Kilo}} ». Elle n'a jamais reçu sa convocation → le mail enregistré est faux, l'écran affiche [[EMAIL:CHLOE.MEUNIER79@HOTMAIL.COM]] alors que c'est [[EMAIL:chloe.meunier79@hotmail.fr]]. Corrigé en direct. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Périgueux}}, salle d'attente : {{4}} personnes, une maman avec poussette, un monsieur qui lit {{Sud Ouest}}. L'agent explique l'aide alimentaire d'urgence : bon de {{30 €}} à utiliser à l'{{épicerie solidaire}}. Personne ne se plaint de l'attente (env {{20 min}}).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Thierry]] (contrôleur {{Caf}} {{Haute-Vienne}}). [[ADRESSE:14 rue de Nexon, 87000 Limoges]], {{3e étage}} sans ascenseur. Allocataire : Mme [[PERSONNE:Mariama Bah]], dossier [[N_ALLOCATAIRE:1093374]]. Il vérifie qui vit au foyer : {{2 enfants}}, [[PERSONNE:Ousmane]] né en [[DATE_NAISSANCE:2012]] et [[PERSONNE:Fanta]] née en [[DATE_NAISSANCE:2015]]. Question sur un nom sur la boîte aux lettres (« [[PERSONNE:S. Diakité]] ») -> son frère, hébergé {{2 mois}} l'an dernier. [[PERSONNE:Thierry]] note tout sur sa tablette. {{1h10}} sur place.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel sortant : l'agente ([[PERSONNE:Hélène]]) rappelle Mme [[PERSONNE:Thi Hoa Tran]] pour sa {{C2S}}. 1er numéro du dossier [[TELEPHONE:06 12 09 77 31]] → « ce numéro n'est plus attribué ». Essaie le fixe [[TELEPHONE:05 56 87 14 62]] : c'est le fils qui répond, [[PERSONNE:Minh]], il donne le nouveau portable de sa mère, [[TELEPHONE:07 81 55 23 04]], « [[TELEPHONE:zéro sept quatre-vingt-un cinquante-cinq vingt-trois zéro quatre]] ». [[PERSONNE:Hélène]] l'écrit sur un {{post-it}} avant de le saisir !",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Joaquim Pereira]] appelle pour changer de banque. Il commence à dicter « [[IBAN:FR76 1027 8022 0100 0204 1870 109]] »… l'agent l'arrête : pas de changement de RIB par tel, il faut passer par {{Mon Compte}} sur {{caf.fr}}. Il insiste, il a pas d'ordi, juste un {{Samsung}} « qui rame ». RDV proposé à l'accueil de {{Pessac}} jeudi {{14h}}. N° alloc [[N_ALLOCATAIRE:0412957]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète, Mme [[PERSONNE:Pierrette Castaing]] : sa voisine Mme [[PERSONNE:Gilberte Faure]], {{91 ans}}, [[ADRESSE:6 impasse des Tilleuls, 24000 Périgueux]], n'ouvre plus ses volets depuis {{2 jours}}. Rappel possible au [[TELEPHONE:05 53 08 41 27]] (fixe) ou [[TELEPHONE:06 30 74 19 88]]. L'agent appelle le {{SSIAD}} puis la fille de Mme [[PERSONNE:Faure]] qui vit à {{Bordeaux}}. → en fait Mme [[PERSONNE:Faure]] est hospitalisée à {{Trélissac}} depuis lundi, personne n'avait prévenu la voisine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, agence {{France Travail}} d'{{Agen}}. La conseillère, Mme [[PERSONNE:Lassalle]], projette un CV modèle : « [[PERSONNE:Jean Dupont]], [[ADRESSE:1 rue de la Paix, 47000 Agen]] ». {{6}} inscrits, {{4}} présents. Un participant, [[PERSONNE:Rayan]], demande s'il peut mettre son insta [[IDENTIFIANT:@rayan_tts47]] sur le CV 😂 réponse : non. Offre affichée au tableau : n° {{178WQXL}}, cariste, {{Boé}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Pau}}. Un homme appelle pour savoir si son frère est là : « [[PERSONNE:Sofiane Benali]], né le [[DATE_NAISSANCE:22/09/1979]] ». L'infirmière d'accueil ([[PERSONNE:Cathy]]) ne confirme rien par téléphone, prend un numéro pour que le patient rappelle : [[TELEPHONE:+33 6 45 18 72 09]]. « Avec le +33 ou pas ? » Elle note [[TELEPHONE:06 45 18 72 09]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}}, {{Poitiers}}, entretien d'admission. M. [[PERSONNE:Artur Sargsyan]] et sa femme [[PERSONNE:Anahit]], orientés par le {{SIAO}} {{86}}, réf. [[IDENTIFIANT:SIAO86-2024-01187]]. Passeport arménien de Monsieur : [[IDENTIFIANT:AM0715423]]. Une chambre pour eux deux, {{chambre 12}}, lits jumeaux. L'éducatrice [[PERSONNE:Morgane]] explique le règlement (pas de visite après {{20h}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Mérignac}}, ouverture {{8h30}}. Déjà {{11}} personnes dehors. {{3}} guichets sur {{5}} ouverts. Borne à tickets en panne → l'agent écrit les numéros à la main sur des bouts de papier 😬 ticket {{A017}}, {{A018}}… Motifs : carte vitale, {{C2S}}, arrêt maladie pas payé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une AS : Mme [[PERSONNE:Ainhoa Arrieta]], {{MDS}} de {{Bayonne}}, pour un allocataire, M. [[PERSONNE:Beñat Mendiboure]], num alloc [[N_ALLOCATAIRE:3375016]], qui n'a pas internet. L'agent vérifie la DN : [[DATE_NAISSANCE:08/01/1964]]. {{RSA}} suspendu, DTR jamais reçue. L'AS laisse sa ligne directe [[TELEPHONE:05 59 46 21 83]] et son mail [[EMAIL:a.arrieta@mds-bayonne.fr]], elle épelle « [[PERSONNE:A-R-R-I-E-T-A]] » pendant que l'agent tape.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Nathalie]] ({{CESF}} du {{CCAS}} de {{Niort}}) pour une aide facture énergie. [[ADRESSE:27 avenue de Limoges, 79000 Niort]], quartier {{Clou-Bouchet}}. Mme [[PERSONNE:Aurore Boissinot]], son chien {{Roxy}} aboie tout le long. Réf. client {{EDF}} [[IDENTIFIANT:4 012 587 336]], facture de {{412,37 €}}. [[PERSONNE:Nathalie]] regarde les radiateurs, conseille de baisser à {{19°}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur qui veut avancer son RDV. [[PERSONNE:Mehmet Yilmaz]], identifiant [[ID_FRANCE_TRAVAIL:2907415T]]. Il donne son numéro chiffre par chiffre : « [[TELEPHONE:zéro, six, deux, trois, huit, huit, un, cinq, quatre, zéro]] ». La conseillère ([[PERSONNE:Stéphanie]]) relit par paires, [[TELEPHONE:06 23 88 15 40]]. RDV avancé à mardi {{9h45}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail à domicile (agent assermenté {{Cpam}} de la {{Dordogne}}). [[ADRESSE:9 chemin du Puy Rousseau, 24000 Périgueux]]. Mme [[PERSONNE:Sandrine Lacombe]] est bien là, sorties autorisées {{9h-11h}} / {{14h-16h}}. L'agent lit le NIR sur l'attestation : [[NIR:2 78 11 24 322 087 21]]. Elle est née à {{Périgueux}} en [[DATE_NAISSANCE:novembre 78]], « j'ai jamais bougé ». Visite {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{16h}}–{{17h}} : {{23}} patients en salle d'attente, l'écran affiche « temps d'attente estimé {{4h}} ». Un vigile, {{2}} {{IAO}}. Des gens prennent l'écran en photo. Distributeur de café en panne depuis ce matin ☕❌",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du travailleur social (équipe mobile du {{CHRS}}) à une famille qui vit au [[ADRESSE:camping du Lac, emplacement 41]], à {{Mimizan}}. Caravane + voiture [[IMMATRICULATION:CK-067-PW]]. M. [[PERSONNE:Dylan Gomez]], sa compagne [[PERSONNE:Laetitia]] et {{3 enfants}}, là depuis {{octobre}}. Le TS ([[PERSONNE:Romain]]) regarde le chauffage d'appoint : dangereux.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Bordeaux}}, guichet {{3}}. Mme [[PERSONNE:Christelle Nkoulou]] vient avec son titre de séjour renouvelé, l'agent le scanne : n° [[IDENTIFIANT:3305178924]], valable jusqu'en {{2027}}. Ajout au dossier [[N_ALLOCATAIRE:5520193]]. {{10 min}} chrono, efficace.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "tel {{CCAS}} {{Angoulême}} : standard saturé, {{3}} appels en attente, la secrétaire répond « rappelez après {{14h}} » à tout le monde",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h40}}. Jeune qui appelle d'un tel emprunté, prénom « [[PERSONNE:Ilyes]] », {{19 ans}}, à la gare {{Bordeaux Saint-Jean}}. Pas de numéro à lui. L'écoutant note le numéro affiché : [[TELEPHONE:0758310462]]. Maraude du {{Samu social}} prévenue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Souad Bouzid]] appelle pour sa carte vitale. NIR donné : [[NIR:279069935004180]] (née au {{Maroc}} en [[DATE_NAISSANCE:juin 1979]]). Mail à corriger, elle épelle : « [[EMAIL:S-O-U-A-D point B-Z-D arobase yahoo point fr]] ». L'agent tape [[EMAIL:souad.bzd@yahoo.fr]]. Mutuelle : {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:0082215467]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller création d'entreprise, {{France Travail}} {{La Rochelle}}. M. [[PERSONNE:Tiago Fernandes]] veut relancer sa micro (peintre en bâtiment). Il a encore son {{SIRET}} perso de l'ancienne activité : [[IDENTIFIANT:817 345 622 00010]]. Identifiant FT [[ID_FRANCE_TRAVAIL:6604129M]]. Discussion {{ARCE}} vs maintien de l'{{ARE}}, le conseiller sort le simulateur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "LA DAME A DONNÉ SON NUMÉRO {{3 FOIS}} : [[TELEPHONE:06 98 14 27 33]]... PUIS [[TELEPHONE:0698142733]]... et l'agent a quand même tapé [[TELEPHONE:06 98 14 72 33]] 🙃 corrigé à la relecture",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Jardins d'Arcadie}} de {{Talence}} : ils envoient Mme [[PERSONNE:Odette Bardet]], née le [[DATE_NAISSANCE:02/04/1931]], chute, suspicion col du fémur. L'{{IDE}} de l'{{Ehpad}}, [[PERSONNE:Grâce]], laisse sa ligne [[TELEPHONE:05 57 35 90 12]], poste {{214}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : personne au domicile. Le contrôleur laisse un avis de passage et repart. {{40 min}} de route pour rien. Il dit que ça arrive {{1 fois sur 5}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Guichet {{CCAS}} {{Limoges}}. M. [[PERSONNE:Piotr Kowalski]] ramène sa facture {{Engie}}, réf. client [[IDENTIFIANT:004 312 889 551]]. Demande d'aide {{FSL}} énergie. L'agente, [[PERSONNE:Mireille]], photocopie tout et demande l'avis d'imposition.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Serveur vocal {{3646}} : « tapez 1 », « tapez 3 »… {{6 min}} avant d'avoir un humain. L'agent dit qu'ils ont {{180}} appels en file à {{11h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse d'emploi ([[PERSONNE:Vanessa Rocha]], {{Angoulême}}). Elle donne son mail « [[EMAIL:vanessa rocha sans espace arobase gmail]] »… l'agent complète : [[EMAIL:vanessarocha@gmail.com]] ? « oui c'est ça ». Identifiant [[ID_FRANCE_TRAVAIL:0837512R]]. Elle demande si elle garde l'{{ARE}} pendant une formation {{CACES}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{La Rochelle}}. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, {{protection temporaire}}. Passeport [[IDENTIFIANT:FE284719]], récépissé APS [[IDENTIFIANT:1702315846]]. Sa fille [[PERSONNE:Daryna]], {{12 ans}}, traduit. Domiciliation au {{CCAS}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sortant planifié : l'agent ([[PERSONNE:Kévin]]) rappelle M. [[PERSONNE:Habib Ndiaye]] au [[TELEPHONE:+33 (0)7 49 62 18 05]]… répondeur. 2e essai {{10 min}} plus tard, ok. Vérif : à l'écran « [[DATE_NAISSANCE:1983-12-17]] », il confirme « [[DATE_NAISSANCE:17 décembre 83]] ». Dossier [[N_ALLOCATAIRE:2749108]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences, {{Angoulême}}. L'agent de sécu relève les plaques garées sur la zone ambulances : [[IMMATRICULATION:EP-208-LZ]], [[IMMATRICULATION:4512 TR 16]], et un van espagnol [[IMMATRICULATION:7021 KHP]]. Il appelle au micro, personne ne bouge.",
    ),
]

NOTES_B = [
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Claude Faucher]], {{Angoulême}}, {{73 ans}}, appelle pour un remboursement de lunettes. Il donne son numéro de sécu en paquets, lentement : « [[NIR:un, cinquante-deux, zéro cinq, seize, zéro quinze, trois cent quarante-deux]]… clé [[NIR:quarante et un]] ». L'agente retape : [[NIR:1 52 05 16 015 342 41]]. Vérif date de naissance, « le [[DATE_NAISSANCE:douze mai cinquante-deux]] ». Il veut un rappel sur son fixe, [[TELEPHONE:05 45 92 61 08]], « pas le portable, je l'allume jamais ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aïssatou Diop]] : son {{APL}} n'est pas arrivée. L'agent lui lit l'IBAN enregistré : « [[IBAN:FR12 2004 1010 0107 2311 6S03 347]] ». Elle : « c'est l'ancien compte !! » Elle a changé pour {{Nickel}} il y a {{3 mois}}. Il faut refaire la démarche en ligne. Mail pour le lien : [[EMAIL:aissatou.diop@laposte.net]]. Elle demande qu'on la rappelle au [[TELEPHONE:07 66 13 02 58]] si problème.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Haute-Vienne}}, nuit calme. {{14}} appels entre {{19h}} et {{minuit}}, {{9}} demandes de mise à l'abri, {{0}} place. Les écoutants orientent vers la halte de nuit. Une écoutante : « on dit non toute la soirée, c'est ça le plus dur ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Grégory Vandamme]] ({{Pessac}}), a bossé {{2 ans}} en {{Belgique}}, veut que l'{{ARE}} soit versée sur son compte belge : « [[IBAN:BE30 0635 5128 7411]] ». La conseillère dit que le {{U1}} d'abord. Identifiant : [[ID_FRANCE_TRAVAIL:5519032P]]. Tel : [[TELEPHONE:06-59-80-44-17]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU}} de {{Poitiers}}, accueil administratif. M. [[PERSONNE:Lionel Giraudeau]] arrive avec une main en sang, tend sa carte vitale : l'agente lit [[NIR:1 69 01 86 194 077 06]] à voix haute pour sa collègue. Mutuelle {{MGEN}} n° [[IDENTIFIANT:178 904 225]]. Né le [[DATE_NAISSANCE:29 janvier 1969]] à {{Poitiers}}, il le précise lui-même. Ticket {{B42}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Sylvie Lacoste]] vient pour la {{prime d'activité}}. Elle travaille à la {{Boulangerie Lacoste et Fils}} (c'est celle de son beau-père, M. [[PERSONNE:Lacoste]]), fiches de paie « pas régulières ». L'agent ([[PERSONNE:Damien]]) explique la déclaration trimestrielle, {{3 mois}} par {{3 mois}}. Elle repart avec un papier écrit à la main.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Bordeaux}}. Mme [[PERSONNE:Naomie Kabongo]], {{Grand Parc}}, accord pour une aide de {{150 €}}. Versement sur son compte : elle lit son RIB sur l'appli {{Crédit Agricole}}, [[IBAN:FR76 1330 6000 2148 2019 3765 034]]. L'agent ([[PERSONNE:Bilal]]) répète chaque groupe. Elle donne aussi un numéro au cas où : [[TELEPHONE:+33 7 52 08 93 16]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Hüseyin Kaya]], {{Cenon}}, venu avec son fils [[PERSONNE:Emre]] qui traduit. Carte vitale perdue. L'agent vérifie : NIR [[NIR:175039920805760]], né en [[DATE_NAISSANCE:mars 1975]] en {{Turquie}}. Titre de séjour n° [[IDENTIFIANT:3304291876]]. Commande de la nouvelle carte, photo à envoyer sur {{Ameli}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, [[ADRESSE:4 allée des Mimosas, 33600 Pessac]] ({{Saige}}). M. et Mme [[PERSONNE:Rocher]]. Le contrôleur ([[PERSONNE:Frédéric]]) demande les {{3}} derniers relevés bancaires, compare avec l'IBAN du dossier [[IBAN:FR76 3000 3018 5000 0503 7421 983]]. Virement mensuel de {{400 €}} d'un M. [[PERSONNE:Da Costa]] ?? → « c'est mon frère qui rembourse ». Noté. {{55 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique : {{8}} personnes, {{2}} sans adresse mail. La conseillère crée les boites sur place avec eux, une personne ne sait pas utiliser une souris. {{1h30}}. A la fin tout le monde a un compte sur l'appli {{France Travail}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Laetitia Payet]] ({{Lormont}}) appelle, née à {{Saint-Denis}} de {{La Réunion}}. NIR : [[NIR:2 90 08 97 411 128 38]]. Date de naissance demandée : « [[DATE_NAISSANCE:19/08/1990]] ». Mail : [[EMAIL:laeti-payet974@hotmail.fr]], « avec un tiret du 6 » 🙂. L'agent confirme l'envoi de l'attestation de droits.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil {{CHRS}} {{Bordeaux}}. M. [[PERSONNE:Oumar Sow]] a ouvert un compte {{Nickel}} au bureau de tabac, il montre le RIB imprimé : [[IBAN:FR76 1659 8000 0100 0037 1528 018]]. L'éducateur ([[PERSONNE:Samuel]]) le photocopie pour le dossier {{RSA}}. « Premier compte de ma vie » dit M. [[PERSONNE:Sow]], {{34 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nicole Raffin]], {{Niort}}, née le [[DATE_NAISSANCE:03/10/61]]. Elle lit tout ce qui est sur le courrier : numéro allocataire [[N_ALLOCATAIRE:0098451]], puis par erreur son numéro de sécu [[NIR:2611079191203 63]]. L'agente lui dit gentiment « on n'en a pas besoin madame ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Pau}}, {{10h}}. Domiciliation : {{3}} personnes viennent chercher leur courrier. L'agent sort les enveloppes d'un bac en plastique. Conversation sur le froid, la halte de nuit ferme à {{8h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La femme d'un patient rappelle pour la {{3e}} fois. « Mon mari c'est [[PERSONNE:Bernard Labat]], [[PERSONNE:L-A-B-A-T]] ! » Secrétaire : il est en box, on vous rappelle. Numéro : [[TELEPHONE:05 59 27 83 40]], sinon le portable du fils [[TELEPHONE:06 04 71 29 66]] ([[PERSONNE:Nicolas]]).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Travailleur frontalier : M. [[PERSONNE:Iñaki Goñi]], habite {{Hendaye}}, salarié à {{Irun}}. Veut un remboursement sur son compte espagnol, il dicte : [[IBAN:ES23 2095 0611 0991 0482 3751]]. Agent : formulaire {{S1}} d'abord. Mail : [[EMAIL:igoni.hendaia@gmail.com]]. Échange moitié français moitié espagnol, l'agent se débrouille.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Mon identifiant c'est [[ID_FRANCE_TRAVAIL:31 08 843 B]] » (il le lit avec des espaces bizarres). La conseillère : « donc [[ID_FRANCE_TRAVAIL:3108843B]] ? » oui. M. [[PERSONNE:Ravi Sivakumar]], {{Limoges}}. Il cherche son conseiller référent, M. [[PERSONNE:Brunet]], parti à la retraite. Personne ne l'a prévenu. Réaffectation faite en direct.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Hugo Lambert]] ({{Poitiers}}) demande l'adresse de l'accueil : l'agent donne « {{Caf}} de la {{Vienne}}, {{rue Victor Hugo}} », il répète en riant « comme moi ». Num alloc [[N_ALLOCATAIRE:7710386]], RDV pris lundi {{13h30}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement en diffus avec l'éducatrice [[PERSONNE:Mathilde]] : T2 au [[ADRESSE:17 rue Montesquieu, 47000 Agen]]. Mme [[PERSONNE:Aminata Traoré]] et sa fille [[PERSONNE:Kadiatou]], {{6 ans}}. Fuite sous l'évier, bailleur prévenu, réf. locataire [[IDENTIFIANT:AG-0047312]]. Frigo vide, bon {{Restos du Cœur}} donné.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt, {{Agen}}. Personne ne répond au [[ADRESSE:31 boulevard de la Liberté, 47000 Agen]]. Une voisine dit que M. [[PERSONNE:Lagarde]] « est chez le kiné ». L'agent note, laisse l'avis. Sur la fiche : [[PERSONNE:Pascal Lagarde]], NIR [[NIR:1 72 02 47 001 156 43]], né à {{Agen}} [[DATE_NAISSANCE:02/1972]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit. {{2h15}}. Salle d'attente quasi vide, {{3}} personnes. Une {{IAO}} range le stock de masques. L'observateur remarque qu'on entend tout ce qui se dit au bureau d'accueil depuis les chaises.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Mamadou Ba]], {{Villeneuve-sur-Lot}}. C'est sa fille qui lui a créé son mail, il lit un papier : « [[EMAIL:mamadou.ba.47 @ gmail . com]] », avec des espaces partout. L'agent : « [[EMAIL:mamadou.ba.47@gmail.com]], c'est bien ça ? » Oui. Portable : [[TELEPHONE:06 24 51 73 90]]. Né le [[DATE_NAISSANCE:1er janvier 1968]] (comme beaucoup, dit l'agent après).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dossier {{APA}} pour Mme [[PERSONNE:Marie-Dominique Santoni]], {{Bayonne}}, née à {{Ajaccio}} le [[DATE_NAISSANCE:11 septembre 1958]]. Sa nièce, [[PERSONNE:Julie Casanova]], appelle pour elle et lit le NIR sur l'attestation : [[NIR:2 58 09 2A 004 091 67]]. « Il y a des lettres dans le numéro c'est normal ? » L'agent : oui, la {{Corse}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Fernando Alves]], chauffeur-livreur, a trouvé un {{CDD}} mais sa voiture est en panne. Il montre la carte grise au conseiller : [[IMMATRICULATION:DZ-733-QF]]. Aide à la mobilité possible ({{garage solidaire}} de {{Bègles}}). Identifiant : [[ID_FRANCE_TRAVAIL:7724160C]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{45 min}} d'écoute. Surtout des questions d'arrêts de travail non indemnisés, {{IJ}} en retard de {{3 semaines}}. L'agent répète {{10 fois}} la même phrase : « le dossier est en cours de traitement ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'AS de l'hôpital de {{Périgueux}}, [[PERSONNE:Anaïs Duprat]], appelle le 115 pour une famille sortante : M. [[PERSONNE:Nour Hamdan]], Mme [[PERSONNE:Rania Hamdan]], enfants [[PERSONNE:Lina]] ([[DATE_NAISSANCE:2019]]) et [[PERSONNE:Adam]] (né le [[DATE_NAISSANCE:4 mars 2022]]). Réf {{SIAO}} [[IDENTIFIANT:24-SIAO-06631]]. Elle laisse son direct : [[TELEPHONE:05.53.45.27.90]] et son mail [[EMAIL:anais.duprat@ch-perigueux-social.fr]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Guichet {{2}}. L'agente affiche le dossier et tourne l'écran vers M. [[PERSONNE:Rachid Chergui]] pour qu'il vérifie : IBAN [[IBAN:FR76 3000 4008 1200 0102 9384 757]], adresse [[ADRESSE:8 rue Pierre Loti, 17300 Rochefort]]. Tout est bon. L'observateur note que la personne suivante voit aussi l'écran.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Mesbah]] (régulation {{SAMU}} {{33}}) prévient l'accueil : arrivée d'un polytraumatisé dans {{20 min}}. La secrétaire prévient le Dr [[PERSONNE:Puyo]] en salle de déchoc. Tout en {{30 secondes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Kenza Benchikh]], {{La Rochelle}}, veut mettre à jour son RIB et commence à le dicter. L'agent : pas par téléphone. Elle : « mais je vous le donne quand même, [[IBAN:FR76 1333 5000 4008 0019 2736 594]] ». L'agent ne le note pas. Num alloc [[N_ALLOCATAIRE:4461207]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale à domicile pour une demande de secours. La personne est absente. L'agent repasse à {{16h}}. Pas mieux. Il dit qu'il reviendra la semaine prochaine et glisse un mot sous la porte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lucie Marty]] refuse de donner son mail en entier « à cause des robots » : elle dit « [[EMAIL:lucie point marty at free point fr]] ». L'agent : « [[EMAIL:lucie.marty@free.fr]] ». Née le [[DATE_NAISSANCE:25/06/1994]]. Elle travaille chez {{Dassault}} à {{Mérignac}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel sur fixe : [[TELEPHONE:05 49 41 87 02]], {{Châtellerault}}. Mme [[PERSONNE:Brigitte Pairault]], {{58 ans}}, née le [[DATE_NAISSANCE:14/07/1967]] (« le jour du défilé »). Identifiant [[ID_FRANCE_TRAVAIL:1290356H]]. Elle veut savoir pour la retraite progressive, le conseiller ([[PERSONNE:Ludovic]]) renvoie vers la {{Carsat}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Bayonne}}, accueil de jour. M. [[PERSONNE:Peio]] (pas de nom donné) dort dans son camion, plaque [[IMMATRICULATION:AH-915-RN]], avec sa chienne {{Lola}}. Il veut juste une douche et recharger son tel. Il est {{10h}}, il reste jusqu'à {{midi}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel court, erreur de numéro : la personne voulait la {{CPAM}}. L'agent donne le {{3646}}. {{40 secondes}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{3}}, enfant de {{4 ans}} fièvre. La mère, Mme [[PERSONNE:Emine Demir]], donne le nom de l'enfant : [[PERSONNE:Elif Demir]], née le [[DATE_NAISSANCE:12.11.2021]]. Nouveau dossier, {{IPP}} [[IDENTIFIANT:P2025004418]]. Numéro du père à prévenir : [[TELEPHONE:0623897110]].",
    ),
]

NOTES_C = [
    (
        "ccas",
        "accueil_telephonique",
        "Le fils de Mme [[PERSONNE:Yvette Roussel]] ({{78 ans}}, {{Cognac}}) appelle pour l'aide ménagère. Il s'appelle [[PERSONNE:Philippe]], il vit à {{Niort}}. Il lit la carte vitale de sa mère : [[NIR:2 47 04 16 102 038 48]]. « Elle est née ici à {{Cognac}}, le [[DATE_NAISSANCE:9 avril 47]] ». Mail pour les papiers : [[EMAIL:p.roussel16@wanadoo.fr]], tel [[TELEPHONE:06 82 37 14 59]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Gironde}}. Mme [[PERSONNE:Fatoumata Keïta]] et ses {{2 enfants}} sont au {{Première Classe}} de {{Bègles}}, {{chambre 23}}, nuitée payée jusqu'à demain. Elle demande le renouvellement. L'écoutant ([[PERSONNE:Xavier]]) vérifie : son numéro est bien [[TELEPHONE:07 53 29 68 11]] ? « oui ». Renouvelé {{7 nuits}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Mireuil}} ({{La Rochelle}}). [[ADRESSE:22 rue Charles Plumier, 17000 La Rochelle]]. Déclarée isolée, Mme [[PERSONNE:Morgane Bouhier]]. Devant la porte, une {{Golf}} [[IMMATRICULATION:GB-190-MA]] qui serait à M. [[PERSONNE:Tony Guilbaud]], « un ami qui passe ». Le contrôleur ne dit rien mais note la plaque. Dossier [[N_ALLOCATAIRE:6203518]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Rui Carvalho]], {{Libourne}}, né au {{Portugal}} en [[DATE_NAISSANCE:décembre 1981]]. NIR : [[NIR:181129913921279]]. Il a encore son compte portugais et voudrait y recevoir ses IJ : [[IBAN:PT50 0035 0417 0002 8391 7562 6]]. L'agent dit qu'il faut un RIB au nom de l'assuré et le formulaire. Email : [[EMAIL:ruicarvalho81@sapo.pt]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateau {{3949}}, {{14h}}. Pic d'appels après l'envoi d'un SMS groupé sur l'actualisation. {{60}} appels en attente. La responsable passe derrière chaque agent : « on fait court ». Les appels durent en moyenne {{3 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin traitant, Dr [[PERSONNE:Chastagner]] ({{Saint-Junien}}), qui adresse une patiente : Mme [[PERSONNE:Christiane Peyroux]], née le [[DATE_NAISSANCE:30/05/1944]], douleurs thoraciques. Il donne son portable perso pour être rappelé : [[TELEPHONE:06 87 02 15 43]]. L'{{IAO}} écrit tout sur la feuille de liaison.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Pau}}. Mme [[PERSONNE:Manon Larrieu]] apporte un RIB {{LCL}} : [[IBAN:FR25 3000 2056 1200 0044 8921 K92]]. L'agent remarque la lettre K « normal chez {{LCL}} ». Saisi, dossier [[N_ALLOCATAIRE:3318064]]. Elle demande aussi le montant de la {{PAJE}}, réponse : {{184,81 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du jeudi, {{CCAS}} de {{Bergerac}}. {{7}} personnes en {{2h}}. Surtout des demandes de colis et une question sur la cantine à {{1 €}}. L'agent connaît tout le monde par son prénom, ça se voit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, suivi post-CHRS. [[ADRESSE:5 rue Pierre et Marie Curie, 87100 Limoges]], quartier {{Beaubreuil}}. M. [[PERSONNE:Thomas Mazabraud]] est relogé depuis {{2 mois}}. Le frigo est plein, il montre fièrement ses plantes (un {{olivier}} et du {{basilic}}). L'éducatrice, [[PERSONNE:Lydie]], vérifie qu'il a bien ouvert ses droits {{APL}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Bayonne}}. L'agente [[PERSONNE:Karine]] porte un badge avec son prénom seulement. Affiche de prévention au mur avec {{Antoine Dupont}} : « la vaccination, on la passe ». Un monsieur s'arrête devant et dit « lui au moins il est remboursé ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yasmine Ait Ouali]] rappelle suite à un SMS. Identifiant [[ID_FRANCE_TRAVAIL:0415527D]]. Son compagnon, [[PERSONNE:Karim]], parle derrière et corrige : « non [[ID_FRANCE_TRAVAIL:0415527B]], B comme {{Bordeaux}} ». Vérifié : c'est B. Mail : « [[EMAIL:yasmine point aitouali arobase outlook point fr]] ». Tel : [[TELEPHONE:07 71 20 36 94]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour son voisin sourd, M. [[PERSONNE:Raymond Desclaux]], [[ADRESSE:11 rue du Maréchal Joffre, 64100 Bayonne]] : il n'a plus de chauffage. Elle donne son numéro à elle, [[TELEPHONE:05 59 25 74 18]], « lui il n'entend pas le téléphone ». Elle s'appelle Mme [[PERSONNE:Irigoyen]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel 115, homme, {{45 ans}} env. Donne nom + date de naissance : [[PERSONNE:Jean-Marc Texier]], [[DATE_NAISSANCE:03/02/1980]]. Déjà connu du {{SIAO}} {{79}}, dossier [[IDENTIFIANT:SI79-2023-4471]]. « Vous êtes toujours au [[TELEPHONE:06 33 12 48 90]] ? » non, nouveau : [[TELEPHONE:07 45 86 02 21]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Marie-Line Jean-Baptiste]], {{Bordeaux}}, garde son numéro de {{Guadeloupe}} : [[TELEPHONE:+590 690 41 27 83]]. L'agent hésite : « c'est un numéro français ? » oui. Date de naissance « [[DATE_NAISSANCE:le 2 février 1977]] ». N° alloc [[N_ALLOCATAIRE:1185742]]. Question {{ASF}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{BAC}} arrive avec un homme menotté, blessé à l'arcade. Le policier donne l'identité à l'accueil : [[PERSONNE:Kévin Da Silva]], né le [[DATE_NAISSANCE:18/04/2001]]. Voiture de patrouille garée en travers. Un autre véhicule ({{Twingo}} [[IMMATRICULATION:FS 724 ZD]]) klaxonne derrière. Tension.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie, {{Bergerac}}. [[ADRESSE:2 impasse des Vignes, 24100 Bergerac]]. M. [[PERSONNE:Julien Peyrat]], arrêt pour lombalgie, est… sur une échelle dans le jardin 😬. L'agent assermenté note sans commentaire. Il dit à l'observateur que c'est rare.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le mail dans le dossier : [[EMAIL:jordan.lopes@gmial.com]]. L'agent voit la faute (gmial). M. [[PERSONNE:Jordan Lopes]] : « ah c'est pour ça que je reçois rien ». Corrigé en [[EMAIL:jordan.lopes@gmail.com]]. Numéro alloc [[N_ALLOCATAIRE:0573921]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune, [[PERSONNE:Jade Berthomieu]], {{19 ans}}, {{Périgueux}}. Carte d'identité : [[IDENTIFIANT:X4RTBPFW4]]. Le conseiller crée le dossier, identifiant généré [[ID_FRANCE_TRAVAIL:9042618Z]]. Elle dit qu'elle veut bosser chez {{Decathlon}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour portage de repas. Mme [[PERSONNE:Josiane Rousseau]], [[ADRESSE:3 rue des Capucines, 86000 Poitiers]]. Sur le rebord de la fenêtre des {{capucines}} (oui comme la rue). Son chat {{Minou}} sur les genoux. {{84 ans}}, seule depuis {{2019}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe {{CHRS}}, {{9h}}. {{27}} places, {{26}} occupées. On parle des sorties prévues, des dettes de loyer, des rendez-vous {{MDPH}}. Pas de nom prononcé devant moi (ils disent « la chambre {{4}} », « la chambre {{9}} »).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Patricia Grolleau]] ({{Saintes}}) attend un remboursement de {{320 €}}. L'agent vérifie le compte : [[IBAN:FR76 1090 7000 1272 0193 8465 167]], « c'est bien à la {{Banque Populaire}} ? » oui. Le virement est parti hier. Mutuelle : {{MACIF}}, n° [[IDENTIFIANT:MF-2231087]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences, nuit. Appels de familles qui cherchent un proche, un taxi qui demande où déposer, un pompier. {{12}} appels en {{1h}}. La secrétaire a un cahier où elle raye au fur et à mesure.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur privé, M. [[PERSONNE:Didier Dupouy]], pour le tiers payant de l'{{APL}} de sa locataire Mme [[PERSONNE:Lydia Gaillard]] (alloc [[N_ALLOCATAIRE:2910475]]). Il dicte son IBAN : [[IBAN:FR76 1558 9335 0104 5123 9871 013]]. Il laisse aussi [[TELEPHONE:06.11.47.92.05]] et [[EMAIL:dupouy.immo@orange.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Moussa Konaté]], né le [[DATE_NAISSANCE:07/07/1992]], identifiant [[ID_FRANCE_TRAVAIL:6671093F]]. Radié pour absence à un RDV dont il n'a jamais eu le courrier. Adresse dans le dossier : [[ADRESSE:40 cours de la Marne, 33800 Bordeaux]], mais il a déménagé à {{Floirac}}. La conseillère met à jour et lance le recours.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au 115 {{Charente-Maritime}} : beaucoup de silences au téléphone, des gens qui raccrochent. L'écoutant dit qu'il garde la ligne {{30 secondes}} « au cas où ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Élection de domicile au {{CCAS}} de {{Pessac}}. M. [[PERSONNE:Bogdan Popescu]], né le [[DATE_NAISSANCE:21 octobre 1988]] en {{Roumanie}}. Passeport roumain n° [[IDENTIFIANT:054183927]]. Son adresse de domiciliation sera celle du {{CCAS}} ({{place de la Ve République}}). L'agent ([[PERSONNE:Audrey]]) remplit le {{Cerfa}} {{15548}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente {{Caf}} {{Périgueux}} à {{13h25}}, ouverture {{13h30}}. {{15}} personnes. Un agent sort distribuer des tickets et demande le motif à chacun pour trier. {{4}} sont renvoyés vers les bornes.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Mon numéro c'est le [[TELEPHONE:zéro six, double zéro, trente-deux]]… » L'agent : « [[TELEPHONE:06 00 32]]… ? » la dame reprend : « [[TELEPHONE:zéro six, zéro zéro, trente-deux, dix-huit, soixante-quinze]] ». Mme [[PERSONNE:Bernadette Labat]], {{Orthez}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un habitué, que tout le monde appelle « [[PERSONNE:Tintin]] », revient pour la {{3e}} fois de la semaine. L'{{IAO}} ([[PERSONNE:Séverine]]) : « bonjour [[PERSONNE:Jacky]] ». Son vrai nom sur l'écran : [[PERSONNE:Jacques Mérillon]]. Elle lui donne un café.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite sur l'aire d'accueil : famille [[PERSONNE:Reinhart]], [[ADRESSE:aire d'accueil de Mérignac, place 12]]. Caravane et fourgon [[IMMATRICULATION:CJ-416-SV]]. La mère, [[PERSONNE:Sandra]], demande de l'aide pour la scolarité des enfants. Le TS donne le contact du {{CASNAV}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle une demandeuse pour une offre de vendeuse à la {{Boucherie Castagnet}} de {{Marmande}}. Mme [[PERSONNE:Elise Pujol]] au [[TELEPHONE:06 97 41 20 38]]. « C'est M. [[PERSONNE:Castagnet]] lui-même qui recrute. » Elle est partante. Identifiant [[ID_FRANCE_TRAVAIL:3356791K]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Il lit son numéro allocataire avec des espaces : « [[N_ALLOCATAIRE:05 18 274]] ». L'agent : « donc [[N_ALLOCATAIRE:0518274]] ». M. [[PERSONNE:Sami Jaziri]], {{Talence}}, né le [[DATE_NAISSANCE:16/03/1995]]. Veut un rappel au [[TELEPHONE:07 68 40 19 52]] après {{17h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour une inscription au repas des aînés. {{2}} places, le {{14 décembre}}, {{salle des fêtes}}. L'agent note juste « {{2}} couverts » et un numéro de badge, pas de nom.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Piero Salvatori]], {{Biarritz}}, veut une carte européenne d'assurance maladie pour partir en {{Italie}}. L'agent la commande en {{2 min}}. Né en [[DATE_NAISSANCE:55]], « vous êtes de [[DATE_NAISSANCE:55]] ? » oui. Il raconte sa vie à l'agente, qui écoute.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur prépare sa tournée dans la voiture de service : {{4}} visites, {{Angoulême}} et {{Soyaux}}. Il lit les dossiers sur sa tablette, {{140 km}} prévus. Il raconte que {{30 %}} des contrôles finissent avec un rappel en faveur de l'allocataire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une AS du {{CCAS}} de {{Mérignac}}, [[PERSONNE:Soizic Le Floch]], appelle pour M. [[PERSONNE:Ibrahim Coulibaly]], [[DATE_NAISSANCE:1986]], sortie de prison hier. Son mail : [[EMAIL:s.lefloch@ccas-merignac.fr]]. Elle épelle « [[PERSONNE:Le Floch]], [[PERSONNE:L-E espace F-L-O-C-H]] ». Numéro de M. [[PERSONNE:Coulibaly]] : aucun.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« Je cherche mon fils, [[PERSONNE:Enzo]], [[PERSONNE:E-N-Z-O]], [[PERSONNE:Castagnet]], né le [[DATE_NAISSANCE:2006-05-09]] ». La secrétaire : « il est bien chez nous, il va bien ». La mère pleure. Elle laisse [[TELEPHONE:0557 84 21 96]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Bayonne}}, zone d'attente. {{5}} ordinateurs en libre-service, {{2}} en panne. Un service civique aide les gens, il connaît les démarches mieux que certains conseillers dit-il en rigolant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Svetlana Ivanova]] épelle son mail : « [[EMAIL:svetlana.ivanova1990 arobaze mail point ru]] ». L'agent : « [[EMAIL:svetlana.ivanova1990@mail.ru]] ». Née le [[DATE_NAISSANCE:5 août 1990]]. Elle demande si la {{CSS}} (« la {{C2S}} ») marche pour ses lunettes.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur donne son numéro en groupant bizarre : « [[TELEPHONE:065 312 48 77]] ». L'agente répète « [[TELEPHONE:06 53 12 48 77]] ? » oui. M. [[PERSONNE:Aziz El Amrani]], {{Agen}}, pour une aide au permis.",
    ),
]

NOTES_D = [
    (
        "chrs",
        "accueil_telephonique",
        "115, {{20h50}}. M. [[PERSONNE:Mohamed Cissé]], né le [[DATE_NAISSANCE:14 février 1990]] à {{Dakar}}, appelle de la gare de {{Poitiers}}. Il a son numéro de sécu sur une attestation et le lit, on ne lui a rien demandé : [[NIR:1 90 02 99 341 118 11]]. L'écoutante ([[PERSONNE:Naïma]]) : « gardez ça pour vous monsieur ». Son tel : [[TELEPHONE:07 58 61 92 30]]. Place trouvée à l'{{Escale}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient déposer des vêtements pour le vestiaire solidaire. L'agent la remercie, range les sacs. Rien d'autre pendant {{20 min}}. Calme plat à {{Rochefort}} ce matin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel d'une allocataire de {{Limoges}} qui avait laissé un message. Mme [[PERSONNE:Christine Vignaud]], num [[N_ALLOCATAIRE:1650398]]. Message vocal retranscrit par le logiciel : « [[TELEPHONE:zéro cinq cinquante-cinq trente-quatre douze quatre-vingt-dix-neuf]] ». L'agent compose [[TELEPHONE:05 55 34 12 99]] : c'est bien elle. Pb : l'{{AAH}} de son fils [[PERSONNE:Maxime]] ({{24 ans}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{10h02}}. Appel en anglais : M. [[PERSONNE:Chen Wei]], doctorant à {{Talence}}. L'agent parle un peu anglais. Il spelle son nom « [[PERSONNE:C-H-E-N]], [[PERSONNE:W-E-I]] », date de naissance « [[DATE_NAISSANCE:1996, May 3rd]] ». Numéro provisoire de sécu ? Pas encore. Mail : [[EMAIL:chen.wei@u-bordeaux-etu.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences pédiatriques, {{Limoges}}. {{6}} familles. Un écran diffuse des dessins animés, les enfants regardent {{Peppa Pig}}. L'{{IAO}} appelle par prénom au micro, puis se reprend et n'appelle plus que « le petit en pyjama bleu ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une conseillère appelle des demandeurs pour un forum emploi à {{Mont-de-Marsan}}. Liste de {{20}} numéros. Au 5e : répondeur « bonjour c'est [[PERSONNE:Lucas]], laissez un message ». Au 8e : « vous avez fait un faux numéro ». Taux de réponse : {{6 sur 20}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Maryse Boutin]] ({{70 ans}}, {{La Rochelle}}) ne comprend pas pourquoi la {{Caf}} lui demande son NIR : l'agente le lit sur sa carte, [[NIR:2 55 07 17 300 412 56]], et lui explique que c'est pour l'{{ALS}}. Née ici en [[DATE_NAISSANCE:juillet 55]]. Elle sort un carnet où elle a tout noté, y compris son ancien n° alloc [[N_ALLOCATAIRE:0087164]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile sous le pont {{Saint-Jean}}. {{4}} tentes. Distribution de thermos. Une femme refuse de parler, un homme donne juste « [[PERSONNE:Milo]] ». Les éducs notent l'emplacement sans adresse. On repart à {{22h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Leïla Haddad]] appelle pour sa mère, Mme [[PERSONNE:Zohra Haddad]], qui vit au [[ADRESSE:18 rue de la Tour-Chabot, 79000 Niort]]. Téléassistance à installer. La fille dicte son mail : « [[EMAIL:leila.haddad tout attaché arobase free.fr]] ». L'agent : « [[EMAIL:leilahaddad@free.fr]] ? » non, « [[EMAIL:leila.haddad@free.fr]], avec le point ». Portable [[TELEPHONE:06 12 73 40 85]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{Cpam}} {{Pau}}. Un jeune, [[PERSONNE:Noah Mendiboure]], {{22 ans}}, vient pour sa première carte vitale à lui. L'agent lit son NIR à voix basse : [[NIR:1 03 10 64 102 057 65]]. Né à {{Bayonne}} le [[DATE_NAISSANCE:11/10/2003]]. Il demande s'il peut l'avoir sur son tel (appli carte vitale) : oui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bègles}}. [[ADRESSE:36 rue Ferdinand Buisson, 33130 Bègles]]. Allocataire M. [[PERSONNE:Sébastien Barrière]], dossier [[N_ALLOCATAIRE:4038762]]. Il vit avec sa mère, qui dit s'appeler [[PERSONNE:Odile]]. Le contrôleur vérifie le bail, les quittances. Tout colle. {{35 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle : « ma femme a été amenée par les pompiers, [[PERSONNE:Ana-Maria Popescu]], née le [[DATE_NAISSANCE:23/12/1985]] ». L'agent voit une « [[PERSONNE:Ana Maria Popesco]] » : faute de frappe à l'enregistrement, corrigée. Son numéro à lui : [[TELEPHONE:+40 721 345 678]] (roumain) et un français [[TELEPHONE:07 82 19 55 46]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Cédric Barrière]] arrive énervé : son allocation a baissé. La conseillère ([[PERSONNE:Agathe]]) lui montre le calcul à l'écran. Identifiant [[ID_FRANCE_TRAVAIL:4107758S]]. Il se calme. Elle l'accompagne jusqu'à la sortie. {{25 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Saint-Médard-en-Jalles}} pour une femme victime de violences, avec un enfant. Mise à l'abri immédiate. La femme ne donne que son prénom, « [[PERSONNE:Samira]] ». Le gendarme donne son numéro de service, standard {{17}}. Prise en charge à {{23h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Inès Touati]], {{Bordeaux}}, donne son NIR sans espace : [[NIR:299043306378187]]. L'agent relit par groupes : « [[NIR:2 99 04 33 063 781 87]] ». Née le [[DATE_NAISSANCE:2 avril 1999]] à {{Bordeaux}}. Elle a changé de nom en se mariant, ancien nom [[PERSONNE:Benhamou]]. Mise à jour.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête logement insalubre avec le service hygiène, [[ADRESSE:12 rue Saint-Sernin, 33000 Bordeaux]], {{2e étage}}. Famille [[PERSONNE:Nguyen]]. Moisissures, fenêtre qui ne ferme pas. Le propriétaire, M. [[PERSONNE:Roux]], sera convoqué. Photo prises par l'agent.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur âgé qui veut parler « à la dame de la dernière fois, Mme [[PERSONNE:Boyer]] ». L'agent : « on est {{30}} sur le plateau monsieur ». Il finit par donner son numéro alloc : [[N_ALLOCATAIRE:2201947]]. [[PERSONNE:Roland Giraud]], {{Agen}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{SAU}} {{Bayonne}}, {{19h}}. Un touriste espagnol, {{camping-car}} garé n'importe comment, plaque [[IMMATRICULATION:4829 LMN]]. Sa femme, [[PERSONNE:Ainara]], traduit. Il s'est coupé en cuisinant. La secrétaire crée le dossier avec la carte européenne : n° [[IDENTIFIANT:80724000470009873512]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Vous pouvez me rappeler sur le fixe de mon voisin ? » numéro : [[TELEPHONE:05 46 41 08 73]] (M. [[PERSONNE:Pascal Guérin]]). Mme [[PERSONNE:Régine Guérin]]… « non pas de la famille, même nom c'est tout ». Identifiant [[ID_FRANCE_TRAVAIL:8830147L]]. Ça fait rire la conseillère.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne numérique en libre-service. Un agent d'accueil aide une dame à scanner ses fiches de paie avec son téléphone. {{3}} tentatives. Ça marche à la 4e. Le temps moyen par personne à la borne : {{15 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de sortie d'un résident. M. [[PERSONNE:Aram Petrossian]] a obtenu un logement {{Domofrance}} : [[ADRESSE:7 allée de Boutaut, 33300 Bordeaux]], {{Bacalan}}. Réf. locataire [[IDENTIFIANT:DF-33-558107]]. Date d'entrée {{1er mars}}. L'éducateur ([[PERSONNE:Franck]]) est ému.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Stéphanie Couderc]] (infirmière libérale, {{Dax}}) appelle pour une patiente. Elle donne son numéro {{ADELI}} et son portable [[TELEPHONE:06 75 20 14 88]]. La patiente : Mme [[PERSONNE:Marcelle Dubernet]], née le [[DATE_NAISSANCE:08/08/1938]]. Question de prise en charge de pansements.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Poitiers}}, {{Les Couronneries}}. M. [[PERSONNE:Guillaume Texier]] vient pour la {{carte solidarité}} (bus {{Vitalis}} gratuit). L'agent scanne son {{CNI}} : [[IDENTIFIANT:140386301254]]. Il habite [[ADRESSE:9 rue de Nimègue, 86000 Poitiers]]. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ligne dédiée employeurs. Un gérant de restaurant à {{Biarritz}} cherche {{3}} serveurs pour la saison. La conseillère prend l'offre, numéro {{183JPWK}}. Aucune personne nommée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Thi Lan Nguyen]], elle épelle : « [[PERSONNE:N-G-U-Y-E-N]], comme le nom, et [[PERSONNE:Thi Lan]] en deux mots ». Mail à l'écran : [[EMAIL:thilan.nguyen@icloud.com]]. Numéro alloc [[N_ALLOCATAIRE:3092617]]. Elle confirme son adresse : [[ADRESSE:21 avenue Thiers 33100 Bordeaux]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'agent passe vérifier une adresse pour un dossier {{C2S}} : boîte aux lettres sans nom au [[ADRESSE:15 rue Jean Jaurès, 16000 Angoulême]]. Le gardien dit que Mme [[PERSONNE:Kamara]] habite bien là « au fond de la cour ». Elle n'est pas là. Retour au bureau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Transport sanitaire : une ambulance {{Ambulances Dupuy}} appelle pour un retour à domicile. Le chauffeur donne la plaque du véhicule pour l'accès au quai : [[IMMATRICULATION:EK-351-TB]]. Patient : M. [[PERSONNE:Serge Moreau]]. L'agente ouvre la barrière à distance.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Lot-et-Garonne}}, {{21h30}}. Couple avec un chien, veut rester ensemble, refuse les places séparées. Pas de nom donné, pas de numéro. L'écoutant note « couple + chien, {{Agen}} gare ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Hamza Chergui]], [[ADRESSE:5 place des Tilleuls, 64000 Pau]]. Il montre ses relevés {{La Banque Postale}} : IBAN [[IBAN:FR73 2004 1000 0109 1487 2T02 603]]. Le contrôleur compare avec celui du dossier, identique. Une moto dans le garage, [[IMMATRICULATION:FX-802-JH]], achetée {{800 €}} d'occasion.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale de l'{{hôpital}} : M. [[PERSONNE:Lucien Berthelot]] sort lundi, il faut le portage de repas. Elle donne son mail professionnel [[EMAIL:marion.lafargue@chu-limoges-social.fr]] et se présente ([[PERSONNE:Marion Lafargue]]). Adresse du patient : [[ADRESSE:3 rue des Petites Maisons, Limoges]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Poitiers}} {{Beaulieu}}. Une demandeuse d'emploi, [[PERSONNE:Naïma Benyahia]], cherche une formation d'aide-soignante. Identifiant [[ID_FRANCE_TRAVAIL:2016589N]]. La conseillère lui parle de l'{{IFAS}} de {{Châtellerault}} et du financement {{Région}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Anne-Sophie Lévy]] veut un relevé d'IJ. L'agent imprime. Elle remarque que son RIB est l'ancien : [[IBAN:FR76 3000 4028 3700 0115 4829 605]]. Il faut un nouveau RIB, elle en a un dans son sac, saisi : [[IBAN:FR76 1240 6000 4581 2300 8741 250]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bagarre en salle d'attente vers {{1h}}. Deux jeunes. Le vigile sépare. Personne de blessé. Après ça, tout le monde se tait. L'{{IAO}} dit à l'observateur « c'est une nuit normale ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un voisin : une femme dort dans sa voiture sur le parking de la résidence, [[IMMATRICULATION:DB-640-YC]], depuis {{une semaine}}. Il s'appelle [[PERSONNE:Alain Bonnin]], tel [[TELEPHONE:06 09 47 38 12]]. Il ne connaît pas son nom à elle. Maraude envoyée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Trois appels de suite pour la même chose : le site {{caf.fr}} plante. L'agent donne la même réponse {{3 fois}} : « réessayez plus tard ». Ras-le-bol visible.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Yann Quintard]], {{Châtellerault}}, né le [[DATE_NAISSANCE:20 juin 1985]]. NIR à l'écran : [[NIR:1 85 06 86 066 245 64]]. « Vous êtes bien né à {{Châtellerault}} ? » oui. Il voulait savoir pour la {{mutuelle}}. Réponse en {{2 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Joseph Ekwalla]] demande un secours d'urgence pour une facture d'eau {{Agur}} ({{Pays basque}}). Réf. abonné [[IDENTIFIANT:AG 00731 5562]]. Montant {{212 €}}. Il vit [[ADRESSE:6 rue Sainte-Catherine, 64100 Bayonne]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La secrétaire rappelle un patient parti sans attendre : « Monsieur [[PERSONNE:Bouzid]] ? On a vos résultats ». Numéro du dossier : [[TELEPHONE:06 51 84 29 07]]. Il ne répond pas. Message laissé. Elle dit que ça arrive {{5 à 10 fois}} par jour.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel : [[PERSONNE:Laurence Baudry]], {{Angoulême}}, veut changer d'adresse : nouvelle adresse [[ADRESSE:14 rue de Basseau, 16000 Angoulême]]. Mail [[EMAIL:laurence.baudry16@gmail.com]], identifiant [[ID_FRANCE_TRAVAIL:1743386W]]. Mise à jour en {{1 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel : {{Hôtel du Centre}}, {{chambre 6}}. Mme [[PERSONNE:Grâce Mbemba]] et ses jumeaux. Pas de frigo, micro-ondes partagé. La TS ([[PERSONNE:Élodie]]) fait le point sur la demande de logement, n° unique [[IDENTIFIANT:033 250 125 0012 4]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} {{Niort}}. Les agents ont un écran avec le temps d'attente moyen ({{17 min}}). Une dame s'énerve : « ça fait {{40 minutes}} ». L'agent lui montre son ticket {{C031}}, elle était dans la mauvaise file.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un agent enquêteur chez un infirmier libéral pour vérifier des actes. M. [[PERSONNE:Franck Lavergne]], cabinet au [[ADRESSE:2 rue de la Gare, 40100 Dax]]. {{SIRET}} du cabinet perso : [[IDENTIFIANT:52193847200011]]. L'agent demande les ordonnances de {{3}} patients.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Quelqu'un appelle pour savoir si le {{CCAS}} fait les dossiers de logement social. L'agent répond oui, RDV le mardi. Pas de nom laissé. {{1 min 30}}.",
    ),
]

NOTES_E = [
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Gwendal Le Bihan]] appelle de {{Brive}} : « je suis né à {{Brive}} en [[DATE_NAISSANCE:septembre 77]] », l'agent trouve le NIR [[NIR:1 77 09 19 031 168 45]] et demande le jour : « le [[DATE_NAISSANCE:vingt-six]] ». Ok. Il veut son relevé de remboursements par mail : [[EMAIL:gwen.lebihan@sfr.fr]]. L'agent ([[PERSONNE:Rémi]]) l'envoie en direct.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôleuse : [[PERSONNE:Véronique]]. Chez Mme [[PERSONNE:Rosa Ferreira]], [[ADRESSE:48 rue Camille Pelletan, 33150 Cenon]]. Elle tient un petit atelier de retouche à domicile, {{SIRET}} perso [[IDENTIFIANT:893 214 507 00016]]. Revenus déclarés à vérifier. Dossier [[N_ALLOCATAIRE:5107733]]. Café offert, refusé poliment.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h}}. Une maman vient chercher un dossier de cantine. Elle a oublié son justificatif de domicile. L'agent lui dit de revenir, ou de l'envoyer par mail à l'adresse générique du service. Elle repart en soupirant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une femme qui a quitté son domicile à {{Niort}} cette nuit. Prénom seulement : « [[PERSONNE:Sarah]] ». Elle ne veut pas qu'on note son numéro. L'écoutante lui donne le {{3919}} et une place en urgence à {{Niort}}. {{18 min}} d'appel, voix très basse.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Olivia Marcillac]] appelle pour l'attestation employeur manquante. L'ancien employeur : {{Pharmacie Marcillac}}, tenue par son oncle (!). Identifiant [[ID_FRANCE_TRAVAIL:3390145E]]. La conseillère lui dit de relancer le comptable. Tel : [[TELEPHONE:06 44 18 27 75]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un motard arrive seul, casque à la main, la plaque de sa moto tombée dans la chute, il l'a ramenée : [[IMMATRICULATION:GH-027-WP]] 😅. Identité : [[PERSONNE:Lucas Garat]], [[DATE_NAISSANCE:30/10/1998]]. Poignet gonflé. Il attend {{2h30}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Angoulême}} : espace libre-service, {{4}} bornes. Une conseillère numérique accompagne une dame pour créer son compte {{Ameli}}. La dame n'a pas d'adresse mail, on lui en crée une sur place. {{30 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Samia Bensaïd]] appelle sur la ligne partenaires par erreur. Elle travaille à {{Emmaüs}} {{Pau}} et demande pour une personne accompagnée, M. [[PERSONNE:Christian Dufau]], n° alloc [[N_ALLOCATAIRE:6620194]], DN [[DATE_NAISSANCE:12-04-1959]]. L'agent accepte de regarder « vu que vous avez le mandat ». Mail de Mme [[PERSONNE:Bensaïd]] : [[EMAIL:samia.bensaid@emmaus-pau.org]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un squat signalé, avec la maraude. [[ADRESSE:22 rue Bouquière, Bordeaux]], rez-de-chaussée. {{5}} hommes, dont un mineur qui dit avoir {{16 ans}}. Prénoms : [[PERSONNE:Aboubacar]], [[PERSONNE:Ismaël]]. Les autres ne parlent pas. Orientation {{ASE}} pour le mineur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacie de {{Bergerac}} : carte vitale d'un patient refusée. Le pharmacien lit le NIR du patient, M. [[PERSONNE:Didier Labarthe]] : [[NIR:1 58 11 24 037 203 76]]. L'agent voit une erreur de date de fin de droits et corrige.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour l'{{APA}}, {{Talence}}. M. [[PERSONNE:André Lafitte]], {{89 ans}}, [[ADRESSE:10 rue Camille Jullian, 33400 Talence]], vit avec sa femme [[PERSONNE:Monique]]. Le fils, [[PERSONNE:Éric]], est là aussi et donne son tel [[TELEPHONE:06 22 80 91 47]]. L'évaluatrice remplit la grille {{AGGIR}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Mérignac}}. Permanence d'une association d'aide aux réfugiés. M. [[PERSONNE:Ahmad Rahimi]] (afghan) présente son titre de séjour [[IDENTIFIANT:3303926611]] et son récépissé. Inscription, identifiant [[ID_FRANCE_TRAVAIL:5530721J]]. Il parle dari et un peu anglais, l'interprète est en visio.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au {{CHRS}} de {{Pau}} : {{18}} résidents. Un résident joue de la guitare. L'éducatrice dit que c'est un des bons soirs. Personne ne parle de ses papiers.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Lamine Diarra]] vient déclarer la naissance de sa fille, [[PERSONNE:Awa]], née le [[DATE_NAISSANCE:9 mai]] à la maternité de {{Pellegrin}}. L'agent ([[PERSONNE:Sophie]]) saisit. Numéro allocataire [[N_ALLOCATAIRE:4417095]]. Prime de naissance : {{1 066,36 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation. Un appel arrive par erreur au secrétariat des urgences : quelqu'un veut un RDV chez l'{{ORL}}. Redirection. {{30 secondes}}. « Ça arrive tout le temps, les gens tapent le premier numéro sur {{Google}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Niort}}. [[ADRESSE:8 rue de Ribray, 79000 Niort]]. Mme [[PERSONNE:Florence Texier]] présente, arrêt pour burn-out. L'agent vérifie l'identité sur sa {{CNI}} [[IDENTIFIANT:790475312688]]. Entretien bref et bienveillant.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Thierry Boyer]] ({{Limoges}}) appelle pour la navette seniors. Il donne son adresse pour qu'on le prenne : [[ADRESSE:26 rue François Chénieux, 87000 Limoges]]. Et son numéro, [[TELEPHONE:05 55 77 31 46]], « c'est un fixe hein ». Inscrit pour jeudi {{10h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Dordogne}}. Appel d'un homme, [[PERSONNE:Franck]] (pas de nom), qui dort dans son véhicule à {{Périgueux}}, un {{Trafic}} blanc [[IMMATRICULATION:AZ 418 PQ]]. Il a un numéro : [[TELEPHONE:07.81.20.64.33]]. Veut juste savoir pour les douches. Réponse : {{accueil de jour}}, {{8h30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Amira Bouazza]], {{Angoulême}}, num alloc [[N_ALLOCATAIRE:7058841]]. Elle est née en {{Algérie}} le [[DATE_NAISSANCE:17/03/1988]]. Elle lit son NIR de la nouvelle carte : [[NIR:2 88 03 99 352 077 77]]. Elle veut changer de RIB : l'agent refuse par tel. Elle lit quand même : [[IBAN:FR76 1333 5003 0108 7765 1234 026]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Changement d'équipe {{7h}}. Transmission à voix basse près du bureau : « le {{box 2}} c'est M. [[PERSONNE:Lafargue]], le {{box 5}} la petite [[PERSONNE:Jeanne]] ». L'observateur entend depuis le couloir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur d'emploi, [[PERSONNE:Steeve Ramassamy]], appelle de {{La Réunion}} (vacances) : son contrôle de recherche d'emploi tombe pendant son absence. Son numéro : [[TELEPHONE:+262 692 45 18 30]]. Identifiant [[ID_FRANCE_TRAVAIL:6240981X]]. La conseillère reporte.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Pierre Lafargue]], {{Mont-de-Marsan}}, dépose un arrêt de travail papier. L'agent lui conseille de le faire faire en ligne par le médecin la prochaine fois. Il répond que son médecin, le Dr [[PERSONNE:Lalanne]], a {{75 ans}} et pas d'ordinateur.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une caravane sur un terrain privé, [[ADRESSE:chemin de Lagrange, lieu-dit Les Pins, 47300 Villeneuve-sur-Lot]]. M. [[PERSONNE:Kévin Winterstein]] et sa compagne. Demande de domiciliation et d'aide pour le permis. Voiture [[IMMATRICULATION:CS-592-HN]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Veille sociale, nuit. L'écoutant rappelle à {{6h}} les {{4}} personnes mises à l'abri hier pour savoir si ça va. Pas de noms dits à voix haute (il les lit en silence sur l'écran).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle résidence, {{Biarritz}}. [[ADRESSE:31 avenue de la Marne, 64200 Biarritz]]. M. [[PERSONNE:Xabi Harriet]] déclare vivre seul. Le contrôleur voit des affaires de femme, M. [[PERSONNE:Harriet]] : « c'est à ma sœur, [[PERSONNE:Maitane]] ». Rien de prouvé. Dossier [[N_ALLOCATAIRE:3264015]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'inscription, {{50 min}}. Le conseiller remplit le {{PPAE}} à l'écran, le demandeur répond par oui/non. Aucun document regardé en ma présence.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Céline Chauvet]] veut être rappelée sur son tel pro : [[TELEPHONE:05 56 00 48 73]] poste {{2217}}, ou sur le perso [[TELEPHONE:06 38 92 14 50]]. Elle dit aussi son mail pro « [[EMAIL:c.chauvet@thales-exemple.fr]] » puis se ravise : « non mettez le perso, [[EMAIL:celine_chauvet@yahoo.fr]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un agent de la mairie transfère un appel : une dame qui veut savoir les horaires du {{CCAS}}. {{8h30}}-{{12h}} / {{13h30}}-{{17h}}. Fin.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission en urgence au {{CHRS}} d'{{Angoulême}}. Mme [[PERSONNE:Christelle Raffin]] et son fils [[PERSONNE:Mathis]], né en [[DATE_NAISSANCE:2018]]. Orientée par le 115, fiche {{SIAO}} [[IDENTIFIANT:SIAO16-25-00317]]. Elle a juste un sac. {{Chambre 3}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle de {{Montréal}} : son père, [[PERSONNE:Gérard Desproges]], a été admis. « Je suis [[PERSONNE:Olivier]], le fils, voici mon numéro [[TELEPHONE:+1 514 555 0187]] ». L'agent note, le médecin rappellera. Décalage horaire : {{6h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur présente son numéro allocataire écrit au feutre sur sa main : [[N_ALLOCATAIRE:2860537]]. L'agente rit avec lui. M. [[PERSONNE:Bakary Fofana]], {{Floirac}}. Demande d'attestation de paiement, imprimée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pause déjeuner du personnel : les agents mangent dans une petite salle, on parle du nouveau logiciel qui « rame depuis lundi ». Aucun usager.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel raté : le numéro du dossier, [[TELEPHONE:06 72 15 98 34]], sonne dans le vide. Deuxième numéro, [[TELEPHONE:07 40 08 22 61]] : « c'est plus le sien, c'était ma copine » 🙃. La conseillère envoie un mail à [[EMAIL:dylan.marty47@gmail.com]] à la place. Demandeur : [[PERSONNE:Dylan Marty]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Omar Belkacem]], {{Mont-de-Marsan}}, vient pour une aide au paiement de la cantine. L'agent demande le numéro allocataire pour le quotient : [[N_ALLOCATAIRE:1598402]]. QF {{487}}. Tarif {{1,20 €}} le repas.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi en logement temporaire, {{Niort}}. Le résident est absent. L'éducateur parle avec la voisine, qui ne sait rien. Retour en voiture de service, {{20 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en basque au début (« egun on »), puis français. M. [[PERSONNE:Peio Etxeberri]], {{Saint-Jean-Pied-de-Port}}. Dossier [[N_ALLOCATAIRE:0649127]]. Tel : [[TELEPHONE:05 59 37 02 84]]. Il veut un RDV à {{Bayonne}}, il a {{1h}} de route.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile d'une conseillère de la {{PFIDASS}} (renoncement aux soins). [[ADRESSE:4 rue de l'Abreuvoir, 87200 Saint-Junien]]. Mme [[PERSONNE:Annie Chauvet]], {{67 ans}}, n'a pas vu de dentiste depuis {{10 ans}}. Mutuelle résiliée. N° de dossier {{PFIDASS}} [[IDENTIFIANT:PF87-2025-0193]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{SMUR}} qui prévient : {{2}} blessés légers, accident sur la rocade. Aucun nom, juste « homme {{40 ans}}, femme {{35 ans}} ». L'accueil prépare {{2}} box.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hawa Sissoko]] laisse un message sur le répondeur du {{CCAS}} (écouté en direct par l'agent) : « rappelez-moi au [[TELEPHONE:sept, soixante-six, zéro quatre, dix-neuf, trente]]… euh avec un zéro devant ». L'agent reconstitue [[TELEPHONE:07 66 04 19 30]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{CHRS}} appelle la {{CPAM}} pour un résident, M. [[PERSONNE:Mourad]] ({{CSS}} bloquée). L'éducatrice donne le NIR au tel : [[NIR:1 84 05 99 350 112 89]]. Attente {{25 min}}. Elle fait autre chose en même temps (haut-parleur).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salon de recrutement {{Intérim}} dans l'agence. {{Adecco}}, {{Manpower}}, {{Randstad}}. Queue devant {{Manpower}}. Une conseillère distribue des flyers. Pas d'échange personnel observé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Pessac}} : M. [[PERSONNE:Vincent Roche]] a donné un RIB au nom de sa mère ?! L'agent lit l'IBAN du dossier, [[IBAN:FR76 1027 8035 0000 0587 1243 687]], titulaire Mme [[PERSONNE:Roche Josette]]. Il faut un compte à son nom. Il ne savait pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sortie : une dame attend un taxi conventionné, {{45 min}}. Elle dit « c'est toujours pareil ». L'agent appelle la centrale. Le taxi arrive à {{18h10}}.",
    ),
]

NOTES_F = [
    (
        "ccas",
        "accueil_telephonique",
        "Une travailleuse sociale du {{Département}}, [[PERSONNE:Valérie Lestrade]], appelle pour une voisine de son usager : Mme [[PERSONNE:Fanta Camara]], née au {{Mali}} le [[DATE_NAISSANCE:6 novembre 1993]], NIR [[NIR:2 93 11 99 335 064 95]]. Adresse [[ADRESSE:Résidence Les Aubiers, bât. C, 33300 Bordeaux]]. Mail de l'AS : [[EMAIL:v.lestrade@gironde-sociale.fr]], tel [[TELEPHONE:05 56 99 41 72]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Huong]] (prénom, le nom est trop long dit-elle en riant, [[PERSONNE:Pham Thi Thu Huong]]) apporte l'acte de naissance de son fils, [[PERSONNE:Louis]], né le [[DATE_NAISSANCE:28/02/2025]]. L'agent ajoute l'enfant au dossier [[N_ALLOCATAIRE:5903176]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé au {{CHRS}}, {{Limoges}}. L'infirmière de la {{PASS}} voit {{6}} résidents. Pour l'un d'eux, M. [[PERSONNE:Dmitri Volkov]], elle note l'{{IPP}} de l'hôpital : [[IDENTIFIANT:870451236]]. Elle parle doucement, porte ouverte.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandrine Duprat]] appelle : son fils [[PERSONNE:Tom]] ({{17 ans}}) veut s'inscrire, elle demande si elle peut le faire pour lui. Conseillère : non, il doit appeler lui-même. Elle laisse quand même le portable de [[PERSONNE:Tom]] : [[TELEPHONE:07 69 31 52 08]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Périgueux}}, {{15h}}. Une femme avec une enveloppe de papiers de la {{MSA}} : pas le bon organisme. L'agent l'oriente vers la MSA, {{rue Louis Blanc}}… elle soupire. {{2 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'infirmière du {{CCAS}} de {{Mérignac}} chez M. [[PERSONNE:Pierre Dumas]], [[ADRESSE:17 avenue de l'Yser, 33700 Mérignac]]. Dans l'entrée une {{pierre}} sculptée, « c'est mon prénom » dit-il. Sa fille [[PERSONNE:Claire]] est joignable au [[TELEPHONE:06 14 52 83 97]]. Né le [[DATE_NAISSANCE:15/04/1966]] à {{Mérignac}}, NIR vu sur la carte : [[NIR:1 66 04 33 281 130 36]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un homme appelle pour un ami qui ne parle pas français, M. [[PERSONNE:Aliou Baldé]]. L'ami qui appelle : « [[PERSONNE:Mamadou]], mon numéro c'est le [[TELEPHONE:zero sept cinquante deux quarante et un dix huit quatre vingt]] ». L'écoutant tape [[TELEPHONE:0752411880]]. Place à {{Mérignac}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Pau}}, {{Ousse-des-Bois}}. [[ADRESSE:Bât. F, 3 rue Pierre Bourdan, 64000 Pau]]. Mme [[PERSONNE:Fatima Zahra Ouali]] montre son bail et ses relevés. IBAN sur les relevés [[IBAN:FR76 3000 4004 3100 0219 8745 066]]. Tout OK. Le contrôleur ([[PERSONNE:Patrick]]) explique qu'elle a droit à un rappel de {{340 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient sorti hier appelle pour récupérer son ordonnance oubliée. Il donne : « [[PERSONNE:Larrieu]], [[PERSONNE:Jérôme]], né le [[DATE_NAISSANCE:premier août soixante-dix]] ». La secrétaire : « je vous la laisse à l'accueil ». Il demande aussi à être rappelé au [[TELEPHONE:06 83 09 44 21]] si problème.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jonathan Azoulay]] apporte un formulaire d'accident du travail. L'agent enregistre, n° de dossier AT [[IDENTIFIANT:AT-24-0331587]]. Employeur : {{Leroy Merlin}} {{Mérignac}}. Il se plaint que l'employeur ait tardé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} {{Agen}} un mardi matin. {{3}} agents, {{1}} stagiaire. Le photocopieur fait des bourrages. L'agent d'accueil dit qu'elle connaît les réponses à {{80 %}} des questions sans ouvrir le logiciel.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'équipe du {{SIAO}} sur le parking de la plage à {{Anglet}} : un couple dort dans un fourgon, [[IMMATRICULATION:FD-337-KE]]. M. [[PERSONNE:Jérémy Lopes]] et Mme [[PERSONNE:Marina Costa]]. Ils travaillent tous les deux en saison. Ils veulent juste une domiciliation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère Mme [[PERSONNE:Sarrazin]]... non, juste [[PERSONNE:Mathilde]] sur son badge. Elle reçoit M. [[PERSONNE:Rayan Touati]] pour un contrat d'apprentissage chez {{Airbus}}. Identifiant [[ID_FRANCE_TRAVAIL:0918374G]]. Il est ultra préparé, CV imprimé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{11h40}}. Mme [[PERSONNE:Hélène Dubernet]] donne son mail en vitesse : « [[EMAIL:helene.dubernet33@laposte.net]] », l'agent lit ce qu'elle a tapé : « [[EMAIL:helene.dubernet33@laposte.fr]] » → non, .net. Elle veut l'attestation {{C2S}} avant {{midi}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeudi, fermeture l'après-midi pour formation. {{Caf}} {{Mont-de-Marsan}}. Les gens lisent l'affiche sur la porte et repartent. Un agent sort expliquer. {{6}} personnes en {{15 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bureau éducatif du {{CHRS}} de {{Bayonne}}. M. [[PERSONNE:Youssef Azzouz]] vient signer son contrat de séjour. L'éducateur lit les clauses à voix haute. Résidence prévue {{6 mois}}. Numéro de titre de séjour noté : [[IDENTIFIANT:6402183957]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un huissier pour une procédure d'expulsion : il cite le dossier RG [[IDENTIFIANT:24/01873]] et le nom du locataire, M. [[PERSONNE:Kévin Lestrade]], [[ADRESSE:2 rue des Cordeliers, 86000 Poitiers]]. L'agent dit qu'elle transmettra à la {{CESF}}. Pas d'autre info donnée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Secrétariat des urgences. Un assureur appelle pour une déclaration de sinistre d'un patient, M. [[PERSONNE:Tristan Boissière]], accident de voiture, [[IMMATRICULATION:GJ-104-LR]]. La secrétaire refuse de confirmer quoi que ce soit. « Secret médical, monsieur ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Agent {{Caf}} en accueil à la {{Maison France Services}} de {{Lesparre}}. Mme [[PERSONNE:Bernadette Cazenave]], {{76 ans}}, ne sait pas faire sur internet. L'agent fait tout pour elle. Numéro alloc [[N_ALLOCATAIRE:3740258]]. Elle repart avec ses codes écrits sur un papier.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt dans un village près d'{{Agen}} : [[ADRESSE:lieu-dit Montanou, 47310 Estillac]]. L'assuré, M. [[PERSONNE:Gilles Castaing]], est là, il bricole sa voiture ([[IMMATRICULATION:AB-553-DM]]) dans la cour. L'agent note « présent au domicile ». C'est tout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel du {{CHRS}} vers {{France Travail}} pour un résident, M. [[PERSONNE:Kwame Mensah]]. L'éducatrice lit son identifiant : [[ID_FRANCE_TRAVAIL:7281945A]]. Elle donne aussi le mail du résident, [[EMAIL:kwame.mensah.pro@gmail.com]]. Attente {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère annonce une offre à M. [[PERSONNE:Habib Kaddour]], [[TELEPHONE:zéro six quarante-quatre vingt et un trente-trois quatre-vingt-dix]], ({{Pessac}}). Il hésite, c'est à {{Cestas}} et il n'a pas de voiture. Elle propose le {{TBM}} + vélo. Identifiant [[ID_FRANCE_TRAVAIL:2240615V]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête pour une aide financière, {{La Rochelle}}, quartier {{Villeneuve-les-Salines}}. [[ADRESSE:13 avenue Billaud-Varenne, 17000 La Rochelle]]. Mme [[PERSONNE:Zeynep Aslan]], {{3 enfants}}. Elle sort les factures en retard. L'agent est doux et rapide. Dossier {{CCAS}} n° [[IDENTIFIANT:CCAS17-2025-0412]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Mon mail c'est [[EMAIL:ROSE.BLANCHARD@ORANGE.FR]] tout en majuscules, c'est grave ? » L'agent : non. Mme [[PERSONNE:Rose Blanchard]], {{Saintes}}. Elle a un rosier qui s'appelle comme elle, dit-elle, la {{rose}} « {{Pierre de Ronsard}} ». Dossier [[N_ALLOCATAIRE:1420963]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Poitiers}}, {{CHRS}} femmes. Atelier cuisine le mercredi. {{5}} résidentes font un couscous. Une éducatrice note les allergies sur un tableau blanc (« {{chambre 2}} : arachide »). Pas d'autre info.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Valentin Mesnard]] (étudiant, {{Poitiers}}) a changé de mutuelle. Ancienne : {{LMDE}}, n° [[IDENTIFIANT:LM0442817]]. Nouvelle : {{Harmonie}}. L'agent met à jour. Il demande aussi son numéro de sécu car il l'a oublié : l'agent le lui imprime au lieu de le dire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Gisèle Faure]] vient avec sa voisine, [[PERSONNE:Nadine]], qui parle pour elle. Demande de carte de transport. Adresse : [[ADRESSE:8 rue du Pont-Neuf, 87000 Limoges]]. Date de naissance : [[DATE_NAISSANCE:29/12/1950]]. L'agent s'adresse à Mme [[PERSONNE:Faure]] directement, exprès.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la police : ils recherchent un homme parti sans soins, « [[PERSONNE:Rodrigue Nkemba]], {{30 ans}} environ ». La secrétaire confirme qu'il est sorti à {{4h}}. Rien d'autre.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus à {{Périgueux}} avec l'éducateur ([[PERSONNE:Nordine]]). [[ADRESSE:2 rue Gambetta, 24000 Périgueux]], {{4e}}. Mme [[PERSONNE:Olga Smirnova]] et sa fille. Tout va bien, la fille parle de l'école.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Khadija Mansouri]], {{Limoges}}, donne son mail en l'épelant lettre par lettre : « [[EMAIL:K-H-A-D-I-J-A tiret M-A-N-S arobase hotmail point com]] ». La conseillère : « [[EMAIL:khadija-mans@hotmail.com]] ». Vérif date de naissance [[DATE_NAISSANCE:21.09.1979]]. Identifiant [[ID_FRANCE_TRAVAIL:4590271C]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de tournée. Le contrôleur remplit ses rapports dans la voiture, sur le parking d'un {{Lidl}}. Il dit qu'il aime son métier « quand on trouve des droits oubliés ». {{17h45}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mireille Vignaud]] demande une attestation de droits pour sa petite-fille, [[PERSONNE:Lou]], rattachée sur sa carte. L'agent imprime. Elle vient de {{Guéret}}, {{1h}} de bus. L'agent lui donne le n° {{3646}} « pour la prochaine fois ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un {{CCAS}} voisin ({{Lormont}}) : l'agente ([[PERSONNE:Sabrina]]) demande si M. [[PERSONNE:Jean-Louis Peyrat]] est connu chez nous. Oui, domicilié depuis {{2023}}. Échange de mails : [[EMAIL:sabrina.k@ccas-lormont.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 {{Vienne}}. Une dame de {{82 ans}} appelle, elle a été mise dehors par son fils. Elle donne son adresse : [[ADRESSE:4 rue Carnot, 86100 Châtellerault]]. Son nom : Mme [[PERSONNE:Germaine Brunet]]. L'écoutant appelle aussi les gendarmes de {{Châtellerault}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller reçoit une demandeuse, Mme [[PERSONNE:Karine Marty]], qui a trouvé un emploi chez {{Michelin}}, mais sa voiture [[IMMATRICULATION:BN 721 CQ]] est immobilisée. Aide au permis/réparation possible. Identifiant : [[ID_FRANCE_TRAVAIL:3178842D]].",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Ludovic Rambaud]] a reçu un indu de {{1 200 €}}. Il crie un peu. L'agente ([[PERSONNE:Nathalie]]) ne bouge pas, explique le calcul. Dossier [[N_ALLOCATAIRE:2057814]]. Proposition d'échéancier à {{50 €}}/mois. Il accepte.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un monsieur isolé, {{Angoulême}} ({{Ma Campagne}}). Il ne donne pas son nom à l'observateur. Beaucoup de chats ({{7}}). L'agent note les besoins : courses, ménage.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Bertrand Puyo]] rappelle pour la 2e fois : il a donné un mauvais numéro la première fois. L'ancien noté : [[TELEPHONE:06 58 12 33 70]], le bon : [[TELEPHONE:06 58 12 33 07]]. L'agent corrige, rit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'un résident au {{CHRS}} d'{{Agen}} : M. [[PERSONNE:Hakim Benali]], sortie de l'hôpital psychiatrique. L'éducateur appelle son curateur, M. [[PERSONNE:Lagrange]] ({{UDAF}}), au [[TELEPHONE:05 53 77 28 14]]. Mesure de curatelle n° [[IDENTIFIANT:CUR-47-19-0823]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard reçoit un appel d'une mère : son bébé a de la fièvre, doit-elle venir ? La secrétaire la passe à l'infirmière, qui conseille le {{15}}. Aucun nom échangé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Rappel programmé : l'agente rappelle M. [[PERSONNE:Florian Bonnet]] au [[TELEPHONE:+33 6 31 47 82 59]] pour lui dire que son aide est accordée. Il demande si on peut l'envoyer par mail : [[EMAIL:florian.bonnet@bbox.fr]]. L'agente dit oui.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil, {{Caf}} {{Angoulême}}. Le ticket affiche « {{B014}} - {{12 min}} d'attente ». Un monsieur répète à voix haute son numéro alloc pour ne pas l'oublier : « [[N_ALLOCATAIRE:3 81 92 06]] ». Tout le monde l'entend.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dernière visite de la journée, contrôle d'arrêt à {{Cognac}}. [[ADRESSE:19 rue de Pons, 16100 Cognac]]. Mme [[PERSONNE:Audrey Lestrade]] est présente, avec un plâtre. L'agent repart en {{5 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO}} rappelle à {{9h}} une femme qui avait appelé le 115 cette nuit, Mme [[PERSONNE:Priscilla Mendy]], au [[TELEPHONE:07 62 90 13 48]] : une place se libère au {{CHRS}} de {{Mont-de-Marsan}}. Elle veut la confirmation écrite, mail dicté : « [[EMAIL:priscillamendy40 arobase gmail point com]] ». L'écoutant relit [[EMAIL:priscillamendy40@gmail.com]] et envoie. {{4 min}}.",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Return (text, entities, keep) for a marked note."""
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
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
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


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        if channel == "controle_sur_place" and site_kind in NO_VISIT:
            raise ValueError(f"no home visit at {site_kind}")
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
    """Return (dev_ids, holdout_ids); depends only on the ids and the cells."""
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
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120 or dev & holdout:
        raise ValueError("split is not 120 / 120")
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])


if __name__ == "__main__":
    main()
