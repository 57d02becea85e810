"""Independent evaluation corpus n° 133: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets; ``main`` numbers the notes ``ind133-001`` … in writing order,
draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only, deterministic: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind133"
SEED = 133

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# Batch A: Caf, mostly dates of birth said aloud (Orléans, Tours, Saint-Denis…).
NOTES_A = [
    (
        "caf",
        AP,
        "{{10h20}} Mme [[PERSONNE:Odette Marchand]], {{76 ans}}, canne, venue seule en bus depuis {{La Source}}. Agent ([[PERSONNE:Yannick]]) : « votre date de naissance madame ? » — « le… le [[DATE_NAISSANCE:trois… trois mars quarante-huit]] ». Il tape [[DATE_NAISSANCE:03/03/1948]], ça matche. Elle tend sa carte vitale et il relit le numéro TOUT HAUT : [[NIR:2 48 03 45 234 112 16]]. Toute la file a entendu.",
    ),
    (
        "caf",
        AT,
        "Appel d'un fils pour sa mère. Num alloc donné direct : [[N_ALLOCATAIRE:2456178]]. Date de naissance de la maman : « [[DATE_NAISSANCE:soixante]]… non [[DATE_NAISSANCE:cinquante-neuf, le 12]] » / conseillère ([[PERSONNE:Nadia]]) : « le 12 de quel mois monsieur ? » / « euh… [[DATE_NAISSANCE:juin]] je crois, attendez je demande » → on entend la mère derrière crier « [[DATE_NAISSANCE:JUILLET]] ! ». [[PERSONNE:Nadia]] rit. Durée appel {{11 min}}.",
    ),
    (
        "caf",
        AP,
        "file d'attente {{40 min}}, ticket {{B27}}, pas de clim. 3 bornes sur 5 en panne 😤",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Smaïn Kaci]] vient pour la {{prime d'activité}}. L'agent lui demande sa date de naissance, il répond « [[DATE_NAISSANCE:1962]]… le [[DATE_NAISSANCE:quinze novembre]] », l'année d'abord. Né en Algérie, à {{Oran}}, arrivé à {{Orléans}} en {{1981}}. Carte vitale : [[NIR:1 62 11 99 352 045 09]]. Il habite [[ADRESSE:14 rue du Faubourg Bannier, 45000 Orléans]].",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} du {{Loiret}}. {{14h02}} : dame qui appelle pour l'{{APL}}, veut savoir pourquoi baisse de {{38 €}}. La conseillère demande nom + date de naissance. « [[PERSONNE:Sokhna Gueye]], [[DATE_NAISSANCE:le vingt-deux… vingt-deux août quatre-vingt-sept]] ». Elle épelle le nom : [[PERSONNE:G-U-E-Y-E]]. Réponse : ressources {{2023}} mises à jour.",
    ),
    (
        "caf",
        AP,
        "Une maman avec 3 enfants, la conseillère Mme [[PERSONNE:Rabier]] fait la liste pour l'{{AF}} : « l'aîné c'est [[PERSONNE:Ilyes]], né le [[DATE_NAISSANCE:4 février 2012]], après [[PERSONNE:Maïssa]] [[DATE_NAISSANCE:2015]] et le petit [[PERSONNE:Adam]] [[DATE_NAISSANCE:le 30 du 10 2019]] ». La maman corrige : « non [[PERSONNE:Adam]] c'est le [[DATE_NAISSANCE:31]] ». Sur l'écran : [[DATE_NAISSANCE:31/10/2019]].",
    ),
    (
        "caf",
        AP,
        "Observé : l'agent n'a pas d'écran tourné vers l'usager, il lit tout à voix haute. Pas de confidentialité. A noter pour la restit.",
    ),
    (
        "caf",
        AT,
        "monsieur agé, appelle de {{Blois}}, parle fort. « Je suis né le [[DATE_NAISSANCE:premier janvier trente-huit]] ! » L'agent : « [[DATE_NAISSANCE:1938]] donc ». « Oui ! [[DATE_NAISSANCE:mil neuf cent trente-huit]] ». Il a {{86 ans}} dit-il, et c'est sa fête aujourd'hui, la {{Saint-Marcel}}. Son tel pour rappel : [[TELEPHONE:02 54 78 31 06]]",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place avec [[PERSONNE:Jérôme Dufresne]] (contrôleur). Logement {{T3}} au [[ADRESSE:7 allée des Tilleuls, 37100 Tours]]. Mme [[PERSONNE:Nguyen Thi Lan]] nous montre les bulletins de salaire. Il vérifie la composition du foyer : elle, son fils [[PERSONNE:Minh]] né en [[DATE_NAISSANCE:2008]]. Pas de concubin constaté. 45 min sur place.",
    ),
    (
        "caf",
        AP,
        "Jeune homme, titre de séjour en main. L'agente lit : « né le [[DATE_NAISSANCE:09.12.1998]] à {{Bamako}} ». Lui : « oui, [[DATE_NAISSANCE:neuf décembre]] ». N° titre : [[IDENTIFIANT:9512034871]]. Il s'appelle [[PERSONNE:Moussa Camara]]. Carte vitale provisoire, NIR [[NIR:198129933507205]].",
    ),
    (
        "caf",
        AT,
        "Appel coupé 2 fois. Musique d'attente insupportable. {{17 min}} avant qu'un humain décroche.",
    ),
    (
        "caf",
        AP,
        "La conseillère ([[PERSONNE:Fabienne]]) à une dame : « vous êtes de quelle année ? » / « [[DATE_NAISSANCE:cinquante-sept]] » / « le jour ? » / « le [[DATE_NAISSANCE:18 juillet]], comme ma sœur mais pas la même année hein ». Rires. Mme [[PERSONNE:Huguette Perrin]], {{66 ans}}, veuve depuis le {{2 janvier 2024}}. Elle donne son NIR par cœur : [[NIR:2 57 07 37 261 208 16]]",
    ),
    (
        "caf",
        AP,
        "RIB déposé pour changement de banque : [[IBAN:FR76 3000 4008 2100 0104 8521 364]]. L'agent scanne. Allocataire [[N_ALLOCATAIRE:0873412]], Mr [[PERSONNE:Benali]].",
    ),
    (
        "caf",
        AT,
        "« Bonjour, [[PERSONNE:Svetlana Popescu]]… [[PERSONNE:Popescu]] oui. Ma date ? [[DATE_NAISSANCE:1979]]… pardon, [[DATE_NAISSANCE:dix-neuf… dix-neuf avril]] » (accent roumain, la conseillère répète lentement « [[DATE_NAISSANCE:19 avril 1979]] »). Elle demande l'{{ASF}} pour sa fille. Mail pour les pièces : [[EMAIL:svetlana.popescu79@gmail.com]]",
    ),
    (
        "caf",
        AP,
        "11h : un papa à l'accueil de {{Saint-Denis}} pour la naissance du bébé. « Elle est née le [[DATE_NAISSANCE:deux]]… le [[DATE_NAISSANCE:2 mars]], y a 10 jours ». Prénom [[PERSONNE:Inaya]]. L'agent : déclaration en ligne sur {{caf.fr}}, il aide sur la tablette. Papa : [[PERSONNE:Samir Haddouche]], num alloc [[N_ALLOCATAIRE:4781265]]",
    ),
    (
        "caf",
        CSP,
        "Visite à domicile : escalier B, 4e sans ascenseur. Mme [[PERSONNE:Ramassamy]] vit avec ses 2 filles. Le contrôleur regarde le frigo (!) et les chambres. Voiture garée en bas [[IMMATRICULATION:FG-482-TK]] déclarée au nom du frère. Il note tout sur sa tablette.",
    ),
    (
        "caf",
        AP,
        "Affiche au mur : « {{Caf}} du {{Cher}} — fermé le jeudi après-midi ». Salle d'attente à {{Bourges}} presque vide à {{13h45}}.",
    ),
    (
        "caf",
        AP,
        "Dame âgée d'origine portugaise, Mme [[PERSONNE:Rosa Martins]]. Date de naissance dite en portugais puis en français : « [[DATE_NAISSANCE:vinte e três de maio]]… [[DATE_NAISSANCE:vingt-trois mai cinquante et un]] ». Sa petite-fille traduit. NIR sur l'attestation : [[NIR:2 51 05 99 139 033 14]]. Adresse [[ADRESSE:3 place de la Liberté, 94000 Créteil]].",
    ),
    (
        "caf",
        AT,
        "Conseillère [[PERSONNE:Mélanie]] : « je vais vous demander votre numéro allocataire » / « [[N_ALLOCATAIRE:1 2 9 4 5 5 8]] » / « et votre date de naissance » / « [[DATE_NAISSANCE:douze douze quatre-vingt-un]] » / « [[DATE_NAISSANCE:12 décembre 81]] ? » / « oui ». Motif : {{RSA}} suspendu, DTR pas reçue.",
    ),
    (
        "caf",
        AP,
        "Ce que je retiens : beaucoup de gens ne savent pas leur num alloc, mais tous savent leur date de naissance. L'agent s'en sert comme clé de recherche. Rapide.",
    ),
    (
        "caf",
        AP,
        "{{9h05}} ouverture. Mr [[PERSONNE:Tran Van Duc]]… pardon, l'agent écrit [[PERSONNE:TRAN]] en nom, [[PERSONNE:Van Duc]] en prénom. Date naissance « [[DATE_NAISSANCE:1960]], [[DATE_NAISSANCE:mars]], [[DATE_NAISSANCE:le 7]] » (année, mois, jour, dans cet ordre). Il montre son passeport vietnamien n° [[IDENTIFIANT:C4871236]].",
    ),
    (
        "caf",
        AT,
        "Une femme appelle pour déclarer le décès de son mari le {{14 février}}. Très émue. La conseillère demande la date de naissance du mari : « le [[DATE_NAISSANCE:8 janvier 54]] ». Puis la sienne : « moi c'est le [[DATE_NAISSANCE:14 février]] aussi, le jour de mon anniversaire il est parti ». Silence. Mme [[PERSONNE:Chantal Oger]], tel [[TELEPHONE:06 71 42 88 13]].",
    ),
    (
        "caf",
        AP,
        "A noter : l'affichage « Votre numéro {{A112}} au guichet {{4}} » ne marche pas, l'agent appelle à la voix.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Aïcha Ould Ahmed]] vient pour la {{PAJE}}. Enfant à naître, terme prévu {{15 juin}}. Elle donne sa date à elle : « [[DATE_NAISSANCE:quatre-vingt-quatorze]], [[DATE_NAISSANCE:le deux octobre]] ». L'agent remarque qu'elle est dans le fichier avec [[DATE_NAISSANCE:1993]] : erreur de saisie à corriger, elle a l'acte de naissance ({{Nouakchott}}).",
    ),
    (
        "caf",
        AT,
        "Mr [[PERSONNE:Jean-Baptiste Le Bihan]] appelle de {{Chartres}}, veut changer son RIB par tel. La conseillère refuse : à faire sur l'espace perso. Il dicte quand même : [[IBAN:FR76 3000 3014 5000 0507 3168 215]]. Elle ne note pas.",
    ),
    (
        "caf",
        AP,
        "jeune maman, poussette, [[PERSONNE:Océane]] 19 ans. « Ma date ? [[DATE_NAISSANCE:0 5 0 2 2005]] » (elle dit chiffre par chiffre). Le bébé [[PERSONNE:Lyam]] né le [[DATE_NAISSANCE:28/11]]. Rdv fixé au {{12/03}} avec l'assistante sociale.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Montreuil}}, quartier {{La Boissière}}. Monsieur absent, c'est son fils ({{16 ans}}) qui ouvre. Le contrôleur ([[PERSONNE:Thierry Lacroix]]) laisse un avis de passage. Retour voiture.",
    ),
    (
        "caf",
        AP,
        "Le monsieur donne son âge au lieu de sa date : « j'ai {{72 ans}} ». L'agent insiste : « oui mais le jour ? » — « [[DATE_NAISSANCE:le 5]]… [[DATE_NAISSANCE:5 avril]] ». « Et l'année, 52 ? » — « [[DATE_NAISSANCE:52]] oui ». Mr [[PERSONNE:Gérard Chevalier]], {{ASPA}} à voir avec la {{Carsat}}.",
    ),
    (
        "caf",
        AT,
        "Agent [[PERSONNE:Karim]] très patient avec une dame qui ne comprend pas le serveur vocal. Il lui donne le {{3230}}. Elle demande si c'est gratuit. Oui.",
    ),
    (
        "caf",
        AP,
        "Couple turc. Lui : [[PERSONNE:Mehmet Yilmaz]], elle : [[PERSONNE:Elif]]. Leurs dates lues sur les cartes de résident : [[DATE_NAISSANCE:1971-05-03]] et [[DATE_NAISSANCE:1976-11-20]] (format année-mois-jour, l'agent se trompe d'abord, tape 05/03). Carte résident de monsieur : [[IDENTIFIANT:0281746532]].",
    ),
    (
        "caf",
        AP,
        "L'agente me dit que le lundi c'est l'enfer : {{120 passages}} en une matinée. Aujourd'hui mardi, {{64}}.",
    ),
    (
        "caf",
        AT,
        "Appel : monsieur sourd, c'est sa fille qui parle. « Mon père c'est [[PERSONNE:Abdelkader Mansouri]], né le [[DATE_NAISSANCE:trente… trente et un décembre… non attendez]] ». Elle demande à son père : c'est [[DATE_NAISSANCE:1er janvier 1950]] « comme beaucoup de gens d'Algérie à l'époque » explique la conseillère après. Num alloc [[N_ALLOCATAIRE:3310957]].",
    ),
    (
        "caf",
        AP,
        "Borne tactile : la dame tape son mail [[EMAIL:ginette.pasquier@orange.fr]] en majuscules, ça bloque. L'agent l'aide. Mme [[PERSONNE:Pasquier]], née en [[DATE_NAISSANCE:quarante-et-un]] « l'année où mon père est parti au STO ».",
    ),
    (
        "caf",
        AP,
        "Pas de toilettes pour le public à l'accueil d'{{Argenteuil}}. Une dame avec enfant a dû partir. 🙁",
    ),
]

# Batch B: Cpam (Tours, Créteil, Évry, Bourges…), half on dates of birth.
NOTES_B = [
    (
        "cpam",
        AP,
        "{{Cpam}} d'{{Indre-et-Loire}}, accueil de {{Tours}} centre. Monsieur veut sa carte Vitale refaite. L'agente ([[PERSONNE:Sandrine]]) : « date de naissance ? » « [[DATE_NAISSANCE:vingt-sept juillet quatre-vingt-treize]] ». Elle retrouve le dossier : [[PERSONNE:Florian Mercier]], NIR [[NIR:1 93 07 37 261 530 17]]. Photo à refaire, il est parti au photomaton de la gare.",
    ),
    (
        "cpam",
        AT,
        "{{3646}} : une dame appelle pour son remboursement de lunettes. Elle commence « je suis née le [[DATE_NAISSANCE:3]]… non c'est pour mon mari ». Mari : [[PERSONNE:Roger Lemoine]], « [[DATE_NAISSANCE:quarante-quatre]], le [[DATE_NAISSANCE:onze août]] ». Le conseiller relit « [[DATE_NAISSANCE:11/08/1944]] ». Elle : « non ! le [[DATE_NAISSANCE:onze]]… c'est ce que j'ai dit, le [[DATE_NAISSANCE:11]] » 😅. NIR du mari dicté : [[NIR:1 44 08 2A 004 017 85]] (né à {{Ajaccio}}).",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}} : 2 personnes n'arrivent pas à imprimer l'attestation. L'agent les accompagne. {{6 min}} chacune.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Fatoumata Sissoko]] : {{CSS}} à renouveler. Elle a 4 enfants, la conseillère lit les dates depuis l'écran : « [[DATE_NAISSANCE:2009]], [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2014]] et le petit [[PERSONNE:Bakary]] [[DATE_NAISSANCE:2020]] ». La maman : « [[PERSONNE:Bakary]] c'est [[DATE_NAISSANCE:2021]] ». Vérifié : [[DATE_NAISSANCE:janvier 2021]]. L'écran avait faux.",
    ),
    (
        "cpam",
        AT,
        "Attente {{22 min}}. Le conseiller m'explique qu'ils ont un objectif de {{5 min}} par appel.",
    ),
    (
        "cpam",
        AP,
        "Un jeune de {{Créteil}}, [[PERSONNE:Kévin Nsimba]], pas de médecin traitant. Date de naissance : « [[DATE_NAISSANCE:2-2-2002]] ». L'agent : « [[DATE_NAISSANCE:deux deux deux mille deux]], facile ». Tel [[TELEPHONE:07 68 24 51 90]]. Orienté vers la {{CPTS}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'un arrêt de travail à domicile, {{Évry}}, quartier des {{Pyramides}}. L'agente ([[PERSONNE:Corinne Vasseur]]) sonne au [[ADRESSE:22 cours Blaise-Pascal, 91000 Évry-Courcouronnes]] à {{10h40}}. Mr [[PERSONNE:Ousmane Diop]] est là, en pyjama, il montre l'ordonnance. RAS. {{8 min}} en tout.",
    ),
    (
        "cpam",
        AT,
        "la dame : « alors je suis [[PERSONNE:Lucienne Roux]], R-O-U-X, née le [[DATE_NAISSANCE:seize décembre mille neuf cent trente-neuf]], à {{Bourges}} » — elle a {{84 ans}} et elle est fière de tout dire d'une traite. Conseiller : « parfait ». Elle donne son NIR aussi, sans qu'on lui demande : [[NIR:2 39 12 18 033 051 49]].",
    ),
    (
        "cpam",
        AP,
        "Affluence modérée. L'agent d'accueil ([[PERSONNE:Hervé]]) oriente : {{3 personnes}} vers la borne, 1 vers le rdv {{PFIDASS}}, 2 renvoyées vers leur mutuelle.",
    ),
    (
        "cpam",
        AP,
        "Monsieur sri-lankais, [[PERSONNE:Arjun Selvarajah]], interprète au téléphone (tamoul). Date donnée par l'interprète : « il dit [[DATE_NAISSANCE:1er du 3 de 85]] » puis sur le titre de séjour : [[DATE_NAISSANCE:01/03/1985]]. Récépissé {{APS}} n° [[IDENTIFIANT:9311048273]]. Il vit chez un cousin, [[ADRESSE:5 rue Gabriel-Péri, 93200 Saint-Denis]].",
    ),
    (
        "cpam",
        AT,
        "APPEL TRES LONG (32 min) : une mutuelle n'a pas reçu le flux {{Noémie}}. Le conseiller donne la procédure. Monsieur lit son numéro d'adhérent {{Harmonie Mutuelle}} : [[IDENTIFIANT:004518723]].",
    ),
    (
        "cpam",
        AP,
        "Une grand-mère vient pour son petit-fils. « Il est né le [[DATE_NAISSANCE:25]]… [[DATE_NAISSANCE:vingt-cinq décembre]], le jour de {{Noël}}, [[DATE_NAISSANCE:2016]] ». L'agente sourit : « on s'en souvient facilement ». Enfant : [[PERSONNE:Noah Ferreira]]. La grand-mère, Mme [[PERSONNE:Ferreira]], n'a pas la délégation, refus poli.",
    ),
    (
        "cpam",
        AP,
        "{{11h30}} rush. Vigile à l'entrée filtre les gens sans rdv. Beaucoup repartent. L'accueil sans rdv c'est fini le mardi.",
    ),
    (
        "cpam",
        AT,
        "« Je vous donne mon RIB pour la pension d'invalidité : [[IBAN:FR7610278370010002194050747]] » — dicté en groupes de 4, le conseiller relit. Mme [[PERSONNE:Yasmina Cherif]], née [[DATE_NAISSANCE:quatre-vingt… 80]], le [[DATE_NAISSANCE:6 septembre]]. Elle rectifie son propre mari qui souffle derrière « non 81 ! » ; c'est bien 80.",
    ),
    (
        "cpam",
        AP,
        "Dame de {{Chartres}} avec son dossier en plastique, tout classé. Son fils lui a écrit sur une fiche : « nom [[PERSONNE:DUBREUIL Monique]] — né [[DATE_NAISSANCE:14/05/1946]] — tel fixe [[TELEPHONE:02.37.21.64.90]] ». Elle lit la fiche à l'agent mot à mot, y compris « né » au masculin.",
    ),
    (
        "cpam",
        CSP,
        "Pas de contrôle aujourd'hui finalement, le véhicule de service est en panne. On fait du back-office. Je vois des dossiers papier empilés partout.",
    ),
    (
        "cpam",
        AP,
        "Un homme : « mon anniversaire c'est le [[DATE_NAISSANCE:10 octobre]], j'ai {{58 ans}} ce jour-là » ; l'agente calcule à voix haute « donc [[DATE_NAISSANCE:66]] ». Mr [[PERSONNE:Dragan Petrović]], né à {{Argenteuil}}. Carte vitale : [[NIR:1 66 10 95 018 264 06]]. Il demande aussi un rdv pour le {{10 octobre}}, « cadeau ». 🎂",
    ),
    (
        "cpam",
        AT,
        "conseillère : « Madame [[PERSONNE:Benhamou]] ? Madame ? vous m'entendez ? » Ligne qui grésille. Raccroche. Rappel au [[TELEPHONE:01 43 77 20 58]], messagerie.",
    ),
    (
        "cpam",
        AP,
        "Les agents tutoient entre eux, vouvoient le public. [[PERSONNE:Léa]] (alternante) me dit qu'elle fait {{35h}} et qu'elle a un BTS SP3S.",
    ),
    (
        "cpam",
        AP,
        "Monsieur âgé, Mr [[PERSONNE:Hocine Bouzid]], veut savoir pourquoi sa carte indique une autre date. Écran : [[DATE_NAISSANCE:00/00/1947]] (jour et mois inconnus à l'époque). Lui : « moi je fête le [[DATE_NAISSANCE:20 mars]] ». L'agent explique qu'il faut un jugement supplétif. Il vit au foyer {{Adoma}}, chambre {{214}}.",
    ),
    (
        "cpam",
        AT,
        "Un appel pour une {{AME}} : la personne ne veut pas donner son nom. Le conseiller donne les infos générales. Durée {{4 min}}.",
    ),
    (
        "cpam",
        AP,
        "Jeune femme, [[PERSONNE:Wiktoria Kowalska]], étudiante Erasmus à {{Orléans}}. Carte européenne. « Birthday… euh [[DATE_NAISSANCE:second of February]] » puis en français « [[DATE_NAISSANCE:deux février deux mille un]] ». L'agent tape [[DATE_NAISSANCE:02022001]]. Mail : [[EMAIL:w.kowalska@etu.univ-orleans.fr]].",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Kervella]] conteste une franchise de {{50 €}}. Elle a sa facture d'ambulance n° [[IDENTIFIANT:AMB-2024-08831]]. L'agent prend copie. Elle habite [[ADRESSE:9 impasse des Glycines, 41000 Blois]].",
    ),
    (
        "cpam",
        AT,
        "« C'est pour ma fille, [[PERSONNE:Jade]], elle est née le… attendez… le [[DATE_NAISSANCE:8]]… le [[DATE_NAISSANCE:huit mai 2013]], non [[DATE_NAISSANCE:2012]], elle a {{12 ans}} là ». Le conseiller tape, ça ne trouve rien, puis ça trouve avec [[DATE_NAISSANCE:08/05/2012]]. Papa : [[PERSONNE:Ludovic Aubry]].",
    ),
    (
        "cpam",
        AP,
        "Tableau d'affichage : délais de remboursement {{7 jours}}. Une dame rigole : « pour moi c'est 7 semaines ».",
    ),
    (
        "cpam",
        AP,
        "Monsieur malien, [[PERSONNE:Adama Koné]], accompagné de l'assistante sociale de l'hôpital (Mme [[PERSONNE:Ferrand]] ? je n'ai pas bien entendu). Dates : lui « [[DATE_NAISSANCE:31/12/1975]] », sa femme [[PERSONNE:Mariam]] « [[DATE_NAISSANCE:soixante-dix-huit]] » seulement, elle ne connaît pas le jour.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une pharmacie ({{Pharmacie du Val d'Auron}}) pour un patient : le conseiller refuse de donner des infos. Bonne pratique.",
    ),
    (
        "cpam",
        AP,
        "Dame : « mon numéro de sécu c'est le [[NIR:2 83 04 93 048 305 80]] » — l'agente : « vous êtes née en [[DATE_NAISSANCE:avril 83]] à {{Montreuil}} alors ? » Oui, le [[DATE_NAISSANCE:17]]. Mme [[PERSONNE:Christelle Boulanger]] (son mari est {{boulanger}}, elle en rit).",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt maladie, {{Bourges}}, quartier {{La Chancellerie}}. Personne absente à {{14h15}} (heures de sortie autorisées 9-11h / 14-16h !). L'agente [[PERSONNE:Vasseur]] note absence. Voisin dit qu'il est « chez le kiné ». Plaque voiture sur le parking : [[IMMATRICULATION:6381 TW 18]], vieille 205.",
    ),
    (
        "cpam",
        AP,
        "Trop de monde. Je compte {{31 personnes}} assises à {{9h50}}, {{3 guichets}} ouverts.",
    ),
    (
        "cpam",
        AT,
        "Mr [[PERSONNE:Li Wei]] appelle, son fils traduit. Date : « [[DATE_NAISSANCE:一九六〇年]]… [[DATE_NAISSANCE:1960]], [[DATE_NAISSANCE:le 3 du 3]] ». Conseiller : « [[DATE_NAISSANCE:trois mars soixante]] ». Mail du fils : [[EMAIL:li.jun.paris14@hotmail.fr]]",
    ),
    (
        "cpam",
        AP,
        "On me montre l'écran de la conseillère : dossier de [[PERSONNE:Priya Ramdin]], date naiss [[DATE_NAISSANCE:1988-09-14]], médecin traitant Dr [[PERSONNE:Lamotte]], mutuelle {{MGEN}} n° [[IDENTIFIANT:1788245097]].",
    ),
    (
        "cpam",
        AP,
        "{{15h}}, fermeture. Les 4 dernières personnes sont reçues quand même.",
    ),
    (
        "cpam",
        AT,
        "« J'ai soixante… {{soixante-quatre ans}} » puis « né en [[DATE_NAISSANCE:soixante… soixante]], [[DATE_NAISSANCE:le 20 février]] ». Mr [[PERSONNE:Jacky Marteau]]. Le conseiller lui rappelle que son {{dépistage colorectal}} est dispo en pharmacie.",
    ),
]

# Batch C: CCAS (Blois, Orléans, Argenteuil, Créteil…), elderly people and their dates.
NOTES_C = [
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Blois}}, {{9h}}. Première personne : Mme [[PERSONNE:Paulette Vigneron]], {{92 ans}}, pour le colis de Noël. L'agente : « vous êtes née quand déjà ? » — « en [[DATE_NAISSANCE:trente-trois]], le [[DATE_NAISSANCE:vingt-neuf]]… [[DATE_NAISSANCE:vingt-neuf février]] ! une année bissextile, je n'ai que 22 anniversaires ». L'agente rit, vérifie : [[DATE_NAISSANCE:29/02/1932]]. « Ah oui [[DATE_NAISSANCE:32]], pas [[DATE_NAISSANCE:33]] ». 😂",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide facultative pour une facture {{EDF}}. Réf client EDF [[IDENTIFIANT:6004 812 375]]. Montant {{412,80 €}}. Monsieur : [[PERSONNE:Thierry Gaubert]], seul, {{RSA}}.",
    ),
    (
        "ccas",
        AT,
        "Une voisine appelle pour signaler une dame âgée qui ne sort plus. « Mme [[PERSONNE:Leclerc]], au [[ADRESSE:18 rue de la Mare, 95100 Argenteuil]], elle doit avoir {{90 ans}}, elle est née… elle m'a dit une fois, le [[DATE_NAISSANCE:1er mai]], comme la fête du travail ». L'agent transmet au service seniors.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : le CCAS sert d'adresse à {{320 personnes}}. L'agent me montre le casier du courrier. Boîtes par lettre.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour l'{{APA}} (avec l'évaluatrice du département, Mme [[PERSONNE:Kaddouri]]). Monsieur [[PERSONNE:Marcel Tessier]], {{89 ans}}, {{Orléans}}, [[ADRESSE:41 rue des Murlins]]. Elle lui demande sa date de naissance pour le tester : « [[DATE_NAISSANCE:le 12]]… [[DATE_NAISSANCE:le 12 avril trente-cinq]] », juste. Puis le jour d'aujourd'hui : il ne sait pas. GIR 4 probablement.",
    ),
    (
        "ccas",
        AP,
        "Dame sénégalaise, Mme [[PERSONNE:Ndèye Fall]], demande la carte de transport senior. « Née en [[DATE_NAISSANCE:1958]] » mais son passeport dit [[DATE_NAISSANCE:31/12/1958]]. Elle : « chez nous on met {{31 décembre}} quand on sait pas ». Passeport n° [[IDENTIFIANT:A02418765]].",
    ),
    (
        "ccas",
        AT,
        "Ligne occupée toute la matinée, 2 agents au tel pour une ville de {{100 000 habitants}}.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Bernard Loiseau]] (pas le chef 😄, l'agent fait la blague) vient pour l'aide au chauffage. Date : « [[DATE_NAISSANCE:quarante… quarante-six]], le [[DATE_NAISSANCE:3 juin]] ». Il parle surtout de son canari, {{Titi}}. Tel [[TELEPHONE:02 38 62 15 44]].",
    ),
    (
        "ccas",
        AP,
        "Un jeune couple avec un bébé, hébergés chez des amis. L'agente remplit la fiche : lui [[PERSONNE:Florin Dumitru]] [[DATE_NAISSANCE:12.03.1996]], elle [[PERSONNE:Ioana Dumitru]] « [[DATE_NAISSANCE:quatre-vingt-dix-huit]], le [[DATE_NAISSANCE:2 juillet]] », bébé [[PERSONNE:David]] né le [[DATE_NAISSANCE:5 août]] (il y a {{3 mois}}). Orientation {{115}} + {{SIAO}}.",
    ),
    (
        "ccas",
        AT,
        "Une fille appelle pour sa mère : « Maman c'est [[PERSONNE:Germaine Colas]], elle a {{95 ans}}, elle est de [[DATE_NAISSANCE:vingt-neuf]], le [[DATE_NAISSANCE:8 novembre]], et elle veut le portage de repas ». Tel de la fille : [[TELEPHONE:06 12 87 40 33]]. Agente très douce.",
    ),
    (
        "ccas",
        AP,
        "{{Argenteuil}}, {{Val d'Argent}} : l'accueil est dans une ancienne école. Il fait froid. Les agents gardent leur manteau.",
    ),
    (
        "ccas",
        AP,
        "Monsieur arménien, [[PERSONNE:Vahé Grigorian]], {{78 ans}}, cherche l'aide pour la mutuelle. Sa date : « [[DATE_NAISSANCE:mille neuf cent quarante-six]]… [[DATE_NAISSANCE:le sept]] » et il montre avec ses doigts : 7, puis 1 → [[DATE_NAISSANCE:janvier]]. L'agent écrit [[DATE_NAISSANCE:07/01/1946]]. Il est arrivé en France le {{7 janvier 1990}} : « le même jour, c'est un signe ».",
    ),
    (
        "ccas",
        CSP,
        "Enquête logement pour une demande d'aide (loyer impayé). Appartement {{Créteil}} {{Mont-Mesly}}, [[ADRESSE:6 rue Maurice-Déménitroux, 94000 Créteil]]. Mme [[PERSONNE:Marie-Claire N'Diaye]], 3 enfants. Bailleur : réf locataire [[IDENTIFIANT:LOC-0045721]]. Dette {{1 840 €}}.",
    ),
    (
        "ccas",
        AP,
        "L'agent me dit : « ici on voit ceux que personne d'autre ne voit ». Je note.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Yvonne Barbier]] donne sa date de naissance « [[DATE_NAISSANCE:le vingt et un… vingt et un novembre trente-six]] » puis « ah non c'est celle de ma sœur » ; elle : [[DATE_NAISSANCE:21 novembre 36]] quand même, c'était bien la sienne, la sœur c'est [[DATE_NAISSANCE:38]]. Confusion. NIR sur la carte : [[NIR:2 36 11 45 234 019 49]]. Née à {{Orléans}} et jamais partie.",
    ),
    (
        "ccas",
        AT,
        "Appel : monsieur demande l'épicerie sociale. Conseillère lui donne les horaires : mardi {{14h-17h}}, jeudi {{9h-12h}}. Il n'a pas de quoi noter, elle répète 3 fois.",
    ),
    (
        "ccas",
        AP,
        "Dossier de domiciliation : Mr [[PERSONNE:Jordan Pires]], né le [[DATE_NAISSANCE:6 juin 2000]] ({{24 ans}}), sans domicile depuis {{2 mois}}. Il donne son insta pour qu'on le joigne : [[IDENTIFIANT:@jordan.prs95]] 🙄 + tel [[TELEPHONE:07 81 26 59 03]].",
    ),
    (
        "ccas",
        AP,
        "{{Saint-Denis}} : une dame dit qu'elle est née « à la {{Toussaint}} » ([[DATE_NAISSANCE:1er novembre]]), l'agent demande l'année : « [[DATE_NAISSANCE:soixante-cinq]], ou [[DATE_NAISSANCE:soixante-six]]… non [[DATE_NAISSANCE:65]] ». Mme [[PERSONNE:Jocelyne Ramírez]]. Elle vient pour la {{carte Améthyste}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite de courtoisie canicule. Liste plan canicule : {{42 personnes}} inscrites. On passe chez 3. Mme [[PERSONNE:Lucette Bardin]] va bien, ventilo, bouteilles d'eau. Mr [[PERSONNE:Aimé Jolivet]] n'ouvre pas, on appelle sa fille.",
    ),
    (
        "ccas",
        AP,
        "Demande de secours d'urgence pour des lunettes. Reçu par [[PERSONNE:Nathalie]], travailleuse sociale. Monsieur donne son RIB : [[IBAN:FR76 1480 6450 0070 3125 6980 439]] (Crédit Agricole {{Centre Loire}}). Virement sous {{10 jours}}.",
    ),
    (
        "ccas",
        AT,
        "« Je m'appelle [[PERSONNE:Tatiana Ivanova]], née le [[DATE_NAISSANCE:vingt-quatre]]… pardon, je dis en russe d'abord… [[DATE_NAISSANCE:vingt-quatre janvier soixante-trois]] ». Elle demande pour le {{Pass Senior}} mais n'a que {{61 ans}}.",
    ),
    (
        "ccas",
        AP,
        "Point positif : chaises confortables, fontaine à eau, coin enfants. La {{fontaine}} est vide cela dit.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Mohamed Achour]] veut inscrire sa mère au repas des anciens. Lui : « elle est née vers [[DATE_NAISSANCE:1940]] ». L'agent : il faut la date exacte. Il appelle sa sœur sur haut-parleur : « [[DATE_NAISSANCE:1941]], le [[DATE_NAISSANCE:quatorze]] ! [[DATE_NAISSANCE:quatorze mai]] ». Nom de la mère : [[PERSONNE:Zohra Achour]].",
    ),
    (
        "ccas",
        AT,
        "Appel d'une assistante sociale de secteur, [[PERSONNE:Camille Roussel]], pour un dossier commun. Elle laisse son mail pro [[EMAIL:c.roussel@cd45.fr]]. (le mail pro d'une agente = donnée perso aussi je pense)",
    ),
    (
        "ccas",
        AP,
        "Jeune femme, {{Tours}}, {{Sanitas}}, enceinte, demande une aide alimentaire. Carte d'identité n° [[IDENTIFIANT:180737102245]]. Elle dit « j'ai {{22 ans}}, je suis de [[DATE_NAISSANCE:2002]] ». Mme [[PERSONNE:Inès Belhadj]].",
    ),
    (
        "ccas",
        AP,
        "Attente {{5 min}}. Personne dans la salle. Fin de mois = calme paraît-il.",
    ),
    (
        "ccas",
        AP,
        "Monsieur à l'accueil, très âgé, costume. « [[PERSONNE:Pierre Olivier]], né le [[DATE_NAISSANCE:dix-sept]]… le [[DATE_NAISSANCE:17 septembre 1930]], j'ai {{94 ans}} madame ». Il vient payer la cantine de son arrière-petite-fille (!). L'agente l'adore. Il a apporté un {{olivier}} en pot pour l'accueil, « pour la {{Saint-Pierre}} ».",
    ),
    (
        "ccas",
        AT,
        "Conseiller : « Votre date de naissance ? » Usager : « c'est le [[DATE_NAISSANCE:07/02/67]] » / « [[DATE_NAISSANCE:7 février]] ? » / « non 2 juillet, je dis à l'anglaise, j'ai vécu à {{Londres}} » ([[DATE_NAISSANCE:2 juillet]]). Le conseiller rectifie. Mr [[PERSONNE:Desmond Okafor]].",
    ),
]

# Batch D: urgences (CHR d'Orléans, CHU de Tours, Delafontaine, Henri-Mondor…).
NOTES_D = [
    (
        "urgences",
        AP,
        "Urgences {{CHU de Tours}} ({{Trousseau}}), accueil administratif {{23h10}}. Homme plié en deux. L'agente d'accueil : « nom, prénom, date de naissance ». « [[PERSONNE:Bastien Carré]]… [[DATE_NAISSANCE:quatre-vingt-cinq]]… le [[DATE_NAISSANCE:deux]]… [[DATE_NAISSANCE:deux février]] ». Elle tape pendant qu'il gémit. Bracelet imprimé avec IPP [[IDENTIFIANT:P00482317]].",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{38 personnes}}. Écran « temps d'attente estimé {{4h}} ». Un enfant dort par terre.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences : une femme appelle pour savoir si son père est arrivé. L'agente : « son nom et sa date de naissance ? » « [[PERSONNE:Kerrouche]], [[PERSONNE:Ali]], il est né le… [[DATE_NAISSANCE:1er juillet 1949]] je crois, ou [[DATE_NAISSANCE:cinquante]] ». Trouvé avec [[DATE_NAISSANCE:01/07/1949]]. Elle n'a pas le droit d'en dire plus : « il est bien chez nous ».",
    ),
    (
        "urgences",
        AP,
        "Dame âgée amenée par les pompiers depuis l'{{EHPAD Les Jardins de Loire}}. La fiche de liaison : Mme [[PERSONNE:Simone Guérin]], née le [[DATE_NAISSANCE:04/03/1931]], médecin traitant Dr [[PERSONNE:Ahmed Toure]]. Elle dit elle-même « je suis de [[DATE_NAISSANCE:trente-deux]] » — le brancardier : « c'est pas grave madame ».",
    ),
    (
        "urgences",
        AP,
        "Les agents d'accueil font aussi le tri des papiers : carte vitale, mutuelle, pièce d'identité. Sans carte vitale → on cherche par date de naissance + nom dans le logiciel. Ça marche 9 fois sur 10 dit l'agent.",
    ),
    (
        "urgences",
        AP,
        "{{Hôpital Delafontaine}}, {{Saint-Denis}}. Jeune homme blessé à la main. Ne parle pas français. Son ami traduit : « il s'appelle [[PERSONNE:Abdoulaye Bah]], il est né en [[DATE_NAISSANCE:2006]]… non, c'est ce qu'il dit à la préfecture… [[DATE_NAISSANCE:2004]] en vrai ». L'agente met [[DATE_NAISSANCE:01/01/2006]] comme sur l'{{AME}}. Pas de commentaire.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un médecin de ville, Dr [[PERSONNE:Vanessa Morel]], qui adresse un patient. Elle donne son portable [[TELEPHONE:06 58 31 72 04]] pour le retour.",
    ),
    (
        "urgences",
        AP,
        "Bébé fiévreux, maman seule. Agente : « date de naissance du bébé ? » — maman : « le [[DATE_NAISSANCE:12]]… [[DATE_NAISSANCE:12 du mois dernier]] » — agente : « donc [[DATE_NAISSANCE:12 septembre]] ». Prénom : [[PERSONNE:Aylan]]. Maman : [[PERSONNE:Sarah Lopes]], tel [[TELEPHONE:07 45 19 66 28]].",
    ),
    (
        "urgences",
        AP,
        "Il est {{3h}} du matin (je suis restée la nuit). Ambiance calme. L'agent de sécurité boit un café avec l'agente d'accueil.",
    ),
    (
        "urgences",
        AP,
        "Homme d'environ {{70 ans}}, ivre, ne sait plus sa date. Son portefeuille : carte vitale [[NIR:1 54 01 94 028 023 30]]. L'agente : « vous êtes né en [[DATE_NAISSANCE:janvier 54]] ? » — « ouais, le [[DATE_NAISSANCE:vingt]] ». Mr [[PERSONNE:René Pichon]]. Voiture laissée devant l'entrée ambulances, plaque [[IMMATRICULATION:AB-771-QS]], la sécurité appelle la fourrière.",
    ),
    (
        "urgences",
        AT,
        "Un fils appelle d'{{Italie}} pour sa mère hospitalisée. Il épelle : « [[PERSONNE:R-I-Z-Z-O Carmela]], née le [[DATE_NAISSANCE:10/06/1942]] ». L'agente donne le numéro du service, poste {{52014}}.",
    ),
    (
        "urgences",
        AP,
        "{{Créteil}}, {{Henri-Mondor}}. Une patiente haïtienne, Mme [[PERSONNE:Marie-Lourdes Jean-Baptiste]]. Date : « [[DATE_NAISSANCE:dix-huit]]… [[DATE_NAISSANCE:18 octobre septante… soixante-dix]] » (l'agente sourit, « septante » elle a vécu en {{Suisse}}). Tel [[TELEPHONE:06 22 41 09 87]].",
    ),
    (
        "urgences",
        AP,
        "Tableau blanc derrière l'accueil avec les box et les initiales des patients (B3 : M.D., B4 : J.K.…). Visible depuis la salle d'attente !!",
    ),
    (
        "urgences",
        AT,
        "« Allô, c'est pour mon mari, il est chez vous depuis ce matin, [[PERSONNE:Jean-Pierre Aubert]], il est né le [[DATE_NAISSANCE:vingt-six]]… attendez c'est moi le [[DATE_NAISSANCE:26]]… lui c'est le [[DATE_NAISSANCE:16 mai 1952]] ». L'agente : il est au box. Rappel conseillé dans 2h au [[TELEPHONE:02 48 27 50 16]] (c'est le numéro de la dame).",
    ),
    (
        "urgences",
        AP,
        "Adolescent accompagné de son éducateur ({{ASE}}). L'éducateur donne tout : [[PERSONNE:Enzo Garnier]], [[DATE_NAISSANCE:15/01/2009]], placé au foyer {{Les Tilleuls}}. L'agente demande l'autorisation de soins, l'éduc l'a.",
    ),
    (
        "urgences",
        AP,
        "Je remarque que l'agente vérifie systématiquement : nom, prénom, date, « et votre adresse n'a pas changé ? ». Un monsieur : « si ! [[ADRESSE:27 rue de Bourgogne, 45000 Orléans]], depuis mars ».",
    ),
    (
        "urgences",
        AT,
        "Le standard reçoit un appel d'un {{EHPAD}} qui annonce un transfert. Pas de nom donné au tel, juste « la résidente de la chambre {{12}} ». L'agente demande l'âge : {{97 ans}}.",
    ),
    (
        "urgences",
        AP,
        "Monsieur chinois, [[PERSONNE:Zhang Min]], ne parle pas français. L'agente utilise une appli de traduction. Date lue sur le passeport : [[DATE_NAISSANCE:1970/08/23]] (année en premier). Passeport [[IDENTIFIANT:EJ4821763]]. Le fils arrive ensuite, confirme « [[DATE_NAISSANCE:23 août 70]] ».",
    ),
    (
        "urgences",
        AP,
        "Agente (elle s'appelle [[PERSONNE:Nora]]) me dit qu'elle a été agressée verbalement 2 fois cette semaine. Une vitre a été posée en {{2022}}.",
    ),
    (
        "urgences",
        AP,
        "Une dame vient chercher son fils ({{15 ans}}). Elle hésite sur la date de naissance du fils ! « [[DATE_NAISSANCE:2009]], non [[DATE_NAISSANCE:2010]]… le [[DATE_NAISSANCE:3 mars]] » — stress. Fils : [[PERSONNE:Rayan]], nom [[PERSONNE:El Amrani]].",
    ),
    (
        "urgences",
        AT,
        "Numéro de l'accueil des urgences affiché nulle part sur le site internet. L'agente confirme : « les gens appellent le standard ».",
    ),
    (
        "urgences",
        AP,
        "Patient diabétique, mutuelle {{Malakoff Humanis}} n° adhérent [[IDENTIFIANT:MH-20483719]]. Mr [[PERSONNE:Grégoire Lambert]], né le [[DATE_NAISSANCE:30 novembre 1958]]. Il corrige l'agente qui a tapé 1968 : « j'aimerais bien ! ».",
    ),
    (
        "urgences",
        AP,
        "{{Chartres}}, {{Hôpital Louis-Pasteur}} ({{Le Coudray}}). Une dame portugaise, {{71 ans}} : « [[DATE_NAISSANCE:cinquante-trois]] », « [[DATE_NAISSANCE:le 24 juin]], {{São João}} » (la {{Saint-Jean}}, c'est sa fête ET son anniversaire). Mme [[PERSONNE:Maria do Céu Pereira]].",
    ),
    (
        "urgences",
        AT,
        "appel : « ma fille s'est cassé le bras, c'est [[PERSONNE:Lina]], [[PERSONNE:Lina Haddad]], elle est née en [[DATE_NAISSANCE:deux mille quinze]], elle est où ?? » → l'agente rassure, la petite est en radio. Papa s'appelle [[PERSONNE:Karim Haddad]], joignable au [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, cinquante-cinq]].",
    ),
    (
        "urgences",
        AP,
        "Bilan de ma nuit : {{62 admissions}} entre {{20h}} et {{6h}}. 2 agents d'accueil. Aucune pause.",
    ),
    (
        "urgences",
        AP,
        "Un SDF connu du service (« [[PERSONNE:Tonton]] » comme ils l'appellent), {{Orléans}}. Pas de papiers. L'agente : « toujours le [[DATE_NAISSANCE:6 décembre 67]] ? » Lui : « si vous le dites ». Son vrai nom sur le dossier : [[PERSONNE:Jacques Mabillon]]. IPP [[IDENTIFIANT:400187523]].",
    ),
    (
        "urgences",
        AP,
        "Jeune femme en pleurs avec sa carte d'étudiante, [[PERSONNE:Mélissa Kone]], « née le [[DATE_NAISSANCE:vingt-neuf juin deux mille trois]] ». Elle donne le tel de sa mère pour la prévenir : [[TELEPHONE:+33 6 84 20 17 39]].",
    ),
    (
        "urgences",
        AT,
        "Une infirmière appelle l'accueil administratif pour corriger une identité : le patient du box 7 a été enregistré avec la date de son frère jumeau ! Même date de naissance mais prénom différent 🙃 ([[PERSONNE:Yanis]] / [[PERSONNE:Ilyès]]).",
    ),
    (
        "urgences",
        AP,
        "Parking des urgences saturé, les familles se garent sur les trottoirs. Sécurité relève les plaques : [[IMMATRICULATION:GH-205-NB]], [[IMMATRICULATION:dz-914-ka]], [[IMMATRICULATION:1-ABC-123]] (belge).",
    ),
    (
        "urgences",
        AP,
        "Dame de {{Montreuil}} qui accompagne sa voisine. La voisine donne une date « [[DATE_NAISSANCE:sept… sept sept cinquante-sept]] » ([[DATE_NAISSANCE:07/07/57]] ?). L'agente : « vous êtes née un [[DATE_NAISSANCE:7/7/57]] ?! ». Oui, et son mari aussi a des 7. Mme [[PERSONNE:Ginette Delorme]].",
    ),
    (
        "urgences",
        AP,
        "{{Évry}} ({{CHSF}}). Homme en fauteuil, rapatrié du {{Maroc}}. Son fils donne sa date « [[DATE_NAISSANCE:1940]], sans jour » et un document marocain avec « [[DATE_NAISSANCE:00/00/1940]] ». Agent : on met [[DATE_NAISSANCE:01/01/1940]] par convention. Mr [[PERSONNE:Lahcen Oubella]].",
    ),
]

# Batch E: CHRS and the 115 (Orléans, Bourges, Saint-Denis, Argenteuil…).
NOTES_E = [
    (
        "chrs",
        AT,
        "Écoute au {{115}} du {{Loiret}}, {{21h}}. Écoutante ([[PERSONNE:Amandine]]) : « vous avez quel âge monsieur ? » — « {{cinquante ans}} » — « votre date de naissance ? » — « [[DATE_NAISSANCE:soixante-quatorze]]… le [[DATE_NAISSANCE:14]], [[DATE_NAISSANCE:14 du 2]] ». Nom : [[PERSONNE:Didier Fauvel]]. Pas de place ce soir. Il rappelle demain.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Le Relais}}, {{Bourges}}. Entretien d'admission. Madame avec 2 enfants, violences conjugales. L'éducatrice remplit : Mme [[PERSONNE:Samia Belkacem]], [[DATE_NAISSANCE:11/06/1979]] (née à {{Casablanca}}), enfants [[PERSONNE:Nour]] [[DATE_NAISSANCE:2012]] et [[PERSONNE:Yacine]] [[DATE_NAISSANCE:2016]]. Carte vitale [[NIR:2 79 06 99 350 118 03]].",
    ),
    (
        "chrs",
        AT,
        "115 saturé : {{86 appels}} non décrochés entre {{18h}} et {{20h}}. L'écoutant me dit « on ne décroche pas, on subit ».",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour. Un monsieur polonais, [[PERSONNE:Zbigniew]] (« appelle-moi Zbig »). Date de naissance : « [[DATE_NAISSANCE:sześćdziesiąt]]… [[DATE_NAISSANCE:soixante]]… [[DATE_NAISSANCE:1960]], [[DATE_NAISSANCE:maj]], mai, le [[DATE_NAISSANCE:10]] ». L'éduc tape [[DATE_NAISSANCE:10/05/1960]]. Il connaît par cœur son numéro SIAO : [[IDENTIFIANT:SIAO45-2023-0918]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement diffus du CHRS, {{Saint-Denis}}, [[ADRESSE:12 rue Gaston-Philippe, 93200 Saint-Denis]]. Famille [[PERSONNE:Diallo]]. L'éducateur ([[PERSONNE:Olivier Mesnil]]) vérifie le ballon d'eau chaude et l'humidité. Mme [[PERSONNE:Diallo]] se plaint des cafards.",
    ),
    (
        "chrs",
        AT,
        "« 115 bonjour » — « oui c'est [[PERSONNE:Kevin]], [[PERSONNE:Kevin Morin]], je suis né le [[DATE_NAISSANCE:vingt-trois]]… [[DATE_NAISSANCE:vingt-trois avril quatre-vingt-dix-neuf]] » ; l'écoutante : « t'es à la gare ? » ; « ouais, {{gare des Aubrais}} ». Nuitée à l'hôtel {{Première Classe}}, chambre {{108}}.",
    ),
    (
        "chrs",
        AP,
        "Repas du soir : {{45 couverts}}. Je sers avec les bénévoles. On ne demande rien à personne ici, ni nom ni date.",
    ),
    (
        "chrs",
        AP,
        "Un homme d'origine afghane, [[PERSONNE:Ahmad Zaher Noori]]. Il dit « né [[DATE_NAISSANCE:1377]] » (calendrier persan !) → l'éducatrice cherche sur {{Google}} : [[DATE_NAISSANCE:1998]]. Sur son récépissé de demande d'asile : [[DATE_NAISSANCE:01/01/1998]]. AGDREF [[IDENTIFIANT:4509182736]].",
    ),
    (
        "chrs",
        AT,
        "115 {{Val-d'Oise}}. Une femme appelle d'{{Argenteuil}} avec un bébé. « [[PERSONNE:Christine Mbala]], [[DATE_NAISSANCE:vingt-cinq du cinq quatre-vingt-onze]] », bébé « [[DATE_NAISSANCE:le 9 octobre]] ». Rappelée sur [[TELEPHONE:07 53 88 14 26]] à {{22h40}} : place à {{Cergy}}.",
    ),
    (
        "chrs",
        AP,
        "L'éduc me dit que beaucoup de personnes donnent une date fausse au 115 pour ne pas être retrouvées (ex-conjoint). On ne vérifie pas.",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Thierry Bonnet]] sort de détention. Papiers : carte d'identité périmée n° [[IDENTIFIANT:140945201873]], né le [[DATE_NAISSANCE:19 septembre 1969]]. Il demande un RIB pour le {{RSA}} : compte ouvert à {{La Banque Postale}}, [[IBAN:FR76 2004 1010 1204 5783 2003 065]].",
    ),
    (
        "chrs",
        CSP,
        "Passage dans les chambres du CHRS (contrôle hebdo). Chambre {{6}} : Mr [[PERSONNE:Fofana]] dort. Chambre {{7}} : vide, affaires laissées. L'éduc note. Règlement : pas d'alcool, pas d'animaux (mais il y a un chat, {{Pirate}}, toléré).",
    ),
    (
        "chrs",
        AT,
        "Appel d'un travailleur social de la {{PASS}} pour une dame : « [[PERSONNE:Leila Amrani]], elle a {{48 ans}}, elle est née le [[DATE_NAISSANCE:deux]]… attends je regarde… [[DATE_NAISSANCE:2 juillet 1976]] ». Demande SIAO déposée réf [[IDENTIFIANT:SIAO-37-24-01562]].",
    ),
    (
        "chrs",
        AP,
        "Atelier CV à l'accueil de jour, l'animatrice montre un modèle au nom de « [[PERSONNE:Marie Dupont]], [[ADRESSE:1 rue de la Paix, 45000 Orléans]], [[TELEPHONE:06 00 00 00 00]] ». 4 participants.",
    ),
    (
        "chrs",
        AP,
        "Jeune homme de {{19 ans}}, sorti de l'{{ASE}}, [[PERSONNE:Dylan Morin]]. L'éducatrice : « anniversaire ? » (elle demande comme ça pour détendre) — « le [[DATE_NAISSANCE:31 octobre]], {{Halloween}} » 🎃. Année [[DATE_NAISSANCE:2005]].",
    ),
    (
        "chrs",
        AT,
        "Écoutant ([[PERSONNE:Malik]]) au 115, {{Seine-Saint-Denis}} : « vous êtes combien ? » « 4 : moi, ma femme, 2 enfants ». Noms et dates : « [[PERSONNE:Ibrahima Ba]] [[DATE_NAISSANCE:82]], [[PERSONNE:Aminata]] [[DATE_NAISSANCE:87]], [[PERSONNE:Awa]] [[DATE_NAISSANCE:2015]], [[PERSONNE:Souleymane]] [[DATE_NAISSANCE:2019]] » — tout en années seulement, l'écoutant insiste pas.",
    ),
    (
        "chrs",
        AP,
        "Il pleut. Une quinzaine de personnes attendent devant l'ouverture à {{8h30}}. L'agent de sécurité laisse entrer à {{8h20}}.",
    ),
    (
        "chrs",
        AP,
        "Dame âgée, {{74 ans}}, à la rue après une expulsion. Elle donne sa date « le [[DATE_NAISSANCE:trois]]… le [[DATE_NAISSANCE:trois mai cinquante]] », sa carte vitale : pas sur elle. Mme [[PERSONNE:Josiane Fortin]]. Son ancien logement : [[ADRESSE:8 rue Henri-Barbusse, 95100 Argenteuil]]. Bailleur {{Val d'Oise Habitat}}.",
    ),
    (
        "chrs",
        AT,
        "Appel de la police : une femme et enfant au commissariat de {{Tours}}. L'écoutante demande : nom de la dame [[PERSONNE:Aurore Fontaine]], née le [[DATE_NAISSANCE:quinze… 15/03/1990]]. Pas de place CHRS, hôtel {{Ibis Budget}} chambre {{214}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite mensuelle d'un appartement en ALT à {{Blois}}, [[ADRESSE:3 allée de la Pinçonnière, 41000 Blois]]. Mr [[PERSONNE:Emre Kaya]] a repeint la cuisine lui-même. L'éducatrice est contente. Il lui montre sa voiture achetée d'occasion : [[IMMATRICULATION:ER-318-JL]].",
    ),
    (
        "chrs",
        AP,
        "Réunion d'équipe le matin : on parle des « situations » par prénom seulement : [[PERSONNE:Patrick]], [[PERSONNE:Soraya]], le petit [[PERSONNE:Mathis]]…",
    ),
    (
        "chrs",
        AT,
        "« Ma date de naissance ? c'est marqué sur ma carte… attendez… [[DATE_NAISSANCE:1-9-8-4]], [[DATE_NAISSANCE:0-8]], [[DATE_NAISSANCE:1-7]] » (il lit à l'envers, format américain ? non, format ISO sur un document étranger). Écoutante : « [[DATE_NAISSANCE:17 août 84]] ». Mr [[PERSONNE:Tarik Saïdi]].",
    ),
    (
        "chrs",
        AP,
        "Bureau de l'éduc : post-it collés sur l'écran avec des numéros. Je vois « Mme [[PERSONNE:Traoré]] rappeler [[TELEPHONE:06 45 71 80 26]] ». Pas top.",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Jean-Claude]], {{63 ans}}, fête son anniversaire aujourd'hui ([[DATE_NAISSANCE:12 mars]]). Gâteau à {{16h}}. Il me dit qu'il est « de [[DATE_NAISSANCE:61]] ». Tout le monde chante.",
    ),
    (
        "chrs",
        AT,
        "Maraude du soir (j'écoute la radio) : « on a [[PERSONNE:Bébert]] sous le pont {{George-V}}, il refuse le centre ». {{Tours}}, {{2°C}}.",
    ),
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Dramane Traoré]] dit qu'il est né en [[DATE_NAISSANCE:1998]] mais à la préfecture ils ont mis [[DATE_NAISSANCE:1996]]. Titre de séjour n° [[IDENTIFIANT:9503127846]]. Né au {{Mali}}, à {{Kayes}}. L'éducatrice : « on garde la date de la préfecture, sinon rien ne matche ».",
    ),
]

# Batch F: France Travail (Orléans La Source, Tours Nord, Évry, Montreuil…).
NOTES_F = [
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Orléans}} {{La Source}}. Monsieur, {{57 ans}}, licencié. Le conseiller ([[PERSONNE:Stéphane]]) : « identifiant ? » — « [[ID_FRANCE_TRAVAIL:4581273K]] » — « et votre date de naissance pour vérifier » — « [[DATE_NAISSANCE:soixante-sept]], le [[DATE_NAISSANCE:9 septembre]] ». OK. Mr [[PERSONNE:Alain Renaud]].",
    ),
    (
        "france_travail",
        AT,
        "{{3949}} : une jeune femme n'arrive pas à se connecter. Identifiant dicté « [[ID_FRANCE_TRAVAIL:trois huit zéro deux un cinq six B]] ». Mot de passe réinitialisé par SMS. Elle : [[PERSONNE:Manon Lefèvre]], née le [[DATE_NAISSANCE:premier… 1er avril 2003]] (« c'est pas une blague »).",
    ),
    (
        "france_travail",
        AP,
        "Zone d'accueil : {{12 ordinateurs}} en libre-service, 2 services civiques pour aider. Beaucoup d'imprimantes en panne.",
    ),
    (
        "france_travail",
        AP,
        "Un homme d'origine tamoule, [[PERSONNE:Sivakumar Ponnuthurai]], nom long, la conseillère épelle à voix haute [[PERSONNE:P-O-N-N-U-T-H-U-R-A-I]]. Date : « [[DATE_NAISSANCE:1980]], [[DATE_NAISSANCE:March]]… mars, [[DATE_NAISSANCE:le 21]] ». Identifiant [[ID_FRANCE_TRAVAIL:7712045 M]]. Mail [[EMAIL:siva.ponnu80@yahoo.fr]].",
    ),
    (
        "france_travail",
        AT,
        "Conseiller : « je vous rappelle sur quel numéro ? » — « [[TELEPHONE:06 33 90 12 47]] » — « c'est noté madame [[PERSONNE:Benkirane]] ». Motif : radiation pour absence au rdv du {{15 mai}}. Elle dit qu'elle n'a jamais reçu la convocation.",
    ),
    (
        "france_travail",
        AP,
        "Atelier « Rebondir à 50 ans ». {{8 inscrits}}, {{5 présents}}. L'animatrice ([[PERSONNE:Claire Vidal]]) fait un tour de table : chacun dit son prénom et son dernier métier. [[PERSONNE:Roland]] (cariste), [[PERSONNE:Fatima]] (aide à domicile), [[PERSONNE:Joël]] (commercial), [[PERSONNE:Nadège]] (compta), [[PERSONNE:Hamid]] (chauffeur).",
    ),
    (
        "france_travail",
        AP,
        "Jeune, [[PERSONNE:Yanis Boukhari]], {{20 ans}}, vient s'inscrire. La conseillère : « date de naissance ? » « [[DATE_NAISSANCE:2004]]… [[DATE_NAISSANCE:le 18 février 2004]] ». Elle lui parle du {{CEJ}}. Il dit qu'il a son permis et une voiture ([[IMMATRICULATION:FZ-623-CX]]) « donc je peux bouger jusqu'à {{Pithiviers}} ».",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant : la conseillère relance un demandeur pour une offre (offre n° {{178QKXW}}). Messagerie. Elle laisse un message.",
    ),
    (
        "france_travail",
        AP,
        "{{Tours Nord}}. Dame de {{61 ans}}, veut savoir si elle peut partir en retraite. Conseiller : « vous êtes née en [[DATE_NAISSANCE:63]] ? » — « [[DATE_NAISSANCE:63]], le [[DATE_NAISSANCE:vingt-neuf]]… non le [[DATE_NAISSANCE:vingt-huit octobre]] » — « donc {{62 ans et 9 mois}} pour vous ». Mme [[PERSONNE:Dominique Hervé]].",
    ),
    (
        "france_travail",
        AP,
        "Une conseillère me montre son portefeuille : {{380 demandeurs}}. Elle en voit {{10}} par jour.",
    ),
    (
        "france_travail",
        AT,
        "« [[PERSONNE:Ana Ferreira dos Santos]], identifiant [[ID_FRANCE_TRAVAIL:2 3 9 8 7 6 1 L]], j'appelle pour mon attestation employeur ». Le conseiller lui donne l'adresse mail de l'agence — non perso. Elle donne la sienne : [[EMAIL:ana.fsantos [at] free.fr]].",
    ),
    (
        "france_travail",
        AP,
        "{{Montreuil}}. Réfugié ukrainien, [[PERSONNE:Oleksandr Melnyk]]. Date sur le titre {{APS}} : « [[DATE_NAISSANCE:12.11.1988]] ». Il dit « [[DATE_NAISSANCE:dvanadtsyate lystopada]] », puis en anglais. L'agent écrit [[DATE_NAISSANCE:12/11/1988]]. APS n° [[IDENTIFIANT:9301762481]].",
    ),
    (
        "france_travail",
        AP,
        "Entretien d'inscription, {{45 min}}. Conseiller très rapide sur le logiciel, il remplit et parle en même temps. Le demandeur a l'air perdu.",
    ),
    (
        "france_travail",
        AT,
        "Un monsieur appelle pour son fils handicapé ({{RQTH}}). « Il s'appelle [[PERSONNE:Hugo]], il est de [[DATE_NAISSANCE:deux mille]], le [[DATE_NAISSANCE:4 janvier]] ». Réf MDPH [[IDENTIFIANT:MDPH45-118742]]. Orientation {{Cap emploi}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Ludivine Perrot]] vient pour une formation aide-soignante. Financement {{AIF}}. Elle est auto-entrepreneuse aussi (ménage), son SIRET perso [[IDENTIFIANT:84215937600018]]. Identifiant FT [[ID_FRANCE_TRAVAIL:6093314P]].",
    ),
    (
        "france_travail",
        AP,
        "{{Évry}}. Un monsieur congolais, [[PERSONNE:Jean-Marie Mukendi]]. Le conseiller : « date de naissance ? » — « [[DATE_NAISSANCE:77]] » — « oui mais complète ? » — « [[DATE_NAISSANCE:le vingt… vingt-deux… vingt-deux juin soixante-dix-sept]] ». Tel [[TELEPHONE:01 60 78 45 22]] (fixe).",
    ),
    (
        "france_travail",
        AT,
        "File d'attente téléphonique : {{35 appels}} en attente à {{9h15}}. Le tableau lumineux clignote rouge.",
    ),
    (
        "france_travail",
        AP,
        "Une dame montre son CV papier : « [[PERSONNE:Ouardia Hamdi]] — [[ADRESSE:23 avenue de la Libération, 18000 Bourges]] — née le [[DATE_NAISSANCE:07/09/1972]] — [[EMAIL:ouardia.hamdi72@laposte.net]] ». Le conseiller lui conseille d'enlever la date de naissance du CV !",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur ({{Boulangerie Marchal}}) pour une offre. Pas de données perso. Le conseiller note le besoin : {{1 vendeuse}}, {{CDD 6 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "Ici les rdv sont à {{20 min}} pile. Mr [[PERSONNE:Quentin Roy]], {{28 ans}}, arrive en retard. Identifiant [[ID_FRANCE_TRAVAIL:5184002R]]. On le prend quand même.",
    ),
    (
        "france_travail",
        AP,
        "Conseillère {{Argenteuil}} : « c'est bien vous, [[PERSONNE:Rachida]]… [[PERSONNE:Rachida Oukaci]], née le [[DATE_NAISSANCE:2 février 85]] ? » — « non [[DATE_NAISSANCE:86]] ! » — « ah, il y a deux [[PERSONNE:Rachida Oukaci]] dans le fichier » 😳. Identifiant de la bonne : [[ID_FRANCE_TRAVAIL:4410587W]].",
    ),
    (
        "france_travail",
        AT,
        "Un homme âgé de {{64 ans}} : « je suis né le [[DATE_NAISSANCE:quatorze juillet soixante]], comme la fête nationale ». Le conseiller : « vous n'êtes plus inscrit depuis {{2021}} ». Mr [[PERSONNE:Serge Pottier]].",
    ),
    (
        "france_travail",
        AP,
        "Bilan : la conseillère a reçu 7 personnes le matin. Pause déj {{12h-13h}} stricte.",
    ),
]

# Batch G: all sites, bank details, plates, e-mails, identifiers, and more dates.
NOTES_G = [
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Nicolas Brunet]] change de banque, il dicte son IBAN à l'agent qui le saisit : [[IBAN:FR76 3000 2004 2500 0041 7259 630]]. Num alloc [[N_ALLOCATAIRE:5520418]]. Né le [[DATE_NAISSANCE:16 février 1985]] à {{Blois}}, NIR [[NIR:1 85 02 41 018 376 02]].",
    ),
    (
        "caf",
        AT,
        "« Allocataire [[N_ALLOCATAIRE:6 0 3 4 7 1 2]], [[PERSONNE:Nadège Hoarau]] » (réunionnaise installée à {{Chartres}}) ; la conseillère : « votre date ? » ; « [[DATE_NAISSANCE:le 30 juin 1978]] ». Mail pour le justificatif : [[EMAIL:nadege.hoarau974@gmail.com]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} à {{Vierzon}}. Mr [[PERSONNE:Franck Delaunay]] déclare vivre seul. Dans la cour : 2 voitures, [[IMMATRICULATION:EX-447-RM]] (à lui) et [[IMMATRICULATION:BN 452 PL]] (??). Le contrôleur demande à qui est la 2e. « À un pote ». Suite : enquête.",
    ),
    (
        "caf",
        AP,
        "Tout le monde parle fort parce que la vitre du guichet est épaisse. On entend tout depuis la salle.",
    ),
    (
        "caf",
        AT,
        "Appel sur l'{{AAH}}. Le monsieur donne son numéro allocataire à l'envers puis à l'endroit : [[N_ALLOCATAIRE:8712354]]. Conseillère [[PERSONNE:Fanny]] : patience d'ange.",
    ),
    (
        "caf",
        AP,
        "{{Créteil}}. Mère algérienne, âge : {{39 ans}}, enfants nés au bled et en France : [[PERSONNE:Amine]] [[DATE_NAISSANCE:14/08/2010]] ({{Sétif}}), [[PERSONNE:Lyna]] [[DATE_NAISSANCE:2 mai 2017]] ({{Créteil}}). Elle : « moi c'est le [[DATE_NAISSANCE:5]]… [[DATE_NAISSANCE:cinq cinq quatre-vingt-cinq]] ». Mme [[PERSONNE:Naïma Ait Ouali]], alloc [[N_ALLOCATAIRE:2291806]].",
    ),
    (
        "caf",
        AP,
        "Je demande à l'agent combien de fois par jour il demande une date de naissance. Il rit : « {{cent fois}} ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources, travailleur indépendant (food truck). Mr [[PERSONNE:Sofiane Larbi]], SIRET perso [[IDENTIFIANT:90123456700015]]. Camion garé devant : [[IMMATRICULATION:GK-091-DF]]. Adresse [[ADRESSE:15 rue de la Fosse-Marine, 28000 Chartres]]. Contrôleur épluche le cahier de recettes.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Bintou Sylla]] donne son IBAN par tel (la conseillère accepte de le noter pour vérifier seulement) : « FR seize… non, [[IBAN:FR76 1751 5900 0008 1234 6457 169]] ». Caisse d'Épargne {{Île-de-France}}.",
    ),
    (
        "cpam",
        AP,
        "{{Chartres}}, Cpam. Monsieur donne sa carte vitale cassée. L'agente lit le numéro sur l'attestation : [[NIR:1 71 05 28 085 149 80]], « vous êtes bien né en [[DATE_NAISSANCE:mai 71]] à Chartres ? » — « [[DATE_NAISSANCE:le 19 mai]], oui ». Mr [[PERSONNE:Patrice Hamon]].",
    ),
    (
        "cpam",
        AT,
        "Appel pour les indemnités journalières. Le conseiller demande le RIB à envoyer par mail ; l'assurée dit « je vous le lis » : [[IBAN:FR7613825002000483219056165]]. Mme [[PERSONNE:Aurélie Vallet]].",
    ),
    (
        "cpam",
        AP,
        "Le vigile connaît tout le monde par le prénom : « salut [[PERSONNE:Mamadou]] », « bonjour madame [[PERSONNE:Rose]] ». Mme [[PERSONNE:Rose]] est une habituée (elle vient chaque semaine).",
    ),
    (
        "cpam",
        AP,
        "Pas de file à {{13h30}}. Les agents en profitent pour trier le courrier : {{3 bacs}} pleins.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Clarisse Mbongo]] : « je suis née le [[DATE_NAISSANCE:neuf]]… [[DATE_NAISSANCE:9 septembre 90]] à {{Saint-Denis}} ». Conseiller : « j'ai votre numéro, [[NIR:2 90 09 93 066 487 65]], c'est bien ça ? » Oui. Problème de médecin traitant.",
    ),
    (
        "cpam",
        CSP,
        "Enquête administrative à domicile (fraude présumée à la {{C2S}}). {{Argenteuil}}. Agente assermentée ([[PERSONNE:Delphine Caron]]). Mr absent. La voisine dit qu'il est parti au pays. Boîte aux lettres : nom [[PERSONNE:M'BAYE]] écrit au feutre.",
    ),
    (
        "cpam",
        AP,
        "Grand-père de {{88 ans}} : « je suis de [[DATE_NAISSANCE:36]], le [[DATE_NAISSANCE:six]], le [[DATE_NAISSANCE:six juin]], le jour du débarquement… enfin 8 ans avant ». Mr [[PERSONNE:Émile Charpentier]], {{Tours}}. Mail du petit-fils pour l'espace Ameli : [[EMAIL:theo.charpentier@icloud.com]].",
    ),
    (
        "cpam",
        AP,
        "{{Évry}}. Mlle [[PERSONNE:Anaïs Louis]], {{23 ans}}, née le [[DATE_NAISSANCE:3 février 2001]] à {{Évry}}. NIR lu par l'agente : [[NIR:2 01 02 91 228 096 93]]. Elle veut sa propre carte vitale (elle était sur celle de sa mère).",
    ),
    (
        "cpam",
        AT,
        "Un assuré conteste un indu de {{1 230 €}}. Ton qui monte. Le conseiller garde son calme, propose un échéancier.",
    ),
    (
        "ccas",
        AP,
        "Aide au paiement du loyer : Mme [[PERSONNE:Sabrina Lopes]] donne son RIB : [[IBAN:FR76 1020 7000 1120 2193 8475 652]], bailleur {{Tours Habitat}}, réf locataire [[IDENTIFIANT:TH-771204]].",
    ),
    (
        "ccas",
        AT,
        "« Je voudrais un rendez-vous pour ma mère, Mme [[PERSONNE:Suzanne Bréchard]], elle est née le [[DATE_NAISSANCE:cinq]]… le [[DATE_NAISSANCE:cinq avril vingt-huit]] » ({{96 ans}} !). L'agente : « mil neuf cent vingt-huit ? » — « bah oui » 😄.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez un monsieur signalé par la pharmacie ({{Pharmacie Lebrun}}). Mr [[PERSONNE:Lebrun]] — aucun lien avec la pharmacie, il rigole. Appartement encombré (syndrome de Diogène ?). L'agente prend des photos pour le dossier.",
    ),
    (
        "ccas",
        AP,
        "Le {{CCAS}} de {{Bourges}} ferme à {{16h30}}. Un monsieur arrive à {{16h35}} : l'agente le reçoit quand même.",
    ),
    (
        "ccas",
        AP,
        "Monsieur d'{{Ajaccio}} installé à {{Orléans}} depuis {{1970}}, Mr [[PERSONNE:Antoine Paoli]], date « [[DATE_NAISSANCE:quarante-quatre]], le [[DATE_NAISSANCE:vingt]]… non [[DATE_NAISSANCE:vingt et un août]] ». Il demande la téléassistance. Tel fixe [[TELEPHONE:02 38 66 05 71]].",
    ),
    (
        "ccas",
        AT,
        "Rien à noter, l'agente est en réunion, je regarde les affiches : {{Semaine bleue}}, thé dansant, {{Restos du Cœur}}.",
    ),
    (
        "urgences",
        AP,
        "{{CHR d'Orléans}}, accueil urgences. Femme enceinte, son compagnon remplit : « elle c'est [[PERSONNE:Kimberley Joseph]], [[DATE_NAISSANCE:99]], le [[DATE_NAISSANCE:14 février]] — ouais la {{Saint-Valentin}} ». La sage-femme sourit. Tel compagnon [[TELEPHONE:06.29.74.33.18]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'un ambulancier qui donne une adresse d'intervention : [[ADRESSE:54 rue de la Gare, 41350 Vineuil]]. Patient : Mr [[PERSONNE:Roche]]",
    ),
    (
        "urgences",
        AP,
        "Je reste {{2h}} sans voir d'admission pédiatrique. L'agente dit que les enfants vont à {{Clocheville}}.",
    ),
    (
        "urgences",
        AP,
        "Papier d'un patient : mutuelle {{Matmut}} n° [[IDENTIFIANT:1029384756]], carte vitale [[NIR:1 60 03 75 114 452 85]]. Mr [[PERSONNE:Lionel Guillot]], « né à {{Paris 14e}} en [[DATE_NAISSANCE:mars 60]], le [[DATE_NAISSANCE:2]] ».",
    ),
    (
        "urgences",
        AT,
        "Une voix : « je suis [[PERSONNE:Esther Cohen]], née le [[DATE_NAISSANCE:vingt-huit décembre quarante-cinq]] ; j'appelle pour savoir si j'ai oublié mes lunettes chez vous hier ». L'agente vérifie dans la boîte des objets trouvés : oui !",
    ),
    (
        "urgences",
        AP,
        "Transfert SAMU. L'agente crée un dossier « X » provisoire (identité inconnue), date fictive {{01/01/1900}}. On complètera plus tard.",
    ),
    (
        "chrs",
        AP,
        "Ouverture de compte accompagnée : la conseillère en ESF aide Mr [[PERSONNE:Ousseynou Ndiaye]] à remplir le formulaire {{Nickel}}. IBAN obtenu : [[IBAN:FR76 1600 6120 0000 4871 2365 923]]. Né le [[DATE_NAISSANCE:2/12/1991]] à {{Dakar}}.",
    ),
    (
        "chrs",
        AT,
        "Le 115 reçoit un mail d'une bénévole ([[EMAIL:martine.gaubert@wanadoo.fr]]) qui héberge une jeune femme chez elle depuis 3 nuits. L'écoutante rappelle Mme [[PERSONNE:Gaubert]].",
    ),
    (
        "chrs",
        CSP,
        "Contrôle des chambres d'hôtel payées par le {{115}} : {{Hôtel du Centre}} à {{Évry}}, chambres {{12}}, {{14}}, {{15}}. Famille [[PERSONNE:Haidari]] dans la 14 avec 4 enfants, une seule plaque électrique.",
    ),
    (
        "chrs",
        AP,
        "Tout le monde fume dehors, éducs compris. Le vrai accueil se passe là, à la pause clope.",
    ),
    (
        "chrs",
        AT,
        "« Je suis [[PERSONNE:Mireille]]… [[PERSONNE:Mireille Lecoq]]… j'ai cinquante… {{cinquante-neuf ans}}… née le [[DATE_NAISSANCE:trois]]… [[DATE_NAISSANCE:le 3 novembre 65]] ». Elle dort dans sa voiture, une {{Clio}} immatriculée [[IMMATRICULATION:8412 SZ 45]], sur le parking du {{Leclerc}}.",
    ),
    (
        "france_travail",
        AP,
        "Inscription de Mme [[PERSONNE:Hélène Bouvier]], {{49 ans}}, secrétaire médicale, {{Blois}}. Identifiant créé : [[ID_FRANCE_TRAVAIL:8240176C]]. Elle donne son IBAN pour l'{{ARE}} : [[IBAN:FR76 3000 4028 3700 0126 5019 471]].",
    ),
    (
        "france_travail",
        AT,
        "Un demandeur, [[PERSONNE:Mickaël Legrand]], identifiant [[ID_FRANCE_TRAVAIL:3117625X]], mail [[EMAIL:mickael.legrand.pro@outlook.fr]], tel [[TELEPHONE:07 62 48 01 95]]. Il veut juste savoir quand tombe le paiement : le {{1er}} du mois.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller ([[PERSONNE:Abdel]]) : « vous avez le permis ? » — « oui, mais la voiture est en panne, une {{Twingo}} » — plaque [[IMMATRICULATION:DR-516-WE]] notée pour l'aide à la mobilité. Mr [[PERSONNE:Guillaume Texier]].",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{3949}} : 2 appels sur 3 concernent l'actualisation. Le conseiller fait des phrases courtes.",
    ),
    (
        "france_travail",
        AP,
        "Monsieur sénégalais, [[PERSONNE:Cheikh Tidiane Sow]], diplômé, cherche une équivalence. Identifiant [[ID_FRANCE_TRAVAIL:9051342 F]]. Né le [[DATE_NAISSANCE:douze]]… « [[DATE_NAISSANCE:1990]], [[DATE_NAISSANCE:douze mars]] ». Il a un compte LinkedIn [[IDENTIFIANT:@cheikh-sow-ingenieur]].",
    ),
    (
        "france_travail",
        AP,
        "La conseillère dit « bonjour [[PERSONNE:Pierre]] » au demandeur, mais c'est [[PERSONNE:Patrick]]. Il ne relève pas.",
    ),
]

# Batch H: last notes, short ones and a few more identifiers.
NOTES_H = [
    (
        "caf",
        AP,
        "num alloc sur le courrier : [[N_ALLOCATAIRE:7034561]], Mme [[PERSONNE:Bouchra Elidrissi]], née [[DATE_NAISSANCE:dix-neuf cent quatre-vingt-deux]], « le [[DATE_NAISSANCE:12 août]] ». Demande un rdv pour le {{12 août}} aussi (son anniversaire, elle veut finir le dossier avant).",
    ),
    (
        "caf",
        AT,
        "Pause café des conseillers : {{10 min}} toutes les 2h. Ils décrochent {{70 appels}} par jour chacun.",
    ),
    (
        "caf",
        AP,
        "Dossier {{RSA}} : l'agente relit l'écran à voix haute « dossier [[N_ALLOCATAIRE:4417290]], [[PERSONNE:Kevin Lemaire]], [[ADRESSE:2 bis rue des Carmes, 45000 Orléans]] ». Je ne sais pas si les gens derrière entendent.",
    ),
    (
        "caf",
        AT,
        "Une étudiante : « je suis [[PERSONNE:Léonie]], [[PERSONNE:Léonie Faure]], alloc [[N_ALLOCATAIRE:1187453]], née le [[DATE_NAISSANCE:vingt-deux mars deux mille quatre]] ». Question : APL en colocation à {{Tours}}. Mail [[EMAIL:leonie.faure04@etu.univ-tours.fr]].",
    ),
    (
        "cpam",
        AP,
        "Les agents portent un badge avec prénom seulement. [[PERSONNE:Julie]], [[PERSONNE:Mathieu]], [[PERSONNE:Samira]]. Sage décision disent-ils.",
    ),
    (
        "cpam",
        AT,
        "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. Le conseiller s'excuse pour le délai.",
    ),
    (
        "cpam",
        AP,
        "Une dame donne les dates de ses 3 enfants à la suite, sans respirer : « [[DATE_NAISSANCE:2 avril 2008]], [[DATE_NAISSANCE:17 novembre 2010]], [[DATE_NAISSANCE:1er janvier 2014]] ». L'agente : « attendez, attendez ». Mme [[PERSONNE:Hadjer Saadi]].",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Jean-Louis Morvan]] vient pour sa carte de bus. Il a {{69 ans}}, se trompe : « né en [[DATE_NAISSANCE:55]] ». L'agente : « alors vous avez 69 ans ? » — « ah non [[DATE_NAISSANCE:1955]] c'est ma femme, moi [[DATE_NAISSANCE:1954]] », le [[DATE_NAISSANCE:2 octobre]].",
    ),
    (
        "ccas",
        AT,
        "Appel : un monsieur demande si le CCAS peut payer un plein d'essence pour aller à un entretien d'embauche. Réponse : non, mais chèque mobilité via {{France Travail}}. Sa voiture : [[IMMATRICULATION:CW-802-HP]].",
    ),
    (
        "ccas",
        AP,
        "{{Montreuil}}. 3 personnes en {{20 min}}. Ambiance détendue.",
    ),
    (
        "urgences",
        AP,
        "Une maman comorienne, avec son fils de {{3 ans}}. « Il est né le [[DATE_NAISSANCE:dix]]… [[DATE_NAISSANCE:le 10 du 3 2021]] ». L'agente : « [[DATE_NAISSANCE:10 mars 2021]] ». Maman : [[PERSONNE:Anlia Said]].",
    ),
    (
        "urgences",
        AT,
        "Une fille appelle pour savoir si son père est sorti. L'agente n'a pas le droit : elle donne le numéro du service.",
    ),
    (
        "urgences",
        AP,
        "{{Bourges}}, {{Jacques-Cœur}}. L'accueil a 2 écrans, un pour l'état civil, un pour les passages. L'agente ([[PERSONNE:Sylvie]]) jongle.",
    ),
    (
        "chrs",
        AP,
        "Le CHRS {{Le Fil d'Ariane}} a {{54 places}}. Liste d'attente : {{120}}. « On ne peut plus rien promettre ».",
    ),
    (
        "chrs",
        AT,
        "Écoutante au 115 {{Essonne}} : « monsieur, votre nom ? » — « [[PERSONNE:Rodrigue]] » — « nom de famille ? » — « [[PERSONNE:Essomba]] » — « date de naissance ? » — « [[DATE_NAISSANCE:quatre-vingt-neuf]], je sais plus le jour ». Place à {{Corbeil}}.",
    ),
    (
        "chrs",
        AP,
        "Réinsertion : Mme [[PERSONNE:Alexia Marchetti]] a trouvé un emploi, identifiant FT [[ID_FRANCE_TRAVAIL:2071468H]] à clôturer. Elle quitte le CHRS le {{30 juin}}.",
    ),
    (
        "france_travail",
        AP,
        "Demandeur : [[PERSONNE:Théo Marchand]], identifiant [[ID_FRANCE_TRAVAIL:6318852 T]]. La conseillère lui demande de confirmer son mail : [[EMAIL:theo.mchd@gmail.com]]. « [[PERSONNE:Marchand]] avec un D ».",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle à {{16h58}}, la plateforme ferme à {{17h}}. Le conseiller la prend quand même, 14 min.",
    ),
    (
        "france_travail",
        AP,
        "Écran du conseiller, je lis : [[PERSONNE:SALL Hawa]] — [[ID_FRANCE_TRAVAIL:5602217Z]] — née le [[DATE_NAISSANCE:26/01/1994]] — catégorie A. Il tourne l'écran quand il me voit lire.",
    ),
    (
        "france_travail",
        AT,
        "Identifiant donné au tel : « [[ID_FRANCE_TRAVAIL:un deux quatre huit zéro zéro neuf, D comme Denise]] ». Mr [[PERSONNE:Olivier Ravel]], {{Chartres}}. Il appelle pour un trop-perçu.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Bourges}} {{Val d'Auron}} : Mme [[PERSONNE:Sandra Pichon]] vit-elle seule ? Le contrôleur regarde la boîte aux lettres : 2 noms, [[PERSONNE:PICHON]] et [[PERSONNE:DELAGE]]. Elle dit que c'est l'ancien locataire.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt de travail : Mr [[PERSONNE:Yohann Besnard]] présent, [[ADRESSE:11 rue Jean-Jaurès, 93100 Montreuil]]. Rien à signaler. {{6 min}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile annulée : la personne est hospitalisée. Retour au bureau.",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F + NOTES_G + NOTES_H

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build():
    """Return the notes as dicts, numbered in writing order."""
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
    """Return (dev ids, holdout ids): depends only on the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = list(cells[cell])
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


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
