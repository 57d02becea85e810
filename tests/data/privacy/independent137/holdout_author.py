"""Independent evaluation corpus n° 137: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. Running this module
strips the marks, computes the offsets, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library only, deterministic).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind137"
SEED = 137
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

# ---------------------------------------------------------------------------
# The notes, in writing order (ids ind137-001 ... ind137-240).
# ---------------------------------------------------------------------------

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

BATCH_1 = [
    (
        "caf",
        AP,
        "{{9h12}} caf {{st charles}} deja {{22}} pers ds le hall 😬 agent [[PERSONNE:Karima]] guichet {{3}}"
        " mr [[PERSONNE:benhamou]] pr sa {{prime d act}} suspendue n alloc [[N_ALLOCATAIRE:2284617]]",
    ),
    (
        "caf",
        AP,
        "Une dame âgée demande pourquoi son {{APL}} a baissé de {{38 €}}. L'agente lui explique la"
        " réforme du calcul en temps réel, la dame ne comprend pas, répète « mais j'ai rien"
        " changé moi ». Échange calme, {{12 minutes}}.",
    ),
    (
        "caf",
        AP,
        "mme [[PERSONNE:Nguyen Thi Hoa]] vient avec sa fille ({{16 ans}}) qui traduit. dossier [[N_ALLOCATAIRE:0573391]]."
        " changement d'adresse pas pris en compte, nouvelle adresse [[ADRESSE:14 bd de la Blancarde,"
        " 13004 Marseille]]. l'agent ([[PERSONNE:Mathieu]]) saisit direct sur l'ecran",
    ),
    (
        "caf",
        AP,
        "file d attente {{avignon}} ➡️ {{45min}}. borne en panne depuis ce matin, un vigile renvoie"
        " tout le monde vers le {{caf.fr}}. gens pas contents",
    ),
    (
        "caf",
        AP,
        "jeune homme [[PERSONNE:Yanis Ould-Ali]] ne le [[DATE_NAISSANCE:04/11/2003]] veut ouvrir ses"
        " droits {{RSA}} a {{25 ans}}... agent [[PERSONNE:Sandrine]] lui dit qu il a {{21}} ans donc"
        " non sauf exception. il repart avec un flyer {{Mission Locale}}",
    ),
    (
        "caf",
        AP,
        "RDV {{10h30}} avec Mme [[PERSONNE:Santoro]] (agente [[PERSONNE:Béatrice Ollivier]]). Objet :"
        " trop-perçu de {{1 240 €}} sur l'{{AAH}}. Plan de remboursement à {{50 €}}/mois proposé. La"
        " dame pleure un peu, [[PERSONNE:Béatrice]] lui tend un mouchoir.",
    ),
    (
        "caf",
        AP,
        "{{nimes}} {{caf}}... mr [[PERSONNE:ANDRIAMASY]] donne son RIB pr virement :"
        " [[IBAN:FR76 3000 4752 1602 6914 0973 585]] agent recopie chiffre par chiffre a voix haute"
        " 🙈 tout le monde entend",
    ),
    (
        "caf",
        AP,
        "Observé : l'espace numérique, {{4}} ordinateurs, {{1}} service civique ([[PERSONNE:Lou-Ann]]) qui"
        " aide à créer les comptes. Beaucoup de questions sur la {{prime de Noël}}.",
    ),
    (
        "caf",
        AP,
        "toulouse {{caf de la haute garonne}} accueil sur rdv uniquement. un monsieur sans rdv"
        " insiste, le vigile appelle la resp. ça se calme. {{15 min}} de perdues",
    ),
    (
        "caf",
        AP,
        "femme seule {{3 enfants}} nés en [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et"
        " [[DATE_NAISSANCE:2020]] veut declarer separation. agent: il faut attestation sur l honneur"
        " + {{bail}} a son nom. elle s appelle [[PERSONNE:Fatoumata Keïta]] num alloc"
        " [[N_ALLOCATAIRE:3391028]]",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Ribeiro]] : « j'ai envoyé les papiers trois fois ». L'agent voit bien les"
        " envois mais rien n'est traité, délai de {{6 semaines}} à {{Montpellier}}. Il note un"
        " signalement prioritaire.",
    ),
    (
        "caf",
        AP,
        "{{perpignan}} - mme [[PERSONNE:Puig]] ne [[DATE_NAISSANCE:17 mars 1961]], email"
        " [[EMAIL:mpuig66@orange.fr]] elle a plus acces a sa boite mail donc pas de code. agent"
        " change l email pr [[EMAIL:puig.montserrat@gmail.com]] que sa niece a cree",
    ),
    (
        "caf",
        AP,
        "GROS BLOCAGE : les nouvelles attestations de loyer non reçues du bailleur {{13 Habitat}}."
        " L'agent dit que ça concerne tout le quartier de {{la Busserine}}.",
    ),
    (
        "caf",
        AP,
        "{{14h}} une maman vient pr {{ASF}}, le pere M. [[PERSONNE:Kaci]] ne paie pas la pension."
        " agent [[PERSONNE:Jérôme]] explique l'{{ARIPA}}. elle veut pas que le pere ait son adresse",
    ),
    (
        "caf",
        AP,
        "pas de nom, juste le ticket {{B047}} appele {{3 fois}} 😅 personne. l agent passe au"
        " suivant {{B048}}",
    ),
    # caf, accueil téléphonique
    (
        "caf",
        AT,
        "plateforme tel {{3230}} sur le site de {{Toulon}}. [[PERSONNE:Gaëlle]] prend l appel {{9h01}}"
        " deja {{37}} appels en attente. 1er appel : mme [[PERSONNE:Bouzid]] alloc"
        " [[N_ALLOCATAIRE:6612093]] demande date de paiement. reponse {{le 5}}",
    ),
    (
        "caf",
        AT,
        "Appel d'un homme qui ne veut pas donner son numéro d'allocataire, il dit « je suis"
        " [[PERSONNE:Serge Pellegrino]], né le [[DATE_NAISSANCE:2 février 1958]], ça suffit non ? ». Au bout de {{4 minutes}}, l'agent"
        " vérifie avec l'adresse : [[ADRESSE:7 chemin des Oliviers, 83200 Toulon]].",
    ),
    (
        "caf",
        AT,
        "appel court {{2 min}} : question sur les horaires de l antenne de {{La Seyne}}. aucune"
        " donnee perso",
    ),
    (
        "caf",
        AT,
        "la dame epelle son nom [[PERSONNE:B-E-N-S-A-L-E-M]] puis donne son tel"
        " [[TELEPHONE:06 41 27 88 03]] pr etre rappelee par un conseiller. motif: {{RSA}} pas verse"
        " ce mois ci",
    ),
    (
        "caf",
        AT,
        "Conseillère [[PERSONNE:Nadia Ferhat]], casque sur les oreilles, {{8 appels}} en {{45 minutes}}."
        " Elle me dit que la moitié des appels concerne la {{prime d'activité}} et que les gens"
        " appellent « parce qu'ils ne comprennent pas la simulation ».",
    ),
    (
        "caf",
        AT,
        "mr [[PERSONNE:Lopez]] dossier [[N_ALLOCATAIRE:1029384]] veut changer de compte bancaire. la"
        " conseillere refuse par tel ➡️ doit passer par l espace perso ou envoyer le rib par"
        " courrier. il s enerve. raccroche apres {{9 min}}",
    ),
    (
        "caf",
        AT,
        "{{10h02}} appelant dicte son numero"
        " [[TELEPHONE:zero six, quarante-quatre, dix-huit, soixante-dix-sept, zero deux]] lentement,"
        " je le note aussi pr la conseillere",
    ),
    (
        "caf",
        AT,
        "Temps d'attente affiché sur l'écran du superviseur : {{18 min}}. {{62}} appels en file."
        " Le superviseur, [[PERSONNE:Olivier Marchetti]], décide d'ouvrir {{2}} postes de plus.",
    ),
    (
        "caf",
        AT,
        "etudiante a montpellier [[PERSONNE:Inès Chaabane]] allocataire [[N_ALLOCATAIRE:4471205]], appart"
        " au [[ADRESSE:3 rue de l'Aiguillerie 34000 Montpellier]]. proprio pas declare a la caf donc"
        " pas d {{APL}}. {{3 mois}} de retard",
    ),
    (
        "caf",
        AT,
        "appel en espagnol 🇪🇸 la conseillere se debrouille. mr [[PERSONNE:Jimenez Ortega]] doit"
        " renvoyer son {{titre de sejour}} : n° [[IDENTIFIANT:1302847561]]",
    ),
    (
        "caf",
        AT,
        "Un homme très poli, la voix tremblante : sa femme est décédée, il faut retirer son nom du"
        " dossier. La conseillère baisse la voix, ralentit. {{20 minutes}}. Aucun nom prononcé de mon"
        " côté du casque.",
    ),
    (
        "caf",
        AT,
        "mme [[PERSONNE:Abdelkader]] tel [[TELEPHONE:07.83.12.40.59]] ou fixe"
        " [[TELEPHONE:04 94 62 18 70]] preference matin. veut rdv a l agence de {{Hyères}}",
    ),
    (
        "caf",
        AT,
        "PANNE TELEPHONIQUE {{10h20}}-{{10h35}} plus personne en ligne 📵 les conseilleres en"
        " profitent pr traiter les mails",
    ),
    (
        "caf",
        AT,
        "appel de [[PERSONNE:Rémi]] pr sa mere [[PERSONNE:Josette Carle]] (alloc"
        " [[N_ALLOCATAIRE:0092817]]) hospitalisee a {{la Timone}}. conseillere peut rien dire sans"
        " procuration",
    ),
    (
        "caf",
        AT,
        "Mail de confirmation envoyé à [[EMAIL:k.diabate13@hotmail.fr]] après l'appel de {{7 minutes}}. La conseillère"
        " relit l'adresse deux fois « [[EMAIL:k point diabaté treize arobase hotmail point fr]] ».",
    ),
]

BATCH_2 = [
    # caf, contrôle sur place
    (
        "caf",
        CSP,
        "controle a domicile avec [[PERSONNE:Hervé]] (controleur) chez mme [[PERSONNE:Ait Said]]"
        " [[ADRESSE:bat C apt 112, 25 av de la Croix Rouge 13013 Marseille]]. suspicion vie maritale."
        " une {{brosse a dents}} en trop dans la sdb 🙄 il note rien la dessus",
    ),
    (
        "caf",
        CSP,
        "Devant l'immeuble, une {{Clio}} grise immatriculée [[IMMATRICULATION:FK-472-RL]]. Le contrôleur"
        " vérifie sur sa tablette : elle est au nom du compagnon supposé, M. [[PERSONNE:Garnier]].",
    ),
    (
        "caf",
        CSP,
        "Visite de {{1h10}}. Le contrôleur pose les questions du guide d'entretien, coche les cases,"
        " photographie le bail. Ambiance tendue au début, puis la dame sert un café. Rien de"
        " nominatif noté dans mon carnet volontairement.",
    ),
    (
        "caf",
        CSP,
        "avignon quartier {{monclar}}, allocataire [[N_ALLOCATAIRE:7730164]] m [[PERSONNE:Bouaziz Karim]]"
        " ne en [[DATE_NAISSANCE:1974]] au [[ADRESSE:8 allee des Mimosas, 84000 Avignon]]. declare seul"
        " mais {{3}} paires de chaussures homme taille {{44}} et {{38}}... le controleur sourit",
    ),
    (
        "caf",
        CSP,
        "controle ressources chez un auto entrepreneur (livreur {{Uber Eats}}) son SIRET perso"
        " [[IDENTIFIANT:91234567800014]] il montre l'appli, {{620 €}} ce mois ci. [[PERSONNE:Ismaël]]"
        " a un scooter immat [[IMMATRICULATION:gh 318 tz]]",
    ),
    (
        "caf",
        CSP,
        "toulon {{pont du las}} 3eme etage sans ascenseur. mme [[PERSONNE:Ferreira da Silva]] enceinte"
        " de {{7 mois}}. controleur [[PERSONNE:Pascal Ruiz]] verifie nb de pieces pr l {{ALF}}. appart"
        " {{T2}} {{38 m2}} pr {{4}} pers",
    ),
    (
        "caf",
        CSP,
        "on sonne {{2 fois}} personne. avis de passage laissé ds la boite. retour voiture. {{0}} info",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur demande le relevé bancaire ; la dame montre son appli {{Caisse d'Épargne}} : compte"
        " [[IBAN:FR76 1382 5285 9707 1434 4892 397]]. Il lui dit de"
        " ne pas la laisser ouverte devant moi, je regarde ailleurs.",
    ),
    (
        "caf",
        CSP,
        "nice ariane. [[PERSONNE:Mehdi]] et [[PERSONNE:Samira Belkacem]] ({{2}} enfants, {{6}} et {{9 ans}})"
        " au [[ADRESSE:12 bd de l'Ariane 06300 Nice]]. controle suite a signalement anonyme 😕 rien"
        " trouve d'anormal. rapport favorable",
    ),
    (
        "caf",
        CSP,
        "controleur me montre son planning: {{5}} visites aujourd hui, {{Montpellier}} {{La Paillade}}"
        " et {{Celleneuve}}. il dit qu il fait {{90 km}} par jour en moyenne",
    ),
    (
        "caf",
        CSP,
        "{{vitrolles}}, dans le salon photo de mariage, le controleur demande « c'est qui ? » « mon frere"
        " [[PERSONNE:Abdou]] » ... il note qd meme. allocataire Mme [[PERSONNE:Sow]]",
    ),
    (
        "caf",
        CSP,
        "nimes {{pissevin}} chez m. [[PERSONNE:Okonkwo]] n° alloc [[N_ALLOCATAIRE:5518273]] adresse"
        " [[ADRESSE:41 rue Neper, Nîmes]] montre ses fiches de paie {{Intermarché}}. tout colle",
    ),
    (
        "caf",
        CSP,
        "Perpignan, {{Saint-Jacques}}. Famille gitane, la grand-mère parle catalan. Le contrôleur"
        " [[PERSONNE:Jordi Sala]] traduit lui-même. Vérif {{RSA}} : la mère, [[PERSONNE:Rosa"
        " Jiménez]], née le [[DATE_NAISSANCE:22/08/1990]].",
    ),
    (
        "caf",
        CSP,
        "camion amenage, la famille vit dedans au [[ADRESSE:camping Le Soleil d'Oc, emplacement 47]]"
        " a {{Agde}}. immat [[IMMATRICULATION:AB-903-QS]] 🚐 controleur pas sur de la case logement a"
        " cocher",
    ),
    (
        "caf",
        CSP,
        "pause dej avec les controleurs a {{Toulouse}} {{Mirail}} : ils parlent du nouveau logiciel, de"
        " la pression sur les objectifs de {{fraude}}, de la peur de se faire agresser. pas de noms",
    ),
    # cpam, accueil physique
    (
        "cpam",
        AP,
        "cpam marseille {{rue de la république}} ticket {{A112}}. mme [[PERSONNE:Haddad]] vient pr"
        " carte vitale perdue. NIR lu a l ecran [[NIR:2 87 03 13 205 112 33]] ✅",
    ),
    (
        "cpam",
        AP,
        "L'agent, [[PERSONNE:Yohann Lefèvre]], m'explique qu'il refait entre {{15}} et {{20}} cartes"
        " Vitale par jour. Une photo, une pièce d'identité, {{3 semaines}} de délai.",
    ),
    (
        "cpam",
        AP,
        "mr [[PERSONNE:Dos Santos]] arret maladie pas paye depuis {{2 mois}}, employeur n a pas envoye"
        " l attestation. agent appelle l employeur (garage {{Auto Sud Ferreira}}) direct devant lui 👍",
    ),
    (
        "cpam",
        AP,
        "{{C2S}} : dossier d'une famille de {{5}}. Le père, M. [[PERSONNE:Tchakounté]], sécu"
        " [[NIR:174069935207191]], né à {{Alger}} en [[DATE_NAISSANCE:juin 74]]. Plafond dépassé de"
        " {{40 €}}, l'agente est désolée.",
    ),
    (
        "cpam",
        AP,
        "beaucoup de monde ds la file {{toulon}} ~{{30}} pers a {{8h45}}. ouverture a {{9h}}. un"
        " vigile distribue des tickets. ambiance ok",
    ),
    (
        "cpam",
        AP,
        "jeune femme [[PERSONNE:Océane Rouvier]] etudiante {{Avignon Université}} veut sa propre"
        " carte vitale, n° secu [[NIR:2010934172067 58]]. l agent dit que c est automatique a {{18 ans}}"
        " normalement",
    ),
    (
        "cpam",
        AP,
        "Un homme en fauteuil demande un remboursement de transport {{VSL}} ; l'agent lui fait remplir"
        " le {{Cerfa 11574}}. Le monsieur, M. [[PERSONNE:Vidal]], a apporté toutes ses factures dans un"
        " sac {{Carrefour}}.",
    ),
    (
        "cpam",
        AP,
        "nice {{cpam des alpes maritimes}}, mme [[PERSONNE:Rossi]] veut resilier sa mutuelle"
        " {{Harmonie}} n° adherent [[IDENTIFIANT:HM00482291]]... agent: pas nous madame 😅",
    ),
    (
        "cpam",
        AP,
        "montpellier. retraite [[PERSONNE:Gérard Pons]] ne le [[DATE_NAISSANCE:14/05/1958]] a {{Nîmes}}"
        " secu [[NIR:1 58 05 30 189 402 06]] veut declarer son medecin traitant, Dr"
        " [[PERSONNE:Benarous]] parti en retraite",
    ),
    (
        "cpam",
        AP,
        "Écran d'accueil : « {{Ameli}} – faites vos démarches en ligne ». Personne ne regarde. Les"
        " gens ont des enveloppes kraft plein les bras.",
    ),
    (
        "cpam",
        AP,
        "perpignan: l agent [[PERSONNE:Núria]] parle catalan et espagnol, fait la traduction pr un"
        " couple de {{Figueres}} travailleurs frontaliers. formulaire {{S1}}",
    ),
    (
        "cpam",
        AP,
        "mme [[PERSONNE:Lakhdar]] donne son rib pr les remboursements: {{banque postale}}"
        " [[IBAN:20041 73715 02102615716 58]]. l'agent verifie la cle ✔️",
    ),
    (
        "cpam",
        AP,
        "Une mère vient pour l'{{AME}} de son fils ; passeport [[IDENTIFIANT:P4418327]] ({{Nigeria}})."
        " Elle s'appelle [[PERSONNE:Blessing Adeyemi]]. Justificatif de domicile : attestation"
        " d'hébergement d'une amie, [[ADRESSE:9 rue d'Alger, 13005 Marseille]].",
    ),
    (
        "cpam",
        AP,
        "toulouse {{cpam 31}} accueil {{bd Lascrosses}} : file {{vitale}}, file {{AME}}, file {{autres}}."
        " {{3}} agents. la file AME est la plus longue de loin",
    ),
    (
        "cpam",
        AP,
        "pas de rdv pr mr [[PERSONNE:ChaRlEs MaRtInEz]] (il ecrit son nom bizarrement sur le"
        " registre) on lui dit de revenir {{jeudi}}. il rale",
    ),
]

BATCH_3 = [
    # cpam, accueil téléphonique
    (
        "cpam",
        AT,
        "plateforme {{3646}} a {{Nîmes}}. teleconseiller [[PERSONNE:Florian]] 1er appel {{8h32}}: mr"
        " [[PERSONNE:Castagnet]] secu [[NIR:161098403130603]] veut savoir ou en est son rembt de"
        " lunettes. reponse: {{10 jours}}",
    ),
    (
        "cpam",
        AT,
        "La téléconseillère demande systématiquement le numéro de sécu puis la date de naissance."
        " Appel de {{4 minutes}} sur une feuille de soins papier perdue par la poste. Aucun nom"
        " audible de mon côté.",
    ),
    (
        "cpam",
        AT,
        "mme [[PERSONNE:Lucchesi]] appelle de {{Bastia}}, en vacances chez sa fille a {{Toulon}}, n°"
        " [[NIR:2 51 04 2B 033 210 47]], nee le [[DATE_NAISSANCE:11 avril 1951]]. veut une attestation de"
        " droits envoyee par mail: [[EMAIL:anne-marie.lucchesi@laposte.net]]",
    ),
    (
        "cpam",
        AT,
        "attente avant decroche: musique {{Vivaldi}} 🎻 pendant {{11 min}} selon l'appelant qui commence"
        " par « enfin !! »",
    ),
    (
        "cpam",
        AT,
        "appel pr {{IJ}} maternite. mme [[PERSONNE:Rakotomalala]] dit son numero a l envers, la"
        " conseillere la fait repeter. rappel au [[TELEPHONE:+33 6 72 19 05 44]]",
    ),
    (
        "cpam",
        AT,
        "Un médecin appelle pour un patient, le Dr [[PERSONNE:Aubanel]] de {{Carpentras}}"
        " : il ne trouve pas la prise en charge {{ALD}} de M. [[PERSONNE:Reboul]]. La conseillère"
        " explique que c'est le service médical, pas elle.",
    ),
    (
        "cpam",
        AT,
        "conseillere [[PERSONNE:Soraya]] me montre le script: « bonjour {{Assurance Maladie}}"
        " [[PERSONNE:Soraya]] a votre ecoute ». elle le dit {{60 fois}} par jour",
    ),
    (
        "cpam",
        AT,
        "appelant tres enerve: « ca fait {{3 semaines}} que j envoie des mails a"
        " [[EMAIL:jl.berthier@free.fr]] euh non c est mon mail ca ». conseillere rit discretement."
        " mr [[PERSONNE:Berthier]] rembt kine en attente",
    ),
    (
        "cpam",
        AT,
        "perpignan plateforme, appel en catalan 😮 la conseillere [[PERSONNE:Montserrat]] repond en"
        " catalan. la personne veut savoir si sa carte {{CEAM}} marche en {{Andorre}}. reponse non",
    ),
    (
        "cpam",
        AT,
        "Une dame donne son numéro de sécurité sociale par blocs : « [[NIR:deux, quatre-vingt-huit, zéro"
        " un, onze]]... ». À l'écran : [[NIR:2 88 01 11 262 145 09]]. Née à {{Narbonne}}, elle habite"
        " maintenant [[ADRESSE:22 rue des Troubadours, 31000 Toulouse]].",
    ),
    (
        "cpam",
        AT,
        "appel de {{45 s}} : mauvais numero, la personne voulait la {{Caf}}. redirigee vers le {{3230}}",
    ),
    (
        "cpam",
        AT,
        "CONSEILLERE DEBORDEE {{34}} appels en attente, [[PERSONNE:Kevin]] (nouveau, {{2 semaines}}"
        " d'anciennete) doit demander a sa voisine [[PERSONNE:Mireille]] pr chaque question {{C2S}}",
    ),
    (
        "cpam",
        AT,
        "mr [[PERSONNE:Hamidou Traoré]] sans papiers depuis {{2019}}, demande l {{AME}}. recepisse"
        " AGDREF [[IDENTIFIANT:1309876543]] wait non il a pas de recepisse c est un ancien n°. la"
        " conseillere lui dit de venir a l accueil",
    ),
    (
        "cpam",
        AT,
        "Appel sortant : la conseillère rappelle Mme [[PERSONNE:Guiraud]] au [[TELEPHONE:04 66 21 73 90]]"
        " pour lui dire que son dossier d'{{invalidité}} est complet. Mme [[PERSONNE:Guiraud]] pleure de"
        " soulagement.",
    ),
    (
        "cpam",
        AT,
        "stats ecran {{11h}}: {{212}} appels traites ce matin sur la plateforme, {{DMS}} {{6 min 40}}."
        " le manager [[PERSONNE:Thierry Audibert]] est content",
    ),
    # cpam, contrôle sur place
    (
        "cpam",
        CSP,
        "controle arret de travail a domicile {{15h}} avec [[PERSONNE:Damien]] (agent assermente). mr"
        " [[PERSONNE:Nasri]] au [[ADRESSE:5 impasse des Cigales 83100 Toulon]] absent. voisine dit qu il"
        " est « au {{Leclerc}} »",
    ),
    (
        "cpam",
        CSP,
        "Visite chez une infirmière libérale soupçonnée de surfacturation. L'agent consulte les"
        " ordonnances. L'infirmière, Mme [[PERSONNE:Cabrol]], SIRET perso"
        " [[IDENTIFIANT:80215436700021]], reste calme. {{2 h}} de vérification.",
    ),
    (
        "cpam",
        CSP,
        "marseille {{15e}} {{la castellane}}: controle residence pr {{C2S}}. la boite aux lettres porte"
        " {{3}} noms [[PERSONNE:DIALLO]] / [[PERSONNE:CAMARA]] / [[PERSONNE:B. Sy]] 📬 l agent prend une"
        " photo",
    ),
    (
        "cpam",
        CSP,
        "controle chez un transporteur sanitaire, {{Ambulances du Ventoux}}. le gerant m."
        " [[PERSONNE:Roux]] montre les carnets de bord. vehicule [[IMMATRICULATION:EZ-512-HB]] pas"
        " declare ds la flotte 🤔",
    ),
    (
        "cpam",
        CSP,
        "On arrive, le monsieur en arrêt pour lombalgie est sur une échelle en train de tailler sa"
        " haie 😬 L'agent ne dit rien, note l'heure : {{10h47}}.",
    ),
    (
        "cpam",
        CSP,
        "Montpellier, {{Près d'Arènes}}. Mme [[PERSONNE:Zerrouki]], arrêt depuis {{4 mois}}, présente."
        " L'agent vérifie son identité : carte d'identité [[IDENTIFIANT:X4RTBPFW4]]. Tout est en"
        " règle, on repart en {{12 min}}.",
    ),
    (
        "cpam",
        CSP,
        "sortie d'1 journee avec l'enqueteur, il a {{6}} adresses sur sa liste, {{2}} a {{Béziers}},"
        " {{4}} a {{Agde}}. beaucoup de route 🚗 peu de monde chez soi",
    ),
    (
        "cpam",
        CSP,
        "controle pharmacie {{Pharmacie du Cours}} {{Aix}}: verif des ordonnances {{Subutex}}. une"
        " ordonnance au nom de [[PERSONNE:Jean-Baptiste Orsini]] apparait {{4 fois}} ds {{3}} pharmacies"
        " differentes",
    ),
    (
        "cpam",
        CSP,
        "nice {{les moulins}}, visite chez mr [[PERSONNE:Giordano]] ne [[DATE_NAISSANCE:01/1965]] secu"
        " [[NIR:1 65 01 06 088 318 63]]. il dit etre invalide, il est en pyjama. rien a signaler",
    ),
    (
        "cpam",
        CSP,
        "l agent a un badge, il le montre ttjs avant de parler. il me dit « {{90 %}} des gens sont"
        " de bonne foi ». on mange un sandwich ds la voiture",
    ),
    (
        "cpam",
        CSP,
        "Nîmes, contrôle chez un taxi conventionné : M. [[PERSONNE:Benchekroun]], plaque"
        " [[IMMATRICULATION:1234 ZX 30]] (vieux format !), licence {{n° 17}}. Le compteur et les"
        " factures ne concordent pas sur {{3}} courses.",
    ),
    (
        "cpam",
        CSP,
        "toulouse {{bagatelle}}. la personne controlee [[PERSONNE:Mariam]] ne parle que soninke. son"
        " fils [[PERSONNE:Moussa]] ({{12 ans}}) traduit 😕 l agent n aime pas ca mais pas le choix",
    ),
    (
        "cpam",
        CSP,
        "Retour au bureau : l'agent saisit ses rapports sur {{Medialis}}. Il met {{25 min}} par rapport."
        " Il dit que la saisie prend plus de temps que la visite.",
    ),
    (
        "cpam",
        CSP,
        "{{avignon}} intra muros, [[ADRESSE:3 rue des Teinturiers]] mr [[PERSONNE:Favier]] absent, mot"
        " sur la porte « parti chez [[PERSONNE:Dédé]] » 😂 l agent laisse un avis",
    ),
]

BATCH_4 = [
    (
        "cpam",
        CSP,
        "perpignan {{moulin a vent}}: controle chez mme [[PERSONNE:Estève]] proprio d'un cabinet de"
        " kine. elle a garé sa voiture [[IMMATRICULATION:GA-077-PN]] sur la place handicape 😑 l agent"
        " tique mais c pas son boulot",
    ),
    # ccas, accueil physique
    (
        "ccas",
        AP,
        "ccas {{Marseille}} {{bd Dugommier}}. mr [[PERSONNE:Benaïssa]] demande une domiciliation, il"
        " dort chez des potes a {{Belsunce}}. agente [[PERSONNE:Linda]] lui donne rdv {{mardi 14h}}",
    ),
    (
        "ccas",
        AP,
        "Aide facture d'énergie : Mme [[PERSONNE:Coulibaly]] présente sa facture {{EDF}}, réf. client"
        " [[IDENTIFIANT:6002 418 733]], {{312 €}} d'impayé. Le CCAS peut prendre en charge {{150 €}}"
        " via le {{FSL}}.",
    ),
    (
        "ccas",
        AP,
        "salle d attente {{5}} chaises, {{1}} fontaine a eau en panne 💧 un enfant joue avec un"
        " {{olivier}} en pot. ambiance calme",
    ),
    (
        "ccas",
        AP,
        "toulon ccas: mme [[PERSONNE:Vasquez]] {{82 ans}} vient pr le portage de repas. sa fille"
        " [[PERSONNE:Corinne]] tel [[TELEPHONE:0612457890]] / [[EMAIL:corinne.vasquez83@free.fr]] doit etre prevenue. adresse"
        " [[ADRESSE:18 rue Picot, 83000 Toulon]]",
    ),
    (
        "ccas",
        AP,
        "Le travailleur social, [[PERSONNE:Antoine Bérenger]], reçoit un jeune couple expulsé de leur"
        " logement {{13 Habitat}}. Référence locataire [[IDENTIFIANT:LOC-0047281]]. Ils dorment dans"
        " leur voiture, une {{Peugeot 206}} immatriculée [[IMMATRICULATION:CX-318-FD]].",
    ),
    (
        "ccas",
        AP,
        "ccas nimes aide alimentaire. carte {{Restos du Coeur}} refusee car pas de domiciliation. la"
        " dame repart avec un colis d urgence. {{8 kg}} environ",
    ),
    (
        "ccas",
        AP,
        "mr [[PERSONNE:Oussama]] {{RSA}} + suivi pole emploi id [[ID_FRANCE_TRAVAIL:4817263K]] veut"
        " une aide pr le permis. l agent dit {{France Travail}} d abord",
    ),
    (
        "ccas",
        AP,
        "montpellier {{ccas de la rue Marcellin Albert}}. la dame s appelle [[PERSONNE:Rose]] et elle"
        " a une broche en forme de {{rose}} 🌹 elle veut l {{APA}} pr son mari",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide pour frais d'obsèques. Le défunt, M. [[PERSONNE:Esposito]], né le"
        " [[DATE_NAISSANCE:9 décembre 1939]], habitait [[ADRESSE:27 avenue de Grasse, 06400 Cannes]]. Sa"
        " veuve n'a que le {{minimum vieillesse}}.",
    ),
    (
        "ccas",
        AP,
        "agent [[PERSONNE:fred]] (il se presente comme ca) + stagiaire [[PERSONNE:Lilou]] font l accueil"
        " a {{2}}. {{17}} personnes vues entre {{9h}} et {{12h}}",
    ),
    (
        "ccas",
        AP,
        "perpignan ccas, homme gitan du quartier {{Saint-Matthieu}} veut inscrire ses enfants a la"
        " cantine. [[PERSONNE:Manuel]], [[PERSONNE:Kiko]] et [[PERSONNE:Sara]] nés en"
        " [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2016]]. tarif {{0,50 €}} le repas",
    ),
    (
        "ccas",
        AP,
        "Une dame demande un logement social, en attente depuis {{2017}}. Numéro unique"
        " [[IDENTIFIANT:0841722003456789A]]. L'agente soupire : « à {{Avignon}} c'est {{7 ans}}"
        " d'attente en moyenne ».",
    ),
    (
        "ccas",
        AP,
        "mme [[PERSONNE:Ghezali]] vient chercher son courrier (domiciliee ici). l agent verifie sa"
        " piece d identite: titre de sejour [[IDENTIFIANT:1303456789]]. {{3}} lettres dont une de la"
        " {{Caf}}",
    ),
    (
        "ccas",
        AP,
        "TRES LONGUE ATTENTE {{1h30}} a {{Toulouse}} ccas {{rue Riquet}}. le chauffage marche pas,"
        " tout le monde garde son manteau 🥶",
    ),
    # ccas, accueil téléphonique
    (
        "ccas",
        AT,
        "standard du ccas {{Nice}}, l agente [[PERSONNE:Stéphanie]] decroche {{9h}} pile. mr"
        " [[PERSONNE:Amselem]] veut savoir si la {{navette seniors}} passe {{jeudi}}. oui",
    ),
    (
        "ccas",
        AT,
        "Appel d'une voisine inquiète : Mme [[PERSONNE:Barthélémy]], {{91 ans}}, ne répond plus depuis"
        " {{2 jours}}, [[ADRESSE:4 montée des Accoules, 13002 Marseille]]. L'agent appelle les"
        " pompiers.",
    ),
    (
        "ccas",
        AT,
        "appel pr le {{plan canicule}} ☀️ inscription de mr [[PERSONNE:Tournier]] ne le"
        " [[DATE_NAISSANCE:3.7.1942]] tel fixe [[TELEPHONE:04 90 86 33 12]]. personne a prevenir: son"
        " neveu [[PERSONNE:Julien]]",
    ),
    (
        "ccas",
        AT,
        "l'agente dit « ccas bonjour » {{40}} fois ds la matinee. la moitie des appels = horaires et"
        " adresse des {{Restos du Coeur}}",
    ),
    (
        "ccas",
        AT,
        "appelant demande aide pr facture d eau {{Veolia}} n° client [[IDENTIFIANT:VE-3381020-7]]"
        " montant {{186 €}}. agent: faut venir avec la facture et l avis d imposition",
    ),
    (
        "ccas",
        AT,
        "Un homme appelle de {{Béziers}} pour sa mère domiciliée à {{Montpellier}} ; il laisse son"
        " adresse mail : [[EMAIL:yassine.elamrani34@gmail.com]] et son portable"
        " [[TELEPHONE:07 52 30 88 14]]. Il s'appelle [[PERSONNE:Yassine El Amrani]].",
    ),
    (
        "ccas",
        AT,
        "tel : la dame veut parler a « madame [[PERSONNE:Pujol]] l assistante sociale » qui est en"
        " conge jusqu a {{lundi}}. l agent prend un message",
    ),
    (
        "ccas",
        AT,
        "ligne saturee entre {{11h}} et {{11h30}}, l agent [[PERSONNE:Cédric]] dit que c est tjs comme"
        " ca avant le dejeuner. {{7}} appels perdus affiches",
    ),
    (
        "ccas",
        AT,
        "mr [[PERSONNE:Aguilar]] suivi {{RSA}}, n alloc [[N_ALLOCATAIRE:2201745]], demande un bon pr"
        " l {{épicerie solidaire}}. rdv {{lundi}}",
    ),
    (
        "ccas",
        AT,
        "Appel d'une assistante sociale de l'hôpital {{Carémeau}} pour un patient sortant sans"
        " logement, M. [[PERSONNE:Lebrun]]. Numéro {{SIAO}} [[IDENTIFIANT:SIAO-30-2024-01877]]. Le CCAS"
        " propose une place en {{CHRS}} à {{Nîmes}}.",
    ),
    (
        "ccas",
        AT,
        "appel en arabe, l agent [[PERSONNE:Samir]] repond en darija. la personne (pas de nom donne)"
        " cherche les horaires de la {{banque alimentaire}}",
    ),
    (
        "ccas",
        AT,
        "tel de [[PERSONNE:Marie-Claude]] de l'{{EHPAD Les Jardins d'Arcadie}} a {{Avignon}} pr un"
        " resident sans mutuelle, mr [[PERSONNE:Pons]]. mutuelle communale? oui {{MCA}}",
    ),
    (
        "ccas",
        AT,
        "Personne au bout du fil pendant {{30 secondes}}, puis une petite voix : « allô ? ». Un enfant"
        " qui joue avec le téléphone. L'agent raccroche en souriant.",
    ),
    (
        "ccas",
        AT,
        "ccas toulouse, mr [[PERSONNE:Nkemelu]] numéro [[TELEPHONE:05 61 42 09 77]] veut une aide"
        " pr son loyer. id {{France Travail}} [[ID_FRANCE_TRAVAIL:0392718 M]]. agent prend rdv",
    ),
    (
        "ccas",
        AT,
        "appel de {{la Poste}} pr confirmer une domiciliation: mme [[PERSONNE:Haouari]]"
        " [[DATE_NAISSANCE:12/10/1983]] ✔️ l agent confirme",
    ),
]

BATCH_5 = [
    # ccas, contrôle sur place (visites à domicile)
    (
        "ccas",
        CSP,
        "visite a domicile pr evaluation {{APA}} avec [[PERSONNE:Élodie]] (evaluatrice). mme"
        " [[PERSONNE:Arnaud]] {{88 ans}} seule au [[ADRESSE:6 rue du Portail Magnanen, 84000 Avignon]]."
        " frigo presque vide 😟",
    ),
    (
        "ccas",
        CSP,
        "Visite de vérification de domiciliation : l'adresse déclarée, [[ADRESSE:31 chemin de la"
        " Madrague-Ville, 13015 Marseille]], est un squat. {{Trois}} familles roms. Le travailleur social"
        " connaît la mère, [[PERSONNE:Florica Stoica]].",
    ),
    (
        "ccas",
        CSP,
        "nice, visite canicule chez les {{inscrits}} du registre. {{8}} portes, {{6}} ouvertes. il fait"
        " {{34°}} a {{15h}}. on distribue des bouteilles {{Cristaline}}",
    ),
    (
        "ccas",
        CSP,
        "mr [[PERSONNE:Delmas]] ne en [[DATE_NAISSANCE:1936]] vit avec son chien {{Titou}} au 4e sans"
        " ascenseur [[ADRESSE:9 rue Alsace-Lorraine 31000 Toulouse]]. l agent propose le portage de"
        " repas, il refuse",
    ),
    (
        "ccas",
        CSP,
        "Toulon, visite d'un logement signalé insalubre ({{Mourillon}}). Propriétaire : la {{SCI"
        " Horizon Var}}. Locataire : M. [[PERSONNE:Rahmani]], bail à son nom, moisissures partout. Le"
        " technicien de l'hygiène prend des photos.",
    ),
    (
        "ccas",
        CSP,
        "camping a l'annee [[ADRESSE:camping les Peupliers, emplacement 112]] a {{Saint-Gilles}}. mme"
        " [[PERSONNE:Lagarde]] ds un mobil home. pas d eau chaude. l agent note pr le {{FSL}}",
    ),
    (
        "ccas",
        CSP,
        "visite pr aide menagere: l evaluatrice coche la grille {{AGGIR}}, {{GIR 4}}. rien d autre"
        " de perso dans ma note, la dame ne voulait pas",
    ),
    (
        "ccas",
        CSP,
        "montpellier {{mosson}}: mr [[PERSONNE:Bensaïd]] et sa femme [[PERSONNE:Houria]], {{5}} enfants,"
        " T3. la fille ainee [[PERSONNE:Nour]] nee le [[DATE_NAISSANCE:15/02/2008]] dort ds le salon",
    ),
    (
        "ccas",
        CSP,
        "Aire d'accueil des gens du voyage : [[ADRESSE:aire de la Mérindole, place 14]]. M."
        " [[PERSONNE:Winterstein]] présente sa caravane, la plaque est belge"
        " [[IMMATRICULATION:1-KLM-482]]. Demande d'aide scolaire pour {{3}} enfants.",
    ),
    (
        "ccas",
        CSP,
        "perpignan, l'assistante sociale [[PERSONNE:Agnès]] me dit « on fait {{10}} visites par"
        " semaine, c'est pas assez ». on passe devant le {{Castillet}}",
    ),
    (
        "ccas",
        CSP,
        "nimes, visite chez m. [[PERSONNE:Garcia]] expulsion prevue {{le 31}}. son proprio lui a envoye"
        " un sms depuis le [[TELEPHONE:06 03 91 22 48]] ... le TS note le num pr la mediation",
    ),
    (
        "ccas",
        CSP,
        "Visite à l'hôtel social : « {{hôtel Le Provençal}}, {{chambre 12}} ». La mère, Mme"
        " [[PERSONNE:Mbemba]], y vit avec {{2}} enfants depuis {{8 mois}}. Micro-ondes posé sur la"
        " valise.",
    ),
    (
        "ccas",
        CSP,
        "marseille {{noailles}}, immeuble avec fissures. mme [[PERSONNE:Oukaci]] [[ADRESSE:58 rue"
        " d'Aubagne]] a {{Marseille}} depuis {{20 ans}}. elle a peur 😔",
    ),
    (
        "ccas",
        CSP,
        "fin de tournee {{16h30}}. la TS saisit les comptes rendus sur {{Millesime}}, je regarde pas"
        " l ecran",
    ),
    (
        "ccas",
        CSP,
        "toulouse {{empalot}}, visite chez [[PERSONNE:Aïcha]] {{24 ans}} maman solo. elle montre sa"
        " convoc pole emploi id [[ID_FRANCE_TRAVAIL:5520918 B]] pr {{jeudi}}, pas de garde pr le bebe",
    ),
    # urgences, accueil physique
    (
        "urgences",
        AP,
        "urgences {{la timone}} {{21h}}. IAO [[PERSONNE:Clément]] fait le tri. mr [[PERSONNE:Sebbah]]"
        " douleur thoracique ➡️ box direct. IPP [[IDENTIFIANT:P00451872]]",
    ),
    (
        "urgences",
        AP,
        "salle d'attente {{CHU Nîmes}} : {{43}} patients affichés sur l'écran, temps d'attente estimé"
        " {{4h}}. Un monsieur dort sur {{3}} chaises.",
    ),
    (
        "urgences",
        AP,
        "admission : la secretaire demande carte vitale + mutuelle. mme [[PERSONNE:Ferrandi]] nee le"
        " [[DATE_NAISSANCE:24/08/1969]] a {{Ajaccio}}, mutuelle {{MGEN}} n° [[IDENTIFIANT:198305227]]",
    ),
    (
        "urgences",
        AP,
        "{{23h10}}. Un jeune arrive en scooter, casque encore sur la tête, main en sang. L'infirmière d'accueil"
        " lui demande son nom : « [[PERSONNE:Rayan]], [[PERSONNE:Rayan Boukhari]] ». Né en"
        " [[DATE_NAISSANCE:2006]].",
    ),
    (
        "urgences",
        AP,
        "urg pediatriques {{Lenval}} {{Nice}}: maman [[PERSONNE:Giulia]] avec bebe fievre {{40°}}. elle"
        " parle italien, la secretaire aussi 👍 bebe [[PERSONNE:Matteo]] {{8 mois}}",
    ),
    (
        "urgences",
        AP,
        "TOULON {{SAINTE MUSSE}} {{2h}} du mat. {{3}} policiers amenent un homme menotte. l agent d"
        " accueil le connait : « salut [[PERSONNE:Nono]] ». le surnom, pas le vrai nom",
    ),
    (
        "urgences",
        AP,
        "Patient sans papiers, sans couverture. L'agente ouvre un dossier {{PASS}}. Nom déclaré :"
        " [[PERSONNE:Abdoulaye Sidibé]], né le [[DATE_NAISSANCE:1er janvier 1998]] (« tout le monde est"
        " né un 1er janvier chez nous » dit-il en riant).",
    ),
    (
        "urgences",
        AP,
        "montpellier {{lapeyronie}}, la secretaire tape le nom [[PERSONNE:Lefebvre]] mais la dame dit"
        " « non [[PERSONNE:L-E-F-E-B-V-R-E]] avec un B » ... c etait juste. {{2 min}} pour ca",
    ),
    (
        "urgences",
        AP,
        "infirmier d'orientation me dit qu'ils voient {{180}} passages/jour l'été avec les touristes."
        " Un Allemand, un Belge et un Hollandais dans la même heure.",
    ),
    (
        "urgences",
        AP,
        "femme {{70aine}} arrive en taxi, le chauffeur laisse sa carte : « {{Taxi Marius}} »,"
        " [[PERSONNE:Marius Fabre]] [[TELEPHONE:06 14 55 02 79]]. il veut etre rappele pr la ramener",
    ),
    (
        "urgences",
        AP,
        "agent d'accueil [[PERSONNE:Sophie B.]] a {{Avignon}} : « on a plus de brancards ». {{6}}"
        " patients sur des chaises dans le couloir",
    ),
    (
        "urgences",
        AP,
        "Le fils donne l'adresse de son père pour le retour : [[ADRESSE:112 chemin de Saint-Joseph,"
        " 30900 Nîmes]]. Le père, M. [[PERSONNE:Roumanille]], {{84 ans}}, est confus, répète le nom de sa femme"
        " décédée, « [[PERSONNE:Odette]] ».",
    ),
    (
        "urgences",
        AP,
        "perpignan {{hopital saint jean}}. touriste espagnol, la secretaire note son DNI"
        " [[IDENTIFIANT:47825163K]] et le nom [[PERSONNE:Jordi Puyol Serra]]. {{CEAM}} ok",
    ),
    (
        "urgences",
        AP,
        "{{17h}} calme plat 😶 (l infirmiere dit « ne dis jamais ce mot ») {{2}} patients en attente",
    ),
    (
        "urgences",
        AP,
        "purpan {{toulouse}}, accueil urgences: mr [[PERSONNE:Ngo Van Thanh]] ne le"
        " [[DATE_NAISSANCE:1960-09-03]], IPP [[IDENTIFIANT:31-0088124]], accompagne par sa fille"
        " [[PERSONNE:Linh]] qui donne son numero [[TELEPHONE:0768213405]]",
    ),
]

BATCH_6 = [
    # urgences, accueil téléphonique
    (
        "urgences",
        AT,
        "standard urgences {{Nord}} {{Marseille}}: une mere appelle pr son fils [[PERSONNE:Walid"
        " Hamdani]] ne le [[DATE_NAISSANCE:30/06/2004]] amene par les pompiers. la secretaire confirme"
        " juste qu il est la",
    ),
    (
        "urgences",
        AT,
        "La secrétaire refuse de donner des nouvelles par téléphone : « je ne peux pas savoir si vous"
        " êtes vraiment la famille ». Appel de {{3 minutes}}, ton ferme mais gentil.",
    ),
    (
        "urgences",
        AT,
        "appel d un ehpad ({{EHPAD Korian Les Oliviers}}) pr annoncer un transfert: mme"
        " [[PERSONNE:Ginoux]] {{93 ans}}, chute. l infirmiere [[PERSONNE:Nathalie]] de l ehpad laisse son"
        " num direct [[TELEPHONE:04.94.03.27.61]]",
    ),
    (
        "urgences",
        AT,
        "le telephone sonne {{12 fois}} en {{20 min}}, la secretaire [[PERSONNE:Fabienne]] decroche"
        " qd elle peut, entre deux admissions 📞",
    ),
    (
        "urgences",
        AT,
        "Appel du {{SAMU 34}} : arrivée dans {{10 min}} d'un patient, M. [[PERSONNE:Vergnes]], accident"
        " de la route sur l'{{A9}}. Son véhicule : [[IMMATRICULATION:FG-219-XM]], les gendarmes"
        " rappelleront.",
    ),
    (
        "urgences",
        AT,
        "mr au tel veut savoir si il peut venir pr une entorse ou aller chez {{SOS Médecins}}. la"
        " secretaire: « je ne peux pas vous conseiller, appelez le {{15}} »",
    ),
    (
        "urgences",
        AT,
        "appel d une pharmacie de {{Nîmes}} pr verifier une ordonnance de sortie au nom de"
        " [[PERSONNE:Kamel Zitouni]], IPP [[IDENTIFIANT:P00387146]]. la secretaire transfere au medecin",
    ),
    (
        "urgences",
        AT,
        "Une femme appelle en pleurs, son mari [[PERSONNE:Giovanni]] a été amené il y a {{2h}}. Elle"
        " épelle le nom : [[PERSONNE:C, A, P, U, T, O]]. La secrétaire le retrouve, le met en relation"
        " avec l'infirmière.",
    ),
    (
        "urgences",
        AT,
        "toulouse {{rangueil}}, appel d'un laboratoire pour un resultat critique, patient"
        " Mme [[PERSONNE:Bories]]... non pardon c est [[PERSONNE:Borie]] sans s. la secretaire corrige",
    ),
    (
        "urgences",
        AT,
        "appels de touristes anglais ➡️ la secretaire passe le tel a l interne qui parle anglais."
        " {{7}} appels en anglais ce soir 🇬🇧",
    ),
    (
        "urgences",
        AT,
        "Un homme appelle pour récupérer les affaires de sa mère, Mme [[PERSONNE:Tavernier]], décédée"
        " cette nuit. La secrétaire lui donne les horaires de la {{chambre mortuaire}} :"
        " {{9h-16h}}.",
    ),
    (
        "urgences",
        AT,
        "{{perpignan}} urgences tel: mme [[PERSONNE:Bosch]] laisse son mail pr recevoir le compte rendu"
        " [[EMAIL:nuria.bosch66 [at] yahoo.fr]] la secretaire dit qu on envoie pas par mail",
    ),
    (
        "urgences",
        AT,
        "la regulation appelle {{4 fois}} pr savoir s il y a des lits. reponse {{0}}. « on est en"
        " plan blanc ou quoi » dit l urgentiste",
    ),
    (
        "urgences",
        AT,
        "Appel d'une entreprise : un salarié blessé sur un chantier {{Vinci}} à {{Fréjus}}, M."
        " [[PERSONNE:Kowalczyk]]. Le chef de chantier, [[PERSONNE:Patrice Lamberti]], donne son"
        " portable : [[TELEPHONE:06 77 81 20 13]].",
    ),
    (
        "urgences",
        AT,
        "{{avignon}}, appel de la police pr savoir si un certain « [[PERSONNE:Tonio]] » est passe. la"
        " secretaire ne donne aucune info sans requisition",
    ),
    # chrs, accueil physique
    (
        "chrs",
        AP,
        "chrs {{Forbin}} {{Marseille}} 18h accueil du soir. educ [[PERSONNE:Momo]] accueille mr"
        " [[PERSONNE:Tadesse]] (erythreen) orientation {{SIAO}} ref [[IDENTIFIANT:SI13-240518-007]]",
    ),
    (
        "chrs",
        AP,
        "Le foyer compte {{52}} places, toutes occupées. L'éducatrice me fait visiter : chambres de"
        " {{2}}, une salle télé, une buanderie. Les résidents font la queue pour les machines à laver.",
    ),
    (
        "chrs",
        AP,
        "nouvelle arrivee: mme [[PERSONNE:Petrova]] + {{2}} enfants, victimes violences. elle donne"
        " son ancienne adresse [[ADRESSE:11 rue Paul Lafargue, 83000 Toulon]] qu il faut proteger. l"
        " educ note « ne pas communiquer »",
    ),
    (
        "chrs",
        AP,
        "montpellier chrs, mr [[PERSONNE:Lacroix]] veut recuperer son courrier: lettre {{France"
        " Travail}} avec son identifiant [[ID_FRANCE_TRAVAIL:6674012R]] visible sur l'enveloppe 🙄",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Jean-Luc]], passe dire bonjour, très fier : il a signé un {{CDD}}"
        " de {{6 mois}} chez {{Lidl}}. L'éducateur le félicite, ils se tapent dans la main.",
    ),
    (
        "chrs",
        AP,
        "{{nimes}} foyer, entree: l educ demande la piece d identite de mr [[PERSONNE:Okafor]]. passeport"
        " nigerian [[IDENTIFIANT:A09876543]]. date de naissance [[DATE_NAISSANCE:12/12/1991]]",
    ),
    (
        "chrs",
        AP,
        "reunion d equipe {{14h}}: {{6}} educs, on parle des sorties, des regles d alcool, du nouveau"
        " reglement. aucun nom de resident prononce devant moi",
    ),
    (
        "chrs",
        AP,
        "perpignan {{Accueil Saint-Jean}}, la dame de l accueil [[PERSONNE:Maïté]] fait remplir la"
        " fiche: nom [[PERSONNE:Rodrigues]], prenom [[PERSONNE:Tiago]], ne le [[DATE_NAISSANCE:5 mai"
        " 1979]], tel [[TELEPHONE:06 58 47 19 30]], mail"
        " [[EMAIL:tiagorodrigues.pt@gmail.com]]",
    ),
    (
        "chrs",
        AP,
        "Toulouse, CHRS {{Riquet}}. M. [[PERSONNE:Soumaré]] présente son récépissé de demande de titre"
        " de séjour, n° [[IDENTIFIANT:3102748815]], valable jusqu'au {{15 juin}}.",
    ),
    (
        "chrs",
        AP,
        "nice chrs: le chien d un resident ({{Rocky}}, staff 🐶) est interdit. le resident dort dehors"
        " avec lui. l educ negocie une niche dans la cour",
    ),
    (
        "chrs",
        AP,
        "mme [[PERSONNE:Kaboré]] sort du chrs apres {{14 mois}}, logement trouve [[ADRESSE:7 rue"
        " Bonnefoy, 31500 Toulouse]] 🎉 les educs ont fait un gateau",
    ),
    (
        "chrs",
        AP,
        "avignon, entretien d admission: l'educ [[PERSONNE:Bastien]] demande num alloc"
        " [[N_ALLOCATAIRE:8840261]] et num secu [[NIR:185021320319050]] de mr [[PERSONNE:Saadi]] (ne en"
        " [[DATE_NAISSANCE:fev 85]] a {{Marseille}}) + rib [[IBAN:FR76 1009 6972 1301 8545 8948 504]] pr"
        " la participation",
    ),
    (
        "chrs",
        AP,
        "Tableau blanc dans le bureau : les initiales des résidents et les rendez-vous de la semaine."
        " L'éducatrice le retourne quand j'entre. Je note juste : {{11}} rdv médicaux, {{4}} rdv"
        " {{France Travail}}.",
    ),
    (
        "chrs",
        AP,
        "toulon chrs, un resident « [[PERSONNE:Le Grand]] » (surnom) rentre ivre. l educ le laisse"
        " entrer quand meme, il fait {{3°}} dehors",
    ),
]

BATCH_7 = [
    (
        "ccas",
        AP,
        "ccas {{Hyères}}: mr [[PERSONNE:Abitbol]] demande une aide pr la cantine, donne son rib"
        " [[IBAN:FR7616607516170233796003434]] pr le versement direct. l agente dit que ca passe par"
        " la mairie",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour attenant au CHRS, {{Montpellier}}. Café, douches, {{35}} passages ce matin."
        " Un bénévole, [[PERSONNE:Gaston]], tient le registre à la main.",
    ),
    # chrs / 115, accueil téléphonique
    (
        "chrs",
        AT,
        "{{115}} du {{13}}, {{21h40}}. ecoutante [[PERSONNE:Leïla]]. appel d un homme a la gare {{St"
        " Charles}}, [[PERSONNE:Dimitri]] ne en [[DATE_NAISSANCE:1977]]. plus de places. elle lui donne"
        " l adresse de la {{halte de nuit}}",
    ),
    (
        "chrs",
        AT,
        "Le tableau des places disponibles : {{0}} homme seul, {{1}} place famille à {{Aubagne}}. Le"
        " téléphone ne s'arrête pas, {{23}} appels en attente à {{20h}}.",
    ),
    (
        "chrs",
        AT,
        "115 var: une femme appelle avec {{2}} enfants, elle est ds sa voiture sur le parking du"
        " {{Auchan}} de {{La Garde}}. immat [[IMMATRICULATION:dz-640-kc]]. l ecoutant envoie l"
        " {{equipe mobile}}",
    ),
    (
        "chrs",
        AT,
        "appelant habituel, l ecoutante le reconnait a la voix: « bonsoir Mr [[PERSONNE:Arnal]] ». il"
        " appelle ts les soirs pr parler. {{8 min}}",
    ),
    (
        "chrs",
        AT,
        "Appel d'un travailleur social de la {{Caf}} pour une famille expulsée demain matin : M. et"
        " Mme [[PERSONNE:Hakimi]], [[ADRESSE:15 rue de la Buffa, 06000 Nice]]. Numéro allocataire"
        " [[N_ALLOCATAIRE:6029174]]. L'écoutante ouvre une fiche {{SIAO}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{nimes}} appel en espagnol, mr [[PERSONNE:Quispe]] (peruvien). numero de rappel"
        " [[TELEPHONE:+34 612 84 73 09]] (num espagnol). l ecoutant parle espagnol un peu",
    ),
    (
        "chrs",
        AT,
        "l'ecoutante [[PERSONNE:Ghislaine]] me dit : « le plus dur c est de dire non {{50 fois}} par"
        " soir ». elle a {{12 ans}} de 115",
    ),
    (
        "chrs",
        AT,
        "appel d'un jeune sorti de l'{{ASE}} a {{18 ans}}, [[PERSONNE:Kylian]], ne le"
        " [[DATE_NAISSANCE:08/03/2007]]. il dort chez un copain a {{Toulouse}} {{Bellefontaine}} mais"
        " ca va plus durer. n° {{SIAO}} [[IDENTIFIANT:31-SIAO-118402]]",
    ),
    (
        "chrs",
        AT,
        "Une dame appelle pour signaler une personne âgée qui dort sous le {{pont de l'Europe}} à"
        " {{Avignon}}. Pas de nom. L'écoutant envoie la {{maraude}} de la {{Croix-Rouge}}.",
    ),
    (
        "chrs",
        AT,
        "perpi 115: mme [[PERSONNE:Hadjadj]] tel [[TELEPHONE:07 69 11 52 83]] victime de violences,"
        " l'agresseur c'est son ex [[PERSONNE:Sofiane]] qui roule en [[IMMATRICULATION:ES-117-AJ]]. mise"
        " a l abri a l {{hotel Ibis}} {{chambre 214}}",
    ),
    (
        "chrs",
        AT,
        "coupure de ligne a {{22h05}} 😤 l appelant rappelle {{3}} fois. l ecoutant ne peut pas"
        " rappeler (numero masque)",
    ),
    (
        "chrs",
        AT,
        "Appel de la gendarmerie de {{Lunel}} : un homme trouvé sur l'aire d'autoroute, M."
        " [[PERSONNE:Friedrich Baumann]], allemand, carte d'identité [[IDENTIFIANT:L01X00T47]]. Il"
        " cherche un toit pour la nuit.",
    ),
    (
        "chrs",
        AT,
        "115 {{31}} {{23h}}: {{64}} demandes non pourvues ce soir. l ecoutante [[PERSONNE:Camille]]"
        " et son collegue [[PERSONNE:Hugo]] se relaient pour fumer",
    ),
    (
        "chrs",
        AT,
        "mr [[PERSONNE:Mendy]] appelle depuis le portable d un passant [[TELEPHONE:06 21 04 98 75]]."
        " il a perdu le sien. rdv demain {{9h}} a l accueil de jour {{Marceau}}",
    ),
    (
        "chrs",
        AT,
        "L'écoutant lit l'historique à l'écran : « {{15 appels}} en {{10 jours}}, {{3}} mises à l'abri »."
        " Il me dit que c'est un profil « grand exclu ». Le nom s'affiche, je ne le note pas.",
    ),
    # chrs, contrôle sur place (visites dans les logements diffus / maraudes)
    (
        "chrs",
        CSP,
        "visite en logement diffus du {{chrs}}, [[ADRESSE:23 rue Curiol 13001 Marseille]]. educ"
        " [[PERSONNE:Rachid]] verifie l etat de l appart de mme [[PERSONNE:Ndiaye]]. frigo plein,"
        " enfants a l ecole 👍",
    ),
    (
        "chrs",
        CSP,
        "Maraude de nuit avec l'équipe du {{Samu social}} de {{Toulouse}}. {{14}} personnes"
        " rencontrées entre {{21h}} et {{minuit}}, {{2}} acceptent l'hébergement. Soupe, couvertures.",
    ),
    (
        "chrs",
        CSP,
        "maraude {{nice}} promenade: un homme dort ds sa voiture, plaque italienne"
        " [[IMMATRICULATION:EX 482 TM]]. il s appelle [[PERSONNE:Enzo]], refuse le 115",
    ),
    (
        "chrs",
        CSP,
        "visite de l appart relais de m. [[PERSONNE:Marchand]], l educ verifie que le loyer ({{280 €}}) est paye:"
        " prelevement sur le compte [[IBAN:FR76 3000 3793 4509 7177 8654 723]]. ok ✅",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile chez une ancienne résidente, [[PERSONNE:Sylvie Maurel]], relogée au"
        " [[ADRESSE:2 place Saint-Didier, Avignon]]. Elle nous montre fièrement ses plantes : un"
        " {{basilic}}, un {{laurier}}, un {{olivier}}.",
    ),
    (
        "chrs",
        CSP,
        "squat {{montpellier}} {{figuerolles}} avec l'equipe mobile. {{9}} personnes, pas de noms"
        " donnes. on laisse des kits d hygiene",
    ),
    (
        "chrs",
        CSP,
        "nimes, visite du logement accompagne de mr [[PERSONNE:Belhadj]]. il montre son contrat"
        " {{EDF}} ref [[IDENTIFIANT:3000 1947 2851]] et sa convoc {{France Travail}}"
        " [[ID_FRANCE_TRAVAIL:7182930 Z]] 📄",
    ),
    (
        "chrs",
        CSP,
        "Perpignan, visite d'un mobil-home loué par l'association, [[ADRESSE:camping Al Fourat,"
        " emplacement 6]]. La famille [[PERSONNE:Maximoff]] y vit depuis l'hiver, {{4}} enfants.",
    ),
    (
        "chrs",
        CSP,
        "maraude marseille vieux port 🌊 on croise [[PERSONNE:Jojo]] et [[PERSONNE:Bébert]] (surnoms),"
        " les educs les connaissent depuis {{10 ans}}. cafe + sandwich",
    ),
    (
        "chrs",
        CSP,
        "controle des chambres au chrs {{toulon}}: {{1 fois}} par mois, en presence du resident."
        " l educ [[PERSONNE:Nadège]] frappe, attend, entre. on trouve une plaque electrique interdite",
    ),
    (
        "chrs",
        CSP,
        "Visite du studio de M. [[PERSONNE:Ouedraogo]] (bail glissant). Il a reçu un courrier de sa"
        " banque : RIB [[IBAN:17807 27874 01011243243 96]]. L'éducateur l'aide à mettre en place le"
        " prélèvement du loyer de {{310 €}}.",
    ),
    (
        "chrs",
        CSP,
        "toulouse, maraude {{canal du midi}}, camion aménagé plaque [[IMMATRICULATION:4471-HJK]]"
        " (espagnole). dedans un couple, mme [[PERSONNE:Álvarez]] enceinte. orientation {{PMI}}",
    ),
    (
        "chrs",
        CSP,
        "avignon, retour de maraude {{1h}} du mat. l educ remplit le cahier: heure, lieu, nb de"
        " personnes, besoins. {{0}} nom",
    ),
    (
        "chrs",
        CSP,
        "visite chez [[PERSONNE:Fatima-Zahra]] relogee en {{HLM}} a {{Narbonne}}, elle donne son"
        " nouveau mail [[EMAIL:fz.elidrissi@outlook.fr]] pr les convocs. elle a un chat {{Moka}}",
    ),
    (
        "chrs",
        CSP,
        "La cheffe de service, Mme [[PERSONNE:Carbonnel]], fait une visite surprise dans un appartement"
        " partagé, [[ADRESSE:44 avenue Jean Jaurès, 30000 Nîmes]]. Les {{3}} colocataires sont là. Rien"
        " à signaler.",
    ),
]

BATCH_8 = [
    # france_travail, accueil physique
    (
        "france_travail",
        AP,
        "agence FT {{marseille}} {{la joliette}} {{8h30}}. conseillere [[PERSONNE:Naïma]] recoit mr"
        " [[PERSONNE:Cherif]] id [[ID_FRANCE_TRAVAIL:3041876L]] radie pr absence a un rdv qu il a jamais"
        " recu 😤",
    ),
    (
        "france_travail",
        AP,
        "Inscription d'une femme, [[PERSONNE:Amandine Roche]], née le [[DATE_NAISSANCE:14 novembre"
        " 1972]], {{52 ans}}, après {{20 ans}} dans la même conserverie. Sécu : [[NIR:2 72 11 13 004 088"
        " 63]], née à {{Arles}}. RIB pour l'{{ARE}} :"
        " [[IBAN:FR7612506625820180603129869]].",
    ),
    (
        "france_travail",
        AP,
        "zone libre service: {{6}} postes, {{2}} imprimantes dont {{1}} en panne. un monsieur imprime"
        " {{40}} CV, le conseiller le laisse faire",
    ),
    (
        "france_travail",
        AP,
        "toulon FT, mr [[PERSONNE:Mercadier]] veut changer son rib pr l {{ARE}}:"
        " [[IBAN:FR76 1027 8458 2005 5499 1518 084]]. la conseillere le saisit, lui fait relire 👀",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV à {{Montpellier}} : l'animatrice projette un CV modèle au nom de [[PERSONNE:Jean"
        " Dupont]], {{Développeur web}}, avec un mail fictif [[EMAIL:jean.dupont@exemple.fr]]. {{8}}"
        " participants.",
    ),
    (
        "france_travail",
        AP,
        "nimes FT: mr [[PERSONNE:Nasser Benyahia]] id pole emploi [[ID_FRANCE_TRAVAIL:8 203 915 X]]"
        " conseiller [[PERSONNE:Thomas Vire]] lui propose l offre n° {{183KLMP}} cariste chez"
        " {{Decathlon}} a {{Garons}}",
    ),
    (
        "france_travail",
        AP,
        "perpignan agence {{Polygone Nord}}: jeune homme [[PERSONNE:Lucas Sanchez]] ne le"
        " [[DATE_NAISSANCE:2 décembre 1990]] a {{Perpignan}}, secu [[NIR:190126613601936]]. il veut"
        " faire une formation {{CACES}}",
    ),
    (
        "france_travail",
        AP,
        "Une mère de famille syrienne, [[PERSONNE:Rania Al-Khatib]], titre de séjour n°"
        " [[IDENTIFIANT:0603127744]], veut faire reconnaître son diplôme de pharmacienne. La"
        " conseillère l'oriente vers l'{{ENIC-NARIC}}.",
    ),
    (
        "france_travail",
        AP,
        "avignon FT ecran d accueil: « votre conseiller vous recevra dans {{25}} minutes ». {{11}}"
        " personnes assises",
    ),
    (
        "france_travail",
        AP,
        "mme [[PERSONNE:Tahiri]] identifiant [[ID_FRANCE_TRAVAIL:2918047 G]] vient avec son mail"
        " [[EMAIL:s.tahiri@sfr.fr]] qui marche plus depuis {{2 mois}}. la conseillere [[PERSONNE:Laure]] lui en cree un"
        " nouveau: [[EMAIL:samira.tahiri.2024@gmail.com]]",
    ),
    (
        "france_travail",
        AP,
        "toulouse {{compans}}: cadre {{55 ans}} licencie de {{Airbus}} sous-traitant. il dit « j ai"
        " jamais ete au chomage de ma vie ». la conseillere lui explique l {{APEC}}. pas de nom donne",
    ),
    (
        "france_travail",
        AP,
        "nice FT, m. [[PERSONNE:Orsini]] (corse, ne a {{Ajaccio}} en [[DATE_NAISSANCE:aout 69]]) secu"
        " [[NIR:1 69 08 2A 004 057 81]] veut creer sa boite. son futur SIRET perso il l a pas encore",
    ),
    (
        "france_travail",
        AP,
        "Permis de conduire : M. [[PERSONNE:Diop]] demande une aide ; sa voiture est en fourrière"
        " ([[IMMATRICULATION:BN-582-WE]]), il ne peut plus aller au travail à {{Vitrolles}}.",
    ),
    (
        "france_travail",
        AP,
        "conseillere [[PERSONNE:Aurélie]] + moi + une jeune [[PERSONNE:Chloé]] {{19 ans}} qui veut etre"
        " {{aide soignante}}. id [[ID_FRANCE_TRAVAIL:6310298H]]. rdv {{Mission Locale}} pris",
    ),
    (
        "france_travail",
        AP,
        "béziers: mr [[PERSONNE:Bouchard]] ne en mai [[DATE_NAISSANCE:2003]] secu"
        " [[NIR:103053403212712]] rib [[IBAN:FR7613506254000893501941346]] dossier complet en {{10 min}}"
        " 🎉",
    ),
    # france_travail, accueil téléphonique
    (
        "france_travail",
        AT,
        "plateforme {{3949}} a {{Marseille}}. conseiller [[PERSONNE:Sébastien]] : appel de mme"
        " [[PERSONNE:Rabhi]] identifiant [[ID_FRANCE_TRAVAIL:0917263 P]] pb d actualisation,"
        " elle recoit plus rien sur [[EMAIL:k.rabhi13@laposte.net]]",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un homme d'environ {{60 ans}} qui dicte son identifiant en chiffres : « [[ID_FRANCE_TRAVAIL:quatre, cinq, un, deux, huit,"
        " sept, zéro, lettre T]] ». À l'écran : [[ID_FRANCE_TRAVAIL:4512870T]], M. [[PERSONNE:Laborde]].",
    ),
    (
        "france_travail",
        AT,
        "appel de {{2 min}} pr demander si l agence de {{Castelnau-le-Lez}} est ouverte le {{samedi}}."
        " non",
    ),
    (
        "france_travail",
        AT,
        "mme [[PERSONNE:Bensoussan]] veut recevoir son attestation par mail: [[EMAIL:c.bensoussan"
        " arobase wanadoo point fr]] la conseillere lui dit de la telecharger sur l {{espace perso}}",
    ),
    (
        "france_travail",
        AT,
        "toulouse, appel d une femme [[PERSONNE:Gwenaëlle Le Bihan]] arrivee de {{Brest}}, secu"
        " [[NIR:283103155528447]] euh non elle est nee a {{Toulouse}} en fait et partie en bretagne"
        " puis revenue. id FT [[ID_FRANCE_TRAVAIL:7730219A]]",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller rappelle un demandeur au [[TELEPHONE:04 67 58 12 90]] : pas de réponse. Il"
        " laisse un message : « ici {{France Travail}} {{Montpellier}}, merci de rappeler au {{3949}}"
        " ».",
    ),
    (
        "france_travail",
        AT,
        "{{11h40}} appel en arabe, mr [[PERSONNE:Ait Bouazza]] donne son rib au tel"
        " [[IBAN:FR76 3000 2338 0005 7265 6754 417]] la conseillere dit « stop, pas par tel »",
    ),
    (
        "france_travail",
        AT,
        "PLUS DE {{45}} APPELS EN ATTENTE a {{10h}} 😱 le manager [[PERSONNE:Vincent]] demande a tout"
        " le monde de raccourcir",
    ),
    (
        "france_travail",
        AT,
        "Une jeune maman, [[PERSONNE:Imane]], née en [[DATE_NAISSANCE:février 96]] au {{Maroc}}, sécu"
        " [[NIR:2 96 02 99 350 133 61]], demande si son congé parental interrompt ses droits.",
    ),
    (
        "france_travail",
        AT,
        "nice, appel d un employeur ({{Hôtel Negresco}}) qui cherche un commis. il veut le cv de"
        " [[PERSONNE:Théo Lambert]] vu sur le site. la conseillere transmet a l'equipe entreprise",
    ),
    (
        "france_travail",
        AT,
        "{{14h}} appel de mr [[PERSONNE:Ben Romdhane]] ne le [[DATE_NAISSANCE:19/12/1999]] wait non c est sa"
        " femme qui est nee en [[DATE_NAISSANCE:99]]. lui c est [[DATE_NAISSANCE:1978]]. id [[ID_FRANCE_TRAVAIL:5039281N]]",
    ),
    (
        "france_travail",
        AT,
        "Statistiques de la plateforme projetées au mur : {{1 412}} appels hier, {{87 %}} de taux de"
        " décroché. Personne ne les regarde vraiment.",
    ),
    (
        "france_travail",
        AT,
        "avignon, une dame appelle pr son fils [[PERSONNE:Nathan]] qui est en {{CEJ}}. elle donne son"
        " num a elle [[TELEPHONE:06.98.34.21.07]] et son adresse [[ADRESSE:17 rue Carnot 84000"
        " Avignon]]",
    ),
    (
        "france_travail",
        AT,
        "appel d'un intérimaire de chez {{Adecco}} : M. [[PERSONNE:Fontanel]], identifiant"
        " [[ID_FRANCE_TRAVAIL:1182736 K]], email [[EMAIL:fontanel.rene@hotmail.com]], veut savoir"
        " pourquoi son cumul {{ARE}}/salaire est faux",
    ),
    (
        "france_travail",
        AT,
        "perpignan 3949: mme [[PERSONNE:Sabaté]] au tel, agressive, menace de venir a l agence. le"
        " conseiller [[PERSONNE:Xavier]] reste tres calme. {{14 min}}",
    ),
]

# --- end of notes ---

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            entities.append({"start": length, "end": length + len(value), "label": label})
            out.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            out.append(kept)
            length += len(kept)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), entities, keep


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
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
