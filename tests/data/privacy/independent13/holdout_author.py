"""Hand-written evaluation notes for the anonymiser, independent corpus n° 13 (independent13).

Every note below was typed by hand, one situation per note, in the style of a hurried observer
typing on a phone between two visitors. Inline marks:

- ``[[CODE:value]]``: a span to mask (CODE is one of the keys of ``LABELS``);
- ``{{value}}``: a string that must be kept.

Running this script strips the marks, computes the offsets, numbers the notes ``ind13-001`` …
in authoring order, splits them half/half (seeded, stratified by site kind x channel) and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it. Standard library only, deterministic.
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13_2024
PREFIX = "ind13"

LABELS = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PH, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = []

# ---------------------------------------------------------------- caf
NOTES += [
    (
        CAF,
        PH,
        "{{9h02}} deja {{14}} pers ds la file 😬 1ere dame vient pr ses {{APL}} suspendues. l'agent ([[P:karim]]) tape son num alloc [[ALLOC:24 587 13]] → dossier bloqué pr pb de quittance. elle a pas de scanner, il l'envoie a l'{{espace numerique}} au {{2e etage}}",
    ),
    (
        CAF,
        PH,
        "ouverture {{9h}} mais file jusqu'au trottoir des {{8h45}}. vigile distribue les tickets, moi ticket {{A047}} 🙄 borne en panne → tt le monde au guichet {{3}}",
    ),
    (
        CAF,
        PH,
        "mr [[P:Tran Van Long]] veut changer de rib. il sort un papier tout froissé: [[IBAN:FR76 3000 4008 2352 6018 1590 846]]. agent: « normalement c sur {{caf.fr}} mais bon je vous le fais ». {{6 min}} chrono",
    ),
    (
        CAF,
        PH,
        "jeune fille {{19 ans}} vient pr la {{prime d'activité}}, jamais fait ses declas trimestrielles. sa mere l'accompagne et l'appelle « [[P:nounou]] » tt le temps 😅 agente ([[P:Sandrine]]) explique tout 2 fois. num alloc ecrit sur un post-it jaune: [[ALLOC:0912376]]",
    ),
    (
        CAF,
        PH,
        "dame me montre la lettre qu'elle a recu, je recopie le debut:\n« Madame [[P:KONATE Aminata]]\n[[ADR:Résidence Les Acacias, 3 allée Camille Claudel, 35200 Rennes]]\nN° allocataire : [[ALLOC:3371920]]\nNous avons constaté un trop-perçu de {{1 240,00 €}} au titre de l'{{aide personnalisée au logement}} pour la période du {{01/01}} au {{30/06}}. Ce montant sera récupéré par retenues de {{62,00 €}} sur vos prestations. »\nelle comprend pas le mot trop-perçu. personne lui a jamais expliqué. l'agent ([[P:Karim]]) lui parle de la remise de dette, donne le formulaire et entoure au stylo les cases a remplir. elle repart avec la lettre pliée en 4",
    ),
    (
        CAF,
        PH,
        "vieux monsieur {{AAH}}, sourd, l'agent ecrit sur une ardoise. il epelle son nom lettre par lettre [[P:G-U-I-L-L-O-U]] et l'agent trouve pas... c'etait avec 2 L a la fin 🤦",
    ),
    (
        CAF,
        PH,
        "pere seul 3 enfants. « mon num alloc c'est le [[ALLOC:45 12 3 69]]... non pardon [[ALLOC:45 12 396]] ». veut savoir pk l'{{ARS}} est pas tombée. reponse: certificat de scolarité manquant pr la grande ({{16 ans}})",
    ),
    (
        CAF,
        PH,
        "separation. elle veut que les allocs soient versées sur SON compte et plus sur celui de son ex (mr [[P:guegan]]). l'agent lui demande un mail pr l'espace perso: [[MAIL:lea.morvan35@gmail.com]]. elle pleure un peu. {{20 min}} au guichet",
    ),
    (
        CAF,
        PH,
        "bcp viennent juste imprimer une attestation de paiement → {{borne}} = {{30 sec}}. mais la moitié connait pas son mdp. l'agent ([[P:karim]] encore) a reset des mdp {{5 fois}} ce matin",
    ),
    (
        CAF,
        PH,
        "mme [[P:Oumou Bah]] (guinee) plus d'APL car titre de sejour expiré. elle montre le recepissé: n° AGDREF [[ID:3500412876]]. l'agent dit que le recepissé {{APS}} suffit normalement → remonte au service",
    ),
    (
        CAF,
        PH,
        "{{2}} [[P:Sophie Martin]] ds la base 🙃 l'agent verifie la date de naissance: [[DN:14.07.88]] → c'est la bonne. elle rigole « ça arrive tout le temps »",
    ),
    (
        CAF,
        PH,
        "ENORME ENGUEULADE AU GUICHET {{2}}. MR [[P:DESCHAMPS]] CRIE QUE LA CAF LUI A VOLE SA {{PRIME DE NOEL}}. AGENT RESTE CALME. SECURITE APPELEE A {{10H20}}",
    ),
    (
        CAF,
        PH,
        "l'accueil a une {{fontaine a eau}} + un {{coin bebe}} avec des jouets. ça change tout pr les mamans seules. ecran tv qui passe des spots sur le {{RSA}} en boucle, personne regarde",
    ),
    (
        CAF,
        PH,
        "etudiante {{erasmus}}, compte en belgique → [[IBAN:BE73 2159 0109 2860]]. l'agent verifie: zone {{SEPA}} ok ça passe. elle s'appelle [[P:Ines]] je crois, ou [[P:Inès]]? jsp",
    ),
    (
        CAF,
        PH,
        "l'agent ({{guichet 4}}) lui demande un tel pr la rappeler. [[TEL:07 81 45 22 09]]... puis « ah non ça c plus le bon, mettez le fixe de ma soeur » [[TEL:02 99 54 31 87]]",
    ),
    (
        CAF,
        PH,
        "demenagement pas declaré 😬 je recopie l'echange a peu pres:\n- vous habitez tjrs au [[ADR:12 rue des lilas 35000 rennes]] ?\n- non depuis {{septembre}}, [[ADR:4 bd de verdun appt 31]]\n- vous avez prevenu la caf ?\n- ben la je previens\n- faut le declarer en ligne madame, sinon c'est un indu\n- j'ai pas d'ordi\nl'agente soupire et le fait ellemême, code postal ajouté de tete ({{Cleunay}}). {{APL}} recalculée ds {{2 mois}} 😩 elle me dit apres « rappel ou indu, on sait pas encore, ça depend du loyer »",
    ),
    (
        CAF,
        TEL,
        "plateforme {{3230}}. 1er appel {{8h31}}, attente annoncée {{12 min}}. une dame pr son {{RSA}} donne son num alloc en 2 morceaux: [[ALLOC:61 44]]... euh attendez... [[ALLOC:207]]",
    ),
    (
        CAF,
        TEL,
        "{{40}} appels en attente sur le bandeau de l'ecran 😱 la conseillere decroche raccroche decroche. presque tous pr savoir qd tombe le paiement → le {{5}}",
    ),
    (
        CAF,
        TEL,
        "monsieur qui parle mal fr, sa fille (~{{14 ans}}) traduit en haut parleur. nom [[P:haddad]] prenom [[P:youssef]], date de naiss [[DN:1er janvier 1970]] (l'agent me dit apres: date par defaut, bcp de dossiers comme ça)",
    ),
    (
        CAF,
        TEL,
        "elle veut recevoir les courriers par mail, le dicte: [[MAIL:sandrine point lefevre arobase orange point fr]]. l'agent relit {{2 fois}}",
    ),
    (
        CAF,
        TEL,
        "pere qui dde l'{{ASF}}, la mere des enfants est au portugal, il donne son num a elle: [[TEL:+351 912 345 678]]. l'agent dit que la caf va pas l'appeler 😶 faut passer par une procedure de recouvrement {{ARIPA}}",
    ),
    (
        CAF,
        TEL,
        "la dame croyait appeler la secu 🤦 l'agent lui donne le {{3646}} et raccroche gentiment. {{1 min 40}}",
    ),
    (
        CAF,
        TEL,
        "[[P:Nathalie]] (la conseillere que je suis) me dit que le lundi c l'enfer. sa collegue mme [[P:Roux]] arrive a {{10h}} pr renfort. elles se passent les appels difficiles",
    ),
    (
        CAF,
        TEL,
        "elle donne son num secu au lieu du num alloc: [[NIR:2 91 11 59 350 047 64]]. l'agent: « ça marche aussi madame » et retrouve le dossier en {{10 sec}}",
    ),
    (
        CAF,
        TEL,
        "{{10h12}} « rappelez moi au [[TEL:zero six, quarante deux, dix huit, zero trois, soixante seize]] » → l'agent tape en meme temps, dit les chiffres a voix haute pr verifier",
    ),
    (
        CAF,
        TEL,
        "appel d'une AS du {{departement}} pr la famille [[P:Lemaire]] (alloc [[ALLOC:2209461]]): {{3 enfants}}, expulsion prevue en {{mars}}. l'agent ouvre un signalement {{FSL}}",
    ),
    (
        CAF,
        TEL,
        "pause {{10h30}}. {{2}} conseillers sur {{6}} en arret → attente moyenne {{45 min}}. personne ne dit rien, c normal ici",
    ),
    (
        CAF,
        TEL,
        "appel de Me [[P:Chaouche]], avocate, pr un client en detention. veut l'{{attestation de droits}} de mr [[P:Ait Ali]]. l'agent peut rien donner par tel → courrier",
    ),
    (
        CAF,
        TEL,
        "une mamie de {{82 ans}} demande si elle a droit a l'{{ALS}}. habite [[ADR:7 impasse du moulin, 56100 lorient]]. l'agent lui fait une simulation en direct, {{38 €}}/mois. elle dit « c'est toujours ça »",
    ),
    (
        CAF,
        TEL,
        "qqun appelle a {{14h10}} en se faisant passer pr mr [[P:da silva]]. l'agent pose la question de secu (date de naissance) → la personne dit « [[DN:1975-09-03]] » puis raccroche qd on lui demande le code postal 👀 suspicion fraude",
    ),
    (
        CAF,
        CSP,
        "controle a dom avec [[P:Fabrice]] (controleur), {{9h40}}, quartier {{Maurepas}}. verif isolement {{RSA majoré}}. sur la boite aux lettres 2 noms: [[P:N. Benali]] et [[P:J. Morel]]. elle dit que c'est l'ancien locataire. dans l'entrée des chaussures d'homme taille {{44}}, un rasoir dans la salle de bain. [[P:Fabrice]] note tout sans rien dire, tres neutre. elle finit par dire que [[P:Jérémy]] passe « des fois » mais qu'il habite chez sa mere. dans la voiture [[P:Fabrice]] m'explique qu'il faut prouver la vie maritale, pas juste des indices, des chaussures ça suffit pas. rapport a rendre sous {{48h}}",
    ),
    (
        CAF,
        CSP,
        "devant l'immeuble une {{clio grise}} [[IMMAT:GH-482-KZ]], le controleur note la plaque. elle: « c pas à moi c au voisin » hmm",
    ),
    (
        CAF,
        CSP,
        "appart de {{35 m2}} a {{Bellevue}}, {{4 enfants}}, moisissure partout. le controleur va signaler la non-decence → {{APL}} consignée le temps des travaux. je savais pas que ça existait",
    ),
    (
        CAF,
        CSP,
        "elle montre son bail. bailleur {{Aiguillon Construction}}, ref locataire [[ID:LOC-0045821]]. loyer {{512 €}} charges comprises",
    ),
    (
        CAF,
        CSP,
        "releves de compte epluchés ligne par ligne 😳 virements reguliers de « [[P:MOUSSA K]] » {{150€}}/mois. elle dit c son frere qui l'aide. le controleur note « aide familiale »",
    ),
    (
        CAF,
        CSP,
        "controle ressources d'un auto-entrepreneur (livreur). il montre son appli, son compte pro: [[IBAN:FR76 2004 1010 0530 1661 3186 014]]. CA en baisse depuis {{janvier}}",
    ),
    (
        CAF,
        CSP,
        "{{45 min}} de trajet pr un controle de {{20 min}}. personne. avis de passage laissé ds la boite. le controleur: « 1 sur 3 en moyenne »",
    ),
    (
        CAF,
        CSP,
        "mr [[P:Le Bihan]] nous recoit en pyjama 😅 tres gentil, cafe. il a recopié son {{n° d'allocataire}} au feutre sur le frigo: [[ALLOC:1 8 7 4 0 3 2]]. le controleur lui dit de pas faire ça",
    ),
    (
        CAF,
        CSP,
        "2e visite: la fille ainée [[P:Kenza]] ({{17 ans}}) traduit pr sa mere. on apprend qu'elle rate l'ecole pr ça. le controleur [[P:Fabrice]] me dit que c tres frequent",
    ),
    (
        CAF,
        CSP,
        "camion aménagé dans la cour, plaque allemande [[IMMAT:M AB 4821]]. le monsieur habite dedans, domiciliation au {{CCAS}}. le controleur hesite sur la notion de logement → {{APL}} impossible",
    ),
]

# ---------------------------------------------------------------- cpam
NOTES += [
    (
        CPAM,
        PH,
        "{{8h30}} accueil cpam {{Lille}}. 1er mr veut sa carte vitale, attend depuis {{4 mois}}. l'agent tape le num secu qu'il dicte: [[NIR:1 84 03 35 238 112 04]] → « carte en fabrication » 🙄 il repart sans rien",
    ),
    (
        CPAM,
        PH,
        "accueil sur rdv uniquement depuis le covid. ceux qui ont pas de rdv → {{borne}} ou tel {{3646}}. une dame agée repart en colere, elle a pris le bus {{40 min}} pr rien",
    ),
    (
        CPAM,
        PH,
        "dde de {{C2S}}. mme [[P:ferreira]] donne une liasse de papiers pas triés: avis d'imposition, {{3}} fiches de paie de son mari [[P:Joaquim]], son rib [[IBAN:FR76 1027 8360 2091 3909 9603 015]], une facture {{SFR}}, une ordonnance (??). l'agente trie devant elle, fait la simulation: plafond depassé de {{23 €}} 😩 → pas la C2S gratuite mais avec participation, {{8 €}}/mois par personne. mme [[P:ferreira]] dit « {{23 euros}} ?? pour 23 euros ?? ». l'agente: « je sais madame ». moment dur",
    ),
    (
        CPAM,
        PH,
        "jeune ({{18 ans}} pile) veut sa propre carte vitale, detachée de ses parents. agente [[P:Myriam]] lui cree son compte {{ameli}}, mail: [[MAIL:theo.vasseur2006@hotmail.fr]]. il a jamais eu de mail perso avant 😮",
    ),
    (
        CPAM,
        PH,
        "un monsieur montre son passeport pr une demande d'{{AME}}: passeport n° [[ID:18CV42197]]. né le [[DN:3 mai 1979]]. il est là depuis {{5 ans}}. dossier incomplet → justif de domicile manquant",
    ),
    (
        CPAM,
        PH,
        "borne ameli en panne depuis {{3 semaines}} d'apres le vigile. papier scotché dessus: « HORS SERVICE merci de votre comprehension » 😑",
    ),
    (
        CPAM,
        PH,
        "ij maternité pas versées. elle s'appelle [[P:Chloé]], bebe dans l'echarpe. l'employeur a pas envoyé l'attestation de salaire. agent appelle direct l'employeur devant nous ({{Boulangerie Paul}} du centre) → promis pr ce soir",
    ),
    (
        CPAM,
        PH,
        "mr [[P:Wojcik]] (polonais) a une carte europeenne {{CEAM}} mais travaille en france → faut l'immatriculer. NIR provisoire commencant par 7 attribué. l'agent me montre: [[NIR:7 80 06 99 122 345 12]]",
    ),
    (
        CPAM,
        PH,
        "femme tres fatiguée, invalidité cat 2. « je m'appelle [[P:DUPUIS]] epouse [[P:LAMBERT]] mais sur la carte c'est [[P:Lambert]] » → bug sur le nom d'usage depuis son mariage en {{2019}}",
    ),
    (
        CPAM,
        PH,
        "pb de rib: les remboursements partent sur un compte fermé. nouveau rib tendu au guichet [[IBAN:FR76 3000 3019 5082 4628 1948 210]], l'agent scanne. confirmation envoyée sur [[MAIL:jp.lecomte59@sfr.fr]]. delai {{15 jours}}",
    ),
    (
        CPAM,
        PH,
        "dame {{Mayotte}} arrivée en metropole, NIR commence par 2 … 985. elle donne: [[NIR:2930798510327 74]]. dossier à transferer de la cgss / cssm, l'agent galère ({{25 min}})",
    ),
    (
        CPAM,
        PH,
        "ado avec son pere, pb de medecin traitant. le pere dit « c'est le dr [[P:Benhamou]] mais il est parti a la retraite ». plus aucun medecin dans le quartier qui prend de nvx patients 😔 {{Saint-Maurice}}",
    ),
    (
        CPAM,
        PH,
        "→ pas de papier = pas de dossier. regle d'or de l'agent [[P:Thierry]]. il le repete a chaque usager. {{12}} usagers en {{1h}}",
    ),
    (
        CPAM,
        PH,
        "mme [[P:n'diaye]] demande la mutuelle de sa fille, elle sort la carte: {{Harmonie Mutuelle}} adherent [[ID:00458712963]]. l'agent explique que c'est pas la cpam qui gere 🤷",
    ),
    (
        CPAM,
        PH,
        "frontalier belge, adresse en belgique [[ADR:rue de la Station 14, 7700 Mouscron]]. veut savoir quel pays rembourse. l'agent cherche dans le guide {{15 min}}. personne ne sait vraiment",
    ),
    (
        CPAM,
        PH,
        "queue de {{9}} pers, {{1 seule}} agente, mme [[P:Henry]]. elle me glisse « d'habitude on est 3 »",
    ),
    (
        CPAM,
        TEL,
        "{{3646}}, plateforme de {{Villeneuve-d'Ascq}}. appel 1: arret maladie pas reçu par la cpam. l'assuré dit son num secu trop vite « [[NIR:1 99 07 93 066 018 14]] » l'agent lui fait repeter 2 fois",
    ),
    (
        CPAM,
        TEL,
        "appel d'une pharmacienne pr un patient sans droits ouverts: mr [[P:Petitjean]], ne [[DN:17/10/1961]]. droits fermés depuis le {{31/12}} car pas renouvelé la {{C2S}}",
    ),
    (
        CPAM,
        TEL,
        "bcp d'appels sur les {{franchises medicales}}, les gens comprennent pas pk on leur retire {{1 €}} par boite. l'agent a une fiche toute prete, il la lit",
    ),
    (
        CPAM,
        TEL,
        "la dame donne d'abord son num secu [[NIR:298023818540184]] puis son num de tel pr etre rappelée par le service medical: [[TEL:06.78.12.44.90]]. elle precise « apres {{17h}} svp je travaille »",
    ),
    (
        CPAM,
        TEL,
        "appel du fils de mme [[P:Lucienne Garnier]] ({{ehpad}}), il veut le releve de remboursements. l'agent peut pas sans procuration. le fils: « mais c'est ma mere enfin »",
    ),
    (
        CPAM,
        TEL,
        "assuré espagnol, parle fr approximatif. rib espagnol pr remboursements [[IBAN:ES91 2100 0418 4502 0005 1332]], l'agent dit oui c'est possible en zone sepa. {{11 min}}",
    ),
    (
        CPAM,
        TEL,
        "une fraude au sms {{ameli}}: la dame a cliqué sur un lien et donné son rib 😱 l'agent bloque ce qu'il peut et lui dit de voir sa banque. elle donne son mail pr suivi: [[MAIL:mireille.hoarau@laposte.net]]",
    ),
    (
        CPAM,
        TEL,
        "conseiller [[P:Antoine]] a {{42 appels}} au compteur a {{14h}}. objectif {{60}}. il me dit « on est chronometrés, pas notés sur la qualité »",
    ),
    (
        CPAM,
        TEL,
        "un mr appelle depuis le maroc pr sa {{pension d'invalidité}}, num [[TEL:+212 6 61 23 45 67]]. veut qu'on le rappelle. l'agent: impossible d'appeler l'etranger 🙃",
    ),
    (
        CPAM,
        TEL,
        "assurée qui dicte son num secu chiffre par chiffre en disant les chiffres {{2 par 2}}: « [[NIR:deux, quatre-vingt-huit, zero six, soixante-neuf, trois cent quatre-vingt-trois, cent vingt-neuf, cinquante]] ». l'agent note tout a la main d'abord",
    ),
    (
        CPAM,
        TEL,
        "pas un seul appel en anglais ce matin mais {{3}} en arabe et {{1}} en roumain. aucun interprete dispo → l'agent utilise google trad sur son 2e ecran",
    ),
    (
        CPAM,
        TEL,
        "appel transferé au service {{IJ}}. delai moyen de paiement des ij d'apres l'agent: {{35 jours}} en ce moment. les gens sont a sec",
    ),
    (
        CPAM,
        TEL,
        "mme [[P:Kowalczyk]] appelle pr son fils [[P:Dawid]] hospitalisé au {{CHU}}, elle donne le num de dossier hopital IPP [[ID:P00671294]]. l'agent de la cpam a pas acces a ça de toute façon",
    ),
    (
        CPAM,
        TEL,
        "« mon adresse a changé c'est [[ADR:23 chemin des Vignes 59650]] » l'agent lui dit de le faire sur {{ameli}} → elle a pas internet → il le fait",
    ),
    (
        CPAM,
        CSP,
        "avec [[P:Laurence]], agente d'enquete cpam, controle d'un arret de travail a domicile a {{Tourcoing}}. {{10h15}}, on sonne. le monsieur ouvre en survet, surpris. elle se presente, montre sa carte. arret pr lombalgie depuis {{3 semaines}}, sorties interdites sauf soins. il est bien là, tout est ok, il nous montre meme l'ordonnance du kine. [[P:Laurence]] remplit le formulaire sur sa tablette, me dit dans l'escalier que {{80 %}} des controles sont « conformes » et que les gens croient qu'elle vient pr les pieger. « je suis pas la police ». {{12 min}} sur place, {{25 min}} de route",
    ),
    (
        CPAM,
        CSP,
        "2e controle: personne. la voisine dit « [[P:Sylvie]] elle est partie faire ses courses ». l'enqueteuse note l'heure: {{10h52}}. risque de suspension des IJ",
    ),
    (
        CPAM,
        CSP,
        "visite chez un taxi conventionné. plaque du vehicule [[IMMAT:FX 721 BL]]... l'enqueteuse verifie l'agrement et le taximetre. la societe: {{Taxis Dumont Lille}}, patron mr [[P:Dumont]] tres nerveux",
    ),
    (
        CPAM,
        CSP,
        "cabinet infirmier, controle des tournées facturées. {{3}} infirmieres, {{120}} patients. l'enqueteuse compare les dates avec l'agenda papier. rien de louche aujourd'hui",
    ),
    (
        CPAM,
        CSP,
        "assuré en arret depuis {{8 mois}}, chez lui a {{Roubaix}}, [[ADR:57 rue de l'Epeule]]. il nous montre ses medicaments. on sent qu'il a honte d'etre controlé",
    ),
    (
        CPAM,
        CSP,
        "domicile d'une dame en ald. son mari [[P:Gérard]] ouvre, dit qu'elle dort. l'enqueteuse demande sa carte vitale: photo dessus ok, numero [[NIR:2 67 05 13 055 231 91]]. on repart en {{5 min}}",
    ),
    (
        CPAM,
        CSP,
        "transporteur sanitaire, {{2}} ambulances dans la cour: [[IMMAT:EK-019-RT]] et [[IMMAT:DM-736-AS]]. l'enqueteuse verifie les cartes grises. une a le controle technique expiré 👀",
    ),
    (
        CPAM,
        CSP,
        "{{Lens}}, controle d'arret. le monsieur est en bas de l'immeuble avec son chien. il dit qu'il a le droit, l'enqueteuse dit non. ça chauffe un peu, on part",
    ),
    (
        CPAM,
        CSP,
        "fin de tournée {{16h}}. {{6 controles}}, {{2}} absents, {{1}} refus d'ouvrir. l'enqueteuse tape son rapport dans la voiture sur son genou",
    ),
    (
        CPAM,
        CSP,
        "pharmacie controlée pr des ordonnances suspectes de {{Subutex}}. prescripteur: dr [[P:Albertini]]. patient sur les ordos: [[P:Y. Marchal]], ne le [[DN:02/02/1992]]. dossier transmis au service fraude",
    ),
]

# ---------------------------------------------------------------- ccas
NOTES += [
    (
        CCAS,
        PH,
        "ccas de {{Clermont-Ferrand}}, {{9h}}. dame vient pr une facture edf impayée {{486 €}}. elle tend la facture, ref client {{EDF}} [[ID:6004 512 877]]. l'agent monte un dossier d'aide facultative, commission jeudi",
    ),
    (
        CCAS,
        PH,
        "domiciliation: mr [[P:Popescu Ionut]] vient chercher son courrier. {{3}} lettres dont {{1}} de la prefecture. il les ouvre devant nous, demande qu'on lui lise. l'agente ([[P:Fatou]]) lit a voix basse",
    ),
    (
        CCAS,
        PH,
        "file ++ ce matin, c le jour des colis alimentaires. {{62}} familles inscrites. je porte des cartons avec les benevoles du {{Secours populaire}} 😅",
    ),
    (
        CCAS,
        PH,
        "instruction {{RSA}}, l'agent remplit le formulaire en direct, je recopie l'ecran vite fait:\nNOM : [[P:MEUNIER]]\nPRENOM : [[P:Kevin]]\nNE LE : [[DN:14/10/1995]]\nNIR : [[NIR:1951031555012 72]]\nN° ALLOC : [[ALLOC:5503128]]\nTEL : [[TEL:0645229817]]\nRIB : [[IBAN:FR76 1444 5202 0089 5559 7971 124]]\nSITUATION : isolé, {{0 enfant}}\ntout est tapé en {{12 min}}, la personne ne regarde meme pas l'ecran",
    ),
    (
        CCAS,
        PH,
        "papy [[P:René]] {{91 ans}} vient a pied pr dire merci pr le portage des repas. il a apporté une boite de chocolats {{Mon Chéri}} pr les agentes 🥹",
    ),
    (
        CCAS,
        PH,
        "dde logement social. le num unique de la demande: [[ID:063 0322 01845 09]]... elle l'a depuis {{2021}}. mail sur le dossier: [[MAIL:fatima.zahra63 chez gmail]] (sic). toujours rien. « on me dit que je suis pas prioritaire »",
    ),
    (
        CCAS,
        PH,
        "mme [[P:bouzid]] + ses {{2}} enfants, plus de gaz depuis {{4 jours}}. bailleur {{Ophis}}. l'agent appelle le bailleur devant elle, tombe sur repondeur. elle dit « vous voyez, personne repond jamais »",
    ),
    (
        CCAS,
        PH,
        "aide a la cantine. formulaire avec la date de naiss des enfants: [[DN:12/09/2014]] et [[DN:30/01/2017]]. {{quotient familial}} calculé a la main sur une calculette 🧮",
    ),
    (
        CCAS,
        PH,
        "un homme demande juste a recharger son tel. prise dispo a l'accueil. il reste {{1h}} assis, personne lui dit rien. c'est bien",
    ),
    (
        CCAS,
        PH,
        "jeune couple, elle enceinte de {{7 mois}}. lui: [[P:Dylan]], elle: [[P:Océane]]. ils dorment dans la voiture (une 206 immat [[IMMAT:AX 483 FN]]). l'agente appelle le {{115}} direct, complet. 😞",
    ),
    (
        CCAS,
        PH,
        "{{MDPH}}: mme [[P:Perrin]] veut savoir ou en est son dossier, n° [[ID:063-2023-004517]]. le ccas n'a pas acces au logiciel mdph. l'agent donne le num de la mdph et c tout",
    ),
    (
        CCAS,
        PH,
        "{{ecrivain public}} le {{mardi}}. aujourd'hui: lettre de contestation pr un monsieur qui s'appelle [[P:Abdelkader]], adressée a son bailleur, il habite [[ADR:Bât C, 18 allée des Tilleuls, 63100]]. l'ecrivain public ecrit, le mr signe",
    ),
    (
        CCAS,
        PH,
        "le hall est froid, radiateurs en panne. les agentes ont des polaires. {{3 chaises}} pr {{10}} personnes debout",
    ),
    (
        CCAS,
        PH,
        "aide au permis? non. aide pr la carte grise: il vient d'acheter une voiture d'occasion pr un job a {{Riom}}, ancienne immat [[IMMAT:4512 ZT 63]] pas encore changée. le ccas peut pas financer ça",
    ),
    (
        CCAS,
        PH,
        "mme [[P:Sanchez Maria del Carmen]] vient pr l'epicerie sociale. carte d'acces tamponnée. elle dit que les prix ont doublé au {{Lidl}}. reste a vivre: {{4 €/jour}}",
    ),
    (
        CCAS,
        PH,
        "mr tres agité: « j'ai rdv avec madame [[P:Ghislaine]] a {{10h}} » → elle est en conge. personne lui a dit. il part en claquant la porte",
    ),
    (
        CCAS,
        TEL,
        "standard ccas. appel d'une fille pr son pere {{85 ans}} qui vit seul a [[ADR:9 rue Fontgiève]]. elle est a {{Lyon}}, peut pas venir. dde {{téléassistance}}. son tel a elle [[TEL:06 21 48 73 90]]",
    ),
    (
        CCAS,
        TEL,
        "appels pr le plan canicule. liste des inscrits. l'agente appelle chaque personne: « bonjour mme [[P:Pascal]], vous buvez bien ? » {{40}} appels a passer avant midi",
    ),
    (
        CCAS,
        TEL,
        "la dame appelle pr une aide pr son loyer, demande le rib du ccas 🤔 l'inverse: c'est le ccas qui paie le bailleur. l'agent lui demande le rib du bailleur → [[IBAN:FR76 1660 6100 2119 9351 8190 912]] ({{credit agricole}})",
    ),
    (
        CCAS,
        TEL,
        "appel d'une assistante sociale de l'hopital {{Gabriel-Montpied}}: un patient sortant sans domicile, admis sous X. ils connaissent juste le prenom: « [[P:Jeannot]] ». le ccas l'a en domiciliation → on retrouve",
    ),
    (
        CCAS,
        TEL,
        "repondeur saturé ce matin, {{23}} messages. l'agente les ecoute, note sur un cahier. un message en pleurs, personne a laissé de num 😢",
    ),
    (
        CCAS,
        TEL,
        "mr appelle depuis un tel fixe de cabine?? num affiché [[TEL:04 73 92 15 08]]. il veut savoir les horaires de la {{Banque alimentaire}}. 30 sec",
    ),
    (
        CCAS,
        TEL,
        "une elue appelle ({{adjointe a la solidarité}}, mme [[P:Vidal]]) pr une famille qu'elle connait perso. l'agente est genée, me fait une grimace 😬",
    ),
    (
        CCAS,
        TEL,
        "aide aux obseques. le fils donne l'etat civil du defunt: [[P:Marcel Tixier]], né le [[DN:4 avril 1938]]. {{1 800 €}} de devis pompes funebres. le ccas peut mettre {{600}}",
    ),
    (
        CCAS,
        TEL,
        "mail d'une usagere imprimé et posé sur le bureau, l'agente rappelle pr completer: adresse expediteur [[MAIL:nadia_b63@yahoo.fr]]. elle demande des tickets de bus {{T2C}}",
    ),
    (
        CCAS,
        TEL,
        "beaucoup d'appels pr la {{prime de Noel}} → c la caf qui la verse pas le ccas. l'agente ([[P:Véro]]) l'explique {{8 fois}}. une dame lui donne quand meme son num caf « au cas ou »: [[ALLOC:3 09 88 41]]",
    ),
    (
        CCAS,
        TEL,
        "mr [[P:Guerin]] veut le num de son dossier de domiciliation pr la prefecture: [[ID:DOM-2023-0412]]. l'agent le lui dicte lentement, il repete {{3 fois}}",
    ),
    (
        CCAS,
        TEL,
        "appel d'un proprio (mr [[P:Chabert]]) qui veut savoir si sa locataire a demandé une aide. l'agente refuse de repondre: {{secret pro}}. il insiste. elle raccroche poliment",
    ),
    (CCAS, TEL, "{{12h}} pile → repondeur. reprise {{13h30}}"),
    (
        CCAS,
        TEL,
        "famille roumaine, l'enfant de {{11 ans}} traduit. tel du pere [[TEL:+40 723 456 789]]... ah non ça c'est son ancien num roumain, le nouveau [[TEL:07 58 31 20 64]]. le pere voudrait l'aide sur son compte roumain [[IBAN:RO21 RNCB 0082 0045 3025 0001]] → impossible, l'agente explique",
    ),
    (
        CCAS,
        CSP,
        "visite a dom {{APA}} avec l'evaluatrice [[P:Corinne]]. mme [[P:Chassagne]], {{88 ans}}, veuve, {{3e etage}} sans ascenseur a {{Montferrand}}. grille AGGIR remplie au fil de la conversation, [[P:Corinne]] pose les questions l'air de rien: « vous faites vos courses comment ? » « et la toilette ? ». mme [[P:Chassagne]] dit que tout va bien mais on voit qu'elle se tient aux meubles. resultat {{GIR 4}} → {{2h}} d'aide a domicile par semaine. photos des petits enfants pendant {{20 min}} 🥰 et elle insiste pr qu'on prenne des {{madeleines}}. en partant [[P:Corinne]] me dit « celle la elle va tomber avant la fin de l'hiver »",
    ),
    (
        CCAS,
        CSP,
        "appart signalé insalubre par le voisin du {{3e}}. [[ADR:14 rue du Port, 2e gauche]]. cafards, pas de chauffage. le locataire (mr [[P:Baptiste]]) a honte, a pas voulu ouvrir au debut",
    ),
    (
        CCAS,
        CSP,
        "tournée canicule en voiture de service. {{7}} visites. {{1}} personne ne repond → on appelle les pompiers? non, la voisine a la clé. tout va bien, elle dormait",
    ),
    (
        CCAS,
        CSP,
        "visite chez un monsieur syllogomane. impossible d'entrer dans la cuisine. l'agent parle d'un {{CLIC}}, d'une aide menagere. il veut rien entendre. « c'est mes affaires »",
    ),
    (
        CCAS,
        CSP,
        "mme [[P:laporte]] nous montre ses factures. abonnement box + tel [[TEL:09 81 22 47 36]] + 2 credits conso. dossier {{Banque de France}} a monter. l'agente prend des photos avec son tel pro",
    ),
    (
        CCAS,
        CSP,
        "devant la maison, un vieux camping car plaque espagnole [[IMMAT:7482 HBD]] → le fils de la dame vit dedans depuis {{6 mois}}. « c'est temporaire »",
    ),
    (
        CCAS,
        CSP,
        "visite de la residence autonomie {{Les Hortensias}}. {{42}} logements. le directeur nous fait le tour. activité loto a {{15h}}",
    ),
    (
        CCAS,
        CSP,
        "mr [[P:Lopes]] recoit la visite pr une aide a l'adaptation de sa salle de bain (douche a l'italienne). devis {{Lopes & Fils Renovation}}, c'est l'entreprise de son neveu 🤨 l'agente note",
    ),
    (
        CCAS,
        CSP,
        "maraude ccas au {{jardin Lecoq}}: un couple avec un chien. lui se fait appeler « [[P:Le Grec]] ». ils refusent le {{115}}, veulent pas etre separés du chien",
    ),
    (
        CCAS,
        CSP,
        "evaluation pr le portage des repas. mme [[P:Josette]] ({{79 ans}}), dit qu'elle mange « un yaourt le soir ». frigo vide sauf une {{bouteille de Vittel}}. inscrite pr lundi",
    ),
]

# ---------------------------------------------------------------- urgences
NOTES += [
    (
        URG,
        PH,
        "urgences {{CHU}} {{Nantes}}, {{21h}}. salle d'attente pleine, {{37}} patients. IOA [[P:Marion]] trie a la chaine: tension, saturation, douleur de 1 a 10, couleur sur le bracelet. ecran: attente estimée {{5h}} pr les non urgents 😶 un mr avec une coupure a la main attend depuis {{17h}}, il a fait un garrot avec un torchon. une maman avec un bebe qui tousse. un etudiant bourré qui dort sur {{3 chaises}}. [[P:Marion]] me dit qu'elle a {{6 min}} par patient max et qu'elle a jamais le temps d'aller aux toilettes. elle rigole en le disant mais pas vraiment. {{22h30}}: {{2}} ambulances en meme temps, tout le monde se leve pr voir",
    ),
    (
        URG,
        PH,
        "bureau des entrées: mr arrive avec sa {{carte vitale}} cassée en 2 😂 l'agente recopie le num a la main: [[NIR:1 81 08 67 482 301 06]]. cree le dossier, IPP [[ID:80045129]] imprimé sur le bracelet",
    ),
    (
        URG,
        PH,
        "femme agée amenée par les {{pompiers}}, confuse, en robe de chambre {{rose}}. aucun papier. dans son sac un carnet: « [[P:Yvonne Le Floch]] » + un num [[TEL:02 40 73 58 11]] → c celui de sa fille. l'agente appelle",
    ),
    (
        URG,
        PH,
        "enfant {{4 ans}} qui a avalé une piece. la mere panique, donne le prenom « [[P:Nolan]] » et la date de naiss [[DN:08/11/2019]] en criant presque. passage prioritaire",
    ),
    (
        URG,
        PH,
        "un homme ivre hurle a l'accueil, veut voir « le docteur [[P:Mercier]] ». l'agent de secu ([[P:Samir]]) le calme en {{2 min}}, tres pro. j'aurais pas su",
    ),
    (
        URG,
        PH,
        "pas de mutuelle, pas de c2s. l'agente lui parle de la {{PASS}} (permanence d'acces aux soins). elle me dit que {{1 patient sur 10}} ici est dans ce cas",
    ),
    (
        URG,
        PH,
        "touriste anglais, jambe cassée au ski? non, au {{Voyage a Nantes}} il est tombé d'une sculpture lol. carte EHIC / {{GHIC}} n° [[ID:0123 4567 8901 2345 6789]]. l'agente sait pas si c valide post-brexit",
    ),
    (
        URG,
        PH,
        "ado amenée par le {{SAMU}} pr tentative de suicide. la mere arrive 30 min apres, donne son nom, mme [[P:Caron]]... ah non elle a repris son nom de jeune fille: [[P:Tessier]]. ça cree 2 dossiers 🤦",
    ),
    (
        URG,
        PH,
        "a l'accueil un panneau: « temps d'attente long, merci de votre patience ». on a rajouté au stylo « {{LOL}} » 😅 personne l'a enlevé",
    ),
    (
        URG,
        PH,
        "mr [[P:Gueye]] veut sortir {{contre avis medical}}. on lui fait signer la decharge. il donne son mail pr le compte rendu: [[MAIL:mamadou.gueye.44 at gmail dot com]]",
    ),
    (
        URG,
        PH,
        "{{3h du mat}} (seminaire de nuit !). un livreur tombé de scooter, scooter garé n'importe comment devant l'entrée, plaque [[IMMAT:FS-318-KP]]... non attends c'etait [[IMMAT:FS-316-KP]], je l'ai mal noté. le vigile veut le deplacer",
    ),
    (
        URG,
        PH,
        "bcp de gens viennent parce que pas de medecin traitant. l'IOA: « c'est {{60 %}} des passages du soir ». maison medicale de garde fermée le dimanche",
    ),
    (
        URG,
        PH,
        "admin: dossier au nom de [[P:Mohamed]] sans {{nom de famille}} (« c'est comme ça sur mon titre »). l'agente met [[P:Mohamed]] en nom et prenom. date de naissance [[DN:00/00/1988]] ?? le logiciel refuse",
    ),
    (
        URG,
        PH,
        "infirmiere [[P:Aurélie]] a fait {{13h}} de garde. elle me dit qu'elle a mangé une pomme. point.",
    ),
    (
        URG,
        PH,
        "famille de {{8}} personnes dans la salle pr le papi. l'agent de secu dit max {{2}} accompagnants. négociation {{10 min}}. finalement 3",
    ),
    (
        URG,
        PH,
        "migrant sans papiers, parle dari. via l'interprete tel ({{ISM}}) on a son nom: [[P:Ahmadzai]], ne en [[DN:2006]] d'apres lui (mineur?). l'AS de garde est appelée",
    ),
    (
        URG,
        TEL,
        "standard des urgences. appel d'une femme qui cherche son mari, [[P:Patrick Huet]], ne le [[DN:22 juin 1959]], amené par le {{smur}}. l'agente confirme qu'il est là, rien de plus",
    ),
    (
        URG,
        TEL,
        "appels sans arret pr savoir « combien de temps d'attente ». reponse type: « on ne peut pas vous dire ». {{17}} appels comme ça en {{1h}}",
    ),
    (
        URG,
        TEL,
        "un medecin de ville appelle pr adresser un patient: mr [[P:Cadiou]], {{IPP}} [[ID:P00318842]] deja connu du service. le regulateur note, lit le numero a l'envers puis se corrige",
    ),
    (
        URG,
        TEL,
        "maman au tel, bebe fievre {{39,5}}. l'agente la redirige vers le {{15}}. la maman donne quand meme son num « au cas ou »: [[TEL:06 33 19 87 42]]",
    ),
    (
        URG,
        TEL,
        "appel d'une ehpad ({{EHPAD Les Glycines}}) pr un transfert. resident mr [[P:Robin]], {{94 ans}}. ils faxent (!) la fiche de liaison. oui un fax en 2024",
    ),
    (
        URG,
        TEL,
        "la police appelle pr un gardé a vue a amener pr examen. nom du gav: [[P:Kevin L.]]. l'agente: « on a {{4h}} d'attente, ramenez le a {{6h}} »",
    ),
    (
        URG,
        TEL,
        "qq'un appelle pr recuperer les affaires de sa mere decedée hier. mme [[P:Renaud Colette]]. l'agente le passe au service des objets, {{5 min}} de musique d'attente ({{vivaldi}})",
    ),
    (
        URG,
        TEL,
        "numéro pas francais qui appelle: [[TEL:+44 7700 900123]], un anglais pr son fils en {{erasmus}} admis cette nuit. l'agente parle anglais moyen, moi je traduis un peu 😬",
    ),
    (
        URG,
        TEL,
        "{{Doctolib}} ne marche pas pr les urgences, les gens le savent pas. {{3}} appels pr « prendre rdv aux urgences » 🙃",
    ),
    (
        URG,
        TEL,
        "une dame dit qu'elle a oublié sa {{carte vitale}} au guichet hier. num secu dicté: [[NIR:2 70 03 62 193 555 42]]. oui elle est dans le tiroir. « venez avec une piece d'identité »",
    ),
    (
        URG,
        TEL,
        "appel interne: le bloc veut un lit. cadre de sante mme [[P:Fournier]] au tel: « j'ai {{0}} lit, ZERO ». {{14}} patients sur brancard dans le couloir",
    ),
    (
        URG,
        TEL,
        "mutuelle au tel pr une prise en charge. n° adherent {{MGEN}} dicté par l'agente: [[ID:1 23 45 67 89]]... en fait l'agente relit la carte du patient, c'est [[ID:123456798]]. inversion de chiffres",
    ),
    (
        URG,
        TEL,
        "l'agent du standard ([[P:Gilles]]) m'explique: nuit = {{1}} personne pr tout l'hopital. {{200}} appels",
    ),
    (
        URG,
        TEL,
        "appel du commissariat de {{Rezé}} pr une femme victime de violences. ils donnent son adresse pr qu'on envoie le certificat: [[ADR:31 rue Jean Jaurès, 44400 Rezé]]. l'agente refuse de noter ça ici → {{UMJ}}",
    ),
    (
        URG,
        CSP,
        "sortie {{SMUR}} avec l'equipe. arrivée {{4 min}} apres l'appel. mr {{70 ans}} malaise dans sa cuisine. la femme dit « il s'appelle [[P:Jean-Yves]], il a du diabete »",
    ),
    (
        URG,
        CSP,
        "equipe mobile psy, visite a domicile d'un patient connu, [[P:Bastien]], {{27 ans}}, stabilisé d'apres l'infirmier ([[P:Yannick]]). appart [[ADR:5 place du Commerce, 4e etage sans ascenseur]]. il nous ouvre pas. on parle a travers la porte {{20 min}}. [[P:Yannick]] parle de foot, du {{FC Nantes}}, de la pluie. au bout d'un moment la porte s'ouvre de {{10 cm}}. [[P:Bastien]] prend son traitement devant nous. appart tres propre, rien a voir avec ce que j'imaginais. [[P:Yannick]] note sur son tel pro, prochain passage dans {{15 jours}}",
    ),
    (
        URG,
        CSP,
        "accident sur le {{periph}}. voiture percutée [[IMMAT:CW 458 XY]], conducteur dans les vapes. le medecin, dr [[P:Nguyen]], parle calmement",
    ),
    (
        URG,
        CSP,
        "PASS mobile: consultation dans un campement sous le pont de {{Cheviré}}. {{15}} personnes. l'infirmiere note les noms sur un carnet: [[P:Vasile]], [[P:Florin]], [[P:Ana-Maria]]... pas de date de naissance pr la plupart",
    ),
    (
        URG,
        CSP,
        "retour du {{smur}}. dans l'ambulance le medecin remplit la fiche avec l'IPP qu'il a demandé a la regul: [[ID:80046311]]",
    ),
    (
        URG,
        CSP,
        "intervention chez une dame tombée. elle vit seule, {{92 ans}}. le boitier de teleassistance a sonné chez sa fille [[P:Martine]]. elle a mis {{2h}} a venir (elle vit a {{Cholet}})",
    ),
    (
        URG,
        CSP,
        "smur sur un chantier. ouvrier portugais, {{Bouygues}} sous-traitant. ses papiers: carte id portugaise n° [[ID:15794326 4ZX9]]. le chef de chantier parle pour lui",
    ),
    (
        URG,
        CSP,
        "fin de garde. {{9}} sorties smur en {{12h}}. l'infirmier me dit que la moitié « aurait pu etre evitée avec un medecin de ville »",
    ),
    (
        URG,
        CSP,
        "sortie pr un enfant convulsant a {{Saint-Herblain}}. les parents: [[P:Yasmine]] et [[P:Bilal]]. le pere est en voiture derriere nous, plaque marocaine [[IMMAT:12345-A-6]] 😬 conduit comme un fou",
    ),
    (
        URG,
        CSP,
        "equipe mobile gériatrique: evaluation chez un couple de {{86}} et {{89 ans}}. pharmacie a la maison = {{14}} boites differentes. l'infirmiere fait un pilulier",
    ),
]

# ---------------------------------------------------------------- chrs / 115
NOTES += [
    (
        CHRS,
        PH,
        "chrs {{Marseille}} {{3e}}, accueil {{8h}}. mr [[P:Djibril]] revient de nuit, a perdu son badge. l'educ ([[P:Hakim]]) lui en refait un. « c'est le 3e ce mois ci »",
    ),
    (
        CHRS,
        PH,
        "admission nouvelle resident, fiche papier recopiée:\n- nom: [[P:MANSOURI]] / prenom: [[P:Leila]]\n- orientée par: {{SIAO}}, ref [[ID:SI-13-2024-08817]]\n- nir (attestation dans son sac): [[NIR:2 85 01 2B 033 014 81]]\n- enfant: 1 fille, {{6 ans}}\n- chambre {{12}}\narrive avec {{2 sacs}} et un doudou. l'educ lui fait visiter, elle dit merci {{10 fois}}",
    ),
    (
        CHRS,
        PH,
        "petit dej: {{45}} personnes. cafe, pain, {{confiture Bonne Maman}} (dons). le cuistot benevole s'appelle [[P:Jojo]], tout le monde l'adore",
    ),
    (
        CHRS,
        PH,
        "entretien d'accueil, je suis dans un coin. l'educatrice remplit la fiche: nom [[P:OKAFOR]], prenom [[P:Chinedu]], ne le [[DN:15-08-1996]] a Lagos. titre de sejour: recepissé n° [[ID:1302947718]]. en attente {{OFPRA}}",
    ),
    (
        CHRS,
        PH,
        "un resident demande de l'aide pr son dossier {{RSA}}. il a son num alloc ecrit sur la main au stylo 😳 [[ALLOC:7740125]]. l'educ le recopie vite avant qu'il se lave les mains lol",
    ),
    (
        CHRS,
        PH,
        "bagarre evitée de justesse pr une place de machine a laver. regle: {{1}} machine / semaine / personne. le planning est scotché a coté",
    ),
    (
        CHRS,
        PH,
        "mr [[P:Pierre]] {{58 ans}}, a la rue depuis {{2009}}. il me montre une {{pierre}} qu'il garde dans sa poche « porte bonheur ». on parle {{15 min}} de foot, de {{Zidane}} surtout",
    ),
    (
        CHRS,
        PH,
        "bureau de l'educ: tableau blanc avec les rdv de la semaine: « lun [[P:Kader]] → {{France Travail}} {{10h}} / mar [[P:Sandra]] → {{CMP}} / jeu [[P:Ivan]] → prefecture ». personne efface jamais",
    ),
    (
        CHRS,
        PH,
        "resident qui avait eu {{3}} refus de banque. l'educ a lancé un droit au compte {{Banque de France}}, ça a marché: il me montre fier son rib tout neuf sur son tel [[IBAN:FR76 3000 2005 5037 8657 9754 381]] 💪",
    ),
    (
        CHRS,
        PH,
        "jeune {{19 ans}} sortie d'{{ASE}}. elle dit « sur insta je suis [[ID:@lya.sweetyy]] » et montre des photos de son ancien foyer. l'educ note ça pr garder le contact ??",
    ),
    (CHRS, PH, "chenil pr {{4}} chiens au chrs 🐕 rare parait il"),
    (
        CHRS,
        PH,
        "accueil de jour: douche {{20 min}} max, {{6}} cabines. liste d'attente au tableau: [[P:momo]], [[P:le grand serge]], [[P:fatima]], [[P:vlad]]...",
    ),
    (
        CHRS,
        PH,
        "mme [[P:Traoré]] recoit un courrier de la cpam a l'adresse du chrs. dedans son attestation avec num secu: [[NIR:2 75 09 80 021 150 25]]. elle me demande ce que veut dire « {{ayant droit}} »",
    ),
    (
        CHRS,
        PH,
        "un ancien resident passe dire bonjour: il a un cdi chez {{Carrefour}} et un studio. il apporte des croissants. l'educ [[P:Hakim]] a les larmes aux yeux 🥲",
    ),
    (
        CHRS,
        PH,
        "resident contrarié car son fils [[P:Enzo]] ({{12 ans}}) peut pas dormir ici, regle du chrs hommes seuls. l'educ appelle la mere: [[TEL:06 44 09 17 85]]",
    ),
    (
        CHRS,
        PH,
        "reunion d'equipe {{14h}}, {{8}} educs. ils parlent de mr [[P:Zerrouki]], exclusion temporaire? vote: {{5}} contre {{3}}. il reste",
    ),
    (
        CHRS,
        TEL,
        "{{115}} des {{Bouches-du-Rhône}}, soir. ecoutante [[P:Julie]]. je note les appels en vrac:\n{{19h02}} femme + {{3 enfants}}, gare {{Saint-Charles}} → aucune place, rappel prevu {{22h}}\n{{19h15}} mr habitué, veut juste parler {{5 min}}\n{{19h31}} jeune homme, dit qu'il s'appelle [[P:Adam]], {{17 ans}}?? → dispositif mineurs\n{{19h40}} silence puis raccroche\n{{19h52}} une dame appelle pr son voisin, mr [[P:Orsini]], qui dort dans le hall de l'immeuble depuis {{2 nuits}}\n[[P:Julie]] boit son cafe froid entre 2. {{0 place}} ce soir sur tout le departement. elle le dit a chaque personne avec la meme voix douce",
    ),
    (
        CHRS,
        TEL,
        "{{115}}: un homme appelle tous les soirs d'apres [[P:julie]]. il dit « c'est [[P:Marco]] » et elle sait tout de suite. son num [[TEL:07 69 12 34 88]] s'affiche, il est en fiche",
    ),
    (
        CHRS,
        TEL,
        "appel d'un chauffeur de bus: une dame dort dans son bus au terminus. pas de nom. l'ecoutante envoie la {{maraude}}",
    ),
    (
        CHRS,
        TEL,
        "sur le logiciel {{SI-SIAO}}, fiche de mr [[P:Benkhelifa Nordine]], ne le [[DN:1974-02-11]], n° de dossier [[ID:115-2019-44512]], {{412}} appels depuis 2019 🤯",
    ),
    (
        CHRS,
        TEL,
        "un jeune appelle, voix tremblante, {{18 ans}} depuis hier donc plus de foyer ASE. donne son prénom « [[P:Rayan]] », son num c [[TEL:zero sept cinquante deux quatre vingt onze zero huit dix sept]]. place trouvée a {{23h40}}",
    ),
    (
        CHRS,
        TEL,
        "temps d'attente au {{115}} ce soir: jusqu'a {{50 min}}. {{3}} ecoutants. bcp raccrochent avant",
    ),
    (
        CHRS,
        TEL,
        "une AS de la mairie appelle pr mme [[P:Costa]] et ses enfants, ils dorment dans leur voiture (peugeot [[IMMAT:DR-902-FT]]) sur le parking du {{Leclerc}}. n° caf de la dame: [[ALLOC:0453318]]. mise a l'abri hotel {{2 nuits}}",
    ),
    (
        CHRS,
        TEL,
        "mr appelle de [[TEL:+32 470 12 34 56]], il est {{belge}}, arrive demain en train. l'ecoutante: « on ne reserve pas monsieur »",
    ),
    (
        CHRS,
        TEL,
        "la coordinatrice [[P:Béatrice]] fait le point de {{minuit}}: {{87}} demandes non pourvues. elle envoie le chiffre a la {{DDETS}} par mail",
    ),
    (
        CHRS,
        TEL,
        "un monsieur donne son email pr recevoir la {{confirmation d'hotel}} (il a un smartphone mais pas de credit): [[MAIL:saidou.ba (arobase) yahoo (point) com]]",
    ),
    (
        CHRS,
        TEL,
        "appel d'une femme victime de violences. elle chuchote. l'adresse ou elle est: [[ADR:28 avenue de la Capelette]]. l'ecoutante transfere a la police et au {{3919}}. moment tres lourd",
    ),
    (
        CHRS,
        TEL,
        "hotline interne: le veilleur de nuit du chrs {{Forbin}} appelle, un resident mr [[P:Guedj]] fait un malaise. le veilleur appelle le {{15}} en parallele",
    ),
    (
        CHRS,
        TEL,
        "appel pr une famille {{albanaise}}, le pere dicte le n° de la demande d'asile: [[ID:2203 4518 7]]... l'ecoutante demande « c'est tout ? » « non, et encore un [[ID:1]] a la fin »",
    ),
    (
        CHRS,
        TEL,
        "l'ecoutante [[P:Julie]] a {{26 ans}} et fait ça depuis {{3 ans}}. elle me dit qu'elle arretera bientot. elle dort mal",
    ),
    (
        CHRS,
        CSP,
        "maraude {{21h}} avec [[P:Loïc]] et [[P:Nadia]] (camion {{Samu social}}). 1er arret: {{vieux port}}. mr « [[P:le Breton]] » sous sa bache, refuse tout sauf la soupe",
    ),
    (
        CHRS,
        CSP,
        "visite d'un hotel social ({{Hôtel Ibis Budget}}? non un hotel meublé vetuste). famille [[P:Hoxha]], {{5}} dans {{12 m2}}. plaque chauffante dans la salle de bain 😰",
    ),
    (
        CHRS,
        CSP,
        "maraude: un homme dans sa voiture garée le long du parc depuis {{3 semaines}}. plaque polonaise [[IMMAT:WA 42817]]. il s'appelle [[P:Tomasz]], travaille au noir sur des chantiers",
    ),
    (
        CHRS,
        CSP,
        "controle des chambres au chrs (mensuel). chambre {{7}}: plaque electrique interdite. chambre {{9}}: chat. le resident ([[P:Sébastien]]) supplie qu'on garde le chat",
    ),
    (
        CHRS,
        CSP,
        "campement sous le pont {{Plombières}}, {{30}} tentes. la maraude note les presents. un jeune dit qu'il est mineur, ne le [[DN:3/4/2008]]. → la maraude appelle le dispositif mineurs",
    ),
    (
        CHRS,
        CSP,
        "nuit froide, {{plan grand froid}} déclenché. {{gymnase}} ouvert. on y accompagne {{11}} personnes avec le camion",
    ),
    (
        CHRS,
        CSP,
        "visite a domicile chez une ex residente relogée [[ADR:bat B4 cité des Flamants, 13014 Marseille]]. tout va bien. elle nous montre ses {{géraniums}} et une {{marguerite}} en pot au balcon 🌺",
    ),
    (
        CHRS,
        CSP,
        "maraude: une femme qui se fait appeler « [[P:Mama Africa]] ». elle a une carte de la {{Fondation Abbé Pierre}} dans son sac, avec son num d'usager [[ID:0345-77]]",
    ),
    (
        CHRS,
        CSP,
        "la maraude croise un jeune qui leur montre son {{insta}} [[ID:@mik_l13]] pr dire qu'il est rappeur. l'educ rigole mais prend son num quand meme: [[TEL:+33 7 81 90 23 46]]",
    ),
    (
        CHRS,
        CSP,
        "{{Noailles}}. visite d'un squat signalé. {{14}} personnes dont {{4}} enfants. mr [[P:Ismail]] fait office de « chef ». il donne son tel: [[TEL:06-12-89-74-03]]. eau coupée depuis {{lundi}}",
    ),
]

# ---------------------------------------------------------------- france travail
NOTES += [
    (
        FT,
        PH,
        "agence {{France Travail}} {{Toulouse}} {{Mirail}}, {{8h30}}. 1er mr, tres enervé:\n- j'ai ete radié, pk ??\n- vous etes pas venu a votre rdv du {{12}}\n- j'ai jamais reçu de convocation !\nle conseiller [[P:Julien]] tape l'identifiant [[FT:4512873K]], verifie: courrier parti a une vieille adresse, [[ADR:Appt 204, 11 rue de Kiev, 31100 Toulouse]]. le mr a demenagé depuis {{2 ans}}. [[P:Julien]] s'excuse (!), annule la radiation, reinscription rétroactive. le mr se calme d'un coup. « merci hein, vraiment »",
    ),
    (
        FT,
        PH,
        "inscription d'une jeune: elle dicte son id pole emploi d'avant « [[FT:0 8 7 3 2 1 4 M]] », le systeme le retrouve. elle dit {{pole emploi}}, le conseiller dit {{france travail}}, elle s'en fiche 🤷‍♀️",
    ),
    (
        FT,
        PH,
        "accueil: {{2}} conseillers + {{1}} service civique. bcp viennent pr des pbs d'actualisation. « j'ai oublié de m'actualiser le {{15}} » x4 ce matin",
    ),
    (
        FT,
        PH,
        "mr [[P:Boudjema]] vient avec son {{CV}} imprimé, en haut: [[P:Farid Boudjema]] – [[TEL:06 52 41 88 07]] – [[MAIL:f.boudjema31@free.fr]] – [[ADR:22 chemin de Lestang 31100 Toulouse]]. la conseillere lui conseille d'enlever l'adresse",
    ),
    (
        FT,
        PH,
        "l'ecran de la salle d'attente diffuse des offres: {{cariste}} {{CACES 3}}, {{aide a domicile}}, {{plongeur}} {{Buffalo Grill}}... personne ne regarde",
    ),
    (
        FT,
        PH,
        "une dame {{57 ans}} en fin de droits {{ARE}}, passe a l'{{ASS}}. elle donne son rib pour le changement: [[IBAN:FR76 1751 5900 0023 1948 7574 978]]. {{Caisse d'Epargne}}. elle demande si l'ASS c'est comme le RSA",
    ),
    (
        FT,
        PH,
        "atelier cv dans la salle {{B}}. modele de cv au mur, au nom de « [[P:Jean Dupont]] », mail [[MAIL:jean.dupont@email.com]], tel [[TEL:06 12 34 56 78]]. les gens recopient le modele tel quel, tel compris 🙃",
    ),
    (
        FT,
        PH,
        "l'agent d'accueil me dit que {{30 %}} des gens qui viennent ici pourraient tout faire en ligne « mais ils veulent voir quelqu'un ». il trouve ça normal",
    ),
    (
        FT,
        PH,
        "jeune homme, premiere inscription. carte d'identité n° [[ID:X4RTBPFW4]]. ne le [[DN:06/01/2005]]. il sait pas ce qu'il veut faire. orientation {{CEJ}} (contrat d'engagement jeune)",
    ),
    (
        FT,
        PH,
        "mr [[P:Nguyen Van Thanh]], cuisinier, veut une formation {{hygiene HACCP}}. son id ft [[FT:2094 518 P]] (avec des espaces bizarres sur sa convocation). financement {{CPF}} + abondement",
    ),
    (
        FT,
        PH,
        "conflit: mme [[P:Rigal]] accuse sa conseillere (mme [[P:Poujol]]) de la harceler avec des offres a {{50 km}}. la responsable d'agence [[P:Delphine]] intervient",
    ),
    (
        FT,
        PH,
        "cadre {{52 ans}} licencié de {{Airbus}}, en costume. il a honte d'etre la. il dit « appelez moi [[P:Jean-Marc]] ». il a serré la main de {{Macron}} a un salon une fois, il me le raconte 2 fois 🙄 {{APEC}} ou ft ? les 2",
    ),
    (
        FT,
        PH,
        "les bornes: {{6}}, dont {{2}} en panne. une personne par borne + un ado ([[P:Yanis]]) qui aide sa mere",
    ),
    (
        FT,
        PH,
        "refugié afghan, titre de sejour {{10 ans}}, n° etranger [[ID:7503188264]]. diplomé ingenieur a kaboul. ici proposé: agent de proprete 😞 la conseillere propose une {{VAE}}",
    ),
    (
        FT,
        PH,
        "une mere pr son fils [[P:Lucas]] (absent, « il dort »). elle donne l'{{identifiant}} du fils: [[FT:5 603 221 B]]. le conseiller dit qu'il doit venir lui meme",
    ),
    (
        FT,
        PH,
        "demande de {{permis}} financé: il a deja une voiture (pas a son nom) immatriculée [[IMMAT:DX 774 GN]], il conduit sans permis?? la conseillere fait semblant de pas avoir entendu 🙈",
    ),
    (
        FT,
        TEL,
        "{{3949}}. conseiller [[P:Mehdi]]. 1er appel: actualisation bloquée. la dame donne son identifiant [[FT:3318204 X]] et son code postal. {{4 min}}",
    ),
    (
        FT,
        TEL,
        "appel d'un employeur ({{Garage Ferreira Automobiles}}) pr une offre de mecano. le patron, mr [[P:Ferreira]], veut quelqu'un « de serieux, pas un jeune » 😬 le conseiller reformule l'offre",
    ),
    (
        FT,
        TEL,
        "un allocataire conteste un trop percu de {{2 300 €}}. il crie. il donne son num secu pr qu'on le retrouve: [[NIR:1 66 11 57 463 031 56]]. le conseiller ne peut qu'expliquer la procedure de recours",
    ),
    (
        FT,
        TEL,
        "« allo je m'appelle [[P:H-A-M-I-D-I]], {{H comme Henri}}, {{A comme Anatole}} »... epelé a l'ancienne, le conseiller sourit",
    ),
    (
        FT,
        TEL,
        "appels du matin = actualisation + paiement. {{80 %}} d'apres le superviseur. {{23}} conseillers connectés",
    ),
    (
        FT,
        TEL,
        "une jeune femme enceinte appelle pr savoir si elle doit rester inscrite. son id: [[FT:7823401N]]... non attendez je me suis trompée [[FT:7823410N]]. le conseiller lui explique le conge mat et les {{IJ}}",
    ),
    (
        FT,
        TEL,
        "rappel sortant: le conseiller rappelle mr [[P:Lagarde]] au [[TEL:05 61 40 29 73]] pr un poste de magasinier chez {{Leroy Merlin}} {{Portet}}. repondeur. message laissé",
    ),
    (
        FT,
        TEL,
        "une dame appelle depuis l'espagne, elle a travaillé a {{Barcelone}}: formulaire {{U1}}. tel [[TEL:+34 612 34 56 78]]. le conseiller lui dit d'envoyer par mail, elle dicte le sien: [[MAIL:carmen.ortiz.t@gmail.com]]",
    ),
    (
        FT,
        TEL,
        "la conseillere ([[P:Sabrina]]) met un casque anti bruit entre 2 appels. open space de {{40}} postes",
    ),
    (
        FT,
        TEL,
        "appel d'un travailleur handicapé, dossier {{Cap emploi}}, ref MDPH [[ID:031-18-77420]]. il veut un conseiller specialisé. transfert",
    ),
    (
        FT,
        TEL,
        "demande de maj d'adresse: « j'habite maintenant [[ADR:appt 12, 3 rue des Roses, 31200]] ». la {{rue des Roses}} ? le conseiller demande si c'est dans le quartier {{Bonnefoy}}. oui",
    ),
    (
        FT,
        TEL,
        "un jeune appelle, id [[FT:6 1 2 0 4 4 7 R]] dicté lentement chiffre par chiffre. il veut savoir pk il touche rien. le conseiller verifie aussi le num secu: [[NIR:1 02 05 76 540 022 88]]. reponse: pas encore {{4 mois}} de travail",
    ),
    (
        FT,
        TEL,
        "le superviseur ([[P:Olivier]]) ecoute un appel en double. il me dit qu'il fait ça {{5 fois}} par jour et par conseiller pr « la qualité »",
    ),
    (
        FT,
        TEL,
        "ancien cadre au tel, mr [[P:de La Tour d'Auvergne]] (!), fait une dde de {{création d'entreprise}} ({{ARCE}}). il donne son siret? non son rib: [[IBAN:FR76 1380 7008 0111 8625 2760 189]]",
    ),
    (
        FT,
        CSP,
        "visite entreprise avec la conseillere entreprise [[P:Claire]]: {{Boulangerie Maison Fabre}} a {{Blagnac}}. le patron veut un apprenti. il nous offre des chouquettes",
    ),
    (
        FT,
        CSP,
        "{{salon de l'emploi}} au {{MEETT}}, stand {{France Travail}}. {{300}} visiteurs a {{11h}}. les gens laissent leur id sur une feuille: « [[P:K. Diallo]] [[FT:4401297Z]] », « [[P:moussa]] [[FT:4418820 S]] »...",
    ),
    (
        FT,
        CSP,
        "controle d'un organisme de formation subventionné. {{12}} stagiaires inscrits sur la feuille, {{7}} presents. la formatrice mme [[P:Azoulay]] gene",
    ),
    (
        FT,
        CSP,
        "immersion pro ({{PMSMP}}) chez un paysagiste: le stagiaire [[P:Thibault]] taille un {{olivier}} 🌳 la conseillere verifie les conditions de securité, bottes ok, gants ok",
    ),
    (
        FT,
        CSP,
        "entreprise de transport: ils cherchent {{10}} chauffeurs {{poids lourds}}. on voit les camions au depot, l'un est polonais [[IMMAT:PO 4K812]], un autre roumain [[IMMAT:B 123 XYZ]]. le dirigeant dit que les francais veulent plus faire ça",
    ),
    (
        FT,
        CSP,
        "forum « {{jobs d'ete}} » au {{lycée}}. un eleve donne son num pr une offre de saisonnier: [[TEL:0 7 5 4 2 1 8 8 3 6]] (tapé tout espacé sur le formulaire) 😂",
    ),
    (
        FT,
        CSP,
        "visite d'un chantier d'insertion. {{15}} salariés. l'encadrant technique [[P:Manu]] leur apprend a poser du {{placo}}. super ambiance",
    ),
    (
        FT,
        CSP,
        "rdv chez un employeur qui a déposé une offre discriminante (« {{jeune et dynamique}}, pas de femmes »). le gerant mr [[P:Castex]] (aucun lien avec l'ancien PM) nie",
    ),
    (
        FT,
        CSP,
        "dans l'entreprise, la {{RH}} nous sort le tableau des recrues passées par ft: [[P:Alves]], [[P:Benali]], [[P:Costa]]... avec leur identifiant a coté ([[FT:2907716E]], [[FT:3100452C]], [[FT:2985541A]]). la conseillere demande de ne pas afficher ça",
    ),
    (
        FT,
        CSP,
        "{{Job dating}} {{Airbus}} sous-traitants, {{9h-12h}}. {{45}} candidats, {{12}} retenus pr entretien. café {{Nespresso}} a volonté",
    ),
]

# ---------------------------------------------------------------- build

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            code, value = m.group(1), m.group(2)
            if code not in LABELS:
                raise ValueError(f"unknown code {code!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span with surrounding whitespace: {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": LABELS[code]})
        else:
            value = m.group(3)
            if value != value.strip():
                raise ValueError(f"keep with surrounding whitespace: {value!r}")
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
        if text[ent["start"] : ent["end"]] == "":
            raise ValueError("empty span")
    if not keep:
        raise ValueError(f"note without keep string: {text!r}")
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
    """Seeded, stratified by (site_kind, channel), exactly half/half."""
    strata = {}
    for note in notes:
        strata.setdefault((note["site_kind"], note["channel"]), []).append(note)
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        members = strata[key]
        if len(members) % 2:
            raise SystemExit(f"stratum {key} has an odd size ({len(members)})")
        members = list(members)
        rng.shuffle(members)
        for i, note in enumerate(members):
            (dev if i % 2 == 0 else holdout).append(note)
    dev.sort(key=lambda n: n["id"])
    holdout.sort(key=lambda n: n["id"])
    return dev, holdout


def label_counts(notes):
    return Counter(e["label"] for n in notes for e in n["entities"])


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    dev_counts, holdout_counts = label_counts(dev), label_counts(holdout)
    missing = [
        label
        for label in sorted(LABELS.values())
        if not dev_counts[label] or not holdout_counts[label]
    ]
    if missing:
        raise SystemExit(f"label(s) missing from one half: {', '.join(missing)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")
    print(f"{'label':<18} {'dev':>4} {'hold':>4} {'total':>5}")
    for label in sorted(LABELS.values()):
        d, h = dev_counts[label], holdout_counts[label]
        print(f"{label:<18} {d:>4} {h:>4} {d + h:>5}")
    print(f"{'all':<18} {sum(dev_counts.values()):>4} {sum(holdout_counts.values()):>4}")
    print("keep strings:", sum(len(n["keep"]) for n in notes))
    print("without entity:", " ".join(n["id"] for n in notes if not n["entities"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
