"""Independent evaluation corpus n° 52: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind52-001`` …
``ind52-240`` follow the writing order. The dev / holdout split depends only on the ids and
the (site kind, channel) cells, never on the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind52"
SEED = 52

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
NO_HOME_VISIT = {"urgences", "france_travail"}

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

# ---------------------------------------------------------------------------------------------
# Notes 001-035
# ---------------------------------------------------------------------------------------------
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Benhamou]] vient pour un changement d'adresse. Ancienne : [[ADRESSE:tour 6, 14 rue Gaston Monmousseau, 69200 Vénissieux]] (les {{Minguettes}}). Nouvelle : [[ADRESSE:bât C esc 2, 3e étage porte 32, 5 av Jean Cagne 69200 Vénissieux]]. [[PERSONNE:Nadège]] (agente) tape tout, le logiciel refuse « esc », il faut écrire « escalier » en entier 🙄. Elle avait attendu {{25 min}}, ticket {{A047}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel, appel arrivé par le {{3230}}. {{7 min}} de musique avant de décrocher. Dame pas contente : {{APL}} baissée de {{38 €}} en {{janvier}}. La conseillère explique qu'on prend les ressources des {{12 derniers mois}}, la dame répète 'mais j'ai rien changé moi'. Pas de solution, renvoi vers {{caf.fr}}, rubrique simulation.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Maryline]] du {{CCAS}}. Monsieur [[PERSONNE:Chavas]], {{84 ans}}, habite [[ADRESSE:lieu-dit Le Crêt Berger, 69590 Saint-Symphorien-sur-Coise]] — pas de rue, pas de numéro, le GPS nous envoie dans un champ. On demande à la ferme d'à côté ({{Gaec des Tilleuls}}). Poêle à bois, {{2 stères}} devant la porte, frigo presque vide. [[PERSONNE:Maryline]] lance une demande de {{portage de repas}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{HEH}}, poste {{IOA}} avec [[PERSONNE:Fabrice]]. Arrive un homme, douleur thoracique. Pas de carte vitale, il donne son nom : [[PERSONNE:Sofiane Belkacem]], né le [[DATE_NAISSANCE:14/02/1981]]. Adresse : foyer {{Adoma}}, [[ADRESSE:27 rue Crépet, 69007 Lyon]]. Créé sous {{IPP}} [[IDENTIFIANT:8004512736]]. Tri {{niveau 2}}, ECG fait en {{10 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{22h40}}. Appel d'une femme avec {{2 enfants}}, à la {{gare Part-Dieu}} depuis {{18h}}. Elle dit s'appeler [[PERSONNE:Aminata]], pas de nom au début, puis « [[PERSONNE:Koné]], [[PERSONNE:K. O. N. E.]] ». L'écoutant [[PERSONNE:Rémi]] cherche : tout est plein. Rappel prévu au [[TELEPHONE:07 53 81 26 40]] à {{23h30}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Vaulx-en-Velin}}. {{9h}} ouverture, déjà {{14 personnes}} dehors. Borne en panne, le vigile distribue des tickets papier. Un jeune demande comment s'actualiser sans smartphone → envoyé vers les {{ordis en libre-service}} : il y en a {{3}}, dont un HS. Personne pour l'aider avant {{10h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Appel de M. [[PERSONNE:Zerrouki]] pour sa {{CSS}}. Il lit son numéro lentement : [[NIR:1 64 01 99 352 031 56]]. La conseillère vérifie : 'vous êtes né en [[DATE_NAISSANCE:janvier 64]], en {{Algérie}} ?' oui. Dossier bloqué, il manque l'avis d'imposition. Il habite [[ADRESSE:res. Les Marronniers, bat D, 22 rue du 8 Mai 1945, Vaulx-en-Velin]] — le courrier n'arrive jamais, la boîte aux lettres est cassée depuis {{l'été}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Hervé]] (contrôleur {{Caf}}). Allocataire : Mme [[PERSONNE:Payet]], déclarée isolée, n° alloc [[N_ALLOCATAIRE:2741853]]. Arrivée de {{La Réunion}} il y a {{8 mois}}, l'ancienne adresse est encore sur le dossier : [[ADRESSE:17 chemin Bœuf Mort, 97432 Ravine des Cabris]]. Nouvelle : [[ADRESSE:4 impasse des Capucines, 69800 Saint-Priest]]. [[PERSONNE:Hervé]] regarde les {{deux brosses à dents}} dans la salle de bain, pose des questions sur 'le monsieur'. Malaise.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS de Villeurbanne}}. M. [[PERSONNE:Ionescu]] vient chercher son courrier, domicilié ici depuis {{2022}} (adresse de domiciliation = celle du CCAS, {{3 rue Anatole France}}). Il dort dans sa voiture, une {{Clio}} grise [[IMMATRICULATION:CX-418-PB]], sur le parking du {{Carrefour}} de {{Villeurbanne}}. Deux lettres de la {{Cpam}} et une amende.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences ({{Croix-Rousse}}). Une fille cherche sa mère amenée par les {{pompiers}} : [[PERSONNE:Odette Vuillermoz]], née le [[DATE_NAISSANCE:2 août 1941]]. La secrétaire [[PERSONNE:Inès]] ne dit pas au téléphone si elle est là ('secret médical'), propose que la fille vienne avec une pièce d'identité. La fille pleure. Appel de {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant, le conseiller [[PERSONNE:Julien]] rappelle un DE radié. 'Votre identifiant c'est bien [[ID_FRANCE_TRAVAIL:4718263P]] ?' Le monsieur, [[PERSONNE:Kevin Marchetti]], dit qu'il n'a jamais reçu la convocation, il a déménagé il y a {{3 semaines}} : [[ADRESSE:12 bis rte de Genas, non pardon 21 bis, 69500 Bron]]. [[PERSONNE:Julien]] annule la radiation.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{La Calade}}. Petit-déj {{7h30}}–{{9h}}. {{32 places}}, {{31 occupées}}. Une résidente montre fièrement son {{CDD}} de {{6 mois}} chez {{Keolis}}. L'éducatrice lui dit de garder les bulletins de salaire pour le dossier {{SIAO}}. Ambiance calme, radio allumée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{RDV}} {{10h20}}. Mme [[PERSONNE:Nguyen Thi Lan]] change de banque. Nouveau {{RIB}} imprimé ({{BNP}}) : [[IBAN:FR76 3000 4008 2100 0104 8391 772]]. L'agente [[PERSONNE:Carole]] le recopie à la main, se trompe d'un chiffre, recommence. Adresse inchangée : [[ADRESSE:58 cours Tolstoï, 69100 Villeurbanne]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lyon 8e}}, {{11h}}. File de {{12 personnes}}. Borne {{Ameli}} : une dame n'arrive pas à imprimer son attestation, l'écran affiche « service indisponible ». L'agent d'accueil la prend à part et imprime depuis son poste. {{3 min}}. Elle dit : « merci, à la borne j'aurais pleuré ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Vaulx}}. Une voisine signale une dame âgée qui ne sort plus. 'Elle habite au {{Mas du Taureau}}, la barre à côté du {{Lidl}}.' [[PERSONNE:Martine]] (agente) demande l'adresse exacte. 'C'est [[ADRESSE:rue Hô Chi Minh]], le numéro je sais pas… [[ADRESSE:bâtiment 4, 9e étage, porte de gauche]].' Nom sur la boîte : [[PERSONNE:Guerrab]]. Transmis à l'assistante sociale de secteur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, [[PERSONNE:Yanis Haddad]], {{19 ans}}. Pas d'adresse mail → [[PERSONNE:Christelle]] lui en crée une sur son téléphone : [[EMAIL:yanis.haddad69@gmail.com]]. Il donne l'adresse de sa mère : [[ADRESSE:3 place Guy Môquet, 69120 Vaulx-en-Velin]]. Il a oublié le mot de passe avant même de sortir 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h15}} du mat. Salle d'attente {{HEH}} : {{23 personnes}}. L'écran affiche « temps d'attente estimé : {{4h}} ». Un papa avec un bébé fiévreux, une vieille dame sur un brancard dans le couloir depuis {{minuit}}. Une {{IOA}} seule + {{1 aide-soignant}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une allocataire depuis {{la Guadeloupe}} (enterrement de sa mère). Numéro affiché : [[TELEPHONE:+590 690 41 27 83]]. N° alloc [[N_ALLOCATAIRE:1093846]]. Elle veut savoir si le {{RSA}} est suspendu si elle reste là-bas. Le conseiller [[PERSONNE:Thierry]] : 'jusqu'à {{3 mois}} ça va'. Adresse pour le courrier, chez sa sœur : [[ADRESSE:Section Boisvin, 97139 Les Abymes]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec [[PERSONNE:Laetitia]] et [[PERSONNE:Moussa]] (équipe mobile). Sous le {{pont Pasteur}}, {{4 tentes}}. Un homme, [[PERSONNE:Grzegorz]], {{55 ans}}, Polonais, refuse le {{115}} : « trop de vols ». Pour la fiche {{SIAO}} [[PERSONNE:Laetitia]] note comme adresse : [[ADRESSE:tente verte sous le pont Pasteur, côté Rhône]]. Café, duvet, on repasse {{jeudi}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail avec l'agent assermenté [[PERSONNE:Dominique]]. Assuré : M. [[PERSONNE:Dumontet]]. Adresse sur le dossier : [[ADRESSE:7 chem. des Vignes, hameau de Montmein, 69870 Chambost-Allières]]. Personne à la maison à {{14h30}} (sorties autorisées {{9h-11h}} et {{14h-16h}}). Le voisin : « il est au champ ». Avis de passage laissé dans la boîte.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{aide facultative}} avec [[PERSONNE:Samira]] ({{CESF}}). Adresse sur la fiche :\n[[ADRESSE:Résidence Les Érables\nBât. F – Esc. 3 – Ét. 7 – Porte 714\n11 rue Paul Bert 69190 Saint-Fons]]\nAscenseur en panne depuis {{3 semaines}}, on monte à pied. Mme [[PERSONNE:Okonkwo]] nous attend avec ses {{4 enfants}}. Facture {{EDF}} de {{612 €}}, réf client [[IDENTIFIANT:6 004 318 275]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} en double écoute. Appel de {{6 min}}. Un monsieur ne comprend pas pourquoi son {{ARE}} de {{mars}} est à {{0 €}}. Le conseiller voit « non actualisé ». Le monsieur : « mais j'ai cliqué ! ». Réactualisation exceptionnelle, paiement sous {{48h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune femme enceinte, [[PERSONNE:Faïza Attoumani]], arrivée de {{Mayotte}} il y a {{2 mois}}. Pas de carte vitale, attestation papier : [[NIR:2 95 06 97 611 208 83]]. Âge ? « {{29 ans}}, [[DATE_NAISSANCE:juin 95]] ». L'agent administratif [[PERSONNE:Bruno]] cherche la commune de naissance : '{{Mamoudzou}} c'est bien {{976}} ?'. Adresse : chez son cousin, [[ADRESSE:8 rue Jules Guesde, 3e gauche, 69100 Villeurbanne]]. Sur sa {{CNI}} il y a encore [[ADRESSE:quartier Cavani, rue de la Mosquée, 97600 Mamoudzou]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, écoutante [[PERSONNE:Claire]]. Un monsieur rappelle pour la {{4e fois}} de la soirée. Nom : [[PERSONNE:Abdoulaye Sow]], né le [[DATE_NAISSANCE:01/01/1990]] (« comme beaucoup au pays », il rigole). Il est à la {{gare de Vaise}}. Pas de place. [[PERSONNE:Claire]] lui propose le {{gymnase}} de repli à {{21h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Atelier « {{caf.fr}} pour les nuls » (c'est écrit sur l'affiche !) à {{Villefranche-sur-Saône}}. {{6 participants}}, {{2}} n'ont pas d'adresse mail. L'animatrice montre où cliquer pour la {{prime d'activité}}. Un monsieur a apporté son {{iPad}} à l'écran fissuré. {{1h30}}, personne ne finit sa démarche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Da Costa Pereira]] appelle : remboursements versés sur l'ancien compte. Elle veut envoyer son {{RIB}} par mail, la conseillère refuse (« passez par votre compte {{Ameli}} »). Elle épelle quand même son adresse : « [[EMAIL:fatima point dacosta arobase orange point fr]] ». Et lit le nouvel IBAN : [[IBAN:FR76 1390 6000 1185 0177 0264 434]]. [[PERSONNE:Valérie]] : « je ne peux pas le saisir par téléphone madame ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{CCAS}} {{Thizy-les-Bourgs}}, {{mardi}} matin. M. et Mme [[PERSONNE:Desgranges]] pour le {{colis de Noël}}. Ils habitent « au-dessus de {{Bourg-de-Thizy}} », c'est [[ADRESSE:hameau des Charmettes]]. Le numéro ? « [[ADRESSE:le 3]], mais le facteur sait ». La secrétaire rit, elle connaît.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien {{CEJ}}, conseillère [[PERSONNE:Aurélie]]. Jeune : [[PERSONNE:Kylian Mbemba]], {{21 ans}}. Il a une mission de livreur {{Uber Eats}} mais pas de scooter ; son cousin lui prête une voiture, plaque [[IMMATRICULATION:GH-207-TZ]], [[PERSONNE:Aurélie]] la note pour le dossier aide à la mobilité. Adresse : [[ADRESSE:Tour Panoramique, 5e, 1 place Marcel Paul, 69120 Vaulx-en-Velin]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. Famille hébergée par le {{115}} à l'{{hôtel B&B}} de {{Saint-Priest}}, {{chambre 214}}. Le père, [[PERSONNE:Arsen Karapetyan]], montre son récépissé : [[IDENTIFIANT:6902415873]]. Il demande une domiciliation → orienté vers le {{CCAS de Saint-Priest}}. La travailleuse sociale [[PERSONNE:Hélène]] remplit la fiche {{SIAO}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{15}} transfère un appel aux urgences pédiatriques ({{HFME}}) : maman inquiète, fièvre à {{39,5}}. L'infirmière : « {{Doliprane}}, surveiller, revenez si ça dépasse {{40}} ou s'il est tout mou ». {{3 min}}. Elle raccroche en disant « je viens quand même ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "controle ressources avec [[PERSONNE:patrick]] (controleur). adresse dossier : [[ADRESSE:le bourg, 69430 chenelette]]… sur place c'est en fait [[ADRESSE:lieu dit la croix des rameaux]], {{3 km}} plus haut. mme [[PERSONNE:giraud]] vit dans une caravane derriere la maison de ses parents. question : logement autonome ou pas pour l'{{apl}} ? [[PERSONNE:patrick]] hesite, il prend des photos.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. M. [[PERSONNE:Ngassa]], camerounais, passeport [[IDENTIFIANT:AA0912736]]. Pas de justificatif de domicile, hébergé par un ami au [[ADRESSE:38 av. Paul Santy, 69008]]. L'agente [[PERSONNE:Rachida]] demande une attestation d'hébergement + la copie de la {{CNI}} de l'ami. Il repart, il reviendra {{lundi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard CCAS, {{8h30}}-{{9h}} : {{11 appels}}. Presque tous pour les {{bons alimentaires}} ou l'{{épicerie sociale}}. Réponse toujours la même : « il faut passer le {{mardi}} avec vos justificatifs ». Une dame demande si le {{CCAS}} peut payer la cantine. Oui, via la {{commission}} du {{15}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un jeune Réunionnais arrivé à {{Lyon}} pour un {{BTS}}, plus de logement (dossier {{Crous}} refusé). Il appelle avec le portable de sa mère : [[TELEPHONE:06 92 47 18 35]] (numéro de {{La Réunion}}). Nom : [[PERSONNE:Jordan Hoarau]]. Si on doit écrire, chez ses parents : [[ADRESSE:38 chemin Lagourgue, 97460 Saint-Paul]]. Réf {{SIAO}} créée : [[IDENTIFIANT:SI-69-24-018735]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Yilmaz]], {{42 ans}}, vient signaler un déménagement, identifiant [[ID_FRANCE_TRAVAIL:558 219 4R]]. Nouvelle adresse : [[ADRESSE:6 imp. des Rosiers]], c'est à {{Meyzieu}}, pas à {{Décines}} comme sur le dossier. L'agent corrige en {{2 min}}.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 036-070
# ---------------------------------------------------------------------------------------------
NOTES_2 = [
    (
        "caf",
        "accueil_telephonique",
        "Double écoute plateforme {{Caf}}. M. [[PERSONNE:Tran]] veut déclarer son déménagement par téléphone. La conseillère, [[PERSONNE:Sandrine]] : « je vous écoute ». Lui : « alors c'est [[ADRESSE:47… non 74, boulevard des États-Unis, bâtiment 3, 69008 Lyon]] », « c'est la {{cité Tony Garnier}} » ajoute-t-il. Numéro pour le rappeler : « [[TELEPHONE:zéro six, quarante et un, dix-huit, zéro sept, soixante-neuf]] ». À la fin elle doit lui dire de le refaire en ligne, par tel elle ne peut pas valider.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran du box d'accueil, en rouge : « SATURATION – {{47}} PATIENTS PRÉSENTS – {{12}} EN ATTENTE DE LIT ». L'{{IOA}} soupire. Un monsieur demande combien de temps, elle montre l'écran du doigt. Il s'assoit par terre.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel {{Première Classe}} de {{Vénissieux}}, {{chambre 08}}. Mme [[PERSONNE:Ahmadzai]] et ses {{3 enfants}} y sont depuis {{5 mois}}. Micro-ondes sur la commode, linge qui sèche à la fenêtre. La référente, [[PERSONNE:Agnès]] : dossier {{SIAO}} en attente d'une place en {{CHRS}}, n° [[IDENTIFIANT:SIAO69-2024-07712]]. Le fils aîné, [[PERSONNE:Omid]], traduit tout.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{8 inscrits}}, {{5 présents}}. Le conseiller projette un « CV modèle » au nom de « Prénom NOM » (ouf). Un participant demande s'il faut mettre une photo. Débat. {{45 min}} sur la photo, {{10 min}} sur les compétences.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle de {{Pointe-à-Pitre}} pour son père hospitalisé à {{Lyon}} ({{Édouard-Herriot}}). Elle appelle du fixe : [[TELEPHONE:05 90 82 46 13]]. Le père : [[PERSONNE:Lucien Calixte]], né le [[DATE_NAISSANCE:cinq mai cinquante-huit]]. Elle dicte son numéro de sécu d'un trait : [[NIR:158059712007611]]. Le conseiller, [[PERSONNE:Olivier]], explique la prise en charge à {{100 %}} en {{ALD}}. Elle dit « là-bas on m'avait dit l'inverse ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Vénissieux}}, guichet domiciliation. Mme [[PERSONNE:Rostomyan]] renouvelle sa domiciliation ({{1 an}}). Hébergée « à droite à gauche », en ce moment chez une amie, [[ADRESSE:tour 4 de Parilly, au 8e]]. L'agent, [[PERSONNE:Karim]], explique que si elle a une adresse stable on ne peut plus la domicilier. Elle : « c'est pas stable, c'est un canapé ». Adresse de domiciliation : {{CCAS de Vénissieux}}, {{5 avenue Marcel Houël}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que l'agent lit à voix haute sur son écran :\n- allocataire : [[PERSONNE:DIALLO Mariama]]\n- n° : [[N_ALLOCATAIRE:3318407]]\n- adresse : [[ADRESSE:12 RUE DU PROFESSEUR ROCHAIX 69003 LYON]]\n- droits : {{AF}} + {{ASF}} + {{APL}}\n- dernier paiement le {{5 du mois}}\nMme [[PERSONNE:Diallo]] : « oui c'est ça ». Puis : pourquoi l'{{ASF}} s'arrête ?",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur a garé sa voiture sur la dépose ambulances. Le vigile au micro : « le propriétaire du véhicule [[IMMATRICULATION:FT 612 KW]] est prié de le déplacer ». Personne ne bouge. {{10 min}} plus tard, la fourrière. C'était M. [[PERSONNE:Lefebvre]], monté avec sa femme en train d'accoucher.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} — appel d'un gardien d'immeuble, M. [[PERSONNE:Ferhat]]. Une femme dort dans le local poubelles depuis {{3 nuits}}.\nL'adresse : « [[ADRESSE:37 rue Pierre Delore]] ».\nPuis, après un silence : « [[ADRESSE:bâtiment C, au fond de la cour]] ».\nIl laisse son portable : [[TELEPHONE:06 61 29 73 04]]. Équipe mobile envoyée {{demain matin}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, {{14h}}-{{15h}} : {{19 appels}}, dont {{7}} pour des trop-perçus. Une dame calcule à voix haute : « {{1 240}} moins {{310}}… il me reste quoi ? ». La conseillère propose un échéancier à {{50 € par mois}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Rillieux-la-Pape}}, {{Ville Nouvelle}}. Mme [[PERSONNE:Jean-Baptiste]] vit [[ADRESSE:9 av. de l'Europe, bât. 22, 2e porte B, 69140 Rillieux-la-Pape]]. Le contrôleur, [[PERSONNE:Stéphane]], demande pourquoi l'avis d'imposition porte une autre adresse : [[ADRESSE:Résidence Lauricisque, bât. Hibiscus, 97110 Pointe-à-Pitre]]. Elle : « c'est chez ma mère, j'ai gardé l'adresse pour les impôts ». Le fils, [[PERSONNE:Dylan]], {{16 ans}}, joue à la {{Switch}} sans lever la tête.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Boukhris]] vient pour la {{C2S}}. Elle a une mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:117 402 339]], qu'elle veut résilier. L'agent note son mail : [[EMAIL:nora.bkh@laposte.net]]. Elle demande si la {{C2S}} couvre les lunettes de sa fille : oui, {{100 % santé}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Josiane]], travailleuse sociale. Famille [[PERSONNE:Soilihi]], {{La Duchère}} : [[ADRESSE:résidence Les Mimosas, montée C, 6e étage, 69009 Lyon]]. La maman parle shimaoré, son fils [[PERSONNE:Ibrahim]] traduit. Loyer {{480 €}}, {{APL}} {{312 €}}. Ils envoient de l'argent à la grand-mère, qui habite [[ADRESSE:rue du Stade, Mtsapéré, 97600 Mamoudzou]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Glycines}} pour annoncer un transfert. L'infirmière donne : {{91 ans}}, chute, sous anticoagulants. Au bout du fil : « vous avez le {{DLU}} ? » — oui, faxé. Un fax !! en {{2024}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{L'Oasis}}. Jeune femme, [[PERSONNE:Léa]], {{23 ans}}, dort chez des « potes » rencontrés sur {{Insta}}. Elle montre son compte pour prouver qu'elle vend des bijoux : [[IDENTIFIANT:@lea.bijoux.lyon]]. Elle a perdu sa {{CNI}}, le n° est sur une photocopie : [[IDENTIFIANT:X4RT9BPW2]]. [[PERSONNE:Nathalie]] (éduc) l'aide pour la déclaration de perte.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Mélanie]], agence de {{Tarare}}. M. [[PERSONNE:Perrichon]], {{58 ans}}, licencié de l'usine textile. Fiche à l'écran : date de naissance [[DATE_NAISSANCE:1966-03-21]], identifiant [[ID_FRANCE_TRAVAIL:3390472X]], adresse [[ADRESSE:La Grange Neuve, 69170 Les Sauvages]]. Pas de voiture, le car passe {{2 fois par jour}}. Elle cherche des formations à {{Tarare}} même.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pôle accueil {{Caf}} de {{Vénissieux}}. Pancarte : « Sans rendez-vous : {{8h30}}–{{12h}} ». À {{11h50}}, {{9 personnes}} encore dans la file. L'agent de sécurité coupe la file à {{12h}} pile. Une femme avec une poussette : « j'ai pris {{deux bus}} ». Elle est reçue quand même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel à la mairie de {{Yzeron}} (petite commune, c'est la secrétaire de mairie qui fait le {{CCAS}}). Une dame de {{87 ans}} demande la {{téléassistance}}. Adresse : « [[ADRESSE:chem. de la Côte, lieu-dit Le Fay]] ». Son fils, [[PERSONNE:Jean-Marc Bonnefoy]], laisse son numéro : [[TELEPHONE:04 78 81 62 95]]. La dame s'appelle [[PERSONNE:Simone Bonnefoy]]. La secrétaire : « ah oui, la maison après le {{lavoir}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête de résidence (courriers revenus {{NPAI}}) avec [[PERSONNE:Dominique]]. Adresse du dossier : [[ADRESSE:102 grande rue de la Guillotière, 69007 Lyon]]. Boîte aux lettres sans nom. La voisine du 2e : « M. [[PERSONNE:Oliveira]] ? il est reparti au {{Portugal}} depuis {{Pâques}} ». On note, retour au service.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{3949}}, conseiller [[PERSONNE:Romain]]. Une dame ne reçoit plus les mails. Adresse enregistrée : [[EMAIL:kaoutar.elamrani@hotmial.fr]] → faute de frappe (hotmial). Il corrige en [[EMAIL:kaoutar.elamrani@hotmail.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:6027715M]], Mme [[PERSONNE:El Amrani]]. {{5 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Santoni]], {{41 ans}}, né à {{Ajaccio}} en [[DATE_NAISSANCE:juillet 83]], tombé d'un échafaudage. Carte vitale illisible, il récite son numéro : [[NIR:1 83 07 2A 004 019 96]]. L'agent tape « 2A », le logiciel refuse les lettres 😬. Il appelle sa cheffe, [[PERSONNE:Corinne]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{minuit}} passé. {{43 demandes}} non pourvues ce soir. L'écoutante garde une liste papier « au cas où ». À {{0h40}}, une place se libère au {{Foyer Notre-Dame des Sans-Abri}}. Elle rappelle le premier de la liste : messagerie. Le deuxième décroche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur veut savoir sur quel compte part son {{AAH}}. Le conseiller ne peut donner que les {{4 derniers chiffres}} ; le monsieur lit lui-même son {{RIB}} : « [[IBAN:20041 01019 0731552R020 43]], c'est bien ça ? ». « Je ne peux pas confirmer, monsieur. » Nom : [[PERSONNE:Rabah Meziane]], n° alloc [[N_ALLOCATAIRE:0487712]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente {{CCAS}} de {{Saint-Fons}} : affiche « {{Plan grand froid}} », affiche « {{Restos du Cœur}} : inscriptions le {{lundi}} », une plante en plastique. {{4 chaises}} pour {{9 personnes}}. Une agente sort des chaises de son propre bureau.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{RDV}} de suivi, [[PERSONNE:Jérémy Grondin]], {{27 ans}}, arrivé de {{La Réunion}} à {{Lyon}} en {{2021}}. Il veut retourner « au pays ». Il donne l'adresse de sa tante pour plus tard : « [[ADRESSE:14 rue Montgaillard]] » — « c'est où ? » — « à {{Saint-Denis}}, en haut ». Sa voiture est restée là-bas, une {{206}} immatriculée [[IMMATRICULATION:2716 KJ 974]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Villeurbanne}}, accueil sur {{RDV}} uniquement depuis {{2023}}. Un monsieur sans RDV est refoulé par la sécurité, puis l'agente d'accueil le rattrape dans le hall : « c'est pour quoi ? ». {{2 minutes}}, réglé (attestation de droits). Elle me dit : « si on les renvoie tous, ils reviennent pire ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ado amenée par sa prof du {{collège Elsa Triolet}}, malaise en sport. Nom : [[PERSONNE:Inaya Boualem]], née le [[DATE_NAISSANCE:3.11.2011]]. Parents injoignables ; la prof lit le numéro du père sur l'{{ENT}} : [[TELEPHONE:06-58-02-17-44]]. L'{{IOA}}, [[PERSONNE:Marion]] : mineure, il faut joindre un parent avant tout geste non urgent.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un squat avec {{Médecins du Monde}}. Immeuble vide au [[ADRESSE:14 rue de la Claire, 69009 Lyon]] : {{27 personnes}} dont {{9 enfants}}. Le père de la première famille, [[PERSONNE:Costel]], nous fait visiter. [[PERSONNE:Anne-Sophie]] (infirmière) vérifie les carnets de vaccination. Pas d'eau chaude, un seul compteur.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Nabil]]. Adresse : [[ADRESSE:Résidence Les Platanes, esc. B, 1er, porte 12, 18 rue Léon Blum, 69100 Villeurbanne]]. Relevés bancaires demandés, compte [[IBAN:FR76 1680 7001 0032 1409 5821 753]]. Mme [[PERSONNE:Kaya]] sort les papiers d'une boîte à chaussures. [[PERSONNE:Nabil]] surligne en jaune des virements « {{PAYPAL}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "visite avec [[PERSONNE:corinne]] du {{ccas de st laurent de chamousset}}.\nadresse notee au tel : [[ADRESSE:rte de montrottier]]\npuis sur place le monsieur precise : [[ADRESSE:ferme des granges, 2e chemin a droite]]\nm. [[PERSONNE:blanchard]], {{79 ans}}, seul depuis le deces de sa femme. demande d'{{apa}}, grille {{aggir}} remplie sur la table de la cuisine.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller, [[PERSONNE:Benoît]], met à jour un numéro : « [[TELEPHONE:07 81 44 29 06]] ? » — « non, [[TELEPHONE:07 81 44 92 06]] ». Le monsieur, [[PERSONNE:Souleymane Camara]], a raté {{2 RDV}} à cause de ça.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les urgences de {{Givors}} appellent {{Lyon Sud}} pour transférer un patient. {{17 min}} pour trouver un lit. L'interne : « c'est {{tous les soirs}} comme ça ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission. M. [[PERSONNE:Said Ahamada]], né à {{Moroni}} ({{Comores}}) le [[DATE_NAISSANCE:douze juin soixante-seize]]. Carte vitale : [[NIR:176069939701161]]. Titre de séjour {{10 ans}}, n° [[IDENTIFIANT:6900871234]]. Dernier hébergement chez son frère, [[ADRESSE:4 rue Marius Grosso, Vénissieux]]. Référente : [[PERSONNE:Sylvie]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Bélise]] revient de {{Guadeloupe}} et remet son dossier à jour. Portable encore en 0690 : [[TELEPHONE:06 90 57 33 18]]. Mail : [[EMAIL:belise.marie-ange971@yahoo.fr]]. Adresse ici : chez M. [[PERSONNE:Zami]], [[ADRESSE:23 rue Ney, 69006 Lyon]]. L'agente, [[PERSONNE:Fatou]], demande une attestation d'hébergement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : {{22 min}} d'attente annoncées par le serveur vocal. Je raccroche et je rappelle depuis le poste de l'agente, même attente. Elle : « maintenant vous savez ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 071-105
# ---------------------------------------------------------------------------------------------
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Abdelkader Mansouri]] veut faire suivre ses {{APL}} : il a signé un bail [[ADRESSE:res. Le Bosquet, bât A2, 8 av. Georges Lévy, 69200 Vénissieux]]. Bailleur : {{Lyon Métropole Habitat}}, réf. locataire [[IDENTIFIANT:LMH-0078214]]. N° alloc [[N_ALLOCATAIRE:5120378]]. L'agente, [[PERSONNE:Nadège]], demande le bail complet, il n'a que la première page.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel très court : « c'est quand le versement ? » — « le {{5}} ». {{38 secondes}}. La conseillère : « un appel sur quatre, c'est ça ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Aslan]] croit devoir rattacher sa fille à sa carte vitale. La fille, [[PERSONNE:Zeynep]], {{13 ans}}, née à {{Bron}} en [[DATE_NAISSANCE:avril 2011]], a déjà son propre numéro : [[NIR:2 11 04 69 029 731 35]]. Il faut juste mettre à jour l'ayant droit. {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence du {{CCAS}} à la mairie de {{Chambost-Longessaigne}} ({{place de l'Église}}). Mme [[PERSONNE:Thévenon]], {{71 ans}}, pour un dossier {{ASPA}}. Elle habite [[ADRESSE:Les Bruyères, 69770 Chambost-Longessaigne]], « la dernière maison avant {{Saint-Clément}} ». {{RIB}} pour la {{Carsat}}, recopié par la secrétaire : [[IBAN:FR7610278073000002048310181]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tri : {{8 patients}} arrivés entre {{18h}} et {{18h20}}. Un seul box libre. L'{{IOA}} classe : {{2}} en rouge, {{3}} en jaune, le reste en vert. Les verts attendront {{5 à 6h}}. Affiche au mur : « Avant de venir, appelez le {{15}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une dame âgée appelle pour son neveu qui dort dehors, près de la {{fontaine}} de la place {{Bellecour}}. Elle donne sa propre adresse au cas où : « [[ADRESSE:vingt-deux, rue des Tuiliers, dans le 8e]] ». Le neveu : [[PERSONNE:Mickaël Fontaine]], {{34 ans}}. L'écoutant, [[PERSONNE:Rémi]] : pas de place, signalé à la maraude du {{Samu social}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription. M. [[PERSONNE:Anli Combo]], {{33 ans}}, arrivé de {{Mayotte}} ({{Koungou}}) en {{décembre}}. Ancienne adresse : « [[ADRESSE:Majicavo Lamir, derrière la station Total, 97690 Koungou]] ». La conseillère, [[PERSONNE:Aurélie]] : le formulaire veut un numéro et une rue, elle met « 0 ». Adresse ici : foyer {{Adoma}}, [[ADRESSE:6 rue Jean Zay, 69400 Villefranche-sur-Saône]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:7145302D]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Vandenberghe]] a travaillé à {{Bruxelles}}, il veut ses remboursements sur son compte belge : [[IBAN:BE67 0634 4178 2087]]. La conseillère : « possible, mais il me faut le {{BIC}} ». Il le lit : {{GKCCBEBB}}. Elle l'envoie vers le formulaire en ligne quand même.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} avec [[PERSONNE:Stéphane]]. M. [[PERSONNE:Técher]], né au {{Tampon}}, en [[DATE_NAISSANCE:février 88]]. L'attestation vitale est aimantée sur le frigo : [[NIR:1 88 02 97 422 356 17]]. Logement : [[ADRESSE:14 rue Jean Moulin, 4e étage droite, porte 43, 69200 Vénissieux]] (quartier {{Darnaise}}). Il vit avec un colocataire, [[PERSONNE:Yohann]], non déclaré → [[PERSONNE:Stéphane]] explique que ça change le calcul.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} reçoit l'appel d'un bailleur : un locataire âgé ne paie plus depuis {{4 mois}}. L'agente refuse de donner quoi que ce soit (« rappelez avec l'accord de la personne »). {{3 min}}, le bailleur raccroche sec.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Touriste espagnole, entorse. [[PERSONNE:Lucía Fernández Ortega]], passeport [[IDENTIFIANT:PAF482915]], carte européenne {{CEAM}}. L'agente, [[PERSONNE:Inès]], parle espagnol, ouf. Adresse en France : {{hôtel Ibis}} {{Part-Dieu}}, {{chambre 512}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier numérique. [[PERSONNE:Mohamed Lamine]] crée son compte {{Ameli}}. Son adresse mail, écrite sur un post-it « pour les robots » : [[EMAIL:mlamine.pro [at] outlook [point] fr]]. Le bénévole, [[PERSONNE:Gérard]], {{72 ans}}, ancien informaticien, est d'une patience incroyable.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Ouattara]] change d'adresse. Identifiant : « [[ID_FRANCE_TRAVAIL:229 18 45 B]] ». Adresse dictée : « [[ADRESSE:bâtiment Les Lilas, escalier 4, 3e, porte gauche — ah non, droite —, 2 rue Jean Moulin, Bron]] ». Il précise : « c'est à {{Parilly}} ». Le conseiller relit deux fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un monsieur crie « VOUS M'AVEZ SUPPRIMÉ MON {{RSA}} ET PERSONNE M'A PRÉVENU !!! ». Le vigile s'approche, l'agente lui fait signe d'attendre. Elle l'assoit, lui apporte un verre d'eau de la {{fontaine}}. {{15 min}} plus tard il repart avec un {{RDV}} {{jeudi 9h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie dans les {{Monts du Lyonnais}}. Adresse : [[ADRESSE:lieu-dit Le Pinay, 69610 Sainte-Foy-l'Argentière]]. Personne. Une voiture dans la cour, [[IMMATRICULATION:EK-553-SG]] ; l'agente, [[PERSONNE:Dominique]], la note « pour le rapport ». Je demande si c'est autorisé, elle hésite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Rose Démocrite]], {{68 ans}}, de {{Capesterre-Belle-Eau}}, à {{Lyon}} depuis {{1990}}. Demande d'aide pour une facture d'eau. Elle a apporté une {{rose}} en papier pour l'agente, [[PERSONNE:Marie-Claude]]. Née en [[DATE_NAISSANCE:56]], « comme mon bâtiment » : elle habite [[ADRESSE:bât. 56, cité Jacquard, rue du Bon Pasteur, 69001 Lyon]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{SOS Médecins}} appelle pour prévenir qu'ils envoient un patient. L'IDE note sur un papier : « H, {{60 ans}}, dyspnée, arrive dans {{20 min}} ». Le papier finit sous le clavier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'équipe mobile sur l'{{aire d'accueil des gens du voyage}} de {{Saint-Priest}}. Famille [[PERSONNE:Lagrené]], [[ADRESSE:aire de la Fouillouse, emplacement 14]]. {{8 personnes}}, {{2 caravanes}}. Le grand-père, « [[PERSONNE:Tatave]] », demande de l'aide pour ses papiers de retraite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Pham]] s'inscrit, {{49 ans}}, ancienne couturière. Date de naissance : [[DATE_NAISSANCE:08/09/75]]. Mail : [[EMAIL:pham.thu75@free.fr]]. Identifiant : [[ID_FRANCE_TRAVAIL:0952261T]]. Elle habite chez sa fille, [[ADRESSE:31 rue Paul Bert, 69003 Lyon]]. Tel [[TELEPHONE:0472613489]]. La conseillère, [[PERSONNE:Christelle]], parle vite, Mme [[PERSONNE:Pham]] hoche la tête sans comprendre.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut une carte vitale « en vrai », pas l'appli. L'agente lui montre la cabine photo. Il refuse : « je suis pas beau aujourd'hui ». Rire général. Formulaire papier, délai annoncé {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel de {{9h40}} : mme [[PERSONNE:lopes]] declare sa separation. n° alloc « [[N_ALLOCATAIRE:22 18 964]] », date de naissance « le [[DATE_NAISSANCE:dix-sept août soixante-huit]] ». nouvelle adresse, seule avec les enfants : [[ADRESSE:16 rue jean jaures 69700 givors]]. la conseillere, [[PERSONNE:sandrine]] : il faut une attestation de separation signee des deux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de [[PERSONNE:Samira]] ({{CESF}}) chez M. [[PERSONNE:Rakotomalala]]. Au téléphone il avait juste dit « aux {{Buers}} ». Sur place : [[ADRESSE:bât. 7, allée B, 3e étage, 41 rue du Canal, 69100 Villeurbanne]]. Frigo vide, {{bons alimentaires}} de {{30 €}} donnés tout de suite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission : Mme [[PERSONNE:Kowalczyk]] amène son mari. Mutuelle : {{Malakoff Humanis}}, n° adhérent [[IDENTIFIANT:MH0047821936]]. {{IPP}} créé : [[IDENTIFIANT:P00784521]]. Le mari, [[PERSONNE:Zbigniew]], répète « ça va, ça va ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{Réunion}} d'équipe du {{115}} à {{14h}}, bilan de la nuit : {{112 appels}} décrochés sur {{389}} présentés, {{6 mises à l'abri}}. La cheffe de service : « on décroche un appel sur trois, notez-le ». Je le note.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant vers [[TELEPHONE:+262 639 21 48 07]] ({{Mayotte}}). Le conseiller, [[PERSONNE:Julien]], veut joindre M. [[PERSONNE:Houmadi]] pour un {{RDV}}. Ça sonne dans le vide. Décalage : {{+1h}} en hiver. Message vocal, puis {{SMS}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "controle a {{Beaujeu}} avec [[PERSONNE:Patrick]]. M. et Mme [[PERSONNE:Sapin]], [[ADRESSE:Le Crozet, route de Quincié, 69430 Beaujeu]]. un {{sapin}} en plastique dans l'entrée, en mars. {{RIB}} demandé pour vérifier les versements : [[IBAN:30003 01920 00050712345 51]]. tout est conforme, {{40 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Hakimi]] signale un changement d'adresse pour recevoir sa {{carte vitale}} : « [[ADRESSE:8 rue Bossuet, 69006 Lyon]]. » Puis : « Attendez, pas 8, [[ADRESSE:18]]. » La conseillère, [[PERSONNE:Valérie]], corrige.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil du {{CCAS}} de {{Rillieux-la-Pape}} : une télé qui tourne en boucle « Ici on vous aide pour : {{aide alimentaire}}, {{domiciliation}}, {{demande de logement social}} ». Son coupé. La télé est plus neuve que les chaises.",
    ),
    (
        "urgences",
        "accueil_physique",
        "SDF amené par la police. Nom donné : « [[PERSONNE:Jacky]] », c'est tout. L'agent insiste, il dit « [[PERSONNE:Jacques Perret]] », né en [[DATE_NAISSANCE:61]]. Adresse : domicilié au {{CCAS de Lyon}}, {{4 rue Servient}}. Le logiciel exige un code postal : {{69003}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget avec [[PERSONNE:Hélène]]. M. [[PERSONNE:Boubacar Keïta]] a ouvert un compte {{Nickel}} au {{tabac}} du coin. Il lit l'IBAN sur le ticket : [[IBAN:FR76 1659 8000 0100 0044 1735 260]]. Virement permanent de {{50 €}} pour économiser la caution.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Dimitri Verbeke]] revient de {{Belgique}}, voiture encore en plaques belges : [[IMMATRICULATION:1-KDF-285]]. Il demande si ça pose problème pour l'aide au permis. Le conseiller, [[PERSONNE:Benoît]] : « aucune idée » 😂",
    ),
    (
        "caf",
        "accueil_physique",
        "Déclaration de situation, Mme [[PERSONNE:Ramanantsoa]], dossier [[N_ALLOCATAIRE:4403169]], {{3 enfants}} :\n- [[PERSONNE:Hery]], né en [[DATE_NAISSANCE:2009]]\n- [[PERSONNE:Fanja]], née en [[DATE_NAISSANCE:2012]]\n- [[PERSONNE:Tiana]], née le [[DATE_NAISSANCE:2 février 2019]]\nL'agente vérifie sur le livret de famille, {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{11h30}}, rush. {{3 guichets}} ouverts sur {{6}}. Une dame âgée fait la queue pour… déposer une feuille de soins papier. L'agente : « vous pouvez la mettre dans la boîte dehors ». Elle : « je préfère la donner à quelqu'un ». Elle la donne.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un fils depuis {{La Réunion}} : sa mère, {{78 ans}}, à {{Vaulx}}, ne répond plus depuis {{2 jours}}. Il donne l'adresse : « [[ADRESSE:res. les peupliers, bt c, 1er etg, 17 ch. de la ferme, vaulx]] ». Mme [[PERSONNE:Maillot]]. Son numéro à lui : [[TELEPHONE:0262 41 73 09]]. L'agente demande une vérification à la police municipale.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard {{HEH}}. Un homme appelle pour savoir si son frère, [[PERSONNE:Ahmed Benali]], est arrivé. La secrétaire demande la date de naissance pour vérifier : « [[DATE_NAISSANCE:le 30 du 4, 79]] ». [[PERSONNE:Inès]] : « je ne peux rien dire, venez sur place ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 106-140
# ---------------------------------------------------------------------------------------------
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Lauret]] transfère son dossier de la {{Caf}} de {{La Réunion}} vers le {{Rhône}}. Ancien n° alloc : [[N_ALLOCATAIRE:0912274]], un nouveau sera attribué. Ancienne adresse : [[ADRESSE:12 allée des Goyaviers, 97430 Le Tampon]]. Adresse ici : « [[ADRESSE:42 avenue Roger Salengro]] ». Elle ajoute : « c'est à {{Villeurbanne}}, vers les {{Gratte-Ciel}}. [[ADRESSE:Bâtiment B, 3e étage]]. »",
    ),
    (
        "caf",
        "accueil_physique",
        "jeune maman, [[PERSONNE:Shaïna]], {{19 ans}}, premier rdv. bébé dans la poussette 👶. adresse : [[ADRESSE:14 av des minguettes tour 17 appt 1104]], « au [[ADRESSE:11e]], et l'ascenseur il marche un jour sur deux ». l'agent, [[PERSONNE:karim]], lui explique la {{prime de naissance}}. elle repart avec une liste de papiers longue comme le bras.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pause café des agents, {{10h15}}. Sujet du jour : la réforme de la {{solidarité à la source}}. Personne n'a la doc. Une agente : « on va l'apprendre en même temps que les allocataires ». Retour au guichet à {{10h25}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Thierry]]. Appel de M. [[PERSONNE:Gonçalves]] : son ancienne adresse mail, [[EMAIL:jgoncalves@sfr.fr]], ne marche plus (fini {{SFR}}). Nouvelle : [[EMAIL:j.goncalves.lyon@gmail.com]]. Le conseiller : « ça se change dans votre espace, monsieur ». Le monsieur : « mon espace il me demande un code envoyé sur l'ancienne adresse » 🙃",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais, puis en dari. La conseillère passe par l'interprétariat téléphonique ({{ISM}}) : {{8 min}} pour avoir un interprète. L'appel dure {{25 min}} en tout. Elle me dit que c'est « rare, mais de plus en plus ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire en vacances chez sa mère à {{Sainte-Anne}} ({{Guadeloupe}}), elle appelle pour un courrier. N° alloc [[N_ALLOCATAIRE:3951026]]. Elle voudrait qu'on lui écrive là-bas : « [[ADRESSE:Section Durivage, chemin Morne Vent, 97180 Sainte-Anne]] ». La conseillère : impossible, l'adresse du dossier doit rester celle de la résidence en {{métropole}}. Portable : [[TELEPHONE:0690 14 62 58]]. Mme [[PERSONNE:Nestoret]] soupire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Nabil]]. Quartier de la {{Grande Île}} à {{Vaulx}}, [[ADRESSE:montée 5, 7e, 28 chemin de la Grande Île, 69120 Vaulx-en-Velin]]. Sur la boîte aux lettres : [[PERSONNE:BOUAZZA]] / [[PERSONNE:TRAN]]. L'allocataire est déclarée seule. Sur le parking, [[PERSONNE:Nabil]] repère une voiture [[IMMATRICULATION:fd-744-qx]], elle dit que c'est celle de son frère. Il ne note rien.",
    ),
    (
        "caf",
        "controle_sur_place",
        "[[PERSONNE:Baptiste Laforge]], {{20 ans}}, apprenti boulanger à {{Monsols}}, loue le studio au-dessus de la {{boulangerie Dufour}} : [[ADRESSE:1 place du Marché, 69860 Monsols]]. Le patron, M. [[PERSONNE:Dufour]], est aussi le propriétaire → {{APL}} possible ? Oui, s'il n'y a pas de lien de parenté. Le contrôleur vérifie le bail, la quittance de {{mars}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Vacheron]], née à {{Saint-Étienne}}, vient pour une {{carte européenne}}. {{NIR}} lu par l'agent : [[NIR:279024221833085]]. Départ en {{Espagne}} samedi. Adresse : [[ADRESSE:5 imp. du Tonkin, 69100 Villeurbanne]]. Délai : {{2 semaines}}, elle aura un certificat provisoire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Rivière]] (« comme la rivière », il fait la blague lui-même), né à {{Saint-Denis de La Réunion}} en [[DATE_NAISSANCE:novembre 1972]], {{NIR}} [[NIR:1 72 11 97 411 112 64]]. Il veut changer de médecin traitant. L'agente, [[PERSONNE:Rachida]] : « c'est le médecin qui le fait maintenant ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien, M. [[PERSONNE:Lévy]], appelle la ligne des professionnels pour un tiers payant refusé. {{12 min}} pour comprendre que la carte du patient n'est pas à jour. La conseillère : « dites-lui de la mettre à jour en pharmacie »… « mais je SUIS la pharmacie ». Rires.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Chaouch]] dicte son adresse mail : « [[EMAIL:s.chaouch1985@hotmail.com]] ». Pour le courrier : « [[ADRESSE:3 chemin du Bois]]. C'est à {{Saint-Genis-Laval}}. » Puis : « [[ADRESSE:boîte aux lettres n° 2]], sinon ça revient ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : l'assuré a repris le travail la veille. On a fait {{45 km}} pour rien ({{Thizy}} aller-retour). L'agente : « ça arrive une fois sur cinq ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : M. [[PERSONNE:Petrossian]], {{58 ans}}, dort dans sa {{Kangoo}}, [[IMMATRICULATION:AB 231 XR]]. Adresse postale attribuée : {{CCAS de Villeurbanne}}, {{3 rue Anatole France}}, {{69100 Villeurbanne}}. Il demande si « ça fait une vraie adresse pour la banque ». L'agent, [[PERSONNE:Cédric]] : « oui, la banque doit l'accepter ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Madi]], {{31 ans}}, {{4 enfants}}, vient pour une aide à l'énergie. Adresse : [[ADRESSE:cité Lumière, bât. E, porte 118, 69120 Vaulx-en-Velin]]. Facture {{Engie}}, réf. [[IDENTIFIANT:300 412 775 816]]. L'agente, [[PERSONNE:Marie-Claude]], remplit le dossier {{FSL}} énergie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'épicerie sociale du {{CCAS}} ouvre à {{14h}}. À {{13h45}}, {{17 personnes}} dans la cour. Panier moyen : {{8 €}} pour {{40 €}} de courses. La bénévole, [[PERSONNE:Francine]] : « les étudiants, c'est nouveau depuis {{2020}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame de {{Saint-Martin-en-Haut}} demande le portage de repas pour son voisin, M. [[PERSONNE:Martin]], {{90 ans}}, [[ADRESSE:hameau de la Bâtie, 69850 Saint-Martin-en-Haut]]. Son numéro à elle : « [[TELEPHONE:zéro quatre, soixante-dix-huit, quarante-huit, dix, vingt-deux]] ». L'agente rappelle {{demain}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Josiane]] chez Mme [[PERSONNE:Hoarau]], {{82 ans}}, née à {{Saint-Louis}} ({{La Réunion}}) le [[DATE_NAISSANCE:14 juillet 1942]], « le jour de la {{fête nationale}} ». Elle vit [[ADRESSE:tour Mermoz, 12e étage, porte 1204, 20 rue Genton, 69008 Lyon]]. Ascenseur OK aujourd'hui. Elle nous sert du rougail, à {{10h}} du matin.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite prévue chez Mme [[PERSONNE:Bertholet]] : elle n'ouvre pas. On l'entend derrière la porte. [[PERSONNE:Samira]] glisse un mot sous la porte avec le numéro du {{CCAS}}. On repassera {{vendredi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter. [[PERSONNE:Kenzo Bélizaire]], {{21 ans}}, né aux {{Abymes}} en [[DATE_NAISSANCE:octobre 2003]], étudiant à {{Lyon 2}}. {{NIR}} sur son appli {{Ameli}} : [[NIR:1 03 10 97 101 145 86]]. La police demande la plaque du scooter : [[IMMATRICULATION:GB-318-HA]]. Sa copine, [[PERSONNE:Maëva]], arrive en courant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un agent de sécurité, un médiateur, {{2 IOA}}, {{1 secrétaire}}. Pour {{61 patients}}. Le médiateur passe avec un chariot de {{bouteilles d'eau}} et des {{biscuits}}. « C'est mon idée », dit-il fièrement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission : M. [[PERSONNE:Mvondo]] dicte son adresse : « [[ADRESSE:98 cours Émile Zola, appartement 6… non 16, 69100 Villeurbanne]] ». L'agente écrit « Zolla », il corrige. Date de naissance : « [[DATE_NAISSANCE:le 9 du 9, quatre-vingt-dix]] ». {{4 min}} au guichet.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La sœur d'une patiente appelle de {{Mayotte}}, depuis un fixe de {{Mamoudzou}} : [[TELEPHONE:02 69 61 38 20]]. Elle demande des nouvelles de [[PERSONNE:Zaïnaba Ousseni]]. La secrétaire : « je vais lui dire de vous rappeler ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission : M. [[PERSONNE:Hamidou Barry]], {{26 ans}}, guinéen, réfugié ({{OFPRA}}). Carte de résident n° [[IDENTIFIANT:6902217348]]. Inscrit à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:8803417J]]. Mail : [[EMAIL:hamidou.barry224@gmail.com]]. Il aura la {{chambre 9}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au {{CHRS}}, {{19h}}. {{28 couverts}}. Lentilles-saucisses, yaourt. Un résident, « [[PERSONNE:Momo]] », fait la vaisselle « pour passer le temps ». Le veilleur de nuit arrive à {{21h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Marchand]], expulsée du [[ADRESSE:11 rue de l'Espérance, 69700 Givors]] en {{avril}}. Ses meubles sont au garde-meuble {{Shurgard}}, {{box 212}}. Dette : {{3 400 €}}. Elle veut un prélèvement depuis son compte : [[IBAN:FR76 1751 5900 0008 1290 3471 618]]. La référente, [[PERSONNE:Agnès]], appelle le garde-meuble devant nous.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : une jeune femme, [[PERSONNE:Mélissa]], appelle du téléphone d'un passant. Elle peut dormir ce soir chez une copine, elle donne l'adresse pour qu'on la note : « [[ADRESSE:18 rue de la Part-Dieu]]… [[ADRESSE:troisième, porte du milieu]] ». L'écoutante, [[PERSONNE:Claire]] : « rappelez demain à partir de {{9h}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un policier appelle le {{115}} pour un homme en garde à vue qui sort à {{20h}}. Nom : [[PERSONNE:Nordine Bensaïd]], né le [[DATE_NAISSANCE:29/02/1984]]. Le policier : « il a rien, pas de téléphone, pas de chaussures ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit à {{Gerland}}. Un couple vit dans un camion {{Renault Master}} blanc, [[IMMATRICULATION:BN-084-LC]], garé près du {{stade de Gerland}}. [[PERSONNE:Jean-Luc]] et [[PERSONNE:Sabrina]]. Ils ne veulent pas être séparés, donc pas de {{115}}. On laisse {{2 couvertures}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du {{CHRS}} : [[ADRESSE:7 rue Saint-Jérôme, 2e gauche, 69007 Lyon]]. Mme [[PERSONNE:Benyahia]] et ses {{2 filles}}. L'éducatrice, [[PERSONNE:Nathalie]], vérifie le détecteur de fumée, puis les comptes du mois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription à {{Villefranche}} : M. [[PERSONNE:Loïc Perraud]], [[DATE_NAISSANCE:12/12/1998]], identifiant [[ID_FRANCE_TRAVAIL:6641187C]]. Adresse : [[ADRESSE:chem. des Sources, Le Moulin Neuf, 69640 Denicé]]. Permis B, pas de voiture : « ma mère me prête la sienne le week-end ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum de l'emploi dans le hall : {{Amazon}}, {{Keolis}}, l'{{armée de Terre}}, une agence d'intérim. Les jeunes font la queue pour l'armée. Un conseiller : « ils veulent surtout le permis gratuit ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère, [[PERSONNE:Mélanie]], met à jour le profil de Mme [[PERSONNE:Traoré]] : tel [[TELEPHONE:+33 7 68 20 51 93]], mail [[EMAIL:AWA.TRAORE.PRO@GMAIL.COM]] (« tout en majuscules sinon je me trompe »). Identifiant [[ID_FRANCE_TRAVAIL:4529816K]]. {{10 min}} en tout.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur, la {{Boulangerie Ange}} de {{Bron}}, qui cherche un apprenti. Le conseiller saisit l'offre n° {{187QWRT}}. L'employeur : « des jeunes motivés, pas des touristes ». {{9 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'assistante sociale de l'hôpital appelle pour organiser une sortie : M. [[PERSONNE:Guillot]], {{89 ans}}, retour à domicile [[ADRESSE:2 imp. Pasteur, 69530 Brignais]]. Il faut une aide à domicile dès {{lundi}}. L'agente : « le {{SAAD}} est plein jusqu'à la fin du mois ».",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 141-175
# ---------------------------------------------------------------------------------------------
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Ouverture de droits {{RSA}}. Mme [[PERSONNE:Laghouati]], née à {{Vaulx-en-Velin}} en [[DATE_NAISSANCE:janvier 92]]. {{NIR}} : [[NIR:2 92 01 69 256 098 26]]. Compte {{La Banque Postale}} : [[IBAN:FR68 2004 1010 0704 5678 9K03 864]]. Adresse : [[ADRESSE:bât. Les Tilleuls, 9e étage, porte 92, 5 rue Romain Rolland, 69120 Vaulx-en-Velin]]. L'agente, [[PERSONNE:Carole]], fait tout en {{20 min}}, je suis impressionné.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil : « Prenez un ticket : {{A}} = sans {{RDV}}, {{B}} = RDV, {{C}} = dépôt de documents ». Une dame prend les trois. L'agent rit, lui garde le A. Attente affichée : {{35 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Courrier revenu « {{NPAI}} ». L'agent lit l'adresse sur l'enveloppe : « M. [[PERSONNE:RAMOS]] — [[ADRESSE:LE PETIT BOIS — 69590 COISE]] ». L'allocataire, M. [[PERSONNE:Ramos]], est là : « il manque [[ADRESSE:La Côte]], c'est pour ça ! Le facteur de {{Coise}} est nouveau ». On passe au courrier électronique : [[EMAIL:ramos.fermedubois@orange.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Oukili]] appelle depuis son travail, il chuchote. N° alloc : [[N_ALLOCATAIRE:1672540]]. « Rappelez-moi au [[TELEPHONE:+33 (0)6 27 14 85 39]] après {{17h}} ». La conseillère ne fait pas de rappel sortant. Il raccroche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire qui part s'installer à {{Saint-Pierre}} ({{La Réunion}}) : il faut transférer le dossier. M. [[PERSONNE:Dijoux]], n° alloc [[N_ALLOCATAIRE:2284715]]. Future adresse : [[ADRESSE:8 rue Marius et Ary Leblond, Terre Sainte, 97410 Saint-Pierre]]. Nouveau compte là-bas : [[IBAN:FR76 1990 6009 7424 6008 3915 752]]. La conseillère, [[PERSONNE:Sandrine]] : « la {{Caf}} de La Réunion prendra le relais, comptez {{2 mois}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Hervé]]. [[ADRESSE:Les Minguettes, tour 35, esc. A, 14e étage, 69200 Vénissieux]]. Mme [[PERSONNE:Zitouni]], née à {{Vénissieux}} en [[DATE_NAISSANCE:mars 1987]]. [[PERSONNE:Hervé]] vérifie la carte vitale : [[NIR:2 87 03 69 259 045 72]]. Qui est le « [[PERSONNE:Farid]] » écrit sur l'interphone ? « Mon ex, il est parti en {{2022}}, j'ai jamais changé l'étiquette. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle près du {{lac des Sapins}}. Mme [[PERSONNE:Vuillet]] vit à l'année dans un mobil-home : [[ADRESSE:camping du Lac, emplacement 47, 69550 Cublize]]. Le contrôleur, [[PERSONNE:Patrick]], demande si c'est sa résidence principale. Elle : « depuis {{2019}}, oui, même l'hiver ». Il fait {{4°}} dedans.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Öztürk]], née en {{Turquie}} en [[DATE_NAISSANCE:novembre 85]], {{NIR}} [[NIR:2 85 11 99 208 040 53]], vient déclarer son médecin traitant. Titre de séjour : [[IDENTIFIANT:6903384192]]. Mail : « [[EMAIL:elif.ozturk (arobase) laposte (point) net]] ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'accueil ferme à {{16h}}. À {{15h58}} un monsieur arrive en courant. L'agent de sécurité regarde l'agente, l'agente regarde l'horloge. Elle dit « allez ». {{6 min}} de dépassement, elle me fait un clin d'œil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Da Silva]] appelle pour un remboursement de {{32 €}} pas reçu. Il lit son IBAN : « [[IBAN:FR trente-trois, trois mille, deux mille cinq, cinq mille, zéro zéro quinze, soixante-dix-huit quarante et un, Z vingt-cinq]] ». La conseillère, [[PERSONNE:Valérie]] : « c'est bon, c'est le même que chez nous ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Heure de pointe {{9h}}-{{10h}} : {{240 appels}} en file pour {{18 conseillers}}. Le tableau de bord au mur passe au rouge à {{9h07}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, quartier des {{Vernes}} à {{Givors}}. [[ADRESSE:immeuble Le Verlaine, 4e, porte 4B, 3 rue Lamartine, 69700 Givors]]. M. [[PERSONNE:Cherif]] ouvre en pyjama, il est bien malade. L'agente, [[PERSONNE:Dominique]], coche « présent ». {{3 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lemoine]], {{69 ans}}, née à {{Paris}} ({{12e}}) le [[DATE_NAISSANCE:19 mars 1955]], retraitée de la {{SNCF}}, demande un logement social. Elle vit [[ADRESSE:au-dessus du garage, 4 route de Lyon, 69510 Thurins]]. Numéro de sécu pour le dossier : [[NIR:255037511228720]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Mercredi}} = jour des familles au {{CCAS}}. Coin jeux avec des {{Lego}}. Le petit [[PERSONNE:Ilyes]] et un autre enfant se battent pour un camion de pompiers. Les mamans rient. Ambiance plus légère qu'à la {{Caf}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Aït Ouali]] vient avec une lettre de son avocate, Me [[PERSONNE:Garnier-Bensoussan]], pour l'aide juridictionnelle. Affaire RG [[IDENTIFIANT:24/03187]]. Domicilié au {{CCAS}} ({{5 avenue Marcel Houël}}). Il montre aussi sa page {{Facebook}} où il vend des meubles : [[IDENTIFIANT:@aitouali.brocante]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour sa mère qui arrive de {{Mayotte}} la semaine prochaine. Adresse actuelle de la mère : « [[ADRESSE:village de Mramadoudou, à côté de l'école primaire, 97620 Chirongui]] », elle épelle le nom du village lettre par lettre. La fille : Mme [[PERSONNE:Chamsidine]], tel [[TELEPHONE:07 49 12 80 36]]. La mère : [[PERSONNE:Mariama Abdou]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une mairie voisine qui demande comment le {{CCAS}} gère la domiciliation. {{20 min}} d'échanges de pratiques. L'agente conclut : « en fait on fait tous pareil, mais chacun à sa sauce ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au chauffage.\nAdresse donnée par la mairie : [[ADRESSE:rte de la Croix Rouge]]\nAdresse réelle : [[ADRESSE:La Combe, 69770 Villechenève]], chemin de terre, {{800 m}}.\nM. [[PERSONNE:Bissardon]], {{66 ans}}, chauffage au fioul, cuve vide. Fioul à {{1,20 €}} le litre. [[PERSONNE:Corinne]] ({{CCAS}}) promet une réponse sous {{8 jours}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Anselme]], {{84 ans}}, veuf, [[ADRESSE:7 rue Jean-Baptiste Say, 5e étage, 69001 Lyon]] (pentes de la {{Croix-Rousse}}), pas d'ascenseur. Il garde un compte à la {{CEPAC}} « pour le pays » : [[IBAN:FR7611315000010800291387576]]. [[PERSONNE:Josiane]] l'aide à faire un virement à sa sœur à {{Basse-Terre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les {{pompiers}} amènent un motard. Le policier note la plaque de la moto, [[IMMATRICULATION:AC-459-NJ]], et le nom sur le permis : [[PERSONNE:Anthony Giraud-Moreau]], [[DATE_NAISSANCE:22.06.1996]]. L'{{IOA}}, [[PERSONNE:Fabrice]] : « on verra les papiers après ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame demande au guichet où sont « les urgences pour les animaux ». Son chat a avalé un élastique. L'agente lui donne l'adresse de la clinique vétérinaire de {{VetAgro Sup}} à {{Marcy-l'Étoile}}. Tout le monde sourit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un ambulancier ({{Ambulances du Lyonnais}}) appelle pour savoir où raccompagner Mme [[PERSONNE:Girardet]] : l'adresse du dossier est [[ADRESSE:12 rue Victor Hugo, 69160 Tassin]], mais sa fille dit qu'elle vit maintenant chez elle, [[ADRESSE:Le Bourg, 69510 Messimy]]. L'infirmière, [[PERSONNE:Marion]], rappelle la fille pour confirmer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien : Mme [[PERSONNE:Stoica]], roumaine, {{3 enfants}}. Passeport roumain [[IDENTIFIANT:059417382]]. Inscrite à {{France Travail}} ? Oui : [[ID_FRANCE_TRAVAIL:1208863F]]. Elle parle très bien français, appris « avec {{Netflix}} ». Référente : [[PERSONNE:Hélène]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a un potager : {{6 bacs}}, tomates, courgettes, une {{pierre}} peinte « jardin de tous ». Un résident, [[PERSONNE:Marcel]], arrose à {{8h}} tous les matins. L'éduc : « c'est le seul moment où il parle ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un jeune homme mis dehors par son père. Il donne l'adresse familiale « au cas où la police demande » : [[ADRESSE:11 av. Jean Jaurès, bât 3, esc. C, 69150 Décines]]. Nom : [[PERSONNE:Rayan Ben Amor]], {{18 ans}} depuis {{hier}}. Portable : [[TELEPHONE:06 03 77 51 29]]. L'écoutant, [[PERSONNE:Rémi]] : mise à l'abri au {{gymnase}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme : {{76 appels}} avant minuit. Le logiciel plante à {{23h12}}, l'écoutante passe au papier. « On a l'habitude, on a toujours un cahier. »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de la {{gendarmerie de Tarare}} : un homme dort dans une grange, [[ADRESSE:lieu-dit Les Sagnes, 69170 Joux]]. Nom donné : [[PERSONNE:Christophe Berthaud]], né « en [[DATE_NAISSANCE:soixante-dix-huit]] ». Pas de place dans le nord-ouest du département, le {{115}} propose {{Villefranche}}, il refuse.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude sur les {{berges du Rhône}}. [[PERSONNE:Dragan]], {{47 ans}}, serbe, vit sous une bâche depuis {{2 ans}}. Il montre son récépissé de demande de titre : [[IDENTIFIANT:6901128845]]. [[PERSONNE:Moussa]] (éduc) lui propose le {{Point Santé}} demain {{10h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Suivi post-hébergement : [[PERSONNE:Jessica Payet]] vient d'avoir un logement {{Grand Lyon Habitat}}, [[ADRESSE:16 rue Paul Kruger, appt 22, 69100 Villeurbanne]]. Référente : [[PERSONNE:Agnès]]. On vérifie le prélèvement du loyer sur son compte, [[IBAN:FR76 1870 7000 9303 1198 4507 655]]. Sa mère, restée [[ADRESSE:chemin Grand Coude, 97480 Saint-Joseph]], l'appelle en visio pendant la visite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller, [[PERSONNE:Romain]], reçoit [[PERSONNE:Nassim Ferchichi]], {{24 ans}}. Identifiant [[ID_FRANCE_TRAVAIL:2870341H]]. Il vient de déménager : [[ADRESSE:71 B bd de Balmont, 69009 Lyon]] ({{La Duchère}}). {{Contrat d'engagement jeune}}, allocation de {{528 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Cette agence a un « {{coin calme}} » avec {{4 coussins}}. Personne ne s'y assoit. Le directeur : « c'était une idée du siège ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jacquemet]], ancien chauffeur {{SPL}}, {{57 ans}}, veut une remise à niveau {{FIMO}}. Il a sa camionnette {{Iveco}}, [[IMMATRICULATION:DS 507 HP]]. Né le [[DATE_NAISSANCE:1967-08-04]]. Habite [[ADRESSE:La Ronze, 69870 Saint-Just-d'Avray]], « à {{40 min}} de tout ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant. La demandeuse lit son identifiant : « [[ID_FRANCE_TRAVAIL:trois, huit, un, cinq, zéro, neuf, deux, L comme Louis]] ». Mme [[PERSONNE:Garcia]]. Il manque l'attestation employeur de {{Carrefour Market}}. La conseillère, [[PERSONNE:Sophie]], envoie un mail type.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur parti s'installer à {{La Réunion}} : M. [[PERSONNE:Hoarau]]. Nouvelle adresse : [[ADRESSE:26 chemin Summer, 97440 Saint-André]]. Tel : [[TELEPHONE:06 93 20 48 71]]. Le conseiller, [[PERSONNE:Julien]] : « votre dossier va passer à l'agence de {{Saint-André}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Mendy]], dossier [[N_ALLOCATAIRE:6032198]], vient déclarer qu'elle a acheté une voiture d'occasion ({{1 500 €}}) : « ça compte dans les ressources ? ». L'agent, [[PERSONNE:Karim]], rit : non. Elle montre quand même la carte grise, [[IMMATRICULATION:CW-662-ZR]]. Adresse : [[ADRESSE:2 place Abbé Pierre, 69009 Lyon]].",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 176-210
# ---------------------------------------------------------------------------------------------
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Une dame a recopié l'en-tête du courrier dans la case adresse : celle de la {{Caf}}, {{67 bd Vivier-Merle}}. L'agente, [[PERSONNE:Nadège]], corrige avec elle : [[ADRESSE:3 rue Saint-Maximin, 69003 Lyon]]. Mme [[PERSONNE:Bouvier-Traoré]], n° alloc [[N_ALLOCATAIRE:7710346]]. Elle repart par le métro {{Part-Dieu}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent fait une démo du scan de justificatifs avec l'appli {{Caf - Mon Compte}}. La photo est floue trois fois. Il conclut : « il faut de la lumière ». Il ouvre le store.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Nzau]] tend un papier où il a écrit son adresse : « [[ADRESSE:batimant 12 escalié 3 apartemen 57, cité des Étoiles, Bron]] ». L'agent recopie proprement en {{3 min}}. Tel : [[TELEPHONE:07.62.18.40.95]]. N° alloc [[N_ALLOCATAIRE:0351987]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire au tel qui dicte sa nouvelle adresse : « [[ADRESSE:quinze ter, enfin non, quinze bis, impasse des Noyers, 69330 Meyzieu]] ». La conseillère, [[PERSONNE:Sandrine]], tape « 15 bis imp. des Noyers ». Mme [[PERSONNE:Rigaud]]. {{4 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La conseillère a {{17 onglets}} ouverts. Elle jongle entre les applis pendant que Mme [[PERSONNE:Hadjadj]] parle. « On a {{6 logiciels}} pour un seul dossier. » Appel de {{11 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Casanova]], née à {{Bastia}} en [[DATE_NAISSANCE:décembre 1990]], {{NIR}} [[NIR:2 90 12 2B 033 004 22]]. Logement : [[ADRESSE:résidence Les Glycines, bât. 2, 1er étage, 10 chemin de Crépieux, 69300 Caluire]]. [[PERSONNE:Stéphane]] demande pourquoi elle déclare {{0 €}} de ressources. Elle travaille « au noir » dans un restaurant, elle le dit franchement.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur l'aire d'accueil de {{Villefranche}}. M. [[PERSONNE:Winterstein]], [[ADRESSE:aire des Grillons, place 6]]. Deux caravanes, un fourgon [[IMMATRICULATION:DX-120-MB]]. Le contrôleur, [[PERSONNE:Nabil]], vérifie la scolarité des enfants (certificats du {{collège Faubert}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Théo Bernardin]], {{25 ans}}, né à {{Villeurbanne}} le [[DATE_NAISSANCE:7 avril 1999]], premier emploi. Il découvre qu'il n'a jamais eu de carte vitale à son nom. L'agent retrouve son {{NIR}} : [[NIR:1 99 04 69 266 612 34]]. {{RIB}} pour les remboursements : [[IBAN:FR76 1286 9000 2004 5771 2300 108]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un écran au-dessus de l'accueil diffuse une pub {{Ameli}} : « Votre santé, c'est aussi sur votre téléphone ». En dessous, une dame de {{80 ans}} tient un téléphone à clapet.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}} : M. [[PERSONNE:Gueye]], hébergé chez un compatriote, M. [[PERSONNE:Ndiaye]], [[ADRESSE:19 rue Paul Bert, 3e étage sur cour, 69003 Lyon]]. L'hébergeant a envoyé l'attestation depuis [[EMAIL:ndiaye.ousmane@yahoo.fr]]. L'agente imprime. Dossier complet 🎉",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rodrigues]] appelle pour une attestation de droits. Née au {{Portugal}} le [[DATE_NAISSANCE:3 août 1968]]. Elle donne son {{NIR}} en deux fois : « [[NIR:2 68 08 99 139]]… attendez, je cherche mes lunettes… [[NIR:022 16]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente, [[PERSONNE:Valérie]], m'explique qu'au téléphone elle ne donne que son prénom raccourci : « [[PERSONNE:Val]] ». « Une fois un monsieur m'a cherchée sur {{LinkedIn}}. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail : l'adresse du dossier, « [[ADRESSE:Le Thiollet]] », ne dit rien au {{GPS}}. On appelle l'assuré. Il précise : « [[ADRESSE:chemin du Thiollet, la maison en pierre, 69440 Taluyers]] ». M. [[PERSONNE:Gonin]] est là, en arrêt pour le dos… il fend du bois. [[PERSONNE:Dominique]] note « activité à vérifier ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Bacar]], arrivée de {{Mayotte}} avec son fils, hébergée chez sa tante, [[ADRESSE:4 montée de la Grande Côte, 69001 Lyon]]. Elle demande une aide pour des vêtements chauds : « à {{Dzaoudzi}} il fait {{30 degrés}} ». L'agente, [[PERSONNE:Marie-Claude]], donne un bon pour la vestiboutique de la {{Croix-Rouge}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} a installé une {{bagagerie solidaire}} dans le hall : {{24 casiers}} pour les personnes sans domicile. {{19}} sont occupés. Une clé par personne, accrochée à un bracelet.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financière exceptionnelle. M. [[PERSONNE:Lefèvre-Nowak]], [[ADRESSE:res. du Parc, bat. 4, 69800 Saint-Priest]]. La commission versera {{150 €}} directement au bailleur ; lui voudrait sur son compte, [[IBAN:FR76 4255 9100 0008 0162 7503 948]]. Refusé. Il laisse son mail pour la réponse écrite : [[EMAIL:p.lefevre.nowak@laposte.net]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription au {{plan canicule}} par téléphone.\nNom : [[PERSONNE:Louise Ferrand]], {{93 ans}}.\nAdresse : « [[ADRESSE:27 rue Sully]] » — « c'est dans le {{6e}} ».\nFixe : « [[TELEPHONE:quatre, soixante-dix-huit, vingt-quatre, onze, cinquante-six]] » (elle oublie le zéro).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur demande « le numéro de la {{Caf}} ». L'agente, [[PERSONNE:Martine]], donne le {{3230}}. Il rappelle {{10 min}} plus tard : « ça sonne occupé ». Elle lui propose de venir au point numérique.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Samira]] : [[ADRESSE:8 rue des Alpes, tour B, 15e, 69140 Rillieux-la-Pape]] ({{La Velette}}). M. et Mme [[PERSONNE:Haddad]]. Le monsieur, [[PERSONNE:Fouad]], est en fauteuil ; l'ascenseur est en panne depuis {{12 jours}}, il n'est pas sorti. [[PERSONNE:Samira]] appelle le bailleur ({{Dynacité}}) devant nous.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant brûlé (casserole). Le papa, [[PERSONNE:Mehmet Kaya]], remplit la fiche : [[ADRESSE:bâtiment G, Les Clochettes, 69190 Saint-Fons]]. Enfant : [[PERSONNE:Emir]], {{3 ans}}, né le [[DATE_NAISSANCE:15/05/2021]]. Il a laissé sa voiture devant l'entrée, [[IMMATRICULATION:FK-389-RE]] ; le vigile lui demande de la déplacer.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Coupure de courant de {{4 secondes}}. Les groupes électrogènes prennent le relais. Personne dans la salle d'attente ne l'a remarqué, sauf moi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. « [[PERSONNE:Kader]] » (il ne donne que ça), sans domicile, domicilié à l'association {{Le Mas}}. {{IPP}} : [[IDENTIFIANT:8004729310]]. Année de naissance : « [[DATE_NAISSANCE:mil neuf cent soixante-douze]] », le jour il ne sait plus.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle de {{La Réunion}} ([[TELEPHONE:+262 692 84 15 06]]) : sa mère, [[PERSONNE:Marie-Thérèse Técher]], a été amenée hier soir. La cadre de santé, [[PERSONNE:Hélène Ribeiro]], prend l'appel dans son bureau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{centre 15}} : « on vous envoie {{3 victimes}} d'un accident sur l'{{A7}} ». Le chef de service déclenche le renfort. {{40 min}} plus tard la salle est pleine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Point emploi au {{CHRS}} avec la conseillère {{France Travail}} détachée, [[PERSONNE:Laurence]]. M. [[PERSONNE:Diarra]] : identifiant [[ID_FRANCE_TRAVAIL:9014462E]], mail [[EMAIL:diarra.seydou@outlook.fr]]. Entretien chez {{Onet}} lundi à {{6h}}. Problème : le premier métro est à {{5h}} et il faut {{45 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil : Mme [[PERSONNE:Nelson]], {{44 ans}}, venue de {{Guadeloupe}} pour un traitement à {{Lyon}}. Ancienne adresse : [[ADRESSE:Lotissement Les Flamboyants, lot 12, 97122 Baie-Mahault]]. Née le [[DATE_NAISSANCE:30 octobre 1980]]. Hébergée au {{Campanile}} {{Lyon Est}}, {{chambre 17}}, en attendant une place.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Lessive collective : une seule machine pour {{30 résidents}}, planning au mur. Conflit pour le créneau de {{18h}}. L'éducateur, [[PERSONNE:Youssef]], règle ça en {{30 secondes}} : tirage au sort, « c'est la règle depuis {{2021}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme appelle le {{115}} : sa famille dort dans la voiture, un {{Scénic}} gris [[IMMATRICULATION:ED-640-KN]], sur le parking de l'{{Intermarché}} de {{Saint-Priest}}. Nom : [[PERSONNE:Adrian Dumitru]]. {{2 enfants}}, {{4}} et {{7 ans}}. L'écoutante, [[PERSONNE:Claire]], envoie l'équipe mobile.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme victime de violences rappelle le {{115}} : [[PERSONNE:Sabrina Mekki]], née le [[DATE_NAISSANCE:1993-07-12]]. Elle a quitté le domicile conjugal, [[ADRESSE:9 rue du Repos, 69007 Lyon]], avec ses {{2 enfants}}. Mise à l'abri {{ce soir}} dans un appartement dédié, adresse non communiquée au téléphone.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus à {{Vaulx}} : [[ADRESSE:appartement 1203, 12e étage, 6 rue Maurice Audin, 69120 Vaulx-en-Velin]] ({{Mas du Taureau}}). M. [[PERSONNE:Lopez]] et son fils. Lave-linge en panne, le {{CHRS}} en commande un chez {{Boulanger}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Zhang]], née le [[DATE_NAISSANCE:21/01/1983]], identifiant [[ID_FRANCE_TRAVAIL:3306528N]]. Adresse sur le dossier : [[ADRESSE:18 rue Pasteur, 69007 Lyon]]. Elle corrige : « non, [[ADRESSE:18 rue Pasteur]], c'est à {{Villeurbanne}} ». La conseillère, [[PERSONNE:Christelle]], rit : « il y en a partout ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche dans l'ascenseur : « Votre conseiller vous reçoit sur {{RDV}}, pensez à l'appli {{France Travail}} ». L'ascenseur est en panne. On monte à pied au {{3e}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demandeur de {{Thizy}}, M. [[PERSONNE:Dubost]] : pour travailler à {{Roanne}} il lui faut une voiture. Aide au permis + {{microcrédit}}. Il montre la carte grise de la voiture de sa mère : [[IMMATRICULATION:6823 TV 69]]. Adresse : [[ADRESSE:Le Montet, rte d'Amplepuis, 69240 Thizy-les-Bourgs]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère, [[PERSONNE:Sophie]], note le mail d'une demandeuse : « [[EMAIL:khadija.benmoussa@gmail.com]] » — « deux s à moussa ! ». Mme [[PERSONNE:Benmoussa]]. {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une entreprise de nettoyage se plaint : « vous m'envoyez des gens sans permis ». Le conseiller, [[PERSONNE:Benoît]], explique que l'offre ne demandait pas le {{permis B}}. Offre n° {{176WXZB}} modifiée pendant l'appel.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Notes 211-240
# ---------------------------------------------------------------------------------------------
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Bensalem]], chauffeur {{VTC}} auto-entrepreneur, déclare son chiffre d'affaires pour la {{prime d'activité}}. Son SIRET perso : [[IDENTIFIANT:852 417 393 00018]]. N° alloc [[N_ALLOCATAIRE:4127795]]. Il roule surtout pour {{Uber}}. Adresse : « [[ADRESSE:27 chemin de Montlouis]] », puis « [[ADRESSE:villa 3, au fond de l'allée]] », « à {{Écully}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{16h45}}. Dernier ticket : {{A112}}. L'agente range, éteint l'écran, puis le rallume : elle a oublié de « clôturer la journée » dans le logiciel, sinon les stats sont fausses.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Pierre-Louis]] appelle de {{Baie-Mahault}} pour son fils, étudiant à {{Lyon}}, qui touche l'{{APL}}. N° alloc du fils : [[N_ALLOCATAIRE:5598031]]. Le père voudrait que l'APL arrive sur son compte à lui : [[IBAN:FR76 1627 5001 0008 7639 5120 455]]. La conseillère, [[PERSONNE:Sandrine]] : « seul votre fils peut le demander ». Il laisse son fixe : [[TELEPHONE:05 90 26 71 44]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Amrani]] : « j'habite plus à {{Bron}}, maintenant c'est à {{Grigny}}, [[ADRESSE:4 allée des Mimosas, appartement 12]] ». Le code postal ? « {{69520}} ». On entend son chien aboyer : « chut, {{Rocky}} ! ». La conseillère sourit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une allocataire qui déclare {{10 h}} par semaine chez {{Coiffure Nadia B.}} La patronne, Mme [[PERSONNE:Boudjema]], confirme au téléphone. Adresse de l'allocataire : [[ADRESSE:chemin des Mûriers, 2e maison à gauche, 69360 Communay]]. Contrôleur : [[PERSONNE:Patrick]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}}, [[PERSONNE:Hervé]]. M. [[PERSONNE:Mohamed Abdallah]], né à {{Mamoudzou}}, dit vivre seul [[ADRESSE:14 rue des Tanneurs, 2e étage, 69330 Meyzieu]]. Dans le couloir, des chaussures de femme. Il rit : « c'est à ma cousine, elle vient le week-end ». [[PERSONNE:Hervé]] ne dit rien, note « ressources à vérifier ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Clémence Roux]], née à {{Lyon}} le [[DATE_NAISSANCE:11 septembre 2001]], quitte le régime de ses parents. {{NIR}} : [[NIR:2 01 09 69 383 517 93]]. Mail : [[EMAIL:clemence.roux01@etu.univ-lyon1.fr]]. L'agente l'aide à créer son compte {{Ameli}} en {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur conteste un dépassement d'honoraires, facture n° [[IDENTIFIANT:FAC-2024-11873]] de la {{Clinique du Parc}}. L'agent appelle le service contentieux, {{poste 42107}}. M. [[PERSONNE:Guerin]] attend debout. Réponse : « il faut écrire ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Allard]] lit son numéro : « [[NIR:1 97 09 38 185 443 59]] ». La conseillère : « 38, vous êtes né en {{Isère}} ? » — « à {{Grenoble}}, oui ». Il est encore rattaché à la {{Cpam}} de l'{{Isère}} alors qu'il vit à {{Lyon}} depuis {{2020}}. Nouvelle adresse : [[ADRESSE:56 rue de Marseille, 69007 Lyon]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Janssens]], retraitée belge installée à {{Caluire}}, veut donner son compte {{ING}} : [[IBAN:BE30 3101 2887 6411]]. La conseillère : il faut d'abord le formulaire {{S1}}. Mme [[PERSONNE:Janssens]] : « encore un papier ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt : [[ADRESSE:chem. de la Fontaine, 69290 Pollionnay]]. Une {{fontaine}} en pierre devant la maison (!). Personne. La voisine : « Mme [[PERSONNE:Brossard]] est chez le kiné à {{Vaugneray}} ». [[PERSONNE:Dominique]] laisse l'avis de passage.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Saint-Priest}}, quartier {{Bellevue}}. L'adresse du dossier s'arrête à « [[ADRESSE:12 rue Claude Farrère]] ». Sur place : {{6 entrées}}. La gardienne : « [[ADRESSE:entrée D, 3e, porte face]] ». M. [[PERSONNE:Yahiaoui]] est là. Présent, coché.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient avec sa chienne {{Mimi}} dans un cabas. Elle demande une aide pour les croquettes : refusé, « ce n'est pas dans le règlement ». Mme [[PERSONNE:Courtois]] repart vexée ; l'agent, [[PERSONNE:Cédric]], lui donne l'adresse de la {{SPA}} de {{Brignais}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide sociale à l'hébergement : la mère de M. [[PERSONNE:Lambert]] entre à la {{Résidence Marcel Pagnol}}, {{2 600 €}} par mois. Ancienne adresse de la mère : [[ADRESSE:Les Grandes Terres, 69590 Pomeys]]. Faut-il vendre la maison ? L'agente : « pas forcément ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une travailleuse sociale du Département appelle, « rappelez-moi au standard, {{poste 3318}} ». C'est pour M. [[PERSONNE:Wojcik]], qui dit être domicilié au {{CCAS}}. L'agente vérifie : oui, depuis {{juin}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au [[ADRESSE:hameau du Sauzey, 69610 Souzy]] chez M. [[PERSONNE:Payet]] (« oui, comme la moitié de {{La Réunion}} »). Son chien, {{Pépito}}, nous suit partout. Ancienne ferme sans chauffage. [[PERSONNE:Corinne]] parle d'un dossier {{MaPrimeRénov'}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Gharbi]], [[ADRESSE:imp. Victor Basch, bât. 2, 3e g., 69200 Vénissieux]]. Sur la table, le courrier de la {{Caf}} avec son n° allocataire : [[N_ALLOCATAIRE:8846102]]. [[PERSONNE:Samira]] l'aide à comprendre un trop-perçu de {{1 180 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Jeune homme, bagarre. Il donne un faux nom à l'{{IOA}} : « [[PERSONNE:Tony Montana]] ». La police arrive ; vrai nom : [[PERSONNE:Anthony Morel]], né en [[DATE_NAISSANCE:2005]]. L'IOA, [[PERSONNE:Fabrice]], change la fiche sans un mot.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{5h30}}. Relève dans {{1h30}}. L'{{IOA}} de nuit mange une compote debout. {{14 patients}} encore en attente. Elle me dit : « la nuit, c'est les vraies urgences et les gens seuls ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un voisin appelle : Mme [[PERSONNE:Perrin]] a été hospitalisée, son chat {{Caramel}} est seul [[ADRESSE:3 rue des Capucins, 69001 Lyon]]. Il a la clé. La secrétaire prend son numéro, [[TELEPHONE:06 14 09 83 57]], et promet de transmettre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget : M. [[PERSONNE:Mercier]], {{RSA}}, n° alloc [[N_ALLOCATAIRE:3079154]], inscrit à {{France Travail}} sous l'identifiant [[ID_FRANCE_TRAVAIL:5572093S]]. Participation à l'hébergement : {{10 %}} des ressources. Il trouve ça « normal ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission : Mme [[PERSONNE:Zénon]], {{52 ans}}, après {{3 mois}} à la rue. {{CNI}} n° [[IDENTIFIANT:150497104217]]. Sa famille en {{Guadeloupe}} : [[ADRESSE:section Vieux-Bourg, 97111 Morne-à-l'Eau]]. Elle ne veut pas qu'on les prévienne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'assistante sociale de l'hôpital {{Saint-Joseph Saint-Luc}} appelle le {{115}} pour un patient sortant, M. [[PERSONNE:Olszewski]]. Elle enverra le rapport au {{SIAO}} ; son mail à elle : [[EMAIL:a.martinez@ch-sjsl.fr]]. Réponse : liste d'attente.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{3h}} du matin : un seul écoutant. {{9 appels}} en {{1 heure}}, surtout des gens qui veulent juste parler. Il écoute, longtemps.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Équipe mobile : une famille vit dans une caravane, [[ADRESSE:lieu-dit Les Bottes, parcelle derrière la déchetterie, 69780 Mions]]. Voiture tractrice : [[IMMATRICULATION:CR-915-DV]]. La mère, [[PERSONNE:Sandra Doerr]], veut surtout une place à l'école de {{Mions}} pour les petits.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Okafor]], ingénieure nigériane, diplôme non reconnu. Identifiant [[ID_FRANCE_TRAVAIL:7734108W]]. Mail : [[EMAIL:chioma.okafor@proton.me]]. Adresse : [[ADRESSE:22 rue Chevreul, 69007 Lyon]]. La conseillère, [[PERSONNE:Mélanie]], l'oriente vers {{ENIC-NARIC}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Ansoufdine Mohamed]], {{20 ans}}, né à {{Dzaoudzi}} le [[DATE_NAISSANCE:2 novembre 2004]], veut être chauffeur-livreur. Le conseiller, [[PERSONNE:Romain]], note l'adresse de son oncle, où il vit : [[ADRESSE:Les Minguettes, tour 22, 9e, 69200 Vénissieux]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « simulation d'entretien ». Le conseiller joue le recruteur de {{Boulangerie Marie Blachère}}. La participante, [[PERSONNE:Naïma]], répond parfaitement, puis éclate de rire. Tout le monde applaudit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant vers un demandeur qui ne vient plus : le conseiller lit le numéro tout haut en composant, « [[TELEPHONE:zéro sept, cinquante-deux, trente, dix-sept, quatre-vingt-huit]] ». M. [[PERSONNE:Moreau-Diop]], identifiant [[ID_FRANCE_TRAVAIL:8156620A]]. Il a trouvé un {{CDI}} chez {{Decathlon}} et a oublié de le dire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ivanova]] change d'adresse par téléphone : « [[ADRESSE:5 rue Garibaldi]] ». Un silence. « Non, [[ADRESSE:5 rue Général Brosset]] ! L'autre, c'était avant. » Elle est à {{Caluire}}. Le conseiller, [[PERSONNE:Julien]], corrige.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value with surrounding spaces: {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            out.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep with surrounding spaces: {kept!r}")
            if kept not in keep:
                keep.append(kept)
            out.append(kept)
            length += len(kept)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        if channel == "controle_sur_place" and site_kind in NO_HOME_VISIT:
            raise ValueError(f"no home visit at {site_kind}")
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
    """Return (dev ids, holdout ids); uses only the ids and the cells."""
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
