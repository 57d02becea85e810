"""Independent evaluation corpus n° 69: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this module strips the marks,
computes the offsets (Python string indices, end exclusive), numbers the notes ``ind69-001`` …
``ind69-240`` in writing order, draws the dev / holdout split and writes ``dev.jsonl`` and
``holdout.jsonl`` next to it. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind69"
SEED = 69
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

# ---------------------------------------------------------------------------------------------
# Notes 001-038: Caf, counter (001-023) and phone (024-038).
# ---------------------------------------------------------------------------------------------
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Toulouse}} site du {{Mirail}}, arrivée {{8h25}}. Deja {{une trentaine}} de personnes dehors sous la pluie, l'agent de sécu distribue des tickets : {{A012}} pour nous. Ma tutrice [[PERSONNE:Sabrina]] m'explique que le lundi c'est toujours comme ça, « les gens ont ruminé tout le week-end ».",
    ),
    (
        "caf",
        "accueil_physique",
        "1ere personne : Mme [[PERSONNE:Cazaux]], changement de situation (séparation depuis {{janvier}}). Elle tend sa carte vitale au lieu de son num alloc, [[PERSONNE:Sabrina]] retrouve quand meme le dossier par le NIR : [[NIR:2 91 06 65 440 217 56]]. Née à {{Tarbes}}, ça colle. {{2 enfants}} ({{4 ans}} et {{7 ans}}). Elle demande si son {{APL}} va baisser. Réponse : « on verra à la prochaine {{déclaration trimestrielle}} ». Elle n'a pas l'air convaincue.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne libre-service en panne depuis {{jeudi}}. Papier scotché dessus : « {{BORNE HS}} merci de vous adresser a l'accueil ». Personne ne lit le papier 😅 chacun fait la queue {{10 min}} devant la borne avant de comprendre.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Samir Aït Ouali]], {{52 ans}}, [[ADRESSE:23 rue du Lot, appt 41, 31100 Toulouse]]. Il vient pour la {{3e fois}} pour le même courrier : indu de {{1 284,37 €}} sur la {{prime d'activité}}. Il a fait de l'interim chez un sous-traitant d'{{Airbus}} à {{Blagnac}}, salaires déclarés en retard. [[PERSONNE:Sabrina]] propose un échéancier à {{50 €/mois}}. Lui : « et je mange quoi moi ». Silence. Elle regarde son écran.",
    ),
    (
        "caf",
        "accueil_physique",
        'jeune femme, [[PERSONNE:Océane]] je crois, {{19 ans}}, demande le {{RSA}} "jeune". Explication : c\'est {{25 ans}} sauf enceinte ou enfant a charge. Elle repart avec le flyer {{Mission locale}} et le {{CEJ}}. Temps total {{4 min}}.',
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Perpignan}}, antenne de {{Saint-Jacques}}. Mme [[PERSONNE:Reyes]] vient avec sa fille qui traduit (la mère parle surtout catalan). La fille récite le numéro d'allocataire avant même qu'on le demande : [[N_ALLOCATAIRE:0871264]]. Souci d'{{ARS}} pas versée pour le {{3e}} enfant, [[PERSONNE:Manolo]], {{16 ans}} : il manque le certificat de scolarité. La fille : « il est inscrit au lycée {{Arago}} mais il y va pas trop ». L'agent, [[PERSONNE:Jean-Marc]], ne relève pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h40}} rush. {{4 agents}} au front, {{2}} en RDV. Écran : attente estimée {{55 min}}. Réel pour le monsieur devant moi : {{1h20}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame demande pourquoi elle reçoit jamais les mails de la {{Caf}}. [[PERSONNE:Sabrina]] vérifie l'adresse enregistrée : [[EMAIL:nadege.lafforgue31@gmial.com]] → « gmial » 🙃 faute de frappe depuis {{2022}}. Corrigé en [[EMAIL:nadege.lafforgue31@gmail.com]]. Mme [[PERSONNE:Lafforgue]] rit jaune : « {{3 ans}} que j'attends vos courriers ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur âgé ({{80 ans}} passés) avec un dossier cartonné, tout classé par année depuis {{1998}}. Il vient pour l'{{ALS}}. Il appelle l'agente « mademoiselle », [[PERSONNE:Nathalie]] a {{58 ans}}, elle sourit.",
    ),
    (
        "caf",
        "accueil_physique",
        "Déménagement : M. et Mme [[PERSONNE:Ferreira]] quittent {{Bellefontaine}} pour [[ADRESSE:4 allée des Genêts, 31770 Colomiers]]. Nouveau bailleur {{Altéal}}, réf locataire [[IDENTIFIANT:ALT-0418735]]. L'agente tape dans {{Cristal}}, l'adresse ne passe pas : « le logiciel connait pas la rue, elle est trop neuve ». Elle met un commentaire dans le dossier et on verra.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Tarbes}}. Mme [[PERSONNE:Khadija Benali]], quartier {{Laubadère}}, dossier [[N_ALLOCATAIRE:2204518]]. L'agent demande la date de naissance pour vérifier, elle dit « [[DATE_NAISSANCE:12 septembre 1983]] » → ça correspond pas. C'était le dossier de sa soeur [[PERSONNE:Nadia]] !! même adresse, même nom de jeune fille. Flottement. [[PERSONNE:Corinne]] (l'agente) : « ça arrive plus souvent qu'on croit ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Saisonnier à {{Lourdes}} (hôtellerie, d'{{avril}} à {{octobre}}), M. [[PERSONNE:Dorian Carrère]], {{27 ans}}, demande si la {{prime d'activité}} compte les pourboires 😂. L'agent [[PERSONNE:Thierry]] : « les pourboires... on n'en parle pas ». Rire gêné des deux côtés.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pas de toilettes pour le public. Une maman change son bébé sur {{2 chaises}} collées. 😶 Personne ne dit rien.",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à la {{maison France services}} de {{Tarascon-sur-Ariège}}, le {{mardi}} seulement. Un seul agent : [[PERSONNE:Pèire Sentenac]]. Il me dit que « [[PERSONNE:Pèire]] » c'est [[PERSONNE:Pierre]] en occitan, sa grand-mère y tenait. Un couple d'éleveurs de {{Massat}} arrive : ils sont à la {{MSA}} pour tout, ils se sont trompés de guichet. {{45 min}} de route pour rien, ils le prennent avec le sourire : « on fera les courses à {{Foix}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Castres}}. Mme [[PERSONNE:Anaïs Bonnafous]] change de banque, elle a ouvert un compte {{Nickel}} au {{tabac}} de {{Lameilhé}} (« c'est la seule qui a voulu de moi »). Elle dicte, l'agente tape : [[IBAN:FR76 1659 8000 0100 0042 8193 672]]. Tapé {{2 fois}} parce que {{Cristal}} refuse la première (deux chiffres inversés). La clé RIB sert vraiment à qqch, je découvre.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche au mur : « {{Vos droits en 3 clics}} sur {{caf.fr}} ». Juste en dessous, une file de {{18 personnes}}. Je compte. Aucune n'a l'air d'avoir cliqué.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent de sécu, [[PERSONNE:Moussa]], connait tout le monde par son prénom. « Salut [[PERSONNE:Josiane]], t'as ramené les fiches de paie cette fois ? » [[PERSONNE:Josiane]] sort une pochette plastique, triomphante. Il lui donne le ticket {{B104}} avec un clin d'oeil.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Teddy Marchal]], auto-entrepreneur (soudure, sous-traitance aéro à {{Colomiers}}), vient pour son chiffre d'affaires trimestriel. L'agente demande le SIRET pour retrouver la déclaration : [[IDENTIFIANT:832 157 648 00011]]. {{3}} clients dont {{1}} qui paie à {{90 jours}}. « Quand {{Airbus}} tousse c'est nous qui crachons. » J'ai noté la phrase.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fatoumata Camara]] vient déclarer la naissance d'[[PERSONNE:Aïssata]], née le [[DATE_NAISSANCE:2 mars]] à {{Purpan}}. Elle a l'acte de naissance mais pas le livret de famille, [[PERSONNE:Corinne]] dit que ça suffit. Elle habite {{Empalot}} depuis {{2016}}. Bébé dort tout du long dans la poussette 👶. {{PAJE}} ouverte en {{10 min}}, premier truc qui va vite ce matin.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ma tutrice [[PERSONNE:Sabrina]] m'explique le circuit : accueil « {{flux}} » (sans RDV, {{5 min}} max, on oriente), puis RDV pris sur {{caf.fr}} ou à la borne, {{20 min}} avec un conseiller. Sauf que les RDV sont pleins à {{3 semaines}}. Donc les gens reviennent en flux, et le flux déborde. Elle dessine le schéma sur un post-it, les flèches tournent en rond. « Voilà, c'est ça. » Je garde le post-it.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Lot}}, accueil de {{Cahors}}. Un monsieur venu de {{Figeac}} ({{70 km}}) parce que « au téléphone on me répond pas ». [[PERSONNE:Rémi]], l'agent, imprime l'attestation en {{2 min}}. Le monsieur : « c'est tout ? » Oui c'est tout. Il reste planté là, presque déçu.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Yusuf Demir]] ({{Les Izards}}) vient déclarer la garde alternée. Enfants : [[PERSONNE:Elif]], née en [[DATE_NAISSANCE:2014]], et [[PERSONNE:Can]], né en [[DATE_NAISSANCE:2017]]. Il veut les allocs « moitié-moitié » avec son ex, Mme [[PERSONNE:Kaya]]. [[PERSONNE:Thierry]] explique qu'on ne coupe pas les {{AF}} en deux comme ça, il faut une demande des deux parents. M. [[PERSONNE:Demir]] sort son portable pour appeler l'ex en direct, [[PERSONNE:Thierry]] l'arrête gentiment.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h55}}, on ferme à {{12h}}. {{7}} personnes encore assises. [[PERSONNE:Sabrina]] en prend {{3}}, renvoie les autres à {{13h30}}. Un monsieur crie « je suis là depuis {{9h}} ». C'est vrai, je l'ai vu arriver. Son ticket : {{A019}}, l'écran est passé de {{A018}} à {{A020}}. Bug de la borne ? [[PERSONNE:Sabrina]] le prend quand même.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique, {{3230}}. Casque sur les oreilles, j'entends l'appelant + [[PERSONNE:Linda]] (conseillère depuis {{11 ans}}). {{1er appel}} à {{9h01}} : une dame qui attend depuis {{22 min}}. Premier mot : « ENFIN ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelante : Mme [[PERSONNE:Batlle]], de {{Céret}}. Identification : n° allocataire [[N_ALLOCATAIRE:3317092]] + date de naissance, « le [[DATE_NAISSANCE:vingt-huit mars quatre-vingt-huit]] ». Elle épelle : [[PERSONNE:B-A-T-L-L-E]], « deux L, c'est catalan ». Question : pourquoi son {{RSA}} a baissé de {{112 €}}. Réponse : elle a déclaré les {{indemnités journalières}} de son mari, [[PERSONNE:Quim]], qui s'est cassé le bras sur un chantier à {{Perpignan}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur veut qu'on le rappelle. [[PERSONNE:Linda]] : « votre numéro ? » — « [[TELEPHONE:zéro six, quarante et un, dix-huit, soixante-douze, zéro trois]] ». Elle tape [[TELEPHONE:06 41 18 72 03]]. Normalement on ne rappelle pas, elle fera une exception « parce qu'il avait la voix qui tremblait ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Serveur vocal : « temps d'attente estimé, {{plus de 20 minutes}} ». Tableau de bord : {{143}} appels en attente, {{31}} conseillers connectés. Taux de décroché la veille : {{61 %}}. Objectif national affiché au mur : {{85 %}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Elle veut le formulaire par mail. Dictée : « [[EMAIL:mireille point soule arobase orange point fr]] ». [[PERSONNE:Linda]] répète, tape [[EMAIL:mireille.soule@orange.fr]]. Mme [[PERSONNE:Soulé]] : « non, soule sans accent, l'ordinateur en veut pas ». OK.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{Saint-Lary-Soulan}} : perchman (!) saisonnier à la station, de {{décembre}} à {{avril}}, logé par l'employeur. Il s'appelle [[PERSONNE:Iban Larralde]], [[PERSONNE:Linda]] croit d'abord qu'il dicte un IBAN 😂. Il garde toute l'année un studio à {{Lannemezan}}, il veut l'{{APL}} dessus. Réponse : une seule résidence principale, et c'est laquelle ? Long silence. Il raccroche en disant « adishatz ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appelant veut donner son nouveau RIB au téléphone. Il lit tout d'une traite avant que [[PERSONNE:Linda]] puisse l'arrêter : [[IBAN:FR76 1310 6005 0030 0184 5261 753]]. Elle explique : pas par téléphone, il faut le déposer dans l'espace perso (sécurité, fraude au RIB). Je l'avais noté machinalement, je me rends compte que je n'aurais pas dû.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tout le monde demande « votre ligne directe ». Il n'y en a pas. [[PERSONNE:Linda]] raconte qu'avant, à {{Tarbes}}, ils avaient des lignes directes, « c'était l'enfer, on finissait jamais un dossier ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une assistante sociale de la {{MDS}} de {{Colomiers}}, Mme [[PERSONNE:Pujol]], pour une famille qu'elle suit : dossier [[N_ALLOCATAIRE:1642807]]. Elle laisse sa ligne pro [[TELEPHONE:05 62 18 47 93]] et son mail [[EMAIL:anne.pujol@cd31-social.fr]] au cas où. Partenaires = file prioritaire, décroché en {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Musique d'attente : {{Les Quatre Saisons}} de {{Vivaldi}}, {{le Printemps}} en boucle. Un appelant la siffle encore quand on décroche 🎻.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une dame de {{Bourg-Madame}} qui travaille à {{Puigcerdà}}, de l'autre côté de la frontière ({{5 min}} en voiture). Ses salaires espagnols : déclarés en brut ou en net ?? [[PERSONNE:Linda]] ne sait pas, demande à sa cheffe sur {{Teams}}. Réponse au bout de {{8 min}} : net. La dame, [[PERSONNE:Montserrat Vila]], a attendu sans râler, on l'entendait faire la vaisselle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Code confidentiel perdu. Procédure : renvoi par courrier, {{5 jours}}. Elle : « mais c'est pour ça que j'appelle, ma boîte aux lettres a été arrachée ». [[PERSONNE:Linda]] note une adresse provisoire chez sa mère, Mme [[PERSONNE:Gasc]] : [[ADRESSE:2 chemin de Garric, bât B, 81100 Castres]]. « Ça ira plus vite ? » Non, pareil.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{14h12}}. Monsieur âgé, il dicte son numéro d'allocataire chiffre par chiffre : « [[N_ALLOCATAIRE:sept, zéro, zéro, quatre, un, deux, neuf]] ». Il veut « le papier pour les impôts ». [[PERSONNE:Linda]] : attestation dispo dans l'espace perso. Il n'a pas d'espace perso. Ni d'ordinateur. Envoi par courrier, {{3 jours}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un agriculteur du {{Gers}} (vers {{Mirande}}) appelle pour sa fille, étudiante à {{Rangueil}} : il veut savoir où en est son {{APL}}. [[PERSONNE:Linda]] ne peut rien dire, il faut que ce soit la fille. « Je suis son père quand même. » Non. Il donne le portable de la fille pour qu'on la rappelle, [[TELEPHONE:07 68 22 09 51]]. On ne rappellera pas. Il raccroche fâché. [[PERSONNE:Linda]] souffle : « {{5e}} de la journée ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une jeune, [[PERSONNE:Clara]], veut savoir si elle peut vivre en colocation avec son copain [[PERSONNE:Maxime]] « sans être en couple pour la {{Caf}} ». [[PERSONNE:Linda]] explique la vie maritale, les revenus du couple. [[PERSONNE:Clara]] : « donc si on s'aime on perd {{200 balles}} ». Pas de réponse à ça.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 039-071: Caf home inspections (039-052), Cpam counter (053-071).
# ---------------------------------------------------------------------------------------------
NOTES_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Frédéric]], contrôleur assermenté depuis {{2009}}. Départ de la {{Caf}} à {{8h50}} dans la {{Clio}} de service ([[IMMATRICULATION:FK-372-QD]], « la plus pourrie du parc »). {{4 visites}} prévues, {{Tarbes}} et {{Séméac}}. Il prévient : « on sonne, on se présente, on n'entre que si on nous laisse entrer ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "1ère visite : Mme [[PERSONNE:Lacoste]], [[ADRESSE:9 rue de l'Adour, 65000 Tarbes]]. Motif : isolement déclaré, signalement de vie maritale. Dans l'entrée, des chaussures d'homme, du {{44}}. [[PERSONNE:Frédéric]] ne dit rien, note. Elle explique : son frère [[PERSONNE:Julien]] passe les week-ends. Voiture garée devant, [[IMMATRICULATION:EH-508-TR]] ; il vérifiera au nom de qui au {{SIV}}. Elle a les mains qui tremblent en signant.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Entre {{2}} visites, sandwich sur le parking d'{{Intermarché}}. Il dit que le plus dur c'est pas les fraudeurs, c'est « les gens qui savent pas qu'ils ont droit à plus ». Sur {{10}} contrôles, {{3}} finissent par un rappel en faveur de l'allocataire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Seix}} ({{Couserans}}), {{1h10}} de route depuis {{Foix}}. Allocataire : M. [[PERSONNE:Guilhem Cabanis]], berger l'été, bûcheron l'hiver. Adresse déclarée : [[ADRESSE:lieu-dit Le Cot, 09140 Seix]]. GPS perdu, on demande à une dame qui étend son linge : « [[PERSONNE:Guilhem]] ? c'est la maison en {{pierre}} avec le patou ». Le patou s'appelle {{Brutus}}, il nous escorte jusqu'à la porte. Question du dossier : revenus agricoles non déclarés ? En fait il est à la {{MSA}} l'été et à la {{Caf}} le reste de l'année, et les deux caisses ne se parlent pas. Personne n'a triché, tout le monde est perdu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Vérif du compte bancaire : Mme [[PERSONNE:Estrade]] montre l'appli de sa banque sur son portable, [[PERSONNE:Frédéric]] compare avec l'IBAN du dossier : [[IBAN:FR76 1690 6000 4087 0312 6450 906]]. C'est bien le sien. Il m'explique après : dans les séparations, l'ex garde parfois le RIB et touche les allocs pendant des mois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Perpignan}}, {{Le Vernet}}. Contrôle de résidence, famille [[PERSONNE:Giménez]], déclarée au [[ADRESSE:14 rue des Romarins, 66000 Perpignan]]. La grand-mère, [[PERSONNE:Rosario]], nous reçoit et fait le café pour tout le monde. Les parents font les marchés ({{Céret}} le {{samedi}}, {{Prades}} le {{mardi}}). Sur le frigo, les photos des {{6 petits}}. [[PERSONNE:Maribel]], la contrôleuse, compte les lits sans en avoir l'air. Conforme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la cour, une voiture immatriculée en Espagne : [[IMMATRICULATION:4827 LKB]]. Question : M. [[PERSONNE:Ruiz]] vit-il vraiment en France ? Il sort ses factures {{EDF}}, réf client [[IDENTIFIANT:6002418735]], et explique que la voiture est à son cousin de {{Figueres}}. [[PERSONNE:Maribel]] photographie les factures. « Le cousin, il a un nom ? » — « [[PERSONNE:Paco]] ». Rires.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Règle d'or du contrôleur : ne jamais s'asseoir dans le canapé, « on s'enfonce et on perd l'autorité » 😄",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite à {{Mazamet}}. Personne. Avis de passage dans la boîte. Un voisin sort : « elle est partie chez son copain à {{Albi}} depuis {{Noël}} ». [[PERSONNE:Hervé]] ne note pas : « on ne travaille pas sur la parole d'un voisin ». Il reviendra {{jeudi}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la fiche de contrôle imprimée :\nallocataire [[PERSONNE:ESCUDERO Lucía]]\nné(e) le [[DATE_NAISSANCE:03/07/1990]]\nn° [[N_ALLOCATAIRE:5520931]]\nmotif : {{CSP ressources}}\nLa fiche traîne sur le tableau de bord de la voiture pendant tout le trajet. Je me dis que n'importe qui pourrait la lire à un feu rouge.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Exploitation de canards à côté d'{{Auch}}. Contrôle des ressources {{prime d'activité}} du couple [[PERSONNE:Barthe]]. Bénéfice agricole = {{forfait}} ou réel ? Personne ne sait, le comptable du {{CER France}} non plus au téléphone. Mme [[PERSONNE:Barthe]] sort {{3}} classeurs, M. [[PERSONNE:Barthe]] reste dehors avec les canards. Grippe aviaire en {{2022}}, {{zéro}} revenu cette année-là, et ils ont remboursé un indu de {{2 300 €}} parce que la déclaration était « mal remplie ». [[PERSONNE:Hervé]] promet de regarder. Il me dit dans la voiture que c'est probablement la {{Caf}} qui leur doit de l'argent.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Personne à la maison. [[PERSONNE:Hervé]] appelle le portable du dossier, [[TELEPHONE:06 77 31 04 82]], messagerie : « vous êtes bien chez [[PERSONNE:Jess]] et [[PERSONNE:Kevin]] 🎶 laissez un message ». Il ne laisse pas de message. Ça aussi c'est la règle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Famille ukrainienne hébergée à {{Blagnac}} chez des particuliers, les [[PERSONNE:Lagarde]]. Mme [[PERSONNE:Olena Kovalenko]] montre son {{APS}} « {{protection temporaire}} », n° [[IDENTIFIANT:3102847651]]. Contrôle de l'hébergement à titre gratuit. Tout en ordre. M. [[PERSONNE:Lagarde]] a aménagé une 2e salle de bain dans le garage, il nous la fait visiter, très fier. Le fils d'[[PERSONNE:Olena]], {{9 ans}}, traduit tout en français avec l'accent toulousain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Bilan de la journée : {{5}} visites, {{3}} présents, {{1}} refus d'entrer (c'est leur droit, mais suspension probable), {{1}} absent. {{187 km}}. Les rapports se tapent demain matin, compter {{1h}} par rapport.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Colomiers}}. Tutrice : [[PERSONNE:Véronique]], {{28 ans}} de maison. Elle appelle tout le monde « mon petit » ou « ma belle », même ceux qui ont {{20 ans}} de plus qu'elle. Ça marche, les gens se détendent.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Fatima Zahra El Idrissi]], carte vitale perdue. L'agente vérifie le NIR à voix haute (!!) et toute la salle entend : « [[NIR:2 85 02 99 350 418 24]] ». Née au {{Maroc}}, à {{Meknès}}, arrivée en {{2011}}. [[PERSONNE:Véronique]] commande la nouvelle carte, {{3 semaines}}, attestation papier en attendant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Sissoko]] demande la {{CSS}} (l'ex-{{CMU-C}}). Contrat chez {{Onet}}, ménage à l'aéroport de {{Blagnac}}, {{4h}} par nuit. Il récite son numéro de sécu de mémoire, sans respirer : [[NIR:190099933510624]]. Né à {{Kayes}}, au {{Mali}}. Dossier complet du premier coup, [[PERSONNE:Véronique]] le félicite, il sourit pour la première fois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une femme enceinte, sans papiers, demande l'{{AME}}. [[PERSONNE:Véronique]] baisse la voix et l'emmène au box {{3}}. Je n'ai pas suivi. En revenant elle me dit juste : « il faut {{3 mois}} de présence, elle a {{2 mois}} et demi ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Perpignan}}. M. [[PERSONNE:Ange-Marie Santoni]], {{63 ans}}, né à {{Ajaccio}}, au {{Moulin-à-Vent}} depuis {{1990}}. Le logiciel de son nouveau kiné refuse sa carte à cause du « {{2A}} » dans le numéro. L'agent relit : [[NIR:1 62 04 2A 004 033 93]]. « Ah oui les Corses, ça plante souvent », dit [[PERSONNE:Florent]]. M. [[PERSONNE:Santoni]] : « on a l'habitude ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Salle d'attente : {{12 chaises}}, {{1}} {{olivier}} en plastique, {{1}} écran qui passe la pub {{M'T dents}} en boucle. Un petit mime le brossage de dents devant l'écran.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lucie Abadie]], aide-soignante à l'{{EHPAD Les Jardins d'Aure}}. Indemnités journalières pas versées depuis {{6 semaines}} : l'employeur n'a jamais envoyé l'attestation de salaire. [[PERSONNE:Véronique]] appelle l'{{EHPAD}} devant elle, tombe sur la RH, Mme [[PERSONNE:Cadène]], qui promet « dans la journée ». Mme [[PERSONNE:Abadie]] : « elle m'a dit ça il y a {{3 semaines}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame de {{84 ans}} veut « le code {{Ameli}} ». [[PERSONNE:Florent]] crée le compte avec elle. Adresse mail ? Elle n'en a pas. Son petit-fils, [[PERSONNE:Bastien]], en a une : [[EMAIL:bastien.roques04@laposte.net]]. [[PERSONNE:Florent]] hésite (le compte sera lié au mail du petit-fils), puis le fait quand même. « Sinon elle aura rien. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Kevin Lacaze]], {{29 ans}}, accident du travail sur un chantier à {{Tarbes}}, il apporte la feuille d'AT remplie par l'employeur. Dessus, son numéro : [[NIR:1 96 07 32 013 322 87]] — né à {{Auch}}, il confirme. Il a le bras en écharpe, il signe de la main gauche, [[PERSONNE:Florent]] lui dit « c'est pas grave si c'est moche ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Garcia]] veut savoir si sa mutuelle {{MGEN}} reçoit bien les remboursements automatiquement (la télétransmission, {{Noémie}}). N° adhérent sur sa carte : [[IDENTIFIANT:190472813]]. Non, pas de lien. L'agente coche la case, {{48h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Nguyen Van Long]], {{56 ans}}. Sa carte vitale dit « [[PERSONNE:NGUYEN VAN LONG]] », son passeport « [[PERSONNE:NGUYEN Van Long]] », son contrat de travail « [[PERSONNE:VAN LONG Nguyen]] ». Le nom de famille c'est lequel ?? [[PERSONNE:Véronique]] : « on suit le passeport ». NIR : [[NIR:1 69 03 99 243 011 29]]. Lui est très calme, il a l'habitude depuis {{30 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Pau Serra]] travaille dans un hôtel du {{Pas de la Casa}} et habite {{L'Hospitalet-près-l'Andorre}}. {{CASS}} andorrane ou {{Cpam}} ? Il est perdu, nous aussi. [[PERSONNE:Florent]] appelle le pôle international. En attendant, M. [[PERSONNE:Serra]] raconte qu'il a fait ses études à {{Pau}} : « [[PERSONNE:Pau]] à Pau, les copains adoraient ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une file « {{CARTE VITALE}} », une file « {{TOUT LE RESTE}} ». Tout le monde est dans TOUT LE RESTE.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Sur l'écran de [[PERSONNE:Florent]] : M. [[PERSONNE:Baptiste Roca]], date de naissance [[DATE_NAISSANCE:1981-10-27]]. Lui dit « [[DATE_NAISSANCE:27 octobre 1980]] » !! Erreur de saisie qui date de {{2003}}. On corrige ? Non : il faut un extrait d'acte de naissance, pas de correction sur simple déclaration. Il rit : « j'ai un an de moins que je croyais ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Lourdes}}. Une Italienne vient pour son père, pèlerin, malaise à la {{Grotte}} hier, {{2 nuits}} à l'hôpital. Elle a sa carte européenne ({{CEAM}}) : [[PERSONNE:Giulia Ferrante]], n° de carte [[IDENTIFIANT:80380001230045871]]. Ce n'est pas la sienne qu'il faut, c'est celle du père, [[PERSONNE:Sergio]], restée à l'{{hôtel Saint-Sauveur}}. Elle repart en courant. Ici, le printemps, c'est {{20}} cas comme ça par semaine.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Rattachement d'un nouveau-né : [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:14/01/2025]], sur la carte du père, M. [[PERSONNE:Haddad]], ET sur celle de la mère, Mme [[PERSONNE:Bensaïd]]. La maman découvre que le double rattachement existe, elle est ravie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ce qui me frappe : personne ne vient pour UNE seule chose. La dame venue pour sa carte vitale repart avec un RDV {{CSS}}, un {{examen de prévention santé}} gratuit et le {{3646}} sur un post-it. Ils appellent ça « le rebond ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Thérèse Castaing]] entend très mal, on écrit sur une ardoise. Elle donne son téléphone pour être rappelée par la {{PFIDASS}} : [[TELEPHONE:05.62.93.41.07]]. [[PERSONNE:Florent]] le recopie en GROS chiffres et le lui fait relire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Véronique]] donne son mail pro à un monsieur pour qu'il envoie ses justificatifs (« normalement on ne fait pas, mais bon ») : [[EMAIL:veronique.marty@assurance-maladie.fr]]. Elle me dit qu'elle en reçoit {{40}} par jour comme ça.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 072-107: Cpam phone (072-084) and home visits (085-090), CCAS counter (091-107).
# ---------------------------------------------------------------------------------------------
NOTES_3 = [
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, site de {{Tarbes}}. Conseiller : [[PERSONNE:Rachid]], ancien de {{La Poste}}. Double écran : à gauche l'outil de gestion, à droite un mémo {{Word}} de {{47 pages}} qu'il a écrit lui-même au fil des années. « Le vrai logiciel c'est celui-là. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Jordi Puig]], de {{Rivesaltes}}. Il dicte son numéro de sécu par paquets : « [[NIR:un, soixante-dix-huit, onze, soixante-six, cent trente-six, zéro cinquante-deux, quatre-vingt-dix]] ». [[PERSONNE:Rachid]] tape au fur et à mesure : [[NIR:1781166136052 90]]. Question : ses lunettes pas remboursées. {{100 % Santé}} ou pas ? Il ne sait pas, l'opticien non plus apparemment.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Entre deux appels : {{4 secondes}}. Le logiciel enchaîne tout seul. Pour aller aux toilettes il faut se mettre en « pause » et la pause est comptée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une maman appelle de {{Lourdes}} pour sa fille, qui s'appelle [[PERSONNE:Lourdes]] aussi (« mon mari est de {{Saragosse}} ») 😄. La petite [[PERSONNE:Lourdes Martínez]], née le [[DATE_NAISSANCE:9 août 2019]], n'apparaît pas sur la carte vitale du papa. [[PERSONNE:Rachid]] l'ajoute, il faut juste renvoyer l'acte de naissance.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Courrier scanné à l'écran, un monsieur a écrit son mail en bas comme sur les forums : « [[EMAIL:jp.baylac [at] free.fr]] ». Il appelle pour savoir si on l'a reçu. [[PERSONNE:Rachid]] : oui, mais les relevés ne partent pas par mail, ils sont dans le compte {{Ameli}}. M. [[PERSONNE:Baylac]] n'a pas de compte Ameli. Retour à la case départ.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une saisonnière de {{Font-Romeu}}, monitrice à l'{{ESF}}, entorse du genou le {{3 février}}. Son arrêt n'est pas enregistré : le médecin de la station l'a envoyé en papier, « ça met {{15 jours}} », dit [[PERSONNE:Rachid]]. Elle s'appelle [[PERSONNE:Núria Bosch]], elle épelle « [[PERSONNE:Núria]], avec un accent sur le u, mais mettez sans ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle de {{Barcelone}} pour sa mère qui vit à {{Prades}}. Numéro pour la rappeler : [[TELEPHONE:+34 612 489 307]]. [[PERSONNE:Rachid]] n'a pas le droit d'appeler l'étranger depuis son poste. « On fait comment alors ? » Personne ne sait. Il lui propose de rappeler elle, à {{10h}} demain, et de demander « le conseiller [[PERSONNE:Rachid]] », ce qui n'existe pas non plus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{11 min}} pour expliquer la différence entre {{ticket modérateur}}, {{participation forfaitaire}} et {{franchise}}. À la fin la dame demande : « donc c'est {{1 €}} ou {{2 €}} ? ». C'est {{2 €}} maintenant. Elle soupire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appelant insulte. [[PERSONNE:Rachid]] met fin à l'appel selon la procédure ({{3}} avertissements). Il note : « appel clos, propos injurieux ». Il boit de l'eau. « Le suivant sera gentil, statistiquement. » Le suivant est gentil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Maialen Etxeberria]] a déménagé de {{Bayonne}} à {{Tarbes}}, elle veut « transférer son dossier ». NIR : [[NIR:2 84 10 64 102 398 70]]. [[PERSONNE:Rachid]] : le transfert se fait tout seul dès qu'on a la nouvelle adresse. Elle la donne : [[ADRESSE:5 rue Larrey, 65000 Tarbes]]. Fini en {{3 min}}. Elle : « c'est tout ?? j'ai pris une demi-journée de congé ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien de {{Cahors}} appelle (mal aiguillé, la ligne des pros est saturée). Tiers payant refusé pour une patiente, Mme [[PERSONNE:Couderc]]. Il laisse sa ligne : [[TELEPHONE:05 65 22 38 14]], poste {{12}}. [[PERSONNE:Rachid]] transmet au service PS par mail interne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Sivakumar Rajendran]], ingénieur à {{Blagnac}}, appelle pour sa femme arrivée d'{{Inde}} en {{2024}}. Sa date de naissance à lui pour l'identifier : « [[DATE_NAISSANCE:le 2 du 11, 76]] ». [[PERSONNE:Rachid]] reformule : « [[DATE_NAISSANCE:02/11/1976]] ? » — « voilà ». Pour la femme : RDV physique obligatoire, ouverture de droits {{PUMa}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame ne dit rien pendant {{10 secondes}}. Puis : « mon mari est mort {{samedi}}, je sais pas quoi faire ». [[PERSONNE:Rachid]] ralentit tout, la voix change. {{Capital décès}}, pension de réversion ({{Carsat}}), la mutuelle. Il lui donne {{3}} choses à faire, pas plus, et les lui fait répéter. {{19 min}}. Après il enlève son casque une minute. Je ne dis rien non plus.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle des arrêts de travail avec [[PERSONNE:Jean-Luc]], agent assermenté de la {{Cpam}} {{31}}. {{Saint-Orens}} : M. [[PERSONNE:Bousquet]], lombalgie, sorties autorisées {{9h-11h}} et {{14h-16h}}. On passe à {{11h20}}. Il est là, en pyjama, le chien aboie ({{Rocky}}). « Vous voyez bien que je sors pas. » Conforme.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite suivante, {{15h40}}, hors heures de sortie. Absent. Adresse sur la fiche : M. [[PERSONNE:Ortega]], [[ADRESSE:12 impasse des Tourterelles, 31240 L'Union]]. Avis de passage, il aura {{48h}} pour se justifier. [[PERSONNE:Jean-Luc]] : « ça veut rien dire, il est peut-être chez le kiné ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture il m'explique : à peu près {{1}} contrôle sur {{5}} trouve la personne absente, et la moitié ont une bonne raison. Il fait ce métier « pour que les vrais malades soient crus ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Aspet}}, à côté de {{Saint-Gaudens}}. Mme [[PERSONNE:Soubiron]], en arrêt depuis {{4 mois}}. Elle ouvre la porte et se met à pleurer. [[PERSONNE:Jean-Luc]] reste sur le pas de la porte, parle doucement, ne rentre pas. Visite de {{6 min}}. Ensuite silence dans la voiture pendant {{20 km}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Signalement anonyme : artisan plâtrier en arrêt qui « travaillerait au noir ». Devant chez M. [[PERSONNE:Vidal]], un {{Kangoo}} blanc, [[IMMATRICULATION:8152 VT 31]], couvert de poussière de plâtre. [[PERSONNE:Jean-Luc]] note la plaque, sonne. M. [[PERSONNE:Vidal]] ouvre, béquilles, plâtre à la jambe 🙃. La poussière date d'avant l'accident, dit-il. Le voisin regarde derrière le rideau.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Fiche de la visite (je recopie) :\nassurée : [[PERSONNE:Sandrine Roumégous]]\nNIR [[NIR:2 79 08 81 065 175 90]]\nadresse : [[ADRESSE:3 chemin de la Crouzette, 81290 Labruguière]]\narrêt initial du {{2}} au {{30}}, prolongation en cours.\nPrésente. Elle nous montre le courrier de sa banque, la {{Banque Populaire}} qui relance pour un découvert, et demande quand les {{IJ}} arrivent. Ce n'est pas notre service.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tarbes}}, accueil. Agente : [[PERSONNE:Nadège]], conseillère en économie sociale et familiale. Première personne à {{8h32}} : demande d'aide alimentaire pour l'{{épicerie sociale}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Bernat Fourcade]], {{67 ans}}, né à {{Lourdes}}, vit seul [[ADRESSE:18 rue Voltaire, 65000 Tarbes]]. Demande d'aide pour une facture de fioul de {{1 140 €}}. [[PERSONNE:Nadège]] remplit le dossier : NIR [[NIR:1 58 01 65 286 141 34]], retraite {{CARSAT}} {{987 €}}. Il dit « je chauffe qu'une pièce, la cuisine ». Il a mis sa cravate pour venir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : M. [[PERSONNE:Dragoș Ionescu]], dort dans sa voiture ([[IMMATRICULATION:B 47 KZN]], plaque roumaine) sur un parking près du {{Zénith}}. Il lui faut une adresse pour {{France Travail}} et pour la banque. L'agente lui remet l'attestation d'élection de domicile, il pourra recevoir son courrier ici. Il demande s'il peut aussi recevoir des colis. Non 😕",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame entre juste pour se réchauffer. Elle s'assoit, ne demande rien. L'agente lui apporte un café sans poser de question. Au bout d'{{une heure}}, elle dit merci et s'en va.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Yasmina Cherifi]], {{3 enfants}}, {{Bagatelle}}. Calcul du reste à vivre : {{6,20 €}} par jour et par personne. Éligible à l'{{épicerie solidaire}} pour {{3 mois}}. Elle pleure, « de soulagement et de honte en même temps », dit-elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Foix}}. Un couple afghan, M. et Mme [[PERSONNE:Ahmadi]], accompagnés par un bénévole du {{Secours populaire}}, [[PERSONNE:Gérard]]. Demande : aide pour la cantine des {{2}} enfants. [[PERSONNE:Gérard]] répond à tout. L'agente lui demande gentiment de laisser parler M. [[PERSONNE:Ahmadi]], qui parle très bien français en fait.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Hélène Pujol]], {{Mazamet}}, facture d'électricité de {{486 €}} pour {{2 mois}} (chauffage électrique, maison mal isolée). Fournisseur {{TotalEnergies}}, n° de contrat [[IDENTIFIANT:TE-0091274563]]. L'agente appelle le fournisseur pour un échéancier, {{25 min}} de musique d'attente. On attend ensemble.",
    ),
    (
        "ccas",
        "accueil_physique",
        "🔥 DÉCOUVERTE : le {{CCAS}} fait aussi le {{portage de repas}}, les {{colis de Noël}}, la {{téléassistance}}, le pass piscine, les bons de transport... J'ignorais tout. [[PERSONNE:Nadège]] : « on fait tout ce que les autres ne font pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Gaudens}}. Mme [[PERSONNE:Odette Baylac]], {{83 ans}}, née « le [[DATE_NAISSANCE:seize septembre quarante et un]] », dit-elle fièrement, ici même à Saint-Gaudens. Elle vient pour la téléassistance. Photocopie de sa carte vitale dans le dossier : [[NIR:241093148302744]]. Sa fille [[PERSONNE:Martine]] participe au téléphone en haut-parleur depuis {{Bordeaux}}, et contredit tout ce que dit sa mère.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Espace solidarités de la {{Reynerie}}. M. [[PERSONNE:Ibrahima Ndiaye]], {{24 ans}}, demande l'aide au permis de conduire : promesse d'embauche comme livreur si permis. Pièces demandées : pièce d'identité, justificatif, identifiant {{France Travail}}. Il le connaît par coeur : [[ID_FRANCE_TRAVAIL:4128375H]]. Commission le {{15}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide exceptionnelle au loyer, versée directement au propriétaire, un particulier, M. [[PERSONNE:Lopez]]. Son RIB est agrafé au dossier : [[IBAN:FR76 1780 7000 1232 1217 9084 301]]. La locataire, Mme [[PERSONNE:Benhamou]], a peur qu'il l'apprenne et « pense qu'elle est pauvre ». Elle est pauvre. Elle le sait.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{14h}} : personne. {{14h20}} : personne. {{14h45}} : {{4}} personnes en même temps, le bus {{14}} vient de passer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Fernand Lacombe]], sous curatelle, vient avec sa curatrice de l'{{UDAF}}, Mme [[PERSONNE:Amrani]]. Dossier pour un lit médicalisé. Il me demande ce que je fais là. Je dis que j'apprends. Il dit : « moi aussi, depuis {{78 ans}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une jeune mère, [[PERSONNE:Kenza]], montre la cagnotte qu'une amie a lancée pour elle sur {{Instagram}}, compte [[IDENTIFIANT:@solidarite_pour_kenza]], {{1 270 €}} récoltés. Est-ce que ça compte dans les ressources pour l'aide du {{CCAS}} ? [[PERSONNE:Nadège]] ne sait pas, va demander à sa cheffe. Réponse : « on ne compte pas les dons ». Ouf.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Perpignan}}, permanence au {{Vernet}}. M. [[PERSONNE:Joan Pagès]], {{71 ans}}, parle catalan à l'agente, [[PERSONNE:Montse]], qui lui répond en catalan. Je ne comprends rien et je comprends tout : il a peur pour son loyer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Delpech]] ({{Cahors}}) n'a pas de téléphone. Elle donne celui de sa voisine, Mme [[PERSONNE:Lagarrigue]], pour qu'on la prévienne : [[TELEPHONE:0565358127]]. L'agente écrit « voisine » à côté, en majuscules.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le maire passe dire bonjour à l'accueil (municipales l'an prochain 😏). Tout le monde se redresse. Il serre {{12}} mains, il repart. Les gens dans la salle n'ont pas levé la tête.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 108-141: CCAS phone (108-117) and home visits (118-125), emergency desk (126-141).
# ---------------------------------------------------------------------------------------------
NOTES_4 = [
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Castres}}. [[PERSONNE:Sylvie]] décroche avec « CCAS bonjour » {{63 fois}} dans la matinée, j'ai compté les bâtons sur son bloc.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une voisine appelle : M. [[PERSONNE:Albert Cazeneuve]], {{91 ans}}, n'a pas ouvert ses volets depuis {{2 jours}}. Adresse : [[ADRESSE:7 rue Émile Zola, 81100 Castres]]. [[PERSONNE:Sylvie]] appelle la téléassistance, puis les pompiers. Rappel {{40 min}} plus tard : il était chez sa fille à {{Toulouse}}, volets fermés exprès. Soulagement, rires nerveux.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscriptions au registre des personnes vulnérables. Mme [[PERSONNE:Paulette Rivière]] appelle pour s'inscrire. Année de naissance : « [[DATE_NAISSANCE:1938]] ». Fixe : [[TELEPHONE:05 63 59 71 20]]. Elle habite au bord de l'{{Agout}}, « la {{rivière}} monte vite ici ». Elle demande si on l'appellera « même quand il fait pas chaud ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame veut les horaires de la déchetterie. Ce n'est pas le {{CCAS}}. On lui donne le numéro de la mairie. {{Troisième}} appel de ce genre ce matin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle de {{Lyon}} pour inscrire sa mère au portage de repas. Il enverra les papiers par mail à [[PERSONNE:Sylvie]] et donne le sien pour la réponse : [[EMAIL:thomas.esquerre@outlook.fr]]. Sa mère, Mme [[PERSONNE:Esquerre]], n'est pas au courant : « je lui dirai après ». [[PERSONNE:Sylvie]] tique, elle devra parler à la dame elle-même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un homme va être expulsé {{jeudi}}. Il lit le papier du commissaire de justice au téléphone : affaire RG [[IDENTIFIANT:24/01873]], tribunal de {{Castres}}. [[PERSONNE:Sylvie]] lui donne un RDV avec l'assistante sociale demain {{9h}}. Il s'appelle [[PERSONNE:Mickaël Tournier]]. Il dit « merci madame » {{6 fois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Prades}}, petite commune : le standard, l'accueil et l'instruction des dossiers, c'est [[PERSONNE:Carme]]. Un agriculteur du {{Conflent}} appelle pour un bon de transport jusqu'à l'hôpital de {{Perpignan}}, {{45 km}}. Elle reconnaît sa voix avant qu'il se présente : « [[PERSONNE:Josep]], c'est toi ? »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aminata Diallo]] laisse son numéro, chiffres dits deux par deux et une erreur au milieu : « [[TELEPHONE:zéro sept, quatre-vingt-trois, quarante-deux, dix-neuf... non, dix-sept, zéro un]] ». [[PERSONNE:Sylvie]] relit : [[TELEPHONE:07 83 42 17 01]]. « Voilà. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un conseiller municipal de {{Labruguière}}, M. [[PERSONNE:Granier]], veut savoir si le {{CCAS}} de {{Castres}} peut prendre en charge « un cas » de chez lui. Non, chaque commune son CCAS. Il insiste, parle du président de l'agglo. [[PERSONNE:Sylvie]] reste polie et le renvoie vers le {{CIAS}}. {{12 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Répondeur pendant la pause, de {{12h}} à {{13h30}}. Au retour : {{9}} messages, dont {{4}} vides et {{1}} où quelqu'un chante joyeux anniversaire (mauvais numéro). On rit toutes les deux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Audrey]], travailleuse sociale du {{CCAS}} de {{Colomiers}}, pour une demande d'aide ménagère. Mme [[PERSONNE:Rossi]], {{88 ans}}, [[ADRESSE:6 rue des Fauvettes, 31770 Colomiers]]. Appartement impeccable, des {{marguerites}} sur la table : elle a fait le ménage pour nous recevoir 🙃 « comme ça vous voyez que je me débrouille ». C'est justement le problème pour le dossier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite logement avec le service hygiène de la mairie, {{Arnaud-Bernard}}. Locataire : M. [[PERSONNE:Karim Zerrouki]], {{2 enfants}}, moisissure noire au plafond de la chambre des petits. Propriétaire : la {{SCI Les Arènes}}, jamais joignable. Hygromètre : {{87 %}}. Le petit tousse pendant toute la visite.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans l'escalier, odeur de chou et d'humidité. Minuterie de {{30 secondes}}, on monte au {{4e}} à la lampe du téléphone. L'ascenseur est en panne depuis {{2019}}, dit un voisin qui descend sa poubelle.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Bagnères-de-Luchon}}, visite chez un monsieur isolé au-dessus de {{Saint-Mamet}}, route verglacée, chaînes dans le coffre. M. [[PERSONNE:Léon Sarrat]], {{86 ans}}, [[ADRESSE:14 chemin de l'Ourson, 31110 Saint-Mamet]]. Il a du bois pour l'hiver, son chien {{Pastre}} et la radio. Il refuse le portage de repas : « je fais ma garbure ». [[PERSONNE:Nicolas]], l'agent, n'insiste pas, il laisse le numéro de la téléassistance sur le frigo.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "La voiture du {{CCAS}} ({{Zoé}} électrique, [[IMMATRICULATION:GT-615-HA]]) arrive à {{11 %}} de batterie au retour de la montagne. [[PERSONNE:Nicolas]] : « à chaque fois ». On coupe le chauffage pour finir la descente.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite sur l'aire d'accueil des gens du voyage. Famille [[PERSONNE:Winterstein]], [[ADRESSE:aire d'accueil du Ritouret, emplacement 12]]. Demande d'aide pour la cantine. La mère, [[PERSONNE:Sandra]], nous sert le café dans la caravane, tout brille. Le petit, {{6 ans}}, me montre son vélo, puis ses cahiers, puis encore son vélo.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Demande d'aide financière remplie chez la personne :\n- demandeur : [[PERSONNE:Mohamed Lamine Traoré]]\n- né le [[DATE_NAISSANCE:17.04.1968]]\n- RIB : [[IBAN:FR76 3000 4008 1800 0106 2749 369]]\n- motif : réparation chaudière, devis {{1 870 €}}\nIl a tout préparé sur la table de la cuisine, dans l'ordre de la liste.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Retour au {{CCAS}} à {{16h30}}. [[PERSONNE:Audrey]] tape {{3}} comptes rendus, je relis les fautes. Le plus long, dit-elle, c'est « trouver les mots qui ne blessent pas, au cas où la personne demande à lire son dossier ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Purpan}}, {{Toulouse}}. Je suis avec l'{{IAO}} (infirmière d'accueil et d'orientation), [[PERSONNE:Émilie]]. Salle d'attente à {{22h}} : {{34}} personnes. Écran : « attente estimée {{4h}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Thomas Garrigues]], {{38 ans}}, douleur thoracique. [[PERSONNE:Émilie]] le fait passer direct, ECG en {{6 min}}. Je comprends que « douleur thoracique » = coupe-file. Toute la salle l'a vu passer devant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Guichet des admissions. [[PERSONNE:Brahim]], agent administratif, crée le dossier : nom, date de naissance ([[DATE_NAISSANCE:30/12/1959]]), sécu, mutuelle. Patiente : Mme [[PERSONNE:Colette Vergnes]], arrivée en ambulance de {{Muret}}. Il imprime les étiquettes, code-barre + IPP [[IDENTIFIANT:40087123]], et en colle une sur le bracelet.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{23h40}} : un monsieur un peu ivre chante du {{Nougaro}} dans la salle d'attente, « {{Ô Toulouse}} ». Une dame applaudit. Le vigile sourit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune rugbyman des espoirs du {{Stade Toulousain}}, épaule déboîtée. Le père : « il joue samedi ? ». Le médecin ne répond même pas. Le jeune, [[PERSONNE:Mathéo]], {{19 ans}}, regarde le plafond. M. [[PERSONNE:Lasserre]] père repose la question à l'infirmière.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital de {{Lourdes}}, saison des pèlerinages. Une religieuse du pèlerinage de {{Cambrai}}, sœur [[PERSONNE:Marie-Agnès]], {{84 ans}}, malaise devant la {{Grotte}}. Deux hospitaliers en tablier l'ont amenée dans une voiturette bleue des {{Sanctuaires}}. Elle s'excuse tout le temps de « déranger ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un 4x4 garé devant l'entrée, sur la zone ambulances. Le vigile annonce au micro : « le véhicule [[IMMATRICULATION:DX-209-KM]] est prié de se déplacer ». Personne. {{2e}} annonce. La fille du propriétaire sort en courant, clés à la main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Personne à prévenir : la patiente donne le numéro de son fils, [[PERSONNE:Sébastien]], [[TELEPHONE:06 22 84 17 39]]. [[PERSONNE:Brahim]] le note. Elle ajoute : « il répondra pas, il est à l'usine, chez {{Airbus}}, ils ont pas le droit au téléphone sur la chaîne ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Perpignan}}. {{11}} personnes en salle d'attente pour un seul patient, le grand-père [[PERSONNE:Baliardo]]. Le vigile négocie : {{2}} accompagnants maximum. Ça monte en catalan, en espagnol, en français. Ça se calme quand le grand-père, sur son brancard, lève la main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Tarbes}}. Touriste néerlandais, chute à vélo dans la descente du {{Tourmalet}}. Pas de carte européenne, juste le passeport : [[PERSONNE:Jeroen de Vries]], n° [[IDENTIFIANT:NW7K42P19]]. Admission « payante », il sort sa carte bancaire avant qu'on lui demande. Il rit avec son casque fendu à la main.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h}} du matin. Rien. Le bruit du distributeur de boissons. Une infirmière dort {{10 min}} sur une chaise, personne ne la réveille.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Brahim]] m'explique les homonymes : beaucoup de patients nés à l'étranger ont le {{1er janvier}} sur leurs papiers. M. [[PERSONNE:Moussa Keïta]], né le [[DATE_NAISSANCE:01/01/1985]] : {{4}} dossiers avec ce nom et cette date dans la base. Il faut vérifier le lieu de naissance, le nom de la mère, l'adresse. Une erreur = le dossier médical d'un autre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une patiente veut son compte rendu par mail : [[EMAIL:laura_cassagne@yahoo.fr]]. La secrétaire : « on n'envoie pas par mail, ce sera dans {{Mon espace santé}} ». Mme [[PERSONNE:Cassagne]] ne sait pas ce que c'est. La secrétaire non plus n'explique pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "La patiente tend sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:0712 458 903]]. [[PERSONNE:Brahim]] scanne, vérifie les droits en ligne. Dossier administratif complet en {{4 min}}, pendant ce temps elle vomit dans un haricot.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme sans domicile que tout le service connaît : « [[PERSONNE:Dédé]] ». Il vient presque toutes les nuits de grand froid. On lui donne un plateau repas. [[PERSONNE:Émilie]] : « officiellement il a une plaie à la jambe, officieusement il a froid ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident du travail à {{Colomiers}}, brûlure à la main. Le patient s'appelle [[PERSONNE:Antoine Dupont]]. Oui. Comme le rugbyman. Toute l'équipe fait la blague, lui a l'air d'en avoir marre depuis des années. Son collègue, [[PERSONNE:Yanis]], l'accompagne et répond à sa place.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 142-175: emergency desk (142-149) and phone (150-159), CHRS counter (160-175).
# ---------------------------------------------------------------------------------------------
NOTES_5 = [
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{1h}} du matin. Bébé de {{8 mois}}, fièvre à {{39,8}}. Maman seule, [[PERSONNE:Amandine]], venue en taxi, {{38 €}}, « l'argent des courses ». Le bébé, [[PERSONNE:Nolan]], né le [[DATE_NAISSANCE:11 juin]], dort maintenant contre elle. Elle pleure quand on lui dit que ce n'est rien de grave.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Castres}}. Agriculteur de la {{Montagne Noire}}, la main dans la fendeuse à bois. Sa femme a conduit {{50 min}}. M. [[PERSONNE:Bernard Cabrol]], né le [[DATE_NAISSANCE:5 mai 1957]], à la {{MSA}}. Il demande surtout qui va traire demain matin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pancarte à l'accueil : agression du personnel = jusqu'à {{5 ans}} de prison et {{75 000 €}} d'amende. Juste à côté, scotché, un dessin d'enfant : un docteur avec un grand coeur rouge.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le logiciel des admissions plante 💀 à {{1h12}}. Retour au papier : fiches pré-imprimées, [[PERSONNE:Brahim]] écrit à la main, les étiquettes seront refaites après. Il a l'air presque content : « au moins le papier il répond ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente de {{72 ans}}, chute dans la salle de bain. Adresse pour le retour en ambulance : [[ADRESSE:résidence Les Tilleuls, appt 8, 3 rue du Férétra, 31400 Toulouse]]. Sa fille arrive, Mme [[PERSONNE:Fabienne Oustry]], avec un sac de vêtements et le chargeur de téléphone. « Elle oublie toujours le chargeur. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune, se dit mineur, {{16 ans}}, arrivé de {{Guinée}}. Pas de papiers, juste une attestation du dispositif {{MNA}}, dossier n° [[IDENTIFIANT:MNA31-2025-0417]]. Il s'appelle [[PERSONNE:Alpha Oumar Bah]]. Rage de dents depuis {{3 semaines}}. Il s'endort sur la chaise en attendant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les badges des soignants : le prénom seulement. [[PERSONNE:Émilie]] dit que c'est depuis qu'un patient a retrouvé une collègue sur {{Facebook}}, il y a quelques années.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'interne, Dr [[PERSONNE:Yasmine Benkirane]], {{26 ans}}, {{16e heure}} de garde. Elle mange un yaourt debout en lisant un scanner. « Posez pas de questions, je répondrai n'importe quoi », en souriant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Téléphone de l'accueil des urgences de {{Tarbes}} : {{40}} appels dans la soirée, dont la moitié « est-ce que mon père est chez vous ? ». Interdit de répondre au téléphone. [[PERSONNE:Laurence]], la secrétaire, dit la même phrase {{20 fois}}, toujours aussi doucement.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle : « ma mère, Mme [[PERSONNE:Pierrette Duffau]], née le [[DATE_NAISSANCE:4 avril 1940]], elle est arrivée ? ». Comment vérifier que c'est vraiment la fille ? On ne peut pas. [[PERSONNE:Laurence]] prend son numéro, [[TELEPHONE:06 48 91 25 60]], le médecin rappellera.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir s'il doit venir pour une coupure au doigt. « On ne donne pas de conseil médical au téléphone, appelez le {{15}}. » Il a déjà appelé le 15, qui lui a dit de venir. Boucle. Il viendra. {{3h}} d'attente au moins.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{PGHM}} de {{Pierrefitte-Nestalas}} appelle : randonneur hélitreuillé au-dessus de {{Cauterets}} par {{Dragon 65}}, arrivée dans {{20 min}}. Nom transmis : [[PERSONNE:Lukas Becker]], allemand, {{45 ans}}, cheville. [[PERSONNE:Laurence]] prépare le dossier avant qu'il arrive.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La secrétaire commande une ambulance privée pour un retour à domicile : M. [[PERSONNE:Henri Lafont]], [[ADRESSE:22 avenue de la Gare, 65500 Vic-en-Bigorre]]. La société demande « il a un digicode ? ». Personne ne sait. On demande au patient : « la porte, elle ferme pas ». Parfait.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Patient qui ne parle que turc. [[PERSONNE:Laurence]] appelle le service d'interprétariat, code client de l'hôpital {{4471}}, l'interprète répond en {{2 min}}. Conversation à trois sur haut-parleur. M. [[PERSONNE:Mehmet Yıldız]] rit quand l'interprète fait une blague que je ne comprendrai jamais.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un employeur appelle pour savoir si son salarié « est vraiment aux urgences ». [[PERSONNE:Laurence]] : secret médical, on ne confirme rien. Il se présente : M. [[PERSONNE:Castagné]], patron des {{Transports Castagné}}, « tout le monde me connaît ». Ça ne change rien.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle, paniquée : son fils de {{2 ans}} a avalé une pile bouton. [[PERSONNE:Laurence]] transfère immédiatement au {{15}}, {{30 secondes}} en tout. Elle me regarde : « ça, on ne discute pas ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Lacombe]], médecin traitant à {{Ibos}}, appelle pour le compte rendu de M. [[PERSONNE:Gilbert Rouquette]], passé cette nuit. Il veut qu'on l'envoie sur sa messagerie sécurisée {{MSSanté}} : [[EMAIL:dr.m.lacombe@medecin.mssante.fr]]. [[PERSONNE:Laurence]] note, transmet au secrétariat médical.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{4h}} du matin, le téléphone sonne : mauvais numéro, quelqu'un voulait une pizzeria. [[PERSONNE:Laurence]] : « on a fait la même tête tous les deux ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Toulouse}}, accueil du soir, {{18h}}. [[PERSONNE:Yoann]], travailleur social, ouvre la porte. Premier arrivé : un monsieur avec {{3}} sacs {{Leclerc}}, qu'il pose toujours au même endroit, alignés.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Grace Mbala]] et ses {{2 enfants}} orientés par le {{115}}. Pas de place au {{CHRS}} ce soir : {{hôtel Ibis Budget}}, {{chambre 214}}, {{3 nuits}}. Elle demande s'il y a une bouilloire pour les biberons. [[PERSONNE:Yoann]] appelle l'hôtel pour demander.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier {{SIAO}} : M. [[PERSONNE:Olivier Marty]], réf [[IDENTIFIANT:SIAO31-2025-004512]], en attente d'une place en {{CHRS}} depuis {{7 mois}}. En attendant, halte de nuit, et le jour il marche. « {{15 km}} par jour, je suis en forme au moins. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : pas d'alcool, pas d'animaux, portes fermées à {{23h}}. Un chien dort quand même sous la table de l'accueil. Personne n'en parle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le chien s'appelle {{Kaïser}}. Il est à [[PERSONNE:Steph]], qui avait refusé {{4}} places parce que les chiens étaient interdits. [[PERSONNE:Yoann]] a négocié une exception avec la direction. Depuis, entre eux, ils disent « la chambre de Kaïser ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Perpignan}}. M. [[PERSONNE:Rachid Belkacem]], {{53 ans}}, ancien ouvrier agricole (vendanges, pêches, abricots dans le {{Roussillon}}). Dossier retraite à monter : NIR [[NIR:1 72 05 99 352 260 81]], né à {{Oran}}. Son relevé de carrière a un trou de {{10 ans}} : saisons non déclarées. L'éducatrice, [[PERSONNE:Laia]], appelle la {{Carsat}}, {{35 min}} d'attente, on partage un café en attendant.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Sébastien Cassou]] quitte le {{CHRS}} après {{14 mois}}. Appartement {{Promologis}} : [[ADRESSE:8 rue Paul Gauguin, bât C, 31100 Toulouse]]. Liste au tableau : électricité, assurance, {{APL}}, changement d'adresse partout. Il a peur de s'ennuyer tout seul, il le dit en riant mais c'est vrai.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Tarbes}} : douches, lave-linge, café. {{47}} passages aujourd'hui. [[PERSONNE:Christelle]] tient le registre à la main, prénoms ou surnoms seulement : [[PERSONNE:Jojo]], [[PERSONNE:Malik]], [[PERSONNE:Kasia]], « [[PERSONNE:P'tit Louis]] ». Pas de nom de famille, c'est voulu.",
    ),
    (
        "chrs",
        "accueil_physique",
        "À {{Lourdes}}, des saisonniers sans logement : ils travaillent dans les hôtels d'{{avril}} à {{octobre}} et dorment dans leur voiture. M. [[PERSONNE:Jérémy Pons]], plongeur, {{31 ans}}, voiture [[IMMATRICULATION:ER-664-FB]] garée au bord du {{Gave}}. Il vient pour la douche et pour recharger son téléphone, il repart à {{10h}} pour le service du midi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Demandeur d'asile géorgien, M. [[PERSONNE:Giorgi Beridze]], en attente d'une place en {{CADA}}, mis à l'abri ici en urgence. Il montre son attestation de demande d'asile, n° [[IDENTIFIANT:3102571948]], pliée en {{8}}. Intervenante : [[PERSONNE:Chloé]], qui parle un peu russe.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{22h10}}. Une femme arrive avec un oeil tuméfié. Elle ne dit pas son nom, [[PERSONNE:Yoann]] ne le demande pas. Appel au {{115}} pour une place spécialisée. Elle garde son manteau toute la soirée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Participation aux frais d'hébergement : {{10 %}} des ressources. Mise en place d'un prélèvement pour M. [[PERSONNE:Dylan Rigal]], il apporte son RIB {{Banque Postale}} : [[IBAN:FR65 2004 1010 0918 4056 2W02 220]]. Il trouve ça normal de payer, « sinon c'est de la charité ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe à {{14h}}. {{6}} travailleurs sociaux, {{1}} psychologue, {{1}} chef de service. {{42}} résidents passés en revue en {{1h30}}. Chacun a « son » dossier urgent.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Maison relais à {{Foix}}. C'est l'anniversaire de [[PERSONNE:Serge]], {{60 ans}}, né le [[DATE_NAISSANCE:23 février 1965]] à {{Lavelanet}}. Gâteau fait par les autres résidents, un peu brûlé. Il souffle les bougies deux fois parce qu'un résident n'avait pas eu le temps de filmer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Yoann]] aide M. [[PERSONNE:Abdoulaye Sow]] à créer une adresse mail pour postuler : [[EMAIL:abdoulaye.sow.toulouse@gmail.com]]. Le mot de passe est noté dans le carnet de M. [[PERSONNE:Sow]]. On lui conseille de cacher le carnet 🙃",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} d'{{Auch}}. [[PERSONNE:Léa]], {{19 ans}}, sortie de l'{{ASE}} à {{18 ans}}, « sortie sèche ». Contrat jeune majeur refusé. Elle fait un service civique à la {{Croix-Rouge}} et dit qu'elle veut être éducatrice « pour faire mieux qu'eux ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 176-209: 115 / SIAO phone (176-195), outreach and shelter visits (196-203), France
# Travail counter (204-209).
# ---------------------------------------------------------------------------------------------
NOTES_6 = [
    (
        "chrs",
        "accueil_telephonique",
        "Plateforme du {{115}} de la {{Haute-Garonne}}, {{19h}}. {{6}} écoutants, {{2}} places restantes pour la nuit, {{140}} appels attendus. [[PERSONNE:Karima]], écoutante depuis {{8 ans}} : « le plus dur c'est de dire non à {{22h}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme qui appelle tous les soirs depuis {{3 mois}}. Il connaît la procédure, donne tout avant qu'on demande : « [[PERSONNE:Marc Delmas]], né le [[DATE_NAISSANCE:8/2/71]], toujours sans solution ». [[PERSONNE:Karima]] regarde dans {{SI-SIAO}} : rien. Elle lui redonne les horaires de la halte de nuit. Il dit « je sais » et « merci » dans la même phrase.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille dans sa voiture sur le parking de l'hôpital de {{Rangueil}}. « C'est la {{Clio}} grise, [[IMMATRICULATION:CK-813-ZP]], si la maraude passe. » Une maman et {{3 enfants}}, le père, M. [[PERSONNE:Osmani]], parle pour tout le monde. [[PERSONNE:Karima]] transmet la plaque à l'équipe mobile.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une jeune femme appelle d'un portable prêté. Numéro de rappel : [[TELEPHONE:07 51 36 80 44]], « c'est pas le mien, c'est celui de la dame du tabac ». Elle s'appelle [[PERSONNE:Jessica]]. Pas de place ce soir, on ne la rappellera pas. Elle le sait avant qu'on le dise.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Silence dans la salle de {{21h12}} à {{21h19}}. Aucun appel. Les écoutants se regardent. Puis {{4}} lignes sonnent en même temps.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 des {{Hautes-Pyrénées}}. La gendarmerie de {{Lannemezan}} appelle : un homme dort sous l'abribus, {{-6 °C}}. Pas de place à {{Tarbes}}, et Tarbes c'est à {{35 km}}. Solution : une nuit d'hôtel à Lannemezan. Nom donné par les gendarmes : M. [[PERSONNE:Alain Laffitte]], {{58 ans}}, connu du service depuis {{2017}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nathalie Ribes]], {{2 enfants}}, expulsée aujourd'hui. [[PERSONNE:Karima]] demande si elle est à la {{Caf}} : oui, dossier [[N_ALLOCATAIRE:6120394]]. Ça servira pour l'orientation, pas pour ce soir. Ce soir : gymnase de mise à l'abri, lits de camp. « Les enfants vont croire que c'est une colo », dit la mère.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social d'une asso appelle pour une dame qu'il accompagne, Mme [[PERSONNE:Tatiana Morozova]]. Il enverra l'évaluation sociale par mail depuis [[EMAIL:j.ortiz@entraide-garonne.org]] et laisse son portable, [[TELEPHONE:06 13 57 92 46]]. [[PERSONNE:Karima]] : « ça n'ira pas plus vite, mais c'est mieux écrit ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un ado qui dit avoir {{15 ans}}, mis dehors par son père. [[PERSONNE:Karima]] bascule vers le {{119}} et l'astreinte enfance, garde la ligne jusqu'au transfert. Il ne donne qu'un prénom : [[PERSONNE:Enzo]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 des {{Pyrénées-Orientales}}. [[PERSONNE:Xavier]], l'écoutant, a l'accent catalan. Appel d'un saisonnier marocain, contrat de cueillette des pêches fini, plus de logement : M. [[PERSONNE:Abdelkader Zaoui]]. Il lit son titre de séjour saisonnier, n° [[IDENTIFIANT:6602198473]]. Il part dans {{10 jours}}, il lui faut juste un lit jusque-là.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une dame signale un homme qui dort devant chez elle, [[ADRESSE:27 rue des Couteliers, 31000 Toulouse]], et donne l'adresse pour la maraude. « Il s'appelle [[PERSONNE:Bob]], tout le quartier l'appelle comme ça, il est gentil. » Elle lui descend une soupe tous les soirs.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau blanc : « {{PLACES CE SOIR}} hommes {{0}} / femmes {{1}} / familles {{0}} ». Mis à jour au feutre à {{20h05}}. À {{20h11}}, la place femme est prise.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "M. [[PERSONNE:Jean-Baptiste Luciani]], bientôt {{70 ans}}, appelle depuis l'accueil de l'hôpital de {{Tarbes}}, sortie prévue demain, nulle part où aller. Il lit sa carte vitale « au cas où ça sert » : [[NIR:1 55 07 2B 033 078 81]]. Né à {{Bastia}}, venu pour l'armée, resté {{40 ans}}. Ça ne sert pas, mais l'écoutante le laisse finir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une mère appelle : sa fille de {{19 ans}}, [[PERSONNE:Lilou]], n'est pas rentrée depuis {{3 jours}}, elle poste sur {{TikTok}} sous [[IDENTIFIANT:@lilou.31_off]]. Le 115 n'est pas le bon numéro : commissariat. Mme [[PERSONNE:Ferrand]] : « ils m'ont dit qu'elle est majeure ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme chuchote, elle appelle depuis des toilettes. [[PERSONNE:Karima]] ne pose que des questions fermées, oui / non. {{8 min}}. Place trouvée dans un appartement d'urgence. L'adresse n'est jamais dite au téléphone, un taxi viendra la chercher devant la pharmacie.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "M. [[PERSONNE:Kevin Marques]] commence un {{CDD}} lundi chez un sous-traitant aéro de {{Cornebarrieu}}, mais il dort dans sa voiture. Il donne son identifiant {{France Travail}} « au cas où ça aide » : [[ID_FRANCE_TRAVAIL:6023417M]]. Ça n'aide pas. [[PERSONNE:Karima]] le note quand même, priorité « insertion », et ça c'est peut-être utile.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel en espagnol, [[PERSONNE:Xavier]] passe au castillan sans effort. Une Colombienne, [[PERSONNE:Luz Marina Ospina]], {{2 enfants}}, arrivée à {{Perpignan}} en bus depuis {{Madrid}}. Elle dicte son numéro de passeport : [[IDENTIFIANT:AQ482913]]. [[PERSONNE:Xavier]] le note, puis trouve une place en hôtel à {{Canet}} pour {{2 nuits}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h}}, fin de service. {{187}} appels, {{94}} décrochés, {{11}} mises à l'abri. [[PERSONNE:Karima]] éteint l'écran et dit « à demain » sans lever les yeux.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un hôtelier appelle : une famille hébergée par le 115, {{chambre 12}}, a cassé une vitre. Le gérant, M. [[PERSONNE:Bonnet]], demande qui paie. Il laisse sa ligne : [[TELEPHONE:05 61 71 39 08]]. [[PERSONNE:Karima]] transmet au cadre d'astreinte. Dans {{2 jours}}, dit-elle, on le rappellera.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Il épelle son nom : « [[PERSONNE:T-R-A-O-R-É]], avec l'accent », puis le prénom, « [[PERSONNE:Souleymane]] ». {{43 ans}}, il dort à la {{gare Matabiau}} depuis {{2 semaines}}. Il s'excuse d'appeler « encore ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec l'équipe mobile du {{115}}, {{Toulouse}}, {{21h}}. Camion blanc, thermos, duvets. Première halte sous le pont {{Saint-Michel}} : {{3}} personnes. [[PERSONNE:Fabien]], maraudeur, connaît tout le monde par son prénom et par son histoire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un couple vit dans un vieux camping-car sur un parking de {{Blagnac}}, pas loin d'{{Aeroscopia}}, immatriculé [[IMMATRICULATION:472 BXJ 31]]. [[PERSONNE:Christian]] et [[PERSONNE:Véro]]. Ils refusent l'hébergement : « on a notre maison ». [[PERSONNE:Fabien]] laisse {{2}} duvets et un paquet de café.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à une famille qui vit à l'année au camping, [[ADRESSE:camping Le Moulin, emplacement 31]], à {{Saint-Girons}}. Mobil-home de {{24 m²}}, {{4}} personnes. La mère, Mme [[PERSONNE:Pereira]], dit que c'est « mieux qu'avant ». Les enfants prennent le car scolaire à {{7h10}} au bord de la départementale.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du {{CHRS}} en diffus, [[ADRESSE:12 rue Kléber, 65000 Tarbes]]. Résidente : Mme [[PERSONNE:Sabrina Lopes]], {{2 enfants}}. Tout est propre, les dessins des enfants au mur. L'éducatrice, [[PERSONNE:Céline]], relève les compteurs, c'est dans le contrat de séjour. Elle s'excuse en le faisant.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{Perpignan}} près de la gare, {{-2 °C}} ressentis avec la {{tramontane}}. {{4}} personnes rencontrées, {{1}} accepte de monter dans le camion. Le thé est parti en {{10 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un homme sous une tente au bord de la {{Garonne}}, vers le {{Ramier}}. Il tient à nous montrer son attestation {{Caf}} pour prouver qu'il touche le {{RSA}} et qu'il n'est « pas un profiteur » : n° [[N_ALLOCATAIRE:3491276]], au nom de [[PERSONNE:Ludovic Albert]], né le [[DATE_NAISSANCE:19 novembre 1979]]. Il la replie dans une pochette plastique, elle-même dans une boîte en fer.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de suivi à {{Pamiers}}, chez un ancien résident relogé, M. [[PERSONNE:Grégory Fauré]]. Son téléphone a été volé. Nouvelle puce : [[TELEPHONE:+33 7 49 26 18 53]]. L'éducateur, [[PERSONNE:Mathieu]], l'enregistre devant lui et fait sonner pour vérifier. Ça sonne. Ils se tapent dans la main.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Colomiers}}. Conseiller : [[PERSONNE:Hugo]], {{32 ans}}, portefeuille de {{280}} demandeurs d'emploi. « Un bon conseiller, c'est celui qui connaît au moins le prénom. » Il n'y arrive pas, il le dit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Ioana Popescu]], {{31 ans}}, couturière à {{Bucarest}}, inscrite depuis {{6 mois}}. Identifiant : [[ID_FRANCE_TRAVAIL:3318406T]], NIR au dossier [[NIR:293129911408725]]. [[PERSONNE:Hugo]] lui propose une formation de couture industrielle chez un fabricant de sièges d'avion. Elle demande si c'est payé. Oui, {{ARE}} maintenue. Elle signe tout de suite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Borne à l'entrée : « Avez-vous rendez-vous ? {{OUI}} / {{NON}} ». La moitié des gens appuient sur OUI sans RDV, « parce que NON ça fait peur ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Ilyes]], {{22 ans}}, du {{Mirail}}, veut travailler chez {{Airbus}}. « Tout le monde veut Airbus », soupire [[PERSONNE:Hugo]]. Il l'oriente vers une {{POEI}} ajusteur-monteur. Identifiant dit de mémoire : [[ID_FRANCE_TRAVAIL:512 7384 W]]. [[PERSONNE:Ilyes]] demande « c'est quoi une POEI ». [[PERSONNE:Hugo]] dessine. Encore un post-it.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emplois saisonniers à l'agence de {{Tarbes}} : stands du {{Grand Tourmalet}}, de {{Peyragudes}}, de {{Piau-Engaly}}, de {{Cauterets}}. Perchman, loueur de skis, cuisinier, pisteur secouriste. [[PERSONNE:Mélanie]], {{24 ans}}, de {{Lille}}, veut faire sa première saison. Le recruteur de {{Piau}}, M. [[PERSONNE:Abadie]], lui demande si elle skie. « Un peu ». Il rit : « on verra en décembre ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{8}} participants. Projeté au mur, un CV modèle au nom de « [[PERSONNE:Jean Dupont]] », né le [[DATE_NAISSANCE:01/01/1990]], mail [[EMAIL:jean.dupont@exemple.fr]]. L'animatrice, [[PERSONNE:Sophie]], conseille d'enlever la date de naissance et la photo. Un participant : « et le nom aussi ? ». Rires.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 209-240: France Travail counter (209-226) and phone (227-240).
# ---------------------------------------------------------------------------------------------
NOTES_7 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Figeac}}. Mme [[PERSONNE:Chloé Teixeira]], {{26 ans}}, licenciée d'un sous-traitant de la {{Mecanic Vallée}}, vit [[ADRESSE:7 place Carnot, 46100 Figeac]]. Inscription : NIR [[NIR:2 99 04 46 102 119 04]], identifiant attribué [[ID_FRANCE_TRAVAIL:0639152K]]. Le conseiller, [[PERSONNE:Olivier]], imprime la fiche. Elle : « c'est quoi exactement la Mecanic Vallée ? j'y travaille depuis {{5 ans}} et je sais pas ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Nicolas Soulié]] change de RIB pour son {{ARE}} : compte {{Crédit Mutuel}}, [[IBAN:FR7610278022100002041750373]] (sans espaces, copié de l'appli). [[PERSONNE:Olivier]] : « ça prendra effet au prochain paiement, pas ce mois-ci ». Lui : « mais l'ancien compte est clôturé ». Silence. [[PERSONNE:Olivier]] va voir son responsable.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace libre-service : {{5}} ordinateurs, {{2}} en panne, {{1}} occupé par un monsieur qui regarde des vidéos de pêche à la truite. Personne ne lui dit rien. Il a l'air bien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rendez-vous d'orientation {{RSA}} (depuis {{2025}} tous les bénéficiaires sont inscrits). Mme [[PERSONNE:Farida Mansouri]], {{47 ans}}, donne son numéro {{Caf}}, [[N_ALLOCATAIRE:4738105]], et repart avec un identifiant : [[ID_FRANCE_TRAVAIL:7720563 R]]. « {{15 heures}} d'activité par semaine » : elle demande si s'occuper de sa mère malade compte. [[PERSONNE:Olivier]] ne sait pas. Moi non plus.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité. M. [[PERSONNE:Loïc Baron]], au {{RSA}} (n° alloc [[N_ALLOCATAIRE:0392715]]), embauché pour la saison du melon à {{Lectoure}}, {{40 km}}, aucun bus. Sa voiture : {{206}} de {{2004}}, [[IMMATRICULATION:BN-327-GE]], contre-visite du contrôle technique à faire. Identifiant : [[ID_FRANCE_TRAVAIL:2907714B]]. Devis du garage dans la poche, plié en quatre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Lourdes}}, {{mars}} : recrutements pour la saison des pèlerinages. Femmes de chambre, plongeurs, veilleurs de nuit. La conseillère s'appelle [[PERSONNE:Bernadette]], {{59 ans}}, elle rit : « ici, une [[PERSONNE:Bernadette]] sur trois, merci {{sainte Bernadette}} ». Elle connaît tous les hôteliers de la ville par leur prénom.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ingénieur calcul licencié, {{56 ans}}, M. [[PERSONNE:Philippe Estrabaut]]. Identifiant [[ID_FRANCE_TRAVAIL:4405128C]], mail [[EMAIL:p.estrabaut@wanadoo.fr]], « depuis 1999, je le garde ». Il a plus d'années d'expérience que son conseiller n'a d'années tout court. Orientation vers l'{{Apec}}. Il prend des notes avec un stylo-plume.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Anthony Ribeiro]] n'a pas été payé ce mois-ci. [[PERSONNE:Olivier]] regarde : RIB enregistré [[IBAN:FR27 3000 2005 5000 0018 3624 Z13]], compte {{LCL}} fermé par la banque. Il faut un nouveau RIB. Il n'en a pas. « {{Nickel}} ? » Il soupire, il connaît.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran dans la salle : les offres défilent. « {{Opérateur de production H/F}} – {{Blagnac}} – {{CDI}} ». {{12}} fois la même offre en {{10 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Perpignan}}. M. [[PERSONNE:Javier Romero]] a travaillé {{4 ans}} à {{Figueres}}, il veut son allocation sur son compte espagnol : [[IBAN:ES64 2100 8231 4902 0041 8736]]. [[PERSONNE:Marta]], la conseillère, vérifie : zone {{SEPA}}, aucun problème. Il est presque déçu que ce soit simple. Identifiant : [[ID_FRANCE_TRAVAIL:1893027F]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la garde d'enfants ({{AGEPI}}) pour [[PERSONNE:Morgane]], {{23 ans}}, maman solo, qui reprend un {{CDD}} d'aide-soignante. Il faut le numéro {{Caf}}, [[N_ALLOCATAIRE:2950417]], et un RIB : [[IBAN:FR76 1120 6000 3121 5608 4710 265]]. Accordée en {{20 min}}. Sa fille dessine sur le dos d'une offre d'emploi pendant ce temps.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller du box d'à côté parle très fort au téléphone. Tout le monde entend le salaire, le divorce, les dettes de la personne au bout du fil. Pas de cloison, juste un paravent de {{1m50}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence d'{{Auch}}. M. [[PERSONNE:Mathias Dubarry]], ouvrier agricole : vendanges dans le {{Madiran}}, ail de {{Lomagne}}, castration du maïs en {{juillet}}. {{9}} contrats dans l'année, tous en {{TESA}}. Identifiant [[ID_FRANCE_TRAVAIL:6619043D]], n° {{MSA}} [[N_ALLOCATAIRE:1207845]]. Le calcul de ses droits est illisible même pour [[PERSONNE:Corinne]], qui fait ça depuis {{20 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre d'aide à domicile en milieu rural ({{ADMR}} de {{Castelnau-Magnoac}}) : véhicule obligatoire. Mme [[PERSONNE:Nadia Toumi]] apporte la photocopie de sa carte grise, le conseiller recopie la plaque dans le dossier en minuscules : [[IMMATRICULATION:fh-902-sk]]. Elle demande si les kilomètres sont payés. Oui, {{0,35 €}} le km.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Awa Diakité]], née à {{Paris}} en [[DATE_NAISSANCE:janvier 97]], arrivée à {{Toulouse}} pour suivre son mari. {{BTS}} compta. Identifiant [[ID_FRANCE_TRAVAIL:8102475J]], NIR [[NIR:2 97 01 75 118 512 47]], RIB pour l'{{ARE}} : [[IBAN:FR76 3000 3021 5800 0503 9271 421]]. [[PERSONNE:Sophie]] lui trouve {{3}} offres dans l'heure. Elle : « à Paris j'aurais attendu {{6 mois}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Nicolas]], {{20 ans}}, veut faire du community management. Il montre son compte [[IDENTIFIANT:@nico.drone.pyrenees]] : {{12 000 abonnés}}, vidéos de drone au-dessus du {{Pic du Midi}}. [[PERSONNE:Hugo]] est impressionné : « c'est mieux que notre page ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{16h55}}, fermeture à {{17h}}. Un monsieur arrive en courant. La porte automatique est déjà verrouillée. Il frappe. On lui montre l'horaire à travers la vitre. Il repart. Je n'arrive pas à l'oublier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Castres}}. M. [[PERSONNE:Arnaud Pélissier]] crée sa micro-entreprise de réparation de vélos. {{ARCE}} : {{60 %}} des droits restants en capital, en {{2}} fois. Son SIRET perso : [[IDENTIFIANT:904 173 283 00014]]. RIB du compte pro : [[IBAN:13485 00800 08743120695 74]]. [[PERSONNE:Laurent]], conseiller création, lui souhaite bonne chance avec un vrai sourire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, {{8h30}}. Premier appel : « j'ai pas reçu mon paiement ». On est le {{28}}, le paiement tombe le {{1er}}. La conseillère l'explique, calmement, pour la première fois de la journée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Identifiant dicté : « [[ID_FRANCE_TRAVAIL:quatre, un, zéro, sept, deux, deux, huit, G comme Gérard]] ». [[PERSONNE:Marjorie]] tape [[ID_FRANCE_TRAVAIL:4107228G]]. Le dossier s'ouvre : {{radiation}} pour absence à un RDV, le monsieur n'a jamais reçu la convocation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Dimitri Petrov]] n'a pas pu s'actualiser, le site plantait le {{15}}. [[PERSONNE:Marjorie]] fait l'actualisation « hors délai » pour lui, identifiant [[ID_FRANCE_TRAVAIL:5519804P]], et en profite pour changer l'adresse : [[ADRESSE:16 avenue de Lardenne, 31300 Toulouse]]. Il dit : « vous m'avez sauvé le mois ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Pendant {{12 minutes}}, que des « j'ai pas reçu mon paiement ». La même réponse, mot pour mot. Je pourrais la réciter.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Gisèle Bories]] a son RIB en photo sur le téléphone et n'arrive pas à le mettre sur le site. [[PERSONNE:Marjorie]] la guide étape par étape, {{14 min}}. À la fin, l'écran affiche le nouveau compte : [[IBAN:FR76 3006 6100 2100 0104 7183 679]]. Mme [[PERSONNE:Bories]] : « j'ai réussi toute seule ». Pas tout à fait, mais oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un saisonnier d'{{Ax 3 Domaines}} appelle d'{{Ax-les-Thermes}}, fin de saison en {{avril}}. Droits rechargeables ? {{6 mois}} travaillés sur {{24}}, il a fait {{4}} hivers de {{4 mois}}. M. [[PERSONNE:Jòrdi Escaich]], « [[PERSONNE:Jòrdi]] avec l'accent grave, c'est de l'occitan ». Identifiant [[ID_FRANCE_TRAVAIL:0917362S]], mail [[EMAIL:jordi.escaich09@free.fr]]. L'été il vit dans son van aménagé, [[IMMATRICULATION:DW-115-JC]], garé à {{Orlu}}. RIB confirmé : [[IBAN:FR76 1710 6000 1255 0481 2033 726]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur veut déposer une offre : la {{Boulangerie Rouch}}, à {{Foix}}, cherche un apprenti. Le patron, M. [[PERSONNE:Rouch]], donne son mail : [[EMAIL:boulangerie.rouch.foix@orange.fr]]. Il précise « levé {{3h}}, faut le dire dans l'annonce, sinon ils viennent pas le lendemain ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel programmé : [[PERSONNE:Marjorie]] appelle M. [[PERSONNE:Yacine Bouzid]] au [[TELEPHONE:06 95 03 27 14]]. {{3}} sonneries, messagerie. Message neutre, sans détail, « au cas où ce n'est pas lui qui écoute ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sonia Leclerc]], caissière chez {{Leclerc}} justement, à {{Tarbes}}, temps partiel {{24h}}, au {{RSA}} en complément. Elle donne son numéro {{Caf}}, [[N_ALLOCATAIRE:1183096]], pour qu'on retrouve son dossier. [[PERSONNE:Marjorie]] lui explique le contrat d'engagement. Elle : « je travaille déjà, moi ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un appel de {{42 minutes}}. Le monsieur ne pose aucune question, il raconte sa vie. La conseillère écoute, dit « hm » de temps en temps. À la fin il dit qu'il rappellera demain.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Pere Soler]], {{61 ans}}, de {{Céret}}, ouvrier agricole (les cerises, puis les vignes). Il veut savoir s'il peut partir à la retraite « avec le chômage ». Identifiant [[ID_FRANCE_TRAVAIL:2285061N]]. [[PERSONNE:Marjorie]] le renvoie vers la {{MSA}} pour la retraite. Il laisse son fixe, [[TELEPHONE:04 68 87 21 39]], « le portable passe pas à la maison ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Identification : identifiant + date de naissance. Le monsieur, M. [[PERSONNE:Farouk Benyahia]], donne d'abord son numéro {{Caf}} par erreur, [[N_ALLOCATAIRE:5076213]], puis « [[DATE_NAISSANCE:14 juillet 1989]], comme la fête nationale ». [[PERSONNE:Marjorie]] : « facile à retenir au moins ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Intérimaire, mission chez {{Manpower}} à {{Blagnac}} manquée parce que sa voiture est partie en fourrière. Il lit la plaque sur le PV : [[IMMATRICULATION:GJ-481-PV]]. Il a peur d'une sanction pour « refus de mission ». [[PERSONNE:Marjorie]] : ce n'est pas un refus, mais il faut prévenir l'agence d'intérim. Il s'appelle [[PERSONNE:Kylian]], {{20 ans}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Fin de journée sur la plateforme. {{71}} appels pour ma conseillère, durée moyenne {{5 min 40}}. Elle me demande : « alors, vous allez changer quoi ? ».",
    ),
]


NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip() or not value:
            raise ValueError(f"bad marked value {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text!r}")
    return text, entities, keep


def build():
    """All notes as dicts, numbered in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
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
