"""Independent evaluation notes for the anonymiser (corpus ind6), typed by hand.

Every note below was typed by its author, one situation per note. Inline marks:
``[[CODE:value]]`` for an entity to mask (CODE: P, NIR, TEL, MAIL, IBAN, ADR, DDN, ALLOC, FT,
IMMAT, ID) and ``{{value}}`` for a string to keep. Running this script strips the marks,
computes the offsets, numbers the notes ind6-001... in authoring order and writes dev.jsonl and
holdout.jsonl next to it (seeded random split, stratified by (site_kind, channel), 120 / 120).

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203
CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")

# Abbreviations for site kinds and channels, to keep the note list readable.
CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = []

# --- Caf -----------------------------------------------------------------------------------
NOTES += [
    (
        CAF,
        PHY,
        "{{9h12}} deja {{14 personnes}} assises. Agent = [[P:Sandrine]], tres calme. 1ere dame vient pour la {{prime d'activite}} qui a saute depuis {{mars}}, elle dit « j'ai rien change moi ». [[P:Sandrine]] regarde : declaration trimestrielle pas faite. Num alloc [[ALLOC:2184736]] lu a voix haute devant tout le monde 😬",
    ),
    (
        CAF,
        PHY,
        "Mr [[P:Benali]] ticket {{B042}}, vient avec sa fille qui traduit. APL suspendue. Il a un courrier : « votre bailleur nous a signale un impaye ». Il montre ses quittances, l'agente [[P:Lucie]] scanne tout.",
    ),
    (
        CAF,
        PHY,
        "borne en panne depuis ce matin, tout le monde fait la queue au guichet {{3}}. une dame en fauteuil attend dehors parce que la porte automatique coince. personne ne bouge. {{45 min}} d'attente affichees, en realite {{1h10}}.",
    ),
    (
        CAF,
        PHY,
        "Jeune homme, {{19 ans}}, veut ouvrir ses droits au {{RSA}}. Refus, trop jeune. Il repart sans rien. Conseillere ([[P:Amandine Perrot]]) l'oriente vers la {{Mission locale}} rue de la Republique. Il avait pris un demi jour de conge pour venir.",
    ),
    (
        CAF,
        PHY,
        "MME [[P:NGUYEN THI HOA]] DDN [[DDN:04/11/1962]] DOSSIER [[ALLOC:0657731]] - ASF - PENSION ALIMENTAIRE NON VERSEE DEPUIS {{8 MOIS}}. L'EX VIT EN ALLEMAGNE. AGENT DIT QUE L'{{ARIPA}} PEUT RECUPERER.",
    ),
    (
        CAF,
        PHY,
        "la dame a ecrit son mail sur un post it pour l'agent : [[MAIL:kenza.elamrani93@gmail.com]] . elle a pas acces a son espace perso depuis le changement de tel, plus de code par sms. num alloc sur sa derniere notif : [[ALLOC:0983321]]",
    ),
    (
        CAF,
        PHY,
        "Observation generale : l'accueil ouvre a {{8h30}}, file deja dans la rue a {{8h}}. Pas d'abri, il pleut. Vigile gentil. Le {{Caf.fr}} est affiche partout mais la moitie des gens n'ont pas de smartphone qui marche. {{3 agents}} pour {{60 passages}} dans la matinee.",
    ),
    (
        CAF,
        PHY,
        "Couple afghan, {{3 enfants}}. Titre de sejour du pere n° [[ID:7502183946]] expire dans {{15 jours}}, recepisse pas encore donne par la prefecture. Agent [[P:Mehdi]] explique que les {{allocations familiales}} continuent si le recepisse arrive a temps. Sinon suspension. Le pere repete « prefecture, prefecture » en secouant la tete.",
    ),
    (
        CAF,
        PHY,
        "« vous etes Mme comment ? » - « [[P:Fontaine]] » - « comme la {{fontaine}} ? » - « oui » 😂 l'agente [[P:Nadia]] rigole, la dame aussi. Ca detend. Elle vient pour l'{{ALF}}.",
    ),
    (
        CAF,
        PHY,
        "ticket {{A117}}. Mr [[P:Vial]], tres agite, crie sur l'agent parce qu'on lui reclame un indu de {{2 340 €}}. Il sort sa notif : « trop percu RSA periode {{janvier a juin 2025}} ». Le vigile s'approche. Dossier [[ALLOC:4471 902]]. Fin calme finalement, plan de remboursement {{50 € par mois}}.",
    ),
    (
        CAF,
        PHY,
        "Pt de vue usager : Mme [[P:Da Silva Ferreira]] me dit en attendant « ici c'est mieux que le tel, au tel on tombe jamais sur quelqu'un ». Elle est venue en bus depuis {{Saint-Etienne-du-Rouvray}}, {{40 min}}.",
    ),
    (
        CAF,
        PHY,
        "A noter : l'agent [[P:Jean-Baptiste]] a un {{pull bleu marine}} avec le logo {{Caf}}, les gens le reconnaissent. Il fait de la pre-orientation debout avec une tablette. Bonne idee.",
    ),
    (
        CAF,
        PHY,
        "Etudiante, vient pour l'APL de sa coloc. Bail au nom de [[P:Ines Bouchareb]] et [[P:Clara Lemoine]]. Adresse du logement [[ADR:14 bis rue Paul Bert, 69003 Lyon]]. Le proprio a pas rempli l'attestation de loyer. Agent lui imprime le formulaire.",
    ),
    (
        CAF,
        PHY,
        "dame ages {{70 ans}} environ vient pour son petit fils [[P:Dylan]] qu'elle heberge. Elle veut savoir si elle peut toucher quelque chose. Reponse : non pour les AF car la mere les percoit encore. Elle pleure un peu. [[P:Sandrine]] lui donne un rdv avec l'assistante sociale.",
    ),
    (
        CAF,
        PHY,
        "Guichet {{2}} : Mr [[P:Kowalski]] conteste un controle. Il lit sa lettre : « suite a notre controle du {{12 septembre}}, nous avons constate une vie maritale avec Mme [[P:Rousseau Aurelie]] ». Il dit qu'elle est juste sa coloc. Dossier [[ALLOC:3349021]]. Sur l'enveloppe la Caf a ecrit « [[P:Kowalsky]] » avec un y.",
    ),
    (
        CAF,
        PHY,
        "Pas de donnees perso a noter sur ce creneau, juste : {{11h}}-{{11h30}} que des questions sur la {{prime de Noel}} (« quand est ce qu'elle tombe ? » reponse : vers le {{15 decembre}}). {{8 fois}} la meme question. Une affiche reglerait ca.",
    ),
    (
        CAF,
        TEL,
        "Plateforme tel, casque double ecoute. 1er appel : madame donne son num alloc « [[ALLOC:un deux trois zero quatre cinq six]] » puis son code postal. Agent [[P:Yannick]] verifie l'identite avec la DDN : [[DDN:le 3 fevrier 88]]. Question sur le RSA de {{novembre}}.",
    ),
    (
        CAF,
        TEL,
        "appel de {{14 min}}, un monsieur qui appelle pour sa mere hospitalisee. L'agent ne peut rien lui dire, pas de procuration. Il s'enerve : « elle peut pas parler, elle est en reanimation ! ». Procedure, procedure. On lui envoie le formulaire par mail a [[MAIL:t.morel-garnier@orange.fr]]",
    ),
    (
        CAF,
        TEL,
        "temps d'attente annonce par le serveur vocal : {{27 minutes}}. Le {{3230}} est saturé le lundi matin d'apres [[P:Celine]] (agente). Elle dit que le mardi apres midi c'est plus calme.",
    ),
    (
        CAF,
        TEL,
        "Mme [[P:Bah]] rappelle pour la {{3e fois}} ce mois ci. Elle a envoye son RIB deux fois, toujours pas pris en compte. L'agent relit : [[IBAN:FR76 1027 8060 3100 0205 6290 174]] et voit une erreur dans la cle. C'etait ca depuis le debut.",
    ),
    (
        CAF,
        TEL,
        "Monsieur au tel qui parle tres vite, agent lui fait epeler : « [[P:G-U-E-R-I-N]], [[P:Guerin]] sans accent ». Puis : « mon numero c'est le [[TEL:06 41 22 87 09]] si ca coupe ». Ca a coupe. Elle l'a rappele. Respect.",
    ),
    (
        CAF,
        TEL,
        "appel en anglais, etudiant indien, l'agente [[P:Marjorie]] se debrouille avec Google Trad. Il demande l'APL pour un studio au [[ADR:3 allee des Tilleuls, 31400 Toulouse]]. Il n'a pas de numero fiscal encore.",
    ),
    (
        CAF,
        TEL,
        "Pas d'infos perso dans cet appel : un maire adjoint de {{Cahors}} qui appelle pour savoir comment orienter les familles vers les {{aides aux vacances}}. {{12 min}}. Il voulait un interlocuteur direct, pas de ligne dediee aux partenaires, il raccroche frustre.",
    ),
    (
        CAF,
        TEL,
        "dicte vocal : madame dit virgule son numero allocataire c'est le [[ALLOC:56 78 123]] point elle a demenage le {{1er octobre}} au [[ADR:27 avenue Jean Jaures a Nimes]] point l'agent fait le changement d'adresse en direct point",
    ),
    (
        CAF,
        TEL,
        "Mr [[P:Hoarau]] appelle de {{La Reunion}} (Caf de {{Saint-Denis}} saturee dit il). On lui explique qu'on ne peut pas traiter son dossier ici. Il a attendu {{35 min}} pour rien. Decalage horaire en plus, il est {{15h}} chez lui.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une travailleuse sociale du departement pour une famille suivie : « famille [[P:Traore]], {{4 enfants}}, dossier [[ALLOC:7712098]] ». Elle demande un acompte d'urgence. L'agent dit que c'est possible mais qu'il faut un rapport social. Echange courtois, efficace.",
    ),
    (
        CAF,
        TEL,
        "agente : « vous pouvez me redonner votre telephone ? » dame : « [[TEL:zero sept, quatre-vingt-un, trente-trois, zero deux, soixante-quinze]] ». L'agente tape en meme temps. Ils parlent de la {{PreParE}} pour son 2e bebe.",
    ),
    (
        CAF,
        TEL,
        "ALERTE : l'agent lit a voix haute le NIR du monsieur pour verifier [[NIR:1 79 06 13 055 214 62]] alors que sa collegue est au tel juste a cote. Open space, pas de cloisons. Confidentialite ?",
    ),
    (
        CAF,
        CSP,
        "Controle sur place chez Mme [[P:Leroy]], [[ADR:8 impasse des Mimosas, 83600 Frejus]]. Controleur [[P:Thierry]] regarde la chambre de l'enfant, les factures d'eau. Elle est tres stressee. {{45 min}}. Il m'explique ensuite qu'il verifie la resid. alternee declaree.",
    ),
    (
        CAF,
        CSP,
        "visite domicile {{10h}}, HLM {{quartier des Aubiers}}, {{Bordeaux}}. Monsieur [[P:Sy]] vit seul avec {{2 enfants}}. Le controleur ouvre le frigo (!), regarde s'il y a des affaires de femme dans la salle de bain. J'ai trouve ca intrusif, lui dit que c'est la procedure. Rapport = isolement confirme.",
    ),
    (
        CAF,
        CSP,
        "Controle : le monsieur sort ses papiers dans une boite {{Lu}} en fer. Carte d'identite n° [[ID:140375302861]], bail, avis d'imposition. Le controleur [[P:Eric Vasseur]] est super patient, explique chaque ligne.",
    ),
    (
        CAF,
        CSP,
        "on arrive devant la maison, voiture garee dans la cour immatriculee [[IMMAT:FK-482-TZ]]. Le controleur note la plaque. Il m'explique : si la voiture appartient a un conjoint non declare ca change tout. Mme [[P:Boyer]] dit que c'est celle de son frere.",
    ),
    (
        CAF,
        CSP,
        "Rien de perso a noter : trajet de {{1h20}} en voiture de service pour {{2}} controles en zone rurale, {{Creuse}}. Le controleur fait {{6}} controles par semaine max. Temps de route enorme. Il a un {{Duster}} de service sans clim.",
    ),
    (
        CAF,
        CSP,
        "chez la famille [[P:Ait Ouarab]], [[ADR:Residence Les Peupliers bat C apt 12, 45 rue Victor Hugo, 93300 Aubervilliers]]. {{5 personnes}} dans un T2. Le controleur doit verifier la surface pour l'APL, logement indecent. Il va faire un signalement au {{service hygiene}} de la ville.",
    ),
    (
        CAF,
        CSP,
        "controleuse [[P:Fatou]] 👏 super douce avec la dame qui parle pas francais. Le fils de {{12 ans}} traduit. Elle lui demande son tel pour rappeler : [[TEL:07.58.14.66.30]]. Le gamin connait le num par coeur.",
    ),
    (
        CAF,
        CSP,
        "Visite en {{Guadeloupe}} (prise de note en visio avec l'agence de {{Pointe-a-Pitre}}) : Mme [[P:Jean-Louis Marie-Paule]] au [[ADR:Lotissement Bellevue, 97139 Les Abymes]]. Controle RSA. Elle vend des bokits le samedi, le controleur lui demande si c'est declare.",
    ),
    (
        CAF,
        CSP,
        "Note rapide : le controleur prend des photos avec sa tablette pro. Chambre, cuisine. Il me dit qu'elles sont supprimees apres le rapport. A verifier. {{RGPD}} ?",
    ),
    (
        CAF,
        CSP,
        "Mr et Mme [[P:Oliveira]]. Lui est artisan, declare pas de revenus depuis {{6 mois}}. Sur le bureau, des devis avec son nom et le num siret. Le controleur demande les releves : compte [[IBAN:FR76 3000 3021 4500 0501 2234 598]]. On voit des virements de clients.",
    ),
    (
        CAF,
        CSP,
        "controle termine a {{16h40}}. Controleur ([[P:Stephane]]) me dit « 80% des gens que je vois sont de bonne foi, ils comprennent juste rien a leurs declarations ». Ca m'a marque.",
    ),
    (
        CAF,
        CSP,
        "monsieur [[P:Petitjean]] nous ouvre en caleçon 😅 il avait oublie le rdv. Courrier recu mais envoye a l'ancienne adresse [[ADR:5 rue du Moulin 57000 Metz]]. Il habite maintenant chez sa soeur. Sa voiture a encore une vieille plaque de {{Moselle}} : [[IMMAT:3318 QZ 57]].",
    ),
]
# --- Cpam ----------------------------------------------------------------------------------
NOTES += [
    (
        CPAM,
        PHY,
        "Accueil Cpam {{Lille}} {{Fives}}, {{8h45}}. Mr [[P:Dubois]] vient pour sa carte vitale perdue. Agente [[P:Karima]] lui demande son num de secu, il le sort d'un vieux papier : [[NIR:1 67 12 59 350 087 41]]. Nouvelle carte commandee, {{3 semaines}} de delai.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[P:Sissoko]], enceinte de {{7 mois}}, vient pour la {{C2S}}. NIR provisoire sur son attestation : [[NIR:2 97 08 99 352 011 48]]. Elle a son dossier dans un sac plastique {{Carrefour}}. Tout est la sauf l'avis d'imposition. « je l'ai laisse chez ma cousine a {{Roubaix}} ». Elle reviendra.",
    ),
    (
        CPAM,
        PHY,
        "ticket {{C23}} - Mme [[P:Chevalier Brigitte]], nee le [[DDN:17 juillet 1951]], indemnites journalieres de son mari decede, elle comprend pas le courrier. L'agent lui explique le {{capital deces}}. Elle repete « mon [[P:Gerard]] aurait su » (le mari je suppose).",
    ),
    (
        CPAM,
        PHY,
        "gars en bleu de travail, vient entre {{12h}} et {{13h30}} sur sa pause, accident du travail, IJ pas versees depuis {{5 semaines}}. L'employeur a pas envoye l'attestation de salaire. L'agent appelle l'employeur devant lui (boite de BTP), le gerant, Mr [[P:Lopes]], decroche et promet de l'envoyer ce soir.",
    ),
    (
        CPAM,
        PHY,
        "la borne {{ameli}} imprime les attestations de droits, {{20 personnes}} devant en {{1h}}. La moitie ne sait pas taper son code. Un jeune service civique les aide. Tres utile.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[P:Rakotomalala]] (malgache, nom super long, l'agente a du le faire epeler 2 fois) demande son rattachement d'enfant. Enfant ne le [[DDN:2025-08-14]]. Il manque l'acte de naissance traduit. Le NIR de la maman est colle sans espaces sur le formulaire : [[NIR:284117511203427]].",
    ),
    (
        CPAM,
        PHY,
        "agente [[P:Soizic]] me dit que les gens viennent surtout pour : 1/ carte vitale 2/ IJ 3/ {{CSS}} 4/ {{AME}}. Presque jamais pour le remboursement de soins, tout est sur {{Ameli}} maintenant.",
    ),
    (
        CPAM,
        PHY,
        "Monsieur sans papiers, demande d'{{AME}}. Il donne une adresse de domiciliation associative : {{Secours Catholique}}, pas la sienne. Passeport [[ID:19AB34821]] (Cote d'Ivoire). Il dit « je veux juste soigner mes dents ».",
    ),
    (
        CPAM,
        PHY,
        "{{10h20}} : une dame (Mme [[P:Garcia]], ticket {{C31}}) tombe dans la salle d'attente (malaise vagal ?). L'agent appelle le {{15}}. Pompiers en {{12 min}}. Tout le monde continue a attendre son tour comme si de rien n'etait. Impressionnant et un peu triste.",
    ),
    (
        CPAM,
        PHY,
        "MR [[P:PIERRE]] (c'est son nom de famille!!) [[P:Jean-Claude PIERRE]], vient pour sa pension d'invalidite. L'agent fait une blague sur « {{pierre}} qui roule ». Il a l'habitude.",
    ),
    (
        CPAM,
        PHY,
        "Jeune couple, mutuelle pas a jour. Leur n° adherent {{MGEN}} : [[ID:1 8472 0193]], l'agent fait la teletransmission {{NOEMIE}} (c'est le nom du systeme, je demande 😅)",
    ),
    (
        CPAM,
        PHY,
        "La {{3646}} est affichee partout mais personne n'appelle car « ca sonne dans le vide ». Les gens viennent donc ici. Cercle vicieux selon le chef d'accueil.",
    ),
    (
        CPAM,
        PHY,
        "Mme [[P:Zerrouki]] veut changer son medecin traitant, Dr [[P:Vautrin]] part a la retraite. Pas de nouveau medecin dans le secteur ({{desert medical}}, {{Nievre}}). L'agente lui donne la liste des MSP. Elle a {{82 ans}}, pas de voiture.",
    ),
    (
        CPAM,
        PHY,
        "jeune homme, [[P:Noa Marchetti]], ne le [[DDN:19/03/2004]], veut une carte europeenne pour partir en Erasmus a {{Valence}} (Espagne). Fait sur la borne en {{4 min}}. Le plus rapide de la matinee.",
    ),
    (
        CPAM,
        PHY,
        "Entendu au guichet voisin : « Madame [[P:Cohen]], votre numero de securite sociale c'est bien [[NIR:2 84 05 75 116 342 09]] ? » tout le monde entend. Pas de distance de confidentialite au sol.",
    ),
    (
        CPAM,
        PHY,
        "retraitee, ancienne infirmiere, vient reclamer un remboursement d'{{optique}}. Elle a sa facture {{Krys}} et la decompte {{Harmonie Mutuelle}}, n° adherent [[ID:HM-00784215]], RIB en bas de la facture : [[IBAN:fr7617515900000800123456789]]. L'agente ne peut rien pour la part mutuelle, renvoie vers eux.",
    ),
    (
        CPAM,
        TEL,
        "plateforme {{3646}}, {{Montpellier}}. 1er appel : Mr [[P:Nkoulou]] qui veut savoir pourquoi son arret maladie est refuse. Arret envoye hors delai ({{48h}}). Agent explique qu'il y aura une sanction la prochaine fois, pas cette fois.",
    ),
    (
        CPAM,
        TEL,
        "appel long ({{22 min}}) : mamie qui comprend pas son releve. L'agent [[P:Laurent]] reste calme. Elle donne son numero de secu chiffre par chiffre : « [[NIR:deux, quarante-six, zero trois, trente et un, cinq cent cinquante-cinq, zero douze, cle quatre-vingt-sept]] ». Il retape 2 fois.",
    ),
    (
        CPAM,
        TEL,
        "appel coupe au bout de {{40 sec}}. Personne ne rappelle.",
    ),
    (
        CPAM,
        TEL,
        "une dame appelle pour son fils handicape, dossier {{MDPH}} en cours (ref. [[ID:MDPH-2025-031874]]). Elle veut une prise en charge de transport. L'agent lui explique le bon de transport, le {{VSL}}. Mme [[P:Aubert]] remercie 4 fois.",
    ),
    (
        CPAM,
        TEL,
        "agent me montre l'ecran : nom, prenom, NIR, adresse. Tout s'affiche des que le NIR est tape. Il dit qu'il verifie toujours la DDN avant de parler. Cet appel : [[DDN:30/09/1979]] ok → il parle.",
    ),
    (
        CPAM,
        TEL,
        "SMS envoye par l'agent a l'assure pendant l'appel pour lui donner un lien : au [[TEL:+33 6 72 18 40 53]]. Le monsieur est en {{Belgique}} pour le travail.",
    ),
    (
        CPAM,
        TEL,
        "Pas de perso : {{60%}} des appels de la matinee concernent les {{IJ}} maladie. Les agents ont un script mais ne l'utilisent presque pas. Ils preferent improviser.",
    ),
    (
        CPAM,
        TEL,
        "« oui bonjour c'est Mme [[P:Lefebvre-Adjovi]] »... l'agent cherche, trouve pas, c'etait avec un tiret ET un accent dans la base. Bug de recherche, {{3 min}} perdues.",
    ),
    (
        CPAM,
        TEL,
        "agent (teletravail?) non : sur site. Il appelle un assure pour un rappel programme : Mr [[P:Rocher]], messagerie, il laisse un message avec son prenom « c'est [[P:Antoine]] de l'Assurance Maladie ». Rappel numero [[TEL:01 84 92 37 16]].",
    ),
    (
        CPAM,
        TEL,
        "appel d'une pharmacie ({{pharmacie du Centre}}, {{Vesoul}}) qui veut verifier les droits d'un patient, Mr [[P:Ferhat]]... non, [[P:Ferhat]] c'est le prenom, le nom c'est [[P:Amrani]]. La pharmacienne donne la DDN : [[DDN:12 decembre 2003]].",
    ),
    (
        CPAM,
        TEL,
        "Assure furieux qui dit qu'il va « tout balancer sur twitter ». Il donne meme son compte : [[ID:@justice_pour_kev]]. L'agente ne releve pas.",
    ),
    (
        CPAM,
        TEL,
        "Mme [[P:Marchand]] demande pourquoi elle n'a pas recu le remboursement de sa {{kine}}. L'agent voit que le RIB enregistre est l'ancien, [[IBAN:FR14 2004 1010 0505 0001 3M02 606]] (banque postale). Il lui demande d'envoyer le nouveau via le compte ameli.",
    ),
    (
        CPAM,
        CSP,
        "Pas vraiment un controle : visite avec une conseillere service de l'assurance maladie chez un assure en arret long. Mr [[P:Bouvier]], [[ADR:Lieu-dit La Croix Blanche, 71250 Cluny]]. Elle verifie qu'il a bien compris ses droits apres l'arret, mi-temps therapeutique.",
    ),
    (
        CPAM,
        CSP,
        "Visite a domicile, controle d'arret de travail (controleur assermente). Mr [[P:Delattre]], [[ADR:11 rue Pasteur, 59300 Valenciennes]]. Personne presente a {{14h15}} hors horaires de sortie. On laisse un avis de passage. Il repassera.",
    ),
    (
        CPAM,
        CSP,
        "Controle arret maladie, Mme [[P:Gauthier]] presente, en pyjama. Le controleur verifie juste la presence et le NIR sur l'avis d'arret : [[NIR:2.76.09.33.063.118.72]]. {{5 min}}. Il me dit que sur {{10}} controles, {{1}} ou {{2}} absents.",
    ),
    (
        CPAM,
        CSP,
        "visite chez une dame en HAD, {{Marseille}} {{13e}}. Adresse : [[ADR:Cite des Lauriers, bat B, 13013 Marseille]]. L'infirmiere coordinatrice [[P:Yasmina]] est la aussi. On verifie le materiel medical loue.",
    ),
    (
        CPAM,
        CSP,
        "controle cabinet infirmier liberal (fraude aux actes ?). Pas de patient rencontre. L'infirmiere, Mme [[P:Lenoir]], ouvre ses releves, compte pro [[IBAN:FR76 1330 6000 1623 1045 7812 095]]. Le controleur epluche les tournees. Je ne note pas les noms des patients lus a l'ecran, il y en a trop. Agenda {{Doctolib}} ouvert sur la table.",
    ),
    (
        CPAM,
        CSP,
        "Mr [[P:Le Bihan]] (Finistere, {{Quimper}}), arret pour depression. Controle presence. Il est la, avec son chien 🐕. Il dit qu'il va mieux.",
    ),
    (
        CPAM,
        CSP,
        "la voiture de service (une {{Clio}}) a {{180 000 km}}. Le controleur fait {{300 km}} par jour certains jours. Il n'a pas de tablette, tout sur papier puis ressaisie au bureau le soir.",
    ),
    (
        CPAM,
        CSP,
        "controle a {{Mayotte}} raconte par un agent detache : pas d'adresse precise, on cherche la maison de Mme [[P:Anzizati]] avec des indications (« derriere la mosquee, portail vert »). Son numero note sur un carton : [[TEL:0639 61 45 28]].",
    ),
    (
        CPAM,
        CSP,
        "Mr [[P:Ramirez]] pas la. La voisine dit « il est au {{Leclerc}}, il bosse la-bas au drive ». Le controleur note. Arret maladie + travail = gros souci pour lui.",
    ),
    (
        CPAM,
        CSP,
        "visite en EHPAD pour une assuree sous tutelle, Mme [[P:Veronique Claude]] ([[P:Claude]] c'est le nom). Le tuteur de l'{{UDAF}} est present, M. [[P:Hamon]]. On fait le point sur la {{CSS}}.",
    ),
    (
        CPAM,
        CSP,
        "fin de journee. Le controleur me dit que le pire c'est quand il doit constater une fraude chez des gens qui galerent. « la loi c'est la loi » mais il a l'air fatigue.",
    ),
    (
        CPAM,
        CSP,
        "Long trajet aujourd'hui avec la conseillere PFIDASS ([[P:Helene]]) pour une visite chez un assure qui renonce aux soins. Mr [[P:Gaillard-Nkembe]], {{58 ans}}, ancien macon, vit au [[ADR:lieu-dit Le Pre Haut, 15300 Murat]]. Il n'a pas vu de dentiste depuis {{12 ans}}, il mange mou. Il a une complementaire qu'il paie {{96 €}} par mois et qu'il pourrait remplacer par la C2S gratuite. Elle remplit le dossier avec lui a la table de la cuisine, il cherche ses papiers dans une boite a chaussures {{Andre}}, elle trouve son avis d'imposition entre deux factures. Elle lui prend un rdv chez un dentiste a {{Aurillac}} pour le {{22}}, et note le numero de sa voisine qui l'emmenera : [[TEL:04 71 20 58 63]]. En repartant elle me dit : « lui, sans la visite, il aurait jamais rien demande ».",
    ),
]
# --- CCAS ----------------------------------------------------------------------------------
NOTES += [
    (
        CCAS,
        PHY,
        "CCAS de {{Roubaix}}, {{9h}}. Domiciliation : un monsieur vient chercher son courrier. L'agente [[P:Melissa]] sort une boite avec des enveloppes classees par nom. Lui c'est [[P:Kaddour Benyahia]], {{3 lettres}} dont une de la prefecture. Il ouvre devant nous, c'est un refus.",
    ),
    (
        CCAS,
        PHY,
        "dame demande une aide pour sa facture {{EDF}} de {{412 €}}. ref client [[ID:6003 418 992]] sur la facture. Pour le QF elle donne son n° allocataire Caf [[ALLOC:2231907]]. L'agent monte un dossier d'aide facultative, commission le {{jeudi}}. Elle dit que son chauffage est un {{grille-pain}} electrique 😕.",
    ),
    (
        CCAS,
        PHY,
        "« c'est pour les colis » → orientation vers l'{{epicerie sociale}} {{La Passerelle}}. Pas besoin de nom, juste un justificatif de ressources. {{2 €}} le panier.",
    ),
    (
        CCAS,
        PHY,
        "Mme [[P:Marguerite]] (prenom) [[P:Delacroix]], {{91 ans}}, vient a pied avec son deambulateur pour s'inscrire au {{plan canicule}}... en decembre. L'agente l'inscrit quand meme, tel fixe [[TEL:03 86 52 14 07]]. Elle veut surtout parler a quelqu'un.",
    ),
    (
        CCAS,
        PHY,
        "Un jeune papa (appelle [[P:Momo]] par l'agent, ils se connaissent) vient pour des tickets de cantine a tarif reduit. Le quotient familial depend de la Caf, il donne son n° alloc [[ALLOC:9021447]]. Calcul fait en {{5 min}}.",
    ),
    (
        CCAS,
        PHY,
        "affiche dans la salle : « {{Banque Alimentaire}} - collecte les {{28 et 29 novembre}} - {{Intermarche}} et {{Lidl}} ». Pas de perso. L'agent dit que les stocks baissent, {{+30%}} de demandes depuis l'an dernier.",
    ),
    (
        CCAS,
        PHY,
        "Mr [[P:Olivier]] (nom de famille) vient avec une lettre d'expulsion. Jugement du tribunal de {{Chalon-sur-Saone}}. Adresse du logement : [[ADR:22 rue de l'Olivier, 71100 Chalon-sur-Saone]] (oui, la meme chose que son nom, il en rit jaune). Orientation {{ADIL}} + {{FSL}}.",
    ),
    (
        CCAS,
        PHY,
        "agente [[P:Rose-Marie]] accueille une femme victime de violences, la fait passer dans le petit bureau, ferme la porte. Je reste dehors. Elle ressort {{40 min}} apres, appel au {{115}} fait + {{France Victimes}}.",
    ),
    (
        CCAS,
        PHY,
        "{{Saint-Laurent-du-Maroni}}, {{Guyane}}. L'agent parle {{3 langues}} (francais, sranan tongo, portugais). La salle est pleine de familles surinamaises et bresiliennes. Clim en panne, {{32°}}.",
    ),
    (
        CCAS,
        PHY,
        "MONSIEUR [[P:FERNANDES]] A PERDU SES PAPIERS. CNI N° [[ID:X4RT72Q19]] D'APRES LA PHOTOCOPIE QU'IL A GARDE. L'AGENT LUI FAIT UNE ATTESTATION POUR LA MAIRIE. TRES BIEN.",
    ),
    (
        CCAS,
        PHY,
        "Elu present ({{adjointe aux solidarites}}) passe dire bonjour aux agents. Les usagers ne savent pas qui elle est, mais tout le monde reconnait le portrait d'{{Emmanuel Macron}} dans le hall. Elle repart au bout de {{10 min}}.",
    ),
    (
        CCAS,
        PHY,
        "demande d'aide au permis de conduire pour un jeune de {{22 ans}}, [[P:Enzo]], {{France Travail}} lui a trouve une formation cariste mais il faut le permis. Identifiant FT : [[FT:4419302K]]. Dossier transmis.",
    ),
    (
        CCAS,
        PHY,
        "Mme [[P:Lapierre]] pas contente : sa demande de logement social ({{numero unique}} [[ID:0593124000887654]]) date de {{2021}}. L'agente dit qu'elle ne peut rien, c'est le bailleur. Mme [[P:Lapierre]] : « alors a quoi vous servez ». Silence.",
    ),
    (
        CCAS,
        PHY,
        "un monsieur rom, famille [[P:Stoica]], demande une domiciliation. Il vit en campement pres du {{periph}}. L'agent accepte, lien avec la commune verifie (enfants scolarises a l'ecole {{Jules Ferry}}).",
    ),
    (
        CCAS,
        PHY,
        "Alerte pour moi : fiche d'accueil papier qui traine sur le bureau avec nom + tel d'un usager precedent : [[P:Sabrina Haddad]] [[TEL:0612456093]]. Visible par la personne suivante.",
    ),
    (
        CCAS,
        PHY,
        "Le directeur du CCAS me dit que le {{budget}} des aides facultatives est de {{180 000 €}} par an pour {{45 000 habitants}}. Plafond {{300 €}} par foyer. Bcp de demandes pour la {{cantine}}, l'energie, les lunettes.",
    ),
    (
        CCAS,
        TEL,
        "appel d'une fille pour son pere isole a {{Cherbourg}} : Mr [[P:Lemarchand]] ne repond plus au tel depuis {{2 jours}}. L'agent demande l'adresse : [[ADR:17 rue Tour-Carree, 50100 Cherbourg-en-Cotentin]]. Elle appelle la police municipale pour passer.",
    ),
    (
        CCAS,
        TEL,
        "Plan grand froid, appels sortants aux personnes inscrites. Liste papier. 1er appel : Mme [[P:Thibault]], ca va, elle a du bois. 2e : Mr [[P:Nakache]], repondeur. 3e : Mme [[P:Gomis]], elle demande le portage de repas.",
    ),
    (
        CCAS,
        TEL,
        "« allo le CCAS ? c'est pour les bons de Noel pour les anciens » - reponse : distribution {{salle des fetes}} le {{18 decembre}} de {{14h a 17h}}, avec la carte d'identite. 🎄",
    ),
    (
        CCAS,
        TEL,
        "la dame donne son adresse mail pour recevoir le formulaire APA : [[MAIL:jocelyne.martineau arobase laposte point net]]. L'agent l'ecrit correctement.",
    ),
    (
        CCAS,
        TEL,
        "appel d'un bailleur ({{Vilogia}}) sur un locataire en impaye, Mr [[P:Djaballah]]. Le CCAS ne donne aucune info sans accord de la personne. Bien.",
    ),
    (
        CCAS,
        TEL,
        "Mr [[P:Bonnet]], {{78 ans}}, appelle pour savoir si le CCAS peut l'aider pour sa mutuelle. Sa mutuelle actuelle : {{Malakoff Humanis}}, n° [[ID:2750184633]]. L'agent lui parle de la {{complementaire sante solidaire}}.",
    ),
    (
        CCAS,
        TEL,
        "erreur de num, cherchait la mairie (acte de naissance de [[P:Jade]]). {{30 sec}}.",
    ),
    (
        CCAS,
        TEL,
        "vocal : le monsieur s'appelle [[P:Yacine Ould Ahmed]] il appelle pour l'aide aux vacances de ses enfants ses enfants sont nes le [[DDN:5 mai 2014]] et le [[DDN:22 janvier 2017]] l'agent dit que c'est complet pour cet ete",
    ),
    (
        CCAS,
        TEL,
        "Une assistante sociale de l'hopital appelle pour organiser le retour a domicile de Mme [[P:Pasquier]], sortie prevue {{vendredi}}. Besoin d'aide menagere. L'agente [[P:Corinne]] note tout sur un cahier a spirale.",
    ),
    (
        CCAS,
        TEL,
        "appel en creole (Martinique, CCAS de {{Fort-de-France}}). L'agent repond en creole. Mme [[P:Celestine]] veut savoir si elle a droit a une aide pour la facture d'eau. Tel de rappel : [[TEL:0596 71 28 44]].",
    ),
    (
        CCAS,
        TEL,
        "standard : {{11 appels}} en {{1h}}, dont {{4}} pour les colis de Noel, {{3}} pour la cantine, {{2}} erreurs de numero, {{2}} pour l'{{APA}} dont Mr [[P:Le Floch]] qui rappelle pour la 3e fois. Pas d'entretien long.",
    ),
    (
        CCAS,
        TEL,
        "monsieur qui appelle pour sa voisine, Mme [[P:Rivière]], qui « perd la tete » selon lui. Elle sort la nuit en chemise. Il donne son propre numero : [[TEL:07 62 15 90 38]] et son nom [[P:Jacky]]. Signalement transmis.",
    ),
    (
        CCAS,
        CSP,
        "Visite a domicile evaluation aide menagere, Mme [[P:Poulain]] {{86 ans}}, [[ADR:4 chemin des Vignes, 26000 Valence]]. Maison de plain pied, chat partout. Elle nous sert du cafe dans des tasses {{Arcopal}}. Besoin : {{4h}} par semaine. Sa fille passe en coup de vent, voiture belge [[IMMAT:1-GHK-837]] (elle vit a {{Mons}}).",
    ),
    (
        CCAS,
        CSP,
        "visite avec l'assistante sociale du CCAS chez un monsieur isole qui accumule (syndrome de {{Diogene}}). On ne peut pas entrer dans la cuisine. Il s'appelle [[P:Raymond]], ancien cheminot. Il dit « je jette rien, ca peut servir ».",
    ),
    (
        CCAS,
        CSP,
        "portage de repas avec [[P:Steeve]] (livreur du CCAS), {{12 arrets}} en {{2h}}. Chaque personne le tutoie. Il regarde si le plateau de la veille a ete mange. Tournee {{Quartier Nord}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite pour l'aide a l'energie : compteur {{Linky}} dans l'entree, facture {{TotalEnergies}}, n° client [[ID:1 2031 458 771]]. Mme [[P:Yildiz]] chauffe une seule piece. Humidite partout.",
    ),
    (
        CCAS,
        CSP,
        "pas de nom : on passe devant la residence autonomie, l'animatrice fait un loto. {{23}} residents. Lots : un {{panier garni}}, une {{bouteille de Clairette}}.",
    ),
    (
        CCAS,
        CSP,
        "evaluation a domicile a {{Tourcoing}} : famille [[P:Lemaire-Diouf]], parents separes, la mere demande une aide pour les frais d'obseques de son fils (!!). L'agente est bouleversee apres, on s'arrete {{5 min}} dans la voiture.",
    ),
    (
        CCAS,
        CSP,
        "Visite logement insalubre avec l'inspecteur hygiene de la ville. Locataire Mr [[P:Conde]]. Proprietaire : {{SCI Les Jardins}}, gerant Mr [[P:Achour]] (jamais joignable). Moisissures, fils electriques a nu.",
    ),
    (
        CCAS,
        CSP,
        "pendant la visite la dame me montre son telephone avec un SMS de l'huissier : « Me [[P:Garnier-Lacombe]], commissaire de justice... » avec un numero de dossier [[ID:2025/11873]]. Elle demande si c'est une arnaque. Ca n'en est pas une.",
    ),
    (
        CCAS,
        CSP,
        "evaluation pour teleassistance : Mr [[P:Vidal]] accepte le bracelet {{Vitaris}}. Deux contacts : sa fille [[P:Aurelie]] [[TEL:06 20 44 71 85]], et son voisin Mr [[P:Castel]] [[TEL:04 67 39 12 50]].",
    ),
    (
        CCAS,
        CSP,
        "a {{Saint-Pierre}} ({{La Reunion}}), visite chez une famille dans les hauts, route en lacets. Mme [[P:Payet]] (« ici tout le monde s'appelle [[P:Payet]] » dit l'agente 😄). Adresse : [[ADR:chemin Bras de Pontho, 97410 Saint-Pierre]].",
    ),
    (
        CCAS,
        CSP,
        "Retour de visite. Devant chez l'usager, sa vieille 205 immatriculee [[IMMAT:245 ABW 59]] (plaque noire !). L'agente dit qu'elle ne peut plus rouler, pas de CT depuis {{2019}}.",
    ),
    (
        CCAS,
        CSP,
        "Note : les visites a domicile du CCAS sont limitees a {{2 par jour}} par agent faute de vehicule. Une seule {{Zoe}} electrique pour {{8}} travailleurs sociaux.",
    ),
]
# --- Urgences ------------------------------------------------------------------------------
NOTES += [
    (
        URG,
        PHY,
        "SAU {{CHU de Nantes}}, {{20h}}. IAO (infirmiere d'accueil) = [[P:Gwenaelle]]. {{38 patients}} en attente, {{6h}} d'attente pour les non urgents. Un monsieur dort sur un brancard dans le couloir depuis ce matin.",
    ),
    (
        URG,
        PHY,
        "Patient : [[P:Bakary Coulibaly]], {{34 ans}}, douleur thoracique. Etiquette IPP imprimee : [[ID:P00817342]]. Pris en charge en {{10 min}}, ECG direct. Tres pro.",
    ),
    (
        URG,
        PHY,
        "l'agent d'accueil administratif demande la carte vitale, la dame ne l'a pas. « votre numero de secu ? » - « euh... [[NIR:2 91 10 92 048 115 36]] je crois ». Elle le connait par coeur, moi je connais pas le mien 😅",
    ),
    (
        URG,
        PHY,
        "Pas de nom : un enfant de {{4 ans}} avec une piece de {{2 €}} avalee. Radio, la piece est dans l'estomac. On attend qu'elle sorte naturellement. Les parents repartent avec une passoire (!) conseillee par l'interne.",
    ),
    (
        URG,
        PHY,
        "admission : Mme [[P:Morin-Lecomte]] nee le [[DDN:08.02.1940]], amenee par les pompiers depuis l'EHPAD {{Les Glycines}}. Chute. Sa fille arrive {{1h}} apres, donne son tel [[TEL:06 85 30 11 72]] a la secretaire.",
    ),
    (
        URG,
        PHY,
        "agent de securite [[P:Rachid]] gere un patient alcoolise tres agressif. Calme, ferme. Il me dit qu'il fait ca {{toutes les nuits}}. Le patient s'appelle [[P:Kevin]] d'apres les pompiers, pas de papiers sur lui.",
    ),
    (
        URG,
        PHY,
        "attente affichee : {{4h30}} 😩",
    ),
    (
        URG,
        PHY,
        "Monsieur sans abri connu du service, appele « [[P:Grand Jo]] » par tout le monde. Il vient pour ses pieds (plaies). L'infirmier [[P:Thomas]] lui refait ses pansements et lui donne des chaussettes neuves. Lien avec la {{PASS}}.",
    ),
    (
        URG,
        PHY,
        "Touriste allemand, chute a ski (on est a {{Grenoble}}). Sa carte europeenne + passeport n° [[ID:C4J7PR2X9]]. Son fils parle anglais. La secretaire [[P:Chloe]] remplit le dossier en 3 langues melangees. Leur voiture, [[IMMAT:M-KL 4821]], est garee sur la place ambulance 🙄",
    ),
    (
        URG,
        PHY,
        "Urgences pediatriques, {{Robert-Debre}}. Bronchiolite partout. Une maman avec jumeaux, [[P:Lina]] et [[P:Adam]], {{3 mois}}. Elle attend depuis {{5h}} du matin. Le pere au telephone sur haut parleur.",
    ),
    (
        URG,
        PHY,
        "MEDECIN : DR [[P:OUEDRAOGO]], SEUL SENIOR CETTE NUIT POUR {{60}} PASSAGES. IL ME DIT QU'IL A FAIT {{3}} GARDES CETTE SEMAINE. PERSONNE NE SEMBLE CHOQUE.",
    ),
    (
        URG,
        PHY,
        "la secretaire lit l'adresse sur la carte d'identite pour remplir le dossier : « vous habitez toujours [[ADR:36 boulevard de la Liberte a Lille]] ? » - « non j'ai demenage a {{Lomme}} ». Elle corrige.",
    ),
    (
        URG,
        PHY,
        "Pas de donnees perso : machine a cafe en panne, distributeur {{Selecta}} vide. {{1}} seul toilette pour la salle d'attente. Affiche « {{Non aux violences contre les soignants}} ».",
    ),
    (
        URG,
        PHY,
        "Jeune femme, [[P:Maelys]], {{17 ans}}, vient seule pour douleur abdo. Mineure : l'infirmiere appelle sa mere au [[TEL:06.14.77.25.03]]. La mere est au travail, {{Amazon}}, elle peut pas venir avant {{21h}}.",
    ),
    (
        URG,
        PHY,
        "Entendu entre soignants : « le patient du box {{7}}, Mr [[P:Haddou]], il a eu sa creat ? ». Ils parlent fort, on entend les diagnostics depuis le couloir.",
    ),
    (
        URG,
        PHY,
        "patient etranger sans couverture, dossier {{AME}} en cours, recepisse de demande d'asile n° [[ID:7525004813]]. L'assistante sociale va faire la {{PASS}}.",
    ),
    (
        URG,
        PHY,
        "Femme de {{45 ans}} en crise d'angoisse, elle dit « je m'appelle [[P:Sophie]], [[P:Sophie Renaud]], appelez mon mari [[P:Luc]] ». Numero du mari dans son tel, contact « [[P:Lulu]] ❤️ ». L'infirmiere appelle.",
    ),
    (
        URG,
        PHY,
        "A {{Cayenne}} ({{CHU de Guyane}}) : afflux apres un accident de pirogue sur le {{Maroni}}. Pas de noms donnes, juste « X masculin 1 », « X feminin 2 » pour les non identifies. Procedure..",
    ),
    (
        URG,
        PHY,
        "vu un dossier papier ouvert sur le comptoir : nom [[P:DELAUNAY Jacques]], mutuelle {{Mutuelle Generale}} n° [[ID:004587210]]. Personne ne le regarde mais il est la, a la vue de tous.",
    ),
    (
        URG,
        PHY,
        "Retour d'un patient venu ce matin, plaie a la main (cutter). Il travaille chez {{Leroy Merlin}}. Accident du travail. L'agent administratif [[P:Yohan]] lui demande le nom de l'employeur et la declaration AT.",
    ),
    (
        URG,
        PHY,
        "🕐 {{2h du matin}}. {{12}} brancards dans le couloir. Une infirmiere pleure dans la salle de pause. Le cadre de nuit [[P:Patrice]] fait des cafes pour tout le monde.",
    ),
    (
        URG,
        PHY,
        "Patiente ages, demente, ne connait plus sa date de naissance. On la retrouve dans le DPI grace au nom : Mme [[P:Moreau]] veuve [[P:Lambert]], nee le [[DDN:1er avril 1936]].",
    ),
    (
        URG,
        TEL,
        "Regulation {{SAMU}} {{15}}, ecoute avec l'ARM [[P:Ludivine]]. Appel : « mon mari fait un malaise, on habite [[ADR:12 lotissement Les Hirondelles, Saint-Jean-de-Braye]] ». Envoi du SMUR en {{3 min}}.",
    ),
    (
        URG,
        TEL,
        "ARM demande le numero de rappel : « [[TEL:zero six, vingt-deux, quatorze, soixante-dix-sept, quatre-vingt-dix-neuf]] ». Elle le dit en meme temps qu'elle l'ecrit. Monsieur tres panique.",
    ),
    (
        URG,
        TEL,
        "Appel pour une intoxication au monoxyde, {{4 personnes}} dans l'appartement. Pompiers engages. Pas de nom donne pendant l'appel, juste l'etage et le code : {{3e gauche}}, digicode {{A1984}}.",
    ),
    (
        URG,
        TEL,
        "SAS (service d'acces aux soins) : une mere (Mme [[P:Guedira]], rappel au [[TEL:06 47 12 90 58]]) appelle pour son bebe de {{8 mois}}, fievre a {{39,5}}. Le medecin regulateur la rassure, rdv chez le medecin de garde a {{la maison medicale}} de {{Pontoise}}. Pas aux urgences. 👍",
    ),
    (
        URG,
        TEL,
        "appel d'un pharmacien : Mr [[P:Sanchez]] demande s'il peut donner du {{Doliprane}} a son patient qui sort des urgences. L'ARM passe au medecin.",
    ),
    (
        URG,
        TEL,
        "appel qui s'avere etre une blague (des ados). L'ARM raccroche, rappelle le numero [[TEL:07 81 40 22 63]], personne. Elle me dit que c'est tous les mercredis apres midi.",
    ),
    (
        URG,
        TEL,
        "femme appelle pour son pere diabetique au sol. Elle donne l'adresse du pere : [[ADR:la ferme des Quatre Vents, 2 route de Lassay, 53100 Mayenne]]. Le SMUR met {{25 min}}, zone rurale.",
    ),
    (
        URG,
        TEL,
        "Mr [[P:Girard]] appelle pour la {{3e}} fois de la nuit, il est seul et angoisse. L'ARM le connait, lui parle {{8 min}}. « il n'a personne d'autre » dit-elle.",
    ),
    (
        URG,
        TEL,
        "Un infirmier d'EHPAD appelle pour un transfert. Patient : Mme [[P:Fleury]]... (l'ARM repete « [[P:Fleury]] ? »), nee en {{1931}}, saturation {{86%}}.",
    ),
    (
        URG,
        TEL,
        "Pas de perso : la salle de regulation a {{9}} postes, {{5}} occupes ce soir. Ecrans : carto, {{SI-SAMU}}, et un bandeau rouge avec le nombre d'appels en attente : {{14}}.",
    ),
    (
        URG,
        CSP,
        "Equipe mobile de geriatrie, visite a domicile suite a passage aux urgences. Mme [[P:Lucienne Perret]], [[ADR:9 rue des Ecoles, 74200 Thonon-les-Bains]]. On verifie les traitements. Boite a pilules {{Pilbox}} mal remplie.",
    ),
    (
        URG,
        CSP,
        "visite PASS mobile dans un squat a {{Montreuil}}. Pas de noms notes par l'equipe (ils utilisent les prenoms seulement) : [[P:Ionut]], [[P:Florin]], [[P:Adriana]]. Vaccins, pansements. {{2h}}.",
    ),
    (
        URG,
        CSP,
        "Suivi a domicile apres urgence psy, l'infirmier de l'{{EMPP}} va voir un jeune homme, [[P:Hugo]] (« [[P:Hugz]] » sur insta, [[ID:@hugz_off]]). Il va mieux, dort enfin.",
    ),
    (
        URG,
        CSP,
        "note generale : l'equipe mobile part avec une {{Kangoo}} blanche du {{GHT}}, un sac de soins, une glaciere pour les vaccins. Pas de GPS, c'est le tel perso de l'infirmiere.",
    ),
    (
        URG,
        CSP,
        "visite d'un retour a domicile : le monsieur, [[P:Ahmed Chaouch]], a toujours son bracelet d'identification de l'hopital au poignet, avec IPP [[ID:8800412376]] et sa DDN [[DDN:14/06/1958]]. {{3 jours}} apres.",
    ),
    (
        URG,
        CSP,
        "dans la voiture, l'infirmiere me dit qu'elle fait {{50 km}} pour {{2}} visites. Le patient suivant, Mr [[P:Toulouse]] (oui comme la ville), habite un hameau sans reseau. On arrive, chien qui aboie, pas de sonnette.",
    ),
    (
        URG,
        CSP,
        "Visite chez Mme [[P:Bertrand]] (sortie des urgences hier, chute). Son aide a domicile ([[P:Khadija]]) est la. Tapis enleves, barre dans la douche commandee chez {{Castorama}}.",
    ),
    (
        URG,
        CSP,
        "Retour a domicile suivi, famille [[P:Nsimba]], enfant asthmatique. L'infirmiere explique la chambre d'inhalation. La mere filme pour le pere qui travaille de nuit et lui envoie la video par mail, [[MAIL:p.nsimba@live.fr]].",
    ),
]
# --- CHRS / 115 ----------------------------------------------------------------------------
NOTES += [
    (
        CHRS,
        PHY,
        "CHRS {{Le Relais}}, {{Tours}}. Accueil de jour {{9h}}. Douches, cafe, consigne. [[P:Fred]] (educ) connait tout le monde par son prenom. Un monsieur, [[P:Dede]], range son sac dans le casier {{n°14}}.",
    ),
    (
        CHRS,
        PHY,
        "Entretien d'admission : Mme [[P:Kante]], {{2 enfants}}, sortie de maternite il y a {{10 jours}}, a dormi {{gare de Lyon}}. Orientation SIAO n° [[ID:SIAO-75-2025-118402]]. L'educatrice [[P:Manon]] lui montre la chambre : deux lits, un berceau preté par la {{PMI}}, une fenetre qui donne sur le parking. Mme [[P:Kante]] pose son sac et s'assoit sans rien dire. [[P:Manon]] m'explique ensuite que la place s'est liberee ce matin parce qu'une autre famille a enfin obtenu un logement {{Paris Habitat}} apres {{3 ans}} d'attente, et qu'il y avait {{11}} familles sur la liste du SIAO pour cette seule chambre. Le choix s'est fait sur la vulnerabilite : bebe de {{10 jours}}, cesarienne. Elle dit qu'elle deteste ce moment, « on classe la misere ».",
    ),
    (
        CHRS,
        PHY,
        "le reglement interieur est affiche en {{6 langues}}. Couvre-feu {{23h}}. Pas d'alcool. Les chiens acceptes seulement dans le {{module 3}}.",
    ),
    (
        CHRS,
        PHY,
        "monsieur tchetchene, ne comprend pas le francais. L'interprete au tel (ISM). Il donne son numero AGDREF [[ID:7503219846]] et son recepisse. Demandeur d'asile debouté, plus de CADA.",
    ),
    (
        CHRS,
        PHY,
        "Distribution des courriers en domiciliation : « [[P:Bouzid]] ! [[P:Traore Awa]] ! [[P:Popescu]] ! » l'educ crie les noms dans la salle. Tout le monde entend.",
    ),
    (
        CHRS,
        PHY,
        "jeune de {{21 ans}}, [[P:Lucas]], sorti de l'ASE a {{18 ans}}, a la rue depuis. Il a un CV imprime : « [[P:Lucas Ferrand]], [[MAIL:lucas.ferrand2004@hotmail.fr]], [[TEL:07 45 12 89 60]] ». L'educ l'aide pour un entretien chez {{McDonald's}}.",
    ),
    (
        CHRS,
        PHY,
        "Le chef de service me dit : {{72 places}}, taux d'occupation {{100%}} toute l'annee, duree moyenne de sejour {{14 mois}}. Sortie vers logement : {{30%}}. Le reste : autre structure ou rue.",
    ),
    (
        CHRS,
        PHY,
        "atelier cuisine du jeudi : couscous. [[P:Samia]] (residente) fait la semoule, [[P:Gilles]] (benevole, ancien chef) coupe les legumes. Ambiance super. Je mange avec eux.",
    ),
    (
        CHRS,
        PHY,
        "Mme [[P:Ivanova]] (ukrainienne) vient faire une attestation d'hebergement pour sa demande de {{protection temporaire}}. Adresse du CHRS utilisee, pas la sienne. Passeport UA n° [[ID:FE123456]].",
    ),
    (
        CHRS,
        PHY,
        "Sortie de prison ce matin, Mr [[P:Benkirane]] arrive avec un sac {{Tati}} et son billet de sortie. Le SPIP a appele avant. Levee d'ecrou a {{8h}}, il est la a {{11h}}.",
    ),
    (
        CHRS,
        PHY,
        "accueil de jour {{Fort-de-France}}, {{Martinique}}. Des hommes seuls, beaucoup de crack d'apres l'educ. Un usager surnomme « [[P:Ti Paul]] » vient chercher son traitement methadone.",
    ),
    (
        CHRS,
        PHY,
        "Pas de donnees persos : les residents ont {{1}} machine a laver pour {{40}}. Planning affiche, creneaux de {{1h30}}. Beaucoup de tensions autour de ca d'apres le veilleur de nuit.",
    ),
    (
        CHRS,
        PHY,
        "Rdv avec l'assistante sociale pour la demande de logement social. Residente [[P:Aminata Sow]], nee le [[DDN:11/11/1990]], num unique [[ID:0693125014477651]]. {{Action Logement}}, {{DALO}} depose en {{2024}}. Mail pour les convocations : [[MAIL:aminata.sow91 at gmail.com]].",
    ),
    (
        CHRS,
        PHY,
        "un residant (Mr [[P:Jacob]]) montre fierement sa nouvelle carte vitale. « premiere fois depuis {{10 ans}} que j'ai une carte a mon nom ». Numero imprime dessus : [[NIR:1 63 02 62 193 007 12]]. Photo sur la carte prise au {{photomaton}} du {{Monoprix}}.",
    ),
    (
        CHRS,
        PHY,
        "JE NOTE : L'ACCUEIL DE NUIT OUVRE A {{18H30}}. FILE DEHORS DES {{17H}}. {{25}} LITS, {{40}} PERSONNES. L'EDUC TIRE AU SORT (!!). LES PERDANTS REPARTENT AVEC UN DUVET.",
    ),
    (
        CHRS,
        PHY,
        "Accompagnement budget : Mr [[P:Guillot]] a {{537 €}} de RSA, participation hebergement {{15%}}. Il a une dette chez {{Cofidis}}, l'educ l'aide pour le dossier de surendettement {{Banque de France}}. Elle note son RIB pour le prelevement de la participation : [[IBAN:30004 01547 00010234567 58]].",
    ),
    (
        CHRS,
        TEL,
        "Plateforme {{115}} du {{Rhone}}. Ecoutante : [[P:Elodie]]. {{21h12}}, femme avec bebe a la {{gare Part-Dieu}}. Aucune place. [[P:Elodie]] la met sur liste d'attente et appelle la maraude.",
    ),
    (
        CHRS,
        TEL,
        "115 : Mr [[P:Akkari]] encore. {{3 mois}} qu'il appelle chaque soir.",
    ),
    (
        CHRS,
        TEL,
        "appel 115 : « j'ai pas de tel, je suis dans une cabine » (il existe encore des cabines ?!). Il donne son nom : [[P:W-I-L-L-I-A-M-S]], [[P:Williams]]. Anglais, {{60 ans}}, ne le [[DDN:02-05-1965]].",
    ),
    (
        CHRS,
        TEL,
        "L'ecoutante appelle les hotels pour des nuitees. Hotel {{Formule 1}} de {{Venissieux}} : « on a plus rien ». {{Ibis Budget}} : {{2 chambres}}. Pas de nom dans cet appel.",
    ),
    (
        CHRS,
        TEL,
        "115 - Mme [[P:Haidara]] donne son numero de portable pour etre rappelee : [[TEL:06 59 03 81 27]]. Elle est avec ses {{3 enfants}} dans un square, {{Villeurbanne}}.",
    ),
    (
        CHRS,
        TEL,
        "appel d'un travailleur social d'hopital : sortie d'hospi sans solution pour Mr [[P:Lefort Daniel]], {{67 ans}}, en fauteuil. Aucune structure adaptee. L'hopital le garde une nuit de plus.",
    ),
    (
        CHRS,
        TEL,
        "duree moyenne d'attente au 115 ce soir : {{18 min}}. {{142 appels}} decroches, {{6}} orientes vers une place. Les ecoutants sont {{4}}. Quelqu'un a scotche une photo de l'{{Abbe Pierre}} au-dessus des ecrans.",
    ),
    (
        CHRS,
        TEL,
        "SIAO : la coordinatrice [[P:Nathalie Perrin]] appelle un CHRS pour une place. Dossier de Mme [[P:Oumarou]] ref [[ID:2025-R-004512]]. Accepte pour demain {{14h}}.",
    ),
    (
        CHRS,
        TEL,
        "Appel d'une jeune femme qui fuit son conjoint. Elle chuchote. Adresse qu'elle quitte : [[ADR:45 rue Garibaldi 69007 Lyon]]. L'ecoutante lui donne le {{3919}} et une place en urgence.",
    ),
    (
        CHRS,
        TEL,
        "Un homme donne son nom « [[P:Jesus]] » (vrai prenom, portugais). L'ecoutante ne releve pas, les collegues oui 😇. Il a {{45 ans}}, dort dans sa voiture [[IMMAT:DZ-718-RA]].",
    ),
    (
        CHRS,
        TEL,
        "Mr [[P:Carpentier]] appelle pour signaler un sans-abri devant chez lui, tres froid. Il donne sa propre adresse pour localiser : [[ADR:3 place du Marche, 62000 Arras]]. Maraude envoyee.",
    ),
    (
        CHRS,
        TEL,
        "115 en {{Seine-Saint-Denis}}, l'ecoutant parle arabe et bambara. Appel en bambara d'une dame, [[P:Fanta]]. Il traduit pour moi apres : elle est a la rue avec sa soeur depuis {{2 nuits}}.",
    ),
    (
        CHRS,
        TEL,
        "115 : {{0}} place dispo, {{87}} demandes non pourvues.",
    ),
    (
        CHRS,
        TEL,
        "appel d'un commissariat : ils ont une famille albanaise au poste. Famille [[P:Hoxha]], {{5 personnes}}. L'ecoutante trouve un gymnase ouvert ({{plan grand froid}}).",
    ),
    (
        CHRS,
        TEL,
        "Mme [[P:Lagarde]] appelle pour son fils [[P:Theo]] qui est a la rue a {{Paris}}. Elle est a {{Limoges}}. Elle donne son propre tel [[TEL:05 55 34 19 82]] pour que l'equipe la rappelle.",
    ),
    (
        CHRS,
        TEL,
        "appel tres court : « c'est [[P:Mo]] du {{Secours Pop}}, on a {{3 couvertures}} en rab, on les depose ou ? ». Reponse : au {{Samu social}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude {{Samu social}}, {{22h}}, {{Marseille}}. Camion avec [[P:Julien]] et [[P:Farida]]. Premier arret : un couple sous le pont, lui c'est [[P:Titi]], elle [[P:Nadege]]. Soupe, couvertures.",
    ),
    (
        CHRS,
        CSP,
        "maraude : un monsieur dort dans une {{Twingo}} grise, plaque [[IMMAT:ab-552-kl]]. Il refuse le 115. On lui laisse un kit hygiene.",
    ),
    (
        CHRS,
        CSP,
        "Visite dans un logement diffus du CHRS, [[ADR:Residence Le Clos, appt 204, 18 avenue de Verdun, 33000 Bordeaux]]. Residente : Mme [[P:Barry]]. Verification de l'etat du logement. Propre, rien a dire.",
    ),
    (
        CHRS,
        CSP,
        "Pas de nom : maraude en {{bord de Loire}}, campement de {{8 tentes}}. Les gens dorment. On ne reveille pas. On laisse des cafes dans des thermos.",
    ),
    (
        CHRS,
        CSP,
        "maraude a {{Mamoudzou}} : les gens dorment sous les abris de bus. L'educ appelle un jeune par son surnom « [[P:Zizou]] » (pas le footballeur 😂). {{17 ans}} ? Mineur isole.",
    ),
    (
        CHRS,
        CSP,
        "visite d'un residant en appartement relais : Mr [[P:Diakite]], il a perdu les cles. Serrurier : {{180 €}}. Il a fait un CV au nom de [[P:Moussa Diakite]] qu'il me montre fierement, avec son adresse mail [[MAIL:moussa.diakite.pro@gmail.com]].",
    ),
    (
        CHRS,
        CSP,
        "Maraude de jour avec [[P:Sylvie]] (infirmiere). Un homme a {{Lyon 2e}}, place {{Bellecour}}, plaie infectee. Il dit s'appeler [[P:Jean]], juste [[P:Jean]]. Refus d'aller aux urgences.",
    ),
    (
        CHRS,
        CSP,
        "Maraude : on croise un monsieur de {{80 ans}} a la rue. Papiers : carte d'identite [[ID:870969301422]] perimee depuis {{2012}}. Il s'appelle [[P:Marcel Fournier]]. L'educ promet de revenir demain avec l'AS.",
    ),
]
# --- France Travail ------------------------------------------------------------------------
NOTES += [
    (
        FT,
        PHY,
        "Agence France Travail {{Besancon}} {{Planoise}}. {{8h30}} ouverture, zone libre acces avec {{12 ordis}}. Conseillere [[P:Audrey]] aide un monsieur a s'actualiser. Son identifiant : [[FT:3125847D]], mot de passe oublie (evidemment).",
    ),
    (
        FT,
        PHY,
        "Mme [[P:Benhamou]] vient parce que son ARE a ete coupee. Motif : absence au rdv du {{14 octobre}}. Elle montre un SMS qu'elle n'a jamais recu. L'agent voit que le numero enregistre est faux : [[TEL:06 12 98 45 3]] au lieu de [[TEL:06 12 98 45 30]].",
    ),
    (
        FT,
        PHY,
        "pas de nom : atelier CV collectif, {{9}} participants. La conseillere projette un CV modele avec une photo de chat 🐱 a la place de la photo (« pour pas mettre de vraie personne »).",
    ),
    (
        FT,
        PHY,
        "CV modele affiche a l'ecran pendant l'atelier : « [[P:Jean Dupont]], [[ADR:10 rue de la Paix 75002 Paris]], [[TEL:01 23 45 67 89]], [[MAIL:jean.dupont@exemple.fr]] ». Les participants le recopient en changeant juste le nom, certains gardent le tel du modele 😬.",
    ),
    (
        FT,
        PHY,
        "Jeune, [[P:Yanis]], {{20 ans}}, vient s'inscrire au {{Contrat d'engagement jeune}}. Il dit sa date de naissance comme a l'ecole : « [[DDN:vingt-sept octobre deux mille cinq]] ». Il a son {{BAFA}} et un CAP boulanger. « je veux bosser chez {{Paul}} » (la chaine de boulangeries, pas une personne 😅).",
    ),
    (
        FT,
        PHY,
        "Entendu : « vous etes Mme [[P:Martin]] ? » - « non [[P:Martins]], avec un S, je suis portugaise ». Ca arrive tous les jours dit-elle.",
    ),
    (
        FT,
        PHY,
        "Accueil : un cadre licencie, Mr [[P:de Villeneuve]], {{55 ans}}, costume, tres gene d'etre la. Inscrit depuis hier, identifiant [[FT:6628104T]]. Il demande une « conseillere specialisee cadres », on lui dit que c'est l'{{Apec}}. Il repart.",
    ),
    (
        FT,
        PHY,
        "Mr [[P:Nguyen Van Long]] ne comprend pas pourquoi on lui demande son n° FT alors qu'il a donne son NIR. Il donne les deux : [[FT:0487213 B]] / [[NIR:1 72 04 99 216 078 55]] (ne a l'etranger, 99).",
    ),
    (
        FT,
        PHY,
        "Conseiller [[P:Gaetan]] fait un entretien de situation. Usagere : [[P:Laetitia Baptiste]], auxiliaire de vie, {{12 ans}} d'experience. Elle veut passer le diplome d'AES. Financement {{CPF}} : {{1 800 €}} dispo.",
    ),
    (
        FT,
        PHY,
        "Salle d'attente : ecran avec offres d'emploi locales. « Cariste H/F - {{Amazon}} {{Brétigny}} - {{11,88 €/h}} ». « Aide-soignant - {{Korian}} ». Rien de perso.",
    ),
    (
        FT,
        PHY,
        "la dame lit sa convocation a voix haute, elle veut savoir si c'est bien ici : « Madame [[P:SAIDI Houria]], vous etes convoquee le {{mardi 9 decembre}} a {{10h15}} aupres de votre conseiller Mr [[P:ROCHE]] ». Oui c'est ici.",
    ),
    (
        FT,
        PHY,
        "A {{Pointe-a-Pitre}}, l'agence est en travaux. Accueil dans un prefabrique. {{30°}}. Les gens attendent dehors sous un barnum. L'agente [[P:Ketty]] distribue des bouteilles d'eau.",
    ),
    (
        FT,
        PHY,
        "Mr [[P:Kouassi]], ingenieur en Cote d'Ivoire, ici il cherche un job de magasinier. Diplome pas reconnu. La conseillere lui parle du {{ENIC-NARIC}}. Identifiant FT note a la main sur sa convocation : [[FT:7730215w]]. Titre de sejour n° [[ID:9304127851]] valable {{4 ans}}.",
    ),
    (
        FT,
        PHY,
        "Conseillere entreprise [[P:Valerie]] me dit que les employeurs du coin ({{Michelin}}, {{Limagrain}}) ne trouvent pas de candidats alors que {{4000}} inscrits dans le bassin. Mobilite = le probleme.",
    ),
    (
        FT,
        PHY,
        "un monsieur vient avec son attestation employeur pas remplie correctement. Employeur : {{Boulangerie Marie Blachere}} ... salaire de reference manquant. Son id FT [[FT:5530 194 R]]. La conseillere appelle le magasin.",
    ),
    (
        FT,
        PHY,
        "{{11h}}, pic d'affluence. {{3}} conseillers a l'accueil, {{1}} vigile. La borne ticket fonctionne. File moyenne : {{15 min}}. Bien mieux qu'a la Caf ce matin.",
    ),
    (
        FT,
        TEL,
        "Plateforme {{3949}}. Appel : Mme [[P:Jourdain]] demande pourquoi son allocation a baisse. Elle donne son identifiant, [[FT:0054128 J]]. Degressivite a {{7 mois}}. L'agent explique. Elle : « personne me l'avait dit ».",
    ),
    (
        FT,
        TEL,
        "conseiller appelle un demandeur pour un rdv telephonique (au lieu de physique). « Bonjour Mr [[P:Leclercq]], c'est [[P:Romain]] de France Travail ». {{20 min}} d'entretien, plan d'action.",
    ),
    (
        FT,
        TEL,
        "Demandeur donne son identifiant a l'oral : « [[FT:six un huit deux zero quatre trois, M comme Marcel]] ». Le conseiller tape [[FT:618 2043 M]] et relit a voix haute.",
    ),
    (
        FT,
        TEL,
        "appel entrant d'un employeur, le garage {{Renault}} de {{Dreux}}, qui cherche un mecanicien. Offre creee en direct. Contact employeur : Mme [[P:Pelletier]], [[MAIL:s.pelletier@garage-dreux-auto.fr]].",
    ),
    (
        FT,
        TEL,
        "SMS dicte par la conseillere a un jeune : « Salut [[P:Kylian]], n'oublie pas ton rdv demain {{14h}} a l'agence, apporte ton CV. [[P:Amandine]], France Travail ». Envoye au [[TEL:07 69 42 03 18]]. (« comme {{Mbappe}} » glisse la conseillere.)",
    ),
    (
        FT,
        TEL,
        "pas de perso : {{47}} appels en attente sur le 3949 a {{9h05}}. Temps d'attente : {{12 min}}. Le superviseur dit que le lundi c'est le pire.",
    ),
    (
        FT,
        TEL,
        "appel d'un monsieur en colere apres radiation : « vous m'avez radie pour un rdv que j'ai jamais recu ! ». Il donne son adresse pour verifier : [[ADR:Appt 8, 112 route de Bayonne, 31300 Toulouse]]. L'adresse dans le dossier etait l'ancienne.",
    ),
    (
        FT,
        TEL,
        "Conseillere appelle une demandeuse pour lui proposer une offre de caissiere chez {{Auchan}}. Mme [[P:Rahmani]] refuse, pas de garde pour sa fille le samedi. La conseillere note « contrainte de garde ».",
    ),
    (
        FT,
        TEL,
        "Appel d'un organisme de formation ({{AFPA}}) pour confirmer l'entree en formation de Mr [[P:Da Costa]], identifiant [[FT:2217548H]], session du {{5 janvier}}.",
    ),
    (
        FT,
        TEL,
        "Mme [[P:Petit]] (nom qui fait sourire, elle mesure {{1m85}} me dit la conseillere qui la connait 😄) appelle pour ses droits a la retraite. Hors sujet, renvoyee vers la {{Carsat}} et le {{3960}}.",
    ),
    (
        FT,
        TEL,
        "« mon conseiller c'est qui ? » → Mme [[P:Diallo]].",
    ),
    (
        FT,
        TEL,
        "double ecoute : le demandeur donne son RIB pour le changement de compte : [[IBAN:FR76 1659 8000 0140 0003 8765 412]]. Le conseiller dit de le deposer plutot sur l'espace perso, pas par tel. Bonne pratique.",
    ),
    (
        FT,
        CSP,
        "Controle de la recherche d'emploi : entretien en agence avec Mr [[P:Brunet]]. La controleuse epluche ses candidatures : {{Indeed}}, {{Hellowork}}, {{Le Bon Coin}}. Il en a fait {{3}} en {{2 mois}}. Avertissement.",
    ),
    (
        FT,
        CSP,
        "visite en entreprise ({{immersion PMSMP}}) dans un EHPAD de {{Perigueux}} pour voir une stagiaire, [[P:Oceane]]. La tutrice Mme [[P:Vergnaud]] est ravie. Embauche probable en CDD.",
    ),
    (
        FT,
        CSP,
        "Controle : la personne a declare une activite d'auto-entrepreneur, VTC. On voit la voiture : [[IMMAT:GH-301-XV]], {{Toyota Prius}}. Revenus {{Uber}} non declares sur {{4 mois}}.",
    ),
    (
        FT,
        CSP,
        "Visite d'entreprise, pas de demandeur rencontre : plateforme logistique {{Lidl}} a {{Cestas}}. Le DRH (je ne note pas son nom) dit qu'il recrute {{40}} preparateurs. Session de recrutement {{MRS}} prevue.",
    ),
    (
        FT,
        CSP,
        "Controle de recherche d'emploi, Mme [[P:Boucher]]. Elle a tout garde dans un classeur : reponses negatives, mails. La controleuse dit « c'est parfait, vous etes un modele ». Dossier clos.",
    ),
    (
        FT,
        CSP,
        "Controle en visio (la dame est a {{Saint-Martin}}, Antilles, apres l'ouragan son agence est fermee). Mme [[P:Gumbs]]. Connexion qui coupe {{4}} fois. Son adresse mail : [[MAIL:gumbs.sharlene@yahoo.com]].",
    ),
    (
        FT,
        CSP,
        "visite chantier d'insertion ({{ressourcerie}}, {{Emmaus}}). Salarie en parcours : [[P:Abdel]], ancien SDF, aujourd'hui chef d'equipe. Il me fait visiter, montre un {{olivier}} qu'ils ont replante. 🌳",
    ),
    (
        FT,
        CSP,
        "Controle : monsieur [[P:Laurent]] dit qu'il a postule chez {{Laurent}}... l'entreprise de demenagement « {{Demenagements Laurent}} », pas lui 😂. La controleuse verifie, c'est vrai.",
    ),
    (
        FT,
        CSP,
        "visite en entreprise d'une PMSMP : la stagiaire ne s'est pas presentee depuis {{3 jours}}. Le patron (boucherie {{Au Bon Boeuf}}) a son tel : [[TEL:06-33-18-72-41]]. La conseillere l'appelle devant nous, repondeur.",
    ),
    (
        FT,
        CSP,
        "Controle : {{15 min}} montre en main. Mme [[P:Charpentier]] absente, excusee par mail ([[MAIL:charpentier.nadine57@free.fr]]). Report au {{16 decembre}}.",
    ),
    (
        FT,
        CSP,
        "Conseillere entreprise en visite chez {{Decathlon}} {{Villeneuve-d'Ascq}}. Elle propose {{3}} profils : [[P:Mathis]], [[P:Chaima]], [[P:Gabriel]]. Le manager prend les CV.",
    ),
    (
        FT,
        CSP,
        "Retour de controle : la controleuse me dit que la moitie des radiations sont annulees en recours. Elle trouve ca absurde. « on fait et on defait ».",
    ),
]


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    text, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES[m.group(1)]}
            )
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    if "[[" in full or "{{" in full or "]]" in full or "}}" in full:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return full, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind6-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratify by (site_kind, channel); split every stratum in two halves of equal size.

    Within a stratum the notes are shuffled with the seed, then stably ordered by (labels
    other than PERSONNE, has no entity) and cut into consecutive pairs; each pair gives one
    note to dev and one to holdout, the orientation alternating from pair to pair across the
    whole corpus, so that the notes without entities and the rarer labels are spread over both
    halves. An odd stratum's last note goes to dev and holdout in turn, so the halves are
    exactly equal.
    """
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    halves, pair_side, odd_side = ([], []), 0, 0
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        group.sort(
            key=lambda n: (
                sorted({e["label"] for e in n["entities"]} - {"PERSONNE"}),
                not n["entities"],
            )
        )
        for index in range(0, len(group) - 1, 2):
            halves[pair_side].append(group[index])
            halves[1 - pair_side].append(group[index + 1])
            pair_side = 1 - pair_side
        if len(group) % 2:
            halves[odd_side].append(group[-1])
            odd_side = 1 - odd_side
    dev, holdout = (sorted(half, key=lambda n: n["id"]) for half in halves)
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    all_notes = build()
    dev_notes, holdout_notes = split(all_notes)
    assert len(dev_notes) == len(holdout_notes), (len(dev_notes), len(holdout_notes))
    write(HERE / "dev.jsonl", dev_notes)
    write(HERE / "holdout.jsonl", holdout_notes)
    print(f"{len(all_notes)} notes: {len(dev_notes)} dev, {len(holdout_notes)} holdout")
