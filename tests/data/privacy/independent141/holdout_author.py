"""Independent evaluation corpus n° 141: 240 hand-written observation notes, labelled inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this
file parses the marks, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (standard library only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind141"
SEED = 141

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# fmt: off
NOTES_CAF = [
    ("caf", AP, "{{9h12}} {{Caf}} de {{Rodez}}. Mr [[PERSONNE:Vayssière]] vient pr son {{RSA}} suspendu, DTR pas faite. num alloc [[N_ALLOCATAIRE:2093471]]. Agent [[PERSONNE:Sandrine]] le fait sur la borne avec lui. {{12 min}}."),
    ("caf", AP, "{{Cahors}}, file d'attente {{11}} pers a l'ouverture. Bcp de dossiers {{prime d'activité}}. Mon ticket : {{B047}}. L'agente dit que le lundi c'est toujours comme ca."),
    ("caf", AP, "Ce qui me frappe d'emblée à l'accueil de la {{Caf}} d'{{Auch}}, c'est le calme. Une dame, Mme [[PERSONNE:Lacoste-Dupouy]], est venue avec une pochette plastique pleine de courriers jamais ouverts ; [[PERSONNE:Mathieu]], l'agent, les trie avec elle un par un, sans jamais la presser. Il retrouve son numéro allocataire sur une vieille notification : [[N_ALLOCATAIRE:3184562]]. Elle a {{67 ans}}, touche l'{{ASPA}} et une petite {{APL}}. Elle s'excuse toutes les deux minutes. Entretien de {{25 minutes}}, et personne derrière ne râle, ce qui en dit long sur la patience des gens ici."),
    ("caf", AP, "Écran : NOM [[PERSONNE:BOUSQUET]] Prénom [[PERSONNE:Léa-Marie]] / Né(e) le [[DATE_NAISSANCE:14/02/1996]] / N° alloc [[N_ALLOCATAIRE:2709813]] / Situation : isolée, 1 enf. / Droits : {{AF}} non, {{PAJE}} oui, {{APL}} oui / Dernier paiement {{312,47 €}} le {{05/03}}"),
    ("caf", AP, "— C'est pour la {{prime de naissance}}. — Vous avez la déclaration de grossesse ? — Non j'ai que l'écho. — Il faut le papier du médecin madame. — Mais [[PERSONNE:Yasmina]] au tel elle m'a dit que l'écho suffisait !! — [[PERSONNE:Yasmina]] s'est trompée alors, désolée."),
    ("caf", AP, "{{Guéret}}. Jeune H, {{APL}} étudiant. Bail manquant. Renvoyé. {{4 min}}."),
    ("caf", AP, "Mme [[PERSONNE:Nguyen Thi Hoa]] + sa fille [[PERSONNE:Linh]] qui traduit. Changement d'adresse : elle habite maintenant [[ADRESSE:7 impasse des Tilleuls, 47000 Agen]]. L'agente ([[PERSONNE:Corinne]]) saisit direct. La fille demande si ça change l'{{APL}}, réponse « on verra au prochain calcul »."),
    ("caf", AP, "le mr devant moi épelle son nom : [[PERSONNE:B-E-N-A-Ï-S-S-A]]. l'agent tape [[PERSONNE:Benaissa]] sans trema, le mr corrige, ils rient tous les deux. num alloc [[N_ALLOCATAIRE:1047 226]]"),
    ("caf", AP, "Panne de la borne {{n°2}} depuis {{10h}}. Les gens font la queue à l'autre, une dame âgée abandonne et repart. Personne pour l'aider, l'agent d'accueil est seul ce matin 😕"),
    ("caf", AP, "Mr [[PERSONNE:de Castelnau]] (oui, la particule, il insiste) conteste un indu de {{1 240 €}}. Il veut donner un RIB pour le remboursement échelonné : [[IBAN:FR76 3000 4028 3700 0123 4567 873]]. [[PERSONNE:Karim]] l'agent lui explique que le RIB se change en ligne sur l'espace {{Mon compte}}. Il repart furieux."),
    ("caf", AP, "Couple [[PERSONNE:Oliveira]], {{3 enfants}}, déménagent de {{Villeneuve-sur-Lot}} à {{Marmande}}. Madame donne la date de naissance du petit dernier : le [[DATE_NAISSANCE:2 septembre 2021]]. L'agente vérifie que le livret de famille est à jour."),
    ("caf", AP, "Une étudiante de l'{{IUT}} de {{Périgueux}}, [[PERSONNE:Maëlys]], demande l'{{APL}} en coloc. Agent : « vous êtes née quand ? » « le [[DATE_NAISSANCE:12 juin 2004]] » « {{20 ans}}, donc pas de souci pour le rattachement fiscal »."),
    ("caf", AP, "Affiche au mur : « {{Caf}} du {{Lot}} – horaires d'été {{8h30}}-{{12h}} ». Personne ne la regarde."),
    ("caf", AP, "{{11h40}} [[PERSONNE:Mamadou Sy]] vient avec son titre de séjour (n° [[IDENTIFIANT:4701298375]]) pour ouvrir des droits {{RSA}}. Agente [[PERSONNE:Nathalie]] : il faut {{5 ans}} de titre. Il en a {{3}}. Il le savait pas. Silence."),
    ("caf", AP, "caf {{tulle}}. mme [[PERSONNE:Chassagnac]] vient signaler separation. nouveau num tel [[TELEPHONE:06 71 43 28 90]]. agent [[PERSONNE:Pierre]] met a jour. elle pleure un peu. il lui donne un mouchoir et le num du {{CCAS}}."),
    ("caf", AP, "Je compte : {{14}} personnes servies entre {{9h}} et {{10h30}}, dont {{6}} pour des attestations. Les attestations pourraient se faire en ligne mais « les gens viennent quand même »."),
    ("caf", AP, "« Votre nom ? » « [[PERSONNE:Etxeberria]]. Avec un X. » « Prénom ? » « [[PERSONNE:Jon]]. » L'agent cherche… rien. Il était enregistré [[PERSONNE:Etcheberry]] ! Dossier fusionné, {{20 min}} pour ça."),
    ("caf", AP, "Mme [[PERSONNE:Fernandes]] donne son mail pour recevoir les courriers : [[EMAIL:sofia.fernandes47@gmail.com]]. L'agente ([[PERSONNE:Élodie]]) le répète à voix haute, toute la salle l'entend 🙄"),
    ("caf", AT, "Plateforme tel {{Caf}} – [[PERSONNE:Virginie]] décroche. Le mr donne son num alloc : « [[N_ALLOCATAIRE:deux trois cinq, zéro quatre, quatre-vingt-huit]] ». Elle retape en chiffres, ça sort direct."),
    ("caf", AT, "Temps d'attente annoncé au serveur vocal : {{12 minutes}}. Réel : {{34 min}}. La personne avait raccroché {{2 fois}} avant."),
    ("caf", AT, "Appel d'une dame de {{Mont-de-Marsan}}, Mme [[PERSONNE:Dubroca]] (dossier [[N_ALLOCATAIRE:0765512]]), qui veut savoir pq son {{APL}} a baissé. [[PERSONNE:Hélène]] (agente) lui explique la réforme du calcul en temps réel. La dame : « j'ai rien compris mais merci ma belle »."),
    ("caf", AT, "APPEL {{10H03}} / Allocataire : [[PERSONNE:KOUASSI Aya Grâce]] / Dossier [[N_ALLOCATAIRE:0928451]] / Tél. [[TELEPHONE:05 53 08 41 77]] / RIB [[IBAN:FR7612506200105630187451209]] / Motif : Pièce manquante (avis d'imposition {{2023}}) / Action : relance mail"),
    ("caf", AT, "Un mr appelle pour sa mère, Mme [[PERSONNE:Roumégoux]], qui a {{88 ans}} et est sourde. L'agent refuse de parler au fils sans procuration. Le fils : « mais elle peut pas vous entendre !! »"),
    ("caf", AT, "LA LIGNE A COUPÉ EN PLEIN MILIEU. L'agente n'a aucun moyen de rappeler (numéro masqué). Elle soupire : « il rappellera ». {{15h20}}."),
    ("caf", AT, "[[PERSONNE:Jean-Baptiste Larrieu]] appelle depuis un portable, demande qu'on le rappelle au [[TELEPHONE:zéro six, quarante-huit, douze, trente, cinquante-cinq]] parce que son forfait est presque fini."),
    ("caf", AT, "Appel de [[PERSONNE:Mireille]], assistante sociale du {{Département}}, pour une famille suivie (famille [[PERSONNE:Ait Benali]]). Secret pro : l'agent, [[PERSONNE:Romain]], hésite puis donne les infos utiles."),
    ("caf", AT, "Dame qui veut faire changer son RIB par tel. Impossible, mais elle dicte quand même : [[IBAN:FR76 1027 8022 0000 0204 8260 193]]. L'agente la coupe : « non non madame ne me le donnez pas au tel » trop tard 😬"),
    ("caf", AT, "Appel. {{Prime de Noël}}. Pas éligible. {{2 min}}."),
    ("caf", AT, "« [[PERSONNE:Moreau]] ou [[PERSONNE:Moreau-Sanchez]] ? » demande l'agente. La dame : « les deux, ça dépend des papiers ». Dossier [[N_ALLOCATAIRE:3350826]] sous [[PERSONNE:Sanchez]] en fait (nom de jeune fille)."),
    ("caf", AT, "Bcp d'appels sur la {{prime d'activité}} ce matin suite à un article dans {{La Dépêche}}. Agent : « à chaque fois qu'ils en parlent dans le journal on a {{50}} appels de plus »."),
    ("caf", AT, "Mr [[PERSONNE:Bélanger]] (accent québécois !) arrivé à {{Agen}} en sept. Demande {{APL}}. Il donne son mail [[EMAIL:m.belanger [at] videotron.ca]]. L'agent rigole : « on a pas souvent du .ca »."),
    ("caf", AT, "Appelante : [[PERSONNE:Aurore]], {{24 ans}}, enceinte, veut savoir quand demander la {{PAJE}}. Terme prévu en {{juin}}. Agent [[PERSONNE:Sébastien]] très pédagogue, il lui envoie le lien par sms."),
    ("caf", AT, "Appel en occitan ?? Non, juste un accent très fort de l'{{Aveyron}}. Mr [[PERSONNE:Calmels]], éleveur, donne son num allocataire {{MSA}} [[N_ALLOCATAIRE:1287640]] mais c'est pas la bonne caisse. Réorienté."),
    ("caf", AT, "— {{Caf}} bonjour, [[PERSONNE:Karine]] à votre écoute. — Oui c'est madame [[PERSONNE:Dufau]], je vous appelle pour mon fils [[PERSONNE:Théo]], il a eu {{18 ans}}. — Il est né quand ? — Le [[DATE_NAISSANCE:3 janvier 2006]]. — Alors il sort de vos droits madame, sauf s'il est étudiant."),
    ("caf", CSP, "Contrôle à domicile, {{Figeac}}. Mme [[PERSONNE:Rigal]] vit au [[ADRESSE:14 chemin de la Cère, 46100 Figeac]] avec (dit-elle) ses deux enfants seulement. Le contrôleur, [[PERSONNE:Denis]], regarde les brosses à dents. {{3}}. Il ne dit rien, note."),
    ("caf", CSP, "Dans la voiture avant le contrôle, [[PERSONNE:Fabienne]] (contrôleuse) m'explique la méthode : jamais de photo, on regarde, on demande. Le dossier du jour : [[N_ALLOCATAIRE:2241905]], isolement déclaré."),
    ("caf", CSP, "Route de {{45 min}} jusqu'à un hameau au-dessus de {{Bourganeuf}}. GPS perdu. On demande au boulanger. Le contrôleur : « ici tout le monde connaît tout le monde, c'est ça le problème »."),
    ("caf", CSP, "Devant la maison : une {{Clio}} grise immatriculée [[IMMATRICULATION:FK-227-ZD]] et un vieux {{Kangoo}} [[IMMATRICULATION:4521 TX 24]]. Mme dit que le {{Kangoo}} est à son frère [[PERSONNE:Didier]] « qui passe de temps en temps »."),
    ("caf", CSP, "Fiche contrôle : Allocataire [[PERSONNE:PUJOL Marie-Claude]] – NIR [[NIR:2 63 06 32 013 009 11]] – née à {{Auch}} en [[DATE_NAISSANCE:juin 63]] – adresse déclarée [[ADRESSE:3 rue du Pouy, 32000 Auch]] – motif : ressources non déclarées"),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Ferhat Belkacem]], {{Tulle}}, quartier de l'{{Auzelou}}. Il a un petit boulot déclaré comme auto-entrepreneur, SIRET [[IDENTIFIANT:84512963700018]]. Le contrôleur vérifie les factures sur son téléphone."),
    ("caf", CSP, "On sonne. Personne. Voisine : « les [[PERSONNE:Da Costa]] ? partis à {{Lisbonne}} depuis {{Noël}}, leur voiture est restée là » (une Peugeot plaque portugaise [[IMMATRICULATION:45-RT-12]]). Le contrôleur note « absence » sur le dossier [[N_ALLOCATAIRE:1874403]], on repart. {{9h50}}."),
    ("caf", CSP, "Contrôle annulé, la personne a appelé pour reporter (enfant malade). On en profite pour parler du métier : {{8 contrôles}} par semaine, {{2}} ou {{3}} débouchent sur un indu."),
    ("caf", CSP, "[[PERSONNE:Ghislaine]], contrôleuse depuis {{22 ans}}, me dit : « le plus dur c'est les gens qui ont peur, pas ceux qui trichent ». Chez la dame du jour, Mme [[PERSONNE:Haddad]], tout est en règle. {{40 min}}. Elle nous offre un café."),
    ("caf", CSP, "Camping à l'année : [[ADRESSE:camping Le Moulin de Laval, emplacement 41]]. M. [[PERSONNE:Lagarde]] vit dans un mobil-home, déclare {{APL}} foyer. Le contrôleur regarde si c'est bien sa résidence principale (courrier, frigo plein)."),
    ("caf", CSP, "mme [[PERSONNE:Soulié]] montre son relevé de compte sur son tel pour prouver ses ressources, on voit l'IBAN en haut : [[IBAN:FR7613506100005512340987637]]. Le contrôleur lui dit de cacher ça 😅"),
    ("caf", CSP, "« Vous vivez seule ? » « Oui. » « Et les chaussures d'homme dans l'entrée ? » « C'est à mon fils [[PERSONNE:Kevin]], il a {{19 ans}}, il est né en [[DATE_NAISSANCE:2005]]. » Le contrôleur, [[PERSONNE:Laurent]], note. Pas d'indu pour un fils majeur, faut juste le déclarer."),
    ("caf", CSP, "Maison très froide à {{Saint-Girons}}, pas de chauffage. Le contrôleur sort du cadre et appelle le {{CCAS}} devant nous pour un {{chèque énergie}}."),
    ("caf", CSP, "Contrôle famille [[PERSONNE:Mendy]], {{Mont-de-Marsan}}, [[ADRESSE:28 avenue de Nonères]]. Dossier [[N_ALLOCATAIRE:2618094]]. {{5 enfants}} déclarés, {{5 lits}}. RAS."),
]

NOTES_CPAM = [
    ("cpam", AP, "{{Cpam}} {{Rodez}} {{9h}}. Mr [[PERSONNE:Albouy]] vient pour sa carte vitale perdue. Agente [[PERSONNE:Muriel]] lit son NIR à voix haute pour vérifier : [[NIR:1 78 03 12 202 041 33]]. Il confirme, né à {{Rodez}} en [[DATE_NAISSANCE:mars 78]]."),
    ("cpam", AP, "Accueil {{Cpam}} sur RDV uniquement depuis {{2022}}. Une dame sans RDV est renvoyée vers la borne {{Ameli}}. Elle : « j'ai pas d'internet ». Agent : « y'a un point numérique à la {{mairie}} »."),
    ("cpam", AP, "Mme [[PERSONNE:Le Guennec]] (bretonne installée à {{Cahors}}) veut changer de {{médecin traitant}}. Dr [[PERSONNE:Vidal]] part à la retraite, plus personne prend de nouveaux patients. Agente : « c'est partout pareil »."),
    ("cpam", AP, "ÉCRAN AMELI PRO : Assuré [[PERSONNE:MARTY Josiane]] / NIR [[NIR:2520423096014 12]] / Née le [[DATE_NAISSANCE:17/04/1952]] à {{Guéret}} / {{ALD}} oui / Complémentaire : {{C2S}} jusqu'au {{31/08}}"),
    ("cpam", AP, "« Je viens pour le remboursement de mes lunettes » « Vous avez la facture ? » « Oui » → facture n° [[IDENTIFIANT:F24-00871]] chez {{Optic 2000}}. Mr [[PERSONNE:Bouzid]] attend depuis {{3 mois}}."),
    ("cpam", AP, "{{Agen}}. Attestation droits. {{3 min}}. Suivant."),
    ("cpam", AP, "Mme [[PERSONNE:Salgado-Pereira]] donne son numéro de mutuelle ({{Harmonie Mutuelle}}) : [[IDENTIFIANT:100458732]]. L'agent [[PERSONNE:Franck]] lui dit que c'est pas la {{Cpam}} qui gère ça."),
    ("cpam", AP, "Un jeune, [[PERSONNE:Enzo]], vient déclarer son premier {{médecin traitant}}. Il a {{16 ans}}, sa mère est avec lui, Mme [[PERSONNE:Carrère]]. Ils habitent [[ADRESSE:6 lotissement les Acacias, 32500 Fleurance]]. Mail de la mère : [[EMAIL:famille.carrere32@wanadoo.fr]]."),
    ("cpam", AP, "Écran d'attente : « Temps d'attente estimé {{18 min}} ». Il y a {{7}} chaises pour {{12}} personnes. Un monsieur s'assoit par terre."),
    ("cpam", AP, "L'agente lit : « [[NIR:1 81 02 2A 004 127 06]], c'est bien vous ? » — Oui, né à {{Ajaccio}}, [[DATE_NAISSANCE:février 81]]. — Le 2A ça bloque la machine à chaque fois ! M. [[PERSONNE:Santoni]] rigole, il a l'habitude."),
    ("cpam", AP, "Mr [[PERSONNE:Ilunga Mbuyi]] (RDC) a une {{AME}}, vient pour le renouvellement. Passeport n° [[IDENTIFIANT:OP0457812]]. Agente [[PERSONNE:Stéphanie]] : il manque un justificatif de résidence de plus de {{3 mois}}."),
    ("cpam", AP, "Mme [[PERSONNE:Bordes]] veut un arrêt de travail « papier ». L'agent explique que c'est le médecin. Elle : « le Dr [[PERSONNE:Peyrot]] il a dit que c'était vous ». Ping-pong classique. Elle laisse quand même son RIB pour ses IJ : [[IBAN:15589 22805 00741258963 20]]."),
    ("cpam", AP, "Un papy, M. [[PERSONNE:Lachaud]], {{91 ans}}, vient à pied depuis le [[ADRESSE:9 rue de la Barrière]] (à côté du {{marché}}) pour une feuille de soins papier. L'agente l'appelle par son prénom, [[PERSONNE:Marcel]], ils se connaissent 😊"),
    ("cpam", AP, "{{Cpam}} de {{Périgueux}} : l'accueil est tenu ce matin par un {{service civique}} et une agente. Le service civique aide aux bornes. Très efficace."),
    ("cpam", AP, "« Nom, prénom ? » « [[PERSONNE:N'Diaye Fatou]] » « Avec apostrophe ? » « Oui N apostrophe D » L'agente galère à trouver le dossier, cherche « [[PERSONNE:Ndiaye]] », « [[PERSONNE:N Diaye]] »… finalement trouvé sous [[PERSONNE:NDIAYE]]."),
    ("cpam", AP, "Jeune femme, [[PERSONNE:Inès]], demande la {{C2S}}. Elle vit chez ses parents au [[ADRESSE:22 bis avenue Jean Jaurès, 46000 Cahors]]. Il lui manque les avis d'impo."),
    ("cpam", AP, "Mr [[PERSONNE:Vergnes]] montre son écran de tel : mail d'{{ameli}}. adresse : [[EMAIL:jp.vergnes12@orange.fr]]. L'agente : « c'est un faux mail, c'est du phishing ». Il avait déjà cliqué…"),
    ("cpam", AT, "{{3646}}. Agent [[PERSONNE:Thomas]]. Appelante veut connaître ses IJ. Donne NIR : [[NIR:2 85 11 46 042 117 82]]. Née à {{Cahors}}, [[DATE_NAISSANCE:novembre 85]]."),
    ("cpam", AT, "Double écoute sur le {{3646}} : {{23}} appels en {{1h30}}, la majorité sur des remboursements en attente. Aucun nom n'est dit à voix haute par l'agent, par principe me dit-il."),
    ("cpam", AT, "Mr [[PERSONNE:Oyelaran]] (accent anglais) ne comprend pas le serveur vocal. [[PERSONNE:Aurélie]] parle anglais, ouf. Il donne son tel : [[TELEPHONE:+33 7 81 22 09 64]]."),
    ("cpam", AT, "Une pharmacienne de {{Lectoure}} appelle pour un patient, M. [[PERSONNE:Sabathé]], carte vitale refusée. Réglé en {{4 min}}."),
    ("cpam", AT, "— Ma fille est née le [[DATE_NAISSANCE:8 octobre]], je veux la rattacher. — Son prénom ? — [[PERSONNE:Chloé-Anaïs]]. Avec un trait d'union. — Et vous, votre numéro de sécu ? — [[NIR:1 88 12 47 001 302 49]]. — Vous êtes le papa donc, M. [[PERSONNE:Tastet]] ? — Oui, né à {{Agen}}."),
    ("cpam", AT, "Appel. Carte vitale. Délai {{3 sem}}. Fin."),
    ("cpam", AT, "Appel d'un infirmier libéral, [[PERSONNE:Quentin]], pour une patiente, Mme [[PERSONNE:Abadie]] (NIR [[NIR:293036544036157]], née à {{Tarbes}}), dont l'{{ALD}} n'apparaît plus. L'agent vérifie. « elle a bien été renouvelée jusqu'en {{2027}} ». Ouf."),
    ("cpam", AT, "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}. Au bout de la 3e fois l'agente dit qu'elle ne l'entend plus."),
    ("cpam", AT, "Appelant très énervé. M. [[PERSONNE:Laffargue]] HURLE : « ÇA FAIT {{4 MOIS}} QUE J'ATTENDS MES INDEMNITÉS ». [[PERSONNE:Nadège]] garde son calme, trouve le blocage : l'employeur n'a pas envoyé l'attestation."),
    ("cpam", AT, "Mme [[PERSONNE:Tran]] appelle pour son mari, [[PERSONNE:Tran Van Long]], hospitalisé à {{Purpan}}. Elle donne le numéro de sécu de son mari : [[NIR:1 59 10 81 004 073 77]] (né à {{Albi}} !)."),
    ("cpam", AT, "Mail dicté : « [[EMAIL:leila point hamidi arobase laposte point net]] ». L'agente le répète lettre par lettre. Mme [[PERSONNE:Hamidi]] s'impatiente."),
    ("cpam", AT, "Appel pour un remboursement de transport ({{VSL}}) de {{Guéret}} à {{Limoges}}. M. [[PERSONNE:Parot]], {{dialyse}} {{3 fois par semaine}}. Bon de transport perdu. Agente [[PERSONNE:Laetitia]] le renvoie vers le néphrologue."),
    ("cpam", AT, "Panne informatique générale {{11h05}}-{{11h40}}. Les agents ne peuvent rien faire, ils prennent les coordonnées sur papier et promettent de rappeler."),
    ("cpam", AT, "Appelante, Mme [[PERSONNE:Delpech]], tel [[TELEPHONE:05.65.35.28.14]] (fixe, {{Lot}}), demande une {{C2S}} pour sa mère. L'agent explique qu'il faut le consentement de la maman."),
    ("cpam", AT, "« Allô ? c'est [[PERSONNE:Bernadette]] de l'{{EHPAD Les Tilleuls}}, on a un résident, M. [[PERSONNE:Couderc]], dont la carte vitale est périmée »."),
    ("cpam", AT, "Standard {{Cpam}} : un mr donne son nom « [[PERSONNE:Khachatryan]], [[PERSONNE:K-H-A]]… » [[PERSONNE:Sarah]], l'agente : « je vous trouve, M. [[PERSONNE:Khachatryan]] »."),
    ("cpam", CSP, "Contrôle arrêt maladie à domicile, {{Villefranche-de-Rouergue}}. M. [[PERSONNE:Carrière]] absent aux heures de présence obligatoire. L'agente, [[PERSONNE:Agnès]], laisse un avis de passage. {{14h10}}."),
    ("cpam", CSP, "Je suis avec une déléguée de l'{{Assurance Maladie}} qui visite les pharmacies plutôt que des assurés. Ce matin : {{3}} officines à {{Auch}}. Rien de perso."),
    ("cpam", CSP, "Visite chez M. [[PERSONNE:Haddou]], en arrêt depuis {{6 semaines}}, [[ADRESSE:17 rue Lamartine, 47300 Villeneuve-sur-Lot]]. Il est là, en pyjama, genou plâtré. « Vous voyez bien ! ». {{5 min}}."),
    ("cpam", CSP, "La contrôleuse lit la fiche dans la voiture : « [[PERSONNE:GARRIGUES Sylvie]], NIR [[NIR:270092432205822]], née le [[DATE_NAISSANCE:22/09/1970]] à {{Périgueux}} ». On y va."),
    ("cpam", CSP, "Chez Mme [[PERSONNE:Ait-Ouarab]] à {{Montauban}} : elle n'ouvre pas, parle à travers la porte. « Je suis malade, c'est pour ça que je suis en arrêt !! ». La contrôleuse [[PERSONNE:Julie]] glisse le formulaire sous la porte."),
    ("cpam", CSP, "Trajet retour : la contrôleuse me dit qu'elle fait {{1 200 km}} par mois avec sa voiture de service, une {{Zoé}} qui n'a jamais assez de batterie."),
    ("cpam", CSP, "Devant chez M. [[PERSONNE:Pradines]], sa voiture n'est pas là ([[IMMATRICULATION:GB 512 PL]] sur la fiche). Il revient {{10 min}} plus tard, du {{Leclerc}}. « J'ai le droit d'acheter du pain ? »"),
    ("cpam", CSP, "Mme [[PERSONNE:Bonnafous-Ségala]] reçoit la contrôleuse avec sa fille [[PERSONNE:Ophélie]]. Arrêt longue durée, {{cancer}}. Le contrôle est humainement très dur. La contrôleuse écourte."),
    ("cpam", CSP, "Fiche : assuré [[PERSONNE:DIALLO Ousmane]] / tel [[TELEPHONE:0612457803]] / adresse [[ADRESSE:Résidence du Parc, bât C, apt 12, 81000 Albi]] / employeur : {{Intermarché}} {{Albi}}"),
    ("cpam", CSP, "Contrôleur [[PERSONNE:Yannick]] : « on vient pas pour piéger, on vient vérifier ». M. [[PERSONNE:Bacquié]] nous montre ses ordonnances sur la table de la cuisine, toutes classées. {{20 min}}."),
]

NOTES_CCAS = [
    ("ccas", AP, "{{CCAS}} de {{Guéret}}. Mme [[PERSONNE:Lemaire]] demande une aide pour sa facture {{EDF}}, réf. client EDF [[IDENTIFIANT:6012458930]]. Montant {{412 €}}. [[PERSONNE:Claire]] (agente) monte un dossier d'aide facultative et note son mail, [[EMAIL:christine.lemaire23@sfr.fr]]."),
    ("ccas", AP, "Salle d'attente du {{CCAS}} : {{3}} personnes, dont une avec une poussette. Affiches sur les {{colis de Noël}} des aînés et le {{plan canicule}}."),
    ("ccas", AP, "— Bonjour c'est pour la domiciliation. — Vous avez une adresse ? — Non, je dors dans ma voiture. — D'accord, on va faire ça. Votre nom ? — [[PERSONNE:Guillaume Fabre]]. — Et la voiture ? (elle note la plaque pour le stationnement) — [[IMMATRICULATION:cx-904-rb]]."),
    ("ccas", AP, "Mr [[PERSONNE:Oussama]] vient avec son courrier du bailleur ({{Rodez Agglo Habitat}}), réf locataire [[IDENTIFIANT:LOC-20471]]. Dette de loyer {{1 860 €}}. Orienté {{FSL}}."),
    ("ccas", AP, "{{Cahors}}. Aide alimentaire. Bon {{épicerie sociale}}. {{5 min}}."),
    ("ccas", AP, "Une dame âgée, Mme [[PERSONNE:Delmas]], née le [[DATE_NAISSANCE:1er mai 1938]] (elle le dit fièrement), vient pour l'{{APA}}. Sa voisine [[PERSONNE:Josette]] l'accompagne. L'agente appelle le {{Département}}."),
    ("ccas", AP, "CCAS {{Mont-de-Marsan}}, accueil. « Monsieur [[PERSONNE:Lafitte]] ? » appelle l'agente dans la salle. Personne. « [[PERSONNE:Lafitte]] ? » Un mr se lève, c'était « [[PERSONNE:Laffite]] » avec 2 f. Il ne corrige plus depuis longtemps."),
    ("ccas", AP, "Permanence {{point conseil budget}} le mardi. La conseillère ({{UDAF}}) n'est pas là aujourd'hui, {{2}} personnes repartent."),
    ("ccas", AP, "Jeune couple, [[PERSONNE:Lucas]] et [[PERSONNE:Manon]], expulsés de leur appart [[ADRESSE:5 rue Gambetta, 82000 Montauban]], demandent un hébergement d'urgence. L'agent appelle le {{115}} devant eux."),
    ("ccas", AP, "Mme [[PERSONNE:Kaya]] (turque, à {{Périgueux}} depuis {{2010}}) demande la carte de transport gratuite. L'agent a besoin de son titre de séjour : [[IDENTIFIANT:2401753619]]."),
    ("ccas", AP, "Écran CCAS : Demandeur : [[PERSONNE:ROUQUETTE Bernard]] / né le [[DATE_NAISSANCE:04/12/1949]] / [[ADRESSE:11 place du Foirail, 12100 Millau]] / Tél [[TELEPHONE:05 65 60 12 94]] / RIB [[IBAN:FR7630002005500000123456104]] / Aide demandée : secours exceptionnel"),
    ("ccas", AP, "L'agent, [[PERSONNE:Bruno]], connaît tout le monde par son prénom : « salut [[PERSONNE:Dédé]] », « ça va [[PERSONNE:Fatima]] ? ». Ambiance de quartier, {{Le Gravier}} à {{Agen}}."),
    ("ccas", AP, "Une dame demande juste les horaires de la {{piscine}}. L'agent les donne. Le {{CCAS}} sert aussi d'accueil mairie de fait."),
    ("ccas", AP, "M. [[PERSONNE:Van den Bossche]], belge retraité à {{Sarlat}}, veut une aide pour sa mutuelle : {{Mutualia}}, n° adhérent [[IDENTIFIANT:MU-0074512]]. Il est venu avec sa vieille Volvo belge, [[IMMATRICULATION:1-GHK-372]], garée devant."),
    ("ccas", AP, "« C'est bien ici l'aide pour le chauffage ? » Mme [[PERSONNE:Péré]], {{78 ans}}, fioul à {{1,20 €}} le litre. [[PERSONNE:Sophie]] lui donne un RDV pour jeudi {{14h}}."),
    ("ccas", AP, "Une femme arrive avec un bleu au visage. L'agente la fait passer dans le bureau du fond tout de suite. Je n'assiste pas. Elle s'appelle [[PERSONNE:Samira]], c'est tout ce que je sais."),
    ("ccas", AT, "Appel d'une voisine inquiète : M. [[PERSONNE:Cazals]], [[ADRESSE:8 rue des Écoles, 46300 Gourdon]], n'ouvre plus ses volets depuis {{3 jours}}. L'agente appelle les pompiers."),
    ("ccas", AT, "Standard CCAS saturé pendant le {{plan grand froid}}. {{40}} appels avant midi."),
    ("ccas", AT, "Mr [[PERSONNE:Jacquet]] appelle pour inscrire sa mère au {{portage de repas}}. Donne son numéro : [[TELEPHONE:zéro cinq, soixante-deux, zéro six, dix-huit, quarante]]."),
    ("ccas", AT, "[[PERSONNE:Nathan]] (agent) rappelle Mme [[PERSONNE:Boyer]] pour lui dire que son aide de {{150 €}} est accordée, versée sur [[IBAN:FR7618706000009753124680132]]. Elle pleure au téléphone."),
    ("ccas", AT, "Appel. Demande logement. Réorienté {{SIAO}}."),
    ("ccas", AT, "Appel d'un fils depuis {{Paris}} : sa mère [[PERSONNE:Yvette Chaumeil]] vit seule à {{Tulle}}, il veut qu'on passe la voir. Il laisse son mail : [[EMAIL:f.chaumeil@free.fr]]."),
    ("ccas", AT, "— CCAS d'{{Auch}}, [[PERSONNE:Marion]] bonjour. — Oui bonjour, c'est pour l'aide au permis… — Vous avez quel âge ? — {{22 ans}}. — Vous êtes inscrit à {{France Travail}} ? — Oui, [[ID_FRANCE_TRAVAIL:4127736K]]. — Pas besoin du numéro monsieur, juste l'attestation."),
    ("ccas", AT, "L'agente me montre le tableau des appels du mois : {{312}} appels, {{48}} pour le {{colis de Noël}}."),
    ("ccas", AT, "Mme [[PERSONNE:Bouchareb]] appelle pour la {{cantine}} de ses enfants ([[PERSONNE:Rayan]] et [[PERSONNE:Lina]]), tarif selon QF. Elle donne son num CAF [[N_ALLOCATAIRE:1590337]] pour qu'on récupère le QF, et son RIB pour le prélèvement : [[IBAN:FR76 3006 6100 2100 0204 1753 876]]."),
    ("ccas", AT, "Me [[PERSONNE:Sorbets]], mandataire judiciaire, appelle pour son majeur protégé M. [[PERSONNE:Larroque]]. Elle donne la réf du dossier au tribunal : RG [[IDENTIFIANT:24/00318]], et son mail pro [[EMAIL:c.sorbets.mjpm@orange.fr]]."),
    ("ccas", AT, "Pas de nom donné. Une voix âgée : « j'ai plus rien à manger ». L'agente la garde en ligne {{20 min}}, obtient enfin une adresse : [[ADRESSE:lieu-dit Las Bordes, 12390 Rignac]]."),
    ("ccas", AT, "Rappel programmé à {{16h}} pour Mme [[PERSONNE:Ginestet]] au [[TELEPHONE:06-33-71-02-48]]. L'agent le note sur un post-it jaune (!)."),
    ("ccas", AT, "Appel d'une asso, le {{Secours populaire}}, pour un bénéficiaire commun, M. [[PERSONNE:Okafor]]. Échange d'infos. L'agente, [[PERSONNE:Anne-Sophie]], demande si ça a été validé avec lui."),
    ("ccas", CSP, "Visite à domicile avec [[PERSONNE:Céline]] (travailleuse sociale) chez Mme [[PERSONNE:Vialaret]], [[ADRESSE:2 chemin du Lac, 12850 Onet-le-Château]]. Maison encombrée. Syndrome de {{Diogène}} ? On ne dit rien."),
    ("ccas", CSP, "Visite annulée, la dame est hospitalisée depuis hier. On passe quand même chez la voisine qui a les clés, pour nourrir le chat {{Minou}}."),
    ("ccas", CSP, "Évaluation pour aide ménagère : M. [[PERSONNE:Ribeiro]], {{84 ans}}, ancien maçon. Né à {{Braga}} en [[DATE_NAISSANCE:1940]]. Il montre fièrement les photos de la maison qu'il a construite."),
    ("ccas", CSP, "Chez la famille [[PERSONNE:Sahraoui]] : {{4 enfants}} dans un T2, humidité partout. La TS prend des photos pour le dossier insalubrité à l'{{ARS}}. L'aînée, [[PERSONNE:Nour]], {{15 ans}}, fait l'interprète."),
    ("ccas", CSP, "Visite dans un mobil-home : [[ADRESSE:aire des gens du voyage de Cahors, place 7]], famille [[PERSONNE:Winterstein]]. Le père a peur qu'on lui prenne ses enfants. La TS rassure longtemps."),
    ("ccas", CSP, "{{3}} visites prévues, {{1}} faite. Les deux autres absents. La TS : « c'est ça tous les jours »."),
    ("ccas", CSP, "Mme [[PERSONNE:Loubière]], veuve depuis {{mars}}, nous reçoit dans sa cuisine. Sur le frigo un post-it : « [[PERSONNE:Jacky]] [[TELEPHONE:06 80 14 22 37]] » — son neveu."),
    ("ccas", CSP, "Visite au {{foyer Adoma}}, {{chambre 14}}, chez M. [[PERSONNE:Bakayoko]]. Il nous montre son dossier {{MDPH}} n° [[IDENTIFIANT:082-2023-004517]]. Il attend depuis {{8 mois}}."),
    ("ccas", CSP, "TS / M. [[PERSONNE:Pagès]] : « vous mangez quoi le soir ? » « des patates ». « tous les soirs ? » « oui, c'est bon les patates ». La TS note {{portage de repas}}."),
    ("ccas", CSP, "Visite à {{Lalbenque}} chez M. et Mme [[PERSONNE:Lacombe]], [[ADRESSE:Mas de Rols, route de Cahors, 46230 Lalbenque]]. Lui est en fauteuil, elle s'occupe de tout. Aidante épuisée."),
    ("ccas", CSP, "Visite de suivi chez [[PERSONNE:Marie-Thérèse]], {{92 ans}}, toute seule au [[ADRESSE:12 rue Haute, 23200 Aubusson]]. Elle nous fait visiter son jardin, ses {{tomates}}, ses {{roses}}."),
]

NOTES_CHRS = [
    ("chrs", AP, "{{CHRS}} {{Agen}}, accueil de jour. « [[PERSONNE:Momo]] » (surnom) vient prendre sa douche. L'éducateur, [[PERSONNE:Yohann]], lui garde son sac. {{8h15}}."),
    ("chrs", AP, "Petit déj à l'accueil de jour : {{25}} couverts. Café, pain, confiture. Beaucoup de silence."),
    ("chrs", AP, "M. [[PERSONNE:Sorin Popescu]], roumain, {{45 ans}}. L'éduc l'aide à remplir le dossier {{SIAO}}. Réf SIAO : [[IDENTIFIANT:SIAO47-2024-01188]]. Il crée une adresse mail pour l'occasion : [[EMAIL:sorin.popescu78@gmail.com]]. Il veut surtout un casier pour ses papiers."),
    ("chrs", AP, "Un jeune, « [[PERSONNE:Kiki]] », {{19 ans}}, sort de l'{{ASE}}. Sur sa carte d'identité : [[PERSONNE:Killian Baradat]], né le [[DATE_NAISSANCE:11/03/2005]]. Il dit que plus personne ne l'appelle comme ça."),
    ("chrs", AP, "Distribution courrier. {{14}} lettres. {{9}} récupérées."),
    ("chrs", AP, "Mme [[PERSONNE:Aïcha Benmoussa]], hébergée au {{CHRS}} depuis {{6 mois}}, {{chambre 3}}. Née au {{Maroc}} en [[DATE_NAISSANCE:octobre 74]], NIR [[NIR:2741099350045 94]]. Elle vient voir [[PERSONNE:Pascale]] (CESF) pour ouvrir un compte ; en attendant elle a un vieux RIB {{Société Générale}} : [[IBAN:30003 01480 00050771234 25]]. Num CAF [[N_ALLOCATAIRE:4021178]]."),
    ("chrs", AP, "— T'as vu [[PERSONNE:Lulu]] ? — Non, elle est partie à {{Bordeaux}} avec son copain. — Et son chien ? — Elle a pris {{Rocky}}."),
    ("chrs", AP, "Écran logiciel du CHRS : Résident [[PERSONNE:KONATÉ Sékou]] / entrée {{12/01/2024}} / DN [[DATE_NAISSANCE:01/01/1998]] / Statut : débouté / Récépissé APS n° [[IDENTIFIANT:3301587462]]"),
    ("chrs", AP, "L'éduc, [[PERSONNE:Malik]], appelle les résidents par le prénom, sauf M. [[PERSONNE:Chevalier]] qui veut qu'on le vouvoie. Ancien prof, {{62 ans}}."),
    ("chrs", AP, "Laverie de l'accueil de jour en panne. Liste d'attente pour la machine : {{11}} noms sur un papier, je ne les note pas."),
    ("chrs", AP, "M. [[PERSONNE:D'Almeida]], {{Mont-de-Marsan}}, retire son courrier : lettre de {{France Travail}} et de la {{Cpam}}. Il les met dans sa poche sans les ouvrir."),
    ("chrs", AP, "Mme [[PERSONNE:Ilić]] (serbe) et ses deux enfants, arrivés hier via le {{115}}. {{chambre 7}}. L'aîné, [[PERSONNE:Luka]], demande s'il y a le wifi 😂"),
    ("chrs", AP, "[[PERSONNE:Roger]], {{67 ans}}, à la rue depuis {{2015}}, vient juste pour parler. Il parle de sa fille [[PERSONNE:Stéphanie]] qu'il n'a pas vue depuis {{10 ans}}."),
    ("chrs", AP, "Entretien d'accueil : M. [[PERSONNE:Abdi Hassan Farah]], somalien, titre de séjour réfugié n° [[IDENTIFIANT:9901234567]], tél [[TELEPHONE:07 53 98 12 44]]. Il cherche un logement à {{Périgueux}}."),
    ("chrs", AP, "L'intervenante, [[PERSONNE:Gwen]], fait un atelier CV. Sur le tableau, un modèle au nom de « [[PERSONNE:Paul Martin]] ». Les résidents rigolent."),
    ("chrs", AT, "{{115}} des {{Landes}}, écoutante [[PERSONNE:Isabelle]]. Premier appel {{20h02}} : une femme avec bébé à la gare de {{Dax}}. Prénom donné : [[PERSONNE:Priscilla]]. Orientée {{hôtel Ibis}}, {{chambre 208}}."),
    ("chrs", AT, "Entre {{21h}} et {{23h}} : {{17}} appels, {{4}} places. L'écoutante doit choisir. Elle a les larmes aux yeux à la fin."),
    ("chrs", AT, "Appel de M. [[PERSONNE:Gomis]] qui rappelle pour la 5e fois ce soir. Il donne son tel [[TELEPHONE:07.66.40.81.29]] pour être rappelé si une place se libère."),
    ("chrs", AT, "Fiche {{115}} à l'écran : NOM [[PERSONNE:ALVES]] / Prénom [[PERSONNE:Ricardo]] / né en [[DATE_NAISSANCE:1979]] / lieu de nuit habituel : parking {{Carrefour}} {{Boé}} / véhicule : [[IMMATRICULATION:DL-486-JN]]"),
    ("chrs", AT, "Un appel d'un jeune qui chuchote : « c'est [[PERSONNE:Yanis]], j'suis dehors, ma mère m'a mis à la porte ». {{16 ans}}. L'écoutante bascule vers l'{{ASE}} d'astreinte."),
    ("chrs", AT, "Appel. Pas de place. Rappeler demain {{9h}}."),
    ("chrs", AT, "Un policier appelle depuis le commissariat de {{Périgueux}} pour une dame, Mme [[PERSONNE:Fontaine]], sortie de garde à vue. Place trouvée au {{CHRS}} à {{22h40}}."),
    ("chrs", AT, "Écoutante, [[PERSONNE:Alexia]], au tel avec M. [[PERSONNE:Chérif]] : « vous êtes où exactement ? » « sur le banc devant la {{cathédrale}} ». Maraude envoyée."),
    ("chrs", AT, "— {{115}} bonjour. — Oui c'est [[PERSONNE:Bernard]], [[PERSONNE:Bernard Cuq]], vous me connaissez. — Oui M. [[PERSONNE:Cuq]]. — J'ai besoin d'une place. — Ce soir on n'a rien, je suis désolée. — Comme d'hab. (il raccroche)"),
    ("chrs", AT, "L'écoutante me montre le logiciel {{SI-SIAO}} : tout est en rouge, aucune place dispo à {{Mont-de-Marsan}} ce soir."),
    ("chrs", AT, "Appel d'un travailleur social de l'hôpital de {{Rodez}} pour une sortie d'hospit : M. [[PERSONNE:Fraysse]], IPP [[IDENTIFIANT:P00872451]]. Pas de domicile. L'écoutante cherche une place en {{LHSS}}."),
    ("chrs", AT, "Femme victime de violences, elle ne donne pas son nom, seulement son numéro au cas où ça coupe : [[TELEPHONE:06 24 58 91 03]]. Mise à l'abri immédiate."),
    ("chrs", AT, "M. [[PERSONNE:Huerta]] appelle depuis une cabine ?! (il en reste ?) à {{Cahors}}. Il dort dans sa voiture espagnole, [[IMMATRICULATION:4821 KLM]], et veut savoir si son ami [[PERSONNE:Jojo]] a eu une place."),
    ("chrs", AT, "Appel d'une bénévole de la {{Croix-Rouge}}, [[PERSONNE:Danièle]], qui signale une famille sous tente au bord du {{Lot}} : famille [[PERSONNE:Rostami]], afghans."),
    ("chrs", CSP, "Visite en appartement diffus, [[ADRESSE:19 rue Victor Hugo, 24000 Périgueux]]. Mme [[PERSONNE:Traoré]] et ses {{3 filles}}. L'éduc, [[PERSONNE:Bastien]], vérifie le compteur, l'état du logement."),
    ("chrs", CSP, "Visite du logement relais : tout est propre, le frigo est plein. L'éduc coche sa grille. {{10 min}}."),
    ("chrs", CSP, "Chez M. [[PERSONNE:Morel]] (bail glissant) : courrier de {{Lot Habitat}} qui traîne sur la table, n° contrat [[IDENTIFIANT:0004127855]]. Prélèvement refusé sur son compte [[IBAN:FR76 1444 5202 0008 0076 5432 162]]. L'éduc appelle le bailleur."),
    ("chrs", CSP, "Visite de suivi chez [[PERSONNE:Jessica]] et son bébé [[PERSONNE:Noah]], [[ADRESSE:Résidence Les Cèdres, appt 24, 40000 Mont-de-Marsan]]. Elle veut un berceau. L'éducatrice note pour le {{Secours catholique}}."),
    ("chrs", CSP, "On passe voir [[PERSONNE:Miloud]] dans sa caravane, [[ADRESSE:camping municipal de Tulle, emplacement 12]]. Sa voiture [[IMMATRICULATION:7832 WX 19]] ne démarre plus."),
    ("chrs", CSP, "Porte fermée. L'éduc laisse un mot. « Il doit être au {{Secours pop}}, le jeudi ils ont les colis ». On reviendra."),
    ("chrs", CSP, "éduc/résident dans l'appart : « t'as payé ta part de loyer [[PERSONNE:Dylan]] ? » « euh… la semaine pro ». « ça fait {{3 semaines}} que c'est la semaine pro »."),
    ("chrs", CSP, "Visite chez Mme [[PERSONNE:Bahri]] avec le technicien {{Enedis}} pour le compteur coupé. PDL [[IDENTIFIANT:14285963012547]]. Remise en service {{17h}}."),
    ("chrs", CSP, "Appart diffus à {{Agen}}, quartier {{Montanou}} : M. [[PERSONNE:Ouedraogo]] a hébergé un cousin sans prévenir. L'éduc rappelle le règlement. Cousin = [[PERSONNE:Issa]]."),
    ("chrs", CSP, "Visite avec [[PERSONNE:Morgane]], CESF. Chez M. [[PERSONNE:Gimenez]], tout va bien, il a trouvé un CDD chez {{Andros}} à {{Biars-sur-Cère}}."),
    ("chrs", CSP, "Mme [[PERSONNE:Popović]] nous montre sa lettre de la préfecture : rendez-vous pour le renouvellement de son titre (AGDREF [[IDENTIFIANT:4601528830]]) le {{14 mars}}."),
]

NOTES_URGENCES = [
    ("urgences", AP, "Urgences {{CH}} de {{Rodez}}. Accueil admin. Mme [[PERSONNE:Cabrol]] arrive avec son mari qui a mal à la poitrine. Agente : « carte vitale ? » Mme : « on s'en fout de la carte vitale !! »"),
    ("urgences", AP, "Tableau de l'attente : {{4h}} estimées. {{32}} patients. {{1 urgentiste}} + {{1 interne}}."),
    ("urgences", AP, "IOA, [[PERSONNE:Florence]], trie. Patient M. [[PERSONNE:Ahmed Zerrouki]], IPP [[IDENTIFIANT:P00451277]], douleur abdo. Tri {{3}}."),
    ("urgences", AP, "La secrétaire d'admission lit l'écran : « [[PERSONNE:PEYRE Jean-Louis]], né le [[DATE_NAISSANCE:12/07/1955]], mutuelle {{MGEN}} n° [[IDENTIFIANT:181552034]] ». Il hoche la tête."),
    ("urgences", AP, "Enfant de {{4 ans}}, [[PERSONNE:Maïwenn]], fièvre. La mère donne son num : [[TELEPHONE:07 82 36 15 49]]."),
    ("urgences", AP, "— Votre nom ? — [[PERSONNE:Zhang]]. — Prénom ? — [[PERSONNE:Wei]]. — Date de naissance ? — [[DATE_NAISSANCE:neuf avril quatre-vingt-dix]]. L'agent tape [[DATE_NAISSANCE:09/04/1990]] sans lever les yeux."),
    ("urgences", AP, "{{23h}}. Rixe. {{2}} blessés. Police."),
    ("urgences", AP, "Un habitué, « [[PERSONNE:Papy Jo]] », revient pour la 3e fois de la semaine. Les soignants le connaissent. Ils lui donnent un plateau repas."),
    ("urgences", AP, "M. [[PERSONNE:Diop]], sans couverture. L'assistante sociale des urgences, [[PERSONNE:Nicole]], lance une {{AME}} en urgence. Passeport sénégalais [[IDENTIFIANT:A01742596]]."),
    ("urgences", AP, "Ambulances en file devant le SAS : {{5}}. Une ambulancière me dit qu'elle attend depuis {{1h20}} pour transférer sa patiente."),
    ("urgences", AP, "Mme [[PERSONNE:Gonçalves]] accompagne sa mère, [[PERSONNE:Maria do Céu]], {{86 ans}}, chute dans l'escalier. La fille traduit tout, la mère ne parle que portugais."),
    ("urgences", AP, "Un motard inconscient, plaque [[IMMATRICULATION:EZ-771-QM]] relevée par les gendarmes. Identité inconnue au départ, puis le portefeuille : [[PERSONNE:Julien Estrade]], {{33 ans}}, carte vitale au NIR [[NIR:1 91 01 40 192 233 74]]. Né à {{Mont-de-Marsan}}."),
    ("urgences", AP, "Agente d'accueil, [[PERSONNE:Coralie]], fait les entrées à la chaîne. « Nom ? » « [[PERSONNE:Marquès]] » « Avec ou sans accent ? » « Sans, c'est espagnol… non portugais… je sais plus ». Fou rire."),
    ("urgences", AP, "Patiente avec carte européenne : Mme [[PERSONNE:Schmidt]], touriste allemande à {{Sarlat}}. Carte EHIC n° [[IDENTIFIANT:80276001230045781234]]. Son mari gare le camping-car, [[IMMATRICULATION:M-KS 4821]], sur les places ambulance 🙈"),
    ("urgences", AP, "Bruit constant, {{bip}} des scopes. Je n'arrive pas à écrire. J'arrête mes notes {{15 min}}."),
    ("urgences", AP, "M. [[PERSONNE:Lopes]] vient chercher son fils, [[PERSONNE:Tiago]], qui s'est cassé le bras au rugby ({{Stade Montois}}). Il donne son adresse pour la facture : [[ADRESSE:31 allée des Pins, 40280 Saint-Pierre-du-Mont]]."),
    ("urgences", AP, "L'interne, Dr [[PERSONNE:Hakimi]], explique à la famille [[PERSONNE:Teixeira]] qu'il faut attendre le scanner. Ils sont {{6}} dans le couloir."),
    ("urgences", AP, "urgences {{agen}} {{2h du mat}}. Mr [[PERSONNE:Bellocq]] alcoolisé, insulte l'agent de sécu, [[PERSONNE:Fodé]]. Calme en {{10 min}}."),
    ("urgences", AT, "Standard des urgences : une mère appelle pour savoir si son fils, [[PERSONNE:Mathis Rouquié]], est arrivé. La secrétaire : « je ne peux rien dire au téléphone madame »."),
    ("urgences", AT, "Le {{15}} appelle {{3 fois}} en {{20 min}} pour prévenir d'arrivées. La secrétaire note sur un tableau blanc."),
    ("urgences", AT, "Appel d'un médecin de {{Decazeville}}, Dr [[PERSONNE:Andrieu]], pour adresser un patient, M. [[PERSONNE:Blanc]], né le [[DATE_NAISSANCE:5 août 1948]]."),
    ("urgences", AT, "Une dame rappelle pour son mari sorti hier : ordonnance perdue. Elle donne son tel [[TELEPHONE:05 58 75 43 10]] (fixe des {{Landes}}). Nom : [[PERSONNE:Lalanne]]."),
    ("urgences", AT, "Appel de l'{{EHPAD Korian Les Magnolias}} : l'infirmière, [[PERSONNE:Béatrice]], annonce l'arrivée de Mme [[PERSONNE:Saint-Martin]], {{94 ans}}."),
    ("urgences", AT, "Appel. Quelle durée d'attente ? « Je ne sais pas ». Raccroché."),
    ("urgences", AT, "Le fils de M. [[PERSONNE:Mazars]] appelle depuis {{Toulouse}}. Il dicte son mail pour recevoir le compte-rendu : [[EMAIL:a.mazars@outlook.fr]]. Refus : envoi au médecin traitant seulement."),
    ("urgences", AT, "Standard : « Bonjour c'est la gendarmerie de {{Gourdon}}, on vous amène [[PERSONNE:Ludovic Marty]], accident de la route, véhicule [[IMMATRICULATION:HB-302-LE]] »."),
    ("urgences", AT, "Appel des pompiers : ils ramènent Mme [[PERSONNE:Viguier]], trouvée au sol à son domicile, [[ADRESSE:4 rue du Barry, 12000 Rodez]]. Arrivée prévue {{15 min}}."),
    ("urgences", AT, "Un journaliste de {{Sud Ouest}} appelle pour les délais d'attente. Transféré à la direction. La secrétaire lève les yeux au ciel."),
    ("urgences", AT, "« Urgences bonjour. » « Oui j'appelle pour ma grand-mère, [[PERSONNE:Simone Lapeyre]], elle est chez vous depuis hier soir » « Je vous passe le service »."),
]

NOTES_FRANCE_TRAVAIL = [
    ("france_travail", AP, "{{France Travail}} {{Cahors}}. M. [[PERSONNE:Benali]] vient pour une radiation. Identifiant [[ID_FRANCE_TRAVAIL:0583391B]], mail [[EMAIL:benali.y@gmail.com]]. L'agent, [[PERSONNE:Cédric]], voit qu'il a raté un RDV convoqué par courrier."),
    ("france_travail", AP, "Atelier collectif CV : {{8}} inscrits, {{5}} présents. La conseillère commence quand même à {{9h30}}."),
    ("france_travail", AP, "Écran : DE [[PERSONNE:LAMBERT Océane]] / Id [[ID_FRANCE_TRAVAIL:3265108T]] / cat. A / inscrite depuis {{02/2023}} / {{ARE}} fin de droits {{15/06}}"),
    ("france_travail", AP, "— Bonjour, j'ai un rendez-vous avec [[PERSONNE:Delphine]]. — Votre nom ? — [[PERSONNE:Christelle Mbemba]]. — Asseyez-vous, elle arrive."),
    ("france_travail", AP, "M. [[PERSONNE:Puig]] ({{58 ans}}, id [[ID_FRANCE_TRAVAIL:6631078C]]) veut faire une formation de cariste. Conseiller : « à votre âge c'est possible, on a le {{CPF}} »."),
    ("france_travail", AP, "{{Auch}}. Inscription. Mdp oublié. {{10 min}}."),
    ("france_travail", AP, "Jeune, [[PERSONNE:Ryan]], {{20 ans}}, {{Contrat d'engagement jeune}}. Conseillère : [[PERSONNE:Amandine]]. Il a son identifiant sur son tel : [[ID_FRANCE_TRAVAIL:7740291 M]]."),
    ("france_travail", AP, "Mme [[PERSONNE:Sissoko]] est venue avec son CV : adresse [[ADRESSE:3 allée Chopin, 19100 Brive-la-Gaillarde]], mail [[EMAIL:awa.sissoko19@yahoo.fr]], tel [[TELEPHONE:06 45 27 81 06]]. La conseillère lui dit d'enlever sa date de naissance ([[DATE_NAISSANCE:23/11/1987]])."),
    ("france_travail", AP, "Les bornes sont prises par {{3}} personnes qui cherchent des offres. Une offre affichée : cariste {{Intermarché}} {{Auch}}, réf {{182QKLM}}."),
    ("france_travail", AP, "« [[PERSONNE:Marc-Antoine]] ? » Le conseiller appelle dans la salle. Un grand gars se lève. Entretien de suivi (id [[ID_FRANCE_TRAVAIL:0148862 W]]) : il a trouvé un stage chez {{Airbus}} à {{Blagnac}}."),
    ("france_travail", AP, "M. [[PERSONNE:Delaunay]] est auto-entrepreneur plombier, veut garder l'{{ARE}}. SIRET perso : [[IDENTIFIANT:91234567800015]]. RIB pour le versement : [[IBAN:FR76 1090 7000 0111 2233 4455 623]]. Le conseiller calcule le cumul."),
    ("france_travail", AP, "La conseillère, [[PERSONNE:Véronique]], me dit « ici on ne fait plus que des inscriptions et de l'orientation, l'indemnisation c'est au téléphone »."),
    ("france_travail", AP, "Mme [[PERSONNE:Mekki]] donne un RIB pour le versement de l'{{ARE}} : [[IBAN:FR7611006000106241837510280]]. Le conseiller vérifie, c'est au nom de son mari, [[PERSONNE:Karim Mekki]]. Refusé."),
    ("france_travail", AP, "Atelier « entretien d'embauche » animé par [[PERSONNE:Jérôme]]. Jeu de rôle : « Bonjour M. [[PERSONNE:Dupont]], je suis le DRH de {{Ratier-Figeac}} ». Rires."),
    ("france_travail", AP, "{{Guéret}}, agence. {{2}} conseillers pour {{1 500}} DE. Le directeur dit que c'est pas pire qu'ailleurs."),
    ("france_travail", AP, "Écran entretien : [[PERSONNE:OLIVEIRA DA SILVA Rui]] / NIR [[NIR:167059913921271]] / né au {{Portugal}} le [[DATE_NAISSANCE:14/05/1967]] / Id [[ID_FRANCE_TRAVAIL:1402876D]]"),
    ("france_travail", AP, "M. [[PERSONNE:Fernandez Ruiz]] demande une attestation employeur de son ancienne boîte, {{Transports Lacassagne}}. Le patron, M. [[PERSONNE:Lacassagne]], ne répond plus au téléphone."),
    ("france_travail", AP, "[[PERSONNE:Kévin]], {{25 ans}}, né à {{Tulle}} (NIR [[NIR:1 99 07 19 272 086 32]]), permis suspendu, cherche un job à {{Villeneuve-sur-Lot}}. Sa voiture [[IMMATRICULATION:CR-458-TA]] est immobilisée. Il vient en vélo, {{12 km}}."),
    ("france_travail", AP, "Mme [[PERSONNE:Rey]]. Id [[ID_FRANCE_TRAVAIL:2290634H]]. Actualisation. RIB changé : [[IBAN:17806 00310 04127890052 93]]. Ok."),
    ("france_travail", AP, "Une dame, [[PERSONNE:Hayat]], vient avec son bébé, pas de garde. NIR [[NIR:2 95 08 31 555 488 96]] sur sa carte vitale. La conseillère l'oriente vers la {{crèche}} à vocation d'insertion."),
    ("france_travail", AP, "Le conseiller lit un courriel de M. [[PERSONNE:Pouget]] : « bonjour je suis [[PERSONNE:Francis Pouget]] mon identifiant c [[ID_FRANCE_TRAVAIL:0917733 K]] je n'ai pas été payé ». Il répond en direct."),
    ("france_travail", AP, "Café offert dans la salle d'attente depuis le mois dernier. Les gens restent plus longtemps mais râlent moins, selon l'agent d'accueil."),
    ("france_travail", AT, "{{3949}}. Conseiller : [[PERSONNE:Olivier]]. Le mr donne son identifiant : « [[ID_FRANCE_TRAVAIL:cinq huit deux zéro quatre un un L]] ». Ça matche pas. Il redonne : [[ID_FRANCE_TRAVAIL:5820441 L]]."),
    ("france_travail", AT, "{{17}} appels en {{2h}}. Moyenne {{6 min}}. Le plus long : {{22 min}}, un monsieur qui ne comprenait pas le trop-perçu."),
    ("france_travail", AT, "Appel sortant : le conseiller rappelle Mme [[PERSONNE:Thiam]] (NIR [[NIR:2 80 12 99 341 018 32]], née à {{Dakar}}) au [[TELEPHONE:07 69 21 54 08]] pour un entretien téléphonique. Elle est au travail, rappel demain."),
    ("france_travail", AT, "Mme [[PERSONNE:Lefebvre-Oumarou]] (id [[ID_FRANCE_TRAVAIL:2750913F]]) demande pourquoi son {{ARE}} a baissé. Le conseiller voit une reprise d'activité chez {{Leroy Merlin}} {{Agen}}."),
    ("france_travail", AT, "— Vous pouvez me redonner votre adresse mail ? — [[EMAIL:tony.ramos@hotmail.com]]. — T-O-N-Y ? — Oui. — Merci M. [[PERSONNE:Ramos]]."),
    ("france_travail", AT, "Appel. MDP. Envoi mail. {{3 min}}."),
    ("france_travail", AT, "Appel d'un employeur, la {{Boulangerie Cassagne}}, qui cherche un apprenti. Le patron, [[PERSONNE:Serge]], dicte son tel : [[TELEPHONE:05 63 38 27 61]]."),
    ("france_travail", AT, "M. [[PERSONNE:Kowalczyk]], {{52 ans}}, licencié de {{Bosch}} {{Rodez}}, appelle pour le {{CSP}}. Né le [[DATE_NAISSANCE:30 janvier 1972]]. Identifiant [[ID_FRANCE_TRAVAIL:3318452P]]."),
    ("france_travail", AT, "La conseillère en télétravail partiel me dit que les appels du lundi matin sont « les pires ». Elle a un casque, {{2}} écrans, un post-it « SOURIS » collé sur le bord."),
    ("france_travail", AT, "Appelante, [[PERSONNE:Émilie]], conteste sa radiation. Elle n'a jamais reçu la convocation : elle a déménagé au [[ADRESSE:15 rue des Cordeliers, 23000 Guéret]] et l'ancienne adresse est encore dans le dossier. Elle change aussi de banque : [[IBAN:FR7640618802130004001789307]]."),
    ("france_travail", AT, "Appel d'un conseiller {{Cap emploi}} pour une personne handicapée, M. [[PERSONNE:Soubiran]], {{RQTH}} obtenue. Dossier MDPH [[IDENTIFIANT:MDPH32-2023-1456]]."),
    ("france_travail", AT, "L'agent lit à voix haute : « identifiant [[ID_FRANCE_TRAVAIL:4805127R]], [[PERSONNE:Ait Said Nadir]]… c'est bien vous ? »"),
    ("france_travail", AT, "Un mr appelle pour son fils, [[PERSONNE:Hugo]], qui est en formation {{AFPA}}. Le conseiller refuse de parler sans son accord."),
    ("france_travail", AT, "Mme [[PERSONNE:Chabrier]] dicte son IBAN pour corriger le versement : « [[IBAN:FR76 1690 6000 4287 6543 2109 833]] » — le conseiller lui fait répéter {{2 fois}}."),
    ("france_travail", AT, "{{Mont-de-Marsan}}, plateforme. [[PERSONNE:Gaëlle]] (conseillère) : « vous êtes bien Mme [[PERSONNE:Ducassou]] ? » « non c'est sa sœur, elle est à l'hôpital »."),
    ("france_travail", AT, "Serveur vocal du {{3949}} : « pour un problème d'actualisation tapez 1 »… Les gens tapent 0 pour avoir quelqu'un, dit le conseiller."),
    ("france_travail", AT, "Appel de Mme [[PERSONNE:Ben Youssef]] : elle a un nouveau num, [[TELEPHONE:+33 6 12 48 90 57]], et un nouveau mail [[EMAIL:ines_benyoussef@laposte.net]]."),
    ("france_travail", AT, "Appel d'une dame de {{Bergerac}} : son fils [[PERSONNE:Enzo Marchetti]], né en [[DATE_NAISSANCE:2002]] à {{Bordeaux}}, NIR [[NIR:1 02 03 33 063 771 34]], ne reçoit plus rien depuis {{avril}}."),
]
# fmt: on

NOTES = NOTES_CAF + NOTES_CPAM + NOTES_CCAS + NOTES_CHRS + NOTES_URGENCES + NOTES_FRANCE_TRAVAIL

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep) with Python offsets, end exclusive."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
