"""Independent evaluation corpus n° 135, written by hand (stdlib only, deterministic).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this file strips the marks, computes
the offsets (Python string indices, end exclusive), numbers the notes ``ind135-001`` …
``ind135-240`` in writing order, splits them into dev / holdout and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind135"
SEED = 135

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

NOTES_01 = [
    (
        CAF,
        AT,
        "{{9h12}} appel. Mme [[PERSONNE:Lefrançois]] pr son {{APL}}. L'agent ([[PERSONNE:Karim]]) demande le num alloc : « alors c'est le [[N_ALLOCATAIRE:247]]... non attendez je reprends, [[N_ALLOCATAIRE:2471836]] ». [[PERSONNE:Karim]] relit « [[N_ALLOCATAIRE:24 71 836]] ? » — « oui c'est ça ». Dossier trouvé en {{40 sec}}.",
    ),
    (
        CAF,
        AP,
        "File d'attente jusqu'à la porte ce matin à {{Rouen}}, {{23 personnes}} à {{8h30}}. Le vigile dit que c'est comme ça tous les lundis après le versement du {{RSA}}.",
    ),
    (
        CPAM,
        AT,
        "Appel d'un monsieur pour sa carte vitale perdue. NIR dicté : « [[NIR:1 75 11 76 351]]... euh... [[NIR:045 23]] ». L'agente relit tout d'une traite « [[NIR:1 75 11 76 351 045 23]] », il confirme. Né au {{Havre}} en [[DATE_NAISSANCE:novembre 75]], ça colle. C'est M. [[PERSONNE:Vasseur]], [[PERSONNE:Thierry]].",
    ),
    (
        FT,
        AT,
        "Appel entrant {{10h05}}. M. [[PERSONNE:Ousmane Diakité]], identifiant : « [[ID_FRANCE_TRAVAIL:5820417M]] ». La conseillère tape, ça sort une autre personne !! Elle redemande en lisant chiffre par chiffre : en fait c'est [[ID_FRANCE_TRAVAIL:5820471M]], les deux derniers inversés. Il s'excuse 3 fois.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Yilmaz]] vient pour l'aide {{cantine}}. L'agente ([[PERSONNE:Sandrine]]) lui demande son adresse, elle hésite : « [[ADRESSE:14 rue]]... non pardon on a déménagé, c'est [[ADRESSE:27 rue Saint-Julien, 76100 Rouen]] ». [[PERSONNE:Sandrine]] : « et votre fils c'est bien [[PERSONNE:Emre]], né le [[DATE_NAISSANCE:4 février 2014]] ? » oui.",
    ),
    (
        URG,
        AP,
        "Salle d'attente pleine, écran affiche {{4h}} d'attente estimée. Un papi dort sur {{2 chaises}}. Infirmière d'accueil calme malgré tout. Pas vu de médecin passer en {{45 min}}.",
    ),
    (
        CAF,
        AT,
        "Dame très stressée au tel, appelle pour sa fille : « c'est pour ma fille [[PERSONNE:Inès]], elle peut pas appeler elle est au travail ». Conseiller : il faut le numéro d'alloc de la fille → « [[N_ALLOCATAIRE:3190552]] ». Date de naissance de [[PERSONNE:Inès]] ? « le [[DATE_NAISSANCE:12 septembre 2001]] ». Il peut rien dire de plus sans elle (secret pro). La maman : « mais c'est MOI qui paye son loyer !! »",
    ),
    (
        FT,
        AP,
        "Borne en panne à l'entrée de l'agence {{France Travail}} de {{Caen}}. Un jeune demande à l'accueil comment s'actualiser sans appli. Réponse : l'ordi en libre-service, {{15 min}} max.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Kowalczyk]] ([[PERSONNE:Kowal-chik]] qu'il dit, l'agent l'écrit mal deux fois) pour une attestation de droits. Il donne son NIR de tête : [[NIR:1 68 01 50 129 018 29]]. Né à {{Cherbourg}} en [[DATE_NAISSANCE:1968]]... « enfin le [[DATE_NAISSANCE:3 janvier 68]] » précise-t-il. Attestation imprimée en {{2 min}}.",
    ),
    (
        CHRS,
        AT,
        "Poste {{115}}, soir. Appel d'un homme, {{40 ans}} environ, à la gare de {{Metz}}. Donne son nom : « [[PERSONNE:Brahim]]... [[PERSONNE:B-E-N-S-A-L-E-M]] ». L'écoutante répète [[PERSONNE:Bensalem]] il dit oui. Pas de place ce soir, rappeler à {{21h}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à domicile avec Mme [[PERSONNE:Haddad]]... non pardon Mme [[PERSONNE:Hamadi]] (contrôleuse) chez M. [[PERSONNE:Fritsch]], [[ADRESSE:8 rue des Tanneurs, 67000 Strasbourg]]. Vérif de la composition du foyer. Il montre le bail, {{2 pièces}}, {{480 €}}. Pas de 2e brosse à dents, ok pour isolement.",
    ),
    (
        URG,
        AP,
        "L'IAO (infirmière d'accueil) : « nom, prénom ? » — « [[PERSONNE:Nguyen Thi Lan]] ». « Date de naissance ? » — « [[DATE_NAISSANCE:quatorze mai quatre-vingt-douze]] ». Elle tape [[DATE_NAISSANCE:14/05/1992]]. Bracelet imprimé avec l'IPP [[IDENTIFIANT:P00873412]].",
    ),
    (
        FT,
        AT,
        "Conseiller [[PERSONNE:Julien]] rappelle une demandeuse pour un RDV manqué. Elle ne retrouve pas son identifiant. Il lui demande sa date de naissance : « [[DATE_NAISSANCE:11 novembre 98]] » et son mail « [[EMAIL:awa.sarr98@gmail.com]] »... elle corrige « non c'est [[EMAIL:awa.sarr.98@gmail.com]] avec un point ». Trouvée : [[ID_FRANCE_TRAVAIL:6031958B]].",
    ),
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} de {{Nancy}}, {{11h}}. {{6 appels}} en attente. Beaucoup de questions sur le {{chèque énergie}}. L'agente répond à chaque fois la même chose, elle a un post-it avec le numéro {{0 805 204 805}} collé sur l'écran.",
    ),
    (
        CPAM,
        AT,
        "« Bonjour je vous appelle pour ma maman, elle est à l'EHPAD » — sa mère : Mme [[PERSONNE:Odette Lemonnier]], NIR [[NIR:2 49 06 14 366 008 03]], née à {{Lisieux}} en [[DATE_NAISSANCE:juin 1949]]. Le fils donne son propre tel pour le rappel : [[TELEPHONE:06 71 28 94 03]]. Agente relit « [[TELEPHONE:06 71 28 94 03]] » → « non zéro TROIS à la fin, [[TELEPHONE:03]] » — bon c'était juste.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour. Un gars joue aux cartes avec [[PERSONNE:Mickaël]] (travailleur social). Le café est gratuit, {{30 couverts}} le midi. Ambiance calme. Un chien, {{Rocky}}, dort sous la table.",
    ),
    (
        FT,
        AP,
        "Jeune homme, {{19 ans}}, vient s'inscrire. Agent : « votre numéro de tel ? » — « [[TELEPHONE:zéro sept, soixante-deux]]... euh... » il regarde son tel... « [[TELEPHONE:07 62 18 40 57]] ». Adresse : [[ADRESSE:3 allée des Peupliers, 14200 Hérouville-Saint-Clair]]. Nom : [[PERSONNE:Lucas Anquetil]].",
    ),
    (
        URG,
        AT,
        "Appel au standard des urgences du {{CHU}} de {{Reims}} : une femme demande si son mari est arrivé. L'agente : « son nom ? » — « [[PERSONNE:Marchal]], [[PERSONNE:Gérard]], né le [[DATE_NAISSANCE:2 août 1951]] ». Elle confirme qu'il est en box, sans plus.",
    ),
    (
        CAF,
        AP,
        "Affiche au mur : « {{Prime de Noël}} versée le {{17 décembre}} ». Les gens demandent surtout ça aujourd'hui. Agent d'accueil : « c'est automatique madame ».",
    ),
    (
        CAF,
        AT,
        "Changement de RIB par tel : pas possible, l'agent explique qu'il faut passer par l'espace {{Mon compte}}. La dame ([[PERSONNE:Petitjean]], alloc [[N_ALLOCATAIRE:5082317]]) lit quand même son IBAN au tel : « [[IBAN:FR76 3000 4053 6300 7832 7447 933]] ». L'agent ne le note pas mais moi si 😬. Elle raccroche pas contente.",
    ),
    (
        FT,
        AT,
        "Aide à la mobilité. M. [[PERSONNE:Schneider]] ([[PERSONNE:Dominique]]), de {{Mulhouse}}, donne l'immat de sa voiture pour le dossier : « [[IMMATRICULATION:GH-417-TK]] ». Conseillère relit « [[IMMATRICULATION:GH 417 TK]] » — « non [[IMMATRICULATION:TC]], T comme {{Thomas}} C comme {{Charles}} » → [[IMMATRICULATION:GH-417-TC]]. Elle corrige.",
    ),
    (
        CPAM,
        AP,
        "Demande de {{C2S}}. Mme [[PERSONNE:Mendes Ferreira]] tend sa carte de mutuelle (Harmonie, n° [[IDENTIFIANT:784120563]]). L'agent lui dit que ça servira plus après la bascule. Attente {{25 min}}, entretien {{8 min}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} : femme avec {{3 enfants}}, nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2019]]. Elle s'appelle [[PERSONNE:Fatoumata Camara]], dort dans sa voiture à {{Évreux}} depuis {{2 nuits}}. Plaque donnée pour que la maraude la trouve : [[IMMATRICULATION:DZ 382 LF]]. Hôtel trouvé pour {{3 nuits}}.",
    ),
    (
        URG,
        AP,
        "14h20 : un agent de sécu ramène un monsieur ivre à l'accueil. Il crie. Les autres patients regardent leur tel. L'IAO le fait passer en {{salle 2}}. Personne ne dit rien.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile pour une demande d'aide facultative chez Mme [[PERSONNE:Lecoq]], [[ADRESSE:5 impasse du Moulin, 27000 Évreux]]. Frigo presque vide. L'agente ([[PERSONNE:Christelle]]) note tout sur une grille papier. Mme [[PERSONNE:Lecoq]] montre une facture EDF, réf client [[IDENTIFIANT:6012 487 339]], {{312 €}} d'impayé.",
    ),
    (
        CAF,
        AP,
        "Une étudiante veut recevoir les courriers par mail, elle épelle : « [[EMAIL:chloe point bertin at laposte point net]] ». L'agent tape [[EMAIL:chloe.bertin@laposte.net]] et lui fait relire sur l'écran. OK. Prénom [[PERSONNE:Chloé]], nom [[PERSONNE:Bertin]].",
    ),
    (
        FT,
        AP,
        "Atelier CV ({{6 participants}}). L'animatrice montre un CV exemple au nom de « [[PERSONNE:Claire Moreau]] », assistante comptable. Un participant, [[PERSONNE:Yassine]], demande si on met sa photo. Réponse : pas obligatoire.",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}} : musique d'attente, {{12 min}} pour l'appel test que l'agent fait exprès pour me montrer. Les conseillers ont {{5 min}} max par appel normalement (indicateur affiché en rouge).",
    ),
    (
        CHRS,
        CSP,
        "Visite dans un appart en diffus du CHRS, [[ADRESSE:41 rue Mazelle, Metz]]. Deux hommes y vivent : [[PERSONNE:Vasile]] et [[PERSONNE:Rachid]]. Le ballon d'eau chaude fuit depuis {{3 semaines}}. L'éducatrice prend une photo pour le bailleur (réf logement [[IDENTIFIANT:LOG-57-00412]]).",
    ),
    (
        URG,
        AT,
        "Standard : appel d'un médecin de ville pour annoncer un patient. « Il s'appelle [[PERSONNE:Bernard Klein]], {{82 ans}}, je vous l'envoie en ambulance. » Secrétaire note sur un post-it. Pas d'autres infos.",
    ),
    (
        CAF,
        AT,
        "Le monsieur dit son numéro d'allocataire en toutes lettres : « [[N_ALLOCATAIRE:un million huit cent quarante-deux mille six cent dix-neuf]] ». L'agent écrit [[N_ALLOCATAIRE:1842619]] et relit, il confirme. C'est M. [[PERSONNE:Osmani]], question sur l'{{AAH}}.",
    ),
    (
        FT,
        AT,
        "Appel de Mme [[PERSONNE:Hoarau]]. La conseillère lit l'écran à voix haute : « alors je vois... identifiant [[ID_FRANCE_TRAVAIL:4418 203 F]], né le... née pardon le [[DATE_NAISSANCE:1984-07-23]], c'est bien vous ? » Elle dit oui. Radiation contestée.",
    ),
    (
        CCAS,
        AP,
        "Domiciliation : {{8 personnes}} viennent chercher leur courrier entre {{9h}} et {{9h30}}. Casiers alphabétiques. L'agent connaît tout le monde par son prénom.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail, agent assermenté + moi. Adresse : [[ADRESSE:12 rue Jeanne d'Arc, 76000 Rouen]], 3e étage sans ascenseur. Personne. Avis de passage dans la boîte au nom de [[PERSONNE:Tran]]. L'agent appelle le [[TELEPHONE:02 35 71 64 09]] : messagerie.",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources chez M. [[PERSONNE:Ozturk]] ([[PERSONNE:Mehmet]]), [[ADRESSE:19 rue de Bitche, 67000 Strasbourg]]. Il a un utilitaire pour son auto-entreprise, plaque [[IMMATRICULATION:FK-209-RB]], et le contrôleur demande son SIRET perso : [[IDENTIFIANT:812 447 903 00019]]. Relevés de compte sur la table, IBAN [[IBAN:FR76 1027 8048 0606 1891 6947 485]].",
    ),
]

NOTES_02 = [
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Muller]] appelle de {{Strasbourg}} pour un remboursement. « Mon numéro de sécu c'est [[NIR:1 83 04]]... attendez j'ai la carte... [[NIR:1 83 04 67 482 561 69]] ». Agent : « vous êtes né en [[DATE_NAISSANCE:avril 83]] ? » « oui le [[DATE_NAISSANCE:17]] ». Dossier ouvert, virement parti le {{3 mars}}.",
    ),
    (
        CCAS,
        AT,
        "Une voisine appelle pour signaler une dame âgée qui ne sort plus. « C'est Mme [[PERSONNE:Wagner]], au [[ADRESSE:6 rue Sainte-Croix, 57000 Metz]], elle a {{90 ans}} passés ». Elle laisse son numéro : [[TELEPHONE:03 87 36 52 18]]. L'agente transmet au service seniors.",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission. L'éducateur [[PERSONNE:Florian]] remplit la fiche SIAO de M. [[PERSONNE:Bah]] ([[PERSONNE:Alpha Oumar]]). Né le [[DATE_NAISSANCE:01/01/1990]] « c'est la date sur le papier, je sais pas la vraie ». Récépissé de demande de titre n° [[IDENTIFIANT:6702145893]]. Il sourit pas beaucoup.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Caen}}, une mère paniquée : son fils de {{4 ans}} a avalé une pile. On lui dit d'appeler le {{15}}. Tout a duré {{40 secondes}}.",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Kessler]] donne son num alloc : « [[N_ALLOCATAIRE:40 15]]... [[N_ALLOCATAIRE:40 15 9 28]] ». L'agent : « il manque un chiffre madame, c'est 7 chiffres ». Elle relit son courrier : « [[N_ALLOCATAIRE:4015928]]... ah non [[N_ALLOCATAIRE:4015982]] ». Ouf. Question : pourquoi {{0 €}} d'{{APL}} ce mois-ci.",
    ),
    (
        FT,
        AP,
        "Accueil {{France Travail}} {{Reims}} {{Croix-Rouge}}. Un monsieur tend sa carte d'identité à l'agent, n° [[IDENTIFIANT:X4R7TZ2K9]], pour réinitialiser son mot de passe. L'agent regarde juste le nom : [[PERSONNE:Lahcen Ait Ouali]]. Nouveau mdp envoyé par SMS au [[TELEPHONE:06.14.73.29.80]].",
    ),
    (
        CPAM,
        AP,
        "🙄 borne de la {{CPAM}} de {{Mulhouse}} qui avale les cartes vitales. {{3 personnes}} ont eu le souci depuis {{8h}}. L'agent a un trombone pour la débloquer.",
    ),
    (
        CHRS,
        AT,
        "Écoutante 115 [[PERSONNE:Nadia]] : « vous êtes où monsieur ? » — « sous le pont, {{quai de la Moselle}} » ({{Metz}}). Nom : « [[PERSONNE:Popescu]], [[PERSONNE:Ion]] ». Tel ? « [[TELEPHONE:07 45]]... j'ai plus de batterie... [[TELEPHONE:07 45 80 13 26]] ». [[PERSONNE:Nadia]] relit, il dit oui et ça coupe.",
    ),
    (
        FT,
        AT,
        "Conseiller à l'indemnisation, casque sur la tête. Une dame conteste un trop-perçu de {{1 240 €}}. Il lit son dossier à voix haute : « Mme [[PERSONNE:Benali Samira]], identifiant [[ID_FRANCE_TRAVAIL:3 9 7 1 0 5 2 H]]... domiciliée [[ADRESSE:22 avenue de la Libération, 54000 Nancy]] ». Elle : « non j'ai déménagé, c'est [[ADRESSE:9 rue de Mon-Désert, Nancy]] maintenant ».",
    ),
    (
        CCAS,
        CSP,
        "Visite pour une demande de portage de repas. M. et Mme [[PERSONNE:Leroux]] (M. [[PERSONNE:Raymond]], Mme [[PERSONNE:Ginette]]), [[ADRESSE:33 rue du Général Leclerc, 14000 Caen]]. Leur fille [[PERSONNE:Pascale]] est là, donne son mail pour les factures : [[EMAIL:pascale.leroux14@orange.fr]]. Lui est né en [[DATE_NAISSANCE:trente-huit]] dit-elle.",
    ),
    (
        URG,
        AP,
        "Attente {{6h}} pour une entorse. Le jeune [[PERSONNE:Théo]] joue sur sa switch. Sa mère s'énerve auprès de l'accueil. Agent : « les cas graves passent avant madame ». Rien d'autre.",
    ),
    (
        CAF,
        AP,
        "L'agent d'accueil demande le RIB pour un changement de banque. M. [[PERSONNE:Rakotomalala]] tend le papier, l'agent lit tout haut « [[IBAN:FR76 3000 3066 4064 0039 5179 879]] » et le scanne. M. [[PERSONNE:Rakotomalala]] : « et c'est quand que ça passe ? » — « le mois prochain ».",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement passerelle, [[ADRESSE:2 rue de l'Arbre Sec, 51100 Reims]]. Mme [[PERSONNE:Diallo]] et sa fille [[PERSONNE:Aminata]]. Propre, rangé. L'éducatrice vérifie le compteur, n° de PDL [[IDENTIFIANT:14 2587 3360 0112]]. {{45 min}} sur place.",
    ),
    (
        CPAM,
        AT,
        "Une femme appelle pour sa fille mineure : « c'est pour [[PERSONNE:Lina]], elle est sur ma carte ». NIR de la mère : [[NIR:2 79 02 51 454 176 94]]. Agent : « vous êtes née le ? » « le [[DATE_NAISSANCE:8 février 79]] ». La petite née le [[DATE_NAISSANCE:30 juin 2011]]. Demande de carte vitale perso pour [[PERSONNE:Lina]], à {{12 ans}} c'est possible.",
    ),
    (
        FT,
        AT,
        "Appels sortants : la conseillère relance des candidats pour un job dating {{Amazon}} à {{Boves}}. Sur {{10 appels}}, {{2 réponses}}. Elle laisse des messages types.",
    ),
    (
        CCAS,
        AP,
        "Demande d'aide alimentaire. Mme [[PERSONNE:Boukhari]] donne son num Caf pour prouver ses revenus : [[N_ALLOCATAIRE:2256801]]. L'agente [[PERSONNE:Élodie]] consulte CDAP : RSA {{607 €}}. Bon pour l'épicerie sociale, {{3 mois}}.",
    ),
    (
        URG,
        AP,
        "Arrivée d'un patient étranger, parle allemand. L'infirmière lit son passeport à voix haute : « [[PERSONNE:Hoffmann]], [[PERSONNE:Jürgen]], geboren [[DATE_NAISSANCE:12.03.1961]] », passeport n° [[IDENTIFIANT:C01X00T47]]. Il habite à {{Kehl}}, [[ADRESSE:Hauptstraße 88]].",
    ),
    (
        CAF,
        AT,
        "Appel {{14h40}}. Un monsieur donne l'adresse de sa nouvelle location : « [[ADRESSE:118]]... non [[ADRESSE:181 rue Lecat, 76000 Rouen]] ». L'agent relit « [[ADRESSE:181 rue Lecat]] » → oui. Num alloc [[N_ALLOCATAIRE:6320417]]. Nom : [[PERSONNE:Guillaume Toutain]].",
    ),
    (
        FT,
        AP,
        "Salle d'attente FT. Il y a un écran qui passe des pubs pour l'{{AIF}} et le {{CEJ}}. Trois jeunes rigolent au fond. Personne ne regarde l'écran.",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Bas-Rhin}}, {{22h15}}. Jeune femme, {{20 ans}}, virée par son copain. Elle donne son nom : « [[PERSONNE:Jade]]... [[PERSONNE:Lambert]] ». DDN [[DATE_NAISSANCE:2004]]... « non, [[DATE_NAISSANCE:2003]] ». L'écoutante corrige. Place trouvée au foyer, chambre 4.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Dos Santos]] (pas parlé français au début, sa fille [[PERSONNE:Beatriz]] traduit). NIR de la dame : [[NIR:2 84 07 99 139 205 03]], née au Portugal en [[DATE_NAISSANCE:juillet 1984]]. IBAN portugais pour les remboursements ? L'agent dit que c'est possible : [[IBAN:PT34 0035 0651 0001 4578 2304 9]].",
    ),
    (
        CCAS,
        AT,
        "La ligne du {{CCAS}} sonne dans le vide pendant la pause déj ({{12h}}-{{13h30}}). Répondeur saturé. L'agente rappelle les messages l'après-midi : {{14 messages}}.",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Weber]] a reçu un mail bizarre (phishing ?) venant de « {{francetravail-info@secure-mail.xyz}} ». Le conseiller dit de ne pas cliquer. Son identifiant à lui : [[ID_FRANCE_TRAVAIL:2784163L]]. Son mail perso : [[EMAIL:j.weber68@free.fr]].",
    ),
    (
        URG,
        AT,
        "Appel d'une infirmière de l'EHPAD {{Les Tilleuls}} : transfert de Mme [[PERSONNE:Zimmermann]], {{94 ans}}, chute. L'agent demande la date de naissance pour créer le dossier : « [[DATE_NAISSANCE:9 octobre 1930]] ». IPP existant : [[IDENTIFIANT:10042871]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Sow]], [[ADRESSE:7 rue des Glacis, 54000 Nancy]]. Déclarée seule mais une voiture immatriculée [[IMMATRICULATION:EP-622-ZA]] est garée devant, au nom de M. [[PERSONNE:Fofana]]. Elle dit que c'est son frère. Le contrôleur note sans commentaire.",
    ),
    (
        CHRS,
        AP,
        "Repas du soir, {{18 résidents}}. Le cuisinier fait un couscous. Un résident, [[PERSONNE:Jojo]], raconte ses années à l'usine {{PSA}} de {{Sochaux}}. Très émouvant.",
    ),
    (
        CPAM,
        AT,
        "Appel. « Je m'appelle [[PERSONNE:Anna]]... [[PERSONNE:Anna Kieffer]] avec deux F » . Agent : « et votre mail ? » — « [[EMAIL:anna.kieffer@hotmail.fr]]... ou alors [[EMAIL:akieffer67@gmail.com]] je sais plus lequel j'ai donné ». L'agent trouve le 2e.",
    ),
    (
        FT,
        AP,
        "Entretien d'inscription, conseillère Mme [[PERSONNE:Guérin]] ([[PERSONNE:Sophie]]). Le demandeur, M. [[PERSONNE:Abdallah]], {{52 ans}}, ancien chauffeur chez {{Transdev}}. Permis C, plaque de son camion perso ? non. RDV suivant le {{12}}.",
    ),
    (
        CCAS,
        AP,
        "Panneau à l'accueil : « Permanence écrivain public mardi {{14h}}-{{17h}} ». L'agent dit que c'est ce qui marche le mieux. Aujourd'hui {{0 personne}} encore.",
    ),
    (
        URG,
        AP,
        "Accueil pédiatrique : le papa dicte le nom de sa fille, « [[PERSONNE:M-A-Ï-S-S-A]] avec un tréma », née le [[DATE_NAISSANCE:22/11/2019]]. L'agent tape [[PERSONNE:Maïssa]]. Mutuelle MGEN n° [[IDENTIFIANT:1 76 412 009]].",
    ),
    (
        CAF,
        AT,
        "Un frontalier (travaille en Allemagne) appelle de {{Sarreguemines}}. Il veut être payé sur son compte allemand : [[IBAN:DE89 6605 0101 1083 7455 20]]. L'agent dit qu'il faut un compte SEPA, ok c'est bon. Nom : [[PERSONNE:Heinrich]]... non [[PERSONNE:Henrich]], [[PERSONNE:Patrick]].",
    ),
    (
        CHRS,
        AT,
        "Le {{115}} rappelle M. [[PERSONNE:Popescu]] au numéro laissé hier : [[TELEPHONE:07 45 80 13 26]]. Messagerie pleine. L'écoutante soupire.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez un assuré en invalidité, M. [[PERSONNE:Ait Benhaddou]], [[ADRESSE:10 résidence Les Hauts de Rouen, bât C]]. Il a appelé la veille en laissant son numéro, [[TELEPHONE:06 22 41 90 37]]. Entretien cordial, {{1h}}.",
    ),
    (
        FT,
        AT,
        "« Bonjour, [[PERSONNE:Aurélie]], France Travail, je vous appelle pour votre RDV. » Demandeur : « c'est qui ? » 😂. Elle répète. Son identifiant : [[ID_FRANCE_TRAVAIL:5203318R]]. Son tel : [[TELEPHONE:+33 6 58 02 47 91]]. RDV confirmé {{jeudi 10h}}.",
    ),
    (
        CAF,
        AP,
        "Pas de personnes ce matin à l'accueil de {{Cherbourg}} à cause de la grève des bus. Les agents en profitent pour traiter les courriers ({{150}} en retard).",
    ),
]

NOTES_03 = [
    (
        CPAM,
        AT,
        "Appel, dame de {{Rouen}} : « mon numéro c'est [[NIR:deux, quatre-vingt-sept, zéro trois]]... » L'agent tape au fur et à mesure : [[NIR:2 87 03 76 540 112 19]]. Il relit les deux derniers : « clé [[NIR:19]] ? » — « oui ». Mme [[PERSONNE:Lebas]], née en [[DATE_NAISSANCE:mars 87]]. Question sur les {{indemnités journalières}}.",
    ),
    (
        FT,
        AT,
        "Demandeur d'emploi de {{Cherbourg}}, M. [[PERSONNE:Quesnel]]. « Mon identifiant ? attendez... [[ID_FRANCE_TRAVAIL:0 6 1 7]]... non ça c'est mon code de carte bleue 😅 ». Il retrouve le courrier : [[ID_FRANCE_TRAVAIL:7 319 042 D]]. Conseiller relit : [[ID_FRANCE_TRAVAIL:7319042D]] → ok.",
    ),
    (
        CCAS,
        AP,
        "Aide au paiement d'une facture d'eau. M. [[PERSONNE:Berisha]] ([[PERSONNE:Arben]]) donne sa réf abonné Eaux de {{Strasbourg}}, [[IDENTIFIANT:A-0042 1198]], et son RIB pour le remboursement : « [[IBAN:FR76 1660 6030 3740 8590 7382 724]] ». L'agent : « on paie directement le fournisseur, pas vous ». Il range son RIB.",
    ),
    (
        URG,
        AP,
        "Nuit. Un SDF connu du service, « le [[PERSONNE:Grand Momo]] » comme l'appellent les infirmiers, vient pour des pansements. Pas d'identité, pas de carte vitale. L'IAO le connaît depuis {{10 ans}}.",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Ba]] appelle pour déclarer une naissance. Le bébé : [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:2 mars]]. Num alloc de la mère : [[N_ALLOCATAIRE:7704152]]. L'agent : « il faut l'acte de naissance sur le site ». Elle : « mais je l'ai envoyé par mail à [[EMAIL:caf.mme.ba@yahoo.fr]]... enfin depuis ». Confusion.",
    ),
    (
        CHRS,
        AP,
        "Atelier cuisine au CHRS. {{6 résidentes}}, gâteau au yaourt. L'animatrice dit « mettez une pincée de sel ». Pas d'échange personnel noté.",
    ),
    (
        FT,
        AP,
        "Jeune femme voilée, [[PERSONNE:Sabrina]], cherche un contrat en alternance. Conseiller regarde son profil : [[ID_FRANCE_TRAVAIL:6488201A]], née le [[DATE_NAISSANCE:19/01/2002]], mail [[EMAIL:sabrina.mekki02@gmail.com]]. Il lui imprime {{4 offres}}.",
    ),
    (
        CPAM,
        AP,
        "Un monsieur turc, M. [[PERSONNE:Aydın]], vient pour sa retraite... pas le bon guichet, on l'envoie à la {{Carsat}}. Il a quand même donné son NIR : [[NIR:1 64 03 99 208 051 23]] (né en Turquie en [[DATE_NAISSANCE:mars 1964]]).",
    ),
    (
        CCAS,
        CSP,
        "Évaluation pour la téléassistance chez Mme [[PERSONNE:Marie-Thérèse Vautrin]], {{88 ans}}, [[ADRESSE:15 rue du Haut-Bourgeois, 54000 Nancy]]. Contact de secours : son neveu [[PERSONNE:Damien]], [[TELEPHONE:06 84 17 55 02]]. Elle a un chat, {{Minou}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle « vie maritale » à {{Reims}}, quartier {{Orgeval}}. Allocataire Mme [[PERSONNE:Meunier]], alloc n° [[N_ALLOCATAIRE:1193057]]. Le contrôleur note des vêtements d'homme, elle dit que c'est à son ex, M. [[PERSONNE:Carpentier]]. Ambiance tendue. {{1h15}}.",
    ),
    (
        URG,
        AT,
        "« Allô, je voudrais des nouvelles de mon père, [[PERSONNE:Kamel Saidi]], il est arrivé cette nuit ». La secrétaire : « date de naissance ? » — « le [[DATE_NAISSANCE:5 mai 56]]... non [[DATE_NAISSANCE:57]] ». Trouvé. Pas d'infos médicales par tel.",
    ),
    (
        FT,
        AT,
        "Plateforme {{3949}}. Serveur vocal trop long selon la conseillère. Elle me montre les stats : {{68 %}} d'appels décrochés hier. Objectif {{85 %}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} de la {{Marne}}. Appel d'une assistante sociale de l'hôpital pour un monsieur qui sort demain : M. [[PERSONNE:Da Costa]] ([[PERSONNE:Manuel]]), né le [[DATE_NAISSANCE:14/12/1966]]. Dossier SIAO [[IDENTIFIANT:SIAO-51-2024-0873]]. Pas de place avant lundi.",
    ),
    (
        CPAM,
        AT,
        "Jeune homme pour sa carte vitale. « Mon numéro c'est le [[NIR:1 90 07 54 395 412 71]] ». Agent : « né à {{Nancy}} le ? » — « [[DATE_NAISSANCE:26 juillet 1990]] ». OK. Il demande aussi à changer son adresse : [[ADRESSE:4 rue Gambetta, 54000 Nancy]]. Nom [[PERSONNE:Kevin Marchetti]].",
    ),
    (
        CAF,
        AP,
        "ÉNORME QUEUE. {{9h02}} déjà {{30 personnes}}. Un agent passe avec une tablette pour trier : « vous venez pour quoi ? » RSA, APL, prime d'activité... On m'explique que c'est le pré-accueil.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Lemarchand]] vient avec son fils [[PERSONNE:Hugo]] ({{17 ans}}) pour l'inscrire à la Mission locale... mauvais endroit. L'agent donne l'adresse de la {{Mission locale}} de {{Caen}}. Le fils dit rien.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Toure]] appelle pour son RDV, elle épelle son nom : « [[PERSONNE:T-O-U-R-É]] ». Agente : « [[PERSONNE:Touré]] avec un accent ? » « oui ». Tel de rappel [[TELEPHONE:07 81 04 62 39]]... « non le [[TELEPHONE:39]] c'est [[TELEPHONE:93]] » → [[TELEPHONE:07 81 04 62 93]].",
    ),
    (
        URG,
        AP,
        "Box d'accueil. IAO saisit l'identité d'une patiente roumaine : [[PERSONNE:Ioana Dumitrescu]], pièce d'identité roumaine n° [[IDENTIFIANT:RX 482915]]. Pas de carte européenne. Née en [[DATE_NAISSANCE:1997]]. Elle a mal au ventre depuis {{3 jours}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite en appartement de stabilisation : M. [[PERSONNE:Kaci]] a repeint les murs en vert. L'éducateur [[PERSONNE:Stéphane]] rit. Le bail glissant démarre au {{1er juin}}. Rien d'autre.",
    ),
    (
        CAF,
        AT,
        "Un monsieur lit son courrier Caf au téléphone : « Référence dossier [[N_ALLOCATAIRE:5 3 8 1 2 0 6]]... euh c'est ça mon numéro ? » Agent : « oui c'est votre numéro d'allocataire ». M. [[PERSONNE:Kouassi]]. Sa femme derrière lui souffle la date de naissance : « [[DATE_NAISSANCE:dix-neuf cent soixante-dix-huit]] ! »",
    ),
    (
        FT,
        AT,
        "Une maman appelle pour son fils de {{22 ans}} qui est sourd : [[PERSONNE:Enzo Marie]]. Identifiant [[ID_FRANCE_TRAVAIL:8051367T]]. Mail du fils [[EMAIL:enzo.marie76@outlook.fr]]. La conseillère propose un RDV en visio avec interprète LSF.",
    ),
    (
        CPAM,
        CSP,
        "Pas de contrôle finalement, l'assuré a appelé à {{8h45}} pour annuler (hospitalisé). On reste au bureau, l'agent me montre le logiciel.",
    ),
    (
        CCAS,
        AP,
        "Dossier {{APA}}. La fille de Mme [[PERSONNE:Grosjean]] remplit le formulaire pour sa mère. NIR de la mère : [[NIR:2 59 12 57 463 089 16]], née à {{Metz}} le [[DATE_NAISSANCE:24 décembre 1959]]. La fille : « elle a que {{64 ans}} mais Alzheimer précoce ».",
    ),
    (
        URG,
        AP,
        "Deux policiers amènent un jeune menotté pour un certificat de non-admission... enfin de compatibilité avec la garde à vue. Aucun nom prononcé devant moi.",
    ),
    (
        CAF,
        AP,
        "Une dame algérienne, Mme [[PERSONNE:Belkacem]], avec son titre de séjour (n° [[IDENTIFIANT:9923104587]]) pour ouvrir des droits. NIR provisoire ? non, elle a le définitif : [[NIR:2 88 08 99 352 114 23]]. Née à {{Oran}} en [[DATE_NAISSANCE:août 88]].",
    ),
    (
        FT,
        AP,
        "Accueil {{FT}} {{Metz}} {{Borny}}. L'agent d'accueil a un badge « [[PERSONNE:Jean-Luc]] ». Il tutoie tout le monde. Les gens ont l'air de bien l'aimer.",
    ),
    (
        CHRS,
        AT,
        "Appel au {{115}} : « bonjour c'est [[PERSONNE:Dédé]] » (habitué). L'écoutante : « salut [[PERSONNE:Dédé]], t'es où ? » — « à la gare de {{Rouen}} ». Pas de place, elle lui propose l'accueil de nuit de {{Darnétal}}.",
    ),
    (
        CPAM,
        AT,
        "L'agent reçoit un appel en alsacien 😮, répond en alsacien. La dame, Mme [[PERSONNE:Stoffel]], {{91 ans}}, de {{Haguenau}}. Il me traduit : elle n'a pas reçu son remboursement de lunettes, {{180 €}}.",
    ),
    (
        CCAS,
        CSP,
        "Enquête logement insalubre, [[ADRESSE:60 rue Saint-Sever, 76100 Rouen]], 2e gauche. Locataire : M. [[PERSONNE:Gueye]]. Propriétaire : SCI {{Les Trois Chênes}}, gérant M. [[PERSONNE:Dubosc]]. Moisissures partout. Photos prises.",
    ),
    (
        CAF,
        AT,
        "Appel de M. [[PERSONNE:Nowak]] : « je donne mon RIB ? » Agent : « non surtout pas par téléphone ». Trop tard : « c'est [[IBAN:FR76 2004 1027 8810 9379 4825 529]] » lu d'un trait. L'agent : « bon je l'ai pas noté monsieur ».",
    ),
    (
        URG,
        AT,
        "Appel de la gendarmerie de {{Bolbec}} pour un accidenté de la route. « Le véhicule c'est une Clio immatriculée [[IMMATRICULATION:CV-551-HP]] ». Le conducteur : M. [[PERSONNE:Hébert]], {{34 ans}}. Arrivée prévue {{20 min}}.",
    ),
    (
        FT,
        AT,
        "Ligne entreprise. Un patron de {{BTP}} à {{Épinal}}, M. [[PERSONNE:Gillet]], veut déposer une offre pour un maçon. Offre n° {{178QJKT}}. Il donne son portable [[TELEPHONE:06 03 58 21 47]]. Il veut « quelqu'un de motivé ».",
    ),
    (
        CHRS,
        AP,
        "Un résident, [[PERSONNE:Serge]], montre fièrement son nouveau permis de conduire. L'éducatrice l'applaudit. Il a passé le code {{4 fois}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Gonçalves]] vient déclarer son médecin traitant, le Dr [[PERSONNE:Lambrecht]]. Agent tape. NIR sur la carte vitale : [[NIR:2 70 10 88 160 093 31]]. Née à {{Épinal}} en [[DATE_NAISSANCE:octobre 70]]. Rapide, {{6 min}}.",
    ),
    (
        CCAS,
        AT,
        "Appel d'un élu ({{adjoint aux solidarités}}) qui demande le nombre de dossiers FSL en attente. Réponse : {{42}}. Pas de nom.",
    ),
]

NOTES_04 = [
    (
        CAF,
        AT,
        "Appel {{15h05}}, M. [[PERSONNE:Mansouri]]. Agent : « votre numéro d'allocataire ? » — « alors... [[N_ALLOCATAIRE:8 2 0]]... attendez je mets le haut-parleur... [[N_ALLOCATAIRE:8 2 0 4 7 7 1]] ». Agent relit « [[N_ALLOCATAIRE:820 47 71]] ». « Non, [[N_ALLOCATAIRE:820 47 17]] ! » Corrigé. Il appelle pour le dossier de sa mère aussi, Mme [[PERSONNE:Fatiha Mansouri]], alloc [[N_ALLOCATAIRE:3367095]].",
    ),
    (
        FT,
        AT,
        "Une dame donne son mail pour recevoir le lien visio : « [[EMAIL:nathalie.h]]... h comme {{Henri}}... [[EMAIL:nathalie.herrmann@sfr.fr]] ». Conseiller relit : « [[EMAIL:nathalie point herrmann, deux R deux N, arobase sfr point fr]] ». Elle : « oui ». Identifiant [[ID_FRANCE_TRAVAIL:1296540P]].",
    ),
    (
        CPAM,
        AT,
        "Un monsieur ne sait pas son NIR, le conseiller le retrouve avec nom + date de naissance : [[PERSONNE:Jean-Pierre Mallet]], né le [[DATE_NAISSANCE:11/08/1977]] à {{Troyes}}. Il lui lit : « [[NIR:1 77 08 10 387 166 70]] », le monsieur le note sur un ticket de caisse.",
    ),
    (
        URG,
        AP,
        "Patient arrivé par les pompiers. L'agent administratif vient au brancard avec sa tablette : « vous vous appelez comment ? » — « [[PERSONNE:Ramos]]... [[PERSONNE:Miguel]] ». « Votre adresse ? » — « [[ADRESSE:17 rue de la République, 76600 Le Havre]] ». « Un proche à prévenir ? » — « ma femme, [[TELEPHONE:06 49 35 12 08]] ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Moselle}}. Un homme appelle pour son ami qui a froid dans une voiture à {{Thionville}}. La voiture : une Golf grise, [[IMMATRICULATION:AF 741 QS]]... « ou [[IMMATRICULATION:QZ]] je vois mal ». Le copain s'appelle [[PERSONNE:Kader]]. Maraude envoyée.",
    ),
    (
        CCAS,
        AP,
        "Un couple vient pour une aide au permis de conduire du fils. Mme [[PERSONNE:Lefèvre]] dit : « il est né en [[DATE_NAISSANCE:2005]], il a son code ». L'agent : pas éligible, il faut avoir moins de {{25 ans}}... ah si il l'est. Rires.",
    ),
    (
        CAF,
        CSP,
        "Deuxième contrôle de la journée, [[ADRESSE:11 rue Paul Doumer, 50100 Cherbourg-en-Cotentin]]. Personne n'ouvre. Le contrôleur laisse un avis et appelle l'allocataire, M. [[PERSONNE:Jouan]], au [[TELEPHONE:02 33 94 17 60]]. Pas de réponse.",
    ),
    (
        FT,
        AP,
        "{{10h30}}. Queue de {{5 personnes}}. Un homme énervé crie que son allocation n'est pas tombée. L'agent de sécurité s'approche. Le monsieur se calme tout seul. Tout ça en {{2 min}}.",
    ),
    (
        CPAM,
        AP,
        "Une mère sénégalaise, Mme [[PERSONNE:Ndiaye]] ([[PERSONNE:Khady]]), ouvre les droits de son bébé. NIR de la mère : [[NIR:2 98 11 99 341 062 60]], née à {{Dakar}} le [[DATE_NAISSANCE:3 novembre 1998]]. Le bébé : [[PERSONNE:Ibrahima]], né le [[DATE_NAISSANCE:2 janvier]]. Ils habitent [[ADRESSE:8 place Saint-Marc, 76000 Rouen]].",
    ),
    (
        CHRS,
        CSP,
        "Visite à l'hôtel {{Première Classe}}, chambre {{216}}, où la famille [[PERSONNE:Haxhiu]] est hébergée. {{4 enfants}} dans {{12 m²}}. L'ainé, [[PERSONNE:Dritan]], fait ses devoirs sur le lit.",
    ),
    (
        URG,
        AT,
        "Ligne directe : l'ambulancier dicte l'identité du patient : « [[PERSONNE:Frédéric Lebrun]], [[DATE_NAISSANCE:quatorze zéro quatre soixante-treize]] ». Secrétaire : « [[DATE_NAISSANCE:14 avril 73]] ? » — « c'est ça ».",
    ),
    (
        CAF,
        AP,
        "Un jeune de {{Mulhouse}} veut l'{{APL}} pour son studio {{CROUS}}. Il donne son NIR à l'agent : [[NIR:1 95 10 68 224 233 52]]. « Vous êtes né en [[DATE_NAISSANCE:octobre 95]] ? » oui. Nom : [[PERSONNE:Baptiste Wurtz]]. L'agent lui dit de faire la demande en ligne.",
    ),
    (
        FT,
        AT,
        "Le conseiller appelle une entreprise de {{Reims}} pour un candidat, M. [[PERSONNE:Traoré]]. Il laisse son numéro de poste ({{poste 4127}}). La RH rappellera.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[PERSONNE:Duval]], [[ADRESSE:3 chemin de la Mare, 27400 Louviers]], pour une aide au chauffage. Il montre sa facture fioul, client n° [[IDENTIFIANT:FL-228457]]. Sa voiture ([[IMMATRICULATION:812 BKR 27]], vieille {{Peugeot 205}}) ne démarre plus.",
    ),
    (
        CPAM,
        AT,
        "« Je vous appelle pour ma femme, [[PERSONNE:Yasmina]], elle est hospitalisée ». Agent : « son numéro de sécu ? » — il lit sur la carte : « [[NIR:2 93 01 57 672 241 94]] ». « Elle est née le ? » — « le [[DATE_NAISSANCE:21]]... [[DATE_NAISSANCE:21 janvier 93]] ». À {{Thionville}}. OK. Leur mail : [[EMAIL:yasmina.et.karim@gmail.com]].",
    ),
    (
        CHRS,
        AP,
        "Permanence santé au CHRS. L'infirmière bénévole prend les tensions. {{9 résidents}} passent. Elle parle de l'{{AME}} avec un monsieur sans papiers.",
    ),
    (
        CAF,
        AT,
        "Une dame veut vérifier son adresse : l'agent lit l'écran : « [[ADRESSE:42 rue de Fécamp, 76600 Le Havre]] ». Elle : « non c'est [[ADRESSE:24]], pas [[ADRESSE:42]] ! » Erreur de saisie depuis {{2 ans}}. Mme [[PERSONNE:Lemaître]], alloc [[N_ALLOCATAIRE:4290316]].",
    ),
    (
        FT,
        AP,
        "Un réfugié afghan, M. [[PERSONNE:Ahmadzai]] ([[PERSONNE:Farid]]), avec une interprète, Mme [[PERSONNE:Rahimi]]. Carte de résident n° [[IDENTIFIANT:6704187152]]. Inscription OK, identifiant créé : [[ID_FRANCE_TRAVAIL:4771029W]].",
    ),
    (
        URG,
        AP,
        "Ma première impression : c'est BRUYANT. Téléphones, bips, brancards. {{37 patients}} en même temps d'après l'écran. L'IAO dit qu'un jour normal c'est {{120}} passages.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'une infirmière libérale (fraude ?). Cabinet au [[ADRESSE:5 rue des Frères Lumière, 68100 Mulhouse]]. Mme [[PERSONNE:Rieffel]] présente ses feuilles de soins. Patients listés, dont M. [[PERSONNE:Schaller]]. {{2h}} de vérif.",
    ),
    (
        CCAS,
        AT,
        "Appel d'une dame de {{Fécamp}} qui cherche le {{CCAS}} de sa commune. Mauvais numéro. L'agente lui donne celui de la mairie de {{Fécamp}}. {{1 minute}}.",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Boulanger]] (si si c'est son nom) donne son numéro d'alloc : [[N_ALLOCATAIRE:0918244]]. Il ajoute : « et ma fille [[PERSONNE:Manon]] elle a son propre dossier, le [[N_ALLOCATAIRE:0918277]] ». Agent ne peut pas parler du dossier de la fille.",
    ),
    (
        CHRS,
        AT,
        "Appel d'un travailleur social de {{Colmar}} : « je vous oriente M. [[PERSONNE:Abdelkader Rahmouni]], NIR [[NIR:1 58 04 99 351 019 52]] » (né en Tunisie en [[DATE_NAISSANCE:58]]). L'écoutante dit qu'elle n'a pas besoin du NIR. Trop tard, c'est noté sur la fiche.",
    ),
    (
        FT,
        AT,
        "Rdv tel avec M. [[PERSONNE:Lopes]]. Il doit donner son permis pour une formation cariste : numéro de permis [[IDENTIFIANT:19AC47201]]. Et la plaque pour l'aide carburant : [[IMMATRICULATION:FX-038-MD]]. « Je répète [[IMMATRICULATION:FX, 0 38, MD]] ». Relu : [[IMMATRICULATION:FX 038 MD]].",
    ),
    (
        URG,
        AT,
        "Nuit calme au standard. La secrétaire fait des mots fléchés entre deux appels. {{3 appels}} en {{1h}}.",
    ),
    (
        CPAM,
        AP,
        "Un monsieur conteste un remboursement. L'agent lit son relevé : « {{23 €}} chez le Dr [[PERSONNE:Benhamou]], et {{7,50 €}} de pharmacie ». Le monsieur, M. [[PERSONNE:Roux]], n'est pas d'accord. Ticket {{A042}}.",
    ),
    (
        CCAS,
        AP,
        "Une jeune maman, [[PERSONNE:Océane]], demande des couches. Stock vide. L'agent l'oriente vers les {{Restos du Cœur}} de {{Saint-Dié}}. Elle dit merci.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez une assistante maternelle à {{Metz}}-{{Queuleu}}. Mme [[PERSONNE:Lorentz]], [[ADRESSE:29 rue du Grand Cerf, 57070 Metz]]. Elle a {{3 enfants}} en garde. Son IBAN pour le CMG : [[IBAN:FR76 1751 5037 1912 3980 5816 844]] (vu sur le relevé). RAS.",
    ),
    (
        FT,
        AP,
        "Un senior, {{61 ans}}, ancien de {{Renault}} {{Cléon}}. « Je veux juste qu'on me laisse tranquille jusqu'à la retraite ». L'agent sourit. Rien d'autre noté.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement ALT : [[ADRESSE:7 bis rue Victor Hugo, 68200 Mulhouse]]. Mme [[PERSONNE:Gashi]] et ses enfants [[PERSONNE:Elira]] et [[PERSONNE:Drin]]. Le frigo ne marche plus. Le travailleur social appelle le bailleur, réf locataire [[IDENTIFIANT:M-68-2931-04]].",
    ),
    (
        URG,
        AP,
        "Un monsieur polonais, [[PERSONNE:Tomasz Wiśniewski]], donne sa carte européenne d'assurance maladie : n° [[IDENTIFIANT:80616001234567890123]]. Il habite un camping à {{Honfleur}} : [[ADRESSE:camping du Phare, emplacement 14]].",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Anquetil]] : « c'est pour la complémentaire, mon mail c'est... [[EMAIL:sylvie point anquetil]]... non [[EMAIL:sylvie tiret anquetil arobase orange point fr]] ». L'agent écrit [[EMAIL:sylvie-anquetil@orange.fr]]. Elle confirme.",
    ),
    (
        CAF,
        AP,
        "Un papa seul avec {{3 enfants}} demande le {{complément familial}}. L'agent vérifie : enfants nés en [[DATE_NAISSANCE:2016]], [[DATE_NAISSANCE:2018]] et [[DATE_NAISSANCE:2021]]. Ok. Lui c'est M. [[PERSONNE:Petrovic]].",
    ),
    (
        FT,
        AT,
        "Rappel d'une candidate : Mme [[PERSONNE:Vincent]] (la conseillère dit « madame [[PERSONNE:Vincent]] »). Identifiant [[ID_FRANCE_TRAVAIL:3058814Z]]. Elle a trouvé un CDI chez {{Leroy Merlin}} à {{Tourville-la-Rivière}}. Sortie des listes.",
    ),
    (
        CCAS,
        CSP,
        "Visite à {{Saint-Étienne-du-Rouvray}}. La dame nous reçoit dans la cuisine. Rien de particulier, elle voulait juste parler. {{40 min}}.",
    ),
]

NOTES_05 = [
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Hamel]] a changé de banque. L'agent accepte exceptionnellement de noter le RIB car elle n'a pas internet. Elle dicte : « [[IBAN:FR76, 1100 6017]]... » coupure... elle rappelle, autre agent, elle redicte tout : « [[IBAN:FR76 1100 6017 2429 7959 6958 266]] ». L'agent relit par blocs de 4, elle dit oui à chaque bloc. Alloc [[N_ALLOCATAIRE:6174320]].",
    ),
    (
        CPAM,
        AT,
        "Appel d'un père pour son fils de {{12 ans}}, [[PERSONNE:Noah]] : « il est sur ma carte, mon numéro c'est [[NIR:1 86 12 68 066 150 13]] ». Agent : « vous êtes né à {{Colmar}} en [[DATE_NAISSANCE:décembre 86]] ? » — « oui ». Le fils est né le [[DATE_NAISSANCE:7 mai 2012]]. Nom de famille : [[PERSONNE:Meyer]].",
    ),
    (
        FT,
        AT,
        "La conseillère [[PERSONNE:Karine]] lit à voix haute : « je vous ai au [[TELEPHONE:06 35 20 88 14]], c'est toujours bon ? » — « non j'ai changé, c'est [[TELEPHONE:07 69 42 03 55]] ». Elle répète « [[TELEPHONE:zéro sept soixante-neuf quarante-deux zéro trois cinquante-cinq]] ». OK. Demandeur : M. [[PERSONNE:Ferhat]], id [[ID_FRANCE_TRAVAIL:5590217C]].",
    ),
    (
        CHRS,
        AP,
        "Un résident vient signaler que sa carte d'identité a été volée. L'éducatrice l'aide à faire la déclaration. Ancien numéro de carte : [[IDENTIFIANT:140467102871]]. Lui c'est [[PERSONNE:Sébastien]], dit « [[PERSONNE:Séb]] ».",
    ),
    (
        URG,
        AP,
        "Un enfant de {{7 ans}} arrive avec une dent cassée. La maman, Mme [[PERSONNE:Chevalier]], donne le NIR sur lequel il est rattaché : le sien, [[NIR:2 92 06 14 118 237 63]] (née à {{Caen}} en [[DATE_NAISSANCE:juin 92]]). Le petit [[PERSONNE:Timéo]] pleure pas du tout.",
    ),
    (
        CCAS,
        AP,
        "Accueil CCAS du {{Havre}}, quartier {{Caucriauville}}. {{11h}}. {{4 personnes}} en attente. Un papy demande où est le bus pour la {{Sécu}}. L'agent lui dessine le plan sur un papier.",
    ),
    (
        CAF,
        AP,
        "Dame d'origine comorienne, Mme [[PERSONNE:Soilihi]], demande la {{PAJE}}. Elle donne le tel de son mari pour le rappel : « [[TELEPHONE:06]]... c'est quoi déjà... [[TELEPHONE:06 17 93 40 28]] ». L'agent : « et le vôtre ? » « j'ai pas ». Adresse : [[ADRESSE:12 rue Jean Jaurès, 51100 Reims]].",
    ),
    (
        FT,
        AP,
        "Cours d'informatique de base pour {{4 seniors}}. L'animateur explique ce qu'est un mail. Exemple au tableau : [[EMAIL:jean.dupont@exemple.fr]]. Une dame crée le sien en direct : [[EMAIL:colette.lenormand50@gmail.com]]. Elle est ravie.",
    ),
    (
        CPAM,
        AP,
        "Agent d'accueil [[PERSONNE:Rémi]] (badge). File fluide aujourd'hui. Il me dit que le mardi c'est toujours plus calme. Rien d'autre.",
    ),
    (
        CHRS,
        AT,
        "Écoutant {{115}} : « vous êtes combien ? » — « moi, ma femme, deux petits ». Nom : [[PERSONNE:Kurbanov]]. Ils sont tchétchènes. La femme a un récépissé, n° [[IDENTIFIANT:5703298461]]. Tel : [[TELEPHONE:+33 7 51 88 24 09]]. Orientés vers l'hôtel à {{Woippy}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez M. [[PERSONNE:Lebreton]], [[ADRESSE:2 rue des Rosiers, 14100 Lisieux]]. Il est artisan, SIRET perso [[IDENTIFIANT:490 118 372 00027]]. Véhicule pro [[IMMATRICULATION:BN-773-XW]] devant la maison. Il sort ses relevés : compte pro [[IBAN:FR76 1470 7026 2131 8232 4030 954]]. Contrôleur satisfait.",
    ),
    (
        URG,
        AT,
        "Un fils appelle de {{Lyon}} pour sa mère hospitalisée à {{Mulhouse}} : « [[PERSONNE:Marguerite Baumann]], elle est née en [[DATE_NAISSANCE:trente-cinq]] ». La secrétaire trouve. Il donne son numéro : [[TELEPHONE:04 78 62 15 33]].",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Haas]] appelle pour une aide aux obsèques de son mari, M. [[PERSONNE:Roger Haas]], décédé. Elle pleure. L'agente prend le temps. Adresse : [[ADRESSE:5 rue des Vosges, 68000 Colmar]]. RDV {{jeudi}}.",
    ),
    (
        FT,
        AT,
        "Conseiller : « votre identifiant s'il vous plaît ». Homme : « [[ID_FRANCE_TRAVAIL:cinq neuf trois deux huit zéro un]] et... V ». Le conseiller tape [[ID_FRANCE_TRAVAIL:5932801V]]. Pas trouvé. « Ah non c'est B, B comme bateau » → [[ID_FRANCE_TRAVAIL:5932801B]]. Trouvé : M. [[PERSONNE:Gaillard]].",
    ),
    (
        CPAM,
        CSP,
        "Visite d'un pharmacien à {{Évreux}} ({{Pharmacie du Centre}}), contrôle des facturations. Le pharmacien, M. [[PERSONNE:Benoît Lacroix]], reste poli. Rien de nominatif sur les patients devant moi.",
    ),
    (
        CAF,
        AT,
        "Une grand-mère appelle pour son petit-fils qu'elle héberge : « [[PERSONNE:Dylan]], il a {{17 ans}}, né le [[DATE_NAISSANCE:1er mars 2007]] ». Elle veut savoir si elle peut toucher les allocs. Son num à elle : [[N_ALLOCATAIRE:2098461]]. Mme [[PERSONNE:Levasseur]].",
    ),
    (
        CHRS,
        CSP,
        "Visite du CHRS éclaté, studio [[ADRESSE:14 rue de la Hache, 54000 Nancy]]. Mme [[PERSONNE:Kabongo]] a reçu son titre de séjour ! Carte n° [[IDENTIFIANT:5402187360]]. Elle montre aussi son RIB tout neuf : [[IBAN:FR76 1820 6047 9852 0450 2575 380]]. Fierté.",
    ),
    (
        URG,
        AP,
        "Zone d'attente couchée. Un homme très âgé appelle « [[PERSONNE:Simone]] ! [[PERSONNE:Simone]] ! » (sa femme, décédée d'après l'aide-soignante). Personne ne répond. Dur.",
    ),
    (
        FT,
        AP,
        "Une jeune femme vient pour un problème d'actualisation. L'agent regarde l'écran : « vous êtes [[PERSONNE:Laura Hennequin]], [[ID_FRANCE_TRAVAIL:6 2 0 4 7 1 8 N]] ? » Oui. Date de naissance : [[DATE_NAISSANCE:2000-05-16]] affichée à l'écran. Tout réglé en {{4 min}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'évaluation au camping {{municipal}} de {{Bayeux}}. Famille [[PERSONNE:Winterstein]] (voyageurs) : [[ADRESSE:aire d'accueil de Vaucelles, place 6]]. Ils demandent une domiciliation. {{2 caravanes}}, {{5 enfants}}.",
    ),
    (
        CPAM,
        AT,
        "« Mon mail c'est mimi57 arobase... » (Mme [[PERSONNE:Michèle Thil]]) → [[EMAIL:mimi57@wanadoo.fr]]. L'agent relit : « [[EMAIL:mimi cinquante-sept at wanadoo point fr]] ». Oui. Elle donne aussi son NIR : [[NIR:2 66 05 61 001 077 36]]... l'agent : « vous êtes née dans l'{{Orne}} ? » — « à {{Alençon}} oui, en [[DATE_NAISSANCE:mai 66]] ».",
    ),
    (
        CAF,
        AP,
        "Rayon de soleil : une maman revient juste pour dire merci à [[PERSONNE:Corinne]] (agente) qui l'a aidée le mois dernier. Câlin. Les collègues applaudissent.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Calvados}}, {{23h40}}. Voix d'ado. « Je m'appelle [[PERSONNE:Kenza]], j'ai {{16 ans}}. » L'écoutante bascule vers l'{{ASE}}. Elle demande sa date de naissance : [[DATE_NAISSANCE:17 octobre 2007]]. Et où elle est : « devant le {{Leclerc}} de {{Mondeville}} ».",
    ),
    (
        FT,
        AT,
        "Le conseiller appelle M. [[PERSONNE:Grégoire Masson]] pour une formation {{CACES}}. Il tombe sur sa femme : « il est pas là, c'est pour quoi ? » Il laisse un message. Tel composé : [[TELEPHONE:03 26 47 58 10]].",
    ),
    (
        URG,
        AP,
        "Petit tableau blanc à l'accueil : « Attente moyenne {{3h30}} ». Quelqu'un a dessiné un smiley triste à côté 😢. L'agent l'a laissé.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Santoni]], corse installé à {{Metz}}. NIR [[NIR:1 80 09 2B 033 033 97]], né à {{Bastia}} en [[DATE_NAISSANCE:septembre 1980]]. Il veut comprendre pourquoi il y a « 2B » dans son numéro. L'agent explique : {{Haute-Corse}}.",
    ),
    (
        CCAS,
        AP,
        "Dossier de demande de logement social. Mme [[PERSONNE:Said]] donne son numéro unique de demandeur : [[IDENTIFIANT:076012304567821]]. Et l'adresse actuelle, chez sa sœur : [[ADRESSE:39 rue Louis Blanc, 76600 Le Havre]]. Elle dort sur le canapé depuis {{8 mois}}.",
    ),
    (
        CAF,
        AT,
        "L'agent rappelle un allocataire qui avait laissé un message : « allô M. [[PERSONNE:Demir]] ? » — « non c'est son fils, [[PERSONNE:Can]] ». L'agent raccroche poliment et rappellera. Numéro composé [[TELEPHONE:06 52 91 37 40]].",
    ),
    (
        FT,
        AP,
        "Forum emploi dans le hall : {{SNCF}}, {{Armée de Terre}}, {{Adecco}}, {{Korian}}. Environ {{80 visiteurs}} dans la matinée. Beaucoup de jeunes.",
    ),
    (
        CHRS,
        AP,
        "Admission d'urgence d'une femme victime de violences. Elle donne juste son prénom : [[PERSONNE:Leïla]]. L'éducatrice lui propose de garder son tel éteint. Numéro du conjoint à bloquer : [[TELEPHONE:06 11 78 52 69]].",
    ),
    (
        CPAM,
        AT,
        "Appel pour une jeune fille de {{22 ans}} qui ne sait pas si elle est encore sur la carte de sa mère. Elle donne son NIR : [[NIR:2 01 09 27 229 304 46]]. « Vous êtes née à {{Évreux}} le ? » — « le [[DATE_NAISSANCE:13 septembre 2001]] ». [[PERSONNE:Clémence Hardy]]. Elle a sa propre carte depuis ses {{16 ans}}.",
    ),
    (
        URG,
        AT,
        "Un policier du commissariat de {{Strasbourg}} appelle pour une réquisition. Il cite le nom du gardé à vue : [[PERSONNE:Yanis Ben Amor]], né le [[DATE_NAISSANCE:30/03/2003]]. Le médecin passera dans l'heure.",
    ),
    (
        CAF,
        CSP,
        "Contrôle en binôme à {{Caen}}, {{La Guérinière}}. Mme [[PERSONNE:Fontaine]] déclare vivre seule. Le contrôleur demande le RIB pour vérifier : [[IBAN:FR76 1333 5054 6459 5612 8754 325]]. Compte joint avec M. [[PERSONNE:Riviere]] ! Elle dit « on est séparés, j'ai pas fermé le compte ».",
    ),
    (
        FT,
        AT,
        "Mini-quiz de la conseillère pour vérifier l'identité : « votre date de naissance ? » — « [[DATE_NAISSANCE:vingt-neuf février quatre-vingt-quatre]] ». « Votre code postal ? » — « {{67100}} ». OK, c'est bien M. [[PERSONNE:Gross]], [[ID_FRANCE_TRAVAIL:2046681J]].",
    ),
    (
        CCAS,
        AT,
        "Appel d'un bailleur (Logiseine) pour signaler une locataire en difficulté, Mme [[PERSONNE:Leclerc]], réf locataire [[IDENTIFIANT:LS-4471203]], {{2 800 €}} de dette. L'agente note. « Vous avez son numéro ? » — « [[TELEPHONE:02 35 62 08 91]] ».",
    ),
]

NOTES_06 = [
    (
        CAF,
        AP,
        "Guichet 3. M. [[PERSONNE:El Amrani]] pose son RIB sur le comptoir. L'agente recopie en lisant : « [[IBAN:FR76 3000 2035 5671]]... [[IBAN:8324 3077 125]] ». Elle s'arrête : « il me manque rien ? » Elle recompte : {{27 caractères}}, c'est bon. Alloc [[N_ALLOCATAIRE:1557042]].",
    ),
    (
        CAF,
        AP,
        "Une dame demande juste un formulaire {{Cerfa 10840}} (demande d'{{APL}}). L'agent le sort de sous le comptoir. {{30 secondes}}. Elle repart.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Carvalho]] veut que les remboursements de sa fille majeure aillent sur le compte de la fille. La fille, [[PERSONNE:Inês]], est là avec son RIB : IBAN [[IBAN:FR76 1562 9055 2614 3835 4125 215]]. NIR de la fille : [[NIR:2 02 12 51 454 402 18]], née à {{Reims}} le [[DATE_NAISSANCE:5 décembre 2002]].",
    ),
    (
        FT,
        AT,
        "« Alors mon identifiant... il commence par trois... [[ID_FRANCE_TRAVAIL:3 8 8]]... » le conseiller attend... « [[ID_FRANCE_TRAVAIL:3881204]], et la lettre G ». Conseiller : « [[ID_FRANCE_TRAVAIL:3881204G]], M. [[PERSONNE:Nicolas Pierre]] ? » « oui ». Ça fait rire car prénom et nom. Question sur l'ARE, {{57 €}} par jour.",
    ),
    (
        CHRS,
        AP,
        "Un monsieur veut récupérer son chien ({{Tyson}}) qu'il avait laissé au chenil partenaire. L'éducateur appelle. Le chien va bien. Le monsieur, [[PERSONNE:Patrice]], pleure de soulagement.",
    ),
    (
        CCAS,
        AT,
        "Appel d'un fils pour sa mère : « Mme [[PERSONNE:Ouédraogo]], [[PERSONNE:Awa]], elle habite [[ADRESSE:4 allée des Hêtres, 51100 Reims]] ». Demande de colis de Noël. L'agente demande le tel de la mère : « elle a pas de portable, le fixe c'est [[TELEPHONE:03 26 85 14 72]] ».",
    ),
    (
        URG,
        AP,
        "Accueil. Un couple de touristes belges. L'IAO demande l'adresse : [[ADRESSE:Rue de la Station 12, 4000 Liège]]. Nom : [[PERSONNE:Van den Broeck]]. Il s'est ouvert le doigt en ouvrant des huîtres à {{Deauville}}.",
    ),
    (
        CAF,
        AT,
        "Appel {{16h50}}, dernier de la journée. Mme [[PERSONNE:Aubert]] veut déclarer la séparation. Agent lit la fiche : « vous êtes toujours au [[ADRESSE:8 rue Henri IV, 27000 Évreux]] ? » — « moi oui, lui non ». Son ex, M. [[PERSONNE:Julien Aubert]], n° alloc commun [[N_ALLOCATAIRE:7120584]].",
    ),
    (
        CPAM,
        AT,
        "Plateforme téléphonique {{Moselle}}. {{22 conseillers}} en ligne. Tableau lumineux : {{47 appels}} en attente, temps moyen {{9 min}}. La superviseure dit que c'est un lundi normal.",
    ),
    (
        FT,
        AP,
        "Un jeune, {{24 ans}}, demande comment faire une demande de {{RSA}}... on l'envoie à la {{Caf}}. Il soupire : « on me renvoie toujours ailleurs ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Haut-Rhin}}. Une femme enceinte, [[PERSONNE:Precious]] (nigériane), parle anglais. L'écoutant se débrouille. Elle est à {{Mulhouse}}, devant la gare. Tel : [[TELEPHONE:07 58 63 20 41]]. Date de naissance : « [[DATE_NAISSANCE:20th of May 1999]] ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Perrin]] au [[ADRESSE:51 avenue de Strasbourg, 57070 Metz]]. Elle présente son relevé, IBAN [[IBAN:FR76 1250 6007 4029 5401 1862 185]]. Versements réguliers de {{300 €}} de M. [[PERSONNE:Kolar]] : elle dit que c'est la pension alimentaire. OK.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un taxi conventionné. Véhicule [[IMMATRICULATION:GA-180-EX]], chauffeur M. [[PERSONNE:Belhadj]]. L'agent vérifie les transports facturés : un patient, M. [[PERSONNE:Lenoir]], transporté {{3 fois}} le même jour ??",
    ),
    (
        FT,
        AT,
        "Conseillère : « vous m'avez envoyé votre CV sur quelle adresse ? » Le monsieur lit : « [[EMAIL:samir.kh@live.fr]] ». Elle : « je vois rien. Ah si, spam. » Il s'appelle [[PERSONNE:Samir Khelifi]], identifiant [[ID_FRANCE_TRAVAIL:7013392K]].",
    ),
    (
        URG,
        AT,
        "Appel de la maman d'une patiente mineure : « c'est pour [[PERSONNE:Clara Muller]]... non [[PERSONNE:Clara Mulller]] avec trois L c'est une erreur de la mairie ». La secrétaire trouve le dossier à l'IPP [[IDENTIFIANT:P01128830]].",
    ),
    (
        CCAS,
        CSP,
        "Visite chez un monsieur handicapé, M. [[PERSONNE:Tessier]], pour un dossier MDPH (n° [[IDENTIFIANT:MDPH-76-201934]]). [[ADRESSE:17 résidence du Parc, 76300 Sotteville-lès-Rouen]]. Fauteuil électrique. Son IBAN pour l'aide : [[IBAN:FR76 1670 5000 3713 1465 6189 910]].",
    ),
    (
        CHRS,
        CSP,
        "Visite à la pension de famille {{Les Glycines}}, chambre {{9}}. M. [[PERSONNE:Hamidou]] nous montre sa plante (un {{olivier}} en pot). Propre. L'éducatrice est contente.",
    ),
    (
        CAF,
        AT,
        "Une dame lit sa lettre : « vous me demandez un RIB au nom de [[PERSONNE:Marine Le Goff]] mais c'est mon nom de jeune fille, maintenant c'est [[PERSONNE:Marine Bouvier]] ». Alloc [[N_ALLOCATAIRE:9012463]]. Elle donne son nouveau RIB : [[IBAN:FR76 1910 6040 4331 8738 7697 016]].",
    ),
    (
        CPAM,
        AP,
        "Photocopieuse en panne. L'agent va photocopier à l'étage. Pendant ce temps {{4 personnes}} attendent. Rien d'autre.",
    ),
    (
        FT,
        AP,
        "Un ancien militaire, M. [[PERSONNE:Guillou]], {{45 ans}}, veut devenir chauffeur de bus. Il montre son permis D. Numéro de permis : [[IDENTIFIANT:13AB77520]]. L'agent lui parle de la {{Compagnie des Transports Strasbourgeois}}. Son mail : [[EMAIL:yannick.guillou@laposte.net]].",
    ),
    (
        CHRS,
        AP,
        "Accueil de nuit {{Strasbourg}}. {{21h}}. Distribution de sacs de couchage. [[PERSONNE:Maciej]] aide les bénévoles. Il est là depuis l'hiver dernier.",
    ),
    (
        URG,
        AP,
        "Une patiente marocaine, Mme [[PERSONNE:Amrani]], présente son passeport n° [[IDENTIFIANT:UX4827153]] et une carte d'assurance. Sa nièce traduit. Adresse d'hébergement : [[ADRESSE:9 rue Berthelot, 51100 Reims]].",
    ),
    (
        CCAS,
        AP,
        "Demande d'aide à l'énergie. M. [[PERSONNE:Diop]] tend sa facture EDF : client n° [[IDENTIFIANT:6019 3382 104]]. L'agent appelle EDF direct avec lui. Le monsieur s'énerve sur la musique d'attente 😂. {{25 min}}.",
    ),
    (
        CAF,
        AP,
        "Écran d'accueil : « Temps d'attente {{35 min}} ». En vrai {{50}}. Une dame : « l'écran ment ».",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Achour]] appelle pour son fils de {{21 ans}}, [[PERSONNE:Bilal]]. NIR du fils : « [[NIR:1 03 03 76 217 118 95]] ». Agent : « il est né à {{Dieppe}} ? » « oui en [[DATE_NAISSANCE:mars 2003]] ». Agent : « il doit appeler lui-même, il est majeur ».",
    ),
    (
        FT,
        AT,
        "Appel d'une demandeuse à {{Sedan}} : « mon conseiller c'est M. [[PERSONNE:Lallemand]], il répond jamais ». Elle laisse son numéro : [[TELEPHONE:06 38 17 92 54]]... « pardon, [[TELEPHONE:06 38 17 92 45]] ». Identifiant [[ID_FRANCE_TRAVAIL:5124780E]].",
    ),
    (
        CHRS,
        AT,
        "{{115}}. Un monsieur appelle tous les soirs à {{19h}} pile d'après l'écoutante. Ce soir : pas de place. Il dit « à demain alors ». Aucun nom prononcé.",
    ),
    (
        URG,
        AT,
        "Appel d'un service de soins à domicile de {{Vernon}} : Mme [[PERSONNE:Lhermitte]], {{89 ans}}, [[ADRESSE:21 rue Carnot, 27200 Vernon]], tombée. Son fils : [[TELEPHONE:06 45 70 28 31]]. SAMU déjà prévenu.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Mulhouse}} ({{Bourtzwiller}}). Allocataire absent. La voisine : « M. [[PERSONNE:Ismaili]] ? Il est parti au Maroc ». Voiture [[IMMATRICULATION:DK-905-FN]] toujours garée. Le contrôleur prend la plaque en photo.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Mercier]] appelle pour le voyage des aînés. Elle épelle son mail lettre par lettre : « [[EMAIL:j-m-e-r-c-i-e-r arobase neuf point fr]] ». L'agente tape [[EMAIL:jmercier@neuf.fr]]. « Vous êtes née en ? » — « [[DATE_NAISSANCE:quarante-six]] ». Inscrite.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Petit]] ([[PERSONNE:Nadège]]) vient avec sa fille [[PERSONNE:Jade]], {{9 ans}}, pour l'ajouter sur sa carte. NIR de la petite : [[NIR:2 15 04 76 540 321 56]]. Née à {{Rouen}} en [[DATE_NAISSANCE:avril 2015]].",
    ),
    (
        FT,
        AP,
        "Entretien collectif sur la création d'entreprise. Intervenant de la {{CCI}} de {{Rouen}}. {{12 personnes}}. Un monsieur veut ouvrir un food-truck. Pas de nom noté.",
    ),
    (
        CHRS,
        CSP,
        "Visite dans un appartement partagé à {{Épinal}}, [[ADRESSE:6 rue Léopold Bourg, 88000 Épinal]]. M. [[PERSONNE:Cissé]] et M. [[PERSONNE:Lungu]]. Un vélo dans l'entrée, antivol marqué {{Bicycode}}. Tout va bien.",
    ),
    (
        URG,
        AP,
        "Une mère arrive avec un bébé de {{3 mois}} qui a de la fièvre. L'IAO la fait passer tout de suite. Je ne note rien d'autre, c'était rapide et calme.",
    ),
    (
        CPAM,
        AT,
        "Appel d'un Luxembourgeois qui travaille à {{Luxembourg}} et vit à {{Thionville}}. M. [[PERSONNE:Schmit]]. Il veut ses remboursements sur son compte lux : [[IBAN:LU28 0019 4006 4475 0000]]. Agent : c'est possible.",
    ),
]

NOTES_07 = [
    (
        CAF,
        AT,
        "M. [[PERSONNE:Benjelloun]] dicte son RIB à l'ancienne : « code banque [[IBAN:18306]], guichet [[IBAN:07554]], compte [[IBAN:36329622728]], clé [[IBAN:40]] ». L'agent : « vous avez pas l'IBAN ? » — « [[IBAN:FR76 1830 6075 5436 3296 2272 840]] ». Il est né au Maroc en [[DATE_NAISSANCE:mai 71]], NIR [[NIR:1 71 05 99 350 027 35]]. Alloc [[N_ALLOCATAIRE:2840619]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle dans un centre de santé dentaire à {{Nancy}}. Le directeur, M. [[PERSONNE:Faure]], accueille froidement. L'agent ne consulte que des dossiers anonymisés devant moi. {{3h}} sur place, j'en fais {{1}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile chez Mme [[PERSONNE:Lemoine]], [[ADRESSE:3 rue du Bourg-l'Abbé, 14000 Caen]]. Elle veut l'aide ménagère. Sa fille [[PERSONNE:Véronique]] au haut-parleur depuis {{Paris}} donne son tel : [[TELEPHONE:01 43 72 19 58]] et son mail [[EMAIL:v.lemoine@club-internet.fr]].",
    ),
    (
        CHRS,
        AP,
        "Jeu de pétanque dans la cour du CHRS de {{Reims}}. Les résidents contre les éducateurs. Les éducateurs perdent {{13-4}}. Ambiance top 🎉.",
    ),
    (
        FT,
        AT,
        "Appel d'une dame pour son mari hospitalisé : « il peut pas se présenter au RDV ». Identifiant du mari ? « [[ID_FRANCE_TRAVAIL:2 7 5]]... attendez... [[ID_FRANCE_TRAVAIL:2759043X]] ». La conseillère : « M. [[PERSONNE:Kilic]] ? » — « oui [[PERSONNE:Hasan]] ». RDV reporté.",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Lagarde]] veut savoir pourquoi il a reçu un courrier au nom de « M. [[PERSONNE:Lagarde Jean-Marc]] »... non, à la bonne personne mais avec le mauvais prénom. L'agent corrige : [[PERSONNE:Jean-Marie]]. Alloc [[N_ALLOCATAIRE:6405513]].",
    ),
    (
        URG,
        AT,
        "Un fils appelle de {{Belgique}} pour son père accidenté sur l'{{A4}} près de {{Metz}}. « Sa voiture c'est une plaque belge, [[IMMATRICULATION:1-GKT-482]] ». Le père : [[PERSONNE:Luc Janssens]]. La secrétaire dit qu'il est au bloc.",
    ),
    (
        CCAS,
        AP,
        "Un bénévole du {{Secours populaire}} passe déposer des flyers. Discussion sur la collecte de {{samedi}}. Aucun usager concerné.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Hassani]] vient pour son fils [[PERSONNE:Rayan]], {{12 ans}}, à rattacher. NIR du fils : [[NIR:1 12 02 67 482 714 65]], né à {{Strasbourg}} le [[DATE_NAISSANCE:18/02/2012]]. Le père donne son mail : [[EMAIL:hassani.famille@gmail.com]].",
    ),
    (
        CHRS,
        AT,
        "Écoutante {{115}} {{Seine-Maritime}} à un collègue : « tu peux rappeler [[PERSONNE:Alain]] du {{Havre}} ? Il a laissé son numéro, [[TELEPHONE:06 91 24 55 86]] ». Le collègue : « [[PERSONNE:Alain Leprince]] ? » — « oui ».",
    ),
    (
        FT,
        AP,
        "L'agente d'accueil fait un point sur l'annuaire des partenaires : {{Cap emploi}}, {{APEC}}, {{Mission locale}}, {{AFPA}}. Personne en attente à ce moment-là.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez un couple à {{Haguenau}}, [[ADRESSE:28 rue du Sel, 67500 Haguenau]]. Le fils majeur, [[PERSONNE:Romain Keller]], vit encore là. NIR donné pour vérifier : [[NIR:1 99 09 67 180 328 25]], né en [[DATE_NAISSANCE:septembre 99]]. Il travaille chez {{Bosch}}.",
    ),
    (
        CCAS,
        AT,
        "Le standard reçoit un appel pour une réservation de salle des fêtes. Mauvais service. L'agente transfère à la mairie. Trois fois aujourd'hui déjà !",
    ),
    (
        CPAM,
        AT,
        "« Bonjour, je suis Mme [[PERSONNE:Ngo]]... enfin [[PERSONNE:Ngo Thi Hoa]] ». Le conseiller : « et votre numéro de sécu ? » — « j'ai pas la carte ». Il trouve avec la date de naissance [[DATE_NAISSANCE:08/03/1968]] et le code postal {{54500}}. Elle veut une {{carte européenne}}.",
    ),
    (
        FT,
        AT,
        "RDV tel de suivi avec Mme [[PERSONNE:Aissatou Barry]], [[ID_FRANCE_TRAVAIL:6692035F]]. Elle a créé son auto-entreprise de tresses, SIRET perso : [[IDENTIFIANT:921 506 447 00011]]. Son Insta : [[IDENTIFIANT:@aissa_braids76]].",
    ),
    (
        CHRS,
        CSP,
        "Visite dans le diffus à {{Cherbourg}} : [[ADRESSE:12 rue Grande Rue, 50100 Cherbourg-en-Cotentin]]. M. [[PERSONNE:Morvan]] a arrêté de boire depuis {{4 mois}}. Il nous offre un café.",
    ),
    (
        CAF,
        AT,
        "Une dame belge qui vient d'emménager à {{Charleville-Mézières}} veut être payée sur son compte belge : [[IBAN:BE44 0635 4932 1745]]. Mme [[PERSONNE:Dumont]]. L'agent dit « pas de souci c'est SEPA ».",
    ),
    (
        URG,
        AP,
        "Un ado, [[PERSONNE:Nathan]], arrive avec son coach de foot, genou en vrac. Le coach ne connaît pas la date de naissance. Il appelle la mère : « [[DATE_NAISSANCE:2009]] ? non [[DATE_NAISSANCE:2008]] » — « [[DATE_NAISSANCE:12 juin 2008]] ». Numéro de la mère : [[TELEPHONE:06 27 84 31 60]].",
    ),
    (
        CPAM,
        AP,
        "Accueil sur RDV uniquement depuis {{janvier}}. Un monsieur sans RDV est reçu quand même, l'agent fait une exception. Il voulait juste une attestation. Pas de nom noté.",
    ),
    (
        CHRS,
        AP,
        "Réunion des résidents. Thème : le règlement intérieur. [[PERSONNE:Fabrice]] veut qu'on autorise les animaux. [[PERSONNE:Naïma]], la cheffe de service, dit qu'elle y réfléchit.",
    ),
    (
        FT,
        AP,
        "Un monsieur vient déclarer sa reprise d'emploi. Il tend son contrat : employeur {{Lebrun Plomberie}}, patron M. [[PERSONNE:Lebrun]]. Le demandeur : [[PERSONNE:Ahmed Hadj]], [[ID_FRANCE_TRAVAIL:4109386S]].",
    ),
    (
        CAF,
        AT,
        "Appel : « j'ai une facture de la crèche au nom de mon fils, je vous donne le numéro ? » — facture n° [[IDENTIFIANT:CR-2024-0381]]. Agent : « pas besoin ». Mme [[PERSONNE:Rousseau]], alloc [[N_ALLOCATAIRE:3502918]]. Elle donne aussi un IBAN qu'on ne lui demandait pas : [[IBAN:FR76 1131 5030 8187 9483 0629 946]].",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Oliveira]] présente un jugement pour une expulsion, RG [[IDENTIFIANT:24/01873]]. Adresse du logement : [[ADRESSE:10 rue Fontenelle, 76000 Rouen]]. Expulsion prévue le {{15 avril}}. L'agente appelle le {{SIAO}} direct.",
    ),
    (
        CPAM,
        AT,
        "Pause café des conseillers. Ils parlent de la nouvelle appli {{Ameli}}. Personne ne décroche pendant {{5 minutes}} (il y a un relais).",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Vasseur]] de {{Dieppe}} appelle : son adresse mail a changé. Ancien : [[EMAIL:vasseur.f@aol.com]]. Nouveau : [[EMAIL:fvasseur76@proton.me]]. La conseillère relit le nouveau, il corrige « [[EMAIL:proton point M-E]], pas point com ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} de la {{Meurthe-et-Moselle}}. Appel d'un homme qui vit dans sa camionnette ([[IMMATRICULATION:AB 214 HM]]) sur le parking du {{Zénith}}. Il s'appelle [[PERSONNE:Gilles Martin]]. Il demande juste une douche.",
    ),
    (
        CAF,
        AP,
        "Contrôle d'identité à l'accueil : une dame montre son titre de séjour, n° [[IDENTIFIANT:7602051839]]. L'agent vérifie la date de validité, tout est bon. Mme [[PERSONNE:Tshibangu]], née le [[DATE_NAISSANCE:3 août 1985]]. Virement ({{RSA}}) sur [[IBAN:FR76 3007 6097 4465 3856 5196 013]].",
    ),
    (
        URG,
        AT,
        "Le standard transfère un appel de la cuisine centrale de l'hôpital au mauvais service. La secrétaire rit. Aucune info patient.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez Mme [[PERSONNE:Kieffer]] (pension d'invalidité), [[ADRESSE:4 rue des Tonneliers, 67000 Strasbourg]]. Sa voiture adaptée : [[IMMATRICULATION:FT-712-GC]]. Elle nous montre son IBAN pour la PCH : [[IBAN:FR76 1382 5048 7978 9813 0644 872]].",
    ),
    (
        FT,
        AP,
        "Une mère et son fils ({{18 ans}}). La mère parle pour lui tout le temps : « il s'appelle [[PERSONNE:Killian]], [[PERSONNE:Killian Roussel]], son tel c'est le [[TELEPHONE:07 82 30 14 66]], son mail [[EMAIL:killian.roussel@icloud.com]] ». Le fils regarde ses chaussures.",
    ),
]

# END OF NOTES

NOTES = NOTES_01 + NOTES_02 + NOTES_03 + NOTES_04 + NOTES_05 + NOTES_06 + NOTES_07

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"stray mark in {marked!r}")
    return text, entities, keep


def build():
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Split on ids and cells only: returns (dev ids, holdout ids)."""
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
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
