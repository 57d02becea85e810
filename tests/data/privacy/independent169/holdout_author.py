"""Independent evaluation corpus n° 169: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets; ``main`` numbers the notes ``ind169-001`` … in writing order,
draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind169"
SEED = 169

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

NOTES = []

# Notes 001-035
NOTES += [
    (
        "caf",
        AP,
        "{{Caf}} {{Lille}}, {{9h12}}. Mme [[PERSONNE:Benali]] veut changer son num de tel sur le dossier. Elle le dit tres vite : « [[TELEPHONE:zero six, quarante-sept, douze, quatre-vingt-neuf, zéro trois]] ». L'agente ([[PERSONNE:Sandrine]]) tape [[TELEPHONE:06 47 12 89 03]] et relit à voix haute, chiffre par chiffre. {{4 min}} en tout.",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} {{Dunkerque}}. Monsieur appelle pr un courrier jamais reçu. Agent redemande l'adresse mail : il dit [[EMAIL:d.vandenbussche59@orange.fr]] -> ds le dossier c'était [[EMAIL:d.vandenbusche59@orange.fr]] (un s en moins!!). Corrigé en direct. Mr [[PERSONNE:Vandenbussche]] soulagé « ça fait {{3 mois}} que j'attends mes courriers »",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Roubaix}}, accueil. Un jeune, [[PERSONNE:Yanis Haddad]], {{19 ans}}, vient s'inscrire. Pas d'adresse mail 😅. L'agent lui en crée une sur place : [[EMAIL:yanis.haddad2005@gmail.com]]. Mot de passe noté sur un post-it (!!). Tel : [[TELEPHONE:07.68.21.40.95]]",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Rouen}}, {{3646}}. Une dame veut son attestation de droits par mail. Adresse dictée : « [[EMAIL:martine tiret du bas lecoq arobase wanadoo point fr]] ». L'agent écrit [[EMAIL:martine_lecoq@wanadoo.fr]], relit lettre par lettre, elle confirme. Envoyé pendant l'appel. Durée {{6 min 40}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Amiens}}, permanence du {{mardi}}. Un monsieur âgé vient pour l'aide au chauffage, sa facture {{Engie}} à la main. L'agente cherche dans le logiciel, aucun dossier ouvert. Attente {{25 min}} avant, {{10 min}} d'entretien. Il repart avec un rdv {{jeudi 14h}}.",
    ),
    (
        "urgences",
        AP,
        "{{CHU}} {{Caen}}, urgences, poste IOA. Patient {{54 ans}}, douleur thoracique, venu seul en bus. Infirmière [[PERSONNE:Julie]] : « Vous avez votre {{carte vitale}} ? » Non. Nom [[PERSONNE:Arnaud Leroux]], né le [[DATE_NAISSANCE:14/02/1970]]. IPP créé : [[IDENTIFIANT:800412739]]. {{Tri 2}}, box direct.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}, nuit. Une femme avec {{2 enfants}} dort dans sa voiture sur le parking d'{{Auchan}} {{Faches}}. L'écoutant demande la plaque pour que la maraude la trouve : [[IMMATRICULATION:GH-417-PZ]]. Pas de place ce soir. {{23h40}}. Il raccroche et reste 1 min sans rien dire.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Le Havre}}, appel transféré du {{3949}}. Mr [[PERSONNE:Okonkwo]] épelle son nom : [[PERSONNE:O-K-O-N-K-W-O]]. Identifiant : [[ID_FRANCE_TRAVAIL:4821937K]]. Il donne un num belge pour être rappelé : [[TELEPHONE:+32 478 21 64 09]], il est chez son frère à {{Mons}}. Agent : « on ne rappelle pas à l'étranger, désolé ». Alors il donne celui de sa copine : [[TELEPHONE:0615 8839 27]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Amiens}}. Mme [[PERSONNE:Fatoumata Traoré]], demande de {{CSS}}. L'agent lit le NIR sur l'attestation : [[NIR:2 97 08 99 341 052 71]]. Elle est née à {{Dakar}}, arrivée en {{2016}}. Pas de mail, elle propose celui de son assistante sociale, l'agent refuse gentiment : « c'est à vous que ça doit arriver ». Elle donne au moins son portable, [[TELEPHONE:07 53 18 42 06]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place avec [[PERSONNE:Nathalie]], contrôleuse {{Caf}} {{Calais}}. Logement : [[ADRESSE:12 rue des Prairies, 62100 Calais]]. Monsieur [[PERSONNE:Szymański]] déclare vivre seul. Dans la salle de bain 2 brosses à dents, elle note sans commentaire. Bail montré, loyer {{480 €}}. {{45 min}} sur place, ambiance correcte.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Roubaix}} au tel : {{3 appels}} de suite pour la {{prime d'activité}} qui a baissé. L'agent répond à chaque fois « c'est le trimestre de référence ». Entre deux appels il me dit qu'il en prend {{60 par jour}} en moyenne. Je comprends pas tout au calcul moi non plus.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Cherbourg}}. Inscription de Mme [[PERSONNE:Nadia Aït Ouali]]. Pour le mail elle hésite : « mettez [[EMAIL:nadia.aitouali@]]... non c'est plus celui-là ». Finalement : [[EMAIL:n.aitouali50@laposte.net]]. Tel fixe de sa mère en dépannage : [[TELEPHONE:02 33 94 17 60]].",
    ),
    (
        "urgences",
        AT,
        "{{CHU}} {{Rouen}}, ligne des urgences. Une mère appelle, son fils de {{3 ans}} a avalé une pile bouton. « Venez tout de suite. » L'infirmière prend juste un nom, [[PERSONNE:Lemaire]], et un num [[TELEPHONE:06 21 48 73 15]] au cas où. Appel de {{2 minutes}} à peine.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Lens}}, accueil du matin. Café, tartines. « [[PERSONNE:Dédé]] » (c'est comme ça que tout le monde l'appelle) raconte que son {{RSA}} est suspendu. L'éduc [[PERSONNE:Kévin Wojcik]] appelle la {{Caf}} devant lui, haut-parleur, {{35 min}} d'attente 🙄",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Cherbourg}}. M. [[PERSONNE:Lebas]] lit son numéro sur un papier, il le connaît pas par cœur : « [[TELEPHONE:zéro deux, trente-trois]]... attendez... [[TELEPHONE:quarante-quatre, zéro un, quatre-vingt-dix-huit]] ». L'agent tape [[TELEPHONE:02 33 44 01 98]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Amiens}}, {{10h}}. Salle d'attente pleine, {{23 personnes}}. Une télé passe en boucle une vidéo sur la {{prime de naissance}}. Mon ticket : {{A047}}. Les bornes sont en panne depuis ce matin, l'agent d'accueil fait tout à la main.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Lille}} {{Wazemmes}}, plateforme. Conseillère Mme [[PERSONNE:Delattre]] rappelle un demandeur. Il veut son num direct, elle donne le {{39 49}}. Puis à mi-voix son portable pro [[TELEPHONE:06.07.55.31.12]] « mais gardez-le pour vous ». Demandeur : [[PERSONNE:Rachid]], id [[ID_FRANCE_TRAVAIL:3304561 B]].",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Hérouville}}. Appel d'une voisine inquiète pour Mme [[PERSONNE:Germaine Lefrançois]], {{88 ans}}, qui n'ouvre plus sa porte depuis hier. Adresse : [[ADRESSE:4 place de l'Europe, 14200 Hérouville-Saint-Clair]]. L'agente appelle le {{SSIAD}} puis la {{police municipale}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Calvados}}, {{Caen}}. Allocataire [[N_ALLOCATAIRE:2841576]] appelle, son mail a changé. Agent : « Vous pouvez le faire sur {{caf.fr}} ». Lui : « j'ai plus accès, c'est l'ancienne adresse qui reçoit le code ». Ancienne : [[EMAIL:tranvanlong@hotmail.fr]], nouvelle : [[EMAIL:long.tran.caen@gmail.com]]. Changé, {{12 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite avec l'éducatrice du {{CHRS}} de {{Dunkerque}} : famille [[PERSONNE:Petrovic]], hôtel {{Formule 1}}, {{chambre 27}}. {{5 personnes}} dans {{12 m²}}. Le petit [[PERSONNE:Luka]] fait ses devoirs assis sur le lit, sa sœur regarde des dessins animés sur le tel.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Le Havre}}, accueil sur rdv. M. [[PERSONNE:Gomes Pereira]] (double nom, il insiste) veut ouvrir son compte {{ameli}}. Mail donné : [[EMAIL:gomespereira.jose@sapo.pt]] (portugais), l'agent dit que ça passe quand même. Tel : [[TELEPHONE:+351 912 487 330]], et un français : [[TELEPHONE:07 81 20 44 36]].",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV à {{FT}} {{Caen}} {{Chemin Vert}}. {{8 inscrits}}, {{5 venus}}. La conseillère projette un CV vierge au mur puis fait parler chacun de sa dernière expérience. Bcp de silences. Fin {{11h30}}, un participant reste pour poser des questions sur la formation cariste.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Dunkerque}}, {{2h du mat}}. Un marin ukrainien, [[PERSONNE:Oleksandr Bondarenko]], main ouverte. Ne parle qu'anglais. Passeport tendu à l'accueil : [[IDENTIFIANT:FK418293]]. L'agent d'accueil [[PERSONNE:Mehdi]] se débrouille avec {{Google Traduction}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} à {{Amiens}} {{Étouvie}}. Mme [[PERSONNE:Kouassi]] sort ses relevés. RIB posé sur la table : [[IBAN:FR76 1660 6001 0052 0193 8471 127]]. Le contrôleur, [[PERSONNE:Franck]], vérifie que c'est le même que dans le dossier. Oui. Il coche.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Lille-Douai}}, {{3646}}. La personne ne veut pas donner tout son num, juste « ça finit par [[TELEPHONE:83 57]] ». L'agent : « il me faut le numéro complet pour le {{SMS}} de confirmation ». Elle soupire et le donne : [[TELEPHONE:06 11 38 83 57]].",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Le Petit-Quevilly}} pour une demande d'aide ménagère. Chez M. [[PERSONNE:Lucien Hébert]], [[ADRESSE:22 rue Pierre Corneille]]. {{91 ans}}, vit avec son chat {{Pompon}}. Frigo presque vide. L'agent note tout sur {{tablette}}, sans le regarder beaucoup.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Somme}}. Un homme appelle depuis la cabine de la {{gare}} d'{{Amiens}} (ça existe encore). Il donne son nom : « [[PERSONNE:Serge]], juste [[PERSONNE:Serge]] ». Orienté vers l'abri de nuit {{rue Jules Barni}}, ouverture {{20h}}.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Amiens}}, plateforme. Le conseiller [[PERSONNE:Thomas]] relit un mail à voix haute : « [[EMAIL:kevin point durand quatre-vingt arobase gmail point com]] ». Le monsieur : « non non, huit zéro en chiffres ». Donc [[EMAIL:kevin.durand80@gmail.com]]. Id FT [[ID_FRANCE_TRAVAIL:5520847X]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Rouen}}. Sur le formulaire papier la dame a écrit son mail comme ça : « [[EMAIL:sabrina.moukrim (at) yahoo (point) fr]] » parce que sa fille lui a dit que c'était plus sûr 😂. L'agent recopie sans rien dire. Num alloc [[N_ALLOCATAIRE:0938421]].",
    ),
    (
        "urgences",
        AT,
        "Urgences pédiatriques {{Amiens}}. Appel de la grand-mère de la petite [[PERSONNE:Inès]], arrivée par le {{SAMU}} ce matin. Elle veut des nouvelles, l'infirmière ne peut rien dire par tel : « rappelez la maman, au [[TELEPHONE:07 52 90 13 48]] ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Rouen}} {{rive gauche}}. M. [[PERSONNE:Abdoulaye Sow]] montre son récépissé, n° [[IDENTIFIANT:7603489215]], valable jusqu'en {{mars}}. Renouvellement à la {{préfecture}}, pas de rdv avant {{3 mois}}. Il sourit quand même.",
    ),
    (
        "cpam",
        CSP,
        "Avec l'agent enquêteur de la {{Cpam}} de la {{Manche}}, visite chez M. [[PERSONNE:Marie]] (c'est son nom de famille, très {{normand}} m'explique l'agent), [[ADRESSE:3 impasse des Courlis, 50460 Querqueville]]. Arrêt maladie, il est bien chez lui. {{10 min}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Roubaix}}, épicerie solidaire. Mme [[PERSONNE:Zhang]] demande si sa voisine peut venir avec elle pour traduire. Oui bien sûr. Panier à {{4,50 €}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Lille}}, plateforme. Un monsieur appelle d'{{Algérie}} où il est en vacances, son {{RSA}} est coupé pour « absence ». Rappel demandé au [[TELEPHONE:00 213 661 45 78 02]]. Agent : pas de rappel à l'étranger. Il donne un num français, celui de sa femme [[PERSONNE:Samia]] : [[TELEPHONE:06 60 29 84 17]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Dunkerque}}, accueil. Le num de M. [[PERSONNE:Verhaeghe]] tel que l'agent l'a noté sur son brouillon :\n[[TELEPHONE:06 84 22\n51 39]]\nJe recopie pareil, sur deux lignes. Il vient pour une attestation employeur manquante (sous-traitant d'{{Arcelor}}).",
    ),
]

# Notes 036-070
NOTES += [
    (
        "cpam",
        AP,
        "{{Cpam}} {{Caen}}, accueil. Étudiant italien en {{Erasmus}}, [[PERSONNE:Matteo Rinaldi]]. Num italien : [[TELEPHONE:+39 347 552 1908]]. Mail de la fac : [[EMAIL:matteo.rinaldi@etu.unicaen.fr]]. Il lui faut un numéro provisoire, l'agent annonce {{3 semaines}}. Il répète « tre settimane ?? » en riant jaune.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Le Havre}}. Jeune maman, [[PERSONNE:Océane]], bébé dans la poussette. La naissance n'apparaît pas dans le dossier. L'agent : « il est né quand ? » — « le [[DATE_NAISSANCE:2 janvier]] ». Elle redonne son tel : [[TELEPHONE:07-69-14-02-88]]. {{15 min}}, elle repart rassurée.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Rouen}}, appel sortant. Le conseiller veut envoyer une offre, le mail revient en erreur. Il rappelle Mme [[PERSONNE:Mbemba]] : « c'est bien [[EMAIL:grace.mbemba@gmial.com]] ? » — « ah non, {{gmail}}, G-M-A-I-L ». Corrigé : [[EMAIL:grace.mbemba@gmail.com]]. Offre n° {{178QXPW}} renvoyée.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Cherbourg}}. File de {{6 personnes}} pour les {{colis de Noël}} des seniors. Une dame demande si le {{bus 5}} passe toujours devant. Agent : oui, arrêt {{Hôtel de Ville}}. Tout le monde se connaît ici, ça discute météo.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH}} de {{Lens}}. Accident de scooter. Le jeune donne son nom, [[PERSONNE:Enzo Carpentier]], né en [[DATE_NAISSANCE:2007]] -> mineur, on appelle la mère : [[TELEPHONE:06 33 71 05 92]]. La police arrive ensuite avec la plaque du scooter : [[IMMATRICULATION:FZ-802-KL]].",
    ),
    (
        "chrs",
        CSP,
        "Visite {{CHRS}} {{Amiens}}, appartement en diffus. Mme [[PERSONNE:Hamidi]] et ses {{3 enfants}}, [[ADRESSE:9 rue Saint-Fuscien, 80000 Amiens]]. Chauffe-eau HS depuis {{2 semaines}}. L'éducatrice appelle le bailleur ({{Opac d'Amiens}}), donne la réf. locataire [[IDENTIFIANT:LOC-0044712]], musique d'attente...",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Somme}}, tel. Une dame veut être rappelée sur le fixe de son boulot : [[TELEPHONE:03 22 91 47 08]] {{poste 214}}. C'est Mme [[PERSONNE:Lefèvre]], alloc [[N_ALLOCATAIRE:1756302]]. Agent : « entre 12h et 14h ? » elle dit oui.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} du {{Calvados}}, {{3646}}. M. [[PERSONNE:Jean-Baptiste Hoarau]], réunionnais installé à {{Caen}} depuis peu. Il donne d'abord son portable de là-bas : [[TELEPHONE:+262 692 41 17 85]], puis le nouveau, à la façon de son père : « [[TELEPHONE:0033 7 58 20 93 11]] ». L'agent rit et remet en 07.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Lille-Sud}}. La borne n'imprime plus. {{4 personnes}} attendent pour la même chose : l'attestation {{Pôle emploi}} pour la {{Caf}}. L'agent d'accueil imprime depuis son poste, fait la navette. {{10h20}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Le Havre}}, {{Caucriauville}}. M. [[PERSONNE:Öztürk]] déclare ne pas avoir de véhicule. Devant l'immeuble une Clio immatriculée [[IMMATRICULATION:EL 227 RS]] avec son badge de parking. « C'est celle de mon cousin. » La contrôleuse [[PERSONNE:Aurélie]] vérifie son identité : né le [[DATE_NAISSANCE:12.05.1988]], NIR [[NIR:1 88 05 99 208 136 55]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Calvados}}. [[PERSONNE:Priscilla]], {{22 ans}}, mise dehors par son copain. Le tel qu'elle a est à lui : [[TELEPHONE:07 49 60 33 21]]. L'écoutante demande un autre moyen de la joindre : {{Snapchat}}, « [[IDENTIFIANT:@prisci_lla14]] ». Noté. Place trouvée au foyer {{Le Relais}}, {{Caen}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Roubaix}}. M. [[PERSONNE:Karim Bensaïd]] reçoit des {{SMS}} « {{Ameli}} : votre {{carte vitale}} expire ». L'agente : arnaque. Elle vérifie le dossier : tel enregistré [[TELEPHONE:0642187390]], mail [[EMAIL:k.bensaid@free.fr]], rien n'a bougé. « Ne cliquez jamais. »",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{Havre}} ({{Monod}}), {{16h}}. {{31 patients}} en attente, l'écran affiche {{4h}} d'attente estimée. Une agente d'entretien passe la serpillière entre les brancards. Personne ne râle, bizarrement.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Caen}}. Le demandeur épelle son mail : « [[EMAIL:B-O-U-Z-I-D point S-O-F-I-A-N-E arobase outlook point fr]] ». La conseillère tape [[EMAIL:bouzid.sofiane@outlook.fr]]. « Tout en minuscules hein. » M. [[PERSONNE:Bouzid]] attend une réponse de l'{{Afpa}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Cherbourg}}. Couple [[PERSONNE:Nguyen]]. Monsieur tend le RIB du nouveau compte : [[IBAN:FR76 3000 3004 7000 0508 9321 484]]. L'agente le scanne. Madame demande si l'{{APL}} ira direct à {{Presqu'île Habitat}}. Oui.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail, {{Cpam}} de {{Seine-Maritime}}, avec l'enquêtrice Mme [[PERSONNE:Tessier]]. {{14h30}}, l'assurée est absente alors que les sorties ne sont pas autorisées. La voisine dit qu'elle est chez le médecin. {{Avis de passage}} dans la boîte, [[ADRESSE:41 rue du Général Leclerc, 76600 Le Havre]].",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Lille}}. M. [[PERSONNE:Jacques Dewaele]] demande une {{domiciliation}} pour son fils [[PERSONNE:Maxime]] qui vit dans sa camionnette ([[IMMATRICULATION:DW-538-TE]]), garée {{quai de la Haute-Deûle}}. L'agente : il faut que le fils vienne lui-même.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Cherbourg}}. [[PERSONNE:Mamadou Camara]] arrive pour son entretien d'admission. L'éducateur remplit la fiche {{SIAO}}, réf. [[IDENTIFIANT:SIAO50-2024-01187]]. Il a rdv à la {{Cpam}} pour la {{PUMa}} jeudi. Il demande s'il peut garder son vélo dans la chambre.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Nord}}, plateforme. Mme [[PERSONNE:Belkacem]] veut le mail de l'agent. Il donne seulement l'adresse du service, {{accueil-plateforme.lille@caf.fr}}, pas la sienne. Elle râle puis laisse le sien : [[EMAIL:yasmina.belkacem@sfr.fr]]. « Vous me répondez là-dessus ! »",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Amiens Nord}}. [[PERSONNE:Aminata Sissoko]], {{32 ans}}, veut une formation aide-soignante. Conseiller M. [[PERSONNE:Lambert]] cherche dans {{Kairos}}. L'organisme demande sa date de naissance : [[DATE_NAISSANCE:3 novembre 1991]]. Id FT [[ID_FRANCE_TRAVAIL:6172094D]]. Mail pour l'organisme : [[EMAIL:aminata.sissoko80@gmail.com]], elle le tape elle-même sur le clavier.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Cherbourg}} ({{CH Pasteur}}). Appel de la {{gendarmerie}} : blessé de la route en route. Nom [[PERSONNE:Loïc Le Gall]], véhicule [[IMMATRICULATION:CY-094-HB]]. L'IOA prépare un box et prévient le chir.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de la {{Somme}}. Une dame âgée, son fils lui a créé une adresse mail. Elle lit : « [[EMAIL:mamie point colette huit cent un arobase orange point fr]] ». L'agent tape [[EMAIL:mamie.colette801@orange.fr]]. « Vous êtes sûre du 1 ? » « C'est ce qu'il y a sur le papier. »",
    ),
    (
        "chrs",
        CSP,
        "Avec le veilleur du {{CHRS}} de {{Tourcoing}}, tour des chambres, {{23h}}. {{Chambre 4}} : [[PERSONNE:Bernard]] dort déjà. {{Chambre 6}} vide, [[PERSONNE:Ali]] pas rentré. Le veilleur appelle son portable, [[TELEPHONE:06 25 87 19 44]], répondeur. Il note l'heure.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Dunkerque}}. Affiche au mur : « Ne communiquez jamais vos codes par téléphone ». Le numéro de la Caf affiché à côté : {{3230}}. L'agent d'accueil me dit que les gens appellent pour tout, même pour les horaires.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Roubaix-Tourcoing}}. [[PERSONNE:Dylan]] dicte deux par deux : « [[TELEPHONE:zéro sept, soixante-dix, trente et un, zéro zéro, cinquante-six]] ». La conseillère écrit [[TELEPHONE:07 70 31 00 65]], il la reprend « non vous avez inversé la fin ». Final : [[TELEPHONE:07 70 31 00 56]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Caen}}, quartier {{Grâce de Dieu}}, demande d'aide financière. Mme [[PERSONNE:Rakotomalala]], [[ADRESSE:6 allée des Tilleuls, 14000 Caen]]. Frigo en panne, devis {{Darty}} {{389 €}}. L'agente prend une photo du devis avec son tel pro.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Amiens-Picardie}}. Un sans-abri connu du service, « [[PERSONNE:Gégé]] ». L'agente d'accueil connaît son IPP par cœur : [[IDENTIFIANT:P00283711]]. Il vient tous les {{2 jours}}, surtout quand il fait froid.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de {{Seine-Maritime}}. Un monsieur dicte un mail plein de tirets : « [[EMAIL:jean-pierre tiret leroy tiret 76 arobase free point fr]] ». L'agent : « tiret du 6 ou tiret du 8 ? » 😂 Du 6. [[EMAIL:jean-pierre-leroy-76@free.fr]]. N° alloc [[N_ALLOCATAIRE:3390127]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Rouen}}. Mme [[PERSONNE:Céline Duval]] a perdu sa {{carte vitale}}. L'agent vérifie le NIR : [[NIR:287047654011829]]. « Vous êtes née en [[DATE_NAISSANCE:avril 87]] à {{Rouen}} ? » « Oui. » Nouvelle carte commandée, {{3 semaines}}. L'agent vérifie le tel pour le {{SMS}} de suivi : [[TELEPHONE:06 72 30 19 84]], « toujours bon ? » Oui.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Le Havre}}. M. [[PERSONNE:Ibrahima N'Diaye]], rdv d'inscription. Adresse : [[ADRESSE:27 rue de Bretagne, 76600 Le Havre]]. {{Permis C}}, cherche chauffeur {{PL}}. Tel [[TELEPHONE:06 18 90 72 45]], mail [[EMAIL:ibra.ndiaye76@gmail.com]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Seine-Maritime}}, {{19h}}. Une assistante sociale de l'hôpital appelle : patient sortant sans domicile, M. [[PERSONNE:Patrick Vasseur]], né le [[DATE_NAISSANCE:08/10/1961]]. Pas de place pour l'instant. On la rappelle à {{21h}} sur sa ligne, [[TELEPHONE:02 35 08 64 17]], {{poste 5523}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Caen}}, {{3646}}. Attente annoncée par le serveur vocal : {{12 minutes}}. Réelle : {{26}}. L'agent me dit que le {{lundi}} c'est le pire jour, et le lendemain des vacances scolaires encore pire.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Rouen}}, {{Hauts-de-Rouen}}. Mme [[PERSONNE:Bintou Kanté]], {{3 enfants}}, déclare vivre seule. Le contrôleur regarde le livret de famille : [[PERSONNE:Moussa]] né en [[DATE_NAISSANCE:2012]], [[PERSONNE:Awa]] en [[DATE_NAISSANCE:2015]], [[PERSONNE:Fanta]] en [[DATE_NAISSANCE:2019]]. RAS.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Cherbourg}}. Mme [[PERSONNE:Ana Popescu]] répond mieux sur {{WhatsApp}}, numéro roumain [[TELEPHONE:+40 723 118 560]]. La conseillère n'a pas le droit d'utiliser WhatsApp. Autre num : [[TELEPHONE:07 44 18 30 95]]. Id [[ID_FRANCE_TRAVAIL:7719402 M]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Tourcoing}}, {{domiciliation}}. M. [[PERSONNE:Tomasz Nowak]] donne l'adresse de son ancien logement : [[ADRESSE:55 rue de Lille, 59200 Tourcoing]]. L'agent explique que son courrier arrivera désormais au CCAS, {{12 place de la République}}.",
    ),
]

# Notes 071-105
NOTES += [
    (
        "caf",
        AP,
        "{{Caf}} {{Lille}}, accueil. [[PERSONNE:Mireille Vandamme]], {{67 ans}}, a un tel à clapet. L'agente lui demande son portable, elle sort un petit carnet : « c'est celui de ma fille, [[TELEPHONE:06 78. 41. 20. 93]] ». Et le sien ? « Je le connais pas, je m'appelle jamais ! »",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Roubaix}}, réouverture {{13h30}}. File dehors sous la pluie, {{une vingtaine}}. Un agent de sécurité distribue les tickets. Un monsieur : « j'suis là depuis {{12h}} ». 😐",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Dunkerque}}. Une dame veut que les relevés de remboursement partent chez son fils. Mail du fils : [[EMAIL:anthony.lheureux@icloud.com]], tel : [[TELEPHONE:+33 6 45 90 12 78]]. Il faut une procuration, dit l'agent. Elle, c'est Mme [[PERSONNE:Lheureux]], NIR [[NIR:2 62 05 59 183 027 17]], née à {{Dunkerque}} en [[DATE_NAISSANCE:1962]], « jamais bougé d'ici ».",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Rouen}} {{Saint-Sever}}. Sur son CV le mail est écrit « [[EMAIL:lucas.bernard76 AT gmail DOT com]] ». Le conseiller : « les recruteurs vont pas comprendre ». Corrigé ensemble : [[EMAIL:lucas.bernard76@gmail.com]]. M. [[PERSONNE:Lucas Bernard]], {{24 ans}}, vise la logistique.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Dunkerque}}, plateforme. Vague d'appels sur l'{{actualisation}}, le site bugue. La conseillère répète « faites-la avant {{le 15}} ». Je compte : {{9 appels}} en {{40 min}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Rouen-Elbeuf-Dieppe}}. L'agent [[PERSONNE:Sébastien]] rappelle un assuré, M. [[PERSONNE:Harchaoui]]. Dossier compliqué ({{pension d'invalidité}}) donc il lui laisse sa ligne directe, [[TELEPHONE:02 35 03 58 61]], « normalement on doit pas ». Num de l'assuré : [[TELEPHONE:06.51.72.18.03]].",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Amiens}}, tel. Question sur le {{plan canicule}} : une dame veut inscrire son père sur le registre. L'agente envoie le formulaire par courrier. {{5 min}}, très poli des deux côtés.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Lille}}, {{accueil de jour}}. [[PERSONNE:Ahmad]], afghan, montre son attestation de demande d'asile, n° [[IDENTIFIANT:5901220784]]. Il veut de l'aide pour l'{{OFII}}. L'éduc, [[PERSONNE:Claire]], prend rdv pour lui sur son propre tel.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Caen}}. Dictée : « [[EMAIL:so tiret du bas bouchard quatorze arobase hotmail point com]] ». Agent : « S O tout seul ? » « Oui, so comme [[PERSONNE:Sophie]] ». -> [[EMAIL:so_bouchard14@hotmail.com]]. Mme [[PERSONNE:Bouchard]], alloc [[N_ALLOCATAIRE:4420918]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Caen}}. Un papi attend sur un brancard dans le couloir depuis {{7h}}. Sa fille s'énerve à l'accueil, l'agente s'excuse {{3 fois}}. Je me sens de trop, je recule.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Caen}} {{Hérouville}}. Mme [[PERSONNE:Olga Ivanova]], ukrainienne, {{protection temporaire}}. {{APS}} n° [[IDENTIFIANT:1403219876]]. CV en anglais. Tel ukrainien [[TELEPHONE:+380 67 412 3390]] + un français [[TELEPHONE:07 56 14 88 20]]. La conseillère parle avec les mains, ça marche.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Dunkerque}}, {{Petite-Synthe}}. Couple [[PERSONNE:Ben Youssef]], séparation déclarée. Monsieur ouvre la porte, il est « juste de passage ». Le contrôleur [[PERSONNE:Didier]] reste calme et note les deux adresses : [[ADRESSE:14 rue du Jeu de Paume, 59640 Dunkerque]] pour madame, [[ADRESSE:3 résidence Les Goélands, 59760 Grande-Synthe]] pour monsieur.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Amiens}}. Mme [[PERSONNE:Caroline Dufresne]] pour son fils [[PERSONNE:Hugo]], né en [[DATE_NAISSANCE:septembre 2016]]. {{8 ans}}, on le rattache aux deux parents. L'agent lit le NIR du petit : [[NIR:1 16 09 80 021 311 89]]. Carte vitale enfant pas nécessaire, explique-t-il. Mail de la maman mis à jour : [[EMAIL:caro.dufresne@free.fr]] (avant : [[EMAIL:caroline.dufresne80@free.fr]]).",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Lille}}, appel entrant. Une dame appelle pour son mari, M. [[PERSONNE:Demir]], qui ne parle pas encore français. Mail du mari : « [[EMAIL:ali.demir@gmx.de]] », allemand, ils arrivent de {{Cologne}}. Tel : [[TELEPHONE:+49 1522 3456781]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Pas-de-Calais}}. Appel d'un homme à {{Calais}}, [[PERSONNE:Tesfay]], érythréen. L'écoutant ne comprend pas, prend un interprète par tel ({{ISM}}). {{14 min}}. Orientation vers l'{{accueil de jour}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Amiens}}. Étudiant, [[PERSONNE:Jules Fontaine]], demande d'{{APL}}. Pendant que l'agent cherche il va boire à la {{fontaine à eau}}. Mail [[EMAIL:jules.fontaine@etud.u-picardie.fr]], tel [[TELEPHONE:0782149035]]. Réponse sous {{2 mois}}, il fait la grimace.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Dunkerque}}. Aide pour la cantine. Mme [[PERSONNE:Leclercq]], {{2 enfants}} à l'{{école Jean Jaurès}}. Quotient familial {{412}}, le repas passe à {{0,80 €}}. Elle dit merci quatre fois.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Rouen}}, standard. {{3 appels}} en {{10 min}} de gens qui veulent le temps d'attente. Réponse à chaque fois : « on ne peut pas vous dire, appelez le {{15}} si c'est grave ».",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de la {{Manche}}. L'assurée donne un mail qui « marche plus depuis des semaines » : [[EMAIL:evelyne.lemonnier50@aol.com]]. Elle voudrait mettre celui de sa petite-fille, l'agent refuse. Tel fixe : [[TELEPHONE:02.33.52.19.06]]. Mme [[PERSONNE:Lemonnier]] raccroche pas contente.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Cherbourg}}, {{14h}}. Info collective sur les métiers du nucléaire ({{Flamanville}}, {{Orano}}). {{22 personnes}}. L'intervenant d'Orano très à l'aise, la salle beaucoup moins. Deux personnes partent à la pause.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Nord}}. Une allocataire veut changer de {{RIB}} par tel, pas possible, faut passer par l'espace perso. Elle commence quand même à lire son IBAN, l'agent l'arrête au milieu : « [[IBAN:FR76 1562 9026 58]]... stop stop, pas au téléphone ». Mme [[PERSONNE:Carlier]], n° [[N_ALLOCATAIRE:5108834]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement relais du {{CHRS}} du {{Havre}}. M. [[PERSONNE:Mustapha Cherif]], [[ADRESSE:88 cours de la République, 76600 Le Havre]]. Propre, rangé, odeur de café. Il montre fièrement sa fiche de paie, {{CDD}} chez {{Sidel}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}, {{11h}}. Borne {{ameli}} en libre service, un jeune en {{service civique}} aide les gens à imprimer leurs attestations. Ça marche bien, la file avance.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Tourcoing}}. M. [[PERSONNE:Dimitri Kowalczyk]] a déménagé. Nouvelle adresse : [[ADRESSE:102 bd Gambetta, 59200 Tourcoing]]. Num alloc [[N_ALLOCATAIRE:7702315]]. L'agent : « vous avez prévenu les {{impôts}} ? » Non. Il change aussi de num : [[TELEPHONE:07 66 02 91 38]] au lieu du [[TELEPHONE:06 66 02 91 38]], « juste le premier chiffre ».",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Le Havre}}, appel sortant vers M. [[PERSONNE:Sanchez Moreno]]. Sur le dossier : « [[TELEPHONE:+33 (0)6 29 47 81 53]] ». La conseillère compose, tombe sur une messagerie en espagnol. Elle laisse un message lent et articulé.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Roubaix}} avec l'assistante sociale, logement indigne signalé. Escalier sans rampe, moisissures dans la chambre des petits. Photos envoyées au {{service hygiène}} de la ville. On repart en silence.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Valenciennes}}. Femme enceinte, [[PERSONNE:Leïla]], accompagnée de sa belle-mère qui répond à sa place. Année de naissance, selon la belle-mère : « [[DATE_NAISSANCE:98]] ». Orientée {{maternité}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Roubaix}}, distribution du courrier. [[PERSONNE:Francis]] reçoit une lettre de la {{Caf}}, [[PERSONNE:Sami]] une convocation au tribunal, {{RG}} [[IDENTIFIANT:23/01877]]. L'éduc la lit avec lui dans le bureau.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Somme}}. L'allocataire ne se souvient plus de son mail : « c'est [[EMAIL:marc.dupuis]] quelque chose, arobase {{orange}} je crois ». L'agent retrouve dans le dossier : [[EMAIL:marc.dupuis80@orange.fr]]. « Voilà ! »",
    ),
    (
        "cpam",
        CSP,
        "{{Cpam}} du {{Nord}}, enquête sur des {{IJ}}. Visite chez M. [[PERSONNE:Ferreira]], [[ADRESSE:7 rue des Tisserands, 59100 Roubaix]], qui tient aussi le {{Garage Ferreira Automobiles}} juste à côté. Auto-entrepreneur, SIRET perso [[IDENTIFIANT:812 447 903 00015]]. L'enquêteur prend des notes sans rien dire.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Lens}}. M. [[PERSONNE:Sylvain Dhainaut]], {{58 ans}}, licencié économique, en {{CSP}}. Id [[ID_FRANCE_TRAVAIL:2290715F]]. Le conseiller : « on va parler de votre retraite aussi ». Il se raidit. Pas de mail perso, seulement celui de l'usine : [[EMAIL:s.dhainaut@fonderie-lens.fr]]. Le conseiller lui en fait créer un : [[EMAIL:sylvain.dhainaut62@orange.fr]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Caen}}. Un enfant dessine sur le tableau blanc de l'espace jeux pendant que sa mère est au guichet. L'agent lui donne un bonbon en passant. {{9h50}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Dunkerque}}, {{3646}}. Travailleur frontalier côté belge. Tel : [[TELEPHONE:0032 471 30 88 92]]. Mail : [[EMAIL:pieter.declercq@telenet.be]]. M. [[PERSONNE:Declercq]] veut le formulaire {{S1}}.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Caen}}. La conseillère [[PERSONNE:Émilie Hamon]] donne son mail pro au demandeur pour le CV : [[EMAIL:emilie.hamon@francetravail.fr]]. Elle épelle « [[PERSONNE:H-A-M-O-N]] ». Demandeur : M. [[PERSONNE:Lopes]], qui note sur sa main.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}. Un ado de {{17 ans}} appelle, fugue. L'écoutante : « je vais devoir prévenir ». Il raccroche. Rappel sur le num affiché, [[TELEPHONE:07 80 52 66 19]], pas de réponse.",
    ),
]

# Notes 106-140
NOTES += [
    (
        "caf",
        AP,
        "{{Caf}} {{Rouen}}. M. [[PERSONNE:Hamza Mokrani]] apporte un RIB {{La Banque Postale}} : [[IBAN:FR81 2004 1010 0505 1234 5K02 241]]. L'agente repère le K au milieu, « c'est normal, c'est {{la Poste}} ». Alloc [[N_ALLOCATAIRE:2207419]]. Tel au dossier vérifié : [[TELEPHONE:06 19 88 40 27]].",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Le Havre}}, plateforme. L'allocataire donne son num super vite, l'agent fait répéter {{2 fois}} : [[TELEPHONE:07 63 28 91 04]]. Puis un second, le fixe chez sa mère à {{Fécamp}}, [[TELEPHONE:0235281967]]. Mme [[PERSONNE:Aubert]], très pressée, elle est au travail.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Caen}}. Mme [[PERSONNE:Guérin]] est sourde, tout se fait par écrit sur un bloc. Elle écrit son mail en capitales : [[EMAIL:CHANTAL.GUERIN14@ORANGE.FR]]. L'agent recopie : [[EMAIL:chantal.guerin14@orange.fr]]. Elle ajoute « {{SMS}} SEULEMENT [[TELEPHONE:06 90 41 27 35]] ». Le bloc reste sur le comptoir après, je le signale.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Roubaix}}, atelier numérique. La conseillère montre un CV modèle au nom de [[PERSONNE:Jean Dupont]] et crée une adresse d'exemple au tableau : [[EMAIL:jean.dupont@gmail.com]]. Trois participants recopient l'exemple tel quel, fou rire général.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Amiens}}. M. [[PERSONNE:Thierry Caron]] : « mon mail c'est mon nom et mon prénom collés, arobase {{neuf point fr}} ». Le conseiller tape [[EMAIL:carontierry@neuf.fr]]. « Non, [[PERSONNE:Thierry]] avec un h ! » -> [[EMAIL:caronthierry@neuf.fr]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Caen}}, repas du midi. {{18 couverts}}. Lasagnes. Un résident fait la vaisselle, volontaire. On parle foot ({{Stade Malherbe}}), l'ambiance est bonne.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Tourcoing}} ({{Dron}}). Motard, [[PERSONNE:Florian Delmotte]]. Les pompiers ont noté la plaque de la moto : [[IMMATRICULATION:GB-311-QA]]. Mutuelle {{Harmonie}}, adhérent n° [[IDENTIFIANT:0045187723]]. Il demande surtout si sa moto est réparable.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de {{Seine-Maritime}}. M. [[PERSONNE:Gérard Poulain]], {{73 ans}}, appelle pour sa femme hospitalisée. Il lit le NIR de madame sur sa carte : [[NIR:2 58 01 2A 004 015 15]]. « Elle est corse, née à {{Ajaccio}} en [[DATE_NAISSANCE:58]]. » L'agent ne relève pas. Il donne son fixe pour être rappelé : « [[TELEPHONE:zéro deux trente-cinq, quatre-vingt-huit, vingt, zéro sept]] ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Le Havre}}. Mme [[PERSONNE:Josiane]] vient chercher un {{bon alimentaire}}. Personne à prévenir en cas d'urgence : son fils, [[PERSONNE:Kevin Roussel]], [[TELEPHONE:06 02 45 39 81]]. Elle dit « il répond jamais mais bon ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Lille}} {{Fives}}, [[ADRESSE:31 rue Pierre Legrand, 59800 Lille]]. Mme [[PERSONNE:Ramírez]] déclare une colocation. Le contrôleur regarde les noms sur la boîte aux lettres : [[PERSONNE:Ramírez]] et [[PERSONNE:Dubois]]. Bail en commun, colocation confirmée.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Cherbourg}}. Un monsieur donne son num avec un chiffre en trop : [[TELEPHONE:06 12 845 67 90]]. L'agent compte, {{11 chiffres}}. Le bon : [[TELEPHONE:06 12 84 67 90]]. M. [[PERSONNE:Guillou]] s'excuse, portable tout neuf.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Dunkerque}}. [[PERSONNE:Nadège Lemaître]] montre sa convocation, identifiant [[ID_FRANCE_TRAVAIL:0946128 J]]. Mot de passe oublié : la conseillère le réinitialise, le lien part sur [[EMAIL:nadege.lemaitre59@yahoo.fr]]. Elle le reçoit devant nous, ouf.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Calais}}. Affiche : « Accueil sur rendez-vous uniquement le {{mercredi}} ». {{3 personnes}} refoulées en {{10 min}}. L'agent leur donne le {{3230}} et un flyer, avec un sourire désolé.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} du {{Calvados}}. M. [[PERSONNE:Diop]], n° [[N_ALLOCATAIRE:6031188]], veut envoyer ses pièces directement à l'agente qui l'a eu le mois dernier, Mme [[PERSONNE:Lecanu]]. Il a gardé son adresse d'un ancien échange : [[EMAIL:marion.lecanu@cafcalvados.fr]]. L'agent : « passez par {{caf.fr}} plutôt ».",
    ),
    (
        "urgences",
        AT,
        "Urgences du {{CHU}} de {{Lille}}. Un pharmacien appelle pour une cliente, Mme [[PERSONNE:Dos Santos]], malaise dans l'officine. Il lit la date de naissance sur sa {{carte vitale}} : [[DATE_NAISSANCE:1949-03-22]]. Ambulance déjà en route.",
    ),
    (
        "chrs",
        CSP,
        "Avec l'équipe mobile du {{CHRS}} de {{Rouen}}, campement sous le {{pont Guillaume-le-Conquérant}}. [[PERSONNE:Radu]] et sa femme [[PERSONNE:Elena]] vivent dans leur camionnette, plaque roumaine [[IMMATRICULATION:B 47 XKL]]. Café partagé, thermos.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Caen}}, tel. Mme [[PERSONNE:Yvette Lepetit]] veut s'inscrire au {{repas des aînés}}. Date de naissance : « [[DATE_NAISSANCE:le 4 juillet 1939]], comme les Américains ». L'agente note, {{8 €}}.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Lille}}. « Mon mail c'est [[EMAIL:mamadou.b]]... euh c'est {{gmail}} ou {{yahoo}} je sais plus ». Le conseiller regarde le dossier : [[EMAIL:mamadou.ba59@yahoo.fr]]. M. [[PERSONNE:Mamadou Ba]] : « ah oui voilà ».",
    ),
    (
        "cpam",
        CSP,
        "Agent de la {{Cpam}} de la {{Somme}}, vérification d'adresse pour une {{CSS}} : [[ADRESSE:2 rue des Jacobins, 80000 Amiens]]. Boîte aux lettres sans nom. Le voisin dit que la famille [[PERSONNE:Mokhtari]] est partie en {{Belgique}} depuis l'été.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Dunkerque}}. [[PERSONNE:Cindy]] donne son numéro tel qu'il s'affiche sur son écran : [[TELEPHONE:+33767284105]]. L'agent retape en 07. Elle demande la {{prime d'activité}}, elle a moins de {{25 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Le Havre}}. Un écran dans la salle d'attente fait défiler des offres : cariste, soudeur, aide à domicile. Le vigile connaît tout le monde. {{8h45}}, avant l'ouverture, déjà {{12 personnes}} dehors.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Amiens}}, entretien d'admission. [[PERSONNE:Jordan]], {{26 ans}}, sort de la {{maison d'arrêt}}. Plus aucun papier d'identité. L'éducatrice appelle la mairie de naissance, il donne sa date : [[DATE_NAISSANCE:17 août 1998]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Lille-Douai}}. Un appel pour demander si la Cpam a changé de numéro. L'agent : non, toujours le {{3646}}, et le site {{ameli.fr}}. Durée {{1 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Rouen}}, tel. M. [[PERSONNE:Abdelkader Zeroual]] veut comprendre pourquoi il doit {{1 240 €}} ({{indu}}). Il dit son num alloc chiffre par chiffre : « [[N_ALLOCATAIRE:4 8 1 6 3 0 2]] ». L'agent lit le courrier avec lui, ligne par ligne. Il veut une réponse écrite : [[EMAIL:a.zeroual@outlook.fr]].",
    ),
    (
        "urgences",
        AP,
        "Urgences d'{{Arras}}. Une ado, [[PERSONNE:Manon Leroy]], entorse au sport, amenée par sa prof, Mme [[PERSONNE:Bertin]]. Le collège a laissé le num du père : [[TELEPHONE:06 77 34 12 90]]. L'agente l'appelle tout de suite.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Wattrelos}} chez Mme [[PERSONNE:Denise Vanhoutte]], [[ADRESSE:5 rue du Crétinier, 59150 Wattrelos]]. {{84 ans}}, demande de {{téléassistance}}. Sa fille est au tel pendant la visite : [[TELEPHONE:03 20 75 41 88]].",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Rouen}}. Le conseiller appelle un employeur pour une {{PMSMP}} : le patron, M. [[PERSONNE:Lenoir]], de {{Lenoir Menuiserie}}. Candidat : [[PERSONNE:Adam Rahmani]], id [[ID_FRANCE_TRAVAIL:8803216L]]. Accord pour {{2 semaines}}. Le patron laisse son portable : [[TELEPHONE:06 14 92 73 58]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Le Havre}}. M. [[PERSONNE:Franck Lemarchand]] a déménagé à {{Montivilliers}} : [[ADRESSE:11 rue Oscar Germain, 76290 Montivilliers]]. NIR [[NIR:185067635140266]]. Né au {{Havre}} en [[DATE_NAISSANCE:juin 85]], « j'ai fait 5 km en 39 ans » dit-il.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Amiens}}. Mme [[PERSONNE:Rose Delcourt]], [[ADRESSE:17 rue Jean Moulin, 80090 Amiens]]. Une {{rose}} séchée sur la table. Revenus déclarés : zéro. Le contrôleur voit une machine à coudre et des sacs de commandes, retouches non déclarées. Il note, elle pleure.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Manche}}. [[PERSONNE:Gwenaëlle]] appelle de {{Saint-Lô}}, violences. L'écoutante lui donne le {{3919}}. On garde son num, [[TELEPHONE:06 43 21 90 57]], pour la rappeler à {{22h}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Rouen}}. Mme [[PERSONNE:Pham]] dicte son mail pendant que l'agent tape : « [[EMAIL:thi point lan point pham arobase gmail point com]] ». « Thi c'est T-H-I. » -> [[EMAIL:thi.lan.pham@gmail.com]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Amiens}}. M. [[PERSONNE:Rémi Caudron]], ancien intérimaire chez {{Adecco}}, veut créer sa boîte de paysagiste. Orienté vers l'{{atelier création d'entreprise}}. Il laisse sa carte avec son insta : [[IDENTIFIANT:@remi.paysagiste80]]. Et son portable pro sur la même carte : [[TELEPHONE:06.84.17.32.09]].",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Cherbourg}}, nuit. Le tel sonne : erreur de numéro, quelqu'un veut commander une pizza. L'agente rit et raccroche. {{3h12}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Lens}}. Mme [[PERSONNE:Yasmine Chaouch]], titre de séjour n° [[IDENTIFIANT:6201458379]]. Pour son mari, [[PERSONNE:Hichem]], le titre n'est pas encore arrivé. Alloc [[N_ALLOCATAIRE:3056712]]. Tel : [[TELEPHONE:+33 7 51 60 84 27]], mail : [[EMAIL:yasmine.chaouch@hotmail.fr]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Calais}}. Dans le hall une borne de recharge de téléphones, très utilisée. L'agente me dit que beaucoup viennent juste pour ça et pour le {{wifi}}.",
    ),
]

# Notes 141-175
NOTES += [
    (
        "caf",
        AT,
        "{{Caf}} du {{Nord}}, plateforme. M. [[PERSONNE:Kaboré]] a envoyé un nouveau {{RIB}} et veut être sûr que l'agent a le bon. Il relit tout : [[IBAN:FR76 3000 4012 3000 0123 4568 795]]. « Oui c'est celui-là. » Il laisse aussi son tel, [[TELEPHONE:06 31 27 48 90]], au cas où.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}. M. [[PERSONNE:Oumar Diallo]] n'a pas de mail. Il propose celui de l'asso qui l'aide, {{accueil.lille@secours-catholique.org}}, l'agent accepte en commentaire. Tel perso : [[TELEPHONE:07 58 44 13 62]]. Il montre une lettre du {{Secours Catholique}}.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Rouen}}. La conseillère, [[PERSONNE:Agnès Morel]], donne sa carte au demandeur : ligne directe [[TELEPHONE:02 35 12 74 60]], mail [[EMAIL:agnes.morel@francetravail.fr]]. Le demandeur, [[PERSONNE:Bilal]], id [[ID_FRANCE_TRAVAIL:5127703Z]], la range dans sa coque de tel.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Caen}}, plateforme, {{16h50}}. Dernier appel avant la fermeture des lignes : un monsieur veut juste savoir si le paiement est passé. Oui, {{le 3}}. Il dit « merci ma p'tite dame » au conseiller (un homme). Rires.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Roubaix}}, quartier de l'{{Alma}}. Chez Mme [[PERSONNE:Hadjadj]]. IBAN du dossier : [[IBAN:FR76 1027 8026 5500 0204 7160 178]]. Celui du relevé qu'elle montre : [[IBAN:FR76 1142 5009 0008 1902 7463 127]]. Changement de banque pas déclaré, le contrôleur demande un nouveau {{RIB}}.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} de la {{Somme}}, {{3646}}. L'assurée donne un fixe d'{{Amiens}} en deux morceaux : « [[TELEPHONE:zéro trois vingt-deux]] », puis après une pause « [[TELEPHONE:quarante-cinq, soixante-sept, zéro huit]] ». L'agent note [[TELEPHONE:03 22 45 67 08]]. Mme [[PERSONNE:Brunet]] confirme.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Dunkerque}}, {{10h}}. Atelier cuisine avec une bénévole : gaufres ! Odeur dans tout le bâtiment. {{6 résidents}}. L'éducateur dit que c'est le seul moment de la semaine où tout le monde parle.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Lille}}, bureau de l'AS. M. [[PERSONNE:Gheorghe Lupu]] a perdu sa carte d'identité roumaine, n° [[IDENTIFIANT:RT 948315]]. L'AS lui imprime la déclaration de perte pour le commissariat.",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Roubaix}} ({{Victor Provo}}). Une dame tombée dans son escalier, Mme [[PERSONNE:Dupuis]]. L'adresse notée par les ambulanciers : [[ADRESSE:63 rue de l'Épeule, Roubaix]]. Elle s'inquiète surtout pour ses clés.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Cherbourg}}. L'agente veut envoyer une confirmation par mail. Monsieur : « [[EMAIL:fredo50 arobase free]] ». C'est tout ? « Ben oui. » Il manque le point fr -> [[EMAIL:fredo50@free.fr]]. M. [[PERSONNE:Frédéric Legrand]], hilare.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Dunkerque}}, standard. Quelqu'un demande les horaires de la {{piscine}}. L'agente redirige vers la {{mairie}}. « Ça arrive tout le temps. »",
    ),
    (
        "cpam",
        CSP,
        "{{Cpam}} du {{Calvados}}, contrôle d'arrêt de travail. M. [[PERSONNE:Lefort]] est là, en jogging, ordonnance à la main. L'enquêtrice vérifie sa CNI, n° [[IDENTIFIANT:D7K2M9P4Q]], et l'adresse : [[ADRESSE:9 rue du Vaugueux, 14000 Caen]]. {{5 min}}, tout est en règle.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Calais}}. M. [[PERSONNE:Stéphane Vermeersch]] demande une {{aide à la mobilité}} pour réparer sa voiture. Carte grise : [[IMMATRICULATION:4721 ZK 62]], ancien format, voiture de {{2004}}. Id [[ID_FRANCE_TRAVAIL:3418862W]]. Tel [[TELEPHONE:06 03 57 94 22]].",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Le Havre}}. Mme [[PERSONNE:Keïta]] appelle, son numéro a changé. Ancien [[TELEPHONE:06 88 13 52 47]], nouveau [[TELEPHONE:07 45 09 36 12]]. Le conseiller met à jour et supprime le vieux fixe, [[TELEPHONE:02-35-47-81-29]].",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Somme}}. M. [[PERSONNE:Paulo Teixeira]] au tel. Pour vérifier son identité l'agent demande sa date de naissance : « [[DATE_NAISSANCE:vingt-trois mars soixante-quinze]] ». Alloc [[N_ALLOCATAIRE:1984302]]. Il veut le mail de l'agent pour envoyer ses bulletins, refus : « passez par l'espace {{Mon Compte}} ». Tel de rappel : [[TELEPHONE:06 85 41 03 72]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Amiens}}. Mme [[PERSONNE:Marta Fernandes]], née au {{Portugal}}, NIR [[NIR:2 90 06 99 139 044 48]]. Elle demande la {{carte européenne}} pour l'été à {{Braga}}. {{10 jours}} de délai. Mail : [[EMAIL:marta.fernandes.pt@gmail.com]]. L'agent : « point p t, c'est dans le nom ? » Oui.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Valenciennes}}, standard. Une femme veut qu'on transmette à son mari hospitalisé, M. [[PERSONNE:Bouchet]], de la rappeler sur son portable, [[TELEPHONE:06 73 20 15 84]]. L'agente promet de passer le message.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Somme}}. [[PERSONNE:Farid]] appelle de la {{gare}} d'{{Abbeville}}, batterie à {{4 %}}. L'écoutant va vite : nom de famille ? « [[PERSONNE:Merabet]] ». Place à l'{{accueil de nuit}}, il raccroche avant la fin de la phrase.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Roubaix}}. M. [[PERSONNE:Vincent Leblanc]], auto-entrepreneur (plaquiste), {{prime d'activité}}. SIRET : [[IDENTIFIANT:901 223 548 00011]]. Alloc [[N_ALLOCATAIRE:0217736]]. Il a ses chiffres d'affaires sur un cahier d'écolier. Son mail pro : [[EMAIL:contact@leblanc-placo.fr]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Rouen}}. L'agent propose la {{messagerie ameli}}, Mme [[PERSONNE:Ouedraogo]] préfère le courrier : [[ADRESSE:4 rue Gustave Flaubert, 76100 Rouen]]. Et un tel quand même, [[TELEPHONE:06 29 51 47 30]].",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Amiens}} avec la conseillère ESF. Appartement propre mais vide, un matelas au sol. Elle promet un lit via {{Emmaüs}}. {{35 min}}.",
    ),
    (
        "chrs",
        CSP,
        "Avec le {{CHRS}} de {{Caen}}, visite chez une ancienne résidente relogée : Mme [[PERSONNE:Diarra]], [[ADRESSE:21 rue de Bayeux, 14000 Caen]]. Son fils [[PERSONNE:Issa]] vient d'avoir son bac, elle nous sert du bissap pour fêter ça.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Dunkerque}}. Attente {{40 min}}. Le distributeur de boissons est en panne. À {{14h10}} un agent ouvre un deuxième guichet, soulagement dans la salle.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Lille}} {{Moulins}}. Sur le dossier, le mail pro de son ancien job : [[EMAIL:j.akhtar@transports-lemaire.fr]], plus valable. La conseillère met [[EMAIL:jawad.akhtar93@gmail.com]]. M. [[PERSONNE:Akhtar]] : « le 93 c'est pas le département hein, c'est mon année ».",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Lille}}, plateforme. Formation des nouveaux : une senior écoute en double. Elle me dit qu'il faut {{6 mois}} pour être à l'aise sur la {{prime d'activité}}, un an sur les indus.",
    ),
    (
        "urgences",
        AP,
        "Urgences d'{{Amiens}}. Un homme arrive avec son chien {{Rex}}, refusé à l'entrée. L'agent de sécu propose de le garder à l'accueil. Le patient, [[PERSONNE:Dominique Lenglet]], laisse son tel au vigile : [[TELEPHONE:06 49 31 70 82]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Cherbourg}}, famille [[PERSONNE:Winterstein]] sur l'[[ADRESSE:aire d'accueil de Tourlaville, emplacement 12]]. Caravane et camion, [[IMMATRICULATION:FR-193-NA]]. Déclaration de ressources OK. Le grand-père offre le café.",
    ),
    (
        "cpam",
        CSP,
        "{{Cpam}} du {{Nord}}, enquête : des remboursements sont versés sur un compte qui n'est pas celui de l'assuré. L'enquêteur montre à M. [[PERSONNE:Dujardin]] le {{RIB}} enregistré : [[IBAN:FR76 1350 7000 2131 2487 9055 101]]. « C'est pas mon compte. » Il faudra porter plainte.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Amiens}}. Le conseiller appelle [[PERSONNE:Sarah Lévy]] pour un rdv, elle est en formation à {{Beauvais}}. Id [[ID_FRANCE_TRAVAIL:4490271C]]. Rdv décalé {{au 12}}. Elle préfère être contactée par mail : [[EMAIL:sarah.levy@protonmail.com]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Calais}}, accueil. [[PERSONNE:Hassan]], soudanais, passe chercher son courrier. Il donne un numéro anglais, [[TELEPHONE:+44 7700 918 452]], « my cousin in London ». L'éduc le note au dossier.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Rouen}}. Mme [[PERSONNE:Laetitia Renard]] vient pour la cantine. Elle épelle son nom : « comme l'animal, avec un R majuscule ». L'agente sourit. {{Quotient}} recalculé.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Amiens}}. M. [[PERSONNE:Cédric Boulanger]], {{boulanger}} de métier (« oui je sais »). Alloc [[N_ALLOCATAIRE:2650194]]. Il vient pour l'{{allocation de rentrée scolaire}}. Le tel au dossier a un chiffre en moins : [[TELEPHONE:06 47 21 9 58]]. Corrigé : [[TELEPHONE:06 47 21 93 58]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Cherbourg}}. L'assuré veut être rappelé sur son fixe, l'agent lui dit qu'il n'est plus attribué. Il donne son portable : [[TELEPHONE:06 56 87 22 10]]. M. [[PERSONNE:Hébert]], {{81 ans}}, ne savait pas que sa fille avait résilié.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Caen}}, rdv de suivi. Mme [[PERSONNE:Anne-Sophie Lemoine]] montre son contrat chez {{Leclerc}} {{Mondeville}}. Id [[ID_FRANCE_TRAVAIL:1067345P]]. La conseillère clôt l'accompagnement, elles se serrent la main. Nouveau num pour l'enquête de satisfaction : [[TELEPHONE:07-84-26-10-53]].",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Rouen}}, salle d'attente. L'écran affiche « Temps d'attente moyen : {{3h20}} ». Quelqu'un a collé un post-it dessous : « {{+ 2h}} ». Personne ne l'enlève.",
    ),
]

# Notes 176-210
NOTES += [
    (
        "caf",
        AP,
        "{{Caf}} {{Caen}}. Mme [[PERSONNE:Aïcha Tounkara]] a recopié son RIB à la main sur un bout de papier : « [[IBAN:20041 00001 1234759R020 91]] ». L'agente préfère le RIB imprimé, « une erreur et l'argent part chez quelqu'un d'autre ». Elle reviendra demain.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Rouen}}. M. [[PERSONNE:Arthur Quesnel]], n° alloc [[N_ALLOCATAIRE:5893021]]. Mail : « [[EMAIL:arthur point quesnel arobase laposte point net]] ». L'agent : « {{laposte}} en un mot ? » Oui. -> [[EMAIL:arthur.quesnel@laposte.net]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}. M. [[PERSONNE:Christophe Dehaene]], né à {{Lille}} le [[DATE_NAISSANCE:9 novembre 1979]], vient pour son {{ALD}}. L'agent vérifie le NIR à voix haute : [[NIR:1 79 11 59 350 042 28]]. « C'est bien ça. » Mail pour les décomptes : [[EMAIL:c.dehaene59@numericable.fr]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Tourcoing}}, inscription. M. [[PERSONNE:Walid Mansouri]], né à {{Tourcoing}} en [[DATE_NAISSANCE:janvier 1993]]. NIR saisi : [[NIR:193015959907719]]. Id créé : [[ID_FRANCE_TRAVAIL:7350184H]]. Il prend une photo de l'écran avec son tel. Tel [[TELEPHONE:06 40 87 25 61]], mail [[EMAIL:walid.m59200@gmail.com]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} du {{Havre}}, {{8h}}. Réveil difficile pour certains. Un résident fête ses {{50 ans}}, gâteau au chocolat acheté par l'équipe. On chante, c'est maladroit et touchant.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Calvados}}, {{20h15}}. Un homme appelle pour sa sœur, [[PERSONNE:Kelly]], qui dort dans une voiture, [[IMMATRICULATION:BX-662-MV]], sur le parking de la plage à {{Ouistreham}}. La maraude passera vers minuit.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} du {{Havre}}. Mail dicté : « [[EMAIL:b point sylla deux mille arobase hotmail point fr]] ». L'agent tape [[EMAIL:b.sylla2000@hotmail.fr]]. M. [[PERSONNE:Boubacar Sylla]], né en [[DATE_NAISSANCE:2000]], d'où le deux mille.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} du {{Nord}} chez Mme [[PERSONNE:Van Acker]], [[ADRESSE:8 rue de Tournai, 59200 Tourcoing]]. Elle travaille en {{Belgique}}, à {{Courtrai}}. Salaire versé sur un compte belge, [[IBAN:BE41 0630 1234 5610]], jamais déclaré. Le contrôleur photographie le relevé.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Lens}}. M. [[PERSONNE:Józef Mazur]], ancien mineur, {{79 ans}}, vient pour la carte de transport gratuite. Justificatif de domicile : [[ADRESSE:12 cité des Provinces, 62300 Lens]]. Il parle de la fosse où il travaillait.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{Havre}}. Un marin philippin, [[PERSONNE:Jomar Dela Cruz]], accompagné par l'agent du port. Passeport : [[IDENTIFIANT:P4821937A]]. Le navire repart ce soir, il veut savoir s'il pourra embarquer.",
    ),
    (
        "cpam",
        CSP,
        "{{Cpam}} de {{Seine-Maritime}}, contrôle. L'enquêtrice sonne {{3 fois}}, personne. Avis de passage. Dans la voiture elle me parle de ses objectifs : {{12 visites}} par semaine.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Dunkerque}}. Dans le dossier de M. [[PERSONNE:Lallemand]] le num est saisi sans le zéro : [[TELEPHONE:6 24 81 57 93]]. La conseillère corrige en [[TELEPHONE:06 24 81 57 93]] et l'appelle. Ça sonne, enfin.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Le Havre}}. Jeune couple, [[PERSONNE:Jade]] et [[PERSONNE:Mathis]]. Ils donnent un mail commun, [[EMAIL:jadeetmathis76@gmail.com]]. L'agente : il en faut un chacun. [[PERSONNE:Mathis]] : [[EMAIL:mathis.leclerc.76@gmail.com]]. [[PERSONNE:Jade]] garde le commun.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Amiens}}, plateforme. Coupure réseau {{10 min}}, les agents discutent. L'un me montre ses stats du jour : {{38 appels}}, durée moyenne {{5 min 30}}.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Rouen}}, tel. Une assistante sociale du {{Département}} appelle pour Mme [[PERSONNE:Blanche Lecomte]]. Elle donne le num de la dame, [[TELEPHONE:02 35 71 20 64]], et sa date de naissance : [[DATE_NAISSANCE:15/06/1944]].",
    ),
    (
        "chrs",
        CSP,
        "Visite {{CHRS}} {{Cherbourg}}, logement en diffus. M. [[PERSONNE:Yacine Boudjema]], [[ADRESSE:bâtiment C, 4 rue des Provinces, 50100 Cherbourg-en-Cotentin]]. Il a repeint la cuisine lui-même, en jaune. Fier.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Amiens}}, pause café des conseillers. Ils parlent de la réforme {{France Travail}}, du {{contrat d'engagement}}, du manque de temps. L'un dit : « on fait du chiffre ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Caen}}. Mme [[PERSONNE:Élodie Marie]]. Mail au dossier : [[EMAIL:elodie.marie@wanadoo.fr]]. Elle : « {{wanadoo}} ça existe plus ». L'agent : « si si, ça marche encore ». Elle en donne un nouveau quand même : [[EMAIL:elodiemarie14@gmail.com]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Lille}} {{Wazemmes}}. M. [[PERSONNE:Driss El Amrani]] veut que l'{{APL}} soit versée sur le compte de sa femme : [[IBAN:FR76 1470 7500 4170 2193 8402 607]]. Impossible sans l'accord de madame, explique l'agent. Il laisse le tel de madame : [[TELEPHONE:06.21.74.38.90]].",
    ),
    (
        "urgences",
        AP,
        "Urgences de {{Calais}}. Jeune homme, [[PERSONNE:Ayoub]], coupure au bras sur un chantier. Né en [[DATE_NAISSANCE:2004]], ici à {{Calais}}. NIR sur l'attestation : [[NIR:1 04 08 62 193 133 45]]. Son chef de chantier attend dehors en fumant.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Amiens}}. [[PERSONNE:Christelle]] et son compagnon [[PERSONNE:Tony]] demandent une chambre couple. Pas possible ici. [[PERSONNE:Tony]] râle, [[PERSONNE:Christelle]] le calme.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Roubaix-Tourcoing}}, plateforme. Un assuré appelle pour savoir si la Cpam rembourse les lunettes de son chien 🐶 (?!). L'agent reste poli : non.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Amiens Nord}}. Mme [[PERSONNE:Nabila Fekir]], [[ADRESSE:23 rue Lescouvé, 80080 Amiens]]. Née à {{Amiens}} en [[DATE_NAISSANCE:février 1995]], NIR [[NIR:2 95 02 80 021 203 44]]. Elle a tout préparé dans une pochette plastique.",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Rouen}}. Le conseiller appelle Mme [[PERSONNE:Ngo Bassa]] : messagerie pleine. Il envoie un {{SMS}} au [[TELEPHONE:07 62 84 31 09]] et un mail à [[EMAIL:ngobassa.m@yahoo.com]].",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Caen}} chez M. [[PERSONNE:Raymond Lefebvre]], {{90 ans}}, [[ADRESSE:3 rue de Bretagne, 14000 Caen]]. {{Portage de repas}}. Il a un perroquet, {{Coco}}, qui répète « bonjour » à chaque phrase.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Seine-Maritime}}, {{21h}}. {{47 appels}} depuis {{18h}}. L'écoutante boit un café froid. Il reste {{2 places}} femmes, {{0 homme}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Cherbourg}}. Mme [[PERSONNE:Lebrun]] a deux tel, elle ne sait plus lequel est au dossier. L'agent : « celui qui finit par [[TELEPHONE:40 77]] ». « Ah c'est l'ancien. » Nouveau : [[TELEPHONE:06 28 13 50 94]].",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Roubaix}}. [[PERSONNE:Abdellah]], marocain, ancien ouvrier du textile, né en [[DATE_NAISSANCE:1968]] près d'{{Oujda}}, veut faire valoir sa retraite. L'éduc cherche son NIR dans le classeur : [[NIR:1 68 07 99 350 017 30]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Amiens}}. Mme [[PERSONNE:Lucie Vasseur]] demande une attestation {{CSS}}. Tel au dossier : [[TELEPHONE:03.22.89.14.57]]. {{3 min}}, efficace.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHU}} de {{Lille}}, hall {{Salengro}}, {{22h}}. Un groupe d'étudiants avec un copain ivre. Le vigile reste calme, tout le monde s'assoit. Je note : {{5 agents}} de sécu pour {{60 personnes}}.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Dunkerque}}. Sur le comptoir, un présentoir de flyers « {{Mes droits en 1 clic}} ». Personne n'en prend. L'agent me dit qu'ils les jettent tous les ans.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} du {{Nord}}, plateforme. M. [[PERSONNE:Gaëtan Bourgeois]] veut savoir si son {{RIB}} a été pris en compte. L'agent lit : [[IBAN:FR76 1250 6200 3756 2041 9831 134]]. « Oui, c'est bon depuis lundi. » Il corrige aussi son mail, faute de frappe : [[EMAIL:gaetan.bourgeois@gmai.com]] -> [[EMAIL:gaetan.bourgeois@gmail.com]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Cherbourg}}. Aide pour une facture d'eau. M. [[PERSONNE:Quentin Lhermitte]], réf. client [[IDENTIFIANT:EC-2290417]]. L'agente appelle le fournisseur devant lui, échéancier obtenu.",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Roubaix}}. Mme [[PERSONNE:Sihem Larbi]] cherche un job sans voiture. Son mari en a une, [[IMMATRICULATION:EK-451-TD]], qu'elle pourrait prendre le matin. La conseillère coche « permis B ». Id [[ID_FRANCE_TRAVAIL:2601937N]]. Son tel : [[TELEPHONE:07 69 55 21 08]].",
    ),
    (
        "chrs",
        CSP,
        "Maraude avec le {{CHRS}} d'{{Amiens}}, {{22h}}. {{Parc Saint-Pierre}} : {{3 personnes}} sous tente. Thé chaud, couvertures. L'un refuse de parler, on respecte.",
    ),
]

# Notes 211-240
NOTES += [
    (
        "caf",
        AP,
        "{{Caf}} {{Roubaix}}. Mme [[PERSONNE:Kelly Desmet]], née à {{Roubaix}} en [[DATE_NAISSANCE:septembre 2001]], NIR [[NIR:2 01 09 59 512 076 38]]. Elle veut les notifs par {{SMS}}, num écrit sur sa main : [[TELEPHONE:07/81/63/29/40]]. Alloc [[N_ALLOCATAIRE:6612093]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Rouen}}. Une agente fait de l'« aller vers » dans la salle d'attente avec une {{tablette}} : elle propose de faire les démarches en ligne avec les gens. {{4 personnes}} acceptent, {{2}} refusent poliment.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Lille}}. Le monsieur donne son mail en masquant des lettres « à cause des hackers » : « [[EMAIL:ho***e.ben****@gmail.com]] ». L'agent a besoin de l'adresse entière : [[EMAIL:hocine.benamar@gmail.com]]. M. [[PERSONNE:Hocine Benamar]], alloc [[N_ALLOCATAIRE:0581127]], pas convaincu.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} de la {{Somme}}. M. [[PERSONNE:Rui Carvalho]] voudrait que ses prestations arrivent sur son compte au {{Portugal}} : [[IBAN:PT50 0033 0000 4530 1892 7515 4]]. L'agent n'est pas sûr pour les comptes {{SEPA}}, il demande à sa cheffe, met l'appel en attente {{3 min}}.",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Caen}}, ouverture des lignes à {{8h30}}. {{112 appels}} en attente dès la première minute. L'agent met son casque, souffle : « c'est parti ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Le Havre}}, M. [[PERSONNE:Ludovic Hauchecorne]], [[ADRESSE:46 rue Jules Lecesne, 76600 Le Havre]]. Une moto neuve dans le hall, plaque notée en minuscules par le contrôleur : [[IMMATRICULATION:fn-307-wj]]. Payée cash, dit-il. Son compte pro : [[IBAN:FR23 3000 2089 1700 0007 6512 L85]].",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Amiens}}. Mme [[PERSONNE:Evelyne Cauchy]], {{69 ans}}, demande une aide pour l'assurance de sa voiture, [[IMMATRICULATION:5829 VT 80]]. L'agente : « on ne finance pas l'assurance », mais il y a le {{chèque mobilité}} pour le carburant.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Dunkerque}}, {{14h}}. Atelier budget collectif : {{7 participantes}}, une conseillère, des post-its. Thème : les abonnements qu'on oublie. {{Netflix}}, {{Deezer}}, salle de sport...",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Roubaix}}, tel. Le bailleur ({{Vilogia}}) signale un impayé pour Mme [[PERSONNE:Sow]], [[ADRESSE:7 rue de Lannoy, 59100 Roubaix]], réf. locataire [[IDENTIFIANT:VIL-00812274]]. L'agente propose un rdv FSL.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} {{Le Havre}}, tel. Une dame appelle juste pour remercier pour le {{colis de Noël}}. L'agente raccroche avec un grand sourire : « ça fait du bien ».",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Tourcoing}}, évaluation avant une entrée à l'{{EHPAD Les Orchidées}}. M. [[PERSONNE:Henri Dewitte]], {{73 ans}}, né à {{Alençon}} en [[DATE_NAISSANCE:décembre 1950]], NIR [[NIR:150126100100980]]. Il ne veut pas partir de chez lui.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Lille}}. [[PERSONNE:Sofiane]], {{24 ans}}, né en {{Algérie}}, NIR [[NIR:1 99 10 99 352 088 77]]. Il veut de l'aide pour le {{CEJ}}. L'éducateur ouvre le site avec lui.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Cherbourg}}. Réunion du {{conseil de la vie sociale}} : {{9 résidents}}, {{3 salariés}}. Sujet : les horaires de la laverie. {{1h}} de débat, vote à main levée.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Rouen}}. Mme [[PERSONNE:Bakayoko]] et son bébé, [[PERSONNE:Nour]], née le [[DATE_NAISSANCE:3 mars]]. Carte de mutuelle, n° [[IDENTIFIANT:MH 7730 2194]]. Le bébé dort pendant tout l'entretien.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Amiens}}, hall. Un ancien résident, [[PERSONNE:Karim]], repasse dire bonjour : {{CDI}} chez {{Amazon}} à {{Boves}}. Il laisse son num à l'éducateur, [[TELEPHONE:06 91 24 58 03]], « si quelqu'un veut des conseils ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}, {{22h40}}. Un chauffeur de bus appelle : un homme dort dans son bus au {{terminus}}, à {{Villeneuve-d'Ascq}}. Nom inconnu. Orientation maraude.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Eure}}. Mme [[PERSONNE:Sandrine Lecoeur]], née à {{Évreux}} en [[DATE_NAISSANCE:mars 1966]], tient à donner son NIR « pour le {{SIAO}} » : [[NIR:266032722901264]]. L'écoutante le note, un peu gênée.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Pas-de-Calais}}. [[PERSONNE:Patrice]] dort dans sa voiture à {{Boulogne}}. L'écoutant tape la plaque pour la maraude, en minuscules : [[IMMATRICULATION:dh 581 lk]]. Pas de place avant demain.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Calvados}}, fin de service. L'écoutant remplit le tableau : {{31 demandes}}, {{9 orientations}}, {{22}} sans solution. Il met la colonne « sans solution » en rouge.",
    ),
    (
        "chrs",
        CSP,
        "Visite {{CHRS}} {{Lens}} chez Mme [[PERSONNE:Hakima Belhadj]], [[ADRESSE:16 rue de la Gare, 62300 Lens]]. Compteur coupé. Réf. client {{EDF}} [[IDENTIFIANT:EDF-5043127791]]. Elle montre aussi son RIB pour le prélèvement : [[IBAN:FR76 1670 6050 2154 0188 3229 061]].",
    ),
    (
        "chrs",
        CSP,
        "Maraude {{CHRS}} {{Rouen}}, quais {{rive droite}}, {{23h}}. Personne ce soir, le froid les a poussés vers la {{gare}}. On repart avec les thermos pleins.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Cherbourg}}. Mme [[PERSONNE:Nathalie Lerouvillois]], née à {{Cherbourg}} le [[DATE_NAISSANCE:11 décembre 1973]], NIR [[NIR:2 73 12 50 129 034 88]]. Son mail, écrit façon anti-spam : « [[EMAIL:nath.lerouv[at]orange[.]fr]] ». L'agent : « j'ai compris ». Tel [[TELEPHONE:0233 20 41 87]].",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}. M. [[PERSONNE:Nicolas Fournier]], né à {{Saint-Quentin}}, NIR [[NIR:1 77 02 02 691 061 02]]. Remboursement d'un transport {{VSL}}. Le bon de transport est signé, tout va bien. Il redonne son fixe, [[TELEPHONE:03 20 54 81 76]].",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Caen}}. Une dame donne le mail de son fils qui gère ses papiers : [[EMAIL:maxime-leblond@outlook.com]], « tiret du 6 ». Le tel du fils, au {{Canada}} : [[TELEPHONE:+1 514 555 0187]]. Mme [[PERSONNE:Leblond]] s'excuse pour le décalage horaire.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Rouen}}. L'agent, [[PERSONNE:Yannick]], donne à M. [[PERSONNE:Saidi]], gérant d'un {{tabac}}, l'adresse du service employeurs : {{employeurs.cpam-rouen@assurance-maladie.fr}}. Boîte générique, il insiste là-dessus.",
    ),
    (
        "cpam",
        AT,
        "{{Cpam}} {{Le Havre}}, {{3646}}. Message d'attente « en raison d'un fort volume d'appels ». {{17 min}}. L'agent décroche enfin, très gentil.",
    ),
    (
        "cpam",
        CSP,
        "{{Cpam}} de la {{Somme}}, enquête sur des frais de transport. Taxi conventionné de M. [[PERSONNE:Lahcen Amrani]], véhicule [[IMMATRICULATION:GN-740-FH]]. Des factures au nom de patients décédés. L'IBAN du taxi : [[IBAN:FR76 1820 6000 9460 5281 9384 770]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Cherbourg}}. M. [[PERSONNE:Killian Lemasson]] donne son tel « en mode pro » : [[TELEPHONE:+33 (0) 7 81 49 22 06]]. Mail [[EMAIL:killian.lemasson@proton.me]]. Id [[ID_FRANCE_TRAVAIL:5903318 R]].",
    ),
    (
        "france_travail",
        AP,
        "{{FT}} {{Lille}} {{Fives}}. Mme [[PERSONNE:Kim Tran]], née à {{Beauvais}}, NIR [[NIR:2 82 10 60 057 190 88]], id [[ID_FRANCE_TRAVAIL:6628410E]]. Réinscription après un CDD chez {{Decathlon}}. Mail : [[EMAIL:kim.tran.82@gmail.com]].",
    ),
    (
        "france_travail",
        AT,
        "{{FT}} {{Amiens}}, fin de journée. Message vocal : « c'est [[PERSONNE:Moussa Koné]], rappelez-moi au [[TELEPHONE:zéro six soixante-dix-sept, quarante-deux, dix-huit, trente-neuf]] ». Le conseiller réécoute {{3 fois}}.",
    ),
]

# --- end of notes ---

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


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        parts.append(marked[pos : m.start()])
        length += m.start() - pos
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:40]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"value with outer whitespace: {value!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:40]!r}")
    return text, entities, keep


def build():
    """Return the notes as dicts, ids in writing order."""
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
    """Draw the dev / holdout split from the ids and the cells only."""
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
        leftovers += ids[2 * half :]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
