"""Independent evaluation corpus n° 110: 240 hand-written observation notes (Nouvelle-Aquitaine).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:

- ``[[LABEL:value]]``: a value to mask, with its label;
- ``{{value}}``: a string to keep (it goes into the note's ``keep`` list, once per note).

Running this module strips the marks, computes the offsets (Python string indices, end
exclusive), gives the ids ``ind110-001`` … ``ind110-240`` in writing order, splits the notes
into dev / holdout (120 each) and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.
Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind110"
SEED = 110

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

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

# (site_kind, channel, text with marks), in writing order.
NOTES = [
    (
        "caf",
        "accueil_physique",
        "ACCUEIL {{CAF}} {{BEGLES}} {{9H10}} deja {{14 personnes}} ds la file. mr [[PERSONNE:ndiaye]] vient pr son {{RSA}} suspendu, l agent ([[PERSONNE:Sandrine]]) tape son num alloc [[N_ALLOCATAIRE:2417853]] et dit {{3 mois}} de retard de {{DTR}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique : {{3 appels}} en {{20 min}}, tous pour la {{prime d'activité}}. Temps d'attente annoncé au serveur vocal : {{12 minutes}}. L'agente dit que le {{lundi}} c'est « l'enfer ». Beaucoup de gens ne savent pas qu'il faut refaire la déclaration tous les {{3 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urgences {{pellegrin}} {{22h}}. {{IOA}} demande nom prenom ddn : « [[PERSONNE:kevin lacoste]] ne le [[DATE_NAISSANCE:14.02.97]] ». il a la main ouverte (verre). attente estimee {{4h}}. sa copine [[PERSONNE:lea]] pleure dans le hall",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Pau}} {{Ousse-des-Bois}}. M. [[PERSONNE:Arnaud Etcheverry]], conseiller, reçoit Mme [[PERSONNE:Saïda Bensalem]] (identifiant [[ID_FRANCE_TRAVAIL:4728103F]]) pour son {{PPAE}}. Elle cherche dans l'aide à domicile, a son permis mais pas de voiture. Il lui propose une formation {{ADVF}} à {{Lescar}}, démarrage {{3 mars}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel cpam {{3646}} dictée vocale : la dame donne son numéro de sécu virgule [[NIR:2 56 04 16 015 400 12]] point elle est née à {{Angoulême}} en [[DATE_NAISSANCE:avril 56]] virgule elle veut sa {{carte vitale}} point",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Gironde}}, {{23h40}}. Appel d'un homme, « [[PERSONNE:Jojo]] », {{58 ans}}, dort dans sa voiture sur le parking d'{{Auchan Mériadeck}}. Plaque donnée pour que la maraude le trouve : [[IMMATRICULATION:EX-482-QT]]. Pas de place ce soir, l'écoutante ([[PERSONNE:Marion]]) lui propose le {{Samu social}} à {{1h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{LIMOGES}} - file d attente {{10 pers}} a {{8h30}} avant ouverture!! bcp de demandes d aide alimentaire, les colis du {{Secours pop}} sont partis en {{1h}} 😮",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec le contrôleur, M. [[PERSONNE:Thierry Dubourg]]. Domicile de Mme [[PERSONNE:Aïcha Ouattara]], [[ADRESSE:14 rue des Genêts, 33600 Pessac]]. Déclaration de {{parent isolé}} ; il vérifie les brosses à dents, les vêtements d'homme dans le placard. Elle montre son bail {{Domofrance}}, référence locataire [[IDENTIFIANT:0045871-02]]. Numéro allocataire [[N_ALLOCATAIRE:3308142]]. Ça dure {{1h10}}, elle est tendue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{ft}} {{3949}} appel mr [[PERSONNE:Gomes]] radié pr absence rdv, il dit qu il a jms recu le courrier. id [[ID_FRANCE_TRAVAIL:0934571 R]] . conseillere lui dit de faire un recours en ligne mais il a pas internet. {{25 min}} d appel",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel à {{14h05}} d'une fille qui cherche sa mère amenée par les {{pompiers}} : « Mme [[PERSONNE:Dolores Fernandez]], née le [[DATE_NAISSANCE:2 septembre 1941]] ». L'agent d'accueil ne peut rien dire au téléphone, il prend son numéro [[TELEPHONE:06 39 98 27 14]] pour que le médecin rappelle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "cpam {{merignac}} accueil sur rdv. mme [[PERSONNE:nguyen thi lan]] vient pr la {{css}} (complementaire sante solidaire), dossier incomplet manque avis d impo. agent [[PERSONNE:yannick]] tres patient, lui imprime la liste. elle a {{3 enfants}}, {{1 550 €}} de revenus",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Le Prado}} ({{Bordeaux Bastide}}) — entretien d'admission. Monsieur [[PERSONNE:Rustam Magomedov]], {{34 ans}}, arrivé de {{Tchétchénie}} en {{2019}}. Récépissé de demande de titre de séjour n° [[IDENTIFIANT:3301948275]]. Il parle peu, son fils [[PERSONNE:Adam]] traduit. Éducatrice : [[PERSONNE:Claire Verdier]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{CV}} collectif, {{8 participants}}, {{2 heures}}. Le conseiller projette un CV modèle sans nom. Une dame demande si on doit mettre sa photo. Réponse : « pas obligatoire ». {{Wi-fi}} en panne la moitié du temps.",
    ),
    (
        "caf",
        "accueil_physique",
        "CHANGEMENT DE RIB : MR [[PERSONNE:HAKOBYAN]] DONNE SON NOUVEAU RIB {{LBP}}, L AGENT SAISIT [[IBAN:FR66 2004 1067 1304 2924 7K02 017]]. IL A CHANGE CAR L ANCIEN COMPTE ETAIT A SA FEMME [[PERSONNE:ANOUSH]]. {{CAF}} {{ANGOULEME}}, {{GUICHET 3}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la voisine de M. [[PERSONNE:Gérard Lalanne]], {{87 ans}}, qui ne sort plus. Elle donne l'adresse : [[ADRESSE:3 impasse des Mésanges]] à {{Saint-Médard-en-Jalles}}. Le {{CCAS}} va déclencher une visite de l'assistante sociale {{jeudi}}. Voisine : Mme [[PERSONNE:Pereira]], tél [[TELEPHONE:05 36 49 11 82]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "URG {{CH DAX}} {{15h}} salle d attente pleine {{32 patients}} en attente dont {{6 sur brancard}} ds le couloir. {{2 IDE}} a l accueil. Les gens rallent pr le temps, ecran affiche {{5h30}} d attente 😬",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail au domicile avec le délégué, M. [[PERSONNE:Pascal Bordes]] : M. [[PERSONNE:Olivier Brunet]], {{42 ans}}, en arrêt pour lombalgie depuis {{6 semaines}}. Adresse : [[ADRESSE:27 avenue de la Libération, 24100 Bergerac]]. Il est là, en pyjama. Contrôle d'identité sur sa {{carte Vitale}}, NIR [[NIR:1 82 10 24 322 528 97]]. Sorties autorisées de {{10h}} à {{12h}} et de {{16h}} à {{18h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "tel conseiller [[PERSONNE:Mathieu]] dicte l adresse mail du jeune pour lui envoyer l offre : « [[EMAIL:enzo point marquet arobase gmail point com]] » il repete {{3 fois}}, le jeune s appelle [[PERSONNE:Enzo Marquet]], {{19 ans}}, cherche en {{alternance}} {{mecanique}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Beaucoup d'appels pour la {{prime de Noël}} aujourd'hui (versée le {{16 décembre}} selon l'agente). Le serveur vocal renvoie vers {{caf.fr}}. Une personne âgée ne comprend pas « espace {{Mon Compte}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "visite apparts diffus {{CHRS}} {{Lormont}} {{Genicart}}. chez mme [[PERSONNE:Traore]] + {{4 enfants}} {{T3}} humidite partout, moisissures chambre des petits. la ref sociale [[PERSONNE:Nadia]] prend photos pr le bailleur {{Domofrance}}. compteur {{EDF}} ref client [[IDENTIFIANT:60 0412 3877]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation. Monsieur [[PERSONNE:Kofi Mensah]], né le [[DATE_NAISSANCE:11/06/1986]] à {{Accra}}, sans adresse stable depuis {{mars}}. L'agente, Mme [[PERSONNE:Marie-Hélène Roux]], lui explique qu'il recevra son courrier au {{CCAS}} de {{Périgueux}}. Il doit repasser avec une pièce d'identité, son passeport ghanéen [[IDENTIFIANT:G2817364]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "accueil urg {{dupuytren}} {{limoges}}: {{IOA}} saisit IPP [[IDENTIFIANT:870045127]] pr mr [[PERSONNE:bertrand]] {{78a}}, chute a domicile, sa fille [[PERSONNE:sylvie]] a appele le {{15}}. tri {{4}}. attente {{2h}} mini",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Tatiana Kovalenko]], réfugiée ukrainienne, inscription. Identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:5620417B]]. Elle a été comptable à {{Kharkiv}}. Conseillère ([[PERSONNE:Émilie Garnier]]) propose un cours de {{FLE}} au {{GRETA}} et une {{VAE}} plus tard. Adresse mail notée : [[EMAIL:t.kovalenko77@ukr.net]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "borne {{ameli}} en panne depuis {{8h}}, les gens font la queue pr imprimer leur attestation. agent: « on a signale ya {{2 semaines}} » 🙄 . {{12 personnes}} a {{9h45}}",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl sur place {{Niort}} avec [[PERSONNE:Fabrice]] (controleur). mme [[PERSONNE:Guerin]] declare vivre seule. voiture devant la maison immat [[IMMATRICULATION:fg-217-nb]] au nom du conjoint selon fichier. elle dit « c est mon ex il passe voir les petits ». ndossier alloc [[N_ALLOCATAIRE:7914520]]",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soirée {{115}} : {{47 appels}} entre {{18h}} et {{22h}}, {{9 personnes}} hébergées, {{38 sans solution}}. L'écoutante garde une liste papier des « habitués ». Nuit froide annoncée, {{plan grand froid}} pas encore déclenché.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour évaluer le {{portage de repas}}. Chez Mme [[PERSONNE:Odette Marsac]], {{91 ans}}, [[ADRESSE:2 lieu-dit Chez Bernard, 23200 Aubusson]]. Elle ne va plus au marché d'{{Aubusson}} depuis sa chute. Sa nièce [[PERSONNE:Brigitte]] passe le {{dimanche}}, joignable au [[TELEPHONE:05 55 83 41 07]]. Le frigo est presque vide.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL ENTRANT: MR [[PERSONNE:BENALI KARIM]] VEUT ACTUALISER, SITE BLOQUE. DONNE SON IDENTIFIANT [[ID_FRANCE_TRAVAIL:3381925H]] ET SA DATE DE NAISSANCE [[DATE_NAISSANCE:03 11 1979]]. CONSEILLER FAIT L ACTU A SA PLACE. {{4 MIN}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive avec son fils de {{6 ans}} qui a avalé une pile. L'agente d'admission demande la {{carte Vitale}}, pas de mutuelle. « [[PERSONNE:Lucas Da Silva]], [[DATE_NAISSANCE:12 mars 2018]] ». Passage direct en {{pédiatrie}}. Le père s'appelle [[PERSONNE:Sergio]], il tremble.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne de tickets : A pour les rendez-vous, B pour l'accueil sans rendez-vous. À {{10h20}}, on est au ticket {{B047}}. Une dame repart sans attendre, {{2h}} d'attente affichées.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "transcription vocale de l appel virgule l agent [[PERSONNE:Corinne]] demande le numéro allocataire virgule la dame répond [[N_ALLOCATAIRE:deux quatre neuf un huit zéro six]] point elle veut être rappelée au [[TELEPHONE:zéro six trente-neuf quatre-vingt-dix-huit quarante et un zéro trois]] point {{APL}} pas versée ce mois ci point d exclamation",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rendez-vous de [[PERSONNE:Yacine Haddad]] avec sa conseillère [[PERSONNE:Laura Bizet]] (portefeuille « guidé »). Il a fini son {{CAP cuisine}} en {{juin}}, cherche à {{Biarritz}} pour la saison. Elle lui sort {{3 offres}}, dont une au {{Café de Paris}} (offre n° {{178XKQP}}). Il note tout sur son téléphone. Mail : [[EMAIL:yacine.haddad64@outlook.fr]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{23H}} PASSAGE AUX URGENCES {{CHU POITIERS}}: UNE BAGARRE DANS LA SALLE D ATTENTE, LA SECURITE INTERVIENT EN {{2 MIN}}. AGENTS HABITUES. {{40 PERSONNES}} EN ATTENTE. ODEUR DE {{JAVEL}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, l'agent ([[PERSONNE:Jérôme]]) reçoit l'appel de M. [[PERSONNE:Jean-Pierre Casanova]] : changement d'adresse après déménagement de {{Bastia}}. Nouvelle adresse : [[ADRESSE:8 allée des Pins, 40200 Mimizan]]. NIR lu à l'écran : [[NIR:158112B03302551]]. Il est né en [[DATE_NAISSANCE:1958]], retraité, veut savoir pour sa complémentaire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{la rochelle}} {{mireuil}}: mr et mme [[PERSONNE:yilmaz]] pr aide facture eau {{312€}}. agent [[PERSONNE:celine]] demande ref client {{eau 17}} [[IDENTIFIANT:0173 2290 5512]] et avis impo. commission {{le 12}} du mois prochain. mme parle pas francais, le fils [[PERSONNE:emre]] traduit",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{pau}} {{21h15}}: jeune femme [[PERSONNE:ines]] {{22a}} mise dehors par son copain, elle est a la {{gare}}. donne son tel [[TELEPHONE:07 52 18 64 90]] au cas ou ca coupe. ecoutant trouve {{1 place}} au {{CHRS}} {{Isard COS}}, taxi pris en charge",
    ),
    (
        "caf",
        "accueil_physique",
        "Observation : l'accueil de la {{Caf de la Vienne}} à {{Poitiers}} a un espace numérique avec {{4 ordinateurs}} et une volontaire en {{service civique}}. Elle aide un monsieur à créer son compte, ça prend {{35 minutes}} parce qu'il n'a pas d'adresse mail.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CTRL RESSOURCES A DOMICILE {{LIMOGES}} {{BEAUBREUIL}} : MME [[PERSONNE:RANDRIANARISOA]] + SON COMPAGNON NON DECLARE?? LE CONTROLEUR M. [[PERSONNE:CHASSAING]] DEMANDE LES RELEVES DE COMPTE. IBAN SUR RELEVE : [[IBAN:FR76 1680 6063 0917 9375 4188 286]]. VIREMENTS {{400€}}/MOIS SIGNES « [[PERSONNE:J. RAKOTO]] »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville, le Dr [[PERSONNE:Mendiboure]], appelle l'accueil pour prévenir qu'il envoie une patiente : Mme [[PERSONNE:Ainhoa Irigoyen]], {{36 ans}}, suspicion d'embolie. Le standard note son numéro de portable, [[TELEPHONE:06 74 12 58 33]], et celui du cabinet à {{Anglet}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{bayonne}} rdv {{10h30}} mr [[PERSONNE:xabi etchegaray]] fin de contrat saisonnier {{hendaye}}. id ft [[ID_FRANCE_TRAVAIL:6104283 M]] . il demande {{ARE}}, conseillere mme [[PERSONNE:harriet]] calcule {{57€}}/jour approx",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec l'enquêtrice de la {{Cpam des Landes}} suite à un signalement de fraude à la {{CSS}}. Domicile : [[ADRESSE:45 route de Bayonne, 40100 Dax]]. M. [[PERSONNE:Jean-Luc Lamarque]], né le [[DATE_NAISSANCE:17 septembre 1964]] à {{Mont-de-Marsan}}, vit avec sa compagne, non déclarée. NIR relevé sur l'attestation : [[NIR:1 64 09 40 192 160 46]]. Il s'énerve, l'enquêtrice reste calme.",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs accueil de jour {{poitiers}}: {{café}} a {{0,50€}}, douches {{8h-11h}}, machine a laver sur inscription. ce matin {{23 passages}}. ambiance calme, un chien ({{Rocky}}) dort sous la table",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite dom {{ccas}} {{agen}} avec l as [[PERSONNE:Aminata Sow]]. chez mr [[PERSONNE:Ramirez]] {{79 ans}} [[ADRESSE:5 bis rue Montesquieu 47000 agen]]. incurie, bcp de chats ({{7}} ?). il veut pas d aide menagere. sa fille a {{Toulouse}} tel [[TELEPHONE:+33 6 39 98 55 20]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente {{CPAM}} de {{Pau}}. Une femme, [[PERSONNE:Laetitia Moreau]], vient déclarer sa grossesse en retard. L'agent, [[PERSONNE:Karim]], vérifie ses droits à l'écran : numéro de sécu [[NIR:2 88 06 64 102 329 73]]. Elle habite [[ADRESSE:12 chemin de Larrouy]] à {{Jurançon}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère en télétravail ce matin, appels sortants pour relancer les gens qui n'ont pas actualisé. Sur {{15 appels}}, {{6 répondent}}. Elle dit que le numéro {{3949}} est gratuit depuis {{2019}}, peu de gens le savent.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Fatoumata Camara]], {{3 enfants}}, vient avec un courrier de la {{Caf}} qu'elle ne comprend pas : indu de {{1 847 €}} d'{{APL}}. L'agente ([[PERSONNE:Véronique Sarlat]]) lui explique qu'il s'agit d'une erreur de ressources sur {{2023}}. Numéro allocataire lu sur le courrier : [[N_ALLOCATAIRE:5540217]]. Plan de remboursement à {{50 €}} par mois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "admission urg {{bayonne}}: mr [[PERSONNE:Uhalde]] arrive en ambulance, sa femme donne la carte mutuelle {{MGEN}} n° [[IDENTIFIANT:142587091]] et la carte vitale pas a jour. agent dit « c pas grave on regularise »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{ALT}} (appartement-relais) avec l'éducateur. Famille [[PERSONNE:Kaya]] : le père [[PERSONNE:Mehmet]], la mère [[PERSONNE:Zeynep]], {{deux ados}}. Logement au {{3e étage}}, [[ADRESSE:11 rue Sadi-Carnot, 19100 Brive-la-Gaillarde]]. Le plafond de la salle de bain fuit, l'éducateur appelle le bailleur. Ils attendent un logement social depuis {{2 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "file ft {{angouleme}} {{9h}}: {{11 personnes}}, {{2 agents}} a l accueil seulement (1 en arret). ecran {{mes démarches}} bug. un monsieur crie « ca fait {{3 fois}} que je viens »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Nathalie Pouget]] pour une aide exceptionnelle (facture {{EDF}} de {{620 €}}). Elle vit à {{Tulle}}, {{2 enfants}}. L'agente prend son mail : [[EMAIL:nath.pouget19 [at] orange.fr]] et lui envoie le formulaire. RDV fixé {{mardi}} {{14h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "APPEL {{CAF 17}} {{LA ROCHELLE}}: MR [[PERSONNE:DIALLO MAMADOU]] APPELLE POUR SON PERE. L AGENT REFUSE, PAS LE TITULAIRE. IL INSISTE « C EST POUR [[PERSONNE:DIALLO OUSMANE]] ALLOC [[N_ALLOCATAIRE:1702944]] ». REFUS POLI. {{8 MIN}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "attente tel {{3646}} : {{18 min}} de musique avant qqn, puis coupure 😤 l'agent dit que c est normal le {{lundi matin}}, {{+ de 200 appels}} en file",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un SDF, [[PERSONNE:Marcel]], connu du service, revient pour la {{troisième fois}} cette semaine. L'agente d'accueil l'appelle par son prénom, lui donne un café. Elle me dit qu'il a un IPP depuis {{2011}} : [[IDENTIFIANT:20110034578]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{pessac}} {{saige}} : dmd {{RSA}} pr mme [[PERSONNE:Popescu Elena]] née le [[DATE_NAISSANCE:07.05.1990]] a {{bucarest}}. passeport roumain [[IDENTIFIANT:054872163]]. agent [[PERSONNE:Hugo]] galere avec le formulaire",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé au {{CHRS}} {{Saint-Vincent-de-Paul}}, {{Limoges}}. Un homme afghan, [[PERSONNE:Ahmad Zia Hakimi]], montre son titre de séjour ({{AGDREF}} [[IDENTIFIANT:8700412365]]) à l'infirmière, [[PERSONNE:Hélène]]. Il a besoin d'un médecin traitant, aucun n'accepte de nouveaux patients en {{Haute-Vienne}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Sandrine Labat]], {{51 ans}}, licenciée d'une usine de {{Nontron}}. Elle veut un conseiller « en vrai ». Le conseiller lui donne rendez-vous à l'agence de {{Périgueux}} {{le 14}} à {{9h}}. Identifiant : [[ID_FRANCE_TRAVAIL:7319402 K]]. Elle épelle son nom : [[PERSONNE:L-A-B-A-T]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief avec la contrôleuse après {{3 visites}} : elle en fait {{4 à 5 par jour}} en {{Charente}}, beaucoup de route. Elle dit que {{80 %}} des contrôles ne donnent rien, mais que « les gens ont peur ». Kilométrage du jour : {{146 km}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg {{perigueux}} {{16h40}} : femme enceinte [[PERSONNE:Khadija]] accompagnee de son mari, ils ont pas de carte vitale ({{AME}} en cours). agent note adresse « [[ADRESSE:19 rue Pierre Semard 24000 perigueux]] » + tel [[TELEPHONE:0639981562]]. orientee {{maternite}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "À l'accueil de la {{CPAM de la Gironde}} ({{Bordeaux}}, {{place de l'Europe}}), M. [[PERSONNE:Nguyen Van Tuan]] veut changer de médecin traitant. L'agente ouvre son dossier : né le [[DATE_NAISSANCE:4 octobre 1952]] au {{Viêt Nam}}. Elle imprime le formulaire, il repart content. {{12 minutes}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{merignac}} inscript° jeune {{18a}} [[PERSONNE:dylan moreau-perez]] né le [[DATE_NAISSANCE:02062006]] , tel[[TELEPHONE:0752934418]] , mail [[EMAIL:dydy33.mp@gmail.com]] . {{CEJ}} propose ({{contrat d engagement jeune}}) allocation jusqu a {{528€}}",
    ),
    (
        "caf",
        "accueil_physique",
        "caf {{perigueux}} mr [[PERSONNE:lefebvre]] apporte rib pr {{AAH}}, agent recopie a la main [[IBAN:FR7613306010908316008699344]] (pas d espaces) et se trompe {{1 fois}}, recommence. {{guichet 2}}. {{11h05}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un père, M. [[PERSONNE:Thomas Rivière]], qui a la {{garde alternée}} : la {{Caf}} verse tout à la mère. L'agent lui explique le partage des allocations. Il donne son numéro allocataire, [[N_ALLOCATAIRE:4410983]], et le nom de son ex-compagne, Mme [[PERSONNE:Julie Castaing]], dont il ne connaît pas le numéro par cœur. Appel : {{17 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "CPAM {{BRIVE}} {{14H}}: {{3 PERSONNES}} POUR DES {{IJ}} PAS PAYEES, TOUTES ENVOYEES VERS LE {{COMPTE AMELI}}. L AGENT ME DIT « ON N A PLUS LA MAIN SUR LES IJ ICI ». FRUSTRATION++",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission d'une jeune femme de {{19 ans}}, [[PERSONNE:Manon Delage]], tombée de scooter à {{Talence}}. Plaque du scooter notée par la police pour le constat : [[IMMATRICULATION:GH-390-LK]]. Sa mère arrive, donne la carte de mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:0083614529]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "RDV {{FT}} {{LIBOURNE}} - MME [[PERSONNE:OLIVEIRA SANDRA]] {{45A}}, AIDE-SOIGNANTE, VEUT SE RECONVERTIR. CONSEILLER [[PERSONNE:BRUNO]] OUVRE SON DOSSIER, IDENT [[ID_FRANCE_TRAVAIL:2290671 T]], ELLE A UN BILAN DE COMPETENCES PREVU LE {{12/03}} AU {{CIBC}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{limoges}} {{20h}}: appel d une mere avec {{2 enfants}}, famille [[PERSONNE:Berisha]] ({{kosovo}}). ils sont a l {{hotel F1}} {{chambre 14}} payée jusqu a ce soir. l ecoutante [[PERSONNE:sophie]] prolonge {{3 nuits}}",
    ),
    (
        "ccas",
        "accueil_physique",
        "Instruction d'une demande d'aide au permis de conduire ({{CCAS}} de {{Mérignac}}). Jeune homme, [[PERSONNE:Sofiane Boudjema]], {{20 ans}}, [[ADRESSE:5 rue des Acacias, 33700 Mérignac]]. Il a une promesse d'embauche chez {{Leroy Merlin}} si permis. Le conseiller, [[PERSONNE:Hervé]], monte le dossier pour la commission de {{mars}}. Téléphone : [[TELEPHONE:06 39 98 73 06]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "standard urg {{pau}} : {{3 appels}} en {{10 min}} de gens qui veulent savoir le temps d attente. reponse tjs la meme « on peut pas savoir ». un appel d un {{ehpad}} pr un transfert",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'assurée lit son numéro de sécurité sociale à voix haute, par paquets : « [[NIR:deux, quatre-vingt-quatre, zéro deux, dix-neuf, zéro trente et un, cent soixante-deux, trente et un]] ». L'agent ([[PERSONNE:Romain]]) le retape, confirme qu'elle est née à {{Brive}} en [[DATE_NAISSANCE:février 84]]. Elle s'appelle [[PERSONNE:Céline Vergne]]. Demande de remboursement d'un transport.",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl {{caf}} {{pau}} {{saragosse}} chez mr [[PERSONNE:mendes]] et mme [[PERSONNE:loubet]], declarent vivre separes mais {{1 seul}} frigo 1 seule boite aux lettres avec les 2 noms. controleuse [[PERSONNE:isabelle]] note tout. adresse [[ADRESSE:34 av du loup 64000 pau]]. duree {{50 min}}",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle de présence dans les studios du {{CHRS}} à {{Bergerac}} (obligation du financeur). Le chef de service, M. [[PERSONNE:Vincent Delpech]], frappe à chaque porte. {{Studio 4}} : M. [[PERSONNE:Boubacar Konaté]], absent depuis {{3 nuits}}, ses affaires sont là. {{Studio 6}} : Mme [[PERSONNE:Nadia Amrani]] et son bébé, [[PERSONNE:Lina]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL SORTANT {{FT}} : CONSEILLERE [[PERSONNE:ALVES]] RELANCE MR [[PERSONNE:TRAN]] POUR SON CONTRAT {{PEC}}. IL DONNE UN NOUVEAU MAIL EN LE DICTANT : [[EMAIL:TRAN POINT DUC ARO BASE YAHOO POINT FR]]. ELLE ECRIT [[EMAIL:TRANDUC@YAHOO.FR]], IL FAUT RECOMMENCER",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entre {{14h}} et {{15h}} : {{9 entrées}}. L'agent d'accueil administratif fait aussi le standard, il jongle entre le téléphone et le guichet. Un écran indique « Temps d'attente moyen : {{3 h 45}} ». {{Personne}} ne le regarde.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "controle {{cpam}} {{86}} domicile [[ADRESSE:4 rue des Couronneries 86000 Poitiers]]. mr [[PERSONNE:Moussaoui]] ne en [[DATE_NAISSANCE:juin 76]] en {{algerie}}. verif nir sur attestation [[NIR:176069935248168]] ok. arret maladie {{3 mois}}, il etait au {{marché}} ce matin selon signalement.. il dit qu il accompagnait sa mere",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour une aide ménagère. M. et Mme [[PERSONNE:Lopez]], 82 et {{79 ans}}, maison de {{plain-pied}} au [[ADRESSE:27 chemin de Peyrehorade, 40300 Labatut]]. M. [[PERSONNE:Lopez]] ([[PERSONNE:Antonio]]) est diabétique, Mme [[PERSONNE:Lopez]] ([[PERSONNE:Carmen]]) le soigne seule. Leur fils vit en {{Espagne}}, à {{Saragosse}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{caf}} {{la rochelle}} {{villeneuve les salines}} mme [[PERSONNE:sylla awa]] declare naissance de son bebe [[PERSONNE:moussa]] ne le [[DATE_NAISSANCE:14/01]]. agente [[PERSONNE:brigitte]] ouvre droits {{PAJE}}, demande acte de naissance + rib",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS}} de l'{{Ordre de Malte}} à {{Bordeaux}}, petit-déj. Un résident, [[PERSONNE:Grégory]], me montre fièrement son nouveau contrat chez {{Keolis}} (chauffeur de bus). Il a {{41 ans}}, {{8 ans}} de rue derrière lui. Son référent, [[PERSONNE:Samir Benyahia]], a fait le dossier {{Action Logement}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : affiches sur le {{CEJ}}, les métiers de la logistique à {{Cestas}} ({{Amazon}} recrute), la {{Prépa Apprentissage}}. {{6 personnes}}, {{2 bornes}} libre-service. Le conseiller d'accueil fait le tri : « vous avez rendez-vous ? »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame appelle pour son fils de {{17 ans}} qui veut s'inscrire. La conseillère explique qu'il doit appeler lui-même. Elle donne quand même son nom, « [[PERSONNE:Ruiz]], [[PERSONNE:R-U-I-Z]], [[PERSONNE:Mateo]] », et son portable : [[TELEPHONE:07 68 24 19 55]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{CPAM}} {{Angoulême}} : changement de situation de Mme [[PERSONNE:Hélène Marchetti]] (mariage). Écran lu par-dessus l'épaule : [[PERSONNE:MARCHETTI Hélène]] — née [[DATE_NAISSANCE:1979-08-23]] — [[ADRESSE:17 rue de Bordeaux, 16000 Angoulême]]. Elle prend le nom de son mari, [[PERSONNE:Dupuy]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{CAF}} TEL : ALLOCATAIRE MR [[PERSONNE:GONCALVES]] VEUT CHANGER SON TEL, DONNE [[TELEPHONE:+351 912 384 706]] (IL EST AU {{PORTUGAL}} POUR {{1 MOIS}}). AGENT DIT IMPOSSIBLE NUMERO ETRANGER DS LE LOGICIEL 🤷",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg {{mont de marsan}} {{layne}}: mme [[PERSONNE:Dubroca]] {{84a}} arrive de l {{ehpad les jardins d arcadie}}, fiche de liaison avec ipp [[IDENTIFIANT:P00387264]] + dossier med. fille [[PERSONNE:christine]] injoignable au [[TELEPHONE:05 58 46 71 29]]",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "ccas {{tulle}} appels matin : 5 pr le {{repas des aines}}, 2 pr la {{mutuelle communale}}, 1 pr un logement. secretaire dit « le {{mardi}} c est calme »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Charente-Maritime}} : un gendarme appelle pour un homme trouvé sur un banc à {{Royan}}, « M. [[PERSONNE:Ahmed Belkacem]], né en [[DATE_NAISSANCE:1967]], dit-il ». L'écoutante le connaît, il était au {{CHRS}} de {{Saintes}} l'an dernier. Une place est trouvée à l'accueil de nuit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bergerac}} chez M. [[PERSONNE:Damien Faure]], travailleur indépendant (déclare {{0 €}} de revenus). Dans la cour : une camionnette blanche immatriculée [[IMMATRICULATION:CZ-771-PA]], logo « {{Faure Rénovation}} ». Le contrôleur, M. [[PERSONNE:Olivier Peyrat]], relève le numéro SIRET sur la porte : [[IDENTIFIANT:893 417 265 00012]]. Allocataire n° [[N_ALLOCATAIRE:2408637]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{ccas}} {{bordeaux}} {{grand parc}}: mr [[PERSONNE:Sivakumar]] demande domiciliation + aide {{cantine}}. tel [[TELEPHONE:06.39.98.20.47]] mail [[EMAIL:siva.kumar1981@hotmail.fr]] . agent [[PERSONNE:paul]] dit delai {{3 semaines}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière d'un {{EHPAD}} de {{Saint-Junien}} appelle : Mme [[PERSONNE:Yvette Chaput]], {{93 ans}}, née le [[DATE_NAISSANCE:8 août 1931]], est transférée pour une suspicion de fracture du col. L'agente note le nom de la cadre qui appelle, Mme [[PERSONNE:Souchaud]], et son {{poste 2214}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} agent verifie a voix haute : « vous etes bien madame [[PERSONNE:Faye]], nee le [[DATE_NAISSANCE:vingt trois septembre quatre vingt dix]] ? » oui. elle a la {{CSS}} mais le pharmacien veut pas. ticket resolu en {{6 min}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jonathan Petit]] vient contester une sanction (radiation {{1 mois}}). Il a bien envoyé son attestation mais l'agence l'a perdue. La conseillère (Mme [[PERSONNE:Hamidi]]) retrouve le document scanné dans son espace. Identifiant [[ID_FRANCE_TRAVAIL:4085532 N]]. Radiation annulée en {{10 minutes}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{BRIVE}} : REPAS DU SOIR {{19H}}, {{24 COUVERTS}}. {{2 EDUCS}} + {{1 VEILLEUR}}. ON PARLE FOOT, DU {{CA BRIVE}} ET DE LA NEIGE A {{MEYMAC}}. {{PERSONNE}} NE PARLE DES PBS 🙂",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Khadidja Bouzid]], née le [[DATE_NAISSANCE:12 juillet 1978]] au {{Maroc}}, vient déposer une demande de {{RSA}}. L'agente ([[PERSONNE:Florence Tessier]]) remplit avec elle : NIR [[NIR:2 78 07 99 350 426 51]], RIB {{Crédit Mutuel}} [[IBAN:FR76 1027 8046 5011 6677 3731 936]]. Elle vit chez sa sœur, [[ADRESSE:6 résidence Les Tilleuls, 33150 Cenon]], depuis {{janvier}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{CAF}} {{PAU}} : ACCUEIL FERME {{12H-13H30}}, LES GENS ATTENDENT DEHORS SOUS LA PLUIE ☔ . A LA REOUVERTURE {{17 TICKETS}} D UN COUP. AGENT: « ON EST {{3 AU LIEU DE 6}} »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un étudiant à {{Poitiers}}, [[PERSONNE:Hugo Lemaire]], pour l'{{APL}} : sa propriétaire, Mme [[PERSONNE:Baudry]], n'a pas rempli l'attestation de loyer. L'agent lui dit de la relancer. Adresse du logement : [[ADRESSE:22 rue de la Cathédrale, appartement 3B, 86000 Poitiers]]. Allocataire depuis {{septembre}}, n° [[N_ALLOCATAIRE:8601734]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "dictée : appel de madame [[PERSONNE:Rakotomalala]] virgule elle épelle [[PERSONNE:R A K O T O M A L A L A]] point son numéro de téléphone est le [[TELEPHONE:05 36 49 27 80]] point elle demande un rendez-vous pour la {{prime d activité}} point",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl {{caf}} {{agen}} {{montanou}} : la fam [[PERSONNE:hamdaoui]] heberge le cousin [[PERSONNE:yassine]] non declare. voiture du cousin [[IMMATRICULATION:EF 604 RT]] garee devant. controleur [[PERSONNE:lafon]] demande la {{carte grise}}. alloc n° [[N_ALLOCATAIRE:4703318]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "Rappel de procédure par la contrôleuse dans la voiture : on sonne, on se présente, carte professionnelle, on ne rentre que si la personne accepte. Elle a un tableau {{Excel}} avec {{6 adresses}} aujourd'hui dans le {{Médoc}}, de {{Pauillac}} à {{Lesparre}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "cpam {{bayonne}}: mr [[PERSONNE:Arrieta Iñaki]] frontalier, bosse a {{irun}}. veut la {{carte europeenne}}. donne rib espagnol [[IBAN:ES33 2095 0611 0091 0382 9471]] pr les remboursements, l agent sait pas si c est possible, appelle sa cheffe [[PERSONNE:Maite]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une étudiante, [[PERSONNE:Chloé Brisset]], {{23 ans}}, née à {{Poitiers}} en [[DATE_NAISSANCE:septembre 2001]], vient parce que sa {{carte Vitale}} est au nom de ses parents. L'agent lui crée son compte {{Ameli}} sur place, NIR affiché [[NIR:2 01 09 86 194 030 68]], mail [[EMAIL:chloe.brisset@etu.univ-poitiers.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} file d attente : message « en raison d un fort trafic... » en boucle. l agent me montre son ecran : {{57 appels}} en attente, {{14}} agents connectes sur toute la {{nouvelle aquitaine}}. moyenne {{22 min}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré, M. [[PERSONNE:Patrick Lestage]], appelle : ses remboursements arrivent sur un compte clôturé. L'agent lui demande de lire son nouvel IBAN, il lit lentement : « [[IBAN:FR76 1333 5074 2168 6335 3861 493]] ». L'agent répète, il faudra quand même envoyer le RIB par le compte {{Ameli}}. Banque : {{Caisse d'Épargne}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "visite dom cpam {{16}} — agent assermente [[PERSONNE:Laurent]] — chez mme [[PERSONNE:Mazeau]] [[ADRESSE:9 rue Saint-Roch 16000 Angouleme]]. arret de travail depuis le {{03/01}}, elle est bien la. tout ok {{15 min}}. elle dit « c est la {{2e fois}} qu on me controle »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Niort}} : M. [[PERSONNE:Jérémy Guillot]], {{29 ans}}, sorti de prison le mois dernier. Il présente sa carte d'identité, n° [[IDENTIFIANT:9X4KT2RL7]], et un certificat de la maison d'arrêt. L'agente, [[PERSONNE:Pauline]], le reçoit sans jugement, lui explique l'accès à la {{Mission locale}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{poitiers}} {{3 cites}} permanence : mme [[PERSONNE:sow fatou]] (tel [[TELEPHONE:0639984176]]) pr bons alim {{epicerie sociale}}. agent [[PERSONNE:Dominique]] lui donne {{2 bons}} de {{30€}}. mme dit que son mari [[PERSONNE:ibrahima]] est malade",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un bailleur ({{Habitat 17}}) au {{CCAS}} de {{Rochefort}} : un locataire, M. [[PERSONNE:Lucien Morin]], {{68 ans}}, a {{4 mois}} de loyers impayés. Référence locataire [[IDENTIFIANT:17-0093-4412]]. Le bailleur demande une visite. L'agente note l'adresse : [[ADRESSE:14 avenue Jean Jaurès, appartement 12, 17300 Rochefort]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite {{ccas}} {{bressuire}} chez mme [[PERSONNE:gaborit]] {{88a}} seule ds ferme isolee [[ADRESSE:3 la gachere, 79300 bressuire]]. chauffage au bois, elle coupe encore son bois a {{88 ans}} 😳. son voisin [[PERSONNE:jean-marc]] passe tous les jours",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{CH de Périgueux}}, {{3h du matin}} (j'ai suivi l'équipe de nuit). M. [[PERSONNE:Alain Vidal]], {{67 ans}}, amené par sa femme, douleur thoracique. L'agent des admissions crée le dossier : adresse [[ADRESSE:8 rue des Vignes, 24750 Trélissac]], né le [[DATE_NAISSANCE:2 février 1957]]. Il est pris tout de suite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg {{libourne}} {{robert boulin}}: la voiture d un patient [[IMMATRICULATION:fk-508-zm]] bloque l entree des ambulances. agent annonce au micro « le proprietaire de la {{clio}} grise immatriculee [[IMMATRICULATION:FK 508 ZM]] svp »... 2 fois. personne vient",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne toutes les {{2 minutes}}. Des familles, des ambulanciers privés, la régulation du {{15}}. L'agente dit : « si je décroche, je ne peux plus accueillir ». Elle laisse sonner {{4 fois sur 5}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs {{tulle}}: entretien sortie, mr [[PERSONNE:Wojcik]] obtient un logement {{Corrèze Habitat}} [[ADRESSE:apt 5, 12 rue de la Barrière, 19000 Tulle]] a partir du {{1er}}. il a besoin meubles, l educ appelle {{Emmaüs}}. num {{SIAO}} du dossier [[IDENTIFIANT:SIAO-19-2024-0387]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} de {{Mont-de-Marsan}} : {{5 résidents}}, une éducatrice, un grand plat de {{garbure}}. On parle du match de rugby de {{samedi}} ({{Stade Montois}}). Une femme rit pour la première fois depuis son arrivée, dit l'éducatrice.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{bayonne}} dictee vocale de l ecoutant virgule homme de {{45 ans}} virgule s appelle [[PERSONNE:Patxi]] virgule dort sous le pont {{Saint-Esprit}} point telephone [[TELEPHONE:zero six trente neuf quatre vingt dix huit zero deux soixante]] point pas de place ce soir point",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vienne}}, {{19h}} : une travailleuse sociale de l'hôpital de {{Châtellerault}} signale la sortie de M. [[PERSONNE:Kévin Moreau]], né le [[DATE_NAISSANCE:14 mai 1993]], sans domicile. Elle donne son numéro direct, [[TELEPHONE:05 49 02 77 31]], et le n° de la demande {{SIAO}}, [[IDENTIFIANT:86-24-01877]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement d'insertion, intermédiation locative ({{Solibail}}). Mme [[PERSONNE:Mariam Diakité]] et ses {{3 enfants}}, [[ADRESSE:7 allée des Tournesols, 33270 Floirac]]. L'éducatrice vérifie l'entretien, le paiement de la participation ({{10 %}} des ressources). Tout est impeccable, les dessins des enfants sur le frigo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "tour des chambres {{chrs}} {{la rochelle}} {{22h30}} avec le veilleur: {{12 ch}}, {{11 occupees}}, 1 absent sans prevenir. interdiction alcool rappelée {{2 fois}}. calme",
    ),
    (
        "france_travail",
        "accueil_physique",
        "ft {{la rochelle}} inscription mr [[PERSONNE:theo girard]] {{25a}}, num secu [[NIR:1 99 08 17 300 282 36]], ne le [[DATE_NAISSANCE:21.08.1999]] a la rochelle, diplome bts {{MUC}}. conseiller [[PERSONNE:Amaury]] cree son identifiant [[ID_FRANCE_TRAVAIL:1764508 C]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de suivi de M. [[PERSONNE:Abdoulaye Sy]], {{38 ans}}, ex-chauffeur poids lourd, inapte après une opération du dos. La conseillère, Mme [[PERSONNE:Gaëlle Le Bihan]], propose une orientation vers {{Cap emploi}}. Il montre sa notification {{MDPH}}, dossier n° [[IDENTIFIANT:2023-87-004512]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le directeur d'agence me dit : {{2 400 demandeurs}} pour {{14 conseillers}} à {{Bergerac}}. Portefeuilles de {{170}} en « accompagnement », {{350}} en « suivi ». Il voudrait plus de conseillers entreprise pour les {{vendanges}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL {{3949}} : MME [[PERSONNE:KONE]] NE RECOIT PLUS SES {{ARE}} DEPUIS {{2 MOIS}}. LA CONSEILLERE [[PERSONNE:STEPHANIE]] TROUVE : RIB ERRONE. NOUVEAU RIB DICTE [[IBAN:FR76 3000 3074 0004 5052 8559 636]]. PAIEMENT RELANCE SOUS {{48H}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un employeur de {{Cognac}} ({{tonnellerie}}) pour une offre de tonnelier. Le chargé de relation entreprise prend le nom du candidat recommandé : « le jeune [[PERSONNE:Baptiste Rousseau]], je l'ai eu en stage ». Offre n° {{179KDLM}}, SIRET de l'entreprise {{412 739 018 00023}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "caf {{mont de marsan}} ➡️ jeune couple pr {{prime de naissance}}, mr [[PERSONNE:Duprat]] et mme [[PERSONNE:Saint-Martin]]. tel donne [[TELEPHONE:06 39 98 67 12]] , n alloc [[N_ALLOCATAIRE:4018825]]. bebe prevu {{avril}}",
    ),
    (
        "caf",
        "accueil_physique",
        "{{CAF}} {{BORDEAUX}} {{RIVE DROITE}} : MR [[PERSONNE:LEROUX STEPHANE]] NE LE [[DATE_NAISSANCE:19/03/85]] A BORDEAUX, NIR [[NIR:185033306388425]], DEMANDE {{PRIME D ACTIVITE}} APRES {{CDD}} CHEZ {{CDISCOUNT}}. AGENT [[PERSONNE:MARIE]] LUI DIT DE TOUT FAIRE EN LIGNE 🙄",
    ),
    (
        "caf",
        "accueil_physique",
        "Une grand-mère, Mme [[PERSONNE:Josiane Texier]], accompagne sa petite-fille [[PERSONNE:Maëlys]], {{17 ans}}, enceinte. Elles demandent ce qu'elle peut toucher. L'agent explique qu'à 17 ans elle n'est pas allocataire en propre. Téléphone laissé pour rappel : [[TELEPHONE:05 36 49 60 18]]. {{Caf de Charente-Maritime}}, {{Saintes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "qd on arrive a la caf de {{gueret}} ya {{personne}}… l agent dit que le {{jeudi}} c est tjs calme, les gens viennent le {{lundi}}. on parle de la fermeture du {{point relais}} de {{bourganeuf}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Ousmane Ndiaye]] (le fils, pas le père, il précise) : il veut que l'{{AAH}} de son père soit versée sur un compte {{BNP}} à son nom, [[IBAN:FR76 3000 4020 6402 8225 1239 364]]. L'agente refuse : le compte doit être au nom du bénéficiaire ou d'un tuteur. Il raccroche énervé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "dictée vocale : madame [[PERSONNE:Lucie Bonnet]] demande pourquoi elle ne reçoit plus les mails de la {{caf}} virgule l agent vérifie l adresse [[EMAIL:lucie point bonnet 87 arobase laposte point net]] point il manque le point dans le dossier point d interrogation",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Mérignac}} {{Beutre}}, M. [[PERSONNE:Régis Chauvin]] (contrôleur) et moi. Allocataire : Mme [[PERSONNE:Sabrina Da Costa]], {{37 ans}}, née à Mérignac en [[DATE_NAISSANCE:octobre 1987]], NIR [[NIR:2 87 10 33 281 689 46]] vérifié sur sa carte. Elle vit avec ses {{2 enfants}} au [[ADRESSE:41 avenue de la Somme, 33700 Mérignac]]. Le logement est propre, rien à signaler. Durée : {{40 minutes}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "cpam {{limoges}} : jeune [[PERSONNE:Shevchenko Olena]] ukrainienne, {{protection temporaire}}, APS n° [[IDENTIFIANT:8700215634]] pr ouvrir droits {{PUMa}}. interprete au tel via {{ISM}}. agent [[PERSONNE:Nicolas]] patient ++",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aurélie Chabanne]], née le [[DATE_NAISSANCE:3 novembre 1992]] à {{Limoges}}, vient pour un congé maternité mal calculé. L'agent consulte ses {{IJ}} à l'écran (NIR [[NIR:2 92 11 87 085 972 76]]) : il manque une attestation de salaire de son employeur, {{Legrand}}. Il lui imprime un courrier-type.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "appel {{cpam}} : mr [[PERSONNE:fontaine]] (ça fait rire l agent, il a une {{fontaine a eau}} a cote de lui 😂) demande son attestation de droits. adresse pr envoi [[ADRESSE:13 rue du Moulin 87200 St-Junien]]. {{5 min}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation des nouveaux agents de la plateforme : ils ont {{3 semaines}} de formation puis sont au téléphone. L'un d'eux me dit qu'il raccroche parfois « en ayant l'impression d'avoir rien résolu ». Objectif : {{80 appels par jour}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt maladie à {{Lons}} ({{64}}). M. [[PERSONNE:Bernard Lacaze]], {{63 ans}}, maçon. Adresse : [[ADRESSE:3 rue des Pyrénées, 64140 Lons]]. Absent au premier passage à {{10h15}} ; il revient à {{10h40}}, il était à la pharmacie (ticket de caisse à l'appui). L'agente note le NIR [[NIR:161016444513597]] et l'heure.",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{bayonne}} {{hauts de sainte croix}}: permanence {{chèque énergie}}, {{9 pers}} ds la matinee. agent explique {{15 fois}} la meme chose, avec le sourire. affiche en basque + francais",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire d'urgence : M. et Mme [[PERSONNE:Nguyen]] ([[PERSONNE:Vinh]] et [[PERSONNE:Hoa]]), arrivés de {{Lyon}} il y a {{deux semaines}}, logés chez un cousin au [[ADRESSE:5 rue Carnot, 24000 Périgueux]]. L'agente du {{CCAS}} leur donne un {{colis}} et un rendez-vous avec l'assistante sociale, Mme [[PERSONNE:Delmas]], {{lundi 9h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "APPEL {{CCAS}} {{ANGLET}}: MME [[PERSONNE:ETCHEBERRY]] SIGNALE SON VOISIN M. [[PERSONNE:GARAT]] QUI CRIE LA NUIT, {{90 ANS}}, SEUL. ELLE DONNE SON TEL A ELLE [[TELEPHONE:05 59 63 28 14]]. ASSISTANTE SOCIALE PASSERA {{DEMAIN}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} de {{Limoges}} reçoit beaucoup d'appels pour le {{plan canicule}} : inscription des personnes âgées isolées sur le registre. La secrétaire en a eu {{23}} ce matin. Elle prend juste le nom et le téléphone, sur un formulaire papier que je n'ai pas vu.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite {{ccas}} {{cenon}} {{palmer}} mme [[PERSONNE:Boukhari]] {{6e}} etage sans ascenseur, genou opere. demande relogement, dossier {{logement social}} n° unique [[IDENTIFIANT:033112400871234]]. adresse [[ADRESSE:bat C, 2 place Jean Moulin 33150 Cenon]]",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au domicile de M. [[PERSONNE:Gilles Perrin]], {{59 ans}}, en perte d'autonomie après un {{AVC}}, dans un mobil-home au [[ADRESSE:camping Les Chênes, emplacement 17]], à {{Soulac-sur-Mer}}. L'assistante sociale, Mme [[PERSONNE:Yasmina Cherif]], note : pas d'eau chaude, hiver difficile. Sa sœur, [[PERSONNE:Annick]], habite {{Lesparre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg {{bayonne}} nuit: routier espagnol [[PERSONNE:Javier Ortega]] malaise sur {{A63}}, son camion [[IMMATRICULATION:4821 KJM]] reste sur l aire de {{Saint-Jean-de-Luz}}, gendarmes ont les clés. pas de {{carte europeenne}}, agent fait fiche {{tarif etranger}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit du {{samedi}} : beaucoup d'étudiants alcoolisés, deux bagarres, un chien d'assistance dans la salle d'attente. L'agent de sécurité (un grand gaillard, très doux) fait le lien avec l'accueil. {{52 passages}} entre {{20h}} et {{6h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Marie-Josée Lubin]], née le [[DATE_NAISSANCE:11 décembre 1971]] à {{Pointe-à-Pitre}}, arrive seule aux urgences de {{Saintes}} pour une crise d'asthme. L'agente d'admission retrouve son dossier avec son NIR, [[NIR:2 71 12 97 120 588 88]], et appelle son fils, [[PERSONNE:Dylan]], au [[TELEPHONE:06 39 98 51 77]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "tel urg {{agen}} : une mere appelle pr son fils [[PERSONNE:enzo]] {{16 ans}} arrive en ambu, elle demande si elle peut venir. agent dit oui, demande ddn pr retrouver le dossier → « le [[DATE_NAISSANCE:30 juin 2008]] »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission en urgence au {{CHRS Leydet}} ({{Bordeaux}}). Mme [[PERSONNE:Samia Kaddour]], victime de violences conjugales, arrive avec son fils de {{4 ans}}, [[PERSONNE:Nassim]]. L'éducatrice, [[PERSONNE:Maëva]], relève sa plainte n° [[IDENTIFIANT:2024/00817]] du commissariat de {{Mérignac}}. Elle ne veut surtout pas que son conjoint, [[PERSONNE:Farid]], sache où elle est.",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs {{perigueux}} {{14h}}: reunion des residents, {{9}} presents sur {{18}}. sujets: wifi, horaires de la laverie, le chat du voisin ({{Caramel}}) qui rentre dans les chambres 🐈. vote a main levee",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Landes}} : appel de la gendarmerie de {{Morcenx}}. Un couple dort dans une voiture, une {{Peugeot 206}} immatriculée [[IMMATRICULATION:7382 WY 40]], depuis {{une semaine}}. Lui s'appelle [[PERSONNE:Frédéric Labarthe]], elle [[PERSONNE:Nathalie]]. Pas de places dans le département, le 115 propose une nuit d'hôtel à {{Dax}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "dictee {{115}} : appelant donne son nom [[PERSONNE:Ait Ahmed Karim]] virgule ne le [[DATE_NAISSANCE:premier janvier mille neuf cent quatre vingt]] virgule numero de demande {{siao}} [[IDENTIFIANT:33 2024 11 567]] point",
    ),
    (
        "chrs",
        "controle_sur_place",
        "visite ctrl logement {{ALT}} {{angouleme}} {{basseau}}: appart de mr [[PERSONNE:Demir]] vide, la voisine dit qu il est parti en {{turquie}} depuis {{1 mois}}. compteur {{EDF}} coupé. l educ [[PERSONNE:Julien]] laisse un mot + appelle [[TELEPHONE:+90 532 418 27 63]] pas de reponse",
    ),
    (
        "france_travail",
        "accueil_physique",
        "ft {{bordeaux}} {{bastide}}: rdv {{CEJ}} [[PERSONNE:Naël]] {{19a}}, ident [[ID_FRANCE_TRAVAIL:5092716 P]], il a oublié le mdp de [[EMAIL:nael.b33@gmail.com]], conseillere [[PERSONNE:Ophélie]] reinitialise. il veut faire {{cuisinier}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une conseillère reçoit M. [[PERSONNE:Sébastien Roche]], {{46 ans}}, ancien cadre chez {{Thales}}, licencié économique. {{CSP}} (contrat de sécurisation professionnelle) : il touche {{75 %}} de son salaire. Identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:6638290 V]]. Il veut créer une entreprise de conseil. Elle lui parle de l'{{ARCE}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "PLATEFORME {{FT}} {{NOUVELLE-AQUITAINE}} : {{38 CONSEILLERS}} AU TEL, {{1 SUPERVISEUR}}. ECRAN MURAL : {{312 APPELS}} EN ATTENTE A {{9H02}} 😱. {{LUNDI}} + JOUR D ACTUALISATION = CATASTROPHE",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Oumou Keïta]], qui a déménagé de {{Saint-Denis}} à {{Limoges}}. Elle veut transférer son dossier. Le conseiller prend l'identifiant, [[ID_FRANCE_TRAVAIL:0821447 Z]], le nouveau téléphone, [[TELEPHONE:07 81 33 40 62]], et la nouvelle adresse : [[ADRESSE:18 rue François Perrin, 87000 Limoges]]. Transfert fait pendant l'appel.",
    ),
    (
        "caf",
        "accueil_physique",
        "À la {{Caf des Deux-Sèvres}} ({{Niort}}), Mme [[PERSONNE:Anaïs Giraud]], {{29 ans}}, née à Niort le [[DATE_NAISSANCE:8 mars 1995]], ouvre un dossier de {{prime d'activité}}. Elle dicte son RIB au chiffre près : [[IBAN:FR76 1240 6042 3667 3653 2680 840]]. L'agent (M. [[PERSONNE:Yvon Baudouin]]) saisit et me montre l'écran : « clé RIB valide ». NIR : [[NIR:2 95 03 79 191 834 79]].",
    ),
    (
        "caf",
        "accueil_physique",
        "caf {{bx}} accueil: mme [[PERSONNE:bah]] {{3 enfants}}, avec sa voisine [[PERSONNE:Rosa]] qui traduit du peul. alloc [[N_ALLOCATAIRE:3319406]], rdv {{asf}} (allocation de soutien familial), l agent dit que le pere [[PERSONNE:mamadou bah]] doit etre « recherché » d abord",
    ),
    (
        "caf",
        "accueil_physique",
        "Le hall de la {{Caf de Limoges}} a été refait : fauteuils, jeux pour enfants, une {{fontaine à eau}} (vide). Les agents d'accueil portent un badge avec leur prénom seulement. L'un d'eux m'explique : « depuis une agression en {{2022}}, on ne met plus le nom ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "TEL {{CAF 24}} : MME [[PERSONNE:LAVAL CORINNE]] N ALLOC [[N_ALLOCATAIRE:2403719]] NEE LE [[DATE_NAISSANCE:12 03 1968]] VEUT SAVOIR SI SA FILLE [[PERSONNE:MANON]] {{20 ANS}} COMPTE ENCORE POUR L {{APL}}. REPONSE: OUI JUSQU A {{21 ANS}} SI REVENUS < PLAFOND",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle en larmes : sa {{prime d'activité}} a baissé de {{200 €}}. L'agent, [[PERSONNE:Cédric]], reprend ses déclarations : elle a déclaré son salaire brut au lieu du net. Correction faite. Elle s'appelle [[PERSONNE:Jennifer Bouchet]], allocataire n° [[N_ALLOCATAIRE:1603288]]. Rappel dans le mois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dans un quartier pavillonnaire de {{Gradignan}}. Mme [[PERSONNE:Leïla Benhamou]] déclare être seule. Deux voitures dans l'allée : la sienne ({{Twingo}}, [[IMMATRICULATION:GA-125-SE]]) et une {{Audi A3}} ([[IMMATRICULATION:FN-902-WH]]) au nom de M. [[PERSONNE:Christophe Dussol]], selon le contrôleur qui a consulté le {{SIV}}. Elle dit que c'est un ami. Le contrôleur, [[PERSONNE:Arnaud]], reste neutre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl {{caf}} annule: {{personne}} a la maison, {{2e passage}} prevu. le controleur laisse un avis de passage. on repart vers {{Lormont}}, {{25 min}} de rocade 🚗",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une jeune femme, [[PERSONNE:Clara Moulinié]], {{21 ans}}, vient pour son rattachement en propre (elle était sur la carte de sa mère). Née le [[DATE_NAISSANCE:17 janvier 2003]] à {{Agen}}. L'agent, [[PERSONNE:Stéphane Brun]], lui explique la démarche, note le NIR [[NIR:2 03 01 47 001 506 01]]. Elle travaille chez {{Lidl}} à {{Boé}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "cpam {{perigueux}} mr [[PERSONNE:vigier]] donne rib pr rembourst, l agent lit a voix haute « [[IBAN:fr76 1090 7005 0302 0872 3355 273]] » et tape. {{bpaca}}. il attend depuis {{2 mois}} ses remboursements kine",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une agente me dit que {{30 %}} des appels concernent les arrêts de travail, {{20 %}} la {{carte Vitale}}, le reste un peu de tout. Elle a un script à l'écran mais ne le suit pas : « chaque appel est différent ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "transcription : l agent dit virgule votre numéro définitif c est le [[NIR:1 00 08 99 155 782 24]] point monsieur [[PERSONNE:Bondarenko]] répète mal point il est arrivé d {{Ukraine}} en {{2022}} point",
    ),
    (
        "cpam",
        "controle_sur_place",
        "cpam controle {{ij}} : chez [[PERSONNE:jean-louis baptiste]] a {{sainte-foy-la-grande}}, adresse [[ADRESSE:7 cours de la victoire 33220 ste foy la grde]]. absent. voisin dit « il fait les {{vendanges}} chez [[PERSONNE:Chollet]] »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide facultative : M. [[PERSONNE:Mohamed Lamine Condé]], guinéen, {{26 ans}}, débouté de l'asile, hébergé chez un compatriote. Il montre son passeport guinéen (n° [[IDENTIFIANT:R0264913]]) et un récépissé de la {{préfecture de la Gironde}}. L'agent, [[PERSONNE:Anthony]], lui explique que sans titre de séjour, l'aide est limitée. Date de naissance sur le passeport : [[DATE_NAISSANCE:04/04/1998]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{LIBOURNE}} {{10H}} : {{7 PERS}} EN ATTENTE, DONT 2 POUR LE {{CHEQUE SPORT}}, 3 POUR LE {{FSL}}. AGENT SEULE A L ACCUEIL, ELLE FAIT AUSSI LE TEL. BCP DE PATIENCE",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} de {{Saintes}} reçoit l'appel de Mme [[PERSONNE:Hamon]], assistante sociale du {{Département}}, pour un monsieur qui vit dans un cabanon à {{Chaniers}} : M. [[PERSONNE:Raymond Guédon]], {{74 ans}}, [[ADRESSE:12 chemin des Vignes, 17610 Chaniers]]. Pas d'eau, pas d'électricité. Le CCAS prévoit une visite {{vendredi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite dom {{ccas}} {{biarritz}}: mr [[PERSONNE:Oyharçabal]] {{70a}} vit ds son camping-car [[IMMATRICULATION:BK-347-XF]] sur le parking de la {{milady}}. pas d adresse donc domiciliation ccas. l as [[PERSONNE:Marion Elissalde]] lui parle de l {{EHPAD}}, il rigole",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Pellegrin}}, {{18h30}} : Mme [[PERSONNE:Sabine Nouvel]] arrive avec sa fille de {{3 ans}}, [[PERSONNE:Jade]], fièvre à {{40}}. L'agente d'accueil lui demande le carnet de santé, la {{carte Vitale}}, la mutuelle ({{MAAF}}, n° [[IDENTIFIANT:4512 8874 03]]). Salle d'attente pleine de poussettes.",
    ),
    (
        "urgences",
        "accueil_physique",
        "ADMISSION URG {{ARCACHON}} : TOURISTE CORSE MR [[PERSONNE:SANTONI]], NIR LU SUR LA CARTE VITALE [[NIR:1 73 02 2A 004 389 39]], {{51 ANS}}, COUPURE PROFONDE (HUITRE 🦪). SA FEMME [[PERSONNE:PAOLA]] DONNE SON TEL [[TELEPHONE:+33 6 39 98 13 45]]",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle pour savoir s'il peut venir pour une rage de dents. L'agente le réoriente vers le {{15}} et le dentiste de garde. Elle me dit : « la moitié des appels, ce n'est pas pour les urgences ». {{3 minutes}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs {{pau}} accueil: jeune [[PERSONNE:Mamadou Saliou Barry]] {{MNA}} devenu majeur, ne le [[DATE_NAISSANCE:01/01/2006]] (date « administrative » dit l educ). titre de sejour en cours, recepisse [[IDENTIFIANT:6400873219]]. educ [[PERSONNE:Ludovic]] cherche une place {{FJT}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS}} d'{{Agen}}, l'éducatrice aide M. [[PERSONNE:Dimitri Popov]], {{52 ans}}, à faire son dossier {{RSA}}. Il vient d'ouvrir un compte au {{CIC}} grâce au droit au compte : [[IBAN:FR76 3006 6031 1542 0705 7862 280]]. Il est fier de son premier chéquier depuis {{10 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} de la {{Haute-Vienne}}. Appel de Mme [[PERSONNE:Gisèle Ferrand]], {{61 ans}}, à la {{gare de Limoges-Bénédictins}}. Son mari l'a mise dehors. Elle donne le numéro de sa fille, [[PERSONNE:Audrey]] : [[TELEPHONE:06 39 98 88 21]]. L'écoutant trouve une place au {{CHRS Le Roseau}} pour la nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{64}} {{02H10}}: POLICE DE {{BAYONNE}} SIGNALE FAMILLE AVEC BEBE DS VOITURE IMMAT BELGE [[IMMATRICULATION:1-KTB-482]], PERE [[PERSONNE:MARKOVIC DRAGAN]]. PAS DE PLACE, MISE A L ABRI HOTEL {{IBIS BUDGET}} {{CHAMBRE 212}}",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de contrôle des appartements diffus avec le chef de service : il vérifie les extincteurs, les détecteurs de fumée, l'état général. {{4 appartements}} en {{2 heures}}. Il note tout sur une tablette. Pas de contact avec les résidents absents.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "ft {{poitiers}} {{couronneries}} : mme [[PERSONNE:mbemba grace]] {{32 a}} aide a domicile, {{sap}}. ident [[ID_FRANCE_TRAVAIL:4419360L]] , mail [[EMAIL:grace.mbemba(at)yahoo.fr]]. conseillere [[PERSONNE:Sarah]] lui propose {{job dating}} {{ADMR}} jeudi",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil de l'agence de {{Brive}} : un jeune de {{24 ans}}, [[PERSONNE:Kylian Mazière]], vient avec son père. Il veut être militaire. La conseillère lui donne le contact du {{CIRFA}} de {{Limoges}}. Le père donne son propre numéro pour être sûr : [[TELEPHONE:05 55 17 34 09]]. Identifiant du fils : [[ID_FRANCE_TRAVAIL:3902175 X]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi saisonnier à l'agence de {{Lacanau}} : {{12 employeurs}} (campings, surf-shops, restaurants), {{140 visiteurs}}. Les CV s'échangent à la main. Une conseillère me dit que les saisonniers ne trouvent pas à se loger : « ils dorment dans leur voiture ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "tel ft : mr [[PERSONNE:Larrieu Pierre]] demande pq son {{ARE}} a baissé. conseiller: « vous avez declaré {{60h}} chez {{Intermarché}} ». l homme dit qu il est tailleur de {{pierre}}, pas d offres ds le {{lot-et-garonne}}. id [[ID_FRANCE_TRAVAIL:2781054 D]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une conseillère vers M. [[PERSONNE:Hamid El Idrissi]] qui avait laissé un message : il a trouvé un {{CDI}} chez {{Airbus}} à {{Mérignac}} (via une agence d'intérim, {{Adecco}}). Elle clôture sa recherche. Il épelle son mail : « [[EMAIL:h.elidrissi@free.fr]] ». Identifiant [[ID_FRANCE_TRAVAIL:0617392 F]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : attente annoncee {{8 min}}, reelle {{26 min}}. conseiller decroche et dit « {{france travail}} bonjour » tres vite, {{40 appels}} / jour qu il me dit",
    ),
    (
        "caf",
        "accueil_physique",
        "CAF {{PESSAC}} : MR [[PERSONNE:SECK ABDOULAYE]] NE EN [[DATE_NAISSANCE:DEC 1990]] A {{DAKAR}}, 1ERE DEMANDE {{APL}}. NIR [[NIR:1 90 12 99 341 632 45]] + RIB {{LCL}} [[IBAN:FR76 3000 2052 5313 7790 4435 121]]. L AGENTE [[PERSONNE:CATHY]] VERIFIE TT, MANQUE LE BAIL. REVIENT {{LUNDI}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman, Mme [[PERSONNE:Amandine Caron]], vient avec son bébé dans une poussette. Séparation récente, elle veut faire passer les allocations à son nom. L'agent lui demande le jugement du {{JAF}} : RG [[IDENTIFIANT:24/01358]], {{tribunal judiciaire de Bordeaux}}. Son ex, M. [[PERSONNE:Kevin Lambert]], touchait tout. Nouveau numéro allocataire à créer.",
    ),
    (
        "caf",
        "accueil_physique",
        "ambiance caf {{angouleme}} ce matin: calme, {{4 agents}}, {{1 stagiaire}}. une dame apporte des chocolats pr l accueil 🍫 « vous m avez bien aidee l an dernier ». les agents sont touches",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une allocataire qui a déménagé de {{Bayonne}} à {{Boucau}} : nouvelle adresse, [[ADRESSE:9 rue des Forges, 64340 Boucau]]. L'agent met à jour et vérifie le mail : « [[EMAIL:amaia.duhalde@sfr.fr]] ». Elle s'appelle [[PERSONNE:Amaia Duhalde]], numéro allocataire [[N_ALLOCATAIRE:6420518]]. {{7 minutes}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl caf {{limoges}} {{val de l aurence}}: mme [[PERSONNE:Bernardi]] [[ADRESSE:21 rue Louis Armand 87100 Limoges]] declare {{4 enfants}} a charge mais l aine [[PERSONNE:Tom]] ({{22a}}) vit a {{Bordeaux}} depuis sept. controleur [[PERSONNE:Guy]] explique l indu probable. alloc [[N_ALLOCATAIRE:8719204]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "Pause déjeuner avec le contrôleur dans un café de {{Ribérac}}. Il parle de son métier : {{220 contrôles}} par an, beaucoup de situations de grande précarité, « on n'est pas des flics ». Il a été agent d'accueil pendant {{12 ans}} avant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "cpam {{pau}}: mme [[PERSONNE:maria da conceição ferreira]] {{55a}} nee au {{portugal}}, {{carte vitale}} perdue. nir [[NIR:2690599139190 42]]. agent [[PERSONNE:Julie]] commande une nouvelle carte, delai {{3 semaines}}. attestation imprimee en attendant",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil de la {{CPAM de la Charente}} à {{Angoulême}}. M. [[PERSONNE:Karim Mansouri]] vient contester un refus de prise en charge de transport. L'agent, M. [[PERSONNE:Franck Aubert]], lui explique la procédure de recours amiable. Il note son adresse mail : [[EMAIL:k.mansouri16@gmail.com]]. Le monsieur a {{3 enfants}}, dont un handicapé (dossier {{MDPH}} [[IDENTIFIANT:16-2022-07741]]).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : MR [[PERSONNE:CHEVALIER]] APPELLE POUR SA MERE HOSPITALISEE. AGENT DEMANDE NOM + DDN DE LA MERE → « [[PERSONNE:CHEVALIER ODETTE]], [[DATE_NAISSANCE:02/09/1938]] ». PAS DE PROCURATION DONC INFO LIMITEE. {{11 MIN}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacienne de {{Cognac}} : un assuré n'a plus de droits ouverts à l'écran. L'agente vérifie : M. [[PERSONNE:Didier Roux]], {{58 ans}}, dossier en cours de mutation depuis la {{CPAM du Lot}}. Elle lui donne le numéro de la caisse. Elle laisse son portable pour être rappelée : [[TELEPHONE:06 39 98 45 72]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "ctrl {{cpam}} {{dordogne}} : mr [[PERSONNE:dumas]] en arret, {{sarlat}}. on le trouve sur un echafaudage chez un voisin 😬 l agente note immat de sa camionnette [[IMMATRICULATION:dk-663-ya]], demande son nom complet : [[PERSONNE:Dumas Frédéric]]. pv de constat",
    ),
    (
        "ccas",
        "accueil_physique",
        "Au {{CCAS}} de {{Talence}}, Mme [[PERSONNE:Émilie Robin]], {{34 ans}}, mère isolée, demande une aide pour la cantine. L'agente, Mme [[PERSONNE:Coralie Faure]], lui donne le formulaire. Contact : [[TELEPHONE:06 39 98 34 90]], [[EMAIL:emilie.robin.33@orange.fr]]. {{Quotient familial}} : {{412}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{niort}} {{clou bouchet}}: mr [[PERSONNE:rousseau]] + chien ({{Max}}) demande domiciliation. il montre sa cni [[IDENTIFIANT:120479312456]]. agent dit ok, courrier dispo {{lun-ven}} {{9h-12h}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "dictee vocale point le {{ccas}} de {{bègles}} reçoit {{12 appels}} par heure le matin virgule surtout pour le {{chèque énergie}} et les {{colis de noël}} point l agente est seule au standard point",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au domicile d'un couple âgé, M. et Mme [[PERSONNE:Ribeiro]] ([[PERSONNE:Joaquim]] et [[PERSONNE:Fernanda]]), 80 et {{78 ans}}, dans une maison humide au [[ADRESSE:4 impasse du Lavoir, 79000 Niort]]. Leur petit-fils, [[PERSONNE:Lucas]], sert d'aidant. L'agent du {{CCAS}} note : dossier {{APA}} à lancer, {{téléalarme}} à installer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VISITE {{CCAS}} {{ROCHEFORT}} : MME [[PERSONNE:LEBLANC]] {{66 ANS}}, RETRAITE {{780€}}, LOYER {{520€}}. ELLE MONTRE FACTURE {{ENGIE}} REF CLIENT [[IDENTIFIANT:3 041 227 869]]. L AS [[PERSONNE:NADEGE]] MONTE DOSSIER {{FSL}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission d'un patient de {{81 ans}}, M. [[PERSONNE:Henri Lagarde]], par son auxiliaire de vie, Mme [[PERSONNE:Zohra Belaïd]]. Elle a le dossier : date de naissance [[DATE_NAISSANCE:25 décembre 1942]], médecin traitant Dr [[PERSONNE:Castéra]], mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:781 204 336]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "urg {{chu poitiers}} {{miletrie}}: motard [[PERSONNE:alexis]] {{27 a}} amené par {{smur}}, moto [[IMMATRICULATION:GX-048-TB]] restee sur la {{N10}}. ipp cree [[IDENTIFIANT:8600912738]] . la copine arrive en pleurs, agent l installe a part",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{BRIVE}} {{17H}}: {{3 AMBULANCES}} EN MEME TEMPS, {{1 AGENT}} ADMIN. FILE DE {{8 PERSONNES}} AU GUICHET. UN PAPY DIT « ET MOI ALORS ». ON ATTEND.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle depuis l'{{Espagne}} : son mari, M. [[PERSONNE:Iker Goikoetxea]], a été hospitalisé {{hier soir}}. L'agent vérifie le registre, confirme qu'il est en {{UHCD}}, donne le numéro du service. Elle laisse son numéro : [[TELEPHONE:+34 612 47 93 08]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS La Halte}} ({{Saintes}}), M. [[PERSONNE:Yannick Le Gall]], {{44 ans}}, breton, arrivé il y a un mois. Il veut récupérer le {{RSA}} versé sur son ancien compte au {{Crédit Mutuel de Bretagne}} : [[IBAN:FR76 1558 9031 4446 3823 8976 263]]. L'éducateur l'aide à écrire au {{conseil départemental}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs {{chatellerault}}: entretien mr [[PERSONNE:Morisseau]] {{31a}} ne a chatellerault (ici quoi), sortie d hopital psy. carte vitale perdue, educ [[PERSONNE:Anne-So]] retrouve le nir ds le dossier : [[NIR:1930586066488 92]]. rdv {{CMP}} jeudi",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{GIRONDE}} {{22H}} : APPEL D UN HOMME, « [[PERSONNE:LE GRAND MO]] », IL A PLUS DE TEL, APPELLE D UNE CABINE. ECOUTANTE [[PERSONNE:AURELIE]] LE CONNAIT, « HABITUE DU {{PONT DE PIERRE}} ». PLACE TROUVEE A LA {{PASSERELLE}}",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Corrèze}} : une mère, Mme [[PERSONNE:Zarina Tsoeva]], et ses {{deux enfants}} dorment à la {{gare d'Ussel}}. Elle donne son numéro, [[TELEPHONE:07 58 62 13 94]], et le numéro de sa demande d'asile ({{OFPRA}}) : [[IDENTIFIANT:2304-0917-55]]. Pas de place, l'écoutante appelle l'{{hôtel Le Central}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "visite logement {{CHRS}} diffus {{dax}} chez mme [[PERSONNE:Lafitte]] [[ADRESSE:6 rue de la Fontaine Chaude 40100 Dax]]. ok sauf le chauffe eau. son fils [[PERSONNE:Théo]] {{14a}} fait ses devoirs ds la cuisine. l educ [[PERSONNE:Bastien]] note le nom du plombier : {{Plomberie Lassalle}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{AGEN}} : MR [[PERSONNE:HUSSEIN AL-AHMAD]] REFUGIE SYRIEN, INGENIEUR. IDENT [[ID_FRANCE_TRAVAIL:7154930 G]], NE LE [[DATE_NAISSANCE:1983.06.14]]. CONSEILLER [[PERSONNE:DAMIEN]] PROPOSE {{FLE}} + {{ENIC-NARIC}} POUR LE DIPLOME",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Vanessa Mercier]], {{35 ans}}, vient pour un problème d'indemnisation après un {{congé parental}}. Sa conseillère, Mme [[PERSONNE:Nadia Bensaïd]], vérifie le dossier (identifiant [[ID_FRANCE_TRAVAIL:3506184 W]]) et met à jour l'adresse : [[ADRESSE:2 allée des Cigales, 17138 Puilboreau]]. Elle lui demande un mail qui marche : [[EMAIL:vanessa.mercier17@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'équipe à {{8h30}} avant l'ouverture : le directeur annonce les objectifs du mois (taux de retour à l'emploi, entrées en formation). Les conseillers soufflent. L'une me dit : « on compte tout, sauf le temps qu'on passe avec les gens ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "dictée : la conseillère {{france travail}} rappelle monsieur [[PERSONNE:Ngoma]] virgule son numéro est le [[TELEPHONE:zéro sept soixante et un vingt-deux quarante-huit trente-trois]] point il n a pas répondu point message laissé à {{15h12}} point",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle pour signaler qu'un candidat envoyé par l'agence, M. [[PERSONNE:Florian Vasseur]], ne s'est pas présenté à l'entretien. Le conseiller note l'incident dans le dossier (identifiant [[ID_FRANCE_TRAVAIL:1298437 J]]). Il rappellera le candidat {{demain}}. L'employeur, la {{boulangerie Ange}} de {{Libourne}}, recherche toujours.",
    ),
    (
        "caf",
        "accueil_physique",
        "caf {{mont-de-marsan}}: couple belge installé a {{capbreton}}, mme [[PERSONNE:Van den Broeck]] veut garder son compte belge [[IBAN:BE25 0635 7182 9482]] pr l {{APL}}. agent [[PERSONNE:Karine]] dit ok si {{SEPA}}. n alloc en cours",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Priscilla Jean-Baptiste]], originaire de {{Martinique}}, vient signaler la naissance de son troisième enfant, [[PERSONNE:Kenzo]]. L'agente, Mme [[PERSONNE:Sylvie Laporte]], met à jour le dossier (allocataire n° [[N_ALLOCATAIRE:3327561]]) et lui rappelle le {{congé de naissance}}. Elle part avec une liste de justificatifs.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "TEL {{CAF}} : L ALLOCATAIRE MR [[PERSONNE:PHAM]] DONNE SON N° [[N_ALLOCATAIRE:0 4 7 2 9 1 8]] CHIFFRE PAR CHIFFRE. QUESTION SUR LE {{RSA}} DE {{DECEMBRE}} PAS RECU. AGENT: « ARRIVE {{LE 5}} »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une étudiante en {{BTS}} à {{Limoges}}, [[PERSONNE:Inès Benabdallah]], appelle car elle n'arrive pas à se connecter. L'agent lui renvoie un code sur son mail, [[EMAIL:ines.benabdallah@etu.unilim.fr]]. Elle donne aussi son ancien numéro allocataire de la {{Caf de Seine-Saint-Denis}}, [[N_ALLOCATAIRE:9302417]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "ctrl caf {{vienne}} a {{loudun}}: mr [[PERSONNE:chartier]] declare pas de vehicule, mais un {{kangoo}} [[IMMATRICULATION:ET-520-DM]] au nom de sa societe {{Chartier Paysage}} devant la maison. controleuse [[PERSONNE:Agnes]] note. alloc [[N_ALLOCATAIRE:8609325]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "CPAM {{LA ROCHELLE}} : MME [[PERSONNE:GUILLAUME]] (C EST SON NOM DE FAMILLE !) VEUT SON RELEVE {{IJ}}. L AGENT CREE LE COMPTE {{AMELI}} AVEC [[EMAIL:GUILLAUME.FABIENNE17@GMAIL.COM]]. MOT DE PASSE OUBLIE {{3X}} EN {{10 MIN}} 😅",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'accueil de la {{CPAM}} de {{Mont-de-Marsan}} fonctionne uniquement sur rendez-vous depuis {{2021}}. Une dame âgée est venue sans rendez-vous ; l'agent la reçoit quand même « parce qu'elle a pris le bus de {{Roquefort}} ». {{2 créneaux}} libres cet après-midi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Thibault Garcia]], {{30 ans}}, vient avec une feuille de soins papier d'un kiné de {{Biarritz}}. L'agente, [[PERSONNE:Laurence]], vérifie son RIB sur l'écran ({{Crédit Agricole}}) et son adresse : [[ADRESSE:15 avenue de la Marne, 64200 Biarritz]]. Remboursement prévu sous {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "dictée : l assuré donne sa nouvelle adresse virgule [[ADRESSE:huit rue du Commandant Charcot trente-trois mille deux cents Bordeaux]] point il s appelle [[PERSONNE:Mehdi Zerrouki]] point l agent [[PERSONNE:Kader]] de la {{cpam}} confirme point",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle au domicile d'un artisan taxi conventionné, M. [[PERSONNE:Marc Arostéguy]], à {{Ustaritz}}, avec l'agente de la {{CPAM des Pyrénées-Atlantiques}} : le véhicule déclaré, immatriculé [[IMMATRICULATION:HB-214-KS]], n'est pas celui qui a fait les trajets facturés. Facture n° [[IDENTIFIANT:TX-2024-0912]] contestée. Il sort ses carnets de bord, l'entretien dure {{1h30}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "ctrl {{cpam}} {{19}} chez mme [[PERSONNE:Soulier]] en arret depuis {{4 mois}} ({{burn out}}). elle ouvre en pleurs. l agente est douce, repart vite. [[ADRESSE:lot les bruyeres n 6 19270 ussac]]. « on n est pas la pour vous enfoncer »",
    ),
    (
        "ccas",
        "accueil_physique",
        "ccas {{bergerac}}: mr [[PERSONNE:Cissé]] ne le [[DATE_NAISSANCE:1/1/1975]] (bcp de {{1er janvier}} ici dit l agent) demande {{aide transport}}. tel [[TELEPHONE:06 39 98 95 31]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence de l'écrivain public au {{CCAS}} de {{Poitiers}}. Il aide Mme [[PERSONNE:Gulnara Ismailova]] à rédiger un courrier à son bailleur, {{Ekidom}}, pour des punaises de lit. Référence du logement : [[IDENTIFIANT:EK-0452-118]]. Ça prend {{40 minutes}}, elle le remercie {{dix fois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle le {{CCAS}} de {{Guéret}} pour sa mère, Mme [[PERSONNE:Jeannine Aupetit]], {{86 ans}}, qui vit seule à la sortie de la ville. Elle habite {{Paris}} et donne ses coordonnées : [[TELEPHONE:01 99 00 47 21]], [[EMAIL:sandrine.aupetit@wanadoo.fr]]. Le CCAS propose le {{portage de repas}} et la {{téléassistance}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "STANDARD {{CCAS}} {{BORDEAUX}} : APPEL DE MR [[PERSONNE:KAMARA]] POUR SA DOMICILIATION, IL DONNE SON NUMERO DE DOSSIER [[IDENTIFIANT:DOM-2023-4471]]. COURRIER {{CAF}} EN ATTENTE DEPUIS {{15 JOURS}}. IL VIENDRA {{MERCREDI}}",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile chez Mme [[PERSONNE:Paulette Berthier]], {{92 ans}}, [[ADRESSE:3 place de l'Église, 16200 Jarnac]]. L'agente du {{CCAS}} vérifie que l'aide ménagère passe bien. Le neveu, M. [[PERSONNE:Olivier Berthier]], est présent ; il signe l'avenant au contrat et demande si l'on peut passer à {{3 heures}} par semaine.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URG {{ANGOULEME}} {{GIRAC}} : MME [[PERSONNE:DA ROCHA]] AMENEE PAR SON GENDRE, IPP [[IDENTIFIANT:16A0042871]], NEE LE [[DATE_NAISSANCE:30.11.1949]]. ELLE DIT A L AGENTE « JE VEUX PAS RESTER ». ATTENTE {{3H}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune homme arrive seul, main bandée dans un torchon. L'agente lui demande son nom : « [[PERSONNE:Enzo]]... [[PERSONNE:Enzo Taillefer]] ». Pas de {{carte Vitale}} sur lui, il donne son adresse, [[ADRESSE:23 rue Thiers, 86100 Châtellerault]], et un numéro de téléphone, [[TELEPHONE:06 12 58 40 73]], que l'agente répète à voix haute.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "tel urg {{pau}} : {{ehpad les jardins de rosa}} appelle pr transfert mr [[PERSONNE:Lacoste]] {{96a}}, infirmiere donne ipp [[IDENTIFIANT:640017758]] et le tel de la fille [[TELEPHONE:05 59 27 64 30]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "chrs {{niort}}: l educ [[PERSONNE:Morgane]] aide mme [[PERSONNE:Ndongo]] a faire sa dmd {{RSA}} en ligne. n alloc [[N_ALLOCATAIRE:7925184]], mdp perdu, rdv tel caf pris pr {{jeudi 10h}}. mme dit « j ai tjs pas de reponse du {{SIAO}} »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Au {{CHRS}} de {{Pau}}, M. [[PERSONNE:Stéphane Wagner]], {{49 ans}}, arrivé de {{Metz}}, montre son relevé de compte pour le calcul de sa participation : {{BPALC}}, [[IBAN:FR76 1470 7079 2911 3486 0469 669]]. L'éducatrice, Mme [[PERSONNE:Fanny Larrouy]], calcule {{10 %}} de ses ressources : {{61 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident du {{CHRS}} de {{Libourne}}, [[PERSONNE:Ahmed Touati]], vient de récupérer sa voiture à la {{fourrière}} (immatriculée [[IMMATRICULATION:CL-839-VR]]). Il dort dedans quand il travaille de nuit à l'usine de {{Coutras}}. Son référent, [[PERSONNE:Romain]], a payé {{150 €}} avec l'aide d'urgence.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "dictée {{115}} : jeune femme [[PERSONNE:Laura]] virgule {{8 mois}} de grossesse virgule elle est à la {{gare de Périgueux}} point numéro [[TELEPHONE:zéro six trente-neuf quatre-vingt-dix-huit soixante-dix-sept zéro neuf]] point place trouvée au {{CHRS}} {{Le Chemin}} point",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'un ancien résident relogé depuis {{6 mois}} : M. [[PERSONNE:Patrice Delmas]], {{57 ans}}, [[ADRESSE:10 rue Lamartine, 47300 Villeneuve-sur-Lot]]. Le logement est meublé grâce à {{Emmaüs}}. Il a arrêté de boire, dit-il. L'éducateur laisse son numéro au voisin, M. [[PERSONNE:Diop]], au cas où : [[TELEPHONE:06 39 98 62 15]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "CTRL CHAMBRES {{CHRS}} {{ANGOULEME}} : {{CHAMBRE 7}} MR [[PERSONNE:BOUAZIZ]] A UN CHAT NON AUTORISE ({{MOUSTACHE}}) 🐱. CHEF DE SERVICE [[PERSONNE:PHILIPPE]] TOLERE « POUR L INSTANT ». {{CHAMBRE 9}} : VIDE DEPUIS {{2 JOURS}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "ft {{perigueux}} {{boulazac}}: mme [[PERSONNE:lemoine]] ident[[ID_FRANCE_TRAVAIL:6150247S]] tel[[TELEPHONE:0553084127]] veut formation {{caces}}. conseiller [[PERSONNE:Pierre-Yves]] la met sur la session de {{mai}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique : la conseillère aide M. [[PERSONNE:Youssef Benamar]], {{59 ans}}, à créer une adresse mail. Ils choisissent [[EMAIL:youssef.benamar1965@gmail.com]] (« mets ton année de naissance, c'est facile à retenir »). Identifiant {{France Travail}} noté sur un post-it : [[ID_FRANCE_TRAVAIL:4937021 A]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un conseiller appelle M. [[PERSONNE:Loïc Hervé]] pour une offre de chauffeur-livreur à {{Niort}}. Il demande s'il a son permis et un véhicule. « Oui, une {{Clio}}, elle passe le contrôle technique {{demain}} ». Identifiant : [[ID_FRANCE_TRAVAIL:7920836 E]]. Rendez-vous avec l'employeur, {{Transports Gautier}}, {{lundi 8h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL SORTANT : CONSEILLERE [[PERSONNE:LOUISE]] CONFIRME L ATELIER {{CV}} A MME [[PERSONNE:DIOP AWA]], ENVOIE LE LIEN A [[EMAIL:AWADIOP.PRO@GMAIL.COM]]. MME DIT QU ELLE A PAS D ORDI, JUSTE SON TEL 📱",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "tel {{3949}} : jeune [[PERSONNE:yanis]] demande comment s inscrire, il a {{16 ans}}. conseiller dit de voir la {{mission locale}} de {{cognac}}. il raccroche sans dire au revoir 😅",
    ),
    # end of notes
]


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
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
        if value != value.strip() or not value:
            raise ValueError(f"bad marked value {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {marked!r}")
    return text, entities, keep


def build() -> list[dict]:
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


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Dev / holdout ids; depends only on the ids and the cells (site kind x channel)."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev: list[str] = []
    holdout: list[str] = []
    leftovers: list[str] = []
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


def write(path: Path, notes: list[dict]) -> None:
    ordered = sorted(notes, key=lambda n: n["id"])
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in ordered]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
