"""Independent evaluation corpus n° 54: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep; ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind54-001`` …
``ind54-240`` follow the writing order. ``split`` draws the dev / holdout halves from the ids
and the cells only, with ``random.Random(54)``.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind54"
SEED = 54

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# ---------------------------------------------------------------------------------------------
# Caf: accueil physique, accueil téléphonique
# ---------------------------------------------------------------------------------------------
NOTES_CAF = [
    (
        "caf",
        AP,
        "{{Caf}} de {{Roubaix}}, {{9h02}}. Première personne : Mme [[PERSONNE:Zerrouki]], elle a déménagé au [[ADRESSE:41 rue de l'Épeule, 59100 Roubaix]] et les {{APL}} sont toujours calculées sur l'ancien loyer. L'agent ([[PERSONNE:Sébastien]]) tape son n° alloc [[N_ALLOCATAIRE:3124587]], trouve le dossier en {{10 sec}}. Elle avait attendu {{35 min}} avec le ticket {{B12}} pour ça.",
    ),
    (
        "caf",
        AP,
        "Antenne de {{Moulins}}. Jeune homme, [[PERSONNE:Kevin]], {{22 ans}}, intérim chez {{Adecco}} à {{Lesquin}}. Veut savoir s'il a droit à la {{prime d'activité}} ou au {{RSA}} « jeune ». Agent : « vous avez fait la simulation sur {{caf.fr}} ? » lui : « c quoi la simulation ». [[PERSONNE:Nadia]] la fait avec lui sur la borne, {{12 min}}, résultat {{187 €}} par mois. Il repart avec le sourire.",
    ),
    (
        "caf",
        AP,
        "Salle d'attente de la {{Caf}}, {{82 rue Brûle-Maison}}. {{10h15}} : {{14 personnes}} assises, {{3}} debout. {{2 bornes sur 4}} en panne (écran noir). Un monsieur âgé demande à tout le monde comment on imprime l'attestation, personne sait. Le vigile finit par l'aider. Bruit de la clim, un bébé qui pleure, une affiche {{« Mon Compte partenaire »}} que personne ne lit.",
    ),
    (
        "caf",
        AP,
        "Couple [[PERSONNE:Yılmaz]] (elle ne parle pas français, lui un peu). Ils viennent déclarer la naissance de leur fille [[PERSONNE:Elif]], née le [[DATE_NAISSANCE:2 mars 2024]] à la maternité de {{Tourcoing}}. Pour la {{PAJE}} l'agent demande un RIB : M. [[PERSONNE:Mehmet Yılmaz]] sort un papier plié en 4, elle lit tout haut [[IBAN:FR76 1562 9026 4500 0214 7850 336]]. « C'est le {{Crédit Mutuel}} à côté de la {{gare}} ». Dossier créé, {{prime à la naissance}} expliquée avec les mains. {{25 min}}.",
    ),
    (
        "caf",
        AP,
        "{{Amiens}}, accueil de la {{Caf de la Somme}}. Monsieur {{70 ans}} passés, aide au logement. Il épelle : « [[PERSONNE:W-I-S-N-I-E-W-S-K-I]] ». L'agente tape « [[PERSONNE:Wisnieski]] » → aucun dossier. 2e essai avec [[PERSONNE:Wisniewski]], trouvé. Il raconte que son père est arrivé de {{Pologne}} pour les mines en {{1947}}, lui est né à {{Bruay}}. L'agente l'écoute vraiment, ça fait plaisir.",
    ),
    (
        "caf",
        AP,
        "{{Metz}}, {{Borny}}. Mme [[PERSONNE:Nguyen Thi Lan]] veut changer son adresse mail, elle n'a plus accès à l'ancienne ([[EMAIL:lan.nguyen57@hotmail.fr]]). La nouvelle, écrite en majuscules sur un post-it : [[EMAIL:NGUYENTHILAN.METZ@GMAIL.COM]]. L'agent dit que normalement ça se fait dans {{Mon Compte}}, pas au guichet... puis le fait quand même « pour cette fois ».",
    ),
    (
        "caf",
        AP,
        "{{Caf du Bas-Rhin}}, site de {{Strasbourg}}. Depuis septembre, plus d'accueil sans RDV après {{11h}}. Les gens qui arrivent à {{11h10}} repartent avec un flyer {{« Prendre rendez-vous »}} et l'adresse du site. Deux dames se plaignent en alsacien, je comprends rien mais je comprends tout. La responsable dit qu'ils ont perdu {{3 postes}} en {{2 ans}}.",
    ),
    (
        "caf",
        AP,
        "{{Mulhouse}}. Mme [[PERSONNE:Schmitt]], {{68 ans}}, veuve, garde sa petite-fille [[PERSONNE:Jade]] depuis que la maman est hospitalisée. Elle habite [[ADRESSE:27 rue de Zillisheim, 68100 Mulhouse]]. L'agente, Mme [[PERSONNE:Kieffer]] : « il faut que ce soit vous l'allocataire pour la petite, sinon on ne peut rien verser ». Imprime le {{Cerfa}}, surligne les cases en jaune. Elle a pris le {{tram}} depuis {{Dornach}} exprès.",
    ),
    (
        "caf",
        AP,
        "etudiante L2, [[PERSONNE:Chloé Marchetti]], veut l'{{APL}} pour sa chambre {{Crous}}. demande faite en ligne mais « dossier incomplet ». Manque l'attestation de loyer. Agent : voir avec le {{Crous}}. Elle : « mais je l'ai envoyée {{2 fois}} !! ». Sur l'écran : pièce reçue le {{12/09}} mais illisible, photo floue prise de travers. Conseil : scanner avec l'appli, en {{PDF}}.",
    ),
    (
        "caf",
        AP,
        "{{Marseille}}, M. [[PERSONNE:Hadjadj]], {{45 ans}}, {{RSA}} suspendu depuis {{2 mois}} : la déclaration trimestrielle n'a pas été faite. Il dit qu'il ne reçoit plus les mails. L'agent lit le mail enregistré : [[EMAIL:hadjadj.karim13@yahoo.fr]]. « Ah non c'est celle de mon fils, c'est [[PERSONNE:Karim]] qui m'avait fait le compte ». Fils parti à {{Lyon}}. Donc personne ne lisait rien depuis l'été.",
    ),
    (
        "caf",
        AP,
        "ACCUEIL {{CAF}} {{AMIENS}} {{14H}}. FILE D'ATTENTE DEHORS SOUS LA PLUIE !!! {{22 PERSONNES}} COMPTÉES. UNE DAME AVEC UNE POUSSETTE DOUBLE. LE VIGILE FAIT RENTRER LES FAMILLES EN PRIORITÉ. MME [[PERSONNE:DUCROCQ]] (ACCUEIL) DIT QUE C'EST COMME ÇA TOUS LES DÉBUTS DE MOIS, « LE {{5}} C'EST LE PIRE ».",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Samira Haddad]], née le [[DATE_NAISSANCE:17/05/1990]] à {{Roubaix}}, veut ajouter son nouveau conjoint, M. [[PERSONNE:Bouzid]], sur le dossier. L'agent demande le n° de sécu du conjoint : il l'a pas sur lui. Le sien à elle, elle le récite par cœur sans respirer : [[NIR:2 90 05 59 512 087 64]]. Bluffant. Au final : déclaration de changement de situation à faire en ligne, le conjoint doit créer son compte {{Ameli}} avant pour avoir son attestation.",
    ),
    (
        "caf",
        AP,
        "😩 {{40 min}} d'attente pour un monsieur qui voulait juste imprimer une attestation de paiement. La borne marche pas. L'agent l'imprime depuis son poste en {{30 sec}} 🙃 Je note : imprimante en libre-service qui fonctionne ??",
    ),
    (
        "caf",
        AP,
        "{{Tourcoing}}, dialogue noté à la volée :\n- Bonjour madame, c'est pour ?\n- C'est pour le {{RSA}}, ils m'ont tout enlevé\n- Vous avez votre numéro allocataire ?\n- [[N_ALLOCATAIRE:5873201]]\n- Madame [[PERSONNE:Lemaire]] ?\n- Oui c'est moi\n- Alors je vois un trop-perçu de {{642 €}}, vous avez déclaré des ressources en retard...\nElle ne savait pas que les indemnités de stage comptaient. [[PERSONNE:Christelle]] (l'agente) propose un échéancier de {{50 €}}/mois.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Anlia Ahamada]] vient avec sa voisine qui traduit du shikomori. Elle a {{4 enfants}}, le dernier est né aux {{Comores}} et n'est pas encore sur le dossier. L'agent explique qu'il faut le certificat de l'{{OFII}} pour l'enfant entré hors regroupement familial. La voisine traduit, long silence. Elles repartent avec une liste écrite à la main.",
    ),
    (
        "caf",
        AP,
        "Matinée {{Caf}} {{Lille}}, en vrac :\n1. {{9h05}} M. [[PERSONNE:Desmet]] – attestation pour son bailleur ({{Vilogia}})\n2. {{9h20}} jeune couple – séparation, qui garde l'{{APL}} ?\n3. {{9h40}} Mme [[PERSONNE:Ouali]] + {{3 enfants}} – {{ARS}} pas reçue (en fait versée sur l'ancien compte)\n4. {{10h}} M. [[PERSONNE:Kabongo]] – RDV pour l'{{AAH}}\n5. {{10h30}} dame âgée sans nom retenu, veut parler « à un vrai humain, pas à une machine »",
    ),
    (
        "caf",
        AP,
        "mr [[PERSONNE:Dubuisson]] (ou [[PERSONNE:Dubuison]] ? lagent a tapé les 2) vient pr son fils handicapé, {{AEEH}} pas renouvelée. dossier {{MDPH}} ref [[IDENTIFIANT:59-2023-014587]] envoyé en sept, tjs rien. l'agent appelle la {{MDPH du Nord}}, tombe sur un répondeur. {{3e}} fois cette semaine qu'il vient.",
    ),
    (
        "caf",
        AP,
        "Ce qui me frappe depuis ce matin : presque personne ne vient pour une seule chose. On vient pour l'{{APL}} et on repart avec un rendez-vous pour le {{RSA}}, un numéro pour la {{CPAM}}, une adresse pour la {{mission locale}}. L'agent fait de l'aiguillage autant que du traitement de dossier. Les écrans ne montrent qu'un bout de la vie des gens, et l'agent reconstitue le reste en posant des questions qui n'ont l'air de rien (« vous vivez seule ? », « les enfants sont à l'école où ? »). Personne ne lui a appris ça en formation, dit-il. Je compte, sur la matinée : {{17 personnes}} reçues au guichet, {{11}} sont reparties avec au moins un autre organisme à contacter. L'agent me dit que le plus difficile, ce n'est pas la réglementation, qu'il connaît par cœur, c'est de savoir quand s'arrêter : « si je commence à tout régler, la personne suivante attend {{1h}} de plus, et elle aussi elle a ses problèmes ». Il a un petit carnet à spirale où il note les numéros directs des partenaires, le {{CCAS}}, le {{Point Info Famille}}, l'assistante sociale de secteur, « parce que les standards, c'est l'enfer ». Ce carnet n'existe dans aucun logiciel. S'il part, il part avec.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{3230}}, {{10h12}}. Un monsieur donne son numéro allocataire chiffre par chiffre : « [[N_ALLOCATAIRE:deux, quatre, six, huit, zéro, un, trois]] ». L'agente ([[PERSONNE:Sandrine]]) répète pour vérifier, il corrige le dernier. Question : pourquoi son {{APL}} a baissé de {{38 €}}. Réponse : revalorisation des ressources N-2. Il raccroche pas convaincu.",
    ),
    (
        "caf",
        AT,
        "Vérif identité au téléphone : nom, prénom, date de naissance. « [[PERSONNE:Boudjemaa Rachid]], [[DATE_NAISSANCE:14 juillet 79]] ». L'agent : « comme la fête nationale ». Lui : « c'est pour ça que je l'oublie jamais ». Il appelle de {{Villeneuve-d'Ascq}} pour la {{prime d'activité}}, il a repris chez {{Decathlon}} en {{CDD}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une jeune maman, la ligne coupe {{2 fois}}. Elle laisse un numéro pour être rappelée : « [[TELEPHONE:zéro sept, quarante-deux, dix-huit, soixante-trois, zéro neuf]] ». L'agent ne peut pas rappeler (pas prévu dans l'outil !), il lui dit de rappeler le {{3230}} et de demander [[PERSONNE:Yannick]]... ce qui ne marche pas non plus vu que les appels sont distribués au hasard.",
    ),
    (
        "caf",
        AT,
        "Stats de la matinée (tableau affiché au mur) : {{312 appels}} en attente à {{9h}}, temps moyen {{18 min}}, {{41 %}} de décroché. L'agent à côté de moi en a traité {{23}} en {{3h}}. Entre deux appels il souffle, boit de l'eau, et reprend. Casque qui grésille.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Vanhoutte]], {{Wattrelos}}, n'arrive pas à se connecter. Il dicte son mail : « [[EMAIL:k.vanhoutte arobase orange point fr]] ». L'agente cherche → mail enregistré avec un « h » en trop. Corrigé. Réinitialisation du mot de passe envoyée pendant l'appel, il la reçoit direct, « ah ben voilà ! ».",
    ),
    (
        "caf",
        AT,
        "Une dame veut changer son RIB par téléphone. Elle le lit avant que l'agent ait le temps de l'arrêter : « [[IBAN:FR76 1670 6050 2354 1203 9871 178]] ». L'agent : « je ne peux pas le modifier par téléphone madame, c'est pour votre sécurité, il faut passer par l'espace {{Mon Compte}} ». Elle : « mais j'ai pas internet ». Silence. Il lui donne les horaires de l'accueil de {{Lens}}.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Kaczmarek]] de {{Hayange}} (elle précise d'emblée : « [[PERSONNE:K-A-C-Z]], comme tout le monde se trompe »). Elle appelle pour sa mère de {{88 ans}} qui a reçu un courrier de contrôle. L'agent ne peut rien dire sans la procuration. Elle se fâche puis s'excuse. Appel {{14 min}}.",
    ),
    (
        "caf",
        AT,
        "[[PERSONNE:Laurence]] (agente, {{22 ans}} de maison) prend M. [[PERSONNE:Ouedraogo]] : séparé depuis un mois, il veut son aide au logement à lui seul. Elle lui explique la déclaration de changement de situation, puis le dépannage : « vous avez une adresse mail ? » « non » « un téléphone qui va sur internet ? » « oui » « bon alors on fait ensemble ». {{20 min}} au téléphone à le guider écran par écran.",
    ),
    (
        "caf",
        AT,
        "Appel pour l'{{AAH}} : l'appelante (sa fille, [[PERSONNE:Mélissa]]) a le n° de dossier {{MDPH}} : [[IDENTIFIANT:80-22-001954]]. La {{Caf}} attend la notification de la {{CDAPH}}. Conseil de l'agent : rappeler la {{MDPH de la Somme}} directement. Elle : « ils répondent jamais ».",
    ),
    (
        "caf",
        AT,
        "Monsieur très énervé, crie dans le casque, l'agent éloigne l'écouteur de son oreille. Motif : courrier reçu « vous nous devez » sans explication. L'agent lit le courrier à voix haute depuis son écran, reformule, {{3}} fois. À la fin le monsieur dit merci et s'excuse. {{11 min}}. L'agent me dit : « ça, c'est 1 appel sur {{5}} ».",
    ),
    (
        "caf",
        AT,
        "Changement d'adresse par tel : « j'habite maintenant [[ADRESSE:8 impasse des Tisserands, 59150 Wattrelos]] ». L'agent lui dit que c'est à déclarer en ligne mais note quand même dans le commentaire du dossier. Appelante : Mme [[PERSONNE:Delporte]], {{3 enfants}}, bail signé avec {{Partenord Habitat}}.",
    ),
    (
        "caf",
        AT,
        "Appel sur le {{RSA}} : le monsieur doit être inscrit à {{France Travail}} depuis la réforme ({{15 h}} d'activité). Il donne son identifiant [[ID_FRANCE_TRAVAIL:6032145P]], l'agent {{Caf}} ne peut pas le vérifier, ce n'est pas leur système. « C'est deux mondes », me dit-elle en coupant le micro.",
    ),
    (
        "caf",
        AT,
        "Fin de journée. {{16h30}}, la file d'appels se vide d'un coup parce que la plateforme ferme à {{16h30}} justement. Les agents débriefent : un appel de {{47 min}} avec un monsieur qui ne comprenait pas le calcul de son {{APL}}. Personne n'a parlé d'indicateurs devant moi mais ils regardent tous l'écran du compteur. Une agente range son casque dans une boîte en plastique, chacun le sien depuis le Covid. Une autre termine une note sur un dossier en tapant très vite. On parle un peu de la {{solidarité à la source}}, personne n'a l'air de savoir exactement ce qui va changer. Le responsable de plateau passe et dit « bonne soirée » à chacun, par son prénom. Je sors à {{16h50}}, il pleut sur le parking, et je me rends compte que je n'ai vu aucun allocataire de la journée, seulement entendu des voix.",
    ),
    (
        "caf",
        AT,
        "{{Strasbourg}}, Mme [[PERSONNE:Hoffmann]] appelle pour sa {{ALS}}. Elle donne sa date de naissance « le [[DATE_NAISSANCE:trois janvier cinquante-deux]] » avec un accent alsacien très marqué, l'agent (qui vient de {{Toulouse}}) lui fait répéter {{3}} fois. Elle habite chez sa fille à {{Illkirch}} depuis l'été.",
    ),
    (
        "caf",
        AT,
        "Étudiant camerounais à {{Nantes}}, M. [[PERSONNE:Nkoulou Essomba]], première demande d'{{APL}}. L'agent demande le numéro de son titre de séjour : « [[IDENTIFIANT:4402187653]] ». Le titre expire dans {{2 mois}}, l'agent le prévient que l'aide s'arrêtera sans renouvellement. Il le savait, il a RDV en préfecture.",
    ),
    (
        "caf",
        AT,
        "Un avocat, Me [[PERSONNE:Lambert]], appelle pour une cliente : {{ASF}} refusée alors qu'il y a un jugement. Il cite le numéro RG [[IDENTIFIANT:23/04817]] du tribunal judiciaire de {{Lille}}. L'agent ne peut rien lui dire (pas de mandat au dossier). Il demande par mail, elle lui donne l'adresse générique de la {{Caf du Nord}}.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Caf: contrôle sur place; Cpam: accueil physique, contrôle sur place
# ---------------------------------------------------------------------------------------------
NOTES_CAF_CPAM = [
    (
        "caf",
        CSP,
        "Contrôle à domicile avec Mme [[PERSONNE:Vandenberghe]], contrôleuse {{Caf}} depuis {{12 ans}}. {{9h30}}, [[ADRESSE:12 rue de Lannoy, 59100 Roubaix]], maison de courée. Allocataire : Mme [[PERSONNE:Awa Traoré]], déclarée isolée avec {{2 enfants}}. Dans l'entrée : des baskets {{pointure 45}}, un blouson d'homme. Elle dit que c'est à son frère [[PERSONNE:Moussa]] qui dort là « de temps en temps ». La contrôleuse note tout sans commentaire. Dehors une {{Clio}} grise [[IMMATRICULATION:FG-482-LM]], elle relève la plaque « au cas où ».",
    ),
    (
        "caf",
        CSP,
        "{{Fives}}, {{10h45}}. Personne au [[ADRESSE:7 rue Pierre Legrand, 59800 Lille]] (2e étage, interphone cassé). Sur la boîte aux lettres, deux noms scotchés : [[PERSONNE:Amrani]] et [[PERSONNE:Lopes]]. Avis de passage déposé, RDV proposé jeudi {{14h}}. Une voisine du rdc : « elle est partie au bled depuis un mois ». La contrôleuse, à moi, dans l'escalier : « on n'écrit pas ce que disent les voisins ».",
    ),
    (
        "caf",
        CSP,
        "Entre deux visites, dans la voiture de service ({{Twingo}} blanche, aucun logo, exprès). La contrôleuse m'explique : {{6 visites}} prévues aujourd'hui entre {{Amiens}} nord et {{Étouvie}}, en général {{2 ou 3 absents}}. Elle ne se gare jamais devant la porte, « pour les voisins ». Son GPS l'envoie toujours dans le même sens interdit, elle l'insulte gentiment.",
    ),
    (
        "caf",
        CSP,
        "{{Woippy}}, quartier {{Saint-Eloy}}. Contrôle ressources chez Mme [[PERSONNE:Berisha]] (n° alloc [[N_ALLOCATAIRE:4420917]]). M. [[PERSONNE:Thiébaut]], le contrôleur, demande les relevés des {{3 derniers mois}}. Elle les a imprimés, impeccables, dans une pochette. En haut je lis : [[IBAN:FR76 1627 5003 0008 1234 5976 036]]. Il coche des lignes au crayon : virements de {{50}}, {{80 €}}... « c'est mon cousin qui me rembourse ». {{1h10}} sur place.",
    ),
    (
        "caf",
        CSP,
        "Visite prévue de longue date. Famille [[PERSONNE:Winterstein]], installée [[ADRESSE:aire d'accueil du Baggersee, place 7]] depuis l'hiver. Caravane + camion, plaque [[IMMATRICULATION:EK-209-QS]]. Le père, [[PERSONNE:Sonny]], montre les certificats de scolarité des petits (école de la {{Meinau}}). La contrôleuse vérifie la résidence : leur domiciliation est au {{CCAS}} de {{Strasbourg}}. Café offert, chaises pliantes, un chien qui s'appelle {{Rocky}}. Ambiance détendue, contrairement à ce que je craignais.",
    ),
    (
        "caf",
        CSP,
        "{{Bourtzwiller}}, {{Mulhouse}}. Contrôle des ressources d'un couple : lui, M. [[PERSONNE:Amine Belkacem]], auto-entrepreneur (livraisons {{Uber Eats}}), son SIRET perso [[IDENTIFIANT:841 725 633 00017]] est sur l'attestation {{URSSAF}} qu'il nous tend. CA déclaré {{1 120 €}} sur le trimestre, « mais y a le scooter à payer ». La contrôleuse, Mme [[PERSONNE:Ehrhart]], explique l'abattement de {{50 %}}. Il découvre.",
    ),
    (
        "caf",
        CSP,
        "{{Brest}}, coloc de {{3 étudiants}}, [[ADRESSE:18 rue Jean Jaurès, 29200 Brest]]. Sur la boîte : [[PERSONNE:Le Bihan]] / [[PERSONNE:Ouattara]] / [[PERSONNE:Pires]]. Contrôle déclenché parce que {{3}} demandes d'{{APL}} pour un T3 à {{690 €}}. Tout est en règle : bail commun, chambres séparées. [[PERSONNE:Yanis]] ([[PERSONNE:Pires]] donc) nous fait visiter en caleçon, très à l'aise.",
    ),
    (
        "caf",
        CSP,
        "{{Tourcoing}}, {{4 visites}} au programme, {{2 absents}}. Les avis de passage partent dans des boîtes qui débordent de pub. La contrôleuse : « la moitié le trouvera jamais ». Pause sandwich au {{Paul}} de la gare à {{12h40}}. Elle me parle des collègues qui se sont fait insulter ; elle, jamais, en {{9 ans}}.",
    ),
    (
        "caf",
        CSP,
        "{{Liévin}}, cité minière, maison {{Maisons & Cités}} au [[ADRESSE:14 rue de Lorraine, 62800 Liévin]]. Mme [[PERSONNE:Dewaele]], {{74 ans}}, veuve de mineur, vit avec son petit-fils [[PERSONNE:Dylan]] ({{19 ans}}), déclaré à charge, d'où le contrôle. Elle sort toutes ses factures : réf. client {{EDF}} [[IDENTIFIANT:6041872390]], avis d'imposition, quittances. « Avant on avait le charbon, maintenant c'est {{180 €}} d'électricité par mois ». [[PERSONNE:Dylan]] dort encore, il est {{11h}}.",
    ),
    (
        "caf",
        CSP,
        "{{Toulouse}}, {{Mirail}}. Monsieur déclaré seul. La contrôleuse lit sur sa tablette : « M. [[PERSONNE:Fernandez Joaquim]], né le [[DATE_NAISSANCE:08/11/1961]], c'est bien vous ? » Oui. Appart nickel, une seule brosse à dents (elle regarde vraiment, discrètement). Clos en {{25 min}}, « {{RAS}} ».",
    ),
    (
        "caf",
        CSP,
        "{{Hem}}, contrôle « vie maritale ». Mme [[PERSONNE:Leleu]] (contrôleuse) sonne, c'est un homme qui ouvre, [[PERSONNE:Florian]], il est « juste de passage pour réparer la machine à laver ». L'allocataire, Mme [[PERSONNE:Carpentier]], arrive {{10 min}} après. Elle laisse son numéro pour la suite : [[TELEPHONE:06 58 21 47 93]]. En sortant, la contrôleuse : « la machine à laver marchait très bien ».",
    ),
    (
        "caf",
        CSP,
        "Visite à {{Clermont-Ferrand}}, quartier {{Croix-de-Neyrat}}. L'allocataire a déménagé sans le dire : le nouveau locataire nous ouvre, un jeune très gentil. Il nous donne le mail de l'ancienne locataire qu'il a gardé pour faire suivre le courrier : [[EMAIL:sandrine.aubert63@laposte.net]]. La contrôleuse hésite : « c'est pas à moi de la chercher ». Elle le note quand même dans son carnet.",
    ),
    (
        "caf",
        CSP,
        "{{Schiltigheim}}, famille [[PERSONNE:Demir]], {{5 personnes}} dans un F3. Contrôle de la présence des enfants : deux grands nés en [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2015]], plus un bébé. Les grands sont au collège, la mère montre les carnets de correspondance. La grand-mère ne parle que turc, elle insiste pour nous faire goûter son börek. Je goûte. Délicieux.",
    ),
    (
        "caf",
        CSP,
        "Campagne près d'{{Abbeville}}. Maison isolée, chemin pas goudronné. M. [[PERSONNE:Caron]], ouvrier agricole saisonnier, {{RSA}} + {{APL}}. Dans la cour un vieux {{Berlingo}} avec encore une ancienne plaque, [[IMMATRICULATION:4127 TR 80]]. Il fait les betteraves chez M. [[PERSONNE:Dufour]] à la saison, « c'est déclaré, c'est déclaré ». La contrôleuse vérifie les fiches de paie : tout est bon sauf {{1 mois}} oublié.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Lille}}, {{8h35}}, avant l'ouverture déjà {{11 personnes}}. Mme [[PERSONNE:Delattre]], {{65 ans}}, {{carte Vitale}} perdue. L'agent lui demande son numéro de sécu, elle le sort d'une vieille attestation pliée : [[NIR:2 58 10 59 350 231 26]]. Commande de la nouvelle carte, photo prise à la borne. « Vous la recevrez sous {{3 semaines}} ». Elle demande si elle peut aller chez le médecin en attendant : oui, avec l'attestation.",
    ),
    (
        "cpam",
        AP,
        "{{Roubaix}}, demande de {{Complémentaire santé solidaire}}. M. [[PERSONNE:Chaouch]], {{3 enfants}}, intérimaire. Tout dans une pochette : avis d'impo, fiches de paie, RIB [[IBAN:FR98 2004 1010 0514 8927 0H02 906]]. L'agent, [[PERSONNE:Jérôme]], remplit avec lui, {{30 min}}. Réponse sous {{2 mois}} max. M. [[PERSONNE:Chaouch]] : « et en attendant mes dents ? »",
    ),
    (
        "cpam",
        AP,
        "File d'attente {{Cpam}} : tout le monde a un ticket, les bornes {{ameli}} sont libres mais personne ne s'en sert. L'agent de pré-accueil (tablette à la main) oriente vers la borne, accompagne, appuie sur l'écran pour la personne. {{1 personne sur 2}} repart sans voir de guichet. C'est ça l'objectif, m'explique-t-on.",
    ),
    (
        "cpam",
        AP,
        "{{Amiens}}. M. [[PERSONNE:Thomas Lefort]], préparateur de commandes chez {{Amazon}} à {{Boves}}, arrêt depuis {{6 semaines}} (dos). Pas d'indemnités journalières depuis {{3 semaines}}. L'agente tape son NIR [[NIR:1 85 02 80 021 114 91]] : l'attestation de salaire n'a jamais été transmise par l'employeur. Elle lui conseille d'appeler les RH. Il rit jaune : « les RH c'est un numéro qui sonne dans le vide ».",
    ),
    (
        "cpam",
        AP,
        "{{Metz}}. Frontalière, Mme [[PERSONNE:Agnieszka Nowak]], travaille au {{Luxembourg}} ({{Esch-sur-Alzette}}), veut savoir qui la rembourse. Elle montre sa carte {{CNS}} : matricule luxembourgeois [[IDENTIFIANT:1987031423456]]. L'agent parle du formulaire {{S1}}. Ça dure. Elle dit que tout son bureau a le même problème. L'agent : « on a une cellule frontaliers, je vous note le numéro ».",
    ),
    (
        "cpam",
        AP,
        "{{Strasbourg}}, frontalier {{Allemagne}}. M. [[PERSONNE:Florian Weber]] bosse à {{Kehl}} (entrepôt {{Lidl}}), assuré à l'{{AOK}}. Sa femme et sa fille vivent côté français, il veut les faire couvrir. Il montre sa carte : Versichertennummer [[IDENTIFIANT:W482917365]]. L'agente parle allemand (elle vient de {{Sarreguemines}}), ça aide beaucoup. Formulaire {{S1}}, « avant c'était le {{E106}} ».",
    ),
    (
        "cpam",
        AP,
        "{{Mulhouse}}, frontalier suisse (chez {{Novartis}} à {{Bâle}}), il a choisi l'assurance française plutôt que la {{LAMal}}. {{Carte Vitale}} perdue. Sur sa fiche de paie suisse : numéro {{AVS}} [[IDENTIFIANT:756.4839.2071.51]]. M. [[PERSONNE:Grégory Heitz]], {{41 ans}}, parle du {{FC Bâle}} avec l'agent pendant que le dossier charge.",
    ),
    (
        "cpam",
        AP,
        "Demande d'{{AME}}. Jeune homme, {{24 ans}}, arrivé de {{Guinée}} il y a {{8 mois}}. Passeport guinéen [[IDENTIFIANT:R0458812]]. Hébergé par un ami, l'attestation d'hébergement est signée « [[PERSONNE:Sekou Camara]] ». L'agent vérifie les {{3 mois}} de présence : billet {{Flixbus}}, ordonnance de la {{PASS}} de l'hôpital. Dossier déposé. En partant il me dit qu'il s'appelle [[PERSONNE:Alpha]], « comme {{Alpha Blondy}} ».",
    ),
    (
        "cpam",
        AP,
        "{{Bordeaux}}, {{Cpam de la Gironde}}. Maman avec un bébé de {{3 semaines}} en porte-bébé, veut le rattacher à sa carte. L'agente demande son NIR à elle : [[NIR:2 94 08 33 063 412 86]], et l'acte de naissance du petit [[PERSONNE:Noé]], né le [[DATE_NAISSANCE:4 octobre]]. Fait en {{5 min}}. Le bébé n'a pas bronché.",
    ),
    (
        "cpam",
        AP,
        "Monsieur âgé, {{Tourcoing}}, quartier {{Bourgogne}}, a perdu sa {{carte Vitale}} « et tout le portefeuille ». M. [[PERSONNE:Vandamme]]. Il a gardé sa carte de mutuelle ({{Harmonie Mutuelle}}), n° adhérent [[IDENTIFIANT:0731 5520 84]]. L'agent refait la carte, imprime une attestation. Il demande aussi pour sa carte d'identité : « ça c'est la mairie monsieur ».",
    ),
    (
        "cpam",
        AP,
        "TROP BIEN l'agent d'accueil qui parle {{4 langues}} 👏👏 arabe, anglais, un peu de turc et le français. Il passe de l'une à l'autre sans effort. Rien dans sa fiche de poste, aucune prime pour ça. 🤷",
    ),
    (
        "cpam",
        AP,
        "{{Lille-Sud}}. Mme [[PERSONNE:Olena Kovalenko]], ukrainienne, protection temporaire, vient pour sa {{carte Vitale}} définitive. Elle montre son {{APS}}, n° [[IDENTIFIANT:5903481726]]. L'agente lui écrit tout en anglais sur un papier. Numéro pour la rappeler : [[TELEPHONE:07 68 34 11 52]]. Elle remercie {{3 fois}}, en français, « merci beaucoup madame ».",
    ),
    (
        "cpam",
        AP,
        "Une dame veut recevoir ses décomptes par mail. Elle dicte : « [[EMAIL:mireille.pons@free.fr]], [[PERSONNE:P-O-N-S]], pas comme le pont ». L'agent tape « pont » évidemment. Corrigé. Elle a {{81 ans}}, elle est très fière de son mail.",
    ),
    (
        "cpam",
        AP,
        "{{Thionville}}. M. [[PERSONNE:Giuseppe Lombardi]], {{58 ans}}, ancien d'{{Arcelor}} à {{Florange}}, pension d'invalidité catégorie {{2}}. Le courrier de la caisse part toujours à l'ancienne adresse. Nouvelle adresse : [[ADRESSE:3 rue des Mineurs, 57100 Thionville]]. Date de naissance vérifiée : « [[DATE_NAISSANCE:22 juin 1966]] ». L'agente me glisse : « il fait plus que son âge, hein ».",
    ),
    (
        "cpam",
        AP,
        "Motifs de visite, {{13h30}}-{{16h}} :\n- {{carte Vitale}} x4\n- arrêt maladie pas payé x3\n- {{CSS}} x2\n- attestation de droits x5\n- une dame qui cherchait la {{Caf}} (c'est en face)\n- un livreur qui cherchait {{La Poste}}",
    ),
    (
        "cpam",
        AP,
        "{{Metz}}, {{Sablon}}. Jeune femme sans médecin traitant depuis que le sien est parti à la retraite. L'agent cherche : personne à moins de {{20 km}} qui prend de nouveaux patients. Elle a trouvé elle-même le Dr [[PERSONNE:Grandidier]] à {{Marly}}, qui veut le formulaire signé. L'agent, M. [[PERSONNE:Ben Salah]], lui imprime la déclaration. Très calme, ce monsieur.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail avec [[PERSONNE:Patrick]], agent assermenté de la {{Cpam}}. {{10h15}}, [[ADRESSE:56 boulevard de Fourmies, 59100 Roubaix]]. Assuré absent alors que sorties non autorisées. Avis de passage. [[PERSONNE:Patrick]] : « neuf fois sur dix il est chez le kiné ou à la pharmacie et il ramène le ticket ». Il ne juge pas.",
    ),
    (
        "cpam",
        CSP,
        "{{Amiens}}, {{Saint-Leu}}. Mme [[PERSONNE:Bénédicte Roussel]], arrêt pour dépression depuis {{4 mois}}. Elle ouvre en robe de chambre, volets fermés. L'agent lui demande juste de signer le PV de présence. {{4 minutes}}. Dans la voiture il souffle : « ceux-là je les aime pas, on a l'impression d'être des flics ».",
    ),
    (
        "cpam",
        CSP,
        "Ce que je retiens des contrôles d'arrêts : {{12 adresses}} par jour, il en fait {{7 ou 8}}, tout en voiture, PV remplis à la main puis ressaisis le soir. Pas de tablette, « on nous l'a promise en {{2019}} ». Aucune fraude flagrante ce mois-ci.",
    ),
    (
        "cpam",
        CSP,
        "{{Strasbourg}}, {{Hautepierre}}. On sonne chez M. [[PERSONNE:Oumar Sissoko]] à {{14h20}}, pas de réponse. On attend {{5 min}}. Il arrive avec un sac de la pharmacie, ordonnance du Dr [[PERSONNE:Meyer]] à la main. Tout va bien. Il donne son portable pour la prochaine fois : [[TELEPHONE:+33 6 41 09 87 25]].",
    ),
    (
        "cpam",
        CSP,
        "{{Montigny-lès-Metz}}. Contrôle sur signalement de l'employeur (un transporteur). Assuré : M. [[PERSONNE:Kévin Mangin]], [[ADRESSE:9 allée des Charmes, 57950 Montigny-lès-Metz]]. Présent. Mais la camionnette garée devant, [[IMMATRICULATION:GA-714-PR]], est lettrée « {{Mangin Déménagements}} ». L'agent note. Il me dit que ça peut être le frère. Ça peut.",
    ),
    (
        "cpam",
        CSP,
        "{{Nice}}, {{l'Ariane}}. Visite pour vérifier la résidence d'une assurée {{CSS}} domiciliée chez un tiers. Chez Mme [[PERSONNE:Rossi]], [[ADRESSE:4 avenue de l'Ariane, 06300 Nice]], qui confirme héberger sa nièce [[PERSONNE:Inès]] depuis l'été. Les courriers de la nièce sont sur la table. OK.",
    ),
    (
        "cpam",
        CSP,
        "{{Mulhouse}}, {{Les Coteaux}}. Contrôle d'un arrêt au {{15e étage}}, ascenseur en panne depuis {{3 semaines}}. L'agent monte à pied. En haut, essoufflé : personne. Il redescend. C'est l'ascenseur que je retiendrai de la journée.",
    ),
    (
        "cpam",
        CSP,
        "{{Lille}}, {{Wazemmes}}. L'agent me montre l'avis d'arrêt, je lis le NIR en haut : [[NIR:171129935204866]] (« 99 c'est né à l'étranger », m'explique-t-il). L'assuré, M. [[PERSONNE:Belaïd]], {{52 ans}}, est là, plâtre au bras. {{3 min}}, on repart presque gênés.",
    ),
    (
        "cpam",
        CSP,
        "Compte rendu envoyé par l'agent à sa cheffe en fin de tournée, depuis son téléphone perso (!) : destinataire [[EMAIL:c.garnier@assurance-maladie.fr]]. Je le lui fais remarquer, il dit que la messagerie pro ne marche pas sur son portable. {{6 contrôles}}, {{2 absents}}, {{0 fraude}}.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Cpam: accueil téléphonique; CCAS: accueil physique
# ---------------------------------------------------------------------------------------------
NOTES_CPAM_CCAS = [
    (
        "cpam",
        AT,
        "{{3646}}. Monsieur né à {{Bastia}}, vit à {{Metz}} depuis {{30 ans}}. Il dicte son numéro de sécu : « [[NIR:1 68 09 2B 033 127 09]] » et l'agent bloque sur le B : « c'est bien la lettre B ? » « ben oui, la {{Corse}} ! ». Motif : remboursement de lunettes. M. [[PERSONNE:Santoni]], très drôle.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une infirmière libérale pour une patiente : elle laisse son numéro pro au cas où, [[TELEPHONE:06.84.22.71.30]]. L'agent lui dit que pour les professionnels c'est une autre ligne. Elle : « je sais mais elle attend depuis {{40 minutes}} ». Patiente : Mme [[PERSONNE:Guérin]], {{89 ans}}, sourde, ne peut pas téléphoner elle-même.",
    ),
    (
        "cpam",
        AT,
        "Musique d'attente du {{3646}} : l'agent ne l'entend jamais, mais les gens la lui chantent parfois en décrochant 😂. Temps d'attente affiché au mur : {{7 min}}. Il trouve que c'est bien, « l'hiver c'est {{25}} ».",
    ),
    (
        "cpam",
        AT,
        "Jeune femme de {{Lomme}}, congé maternité, indemnités pas tombées. L'agent vérifie : l'employeur ({{Auchan}} {{Englos}}) a envoyé l'attestation avec une erreur de date. Elle veut une confirmation par mail : [[EMAIL:manon.decroix59@gmail.com]]. Impossible depuis la plateforme ; il lui dit d'écrire dans la messagerie {{ameli}}.",
    ),
    (
        "cpam",
        AT,
        "Ce que je vois sur l'écran de l'agente pendant l'appel (fiche assuré) : nom [[PERSONNE:MARTINS DA COSTA]], prénom [[PERSONNE:Filipe]], date naiss. [[DATE_NAISSANCE:1978-04-23]], régime général, médecin traitant déclaré. Motif : franchise médicale prélevée {{2 fois}}. Elle ne corrige pas, elle explique. Il n'est pas content.",
    ),
    (
        "cpam",
        AT,
        "Dame de {{Haguenau}}, {{76 ans}} : pourquoi elle paie une mutuelle alors qu'elle a le {{régime local}} d'{{Alsace-Moselle}} ? L'agente explique les {{90 %}} au lieu de {{70 %}}. Elle donne son n° d'adhérent mutuelle pour vérifier le tiers payant : [[IDENTIFIANT:MA 00587 3321]]. Mme [[PERSONNE:Stoeckel]], qui épelle « [[PERSONNE:S-T-O-E]], pas avec le ö ».",
    ),
    (
        "cpam",
        AT,
        "Remboursé à {{30 %}} au lieu de {{70}} : pas de médecin traitant déclaré. L'assuré : « mais si, c'est le docteur [[PERSONNE:Kaddour]] depuis {{10 ans}} ! » L'agent voit que le Dr [[PERSONNE:Kaddour]] est parti à la retraite en mars, la déclaration est tombée. Il faut en déclarer un nouveau. « Mais y en a plus ! »",
    ),
    (
        "cpam",
        AT,
        "L'agent m'explique les scripts : une fiche par motif ({{CSS}}, {{IJ}}, {{carte Vitale}}, {{AME}}...) mais il ne les ouvre presque jamais. Ce qui est dur : les appels « à tiroirs », la personne appelle pour une chose et en a {{4}} derrière. Durée moyenne : {{6 min 30}}.",
    ),
    (
        "cpam",
        AT,
        "Assuré qui vit à {{Mouscron}} ({{Belgique}}) et travaille à {{Tourcoing}}. Il veut être remboursé sur son compte belge, il lit [[IBAN:BE13 0635 4712 8939]]. L'agent : possible, c'est un compte {{SEPA}}, mais il faut envoyer le RIB par la messagerie. M. [[PERSONNE:Verhaeghe]], accent tourquennois à couper au couteau.",
    ),
    (
        "cpam",
        AT,
        "{{Amiens}}, Mme [[PERSONNE:Boukhris]] appelle pour sa {{CSS}} qui arrive à échéance. L'agent prend un numéro pour un rappel par un conseiller : « [[TELEPHONE:zéro six, cinquante-sept, quatre-vingt-douze, trente et un, quarante-huit]] ». Il l'écrit en chiffres sur un post-it, le relit, elle confirme.",
    ),
    (
        "cpam",
        AT,
        "Appel passé par le fils pour sa mère qui ne parle pas français. Mère : Mme [[PERSONNE:Hatice Öztürk]], née le [[DATE_NAISSANCE:12 février 1959]]. Le fils : [[PERSONNE:Burak]]. L'agent accepte de parler au fils « si madame est d'accord », on entend « evet, evet » dans le fond. {{Roubaix}}, {{CSS}} + dentiste.",
    ),
    (
        "cpam",
        AT,
        "{{Lyon}}. Appelante qui donne son NIR en mots, très lentement : « [[NIR:deux, quatre-vingt-un, zéro trois, soixante-neuf, trois cent quatre-vingt-huit, deux cent cinq, vingt-deux]] ». L'agent tape en même temps. Elle est née dans le {{8e}}, dit-elle. Motif : attestation de droits pour la crèche.",
    ),
    (
        "cpam",
        AT,
        "{{2 min}} au tel : « c'est bien le {{3646}} ? » « oui » « ok merci » *raccroche* 😂",
    ),
    (
        "cpam",
        AT,
        "L'agente se présente toujours pareil : « [[PERSONNE:Aurélie]], {{Assurance Maladie}}, bonjour ». Appelant malentendant, il passe par un service de relais (transcription écrite). Ça prend {{3 fois}} plus de temps. Motif : transport sanitaire pour ses dialyses à {{Mulhouse}}, refusé. Elle transmet au service médical.",
    ),
    (
        "cpam",
        AT,
        "Une dame a cliqué sur un faux SMS « {{ameli}} : votre {{carte Vitale}} expire ». Elle a donné sa carte bancaire. L'agent lui dit d'appeler sa banque d'abord. Elle a aussi tapé son mail sur le faux site, [[EMAIL:josiane.vermeulen@orange.fr]] ; il lui conseille de changer le mot de passe. Elle est de {{Dunkerque}}, elle s'appelle [[PERSONNE:Josiane]], elle pleure un peu.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Roubaix}}. Domiciliation : M. [[PERSONNE:Jean-Marc Dhondt]], {{54 ans}}, à la rue depuis le printemps. L'agente remplit l'attestation d'élection de domicile, il donne sa date de naissance : « le [[DATE_NAISSANCE:30 du 9, 70]] ». Il viendra chercher son courrier le mardi et le jeudi. Il demande si la lettre de la {{Carsat}} peut arriver ici. Oui.",
    ),
    (
        "ccas",
        AP,
        "{{Lille}}, {{CCAS}}, aide énergie. Mme [[PERSONNE:Martine Deregnaucourt]] ({{62 ans}}) a une facture {{Engie}} de {{1 347 €}} de régularisation. Réf. client [[IDENTIFIANT:300 014 782 556]]. L'agent ([[PERSONNE:Mathieu]]) monte le dossier pour le {{FSL}}. Il note le portable de madame : [[TELEPHONE:06 21 84 55 09]]. Décision en commission dans {{3 semaines}}.",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente du {{CCAS}}, plus petite que celle de la {{Caf}}. {{6 chaises}}, du gel, des flyers des {{Restos du Cœur}} et de la {{banque alimentaire}}. Tout le monde se dit bonjour en entrant, c'est fou comme ça change l'ambiance. La dame de l'accueil connaît presque tout le monde par son prénom.",
    ),
    (
        "ccas",
        AP,
        "{{Amiens}}, quartier {{Henriville}}. Dossier {{APA}} pour Mme [[PERSONNE:Yvonne Lecomte]], {{91 ans}}, qui vit seule au [[ADRESSE:22 rue Jules Barni, 80000 Amiens]]. C'est sa fille qui est venue, elle donne son mail : [[EMAIL:catherine.lecomte-blin@wanadoo.fr]]. Visite de l'évaluatrice du {{Département}} à prévoir. La fille : « elle veut pas d'aide, elle dit qu'elle fait tout toute seule ».",
    ),
    (
        "ccas",
        AP,
        "{{Metz}}, {{Bellecroix}}. Famille syrienne, M. [[PERSONNE:Al Hamoud]] et sa femme [[PERSONNE:Rasha]], {{4 enfants}}. Demande de bons alimentaires en attendant le premier versement {{Caf}}. Attestation Caf : n° allocataire [[N_ALLOCATAIRE:1093846]], droits ouverts mais rien versé. L'agente donne {{2 bons de 40 €}} pour {{Cora}}. C'est le grand de {{11 ans}} qui traduit.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Strasbourg}}, instruction {{RSA}}. Mme [[PERSONNE:Fatoumata Keïta]], séparée, {{2 enfants}}. L'agente remplit la demande en ligne avec elle. Inscrite à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:2147 985 R]], qu'elle lit sur son téléphone. L'agente : « parfait, c'est rare qu'on l'ait du premier coup ».",
    ),
    (
        "ccas",
        AP,
        "{{Mulhouse}}. M. [[PERSONNE:Nicolas Gerber]], {{27 ans}}, promesse d'embauche chez {{Stellantis}} à {{Sausheim}}, travail en équipe, pas de bus à {{4h}} du matin. Il a une vieille {{Clio}} ([[IMMATRICULATION:CZ-318-FA]]) mais pas d'assurance. Demande d'aide pour le premier mois d'assurance, dossier pour la commission des aides facultatives. L'agente y croit.",
    ),
    (
        "ccas",
        AP,
        "Petite commune, environ {{1 200 habitants}} : le {{CCAS}} c'est la secrétaire de mairie le mardi après-midi. Elle fait tout, état civil, urbanisme, colis de {{Noël}} et l'aide sociale. Aujourd'hui : un monsieur pour le fioul, une dame pour le portage de repas. Elle connaît la vie de chacun. « Ici c'est pas anonyme, c'est comme ça. »",
    ),
    (
        "ccas",
        AP,
        "{{Limoges}}. Mme [[PERSONNE:Ribeiro]] vient pour son fils [[PERSONNE:Tiago]], {{19 ans}}, qui veut passer le {{BAFA}} : aide jeunes. L'agent : « il faut que ce soit lui qui vienne ». Elle : « il dort ». Rire général dans la salle d'attente.",
    ),
    (
        "ccas",
        AP,
        "{{Tourcoing}}. M. [[PERSONNE:Rachid Ait Ouarab]], impayés de loyer chez {{Vilogia}}, {{2 400 €}}. Le courrier d'huissier mentionne sa réf. locataire [[IDENTIFIANT:VLG-0045871]] et son adresse, [[ADRESSE:5 rue de Roncq, 59200 Tourcoing]]. Orientation {{FSL}} et {{ADIL}}. Il a honte, il parle tout bas. L'agente baisse la voix elle aussi.",
    ),
    (
        "ccas",
        AP,
        "ATTENTION LE {{CCAS}} DE {{VILLENEUVE-D'ASCQ}} FERME À {{12H}} LE VENDREDI. UN MONSIEUR ARRIVÉ À {{12H05}} TAPE À LA VITRE. L'AGENTE RESSORT LUI PARLER, {{10 MINUTES}} SOUS LE PORCHE. ELLE S'APPELLE [[PERSONNE:NATHALIE]]. JE NOTE LE GESTE.",
    ),
    (
        "ccas",
        AP,
        "{{Villeneuve-d'Ascq}}. Étudiante marocaine à la {{Cité scientifique}}, Mlle [[PERSONNE:Salma Bennani]], aide d'urgence : le virement de ses parents est bloqué. L'agente demande le titre de séjour étudiant, n° [[IDENTIFIANT:5902761148]]. {{150 €}} accordés en chèques service. Elle pleure de soulagement.",
    ),
    (
        "ccas",
        AP,
        "{{Lyon}} {{9e}}. Aide exceptionnelle pour une facture de cantine, versée directement sur le compte de la maman. Elle a son RIB dans son appli bancaire, l'agent recopie : [[IBAN:FR76 1027 8010 0600 0207 3184 502]]. Mme [[PERSONNE:Mbemba]], {{3 enfants}} à l'école du quartier. Délai : {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "{{Hayange}}. Ancien sidérurgiste, au chômage depuis la fermeture des hauts fourneaux. M. [[PERSONNE:Zimmermann]] : domiciliation + colis. Il donne son numéro : [[TELEPHONE:03 82 84 17 66]], « c'est le fixe de ma sœur ». L'agente lui parle de l'épicerie solidaire de {{Florange}}.",
    ),
    (
        "ccas",
        AP,
        "{{11h40}} pause café ☕ personne ne parle des usagers. sain.",
    ),
    (
        "ccas",
        AP,
        "{{Wattrelos}}. Jeune maman, [[PERSONNE:Inès Benhamou]], vend des gâteaux sur {{Instagram}} ([[IDENTIFIANT:@lesdouceursdines59]]) et se demande si elle doit le déclarer pour le {{RSA}}. L'agent : oui. Il lui parle du statut de micro-entrepreneur. Elle ne savait pas que ça comptait, « vu que c'est que des gâteaux ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# CCAS: accueil téléphonique, contrôle sur place; urgences: accueil physique (1)
# ---------------------------------------------------------------------------------------------
NOTES_CCAS_URG = [
    (
        "ccas",
        AT,
        "Standard du {{CCAS}} de {{Roubaix}}, j'écoute avec le 2e casque. Monsieur qui veut un RDV pour une domiciliation. L'agente prend son nom, [[PERSONNE:Grégory Lemahieu]], et un numéro où le joindre : [[TELEPHONE:07 51 23 98 04]] (« c'est celui de mon pote, moi j'ai plus de forfait »). RDV mardi {{9h30}}.",
    ),
    (
        "ccas",
        AT,
        "Inscription au registre canicule par téléphone. La fille appelle de {{Paris}} pour sa mère qui vit seule à {{Metz}} : Mme [[PERSONNE:Renée Colin]], née en [[DATE_NAISSANCE:1936]], [[ADRESSE:15 rue Mazelle, 57000 Metz]], fixe [[TELEPHONE:03 87 36 45 12]]. L'agent remplit la fiche. Une voisine a-t-elle une clé ? « Mme [[PERSONNE:Dos Santos]], au 2e ».",
    ),
    (
        "ccas",
        AT,
        "Journal d'appels du matin ({{9h}}-{{12h}}) au {{CCAS}} : {{37 appels}}. RDV ({{14}}), colis alimentaire ({{8}}), « c'est où la {{Caf}} ? » ({{5}}), aide facture ({{6}}), erreur de numéro ({{4}}). L'agente remplit une grille papier avec des bâtons.",
    ),
    (
        "ccas",
        AT,
        "{{Strasbourg}}. Appel de M. [[PERSONNE:Lutz]] pour l'aide municipale à la rentrée scolaire. L'agente lui demande son numéro {{Caf}} pour le quotient familial : « [[N_ALLOCATAIRE:6158302]] ». Quotient {{412}}, il a droit. Il doit quand même venir avec les certificats de scolarité. « Pourquoi vous pouvez pas les demander à l'école ? » Bonne question.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une assistante sociale de l'hôpital de {{Hautepierre}}, Mme [[PERSONNE:Brunstein]] : un patient sort demain, sans domicile, demande {{SIAO}} faite (réf [[IDENTIFIANT:SIAO67-2024-03391]]) mais pas de place. Le {{CCAS}} peut-il le domicilier ? Patient : M. [[PERSONNE:Adrian Popescu]], roumain, {{38 ans}}. Oui pour la domiciliation, non pour l'hébergement (« c'est pas nous »).",
    ),
    (
        "ccas",
        AT,
        "{{Amiens}}. Jeune de {{20 ans}} qui veut une aide pour passer le permis, il sort d'une formation à l'{{Afpa}}. Inscrit à {{France Travail}} ? « Oui mon identifiant c'est [[ID_FRANCE_TRAVAIL:0387214T]] ». L'agente lui conseille de voir d'abord avec sa conseillère, France Travail finance parfois. Prénom : [[PERSONNE:Enzo]].",
    ),
    (
        "ccas",
        AT,
        "Appel tendu. Une dame n'a pas eu son colis parce qu'elle est arrivée après {{11h}}. Elle crie. L'agent, [[PERSONNE:Karim]], ne monte pas d'un ton : « Je comprends, madame. Je vais voir ce que je peux faire. » Il appelle l'épicerie solidaire sur l'autre ligne, obtient un créneau jeudi. Elle raccroche sans merci. Lui : « elle dira merci jeudi ».",
    ),
    (
        "ccas",
        AT,
        "{{Mulhouse}}. Un monsieur rappelle parce que son aide de {{200 €}} n'est pas arrivée. Le RIB saisi était faux. Il redonne banque, guichet, compte, clé : « [[IBAN:30003 01740 00050918274 41]] ». L'agente relit chiffre par chiffre. M. [[PERSONNE:Bensaïd]] s'excuse, c'était son ancien compte.",
    ),
    (
        "ccas",
        AT,
        "{{Grenoble}}. Appel d'un voisin inquiet : une dame âgée de son immeuble ne répond plus depuis {{2 jours}}. Mme [[PERSONNE:Gallo]], fixe [[TELEPHONE:04 76 43 18 92]]. L'agente appelle, pas de réponse, elle prévient la police municipale. Je n'ai pas su la suite.",
    ),
    (
        "ccas",
        AT,
        "La ligne du {{CCAS}} est ouverte {{8h30}}-{{12h}} et {{13h30}}-{{17h}}. À {{12h01}} le répondeur prend le relais. Les messages sont écoutés le lendemain, parfois {{40}}. L'agente rappelle tout le monde. Vraiment tout le monde.",
    ),
    (
        "ccas",
        AT,
        "{{Lille-Sud}}. Une dame veut recevoir le formulaire d'aide aux vacances par mail. Elle épelle : « [[EMAIL:nadia_boughaba@hotmail.com]], avec un tiret du bas ». L'agent envoie depuis l'adresse générique du service. {{3 enfants}}, jamais partis. Destination rêvée : {{Berck}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une chargée de clientèle de {{Lille Métropole Habitat}} : locataire âgé qui n'ouvre plus à personne. M. [[PERSONNE:Henri Vanneste]], réf. locataire [[IDENTIFIANT:LMH 4471 208]], [[ADRESSE:3 allée des Peupliers, Hellemmes]]. L'agente du {{CCAS}} programme une visite avec l'infirmière du {{CLIC}}. La chargée de clientèle s'appelle [[PERSONNE:Sabrina]].",
    ),
    (
        "ccas",
        AT,
        "{{Tourcoing}}. Sa voiture est partie en fourrière (garée sur une place livraison), plaque [[IMMATRICULATION:EF 611 TN]]. {{147 €}} + frais de garde. Il demande si le {{CCAS}} peut payer. L'agente : « non, mais venez, on regarde votre situation ». Il s'appelle [[PERSONNE:Yacine]], il est livreur : sans voiture, plus de boulot.",
    ),
    (
        "ccas",
        CSP,
        "Visite canicule avec [[PERSONNE:Élodie]] ({{CCAS}} de {{Roubaix}}). {{14h}}, {{34 °C}}. Chez M. [[PERSONNE:Maurice Delbecq]], {{93 ans}}, [[ADRESSE:61 rue du Fontenoy, 59100 Roubaix]]. Volets fermés, bouteilles d'eau au frais, il va bien. Un vieux canari, {{Pilou}}, chante. La voisine, Mme [[PERSONNE:Hamidi]], passe matin et soir ; elle laisse son numéro : [[TELEPHONE:06 60 12 48 75]].",
    ),
    (
        "ccas",
        CSP,
        "{{Metz}}, {{Borny}}. Enquête sociale à domicile pour une aide exceptionnelle. Famille [[PERSONNE:Tshibangu]], {{5 enfants}}, F4 très humide. L'assistante sociale, Mme [[PERSONNE:Pierson]], regarde les papiers : courrier de la {{Caf}} (n° alloc [[N_ALLOCATAIRE:2739015]]), un RIB aimanté sur le frigo, [[IBAN:FR76 3000 4008 1200 0102 7456 397]]. Elle le prend en photo pour le dossier. Les enfants font leurs devoirs sur la table de la cuisine.",
    ),
    (
        "ccas",
        CSP,
        "Ce qui change quand on va chez les gens : on voit ce qu'ils ne disent pas au guichet. Le frigo, les médicaments sur la table, le calendrier avec les RDV au feutre, le chauffage d'appoint. L'agente du {{CCAS}} fait {{2 visites}} par semaine au maximum, « sinon on ne fait plus que ça ».",
    ),
    (
        "ccas",
        CSP,
        "{{Amiens}}, quartier {{Saint-Maurice}}. Visite avec le service hygiène suite à un signalement : mère seule, moisissures partout, fenêtre qui ne ferme pas, au [[ADRESSE:9 rue Vulfran Warmé, 80000 Amiens]]. Propriétaire : M. [[PERSONNE:Delahaye]], injoignable. La locataire, Mme [[PERSONNE:Koné]], nous montre l'inhalateur de son fils. Rapport pour l'{{ARS}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Cronenbourg}}. M. [[PERSONNE:Ernest Wolff]], {{79 ans}}, appartement encombré jusqu'au plafond, on passe de côté. Charmant, il parle de sa femme morte en {{2011}}. Son neveu, seul contact, a laissé son mail au {{CCAS}} : [[EMAIL:thierry.wolff67@sfr.fr]]. L'agente propose une aide ménagère, il refuse poliment : « je sais où est chaque chose ».",
    ),
    (
        "ccas",
        CSP,
        "{{Marseille}}. Famille hébergée à l'hôtel ({{hôtel Le Provençal, chambre 214}}), {{4}} dans {{12 m²}}, un réchaud électrique interdit sous le lit. La maman, Mme [[PERSONNE:Diakité]], montre les cahiers des enfants. L'agente vérifie qu'ils vont bien à l'école. Ils sont là depuis {{7 mois}}.",
    ),
    (
        "ccas",
        CSP,
        "Un homme qui vit à l'année au camping : [[ADRESSE:camping de l'Ill, emplacement 31]], à {{Mulhouse}}. Mobil-home ancien, une gazinière, un chat, {{Tigrou}}. M. [[PERSONNE:Jacky Muller]], {{66 ans}}, retraité du bâtiment. Sa voiture, [[IMMATRICULATION:BN-552-XK]], ne roule plus. L'agente parle logement social, il ne veut pas : « ici je suis libre ».",
    ),
    (
        "ccas",
        CSP,
        "Trajet en voiture de service. L'agente me raconte : {{23 ans}} au {{CCAS}}, {{5 maires}}, {{3 logiciels}} et « zéro augmentation ». Elle rit. La visite est annulée au dernier moment, la dame est hospitalisée. Demi-tour.",
    ),
    (
        "ccas",
        CSP,
        "{{Moulins}}, {{Lille}}. Visite à domicile pour finir un dossier d'aide : Mme [[PERSONNE:Nathalie Verbeke]] ne peut plus se déplacer (prothèse de hanche). L'agent recopie sa carte d'identité, n° [[IDENTIFIANT:120459204571]], née le [[DATE_NAISSANCE:09/04/1963]]. Café servi dans des tasses du {{LOSC}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Saint-Étienne}}. Famille qui vit dans un camion aménagé sur le parking du stade depuis {{3 semaines}}, plaque [[IMMATRICULATION:DL-095-MB]]. Le père, M. [[PERSONNE:Hamza]], fait de l'intérim, la mère garde le bébé. L'agente propose un hébergement d'urgence ; ils hésitent, ils ne veulent pas être séparés. RDV demain.",
    ),
    (
        "ccas",
        CSP,
        "{{Tourcoing}}, {{Virolois}}. Visite chez Mme [[PERSONNE:Kaddouri]] pour une aide au maintien dans le logement. Son fils [[PERSONNE:Walid]], {{23 ans}}, vit avec elle, sans emploi : l'agente note son identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:5541208M]] et le n° allocataire de la mère, [[N_ALLOCATAIRE:0871462]]. Le fils pose plein de questions sur l'ancienne garantie jeunes, devenue le {{CEJ}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHU de Lille}}, bureau des admissions, {{23h10}}. Monsieur âgé amené par les pompiers, sa femme suit. L'agente administrative demande la {{carte Vitale}} : M. [[PERSONNE:Roger Deconinck]], NIR [[NIR:1 49 04 59 599 318 42]]. Né à {{Tourcoing}}, « comme mon père ». Dossier créé, {{IPP}} [[IDENTIFIANT:100457832]] imprimé sur le bracelet. {{4 min}}. Et l'attente commence.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente des urgences, {{2h du matin}}. {{19 personnes}}. L'écran affiche « temps d'attente estimé : {{4h}} ». Un monsieur dort sur {{3 chaises}}. Un agent de sécurité fait des rondes. La télé passe {{BFM}} sans le son. Je n'aurais pas tenu.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Roubaix}} (hôpital {{Victor Provo}}). Jeune homme amené par un ami, sans papiers ni {{carte Vitale}}, il dit s'appeler [[PERSONNE:Ilyes]], pas de nom de famille. L'agente crée le dossier avec ce qu'elle a : « {{patient X}} », âge estimé {{25 ans}}. L'ami, [[PERSONNE:Samy]], reste. « On soigne d'abord, on verra après », dit l'IOA.",
    ),
    (
        "urgences",
        AP,
        "{{CHU Amiens-Picardie}}, urgences pédiatriques. Bébé de {{8 mois}}, {{39,8}} de fièvre. L'agente d'accueil prend l'identité : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:16/01/2024]]. Mère : [[PERSONNE:Hélène Boulanger]], portable [[TELEPHONE:07 86 55 02 19]]. Elle tremble, l'agente lui dit de s'asseoir, « on s'occupe de tout ».",
    ),
    (
        "urgences",
        AP,
        "{{Hôpital de Mercy}}, {{Metz}}. Une voiture garée sur la zone ambulances, moteur allumé, portière ouverte : [[IMMATRICULATION:GH-823-WD]]. Le vigile la fait déplacer ; c'est un papa qui a déposé sa fille en crise d'asthme et qui a paniqué. L'agente d'accueil : « ça arrive {{3 fois}} par nuit ».",
    ),
    (
        "urgences",
        AP,
        "{{Hautepierre}}. Dame de {{94 ans}} amenée de l'{{EHPAD Saint-Joseph}} avec sa fiche de liaison. L'agente lit : Mme [[PERSONNE:Marie-Thérèse Kern]], née le [[DATE_NAISSANCE:2 août 1930]]. Elle appelle la fille, dont le numéro est sur la fiche : [[TELEPHONE:06 07 33 91 58]]. Messagerie. Elle laisse un message très doux.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Mulhouse}}. « Tiens, revoilà [[PERSONNE:Gégé]] » : monsieur sans domicile, habitué, arrive à pied, pied gonflé. Tout le monde l'appelle par son surnom. Son nom à l'écran : [[PERSONNE:Gérard Kientz]]. Il demande un café avant tout. On lui donne.",
    ),
    (
        "urgences",
        AP,
        "{{Toulouse}}, {{Purpan}}. Touriste espagnole, cheville tordue place du {{Capitole}}. Elle donne sa carte européenne d'assurance maladie et son passeport, l'agente recopie le n° [[IDENTIFIANT:PAB482157]]. Mme [[PERSONNE:Lucía Fernández Ortega]]. Sa copine traduit ; l'agente est ravie de parler espagnol.",
    ),
    (
        "urgences",
        AP,
        "L'IOA (infirmière d'accueil et d'orientation) trie sur {{5 niveaux}} de gravité. Elle a {{90 secondes}} par personne. Le plus dur, dit-elle, ce sont les gens qui « n'ont l'air de rien » et qui font un infarctus. Elle garde un carnet des patients qu'elle s'inquiète d'avoir renvoyés en salle. Non, elle ne me le montre pas.",
    ),
    (
        "urgences",
        AP,
        "{{Tourcoing}}, hôpital {{Gustave Dron}}. Femme, {{40 ans}} passés, coupure à la main (cuisine). Pour la facture, l'agente vérifie l'adresse, [[ADRESSE:118 boulevard Gambetta, 59200 Tourcoing]], et la mutuelle : {{Malakoff Humanis}} n° [[IDENTIFIANT:74120953]]. Mme [[PERSONNE:Vandewalle]] est infirmière à {{Lille}}, elle s'excuse de déranger « des collègues ».",
    ),
    (
        "urgences",
        AP,
        "🚑🚑🚑 {{3 ambulances}} en {{10 min}}. « tu tiens la porte ? » je tiens la porte 💪",
    ),
    (
        "urgences",
        AP,
        "{{Hôpital Saint-Vincent-de-Paul}}, {{Lille}}. Monsieur SDF arrive avec sa chienne, {{Nala}}, une vieille bergère. Les chiens ne rentrent pas, il refuse de la laisser. Compromis : l'agent de sécurité la garde dehors, attachée au banc. M. [[PERSONNE:Dimitri]], {{45 ans}}, est vu en {{1h}}. À la sortie, Nala lui fait la fête.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Urgences: accueil physique (2), accueil téléphonique; CHRS: accueil physique
# ---------------------------------------------------------------------------------------------
NOTES_URG_CHRS = [
    (
        "urgences",
        AP,
        "{{Nantes}}, {{CHU}}, admissions. Mme [[PERSONNE:Josépha Bellance]], née à {{Fort-de-France}}, douleur thoracique, passée direct en box. Son compagnon donne la {{carte Vitale}} au guichet, l'agent lit le NIR à voix haute pour vérifier : « [[NIR:2 75 06 97 209 044 95]] ». Le compagnon : « oui c'est ça, le 97 c'est la {{Martinique}} ». Il ne connaît pas la mutuelle. « Pas grave, on verra plus tard. »",
    ),
    (
        "urgences",
        AP,
        "Ado de {{16 ans}}, bras cassé au skatepark, arrive avec son père. L'agente : « date de naissance ? » Le gamin : « [[DATE_NAISSANCE:vingt-huit mai deux mille huit]] ». Le père le reprend : « [[DATE_NAISSANCE:deux mille HUIT]], oui ». Ils rigolent tous les deux malgré le bras. Prénom : [[PERSONNE:Mattéo]].",
    ),
    (
        "urgences",
        AP,
        "{{4h}}. Un homme très alcoolisé crie dans le hall, renverse le présentoir de flyers. Deux agents de sécurité, calmes, le font asseoir. L'agente d'accueil continue d'enregistrer une maman comme si de rien n'était. Après : « si je m'arrête à chaque fois, la file double ».",
    ),
    (
        "urgences",
        AP,
        "{{Bordeaux}}, {{Pellegrin}}. Motard amené par le {{SMUR}}, sa moto est restée sur la rocade. Son pote arrive et donne les infos à l'accueil : [[PERSONNE:Julien Carrère]], {{31 ans}}. Il demande où récupérer la moto, plaque [[IMMATRICULATION:FK-307-CE]] ; l'agente ne sait pas, « voyez avec la police ». Il appelle la copine de [[PERSONNE:Julien]] devant moi.",
    ),
    (
        "urgences",
        AP,
        "Patient sans mutuelle, ne peut pas payer le ticket modérateur sur place. L'agente prend son mail pour envoyer la facture : [[EMAIL:b.mahamadou@outlook.fr]]. M. [[PERSONNE:Boubacar Mahamadou]], chauffeur {{VTC}}, gêné. Elle lui parle de la {{CSS}}, il ne connaissait pas.",
    ),
    (
        "urgences",
        AP,
        "{{Strasbourg}}, {{NHC}}. Bureau des frais de séjour, à côté de l'accueil des urgences : une dame a payé {{2 fois}} la même facture, en ligne puis au guichet. Remboursement par virement, elle dicte son IBAN : [[IBAN:FR76 1751 5900 0004 5123 7896 567]]. Mme [[PERSONNE:Sophie Klein]]. L'agent : « comptez {{6 semaines}} ». Soupir.",
    ),
    (
        "urgences",
        AP,
        "Relève de {{7h}}. L'agente de nuit transmet à celle du matin, {{3 min}}, à l'oral : « {{box 4}} attend le scanner, {{box 7}} la famille arrive, la dame du couloir ça va mieux ». Rien n'est écrit. Tout tient dans leurs têtes.",
    ),
    (
        "urgences",
        AP,
        "Monsieur âgé, confus, amené par un chauffeur de bus {{Divia}} qui l'a trouvé au terminus. Pas de téléphone, juste un portefeuille. L'agente lit la carte d'identité : M. [[PERSONNE:Albert Meunier]], né le [[DATE_NAISSANCE:11/11/1938]], [[ADRESSE:4 rue des Acacias, 21000 Dijon]]. Il répète « [[PERSONNE:Ginette]] va s'inquiéter ». L'agente appelle le commissariat pour retrouver [[PERSONNE:Ginette]].",
    ),
    (
        "urgences",
        AT,
        "Ligne des urgences. Une femme appelle : « est-ce que mon père est chez vous ? [[PERSONNE:Lucien Petitjean]], né le [[DATE_NAISSANCE:5 mars 1941]] ». L'agente vérifie mais ne confirme rien avant d'avoir rappelé le numéro, « c'est la procédure ». Elle rappelle au [[TELEPHONE:06 32 77 14 85]], c'est bien la fille. {{3 min}} de procédure que je trouvais absurde, puis j'ai compris.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} appelle pour annoncer une arrivée : « homme, {{67 ans}}, douleur thoracique, dans {{10 minutes}} ». L'agente note sur un tableau blanc. Pas de nom, juste l'âge, l'heure, le motif. Elle prévient le déchoc.",
    ),
    (
        "urgences",
        AT,
        "{{Lille}}. Le labo appelle pour une troponine élevée d'un patient déjà reparti. L'agente retrouve le dossier : {{IPP}} [[IDENTIFIANT:200381745]], M. [[PERSONNE:Kowalczyk]]. Le médecin veut le rappeler ; fiche sans téléphone. L'agente fouille un ancien passage de {{2022}}, trouve [[TELEPHONE:03 20 55 41 27]]. Ça sonne. Il décroche. Soulagement général.",
    ),
    (
        "urgences",
        AT,
        "Monsieur qui appelle pour une facture reçue après un passage aux urgences : {{23 €}}, « c'était pas gratuit ? ». L'agente demande le numéro de la facture : [[IDENTIFIANT:FU-2024-118734]]. Elle explique le {{forfait patient urgences}}. Il paiera, pas content.",
    ),
    (
        "urgences",
        AT,
        "{{Metz}}, {{Mercy}}. Une dame a oublié son sac en salle d'attente hier soir : sac {{Longchamp}} bleu marine, papiers au nom de [[PERSONNE:Yasmina Ferhat]]. L'agente vérifie au PC sécurité : trouvé. Elle prend son numéro pour la rappeler : [[TELEPHONE:07 69 02 33 18]].",
    ),
    (
        "urgences",
        AT,
        "Le téléphone de l'accueil sonne toutes les {{2 minutes}}. La moitié des appels : « combien de temps d'attente ? ». Réponse toujours la même : « je ne peux pas vous dire, ça dépend des urgences vitales ». Elle voudrait un message enregistré. On lui a dit non.",
    ),
    (
        "urgences",
        AT,
        "Appel de la police (commissariat de {{Valence}}) : un accidenté de la route est-il arrivé ? Le conducteur du véhicule [[IMMATRICULATION:EY-482-RS]], M. [[PERSONNE:Tran Van Minh]]. L'agente ne donne rien au téléphone, elle demande une réquisition écrite. Le policier soupire, il envoie un fax (oui, un fax).",
    ),
    (
        "urgences",
        AT,
        "{{Amiens}}. La {{Résidence Les Jardins d'Alice}} ({{EHPAD}}) prévient qu'elle envoie une résidente : Mme [[PERSONNE:Paulette Dumont]], {{96 ans}}, chute. L'infirmière de l'EHPAD, [[PERSONNE:Sandra]], dicte les traitements. L'agente : « vous envoyez le {{DLU}} ? » « oui, avec l'ambulance ».",
    ),
    (
        "urgences",
        AT,
        "Appel en anglais : un touriste écossais cherche son ami emmené en ambulance depuis la fan zone du {{Stade Pierre-Mauroy}}. Nom : [[PERSONNE:Callum McKenzie]] ; numéro britannique pour le rappeler : [[TELEPHONE:+44 7700 918 342]]. L'agente (anglais scolaire mais efficace) lui dit de venir avec une pièce d'identité. « Thank you so much, you're a star. »",
    ),
    (
        "urgences",
        AT,
        "{{Mulhouse}}. Un généraliste, le Dr [[PERSONNE:Ackermann]], annonce un patient qu'il envoie avec un courrier : M. [[PERSONNE:Antoine Rieffel]], né en [[DATE_NAISSANCE:1957]], suspicion d'appendicite. L'agente note et transmet à l'IOA. « Il arrive en taxi, il a le courrier. »",
    ),
    (
        "urgences",
        AT,
        "Appel à {{3h}} du matin : une dame a mal à une dent depuis {{2 jours}}, peut-elle venir ? L'agente lui conseille d'appeler le {{15}}, qui oriente vers la garde dentaire. Puis, à moi : « la dent, c'est le grand classique de la nuit ».",
    ),
    (
        "urgences",
        AT,
        "{{Strasbourg}}. Une assistante sociale de secteur veut savoir si une personne qu'elle suit est hospitalisée. Pour l'identifier, elle donne le NIR : [[NIR:192016748276159]]. L'agente refuse de répondre sans l'accord du patient. L'AS insiste, « c'est pour son hébergement ». L'agente propose de transmettre un message au service. M. [[PERSONNE:Hakimi]], il s'appelle.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Lille}} ({{ABEJ Solidarité}}). Arrivée d'une mère et sa fille orientées par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO59-24-118726]]. Mme [[PERSONNE:Mariam Sow]] et [[PERSONNE:Aminata]], {{6 ans}}. L'éducatrice, [[PERSONNE:Claire]], fait la visite : {{chambre 12}}, sanitaires partagés, cuisine collective. La petite demande si son doudou peut venir au réfectoire. Oui.",
    ),
    (
        "chrs",
        AP,
        "Signature du contrat de séjour. M. [[PERSONNE:Laurent Giraud]], né le [[DATE_NAISSANCE:17 décembre 1975]], sort de {{6 mois}} de rue. Le travailleur social lit le règlement à voix haute, article par article. Participation : {{10 %}} des ressources ({{RSA}}). N° {{Caf}} : [[N_ALLOCATAIRE:3385720]]. Il signe « [[PERSONNE:L. Giraud]] » avec application.",
    ),
    (
        "chrs",
        AP,
        "{{7h30}} au {{CHRS}}, petit-déjeuner. Pain, café, confiture {{Bonne Maman}}. Les résidents arrivent un par un, certains disent bonjour, d'autres pas. Le veilleur de nuit raconte à l'éducateur : « calme, juste le {{3}} qui a fait une crise vers {{2h}} ». Je comprends que le {{3}} est une chambre.",
    ),
    (
        "chrs",
        AP,
        "{{Metz}}. M. [[PERSONNE:Zabihullah Ahmadi]], afghan, {{29 ans}}, réfugié depuis {{2023}}. L'éducateur vérifie son titre de séjour pour les ouvertures de droits : n° {{AGDREF}} [[IDENTIFIANT:5703218946]]. Il parle dari, un peu anglais. Il était cuisinier à {{Kaboul}}, il propose de cuisiner pour tout le monde vendredi.",
    ),
    (
        "chrs",
        AP,
        "{{Strasbourg}}. Arrivée en urgence d'une femme victime de violences, amenée par une intervenante du {{CIDFF}}. Elle a changé de numéro et ne le donne qu'à l'éducatrice : [[TELEPHONE:07 45 19 82 60]]. Elle répète : « il ne faut pas que [[PERSONNE:Sofiane]] sache où je suis ». Chambre au 2e, code de la porte changé la semaine dernière.",
    ),
    (
        "chrs",
        AP,
        "{{Marseille}}. Homme de {{50 ans}} avec un chien, {{Rex}}, refusé dans {{2 centres}} à cause du chien. Ici les animaux sont acceptés (un des rares, dit l'éducateur). M. [[PERSONNE:Patrice]] pleure quand on lui dit oui. Je n'avais jamais vu un homme pleurer pour ça.",
    ),
    (
        "chrs",
        AP,
        "{{Roubaix}}. Bonne nouvelle au {{CHRS}} : M. [[PERSONNE:Hamid Boukherroub]] a signé un {{CDD}} chez {{La Redoute}} (entrepôt de {{Wattrelos}}). Sa conseillère {{France Travail}} lui a envoyé le contrat par mail, il nous le montre : envoyé à [[EMAIL:hamid.boukherroub59@gmail.com]], son identifiant [[ID_FRANCE_TRAVAIL:4419602H]] en objet. Tout le monde applaudit au déjeuner.",
    ),
    (
        "chrs",
        AP,
        "{{Lyon}}. Mise en place du prélèvement de la participation (certains paient en espèces au bureau). Mme [[PERSONNE:Nadège Fontaine]] préfère le prélèvement, elle donne son RIB : [[IBAN:FR76 1130 6000 3048 0122 6791 140]]. « Comme ça j'oublie pas. » {{52 €}} par mois.",
    ),
    (
        "chrs",
        AP,
        "{{Amiens}}. Couple qui a vécu {{4 mois}} dans sa voiture, un {{Scénic}} gris, [[IMMATRICULATION:CM-628-HL]], sur le parking du {{Zénith}}. M. et Mme [[PERSONNE:Leroux]]. La voiture est maintenant dans la cour du {{CHRS}}, ils ne veulent pas s'en séparer. L'éducateur : « c'est leur maison d'avant, on la laisse ».",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe du jeudi : {{8 travailleurs sociaux}} autour de la table, on passe les situations une par une. On dit « le monsieur de la {{14}} », « la dame avec les jumeaux ». Ils évitent les noms devant moi. Délicat. Chaque situation a sa couleur sur le tableau : vert « ça avance », orange « bloqué administrativement », rouge « risque de rupture ». Ce jeudi, {{4 rouges}}. Pour l'une, un monsieur qui ne vient plus aux repas depuis une semaine, l'équipe décide qu'un éducateur ira frapper à sa porte le soir même et qu'on appellera l'infirmière du {{CMP}} demain. Pour une autre, la préfecture bloque un renouvellement de titre depuis {{5 mois}} : le chef de service écrit un courrier de plus, « le {{6e}} ». Personne n'élève la voix. En sortant, une éducatrice me dit que la réunion du jeudi est le seul moment de la semaine où elle ne se sent pas seule avec ses situations.",
    ),
    (
        "chrs",
        AP,
        "{{Toulouse}}. M. [[PERSONNE:Abdelrahman Idriss]], soudanais, né le [[DATE_NAISSANCE:01/01/1996]] (« au {{Soudan}}, l'état civil met souvent le premier jour de l'année », rit-il). Récépissé de demande de titre de séjour n° [[IDENTIFIANT:3102457789]], valable {{6 mois}}. L'éducatrice photocopie.",
    ),
    (
        "chrs",
        AP,
        "{{Mulhouse}}. Mme [[PERSONNE:Emine Kaya]] et ses {{3 enfants}}, au {{CHRS}} depuis {{2 mois}}. Enfin : la {{Caf}} a ouvert ses droits. Courrier, n° allocataire [[N_ALLOCATAIRE:7024518]]. L'éducatrice lui explique la part logement. Elle veut un appartement « à {{Illzach}}, près de ma sœur ».",
    ),
    (
        "chrs",
        AP,
        "CE MATIN BAGARRE DANS LA COUR ENTRE DEUX RÉSIDENTS POUR UNE CIGARETTE. L'ÉDUCATEUR [[PERSONNE:FRANCK]] S'INTERPOSE, CALME, SANS CRIER. {{5 MINUTES}} APRÈS ILS FUMENT ENSEMBLE. JE N'AI RIEN COMPRIS.",
    ),
    (
        "chrs",
        AP,
        "Ouverture de la {{CSS}} pour un résident, sur {{ameli}}, avec l'éducateur. Numéro de sécu : [[NIR:1 80 10 44 109 233 35]], né à {{Nantes}}. M. [[PERSONNE:Cédric Le Floch]], {{44 ans}}, {{20 ans}} aux chantiers de {{Saint-Nazaire}}. Il dit que c'est la première fois qu'il demande « une aide ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# CHRS / 115: accueil téléphonique, contrôle sur place; France Travail: accueil physique (1)
# ---------------------------------------------------------------------------------------------
NOTES_CHRS_FT = [
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}, poste d'écoute, {{21h40}}. Homme, voix fatiguée : « c'est [[PERSONNE:Thierry]], [[PERSONNE:Thierry Lenoir]], j'ai déjà appelé hier ». L'écoutante retrouve sa fiche : né le [[DATE_NAISSANCE:03/02/1968]], dort sous le pont de la {{Deûle}}, côté {{Bois-Blanc}}. Pas de place ce soir. Elle propose la halte de nuit, il dit qu'il y a trop de bruit. Elle note son numéro : [[TELEPHONE:06 19 72 40 83]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Moselle}}. Une femme avec {{2 enfants}} dort dans sa voiture sur le parking du {{Waves}} à {{Actisud}}. Elle donne la plaque pour que la maraude la trouve : [[IMMATRICULATION:FD-147-ZR]], {{Peugeot 207}} noire. Elle s'appelle [[PERSONNE:Jessica]]. L'écoutant déclenche la maraude de la {{Croix-Rouge}}. Hôtel trouvé à {{23h}}.",
    ),
    (
        "chrs",
        AT,
        "Bilan de la soirée au {{115}} : {{212 appels}} reçus, {{64}} décrochés, {{9 places}} attribuées. L'écoutante : « les {{148}} autres, on ne sait pas ». Je reste longtemps sur ce chiffre.",
    ),
    (
        "chrs",
        AT,
        "{{Strasbourg}}, plan grand froid, {{-5 °C}}. Un monsieur polonais appelle d'une cabine, il épelle : « [[PERSONNE:Ś-L-I-W-A]] ». L'écoutant écrit « [[PERSONNE:Sliwa]] ». Gymnase ouvert à {{Cronenbourg}}, il y va à pied, {{40 min}}. L'écoutant prévient le gymnase : « un monsieur [[PERSONNE:Sliwa]] arrive ».",
    ),
    (
        "chrs",
        AT,
        "Appel au {{115}} du gérant d'un {{Carrefour City}} : un homme dort devant l'entrée depuis {{3 nuits}}, « il gêne pas mais je m'inquiète, il tousse ». L'écoutante note l'adresse du magasin et envoie la maraude. Le gérant : « il s'appelle [[PERSONNE:Momo]], je crois ».",
    ),
    (
        "chrs",
        AT,
        "Standard du {{CHRS}}. Une mère veut savoir si son fils est hébergé ici : « [[PERSONNE:Kévin Dutilleul]], il a {{24 ans}}, je sais qu'il est à {{Lille}} ». La secrétaire ne confirme rien : « je peux prendre un message et le transmettre s'il est chez nous ». La mère laisse son numéro, [[TELEPHONE:03 21 47 89 05]], et pleure. Après, la secrétaire me dit qu'il est bien là, et qu'il ne veut pas.",
    ),
    (
        "chrs",
        AT,
        "Le {{SIAO}} appelle le {{CHRS}} pour proposer une candidate sur la place libérée. Fiche lue au téléphone : Mme [[PERSONNE:Ngoc Anh Pham]], née le [[DATE_NAISSANCE:22/09/1989]], n° allocataire [[N_ALLOCATAIRE:4051376]], séparation, {{1 enfant}}. Le chef de service accepte un entretien de préadmission jeudi.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Somme}}. Jeune de {{18 ans}}, sorti de l'{{ASE}} il y a {{3 semaines}}, contrat jeune majeur refusé : [[PERSONNE:Dylan Carpentier]]. Il est en {{CEJ}}, il donne son identifiant pour le prouver : [[ID_FRANCE_TRAVAIL:7305518Z]]. Place en {{FJT}} pas avant {{15 jours}}. Ce soir : hébergement d'urgence à {{Amiens}}.",
    ),
    (
        "chrs",
        AT,
        "{{22h15}}, appel silencieux. Une respiration, une télé au fond, puis ça coupe. Numéro masqué, impossible de rappeler. L'écoutante me dit qu'il y en a plusieurs par soir et qu'elle y pense souvent après.",
    ),
    (
        "chrs",
        AT,
        "{{Mulhouse}}. Famille géorgienne, {{4 personnes}}, sortie du {{CADA}} après un refus. Le père, M. [[PERSONNE:Giorgi Beridze]], parle russe, l'écoutant aussi (il est d'origine ukrainienne). N° de dossier {{OFPRA}} [[IDENTIFIANT:2403-01187]]. Rappel prévu sur le portable du fils : [[TELEPHONE:07 53 80 26 14]].",
    ),
    (
        "chrs",
        AT,
        "Une DRH appelle le {{CHRS}} pour vérifier l'adresse d'un résident qui vient d'être embauché, « pour la fiche de paie ». La secrétaire confirme seulement que M. [[PERSONNE:Ousmane Ba]] reçoit son courrier ici, [[ADRESSE:17 rue des Tanneurs, 59000 Lille]]. Rien d'autre. La DRH trouve ça bizarre. La secrétaire : « on protège nos résidents, c'est tout ».",
    ),
    (
        "chrs",
        AT,
        "{{Roubaix}}. Un homme dort dans sa voiture avec son chien ({{Simba}}) : [[IMMATRICULATION:AK-903-PJ]], {{Clio}} bleue, garée près du {{parc Barbieux}}. {{RSA}}, n° alloc [[N_ALLOCATAIRE:5528014]], mais le loyer le plus bas qu'il a trouvé est à {{520 €}}. M. [[PERSONNE:Lefebvre]]. Pas de place avec chien ce soir.",
    ),
    (
        "chrs",
        AT,
        "Au bureau du {{CHRS}}, l'éducatrice appelle la {{Caf}} (le {{3230}}) pour un résident assis à côté d'elle, haut-parleur. Elle donne le n° alloc [[N_ALLOCATAIRE:2216509]] puis, quand on le lui demande, le NIR : [[NIR:1 77 05 62 193 096 46]]. M. [[PERSONNE:Sébastien Ducatel]], né à {{Calais}}, confirme de la tête. {{35 min}} d'attente pour {{4 min}} de conversation.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{Lille}}. Jeune femme enceinte de {{7 mois}}, hébergée chez une amie qui la met dehors ce soir. Date de naissance « [[DATE_NAISSANCE:12.07.2001]] », prénom [[PERSONNE:Océane]]. L'écoutante la passe en priorité, appelle l'assistante sociale de la maternité {{Jeanne de Flandre}}. Hôtel trouvé : {{Première Classe}} à {{Lesquin}}.",
    ),
    (
        "chrs",
        AT,
        "L'écoutante a appris à reconnaître les voix : « au bout d'un an, tu sais qui appelle avant qu'il se présente ». Elle a {{26 ans}}, un master de sociologie, un {{CDD}} de {{6 mois}} renouvelé {{3 fois}}. Elle partira en juin, dit-elle, pour de bon.",
    ),
    (
        "chrs",
        AT,
        "{{Thionville}}. Intérimaire au {{Luxembourg}}, pas assez d'heures pour un loyer. {{3e}} appel au {{115}}. L'écoutant prend son mail pour lui envoyer la liste des foyers de jeunes travailleurs : [[EMAIL:d.schneider.57@gmx.de]]. « J'ai un mail allemand, c'est plus simple pour le boulot. » M. [[PERSONNE:Schneider]].",
    ),
    (
        "chrs",
        CSP,
        "Maraude avec le {{SAMU social}}, {{Lille}}, {{22h}}. Gare {{Lille-Flandres}}, sous les arcades. [[PERSONNE:Jean-Pierre]] (« appelle-moi [[PERSONNE:JP]] »), {{61 ans}}, {{12 ans}} de rue. Soupe, couverture, on parle foot. Il refuse l'hébergement : « là-bas on me vole mes affaires ». Son chien, {{Diesel}}, dort sur ses jambes.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement du {{CHRS}} en diffus, [[ADRESSE:23 rue de l'Alma, 59100 Roubaix]], {{3e étage}}. Résidente : Mme [[PERSONNE:Sabine Vercruysse]], en fin de parcours, en attente d'un logement social. L'éducateur vérifie l'état : propre, des plantes partout, une photo des petits-enfants. Elle a peur de partir, « ici j'ai mes repères ».",
    ),
    (
        "chrs",
        CSP,
        "Maraude, {{23h30}}. {{2h}} de camion, {{11 personnes}} rencontrées. Certains viennent vers nous, d'autres se retournent. L'équipe ne force jamais. Le thermos de café est vide en une heure. Je rentre glacé, eux continuent jusqu'à {{2h}}. Première rencontre sous le pont du périph', un homme allongé sur des cartons qui ne veut pas parler ; on laisse un café et une paire de chaussettes à côté de lui. Puis un groupe de jeunes près de la gare, qui rigolent et demandent des cigarettes. Puis une femme seule sur un banc avec une valise à roulettes, qui dit attendre un train ; il n'y a plus de train depuis {{1h}}. L'équipe reste avec elle {{20 minutes}}, appelle le {{115}} : pas de place femme. Elle repart à pied vers le centre. Dans le camion, personne ne parle pendant un moment.",
    ),
    (
        "chrs",
        CSP,
        "{{Strasbourg}}, {{Port du Rhin}}. Visite d'un squat avec l'équipe mobile : une dizaine de personnes dans un ancien entrepôt. Devant, un camion aménagé, plaque bulgare [[IMMATRICULATION:CA 4817 KB]]. M. [[PERSONNE:Ivanov]] fait l'interprète pour les autres. Besoins : eau, un médecin pour un enfant. L'équipe reviendra demain avec {{Médecins du Monde}}.",
    ),
    (
        "chrs",
        CSP,
        "{{Angers}}. Visite dans un logement du {{CHRS}} en diffus chez M. [[PERSONNE:Mickaël Rousseau]], [[ADRESSE:8 rue des Capucins, 49100 Angers]]. L'éducatrice vérifie que l'{{APL}} est bien versée à l'association : n° alloc [[N_ALLOCATAIRE:1847263]]. Frigo vide : elle sort un bon pour l'épicerie sociale. Il dit qu'il mangera chez sa mère ce week-end.",
    ),
    (
        "chrs",
        CSP,
        "{{Amiens}}, maraude au {{parc de la Hotoie}}. Jeune couple sous une tente depuis {{10 jours}}, près de l'eau. Elle, [[PERSONNE:Léa]], {{19 ans}} ; lui, [[PERSONNE:Bryan]], {{21 ans}}. Ils ne veulent pas être séparés, or les places sont non mixtes. Rien pour un couple avant lundi. On laisse des duvets.",
    ),
    (
        "chrs",
        CSP,
        "{{Mulhouse}}. Visite à l'hôtel d'une famille hébergée par le {{115}} : {{hôtel Ibis Budget, chambre 108}}. Mme [[PERSONNE:Jamila Ouchene]], née le [[DATE_NAISSANCE:24/10/1985]], et {{3 enfants}} dans {{15 m²}}. Pas de cuisine, ils mangent froid. L'éducatrice note le portable de madame pour l'appel de demain : [[TELEPHONE:06 95 48 17 20]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un studio du {{CHRS}} dont le résident n'est pas revenu depuis {{3 semaines}}. Courrier accumulé, dont une lettre de {{France Travail}} au nom de [[PERSONNE:Rémi Chauvin]], identifiant [[ID_FRANCE_TRAVAIL:3318746N]] en haut à droite. L'éducateur n'ouvre pas. Il appelle les hôpitaux : rien. Signalement de disparition envisagé.",
    ),
    (
        "chrs",
        CSP,
        "{{Woippy}}. Appartement en diffus, [[ADRESSE:5 rue du Pré Génie, 57140 Woippy]]. Mme [[PERSONNE:Hanane El Idrissi]] et ses jumeaux. L'éducatrice vérifie avec elle les courriers {{Caf}} : n° alloc [[N_ALLOCATAIRE:6630192]], {{APL}} bien versée. Elle vient d'être prise en formation d'aide-soignante à l'{{IFSI}} de {{Metz}}. On fête ça avec du thé à la menthe.",
    ),
    (
        "chrs",
        CSP,
        "État des lieux de sortie d'un appartement en bail glissant, avec la chargée du bailleur, Mme [[PERSONNE:Lacroix]]. Elle envoie le PV depuis sa tablette à l'éducatrice et à l'ex-résident : [[EMAIL:yanis.medjahed@gmail.com]]. Un trou dans une porte, {{150 €}} retenus. L'éducatrice négocie, obtient {{80}}.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} de {{Lille}}-{{Wazemmes}}. Inscription d'un jeune diplômé de {{BTS}}. La conseillère crée l'espace : identifiant [[ID_FRANCE_TRAVAIL:6120485K]], mail [[EMAIL:theo.vasseur@etu.univ-lille.fr]]. [[PERSONNE:Théo]] voulait juste « un papier pour la mutuelle ». Elle lui parle quand même de la {{MRS}}.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}}, {{9h}}. Deux files : « sur RDV » à gauche, « sans RDV » à droite. À droite, {{12 personnes}}. Deux ordinateurs en libre-service, un seul marche. Un service civique aide les gens à se connecter. Il a {{19 ans}}, il est très bien.",
    ),
    (
        "france_travail",
        AP,
        "{{Roubaix}}. Mme [[PERSONNE:Gonçalves]] (ex-{{Kiabi}}, licenciement économique) : son {{ARE}} n'est pas versée. La conseillère voit : pas de RIB valide. Elle dicte : [[IBAN:FR76 1660 7000 1227 8401 5552 394]]. Ça passe. Elle avait mis son ancien compte {{BNP}}, fermé. {{10 min}}, réglé.",
    ),
    (
        "france_travail",
        AP,
        "{{Amiens}}, atelier CV. La conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Durand]] ». Les {{8 participants}} recopient la mise en page. M. [[PERSONNE:Diouf]], {{52 ans}}, ancien de {{Whirlpool}}, demande : « on met l'âge ou pas ? ». Débat dans la salle. Réponse : pas obligatoire.",
    ),
    (
        "france_travail",
        AP,
        "{{Metz}}. M. [[PERSONNE:Kamel Saïdi]] est radié depuis {{1 mois}} pour absence à un RDV qu'il n'a jamais reçu. Le conseiller cherche : identifiant « [[ID_FRANCE_TRAVAIL:4 832 017 B]] », né le [[DATE_NAISSANCE:30/06/1979]]. Le courrier est parti à l'ancienne adresse. Réinscription avec effet rétroactif. M. [[PERSONNE:Saïdi]] : « tout ça pour ça ».",
    ),
    (
        "france_travail",
        AP,
        "{{Saint-Denis}}. Jeune diplômée RH, {{24 ans}}, veut que sa conseillère voie son profil {{LinkedIn}} : « c'est [[IDENTIFIANT:linkedin.com/in/awa-konate-rh]] ». La conseillère, Mme [[PERSONNE:Roux]], lui conseille une photo plus pro et un titre plus clair. Elles font la photo dans le couloir, contre le mur blanc.",
    ),
    (
        "france_travail",
        AP,
        "{{Strasbourg}}, {{Neuhof}}. Mme [[PERSONNE:Sylvie Haegel]], aide à domicile en recherche, a besoin de sa voiture pour ce métier. Demande d'aide à la réparation : véhicule [[IMMATRICULATION:DP-266-VN]], devis du {{Garage Schwartz}} d'{{Illkirch}}, {{780 €}}. Identifiant [[ID_FRANCE_TRAVAIL:0912374W]]. Réponse sous {{8 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Marseille}}. Monsieur de {{58 ans}}, fin de {{CDD}} dans le {{BTP}}. La conseillère vérifie que le NIR de l'attestation employeur est le bon : [[NIR:166081320534091]]. C'est bon. M. [[PERSONNE:Santiago Vidal]], né dans le {{5e}}, il tient à me le dire. Ouverture des droits {{ARE}} lancée.",
    ),
]

# ---------------------------------------------------------------------------------------------
# France Travail: accueil physique (2), accueil téléphonique
# ---------------------------------------------------------------------------------------------
NOTES_FT = [
    (
        "france_travail",
        AP,
        "{{Dijon}}. Inscription de Mme [[PERSONNE:Brigitte Lemoine]], {{61 ans}}, licenciée après {{34 ans}} dans la même mercerie. Elle n'a jamais fait de CV. Le conseiller recopie le NIR de la {{carte Vitale}} : [[NIR:2 63 09 54 395 207 29]], « née à {{Nancy}} ? » « oui, en [[DATE_NAISSANCE:63]] ». Il parle de retraite progressive. Elle : « je veux travailler, pas calculer ».",
    ),
    (
        "france_travail",
        AP,
        "Salon de l'emploi au {{Grand Palais}} de {{Lille}} : {{80 stands}}, {{2 000 offres}} annoncées. Les conseillers {{France Travail}} en gilet orientent. {{40 min}} de file devant le stand de la {{SNCF}}, personne devant celui de l'{{Armée de Terre}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Bordeaux}}, {{CEJ}}. [[PERSONNE:Killian]], {{19 ans}}, vient signer son contrat d'engagement. Identifiant [[ID_FRANCE_TRAVAIL:5207731F]]. La conseillère vérifie son numéro pour les SMS de rappel : [[TELEPHONE:07 58 64 20 39]]. Allocation jusqu'à {{528 €}} s'il est assidu. Il demande si les entraînements de foot comptent. Non.",
    ),
    (
        "france_travail",
        AP,
        "portefeuille de la conseillère : {{412 demandeurs}}, {{8}} reçus par jour. faites le calcul.",
    ),
    (
        "france_travail",
        AP,
        "{{Tourcoing}}. M. [[PERSONNE:Cyril Hennebelle]], {{45 ans}}, cariste, entretien chez {{Damart}} demain. La conseillère lui envoie la fiche de poste par mail : [[EMAIL:cyril.hennebelle@laposte.net]]. Pas d'imprimante chez lui : elle imprime aussi le CV, {{3 exemplaires}}. « On sait jamais combien ils sont. »",
    ),
    (
        "france_travail",
        AP,
        "{{Lyon}}. Création d'entreprise : Mme [[PERSONNE:Amandine Perret]] lance une activité de toilettage canin et demande l'{{ARCE}} ({{2 versements}}). Son SIRET perso [[IDENTIFIANT:903 281 749 00015]] est tout neuf. RIB du compte pro : [[IBAN:FR76 1820 6004 1065 0412 8731 937]]. Le conseiller lui souhaite bonne chance, sincèrement. Première cliente : la caniche de sa voisine.",
    ),
    (
        "france_travail",
        AP,
        "{{Toulouse}}. M. [[PERSONNE:Yohannes Tesfaye]], érythréen, réfugié, diplôme d'électricien non reconnu. Identifiant [[ID_FRANCE_TRAVAIL:2975016C]]. Le conseiller propose une formation à l'{{AFPA}} + du français à visée pro. Titre de séjour de {{10 ans}} dans une pochette plastique, usée à force d'être montrée.",
    ),
    (
        "france_travail",
        AP,
        "ON M'AVAIT DIT QUE {{FRANCE TRAVAIL}} C'ÉTAIT FROID ET ADMINISTRATIF. CE MATIN UNE CONSEILLÈRE A PASSÉ {{50 MINUTES}} AVEC UN MONSIEUR QUI NE SAIT PAS LIRE, SANS REGARDER SA MONTRE. À NUANCER DONC.",
    ),
    (
        "france_travail",
        AP,
        "{{Mulhouse}}. Frontalier licencié par une boîte de {{Bâle}}. M. [[PERSONNE:Jérémy Baumann]] apporte le {{U1}} rempli par la caisse suisse. Il veut être payé sur son compte suisse : [[IBAN:CH81 0077 0254 8123 0678 1]]. Le conseiller : « la {{Suisse}} est dans la zone {{SEPA}}, ça passe ». Il a l'air surpris que ça marche.",
    ),
    (
        "france_travail",
        AP,
        "{{Nantes}}. Projet VTC : M. [[PERSONNE:Rayane Benkhelifa]] a sa carte professionnelle et une {{Toyota}} hybride d'occasion, [[IMMATRICULATION:GE-591-KT]]. {{France Travail}} peut-il aider pour l'assurance ? Identifiant [[ID_FRANCE_TRAVAIL:8817203X]]. Réponse : aide à la création possible, pas l'assurance.",
    ),
    (
        "france_travail",
        AP,
        "{{Clermont-Ferrand}}. Mme [[PERSONNE:Laetitia Chabrol]], {{RQTH}} depuis son accident, reconversion. La conseillère de {{Cap emploi}} est là aussi. Réf. {{MDPH}} : [[IDENTIFIANT:63-2022-07741]]. Identifiant FT [[ID_FRANCE_TRAVAIL:1160348D]]. Projet : secrétariat médical. Elle a déjà trouvé un stage chez {{Michelin}}.",
    ),
    (
        "france_travail",
        AP,
        "📄📄📄 un monsieur arrive avec un sac {{Lidl}} rempli de courriers pas ouverts. La conseillère les ouvre un par un avec lui, {{45 min}}. À la fin, {{3 tas}} : « à jeter », « à faire », « urgent ». Le tas urgent fait {{2 lettres}}. 😮‍💨",
    ),
    (
        "france_travail",
        AP,
        "{{Perpignan}}. Saisonnière, vendanges puis plus rien. {{RSA}} depuis {{3 mois}}, orientée vers {{France Travail}}. Le conseiller fait le contrat d'engagement, note le n° {{Caf}} [[N_ALLOCATAIRE:8140259]] et l'identifiant [[ID_FRANCE_TRAVAIL:6648201L]]. Mme [[PERSONNE:Carmen Puig]]. {{15 h}} d'activité par semaine : « c'est quoi qui compte ? ».",
    ),
    (
        "france_travail",
        AP,
        "{{Grenoble}}. Changement d'adresse au guichet : M. [[PERSONNE:Vincent Brunet]], né le [[DATE_NAISSANCE:14/02/1992]], nouvelle adresse [[ADRESSE:6 rue Très-Cloîtres, 38000 Grenoble]], identifiant [[ID_FRANCE_TRAVAIL:3047719S]]. L'agent d'accueil le fait en {{2 min}} ; il attendait depuis {{40 min}} pour ça. Il rit quand même.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. L'appelant donne son identifiant chiffre par chiffre puis la lettre : « [[ID_FRANCE_TRAVAIL:quatre un neuf sept zéro deux huit J]] », « J comme {{Jacques}} ». Motif : attestation pour la {{Caf}}. Envoyée par mail en {{2 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Le serveur vocal du {{3949}} : « tapez 1, tapez 2... ». La conseillère estime que {{30 %}} des appels arrivent dans la mauvaise file. Ce matin un monsieur a tapé « indemnisation » pour parler d'une formation. Elle l'a gardé quand même.",
    ),
    (
        "france_travail",
        AT,
        "Appelante qui veut changer son RIB, elle lit : [[IBAN:FR76 3006 6108 2100 0205 1847 336]]. La conseillère : « ça se fait dans votre espace, rubrique coordonnées bancaires ». Elle ne trouve pas. Guidage au téléphone, {{12 min}}. Mme [[PERSONNE:Morel]] remercie {{4 fois}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel tendu : radié pour « insuffisance de recherche ». M. [[PERSONNE:Stéphane Guillot]], identifiant [[ID_FRANCE_TRAVAIL:7721054E]], né le [[DATE_NAISSANCE:9 septembre 1973]] (vérif d'identité). Il crie que c'est à cause de son fils malade. La conseillère explique le recours, le délai ({{2 mois}}). Il se calme, un peu.",
    ),
    (
        "france_travail",
        AT,
        "{{Villeneuve-d'Ascq}}. Ancienne téléconseillère chez {{Cofidis}}, rupture conventionnelle, attestation employeur pas arrivée. Le conseiller lui envoie le lien du formulaire à son mail : [[EMAIL:aurelie.desrousseaux@free.fr]]. Ironie : elle faisait le même métier que lui, « mais pour des crédits ».",
    ),
    (
        "france_travail",
        AT,
        "Conseiller en formation ({{2e semaine}}), double écoute avec sa tutrice. Il bafouille, elle lui écrit des mots-clés sur un post-it. À la fin de l'appel elle lui dit juste « c'était bien, respire ».",
    ),
    (
        "france_travail",
        AT,
        "Appel transféré depuis {{La Réunion}} (il est {{18h}} là-bas). Mme [[PERSONNE:Payet]], identifiant [[ID_FRANCE_TRAVAIL:9402617R]], a déménagé en métropole. Elle laisse son portable réunionnais au cas où : [[TELEPHONE:0692 45 18 73]]. Transfert du dossier vers l'agence de {{Montpellier}}. Elle dit qu'il fait froid ici.",
    ),
    (
        "france_travail",
        AT,
        "Intermittent du spectacle, régisseur lumière. Il parle annexe {{8}}, {{507 heures}}, la conseillère suit. Il donne son numéro {{Congés Spectacles}} : [[IDENTIFIANT:CS 0812457]], puis son identifiant [[ID_FRANCE_TRAVAIL:5580923H]]. M. [[PERSONNE:Arnaud Lesage]]. Un festival n'a pas déclaré un cachet.",
    ),
    (
        "france_travail",
        AT,
        "Appel pour une formation de cariste : la conseillère explique le {{CPF}}, l'{{AIF}}, les délais. {{17 min}}. On entend l'appelant écrire. « Vous pouvez répéter le dernier sigle ? »",
    ),
    (
        "france_travail",
        AT,
        "{{Metz}}. Frontalier, fin de contrat au {{Luxembourg}} (chez {{Cactus}}). Il a le {{U1}}. Identifiant [[ID_FRANCE_TRAVAIL:2058316P]]. L'{{ARE}} peut-elle tomber sur son compte luxembourgeois, [[IBAN:LU03 0019 4032 1187 0000]] ? Oui. M. [[PERSONNE:Philippe Schaeffer]], très précis, tout est noté dans un carnet.",
    ),
    (
        "france_travail",
        AT,
        "L'appelant n'a pas son identifiant ; la conseillère le retrouve avec le NIR : « [[NIR:1 90 12 76 351 064 61]] », né au {{Havre}}, vit à {{Rouen}}. M. [[PERSONNE:Quentin Lemarchand]]. Motif : trop-perçu de {{1 800 €}} après une reprise d'emploi déclarée en retard.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une travailleuse sociale du département pour une bénéficiaire du {{RSA}}, Mme [[PERSONNE:Nkemdirim]] : n° {{Caf}} [[N_ALLOCATAIRE:3906124]]. Elle veut un RDV à trois. La conseillère trouve un créneau dans {{10 jours}}. « C'est rapide », dit l'AS. Ironie ? Non, sincère.",
    ),
    (
        "france_travail",
        AT,
        "Auto-entrepreneur en plomberie qui cumule {{ARE}} et activité. Il donne son SIRET, [[IDENTIFIANT:812 477 057 00028]], pour vérifier sa déclaration. La conseillère lui renvoie le récapitulatif par mail : [[EMAIL:contact.plomberie.dasilva@gmail.com]]. M. [[PERSONNE:Da Silva]], toujours poli.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, changement d'adresse par téléphone : [[ADRESSE:résidence Les Tilleuls, bât. C, 12 avenue de la Libération, 87000 Limoges]]. Identifiant [[ID_FRANCE_TRAVAIL:4470182G]]. Mme [[PERSONNE:Aïssatou Barry]]. La conseillère relit tout et épelle le nom de la résidence.",
    ),
    (
        "france_travail",
        AT,
        "{{40 secondes}} : « c'est vous le SMS ? » « oui » « ah bon ». Fin.",
    ),
    (
        "france_travail",
        AT,
        "{{Strasbourg}}. Il a travaillé {{3 ans}} à {{Offenburg}} et veut l'{{ARE}} sur son compte allemand : [[IBAN:DE87 6645 0050 0004 8172 63]]. Identifiant [[ID_FRANCE_TRAVAIL:6093455U]]. La conseillère demande le {{PD U1}} ; demandé à l'{{Agentur für Arbeit}}, pas reçu. M. [[PERSONNE:Hüseyin Aslan]] parle alsacien, allemand, turc et français.",
    ),
    (
        "france_travail",
        AT,
        "Un mari appelle pour sa femme qui parle peu français, elle est à côté. La conseillère veut lui parler directement pour l'accord ; « oui d'accord », très doucement. Mme [[PERSONNE:Khadija Amrani]], née le [[DATE_NAISSANCE:8 avril 1984]], identifiant [[ID_FRANCE_TRAVAIL:1785540Q]]. Pour vérifier, le mari lit le NIR sur la {{carte Vitale}} : [[NIR:284049935017953]]. Elle veut d'abord une formation de français.",
    ),
    (
        "france_travail",
        AT,
        "Aide à la mobilité : M. [[PERSONNE:Loïc Tanguy]] a acheté une voiture pour un {{CDI}} à {{40 km}}. Il a tapé l'immatriculation en minuscules dans le formulaire, « [[IMMATRICULATION:fh-204-lb]] » ; la conseillère corrige. Identifiant [[ID_FRANCE_TRAVAIL:0356671V]]. Dossier complet.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Assembly, parsing, split, writing
# ---------------------------------------------------------------------------------------------
NOTES = (
    NOTES_CAF
    + NOTES_CAF_CPAM
    + NOTES_CPAM_CCAS
    + NOTES_CCAS_URG
    + NOTES_URG_CHRS
    + NOTES_CHRS_FT
    + NOTES_FT
)

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks; return the text, its entities and its keep list (each string once)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
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


def split(notes: list[dict]) -> tuple[list[str], list[str]]:
    """Draw dev / holdout from the ids and the cells (site kind × channel) only."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
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
    return sorted(dev), sorted(holdout)


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    by_id = {note["id"]: note for note in notes}
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
