"""Independent evaluation corpus n° 123: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. ``python holdout_author.py`` strips the marks,
computes the offsets, numbers the notes ``ind123-001`` … ``ind123-240`` in writing order, draws
the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.
Standard library only; deterministic.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind123"
SEED = 123

# ---------------------------------------------------------------------------------------------
# Caf (Caf de la Seine-Saint-Denis: accueils de Saint-Denis, Bobigny, Montreuil)
# ---------------------------------------------------------------------------------------------
CAF = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}, accueil {{Caf}} de {{Saint-Denis}}. Je recopie l'écran de l'agente :\n"
        "N° allocataire : [[N_ALLOCATAIRE:2184573]]\n"
        "Nom : [[PERSONNE:BENSAÏD]]   Prénom : [[PERSONNE:Nadia]]\n"
        "Situation : isolée, {{2 enfants}}\n"
        "Droits : {{RSA}} / {{APL}} / {{ASF}}\n"
        "Dernier paiement : {{412,37 €}} le {{05/02}}\n"
        "Elle vient pour un indu de {{1 260 €}}, elle comprend pas d'où ça sort.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket imprimé par la borne (enfin réparée), je recopie :\n"
        "« {{Caf de la Seine-Saint-Denis}} – Accueil de {{Saint-Denis}}\n"
        "Ticket {{B-112}}\n"
        "Motif : Rendez-vous / Information\n"
        "Édité le {{14/03/2024}} à {{8h31}}\n"
        "Personnes avant vous : {{23}}\n"
        "Merci de votre patience »\n"
        "Le monsieur derrière moi : « 23 ! je vais rater le boulot ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur montre un courrier {{Caf}} plié en 4, je recopie l'en-tête :\n"
        "« {{CAISSE D'ALLOCATIONS FAMILIALES DE LA SEINE-SAINT-DENIS}}\n"
        "Monsieur [[PERSONNE:OUEDRAOGO Issouf]]\n"
        "[[ADRESSE:Bât. C, 18 allée Darius-Milhaud\n93000 Bobigny]]\n"
        "Référence dossier : [[N_ALLOCATAIRE:3057126]]\n"
        "Objet : demande de pièces justificatives »\n"
        "On lui demande ses {{3 derniers bulletins}} de salaire + attestation {{Pôle emploi}} "
        "(il dit « mais ça s'appelle plus comme ça »).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}}, casque double écoute. L'appelante donne son num alloc : "
        "« [[N_ALLOCATAIRE:1 9 4 2 0 6 8]] » chiffre par chiffre. Ecran : [[PERSONNE:TRAN Thi Mai]], "
        "née le [[DATE_NAISSANCE:21/03/1968]], {{prime d'activité}} suspendue depuis {{décembre}}. "
        "Motif affiché : « {{DTR}} non reçue ». Elle jure l'avoir envoyée par l'appli. "
        "Agent ([[PERSONNE:Karim]]) : « je la vois pas madame, on va la refaire ensemble ». "
        "Durée appel {{17 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un jeune homme, {{19 ans}}, veut savoir s'il a droit à l'{{APL}} pour une chambre au "
        "{{Crous}} de {{Villetaneuse}}. Pas de forfait data, l'agent fait la simulation avec lui sur "
        "le poste en libre-service. Résultat affiché : « Loyer : {{310 €}} – Ressources : {{0 €}} – "
        "Aide au logement estimée : {{187 €}}/mois ». Il prend une photo de l'écran. {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec le contrôleur ([[PERSONNE:Hervé Lamarque]]). Fiche de mission "
        "imprimée, je recopie :\n"
        "Allocataire : [[PERSONNE:M'BAYE Coumba]]\n"
        "N° alloc. : [[N_ALLOCATAIRE:2690431]]\n"
        "Adresse déclarée : [[ADRESSE:27 rue Gabriel-Péri, appt 42, 93200 Saint-Denis]]\n"
        "Motif : vérif. situation isolement ({{ASF}} + {{majoration RSA}})\n"
        "Sur place : {{2 brosses à dents}} adultes, une veste d'homme. Elle dit que c'est à son "
        "frère [[PERSONNE:Ousmane]] qui dort là « des fois ». En bas, sa voiture immatriculée en "
        "{{Belgique}} : [[IMMATRICULATION:1-GKR-482]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran « Composition du foyer » recopié en vitesse :\n"
        "NOM | PRÉNOM | NÉ(E) LE | LIEN\n"
        "[[PERSONNE:KOUASSI]] | [[PERSONNE:Ange-Désiré]] | [[DATE_NAISSANCE:02/11/1985]] | allocataire\n"
        "[[PERSONNE:KOUASSI]] | [[PERSONNE:Grâce]] | [[DATE_NAISSANCE:14/06/2014]] | enfant\n"
        "[[PERSONNE:KOUASSI]] | [[PERSONNE:Émeraude]] | [[DATE_NAISSANCE:30/09/2017]] | enfant\n"
        "Il vient déclarer une 3e naissance, la petite est née il y a {{10 jours}} à "
        "{{Jean-Verdier}}, il a l'acte de naissance sur son tel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Écran de supervision de la plateforme, au mur, à {{10h03}} :\n"
        "Appels en attente : {{47}}\n"
        "Temps d'attente moyen : {{18 min 40}}\n"
        "Conseillers connectés : {{22}} / en pause : 3\n"
        "Taux de décroché : {{61 %}}\n"
        "L'agente boit son café froid ☕ : « le lundi c'est toujours comme ça ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Formulaire {{Cerfa n°10840}} (demande d'{{aide au logement}}) rempli à la main par la dame, "
        "l'agent vérifie. Je note ce qu'elle a écrit :\n"
        "Nom de naissance : [[PERSONNE:Nguyen]]\n"
        "Nom d'usage : [[PERSONNE:Lefèvre]]\n"
        "Prénoms : [[PERSONNE:Hoa Marie]]\n"
        "Date de naissance : [[DATE_NAISSANCE:1991-02-08]]\n"
        "N° sécu : [[NIR:2 91 02 75 112 305 65]]\n"
        "Bailleur : {{Seine-Saint-Denis Habitat}}\n"
        "Loyer : {{683 €}} charges comprises\n"
        "L'agent : « le RIB il est où ? » → elle l'a oublié.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Avant de partir, le contrôleur imprime son ordre de mission, je recopie : « Contrôles du "
        "jour : {{4}} – Secteur : {{Saint-Denis}} / {{Stains}} – Départ : {{9h15}} – Véhicule de "
        "service : non ». Tirés au sort ou sur signalement. Trajet en {{RER B}} puis bus {{143}}. « On "
        "n'est pas la police hein, on vérifie juste que la situation déclarée c'est la vraie. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Historique contacts affiché (dossier [[N_ALLOCATAIRE:0871245]]) :\n"
        "{{12/01/2024}} – courriel – « changement de RIB »\n"
        "{{19/01/2024}} – accueil – agent [[PERSONNE:S. BELKACEM]]\n"
        "{{02/02/2024}} – tél – agent [[PERSONNE:J. Rousseau]]\n"
        "Nouveau RIB saisi : [[IBAN:FR76 3000 3036 2000 0501 7843 240]]\n"
        "Le monsieur dit que c'est pas son compte, c'est celui de son ex !! L'agente bloque le "
        "paiement, appelle sa cheffe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Fiche de rappel remplie par l'agent pendant l'appel :\n"
        "Nom appelant : [[PERSONNE:GONÇALVES Maria de Fátima]]\n"
        "Âge : {{84 ans}}\n"
        "Tél : [[TELEPHONE:01 48 32 67 05]]\n"
        "Créneau : matin\n"
        "Objet : veut parler « à la même jeune fille que la dernière fois, [[PERSONNE:Sabrina]] »\n"
        "L'agent explique : une plateforme de {{80 conseillers}}, on ne choisit pas. « Je suis pas "
        "pressée » dit la dame.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent imprime une attestation de paiement pour la {{préfecture}} (renouvellement titre "
        "de séjour). Je lis par-dessus :\n"
        "ATTESTATION DE PAIEMENT\n"
        "Allocataire : Mme [[PERSONNE:DA COSTA PEREIRA Maria Helena]]\n"
        "N° : [[N_ALLOCATAIRE:4412908]]\n"
        "Période : {{01/2024}} à {{06/2024}}\n"
        "Montant mensuel {{AF}} : {{141,99 €}}\n"
        "Le papier sort chaud de l'imprimante, elle le range dans une pochette plastique avec tous "
        "ses autres papiers, super bien classés.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa avec ses {{3 enfants}}, le plus petit hurle. Il vient pour la {{prime de "
        "naissance}}. L'agent d'accueil ([[PERSONNE:Rachid]]) recopie depuis la photo de l'acte sur "
        "son tel : « Enfant : [[PERSONNE:TAHIRI Nour]], née le [[DATE_NAISSANCE:02/03/2024]] à "
        "{{Montreuil}} ». Le papa : « c'est ma femme qui fait les papiers d'habitude mais elle est à "
        "la maternité ». Félicitations général 🎉",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Agent lit l'écran à voix haute pour vérifier l'identité : « vous êtes bien madame "
        "[[PERSONNE:Kowalczyk]], [[PERSONNE:K-O-W-A-L-C-Z-Y-K]], née le "
        "[[DATE_NAISSANCE:quatre septembre soixante-treize]] ? » La dame : « oui oui ». « Votre "
        "adresse c'est toujours le [[ADRESSE:6 avenue Paul-Vaillant-Couturier]] à {{Stains}} ? » "
        "→ Non, elle a déménagé à {{Pierrefitte}} il y a {{2 mois}} et n'a rien déclaré. L'agent "
        "soupire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur place, [[ADRESSE:résidence Les Tilleuls, bât. 4, 12 rue Roger-Salengro, 93140 Bondy]]. "
        "Le contrôleur remplit sa grille sur tablette, je recopie les champs :\n"
        "- Occupant(s) constaté(s) : [[PERSONNE:Ahmed Zerrouki]] + {{2 enfants}}\n"
        "- Bail au nom de : [[PERSONNE:ZERROUKI Ahmed]] et [[PERSONNE:ZERROUKI Samia]]\n"
        "- Conjointe : déclarée partie au {{Maroc}} depuis {{mars}}\n"
        "- Véhicule sur parking : [[IMMATRICULATION:FK-218-QD]]\n"
        "Il demande au monsieur la carte grise, elle est à son nom.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche dans la salle d'attente : « {{Caf.fr}} – faites vos démarches en ligne {{24h/24}} ». "
        "Personne ne la regarde. Sur {{14 chaises}}, 3 cassées. Toilettes fermées « pour raison "
        "technique » depuis, selon l'agent, « au moins {{Noël}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame a envoyé un mail, l'agent l'ouvre pendant l'appel. Je recopie l'en-tête :\n"
        "De : [[EMAIL:fatou.sissoko93@gmail.com]]\n"
        "Objet : URGENT dossier [[N_ALLOCATAIRE:5173820]] coupure {{APL}}\n"
        "PJ : avis_expulsion.pdf\n"
        "Elle a reçu un commandement de payer de {{Paris Habitat}}. L'agent lui donne le numéro de "
        "l'{{ADIL}} et lui dit d'appeler son {{CCAS}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Inès]], vient avec son copain qui parle à sa place. L'agent demande "
        "gentiment au copain d'attendre dehors. Ensuite [[PERSONNE:Inès]] explique qu'elle veut se "
        "déclarer séparée. Elle repart avec un carton de RDV, je lis : « Mme [[PERSONNE:Gautier]], "
        "travailleuse sociale {{Caf}} – {{jeudi 14h}} – {{bureau 12}} ». Le copain est rentré 2 fois "
        "demander si c'était fini.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur ([[PERSONNE:Didier]]) demande les relevés bancaires. La dame sort un relevé "
        "{{La Banque Postale}}, je note l'en-tête :\n"
        "Mme [[PERSONNE:YILDIZ Elif]]\n"
        "IBAN [[IBAN:FR47 2004 1010 1222 6710 3W03 348]]\n"
        "Solde au {{31/01}} : {{-84,12 €}}\n"
        "Il vérifie les virements entrants : {{250 €}} chaque mois, libellé « VIR "
        "[[PERSONNE:YILDIZ MEHMET]] ». Elle dit que c'est son père qui l'aide. Il note « aide "
        "familiale régulière ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur pressé veut savoir quand tombe le {{RSA}}. L'agent ouvre le « calendrier des "
        "paiements » :\n"
        "{{RSA}} / {{PPA}} : {{5 avril}}\n"
        "{{AF}}, {{APL}} : {{5 avril}}\n"
        "{{AAH}} : {{5 avril}}\n"
        "« {{Le 5}} c'est un samedi ? » — « Non monsieur, vendredi ». Fin. {{1 min 40}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pour ouvrir les droits l'agent scanne le titre de séjour du monsieur. Je vois à l'écran :\n"
        "Nom : [[PERSONNE:SIVANESAN]]\n"
        "Prénoms : [[PERSONNE:Tharshan]]\n"
        "Né le : [[DATE_NAISSANCE:17 08 1990]] à {{Jaffna}} ({{Sri Lanka}})\n"
        "N° titre : [[IDENTIFIANT:9302741856]]\n"
        "Valable jusqu'au : {{16 08 2027}}\n"
        "Catégorie : « {{carte de résident}} »\n"
        "Il parle très bien français, bosse dans un resto à {{La Chapelle}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente m'affiche les statistiques de la semaine (outil de pilotage) :\n"
        "Motif | Nb\n"
        "Indu / dette | {{212}}\n"
        "{{Prime d'activité}} | {{164}}\n"
        "Aide au logement | {{131}}\n"
        "Attestations | {{98}}\n"
        "« L'indu c'est ce qui fait pleurer les gens. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social de l'{{hôpital Avicenne}} pour une patiente. Il lit sa fiche : "
        "« Mme [[PERSONNE:Diarra]], [[PERSONNE:Aminata]], date de naissance "
        "[[DATE_NAISSANCE:11 novembre 1989]], née à {{Bamako}}, allocataire "
        "[[N_ALLOCATAIRE:2250176]] ». Il veut savoir si l'{{AAH}} est en cours. L'agent : secret pro, "
        "elle ne peut rien dire à un tiers sans accord écrit. Le TS, [[PERSONNE:Yannick Boulanger]], "
        "laisse son portable pro : [[TELEPHONE:06 71 30 48 92]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur très énervé crie « VOUS AVEZ COUPÉ MES {{APL}} SANS PRÉVENIR !!! ». L'agent "
        "reste calme, tourne l'écran vers lui : « Suspension AL – motif : signalement impayé "
        "bailleur – date : {{01/03/2024}} – bailleur : {{Immobilière 3F}} ». Il s'appelle "
        "[[PERSONNE:Laurent Hubert]], {{58 ans}}, en arrêt maladie depuis {{6 mois}}. Il se calme "
        "d'un coup, il ne savait pas pour l'impayé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur appelle pour changer de banque. L'agent refuse de prendre l'IBAN par tél "
        "(procédure : via l'espace {{Mon Compte}}). Il le dicte quand même avant qu'elle puisse "
        "l'arrêter : « [[IBAN:FR76 1027 8060 4100 0203 4560 110]] ». Elle ne le saisit pas. Il "
        "s'appelle [[PERSONNE:Gérard Pinto]], alloc [[N_ALLOCATAIRE:3391807]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle n°2 : personne. Le contrôleur remplit un avis de passage, je recopie :\n"
        "« {{Caf de la Seine-Saint-Denis}} – AVIS DE PASSAGE\n"
        "Nous nous sommes présentés à votre domicile le {{14/03/2024}} à {{10h20}}.\n"
        "Merci de contacter votre {{Caf}} au {{3230}} sous {{8 jours}}. »\n"
        "Il le glisse sous la porte. « {{1 sur 3}} c'est comme ça. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Déclaration de changement de situation remplie au guichet, l'agent relit à voix haute :\n"
        "« Vous : [[PERSONNE:HADDAD Leïla]], née le [[DATE_NAISSANCE:03/09/1973]]. Conjoint : "
        "[[PERSONNE:HADDAD Mourad]]. Date de début de vie maritale : {{01/03/2024}}. Nouvelle "
        "adresse : [[ADRESSE:41 avenue Jean-Lolive, 93500 Pantin]]. »\n"
        "Tout est bon sauf la signature. Elle signe avec le stylo attaché par une ficelle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur veut son attestation pour la mutuelle. L'agente ([[PERSONNE:Chloé]]) "
        "l'imprime :\n"
        "« ATTESTATION DE DROITS\n"
        "M. [[PERSONNE:FERNANDES José Manuel]]\n"
        "N° allocataire : [[N_ALLOCATAIRE:3928104]]\n"
        "Prestation : {{APL}} – {{231 €}}/mois depuis le {{01/09/2019}} »\n"
        "Il lui dit « vous êtes gentille, pas comme à la {{Sécu}} » 😅.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute. Écran du dossier pendant que l'allocataire parle :\n"
        "┌ Allocataire : [[PERSONNE:RAKOTOMALALA Hery]]\n"
        "├ Conjoint : [[PERSONNE:RAKOTOMALALA Voahangy]]\n"
        "├ Tél. portable : [[TELEPHONE:07 68 14 52 39]]\n"
        "├ Courriel : [[EMAIL:hery.rakoto@orange.fr]]\n"
        "└ Paiement : virement, IBAN [[IBAN:FR76 3000 3018 7400 0207 1135 627]]\n"
        "Il appelle pour la {{prime de Noël}} qu'il n'a pas eue. L'agent vérifie : pas de {{RSA}} "
        "en {{novembre}}, donc pas de prime. Il dit « ah » et raccroche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au [[ADRESSE:15 chemin des Vignes, 93130 Noisy-le-Sec]], pavillon divisé en "
        "{{3 logements}}. Sur les boîtes aux lettres : « [[PERSONNE:Popescu]] », "
        "« [[PERSONNE:Ionescu]] / [[PERSONNE:Dumitru]] », « [[PERSONNE:A. Constantin]] ». "
        "L'allocataire contrôlée, Mme [[PERSONNE:Popescu]], dit louer une chambre {{350 €}} en "
        "liquide, pas de bail. Dans la cour une camionnette immatriculée "
        "[[IMMATRICULATION:B 47 XKR]] (plaque roumaine), c'est celle du proprio.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Guichet 4}} : une agente en formation, {{3e jour}}. Sa tutrice derrière elle. Elle a mis "
        "{{12 min}} pour trouver le bon écran pour une attestation. Tutrice : « c'est normal, moi "
        "j'ai mis {{6 mois}} » 😂",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame sans num alloc. L'agent cherche par le NIR : « donnez-moi votre numéro de sécu ». "
        "Elle lit sa {{carte Vitale}} : « [[NIR:deux, soixante-dix, zéro trois, quatre-vingt-dix-neuf, "
        "trois cent cinquante-deux, zéro dix-neuf, quarante-sept]] ». Trouvé : "
        "[[PERSONNE:BOUZID Zohra]], {{RSA}} socle. Elle voulait savoir si son fils de {{25 ans}} "
        "peut être rattaché. Non.",
    ),
    (
        "caf",
        "accueil_physique",
        "Tableau des indus à l'écran (dossier [[N_ALLOCATAIRE:6024518]], Mme [[PERSONNE:Okafor]]) :\n"
        "Prestation | Période | Montant\n"
        "{{APL}} | {{09/2023}}-{{12/2023}} | {{588,00 €}}\n"
        "{{PPA}} | {{10/2023}} | {{197,45 €}}\n"
        "Total {{785,45 €}}, retenue {{60 €}}/mois. Mme [[PERSONNE:Okafor]] demande une remise de "
        "dette, l'agent lui donne le formulaire. Elle a {{4 enfants}} et son mari est reparti au "
        "{{Nigeria}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un logement étudiant à {{Saint-Ouen}}, coloc à 3. Le contrôleur vérifie que "
        "chacun a son propre bail. Noms sur la porte (post-it) : [[PERSONNE:Lucas]], "
        "[[PERSONNE:Aïcha]], [[PERSONNE:Wen]]. Seul [[PERSONNE:Lucas]] est là, en pyjama à "
        "{{10h30}}. Il appelle les autres en visio.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur photographie le bail. Je recopie : « Entre les soussignés : {{SCI Les Hauts "
        "de Montreuil}} représentée par M. [[PERSONNE:Benhamou David]], et Mme "
        "[[PERSONNE:Kaya Derya]], locataire, née le [[DATE_NAISSANCE:12/05/1996]] à {{Istanbul}} "
        "(…) logement sis [[ADRESSE:9 rue de la Solidarité, 93100 Montreuil]], loyer mensuel "
        "{{720 €}} ». Mais elle a déclaré {{820 €}} à la {{Caf}}. Elle dit que les {{100 €}} c'est "
        "le parking.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante qui n'arrive pas à se connecter à son espace. L'adresse mail enregistrée est "
        "[[EMAIL:lina.mansouri@etud.univ-paris13.fr]] mais elle n'a plus accès à sa boîte de la fac. "
        "On change pour [[EMAIL:linamansouri2003@hotmail.fr]]. Elle s'appelle "
        "[[PERSONNE:Lina Mansouri]], {{21 ans}}, en {{L3}} à {{Villetaneuse}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire lit son courrier de notification au tél : « Madame, Monsieur, suite à "
        "l'examen de votre dossier [[N_ALLOCATAIRE:7 150 362]], nous vous informons que votre droit "
        "à l'{{allocation de soutien familial}} prend fin le {{31/03/2024}} ». Il demande ce que ça "
        "veut dire. Sa fille [[PERSONNE:Yasmine]] vient d'avoir {{20 ans}}, d'où la fin. L'agent "
        "explique gentiment.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pièce d'identité scannée au guichet, l'écran affiche :\n"
        "CARTE NATIONALE D'IDENTITÉ\n"
        "Nom : [[PERSONNE:SANTONI]]\n"
        "Prénom(s) : [[PERSONNE:Jean-Baptiste]], [[PERSONNE:Ange]]\n"
        "Né le : [[DATE_NAISSANCE:09 05 1962]] à {{AJACCIO}}\n"
        "N° : [[IDENTIFIANT:X7RTK2P4M]]\n"
        "L'agent compare avec le dossier, le NIR colle : [[NIR:1 62 05 2A 004 061 81]]. Sa retraite "
        "démarre et il veut savoir si l'{{APL}} change. Il rigole « à mon âge on se trompe de "
        "porte », il croyait être à la {{Carsat}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran de gestion de la file, {{11h45}} :\n"
        "Guichet 1 : {{B-131}} | Guichet 2 : fermé | Guichet 3 : {{A-087}} | Guichet 4 : {{B-129}}\n"
        "En attente : {{31}} – attente moyenne {{52 min}}\n"
        "L'agent d'accueil trie à la main : « attestation ? borne. RIB ? boîte aux lettres ». Une "
        "dame repart sans avoir rien dit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement d'adresse par téléphone. L'agent saisit en répétant chaque morceau : "
        "« [[ADRESSE:4 allée Toulouse-Lautrec, bâtiment B, escalier 2, 93270 Sevran]], c'est bien "
        "ça ? » — « Oui et c'est au {{3e}} sans ascenseur, pour info ». Il demande si ça change son "
        "{{APL}}, l'agent dit qu'il faut déclarer le nouveau loyer aussi : {{540 €}}. Dossier "
        "[[N_ALLOCATAIRE:1836604]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture de service (une {{Clio}} blanche) entre 2 contrôles, le contrôleur, "
        "[[PERSONNE:Hervé]], raconte qu'il s'est fait insulter {{2 fois}} ce mois. Il préfère les "
        "contrôles le matin, « les gens sont moins sur la défensive ». {{22 ans}} de maison.",
    ),
    (
        "caf",
        "accueil_physique",
        "Dépôt de RIB au guichet. Sur le RIB papier ({{Crédit Agricole}}) :\n"
        "Titulaire : M OU MME [[PERSONNE:DIALLO MAMADOU]] OU [[PERSONNE:SOW MARIAMA]]\n"
        "RIB : [[IBAN:18206 00402 60937415520 67]]\n"
        "IBAN : [[IBAN:FR76 1820 6004 0260 9374 1552 067]]\n"
        "L'agent le scanne, dit que le changement prendra {{10 jours}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman appelle pour son fils [[PERSONNE:Théo]], {{17 ans}}, apprenti chez "
        "{{Boulangerie Marchal}} : son salaire va-t-il faire baisser les allocs ? Agent : non tant "
        "que c'est moins de {{55 %}} du {{SMIC}}. Elle donne son portable pour le SMS de "
        "confirmation : [[TELEPHONE:+33 6 52 18 40 77]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture, le contrôleur saisit son rapport, je lis par-dessus son épaule :\n"
        "Date du contrôle : {{14/03/2024}}\n"
        "Durée : {{40 min}}\n"
        "Pièces vues : bail, quittances, relevés {{3 mois}}\n"
        "Conclusion : situation conforme\n"
        "Il dit que {{80 %}} de ses contrôles sont conformes et que personne ne le croit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur demande l'avis d'impôt. Je note le haut de la page :\n"
        "« {{AVIS D'IMPÔT 2023 SUR LES REVENUS 2022}}\n"
        "M [[PERSONNE:CHEN WEI]]\n"
        "[[ADRESSE:33 RUE DE LA RÉPUBLIQUE\n93300 AUBERVILLIERS]]\n"
        "Numéro fiscal : [[IDENTIFIANT:24 71 836 059 214]]\n"
        "Revenu fiscal de référence : {{18 436 €}} »\n"
        "Le magasin de sa femme ({{Bazar Wenzhou}}) est au nom de sa femme. Lui a un SIRET perso "
        "pour des livraisons : [[IDENTIFIANT:852 417 096 00017]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pour la {{prime d'activité}}, l'agent demande l'identifiant {{France Travail}} pour vérifier "
        "l'inscription : « [[ID_FRANCE_TRAVAIL:3418207M]] ». La jeune femme, [[PERSONNE:Soraya]], "
        "l'a noté dans les notes de son téléphone.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame porte un badge {{Emmaüs}}, elle accompagne une famille ukrainienne. La bénévole "
        "tend l'APS, l'agent recopie :\n"
        "Nom : [[PERSONNE:SHEVCHENKO]]\n"
        "Prénom : [[PERSONNE:Olena]]\n"
        "Née le : [[DATE_NAISSANCE:17.02.1986]]\n"
        "Autorisation provisoire de séjour n° [[IDENTIFIANT:9301186472]] – protection temporaire\n"
        "Valable jusqu'au : {{04.03.2025}}\n"
        "L'agent sort une fiche en ukrainien (!) qu'ils ont en stock.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez M. et Mme [[PERSONNE:Rahmani]] à {{Clichy-sous-Bois}}, {{5e étage}} sans ascenseur. Le "
        "contrôleur, essoufflé, coche sa grille : « Enfants présents : {{4/4}} – Bail : aux deux noms "
        "– Ressources déclarées : cohérentes ». Deux enfants font leurs devoirs sur la table. Mme "
        "[[PERSONNE:Rahmani]] nous offre du thé à la menthe, le contrôleur refuse poliment (« on "
        "peut pas ») puis accepte un verre d'eau.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le monsieur veut envoyer ses justificatifs par mail, il épelle son adresse : "
        "« [[EMAIL:p.ndiaye arobase laposte point net]] ». L'agent explique qu'on n'accepte pas les "
        "mails, il faut passer par l'espace en ligne. Il insiste : « mais mon fils "
        "[[PERSONNE:Abdou]] il l'a fait en {{2023}} ». Dossier [[N_ALLOCATAIRE:2 947 116]].",
    ),
]

# ---------------------------------------------------------------------------------------------
# Cpam (Cpam de la Seine-Saint-Denis: accueils de Bobigny, Saint-Denis, Montreuil; 3646)
# ---------------------------------------------------------------------------------------------
CPAM = [
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Bobigny}}, {{9h05}}. L'agent tape le NIR de la dame, écran :\n"
        "NIR : [[NIR:2 84 07 93 066 118 17]]\n"
        "Nom : [[PERSONNE:MOKRANI]] ép. [[PERSONNE:LEROY]]\n"
        "Prénom : [[PERSONNE:Samia]]\n"
        "Date naiss. : [[DATE_NAISSANCE:19/07/1984]]\n"
        "Droits {{AMO}} : ouverts jusqu'au {{31/12/2024}}\n"
        "{{C2S}} : non\n"
        "Médecin traitant : Dr [[PERSONNE:ABITBOL]]\n"
        "Elle vient parce que sa pharmacie dit que sa {{carte Vitale}} est « pas à jour ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écran de supervision du {{3646}} :\n"
        "File « Prestations » : {{38 appels}}, attente {{14 min}}\n"
        "File « Droits / {{carte Vitale}} » : {{12 appels}}, {{6 min}}\n"
        "File « IJ » : {{61 appels}}, {{23 min}}\n"
        "L'agente : « les IJ c'est toujours la file rouge ». Musique d'attente : {{Vivaldi}}, en "
        "boucle, elle la déteste.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation de droits imprimée pour une inscription en crèche :\n"
        "Assuré : [[PERSONNE:CÉLESTINE Jean-Marc]]\n"
        "N° d'immatriculation : [[NIR:1 88 06 971 20 147 38]]\n"
        "Bénéficiaires rattachés :\n"
        "- [[PERSONNE:CÉLESTINE Maëlys]], née le [[DATE_NAISSANCE:02/04/2019]]\n"
        "- [[PERSONNE:CÉLESTINE Noah]], né le [[DATE_NAISSANCE:27/12/2021]]\n"
        "Validité : {{du 01/01/2024 au 31/12/2024}}\n"
        "Le papa est en uniforme {{RATP}}, il doit repartir bosser à {{13h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} du hall, écran d'accueil : « Imprimer une attestation / Commander une carte "
        "/ Déclarer une perte ». Papier scotché sur 2 des {{6 bornes}} : « HORS SERVICE – merci ». "
        "Le service civique dit qu'il aide à imprimer « {{150 fois}} par jour ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une assurée, l'agent lit l'écran « Relevé des IJ » :\n"
        "Date | Nature | Montant | Compte\n"
        "{{05/02}} | IJ maladie | {{312,60 €}} | [[IBAN:FR76 3000 4015 3700 0108 7213 430]]\n"
        "{{19/02}} | IJ maladie | {{312,60 €}} | idem\n"
        "{{04/03}} | — | {{0,00 €}} | —\n"
        "Le {{04/03}} rien : l'employeur n'a pas envoyé l'attestation de salaire. Elle bosse chez "
        "{{Carrefour}} {{Rosny}}. Elle s'appelle [[PERSONNE:Martine Lebreton]], donne son tél : "
        "[[TELEPHONE:06 03 84 21 57]] pour être rappelée par le service IJ.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de présence pendant un arrêt maladie, avec l'agent assermenté "
        "([[PERSONNE:Patrick Ménard]]). Fiche :\n"
        "Assuré : [[PERSONNE:PEREIRA Luís]]\n"
        "NIR : [[NIR:1 75 08 99 139 012 24]]\n"
        "Adresse : [[ADRESSE:8 impasse des Peupliers, 93150 Le Blanc-Mesnil]]\n"
        "Arrêt du {{12/02}} au {{10/03}}, sorties autorisées {{9h-11h}} et {{14h-16h}}\n"
        "Il est {{15h20}}. Personne, et sa voiture ([[IMMATRICULATION:EC-617-SM]]) n'est pas devant. "
        "La voisine dit qu'il est « chez le kiné ». Avis de passage laissé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Formulaire {{C2S}} (complémentaire santé solidaire) rempli par la dame, l'agent contrôle "
        "ligne par ligne. Tableau « Personnes du foyer » :\n"
        "1. [[PERSONNE:Traoré Kadiatou]] – [[DATE_NAISSANCE:15/11/1989]] – "
        "[[NIR:2 89 11 99 335 006 58]]\n"
        "2. [[PERSONNE:Traoré Moussa]] – [[DATE_NAISSANCE:08/08/2015]] – enfant\n"
        "3. [[PERSONNE:Traoré Fanta]] – [[DATE_NAISSANCE:21/01/2018]] – enfant\n"
        "RIB joint : [[IBAN:FR83 2004 1000 0131 5820 4P02 086]]\n"
        "Ressources des {{12 derniers mois}} : {{9 840 €}}. Plafond pour {{3 personnes}} : largement en "
        "dessous, accord probable.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle pour sa mère hospitalisée. Pas de procuration. L'agent : « je ne peux "
        "rien vous dire monsieur ». Il s'énerve, donne quand même le nom : « [[PERSONNE:Esther Cohen]], "
        "[[PERSONNE:C-O-H-E-N]], elle a {{91 ans}} ». L'agent finit par lui expliquer la procédure "
        "générale sans rien ouvrir dans le dossier. Chapeau.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{A047}} appelé au {{guichet 3}}. Attente affichée {{35 min}}, réelle {{52 min}} "
        "(j'ai chronométré). Les écrans d'appel passent aussi de la prévention : « {{Mois sans "
        "tabac}} », « dépistage du cancer colorectal dès {{50 ans}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame a payé un dentiste et la part mutuelle n'est pas arrivée. L'agent regarde l'écran "
        "« Télétransmission complémentaire » : « {{NOEMIE}} : non ». Elle lit sa carte mutuelle : "
        "« {{Harmonie Mutuelle}}, numéro d'adhérent [[IDENTIFIANT:104583927]] ». L'agent active la "
        "liaison. Assurée : [[PERSONNE:GUILLOT Véronique]], NIR confirmé oralement "
        "[[NIR:255095935021180]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. Le monsieur a un dossier plein de papiers. Je recopie le récépissé agrafé "
        "dessus :\n"
        "{{CPAM DE LA SEINE-SAINT-DENIS}} — RÉCÉPISSÉ\n"
        "Demandeur : [[PERSONNE:ABDELKADER Yacine]]\n"
        "Né le : [[DATE_NAISSANCE:1994-08-03]]\n"
        "Nationalité : tunisienne\n"
        "Domiciliation : {{CCAS de Bobigny}}, {{BP 71}}\n"
        "Date de dépôt : {{14/02/2024}}\n"
        "N° de dossier : [[IDENTIFIANT:AME-93-2024-018734]]\n"
        "Il vient demander où ça en est, ça fait {{2 mois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée pleure au tél, son mari est décédé il y a {{3 semaines}}, elle appelle pour le "
        "capital décès. L'agente ([[PERSONNE:Nathalie]]) ouvre le dossier : « Assuré décédé le "
        "{{02/03/2024}} – ayant droit : [[PERSONNE:CHARPENTIER Monique]] (conjointe) ». Elle "
        "ralentit, parle doucement, explique les pièces. Appel {{24 min}}. Après elle reste "
        "{{1 min}} sans prendre l'appel suivant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail, 2e visite. L'assuré ouvre, en survêtement, très poli. L'agent "
        "montre sa carte. Je note sa fiche :\n"
        "[[PERSONNE:ÖZTÜRK Emre]] – [[NIR:1 99 01 99 208 035 38]]\n"
        "Employeur : {{Transports Yilmaz & Fils}}\n"
        "Motif : non communiqué à l'agent (secret médical)\n"
        "Présent ✔️. Sa voiture est garée en bas, plaque [[IMMATRICULATION:gh-392-tx]] "
        "notée par l'agent « pour info ». {{4 minutes}} en tout.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lopes]] vient avec sa petite-fille qui traduit du portugais. {{Carte Vitale}} "
        "cassée en deux (le chien l'a mâchouillée, {{Rocky}} 🐶). Écran « Commande de carte » :\n"
        "Nom : [[PERSONNE:LOPES]]\n"
        "Prénom : [[PERSONNE:Maria do Céu]]\n"
        "Né(e) le : [[DATE_NAISSANCE:03/04/1948]]\n"
        "Photo : MANQUANTE\n"
        "Photomaton dans la galerie {{Bobigny 2}}, {{5 €}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien appelle pour un patient : « c'est pour Mme [[PERSONNE:BENOÎT Chantal]], NIR "
        "[[NIR:2 49 07 69 383 327 33]], la carte ne passe pas ». L'agent voit que les droits sont "
        "ouverts, c'est la carte qui est périmée (modèle de {{1998}} !). Le pharmacien : « ok je "
        "fais en mode dégradé ». {{Pharmacie du Centre}}, à {{Drancy}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture, l'agent assermenté me dit : « avant on était {{12 enquêteurs}} pour le {{93}}, "
        "maintenant {{7}} ». Plus de km, moins de visites. Sur son GPS, {{4 adresses}} pour "
        "l'après-midi, toutes à {{Aulnay}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame apporte son arrêt de travail papier, elle n'a gardé que le volet 3. Je vois le "
        "formulaire :\n"
        "AVIS D'ARRÊT DE TRAVAIL — {{Cerfa}}\n"
        "Assuré(e) : [[PERSONNE:DUBOIS-MBEKI Claire]]\n"
        "N° d'immatriculation : [[NIR:2 97 10 94 028 233 38]]\n"
        "Adresse du lieu de repos si différente : [[ADRESSE:17 rue Danielle-Casanova, 94200 "
        "Ivry-sur-Seine]] (chez sa mère)\n"
        "Médecin : Dr [[PERSONNE:Sitbon]]\n"
        "L'agent lui dit que ce volet-là c'est pour son patron, pas pour la {{Cpam}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent lit le décompte à voix haute : « le {{12 janvier}}, consultation Dr "
        "[[PERSONNE:Hassani]], {{30 euros}}, remboursé {{20 euros}} moins {{2 euros}} de "
        "participation forfaitaire… » Elle : « et la mutuelle ? » L'agent : « ça c'est eux madame ». "
        "Mme [[PERSONNE:Le Bihan]] redonne son numéro pour un autre décompte : "
        "« [[NIR:2 66 12 29 019 044 20]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune, [[PERSONNE:Kevin]], {{18 ans}} depuis {{hier}} (« joyeux anniversaire » dit "
        "l'agente 🎂), vient créer son compte {{ameli}} tout seul. Écran de création : Nom "
        "[[PERSONNE:DUVAL]] / Prénom [[PERSONNE:Kevin]] / Né le [[DATE_NAISSANCE:13/03/2006]]. Il "
        "était sur la carte de sa mère jusqu'ici. Il ne savait pas ce qu'est un médecin traitant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Consigne scotchée sur l'écran de l'agente : « ne jamais communiquer d'info sur un dossier "
        "sans vérifier {{3 éléments}} : NIR, date de naissance, adresse ». Elle dit que parfois c'est "
        "absurde, les mamans appellent pour les ados.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Feuille de tournée de l'après-midi, je recopie :\n"
        "{{14h00}} – [[PERSONNE:LEGRAND Patrice]] – [[ADRESSE:12 allée des Cèdres, 93270 Sevran]]\n"
        "{{14h40}} – [[PERSONNE:ZOUAOUI Hind]] – [[ADRESSE:3 rue Lucien-Sampaix, 93270 Sevran]]\n"
        "{{15h30}} – [[PERSONNE:ADJOVI Kossi]] – [[ADRESSE:27 avenue Ronsard, 93270 Sevran]]\n"
        "L'agent assermenté fait {{30 contrôles}} par semaine, arrêts longs ou répétés, sur liste "
        "du service médical. « Je ne suis pas médecin, je vérifie juste la présence. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mise à jour des coordonnées au guichet. Écran « Coordonnées » avant / après :\n"
        "Ancien tél : [[TELEPHONE:06 22 47 19 03]] → nouveau : [[TELEPHONE:07 51 66 30 28]]\n"
        "Ancien mail : [[EMAIL:moussa.kone75@yahoo.fr]] → nouveau : [[EMAIL:m.kone.pro@gmail.com]]\n"
        "IBAN remboursements : [[IBAN:FR76 3000 4008 1200 0104 5678 914]] (inchangé)\n"
        "L'assuré, M. [[PERSONNE:Koné]], a changé de tél parce qu'on lui a volé le sien à "
        "{{Châtelet}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sur le dossier d'une enfant : la maman donne le NIR de sa fille [[PERSONNE:Myriam]] : "
        "« [[NIR:2 12 06 93 010 284 96]] », née le [[DATE_NAISSANCE:5 juin 2012]] à {{Bondy}}. Elle "
        "veut la rattacher aussi sur la carte du papa. L'agent lui envoie le formulaire de double "
        "rattachement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Enfant qui dort par terre sur le manteau de sa mère pendant l'attente. L'agent de sécurité "
        "lui apporte un gobelet d'eau. {{10h50}}. La maman attend depuis {{9h30}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{invalidité}} : le monsieur montre sa notification de pension :\n"
        "Titulaire : [[PERSONNE:ROUX Philippe]]\n"
        "N° pension : [[IDENTIFIANT:93 2019 004512]]\n"
        "Catégorie : 2\n"
        "Montant mensuel : {{1 104,38 €}}\n"
        "Date d'effet : {{01/06/2019}}\n"
        "Versement : RIB [[IBAN:30002 04412 0000683205R 32]]\n"
        "Il veut savoir s'il peut reprendre un mi-temps chez {{Leroy Merlin}}. L'agent l'oriente vers "
        "le service invalidité.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un artisan appelle pour ses IJ d'indépendant. Auto-entrepreneur plombier, il lit son avis de "
        "situation {{Insee}} : « SIRET [[IDENTIFIANT:819 735 200 00019]] – APE {{4322A}} – date de "
        "création {{15/05/2019}} ». Il s'appelle [[PERSONNE:Karim Bouaziz]], entreprise « {{KB "
        "Plomberie 93}} ». L'agent lui dit que les indépendants c'est à la {{Cpam}} aussi depuis la "
        "fin du {{RSI}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de présence chez M. [[PERSONNE:Sarr]], [[ADRESSE:3 allée Georges-Braque, 93500 "
        "Pantin]] (quartier des {{Courtillières}}). Fiche : NIR [[NIR:1 93 03 99 341 071 24]], arrêt "
        "jusqu'au {{29/03}}. Il est là, avec des béquilles. L'agent coche « présent », {{2 minutes}}. "
        "En sortant il me dit : « les béquilles c'est pas une preuve, mais bon ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un couple de retraités britanniques installés à {{Montreuil}}, avec leur formulaire {{S1}} :\n"
        "Holder : [[PERSONNE:WHITFIELD Graham]]\n"
        "Date of birth : [[DATE_NAISSANCE:1951-11-02]]\n"
        "National Insurance No : [[IDENTIFIANT:JT 47 83 19 B]]\n"
        "Mr [[PERSONNE:Whitfield]] parle, Mrs [[PERSONNE:Whitfield]] corrige son français. L'agente "
        "parle anglais 🇬🇧, très bien même.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Message reçu via la messagerie {{ameli}}, l'agent me le montre :\n"
        "« bjr je m'appelle [[PERSONNE:laetitia paoli]] mon numero de secu c'est le "
        "[[NIR:2810 52B0 3311 843]] jai demenager au [[ADRESSE:22 rue de Romainville 93260 les "
        "lilas]] merci de changer mon adresse cordialement »\n"
        "L'agent rigole du format du NIR (groupé par 4 comme une CB). Elle corrige l'adresse. "
        "{{3 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agente reçoit un monsieur qui ne parle que tamoul. Elle appelle {{ISM Interprétariat}} sur "
        "haut-parleur. {{4 minutes}} pour avoir quelqu'un. Ensuite ça roule. Elle dit qu'ils ont "
        "droit à {{10 appels}} par mois, pas plus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un employeur (une crèche associative) pour l'attestation de salaire d'une salariée, "
        "Mme [[PERSONNE:Ben Youssef]]. L'agent refuse de parler du dossier de la salariée mais "
        "explique le portail {{net-entreprises}}. Le directeur, [[PERSONNE:Olivier Marchetti]], "
        "laisse son mail : [[EMAIL:o.marchetti@creche-lespetitspas.org]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Lecture de la {{carte Vitale}} sur le lecteur du guichet :\n"
        "[[PERSONNE:DELATTRE BERNARD]]\n"
        "Né(e) le [[DATE_NAISSANCE:14/10/1958]]\n"
        "NIR [[NIR:158106204102661]]\n"
        "Rang 1 / Qualité : assuré\n"
        "« Mise à jour effectuée ». Le pharmacien lui disait « carte non à jour » : il est passé "
        "retraité en {{janvier}}. {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre deux appels, l'agente me montre son « mur des perles » : des post-its avec des phrases "
        "d'assurés. « Je veux parler à la {{Sécurité sociale}} en personne », « ma {{carte Vitale}} "
        "elle a plus de vitale ». 😂",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle : l'assuré n'est pas là, sa femme ouvre et montre une ordonnance de sortie "
        "d'hôpital sur la table. En-tête : « {{Hôpital Robert-Ballanger}} – Service de cardiologie – "
        "Dr [[PERSONNE:F. Amrani]] – Patient : [[PERSONNE:YAHIAOUI Rachid]] – IPP "
        "[[IDENTIFIANT:800412739]] ». Il est réhospitalisé depuis hier. L'agent note "
        "« hospitalisé » et s'excuse du dérangement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Courrier de relance reçu par l'assuré, je recopie :\n"
        "« {{Assurance Maladie}} – {{Seine-Saint-Denis}}\n"
        "Réf. : [[IDENTIFIANT:CR/2024/118-4472]]\n"
        "Monsieur [[PERSONNE:HOCINE Ali]]\n"
        "Foyer {{Coallia}}\n"
        "[[ADRESSE:54 rue Jules-Guesde\n93140 Bondy]]\n"
        "Objet : pièces manquantes – justificatif de résidence »\n"
        "Il a {{67 ans}}, il lit mal, l'agent lui lit la lettre. Il manque une facture. Lui : « mais "
        "je paye pas d'électricité, c'est le foyer ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'assurée veut changer de médecin traitant. L'agent lit ce qui est enregistré : « médecin "
        "traitant déclaré : Docteur [[PERSONNE:Nadine Feghouli]], à {{Aulnay-sous-Bois}} ». Elle : "
        "« non elle est partie à la retraite, maintenant c'est le Dr [[PERSONNE:Ramanantsoa]] ». "
        "L'agent explique que c'est au nouveau médecin de faire la déclaration en ligne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Vu au guichet : l'agente range dans un tiroir {{17 cartes Vitale}} jamais récupérées, "
        "certaines depuis {{2021}}. Sur le dessus de la pile : [[PERSONNE:RAMOS Inês]], "
        "[[PERSONNE:ABOUBAKAR Fatima Zahra]], [[PERSONNE:LE GALL Yann]]. Elle appelle quand elle a "
        "un numéro, sinon elle attend.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré appelle avec une feuille de soins papier (dentiste pas équipé). L'agent lui fait "
        "lire les cases :\n"
        "« Identification de l'assuré : [[PERSONNE:GARCIA Manuel]], n° "
        "[[NIR:1 68 02 92 050 055 80]]\n"
        "Identification du praticien : Dr [[PERSONNE:LÉVY-SARFATI]], RPPS [[IDENTIFIANT:10101836452]]\n"
        "Montant : {{70 €}} »\n"
        "L'agent dit de l'envoyer par courrier, {{93024 Bobigny Cedex}}. Il râle, il pensait que le "
        "papier c'était fini.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Les agents assermentés ont une voiture banalisée, pas de logo, « pour la discrétion des "
        "assurés ». Aujourd'hui {{6 visites}} prévues, 2 annulées car l'assuré a repris le travail.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier d'une étudiante étrangère. Écran « Pièces reçues » :\n"
        "✔ passeport n° [[IDENTIFIANT:FX482917]] ({{Brésil}})\n"
        "✔ attestation de scolarité {{Université Paris 8}}\n"
        "✖ acte de naissance traduit\n"
        "Nom : [[PERSONNE:OLIVEIRA SANTOS Bruna]]\n"
        "Née le : [[DATE_NAISSANCE:23/01/2002]] à {{Belo Horizonte}}\n"
        "Elle a fait traduire son acte mais pas par un traducteur assermenté. Faut refaire, "
        "{{45 €}} 😩.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Drancy}}, l'assurée est présente, un chat roux, {{Caramel}}, se frotte à la "
        "jambe de l'agent. Elle dit qu'elle va mieux, qu'elle reprend {{lundi}}. L'agent : « c'est "
        "pas moi qui décide madame, c'est le médecin ». {{3 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Rattachement d'un nouveau-né. L'agent tape à partir de l'acte de naissance :\n"
        "Enfant : [[PERSONNE:YAO Kofi Junior]]\n"
        "Né le : [[DATE_NAISSANCE:18/02/2024]] à {{Montreuil}} ({{CHI André-Grégoire}})\n"
        "Père : [[PERSONNE:YAO Kofi]]\n"
        "Mère : [[PERSONNE:ASANTE Abena]]\n"
        "Le papa est venu seul, la maman est encore à la maternité. Il montre une photo du bébé à "
        "tout le monde, même au vigile.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme : un monsieur veut une attestation de droits pour son employeur. L'agent "
        "vérifie : « votre date de naissance ? » « [[DATE_NAISSANCE:vingt-neuf avril "
        "quatre-vingt-six]] » « votre adresse ? » « [[ADRESSE:26 boulevard Marc-Chagall, 93600 "
        "Aulnay-sous-Bois]] ». Identité vérifiée : [[PERSONNE:Sébastien Morel]]. Elle l'envoie sur "
        "son espace {{ameli}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez une assurée en arrêt depuis {{8 mois}}. Elle ouvre. Sur le frigo, un planning "
        "de garde des enfants avec le numéro de la nounou : « {{Tata}} [[PERSONNE:Fatim]] "
        "[[TELEPHONE:06 45 90 11 72]] ». L'agent note « présente » et c'est tout. L'assurée : Mme "
        "[[PERSONNE:Camara]], {{36 ans}}, {{3 enfants}}. Je ne sais pas pourquoi j'ai noté le numéro "
        "de la nounou 🤔.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Midi}} pile, l'agent de sécurité ferme la porte. Affiche : « Accueil sans RDV "
        "{{8h30-12h00}} / sur RDV {{13h30-16h30}} ». Un monsieur arrive à {{12h01}}, tape à la "
        "vitre. Mme [[PERSONNE:Vasseur]], la responsable, vient lui ouvrir « pour cette fois ». Il "
        "s'appelle [[PERSONNE:Jacky]], un habitué, tout le monde le connaît.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent remplit un signalement pour usurpation : une dame reçoit des décomptes de soins "
        "qu'elle n'a jamais eus. Champ par champ :\n"
        "Victime : [[PERSONNE:BELHADJ Nour]]\n"
        "NIR : [[NIR:2 00 04 93 048 156 28]]\n"
        "Tél : [[TELEPHONE:06.17.83.20.59]]\n"
        "Actes contestés : {{kiné}}, {{12 séances}}, cabinet à {{Marseille}}\n"
        "Compte de versement inconnu : [[IBAN:FR76 4061 8802 6300 0401 2345 649]]\n"
        "Elle n'a jamais mis les pieds à Marseille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture de service, les deux agents assermentés débattent de la {{carte Vitale}} "
        "dématérialisée. [[PERSONNE:Stéphane]] trouve ça génial, [[PERSONNE:Mounir]] : « la moitié "
        "de nos assurés ont un tel à {{50 balles}} qui la supporte pas ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dernier de la matinée : un homme avec une lettre de la {{Cpam}} du {{Val-de-Marne}} (il a "
        "déménagé). Je recopie :\n"
        "N° de sécurité sociale : [[NIR:1 46 01 75 114 089 35]]\n"
        "Nom : [[PERSONNE:ZAJAC]]\n"
        "Prénom : [[PERSONNE:Henryk]]\n"
        "Adresse : [[ADRESSE:5 allée des Érables\n94000 Créteil]]\n"
        "Il a {{78 ans}}, né à {{Paris}}, parents polonais. Il veut transférer son dossier à "
        "{{Bobigny}}, l'agent dit que c'est automatique.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Urgences (service d'accueil des urgences, Centre hospitalier de Saint-Denis - Delafontaine)
# ---------------------------------------------------------------------------------------------
URGENCES = [
    (
        "urgences",
        "accueil_physique",
        "{{SAU}} {{Delafontaine}}, {{14h10}}. Poste IOA, l'infirmière ([[PERSONNE:Aurélie]]) saisit. "
        "Écran :\n"
        "Patient : [[PERSONNE:BAKAYOKO Ibrahim]]\n"
        "DDN : [[DATE_NAISSANCE:07/03/1993]]\n"
        "IPP : [[IDENTIFIANT:0092847361]]\n"
        "Motif : douleur thoracique\n"
        "Tri : 2\n"
        "Box : {{B4}}\n"
        "Il passe direct, pas de salle d'attente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences adultes : {{38 personnes}} à {{20h}}. Écran d'affichage : "
        "« temps d'attente estimé : {{4h}} ». Un monsieur dort allongé sur 3 chaises. Un agent de "
        "sécu fait des rondes toutes les {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau des entrées. L'agente, Mme [[PERSONNE:Jaouen]], crée le dossier avec la carte "
        "Vitale et la carte mutuelle :\n"
        "Nom usuel : [[PERSONNE:DOS SANTOS]]\n"
        "Nom de naissance : [[PERSONNE:FERREIRA]]\n"
        "Prénom : [[PERSONNE:Ana Paula]]\n"
        "Née le : [[DATE_NAISSANCE:22/09/1973]] à {{MARSEILLE 8E}}\n"
        "NIR : [[NIR:2 73 09 13 208 412 37]]\n"
        "Mutuelle : {{MGEN}}, n° adhérent [[IDENTIFIANT:MG0473215]]\n"
        "Personne à prévenir : [[PERSONNE:DOS SANTOS Carlos]] (époux) [[TELEPHONE:06 84 27 13 50]]",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'IOA sonne. Une fille cherche sa mère amenée par les pompiers : « ma mère, "
        "[[PERSONNE:VU Thi Lan]], elle est née en [[DATE_NAISSANCE:48]] ». L'IOA vérifie : elle est "
        "bien là, box {{C2}}. Elle ne dit rien de plus au téléphone, juste « venez, elle vous "
        "attend ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur très âgé arrive seul en taxi avec une lettre de son médecin. La lettre dit : "
        "« Cher confrère, je vous adresse M. [[PERSONNE:Abramovitch Léon]], {{89 ans}}, pour "
        "altération de l'état général… Dr [[PERSONNE:C. Morin]], {{Épinay-sur-Seine}} ». Il garde "
        "son chapeau sur les genoux tout le temps.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le bracelet d'identification sort de l'imprimante, je lis :\n"
        "[[PERSONNE:KHELIFI Rayan]]\n"
        "M – [[DATE_NAISSANCE:11/12/2003]] – IPP [[IDENTIFIANT:0093318452]]\n"
        "NIR sur la {{carte Vitale}} : [[NIR:1 03 12 93 008 077 77]]\n"
        "L'IOA vérifie à voix haute : « vous êtes bien [[PERSONNE:Rayan]], né le "
        "[[DATE_NAISSANCE:11 décembre 2003]] ? » Entorse de cheville au foot, il boite en "
        "souriant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'IOA affiche les derniers appels entrants, je recopie :\n"
        "{{13h41}} – [[TELEPHONE:06 62 70 19 45]]\n"
        "{{13h48}} – « {{SAMU 93}} »\n"
        "{{13h55}} – [[TELEPHONE:01 49 37 82 06]]\n"
        "{{14h02}} – numéro masqué\n"
        "{{11 appels}} en {{1h}}, surtout des familles. Elle dit que c'est le pire du poste : on ne "
        "peut pas raccrocher au nez, et on ne peut rien dire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ambulance dépose une résidente de l'{{EHPAD Les Jardins de Noisy}}. Fiche de liaison, "
        "je recopie :\n"
        "Résidente : [[PERSONNE:PAOLI Antoinette]]\n"
        "Née le : [[DATE_NAISSANCE:12/08/1929]]\n"
        "Chambre : {{114}}\n"
        "Médecin coordinateur : Dr [[PERSONNE:Haddad]]\n"
        "Traitement : « voir classeur » (!)\n"
        "Personne à prévenir : [[PERSONNE:PAOLI Jean-Luc]] (neveu) – [[TELEPHONE:04 95 21 38 60]]\n"
        "Pas de classeur. L'IOA appelle l'{{EHPAD}}, répondeur. Soupir. {{16h40}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de l'IOA, liste des patients en cours (je recopie 4 lignes) :\n"
        "Box | Patient | Âge | Motif | Attente\n"
        "{{A1}} | [[PERSONNE:MARTIN G.]] | {{71 a}} | dyspnée | {{0h20}}\n"
        "{{A3}} | [[PERSONNE:SAÏDI K.]] | {{34 a}} | plaie main | {{2h45}}\n"
        "{{B2}} | [[PERSONNE:LOUIS-JEUNE M.]] | {{45 a}} | céphalées | {{1h10}}\n"
        "{{C6}} | [[PERSONNE:ZHANG Y.]] | {{27 a}} | douleur abdo | {{3h05}}\n"
        "Le plus long attend depuis {{3h}}, c'est « normal » pour un tri 4.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux policiers amènent, vers {{15h30}}, un homme menotté pour un certificat de "
        "compatibilité avec la garde à vue. Ils passent devant tout le monde, une dame râle. L'IOA : "
        "« c'est la loi madame ». La réquisition posée sur le comptoir : « examen de M. "
        "[[PERSONNE:LEROUX Dylan]], né le [[DATE_NAISSANCE:04/06/2002]] – OPJ : Cdt "
        "[[PERSONNE:Morvan]], commissariat de {{Saint-Denis}} ». Les policiers l'appellent "
        "« [[PERSONNE:Dylan]] », ambiance bizarre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin de ville qui annonce une patiente : « je vous envoie Mme "
        "[[PERSONNE:RAHMOUNI Hayet]], {{52 ans}}, suspicion de phlébite, elle arrive en VSL ; son "
        "numéro si besoin [[TELEPHONE:07 82 15 64 30]] ». L'IOA note sur un post-it jaune collé à "
        "l'écran. Le médecin : Dr [[PERSONNE:Guedj]], maison de santé {{Pleyel}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panne informatique de {{30 min}}, mode dégradé ! L'agente des admissions remplit la fiche "
        "papier, je lis :\n"
        "NOM : [[PERSONNE:ETCHEVERRY]]\n"
        "Prénom : [[PERSONNE:Maite]]\n"
        "Née le : [[DATE_NAISSANCE:15 / 05 / 81]]\n"
        "Adresse : [[ADRESSE:6 rue Baudin, 93200 Saint-Denis]]\n"
        "Tél : [[TELEPHONE:06 56 31 08 24]]\n"
        "Mail : [[EMAIL:maite.etcheverry@sfr.fr]]\n"
        "N° provisoire : [[IDENTIFIANT:DEG-0014]]\n"
        "Quand le système revient il faudra tout ressaisir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Tri 5}} = réorientation possible vers la maison médicale de garde. Fiche remplie par "
        "l'IOA : « Patient : [[PERSONNE:BOUCHER Nathan]] – né en [[DATE_NAISSANCE:2005]] – angine – "
        "orienté {{MMG}}, à {{200 m}} ». Il refuse, il préfère attendre {{5h}} ici « parce qu'ici c'est "
        "gratuit ». (Là-bas aussi, avec la {{carte Vitale}}.)",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir s'il doit venir pour une coupure au doigt. L'IOA n'a pas le "
        "droit de faire du conseil médical au téléphone, elle lui dit d'appeler le {{15}}. Lui : "
        "« mais le 15 ça répond pas ». Elle : « alors venez ». {{40 sec}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste, l'IOA recopie son passeport sur le dossier :\n"
        "Surname : [[PERSONNE:JOHANSSON]]\n"
        "Given names : [[PERSONNE:Erik Anders]]\n"
        "Date of birth : [[DATE_NAISSANCE:03 JUL 1979]]\n"
        "Passport No : [[IDENTIFIANT:91847263]]\n"
        "Nationality : {{SWE}}\n"
        "Tombé dans les escaliers du {{Stade de France}} après le concert de {{Coldplay}} 🎸. Sa "
        "compagne traduit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mineure non accompagnée, {{15 ans}}, elle ne donne qu'un prénom : « [[PERSONNE:Bintou]] ». "
        "Pas de papiers. L'IOA la crée sous « [[PERSONNE:BINTOU]] X », date de naissance "
        "[[DATE_NAISSANCE:01/01/2009]] par convention. Elle est accompagnée par une éducatrice de "
        "l'{{ASE}}, [[PERSONNE:Mélanie]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un {{EHPAD}}, l'infirmière dicte pour préparer l'arrivée : « c'est Mme "
        "[[PERSONNE:Bertrand]], [[PERSONNE:Yvonne]], née le [[DATE_NAISSANCE:2 février 1931]], "
        "sécu [[NIR:2 31 02 75 115 207 06]], sous {{Kardégic}} et {{Lasilix}} ». Elle arrive avec le "
        "{{SAMU}}. EHPAD : {{Arpavie Le Clos Fleuri}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le chef de service passe, regarde le tableau des lits d'aval : zéro lit en médecine. "
        "« Encore une nuit sur brancard pour au moins {{6}} ». Les brancards du couloir sont "
        "numérotés au feutre : {{B1}} à {{B9}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran « Patients présents » filtré sur l'{{UHCD}} :\n"
        "• [[PERSONNE:AMMAR Nabil]] – né en [[DATE_NAISSANCE:1979]] – fracture poignet – att. bloc\n"
        "• [[PERSONNE:HUET Sandrine]] – née en [[DATE_NAISSANCE:1966]] – entorse genou – sortie "
        "prévue\n"
        "• [[PERSONNE:OUATTARA Salif]] – né en [[DATE_NAISSANCE:2001]] – luxation épaule – réduite ✅\n"
        "L'interne, Dr [[PERSONNE:Hugo Lemaire]], a {{28 ans}} et l'air d'en avoir 19.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle, très inquiet, pour son père [[PERSONNE:Moshe Azoulay]] qui devait être "
        "transféré en cardio. L'infirmière lui demande la date de naissance avant tout : "
        "« [[DATE_NAISSANCE:12 12 1944]] ». Ok. « Il est monté en cardio à {{15h}}, appelez le "
        "service ». Elle donne le numéro du service : {{01 48 02 63 47}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme arrive avec son bébé de {{4 mois}} qui a de la fièvre. Mauvaise porte : les "
        "urgences pédiatriques sont de l'autre côté, {{bâtiment B}}. L'agent d'accueil l'accompagne "
        "à pied jusqu'à la porte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente des admissions scanne l'attestation {{C2S}} présentée :\n"
        "Bénéficiaire : [[PERSONNE:N'GUESSAN Affoué Rosine]]\n"
        "N° : [[NIR:2 85 06 99 326 041 21]]\n"
        "Valable du {{01/09/2023}} au {{31/08/2024}}\n"
        "Organisme : {{Cpam 93}}\n"
        "Donc pas d'avance de frais. L'agente est contente : « ça c'est un dossier facile ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un SDF habitué, que tout le monde appelle « [[PERSONNE:Papy Jo]] », arrive pour dormir au "
        "chaud. L'IOA tape son nom : « [[PERSONNE:JOSEPH Robert]] – {{52 passages}} en {{2023}} ». "
        "Elle lui donne un plateau-repas. L'assistante sociale des urgences, [[PERSONNE:Céline]], "
        "passe le voir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la police : un blessé d'un accident de la route est-il arrivé ? Véhicule "
        "impliqué : [[IMMATRICULATION:GL-905-PF]]. L'IOA lit l'écran : « oui, "
        "[[PERSONNE:TOURÉ Abdoulaye]], arrivé à {{13h52}}, box {{A2}} ». Le policier donne son "
        "matricule RIO, [[IDENTIFIANT:2087415]], elle le note et demande une réquisition écrite "
        "avant d'en dire plus.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche scotchée sur le distributeur : « HORS SERVICE – adressez-vous à l'accueil ». Les "
        "gens demandent de l'eau, l'agente a une pile de gobelets. Écran de la salle : « Temps "
        "d'attente estimé : {{2 h}} – Patients en attente : {{17}} ». « Plutôt calme » selon elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Compte-rendu de passage imprimé, oublié sur le comptoir :\n"
        "{{CENTRE HOSPITALIER DE SAINT-DENIS}} – {{Service des Urgences}}\n"
        "Patient(e) : [[PERSONNE:LAMBERT Océane]] née le [[DATE_NAISSANCE:27/06/2000]]\n"
        "N° de passage : [[IDENTIFIANT:24U018462]]\n"
        "Médecin : Dr [[PERSONNE:Benaïssa]]\n"
        "Diagnostic : entorse bénigne cheville G – arrêt {{3 jours}}\n"
        "Elle est partie sans le prendre, l'agent le glisse dans une enveloppe à son nom.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'association {{Migrations Santé}} : un bénévole accompagne un jeune afghan, "
        "[[PERSONNE:Ahmad Zia]], qui a mal au ventre depuis {{3 jours}}. Il demande si un interprète "
        "en dari est dispo. L'IOA : « on a l'interprétariat par téléphone, venez ». Le jeune dit "
        "avoir {{17 ans}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle : son mari, [[PERSONNE:Gilles]], a été amené hier soir sans son traitement. "
        "Elle lit l'étiquette de la pharmacie sur la boîte : « {{Eliquis}} {{5 mg}} – M. "
        "[[PERSONNE:FONTAINE Gilles]] – Dr [[PERSONNE:Nakache]] ». L'IOA : « passez à l'accueil, "
        "demandez l'infirmière du secteur C ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sur l'écran des admissions, fiche « Personne de confiance / à prévenir » :\n"
        "Personne de confiance : [[PERSONNE:BENARD Lucie]] (fille)\n"
        "Tél : [[TELEPHONE:+33 7 61 40 29 83]]\n"
        "Mail : [[EMAIL:lucie.benard@free.fr]]\n"
        "Personne à prévenir : idem\n"
        "Le patient, M. [[PERSONNE:Benard]], {{83 ans}}, répète « appelez pas ma fille, elle va "
        "s'inquiéter ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Calme plat au téléphone entre {{14h}} et {{15h}}. L'IOA en profite pour refaire le stock de "
        "bracelets et de fiches. « Ça ne durera pas. » {{15h03}} : ça sonne.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent de la {{PASS}} descend aux urgences pour un patient sans droits. Sa fiche sur "
        "tablette :\n"
        "Nom : [[PERSONNE:RASHID]]\n"
        "Prénom : [[PERSONNE:Mohammad Ali]]\n"
        "DDN déclarée : [[DATE_NAISSANCE:01/01/1990]]\n"
        "Nationalité : pakistanaise\n"
        "Hébergement : {{115}}, hôtel {{Première Classe}} {{Saint-Ouen}}, {{chambre 214}}\n"
        "Récépissé demande d'asile : [[IDENTIFIANT:9305124867]]\n"
        "Il repart avec un RDV PASS {{jeudi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une agente d'accueil, [[PERSONNE:Sonia]], {{27 ans}} de maison, connaît les familles du "
        "{{Franc-Moisin}} par leur prénom. « Ici c'est le médecin de famille de la moitié de la "
        "ville. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient rappelle pour son résultat de prise de sang. La médecin, Dr "
        "[[PERSONNE:Anissa Cherifi]], prend l'appel et vérifie l'identité. Lui : « [[PERSONNE:Loïc "
        "Tanguy]], [[DATE_NAISSANCE:14 août 1995]] ». Elle lui dit de revenir, pas de résultat par "
        "téléphone. Il râle : « j'habite à {{Stains}} quand même ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau de bord affiché en salle de pause, je recopie :\n"
        "Passages 2023 : {{47 312}}\n"
        "Moyenne / jour : {{130}}\n"
        "Durée moyenne de passage : {{6h12}}\n"
        "Hospitalisations après passage : {{21 %}}\n"
        "Ce soir : {{1 médecin}} senior + {{2 internes}} pour tout le secteur adulte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune homme amené par ses potes après un accident de scooter. L'IOA note « deux-roues, "
        "casque oui ». Un pote montre la carte grise du scooter pour l'assurance : "
        "« [[IMMATRICULATION:FZ-704-BN]] », au nom de [[PERSONNE:Yanis Meziane]]. Le blessé, c'est "
        "[[PERSONNE:Ilyes]], {{16 ans}} ; on appelle sa mère.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une mère : son fils [[PERSONNE:Enzo]] a été amené par les pompiers après une "
        "bagarre au lycée {{Paul-Éluard}}. Elle vient en voiture et donne sa plaque pour la barrière "
        "du parking : « [[IMMATRICULATION:752 bfx 93]] ». L'IOA : parking visiteurs, {{2 €}} de "
        "l'heure. Elle : « c'est une blague ? ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente des admissions reçoit un fax (!) d'une clinique pour un transfert. En-tête : "
        "« {{Clinique de l'Estrée}} – {{Stains}} – Transfert de M. [[PERSONNE:Gheorghe Radu]], né "
        "le [[DATE_NAISSANCE:30.09.1967]], IPP clinique [[IDENTIFIANT:CE-558231]] ». Le fax est à "
        "moitié illisible, elle rappelle pour le faire renvoyer.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour se plaindre que sa femme attend depuis {{3h}}. Il insulte l'IOA "
        "(« incompétente »). Elle ne répond pas, raccroche poliment au bout de {{2 min}}. Après : "
        "« c'est pas contre moi, c'est contre l'attente ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle depuis {{Alger}} : son père a été hospitalisé pendant un séjour chez sa "
        "sœur. Il donne nom et passeport pour qu'on le retrouve : « [[PERSONNE:HAMIDI Belkacem]], "
        "passeport [[IDENTIFIANT:198452731]] ». L'IOA ne peut pas confirmer par tél. Il laisse son "
        "numéro algérien : [[TELEPHONE:+213 661 48 27 39]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc de l'{{UHCD}} à moitié effacé, je lis encore : « Lit 3 : [[PERSONNE:FAURE]] "
        "({{92 a}}) – attente {{EHPAD}} / Lit 5 : [[PERSONNE:Ouali]] – sortie {{18h}} / Lit 6 : "
        "[[PERSONNE:Jean-Pierre]] ?? – pas de nom de famille ». L'infirmière efface le reste en me "
        "voyant lire 😬 : « secret médical ! ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# CCAS (Pantin, Aubervilliers, Drancy, Les Lilas…)
# ---------------------------------------------------------------------------------------------
CCAS = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Pantin}}, {{9h}}. Domiciliation : {{212 personnes}} domiciliées ici. L'agente "
        "distribue le courrier à une file de 8, chacun montre sa carte. Un monsieur, "
        "[[PERSONNE:Vasile]], a un recommandé de la {{préfecture}}, il le regarde sans l'ouvrir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide facultative (secours d'urgence). Le formulaire :\n"
        "Demandeur : [[PERSONNE:MENDY Rose]]\n"
        "Née le : [[DATE_NAISSANCE:08/02/1977]]\n"
        "Adresse : [[ADRESSE:11 rue Édouard-Vaillant, 93300 Aubervilliers]]\n"
        "N° allocataire {{Caf}} : [[N_ALLOCATAIRE:2518390]]\n"
        "Motif : facture {{EDF}} impayée, réf. client [[IDENTIFIANT:6 012 845 793]]\n"
        "Montant demandé : {{290 €}}\n"
        "RIB : [[IBAN:FR33 3000 2005 5000 0015 7841 Z25]]\n"
        "L'agente dit que la commission passe {{mardi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} : appels surtout pour la {{carte Améthyste}} (transports des seniors) et le "
        "colis de {{Noël}} des anciens. L'agent répond {{25 fois}} la même chose en une heure. Il a "
        "la réponse type scotchée sous l'écran.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'évaluatrice du {{CCAS}} ([[PERSONNE:Fabienne]]) pour une demande de "
        "téléassistance. Mme [[PERSONNE:Grimaud]], {{88 ans}}, seule, "
        "[[ADRESSE:14 avenue de la Division-Leclerc, 93700 Drancy]], {{3e}} sans ascenseur. Tombée "
        "{{2 fois}} ce mois. Sa fille [[PERSONNE:Christine]] habite à {{Nevers}}, numéro sur le "
        "frigo : [[TELEPHONE:03 86 57 21 44]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une étudiante, [[PERSONNE:Anaïs]], vient pour l'épicerie solidaire. L'agent calcule son "
        "« reste à vivre » : {{4,20 €}} par jour. Accès accordé {{3 mois}}. Elle est gênée, regarde "
        "ses pieds.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide au paiement du loyer : le {{CCAS}} paye directement le bailleur. L'agente demande le RIB "
        "du propriétaire, un particulier, M. [[PERSONNE:Akhtar]] : "
        "[[IBAN:FR76 3000 4028 4300 0112 2334 418]]. La locataire, Mme [[PERSONNE:Da Silva]], pleure "
        "de soulagement.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La mairie transfère un appel : une voisine signale qu'un vieux monsieur, M. "
        "[[PERSONNE:Lemoine]], [[ADRESSE:3 square Henri-Barbusse]] à {{Pierrefitte}}, n'a pas ouvert "
        "ses volets depuis {{3 jours}} et que sa voiture ([[IMMATRICULATION:3318 WK 93]]) n'a pas "
        "bougé. L'agent appelle la police municipale tout de suite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Présentoir de flyers dans le hall : {{Restos du Cœur}}, {{Secours populaire}}, {{Banque "
        "alimentaire}}, {{Point Justice}}. L'agent dit que le {{chèque énergie}} arrive en "
        "{{avril}} et que tout le monde le demande déjà.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet en voiture de la mairie avec l'évaluatrice. Elle dit que la moitié de ses visites "
        "c'est des logements insalubres. {{35 visites}} par mois à elle seule. Radio {{FIP}} à fond.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune de {{24 ans}} au {{RSA}}, suivi par le {{CCAS}} (référent : [[PERSONNE:Omar Chikhi]]). "
        "Point d'étape : identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:6045512R]], inscrit "
        "depuis {{juin}}, aucune offre. Le référent l'inscrit à une formation {{CACES}}. Le jeune, "
        "[[PERSONNE:Bilal]], sourit pour la 1re fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de secteur appelle pour un dossier {{FSL}} commun, elle dicte : "
        "« famille [[PERSONNE:Mukendi]], allocataire [[N_ALLOCATAIRE:3 826 047]], {{5 enfants}}, "
        "dette de loyer {{3 412 €}} chez {{Plaine Commune Habitat}} ». Elle laisse son mail pour "
        "les pièces : [[EMAIL:s.roussel@seine-saint-denis.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence écrivain public au {{CCAS}}, {{mardi matin}}. Un bénévole retraité aide à écrire une "
        "lettre à {{Engie}}. File de {{6}}. Il écrit tout au stylo plume 🖋️, c'est beau.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour un dossier {{APA}}. L'évaluatrice remplit la grille {{AGGIR}} sur "
        "tablette, je recopie l'en-tête :\n"
        "Bénéficiaire : [[PERSONNE:PERRIN Odette]]\n"
        "Née le : [[DATE_NAISSANCE:17/07/1936]]\n"
        "Adresse : [[ADRESSE:Résidence Les Glycines, app. 12, 7 rue Pasteur, 93260 Les Lilas]]\n"
        "Aidant : [[PERSONNE:PERRIN Alain]] (fils) – [[TELEPHONE:06 38 71 52 04]]\n"
        "GIR estimé : {{4}}\n"
        "[[PERSONNE:Odette]] veut rester chez elle « jusqu'au bout ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Sortie avec le travailleur social du {{CCAS}}, signalement d'un voisin : un monsieur dort dans "
        "sa voiture, une {{Peugeot 307}} grise immatriculée [[IMMATRICULATION:BQ-381-HW]], garée le "
        "long du {{canal de l'Ourcq}}. Il s'appelle [[PERSONNE:Franck Delmas]], ancien chauffeur "
        "routier, {{54 ans}}. On lui propose une domiciliation, il accepte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{11h}} : réunion d'équipe, le téléphone bascule sur répondeur. Message : « Le {{CCAS}} est "
        "joignable de {{9h}} à {{12h}} et de {{14h}} à {{17h}} ». L'agente dit que certains "
        "rappellent {{40 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée avec la coordinatrice du portage de repas. Chez Mme [[PERSONNE:Alvarez]], {{86 ans}}, "
        "la facture du mois : {{84,50 €}}, payée en liquide. Reçu fait à la main : « reçu de Mme "
        "[[PERSONNE:Alvarez]] la somme de… ». Elle compte ses pièces une par une, personne ne "
        "s'énerve.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Romainville}}, famille [[PERSONNE:Bangoura]], {{4 enfants}} dans un {{T2}}. "
        "L'assistante sociale du {{CCAS}} ([[PERSONNE:Josiane Hoarau]]) monte le dossier {{DALO}}. Numéro "
        "unique de demande de logement social : [[IDENTIFIANT:093 0423 1178 52]]. Moisissures dans "
        "la chambre des enfants, elle prend des photos.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide à l'énergie : la dame montre sa facture {{TotalEnergies}}, je note l'en-tête :\n"
        "Titulaire du contrat : Mme [[PERSONNE:HAMMOUDI Saliha]]\n"
        "Réf. client : [[IDENTIFIANT:1 402 887 516]]\n"
        "PDL : [[IDENTIFIANT:21493628007541]]\n"
        "Adresse de consommation : [[ADRESSE:2 allée Maurice-Ravel, 93150 Le Blanc-Mesnil]]\n"
        "Prélèvement sur : [[IBAN:FR76 3000 3042 6000 0503 9621 877]] (rejeté)\n"
        "Montant : {{412,18 €}} avant le {{15/03}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour sa mère, {{91 ans}}, qui « perd la tête ». Il veut « la mettre en "
        "maison ». L'agent explique l'aide sociale à l'hébergement, propose un RDV. Il s'appelle "
        "[[PERSONNE:Didier Vallée]] et dicte son numéro : « [[TELEPHONE:zéro six, quatorze, "
        "soixante-huit, zéro deux, trente-cinq]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Pause entre deux appels : l'agente du standard a une boîte de dattes sur le bureau "
        "(ramadan). Elle dit que les appels baissent après {{17h}} en ce moment. À {{Noël}} c'est des "
        "chocolats.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : la dame est à l'hôpital, la voisine nous l'apprend sur le palier. "
        "L'évaluatrice rappellera dans {{15 jours}}. {{40 min}} de trajet pour rien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence juridique gratuite. Une femme, [[PERSONNE:Nadège]], vient pour une pension "
        "alimentaire jamais versée. L'avocate bénévole, Me [[PERSONNE:Kessler]], lui explique le "
        "recouvrement par la {{Caf}} ({{ARIPA}}). RG du jugement : [[IDENTIFIANT:21/03317]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un bailleur ({{Emmaüs Habitat}}) appelle pour une locataire en dette : « Mme "
        "[[PERSONNE:Benchikh]], réf. locataire [[IDENTIFIANT:LOC-0045821]], [[ADRESSE:bât. D, 19 "
        "avenue Anatole-France, 93700 Drancy]] ». L'agent ne confirme même pas qu'elle est suivie. "
        "« Secret professionnel monsieur. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient renouveler sa carte {{Améthyste}}. L'agente vérifie l'avis d'imposition : "
        "revenu fiscal {{11 200 €}}, c'est bon. La photo d'identité est trop vieille : « vous aviez "
        "{{50 ans}} là-dessus ! » Fou rire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Kaminski]] pour une aide ménagère. Appartement très rangé, photos "
        "de {{Lech Wałęsa}} et du pape au mur. Il a {{81 ans}}, ancien mineur à {{Lens}}, arrivé en "
        "région parisienne en {{1975}}. Il demande {{2h}} par semaine.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente consulte le dossier {{Caf}} de la dame sur {{CDAP}} (l'outil partenaires), je vois :\n"
        "Allocataire : [[PERSONNE:SYLLA Hawa]]\n"
        "N° : [[N_ALLOCATAIRE:4739261]]\n"
        "QF : {{312}}\n"
        "Droits : {{RSA}} {{485,50 €}}, {{AF}}, {{APL}} {{398 €}}\n"
        "Avec ça elle calcule le tarif cantine : {{0,60 €}} le repas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La directrice de l'école {{Jules-Ferry}} appelle : une famille dort dans une voiture devant "
        "l'école, plaque [[IMMATRICULATION:CX 512 LP]]. La maman s'appelle [[PERSONNE:Naomi]], les "
        "enfants sont en {{CP}} et {{CE2}}. L'agent déclenche le {{115}} et le travailleur social de "
        "permanence.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur demande un « bon alimentaire », avec un papier du {{Secours catholique}} qui "
        "l'oriente. L'agente : « les bons c'est le mercredi ». On est {{jeudi}}. Elle en fait un "
        "quand même, {{30 €}} chez {{Lidl}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle depuis la {{Martinique}} pour son frère qui vit à {{Bobigny}}, plus de "
        "nouvelles. Elle donne le nom, [[PERSONNE:Rodolphe Jean-Louis]], et l'adresse : "
        "[[ADRESSE:48 rue de l'Union, 93000 Bobigny]]. L'agent promet de faire passer la police "
        "municipale. Elle : « merci, merci, mon Dieu ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Atelier numérique : {{6 seniors}} devant {{6 tablettes}}. La bénévole apprend à créer une "
        "adresse mail. Une dame choisit [[EMAIL:mamie.josette93@gmail.com]] 😄. Elle s'appelle "
        "[[PERSONNE:Josette]], évidemment.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide pour des obsèques. La famille apporte l'acte de décès : M. [[PERSONNE:NZUZI Makiese]], "
        "né le [[DATE_NAISSANCE:04/10/1952]] à {{Kinshasa}}, décédé le {{27/02/2024}} à "
        "{{Avicenne}}. Les obsèques coûtent {{3 900 €}}, le {{CCAS}} peut aider jusqu'à {{1 200 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame veut inscrire son père au repas des anciens. L'agent note : « nom ? — "
        "[[PERSONNE:Ribeiro]]. — prénom ? — [[PERSONNE:Joaquim]]. — né le ? — "
        "[[DATE_NAISSANCE:8 mars 40]] ». Il a donc {{84 ans}}. Inscrit, table {{12}}.",
    ),
]

# ---------------------------------------------------------------------------------------------
# CHRS / 115 (115 de la Seine-Saint-Denis, CHRS d'Aubervilliers, logements diffus)
# ---------------------------------------------------------------------------------------------
CHRS = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{93}}, {{21h}}. Écoutante : [[PERSONNE:Mariam]]. Appel : une femme avec "
        "{{2 enfants}} à la gare de {{Saint-Denis}}. Saisie dans le logiciel : nom "
        "[[PERSONNE:KAMARA]], prénom [[PERSONNE:Fatoumata]], née le [[DATE_NAISSANCE:12/03/1995]], "
        "enfants nés en [[DATE_NAISSANCE:2019]] et [[DATE_NAISSANCE:2022]]. Pas de place ce soir. "
        "« Rappelez à {{23h}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Le Relais}} à {{Aubervilliers}}, {{58 places}}. Le veilleur de nuit fait les "
        "transmissions au cahier : « nuit calme, {{chambre 14}} ([[PERSONNE:Okoye]]) pas rentrée ». "
        "L'éduc du matin lit et hoche la tête.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social de la {{PASS}} appelle le {{115}} pour une mise à l'abri. Il donne la "
        "réf {{SIAO}} : [[IDENTIFIANT:SIAO93-2024-07731]], M. [[PERSONNE:Hussein Abdi]], {{34 ans}}, "
        "sortie d'hôpital ce soir. L'écoutante trouve une place à l'hôtel : {{Ibis Budget}} "
        "{{Bobigny}}, {{chambre 8}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}}. Une résidente, [[PERSONNE:Sandrine]], vient chercher son courrier. L'agent "
        "lui tend une lettre de la {{Caf}} et une du tribunal. Elle ouvre celle du tribunal devant "
        "nous : audience {{JAF}}, RG [[IDENTIFIANT:23/08841]]. Elle respire fort.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus avec l'éducatrice ([[PERSONNE:Laure]]) : "
        "[[ADRESSE:22 rue Danton, appt 31, 93310 Le Pré-Saint-Gervais]]. Le résident, "
        "[[PERSONNE:Karamba]], {{29 ans}}, nous montre son frigo plein, fier. Il bosse chez "
        "{{Chronopost}} la nuit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du soir avec l'équipe mobile du {{CHRS}} : {{14 personnes}} rencontrées sous le pont de "
        "l'{{A86}}, soupe et café. L'éduc connaît presque tout le monde par son prénom. Il fait "
        "{{2°}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée d'une nouvelle résidente. Fiche d'admission papier, je recopie :\n"
        "Nom : [[PERSONNE:ABEBE]]\n"
        "Prénom : [[PERSONNE:Tigist]]\n"
        "Date de naissance : [[DATE_NAISSANCE:1988]] (déclarée)\n"
        "Nationalité : éthiopienne\n"
        "N° AGDREF : [[IDENTIFIANT:7503982164]]\n"
        "Orientée par : {{SIAO 93}}\n"
        "Chambre : {{27}}\n"
        "Elle n'a qu'un sac plastique. L'éducatrice lui donne un kit hygiène.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un homme âgé expulsé aujourd'hui. Il s'appelle [[PERSONNE:Roger "
        "Lefranc]], né en [[DATE_NAISSANCE:1949]], il appelle avec le portable de sa voisine : "
        "[[TELEPHONE:06 29 13 75 48]]. L'écoutante le rappellera dès qu'une place se libère.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel avec la travailleuse sociale : famille [[PERSONNE:Tshibangu]], hôtel "
        "{{Formule 1}} de {{Noisy-le-Grand}}, {{chambre 109}}. {{5 personnes}} dans {{12 m²}}. "
        "Réchaud interdit mais il y en a un. Sur le parking, leur voiture, plaque italienne "
        "[[IMMATRICULATION:FG 482 LR]], pleine de sacs. La TS fait semblant de ne pas voir le "
        "réchaud.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a un jardin partagé. Un résident, [[PERSONNE:Moussa]], arrose les tomates. « Ici on "
        "m'appelle le jardinier. » Le directeur, M. [[PERSONNE:Bretonneau]], confirme en riant.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant ([[PERSONNE:Jérôme]]) prend l'appel d'une femme victime de violences. Elle "
        "chuchote. Il lui demande où elle est : « [[ADRESSE:7 rue des Écoles, 93380 "
        "Pierrefitte-sur-Seine]] ». Il lui dit de faire le {{17}} si danger immédiat et lui donne le "
        "{{3919}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}} : {{45 couverts}}. Au menu : couscous. Une résidente me dit que c'est "
        "le meilleur jour de la semaine. Le cuisinier, [[PERSONNE:Mamadou]], est un ancien "
        "résident.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écran de l'écoutante (logiciel {{SI-SIAO}}) pour une famille :\n"
        "Réf. demande : [[IDENTIFIANT:D-93-00418725]]\n"
        "Chef de famille : [[PERSONNE:GHEBREMEDHIN Yonas]]\n"
        "Conjointe : [[PERSONNE:TEKLE Saba]]\n"
        "Enfants : 1 (né en [[DATE_NAISSANCE:2023]])\n"
        "Tél : [[TELEPHONE:07 53 82 09 16]]\n"
        "Mail : [[EMAIL:saba.tekle [at] yahoo [point] fr]]\n"
        "Dernière nuitée : hôtel {{Balladins}}, {{Villepinte}}\n"
        "Statut : en attente de place {{CHRS}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'un monsieur en fauteuil roulant orienté par l'hôpital. Le {{CHRS}} n'a qu'{{1 chambre}} "
        "accessible, occupée. L'agente appelle le {{SIAO}} : « on ne peut pas, on ne peut pas ». Il "
        "attend dans le hall {{2h}}. Finalement un autre centre à {{Montreuil}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de fin de prise en charge au logement passerelle de M. [[PERSONNE:Benyahia]], "
        "[[ADRESSE:5 place de la Fraternité, 93220 Gagny]]. Il part en logement social la semaine "
        "prochaine, bail {{Seine-Saint-Denis Habitat}}. État des lieux OK sauf une vitre fêlée. "
        "L'éducateur note son RIB pour lui rendre la caution : "
        "[[IBAN:FR76 1027 8061 5300 0621 9084 595]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} : un jeune de {{19 ans}}, mis dehors par ses parents, [[PERSONNE:Kenzo]]. "
        "Il donne son {{Insta}} pour qu'on le recontacte « parce que j'ai plus de forfait » : "
        "[[IDENTIFIANT:@kenz.o_93]]. L'écoutante ne peut pas, elle lui donne l'adresse de l'accueil "
        "de jour de la gare.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dans le bureau des éducs, tableau des résidents (vu en entrant) :\n"
        "Ch. | Nom | Entrée | Référent\n"
        "3 | [[PERSONNE:DIABY]] | {{12/09}} | [[PERSONNE:Laure]]\n"
        "4 | [[PERSONNE:PETROV]] | {{03/01}} | [[PERSONNE:Marc]]\n"
        "7 | [[PERSONNE:BOUAZZA]] | {{28/11}} | [[PERSONNE:Laure]]\n"
        "L'éduc ferme la porte en me voyant regarder.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Coupure du réseau au {{115}}, {{20 minutes}}. Les écoutants attendent, bras croisés. Quand "
        "ça revient, {{63 appels}} en attente.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une bénévole du {{Secours populaire}} dépose des vêtements. Le gardien, [[PERSONNE:Aziz]], "
        "trie avec elle. Une résidente prend un manteau rose et le met tout de suite : « Je "
        "ressemble à {{Beyoncé}} ou pas ? » Tout le monde rit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un policier appelle le {{115}} : dame âgée désorientée à la gare RER de {{Drancy}}. Elle dit "
        "s'appeler [[PERSONNE:Germaine]], « peut-être [[PERSONNE:Germaine Petit]] ». Pas de papiers. "
        "L'écoutante : « amenez-la aux urgences ». Le policier laisse le numéro du commissariat, "
        "{{01 41 60 82 00}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement en intermédiation locative ({{Solibail}}). La locataire, "
        "[[PERSONNE:Awa Cissé]], [[ADRESSE:31 avenue Henri-Barbusse, 93140 Bondy]]. Son fils "
        "[[PERSONNE:Issa]], {{8 ans}}, nous montre ses dessins. Loyer résiduel {{96 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Piotr]], rentre ivre à {{14h}}. Règlement : pas d'alcool. L'agent "
        "d'accueil lui parle doucement, l'accompagne à sa chambre. Pas de sanction aujourd'hui, « on "
        "verra demain avec lui ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit par mail une fiche de la {{PMI}}. L'écoutante lit : « Mme "
        "[[PERSONNE:ROSTAMI Leyla]], enceinte de {{7 mois}}, née le [[DATE_NAISSANCE:1998-06-14]], "
        "hébergée chez un tiers, [[ADRESSE:9 rue Paul-Bert, 93100 Montreuil]], doit partir "
        "{{vendredi}}. Contact : [[EMAIL:leyla.rostami98@outlook.fr]] ». Priorité maternité.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée sécurité dans les studios diffus avec le technicien : détecteurs de fumée testés "
        "dans {{9 logements}}, 2 sans pile. Personne n'est là, on entre avec le passe, l'éduc laisse "
        "un mot dans chaque logement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme appelle le {{115}} pour la {{5e fois}} de la journée. L'écoutante le reconnaît à la "
        "voix : « bonsoir monsieur [[PERSONNE:Laval]] ». Toujours pas de place. Il dit « merci quand "
        "même » et raccroche.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Retour de visite en diffus. L'éduc fait la route en {{RER E}}. Elle a {{18 ménages}} à "
        "suivre sur {{6 communes}}. « Je passe ma vie dans les transports. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice aide un résident à s'actualiser sur l'appli {{France Travail}}. Il tape son "
        "identifiant : [[ID_FRANCE_TRAVAIL:5127734 Z]], « mot de passe oublié ». Il s'appelle "
        "[[PERSONNE:Aboubacar]], {{23 ans}}. Le code arrive par SMS sur le tel de l'éduc (!).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel {{115}} d'une femme qui vit dans sa voiture avec sa fille depuis {{3 semaines}}. Elle "
        "donne sa plaque pour que la maraude la trouve : « [[IMMATRICULATION:EL-229-VR]], une "
        "{{Twingo}} bleue, sur le parking du {{Leclerc}} de {{Stains}} ». Elle s'appelle "
        "[[PERSONNE:Virginie]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident d'origine kurde, [[PERSONNE:Serhat]], aide l'agente d'accueil à traduire pour un "
        "nouvel arrivant. Il refuse qu'on le remercie. {{15 min}} de discussion en kurmandji.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une ancienne résidente relogée depuis {{6 mois}} : Mme "
        "[[PERSONNE:Benmoussa Nora]], [[ADRESSE:12 allée Camille-Claudel, 93420 Villepinte]]. Elle "
        "nous montre sa boîte aux lettres avec son nom dessus, « c'est la première fois de ma vie ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une assistante sociale d'{{Avicenne}} appelle le {{115}} pour un patient sortant, M. "
        "[[PERSONNE:Ionuț Stan]], référence {{SIAO}} [[IDENTIFIANT:SIAO-2024-93-015502]]. Il sort demain "
        "{{10h}}, il lui faut une place avec soins ({{LHSS}}).",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} pour femmes. Une femme arrive avec un bleu sur la joue, accompagnée par une "
        "intervenante de {{SOS Femmes 93}}. L'agente ne pose aucune question, l'emmène directement "
        "dans le petit salon. Nom donné : « [[PERSONNE:Sarah]] », « pas de nom de famille pour "
        "l'instant ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante lit la fiche d'un appelant habituel :\n"
        "Nom : [[PERSONNE:MARCHAND]] Prénom : [[PERSONNE:Thierry]]\n"
        "DDN : [[DATE_NAISSANCE:23/05/1971]]\n"
        "Nb appels 30j : {{41}}\n"
        "Mises à l'abri 30j : 6\n"
        "Observations : « connu des maraudes, secteur {{Saint-Denis}} gare ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Anniversaire d'un résident, gâteau acheté par l'équipe. [[PERSONNE:Ahmed]] a {{60 ans}} "
        "aujourd'hui. Il dit qu'il n'a jamais eu de gâteau d'anniversaire. Les éducs chantent faux.",
    ),
]

# ---------------------------------------------------------------------------------------------
# France Travail (agences de Saint-Denis Pleyel et de Bobigny; plateforme 3949)
# ---------------------------------------------------------------------------------------------
FRANCE_TRAVAIL = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Saint-Denis}} {{Pleyel}}, {{8h45}}. Le matin, accueil sur RDV "
        "seulement. L'agent d'accueil ([[PERSONNE:Yohan]]) demande l'identifiant à chacun : "
        "« [[ID_FRANCE_TRAVAIL:4821907K]] » dit une dame en lisant son tel. Elle a RDV à {{9h15}} "
        "avec sa conseillère, Mme [[PERSONNE:Lacroix]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace numérique : {{8 postes}}, un service civique, [[PERSONNE:Lucie]]. Un monsieur de "
        "{{60 ans}} tape son CV avec un doigt. Elle l'aide sans jamais toucher la souris, « c'est "
        "vous qui faites ». Patience infinie.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un demandeur n'a pas reçu son paiement {{ARE}}. « Votre identifiant ? » "
        "« [[ID_FRANCE_TRAVAIL:sept, deux, zéro, quatre, un, huit, six, F]] ». Trouvé : "
        "[[PERSONNE:Grégory Tessier]]. L'agent lit l'IBAN enregistré, "
        "[[IBAN:FR76 3005 6001 4901 4900 1234 575]] : c'est bon. Le problème : actualisation faite "
        "le {{16}}, trop tard, paiement décalé. Il soupire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran du conseiller pendant l'entretien (je suis à côté) :\n"
        "DE : [[PERSONNE:BOUKHARI Hicham]]\n"
        "Identifiant : [[ID_FRANCE_TRAVAIL:6193028L]]\n"
        "Inscrit depuis : {{14/03/2023}}\n"
        "Métier recherché : {{ROME N4105}} – conducteur livreur\n"
        "Permis : oui, véhicule : oui\n"
        "Offre chez {{Geodis}} à {{Gonesse}}, avec parking : il donne sa plaque pour le badge, "
        "[[IMMATRICULATION:GB-573-LK]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune femme, [[PERSONNE:Chaïma]], {{22 ans}}, vient pour le {{CEJ}} (contrat "
        "d'engagement jeune). Son dossier est dans une pochette rose. La conseillère crée "
        "l'inscription, identifiant [[ID_FRANCE_TRAVAIL:8026413N]], explique les {{528 €}} par mois. "
        "[[PERSONNE:Chaïma]] : « c'est vraiment tous les mois ? ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Au {{3949}}, {{12 conseillers}} en ligne ce matin. Attente moyenne : {{9 min}}. L'écran "
        "mural affiche les appels en attente en rouge. À {{10h}} : {{34}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Attestation employeur apportée par un monsieur licencié :\n"
        "Employeur : {{SARL Boucherie Ben Amor}}, SIRET {{538 271 644 00014}}\n"
        "Salarié : [[PERSONNE:SAADI Karim]]\n"
        "N° sécurité sociale : [[NIR:1 86 04 93 005 129 91]]\n"
        "Date d'entrée : {{02/05/2017}} – Date de sortie : {{31/01/2024}}\n"
        "Motif : licenciement économique\n"
        "Il manque les salaires des {{12 derniers mois}}, l'agent lui dit de retourner voir "
        "l'employeur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « réussir son entretien » : {{9 participants}}. L'animatrice, "
        "[[PERSONNE:Hélène Caron]], fait des jeux de rôle. Un participant, [[PERSONNE:Jonathan]], "
        "joue le recruteur et imite son ancien patron. Fou rire général.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une conseillère rappelle une demandeuse qui a manqué son RDV. Écran : "
        "[[PERSONNE:NGUYEN Thi Hoa]], identifiant [[ID_FRANCE_TRAVAIL:3307514B]], tél "
        "[[TELEPHONE:01 43 85 29 17]], mail [[EMAIL:nguyenhoa.93@laposte.net]]. Répondeur, message "
        "laissé, mail envoyé. « Si elle répond pas dans {{15 jours}}, radiation. Je déteste ça. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur arrive avec une lettre de radiation, il crie un peu. L'agente d'accueil, Mme "
        "[[PERSONNE:Benali]], lui propose un RDV demain avec son conseiller. Il n'a jamais reçu la "
        "convocation : il a quitté {{Bondy}}, maintenant c'est [[ADRESSE:62 rue de Paris, 93130 "
        "Noisy-le-Sec]]. Elle corrige l'adresse et le mail ([[EMAIL:dbarry.93@gmail.com]]) sur le "
        "dossier [[ID_FRANCE_TRAVAIL:2638190W]] devant lui. M. [[PERSONNE:Djibril Barry]] se calme.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salon de recrutement dans l'agence : {{RATP}}, {{Keolis}}, {{Transdev}}. Plus de monde au "
        "stand RATP. {{140 CV}} déposés en {{2h}} selon l'organisatrice.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle pour déposer une offre : la {{Boulangerie des Coquelicots}} à "
        "{{Bagnolet}}. Le patron, M. [[PERSONNE:Vieira]], veut un apprenti. Il dicte son portable, "
        "[[TELEPHONE:06 95 02 37 61]], et le mail de la boutique, "
        "{{contact@boulangerie-coquelicots.fr}}. Offre créée : n° {{178QWTZ}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Convocation papier que la dame montre :\n"
        "« {{France Travail}} {{Bobigny}}\n"
        "Madame [[PERSONNE:KONÉ Mariam]]\n"
        "[[ADRESSE:Tour Renoir, appt 84, 10 avenue Salvador-Allende\n93000 Bobigny]]\n"
        "Identifiant : [[ID_FRANCE_TRAVAIL:2950631 H]]\n"
        "Vous êtes convoquée le {{20/03/2024}} à {{10h30}} »\n"
        "Elle vient le {{19}}. Un jour trop tôt. La conseillère la reçoit quand même.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle : un stage de {{3 semaines}} à l'étranger suspend-il ses droits ? La "
        "conseillère ne sait pas, met en attente {{4 min}}, demande à sa collègue, revient. Réponse : "
        "il faut le déclarer.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV « diagnostic » avec un réfugié syrien, ingénieur dans son pays. [[PERSONNE:Ghassan]], "
        "{{41 ans}}. Son diplôme n'est pas reconnu, la conseillère lui parle d'{{ENIC-NARIC}}. Il "
        "montre son titre de séjour, n° [[IDENTIFIANT:9307415082]], validité {{10 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Les conseillers ont {{350 à 400}} demandeurs chacun en portefeuille. L'un d'eux : « je ne "
        "connais pas la moitié de leurs visages ». Café dans des mugs {{Pôle emploi}} jamais changés.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Double écoute {{3949}}. L'agent lit l'historique des paiements à l'appelant :\n"
        "« Virement du {{05/02}} : {{1 038,40 €}} sur le compte "
        "[[IBAN:FR76 1751 5006 0008 4017 3629 546]] ». L'appelant : « non non c'est plus ce compte ! » "
        "Il dicte le nouveau, ouvert en {{Belgique}} : [[IBAN:BE98 0635 1849 0293]]. L'agent : « il faut "
        "le changer vous-même dans l'espace personnel ». Appelant : [[PERSONNE:Mickaël Duarte]], "
        "identifiant [[ID_FRANCE_TRAVAIL:0952318E]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune arrive avec sa mère, qui parle pour lui. [[PERSONNE:Samir]], {{18 ans}}, veut "
        "bosser dans la sécurité. Carte pro {{CNAPS}} : non. La conseillère propose une formation "
        "{{SSIAP 1}}, il hoche la tête, sa mère dit oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "CV imprimé que la conseillère corrige avec le demandeur :\n"
        "[[PERSONNE:Dimitri Volkov]]\n"
        "[[ADRESSE:8 rue Étienne-Dolet, 93170 Bagnolet]]\n"
        "[[TELEPHONE:07 49 21 60 38]] – [[EMAIL:dimitri.volkov.pro@gmail.com]]\n"
        "Né le [[DATE_NAISSANCE:09/01/1999]]\n"
        "Permis B – véhicule\n"
        "Expériences : {{Amazon}} ({{Saran}}), {{Uber Eats}}\n"
        "La conseillère barre la date de naissance : « ça ne se met plus ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle une entreprise du BTP pour un demandeur : « M. [[PERSONNE:Adama "
        "Keïta]], {{35 ans}}, {{CACES R482}}, dispo tout de suite, il a même sa camionnette, "
        "[[IMMATRICULATION:DK-062-RB]] ». Le chef de chantier veut le voir demain {{7h}} à "
        "{{Rosny}}. Elle rappelle [[PERSONNE:Adama]] : il saute de joie au téléphone 😀.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Entre deux appels, le conseiller m'explique la « règle des {{2 refus}} d'offre "
        "raisonnable ». En pratique, quasiment jamais appliquée. Il regarde l'horloge : {{11h58}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Création d'entreprise, dossier {{ACRE}}. Fiche : [[PERSONNE:DIOP Cheikh]], identifiant "
        "[[ID_FRANCE_TRAVAIL:1846275D]], projet : food truck sénégalais « {{Le Thiéboudienne "
        "Express}} ». Il a déjà le camion, immatriculé [[IMMATRICULATION:DV-148-ZA]]. La conseillère "
        "est fan.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse ne reçoit pas les mails. La conseillère lit l'adresse enregistrée : "
        "« [[EMAIL:kelly.pereira@gmial.com]] » — faute de frappe dans gmail ! Corrigé en "
        "[[EMAIL:kelly.pereira@gmail.com]] sur le dossier [[ID_FRANCE_TRAVAIL:3769054T]]. {{8 mois}} "
        "sans recevoir une seule convocation. [[PERSONNE:Kelly]] rit jaune.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : un monsieur remplit un formulaire sur ses genoux, demande un stylo à sa "
        "voisine. Ils parlent, découvrent qu'ils viennent de la même région du {{Mali}} ({{Kayes}}). "
        "{{15 min}} plus tard ils échangent leurs numéros.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le {{3949}} transfère à l'agence : une dame veut parler à « sa » conseillère, Mme "
        "[[PERSONNE:Rivière]], en congé. L'agent prend un message : « rappeler Mme "
        "[[PERSONNE:Okonkwo]], id [[ID_FRANCE_TRAVAIL:1290847J]], au [[TELEPHONE:06 11 58 74 20]], "
        "pour la formation aide-soignante ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran « Candidatures en cours » de [[PERSONNE:Julie Hoang]] :\n"
        "Offre {{172KPRT}} – vendeuse {{Zara}} {{Rosny 2}} – refus\n"
        "Offre {{173ABQD}} – hôtesse de caisse {{Auchan}} – en attente\n"
        "Offre {{174XXCW}} – ASH {{EHPAD Korian Les Tilleuls}} – entretien {{mardi}}\n"
        "Elle préfère l'{{EHPAD}}, « au moins c'est utile ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche : « Votre conseiller vous reçoit sur RDV uniquement ». Un monsieur sans RDV attend "
        "quand même {{40 min}} et finit par être reçu entre deux. Le système officiel et le système "
        "réel.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle pour dire qu'il a retrouvé un CDI chez {{Transdev}}. La conseillère le "
        "félicite, clôture l'inscription. Il redonne son numéro « pour être sûr » : "
        "[[ID_FRANCE_TRAVAIL:5409871 P]]. « C'est fait M. [[PERSONNE:Haddou]] » : il a raccroché "
        "avant la fin de la phrase.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'aide à la mobilité (permis). Je recopie le dossier :\n"
        "Identifiant FT : [[ID_FRANCE_TRAVAIL:4402981v]]\n"
        "Facture de l'auto-école ({{Auto-École Saint-Denis Conduite}}) :\n"
        "Élève : Mlle [[PERSONNE:Bouchra Naciri]], née le [[DATE_NAISSANCE:21/11/2001]]\n"
        "N° NEPH : [[IDENTIFIANT:240193004571]]\n"
        "Forfait {{20h}} : {{1 290 €}} – facture n° [[IDENTIFIANT:F-2024-0312]]\n"
        "RIB de la demandeuse : [[IBAN:FR76 1751 5900 0008 0123 4567 849]]\n"
        "L'aide peut couvrir {{1 200 €}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pause : deux conseillers comparent leurs « records » : {{62 appels}} dans la journée pour "
        "l'un, {{71}} pour l'autre. Ils rigolent, fatigués.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame qui ne parle que turc, avec son fils qui traduit : [[PERSONNE:Burak]], {{14 ans}}, "
        "il rate l'école pour ça. La conseillère le remarque : « la prochaine fois on prend un "
        "interprète ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran « Projet personnalisé d'accès à l'emploi » de M. [[PERSONNE:Thierry Lam]] :\n"
        "Identifiant : [[ID_FRANCE_TRAVAIL:7651302C]]\n"
        "Zone géographique : {{30 km}} / {{1h}} de trajet\n"
        "Salaire attendu : {{1 900 €}} brut\n"
        "Métier : cuisinier\n"
        "Il veut un resto asiatique, il en connaît un à {{Belleville}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : l'appelant lit son avis de trop-perçu : « montant {{1 572,60 €}}, référence "
        "[[IDENTIFIANT:TP-2024-93-0048817]], mon identifiant [[ID_FRANCE_TRAVAIL:4127809S]] ». "
        "L'agent confirme : reprise d'activité non déclarée. L'appelant : « mais j'ai travaillé que "
        "{{3 jours}} ! ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un ancien cadre licencié, [[PERSONNE:François-Xavier]], en costume, {{55 ans}}. Il s'excuse "
        "d'être là : « je n'aurais jamais cru ». La conseillère lui parle de l'{{APEC}}. Il note tout "
        "dans un carnet {{Moleskine}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle pour faire valider une immersion ({{PMSMP}}) au {{Garage Da Costa "
        "Autos}}. Le patron, M. [[PERSONNE:Da Costa]], est d'accord. Le demandeur, "
        "[[PERSONNE:Yacouba]], veut commencer {{lundi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Fin de matinée, {{11h50}}. L'agent d'accueil remet une carte de visite à une dame : « votre "
        "conseillère c'est Mme [[PERSONNE:Petitjean]], son mail direct c'est "
        "[[EMAIL:a.petitjean@francetravail.fr]] ». La dame le prend en photo avec son tel.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Parsing, numbering, split, writing
# ---------------------------------------------------------------------------------------------
NOTES = CAF + CPAM + URGENCES + CCAS + CHRS + FRANCE_TRAVAIL

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, numbered in writing order."""
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
    """Dev / holdout ids: depends only on the ids and the (site kind, channel) cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
