"""Independent evaluation corpus n° 72: 240 hand-written observation notes (Alsace, Moselle).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind72-001`` …
``ind72-240`` follow the writing order below. ``split`` draws the dev / holdout halves from
the ids and the cells only (never from the contents); ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind72"
SEED = 72

NOTES = [
    # ---- caf / accueil_physique ----
    (
        "caf",
        "accueil_physique",
        "{{9h02}} ouverture {{Caf}} {{Strasbourg}}, deja {{14 personnes}} dans le sas. Borne a tickets en panne, l'agente d'accueil [[PERSONNE:Sabrina]] note les noms sur un post-it 🙄 Premier ticket papier : {{A001}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Haegel]] travaille a {{Kehl}} chez {{Hornbach}}, {{2 enfants}}. La {{Familienkasse}} lui verse le {{Kindergeld}} et la {{Caf}} ne paie que le complément ({{allocation différentielle}}). Il comprend pas pourquoi ça a baissé : le Kindergeld a augmenté en {{janvier}} donc le différentiel baisse, logique mais personne lui a dit. L'agent ([[PERSONNE:Thomas Ehrhart]]) lui imprime le détail. n° alloc [[N_ALLOCATAIRE:2287415]]. {{12 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame ({{70 ans}} ?) demande si la {{prime de Noel}} c'est pour elle. Non, elle touche l'{{ASPA}}, pas le {{RSA}}. Elle repart déçue. Agent : « c'est la {{3e}} aujourd'hui ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune couple, [[PERSONNE:Yasmine]] et [[PERSONNE:Kevin Wurtz]], ont emménagé au [[ADRESSE:7 place Erasme, 67200 Strasbourg]] ({{Hautepierre}}) en {{septembre}}, bail {{Habitation Moderne}}. Changement d'adresse jamais déclaré → {{APL}} versées à l'ancien bailleur pdt {{2 mois}}. L'agente, Mme [[PERSONNE:Nguyen]], fait la déclaration avec eux et leur dit que le trop-perçu sera récupéré chez le bailleur, pas chez eux. Soulagement.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Mulhouse}}, dame de {{Bourtzwiller}}, Mme [[PERSONNE:Aydın]] ([[PERSONNE:Fatma]]). Déclaration trimestrielle {{RSA}} pas faite depuis {{avril}} → droits suspendus. Son fils [[PERSONNE:Emre]] ({{16 ans}}) traduit en turc. L'agent la fait avec elle sur le poste libre-service. Num alloc dit à voix haute devant toute la file : [[N_ALLOCATAIRE:45 19 026]] 😬",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket {{B017}} -> attente {{47 min}}. Le monsieur devant moi a fait demi-tour.",
    ),
    (
        "caf",
        "accueil_physique",
        "Etudiante, [[PERSONNE:Léa Kremer]], {{19 ans}}, studio à {{Metz}} {{Borny}}. Veut l'{{APL}} mais ses parents la déclarent encore à charge → l'agent explique qu'elle peut quand même, mais que les parents perdront une part. Dossier [[N_ALLOCATAIRE:0867312]] ouvert au nom de la mère, [[PERSONNE:Sandrine Kremer]]. Elle appelle sa mère sur place.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mbuyi]], enceinte de {{7 mois}}, vient pour la {{prime de naissance}}. Il manque la déclaration de grossesse. Son mari [[PERSONNE:Patrick Kabongo]] au tel (haut-parleur) : « ils l'ont envoyée en {{mars}} ! ». Agent : « on l'a pas, Madame ». Elle laisse son portable pour être rappelée : [[TELEPHONE:07 58 21 44 90]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Quartier {{Europe}} ({{Colmar}}), permanence. Un monsieur âgé, M. [[PERSONNE:Ritzenthaler]], parle alsacien avec l'agent [[PERSONNE:Bernard]] qui lui répond en alsacien 😄 « {{Mir mache das schnell}} ». J'ai rien compris mais il est reparti content. C'était pour sa retraite en fait → pas la caf, la {{Carsat}}, l'agent lui écrit le {{3960}} sur un bout de papier.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Haguenau}}, permanence {{Caf}} du {{mardi}}. Mr [[PERSONNE:Schaeffer]] ne reçoit jamais les mails de la caf : adresse mal saisie [[EMAIL:j.schaefer67@orange.fr]] au lieu de [[EMAIL:j.schaeffer67@orange.fr]] (un f au lieu de deux). Corrigé en {{2 min}}, il attendait depuis {{octobre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Motifs des {{10 premiers passages}} (compté avec l'agent) :\n- {{4}} attestations de paiement\n- {{2}} {{APL}}\n- {{1}} {{RSA}}\n- 1 {{prime d'activité}}\n- 2 « je sais pas trop »\nPersonne n'avait pris rdv.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Thill]], de {{Thionville}}, bosse à {{Esch-sur-Alzette}}. C'est la {{CAE}} luxembourgeoise (la « {{Zukunftskeess}} ») qui verse les allocs familiales, la {{Caf}} ne verse que l'{{APL}}. Il montre sa fiche de paie lux pour les ressources, matricule CCSS [[IDENTIFIANT:1984052612345]] en haut à gauche 🙈 l'agent lui dit de cacher ça la prochaine fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Krasniqi]] ({{Elsau}}). Titre de séjour du père expiré, récépissé de renouvellement n° [[IDENTIFIANT:6704123987]]. Sans titre valide les allocs sont suspendues, avec le récépissé ça repart. L'agent scanne. La fille, [[PERSONNE:Arbnora]], {{14 ans}}, fait l'interprète, super à l'aise, elle corrige même l'agent sur une date.",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. Mme [[PERSONNE:Weiss]] donne le nouveau, l'agent le relit à voix haute pour vérifier : [[IBAN:FR76 1027 8010 2000 0204 6150 392]] ({{Crédit Mutuel}}). L'ancien compte à la {{Banque Postale}} est clôturé depuis {{3 semaines}}, le virement de ce mois est revenu.",
    ),
    (
        "caf",
        "accueil_physique",
        "« vous avez un rdv ? »\n« non »\n« alors la borne, ou revenir {{jeudi}} »\n« j'ai pas internet »\n« ... »\nJeudi {{13h30}} du coup.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{La Meinau}}. Mme [[PERSONNE:Bintou Koné]], née le [[DATE_NAISSANCE:14/02/1990]]. Dans son dossier la date est enregistrée [[DATE_NAISSANCE:02/14/1990]] (format US ??) donc le rapprochement avec la {{Cpam}} échoue depuis {{6 mois}}. L'agent fait remonter, « délai {{3 semaines}} ». Elle rit jaune.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent lit l'écran pour moi, sans réfléchir : « allocataire [[PERSONNE:OZTURK Mehmet]], né en [[DATE_NAISSANCE:1979]], n° [[N_ALLOCATAIRE:1956084]], {{3 enfants}}, {{AF}} + {{CF}} ». Puis il se rend compte, « ah pardon, vous notez pas ça hein ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Sélestat}}, petite antenne, une seule agente ([[PERSONNE:Marie-Odile]]). {{6 pers.}} en {{1h}}. Elle connaît tout le monde : « ah [[PERSONNE:Jordan]], t'as ramené l'attestation de ton patron ? ». Ambiance guichet de village.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Saint-Louis}}. Frontalière, Mme [[PERSONNE:Gutzwiller]], travaillait chez {{Novartis}} à {{Bâle}}. Allocs familiales suisses (caisse de compensation) + complément {{Caf}}. Licenciée en {{juin}} : plus d'allocs suisses → la Caf doit tout reprendre mais il faut l'attestation de fin de droits suisse. Elle laisse son portable suisse : [[TELEPHONE:+41 79 412 58 17]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune homme vient pour « la prime jeune » → c'est le {{contrat d'engagement jeune}}, {{France Travail}}, pas la {{Caf}}. Réorienté avec un plan griffonné. Il avait déjà été renvoyé ici par {{France Travail}} la semaine dernière 🔁",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Forbach}}, {{Wiesberg}}. M. [[PERSONNE:Yılmaz]] montre sur son tel un compte {{insta}} qui « aide pour les dossiers caf » contre {{50€}} : [[IDENTIFIANT:@aide_caf_forbach57]]. L'agente fait une capture pour signaler. Il a déjà payé. Il dit que son cousin [[PERSONNE:Serkan]] lui a conseillé.",
    ),
    # ---- caf / accueil_telephonique ----
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{Caf}}, casque sur les oreilles. 1er appel {{8h31}}. Attente annoncée à l'appelant : {{12 min}}. Il raccroche au bout de {{30 sec}}. Rien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Lucie Bour]], {{Creutzwald}}. Elle donne son num alloc chiffre par chiffre, « [[N_ALLOCATAIRE:deux trois zéro un huit huit sept]] ». Question : {{prime d'activité}} après un {{CDD}} à l'usine de {{Hambach}}. Droits recalculés au trimestre, elle doit déclarer en ligne, l'agent la guide pas à pas ({{17 min}}).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Luc Wagner]] rappelle pour la {{3e fois}}. Son complément différentiel est suspendu parce que la {{CAE}} luxembourgeoise n'a pas renvoyé le formulaire {{E411}}. Agent : « on ne peut rien faire tant qu'on n'a pas le E411 ». Il s'énerve, « c'est vous les Français qui perdez tout ». Tél de rappel : [[TELEPHONE:06 81 27 63 09]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Hoarau]] veut donner son IBAN par téléphone : pas possible, il faut passer par l'{{espace perso}}. Il le dicte quand même à toute vitesse 🙄 [[IBAN:FR76 1670 5090 1708 7712 3409 215]]. L'agent ne le saisit pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en allemand ! Un monsieur qui habite {{Kehl}} ? L'agente parle un peu, passe à une collègue germanophone. « {{Wir rufen Sie zurück}} ». {{9 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une AS du {{CCAS}} de {{Bischheim}}, Mme [[PERSONNE:Hubert]], pour M. [[PERSONNE:Souleymane Diallo]], n° alloc [[N_ALLOCATAIRE:3300571]], domicilié [[ADRESSE:22 rue du Marais, 67800 Bischheim]]. L'agent refuse de donner quoi que ce soit sans l'accord écrit de l'allocataire. L'AS soupire, elle connaît.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Message sur le répondeur de rappel, l'agente me le fait écouter : Mme [[PERSONNE:Rakotomalala]], « rappelez-moi au [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-treize, zéro cinq]], merci ». Elle l'écrit en chiffres sur son bloc avant de rappeler.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Vérif identité : l'agent demande la date de naissance. « Le [[DATE_NAISSANCE:trois mars quatre-vingt-sept]] ». OK. Le nom : « [[PERSONNE:Schwartz]] », elle épelle [[PERSONNE:S-C-H-W-A-R-T-Z]]. Elle donne aussi son numéro de sécu, alors que personne ne l'a demandé : [[NIR:2 87 03 67 482 214 57]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur qui HURLE : « VOUS M'AVEZ SUPPRIMÉ MON {{RSA}} ». L'agent reste calme, trouve : contrôle en cours, pièces demandées le {{3/10}}. Il dit n'avoir rien reçu. Adresse du dossier : [[ADRESSE:14 rue de la Klebsau, 67100 Strasbourg]]... c'est l'ancienne, il a déménagé à {{Illkirch}} en été. M. [[PERSONNE:Dos Santos]] se calme d'un coup.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause {{10h15}}-{{10h30}}. Les agents parlent du nouveau logiciel, « il plante tous les lundis ». {{38 appels}} en file d'attente à la reprise.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelante, Mme [[PERSONNE:Scheidecker]], exploitation viticole à {{Riquewihr}} → elle relève de la {{MSA}}, pas de la {{Caf}}. L'agent lui donne le numéro de la {{MSA Alsace}}. Elle : « ah bon, depuis {{30 ans}} je me trompe alors ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le collègue, [[PERSONNE:Yannick]], me dit que les appels des frontaliers suisses sont les plus longs : « {{40 min}} minimum, et encore ». Trois régimes, deux caisses, un formulaire que personne n'a.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pour envoyer ses justificatifs, M. [[PERSONNE:Ferrante]] propose son mail, qu'il dicte : « [[EMAIL:marco point ferrante arobase gmail point com]] ». L'agent lui explique qu'on n'envoie rien par mail, tout passe par l'{{espace perso}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Déclaration de décès par téléphone. Le fils, M. [[PERSONNE:Gérard Lenhard]], pour sa mère [[PERSONNE:Marthe Lenhard]] née [[PERSONNE:Kihl]], n° alloc [[N_ALLOCATAIRE:5120488]], décédée à {{Sarreguemines}} le {{12}}. L'agent très doux. Il faudra l'acte de décès, par courrier.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{2 sec}}, raccroché. Puis {{3}} autres pareil. « Ça arrive tout le temps ».",
    ),
    # ---- caf / controle_sur_place ----
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Didier]], contrôleur depuis {{22 ans}}. 1re visite : [[ADRESSE:5 rue de Mittelhausbergen, 67200 Strasbourg]] ({{Cronenbourg}}), Mme [[PERSONNE:Benali]], déclarée isolée, signalement anonyme. On cherche des traces de vie commune : une brosse à dents, pas de vêtements d'homme, pas de courrier à un autre nom. [[PERSONNE:Didier]] : « je ne fouille pas les placards, on n'est pas la police ». Conforme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Entre deux visites, dans la voiture de service ({{Clio}} blanche). Le contrôleur m'explique la grille : ressources, composition du foyer, logement. « Dans {{80 %}} des cas tout est en ordre, les gens ne le croient pas. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Haguenau}}, [[ADRESSE:31 rue de la Redoute, 67500 Haguenau]], Mme [[PERSONNE:Caroline Meyer]]. Devant l'immeuble une voiture immatriculée [[IMMATRICULATION:FG-482-TK]], celle du « concubin » d'après le signalement. Le contrôleur relève la plaque mais dit que ça ne prouve rien, « une voiture c'est pas un couple ». Elle a l'air épuisée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Forbach}}. M. [[PERSONNE:Becker]] se déclare seul. Voiture immat. allemande [[IMMATRICULATION:SB-KT 718]] dans la cour : voiture de société, il bosse à {{Sarrebruck}} chez un sous-traitant de {{ZF}}. Le contrôleur vérifie le contrat allemand et les fiches de paie converties : ok. Il parle de « {{Grenzgänger}} », moi j'apprends le mot.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Logement de Mme [[PERSONNE:Nadia Haddad]], [[ADRESSE:12 rue de Kingersheim, 68200 Mulhouse]], {{3e étage}} sans ascenseur. Humidité, moisissures noires dans la chambre des {{3 enfants}}. La contrôleuse, [[PERSONNE:Elodie]], prend des photos pour la procédure de non-décence → l'{{APL}} sera consignée, le bailleur devra faire les travaux. Mme [[PERSONNE:Haddad]] : « ça fait {{deux hivers}} que j'écris ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Aire d'accueil à {{Colmar}}. Famille [[PERSONNE:Winterstein]], caravane sur l'[[ADRESSE:aire du Ladhof, emplacement 14]]. M. [[PERSONNE:Django Winterstein]] montre les papiers de la caravane (plaque [[IMMATRICULATION:4521 VX 68]], ancienne série) et les certificats de scolarité des petits. Très pro, il a tout dans une pochette. Le contrôleur : « les voyageurs, c'est souvent les dossiers les plus propres ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "3e visite : personne. Avis de passage dans la boîte. Le contrôleur : « le matin c'est {{40 %}} d'absents ». On repart.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Coloc étudiante, [[ADRESSE:9 rue de Rathsamhausen, 67000 Strasbourg]] ({{Esplanade}}). [[PERSONNE:Ion Rusu]], moldave, {{23 ans}}, {{APL}} individuelle. Bail nominatif, ok. Il montre son titre de séjour étudiant n° [[IDENTIFIANT:6703998812]] sans qu'on le demande. Ses colocs [[PERSONNE:Mathis]] et [[PERSONNE:Inès]] en pyjama à {{10h}} 😅",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Karim Ouali]], {{RSA}} + micro-entreprise de VTC. SIRET perso : [[IDENTIFIANT:852 347 616 00017]]. Chiffre d'affaires déclaré {{0 €}} sur {{3 trimestres}}, mais la voiture ([[IMMATRICULATION:GK-317-RB]]) a pris {{62 000 km}} en un an. Il dit qu'il « fait des trajets pour la famille ». Le contrôleur demandera les relevés {{Uber}}. Tension palpable, mais poli.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Bellecroix}}, {{Metz}}. M. [[PERSONNE:Bogdan Nowak]], né en [[DATE_NAISSANCE:1944]], {{81 ans}}, ancien mineur à {{Merlebach}}, veuf, {{APL}} seulement. Contrôle de routine. Il nous offre un café et une {{mirabelle}} à {{10h}} du matin 🥃 (refusée). Il raconte la mine pendant {{20 min}}, le contrôleur écoute tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau. Rapport saisi : {{4 visites}}, {{3}} conformes, {{1}} absente. Pas d'indu aujourd'hui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de matinée, la contrôleuse [[PERSONNE:Élodie Brück]] me donne son mail pro si j'ai des questions : [[EMAIL:elodie.bruck@caf68.cnafmail.fr]]. Elle dit qu'on lui demande rarement comment elle vit le métier.",
    ),
    # ---- cpam / accueil_physique ----
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Strasbourg}}. Mme [[PERSONNE:Rieffel]], {{62 ans}}, arrive de {{Nancy}}, installée à {{Sélestat}}. L'agent lui explique le {{régime local}} : remboursement à {{90 %}} au lieu de {{70 %}}, cotisation de {{1,3 %}} sur le salaire. Elle : « et ma mutuelle, je la garde ? ». Agent : « ça se discute, regardez ce qu'elle rembourse en plus ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Carte Vitale}} perdue. M. [[PERSONNE:Kevin Lauer]], {{40 ans}}, né à {{Thionville}}. L'agent relit le NIR sur l'attestation : [[NIR:1 85 02 57 672 133 78]]. Nouvelle carte commandée, délai {{3 semaines}}, attestation papier en attendant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Bornes {{Ameli}} : {{3}} personnes font la queue devant la borne, personne au guichet. L'agent : « ils préfèrent la machine, elle ne juge pas ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Famille [[PERSONNE:Al Hussein]], demande de {{C2S}}. Carte de résident du père, réfugié, n° [[IDENTIFIANT:6705472981]]. La mère, [[PERSONNE:Rania]], attend encore la sienne. {{4 enfants}}. Dossier complet du 1er coup, {{25 min}}. L'agent les félicite, ça les fait rire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Jaeggy]], frontalier à {{Bâle}} chez {{Roche}}, a choisi l'assurance maladie française (droit d'option) il y a {{4 ans}}. Il voudrait repasser à la {{LAMal}} suisse, sa femme y est. Impossible, option irrévocable. Il le savait mais « il fallait que je l'entende ». {{15 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame âgée accompagnée de sa fille. La fille, [[PERSONNE:Christine Ostermann]], fait tout : tél de la mère [[TELEPHONE:03 88 94 17 62]], date de naissance [[DATE_NAISSANCE:2 février 1948]], NIR lu sur l'attestation [[NIR:248026746201139]]. La mère, Mme [[PERSONNE:Jeanne Ostermann]], ne dit rien, sourit. C'est pour un bon de transport.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C12}}, {{22 min}}. IJ pas versées depuis {{5 semaines}}. Agent : « l'employeur n'a pas envoyé l'attestation de salaire ». Classique, dit-il.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Frontalier lux, [[PERSONNE:Anthony Schmitt]], vient faire enregistrer le {{S1}} de la {{CNS}} pour que sa femme et ses {{2 enfants}} soient couverts en {{France}}. L'agent recopie son matricule luxembourgeois [[IDENTIFIANT:1988071445621]]. Il dit que « la moitié de {{Yutz}} bosse au {{Luxembourg}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Hüseyin Kaya]], né en {{Turquie}}. {{Carte Vitale}} refaite, le nom y est écrit [[PERSONNE:KAYA HUSEYIN]] sans tréma, ça c'est normal. Par contre le NIR est bon : [[NIR:179069920834116]]. Lui voulait juste vérifier, son médecin avait un doute.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. M. [[PERSONNE:Tchoumi]], camerounais, présente un passeport n° [[IDENTIFIANT:0A4128735]] et une attestation de domiciliation du {{CCAS}}. Il faut {{3 mois}} de présence, il a les preuves (factures de téléphone). L'agente, [[PERSONNE:Nathalie]], vérifie tout, dossier transmis.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{11h40}}, rush avant la fermeture de midi. L'agent prend les gens {{2}} par {{2}}, debout, en parlant vite.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agente [[PERSONNE:Mireille Heitz]] me montre la fiche « {{régime local}} » plastifiée qu'elle donne aux nouveaux arrivants. Elle l'a traduite en turc et en arabe avec deux collègues, [[PERSONNE:Samira]] et [[PERSONNE:Oguz]]. Aucune validation officielle, « mais ça sert ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{La Patrotte}}, {{Metz}}. Jeune maman, [[PERSONNE:Océane Thiry]], vient rattacher son bébé [[PERSONNE:Liam]], né le [[DATE_NAISSANCE:3 janvier 2025]]. Elle donne son mail pour l'espace {{Ameli}} : [[EMAIL:oceane.thiry57@gmail.com]]. Le bébé dort dans la poussette, l'agent chuchote.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Drouot}}, {{Mulhouse}}. M. [[PERSONNE:Abdelkader Meziane]], né en {{Algérie}} en [[DATE_NAISSANCE:janvier 58]], NIR [[NIR:1 58 01 99 352 052 38]], apporte un nouveau RIB pour ses remboursements : [[IBAN:FR76 3008 7330 8000 0478 1265 503]] ({{CIC}}). L'agent tape, relit deux fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche au mur : « ICI ON NE FAIT PAS DE PHOTOCOPIES ». {{3}} personnes demandent des photocopies en {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Frontalière qui travaille à {{Sarrelouis}}, Mme [[PERSONNE:Claudia Hesse]], assurée à l'{{AOK}} {{Saarland}}, vient pour sa fille qui étudie à {{Metz}}. Elle montre sa carte allemande, {{Sozialversicherungsnummer}} [[IDENTIFIANT:12 150389 H 035]]. L'agent ne sait pas trop quoi en faire et appelle le service international.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Ali Rahimi]], afghan, sans domicile, domicilié au {{CCAS}} de {{Metz}}. Demande de {{PUMa}}. Attestation de domiciliation n° [[IDENTIFIANT:DOM-2024-0871]]. Il parle pachto, l'agent utilise l'appli de traduction, ça marche moyen. {{35 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lefebvre]] veut changer de médecin traitant : son Dr [[PERSONNE:Haller]] part à la retraite et « personne ne prend de nouveaux patients à {{Wissembourg}} ». L'agent lui donne la liste de la {{CPTS}} et le numéro de la {{plateforme médecin traitant}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Retraité, M. [[PERSONNE:Roland Kuntz]], {{68 ans}}, a travaillé {{30 ans}} en région parisienne avant de revenir à {{Sarreguemines}}. Il découvre qu'il n'a pas le {{régime local}} en retraite : pas assez d'années cotisées en {{Alsace-Moselle}}. Il pensait que c'était automatique « puisque je suis né ici ». L'agent lui imprime la règle. Il laisse son numéro pour qu'on le rappelle avec le calcul exact : [[TELEPHONE:03.87.98.41.26]].",
    ),
    # ---- cpam / accueil_telephonique ----
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. 1er appel : Mme [[PERSONNE:Delphine Roth]], remboursement de lunettes {{100 % santé}} pas arrivé. L'agent demande le numéro de sécu, elle le dit par paquets : [[NIR:2 94 08 68 224 176 76]]. Le remboursement est parti hier, {{2 jours}} de délai banque. Fin d'appel en {{4 min}}, record de la matinée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Attente affichée : {{18 min}}. Musique d'attente = {{Vivaldi}} en boucle. L'agent dit qu'il l'entend la nuit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une RH d'une boîte de {{Lyon}}, Mme [[PERSONNE:Camille Perrin]], appelle pour un salarié, M. [[PERSONNE:Vogt]], en télétravail à {{Colmar}} : faut-il appliquer la cotisation {{régime local}} ? L'agent ne sait pas répondre pour un employeur et renvoie vers l'{{Urssaf}}. Elle : « c'est la {{3e}} fois qu'on me renvoie ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Ngô Văn Long]], opérateur chez {{Stellantis}} à {{Mulhouse}}, accident du travail il y a {{6 semaines}} : pas d'indemnités. Déclaration de l'employeur bien reçue, mais pas le certificat médical initial. L'agent lui dit de le renvoyer. Rappel demandé au [[TELEPHONE:+33 6 12 87 40 55]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Laetitia Bohrer]], née à {{Saint-Louis}} en [[DATE_NAISSANCE:octobre 91]], NIR [[NIR:2 91 10 68 297 064 20]], travaille à {{Allschwil}} ({{Suisse}}). Enceinte, elle veut savoir qui paie la maternité : elle a opté pour la {{LAMal}}, donc la Suisse. L'agent vérifie, confirme, elle raccroche soulagée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'appelant, M. [[PERSONNE:Fischbach]], donne son numéro d'adhérent {{Harmonie Mutuelle}} au lieu du numéro de sécu : [[IDENTIFIANT:457812093]]. L'agent : « non ça c'est la mutuelle, il me faut celui de la carte verte ». Il cherche la carte pendant {{2 min}}, on entend des tiroirs.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« Le {{3646}} c'est gratuit ? » « Oui monsieur. » « Avant c'était payant. » « Oui monsieur. » Fin.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Olena Bondarenko]], ukrainienne, {{protection temporaire}}, APS n° [[IDENTIFIANT:5700839164]]. Son fils [[PERSONNE:Maksym]] traduit sur le haut-parleur. {{Carte Vitale}} jamais reçue : elle a été envoyée à l'ancien hôtel, à {{Woippy}}. L'agent relance l'envoi à la bonne adresse.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent, [[PERSONNE:Fabrice]], raconte l'appel d'hier : un monsieur de {{Wintzenheim}} qui ne parlait qu'alsacien, {{92 ans}}. « Heureusement ma grand-mère était de {{Munster}}. » Il a géré en dialecte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Ahmed Ben Salah]] veut recevoir le formulaire par mail, il donne une adresse écrite « comme sur son CV » : [[EMAIL:ahmed.bensalah [at] laposte.net]]. L'agent ne peut pas envoyer de formulaire par mail, il le télécharge sur {{Ameli}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Hoffmann]] appelle pour son mari, [[PERSONNE:Patrick Hoffmann]], né le [[DATE_NAISSANCE:26/08/1977]] à {{Creutzwald}}, NIR [[NIR:177085716011536]]. Il est hospitalisé à {{Forbach}}, elle veut qu'on envoie la demande de {{C2S}} chez eux : [[ADRESSE:3 rue des Tilleuls, 57150 Creutzwald]]. L'agent : il faut que ce soit lui qui appelle, ou une procuration.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Grille tenue par l'agent entre deux appels : motif, durée, résolu O/N. Sur {{14 appels}} : {{9}} résolus, {{3}} transférés, {{2}} « rappel ultérieur ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Dominik Lang]], habite {{Sarreguemines}}, travaille à {{Sarrebruck}}. Son arrêt maladie est fait par un médecin allemand : où l'envoyer ? À la caisse allemande (il est assuré là-bas). Il rappellera, il donne son portable allemand : [[TELEPHONE:0049 176 3345 8812]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Mamadou Sow]], intérimaire chez {{Amazon}} à {{Augny}}, s'est coupé à la main. Il ne sait pas si l'agence d'intérim a déclaré l'accident. L'agent cherche : rien. Elle lui explique qu'il a {{2 ans}} pour déclarer lui-même. Appel de {{11 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sylvie Rohmer]], pension d'invalidité, veut savoir si son dossier {{MDPH}} n° [[IDENTIFIANT:067-2023-118452]] change quelque chose à sa pension. Non, ce sont deux choses différentes. Elle note tout, redemande {{3}} fois.",
    ),
    # ---- cpam / controle_sur_place ----
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec [[PERSONNE:Patrice]], agent assermenté. [[ADRESSE:18 rue du Dauphiné, 57070 Metz]] ({{Borny}}). M. [[PERSONNE:Diogo Teixeira]], arrêt pour lombalgie, sorties autorisées {{10h-12h}} / {{16h-18h}}. On passe à {{14h20}}. Il est là, en jogging, dos bloqué, gêné de nous faire entrer. Conforme.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e adresse : [[ADRESSE:27 route de Manom, 57100 Thionville]], M. [[PERSONNE:Burim Gashi]]. Personne. La voisine : « il est au marché ». L'agent note l'absence, il y aura une lettre, le monsieur pourra s'expliquer avant toute suspension des {{IJ}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture : l'agent fait environ {{6 contrôles}} par matinée, on en fera {{4}}. « Les contre-visites que paient les employeurs, c'est autre chose, nous on est la caisse. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Isabelle Fuchs]], [[ADRESSE:6 rue d'Adelshoffen, 67300 Schiltigheim]], arrêt pour épuisement pro. Elle ouvre en pleurs. L'agent montre sa carte, reste sur le palier, {{3 min}}, « reposez-vous Madame ». En redescendant il me dit que c'est la partie qu'il déteste.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec l'assistante sociale de la caisse, [[PERSONNE:Valérie Klein]], chez M. [[PERSONNE:Marcel Heinrich]], {{74 ans}}, dialysé {{3 fois}} par semaine à {{Saverne}}. Question : transports et aide à domicile. Il vit seul au [[ADRESSE:15 Grand'Rue, 67440 Marmoutier]]. Le taxi conventionné est toujours en retard, dit-il.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Questionnaire papier de {{2 pages}}, rempli sur le capot de la voiture. Il pleut. L'encre coule. Personne ne rit.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Creutzwald}}, [[ADRESSE:11 rue de la Houve, 57150 Creutzwald]]. M. [[PERSONNE:Yusuf Demir]], arrêt post-opératoire (genou). Sa femme ouvre et crie « [[PERSONNE:Yusuf]] ! c'est la sécu ! ». Il arrive en béquilles. Thé proposé, accepté cette fois. {{8 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Forbach}}, [[ADRESSE:2 rue de la Forêt, 57600 Forbach]]. M. [[PERSONNE:Lukas Bauer]], frontalier, assuré en France pour la maladie. Il montre l'arrêt du Dr [[PERSONNE:Schäfer]] de {{Völklingen}}, en allemand (« {{Arbeitsunfähigkeitsbescheinigung}} », l'agent le prononce sans respirer). Conforme.",
    ),
    # ---- ccas / accueil_physique ----
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Mulhouse}}, aide facultative. Mme [[PERSONNE:Fatoumata Traoré]], facture {{EDF}} impayée de {{312 €}}, réf. client [[IDENTIFIANT:6003418227]]. Coupure annoncée le {{15}}. L'agente monte un dossier pour la commission de {{jeudi}}, et appelle EDF pour suspendre. Ça marche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Gilbert Zimmermann]], {{77 ans}}, du {{Neuhof}}. Facture {{ÉS}} n° [[IDENTIFIANT:F2025-118034]], {{486 €}} de régularisation. Il n'a jamais eu autant. L'agent regarde : estimations pendant {{2 ans}}, compteur jamais relevé. Il part avec un courrier type.",
    ),
    (
        "ccas",
        "accueil_physique",
        "File : {{8 personnes}} à l'ouverture ({{8h30}}), dont {{3}} pour la domiciliation. Une seule agente à l'accueil, l'autre est en arrêt.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Colmar}} : [[PERSONNE:Vasile Dumitru]], roumain, dort dans sa voiture, une {{Dacia}} immatriculée en {{Roumanie}} [[IMMATRICULATION:B 147 XHR]]. Attestation délivrée. Il demande si on garde son courrier {{3 mois}}. Oui, et plus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Thérèse Haas]], {{86 ans}}, vient pour l'aide au chauffage de la ville. Adresse : [[ADRESSE:4 rue du Rempart, 67600 Sélestat]], fixe [[TELEPHONE:03 88 92 05 71]]. Elle a apporté des {{bredele}} pour l'accueil 🍪, c'est sa tradition de {{décembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Cronenbourg}}. [[PERSONNE:Jessica]], maman solo, {{3 enfants}}, plus rien dans le frigo à partir du {{20}} du mois. Orientée vers les {{Restos du Cœur}} et l'épicerie sociale, avec un bon de {{40 €}} en attendant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente, [[PERSONNE:Karine Stoeckel]], reçoit M. [[PERSONNE:Petrossian]] pour le tarif solidaire de cantine. Elle recopie son numéro fiscal sur l'avis d'imposition : [[IDENTIFIANT:3012845671203]]. Quotient ok, tranche {{2}}. Les enfants mangeront pour {{1 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Panneau : « Permanence écrivain public : {{jeudi}} {{14h-16h}} ». Une dame revient exprès pour ça. On est mardi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Louis}}. M. [[PERSONNE:Erwin Stehlin]], retraité, {{40 ans}} de frontalier. Retraite suisse ({{AVS}}) + petite retraite française. Demande d'{{APA}} pour sa femme. L'agent doit convertir les francs suisses, ressort le taux du jour sur son tel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Borny}}. [[PERSONNE:Dylan]], {{19 ans}}, sorti de l'{{ASE}} il y a {{2 mois}}, aucune ressource. Aide d'urgence : {{60 €}} en chèques services. L'agente appelle la {{Mission locale}} devant lui, rdv {{mardi}}. Portable de [[PERSONNE:Dylan]] noté au dossier : [[TELEPHONE:07 69 33 81 24]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Thionville}}. Mme [[PERSONNE:Rosa Cavallaro]], veuve depuis {{3 semaines}}, demande une aide pour les obsèques de son mari [[PERSONNE:Salvatore]]. Facture des pompes funèbres : {{3 900 €}}. L'agente explique le capital décès, les aides possibles. Mme [[PERSONNE:Cavallaro]] garde ses lunettes de soleil tout le temps.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Forbach}}. Deux agents à l'accueil : l'un parle turc, M. [[PERSONNE:Çelik]], l'autre arabe. Le turc sert {{4}} fois dans l'heure. Pas prévu dans la fiche de poste.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Haguenau}}. Jeune couple, [[PERSONNE:Mélanie Jost]] et [[PERSONNE:Bryan]], {{2}} loyers de retard. Propriétaire privé, M. [[PERSONNE:Roger Bastian]]. L'aide du {{CCAS}} sera versée directement chez lui, [[PERSONNE:Mélanie]] a apporté son RIB à lui : [[IBAN:FR76 1720 6003 1045 1208 9331 722]]. L'agent n'a jamais vu ça, « en général c'est le proprio qui ne veut pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur veut « un logement social, vite ». L'agent explique que ce n'est pas le {{CCAS}} qui attribue : demande en ligne, et il en a déjà une depuis {{2019}}. Il repart avec le numéro de la commission. « {{6 ans}} », répète-t-il.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Sarreguemines}}. M. [[PERSONNE:Ousmane Ndiaye]], né à {{Dakar}} en [[DATE_NAISSANCE:décembre 1983]]. L'agente l'aide à remplir la {{C2S}} en ligne : NIR [[NIR:1 83 12 99 341 489 46]], mail [[EMAIL:ousmane.ndiaye83@yahoo.fr]]. Le site plante à l'étape {{4}}, on recommence. {{40 min}} au total.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Hautepierre}}. Mme [[PERSONNE:Naïma El Amrani]] demande l'accès à l'épicerie sociale. Attestation {{Caf}} avec n° alloc [[N_ALLOCATAIRE:1734902]], reste à vivre calculé sur place : {{7 €}} par jour et par personne. Accès accordé pour {{3 mois}}. Tél : [[TELEPHONE:06.23.71.88.04]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Quelqu'un a laissé un gros sac devant la porte. L'agent appelle la sécurité. C'étaient des vêtements pour le {{vestiaire solidaire}}. Fou rire général.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Metz}}. Famille [[PERSONNE:Magomedov]], tchétchène. La mère, [[PERSONNE:Zarema]], demande la gratuité des transports ({{Le Met'}}) pour aller aux rdv de la {{préfecture}}. Récépissé AGDREF [[IDENTIFIANT:5701234876]]. Accordé pour {{6 mois}}. Le petit dernier dessine sur le formulaire.",
    ),
    # ---- ccas / accueil_telephonique ----
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Strasbourg}}. Une voisine inquiète : M. [[PERSONNE:Fernand Walter]], {{90 ans}}, ne répond plus depuis {{2 jours}}, volets fermés. Adresse : [[ADRESSE:8 rue de la Canardière, 67100 Strasbourg]], à la {{Meinau}}. L'agent déclenche le service de maintien à domicile et la police municipale. On saura plus tard : il était chez sa fille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« C'est bien ici pour le {{plan canicule}} ? » Oui, inscription au registre. On est en {{décembre}}. « Je m'y prends tôt. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription au registre des personnes vulnérables par tél. Mme [[PERSONNE:Odile Meyer]], née le [[DATE_NAISSANCE:11 novembre 1939]], fixe [[TELEPHONE:03 89 41 27 06]]. Personne à prévenir : son fils [[PERSONNE:Frédéric]], [[TELEPHONE:06 30 58 12 77]]. L'agente répète chaque chiffre deux fois, Mme [[PERSONNE:Meyer]] entend mal.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel en anglais. M. [[PERSONNE:Tariq Mahmood]], pakistanais, besoin d'une domiciliation pour sa demande d'asile. L'agent passe en anglais (bon niveau !), rdv fixé. Il épelle son mail : [[EMAIL:tariq.mahmood1990@gmail.com]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un propriétaire, M. [[PERSONNE:Jung]], appelle pour « savoir si son locataire touche des aides ». Le locataire : M. [[PERSONNE:Amrani]]. Refus net de l'agente, secret professionnel. Il raccroche en disant qu'il va « voir le maire ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard sonne {{11 fois}} en {{10 min}}. Une seule personne pour décrocher.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{Les Coteaux}}, {{Mulhouse}}. Mme [[PERSONNE:Houria Belkacem]] rappelle, son rdv de {{lundi}} a été annulé sans prévenir. L'agent s'excuse, reprogramme et vérifie l'adresse pour le courrier : [[ADRESSE:21 rue de Provence, 68200 Mulhouse]]. C'était bon, c'est le courrier qui n'est pas parti.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Pour l'aide au loyer, l'agente demande l'attestation {{Caf}}. Mme [[PERSONNE:Keita]] la lit au téléphone : « numéro allocataire [[N_ALLOCATAIRE:6 4 1 2 0 3 8]] ». Puis elle lit aussi le montant de l'{{APL}} : {{287 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "[[PERSONNE:Enzo Marchal]], {{22 ans}}, demande l'aide à la mobilité pour passer le permis. Il est inscrit à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:4821936K]]. L'agente lui dit qu'il faut d'abord voir son conseiller, le {{CCAS}} complète seulement.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'assistante sociale de l'hôpital : M. [[PERSONNE:Henri Spitz]] sort demain, personne chez lui, il faut un portage de repas dès le lendemain. L'agente bricole avec le prestataire, c'est calé pour {{11h30}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente donne sa ligne directe à une dame qui rappelle souvent : [[TELEPHONE:03 87 55 14 60]], « et vous demandez [[PERSONNE:Aurélie]] ». Elle me dit qu'elle le fait pour les personnes âgées, pas pour les autres.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Silence au bout du fil, puis une voix âgée : « je me suis trompée, je voulais la pharmacie ». L'agente lui donne le {{3237}} pour la pharmacie de garde, lentement, deux fois.",
    ),
    # ---- ccas / controle_sur_place ----
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Sylvie]], travailleuse sociale du {{CCAS}}, chez Mme [[PERSONNE:Gisèle Wolff]], {{88 ans}}, [[ADRESSE:3 rue des Vosges, 68000 Colmar]]. Évaluation pour la téléassistance. Son chat, {{Minou}}, sur les genoux tout du long. Elle refuse le bracelet : « c'est pour les vieux ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Hautepierre}}, {{maille Catherine}}. Chez M. [[PERSONNE:Abdoulaye Camara]], [[ADRESSE:6 rue du Tivoli, 67200 Strasbourg]], {{9e étage}}, ascenseur en panne depuis {{3 semaines}}. Il a {{67 ans}}, un genou en vrac, ne sort plus. L'agente note pour le bailleur et pour le portage des courses.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet en tram, ligne {{A}}, {{25 min}}. L'agente a un sac à dos avec les dossiers papier et un classeur de « mots utiles » en {{6 langues}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{La Patrotte}}. Mme [[PERSONNE:Bernadette Schwab]], [[ADRESSE:14 rue Paul Chevreux, 57050 Metz]]. Appartement très encombré, on passe de profil. L'agente ne juge pas, parle du mari décédé, des photos. Elle accepte qu'une aide-ménagère vienne {{1 fois}} par semaine. Petite victoire.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée portage de repas à {{Illzach}} avec le livreur, [[PERSONNE:Rachid]]. {{14 repas}}. Chez Mme [[PERSONNE:Lina Weber]] il a la clé : « elle n'entend plus la sonnette ». Il vérifie qu'elle a mangé celui d'hier. Ce n'est pas dans sa mission, il le fait quand même.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Jacques Baumann]], [[ADRESSE:17 rue de la Gare, 67150 Erstein]], pour l'aide aux travaux d'accessibilité. Devant la maison, la voiture du fils, immat. [[IMMATRICULATION:dn-604-pz]] (je la note car l'agente doit vérifier qui vit là). Le fils dit qu'il « passe juste ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Logement passerelle de la ville, [[ADRESSE:9 rue de Bitche, 57200 Sarreguemines]]. Famille [[PERSONNE:Berisha]], {{5}} personnes dans un T3. Le père, [[PERSONNE:Arben]], répare tout lui-même. La convention d'occupation finit dans {{2 mois}}, inquiétude.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "L'agente suit {{43 familles}}. « Les visites, c'est là qu'on voit vraiment. Au guichet les gens se tiennent. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Haguenau}}, chez Mme [[PERSONNE:Sandrine Ott]], aide exceptionnelle pour un frigo (le sien a lâché). Elle donne son RIB sur la table de la cuisine : [[IBAN:FR76 3000 3023 6000 0507 1382 957]]. L'agente photographie le frigo mort pour le dossier 📸",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Thionville}}. M. [[PERSONNE:Piotr Kowalczyk]], ancien de la sidérurgie, installation de la téléalarme. Contact d'urgence : sa fille [[PERSONNE:Anna]], qui vit au {{Luxembourg}}, [[TELEPHONE:+352 621 458 903]]. Il montre les photos de l'usine de {{Hayange}}.",
    ),
    # ---- urgences / accueil_telephonique ----
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{Hautepierre}}. « Bonjour, mon père a été amené par les pompiers, [[PERSONNE:Jean-Claude Heckel]], né le [[DATE_NAISSANCE:04/06/1951]] ». La secrétaire ne donne pas d'info par tél sans vérifier qui appelle. Elle propose de rappeler le numéro enregistré dans le dossier.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tél sonne en continu. La secrétaire : « après {{20h}} on ne décroche plus, c'est le {{15}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Tilleuls}} pour une résidente transférée ce matin, Mme [[PERSONNE:Simone Grasser]], IPP [[IDENTIFIANT:P00831472]]. Ils veulent savoir si elle revient ce soir. Réponse : pas avant le passage du gériatre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le médecin régulateur du {{SAMU}} annonce un patient : M. [[PERSONNE:Benjamin Roux]], {{34 ans}}, chute d'échafaudage, arrivée dans {{15 min}}. La secrétaire crée le dossier avant l'arrivée, « pour gagner du temps ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle pour savoir si son fils [[PERSONNE:Théo]] est passé cette nuit. Il est majeur : pas d'info. Elle insiste, pleure. La secrétaire dit seulement « je vous conseille d'appeler votre fils ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel depuis le {{Luxembourg}} : une femme, son mari frontalier, M. [[PERSONNE:Nuno Gonçalves]], a eu un accident sur l'{{A31}} et aurait été amené à {{Thionville}}. Oui, il est là. Elle laisse son numéro lux : [[TELEPHONE:+352 691 204 557]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "En {{1h}} : {{6}} appels de familles, {{2}} du labo, {{1}} des pompiers, {{1}} faux numéro.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "M. [[PERSONNE:Sébastien Kieffer]] rappelle pour avoir ses résultats de prise de sang par mail, à [[EMAIL:sebastien.kieffer@free.fr]]. Refus : courrier ou médecin traitant. Il trouve ça « du siècle dernier ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi conventionné appelle : il doit ramener Mme [[PERSONNE:Huguette Kleinclaus]] chez elle, [[ADRESSE:7 rue des Jardins, 67210 Obernai]], mais le bon de transport n'est pas signé. La secrétaire court le faire signer.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{Klinikum Saarbrücken}} appelle (en français, bon accent) pour un transfert : M. [[PERSONNE:Gilles Quirin]], NIR [[NIR:1 62 11 57 463 087 02]], né à {{Metz}}, hospitalisé là-bas après un malaise au travail. Retour prévu demain en ambulance.",
    ),
    # ---- urgences / accueil_physique ----
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Hautepierre}}, poste IAO. {{9h}} : {{23}} patients en salle d'attente, {{4}} brancards dans le couloir, {{1}} box libre. L'infirmière d'accueil : « une journée normale ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission. Mme [[PERSONNE:Salma Bennani]], née le [[DATE_NAISSANCE:9 avril 1999]] à {{Casablanca}}, pas de {{carte Vitale}} sur elle mais elle connaît son numéro par cœur : [[NIR:2 99 04 99 350 627 34]]. L'agent d'admission est bluffé. Douleur abdo, tri {{3}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Baptiste Santoni]], né à {{Bastia}} en [[DATE_NAISSANCE:avril 81]], en déplacement pro à {{Metz}}, entorse en descendant du {{TGV}}. NIR sur l'attestation : [[NIR:181042B03325636]]. L'agent tape « 2B », le logiciel refuse, il retape, ça passe. « Les Corses, ça plante à chaque fois. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Ange Pietri]], brûlure à la main (four). {{Carte Vitale}} ok, NIR affiché à l'écran : [[NIR:2 75 07 2A 004 092 74]]. Elle vit à {{Colmar}} depuis {{20 ans}}, « mais je reste d'{{Ajaccio}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Markus Bieber]], né à {{Sarrebruck}} en [[DATE_NAISSANCE:1970]], français par sa mère, NIR [[NIR:1 70 03 99 109 077 54]]. Il vit à {{Forbach}}, travaille à {{Sarrelouis}}. Malaise au volant, sa femme l'a amené. Il parle allemand à sa femme, français à l'agent, {{platt}} au brancardier 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Maria Fernandes]], née au {{Portugal}}, femme de ménage à {{Thionville}}, chute dans l'escalier d'un client. Accident du travail ? L'agent ne sait pas si elle est déclarée. NIR [[NIR:272099913941822]]. Sa fille [[PERSONNE:Ana]] arrive en courant, {{20 min}} plus tard.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Forbach}}, urgences. [[PERSONNE:Chloé Wilhelm]], {{23 ans}}, vient avec son copain, [[PERSONNE:Dylan Hoff]], pour une douleur au ventre. NIR [[NIR:2 01 12 57 227 019 17]]. Le copain remplit tout, elle se tord sur la chaise.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Haguenau}}. M. [[PERSONNE:Thierry Hirlemann]], {{56 ans}}, douleur thoracique → court-circuite la file, tri {{1}}. L'agent d'admission fait le dossier après, avec la femme : NIR [[NIR:168106718004104]], mutuelle {{MGEN}} n° [[IDENTIFIANT:207418653]]. Elle tremble en sortant la carte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Maxime Goetz]], né le [[DATE_NAISSANCE:21.05.1990]] à {{Colmar}}, NIR [[NIR:1 90 05 68 066 305 35]]. Coupure profonde, scie circulaire. Il plaisante tout le long : « c'est pour le bois de chauffage de ma belle-mère ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme attend depuis {{6h}} avec une entorse. Il a vu passer « au moins {{10}} personnes » avant lui. L'IAO explique le tri, la gravité, les ambulances. Il repart sans être vu. L'IAO soupire, coche « parti sans soins ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet imprimé, je lis par-dessus l'épaule : [[PERSONNE:MULLER Jean-Paul]], IPP [[IDENTIFIANT:800215437]], né le [[DATE_NAISSANCE:12/09/1946]]. Il le met lui-même, « comme à la maternité il y a {{79 ans}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Voiture garée sur la place des ambulances, immat [[IMMATRICULATION:GH-921-LS]]. Annonce au micro : « le propriétaire du véhicule [[IMMATRICULATION:GH 921 LS]] est prié de... ». Personne. La sécurité appelle la fourrière.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pédiatrie : {{3}} bronchiolites en {{1h}}. Les parents dorment assis, les bébés non.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Habitué, que toute l'équipe appelle « [[PERSONNE:Bouboule]] ». Alcoolisé, tombé dans le tram à {{l'Homme de Fer}}. L'IAO : « salut [[PERSONNE:Bouboule]], encore toi ». Il rigole. Vrai nom dans le dossier, je ne l'ai pas vu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Saint-Louis}}, puis transfert. M. [[PERSONNE:Urs Meier]], suisse, de {{Bâle}}, chute de vélo. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80756000170048512396]]. L'agent ne sait jamais quoi mettre dans quelle case pour les suisses.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient allemand, M. [[PERSONNE:Tobias Maier]], accident de voiture sur le {{pont de l'Europe}}. Sa voiture ([[IMMATRICULATION:OG-MK 4412]], {{Offenburg}}) est à la fourrière. Il parle bien français, « j'ai fait {{Erasmus}} à {{Strasbourg}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Mercy}}. Mme [[PERSONNE:Kadiatou Barry]], enceinte de {{8 mois}}, orientée en maternité. L'agent vérifie l'adresse : [[ADRESSE:5 rue du Languedoc, 57070 Metz]]. Elle est venue en bus, seule.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran dans la salle d'attente : « TEMPS D'ATTENTE ESTIMÉ : {{4H}} ». Quelqu'un le prend en photo. Un autre se lève et part.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Hôpital Émile-Muller}}, {{Mulhouse}}. [[PERSONNE:Yanis Boudjema]], {{19 ans}}, bagarre à {{Bourtzwiller}}, arcade ouverte. La police attend dans le couloir. Son pote montre une vidéo postée par [[IDENTIFIANT:@yanis.bzw68]] lui-même 🤦",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient géorgien, M. [[PERSONNE:Giorgi Beridze]]. Interprète par téléphone (haut-parleur posé sur le comptoir). Passeport n° [[IDENTIFIANT:13AB45678]]. Pas de couverture, l'assistante sociale est prévenue. Il s'excuse toutes les {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Christian]], sans abri, « vient quand il fait froid » dit l'IAO. {{-4°}} cette nuit. Elle appelle le {{115}} avant même de l'installer, il y a une place au {{Hohberg}}. Il garde son bonnet pendant l'examen.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Colmar}}, {{hôpital Pasteur}}. Écran d'admission, date lue à voix haute par l'agente : « [[DATE_NAISSANCE:1988-11-30]], c'est bien vous Mme [[PERSONNE:Rinn]] ? ». « Non, c'est [[DATE_NAISSANCE:trente novembre]] ! ». Même date, dit dans l'autre sens. Rires.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc des boxes :\nbox 1 : plâtre\nbox 2 : « Mme [[PERSONNE:Ozdemir]] douleur thoracique »\nbox 3 : vide\nbox 4 : [[PERSONNE:Léon]], {{4 ans}}, otite\nL'IAO efface au fur et à mesure.",
    ),
    # ---- chrs / accueil_physique ----
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Mulhouse}}, entretien d'admission. M. [[PERSONNE:Mohamed Saïdi]], sorti de détention il y a {{3 jours}}, orienté par le {{SIAO}}, réf. SIAO [[IDENTIFIANT:SIAO68-2025-00412]]. Éducateur : [[PERSONNE:Jérôme]]. Contrat de séjour signé, chambre {{7}}. Il demande s'il peut fumer à la fenêtre. Non.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour : {{35 cafés}} servis avant {{9h}}. Machine à laver : liste d'attente de {{12}} noms (je ne les note pas).",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice [[PERSONNE:Pauline]] aide Mme [[PERSONNE:Sabine Roesch]] à demander le {{RSA}}. Compte tout juste ouvert au {{Crédit Mutuel}}, RIB : [[IBAN:FR76 1027 8051 0000 0118 7623 575]]. Dossier {{Caf}} créé, n° alloc [[N_ALLOCATAIRE:2658013]]. Première fois depuis {{2 ans}} qu'elle a un compte à son nom.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Strasbourg}}. M. [[PERSONNE:Ibrahima Sylla]], {{28 ans}}, hébergé depuis {{6 mois}}, cherche un CDI en logistique. Identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:3917204B]], l'éducateur le recopie sur la fiche de suivi. Il a un entretien à {{Entzheim}} demain, il faut trouver comment y aller à {{6h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Samia]], arrivée cette nuit avec ses {{2 enfants}} (violences conjugales). Ordonnance de protection en cours, RG [[IDENTIFIANT:25/01873]]. L'intervenante ne lui pose presque pas de questions, « demain ». Les enfants regardent un dessin animé, le volume très bas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : retour avant {{22h}}, pas d'alcool dans les chambres, animaux acceptés (nouveau depuis {{2023}} !).",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Franck Hug]] arrive avec son chien, {{Rocky}}, un malinois. Avant, il refusait tous les hébergements à cause du chien. « Sans {{Rocky}} je viens pas. » Il est là depuis {{3 semaines}}. Le chien dort dans la chambre, sur sa veste.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Metz}}, foyer {{Les Marronniers}}, {{chambre 12}}. M. [[PERSONNE:Viktor Ivanov]], {{61 ans}}, ancien routier, a perdu son logement après une expulsion. Il montre sa carte d'identité, n° [[IDENTIFIANT:X4R7TG2K9]], « au moins j'ai encore ça ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Départ ! Mme [[PERSONNE:Nour Haddadi]] quitte le {{CHRS}} pour un logement social : [[ADRESSE:23 rue de Wattwiller, 68200 Mulhouse]]. Les éducs ont fait un gâteau. Elle pleure, l'éducatrice [[PERSONNE:Céline]] aussi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Liste des rdv du jour au tableau :\n- {{9h}} : banque\n- {{10h30}} : {{CMP}}\n- {{14h}} : {{France Travail}}\n- {{16h}} : avocat\nPas de noms, seulement des initiales. Une règle de la maison.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Jeune, [[PERSONNE:Kylian]], {{18 ans}} et {{2 jours}}. Sorti de l'{{ASE}} le jour de ses 18 ans. Sac de sport, téléphone cassé. L'éducateur lui crée une adresse mail sur place : [[EMAIL:kylian.fz2007@gmail.com]], pour tout le reste ({{Caf}}, {{France Travail}}, banque).",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Colmar}}. Couple, M. [[PERSONNE:Rakhimov]] et Mme [[PERSONNE:Rakhimova]], ouzbeks, déboutés du droit d'asile. L'intervenante explique qu'ils peuvent rester jusqu'à la fin de l'hiver. Carte de la {{Cimade}} donnée. Silence lourd.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Serge Wackermann]], {{55 ans}}, {{Sélestat}}, ancien chaudronnier. Dettes, séparation, rue pendant {{4 mois}}. Il veut reprendre le travail, ancien n° {{Pôle emploi}} retrouvé dans ses papiers : [[ID_FRANCE_TRAVAIL:6042185 T]]. L'éduc vérifie s'il est toujours valable.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj : confiture de {{mirabelles}} offerte par une bénévole. Tout le monde en reprend. Aucun rapport avec le travail social mais c'est ce que je retiendrai.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier de surendettement préparé avec M. [[PERSONNE:Pascal Gerber]] : il faut la liste des créanciers. Réf. client chez {{Free}} : [[IDENTIFIANT:FR-41872056]], crédit {{Cofidis}} dossier [[IDENTIFIANT:28175640031]]. Le {{CHRS}} aide mais « c'est lui qui signe », insiste la CESF.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Thionville}}. Mme [[PERSONNE:Agnieszka Nowicka]], polonaise, a travaillé {{5 ans}} au {{Luxembourg}} au noir puis déclarée, puis plus rien. Droits ? L'éduc appelle {{France Travail}} frontaliers, attente. En attendant, domiciliation et aide alimentaire.",
    ),
    # ---- chrs / accueil_telephonique ----
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Bas-Rhin}}, {{21h}}. M. [[PERSONNE:Aurélien Gross]] dort à la {{gare}}, demande une place. Plus rien pour homme seul. L'écoutant propose la halte de nuit et prend son numéro au cas où quelqu'un se désiste : [[TELEPHONE:07 83 12 56 49]]. « Je rappelle à {{23h}}, promis ». Il rappellera, je pense.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écran du {{115}} à {{20h05}} : {{47}} appels en attente. L'écoutant : « on en décrochera peut-être {{15}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille [[PERSONNE:Mehmedović]], {{2}} adultes + un bébé de {{3 mois}}, [[PERSONNE:Amina]]. Ils dorment dans la voiture, [[IMMATRICULATION:EB-208-QK]], sur le parking de {{Rivetoile}}. Mise à l'abri à l'hôtel : {{B&B Hotel}}, {{chambre 214}}, pour {{3 nuits}}. L'écoutante raccroche et souffle longuement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un passant appelle : « il y a un monsieur allongé {{rue du 22 Novembre}}, il bouge pas ». Maraude envoyée, et le {{15}} prévenu. On ne saura pas la suite ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une habituée, Mme [[PERSONNE:Ginette]], appelle tous les soirs vers {{19h}} « pour dire bonsoir ». Elle a un logement. L'écoutante, [[PERSONNE:Laura]], lui accorde {{2 min}}, gentiment, puis « bonne nuit [[PERSONNE:Ginette]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Moselle}}. M. [[PERSONNE:Mustafa Korkmaz]], expulsé aujourd'hui de son logement, [[ADRESSE:42 rue Nationale, 57600 Forbach]], avec un huissier et la police. Affaires dans des sacs chez un voisin. Place trouvée à {{Saint-Avold}}, mais pas de voiture. L'écoutant cherche un bus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant demande s'il a des ressources. « Le {{RSA}} ». Numéro allocataire ? Il le lit sur un papier froissé : [[N_ALLOCATAIRE:4409276]]. L'écoutant le note pour l'orientation vers un {{CHRS}} (participation). Le monsieur, [[PERSONNE:Cédric Vonau]], a l'air de lire à la lampe de son téléphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pour le logiciel {{SI-SIAO}}, nom + date de naissance obligatoires. « [[PERSONNE:Ngoma]], prénom [[PERSONNE:Prince]], né le [[DATE_NAISSANCE:1er janvier 2000]] ». L'écoutant me dit qu'il y a beaucoup de « 1er janvier » : la date mise d'office quand le jour n'est pas connu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau des places tenu à la main : {{0}} homme seul, {{2}} femmes, {{1}} famille. À {{22h}}, tout est pris.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "M. [[PERSONNE:Rui Pereira]], frontalier, travaille à {{Luxembourg-ville}} dans le BTP, dort dans sa voiture immatriculée au {{Luxembourg}} ([[IMMATRICULATION:RP 2038]]) à {{Thionville}} depuis sa séparation. Il a un salaire, pas de logement. « Je suis pas un SDF ». Portable lux : [[TELEPHONE:+352 661 873 029]]. Orienté vers le dispositif logement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Signalement par mail d'une assistante sociale de l'hôpital, Mme [[PERSONNE:Lorentz]] ; l'écoutante me lit l'adresse pour lui répondre : [[EMAIL:c.lorentz@chru-strasbourg.fr]]. Patient sortant ce soir, pas de domicile. Pas de place. Elle répond quand même.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant, {{12 ans}} de {{115}}, me parle de la saturation : l'hiver, le plan grand froid ouvre des gymnases, au printemps tout ferme et les mêmes personnes rappellent. « On n'est pas un service d'hébergement, on est un service qui dit non poliment. » Il dit ça sans amertume, ou presque.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Fatima Zahra Idrissi]], enceinte de {{6 mois}}, appelle depuis la {{gare}} de {{Metz}}, arrivée de {{Nancy}}. Elle pleure. Priorité : mise à l'abri hôtel, {{hôtel Première Classe}}, {{chambre 9}}. Taxi payé par le {{115}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[PERSONNE:Régis]], de la maraude {{Croix-Rouge}}, appelle : {{3}} personnes sous le pont {{Churchill}}, dont « le Polonais », [[PERSONNE:Tadeusz]], qui refuse tout depuis {{2 hivers}}. Couvertures distribuées. Rien d'autre possible.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[PERSONNE:Amadou]] laisse un message : « rappelez-moi au [[TELEPHONE:zéro sept, soixante-dix-huit, quarante, zéro deux, quinze]] ». L'écoutante réécoute {{3}} fois, écrit le numéro en chiffres sur le post-it jaune.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Monique Staub]], {{69 ans}}, née à {{Sarreguemines}}, veuve, à la rue après la vente de la maison par les enfants 😳 Elle donne d'elle-même son numéro de sécu : [[NIR:2 56 05 57 631 028 19]]. L'écoutant appelle le {{CCAS}} de Sarreguemines dès l'ouverture demain.",
    ),
    # ---- chrs / controle_sur_place ----
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus avec l'éducatrice [[PERSONNE:Hélène]] : appartement du {{CHRS}} au [[ADRESSE:8 rue Watteau, 67200 Strasbourg]] ({{Elsau}}), occupé par Mme [[PERSONNE:Aminata Cissé]] et ses {{3 enfants}}. Tout est impeccable. Le plus grand, [[PERSONNE:Moussa]], montre son bulletin. Elle demande quand elle pourra avoir « un vrai bail ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Check-list de visite : {{détecteur de fumée}}, chauffage, propreté, « présence de personnes non déclarées ». L'éduc n'aime pas la dernière case, elle la coche toujours « non » sans regarder.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite « hors les murs » : M. [[PERSONNE:Didier Frantz]] vit dans sa camionnette, [[IMMATRICULATION:AV-118-JN]], garée sur le parking d'{{Auchan}} à {{Illkirch}}. Il refuse le {{CHRS}} mais accepte le suivi. Café au gobelet sur le capot, {{20 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Mme [[PERSONNE:Ayşe Şahin]], appartement relais. Mise en place du prélèvement de la participation aux frais d'hébergement ({{10 %}} des ressources) : IBAN [[IBAN:FR76 1670 5090 0208 1200 4567 735]]. Elle signe le mandat en lisant chaque ligne.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Vérif des ressources chez M. [[PERSONNE:Thomas Engel]] ({{Schiltigheim}}) : attestation {{Caf}} n° [[N_ALLOCATAIRE:3185540]], {{RSA}} + {{APL}}. Il a repris des missions d'intérim chez {{Adecco}}, pas encore déclaré. L'éduc l'aide à le faire tout de suite.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Thionville}}. M. [[PERSONNE:Hamza Oukili]] vient de signer un CDI chez un cariste à {{Bettembourg}} ({{Luxembourg}}). Logement relais [[ADRESSE:5 rue de l'Ancien Hôpital, 57100 Thionville]]. L'éduc : « il va partir, on va chercher ailleurs pour lui ». Il montre son contrat, fier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Voiture de service : {{280 000 km}}, rétro tenu au scotch. « Elle tient, c'est tout ce qu'on lui demande ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Bourtzwiller}}. Famille [[PERSONNE:Tshibanda]], {{2}} enfants nés en [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]]. Le père, [[PERSONNE:Jean-Pierre Tshibanda]], attend son titre de séjour ; la mère, [[PERSONNE:Grâce]], fait des ménages. Réfrigérateur vide le {{25}} du mois, l'éduc note pour le colis.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'{{Ibis budget}} de {{Mulhouse}}, {{chambre 23}}. Famille [[PERSONNE:Hovhannisyan]], arméniens, {{4}} dans {{14 m²}}, micro-ondes sur la commode. Ça fait {{8 mois}}. La mère, [[PERSONNE:Anahit]], fait des devoirs avec la petite sur le lit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Jardin partagé du {{CHRS}}. M. [[PERSONNE:Lucien Brand]] montre ses tomates et ses {{choux}}, « pour la choucroute de l'année prochaine ». Le seul moment de la journée où personne ne parle de papiers.",
    ),
    # ---- france_travail / accueil_physique ----
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Strasbourg}}, agence de la {{Meinau}}. M. [[PERSONNE:Julien Sutter]], licencié économique ({{imprimerie}} fermée), finit son inscription avec l'agente. Identifiant créé : [[ID_FRANCE_TRAVAIL:5203741L]]. Il donne son RIB pour l'{{ARE}} : [[IBAN:FR76 1470 7000 4103 2198 7654 106]]. Il dit « merci » {{5}} fois, comme s'il s'excusait d'être là.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Saint-Louis}}. Mme [[PERSONNE:Nathalie Grieneisen]], frontalière licenciée d'un labo à {{Bâle}}. Il lui faut le formulaire {{U1}} de la caisse de chômage suisse pour que ses salaires suisses comptent. Elle l'a demandé il y a {{2 mois}}. Identifiant [[ID_FRANCE_TRAVAIL:7719305 C]]. Le conseiller : « en attendant, on ne peut rien calculer ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Mickaël Thiel]], {{Thionville}}, fin de contrat chez un sous-traitant d'{{ArcelorMittal}} à {{Belval}}. Formulaire {{U1}} de l'{{ADEM}} ok. Pour l'{{ARE}} il donne son compte luxembourgeois : [[IBAN:LU27 0019 4006 4321 8000]]. Accepté (zone {{SEPA}}), ça le surprend.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace libre-service : {{3}} ordinateurs, {{1}} en panne, {{1}} imprimante sans papier. Un jeune en service civique aide à côté (« aidant numérique »). Il est très demandé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV. Le modèle projeté au mur : « [[PERSONNE:Sophie Martin]], [[ADRESSE:12 rue des Fleurs, 67000 Strasbourg]], [[TELEPHONE:06 12 34 56 78]] ». {{8}} participants. Deux recopient l'adresse du modèle sur leur propre CV 😅 l'animatrice corrige.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Forbach}}. M. [[PERSONNE:Kevin Dahlem]] cherche en {{Sarre}}, métiers de la logistique. La conseillère {{EURES}}, Mme [[PERSONNE:Schuler]], lui imprime {{4}} offres à {{Sarrebruck}} et {{Saarlouis}}. Identifiant [[ID_FRANCE_TRAVAIL:4470218 X]]. « Et l'allemand ? » « Ça vient en travaillant. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Nabil Cherif]], radié pour absence à un rdv : la convocation est partie à l'ancienne adresse. Identifiant [[ID_FRANCE_TRAVAIL:2841590D]]. Nouvelle adresse enregistrée : [[ADRESSE:11 rue de Vienne, 68000 Colmar]]. Recours possible, l'agent l'aide à l'écrire sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche : « Forum de l'emploi transfrontalier – {{Sarrebruck}} – {{14 novembre}} ». Le conseiller : « on remplit {{2 bus}} chaque année ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Leila Mansouri]] n'arrive plus à se connecter. Mail associé au compte : [[EMAIL:leila.mansouri@hotmail.fr]], elle n'a plus accès à cette boîte. Changement de mail : [[EMAIL:l.mansouri68@gmail.com]]. {{15 min}} avec l'agent, ça marche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Kenza]], née le [[DATE_NAISSANCE:28/06/2008]], {{17 ans}}, vient s'inscrire. Trop jeune pour la procédure normale, obligation de formation jusqu'à {{18 ans}} → orientée vers la {{Mission locale}}. Elle : « encore un autre bureau ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller, [[PERSONNE:Hubert Sieffert]], {{30 ans}} de maison, dit encore « l'{{ANPE}} ». Il connaît tous les patrons de la vallée. « Avant on plaçait les gens au téléphone, maintenant on fait des parcours. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Adrien Baltzer]], chauffeur-livreur, sa voiture perso ([[IMMATRICULATION:CX 420 RT]]) est en panne, il risque de perdre sa mission. Demande d'aide à la mobilité, devis du {{Garage Schmitt & Fils}} : {{640 €}}. Dossier fait en urgence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Cristina Moldovan]] a changé de banque, l'{{ARE}} doit arriver sur le nouveau compte : [[IBAN:FR76 1670 5090 4408 2133 7940 182]] ({{Caisse d'Épargne}}). L'agente vérifie que le nom sur le RIB est bien le sien. Oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Haguenau}}. M. [[PERSONNE:Lionel Ebersold]], saisonnier (vendanges, puis {{marchés de Noël}}), inscrit entre deux contrats, identifiant [[ID_FRANCE_TRAVAIL:6618423 M]]. Il connaît le système mieux que moi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "File à l'accueil : {{9}} personnes, dont {{4}} sans rdv. L'agente filtre : « vous avez un conseiller ? vous lui avez écrit ? ». La moitié repart avec un rdv.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Issa Touré]] veut voir sa conseillère, Mme [[PERSONNE:Garnier]], absente. L'agent d'accueil lui note son mail pro sur un papier : [[EMAIL:elise.garnier@francetravail.fr]]. Identifiant du monsieur : [[ID_FRANCE_TRAVAIL:3305872P]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Bellecroix}}, {{Metz}}. Mme [[PERSONNE:Stéphanie Jacquemin]], {{41 ans}}, veut une formation d'aide-soignante. Financement {{AIF}} + {{Région Grand Est}}. Identifiant [[ID_FRANCE_TRAVAIL:5528104 R]]. Entrée en formation en {{mars}}, si la place se libère.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Wassim]], {{20 ans}}, {{contrat d'engagement jeune}}. Allocation versée sur son compte tout neuf : [[IBAN:FR76 1027 8032 0000 0277 4194 648]]. Sa conseillère, [[PERSONNE:Amandine]], lui fait un high five. Je n'avais jamais vu ça dans une administration.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Sélestat}}. Mme [[PERSONNE:Nadine Fickinger]], {{52 ans}}, a travaillé {{10 ans}} à {{Offenburg}}. Salaire allemand versé sur un compte allemand, elle veut l'{{ARE}} dessus aussi : [[IBAN:DE64 6645 0050 0004 4712 90]]. Identifiant [[ID_FRANCE_TRAVAIL:2069457 K]]. Le conseiller parle allemand avec elle, par réflexe.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Colmar}}. M. [[PERSONNE:Abdelhak Zeroual]], {{58 ans}}, ancien soudeur chez {{Liebherr}}. Identifiant [[ID_FRANCE_TRAVAIL:7034619F]]. Il montre aussi l'attestation {{Caf}} de {{prime d'activité}} de sa femme, n° alloc [[N_ALLOCATAIRE:2904137]], pour prouver qu'« on s'en sort pas ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Saint-Avold}}. M. [[PERSONNE:Cyril Schmitz]], de {{Creutzwald}}, licencié après la fermeture d'un site de la plateforme chimique. Identifiant [[ID_FRANCE_TRAVAIL:8850136 V]]. Cellule de reclassement, {{12 mois}}. Son père était à la mine, son grand-père aussi. Il dit « nous ici, on ferme ».",
    ),
    # ---- france_travail / accueil_telephonique ----
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. M. [[PERSONNE:Loïc Freund]] donne son identifiant à voix haute : « [[ID_FRANCE_TRAVAIL:quatre un zéro neuf deux six trois B]] comme {{Bernard}} ». L'agent retape, ça marche. Question : pourquoi l'{{ARE}} a baissé ce mois (jours travaillés déclarés).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Attente au {{3949}} : {{25 min}}. L'agent : « le lundi matin tout le monde appelle en même temps, c'est mathématique ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sandra Weis]], frontalière lux, {{Yutz}}, attend le {{U1}} de l'{{ADEM}} depuis {{6 semaines}}. Identifiant [[ID_FRANCE_TRAVAIL:8162035A]]. L'agent note une relance et son portable : [[TELEPHONE:06 47 90 13 58]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Karl Wendling]], {{Sarreguemines}}, ex-frontalier en {{Sarre}}, veut l'{{ARE}} sur son compte allemand de la {{Sparkasse}} : [[IBAN:DE13 5905 0101 0047 1392 65]]. L'agent : c'est possible, compte {{SEPA}}. Il n'y croyait pas.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Vérif d'identité : Mme [[PERSONNE:Priscilla Mendy]], née le [[DATE_NAISSANCE:7 septembre 1993]]. Elle veut que ses convocations arrivent par mail, elle épelle : [[EMAIL:priscilla.mendy93@gmail.com]]. L'agent répète « [[PERSONNE:mendy]], [[PERSONNE:m-e-n-d-y]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Raphaël Kohler]], {{Saint-Louis}}, veut l'{{ARE}} sur son compte suisse : [[IBAN:CH78 0023 3233 9047 1652 0]]. L'agent hésite, demande à sa cheffe : ok, la {{Suisse}} est dans {{SEPA}}. {{7 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent coupe son micro : « celui-là appelle tous les jours, il veut juste parler ». Il reprend, patient, {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Yvette Obrecht]], {{61 ans}}, lit son identifiant sur un vieux courrier : [[ID_FRANCE_TRAVAIL:258 3104 N]]. Question retraite progressive / chômage, l'agent renvoie vers la {{Carsat}} pour la partie retraite.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur, la {{Boulangerie Kamm}} à {{Obernai}}, appelle pour son offre n° {{184QXZT}} : il a reçu un seul candidat, [[PERSONNE:Mathéo Braun]], et voudrait savoir s'il est « sérieux ». L'agent ne donne aucune info sur le candidat.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Leyla Demirci]], {{Forbach}}, donne son mail en mode anti-spam : « [[EMAIL:leyla.demirci (at) orange.fr]] ». L'agent sourit et tape la vraie adresse. Pièce jointe à envoyer : attestation employeur.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Théodore Kanza]], au {{RSA}}, convoqué pour l'accompagnement. Il donne à la fois son n° alloc [[N_ALLOCATAIRE:5073318]] et son identifiant [[ID_FRANCE_TRAVAIL:1947205J]], « comme ça c'est fait ». L'agent ne garde que le second.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Gaëtan Muller]] dicte son RIB au format d'avant, sans le {{FR}} : [[IBAN:14707 50031 70218843925 75]]. L'agent lui dit de le déposer dans son espace, pas au téléphone.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Script d'appel affiché sur l'écran de l'agente : « 1. {{Saluer}} 2. {{Reformuler la demande}} 3. ... ». Elle ne le regarde jamais.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Ma conseillère c'est Mme [[PERSONNE:Roos]], elle répond plus depuis {{3 semaines}} ». Mme [[PERSONNE:Roos]] est en congé maternité, l'agent l'explique sans le dire vraiment. L'appelant, M. [[PERSONNE:Florian Eck]], identifiant [[ID_FRANCE_TRAVAIL:6602918H]], aura un autre conseiller.",
    ),
    # -- end of notes --
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, in writing order, with their ids."""
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
    """Draw the halves from ``cells`` (id -> (site_kind, channel)) only."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(set(cells.values())):
        ids = sorted(i for i, c in cells.items() if c == cell)
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
    lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build()
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
