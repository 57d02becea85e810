"""Hand-written evaluation notes for the anonymiser (corpus n° 50), with inline marks.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. Running this
script strips the marks, computes the offsets and the keep lists, numbers the notes
``ind50-001`` ... ``ind50-240`` in writing order, draws a stratified 120 / 120 split with
``random.Random(50)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# Caf home inspections (contrôles sur place): the emphasis of this corpus.
CAF_CSP_1 = [
    (
        CAF,
        CSP,
        "9h40 on arrive avec [[PERSONNE:Sandrine]] (controleuse {{Caf}} depuis 12 ans) au [[ADRESSE:14 rue de la Marne, 56100 Lorient]]. Sur la boite aux lettres 2 noms : [[PERSONNE:LE BIHAN]] et [[PERSONNE:KERDONCUFF]]. Mme [[PERSONNE:Le Bihan]] declare vivre seule avec ses 2 enfants ({{RSA majoré}}). [[PERSONNE:Sandrine]] ne dit rien, note tout.",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources. Le monsieur sort ses relevés de compte {{Crédit Mutuel de Bretagne}} sur {{3 mois}}, la contrôleuse recopie l'IBAN [[IBAN:FR76 1027 8360 0000 0204 5890 114]] parce que c'est pas le même que celui enregistré au {{dossier}}. Il dit qu'il a changé de banque en {{janvier}}, personne ne lui a dit qu'il fallait le déclarer.",
    ),
    (
        CAF,
        CSP,
        "Visite inopinée, personne. Avis de passage laissé dans la boîte. Le contrôleur ([[PERSONNE:Erwan]]) m'explique : si pas de réponse sous {{15 jours}} les droits {{APL}} peuvent être suspendus ({{article L114-19 du code de la sécurité sociale}} pour le droit de communication, il me le cite de tête).",
    ),
    (
        CAF,
        CSP,
        "Dans la cuisine un courrier {{EDF}} au nom de [[PERSONNE:Yannick Guégan]] posé sur le frigo. Mme [[PERSONNE:Hamon]] dit que c'est son ex, « il a jamais fait le changement d'adresse ». Réf client sur la facture : [[IDENTIFIANT:3002 154 877]]. Le contrôleur {{photographie}}.",
    ),
    (
        CAF,
        CSP,
        "Voiture garée devant le pavillon : {{Peugeot 3008}} grise [[IMMATRICULATION:FK-482-PL]]. Madame dit qu'elle n'a pas de voiture. La contrôleuse (Mme [[PERSONNE:Ferhat]]) note la {{plaque}} sans commentaire, on verra au fichier.",
    ),
    (
        CAF,
        CSP,
        "Ce qui me frappe : le contrôleur, [[PERSONNE:Gaël]], ne juge pas. Il pose les {{questions}} dans le même ordre à chaque fois (composition du foyer, logement, ressources, banque). Il dit « je constate, c'est la {{commission}} qui décide ».",
    ),
    (
        CAF,
        CSP,
        "quittances de loyer presentees : proprio = M. et Mme [[PERSONNE:Rouxel]], loyer {{480€}} + {{35€}} charges, signées à la main. Le controleur demande le tel du proprio : [[TELEPHONE:06 71 24 88 13]]. il appellera demain pour verifier que le logement est bien loué à madame seule.",
    ),
    (
        CAF,
        CSP,
        "{{2e visite de la matinée}}. Appart au 3e sans ascenseur, [[ADRESSE:5 square de Galicie, Rennes]]. Deux brosses à dents, des chaussures d'homme {{taille 44}} dans l'entrée. Mme [[PERSONNE:Diallo]] : « c'est mon frère, il passe ». Le contrôleur demande si le frère a une adresse ailleurs. Silence.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur vérifie le numéro allocataire sur sa tablette avant de sonner : [[N_ALLOCATAIRE:2154873]]. Il me montre l'écran {{CRISTAL}}, c'est là qu'il voit tout l'historique des droits depuis {{2019}}.",
    ),
    (
        CAF,
        CSP,
        "Fiches de paie sur la table, employeur {{SARL Transports Le Floch}}, {{1 612,40 €}} net en mars, {{1 890 €}} en avril avec heures sup. Monsieur n'avait déclaré que {{1 200 €}} sur sa {{déclaration trimestrielle}} {{RSA}}. Il dit qu'il pensait qu'on déclarait le brut ??",
    ),
    (
        CAF,
        CSP,
        "voisine du dessous interpellée dans l'escalier, spontanément : « le monsieur avec la {{camionnette blanche}} il dort là tous les soirs hein ». Le contrôleur ne relance pas, il m'explique après qu'un {{témoignage de voisin}} seul ne suffit jamais, il faut un faisceau d'indices.",
    ),
    (
        CAF,
        CSP,
        "Monsieur [[PERSONNE:Bertrand Tessier]], né le [[DATE_NAISSANCE:11/02/1963]] à {{Angers}}, vérifie son NIR avec nous sur sa carte vitale : [[NIR:1 63 02 49 007 161 51]]. Le contrôleur constate une erreur de saisie sur le dossier {{Caf}} (un chiffre inversé), ce qui bloquait l'{{AAH}} depuis {{juin}}. Contrôle qui finit en faveur de l'allocataire, ça arrive aussi.",
    ),
    (
        CAF,
        CSP,
        "Pas de nom sur la sonnette. La gardienne de l'immeuble, Mme [[PERSONNE:Pires]], nous dit que Mme habite {{au 4e gauche}} « avec son copain, un grand, il part à 5h le matin ». Le contrôleur note {{« déclaration tiers »}} dans son rapport, sans le nom de la gardienne.",
    ),
    (
        CAF,
        CSP,
        "Dossier de fraude présumée signalé par la {{cellule lutte contre la fraude}}. {{Signalement anonyme}} reçu par courrier. Allocataire : [[PERSONNE:Kevin Le Goff]], dossier [[N_ALLOCATAIRE:0897412]]. On arrive, la porte est ouverte, il nous fait entrer direct. Très calme. Il a l'air de s'y attendre.",
    ),
    (
        CAF,
        CSP,
        "Voiture immatriculée à l'étranger devant la maison ([[IMMATRICULATION:1-KPZ-338]], {{belge}}). Monsieur dit qu'elle est à son cousin. Le contrôleur vérifie la carte grise, au nom de [[PERSONNE:Mehdi Benali]]. Le cousin ?? on ne saura pas.",
    ),
    (
        CAF,
        CSP,
        "Trajet en voiture de service entre deux contrôles, 25 min. Le contrôleur me parle de la {{charte du contrôle}}, des {{droits de la personne contrôlée}}, du délai de {{10 jours}} pour faire des observations sur le rapport. Beaucoup plus encadré que je pensais. Il me laisse son mail pour mes questions : [[EMAIL:erwan.coat@caf35.cnafmail.fr]].",
    ),
    (
        CAF,
        CSP,
        "Relevé bancaire {{La Banque Postale}} : virements réguliers de {{300 €}} libellés « VIR [[PERSONNE:DUVAL J]] LOYER ». Madame explique que c'est sa sœur qui lui rembourse un prêt. La contrôleuse demande une attestation sur l'honneur de la sœur + sa pièce d'identité.",
    ),
    (
        CAF,
        CSP,
        "Mme [[PERSONNE:Gwenaëlle Riou]], née [[PERSONNE:Le Corre]], RSA + {{prime d'activité}}. Contrôle du bail : propriétaire [[PERSONNE:Jean-Paul Briand]], [[TELEPHONE:02 97 64 31 08]], bail de {{2021}}, {{52 m²}}. Pas de colocataire mentionné. RAS sur le logement.",
    ),
    (
        CAF,
        CSP,
        "Le jardin est plein de jouets, trampoline, piscine gonflable. Monsieur [[PERSONNE:Quentin Ribeiro]] déclare 1 enfant à charge. Il a en fait la garde alternée de 2 autres (ceux de sa compagne). Compagne non déclarée. Le contrôleur lui explique calmement ce que ça change pour l'{{APL}} et le {{RSA}}. Monsieur baisse la tête.",
    ),
    (
        CAF,
        CSP,
        "on voit l'IBAN du compte joint sur le relevé : [[IBAN:FR76 1450 5000 0108 0012 3456 723]], titulaires M. OU MME [[PERSONNE:PICHON]]. Madame se dit {{séparée}} depuis {{2022}}. Le compte joint est toujours actif.",
    ),
    (
        CAF,
        CSP,
        "Impression : l'appartement est très propre, presque vide, comme si quelqu'un avait {{rangé}} avant. Le contrôleur me dit que ça ne veut rien dire, « certains rangent parce qu'ils ont peur, c'est tout ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{AAH}} + {{APL}} chez M. [[PERSONNE:Lucas Perrot]], [[ADRESSE:3 impasse des Genêts, 35510 Cesson-Sévigné]]. Il vit chez ses parents en fait ? Non, c'est une dépendance au fond du jardin, avec un bail. Loyer {{250 €}}. Le père, M. [[PERSONNE:Perrot]], est le bailleur : location à un ascendant/descendant = pas d'{{APL}}. Le contrôleur lui explique, c'est la loi.",
    ),
    (
        CAF,
        CSP,
        "Le boîtier de sonnette indique « [[PERSONNE:MARTINEZ]] / [[PERSONNE:COLIN]] ». Madame [[PERSONNE:Colin]] : « c'est l'ancienne locataire, j'ai jamais changé l'étiquette ». Vérif auprès du bailleur {{Aiguillon Construction}} : réf locataire [[IDENTIFIANT:L-0045872]], un seul nom au bail.",
    ),
    (
        CAF,
        CSP,
        "Pause café dans la voiture. Le contrôleur ([[PERSONNE:Stéphane Rolland]]) a 6 contrôles par jour au max, beaucoup sont des vérifs de situation, pas de la fraude. Sur l'année, il me dit qu'environ 1 sur 5 donne lieu à un rappel, et très peu à une {{pénalité}}.",
    ),
    (
        CAF,
        CSP,
        "madame a un nouvel emploi en intérim ({{Adecco}} puis {{Synergie}}), pas déclaré à la {{Caf}} depuis 4 mois. Bulletins de salaire : matricule salarié [[IDENTIFIANT:00048271]]. Elle dit « j'ai cru que l'agence le faisait ». Indu estimé par le contrôleur : environ {{1 400 €}} de {{prime d'activité}} trop perçue. Elle pleure.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur m'explique les plaques : il note toujours l'immat des véhicules devant le domicile ([[IMMATRICULATION:EG 518 TR]] aujourd'hui) mais ne peut pas interroger le {{SIV}} lui-même, il faut passer par la {{cellule fraude}}.",
    ),
    (
        CAF,
        CSP,
        "11h15. Appartement [[ADRESSE:Résidence Les Hortensias, bât C, 12 allée Pierre de Coubertin, 44800 Saint-Herblain]]. Visite pour vérif de la résidence en {{France}} : madame a passé 7 mois au {{Sénégal}} l'an dernier. Tampons sur le passeport n° [[IDENTIFIANT:18CK44102]] confirment. Condition de résidence > {{6 mois}} / an non remplie.",
    ),
    (
        CAF,
        CSP,
        "Rapport rédigé dans la voiture, sur la {{tablette}}. Rubriques : « constats », « déclarations de l'allocataire », « pièces consultées », « conclusion ». Le contrôleur fait relire à voix haute au public ? Non, il envoie le rapport par courrier, l'allocataire a {{10 jours}} pour répondre.",
    ),
    (
        CAF,
        CSP,
        "M. [[PERSONNE:Olivier Marchand]] reçoit le contrôleur en peignoir à 10h. Il travaille de nuit chez {{Lactalis}} ({{usine de Vitré}}). Ok. Il montre ses 3 derniers bulletins, tout correspond à la {{DTR}}. Contrôle clos en 20 min.",
    ),
    (
        CAF,
        CSP,
        "Dans la boîte aux lettres qui déborde, des courriers pour Mme [[PERSONNE:Sylvie Jaouen]], M. [[PERSONNE:Damien Jaouen]] et un avis de la {{CPAM}} pour [[PERSONNE:Théo Jaouen]]. L'allocataire déclare vivre seule avec [[PERSONNE:Théo]]...",
    ),
]

CAF_CSP_2 = [
    (
        CAF,
        CSP,
        "Contrôle chez un couple qui se dit séparé sous le même toit. Deux chambres effectivement, {{deux frigos}} (!). Le contrôleur : « c'est rare mais ça existe ». Il regarde les factures, les assurances, qui paie quoi. {{Pas de conclusion sur place}}.",
    ),
    (
        CAF,
        CSP,
        "Madame donne son {{tél}} pour la suite : [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro cinq]], elle le dit lentement pour que le contrôleur note. Et son mail [[EMAIL:nathalie.corbel56@gmail.com]].",
    ),
    (
        CAF,
        CSP,
        "Logement {{Néotoa}} à {{Fougères}}. Le contrôleur vérifie la présence effective : lit fait, vêtements, nourriture dans le frigo, courrier récent. Tout est là. Il me dit « 80 % de mes contrôles c'est ça : vérifier que les gens vivent bien là où ils disent ».",
    ),
    (
        CAF,
        CSP,
        "relevé {{Boursorama}} de monsieur, IBAN [[IBAN:FR76 1660 6100 2000 0987 6123 490]] : virements entrants de {{Vinted}} et {{Leboncoin}}, environ {{600 €}}/mois. Il dit qu'il vend les affaires de ses enfants. Le contrôleur note mais explique que les ventes occasionnelles d'objets perso ne sont pas des revenus.",
    ),
    (
        CAF,
        CSP,
        "Le propriétaire est là pendant le contrôle (il habite au {{rez-de-chaussée}}). M. [[PERSONNE:Lemaître]], très bavard, donne son numéro sans qu'on le demande : [[TELEPHONE:06.58.33.20.17]]. Il confirme que la locataire vit seule « depuis que l'autre est parti, en septembre ».",
    ),
    (
        CAF,
        CSP,
        "Monsieur nous montre sa carte de séjour, n° [[IDENTIFIANT:7503 218 904]] (numéro {{AGDREF}}), valable jusqu'en {{2027}}. Le contrôleur vérifie la régularité du séjour, condition pour les {{prestations familiales}}. OK.",
    ),
    (
        CAF,
        CSP,
        "Personne à l'adresse indiquée ([[ADRESSE:22 bis route de Lorient, 56700 Hennebont]]). Une voisine sort : « la dame a déménagé à {{Lanester}} il y a 2 mois, chez sa mère ». Changement d'adresse non signalé, les {{APL}} continuent d'être versées au bailleur.",
    ),
    (
        CAF,
        CSP,
        "Je retiens la phrase du contrôleur [[PERSONNE:Franck]] en sortant : « je ne suis pas là pour piéger, je suis là pour que le droit soit juste, dans les deux sens ». Il a récupéré {{320 €}} de rappel pour une madame la semaine dernière.",
    ),
    (
        CAF,
        CSP,
        "Le fils de madame, [[PERSONNE:Dylan]], 19 ans, vit là et travaille en CDI chez {{Leclerc}} depuis {{octobre}}. Ses salaires n'ont pas été déclarés dans les ressources du foyer. Impact {{RSA}} et {{APL}}. Madame ne savait pas qu'il fallait le compter.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place chez un étudiant, colocation de 4. Bail collectif, chacun touche l'{{ALS}}. Le contrôleur vérifie les 4 noms sur le bail : [[PERSONNE:Hugo Lemoine]], [[PERSONNE:Inès Baudry]], [[PERSONNE:Tom Gautier]], [[PERSONNE:Sarah Kaci]]. Tous présents sauf [[PERSONNE:Tom]] (en stage à {{Brest}}).",
    ),
    (
        CAF,
        CSP,
        "Mme née le [[DATE_NAISSANCE:3 novembre 1992]] à {{Nantes}}, NIR lu sur l'attestation {{Ameli}} : [[NIR:2 92 11 44 109 027 07]]. Le contrôleur vérifie que c'est bien la même personne que sur le dossier {{Caf}}, car il y a 2 homonymes dans le fichier.",
    ),
    (
        CAF,
        CSP,
        "Pas grand chose à noter sur ce contrôle. Madame [[PERSONNE:Boulanger]] a tout préparé dans une {{pochette plastique}}, dans l'ordre. {{15 minutes}}. Le contrôleur la remercie. Elle demande si elle va avoir des problèmes. Réponse : non.",
    ),
    (
        CAF,
        CSP,
        "Véhicule de luxe dans l'allée ({{BMW X5}}), plaque [[IMMATRICULATION:GH-901-AZ]]. Monsieur au {{RSA}} depuis 3 ans. Il dit que c'est une voiture de société de son beau-frère. Le contrôleur note, et me dit qu'il demandera la carte grise par droit de communication.",
    ),
    (
        CAF,
        CSP,
        "On sonne chez M. [[PERSONNE:Pascal Ollivier]], [[ADRESSE:8 rue du Moulin, Guingamp]]. Sa compagne ouvre, puis dit qu'elle ne vit pas là. Ses affaires sont partout. Le contrôleur demande son nom : [[PERSONNE:Karine Lebreton]]. Elle a une adresse à {{Saint-Brieuc}} chez sa mère, dit-elle.",
    ),
    (
        CAF,
        CSP,
        "le controleur appelle l'employeur depuis la voiture pour confirmer les dates de contrat ({{Boulangerie Le Fournil de Kerlann}}), le patron M. [[PERSONNE:Nicol]] répond au [[TELEPHONE:02 96 43 18 72]] : CDD du {{1er mars}} au {{31 mai}}. Concorde avec les déclarations.",
    ),
    (
        CAF,
        CSP,
        "Ce matin, {{l'ordre de mission porte 3 noms}} et 3 adresses. Le contrôleur les a imprimées. 1re adresse : [[ADRESSE:41 avenue Henri Fréville, 35200 Rennes]], allocataire [[PERSONNE:Aminata Koné]]. Personne. {{Avis de passage. On repart}}.",
    ),
    (
        CAF,
        CSP,
        "Madame reçoit une pension alimentaire de son ex ({{200 €}}/mois) qui n'apparait nulle part. Elle montre le jugement, RG n° [[IDENTIFIANT:21/03587]], {{tribunal judiciaire de Vannes}}. Le contrôleur explique que ça doit être déclaré. Elle : « mais il paye une fois sur deux ». Ils discutent de l'{{ASF}} et de l'{{ARIPA}}.",
    ),
    (
        CAF,
        CSP,
        "à noter : la contrôleuse Mme [[PERSONNE:Le Roux]] {{parle breton}} avec la mamie de l'allocataire, ça détend tout le monde. {{87 ans}}, la mamie.",
    ),
]

CAF_CSP_3 = [
    (
        CAF,
        CSP,
        "Monsieur vit dans un mobil-home, [[ADRESSE:camping municipal du Lac, emplacement 17, Ploërmel]], à l'année. Le contrôleur vérifie le contrat de location de l'emplacement. {{APL}} possible sur un mobil-home si c'est la résidence principale, il me l'apprend.",
    ),
    (
        CAF,
        CSP,
        "Compte au {{Portugal}} : madame reçoit des virements sur un IBAN portugais, [[IBAN:PT65 0035 0651 0000 4587 1230 6]], loyers d'une maison héritée là-bas. Non déclarés. Le contrôleur demande l'acte de succession. Elle dit « mais c'est une ruine, ça rapporte 150 € ». Les {{150 €}} comptent quand même.",
    ),
    (
        CAF,
        CSP,
        "Sur le frigo, aimanté, un planning de travail au nom de [[PERSONNE:Steven]] ({{McDonald's}} de {{Lorient}}). Madame dit qu'elle ne connaît pas de [[PERSONNE:Steven]]. Puis : « ah si, c'est mon neveu ». Le contrôleur laisse passer un long silence.",
    ),
    (
        CAF,
        CSP,
        "Vérif du véhicule déclaré (achat à crédit) : {{Renault Clio}} [[IMMATRICULATION:7342 VH 35]], vieille plaque. Le crédit est au nom du père. RAS.",
    ),
    (
        CAF,
        CSP,
        "Madame est très inquiète, elle a reçu le courrier annonçant le contrôle et n'a pas dormi. Le contrôleur prend {{10 min}} juste pour expliquer que ce n'est pas une accusation. J'ai trouvé ça beau, honnêtement.",
    ),
    (
        CAF,
        CSP,
        "Contrôle suite à dénonciation. Lettre anonyme : « Mme [[PERSONNE:Laurent]] vit avec M. [[PERSONNE:Jérôme Vaillant]] qui travaille chez {{Airbus}} depuis 2 ans ». Le contrôleur me dit que 9 lettres sur 10 viennent d'ex-conjoints ou de voisins fâchés.",
    ),
    (
        CAF,
        CSP,
        "Monsieur nous tend sa carte d'identité, n° [[IDENTIFIANT:X4RT72KL9]], et son livret de famille. Né le [[DATE_NAISSANCE:17 juin 1975]] à {{Brest}}. Le contrôleur recopie le NIR depuis l'attestation de droits : [[NIR:1 75 06 29 019 233 23]].",
    ),
    (
        CAF,
        CSP,
        "10h05 - 10h50. Contrôle {{prime d'activité}}. Auto-entrepreneur ({{SIRET}} {{812 345 671 00018}}), livreur {{Uber Eats}}. Le contrôleur lui demande ses relevés {{URSSAF}}, il ne les a pas. Il a tout sur son appli. On regarde ensemble sur son téléphone, il donne son numéro pour la suite : [[TELEPHONE:07 58 14 92 36]].",
    ),
    (
        CAF,
        CSP,
        "Madame a un {{compte Facebook public}}, [[IDENTIFIANT:@cindy.lmrt29]], où elle poste des photos avec un homme qui semble vivre chez elle. Le contrôleur me dit qu'il n'a PAS le droit de s'en servir {{comme preuve seule}}, mais que la cellule fraude regarde parfois.",
    ),
    (
        CAF,
        CSP,
        "Le contrôle porte sur la résidence des enfants : 3 enfants déclarés à charge, seulement 2 lits. La grande ({{16 ans}}) vit chez son père, [[ADRESSE:10 rue Kéréon, 29000 Quimper]], depuis la rentrée. Les {{allocations familiales}} sont versées en double ? À vérifier avec la {{Caf du Finistère}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle en binôme avec une stagiaire. Elle s'appelle [[PERSONNE:Chloé]], {{2e semaine}}. Le contrôleur [[PERSONNE:Alain Bourdais]] lui fait mener l'entretien, la corrige doucement après. {{Transmission en direct}}.",
    ),
    (
        CAF,
        CSP,
        "quittance de {{mars}} : loyer {{620 €}}, signée « [[PERSONNE:R. Gicquel]] », quittance n° [[IDENTIFIANT:Q-2024-0311]]. Pb : le bailleur déclaré à la {{Caf}} s'appelle [[PERSONNE:Gicquel Roger]] mais le bail est au nom de la {{SCI Les Ajoncs}}. Le contrôleur va demander l'extrait {{Kbis}}.",
    ),
    (
        CAF,
        CSP,
        "Je demande au contrôleur combien de temps il met pour un rapport. Réponse : {{30 à 45 min}}, plus si fraude suspectée. Il en a 4 en retard. Le {{logiciel}} plante souvent en {{zone blanche}}.",
    ),
    (
        CAF,
        CSP,
        "Mme [[PERSONNE:Fatou Ndiaye]] ne parle pas bien français, sa fille de 12 ans traduit. Le contrôleur refuse que la petite traduise les questions sur les ressources, il appelle l'interprétariat ({{ISM}}). 20 min d'attente. Il a raison mais c'est long.",
    ),
    (
        CAF,
        CSP,
        "Monsieur présente un RIB allemand, [[IBAN:DE44 5001 0517 5407 3249 31]], il travaille comme frontalier à {{Sarrebruck}} une semaine sur deux ?? Le contrôleur n'a jamais vu ça à {{Rennes}}. Il va appeler le service {{international}} de la {{Cnaf}}.",
    ),
    (
        CAF,
        CSP,
        "Rien à relever, juste l'ambiance : odeur de tabac, télé allumée, chat sur le canapé (il s'appelle {{Caramel}}). Monsieur très poli, répond à tout. Tout est conforme.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur consulte le bulletin de paie de madame : employeur {{EHPAD Les Jardins d'Arvor}}, aide-soignante de nuit, {{1 745 €}} net. Le numéro de sécu imprimé dessus : [[NIR:2 79 07 35 288 052 84]] (née à {{Saint-Malo}} en {{juillet 1979}}, ça colle).",
    ),
    (
        CAF,
        CSP,
        "Voisin interrogé (il nous interpelle sur le palier) : M. [[PERSONNE:Gaudin]], {{appartement d'en face}}. Il dit que madame vit avec « un monsieur qui a {{une moto}} ». Le contrôleur le remercie et ne note rien devant lui.",
    ),
    (
        CAF,
        CSP,
        "Pas de boite aux lettres au nom de l'allocataire. Juste « FAMILLE [[PERSONNE:BOUCHER]] »... attends non, famille [[PERSONNE:BOUCHARD]] sur la boite d'à côté. Le facteur passe, le contrôleur lui demande : il livre bien au nom de madame dans {{la boite du 2e}}.",
    ),
    (
        CAF,
        CSP,
        "Fin de contrôle : monsieur signe la déclaration de situation sur la tablette. Le contrôleur lui laisse sa carte avec le numéro du service : {{3230}}, pas son portable. « Je ne donne jamais mon numéro perso ».",
    ),
    (
        CAF,
        CSP,
        "Monsieur touche l'{{AAH}} et vit en couple avec Mme [[PERSONNE:Véronique Prigent]], déclarée. Depuis la {{déconjugalisation}} d'{{octobre 2023}} le revenu de madame ne compte plus. Le contrôleur vérifie juste la situation, pas d'enjeu financier. Ça change tout pour eux.",
    ),
    (
        CAF,
        CSP,
        "Logement insalubre constaté pendant le contrôle (moisissures, fenêtre cassée, prise arrachée). Le contrôleur signale à la {{CAF}} pour la {{non-décence}} : consignation de l'{{APL}} possible. Bailleur : M. [[PERSONNE:Yves Le Guen]], [[ADRESSE:27 quai de Rohan, 56100 Lorient]], tél [[TELEPHONE:+33 6 12 98 45 07]].",
    ),
    (
        CAF,
        CSP,
        "le monsieur donne un email pour recevoir le rapport : [[EMAIL:j.tanguy [at] laposte.net]]. Le controleur le recopie {{2 fois}} pour être sûr.",
    ),
    (
        CAF,
        CSP,
        "On tombe sur l'ex-conjoint à la porte, qui vient chercher les enfants. Il s'appelle [[PERSONNE:Mickaël]], il donne spontanément son adresse à {{Bruz}} : [[ADRESSE:9 rue de la Poste, 35170 Bruz]]. Confirme la séparation depuis {{2023}}. Témoignage utile pour madame.",
    ),
    (
        CAF,
        CSP,
        "Le rapport mentionne : « Visite effectuée au domicile de M. [[PERSONNE:ABDELKADER Samir]], allocataire n° [[N_ALLOCATAIRE:3087425]], en présence d'un observateur du programme {{Vivez ma vie d'usager}} ». Je suis dans le rapport !",
    ),
    (
        CAF,
        CSP,
        "Un truc que je n'avais pas imaginé : les contrôleurs sont assermentés et agréés, ils prêtent serment devant le {{tribunal}}. Celui-ci a sa carte professionnelle autour du cou mais la retourne quand on entre « pour pas effrayer ».",
    ),
    (
        CAF,
        CSP,
        "Madame a {{2 cartes bancaires}}, dont une au nom de son compagnon [[PERSONNE:Anthony Morvan]]. Elle dit qu'il lui prête sa carte pour faire les courses. Le contrôleur note « {{éléments de vie commune}} : compte, véhicule ([[IMMATRICULATION:FB-226-QS]]), courrier ».",
    ),
]

# Caf counter and phone: mostly the follow-up of inspections and fraud suspicions.
CAF_AP = [
    (
        CAF,
        AP,
        "Monsieur arrive avec le rapport de contrôle reçu la veille, il conteste l'indu de {{2 340 €}}. L'agente ([[PERSONNE:Morgane]]) lui explique le recours amiable ({{CRA}}), délai {{2 mois}}. Il repart avec le formulaire.",
    ),
    (
        CAF,
        AP,
        "Ticket {{A052}}, attente {{35 min}}. Madame vient changer son RIB suite au contrôle : nouvel IBAN [[IBAN:FR76 1751 5900 0004 5123 9876 046]] ({{Caisse d'Épargne}}). L'agent le saisit, vérifie la clé, demande le RIB papier original.",
    ),
    (
        CAF,
        AP,
        "accueil sur RDV. Mme [[PERSONNE:Élodie Carré]], n° alloc [[N_ALLOCATAIRE:1629384]], déclare enfin sa vie maritale avec M. [[PERSONNE:Cédric Fouché]] depuis {{février}}. Elle a peur du contrôle. L'agente lui dit que déclarer spontanément c'est toujours mieux, pas de pénalité.",
    ),
    (
        CAF,
        AP,
        "Beaucoup de monde ce lundi. Une borne en panne, l'agent d'accueil oriente tout le monde vers les {{2 bornes}} restantes. Un monsieur s'énerve, le vigile s'approche. Ça se calme. 10h20.",
    ),
    (
        CAF,
        AP,
        "Un propriétaire vient au guichet ! M. [[PERSONNE:Henri Quéré]], il touche l'{{APL}} en tiers payant pour sa locataire et veut savoir pourquoi les versements sont suspendus. L'agent ne peut rien lui dire (secret), juste « la situation de votre locataire est en cours d'examen ». Il laisse son numéro : [[TELEPHONE:06 80 14 52 39]].",
    ),
    (
        CAF,
        AP,
        "La dame dépose une {{attestation d'hébergement}} signée par sa tante, Mme [[PERSONNE:Josiane Hervé]], [[ADRESSE:2 allée des Mimosas, 29000 Quimper]]. L'agent vérifie que la signature correspond à la pièce d'identité jointe.",
    ),
    (
        CAF,
        AP,
        "L'agente m'explique la différence entre une erreur et une fraude : l'intention. « Si la personne s'est trompée, c'est un indu, point. Si elle a menti exprès, c'est une fraude, et là c'est {{pénalité}} voire plainte. » Elle dit qu'elle voit surtout des erreurs.",
    ),
    (
        CAF,
        AP,
        "Jeune homme, 24 ans, vient demander la {{prime d'activité}}. Il a un identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:4418203K]] qu'il donne en même temps que son n° de sécu. L'agente lui dit que l'identifiant FT ne sert à rien ici, seul le NIR. Rires.",
    ),
    (
        CAF,
        AP,
        "monsieur [[PERSONNE:Hakim]] vient avec ses {{3 derniers relevés}} de compte surlignés en jaune : les virements de sa mère. Il veut prouver que ce ne sont pas des revenus. L'agente prend des copies, joint au dossier [[N_ALLOCATAIRE:2760041]].",
    ),
    (
        CAF,
        AP,
        "Madame [[PERSONNE:Roussel]] vient pour un échéancier de remboursement d'indu ({{1 870 €}}). L'agente propose {{50 €}}/mois retenus sur les prestations. Madame dit qu'elle ne peut pas. On descend à {{30 €}}. Plan signé.",
    ),
    (
        CAF,
        AP,
        "{{Borne}} -> {{espace libre-service}} -> {{agent}}. Parcours classique. 40 min au total pour une attestation de paiement. Le monsieur ne sait pas lire, personne ne lui a demandé.",
    ),
    (
        CAF,
        AP,
        "Une femme vient signaler que son ex-mari touche les {{allocations familiales}} alors que les enfants vivent chez elle depuis {{6 mois}}. Elle donne le nom de l'ex : [[PERSONNE:Grégory Lucas]], et son adresse actuelle [[ADRESSE:15 rue Jean Jaurès, 22000 Saint-Brieuc]]. L'agente prend la déclaration, transmet au service {{contrôle}}.",
    ),
    (
        CAF,
        AP,
        "L'agent saisit dans {{Nims}} le numéro de sécu donné à voix haute : « [[NIR:deux, soixante-huit, zéro un, cinquante-six, cent vingt et un, zéro zéro huit, clé soixante-sept]] ». Madame est née à {{Lorient}}, elle le précise, l'agent tape lentement.",
    ),
    (
        CAF,
        AP,
        "Personne âgée, très digne, vient rembourser en espèces un indu de {{87 €}}. L'agente explique que la {{Caf}} ne prend pas d'espèces, il faut aller à la {{Poste}} ou payer par virement. Le monsieur est perdu.",
    ),
    (
        CAF,
        AP,
        "Un agent du service contrôle descend au guichet pour rencontrer madame, convoquée. M. [[PERSONNE:Thierry Lozac'h]] se présente. Entretien dans le box fermé, {{25 min}}.",
    ),
    (
        CAF,
        AP,
        "Mme dépose son avis d'imposition, numéro fiscal [[IDENTIFIANT:3012 456 789 123]], pour justifier de ses revenus {{2023}}. L'agent scanne. Elle demande si le contrôle est fini. Il ne sait pas.",
    ),
    (
        CAF,
        AP,
        "L'agente [[PERSONNE:Leïla]] : « les gens croient qu'on les surveille, mais nous on voit juste ce qu'ils nous déclarent et ce que les impôts nous envoient ». Échange de données avec la {{DGFiP}} via le {{DRM}} (dispositif ressources mensuelles).",
    ),
    (
        CAF,
        AP,
        "Un monsieur demande pourquoi son {{RSA}} a baissé. Réponse de l'agent après 5 min sur l'écran : sa {{pension d'invalidité}} a été intégrée. Il n'avait pas compris que ça comptait.",
    ),
    (
        CAF,
        AP,
        "Grosse tension au guichet 3. Monsieur [[PERSONNE:Da Silva]] crie qu'on l'accuse de fraude. Courrier de la {{Caf}} : suspension pour « non-réponse au contrôle ». Il n'a jamais reçu l'avis de passage, il a changé d'adresse ({{nouvelle adresse}} : [[ADRESSE:6 rue Paul Bert, 44100 Nantes]]). L'agent fait la modif et relance le dossier.",
    ),
    (
        CAF,
        AP,
        "Pendant l'attente, une dame me montre spontanément sur son téléphone le SMS de la {{Caf}} (« votre dossier fait l'objet d'une vérification »), envoyé depuis le [[TELEPHONE:07 44 83 26 15]]. Elle me demande si c'est une arnaque. Bonne question, vu les faux SMS qui circulent.",
    ),
    (
        CAF,
        AP,
        "Madame donne un RIB espagnol pour son fils étudiant à {{Valence}} : [[IBAN:ES62 0182 2370 4102 0158 8312]]. L'agent dit que les prestations ne peuvent pas être versées à l'étranger pour ce cas. Elle repart agacée.",
    ),
    (
        CAF,
        AP,
        "Rdv 14h. Madame [[PERSONNE:Morvan]] ([[PERSONNE:Sophie]]) vient avec son nouveau bail. Propriétaire : {{Foncia}}, réf. locataire [[IDENTIFIANT:FON-77841203]]. L'agente refait le calcul {{APL}} devant elle : {{243 €}}.",
    ),
    (
        CAF,
        AP,
        "Observé : 11 personnes accueillies en 1h30. 4 pour des attestations, 3 pour des changements de situation, 2 pour des indus, 1 pour la {{prime de naissance}}, 1 « juste pour parler à quelqu'un ».",
    ),
    (
        CAF,
        AP,
        "Un homme vient {{déclarer le décès}} de sa femme. L'agente ([[PERSONNE:Patricia Le Meur]]) arrête tout, l'emmène dans le {{bureau fermé}}. Elle me dit ensuite : « ceux-là, on les prend toujours tout de suite ».",
    ),
    (
        CAF,
        AP,
        "La jeune femme a reçu un courrier lui demandant de rembourser {{4 200 €}} de {{RSA majoré}} : le contrôle a conclu à une {{vie maritale}} avec M. [[PERSONNE:Jordan Pelletier]]. Elle dit qu'ils ne sont qu'amis et qu'il « dort là parfois ». L'agent lui conseille l'association {{Droits d'urgence}} pour préparer son recours.",
    ),
]

CAF_TEL = [
    (
        CAF,
        TEL,
        "Plateforme {{3230}}, casque sur les oreilles. 1er appel : madame veut savoir quand passera le contrôleur. L'agente ([[PERSONNE:Maëlle]]) : « on ne prévient pas toujours, madame ». Durée {{4 min}}.",
    ),
    (
        CAF,
        TEL,
        "appel d'un bailleur privé, M. [[PERSONNE:Robic]], il demande si sa locataire Mme [[PERSONNE:Chevalier]] touche toujours l'APL. L'agent refuse de répondre (secret pro) et lui conseille de passer par le {{Caf-pro}}... non, pas pour les particuliers. Il raccroche fâché.",
    ),
    (
        CAF,
        TEL,
        "L'allocataire épelle son nom : « [[PERSONNE:K-E-R-V-E-L-L-A]], deux L ». Numéro allocataire [[N_ALLOCATAIRE:4102857]]. Elle veut savoir pourquoi on lui demande ses relevés de compte. Réponse : contrôle sur pièces, {{15 jours}} pour envoyer.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une voisine qui veut « signaler quelqu'un ». L'agente l'oriente vers le {{formulaire}} en ligne, ne prend pas la dénonciation par téléphone. Elle m'explique : « on ne prend pas les noms comme ça, sans écrit ». Appel suivant.",
    ),
    (
        CAF,
        TEL,
        "Monsieur appelle pour déclarer sa reprise d'emploi chez {{Stellantis}} ({{La Janais}}), CDI depuis le {{2 avril}}. Il donne son numéro de portable pour être rappelé : [[TELEPHONE:07 66 21 40 93]].",
    ),
    (
        CAF,
        TEL,
        "L'agent me montre le script : vérifier l'identité avec {{3 éléments}} (nom, date de naissance, adresse). La dame donne : [[PERSONNE:Nadège Bellec]], [[DATE_NAISSANCE:12/08/1973]], [[ADRESSE:18 rue de Brest, 22000 Saint-Brieuc]]. {{OK, identité validée}}.",
    ),
    (
        CAF,
        TEL,
        "Temps d'attente affiché côté usager : {{22 minutes}}. 6 appels en 1h. Aucun problème de fraude, que des questions de dates de versement (le {{5 du mois}}).",
    ),
    (
        CAF,
        TEL,
        "Appel difficile : un homme (M. [[PERSONNE:Rivoal]]) hurle que le contrôleur « a fouillé dans ses placards ». L'agente reste calme, explique que le contrôleur peut demander à voir les pièces du logement mais pas fouiller. Il veut porter plainte. Elle donne l'adresse du {{médiateur}} de la {{Caf}}.",
    ),
    (
        CAF,
        TEL,
        "madame [[PERSONNE:Lemarchand]] appelle pour donner son nouveau mail : [[EMAIL:lemarchand.isabelle@orange.fr]]. L'agent lui dit de le faire elle-même dans l'espace {{Mon Compte}}, mais le fait quand même parce qu'elle n'y arrive pas.",
    ),
    (
        CAF,
        TEL,
        "Une personne appelle pour sa {{mère hospitalisée}}. L'agent ne peut pas parler {{sans mandat}}. Le fils s'énerve puis comprend. Il enverra une {{procuration}}.",
    ),
    (
        CAF,
        TEL,
        "L'homme au téléphone lit son IBAN à voix haute pour le versement : « [[IBAN:FR soixante-seize, trois zéro zéro zéro deux, zéro cinq quatre huit un, zéro zéro zéro zéro quatre quatre neuf deux un cinq Z, zéro six]] ». L'agent refuse : un changement de RIB ne se fait jamais par téléphone, {{anti-fraude}}.",
    ),
    (
        CAF,
        TEL,
        "Appel du service contrôle d'une autre {{Caf}} ({{Caf de Loire-Atlantique}}) pour un {{transfert de dossier}}. L'agent donne le n° de dossier [[N_ALLOCATAIRE:5510328]] et le nom de l'allocataire, [[PERSONNE:Benoît Texier]]. Échange entre pros, rapide.",
    ),
    (
        CAF,
        TEL,
        "11h30 : pic d'appels après l'envoi massif des courriers de contrôle {{prime d'activité}}. Les agents ont une fiche réflexe. Je l'ai lue : « ne pas employer le mot fraude ».",
    ),
    (
        CAF,
        TEL,
        "Un propriétaire, M. [[PERSONNE:Guillou]], appelle depuis le [[TELEPHONE:02.98.44.61.20]] : sa locataire lui a dit que la {{Caf}} allait venir chez elle et il veut savoir s'il doit être présent. L'agente : non, pas nécessaire.",
    ),
    (
        CAF,
        TEL,
        "Mr donne son numéro {{France Travail}} au lieu du numéro alloc : [[ID_FRANCE_TRAVAIL:3907651 B]]. L'agent sourit, lui demande sa date de naissance à la place : le [[DATE_NAISSANCE:vingt-neuf avril quatre-vingt-quatre]].",
    ),
    (
        CAF,
        TEL,
        "Appel de {{14 minutes}} avec une dame âgée qui ne comprend pas le courrier de contrôle. L'agent relit le courrier mot par mot. À la fin elle dit « merci ma petite ». Il a 35 ans et s'appelle [[PERSONNE:Julien]].",
    ),
    (
        CAF,
        TEL,
        "madame veut faire opposition à un prélèvement de la {{Caf}} (retenue sur indu). L'agent explique que ce n'est pas un prélèvement bancaire mais une retenue sur prestations. Confusion totale. 9 min.",
    ),
    (
        CAF,
        TEL,
        "Écoute double d'un appel entrant : Mme [[PERSONNE:Aurélie Jestin]], [[ADRESSE:Lieu-dit Kerhuel, 29600 Morlaix]], signale un changement : son compagnon vient s'installer chez elle au {{1er juin}}. L'agente : « merci de le déclarer, vraiment, c'est rare qu'on appelle pour ça ».",
    ),
    (
        CAF,
        TEL,
        "Le {{serveur vocal}} propose {{5 choix}}. Aucun ne correspond à « j'ai reçu un contrôleur et je ne comprends pas ». Les gens {{tapent 0}} et tombent sur la {{file générale}}.",
    ),
    (
        CAF,
        TEL,
        "{{Rappel programmé}} : l'agente rappelle un usager au [[TELEPHONE:06 24 77 10 58]], il ne répond pas. Message laissé, sans le motif {{(confidentialité)}}.",
    ),
]

# Ordinary varied notes on the other sites.
CPAM_NOTES = [
    (
        CPAM,
        AP,
        "Accueil {{CPAM}} de {{Rennes}}, {{cours des Alliés}}. Ticket {{B14}}. Monsieur vient pour sa carte vitale perdue. L'agente ([[PERSONNE:Valérie]]) lui fait la demande sur {{Ameli}} avec lui, il n'avait jamais créé de compte.",
    ),
    (
        CPAM,
        AP,
        "Dame enceinte, 7 mois, vient pour la déclaration de grossesse qui n'a jamais été reçue. Attente {{50 min}} debout, pas de chaise libre. Personne ne lui a proposé de passer devant. Je l'ai signalé à l'agent de sécurité.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Yusuf Demir]] présente son titre de séjour (n° [[IDENTIFIANT:4402187356]]) pour ouvrir ses droits {{PUMa}}. L'agent lui demande aussi un justificatif de résidence stable depuis {{3 mois}}.",
    ),
    (
        CPAM,
        AP,
        "Monsieur vient contester un refus d'{{indemnités journalières}}. L'agent lui imprime le {{relevé des IJ}}. Son NIR s'affiche en gros à l'écran, tourné vers la salle : [[NIR:1 90 12 75 118 306 46]]. Je le fais remarquer, l'agent tourne l'écran.",
    ),
    (
        CPAM,
        AP,
        "{{C2S}} : l'agente aide Mme [[PERSONNE:Marie-Thérèse Gourvès]], 71 ans, à remplir le formulaire. Mutuelle actuelle : {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:H7731902]]. Elle paie {{96 €}}/mois, avec la {{C2S}} ce sera {{30 €}} environ.",
    ),
    (
        CPAM,
        AP,
        "Rien de spécial sur ce créneau : renouvellements de carte vitale, 2 questions sur le {{médecin traitant}}, une attestation de droits. Les agents sont 3 pour 40 personnes.",
    ),
    (
        CPAM,
        AP,
        "La jeune fille (18 ans) veut son propre compte {{Ameli}}, détachée de ses parents. Elle donne son mail : [[EMAIL:lea.morin2006@hotmail.fr]]. Née le [[DATE_NAISSANCE:2006-03-14]]. L'agent crée le compte avec elle en 10 min.",
    ),
    (
        CPAM,
        AP,
        "Borne {{Ameli}} en libre-service, un monsieur n'arrive pas à imprimer son attestation. Le jeune en service civique ([[PERSONNE:Nathan]]) l'aide. Le monsieur me dit : « sans lui je serais reparti ».",
    ),
    (
        CPAM,
        AP,
        "Conflit : madame veut un remboursement de lunettes ({{Optic 2000}}, facture n° [[IDENTIFIANT:OPT-2024-88213]]) que sa complémentaire refuse. L'agent explique que la {{CPAM}} a remboursé sa part, le reste c'est la mutuelle. Elle ne comprend pas la différence.",
    ),
    (
        CPAM,
        AP,
        "{{14h10}}, pic d'affluence, {{23 personnes}}. Un agent fait le « pré-accueil » debout avec une tablette pour trier. Bonne idée. Les gens apprécient d'être vus tout de suite.",
    ),
    (
        CPAM,
        TEL,
        "Plateforme {{3646}}. Monsieur appelle pour savoir où en est son remboursement. L'agent lui demande son numéro de sécu : [[NIR:1 95 10 13 205 447 50]]. Il est né à {{Marseille}} mais vit à {{Lorient}} depuis 2 ans, dossier jamais muté.",
    ),
    (
        CPAM,
        TEL,
        "Appel d'une pharmacienne ({{Pharmacie des Halles}}) pour une question de tiers payant. Pas de données patient échangées, juste une question de code.",
    ),
    (
        CPAM,
        TEL,
        "Une dame appelle pour son père décédé, elle veut récupérer le {{capital décès}}. L'agent lui demande son {{lien de parenté}}, son adresse [[ADRESSE:4 rue des Écoles, 53000 Laval]] et un numéro de rappel : [[TELEPHONE:02 43 56 19 82]].",
    ),
    (
        CPAM,
        TEL,
        "J'écoute 8 appels en 1h. Très répétitif : cartes vitales, remboursements, {{arrêts de travail}}. L'agent dit que les gens sont plus agressifs au téléphone qu'au guichet.",
    ),
    (
        CPAM,
        TEL,
        "madame [[PERSONNE:Pauline Guérin]] appelle pour un arrêt maladie non indemnisé. Son employeur ({{Super U}} de {{Betton}}) n'a pas envoyé l'attestation de salaire. L'agent propose de contacter l'employeur, elle donne le nom du RH : M. [[PERSONNE:Lebas]].",
    ),
    (
        CPAM,
        TEL,
        "Un monsieur dicte son numéro de mutuelle {{MGEN}} : [[IDENTIFIANT:2 184 557 903]]. L'agent lui rappelle que la {{CPAM}} n'a pas accès aux contrats de mutuelle. Fin d'appel.",
    ),
    (
        CPAM,
        TEL,
        "Très bel appel : l'agent [[PERSONNE:Karim]] aide une dame sourde, via le relais {{Acceo}} (interprète en langue des signes en visio). Je ne savais pas que ça existait.",
    ),
    (
        CPAM,
        TEL,
        "Appel pour une demande de {{CSS}}... non, {{C2S}}. Monsieur donne sa date de naissance, [[DATE_NAISSANCE:2 février 1958]], et son adresse à {{Bastia}} ? Il appelle la mauvaise caisse, l'agent le transfère vers la {{CPAM de Haute-Corse}}.",
    ),
    (
        CPAM,
        TEL,
        "Question sur un {{avis d'arrêt de travail}} envoyé en double. L'agent annule l'un des deux. {{3 minutes}}. Rien d'autre.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail avec un agent de la {{CPAM}} (pas un médecin). Mme [[PERSONNE:Laëtitia Hamel]], [[ADRESSE:31 rue de Fougères, 35700 Rennes]], en arrêt pour lombalgie. Elle est là, en pyjama. Contrôle de présence OK, pendant les heures de sortie interdites ({{9h-11h}}).",
    ),
    (
        CPAM,
        CSP,
        "Personne au domicile lors du contrôle d'arrêt. L'agent laisse un avis. Il m'explique que la personne sera convoquée et que les {{IJ}} peuvent être suspendues si pas de justification.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez M. [[PERSONNE:Éric Blanchard]] : arrêt de 3 mois, mais le voisin dit qu'il travaille au noir sur des chantiers. Son utilitaire ({{Renault Master}} [[IMMATRICULATION:DZ-741-KB]]) n'est pas là. Monsieur est absent. L'agent note.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle chez une patiente en {{HAD}}, pour vérifier la conformité des soins facturés par l'infirmier libéral ([[PERSONNE:Franck Le Du]]). 4 passages/jour facturés, la patiente dit qu'il passe 2 fois. Dossier transmis au {{service fraude}}.",
    ),
    (
        CPAM,
        CSP,
        "La contrôleuse me dit qu'elle fait surtout des vérifs d'arrêts courts répétés, signalés par l'employeur via la {{contre-visite}}. Aujourd'hui 4 visites prévues, 2 personnes présentes.",
    ),
    (
        CPAM,
        CSP,
        "Madame ouvre avec son bébé dans les bras. {{Congé maternité}}, pas un arrêt maladie, erreur de la liste. L'agent s'excuse, on repart. {{5 minutes}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle transport : un taxi conventionné ({{Taxi Armor}}) facture des trajets pour M. [[PERSONNE:Roger Le Pape]], dialysé, 3 fois par semaine. Monsieur confirme les trajets. Plaque du taxi relevée : [[IMMATRICULATION:CV 612 PH]]. Tout correspond.",
    ),
    (
        CPAM,
        CSP,
        "Monsieur, arrêt pour dépression, nous reçoit. Il parle longtemps de son chef, M. [[PERSONNE:Ledoux]], de l'entreprise ({{Biocoop}}). L'agent l'écoute sans l'interrompre puis lui donne le numéro du {{service social de l'Assurance Maladie}}. Pas du tout un contrôle « sanction ».",
    ),
]

CCAS_NOTES = [
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Lanester}}. Mme [[PERSONNE:Brigitte Le Moal]] vient demander une aide pour sa facture d'électricité ({{Engie}}, réf. client [[IDENTIFIANT:600 412 873 951]]). L'agente monte le dossier {{FSL}} énergie. {{312 €}} d'impayé.",
    ),
    (
        CCAS,
        AP,
        "{{Accueil très familial}}, les agentes connaissent tout le monde par leur prénom. Un monsieur, [[PERSONNE:Roland]], vient juste {{boire un café}} et lire le journal. Elles le laissent faire. « Ici c'est aussi ça ».",
    ),
    (
        CCAS,
        AP,
        "Demande de domiciliation : monsieur sans adresse depuis {{6 mois}}, dort dans sa voiture ({{Citroën Berlingo}} [[IMMATRICULATION:AX-318-MN]]). L'agent enregistre la domiciliation au {{CCAS}}, il pourra recevoir son courrier ici.",
    ),
    (
        CCAS,
        AP,
        "Une jeune maman demande un colis alimentaire. L'agente l'oriente vers l'{{épicerie solidaire}} ({{Le Panier d'Elise}}) et lui donne un bon. Pas de nom demandé. 5 min.",
    ),
    (
        CCAS,
        AP,
        "M. [[PERSONNE:Serge]], 62 ans, demande de l'aide pour remplir son dossier retraite ({{Carsat}}). Il donne son NIR de mémoire : [[NIR:1 58 12 2B 033 004 88]], « né à {{Bastia}} mais breton de cœur ». L'agente rit.",
    ),
    (
        CCAS,
        AP,
        "{{Aide facultative}} pour des lunettes : la commission se réunit le {{jeudi}}, montant max {{150 €}}. La dame repart avec un récépissé, sans savoir si ce sera accepté.",
    ),
    (
        CCAS,
        AP,
        "madame [[PERSONNE:Nguyen]] vient pour la {{téléassistance}} de sa mère (90 ans, [[ADRESSE:7 rue Saint-Melaine, 35000 Rennes]]). L'agente explique la tarification selon les revenus. La fille donne son tél : [[TELEPHONE:06 31 09 87 44]].",
    ),
    (
        CCAS,
        AP,
        "File d'attente dehors à {{8h45}}, il pleut. {{Le CCAS ouvre à 9h}} pile. Personne ne fait entrer les gens avant. Je note.",
    ),
    (
        CCAS,
        AP,
        "L'agent du {{CCAS}} aide un monsieur à faire sa demande {{MDPH}}, référence dossier [[IDENTIFIANT:MDPH-35-2024-004127]]. Le dossier traîne depuis 8 mois. Il appelle la {{MDPH}} devant nous, 25 min d'attente au téléphone.",
    ),
    (
        CCAS,
        AP,
        "{{Dossier de demande de logement social}}. Numéro unique : [[IDENTIFIANT:035 22 04 07412]]. L'agente vérifie que la demande est à jour, sinon elle tombe {{au bout d'un an}}. Elle était à {{3 jours}} de tomber.",
    ),
    (
        CCAS,
        TEL,
        "Appel d'une voisine inquiète : « la vieille dame du 3e, Mme [[PERSONNE:Guillemot]], on la voit plus depuis 4 jours ». L'agente appelle les pompiers et le {{SSIAD}}. On saura le soir qu'elle était hospitalisée.",
    ),
    (
        CCAS,
        TEL,
        "Standard du {{CCAS}} : 12 appels dans l'heure. Questions sur le {{plan canicule}}, sur les horaires, un monsieur qui veut parler au maire.",
    ),
    (
        CCAS,
        TEL,
        "L'agente inscrit un monsieur au {{registre canicule}} : [[PERSONNE:Marcel Le Gall]], né le [[DATE_NAISSANCE:08/05/1939]], [[ADRESSE:12 rue des Tanneurs, 56000 Vannes]], tél [[TELEPHONE:02 97 47 22 61]]. {{Il vit seul}}, pas de famille proche.",
    ),
    (
        CCAS,
        TEL,
        "Une {{assistante sociale du département}} appelle pour un {{dossier commun}}. Elle donne son mail pro : [[EMAIL:c.lagadec@morbihan.fr]]. Échange sur une famille suivie, {{sans nom au téléphone}} (ils ont un code).",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un fils qui vit à {{Lyon}}, sa mère est à {{Vannes}} et ne va pas bien. Il veut une aide à domicile. L'agente lui explique l'{{APA}}, l'oriente vers le {{CLIC}}. Pas de nom donné.",
    ),
    (
        CCAS,
        TEL,
        "le monsieur au téléphone ne veut pas donner son nom, demande juste s'il a droit à une aide pour sa cantine scolaire. L'agente répond avec le barème ({{quotient familial}} < {{650}}). Respect de l'anonymat, bien.",
    ),
    (
        CCAS,
        TEL,
        "Mme [[PERSONNE:Hélène Abgrall]] rappelle pour la {{3e fois cette semaine}} pour son {{bon de chauffage}}. L'agente : « je sais madame, c'est en cours ». Son numéro s'affiche : [[TELEPHONE:06 63 28 14 07]]. L'agente me dit qu'elle est très seule.",
    ),
    (
        CCAS,
        TEL,
        "Appel de {{Enedis}} pour signaler une coupure imminente chez un usager fragile. L'agente demande l'adresse : {{3 place de la Mairie, 29200 Brest}}... non, c'est l'adresse de la mairie annexe, pas du domicile ! Erreur de l'agent Enedis. Rappel.",
    ),
    (
        CCAS,
        TEL,
        "Une personne demande l'adresse du CCAS. L'agent la donne ({{place de la République}}, à côté de la {{médiathèque}}). Fin.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec la travailleuse sociale ([[PERSONNE:Anne-Sophie]]) chez un {{couple âgé}}, [[ADRESSE:La Ville Neuve, 22200 Pommerit-le-Vicomte]]. Évaluation pour le {{portage de repas}}. La maison est froide, {{le poêle}} ne marche plus.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez un monsieur signalé par le bailleur pour incurie. Appartement encombré jusqu'au plafond. Le {{chien}} ({{Rocky}}) est adorable. L'agente prend le temps, ne juge pas. Pas de nom dans mes notes.",
    ),
    (
        CCAS,
        CSP,
        "Domicile de Mme [[PERSONNE:Simone Lefeuvre]], {{84 ans}}. Évaluation pour une {{aide ménagère}}. Sa fille [[PERSONNE:Catherine]] est là, elle donne son portable : [[TELEPHONE:07 81 55 63 29]]. La dame montre fièrement ses {{orchidées}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite enquête pour une aide exceptionnelle (loyer impayé). Bail au nom de M. [[PERSONNE:Antoine Corre]], [[ADRESSE:19 rue de Quimper, 29000 Quimper]]... pardon le bail est au nom de sa femme aussi, Mme [[PERSONNE:Laure Corre]]. 2 mois de retard, {{1 100 €}}.",
    ),
    (
        CCAS,
        CSP,
        "On passe 1h30 chez une dame isolée. Elle parle de son mari décédé, de la guerre d'Algérie, de ses petits-enfants à {{Toulouse}}. L'évaluation prend 10 min, le reste c'est de l'écoute. L'agente : « c'est peut-être la seule visite de sa semaine ».",
    ),
    (
        CCAS,
        CSP,
        "visite domicile {{ASE}}/CCAS conjointe. Famille [[PERSONNE:Le Berre]], 4 enfants, logement trop petit (T2). Demande de mutation {{bailleur social}}, réf. [[IDENTIFIANT:BS-2023-118745]]. L'agente va appuyer le dossier en commission.",
    ),
    (
        CCAS,
        CSP,
        "Rien à noter de personnel, le monsieur a {{refusé la visite}} au dernier moment, sur le pas de la porte. L'agente n'insiste pas. {{« C'est son droit »}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite dans un {{mobil-home}} : Mme [[PERSONNE:Christelle]], [[ADRESSE:aire d'accueil de la Prairie, place 6, 56100 Lorient]]. Dossier {{RSA}} + demande de logement. Elle veut rester sur l'aire. L'agente ne pousse pas.",
    ),
]

URG_NOTES = [
    (
        URG,
        AP,
        "Urgences {{CHU Pontchaillou}}, accueil IOA. 22h15. Monsieur, plaie à la main (disqueuse). L'IOA crée le dossier : [[PERSONNE:Jonathan Rault]], IPP [[IDENTIFIANT:P00872341]]. Tri {{niveau 3}}, attente estimée {{2h}}.",
    ),
    (
        URG,
        AP,
        "Salle d'attente pleine, 34 personnes. Un écran affiche les temps d'attente, personne ne le regarde. Une dame âgée sur un brancard dans le couloir depuis {{6h}}.",
    ),
    (
        URG,
        AP,
        "L'infirmière d'accueil ([[PERSONNE:Soizic]]) demande la {{carte vitale}}. La dame ne l'a pas. Nom, prénom, date de naissance : [[PERSONNE:Jeanne Morel]], [[DATE_NAISSANCE:14 janvier 1941]]. Sa voisine l'a amenée, elle a laissé son numéro : [[TELEPHONE:06 19 84 33 72]].",
    ),
    (
        URG,
        AP,
        "Patient arrivé en ambulance privée ({{Ambulances Océane}}), sans papiers. L'agent administratif cherche dans le logiciel avec juste un nom de famille : [[PERSONNE:Ferreira]]. 11 homonymes.",
    ),
    (
        URG,
        AP,
        "Un jeune homme en détresse psy, accompagné par la police. Tout le monde reste très calme. L'IOA l'installe dans le {{box 4}} au calme. Je ne note pas plus.",
    ),
    (
        URG,
        AP,
        "L'agente des admissions demande la mutuelle : {{Mutuelle de Bretagne}}, n° adhérent [[IDENTIFIANT:MB-0045129-01]]. Le patient ne sait pas s'il est à jour. Elle fait une prise en charge à l'ancienne, par fax !",
    ),
    (
        URG,
        AP,
        "Nuit du samedi, {{2h du matin}}. Alcoolisations, {{1 rixe}}, {{1 AVP}}. Les vigiles sont 2. Une maman avec un bébé fébrile attend au milieu de tout ça. L'IOA la fait passer en {{salle pédiatrique}}.",
    ),
    (
        URG,
        AP,
        "Monsieur étranger (touriste allemand), passeport n° [[IDENTIFIANT:C4F7K29LM]], carte européenne d'assurance maladie. L'agent d'admission galère avec le formulaire {{S1}}... non, c'est la {{CEAM}}. Interprète par téléphone.",
    ),
    (
        URG,
        AP,
        "{{Personne sans domicile}}, connue du service : « [[PERSONNE:Dédé]] ». Il vient presque tous les soirs quand il fait froid. L'équipe le connaît, lui donne un café, un {{lit brancard}} s'il y a de la place.",
    ),
    (
        URG,
        AP,
        "Délai entre l'arrivée et le premier contact médical : {{3h40}} pour un monsieur avec une douleur abdominale. Il finit par partir sans être vu. Le cadre (M. [[PERSONNE:Peron]]) me dit que c'est 5 à 8 % des patients.",
    ),
    (
        URG,
        TEL,
        "Régulation {{SAMU}} ({{15}}). L'ARM décroche : une femme appelle pour son mari qui ne respire plus bien. Adresse : [[ADRESSE:11 chemin de la Lande, 35760 Saint-Grégoire]]. Envoi {{SMUR}} en 40 secondes.",
    ),
    (
        URG,
        TEL,
        "L'assistant de régulation me dit qu'il prend 150 appels par garde. Beaucoup pour des conseils, « est-ce que je dois aller aux urgences ». Il oriente vers la {{maison médicale de garde}}.",
    ),
    (
        URG,
        TEL,
        "Appel d'un EHPAD ({{EHPAD Les Charmilles}}) pour une chute. L'infirmière donne le nom de la résidente : Mme [[PERSONNE:Odette Bihan]], née le [[DATE_NAISSANCE:02.09.1931]]. Le médecin régulateur décide de l'envoyer aux urgences.",
    ),
    (
        URG,
        TEL,
        "Appel d'une mère paniquée : son fils de {{3 ans}} a avalé une pile. Le régulateur (Dr [[PERSONNE:Samuel Ohana]]) garde le calme, envoie une équipe. Numéro de rappel : [[TELEPHONE:07 52 36 91 18]].",
    ),
    (
        URG,
        TEL,
        "Les {{urgences}} appellent la famille d'un patient inconscient. Le fils répond au [[TELEPHONE:06 47 12 58 90]]. L'infirmière confirme l'identité : [[PERSONNE:Michel Thébault]], vit [[ADRESSE:2 rue de Nantes, 35500 Vitré]].",
    ),
    (
        URG,
        TEL,
        "Un hôpital d'une autre ville ({{CH de Saint-Malo}}) appelle pour un transfert. Les deux médecins (Dr [[PERSONNE:Guillaume]] et Dr [[PERSONNE:Ba]]) parlent en jargon pendant {{6 min}}. Je ne comprends rien.",
    ),
    (
        URG,
        TEL,
        "{{Standard des urgences}} : une dame appelle pour savoir si sa mère est arrivée. L'agent ne peut rien dire au {{téléphone}}. Elle devra {{venir}}. Elle pleure.",
    ),
    (
        URG,
        TEL,
        "Appel d'un {{médecin traitant}}, Dr [[PERSONNE:Le Floc'h]], pour prévenir de l'arrivée d'un patient. Il laisse son mail : [[EMAIL:cabinet.lefloch@medecin.mssante.fr]].",
    ),
    (
        URG,
        TEL,
        "Appel répété ({{4e fois}}) d'un monsieur alcoolisé, connu. Le régulateur le connaît par son prénom, [[PERSONNE:Patrick]]. Il lui parle 2 min, l'apaise. {{Pas d'envoi de moyens}}.",
    ),
]

CHRS_NOTES = [
    (
        CHRS,
        AP,
        "{{CHRS}} {{L'Escale}}, accueil de jour. Un homme arrive avec son sac, orienté par le {{115}}. L'éducateur ([[PERSONNE:Yohann]]) lui fait visiter : douches, laverie, bagagerie. « On verra les papiers demain ».",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission : Mme [[PERSONNE:Amira Haddad]] et ses 2 enfants, orientée par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO35-2024-03318]]. Hébergée avant à l'{{hôtel Première Classe}}, chambre 214. Elle a fui un conjoint violent.",
    ),
    (
        CHRS,
        AP,
        "Petit déjeuner collectif. 14 résidents. On parle foot, météo, et du chat du foyer ({{Moustache}}). Personne ne parle de sa situation. L'éduc me dit que c'est voulu.",
    ),
    (
        CHRS,
        AP,
        "Un résident, M. [[PERSONNE:Traoré]], montre sa convocation à la {{préfecture}}, récépissé n° [[IDENTIFIANT:3501 4478 22]]. L'éducatrice l'aide à préparer les pièces. Il a peur d'y aller seul, elle l'accompagnera.",
    ),
    (
        CHRS,
        AP,
        "Règlement intérieur lu avec un nouvel arrivant : pas d'alcool, pas de visite en chambre, retour avant {{23h}}. Il signe. Le papier est en français seulement, il parle pachto.",
    ),
    (
        CHRS,
        AP,
        "{{Atelier CV}} à la {{bagagerie sociale}}. Un {{CV modèle}} affiché au mur, au nom de « [[PERSONNE:Pierre Martin]] ». Un résident dit « c'est qui lui ? ». Rires.",
    ),
    (
        CHRS,
        AP,
        "L'éducatrice aide [[PERSONNE:Kevin]] (27 ans) à ouvrir un compte bancaire. Refus de 2 banques. Droit au compte via la {{Banque de France}}, dossier envoyé. Son futur IBAN ? pas encore.",
    ),
    (
        CHRS,
        AP,
        "Un résident revient ivre à {{1h du matin}}. Le {{veilleur de nuit}} ([[PERSONNE:Ousmane]]) le laisse entrer, l'installe, lui donne de l'eau. Pas de sanction ce soir, on en parle demain. Humanité.",
    ),
    (
        CHRS,
        AP,
        "{{Réunion de synthèse}}. On parle de {{5 résidents}} par leurs initiales seulement. Bonne pratique, je trouve.",
    ),
    (
        CHRS,
        AP,
        "Mme [[PERSONNE:Valentina Popescu]] (roumaine) donne à l'éducatrice son IBAN roumain pour le versement de son {{RSA}}, qui ne peut pas être fait : [[IBAN:RO39 BTRL 0130 1205 S624 1807]]. Il faut un compte français. Nouveau rdv à la {{Poste}}.",
    ),
    (
        CHRS,
        TEL,
        "Permanence {{115}} du {{Morbihan}}, 19h30. Appel d'un homme à la rue à {{Vannes}}, gare. L'écoutante ([[PERSONNE:Julie]]) cherche une place : plus rien. Elle lui propose la halte de nuit de la {{Croix-Rouge}}.",
    ),
    (
        CHRS,
        TEL,
        "115 : une femme appelle avec 3 enfants, sa voiture est son seul abri ({{Dacia Logan}} [[IMMATRICULATION:BN-557-XA]]). Elle est sur le parking du {{Leclerc}} de {{Lanester}}. L'écoutant envoie une maraude.",
    ),
    (
        CHRS,
        TEL,
        "{{15 appels en 1h}}, {{2 places attribuées}}. Le reste : {{« rappelez demain à 9h »}}. L'écoutant ([[PERSONNE:Bastien]]) me dit qu'il déteste cette phrase.",
    ),
    (
        CHRS,
        TEL,
        "Appel d'un monsieur qui donne son nom : [[PERSONNE:Rachid B-E-N-S-A-I-D]], il épelle. Date de naissance : le [[DATE_NAISSANCE:5/11/78]]. L'écoutant le retrouve dans le logiciel {{SI-SIAO}}, il est connu.",
    ),
    (
        CHRS,
        TEL,
        "Un travailleur social du {{CHU}} appelle le 115 pour une sortie d'hospitalisation sans solution. Il donne son numéro direct : [[TELEPHONE:02 99 28 43 17]] poste {{4127}}. L'écoutant note.",
    ),
    (
        CHRS,
        TEL,
        "Appel silencieux. Puis une voix d'ado : « c'est pour dormir ». 16 ans. L'écoutant ([[PERSONNE:Loïc]]) bascule sur l'{{ASE}} d'astreinte. Procédure mineur.",
    ),
    (
        CHRS,
        TEL,
        "Un homme appelle depuis une {{cabine}}... non, depuis le portable d'un {{passant}}, M. [[PERSONNE:Hervé]] qui donne son numéro pour qu'on rappelle : [[TELEPHONE:06 02 71 39 84]]. Gentillesse ordinaire.",
    ),
    (
        CHRS,
        TEL,
        "{{Nuit calme. 4 appels}}. Une dame veut juste parler. L'écoutante reste {{20 min avec elle}}. Elle dit que ça fait partie du job, même si ce n'est pas « dans la mission ».",
    ),
    (
        CHRS,
        CSP,
        "Tour des chambres avec le chef de service. {{Chambre 6}} : M. [[PERSONNE:Lionel Besnard]], tout est rangé, photos de ses filles au mur. {{Chambre 7}} vide depuis hier.",
    ),
    (
        CHRS,
        CSP,
        "Visite des logements diffus du {{CHRS}} : appartement [[ADRESSE:23 boulevard de Verdun, 35000 Rennes]], 3e gauche, occupé par Mme [[PERSONNE:Nadia Belkacem]] et son fils. Le chauffe-eau fuit, l'éducatrice prend une photo pour le bailleur.",
    ),
    (
        CHRS,
        CSP,
        "Contrôle des chambres (hygiène, sécurité). L'éducateur frappe, attend, frappe encore. Il n'entre jamais sans que la personne soit là. {{Plaque électrique}} interdite trouvée, discussion tranquille.",
    ),
    (
        CHRS,
        CSP,
        "Visite au {{foyer Adoma}}, chambre 12, d'un résident suivi. Il cuisine un mafé. Il nous en propose. Son titre de séjour expire dans 3 semaines (n° [[IDENTIFIANT:3502 117 886]]), le rdv préfecture n'est pas pris.",
    ),
    (
        CHRS,
        CSP,
        "Chambre 3 : la résidente, [[PERSONNE:Manon]], 22 ans, a des dessins partout. Elle prépare un {{CAP}} petite enfance. Elle me montre son compte Instagram [[IDENTIFIANT:@manon.dessine]] fièrement.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement en {{bail glissant}} à [[ADRESSE:4 allée de Bretagne, 56600 Lanester]]. Le monsieur, [[PERSONNE:Gilles]], va bientôt avoir le bail à son nom. Il est fier de son balcon et de {{ses tomates}}.",
    ),
    (
        CHRS,
        CSP,
        "Inspection incendie avec l'agent de sécurité. {{Extincteurs}} ok, {{issue de secours}} encombrée par des vélos. Rien de personnel.",
    ),
    (
        CHRS,
        CSP,
        "Chambre 9, couple avec bébé. Le papa, [[PERSONNE:Samba Diop]], montre fièrement la promesse d'embauche ({{Sodexo}}, CDI). Date d'entrée : {{1er septembre}}. L'équipe commence la recherche de logement.",
    ),
]

FT_NOTES = [
    (
        FT,
        AP,
        "Agence {{France Travail}} {{Rennes Ouest}}. Monsieur vient pour une radiation qu'il ne comprend pas. Identifiant : [[ID_FRANCE_TRAVAIL:5821047M]]. Absence à un rdv dont il n'a jamais reçu la convocation (courrier dans son espace, il n'y va jamais). Le conseiller ([[PERSONNE:Romain]]) annule la radiation.",
    ),
    (
        FT,
        AP,
        "Zone libre-service : {{8 ordinateurs}}, 2 en panne. Un jeune en service civique ([[PERSONNE:Ilyes]]) aide {{3 personnes à la fois}}. Impressionnant de patience.",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Claire Le Naour]], 54 ans, licenciée de {{Doux}} il y a longtemps, cherche dans l'agroalimentaire. Le conseiller lui montre l'offre n° {{178QKXW}} ({{Cooperl}}, {{Lamballe}}). Elle dit « encore des abattoirs ».",
    ),
    (
        FT,
        AP,
        "Inscription d'un jeune de 19 ans. Identifiant créé : [[ID_FRANCE_TRAVAIL:6013 582 P]]. Email : [[EMAIL:enzo.le-borgne@outlook.fr]]. Il a besoin du {{CEJ}}, orienté vers la {{Mission locale}}.",
    ),
    (
        FT,
        AP,
        "File d'attente de {{20 min pour déposer}} un papier dans une boîte. Pas d'agent à l'accueil, juste un vigile et {{une borne.}}",
    ),
    (
        FT,
        AP,
        "Le conseiller fait le point sur l'{{ARE}} de monsieur : {{42,18 €}} brut/jour, fin de droits en {{novembre}}. Son IBAN a changé, il donne le RIB : [[IBAN:FR76 1380 7007 5130 1210 7845 651]]. Le conseiller le saisit en direct.",
    ),
    (
        FT,
        AP,
        "Atelier « {{rédiger son CV}} » : {{6 participants}}. Le formateur projette un exemple « [[PERSONNE:Sophie Durand]], {{assistante comptable}} ». Une participante dit « elle a de la chance, [[PERSONNE:Sophie]] ». Personne ne rit.",
    ),
    (
        FT,
        AP,
        "Un monsieur sourd, venu sans interprète. Le conseiller écrit sur un papier. {{30 min pour ce qui}} aurait pris {{5 min. Aucune}} solution d'interprétariat {{LSF}} sur place.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Abdoulaye Sow]] présente son titre de séjour ({{autorisation de travail}}) pour s'inscrire. N° de titre : [[IDENTIFIANT:7701 442 615]]. {{Identifiant FT}} attribué : [[ID_FRANCE_TRAVAIL:7209938F]].",
    ),
    (
        FT,
        AP,
        "Rdv « diagnostic » de 45 min. La conseillère Mme [[PERSONNE:Audrey Pasquier]] pose beaucoup de questions sur la mobilité : pas de permis, pas de voiture, bus toutes les heures depuis {{Montauban-de-Bretagne}}. Frein principal identifié.",
    ),
    (
        FT,
        AP,
        "Madame, ex-auxiliaire de vie, donne son ancien employeur ({{ADMR}}) et son identifiant : [[ID_FRANCE_TRAVAIL:2287140 Z]]. Le conseiller lui propose une formation {{AES}} financée par la {{Région}}.",
    ),
    (
        FT,
        TEL,
        "Plateforme {{3949}}. Un demandeur appelle pour son paiement en retard. Il donne son identifiant : [[ID_FRANCE_TRAVAIL:4 4 0 1 2 9 7 R]], en épelant chaque chiffre. Problème d'attestation employeur manquante.",
    ),
    (
        FT,
        TEL,
        "Le conseiller appelle une entreprise ({{Lidl}}, entrepôt de {{Liffré}}) pour proposer un candidat. La RH, Mme [[PERSONNE:Caroline Fleury]], demande le CV par mail : [[EMAIL:recrutement.liffre@lidl.fr]].",
    ),
    (
        FT,
        TEL,
        "Appels sortants de relance : {{10 demandeurs}} à contacter pour un {{job dating}}. 4 répondent. 2 intéressés. Le conseiller ([[PERSONNE:Thomas Briand]]) laisse des messages aux autres.",
    ),
    (
        FT,
        TEL,
        "Appel d'une dame qui ne comprend pas pourquoi son allocation est {{« dégressive »}}. Le conseiller, [[PERSONNE:Raoul Cadiou]], explique pendant {{12 min}}. Elle : « donc je touche moins parce que je cherche bien ? ». Silence.",
    ),
    (
        FT,
        TEL,
        "Monsieur [[PERSONNE:Florent Joly]] appelle pour une formation de cariste. Né le [[DATE_NAISSANCE:23/07/1988]]. Identifiant [[ID_FRANCE_TRAVAIL:3176590H]]. Le conseiller l'inscrit à l'info collective de {{jeudi 9h}}.",
    ),
    (
        FT,
        TEL,
        "Un demandeur appelle, très en colère, contre son conseiller précédent, M. [[PERSONNE:Lucas]] (parti en {{retraite}}). « Il m'a jamais rappelé ». Le nouveau conseiller écoute, ne défend pas l'ancien.",
    ),
    (
        FT,
        TEL,
        "Rdv téléphonique programmé. Le conseiller appelle au [[TELEPHONE:06 91 37 28 50]], tombe sur la messagerie, rappelle 10 min après. Entretien {{CEJ}} de 25 min.",
    ),
    (
        FT,
        TEL,
        "Le conseiller m'explique les contrôles de la {{recherche d'emploi (CRE)}} : ils sont une équipe dédiée, ils regardent l'espace personnel, les candidatures. {{Pas de contrôle ce matin}}.",
    ),
    (
        FT,
        TEL,
        "Une dame appelle pour sa fille, [[PERSONNE:Jade]], {{20 ans}}, qui a {{perdu ses codes}}. Identifiant de la fille : [[ID_FRANCE_TRAVAIL:8840216 D]]. Le conseiller demande à parler à la fille directement. Elle est à côté, ok.",
    ),
    (
        FT,
        TEL,
        "Appel d'un employeur, boulangerie {{Au Pain d'Antan}} à {{Dinan}}, qui veut déposer une offre. Le patron laisse son portable : [[TELEPHONE:zéro six, soixante-quinze, trente-trois, quatre-vingt-un, douze]].",
    ),
]

NOTES = (
    CAF_CSP_1
    + CAF_CSP_2
    + CAF_CSP_3
    + CAF_AP
    + CAF_TEL
    + CPAM_NOTES
    + CCAS_NOTES
    + URG_NOTES
    + CHRS_NOTES
    + FT_NOTES
)


def strip_marks(marked):
    """Return (text, entities, keep) for one marked-up note."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
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


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = strip_marks(marked)
        notes.append(
            {
                "id": f"ind50-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Stratified 50/50 split by site kind x channel with random.Random(50)."""
    rng = random.Random(50)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
