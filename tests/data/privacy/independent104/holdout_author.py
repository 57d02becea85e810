"""Independent evaluation corpus n° 104: 240 hand-written observation notes (Pays de la Loire).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind104-001`` …
``ind104-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells (site kind × channel) only, never from the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind104"
SEED = 104

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

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

# --- notes (written by hand, in writing order) ---

NOTES_1 = [
    (
        "caf",
        AP,
        "Lundi {{8h50}} devant la {{Caf}} de {{Nantes}}, deja une file jusqu'au trottoir, j'ai compté {{23 personnes}} avant l'ouverture. L'agente d'accueil ([[PERSONNE:Nadège]]) distribue les tickets a la main. 1er monsieur, M. [[PERSONNE:Ould Brahim]], vient pour un courrier de trop-perçu d'{{APL}} de {{412 €}}, il dit qu'il a rien compris. [[PERSONNE:Nadège]] lui explique en {{3 min}} chrono.",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} {{Angers}}, mardi. Appel d'une dame qui donne son num alloc tout de suite : [[N_ALLOCATAIRE:2718453]]. Elle s'appelle [[PERSONNE:Sylvie Cormier]], veut savoir pourquoi sa {{prime d'activité}} a baissé ({{187 €}} au lieu de {{244}}). Le conseiller ([[PERSONNE:Yannick]]) lui dit que c'est la déclaration trimestrielle. Elle : « mais j'ai rien changé ». Il reste calme, {{11 minutes}} d'appel.",
    ),
    (
        "caf",
        CSP,
        "Controle sur place avec [[PERSONNE:Hervé]] (controleur {{Caf}} {{Sarthe}} depuis {{22 ans}}). Adresse : [[ADRESSE:14 rue des Glonnières, appt 31, 72100 Le Mans]]. On vient verifier une declaration d'isolement. Mme [[PERSONNE:Kabongo]] nous ouvre, {{3 enfants}}. Sur le parking une {{Clio}} grise immatriculée [[IMMATRICULATION:FH-627-QD]] qu'[[PERSONNE:Hervé]] note sans rien dire. Elle dit que c'est la voiture de son frère. Entretien {{45 min}}, ambiance tendue mais polie.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} de {{Laval}}, mercredi {{9h15}}. Une jeune femme, [[PERSONNE:Océane Gaudin]], a perdu sa {{carte Vitale}}. L'agente lui demande son numéro de sécu, elle le lit sur l'appli {{Ameli}} : [[NIR:2 94 01 72 181 327 25]]. « Vous êtes née au {{Mans}} en [[DATE_NAISSANCE:janvier 94]] ? — oui oui. » Commande de la nouvelle carte faite au guichet, délai annoncé {{3 semaines}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Loire-Atlantique}}, plateau tel du {{3646}}. {{40 appels}} en attente à {{14h}}. Temps d'attente affiché sur l'écran : {{17 min}}. Les conseillers enchainent sans pause, un monsieur appelle pour la {{complémentaire santé solidaire}}, un autre pour des {{IJ}} pas versées depuis {{6 semaines}}. Personne ne donne son nom dans les {{2 premiers appels}}, le conseiller demande le numéro de sécu d'abord.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Saint-Nazaire}}, permanence aide alimentaire. Mme [[PERSONNE:Le Bihan]] ({{71 ans}}) vient pour un bon pour l'{{épicerie sociale}}. Elle habite au [[ADRESSE:27 rue de Trignac]] à {{Méan}} depuis toujours. L'agente, [[PERSONNE:Fatoumata]], remplit le dossier sur l'ordi. Reste à vivre calculé : {{4,80 €}} par jour. Mme [[PERSONNE:Le Bihan]] : « c'est pas lourd hein ».",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} d'{{Angers}} : un fils qui appelle pour sa mère ({{84 ans}}), qui n'a plus de chauffage depuis samedi. Il laisse son num : [[TELEPHONE:06 71 48 23 90]]. Il s'appelle [[PERSONNE:Thomas Pasquier]], sa mère [[PERSONNE:Jeannine]]. L'agent oriente vers le {{CLIC}} et promet un rappel avant {{17h}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} de {{Nantes}}, mardi soir {{21h40}}. L'IAO ([[PERSONNE:Morgane]]) prend les constantes d'un ado qui s'est ouvert la main au skate. Sa mere donne : [[PERSONNE:Enzo Rabillé]], né le [[DATE_NAISSANCE:14/06/2009]]. Pas de {{carte Vitale}} sur elle, elle donne son numero de tel a la place : [[TELEPHONE:0768214509]]. Tri {{4}}, attente estimée {{3h}}.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente urgences {{CH}} du {{Mans}}. {{31 patients}} au tableau. Un écran affiche « temps d'attente moyen {{4h12}} ». Un papi dort sur sa chaise avec son sac {{Leclerc}} sur les genoux. Les agents d'accueil changent a {{14h}}, passation de {{10 minutes}} debout derrière le comptoir, très efficace.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences du {{CHD Vendée}} ({{La Roche-sur-Yon}}) : une femme appelle pour savoir si son mari est arrivé. « [[PERSONNE:Gaborit]], [[PERSONNE:G A B O R I T]], [[PERSONNE:Bernard]] ». L'agente cherche : admis à {{6h20}}, box {{12}}. Elle ne donne rien de plus au tel, demande d'abord la date de naissance pour vérifier : « [[DATE_NAISSANCE:vingt-deux février cinquante et un]] ». Ok.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS L'Escale}}, {{Angers}}. Accueil de jour, café + douches. Un homme, « [[PERSONNE:Dédé]] » pour tout le monde, vient chercher son courrier (domiciliation). L'educ ([[PERSONNE:Samia]]) lui tend {{2 lettres}} dont une de la {{CPAM}}. Il rigole : « encore eux ». Son chien {{Rocky}} attend attaché dehors.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Sarthe}}, nuit de jeudi. Appel {{22h05}} : un couple avec un bébé de {{4 mois}}, dehors à la gare du {{Mans}}. Le monsieur donne les noms : [[PERSONNE:Ionuț Popescu]] et [[PERSONNE:Andreea Popescu]], bébé [[PERSONNE:Maria]]. L'écoutante ([[PERSONNE:Claire]]) trouve une place : {{hôtel B&B d'Allonnes, chambre 14}}. Elle rappelle le taxi.",
    ),
    (
        "chrs",
        CSP,
        "Visite en logement diffus avec l'éducateur [[PERSONNE:Kévin]] : appartement du {{CHRS}} au [[ADRESSE:3 allée des Maraîchers, 49000 Angers]]. Mme [[PERSONNE:Hakimi]] y vit avec ses deux fils depuis {{8 mois}}. Frigo presque vide, [[PERSONNE:Kévin]] note pour le colis du {{Secours populaire}}. Les enfants font leurs devoirs sur la table, le grand ([[PERSONNE:Sohrab]], né en [[DATE_NAISSANCE:2011]]) nous montre son bulletin.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Laval}}, jeudi. Inscription d'un monsieur de {{57 ans}}, licencié d'une fromagerie après {{31 ans}} de maison. La conseillère, Mme [[PERSONNE:Rousseau-Diallo]], lui donne son identifiant : [[ID_FRANCE_TRAVAIL:4518320K]]. Lui : « je vais jamais retenir ça ». Elle l'écrit au dos de sa carte de visite.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant {{France Travail}} {{Nantes}} {{Beaulieu}}. Le conseiller ([[PERSONNE:Mathieu]]) rappelle une jeune de {{19 ans}} pour l'{{atelier CV}}. Il lit l'écran : « [[PERSONNE:DIAKITÉ Aminata]], id [[ID_FRANCE_TRAVAIL:0627431 F]], tel [[TELEPHONE:07 52 19 84 36]] ». Messagerie. Il laisse un message + un SMS.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{La Roche-sur-Yon}}. Borne libre-service en panne depuis ce matin (écran bleu 🙃). {{2 agents}} pour {{18 tickets}}. L'attente moyenne annoncée au mur : {{35 min}}. Une dame demande si on peut faire la demande de {{RSA}} sur papier : réponse non, « tout est sur {{caf.fr}} maintenant ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile avec [[PERSONNE:Gilles]], agent enquêteur {{Cpam}} {{Maine-et-Loire}}. Adresse sur la fiche : [[ADRESSE:5 impasse des Vignes, 49300 Cholet]]. Heures de présence obligatoire {{9h-11h}} et {{14h-16h}}, on passe à {{10h30}} : personne. [[PERSONNE:Gilles]] laisse un avis de passage au nom de M. [[PERSONNE:Teixeira]] dans la boîte. Il m'explique que ça arrive une fois sur trois.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Rezé}} pour une demande d'aide ménagère. Mr [[PERSONNE:Chaillou]], {{89 ans}}, veuf, [[ADRESSE:41 rue des Chevrets, Rezé]]. Sa fille [[PERSONNE:Brigitte]] est là, elle a préparé les papiers : avis d'imposition, relevés {{Crédit Mutuel}}. Le RIB agrafé : [[IBAN:FR76 1551 9390 4100 0218 7540 183]]. L'agente ([[PERSONNE:Lucie Ménard]]) remplit la grille {{AGGIR}}, estimation {{GIR 4}}.",
    ),
    (
        "urgences",
        AP,
        "Urg {{CHU}} {{Angers}} {{10h}}. Un homme arrive en fauteuil poussé par un pompier. L'agente scanne sa carte d'identité (n° [[IDENTIFIANT:170449301528]]) et lit à voix haute : « [[PERSONNE:MOREAU Jean-Luc]], né le [[DATE_NAISSANCE:12 septembre 1958]] à {{Laval}}, c'est bien vous ? » Il hoche la tête. N° sécu sur la carte vitale : [[NIR:1 58 09 53 130 112 54]]. Bracelet imprimé en {{30 secondes}}, IPP [[IDENTIFIANT:2400871365]].",
    ),
    (
        "france_travail",
        AP,
        "Atelier collectif {{France Travail}} {{Saint-Nazaire}}, {{9 participants}}, thème les métiers des {{Chantiers de l'Atlantique}}. Présentation du soudage par une conseillère, vidéo de {{12 min}}, puis questions. Beaucoup demandent le salaire : « {{1 900 € net}} en débutant avec les paniers ». Aucun nom prononcé, tout le monde a un badge vierge.",
    ),
    (
        "chrs",
        AP,
        "Accueil de nuit {{Le Phare}}, {{Nantes}}, {{20h}}, {{26 lits}}. [[PERSONNE:Mamadou Sow]] arrive en retard, l'agent [[PERSONNE:Franck]] le laisse entrer quand même. Il a un récépissé de demande d'asile, n° [[IDENTIFIANT:4403218796]], qu'il garde plié dans une pochette plastique. Soupe, douche, extinction {{23h}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Le Mans}}, accueil sur RDV. Mme [[PERSONNE:Beridze]] (géorgienne, parle peu français) vient avec sa fille [[PERSONNE:Nino]] qui traduit. Demande de {{C2S}}. L'agent : « votre adresse ? » la fille : « [[ADRESSE:12 rue du Ronceray, bât. C, 72100 Le Mans]] ». Dossier incomplet : manque l'attestation de l'{{OFII}}. Re-RDV dans {{15 jours}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Loire-Atlantique}}, un monsieur très énervé : « ça fait {{3 mois}} que j'ai rien !! ». Il donne son numero allocataire en se trompant deux fois, le bon c'est [[N_ALLOCATAIRE:0941276]]. Il épelle son nom : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]] 😅. La conseillère [[PERSONNE:Inès]] voit que le RIB a été rejeté : ancien compte fermé. Elle lui demande d'envoyer le nouveau via l'espace {{Mon Compte}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Cholet}}, {{14h}}. Distribution des colis de la {{Banque alimentaire}}. {{12 familles}} inscrites ce jour, {{9}} venues avant {{15h}}. Une bénévole de {{78 ans}} fait les cartons depuis {{2004}}. Personne ne donne de nom, on coche sur une liste imprimée que je ne vois pas.",
    ),
    (
        "urgences",
        AT,
        "Appel aux urgences de {{Cholet}} de l'{{EHPAD Les Tilleuls}} pour annoncer une résidente : Mme [[PERSONNE:Guérineau Odette]], née en [[DATE_NAISSANCE:1931]], chute la nuit. Elle arrive avec les {{Ambulances Bonnin}} vers {{11h}}. L'infirmière de l'EHPAD laisse son numéro direct [[TELEPHONE:02 41 58 63 07]] et son prénom, [[PERSONNE:Anaïs]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Maine-et-Loire}}, {{13h}}. L'écoutant me montre le tableau : {{0 place}} ce soir pour les hommes seuls, {{2}} pour femmes avec enfants. Il soupire. Les appels s'enchainent, la plupart des gens ne donnent que leur prénom et encore.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Angers}}, plateforme. Une dame appelle pour une radiation. Elle lit le courrier : « identifiant [[ID_FRANCE_TRAVAIL:3281957 B]] ». La conseillère vérifie : absence au RDV du {{12 mars}}. Mme [[PERSONNE:Nsimba]] dit qu'elle était hospitalisée, elle a un bulletin de situation du {{CHU}}. La conseillère note son mail [[EMAIL:grace.nsimba49@gmail.com]] pour lui envoyer le lien de dépôt.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} sur place, 2e visite de la journée, {{Trélazé}}. Le contrôleur m'explique sa grille : composition du foyer, ressources, logement. Il ne regarde jamais dans les placards, « on n'est pas la police ». Entretien {{1h05}}, il tape tout sur une tablette {{Samsung}} après, dans la voiture.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nantes}}, accueil. M. [[PERSONNE:Haddad]] vient changer son RIB pour les remboursements. Numéro de sécu [[NIR:179069935004628]], l'agente le tape. Il a imprimé le nouveau RIB, elle le recopie à voix haute : « [[IBAN:FR76 3000 4008 2300 0104 5871 391]] ». Elle se trompe d'un chiffre, il la corrige. Tout ça au guichet ouvert, tout le monde entend 😬.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Nazaire}}, {{16h}}. Une femme enceinte arrive avec son compagnon. L'agent d'accueil : nom ? « [[PERSONNE:Ngoma]] » prénom ? « [[PERSONNE:Divine]] ». Date de naissance ? « [[DATE_NAISSANCE:le 2 du 9, 96]] ». Pas de mutuelle. Le compagnon donne son tel [[TELEPHONE:06 44 17 09 82]] pour être prévenu. Orientée direct maternité.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Laval}}, accueil tel. Une dame demande une aide pour sa facture {{Veolia}}, elle lit : facture n° [[IDENTIFIANT:FAC-2024-0087215]], réf client [[IDENTIFIANT:3 4418 2071]]. Mme [[PERSONNE:Tessier]], {{63 ans}}, quartier {{Saint-Nicolas}}. Montant : {{238,40 €}}. L'agent lui dit de passer jeudi avec la facture papier.",
    ),
    (
        "chrs",
        CSP,
        "Visite des places hôtel avec [[PERSONNE:Jordan]] (travailleur social). {{Première Classe}} de {{Saint-Herblain}}, chambre {{207}} : famille [[PERSONNE:Krasniqi]], {{5 personnes}} dans {{12 m2}}. La mère montre le courrier du {{SIAO}}, réf [[IDENTIFIANT:SIAO44-23-07781]]. Le père est à la laverie. Le petit dernier, [[PERSONNE:Ardit]], a {{2 ans}} et joue avec la télécommande.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Le Mans}} gare. Un jeune, [[PERSONNE:Yanis Belkacem]], vient pour l'aide au permis ({{1 200 €}}). La conseillère regarde son profil : « toujours au [[ADRESSE:27 avenue Bollée]] ? » oui. Mail ? « [[EMAIL:yanis.blk72@hotmail.fr]] ». Elle lance la demande en {{10 min}}, il repart avec le sourire.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Laval}}, jeudi {{11h}}. Une maman avec poussette, Mme [[PERSONNE:Yilmaz]], veut déclarer la naissance de sa fille [[PERSONNE:Elif]], née le [[DATE_NAISSANCE:28 août]]. Agent : « vous avez votre num allocataire ? » « [[N_ALLOCATAIRE:5123874]] ». Ajout de l'enfant fait direct, la {{PAJE}} suivra.",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques {{CHU}} {{Nantes}}, mercredi après-midi, {{gastro}} partout. {{14 enfants}} en salle, des parents assis par terre. L'agente d'accueil garde le sourire, distribue des gobelets remplis à la {{fontaine}}. Affichage : « délai de prise en charge {{2h30}} ».",
    ),
]

NOTES_2 = [
    (
        "caf",
        AP,
        "Mardi, {{Caf}} du {{Mans}}, {{13h30}}. Un couple de retraités vient pour le petit-fils qu'ils hébergent. Monsieur sort une pochette {{Intermarché}} avec tous les papiers. L'agent ([[PERSONNE:Patrice]]) : « il a quel âge ? » « {{19 ans}}, il est né le [[DATE_NAISSANCE:7 mai 2006]] ». Le petit-fils s'appelle [[PERSONNE:Lenny Hubert]]. Question : peut-il toucher l'{{APL}} chez eux ? Non. Déception.",
    ),
    (
        "caf",
        AT,
        "Appel {{Caf}} {{Vendée}}. Une étudiante, [[PERSONNE:Chloé]], à {{La Roche}} pour ses études, a changé de mail et ne reçoit plus rien. Ancien : [[EMAIL:chloe.merlet@laposte.net]], nouveau : [[EMAIL:chloe.m85 arobase gmail point com]]. Le conseiller ne peut pas modifier le mail par tel, faut passer par l'espace perso. Elle : « mais je peux pas m'y connecter, le code arrive sur l'ancien mail !! » 🔁 Ticket remonté au back office.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{La Roche-sur-Yon}}, jeudi matin. Observations en vrac :\n- {{3 guichets}} ouverts sur {{5}}\n- borne {{Ameli}} utilisée par une seule personne en {{1h}}\n- beaucoup de questions sur le {{médecin traitant}} (« le mien part à la retraite, j'en trouve pas »)\n- une agente imprime une attestation pour un monsieur qui n'a pas d'imprimante\n- affiches {{Mon espace santé}} partout",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Sarthe}}. Appel d'une assurée, [[PERSONNE:Zohra Bouzid]], née en {{Algérie}} en [[DATE_NAISSANCE:décembre 69]]. Elle dit son numéro en toutes lettres : « [[NIR:deux soixante-neuf douze quatre-vingt-dix-neuf trois cent cinquante-deux zéro soixante et onze quatre-vingt-onze]] », le conseiller répète en chiffres « [[NIR:2 69 12 99 352 071 91]] ». Elle appelle pour des lunettes refusées alors qu'elle croyait au {{100% santé}}. Explication {{9 min}}.",
    ),
    (
        "cpam",
        CSP,
        "2e contrôle d'arrêt avec [[PERSONNE:Gilles]], à {{Saumur}}. M. [[PERSONNE:Pereira]], arrêt pour lombalgie, n'ouvre pas. [[PERSONNE:Gilles]] cherche la voiture dont la plaque est notée au dossier, [[IMMATRICULATION:EW 915 BR]], sur le parking du lotissement. Pas là. Il note « absent » avec l'heure, {{10h52}}. M. [[PERSONNE:Pereira]] aura {{48h}} pour se justifier.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} du {{Mans}}, demande d'aide pour impayé de loyer ({{612 €}}). Mme [[PERSONNE:Traoré]] a tout apporté sauf son RIB, elle le retrouve en photo sur son tel : [[IBAN:FR7630003019300005024781974]]. L'agente ([[PERSONNE:Delphine]]) le recopie sur le formulaire. Bailleur : {{Le Mans Métropole Habitat}}, réf locataire [[IDENTIFIANT:LMH-0458127]]. Passage en commission mardi prochain.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{La Flèche}}, standard. En {{1h}} : {{7 appels}}. {{3}} pour l'aide au chauffage, {{2}} pour la mutuelle communale, {{1}} pour une inscription au repas des aînés, {{1}} faux numéro (quelqu'un qui cherchait la {{mairie}}). L'agent répond à tout sans regarder d'écran, il connaît tout par cœur.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} {{Laval}}, {{2h du matin}} (oui je suis resté). Un homme arrive à pied, dit qu'il a laissé sa voiture en vrac devant l'entrée. Le vigile : « c'est à vous la {{Peugeot}} [[IMMATRICULATION:DK-204-WX]] ? ». Il s'appelle [[PERSONNE:Florian Lemaître]], douleur thoracique, passé direct en box. Le vigile ([[PERSONNE:Karim]]) déplace la voiture lui-même.",
    ),
    (
        "urgences",
        AP,
        "Accueil urgences {{CHU}} {{Angers}}. Une étudiante {{Erasmus}}, [[PERSONNE:Lena Schäfer]], {{21 ans}}, tombée à vélo. L'agente ne sait pas comment saisir l'adresse, l'étudiante dicte : résidence {{Belle-Beille}}, [[ADRESSE:4 bd Victor Beaussier, chambre 118]]. Passeport allemand n° [[IDENTIFIANT:C4KX7M2RT]]. L'agente galère avec le « ä », finit par taper « ae ».",
    ),
    (
        "urgences",
        AT,
        "Une maman appelle les urgences pédiatriques du {{CHU}} de {{Nantes}} : son fils de {{3 ans}} a peut-être avalé une pile bouton. L'agente ne perd pas une seconde : « venez tout de suite ou appelez le {{15}} ». Elle prend quand même le nom pour prévenir l'équipe : « [[PERSONNE:Nolan Le Goff]] ». La maman : [[PERSONNE:Gwenaëlle]]. Raccroché en {{1 min 40}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS Le Tremplin}}, {{La Roche-sur-Yon}}, entretien d'admission. [[PERSONNE:Raphaël Bodin]], {{44 ans}}, sorti de la {{maison d'arrêt}} de {{Nantes}} il y a {{2 semaines}}. Date de naissance : « [[DATE_NAISSANCE:le 30 du 4, 81]] ». Carte d'identité périmée. L'éduc ([[PERSONNE:Véronique]]) lui explique le règlement, {{10 pages}}. Il signe sans lire.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, {{23h10}}. Une femme dort dans sa voiture sur le parking du {{Leclerc}} de {{Rezé}} avec son chat. Elle donne sa plaque pour que la maraude la trouve : [[IMMATRICULATION:bz-381-lk]], une {{Twingo}} verte. Prénom : [[PERSONNE:Nathalie]]. La maraude de la {{Croix-Rouge}} passera vers {{minuit}}. Le chat s'appelle {{Caramel}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite des logements {{ALT}} avec la cheffe de service. {{4 appartements}} en {{2h}}. On vérifie : détecteur de fumée, état des lieux, présence effective. Dans le 3e, le monsieur a repeint la cuisine en jaune, la cheffe rigole : « tant que c'est propre ». Rien de grave nulle part.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Cholet}}, inscription. L'écran affiche en haut : « [[PERSONNE:TRAN Van Minh]] – [[ID_FRANCE_TRAVAIL:5024718 H]] – né le [[DATE_NAISSANCE:19/08/1974]] ». Il a travaillé {{25 ans}} chez un sous-traitant de la chaussure. Le conseiller ([[PERSONNE:Benoît]]) lui parle du {{CACES}}. Lui préfère rester dans le textile.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{La Roche-sur-Yon}}, plateforme {{3949}}. Coupure réseau à {{10h17}}, plus rien pendant {{8 minutes}}, les conseillers se regardent. Quand ça revient : {{57 appels}} en attente. La cheffe d'équipe passe derrière chaque poste en disant « on respire ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Saint-Herblain}}, quartier {{Bellevue}}. Dossier [[N_ALLOCATAIRE:3317820]], M. [[PERSONNE:Coulibaly]], déclaré seul, [[ADRESSE:6 allée de la Ferronnière, 44800 Saint-Herblain]]. Le contrôleur ([[PERSONNE:Stéphane]]) demande les 3 derniers relevés du compte [[IBAN:FR76 1444 5002 0008 0041 2753 915]]. Virements réguliers de « [[PERSONNE:A. KONATE]] ». M. [[PERSONNE:Coulibaly]] : « c'est ma cousine, elle me rembourse ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Angers}} : un monsieur a fait la queue {{40 min}} pour déclarer son médecin traitant. L'agente [[PERSONNE:Clémence]] : « vous pouviez le faire sur {{Ameli}} » / « j'ai pas internet madame ». Elle le fait. Médecin : Dr [[PERSONNE:Vasseur]]. M. [[PERSONNE:Jouanneau]], {{81 ans}}, repart content avec sa feuille pliée en quatre.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Nantes}}, mardi. Un jeune couple déclare leur emménagement ensemble. Lui : [[PERSONNE:Aurélien]], allocataire [[N_ALLOCATAIRE:6042187]] ; elle : [[PERSONNE:Sarah Benhamou]], allocataire [[N_ALLOCATAIRE:2590734]]. Nouvelle adresse : [[ADRESSE:15 quai de Versailles, 44000 Nantes]]. L'agent : « faut fusionner les dossiers », tête des deux 😂.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} de {{Mayenne}} pour l'{{APA}} avec l'agente [[PERSONNE:Sandrine]]. Mme [[PERSONNE:Lemercier]], {{70 ans}}, vit seule au [[ADRESSE:lieu-dit La Grande Rivière, 53100 Mayenne]]. Carte vitale posée sur la table, [[PERSONNE:Sandrine]] recopie : [[NIR:2 55 02 53 147 031 95]]. « Née le [[DATE_NAISSANCE:9 février 1955]], c'est ça ? » Oui. Elle nous sert le café dans des tasses à {{roses}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{La Roche-sur-Yon}}, vendredi {{18h}}. C'est la fin de semaine, ça se voit : entorses du foot, un monsieur qui a glissé de son échelle, une fillette avec {{39,5}} de fièvre. L'agent d'accueil plaisante avec un habitué. Tableau : {{22 en attente}}, {{3 en box}}.",
    ),
    (
        "urgences",
        AT,
        "Appel aux urgences du {{CH}} de {{Saint-Nazaire}} : un fils demande des nouvelles de son père, M. [[PERSONNE:Kerhervé]], arrivé par le {{SAMU}} cette nuit. L'agente demande la date de naissance du patient : « [[DATE_NAISSANCE:1er mars 1947]] ». Ok, il est en {{UHCD}}. Elle ne dit rien de plus : « rappelez le service au poste {{4412}} ». Le fils laisse quand même son numéro : [[TELEPHONE:+33 6 27 90 41 58]].",
    ),
    (
        "chrs",
        AP,
        "Petit-déj au {{CHRS}} de {{Saint-Nazaire}}. {{17 hébergés}}. Ça parle foot (le {{FC Nantes}} a perdu), météo, et d'un stage en cuisine que quelqu'un commence lundi. Les éducs mangent avec eux, pas de blouse, pas de badge.",
    ),
    (
        "cpam",
        AT,
        "Conseiller {{Cpam}} 44 au tel avec une dame qui attend ses {{indemnités journalières}}. Elle donne son numéro de sécu [[NIR:2 87 03 44 109 214 34]] et son nom, [[PERSONNE:Julie Provost]]. Dossier bloqué : l'employeur n'a pas envoyé l'attestation de salaire. Le conseiller écrit à l'employeur devant moi et donne à la dame la réf de sa réclamation, [[IDENTIFIANT:RC-44-2025-118734]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} d'{{Angers}}, antenne {{Monplaisir}}. Mme [[PERSONNE:Mbala]] vient pour le tarif solidaire de la cantine. Son fils [[PERSONNE:Jordy]] porte un maillot floqué {{Mbappé}}. L'agent calcule le quotient : {{412}}. Tarif {{1 €}} le repas. Elle dit merci trois fois.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Angers}} {{Saint-Serge}}, rdv de suivi. Mme [[PERSONNE:Hoxha]], {{38 ans}}, cherche dans le ménage. La conseillère met à jour : tel [[TELEPHONE:07.81.40.22.19]], adresse [[ADRESSE:9 rue Saint-Lazare, 49100 Angers]]. Elle propose une offre chez {{Onet}}, offre n° {{184QRTW}}, {{24h}} par semaine.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} de {{Clisson}}, jeudi. M. [[PERSONNE:Clisson]] (si si) vient pour sa formation de cariste. Le conseiller rigole : « vous êtes chez vous ». Identifiant [[ID_FRANCE_TRAVAIL:2748105 N]]. Formation à {{Vertou}} en avril, {{6 semaines}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} {{Mayenne}}, mercredi. Conseillers en télétravail sauf {{4}} sur site. Je suis en double écoute. Appels : un monsieur qui veut juste la date de paiement (le {{5}}), une dame pour la {{prime de naissance}}, un jeune pour l'{{APL}} étudiant. Moyenne {{6 min}} par appel.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}, box admin. Agent : « vous avez une mutuelle ? » La dame sort sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:184502367]]. Nom : [[PERSONNE:Marie-Claude Poisson]]. « [[PERSONNE:Poisson]] comme le {{poisson}} », dit-elle, habituée.",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Mayenne}}, appel d'une assistante sociale de l'hôpital qui cherche une place pour un monsieur qui sort samedi. Elle donne le nom, [[PERSONNE:Abdelkader Mansouri]], la date de naissance, [[DATE_NAISSANCE:04/12/1962]], et la réf de la demande SI-SIAO [[IDENTIFIANT:53-2025-00412]]. L'écoutante : « on a rien avant lundi ». Silence.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Saumur}}, un monsieur appelle pour un RDV de domiciliation. L'agente veut un numéro pour le rappeler : « j'ai pas de téléphone, c'est celui de ma sœur, [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Nom : [[PERSONNE:Winterstein]]. RDV lundi {{10h}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Cholet}} : affluence faible ce vendredi, {{6 personnes}} en {{2h}}. L'agent en profite pour me montrer l'outil : « là je vois les remboursements, là les arrêts ». Il bascule l'écran dès qu'un usager approche. Je n'ai vu aucun nom.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Angers}}, accueil. Mme [[PERSONNE:Soilihi]], deux enfants, vient pour l'{{ASF}}. Le père, M. [[PERSONNE:Madi]], ne paie plus la pension depuis {{2023}}. L'agente demande s'il y a un jugement : oui, RG [[IDENTIFIANT:22/03417]]. Elle le scanne. Les enfants dessinent au dos d'un formulaire.",
    ),
    (
        "chrs",
        CSP,
        "Visite de suivi après une sortie de {{CHRS}} : M. [[PERSONNE:Ahmadi]] a enfin son T1 chez {{Podeliha}}, [[ADRESSE:22 rue Larrey, 49100 Angers]]. Contrat de location n° [[IDENTIFIANT:PDL-7715408]]. Il a acheté une plante « pour faire maison ». L'éducatrice ([[PERSONNE:Hélène]]) vérifie l'ouverture des compteurs {{EDF}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant {{France Travail}} {{Le Mans}} : un monsieur a perdu son identifiant. La conseillère demande nom, prénom, date de naissance : « [[PERSONNE:Nowak]], [[PERSONNE:Piotr]], [[DATE_NAISSANCE:11 janvier 1979]] ». Elle retrouve : [[ID_FRANCE_TRAVAIL:6139402 T]], et le lui dicte chiffre par chiffre.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Cholet}}, samedi matin. Un agriculteur, mains abîmées, arrive avec sa femme. « On vient de {{Beaupréau}} ». Admin : [[PERSONNE:Joël Brochard]], né le [[DATE_NAISSANCE:27.03.1964]]. Il se plaint surtout d'avoir laissé les vaches. Sa femme ([[PERSONNE:Martine]]) donne son portable, [[TELEPHONE:06-83-15-72-40]].",
    ),
]

NOTES_3 = [
    (
        "caf",
        AP,
        "Permanence {{Caf}} aux {{Sables-d'Olonne}}, lundi. [[PERSONNE:Pauline Guilbaud]], {{28 ans}}, saisonnière, vit à l'année au [[ADRESSE:camping Les Dunes, emplacement 47]] à {{Saint-Hilaire-de-Riez}}. Elle voudrait l'{{APL}} pour son mobil-home : pas éligible. L'agent lance quand même la demande de {{RSA}}, numéro de sécu lu sur son attestation : [[NIR:297058519415255]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Nazaire}}, {{9h}} pile : le vigile ouvre, {{15 personnes}} entrent d'un coup. Première question entendue : « c'est ici pour la {{prime d'activité}} ? ». Deuxième : « vous avez des toilettes ? ». Il n'y en a pas pour le public 😶.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Maine-et-Loire}}. Une dame veut changer de compte, elle vient d'ouvrir un livret à {{La Banque Postale}}. Le conseiller ne prend pas de RIB par tel mais elle le lit quand même d'une traite : « [[IBAN:FR38 2004 1000 0158 0372 4F02 093]] ». Il l'arrête : « madame, pas au téléphone, déposez-le sur votre espace ». Num alloc pour la note : [[N_ALLOCATAIRE:4401962]]. Nom : Mme [[PERSONNE:Pham]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Château-Gontier}} avec la contrôleuse, [[PERSONNE:Murielle]]. Famille [[PERSONNE:Dumitru]], {{4 enfants}}, maison louée [[ADRESSE:17 route de Sablé, 53200 Château-Gontier]]. Devant, un utilitaire immatriculé en {{Roumanie}}, [[IMMATRICULATION:B 72 XZN]]. M. [[PERSONNE:Dumitru]] travaille dans le bâtiment, déclaré {{1 450 €}}. [[PERSONNE:Murielle]] demande les fiches de paie : il en a {{3}} sur {{6}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Saint-Nazaire}}. M. [[PERSONNE:Nguyen]] ({{74 ans}}) et sa fille. Il a reçu un courrier pour sa {{C2S}}, dossier n° [[IDENTIFIANT:C2S-44-0091873]]. La fille parle pour lui. L'agente ([[PERSONNE:Aurore]]) explique la participation à {{1 €}} par jour. La fille : « 1 euro par jour ?? c'était pas gratuit ? ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Saumur}}, un jeune en bleu de travail vient pour un accident du travail. Il tend le formulaire de l'employeur, l'agent lit : « [[PERSONNE:Quentin Rabouin]], [[NIR:1 99 04 49 328 077 25]], né le [[DATE_NAISSANCE:23/04/1999]] à {{Saumur}} ». Employeur : {{Menuiserie Cailleau}}. Doigt coupé, pansement énorme. Il veut savoir s'il sera payé.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Vendée}}, appel : une dame n'arrive pas à créer son compte {{Ameli}}. Le conseiller vérifie le mail enregistré : [[EMAIL:jp.rouille85@orange.fr]]. « Ah mais c'est celui de mon mari, [[PERSONNE:Jean-Paul]] ! » Elle, c'est Mme [[PERSONNE:Rouillé]], elle dicte le sien : [[EMAIL:bernadette.rouille[at]sfr.fr]]. Le conseiller corrige et envoie le code.",
    ),
    (
        "cpam",
        CSP,
        "Avec l'enquêteur {{Cpam}}, tournée de {{5 contrôles}} en {{Sarthe}}, {{140 km}}. Sur les 5 : {{3}} présents, {{1}} absent, {{1}} parti chez le kiné (justif montré). L'enquêteur m'explique qu'il ne juge pas la maladie, seulement la présence. Déjeuner à {{La Ferté-Bernard}} dans la voiture.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Laval}}, mardi matin. Domiciliation : [[PERSONNE:Sébastien Hamon]], dit « [[PERSONNE:Séb]] », vient relever son courrier. L'agente ([[PERSONNE:Corinne]]) : « vous avez une lettre de la {{MDPH}} ». Il ouvre : accord {{AAH}}, dossier n° [[IDENTIFIANT:53-2024-018734]]. Il pleure un peu. Elle lui tend un mouchoir.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Sablé-sur-Sarthe}}. Petite salle, {{1 agent}}, {{1 bénévole}}. Il fait froid, le chauffage marche pas. {{3 personnes}} en {{1h}}, toutes pour les chèques énergie ou le {{FSL}}. L'agent connait tout le monde par son prénom mais ne les dit pas devant moi, je le remarque.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Challans}}. Un couple de retraités néerlandais installés en {{Vendée}} depuis {{2015}} vient pour la téléassistance. Monsieur : [[PERSONNE:Pieter van den Berg]], né en [[DATE_NAISSANCE:1946]]. Adresse : [[ADRESSE:12 chemin des Étiers, 85300 Challans]]. Abonnement {{Présence Verte}}, {{27 €}} par mois. Il trouve ça cher, sa femme dit oui.",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} de {{Nantes}} (pôle seniors). Une voisine s'inquiète pour Mme [[PERSONNE:Ferrand]], {{92 ans}}, pas vue depuis {{3 jours}}, [[ADRESSE:4 rue Paul Bellamy]]. L'agent prend les coordonnées de la voisine : [[PERSONNE:Yasmina Cherif]], [[TELEPHONE:02 40 47 18 93]]. Il appelle direct la {{police municipale}} pour un passage.",
    ),
    (
        "ccas",
        CSP,
        "Enquête sociale à domicile, {{CCAS}} des {{Ponts-de-Cé}}. Appartement au {{3e}} sans ascenseur, monsieur sous oxygène. L'agente compte les marches ({{54}}), note tout pour le dossier de relogement prioritaire. Il nous offre des {{BN}}. On reste {{50 min}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} du {{Mans}}, {{17h}}. Un monsieur, douleur au ventre. Pas de carte vitale, un titre de séjour : l'agent recopie le numéro [[IDENTIFIANT:7203418859]] et le nom, [[PERSONNE:Ousmane Camara]]. « Vous avez l'{{AME}} ? » Il sort une attestation pliée. Ok. L'agente suivante ([[PERSONNE:Lydie]]) prend le relai pour le box.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Laval}}, mardi soir. Une ado arrive avec son prof d'EPS (entorse au hand). Le prof appelle la maman, haut-parleur : « [[PERSONNE:Inès Gautier]], née le [[DATE_NAISSANCE:5 juin 2010]] » ; « et votre numéro madame ? » « [[TELEPHONE:06 12 87 45 30]] ». L'ado lève les yeux au ciel.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Angers}}, {{7h}}, relève de nuit. {{9 brancards}} dans le couloir. L'agente de nuit passe les consignes à celle de jour, tout à l'oral, avec des repères (« le monsieur du {{box 3}} », « la dame au chapeau »). Pas un seul nom de famille, ça m'a frappé.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{Saint-Nazaire}} : un généraliste de {{Guérande}} appelle pour adresser une patiente. « Dr [[PERSONNE:Le Roux]], je vous envoie Mme [[PERSONNE:Josiane Thébaud]], née en [[DATE_NAISSANCE:38]], suspicion d'{{AVC}} ». L'agente note tout. Elle arrive par le {{15}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Laval}}, atelier cuisine du mercredi. [[PERSONNE:Aïcha]] fait un couscous, [[PERSONNE:Vlad]] épluche, [[PERSONNE:Thierry]] commente. L'animatrice ([[PERSONNE:Mélanie]]) me dit que c'est le meilleur moment de la semaine. {{12 couverts}}. On mange à {{12h15}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Vendée}}, vendredi {{19h}}. {{38 appels}} depuis {{17h}}. Beaucoup de rappels de gens déjà connus, l'écoutante reconnait les voix. Pas de place à {{La Roche}}, {{2}} aux {{Sables}}. Elle propose, ils refusent : pas de bus.",
    ),
    (
        "chrs",
        CSP,
        "Visite en diffus à {{Nantes Nord}}, avec [[PERSONNE:Jordan]]. Appartement au nom de l'asso, [[ADRESSE:7 rue de la Bourgeonnière, 44300 Nantes]], occupé par Mme [[PERSONNE:Diop]] et sa fille. Elle vient d'avoir sa réponse de la {{Caf}} : num allocataire [[N_ALLOCATAIRE:7280145]]. [[PERSONNE:Jordan]] photographie le courrier pour le dossier.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Nazaire}}. Rdv de {{30 min}} avec [[PERSONNE:Sullivan]], {{23 ans}}. La conseillère : « ton mail c'est toujours [[EMAIL:sullivan.lebreton@icloud.com]] ? » oui. Identifiant [[ID_FRANCE_TRAVAIL:8824017 R]]. Elle l'inscrit à la {{POEI}} soudure. Il la tutoie, elle aussi.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} {{Le Mans}} Sud, {{10h}}. File d'attente : {{11}}. L'agent d'accueil trie : « vous avez rendez-vous ? non ? alors borne ». Une dame âgée ne sait pas utiliser la borne, il l'accompagne. Une affiche des {{Jeux Olympiques}} est encore au mur.",
    ),
    (
        "france_travail",
        AP,
        "FT {{La Roche-sur-Yon}}. M. [[PERSONNE:Santoni]], {{59 ans}}, né à {{Bastia}}, ancien commercial, s'est mis auto-entrepreneur et veut garder l'{{ARE}}. « Votre SIRET ? » « [[IDENTIFIANT:812 475 309 00017]] ». Adresse de l'entreprise = domicile : [[ADRESSE:5 impasse des Mésanges, 85000 La Roche-sur-Yon]]. N° sécu sur le formulaire : [[NIR:1 66 01 2B 033 009 97]]. La conseillère explique {{ARCE}} ou maintien, il choisit le maintien.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{France Travail}} {{Pays de la Loire}}. Un monsieur appelle de {{Mamers}} : « j'ai reçu un courrier comme quoi je dois {{1 340 €}} ». Trop-perçu. Il donne son identifiant, [[ID_FRANCE_TRAVAIL:1957304 D]], et son nom, [[PERSONNE:Marchetti]]. Le conseiller propose un échéancier. « Je peux payer {{50 €}} par mois max. » Accepté.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant, {{France Travail}} {{Château-Gontier}} : la conseillère ([[PERSONNE:Estelle]]) appelle un employeur, la {{Boulangerie Meunier}}, pour une candidate. Le patron, M. [[PERSONNE:Meunier]], veut le numéro de la candidate, [[TELEPHONE:07 69 33 81 02]] s'affiche à l'écran mais elle ne le donne pas : « je lui demande son accord d'abord ».",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Angers}}, vendredi aprem. Une dame dicte son nom à l'agent : « [[PERSONNE:Nguyen]], [[PERSONNE:N-G-U-Y-E-N]] ». L'agent tape « [[PERSONNE:Nguyem]] », elle corrige. Prénom : [[PERSONNE:Thi Hoa]]. Elle vient pour l'{{AEEH}} de son fils. L'agent : « c'est la {{MDPH}} qui décide, nous on paie ». Elle repart avec un flyer.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} 72, appel : un grand-père appelle pour sa petite-fille, [[PERSONNE:Lilou]], née le [[DATE_NAISSANCE:3 octobre 2007]], qui vit chez lui depuis septembre. Peut-il toucher les {{allocs}} à la place de la mère ? La conseillère demande le numéro allocataire de la maman : il ne l'a pas. « Elle est où la maman ? » « À {{Alençon}}, on se parle plus ». Conseil : venir au guichet.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Le Mans}} : atelier numérique pour créer son compte {{Ameli}}. {{5 personnes}}, {{2 tablettes}}. La formatrice répète « l'identifiant c'est votre numéro de sécu, les {{13 premiers chiffres}} ». Une dame a oublié ses lunettes, sa voisine lit pour elle.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Mayenne}}, {{15h}}. Un monsieur âgé, très poli : « bonjour madame, ici monsieur [[PERSONNE:Bouvet]], [[PERSONNE:Lucien]] ». Il appelle pour le transport en {{VSL}} vers {{Angers}} pour ses dialyses. Le conseiller lui donne la réf de sa demande d'entente préalable, [[IDENTIFIANT:DAP-53-7741209]], qu'il répète deux fois.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour du {{Mans}} ({{la Halte}}). Deux habitués, « [[PERSONNE:Tintin]] » (à cause de la houppe) et « [[PERSONNE:le Belge]] », jouent aux dames. L'agent ([[PERSONNE:Rachid]]) dit qu'ils viennent tous les jours depuis {{2019}}. Café à volonté, {{0,50 €}} le sandwich.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Cholet}}, bureau de l'éducatrice. Elle aide M. [[PERSONNE:Petrossian]] à créer une adresse mail pour ses démarches : [[EMAIL:armen.petrossian1977@gmail.com]]. Mot de passe sur un post-it, qu'elle lui dit de cacher. {{48 ans}}, arménien, réfugié depuis {{2021}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} de {{Rezé}}, mercredi. Un papa solo, [[PERSONNE:Kevin Moreau]], avec sa fille de {{5 ans}} qui mange un {{Kinder}}. Il vient déclarer la garde alternée. L'agent ([[PERSONNE:Julien]]) : « date du jugement ? » « le {{14 février}}, la {{Saint-Valentin}}, ça s'invente pas ». Num alloc [[N_ALLOCATAIRE:8830621]].",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} de {{Cholet}} : un monsieur demande si la {{mairie}} peut payer la cantine. L'agente : « c'est pas ici, c'est le service scolaire, je vous passe le {{poste 214}} ». Transfert raté, ça coupe. Elle ne peut pas rappeler, elle n'a pas son numéro. Soupir.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CH}} {{Cholet}} : une dame appelle pour savoir si son fils [[PERSONNE:Killian]] est toujours là. L'agente vérifie : nom [[PERSONNE:Charrier]], né le [[DATE_NAISSANCE:14 juillet 2002]]. « Oui madame, il est en radio. » La dame : « il a encore fait du motocross ? » 🏍️",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV {{France Travail}} {{Angers}}. La conseillère projette un CV modèle au nom de « [[PERSONNE:Julie Martin]] ». Puis chacun travaille le sien sur les PC. Un participant, [[PERSONNE:Hamza]], demande si on peut mettre sa photo {{Snapchat}}. Rires. Il finit avec un CV d'une page, son téléphone [[TELEPHONE:0645170392]] en gros en haut.",
    ),
]

NOTES_4 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Cholet}}, lundi. M. [[PERSONNE:Öztürk]], maçon, vient avec son RIB {{Crédit Mutuel}} imprimé pour que les {{allocations familiales}} arrivent sur le bon compte. L'agente ([[PERSONNE:Karine]]) scanne : [[IBAN:FR76 1027 8362 0000 0214 7850 216]]. Dossier [[N_ALLOCATAIRE:1276305]]. {{4 min}}, plus rapide que l'attente du ticket.",
    ),
    (
        "caf",
        AP,
        "Espace numérique {{Caf}} {{Laval}}. {{4 ordis}}, {{1 service civique}} pour aider. Un monsieur veut imprimer son attestation de paiement, l'imprimante n'a plus de papier. Le jeune en service civique court en chercher à l'étage. {{15 min}} pour une feuille.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Nantes}}, jeudi. Mme [[PERSONNE:Fontaine]] (elle attendait à côté de la {{fontaine à eau}}, l'agent a fait la blague) vient pour un indu d'{{AAH}}. Pour l'identifier, date de naissance : « [[DATE_NAISSANCE:le 21 du 11 1970]] ». Indu de {{2 300 €}} réclamé sur {{2 ans}}. Elle demande une remise de dette, l'agente lui imprime le formulaire.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Sarthe}}. Un jeune papa, [[PERSONNE:Dylan Hoarau]], réunionnais arrivé au {{Mans}} l'an dernier, ne reçoit pas le mail de confirmation. Mail enregistré : [[EMAIL:dylan.hoarau974@gmail.con]], faute de frappe, « .con » 😅. La conseillère corrige en [[EMAIL:dylan.hoarau974@gmail.com]]. Num allocataire [[N_ALLOCATAIRE:3650128]].",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Loire-Atlantique}}, plateforme, {{16h30}}. Un appel en anglais : un étudiant indien de {{Centrale Nantes}}. Le conseiller se débrouille, « housing allowance » « yes yes ». Il finit par lui envoyer le lien {{caf.fr}} en anglais… qui n'existe pas. Fou rire contenu.",
    ),
    (
        "caf",
        AT,
        "Appel {{Caf}} {{Vendée}} : une mère, [[PERSONNE:Sandrine Bonnet]], signale une séparation. La conseillère demande un numéro où la joindre : [[TELEPHONE:06 58 02 71 94]]. Elle ne veut plus qu'on appelle le fixe (« c'est chez lui »). La conseillère le supprime devant moi. Moment lourd.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Saumur}}, vie maritale à vérifier. M. [[PERSONNE:Bellanger]] et Mme [[PERSONNE:Kaya]] habitent-ils ensemble au [[ADRESSE:28 rue d'Orléans, 49400 Saumur]] ? Deux boîtes aux lettres, une seule voiture, une {{Citroën C3}} [[IMMATRICULATION:GB-471-ZN]], carte grise au nom de Mme [[PERSONNE:Kaya]]. Le contrôleur ([[PERSONNE:Pascal]]) reste neutre. {{55 min}}.",
    ),
    (
        "caf",
        CSP,
        "Retour de contrôle : le contrôleur rédige son rapport dans la voiture, à {{Segré}}. {{4 pages}}. Il m'explique : « je décris, je ne conclus pas, c'est le service qui décide ». Il écrit tout au présent. {{France Bleu}} en fond.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Angers}}, mardi. Une femme arrivée de {{Paris}} il y a {{2 mois}} vient changer de caisse. Elle donne son numéro de sécu à voix basse, l'agent le répète fort : « [[NIR:2 86 06 75 112 488 94]] », « née dans le {{12e}} ? » « Oui ». Nom : [[PERSONNE:Camille Morvan]]. Nouvelle adresse : [[ADRESSE:11 rue Plantagenêt, 49100 Angers]]. Transfert sous {{10 jours}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{La Roche-sur-Yon}}, {{11h40}}. Un monsieur en fauteuil ne peut pas accéder au guichet (trop haut). L'agente ([[PERSONNE:Laëtitia]]) fait le tour et s'assoit à côté de lui dans la salle. M. [[PERSONNE:Fradet]] : « vous êtes la première à faire ça ». Dossier de {{pension d'invalidité}}.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Loire-Atlantique}}. Un monsieur ne reçoit plus ses remboursements. Le conseiller lit le RIB enregistré : « [[IBAN:FR76 3000 4028 4700 0128 9357 494]] ». « Oui c'est l'ancien, fermé ». Nom : M. [[PERSONNE:Ba]], [[PERSONNE:Ibrahima]]. Procédure : nouveau RIB sur {{Ameli}}, rubrique « mes informations ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} 72, plateforme : le superviseur me montre les stats du jour. {{1 214 appels}} reçus, {{83 %}} décrochés, durée moyenne {{5 min 50}}. Motif n°1 : arrêts de travail, n°2 : {{carte Vitale}}, n°3 : {{C2S}}. Il est fier du taux de décroché, « l'an dernier on était à {{61 %}} ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt à {{Allonnes}} avec l'agent enquêteur ([[PERSONNE:Didier]]). Mme [[PERSONNE:Ben Salah]] est là, en pyjama, tout va bien. Elle demande si c'est son employeur ({{Amazon}}) qui a demandé le contrôle. [[PERSONNE:Didier]] : « je ne peux pas vous dire ». Adresse : [[ADRESSE:3 rue Jean-Baptiste Lully, 72700 Allonnes]]. {{7 minutes}} sur place.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt à {{Évron}}. Le monsieur n'est pas là, sa voiture si ([[IMMATRICULATION:CL-508-HT]]). Le voisin dit qu'il est parti à pied à la pharmacie. L'enquêteur attend {{15 min}}, le monsieur revient avec un sac de la {{Pharmacie du Centre}}. M. [[PERSONNE:Lebreton]] rit jaune.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Saint-Herblain}}, aide aux vacances. Mme [[PERSONNE:Carvalho]] veut envoyer ses deux garçons en colo cet été. Quotient {{520}}, aide de {{60 %}}. RIB pour le versement : [[IBAN:FR76 1380 7000 3132 1197 8450 293]]. Mail de contact : [[EMAIL:carvalho.familia@free.fr]]. L'agent ([[PERSONNE:Loïc]]) : « réponse fin mai ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Angers}}, salle d'attente. Une affiche « Vous avez droit à la {{complémentaire santé}} ? » à moitié décollée. {{6 chaises}}, {{8 personnes}}. Un enfant joue avec les dépliants, une dame tricote. L'agente passe la tête : « Mme [[PERSONNE:Sow]] ? »",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{La Roche-sur-Yon}}, domiciliation des gens du voyage. M. [[PERSONNE:Lagrené]] donne son adresse : [[ADRESSE:aire d'accueil des Terres Noires, emplacement 9]]. L'agente lui rappelle le renouvellement. Sa caravane a une plaque belge, il rigole : [[IMMATRICULATION:1-KPR-418]], « achetée à {{Mons}} ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} du {{Mans}}, standard, {{9h05}}. Une dame âgée appelle pour le portage de repas. Elle épelle : « [[PERSONNE:Lhuillier]], [[PERSONNE:L, H, U, deux L, I, E, R]] ». Tel fixe [[TELEPHONE:02 43 28 61 75]]. Repas à {{7,90 €}} l'unité. Démarrage lundi.",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} d'{{Avrillé}} : un monsieur demande de l'aide pour les obsèques de son frère, décédé à l'hôpital. Il dit « [[PERSONNE:Roger]] est mort sans rien ». L'agente explique la prise en charge des obsèques pour les personnes sans ressources. Voix cassée. {{20 min}} d'appel.",
    ),
    (
        "ccas",
        CSP,
        "Évaluation à domicile pour l'aide ménagère chez M. [[PERSONNE:Gonçalves]], {{77 ans}}, né au {{Portugal}} en [[DATE_NAISSANCE:mai 1948]], [[ADRESSE:33 rue Jules Verne]] à {{Doulon}}. Appartement nickel, jardinières de géraniums. Sa carte vitale : [[NIR:1 48 05 99 139 023 27]]. Il insiste pour nous servir un porto à {{10h}} 😅. L'agente refuse poliment.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Saint-Nazaire}}, logement insalubre signalé. Moisissures dans la chambre des enfants, fenêtre qui ferme pas. L'agente prend {{12 photos}}, mesure l'humidité ({{78 %}}), prévient que le rapport partira à l'{{ARS}}. La famille ne dit presque rien.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CH}} de {{Saint-Nazaire}}. Un homme amène sa mère et gare sur la place ambulance. Le vigile : « monsieur, la {{Dacia}} [[IMMATRICULATION:FT 308 KA]], faut la bouger ». Il la bouge. Sa mère, Mme [[PERSONNE:Le Floch]], {{86 ans}}, chute à domicile. Le fils donne : née le [[DATE_NAISSANCE:17 janvier 1939]], mutuelle {{MGEN}} n° [[IDENTIFIANT:239018447]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Le Mans}}, {{minuit}}. Trois jeunes amènent un copain qui s'est cassé le poignet en trottinette. Ils rigolent, filment avec leurs portables. L'agent : « pas de vidéo ici les gars ». Ils rangent. Attente de {{5h}} annoncée, ils repartent chercher un {{McDo}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}, box accueil. Un monsieur revient pour la 3e fois de la semaine : l'agente tape son IPP de mémoire, [[IDENTIFIANT:1009457723]]. « [[PERSONNE:Georges]], vous revoilà ! ». M. [[PERSONNE:Lambert]], {{68 ans}}, insuffisant cardiaque, vit seul. Elle met à jour le contact de sa nièce : [[TELEPHONE:06 33 72 10 48]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences du {{CH}} de {{Laval}} : un patron appelle pour savoir si son salarié est bien arrivé (accident sur chantier). « [[PERSONNE:Mickaël Fouquet]], il bosse chez nous, {{SARL Bâti-Mayenne}} ». L'agente refuse : secret médical. Il insiste, elle répète la même phrase trois fois, calme.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Angers}}, bureau. L'éducatrice ([[PERSONNE:Manon]]) aide [[PERSONNE:Abdoulaye Keïta]] à se réinscrire sur le site {{France Travail}}. Il a gardé son ancien identifiant sur un bout de carton : [[ID_FRANCE_TRAVAIL:7340216 W]]. Ça marche au 2e essai. Il tape du poing sur la table, content.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Rezé}}, {{18h}}, retour des hébergés. Chacun passe au bureau signer la feuille de présence. Règles : pas d'alcool, pas d'animaux sauf le chien de la maison ({{Pepsi}}). [[PERSONNE:Fanny]] rentre avec des courses {{Lidl}} pour tout le monde.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Mayenne}}, lundi {{20h}}. Appel d'une jeune femme de {{18 ans}}, mise dehors par sa mère. L'écoutante demande sa date de naissance : « [[DATE_NAISSANCE:6 mars 2007]] ». Prénom : [[PERSONNE:Lou-Ann]]. Numéro pour la rappeler : [[TELEPHONE:07 45 90 13 26]]. Place trouvée au {{FJT}} de {{Laval}}.",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Loire-Atlantique}}, appel d'un travailleur social du {{CCAS}} de {{Saint-Nazaire}} pour une famille à la rue : [[PERSONNE:Ahmed Al Hassan]], sa femme et {{3 enfants}}. Il donne le numéro de la demande SI-SIAO, [[IDENTIFIANT:44-2025-01873]]. Réponse : liste d'attente, {{41e}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite mensuelle, appartement diffus du {{CHRS}} à {{Trélazé}} : [[ADRESSE:2 rue Gaston Bonnier, appt 12, 49800 Trélazé]]. M. [[PERSONNE:Kowalski]] montre fièrement sa promesse d'embauche chez {{Cointreau}}. Il donne son mail à l'éduc pour le dossier : [[EMAIL:marek.kowalski@wp.pl]]. Le frigo est plein, une première.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Sablé-sur-Sarthe}}. M. [[PERSONNE:Chevalier]], {{41 ans}}, a besoin d'une aide pour réparer sa voiture et aller bosser. Devis du {{Garage Dos Santos}}, {{680 €}}, véhicule [[IMMATRICULATION:DZ-116-RB]]. La conseillère ([[PERSONNE:Agnès]]) monte le dossier d'aide à la mobilité, identifiant [[ID_FRANCE_TRAVAIL:0483921 S]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Nantes}} {{Beaulieu}}, info collective {{Contrat d'engagement jeune}}. {{14 jeunes}}, {{2 conseillers}}. Power point de {{23 slides}}. Les jeunes écoutent à moitié, un seul pose une question : l'allocation, {{jusqu'à 528 €}}. Là ils écoutent tous.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Nazaire}}, inscription d'un ancien marin. [[PERSONNE:Erwan Le Gall]], né le [[DATE_NAISSANCE:8 février 1990]] à {{Saint-Nazaire}}. N° sécu lu sur sa carte : [[NIR:1 90 02 44 184 256 54]]. Adresse : [[ADRESSE:19 rue de la Paix, 44600 Saint-Nazaire]]. Le conseiller : « vous voulez rester dans le maritime ? » « Non, j'ai le mal de mer depuis {{3 ans}} » 😂",
    ),
    (
        "france_travail",
        AT,
        "Appel {{France Travail}} {{Laval}} : une dame ne peut pas s'actualiser, « identifiant inconnu ». Elle tape [[ID_FRANCE_TRAVAIL:2261874 E]], le conseiller voit [[ID_FRANCE_TRAVAIL:2261874 F]] dans le système. Une lettre ! Elle : « j'ai toujours mis E ». Nom : [[PERSONNE:Andrianina Rakoto]]. Il lui envoie un récap à [[EMAIL:andrianina.r@yahoo.fr]].",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Cholet}}, plateforme, fin de journée. Un arboriculteur cherche {{3 saisonniers}} pour les pommes. Offre n° {{187WTHK}} créée en direct. Le conseiller, [[PERSONNE:Bastien]], connaît le verger : il y a cueilli quand il était étudiant.",
    ),
]

NOTES_5 = [
    (
        "caf",
        AP,
        "Accueil {{Caf}} {{Angers}}. [[PERSONNE:Maëlys Poirier]], première demande d'{{APL}} (premier appart, un studio dans {{la Doutre}}). L'agent vérifie le RIB joint : [[IBAN:FR76 1790 6000 3291 4582 0361 143]]… au nom de sa mère. « Faut que ce soit à votre nom ». Elle appelle sa mère sur haut-parleur, « maman je t'avais dit ». Numéro allocataire créé quand même : [[N_ALLOCATAIRE:9014382]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} du {{Mans}}, {{10h20}}. Tickets {{B017}}, {{B018}}, {{B019}} appelés d'un coup, personne ne se lève. L'agent rappelle. Une dame se réveille : « c'est moi le B018 ! ». Tout le monde rit, même le vigile.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{La Roche-sur-Yon}}. M. [[PERSONNE:Ferreira]] déclare la reprise d'activité de sa femme. Enfants nés en [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2015]], « [[PERSONNE:Tiago]] et [[PERSONNE:Inês]] ». L'agente ([[PERSONNE:Gaëlle]]) recalcule : {{allocations familiales}} maintenues, {{complément familial}} non. Il note tout dans un petit carnet.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Mayenne}}, appel d'une grand-mère qui garde ses petits-enfants, elle veut être rappelée. Elle donne son numéro lentement : « [[TELEPHONE:zéro deux, quarante-trois, zéro sept, vingt et un, quatre-vingt-huit]] ». Le conseiller note aussi le num alloc de sa fille : [[N_ALLOCATAIRE:0563921]]. Rappel programmé demain {{9h}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Loire-Atlantique}} : réunion flash de {{5 min}} à {{14h}}. La manager annonce un bug sur le paiement de la {{prime d'activité}}, {{3 000 dossiers}} en retard. Consigne : « on s'excuse, on donne la date du {{12}} ». Les téléphones sonnent déjà.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Mayenne}}. M. [[PERSONNE:Morin]], {{RSA}}, déclare {{0 €}} de ressources. Compte {{Nickel}} : le contrôleur ([[PERSONNE:Olivier]]) note le RIB [[IBAN:FR76 1659 8000 0100 0041 2784 543]] et demande les relevés. Adresse : [[ADRESSE:La Petite Touche, 53100 Mayenne]]. Il vend des œufs au marché, « c'est pas un salaire ». Le contrôleur explique que si.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Nantes}}, {{Malakoff}}. Personne ne répond, la contrôleuse ([[PERSONNE:Agathe]]) glisse un avis de passage. Une voisine sort : « la famille [[PERSONNE:Sylla]] ? partie au pays pour l'été ». La contrôleuse note sans commentaire. On remonte dans la voiture, {{12 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Saint-Nazaire}}. Mme [[PERSONNE:Ndiaye]], {{52 ans}}, part au {{Sénégal}} {{3 semaines}}, veut savoir si elle est couverte. L'agent ([[PERSONNE:Thierry]]) vérifie ses droits : numéro [[NIR:272089934105829]], née à {{Dakar}} en [[DATE_NAISSANCE:août 72]]. Pas de prise en charge automatique là-bas, conseil : assurance voyage. Elle soupire.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Laval}}, borne {{carte Vitale}} : l'agent montre à une dame comment mettre sa carte à jour. {{30 secondes}}. Elle : « c'est tout ? je suis venue en bus pour ça ». Lui : « la prochaine fois, en pharmacie ». Elle repart, pas convaincue.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Maine-et-Loire}}, un assuré appelle pour une feuille de soins papier perdue. Le conseiller retrouve le dossier de M. [[PERSONNE:Ravelojaona]] et lui envoie un duplicata par mail, [[EMAIL:h.ravelojaona@outlook.fr]]. L'assuré épelle deux fois, « [[PERSONNE:R-A-V-E-L-O-J-A-O-N-A]] », le conseiller rigole : « je l'avais du premier coup ».",
    ),
    (
        "cpam",
        AT,
        "Appel {{Cpam}} 44, une jeune maman : congé maternité, rien reçu. Numéro de sécu : [[NIR:2 91 09 44 143 190 05]]. Née le [[DATE_NAISSANCE:16/09/1991]]. Prénom du bébé pour le rattachement : [[PERSONNE:Aylin]]. Le conseiller : dossier complet, paiement sous {{8 jours}}. Elle pleure de soulagement.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Sarthe}}, double écoute d'un appel difficile : un monsieur menace « de venir avec un bidon d'essence ». Le conseiller garde son calme, applique la procédure, prévient le manager. L'appel dure {{14 min}}. Après, pause de {{10 min}} imposée. Je suis secoué aussi.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt avec [[PERSONNE:Gilles]] ({{Cpam}} {{49}}) à {{Segré}}. M. [[PERSONNE:Gérard Pichon]] est dans son jardin, il tond la pelouse. [[PERSONNE:Gilles]] : « vous êtes en arrêt pour le dos ? » Lui : « c'est une autoportée ! ». Plaque de la voiture pour le dossier : [[IMMATRICULATION:AZ-093-PM]]. Rapport : « présent », pas plus.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Nantes}}, antenne {{Bellevue}}. Demande de logement social. Mme [[PERSONNE:Mukendi]] remplit le formulaire avec l'agente : adresse actuelle [[ADRESSE:3 rue de Chypre, apt 45, 44100 Nantes]], née le [[DATE_NAISSANCE:02/05/1988]], mail [[EMAIL:esther.mukendi88@gmail.com]]. Numéro unique de demande : [[IDENTIFIANT:044 24 0089172]]. Délai moyen à {{Nantes}} : « {{2 ans}} minimum ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Trélazé}}, jeudi matin, permanence {{écrivain public}}. {{4 courriers}} en {{1h30}} : une lettre à un bailleur, deux résiliations d'abonnement, un recours. La bénévole écrit à la main, très belle écriture. Elle a {{81 ans}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Saumur}}. M. [[PERSONNE:Dubreuil]] ramène sa facture {{EDF}} : {{890 €}} de régularisation. Réf client [[IDENTIFIANT:6014 827 359]]. L'agente appelle le service solidarité devant lui, attente {{22 min}}, étalement obtenu sur {{10 mois}}. M. [[PERSONNE:Dubreuil]] : « vous êtes une fée ». Elle : « non, juste patiente ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Saint-Nazaire}}, appel d'une assistante sociale de {{Pornichet}} pour un monsieur sans domicile, [[PERSONNE:Youssef Benali]]. Téléphone du monsieur : [[TELEPHONE:06 24 81 57 39]], « mais il a rarement de batterie ». Elle demande une domiciliation, l'agente propose mardi.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Fontenay-le-Comte}}, aide d'urgence (chaudière en panne). Mme [[PERSONNE:Rabiller]], {{66 ans}}, [[ADRESSE:8 rue des Loges, 85200 Fontenay-le-Comte]]. Pas de RIB papier, elle montre l'appli sur son téléphone : [[IBAN:FR76 1470 6000 1873 2184 5900 233]]. L'agente recopie deux fois pour être sûre. {{12 degrés}} dans la cuisine.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Angers}} avec le service hygiène, logement d'un monsieur atteint du {{syndrome de Diogène}}. Sacs jusqu'au plafond. Il est gentil, nous fait visiter « son musée ». L'agente parle doucement, ne juge pas. On ressort au bout de {{40 min}}, l'odeur reste dans la voiture.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CH}} des {{Sables-d'Olonne}}, {{15h}}. Un touriste espagnol piqué par une vive à la plage. Sa femme tend le passeport : [[IDENTIFIANT:PAK418273]], [[PERSONNE:Javier Ruiz Navarro]]. Carte européenne ({{CEAM}}) ok. Leur voiture, [[IMMATRICULATION:4718 KLB]], est en double file, le vigile surveille. L'agente parle espagnol, surprise générale.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} d'{{Angers}}. L'écran de l'agente affiche : « [[PERSONNE:DIALLO Fanta]] / [[DATE_NAISSANCE:1993-05-27]] / IPP [[IDENTIFIANT:4007381290]] ». La patiente est en larmes, douleurs abdominales. L'agente lui pose la main sur l'épaule : « on s'occupe de vous ». Tri {{2}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} {{Cholet}}, mercredi. Panneau écrit à la main : « Les urgences ne sont pas un cabinet médical. Appelez votre médecin ou le {{116 117}} ». Personne ne le lit. Un monsieur vient pour un renouvellement d'ordonnance, l'agente l'oriente vers la {{maison médicale de garde}}.",
    ),
    (
        "urgences",
        AT,
        "Les urgences du {{CHU}} de {{Nantes}} reçoivent l'appel d'un foyer de vie : un résident, [[PERSONNE:Baptiste]], {{34 ans}}, épileptique, va arriver. L'éducateur donne le nom complet, [[PERSONNE:Baptiste Guillou]], et son numéro pour le retour : [[TELEPHONE:02 51 84 32 66]]. L'agente : « il a son classeur de liaison ? » Oui.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CH}} {{Laval}}, {{3h}}. Ça ne sonne presque plus. L'agent de nuit me raconte ses {{19 ans}} de standard : « la pire nuit c'était {{2003}}, la canicule ». Thermos et mots croisés. Un appel : mauvais numéro.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} du {{Mans}}, rdv administratif. M. [[PERSONNE:Magomedov]] a enfin son récépissé, {{APS}} n° [[IDENTIFIANT:7202914477]]. L'éduc ([[PERSONNE:Nicolas]]) photocopie, range. M. [[PERSONNE:Magomedov]] demande s'il peut travailler maintenant. « Oui, avec ça oui. » Grand sourire.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{Saint-Nazaire}}. Une femme enceinte, [[PERSONNE:Gloria]], nigériane, née le [[DATE_NAISSANCE:1er janvier 2003]] d'après ses papiers (« comme beaucoup », dit l'éduc). L'éduc ([[PERSONNE:Valérie]]) cherche un suivi de grossesse à la {{PMI}}. [[PERSONNE:Gloria]] parle anglais, je traduis un peu.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Sarthe}}, {{21h30}}. Un homme appelle depuis sa voiture garée derrière le {{Carrefour}} de {{Coulaines}}. Il veut juste une douche. Il donne sa plaque pour la maraude : [[IMMATRICULATION:DP-763-CF]]. Prénom : [[PERSONNE:Franck]]. L'écoutante le connaît : « ça fait {{3 hivers}} ».",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Maine-et-Loire}}, évaluation tel d'une femme qui quitte le domicile conjugal. Ressources ? « {{RSA}}, num alloc [[N_ALLOCATAIRE:2087654]] ». Enfants ? « deux ». Nom : [[PERSONNE:Aurélie Grimaud]]. Mise à l'abri ce soir à {{Angers}}, hôtel, elle y va en taxi payé.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, permanence du soir. Je compte : {{63 appels}} en {{3h}}, {{11}} mises à l'abri, le reste « rappelez demain ». L'écoutante a des post-it partout. Elle dit qu'elle dort mal depuis l'hiver.",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile, suivi post-{{CHRS}} à {{Laval}}. Mme [[PERSONNE:Oliveira]], {{3 enfants}}, relogée chez {{Méduane Habitat}} : [[ADRESSE:14 rue des Pommeraies, 53000 Laval]]. Elle montre les dessins des enfants collés au mur. L'éduc ([[PERSONNE:Sophie]]) met à jour son mail pour le bailleur : [[EMAIL:oliveira.ana53@gmail.com]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Angers}} {{Belle-Beille}}. [[PERSONNE:Moussa Konaté]], {{21 ans}}, arrivé du {{Mali}} à {{16 ans}}, apprenti boulanger, veut un CDI. Le conseiller ([[PERSONNE:Frédéric]]) : identifiant [[ID_FRANCE_TRAVAIL:5568203 P]]. N° sécu sur l'attestation : [[NIR:1 03 11 99 335 012 48]]. Titre de séjour {{salarié}} valable {{1 an}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Laval}}, accueil, {{13h30}}. Réouverture après la pause, {{6 personnes}} dehors sous la pluie. L'agent ouvre {{2 minutes}} en avance « parce qu'il pleut ». Petit geste, personne ne le remarque à part moi.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Le Mans}}, rdv {{CEJ}}. [[PERSONNE:Jade]], {{19 ans}}, apporte son RIB pour l'allocation, compte en ligne : [[IBAN:FR76 1695 8000 0145 7821 9036 455]]. La conseillère ([[PERSONNE:Sabrina]]) vérifie l'identifiant, [[ID_FRANCE_TRAVAIL:1403987 J]]. [[PERSONNE:Jade]] veut devenir esthéticienne, elle a déjà une liste d'instituts.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Nantes}}, plateforme. Un monsieur appelle pour sa formation {{CACES}} annulée. Vérification d'identité : identifiant [[ID_FRANCE_TRAVAIL:4906152 L]], né le [[DATE_NAISSANCE:25/10/1985]]. Nom : [[PERSONNE:Kouassi]]. Le conseiller trouve une autre session à {{Carquefou}} en juin.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{France Travail}} {{Vendée}}, {{8h30}}. Briefing : {{4 conseillers}} absents (gastro). Les appels débordent vers {{Angers}}. Un conseiller me dit « c'est pas grave, demain c'est eux qui prendront les nôtres ».",
    ),
]

NOTES_6 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Nazaire}}, mardi {{15h}}. Mme [[PERSONNE:Jaouen]], retraitée qui élève son petit-fils, apporte un RIB {{La Banque Postale}} tout froissé. L'agente ([[PERSONNE:Nadia]]) lit : [[IBAN:FR42 2004 1010 1104 8721 5S03 116]], « il y a une lettre dedans, c'est normal ? » « à la Poste oui ». Num allocataire [[N_ALLOCATAIRE:4728016]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Cholet}}. Un jeune de {{20 ans}}, [[PERSONNE:Nathan Gourdon]], demande le {{RSA}}. L'agent : « vous êtes né quand ? » « [[DATE_NAISSANCE:le 11 du 12, 2004]] ». « Alors pas de RSA avant {{25 ans}}, sauf cas particuliers ». Orientation {{Mission locale}}. Il donne quand même sa nouvelle adresse pour l'{{APL}} : [[ADRESSE:6 rue Nationale, 49300 Cholet]].",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Vendée}}, plateforme. Un monsieur veut « parler à un humain, pas à un robot ». Le conseiller : « je suis un humain monsieur ». Silence. « Ah. Bon. » Puis la question : la {{prime de rentrée}} ({{ARS}}) ? Versée le {{19 août}}, réglé en {{40 secondes}}.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Maine-et-Loire}}. Une dame : « mon numéro c'est [[N_ALLOCATAIRE:dix-neuf trente-six zéro quarante-sept]] », le conseiller tape [[N_ALLOCATAIRE:1936047]]. Mme [[PERSONNE:Vidal]] veut une attestation de paiement pour son bailleur, envoyée à [[EMAIL:m.vidal49@laposte.net]] pendant qu'elle est en ligne.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Sarthe}} au tel avec un mandataire de l'{{UDAF}} pour un majeur protégé, M. [[PERSONNE:Deschamps]]. Le mandataire donne sa ligne directe : [[TELEPHONE:02 43 39 56 12]]. Le conseiller cherche le jugement de tutelle, il devrait être au dossier. Il n'y est pas. « Je vous le renvoie », dit le mandataire, lassé.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Châteaubriant}}, travail non déclaré signalé. M. [[PERSONNE:Hamidou]], mécanicien sans garage : dans la cour, {{3 voitures}} en réparation. Le contrôleur ([[PERSONNE:Stéphane]]) relève une plaque, [[IMMATRICULATION:EH-552-GV]], « pour vérifier à qui elle est ». Adresse : [[ADRESSE:24 rue de la Vannerie, 44110 Châteaubriant]]. M. [[PERSONNE:Hamidou]] : « c'est pour dépanner les copains ».",
    ),
    (
        "caf",
        CSP,
        "Après-midi de contrôles {{Caf}} en {{Vendée}}. {{3 visites}}, {{2}} personnes présentes. Le contrôleur m'explique qu'une bonne part des contrôles finit par un rappel en faveur de l'allocataire. Ça m'étonne. Il me montre ses stats sur la tablette, anonymisées.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Cholet}}. Mme [[PERSONNE:Cécile Humeau]] vient pour son fils qui part en {{Erasmus}}. L'agente ([[PERSONNE:Patricia]]) a besoin du numéro de la mère : [[NIR:2 83 10 49 099 139 97]]. « Née le [[DATE_NAISSANCE:20 octobre 1983]] ? » « oui, à {{Cholet}} ». Carte européenne commandée pour le fils, [[PERSONNE:Mathis]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nantes}}, antenne {{Nantes Nord}}. M. [[PERSONNE:Benkirane]], pour un remboursement de transport. L'agent ([[PERSONNE:Alexis]]) voit que le RIB du dossier est incomplet, il saisit le nouveau sur place : [[IBAN:FR7612548029984187203655154]]. M. [[PERSONNE:Benkirane]] a mal au dos rien qu'à attendre, {{1h10}} de file.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Sablé-sur-Sarthe}}, permanence du mardi seulement. {{1 agente}} venue du {{Mans}}, {{19 personnes}} inscrites. Elle enchaîne sans pause déjeuner. « Si je le fais pas, ils doivent aller au Mans et ils ont pas de voiture ».",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Vendée}}. Une dame ne comprend pas pourquoi sa mutuelle ne rembourse plus. Le conseiller regarde : la liaison {{Noémie}} est coupée. Il demande le numéro d'adhérent {{Malakoff Humanis}} : [[IDENTIFIANT:MH-0093187442]], Mme [[PERSONNE:Charpentier]] le lit sur sa carte. Liaison rétablie sous {{48h}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Sarthe}}, appel d'un monsieur turcophone, son fils traduit. Numéro de sécu du père : [[NIR:1 81 07 99 208 064 17]]. Le fils : « il est né en {{Turquie}} en [[DATE_NAISSANCE:juillet 81]] ». Numéro pour rappel : [[TELEPHONE:07 58 44 19 03]]. Nom : [[PERSONNE:Demir]]. Sujet : {{pension d'invalidité}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt avec [[PERSONNE:Didier]] à {{Coulaines}}. Mme [[PERSONNE:Lopes Tavares]] ouvre, un bébé dans les bras, arrêt pour burn-out. Elle s'excuse du désordre. [[PERSONNE:Didier]] : « vous n'avez pas à vous excuser ». Il vérifie juste l'adresse, [[ADRESSE:10 rue des Acacias, 72190 Coulaines]], et on repart. {{4 minutes}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Laval}}, guichet unique. M. [[PERSONNE:Cousin]] demande une aide pour refaire sa carte d'identité volée (timbre fiscal {{25 €}}). Il a la photocopie de l'ancienne : n° [[IDENTIFIANT:X4RT8BPF2]]. Plainte déposée au commissariat de {{Laval}}. L'agente remplit la demande en {{10 min}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Angers}}, permanence jeunes {{18-25 ans}}. [[PERSONNE:Inaya]], {{20 ans}}, veut une aide pour son permis. L'agent lui demande comment la joindre : « j'ai pas de mail, écrivez-moi sur {{Insta}}, [[IDENTIFIANT:@inaya.bzh49]] ». « Ah non, il me faut un mail. » Elle en crée un sur place : [[EMAIL:inaya.dumont49@gmail.com]].",
    ),
    (
        "ccas",
        AT,
        "Appel au {{CCAS}} de {{Rezé}} d'un technicien {{Enedis}} : coupure prévue demain chez une personne sous oxygène, il vérifie : Mme [[PERSONNE:Marchand]], [[ADRESSE:7 rue Alsace-Lorraine, 44400 Rezé]]. L'agente confirme qu'elle est au registre des personnes fragiles. Coupure suspendue. Ouf.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Cholet}}, standard. Une dame demande l'aide pour les factures d'eau, l'agente veut l'attestation {{Caf}}. « J'ai que mon numéro, [[N_ALLOCATAIRE:6310795]] ». « Il me faut le papier madame ». Nom : [[PERSONNE:Guillet]]. RDV jeudi {{14h}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Saint-Herblain}}, demande de mutuelle communale. Mme [[PERSONNE:Le Meur]] ({{47 ans}}, aide-soignante en invalidité) nous reçoit au salon. L'agente lit la carte vitale : [[NIR:2 78 04 44 162 233 46]]. « [[DATE_NAISSANCE:Avril 78]], c'est ça ? » « Oui, née ici, à {{Saint-Herblain}}, quand c'était encore des champs ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} {{Saumur}}, mardi {{13h}}. Un monsieur arrive avec son fils, la main prise dans un tracteur. L'agent demande un contact : sa femme, [[PERSONNE:Marie-Thérèse]], [[TELEPHONE:06 89 02 14 77]]. Patient : [[PERSONNE:Jean-Claude Rétif]]. Le fils a laissé le pick-up sur la place pompiers, plaque [[IMMATRICULATION:CY-240-JM]] ; l'agent le lui fait remarquer gentiment.",
    ),
    (
        "urgences",
        AP,
        "Urgences adultes {{CHU}} {{Nantes}}. Une dame âgée, désorientée, arrive seule en taxi. Dans son sac, l'agente trouve un papier plié : « [[PERSONNE:Madeleine Cadiou]], née le [[DATE_NAISSANCE:4 avril 1934]], [[ADRESSE:9 rue Mondésir, 44000 Nantes]], appeler ma fille [[TELEPHONE:06 15 48 92 20]] ». L'agente appelle la fille tout de suite.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} du {{Mans}}, {{8h}}. L'agente a deux dossiers au nom de « [[PERSONNE:Lecomte]] ». Elle demande au monsieur : « [[PERSONNE:Lecomte]] attaché ou [[PERSONNE:Le Comte]] en deux mots ? » « En deux mots, [[PERSONNE:Le Comte]], prénom [[PERSONNE:Alain]] ». Doublon évité de justesse. Elle me dit que c'est le cauchemar des admissions.",
    ),
    (
        "urgences",
        AT,
        "Standard urgences {{CHD Vendée}} : une infirmière libérale appelle pour un patient qu'elle envoie, M. [[PERSONNE:Mercier]], {{79 ans}}, plaie infectée. « [[PERSONNE:Mercier]], comme le {{mercier}} ». Elle donne son numéro pro, [[TELEPHONE:06 43 77 20 58]], et son nom, [[PERSONNE:Élodie Martineau]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Saint-Nazaire}}, entretien d'arrivée. [[PERSONNE:Kateryna Bondarenko]], ukrainienne, {{2 enfants}}, arrivée de {{Kharkiv}} par la {{Pologne}}. Autorisation de séjour protection temporaire n° [[IDENTIFIANT:4402981365]]. Née le [[DATE_NAISSANCE:30.08.1986]]. L'éduc ([[PERSONNE:Romain]]) parle avec elle en anglais et avec {{Google Traduction}}.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{Angers}}, midi. « [[PERSONNE:Pépé]] », {{72 ans}}, à la rue depuis {{10 ans}}, refuse l'hébergement : « je veux pas de règlement ». L'éducateur ([[PERSONNE:Malik]]) lui apporte quand même une couverture. Son chien s'appelle {{Gamin}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Laval}}, atelier recherche d'emploi. [[PERSONNE:Cédric]] remplit une candidature en ligne, il faut date de naissance et téléphone : « [[DATE_NAISSANCE:12/12/1979]] » et « [[TELEPHONE:06 70 18 29 45]] ». L'éduc le corrige sur l'orthographe de « motivation », ils rigolent.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Vendée}}, {{22h}}. Un couple avec un chien vit dans un camion aménagé sur le parking de la plage à {{Saint-Jean-de-Monts}}, la police municipale les a fait partir. Plaque pour la maraude : [[IMMATRICULATION:8237 WR 85]] (ancien format, « le camion a {{30 ans}} »). Prénoms : [[PERSONNE:Sylvain]] et [[PERSONNE:Audrey]].",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Sarthe}} : une assistante sociale de {{PMI}} appelle pour une maman isolée avec nourrisson. Nom : [[PERSONNE:Sabrina Mekki]], née le [[DATE_NAISSANCE:8 novembre 1999]]. Réf demande SI-SIAO : [[IDENTIFIANT:72-2025-00973]]. Place en {{CHRS}} mère-enfant dans {{10 jours}} peut-être.",
    ),
    (
        "chrs",
        CSP,
        "Visite à domicile, appartement relais du {{CHRS}} à {{Cholet}}, [[ADRESSE:31 avenue Gambetta, 49300 Cholet]]. Mme [[PERSONNE:Bouchard]] n'a plus payé sa participation depuis {{2 mois}}. L'éducatrice ([[PERSONNE:Claire]]) ne sermonne pas, propose un échéancier. Sur la table, une {{marguerite}} en pot, cadeau de sa fille.",
    ),
    (
        "chrs",
        CSP,
        "Visite de fin de prise en charge, {{CHRS}} {{Nantes}}. M. [[PERSONNE:Sissoko]] est relogé, l'éduc ([[PERSONNE:Jordan]]) l'aide à donner son RIB au bailleur : [[IBAN:FR76 1820 6002 1065 0321 4781 925]]. Prélèvement du loyer le {{5}} du mois. Il montre sa clé comme un trophée.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Nazaire}}. Mme [[PERSONNE:Le Corre]], {{45 ans}}, ex-auxiliaire de vie, lance sa micro-entreprise de ménage. « Mon SIRET perso : [[IDENTIFIANT:79315826200014]] ». Le conseiller ([[PERSONNE:Gwendal]]) enregistre la création, identifiant [[ID_FRANCE_TRAVAIL:3718205 G]], et explique qu'il faudra déclarer le CA chaque mois. Elle note « CA = chiffre d'affaires ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Le Mans}}, rdv de {{30 min}}. [[PERSONNE:Samuel Ekwalla]], {{33 ans}}, chauffeur poids lourd, veut passer au transport de voyageurs. La conseillère vérifie tel [[TELEPHONE:06 91 25 60 37]] et mail [[EMAIL:sam.ekwalla@gmail.com]]. Formation {{FIMO voyageurs}} possible à {{Allonnes}}. Il sourit.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Château-Gontier}}. Un monsieur de {{61 ans}} veut savoir quand il peut partir en retraite. Le conseiller : « c'est pas nous, c'est la {{Carsat}} ». Il insiste ; son identifiant, [[ID_FRANCE_TRAVAIL:9052317 X]], est écrit sur sa main au stylo. Le conseiller lui imprime son relevé de situation.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{France Travail}} {{Loire-Atlantique}}. Une dame appelle pour son fils qui parle peu français. Le conseiller ne peut pas traiter avec un tiers, elle lui passe le fils : « [[PERSONNE:Ahmad Rahimi]], né le [[DATE_NAISSANCE:1er janvier 2001]], identifiant [[ID_FRANCE_TRAVAIL:6271048 M]] ». Il ne comprend pas les questions, la mère répond par-dessus. Le conseiller fait au mieux.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant {{France Travail}} {{Angers}} : une candidate n'a pas reçu sa convocation. Le conseiller vérifie le mail : [[EMAIL:lea.baudouin[at]gmail.com]]. Correct. « Regardez vos indésirables ». Elle la trouve. Nom : [[PERSONNE:Léa Baudouin]]. {{2 min}}.",
    ),
]

NOTES_7 = [
    (
        "caf",
        AP,
        "{{Caf}} {{Laval}}, vendredi {{9h}}. M. [[PERSONNE:Bertin]], {{RSA}}, vient avec un RIB recopié à la main par sa sœur : « [[IBAN:10278 36039 00012456702 78]] ». L'agente ([[PERSONNE:Solène]]) refuse, il faut le document de la banque. Num alloc [[N_ALLOCATAIRE:5902316]]. Il file au {{Crédit Mutuel}} d'en face et revient {{20 min}} plus tard avec le bon papier. Bravo.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{La Roche-sur-Yon}}. [[PERSONNE:Manon Giraudeau]], {{23 ans}}, enceinte de {{7 mois}}, déclare sa grossesse en retard. L'agent ([[PERSONNE:Fabrice]]) lui demande l'attestation {{Cpam}}, elle montre son numéro de sécu sur l'appli : [[NIR:201078519104541]]. « Née à {{La Roche}} ? » « Oui, en [[DATE_NAISSANCE:juillet 2001]] ». {{Prime de naissance}} versée au 7e mois, ça tombe bien.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} {{Sarthe}}, vendredi fin d'après-midi. Plus calme. Les conseillers débriefent les appels de la semaine : « la dame de mardi, celle des {{3 enfants}}, elle a rappelé pour dire merci ». Sourires. Le dernier appel tombe à {{16h58}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Loire-Atlantique}}, appel : un monsieur a déménagé sans prévenir, ses courriers reviennent. Le conseiller prend la nouvelle adresse, [[ADRESSE:2 impasse du Moulin, 44190 Clisson]], et un tel, [[TELEPHONE:06.37.52.81.09]]. Nom : [[PERSONNE:Ferrer]]. Rappel : tout changement se déclare sous {{1 mois}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Angers}}, quartier {{Grand-Pigeon}}. Mme [[PERSONNE:Achour]] déclare vivre seule avec ses {{2 filles}}. Le contrôleur ([[PERSONNE:Pascal]]) voit des chaussures d'homme dans l'entrée. Elle : « c'est à mon frère, il passe ». Dossier [[N_ALLOCATAIRE:8154069]]. Dehors, une moto [[IMMATRICULATION:FG-738-QS]]. Il note tout, ne conclut rien. Moi je suis mal à l'aise.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nantes}}. M. [[PERSONNE:Paoli]], né à {{Ajaccio}} en [[DATE_NAISSANCE:mars 1975]], muté à {{Saint-Nazaire}}, vient s'affilier. L'agente saisit son numéro, [[NIR:1 75 03 2A 004 018 37]] : « le 2A, ça passe pas toujours dans nos vieux formulaires ». Ça passe. Il est soulagé.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Angers}}, accueil. Mme [[PERSONNE:Hakobyan]] conteste une facture d'hôpital ({{420 €}}, dépassement). Facture n° [[IDENTIFIANT:F2025-004817]]. L'agent ([[PERSONNE:Hugo]]) explique que ce n'est pas la {{Cpam}} qui facture. Elle ne comprend pas, il redessine le circuit sur un papier : hôpital → Cpam → mutuelle → elle.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Mayenne}} : un monsieur appelle, ses remboursements partent sur le compte de son ex-femme. Le conseiller lit le RIB enregistré, [[IBAN:FR76 1444 5004 0004 5128 7301 914]] : « c'est le sien, pas le mien ! ». M. [[PERSONNE:Gauthier]] doit envoyer son propre RIB, le conseiller bloque les paiements en attendant.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Maine-et-Loire}}. M. [[PERSONNE:Guérin]], {{62 ans}}, en invalidité, demande ce qui se passe à l'âge de la retraite. NIR [[NIR:1 62 11 49 007 083 31]], né le [[DATE_NAISSANCE:3 novembre 1962]] à {{Angers}}. Le conseiller explique le passage vers la {{Carsat}}, lentement, deux fois.",
    ),
    (
        "cpam",
        CSP,
        "Journée de contrôles {{Cpam}} écourtée : le véhicule de service est en panne. L'enquêteur fait du rapport au bureau à la place, {{9 dossiers}}. Il me montre les courriers-types, très juridiques, et m'explique qu'il relit chaque phrase « comme si c'était ma mère qui le recevait ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt à {{La Flèche}} avec l'enquêteur ([[PERSONNE:Didier]]). Maison de M. [[PERSONNE:Delaunay]], [[ADRESSE:45 rue du Bourg-Chevreau, 72200 La Flèche]]. Personne. Dans l'allée, son {{Kangoo}} [[IMMATRICULATION:ED-417-SN]] avec le logo de son entreprise de peinture. Un voisin : « il bosse sur un chantier à {{Sablé}} ». [[PERSONNE:Didier]] note, sans un mot.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Saint-Nazaire}}, fin de semaine. Bilan de l'agente : {{46 passages}} depuis lundi, {{12}} domiciliations, {{9}} aides alimentaires, le reste « de tout ». Elle range les dossiers du jour dans une armoire fermée à clé, vérifie deux fois.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} du {{Mans}}, secours d'urgence. M. [[PERSONNE:Sivakumar]], cuisinier au chômage, {{3 enfants}}, a besoin de {{150 €}} pour la cantine. RIB : [[IBAN:FR76 1360 6000 1346 2815 9301 155]]. L'agente ([[PERSONNE:Delphine]]) monte le dossier, commission vendredi. Il remercie en tamoul, puis en français.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{La Roche-sur-Yon}}, inscription au {{plan canicule}}. Mme [[PERSONNE:Jacqueline Bonneau]], née le [[DATE_NAISSANCE:14 juillet 1936]], « le jour de la fête nationale, j'ai toujours eu le feu d'artifice ». Son fils a laissé son mail pour être prévenu : [[EMAIL:p.bonneau85@wanadoo.fr]]. L'agente rit avec elle.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Angers}}, appel d'un locataire d'{{Angers Loire Habitat}} menacé d'expulsion. Il lit sa réf locataire : [[IDENTIFIANT:ALH-1178402]]. Nom : [[PERSONNE:Boukhari]]. Dette : {{2 870 €}}. L'agente lui donne RDV avec la {{CESF}} mardi et lui dit de garder tous les courriers, même ceux qu'il n'ouvre pas.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Laval}}, portage de repas. M. [[PERSONNE:Gasnier]], {{88 ans}}, ancien routier, nous montre son vieux permis rose : n° [[IDENTIFIANT:560853200417]], « {{1958}}, j'avais {{21 ans}} ». Adresse : [[ADRESSE:12 rue de Bretagne, 53000 Laval]]. Frigo presque vide. Portage dès lundi.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Cholet}} après le signalement d'une voisine. Mme [[PERSONNE:Pineau]] vit avec son fils handicapé, [[PERSONNE:Kévin]], {{31 ans}}, qui nous dit bonjour {{12 fois}}. Elle ne veut pas d'aide, « on se débrouille ». L'agente laisse sa carte et son portable pro, [[TELEPHONE:07 64 12 83 50]] : « appelez-moi même pour rien ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Angers}}, vendredi {{22h}}. Ça monte : {{47 patients}}. Un père avec un bébé fiévreux s'énerve, le vigile s'approche, l'agente d'accueil lui fait signe que non, elle gère. Elle gère. Je note : désescalade en {{2 phrases}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Nazaire}}, samedi matin. Un marin philippin débarqué d'un cargo, doigt écrasé, accompagné par l'agent du port. Passeport n° [[IDENTIFIANT:P4827391B]], [[PERSONNE:Rodel Santos]], né le [[DATE_NAISSANCE:09/03/1990]]. L'armateur paiera, l'agente imprime le bon de prise en charge. Il dit « sorry, sorry » tout le temps.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences de {{Laval}} : une fille cherche sa mère, amenée par le {{SMUR}}. Pour vérifier : « [[PERSONNE:Yvette Bigot]], née le [[DATE_NAISSANCE:31 décembre 1940]] ». L'agente trouve, dit juste « elle est bien chez nous, présentez-vous à l'accueil ». La fille arrive de {{Rennes}}, {{1h}} de route.",
    ),
    (
        "urgences",
        AT,
        "{{CHU}} {{Nantes}}, accueil tel des urgences : un patient passé la semaine dernière veut son compte-rendu. L'agente : « pas par téléphone, il faut une demande écrite ». Elle note son mail pour la réponse, [[EMAIL:romain.lejeune44@free.fr]], son nom, [[PERSONNE:Romain Lejeune]], et son IPP, [[IDENTIFIANT:1004471852]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{La Roche-sur-Yon}}, bureau. [[PERSONNE:Jérémy]] doit s'actualiser, il a oublié son code. L'éduc ([[PERSONNE:Véronique]]) appelle le {{3949}} avec lui : « identifiant [[ID_FRANCE_TRAVAIL:8130564 K]] ». {{25 min}} sur haut-parleur, musique d'attente en boucle. À la fin on connaît tous l'air par cœur.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{Nantes}}, point informatique. [[PERSONNE:Bilal]] écrit à son avocate pour son recours {{CNDA}}, Me [[PERSONNE:Dieng]], à [[EMAIL:m.dieng.avocat@orange.fr]]. L'éduc relit l'orthographe. [[PERSONNE:Bilal]] relit {{3 fois}} avant d'envoyer.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, {{1h du matin}}. Un homme âgé appelle d'une cabine (il en reste une à {{Saint-Herblain}} ?!). Il donne son nom, [[PERSONNE:Marcel Hervouet]], et sa date de naissance, « [[DATE_NAISSANCE:dix-neuf cent quarante-neuf]] ». L'écoutante envoie le {{Samu social}}. Il raccroche avant la fin.",
    ),
    (
        "chrs",
        AT,
        "{{SIAO}} {{Mayenne}}, réunion de régulation du jeudi. {{8 places}} libérées, {{23 demandes}}. Les dossiers sont présentés par numéro, pas par nom. Ça va vite, c'est dur. Une place va à une femme qui dort dans sa voiture depuis {{40 jours}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez un ancien hébergé du {{CHRS}} du {{Mans}} : M. [[PERSONNE:Dos Reis]] vit maintenant dans un mobil-home, [[ADRESSE:terrain de la Butte, parcelle 14, Arnage]]. Sa voiture sans permis, [[IMMATRICULATION:GR-905-BW]], est devant. L'éduc ([[PERSONNE:Nicolas]]) vérifie l'eau et l'électricité : un groupe électrogène, ça tient.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Angers}}, rdv de {{45 min}}. [[PERSONNE:Chantal Moisan]], {{58 ans}}, licenciée d'une imprimerie, veut se former au secrétariat médical. Le conseiller ([[PERSONNE:Benoît]]) : identifiant [[ID_FRANCE_TRAVAIL:2095873 V]], « née en [[DATE_NAISSANCE:67]], c'est ça ? » « oui, malheureusement » 😄. Financement {{CPF}} + {{AIF}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Cholet}}, atelier réseaux sociaux. L'animatrice montre un faux profil {{LinkedIn}} au nom de « [[PERSONNE:Pierre Durand]] ». Un participant, [[PERSONNE:Ludovic]], montre le sien : [[IDENTIFIANT:@ludo_soudure49]] sur {{Instagram}}, rempli de photos de soudures. L'animatrice : « ça, c'est un vrai CV ! ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Laval}}, inscription d'une réfugiée syrienne, Mme [[PERSONNE:Khalil]], pharmacienne dans son pays. La conseillère ([[PERSONNE:Anne-Sophie]]) met tout à jour : [[ADRESSE:8 rue de la Gaucherie, 53000 Laval]], [[TELEPHONE:07 49 21 65 08]], [[EMAIL:rania.khalil.pharma@gmail.com]]. Reconnaissance du diplôme : « c'est long ». Elle le sait.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant {{France Travail}} {{Saint-Nazaire}} : la conseillère relance un demandeur absent à {{2 RDV}}. « Monsieur [[PERSONNE:Quéméner]] ? » Il décroche, il était en mer, à la pêche. Identifiant [[ID_FRANCE_TRAVAIL:7710428 A]]. Elle met à jour son numéro : [[TELEPHONE:06 05 39 72 14]]. Pas de sanction, il a un contrat saisonnier.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Le Mans}}, plateforme : une dame ne touche pas son {{ARE}}. Le conseiller voit un RIB rejeté, [[IBAN:FR76 3000 4019 2500 0109 3472 646]], compte clôturé : Mme [[PERSONNE:Fernandes]] a changé de banque sans le dire. Il lui envoie le lien sécurisé à [[EMAIL:c.fernandes72@gmail.com]]. Paiement sous {{5 jours}} après dépôt.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

# --- end of notes ---


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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip() or not value:
            raise ValueError(f"bad span {value!r} in {text!r}")
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
    """Return the set of dev ids; the split reads only the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, leftovers = set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    dev.update(leftovers[: len(leftovers) // 2])
    return dev


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] not in dev_ids])


if __name__ == "__main__":
    main()
