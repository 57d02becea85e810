"""Independent evaluation corpus n° 47: 240 hand-written observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` for a value to mask, ``{{value}}`` for a string to keep. Running this
script strips the marks, computes the offsets, numbers the notes ``ind47-001`` … ``ind47-240``
in writing order, draws a 120/120 split stratified by site kind x channel with
``random.Random(47)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.
Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 47
PREFIX = "ind47"

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# --- CCAS, counter -----------------------------------------------------------------------
CCAS_AP = [
    (
        "ccas",
        AP,
        "{{9h10}}. Une dame tres agee, Mme [[PERSONNE:Josette Le Bihan]], vient avec sa fille pour un dossier {{APA}}. Nee le [[DATE_NAISSANCE:3 fevrier 1931]], elle vit seule au [[ADRESSE:14 rue du Clos Courtel, 35000 Rennes]]. L'agente ([[PERSONNE:Sandrine]]? non, elle s'appelle [[PERSONNE:Nadège]]) explique que c'est le {{Departement}} qui instruit, le {{CCAS}} aide juste a remplir. Fille tres fatiguee, dit qu'elle passe {{3 fois par semaine}}.",
    ),
    (
        "ccas",
        AP,
        "Attente {{25 min}}, {{4 personnes}} devant nous. Personne ne sait ou se trouve le formulaire {{registre canicule}}, finalement l'agent le sort d'un tiroir. Il dit qu'on l'a deja ressorti {{deux fois}} cette semaine a cause de la chaleur annoncee.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Gourvennec]] ({{89 ans}} je crois) veut s'inscrire au portage de repas. Il donne son tel fixe : [[TELEPHONE:02 99 54 17 83]]. Agent : « et un portable ? un proche ? » -> il donne celui de son neveu [[PERSONNE:Yannick]] [[TELEPHONE:06 71 40 22 95]]. Tarif expliqué : {{6,80 €}} le repas, {{5 jours sur 7}}.",
    ),
    (
        "ccas",
        AP,
        "la fille de Mme [[PERSONNE:Pellerin]] demande une attestation pour la curatelle. L'agent dit que c'est pas eux, c'est le juge des contentieux de la protection au {{tribunal judiciaire}}. Elle repart un peu perdue. Moi aussi j'aurais ete perdu.",
    ),
    (
        "ccas",
        AP,
        "Dossier aide sociale a l'hebergement pour entree en {{EHPAD Les Glycines}}. Monsieur [[PERSONNE:Raymond Tessier]], ne le [[DATE_NAISSANCE:17/06/1929]], pension {{1 140 €}}/mois, le tarif hebergement c'est {{2 380 €}}. Le fils [[PERSONNE:Didier Tessier]] dit qu'il ne peut pas payer la difference, l'agente parle de l'obligation alimentaire et il fait la tete. NIR lu sur la carte vitale : [[NIR:1 29 06 35 238 042 04]]",
    ),
    (
        "ccas",
        AP,
        "Une voisine vient signaler que le monsieur du {{3e}} ne sort plus depuis {{une semaine}}. Elle ne connait que son prenom, « [[PERSONNE:Marcel]] », et l'adresse : [[ADRESSE:6 square de Galicie]]. L'agent note et appelle le service {{veille sociale}} devant nous. Pas de nom de famille, c'est ce qui bloque.",
    ),
    (
        "ccas",
        AP,
        "Question de M. [[PERSONNE:Raoul Bihan]] sur la {{carte Sortir}} pour une personne de {{72 ans}} au minimum vieillesse ({{ASPA}}). Reponse : oui, avec l'avis d'imposition. {{5 min}} en tout. Efficace.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Aubert Colette]], née le [[DATE_NAISSANCE:11/11/1936]] (« comme l'armistice » dit-elle), veut changer de mutuelle. Sa mutuelle actuelle {{Harmonie Mutuelle}} n° adherent [[IDENTIFIANT:00418735226]] lui coute {{96 €}} par mois. L'agent lui parle de la {{complementaire sante solidaire}} ({{C2S}}), elle a droit peut-etre.",
    ),
    (
        "ccas",
        AP,
        "Accueil tres calme ce matin. L'agente m'explique les {{trois}} dispositifs : {{aide menagere}}, {{portage de repas}}, {{teleassistance}}. Pour la teleassistance ils travaillent avec {{Présence Verte}}. Beaucoup de dossiers arrivent apres une sortie d'hopital.",
    ),
    (
        "ccas",
        AP,
        "M. et Mme [[PERSONNE:Cadiou]], {{85 et 83 ans}}, viennent ensemble. Lui : Alzheimer debutant. Elle demande une aide pour payer une facture d'eau. Ref client {{Eau du Bassin Rennais}} : [[IDENTIFIANT:40129875]]. L'agente fait une demande d'aide facultative, commission le {{jeudi}}.",
    ),
    (
        "ccas",
        AP,
        "ecrit vite : dame en pleurs, son mari [[PERSONNE:Jean-Claude]] est parti en {{EHPAD}} hier ({{Korian Le Parc}}), elle ne sait pas comment payer. adresse du domicile [[ADRESSE:22 bis avenue Henri Freville, Rennes]]. Agente tres douce, lui donne rdv avec l'assistante sociale Mme [[PERSONNE:Lemarié]] le {{mardi 14h}}.",
    ),
    (
        "ccas",
        AP,
        "Un notaire a envoyé un courrier pour la succession d'une ancienne beneficiaire, Me [[PERSONNE:Hervé Kerjean]]. L'agent ne sait pas quoi faire du courrier, le pose dans la bannette {{direction}}. Ça trainera.",
    ),
    (
        "ccas",
        AP,
        "Inscription au {{plan canicule}} :\n- nom : [[PERSONNE:LE ROUX Germaine]]\n- née le [[DATE_NAISSANCE:02.09.1927]]\n- adresse : [[ADRESSE:3 allée de Brno, 35200 Rennes]], {{RDC}}\n- personne à prévenir : [[PERSONNE:Solange Perrin]] (voisine) [[TELEPHONE:07 82 15 64 09]]\n- medecin traitant : Dr [[PERSONNE:Moalic]]\nL'agent remplit tout a la main puis ressaisit sur l'ordi. Double travail.",
    ),
    (
        "ccas",
        AP,
        "pas mal de monde pour les {{colis de Noel}} des {{plus de 70 ans}}. File jusqu'a la porte. On distribue {{340}} colis sur {{2 jours}}. Les gens se connaissent, ça discute, ambiance de quartier a {{Maurepas}}.",
    ),
    (
        "ccas",
        AP,
        "Le curateur de M. [[PERSONNE:Fabrice Jaouen]] (curatelle renforcée, association {{UDAF 35}}) appelle depuis l'accueil avec le monsieur a cote de lui. Le delegue s'appelle [[PERSONNE:Olivier Marchand]]. Ils veulent une domiciliation car le monsieur a perdu son logement. Dossier {{domiciliation}} ouvert.",
    ),
    (
        "ccas",
        AP,
        "Une aide a domicile de l'association {{ADMR}}, [[PERSONNE:Kelly]], accompagne sa beneficiaire Mme [[PERSONNE:Rouxel]] pour refaire sa carte de transport. Mme [[PERSONNE:Rouxel]] ne parle presque pas, c'est [[PERSONNE:Kelly]] qui fait tout. L'agent s'adresse a [[PERSONNE:Kelly]], pas a la dame. Ça m'a gene.",
    ),
    (
        "ccas",
        AP,
        "{{10h40}} un monsieur demande si le {{CCAS}} peut payer les obseques de sa mere. Il tend l'acte de deces, avec le numero de secu de la mere recopie dessus : [[NIR:2 33 04 29 198 044 19]]. Reponse : non, mais il y a une aide sous conditions de ressources et les {{pompes funebres}} municipales. Il repart avec la brochure. Rien de plus.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Yvonne Gicquel]] 94 ans !! vient seule en bus, {{ligne C3}}. Elle veut juste « parler a quelqu'un ». L'agente prend {{20 minutes}} avec elle. Elle habite [[ADRESSE:41 rue de Saint-Malo]], pas de famille dans la region, un petit-fils a {{Lyon}}. Inscription au registre isolement proposee, acceptee.",
    ),
    (
        "ccas",
        AP,
        "demande APL pour un monsieur de 78 ans en residence autonomie ({{résidence Les Tilleuls}}). num allocataire [[N_ALLOCATAIRE:2209837]]. Agente verifie sur {{CDAP}} : droit suspendu car declaration trimestrielle pas faite. Elle l'aide a la faire sur place.",
    ),
    (
        "ccas",
        AP,
        "Gros moment : un fils furieux parce que sa mere n'a pas eu l'{{APA}} assez vite. Il crie le nom de l'agent ([[PERSONNE:Thierry]]) fort dans le hall. Securite pas intervenue. L'agent reste calme, explique les {{2 mois}} de delai legal. Apres il m'a dit que ça arrive {{une fois par semaine}}.",
    ),
    (
        "ccas",
        AP,
        "Ouverture {{8h30}}. Premiere personne : inscription au {{repas des aînés}} du {{dimanche 12}}. Deuxieme : renseignement {{foyer-logement}}. Troisieme : demande de {{bons alimentaires}}. Rien a signaler, tout fluide.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Bertrand Loisel]], {{81 a}}, veuf, demande aide pour mutuelle. Carte mutuelle {{MGEN}} n° [[IDENTIFIANT:1 802 733 451]] , NIR [[NIR:1 41 02 35 238 067 06]]. Il lit lui-meme les numeros lentement, l'agent tape. Sa fille [[PERSONNE:Isabelle]] habite a {{Vitré}}, mail [[EMAIL:isa.loisel35@orange.fr]] pour les courriers.",
    ),
]

# --- CCAS, phone -------------------------------------------------------------------------
CCAS_AT = [
    (
        "ccas",
        AT,
        "Appel d'une infirmiere liberale, [[PERSONNE:Maëlle Guivarc'h]], qui s'inquiete pour un patient de {{91 ans}} : frigo vide, plus de chauffage. Elle donne l'adresse : [[ADRESSE:8 impasse des Courlis, 35510 Cesson-Sévigné]]. Le monsieur s'appelle [[PERSONNE:André Collin]]. L'agent promet une visite a domicile {{sous 48h}}. Elle laisse son portable [[TELEPHONE:06.62.18.40.77]].",
    ),
    (
        "ccas",
        AT,
        "standard sature, {{11 appels}} en attente a {{14h}}. Beaucoup pour le {{registre canicule}} depuis l'alerte {{Météo-France}} d'hier. L'agente enchaine, elle a un script papier scotche devant elle.",
    ),
    (
        "ccas",
        AT,
        "Une fille appelle de {{Marseille}} pour sa mere qui vit a {{Rennes}}. Mere : Mme [[PERSONNE:Odette Brard]], née le [[DATE_NAISSANCE:vingt-deux mars mille neuf cent trente-trois]] (la fille le dit en toutes lettres, l'agent redemande en chiffres). Elle veut savoir si sa mere est inscrite au registre. Reponse : on ne peut pas le dire par telephone. La fille s'enerve.",
    ),
    (
        "ccas",
        AT,
        "Mr [[PERSONNE:Hamon]] appelle pour annuler le portage de repas, son epouse est hospitalisee a {{Pontchaillou}}. Il donne son numero de beneficiaire portage : [[IDENTIFIANT:PR-2023-0418]]. Suspendu a partir de {{lundi}}. {{2 min}}.",
    ),
    (
        "ccas",
        AT,
        "appel d'une mandataire judiciaire ({{ATI 35}}), Mme [[PERSONNE:Claire Fouéré]], tutrice de M. [[PERSONNE:Kévin Le Moal]] (pas age lui, 52 ans, handicap). Elle demande le solde de l'aide energie. Elle epelle son mail : [[EMAIL:c.fouere@ati35.fr]]. L'agente confirme le virement sur le compte de la mesure, IBAN [[IBAN:FR76 1558 9351 1200 9837 1045 239]].",
    ),
    (
        "ccas",
        AT,
        "L'agent me fait ecouter (haut-parleur, avec accord) un monsieur tres sourd, M. [[PERSONNE:Guillaume Aubrée]]. Il faut repeter {{5 ou 6 fois}} chaque phrase. Finalement on prend rdv {{vendredi 10h}} au guichet. Sujet : la teleassistance qui sonne toute seule la nuit.",
    ),
    (
        "ccas",
        AT,
        "Une voisine appelle : « la petite dame du 2e, Mme [[PERSONNE:Morvan]], elle a pas ouvert ses volets depuis hier ». L'agent appelle les pompiers? non, il appelle d'abord le fils dont le numero est dans la fiche registre : [[TELEPHONE:+33 6 45 09 83 12]]. Le fils dit qu'elle est chez lui a {{Saint-Brieuc}} depuis samedi. Fausse alerte, soulagement.",
    ),
    (
        "ccas",
        AT,
        "numero donné par le monsieur : zéro deux, quatre-vingt-dix-neuf, trente-trois, douze, soixante → l'agente ecrit [[TELEPHONE:02 99 33 12 60]]. Il s'appelle [[PERSONNE:Pierre-Yves Nicol]], demande une place en accueil de jour pour sa femme. Liste d'attente {{6 mois}}.",
    ),
    (
        "ccas",
        AT,
        "Un appel de l'{{EHPAD Saint-Cyr}} : la secretaire veut le dossier aide sociale de Mme [[PERSONNE:Thérèse Janvier]] (née [[DATE_NAISSANCE:1930-12-05]]). Numero de dossier aide sociale : [[IDENTIFIANT:ASH-35-77120]]. L'agent dit qu'il rappelle. Il ne note pas le nom de la secretaire.",
    ),
    (
        "ccas",
        AT,
        "Appel court. Une dame demande les horaires du {{CCAS}} de {{Bruz}}. Ce n'est pas ici. L'agent donne le numero de la mairie de Bruz. {{1 min 30}}.",
    ),
    (
        "ccas",
        AT,
        "M. [[PERSONNE:Lucien Briand]], {{88 ans}}, appelle {{3 fois}} dans l'heure pour la meme question (son aide menagere viendra-t-elle jeudi). L'agente repond chaque fois avec la meme patience. Elle me dit ensuite : « il est seul, c'est son seul coup de fil de la journee ».",
    ),
    (
        "ccas",
        AT,
        "Le petit-fils, [[PERSONNE:Enzo]], 19 ans, appelle pour sa grand-mere, il est perdu dans le dossier {{APA}}. Il donne son mail [[EMAIL:enzo.gautier2005@gmail.com]] et celui de sa grand-mere n'existe pas. La grand-mere : Mme [[PERSONNE:Gautier]], [[ADRESSE:5 rue Jean Jaurès, 35135 Chantepie]]. Agente envoie la liste des pieces par mail.",
    ),
    (
        "ccas",
        AT,
        "Appel du service social de l'hopital : sortie prevue de M. [[PERSONNE:Boulanger]] (oui comme le metier) vendredi, il faut un passage d'aide a domicile des samedi. L'agent dit que le week-end c'est complique, il faut voir avec {{ADMR}} ou {{Domicile Services 35}}.",
    ),
    (
        "ccas",
        AT,
        "Ça sonne, personne ne decroche pendant {{2 min}} : l'agente etait au guichet. Il n'y a que {{2 agents}} pour l'accueil physique ET telephonique. Elle me dit que la moitie des appels sont perdus les lundis.",
    ),
    (
        "ccas",
        AT,
        "une dame appelle pour sa tante en curatelle. Elle ne sait pas qui est le curateur. L'agent lui conseille d'appeler le greffe du tribunal. Elle demande le numero, il le cherche sur internet pendant {{3 minutes}}, le trouve, le donne. Personne de nomme pendant l'appel.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Renée Quéré]] : « mon numero de retraite c'est le meme que la secu ? » -> l'agent dit oui en general. Elle le lit : [[NIR:2 31 07 56 260 117 25]]. Il verifie la cle de tete, incroyable. Elle touche la retraite {{CARSAT}} + complementaire {{Agirc-Arrco}}.",
    ),
    (
        "ccas",
        AT,
        "Rappel d'une usagere qui avait laisse un message. Numero sur le post-it : [[TELEPHONE:06 20 47 81 36]]. Repondeur, l'agent laisse un message court sans dire le motif (« c'est le {{CCAS}}, rappelez au {{02 23 62 19 00}} »). Je note qu'il ne donne pas son nom.",
    ),
    (
        "ccas",
        AT,
        "appel en anglais d'un fils qui vit en {{Irlande}}, sa mere Mrs [[PERSONNE:Margaret O'Sullivan]] habite {{Saint-Grégoire}} depuis {{20 ans}}. L'agente se debrouille, moi je traduis un peu. Il veut inscrire sa mere au registre canicule et donner son numero irlandais [[TELEPHONE:+353 87 412 6690]].",
    ),
    (
        "ccas",
        AT,
        "Un agent de la {{Poste}} (dispositif {{Veiller sur mes parents}}) appelle pour signaler un monsieur qui n'ouvre plus. Adresse : [[ADRESSE:La Haute Touche, 35850 Gévezé]] (lieu-dit). Nom du monsieur : [[PERSONNE:Alphonse Rolland]]. Le facteur s'appelle [[PERSONNE:Julien]]. L'agent transmet a la mairie de {{Gévezé}}.",
    ),
    (
        "ccas",
        AT,
        "Demande d'info sur les tarifs du {{foyer-restaurant}} : {{4,20 €}} le repas pour les non imposables, {{7,90 €}} sinon. Appel sympa, la dame rit beaucoup.",
    ),
]

# --- CCAS, home visits -------------------------------------------------------------------
CCAS_CSP = [
    (
        "ccas",
        CSP,
        "Visite a domicile avec l'evaluatrice {{APA}}, [[PERSONNE:Aurélie Besnard]]. Chez Mme [[PERSONNE:Marie-Louise Hervé]], {{93 ans}}, [[ADRESSE:12 rue des Lavandières, 35590 L'Hermitage]]. Maison de plain-pied mais baignoire. Grille {{AGGIR}} : on part sur un {{GIR 4}}. La dame sort son livret de famille pour prouver sa date de naissance : [[DATE_NAISSANCE:14 juillet 1931]]. Elle en est fiere.",
    ),
    (
        "ccas",
        CSP,
        "Visite registre canicule : on fait le tour de {{6}} personnes inscrites sur le quartier {{Bréquigny}}. On sonne, on demande si ça va, on rappelle de boire. {{4}} ouvrent, {{2}} absents (on laisse un mot). Mme [[PERSONNE:Raymonde Houdin]], [[ADRESSE:10 rue Jules Verne]], nous fait entrer et nous montre son thermometre : {{31 °C}}. Ça dure {{2h}}. Chaleur etouffante dans les appartements du {{8e etage}}.",
    ),
    (
        "ccas",
        CSP,
        "Chez M. [[PERSONNE:Gilbert Lecoq]], [[ADRESSE:27 boulevard Villebois-Mareuil]]. Appartement tres encombre (syndrome de Diogene?). L'assistante sociale, [[PERSONNE:Fanny]], reste sur le pas de la porte puis entre. Son chat {{Caramel}} est gros et sympathique. M. [[PERSONNE:Lecoq]] refuse l'aide menagere. On reviendra.",
    ),
    (
        "ccas",
        CSP,
        "Domicile de Mme [[PERSONNE:Simone Le Gall]] ({{Résidence Les Hortensias}}, [[ADRESSE:4 allée Marie Curie, Betton]]). Sa fille [[PERSONNE:Catherine Le Gall]] est la. On regarde les factures pour l'aide sociale : EDF ref client [[IDENTIFIANT:4003 118 762]], loyer {{512 €}}. Relevé bancaire : IBAN [[IBAN:FR76 3000 3015 2000 0502 7123 496]]. L'agente photocopie tout sur place avec une mini imprimante, malin.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'evaluation pour teleassistance. Le monsieur habite une ferme isolee, [[ADRESSE:lieu-dit Le Bois Geffroy, Saint-Sulpice-la-Forêt]]. Pas de reseau mobile. Il faudra une box. Il a {{2}} chiens ({{Pirate}} et {{Filou}}). Son voisin le plus proche est a {{800 m}}.",
    ),
    (
        "ccas",
        CSP,
        "Avec l'infirmiere coordinatrice du {{SSIAD}}. Dame de 96 ans, [[PERSONNE:Jeanne]] (son prenom seulement, le nom sur la boite aux lettres est celui de son defunt mari, [[PERSONNE:Pichon]]). Escarres, toilette tous les matins. Dossier EHPAD en cours sur {{Via Trajectoire}}, {{3}} etablissements demandes dont {{EHPAD Les Champs Bleus}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un couple : lui [[PERSONNE:Roger]], elle [[PERSONNE:Paulette]], 60 ans de mariage. Ils veulent rester chez eux. L'ergotherapeute propose une barre d'appui, un rehausseur WC, un lit medicalise. Tout est pris en charge en partie par l'{{APA}} et la caisse de retraite. Le fils passe pendant la visite, se presente : « [[PERSONNE:Franck Lemaître]], le fils ». Leur adresse : [[ADRESSE:2 rue du Four à Chaux, 35310 Mordelles]].",
    ),
    (
        "ccas",
        CSP,
        "L'agente verifie l'etat du logement pour une demande d'aide facultative (chauffage). Radiateurs electriques anciens, humidite. L'aide ira directement au fournisseur, ref client {{EDF}} [[IDENTIFIANT:5012 774 098]], l'agente a le reste dans son dossier. Elle remplit une grille de {{12 items}}. {{45 minutes}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite avec la tutrice familiale : la niece, Mme [[PERSONNE:Sophie Ravenel]], est tutrice de son oncle M. [[PERSONNE:Jacques Ravenel]], 84 ans. Jugement du {{tribunal}}, RG [[IDENTIFIANT:21/01873]]. Elle montre le compte de gestion. L'oncle vit [[ADRESSE:9 rue de la Motte, Saint-Aubin-du-Cormier]], au rez-de-chaussee d'une maison qui lui appartient.",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Berthe Oger]], {{101 ans}}. Oui, cent-un ans. Nee le [[DATE_NAISSANCE:30.01.1923]]. Elle nous offre des galettes {{Saint-Michel}}. Elle a une aide a domicile, [[PERSONNE:Samira]], {{2h}} chaque matin. Tout va bien, elle veut juste savoir si elle aura la medaille de la ville.",
    ),
    (
        "ccas",
        CSP,
        "Tournee de {{portage de repas}} avec le livreur, [[PERSONNE:Mickaël]], camionnette immatriculee [[IMMATRICULATION:FG-318-TK]]. {{23}} livraisons le matin. A chaque porte il dit un mot, verifie que le repas d'hier est mange. Il connait tout le monde, ex : Mme [[PERSONNE:Lorand]] au [[ADRESSE:16 rue de Dinan]] qui laisse toujours la porte ouverte.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulee : la dame est partie en hospitalisation hier soir. On l'apprend sur place par la voisine, Mme [[PERSONNE:Salaün]]. {{40 min}} de trajet pour rien. L'agente dit que ça arrive souvent, pas de systeme de partage avec l'hopital.",
    ),
    (
        "ccas",
        CSP,
        "domicile de M. [[PERSONNE:Ange-Marie Gourlay]] (prenom [[PERSONNE:Ange-Marie]], c'est un homme, ça arrive en {{Bretagne}}). Il a {{86 ans}}, ancien marin. Il sort ses papiers : carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:MH-7742019-01]], titre de pension {{ENIM}} (marine marchande) n° [[IDENTIFIANT:88 421 907]]. L'agente note pour la {{C2S}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite de conformite dans une residence autonomie du CCAS ({{Résidence Les Acacias}}), logement {{n°14}}. Pas de personne presente, c'est un logement vide qu'on remet en etat. Peinture a refaire. Le gardien s'appelle [[PERSONNE:Patrick Moisan]].",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Nguyen Thi Hoa]], 79 ans, arrivee en France en {{1979}}. Sa belle-fille traduit. Demande d'{{ASPA}}. On regarde son titre de sejour : carte de resident n° [[IDENTIFIANT:3501284671]]. Elle vit chez son fils [[ADRESSE:88 rue de Lorient, 35000 Rennes]].",
    ),
    (
        "ccas",
        CSP,
        "Visite a {{Pacé}} chez un monsieur sous curatelle simple. Son curateur, de l'{{UDAF}}, n'a pas pu venir. Le monsieur, M. [[PERSONNE:Dominique Lefeuvre]], montre son courrier de la {{CARSAT}} avec son numero de retraite : [[NIR:1 40 06 35 238 095 91]]. Il veut comprendre pourquoi sa pension a baisse. C'est le prelevement a la source.",
    ),
    (
        "ccas",
        CSP,
        "Rien de nominatif : visite d'un appartement adapte propose par le bailleur {{Archipel Habitat}} pour une personne agee en fauteuil. Douche a l'italienne OK, porte {{90 cm}}, pas d'ascenseur panne depuis {{3 semaines}} (!). L'agente refuse le logement au nom de la personne.",
    ),
    (
        "ccas",
        CSP,
        "Visite au camping ou vit un couple de retraites a l'annee : [[ADRESSE:camping Le Bois Joli, emplacement 41]]. Mobil-home tres froid. Lui [[PERSONNE:Gérard]], elle [[PERSONNE:Nicole Poirier]]. Leur voiture, une vieille {{Clio}} : [[IMMATRICULATION:4721 VD 35]]. Ils touchent l'{{ASPA}} tous les deux.",
    ),
]

# --- Caf ---------------------------------------------------------------------------------
CAF = [
    (
        "caf",
        AP,
        "{{8h45}} deja {{30 personnes}} dehors. Ouverture {{9h}}. Borne de tickets en panne, l'agent d'accueil distribue des tickets papier numerotes a la main. Moi j'ai le {{n°17}}.",
    ),
    (
        "caf",
        AP,
        "Jeune maman, [[PERSONNE:Océane Mahé]], vient pour la {{prime de naissance}}. Num alloc [[N_ALLOCATAIRE:3120457]]. Manque l'attestation de grossesse. Elle a fait {{45 min}} de bus avec le bebe. Agent : « vous pouvez l'envoyer depuis l'appli {{Caf - Mon Compte}} ». Elle ne savait pas.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Fatoumata Traoré]] veut changer de RIB pour le {{RSA}}. Nouveau compte : [[IBAN:FR76 1027 8360 7200 0213 4567 889]]. L'agent verifie que le compte est bien a son nom. Dossier [[N_ALLOCATAIRE:0876123]]. {{7 min}}.",
    ),
    (
        "caf",
        AP,
        "grand-pere qui vient pour son petit-fils dont il a la garde ({{delegation d'autorite parentale}}). M. [[PERSONNE:Roland Chevalier]], {{74 ans}}. Il demande les {{allocations familiales}} a son nom. L'agente explique qu'il faut le jugement. Il l'a ! dans une pochette plastique. Jugement RG [[IDENTIFIANT:22/00917]]. L'agente scanne.",
    ),
    (
        "caf",
        AP,
        "Un etudiant demande pourquoi son {{APL}} a baisse de {{38 €}} (alloc [[N_ALLOCATAIRE:5187302]]). Reponse: revalorisation + ses revenus N-2. Il ne comprend pas « N-2 ». Personne ne comprend N-2.",
    ),
    (
        "caf",
        AP,
        "Dame agee (80 ans ?) vient pour l'{{ALS}} de son logement en residence seniors. Son numero allocataire sur le courrier : [[N_ALLOCATAIRE:1 984 330]]. Elle s'appelle [[PERSONNE:Madeleine Corre]]. Elle n'a pas d'adresse mail, l'agent note « pas de mail » dans le dossier et lui imprime l'attestation.",
    ),
    (
        "caf",
        AP,
        "Un pere, M. [[PERSONNE:Karim Benali]], conteste un indu de {{1 247 €}}. Il parle fort. L'agente (Mme [[PERSONNE:Duval]] sur son badge) reste calme, propose un echeancier de {{50 €}}/mois. Il accepte. Il habite [[ADRESSE:17 avenue des Pays-Bas, 35200 Rennes]].",
    ),
    (
        "caf",
        AP,
        "pas de nom, juste observation: l'espace numerique a {{4}} ordis dont {{1}} en panne. Une volontaire de service civique aide les gens a se connecter a {{FranceConnect}}. C'est elle qui fait le gros du boulot.",
    ),
    (
        "caf",
        AP,
        "Couple venu declarer une separation. Elle : [[PERSONNE:Laura Fontaine]], lui pas present. Elle donne sa nouvelle adresse : [[ADRESSE:Bat B, 3 rue Guy Ropartz, Rennes]] et son tel [[TELEPHONE:0645128830]]. L'agent lui dit de faire la declaration en ligne aussi. Elle pleure un peu.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Daniel Prigent]] (aidant de sa mere agee) demande si l'{{AJPA}} ({{allocation journaliere du proche aidant}}) est cumulable avec son chomage. Reponse pas claire de l'agent, qui va demander au back-office. Son identifiant France Travail qu'il montre sur son tel : [[ID_FRANCE_TRAVAIL:4521873K]].",
    ),
    (
        "caf",
        AP,
        "{{11h50}}, fin de matinee. Bilan de l'agent : {{62}} passages, {{9}} RDV, {{3}} personnes reorientees vers la {{CPAM}}, {{1}} agressivite verbale. Il dit que c'est une matinee normale.",
    ),
    (
        "caf",
        AP,
        "Une femme seule avec 3 enfants, [[PERSONNE:Sabrina]], vient avec un courrier de la {{Caf}} qu'elle ne comprend pas : controle de situation. Num alloc [[N_ALLOCATAIRE:2744061]], mail sur le courrier [[EMAIL:sabrina.lebreton@laposte.net]]. L'agent lui explique qu'un controleur viendra chez elle.",
    ),
    (
        "caf",
        AT,
        "Plateforme telephonique : {{3237}}? non on est sur le numero dedie {{3230}}. Attente affichee : {{18 min}}. La conseillere me dit que les appels sont enregistres. {{1er}} appel : question {{prime d'activite}}.",
    ),
    (
        "caf",
        AT,
        "Appelante : Mme [[PERSONNE:Christine Lebas]], appelle pour sa mere de {{86 ans}} dont elle est tutrice. Le dossier ALS de la mere est au nom de [[PERSONNE:Hélène Lebas]], num allocataire [[N_ALLOCATAIRE:5501238]]. La conseillere demande le jugement de tutelle pour parler avec elle. Mail pour envoyer : [[EMAIL:christine.lebas@free.fr]].",
    ),
    (
        "caf",
        AT,
        "Un monsieur appelle en colere, {{3e}} fois cette semaine pour le meme dossier. Il dit son numero allocataire a toute vitesse : « un deux trois quatre cinq zero six » → [[N_ALLOCATAIRE:1234506]]. La conseillere lui dit que son dossier est bien en cours, delai {{21 jours}}.",
    ),
    (
        "caf",
        AT,
        "Appel en espagnol, la conseillere parle un peu espagnol. Une dame qui travaille en {{Espagne}} et vit a {{Hendaye}}, veut que la Caf verse sur son compte espagnol : [[IBAN:ES91 2100 0418 4502 0005 1332]]. Conseillere : il faut un compte {{SEPA}}, c'est OK, mais envoyer un RIB par courrier.",
    ),
    (
        "caf",
        AT,
        "Appel tres court, la dame veut juste l'adresse postale de la {{Caf}} pour envoyer un courrier. Conseillere : « {{Caf d'Ille-et-Vilaine}}, cours des {{Alliés}}, {{Rennes}} ». C'est tout.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Stéphane Guillou]] appelle car son {{AAH}} n'a pas ete versee. Il donne tout : alloc [[N_ALLOCATAIRE:7012894]], ne le [[DATE_NAISSANCE:12/03/1978]], tel [[TELEPHONE:07 66 21 40 58]]. Probleme : la {{MDPH}} n'a pas transmis la decision. La conseillere fait une fiche de liaison.",
    ),
    (
        "caf",
        AT,
        "Une conseillere, [[PERSONNE:Nathalie]], m'explique qu'elle prend en moyenne {{45}} appels par jour. Sur l'ecran, un message d'alerte rouge : {{« Campagne RSA - controle trimestriel »}}. Elle se met en pause {{5 min}} apres un appel difficile.",
    ),
    (
        "caf",
        AT,
        "grand-mere qui appelle pour savoir si elle peut toucher quelque chose pour garder ses petits-enfants le mercredi. Reponse : non, pas de la Caf, mais peut-etre le {{CMG}} si elle est declaree comme assistante maternelle (non). Elle rit. Elle donne quand meme son numero allocataire « au cas ou » : [[N_ALLOCATAIRE:0912475]].",
    ),
    (
        "caf",
        AT,
        "Appel d'un travailleur social de l'{{UDAF}} (M. [[PERSONNE:Le Floch]]? j'ai mal entendu, [[PERSONNE:Le Floch]] ou [[PERSONNE:Le Flohic]]) pour un majeur protege : M. [[PERSONNE:Thomas Berthelot]], alloc [[N_ALLOCATAIRE:6230071]]. Demande de changement de RIB vers le compte de gestion : [[IBAN:FR7613825002000876543210110]].",
    ),
    (
        "caf",
        AT,
        "Conseillere raccroche au bout de {{20 min}} sur un appel de retraité qui voulait parler de sa pension : « ce n'est pas nous monsieur, c'est la {{CARSAT}}, le {{3960}} ». Elle soupire.",
    ),
    (
        "caf",
        AT,
        "Une dame donne son numero de telephone pour etre rappelee : « zéro six, cinquante-quatre, dix-huit, zéro neuf, trente et un ». Note : [[TELEPHONE:06 54 18 09 31]]. Elle s'appelle [[PERSONNE:Mireille Hubert]]. Motif : {{pension alimentaire}} impayee, l'{{ARIPA}}.",
    ),
    (
        "caf",
        CSP,
        "Controle sur place avec le controleur assermente, [[PERSONNE:Franck Derrien]]. Chez Mme [[PERSONNE:Ludivine Simon]], [[ADRESSE:45 rue de Nantes, 35136 Saint-Jacques-de-la-Lande]]. Question : vie maritale ou pas ? Il regarde les brosses a dents, le courrier, les vetements. Je suis mal a l'aise. Une voiture au nom de l'ex est garee devant : [[IMMATRICULATION:EZ-947-PL]].",
    ),
    (
        "caf",
        CSP,
        "Controle {{RSA}} : le controleur verifie les comptes bancaires sur {{3 mois}}. Releves : IBAN [[IBAN:FR76 1660 6100 1000 6543 2198 714]]. Des virements reguliers d'un certain « [[PERSONNE:J. Morel]] ». La dame explique que c'est son frere qui l'aide. Le controleur note, sera « apprecie ».",
    ),
    (
        "caf",
        CSP,
        "Visite chez une famille de 5. Appartement propre, petit. Controle de la composition du foyer pour l'{{APL}}. Rien a signaler selon le controleur. Duree {{1h10}}. Aucun nom prononce devant moi sauf « madame ».",
    ),
    (
        "caf",
        CSP,
        "Controle chez un couple de retraites qui touche l'{{ALS}} et heberge leur fils. M. [[PERSONNE:Michel Gaudin]] (né le [[DATE_NAISSANCE:4 août 1946]]) montre le bail. Le fils, [[PERSONNE:Anthony]], n'est pas declare. Le controleur explique que ça change le calcul. Num alloc [[N_ALLOCATAIRE:4401872]].",
    ),
    (
        "caf",
        CSP,
        "Le controleur m'explique son travail en voiture, entre deux visites. Il fait {{4}} controles par jour, {{30 %}} finissent par une regularisation. Il n'aime pas le mot « fraude ».",
    ),
    (
        "caf",
        CSP,
        "Chez M. [[PERSONNE:Issa Camara]], {{foyer Adoma}}, {{chambre 214}}. Le controleur verifie qu'il vit bien seul. Titre de sejour : [[IDENTIFIANT:3502198744]]. OK.",
    ),
    (
        "caf",
        CSP,
        "Controle d'une assistante maternelle ({{CMG}}) : Mme [[PERSONNE:Valérie Pasquier]] garde {{3}} enfants dont un qui s'appelle [[PERSONNE:Noah]]. Agrement du {{Departement}} affiche au mur. Le controleur compte les lits. Tout est conforme.",
    ),
    (
        "caf",
        CSP,
        "controle a domicile annule, la personne n'etait pas la (M. [[PERSONNE:Kader Amrani]], dossier [[N_ALLOCATAIRE:3390182]]). Le controleur laisse un avis de passage. Deuxieme passage prevu dans {{15 jours}}. Sinon suspension des droits.",
    ),
    (
        "caf",
        CSP,
        "Controle de residence chez une retraitee algerienne ({{ASPA}}? non ALS) : elle doit prouver qu'elle vit en France plus de {{6 mois}} par an. Le controleur regarde le passeport et les tampons. Passeport n° [[IDENTIFIANT:178432905]]. Elle s'appelle [[PERSONNE:Zohra Mekki]], née le [[DATE_NAISSANCE:01/01/1948]] (« au 1er janvier, on ne savait pas la vraie date »).",
    ),
    (
        "caf",
        CSP,
        "Controleur + moi chez un jeune de 22 ans, [[PERSONNE:Lucas Ferré]], pour la {{prime d'activite}}. Il travaille chez {{Amazon}} en interim. Il montre ses fiches de paie sur son telephone. Son mail [[EMAIL:lucas.ferre.22@hotmail.fr]]. Tout est bon. {{25 min}}.",
    ),
]

# --- Cpam --------------------------------------------------------------------------------
CPAM = [
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Jacqueline Riou]], 87 ans, accompagnee de son aide a domicile. Elle a perdu sa carte {{Vitale}}. NIR : [[NIR:2 35 11 29 019 088 24]] (elle l'a ecrit sur un papier dans son porte-monnaie, l'agent lui dit de ne pas faire ça). Nouvelle carte commandee, photo faite au {{Photomaton}} de la gare.",
    ),
    (
        "cpam",
        AP,
        "{{13h30}} ouverture apres-midi. File de {{12 personnes}}. Un agent fait le tri a l'entree : « vous avez rendez-vous ? ». Ceux qui n'en ont pas sont envoyes vers la borne {{Ameli}}. Beaucoup de personnes agees repartent sans rien.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{C2S}} pour un couple de retraites. Lui M. [[PERSONNE:Alain Perrot]] ([[NIR:1 47 05 35 047 114 11]]), elle Mme [[PERSONNE:Monique Perrot]]. Revenus : {{ASPA}}. Droit ouvert a la {{C2S}} sans participation. Leur ancienne mutuelle, {{Mutuelle Bleue}}, adherent [[IDENTIFIANT:88 2051 337]], sera resiliee.",
    ),
    (
        "cpam",
        AP,
        "Un jeune en arret de travail vient parce que ses indemnites journalieres n'arrivent pas. L'agent voit sur l'ecran que l'employeur n'a pas envoye l'attestation de salaire. « C'est votre patron, pas nous. » Le jeune, [[PERSONNE:Mathis Rault]], soupire et montre quand meme son RIB au cas ou : [[IBAN:FR76 1820 6002 1060 0123 4500 178]].",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Yves Le Nestour]] veut se faire rembourser un transport en {{VSL}} pour ses seances de dialyse. Trois fois par semaine, {{CHU Pontchaillou}}. Il habite [[ADRESSE:La Ville Aubrée, 35750 Iffendic]]. Bon de transport manquant, l'agent explique qu'il faut la prescription medicale de transport.",
    ),
    (
        "cpam",
        AP,
        "Dame tres digne, [[PERSONNE:Suzanne]], 90 ans, vient avec son petit-fils [[PERSONNE:Maxime Boucher]]. Ils veulent designer le petit-fils comme « interlocuteur ». L'agent dit qu'il faut une procuration ecrite. Le petit-fils donne son mail : [[EMAIL:maxime.boucher@outlook.fr]]. [[PERSONNE:Suzanne]] dit « de mon temps on se deplacait ». Tout le monde sourit.",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}} : je regarde un monsieur essayer de telecharger une attestation de droits. {{4}} essais. L'ecran demande un code envoye par SMS, il n'a pas son telephone. Abandon.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{CEAM}} (carte europeenne) pour une dame qui part voir sa fille au {{Portugal}}. Mme [[PERSONNE:Maria da Conceição Ferreira]], nee le [[DATE_NAISSANCE:20/05/1951]] a {{Braga}}. L'agent me dit que dans le NIR le {{99}} veut dire « ne a l'etranger ».",
    ),
    (
        "cpam",
        AP,
        "Un monsieur deconfit : sa femme est decedee, il vient pour le {{capital deces}}. L'agente lui presente ses condoleances, prend le temps. Il s'appelle [[PERSONNE:Jean-Paul Hémon]]. Sa femme : [[PERSONNE:Annick Hémon]] née [[PERSONNE:Tual]]. Il a apporte le livret de famille.",
    ),
    (
        "cpam",
        AP,
        "accueil sur rdv: jeune femme enceinte, declaration de grossesse pas recue. Ref du courrier qu'elle a recu : [[IDENTIFIANT:DG-2024-118842]]. L'agent relance en interne. Elle a un rdv de suivi a la {{PMI}} de {{Cleunay}} demain.",
    ),
    (
        "cpam",
        AP,
        "Sur l'ecran de l'agent (je vois malgre moi) : « [[PERSONNE:LE BRIS Raymonde]] - [[DATE_NAISSANCE:1929-03-18]] - {{ALD}} ». Elle vient pour le renouvellement de son {{ALD}}. Son medecin, Dr [[PERSONNE:Chesnais]], n'a pas fait le protocole.",
    ),
    (
        "cpam",
        AP,
        "Le mercredi c'est le jour des {{permanences}} de la {{CARSAT}} dans les locaux. Une conseillere retraite est la de {{9h}} a {{12h}}. {{8}} rdv dans la matinee, surtout des questions de pension de reversion. Pas de detail pris.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Chantal Morin]] vient signaler un changement d'adresse apres son entree en {{EHPAD La Roseraie}}. Ancienne adresse [[ADRESSE:6 rue du Commandant Charcot, 35700 Rennes]]. Nouvelle : l'EHPAD (on garde le nom). L'agent met a jour. Elle demande aussi si sa mutuelle {{Groupama}} n° [[IDENTIFIANT:G-0044871923]] est prevenue : non, c'est a elle.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Attente {{12 min}} avant que l'appel arrive a la conseillere. Premiere personne : une dame qui demande le montant remboursé d'une consultation. Deuxieme : un pharmacien. Aucun nom relevé.",
    ),
    (
        "cpam",
        AT,
        "Une fille appelle pour sa mere de {{92 ans}} decedee il y a {{2 mois}}, pour arreter les prelevements de la mutuelle. La conseillere dit que la mutuelle est independante. La mere : Mme [[PERSONNE:Germaine Pasco]], NIR donne : [[NIR:2 29 03 14 025 015 03]]. Fille : [[PERSONNE:Brigitte]].",
    ),
    (
        "cpam",
        AT,
        "Appel d'un kine, M. [[PERSONNE:Loïc Tanguy]], qui cherche a savoir si son patient a une {{ALD}}. La conseillere refuse : secret. Il insiste, elle tient bon. Il raccroche. Elle me dit : « je ne sais meme pas si c'est vraiment un kine ».",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:René Guillemot]], 83 ans, appelle, il n'entend pas bien. Il veut savoir pourquoi son audioprothese n'est pas remboursee. C'est le {{100 % Santé}} : il faut prendre l'equipement de classe 1. Il lit son numero de secu : [[NIR:1 38 06 22 113 005 15]]. Son audioprothesiste : {{Audika}} de {{Lannion}}.",
    ),
    (
        "cpam",
        AT,
        "La conseillere recoit un appel d'une dame qui parle tres vite : son mari a eu un AVC, il sort de reeducation, elle veut le lit medicalise. Elle donne son numero : [[TELEPHONE:02.96.48.71.03]] et l'adresse : [[ADRESSE:11 rue des Hortensias, 22300 Lannion]]. Les noms : M. et Mme [[PERSONNE:Le Cornec]].",
    ),
    (
        "cpam",
        AT,
        "appel en visio (nouveau service) avec un monsieur sourd qui signe, avec interprete {{LSF}}. Tres interessant. Il demande sa {{carte Vitale}} sur l'appli. La conseillere lui explique l'{{appli carte Vitale}}. Pas de nom dit.",
    ),
    (
        "cpam",
        AT,
        "Une femme appelle pour son pere, il vit au {{Maroc}} 6 mois par an et en {{France}} 6 mois. Est-il couvert ? Conseillere : oui mais regle des {{183 jours}}... Le pere : M. [[PERSONNE:Ahmed Belkacem]], né le [[DATE_NAISSANCE:3 décembre 1941]]. Son numero : [[NIR:1 41 12 99 350 044 48]] hmm elle le lit a l'envers au debut, elle recommence.",
    ),
    (
        "cpam",
        AT,
        "Conseillere [[PERSONNE:Amandine]] : « je vous envoie le formulaire par mail, vous me confirmez l'adresse ? » La dame : [[EMAIL:mimi.lefebvre56 arobase orange point fr]]. Elle l'ecrit [[EMAIL:mimi.lefebvre56@orange.fr]]. Formulaire de demande de {{pension d'invalidite}}.",
    ),
    (
        "cpam",
        AT,
        "Le serveur vocal propose {{5}} choix. Je teste en me mettant a la place d'une personne agee : je me perds au {{2e}} menu. La conseillere rit, elle dit que tout le monde fait le 0.",
    ),
    (
        "cpam",
        AT,
        "Appel de l'{{EHPAD Les Jardins d'Automne}} (la cadre de sante, Mme [[PERSONNE:Poulain]]) pour un resident sans droits a jour : M. [[PERSONNE:Félix Baudry]], née... né le [[DATE_NAISSANCE:9/9/1932]]. Droits fermes car changement de caisse. Conseillere debloque en {{15 min}}.",
    ),
    (
        "cpam",
        AT,
        "Un monsieur demande son releve de remboursements pour sa mutuelle {{MGEN}}. La conseillere lui dit qu'il est sur son compte {{ameli}}. « Je n'ai pas d'ordinateur. » Elle l'envoie par courrier. Adresse verifiee : [[ADRESSE:Appt 12, 2 place de Bretagne, 29200 Brest]].",
    ),
    (
        "cpam",
        AT,
        "Une infirmiere liberale, [[PERSONNE:Karine Doré]], appelle pour un refus de prise en charge d'un pansement complexe chez une patiente de {{95 ans}}. Patiente : Mme [[PERSONNE:Marcelle Bouvier]]. Elle donne le numero de facture : [[IDENTIFIANT:FAC-7731-2024]]. Renvoi vers le service des professionnels de sante.",
    ),
    (
        "cpam",
        CSP,
        "Controle d'arret de travail avec le medecin conseil? non, avec l'agent enqueteur. Il passe chez M. [[PERSONNE:Sébastien Gohier]], arret pour lombalgie, sorties autorisees {{9h-11h}} et {{14h-16h}}. On arrive a {{15h30}} : absent. Avis de passage dans la boite, [[ADRESSE:19 rue de la Garenne, 35760 Saint-Grégoire]]. Il devra justifier.",
    ),
    (
        "cpam",
        CSP,
        "Visite a domicile chez une dame de 82 ans pour verifier un transport assis. En realite elle conduit encore, sa voiture est dans la cour : [[IMMATRICULATION:AB-123-CD]] non je note mal : [[IMMATRICULATION:BQ-481-MJ]]. L'enqueteur ne dit rien devant elle, il note. La dame : Mme [[PERSONNE:Pierrette Galliot]].",
    ),
    (
        "cpam",
        CSP,
        "Controle chez un artisan en arret, M. [[PERSONNE:Nicolas Texier]]. Sur la porte du garage : « {{Texier Menuiserie}} ». Il est la, en pyjama. Il nous montre son dos. Rien a redire. Sa camionnette [[IMMATRICULATION:DL-057-XR]] n'a pas bouge, dit-il.",
    ),
    (
        "cpam",
        CSP,
        "Visite {{PRADO}} (retour a domicile apres hospitalisation) avec la conseillere. Monsieur de 88 ans, [[PERSONNE:Georges Lamour]], sorti de la {{clinique Saint-Laurent}} apres une prothese de hanche. On verifie que l'infirmiere passe, que le kine est prevu. L'infirmiere s'appelle [[PERSONNE:Céline]], son tel sur le frigo : [[TELEPHONE:06 81 27 94 40]].",
    ),
    (
        "cpam",
        CSP,
        "Controle arret maladie annule : la salariee, Mme [[PERSONNE:Aurore Lemée]], a repris le travail la veille. Sa voiture ([[IMMATRICULATION:ED-512-QA]]) n'est d'ailleurs pas devant chez elle. On l'apprend par l'employeur. L'enqueteur barre la ligne sur sa feuille de route. {{Deux}} autres visites dans l'apres-midi.",
    ),
    (
        "cpam",
        CSP,
        "enqueteur + moi a {{Vezin-le-Coquet}} chez une dame en arret longue maladie. Elle vit dans un mobil-home sur un terrain familial, [[ADRESSE:chemin de la Prévalaye, parcelle 12, Vezin-le-Coquet]]. Controle rapide, tout est en ordre. Elle s'appelle [[PERSONNE:Corinne]] et elle a une chienne, {{Vanille}}.",
    ),
    (
        "cpam",
        CSP,
        "Visite chez un couple tres age pour un soupçon de fraude aux soins infirmiers (facturations de l'infirmier jugees excessives). L'infirmier, M. [[PERSONNE:Jérôme Bellec]], facture {{3}} passages par jour ; la dame dit qu'il vient « une fois le matin ». Adresse du couple : [[ADRESSE:23 route de Lorient, 56700 Hennebont]].",
    ),
    (
        "cpam",
        CSP,
        "Verification d'un amenagement de domicile finance en partie (monte-escalier). Installe par {{Stannah}}. La dame, [[PERSONNE:Lucienne Mabon]], née le [[DATE_NAISSANCE:29 février 1936]], nous fait la demonstration en riant. Ça marche.",
    ),
    (
        "cpam",
        CSP,
        "Controle d'un patient en {{HAD}} : rien a signaler, je n'ai pas note les noms. L'enqueteur explique qu'il y a {{2}} controles par semaine de ce type sur le secteur de {{Redon}}.",
    ),
    (
        "cpam",
        CSP,
        "controle arret maladie chez Mme [[PERSONNE:Sandrine Cheval]], aide-soignante en {{EHPAD}} ({{Les Magnolias}}), arret pour epuisement. Elle est la, elle s'occupe aussi de sa mere de {{84 ans}} qui vit avec elle. L'enqueteur verifie l'identite : NIR [[NIR:2 81 10 35 238 044 87]]. Une voiture belge dans l'allee, celle du compagnon : [[IMMATRICULATION:1-KMV-482]]. Elle demande ou en est le paiement des IJ sur [[IBAN:FR76 4255 9100 0008 0011 1222 355]].",
    ),
    (
        "cpam",
        CSP,
        "Chez M. [[PERSONNE:Paul Ricordel]] (arret accident du travail). Il montre son IBAN pour les {{IJ}} qui ne sont pas versees : [[IBAN:FR76 3000 2005 5000 0012 3456 783]]. L'enqueteur n'a pas a voir ça mais il note pour transmettre. Son employeur : {{Lactalis}}.",
    ),
]

# --- Urgences ----------------------------------------------------------------------------
URG = [
    (
        "urgences",
        AP,
        "{{22h15}}. Arrivee en ambulance d'une dame de 94 ans, chute a l'{{EHPAD Les Mimosas}}. Fiche de liaison : Mme [[PERSONNE:Marguerite Lhermitte]], née le [[DATE_NAISSANCE:08/04/1930]], IPP [[IDENTIFIANT:P00873451]]. L'IOA ([[PERSONNE:Julie]]) la classe tri {{3}}. Elle attendra sur un brancard dans le couloir.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{38}} personnes, ecran affiche « temps d'attente estime {{4h}} ». Un enfant pleure, un monsieur dort par terre. L'agent d'accueil (admissions) ne leve pas la tete de l'ecran pendant {{10 min}}.",
    ),
    (
        "urgences",
        AP,
        "Admission : un fils amene son pere de 86 ans, confus depuis ce matin. Le fils donne tout : pere M. [[PERSONNE:Henri Delaunay]], secu [[NIR:1 32 07 44 109 155 89]], mutuelle {{Harmonie}} n° [[IDENTIFIANT:7712 0045 981]], adresse [[ADRESSE:5 rue Paul Bert, 44000 Nantes]]. Le fils : [[PERSONNE:Pascal]], tel [[TELEPHONE:06 33 72 18 54]].",
    ),
    (
        "urgences",
        AP,
        "Une aide a domicile est venue avec la dame qu'elle a trouvee par terre ce matin. Elle n'est pas de la famille, elle ne peut pas rester, elle a {{4}} autres beneficiaires. Elle laisse son nom ([[PERSONNE:Aïcha Bensaïd]], {{ADMR}}) et repart. La dame reste seule.",
    ),
    (
        "urgences",
        AP,
        "Gros rush a {{18h}}. {{3}} ambulances en meme temps. Brancardier : « on n'a plus de brancards ». L'adjudant [[PERSONNE:Le Guellec]] et ses pompiers attendent avec leurs patients sur leur propre brancard, bloques. Ils disent que c'est tous les soirs.",
    ),
    (
        "urgences",
        AP,
        "Un SDF connu du service, « [[PERSONNE:Bébert]] » (surnom, tout le monde l'appelle comme ça), arrive alcoolise et blesse au front. L'agente d'accueil connait son IPP par coeur : [[IDENTIFIANT:P00120988]]. Elle rit jaune. Pas d'adresse, elle met « SDF - 115 ».",
    ),
    (
        "urgences",
        AP,
        "A l'accueil, une dame tres agee sans papiers du tout, ne sait plus son nom de famille. Elle dit s'appeler « [[PERSONNE:Jeannette]] ». Une carte de bus dans sa poche avec « [[PERSONNE:J. Le Meur]] ». Les admissions creent un dossier « patient X » provisoire. Les policiers viennent pour une disparition signalee par l'{{EHPAD Ker Anna}}.",
    ),
    (
        "urgences",
        AP,
        "notes rapides :\n- {{23h}} jeune homme, coupure main, tri {{4}}\n- {{23h10}} dame 70 ans, douleur thoracique, tri {{2}}, passe direct\n- {{23h20}} couple, leur bebe a de la fievre\n- {{23h40}} monsieur ivre, agressif, vigile appele\npas de noms retenus.",
    ),
    (
        "urgences",
        AP,
        "Le mari d'une patiente, M. [[PERSONNE:Roger Le Dantec]], 89 ans, attend depuis {{6h}} sur une chaise. Personne ne lui a propose a boire. Je lui apporte un verre d'eau a la fontaine. Il me raconte {{65 ans}} de mariage. Sa femme [[PERSONNE:Yvette]] est en box {{12}}.",
    ),
    (
        "urgences",
        AP,
        "Admissions, echange que j'entends : « vous avez une carte mutuelle ? – oui, {{AG2R}}, numero... [[IDENTIFIANT:A2R 4471 0092 33]] ». Secretaire : « c'est bon ». Le patient, un monsieur de 60 ans, s'appelle [[PERSONNE:Gaëtan Roussel]].",
    ),
    (
        "urgences",
        AP,
        "Un medecin urgentiste, Dr [[PERSONNE:Claire Nédélec]], m'explique les « bed blockers » : des personnes agees qui attendent une place en medecine ou en {{SSR}}, parfois {{48h}} aux urgences. Ce soir, {{7}} patients de plus de 85 ans sont « en attente de lit ».",
    ),
    (
        "urgences",
        AP,
        "Une jeune femme arrive avec sa grand-mere. Elle donne l'adresse de la grand-mere : [[ADRESSE:14 hameau de Kerlann, 29000 Quimper]] et son propre tel [[TELEPHONE:07.49.63.20.15]]. Grand-mere : [[PERSONNE:Anne-Marie Caradec]], née le [[DATE_NAISSANCE:25 juin 1935]]. La petite-fille : [[PERSONNE:Léa]]. Elle dit que sa mamie est sous tutelle, tuteur = M. [[PERSONNE:Guéguen]] de l'{{UDAF 29}}.",
    ),
    (
        "urgences",
        AP,
        "Un patient etranger, touriste allemand, avec une carte {{EHIC}}. Numero de la carte [[IDENTIFIANT:80276005330012345678]]. Il s'appelle [[PERSONNE:Klaus Hoffmann]]. L'agent d'admission galere avec le formulaire. Personne ne parle allemand, on finit en anglais.",
    ),
    (
        "urgences",
        AP,
        "Rien de special pendant {{1h}}. Je compte : {{11}} entrees, {{4}} sorties. Les infirmieres se relaient pour la pause. La machine a cafe est en panne, drame.",
    ),
    (
        "urgences",
        AP,
        "Famille nombreuse autour d'un grand-pere tres malade ({{7}} personnes). La securite demande a ce que {{2}} seulement restent. Tension. Le fils aine, [[PERSONNE:Mustapha]], negocie. Finalement {{3}}.",
    ),
    (
        "urgences",
        AP,
        "Patient amene par la police, garde a vue, menotte. Les policiers restent. L'admission se fait avec le PV. Je ne note pas de nom. L'IOA dit que c'est frequent la nuit.",
    ),
    (
        "urgences",
        AP,
        "Une voisine accompagne un monsieur de 91 ans qui est tombe dans l'escalier. Elle : Mme [[PERSONNE:Thébault]] (« j'habite au-dessus »). Lui : M. [[PERSONNE:Fernand Cochet]], [[ADRESSE:30 rue Saint-Hélier, 35000 Rennes]]. Elle a les clefs de chez lui et s'occupe de son chat, {{Grisou}}.",
    ),
    (
        "urgences",
        AP,
        "A l'accueil, un patient tape sur la vitre. L'agent lui dit d'attendre. Il crie son numero de telephone « pour qu'on le rappelle » : [[TELEPHONE:06 12 90 44 73]]. L'agent ne le note pas. Ça fait rire la salle.",
    ),
    (
        "urgences",
        AP,
        "Parking des urgences plein. Une voiture stationnee sur la place des ambulances, l'agent de securite note la plaque : [[IMMATRICULATION:FR-602-LD]]. Il appelle la fourriere? non, il fait une annonce au micro.",
    ),
    (
        "urgences",
        AP,
        "{{3h}} du matin. Une residente d'EHPAD arrive seule en ambulance, sans dossier, juste une fiche avec son nom [[PERSONNE:Solange Marrec]] et « DNR ? ». L'infirmiere appelle l'EHPAD, personne ne repond (une seule aide-soignante de nuit pour {{80}} residents).",
    ),
    (
        "urgences",
        AT,
        "Appel au standard des urgences d'une fille inquiete : sa mere a ete amenee par les pompiers, elle veut des nouvelles. L'agent demande le nom : [[PERSONNE:Ginette Boisramé]], née le [[DATE_NAISSANCE:15/10/1938]]. Il confirme qu'elle est la, ne donne pas d'info medicale. La fille donne son numero pour etre rappelee : [[TELEPHONE:06 58 30 21 97]].",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} (regulation) appelle pour annoncer un arrivant : homme 78 ans, malaise, {{SMUR}} en route, {{10 min}}. L'infirmiere prepare le box de dechocage. Tout est calme et rapide.",
    ),
    (
        "urgences",
        AT,
        "Un EHPAD appelle pour savoir si Mme [[PERSONNE:Raymonde Cloarec]] peut rentrer ce soir. L'infirmier dit non, elle reste en UHCD. L'EHPAD ({{Résidence du Parc}}) demande qui appeler demain : le Dr [[PERSONNE:Benoît Marchal]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'un monsieur qui veut savoir s'il doit venir aux urgences pour une douleur au genou. L'agent le redirige vers le {{116 117}} (medecin de garde). Le monsieur donne quand meme son nom, [[PERSONNE:Gilles Pennec]], et son numero de secu, [[NIR:158022227803307]], « pour le dossier ». Il insiste, l'agent tient bon. {{4 min}}.",
    ),
    (
        "urgences",
        AT,
        "Une notaire appelle ! Me [[PERSONNE:Anne Kervella]], pour savoir si un patient decede hier avait des proches. Refus poli : secret medical. Elle laisse son mail [[EMAIL:a.kervella@notaires.fr]] « au cas ou ». L'agent le note quand meme sur un post-it.",
    ),
    (
        "urgences",
        AT,
        "Standard : appel d'une femme qui cherche son mari, [[PERSONNE:Joseph]], atteint d'Alzheimer, parti de chez eux a pied. Elle donne leur adresse [[ADRESSE:7 allée des Pommiers, 35650 Le Rheu]] et sa description. Il n'est pas aux urgences. L'agent lui conseille d'appeler la gendarmerie du {{Rheu}}.",
    ),
    (
        "urgences",
        AT,
        "L'infirmiere d'orientation prend un appel d'un medecin traitant, Dr [[PERSONNE:Olivier Lemonnier]], qui adresse une patiente de 90 ans avec courrier. Il donne son portable pro [[TELEPHONE:06 98 14 33 20]] pour le retour. Patiente : Mme [[PERSONNE:Huguette Bodin]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'une aide-soignante a domicile : « la dame que je suis vient d'etre transportee chez vous, je vous donne son traitement ». Elle lit la liste de medicaments ({{Kardegic}}, {{Levothyrox}}, {{Doliprane}}). L'IOA note. La dame : Mme [[PERSONNE:Allain]], [[PERSONNE:Solange]].",
    ),
    (
        "urgences",
        AT,
        "Appel tres bref : une ambulance privee ({{Ambulances Guérin}}) annonce un retard. Pas de nom de patient donne au telephone. OK.",
    ),
    (
        "urgences",
        AT,
        "Un fils appelle depuis {{Montréal}}, sa mere de 88 ans est aux urgences depuis {{20h}}. Il donne son numero canadien : [[TELEPHONE:+1 514 555 0187]]. La mere : [[PERSONNE:Francine Lebreton]]. Il demande qu'on lui passe le telephone, l'infirmiere accepte, {{2 minutes}}.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un service de tutelle : la mandataire, Mme [[PERSONNE:Emmanuelle Cordier]] ({{APASE}}), veut etre informee de la sortie de M. [[PERSONNE:Lionel Ruaud]], majeur protege, n° de dossier tutelle [[IDENTIFIANT:T-2019-03372]]. L'infirmiere dit qu'elle transmettra au cadre.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, nuit. {{0h30}} : un appel d'une personne alcoolisee qui veut « parler a un docteur ». {{1h}} : appel du {{SAMU}}. {{1h20}} : une mere inquiete, enfant fievreux, reorientee vers {{SOS Médecins}}.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une voisine qui veut savoir si « le vieux monsieur du 4 » est bien arrive. Elle ne connait que son prenom, [[PERSONNE:Émile]]. L'agent ne peut rien dire. Elle laisse son numero [[TELEPHONE:02 99 67 41 05]] au cas ou la famille veut la joindre.",
    ),
    (
        "urgences",
        AT,
        "Un medecin de l'{{EHPAD}} appelle pour signaler que M. [[PERSONNE:Armand Le Goff]] a des directives anticipees : pas de reanimation. Il les faxe (oui, un fax en {{2024}}). Numero IPP du monsieur demande par l'infirmier : [[IDENTIFIANT:P00544017]].",
    ),
]

# --- CHRS and the 115 --------------------------------------------------------------------
CHRS = [
    (
        "chrs",
        AP,
        "Accueil du {{CHRS Le Relais}}. Un monsieur de 67 ans, [[PERSONNE:Jean-Louis Prod'homme]], a la rue depuis la mort de sa femme. Il touche une petite retraite mais ne sait pas la demander depuis {{2 ans}}. L'educatrice [[PERSONNE:Morgane]] lance la demande a la {{CARSAT}}. Ref SIAO : [[IDENTIFIANT:SIAO-35-2024-00871]].",
    ),
    (
        "chrs",
        AP,
        "Arrivee d'une famille orientee par le {{SIAO}}. Pas de noms devant moi, la travailleuse sociale prend les papiers dans un bureau ferme. {{2}} adultes, {{3}} enfants. Ils viennent d'un {{hôtel Première Classe}}, {{chambre 17}}.",
    ),
    (
        "chrs",
        AP,
        "Un resident vient chercher son courrier (domiciliation). L'agente lui tend {{3}} lettres dont une de {{France Travail}}. Il l'ouvre devant nous : convocation. Son identifiant est en haut : [[ID_FRANCE_TRAVAIL:3109482M]]. Il s'appelle [[PERSONNE:Dylan]]. Il demande ce que veut dire « radiation ».",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Rosalie Nkounkou]] arrive avec une valise et son recepisse de demande de titre de sejour ([[IDENTIFIANT:7502312984]]). Elle a {{62 ans}}, arrivee il y a un an chez sa fille qui l'a mise dehors. L'educateur l'installe en {{chambre 4}}. Elle remercie Dieu plusieurs fois.",
    ),
    (
        "chrs",
        AP,
        "accueil de jour : petit dej, douches, lave-linge. {{45}} passages ce matin. Les benevoles connaissent tout le monde par leur prenom mais je ne les note pas. Un chien ({{Rocky}}) dort sous la table.",
    ),
    (
        "chrs",
        AP,
        "Un ancien, [[PERSONNE:Robert]] dit « [[PERSONNE:Bob]] », 74 ans, vit dans sa voiture depuis {{8 mois}} sur le parking du {{Leclerc}}. Plaque : [[IMMATRICULATION:3318 TV 29]] (ancien format, voiture de {{1998}}). L'educateur lui propose une place en {{pension de famille}}. Il hesite a cause de ses affaires.",
    ),
    (
        "chrs",
        AP,
        "Rdv avec une conseillere en insertion : M. [[PERSONNE:Mohamed Ould Ahmed]] prepare son dossier de logement social. Numero unique de demande de logement : [[IDENTIFIANT:035 221 23 01 00457]]. Il a un CDI chez {{Keolis}}. La conseillere pense que ça ira vite.",
    ),
    (
        "chrs",
        AP,
        "Entree au CHRS d'une femme victime de violences, avec son fils de 6 ans. L'educatrice ne dit aucun nom, meme pas a moi. Elle m'explique qu'il y a un protocole : l'adresse du CHRS n'est jamais donnee.",
    ),
    (
        "chrs",
        AP,
        "Une personne agee qui dort depuis {{3 nuits}} dans le hall du CHRS, Madame [[PERSONNE:Olga]] comme l'appellent les autres (pas de nom de famille connu). Elle parle russe? polonais? L'equipe appelle un interprete. Le {{115}} n'a aucune place pour femme seule.",
    ),
    (
        "chrs",
        AP,
        "L'agent de l'accueil lit le planning : « {{14h}} [[PERSONNE:Sylvain Rivière]] - bilan ; {{15h}} Mme [[PERSONNE:Diakité]] - dossier {{CAF}} ; {{16h}} [[PERSONNE:Tony]] - sortie ». Il barre au fur et a mesure.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Patrice Hamel]], 58 ans, sort de prison, arrive avec son bon de sortie. Son numero d'ecrou : [[IDENTIFIANT:48213]]. Il veut ouvrir un compte bancaire, il n'a plus de carte d'identite. La conseillere fait la demande de CNI, c'est long.",
    ),
    (
        "chrs",
        AP,
        "Dispute dans le hall pour une prise electrique (recharger les telephones). L'educateur separe. {{5 min}}. Il me dit : « le telephone c'est tout pour eux, c'est le 115, les proches, tout ». Vrai.",
    ),
    (
        "chrs",
        AP,
        "Une residente montre sa nouvelle adresse, enfin un logement : {{Résidence Blaise Pascal}}, [[ADRESSE:4 rue Blaise Pascal, 35000 Rennes]], {{T2}}, bailleur {{Néotoa}}. Elle s'appelle [[PERSONNE:Cindy Langlais]]. L'equipe applaudit. Moment fort.",
    ),
    (
        "chrs",
        AP,
        "Dossier {{DALO}} d'un monsieur de 70 ans, [[PERSONNE:Albert Chauvin]], né le [[DATE_NAISSANCE:2 avril 1954]]. Il est en CHRS depuis {{3 ans}}. La travailleuse sociale envoie le recours a la commission de mediation, {{6 mois}} de delai en theorie.",
    ),
    (
        "chrs",
        AT,
        "Ecoute au {{115}}. {{19h}}. Premier appel : un homme seul, {{45 ans}}, dort dehors a la {{gare}}. Pas de place. L'ecoutante note son prenom ([[PERSONNE:Farid]]) et lui dit de rappeler a {{21h}}.",
    ),
    (
        "chrs",
        AT,
        "115 : une femme agee appelle, elle a ete expulsee ce matin. Elle donne son nom, [[PERSONNE:Denise Lagadec]], et sa date de naissance [[DATE_NAISSANCE:19-08-1947]]. Son ancien logement : [[ADRESSE:12 rue de Redon, 35600 Bains-sur-Oust]]. L'ecoutante trouve une place en {{hôtel}} pour {{3 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un commissariat : un monsieur age desoriente trouve dans la rue, pas de papiers, dit s'appeler [[PERSONNE:Marcel Guillard]]. Le 115 n'est pas la bonne porte, l'ecoutante conseille les urgences. Le policier insiste. {{12 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, nuit tres chargee : {{142}} appels entre {{17h}} et {{23h}}, {{31}} decroches. Les autres tombent sur le message. L'ecoutant me dit que les gens appellent avec {{2 ou 3}} telephones pour avoir plus de chances.",
    ),
    (
        "chrs",
        AT,
        "Un appelant donne son numero pour etre rappele si une place se libere : [[TELEPHONE:07 53 21 88 46]]. Prenom [[PERSONNE:Kévin]], 29 ans, avec son chien ({{Tyson}}). Les places avec chien sont rares. Pas de rappel possible ce soir.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une maraude (la {{Croix-Rouge}}) : ils sont avec une dame de 80 ans assise sur un banc a {{Sainte-Anne}}. Elle s'appelle [[PERSONNE:Louise]], elle a un appartement mais ne sait plus ou. La maraude lit l'adresse sur une ordonnance : [[ADRESSE:3 rue Hoche, Rennes]]. Ils la raccompagnent.",
    ),
    (
        "chrs",
        AT,
        "Le 115 recoit un appel d'une assistante sociale d'hopital, Mme [[PERSONNE:Gwenaëlle Bouget]] ({{CHU}}), pour un patient qui sort sans solution. N° dossier SIAO : [[IDENTIFIANT:2024-SIAO35-11872]]. Elle laisse son poste : {{poste 84213}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un monsieur qui vit dans un camping a l'annee et va etre expulse a la fin du mois. Adresse : [[ADRESSE:camping municipal du Lac, emplacement 7, 35150 Janzé]]. Nom : [[PERSONNE:Thierry Bazin]]. Tel : [[TELEPHONE:06 22 90 17 33]]. L'ecoutante fait une fiche SIAO.",
    ),
    (
        "chrs",
        AT,
        "Un monsieur tres en colere insulte l'ecoutante parce qu'il n'y a pas de place. Elle raccroche apres {{3 min}}, respire. Son collegue lui apporte un cafe. Pas de nom.",
    ),
    (
        "chrs",
        AT,
        "Une jeune femme avec un bebe, au telephone, en pleurs. Elle est dehors a {{Villejean}}. L'ecoutante trouve une place dans l'{{hôtel Ibis Budget}} de {{Cesson}}, {{chambre 31}}. Elle s'appelle [[PERSONNE:Inès]], le bebe [[PERSONNE:Nour]].",
    ),
    (
        "chrs",
        AT,
        "Appel d'un CCAS voisin pour un couple de retraites sans logement apres un incendie. M. et Mme [[PERSONNE:Le Bouëdec]]. L'agent du CCAS donne son mail pro : [[EMAIL:f.tirel@ccas-vitre.fr]] et son nom [[PERSONNE:François Tirel]]. Place trouvee en {{résidence sociale}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une dame sans domicile qui veut juste savoir si son ami, « [[PERSONNE:Le Grand Jo]] » (surnom), a eu une place cette nuit. L'ecoutant ne peut pas dire. Elle dit qu'elle comprend. {{1 min}}.",
    ),
    (
        "chrs",
        AT,
        "Ecoutant : « votre date de naissance ? » – « [[DATE_NAISSANCE:douze mai soixante-deux]] ». – « et votre nom ? » – « [[PERSONNE:Lemarchand]], [[PERSONNE:L-E-M-A-R-C-H-A-N-D]] ». Place en halte de nuit au {{Puzzle}}. L'appel dure {{6 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres du CHRS avec le chef de service. {{24}} chambres, {{3}} vides. Etat general correct, {{2}} chambres avec moisissures. Pas de noms notes, on frappe et on entre si la personne est d'accord.",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{12}} : M. [[PERSONNE:Serge Lemoine]], 66 ans, ancien chauffeur routier. Il a decore sa chambre avec des photos de camions. Il attend une place en {{EHPAD}} depuis {{1 an}}, personne ne veut de lui « a cause de l'alcool ». Dossier {{Via Trajectoire}} n° [[IDENTIFIANT:VT-35-558102]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement diffus du CHRS (appartement en ville) : [[ADRESSE:21 rue Pierre Martin, appt 34, Rennes]]. Occupe par une mere et sa fille. La mere, [[PERSONNE:Nadia Hammadi]], nous montre la fuite sous l'evier. Le bailleur ne repond pas depuis {{6 semaines}}.",
    ),
    (
        "chrs",
        CSP,
        "Controle des chambres pour l'audit incendie : extincteurs, detecteurs. {{3}} detecteurs sans pile. Le technicien ({{Socotec}}) note. Personne nommee.",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{7}} : couple age, lui 71 ans lui [[PERSONNE:Bernard]], elle 69 ans [[PERSONNE:Michèle]], arrives apres une expulsion. Elle montre fierement son carnet de vaccination du chat ({{Minou}}). Il a une dette de loyer de {{8 400 €}}, une procedure de surendettement a la {{Banque de France}}, dossier n° [[IDENTIFIANT:0352-23-001874]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'une {{pension de famille}} du meme gestionnaire. Les residents ont entre {{55}} et {{82 ans}}. Un monsieur joue de l'accordeon dans le salon commun. L'hote, [[PERSONNE:Valentin]], connait tous les anniversaires par coeur.",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre 19}}, M. [[PERSONNE:Alexandru Popescu]], travailleur roumain. Il montre sa carte d'identite roumaine n° [[IDENTIFIANT:RX 804217]] et son IBAN roumain pour recevoir son salaire : [[IBAN:RO49 AAAA 1B31 0075 9384 0000]]. L'educateur l'aide a ouvrir un compte en France.",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres du {{CHRS}} femmes. Dans une chambre, une dame de 76 ans, Mme [[PERSONNE:Ferrand]], a entasse des sacs jusqu'au plafond. L'educatrice negocie de trier {{un sac par jour}}. La dame est sous curatelle, curatrice : Mme [[PERSONNE:Delphine Roger]].",
    ),
    (
        "chrs",
        CSP,
        "Verification des casiers et des chambres apres un vol. Aucune fouille, juste une visite. Le directeur rappelle le reglement. Je ne note pas les prenoms.",
    ),
    (
        "chrs",
        CSP,
        "Visite de la chambre {{3}} : jeune homme, [[PERSONNE:Yanis]], 20 ans, sorti de l'{{ASE}}. Sur son lit, son CV et sa convocation {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:5830217 T]]. Il cherche dans la logistique. Son insta : [[IDENTIFIANT:@yanis_35_off]].",
    ),
    (
        "chrs",
        CSP,
        "Visite des studios de stabilisation. Studio {{5}} : M. [[PERSONNE:Guy Méheust]], 72 ans, qui a vecu {{4 ans}} dans son fourgon, gare maintenant sur le parking : [[IMMATRICULATION:CK-309-HN]]. Il refuse de le vendre. L'educateur regarde avec lui le courrier de la {{CARSAT}} (numero [[NIR:1 52 03 56 260 033 36]]) : la pension de reversion arrive enfin, sur le compte [[IBAN:FR76 1254 8029 9800 0471 6031 872]].",
    ),
    (
        "chrs",
        CSP,
        "Chambre {{22}} vide depuis la veille : la residente, [[PERSONNE:Martine Cosson]], est partie sans prevenir. On trouve une lettre pour l'equipe. L'educatrice appelle sa soeur : [[TELEPHONE:06 40 51 28 66]]. La soeur dit qu'elle est chez elle a {{Fougères}}. Soulagement.",
    ),
]

# --- France Travail ----------------------------------------------------------------------
FT = [
    (
        "france_travail",
        AP,
        "Un monsieur de 61 ans, [[PERSONNE:Philippe Jégou]], licencie apres {{35 ans}} chez {{Stellantis}} a {{La Janais}}. Identifiant : [[ID_FRANCE_TRAVAIL:2274519B]]. Il veut savoir s'il peut partir en retraite anticipee (carriere longue). Le conseiller le renvoie vers la {{CARSAT}}, mais l'aide quand meme a faire son releve de carriere sur {{info-retraite.fr}}.",
    ),
    (
        "france_travail",
        AP,
        "Accueil : {{9h}}, file de {{15}} personnes. La borne d'accueil demande l'identifiant. Une dame ne le connait pas, l'agent le retrouve avec son nom et sa date de naissance ([[PERSONNE:Nathalie Cordier]], [[DATE_NAISSANCE:30/11/1972]]) : [[ID_FRANCE_TRAVAIL:6019283 F]]. Elle le note sur sa main.",
    ),
    (
        "france_travail",
        AP,
        "Une aidante, Mme [[PERSONNE:Sylvie Boulay]], 55 ans, s'occupe de sa mere atteinte de Parkinson. Elle veut suspendre sa recherche d'emploi. Le conseiller explique le {{conge proche aidant}} et l'{{AJPA}}, mais elle n'est pas salariee... Ils regardent ensemble. {{30 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV collectif : {{8}} participants. L'animatrice montre un CV modele au nom de « [[PERSONNE:Marie Exemple]] » sur le vidéoprojecteur. Les participants rient. Elle passe ensuite au CV d'un participant qui a accepte, [[PERSONNE:Karim]].",
    ),
    (
        "france_travail",
        AP,
        "Rien a noter de personnel : un jeune demande comment s'inscrire, l'agent l'installe a un poste informatique. L'inscription prend {{40 minutes}} ({{France Connect}}, puis questionnaire). Le jeune abandonne a la question du « metier recherche ».",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Jean-Marc Duclos]] vient avec sa convocation. Son conseiller, [[PERSONNE:Romain]], est malade. Un autre conseiller le prend. Identifiant [[ID_FRANCE_TRAVAIL:4412087X]], tel [[TELEPHONE:06 13 55 02 89]]. Il demande une formation {{CACES}} pour cariste.",
    ),
    (
        "france_travail",
        AP,
        "Une femme de 58 ans qui a arrete de travailler {{10 ans}} pour s'occuper de son pere (decede l'an dernier). Elle revient : « je ne sais plus rien faire ». Le conseiller l'oriente vers une {{PMSMP}} en {{EHPAD}} comme agent de service. Elle s'appelle [[PERSONNE:Patricia Le Roux]]. Tres emue.",
    ),
    (
        "france_travail",
        AP,
        "Echange tendu : un demandeur a ete radie pour absence a un rdv. Il dit qu'il etait a l'hopital avec sa grand-mere. Il montre le bulletin de sortie de l'hopital : au nom de Mme [[PERSONNE:Odile Marchand]]. L'agent accepte de transmettre au conseiller. Identifiant du monsieur : [[ID_FRANCE_TRAVAIL:7730164N]].",
    ),
    (
        "france_travail",
        AP,
        "Offre affichee au mur : « {{Auxiliaire de vie}} H/F, {{ADMR}} de {{Montfort}}, {{CDI}} {{24h}}/semaine, permis B exige ». Offre n° {{182VKTP}}. Le conseiller me dit que ces offres-la restent ouvertes des mois.",
    ),
    (
        "france_travail",
        AP,
        "Un demandeur d'emploi montre son permis et sa voiture garee devant pour prouver qu'il peut faire les missions d'aide a domicile a la campagne : [[IMMATRICULATION:GB-774-WE]]. Il s'appelle [[PERSONNE:Mathieu]]. Le conseiller lui parle de l'aide au permis et de la {{prime mobilite}}.",
    ),
    (
        "france_travail",
        AP,
        "Accueil pendant la pause dejeuner : ferme, mais un agent parle a travers la porte vitree a une dame agee qui cherche la {{Caf}} (pas ici). Il lui explique le chemin, {{200 m}}, a cote de la {{Poste}}.",
    ),
    (
        "france_travail",
        AP,
        "Entretien d'inscription avec M. [[PERSONNE:Samuel Nzeyimana]], 42 ans, ingenieur burundais. Son titre de sejour : [[IDENTIFIANT:9912045731]], valable jusqu'en {{2026}}. Le conseiller lui explique la reconnaissance du diplome ({{ENIC-NARIC}}). Mail : [[EMAIL:samuel.nzeyimana@yahoo.fr]].",
    ),
    (
        "france_travail",
        AP,
        "Un senior, [[PERSONNE:Michel]], 63 ans, veut cumuler emploi et retraite. Le conseiller n'est pas sur de la regle. Il consulte un collegue. {{2}} conseillers pour une question : « on n'est pas formes sur la retraite ».",
    ),
    (
        "france_travail",
        AP,
        "Salle d'attente avec une televison qui passe des offres. {{14h05}} : {{6}} personnes. Une mere avec poussette, un jeune en survet, un monsieur en costume. Tout le monde regarde son telephone.",
    ),
    (
        "france_travail",
        AP,
        "Une jeune femme, [[PERSONNE:Chloé Vasseur]], veut faire une formation d'aide-soignante. Financement {{Region}} + {{CPF}}. Son identifiant [[ID_FRANCE_TRAVAIL:1958832 H]]. Le conseiller l'inscrit a une info collective le {{jeudi 14h}} a l'{{IFSI}}.",
    ),
    (
        "france_travail",
        AP,
        "Conseiller : « vous habitez toujours [[ADRESSE:11 rue de Vern, 35200 Rennes]] ? » – « non, chez ma mere maintenant, [[ADRESSE:La Gaudinais, 35320 Poligné]] ». Il met a jour. Le monsieur, [[PERSONNE:Cédric Jouan]], dit que sa mere a 80 ans et qu'il s'occupe d'elle.",
    ),
    (
        "france_travail",
        AP,
        "Un employeur vient deposer une offre en personne ({{EHPAD Résidence de l'Ille}}), la directrice Mme [[PERSONNE:Agnès Travers]]. Elle cherche {{4}} aides-soignantes de nuit. Elle laisse sa carte avec son portable [[TELEPHONE:06 07 45 88 12]].",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller me montre son portefeuille : {{412}} demandeurs. Il dit qu'il voit certains une fois par an. Pas de noms (il masque l'ecran).",
    ),
    (
        "france_travail",
        AP,
        "Un demandeur demande un justificatif pour la {{Caf}}. L'agent imprime l'attestation : nom [[PERSONNE:Gérald Poisson]], identifiant [[ID_FRANCE_TRAVAIL:8840211R]], num alloc {{Caf}} [[N_ALLOCATAIRE:6609147]] ajoute a la main.",
    ),
    (
        "france_travail",
        AP,
        "Une dame vient pour son mari, handicape, qui ne peut pas se deplacer. L'agent refuse : il faut la personne elle-meme ou une procuration. Ton sec. La dame montre le papier ou elle a note « [[PERSONNE:Jean-Pierre Rio]] [[ID_FRANCE_TRAVAIL:2093315K]] ». Rien a faire, elle repart sans rien.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{3949}}. Premier appel : un monsieur qui ne recoit plus son {{ARE}}. Il donne son identifiant en epelant : « quatre, cinq, deux, zero, un, un, huit, lettre G » → [[ID_FRANCE_TRAVAIL:4520118G]]. Le conseiller voit une actualisation manquee.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller rappelle une demandeuse ({{rappel programme}}) : numero [[TELEPHONE:02 96 71 38 40]]. C'est sa mere qui decroche, {{90 ans}}, qui ne comprend pas. Elle crie « [[PERSONNE:Martine]] ! telephone ! ». On attend {{2 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une personne en {{ASS}} (fin de droits) qui s'inquiete de la reforme. Le conseiller reste prudent. {{8 min}}. Aucun nom prononce, ni identifiant.",
    ),
    (
        "france_travail",
        AT,
        "Un demandeur appelle pour signaler un changement de RIB. Le conseiller lui dit qu'il faut le faire en ligne dans l'espace personnel. Le monsieur lit quand meme son IBAN : [[IBAN:FR76 1090 7000 0123 4567 8901 296]]. Le conseiller l'arrete. Le monsieur s'appelle [[PERSONNE:Hugo Ménard]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un demandeur belge frontalier : il a travaille en {{Belgique}}, veut faire valoir ses droits en France. Formulaire {{U1}}. Il donne son compte belge [[IBAN:BE68 5390 0754 7034]] et son identifiant [[ID_FRANCE_TRAVAIL:3305927 L]]. Il s'appelle [[PERSONNE:Pieter Vandenbroucke]].",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle, 57 ans, elle est aidante de son mari atteint d'Alzheimer et veut etre dispensee de recherche. Le conseiller prend le temps, parle du {{CEP}} et d'une {{dispense}} possible. Elle s'appelle [[PERSONNE:Anne-Sophie Berthou]], tel [[TELEPHONE:06 86 24 70 51]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une entreprise, {{Biocoop Rennes Cleunay}}, qui veut recruter via la {{MRS}}. Le gerant, M. [[PERSONNE:Yoann Le Guen]], donne son mail [[EMAIL:yoann@biocoop-cleunay.fr]]. Le conseiller transfere au service entreprises.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller fait des rappels de demandeurs qui n'ont pas actualise : {{20}} numeros, {{5}} decrochent. L'un, [[PERSONNE:Sofiane]], dit qu'il a retrouve du travail chez {{Leroy Merlin}} depuis {{2 mois}}.",
    ),
    (
        "france_travail",
        AT,
        "Un jeune au telephone : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:0671234 V]] ou [[ID_FRANCE_TRAVAIL:0671243 V]] je sais plus ». Le conseiller retrouve le bon avec la date de naissance : [[DATE_NAISSANCE:7 janvier 2003]]. Le jeune : [[PERSONNE:Tom]].",
    ),
    (
        "france_travail",
        AT,
        "Une assistante sociale du CCAS appelle pour un senior en grande difficulte, M. [[PERSONNE:Daniel Fauvel]], 64 ans, qui n'arrive pas a s'actualiser (pas d'internet). Elle demande un rdv physique. Identifiant : [[ID_FRANCE_TRAVAIL:5017389 C]]. Rdv {{lundi 10h}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un demandeur qui veut parler « a Mme [[PERSONNE:Bréhier]], ma conseillere ». Elle est en formation. Le conseiller propose de laisser un message. Le demandeur refuse : « c'est elle ou personne ». {{1 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur appelle depuis l'{{Espagne}} ou il fait la saison, pour savoir si ses droits sont suspendus. Il donne son numero espagnol [[TELEPHONE:+34 612 48 90 37]] pour un rappel. Le conseiller dit oui, suspendus. Fin.",
    ),
    (
        "france_travail",
        AT,
        "Appel concernant une offre d'emploi d'aide a domicile : la candidate veut savoir si le permis est obligatoire. Le conseiller lit l'offre n° {{178QZWC}} : oui. Elle raccroche. Pas de nom.",
    ),
    (
        "france_travail",
        AT,
        "Conseillere [[PERSONNE:Laetitia]] au telephone avec un demandeur de 59 ans en invalidite categorie 1. Il dit son numero de securite sociale sans qu'on le demande : [[NIR:1 65 09 35 238 126 47]]. Elle l'arrete : « on n'a pas besoin de ça ». Il s'appelle [[PERSONNE:Alain Gicquel]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une dame qui veut savoir si son fils est bien inscrit. La conseillere ne peut rien dire : « il faut qu'il appelle lui-meme ». La dame insiste, donne le nom du fils, [[PERSONNE:Jordan Tessier]], et sa date de naissance, [[DATE_NAISSANCE:le 3 du 3 2001]]. Refus. {{4 min}}.",
    ),
    (
        "france_travail",
        AT,
        "{{16h50}}, dernier appel de la journee : un monsieur qui veut juste l'adresse de l'agence de {{Fougères}}. La conseillere la donne : {{rue de la Pinterie}}. Elle ferme sa session a {{17h01}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une jeune femme, [[PERSONNE:Elodie Renault]], qui vient d'etre embauchee comme auxiliaire de vie chez {{Shiva}}. Elle veut savoir quand declarer. Mail de confirmation envoye a [[EMAIL:elodie.renault[at]sfr.fr]] (elle l'a dit comme ça).",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur appelle pour contester une demande de remboursement de trop-percu de {{2 300 €}}. Il donne son identifiant [[ID_FRANCE_TRAVAIL:6692140D]]. Le conseiller explique la procedure de contestation et le mediateur. Le monsieur s'appelle [[PERSONNE:Bruno Lefèvre]].",
    ),
]

NOTES = CCAS_AP + CCAS_AT + CCAS_CSP + CAF + CPAM + URG + CHRS + FT

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def nir_ok(value: str) -> bool:
    """Check a NIR's key: 97 - (13 digits mod 97), Corsica 2A -> 19, 2B -> 18."""
    digits = re.sub(r"[\s.]", "", value).upper()
    body, key = digits[:13].replace("2A", "19").replace("2B", "18"), digits[13:]
    return len(digits) == 15 and body.isdigit() and key == f"{97 - int(body) % 97:02d}"


def iban_ok(value: str) -> bool:
    """Check an IBAN (ISO 13616, mod 97 = 1) and, for a French one, its RIB key."""
    compact = value.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    if int("".join(str(int(c, 36)) for c in moved)) % 97 != 1:
        return False
    if compact.startswith("FR"):
        bank, branch, account, key = compact[4:9], compact[9:14], compact[14:25], compact[25:]
        return (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0
    return True


def parse(raw: str):
    """Strip the marks of one note; return (text, entities, keep)."""
    text, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        text.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            text.append(kept)
            length += len(kept)
            if kept not in keep:
                keep.append(kept)
        else:
            if label == "NIR" and not nir_ok(value):
                raise ValueError(f"bad NIR {value!r}")
            if label == "IBAN" and not iban_ok(value):
                raise ValueError(f"bad IBAN {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            text.append(value)
            length += len(value)
        pos = m.end()
    text.append(raw[pos:])
    joined = "".join(text)
    if "[[" in joined or "{{" in joined or "]]" in joined or "}}" in joined:
        raise ValueError(f"unbalanced mark in {raw[:60]!r}")
    return joined, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        text, entities, keep = parse(raw)
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
    """120/120, stratified by site kind x channel, with random.Random(47)."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = cells[cell][:]
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
