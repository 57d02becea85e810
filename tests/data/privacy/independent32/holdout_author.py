"""Independent evaluation notes for the French anonymiser, set 32 (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` for a value to mask and ``{{value}}`` for a string to keep. Running this
file strips the marks, computes the offsets, builds the ``keep`` lists, numbers the notes
``ind32-001`` ... ``ind32-240`` in writing order, draws a 120 / 120 split stratified by
(site_kind, channel) with ``random.Random(32)`` and writes ``dev.jsonl`` and ``holdout.jsonl``
next to this file. The output is deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind32"
SEED = 32
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

NOTES = [
    # ---- Caf, accueil physique (32) ----
    (
        "caf",
        "accueil_physique",
        "{{9h12}} ouverture, deja {{14 pers}} dehors 😬\nTicket {{A023}} : Mme [[PERSONNE:Ouedraogo]] pr sa {{prime d'activite}} suspendue. L'agent ([[PERSONNE:Sandrine]]) lui demande son num, elle lit sur son tel « [[N_ALLOCATAIRE:61 44]]… attendez… [[N_ALLOCATAIRE:207]] ». Indu de {{312,40 €}} depuis {{janvier}}, elle savait pas.",
    ),
    (
        "caf",
        "accueil_physique",
        "borne d'accueil en panne depuis {{8h45}}, l'agent distribue les tickets a la main, {{B012}} a {{B031}}. Attente affichee {{45 min}}, reelle plutot {{1h10}}. L'ecran passe en boucle la pub {{caf.fr}} et « {{Mon Compte}} ». Personne regarde.",
    ),
    (
        "caf",
        "accueil_physique",
        "ecran de l'agent, je recopie vite fait :\n[[PERSONNE:BENALI Yasmina]]\n[[DATE_NAISSANCE:14/09/1987]]\n[[N_ALLOCATAIRE:2157634]]\n{{QF 487}}\n{{3 enfants}} / {{APL}} {{286 €}} / {{AF}} {{308,21 €}}\nprochaine echeance {{05/06}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Lemaitre]] vient declarer sa separation. Nouvelle adresse : [[ADRESSE:17 rue de Brest, 35000 Rennes]], ancienne au [[ADRESSE:3 square de Tregain]]. L'agent : « vous etes allocataire sous quel numero ? » lui : « [[N_ALLOCATAIRE:0493318]] ». Elle sort le {{cerfa 11423}}... ah non c'est en ligne maintenant. {{20 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "jeune homme {{19 ans}}, 1ere demande d'{{APL}}, pas encore de num alloc. L'agent cree le dossier : [[PERSONNE:Théo Garnier]], né le [[DATE_NAISSANCE:3 mars 2006]], tel [[TELEPHONE:07 81 44 20 96]]. Loyer {{410 €}} CC, studio {{18 m2}} a {{Villejean}}. « comptez {{2 mois}} ». Il a fait la grimace.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question qui revient {{4 fois}} en {{1h}} : « pourquoi ma {{prime de Noël}} est plus petite que l'an dernier ». Reponse : ca depend du nb d'enfants, {{152,45 €}} pour une pers seule au {{RSA}}. L'agent dit qu'au {{guichet 2}} ils repondent la meme chose depuis {{2009}} 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "changement de RIB, le grand classique. Mme [[PERSONNE:Da Costa]] tend une feuille froissee, l'agent lit a voix haute « [[IBAN:FR76 1027 8360 1200 0217 6480 549]] » puis « c'est bien au nom de [[PERSONNE:Maria Da Costa]] ? » oui. Premier versement sur le nouveau compte le {{5 juillet}}. Elle avait peur pour son {{AAH}}, {{1 016,05 €}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "dame tres stressee, son num alloc elle le connait par coeur mais le dit en 2 fois :\n[[N_ALLOCATAIRE:883\n1460]]\n(j'ai coupé en tapant sorry). Pb : {{RSA}} pas verse ce mois, {{DTR}} pas faite. L'agent la fait avec elle sur place en {{6 min}}. Merci merci merci.",
    ),
    (
        "caf",
        "accueil_physique",
        "« num d'allocataire ? » « [[N_ALLOCATAIRE:1 2 9]]… non pardon c'est [[N_ALLOCATAIRE:1 3 9 4 8 0 2]] » il lit sur un vieux courrier de {{2019}}. Dossier au nom de [[PERSONNE:Kevin Moreau]]… sauf que c'etait celui de sa mere. Tout a refaire ➡️ rdv {{mardi 17}} a {{14h30}}, {{guichet 5}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple ukrainien arrive en {{2022}}, ouverture droits {{AF}}. L'agent demande les titres : passeport de monsieur [[IDENTIFIANT:FH 273914]], recepisse de madame [[IDENTIFIANT:7503128846]] valable jusqu'au {{12/09}}. Interprete au tel via {{ISM}}, {{25 min}} d'appel. Nom : [[PERSONNE:Bondarenko]], l'agent l'ecrit 3 fois differemment 🙃",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Bureau 14}} = bureau des rdv. {{6 rdv}} le matin, {{30 min}} chacun. Sur les 6, {{2 absents}} sans prevenir. L'agent : « on surbooke pas, c'est interdit chez nous ». Elle rappelle les absents en direct depuis son {{poste 4412}} (Mme [[PERSONNE:Lozach]] : [[TELEPHONE:06 40 27 81 13]]) (pas le {{3230}}, « ca sert pas a ca »).",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Ferhat]] arrive avec une lettre de son bailleur {{Archipel Habitat}}, ref locataire [[IDENTIFIANT:L-0047812-03]], dette de loyer {{1 240 €}}. Risque de suspension des {{APL}} en tiers payant. Agent : « faut un plan d'apurement avant le {{30/04}} ». Il avait aussi une facture EDF, ref [[IDENTIFIANT:5004 118 273]], hors sujet ici.",
    ),
    (
        "caf",
        "accueil_physique",
        "le monsieur donne son numero facon code secret : « [[N_ALLOCATAIRE:4.07.18.52]] » 😂 l'agent recopie sans les points. Demande d'{{ASF}}, pension alimentaire pas versee par le pere depuis {{8 mois}}. {{195,85 €}} par enfant, il en a {{2}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche a l'entree : « Pour toute question : {{caf.fr}} ou le {{3230}} ». Plusieurs personnes me disent qu'elles appellent le {{3230}} et attendent {{40 min}}. L'agent confirme : « le {{lundi}} c'est l'enfer, venez le {{jeudi}} ». Sauf que le jeudi c'est ferme a partir de {{13h30}}. Logique.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une jeune, [[PERSONNE:Inès]], montre une capture insta : un compte [[IDENTIFIANT:@aide_caf_officiel_35]] lui a demandé son num alloc et son code en MP 😱 elle a tout donné. L'agent bloque l'acces {{Mon Compte}}, nouveau code par courrier sous {{8 jours}}. Son num : [[N_ALLOCATAIRE:3310496]]. « jamais la {{Caf}} vous ecrit sur {{Insta}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Etudiante en {{BTS}}, {{APL}} refusees car ressources trop hautes (job d'ete). [[PERSONNE:Léa Quéré]], nee le [[DATE_NAISSANCE:02.11.2004]], logement {{Crous}} a {{Beaulieu}}, loyer {{256,70€}}. L'agent lui parle de la reevaluation si baisse de ressources de plus de {{30 %}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h40}} : {{23}} pers en attente selon l'ecran. Mon agent ([[PERSONNE:Karim]]) enchaine. Une dame passe devant avec un bebe, personne dit rien, ticket {{P004}} (P = prioritaire). Elle vient pour la {{PAJE}}, bebe né le [[DATE_NAISSANCE:4 mai]], l'agent tape [[DATE_NAISSANCE:04/05/2025]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Gwenaëlle Le Bihan]] veut etre rappelee. Elle dicte son tel en toutes lettres, l'agent tape au fur et a mesure : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Objet : {{complement familial}}, {{5 enfants}}. Rappel promis sous {{48h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "ce qui me frappe : l'agent a {{15 min}} par personne et en passe {{10}} a chercher les pieces dans la {{GED}}. « avant {{2020}} on avait le papier, c'etait plus rapide ». Taux de dossiers incomplets selon elle : {{60 %}} 📎",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune papa, [[PERSONNE:Yanis]], recoit pas les mails de la Caf. L'agent verifie : [[EMAIL:yanis.bzh35@gmial.com]] 🙄 faute de frappe « gmial ». Corrige en [[EMAIL:yanis.bzh35@gmail.com]]. Son num alloc dit a voix haute : « [[N_ALLOCATAIRE:cinq neuf zéro, deux un, sept huit]] ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Pour ouvrir le {{RSA}} l'agent a besoin du NIR. Mr [[PERSONNE:Samba Diop]] sort sa carte vitale : [[NIR:1 96 03 99 341 018 27]], né au {{Sénégal}} d'ou {{le 99}}. Elle me montre : « {{le 341}} c'est le pays ». Date de naissance [[DATE_NAISSANCE:mars 1996]], coherent.",
    ),
    (
        "caf",
        "accueil_physique",
        "Sur le post-it de l'agent : [[N_ALLOCATAIRE:7720315]] - rappeler avant {{16h}} - {{guichet 1}}. Je demande ce que c'est : « une dame qui doit revenir avec son avis d'impot {{2024}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Declaration trimestrielle {{prime d'activité}} : Mme [[PERSONNE:Chloé Rault]] montre l'attestation de {{Boulangerie Le Fournil de Cleunay}}, SIRET {{532 418 907 00019}}. Salaire {{1 180 €}} net en {{mars}}. L'agent : « vous pouviez le faire sur l'appli » — « j'ai pas de forfait ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Ecran d'appel : « N° {{A047}} → {{guichet 4}} ». Le son marche pas, tout le monde fixe l'ecran. Un monsieur age ({{80 ans}} ?) rate son tour, repris en {{A052}}. L'agent sort du guichet pour aller le chercher. {{3 min}} perdues, {{1}} humain content.",
    ),
    (
        "caf",
        "accueil_physique",
        "Agriculteur, depend de la {{MSA}} pas de la Caf 🤷 l'agent le renvoie vers la {{MSA d'Armorique}}. Il avait noté son num MSA sur un bout de papier : [[N_ALLOCATAIRE:35 0284 761]]. Nom [[PERSONNE:Hamon]], {{61 ans}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Vieux courrier, ancien format : « {{Caf 35}} / [[N_ALLOCATAIRE:2418836]] / {{AL}} ». L'agent dit que le {{35}} devant c'est juste le departement. Mme [[PERSONNE:Lucienne Brault]], {{84 ans}}, vient avec sa voisine.",
    ),
    (
        "caf",
        "accueil_physique",
        "Divorce en cours, jugement du {{JAF}}, RG [[IDENTIFIANT:24/01873]], residence alternee. L'agent : partage des {{AF}} possible, faut le formulaire. {{2 enfants}}, {{6 et 9 ans}}. Mme [[PERSONNE:Aubert]] soulagee.",
    ),
    (
        "caf",
        "accueil_physique",
        "📌 {{10h05}} coupure reseau, {{12 min}} sans {{CRISTAL}}. Les agents papotent, un usager rale. Reprise {{10h17}}. L'agent rattrape en tapant plus vite, {{4}} personnes dans la foulee.",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Haddad]] : pere, mere, {{4 enfants}}. Ils veulent savoir si l'aine ([[PERSONNE:Rayan]], né le [[DATE_NAISSANCE:30/12/2005]]) compte encore. Reponse : a ses {{20 ans}} il sort du calcul des {{AF}}, « sauf le {{forfait}} ». Le pere compte sur ses doigts. {{QF}} actuel : {{612}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Nuno Pereira]] veut ses {{APL}} sur son compte portugais. IBAN lu lettre par lettre : « [[IBAN:P T 5 0, 0 0 3 5, 0 6 5 1, 0 0 0 1, 2 8 4 7, 3 6 5 4, 3]] ». L'agent : « ca passe, c'est {{SEPA}} ». Il repart content, {{35 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Stats du jour en salle de pause : {{187}} visites hier, {{62 %}} avec rdv, attente moyenne {{27 min}}. Objectif {{2025}} : {{80 %}} sur rdv. Au mur : affiche {{Mes Droits Sociaux}} et logo {{France Services}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "« c'est quoi votre identifiant ? » « c'est le… attendez j'ai la carte… [[N_ALLOCATAIRE:51-20-77]] » ; l'agent : « il manque un chiffre » ; « ah… [[N_ALLOCATAIRE:51-20-774]] ». Dossier {{APL}} de Mme [[PERSONNE:Zhang Wei]], etudiante a {{Rennes 2}}, {{22 ans}}.",
    ),
    # ---- Caf, accueil telephonique (28) ----
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel, casque sur les oreilles 🎧 1er appel {{8h31}}. Un monsieur donne son num alloc par morceaux : « [[N_ALLOCATAIRE:09… 47]]… euh attendez je remets mes lunettes… [[N_ALLOCATAIRE:215]] ». Il veut savoir pq {{0 €}} ce mois. Reponse : ressources au-dessus du plafond.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Script d'accueil impose, {{3 phrases}}. Elle le dit {{40 fois}} par jour. Bandeau en haut de l'ecran : duree moyenne {{6 min 40}}, {{38}} appels en attente. Elle souffle, decroche : Mr [[PERSONNE:Caillaud]], num [[N_ALLOCATAIRE:7 46 03 18]], « c'est pour mes {{APL}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Verif d'identite au tel = nom + date de naissance + num. Appelante : Mme [[PERSONNE:Rolland]], nee le [[DATE_NAISSANCE:12 mars 1985]], num de secu « [[NIR:2 85 03 35 238 112 02]] » (lu sur l'attestation). OK. Question : {{AJPP}} pour son fils hospitalise a {{Pontchaillou}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« je vous rappelle a quel numero ? » « [[TELEPHONE:06 58 21]]… non [[TELEPHONE:06 58 12 47 90]] ». Rappel prevu {{jeudi}} entre {{9h}} et {{12h}}. Dossier n° [[N_ALLOCATAIRE:4426019]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social du {{CDAS}} de {{Maurepas}} pour une famille. L'agent peut rien dire sans l'accord de l'allocataire ({{RGPD}}). Il raccroche enerve. {{4 min}}. Elle me dit : « une fois sur deux c'est un vrai partenaire, une fois sur deux on sait pas ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame qui veut changer son mail, elle l'epelle : « [[EMAIL:m.kerneis arobase orange point fr]] ». L'agent : « [[PERSONNE:k-e-r-n-e-i-s]] ? » « oui ». Fiche : [[PERSONNE:Marie-Laure Kerneis]], num alloc [[N_ALLOCATAIRE:6613024]]. Fait en {{2 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« c'est le [[N_ALLOCATAIRE:12]]… » — « le [[N_ALLOCATAIRE:12]] quoi madame ? » — « le num d'alloc, [[N_ALLOCATAIRE:12 58 390]] ». Elle appelle pour l'{{ARS}}, {{3 enfants}} au college, {{439,38 €}} par enfant de {{11-14 ans}}. Versee le {{19 août}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Changement de banque par tel, normalement pas possible. La dame insiste et lit son RIB : banque [[IBAN:15589]], guichet [[IBAN:35105]], compte [[IBAN:04821937540]], cle [[IBAN:21]]. L'agent n'enregistre rien, explique la demarche sur {{caf.fr}}. Bonne pratique secu 👍",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur ({{Néotoa}}) qui veut le montant des {{APL}} d'un locataire. Refus poli. L'agent : « vous avez le portail partenaires pour ca, {{CDAP}} ». {{1 min 30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mr [[PERSONNE:Lucas Briand]], {{RSA}}. L'agent verifie l'inscription {{France Travail}} : « votre identifiant ? » « [[ID_FRANCE_TRAVAIL:3218847 B]] ». Inscrit depuis le {{02/01}}. Num alloc [[N_ALLOCATAIRE:5094471]]. Les {{15 h}} d'activite par semaine depuis {{2025}}, il savait pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le logiciel affiche la date au format bizarre [[DATE_NAISSANCE:1979-08-23]], l'agent relit a l'appelant « [[DATE_NAISSANCE:vingt-trois août soixante-dix-neuf]] ? ». C'est Mr [[PERSONNE:Guérin]], renouvellement {{AAH}}, taux {{80 %}} reconnu par la {{MDPH}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{14h}} rush. File d'attente tel : {{52}}. Message : « votre temps d'attente est estime a plus de {{20 minutes}} ». Sur {{10}} appels, {{7}} pour la {{prime d'activité}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pour l'{{AEEH}} : la {{MDPH}} a pas transmis la decision. N° dossier MDPH [[IDENTIFIANT:035-2024-118734]]. Enfant [[PERSONNE:Nolan]], {{7 ans}}. L'agent note et relance en interne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Numero qui s'affiche sur l'ecran : [[TELEPHONE:+33 7 69 30 18 55]]. Elle rappelle car ca a coupe. « Madame [[PERSONNE:Tanguy]] ? on a ete coupees » 😅 reprise du dossier {{ALS}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "ce que l'agent voit en decrochant (couplage tel) :\n[[TELEPHONE:0299581243]]\n[[PERSONNE:LE GALL Yann]]\n[[N_ALLOCATAIRE:1750388]]\n{{RSA}} + {{PA}} + {{AL}}\n→ pas besoin de redemander le num, gain de {{30 s}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une femme appelle pour son mari : « il est au boulot, je peux faire pour lui ? » Refus, faut une procuration. Elle s'enerve : « mais je connais son numero par coeur, [[N_ALLOCATAIRE:8304452]] ». L'agent : « c'est pas la question madame ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation recue par les agents du {{3230}} : jamais de montant avant {{3}} elements d'identite verifies. Les plus durs : les appels en {{numéro masqué}}. Elle en a eu {{5}} ce matin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« mon employeur c'est {{Intermarché Cesson}} », SIRET lu sur la fiche de paie : {{448 207 315 00027}}. Pourquoi le SIRET ? l'agent sait pas trop. Salaire {{1 342,18 €}}. [[PERSONNE:Manon]] au bout du fil, {{24 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Demenagement declare par tel : ancienne adresse [[ADRESSE:8 allée Georges Palante, Rennes]], nouvelle [[ADRESSE:22 rue de la Fontaine, 35520 La Mézière]]. L'agent : « y a {{une fontaine}} devant ? » 😄 Loyer {{590 €}}, {{T3}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un adjoint au maire (!) pour un administre. L'agent : « je peux pas ». Il insiste, cite le {{CCAS}}. Elle donne la boite fonctionnelle partenaires et raccroche. {{3 min 10}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pour le {{CMG}} il faut l'avis d'impot. La dame lit son numero fiscal : « [[IDENTIFIANT:30 12 483 907 215]] ». L'agent : « pas besoin, on l'a direct avec les impots ». Assistante maternelle declaree sur {{Pajemploi}}, {{4,20 €}}/h d'entretien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "num alloc dicte chiffre par chiffre : « [[N_ALLOCATAIRE:2, 0, 6, 6, 1, 9]]… et [[N_ALLOCATAIRE:3]] ». Objet : {{RSA}} majore, enceinte de {{5 mois}}. L'agent verifie la declaration de grossesse, recue le {{14/02}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Enquete post-appel : « tapez {{1}} si satisfait ». {{71 %}} en {{mars}}. L'agent : « les gens contents raccrochent avant le questionnaire ». Objectif regional {{75 %}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Nouvelle maman au tel, bebe né le [[DATE_NAISSANCE:vingt-huit février]], {{prime à la naissance}} ({{1 019,40 €}}) pas recue. Normalement versee au {{7e mois}} de grossesse, ici declaree en retard. Mme [[PERSONNE:Nguyen Thi Lan]], en larmes.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire a recu un avis de coupure EDF, ref client [[IDENTIFIANT:6002 847 1193]], il demande si la Caf peut payer. Non → {{FSL}} et {{CCAS}}. L'agent lui donne le numero {{EDF Solidarité}} {{09 69 32 15 15}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mise a jour des coordonnees, tout y passe : tel [[TELEPHONE:06.11.73.48.02]], mail [[EMAIL:s.amrani35@laposte.net]], adresse [[ADRESSE:5 place du Ronceray, 35200 Rennes]]. [[PERSONNE:Sofiane Amrani]], {{3 enfants}}, {{AF}} + {{CF}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Ce matin : {{212}} appels traites par {{9}} agents, {{14 %}} d'abandon. Pause de {{15 min}} a {{10h30}}, tournante. L'agent me dit : « ici on fait du {{3230}} le matin et du mail l'aprem ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le monsieur donne son tel, se trompe : « [[TELEPHONE:07 52 60]]… non attendez, [[TELEPHONE:07 52 06 91 38]] », puis il epelle son nom « [[PERSONNE:B-O-U-Z-I-D]] ». Mail : « [[EMAIL:bouzid point nabil at gmail point com]] ». Appel pour le {{CMG}}, creche {{Les Petits Loups}}.",
    ),
    # ---- Caf, controle sur place (10) ----
    (
        "caf",
        "controle_sur_place",
        "Controle a domicile {{10h}}, {{Le Blosne}}. Le controleur ([[PERSONNE:Didier]]) verifie une situation de vie maritale. Chez Mme [[PERSONNE:Sylla]], [[ADRESSE:12 bd de Yougoslavie, app. 54]]. {{2}} brosses a dents, il note. Elle : « c'est mon frere qui passe ». {{1h15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le controleur photographie la boite aux lettres : « [[PERSONNE:KONATE / DIALLO]] ». Sur le parking, voiture du conjoint suppose, immatriculee [[IMMATRICULATION:FR-842-KZ]], il la note aussi. Pour lui c'est pas une preuve, « un faisceau ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Avant de partir, brief au bureau : {{3}} controles prevus, {{1}} annule. Le controleur a {{22 ans}} de maison. « On est pas la police ». Trajet {{25 min}} en {{Clio}} de service, {{Caf}} ecrit sur la portiere.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mr [[PERSONNE:Pichon]] vit a l'annee en mobil-home : [[ADRESSE:camping du Vieux Moulin, emplacement 41]]. Controle {{APL}}. Sa voiture a encore une plaque ancien format, [[IMMATRICULATION:4528 TX 35]] !! Il touche l'{{AAH}}, ca change rien au controle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le controleur demande les {{3}} dernieres quittances. Bailleur prive, M. [[PERSONNE:Bertho]], tel [[TELEPHONE:02 99 41 87 20]]. Loyer declare {{480 €}}, quittance a {{520 €}}. Ecart signale, rien de plus.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite chez les [[PERSONNE:Mahamat]] : {{6}} enfants declares, {{5}} presents, l'aine en internat a {{Dinard}}. Livret de famille verifie. N° alloc sur la tablette : [[N_ALLOCATAIRE:2209176]]. {{T4}} de {{72 m²}}, tres propre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Questionnaire de controle = {{11 pages}}. Le controleur remplit a la main puis ressaisit au bureau. « Tablette prevue en {{2026}} ». Sur {{10}} controles par mois, {{4}} finissent en indu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la porte du frigo : planning de garde + un mot « Papa [[TELEPHONE:07 88 19 42 61]] ». Le controleur le note discretement. Mme [[PERSONNE:Elodie Gicquel]], {{ASF}}. Apres, dans la voiture : « ca prouve rien, un papa peut avoir un numero sur un frigo ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Releve bancaire montre : versement {{Caf}} sur un compte au nom d'un tiers, [[IBAN:FR76 1380 7008 1232 0198 4756 140]]. C'est le compte de sa mere. Pas autorise → a regulariser. Enfant [[PERSONNE:Timéo]], né le [[DATE_NAISSANCE:17/08/2019]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Renaud]], [[ADRESSE:lieu-dit La Ville Even, 35850 Gévezé]]. Camionnette garee devant, plaque allemande [[IMMATRICULATION:HB-KL 4821]] : le compagnon serait chauffeur routier. Controleur prend note, {{45 min}} sur place, {{RSA}} maintenu en attendant.",
    ),
    # ---- France Travail, accueil physique (38) ----
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Rennes Sud}}, {{9h}}. Premier : Mr [[PERSONNE:Ahmed Benkirane]], inscrit depuis {{14 mois}}. L'agent lit l'identifiant sur l'ecran : « [[ID_FRANCE_TRAVAIL:4518273K]] c'est bien vous ? ». Il vient pour l'offre de cariste n° {{182QKPW}}. {{CACES}} ok.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone libre acces : {{3 PC}}, {{1}} en panne. Un jeune en {{service civique}} aide a se connecter. Les gens galerent avec {{FranceConnect}}. {{12}} personnes en {{40 min}}, dont {{5}} pour « j'ai oublie mon mot de passe ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« votre identifiant ? » « [[ID_FRANCE_TRAVAIL:2 3 7 4 0 9 1]]… et la lettre c'est [[ID_FRANCE_TRAVAIL:J]] ». [[PERSONNE:Jessica]], {{27 ans}}, vendeuse. L'agent : « vous pouvez aussi vous connecter avec votre num de secu » — elle savait pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre n° {{179MRXB}} chez {{Transports Lemoine et Fils}}, SIRET {{394 127 562 00031}}, chauffeur {{SPL}}. Le recruteur, M. [[PERSONNE:Lemoine]] (le fils 😄), a appele l'agence ce matin : {{2 postes}}, {{CDI}}, {{2 300 €}} brut.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Fatoumata Keita]], {{52 ans}}, {{28 ans}} de travail dans l'entretien. Licenciement eco, {{CSP}} proposé ({{75 %}} du brut). Identifiant sur sa lettre : [[ID_FRANCE_TRAVAIL:0612 458 Y]]. Elle veut une formation aide-soignante, l'agent parle de l'{{IFSI}} de {{Pontchaillou}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{salle 3}}. L'animatrice projette un CV modele au nom de [[PERSONNE:Jean Dupont]] 🙂 {{8}} inscrits, {{5}} presents. {{2h}}. Une participante demande si elle peut mettre sa photo de profil {{WhatsApp}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un ressortissant hors UE : titre de sejour n° [[IDENTIFIANT:3500148273]], valable jusqu'au {{31/10/2026}}. Autorisation de travail ok. Mr [[PERSONNE:Oumar Sow]]. Le scan plante {{10 min}}, il attend sans rien dire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche en salle d'attente : « {{Salon de l'emploi}} {{jeudi 15 mai}} {{Parc Expo}} {{9h30-17h}}, {{40}} entreprises » + flyer {{1 jeune 1 solution}}. Mon agent a {{180}} demandeurs en portefeuille (« portefeuille » = des gens).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "il lit son identifiant sur une vieille carte Pole emploi : « [[ID_FRANCE_TRAVAIL:511 3972]]… non [[ID_FRANCE_TRAVAIL:511 3927 G]] ». L'agent retrouve le dossier de Mr [[PERSONNE:Jacky Roblin]], radie depuis {{2021}}. Reinscription, {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Calcul ARE : {{57 %}} du SJR, SJR {{62,40 €}}, soit {{35,57 €}}/jour. Mr [[PERSONNE:Grégory Lebreton]], {{53 ans}}, identifiant [[ID_FRANCE_TRAVAIL:1958307V]], pensait avoir {{24 mois}}, c'est {{22,5 mois}}. Il dit « c'est {{Macron}} ça ». L'agent repond pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide a la mobilite : il doit reparer sa voiture pour un CDD a {{Vitré}}. Carte grise : [[IMMATRICULATION:GH-281-TW]]. Devis du {{Garage Ferreira Automobiles}}, {{640 €}}. Le patron, M. [[PERSONNE:Ferreira]], a deja appele pour confirmer le devis. Demandeur : [[PERSONNE:Tiago Lopes]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien {{PPAE}} de {{25 min}}. {{3}} offres proposees a Mme [[PERSONNE:Berthou]] : {{179NXWK}}, {{180BDZP}}, {{181LLQA}}. Les n° d'offre ressemblent a des identifiants, l'agent : « ca c'est public, ca craint rien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Fiche du DE a l'ecran :\n[[PERSONNE:MARTIN Aurélie]]\n[[ID_FRANCE_TRAVAIL:4402917P]]\n[[TELEPHONE:06 47 20 31 88]]\n[[ADRESSE:14 rue Jean Guéhenno 35700 Rennes]]\ncat. {{A}} depuis {{03/2023}}\nconseiller ref : [[PERSONNE:P. Hamon]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune, [[PERSONNE:Mehdi]], fait des videos de cuisine sur TikTok ([[IDENTIFIANT:@mehdi.cuisine35]], {{12k}} abonnes), veut creer sa boite. Orientation {{BGE}} + {{ACRE}}. La conseillere : « mettez votre compte sur le CV ! »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Adresse mail sur son CV : [[EMAIL:k.lefeuvre [at] free.fr]]. La conseillere : « mettez une vraie arobase, les logiciels de tri lisent pas les [at] ». [[PERSONNE:Kevin Lefeuvre]], {{31 ans}}, cherche en logistique, {{Cesson-Sévigné}} ou {{Noyal}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{11h}}, file de {{9}} pers. Accueil sans rdv ferme a {{12h30}}. Ticket {{F18}}. Ecran : « attente estimee {{15 min}} » — j'ai chronometre {{34}}. Personne se plaint, c'est ca le pire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription : le NIR est obligatoire. La dame dicte « [[NIR:2 73 05 56 121 087 01]] », nee le [[DATE_NAISSANCE:12/05/1973]] a {{Lorient}}. Mme [[PERSONNE:Le Corre]], ex-{{Doux}}, {{30 ans}} d'abattoir. L'agent : « on va voir pour une {{VAE}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Il a ecrit son identifiant sur un post-it avec des slashs : [[ID_FRANCE_TRAVAIL:6/0/3/1/8/4/2/L]] 🙃 L'agent tape sans les slashs. M. [[PERSONNE:Olivier Masson]], plaquiste, {{39 ans}}. Formation {{Afpa}} de {{6 mois}} qui commence le {{2 juin}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillere entreprise appelle {{Lebrun Plomberie}} au {{02 99 54 17 30}}, {{poste 42107}}, pour un apprenti. Personne. Elle laisse un message. Le {{CAP}} plombier c'est {{2 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective {{CEJ}} : {{15 h}} a {{20 h}} d'activite par semaine, allocation jusqu'a {{545 €}}. {{10}} jeunes, {{3}} avec leur mere. Un des jeunes, [[PERSONNE:Kylian]], demande « et si j'ai un job le samedi ? ». Reponse : cumul possible.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Couple inscrit tous les deux. Lui [[ID_FRANCE_TRAVAIL:3077215 T]], elle [[ID_FRANCE_TRAVAIL:3077216 M]] (numeros qui se suivent, inscrits le meme jour !). Famille [[PERSONNE:Roux]], {{2 enfants}}, ils cherchent dans la restauration a {{Saint-Malo}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Verif d'identite : CNI n° [[IDENTIFIANT:X4RTBPFW4]], nouvelle carte (format {{2021}}). [[PERSONNE:Stéphane]] a aussi l'ancienne dans son portefeuille, n° [[IDENTIFIANT:060635024112]], perimee. L'agent scanne la nouvelle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Winterstein]], voyageur, domicilie [[ADRESSE:aire d'accueil des Gayeulles, emplacement 12]]. Il veut une aide pour le {{permis C}}. Plaque de son camion [[IMMATRICULATION:ER-305-BD]] pour le dossier. {{1 200 €}} max d'aide.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{13h30-16h30}} uniquement sur rdv. {{6}} rdv, {{1}} absent. Entre deux, l'agent traite {{30}} mails de « {{Mon espace}} ». Delai de reponse promis : {{72h}}. Elle est a {{48h}} de retard.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Saisie du RIB pour l'ARE : [[IBAN:FR76 1600 6210 1100 3872 1564 923]], l'agent le relit {{2 fois}} a voix haute. Mme [[PERSONNE:Chantal Besnard]], {{58 ans}}, {{36 ans}} de boite chez {{Stellantis La Janais}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "« mon matricule ? » il sort son tel, lit par paquets : « [[ID_FRANCE_TRAVAIL:45 / 88 / 102 / Z]] ». L'agent corrige : « c'est pas un matricule, c'est votre identifiant ». Mr [[PERSONNE:Jérémy Hubert]], {{34 ans}}, vient pour une attestation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agent : « sur {{10}} personnes sans rdv, {{8}} auraient pu faire en ligne ». Mais {{3}} n'ont pas d'ordi, {{2}} pas de mail. Le {{Point numérique}} est au {{1er étage}}, ouvert le {{mardi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune de {{16 ans}}, né le [[DATE_NAISSANCE:premier avril 2009]] (« c'est pas une blague » dit-il). {{Obligation de formation}} jusqu'a {{18 ans}}, orientation {{Mission Locale}}. L'agent lui donne l'adresse de la {{ML}}, {{place de la Gare}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Duval]] ([[ID_FRANCE_TRAVAIL:3364152 E]]) a ete radie {{1 mois}} pour absence au rdv du {{04/03}}. Le SMS de convocation est parti sur son ancien numero, [[TELEPHONE:06 62 18 09 47]], au lieu du nouveau [[TELEPHONE:07 45 33 80 12]]. Recours possible sous {{2 mois}}, l'agent l'aide a ecrire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier reseaux : la conseillere montre le profil LinkedIn d'une participante, [[IDENTIFIANT:linkedin.com/in/sarah-guillou-rh]]. [[PERSONNE:Sarah Guillou]], ex-{{RH}} chez {{Orange}}, {{12 ans}}. Les autres prennent des notes.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier {{La Bonne Boîte}} (le site qui devine quelles boites vont recruter). {{7}} participants. L'animateur montre aussi {{Indeed}} et {{HelloWork}}. {{1h30}}. Un monsieur : « et les offres sur {{Leboncoin}} ? » — rires.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Anthony]] est aux prud'hommes contre son ancien employeur, RG [[IDENTIFIANT:F 23/00417]], audience le {{19 juin}}. Son ARE est pas bloquee pour ca, l'agent le rassure. Il a apporte {{40}} pages de dossier 📂",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Recepisse de demande de titre, n° [[IDENTIFIANT:7501 8834 52]], valable {{6 mois}}. Autorise a travailler ? la case est cochee. Mme [[PERSONNE:Aminata Bah]], {{aide à domicile}}, a deja une promesse d'embauche chez {{ADMR}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillere depuis {{12 ans}} : « avant on disait le {{39 49}}, maintenant le {{3949}}, c'est pareil mais ca fait plus pro ». Blague interne. Gratuit depuis {{2019}}. Elle a {{4}} rdv avant midi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "identifiant note sur {{2}} lignes dans son carnet :\n[[ID_FRANCE_TRAVAIL:571\n8630 R]]\nl'agent retape. Mr [[PERSONNE:Lionel Berthelot]], {{45 ans}}, macon. Offre {{183HJTC}} a {{Bain-de-Bretagne}}, {{11,88 €}}/h.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Yildiz]] a pas son attestation employeur de {{Kebab Istanbul Grill}} (SIRET {{851 226 430 00014}}). Identifiant de la dame : « [[ID_FRANCE_TRAVAIL:70 21 954 X]] ». L'agent appelle le patron sur son portable [[TELEPHONE:06 19 44 82 03]], il promet pour {{vendredi}}. « ils disent tous vendredi ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Cyril Hervé]] signale son changement d'adresse, il l'a ecrite sur 2 lignes : [[ADRESSE:9 impasse des Mésanges\n35760 Saint-Grégoire]]. L'agent recopie, fait une faute au code postal, corrige. {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "A {{12h25}} l'agent de securite ferme la porte. {{3}} personnes restent dehors. « revenez a {{13h30}} ou appelez le {{3949}} ». Une dame : « j'ai appele, {{1h}} d'attente ». Silence.",
    ),
    # ---- France Travail, accueil telephonique (32) ----
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}. « mon identifiant c'est [[ID_FRANCE_TRAVAIL:2 9 8 4 4 1 0]]… euh… la lettre [[ID_FRANCE_TRAVAIL:D]] ». Objet : actualisation ratee, le {{15}} est depasse. L'agent la debloque, paiement decale de {{3 jours}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller : « je vais vous demander votre date de naissance » — « [[DATE_NAISSANCE:le 3 du 9, 84]] ». Ça colle. [[PERSONNE:Bruno]] appelle pour sa formation {{CACES R489}}, financement {{CPF}} {{1 100 €}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{8h30}}-{{12h}} : {{47}} appels. Duree moyenne {{5 min}}. Top {{3}} des motifs : actualisation, paiement, radiation. La conseillere tient les comptes sur un papier a cote du clavier ✍️",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere compose le [[TELEPHONE:02 99 63 27 14]], messagerie. « Bonjour, c'est [[PERSONNE:Nadège]] de {{France Travail}}, rappelez-moi au {{3949}} en demandant le conseiller de l'agence de {{Rennes Nord}} ». {{30 s}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "NIR demande pour retrouver le dossier : « [[NIR:1 91 11 56]]… non attendez, [[NIR:1 91 11 56 260 047 82]] ». [[PERSONNE:Erwan Le Floch]], né en [[DATE_NAISSANCE:novembre 91]] a {{Vannes}}. Il a son rdv {{mardi}} a {{10h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« j'ai une ref sur le courrier, c'est [[ID_FRANCE_TRAVAIL:0387541W]] » — la conseillere : « c'est votre identifiant ça monsieur ». Courrier = convocation du {{22/05}}, {{salle 2}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une entreprise pour deposer une offre. SIRET {{802 519 446 00028}}, offre creee n° {{184WKZD}}. Poste magasinier, {{SMIC}}, {{35h}}. Aucun nom de candidat donne, c'est carre 👍",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "identifiant dicte a la francaise : « [[ID_FRANCE_TRAVAIL:quarante-six, dix-neuf, trois cent huit, H]] ». La conseillere tape [[ID_FRANCE_TRAVAIL:4619308H]] et relit. Ok. Question sur le {{cumul emploi-chômage}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Il a change de mail : [[EMAIL:julien_prigent@hotmail.fr]], « underscore, pas tiret ». Le conseiller repete « [[EMAIL:julien tiret bas prigent]] ». [[PERSONNE:Julien Prigent]] s'impatiente. {{4 min}} pour un mail.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent donne sa ligne directe au demandeur : {{02 99 28 44 00}} {{poste 4217}}. Le demandeur donne le sien : [[TELEPHONE:06-31-84-22-70]]. Rdv tel {{vendredi}} {{9h45}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Quelqu'un veut juste savoir si l'agence de {{Cleunay}} est ouverte le {{lundi de Pentecôte}}. Non. {{40 s}}. 😄 Le suivant, Mr [[PERSONNE:Hoarau]], attendait depuis {{18 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier qui a bosse en Belgique, IBAN belge : [[IBAN:BE95 0682 4915 7358]]. Il faut le formulaire {{U1}} (ex-{{E301}}). [[PERSONNE:Maxime Delcourt]], {{3 ans}} chez {{Colruyt}}. L'agent connait pas trop, cherche dans la base {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Actualisation : {{87 h}} chez {{Adecco}}, {{1 024 €}} brut. Identifiant [[ID_FRANCE_TRAVAIL:5561093C]]. La dame avait mis {{87}} en euros et {{1 024}} en heures 🙈 l'agent corrige. Et elle change de RIB : [[IBAN:FR76 1250 6900 4557 8302 1649 033]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« j'habite [[ADRESSE:3 bis rue du Pré Perché]]… a {{Rennes}} oui ». Courrier revenu « n'habite pas a l'adresse indiquee ». Le bis manquait. [[PERSONNE:Clarisse]], {{categorie B}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillere m'explique {{catégorie A}} / {{B}} / {{C}} : le seuil c'est {{78 h}} par mois. Post-it sur son ecran : « {{3949}} = {{0,00 €}} ». Elle a fait {{19}} ans au {{Pôle emploi}} avant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Verif identite : [[PERSONNE:Pauline Tessier]], DDN « [[DATE_NAISSANCE:14 février 1990]] ». Le systeme dit [[DATE_NAISSANCE:14/12/1990]] → erreur a l'inscription en {{2019}}. Correction demandee, piece d'identite a deposer dans l'espace.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Ressortissant algerien, il dicte son passeport : « [[IDENTIFIANT:2 8 7 6 5 4 3 2 1]] » puis son identifiant [[ID_FRANCE_TRAVAIL:6674021 S]]. [[PERSONNE:Rachid Mansouri]], {{soudeur}}, {{15 ans}} d'experience.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Serveur vocal : « actualisation tapez {{1}}, paiement tapez {{2}}… ». {{7}} choix. L'agent : « les gens tapent {{0}} ou {{9}} direct pour avoir quelqu'un ». Temps de traitement moyen {{5 min 12}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une agence d'interim ({{Randstad}}) qui veut verifier l'inscription de Mme [[PERSONNE:Morvan]]. Elle donne meme l'identifiant de la dame, [[ID_FRANCE_TRAVAIL:5102286 K]]. Refus, aucune donnee a un tiers. L'agent : « qu'elle demande son attestation elle-meme ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Isabelle]] appelle pour une saisie sur ses allocations. Commissaire de justice, dossier [[IDENTIFIANT:SCP-2024-0918]]. ARE saisissable en partie seulement, l'agent lui lit le bareme. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{16h}}, fin de journee : {{61}} appels pour l'agent. {{30 %}} concernent l'actualisation. Son record : {{94}}, un {{2 janvier}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "ecran pendant l'appel :\n[[ID_FRANCE_TRAVAIL:7402158A]] · [[PERSONNE:PERRIN Jordan]] · cat. {{A}}\nderniere actu : {{28/04}}\nprochain rdv : {{12/05}} {{10h15}} agence {{Cesson}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« mon numero c'est le [[TELEPHONE:0, 6, 7, 7, 2, 1, 4, 5, 9, 8]] », chiffre par chiffre, lentement. La conseillere le relit par paires : « [[TELEPHONE:06 77 21 45 98]] ? » oui. Rappel par le conseiller ref sous {{48h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« c'est [[EMAIL:nadia point benyahia arobase yahoo point fr]] » — [[PERSONNE:Nadia Benyahia]] veut recevoir ses offres par mail. Alerte creee : {{comptable}}, {{30 km}} autour de {{Fougères}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Double ecoute : la superviseure ecoute {{1}} appel sur {{20}}. Grille de {{12}} criteres, dont « reformulation ». Mon agent a eu {{17/20}} la semaine derniere, contente.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "NIR lu avec des points : « [[NIR:1.83.12.59.350.172.09]] », né a {{Lille}}. [[PERSONNE:Fabrice]] s'est installe en Bretagne il y a {{2 ans}}, il veut transferer son dossier. Fait en {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le monsieur appelle du {{CHU}}, {{chambre 312}}, il peut pas s'actualiser. [[PERSONNE:Patrick Lemée]], identifiant [[ID_FRANCE_TRAVAIL:2041776 F]]. L'agent : arret maladie = on suspend, c'est la {{Cpam}} qui paie les {{IJ}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel en {{tigrinya}}, l'agent bascule sur {{ISM Interprétariat}}, {{3 min}} d'attente. Conversation a trois. La personne veut savoir quand tombe le paiement : le {{1er}} du mois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Aide au permis : {{1 200 €}}. [[PERSONNE:Dylan]] a deja un scooter, plaque [[IMMATRICULATION:fk 719 ml]] (il la dicte en minuscules, sic). Il doit passer par l'auto-ecole {{ECF}} pour le devis.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Question : « je pars {{2 semaines}} en vacances, je dois prevenir ? » Oui, absence de plus de {{7 jours}} a declarer, {{35 jours}} par an max. Le gars ([[PERSONNE:Sami]]) : « et si je pars au bled ? » pareil.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« donnez-moi juste les {{4}} derniers chiffres et la lettre de votre identifiant » « [[ID_FRANCE_TRAVAIL:2290 Q]] ». La conseillere lit « Mme [[PERSONNE:Simon]] »… puis « ah non, [[PERSONNE:Simone Perrot]], pardon ». Fou rire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La dame dicte son adresse pour un courrier : « [[ADRESSE:46 avenue Henri Fréville, 35200 Rennes]] », puis son tel « [[TELEPHONE:06 09 87 12 40]] ». Elle ajoute « et mon chien s'appelle {{Pirate}} » 😂 l'agent : « ça on n'en a pas besoin ».",
    ),
    # ---- Cpam, accueil physique (16) ----
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}, ticket {{C031}}. Mme [[PERSONNE:Josiane Le Roux]] a perdu sa carte vitale. L'agent tape son NIR : [[NIR:2 70 01 22 278 014 51]] (nee a {{Saint-Brieuc}}, d'ou le {{22}}). Nouvelle carte sous {{3 semaines}}, en attendant l'{{appli carte Vitale}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Complementaire : {{Harmonie Mutuelle}}, n° adherent [[IDENTIFIANT:40218877361]]. La teletransmission {{Noémie}} est pas activee, d'ou les doubles feuilles. [[PERSONNE:Gilles]] repart avec un formulaire a faire tamponner par la mutuelle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} : impression d'attestation de droits. {{4 min}} de queue. Un monsieur ([[PERSONNE:Jaffré]] je crois) fait {{3}} essais, carte vitale a l'envers 😅 le {{volontaire}} en gilet bleu l'aide.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de {{C2S}}, plafond {{10 166 €}} par an pour {{1}} personne. Mr [[PERSONNE:Karim Bensalem]], né en [[DATE_NAISSANCE:juin 1988]] en {{Algérie}}, NIR [[NIR:1 88 06 99 352 115 40]]. Il est a {{9 800 €}}, ca passe de justesse.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agent lit au monsieur ses derniers remboursements : {{30 €}} la consult, rembourse a {{70 %}}, {{2 €}} de participation forfaitaire. Puis changement de RIB : [[IBAN:FR76 3000 4028 3700 0104 8271 322]]. Mr [[PERSONNE:Philippe Gautier]], ok.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiliation d'une primo-arrivante : passeport marocain n° [[IDENTIFIANT:TK4128739]]. [[PERSONNE:Zineb El Amrani]], nee le [[DATE_NAISSANCE:19/07/1978]] a {{Casablanca}}. Le NIR est deja attribue : [[NIR:2 78 07 99 350 021 68]]. L'agent m'explique : {{99}} = ne a l'etranger.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C044}}, {{guichet 6}} : Mr [[PERSONNE:Jégou]] furieux, indu d'{{IJ}} de {{1 870 €}}. L'agent : contestation devant la {{CRA}} sous {{2 mois}}. Il tape sur le comptoir. Elle reste calme, je sais pas comment.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiches : « {{M'T dents}} » + « {{Mon soutien psy}} : {{12}} seances ». L'agent : « les gens savent pas que c'est rembourse a {{60 %}} ». Sur {{2 h}} personne n'en a parle au guichet.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Retraite né a {{Ajaccio}}, NIR dicte « [[NIR:1 64 02 2A 004 093 97]] », né le [[DATE_NAISSANCE:11/02/1964]]. L'agent : « 2A ? ah la Corse ». Mr [[PERSONNE:Ange-Marie Santoni]], demande de {{CSS}} participative, {{1 €}} par jour.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Pasquier]] pour sa pension d'invalidite, n° de dossier [[IDENTIFIANT:INV-35-0021847]]. {{Categorie 2}}, {{50 %}} du salaire annuel moyen. Elle a fait un {{rdv}} sur Ameli pour {{mardi}}, {{bureau B12}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}, {{3 mois}} de residence minimum. Domiciliation au {{CCAS}}. Mr [[PERSONNE:Bakary Coulibaly]], passeport malien [[IDENTIFIANT:B1729384]]. L'agent verifie la date d'entree, {{14 octobre}}. Dossier complet, {{2 mois}} d'instruction.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attente affichee {{0 min}} car l'aprem c'est uniquement sur rdv. {{5}} guichets, {{2}} ouverts. Un agent en arret, un autre en formation {{GRC}}. {{11}} rdv entre {{13h30}} et {{16h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Declaration de grossesse, terme prevu le {{15 octobre}}. [[PERSONNE:Clémence]], NIR [[NIR:2 93 04 35 047 061 72]], nee en [[DATE_NAISSANCE:avril 93]] a {{Bruz}}. Prise en charge a {{100 %}} a partir du {{6e mois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Feuille de soins papier du Dr [[PERSONNE:Le Gac]], {{Cerfa 12541*02}}, {{30 €}}. L'agent : « ya encore des medecins qui font du papier ? » Elle la scanne. Mr [[PERSONNE:Morin]] attend {{10 jours}} pour etre rembourse.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Thierry Lemasson]], pension d'invalidite {{cat. 2}}. Sa mutuelle {{MGEN}}, n° « [[IDENTIFIANT:1 0 5 4 4 8 2 1 7]] » lu chiffre par chiffre. L'agent : « la MGEN c'est pas nous monsieur ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Espace France Services}} au fond de l'accueil : {{2}} conseilleres, {{9}} partenaires ({{Cpam}}, {{Caf}}, {{CARSAT}}, {{DGFiP}}…). Une file de {{7}} personnes a {{9h05}}. Ici les gens viennent « pour tout ».",
    ),
    # ---- Cpam, accueil telephonique (14) ----
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateforme. « mon num de secu c'est [[NIR:1 57 05]]… attendez… [[NIR:29 019 066]]… et [[NIR:86]] ». [[PERSONNE:Jean-Yves]], né a {{Brest}}, {{67 ans}}. Il appelle pour une prise en charge {{transport}} en {{VSL}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Arret de travail pas recu par l'employeur ({{Leclerc Saint-Grégoire}}). NIR lu, l'agent le tape sur 2 lignes dans ses notes :\n[[NIR:2 99 12 44 109\n205 84]]\nMme [[PERSONNE:Ophélie Marchand]], {{IJ}} bloquees depuis le {{3 mars}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Formation du jour : ne jamais donner d'info medicale au tel, meme au conjoint. Sur {{25}} appels, {{6}} de conjoints. L'agent : « {{3646}}, c'est le numero que tout le monde connait, c'est bien et c'est pas bien ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel demande par une dame. Elle dicte : « [[TELEPHONE:zero deux, quatre-vingt-dix-neuf, trente, douze, cinquante-six]] ». Fixe, elle a pas de portable, {{78 ans}}. Objet : {{dentier}}, reste a charge {{0 €}} avec le {{100 % santé}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'appelante donne son numero de dossier hospit a {{Pontchaillou}} : IPP [[IDENTIFIANT:P00872154]]. L'agent : « on a pas acces a ca, c'est l'hopital ». [[PERSONNE:Véronique]] soupire, elle a deja appele {{3 fois}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Compte {{Ameli}} bloque. Mail de l'assure : « [[EMAIL:ptit.loup56 arobase sfr point fr]] ». L'agent : « ptit avec ou sans e ? » Sans. Code provisoire envoye par courrier, {{5 jours}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Temps d'attente annonce {{12 min}}. Une fois decroche, {{4 min 30}} en moyenne. Top motifs : {{IJ}}, carte vitale, attestation. Les plus longs : {{invalidité}}, {{AT/MP}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "NIR dicte en deux temps : « [[NIR:1 02 09 75 115 318]]… et la cle c'est… [[NIR:23]] ». Né a {{Paris 15e}}, etudiant a {{Rennes 1}}, [[PERSONNE:Hugo Chevalier]]. Rattachement a la {{Cpam d'Ille-et-Vilaine}} fait en ligne depuis.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pere veut faire rembourser les lunettes de sa fille sur son compte : RIB [[IBAN:FR76 1790 6000 3261 5478 2091 383]]. La fille, [[PERSONNE:Jade]], {{14 ans}}, est rattachee aux {{2}} parents. OK.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Changement d'adresse : [[ADRESSE:Résidence Les Tilleuls, bât C, 7 rue Papu, 35000 Rennes]]. L'agent : « vous pouvez le faire sur {{Ameli}} » — « je sais, mais je prefere vous le dire ». Mr [[PERSONNE:Lucien Daniel]], {{81 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Verif identite : « nee le [[DATE_NAISSANCE:vingt-deux septembre soixante-huit]] a {{Lyon}} ». NIR a l'ecran [[NIR:2 68 09 69 123 287 87]]. [[PERSONNE:Nathalie Brunet]] appelle pour un {{mi-temps thérapeutique}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assure a recu un SMS « {{Ameli}} : votre carte vitale expire, cliquez ici ». Il a clique. Mr [[PERSONNE:Rouault]], {{72 ans}}, panique. L'agent : arnaque, portail {{Pharos}}, et changer le mot de passe. Personne ne lui a demande d'argent, ouf.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« je suis sous tutelle, c'est ma tutrice qui gere » — la tutrice, Mme [[PERSONNE:Le Goff]] de l'{{UDAF}}, prend le relais. N° de mesure [[IDENTIFIANT:TUT-2019-04412]]. L'agent note, {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pic a {{11h}} : {{63}} appels en file. Les agents sur l'ecran collectif : {{14}} connectes, {{3}} en pause. Message de la cheffe : « on tient jusqu'a {{12h15}} ».",
    ),
    # ---- Cpam, controle sur place (5) ----
    (
        "cpam",
        "controle_sur_place",
        "Controle d'arret maladie, sorties autorisees {{9h-11h}} et {{14h-16h}}. On sonne chez Mr [[PERSONNE:Quentin Rivière]], [[ADRESSE:27 rue de Fougères, Rennes]], a {{15h40}}. Pas de reponse. Avis de passage depose, convocation sous {{8 jours}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'agent assermente verifie l'identite a la porte : carte d'identite n° [[IDENTIFIANT:180335201457]], [[PERSONNE:Sandra Pelletier]], nee le [[DATE_NAISSANCE:24/01/1980]]. Elle est bien la, en pyjama, elle rigole. {{4 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Controles du jour : {{7}} adresses, {{2}} absents (dont un avec la voiture [[IMMATRICULATION:CB-612-LE]] garee devant, bizarre), {{1}} sortie autorisee. L'agent fait {{80 km}} dans la journee. « les gens croient qu'on vient pour punir, on vient pour verifier ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Personne chez Mr [[PERSONNE:Jordan Le Meur]], [[ADRESSE:La Haute Forêt, 35630 Hédé-Bazouges]]. La voiture declaree ([[IMMATRICULATION:DW 447 PL]]) n'est pas dans la cour. L'agent note l'heure, {{10h20}}, et repart.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Roselyne]] ouvre, bras dans le platre. Le controle dure {{3 min}}. Sur son buffet {{une rose}} dans un verre et le journal {{Ouest-France}}. L'agent repart, rien a signaler. NIR verifie [[NIR:2 81 11 13 055 199 18]], nee a {{Marseille}}.",
    ),
    # ---- CCAS, accueil physique (12) ----
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Rennes}}, accueil {{9h}}. Mme [[PERSONNE:Danielle Jouan]], {{71 ans}}, facture EDF impayee : ref client [[IDENTIFIANT:3002 415 887]], {{486,12 €}}. Aide facultative possible jusqu'a {{300 €}}, passage en commission le {{jeudi 22}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation. Il a rien : pas de carte, pas de tel. Juste un nom, [[PERSONNE:Bogdan Popescu]], et une date, [[DATE_NAISSANCE:8 août 1979]]. L'agent ouvre la domiciliation, {{1 an}} renouvelable. Il peut recevoir son courrier ici a partir de {{demain}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Colis alimentaire : bon pour l'{{épicerie sociale}} {{Les Ajoncs}}, {{10 %}} du prix. {{14}} bons distribues ce matin. L'agent : « en {{2022}} on en faisait {{6}} ». Reste a vivre plancher : {{8 €}} par jour et par personne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Famille [[PERSONNE:Bouchard]] pour une aide cantine. {{QF}} {{390}}, tarif cantine {{0,50 €}} le repas au lieu de {{3,85 €}}. Num alloc pour verifier le QF : « [[N_ALLOCATAIRE:6 0 2… 5 5 1… 8]] ». {{2 enfants}} a l'ecole {{Jean Moulin}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Serge]], {{63 ans}}, vient pour un dossier d'{{APA}} pour sa mere. L'agent lui donne le dossier {{Cerfa 16301*01}} et le numero du {{CLIC}}, {{02 99 78 24 10}}. La maman habite [[ADRESSE:6 rue Saint-Hélier, Rennes]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil tres calme, {{3}} personnes en {{1h}}. L'agent prepare les bons de {{Noël}} des ainés : {{1 200}} colis cette annee. Elle me montre la liste de distribution par quartier, {{Bréquigny}}, {{Cleunay}}, {{Maurepas}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide au permis de conduire ({{bourse permis}}) : {{600 €}} contre {{70 h}} de benevolat. Jeune homme, [[PERSONNE:Enzo Leray]], {{19 ans}}, tel [[TELEPHONE:07 60 12 38 94]]. Il a deja le code depuis {{janvier}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Hélène Guillard]] veut une aide pour la facture d'eau, contrat {{Eau du Bassin Rennais}} n° [[IDENTIFIANT:1046 2287 34]]. {{212 €}}. L'agent : « on paie directement au fournisseur, jamais a vous ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agent lit le formulaire de Mr [[PERSONNE:Abdelkader Mebarki]] a voix haute : « ne le [[DATE_NAISSANCE:05 03 1958]]… adresse [[ADRESSE:11 allée de Finlande, 35200 Rennes]]… tel [[TELEPHONE:02 99 50 61 07]]… mail [[EMAIL:a.mebarki58@orange.fr]] ». Il hoche la tete a chaque ligne. Demande : {{téléassistance}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur apporte son RIB pour l'aide exceptionnelle : [[IBAN:FR76 1450 5000 0208 1736 4925 020]]. L'agent : « on vire sur votre compte que si c'est un secours d'urgence ». [[PERSONNE:Marcel]], {{58 ans}}, {{RSA}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{Point Conseil Budget}} : {{4}} rdv. {{1}} dossier de surendettement, dossier {{Banque de France}} n° [[IDENTIFIANT:035-24-004517]]. Mme [[PERSONNE:Gaëlle Rouxel]], {{3 enfants}}, {{900 €}} de reste a vivre, mail [[EMAIL:gaelle.rouxel@free.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le bureau {{4}} a une {{fontaine à eau}} et un {{olivier}} en pot. L'agent : « les gens se posent, ca detend ». Sur le mur : tarifs cantine {{2025}}, {{tranche 1}} a {{tranche 8}}.",
    ),
    # ---- CCAS, accueil telephonique (8) ----
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une fille inquiete pour sa mere : « elle repond plus depuis {{2 jours}} ». Adresse de la mere : [[ADRESSE:Résidence Bellevue, appart 12, 4 rue de l'Alma, 35000 Rennes]]. L'agent appelle le gardien. Fille : [[PERSONNE:Patricia Hervieux]], [[TELEPHONE:06 23 18 77 40]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame demande si le {{CCAS}} fait des avances sur {{APL}}. Non. Orientation {{FSL}}. {{2 min}}. Puis la meme, Mme [[PERSONNE:Lemonnier]], rappelle {{10 min}} plus tard pour la meme question.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription {{plan canicule}} par tel : Mr [[PERSONNE:René Boulanger]], {{88 ans}}, [[ADRESSE:3 bis rue de Châtillon, 35000 Rennes]], fixe [[TELEPHONE:02.99.31.48.55]]. Sa fille en contact : [[EMAIL:c.boulanger.rennes@wanadoo.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un travailleur social du {{CDAS}} : une famille sans chauffage. N° de dossier {{SIAO}} ? non, c'est pas {{SIAO}}, c'est un dossier {{FSL}} energie : [[IDENTIFIANT:FSL-E-2025-00318]]. Famille [[PERSONNE:Guezennec]]. Aide en {{48h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} : {{02 23 62 10 10}}. {{4}} lignes, {{2}} agents. Entre {{12h}} et {{14h}} repondeur. Message : « en cas d'urgence appelez le {{115}} ou le {{17}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« mon num allocataire ? attendez… » elle cherche, on entend les papiers… « [[N_ALLOCATAIRE:3 8 8]]… [[N_ALLOCATAIRE:0 5 1 9]] ». L'agent a besoin du QF pour la tarification du portage de repas, {{6,40 €}} le repas. Mme [[PERSONNE:Josette Le Bras]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un homme qui veut le numero perso d'une agente, [[PERSONNE:Morgane]], « elle m'a bien aide ». Refus. L'agent lui donne le {{02 23 62 10 10}} et les horaires, {{8h30-17h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour une aide au transport : sa voiture ([[IMMATRICULATION:CK-904-XM]]) est en fourriere depuis {{4 jours}}, {{189 €}} + {{10 €}} par jour. [[PERSONNE:Frédéric Lucas]]. L'agent : pas d'aide pour la fourriere.",
    ),
    # ---- CCAS, controle sur place (5) ----
    (
        "ccas",
        "controle_sur_place",
        "Visite a domicile pour une demande d'aide menagere. Mme [[PERSONNE:Yvette Lorand]], {{92 ans}}, [[ADRESSE:18 rue Vasselot, Rennes]], {{3e étage}} sans ascenseur. Son chat {{Moustache}} nous suit partout. {{GIR 4}} probable.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'evaluation : logement insalubre, moisissures partout. Bailleur prive. Locataire [[PERSONNE:Mohamed Ait Ali]], [[ADRESSE:2 passage du Trégor, 35000 Rennes]]. Signalement a l'{{ARS}} et au {{SCHS}}. {{40 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{APA}} a domicile. Grille {{AGGIR}} : {{10}} variables. L'evaluatrice remplit en {{45 min}}. Pas de nom sur la porte, juste un pot de {{marguerites}} et un paillasson « {{Welcome}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mr [[PERSONNE:Gérard]] (tout le monde l'appelle « [[PERSONNE:Gégé]] »), {{77 ans}}, vit seul. L'agent verifie le detecteur de fumee, le frigo, les medicaments. Carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:MH 0844 2217 09]] sur le buffet.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour la {{téléassistance}} : l'installateur {{Présence Verte}} pose le boitier. Le medaillon est teste en {{2 min}}. Numero d'urgence programme : le fils, [[TELEPHONE:06 71 42 08 35]]. Mme [[PERSONNE:Le Bris]], ravie.",
    ),
    # ---- Urgences, accueil physique (14) ----
    (
        "urgences",
        "accueil_physique",
        "Accueil des {{urgences}} {{CHU}}, {{22h10}}. L'IAO tape : [[PERSONNE:Jean-Marc Poirier]], né le [[DATE_NAISSANCE:03/10/1956]], IPP [[IDENTIFIANT:P00451987]]. Douleur thoracique, {{tri 2}}, {{box 4}} direct. Moi je reste en salle d'attente, {{31}} personnes.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent administratif demande la carte vitale et la mutuelle. La dame a juste une photo de sa carte mutuelle : {{MGEN}} n° [[IDENTIFIANT:2 78 110 442]]… l'agent zoome, relit. Patiente : Mme [[PERSONNE:Evrard]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : ecran « temps d'attente estime {{4h}} ». {{18}} personnes, {{3}} brancards dans le couloir. Un enfant qui pleure depuis {{40 min}}. L'agent d'accueil passe voir chaque heure. Au micro : « le proprietaire du vehicule [[IMMATRICULATION:DL-078-SA]] est prie de le deplacer ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune amene son pote blesse en voiture, se gare sur la place ambulance. Le vigile note la plaque : [[IMMATRICULATION:GK-316-RV]], « vous la bougez dans {{5 min}} ». Le pote : [[PERSONNE:Killian]], {{20 ans}}, main ouverte, {{tri 4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient sans papiers, sans carte vitale. Nom donne : « [[PERSONNE:Ivanov]]… ou [[PERSONNE:Ivanova]] » c'est sa femme qui traduit. Date de naissance « [[DATE_NAISSANCE:1er janvier 1970]] » (l'agent me dit : c'est souvent le 1er janvier quand on sait pas). Dossier {{PASS}} ouvert.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le NIR de la patiente, lu sur l'attestation, dicte a l'agent : « [[NIR:2 05 02 35 238 430 96]] ». Elle a {{20 ans}}, nee a {{Rennes}}. [[PERSONNE:Maëlys Hamelin]]. Chute de trottinette, {{tri 4}}, attente {{3h}} minimum.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les pompiers deposent un monsieur agite. Aucune piece. Dans sa poche : une ordonnance au nom de [[PERSONNE:Raymond Lesage]] et un ticket {{Star}} (bus). L'agent cree un dossier « inconnu », IPP provisoire [[IDENTIFIANT:P00999412]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}. {{9}} patients en attente. L'agent administratif est seule a l'accueil de {{21h}} a {{7h}}. Elle m'explique le tri : {{5}} niveaux, {{1}} = urgence vitale. Elle a fait {{17}} admissions depuis minuit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mere + fils de {{6 ans}}, fievre {{40°}}. L'agent : « le petit est ne quand ? » « le [[DATE_NAISSANCE:12 juin 2018]] ». Elle donne son tel : [[TELEPHONE:07 49 21 63 08]]. Nom du petit : [[PERSONNE:Aaron Leblanc]]. {{Pédiatrie}}, {{2e étage}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Adresse du patient pour le compte-rendu : [[ADRESSE:24 rue de Nantes, 35136 Saint-Jacques-de-la-Lande]]. Il bosse a l'{{aéroport}} de {{Saint-Jacques}}. [[PERSONNE:Loïc Fontaine]], {{44 ans}}, entorse cheville.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident du travail : l'employeur ({{Bouygues Construction}}) doit remplir la declaration. Le patient donne son NIR par morceaux : « [[NIR:1 75 10]]… [[NIR:93 066]]… [[NIR:231 55]] ». Né a {{Saint-Denis}}. [[PERSONNE:Moussa Cissé]], chute d'echafaudage.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame veut des nouvelles de son mari arrive en {{SMUR}}. L'agent : « son nom ? » « [[PERSONNE:Kowalsky]]… non, [[PERSONNE:Kowalski]], avec un i ». Il est en {{déchocage}}, {{salle 1}}. Elle attend en {{salle des familles}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sur {{2h}} d'observation : {{23}} admissions, {{4}} sans carte vitale, {{2}} sans aucun papier, {{1}} etranger de passage (touriste allemand, {{EHIC}}). L'agent : « le plus long c'est la mutuelle ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Etudiant etranger, passeport bresilien n° [[IDENTIFIANT:FZ912345]], {{Erasmus}} a {{Rennes 2}}. Mail pour la facture : [[EMAIL:rafael.souza@usp.br]]. [[PERSONNE:Rafael Souza]], {{23 ans}}, allergie aux arachides, {{tri 3}}.",
    ),
    # ---- Urgences, accueil telephonique (6) ----
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences. Une femme cherche son pere : « [[PERSONNE:Michel Tréguier]], né le [[DATE_NAISSANCE:2 avril 1941]] ». L'agent verifie, il est bien la, {{UHCD}}. Il peut rien dire de plus au tel. Elle laisse son num : [[TELEPHONE:06 35 20 49 17]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un {{EHPAD}} ({{EHPAD Korian Les Amandiers}}) pour prevenir d'un transfert. La residente : Mme [[PERSONNE:Odette Rolland]], IPP connu [[IDENTIFIANT:P00318264]]. {{VSL}} prevu {{14h15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard recoit en moyenne {{140}} appels par jour. La moitie : « combien de temps d'attente ? ». Reponse standard : « on ne peut pas savoir, appelez le {{15}} si c'est grave ». {{SOS Médecins}} au {{36 24}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un pharmacien appelle pour une ordonnance illisible du service. Patient : [[PERSONNE:Dominique Perrin]], ordonnance n° [[IDENTIFIANT:ORD-25-118402]]. L'agent transfere a l'interne de garde, {{poste 6512}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une mutuelle ({{AG2R La Mondiale}}) pour une prise en charge. Adherent n° [[IDENTIFIANT:88107254-01]], [[PERSONNE:Arnaud Giraud]]. L'agent : « envoyez par fax au {{02 99 28 43 21}} » — le fax existe encore 📠",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un gendarme pour un blesse de la route. Vehicule : [[IMMATRICULATION:EZ-551-QH]], conducteur [[PERSONNE:Baptiste Nicol]], {{25 ans}}. Arrive par le {{SAMU}} a {{16h50}}. L'agent ne confirme rien au tel sans verification.",
    ),
    # ---- CHRS / 115, accueil physique (8) ----
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Le Puzzle}}, accueil de jour. [[PERSONNE:Steeve]], {{34 ans}}, dort dans sa voiture depuis {{3 semaines}}, une {{Clio}} grise, [[IMMATRICULATION:BR-229-NT]]. Il a un n° {{SIAO}} : [[IDENTIFIANT:SIAO35-2025-01877]]. Liste d'attente : {{47}} personnes.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission. Mme [[PERSONNE:Khadija Rahmani]] et ses {{2 enfants}}. Titre de sejour [[IDENTIFIANT:3500 2419 87]], {{APS}} jusqu'au {{30/06}}. Chambre {{14}} au {{2e étage}}. Participation {{10 %}} des ressources. Son compte est encore en Espagne (elle a vecu {{4 ans}} a {{Valence}}) : [[IBAN:ES67 0049 1500 0805 1827 3641]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du matin : cafe, douche, lave-linge. {{28}} passages avant {{11h}}. Le chien {{Tyson}} dort sous la table. L'educatrice : « ici pas de nom obligatoire, les gens donnent ce qu'ils veulent ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un homme veut recuperer son courrier : domiciliation au {{CHRS}}. Il donne son nom, [[PERSONNE:Jean-Pierre Kerhervé]], et sa date de naissance, [[DATE_NAISSANCE:11/11/1962]]. {{3}} lettres, dont une de la {{Cpam}}. Il les ouvre sur place.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le surnom de tout le monde : « [[PERSONNE:Le Grand]] », {{2 m}} au moins. Son vrai nom c'est [[PERSONNE:Dimitri]]. Il est la depuis {{2019}}. Il me montre sa chambre : {{foyer}} {{Adoma}}, {{chambre 8}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Reunion d'equipe {{14h}} : {{6}} situations. {{2}} sorties vers logement {{Archipel Habitat}}, {{1}} exclusion (violence), {{3}} en attente {{SIAO}}. Taux d'occupation {{98 %}}. Personne ne cite de nom, que des initiales.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'educ aide [[PERSONNE:Sofia]] a ouvrir un compte bancaire, {{Nickel}} au bureau de tabac. IBAN recu par SMS : [[IBAN:FR76 1820 6004 1065 2039 1847 773]]. Premier versement {{RSA}} attendu le {{5}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un residant, [[PERSONNE:Ali]], a perdu son recepisse. N° [[IDENTIFIANT:7502 6618 40]] selon la photocopie du dossier. Rdv {{préfecture}} le {{mardi 3 juin}} {{9h}}. L'educ l'accompagne en {{bus}}, ligne {{C4}}.",
    ),
    # ---- CHRS / 115, accueil telephonique (7) ----
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{21h40}}. Une femme avec un bebe, [[PERSONNE:Awa]], {{gare}} de {{Rennes}}. L'ecoutant : « il vous reste de la batterie ? » Place trouvee a l'{{hôtel Formule 1}}, {{chambre 23}}, pour {{3 nuits}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Ecoutant du {{115}} : {{200}} appels par soir, {{40}} decroches. Les autres : « tous nos ecoutants sont occupes ». {{0}} place ce soir dans le departement. Il me dit : « le pire c'est de dire non {{30}} fois ». Dernier appel : [[PERSONNE:Mireille]], {{60 ans}}, dort dans sa voiture, [[IMMATRICULATION:AL-492-JF]], parking du {{Colombier}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur appelle, habitue : « c'est moi, [[PERSONNE:Fredo]] ». L'ecoutant connait. Il dort sous le pont de la {{Vilaine}}. Son n° SIAO « [[IDENTIFIANT:35-118-442]] ». Pas de place, rappeler a {{8h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une assistante sociale de l'{{hôpital}} : sortie de [[PERSONNE:Marcel Tanguy]] prevue demain, sans domicile. Elle donne son tel pro [[TELEPHONE:02 99 28 37 62]]… « c'est mon poste direct ». Orientation {{LHSS}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une jeune femme appelle en chuchotant, violences. L'ecoutant la bascule vers le {{39 19}}. Son prenom seulement : [[PERSONNE:Laura]]. Elle raccroche avant la fin. L'ecoutant reste {{2 min}} sans rien dire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Famille de {{5}} au {{115}}. Le pere donne son nom en l'epelant : [[PERSONNE:S-A-R-R]]. Son tel [[TELEPHONE:+33 6 44 81 20 37]], mail [[EMAIL:sarr.ibrahima@gmail.com]]. Mise a l'abri {{gymnase}} {{Colombier}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un passant : un homme dort devant [[ADRESSE:5 rue d'Antrain]] depuis {{3 jours}}. L'ecoutant envoie l'{{équipe mobile}} ({{maraude}}). Le passant donne son nom ? non, anonyme. {{23h15}}.",
    ),
    # ---- CHRS, controle sur place (5) ----
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus avec l'educ. Appartement du {{CHRS}} : [[ADRESSE:31 rue Jean Jaurès, app. 12, 35000 Rennes]]. [[PERSONNE:Nadia]] y vit avec son fils depuis {{8 mois}}. Etat des lieux : {{1}} prise cassee, {{0}} retard de loyer.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de chambre au {{CHRS}} : {{chambre 17}}, rangee, un poster du {{Stade Rennais}}. Le residant, [[PERSONNE:Youssef]], {{24 ans}}, montre son contrat {{CDD}} chez {{Lidl}}. L'educ : « il sort dans {{2 mois}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un logement diffus : le bail glissant va passer au nom de Mme [[PERSONNE:Tiphaine Lebon]]. Le bailleur, {{Espacil}}, a donne la ref locataire [[IDENTIFIANT:ESP-2218-07743]]. Le loyer {{412 €}}, {{APL}} deduites.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres a {{10h}} : {{12}} chambres, {{2}} absents. Chez [[PERSONNE:Bruno Le Dantec]], un {{olivier}} en pot et des {{pierres}} sur la fenetre. L'educ note les reparations : {{3}} ampoules, {{1}} radiateur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un residant en appart diffus, [[ADRESSE:8 square de Galicie, 35200 Rennes]]. [[PERSONNE:Mickaël Le Saux]], sa mobylette dans l'entree, plaque [[IMMATRICULATION:AX-127-FN]]. L'educ : « dehors la mob, c'est le reglement ».",
    ),
]


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip():
            raise ValueError(f"span with outer whitespace: {value!r}")
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


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Half of each (site_kind, channel) stratum to each side; odd leftovers drawn 50/50."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        strata.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev: set[str] = set()
    holdout: set[str] = set()
    leftovers: list[str] = []
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
