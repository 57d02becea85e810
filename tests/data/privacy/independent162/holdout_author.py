"""Independent evaluation corpus n° 162: 240 hand-written observation notes (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. Running this file strips the marks, computes
the offsets, draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl``.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind162"
SEED = 162

# Batch 1 (ind162-001 … 035): Caf / Cpam / France Travail identifiers, a few other sites.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{14h02}} dame ~{{50 ans}}, n° alloc [[N_ALLOCATAIRE:2184736]], vient pr la {{prime d'activité}} suspendue. agent ([[PERSONNE:Sandrine]]) tape tout en {{30 sec}}",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Benali]] num alloc[[N_ALLOCATAIRE:0953218]] tel [[TELEPHONE:06 71 28 45 90]] — non pardon c'est [[TELEPHONE:06 71 28 45 09]]. Il a reçu un courrier de la {{Caf}} de {{Dijon}} qu'il comprend pas, 2 pages de calcul",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel {{9h41}}. l'allocataire donne son numéro direct sans qu'on lui demande : [[N_ALLOCATAIRE:3407761]]. puis date naiss [[DATE_NAISSANCE:12/04/1979]]. Sur l'écran de l'agent : « dossier [[N_ALLOCATAIRE:3407761]] – [[PERSONNE:KOUASSI Aya]] – {{RSA}} socle »",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente jusqu'à la porte à l'ouverture {{8h30}}, {{23 personnes}} comptées. borne de tickets en panne 🙄 l'agent d'accueil distribue des tickets papier {{A12}}, {{A13}}... Personne ne râle, ils ont l'habitude.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Da Silva]] au tel, numéro alloc dicté chiffre par chiffre « [[N_ALLOCATAIRE:deux un cinq zéro huit neuf quatre]] », l'agent tape [[N_ALLOCATAIRE:2150894]]. Elle rappelle pour l'{{APL}}, bailleur {{Grand Dijon Habitat}}, réf locataire [[IDENTIFIANT:GDH-0417326]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "contrôle à domicile avec [[PERSONNE:Thierry Vuillemin]] (contrôleur). Adresse : [[ADRESSE:18 rue d'Auxonne, 21000 Dijon]], {{3e étage}} sans ascenseur. Allocataire [[PERSONNE:Nadia Hamdaoui]], {{2 enfants}}, déclare vivre seule. Il regarde les brosses à dents 🪥 dans la salle de bain sans rien dire. Malaise de mon côté.",
    ),
    (
        "caf",
        "accueil_physique",
        "ref dossier [[N_ALLOCATAIRE:1846023]] / mail [[EMAIL:k.ndiaye89@gmail.com]] / tel [[TELEPHONE:07 55 19 82 36]]\ntout ça lu sur l'écran par dessus l'épaule de [[PERSONNE:Mélanie]]. La jeune femme ([[PERSONNE:Khady Ndiaye]]) voulait juste une attestation de paiement pour son bailleur",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Musique d'attente {{7 min}} avant qu'on décroche. L'agent dit que le {{3230}} sature le {{lundi}}. Beaucoup d'appels sur la {{prime de Noël}} qui n'est pas encore tombée.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Mehmet Yilmaz]], venu avec son fils qui traduit. n°alloc sur la lettre : [[N_ALLOCATAIRE:2719045]]. Né le [[DATE_NAISSANCE:3 juin 1994]] à {{Kayseri}}, num secu [[NIR:1 94 06 99 208 044 63]]. Le fils a {{14 ans}} et parle mieux que moi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Agent [[PERSONNE:Ludovic]] m'explique le {{RSA}} : « on recalcule tous les trimestres ». La femme devant nous perd {{112 €}} ce mois-ci. Elle pleure. ID alloc: [[N_ALLOCATAIRE:0862317]]",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite [[ADRESSE:7 allée des Tilleuls, 58000 Nevers]] (quartier du {{Banlay}}). Chez M. [[PERSONNE:Jean-Claude Perrin]], {{68 ans}}, {{ASPA}} + {{APL}}. La contrôleuse ([[PERSONNE:Fatima Zerrouki]]) demande le bail, n° alloc [[N_ALLOCATAIRE:3001458]]. Le chat s'appelle {{Caramel}} 🐈 et il dort sur les papiers.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appelant énervé, crie. « mon numéro c'est [[N_ALLOCATAIRE:2478130]] je l'ai dit {{3 fois}} ». Agent calme, respire. Num de rappel : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]]",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Lopes]] : mail [[EMAIL:sabrina.lopes[at]laposte.net]] (elle l'épelle, l'agent tape arobase) ; n alloc [[N_ALLOCATAIRE:1290764]]\nIBAN nouveau compte : [[IBAN:FR76 1100 6002 1472 0314 5890 605]] → le changement de RIB prend {{15 jours}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "num secu [[NIR:2 87 03 21 231 045 74]] → {{carte Vitale}} perdue. Mme [[PERSONNE:Charlotte Girardot]], née en [[DATE_NAISSANCE:03/1987]] à {{Dijon}}, l'agent lance la commande d'une nouvelle carte, délai {{3 semaines}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{13h50}}. Monsieur [[PERSONNE:Rakotomalala]] (il s'excuse pour son nom, l'agent rigole « j'ai vu pire »). NIR lu à l'écran [[NIR:192112505611238]]. Demande de {{CSS}}. tel [[TELEPHONE:0781406293]]",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de la {{Pharmacie du Théâtre}} pour un patient : « [[PERSONNE:Bouchet Gérard]] », num sécu dicté en 2 fois : [[NIR:1 58 10 71 270\n092 60]]. Né à {{Mâcon}}. Tiers payant refusé, droits pas à jour.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Bornes {{Ameli}} en libre service, {{2 sur 3}} HS. Un monsieur âgé demande de l'aide pour imprimer une attestation de droits, c'est le jeune en {{service civique}} (gilet vert) qui l'aide. {{4 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "contrôle arrêt maladie. Adresse donnée : [[ADRESSE:24 rue de Vesoul, 25000 Besançon]], pas de nom sur la boîte ✉️. La voisine dit que « [[PERSONNE:Karim]] est parti au boulot ». L'agente, Mme [[PERSONNE:Perret]], note « absent » + heure {{10h15}}. NIR assuré [[NIR:1 88 05 25 056 411 33]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "id FT [[ID_FRANCE_TRAVAIL:3158742D]] — jeune {{22 ans}}, [[PERSONNE:Enzo Marchal]], vient s'inscrire mais il est déjà inscrit ?? doublon. La conseillère [[PERSONNE:Aurélie]] fusionne les deux. mail [[EMAIL:enzo.marchal25@hotmail.fr]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ident. {{Pôle emploi}} (il dit encore Pôle emploi) : [[ID_FRANCE_TRAVAIL:662 091 3W]] … non attends il relit : [[ID_FRANCE_TRAVAIL:662 019 3W]]. M. [[PERSONNE:Ousmane Traoré]], cariste, cherche vers {{Chalon}}, zone {{SaôneOr}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "tel rappel [[TELEPHONE:03 85 41 72 06]] ... l'agent appelle Mme [[PERSONNE:Guillot]] pour un {{RDV}} manqué. répondeur. message laissé. {{2e appel}} → [[TELEPHONE:06 14 93 27 58]] (portable du dossier) ok elle décroche, elle avait pas reçu le courrier",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « Réussir son entretien » {{10h-11h30}}, {{6 inscrits}}, {{4 présents}}. Diapo sur le savoir-être. Une participante demande si on doit mettre sa photo sur le CV. Débat de {{10 minutes}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Plusieurs d'affilée :\n- [[N_ALLOCATAIRE:0731946]] attestation {{QF}}\n- [[N_ALLOCATAIRE:2205871]] {{RSA}} suspendu\n- [[N_ALLOCATAIRE:1568304]] déménagement → nouvelle adresse [[ADRESSE:5 rue du Bourg, 89000 Auxerre]]\n(je recopie l'écran de la borne d'accueil)",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nguyen Thi Lan]] appelle pour sa fille [[PERSONNE:Emma]], née le [[DATE_NAISSANCE:14 février 2008]], qui va avoir {{18 ans}} → fin des {{AF}} pour elle ? l'agent explique le complément familial, je comprends rien",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "numsecu dicté: [[NIR:2 95 04 89 024 019 24]] (née à {{Auxerre}} en [[DATE_NAISSANCE:avril 95]]). Elle veut changer de complémentaire, mutuelle {{Harmonie}} n° [[IDENTIFIANT:HM 4471 902 83]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "arrêt de travail signé par le Dr [[PERSONNE:Mansouri]], mal scanné. L'assuré, [[PERSONNE:Régis Fournier]], montre son tel 📱 avec la photo. Num sécu ok. tel [[TELEPHONE:06.63.20.18.74]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Besançon}}, antenne {{Planoise}}. Mme [[PERSONNE:Samia Hadj-Ali]] demande une aide alimentaire. Bon pour l'{{épicerie sociale}}, {{45 €}}. Adresse [[ADRESSE:12 rue de Cologne]] (bat B).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} sonne sans arrêt entre {{9h}} et {{10h}}. L'agente dit qu'il manque {{2 postes}} depuis {{septembre}}. J'ai compté {{17 appels}} en {{40 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} de {{Dijon}}, {{23h10}}. L'{{IAO}} [[PERSONNE:Clémence]] crée le dossier : IPP [[IDENTIFIANT:P21004587]], patient [[PERSONNE:Abdelkader Mebarki]], né le [[DATE_NAISSANCE:1/7/79]] au {{Maroc}}, carte vitale → NIR [[NIR:179079935006129]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "salle d'attente pleine, {{31 personnes}}, l'écran affiche {{4h}} d'attente. Un homme en fauteuil depuis {{6h du matin}}. Personne ne lui a proposé à boire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Côte-d'Or}}. écoutant [[PERSONNE:Julien]]. Appel d'un homme à la rue, [[PERSONNE:Dragan]], {{45 ans}}, dort à la {{gare de Dijon}}. réf {{SIAO}} [[IDENTIFIANT:SIAO21-2024-03318]]. Pas de place ce soir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. Un habitué que tout le monde appelle « [[PERSONNE:Pépito]] » vient prendre sa douche et son courrier. Domiciliation au nom de [[PERSONNE:José Ferreira Dos Santos]]. Son chien {{Rocky}} attend dehors.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la travailleuse sociale ([[PERSONNE:Ophélie Roux]]) chez Mme [[PERSONNE:Amina Saïd]], {{hôtel B&B}}, {{chambre 208}}. {{3 enfants}} dans {{12 m²}}. titre de séjour n° [[IDENTIFIANT:2500417893]] expire le {{12/05}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel sortant : le conseiller [[PERSONNE:Hakim]] appelle [[PERSONNE:Lucie Bretin]] id [[ID_FRANCE_TRAVAIL:4420187J]] pour une offre de préparatrice de commandes à {{Fenay}}, offre n° {{184QXWZ}}",
    ),
    (
        "caf",
        "accueil_physique",
        "tel:[[TELEPHONE:0612457893]]mail:[[EMAIL:mamadou.kone@orange.fr]]alloc:[[N_ALLOCATAIRE:2963015]] (l'agent colle tout sans espaces sur un post-it 😅)",
    ),
]

# Batch 2 (ind162-036 … 070).
NOTES_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle au [[ADRESSE:3 impasse des Vergers, 90000 Belfort]]. Devant la maison une {{Clio}} immat [[IMMATRICULATION:GH-412-TR]], le contrôleur ([[PERSONNE:Patrick Zimmermann]]) la note : « à qui est la voiture ? ». Mme [[PERSONNE:Kaya]] dit que c'est celle de son frère.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Tel pro d'une assistante sociale de l'{{hôpital Nord Franche-Comté}} : patient sans droits, [[PERSONNE:Valentin Grosjean]], NIR [[NIR:197109001009895]], né en [[DATE_NAISSANCE:oct 97]] à {{Belfort}}. On ouvre la {{CSS}} en urgence.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale [[PERSONNE:Laetitia Morel]] chez M. et Mme [[PERSONNE:Bouzid]], [[ADRESSE:41 avenue du Lac, 21000 Dijon]] ({{Fontaine d'Ouche}}). Frigo quasi vide. Factures {{EDF}} impayées, réf client [[IDENTIFIANT:6012 458 739]]. On remplit une demande de {{FSL}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "standard des urgences de {{Chalon}} ({{hôpital William Morey}}). Une mère appelle pour son fils [[PERSONNE:Noah]], {{4 ans}}, fièvre. L'agent redirige vers le {{15}}. Durée {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée ce matin de [[PERSONNE:Sergueï Volkov]], {{52 ans}}, orienté par le {{SIAO}} du {{Doubs}}. Pièce d'identité : passeport ukrainien n° [[IDENTIFIANT:FX708315]]. Il aura la {{chambre 7}}, l'éducatrice lui fait visiter.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Ioan Popescu]] vient avec un ami pour traduire. Il demande si son permis roumain est valable pour un poste de chauffeur-livreur. La conseillère [[PERSONNE:Nathalie Bertrand]] ne sait pas, elle appelle un collègue. {{15 min}} pour une réponse : oui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une famille qui vit dans sa voiture sur le parking du {{Leclerc}} d'{{Auxerre}} : {{Peugeot Partner}} gris [[IMMATRICULATION:EK-839-VN]]. M. [[PERSONNE:Kovacs]] et ses {{2 enfants}}. On leur redonne le numéro du {{115}}, ils l'ont déjà.",
    ),
    (
        "caf",
        "accueil_physique",
        "aloc n° [[N_ALLOCATAIRE:1075392]] (faute de frappe de l'agent, corrigé en [[N_ALLOCATAIRE:1075329]]). Mme [[PERSONNE:Benhamou]] vient pour l'{{AAH}} de son mari, dossier {{MDPH}} en cours depuis {{8 mois}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "📋 file cpam {{Chalon}} :\n- Mme [[PERSONNE:Ba]] – secu [[NIR:2 91 05 71 076 149 02]] → non pardon c'est [[NIR:2 91 05 71 076 194 54]] (deux chiffres inversés)\n- M. [[PERSONNE:Lefèvre]] – {{carte vitale}} bloquée\n- une jeune fille – {{C2S}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{11h20}} d'une dame qui veut savoir où en est son remboursement de lunettes. Elle donne son numéro mais je n'ai pas eu le temps de le noter. Délai {{30 jours}}, l'agent dit que c'est normal.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Sophie Lachaux]] : « vous avez votre identifiant ? » Lui ([[PERSONNE:Boubacar Sow]]) : « c'est [[ID_FRANCE_TRAVAIL:5 108 273 L]] je crois » → faux, l'écran dit [[ID_FRANCE_TRAVAIL:5108237L]]. Mdp oublié, on réinitialise via son mail [[EMAIL:b.sow71 (at) gmail (point) com]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dame âgée amenée par les pompiers, [[PERSONNE:Marcelle Jeandot]], née le [[DATE_NAISSANCE:22 mai 1938]]. Sa fille au tél : [[TELEPHONE:03 86 52 17 40]]. L'{{IAO}} colle un bracelet avec l'IPP [[IDENTIFIANT:NE-0085214]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{domiciliation}} : {{9 personnes}} entre {{14h}} et {{15h}}. Le courrier est rangé par ordre alphabétique dans des bannettes. L'agente connaît tout le monde par son prénom.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Yonne}}, nuit. [[PERSONNE:Aïcha]] appelle d'un numéro masqué, {{3 enfants}}, dans le hall de la gare d'{{Auxerre}}. L'écoutante [[PERSONNE:Marion]] trouve 1 nuit à l'{{hôtel Première Classe}}, {{chambre 14}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire : [[N_ALLOCATAIRE:2637480]]\ntél fixe [[TELEPHONE:03 80 43 91 62]] portable [[TELEPHONE:06 29 74 08 15]]\nmail [[EMAIL:famille.rousseau21@free.fr]]\nobjet : {{ARS}} pas reçue pour [[PERSONNE:Lilou]] (entre en {{6e}})",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente, [[PERSONNE:Véronique Kessler]], me montre le logiciel. Pour une première demande on crée le dossier → [[N_ALLOCATAIRE:3185042]]. Le demandeur, [[PERSONNE:Tenzin Dorjee]], réfugié, protection {{OFPRA}}, titre de séjour [[IDENTIFIANT:2100638451]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Montbéliard}}, quartier {{Petite-Hollande}}, [[ADRESSE:9 rue de Champagne, 25200 Montbéliard]]. L'assurée [[PERSONNE:Léa Mougin]] est là, en pyjama, elle s'excuse. Contrôle {{5 min}}. L'agent me dit que {{80 %}} des contrôles sont ok.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appelant : « j'ai un message pour mon {{CEJ}} ». id [[ID_FRANCE_TRAVAIL:2290451C]]. Il s'appelle [[PERSONNE:Yanis]]. Son conseiller référent M. [[PERSONNE:Duchêne]] est absent jusqu'à {{lundi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "voiture [[IMMATRICULATION:FR-204-LB]] garée sur la voie des ambulances, appel au micro {{2x}}. L'agent d'accueil ([[PERSONNE:Kevin]]) soupire « tous les soirs ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{34 couverts}}. Le cuisinier est un ancien résident. Règlement affiché : pas d'alcool, pas d'animaux dans les chambres, retour avant {{22h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide à domicile chez Mme [[PERSONNE:Giuseppina Rinaldi]], {{91 ans}}, [[ADRESSE:2 rue des Jardins, 71100 Chalon-sur-Saône]]. Sa voisine Mme [[PERSONNE:Roy]] passe tous les jours. Dossier {{APA}} à faire. Photos des petits-enfants partout.",
    ),
    (
        "caf",
        "accueil_physique",
        "n°alloc 📄 [[N_ALLOCATAIRE:1497263]]\nnum secu 🆔 [[NIR:1 84 12 25 388 154 47]]\nIBAN 🏦 [[IBAN:FR7612506200185821473001246]]\nM. [[PERSONNE:Anthony Mathieu]], de {{Montbéliard}}, né en [[DATE_NAISSANCE:décembre 84]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur ([[PERSONNE:Ahmed Chérif]]) montre son {{titre de séjour}}, l'agent scanne : AGDREF [[IDENTIFIANT:2101784520]]. Immatriculation en cours, délai {{2 mois}}. Il a une ordonnance à payer en attendant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Maëlys]], vient pour l'aide au permis : devis auto-école {{ECF}}. Le conseiller note son n° FT [[ID_FRANCE_TRAVAIL:6180392B]] et son tel [[TELEPHONE:07 68 12 45 93]]. Aide max {{1 200 €}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement en diffus, [[ADRESSE:6 rue Paul Bert, 90000 Belfort]]. M. [[PERSONNE:Khalid Ouahbi]] et sa compagne [[PERSONNE:Sonia]]. Fuite sous l'évier. L'éduc [[PERSONNE:Baptiste]] appelle le bailleur {{Territoire Habitat}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Petitjean]] donne son numéro alloc avec un chiffre de trop [[N_ALLOCATAIRE:21549037]] → l'agent : « il y en a un de trop madame » → [[N_ALLOCATAIRE:2154903]]",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard des urgences de {{Nevers}} reçoit surtout des familles qui demandent des nouvelles. Consigne : aucune info par téléphone. {{6 appels}} de ce type en {{1h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "sécu : [[NIR:263053930024083]] ✅\ntél : [[TELEPHONE:+33 6 47 21 90 38]] ✅\nmail : [[EMAIL:mc.jacquot@orange.fr]] ❌ (rejeté, l'agent retape : [[EMAIL:mc.jacquot39@orange.fr]])\nAssurée : [[PERSONNE:Marie-Claude Jacquot]], née à {{Lons-le-Saunier}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rivière]] appelle pour sa mère, [[PERSONNE:Odette Rivière]], sortie d'hôpital hier. Le {{CCAS}} peut passer {{jeudi}}. tel [[TELEPHONE:03 84 21 56 07]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "L'agence {{France Travail}} de {{Besançon}} {{Planoise}} : {{12 box}}, {{3 bornes}}, un vigile à l'entrée. Les conseillers portent un badge avec le prénom seulement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Jeune majeur, [[PERSONNE:Mamadou Camara]], {{19 ans}}, sorti de l'{{ASE}}. Il donne son insta [[IDENTIFIANT:@mams_cmr21]] pour que l'éduc [[PERSONNE:Inès]] puisse le joindre (pas de forfait).",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle en zone rurale près d'{{Avallon}} : [[ADRESSE:lieu-dit Les Chaumes, 89200 Sauvigny-le-Bois]]. M. [[PERSONNE:Pascal Guyot]], {{RSA}}. Deux voitures dans la cour : [[IMMATRICULATION:3476 VK 89]] (une vieille {{205}}) et [[IMMATRICULATION:DS-117-MA]]. « la 205 roule plus ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Amandine]] au tel avec un employeur, la {{Boulangerie Girard}}, qui cherche un apprenti. Le patron, M. [[PERSONNE:Girard]], donne son portable perso [[TELEPHONE:06 85 30 71 44]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Dylan]], {{22 ans}}, né à {{Vesoul}}, veut sa propre {{carte Vitale}} (il était sur celle de sa mère). NIR [[NIR:103087055001157]]. Photo refusée : il sourit trop 😂",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame avec poussette, {{1 h 10}} d'attente. Ticket {{C047}}. Elle venait pour une erreur de {{12 €}}. L'agent règle ça en {{3 min}}.",
    ),
]

# Batch 3 (ind162-071 … 105).
NOTES_3 = [
    (
        "caf",
        "accueil_telephonique",
        "rappeler Mme [[PERSONNE:Chevalier]] allocataire n°[[N_ALLOCATAIRE:1632907]] au [[TELEPHONE:06 07 83 51\n26]] (tapé sur 2 lignes, j'allais trop vite)",
    ),
    (
        "caf",
        "accueil_physique",
        "RIB fourni : [[IBAN:12135 00300 04187263501 54]] → l'agent demande l'IBAN complet, elle montre l'appli de la {{Caisse d'Épargne}} : [[IBAN:FR76 1213 5003 0004 1872 6350 154]]. C'est Mme [[PERSONNE:Jennifer Bailly]], elle change de banque.",
    ),
    (
        "cpam",
        "accueil_physique",
        "secu[[NIR:275067107620864]] mme [[PERSONNE:Carvalho Maria]] née [[DATE_NAISSANCE:06/75]] ds le {{71}}, vient pour une prise en charge {{ALD}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "agenda du conseiller [[PERSONNE:Romain]] ce matin :\n{{9h}} [[PERSONNE:Diallo]] [[ID_FRANCE_TRAVAIL:3371820F]]\n{{9h30}} [[PERSONNE:Bernard]] [[ID_FRANCE_TRAVAIL:4890163A]] absent\n{{10h}} [[PERSONNE:Hoarau]] [[ID_FRANCE_TRAVAIL:1027745M]]\n{{10h30}} [[PERSONNE:Nowak]] [[ID_FRANCE_TRAVAIL:5563019S]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "idFT[[ID_FRANCE_TRAVAIL:7740218H]] tel[[TELEPHONE:0675193028]] 👉 rappeler avant {{16h}} pour la {{POEI}}. C'est Mme [[PERSONNE:Oukacha]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide facultative : Mme [[PERSONNE:Halima Diarra]], née le [[DATE_NAISSANCE:15.09.1984]], [[ADRESSE:27 rue Émile Zola, 58000 Nevers]]. {{3 enfants}}. Aide de {{150 €}} pour la cantine. Passage en commission {{mardi}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h14}} du matin. Un agent de sécu, une {{IAO}}, une secrétaire. La secrétaire tape les identités, l'IAO trie. Un ado saoul, un monsieur avec une plaie à la main, une femme enceinte passée en priorité.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 25}} : demande d'hébergement pour [[PERSONNE:Nour El Houda Benyahia]] et son bébé né le [[DATE_NAISSANCE:2 janvier]]. réf [[IDENTIFIANT:25-HU-0091847]]. Mise à l'abri ce soir au {{CHRS}}, {{1 nuit}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Huynh Van Duc]], [[ADRESSE:14 rue de Chalezeule, 25000 Besançon]]. Il déclare sa fille [[PERSONNE:Linh]] à charge. Le contrôleur demande le certificat de scolarité. Tout est là, rangé dans une pochette. {{25 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Lacroix]] au tel : « mon numéro de sécu c'est [[NIR:un, soixante-six, zéro neuf, soixante et onze, cent cinquante-trois, cent soixante-dix-neuf, soixante-huit]] ». L'agent répète chiffre par chiffre. Né au {{Creusot}}, il insiste.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche au mur : « Vos démarches sur {{caf.fr}} ». {{3 ordinateurs}} en libre service, une {{médiatrice numérique}} aide les gens. À {{11h}} les 3 sont pris.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "CV modèle punaisé au mur au nom de [[PERSONNE:Julie Martin]], [[TELEPHONE:06 12 34 56 78]], [[EMAIL:julie.martin@mail.fr]]. La conseillère dit que plein de gens recopient le modèle tel quel 🙃",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur RDV. Mme [[PERSONNE:Chantal Bourgeois]] vient pour sa pension d'invalidité. Son RIB : [[IBAN:FR76 1080 7004 1231 9204 7581 676]] ({{Banque Populaire}}). L'agent scanne, {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Domiciliation. Le résident [[PERSONNE:Aslan Dudaev]] récupère un courrier de l'{{OFII}}. Récépissé de demande d'asile [[IDENTIFIANT:2501930476]]. Il dit « merci beaucoup madame » trois fois à l'agente, [[PERSONNE:Claire]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'allocataire donne son mail au lieu du numéro : [[EMAIL:djamel.hamidi@sfr.fr]]. L'agent : « sans votre n° je peux rien faire » → [[N_ALLOCATAIRE:0584126]]. M. [[PERSONNE:Hamidi]] s'excuse.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IPP [[IDENTIFIANT:80412375]], patient arrivé en taxi : [[PERSONNE:Florian Lamy]], {{34 ans}}, coupé avec une disqueuse. Sa femme donne son tel [[TELEPHONE:07 81 64 29 50]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "plateforme {{3949}} : l'agent dit qu'il traite {{40 appels}} par demi-journée, script à l'écran. La moitié c'est pour l'actualisation. Fin du mois = l'enfer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Roger Lamberti]], {{79 ans}}, [[ADRESSE:3 place de la Mairie, 71200 Le Creusot]]. Il montre son livret A 🙈, l'assistante sociale lui dit de le ranger. Voiture au garage [[IMMATRICULATION:8124 TL 71]] qu'il ne conduit plus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Fiche remplie au stylo glissée dans un dossier : 'N° SS' [[NIR:2 70 02 58 194 131 43]] 'Nom' [[PERSONNE:LEBLANC]] 'Prénom' [[PERSONNE:Sylvie]] 'Tél' [[TELEPHONE:03.86.61.09.27]]. L'agent la range dans la bannette « {{à traiter}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "dossier➡️[[N_ALLOCATAIRE:2846031]] (l'agent le relit à voix haute « [[N_ALLOCATAIRE:28 46 031]] »). Changement de situation : mise en couple avec [[PERSONNE:Jordan Weber]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune fille, [[PERSONNE:Kenza]], vient avec sa lettre : « identifiant : [[ID_FRANCE_TRAVAIL:3904716P]] ». Elle veut une formation aide-soignante à l'{{IFAS}} de {{Nevers}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{foyer Adoma}}, {{chambre 21}} : M. [[PERSONNE:Mustapha Benchikh]], {{67 ans}}, arrivé en France dans les années 70. tel [[TELEPHONE:06 58 03 72 19]]. Il nous offre le thé.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Trajet en voiture de service vers {{Autun}}, {{45 min}}. L'agent m'explique que les contrôles sont demandés par le service médical, pas tirés au hasard. Radio {{France Bleu}} à fond.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une travailleuse sociale de {{Pontarlier}} appelle pour une allocataire, Mme [[PERSONNE:Vieira]], num [[N_ALLOCATAIRE:1943078]]. L'agent refuse de donner quoi que ce soit sans mandat.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un fils appelle : « ma mère [[PERSONNE:Zoubida Amrani]] est arrivée ce matin ? ». Consigne, rien au tel. L'agent prend son numéro [[TELEPHONE:06-39-84-17-25]] pour que le médecin rappelle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Rose Marchand]] offre une {{rose}} à l'agente pour la remercier 🌹 (aide pour sa facture d'eau, {{80 €}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "mail: [[EMAIL:lea_m.durand@yahoo.fr]] / id: [[ID_FRANCE_TRAVAIL:6627304X]] / tel: [[TELEPHONE:06 42 51 87 03]] / nom: [[PERSONNE:DURAND Léa]] → la conseillère l'inscrit à l'atelier création d'entreprise",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a {{48 places}}, dont {{12}} pour des femmes victimes de violences. Liste d'attente : {{23 demandes}}. Équipe : {{5 éducs}}, {{1 psy}} à mi-temps.",
    ),
    (
        "caf",
        "accueil_physique",
        "num alloc [[N_ALLOCATAIRE:2091648]] / num secu [[NIR:290029935211819]] — Mme [[PERSONNE:Lina Bouaziz]], née en {{Algérie}} en [[DATE_NAISSANCE:février 1990]], vient pour la {{PAJE}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}} : une dame qui parle peu français, l'agent passe par l'interprétariat ({{ISM}}), {{8 min}} d'attente de l'interprète. Nom noté : [[PERSONNE:Gulnara Sadykova]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller [[PERSONNE:Frédéric Roussel]] reçoit [[PERSONNE:Thi Hoa Pham]] pour son {{PPAE}}. Elle était pharmacienne au {{Vietnam}}, diplôme pas reconnu.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez [[PERSONNE:Marius Dumitru]], [[ADRESSE:37 boulevard Kennedy, 25000 Besançon]]. Fiches de paie d'intérim ({{Adecco}}). Voiture roumaine devant [[IMMATRICULATION:B 472 KRT]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une pharmacie signale une vieille dame perdue devant chez eux. L'agente appelle la police municipale. Réglé en {{20 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mère + bébé, [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:28/10]]. La maman, [[PERSONNE:Khadija Ait Ouali]], donne sa carte mutuelle {{MGEN}} n° [[IDENTIFIANT:274519836]].",
    ),
    (
        "caf",
        "accueil_physique",
        "l'agent tique sur une date : « né le [[DATE_NAISSANCE:31/06]] ? ça existe pas » → corrigé en [[DATE_NAISSANCE:30/06/1972]]. M. [[PERSONNE:Tshibangu]] rigole.",
    ),
]

# Batch 4 (ind162-106 … 140).
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Changement de RIB : [[IBAN:FR7611006000619132764058269]] ({{Crédit Agricole}}). Mme [[PERSONNE:Moreau-Ndongo]] a peur que l'{{APL}} arrive sur l'ancien compte. L'agent : « si c'est avant le {{15}}, c'est bon ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "n° alloc : [[N_ALLOCATAIRE:3 052 187]]\nnom : [[PERSONNE:Schneider]]\n👉 demande : relevé de paiements {{2023}}\nmail pour l'envoi : [[EMAIL:schneider.m@outlook.fr]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Monsieur en fauteuil, [[PERSONNE:Bernard Lhomme]]. NIR [[NIR:1 68 01 58 194 033 79]] (né à {{Nevers}} en [[DATE_NAISSANCE:janvier 68]]). Dossier {{ALD}} + bons de transport {{VSL}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "identifiant FT noté au stylo sur sa main 🖊️ : [[ID_FRANCE_TRAVAIL:8134529N]]. [[PERSONNE:Riad]], {{28 ans}}, manutentionnaire, radié pour absence. La conseillère [[PERSONNE:Christelle Faivre]] lui explique le recours.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame : « je suis la maman de [[PERSONNE:Théo Bonnot]] », elle donne l'identifiant de son fils [[ID_FRANCE_TRAVAIL:2048817K]]. L'agent ne peut rien dire, il est majeur. Elle raccroche vexée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Santoni]], NIR [[NIR:1 71 03 2B 033 128 56]], né à {{Bastia}} en [[DATE_NAISSANCE:mars 1971]]. L'agent dit que les numéros corses ({{2B}}) font bugger le formulaire en ligne.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Paoli]], née à {{Ajaccio}} le [[DATE_NAISSANCE:17/01/1982]], secu [[NIR:282012A00405758]], habite {{Dijon}} depuis {{10 ans}}. Elle veut son relevé d'{{IJ}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} de {{Nevers}} distribue des colis de Noël aux plus de {{70 ans}} : {{412 colis}}, livrés par les élus. Une dame vient se plaindre de ne pas être sur la liste.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Saône-et-Loire}}. Appel de [[PERSONNE:Fabrice]], {{57 ans}}, connu du 115, dort dans sa voiture [[IMMATRICULATION:BX-562-QP]] sur le parking de la {{piscine}}. Il veut juste parler. L'écoutant [[PERSONNE:Lucas]] reste {{20 min}} avec lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient sans papiers, dit s'appeler [[PERSONNE:Ali]], né en [[DATE_NAISSANCE:1990]], rien d'autre. IPP provisoire [[IDENTIFIANT:P25100934]]. La secrétaire soupire : « encore un doublon à fusionner demain ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au [[ADRESSE:camping de la Plage, mobil-home 17]] à {{Chalon}}. Mme [[PERSONNE:Stéphanie Collin]] y vit à l'année depuis {{2 ans}}. Le contrôleur vérifie le contrat de location, {{480 €}}/mois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Liste affichée au mur par erreur !! « info collective : [[PERSONNE:ABDOU Said]], [[PERSONNE:MARTIN Kevin]], [[PERSONNE:SALVADOR Inès]] ». La directrice, Mme [[PERSONNE:Garnier]], l'enlève tout de suite.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Serveur vocal : « tapez 1 pour… » {{4 niveaux}} de menu avant d'avoir un humain. {{12 min}} d'attente. Le conseiller dit que c'est calme aujourd'hui.",
    ),
    (
        "caf",
        "accueil_physique",
        "nuero alloc [[N_ALLOCATAIRE:1388520]] telephne [[TELEPHONE:06 91 24 53 70]] (je tape mal)\nelle s'appelle [[PERSONNE:Ndeye Fatou Sarr]] — « [[PERSONNE:Sarr]] avec deux r »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'allocataire épelle son nom : « [[PERSONNE:W-O-J-C-I-K]] », l'agent tape [[PERSONNE:Wojcik]], trouve le n° [[N_ALLOCATAIRE:0427593]]. {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mise en relation avec l'{{ADMR}} : la conseillère donne le tel perso de la candidate, [[PERSONNE:Sabine Chauvin]] : [[TELEPHONE:06 71 09 48 32]]. Entretien {{vendredi}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Famille afghane arrivée hier : M. [[PERSONNE:Ahmad Rahimi]], Mme [[PERSONNE:Fariba Rahimi]], {{4 enfants}}. Le plus petit, [[PERSONNE:Omid]], né en [[DATE_NAISSANCE:2021]]. Attestation de demande d'asile [[IDENTIFIANT:2501477903]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une maison insalubre, [[ADRESSE:11 rue du Moulin, 89100 Sens]]. M. [[PERSONNE:Georges Lemaire]] vit avec {{8 chats}}. Odeur. L'agente [[PERSONNE:Yasmina]] fait un signalement à l'{{ARS}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Opalines}} : une résidente, [[PERSONNE:Simone Garnier]], a chuté, elle arrive en ambulance. L'agent prépare le dossier, date de naissance [[DATE_NAISSANCE:09/03/1931]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune couple, [[PERSONNE:Axel]] et [[PERSONNE:Chloé]], {{premier enfant}}, déclaration de grossesse. n° alloc créé : [[N_ALLOCATAIRE:3267014]]. Adresse : [[ADRESSE:8 rue de la Liberté 21000 Dijon]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Écran de l'agent (je lis) : « [[PERSONNE:YILDIZ Elif]] | [[NIR:2 86 08 89 387 066 68]] | [[DATE_NAISSANCE:1986-08-19]] | [[ADRESSE:4 rue Thénard, 89100 Sens]] »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère [[PERSONNE:Marie-Hélène]] : « votre IBAN pour l'{{ARE}} ? » → [[IBAN:FR76 2004 1010 0705 4938 2170 272]] ({{La Banque Postale}}). [[PERSONNE:Jérémy Colas]] le lit sur son relevé papier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique la charte du contrôle : on prévient par courrier {{5 jours}} avant, sauf fraude suspectée. Il fait {{4 visites}} par jour maximum.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des hôtels avec l'éduc [[PERSONNE:Thomas]] : {{hôtel F1}}, {{chambre 32}} : Mme [[PERSONNE:Aminata Konaté]] et sa fille. {{hôtel du Centre}}, {{chambre 5}} : M. [[PERSONNE:Radu]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Remboursements sur le mauvais compte ! ancien IBAN [[IBAN:FR76 3000 3027 1500 0508 1327 407]] ({{Société Générale}}) → nouveau [[IBAN:FR76 1027 8085 3000 0216 7430 914]] ({{Crédit Mutuel}}). Assuré : [[PERSONNE:Nicolas Perrot]], tel [[TELEPHONE:07.52.38.16.94]]",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un agent de sécurité filtre l'entrée : {{1 accompagnant}} par patient. Un père discute longtemps. Il finit par rentrer. {{22h40}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Chaïma Belkacem]], née le [[DATE_NAISSANCE:05/11/2001]], {{BTS}} {{NDRC}}, cherche une {{alternance}}. id [[ID_FRANCE_TRAVAIL:9051236T]]",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour la téléassistance de sa mère, Mme [[PERSONNE:Fontaine]]. Pendant ce temps la {{fontaine à eau}} de l'accueil fuit (je note parce que ça m'a fait rire).",
    ),
    (
        "caf",
        "accueil_physique",
        "Erreur d'adresse dans le dossier : [[ADRESSE:12 rue Jean Jaurès, 71100 Chalon-sur-Saône]] au lieu de [[ADRESSE:21 rue Jean Jaurès, 71100 Chalon-sur-Saône]]. M. [[PERSONNE:Boubacar Diop]] n'a pas reçu ses courriers depuis {{3 mois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez Mme [[PERSONNE:Dos Reis]], [[ADRESSE:5 rue des Acacias, 90000 Belfort]]. Absente. Le voisin : « elle est chez le médecin ». L'agent laisse un avis de passage.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Numéros dictés par l'appelante, Mme [[PERSONNE:Akhtar]], l'agent me fait signe de noter :\nid [[ID_FRANCE_TRAVAIL:4 7 3 1 0 9 2 E]]\ntel [[TELEPHONE:zéro sept, trente et un, quatre-vingt-deux, quinze, soixante]]",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'agent d'accueil [[PERSONNE:Samir]] remplit la fiche d'entrée de [[PERSONNE:Jonathan Henry]] : date naiss [[DATE_NAISSANCE:14/08/90]], CNI n° [[IDENTIFIANT:X4RTBP2W7]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne tickets : {{A}} = accueil général, {{B}} = RDV, {{C}} = familles. Écran : « attente estimée {{35 min}} ». Une dame dit que c'est faux. Elle a raison : {{50 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient ramené par la police, [[PERSONNE:Gaëtan]], {{40 ans}}, agité. Sa sœur au tel : [[TELEPHONE:03 81 88 42 17]]. Il se calme quand elle arrive.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Ayşe Demir]], née à {{Paris}}, num sécu [[NIR:2 76 11 75 113 520 20]], ajoute sa fille [[PERSONNE:Zeynep]], née le [[DATE_NAISSANCE:1er mars 2016]], sur son compte.",
    ),
]

# Batch 5 (ind162-141 … 175).
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Elle dicte son mail à voix haute : « [[EMAIL:yasmine point elamrani arobase gmail point com]] ». n° alloc [[N_ALLOCATAIRE:2730618]]. [[PERSONNE:Yasmine El Amrani]] repart avec sa notification imprimée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt : l'assuré, [[PERSONNE:Cédric Mallet]], est dans son jardin en train de tondre 😬. Voiture de société [[IMMATRICULATION:GK-907-HZ]] devant. L'agent note sans commentaire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune homme arrivé en trottinette, [[PERSONNE:Ilyes]]. Sur son courrier : « identifiant [[ID_FRANCE_TRAVAIL:7205863V]] ». Il veut un job en logistique chez {{Lidl}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "IBAN dicté par groupes : « [[IBAN:FR76, 1250, 6900, 7140, 3159, 8720, 665]] » → l'agent tape [[IBAN:FR7612506900714031598720665]]. Mme [[PERSONNE:Thévenot]] attend que ça valide.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Vestiaire solidaire : pulls, manteaux. Un {{anorak rouge}} part en {{2 min}}. L'éduc dit que les chaussures en {{43}} manquent toujours.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche d'admission lue : Nom [[PERSONNE:Besnard]] Prénom [[PERSONNE:Élodie]] DDN [[DATE_NAISSANCE:23/04/1995]] Tel [[TELEPHONE:06 34 90 17 62]] Personne à prévenir [[PERSONNE:Quentin Besnard]] [[TELEPHONE:06 34 90 17 63]]",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Bianchi]] demande un secours d'urgence, gaz coupé par {{Engie}}. Numéro client [[IDENTIFIANT:310 245 876 912]]. L'agente appelle Engie directement. {{30 min}} au total.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appel sortant, Mme [[PERSONNE:Lopez]], identif [[ID_FRANCE_TRAVAIL:3618720G]]. mail erroné dans le dossier [[EMAIL:lopez.carmen@gmial.com]] → corrigé [[EMAIL:lopez.carmen@gmail.com]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dame âgée, [[PERSONNE:Jeanne Vuillermoz]], {{94 ans}}, venue à pied 🚶‍♀️ pour un formulaire papier : « internet c'est pas pour moi ». L'agent lui remplit tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Famille [[PERSONNE:Mendy]], [[ADRESSE:22 rue d'Alsace, 25200 Montbéliard]]. Le contrôleur vérifie qui dort où : {{5 enfants}}, {{3 chambres}}. Le père, [[PERSONNE:Augustin Mendy]], travaille chez {{Stellantis}} à {{Sochaux}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La conseillère a un casque et {{2 écrans}}. Entre deux appels, {{10 secondes}}. Elle me dit qu'elle fait {{60 appels}} par jour.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique : la conseillère crée une adresse mail à un monsieur qui n'en avait pas, [[EMAIL:rachid.belhadj58@laposte.net]], mot de passe écrit sur un papier 😬. [[PERSONNE:Rachid]], {{58 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'une femme, [[PERSONNE:Sandra]], violences conjugales, avec ses {{2 enfants}}. Elle donne son adresse pour qu'on vienne la chercher : [[ADRESSE:4 rue des Peupliers, 58640 Varennes-Vauzelles]]. L'écoutante appelle le {{17}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran TV dans la salle : « Temps d'attente moyen : {{3h45}} ». Distributeur de café en panne. Un enfant dort sur deux chaises.",
    ),
    (
        "caf",
        "accueil_physique",
        "post-it de l'agent :\n[[PERSONNE:Gomes]] [[N_ALLOCATAIRE:1702936]] ✔\n[[PERSONNE:Aubert]] [[N_ALLOCATAIRE:2850413]] ✔\n[[PERSONNE:Haddad]] [[N_ALLOCATAIRE:0391278]] ❓ pièces manquantes",
    ),
    (
        "cpam",
        "accueil_physique",
        "Carte européenne pour des vacances au {{Portugal}} : M. [[PERSONNE:Fernando Pereira]], NIR [[NIR:181049913908380]], né au Portugal en [[DATE_NAISSANCE:avril 81]]. Délai {{2 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Hervé Lagarde]], {{59 ans}}, licencié de chez {{Alstom}} à {{Belfort}}. id [[ID_FRANCE_TRAVAIL:1934082R]]. Il veut une formation, la conseillère dit « à votre âge… » puis se reprend.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée, la personne n'ouvre pas. L'assistante sociale laisse un mot dans la boîte. On repart, {{25 min}} de route pour rien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ferhat]] donne son n° d'alloc de tête : [[N_ALLOCATAIRE:2581304]]. L'agent : « c'est pas vous ça, c'est une Mme [[PERSONNE:Bonnet]] ». Elle retrouve la lettre : [[N_ALLOCATAIRE:2581340]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Mme [[PERSONNE:Guérin]], infirmière libérale, annonce un patient, M. [[PERSONNE:Thiébaud]], diabétique. Elle lit l'IPP [[IDENTIFIANT:CH71-0458213]] sur un vieux courrier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite [[ADRESSE:aire des gens du voyage de Chalon, place 9]]. M. [[PERSONNE:Reinhardt]], caravane tractée par un fourgon [[IMMATRICULATION:CH-208-RS]]. Les enfants vont à l'école du quartier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Mamadou Lamine Sy]] vient avec sa {{PUMa}} refusée. NIR [[NIR:185039934107227]], né au {{Sénégal}} en [[DATE_NAISSANCE:mars 85]]. L'agent trouve l'erreur : ressources mal saisies.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "rappel : [[TELEPHONE:06 22 81 47 05]] ❌ faux numéro (une boulangerie 😂) → celui du dossier : [[TELEPHONE:06 22 81 74 05]] ✔ Mme [[PERSONNE:Kaddouri]] décroche",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent [[PERSONNE:Olivier]] parle turc avec une dame, [[PERSONNE:Hatice Aksoy]]. Il est de {{Montbéliard}} : « ici tout le monde a un voisin turc ». Demande d'{{ALS}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide sociale : titre de séjour [[IDENTIFIANT:9004127385]] de M. [[PERSONNE:Abdou Salam Mmadi]] ({{Comores}}), tel [[TELEPHONE:07 49 15 62 83]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des résidents à {{18h}} : [[PERSONNE:Mohamed]], [[PERSONNE:Steve]], [[PERSONNE:Patricia]] et [[PERSONNE:Hamza]] se plaignent du wifi. L'éduc note tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{isolement}} : Mme [[PERSONNE:Coralie Henriot]], [[ADRESSE:1 bis rue Victor Hugo, 58000 Nevers]]. Deux brosses à dents, des chaussures d'homme en {{45}}. Elle dit que c'est son frère. Contrôleur neutre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Pierre-Yves Le Gall]], breton installé à {{Dijon}}, il veut le formulaire {{S3125}} par mail : [[EMAIL:pylegall@wanadoo.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'{{IAO}}, [[PERSONNE:Nadège]], me montre son écran : {{12 patients}} en attente, codes couleur. Un patient, [[PERSONNE:Hugo Masson]], attend depuis {{5h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche : {{Salon de l'emploi}} {{jeudi 14}}, {{Parc des Expositions}}, {{80 entreprises}}. Les conseillers en parlent à tout le monde.",
    ),
    (
        "caf",
        "accueil_physique",
        "📞[[TELEPHONE:0769482153]]📧[[EMAIL:ouafa.b@hotmail.fr]]🔢[[N_ALLOCATAIRE:1164097]] — [[PERSONNE:Ouafa Benslimane]]",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Yves Simonin]], [[ADRESSE:30 chemin des Vignes, 71640 Givry]]. Voiture garée dans l'allée [[IMMATRICULATION:AX 318 PE]], capot encore chaud. L'agent note l'heure, {{9h50}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit {{150 appels}} par jour l'hiver. Ce soir {{0 place}}. L'écoutant raccroche et souffle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lecomte]] appelle pour inscrire son mari [[PERSONNE:Daniel]] au portage de repas, adresse [[ADRESSE:19 avenue de Lahr, 39100 Dole]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Olga Kravchenko]], réfugiée ukrainienne, protection temporaire : APS n° [[IDENTIFIANT:7522019384]]. id FT [[ID_FRANCE_TRAVAIL:8826401Q]]. Elle était comptable à {{Kharkiv}}.",
    ),
]

# Batch 6 (ind162-176 … 210).
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "num alloc[[N_ALLOCATAIRE:2317095]]num secu[[NIR:201099001007701]] — Mme [[PERSONNE:Léna Boillot]], née à {{Belfort}}, vient déclarer sa séparation. Ticket {{A31}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« c'est pour mon dossier, le [[N_ALLOCATAIRE:0 6 9 4 2 1 8]] » (chiffre par chiffre). Monsieur âgé, [[PERSONNE:Marcel Dubreuil]], il veut savoir ce que devient le dossier de sa femme décédée… l'agente est très douce.",
    ),
    (
        "cpam",
        "accueil_physique",
        "NIR sur 2 lignes dans mon tel (désolé) :\n[[NIR:2 53 07 71 014\n027 95]]\nMme [[PERSONNE:Germaine Lopes da Costa]], née à {{Autun}}, {{72 ans}}, vient pour un transport en taxi conventionné",
    ),
    (
        "france_travail",
        "accueil_physique",
        "idFT:[[ID_FRANCE_TRAVAIL:4415098Y]]—tel:[[TELEPHONE:03.81.47.26.90]]—M. [[PERSONNE:Ngoma]], {{Besançon}} {{Clairs-Soleils}}, cherche dans le BTP",
    ),
    (
        "ccas",
        "accueil_physique",
        "Agent d'accueil [[PERSONNE:Jean-Marc]], {{30 ans}} de maison. Il connaît tout le monde : « la famille [[PERSONNE:Lambert]], c'est la troisième génération qu'on voit ici ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une ancienne résidente relogée : Mme [[PERSONNE:Ginette Berthier]], [[ADRESSE:10 rue de Belfort, 70200 Lure]]. Son chien s'appelle {{Filou}}. Bailleur {{Habitat 70}}, réf locataire [[IDENTIFIANT:H70-228591]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La secrétaire reçoit un appel de la gendarmerie : accident sur l'{{A36}}, {{3 blessés}} attendus. Tout le monde se met en place en {{5 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Erreur classique : elle donne son n° de sécu au lieu du n° alloc ! [[NIR:2 00 01 25 388 205 06]] → « non ça c'est la sécu » → alloc [[N_ALLOCATAIRE:1580627]]. [[PERSONNE:Océane]], née à {{Montbéliard}}, rit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ouedraogo]] veut un RDV physique. L'agent propose {{Nevers}} le {{12}} à {{14h30}}. Tel [[TELEPHONE:06 03 58 21 94]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller en télétravail le mercredi, il me montre son planning : {{15 entretiens}} téléphoniques. « le tel c'est pratique, mais on voit pas les gens ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur lit son ordre de mission :\nalloc [[N_ALLOCATAIRE:2964370]]\nadr [[ADRESSE:45 av. Boucicaut, 71100 Chalon-sur-Saône]]\ntel [[TELEPHONE:07 82 15 39 64]]\nimmat déclarée [[IMMATRICULATION:fz-561-lk]] (en minuscules dans le logiciel)\nMme [[PERSONNE:Morgane Sauvageot]]",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : l'assuré a repris le travail hier. L'agent raye la ligne sur sa liste. Il en a {{6}} aujourd'hui.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Salah Eddine Bouras]] appelle pour sa domiciliation, il donne son mail : [[EMAIL:salah.bouras21 arobase yahoo.fr]]. L'agente répète lettre par lettre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente, [[PERSONNE:Mélissa]], montre sa carte {{Malakoff Humanis}} n° [[IDENTIFIANT:MH-00871264]]. Carte vitale ok. Elle dit qu'elle est née en [[DATE_NAISSANCE:quatre-vingt-dix-neuf]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice, [[PERSONNE:Nathalie]], reçoit [[PERSONNE:Yacouba Coulibaly]] pour le {{contrat de séjour}}. Il a un compte {{Nickel}} : [[IBAN:FR76 1660 7000 3214 0587 3629 067]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère, [[PERSONNE:Caroline Vernier]], m'explique le {{RSA}} avec {{15 heures}} d'activité. [[PERSONNE:Priscilla]] signe son contrat d'engagement, id [[ID_FRANCE_TRAVAIL:6039172U]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel du bailleur {{Néolia}} pour le tiers payant APL : allocataire [[PERSONNE:Kader Boudjema]], n° [[N_ALLOCATAIRE:1827350]], logement [[ADRESSE:3 rue de Bourgogne, 25200 Montbéliard]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme enceinte, [[PERSONNE:Assia]], déclare sa grossesse. DDN [[DATE_NAISSANCE:12/12/1999]], NIR [[NIR:2 99 12 21 231 302 52]]. L'agent la félicite 🎉.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Quentin Ferry]] donne son id FT : [[ID_FRANCE_TRAVAIL:5721906Z]] puis « ah non, ça c'est celui de ma copine » → [[ID_FRANCE_TRAVAIL:5721960Z]]. La conseillère lève les yeux au ciel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez la famille [[PERSONNE:Lakhdari]], [[ADRESSE:7 rue des Roses, 21300 Chenôve]]. Des {{rosiers}} partout dans le petit jardin. La mère, [[PERSONNE:Nassima]], demande une aide pour les lunettes de son fils.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{8 ans}}, [[PERSONNE:Liam]], bras cassé au foot. Le papa, [[PERSONNE:Jérôme Pillot]], donne sa carte de mutuelle n° [[IDENTIFIANT:0045719823]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel de l'{{hôpital de Nevers}} : sortie d'un patient sans domicile, [[PERSONNE:Jean-Luc]], {{61 ans}}. Réf SIAO [[IDENTIFIANT:SIAO58-7719]]. Place trouvée au {{CHRS}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "La Caf a installé une ludothèque dans la salle d'attente. {{4 enfants}} jouent aux {{Lego}}. Les parents sont plus calmes, dit l'agente.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ravelojaona]] → l'agent lui demande d'épeler : « [[PERSONNE:R-A-V-E-L-O]]… » elle s'arrête, trop long 😂. mail [[EMAIL:h.ravelojaona@gmail.com]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité : M. [[PERSONNE:Dimitri Lambert]] a besoin d'une réparation, carte grise [[IMMATRICULATION:DV-943-PC]], devis du {{Garage des Trois Ponts}}, {{650 €}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur, [[PERSONNE:Rachid Benyoucef]], me dit qu'il a été allocataire lui-même. Contrôle chez M. [[PERSONNE:Loïc Grandjean]], [[ADRESSE:2 rue Pasteur, 89000 Auxerre]]. RAS.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame, [[PERSONNE:Emine]], vient avec son dossier de surendettement de la {{Banque de France}}, n° [[IDENTIFIANT:0890123456789]]. L'agente l'aide à lister ses dettes.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le fils laisse son tel pour être rappelé : [[TELEPHONE:zéro six, cinquante, quatre-vingt-douze, treize, zéro huit]], pour sa mère [[PERSONNE:Fatma Öztürk]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier de {{capital décès}} : Mme [[PERSONNE:Annick Masson]] pour son mari [[PERSONNE:Gérard]]. RIB : [[IBAN:FR76 1080 7000 8862 0931 7844 007]]. L'agente prend son temps, {{40 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Da Costa]] demande son attestation employeur ; le conseiller la lui envoie par mail [[EMAIL:dacosta.sonia@free.fr]]. id [[ID_FRANCE_TRAVAIL:3140856H]]",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais, [[ADRESSE:18 rue de Mulhouse, 90000 Belfort]] : M. [[PERSONNE:Kamel]] a une vieille voiture immatriculée en Suisse [[IMMATRICULATION:JU 28417]], achetée à un ami de {{Delémont}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le logiciel plante à {{10h12}}. {{15 min}} sans écran, les agents continuent au téléphone. « On fait comme avant ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur, [[PERSONNE:Wang Wei]], touriste, douleur thoracique, passeport chinois n° [[IDENTIFIANT:E58204731]]. L'agent cherche un interprète sur son tel.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mbappé]] (« aucun lien avec {{Kylian Mbappé}} » dit-elle avant qu'on demande 😄) veut un duplicata d'attestation {{CSS}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un élu appelle pour la famille [[PERSONNE:Benali]], expulsion prévue. L'agente note leur tel : [[TELEPHONE:03 80 51 27 64]].",
    ),
]

# Batch 7 (ind162-211 … 240).
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Compte belge ! [[IBAN:BE66 0631 2845 7943]] → l'agent : « on ne verse que sur un compte {{SEPA}}… ok c'est SEPA ». M. [[PERSONNE:Jonas Vandenberghe]], n° alloc [[N_ALLOCATAIRE:3390512]], a vécu à {{Liège}} {{10 ans}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle au [[ADRESSE:9 rue Lamartine, 58000 Nevers]]. M. [[PERSONNE:Sébastien Rigaud]] est là, avec une minerve. {{3 min}}. L'agent est gêné d'avoir dérangé.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'agent de contrôle me montre son badge et sa lettre de mission. Il dit que les gens croient souvent qu'il vient de la police. Il fait {{80 km}} par jour dans la {{Nièvre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie solidaire : carte n° [[IDENTIFIANT:ES-0412]] au nom de [[PERSONNE:Valérie Thomas]]. Elle a droit à {{30 €}} par semaine, elle prend surtout des pâtes et du lait.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame laisse ses coordonnées pour le {{Noël des aînés}} : [[PERSONNE:Huguette Perrin]], [[TELEPHONE:03 86 72 40 18]], née le [[DATE_NAISSANCE:4 juillet 1940]], [[ADRESSE:6 rue du Château, 89000 Auxerre]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj, {{7h45}} : radio {{Nostalgie}}, café, pain. Un résident aide l'agent à débarrasser. Personne ne parle beaucoup.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} du {{Doubs}} rappelle une famille : une place se libère au {{CHRS}}. M. [[PERSONNE:Hovhannisyan]] demande « c'est qui qui parle ? », l'écoutante épelle son prénom : [[PERSONNE:C-É-L-I-N-E]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame veut savoir si son mari, [[PERSONNE:Raymond Duthu]], né le [[DATE_NAISSANCE:12 octobre 1947]], a été admis. L'agent vérifie avec la date de naissance avant de répondre quoi que ce soit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un appelant demande le temps d'attente « pour savoir s'il vient ». L'agent : « je ne peux pas vous dire, venez si c'est urgent, sinon appelez votre médecin ou le {{116 117}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Nkemdirim]] veut que l'{{AAH}} arrive sur un nouveau compte : [[IBAN:FR76 1213 5000 9008 4771 2695 377]]. L'agent demande un RIB papier, elle l'a en photo sur {{WhatsApp}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez [[PERSONNE:Aurore Duval]], [[ADRESSE:15 rue de Lyon, 71000 Mâcon]]. Son ex, [[PERSONNE:Mickaël]], est là « pour les enfants ». Le contrôleur lui demande sa carte d'identité, n° [[IDENTIFIANT:180721500493]] : même adresse dessus 😕.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dictée rapide, l'agent répète tout :\n« id [[ID_FRANCE_TRAVAIL:0284519D]], né le [[DATE_NAISSANCE:vingt-trois mars quatre-vingt-huit]], code postal {{25000}} ». M. [[PERSONNE:Guillaume Brenet]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant étranger, [[PERSONNE:Carlos Mendoza]], s'inscrit : passeport colombien [[IDENTIFIANT:AR482913]], RIB [[IBAN:FR76 2004 1010 0807 8123 6451 976]], mail [[EMAIL:c.mendoza@etu.univ-fcomte.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller [[PERSONNE:Mathieu]] aide un monsieur à s'actualiser sur la borne. L'écran : « Bonjour [[PERSONNE:Karim BOUAZZA]] – identifiant [[ID_FRANCE_TRAVAIL:6315287F]] ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une famille en appartement {{ALT}}, [[ADRESSE:5 rue Castel, 21000 Dijon]] (quartier des {{Grésilles}}). Mme [[PERSONNE:Mariam Sissoko]] et {{4 enfants}}. Compteur {{Linky}} posé la veille.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour une aide ménagère chez M. [[PERSONNE:Jacques Morin-Vidal]], [[ADRESSE:21 rue Carnot 90000 Belfort]]. Il nous montre sa {{Légion d'honneur}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box d'accueil : « personne de confiance » : [[PERSONNE:Sofiane Haddouche]], tel [[TELEPHONE:+33 7 56 81 23 40]]. Patiente : [[PERSONNE:Lucie Faure]], {{19 ans}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« c'est le [[N_ALLOCATAIRE:1847263]]… non [[N_ALLOCATAIRE:1847236]] » (les deux derniers inversés). M. [[PERSONNE:Adrien Moutot]], il rappelle pour la {{troisième fois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : un écran fait défiler des offres ({{aide-soignant}}, {{cariste}}, {{serveur}}). Une affiche « {{1 jeune 1 solution}} ». {{9h20}}, {{7 personnes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de la {{Clinique Drevon}} pour un patient, M. [[PERSONNE:Kurt Hoffmann]], touriste allemand, carte {{CEAM}} n° [[IDENTIFIANT:80276005514093820176]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur, [[PERSONNE:Lucien]], passe chaque jeudi lire le journal. L'agente lui garde « {{L'Est Républicain}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "tel→[[TELEPHONE:07.61.28.94.05]]\nmial→[[EMAIL:a.oukili@gmail.com]] (typo, c mon clavier)\nalloc→[[N_ALLOCATAIRE:0916452]]\n[[PERSONNE:Amine Oukili]], {{APL}} coupée",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation des écoutants le mardi. Ce soir, binôme : un ancien et une nouvelle. Le {{115}} partage un logiciel avec le {{SIAO}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Théophile Nzeyimana]] vient pour ses {{IJ}} non versées. Il tend un RIB {{BNP Paribas}} : [[IBAN:30004 00947 00010582731 15]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{HNFC}} à {{Trévenans}} : famille allemande, voiture [[IMMATRICULATION:LÖ-KM 482]] mal garée. Le fils, [[PERSONNE:Felix]], s'est cassé la cheville.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la route entre deux contrôles, le contrôleur m'explique le {{datamining}} : les dossiers sont ciblés par un score de risque. Il n'aime pas trop.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Pham]] appelle pour la cantine de son fils [[PERSONNE:Minh]], né le [[DATE_NAISSANCE:9 septembre 2014]]. {{QF}} à recalculer. Tel [[TELEPHONE:06 18 27 49 53]]",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère : « vous êtes bien Mme [[PERSONNE:Benmoussa]], née le [[DATE_NAISSANCE:14 mai 1979]] ? » — « oui ». id [[ID_FRANCE_TRAVAIL:7708413B]]. RDV fixé en visio.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient alcoolisé, se présente comme « [[PERSONNE:Bébert]] ». L'agente le connaît : c'est [[PERSONNE:Albert Roussel]], IPP [[IDENTIFIANT:P19007732]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sortie du {{CHRS}} vers un logement {{Loge.GBM}} : [[PERSONNE:Nadia Mansour]] rend ses clés. Nouvelle adresse : [[ADRESSE:33 rue de Dole, 25000 Besançon]]. L'équipe applaudit 👏.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks; return (text, entities, keep) with Python offsets, end exclusive."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build_notes():
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
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
