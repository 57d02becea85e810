"""Independent evaluation corpus n° 100: 240 hand-written observation notes (Auvergne).

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind100-001`` …
``ind100-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells only; ``main`` writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py   (standard library only, deterministic)
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = [
    # -- edit 1: notes 1-35 --
    (
        CAF,
        AP,
        "{{lundi}} {{8h32}}, déjà {{14 personnes}} dehors devant la {{Caf}}, il pleut. Une dame avec poussette, Mme [[PERSONNE:Chassaing]], vient pour un changement de situation : séparée depuis {{mars}}, elle veut savoir si l'{{APL}} passe à son nom. L'agente ([[PERSONNE:Sandrine]]) lui demande son n° alloc → [[N_ALLOCATAIRE:6304518]]. Attente {{25 min}}, entretien {{12 min}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Gabriel-Montpied}}, {{samedi}} {{23h10}}. Un gars en tenue {{Michelin}}, main bandée dans un torchon, sort de l'équipe de nuit à {{Cataroux}}. L'IOA (badge « [[PERSONNE:Laetitia B.]] ») tape : [[PERSONNE:MONTEIRO Ricardo]], né le [[DATE_NAISSANCE:17/02/1986]]. Elle se trompe, il épelle [[PERSONNE:M-O-N-T-E-I-R-O]]. Tri {{4}}, attente annoncée {{3h}} minimum.",
    ),
    (
        CHRS,
        AT,
        "115 nuit, {{mardi}}. {{0h47}} un homme appelle de la gare de {{Vichy}}, dit qu'il s'appelle « [[PERSONNE:Didier]] » et rien de plus. Il fait {{-4°C}}. L'écoutante ([[PERSONNE:Nadia]]) cherche : zéro place sur Vichy, propose {{Moulins}} demain {{9h}}. Il n'a pas de quoi prendre le train. Il raccroche.",
    ),
    (
        FT,
        AP,
        "FT {{Montluçon}}, atelier CV {{9h30}} : {{6 inscrits}}, {{3 venus}}. La conseillère parle des postes saisonniers aux thermes de {{Néris-les-Bains}} (ASH, accueil, massages). Aucun des trois n'a le permis.",
    ),
    (
        CPAM,
        AT,
        "Cpam, plateforme tél, {{mercredi}} {{15h20}}. Un fils appelle pour sa mère, Mme [[PERSONNE:Bonnefoy Lucienne]], {{83 ans}}, à {{Saint-Flour}}, qui a perdu sa carte vitale au marché. Il lit le numéro sur une vieille attestation : [[NIR:2 41 08 15 187 009 46]]. La téléconseillère ([[PERSONNE:Mélanie]]) commande une nouvelle carte, délai {{2 à 3 semaines}}. Lui c'est [[PERSONNE:Jean-Claude]], à rappeler au [[TELEPHONE:04 71 60 28 13]] si besoin.",
    ),
    (
        CCAS,
        AP,
        "CCAS de {{Thiers}}, permanence du {{jeudi}} matin. Mr [[PERSONNE:Ait Ouarab]], retraité de la coutellerie, facture {{EDF}} impayée de {{412 €}}, réf client [[IDENTIFIANT:6003 871 245]]. L'assistante sociale, Mme [[PERSONNE:Grangier]], monte un dossier {{FSL}}. Il habite [[ADRESSE:14 rue de la Coutellerie, 63300 Thiers]], {{3e}} sans ascenseur, il a {{79 ans}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[PERSONNE:Hervé]] (contrôleur Caf), {{mardi}} {{10h}}. Ferme isolée au-dessus d'{{Ambert}} : [[ADRESSE:lieu-dit Le Bouchet, 63600 Valcivières]]. Chemin en terre, GPS perdu, {{25 min}} depuis la {{D996}}. Famille [[PERSONNE:Chabanne]] : {{RSA}} + {{prime d'activité}}. Mme [[PERSONNE:Chabanne]] sort du hangar, le chien ({{Tango}}) aboie tout le long. N° alloc vérifié sur la tablette : [[N_ALLOCATAIRE:1187304]]. Elle vend des fromages au marché d'Ambert le jeudi, [[PERSONNE:Hervé]] note « revenus non déclarés ? » puis raye.",
    ),
    (
        FT,
        AT,
        "Appel sortant, conseiller [[PERSONNE:Yannick]]. Il rappelle M. [[PERSONNE:Jordan Brugiere]] de {{Riom}} qui a raté son RDV du {{12}}. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:3208467K]]. [[PERSONNE:Jordan]] est en mission {{Adecco}} chez {{Limagrain}}, il décroche sur le parking, on entend les camions.",
    ),
    (
        URG,
        AT,
        "Standard urgences CH {{Aurillac}}, {{21h}}. Une femme appelle : son mari, [[PERSONNE:Gérard Lacoste]], amené par les pompiers depuis {{Maurs}} ? L'AS ([[PERSONNE:Fabienne]]) ne confirme rien avant d'avoir la date de naissance : « [[DATE_NAISSANCE:2 novembre 1951]] ». Oui, il est en box {{6}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile avec l'éducatrice [[PERSONNE:Camille]], appartement en diffus du CHRS : [[ADRESSE:3 allée des Tilleuls, 43000 Le Puy-en-Velay]]. Mme [[PERSONNE:Popescu]] et ses {{2 enfants}}. Chaudière en panne depuis {{vendredi}}, {{14°C}} dans le salon. [[PERSONNE:Camille]] appelle l'{{OPAC 43}}, ref logement [[IDENTIFIANT:L0412-0087]], on lui dit « pas avant lundi ».",
    ),
    (
        CAF,
        AT,
        "Plateforme tél Caf de l'{{Allier}}, {{vendredi}} {{11h}} : {{42 appels}} en attente, temps moyen {{9 min}}. Sujet du jour : la {{prime de Noël}}, tout le monde veut savoir quand elle tombe. Réponse type : « autour du {{17 décembre}} ».",
    ),
    (
        CPAM,
        AP,
        "Accueil Cpam {{Issoire}}, {{jeudi}} matin. Une jeune, [[PERSONNE:Chloé Pradier]], {{21 ans}}, veut sa propre carte vitale, elle est encore rattachée à ses parents. Elle donne sa date de naissance, le [[DATE_NAISSANCE:9 novembre 2003]], l'agent ([[PERSONNE:Romain]]) retrouve son NIR : [[NIR:203116317805214]]. Elle est en alternance chez {{Constellium}}. Photo + formulaire, {{10 min}} chrono.",
    ),
    (
        FT,
        AP,
        "FT {{Vichy}}, {{lundi}}. Reprise de la saison thermale. [[PERSONNE:Océane]] cherche un contrat d'agent thermal aux thermes {{Callou}}, elle n'arrive plus à se connecter. Conseillère : identifiant ? → [[ID_FRANCE_TRAVAIL:4417203 M]]. Mail pour la réinitialisation : [[EMAIL:oceane.roux03@gmail.com]]. Ça marche au 2e essai 🙂",
    ),
    (
        URG,
        AP,
        "Urgences pédiatriques {{Estaing}}, {{mercredi}} {{17h40}}. [[PERSONNE:Inès]], {{4 ans}}, {{39,8}} de fièvre, la mère (Mme [[PERSONNE:Haddad]]) montre le bracelet d'un passage précédent, IPP [[IDENTIFIANT:P01837262]]. L'auxiliaire le scanne, dossier direct.",
    ),
    (
        CCAS,
        AT,
        "CCAS {{Moulins}}, standard. Mme [[PERSONNE:Rochon]] appelle pour savoir si son courrier est arrivé à la domiciliation. Non. Elle laisse son portable : [[TELEPHONE:06 81 44 27 90]]. L'agent ([[PERSONNE:Benoît]]) dit qu'il rappellera s'il y a un recommandé.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour, {{Clermont}}, {{7h45}}. Café, douche, {{31 passages}} avant {{10h}}. « [[PERSONNE:Bébert]] » est là depuis l'ouverture, il raconte qu'il a dormi sous les arcades de la {{place de Jaude}}. Le bénévole ([[PERSONNE:Mohamed]]) lui garde une paire de chaussettes sèches.",
    ),
    (
        CAF,
        AP,
        "Caf {{Aurillac}}, {{mardi}} {{14h05}}. M. [[PERSONNE:Vialatte]] change de banque. Il pose son RIB {{Crédit Agricole}} sur le comptoir, l'agent recopie : [[IBAN:FR76 1680 6000 1241 2705 8391 636]]. Num alloc [[N_ALLOCATAIRE:0827164]]. Il travaille à la scierie, {{prime d'activité}} depuis {{2022}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail avec [[PERSONNE:Didier Chomette]], agent assermenté Cpam, {{vendredi}} {{10h15}}. [[ADRESSE:27 avenue de la République, 63100 Clermont-Ferrand]], {{4e étage}}. Personne ne répond. Sur la sonnette : « [[PERSONNE:KAYA]] ». Heures de présence obligatoires {{9h-11h}} et {{14h-16h}}, donc absence notée. Avis de passage dans la boîte.",
    ),
    (
        FT,
        AT,
        "Appel entrant, conseiller [[PERSONNE:Nicolas]]. Un monsieur ne sait plus son identifiant. On le retrouve avec nom + date de naissance : [[PERSONNE:Mamadou Traoré]], [[DATE_NAISSANCE:14/12/1987]] → [[ID_FRANCE_TRAVAIL:5730918B]]. Il veut déclarer la fin de sa mission de nuit chez {{Michelin}} à {{Ladoux}}.",
    ),
    (
        URG,
        AP,
        "{{Samedi}} {{14h}}, urgences d'{{Issoire}}. Trois gamins du match de rugby : un poignet, une cheville, un nez. Salle pleine, télé sur {{France 3 Auvergne}}. L'infirmière : « on est {{2}} médecins pour tout le secteur cet aprem ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle APL au [[ADRESSE:8 bis rue de Paris, 03200 Vichy]] avec la contrôleuse, [[PERSONNE:Isabelle Rigal]]. Locataire : Mme [[PERSONNE:Moussa Aïcha]], {{3 enfants}}. Le bail est aussi au nom de M. [[PERSONNE:Said Ahmed]]. [[PERSONNE:Isabelle]] demande s'il vit là. Elle : « il est reparti à {{Mayotte}} depuis {{l'été}} ». Propriétaire : {{SCI Les Sources}}. Duré {{40 min}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile CCAS {{Montluçon}}, quartier {{Fontbouillant}}. M. [[PERSONNE:Nowak]], {{78 ans}}, veuf, ancien de chez {{Dunlop}}. [[ADRESSE:5 allée des Pinsons, bât C]]. Frigo presque vide, il dit qu'il mange au {{Secours populaire}} le midi. L'agente (Mme [[PERSONNE:Pouzadoux]]) propose le portage de repas, {{6,20 €}} le repas.",
    ),
    (
        CHRS,
        AT,
        "115, {{23h55}}. Une femme, voix très basse, avec un bébé, quelque part à {{Montferrand}}. Elle dit s'appeler [[PERSONNE:Grace]]. Son portable : [[TELEPHONE:07 53 18 62 04]], batterie à {{5 %}}. L'écoutant ([[PERSONNE:Julien]]) trouve une nuitée : hôtel {{B&B}} {{La Pardieu}}, {{chambre 214}}, taxi payé.",
    ),
    (
        FT,
        AP,
        "{{Issoire}}, FT, {{mercredi}}. M. [[PERSONNE:Pereira]] père accompagne son fils [[PERSONNE:Tiago]], {{19 ans}}, qui cherche un apprentissage en chaudronnerie chez {{Aubert & Duval}}. La conseillère, Mme [[PERSONNE:Teyssier]], crée l'espace candidat avec le mail du fils : [[EMAIL:tiago.pereira2006@hotmail.fr]]. Le père parle portugais au fils pour traduire, le fils répond en français, ça fait rire tout le monde.",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}}, file {{12 min}}. {{4 appels}} de suite sur le {{100 % santé}} lunettes. La téléconseillère a un papier scotché sur l'écran avec les réponses.",
    ),
    (
        CAF,
        AP,
        "Caf {{Le Puy}}, {{jeudi}} {{13h30}}. Couple, M. et Mme [[PERSONNE:Gaillard]], dossier [[N_ALLOCATAIRE:2291845]]. Lui est en invalidité depuis son accident à la scierie, ils demandent l'{{AAH}}. La conseillère, [[PERSONNE:Aurore]], leur dit que c'est la {{MDPH}} qui décide, pas la Caf. Ils ne savaient pas.",
    ),
    (
        URG,
        AT,
        "CH {{Moulins}}, accueil urgences, {{2h10}}. Appel de l'{{EHPAD Les Mésanges}} à {{Yzeure}} : transfert de Mme [[PERSONNE:Cousteix Odette]], née en [[DATE_NAISSANCE:1932]], chute dans la salle de bain. L'IDE ([[PERSONNE:Kader]]) prend les infos et prévient : « pas de lit avant demain matin ».",
    ),
    (
        CHRS,
        AP,
        "CHRS à {{Riom}}, entretien d'admission. M. [[PERSONNE:Hovhannisyan]], arménien, arrivé en {{2021}}. Récépissé {{APS}} n° [[IDENTIFIANT:6312458790]], expire le {{30}}. La travailleuse sociale ([[PERSONNE:Émilie]]) photocopie tout. Il parle de sa fille qui est à l'école à {{Mozac}}.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Clermont}}, antenne {{Croix-de-Neyrat}}. Mme [[PERSONNE:Nkounkou]] vient pour un colis alimentaire. On l'oriente vers les {{Restos du Cœur}} ({{mardi}} et {{vendredi}}) et l'épicerie solidaire. {{3 enfants}}, le plus petit dans le porte-bébé, il dort.",
    ),
    (
        FT,
        AT,
        "Appel d'une entreprise de {{Thiers}} : la {{Coutellerie Chaput & Fils}} cherche un polisseur. Le patron, M. [[PERSONNE:Chaput]], veut quelqu'un « qui reste plus de {{3 semaines}} ». Offre n° {{178QZTW}}. La conseillère ([[PERSONNE:Marion]]) lui propose {{2 profils}}.",
    ),
    (
        CAF,
        AT,
        "Caf du {{Cantal}}, {{lundi}} {{9h}}. [[PERSONNE:Laura]], de {{Saint-Flour}}, appelle pour déclarer la naissance, bébé né le [[DATE_NAISSANCE:3 janvier]]. Elle n'a pas son num alloc sous la main, donne son mail : [[EMAIL:laura.vernet15 [at] orange.fr]]. La conseillère la retrouve quand même.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Montluçon}}, {{15 personnes}} dans la file à {{8h30}}. M. [[PERSONNE:Ahmet Demir]], {{34 ans}}, né en {{Turquie}}, veut une attestation de droits pour sa femme enceinte. L'agente ([[PERSONNE:Patricia]]) lit son NIR à voix haute pour vérifier : [[NIR:1 90 07 99 208 037 88]]. Il dit « oui c'est ça ». Imprimée.",
    ),
    (
        URG,
        AP,
        "CH {{Saint-Flour}}, {{dimanche}} {{6h}}. Neige sur l'{{A75}}, un camion en travers vers {{Garabit}}. Le chauffeur, polonais, [[PERSONNE:Piotr Kowalczyk]], a le front ouvert. Les gendarmes donnent la plaque du camion : [[IMMATRICULATION:WGM 4872K]]. L'IOA recopie la date de naissance du passeport : [[DATE_NAISSANCE:1979-04-22]]. Il ne parle que polonais et un peu d'allemand.",
    ),
    (
        FT,
        AP,
        "FT {{Yssingeaux}}, {{jeudi}} jour de marché : agence vide jusqu'à {{10h}} puis rush. Offres du jour : scierie, laiterie, aide à domicile. La conseillère : « ici sans voiture t'as rien ».",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus avec [[PERSONNE:Sophie]], travailleuse sociale du CHRS, chez M. [[PERSONNE:Chhun]] au [[ADRESSE:41 boulevard Lafayette, 63000 Clermont-Ferrand]]. Appart propre, {{2 pièces}}. Il sort sa carte de résident, n° [[IDENTIFIANT:6304019285]], pour la demande de logement social. [[PERSONNE:Sophie]] lui rappelle le RDV {{Ophis}} de {{mardi 14h}}.",
    ),
    # -- edit 2: notes 36-70 --
    (
        CAF,
        AT,
        "{{10h12}} appel, un mr donne son nom [[PERSONNE:benali]], sa femme [[PERSONNE:Fatima]] est hospitalisee a {{Clermont}}, il comprend pas pk le {{RSA}} a baissé. La conseillere regarde : declaration trimestrielle pas faite. Num alloc dicte chiffre par chiffre : [[N_ALLOCATAIRE:6 3 0 9 2 7 4]]. Elle la fait avec lui au tel, {{11 min}}.",
    ),
    (
        URG,
        AP,
        "CH {{Vichy}}, urgences, nuit {{vendredi}} → {{samedi}}\n- {{22h30}} : {{9 patients}} en attente\n- {{23h}} : une jeune femme alcoolisée, amenée par ses copines. L'une d'elles donne son nom : [[PERSONNE:Manon Lefevre]], et son tél [[TELEPHONE:0645127733]]\n- {{0h15}} : un curiste, malaise au casino\n- {{1h30}} : calme, l'infirmier mange une compote debout",
    ),
    (
        CHRS,
        AT,
        "115 du {{Cantal}}, {{2h30}}. Appel d'un agent {{SNCF}} de la gare d'{{Aurillac}} : un homme dort dans le hall, il dit s'appeler [[PERSONNE:Kamel]], pas de papiers sur lui. L'écoutant ([[PERSONNE:Loïc]]) : aucune place, la maraude de la {{Croix-Rouge}} passera vers {{3h}}.",
    ),
    (
        FT,
        AP,
        "Agence FT de {{Jaude}}, {{8h50}}. La borne à tickets est en panne, l'agent d'accueil distribue des numéros écrits à la main sur des post-it : {{A12}}, {{A13}}, {{A14}}… Un monsieur garde son post-it comme un trésor.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Riom}}. M. [[PERSONNE:Amrani]], {{54 ans}}, « riomois de naissance » (il insiste), n'a plus de {{médecin traitant}} depuis la retraite du sien. L'agente ([[PERSONNE:Virginie]]) lit la carte vitale : [[NIR:1 70 03 63 300 164 59]]. Elle lui donne la liste des médecins qui prennent encore des patients : {{2}} sur tout le secteur. Il rit jaune.",
    ),
    (
        CCAS,
        AT,
        "Standard du CCAS d'{{Aurillac}}, {{plan grand froid}} déclenché. {{3 appels}} de voisins inquiets pour des personnes âgées seules dans les hameaux. L'agent note les lieux-dits, transmet à la mairie. {{-11°C}} annoncés cette nuit.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Montluçon}}, quartier {{Bien-Assis}}, avec [[PERSONNE:Stéphane]]. Mme [[PERSONNE:Ana Ferreira]], parent isolé déclaré, [[ADRESSE:17 rue Jean Jaurès, 03100 Montluçon]]. Dans la cour, une voiture immatriculée [[IMMATRICULATION:FG-418-KD]]. [[PERSONNE:Stéphane]] demande à qui elle est. « À mon frère, il me la prête. » Il note, vérifiera. Deux brosses à dents, un seul manteau d'homme.",
    ),
    (
        URG,
        AT,
        "Urgences {{Aurillac}}, {{14h}}. Le médecin de garde de {{Chaudes-Aigues}} appelle pour annoncer un curiste, M. [[PERSONNE:Delmas]], douleur thoracique, ambulance partie à {{13h50}}. L'IOA prépare le box.",
    ),
    (
        CHRS,
        AP,
        "CHRS du {{Puy}}, {{lundi}} matin. Mme [[PERSONNE:Randrianarisoa]], tout le monde l'appelle « [[PERSONNE:Randria]] ». Elle montre son passeport malgache n° [[IDENTIFIANT:MG0831274]] et la fiche {{SIAO}}, réf [[IDENTIFIANT:SIAO43-2024-0318]]. Elle veut savoir où en est sa demande de logement à {{Brives-Charensac}}.",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Sissoko]] appelle, elle n'a jamais reçu sa convocation. Le conseiller ([[PERSONNE:Arnaud]]) vérifie le mail sur le dossier : [[EMAIL:aminata.sisoko(at)yahoo.fr]] → il manquait un s ! Identifiant [[ID_FRANCE_TRAVAIL:6102943 R]]. Corrigé, convocation renvoyée, RDV {{jeudi 10h}}.",
    ),
    (
        CAF,
        AP,
        "Ticket {{B047}}. M. [[PERSONNE:Keita]] veut juste une attestation de paiement pour son bailleur. {{4 min}}. 👍",
    ),
    (
        CPAM,
        AT,
        "Appel d'une dame de {{Thiers}}, Mme [[PERSONNE:Marcheix]], pour le remboursement du VSL de sa dialyse à {{Vichy}}, {{3 fois}} par semaine. Le téléconseiller ([[PERSONNE:Hugo]]) lui demande sa date de naissance, elle la dit en toutes lettres : « [[DATE_NAISSANCE:douze avril mille neuf cent cinquante]] ». Il sourit, tape [[DATE_NAISSANCE:12/04/1950]] sans rien dire.",
    ),
    (
        URG,
        AP,
        "Urgences {{Émile Roux}}, {{Le Puy}}, {{dimanche}} {{16h}}. Saison des champignons : un couple, M. et Mme [[PERSONNE:Ollier]], ont mangé une omelette de « rosés des prés » ramassés vers {{Saint-Julien-Chapteuil}}. Le Dr [[PERSONNE:Benhamou]] appelle le centre antipoison de {{Lyon}}. Ils attendent depuis {{3h}}, lui vomit dans un sac.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Vichy}}, {{mercredi}}. {{5 personnes}} en {{1h}}, toutes pour le {{chèque énergie}} : « je l'ai pas reçu », « il est périmé », « le fournisseur le refuse ». L'agente a un tableau imprimé, elle le connaît par cœur.",
    ),
    (
        CHRS,
        AT,
        "115 {{Clermont}}, {{samedi}} {{22h}}. Un jeune : [[PERSONNE:Abdoulaye Diallo]], {{22 ans}}, né le [[DATE_NAISSANCE:1er janvier 2003]], mineur non reconnu puis majeur, à la rue depuis {{3 semaines}}. Il a déjà un n° de dossier {{SIAO}} : [[IDENTIFIANT:63-2025-00412]]. Place trouvée à l'accueil de nuit jusqu'à {{7h}}.",
    ),
    (
        FT,
        AP,
        "FT {{Riom}}, atelier numérique. La conseillère, [[PERSONNE:Nathalie Bouchet]], projette un CV modèle au nom de « [[PERSONNE:Marie Durand]], {{45 ans}}, {{Châtel-Guyon}} ». Une participante demande si elle doit mettre sa photo. Réponse : « pas obligé, mais à {{Riom}} ils aiment bien ». Tout le monde note.",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Fau]], d'{{Yssingeaux}}, appelle pour son changement de banque. Il dicte son IBAN très lentement, la conseillère répète chaque bloc : [[IBAN:FR76 1871 5002 0008 1234 5677 150]]. {{Caisse d'Épargne}}. Il demande « et c'est pris en compte quand ? » → le mois prochain.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt maladie près d'{{Ambert}}, [[ADRESSE:lieu-dit La Chaux, 63600 Saint-Ferréol-des-Côtes]]. M. [[PERSONNE:Rouchy]], lombalgie, ouvre en pantoufles. Dans la cour, une camionnette « {{Rouchy Maçonnerie}} » avec du ciment frais dans la benne. L'agente ([[PERSONNE:Véronique]]) ne dit rien, prend une photo en repartant.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Riom}} : {{3 appels}} en {{10 min}} pour demander le temps d'attente. Réponse à chaque fois : « on ne donne pas de temps d'attente par téléphone, madame ».",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile, ville haute de {{Saint-Flour}}, neige + verglas, l'agente [[PERSONNE:Christelle]] a mis des crampons. Mme [[PERSONNE:Vernière]], {{91 ans}}, née le [[DATE_NAISSANCE:4 février 1934]], vit seule au [[ADRESSE:6 rue des Lacs, 15100 Saint-Flour]]. Poêle à bois, réserve pour {{2 semaines}}. Elle nous offre un café et des biscuits secs.",
    ),
    (
        CHRS,
        AP,
        "Halte de nuit à {{Moulins}}, {{20h}}. Famille [[PERSONNE:Gashi]], du {{Kosovo}} : M. et Mme [[PERSONNE:Gashi]] et {{4 enfants}}. Le grand fils me montre son {{TikTok}}, [[IDENTIFIANT:@arben_gashi03]], il filme tout en fait. L'éducateur lui demande de ne pas filmer les autres.",
    ),
    (
        FT,
        AT,
        "{{16h45}}, Mme [[PERSONNE:Hoarau]], réunionnaise installée à {{Ambert}}, demande pourquoi l'{{ARE}} n'est pas tombée. Identifiant : [[ID_FRANCE_TRAVAIL:2093715 A]]. Attestation employeur manquante : son ancien {{EHPAD}}. Le conseiller lui dit d'appeler le service RH, elle soupire « ils répondent jamais ».",
    ),
    (
        CAF,
        AP,
        "Caf {{Riom}}, perm du {{mardi}}. Un monsieur crie « J'AI RIEN TOUCHÉ DEPUIS {{2 MOIS}} ». Il s'appelle [[PERSONNE:Lopez]]. L'agent ([[PERSONNE:Karim]]) le fait asseoir, regarde : dossier [[N_ALLOCATAIRE:4471029]] suspendu, avis d'imposition manquant. M. [[PERSONNE:Lopez]] se calme d'un coup.",
    ),
    (
        URG,
        AP,
        "CH {{Montluçon}}, {{lundi}} {{11h}}. Ouvrier de chez {{Dunlop}}, brûlure à l'avant-bras : [[PERSONNE:Sébastien Aubignat]], né le [[DATE_NAISSANCE:03.08.1991]]. L'IOA coche « accident du travail ». Il a gardé ses bouchons d'oreille.",
    ),
    (
        CCAS,
        AP,
        "Perm CCAS d'{{Yssingeaux}}. Mme [[PERSONNE:Chazal]] demande une aide pour le fioul : {{800 litres}}, {{1 040 €}}. Elle habite [[ADRESSE:lieu-dit Les Salles, 43200 Yssingeaux]], maison de {{1920}}, pas isolée. L'agent (M. [[PERSONNE:Faure]]) remplit la demande pour la commission de {{jeudi}}.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Clermont}}, {{10h20}}. Mme [[PERSONNE:Bensalem]] montre sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:208734561]], elle croit qu'elle a droit à la {{C2S}}. L'agent ([[PERSONNE:Sylvain]]) fait la simulation : oui, {{8 €}} par mois. Elle résiliera la mutuelle.",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus à {{Montluçon}} avec l'éducateur [[PERSONNE:Florian]]. M. [[PERSONNE:Ahmadzai]], {{26 ans}}, afghan, [[ADRESSE:9 rue de la Presle, 03100 Montluçon]]. Il a eu son titre de séjour, AGDREF [[IDENTIFIANT:0312947751]], il veut travailler dans le BTP. Il a appris le français en {{8 mois}}.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Yasmine]], {{24 ans}}, BTS compta, cherche à {{Aurillac}}. Conseiller : [[PERSONNE:Julien Cayrol]]. Aide à la mobilité pour un entretien à {{Toulouse}} : elle donne son IBAN, [[IBAN:FR76 3000 3018 5300 0509 1726 418]]. [[PERSONNE:Julien]] : « le train c'est {{4h}}, vous êtes sûre ? » Elle : « j'ai pas le choix ».",
    ),
    (
        CAF,
        CSP,
        "{{14h}}, contrôle prévu à {{Châtel-Guyon}} : la personne n'est pas là. Avis de passage dans la boîte, on repart. {{45 min}} de route pour rien. Le contrôleur dit que ça arrive {{1 fois sur 4}}.",
    ),
    (
        URG,
        AP,
        "Urgences de {{Thiers}}, {{jeudi}} midi. Un coutelier s'est ouvert le pouce : [[PERSONNE:Mickaël Chabrier]]. Pas de carte vitale, il tend sa carte d'identité, n° [[IDENTIFIANT:X4RT7K2P9]]. L'agent d'accueil : « vous êtes de la boutique en bas ? »",
    ),
    (
        CHRS,
        AT,
        "115, {{22h05}}. M. [[PERSONNE:Horvat]] appelle d'une cabine, il donne un numéro où le rappeler, en chiffres, très vite : « [[TELEPHONE:zéro six, douze, quarante-quatre, quatre-vingt-un, zéro trois]] ». L'écoutante le lui fait répéter deux fois.",
    ),
    (
        CCAS,
        AT,
        "Une fille appelle le CCAS pour sa mère, Mme [[PERSONNE:Trapon]], {{84 ans}}, qui veut une aide ménagère. L'agent envoie le dossier par mail : [[EMAIL:c.trapon@laposte.net]]. « Vous l'imprimez et vous le lui apportez ? » Elle habite à {{Lyon}}, sa mère à {{Issoire}}.",
    ),
    (
        FT,
        AT,
        "Visio ratée : le demandeur n'a pas de caméra, on passe au téléphone. Sujet : formation cariste {{CACES}} à {{Gerzat}} avec l'{{AFPA}}, {{3 semaines}}, départ en {{avril}}. Il dit oui tout de suite.",
    ),
    (
        CAF,
        AP,
        "Caf {{Moulins}}, {{vendredi}} aprem. Mme [[PERSONNE:Dos Santos]] vient avec sa voisine qui traduit, [[PERSONNE:Rosa]]. Déménagement : nouvelle adresse [[ADRESSE:22 rue des Garceaux, 03000 Moulins]]. [[PERSONNE:Rosa]] parle plus que Mme [[PERSONNE:Dos Santos]].",
    ),
    (
        CPAM,
        AT,
        "Appel de M. [[PERSONNE:Santoni]], né à {{Ajaccio}}, vit à {{Clermont}} depuis {{20 ans}}. Son NIR : [[NIR:1 74 05 2A 004 031 08]], il précise « {{2A}} comme {{Corse-du-Sud}} ». Remboursements bloqués depuis {{février}} : le logiciel n'aimait pas le 2A. La téléconseillère fait une demande au service informatique.",
    ),
    # -- edit 3: notes 71-105 --
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Teixeira]] appelle de {{La Bourboule}} : saisonnière aux thermes d'{{avril}} à {{octobre}}, elle veut savoir si ses salaires de saison vont faire baisser l'{{APL}} de l'hiver. Réponse : oui, avec décalage. Elle laisse un fixe pour être rappelée, [[TELEPHONE:04.73.81.06.42]], « après {{18h}} je suis aux cuisines ».",
    ),
    (
        URG,
        AP,
        "Urgences du CHU, {{lundi}} {{5h50}}, fin de nuit. {{17 patients}} sur des brancards dans le couloir. Une aide-soignante compte les couvertures propres : il en reste {{3}}.",
    ),
    (
        CHRS,
        AT,
        "Nuit du 115, {{1h20}}. La police municipale de {{Vichy}} appelle pour une dame trouvée sur un banc du {{parc des Sources}}, « [[PERSONNE:Yvette]] », {{67 ans}}. Ils lisent sa carte d'identité : née le [[DATE_NAISSANCE:11/09/1957]]. L'écoutant ([[PERSONNE:Thomas]]) appelle l'astreinte, une chambre se libère à {{Cusset}}.",
    ),
    (
        FT,
        AP,
        "FT {{Clermont}} {{Jaude}}. M. [[PERSONNE:Christophe Montel]], {{52 ans}}, licencié quand {{Michelin}} a fermé {{Cholet}}, revenu vivre chez sa mère à {{Pont-du-Château}}. Il est en {{CSP}}. Identifiant : [[ID_FRANCE_TRAVAIL:7731052 P]]. Il veut « tout sauf l'usine ». La conseillère ([[PERSONNE:Ludivine]]) lui parle de la formation d'ambulancier.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Aurillac}}, {{vendredi}} midi. La borne {{Ameli}} est en panne, l'agente aide {{3 personnes}} à créer leur compte sur leur téléphone. Un monsieur n'a pas d'adresse mail : « on fait comment alors ? » Silence.",
    ),
    (
        CCAS,
        CSP,
        "Visite CCAS au {{Puy}}, quartier {{Val Vert}}. M. [[PERSONNE:Boudon]], {{63 ans}}, sort d'hospitalisation, vit au [[ADRESSE:12 impasse des Genêts, 43000 Le Puy-en-Velay]]. L'agente ([[PERSONNE:Nadège]]) vérifie s'il a besoin du portage de repas. Il a {{4 chats}}, dont un qui s'appelle {{Mitterrand}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle RSA dans le {{Cézallier}}, route enneigée depuis {{Allanche}}, on a failli faire demi-tour deux fois. M. [[PERSONNE:Kerbrat]], breton arrivé il y a {{5 ans}}, vit seul au [[ADRESSE:hameau de Chamaroux, 15160 Allanche]]. Son 4x4 devant la grange : [[IMMATRICULATION:3318 TL 15]]. Le contrôleur ([[PERSONNE:Patrick]]) regarde les relevés de compte sur la toile cirée. {{1h10}} sur place, {{−6°C}} dehors.",
    ),
    (
        URG,
        AT,
        "Une mère appelle les urgences de {{Vichy}}, {{9h}} : son fils a été amené cette nuit après une soirée. L'agente demande nom et date de naissance : [[PERSONNE:Enzo Garcia]], [[DATE_NAISSANCE:21 juin 2007]]. Il est encore là, en observation.",
    ),
    (
        CHRS,
        AP,
        "CHRS, réunion d'équipe du matin, tableau blanc : {{46 places}}, {{44}} occupées, {{2}} sorties prévues {{vendredi}}, {{9}} demandes en attente au {{SIAO}}. Le chef de service dit « on fera comme d'hab ».",
    ),
    (
        FT,
        AT,
        "Le conseiller entreprises ([[PERSONNE:Samir]]) appelle {{Aïga Resort}} à {{Châtel-Guyon}} pour la saison : ils cherchent {{8}} agents thermaux et {{2}} esthéticiennes, début {{mars}}, logement possible. Il raccroche, content : « ça c'est du concret ».",
    ),
    (
        CAF,
        AP,
        "Caf {{Clermont}}, {{mardi}} {{11h15}}. Mme [[PERSONNE:Svetlana Morozova]], ukrainienne, protection temporaire. Sa {{APS}} n° [[IDENTIFIANT:6399218405]] vient d'être renouvelée. L'agente saisit son NIR : [[NIR:2 83 09 99 155 063 37]]. Elle a un traducteur sur le téléphone qui parle trop fort, tout le monde rigole, elle aussi.",
    ),
    (
        CPAM,
        AT,
        "Une maman, Mme [[PERSONNE:Sow]], appelle pour son fils [[PERSONNE:Liam]], né le [[DATE_NAISSANCE:8 mars 2024]] à {{Clermont}} : le NIR définitif est arrivé, [[NIR:124036311384762]], elle veut qu'on le rattache aux deux parents. La téléconseillère ([[PERSONNE:Inès]]) le fait en direct.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Clermont}}, guichet domiciliation : {{40 courriers}} distribués ce matin. M. [[PERSONNE:Petrov]] reçoit une lettre de la {{préfecture}}, il la tend à l'agent pour qu'il l'ouvre. C'est un RDV, il sourit enfin.",
    ),
    (
        URG,
        AP,
        "Urgences {{Henri Mondor}}, {{Aurillac}}. Agriculteur du côté de {{Salers}}, [[PERSONNE:Jean-Marie Boisset]], {{67 ans}}, coincé contre la barrière par une vache pendant la traite, côtes cassées probablement. Sa femme, [[PERSONNE:Odile]], est venue avec la bétaillère, elle s'excuse pour l'odeur. Elle doit repartir avant {{18h}} pour les bêtes. L'IOA la laisse garer la bétaillère sur le parking des ambulances, exceptionnellement.",
    ),
    (
        CHRS,
        AT,
        "115, {{4h}}. [[PERSONNE:Sabrina]] appelle de {{Riom}}, dehors avec ses {{2 enfants}}, son mari [[PERSONNE:Yohann]] l'a mise à la porte. L'écoutante note la voiture du mari au cas où il viendrait : [[IMMATRICULATION:GK-207-RB]]. Mise à l'abri en urgence, gendarmerie prévenue.",
    ),
    (
        FT,
        AP,
        "Forum emploi saisonnier, {{Palais des congrès}} de {{Vichy}}, {{9h-13h}}. {{23 stands}} : thermes, hôtels, golf, restauration. La file la plus longue : le stand de {{Vichy Célestins Spa Hôtel}}. Beaucoup d'étudiants de {{Clermont}} venus en train.",
    ),
    (
        CAF,
        AT,
        "{{15h}}, panne du logiciel. Les {{6 conseillers}} continuent à prendre les appels sans écran pendant {{25 min}} : « je note et je vous rappelle ». Personne ne rappellera aujourd'hui, on le sait tous.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail à {{Cournon}}, {{11h}} : l'immeuble est vide, boîtes aux lettres arrachées, chantier de démolition. L'agent prend une photo pour le dossier. Retour au bureau.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Kaddouri]] appelle le CCAS pour un RDV avec l'AS. Elle donne son adresse pour qu'on lui envoie la liste des pièces : [[ADRESSE:3 rue Fontgiève, 63000 Clermont-Ferrand]]. RDV {{lundi 14h}}.",
    ),
    (
        URG,
        AT,
        "La nuit, la ligne des urgences d'{{Ambert}} est renvoyée sur {{Thiers}}. L'agent de {{Thiers}} répond à {{2 appels}} d'Ambertois perdus : « non monsieur, il faut faire le {{15}} ».",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus, {{Clermont}}, quartier {{Les Vergnes}}. Famille [[PERSONNE:Al Hassan]], syrienne, {{3 enfants}}, [[ADRESSE:8 rue Jules Verne, appt 31, 63100 Clermont-Ferrand]]. Fuite sous l'évier. Le bailleur {{Logidôme}} a un n° de locataire pour eux : [[IDENTIFIANT:LD-063-118274]]. Mme [[PERSONNE:Al Hassan]] fait du thé, on ne peut pas refuser.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Kévin Brugière]], {{24 ans}}, de {{Thiers}}, réinscription après un CDD. La conseillère vérifie le NIR : [[NIR:1 01 01 63 430 024 36]]. Il a un CAP coutellerie, veut passer le permis {{C}}. Il parle en regardant ses chaussures.",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:Kaya]] revient (déjà vue {{lundi}}) avec le papier manquant. Dossier bouclé. Elle dit merci {{4 fois}}.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Vichy}}. M. [[PERSONNE:Peeters]], belge, curiste {{3 semaines}}. Il a sa carte européenne, n° [[IDENTIFIANT:80056000123456789012]], et demande si on peut rembourser sur son compte belge : [[IBAN:BE84 0634 1278 5959]]. L'agent ([[PERSONNE:Franck]]) explique que non, c'est sa mutualité en Belgique. « Ah. Bon. »",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile à {{Vichy}}, [[ADRESSE:4 rue Lucas, 03200 Vichy]]. Mme [[PERSONNE:Rochon]], {{52 ans}}, ancienne vendeuse de {{pastilles}}, demande une aide facultative pour le loyer. L'agente ([[PERSONNE:Maëlle]]) compte les factures posées sur la table : {{11}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Riom}}, {{mercredi}} {{18h}}. [[PERSONNE:Lina]], {{16 ans}}, entorse au hand (ballon dans le doigt), accompagnée de sa prof d'EPS, Mme [[PERSONNE:Garnier]], qui appelle les parents toutes les {{10 min}}. Répondeur.",
    ),
    (
        CHRS,
        AP,
        "CHRS d'{{Aurillac}}. M. [[PERSONNE:Sivakumar]], tamoul, ancien saisonnier au {{Lioran}} (plonge, remontées mécaniques). Il a perdu son logement de fonction à la fin de la saison. L'éducatrice ([[PERSONNE:Gaëlle]]) l'aide à remplir la demande de logement, il écrit son nom en lettres capitales : [[PERSONNE:SIVAKUMAR]].",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Grondin]] dit son identifiant chiffre par chiffre, avec l'accent créole : « [[ID_FRANCE_TRAVAIL:1 8 4 2 0 6 7 Z]] ». Le conseiller répète « Z comme {{Zèbre}} ». Sujet : radiation pour absence, il était hospitalisé.",
    ),
    (
        CAF,
        CSP,
        "Contrôle au {{camping du Mas}}, à {{Issoire}}. M. [[PERSONNE:Leroy]] vit à l'année dans un mobil-home : [[ADRESSE:camping du Mas, emplacement 41]]. Il touche l'{{APL}} ? Non, l'{{ALS}}. Le gérant dit qu'ils sont {{12}} à l'année. Le contrôleur vérifie le contrat de location.",
    ),
    (
        CPAM,
        AT,
        "Une dame veut absolument parler à « [[PERSONNE:Martine]] », l'agente qu'elle a eue la dernière fois. « Il n'y a pas de [[PERSONNE:Martine]] ici madame, c'est une plateforme. » Elle s'appelle Mme [[PERSONNE:Lacombe]], elle raccroche vexée.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Riom}}. Dossier de {{téléassistance}} pour une dame de {{88 ans}}, c'est son voisin qui vient. Tarif : {{9 €}} par mois. L'agent cherche le formulaire {{20 min}}, il n'est plus sur l'intranet.",
    ),
    (
        URG,
        AP,
        "Urgences d'{{Aurillac}}, {{mardi}} soir : neige sur le col de {{Prat-de-Bouc}}, l'hélico du {{SAMU}} ne décolle pas. Deux ambulances bloquées derrière un chasse-neige. Tout le monde attend, l'équipe joue aux cartes dans la salle de pause.",
    ),
    (
        CHRS,
        AT,
        "115, {{3h40}}, silence. L'écoutant fait le point des places : {{0}} à {{Clermont}}, {{2}} à {{Issoire}}, {{1}} à {{Thiers}}. Il boit son 4e café. « Là ça va sonner, tu vas voir. »",
    ),
    (
        FT,
        AP,
        "FT {{Ambert}}. [[PERSONNE:Élodie Gidon]], {{31 ans}}, ancienne de la fromagerie ({{Fourme d'Ambert}}), cherche un poste à mi-temps. Mail : [[EMAIL:elodie.gidon63@free.fr]]. Le conseiller lui trouve {{1}} offre, à {{Arlanc}}, horaires de nuit.",
    ),
    (
        CAF,
        AP,
        "Caf {{Le Puy}}. Mme [[PERSONNE:Wang Li]], restaurant en centre-ville, vient avec sa fille [[PERSONNE:Emma]], {{12 ans}}, qui traduit tout. N° alloc : [[N_ALLOCATAIRE:5501937]]. [[PERSONNE:Emma]] connaît le mot « quotient familial », l'agent est bluffé.",
    ),
    # -- edit 4: notes 106-140 --
    (
        CAF,
        AP,
        "Caf {{Clermont}}, {{mercredi}} {{9h10}}. M. [[PERSONNE:Youssef El Idrissi]], opérateur chez {{Michelin}} en {{VSD}} (vendredi-samedi-dimanche), vient en semaine parce que c'est le seul créneau où il dort pas. Né au {{Maroc}} en [[DATE_NAISSANCE:octobre 82]], l'agente vérifie le NIR : [[NIR:1 82 10 99 350 077 11]]. Il change de banque pour la {{prime d'activité}}, RIB {{BNP}} : [[IBAN:FR76 3000 4008 2100 0103 7845 253]]. Il baille tout le long, s'excuse.",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Gonçalves]] de {{Montluçon}} : séparée, le père ne paie pas la pension, elle a entendu parler de l'{{ASF}}. N° alloc [[N_ALLOCATAIRE:7203518]]. Elle veut être rappelée sur son portable, elle le dit avec l'indicatif, « [[TELEPHONE:+33 6 72 15 40 88]] », parce que c'est une puce portugaise.",
    ),
    (
        CAF,
        CSP,
        "Contrôle dans la ville basse de {{Thiers}}, [[ADRESSE:15 rue du Bourg, 63300 Thiers]]. M. [[PERSONNE:Mehmet Öztürk]] et sa femme, {{5 enfants}}. Le contrôleur ([[PERSONNE:Hervé]]) regarde les relevés du compte joint, [[IBAN:FR76 1680 7001 0431 9420 7611 866]], ligne par ligne. Un virement de {{300 €}} tous les mois : « c'est mon frère en {{Allemagne}} qui aide ». Noté. {{1h20}} au total.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Clermont}}, {{lundi}}. Mme [[PERSONNE:Maria da Silva]], {{62 ans}}, née au {{Portugal}}, fait des ménages à {{Royat}}, veut savoir pour une pension d'invalidité. L'agent ([[PERSONNE:Frédéric]]) lit le NIR sur l'écran : [[NIR:262099913911836]]. Il lui explique que ça passe par le médecin conseil. Elle prend des notes en portugais sur le dos d'un ticket de caisse {{Leclerc}}.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Le Puy}}, {{jeudi}}, journée sans RDV : {{38 passages}}. L'accueil ferme à {{12h30}} pile, une dame arrive à {{12h31}}, l'agent rouvre la porte en soupirant.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Nguyen Van Long]], {{70 ans}}, diabétique, avec son fils [[PERSONNE:Julien]] qui parle pour lui. Ils veulent vérifier l'{{ALD}}. L'agente lit à voix haute le NIR de la carte : « [[NIR:1 55 02 99 243 011 20]] ». Le père hoche la tête à chaque chiffre.",
    ),
    (
        CPAM,
        AT,
        "{{14h50}}. M. [[PERSONNE:Mazeyrat]] d'{{Ambert}}, {{66 ans}}, appelle pour le taxi conventionné de sa radiothérapie à {{Clermont}}, {{80 km}} aller. Il donne son numéro de sécu d'un bloc puis la clé à part : [[NIR:1580663003012 57]]. La téléconseillère ([[PERSONNE:Jade]] sur son badge virtuel, un pseudo de plateforme) valide la prise en charge.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail à {{Issoire}}, {{16h}}, [[ADRESSE:2 place de la Halle, 63500 Issoire]]. Mme [[PERSONNE:Tran]] est là, en pyjama, burn-out depuis {{2 mois}}. L'agent (M. [[PERSONNE:Bergeron]]) reste sur le palier, très doux. Il lui fait confirmer son mail pour la convocation chez le médecin conseil : [[EMAIL:tran.mylinh@gmail.com]].",
    ),
    (
        CCAS,
        AP,
        "{{Samedi}}, marché d'{{Issoire}}. Le CCAS tient un stand pour le registre {{canicule}} : {{14 inscrits}} dans la matinée, surtout des filles pour leurs parents. Un monsieur demande si on donne des ventilateurs. Non.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Clermont}}, {{10h40}}. M. [[PERSONNE:Coulibaly]] demande une aide pour rapatrier le corps de sa mère au {{Mali}}, {{4 500 €}}. L'agente, [[PERSONNE:Leïla]], explique que le CCAS ne peut pas, mais elle appelle une association. Il laisse son numéro : [[TELEPHONE:07 68 91 22 05]].",
    ),
    (
        CCAS,
        AT,
        "Une pharmacie de {{Montferrand}} appelle le CCAS : un monsieur âgé vient tous les jours acheter la même chose et ne se souvient pas de son adresse. L'agent transmet au service seniors, on enverra quelqu'un {{demain}}.",
    ),
    (
        CCAS,
        AT,
        "Appel de M. [[PERSONNE:Lagrené]], voyageur, pour sa domiciliation. Il est sur l'[[ADRESSE:aire d'accueil de La Varenne, place 12]] depuis {{septembre}}. Il demande si sa caravane peut être « déclarée » pour l'assurance : il donne la plaque, [[IMMATRICULATION:DX-603-TA]]. L'agent lui dit que ce n'est pas le CCAS qui fait ça.",
    ),
    (
        CCAS,
        CSP,
        "Visite CCAS, ville haute de {{Thiers}}, {{mardi}} {{15h}}. Mme [[PERSONNE:Mbala]], [[ADRESSE:7 rue des Couteliers, 63300 Thiers]], escalier en pierre très raide. Elle veut un logement au rez-de-chaussée. L'agent note son portable : [[TELEPHONE:06-14-52-37-80]]. En partant il dit : « à {{Thiers}} tout le monde a des escaliers ».",
    ),
    (
        CCAS,
        CSP,
        "Visite prévue à {{Saint-Anthème}}, mais le col des {{Supeyres}} est fermé, neige. L'agente appelle la dame pour annuler, réponse : « restez chez vous, j'ai du bois, j'ai des conserves, j'ai la radio ». Report à {{lundi}}.",
    ),
    (
        URG,
        AP,
        "CHU {{Clermont}}, urgences, {{vendredi}} {{1h40}}. [[PERSONNE:Bryan]], {{19 ans}}, bagarre à la sortie d'un bar près de la {{place de Jaude}}, arcade ouverte. Il veut qu'on appelle sa mère : [[TELEPHONE:06 33 10 75 48]]. L'IOA, [[PERSONNE:Anaïs]], appelle. Les copains ont laissé la voiture sur la dépose-minute, la sécurité relève la plaque : [[IMMATRICULATION:EY-781-PF]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Vichy}}, {{juillet}}, {{15h}}, {{34°C}}. Trois malaises de curistes en une heure, même car, même hôtel. L'infirmière : « ils font la cure et ensuite la buvette de l'{{Opéra}} ». Bouteilles d'eau distribuées dans la salle d'attente.",
    ),
    (
        URG,
        AP,
        "Urgences {{Moulins}}, {{20h}}. Mme [[PERSONNE:Luciani]], {{58 ans}}, née à {{Bastia}}, installée dans l'{{Allier}} depuis {{30 ans}}, chute dans l'escalier. Carte vitale lue : [[NIR:2 66 04 2B 033 057 47]]. Elle dit à l'agent « {{2B}}, pas {{28}}, tout le monde se trompe ».",
    ),
    (
        URG,
        AT,
        "La gendarmerie de {{Besse}} appelle les urgences d'{{Issoire}} : un skieur de {{Super-Besse}}, [[PERSONNE:Noah Martin]], {{14 ans}}, fracture probable du tibia, descend en ambulance. Les parents suivent, {{40 min}} de route avec la neige.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Montluçon}} : un journaliste de {{La Montagne}} veut le nombre de passages du week-end. Transféré à la communication. L'agente : « il appelle tous les lundis ».",
    ),
    (
        CHRS,
        AP,
        "CHRS {{Clermont}}. M. [[PERSONNE:Sergiu Ionescu]], roumain, intérimaire de nuit chez {{Michelin}} aux {{Gravanches}}, et il dort au CHRS le jour. Carte d'identité roumaine série [[IDENTIFIANT:RX 718204]]. L'éducateur : « un salaire et pas de logement, c'est de plus en plus courant ».",
    ),
    (
        CHRS,
        AP,
        "Repas du soir au CHRS, {{19h}} : {{52 couverts}}, lentilles du {{Puy}} et saucisse. Un résident fait la vaisselle en chantant du {{Johnny}}. Personne ne proteste.",
    ),
    (
        CHRS,
        AT,
        "115, {{0h10}}, {{Moulins}}. Un homme dort dans sa voiture sur le parking d'{{Intermarché}}, une {{Clio}} grise immatriculée [[IMMATRICULATION:bk-512-zl]] (il l'épelle en minuscule, l'écoutant l'écrit pareil). Il s'appelle [[PERSONNE:Lucas Bernard]], {{41 ans}}. Son numéro : [[TELEPHONE:06 50 27 83 19]]. Pas de place, rappel prévu à {{8h}}.",
    ),
    (
        CHRS,
        AT,
        "115, {{21h30}}. [[PERSONNE:Jessica]], {{23 ans}}, avec son chien {{Rocky}}, refuse d'aller où les chiens sont interdits. L'écoutant cherche, trouve une place à {{Issoire}} où {{Rocky}} est accepté. Elle donne son {{Insta}} pour qu'une bénévole la contacte : [[IDENTIFIANT:@jess_et_rocky]].",
    ),
    (
        CHRS,
        AT,
        "Fin de nuit au 115. Bilan sur le tableur : {{47 appels}}, {{12 mises à l'abri}}, {{9}} sans solution. L'écoutant ferme à {{7h}}, passe le relais, dit juste « grosse nuit ».",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile à {{Vichy}} avec la TS du CHRS. Mme [[PERSONNE:Zaïnaba Youssouf]], comorienne, [[ADRESSE:11 rue de Nîmes, 03200 Vichy]], {{2 enfants}}. On remplit ensemble la demande de {{C2S}} sur la tablette : NIR [[NIR:2 93 01 99 397 016 63]]. Elle a un CDD de {{6 mois}} aux thermes, ménage.",
    ),
    (
        FT,
        AP,
        "FT {{Aurillac}}. M. [[PERSONNE:Gérald Chaumeil]], {{56 ans}}, ancien chauffeur de car scolaire (dos cassé). Identifiant [[ID_FRANCE_TRAVAIL:0482157H]]. La conseillère met à jour son mail : [[EMAIL:gchaumeil@wanadoo.fr]]. « {{Wanadoo}} ça existe encore ? » Oui.",
    ),
    (
        FT,
        AP,
        "FT {{Moulins}}, info collective création d'entreprise : {{11 personnes}}, intervenante de la {{CCI}}. Projets : food-truck, toilettage canin, taxi, micro-crèche. La moitié repart avec la plaquette de l'{{ADIE}}.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Kadiatou Camara]], {{28 ans}}, aide-soignante diplômée en {{Guinée}}, cherche une équivalence. Identifiant : [[ID_FRANCE_TRAVAIL:4928301 D]]. Le conseiller ([[PERSONNE:Pierre-Yves]]) appelle l'IFSI de {{Clermont}} devant elle. Portable : [[TELEPHONE:07.81.26.49.03]].",
    ),
    (
        FT,
        AT,
        "[[PERSONNE:Baptiste]], {{20 ans}}, de {{Saint-Flour}}, aide au permis de conduire. Identifiant : [[ID_FRANCE_TRAVAIL:6650213 N]]. Il lit son IBAN sur l'appli de la banque, la conseillère tape au fur et à mesure : [[IBAN:FR76 1027 8073 0000 0204 8150 325]]. « Et ça tombe quand ? »",
    ),
    (
        FT,
        AT,
        "Campagne d'appels sortants « saisonniers thermes » : {{20 numéros}}, {{7}} décrochent, {{2}} intéressés, {{1}} qui dit « rappelez-moi en mai ». La conseillère coche dans un tableur partagé.",
    ),
    (
        CAF,
        AP,
        "Caf {{Montluçon}}. Mme [[PERSONNE:Océane Roux]], {{26 ans}}, enceinte de {{7 mois}}, première demande de {{PAJE}}. NIR saisi : [[NIR:2 98 06 03 185 071 65]]. IBAN {{Banque Postale}} : [[IBAN:FR76 2004 1010 0705 3948 1720 354]]. Elle revient de {{Vichy}} où elle a fait la saison.",
    ),
    (
        CAF,
        AP,
        "Caf {{Vichy}}, point numérique : {{3 ordinateurs}}, {{1}} en panne. Le jeune en service civique aide une dame à scanner sa quittance avec son téléphone, ça prend {{20 min}}. Elle repart en disant « la prochaine fois je viens avec mon petit-fils ».",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Ngoma]] appelle, alloc n° [[N_ALLOCATAIRE:3920146]]. Il veut l'attestation de quotient familial pour la cantine. La conseillère l'envoie par mail : [[EMAIL:p.ngoma@outlook.fr]]. Reçu pendant l'appel.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Moulins}}, quartier des {{Champins}} : Mme [[PERSONNE:Samira Bouzid]], [[ADRESSE:6 rue des Champins, 03000 Moulins]], dossier [[N_ALLOCATAIRE:0319564]]. Voiture au nom de la fille : [[IMMATRICULATION:GT 384 NM]]. Le contrôleur compare avec le compte déclaré, [[IBAN:FR7616806031006603175824065]]. Tout colle.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Nathalie Chassaing]], née le [[DATE_NAISSANCE:18/02/85]], appelle : ses indemnités journalières ne sont pas tombées depuis {{3 semaines}}. NIR : [[NIR:2 85 02 63 113 562 08]]. Le téléconseiller voit que l'employeur ({{Carrefour}} de {{Riom}}) n'a pas envoyé l'attestation de salaire.",
    ),
    # -- edit 5: notes 141-175 --
    (
        CAF,
        AP,
        "Permanence Caf à {{Saint-Flour}}, une fois par semaine, le {{jeudi}}, dans une salle de la {{mairie}}. M. [[PERSONNE:Alain Delcros]], fils d'éleveur, {{33 ans}}, vient pour l'{{APL}} de son premier appart en ville basse. N° alloc [[N_ALLOCATAIRE:1502873]]. Il dit qu'il est descendu de la ferme « pour avoir internet ».",
    ),
    (
        CAF,
        AP,
        "Caf {{Clermont}}, {{vendredi}} {{16h}}. Fin de journée, l'agent d'accueil range les tickets : {{87}} passages, {{2}} personnes énervées, {{1}} qui a pleuré. Il dit que c'est « une journée normale ».",
    ),
    (
        CAF,
        AP,
        "Caf {{Aurillac}}. Mme [[PERSONNE:Fernandes]] veut que ses allocations soient versées sur son compte au {{Portugal}}, elle repart vivre là-bas l'hiver : [[IBAN:PT50 0035 0269 0721 4038 9519 4]]. L'agent hésite, appelle sa cheffe : c'est un compte {{SEPA}}, donc ok. N° alloc [[N_ALLOCATAIRE:2750186]].",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Dylan Besson]], dossier [[N_ALLOCATAIRE:6041277]], veut recevoir son attestation. Il épelle son mail à l'oral : « [[EMAIL:dylan point besson arobase gmail point com]] ». La conseillère écrit, il ajoute « sans accent hein ».",
    ),
    (
        CAF,
        AT,
        "{{Lundi}} matin, record : {{112 appels}} en attente à {{8h31}}. La superviseure passe dans les rangs : « on raccourcit, on raccourcit ».",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Hassani]], {{Vichy}}, change de compte. Elle lit son RIB d'un coup, sans IBAN : [[IBAN:18715 00045 04417290068 92]]. La conseillère reconstitue l'IBAN à l'écran, le logiciel accepte du premier coup. « Vous avez l'habitude », dit la dame.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Aurillac}}, {{mardi}} {{9h30}}. M. [[PERSONNE:Benoît Lavergne]], [[ADRESSE:24 avenue des Prades, 15000 Aurillac]], déclaré seul. Dans le garage, une vieille 205 encore en ancienne plaque : [[IMMATRICULATION:812 ABX 15]]. « C'est à mon père, elle roule plus. » Le contrôleur regarde les pneus : neufs.",
    ),
    (
        CAF,
        CSP,
        "Dans la voiture entre deux contrôles, au-dessus du {{Puy}}. Le contrôleur explique sa tournée : {{4 visites}} par jour, {{120 km}}, des hameaux sans réseau. L'hiver il a des chaînes dans le coffre et un thermos. Il connaît toutes les boulangeries du {{Meygal}}.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Moulins}}. Mme [[PERSONNE:Audrey Pinel]], {{23 ans}}, a perdu sa carte vitale, on lui installe l'appli {{carte Vitale}}. NIR : [[NIR:2 01 05 03 190 233 28]]. Mail pour l'activation : [[EMAIL:audrey.pinel@sfr.fr]]. Le code arrive, elle l'a raté, on recommence.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Thiers}}. M. [[PERSONNE:Ferhat Kaci]] a changé de banque, remboursements toujours sur l'ancien compte. Nouveau RIB {{LCL}} : [[IBAN:FR76 3000 2005 6300 0007 1482 921]]. L'agente fait la modif et lui dit « comptez {{15 jours}} ».",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Clermont}}. L'agent d'accueil m'explique les couleurs de tickets : bleu = carte vitale, vert = indemnités, jaune = {{C2S}}, blanc = « tout le reste ». Il y a beaucoup de blanc.",
    ),
    (
        CPAM,
        AT,
        "Une mère, Mme [[PERSONNE:Besse]], appelle pour l'orthodontie de sa fille [[PERSONNE:Zoé]], née le [[DATE_NAISSANCE:30/06/2012]]. Le devis est de {{2 400 €}}, elle veut savoir combien sera remboursé. Réponse : {{193,50 €}} par semestre. Silence au bout du fil.",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Bastien Jourde]], {{29 ans}}, accident du travail à la scierie d'{{Yssingeaux}}, la main dans la déligneuse. NIR : [[NIR:1 95 08 43 268 019 74]]. Il appelle de l'hôpital, l'infirmière lui tient le téléphone.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt à {{Vichy}}, [[ADRESSE:19 boulevard Gambetta, 03200 Vichy]]. Mme [[PERSONNE:Elena Dumitru]] est là, pied dans le plâtre. Pendant qu'on parle, son mari se gare en bas, utilitaire [[IMMATRICULATION:FN-927-HS]]. L'agente remercie, ressort en {{7 min}}.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Montluçon}}. Mme [[PERSONNE:Nicole Aubert]], {{72 ans}}, demande la carte de bus gratuite pour les seniors. Elle donne sa date de naissance, « le [[DATE_NAISSANCE:5 mai 52]] », et sa quittance de pension. L'agente ([[PERSONNE:Sabine]]) imprime la carte sur place.",
    ),
    (
        CCAS,
        AP,
        "CCAS d'{{Aurillac}}, salle d'attente : affiches sur le chèque énergie, un distributeur de préservatifs, un aquarium avec {{2 poissons rouges}}. L'agent me dit qu'ils s'appellent {{Pif}} et {{Hercule}}.",
    ),
    (
        CCAS,
        AT,
        "La fille de M. [[PERSONNE:Rouvière]] appelle : son père, ancien mineur de {{Messeix}}, {{87 ans}}, ne veut pas d'aide à domicile, elle oui. L'agente explique qu'on ne peut pas forcer. Elle donne le fixe du père pour une visite : [[TELEPHONE:04 73 21 56 09]].",
    ),
    (
        CCAS,
        AT,
        "M. [[PERSONNE:Moussa Diop]] demande une aide au transport pour aller voir sa femme hospitalisée à {{Sainte-Marie}}. L'agent envoie le formulaire par mail, [[EMAIL:moussa.diop.clt@gmail.com]], et le lui lit au téléphone en même temps.",
    ),
    (
        CCAS,
        CSP,
        "Visite CCAS au-dessus d'{{Ambert}}, {{9h}}, brouillard. M. [[PERSONNE:Faucher]], ancien scieur, {{81 ans}}, [[ADRESSE:lieu-dit Chabreyras, 63600 Ambert]]. Inscription au registre grand froid, il accepte « si ça coûte rien ». Il nous montre ses {{3}} poules, elles s'appellent toutes {{Cocotte}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Émile Roux}}, {{Le Puy}}, {{mercredi}} {{13h}}. [[PERSONNE:Théo Bonnet]], {{8 ans}}, tombé d'un mur à la récré. Son père, [[PERSONNE:Damien]], donne la date de naissance : [[DATE_NAISSANCE:2016-11-03]], l'agent la retrouve sous cette forme dans le vieux dossier. IPP : [[IDENTIFIANT:430091827]].",
    ),
    (
        URG,
        AP,
        "Urgences {{Issoire}}, {{mardi}} matin, calme plat. L'interne lit {{La Montagne}} à l'accueil, la cadre fait les plannings de {{Noël}}.",
    ),
    (
        URG,
        AT,
        "Un patient sorti hier rappelle : il a oublié ses lunettes au box {{3}}. Il s'appelle [[PERSONNE:Marcel Teyssèdre]] et donne sa date de naissance pour prouver que c'est lui : « [[DATE_NAISSANCE:vingt-deux juillet quarante-huit]] ». Les lunettes sont là, dans une enveloppe.",
    ),
    (
        URG,
        AT,
        "Standard des urgences de {{Saint-Flour}}, {{7h}} : la route de {{Chaudes-Aigues}} est fermée, l'ambulance passe par {{Pierrefort}}, {{45 min}} de plus. L'agente prévient le médecin.",
    ),
    (
        CHRS,
        AP,
        "CHRS {{Montluçon}}. M. [[PERSONNE:Mickaël]], « [[PERSONNE:Mika]] », {{45 ans}}, sort du centre pénitentiaire de {{Moulins-Yzeure}}. Il a encore son numéro d'écrou sur un papier : [[IDENTIFIANT:24871]]. Il demande si on peut le rayer de quelque part. La TS dit non, mais qu'il peut jeter le papier.",
    ),
    (
        CHRS,
        AP,
        "CHRS du {{Puy}}, atelier cuisine du {{mercredi}}. {{6 résidents}}, une bénévole. Au menu : soupe aux lentilles vertes, fourme, pain de la boulangerie d'en face. Tout le monde dit « c'est trop salé » et tout le monde reprend.",
    ),
    (
        CHRS,
        AT,
        "115, {{23h20}}. [[PERSONNE:Oumar]], arrivé de {{Lyon}} en train, à la gare de {{Clermont}}. Il dit qu'il est né le [[DATE_NAISSANCE:5 juin 2006]]. Son numéro : [[TELEPHONE:07 45 82 19 66]]. L'écoutante l'oriente vers l'accueil de nuit, {{20 min}} à pied.",
    ),
    (
        CHRS,
        AT,
        "115 du {{Cantal}}, {{1h05}}. « [[PERSONNE:Grand Jo]] », tous les écoutants le connaissent, vit dans son fourgon, ancienne plaque [[IMMATRICULATION:7721 RX 63]]. Il appelle surtout pour parler. Ce soir la batterie du fourgon est morte, plus de chauffage. L'écoutant appelle la maraude.",
    ),
    (
        CHRS,
        AT,
        "115, {{0h30}}. Mme [[PERSONNE:Fatoumata Keïta]], avec {{3 enfants}}, relogée à l'hôtel depuis {{2 mois}}, appelle parce qu'on les met dehors demain. Dossier SIAO réf [[IDENTIFIANT:SIAO63-25-01877]]. L'écoutant promet un rappel à {{9h}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile après la sortie du CHRS : M. [[PERSONNE:Pascal Boyer]], [[ADRESSE:3 rue Saint-Genès, 63200 Riom]], premier appart à lui depuis {{6 ans}}. Le compteur n'est pas ouvert, la TS appelle {{EDF}} avec son n° client : [[IDENTIFIANT:5021877340]]. Il a acheté une plante verte.",
    ),
    (
        FT,
        AP,
        "FT {{Issoire}}. [[PERSONNE:Rayan Benhamida]], {{22 ans}}, intérimaire chez {{Constellium}}, veut passer les {{CACES}} 1-3-5. Identifiant [[ID_FRANCE_TRAVAIL:3381046F]]. Mail : [[EMAIL:rayan.bhd@icloud.com]]. Le conseiller l'inscrit à la session d'{{avril}}.",
    ),
    (
        FT,
        AP,
        "FT {{Clermont}}, {{lundi}} {{14h}}. M. [[PERSONNE:Hamid Zerrouki]], chauffeur VTC auto-entrepreneur, chiffre d'affaires en chute. Son SIRET perso : [[IDENTIFIANT:812 749 133 00011]]. Sa voiture est garée devant, en double file : [[IMMATRICULATION:GR-055-VJ]]. Il surveille par la fenêtre pendant tout l'entretien.",
    ),
    (
        FT,
        AP,
        "FT {{Thiers}}, {{mardi}} après-midi : {{2 conseillers}} pour {{180}} dossiers chacun. Entre deux RDV, l'un mange une pomme au-dessus du clavier.",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Claire Marchal]], identifiant [[ID_FRANCE_TRAVAIL:5117742 W]], veut changer le compte où tombe son {{ARE}}. Nouveau RIB {{Banque Populaire}} : [[IBAN:FR76 1090 7000 0153 7219 0446 640]]. La conseillère lui dit de le faire elle-même dans l'espace perso. « J'y arrive pas, c'est pour ça que j'appelle. »",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Abdelkader Mebarki]] lit son identifiant lettre par lettre, chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:deux, neuf, six, quatre, un, zéro, huit, K]] ». Il a reçu un trop-perçu de {{1 250 €}}, il ne comprend pas. Le conseiller non plus au début.",
    ),
    (
        FT,
        AT,
        "Coupure réseau à l'agence de {{Montluçon}}, les appels basculent sur {{Moulins}}. Les conseillers de {{Moulins}} ne connaissent pas les dossiers, ils prennent des messages sur papier.",
    ),
    # -- edit 6: notes 176-210 --
    (
        CAF,
        AP,
        "Caf {{Riom}}, {{mardi}} matin. Mme [[PERSONNE:Agnès Bourdier]] apporte sa quittance {{Auvergne Habitat}}, réf locataire [[IDENTIFIANT:AH-0087215]], parce que l'{{APL}} a sauté. N° alloc [[N_ALLOCATAIRE:6218840]]. L'agent trouve : le bailleur a déclaré un impayé par erreur. Elle : « j'ai jamais eu un jour de retard de ma vie ».",
    ),
    (
        CAF,
        AP,
        "Caf {{Vichy}}. [[PERSONNE:Kenza]] et [[PERSONNE:Mathis]], {{22 ans}} et {{24 ans}}, saisonniers à l'{{Aletti Palace}}, louent un meublé pour la saison. Ils ont un mail commun, [[EMAIL:kenza.mathis.vichy@gmail.com]], l'agente dit que c'est mieux d'en avoir un chacun. Ils se regardent, hésitent, rigolent.",
    ),
    (
        CAF,
        AP,
        "Caf {{Le Puy}}, {{lundi}} {{8h30}}. La porte s'ouvre, {{12 personnes}} entrent d'un coup. L'agente dit bonjour à chacune, une par une, même à celui qui ne répond pas.",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Christian Roche]] déménage, il dicte sa nouvelle adresse en articulant : « [[ADRESSE:12, chemin de la Font-Vieille, 43120 Monistrol-sur-Loire]] ». N° alloc [[N_ALLOCATAIRE:5533021]]. La conseillère demande s'il y a un bâtiment, « non c'est une maison, avec un cerisier ».",
    ),
    (
        CAF,
        AT,
        "Une assistante sociale du {{Département}} appelle pour Mme [[PERSONNE:Lefort]], suivie pour un surendettement. L'AS, Mme [[PERSONNE:Cibiel]], laisse sa ligne directe, [[TELEPHONE:04 73 42 19 88]], poste {{4127}} si le standard répond. La conseillère Caf note tout sur un post-it jaune.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Issoire}}, [[ADRESSE:9 rue des Fours à Chaux, 63500 Issoire]]. M. et Mme [[PERSONNE:Çelik]], {{4 enfants}}. Madame dit que son mari travaille chez {{Aubert & Duval}} en {{3x8}}, cette semaine de nuit, il dort. On parle bas. Voiture dans l'allée : [[IMMATRICULATION:HA-318-TB]]. Le contrôleur vérifie les bulletins de salaire, ok.",
    ),
    (
        CAF,
        CSP,
        "Contrôle des ressources d'une micro-entrepreneuse à {{Montluçon}} : Mme [[PERSONNE:Lucie Berthon]], couturière, SIRET [[IDENTIFIANT:904 318 623 00017]]. Elle montre son carnet de factures, la dernière, [[IDENTIFIANT:F2025-031]], pour une robe de mariée : {{380 €}}. La contrôleuse ([[PERSONNE:Anne-Sophie]]) additionne sur sa calculette.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Le Puy}}. M. [[PERSONNE:Thierry Gaillard]], {{59 ans}}, invalidité catégorie {{2}}, vient comprendre pourquoi sa pension a baissé. NIR à l'écran : [[NIR:165044315728879]]. C'est la revalorisation de la mutuelle, pas la pension. Il repart à moitié convaincu.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Vichy}}, {{jeudi}}. Mme [[PERSONNE:Rochon]], {{52 ans}}, née à {{Vichy}}, arrêt maladie long, vient avec une pochette pleine. L'agente recopie le NIR pour un courrier au service médical : [[NIR:2 72 10 03 310 146 03]]. {{25 min}}, la pochette est rangée par dates à la fin.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Aurillac}}, l'écran d'appel des tickets est en panne : l'agent annonce les numéros à voix haute, « {{C24}} ! {{C24}} ? », comme à la boucherie. Un monsieur applaudit.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Josette Lavialle]], {{67 ans}}, née à {{Aurillac}} le [[DATE_NAISSANCE:9 décembre 1957]], veut faire une cure à {{Chaudes-Aigues}} en {{mai}}. Le téléconseiller vérifie l'accord : NIR [[NIR:2 57 12 15 014 035 28]]. Accord reçu, forfait thermal pris en charge, hébergement non. « Comme d'habitude, quoi. »",
    ),
    (
        CPAM,
        AT,
        "Un monsieur appelle pour le capital décès de son père, [[PERSONNE:Mohand]], décédé à {{Clermont}} le mois dernier. La téléconseillère est très douce, elle explique les pièces. Il demande à être rappelé, il ne peut pas tout noter : [[TELEPHONE:06 24 17 93 52]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt au {{Puy}}, [[ADRESSE:5 rue Pannessac, 43000 Le Puy-en-Velay]], {{samedi}} {{10h}}, jour de marché. M. [[PERSONNE:Hakan Yildiz]] absent. La voisine : « il est au marché ». L'agent attend {{20 min}}, il revient avec des poireaux et un certificat de sortie autorisée. Tout est en règle.",
    ),
    (
        CPAM,
        CSP,
        "Dans la voiture, l'agent assermenté m'explique : un arrêt sur {{10}} contrôlé, priorité aux arrêts courts répétés, jamais de contrôle le dimanche. Il dit qu'il sonne toujours {{2 fois}}, « comme le facteur ».",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Thiers}}. Mme [[PERSONNE:Ginette Vallat]], {{76 ans}}, facture d'eau de {{290 €}}, fuite après le compteur. Réf abonné : [[IDENTIFIANT:00412-778-2]]. L'agente appelle le service des eaux en direct, dégrèvement possible.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Le Puy}}, élection de domicile. M. [[PERSONNE:Artur Beridze]], géorgien, {{38 ans}}, passeport n° [[IDENTIFIANT:17AB52093]]. Il parle russe, l'agent aussi un peu, ils se débrouillent. Attestation remise en {{15 min}}.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Moulins}}, {{décembre}} : distribution des {{colis de Noël}} aux aînés, {{320 colis}}. Foie gras, chocolats, une bouteille de {{Saint-Pourçain}}. Les agents font la chaîne. Une dame demande si elle peut avoir du rouge plutôt que du blanc.",
    ),
    (
        CCAS,
        AT,
        "M. [[PERSONNE:Jean-Marc Payet]], réunionnais, {{Clermont}} depuis {{40 ans}}, appelle le CCAS pour le voyage des seniors. L'agente lui envoie le programme : [[EMAIL:payet.jean-marc@orange.fr]]. Destination : {{Collioure}}. Il demande s'il fera chaud.",
    ),
    (
        CCAS,
        AT,
        "Un adjoint au maire appelle pour une administrée, Mme [[PERSONNE:Chomet]], qui vit sans chauffage au [[ADRESSE:16 rue de l'Oradou, 63000 Clermont-Ferrand]]. L'agent ouvre une fiche, visite prévue {{jeudi}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite CCAS à {{La Gauthière}}. M. [[PERSONNE:Benyamina]], {{74 ans}}, ancien de chez {{Michelin}} ({{35 ans}} de 3x8, il le dit deux fois). [[ADRESSE:14 rue de Flamina, bât B, 63100 Clermont-Ferrand]], {{8e étage}}, ascenseur en panne depuis {{3 semaines}}. L'agente appelle le bailleur devant lui.",
    ),
    (
        CCAS,
        CSP,
        "Visite à {{Riom}}, Mme [[PERSONNE:Joëlle Pradal]], veuve de cheminot, [[ADRESSE:7 faubourg de Layat, 63200 Riom]]. Demande de téléassistance. Fixe : [[TELEPHONE:04 73 38 90 15]]. Elle nous montre la photo du mari en uniforme {{SNCF}}.",
    ),
    (
        URG,
        AP,
        "Urgences {{Gabriel-Montpied}}, {{18h}}. M. [[PERSONNE:Laurent Pouget]], chauffeur {{T2C}}, agressé sur la {{ligne B}}, pommette ouverte. L'IOA tape la date de naissance : [[DATE_NAISSANCE:14 août 1979]]. Deux collègues en gilet sont venus avec lui, ils restent debout à l'entrée.",
    ),
    (
        URG,
        AP,
        "Urgences de {{Thiers}}, week-end de {{Coutellia}} : {{3}} coupures de visiteurs qui ont testé les lames sur le stand. L'infirmière : « chaque année ».",
    ),
    (
        URG,
        AT,
        "L'{{hôtel du Parc}} à {{Royat}} appelle les urgences : leur client de la {{chambre 27}}, M. [[PERSONNE:Schmitt]], alsacien, curiste, est parti en ambulance ce matin, est-il arrivé ? L'agent ne peut rien dire au téléphone, il propose que la famille rappelle.",
    ),
    (
        URG,
        AT,
        "Une femme appelle en pleurant : son fils [[PERSONNE:Ethan]], {{15 ans}}, amené par le SMUR après un accident de scooter à {{Cournon}}. Elle s'appelle [[PERSONNE:Stéphanie Fabre]], donne son portable [[TELEPHONE:07 66 03 41 27]]. L'agente lui dit de venir, sans donner de détails.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour {{Vichy}}. M. [[PERSONNE:Jan Nowicki]], polonais, {{58 ans}}, a fait les vendanges à {{Saint-Pourçain}} puis plus rien. Carte d'identité polonaise [[IDENTIFIANT:CEX 482917]]. Il veut rentrer en {{Pologne}}, la TS cherche un billet de bus solidaire.",
    ),
    (
        CHRS,
        AP,
        "CHRS {{Aurillac}}, entretien. Mme [[PERSONNE:Mélissa]], son fils [[PERSONNE:Nolan]], né en [[DATE_NAISSANCE:2019]]. Elle a quitté le domicile à {{Arpajon-sur-Cère}}, l'ex a gardé la voiture, elle donne la plaque pour la plainte : [[IMMATRICULATION:FZ 449 QC]]. [[PERSONNE:Nolan]] dessine des camions pendant tout l'entretien.",
    ),
    (
        CHRS,
        AT,
        "115 de {{Haute-Loire}}, {{22h40}}. [[PERSONNE:Maxime]], belge, pèlerin sur le {{chemin de Compostelle}}, tous les gîtes du {{Puy}} sont pleins. Il appelle avec un numéro belge : [[TELEPHONE:+32 475 12 83 06]]. L'écoutante rit : « on n'est pas un office de tourisme ». Elle lui trouve quand même un banc couvert à la cathédrale ? Non, une chambre chez les sœurs.",
    ),
    (
        CHRS,
        AT,
        "115, {{22h}}. {{4 appels}} de riverains pour le même homme qui dort sous le pont de {{Bellerive}}. Personne ne connaît son nom. La maraude y va à {{23h}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus à {{Issoire}}, famille [[PERSONNE:Rahimi]], afghane, [[ADRESSE:4 allée des Chênes, 63500 Issoire]]. Titre de séjour du père, AGDREF [[IDENTIFIANT:6309184422]]. M. [[PERSONNE:Rahimi]] vient de s'inscrire à {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:7024518 C]], il veut être soudeur chez {{Constellium}}. Les enfants font leurs devoirs sur la table du salon.",
    ),
    (
        FT,
        AP,
        "FT {{Montluçon}}. Mme [[PERSONNE:Priscilla Jean-Baptiste]], martiniquaise, arrivée l'an dernier pour suivre son mari. Identifiant [[ID_FRANCE_TRAVAIL:1190374 L]], mail [[EMAIL:priscilla.jb972@yahoo.fr]]. Elle cherche en logistique. Elle dit « ici il fait froid même dans les bureaux ».",
    ),
    (
        FT,
        AP,
        "FT {{Le Puy}}. M. [[PERSONNE:Quentin Sabatier]], boulanger, entretien à {{Saint-Étienne}} {{mardi}}. Aide aux frais de déplacement, il donne son RIB : [[IBAN:FR76 1680 7000 5512 5733 9084 165]]. Le conseiller : « et si vous êtes pris, vous déménagez ? » « Jamais de la vie. »",
    ),
    (
        FT,
        AP,
        "FT {{Aurillac}}, {{vendredi}} {{11h}}, réunion d'équipe sur l'accompagnement des allocataires du {{RSA}} : {{14 conseillers}}, {{1}} diaporama, {{0}} café parce que la machine est cassée.",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Cédric Auzolle]] appelle, radié pour absence à un RDV qu'il dit n'avoir jamais reçu. Identifiant [[ID_FRANCE_TRAVAIL:3867219 S]]. Le conseiller voit le courrier envoyé à une ancienne adresse. Il annule la radiation. M. [[PERSONNE:Auzolle]] : « merci, vraiment ».",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Nadia Belkacem]], identifiant [[ID_FRANCE_TRAVAIL:8830145 E]], sa voiture est en panne et elle a une formation à {{Gerzat}} lundi. Aide à la réparation : le conseiller lui demande l'immatriculation pour le dossier, [[IMMATRICULATION:DQ-772-LH]], et le devis du garage ({{Garage Teixeira}}).",
    ),
    # -- edit 7: notes 211-240 --
    (
        CAF,
        AP,
        "Caf {{Clermont}}, {{jeudi}} {{14h20}}. Mme [[PERSONNE:Fatima Benali]], sortie de l'hôpital la semaine dernière, vient elle-même cette fois. Née à {{Oran}} en [[DATE_NAISSANCE:mars 1979]]. L'agente vérifie le NIR, [[NIR:2 79 03 99 352 045 65]], et le compte, [[IBAN:FR76 2004 1010 0801 2684 3590 262]]. N° alloc [[N_ALLOCATAIRE:6309274]]. Le {{RSA}} est rétabli, avec le rappel. Elle dit « mon mari a appelé, hein, il a tout embrouillé ».",
    ),
    (
        CAF,
        AP,
        "{{Jeudi}}, jour de marché à {{Ambert}}, permanence Caf à la {{France Services}}. M. [[PERSONNE:Régis Chabaud]], {{47 ans}}, bûcheron, vient entre deux stands. N° alloc [[N_ALLOCATAIRE:1145902]]. Pas de portable, un fixe : [[TELEPHONE:04 73 82 57 31]]. Il sent la fourme, il a acheté un morceau pour sa mère.",
    ),
    (
        CAF,
        AP,
        "Caf {{Montluçon}}, affiche à l'entrée : « Nous ne prenons plus les dossiers papier sans RDV ». {{3 personnes}} la lisent, font demi-tour. Une entre quand même. L'agent la reçoit.",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Dewaele]], belge installée à {{Moulins}}, touche sa pension de {{Belgique}} et veut l'{{APL}} sur son compte belge : [[IBAN:BE27 3101 8764 5273]]. N° alloc [[N_ALLOCATAIRE:0334718]]. La conseillère vérifie : compte {{SEPA}}, ça passe. « Ah ben vous voyez ! »",
    ),
    (
        CAF,
        AT,
        "{{17h55}}, dernier appel de la journée. [[PERSONNE:Kevin]] (« sans accent », il précise) veut changer son mail de contact : [[EMAIL:kevin.rouchon@laposte.net]]. La conseillère raccroche à {{18h02}} et éteint son casque.",
    ),
    (
        CAF,
        CSP,
        "Contrôle au {{Puy}}, quartier {{Guitard}}, [[ADRESSE:32 avenue Charles Dupuy, 43000 Le Puy-en-Velay]]. M. [[PERSONNE:Kouassi]], ivoirien, déclaré isolé. Compte ouvert il y a {{3 mois}} : [[IBAN:FR76 1513 5005 0008 0017 6293 476]]. Une {{Peugeot}} immatriculée [[IMMATRICULATION:ES-604-WD]] au nom de sa cousine. Le contrôleur ([[PERSONNE:Sébastien]]) ne conclut rien, il demande des pièces.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur la {{Planèze}}, routes blanches, {{-8°C}} au thermomètre de la voiture. Mme [[PERSONNE:Sandrine Bouyssou]], [[ADRESSE:Les Planchettes, 15100 Coltines]], dossier [[N_ALLOCATAIRE:1523647]]. Maison chauffée au bois, les enfants en pyjama polaire. Le contrôleur boit le café, vérifie le bail, repart. {{35 min}} de route jusqu'à {{Saint-Flour}}.",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Clermont}}. M. [[PERSONNE:Traoré]], {{37 ans}}, né au {{Mali}}, veut une carte vitale avec photo. L'agent scanne la photo d'identité et lit le NIR : [[NIR:1 87 12 99 335 402 20]]. « Ça arrive dans {{15 jours}}, chez vous. »",
    ),
    (
        CPAM,
        AP,
        "Cpam {{Riom}}, {{mercredi}} après-midi : beaucoup d'enfants (pas d'école), un bébé qui crie, un papa qui fait l'avion avec un dossier. L'agente garde le sourire jusqu'à {{17h}}.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Elena Popa]], {{35 ans}}, née en {{Roumanie}}, appelle pour ses remboursements de kiné. Date de naissance [[DATE_NAISSANCE:12.12.1989]], NIR [[NIR:2 89 12 99 114 124 87]]. Il manque la prescription. Elle demande un rappel sur [[TELEPHONE:07 58 30 12 94]], elle est à la chaîne jusqu'à {{14h}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt à {{Montluçon}}, [[ADRESSE:45 rue de la République, 03100 Montluçon]]. M. [[PERSONNE:Jérémy Lamotte]] absent. Le voisin dit qu'il « donne un coup de main » au garage du coin. Devant le garage, sa voiture : [[IMMATRICULATION:CV-219-EM]]. L'agent note, pas de commentaire.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Vichy}}. M. [[PERSONNE:Gabriel Vasseur]], {{44 ans}}, aide facultative pour un dépôt de garantie. L'aide sera versée sur son compte, [[IBAN:FR76 1680 6014 0072 8109 3455 568]]. Il demande s'il doit rembourser. Non.",
    ),
    (
        CCAS,
        AP,
        "CCAS {{Issoire}}. Mme [[PERSONNE:Vilay Phommachanh]], laotienne, demande l'aide à la cantine pour ses {{2 garçons}}. L'agent envoie le formulaire à [[EMAIL:phommachanh.vilay@gmail.com]], elle vérifie sur son téléphone : reçu. Elle salue en joignant les mains.",
    ),
    (
        CCAS,
        AT,
        "Standard du CCAS du {{Puy}}, {{11h}}. Trois appels sur les horaires de la navette seniors du {{samedi}}, un sur le repas des aînés. L'agente tient une feuille de bâtons : {{31}} appels depuis {{8h30}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite CCAS à {{Montluçon}}. Mme [[PERSONNE:Odette Rebière]], née en [[DATE_NAISSANCE:1929]], {{95 ans}}, [[ADRESSE:3 impasse des Glycines, 03100 Montluçon]]. Elle vit seule, sa fille passe le dimanche. Elle nous récite la liste de ses médicaments par cœur, sans erreur.",
    ),
    (
        URG,
        AP,
        "CHU, urgences, {{mardi}} {{3h15}}. M. [[PERSONNE:Olivier Tixier]], opérateur {{Michelin}}, équipe de nuit à {{Combaude}}, doigt écrasé dans une presse. Né le [[DATE_NAISSANCE:06/06/1990]]. Il tend sa carte de mutuelle d'entreprise, n° adhérent [[IDENTIFIANT:MC-4410387]]. Un collègue de l'équipe l'a amené et repart finir le poste.",
    ),
    (
        URG,
        AP,
        "Urgences d'{{Aurillac}}, {{août}}. Une touriste néerlandaise, [[PERSONNE:Sanne de Vries]], chute en descendant du {{Puy Mary}}. Son mari gare le camping-car immatriculé [[IMMATRICULATION:87-TNV-4]] sur le parking visiteurs, en travers de {{3}} places. L'agent d'accueil parle anglais avec l'accent auvergnat.",
    ),
    (
        URG,
        AT,
        "Un médecin généraliste de {{Brioude}} appelle pour annoncer Mme [[PERSONNE:Agathe Roussel]], née le [[DATE_NAISSANCE:17 octobre 1938]], suspicion d'AVC, transport en cours. L'IOA prévient la neuro. Appel {{2 min}}.",
    ),
    (
        CHRS,
        AP,
        "CHRS {{Clermont}}. M. [[PERSONNE:Dimitri]], {{34 ans}}, a enfin un compte bancaire grâce au droit au compte ({{Banque de France}}). Il montre son RIB à tout le monde comme un diplôme : [[IBAN:FR76 3000 3021 7000 0205 9331 816]]. L'éducatrice lui dit de ne pas le montrer à tout le monde, justement.",
    ),
    (
        CHRS,
        AP,
        "CHRS de {{Moulins}}, {{vendredi}}. Mme [[PERSONNE:Halima]], {{41 ans}}, rentre d'une journée de ménage à l'hôpital, s'assoit, enlève ses chaussures. Elle donne son nouveau numéro à la TS : [[TELEPHONE:06 71 09 64 23]], l'ancien téléphone a été volé dans le bus.",
    ),
    (
        CHRS,
        AT,
        "115, {{1h50}}. [[PERSONNE:Serge]], {{61 ans}}, du côté d'{{Ambert}}, dort dans sa voiture l'hiver, ce soir {{-9°C}}. Il donne sa plaque pour que la gendarmerie ne l'embête pas s'il reste sur le parking de la salle des fêtes : [[IMMATRICULATION:AZ-940-GL]]. L'écoutant appelle la mairie au matin.",
    ),
    (
        CHRS,
        AT,
        "115, {{Thiers}}, {{23h}}. Mme [[PERSONNE:Laetitia Vernet]], {{29 ans}}, hébergée chez une amie qui la met dehors. Elle demande que le SIAO lui écrive : [[EMAIL:laeti.vernet63@gmail.com]]. Référence de sa demande : [[IDENTIFIANT:SIAO63-24-09512]].",
    ),
    (
        CHRS,
        AT,
        "115. Un homme ne sait plus s'il a une demande en cours. L'écoutant cherche avec nom + date de naissance : [[PERSONNE:Karim Benhadj]], [[DATE_NAISSANCE:03/03/1975]]. Trouvé. Dossier fermé en {{2023}}, on le rouvre.",
    ),
    (
        FT,
        AP,
        "FT {{Vichy}}, {{lundi}} {{9h}}. Mme [[PERSONNE:Anaïs Morel]] revient de sa saison aux thermes des {{Dômes}}, s'inscrit pour l'hiver. Identifiant [[ID_FRANCE_TRAVAIL:2258406 G]]. « Comme tous les ans », dit la conseillère, qui la connaît.",
    ),
    (
        FT,
        AP,
        "FT {{Clermont}}. M. [[PERSONNE:Wang Jun]], docteur en chimie de l'{{UCA}}, cherche un poste chez {{Michelin}} ou {{Limagrain}}. Identifiant [[ID_FRANCE_TRAVAIL:9013572X]], mail [[EMAIL:jun.wang.uca@proton.me]]. La conseillère : « c'est vous qui allez m'apprendre des choses ».",
    ),
    (
        FT,
        AP,
        "FT {{Saint-Flour}}, neige : {{3}} RDV annulés sur {{8}}. Les conseillers font de la visio avec ceux qui ont du réseau, du téléphone avec les autres. Une dame est venue quand même, à pied, {{2 km}}.",
    ),
    (
        FT,
        AT,
        "Appel d'un employeur : M. [[PERSONNE:Yves Chastang]], responsable de la {{Laiterie des Monts}}, cherche {{2}} conducteurs de ligne. Son mail : [[EMAIL:y.chastang@laiterie-des-monts.fr]]. Le conseiller lui envoie {{4}} CV le jour même.",
    ),
    (
        FT,
        AT,
        "M. [[PERSONNE:Ousmane Ba]], identifiant [[ID_FRANCE_TRAVAIL:6402871 J]], demande pourquoi l'{{ARE}} tombe sur son ancien compte. Il redonne l'IBAN : [[IBAN:FR76 1871 5003 1008 7650 1234 746]]. Corrigé. Il demande « vous êtes sûr ? », deux fois.",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Lucie Tournadre]] a déménagé, nouvelle adresse : [[ADRESSE:2 place du Marché, 63890 Saint-Amant-Roche-Savine]]. Identifiant [[ID_FRANCE_TRAVAIL:4471903 T]]. La conseillère lui dit que l'agence de rattachement change : ce sera {{Ambert}}.",
    ),
    (
        FT,
        AT,
        "{{17h}}. M. [[PERSONNE:Grégory Faye]], {{56 ans}}, né à {{Aurillac}}, départ volontaire de chez {{Michelin}}. Il donne son numéro de sécu au lieu de l'identifiant : [[NIR:1 68 11 15 014 213 24]]. Le conseiller retrouve quand même le dossier, identifiant [[ID_FRANCE_TRAVAIL:1736059R]]. Il veut ouvrir un gîte dans le {{Cantal}}.",
    ),
    # -- end of notes --
]

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


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
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
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind100-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Dev / holdout ids, drawn from the ids and the cells only (never the contents)."""
    rng = random.Random(100)
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
