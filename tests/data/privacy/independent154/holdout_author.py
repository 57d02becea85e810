"""Independent evaluation corpus n° 154: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inside ``text``:
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids are
``ind154-001`` … ``ind154-240`` in writing order. ``split`` draws dev / holdout from the ids and
the cells only. Running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind154"
SEED = 154

AP = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

# Batch 1: Caf, counter and phone.
NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h12}}, ticket {{A031}}. Mme [[PERSONNE:Ndiaye]] vient pour l'{{APL}} : son bailleur {{Nantes Métropole Habitat}} a changé sa réf locataire, ancienne [[IDENTIFIANT:00418723/002]], nouvelle [[IDENTIFIANT:0041872302-B]]. L'agente ([[PERSONNE:Stéphanie]] sur le badge) dit que la {{Caf}} a encore l'ancienne dans le dossier, d'où le versement bloqué depuis {{mars}}.",
    ),
    (
        "caf",
        AP,
        "Attente {{45 min}} debout, {{14 personnes}} devant moi. Pas de chaise. L'écran qui affiche les numéros appelés est en panne depuis ce matin, l'agent crie les numéros 😬",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Mehmet Yilmaz]] pour le {{RSA}}. Il présente son titre de séjour, n° étranger [[IDENTIFIANT:4400231876]] ; l'agent le relit à voix haute « [[IDENTIFIANT:44 00 23 18 76]] » pour vérifier. Valable jusqu'au {{12/09/2026}}. Dossier Caf n° [[N_ALLOCATAIRE:2846103]].",
    ),
    (
        "caf",
        AP,
        "Couple [[PERSONNE:Nguyen]] : monsieur parle peu français, la fille ([[PERSONNE:Linh]], {{16 ans}}) traduit tout. Indu de {{1 284 €}} sur la {{prime d'activité}}. L'agente, Mme [[PERSONNE:Guilbaud]], propose un plan de remboursement à {{48 € par mois}}. La fille demande « c'est notre faute ? » — silence. Réf. de la notification d'indu en haut du courrier : [[IDENTIFIANT:IND-2024-0571884]].",
    ),
    (
        "caf",
        AP,
        "Jeune femme, [[PERSONNE:Ioana Popescu]], {{27 ans}}, ouverture de droits. Passeport roumain n° [[IDENTIFIANT:058734219]] + carte d'identité roumaine [[IDENTIFIANT:SV412873]]. L'agent tape les deux mais le champ refuse les lettres, il met juste [[IDENTIFIANT:412873]] ?? Je note pour le débrief.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Boumaza]], née le [[DATE_NAISSANCE:14/02/1981]], facture {{EDF}} de {{612,37 €}} qu'elle peut pas payer. Réf client [[IDENTIFIANT:6004218753]], facture n° [[IDENTIFIANT:10984552307]] (elle a le papier froissé dans son sac). L'agent : « ça c'est pas nous, c'est le {{FSL}} au {{Département}} » et lui imprime le formulaire.",
    ),
    (
        "caf",
        AP,
        "dossier [[N_ALLOCATAIRE:3190547]] — radié depuis le {{1er octobre}} ?? elle comprend pas pourquoi, elle non plus l'agente au début",
    ),
    (
        "caf",
        AP,
        "AGENT : « VOUS AVEZ VOTRE NUMÉRO D'ALLOCATAIRE ? » MONSIEUR : « NON J'AI QUE ÇA » → courrier du bailleur {{Podeliha}}, réf [[IDENTIFIANT:LOC-0073415]]. L'agent retrouve quand même par le nom, [[PERSONNE:KOUASSI Yao]], et la date de naissance.",
    ),
    (
        "caf",
        AP,
        "Beaucoup de questions sur la {{prime de Noël}} aujourd'hui. L'agent répond « c'est autour du {{15 décembre}}, pas avant » au moins {{6 fois}} en {{1h}}.",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Haddad]] veut savoir si son recours {{DALO}} change qqch pour la Caf. Il a la décision de la commission de médiation, dossier n° [[IDENTIFIANT:044-2024-01127]], séance du {{18/04/2024}}. Agent : « ça n'a rien à voir avec nous monsieur ». Il repart avec une photocopie quand même.",
    ),
    (
        "caf",
        AP,
        "Vérif identité : CNI de Mme [[PERSONNE:Chloé Rabiller]]. L'agente recopie le numéro [[IDENTIFIANT:X4RT7BP2F]]… tape d'abord [[IDENTIFIANT:X4RT78P2F]] (le B lu comme un 8), corrige. Née le [[DATE_NAISSANCE:2 juillet 1993]] à {{La Roche-sur-Yon}}.",
    ),
    (
        "caf",
        AP,
        "{{11h05}}, Mme [[PERSONNE:Lemaître]] donne son mail à l'oral : « [[EMAIL:sabrina point lemaitre cinquante-trois arobase gmail point com]] » — l'agent écrit [[EMAIL:sabrina.lemaitre53@gmail.com]] et lui fait relire l'écran. Portable [[TELEPHONE:07 81 44 20 69]].",
    ),
    (
        "caf",
        AP,
        "Changement de RIB pour Mr [[PERSONNE:Rakotomalala]] (nouvelle banque en ligne {{Nickel}}) : [[IBAN:FR76 1659 8000 0100 0719 3264 866]]. L'agent vérifie le titulaire : c'est au nom de sa femme, [[PERSONNE:Hanta]] → refusé, il faut un compte au nom de l'allocataire ou un compte joint.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Tesfaye]] vient avec son attestation de demande d'asile ([[IDENTIFIANT:4402871635]]) pour les allocs familiales. L'agent explique que pendant la demande c'est l'{{ADA}} versée par l'{{OFII}}, pas la Caf. {{2 enfants}}, {{3 ans}} et {{5 ans}}, qui dorment dans la poussette double.",
    ),
    (
        "caf",
        AP,
        "Ce qui me frappe depuis ce matin : l'agente a en théorie {{12 minutes}} par personne mais elle ne regarde jamais l'horloge. Elle dit qu'elle rattrape sur la pause déj. Sur {{9 personnes}} reçues, {{7}} venaient pour un papier qu'elles auraient pu télécharger sur le {{caf.fr}} « si elles avaient su où cliquer ». La {{Caf de Loire-Atlantique}} a fermé {{2 points d'accueil}} l'an dernier (à {{Rezé}} et à {{Orvault}}), tout le monde vient ici maintenant.",
    ),
    (
        "caf",
        AP,
        "APL : bail signé avec {{Angers Loire Habitat}}, la réf locataire est écrite à la main sur un post-it « ALH[[IDENTIFIANT:2207741]] ». Logement {{T3}} à {{Monplaisir}}, loyer {{487,20 €}} charges comprises. Mme [[PERSONNE:Ferreira da Silva]] a tout mis dans une pochette plastique, super organisée.",
    ),
    (
        "caf",
        AP,
        "Étudiant, [[PERSONNE:Enzo]], {{19 ans}}, 1re demande d'aide au logement pour un studio en résidence {{Crous}} ({{Le Tertre}}). Il demande s'il peut mettre le RIB de sa mère. Réponse : non. Contrat Crous n° [[IDENTIFIANT:24-LT-008817]], loyer {{312 €}}.",
    ),
    (
        "caf",
        AP,
        "{{Cerfa 10840*05}} à moitié rempli. Dans la case « n° allocataire » Mr [[PERSONNE:El Amrani]] a écrit son n° de sécu : [[NIR:1 94 06 99 350 112 03]] 😅 L'agent barre et recopie au bon endroit. Arrivé du Maroc en {{2016}}, {{30 ans}}, chauffeur livreur.",
    ),
    (
        "caf",
        AP,
        "Complément mode de garde : facture de la micro-crèche {{Les P'tits Loups}} n° [[IDENTIFIANT:MC-24-0391]] du {{31/05}}, {{742 €}}. L'agent lit à l'écran « m c, vingt-quatre, zéro trois neuf un » pour retrouver la pièce déjà scannée. Mère : Mme [[PERSONNE:Anaïs Guérin]], dossier [[N_ALLOCATAIRE:4012836]].",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Kabongo]] veut recevoir les courriers de la {{Caf}} par mail, elle l'écrit sur un bout de papier : [[EMAIL:k.mbuyi [at] laposte.net]] (nom de jeune fille, précise-t-elle).",
    ),
    (
        "caf",
        AP,
        "Borne tactile HS. Une dame âgée essaie {{3 fois}} puis abandonne, s'assoit, attend qu'on l'appelle.",
    ),
    (
        "caf",
        AP,
        "Annonce au micro par le vigile : « le propriétaire du véhicule [[IMMATRICULATION:FT-338-QD]] est prié de libérer la place handicapé ». Personne ne bouge. Il répète {{2x}} 🙃",
    ),
    (
        "caf",
        AP,
        "Nom épelé pour l'agent : « [[PERSONNE:B-O-I-S-S-E-A-U]], avec deux S ». Prénom [[PERSONNE:Marie-Claude]]. Adresse : [[ADRESSE:8 rue du Pélican, 49100 Angers]]. Elle vient pour l'{{ASF}} depuis que son ex ne paie plus la pension ({{180 €}}). Jugement du JAF d'{{Angers}}, RG [[IDENTIFIANT:22/01458]], rendu en {{2022}}.",
    ),
    (
        "caf",
        TEL,
        "Appel {{10h41}}. Monsieur donne son n° alloc trop vite : « [[N_ALLOCATAIRE:45 28 071]] », puis « non pardon, [[N_ALLOCATAIRE:45 28 017]] ». L'agent demande pour vérifier la date de naissance : « le [[DATE_NAISSANCE:onze novembre soixante-deux]] ».",
    ),
    (
        "caf",
        TEL,
        "Appel d'une travailleuse sociale du {{CCAS de Cholet}}, [[PERSONNE:Karima]], pour Mme [[PERSONNE:Chaigneau]] : elle donne la réf du dossier FSL[[IDENTIFIANT:49-24-0317]] et demande si l'{{APL}} est bien versée en tiers payant au bailleur {{Maine-et-Loire Habitat}}.",
    ),
    (
        "caf",
        TEL,
        "Musique d'attente : les {{Quatre Saisons}} de {{Vivaldi}} en boucle. L'agente dit que les gens attendent {{20 à 25 min}} en moyenne avant de l'avoir.",
    ),
    (
        "caf",
        TEL,
        "Mr [[PERSONNE:Le Bihan]] veut un RDV. Agent : « votre adresse c'est toujours le [[ADRESSE:17 rue de la Marseillaise, 44600 Saint-Nazaire]] ? » — « non j'ai déménagé, [[ADRESSE:3 allée des Goélands]] à {{Trignac}} ». L'agent : « alors faut faire le changement en ligne ». Soupir.",
    ),
    (
        "caf",
        TEL,
        "Une mère appelle pour sa fille [[PERSONNE:Yasmine]] ({{20 ans}}) qui veut son propre dossier. Elle dicte le mail de la fille : [[EMAIL:yasmine.benali2004@hotmail.fr]].",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Fofana]] demande un rappel. Elle dicte : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Rappel prévu avant {{17h}}. L'agent répète chiffre par chiffre.",
    ),
    (
        "caf",
        TEL,
        "appel coupé 2x. la 3e fois c bon. dossier [[N_ALLOCATAIRE:1175390]], Mme [[PERSONNE:Trabelsi]], question {{AAH}} : la {{MDPH}} a notifié, n° de dossier [[IDENTIFIANT:49-2023-004178]], mais la Caf n'a rien reçu. L'agent met une « demande de pièce » en interne.",
    ),
    (
        "caf",
        TEL,
        "Quelqu'un a changé son RIB sans qu'elle le sache : l'IBAN enregistré est [[IBAN:FR76 3000 3014 7000 0508 7123 693]], elle n'a jamais eu de compte à la {{Société Générale}}. L'agent ouvre un signalement fraude, réf [[IDENTIFIANT:INC0045821]], et lui dit de porter plainte au commissariat.",
    ),
    (
        "caf",
        TEL,
        "Mr [[PERSONNE:Ouazzani]] appelle depuis le Maroc, son portable là-bas : [[TELEPHONE:+212 6 61 48 27 09]]. Droits suspendus car séjour à l'étranger de plus de {{3 mois}}. Il ne savait pas.",
    ),
    (
        "caf",
        TEL,
        "L'agente a un casque qui grésille. Elle raccroche, souffle, reprend. « On a {{38 appels}} en attente. »",
    ),
]

# Batch 2: Caf phone and home inspections, Cpam counter.
NOTES_2 = [
    (
        "caf",
        TEL,
        "Appel d'un bailleur privé, M. [[PERSONNE:Gaborit]], qui touche l'{{APL}} en tiers payant pour sa locataire Mme [[PERSONNE:Sow]]. Il donne son SIRET de loueur en meublé, « c'est moi en nom propre » : [[IDENTIFIANT:832 417 960 00018]]. L'agent refuse de parler de la locataire (secret pro), il s'énerve.",
    ),
    (
        "caf",
        TEL,
        "Appel en anglais. L'agent se débrouille, passe par {{Google Traduction}} sur son 2e écran. {{8 min}}, la personne dit thank you {{4 fois}}.",
    ),
    (
        "caf",
        TEL,
        "Mme [[PERSONNE:Pineau]] ne trouve pas son n° alloc, elle donne son numéro de sécu en morceaux, lentement : « [[NIR:deux… soixante-quinze… zéro un… soixante-douze… cent quatre-vingt-un… trois cent quatre-vingt-huit… vingt-deux]] ». L'agent tape [[NIR:2750172181388 22]] et la retrouve. {{49 ans}}, née au {{Mans}}, elle y habite toujours.",
    ),
    (
        "caf",
        TEL,
        "Déclaration de naissance pour la {{PAJE}} : bébé [[PERSONNE:Aylin]], née le [[DATE_NAISSANCE:3 mars]] à la maternité du {{CHU d'Angers}}. Le père, Mr [[PERSONNE:Öztürk]], épelle le ö, l'agent trouve pas le tréma sur le clavier.",
    ),
    (
        "caf",
        TEL,
        "« Vous avez un numéro où on peut vous joindre ? » — « [[TELEPHONE:02 41 87 53 10]], c'est le fixe de ma voisine Mme [[PERSONNE:Pasquier]], moi j'ai plus de forfait {{Free}} ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Bensaïd]], [[ADRESSE:24 rue Jean Jaurès, 72100 Le Mans]]. Le contrôleur, [[PERSONNE:Thierry]], vérifie la composition du foyer (soupçon de vie maritale). Il regarde d'abord la boîte aux lettres : {{2 noms}}, [[PERSONNE:BENSAÏD]] et [[PERSONNE:DIAS]]. Elle dit que c'est son frère qui fait suivre son courrier. Bail {{Le Mans Métropole Habitat}}, réf [[IDENTIFIANT:72-044871]], à son seul nom.",
    ),
    (
        "caf",
        CSP,
        "{{Peugeot 208}} grise garée dans la cour : [[IMMATRICULATION:EK 427 LB]]. Le contrôleur la note « pour voir à qui elle est ». Malaise de mon côté.",
    ),
    (
        "caf",
        CSP,
        "Avis d'échéance de {{Sarthe Habitat}} posé sur la table : locataires M. et Mme [[PERSONNE:Lelièvre]], contrat n° [[IDENTIFIANT:SH-72-0158842]], loyer {{402,15 €}}, APL déduite {{231 €}}. Le contrôleur prend une photo avec la tablette.",
    ),
    (
        "caf",
        CSP,
        "Le contrôle a duré {{1h20}}. Questions très intrusives à mon goût : qui dort où, combien de brosses à dents, à qui sont les chaussures d'homme dans l'entrée. Le contrôleur dit que c'est la procédure, qu'il « n'aime pas ça non plus ». Sur le chemin du retour il m'explique que {{70 %}} de ses contrôles finissent sans rien à redire.",
    ),
    (
        "caf",
        CSP,
        "Échéancier {{TotalEnergies}} sur le frigo : n° client [[IDENTIFIANT:1 20 458 337 912]], point de livraison [[IDENTIFIANT:14257190384416]]. Mr [[PERSONNE:Chéreau]] vit seul d'après lui, la conso est celle d'une personne seule d'après le contrôleur. Il demande les relevés bancaires des {{3 derniers mois}}.",
    ),
    (
        "caf",
        CSP,
        "Dans l'allée, une vieille {{Dacia}} immatriculée en Roumanie, [[IMMATRICULATION:CJ 08 RTM]] — « c'est au cousin, [[PERSONNE:Florin]], il est là que le week-end ».",
    ),
    (
        "caf",
        CSP,
        "RDV de contrôle prévu à {{14h}}, personne. Le contrôleur laisse un avis de passage dans la boîte, [[ADRESSE:résidence Les Glycines, bât C, appt 12, 2 rue des Peupliers, 85000 La Roche-sur-Yon]]. Nom sur l'étiquette : [[PERSONNE:RIPOCHE Sandrine]]. On repart, {{35 min}} de route pour rien.",
    ),
    (
        "caf",
        CSP,
        "Famille qui vit à l'année au [[ADRESSE:camping Le Pâtis, emplacement 41]] à {{Saumur}}, dans un mobil-home. Mr [[PERSONNE:Dumitru]] montre le contrat de location annuelle, réf [[IDENTIFIANT:2024-LP-041]], {{390 €}} par mois. Les enfants vont à l'école à pied.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur compare le bail et le RIB : IBAN sur le bail [[IBAN:FR76 1470 6000 4172 1045 3819 089]], le même que celui du dossier {{Caf}}, ok. Titulaire Mme [[PERSONNE:Rialland Océane]].",
    ),
    (
        "caf",
        CSP,
        "chien qui aboie, {{Tyson}}, la dame l'enferme dans la salle de bain. Contrôleur pas rassuré, moi non plus",
    ),
    (
        "caf",
        CSP,
        "CNI ancien modèle, n° [[IDENTIFIANT:140449301872]], de Mr [[PERSONNE:Kaci]] — périmée depuis {{2019}} mais « elle vaut {{15 ans}} » dit-il. Le contrôleur accepte, il a raison apparemment.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez [[PERSONNE:Awa]] et [[PERSONNE:Moussa Camara]], [[ADRESSE:41 bd Émile Romanet, Nantes]]. Fiches de paie {{Adecco}} de [[PERSONNE:Moussa]] pour {{avril}} et {{mai}}. Sa carte de résident, n° [[IDENTIFIANT:4400019283]], expire en {{2031}}. Tout est ok, {{25 min}}.",
    ),
    (
        "cpam",
        AP,
        "Carte Vitale perdue. L'agente demande le n° de sécu, il le sort de son téléphone (photo de l'attestation) : [[NIR:1 83 04 99 352 219 52]]. Né en Algérie en [[DATE_NAISSANCE:avril 1983]], Mr [[PERSONNE:Belkacem]]. Nouvelle carte dans {{3 semaines}}.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{CSS}} : Mme [[PERSONNE:Gendron]] a encore une mutuelle privée, {{Harmonie Mutuelle}}, adhérente n° [[IDENTIFIANT:00 3481 7726]]. Il faut résilier avant. L'agente lui donne la lettre type de résiliation.",
    ),
    (
        "cpam",
        AP,
        "File d'attente dehors sous la pluie, ouverture à {{8h30}}. {{22 personnes}} à {{8h25}}. Un vigile distribue des tickets numérotés.",
    ),
    (
        "cpam",
        AP,
        "PUMa pour Mr [[PERSONNE:Noorzai]], demandeur d'asile, {{Afghanistan}}. Attestation de demande d'asile n° [[IDENTIFIANT:4902176543]], valable jusqu'au {{03/02/2025}}. L'agent scanne, imprime une attestation de droits provisoire. [[PERSONNE:Zahra]], sa femme, attend dehors avec le bébé.",
    ),
    (
        "cpam",
        AP,
        "Arrêt de travail pas payé depuis {{6 semaines}}. L'employeur, {{Transports Brossaud}} (SIRET {{412 836 590 00027}}), n'a pas envoyé l'attestation de salaire. Mme [[PERSONNE:Cormerais]] a déjà appelé {{3 fois}}. L'agente envoie un mail à l'employeur devant elle, en rappelant l'avis d'arrêt n° [[IDENTIFIANT:0458112793]].",
    ),
    (
        "cpam",
        AP,
        "Remboursement lunettes : facture de l'opticien {{Krys}} n° [[IDENTIFIANT:KR-2024-118734]], {{389 €}}. Mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:229018734]]. Mr [[PERSONNE:Tran Van Minh]] veut savoir qui paie quoi, l'agente dessine un tableau sur un post-it.",
    ),
    (
        "cpam",
        AP,
        "Rattachement du bébé sur la {{carte Vitale}} des deux parents. Bébé [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:28/08/2024]]. Parents : [[PERSONNE:Samira]] et [[PERSONNE:Kevin Pichon]].",
    ),
    (
        "cpam",
        AP,
        "Changement d'adresse : du [[ADRESSE:5 impasse des Mimosas, 44400 Rezé]] au [[ADRESSE:27 bis rue Gambetta, 44000 Nantes]]. Mr [[PERSONNE:Hervouët]]. L'agente : oui on peut le faire ici, ça prend {{2 min}}.",
    ),
    (
        "cpam",
        AP,
        "Dame qui pleure au guichet. Son mari est décédé il y a {{10 jours}}, elle ne sait pas quoi faire pour le capital décès. L'agente sort les mouchoirs, prend {{25 min}}. Je ne note rien d'autre, par respect.",
    ),
    (
        "cpam",
        AP,
        "Facture du {{CHU de Nantes}} pour un passage aux urgences : facture n° [[IDENTIFIANT:2024 0077 4512]], IPP [[IDENTIFIANT:P01928347]], {{19,61 €}} (forfait patient urgences). Mr [[PERSONNE:Jean-Marie Célestine]] demande si la {{CSS}} couvre. Oui.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Lubin]], né à {{Pointe-à-Pitre}} en [[DATE_NAISSANCE:juin 71]], son NIR sur la vieille attestation : [[NIR:171069712009550]]. Il vient changer de médecin traitant.",
    ),
    (
        "cpam",
        AP,
        "L'agente crée le compte {{Ameli}} avec [[PERSONNE:Dylan]], {{23 ans}} : mail [[EMAIL:dylan.rialland@orange.fr]], code reçu par SMS au [[TELEPHONE:06 27 81 39 54]]. {{15 min}} pour trouver un mot de passe qui convient 🙄",
    ),
    (
        "cpam",
        AP,
        "mme [[PERSONNE:ngo bassa]] - ald - protocole pas envoyé par le medecin traitant dr [[PERSONNE:fotso]]. agente appelle le cabinet, poste {{214}}, ça sonne dans le vide",
    ),
]

# Batch 3: Cpam phone and home checks, CCAS counter.
NOTES_3 = [
    (
        "cpam",
        TEL,
        "Mr [[PERSONNE:Godineau]] appelle pour ses indemnités journalières. Il donne son NIR d'une traite : « [[NIR:1 62 11 49 007 045 69]] ». L'agent : « vous êtes bien né le [[DATE_NAISSANCE:17 novembre 1962]] ? » — « oui, à {{Angers}} ».",
    ),
    (
        "cpam",
        TEL,
        "Plateforme {{3646}} : l'agent a un script à l'écran mais ne le lit jamais. Il dit que les appels durent {{6 min}} en moyenne, l'objectif c'est {{5 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Une dame appelle pour son père, Mr [[PERSONNE:Albert Bréhéret]], en EHPAD ({{EHPAD Le Clos Saint-Martin}}). Elle n'a pas de procuration, l'agent ne peut rien dire. Elle laisse quand même son numéro : [[TELEPHONE:06.14.72.30.88]].",
    ),
    (
        "cpam",
        TEL,
        "Mme [[PERSONNE:Pereira]] lit sa carte de mutuelle au téléphone : « {{Mutuelle Familiale}}… numéro… [[IDENTIFIANT:soixante-douze tiret zéro zéro quarante-cinq huit cent douze]] ». L'agent écrit [[IDENTIFIANT:72-0045812]] et relit. Elle dit oui.",
    ),
    (
        "cpam",
        TEL,
        "Appel d'un kiné pour un patient, Mr [[PERSONNE:Bakary Traoré]], {{21 ans}}, qui n'a plus de droits ouverts. Le kiné lit le numéro sur la carte Vitale : [[NIR:103109933504103]]. L'agent voit que le titre de séjour a expiré en {{septembre}}, droits fermés au {{31/12}}.",
    ),
    (
        "cpam",
        TEL,
        "Réclamation : les indemnités journalières partent sur un ancien compte. Elle dicte le nouveau RIB : « [[IBAN:FR76 1380 7008 1132 1198 4700 622]] ». L'agent : « envoyez-le plutôt par la messagerie {{Ameli}}, au téléphone je peux pas le changer ». Mme [[PERSONNE:Le Floch]], pas contente.",
    ),
    (
        "cpam",
        TEL,
        "Appel d'un pharmacien. Question technique sur une prise en charge. L'agent met en attente {{4 fois}} pour demander à sa collègue.",
    ),
    (
        "cpam",
        TEL,
        "[[PERSONNE:Nadia]] (ne veut pas donner son nom), victime de violences, veut que les relevés ne partent plus au domicile conjugal, [[ADRESSE:9 rue des Lavandières, 53000 Laval]]. L'agent passe la main au service social de la {{Carsat}}, ton très doux, {{18 min}}.",
    ),
    (
        "cpam",
        TEL,
        "Mr [[PERSONNE:Chevallier]] rappelle pour sa réclamation, il a le n° sur le mail : [[IDENTIFIANT:REC-2024-0083152]]. L'agent : « ah oui, c'est en cours, délai {{30 jours}} ».",
    ),
    (
        "cpam",
        TEL,
        "Il épelle son mail : « [[EMAIL:t-i-b-o point g-a-u-d-i-n arobase free point f-r]] ». L'agent relit [[EMAIL:tibo.gaudin@free.fr]]. Mr [[PERSONNE:Thibault Gaudin]], il veut juste une attestation de droits pour sa mutuelle {{MAAF}}.",
    ),
    (
        "cpam",
        TEL,
        "Transport sanitaire : facture de {{Ambulances Chauvin}} n° [[IDENTIFIANT:AC/24/1187]], {{146,20 €}}, pour Mme [[PERSONNE:Martínez]]. Il manque le bon de transport ({{Cerfa 11574*04}}), l'agent le dit {{2 fois}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail à domicile avec l'agente assermentée, [[PERSONNE:Nathalie]]. Adresse : [[ADRESSE:14 rue du Maine, 49130 Les Ponts-de-Cé]]. Sorties autorisées {{10h-12h}} et {{16h-18h}}. On sonne à {{14h35}}, Mr [[PERSONNE:Sylvain Ménard]] ouvre, en béquilles. Rien à redire. L'agente coche l'arrêt n° [[IDENTIFIANT:2024-AT-771829]] « présent ».",
    ),
    (
        "cpam",
        CSP,
        "2e adresse : personne. La voisine dit « il est chez le kiné ». L'agente note « absent, motif invoqué par un tiers ». Je comprends que ça peut suspendre les {{IJ}}.",
    ),
    (
        "cpam",
        CSP,
        "Sur l'interphone : « [[PERSONNE:KOWALCZYK]] / [[PERSONNE:DA COSTA]] ». Mme [[PERSONNE:Kowalczyk]] ouvre, arrêt de {{15 jours}} pour lombalgie. La voiture du mari, [[IMMATRICULATION:GA-015-XN]], est garée devant, l'agente ne dit rien.",
    ),
    (
        "cpam",
        CSP,
        "L'agente me montre la fiche sur la tablette : assurée n° [[NIR:2 69 07 53 130 154 70]], Mme [[PERSONNE:Hamon]], arrêt du {{02/10}} au {{30/10}}, employeur {{Lactalis}} à {{Laval}}.",
    ),
    (
        "cpam",
        CSP,
        "Chez [[PERSONNE:Ahmed Kaya]] : il montre son bulletin de sortie d'hospitalisation, n° de séjour [[IDENTIFIANT:224016832]], {{CH de Cholet}}. Il est rentré la veille. Contrôle ok en {{10 min}}.",
    ),
    (
        "cpam",
        CSP,
        "Pas de réponse au [[ADRESSE:lieu-dit La Grange, 49600 Beaupréau-en-Mauges]]. Nom sur la boîte : [[PERSONNE:Le Guen]]. L'agente laisse l'avis de passage, imprimé n° {{A 004512}}.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : Mr [[PERSONNE:Abdoulaye Sarr]], à la rue depuis {{2 mois}}. L'agente vérifie qu'il n'a pas déjà une domiciliation ailleurs. Attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-1187]], courrier à l'adresse du CCAS, {{1 bis place Saint-Similien}}.",
    ),
    (
        "ccas",
        AP,
        "Aide facultative : bon alimentaire {{Super U}} de {{50 €}} pour Mme [[PERSONNE:Haile]], {{3 enfants}}. Elle a son n° {{SIAO}} en photo dans le téléphone : [[IDENTIFIANT:SI-44-2024-018753]]. L'agente dit que ça ne sert pas ici mais le note quand même « au cas où ».",
    ),
    (
        "ccas",
        AP,
        "Facture {{Veolia}} impayée, réf abonné [[IDENTIFIANT:4401 7729 0188]], {{234,80 €}}. Mr [[PERSONNE:Petrossian]] demande l'aide du CCAS. L'agente remplit le {{FSL}} eau, formulaire {{FSL-E 03}}.",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente : une affiche « Le CCAS ne fait pas de dépannage en espèces ». {{3 personnes sur 5}} demandent pourtant du liquide.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Mariama Bah]] présente un passeport guinéen [[IDENTIFIANT:R0248731]] et le récépissé de titre de séjour n° [[IDENTIFIANT:4900352817]], valable {{6 mois}}. Photocopie recto-verso. Hébergée à l'{{hôtel Formule 1}} de {{Saint-Barthélemy-d'Anjou}}, {{chambre 214}}, par le {{115}}.",
    ),
    (
        "ccas",
        AP,
        "Papy [[PERSONNE:Germain]], {{84 ans}}, vient pour « l'aide pour les repas ». C'est le portage. Adresse : [[ADRESSE:6 chemin de la Censive, 44300 Nantes]]. Tél fixe [[TELEPHONE:02 40 49 17 36]]. Il ne connaît pas son n° de sécu, « c'est ma fille [[PERSONNE:Brigitte]] qui gère tout ça ». Il a quand même sa dernière facture du portage, n° [[IDENTIFIANT:PDR/24/0913]], {{187,50 €}}.",
    ),
    (
        "ccas",
        AP,
        "Dossier MDPH en cours depuis {{7 mois}} pour son fils [[PERSONNE:Noah]], n° de dossier MDPH[[IDENTIFIANT:44-0219873]] (écrit comme ça sur l'accusé de réception). La mère, Mme [[PERSONNE:Pichon]], demande une aide pour la psychomotricienne, {{45 €}} la séance, {{1 fois par semaine}}.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Habibi]] : récépissé de demande d'asile, n° étranger [[IDENTIFIANT:4402 9173 56]]. Il cherche surtout des cours de français. L'agent l'oriente vers l'{{Accoord}} et le {{Secours populaire}}.",
    ),
    (
        "ccas",
        AP,
        "coupure d'élec prévue le {{12}}. fournisseur {{engie}}, ref client [[IDENTIFIANT:300017482556]], mme [[PERSONNE:mbaye]]. aide energie {{150€}} proposee en commission de {{jeudi}}",
    ),
    (
        "ccas",
        AP,
        "L'agente d'accueil, [[PERSONNE:Françoise Bossard]], est là depuis {{1998}}. Elle connaît tout le monde par le prénom : « bonjour [[PERSONNE:Jojo]] », « ça va [[PERSONNE:Mimi]] ? ». Les gens lui parlent comme à une voisine.",
    ),
    (
        "ccas",
        AP,
        "Expulsion : Mr [[PERSONNE:Ripoche]] montre le jugement du tribunal judiciaire de {{Nantes}}, RG n° [[IDENTIFIANT:24/03318]], N° Portalis [[IDENTIFIANT:DBYL-W-B7I-MQ4T]], audience du {{15/01/2025}}. Dette de loyer {{3 412 €}}. L'agente appelle la {{CCAPEX}} devant lui.",
    ),
    (
        "ccas",
        AP,
        "Le CCAS distribue aussi les colis de Noël aux plus de {{70 ans}}. « On en a {{1 200}} cette année, on a commencé à les préparer en {{octobre}}. »",
    ),
    (
        "ccas",
        AP,
        "Obsèques : Mr [[PERSONNE:Andrianasolo]] demande une aide pour l'enterrement de sa mère. Devis des {{Pompes Funèbres Lebeaupin}} n° [[IDENTIFIANT:PF-0918]], {{2 870 €}}. Sa mère était née en [[DATE_NAISSANCE:1941]] à {{Tananarive}}.",
    ),
    (
        "ccas",
        AP,
        "L'agent lit son écran : « réf dossier aide sociale [[IDENTIFIANT:as-2024-00457]], ouvert le {{04/06}} ». mr [[PERSONNE:diallo]] dit qu'il est déjà venu {{3 fois}} pour ça",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Keïta]] a perdu sa carte d'identité. Récépissé de déclaration de perte n° [[IDENTIFIANT:2024-044-000871]]. Elle a besoin d'une attestation d'hébergement pour refaire sa CNI en mairie, RDV le {{22/11}} à {{9h30}}.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Jean-Yves Kerjean]], {{71 ans}}, adhère à la mutuelle communale « {{Ma Commune Ma Santé}} » : n° d'adhérent donné sur place, MCMS [[IDENTIFIANT:0044 1287]]. Cotisation {{58 €}} par mois au lieu de {{112 €}}.",
    ),
    (
        "ccas",
        AP,
        "— Vous avez vos {{3 derniers bulletins}} ? — J'ai que celui d'{{octobre}}. — Bon. On fait avec, on complètera.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Lucas Chauvin]], {{18 ans}}, veut l'aide au permis. Il montre le devis de l'auto-école {{ECF}}, n° [[IDENTIFIANT:DEV-7731]], {{1 480 €}}. Il faut {{35 heures}} de bénévolat en échange.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Ouédraogo]] donne l'adresse où elle est hébergée chez un compatriote : [[ADRESSE:18 rue de l'Éperonnière, Angers]]. Elle y dort sur le canapé depuis {{3 semaines}}. Pas de bail, pas de quittance, rien. Juste son récépissé, n° étranger [[IDENTIFIANT:4902418830]].",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Magomedov]] montre un relevé bancaire pour les ressources. IBAN [[IBAN:FR76 3004 7144 2000 0284 1190 548]] en haut, solde {{-87,12 €}} au {{28/10}}. Titre de séjour n° [[IDENTIFIANT:4400918274]], renouvelé le {{03/06}}.",
    ),
]

# Batch 4: CCAS phone and home visits, emergency department counter.
NOTES_4 = [
    (
        "ccas",
        TEL,
        "Mme [[PERSONNE:Rousseau]], assistante sociale du {{Département}} ({{Espace départemental des solidarités}} de {{Saint-Herblain}}), appelle pour un dossier commun : Mr [[PERSONNE:Lukusa]], réf {{SIAO}} [[IDENTIFIANT:44-2024-07731]], réf FSL [[IDENTIFIANT:44 A 2024 1156]]. Elles se répartissent qui fait quoi en {{5 min}}, efficace.",
    ),
    (
        "ccas",
        TEL,
        "Le standard du CCAS sonne dans le vide entre {{12h}} et {{13h30}}, personne pour décrocher. L'agente dit qu'il y a « des trous » dans le planning depuis la rentrée.",
    ),
    (
        "ccas",
        TEL,
        "Un monsieur appelle pour un RDV de domiciliation au {{CCAS}}, il n'arrive pas à épeler son nom au téléphone. L'agente écrit « comme ça se prononce » : [[PERSONNE:Ngouabi]]… ou [[PERSONNE:Ngwabi]] ? Il rappellera avec sa carte sous les yeux. Numéro laissé : [[TELEPHONE:07 52 86 14 39]].",
    ),
    (
        "ccas",
        TEL,
        "Une propriétaire, Mme [[PERSONNE:Lebeaupin]], appelle pour signaler que son locataire ne paie plus : « Mr [[PERSONNE:Fall]], au [[ADRESSE:33 rue Paul Bellamy, 44000 Nantes]], il me doit {{4 mois}} ». L'agente ne peut rien lui dire, elle insiste, {{11 min}}, répète « bail n° [[IDENTIFIANT:B-2021-07]] » comme si ça changeait quelque chose.",
    ),
    (
        "ccas",
        TEL,
        "« ma référence locataire c'est alh [[IDENTIFIANT:0337 219]], vous voulez que je vous l'épelle ? » — Mme [[PERSONNE:Sandrine Godard]], elle demande une aide pour son loyer de {{novembre}}, {{512 €}}.",
    ),
    (
        "ccas",
        TEL,
        "Elle donne son portable : « [[TELEPHONE:07 53 18 24 40]]… non pardon, {{41}} à la fin » — l'agente corrige en [[TELEPHONE:07 53 18 24 41]]. Mme [[PERSONNE:Laurent]], RDV pris pour {{mardi}} {{10h}}.",
    ),
    (
        "ccas",
        TEL,
        "Mme [[PERSONNE:Zhang]] appelle, sa fille traduit, pour le tarif solidaire {{Tan}}. L'agente demande le n° Caf pour le quotient : [[N_ALLOCATAIRE:5508213]], {{QF 412}}, ça passe en gratuité. N° de la carte {{Tan}} à recharger : [[IDENTIFIANT:0071 4418 2230]].",
    ),
    (
        "ccas",
        TEL,
        "Appel urgent {{16h50}} : coupure d'eau par la {{Saur}} chez Mr [[PERSONNE:Rabiller]], réf contrat [[IDENTIFIANT:008 412 773-01]]. L'agente appelle la Saur elle-même sur la ligne pro, obtient un délai de {{15 jours}}.",
    ),
    (
        "ccas",
        TEL,
        "Beaucoup d'appels pour les bons de chauffage. L'agente a une réponse toute faite, qu'elle dit en {{20 secondes}}, gentiment quand même.",
    ),
    (
        "ccas",
        TEL,
        "« Bonjour c'est [[PERSONNE:Titi]] ! » — l'agente sait qui c'est, un habitué. Il veut juste savoir si son courrier est arrivé. Boîte de domiciliation n° [[IDENTIFIANT:D-0412]] : oui, {{2 lettres}}.",
    ),
    (
        "ccas",
        TEL,
        "Un fils appelle pour sa mère, Mme [[PERSONNE:Thérèse Hervé]], née le [[DATE_NAISSANCE:9 août 1938]], qui vient de tomber, {{86 ans}}. Il veut la téléassistance. Il laisse son mail : [[EMAIL:p.herve44 (at) sfr.fr]].",
    ),
    (
        "ccas",
        TEL,
        "Mr [[PERSONNE:Gendron]] donne son n° de dossier {{MDPH}} : « [[IDENTIFIANT:53, tiret, 0078 4192]] ». L'agente répète : « [[IDENTIFIANT:53-00784192]] ? » Oui.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec la travailleuse sociale, [[PERSONNE:Élodie]], chez Mme [[PERSONNE:Chevalier]], {{87 ans}}, [[ADRESSE:12 rue des Acacias, 72000 Le Mans]]. Moisissures au plafond de la chambre. Bailleur privé. Elle sort sa quittance : « locataire n° [[IDENTIFIANT:0917]] », loyer {{390 €}}.",
    ),
    (
        "ccas",
        CSP,
        "Appartement au 4e sans ascenseur. Monsieur ne sort plus depuis {{3 mois}}. Dans le frigo, {{2 yaourts}}. La TS appelle le médecin traitant depuis le palier, à voix basse.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez [[PERSONNE:Zoran]] et [[PERSONNE:Jelena Petrović]] qui vivent sur l'[[ADRESSE:aire d'accueil de la Haie Bergerie, place 14]]. Caravane immatriculée [[IMMATRICULATION:AB-772-ZR]]. Ils demandent une aide pour la facture d'électricité de l'aire, payée au ticket, {{5 €}} le ticket. Pour le dossier, carte d'identité serbe de monsieur : [[IDENTIFIANT:008814273]].",
    ),
    (
        "ccas",
        CSP,
        "Mme [[PERSONNE:Barry]] chauffe tout l'appart avec un radiateur d'appoint. Facture {{ekWateur}} n° [[IDENTIFIANT:EKW-2410-558731]], {{287 €}}. La TS photographie le compteur {{Linky}}, PRM [[IDENTIFIANT:25114800397721]], pour le dossier FSL.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour l'aide ménagère chez Mme [[PERSONNE:Rose Vallée]]. Sur la table, {{une rose}} séchée dans un verre et des mots croisés. Elle a tout compris, elle veut juste « quelqu'un le mardi ».",
    ),
    (
        "ccas",
        CSP,
        "Le fils, [[PERSONNE:Karim]], montre sur son téléphone le mail de l'agence {{Foncia}} : « locataire réf. [[IDENTIFIANT:FON/4471/LT2219]], préavis reçu le {{03/09}} ». Sa mère doit partir fin {{décembre}}, nulle part où aller.",
    ),
    (
        "ccas",
        CSP,
        "Le GPS nous emmène au [[ADRESSE:7 impasse du Bocage]] au lieu du [[ADRESSE:7 allée du Bocage]], à {{Cholet}}. {{20 min}} perdues, la TS en rit.",
    ),
    (
        "ccas",
        CSP,
        "Chez Mr [[PERSONNE:Jlassi]] : pile de courrier pas ouvert. La TS trie avec lui : relance {{Orange}} (client n° [[IDENTIFIANT:0042 7785 119]]), avis d'impôt (numéro fiscal [[IDENTIFIANT:30 12 447 812 093]]), lettre de la {{Banque de France}} pour le dossier de surendettement n° [[IDENTIFIANT:072 24 1187]]. Il dit « j'osais pas ouvrir ».",
    ),
    (
        "urgences",
        AP,
        "Accueil urgences du {{CHU de Nantes}}, {{10h05}}. Admission de Mme [[PERSONNE:Fatoumata Keïta]], pas de carte Vitale, attestation {{AME}} papier. L'agente crée le dossier : IPP [[IDENTIFIANT:00784512]], n° de séjour [[IDENTIFIANT:2240519877]]. Elle imprime {{12}} étiquettes.",
    ),
    (
        "urgences",
        AP,
        "L'IAO, [[PERSONNE:Julien]], fait le tri : douleur thoracique → tri {{2}}, {{box 4}}. Mr [[PERSONNE:Guéguen]], {{58 ans}}, passe devant tout le monde, personne ne râle. IPP [[IDENTIFIANT:P00417781]], déjà venu en {{2022}}.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{31 personnes}} à {{11h}}. Écran « temps d'attente estimé : {{4h}} ». Un enfant vomit, personne ne nettoie pendant {{15 min}}.",
    ),
    (
        "urgences",
        AP,
        "Admission : l'agent demande la mutuelle. Mr [[PERSONNE:Stoica]] tend sa carte {{Groupama}}, n° adhérent [[IDENTIFIANT:17 448 203 A]], l'agent tape [[IDENTIFIANT:17448203A]] sans espaces « sinon ça plante ».",
    ),
    (
        "urgences",
        AP,
        "Patiente retrouvée dans la base avec une vieille adresse, [[ADRESSE:2 rue Guy Môquet, 49000 Angers]]. L'agente met à jour : [[ADRESSE:15 avenue Pasteur, 49100 Angers]]. Mme [[PERSONNE:Ngo]], très pâle, attend debout pendant ce temps, {{10 min}}. N° de séjour : [[IDENTIFIANT:224058812]].",
    ),
    (
        "urgences",
        AP,
        "Mr [[PERSONNE:Rahimi]] ne parle que dari. Il montre un passeport afghan, [[IDENTIFIANT:P04417763]]. L'agente recopie la date de naissance : [[DATE_NAISSANCE:01/01/1996]] — « ils ont presque tous le {{1er janvier}} », dit-elle.",
    ),
    (
        "urgences",
        AP,
        "Étiquette patient lue à voix haute par l'IAO : « [[PERSONNE:MARTIN Lucie]], née le [[DATE_NAISSANCE:12/06/2001]], IPP [[IDENTIFIANT:P01877340]] ». {{Box 7}}.",
    ),
    (
        "urgences",
        AP,
        "Arrivée avec les pompiers ({{SDIS 44}}). Homme sans papiers, les pompiers disent qu'il s'appelle « [[PERSONNE:Bébert]] ». Créé en patient provisoire « X [[PERSONNE:Bébert]] », IPP [[IDENTIFIANT:P01877512]]. On régularisera quand il sera réveillé.",
    ),
    (
        "urgences",
        AP,
        "Sortie : la secrétaire remet le bulletin de situation pour l'employeur, n° de séjour [[IDENTIFIANT:224 051 9904]], et la facture de {{19,61 €}} du forfait patient urgences. Mr [[PERSONNE:Nguyễn Văn Hùng]] paie par carte tout de suite.",
    ),
    (
        "urgences",
        AP,
        "Une maman avec son fils [[PERSONNE:Rayan]], {{4 ans}}, né le [[DATE_NAISSANCE:5 janvier 2020]], fièvre. Carte Vitale de la mère, Mme [[PERSONNE:Aït Ali]] : [[NIR:2 87 03 44 109 231 17]], l'enfant est rattaché dessus.",
    ),
    (
        "urgences",
        AP,
        "Vigile à l'entrée des urgences pédiatriques, fouille des sacs. « Depuis l'agression de {{juin}} », dit l'agente d'accueil.",
    ),
    (
        "urgences",
        AP,
        "Un homme au guichet demande des nouvelles de sa femme, Mme [[PERSONNE:Da Silva]], arrivée par le {{Samu}} à {{6h}}. L'agente : « je ne peux rien vous dire ici, le médecin viendra vous voir ». Il laisse son portable, un numéro portugais : [[TELEPHONE:+351 912 448 307]]. L'agente voit à l'écran le n° d'entrée de sa femme, [[IDENTIFIANT:224 061 0048]], et ne le lui donne pas.",
    ),
    (
        "urgences",
        AP,
        "Voiture arrêtée devant l'entrée, feux de détresse allumés, [[IMMATRICULATION:ES-901-LP]]. Le mari entre en portant sa femme qui fait un malaise. Le vigile note la plaque et la gare lui-même {{10 min}} plus tard.",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Soilihi]], douleurs abdominales, donne son titre de séjour à la place de la Vitale : n° [[IDENTIFIANT:9760412873]] (délivré à {{Mayotte}}). L'agente : « ça c'est pas pour nous, vous avez une attestation de droits ? » Non.",
    ),
]

# Batch 5: emergency departments (counter and phone), CHRS counter.
NOTES_5 = [
    (
        "urgences",
        AP,
        "{{Box 9}} libéré à {{13h40}}. L'infirmière d'accueil appelle « Madame [[PERSONNE:Benhamou]] ! » trois fois. Partie sans attendre. Noté « parti sans être vu », PSV, dossier [[IDENTIFIANT:224052217]] clôturé à {{13h52}}.",
    ),
    (
        "urgences",
        AP,
        "Détenu amené par une escorte de police, menotté. L'agent des admissions crée le dossier, domicile : « {{maison d'arrêt de Nantes}} ». N° d'écrou [[IDENTIFIANT:24817]]. Nom : [[PERSONNE:Jordan Moreau]]. Les policiers restent dans le box.",
    ),
    (
        "urgences",
        AP,
        "Brancards dans le couloir : {{9}} à {{14h}}. Une patiente âgée attend sur un brancard depuis la veille {{22h}}. L'IAO dit qu'il n'y a pas de lit en médecine avant demain.",
    ),
    (
        "urgences",
        AP,
        "L'agente d'admission demande l'adresse. « Je suis au {{CHRS}} {{Saint-Benoît Labre}}, {{chambre 6}} » — elle met l'adresse de la structure. Mr [[PERSONNE:Wojcik]], {{62 ans}}, chute de vélo, arcade ouverte. Seul papier : sa carte d'identité polonaise, [[IDENTIFIANT:AZB 418337]].",
    ),
    (
        "urgences",
        AP,
        "Accident du travail : Mr [[PERSONNE:Kouyaté]], intérimaire chez {{Randstad}} (agence SIRET {{338 765 194 00142}}), tombé d'un échafaudage sur un chantier de l'{{île de Nantes}}. Pas de déclaration d'AT. L'agente note le n° de mission inscrit sur son contrat : [[IDENTIFIANT:MIS-0082471]].",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Joseph]] arrive avec une lettre de son médecin, le Dr [[PERSONNE:Pierre-Louis]], « à mon confrère des urgences ». Elle parle créole avec sa fille, français avec nous. {{Carte Vitale}} ok, IPP [[IDENTIFIANT:00912783]].",
    ),
    (
        "urgences",
        AP,
        "Touriste allemand, [[PERSONNE:Jonas Becker]], carte européenne d'assurance maladie n° [[IDENTIFIANT:80276000123456789012]]. Sa voiture, [[IMMATRICULATION:M-JB 4127]], est garée sur la dépose minute depuis {{1h}}. L'agente lui explique en anglais qu'il faut la bouger.",
    ),
    (
        "urgences",
        AP,
        "La secrétaire relit le courrier de sortie à voix haute : « [[PERSONNE:LEFEVRE Hugo]], né le [[DATE_NAISSANCE:30/11/1979]], venu pour entorse de la cheville droite » — le patient : « c'est la gauche ! ». Elle corrige, rigole. IPP [[IDENTIFIANT:P00655102]] en haut du courrier. {{Box 3}} libéré.",
    ),
    (
        "urgences",
        AP,
        "Mutuelle de Mme [[PERSONNE:Colin]] sur la fiche du passage précédent : « {{MGEN}}[[IDENTIFIANT:0912773]] », tout attaché. L'agente sépare et met le n° dans la bonne case.",
    ),
    (
        "urgences",
        AP,
        "[[PERSONNE:Ludovic]], connu du service ({{15e passage}} cette année selon l'agente), alcoolisé, installé sur une chaise près de la porte. Personne ne le presse. L'agente lui apporte un café. Son IPP, [[IDENTIFIANT:00378815]], elle le connaît par cœur.",
    ),
    (
        "urgences",
        AP,
        "Personne à prévenir pour Mr [[PERSONNE:Coulibaly]] ({{box 11}}) : sa sœur [[PERSONNE:Aminata]], [[TELEPHONE:06 58 21 93 07]]. L'agente relit à voix haute, « [[TELEPHONE:zéro six, cinquante-huit, vingt et un, quatre-vingt-treize, zéro sept]] », il dit oui.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHD Vendée}}, à {{La Roche-sur-Yon}}. Mineur, [[PERSONNE:Mathéo]], {{15 ans}}, accident de scooter. Le père arrive, pas la même adresse que la mère : lui au [[ADRESSE:lieu-dit La Davière, 85310 La Chaize-le-Vicomte]], elle en ville. Deux fiches « responsable légal ». Mutuelle de la mère, {{Harmonie Mutuelle}} n° [[IDENTIFIANT:00 5127 3390]].",
    ),
    (
        "urgences",
        TEL,
        "Une fille appelle pour son père, Mr [[PERSONNE:Daniel Bossard]], « amené cette nuit vers {{3h}} par les pompiers, né le [[DATE_NAISSANCE:4 mai 1949]] ». L'agente vérifie l'identité et confirme qu'il est bien là, sans rien dire de plus. La fille laisse son numéro, [[TELEPHONE:06-21-77-40-58]].",
    ),
    (
        "urgences",
        TEL,
        "Le téléphone de l'accueil sonne toutes les {{2-3 min}}. Surtout « combien de temps d'attente ? ». L'agente répond « je ne peux pas vous dire » une dizaine de fois dans l'heure.",
    ),
    (
        "urgences",
        TEL,
        "Un généraliste de {{Trélazé}} appelle pour annoncer une patiente : « Mme [[PERSONNE:Quéméner]], elle a un IPP chez vous, [[IDENTIFIANT:P00872216]], je vous l'envoie pour suspicion de phlébite ». L'agente note sur un post-it collé à l'écran.",
    ),
    (
        "urgences",
        TEL,
        "La {{Clinique Jules Verne}} appelle pour transférer un patient, Mr [[PERSONNE:Bouchard]]. Son n° de dossier chez eux : [[IDENTIFIANT:CJV-2024-118273]]. L'agente passe au médecin régulateur.",
    ),
    (
        "urgences",
        TEL,
        "Mr [[PERSONNE:Aurélien Gautier]] appelle pour ses affaires oubliées hier : portefeuille, CNI n° [[IDENTIFIANT:080744202917]]. L'agente les retrouve au coffre, {{enveloppe 12}}.",
    ),
    (
        "urgences",
        TEL,
        "Une mère veut savoir si son fils majeur, [[PERSONNE:Théo]], est aux urgences du {{CH du Mans}}. Secret : l'agente ne dit rien. La mère s'énerve, laisse quand même son numéro, [[TELEPHONE:06 83 40 17 92]], « s'il est là dites-lui d'appeler ».",
    ),
    (
        "urgences",
        TEL,
        "Le labo {{Cerballiance}} appelle : résultat critique pour Mr [[PERSONNE:Benoît]], déjà sorti. Demande n° [[IDENTIFIANT:24A0712873]]. L'agente trouve dans le dossier un fixe, [[TELEPHONE:02 43 28 71 55]], et transmet au médecin.",
    ),
    (
        "urgences",
        TEL,
        "Appel de l'{{EHPAD Les Glycines}} : « on vous envoie une résidente pour chute ». L'agente soupire, c'est la {{3e}} de la journée.",
    ),
    (
        "urgences",
        TEL,
        "Mr [[PERSONNE:Lemoine]] a reçu une facture, n° [[IDENTIFIANT:FAC2024/558213]], {{38,70 €}}, alors qu'il a la {{CSS}}. L'agente lui donne la ligne de la facturation, poste {{4412}}.",
    ),
    (
        "urgences",
        TEL,
        "Une patiente, Mme [[PERSONNE:Lina Kassem]], veut son compte-rendu par mail : [[EMAIL:lina.kassem@yahoo.fr]]. L'agente : « on n'envoie pas par mail, il sera dans {{Mon espace santé}} ». Elle note quand même son n° de séjour, [[IDENTIFIANT:224057730]].",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS Le Gué}}, {{9h}}. Mr [[PERSONNE:Sékou Doumbia]] arrive orienté par le {{SIAO}}, fiche d'orientation n° SIAO-[[IDENTIFIANT:44-2024-11873]]. L'éducateur vérifie sur le logiciel, il est bien attendu, {{chambre 11}}.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'accueil avec l'éducatrice, [[PERSONNE:Mélanie]]. Mr [[PERSONNE:Yohannes Gebremedhin]], réfugié : carte de résident n° [[IDENTIFIANT:4401872263]], n° {{OFPRA}} [[IDENTIFIANT:23-0118472]]. Elle demande la date de naissance, il dit « [[DATE_NAISSANCE:1er janvier 1998]] » en souriant.",
    ),
    (
        "chrs",
        AP,
        "Le règlement intérieur fait {{8 pages}}. L'éducatrice le résume en {{3 règles}} : pas d'alcool, pas de visite dans les chambres, retour avant {{23h}}.",
    ),
    (
        "chrs",
        AP,
        "Bagagerie : étiquette au nom de « [[PERSONNE:DOUMBIA]] », {{casier 23}}. Il garde son sac à dos sur lui quand même.",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Naïma]] arrive avec ses {{2 enfants}} après des violences. Aucun papier sur elle, tout est resté chez le conjoint au [[ADRESSE:4 rue des Tanneurs, 53000 Laval]]. L'éducatrice appelle le {{115}} pour une mise à l'abri ce soir, et note le n° de la main courante déposée au commissariat de {{Laval}} : [[IDENTIFIANT:2024/004187]].",
    ),
    (
        "chrs",
        AP,
        "L'éducateur fait la demande de logement social avec Mr [[PERSONNE:Lopes]] : n° unique [[IDENTIFIANT:0442424120001887]]. Il a aussi un recours, dossier n° [[IDENTIFIANT:44-DALO-24-0712]], commission le {{12/12}}.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Kévin]], {{24 ans}}, sorti de prison hier. Billet de sortie du {{centre pénitentiaire de Nantes}}, n° d'écrou [[IDENTIFIANT:53221]]. Il a {{42 €}} en poche et un sac poubelle avec ses affaires.",
    ),
    (
        "chrs",
        AP,
        "L'éducatrice me montre le coffre : une enveloppe par résident « pour pas qu'ils se fassent voler les papiers ». Je lis sur une enveloppe : [[PERSONNE:Mbemba]] — passeport [[IDENTIFIANT:OB0417298]] ({{Congo}}).",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Vasile]] a ouvert un compte à {{La Banque Postale}} avec l'éducatrice. RIB : [[IBAN:FR76 2004 1010 1112 4738 6031 718]]. Premier compte de sa vie, elle a {{41 ans}}. Elle le plie et le range dans son soutien-gorge. Compte ouvert avec sa carte d'identité roumaine, [[IDENTIFIANT:MX 918442]].",
    ),
    (
        "chrs",
        AP,
        "Un homme ivre sonne à {{22h40}} (récit du veilleur ce matin), pas ouvert : « pas de place, appelle le {{115}} ». Il s'appelle [[PERSONNE:Patrick]], « un ancien d'ici ».",
    ),
]

# Batch 6: CHRS counter, phone (115) and visits in scattered flats.
NOTES_6 = [
    (
        "chrs",
        AP,
        "Mr [[PERSONNE:Abdelkader Mebarki]], {{57 ans}}, au CHRS depuis {{14 mois}}. L'éducateur fait le point sur sa dette {{EDF}} : réf client [[IDENTIFIANT:6007731842]], plan d'apurement à {{25 €}} par mois, reste {{640 €}}.",
    ),
    (
        "chrs",
        AP,
        "Demande {{SIAO}} insertion renouvelée pour [[PERSONNE:Fabrice]]. N° de demande sur le SI-SIAO : [[IDENTIFIANT:2024-044-0031872]]. Délai annoncé pour une pension de famille : « {{1 an}}, minimum ».",
    ),
    (
        "chrs",
        AP,
        "Repas de midi : {{34 couverts}}. Le cuisinier est un ancien résident. Poulet basquaise, tout le monde en reprend.",
    ),
    (
        "chrs",
        AP,
        "Titre de séjour expiré depuis {{3 semaines}}. Mr [[PERSONNE:Tahar Bensalem]] a fait la demande sur l'{{ANEF}}, n° de demande [[IDENTIFIANT:4424-0188-7213]], n° étranger [[IDENTIFIANT:4400871126]]. Convocation en préfecture le {{7 janvier}} à {{14h15}}, guichet {{B}}.",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Guillou]] montre l'ordonnance du juge aux affaires familiales : RG [[IDENTIFIANT:23/02761]], {{chambre 3}}. Pension fixée à {{150 €}} par enfant, jamais versée.",
    ),
    (
        "chrs",
        AP,
        "Bonne nouvelle : Mme [[PERSONNE:Diarra]] a un logement {{Habitat 44}}, [[ADRESSE:21 rue de la Bottière, 44300 Nantes]], entrée le {{1er décembre}}. Réf locataire H44-[[IDENTIFIANT:118 772]]. Elle a apporté des gâteaux pour l'équipe.",
    ),
    (
        "chrs",
        AP,
        "Le résident, [[PERSONNE:Serge]], dort dans sa voiture certains soirs malgré sa chambre. Sa {{Clio}} est sur le parking, [[IMMATRICULATION:4721 VT 44]] (vieille plaque noire).",
    ),
    (
        "chrs",
        AP,
        "Atelier CV de {{14h}} : l'animatrice distribue un CV modèle au nom de « [[PERSONNE:Camille Durand]] », les résidents recopient la mise en page. [[PERSONNE:Yacine]] met son vrai mail : [[EMAIL:yacine.hamidi.pro@gmail.com]].",
    ),
    (
        "chrs",
        AP,
        "Quelqu'un crie « [[PERSONNE:Momo]] ! » depuis la cour, {{trois hommes}} se retournent. Rires.",
    ),
    (
        "chrs",
        AP,
        "L'éducatrice aide Mme [[PERSONNE:Ionescu]] à faire sa demande de {{CSS}} en ligne. N° de sécu : [[NIR:2 85 11 99 114 023 77]], née en Roumanie en [[DATE_NAISSANCE:novembre 85]]. Le site plante {{2 fois}}. Accusé de dépôt n° [[IDENTIFIANT:24-3318720]], imprimé.",
    ),
    (
        "chrs",
        AP,
        "Conseil de vie sociale à {{14h}} : {{6 résidents}} présents sur {{40}}. Sujet : le wifi. Ça dure {{1h}}.",
    ),
    (
        "chrs",
        TEL,
        "Écoutant du {{115}}, [[PERSONNE:Romain]], {{20h05}}. Un homme appelle depuis la gare de {{Nantes}} : « [[PERSONNE:Ahmed]], {{35 ans}} ». Pas de place. Il crée la fiche n° [[IDENTIFIANT:087231]] et lui dit de rappeler à {{22h}}.",
    ),
    (
        "chrs",
        TEL,
        "Une femme avec un bébé de {{3 semaines}} appelle à {{21h12}}. Elle est dans sa voiture, [[IMMATRICULATION:FS-224-AW]], sur le parking du {{Leclerc}} de {{Rezé}}. L'écoutante envoie l'équipe mobile. Prénom : [[PERSONNE:Jessica]].",
    ),
    (
        "chrs",
        TEL,
        "Entre {{19h}} et {{21h}} : {{47 appels}}, {{3 places}} attribuées. L'écoutant raccroche et reste {{10 s}} la tête dans les mains.",
    ),
    (
        "chrs",
        TEL,
        "Une AS du {{CHU de Nantes}} appelle : patient sortant, Mr [[PERSONNE:Patrice Morin]], IPP [[IDENTIFIANT:P00921187]], sans solution ce soir. L'écoutant : « pas avant demain, désolé ».",
    ),
    (
        "chrs",
        TEL,
        "{{21h30}}. « Mon nom c'est [[PERSONNE:Öztürk]] : [[PERSONNE:O tréma, Z, T, U, R, K]] » → l'écoutante tape [[PERSONNE:OZTURK]], sans tréma, le logiciel n'en veut pas.",
    ),
    (
        "chrs",
        TEL,
        "Le veilleur de l'{{hôtel Ibis Budget}} de {{Saint-Herblain}} appelle : la famille [[PERSONNE:Berisha]], {{chambre 108}}, n'a pas de prolongation. Réf de la nuitée {{115}} : [[IDENTIFIANT:N-2024-33817]].",
    ),
    (
        "chrs",
        TEL,
        "Homme qui rappelle pour la {{4e fois}}. Il laisse un numéro pour être rappelé : « [[TELEPHONE:zéro sept, soixante et un, zéro zéro, quarante-quatre, quatre-vingt-dix-neuf]] », c'est celui d'un ami. Il s'appelle [[PERSONNE:Arnaud]].",
    ),
    (
        "chrs",
        TEL,
        "Une bénévole des {{Restos du cœur}} signale quelqu'un qui dort sous le pont de {{Pirmil}} : « [[PERSONNE:Michel]], la cinquantaine, avec son chien {{Pirate}} ».",
    ),
    (
        "chrs",
        TEL,
        "Sur le tableau blanc à côté des écoutants, les habitués par surnom : « [[PERSONNE:Le Grand]] », « [[PERSONNE:Tonton]] », « [[PERSONNE:la Puce]] » ({{23 nuits}} ce mois-ci). Chacun a une petite note à côté.",
    ),
    (
        "chrs",
        TEL,
        "{{L'Abri de la Providence}} ({{Angers}}) appelle pour un transfert : Mr [[PERSONNE:Nikolaishvili]], n° SIAO [[IDENTIFIANT:49-24-004417]]. Il a de la famille à {{Nantes}}.",
    ),
    (
        "chrs",
        TEL,
        "Une dame de {{Challans}} demande si son fils est hébergé quelque part : « [[PERSONNE:Tony Pasquier]], né le [[DATE_NAISSANCE:22/03/1996]] ». L'écoutante ne peut pas répondre. Elle note son numéro, [[TELEPHONE:02 51 37 66 08]].",
    ),
    (
        "chrs",
        TEL,
        "La coordinatrice, [[PERSONNE:Marion Le Gall]], rappelle à l'écoutant d'envoyer le bilan de la nuit à [[EMAIL:m.legall@asso-legue.fr]] avant {{8h}}.",
    ),
    (
        "chrs",
        TEL,
        "Appel à {{23h50}} : [[PERSONNE:Lou]], {{19 ans}}, mise dehors par ses parents. Elle donne leur adresse « au cas où » : [[ADRESSE:11 rue du Pressoir, 49300 Cholet]]. Son portable, [[TELEPHONE:06 47 30 91 26]], est à {{4 %}}. Mise à l'abri trouvée à {{0h30}}.",
    ),
    (
        "chrs",
        TEL,
        "Pause clope de l'écoutant à {{22h}}, {{7 min}}. Le collègue prend les {{2 lignes}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite en appartement diffus avec l'éducateur, [[PERSONNE:Malik]], au [[ADRESSE:5 square de la Mayenne, 44800 Saint-Herblain]], famille [[PERSONNE:Sahraoui]]. Contrat d'occupation n° [[IDENTIFIANT:CO-2023-0419]], renouvelé pour {{6 mois}}.",
    ),
    (
        "chrs",
        CSP,
        "Le frigo est vide le {{25}} du mois. L'éducateur fait un bon pour l'épicerie solidaire. Les enfants font leurs devoirs sur une table pliante.",
    ),
    (
        "chrs",
        CSP,
        "Fuite sous l'évier. L'asso a appelé {{Plomberie Rialland Frères}}, {{bon d'intervention 7741}}, passage prévu {{jeudi}}. En attendant, une bassine.",
    ),
    (
        "chrs",
        CSP,
        "Mme [[PERSONNE:Mputu]] montre le courrier de l'{{OFII}} : son n° étranger [[IDENTIFIANT:7503128874]] (dossier ouvert à {{Paris}}), fin de l'{{ADA}} au {{30/11}}. Elle ne comprend pas pourquoi.",
    ),
    (
        "chrs",
        CSP,
        "Un scooter {{Yamaha}} dans le hall de l'immeuble, plaque [[IMMATRICULATION:GH 418 PZ]]. L'éducateur demande au résident de le sortir avant que le bailleur le voie.",
    ),
    (
        "chrs",
        CSP,
        "Chez [[PERSONNE:Sofia]] et sa mère [[PERSONNE:Elena Morar]]. N° de compteur {{Enedis}} (PDL) écrit au feutre sur la porte du placard : [[IDENTIFIANT:09 8812 4410 3327]]. Bail glissant : le bail passera à leur nom en {{mars}}.",
    ),
    (
        "chrs",
        CSP,
        "L'éducateur encaisse la participation : {{87 €}}, reçu n° [[IDENTIFIANT:R-24-0618]] au nom de Mr [[PERSONNE:Okafor]].",
    ),
    (
        "chrs",
        CSP,
        "Le voisin du {{2e}}, Mr [[PERSONNE:Guillet]], se plaint du bruit dans l'escalier. Il dit « ces gens-là » {{3 fois}}. L'éducateur reste calme, propose une médiation.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez Mr [[PERSONNE:Demir]], logement passerelle à {{Trélazé}}, [[ADRESSE:8 allée des Ardoisiers]]. Son mail pour les quittances : [[EMAIL:demir.hakan49@outlook.fr]]. Il a enfin son n° allocataire, [[N_ALLOCATAIRE:6021874]], APL ouverte le mois dernier. Bail glissant {{Podeliha}}, réf [[IDENTIFIANT:0091.447.2]].",
    ),
]

# Batch 7: France Travail, counter and phone.
NOTES_7 = [
    (
        "france_travail",
        AP,
        "Inscription : Mme [[PERSONNE:Chloé Martineau]], {{23 ans}}, fin de CDD chez {{Airbus}} à {{Saint-Nazaire}}. Identifiant attribué : [[ID_FRANCE_TRAVAIL:4172836M]]. Le conseiller l'écrit sur un post-it, elle le prend en photo.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Mamadou Sy]] s'inscrit. Titre de séjour « salarié » n° [[IDENTIFIANT:4400982137]], valable jusqu'en {{2026}}, passeport sénégalais [[IDENTIFIANT:A02871945]]. Le conseiller vérifie l'autorisation de travail puis prend le RIB : [[IBAN:FR76 2004 1010 1108 4726 3031 082]].",
    ),
    (
        "france_travail",
        AP,
        "Accueil sans RDV fermé l'après-midi. Panneau : « Sur rendez-vous uniquement après {{12h30}} ». Les gens lisent, repartent. {{4}} en {{10 min}}.",
    ),
    (
        "france_travail",
        AP,
        "ARE : le conseiller demande le RIB, Mr [[PERSONNE:Baptiste Jouin]] tend un RIB {{Crédit Agricole}} : [[IBAN:FR76 1790 6000 3210 4477 5820 152]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:0583174 X]].",
    ),
    (
        "france_travail",
        AP,
        "Jeune en {{CEJ}}, [[PERSONNE:Inès]], {{19 ans}}. Conseillère référente : Mme [[PERSONNE:Lambert]]. Allocation jusqu'à {{528 €}}. Elle donne aussi son n° Caf, [[N_ALLOCATAIRE:7734120]], parce qu'elle touche la {{prime d'activité}} et que « ça joue ».",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV, {{9h30}} : exemple projeté au mur, « [[PERSONNE:Jean Martin]], [[ADRESSE:1 rue de l'Exemple, 44000 Nantes]], [[TELEPHONE:06 00 00 00 00]] ». Une participante demande si elle doit mettre sa photo. Réponse : « pas obligé ».",
    ),
    (
        "france_travail",
        AP,
        "« [[ID_FRANCE_TRAVAIL:3390412 k]] » — c'est tout ce qu'il sait dire, le monsieur, en boucle, la feuille à la main. L'agent d'accueil tape et trouve Mr [[PERSONNE:Aliyev]]. Il avait RDV hier à {{14h}}.",
    ),
    (
        "france_travail",
        AP,
        "Radiation de {{2 mois}} contestée. Mme [[PERSONNE:Lefort]] n'a pas reçu la convocation, partie à l'ancienne adresse, [[ADRESSE:19 rue de Verdun, 72100 Le Mans]]. Nouvelle : [[ADRESSE:3 rue des Maillets, 72000 Le Mans]]. ID [[ID_FRANCE_TRAVAIL:2291847 T]], NIR [[NIR:279058519106745]]. Le conseiller annule la radiation sur place.",
    ),
    (
        "france_travail",
        AP,
        "Conseiller : « votre numéro de sécu ? » Mr [[PERSONNE:Santoni]], né à {{Ajaccio}} : « [[NIR:1 58 12 2A 004 076 83]] », il appuie sur le « 2A ». {{65 ans}}, il veut savoir s'il doit rester inscrit jusqu'à la retraite.",
    ),
    (
        "france_travail",
        AP,
        "Création d'entreprise : Mme [[PERSONNE:Kenza Ait Ouarab]] a lancé sa micro-entreprise de retouches, SIRET [[IDENTIFIANT:901 284 337 00012]]. RIB pro : [[IBAN:FR76 4061 8802 1500 0407 2951 775]]. Maintien partiel de l'{{ARE}} possible, le conseiller fait le calcul sur un coin de feuille.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller a {{280}} demandeurs dans son portefeuille. « Certains, je les vois une fois par an. »",
    ),
    (
        "france_travail",
        AP,
        "Formation à l'{{Afpa}} de {{Saint-Herblain}}, session {{24-0412}} : l'inscription de [[PERSONNE:Hugo Ferrand]] est bloquée, il manque la décision de financement, AIF n° [[IDENTIFIANT:44-2024-017723]]. Démarrage dans {{8 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Nassim Belhadj]] épelle son mail : « [[EMAIL:nassim tiret b arobase hotmail point fr]] ». Le conseiller écrit [[EMAIL:nassim-b@hotmail.fr]], lui tourne l'écran. RDV suivant dans {{1 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "Un monsieur lit son identifiant sur son téléphone, écran fêlé : « [[ID_FRANCE_TRAVAIL:2841037, R]] comme {{Robert}} ». L'agent d'accueil sourit, « on dit plus comme ça ».",
    ),
    (
        "france_travail",
        AP,
        "RDV {{10h30}}, Mr [[PERSONNE:Le Bris]]. La conseillère, [[PERSONNE:Sandrine]], lit l'écran : « identifiant [[ID_FRANCE_TRAVAIL:1948302P]], inscrit depuis {{2021}} ». Il ne répond pas, il regarde par la fenêtre.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Vermeulen]] a travaillé en {{Belgique}}, son compte est resté là-bas : [[IBAN:BE77 0634 1728 5042]]. Le conseiller ne sait pas si un IBAN belge passe. Il demande à sa collègue : oui, zone {{SEPA}}.",
    ),
    (
        "france_travail",
        AP,
        "Ordinateurs en libre accès : {{6 postes}}, {{2}} en panne. Un jeune en service civique aide une dame à scanner sa pièce d'identité avec son téléphone.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Hervé Gaborit]], {{58 ans}}, licencié économique de chez {{Manitou}} à {{Ancenis}}. Contrat de sécurisation professionnelle, dossier CSP n° [[IDENTIFIANT:2024-8812]]. ID [[ID_FRANCE_TRAVAIL:5532018 H]]. Son RIB, imprimé : [[IBAN:30004 02837 00010457821 08]].",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Bouvier]], au {{RSA}}, orientée vers France Travail pour les {{15 heures}} d'activité. Elle donne son n° Caf : [[N_ALLOCATAIRE:2230871]]. Son identifiant est au dos de la convocation : [[ID_FRANCE_TRAVAIL:6610237J]].",
    ),
    (
        "france_travail",
        AP,
        "Attestation employeur manquante : la {{Boulangerie Chéreau}} ne l'a pas envoyée. Mr [[PERSONNE:Idrissa Diop]] a juste sa fiche de paie ; on y lit son n° de sécu, [[NIR:1 90 02 44 184 302 08]] (né à {{Saint-Nazaire}} en [[DATE_NAISSANCE:février 90]]).",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Hoang]] travaille en CESU pour {{3 familles}}. Attestation {{CESU}}, n° salarié [[IDENTIFIANT:1847209354]]. RIB : [[IBAN:FR76 1558 9443 1004 5128 9374 042]]. Elle veut savoir si elle a droit à quelque chose, le conseiller ne sait pas tout de suite.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller vérifie le portable : « c'est toujours le [[TELEPHONE:07 69 12 84 30]] ? » — « non, j'ai changé, c'est le [[TELEPHONE:06 11 93 27 48]] ». Mme [[PERSONNE:Weber]], {{44 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "Mr [[PERSONNE:Brahim Aouadi]], agent de sécurité, montre sa carte professionnelle {{CNAPS}} : n° [[IDENTIFIANT:CAR-044-2027-03-11-20230458120]]. Formation {{SSIAP 1}} demandée, {{1 200 €}}.",
    ),
    (
        "france_travail",
        AP,
        "Réflexion de fin de matinée : les conseillers passent plus de temps à expliquer le site qu'à parler d'emploi. Sur {{9 RDV}}, {{5}} ont fini par « je vais vous montrer comment on fait sur l'appli ». La directrice d'agence dit que c'est voulu, « autonomiser ». Les gens, eux, disent qu'ils reviendront.",
    ),
    (
        "france_travail",
        AP,
        "Offre n° {{182KXWQ}}, cariste à {{Carquefou}}, {{11,88 €}} de l'heure. Le conseiller l'imprime pour [[PERSONNE:Stéphane]], qui n'a pas de {{CACES}}. « Tentez quand même. »",
    ),
    (
        "france_travail",
        TEL,
        "Plateforme {{3949}}. Mr [[PERSONNE:Cissé]] donne son identifiant : « [[ID_FRANCE_TRAVAIL:zéro quatre sept deux neuf un huit, B]] ». Le conseiller : « B comme {{Bernard}} ? » — « oui ».",
    ),
    (
        "france_travail",
        TEL,
        "Une femme demande pourquoi son ARE n'est pas tombée. Identifiant [[ID_FRANCE_TRAVAIL:8801452 L]]. Elle donne aussi son n° alloc, [[N_ALLOCATAIRE:4490173]], « c'est pareil non ? ». Le conseiller voit que l'actualisation n'a pas été faite le {{15}}.",
    ),
    (
        "france_travail",
        TEL,
        "Temps d'attente annoncé par le serveur vocal : moins de {{5 minutes}}. Réel : {{17 minutes}}.",
    ),
    (
        "france_travail",
        TEL,
        "Une directrice de crèche ({{Les Petits Malins}}) cherche à joindre une candidate, Mme [[PERSONNE:Rachida Ferhat]], « j'ai perdu son numéro ». Le conseiller refuse de le donner, propose de transmettre le message.",
    ),
    (
        "france_travail",
        TEL,
        "Mr [[PERSONNE:Vincent Morel]] veut changer de RIB, il le lit : [[IBAN:FR76 3000 2006 1900 0041 7833 967]]. « Faites-le dans votre espace, je ne peux pas le saisir par téléphone. » Il le relit quand même {{deux fois}}.",
    ),
    (
        "france_travail",
        TEL,
        "Mme [[PERSONNE:Gwenaëlle Tanguy]] a perdu son mot de passe. Identifiant : [[ID_FRANCE_TRAVAIL:3054719 F]], mail : [[EMAIL:gwen.tanguy@laposte.net]]. Pour vérifier, le conseiller lui fait dire son NIR : [[NIR:2 98 12 49 328 410 13]], elle est née à {{Saumur}}.",
    ),
    (
        "france_travail",
        TEL,
        "Appel transféré de l'agence de {{Laval}} : Mr [[PERSONNE:Quentin Hamelin]], {{30 ans}}, né le [[DATE_NAISSANCE:6 août 1994]], identifiant [[ID_FRANCE_TRAVAIL:7219034D]]. Il veut changer d'agence, il déménage. Nouveau numéro : [[TELEPHONE:+33 6 72 15 48 03]].",
    ),
    (
        "france_travail",
        TEL,
        "Un monsieur très énervé : « ça fait {{3 semaines}} que j'attends ». Le conseiller reste poli du début à la fin. Mr [[PERSONNE:Dubreuil]]. À la fin : « bonne journée quand même ».",
    ),
    (
        "france_travail",
        TEL,
        "La conseillère appelle pour un RDV manqué : « Mme [[PERSONNE:Sall]], vous êtes bien au [[ADRESSE:27 rue de la Fontaine, 85000 La Roche-sur-Yon]] ? On vous a écrit. » La boîte aux lettres est cassée depuis {{septembre}}.",
    ),
    (
        "france_travail",
        TEL,
        "Question sur la retraite à {{62 ans et demi}}. Le conseiller renvoie vers la {{Carsat}}, donne le {{3960}}.",
    ),
    (
        "france_travail",
        TEL,
        "Mr [[PERSONNE:Rakoto]], identifiant [[ID_FRANCE_TRAVAIL:4418720 N]]. Son RIB {{Caisse d'Épargne}} a été rejeté : [[IBAN:FR76 1444 5004 0008 0041 2739 857]], « compte clôturé ». Il ne savait pas, c'est sa banque qui a fermé le compte.",
    ),
    (
        "france_travail",
        TEL,
        "Mme [[PERSONNE:Aubert]] demande si sa {{prime d'activité}} compte. Elle donne son n° Caf [[N_ALLOCATAIRE:3381946]] « au cas où ». Le conseiller n'en a pas besoin.",
    ),
    (
        "france_travail",
        TEL,
        "Un conseiller {{Cap emploi}}, [[PERSONNE:Frédéric]], appelle pour un demandeur {{RQTH}}, Mr [[PERSONNE:Tessier]] : identifiant FT [[ID_FRANCE_TRAVAIL:9902174 S]], dossier MDPH [[IDENTIFIANT:72-2023-08814]].",
    ),
    (
        "france_travail",
        TEL,
        "Accent fort, Mr [[PERSONNE:Nikolov]] ne comprend pas le serveur vocal du {{3949}}. Le conseiller parle lentement. Il lui demande son mail : [[EMAIL:ivan.nikolov1979@abv.bg]] (bulgare).",
    ),
    (
        "france_travail",
        TEL,
        "Demandeuse, Mme [[PERSONNE:Léa Giraud]], née le [[DATE_NAISSANCE:19/09/2001]] à {{Cholet}}. Elle lit son NIR sur sa carte Vitale : [[NIR:2 01 09 49 099 017 50]]. Le conseiller retrouve le dossier.",
    ),
]

# @@NEXT@@

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
        value = m.group(2) if m.group(1) else m.group(3)
        if value != value.strip():
            raise ValueError(f"value with outer spaces: {value!r}")
        if m.group(1):
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
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


def split(cells):
    """Draw dev / holdout ids from ``cells`` (id -> (site_kind, channel)) only."""
    rng = random.Random(SEED)
    by_cell = {}
    for note_id, cell in cells.items():
        by_cell.setdefault(cell, []).append(note_id)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(by_cell):
        ids = sorted(by_cell[cell])
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(
        HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev_ids), key=lambda n: n["id"])
    )
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout_ids), key=lambda n: n["id"]),
    )
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
