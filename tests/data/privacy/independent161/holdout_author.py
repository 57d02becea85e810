"""Independent evaluation corpus n° 161: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind161-001`` … ``ind161-240`` follow the
writing order. Running this file writes ``dev.jsonl`` and ``holdout.jsonl`` (120 notes each)
next to it; the split depends only on the ids and the (site kind, channel) cells.

Standard library only, deterministic.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind161"
SEED = 161

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

# Batch 1: Caf, counter and phone.
NOTES_1 = [
    (
        CAF,
        AP,
        "Premier jour en immersion, arrivée {{8h50}} à la {{Caf}} d'{{Orléans}}, déjà {{12 personnes}} devant la porte avant l'ouverture. L'agente d'accueil, [[PERSONNE:Nadège]], me dit que c'est « calme pour un lundi ». Je la crois pas trop 😅",
    ),
    (
        CAF,
        AP,
        "1ere personne : une dame qui vient pour la {{prime d'activité}}, elle a reçu un courrier qu'elle comprend pas. Mme [[PERSONNE:Bouzidi]] (l'agente) lui relit ligne par ligne. num alloc lu à voix haute : [[N_ALLOCATAIRE:2318746]]. Durée {{12 min}}.",
    ),
    (
        CAF,
        AP,
        "Ce qui me frappe : tout le monde a un ticket, A, B ou C selon le motif. Ticket {{B27}} appelé à {{9h32}}, le monsieur avait attendu {{45 minutes}}. Il dit juste « c'est toujours comme ça ici ». Écran d'appel en panne depuis {{mardi}} 🤷",
    ),
    (
        CAF,
        AP,
        "Jeune homme, {{19 ans}}, veut ouvrir ses droits {{APL}} pour un studio à {{Tours Nord}}. L'agent ([[PERSONNE:Kévin]]) lui demande son {{RIB}} et son bail. Il a tout en photo sur son tel, floues. Date de naissance vérifiée : [[DATE_NAISSANCE:14/02/2006]].",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Rakotomalala]] vient changer de banque, nouveau RIB posé sur le comptoir, l'agent tape l'IBAN en le lisant tout haut : [[IBAN:FR76 1450 5000 0108 0123 4567 861]]. Elle demande si la {{prime de Noël}} arrivera quand même sur l'ancien compte. Réponse : oui si c'est fait avant le {{15 décembre}}.",
    ),
    (
        CAF,
        AP,
        "bcp de gens viennent juste pr imprimer une attestation de paiement. Borne en libre service, {{2 ordinateurs}}, un seul marche.",
    ),
    (
        CAF,
        AP,
        "— Vous êtes bien M. [[PERSONNE:Nguyen Van Long]] ?\n— Oui, [[PERSONNE:Long]] c'est le prénom.\n— Et vous êtes né le [[DATE_NAISSANCE:3 août 1971]] ?\n— Oui.\nL'agente corrige la fiche, nom et prénom étaient inversés depuis {{2019}}. Il rigole, dit que ça lui arrive tout le temps.",
    ),
    (
        CAF,
        AP,
        "Famille [[PERSONNE:Traoré]], {{4 enfants}}, viennent pour l'{{ARS}} (allocation de rentrée scolaire). Le père montre les certificats de scolarité, l'aînée [[PERSONNE:Aminata]] née en [[DATE_NAISSANCE:2007]] n'est plus dans les clous ?? L'agent explique la limite des {{18 ans}}.",
    ),
    (
        CAF,
        AP,
        "ATTENTE {{1H15}} AUJOURD'HUI. L'agent d'accueil me dit que le mardi c'est pire. Une femme s'énerve, « j'ai posé ma matinée !!! ». Le vigile, [[PERSONNE:Samir]], la calme en lui proposant une chaise.",
    ),
    (
        CAF,
        AP,
        "Changement d'adresse : M. [[PERSONNE:Carvalho]] a déménagé de {{Fleury-les-Aubrais}} à {{Saran}}, nouvelle adresse [[ADRESSE:27 rue des Fauvettes, 45770 Saran]]. L'agente lui dit de le faire en ligne la prochaine fois, il répond qu'il a pas d'ordi.",
    ),
    (
        CAF,
        AP,
        "Ce qui m'a surpris : la plupart des gens connaissent leur numéro allocataire {{Caf}} par cœur. Une dame le récite sans hésiter, [[N_ALLOCATAIRE:0754213]], avant même qu'on lui demande. L'agente dit que c'est les « habitués ».",
    ),
    (
        CAF,
        AP,
        "Étudiante en {{BTS}} à {{Chartres}}, elle vient avec sa mère. Question sur l'{{APL}} en colocation. Elle s'appelle [[PERSONNE:Inès Belkacem]], mais c'est sa mère qui parle. L'agent [[PERSONNE:Thomas]] s'adresse à la fille exprès, j'ai trouvé ça bien.",
    ),
    (
        CAF,
        AP,
        "Pause café avec les agents à {{10h30}}. Ils parlent du nouveau logiciel, personne n'aime. « Avant on avait {{3 écrans}}, maintenant un seul et ça rame ». L'accueil tourne avec {{4 agents}} au lieu de six aujourd'hui.",
    ),
    (
        CAF,
        AP,
        "Un monsieur épelle son nom : « [[PERSONNE:K-O-W-A-L-S-K-I]], avec un W ». Le dossier était au nom de « [[PERSONNE:Kovalski]] » depuis l'ouverture des droits, donc {{2 ans}} de courriers perdus. Son {{RSA}} a été suspendu en {{mars}}.",
    ),
    (
        CAF,
        AP,
        "Une jeune femme n'arrive pas à se connecter à son espace. L'agente vérifie le mail dans le dossier : [[EMAIL:m.haddad.93@gmail.com]]. Elle dit que c'est plus le bon, elle utilise [[EMAIL:meriem.haddad@outlook.fr]] maintenant. Changement fait en {{2 minutes}}.",
    ),
    (
        CAF,
        AP,
        "Un papi de {{82 ans}} vient avec une enveloppe kraft pleine de papiers, il veut juste savoir « si tout va bien ». L'agente, [[PERSONNE:Sandrine]], les regarde un par un. Tout va bien. Il repart content. {{20 minutes}} pour ça et elle dit que ça aussi c'est son boulot.",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Yilmaz]] vient pour l'{{AAH}}, il attend la décision de la {{MDPH}} depuis {{7 mois}}. N° de dossier MDPH sur son courrier : [[IDENTIFIANT:045-2024-018734]]. L'agent ne peut rien faire, c'est pas la {{Caf}} qui décide.",
    ),
    (
        CAF,
        AP,
        "Déclaration de naissance pour la {{PAJE}} : bébé [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:2 octobre]] à l'hôpital de {{La Source}}. La maman, Mme [[PERSONNE:Diabaté]], a l'air épuisée, l'agent lui apporte un verre d'eau de la {{fontaine}}.",
    ),
    (
        CAF,
        AP,
        "Le panneau dit « {{Caf}} du {{Loiret}} – accueil sur rdv l'après-midi ». Personne ne le lit.",
    ),
    (
        CAF,
        AP,
        "Pour le {{RSA}}, l'agente demande au monsieur ([[PERSONNE:Mickaël Lenoir]], {{34 ans}}) s'il est inscrit à {{France Travail}}. Il sort sa carte : identifiant [[ID_FRANCE_TRAVAIL:4128573K]]. Elle dit que depuis {{janvier}} l'inscription est automatique, lui ne savait pas.",
    ),
    (
        CAF,
        AP,
        "Ce matin surtout des questions simples : une attestation, un changement de situation, un « pourquoi j'ai moins ce mois-ci ». Sur les {{17 personnes}} que j'ai vues, trois seulement avaient rdv. Je m'attendais à plus de conflits, en fait c'est très poli.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Mbemba]] doit fournir son titre de séjour renouvelé. L'agent recopie le numéro : [[IDENTIFIANT:4501238765]]. Expire en {{2027}}. Elle demande si ses {{allocations familiales}} vont reprendre, réponse « d'ici {{15 jours}} normalement ».",
    ),
    (
        CAF,
        AP,
        "Le numéro de portable du dossier est faux, il manque un chiffre. Mme [[PERSONNE:Le Floch]] redonne le bon : [[TELEPHONE:06 71 48 22 09]]. L'agente : « c'est pour ça qu'on arrivait pas à vous joindre pour le {{RDV}} ».",
    ),
    (
        CAF,
        AT,
        "Après-midi à la plateforme téléphonique, double écoute avec [[PERSONNE:Géraldine]]. Premier appel à {{13h31}}, une dame qui demande juste les horaires. {{40 secondes}}. Le suivant dure {{18 minutes}}.",
    ),
    (
        CAF,
        AT,
        "Appel : monsieur donne son numéro allocataire [[N_ALLOCATAIRE:1893025]] puis son code postal pour vérifier l'identité. Il appelle de {{Vierzon}}. Question sur un indu de {{312 €}}. L'agent explique, le monsieur répète « mais j'ai rien fait de mal » plusieurs fois.",
    ),
    (
        CAF,
        AT,
        "Appelante : Mme [[PERSONNE:Ferreira Da Silva]], elle épelle [[PERSONNE:F-E-R-R-E-I-R-A]]. Elle veut qu'on la rappelle sur le fixe, [[TELEPHONE:02 47 38 61 90]], son portable n'a plus de forfait. Rappel noté pour {{demain matin}}.",
    ),
    (
        CAF,
        AT,
        "Un monsieur dicte son tél par paires : « [[TELEPHONE:zéro sept, quarante-deux, dix-huit, soixante-trois, zéro cinq]] ». L'agente répète, il dit non, soixante-TROIS. On s'y reprend {{3 fois}}.",
    ),
    (
        CAF,
        AT,
        "Entre deux appels, [[PERSONNE:Géraldine]] me montre le tableau : {{212 appels}} en attente à {{14h}}. Temps moyen {{11 min}}. Elle dit que la file se vide jamais avant {{16h30}}.",
    ),
    (
        CAF,
        AT,
        "Appel très court, la personne raccroche dès qu'on décroche. Ça arrive {{une dizaine de fois}} par jour d'après l'agente. Personne ne sait pourquoi.",
    ),
    (
        CAF,
        AT,
        "{{14h02}}, vérif identité au tél : « votre date de naissance ? » « le [[DATE_NAISSANCE:vingt-deux juin quatre-vingt-neuf]] ». « Et votre numéro allocataire ? » « je l'ai pas sous la main ». L'agente accepte avec nom + adresse : [[ADRESSE:5 allée des Tilleuls, 41000 Blois]]. Elle s'appelle [[PERSONNE:Clémence Aubry]].",
    ),
    (
        CAF,
        AT,
        "Une étudiante veut qu'on lui renvoie le formulaire par mail, elle épelle : « [[EMAIL:yasmine point ouali arobase laposte point net]] ». L'agente explique qu'on n'envoie pas de formulaire par mail, il faut passer par {{caf.fr}}. Déception.",
    ),
    (
        CAF,
        AT,
        "Il veut changer de {{RIB}} par téléphone. L'agent dit non, il faut le faire sur l'espace perso. Le monsieur insiste et lit quand même son IBAN : « [[IBAN:FR76 3000 4008 1700 0104 5732 189]] ». L'agent ne le note pas mais moi je l'ai entendu…",
    ),
    (
        CAF,
        AT,
        "[[PERSONNE:Géraldine]] m'explique la formule d'accueil : « {{Caf}} du {{Loiret}}, [[PERSONNE:Géraldine]] à votre écoute ». Pendant {{2 ans}} elle a donné un autre prénom, après des menaces d'un allocataire. Maintenant elle dit le vrai.",
    ),
    (
        CAF,
        AT,
        "Appel d'un travailleur social du {{CCAS}} de {{Joué-lès-Tours}} pour une dame qu'il accompagne, Mme [[PERSONNE:Bensaïd]], dossier [[N_ALLOCATAIRE:3047718]]. L'agente refuse de donner des infos sans mandat. Ton un peu sec des deux côtés.",
    ),
    (
        CAF,
        AT,
        "{{15h10}} : appel en anglais. L'agente se débrouille avec des mots simples, « housing », « paper », « letter ». Ça marche à peu près. Pas d'interprétariat par téléphone ici ??",
    ),
    (
        CAF,
        AT,
        "Un père seul, [[PERSONNE:Jordan]], appelle pour la garde alternée : la {{Caf}} verse les {{allocs}} à la mère. L'agente lui explique le partage. Il a 2 enfants nés en [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]]. Il appelle de son travail, on entend des machines derrière.",
    ),
    (
        CAF,
        AT,
        "Une dame pleure au téléphone, notification de fin de droits {{RSA}}. [[PERSONNE:Géraldine]] reste calme, reformule, propose un rdv au {{CCAS}}. Après avoir raccroché elle souffle : « celle-là je vais y penser ce soir ».",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Oumarou]] appelle pour le {{RSA}}, on lui demande son identifiant {{France Travail}}. Il le lit sur un courrier : [[ID_FRANCE_TRAVAIL:0672145 B]]. Le dossier est bloqué, il manque sa déclaration trimestrielle ({{DTR}}).",
    ),
    (
        CAF,
        AT,
        "Appel d'une bailleuse privée qui veut savoir si son locataire touche l'{{APL}}. Refus poli : secret. Elle donne quand même le nom du locataire, M. [[PERSONNE:Hakobyan]], et l'adresse du logement, [[ADRESSE:14 bis rue Porte-Madeleine, Orléans]]. L'agente ne confirme rien.",
    ),
]

# Batch 2: Caf home inspections, Cpam counter.
NOTES_2 = [
    (
        CAF,
        CSP,
        "Départ en contrôle avec [[PERSONNE:Patrice]], contrôleur depuis {{22 ans}}. Dans la voiture de service il m'explique : on vérifie la résidence, la composition du foyer, les ressources. Premier rdv {{9h30}} à {{Montargis}}, [[ADRESSE:8 rue du Loing, 45200 Montargis]].",
    ),
    (
        CAF,
        CSP,
        "Chez Mme [[PERSONNE:Ouedraogo]] : appartement propre, {{3 pièces}}, deux enfants à l'école. Le contrôleur regarde les factures {{EDF}} pour la date d'entrée dans les lieux, réf client [[IDENTIFIANT:4012 875 639]]. Pas de souci. Elle propose un café, il refuse gentiment (règle).",
    ),
    (
        CAF,
        CSP,
        "Contrôle « isolement » : la dame déclare vivre seule. Devant la maison une {{Clio}} immatriculée [[IMMATRICULATION:FK-218-TZ]], le contrôleur note, c'est celle du « cousin » qui passe. Il me dit après que ça ne prouve rien en soi. Dossier [[N_ALLOCATAIRE:2609134]].",
    ),
    (
        CAF,
        CSP,
        "Je pensais que le contrôle serait tendu. En fait les gens ouvrent, proposent de s'asseoir, sortent leurs papiers. {{45 min}} par visite en moyenne. Le plus dur selon le contrôleur c'est la paperasse après : le rapport prend autant de temps que la visite.",
    ),
    (
        CAF,
        CSP,
        "Visite à {{Châlette-sur-Loing}}, personne. Le contrôleur laisse un avis de passage, nom sur la boîte : « [[PERSONNE:D. Hamidou]] / [[PERSONNE:S. Kanté]] ». Deux noms alors que le dossier dit personne seule… il note juste, « on reviendra ».",
    ),
    (
        CAF,
        CSP,
        "M. [[PERSONNE:Ribeiro]] montre ses relevés bancaires, le contrôleur compare l'IBAN avec celui du dossier : [[IBAN:FR76 1820 6000 4565 0032 1498 761]]. Ça correspond. Des virements d'une boîte de {{Pithiviers}} apparaissent, pas déclarés. Discussion longue, il dit que c'est pas du black, « c'est de l'intérim ».",
    ),
    (
        CAF,
        CSP,
        "Mme [[PERSONNE:Lemaire]], {{67 ans}}, vit avec son petit-fils [[PERSONNE:Enzo]] depuis que sa fille est partie. Le contrôleur vérifie le livret de famille, [[PERSONNE:Enzo]] né le [[DATE_NAISSANCE:11/09/2012]]. Elle a un chat, {{Pacha}}, qui s'assoit sur les papiers 😺",
    ),
    (
        CAF,
        CSP,
        "Contrôleur au volant, il me raconte ses pires visites. Rien de grave, surtout des chiens. Les gens l'appellent « le monsieur de la {{Caf}} ». Pas de GPS dans la voiture de service (un {{Berlingo}} blanc), il utilise {{Waze}} sur son tel perso.",
    ),
    (
        CAF,
        CSP,
        "Adresse déclarée : [[ADRESSE:3 impasse des Acacias, 45110 Châteauneuf-sur-Loire]]. Sur place la boîte aux lettres est au nom de [[PERSONNE:Boulanger]], la dame dit que c'est l'ancien locataire. Le contrôleur demande le bail, signé en {{2022}}, OK.",
    ),
    (
        CAF,
        CSP,
        "Camping-car {{Fiat}} garé dans la cour, plaque belge [[IMMATRICULATION:1-KLM-482]]. Le fils de la dame, [[PERSONNE:Rudy]], vit dedans « temporairement ». Depuis quand ? « depuis l'été ». Faut-il le compter dans le foyer ou pas, ils en débattent dans la voiture après.",
    ),
    (
        CAF,
        CSP,
        "Fin de matinée : {{4 visites}}, {{1 absent}}, {{1 dossier}} à revoir. Sandwich dans la voiture au bord du canal à {{Montargis}}. Le contrôleur dit que c'est la « {{petite Venise du Gâtinais}} ».",
    ),
    (
        CPAM,
        AP,
        "Premier matin à la {{Cpam}} de {{Tours}}. L'accueil est sur rdv sauf pour les urgences « vitales ». Une dame sans rdv est quand même reçue parce qu'elle a {{3 enfants}} avec elle. L'agente me glisse : « on fait au cas par cas ».",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Haddouche]] vient pour sa carte {{Vitale}} perdue. L'agente tape le NIR qu'il dicte : [[NIR:1 79 11 99 350 041 16]]. Il est né au {{Maroc}}, le 99 au milieu c'est pour ça m'explique-t-elle. Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        CPAM,
        AP,
        "Dame qui veut la {{C2S}} (complémentaire santé solidaire). Elle n'a pas ses avis d'imposition. L'agente lui imprime la liste des pièces. Elle repart en disant « encore une fois ». J'ai compté : {{3e}} passage pour elle.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Chevalier]] : arrêt maladie pas payé depuis {{6 semaines}}. Son employeur n'a pas envoyé l'attestation de salaire. L'agente note son portable [[TELEPHONE:07 68 12 40 93]] pour la rappeler et écrit à l'employeur. « C'est presque toujours l'employeur » me dit-elle.",
    ),
    (
        CPAM,
        AP,
        "Un étudiant coréen, [[PERSONNE:Dong-hyun Park]], arrivé de {{Séoul}} en septembre, n'a pas encore de numéro définitif. L'agente vérifie son passeport : [[IDENTIFIANT:M45871203]], né le [[DATE_NAISSANCE:17 mai 2002]]. Elle lui explique {{Ameli}}, il prend des notes en coréen.",
    ),
    (
        CPAM,
        AP,
        "Je découvre le mot « {{PUMa}} ». L'agente m'explique en {{30 secondes}}, puis une dame arrive avec exactement cette question. Coïncidence parfaite. Elle repart avec un formulaire {{Cerfa}} et un sourire.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Lefebvre]] veut savoir pourquoi son remboursement de lunettes est de {{0,09 €}}. L'agente explique le {{100 % santé}}, la mutuelle, etc. Il montre sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:20458713]]. Il n'est pas convaincu du tout 😂",
    ),
    (
        CPAM,
        AP,
        "(Cpam de {{Saint-Denis}}, 2e demi-journée) Femme enceinte, {{5 mois}}, sans titre de séjour, vient pour l'{{AME}}. Elle s'appelle [[PERSONNE:Fatoumata Sylla]], elle l'écrit sur un papier. Elle est domiciliée chez Mme [[PERSONNE:Camara]], [[ADRESSE:22 rue Danielle Casanova, 93200 Saint-Denis]], l'agente vérifie l'attestation.",
    ),
    (
        CPAM,
        AP,
        "Attente à l'accueil : {{25 min}}. Sur le mur une affiche « {{Mon espace santé}} », une autre sur le dépistage du cancer colorectal. Un monsieur lit les deux à voix haute à sa femme.",
    ),
    (
        CPAM,
        AP,
        "Jeune femme, [[PERSONNE:Océane Marchal]], {{23 ans}}, née à {{Saint-Denis}} et à {{Tours}} depuis le lycée, veut rattacher son compte {{Ameli}} à son nouveau mail [[EMAIL:oceane.marchal37@free.fr]]. NIR vérifié sur la carte : [[NIR:2 01 09 93 066 233 24]].",
    ),
    (
        CPAM,
        AP,
        "L'agent, [[PERSONNE:Moussa]], parle soninké avec un vieux monsieur, {{75 ans}} environ, qui ne comprend pas le français. Échange rapide, le monsieur repart rassuré. [[PERSONNE:Moussa]] me dit que c'est pas dans sa fiche de poste mais « on va pas le laisser comme ça ».",
    ),
    (
        CPAM,
        AP,
        "{{11h}} : rush. {{9 personnes}} en attente, {{2 agents}}. Une maman avec un bébé qui hurle passe devant, personne ne dit rien.",
    ),
    (
        CPAM,
        AP,
        "Changement de coordonnées bancaires pour les indemnités journalières : M. [[PERSONNE:Da Costa]] donne un RIB {{La Banque Postale}}, [[IBAN:FR35 2004 1010 1212 3456 7K02 052]]. L'agente scanne. Il demande si ça part « ce mois-ci ». Réponse vague.",
    ),
    (
        CPAM,
        AP,
        "Une dame cherche un médecin traitant depuis qu'elle est arrivée à {{Joué-lès-Tours}}. L'ancien, le Dr [[PERSONNE:Perrin]], est parti à la retraite. L'agente lui donne la liste des médecins qui prennent de nouveaux patients… {{2 noms}}, tous les deux à {{Chambray}}.",
    ),
    (
        CPAM,
        AP,
        "Ce que je n'imaginais pas : il y a un {{centre d'examens de santé}} à l'étage, et une infirmière qui passe dire bonjour à tout le monde. Elle s'appelle [[PERSONNE:Véronique]] et elle connaît la moitié des gens par leur prénom.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Pham]] a reçu un courrier sur ses frais de transport. Il vient avec sa fille qui traduit. Date de naissance demandée : [[DATE_NAISSANCE:9 janvier 1954]]. Taxi conventionné pour ses dialyses à {{Trousseau}}, {{3 fois par semaine}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Gonçalves]] redonne son numéro : [[TELEPHONE:+33 6 52 18 47 30]], elle écrit le {{+33}} parce qu'elle a longtemps eu un forfait portugais. L'agente ne sait pas si le système accepte ce format. Il accepte.",
    ),
    (
        CPAM,
        AP,
        "Conversation entre deux agents à voix basse sur une collègue en arrêt pour burn-out depuis {{3 semaines}}. Je n'écris pas le nom. Ambiance fatiguée mais solidaire.",
    ),
    (
        CPAM,
        AP,
        "Un monsieur conteste une facture de l'hôpital {{Bretonneau}}, facture n° [[IDENTIFIANT:FAC-2024-0087213]]. L'agente explique que c'est l'hôpital, pas la {{Cpam}}. Il a fait {{40 minutes}} de bus pour venir, il est dégoûté.",
    ),
]

# Batch 3: Cpam phone and inspections, CCAS counter.
NOTES_3 = [
    (
        CPAM,
        AT,
        "Plateforme {{3646}}, {{Orléans}}. Casque sur les oreilles à {{13h30}}. L'agent, [[PERSONNE:Yannick]], décroche avec « {{Assurance Maladie}} bonjour », pas de nom de ville, les appels viennent de toute la région.",
    ),
    (
        CPAM,
        AT,
        "L'appelant donne son numéro de sécu d'une traite : « [[NIR:1 65 02 18 033 156 15]] ». L'agent le tape en même temps, erreur sur la clé, il redemande. « Vous êtes bien né en [[DATE_NAISSANCE:février 65]] ? » « Oui, à {{Bourges}} ». Question : remboursement kiné.",
    ),
    (
        CPAM,
        AT,
        "Une dame appelle pour sa mère de {{91 ans}}, hospitalisée à {{Vierzon}}. Elle veut savoir si le transport en {{VSL}} est remboursé. Réponse : avec prescription oui. {{4 min}}.",
    ),
    (
        CPAM,
        AT,
        "Appel de Mme [[PERSONNE:Guérin]] : elle n'a pas reçu son attestation de droits. L'agent vérifie l'adresse : [[ADRESSE:41 avenue de Paris, 36000 Châteauroux]], c'est l'ancienne. Nouvelle adresse : [[ADRESSE:2 rue Grande, 36000 Châteauroux]]. Corrigé en {{2 minutes}}.",
    ),
    (
        CPAM,
        AT,
        "Beaucoup d'appels pour rien de grave : « comment je télécharge l'appli », « j'ai perdu mon mot de passe {{Ameli}} ». L'agent dit que {{60 %}} des appels pourraient se régler en ligne « mais les gens veulent entendre une voix ».",
    ),
    (
        CPAM,
        AT,
        "Un jeune veut changer le mail du compte {{Ameli}}, il épelle : « [[EMAIL:kenzo_lb@hotmail.fr]], [[EMAIL:k-e-n-z-o tiret du bas l-b]] ». L'agent ne peut pas au téléphone, il faut le code reçu par SMS. Le jeune : « mais le tel c'est plus le mien ».",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Tchakounté]], appel en larmes : son fils [[PERSONNE:Brice]] a eu un accident à l'école, elle veut savoir si c'est « pris en charge ». L'agent la rassure, explique la déclaration d'accident scolaire. Il reste {{12 minutes}} avec elle alors que le compteur clignote rouge.",
    ),
    (
        CPAM,
        AT,
        "Le compteur au-dessus de nous : « {{48}} appels en attente ». Personne ne le regarde sauf moi 😬",
    ),
    (
        CPAM,
        AT,
        "Rappel programmé à {{15h}} : l'agent compose le [[TELEPHONE:02.38.54.71.26]], messagerie. Il laisse un message neutre, sans dire le motif (« secret médical »). Il me dit qu'il ne laisse jamais le motif.",
    ),
    (
        CPAM,
        AT,
        "Une infirmière libérale, [[PERSONNE:Aurélie Mercier]], appelle pour un souci de télétransmission. Elle donne son numéro {{ADELI}}… non, son {{RPPS}} : [[IDENTIFIANT:10101845237]]. L'agent la renvoie vers la ligne des professionnels de santé.",
    ),
    (
        CPAM,
        AT,
        "Appel en espagnol, l'agent parle un peu, il se débrouille. La dame, Sra [[PERSONNE:Gutiérrez]], arrive de {{Valence}} et veut savoir si sa carte européenne marche en France. Oui. Fin.",
    ),
    (
        CPAM,
        AT,
        "Ce qui me surprend : l'agent a un « arbre » de réponses à l'écran mais ne le regarde presque jamais. Il connaît tout par cœur, {{15 ans}} de maison. Il dit que les nouveaux mettent {{6 mois}} à être à l'aise.",
    ),
    (
        CPAM,
        AT,
        "Vérification : « date de naissance ? » « [[DATE_NAISSANCE:1er avril 1983]], et c'est pas une blague » 😄 L'agent rit. Et elle s'appelle Mme [[PERSONNE:Poisson]]. Elle dit qu'on lui fait la blague du {{poisson d'avril}} depuis la maternelle.",
    ),
    (
        CPAM,
        CSP,
        "Cpam, contrôle d'arrêt de travail à domicile avec [[PERSONNE:Sylvie]], agente assermentée. Elle sonne à {{10h15}} chez M. [[PERSONNE:Benhamou]], [[ADRESSE:12 rue Émile Zola, 37000 Tours]]. Il est là, en jogging, un peu surpris. {{5 minutes}} et c'est fini.",
    ),
    (
        CPAM,
        CSP,
        "2e visite : absent. Sorties autorisées de {{9h}} à {{11h}} et de {{14h}} à {{16h}}, il est {{11h40}}. [[PERSONNE:Sylvie]] laisse un avis. Elle dit que la plupart du temps les gens sont juste chez le médecin ou à la pharmacie.",
    ),
    (
        CPAM,
        CSP,
        "Je pensais que ce serait du flicage. C'est plutôt de la vérification rapide, polie, sans entrer. Sur {{6 visites}} ce matin, {{5 présents}}.",
    ),
    (
        CPAM,
        CSP,
        "Une dame en arrêt longue maladie ({{ALD}}) nous voit arriver de sa fenêtre. Dans l'allée sa voiture, [[IMMATRICULATION:EZ-904-RC]], une bâche dessus. Elle dit qu'elle ne conduit plus depuis l'opération. [[PERSONNE:Sylvie]] ne note rien sur la voiture, « c'est pas le sujet ».",
    ),
    (
        CPAM,
        CSP,
        "Visite à {{Saint-Pierre-des-Corps}}, immeuble sans interphone qui marche. On attend qu'un voisin ouvre. Nom sur la boîte : [[PERSONNE:ABDELKADER R.]], en majuscules au feutre. Il est là, il dormait, il ouvre en caleçon.",
    ),
    (
        CPAM,
        CSP,
        "Retour au bureau à {{12h10}}, [[PERSONNE:Sylvie]] saisit les rapports. Chaque rapport porte le numéro de sécu de l'assuré, elle me montre l'écran vite fait : [[NIR:1 85 07 41 018 220 44]], puis le referme. Elle dit que je n'aurais pas dû voir ça.",
    ),
    (
        CCAS,
        AP,
        "Premier jour au {{CCAS}} de {{Blois}}. Petite salle, {{5 chaises}}, une plante en plastique. L'agente d'accueil, [[PERSONNE:Manon]], {{26 ans}}, première année en poste. Elle connaît déjà presque tout le monde.",
    ),
    (
        CCAS,
        AP,
        "Un monsieur demande une aide alimentaire. Orienté vers l'{{épicerie sociale}}. Il s'appelle [[PERSONNE:Gilles Marchand]], {{58 ans}}, il dit « je pensais jamais venir ici ». Dossier ouvert sur place.",
    ),
    (
        CCAS,
        AP,
        "Demande de domiciliation : M. [[PERSONNE:Stoica]], roumain, vit dans une caravane sur un terrain vers {{Vineuil}}. Quand on lui demande un justificatif il donne la plaque de sa voiture : [[IMMATRICULATION:B 214 KRS]]. L'agente explique que ça ne sert à rien pour la domiciliation mais elle note quand même.",
    ),
    (
        CCAS,
        AP,
        "Téléphone qui sonne sans arrêt ({{7 fois}} en {{10 minutes}}) pendant que l'agente reçoit. Elle ne décroche pas, « sinon je fais les deux mal ».",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Aït Ouarab]] vient pour l'aide aux factures d'énergie. Elle montre sa facture {{Engie}}, réf client [[IDENTIFIANT:310 427 856 921]], {{487 €}} d'impayés. Passage en commission {{jeudi}}.",
    ),
    (
        CCAS,
        AP,
        "Pour instruire le {{RSA}}, l'agent demande le numéro allocataire : [[N_ALLOCATAIRE:1267894]]. Le monsieur le trouve sur un vieux courrier {{Caf}} plié en quatre. Il s'appelle [[PERSONNE:Aurélien]], il s'excuse tout le temps.",
    ),
    (
        CCAS,
        AP,
        "Une dame âgée vient remplir son dossier {{APA}}. Née le [[DATE_NAISSANCE:24 décembre 1938]], « le jour du réveillon, c'est pour ça qu'on m'a appelée [[PERSONNE:Noëlle]] ». Tout le monde sourit.",
    ),
    (
        CCAS,
        AP,
        "Ce qui m'a surpris : beaucoup de gens viennent juste parler. Une dame reste {{20 minutes}} pour raconter son voisin bruyant. Aucune démarche. L'agente dit que c'est « une partie du job que personne ne compte ».",
    ),
    (
        CCAS,
        AP,
        "Demande de logement d'urgence : M. et Mme [[PERSONNE:Benyamina]] sont expulsés le {{31 mars}} de leur logement, [[ADRESSE:18 rue du Bourg-Neuf, 41000 Blois]]. L'agente appelle le {{SIAO}} devant eux. Pas de place avant {{2 semaines}}.",
    ),
    (
        CCAS,
        AP,
        "Dans la file : un jeune en scooter, casque à la main. Il vient chercher un colis de la {{Banque alimentaire}}. Il ne dit pas son nom, l'agente le connaît : « salut [[PERSONNE:Ryan]] ».",
    ),
    (
        CCAS,
        AP,
        "Une dame laisse son numéro pour être rappelée par l'assistante sociale : [[TELEPHONE:06 44 90 17 35]]. Elle insiste : « pas le matin, je travaille ». Elle fait le ménage dans les bureaux de la {{préfecture}}.",
    ),
    (
        CCAS,
        AP,
        "L'assistante sociale, Mme [[PERSONNE:Delorme]], passe récupérer un dossier. Elle et l'agente parlent en code : « le monsieur du {{3e}} », « la dame aux chats ». Je comprends qu'elles évitent les noms devant moi.",
    ),
    (
        CCAS,
        AP,
        "Jeune femme, [[PERSONNE:Kadiatou]], {{21 ans}}, sans ressources. L'agente vérifie si elle est inscrite à {{France Travail}} : oui, identifiant [[ID_FRANCE_TRAVAIL:3309815N]]. Orientation {{Mission locale}}.",
    ),
    (
        CCAS,
        AP,
        "CAFÉ GRATUIT À L'ACCUEIL !!! Petite machine {{Senseo}}, les gens se servent. Idée de [[PERSONNE:Manon]] apparemment.",
    ),
    (
        CCAS,
        AP,
        "Aide financière accordée : {{150 €}} pour la cantine, versés sur le compte de la famille. RIB fourni par Mme [[PERSONNE:Konaté]] : [[IBAN:FR76 1027 8370 5000 0203 1184 587]]. L'agente vérifie le nom du titulaire.",
    ),
    (
        CCAS,
        AP,
        "Pièce d'identité demandée pour la domiciliation. M. [[PERSONNE:Morel]] tend une carte d'identité ancien modèle, numéro [[IDENTIFIANT:090445102367]], périmée depuis {{2024}}. L'agente l'accepte quand même, « ça prouve qui vous êtes ».",
    ),
    (
        CCAS,
        AP,
        "{{12h}} fermeture. {{14 passages}} ce matin. L'agente me dit que le lundi c'est plutôt {{30}}.",
    ),
    (
        CCAS,
        AP,
        "Un couple de retraités, elle parle, lui hoche la tête. Ils viennent pour le {{colis de Noël}} des seniors. Inscription : nom, date de naissance, adresse. Lui : [[PERSONNE:Raymond Chauvin]], né le [[DATE_NAISSANCE:3 mars 1941]], [[ADRESSE:9 rue des Violettes, Blois]]. Elle c'est [[PERSONNE:Josiane]].",
    ),
]

# Batch 4: CCAS phone and home visits, emergency department (first part).
NOTES_4 = [
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} d'{{Aubervilliers}}, après-midi. L'agente, [[PERSONNE:Leïla]], répond en français, en arabe et un peu en kabyle selon l'appelant. Premier appel : les horaires du {{portage de repas}}.",
    ),
    (
        CCAS,
        AT,
        "Un monsieur appelle pour savoir si le {{plan canicule}} est activé. Oui, depuis {{hier}}. Il veut s'inscrire sur le registre. L'agente prend les infos, rappel prévu par les bénévoles.",
    ),
    (
        CCAS,
        AT,
        "Inscription au registre canicule par téléphone : Mme [[PERSONNE:Horvath]], {{86 ans}}, [[ADRESSE:4 allée Gabriel Péri, 93300 Aubervilliers]], 3e étage sans ascenseur. Fixe : [[TELEPHONE:01 48 33 72 05]]. Sa voisine, Mme [[PERSONNE:Ly]], a une clé.",
    ),
    (
        CCAS,
        AT,
        "Une dame donne un numéro en mélangeant chiffres et mots : « [[TELEPHONE:06, 12, 87, quarante-cinq, 09]] ». L'agente le relit en entier pour être sûre. C'est la fille de M. [[PERSONNE:Saïd Ahmed]], comorien, {{80 ans}}, qui ne parle pas au téléphone.",
    ),
    (
        CCAS,
        AT,
        "Ce qui me frappe au téléphone : la moitié des appels ne sont pas pour le {{CCAS}}. Mairie, {{Caf}}, bailleur… L'agente réoriente avec les bons numéros, elle a une feuille plastifiée scotchée à côté de l'écran.",
    ),
    (
        CCAS,
        AT,
        "Appel du bailleur {{Plaine Commune Habitat}} pour signaler une locataire en difficulté, Mme [[PERSONNE:Benkirane]], dette de loyer {{2 300 €}}. Référence locataire donnée par le bailleur : [[IDENTIFIANT:PCH-0041729]]. L'agente prend note pour l'assistante sociale.",
    ),
    (
        CCAS,
        AT,
        "Un jeune homme veut le dossier de {{bourse communale}} par mail : [[EMAIL:ilyes.b2004@gmail.com]]. L'agente répète lettre par lettre. Le « [[DATE_NAISSANCE:2004]] » c'est son année de naissance, il le dit lui-même.",
    ),
    (
        CCAS,
        AT,
        "{{16h45}}, appel d'un monsieur très alcoolisé qui veut « parler au maire ». L'agente reste polie, raccroche au bout de {{5 minutes}}. Elle note l'appel dans un cahier, pas dans le logiciel.",
    ),
    (
        CCAS,
        AT,
        "Une maman appelle pour l'aide aux vacances, il faut le quotient familial {{Caf}}. Elle donne son numéro allocataire : [[N_ALLOCATAIRE:4418270]]. L'agente ne peut pas le consulter, elle demande l'attestation par mail.",
    ),
    (
        CCAS,
        AT,
        "[[PERSONNE:Leïla]] me dit qu'en hiver c'est pire, avec les coupures de chauffage. Aujourd'hui {{23 appels}} en {{3 heures}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec [[PERSONNE:Christelle]], travailleuse sociale du {{CCAS}} de {{Bourges}}, chez M. [[PERSONNE:Pasquier]], {{79 ans}}, qui vit seul, [[ADRESSE:15 rue Mirebeau, 18000 Bourges]]. Le frigo est presque vide, elle propose le portage de repas.",
    ),
    (
        CCAS,
        CSP,
        "Appartement très encombré, on avance entre des piles de journaux. La travailleuse sociale ne fait aucune remarque, elle demande juste où il dort. Je retiens ça. {{35 min}} de visite.",
    ),
    (
        CCAS,
        CSP,
        "Chez Mme [[PERSONNE:Tran Thi Mai]] : demande d'aide pour adapter la douche. Son fils [[PERSONNE:Julien]] est là, c'est lui qui parle. Elle est née au {{Vietnam}} le [[DATE_NAISSANCE:12 juillet 1946]], {{78 ans}}, l'évaluation ouvre droit à un dossier {{Anah}}.",
    ),
    (
        CCAS,
        CSP,
        "Dans la cour, une vieille {{205}} encore en plaque ancien format, [[IMMATRICULATION:4827 TV 18]]. Le monsieur l'appelle « ma petite », elle ne roule plus depuis {{2015}}. Il refuse de la vendre.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation pour l'aide ménagère : Mme [[PERSONNE:Aubert]] a une carte mutuelle {{MGEN}}, n° [[IDENTIFIANT:147852369]]. La travailleuse sociale note pour calculer la participation. Mme [[PERSONNE:Aubert]] enseignait le piano.",
    ),
    (
        CCAS,
        CSP,
        "Entre deux visites : la voiture de service est une {{Zoé}}, il reste {{40 km}} d'autonomie, stress. On rentre au {{CCAS}} pour la brancher.",
    ),
    (
        CCAS,
        CSP,
        "Signalement d'humidité : famille [[PERSONNE:Diakité]], {{5 personnes}} dans un {{2 pièces}}, moisissure sur les murs. Le propriétaire, M. [[PERSONNE:Lecomte]], ne répond plus. La travailleuse sociale prend des photos pour le service hygiène.",
    ),
    (
        CCAS,
        CSP,
        "Dernière visite : M. [[PERSONNE:Ivanov]] montre un courrier de la {{Carsat}} avec son numéro… c'est son numéro de sécu : [[NIR:1 58 12 75 118 402 63]]. Né dans le {{18e}} à {{Paris}}, il précise, « pas en Bulgarie comme tout le monde croit ».",
    ),
    (
        URG,
        AP,
        "Premier jour aux {{urgences}} du {{CHR d'Orléans}}. Je suis à l'accueil administratif avec [[PERSONNE:Jessica]], agente d'admission. L'infirmière d'orientation ({{IOA}}) est juste à côté. Salle d'attente pleine à {{8h}} déjà, {{31 patients}}.",
    ),
    (
        URG,
        AP,
        "Admission : M. [[PERSONNE:Girard]], douleur thoracique. Carte Vitale lue, NIR à l'écran : [[NIR:1 96 01 28 085 064 40]]. Il a {{29 ans}}, il est venu à pied.",
    ),
    (
        URG,
        AP,
        "Ce qui m'a surpris : le tri se fait en {{2 minutes}}, pas plus. Couleurs, chiffres, tout va vite. Ceux qui attendent le plus longtemps sont ceux qui vont « le mieux ».",
    ),
    (
        URG,
        AP,
        "Une dame âgée arrive en ambulance, sans papiers sur elle. L'agente la retrouve par nom + date de naissance : Mme [[PERSONNE:Pelletier]], née le [[DATE_NAISSANCE:18/06/1935]]. IPP : [[IDENTIFIANT:P00451872]]. Dernier passage en {{2023}}.",
    ),
    (
        URG,
        AP,
        "{{9h50}}, un jeune arrive la main en sang (couteau de cuisine). Il donne son nom presque en courant : « [[PERSONNE:Yanis Boukhari]] ». L'agente court derrière avec l'étiquette. Le reste on verra après.",
    ),
    (
        URG,
        AP,
        "Salle d'attente : une télé sans le son passe {{BFM}}. Un distributeur {{Selecta}} en panne. Un homme dort sur {{3 chaises}}.",
    ),
    (
        URG,
        AP,
        "Admission de Mme [[PERSONNE:Bernard-Lopez]], entorse. Elle donne sa carte mutuelle {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH 0082 4471 93]]. La carte Vitale ne passe pas dans le lecteur. Saisie à la main.",
    ),
    (
        URG,
        AP,
        "L'agente note la personne à prévenir : sa fille, [[PERSONNE:Sophie]], [[TELEPHONE:06 27 81 54 13]]. Le patient, M. [[PERSONNE:Rousseau]], {{83 ans}}, répète le numéro deux fois pour être sûr.",
    ),
    (
        URG,
        AP,
        "J'avais imaginé des cris et du sang. En fait c'est surtout de l'attente, des gens fatigués et des papiers. Une petite fille de {{6 ans}} environ colorie pendant que son père s'endort.",
    ),
    (
        URG,
        AP,
        "Un monsieur sans couverture sociale, arrivé il y a {{3 mois}}. Il a un récépissé de demande d'asile, n° [[IDENTIFIANT:4502783614]]. L'agente déclenche les « soins urgents ». Il s'appelle [[PERSONNE:Abdoulaye Barry]], fracture probable du poignet.",
    ),
    (
        URG,
        AP,
        "Adresse demandée pour le dossier : [[ADRESSE:27 boulevard Alexandre Martin, 45000 Orléans]]. « C'est un foyer, c'est grave ? » demande le patient. Non. L'agente saisit. Le foyer c'est {{Le Relais Orléanais}}.",
    ),
    (
        URG,
        AP,
        "Écran : « {{DDN}} [[DATE_NAISSANCE:1961-11-04]] » et la patiente dit qu'elle est née le [[DATE_NAISSANCE:4 novembre 1961]]. C'est pareil, l'agente rit, « le logiciel parle comme ça ».",
    ),
    (
        URG,
        AP,
        "{{10h05}}, un policier accompagne un homme menotté. Admission prioritaire. Nom donné par le policier : [[PERSONNE:Kevin Morin]]. Personne dans la salle ne lève la tête.",
    ),
    (
        URG,
        AP,
        "Un monsieur revient à l'accueil : sa voiture est garée sur la {{place ambulance}}. « La [[IMMATRICULATION:GA-371-FM]] c'est à vous ? » Oui. Il part la bouger en râlant.",
    ),
    (
        URG,
        AP,
        "{{11h20}}, relève de l'accueil. [[PERSONNE:Jessica]] passe le relais à [[PERSONNE:Mehdi]]. Elle me dit : « je fais {{6h30}}-{{14h}} mais je pars jamais avant {{14h30}} ».",
    ),
    (
        URG,
        AP,
        "Une maman arrive avec son fils de {{4 ans}}, fièvre. Elle s'appelle [[PERSONNE:Priya Sivakumar]], le petit [[PERSONNE:Aadhav]]. Carnet de santé sorti, date de naissance du petit : [[DATE_NAISSANCE:30.01.2021]]. Orientés vers la pédiatrie, autre entrée.",
    ),
]

# Batch 5: emergency department (counter, phone), CHRS day centre.
NOTES_5 = [
    (
        URG,
        AP,
        "2e immersion, urgences de l'hôpital {{Delafontaine}} à {{Saint-Denis}}. Ambiance très différente d'hier : {{60 personnes}} en attente, beaucoup de familles. L'agent d'accueil, [[PERSONNE:Wilfried]], parle fort mais gentiment.",
    ),
    (
        URG,
        AP,
        "Admission d'une jeune femme, [[PERSONNE:Rania Meziane]], douleurs abdominales. Adresse : [[ADRESSE:31 rue de la République, 93200 Saint-Denis]]. Mail pour les résultats ({{Doctolib}} ne marche pas chez elle) : [[EMAIL:rania.mzn@yahoo.fr]].",
    ),
    (
        URG,
        AP,
        "Un agent de sécurité fait le tour toutes les {{20 minutes}}. Pas d'incident ce matin. Il dit que le soir c'est une autre histoire.",
    ),
    (
        URG,
        AP,
        "Touriste brésilien, chute dans le métro à {{Basilique de Saint-Denis}}. Pas de carte européenne évidemment. L'agent photocopie le passeport : [[IDENTIFIANT:FV482913]], M. [[PERSONNE:João Pedro Almeida]]. Il ne parle que portugais, l'agent appelle une aide-soignante lusophone, [[PERSONNE:Fernanda]].",
    ),
    (
        URG,
        AP,
        "Une dame demande des nouvelles de son mari arrivé cette nuit, M. [[PERSONNE:Ben Youssef]]. L'agent vérifie, il est en box {{12}}. Elle n'a pas le droit d'y aller tout de suite, elle attend en pleurant.",
    ),
    (
        URG,
        AP,
        "Une jeune maman n'a pas de portable, elle donne celui de sa sœur : [[TELEPHONE:07 53 29 81 66]]. L'agent écrit « sœur » à côté. Bébé de {{6 semaines}} qui tousse.",
    ),
    (
        URG,
        AP,
        "Ce que je retiens de la matinée ({{8h}}-{{13h}}) : l'agent d'accueil est le premier et le dernier visage. Les gens lui disent merci en partant, rarement aux médecins qu'ils ont à peine vus.",
    ),
    (
        URG,
        AP,
        "Patiente, {{41 ans}}, née à {{Créteil}}, l'agent lit sa Vitale : [[NIR:2 83 10 94 028 311 64]]. Elle fait corriger sa date de naissance : [[DATE_NAISSANCE:21/10/1983]], pas le 12. L'inversion datait d'un ancien passage.",
    ),
    (
        URG,
        AT,
        "Standard de l'accueil des urgences, {{CHU}} de {{Tours}}. Les appels viennent surtout des familles : « est-ce que ma mère est chez vous ? ». L'agente, [[PERSONNE:Nathalie]], ne répond qu'après avoir vérifié le lien.",
    ),
    (
        URG,
        AT,
        "Un appel : « je cherche M. [[PERSONNE:Lambert Joël]], né le [[DATE_NAISSANCE:5 avril 1949]] ». L'agente vérifie, oui il est là, en attente de scanner depuis {{2 heures}}. Elle ne dit rien de plus au téléphone.",
    ),
    (
        URG,
        AT,
        "Beaucoup d'appels pour demander le temps d'attente. L'agente ne donne jamais de chiffre, « ça dépend ». Un monsieur insiste, elle répète « ça dépend ». Il raccroche au bout de {{40 secondes}}.",
    ),
    (
        URG,
        AT,
        "Une fille appelle d'{{Espagne}} pour son père, hospitalisé après un malaise sur une aire d'autoroute. Elle laisse son numéro espagnol : [[TELEPHONE:+34 612 48 73 90]]. L'agente le transmet au service.",
    ),
    (
        URG,
        AT,
        "La {{pharmacie du Sanitas}} appelle pour vérifier une ordonnance de sortie, patient M. [[PERSONNE:Chaouch]], IPP [[IDENTIFIANT:P01187340]]. L'agente confirme que le médecin, le Dr [[PERSONNE:Nakamura]], était bien de garde.",
    ),
    (
        URG,
        AT,
        "Je croyais que les urgences c'était que du physique. En fait le téléphone sonne toutes les {{3 minutes}}. L'agente répond debout, un stylo dans chaque main 😅",
    ),
    (
        URG,
        AT,
        "Un monsieur appelle parce que sa voiture a été enlevée du parking des urgences. Il donne la plaque : « [[IMMATRICULATION:DX 527 LN]] », en articulant chaque lettre. L'agente le renvoie vers la {{fourrière}} de {{Tours}}, numéro affiché sur le panneau.",
    ),
    (
        URG,
        AT,
        "Appel de l'{{EHPAD Les Tilleuls}} de {{Joué-lès-Tours}} : une résidente, Mme [[PERSONNE:Marchetti]], a été envoyée cette nuit, ils veulent savoir si elle rentre. L'infirmière de l'EHPAD s'appelle [[PERSONNE:Coralie]]. Réponse : pas avant ce soir.",
    ),
    (
        URG,
        AT,
        "Un journaliste, [[PERSONNE:Maxime Vidal]], de {{La Nouvelle République}}, appelle pour un « témoignage sur l'attente ». Refus, renvoi vers le service com', l'agente donne l'adresse générique {{communication@chu-tours.fr}}.",
    ),
    (
        URG,
        AT,
        "Une dame appelle pour savoir si son fils est passé cette nuit. Il s'appelle [[PERSONNE:Dylan]], {{17 ans}}, elle donne sa date de naissance : le [[DATE_NAISSANCE:2 septembre 2007]]. Il n'est pas dans le système. Elle raccroche sans dire au revoir.",
    ),
    (
        CHRS,
        AP,
        "Premier jour au {{CHRS}} « {{Le Phare}} » à {{Tours}}. Accueil de jour : douches, café, machines à laver. L'éducateur, [[PERSONNE:Baptiste]], me présente comme « quelqu'un qui vient voir comment on bosse ».",
    ),
    (
        CHRS,
        AP,
        "Un homme arrive avec un gros sac, {{55 ans}} environ, il veut une douche. [[PERSONNE:Baptiste]] lui demande juste son prénom : « [[PERSONNE:Didier]] ». Pas de nom de famille, pas de papier. Ticket douche n° {{7}}.",
    ),
    (
        CHRS,
        AP,
        "{{10h}} : {{14 personnes}} dans la salle, {{2 chiens}}. Une femme seule, très jeune, reste près de la porte sans parler. Personne ne la force.",
    ),
    (
        CHRS,
        AP,
        "Domiciliation : M. [[PERSONNE:Ahmadi]], afghan, veut recevoir son courrier ici. Il montre son titre de séjour, n° [[IDENTIFIANT:3702145896]], valable jusqu'en {{2026}}. [[PERSONNE:Baptiste]] lui fait signer le registre.",
    ),
    (
        CHRS,
        AP,
        "Une dame et ses deux enfants, orientées par le {{115}}. Référence {{SIAO}} notée sur la fiche : [[IDENTIFIANT:SIAO37-2024-11852]]. Elle s'appelle [[PERSONNE:Mariama Bah]]. {{Chambre 14}} disponible ce soir.",
    ),
    (
        CHRS,
        AP,
        "Le chien d'un résident, {{Rocky}}, un staff tout doux, vient se coucher sous ma chaise. Son maître, [[PERSONNE:Steeve]], me raconte qu'il l'a depuis la rue, {{6 ans}}.",
    ),
    (
        CHRS,
        AP,
        "Ce qui m'a surpris : le calme. Je m'attendais à de la tension, il y a surtout du silence, des gens qui lisent le journal, qui rechargent leur téléphone. Les prises électriques sont très demandées, il y en a {{4}}.",
    ),
    (
        CHRS,
        AP,
        "[[PERSONNE:Baptiste]] aide un résident à actualiser sa situation {{France Travail}} sur l'ordi de l'accueil. Identifiant tapé : [[ID_FRANCE_TRAVAIL:5521073 Z]]. Mot de passe oublié, on recommence. {{25 minutes}}.",
    ),
    (
        CHRS,
        AP,
        "M. [[PERSONNE:Guillot]] raconte qu'il a perdu son appart au [[ADRESSE:12 rue Édouard Vaillant, Tours]] après sa séparation, il y a {{8 mois}}. Depuis il dort dans sa voiture, un {{Kangoo}}, plaque [[IMMATRICULATION:CR-660-WB]].",
    ),
    (
        CHRS,
        AP,
        "La cuisinière bénévole, [[PERSONNE:Mireille]], {{71 ans}}, fait la soupe tous les mardis depuis {{12 ans}}. Elle connaît tous les prénoms. Aujourd'hui velouté de potiron.",
    ),
    (
        CHRS,
        AP,
        "Un jeune demande qu'on note son nouveau numéro pour que l'assistante sociale le rappelle : [[TELEPHONE:07 81 02 63 47]]. Il a changé {{3 fois}} de téléphone ce mois-ci (vols).",
    ),
    (
        CHRS,
        AP,
        "Ouverture de droits {{PUMa}} pour une résidente née en {{Algérie}}, Mme [[PERSONNE:Hamdani]]. L'éducatrice recopie le numéro de sécu de l'attestation : [[NIR:2 74 05 99 352 019 77]]. Née en [[DATE_NAISSANCE:mai 1974]], elle a {{51 ans}}.",
    ),
    (
        CHRS,
        AP,
        "Un habitué qu'ils appellent « [[PERSONNE:Le Grand]] » vient chercher son courrier. Son vrai nom c'est [[PERSONNE:Jean-Claude Marie-Sainte]], il vient de {{Guadeloupe}}, il est à {{Tours}} depuis {{1998}}.",
    ),
    (
        CHRS,
        AP,
        "Lessive : {{2 machines}}, planning sur un tableau blanc, créneaux d'{{1h30}}. Une dispute éclate pour un créneau, l'éducateur tranche en {{30 secondes}}.",
    ),
    (
        CHRS,
        AP,
        "Une résidente veut savoir où en est son {{RSA}}. L'éducatrice appelle la {{Caf}} avec elle sur haut-parleur, numéro allocataire [[N_ALLOCATAIRE:2290614]]. {{35 min}} d'attente pour {{3 minutes}} de réponse.",
    ),
    (
        CHRS,
        AP,
        "Un jeune résident montre son compte {{TikTok}} où il rappe, [[IDENTIFIANT:@kaliboy_37]]. Il a {{4 000}} abonnés. L'éducateur lui dit de faire attention à ce qu'il poste sur le foyer.",
    ),
]

# Batch 6: 115 line, CHRS flats, France Travail counter (first part).
NOTES_6 = [
    (
        CHRS,
        AT,
        "Soirée au {{115}} du {{Loiret}}, {{18h}}. {{3 écoutants}}, des casques, un tableau des places. À {{18h05}} il reste {{2 places}} pour hommes seuls, aucune pour les familles.",
    ),
    (
        CHRS,
        AT,
        "Premier appel : M. [[PERSONNE:Kouassi]], {{38 ans}}, appelle tous les soirs depuis {{3 semaines}}. L'écoutante, [[PERSONNE:Amandine]], le reconnaît à la voix. Ce soir il a une place au gymnase.",
    ),
    (
        CHRS,
        AT,
        "Une femme appelle d'une cabine, on entend la pluie. Elle ne veut pas dire son nom. Elle a un enfant avec elle. L'écoutante garde la ligne le temps de trouver une place, {{14 minutes}}. Place trouvée à {{Olivet}}.",
    ),
    (
        CHRS,
        AT,
        "L'écoutant demande un numéro pour rappeler si une place se libère : [[TELEPHONE:07 45 66 12 98]]. Le monsieur, [[PERSONNE:Florin]], dit que son téléphone n'a plus que {{5 %}} de batterie.",
    ),
    (
        CHRS,
        AT,
        "Famille [[PERSONNE:Mukendi]], {{2 adultes}}, {{3 enfants}}, déjà à l'hôtel : {{hôtel Première Classe, chambre 208}}. Ils appellent parce que la prise en charge s'arrête demain. L'écoutante transmet au {{SIAO}}.",
    ),
    (
        CHRS,
        AT,
        "Un couple dort dans sa voiture sur le parking du {{Leclerc}} de {{Saint-Jean-de-la-Ruelle}}. Ils donnent la plaque pour que la maraude les trouve : [[IMMATRICULATION:BN-083-QS]]. Lui c'est [[PERSONNE:Thierry]], elle [[PERSONNE:Sabrina]].",
    ),
    (
        CHRS,
        AT,
        "Entre {{19h}} et {{20h}} : {{41 appels}}, {{9}} hébergés. Les autres : « rappelez demain ». L'écoutante dit qu'elle ne s'habitue pas à cette phrase.",
    ),
    (
        CHRS,
        AT,
        "L'écoutante cherche la personne dans {{SI-SIAO}} avec son numéro : [[IDENTIFIANT:45-0027815]]. Jeune femme, [[PERSONNE:Chloé Renard]], {{20 ans}}, déjà connue, sortie de l'{{ASE}}.",
    ),
    (
        CHRS,
        AT,
        "Vérification à {{21h40}} : « date de naissance ? » « [[DATE_NAISSANCE:12 du 12, 90]] ». L'écoutant tape [[DATE_NAISSANCE:12/12/1990]]. « Et votre nom ? » « [[PERSONNE:Rachid]], juste [[PERSONNE:Rachid]] ».",
    ),
    (
        CHRS,
        AT,
        "Ce qui me surprend : la douceur de la voix des écoutants, même au {{30e}} refus. [[PERSONNE:Amandine]] dit qu'elle se « vide » le soir en rentrant à pied.",
    ),
    (
        CHRS,
        AT,
        "Appel de la maraude de la {{Croix-Rouge}} : un homme allongé devant la {{gare des Aubrais}}, il refuse de bouger. Ils le connaissent : « [[PERSONNE:Momo]] ». L'écoutant note, ils repasseront vers {{23h}}.",
    ),
    (
        CHRS,
        AT,
        "Une assistante sociale de l'hôpital appelle pour une sortie sans solution, elle donne son mail pro pour le suivi : [[EMAIL:c.lefort@chr-orleans.fr]]. Patient : M. [[PERSONNE:Dubreuil]], sortie demain {{10h}}.",
    ),
    (
        CHRS,
        AT,
        "Une dame appelle, son compagnon vient de la mettre dehors, elle est devant chez elle, [[ADRESSE:7 rue des Murlins, 45000 Orléans]]. L'écoutante lui demande si elle est en sécurité, appelle le {{17}} avec elle en conférence.",
    ),
    (
        CHRS,
        AT,
        "Un appel en ukrainien. L'écoutant utilise {{Google Traduction}} sur son tel, haut-parleur collé au casque. Ça marche moyen mais ça marche.",
    ),
    (
        CHRS,
        AT,
        "M. [[PERSONNE:Benaïssa]] a un entretien {{France Travail}} demain à {{9h}}, il a besoin d'une douche et d'un lit. Il lit son identifiant sur sa convocation, je ne sais pas pourquoi : [[ID_FRANCE_TRAVAIL:6210448 R]]. Place trouvée.",
    ),
    (
        CHRS,
        AT,
        "Fin de soirée, {{23h30}}. [[PERSONNE:Amandine]] éteint son écran. Bilan : {{112 appels}} décrochés, {{27 personnes}} hébergées. Elle me dit « c'était une bonne soirée ».",
    ),
    (
        CHRS,
        CSP,
        "Visite en appartement diffus avec l'éducatrice [[PERSONNE:Ophélie]] ({{CHRS}} de {{Montreuil}}). Logement de Mme [[PERSONNE:Kaboré]] et ses {{2 enfants}}, [[ADRESSE:44 rue de Romainville, 93100 Montreuil]], 4e étage. C'est rangé, ça sent la cuisine.",
    ),
    (
        CHRS,
        CSP,
        "L'éducatrice vérifie le détecteur de fumée, le chauffe-eau, le frigo. Elle explique : c'est un logement « tremplin », la personne doit montrer qu'elle peut tenir un logement. {{18 mois}} max.",
    ),
    (
        CHRS,
        CSP,
        "Chez M. [[PERSONNE:Nowak]], {{62 ans}}, ancien maçon. Il montre fièrement son bail glissant, réf locataire [[IDENTIFIANT:OPH93-558214]]. Au mur une photo de {{Jean-Paul II}} et une de sa petite-fille [[PERSONNE:Zofia]].",
    ),
    (
        CHRS,
        CSP,
        "L'éducatrice aide Mme [[PERSONNE:Kaboré]] à mettre en place le prélèvement du loyer. RIB {{Banque Populaire}} posé sur la table : [[IBAN:FR76 1020 7000 2604 0213 5792 423]]. Mme [[PERSONNE:Kaboré]] lit chaque ligne du mandat avant de signer.",
    ),
    (
        CHRS,
        CSP,
        "Ce qui m'a frappée : la fierté des gens de montrer leur logement. Un monsieur a fait {{12 crêpes}} pour notre visite 🥞. L'éducatrice en mange une, « ça fait partie du lien ».",
    ),
    (
        CHRS,
        CSP,
        "Devant l'immeuble, la voiture de M. [[PERSONNE:Petrenko]], plaque ukrainienne [[IMMATRICULATION:AA 4721 KP]], pas assurée en France. L'éducatrice lui explique qu'il doit la faire immatriculer ici. Il dit qu'il n'a pas les {{400 €}}.",
    ),
    (
        CHRS,
        CSP,
        "Mme [[PERSONNE:Saidi]] a reçu un courrier de la {{Caf}} qu'elle ne comprend pas. L'éducatrice lit : numéro allocataire [[N_ALLOCATAIRE:5023487]], rappel d'un indu d'{{APL}}. On appelle ensemble, la ligne est occupée.",
    ),
    (
        CHRS,
        CSP,
        "Visite annulée : la personne n'a pas ouvert. L'éducatrice laisse un mot sous la porte, dessine un petit soleil. Elle repassera {{vendredi}}.",
    ),
    (
        CHRS,
        CSP,
        "Dernière visite, M. [[PERSONNE:Lucas Fontaine]], {{24 ans}}, sorti de prison il y a {{2 mois}}. L'éducatrice met à jour sa fiche : né le [[DATE_NAISSANCE:08/03/2001]], nouveau portable [[TELEPHONE:06 59 31 84 20]]. Il a trouvé une formation en cuisine.",
    ),
    (
        CHRS,
        CSP,
        "Une résidente montre son CV sur son tel ({{Samsung}} fêlé), l'adresse mail en haut c'est [[EMAIL:princesse.nadia93@hotmail.com]]. L'éducatrice lui conseille d'en créer une plus « sérieuse ». Elles en créent une ensemble : [[EMAIL:nadia.cherif.pro@gmail.com]].",
    ),
    (
        FT,
        AP,
        "Premier jour à {{France Travail}} {{Chartres}} {{Madeleine}}. Accueil avec [[PERSONNE:Arnaud]], conseiller. Accueil en « flux » le matin, sur rdv l'après-midi. {{9h}} : {{8 personnes}} déjà là.",
    ),
    (
        FT,
        AP,
        "Un monsieur ne comprend pas pourquoi il a été radié. [[PERSONNE:Arnaud]] regarde : absence à un rdv le {{12 mars}}. Le monsieur, [[PERSONNE:Serge Lhomme]], dit qu'il n'a jamais reçu la convocation. Son identifiant : [[ID_FRANCE_TRAVAIL:2871064 H]].",
    ),
    (
        FT,
        AP,
        "Bornes numériques à l'entrée : {{4}}. Une jeune femme aide spontanément un vieux monsieur à s'inscrire. Personne ne lui a demandé. Le conseiller me fait un clin d'œil.",
    ),
    (
        FT,
        AP,
        "Atelier CV dans la salle d'à côté : le modèle projeté est au nom de « [[PERSONNE:Marie Dupont]] ». Les {{6 participants}} recopient la mise en page.",
    ),
    (
        FT,
        AP,
        "Inscription d'une jeune femme arrivée de {{Guyane}}, [[PERSONNE:Stacy Jean-Louis]]. Mail : [[EMAIL:stacy.jeanlouis973@gmail.com]]. Née le [[DATE_NAISSANCE:19 novembre 1999]]. Elle cherche dans l'aide à domicile.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Diop]] vient déposer son RIB pour l'{{ARE}} : le premier versement est parti sur un compte clôturé. Nouveau RIB : [[IBAN:FR76 3000 3014 8000 0507 2143 639]]. Le conseiller le scanne.",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Renaud]], {{61 ans}}, licenciée après {{30 ans}} chez {{Hutchinson}}, veut un conseiller « en vrai ». Elle laisse son numéro : [[TELEPHONE:02 37 21 48 96]].",
    ),
    (
        FT,
        AP,
        "Un auto-entrepreneur du bâtiment, M. [[PERSONNE:Özdemir]], veut savoir s'il peut cumuler l'{{ARE}} et son activité. Il donne son SIRET perso : [[IDENTIFIANT:84312759600016]] et l'IBAN de son compte pro {{Qonto}} : [[IBAN:FR76 1695 8000 0141 2753 0986 232]]. Le conseiller explique le cumul, c'est long.",
    ),
]

# Batch 7: France Travail counter (second part) and phone line.
NOTES_7 = [
    (
        FT,
        AP,
        "M. [[PERSONNE:Ferreira]], le patron du {{Garage Ferreira Automobiles}} à {{Lucé}}, vient déposer une offre en personne, il cherche un mécano. Il laisse son mail : [[EMAIL:ferreira.auto28@wanadoo.fr]]. Le conseiller lui dit que ça se fait en ligne, il préfère « voir une tête ».",
    ),
    (
        FT,
        AP,
        "Inscription d'un jeune de {{22 ans}}, [[PERSONNE:Théo Garnier]], né à {{Évry}}. Il dicte son numéro de sécu : [[NIR:1 03 06 91 228 145 60]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:7740215 C]]. Il repart avec un rdv pour la semaine prochaine.",
    ),
    (
        FT,
        AP,
        "Ce qui m'a surpris : les conseillers n'ont presque pas de temps « d'accueil » pur, ils font {{3 choses}} à la fois. Le téléphone vibre, le mail clignote, la file avance. Sur le bureau, un {{olivier}} en pot qui survit.",
    ),
    (
        FT,
        AP,
        "Une dame au {{RSA}} convoquée pour son « contrat d'engagement ». Le conseiller vérifie son numéro allocataire, [[N_ALLOCATAIRE:3861502]], et son identifiant, [[ID_FRANCE_TRAVAIL:1198437 F]]. Elle s'appelle [[PERSONNE:Nathalie Cordier]], {{47 ans}}, ancienne caissière chez {{Carrefour}}. Son RIB {{Caisse d'Épargne}} date de quand elle vivait à {{Paris}} : [[IBAN:FR76 1751 5900 0008 2741 3021 551]].",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Baldé]] a trouvé un job de livreur mais son véhicule doit passer le contrôle technique. Aide à la mobilité demandée. Carte grise sur le comptoir : [[IMMATRICULATION:FR-492-JD]], oui {{FR comme France}}, il en rit. Identifiant [[ID_FRANCE_TRAVAIL:3056791 W]].",
    ),
    (
        FT,
        AP,
        "Une jeune femme vient avec son bébé dans le porte-bébé. Elle cherche un temps partiel. La conseillère, [[PERSONNE:Hélène]], lui parle de l'{{AGEPI}} pour la garde, et lui demande son numéro {{Caf}} : [[N_ALLOCATAIRE:7136029]]. Je ne savais pas que cette aide existait.",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Lopes]] signale que son allocation n'est pas arrivée. Le conseiller vérifie : RIB enregistré [[IBAN:FR76 1131 5000 0108 1300 5726 111]], c'est bien le sien. Le paiement de {{1 086 €}} part demain. Elle rit, soulagée.",
    ),
    (
        FT,
        AP,
        "{{10h40}} : coupure internet dans l'agence. Tout le monde attend. Le conseiller sort un classeur papier « pour les pannes ». Il date de {{2016}}.",
    ),
    (
        FT,
        AP,
        "Changement d'adresse : M. [[PERSONNE:Bertrand Ngoma]] a déménagé au [[ADRESSE:3 rue de la Mare-aux-Moines, 28300 Mainvilliers]]. Le conseiller modifie, vérifie son mail, [[EMAIL:b.ngoma@orange.fr]], et prend le nouveau RIB {{CIC}} : [[IBAN:FR76 3006 6108 7100 0102 9384 718]].",
    ),
    (
        FT,
        AP,
        "Inscription d'une dame née au {{Sénégal}}, Mme [[PERSONNE:Ndiaye Fall]], {{47 ans}}. Sa carte Vitale : [[NIR:2 77 12 99 341 052 48]]. Elle a travaillé {{10 ans}} en EHPAD, elle veut passer le diplôme d'aide-soignante.",
    ),
    (
        FT,
        AP,
        "FILE JUSQU'À LA PORTE À {{13H55}}, L'AGENCE ROUVRE À {{14H}}. UNE VOITURE GARÉE DEVANT L'ENTRÉE, [[IMMATRICULATION:DL-338-HX]], LE VIGILE CHERCHE LE PROPRIO. Un monsieur lit {{L'Écho républicain}} debout.",
    ),
    (
        FT,
        AP,
        "Un monsieur lit son identifiant comme un numéro de téléphone : « [[ID_FRANCE_TRAVAIL:40 58 712 P]] ». Le conseiller le tape sans rien dire. Il vient pour une attestation pour la {{Caf}}.",
    ),
    (
        FT,
        AP,
        "Un jeune, [[PERSONNE:Anis]], veut un stage dans la sécurité. Né à {{Argenteuil}}, numéro de sécu recopié de l'attestation : [[NIR:1 99 03 95 018 176 14]]. Le conseiller note son portable, [[TELEPHONE:07.58.43.12.96]], et lui parle d'une formation {{SSIAP}} à {{Dreux}}.",
    ),
    (
        FT,
        AP,
        "Pièce d'identité vérifiée pour une inscription : carte d'identité nouveau format, n° [[IDENTIFIANT:X4RTBPFW4]]. La dame, [[PERSONNE:Julie Moreau]], née le [[DATE_NAISSANCE:27 juillet 1992]] à {{Tours}}, NIR [[NIR:2 92 07 37 261 087 71]]. Elle vient de s'installer à {{Chartres}} pour suivre son conjoint.",
    ),
    (
        FT,
        AP,
        "Un monsieur belge, M. [[PERSONNE:Van Damme]] (« pas l'acteur »), veut être payé sur son compte belge : [[IBAN:BE51 0631 8472 9562]]. Le conseiller dit que c'est possible, c'est un compte {{SEPA}}.",
    ),
    (
        FT,
        AP,
        "Premier jour ({{jeudi}}) et déjà une certitude : personne ne vient ici pour le plaisir. Mais presque tout le monde dit bonjour et merci. Je ne sais pas pourquoi ça m'a étonné.",
    ),
    (
        FT,
        AP,
        "Agence {{France Travail}} de {{Sarcelles}}, l'après-midi. M. [[PERSONNE:Kanagaratnam]] vient avec son fils qui traduit du tamoul. Identifiant : [[ID_FRANCE_TRAVAIL:8326150 L]]. RIB {{LCL}} : [[IBAN:FR78 3000 2004 6000 0090 1276 P86]]. Il cherche dans la restauration, {{20 ans}} d'expérience à {{Jaffna}} puis à {{La Chapelle}}.",
    ),
    (
        FT,
        AP,
        "Aide au permis : Mme [[PERSONNE:Hoarau]], réunionnaise, a trouvé une auto-école à {{Garges}}, devis de {{1 450 €}}. Elle conduit déjà la voiture de son mari, [[IMMATRICULATION:gk-118-ve]], en conduite accompagnée. Adresse : [[ADRESSE:16 avenue du 8 Mai 1945, 95200 Sarcelles]], mail [[EMAIL:hoarau.g974@gmail.com]].",
    ),
    (
        FT,
        AT,
        "Plateforme {{3949}} ({{Orléans}}). La conseillère, [[PERSONNE:Samia]], décroche : « {{France Travail}} bonjour ». Premier appel : un monsieur qui veut savoir quand il sera payé.",
    ),
    (
        FT,
        AT,
        "« Votre identifiant s'il vous plaît ? » « [[ID_FRANCE_TRAVAIL:0937152 S]] ». « Et votre code postal ? » « {{45100}} ». L'appelant, M. [[PERSONNE:Tessier]], a déclaré ses heures en retard.",
    ),
    (
        FT,
        AT,
        "Un appel de {{22 minutes}} pour une question d'actualisation. La conseillère explique {{4 fois}} la même chose, jamais d'agacement dans la voix. Après : « celui-là il va rappeler demain, je te parie ».",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Demir]] n'a pas son identifiant sous la main. La conseillère le retrouve avec son numéro de sécu : [[NIR:1 88 05 99 208 031 63]]. Il est né en {{Turquie}}, arrivé en France en {{2009}}.",
    ),
    (
        FT,
        AT,
        "Une jeune femme veut changer son mail : [[EMAIL:lea-martins@sfr.fr]], « [[EMAIL:l-e-a tiret martins]] ». La conseillère la renvoie vers l'espace personnel, impossible au tél, il faut {{FranceConnect}}.",
    ),
    (
        FT,
        AT,
        "{{15h20}}, un monsieur dicte son nouveau RIB chiffre par chiffre : « [[IBAN:FR76 1870 7000 8903 1219 5471 657]] ». La conseillère refuse de le saisir comme ça, il faut un justificatif. Il soupire très fort.",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Koffi Mensah]] a raté un rdv de {{9h}} à cause d'une panne de voiture, il donne même la plaque comme preuve : [[IMMATRICULATION:EA-725-PZ]]. Identifiant [[ID_FRANCE_TRAVAIL:6618304 T]]. La conseillère reprogramme, « pas de sanction pour une première fois ».",
    ),
    (
        FT,
        AT,
        "La conseillère me dit qu'elle a choisi le {{3949}} après {{8 ans}} en agence « pour ne plus voir la détresse ». Maintenant elle l'entend. Elle ne sait pas si c'est mieux.",
    ),
    (
        FT,
        AT,
        "Une dame au {{RSA}} appelle parce que la {{Caf}} lui demande une attestation {{France Travail}}. Elle donne les deux numéros pour être sûre : allocataire [[N_ALLOCATAIRE:6094183]], identifiant [[ID_FRANCE_TRAVAIL:5470928 D]].",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Roux]] n'a pas reçu son attestation employeur ({{Intermarché}} de {{Vineuil}}). Identifiant [[ID_FRANCE_TRAVAIL:2209876 K]], numéro de sécu [[NIR:1 71 09 92 050 133 64]], adresse [[ADRESSE:11 rue Saint-Vincent, 41000 Blois]]. Tout est bon. La conseillère relance l'envoi.",
    ),
    (
        FT,
        AT,
        "{{16h}}, appel en silence, puis une voix très jeune : « c'est pour ma mère ». La conseillère explique doucement qu'elle doit parler à la personne concernée. Le garçon : « elle parle pas bien français ». Rdv avec interprète proposé.",
    ),
    (
        FT,
        AT,
        "Vérif d'identité : « date de naissance ? » « [[DATE_NAISSANCE:quinze mars soixante-dix-neuf]] ». L'appelante, Mme [[PERSONNE:Vasseur]], cherche un poste de secrétaire médicale depuis {{8 mois}}. Elle est aussi au {{RSA}}, numéro allocataire [[N_ALLOCATAIRE:0481736]].",
    ),
    (
        FT,
        AT,
        "Un monsieur appelle d'un numéro masqué. La conseillère demande un numéro où le rappeler : [[TELEPHONE:06 08 73 24 51]]. « C'est celui de ma femme, [[PERSONNE:Aïcha]] ». Rappel prévu {{jeudi}}.",
    ),
    (
        FT,
        AT,
        "{{17h}}, fin de service. [[PERSONNE:Samia]] me dit : « Tu vois, c'est pas que des chômeurs qui râlent, c'est des gens ». Je note la phrase telle quelle.",
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
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
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {marked!r}")
    return text, entities, keep


def build():
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
