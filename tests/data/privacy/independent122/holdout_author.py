"""Hand-written evaluation notes for the independent122 corpus, with their labels inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this
module strips the marks, computes the offsets, draws the dev / holdout split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it. Standard library only, deterministic.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind122"
SEED = 122

CAF = "caf"
CPAM = "cpam"
CCAS = "ccas"
URG = "urgences"
CHRS = "chrs"
FT = "france_travail"
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# An ordinary week at a Caf, a CCAS and France Travail in Normandie, typed fast on a phone.
WEEK = [
    # lundi, caf du calvados, accueil de caen
    (
        CAF,
        AP,
        "{{9h02}} deja {{11 pers}} devant la porte. premier mr [[PERSONNE:lecarpentier]] vient pr son "
        "{{apl}} coupée depuis {{mars}}, l'agente ([[PERSONNE:sandrine]]) regarde : manque attest loyer "
        "de {{partelios}}. il dit quil l'a envoyée {{2 fois}}. elle imprime, il repart ac la feuille",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:ndiaye]] ac poussette, num alloc [[N_ALLOCATAIRE:2284517]] elle le connait par "
        "coeur. {{prime de naissance}} pas versée, bebe né le [[DATE_NAISSANCE:2 juin]]. agent dit que la "
        "{{caf}} attendait l'acte de naissance de la {{mairie de caen}} → c arrivé hier, paiement sous "
        "{{10 jours}}. elle souffle 😮‍💨",
    ),
    (
        CAF,
        AP,
        "file d'attente {{25 min}}. borne tactile en panne depuis {{lundi}}, l'agent d'accueil oriente "
        "tt le monde a la main. affiche scotchée : « pas de depot de dossier sans rdv ». un monsieur "
        "agacé tape sur la borne, rien ne se passe",
    ),
    (
        CAF,
        AP,
        "jeune [[PERSONNE:kevin]] {{19 ans}} vient pr la {{prime d'activité}}, bosse chez {{mcdo}} "
        "{{mondeville}} {{20h/sem}}. agt m. [[PERSONNE:ouali]] fait la simul sur {{caf.fr}} : {{187€}}/mois. "
        "[[PERSONNE:kevin]] demande si ca change qqch pr ses parents qui touchent encore les {{alloc}} pr "
        "lui → oui a partir de {{20 ans}} de tte facon",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:boudjemaa]] alloc[[N_ALLOCATAIRE:1937406]] tel[[TELEPHONE:0671249853]] veut "
        "changer son rib, nouveau compte {{banque postale}} : [[IBAN:FR2420041010141248391K02903]] "
        "l'agent le recopie chiffre par chiffre, se trompe sur la lettre, recommence. {{7 min}} pr un rib",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:abdulrahman yousif]] soudanais, titre de sejour [[IDENTIFIANT:1406982315]] expire "
        "en {{aout}}, récépissé pas encore. agente explique que sans titre valide le {{rsa}} sera "
        "suspendu. il montre le mail de la {{prefecture du calvados}} sur son tel. elle scanne",
    ),
    (
        CAF,
        AP,
        "ecran agent : 'dossier en cours de traitement - pieces en attente' depuis {{47 jours}}. la "
        "personne (jeune femme, {{2 enfants}}) pleure un peu. on lui donne un mouchoir et un ticket pr "
        "le {{point conseil budget}}",
    ),
    (
        CAF,
        AP,
        "couple [[PERSONNE:tran]], vietnamiens, lui parle pas fr, elle traduit. declaration "
        "trimestrielle {{rsa}} pas faite depuis {{oct}}. agent [[PERSONNE:fabrice]] la fait avec eux sur "
        "le poste libre service. mdp oublié → reinit par sms au [[TELEPHONE:07 68 21 39 04]]. {{20 min}} "
        "pr ca",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:anquetil jean-luc]] ne le[[DATE_NAISSANCE:14/03/61]] (il le dit fort pr que l'agent "
        "trouve) pas de num alloc sur lui. dossier retrouvé par nom+date. veut savoir pq {{aah}} baissée "
        "de {{43€}} : pension d'invalidité revalorisée. il comprend pas que + = -",
    ),
    (
        CAF,
        AP,
        "{{11h40}} rush. mme [[PERSONNE:hamel]] (agente) me dit qu'elle a vu {{34 pers}} depuis ce matin, "
        "moyenne {{6 min}} par personne, « on fait du tri pas du conseil ». elle a {{22 ans}} de maison",
    ),
    (
        CAF,
        AP,
        "permanence caf a {{lisieux}}, {{espace france services}}. usager [[PERSONNE:dylan leroux]] "
        "{{23 ans}} en colere, {{apl}} réclamée : indu {{1 240€}}. il a pas declaré son cdd chez "
        "{{lactalis}}. agente propose echeancier {{50€}}/mois. il signe sans lire",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:kowalczyk]] veut les courriers par mail [[EMAIL:a.kowalczyk76@gmail.com]] "
        "l'agent tape « [[PERSONNE:kowalczik]] », elle corrige, {{3 fois}}. finalement ok. elle dit « c "
        "polonais, personne y arrive »",
    ),
    (
        CAF,
        AP,
        "jeune maman demande ce qu'est le {{cmg}}. agent explique en {{2 min}} chrono, lui donne le "
        "flyer et l'adresse de {{monenfant.fr}}. elle repart pas convaincue",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:diop]] + sa fille [[PERSONNE:awa]] ({{9 ans}}) qui traduit du {{wolof}}. la petite "
        "lit a voix haute le courrier : « indu de {{312 euros}} ». elle a l'air de comprendre mieux que "
        "tout le monde. malaise",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:leblond]] alloc [[N_ALLOCATAIRE:0817352]] separation recente, ex conjoint "
        "[[PERSONNE:bertin]] tjs sur le dossier. agente lui dit qu'il faut declarer la separation + "
        "nouvelle adresse : [[ADRESSE:7 rue des capucins 14000 caen]]. elle a pas de bail, hébergée "
        "chez sa soeur, {{rsa}} majoré possible?",
    ),
    (
        CAF,
        AP,
        "femme enceinte {{7 mois}}, [[PERSONNE:samira el idrissi]], veut declarer sa grossesse, le "
        "medecin l'a pas fait en ligne. agent : « on peut pas a votre place, faut que ce soit le dr "
        "[[PERSONNE:gosselin]] ou vous sur {{ameli}} ». elle : « il part en retraite le dr "
        "[[PERSONNE:gosselin]] »",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:mathieu lebrun]] {{41 ans}} arrive de {{rouen}}, mutation de dossier. l'agent "
        "demande son num secu il le dicte : [[NIR:1 84 03 14 118 057 55]] « je suis né a {{caen}}, je "
        "reviens au pays » 😄",
    ),
    (
        CAF,
        AP,
        "{{12h30}} fermeture, {{4 personnes}} restent dehors. vigile ferme la grille. une dame crie "
        "qu'elle vient de {{falaise}} en bus ({{1h10}}). l'agent ressort lui donner un rdv pr {{jeudi}}",
    ),
    # caf, plateforme telephonique
    (
        CAF,
        AT,
        "plateforme tel {{caf}} {{14h}}, casque double. {{1er appel}} : mme [[PERSONNE:lefrancois]] alloc "
        "[[N_ALLOCATAIRE:3370518]] code confidentiel elle l'a pas, l'agente ([[PERSONNE:nadia]]) pose "
        "les questions de secu : date de naissance → « "
        "[[DATE_NAISSANCE:vingt-deux septembre soixante-dix-huit]] ». ok ca passe",
    ),
    (
        CAF,
        AT,
        "un mr appelle pr sa fille majeure, [[PERSONNE:manon]], l'agent refuse de donner des infos "
        "sans elle. il s'enerve « c moi qui paie tout ». raccroche au bout de {{4 min}}",
    ),
    (
        CAF,
        AT,
        "attente annoncée au serveur vocal : {{18 minutes}}. reel : {{26}}. l'agent me dit que le "
        "{{lundi}} c pire, jusqu'a {{45 min}}",
    ),
    (
        CAF,
        AT,
        "mr [[PERSONNE:da costa]] appelle pr changer son rib, l'agent dit non pas par tel faut passer "
        "par l'espace perso. il lit son {{rib}} qd meme en entier [[IBAN:fr7630004005120001048392624]] l'agent "
        "soupire et répète la consigne",
    ),
    (
        CAF,
        AT,
        "appel de {{saint-lo}}, mme [[PERSONNE:lemonnier]] {{82 ans}} veut savoir si elle garde l'"
        "{{apl}} en {{ehpad}}. agent : oui si l'ehpad est conventionné. elle donne son adresse actuelle "
        "[[ADRESSE:3 impasse des tilleuls 50000 saint-lo]] pr le courrier",
    ),
    (
        CAF,
        AT,
        "appel en anglais, mr [[PERSONNE:okafor]], nigerian, etudiant a {{unicaen}}. {{apl}} etudiant. "
        "l'agent galere en anglais je traduis un peu (!). num alloc [[N_ALLOCATAIRE:4102698]], il manque "
        "l'attest de scolarite, il l'envoie ce soir depuis [[EMAIL:chidi.okafor@etu.unicaen.fr]]",
    ),
    (
        CAF,
        AT,
        "entre 2 appels l'agente me montre ses stats du jour : {{63 appels}} traités, dmt {{5 min 40}}. "
        "objectif {{70}}. « on sera pas dans les clous »",
    ),
    (
        CAF,
        AT,
        "mme [[PERSONNE:chahinez boukhari]] rappelle pr la {{3e fois}}, veut qu'on la rappelle, donne "
        "son num « [[TELEPHONE:zero six quarante et un douze quatre vingt dix huit zero trois]] ». "
        "l'agent note, promet rappel sous {{48h}}",
    ),
    (
        CAF,
        AT,
        "mr [[PERSONNE:vasseur]] indu {{rsa}} {{2 800€}}, il menace de venir « foutre le feu ». l'agente "
        "reste calme, propose un rdv avec la travailleuse sociale mme [[PERSONNE:pottier]]. apres elle me "
        "dit que c la 3e menace de la semaine",
    ),
    (
        CAF,
        AT,
        "appel d'une {{AS}} du {{cd 76}} pr un dossier suivi en commun, l'agent peut rien dire sans le "
        "consentement de la personne. {{10 min}} de discussion sur le secret pro",
    ),
    (
        CAF,
        AT,
        "[[PERSONNE:lina]] {{17 ans}} appelle pr elle meme, veut savoir si elle aura les {{apl}} pr un "
        "studio a {{rouen}} qd elle commence son bts en {{sept}}. agent : oui mais dossier a son nom qu'a "
        "{{18 ans}}... elle est de [[DATE_NAISSANCE:juin 2008]] donc ok pr la rentrée d'apres",
    ),
    (
        CAF,
        AT,
        "mr [[PERSONNE:hoang]] alloc[[N_ALLOCATAIRE:2751964]] mdp bloqué. agent debloque en {{2 min}}, nouveau code "
        "envoyé sur [[EMAIL:hoangduc.1998@orange.fr]]. le mr est pas sur que ce soit la bonne adresse, "
        "c celle de son fils [[PERSONNE:duc]]",
    ),
    (
        CAF,
        AT,
        "mme [[PERSONNE:sy]] appelle du {{havre}}, caf {{76}} mais l'agent ici ({{14}}) voit qd meme le "
        "dossier. {{prime de noel}} pas recue : normal pas de {{rsa}} en {{nov}}. « mais j'avais l'"
        "{{ass}} ». ben non",
    ),
    (
        CAF,
        AT,
        "haut parleur, mr et mme [[PERSONNE:ferrand]] ensemble. veulent declarer la naissance des "
        "jumeaux [[PERSONNE:lou]] et [[PERSONNE:nino]] nés le [[DATE_NAISSANCE:03/05]]. agent : faut le "
        "faire en ligne sur {{caf.fr}}. « on a pas internet on a le tel c tout »",
    ),
    # caf, controles sur place avec un controleur
    (
        CAF,
        CSP,
        "ctrl sur place avec [[PERSONNE:thierry]], controleur {{caf}} depuis {{19 ans}}. rdv {{9h30}} chez "
        "mme [[PERSONNE:guerin]] alloc [[N_ALLOCATAIRE:1566083]], [[ADRESSE:12 rue de la delivrande "
        "14000 caen]]. objet : isolement declaré, soupcon vie maritale. {{2 brosses a dents}}, "
        "[[PERSONNE:thierry]] note sans rien dire",
    ),
    (
        CAF,
        CSP,
        "ctrl {{rsa}} a {{herouville}}, {{grand parc}}, {{8e etage}}, ascenseur en panne. mr "
        "[[PERSONNE:benhadj]] ouvre en pyjama. le controleur demande les releves bancaires {{3 mois}}. "
        "compte [[IBAN:FR76 3000 3012 6000 0509 1273 302]] + un livret a {{la poste}} pas declaré",
    ),
    (
        CAF,
        CSP,
        "ds la voiture entre 2 ctrl le controleur m'explique : {{1 controle}} = {{2h}} sur place + "
        "{{3h}} de redaction. {{45 dossiers}} par mois. il a un dictaphone qu'il utilise jamais",
    ),
    (
        CAF,
        CSP,
        "ctrl a {{bayeux}} chez mme [[PERSONNE:sandrine vautier]], {{3 enfants}}, declare seule. ds le "
        "garage un utilitaire immat [[IMMATRICULATION:fk-482-tv]] au nom d'un mr "
        "[[PERSONNE:pignolet]] (carte grise sur le frigo). elle dit c son frere. le controleur "
        "photographie",
    ),
    (
        CAF,
        CSP,
        "ctrl a {{val-de-reuil}}. voiture garée devant [[IMMATRICULATION:GH512PL]] le controleur la note "
        "pr verifier au {{siv}}. mr [[PERSONNE:rachid amrani]] dit qu'il l'a vendue en {{janvier}} a "
        "un cousin",
    ),
    (
        CAF,
        CSP,
        "ctrl {{apl}} chez mme [[PERSONNE:camara]] [[ADRESSE:5 allée des hêtres, 76120 le "
        "grand-quevilly]], moisissure partout ds la chambre des petits. le controleur dit c pas son role "
        "mais il fera un signalement {{ars}}. bailleur {{rouen habitat}}",
    ),
    (
        CAF,
        CSP,
        "ctrl annulé personne absente, on laisse un avis de passage. {{40 min}} de route pr rien. {{3e "
        "fois}} ce mois ci",
    ),
    (
        CAF,
        CSP,
        "ctrl a {{dieppe}}, {{val druel}} : mme [[PERSONNE:lefebvre]] {{44 ans}}, originaire d'ici. le "
        "controleur verifie l'identité sur sa {{carte vitale}} [[NIR:2810376217139 82]]. elle rigole « je "
        "suis née a la maternité d'en bas »",
    ),
    (
        CAF,
        CSP,
        "ctrl ressources : mr [[PERSONNE:petrosyan]] arménien, bosse dans le batiment. il montre son "
        "statut micro-entrepreneur, siret perso [[IDENTIFIANT:84172903100010]] créé en {{2022}}. ca non "
        "declaré a la {{caf}} depuis {{2 trimestres}}",
    ),
    (
        CAF,
        CSP,
        "fin de journée, [[PERSONNE:thierry]] tape son rapport ds la voiture, je lis par dessus : "
        "« allocataire cooperative, situation conforme ». il dit que {{8 controles}} sur {{10}} sont "
        "conformes, « les gens croient qu'on est la pr punir »",
    ),
    # mardi, ccas de rouen, du havre, de caen
    (
        CCAS,
        AP,
        "{{ccas}} {{rouen}} {{9h}}. mme [[PERSONNE:girard]] pr aide facultative, facture {{edf}} {{412€}}, "
        "ref client [[IDENTIFIANT:6004217365]]. l'agente ([[PERSONNE:isabelle]]) monte le dossier pr la "
        "commission de {{jeudi}}",
    ),
    (
        CCAS,
        AP,
        "salle d'attente {{ccas}} : {{8 chaises}}, un distributeur d'eau qui marche pas, affiches "
        "{{restos du coeur}} et {{secours pop}}. un vieux monsieur dort",
    ),
    (
        CCAS,
        AP,
        "domiciliation : mr [[PERSONNE:florin stoica]] roumain, sans domicile, vient chercher son "
        "courrier. l'agent demande une piece d'id, passeport roumain [[IDENTIFIANT:057214936]]. "
        "{{3 lettres}} dont une de la {{cpam}}",
    ),
    (
        CCAS,
        AP,
        "mme [[PERSONNE:chantal osmont]] {{71 ans}} pr l'aide au chauffage, vit seule "
        "[[ADRESSE:18 rue saint-julien 76100 rouen]]. elle sort un petit carnet ou elle a tout noté, "
        "meme les codes de sa cb 😬 l'agente lui dit de le ranger vite",
    ),
    (
        CCAS,
        AP,
        "jeune couple [[PERSONNE:mehdi]] et [[PERSONNE:ines]], bebe {{3 sem}}, demandent lait + couches. "
        "agente les oriente vers l'{{epicerie solidaire}} de {{saint-sever}}, ticket valable {{1 mois}}",
    ),
    (
        CCAS,
        AP,
        "mr [[PERSONNE:kaya]] tel[[TELEPHONE:0623984107]] mail[[EMAIL:kaya.h76@hotmail.fr]] dossier aide "
        "{{cantine}} pr ses {{3 enfants}} ecole {{pierre de coubertin}}",
    ),
    (
        CCAS,
        AP,
        "{{ccas}} du {{havre}}, mr [[PERSONNE:youssef haddad]] {{45 ans}}, dde {{rsa}} instruite ici. l'agent "
        "saisit, demande le num secu, il tend sa {{carte vitale}} : [[NIR:1 79 12 99 350 087 83]]. né a "
        "{{casablanca}}, en france depuis {{2004}}",
    ),
    (
        CCAS,
        AP,
        "l'agente me dit que {{60%}} des gens a l'accueil sont deja passés par la {{caf}} ou {{ft}} "
        "avant et ont ete renvoyés ici. « on est la voiture balai »",
    ),
    (
        CCAS,
        AP,
        "mme [[PERSONNE:nguyen thi lan]] vient pr l'{{apa}}, mais c le departement. agent l'envoie au "
        "{{clic}}, elle repart avec le num du clic sur un post it jaune",
    ),
    (
        CCAS,
        AP,
        "aide alimentaire : mr [[PERSONNE:bah]] hébergé au {{foyer adoma, chambre 14}}, {{0€}} de "
        "ressources depuis {{3 sem}}, dossier {{ada}} bloqué a l'{{ofii}}. colis d'urgence + rdv {{AS}}",
    ),
    (
        CCAS,
        AP,
        "mme [[PERSONNE:leroy]] dde logement social, num unique [[IDENTIFIANT:076241200318]], dde "
        "depuis {{2021}}. l'agente ne peut rien faire a part verifier que c a jour. « renouvelez avant "
        "{{mai}} sinon ca saute »",
    ),
    (
        CCAS,
        AP,
        "mr [[PERSONNE:lemaitre]] fixe [[TELEPHONE:02.35.61.48.07]] pas de portable, veut etre rappelé "
        "pr le {{colis de noel}} des ainés. agent note sur papier, pas ds le logiciel 🙃",
    ),
    (
        CCAS,
        AP,
        "commission d'aides facultatives demain, l'agente prépare {{14 dossiers}}. max {{300€}} par foyer "
        "par an. elle pense que la moitié seront refusés faute de budget",
    ),
    (
        CCAS,
        AP,
        "mme [[PERSONNE:fatoumata keita]] arrive avec un courrier d'expulsion, audience le {{12}}, rg "
        "[[IDENTIFIANT:24/01987]]. agente appelle direct l'{{adil}} et la {{ccapex}}. mme "
        "[[PERSONNE:keita]] garde son manteau tout le long",
    ),
    (
        CCAS,
        AP,
        "au guichet d'a coté l'agent [[PERSONNE:romain]] explique a une dame que le {{fsl}} c le "
        "departement pas le {{ccas}}. elle : « on m'a dit l'inverse la bas ». il soupire",
    ),
    (
        CCAS,
        AT,
        "standard {{ccas}} {{caen}} : mme [[PERSONNE:marie-therese lecoq]] {{88 ans}} veut s'inscrire au "
        "portage de repas, [[ADRESSE:22 rue de bagatelle 14000 caen]], née en "
        "[[DATE_NAISSANCE:trente-six]] elle precise. l'agent remplit la fiche au tel",
    ),
    (
        CCAS,
        AT,
        "appel d'une mairie voisine pr savoir si le ccas peut prendre un dossier hors commune. réponse "
        "non. {{3 min}}",
    ),
    (
        CCAS,
        AT,
        "mr [[PERSONNE:bouzid]] appelle en colere : bon alimentaire refusé en caisse a "
        "{{carrefour market}}. l'agent appelle le magasin, erreur de caisse. mr [[PERSONNE:bouzid]] "
        "rappelé sur [[TELEPHONE:06 13 77 02 84]] pr lui dire",
    ),
    (
        CCAS,
        AT,
        "registre {{grand froid}} : l'agente appelle les inscrits. mme [[PERSONNE:duhamel]] repond pas au "
        "[[TELEPHONE:02 31 74 26 19]], on essaie la voisine mme [[PERSONNE:roussel]] "
        "[[TELEPHONE:0778421936]]. tout va bien elle dormait",
    ),
    (
        CCAS,
        AT,
        "mme [[PERSONNE:yvonne lepetit]] {{69 ans}} appelle pr une aide mutuelle, l'agent demande le num "
        "secu pr verifier la {{css}} : [[NIR:2560614047008 15]]. elle dit « je suis de {{bayeux}} vous "
        "savez » comme si ca changeait qqch",
    ),
    (
        CCAS,
        AT,
        "appel d'une {{AS}} de l'hopital pr mr [[PERSONNE:guillaume]] (patient), sortie prevue {{vendredi}}, "
        "pas de chauffage chez lui [[ADRESSE:4 rue des rosiers, 76600 le havre]]. le ccas peut il faire "
        "qqch avant ? on verra",
    ),
    (
        CCAS,
        AT,
        "mme [[PERSONNE:morel]] appelle pr savoir si l'aide de {{150€}} est versée. l'agent verifie : "
        "virement fait le {{14}} sur [[IBAN:FR50 3000 2004 3100 0007 1936 H24]]. elle dit c pas son "
        "compte c celui de son ex 😬",
    ),
    (
        CCAS,
        AT,
        "ligne saturée entre {{13h30}} et {{14h}}, une seule agente au standard. elle mange au poste",
    ),
    (
        CCAS,
        AT,
        "appel de [[PERSONNE:jordan]], {{24 ans}}, a la rue, depuis le tel d'un pote. veut une "
        "domiciliation au {{ccas}}. l'agent explique qu'il faut un lien avec {{rouen}}. il dit qu'il dort sous le "
        "pont {{guillaume le conquerant}}",
    ),
    (
        CCAS,
        CSP,
        "visite a domicile avec l'{{AS}} du {{ccas}}, [[PERSONNE:claire]], chez mr [[PERSONNE:lebas]] {{84 ans}}, "
        "[[ADRESSE:9 rue de l'oratoire 14000 caen]]. frigo vide, {{2 yaourts}}. [[PERSONNE:claire]] "
        "appelle le portage de repas direct",
    ),
    (
        CCAS,
        CSP,
        "visite annulée {{10h}}, la dame est hospitalisée depuis hier au {{chu}}, la voisine nous le dit par la fenetre",
    ),
    (
        CCAS,
        CSP,
        "vad {{petit-quevilly}} chez la famille [[PERSONNE:gashi]], kosovars, {{5 enfants}}. ds le salon "
        "les papiers {{ofpra}}, dossier [[IDENTIFIANT:2208047]]. aide a l'installation (lits) validée",
    ),
    (
        CCAS,
        CSP,
        "visite logt insalubre, mme [[PERSONNE:rakotomalala]] et son fils [[PERSONNE:tahiry]], "
        "[[ADRESSE:31 rue jules lecesne 76600 le havre]]. fenetre cassée depuis {{novembre}}, scotch et "
        "carton. l'{{AS}} prend des photos pr le {{service hygiene}}",
    ),
    (
        CCAS,
        CSP,
        "vad chez mr [[PERSONNE:tesfaye]] erythreen, refugié. on verifie le logt pr l'aide a "
        "l'installation. titre de sejour {{10 ans}} n° [[IDENTIFIANT:7600412983]]. appart nickel, "
        "{{2 chaises}} pliantes et un matelas",
    ),
    (
        CCAS,
        CSP,
        "vad famille [[PERSONNE:winterstein]] [[ADRESSE:aire d'accueil des sablons, emplacement 12]], "
        "caravane [[IMMATRICULATION:EB-317-QX]]. dde d'aide pr le raccordement eau ({{340€}} de travaux). mme "
        "[[PERSONNE:winterstein]] fait le café pr tout le monde",
    ),
    (
        CCAS,
        CSP,
        "on repart, l'{{AS}} me dit qu'elle fait {{6 vad}} par semaine max, la voiture de service est "
        "partagée entre {{4}}",
    ),
    (
        CCAS,
        CSP,
        "chez mme [[PERSONNE:benoit]] (elle dit « [[PERSONNE:benoist]] avec un s ! »), {{91 ans}}, "
        "teleassistance, bracelet. son fils [[PERSONNE:herve]] au tel haut parleur depuis {{lyon}}",
    ),
    (
        CCAS,
        CSP,
        "vad {{alencon}} {{perseigne}} : mr et mme [[PERSONNE:sow]], dossier aide energie. compteur "
        "{{linky}}, facture {{edf}} n° [[IDENTIFIANT:10248763512]] de {{689€}}. chauffage electrique "
        "mal isolé",
    ),
    # mercredi-vendredi, france travail
    (
        FT,
        AP,
        "{{france travail}} {{caen}} {{9h}} ouverture. mr [[PERSONNE:quentin lemarchand]] {{31 ans}} "
        "vient se reinscrire, id [[ID_FRANCE_TRAVAIL:4719032K]] de l'epoque {{pole emploi}}, compte "
        "desactivé. conseillere [[PERSONNE:aurélie]] le reactive en {{5 min}}",
    ),
    (
        FT,
        AP,
        "espace libre service : {{3 ordis}} dont {{1 HS}}. jeune en survet cherche des offres cariste, "
        "imprime {{12 offres}}",
    ),
    (
        FT,
        AP,
        "mme [[PERSONNE:bangoura]] idft[[ID_FRANCE_TRAVAIL:3058241M]] tel[[TELEPHONE:0745129870]] rdv "
        "manqué → radiation? conseiller dit non juste avertissement. elle etait a l'hopital {{2 sem}}, a le certif",
    ),
    (
        FT,
        AP,
        "atelier cv {{10h}}, {{7 participants}}. l'animatrice projette un cv modele au nom de "
        "« [[PERSONNE:jean dupont]] » 🙄 puis un de « [[PERSONNE:fatima benali]] » pr montrer la "
        "diversité",
    ),
    (
        FT,
        AP,
        "ft {{le havre}} {{coty}} : mme [[PERSONNE:jessica morin]] {{32 ans}}, pb d'ouverture de droits "
        "{{are}}, l'employeur a mis un mauvais num secu sur l'attestation. le bon : "
        "[[NIR:2 92 11 76 351 212 40]]. la conseillere fait une reclamation",
    ),
    (
        FT,
        AP,
        "conseiller [[PERSONNE:karim aissaoui]] recoit mr [[PERSONNE:duval]] {{58 ans}} licencié de "
        "{{renault cléon}}. veut pas de formation, veut partir en retraite. ils calculent ensemble sur "
        "{{info-retraite}}",
    ),
    (
        FT,
        AP,
        "mme [[PERSONNE:alexandra pinto]] change d'adresse mail, ancienne [[EMAIL:alex.pinto@wanadoo.fr]] "
        "fermée (fin de {{wanadoo}}), nouvelle [[EMAIL:alexandra.pinto27@gmail.com]]. c pr ca qu'elle recevait plus les convocs",
    ),
    (
        FT,
        AP,
        "file {{10h15}} : {{9 pers}}, {{1 agent}} a l'accueil + {{1 service civique}}. le service "
        "civique fait le tri : « vous avez rdv ? »",
    ),
    (
        FT,
        AP,
        "aide a la mobilité : mr [[PERSONNE:paul-henri delaunay]] doit faire {{60 km}} pr un cdd a "
        "{{argentan}}, dde aide carburant. conseiller demande la carte grise : "
        "[[IMMATRICULATION:CX-903-NB]], une {{clio}} de {{2009}}",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:yanis]] {{20 ans}} avec sa mere. il veut le {{cej}}. la mere parle tt le temps a sa "
        "place. conseillere [[PERSONNE:sophie]] finit par demander a la maman d'attendre dehors",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:ibrahima conde]] guineen, id [[ID_FRANCE_TRAVAIL:512 0937 T]], titre de sejour ac "
        "autorisation de travail ok. veut une formation {{caces}} {{1-3-5}}. liste d'attente {{4 mois}}",
    ),
    (
        FT,
        AP,
        "{{11h}} un monsieur hurle dans le hall pcq son {{are}} est coupée. vigile + directrice d'agence. "
        "ca dure {{10 min}}. tout le monde regarde ses pieds",
    ),
    (
        FT,
        AP,
        "ecran conseillere : « DEMANDEUR : [[PERSONNE:MARTIN LUCAS]] — NE LE "
        "[[DATE_NAISSANCE:2001-07-19]] — {{CAT 1}} — {{PPAE}} A SIGNER »",
    ),
    (
        FT,
        AP,
        "mme [[PERSONNE:öztürk]] ac son bebe, la garde d'enfant c le frein. conseillere appelle le "
        "{{ram}} de {{mondeville}} devant elle, {{2 places}} en {{septembre}}",
    ),
    (
        FT,
        AP,
        "ft {{evreux}} : mme [[PERSONNE:aminata traore]], id [[ID_FRANCE_TRAVAIL:6204518G]], inscrite "
        "depuis {{14 mois}}. l'agente lui propose un job dating logistique a {{la madeleine}}. elle dit "
        "oui sans enthousiasme",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:gonçalves]] pr un trop percu {{are}} {{1 900€}}, il conteste. l'agente lui montre "
        "que les paiements partent sur [[IBAN:FR76 1142 5002 0008 2194 7356 181]] « c bien votre "
        "compte ? » oui",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:vandenberghe]] belge installé a {{dieppe}}, compte belge "
        "[[IBAN:BE31 0631 7845 2955]]. l'agente sait pas si ft peut verser sur un compte etranger → "
        "oui zone {{sepa}}",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:antoine santoni]] corse, muté a {{cherbourg}} avec sa compagne, s'inscrit. carte "
        "vitale : [[NIR:190062A004033 14]]. la conseillere bloque sur le {{2A}}, le logiciel accepte que en "
        "majuscule",
    ),
    (
        FT,
        AP,
        "atelier numerique : [[PERSONNE:gisele]] {{62 ans}} crée sa 1ere adresse mail avec l'animateur "
        ": [[EMAIL:gisele.hebert50@laposte.net]]. elle la recopie dans son agenda {{3 fois}}",
    ),
    (
        FT,
        AP,
        "entretien de suivi prevu {{30 min}}, reel {{12 min}}, le conseiller a {{230 dossiers}} en "
        "portefeuille",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:océane levasseur]] veut s'inscrire pr une {{alternance}}, née le "
        "[[DATE_NAISSANCE:5.11.2004]], ecole {{cesi}} {{rouen}}. cherche une boite. conseiller lui "
        "montre {{la bonne alternance}}",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:sivakumar]] tamoul sri lankais, id [[ID_FRANCE_TRAVAIL:2847103j]], parle peu fr, "
        "son fils [[PERSONNE:tharshan]] traduit. inscription {{cat 4}} pendant sa formation {{fle}}",
    ),
    (
        FT,
        AP,
        "pause café agents {{10h30}} : discussion sur la loi plein emploi, les {{15h}} d'activité, "
        "personne sait comment ca va marcher concretement",
    ),
    (
        FT,
        AP,
        "mme [[PERSONNE:lucie dubosc]] vient avec son contrat, reprise d'emploi chez "
        "{{leroy merlin}}. conseiller arrete son inscription. elle dit merci {{3 fois}}, 1ere fois que "
        "je vois qqn sourire ici",
    ),
    (
        FT,
        AT,
        "plateforme {{3949}}, conseiller [[PERSONNE:mickael]]. appel 1 : mr [[PERSONNE:lemercier]] id "
        "[[ID_FRANCE_TRAVAIL:1938472B]] pas de paiement ce mois. conseiller voit : actualisation pas "
        "faite. « mais si j'ai fait ! » ben non",
    ),
    (
        FT,
        AT,
        "musique d'attente du {{3949}} en boucle, je la connais par coeur au bout d'{{1h}}",
    ),
    (
        FT,
        AT,
        "mme [[PERSONNE:wiśniewska]] polonaise, parle tres vite, [[PERSONNE:mickael]] lui fait epeler : "
        "[[PERSONNE:W-I-S-N-I-E-W-S-K-A]]. il l'ecrit ac une faute qd meme, sur {{10 lettres}}",
    ),
    (
        FT,
        AT,
        "appel sortant : le conseiller rappelle mr [[PERSONNE:henri]] au [[TELEPHONE:+33 6 52 18 40 97]] "
        "pr un atelier. pas de reponse, message vocal {{30 sec}}",
    ),
    (
        FT,
        AT,
        "mme [[PERSONNE:clara marie]], {{26 ans}}, inscrite mais a jamais recu son identifiant. le "
        "conseiller la retrouve par le num secu : [[NIR:299021436609521]] (tout collé). son id : "
        "[[ID_FRANCE_TRAVAIL:7731056R]]. elle le note",
    ),
    (
        FT,
        AT,
        "appel mr [[PERSONNE:boulanger]], qui est {{boulanger}} de metier (ca s'invente pas), cherche un "
        "poste de nuit vers {{yvetot}}. {{2 offres}} dispo",
    ),
    (
        FT,
        AT,
        "appel en pleurs, mme [[PERSONNE:hadjadj]] {{are}} suspendue pr controle de la recherche "
        "d'emploi. conseiller explique la procedure. elle donne son mail pr recevoir le formulaire : "
        "[[EMAIL:s.hadjadj(at)yahoo.fr]]",
    ),
    (
        FT,
        AT,
        "[[PERSONNE:enzo]] {{22 ans}} d'{{herouville}} appelle pr le {{cej}}, conseiller demande num "
        "secu : [[NIR:1 03 01 14 327 044 63]]. puis le tel : [[TELEPHONE:06 98 31 57 24]]",
    ),
    (
        FT,
        AT,
        "serveur vocal : tapez 1 pr..., tapez 2... {{7 choix}}. la plupart des gens tapent 0 d'apres le "
        "conseiller",
    ),
    (
        FT,
        AT,
        "mr [[PERSONNE:robert lecoeur]] a changé de banque, veut donner son iban au {{3949}}, conseiller "
        "refuse (secu). trop tard il l'avait deja lu en entier : "
        "[[IBAN:FR76 1660 6400 1819 0275 8410 169]]. consigne : passer par l'espace perso",
    ),
    (
        FT,
        AT,
        "appel {{14h05}} mme [[PERSONNE:bintou]], ne donne que son prenom, id "
        "[[ID_FRANCE_TRAVAIL:4906127 F]]. question sur la formation aide-soignante a l'{{ifsi}} de "
        "{{caen}}",
    ),
    (
        FT,
        AT,
        "le conseiller me dit que {{40%}} des appels concernent l'actualisation, entre le {{28}} et le "
        "{{15}}",
    ),
    (
        FT,
        AT,
        "la {{boulangerie quesnel}} a {{vire}} appelle pr un apprenti, le conseiller prend l'offre. le "
        "patron, mr [[PERSONNE:quesnel]], veut « un gars motivé pas un branleur »",
    ),
    (
        FT,
        AT,
        "mme [[PERSONNE:ngo bayiha]] camerounaise, diplome d'infirmiere pas reconnu. pr l'identifier le "
        "conseiller demande sa date de naissance : [[DATE_NAISSANCE:12 janv 1985]]. il l'oriente vers "
        "l'{{ars}}",
    ),
    (
        FT,
        AT,
        "mr [[PERSONNE:le floch]] breton installé a {{granville}}, appelle pr savoir si sa formation "
        "{{caces}} est financée, id [[ID_FRANCE_TRAVAIL:8104729 N]]. oui via {{cpf}}",
    ),
    (
        FT,
        AT,
        "mme [[PERSONNE:adjoa mensah]] laisse son num en parlant vite : "
        "« [[TELEPHONE:zero sept soixante-huit vingt-trois onze quarante-quatre]] ». le conseiller "
        "ecrit [[TELEPHONE:07 68 23 11 44 02]] ({{12 chiffres}} au lieu de {{10}}), il lui fait repeter",
    ),
    (
        FT,
        AT,
        "{{16h}} fin de plage tel. bilan : {{41 appels}}, {{3 agressifs}}, {{1 personne}} qui a dit merci",
    ),
    (
        FT,
        AT,
        "mr [[PERSONNE:abdoulaye ba]] veut un duplicata d'attestation employeur ({{intermarché}} de {{bayeux}}) perdue. le conseiller "
        "l'envoie a [[EMAIL:abdoulaye.ba.pro@outlook.fr]]. mr dit « c mon fils qui lira »",
    ),
    (
        FT,
        AT,
        "mme [[PERSONNE:dupuis]] de {{fecamp}}, {{63 ans}}, dde l'{{aspa}} : c pas ft c la {{carsat}}. "
        "conseiller redirige vers le {{3960}}",
    ),
    (
        FT,
        AT,
        "mr [[PERSONNE:kouassi]] ivoirien, agent de secu, a besoin de sa carte pro {{cnaps}} pr une "
        "mission. il lit le numero : [[IDENTIFIANT:CAR-076-2028-03-14-20230194857]]. le conseiller "
        "verifie qu'elle est valide",
    ),
]

# Ordinary notes from all sites, Normandie, written less hurriedly.
OTHERS = [
    (
        CAF,
        AP,
        "{{Caf de la Manche}}, antenne de {{Cherbourg}}. {{13h45}}, la porte n'est pas encore ouverte et "
        "il y a déjà {{15 personnes}} (j'ai compté). Un homme âgé, M. [[PERSONNE:Lecacheux]], me demande "
        "si c'est bien ici pour « les papiers de la retraite ». Je lui dis que je ne suis pas de la "
        "maison. Il attend quand même.",
    ),
    (
        CAF,
        AP,
        "Dialogue au {{guichet 3}} :\n— Vous avez votre numéro d'allocataire ?\n— C'est le "
        "[[N_ALLOCATAIRE:5 406 281]]... non attendez, [[N_ALLOCATAIRE:5 406 218]].\n— Voilà, Mme "
        "[[PERSONNE:Bensaïd]], je vous ai.\nL'agente, [[PERSONNE:Véronique]], me glisse que les gens "
        "inversent toujours les deux derniers chiffres.",
    ),
    (
        CAF,
        AP,
        "Étudiante, [[PERSONNE:Léa Marchand]], {{23 ans}}, en {{BTS}} à {{Évreux}}. Son dossier {{APL}} "
        "est bloqué : « numéro de sécurité sociale invalide ». Elle avait oublié la clé à la saisie. Le "
        "bon numéro : [[NIR:2 01 09 27 229 118 38]]. Débloqué en {{2 minutes}} ; elle est furieuse d'avoir "
        "attendu {{6 semaines}} pour ça.",
    ),
    (
        CAF,
        AP,
        "Ce que les gens demandent en une heure ({{10h}}-{{11h}}) :\n- attestation de paiement x4\n- "
        "changement de situation (séparation) x2\n- « pourquoi j'ai rien touché » x3\n- {{prime de Noël}} "
        "x1\n- aide pour le formulaire {{RSA}} en ligne x2",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Jean-Baptiste Célestine]], originaire de {{Martinique}}, vient déposer un {{RIB}} "
        "pour l'{{ASF}}. L'agent tape l'IBAN : [[IBAN:FR76 1333 5003 0108 0039 1824 791]]. Il laisse aussi "
        "son mail, [[EMAIL:jb.celestine972@gmail.com]]. Il dit que la mère de sa fille, Mme "
        "[[PERSONNE:Anselme]], ne verse plus rien depuis {{2022}}.",
    ),
    (
        CAF,
        AP,
        "ÉNORME FILE CE MATIN, c'est le jour des versements. L'agent de sécurité, [[PERSONNE:Moussa]], "
        "gère la file avec humour : « Mesdames messieurs, la {{Caf}} ne distribue pas de billets ! » "
        "Rires. Ça détend.",
    ),
    (
        CAF,
        AP,
        "Famille roumaine, M. et Mme [[PERSONNE:Popescu]], arrivés à {{Rouen}} il y a {{8 mois}}. Ils "
        "demandent les allocations familiales. L'agente explique les conditions (droit au séjour, "
        "activité). M. [[PERSONNE:Popescu]] montre son contrat d'intérim chez {{Sanofi}} et son compte "
        "roumain, [[IBAN:RO46 BTRL 0450 201K 8392 0017]]. Les enfants : [[PERSONNE:Andrei]], né en "
        "[[DATE_NAISSANCE:2015]], et [[PERSONNE:Ioana]], née en [[DATE_NAISSANCE:2018]].",
    ),
    (
        CAF,
        AP,
        "L'agente a {{3 écrans}} et {{2 logiciels}} qui ne se parlent pas ({{CRISTAL}} et {{NIMS}}). Elle "
        "recopie les montants d'un écran à l'autre à la main. Je lui demande si ça arrive qu'elle se "
        "trompe : « tous les jours, et on le voit six mois après ».",
    ),
    (
        CAF,
        AT,
        "Appel de Mme [[PERSONNE:Mariama Sarr]], née à {{Dakar}}, qui n'arrive pas à créer son compte : "
        "« numéro inconnu ». Elle lit sa carte {{Vitale}} : [[NIR:2 88 01 99 341 152 09]]. Le "
        "conseiller voit que la {{Caf}} a encore son numéro provisoire ; il faut attendre la mise à "
        "jour. Elle a {{37 ans}}, {{3 enfants}}, et elle rappelle pour la quatrième fois.",
    ),
    (
        CAF,
        AT,
        "Un homme appelle pour un virement qui n'est pas arrivé. Le conseiller vérifie : paiement du "
        "{{5}} envoyé sur [[IBAN:FR7611425007000458721093682]], compte clôturé. M. [[PERSONNE:Bertrand "
        "Oger]] : « j'ai changé de banque en {{août}}, je l'ai dit à tout le monde sauf à vous "
        "apparemment ».",
    ),
    (
        CAF,
        AT,
        "Le casque grésille. Le conseiller me dit que les appels sont enregistrés « pour la formation ». "
        "{{Trois appels}} de suite pour la même question : la revalorisation du {{RSA}} en {{avril}}.",
    ),
    (
        CAF,
        AT,
        "Une grand-mère qui élève ses petits-enfants, Mme [[PERSONNE:Lesueur]], demande si elle peut "
        "toucher les allocations à la place de sa fille. Le conseiller : « il faut une délégation "
        "d'autorité parentale ou un jugement ». Elle a le jugement du tribunal de {{Dieppe}}, RG "
        "[[IDENTIFIANT:22/00814]], elle le lit ligne par ligne.",
    ),
    (
        CAF,
        AT,
        "« Mon mail c'est [[EMAIL:nathalie point guillou arobase free point fr]] ». Le conseiller l'écrit "
        "juste du premier coup, bravo. Mme [[PERSONNE:Guillou]] voulait l'attestation de quotient "
        "familial pour la cantine d'{{Hérouville}}.",
    ),
    (
        CAF,
        AT,
        "Appel en portugais : M. [[PERSONNE:Ribeiro]] ne parle que portugais, la conseillère "
        "([[PERSONNE:Carla]], d'origine portugaise) bascule sans problème. Je n'ai rien compris mais ça "
        "avait l'air de bien se passer 😊 Appel de {{12 minutes}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Alençon}}, quartier de {{Courteille}}. M. [[PERSONNE:Mahamat Abakar]] (tchadien) vit "
        "avec ses {{4 enfants}} au [[ADRESSE:6 rue des Poulies, 61000 Alençon]]. Le contrôleur, M. "
        "[[PERSONNE:Lepeltier]], vérifie la scolarité : certificats de l'école {{Jules Verne}}, tout est "
        "là. Il vérifie aussi le numéro allocataire sur le dernier courrier, [[N_ALLOCATAIRE:3082615]]. "
        "Vingt minutes, pas plus.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez Mme [[PERSONNE:Houria Meziane]], hébergée depuis {{4 mois}} chez sa sœur au [[ADRESSE:27 rue "
        "Jean-Jaurès, 27000 Évreux]]. Le contrôleur demande le numéro d'allocataire de la sœur pour "
        "croiser les dossiers : [[N_ALLOCATAIRE:0638294]]. La sœur, [[PERSONNE:Samia]], n'est pas "
        "ravie.",
    ),
    (
        CAF,
        CSP,
        "Pendant le trajet, le contrôleur me parle du « score » (le datamining) qui choisit les dossiers "
        "à contrôler. Il n'aime pas cette partie du métier. On passe devant le {{Mémorial de Caen}} ; "
        "ses enfants n'y sont jamais allés, dit-il.",
    ),
    (
        CAF,
        CSP,
        "Devant la maison, deux voitures : une {{Clio}} ([[IMMATRICULATION:4521 TZ 14]], ancien format) "
        "et une {{Golf}} récente ([[IMMATRICULATION:FS-208-RB]]). Mme [[PERSONNE:Letellier]] déclare "
        "vivre seule. « La {{Golf}} c'est à mon copain, il passe de temps en temps. » Le contrôleur écrit "
        "« à creuser ».",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Saint-Lô}}. Mme [[PERSONNE:Brigitte Heurtevent]], {{61 ans}}, vient déposer une "
        "demande de {{RSA}} que l'agente instruit sur place. NIR : [[NIR:2631050502019 41]]. Elle est "
        "née ici, à l'{{hôpital Mémorial}}, « comme tout le monde ». Durée : {{40 minutes}}.",
    ),
    (
        CCAS,
        AP,
        "Aide d'urgence : bon de {{80 €}} pour M. [[PERSONNE:Ahmadi]] (afghan, {{28 ans}}), qui n'a pas "
        "de compte bancaire. Sa référente, [[PERSONNE:Pauline]], propose le compte de son frère "
        "[[PERSONNE:Jawad Ahmadi]] : [[IBAN:FR76 1660 6100 2128 3410 7601 476]]. Refusé : l'aide va au "
        "bénéficiaire. Ticket service à la place.",
    ),
    (
        CCAS,
        AP,
        "AFFICHE À L'ACCUEIL : « LE {{CCAS}} NE DÉLIVRE PAS DE COLIS ALIMENTAIRES LE {{MERCREDI}} ». "
        "{{Trois personnes}} viennent pour un colis. On est {{mercredi}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Odette Lemière]] vient inscrire son amie Mme [[PERSONNE:Poulain]] au repas des "
        "aînés du {{12 décembre}}, salle {{Pierre Corneille}}. « Elle ne sort plus, alors je fais pour "
        "elle. » L'agent accepte, avec le téléphone de Mme [[PERSONNE:Poulain]] : "
        "[[TELEPHONE:02 35 88 14 63]].",
    ),
    (
        CCAS,
        AP,
        "M. [[PERSONNE:Krasniqi]] (kosovar) : son attestation de domiciliation expire. L'agent la "
        "renouvelle et lui rappelle que son récépissé de demande de titre de séjour, n° "
        "[[IDENTIFIANT:7603219845]], expire le {{2 avril}}. Il le sait, il a rendez-vous à la "
        "{{préfecture}}.",
    ),
    (
        CCAS,
        AT,
        "Appel d'{{Alcéane}} pour un loyer impayé de Mme [[PERSONNE:Diakité]], référence locataire "
        "[[IDENTIFIANT:LOC-0042718]]. L'agent ne peut rien dire sans son accord. Une heure plus tard Mme "
        "[[PERSONNE:Diakité]] rappelle elle-même, donne son accord, et son IBAN pour l'aide : "
        "[[IBAN:FR76 3006 6109 4700 0102 9487 174]].",
    ),
    (
        CCAS,
        AT,
        "Appel d'un élu qui veut savoir combien de dossiers ont été traités ce mois-ci. L'agente répond "
        "« {{212}} » sans regarder.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Colette Hue]] appelle pour sa voisine, Mme [[PERSONNE:Aubert]], qu'elle n'a pas "
        "vue depuis {{3 jours}} ; les volets sont fermés. L'agent appelle la {{police municipale}}, qui "
        "passe. Mme [[PERSONNE:Aubert]] était chez sa fille à {{Fécamp}}.",
    ),
    (
        CCAS,
        AT,
        "Un conseiller du {{SPIP}} appelle pour un sortant de détention, M. [[PERSONNE:Leclerc]] (« pas le "
        "magasin », précise-t-il en riant), libéré le {{15}}, qui aura besoin d'une domiciliation. "
        "Numéro d'écrou [[IDENTIFIANT:24-1187]]. L'agente note tout sur un post-it.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile chez M. [[PERSONNE:Gérard Onfroy]], {{86 ans}}, [[ADRESSE:La Haie Tigaux, "
        "14230 Isigny-sur-Mer]]. Il montre sa carte de mutuelle {{Groupama}}, n° adhérent "
        "[[IDENTIFIANT:0841229703]], et un classeur où tout est rangé depuis {{1975}}.",
    ),
    (
        CCAS,
        CSP,
        "Chez une dame très âgée qui n'a pas voulu me dire son nom (l'{{AS}} le connaît). Maison propre, chat "
        "sur le fauteuil ({{Minou}}). Elle offre du café à tout le monde et des {{Petit Écolier}}.",
    ),
    (
        CCAS,
        CSP,
        "{{VAD}} famille [[PERSONNE:Reinhardt]] [[ADRESSE:aire des Marettes, place 4]], à {{Lisieux}}. La "
        "caravane ([[IMMATRICULATION:DZ-611-HL]]) a pris l'eau. Le {{CCAS}} peut financer une bâche et des "
        "couvertures. M. [[PERSONNE:Reinhardt]] veut surtout qu'on parle de l'école pour les petits.",
    ),
    (
        FT,
        AP,
        "Agence {{France Travail}} de {{Vernon}}. M. [[PERSONNE:Sébastien Grandin]], {{44 ans}}, "
        "cariste, identifiant [[ID_FRANCE_TRAVAIL:0927461X]], vient pour une formation {{CACES R489}}. "
        "Le conseiller lui trouve une session à {{Val-de-Reuil}} dans {{3 semaines}}.",
    ),
    (
        FT,
        AP,
        "Réunion d'information collective : {{9 personnes}}, un diaporama de {{42 slides}}. Quelqu'un "
        "dort au fond, personne ne le réveille.",
    ),
    (
        FT,
        AP,
        "Entretien diagnostic. Le conseiller, M. [[PERSONNE:Benhamou]], demande à Mme "
        "[[PERSONNE:Zhang Wei]] sa date de naissance : « le [[DATE_NAISSANCE:8 août 1979]] ». Elle était "
        "comptable en {{Chine}}, elle voudrait le redevenir ici. Il lui parle d'une {{VAE}}.",
    ),
    (
        FT,
        AT,
        "Appel de M. [[PERSONNE:Rabah Cherif]], identifiant [[ID_FRANCE_TRAVAIL:3312874 H]], qui demande "
        "si son stage chez {{Decathlon}} est compatible avec son {{ARE}}. Oui, c'est une {{PMSMP}}.",
    ),
    (
        FT,
        AT,
        "Le conseiller me montre un mail type « Votre conseiller vous informe » envoyé à {{1 200}} "
        "demandeurs d'emploi. Les réponses arrivent en vrac dans sa boîte.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} de {{Caen}}, accueil sur rendez-vous. M. [[PERSONNE:Mehmet Yilmaz]], {{55 ans}}, né en "
        "{{Turquie}}, a perdu sa carte {{Vitale}}. L'agent retrouve le dossier avec le NIR qu'il connaît "
        "par cœur : [[NIR:1 69 09 99 208 025 94]]. Nouvelle carte dans {{3 semaines}}, attestation "
        "papier en attendant.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Fatiha Boukhalfa]] vient pour sa {{C2S}}. Née le [[DATE_NAISSANCE:11/07/1967]] à "
        "{{Oran}}. Numéro de sécu sur l'écran : [[NIR:267079935204439]]. Il manque l'avis d'imposition, "
        "elle l'a en photo sur son téléphone ; l'agente accepte la photo, « exceptionnellement ».",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Lhermitte]] n'a pas reçu ses indemnités journalières : elles partent sur "
        "[[IBAN:FR7610278021040002057184857]], un compte qu'il a fermé en {{janvier}}. L'agent lui "
        "explique qu'il faut un nouveau {{RIB}} via le compte {{Ameli}}. Il n'a pas de compte "
        "{{Ameli}}. On en crée un. {{25 minutes}}.",
    ),
    (
        CPAM,
        AP,
        "Bornes {{Ameli}} à l'entrée : {{2 sur 3}} hors service. Un jeune en service civique aide les "
        "gens à imprimer leur attestation de droits sur la dernière. Il est là depuis {{8h30}} et n'a "
        "pas eu de pause.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Manuel Rodrigues]], {{54 ans}}, né à {{Braga}}, en invalidité depuis un accident "
        "de chantier. NIR [[NIR:1 71 04 99 139 071 97]]. Il veut que sa pension soit versée sur son "
        "compte au {{Portugal}}, où il repart vivre : [[IBAN:PT50 0035 0412 0002 7384 9154 4]]. L'agent "
        "lui donne le formulaire et l'adresse du centre de {{Rouen}} qui gère ça.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Sophie Tiercelin]], enseignante, pas de remboursement de sa mutuelle : l'agent "
        "voit que le lien {{Noémie}} avec la {{MGEN}} est coupé. Elle donne son numéro d'adhérente "
        "{{MGEN}}, [[IDENTIFIANT:178204561]], l'agent rétablit le lien. Elle dit « enfin quelqu'un qui "
        "sait ».",
    ),
    (
        CPAM,
        AP,
        "« — Votre nom ?\n— [[PERSONNE:Nkemelu]].\n— Pardon ?\n— "
        "[[PERSONNE:N-K-E-M-E-L-U]]. »\nLe dossier n'existe pas sous ce nom. Il existe sous "
        "« [[PERSONNE:Nkemelou]] », erreur de saisie de {{2019}}. Correction demandée, délai inconnu.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} de {{Rouen}}, {{11h}}. {{35 minutes}} d'attente. Un écran affiche des messages de "
        "prévention ({{Mon soutien psy}}, vaccination). Personne ne regarde l'écran, tout le monde "
        "regarde le numéro qui s'affiche au-dessus des guichets.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Aïcha Benyahia]] et son fils [[PERSONNE:Rayan]], né le "
        "[[DATE_NAISSANCE:30 décembre 2019]] : elle veut rattacher l'enfant à sa carte, il est encore sur "
        "celle du père, M. [[PERSONNE:Benyahia]], avec qui elle ne vit plus. L'agente fait le "
        "formulaire, {{15 jours}} de délai.",
    ),
    (
        CPAM,
        AP,
        "Question de la matinée : le {{100 %}} {{ALD}}. L'agente explique {{4 fois}} en une heure que "
        "l'{{ALD}} ne couvre pas les dépassements d'honoraires. Elle a fini par faire un petit schéma au "
        "feutre qu'elle photocopie.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Thibault Auvray]] arrive avec une facture de l'{{hôpital Robert-Bisson}} de "
        "{{Lisieux}}, n° [[IDENTIFIANT:FAC-2024-118734]], forfait hospitalier de {{220 €}}. Il pensait "
        "que la {{Sécu}} payait tout. L'agent lui explique la mutuelle, il n'en a pas.",
    ),
    (
        CPAM,
        AP,
        "Une jeune femme, [[PERSONNE:Inès Bouchard]], {{19 ans}}, veut créer son compte {{Ameli}} mais n'a "
        "pas d'adresse e-mail à elle (elle utilisait celle de sa mère). L'agent l'aide à en créer une "
        "sur place : [[EMAIL:ines.bouchard.rouen@gmail.com]]. Mot de passe noté dans son téléphone.",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}}. Mme [[PERSONNE:Raymonde Pesnel]], {{87 ans}}, appelle parce qu'elle a reçu "
        "« un papier bleu ». On finit par comprendre que c'est le formulaire de la complémentaire santé "
        "solidaire. Le téléconseiller, [[PERSONNE:Anthony]], reste {{22 minutes}} avec elle.",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Dmytro Kovalenko]], ukrainien, protection temporaire, demande où en est sa carte "
        "{{Vitale}}. Il lit son autorisation provisoire de séjour : [[IDENTIFIANT:7605219843]]. Le "
        "dossier est en cours depuis {{4 mois}}, le conseiller relance le service.",
    ),
    (
        CPAM,
        AT,
        "Changement de {{RIB}} par téléphone : impossible. Mme [[PERSONNE:Sandrine Lechevalier]] le dicte "
        "quand même : « [[IBAN:FR76 1830 6000 1295 7203 8164 047]] ». [[PERSONNE:Anthony]] ne le note "
        "pas et lui explique la démarche en ligne.",
    ),
    (
        CPAM,
        AT,
        "Entre deux appels, le tableau de bord affiche {{212 appels}} en attente pour la région. Les "
        "téléconseillers se regardent et personne ne dit rien.",
    ),
    (
        CPAM,
        AT,
        "Rappel programmé : le téléconseiller rappelle Mme [[PERSONNE:Nadège Le Goff]] au "
        "[[TELEPHONE:02 33 41 87 59]] à {{15h}}, comme promis. Elle ne s'y attendait pas : « c'est la "
        "première fois qu'on me rappelle vraiment ».",
    ),
    (
        CPAM,
        AT,
        "Un homme appelle pour sa mère décédée, Mme [[PERSONNE:Germaine Tostain]], née le "
        "[[DATE_NAISSANCE:4 février 1931]], décédée le {{2 mars}}. Il veut arrêter les remboursements et récupérer le dernier. "
        "Le conseiller est doux, prend le temps. Il lui donne le numéro du service succession.",
    ),
    (
        CPAM,
        AT,
        "Beaucoup d'appels sur {{Mon espace santé}} depuis le courrier national. Le conseiller estime "
        "que c'est {{1 appel sur 5}}. Les gens pensent que c'est une arnaque.",
    ),
    (
        CPAM,
        AT,
        "La conseillère envoie le formulaire de demande de {{C2S}} à "
        "[[EMAIL:boubacar.sidibe14@laposte.net]]. M. [[PERSONNE:Sidibé]] remercie {{4 fois}} et demande "
        "s'il peut rappeler la même personne. Non.",
    ),
    (
        CPAM,
        AT,
        "Appel du service social du {{CHU de Caen}} pour un patient, M. [[PERSONNE:Hamid Rahimi]], IPP "
        "[[IDENTIFIANT:1400938127]], sans droits ouverts. L'assistante sociale, Mme "
        "[[PERSONNE:Lavenu]], demande une ouverture en urgence. Le conseiller transmet.",
    ),
    (
        CPAM,
        AT,
        "Le téléconseiller a un post-it sur son écran : « NE JAMAIS DIRE JE NE SAIS PAS ». Il le dit "
        "quand même {{deux fois}} ce matin, et il a raison.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle de présence à domicile pendant un arrêt de travail, avec l'agent enquêteur de la "
        "{{Cpam de la Manche}}. {{10h}}, chez Mme [[PERSONNE:Karine Hamelin]], "
        "[[ADRESSE:15 rue Emmanuel Liais, 50100 Cherbourg-en-Cotentin]]. Elle est là, en robe de "
        "chambre. Identité vérifiée : NIR [[NIR:2 75 05 50 129 066 40]], {{50 ans}}, née à "
        "{{Cherbourg}}. Tout est conforme.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle annulé : personne absente. Avis de passage dans la boîte. L'agent dit que {{1 contrôle "
        "sur 3}} finit comme ça, souvent parce que la personne est chez le médecin.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un taxi conventionné pour des trajets facturés en double. Le véhicule, "
        "[[IMMATRICULATION:GA-774-ZD]], est garé devant le dépôt des {{Taxis de la Côte}} à "
        "{{Granville}}. Le chauffeur, M. [[PERSONNE:Lefranc]], sort ses feuilles de route. L'agent compare "
        "avec les relevés {{SNIIRAM}}.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez M. [[PERSONNE:Aurélien Dufour]], en arrêt depuis {{8 mois}}, "
        "[[ADRESSE:3 chemin des Monts 14400 Bayeux]]. Devant la maison, une camionnette de chantier "
        "immatriculée [[IMMATRICULATION:ER 592 KM]]. Il dit que c'est celle de son beau-frère, "
        "[[PERSONNE:Kévin Osmont]]. L'agent note, sans commentaire.",
    ),
    (
        CPAM,
        CSP,
        "Vérification chez une infirmière libérale, Mme [[PERSONNE:Nathalie Brière]], de ses tournées "
        "facturées. Elle montre son agenda papier : {{38 patients}} par jour. L'agent enquêteur est "
        "impressionné et un peu sceptique.",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture, l'agent enquêteur me dit qu'il fait {{200 km}} par jour dans le "
        "{{Cotentin}}, qu'il a une {{Berlingo}} de service sans clim, et qu'il adore son métier.",
    ),
    # urgences
    (
        URG,
        AP,
        "Urgences du {{CHU Charles-Nicolle}}, {{Rouen}}. Accueil administratif : M. [[PERSONNE:Claude "
        "Bréant]], {{67 ans}}, amené par les pompiers. Sa femme donne la carte {{Vitale}} : "
        "[[NIR:1 58 02 76 540 301 24]]. L'agente crée le dossier en {{3 minutes}}, pendant que le "
        "brancard passe.",
    ),
    (
        URG,
        AP,
        "M. [[PERSONNE:Pierre-Antoine Pietri]], {{38 ans}}, en vacances à {{Honfleur}}, s'est coupé en "
        "ouvrant des huîtres. Né à {{Bastia}}, il épelle son NIR avec le {{2B}} : "
        "[[NIR:1 86 11 2B 033 012 50]]. L'agente ne connaissait pas, elle rit.",
    ),
    (
        URG,
        AP,
        "Bracelet imprimé : « [[PERSONNE:DIALLO Mariam]] — IPP [[IDENTIFIANT:P00738219]] — F — "
        "[[DATE_NAISSANCE:17/04/1996]] ». La patiente, enceinte, est orientée direct vers la maternité par l'{{IOA}}.",
    ),
    (
        URG,
        AP,
        "Une voiture est garée sur l'aire des ambulances : [[IMMATRICULATION:EF-093-TC]]. L'agent de "
        "sécurité annonce au micro « le propriétaire du véhicule [[IMMATRICULATION:EF 093 TC]] est prié "
        "de le déplacer ». Personne ne bouge. {{10 minutes}} plus tard, la fourrière.",
    ),
    (
        URG,
        AP,
        "Salle d'attente, {{22h}} : {{31 personnes}}. Un écran annonce « temps d'attente estimé : "
        "{{4h}} ». Un enfant dort sur {{2 chaises}}. Un homme fait les cent pas avec une main bandée dans "
        "un torchon.",
    ),
    (
        URG,
        AP,
        "Le Dr [[PERSONNE:Pasteur]] (aucun lien avec l'hôpital {{Louis Pasteur}}, il le dit à chaque "
        "patient) prend le relais à l'{{IOA}}. Il voit une femme qui tousse depuis {{3 semaines}} et lui "
        "dit que ça relève de son généraliste. Elle n'en a pas.",
    ),
    (
        URG,
        AP,
        "Des touristes allemands, M. [[PERSONNE:Jürgen Hoffmann]] et sa femme. Il est tombé sur les "
        "falaises d'{{Étretat}}. Carte européenne n° [[IDENTIFIANT:80276001230456789012]], voiture "
        "[[IMMATRICULATION:HH-KL 4821]] sur le parking. L'agente se débrouille en anglais.",
    ),
    (
        URG,
        AP,
        "IOA, dialogue :\n— Vous avez mal où ?\n— Partout.\n— Sur {{10}} ?\n— {{12}}.\nL'infirmière note "
        "{{8}}. Elle me dit que c'est la réponse la plus fréquente.",
    ),
    (
        URG,
        AP,
        "M. [[PERSONNE:Ismail Noori]], afghan, sans papiers, vient pour une plaie au pied infectée. "
        "Attestation {{AME}} n° [[IDENTIFIANT:AME-76-0093184]], expirée le mois dernier. L'agente "
        "l'enregistre quand même et appelle la {{PASS}}.",
    ),
    (
        URG,
        AP,
        "Urgences du {{GHH}}, {{Le Havre}}. Un couple d'Anglais descendu du ferry, voiture "
        "[[IMMATRICULATION:LD19 XKP]] restée au terminal. Mme [[PERSONNE:Hollis]] pense à une fracture "
        "du poignet. Son mari, [[PERSONNE:Graham]], demande où est le parking. Il n'y en a plus.",
    ),
    (
        URG,
        AP,
        "Une patiente très confuse donne sa date de naissance : « [[DATE_NAISSANCE:12 12 88]] ». "
        "L'agente tape [[DATE_NAISSANCE:12/12/1988]], ça ne donne rien. C'était [[DATE_NAISSANCE:1958]]. Sa fille, [[PERSONNE:Morgane]], "
        "arrive {{5 minutes}} après et corrige : [[DATE_NAISSANCE:12/12/1958]].",
    ),
    (
        URG,
        AP,
        "ÉCRAN DU BOX 7 : « [[PERSONNE:LEBRETON Gilles]] — [[DATE_NAISSANCE:03/09/1944]] — {{TRI 3}} — "
        "EN ATTENTE {{IMAGERIE}} ». Il attend depuis {{5h10}}.",
    ),
    (
        URG,
        AP,
        "Pas de patient pendant {{8 minutes}}, rare. L'agente d'accueil en profite pour remplir la "
        "machine à café du personnel et vérifier le stock de bracelets.",
    ),
    (
        URG,
        AP,
        "{{Pompiers}} + {{SMUR}} en même temps, {{3 brancards}} dans le couloir. L'agente d'accueil "
        "crée les dossiers en « {{X}} » (identité inconnue) et complétera plus tard. Il y a déjà {{2 patients}} "
        "en « X » depuis ce matin.",
    ),
    (
        URG,
        AP,
        "M. [[PERSONNE:Tanguy Leverrier]] donne son adresse pour la facture : "
        "[[ADRESSE:42 rue Guillaume le Conquérant, 14000 Caen]]. Il est venu à pied depuis chez lui, en "
        "pyjama, un {{dimanche}} à {{6h}}. Mutuelle {{Harmonie}} n° [[IDENTIFIANT:HM0048172365]].",
    ),
    (
        URG,
        AP,
        "Une étudiante, [[PERSONNE:Salomé Vincent]], avec une amie, [[PERSONNE:Eva]]. Elle donne son "
        "numéro pour être rappelée des résultats à {{2h du matin}} : [[TELEPHONE:06 42 87 19 35]]. L'amie donne le sien en "
        "plus, au cas où : [[TELEPHONE:07 81 60 24 17]].",
    ),
    (
        URG,
        AT,
        "Appel d'une mère qui cherche son fils, [[PERSONNE:Théo Lamotte]], {{17 ans}}, « qui ne répond "
        "plus ». L'agente vérifie : il est bien là, {{box 12}}. Elle ne peut pas en dire plus au "
        "téléphone, mais elle dit « venez ».",
    ),
    (
        URG,
        AT,
        "Standard des urgences : {{14 appels}} en une heure, dont {{6}} pour savoir « combien de temps "
        "d'attente ». La réponse est toujours la même : « on ne peut pas savoir ».",
    ),
    (
        URG,
        AT,
        "Un pharmacien de {{Dieppe}} appelle pour une ordonnance illisible d'un patient sorti cette nuit, "
        "M. [[PERSONNE:Lesage]]. L'agente transfère à l'interne, le Dr [[PERSONNE:Benali]].",
    ),
    (
        URG,
        AT,
        "Appel de M. [[PERSONNE:Zoran Petrović]] qui a oublié ses lunettes au {{box 4}}. Il laisse son "
        "numéro : [[TELEPHONE:+33 7 49 02 86 11]]. L'agente retrouve les lunettes dans une bassine "
        "d'objets trouvés.",
    ),
    (
        URG,
        AT,
        "La régulation du {{15}} prévient : une arrivée dans {{10 minutes}}, femme de {{80 ans}}, chute. "
        "L'agente prépare le dossier. Nom communiqué : Mme [[PERSONNE:Lepoittevin]], née en "
        "[[DATE_NAISSANCE:1944]].",
    ),
    (
        URG,
        AT,
        "Appel d'une femme qui veut « juste savoir si c'est grave » : son mari a mal au bras gauche. "
        "L'agente lui dit d'appeler le {{15}} immédiatement et raccroche. Elle me regarde : « on n'est "
        "pas un cabinet de conseil ».",
    ),
    (
        URG,
        AT,
        "Appel d'une {{EHPAD}} de {{Bolbec}} qui envoie une résidente, Mme [[PERSONNE:Simone Hauchecorne]]. "
        "L'infirmière dicte son numéro de sécu et son adresse d'origine, "
        "[[ADRESSE:8 rue Pasteur, 76210 Bolbec]], pour la facturation.",
    ),
    (
        URG,
        AT,
        "Un homme appelle pour se plaindre de l'attente de la veille ({{9 heures}}). L'agente lui donne "
        "l'adresse mail du service des relations avec les usagers. Il dit qu'il va écrire au "
        "{{Président}}.",
    ),
    (
        URG,
        AT,
        "Appel d'un père, M. [[PERSONNE:Ngoma]], dont la fille [[PERSONNE:Grâce]] a été hospitalisée hier "
        "soir. Il est à {{la Grâce de Dieu}}, sans voiture, il demande quel bus prendre. L'agente lui "
        "dit de prendre le tram {{Twisto}}.",
    ),
    # chrs et 115
    (
        CHRS,
        AP,
        "Accueil du {{CHRS}} à {{Caen}}, {{9h}}. M. [[PERSONNE:Souleymane Dembélé]], {{47 ans}}, né au "
        "{{Mali}}, arrivé hier soir par le {{115}}. L'éducatrice, [[PERSONNE:Marion]], ouvre son "
        "dossier : NIR [[NIR:1 77 07 99 335 118 35]], aucune ressource, une demande d'{{AAH}} en cours à "
        "la {{MDPH}}, dossier [[IDENTIFIANT:MDPH14-2024-08812]].",
    ),
    (
        CHRS,
        AP,
        "Une jeune femme, [[PERSONNE:Kimberley]], {{20 ans}}, arrive avec un sac poubelle et son chien, "
        "{{Tyson}}. Le chien, c'est le problème : pas d'animaux ici. L'éducateur appelle le {{115}} pour "
        "une place qui accepte les chiens. Il n'y en a pas ce soir.",
    ),
    (
        CHRS,
        AP,
        "Mme [[PERSONNE:Sabrina Jean-Louis]], {{30 ans}}, originaire de {{Pointe-à-Pitre}}, hébergée "
        "depuis {{2 mois}}. Elle monte son dossier de logement social avec l'éducatrice, "
        "[[PERSONNE:Justine]]. NIR : [[NIR:2 94 12 97 120 081 50]]. Numéro allocataire : "
        "[[N_ALLOCATAIRE:4417093]]. « Je veux juste une porte qui ferme à clé. »",
    ),
    (
        CHRS,
        AP,
        "Règlement intérieur affiché dans le hall : pas d'alcool, retour avant {{22h}}, pas de visite "
        "dans les chambres. Quelqu'un a ajouté au stylo : « et pas de vie non plus ».",
    ),
    (
        CHRS,
        AP,
        "M. [[PERSONNE:Kamil Nowak]], polonais, vit dans sa voiture depuis {{3 mois}} sur le parking du "
        "{{Leclerc}} de {{Mondeville}}. Voiture [[IMMATRICULATION:WGM 48217]], plaques polonaises. Il "
        "vient prendre une douche et laver son linge. L'éducateur lui propose un rendez-vous {{SIAO}}.",
    ),
    (
        CHRS,
        AP,
        "L'éducatrice aide M. [[PERSONNE:Fabien Lecorre]] à remplir sa demande d'{{APL}} (numéro "
        "allocataire [[N_ALLOCATAIRE:3856402]]). Il a enfin un compte à {{La Banque Postale}}. Elle "
        "recopie le RIB : [[IBAN:20041 01014 2039847F029 13]], et vérifie deux fois la lettre.",
    ),
    (
        CHRS,
        AP,
        "Bilan d'entrée : M. [[PERSONNE:Jonathan Malherbe]], {{34 ans}}, sorti de détention il y a "
        "{{10 jours}}. Identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:5638201W]], {{RSA}} à ouvrir. "
        "L'éducateur prend rendez-vous à l'agence de {{Rouen}} {{Saint-Sever}}.",
    ),
    (
        CHRS,
        AP,
        "Petit-déjeuner : {{7h-8h30}}. {{23 résidents}}, {{11 présents}}. Café, pain, confiture "
        "{{Bonne Maman}} (un don). La télé passe {{BFM}}, personne ne regarde.",
    ),
    (
        CHRS,
        AP,
        "Mme [[PERSONNE:Zahra Hosseini]] (iranienne) et ses {{2 enfants}}. Demande d'asile rejetée, "
        "recours devant la {{CNDA}}, n° [[IDENTIFIANT:24058317]]. La directrice, Mme "
        "[[PERSONNE:Lenormand]], lui explique qu'elle peut rester jusqu'à la décision. Elle dit merci "
        "en anglais, puis en français.",
    ),
    (
        CHRS,
        AP,
        "Distribution du courrier. L'agent appelle les noms un par un : [[PERSONNE:Mickaël]], "
        "« [[PERSONNE:Dédé]] » (il ne veut pas qu'on dise son vrai nom), Mme [[PERSONNE:Traoré]], M. "
        "[[PERSONNE:Bouaziz]]. {{4 lettres}} pour {{40}} résidents.",
    ),
    (
        CHRS,
        AP,
        "M. [[PERSONNE:Anthony Vallée]], {{28 ans}}, né à {{Alençon}}, refait ses papiers perdus. "
        "L'éducatrice appelle la {{Cpam de l'Orne}} avec lui sur haut-parleur. Il donne son NIR, "
        "[[NIR:196086100124053]], puis sa date de naissance, le [[DATE_NAISSANCE:23 août 1996]]. La "
        "carte arrivera ici.",
    ),
    (
        CHRS,
        AP,
        "Un résident, [[PERSONNE:Yacine]], me montre le compte {{Instagram}} où il poste ses dessins, "
        "[[IDENTIFIANT:@yac.inkdraw]] : {{1 200 abonnés}}. L'éducatrice lui rappelle de ne pas montrer "
        "la façade du foyer.",
    ),
    (
        CHRS,
        AP,
        "Bonne nouvelle du jour : Mme [[PERSONNE:Chloé Leroux]] a un logement, "
        "[[ADRESSE:11 allée des Goélands, 76620 Le Havre]], bailleur {{Alcéane}}. Elle pleure. "
        "L'éducateur aussi, un peu.",
    ),
    (
        CHRS,
        AP,
        "Réunion d'équipe de {{14h}} : {{6 éducateurs}}, {{1 psychologue}}, la cheffe de service. On "
        "parle des {{3 places}} d'urgence toujours pleines et d'une bagarre hier soir. Pas de noms dans "
        "mes notes, on me l'a demandé.",
    ),
    (
        CHRS,
        AT,
        "Écoute au {{115}} du {{Calvados}}, {{20h}}. Premier appel : un homme, [[PERSONNE:Didier]], "
        "{{56 ans}}, dort dans sa voiture à {{Ouistreham}}, [[IMMATRICULATION:7382 XR 61]]. Inscrit à "
        "{{France Travail}} (identifiant [[ID_FRANCE_TRAVAIL:6610487D]]), il travaille en intérim. Pas "
        "de place ce soir, l'écoutant note tout quand même.",
    ),
    (
        CHRS,
        AT,
        "Une femme avec ses {{3 enfants}} appelle de son portable, batterie à {{5 %}}. Elle donne son "
        "numéro très vite : [[TELEPHONE:07 52 38 90 14]]. L'écoutante, [[PERSONNE:Manon]], trouve une "
        "place à l'{{hôtel Première Classe}} d'{{Hérouville}}, {{chambre 108}}, et rappelle.",
    ),
    (
        CHRS,
        AT,
        "Entre {{19h}} et {{21h}} : {{47 appels}} au {{115}}, {{9 décrochés}}. Sur l'écran, la file "
        "d'attente clignote en rouge. L'écoutant boit son café froid.",
    ),
    (
        CHRS,
        AT,
        "M. [[PERSONNE:Gheorghe Lăcătuș]] appelle pour la {{6e}} nuit de suite. Référence SIAO "
        "[[IDENTIFIANT:SIAO14-2025-001547]]. L'écoutant le connaît, l'appelle par son prénom, "
        "[[PERSONNE:Gheorghe]], et lui trouve une place au {{dortoir}} de la {{Croix-Rouge}}.",
    ),
    (
        CHRS,
        AT,
        "Appel d'une conseillère de la {{Mission locale}} pour [[PERSONNE:Naël]], {{19 ans}}, hébergé "
        "chez un ami qui le met dehors ce soir. Elle donne l'adresse pour que la maraude passe : "
        "[[ADRESSE:19 rue des Sources, 14200 Hérouville-Saint-Clair]].",
    ),
    (
        CHRS,
        AT,
        "Le service social de l'hôpital envoie la fiche de M. [[PERSONNE:Rémi Lhomme]]. L'écoutante "
        "répond depuis la boîte du {{115}} en copie à la référente, Mme [[PERSONNE:Desmares]] "
        "([[EMAIL:c.desmares@asso-horizons14.fr]]).",
    ),
    (
        CHRS,
        AT,
        "Un homme, très alcoolisé, refuse de donner son nom. Il dit juste « [[PERSONNE:Le Grand]] », "
        "c'est comme ça qu'on l'appelle à la {{gare}}. L'écoutant l'inscrit sous ce surnom, « on fait "
        "avec ».",
    ),
    (
        CHRS,
        AT,
        "Mme [[PERSONNE:Awa Cissé]] dicte son numéro : « "
        "[[TELEPHONE:zéro six, soixante-dix-sept, quarante, vingt-neuf, zéro huit]] ». Née le "
        "[[DATE_NAISSANCE:1er mars 1990]]. Enceinte de {{6 mois}}, à la rue à {{Évreux}} depuis "
        "{{samedi}}.",
    ),
    (
        CHRS,
        AT,
        "L'écoutante me dit qu'elle entend les mêmes voix depuis {{4 ans}}. « Certains, je les "
        "reconnais au allô. »",
    ),
    (
        CHRS,
        AT,
        "Appel d'un gendarme de {{Coutances}} : il a trouvé une femme, Mme [[PERSONNE:Lydie Marais]], "
        "endormie dans un abri près du {{marais}}. Il donne son identité, née le "
        "[[DATE_NAISSANCE:09/10/1971]]. Place trouvée au {{CHRS}} de {{Saint-Lô}}, les gendarmes "
        "l'y conduisent.",
    ),
    (
        CHRS,
        CSP,
        "Visite en appartement diffus avec l'éducateur, [[PERSONNE:Julien]], chez Mme "
        "[[PERSONNE:Nadia Belkacem]] et ses enfants, [[ADRESSE:5 rue Lamartine, 27000 Évreux]]. "
        "L'appartement est propre, le frigo rempli. Elle montre le bulletin de son fils "
        "[[PERSONNE:Ilyès]], {{17 de moyenne}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude {{Croix-Rouge}}, {{21h}}, quai de {{Southampton}} au {{Havre}}. Un homme dort dans une "
        "voiture, [[IMMATRICULATION:bn445wq]]. Il s'appelle [[PERSONNE:Steve]], il ne veut pas aller "
        "au foyer. On laisse un duvet et le numéro du {{115}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un appartement relais vide, prêt pour un nouvel arrivant : lit, table, {{2 chaises}}, "
        "kit vaisselle. L'éducatrice vérifie les compteurs. Tout marche sauf la sonnette.",
    ),
    (
        CHRS,
        CSP,
        "Maraude à {{Cherbourg}}, parking de la {{gare maritime}}. Un camping-car belge, "
        "[[IMMATRICULATION:1-GZX-318]], une famille dedans depuis {{2 semaines}}. Le père, M. "
        "[[PERSONNE:Vermeulen]], dit qu'ils attendent un ferry pour l'{{Irlande}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement diffus chez M. [[PERSONNE:Cédric Hébert]], "
        "[[ADRESSE:2 rue du Bel Air, 50000 Saint-Lô]]. Budget avec l'éducatrice : {{RSA}} {{635 €}}, "
        "{{APL}} versée au bailleur. Numéro allocataire [[N_ALLOCATAIRE:2093618]]. Le loyer résiduel "
        "est prélevé sur [[IBAN:FR50 2004 1010 0507 4215 8D02 685]].",
    ),
    (
        CHRS,
        CSP,
        "Chez M. [[PERSONNE:Omar Sylla]], en appartement relais. Il a signé un CDI chez "
        "{{Renault Trucks}} à {{Blainville-sur-Orne}}. L'éducateur l'aide à déclarer la reprise "
        "d'emploi, identifiant [[ID_FRANCE_TRAVAIL:4092713 P]].",
    ),
    (
        CHRS,
        CSP,
        "Maraude de nuit, {{-2 °C}}. On croise {{4 personnes}} : trois acceptent une soupe, une "
        "accepte un hébergement. Le chauffeur de la maraude fait ça depuis {{12 ans}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite à l'{{hôtel Ibis Budget}} de {{Rouen}}, {{chambre 212}} : Mme [[PERSONNE:Ruth Mbala]] et "
        "son bébé, hébergées par le {{115}} depuis {{3 mois}}. Pas de cuisine, elle chauffe les "
        "biberons à la bouilloire. N° alloc [[N_ALLOCATAIRE:1178430]], mail pour les courriers : "
        "[[EMAIL:ruthmbala.cg@yahoo.fr]].",
    ),
]

# Written last, after a first run showed 239 notes instead of 240 (one France Travail counter
# note of the week had been left out).
LATE = [
    (
        FT,
        AP,
        "mr [[PERSONNE:leconte]] paysagiste auto-entrepreneur a {{coutances}}, id "
        "[[ID_FRANCE_TRAVAIL:7215938L]], veut savoir s'il peut cumuler {{are}} et son ca de l'hiver "
        "(presque rien). conseillere [[PERSONNE:nathalie]] fait le calcul sur un coin de feuille. il "
        "laisse son mail pro [[EMAIL:leconte.paysages50@gmail.com]] pr la simul complete",
    ),
]

NOTES = WEEK + OTHERS + LATE

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")
STRAY = ("[[", "]]", "{{", "}}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        parts.append(marked[pos : m.start()])
        length += m.start() - pos
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = kept
            if value not in keep:
                keep.append(value)
        if value != value.strip() or any(s in value for s in STRAY):
            raise ValueError(f"bad marked value {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if any(s in text for s in STRAY):
        raise ValueError(f"stray mark in {marked!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
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
    """Split ids into (dev, holdout); depends only on the ids and the cells."""
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
