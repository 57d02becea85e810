"""Independent evaluation notes for the French anonymiser (set ind34), written by hand.

Each note is a ``(site_kind, channel, text)`` tuple with inline marks: ``[[LABEL:value]]`` for a
value to mask and ``{{value}}`` for a string to keep. Running this module strips the marks,
computes the offsets, builds the ``keep`` lists, numbers the notes ``ind34-001`` ... in writing
order, draws a 120 / 120 split stratified by (site_kind, channel) with ``random.Random(34)`` and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file. Standard library only;
deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind34"
SEED = 34

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
PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

NOTES: list[tuple[str, str, str]] = []

# --- Caf -----------------------------------------------------------------------------------
NOTES += [
    (
        "caf",
        PHY,
        "{{9h12}} ticket {{A047}}\nmr [[PERSONNE:lebon]] vient pr sa {{prime d'activité}} suspendue depuis {{mars}}\nagente ([[PERSONNE:sabrina]]) regarde ds {{Cristal}} jcrois manque la declaration trimestrielle\nil dit jlai faite sur le site!!!\nelle lui montre l'ecran pas validée\n{{2 min}} et c reglé [[PERSONNE:lebon]] repart content « merci ma grande »",
    ),
    (
        "caf",
        PHY,
        "bon alors là une dame madame [[PERSONNE:rose meunier]] elle vient pour l'{{apl}} virgule elle a déménagé au [[ADRESSE:14 rue de la marne 35200 rennes]] et la {{caf}} a toujours l'ancienne adresse point l'agent lui dit que sa prend {{3 semaines}} point elle a amené {{une rose}} en papier pour l'agente c'est son anniversaire rire",
    ),
    (
        "caf",
        PHY,
        "file d'attente {{9h}}-{{9h40}} = {{23 pers}} {{4 guichets}} ouverts sur {{6}} bcp de gens pr le {{rsa}} + {{prime de noël}} qui arrive pas (c le {{15 décembre}}??)\nune maman avec poussette {{Petit Bateau}} le bb crie\nl'agent d'accueil distribue les tickets + oriente vers les {{bornes}}\nmoi jsuis perdue ds les sigles {{AAH}} {{ASF}} {{CMG}} lol",
    ),
    (
        "caf",
        PHY,
        "monsieur [[PERSONNE:adam]] euh [[PERSONNE:adam ouattara]] pardon il épelle [[PERSONNE:o u a t t a r a]] numéro allocataire [[N_ALLOCATAIRE:2 4 5 7 8 1 3]] il demande pourquoi son {{rsa}} a baissé de {{112 euros}} l'agent explique les revenus du trimestre les heures sup chez {{Martin Bâtiment}} sa compte aussi point il dit mais ces pas juste",
    ),
    (
        "caf",
        PHY,
        "jeune fille {{19 ans}} [[PERSONNE:marine]] vient seule veut ouvrir ses droits {{apl}} pr un studio privé agente demande le rib elle le montre sur son tel [[IBAN:FR76 1027 8360 1900 0204 9150 387]] ok\nelle a un sweat bleu {{marine}} (comme son prénom ha 😅)",
    ),
    (
        "caf",
        PHY,
        "remarque générale l'agent me dit que le {{lundi}} c'est le pire virgule surtout après le versement du {{5}} point hier {{212 passages}} point beaucoup viennent de {{villejean}} et de {{Maurepas}} à pied point la {{borne numéro 3}} est en panne depuis la {{toussaint}} point l'agent dit on fait avec",
    ),
    (
        "caf",
        PHY,
        "mme [[PERSONNE:vienne]] (oui comme la ville 😅) veut attestation de paiement pr son bailleur {{Néotoa}} ref locataire [[IDENTIFIANT:NT-0045871]]\nagent imprime en {{1 min}} elle part vivre a {{Vienne}} en {{isere}} chez sa fille ds {{2 mois}}",
    ),
    (
        "caf",
        PHY,
        "un papa avec {{trois enfants}} il parle pas bien français l'agente parle arabe avec lui super point il s'appelle [[PERSONNE:youssef el amrani]] né le [[DATE_NAISSANCE:trois février quatre-vingt-six]] il demande le {{complément familial}} virgule l'agent dit qu'il faut {{3 enfants}} de plus de {{3 ans}} c'est bon il a droit",
    ),
    (
        "caf",
        PHY,
        "ticket {{B112}} attendu {{52 min}}\nl'agent dit ke le {{rsa}} sera versé le {{5}} ms ce mois ci c le {{6}} a cause du {{dimanche}}\ndame derriere moi mange un sandwich {{pain de mie}} {{Harrys}} et partage avec son fils\nle petit a un gouter {{Kinder}} aussi\nun mr en costume attend pr sa fille étudiante ({{apl}})\nil dit ke c plus long qu'à la {{préfecture}} lol\nagent: « on ferme à {{16h30}} ms on prend tt le monde »\nà {{16h25}} il reste {{11 personnes}}",
    ),
    (
        "caf",
        PHY,
        "la dame elle s'appelle [[PERSONNE:blanche petit]] elle a {{81 ans}} elle vient pour son fils handicapé l'{{AAH}} elle donne le numéro d'allocataire du fils [[N_ALLOCATAIRE:0875432]] l'agent refuse de parler du dossier sans procuration virgule madame [[PERSONNE:petit]] se fâche un peu point Elle dit j'ai passé une {{nuit blanche}} pour venir",
    ),
    (
        "caf",
        PHY,
        "mr [[PERSONNE:sedan]] arrive énervé hurle sur l'agent d'accueil dit qu'on lui a volé {{3 mois}} d'{{apl}} vigile s'approche l'agent reste calme lui donne un rdv {{jeudi 14h}} avec une conseillère il part en claquant la porte\nl'agent: « il revient tous les mois c sa facon de parler »",
    ),
    (
        "caf",
        PHY,
        "le monsieur donne son téléphone [[TELEPHONE:zéro six 42 17 88 03]] et son mail [[EMAIL:ange point moreau arobase laposte point net]] l'agente tape en même temps je suis impressionné point il s'appelle [[PERSONNE:ange]] comme {{les anges}} virgule il dit ma mère était très croyante",
    ),
    (
        "caf",
        PHY,
        "cas du jour dame [[PERSONNE:nancy]] ([[PERSONNE:nancy lefort]]) alloc [[N_ALLOCATAIRE:1 398 224]] a reçu un indu de {{1 247 €}} pcq elle a pas déclaré son mariage\nelle vit a {{Nancy}} depuis {{2019}} mais dossier encore a {{Rennes}}?? l'agent fait la mutation\n{{45 min}} pour elle seule",
    ),
    (
        "caf",
        PHY,
        "question posée à l'agent combien de dossiers par jour il dit {{une soixantaine}} virgule quand y a la rentrée c'est plus avec l'{{ARS}} point il me montre le script du {{3230}} il dit que les gens préfèrent venir en vrai point un monsieur avec un maillot de l'{{OM}} et un autre du {{stade rennais}} se sont chambrés dans la file c'était drôle",
    ),
    (
        "caf",
        TEL,
        "appel {{10h02}} mme [[PERSONNE:florence martin]] n° alloc [[N_ALLOCATAIRE:2046718]] conseillere verifie identité date de naiss [[DATE_NAISSANCE:12/06/1979]] + adresse [[ADRESSE:3 impasse des tilleuls 44300 nantes]] elle appelle pr sa {{prime de naissance}} attente au tel {{38 min}} avant qu'on décroche 😬",
    ),
    (
        "caf",
        TEL,
        "deuxième appel un monsieur qui appelle de {{Florence}} en {{Italie}} virgule il est en vacances chez sa sœur c'est monsieur [[PERSONNE:marin]] il a perdu sa carte bleue il veut changer son {{RIB}} point il dicte le nouveau [[IBAN:FR76 1380 7008 1232 0214 7705 858]] la conseillère dit non par téléphone c'est pas possible il faut passer par le site point",
    ),
    (
        "caf",
        TEL,
        "entre 2 appels la conseillère m'explique\n- {{3230}} = plateforme\n- {{12 conseillers}} ce matin\n- {{400 appels}} en attente a {{9h}}\nscript d'accueil sur l'écran {{QF}} {{ARS}} {{PAJE}}... elle boit un {{coca zero}} dit ke sans ça elle tient pas pause {{10 min}} à {{11h}}",
    ),
    (
        "caf",
        TEL,
        "une jeune mère elle pleure au téléphone elle s'appelle [[PERSONNE:olivier]] non pardon c'est le prénom de son fils [[PERSONNE:olivier]] elle elle s'appelle [[PERSONNE:pauline roche]] virgule le bébé est né le [[DATE_NAISSANCE:vingt-deux janvier]] point elle a pas encore la {{PAJE}} la conseillère la rassure point Il y a un bébé qui pleure aussi derrière",
    ),
    (
        "caf",
        TEL,
        "mr [[PERSONNE:tulle]] appelle veut savoir pk son {{apl}} est versée au proprio\nconseillère: {{tiers payant}} normal il dit ke le proprio c son cousin [[PERSONNE:kevin]] elle note qq chose ds le dossier 🤔 fraude?\nrappel au [[TELEPHONE:07.61.33.20.94]] si besoin",
    ),
    (
        "caf",
        TEL,
        "appel d'une travailleuse sociale du département pour la famille [[PERSONNE:boucher]] virgule elle donne le numéro allocataire [[N_ALLOCATAIRE:quatre cinq un deux zéro sept huit]] virgule elle dit que le père est {{boucher}} au {{Leclerc}} et qu'il a perdu son travail point la conseillère met à jour la situation",
    ),
    (
        "caf",
        TEL,
        "appel tres court dame veut juste son solde conseillère demande n° alloc [[N_ALLOCATAIRE:3301945]] + code postal {{1 min 40}} next",
    ),
    (
        "caf",
        TEL,
        "la conseillère explique qu'on peut pas donner d'info si c'est pas l'allocataire elle même virgule même au mari point un monsieur a appelé {{trois fois}} ce matin pour sa femme virgule elle lui a dit de venir à l'accueil de {{Rennes}} ou à la maison {{france services}} de {{Janzé}}",
    ),
    (
        "caf",
        TEL,
        "mme [[PERSONNE:laval]] tel [[TELEPHONE:06 58 14 92 37]] demande pr son fils étudiant a {{Laval}} (la ville lol) si il peut toucher l'{{apl}} en colocation oui conseillère envoie le lien {{caf.fr}} par sms",
    ),
    (
        "caf",
        TEL,
        "Monsieur [[PERSONNE:Pierre Lemaire]] appelle pour un contrôle virgule il a reçu une lettre de la {{Caf}} il a peur point La conseillère lui dit pas de panique c'est un contrôle de routine virgule le contrôleur viendra chez lui au [[ADRESSE:27 avenue Jean Jaurès, 29200 Brest]] {{mardi}} à {{10 h}}",
    ),
    (
        "caf",
        TEL,
        "dame parle pas fr appel avec interprete (3 ds la conversation) elle donne son num de titre de séjour [[IDENTIFIANT:7503118462]] pr prouver sa situation conseillère dit pas besoin au tel ça dure {{25 min}}\nla dame s'appelle [[PERSONNE:fatou]] je crois",
    ),
    (
        "caf",
        TEL,
        "un allocataire appelle pour dire que le contrôleur est venu hier et qu'il a pris des photos du frigo point il est choqué point monsieur [[PERSONNE:riom]] numéro allocataire [[N_ALLOCATAIRE:6 7 2 0 1 4 9]] la conseillère dit que le contrôleur a le droit de constater mais pas de photographier sans accord elle fait remonter",
    ),
    (
        "caf",
        TEL,
        "fin de matinée {{127 appels}} traités sur la plateforme\nconseillère: « le pire c'est les gens qui appellent depuis une annonce {{Leboncoin}} pr savoir si on peut louer une chambre avec l'{{APL}} » lol\nelle a un sticker {{Hello Kitty}} sur son écran\npause dej {{12h15}}",
    ),
    (
        "caf",
        CSP,
        "contrôle sur place chez madame [[PERSONNE:martin]] euh [[PERSONNE:sandrine martin]] au [[ADRESSE:8 allée des peupliers 35000 rennes]] virgule le contrôleur vérifie si elle vit seule point il regarde la salle de bain {{deux brosses à dents}} point elle dit c'est mon fils point il note",
    ),
    (
        "caf",
        CSP,
        "visite {{10h30}} hlm {{le blosne}} {{4e étage}} sans ascenseur mr [[PERSONNE:olivier dax]] {{62 ans}} controleur (mr [[PERSONNE:gaudin]]) lui fait signer le pv\nsur le balcon un petit {{olivier}} en pot il dit c sa fierté 🌿\nla caf soupçonne une vie maritale rien vu",
    ),
    (
        "caf",
        CSP,
        "sur le parking le contrôleur note la plaque de la voiture du prétendu concubin [[IMMATRICULATION:GH 482 KL]] point il dit qu'il vérifiera point la dame madame [[PERSONNE:blanc]] dit que c'est la voiture de son frère qui passe le {{dimanche}}",
    ),
    (
        "caf",
        CSP,
        "controle ressources chez mr [[PERSONNE:petit]] ([[PERSONNE:jonathan]]) [[ADRESSE:5 bis rue du moulin, 53000 laval]] il bosse en extra chez un {{boucher}} le we pas declaré\ncontroleur calcule {{380 €}}/mois → indu prévisible sur le {{rsa}}\nil propose de régulariser tension mais ça passe",
    ),
    (
        "caf",
        CSP,
        "le contrôleur m'explique la {{charte du contrôle}} virgule il doit prévenir sauf exception virgule il a {{6 visites}} aujourd'hui virgule il fait {{80 kilomètres}} point il dit que les contrôles sont ciblés par le {{data mining}} point il a une {{Clio}} de service et un badge {{Caf}}",
    ),
    (
        "caf",
        CSP,
        "chez mme [[PERSONNE:nevers]] appart {{T3}} [[ADRESSE:19 rue de vienne 69007 lyon]] ({{rue de vienne}} 😂 les noms)\n{{3 enfants}} dont 1 en garde alternée\ncontroleur demande le jugement du {{JAF}} RG [[IDENTIFIANT:21/03377]] elle le retrouve pas\ndelai {{15 jours}}",
    ),
    (
        "caf",
        CSP,
        "visite pour l'{{AAH}} chez monsieur [[PERSONNE:meunier]] virgule il est né le [[DATE_NAISSANCE:quatorze juillet mille neuf cent soixante-deux]] virgule il rigole il dit je suis né le jour de la {{fête nationale}} point il était {{meunier}} au moulin de son père avant l'accident point le contrôleur vérifie les ressources",
    ),
    (
        "caf",
        CSP,
        "controle logement decent appart humide moisissure partout locataire [[PERSONNE:aïcha benali]] montre sa quittance ref bailleur [[IDENTIFIANT:LOC-2231-0457]] controleur va signaler pr la conservation de l'{{apl}} (non-décence) le proprio est injoignable depuis {{6 mois}}",
    ),
    (
        "caf",
        CSP,
        "le contrôleur demande le relevé de compte pour voir les virements virgule la dame montre son appli virgule IBAN [[IBAN:FR76 1600 6420 1100 0712 3451 035]] point elle s'appelle [[PERSONNE:france gilbert]] comme le pays virgule elle a travaillé {{vingt ans}} chez {{France Télécom}}",
    ),
    (
        "caf",
        CSP,
        "trajet entre 2 visites controleur parle du métier {{23 ans}} de caf il dit ke {{90 %}} des controles c des gens de bonne foi\nradio {{France Inter}} ds la voiture passage sur la {{rocade}}\npause boulangerie a {{Cesson}} il prend un {{paris-brest}}",
    ),
    (
        "caf",
        CSP,
        "arrivée chez [[PERSONNE:nadège riom]] virgule personne point on laisse un avis de passage dans la boîte virgule sur la boîte c'est marqué [[PERSONNE:riom]] et un autre nom [[PERSONNE:da costa]] point le contrôleur note ça",
    ),
    (
        "caf",
        CSP,
        "mr [[PERSONNE:ahmed]] vit ds son camion [[ADRESSE:aire des gens du voyage de la baratiere, place 4]] controle {{rsa}} camion immat [[IMMATRICULATION:fd-219-ze]]\ncontroleur verifie la domiciliation au {{ccas}}\nle chien {{Rocky}} aboie tt le long 🐕",
    ),
    (
        "caf",
        CSP,
        "dernière visite de la journée madame [[PERSONNE:hélène tours]] virgule elle nous offre un café et des {{galettes Saint-Michel}} point le contrôleur refuse poliment point il vérifie les ressources point tout est en ordre point elle demande si elle peut garder l'{{APL}} pour la chambre de son petit-fils qui étudie à {{Tours}} point oui",
    ),
]

# --- Cpam ----------------------------------------------------------------------------------
NOTES += [
    (
        "cpam",
        PHY,
        "borne {{ameli}} en panne mr [[PERSONNE:gérard lens]] veut une {{carte vitale}} a perdu la sienne à la fête foraine\nagent demande le nir il le connait par coeur [[NIR:1 64 01 53 130 044 88]] né a {{Laval}} dit il\nsupporter du {{RC Lens}} en plus 😂",
    ),
    (
        "cpam",
        PHY,
        "madame [[PERSONNE:marie-france olivier]] elle vient pour sa {{C2S}} virgule la {{complémentaire santé solidaire}} point l'agent demande ses revenus point elle a {{un enfant}} point elle donne son numéro de sécu [[NIR:2 68 07 54 395 023 33]] elle est née à {{nancy}} point c'est accordé sous {{deux mois}}",
    ),
    (
        "cpam",
        PHY,
        "accueil cpam {{Saint-Denis}} {{11h}} {{34 personnes}} assises écran affiche « {{ameli.fr}} faites vos démarches en ligne » une dame a apporté son chat ds une caisse (le chat {{Pacha}}) agent dit ke le {{mercredi}} c les dossiers {{css}} et {{ame}} une boite de {{Doliprane}} traine sur le comptoir lol",
    ),
    (
        "cpam",
        PHY,
        "un monsieur il s'appelle [[PERSONNE:marin leroy]] et il est {{marin pêcheur}} au {{guilvinec}} virgule il vient pour ses {{indemnités journalières}} point il est en arrêt depuis le {{12}} point en fait il dépend de l'{{ENIM}} pas de la {{Cpam}} point l'agent le réoriente gentiment",
    ),
    (
        "cpam",
        PHY,
        "dame enceinte [[PERSONNE:inès]] veut déclarer sa grossesse le medecin l'a pas fait en ligne agent scanne\nnum secu [[NIR:2 01 04 13 055 318 21]] (née a {{Marseille}} dit-elle) mutuelle {{Harmonie}} n° adh [[IDENTIFIANT:40217735]]\n{{8 min}}",
    ),
    (
        "cpam",
        PHY,
        "la file d'attente est dehors il pleut point un monsieur âgé il s'appelle [[PERSONNE:auguste meunier]] il a {{91 ans}} il demande pourquoi il a pas reçu le remboursement de ses lunettes virgule l'agent regarde point c'est la mutuelle pas nous point son fils [[PERSONNE:patrick]] est avec lui il lui tient le bras",
    ),
    (
        "cpam",
        PHY,
        "mme [[PERSONNE:rose-marie]] a reçu un courrier d'indu {{cpam}} {{312,40 €}} dit ke c une arnaque\nagent vérifie courrier vrai ref [[IDENTIFIANT:IND-2024-558102]] elle veut payer en {{3 fois}} ok via le {{compte ameli}}\nelle offre des {{roses}} en chocolat {{Jeff de Bruges}} a l'agent lol",
    ),
    (
        "cpam",
        PHY,
        "l'agent m'explique qu'il y a {{trois files}} accueil sans rendez-vous accueil sur rendez-vous et la borne virgule la borne elle imprime les {{attestations de droits}} point beaucoup de gens viennent pour la {{carte vitale}} point l'appli {{carte vitale}} sa marche pas sur les vieux téléphones point une dame avait un {{Nokia 3310}} rire",
    ),
    (
        "cpam",
        PHY,
        "jeune homme sans papiers [[PERSONNE:moussa]] vient pr l'{{ame}} agent demande preuve de présence {{3 mois}}\nil montre une facture d'hôtel + son passeport malien n° [[IDENTIFIANT:B1204576]] dossier incomplet\nreviendra {{jeudi}}",
    ),
    (
        "cpam",
        PHY,
        "madame [[PERSONNE:corinne vichy]] elle vient pour sa {{pension d'invalidité}} virgule elle a changé de banque virgule elle donne son RIB [[IBAN:FR76 3000 3021 4500 0508 7332 109]] point l'agent scanne point elle dit qu'elle va en cure à {{vichy}} tous les ans rire avec un nom pareil",
    ),
    (
        "cpam",
        PHY,
        "couple de retraités mr et mme [[PERSONNE:boucher]]\n- lui diabétique ({{insuline}} {{metformine}})\n- elle veut changer de médecin traitant pcq le dr [[PERSONNE:hamon]] part à la retraite\nagent explique le formulaire (je note pas le num) tél de la dame [[TELEPHONE:02 99 41 63 08]]",
    ),
    (
        "cpam",
        PHY,
        "un jeune de {{dix-neuf ans}} [[PERSONNE:théo]] il est perdu il a jamais eu de {{carte vitale}} à lui virgule il était sur celle de sa mère point il donne son numéro [[NIR:1 03 12 59 350 201 20]] l'agent lui crée son compte {{ameli}} sur place avec son mail [[EMAIL:theo point lille59 arobase gmail point com]]",
    ),
    (
        "cpam",
        PHY,
        "{{14h}} reprise affiche campagne {{Mois sans tabac}} + {{octobre rose}} (dépistage) agent dit ke les {{patchs}} sont remboursés moi je savais pas\nborne {{n°2}} réparée\n{{2 agents}} pr {{40 personnes}}",
    ),
    (
        "cpam",
        PHY,
        "monsieur [[PERSONNE:jean-baptiste ange]] accident du travail sur un chantier {{Bouygues}} virgule la déclaration de l'employeur est pas arrivée point l'agent note le numéro de sinistre [[IDENTIFIANT:AT 35 2024 00871]] point il dit qu'il relance l'employeur sous {{48 heures}}",
    ),
    (
        "cpam",
        TEL,
        "plateforme {{3646}} {{9h05}} premier appel mme [[PERSONNE:aurore sedan]] arrêt maladie pas payé depuis {{21 jours}}\nconseiller demande le nir [[NIR:2 95 08 69 123 201 95]] attestation employeur manquante\nil dit d'appeler les rh de {{Carrefour}}",
    ),
    (
        "cpam",
        TEL,
        "un monsieur qui appelle pour son frère [[PERSONNE:jean-françois]] hospitalisé à {{ajaccio}} il donne le numéro de sécu du frère [[NIR:1 79 02 2A 004 031 06]] né à ajaccio aussi virgule le conseiller dit qu'il peut pas parler du dossier sans l'accord du frère virgule le monsieur s'énerve il dit c'est la {{corse}} ici on fait comme ça rire",
    ),
    (
        "cpam",
        TEL,
        "appel en anglais personne {{britannique}} retraitée en {{Dordogne}} formulaire {{S1}} conseiller galère\nelle épelle son nom [[PERSONNE:W-H-I-T-E-H-E-A-D]] et donne son num [[TELEPHONE:+44 7700 900 438]] transfert au service international",
    ),
    (
        "cpam",
        TEL,
        "le conseiller dit qu'il fait entre {{60}} et {{80 appels}} par jour virgule il a un casque et {{deux écrans}} point il y a un tableau qui affiche le nombre d'appels en attente {{143}} point tout le monde regarde le tableau point il dit que le lundi après le week-end de {{Pâques}} c'était l'enfer",
    ),
    (
        "cpam",
        TEL,
        "mr [[PERSONNE:cédric martin]] demande remboursement {{subutex}} conseiller prudent\nveut vérifier avec la pharmacie dit de rappeler tel donné [[TELEPHONE:zero sept 81 22 46 90]] il raccroche sans dire au revoir",
    ),
    (
        "cpam",
        TEL,
        "une dame appelle pour son remboursement de kiné virgule madame [[PERSONNE:yvette roche]] elle dicte son numéro de sécurité sociale [[NIR:deux cinquante-sept zéro cinq trente-huit cinq cent quarante-quatre zéro quatre-vingt-neuf vingt-cinq]] point elle est née à {{Vienne}} en {{Isère}} pas en {{Autriche}} elle précise point [[PERSONNE:roche]] comme le {{laboratoire Roche}} dit-elle",
    ),
    (
        "cpam",
        TEL,
        "appel d'un kiné pr un patient veut savoir si droits ouverts patient [[PERSONNE:lucas vienne]] né le [[DATE_NAISSANCE:1999-03-17]] conseiller oui jusqu'au {{31/12}} {{2 min}}",
    ),
    (
        "cpam",
        TEL,
        "appel d'une jeune femme qui vit à {{Florence}} elle est étudiante {{Erasmus}} elle demande la carte européenne virgule la {{carte européenne d'assurance maladie}} point elle s'appelle [[PERSONNE:léa]] le conseiller lui dit de la commander sur {{ameli}} point elle donne son mail [[EMAIL:léa point bonnet95 arobase outlook point fr]] au cas où",
    ),
    (
        "cpam",
        TEL,
        "conseiller me montre ses scripts « {{IJ}} » « {{CSS}} » « {{invalidité}} » « {{carte vitale}} »\nbcp d'appels pr {{Mon espace santé}} les gens croient que c une arnaque (sms frauduleux)\n{{17 appels}} ce matin pr ça",
    ),
    (
        "cpam",
        TEL,
        "monsieur [[PERSONNE:dole]] il épelle [[PERSONNE:d o l e]] il appelle pour son remboursement de transport en {{VSL}} pour sa {{chimio}} à {{Rennes}} virgule il dit que la société {{Taxis Bretons}} a pas été payée depuis {{trois mois}} point le conseiller regarde point c'est en cours",
    ),
    (
        "cpam",
        TEL,
        "mme [[PERSONNE:nadia hamidi]] appelle refus {{css}} car revenus trop hauts de {{14 €}} elle pleure conseiller propose de réexaminer\nelle redonne son mail perso pr être recontactée [[EMAIL:nadia.h.1982 [at] free.fr]]",
    ),
    (
        "cpam",
        TEL,
        "appel compliqué un monsieur qui a eu {{deux numéros}} de sécu un provisoire et un définitif virgule il s'appelle [[PERSONNE:karim]] il est né au {{maroc}} virgule le définitif c'est [[NIR:1 99 10 99 350 012 19]] point le conseiller fusionne point {{vingt minutes}}",
    ),
    (
        "cpam",
        TEL,
        "appel de la {{Pharmacie du Centre}} ({{Vitré}}) pr un patient dont la carte vitale bug patient mr [[PERSONNE:leclerc]] (pas le magasin {{Leclerc}} lol) n° [[NIR:150020331006220]] \ndroits ok c la puce",
    ),
    (
        "cpam",
        CSP,
        "contrôle d'arrêt de travail chez madame [[PERSONNE:sabine laval]] au [[ADRESSE:12 rue pierre loti 56100 lorient]] virgule sortie autorisée de {{9h}} à {{11h}} et de {{14h}} à {{16h}} point il est {{15h10}} elle est absente point l'agent laisse un avis point il dit sa arrive souvent",
    ),
    (
        "cpam",
        CSP,
        "2e visite mr [[PERSONNE:bruno petit]] arrêt {{lombalgie}} présent en pyjama regarde « {{les feux de l'amour}} »\nagent vérifie l'identité sur la cni n° [[IDENTIFIANT:X4RTC8M91]] son {{petit chien}} {{Filou}} lui saute dessus",
    ),
    (
        "cpam",
        CSP,
        "l'agent de contrôle m'explique qu'il fait à peu près {{quinze visites}} par semaine virgule que les contrôles sont demandés par le {{service médical}} ou par l'employeur point il a pas le droit d'entrer si on refuse point il a une carte d'agent assermenté",
    ),
    (
        "cpam",
        CSP,
        "chez mr [[PERSONNE:hervé dax]] [[ADRESSE:résidence les glycines, bât C, 4 rue de la gare, 72000 le mans]] interphone cassé on attend {{10 min}} qu'un voisin ouvre\nmr [[PERSONNE:dax]] présent arrêt jusqu'au {{30}}\nil demande si il peut aller à la pêche 🎣",
    ),
    (
        "cpam",
        CSP,
        "deuxième contrôle une infirmière en arrêt pour burn-out madame [[PERSONNE:émilie roche]] virgule elle travaille à l'hôpital de {{la Roche-sur-Yon}} point elle est chez elle elle pleure un peu point l'agent est très doux point devant la maison sa voiture [[IMMATRICULATION:EF-507-RS]] l'agent la note parce que l'employeur dit qu'elle travaille ailleurs",
    ),
    (
        "cpam",
        CSP,
        "controle ij mr [[PERSONNE:lucien sedan]] [[ADRESSE:lieu-dit la haute roche, 22100 quévert]] absent\nla voisine dit il est au {{PMU}} 😬\nagent note juste « absent » pas de commentaire",
    ),
    (
        "cpam",
        CSP,
        "l'agent contrôle un arrêt de travail chez un chauffeur de bus [[PERSONNE:mohamed ziani]] virgule il est là point il montre son ordonnance {{Doliprane}} et {{Lamaline}} point il est né le [[DATE_NAISSANCE:1er avril 1975]] il dit c'est pas une blague rire",
    ),
    (
        "cpam",
        CSP,
        "trajet agent conduit une {{Zoé}} de la {{cpam}} {{6 contrôles}} prévus {{2 absents}} déjà\nil dit ke les absents reçoivent un courrier et les {{ij}} peuvent être suspendues\nradio {{RMC}} débat sur le {{PSG}}",
    ),
    (
        "cpam",
        CSP,
        "chez monsieur [[PERSONNE:france]] oui c'est son nom de famille [[PERSONNE:gilles france]] virgule il habite [[ADRESSE:3 chemin des vignes 38200 vienne]] virgule arrêt après accident du travail il a un plâtre point il est supporter de l'équipe de {{France}} il a un maillot de {{Mbappé}}",
    ),
    (
        "cpam",
        CSP,
        "mme [[PERSONNE:le goff]] prénom [[PERSONNE:blanche]] arrêt dépression appart nickel nir [[NIR:2 75 09 2B 033 012 22]]\nelle montre son tel la cpam l'aurait appelée au [[TELEPHONE:06 71 02 48 55]] hier pr prévenir??\nagent dit non c pas nous\narnaque? on note\nsur le buffet {{un ange}} en plâtre",
    ),
    (
        "cpam",
        CSP,
        "dernier contrôle un jeune de {{vingt-sept ans}} [[PERSONNE:killian]] arrêt pour entorse il est en train de jouer à {{FIFA}} sur la {{Playstation}} virgule rire point l'agent dit que c'est autorisé point il vérifie la carte d'identité numéro [[IDENTIFIANT:180735201447]]",
    ),
    (
        "cpam",
        CSP,
        "contrôle annulé adresse fausse [[ADRESSE:48 rue de metz, 54000 nancy]] n'existe pas selon le gps\nagent rappelle l'assuré [[PERSONNE:morgan blois]] au [[TELEPHONE:07 68 90 31 12]]\nmessagerie",
    ),
    (
        "cpam",
        CSP,
        "fin de tournée retour à la {{Cpam}} de {{Vannes}} virgule l'agent saisit les comptes rendus dans l'outil point {{trois présents}} {{deux absents}} {{un refus}} point il me dit que le plus dur c'est la météo et les chiens point ce matin un {{berger allemand}} qui s'appelait {{Pirate}}",
    ),
]

# --- CCAS ----------------------------------------------------------------------------------
NOTES += [
    (
        "ccas",
        PHY,
        "ccas {{Rennes}} accueil {{9h}} mr [[PERSONNE:pierre]] (sans domicile) vient pr sa domiciliation\nagent « bonjour [[PERSONNE:pierre]] » ils se connaissent bien\n{{2 lettres}} dont une de la {{cpam}}\nil a un sac {{Decathlon}} + son chien {{Titan}} qui attend dehors",
    ),
    (
        "ccas",
        PHY,
        "une dame âgée madame [[PERSONNE:germaine boucher]] elle vient pour l'aide aux frais de chauffage virgule sa facture {{EDF}} référence client [[IDENTIFIANT:6003 418 227]] point elle a {{742 euros}} de retraite point l'agent calcule elle a droit à {{150 euros}} point elle dit que {{le boucher}} du marché lui fait crédit",
    ),
    (
        "ccas",
        PHY,
        "salle d'attente affiches {{Restos du cœur}} + {{Secours populaire}} + {{banque alimentaire}}\n{{colis de noël}} pr les {{+ de 70 ans}} inscriptions jusqu'au {{15/11}}\nqqn a laissé un {{Ouest-France}} ouvert sur les résultats du {{stade rennais}}\nune seule agente d'accueil pr {{3 bureaux}}",
    ),
    (
        "ccas",
        PHY,
        "un jeune couple avec un bébé ils viennent pour une aide alimentaire d'urgence virgule ils s'appellent [[PERSONNE:kevin]] et [[PERSONNE:marine lebon]] virgule la travailleuse sociale fait un bon pour l'{{épicerie sociale}} de {{30 euros}} point le bébé s'appelle [[PERSONNE:ange]] il dort tout le long",
    ),
    (
        "ccas",
        PHY,
        "mme [[PERSONNE:abadie]] {{67 ans}} demande l'{{apa}}? agent: c le département pas nous mais aide à remplir\nson tel [[TELEPHONE:06-12-70-83-45]]\nelle habite [[ADRESSE:rés. les roses, 6 rue florence arthaud, 35700 rennes]]\nelle a des {{roses}} brodées sur son cabas",
    ),
    (
        "ccas",
        PHY,
        "un monsieur [[PERSONNE:marcel nevers]] {{74 ans}} il vient pour la carte de transport gratuite {{Star}} virgule il donne son avis d'imposition point l'agent fait la carte en {{10 minutes}} point il dit qu'il est né à {{Nevers}} rire le même nom que la ville",
    ),
    (
        "ccas",
        PHY,
        "jeune femme [[PERSONNE:océane]] {{22 ans}} rupture familiale dort chez des amis veut une aide\nagent l'oriente {{115}} + {{mission locale}} elle donne son insta pr être recontactée lol [[IDENTIFIANT:@oceane.rns35]]\nagent prend plutot le tel [[TELEPHONE:0763184027]]",
    ),
    (
        "ccas",
        PHY,
        "le responsable du {{CCAS}} passe me dire bonjour virgule il explique que le budget des aides facultatives c'est {{420 000 euros}} par an point les aides c'est alimentaire énergie et transport point cette année les demandes énergie ont augmenté de {{30 pour cent}} point il cite l'{{abbé Pierre}}",
    ),
    (
        "ccas",
        PHY,
        "mr [[PERSONNE:adam]] {{45 ans}} demande aide pr payer son loyer\ndette {{1 800 €}} bailleur {{Archipel Habitat}} ref locataire [[IDENTIFIANT:ARC-33-07812]]\nagent propose le {{fsl}} et un rdv avec l'assistante sociale mme [[PERSONNE:carré]]",
    ),
    (
        "ccas",
        PHY,
        "madame [[PERSONNE:hamida]] elle a {{3 enfants}} elle vient pour la {{cantine}} tarif social virgule son numéro d'allocataire [[N_ALLOCATAIRE:5 2 8 4 1 0 6]] l'agent vérifie le quotient familial sur {{CDAP}} point c'est {{380}} point tarif à {{1 euro}} le repas",
    ),
    (
        "ccas",
        PHY,
        "[[PERSONNE:jean-pierre]] (dit « [[PERSONNE:jpp]] ») habitué vient boire le café de l'accueil et lire {{Ouest-France}}\nagent: il est là tous les jours depuis la mort de sa femme il parle de la {{saint-martin}} qui arrive la fête de son village ❤️",
    ),
    (
        "ccas",
        PHY,
        "une femme victime de violences elle vient avec son fils virgule l'agent la reçoit dans un bureau fermé point j'ai pas assisté point après l'agent me dit qu'elle a appelé le {{3919}} et qu'on l'a mise à l'abri à l'{{hôtel Formule 1 chambre 12}} pour {{trois nuits}}",
    ),
    (
        "ccas",
        PHY,
        "aide financière mme [[PERSONNE:nathalie meunier]] [[ADRESSE:27 bis av. de la république 44600 saint-nazaire]] \ndemande {{200 €}} pr réparer sa voiture [[IMMATRICULATION:CX 118 PQ]] pr aller au boulot chez {{Airbus}}\npassage en commission {{mardi}}",
    ),
    (
        "ccas",
        PHY,
        "monsieur [[PERSONNE:yves laval]] vient pour donner son rib pour recevoir l'aide virgule il donne un RIB de la {{banque postale}} [[IBAN:FR98 2004 1010 0505 1234 0K02 218]] virgule l'agent vérifie que c'est bien à son nom point il habite {{Maurepas}} depuis {{quarante ans}}",
    ),
    (
        "ccas",
        TEL,
        "appel mme [[PERSONNE:rose]] {{88 ans}} veut le portage de repas\nagent note adresse [[ADRESSE:9 rue des écoles, 22000 saint-brieuc]] tel fixe [[TELEPHONE:02 96 33 18 74]]\nelle dit qu'elle aime pas le poisson sauf la {{sole meunière}} 😂",
    ),
    (
        "ccas",
        TEL,
        "appel d'une voisine inquiète pour un monsieur qui sort plus de chez lui monsieur [[PERSONNE:martin]] au [[ADRESSE:quatre rue du stade]] à {{cesson}} virgule l'agente prévient la {{police municipale}} point la voisine laisse son numéro [[TELEPHONE:zéro six trente et un vingt-deux quarante-quatre dix-neuf zéro sept]]",
    ),
    (
        "ccas",
        TEL,
        "standard ccas {{14h}}-{{15h}} = {{22 appels}}\nquestions:\n- {{colis de noël}}\n- {{repas des aînés}}\n- {{registre canicule}}\n- {{téléassistance}}\n- carte {{Sortir!}}\nagente répond en {{30 sec}} à la plupart\nelle a un mug « {{Joyeux Noël}} » en plein juin lol\nle standard ferme à {{17h}} ms elle finit tjrs à {{17h20}}",
    ),
    (
        "ccas",
        TEL,
        "un monsieur appelle pour inscrire sa mère au {{registre canicule}} virgule [[PERSONNE:odette roche]] née le [[DATE_NAISSANCE:18 août 1931]] virgule elle vit seule au [[ADRESSE:11 place des Lices 35000 Rennes]] point l'agente demande s'il y a un voisin point il dit non point elle note visite prioritaire",
    ),
    (
        "ccas",
        TEL,
        "appel assistante sociale du {{cdas}} demande un rdv commun pr la famille [[PERSONNE:diallo]] donne le n° alloc [[N_ALLOCATAIRE:4467210]] pr vérif aide cantine ok {{jeudi 10h}}",
    ),
    (
        "ccas",
        TEL,
        "une dame appelle elle veut parler à [[PERSONNE:olivier]] point l'agente dit qu'il y a plus d'[[PERSONNE:olivier]] ici il est parti à la retraite point la dame c'est madame [[PERSONNE:petit]] elle dit merci {{ma petite}} vous êtes gentille",
    ),
    (
        "ccas",
        TEL,
        "appel {{11h20}} mr [[PERSONNE:vincent]] veut savoir si sa demande d'aide est passée en commission agent demande sa date de naissance pr le retrouver [[DATE_NAISSANCE:4/11/68]]\nrefusée\nil raccroche au nez 😶",
    ),
    (
        "ccas",
        TEL,
        "l'agente rappelle une dame pour lui dire que son aide de {{180 euros}} est accordée virgule elle compose le [[TELEPHONE:06 44 21 97 30]] ça sonne longtemps point messagerie point elle laisse un message madame [[PERSONNE:leblanc]] ici le {{CCAS de Brest}} virgule elle relit le RIB sur le dossier [[IBAN:30004 01823 00012345678 54]] pour être sûre",
    ),
    (
        "ccas",
        TEL,
        "agente me montre le logiciel des aides (jsp le nom) {{1 200 dossiers}}/an\nprend les appels en {{binôme}} l'aprem\npendant que je note appel de la {{Pharmacie Lafayette}} pr un bon de médicaments ({{doliprane}} + {{spasfon}})",
    ),
    (
        "ccas",
        TEL,
        "appel d'un monsieur qui vit dans sa voiture sur le parking de l'{{Intermarché}} virgule il demande où dormir ce soir virgule l'agent lui donne le {{115}} et lui demande sa plaque pour la {{maraude}} [[IMMATRICULATION:8834 VX 29]] une vieille {{Peugeot 205}} point il s'appelle [[PERSONNE:thierry]]",
    ),
    (
        "ccas",
        TEL,
        "appel mme [[PERSONNE:adamo]]? non [[PERSONNE:adam]] (nom de famille) elle épelle [[PERSONNE:A.D.A.M]]\ndemande attestation de domiciliation pr son fils agent: il doit venir lui même\nelle dit il est a {{Nancy}} pr le boulot chez {{Martin Bâtiment}}",
    ),
    (
        "ccas",
        TEL,
        "appel de la {{banque alimentaire}} pour la collecte du week-end virgule le bénévole donne son numéro perso [[TELEPHONE:07 52 68 11 03]] il s'appelle [[PERSONNE:dominique]] point rien d'autre",
    ),
    (
        "ccas",
        TEL,
        "une veuve appelle pr les obsèques de son mari aide aux {{frais d'obsèques}}?\nagent donne la liste des pompes funèbres elle dit que le mari était fan de {{Johnny}} enterrement avec « {{Allumer le feu}} » 🎸",
    ),
    (
        "ccas",
        CSP,
        "visite à domicile avec la travailleuse sociale chez monsieur [[PERSONNE:rené marin]] au [[ADRESSE:2 impasse des mouettes, 29900 concarneau]] virgule ancien marin de la {{marine marchande}} point il vit seul avec son chat {{Mousse}} point l'appartement est très encombré {{syndrome de Diogène}} peut-être",
    ),
    (
        "ccas",
        CSP,
        "visite mme [[PERSONNE:blanche]] {{93 ans}} [[ADRESSE:appt 12, 5 rue de la fontaine, 35760 saint-grégoire]] pr la {{téléassistance}} boitier {{Présence Verte}}\nelle garde ses clés chez la voisine mme [[PERSONNE:rivière]]",
    ),
    (
        "ccas",
        CSP,
        "sur la route la travailleuse sociale m'explique les visites virgule toujours {{à deux}} virgule jamais seule point elles font une évaluation {{grille AGGIR}} point elle a un sac avec des surchaussures et du gel point il pleut sur {{Quimper}}",
    ),
    (
        "ccas",
        CSP,
        "logement insalubre chez la famille [[PERSONNE:koné]] [[ADRESSE:14 rue du petit pont 59100 roubaix]] cafards humidité\n{{4 enfants}} ds {{2 pièces}}\nproprio injoignable\nle ts appelle l'{{ars}} + le {{schs}}\nun enfant me montre son doudou {{Pikachu}}",
    ),
    (
        "ccas",
        CSP,
        "chez madame [[PERSONNE:lucienne petit]] pour une demande d'{{aide ménagère}} virgule elle a {{86 ans}} virgule elle est née le [[DATE_NAISSANCE:2 mars 1938]] point elle nous montre des photos de son mari point elle dit mon petit mari rire",
    ),
    (
        "ccas",
        CSP,
        "visite mr et mme [[PERSONNE:florence]] couple {{80 ans}} ils viennent de {{Florence}}? non c leur nom 😅\nils ont un grand {{olivier}} ds le jardin\ndemande aide pr le {{fioul}} {{1 100 €}} ref client du fournisseur [[IDENTIFIANT:FD-20931-B]]",
    ),
    (
        "ccas",
        CSP,
        "visite pour une aide à l'hébergement chez monsieur [[PERSONNE:sébastien nancy]] virgule il habite dans un mobil-home [[ADRESSE:camping du bois joli emplacement 17]] à {{Saint-Malo}} virgule l'hiver c'est dur point il chauffe avec un poêle à pétrole",
    ),
    (
        "ccas",
        CSP,
        "visite annulée personne absente on attend {{15 min}} ds la voiture la ts m'explique le {{rsa}} l'{{aspa}} la {{pch}} l'{{apa}}... j'ai rien retenu\nelle mange une pomme {{Pink Lady}}\nretour au {{ccas}} {{11h50}}",
    ),
    (
        "ccas",
        CSP,
        "chez la famille [[PERSONNE:kovalenko]] virgule ils sont arrivés d'{{Ukraine}} virgule la maman montre son titre de séjour [[IDENTIFIANT:9924801376]] virgule {{protection temporaire}} point les enfants regardent {{Peppa Pig}} point ils ont besoin de lits",
    ),
    (
        "ccas",
        CSP,
        "visite mr [[PERSONNE:francis tulle]] {{70 ans}} ancien {{boucher}} [[ADRESSE:la ferme du moulin, 49 route de vitré, 35370 argentré-du-plessis]] veut une aide pr entrer en {{EHPAD Les Tilleuls}}\nil a du {{pain de mie}} et du {{pâté Hénaff}} sur la table",
    ),
    (
        "ccas",
        CSP,
        "visite d'évaluation chez madame [[PERSONNE:nadine lebon]] virgule elle nous montre son relevé IBAN [[IBAN:FR76 1558 9351 0201 2349 8760 074]] pour le virement de l'aide virgule elle vend des trucs sur {{leboncoin}} pour s'en sortir point elle a {{deux ados}}",
    ),
    (
        "ccas",
        CSP,
        "visite chez [[PERSONNE:ginette]] et [[PERSONNE:rené abalain]] {{90}} et {{92 ans}} [[ADRESSE:kerlann, 29170 fouesnant]] pr le {{registre canicule}}\nils regardent {{questions pour un champion}} [[PERSONNE:rené]] répond à tt 😄",
    ),
    (
        "ccas",
        CSP,
        "dernière visite chez un monsieur qui sort de prison monsieur [[PERSONNE:sofiane]] virgule il est hébergé chez sa sœur au [[ADRESSE:7 rue de la rose 76000 rouen]] virgule il a besoin d'une domiciliation et d'une carte d'identité point il a un tatouage d'{{une rose}} sur le bras",
    ),
]

# --- Urgences ------------------------------------------------------------------------------
NOTES += [
    (
        "urgences",
        PHY,
        "urgences chu {{Pontchaillou}} {{22h}} l'ioa reçoit mr [[PERSONNE:jérôme petit]] {{42 ans}} douleur thoracique direct en box\nipp [[IDENTIFIANT:P00781243]] créé en {{3 min}}\nmoi je tremble",
    ),
    (
        "urgences",
        PHY,
        "une maman arrive avec son petit garçon de {{quatre ans}} qui a avalé une {{pièce de deux euros}} virgule le petit s'appelle [[PERSONNE:nathan]] virgule la secrétaire demande la date de naissance [[DATE_NAISSANCE:neuf septembre deux mille vingt]] et la carte vitale de la maman numéro [[NIR:2 92 11 75 112 047 30]] point radio tout de suite",
    ),
    (
        "urgences",
        PHY,
        "salle d'attente {{37 patients}} attente affichée {{4h30}}\nécran {{TF1}} sans le son (« {{Koh-Lanta}} »)\nun mec ivre chante du {{Johnny}} agent de sécu calme\n{{2 brancards}} ds le couloir 😢",
    ),
    (
        "urgences",
        PHY,
        "l'agent administratif à l'accueil fait les admissions virgule madame [[PERSONNE:france meunier]] vient pour sa mère [[PERSONNE:simone]] qui est tombée virgule elle donne l'adresse de la mère [[ADRESSE:17 rue du général de gaulle 54000 nancy]] et le numéro de mutuelle {{MGEN}} [[IDENTIFIANT:2 045 718 336]]",
    ),
    (
        "urgences",
        PHY,
        "{{23h10}} sdf connu «[[PERSONNE:grand ange]]» vient pr une plaie au pied\npas de carte vitale pas de papiers\nl'ioa le connait « il vient ts les hivers »\norienté {{PASS}} demain {{9h}}",
    ),
    (
        "urgences",
        PHY,
        "un jeune qui a eu un accident de scooter virgule les {{pompiers}} l'amènent virgule ils donnent la plaque du scooter à la police [[IMMATRICULATION:AB-374-QZ]] point il s'appelle [[PERSONNE:enzo]] il a {{17 ans}} point sa mère arrive en pleurs point elle s'appelle [[PERSONNE:angélique]]",
    ),
    (
        "urgences",
        PHY,
        "admission\nsecretaire tape le nom [[PERSONNE:martin]] → {{412}} résultats lol\naffine avec le prenom [[PERSONNE:gilberte]] + date naiss [[DATE_NAISSANCE:03.08.1957]] → 1 seul ouf",
    ),
    (
        "urgences",
        PHY,
        "l'infirmière organisatrice de l'accueil explique le tri virgule {{cinq niveaux}} de gravité virgule {{tri un}} c'est urgence vitale point ce soir il y a {{deux tri un}} point elle dit que les gens comprennent pas pourquoi ceux arrivés après passent avant point elle boit un {{Red Bull}}",
    ),
    (
        "urgences",
        PHY,
        "mr [[PERSONNE:olivier roche]] (rien à voir avec le {{laboratoire Roche}} lol) {{58 ans}} diabétique malaise\nsa femme donne la liste:\n- {{metformine}}\n- {{kardégic}}\n- {{lantus}}\n+ son portable pr rappeler [[TELEPHONE:06 29 84 10 57]]",
    ),
    (
        "urgences",
        PHY,
        "une dame d'origine italienne [[PERSONNE:giulia conti]] elle est née à {{Florence}} virgule elle a une carte vitale numéro [[NIR:2 83 12 99 127 008 10]] point elle s'est fait une entorse en jouant au foot avec son fils point elle rit elle dit que c'est la faute de {{Zidane}}",
    ),
    (
        "urgences",
        PHY,
        "pt de vue admin bcp de patients sans droits\nl'agent fait des dossiers {{css}}/{{ame}} ts les jours\npatient [[PERSONNE:ionut]] roumain carte européenne n° [[IDENTIFIANT:80642000030047128943]] ça c ok pr une fois",
    ),
    (
        "urgences",
        PHY,
        "un monsieur très âgé amené par l'ambulance de l'{{EHPAD Les Jardins de Marie}} virgule monsieur [[PERSONNE:albert lens]] {{92 ans}} virgule la fiche de liaison donne la date de naissance [[DATE_NAISSANCE:vingt-neuf février mille neuf cent trente-deux]] il dit qu'il a eu que {{23 anniversaires}} rire",
    ),
    (
        "urgences",
        PHY,
        "bagarre ds la salle d'attente vers {{0h15}} police arrive un des 2 = [[PERSONNE:dylan]] blessé à la main l'autre part\npolicier note la plaque d'une voiture garée sur le quai des ambulances [[IMMATRICULATION:fg 092 hh]] pr la fourrière 😬",
    ),
    (
        "urgences",
        PHY,
        "la secrétaire m'explique l'{{IPP}} virgule chaque patient a un numéro unique point elle me montre un exemple sur l'écran de formation IPP [[IDENTIFIANT:4 0 0 2 8 7 1 5 5]] au nom de [[PERSONNE:marcel testard]] point elle dit qu'on le garde même si on revient dix ans après",
    ),
    (
        "urgences",
        PHY,
        "jeune fille [[PERSONNE:léna]] {{16 ans}} intox alcool après soirée\nmère prévenue au [[TELEPHONE:+33 6 87 12 40 95]] l'ioa: « c la {{fête de la musique}} demain ça va être pire »",
    ),
    (
        "urgences",
        PHY,
        "un patient parle pas français virgule l'agent utilise {{google traduction}} virgule il est afghan virgule il s'appelle [[PERSONNE:ahmad rahimi]] virgule il montre son récépissé de demande d'asile numéro [[IDENTIFIANT:3503127846]] point il a mal au ventre depuis {{trois jours}}",
    ),
    (
        "urgences",
        PHY,
        "{{21h45}} pause de l'ioa {{5 min}}\nelle me dit {{120 passages}}/jour record {{174}} le {{1er janvier}}\nles soirs de match du {{Stade Rennais}} = entorses + alcool\nelle adore {{Grey's Anatomy}} malgré tout 😂",
    ),
    (
        "urgences",
        PHY,
        "une famille de la communauté des gens du voyage ils sont {{quinze}} dans la salle d'attente virgule la grand-mère madame [[PERSONNE:winterstein]] virgule l'agent demande l'adresse virgule elle donne [[ADRESSE:aire d'accueil de la prévalaye emplacement 6]] virgule c'est là qu'ils vivent",
    ),
    (
        "urgences",
        PHY,
        "patient [[PERSONNE:bertrand]] arrivé en {{smur}} inconscient\npas de papiers sur lui juste une carte de fidélité {{Leclerc}} au nom de [[PERSONNE:bertrand vienne]] l'agent cherche ds le {{dpi}}\nfamille retrouvée grâce à la carte",
    ),
    (
        "urgences",
        PHY,
        "une dame enceinte elle dit que la sage-femme lui a dit de venir virgule elle est réorientée vers les urgences gynéco point elle s'appelle [[PERSONNE:anaïs marin]] elle donne son téléphone [[TELEPHONE:zéro six cinquante-cinq quatorze trente-deux quatre-vingt-dix-huit zéro un]]",
    ),
    (
        "urgences",
        TEL,
        "standard urgences {{CH}} {{Saint-Brieuc}} appel d'une fille qui cherche son père [[PERSONNE:jean-claude guého]] amené ce matin par les {{pompiers}}\nagente: « je peux rien dire au téléphone » sauf personne de confiance elle laisse son tel [[TELEPHONE:06 17 52 08 63]] pr rappel",
    ),
    (
        "urgences",
        TEL,
        "appel d'un médecin généraliste le docteur [[PERSONNE:sylvain lebon]] qui adresse un patient virgule il donne le nom du patient [[PERSONNE:yannick le berre]] né le [[DATE_NAISSANCE:vingt-trois mai soixante et onze]] virgule suspicion d'appendicite point l'agente prévient le chirurgien de garde",
    ),
    (
        "urgences",
        TEL,
        "tel sonne en continu {{3 lignes}}\nagente filtre « est-ce une urgence vitale? sinon le {{15}} ou le {{médecin de garde}} » elle répète {{116 117}} au moins {{10 fois}}\nun appel pr savoir si on peut venir avec son chien (non)",
    ),
    (
        "urgences",
        TEL,
        "une dame appelle pour savoir si son mari est arrivé virgule monsieur [[PERSONNE:pierre]] euh [[PERSONNE:pierre-yves caradec]] virgule l'agente vérifie l'identité elle demande la date de naissance du mari [[DATE_NAISSANCE:30 juin 1962]] point oui il est en {{box 4}}",
    ),
    (
        "urgences",
        TEL,
        "appel police\ncherchent un blessé véhicule [[IMMATRICULATION:BX-622-NV]] accident sur la {{N12}} agente confirme {{1 admission}} sans nom (X) {{00h40}}",
    ),
    (
        "urgences",
        TEL,
        "appel du {{foyer d'accueil médicalisé Les Roses}} pour annoncer un transfert virgule madame [[PERSONNE:denise olivier]] virgule l'infirmière donne le numéro de sécu [[NIR:2 66 03 76 540 055 38]] et dit qu'elle est née à {{Rouen}} en [[DATE_NAISSANCE:mars soixante-six]] point chute avec perte de connaissance",
    ),
    (
        "urgences",
        TEL,
        "appel d'un mec bourré qui veut parler à «[[PERSONNE:nanou]]» l'infirmière de nuit\nagente raccroche il rappelle {{4 fois}}\nn° affiché [[TELEPHONE:07 45 31 88 26]] elle le note pr la sécu",
    ),
    (
        "urgences",
        TEL,
        "le standard reçoit un appel d'un monsieur qui demande les résultats de sa prise de sang virgule l'agente demande son numéro de patient virgule il donne IPP [[IDENTIFIANT:P 0 0 5 1 2 6 7 8]] virgule monsieur [[PERSONNE:meunier]] point elle dit qu'elle peut pas donner de résultats par téléphone",
    ),
    (
        "urgences",
        TEL,
        "appel d'un hôtel {{Ibis Budget}} client malade ds la {{chambre 208}} demande si il faut l'amener aux urgences ou appeler le {{15}} \nagente: le 15!!\nclient = mr [[PERSONNE:kowalski]]",
    ),
    (
        "urgences",
        TEL,
        "l'agente d'accueil téléphonique me dit qu'elle est aussi aide-soignante de formation virgule elle fait des nuits de {{douze heures}} virgule elle a {{trois enfants}} point elle écoute {{Nostalgie}} la nuit point les appels les plus durs c'est les parents",
    ),
    (
        "urgences",
        TEL,
        "appel d'une mère fils [[PERSONNE:kylian]] {{8 ans}} fièvre {{40}}\nagente conseille {{doliprane}} + le {{15}} si convulsion mère demande si c le {{covid}}\nadresse donnée au cas où [[ADRESSE:appt 34, 2 allée de la pierre blanche, 92000 nanterre]]",
    ),
    (
        "urgences",
        TEL,
        "un monsieur appelle pour récupérer les affaires de sa femme décédée hier virgule il est très calme virgule madame [[PERSONNE:florence nevers]] virgule l'agente lui donne rendez-vous avec le cadre de santé {{demain 14h}} point je suis bouleversée",
    ),
    (
        "urgences",
        TEL,
        "appel d'une mutuelle ({{Malakoff Humanis}}) pr une prise en charge patient n° adhérent [[IDENTIFIANT:MH-77120458]]\nagente dit de voir le service facturation pas son job 🙄",
    ),
    (
        "urgences",
        TEL,
        "une jeune femme appelle elle pense avoir été droguée en soirée au {{GHB}} virgule l'agente lui dit de venir tout de suite virgule elle donne son prénom [[PERSONNE:manon]] et son mail pour l'{{unité médico-judiciaire}} [[EMAIL:manon point gicquel at hotmail point fr]]",
    ),
    (
        "urgences",
        TEL,
        "appel d'un hôpital de {{Vienne}} (autriche?)\nnon {{Vienne}} en {{Isère}} 😅\npr le transfert du dossier de mme [[PERSONNE:colette marin]] née le [[DATE_NAISSANCE:12/10/1948]] agente passe au cadre",
    ),
    (
        "urgences",
        TEL,
        "appel d'un patient sorti hier qui a oublié ses lunettes et sa carte de mutuelle virgule monsieur [[PERSONNE:hugo]] virgule il laisse son numéro [[TELEPHONE:06 36 19 47 52]] virgule l'agente dit qu'on les garde à l'accueil {{quinze jours}}",
    ),
    (
        "urgences",
        TEL,
        "stats du standard affichées ds le bureau {{janvier}} {{6 412 appels}} délai moyen de décroché {{48 sec}} objectif {{30 sec}}\nslogan « {{Ici on soigne tout le monde}} »\n{{calendrier des pompiers}} accroché lol",
    ),
    (
        "urgences",
        TEL,
        "appel d'un ambulancier des {{Ambulances Martin}} virgule il annonce l'arrivée d'une patiente dans {{dix minutes}} virgule madame [[PERSONNE:petit]] virgule il donne sa plaque pour l'accès au quai [[IMMATRICULATION:DL-810-KP]]",
    ),
    (
        "urgences",
        TEL,
        "appel famille [[PERSONNE:da silva]] ({{portugais}}) le fils aîné [[PERSONNE:rui]] au tel donne le n° de passeport de la grand-mère pr l'admission [[IDENTIFIANT:CB4120776]]\npas nécessaire dit l'agente",
    ),
    (
        "urgences",
        TEL,
        "dernier appel que j'écoute un monsieur qui demande combien de temps d'attente pour une entorse virgule l'agente dit entre {{deux}} et {{quatre heures}} peut-être plus après {{minuit}} point il répond ok je viens quand même point fin",
    ),
]

# --- CHRS / 115 ----------------------------------------------------------------------------
NOTES += [
    (
        "chrs",
        PHY,
        "chrs {{L'Escale}} accueil {{8h30}}\nmr [[PERSONNE:rachid]] ressort de sa {{chambre 14}} demande son courrier\nl'éducatrice [[PERSONNE:marion]] lui rappelle son rdv {{France Travail}} à {{10h}}\nson identifiant [[ID_FRANCE_TRAVAIL:4002187P]] est noté sur un post-it collé au frigo\nil dit « t'inquiète [[PERSONNE:marion]] » ms il a pas de montre\nelle lui prête un réveil {{Casio}} lol\n{{9h50}} il est parti, à pied, {{25 min}} de marche",
    ),
    (
        "chrs",
        PHY,
        "une femme avec deux enfants arrive envoyée par le {{115}} virgule madame [[PERSONNE:aminata coulibaly]] virgule référence {{SIAO}} [[IDENTIFIANT:SIAO-35-2024-01187]] virgule l'éducateur lui montre la {{chambre familiale}} point les enfants ont des cartables {{Reine des neiges}}",
    ),
    (
        "chrs",
        PHY,
        "réunion d'équipe {{9h}}\n{{38 places}} {{36}} occupées {{2}} en attente d'orientation {{siao}}\nle chef de service parle du {{plan grand froid}} ouverture du gymnase de {{Bréquigny}}\ncafé + {{galettes Saint-Michel}}",
    ),
    (
        "chrs",
        PHY,
        "monsieur [[PERSONNE:lebon]] il s'appelle [[PERSONNE:lebon]] mais il dit que la vie elle est pas bonne rire virgule il a {{53 ans}} il vient signer son contrat de séjour virgule participation {{10 pour cent}} de ses ressources point son {{rsa}} c'est {{635 euros 71}}",
    ),
    (
        "chrs",
        PHY,
        "jeune [[PERSONNE:yanis]] {{19 ans}} sortie d'{{ase}} arrive avec 1 sac\nl'éduc ouvre le dossier date naiss [[DATE_NAISSANCE:2005-07-21]] tel [[TELEPHONE:07 51 09 62 84]]\nil a un maillot du {{psg}} et un tel fissuré",
    ),
    (
        "chrs",
        PHY,
        "une dame qui vient récupérer ses affaires elle a trouvé une place en pension de famille virgule madame [[PERSONNE:nadia]] virgule nouvelle adresse pension de famille {{Les Oliviers}} [[ADRESSE:3 rue de brest 35000 rennes]] point elle embrasse tout le monde",
    ),
    (
        "chrs",
        PHY,
        "l'éduc me montre le cahier de liaison « [[PERSONNE:ange]] a encore fait entrer son chien {{Rocky}} » lol\n[[PERSONNE:ange]] c un résident de {{45 ans}} le chien est pas autorisé ms toléré",
    ),
    (
        "chrs",
        PHY,
        "entretien d'accueil avec un monsieur qui sort de l'hôpital psychiatrique virgule monsieur [[PERSONNE:yann le floch]] virgule numéro de sécu [[NIR:1 85 03 35 238 114 50]] il est né à {{Rennes}} virgule il prend du {{tercian}} et du {{loxapac}} virgule il a un curateur à l'{{UDAF}}",
    ),
    (
        "chrs",
        PHY,
        "mme [[PERSONNE:sedan]] ([[PERSONNE:claire]]) vient déposer son dossier logement social n° unique de demande [[IDENTIFIANT:035 10 2309 01847]]\néduc: « {{2 ans}} d'attente minimum a {{rennes}} »",
    ),
    (
        "chrs",
        PHY,
        "l'éducateur me fait visiter virgule il y a une {{laverie}} une {{cuisine collective}} et une {{salle télé}} point ce soir ils regardent le match {{Rennes Nantes}} point le règlement est affiché virgule pas d'alcool dans les chambres point couvre-feu {{23h}}",
    ),
    (
        "chrs",
        PHY,
        "ds le bureau un résident [[PERSONNE:manu]] demande à l'éduc de l'aider pour sa déclaration {{caf}} en ligne n° alloc [[N_ALLOCATAIRE:7 013 356]] mdp oublié\nça prend {{40 min}}\nle site plante {{2x}}",
    ),
    (
        "chrs",
        PHY,
        "une femme victime de violences conjugales madame [[PERSONNE:sonia]] virgule son mari a gardé sa voiture virgule elle donne la plaque pour la plainte [[IMMATRICULATION:EP-441-BT]] point l'éducatrice l'accompagne au commissariat à {{14h}}",
    ),
    (
        "chrs",
        PHY,
        "mr [[PERSONNE:vichy]] {{61 ans}} sort de {{Jacques-Cartier}} (prison)\nl'éduc l'aide à ouvrir un compte à la {{Caisse d'Épargne}} rib reçu [[IBAN:FR76 1751 5900 0008 0045 1236 783]]\nil boit une {{Vichy Célestins}} en attendant",
    ),
    (
        "chrs",
        PHY,
        "un résident [[PERSONNE:gaëtan]] vient dire que son téléphone a été volé virgule il veut que l'éducatrice appelle son ancien numéro [[TELEPHONE:zéro sept 12 45 78 30]] pour voir si ça sonne point rire point ça sonne pas",
    ),
    (
        "chrs",
        TEL,
        "{{115}} du {{35}} {{20h05}} l'écoutante décroche mr [[PERSONNE:patrick]] dort dehors à la {{gare}} depuis {{3 nuits}}\nplus de places\nelle le met sur liste d'attente réf [[IDENTIFIANT:115-2024-88417]]",
    ),
    (
        "chrs",
        TEL,
        "un appel d'une femme qui dort dans sa voiture avec son fils virgule une {{Twingo}} immatriculée [[IMMATRICULATION:DZ 560 JM]] sur le parking du {{Carrefour}} de {{Cesson}} virgule elle s'appelle [[PERSONNE:magali]] point l'écoutante trouve une place à l'{{hôtel Première Classe chambre 22}}",
    ),
    (
        "chrs",
        TEL,
        "écoutante {{115}}\n{{300 appels}}/nuit en hiver\n{{1 sur 3}} décroché 😢\n{{plan grand froid}} niveau {{2}}\nelle dit ke les gens appellent à {{19h59}} pile pr l'ouverture des lignes\nsur le mur une photo de l'{{abbé Pierre}}",
    ),
    (
        "chrs",
        TEL,
        "un monsieur appelle il s'appelle [[PERSONNE:boucher]] monsieur [[PERSONNE:boucher]] virgule il dit j'étais {{boucher}} chez {{Super U}} avant virgule maintenant j'ai plus rien point il donne sa date de naissance [[DATE_NAISSANCE:onze novembre soixante-dix-neuf]] pour que l'écoutante le retrouve dans le fichier",
    ),
    (
        "chrs",
        TEL,
        "appel d'une maraude {{Croix-Rouge}} qui signale «[[PERSONNE:tonton]]» sous le pont de la {{Vilaine}} {{75 ans}} environ refuse de bouger\nle bénévole donne son portable [[TELEPHONE:06 83 22 15 09]] pr le suivi",
    ),
    (
        "chrs",
        TEL,
        "une jeune femme enceinte de {{sept mois}} [[PERSONNE:jessica]] virgule elle appelle depuis une cabine virgule pas de portable virgule elle donne l'email de son assistante sociale [[EMAIL:c point durand arobase ille-et-vilaine point fr]] pour qu'on la prévienne",
    ),
    (
        "chrs",
        TEL,
        "appel famille syrienne le papa parle anglais {{5 personnes}}\nl'écoutante remplit la fiche {{siao}} nom [[PERSONNE:al-hassan]] récépissé {{APS}} n° [[IDENTIFIANT:3502418857]] \npas de place famille ce soir → {{gymnase}}",
    ),
    (
        "chrs",
        TEL,
        "l'écoutante m'explique que le {{115}} c'est gratuit et anonyme virgule les gens peuvent donner un faux nom point un monsieur appelle tous les soirs il dit s'appeler [[PERSONNE:jean valjean]] point elle joue le jeu",
    ),
    (
        "chrs",
        TEL,
        "appel {{23h30}} mme [[PERSONNE:gwen]] à la rue après une dispute [[ADRESSE:12 rue de nantes, 35000 rennes]] c chez son ex elle peut plus y aller\nplace trouvée à l'{{Asfad}} taxi payé",
    ),
    (
        "chrs",
        TEL,
        "pendant une pause l'écoutante me parle de son métier virgule elle est là depuis {{huit ans}} virgule elle a connu la fusion avec le {{SIAO}} point elle dit que l'hiver {{2023}} était le pire point elle mange des {{Pépito}}",
    ),
    (
        "chrs",
        TEL,
        "appel de [[PERSONNE:jordan]] il a une place au {{foyer Adoma de Cleunay}} {{chambre 11}} veut savoir si il peut venir avec sa copine [[PERSONNE:célia]]\nnon\nil raccroche",
    ),
    (
        "chrs",
        TEL,
        "un homme appelle pour sa sœur [[PERSONNE:vanessa]] qui vit sous une tente dans le {{bois de Soeuvres}} virgule il donne le numéro de sa sœur [[TELEPHONE:06 03 58 71 24]] virgule la maraude passera {{demain matin}}",
    ),
    (
        "chrs",
        TEL,
        "appel d'une assistante sociale de l'hôpital {{Guillaume-Régnier}} pr la sortie d'un patient sans domicile mr [[PERSONNE:eric nancy]] {{vendredi}}\ndonne le n° sécu [[NIR:171042901915571]] pr le dossier {{siao}} né à {{Brest}}",
    ),
    (
        "chrs",
        CSP,
        "visite en {{logement diffus}} avec l'éducatrice chez madame [[PERSONNE:katia]] au [[ADRESSE:21 rue de saint-malo, appartement 3b, 35000 rennes]] virgule l'appartement est propre virgule elle fait des gâteaux pour l'{{Aïd}}",
    ),
    (
        "chrs",
        CSP,
        "tour des chambres (hebdo)\n- {{chambre 5}} ok\n- {{chambre 7}} bouteilles de {{kronenbourg}} cachées → rappel au règlement pr [[PERSONNE:didier]]\n- {{chambre 9}} [[PERSONNE:moussa]] dort on repasse + tard",
    ),
    (
        "chrs",
        CSP,
        "visite d'un studio vide qui va accueillir une famille virgule l'éducateur vérifie les détecteurs de fumée virgule le frigo virgule les lits point il manque une ampoule point il note pour l'homme d'entretien point le bailleur c'est {{Espacil}}",
    ),
    (
        "chrs",
        CSP,
        "visite chez [[PERSONNE:rose]] et [[PERSONNE:martin]] couple en {{logement diffus}} [[ADRESSE:4 square du roi arthur 35200 rennes]] elle a planté une {{rose trémière}} sur le balcon [[PERSONNE:martin]] bosse chez {{Martin Bâtiment}} en intérim\nils ont un chat qui s'appelle {{Olivier}} 🐈",
    ),
    (
        "chrs",
        CSP,
        "on passe voir un monsieur à l'{{hôtel Ibis Budget}} {{chambre 315}} virgule le {{CHRS}} paye les nuitées point il a pas mangé depuis hier point l'éducatrice lui donne un {{ticket service}} de {{10 euros}}",
    ),
    (
        "chrs",
        CSP,
        "visite appart partagé {{3 hommes}} [[PERSONNE:kader]] a cassé la porte\nfacture du serrurier à son nom n° [[IDENTIFIANT:SER-2024-0913]] {{180 €}}\nil paiera en {{4 fois}}",
    ),
    (
        "chrs",
        CSP,
        "visite chez une maman seule avec un bébé madame [[PERSONNE:océane marin]] virgule elle a reçu sa première paie virgule elle montre le virement sur son compte [[IBAN:FR76 1250 6200 5656 7890 1230 080]] virgule l'éducatrice calcule la participation point {{cinquante-deux euros}}",
    ),
    (
        "chrs",
        CSP,
        "{{chambre 12}} mr [[PERSONNE:lucien]] {{70 ans}} regarde « {{Affaire conclue}} » il dit ke sa fille [[PERSONNE:nathalie]] habite [[ADRESSE:8 rue des martyrs 75009 paris]] et l'appelle jamais\nl'éduc note pr une médiation familiale",
    ),
    (
        "chrs",
        CSP,
        "visite dans le dispositif caravanes [[ADRESSE:camping municipal des étangs, emplacement 31]] virgule monsieur [[PERSONNE:jimmy reinhardt]] virgule il a une caravane et un camion immatriculé [[IMMATRICULATION:d p 917 a x]] point il joue de la guitare comme {{Django Reinhardt}}",
    ),
    (
        "chrs",
        CSP,
        "visite surprise {{chambre 21}} [[PERSONNE:steeve]] héberge un ami [[PERSONNE:jo]] c interdit\nl'éduc demande à [[PERSONNE:jo]] de partir avant {{22h}} il montre sa carte d'identité pr prouver qu'il est majeur n° [[IDENTIFIANT:070435101278]]",
    ),
    (
        "chrs",
        CSP,
        "on visite l'appartement de [[PERSONNE:héléna]] qui va sortir du dispositif virgule elle a eu un logement social chez {{Archipel Habitat}} virgule numéro de bail [[IDENTIFIANT:B-2024-117653]] virgule elle pleure de joie",
    ),
    (
        "chrs",
        CSP,
        "dernière visite logement diffus [[ADRESSE:36 bd villebois-mareuil 35000 rennes]] famille [[PERSONNE:ilunga]] ({{congolais}})\nles enfants regardent {{Bluey}}\nle papa veut bosser\nl'éduc parle de {{France Travail}} + {{PLIE}} il donne son email [[EMAIL:ilunga.papy@gmail.com]]",
    ),
    (
        "chrs",
        CSP,
        "visite en soirée à la {{maison relais}} virgule les résidents fêtent l'anniversaire d'une résidente {{80 ans}} virgule il y a un gâteau {{Picard}} et des bougies point ils chantent {{Joyeux anniversaire}} point l'éducateur prend des photos sans les visages",
    ),
]

# --- France Travail ------------------------------------------------------------------------
NOTES += [
    (
        "france_travail",
        PHY,
        "agence {{france travail}} {{Rennes Sud}} {{8h45}} file dehors {{15 pers}}\nmr [[PERSONNE:kevin martin]] id [[ID_FRANCE_TRAVAIL:4417823K]] veut savoir pk il est radié absent au rdv du {{12}}\nconseillère: recours possible",
    ),
    (
        "france_travail",
        PHY,
        "une jeune fille elle s'appelle [[PERSONNE:rose]] elle a {{18 ans}} elle vient s'inscrire virgule la conseillère crée son espace virgule son mail [[EMAIL:rose point dupuis 2006 arobase gmail point com]] virgule elle veut travailler chez {{Sephora}} point elle sent le parfum {{La Vie est belle}}",
    ),
    (
        "france_travail",
        PHY,
        "espace numérique {{8 ordis}} {{3 en panne}} un service civique aide les gens sur {{francetravail.fr}} offres affichées {{cariste}} {{caces 3}} / {{aide à domicile}} / {{boucher}} {{Super U}} / {{agent de propreté}}\nle wifi marche pas\nun monsieur demande de l'aide pr scanner sa carte vitale avec son tel\nle service civique lui montre en {{2 min}}\nune dame imprime son cv sur du papier {{rose}} 🌸",
    ),
    (
        "france_travail",
        PHY,
        "monsieur il s'appelle [[PERSONNE:adam]] de prénom et [[PERSONNE:florence]] de nom ça fait rire la conseillère virgule identifiant [[ID_FRANCE_TRAVAIL:trois un deux zéro quatre cinq six L]] virgule il vient pour une formation de chauffeur {{poids lourd}} point financement {{AIF}} possible",
    ),
    (
        "france_travail",
        PHY,
        "mme [[PERSONNE:blanche]]? non [[PERSONNE:blanchet]] j'avais mal entendu {{52 ans}} licenciée de chez {{Doux}} (volailles)\nson {{are}} finit ds {{2 mois}} conseiller parle de l'{{ass}}\nson id [[ID_FRANCE_TRAVAIL:0856231 M]]",
    ),
    (
        "france_travail",
        PHY,
        "un homme de {{cinquante-neuf ans}} il cherche du travail depuis {{deux ans}} virgule il était directeur d'agence bancaire virgule monsieur [[PERSONNE:gérard petit]] virgule la conseillère lui montre le CV modèle à l'écran au nom de [[PERSONNE:camille durand]] point il rigole il dit que c'est le nom de son ancien patron",
    ),
    (
        "france_travail",
        PHY,
        "jeune {{20 ans}} veut bosser ds la marine\nconseillère: {{Marine nationale}} → {{cirfa}} il repart avec un flyer et il dit « {{Top Gun}} » en partant lol",
    ),
    (
        "france_travail",
        PHY,
        "la conseillère reçoit un monsieur qui doit justifier son activité de {{VTC}} virgule il montre son numéro SIRET {{832 415 907 00018}} virgule et sa voiture une {{Toyota Prius}} [[IMMATRICULATION:FK-228-TC]] virgule il s'appelle [[PERSONNE:samir bouzid]] point il fait {{50 heures}} par semaine",
    ),
    (
        "france_travail",
        PHY,
        "atelier cv collectif {{10h}} {{7 participants}} animatrice [[PERSONNE:sandrine]]\nexemple de cv projeté « [[PERSONNE:marie lambert]] [[ADRESSE:10 rue des fleurs, 35000 rennes]] [[TELEPHONE:06 55 00 11 22]] »\ntt le monde recopie le modèle mot pour mot 🙈",
    ),
    (
        "france_travail",
        PHY,
        "un monsieur sourd vient avec une interprète en langue des signes virgule il s'appelle [[PERSONNE:nicolas vienne]] virgule il veut travailler chez {{Decathlon}} virgule la conseillère note sa {{RQTH}} et son numéro {{MDPH}} [[IDENTIFIANT:35-2021-004712]]",
    ),
    (
        "france_travail",
        PHY,
        "mr [[PERSONNE:meunier]] boulanger ({{meunier}} de métier avant lol vrai) veut créer sa boulangerie\nconseillère: {{acre}} {{arce}} {{bge}}\nnir pr le dossier [[NIR:1 88 06 44 109 076 27]] né a {{Nantes}} 🍞",
    ),
    (
        "france_travail",
        PHY,
        "il y a une borne pour prendre un ticket virgule les tickets commencent par A pour l'accueil et C pour les conseillers point j'ai le ticket {{A 31}} point attente {{vingt minutes}} point un écran diffuse une vidéo sur les métiers de la {{fibre optique}} et de l'{{aide à la personne}}",
    ),
    (
        "france_travail",
        PHY,
        "mme [[PERSONNE:marine roussel]] {{38 ans}} auxiliaire de puériculture veut faire une {{vae}} conseillère envoie le lien sur [[EMAIL:marine.roussel38@orange.fr]]\nelle a un pull bleu {{marine}} lol j'arrête avec ça",
    ),
    (
        "france_travail",
        PHY,
        "un réfugié soudanais monsieur [[PERSONNE:abdelrahman]] virgule il a son titre de séjour de {{dix ans}} numéro [[IDENTIFIANT:7502294183]] virgule il veut faire une formation {{français langue étrangère}} point la conseillère l'inscrit à l'{{AFPA}}",
    ),
    (
        "france_travail",
        PHY,
        "la conseillère [[PERSONNE:aurélie]] me dit:\n- portefeuille de {{410 demandeurs}}\n- impossible de tous les voir\n- entretien de {{30 min}}, {{9}} par jour\n- {{1 h}} de saisie le soir\nmr [[PERSONNE:dax]] arrive avec {{20 min}} de retard elle le prend quand même",
    ),
    (
        "france_travail",
        PHY,
        "madame [[PERSONNE:pierrette lebon]] elle a perdu son mot de passe virgule la conseillère vérifie son identité avec sa date de naissance [[DATE_NAISSANCE:vingt-cinq décembre soixante-treize]] virgule elle est née à {{Noël}} elle dit que c'est nul pour les cadeaux",
    ),
    (
        "france_travail",
        PHY,
        "[[PERSONNE:olivier]] {{34 ans}} paysagiste veut bosser ds les {{oliviers}} en provence 😂 (vrai)\nconseillère cherche des offres ds le {{Var}} id [[ID_FRANCE_TRAVAIL:5598012T]] il part à {{Aix}} en {{mars}}",
    ),
    (
        "france_travail",
        PHY,
        "monsieur [[PERSONNE:jules]] il vient déclarer un changement de compte bancaire virgule la conseillère dit il faut le faire sur le site virgule il montre quand même son rib belge [[IBAN:BE41 0631 2475 8910]] il habite à {{Tournai}} maintenant",
    ),
    (
        "france_travail",
        PHY,
        "jeune femme [[PERSONNE:ines ait-ali]] veut le {{cej}} ({{contrat d'engagement jeune}}) conseillère vérifie {{24 ans}} pas de diplôme {{500 €}}/mois\nelle donne son tel [[TELEPHONE:0698527413]] et son snap [[IDENTIFIANT:@ines.aa35]] 😅",
    ),
    (
        "france_travail",
        PHY,
        "ce qui me surprend c'est le nombre de sigles virgule {{ARE}} {{ASS}} {{CEJ}} {{PMSMP}} {{AIF}} {{POEI}} point la conseillère dit qu'elle a mis {{deux ans}} à tout comprendre point elle a un post-it avec écrit {{COURAGE}} en majuscules point elle écoute {{Fip}} au casque entre deux rendez-vous",
    ),
    (
        "france_travail",
        TEL,
        "plateforme {{3949}}\nappel mr [[PERSONNE:boucher]] ([[PERSONNE:alain]]) pas reçu son {{are}} du mois id [[ID_FRANCE_TRAVAIL:2046631B]] nir [[NIR:197075746321040]] actualisation pas faite le {{15}}\nconseiller la fait avec lui au tel",
    ),
    (
        "france_travail",
        TEL,
        "une dame appelle elle est en colère elle a reçu un trop-perçu de {{2 300 euros}} virgule elle s'appelle [[PERSONNE:marie-ange]] virgule son identifiant c'est [[ID_FRANCE_TRAVAIL:7 0 1 2 4 5 8 F]] virgule le conseiller dit qu'il va demander une {{remise de dette}} point elle raccroche plus calme",
    ),
    (
        "france_travail",
        TEL,
        "conseiller plateforme casque + {{2 écrans}}\nfile d'attente {{3949}} {{56}} appels\nil dit ke le {{lundi matin}} = {{actualisation}} + confusion {{pôle emploi}} / {{france travail}} qqn appelle pr {{parcoursup}} (!!) 🙃\nil lui donne qd même le num du {{CIO}}",
    ),
    (
        "france_travail",
        TEL,
        "un monsieur appelle pour une formation de {{cariste}} virgule monsieur [[PERSONNE:nancy]] comme la ville virgule il habite à {{Nancy}} en plus rire virgule il donne son téléphone [[TELEPHONE:03 83 27 64 19]] virgule il est supporter de l'{{AS Nancy Lorraine}}",
    ),
    (
        "france_travail",
        TEL,
        "appel d'une agence d'intérim pr une candidate [[PERSONNE:sandra]] offre n° {{175QKWX}} conseiller donne rien\nl'agence laisse quand même le mail de la recruteuse [[EMAIL:j.morvan@interim-ouest.fr]]",
    ),
    (
        "france_travail",
        TEL,
        "appel d'une dame qui veut déclarer qu'elle a repris un travail chez {{Petit Bateau}} virgule madame [[PERSONNE:joëlle petit]] virgule rire le nom virgule son numéro de sécurité sociale [[NIR:2 89 05 35 047 133 18]] virgule née le [[DATE_NAISSANCE:7 mai 1989]] à {{Bruz}}",
    ),
    (
        "france_travail",
        TEL,
        "appel mr [[PERSONNE:sedan]] demande un rdv conseiller \ndonne son adresse pr le courrier [[ADRESSE:11 rés. du parc, bât B, 08200 sedan]] oui il habite à {{Sedan}} et s'appelle [[PERSONNE:sedan]] 🙃",
    ),
    (
        "france_travail",
        TEL,
        "le conseiller appelle un demandeur pour une offre de {{boucher}} à {{Intermarché}} virgule monsieur [[PERSONNE:tony]] virgule pas de réponse virgule il laisse un message sur le [[TELEPHONE:07 86 40 12 93]]",
    ),
    (
        "france_travail",
        TEL,
        "appel employeur {{Boulangerie Meunier}} (vrai nom lol) cherche un {{apprenti}} le patron mr [[PERSONNE:meunier]] donne son portable [[TELEPHONE:06 62 31 07 48]] \nconseiller crée l'offre n° {{178BRTZ}}",
    ),
    (
        "france_travail",
        TEL,
        "appel d'un monsieur qui veut savoir si son inscription est bien prise en compte virgule identifiant [[ID_FRANCE_TRAVAIL:6 3 0 9 8 8 4 R]] virgule il s'appelle [[PERSONNE:benoît angers]] virgule il déménage à {{Angers}} justement",
    ),
    (
        "france_travail",
        TEL,
        "appel d'une avocate pr le dossier prud'hommes de sa cliente mme [[PERSONNE:le gall]] RG [[IDENTIFIANT:22/01984]]\nle conseiller transmet au service juridique durée {{12 min}}",
    ),
    (
        "france_travail",
        TEL,
        "le conseiller m'explique que les appels sont enregistrés virgule il y a un bandeau au début virgule beaucoup de gens appellent depuis l'étranger depuis la {{Belgique}} le {{Portugal}} le {{Maroc}} virgule il a appris {{trois mots}} de portugais",
    ),
    (
        "france_travail",
        TEL,
        "mme [[PERSONNE:amandine]] appelle depuis le {{portugal}} a bossé à {{Porto}} {{6 mois}} demande le {{U1}} rib portugais [[IBAN:PT25 0010 0000 4521 7896 3015 4]] pr le versement??\nconseiller vérifie\n{{18 min}}",
    ),
    (
        "france_travail",
        TEL,
        "appel d'une femme qui cherche un emploi de nuit pour garder ses enfants la journée virgule madame [[PERSONNE:sabrina tours]] virgule adresse [[ADRESSE:sept rue des lavandières virgule 37000 tours]] point le conseiller lui parle des offres en {{logistique}}",
    ),
    (
        "france_travail",
        TEL,
        "appel {{14h02}} [[PERSONNE:florian]] veut annuler son rdv pcq match de son fils (foot {{US Saint-Malo}}) conseiller décale à {{jeudi}}\nid [[ID_FRANCE_TRAVAIL:1182046 W]]",
    ),
    (
        "france_travail",
        TEL,
        "un demandeur appelle pour dire que sa voiture est tombée en panne et qu'il peut pas aller à son entretien virgule il donne sa plaque pour l'{{aide à la mobilité}} [[IMMATRICULATION:CV 804 NH]] virgule monsieur [[PERSONNE:valentin roche]]",
    ),
    (
        "france_travail",
        TEL,
        "appel conseillère → employeur {{Leroy Merlin}} elle dit que le candidat [[PERSONNE:jérémy blois]] id [[ID_FRANCE_TRAVAIL:3377105X]] était au rdv\nl'employeur dit non\ntension\nla conseillère note tout",
    ),
    (
        "france_travail",
        TEL,
        "appel d'un monsieur allemand qui a travaillé en {{Allemagne}} à {{Cologne}} virgule il veut que son chômage soit versé sur son compte allemand [[IBAN:DE24 4306 0967 1187 6543 21]] virgule monsieur [[PERSONNE:lukas becker]]",
    ),
    (
        "france_travail",
        TEL,
        "fin de matinée plateforme\n{{212 appels}} {{4 min}} de durée moyenne\nconseiller décompresse « les gens sont gentils à {{90 %}} » \nil part manger chez {{O'Tacos}} lol",
    ),
    (
        "france_travail",
        TEL,
        "dernier appel une dame qui veut remercier sa conseillère madame [[PERSONNE:vienne]] virgule elle a trouvé un {{CDI}} virgule elle s'appelle [[PERSONNE:adèle]] point la conseillère de la plateforme note le message pour madame [[PERSONNE:vienne]]",
    ),
]


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            if kept not in keep:
                keep.append(kept)
            value = kept
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip():
            raise ValueError(f"marked value with outer whitespace: {value!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    for ent in entities:
        if not text[ent["start"] : ent["end"]]:
            raise ValueError("empty span")
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


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """120 / 120, stratified by (site_kind, channel); odd leftovers drawn 50/50 at the end."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note["id"])
    dev_ids: set[str] = set()
    holdout_ids: set[str] = set()
    leftovers: list[str] = []
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev_ids.update(ids[:half])
        holdout_ids.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev_ids.update(leftovers[:half])
    holdout_ids.update(leftovers[half:])
    dev = [n for n in notes if n["id"] in dev_ids]
    holdout = [n for n in notes if n["id"] in holdout_ids]
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
