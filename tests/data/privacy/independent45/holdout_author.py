"""Independent evaluation corpus n° 45 for the anonymiser (stdlib only, deterministic).

The 240 notes below were written by hand, one scene each. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string that must survive (``keep``).
Running this script strips the marks, computes the offsets, assigns the ids ind45-001 …
ind45-240 in writing order, draws a 120 / 120 split stratified by site kind x channel with
``random.Random(45)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Emphasis: nights at the 115 and street outreach (maraudes).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind45"
SEED = 45
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

AP = "accueil_physique"
AT = "accueil_telephonique"
CS = "controle_sur_place"

# --- CHRS / 115, phone: night calls to the 115 (emphasis) -----------------------------------
CHRS_115 = [
    (
        "chrs",
        AT,
        "{{23h40}} appel d'un monsieur qui donne juste son prénom, [[PERSONNE:Karim]]. Il est devant la {{gare Matabiau}} depuis {{19h}}, plus rien au {{foyer Riquet}}. L'écoutante ([[PERSONNE:Sandrine]]) lui dit de rappeler à {{6h}} pour l'{{accueil de jour}}. Il raccroche sans dire au revoir.",
    ),
    (
        "chrs",
        AT,
        "appel {{0h15}}. une femme, 2 enfants ({{4 ans}} et {{9 mois}}), mise dehors par le compagnon ce soir. elle appelle du tel d'une voisine, [[TELEPHONE:06 71 48 20 93]], « c'est pas le mien, faut demander Mme [[PERSONNE:Haddad]] ». {{mise à l'abri}} au {{B&B Hotel}} de {{Cesson}}, {{chambre 214}}, taxi payé par le {{115}}. [[PERSONNE:Loïc]] (écoutant) reste calme tout du long, moi j'avais les mains qui tremblaient.",
    ),
    (
        "chrs",
        AT,
        "{{22h}}-{{2h}} : {{61 appels}} décrochés, {{4 places}} attribuées. Le reste = « rappelez demain ». Le tableau des places est sur un {{paperboard}}, effacé et réécrit à la main toutes les heures. Personne ne se plaint, c'est ça le pire.",
    ),
    (
        "chrs",
        AT,
        "« [[PERSONNE:Cricri]] » rappelle pour la {{3e fois}} de la nuit. Tout le monde la connaît ici, elle appelle depuis la cabine du {{parking Indigo}} de la {{gare}}. Elle veut pas aller au {{CHU}}, elle veut juste parler. [[PERSONNE:Nadia]] la garde {{12 min}} en ligne, {{15 appels}} en attente pendant ce temps.",
    ),
    (
        "chrs",
        AT,
        'Appel d\'un jeune, {{19 ans}}, sorti de l\'{{ASE}} en {{juin}}. Dit s\'appeler [[PERSONNE:Dylan]], pas de nom de famille ("je vous le donne pas"). Dort dans sa voiture, une {{Clio}} grise, [[IMMATRICULATION:FK-381-TZ]], sur le {{parking du Leclerc}} de {{Saint-Grégoire}}. Pas de place, orienté vers la {{maraude}} qui passera "peut-être".',
    ),
    (
        "chrs",
        AT,
        "Monsieur qui parle anglais, dit [[PERSONNE:Ibrahima]], from {{Guinea}}. Pas de papiers, juste un récépissé de la {{préfecture}} dont il lit le numéro chiffre par chiffre : [[IDENTIFIANT:7502381946]]. Il est dans le {{square}} derrière la {{gare de l'Est}} avec 3 autres. Demande enregistrée dans le {{SI-SIAO}}, réf [[IDENTIFIANT:SIAO75-118503]]. Pas de place ce soir.",
    ),
    (
        "chrs",
        AT,
        "{{1h30}}. couple + chien. lui [[PERSONNE:Steeve]], elle [[PERSONNE:Jess]], le chien c'est {{Rocky}}. Aucun {{CHRS}} du coin prend les chiens sauf {{la Boussole}} qui est plein. Ils restent sous le {{pont de la Mission}}, tente {{Quechua}}. [[PERSONNE:Loïc]] leur dit que la maraude de la {{Croix-Rouge}} passe vers {{3h}}.",
    ),
    ("chrs", AT, "raccroché au bout de {{4 sec}}. {{3e fois}}. {{numero masqué}}."),
    (
        "chrs",
        AT,
        "Une dame âgée appelle pour son voisin du {{4e}}, M. [[PERSONNE:Le Bihan]], qui dort dans la {{cage d'escalier}} depuis que son fils l'a mis dehors. Elle donne l'adresse : [[ADRESSE:17 rue Jules Verne, 29200 Brest]]. Elle laisse son numéro [[TELEPHONE:02 98 41 67 30]]. L'écoutante transmet à l'{{équipe mobile}} et au {{CCAS}} pour demain matin.",
    ),
    (
        "chrs",
        AT,
        "Femme enceinte {{7 mois}}, parle pas français, c'est son cousin qui traduit au tel. Elle : [[PERSONNE:Mariam Konaté]], née le [[DATE_NAISSANCE:3 mars 2001]] à {{Bamako}}. Le cousin donne son num à lui, [[TELEPHONE:07 58 22 91 04]], parce qu'elle n'a plus de forfait. Priorité → place à l'{{hôtel Première Classe}}, {{chambre 31}}, pour {{3 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Jojo]] appelle le {{115}} comme tous les soirs à {{21h}} pile. Il a un lit au {{foyer Saint-Benoît}} depuis {{2 semaines}} donc il appelle juste pour dire bonsoir. L'écoutant : « ça fait partie du boulot ».",
    ),
    (
        "chrs",
        AT,
        "{{Plan Grand Froid}} déclenché ce soir, {{-4°}}. Ouverture du {{gymnase Jean Moulin}} : {{40 lits de camp}}. Le {{115}} rappelle tout le monde qui avait eu « pas de place » depuis {{18h}}. Liste sur papier, cochée au stylo rouge.",
    ),
    (
        "chrs",
        AT,
        "Appel de [[PERSONNE:Patrick]], {{veilleur de nuit}} au {{CHRS Les Glycines}} : un hébergé n'est pas rentré, [[PERSONNE:Ahmed Benali]], {{chambre 12}}, il a laissé ses affaires. [[PERSONNE:Patrick]] demande s'il faut garder le lit. Réponse : jusqu'à {{minuit}}, après le lit repart dans le {{pot commun}}.",
    ),
    (
        "chrs",
        AT,
        "Il donne un numéro qui n'est pas le sien : celui de sa sœur à {{Angers}}, [[TELEPHONE:06.12.87.40.55]]. « Si vous avez une place appelez-la, elle me prévient ». Prénom : [[PERSONNE:Sofiane]]. Nom : [[PERSONNE:B-E-N-A-M-A-R-A]], épelé au tél (« B comme {{Bernard}}, E comme {{Eugène}} »). L'écoutante refait l'épellation {{deux fois}}. « Sinon sur {{Snap}} c'est [[IDENTIFIANT:@sofiane_bzh35]] ».",
    ),
    (
        "chrs",
        AT,
        "{{4h10}}, appel d'un chauffeur {{VTC}} : il a un client qui s'est endormi dans sa voiture et qui n'a nulle part où aller. Le client s'appelle « [[PERSONNE:Mehdi]] quelque chose ». On l'envoie vers la {{halte de nuit}} de la {{rue de Paris}}, le chauffeur accepte de l'y déposer sans faire payer la course.",
    ),
    (
        "chrs",
        AT,
        "Jeune femme, {{22 ans}}, sort du {{CHU Pontchaillou}} sans solution. Elle s'appelle [[PERSONNE:Léa Morvan]]. Elle épelle son mail pour qu'on lui envoie la liste des accueils de jour : [[EMAIL:lea.morvan22@gmail.com]], et son {{Insta}} au cas où, [[IDENTIFIANT:@lea_mrvn]]. L'écoutante lui donne aussi le numéro de l'accueil de jour {{Puzzle}}, ouvert à {{8h30}}.",
    ),
    (
        "chrs",
        AT,
        "Appel de {{1h05}}, un homme qui cherche sa femme, [[PERSONNE:Fatou Sylla]], partie avec les enfants, il pense qu'elle est hébergée par le {{115}}. L'écoutant ne confirme rien : « on ne donne aucune information ». Il insiste, donne son numéro [[TELEPHONE:07 81 44 02 17]] et raccroche énervé. Noté dans le {{SI-SIAO}} comme appel suspect ({{violences conjugales}} ?).",
    ),
    (
        "chrs",
        AT,
        "{{3h}} du mat. Plus aucune place dans le département. L'écoutant dit la même phrase depuis {{1h}} : « je suis désolé, je n'ai rien ce soir, rappelez demain à partir de {{9h}} ». Il me dit qu'il a arrêté de compter les désolé en {{2019}}.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Mamie Rose]] (c'est comme ça que tout le monde l'appelle ici, {{78 ans}}) appelle depuis le hall des urgences du {{CHU}} où elle passe ses nuits depuis que le {{foyer-logement}} a fermé. Les vigiles la connaissent. Pas de place en {{pension de famille}} avant {{mars}}.",
    ),
    (
        "chrs",
        AT,
        "un monsieur appelle pour signaler un homme allongé sur un banc {{place de la République}} qui ne bouge pas, il a l'air mal. Le {{115}} bascule sur le {{15}}. Le monsieur laisse son nom, [[PERSONNE:Thierry Gauthier]], et son tel [[TELEPHONE:+33 6 45 10 83 27]]. On apprendra à {{2h}} que c'est [[PERSONNE:Dédé]], un habitué, il dormait juste très profondément.",
    ),
]
CHRS_115 += [
    (
        "chrs",
        AT,
        "Appel de {{22h05}}. Femme, donne un faux nom je pense ([[PERSONNE:Marie Dupont]]), l'écoutante s'en fiche : « ici on prend le prénom qu'on nous donne ». Pas de place. Orientée vers l'{{accueil de nuit}} du {{Secours Catholique}} qui ouvre à {{23h}}.",
    ),
    (
        "chrs",
        AT,
        "Le {{SIAO}} de {{Seine-Saint-Denis}} transfère un appel : famille de {{4 personnes}}, le père [[PERSONNE:Ionut]], la mère [[PERSONNE:Florentina]], roumains, dorment dans une {{Ford Galaxy}} immatriculée en Roumanie, [[IMMATRICULATION:B 214 XKR]], garée sur le {{parking de l'Intermarché}} de {{Bobigny}}. Réf SIAO [[IDENTIFIANT:93-FAM-2024-04417]]. Pas de solution famille ce soir.",
    ),
    (
        "chrs",
        AT,
        "appel court, {{0h50}}. « c'est [[PERSONNE:Bilal]], j'ai trouvé un lit chez un pote à {{Cleunay}}, vous pouvez donner ma place au {{foyer Saint-Cyr}} ». merci [[PERSONNE:bilal]]. {{1 place}} libérée, rappel immédiat du suivant sur la liste.",
    ),
    (
        "chrs",
        AT,
        "La nuit au {{115}} : {{2 écoutants}} et {{1 coordinateur}}. Pause à {{2h}}, {{15 min}}. Le café de la machine est gratuit. Sur le mur, une carte de la ville avec des punaises rouges (les {{squats}} connus) et vertes (les {{points d'eau}}).",
    ),
    (
        "chrs",
        AT,
        "Homme, la cinquantaine, très alcoolisé, donne son nom complet d'un coup : « [[PERSONNE:Jean-Claude Moreau]], né le [[DATE_NAISSANCE:14/02/1971]], je suis de {{Brest}} moi madame ». Il est dans le sas d'une agence {{Crédit Agricole}} {{rue de Siam}}. Envoi de la {{maraude}} (équipe de [[PERSONNE:Gwen]]).",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Aïcha]], {{17 ans}}, {{mineure}}, en {{fugue}}. L'écoutante ne peut pas l'héberger : appel au {{119}} + {{commissariat}}. La jeune a donné le numéro de sa copine [[PERSONNE:Inès]] : [[TELEPHONE:06 33 90 12 48]], c'est là qu'on la rappelle.",
    ),
    (
        "chrs",
        AT,
        "Rappel d'un hébergé de l'{{hôtel Formule 1}} de {{Bourgoin}}, {{chambre 9}} : plus de chauffage. Il dit s'appeler [[PERSONNE:Vasile]]. L'écoutant appelle le {{veilleur de l'hôtel}} (M. [[PERSONNE:Roux]]) qui dit qu'il passera « à la fin de son film ».",
    ),
    (
        "chrs",
        AT,
        "{{Dispositif hivernal}}. Un bénévole de la {{Protection Civile}}, [[PERSONNE:Hugo]], appelle depuis le camion : ils ont avec eux [[PERSONNE:Sergueï]] et [[PERSONNE:Tania]], un couple, + leur chienne {{Lola}}. Le centre {{Le Phare}} accepte les chiens, {{2 places}}. Ouf.",
    ),
    (
        "chrs",
        AT,
        "Appel de l'assistante sociale de l'hôpital en fin de garde, Mme [[PERSONNE:Cordier]] ([[EMAIL:c.cordier@ch-valdorne.fr]]) : sortie d'un patient {{SDF}} demain {{10h}}, [[PERSONNE:Marcel Jaouen]], né le [[DATE_NAISSANCE:2 janvier 1958]], {{IPP}} [[IDENTIFIANT:P00873314]]. Demande de place en {{LHSS}}. Transmis au {{SIAO}}.",
    ),
    (
        "chrs",
        AT,
        "Une voix d'enfant. « ma maman elle pleure ». L'écoutante garde la petite au tel pendant que le collègue note le numéro qui s'affiche : [[TELEPHONE:06 84 17 55 02]]. La mère reprend, elle s'appelle [[PERSONNE:Samira]], elles sont dans la voiture, une {{Peugeot 206}} [[IMMATRICULATION:DV-552-HN]], sur l'{{aire d'autoroute}} de {{Vironvay}}. {{Gendarmerie}} prévenue.",
    ),
    (
        "chrs",
        AT,
        "rien noté entre {{22h30}} et {{23h10}}, trop d'appels. je retiens : « {{pas de place}} », « {{rappelez}} », « je sais {{monsieur}} ». Tout le monde est poli. Même ceux qui crient s'excusent après.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Momo]] (le {{grand}}, pas l'autre) a perdu son portable. Il appelle d'une {{cabine}} de la {{place Hoche}} et demande qu'on note le num de son pote [[PERSONNE:Francky]] pour le rappeler : [[TELEPHONE:zéro six, vingt-deux, quatorze, quatre-vingt-dix-huit, zéro sept]]. L'écoutant l'écrit en chiffres sur un {{post-it}} jaune.",
    ),
    (
        "chrs",
        AT,
        "{{DAHO}} en cours pour Mme [[PERSONNE:Kaya]], hébergée à l'{{hôtel Ibis Budget}}, {{chambre 118}}, depuis {{14 mois}}. Elle appelle pour savoir si le {{SIAO}} a une réponse. Réf dossier [[IDENTIFIANT:SIAO-44-19-02931]]. Rien. « Je sais madame, je sais ».",
    ),
    (
        "chrs",
        AT,
        "{{5h45}}, fin de nuit. L'écoutant de nuit ([[PERSONNE:Yannick]], {{20 ans}} de 115) fait les transmissions à l'équipe du matin : {{11 personnes}} à rappeler en priorité, dont [[PERSONNE:Léon]] ({{86 ans}}) et la famille [[PERSONNE:Diarra]].",
    ),
    (
        "chrs",
        AT,
        "Appel en espagnol. [[PERSONNE:Carmen]], {{60 ans}} environ, a perdu sa carte d'identité espagnole ({{DNI}}), elle donne le numéro de mémoire : [[IDENTIFIANT:48201736S]]. Elle était hébergée à {{Perpignan}} avant. L'écoutante parle {{espagnol}}, heureusement.",
    ),
    (
        "chrs",
        AT,
        "{{23h52}}. Femme victime de {{violences}}, appelle en chuchotant, il est dans la pièce d'à côté. Elle donne l'adresse : [[ADRESSE:bât C, 8 allée des Mimosas, Vaulx-en-Velin]]. Le {{115}} transfère au {{17}}. On ne saura pas la suite.",
    ),
    (
        "chrs",
        AT,
        "Un homme appelle pour [[PERSONNE:Bernard]], un ancien collègue croisé ce matin, qui fait la manche devant le {{Monoprix}}. Il ne connaît pas son {{nom de famille}}, il demande si on peut « faire quelque chose ». Réponse : signalement à la {{maraude}} de l'{{Armée du Salut}}. Le monsieur : [[PERSONNE:Pascal Lemaire]], [[TELEPHONE:06 07 39 58 21]].",
    ),
    (
        "chrs",
        AT,
        "appel à {{2h}} pour demander l'heure. sérieusement. l'écoutante donne l'heure, demande si ça va, {{10 minutes}} de conversation. c'était un {{monsieur seul}} de {{80 ans}} qui n'est pas à la rue du tout.",
    ),
    (
        "chrs",
        AT,
        "Jeune homme afghan, [[PERSONNE:Wali]], {{16 ans}} dit-il, pas de papiers, se présente comme mineur. Le {{115}} ne peut pas, renvoi vers l'{{ASE}} / {{DEMIE}}. Il dort sous l'échangeur de la {{porte de la Chapelle}}. Numéro du bénévole d'{{Utopia 56}} qui l'accompagne : [[TELEPHONE:07 66 01 45 89]] ([[PERSONNE:Clément]]).",
    ),
    (
        "chrs",
        AT,
        "Je prends le 2e casque. Dame, {{72 ans}}, expulsée ce matin de son logement, [[ADRESSE:4 impasse du Moulin, 76000 Rouen]], par huissier. Elle a dormi dans la salle d'attente de la {{gare}}. Elle a sa carte vitale mais plus de clé. N° de sécu lu par l'écoutante pour le dossier : [[NIR:2 51 07 76 540 112 04]] (née à {{Rouen}} en [[DATE_NAISSANCE:juillet 51]]). Place trouvée en {{résidence autonomie}} via le {{CCAS}} demain.",
    ),
]

# --- CHRS / shelters and night reception, at the desk ---------------------------------------
CHRS_DESK = [
    (
        "chrs",
        AP,
        "{{20h}}, ouverture de la {{halte de nuit}}. File de {{23 personnes}} dehors. [[PERSONNE:Manu]] (salarié) appelle les noms de la liste du {{115}} : « [[PERSONNE:Kevin]] ? [[PERSONNE:Ousmane]] ? Mme [[PERSONNE:Petit]] ? ». Ceux qui ne sont pas sur la liste attendent les désistements jusqu'à {{21h}}.",
    ),
    (
        "chrs",
        AP,
        "Un homme arrive avec son chien, un {{malinois}}, {{Sultan}}. Règle du {{CHRS Saint-Vincent}} : pas d'animaux. Le veilleur, [[PERSONNE:Rachid]], fait une exception « pour le froid » et installe le chien dans la {{buanderie}}. Le monsieur (il dit s'appeler [[PERSONNE:Tony]]) pleure.",
    ),
    (
        "chrs",
        AP,
        "Dortoir de {{12 lits}}, casiers avec cadenas, douches ouvertes de {{20h}} à {{22h}}. Une machine à laver pour {{45 personnes}}. Les gens se disputent le sèche-linge plus que la télé.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission au {{CHRS L'Escale}} avec la travailleuse sociale ([[PERSONNE:Élodie Marchand]]). Monsieur [[PERSONNE:Rémi Caradec]], {{44 ans}}, sortant du {{centre pénitentiaire}} de {{Ploemeur}}, né le [[DATE_NAISSANCE:1979-11-19]] (format de l'écran). Elle remplit le {{contrat de séjour}}, il signe sans lire. {{Chambre 7}}, {{6 mois}} renouvelables.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour, {{9h}}. Une dame vient chercher son courrier ({{domiciliation}} ici). Nom : [[PERSONNE:Gomes]], prénom [[PERSONNE:Maria do Céu]]. L'agent cherche dans le bac G. {{3 lettres}}, dont une de la {{Caf}} et une de la {{préfecture}}. Elle ouvre celle de la préf devant nous : refus de titre de séjour. Silence.",
    ),
    (
        "chrs",
        AP,
        "Le veilleur de nuit [[PERSONNE:Jean-Mi]] fait le tour des chambres à {{1h}} avec sa lampe. Il connaît tout le monde : « là c'est [[PERSONNE:Fred]], il ronfle, là c'est le petit [[PERSONNE:Yanis]], {{19 ans}}, il est là depuis {{Noël}} ». Une chambre vide : « [[PERSONNE:Abdel]] est pas rentré, je laisse jusqu'à {{2h}} ».",
    ),
    (
        "chrs",
        AP,
        "Une femme arrive à {{22h30}} sans rendez-vous, avec un sac {{Tati}} et un enfant endormi. Pas sur la liste. La salariée appelle le {{115}} depuis le fixe. Prénom donné : [[PERSONNE:Nadège]]. Placée en chambre d'urgence ({{chambre 14}}). Le petit s'appelle [[PERSONNE:Enzo]], {{3 ans}}.",
    ),
    (
        "chrs",
        AP,
        "Repas du soir : soupe, pâtes, yaourt. {{38 couverts}}. Les bénévoles du {{Secours Populaire}} servent, les hébergés débarrassent. Un monsieur ne mange pas encore parce que c'est le {{Ramadan}} et que ce n'est pas l'heure ; on lui garde une assiette au {{micro-ondes}}.",
    ),
    (
        "chrs",
        AP,
        "Bureau de la cheffe de service. Elle me montre le tableau des orientations {{SIAO}} : {{8 entrées}} ce mois-ci pour {{27 demandes}}. Au tableau : [[PERSONNE:Dupuis]] / [[IDENTIFIANT:SIAO-35-23-08812]] / {{insertion}} ; [[PERSONNE:Koné]] / [[IDENTIFIANT:SIAO-35-24-00147]] / {{stabilisation}}. Elle efface dès que j'ai fini de regarder.",
    ),
    (
        "chrs",
        AP,
        "Un hébergé, [[PERSONNE:Laurent]], passe au bureau pour son RIB : il veut que son {{RSA}} arrive enfin sur un compte à lui. La TS avait obtenu l'ouverture au {{Crédit Mutuel}} par la procédure de {{droit au compte}} ({{Banque de France}}). Il revient avec le RIB : [[IBAN:FR76 1027 8360 0200 0208 7140 110]], fier comme tout. Copie pour la {{Caf}} et le {{Département}}.",
    ),
    (
        "chrs",
        AP,
        "{{Accueil de nuit}}, {{23h}}. Un monsieur que personne ne connaît, pas de nom : « appelez-moi [[PERSONNE:Zorro]] ». Il a le {{lit 9}}. Le veilleur écrit [[PERSONNE:Zorro]] dans le {{registre}} sans discuter.",
    ),
    (
        "chrs",
        AP,
        "Visite du {{CHRS}} : {{52 places}}, dont {{10 places}} femmes en {{diffus}} (appartements en ville). Le directeur (M. [[PERSONNE:Aubert]]) explique le financement {{DDETS}} au {{prix de journée}} : {{38 €}} par personne et par jour. Il dit que l'{{État}} rabote tous les ans.",
    ),
    (
        "chrs",
        AP,
        "Une jeune femme sort du bureau de l'{{éducatrice}} en colère : on lui demande un extrait d'{{acte de naissance}} qu'elle ne peut pas obtenir (née en {{Érythrée}}). Sur le dossier : [[PERSONNE:Semhar Tesfaye]], née le [[DATE_NAISSANCE:01/01/2003]] (« là-bas beaucoup sont enregistrés au {{1er janvier}} », dit l'éduc).",
    ),
    (
        "chrs",
        AP,
        "Pour le {{SIAO}}, l'éduc tape la fiche d'évaluation de M. [[PERSONNE:Ndiaye]], réfugié depuis {{2022}}, né au {{Sénégal}} en [[DATE_NAISSANCE:mai 1988]]. NIR : [[NIR:1 88 05 99 341 009 72]]. Ressources : {{RSA}} en cours d'ouverture. Téléphone [[TELEPHONE:07 53 81 26 40]]. Elle coche « {{sans domicile stable}} ».",
    ),
    (
        "chrs",
        AP,
        "{{7h}} : réveil. {{8h30}} : tout le monde dehors, c'est un {{accueil de nuit}}, pas un {{CHRS}}. Les gens partent avec leurs sacs. Un monsieur demande s'il peut laisser le sien jusqu'au soir, non, règlement. Il le pose quand même derrière le comptoir et la salariée fait semblant de ne pas voir.",
    ),
    (
        "chrs",
        AP,
        "Permanence santé : l'infirmière de l'{{EMPP}} passe le mardi. [[PERSONNE:Dominique]] (l'infirmière) voit {{6 personnes}} en {{2h}}. Un monsieur refuse de donner son nom, elle note « {{monsieur au bonnet rouge}} ». Ça lui suffit.",
    ),
    (
        "chrs",
        AP,
        "Demande d'{{aide juridictionnelle}} pour M. [[PERSONNE:Ferhat]] (loyers impayés dans son ancien logement, [[ADRESSE:23 rue Pasteur, 59100 Roubaix]]). Numéro RG sur la convocation du {{tribunal judiciaire}} de {{Lille}} : [[IDENTIFIANT:22/03817]]. L'éduc photocopie tout en {{4 exemplaires}} ; l'avocate désignée, Me [[PERSONNE:Le Saux]], recevra le dossier.",
    ),
    (
        "chrs",
        AP,
        "Le soir, [[PERSONNE:Gaëlle]] (éducatrice) et moi on tient la permanence du hall. Un monsieur demande à recharger son tel. Une multiprise, {{14 chargeurs}} branchés, chaque tel a un bout de scotch avec un prénom : le {{Nokia}} « [[PERSONNE:Aziz]] », le {{Samsung}} « [[PERSONNE:Dany]] », l'{{iPhone}} fêlé « [[PERSONNE:Titi]] ».",
    ),
    (
        "chrs",
        AP,
        "Couple arrivé par le {{115}} avec leur chienne {{Cannelle}}. Lui, [[PERSONNE:Grégory Lambert]], elle, [[PERSONNE:Audrey]]. Le centre a {{2 chambres}} « couples + animaux », c'est rare. Ils ont vécu {{8 mois}} dans un vieux {{Trafic}} sur le port, immatriculé [[IMMATRICULATION:8452 VT 56]] (ancien format). Le camion est resté là-bas.",
    ),
    (
        "chrs",
        AP,
        "Un homme demande une attestation d'hébergement pour la {{préfecture}}. La secrétaire tape : « Le {{CHRS Le Relais}} atteste héberger M. [[PERSONNE:Aliou Camara]], né le [[DATE_NAISSANCE:12/06/1992]] à {{Conakry}}, depuis le {{03/01/2024}} ». Titre de séjour n° [[IDENTIFIANT:4401927365]]. Signature, tampon.",
    ),
    (
        "chrs",
        AP,
        "{{Réunion d'équipe}} du lundi, {{14h}}. {{17 situations}}, {{5 min}} chacune. Les noms sont dits, je ne note rien. Ce que je retiens : ils parlent des gens avec beaucoup de tendresse et une grosse fatigue.",
    ),
    (
        "chrs",
        AP,
        "{{Halte de nuit}} femmes. Une dame de {{60 ans}} arrive avec {{3 valises}} à roulettes. Elle se présente comme Madame [[PERSONNE:Blanche]], rien d'autre. La salariée me dit qu'elle vient depuis {{2017}} et que personne ne connaît son vrai nom.",
    ),
    (
        "chrs",
        AP,
        "Point {{Caf}} avec un hébergé : sa {{prime d'activité}} a sauté. On appelle le {{3230}} depuis le bureau, il donne son numéro allocataire [[N_ALLOCATAIRE:2318764]] et sa date de naissance, [[DATE_NAISSANCE:08 08 1986]]. {{45 min}} d'attente, l'éduc met le haut-parleur et continue son travail.",
    ),
    (
        "chrs",
        AP,
        "Un bénévole, [[PERSONNE:Gérard]], {{71 ans}}, ancien {{prof de maths}}, fait l'{{aide aux devoirs}} pour les gamins du {{CHRS}} familles. Il me dit que la petite [[PERSONNE:Aya]] est « la meilleure de toute la résidence ». Elle a {{8 ans}}.",
    ),
    (
        "chrs",
        AP,
        "Sortie vers le logement ! Mme [[PERSONNE:Oukili]] obtient un {{T2}} {{Archipel Habitat}}, [[ADRESSE:6 square de Galicie, Rennes]], à {{Villejean}}. {{Référence locataire}} [[IDENTIFIANT:LOC-0458921]]. Tout le monde applaudit au petit-déj. Elle laisse son nouveau numéro à l'équipe : [[TELEPHONE:06 19 72 04 36]].",
    ),
]

# --- CHRS / street outreach (maraudes) and room visits, on site --------------------------------
CHRS_STREET = [
    (
        "chrs",
        CS,
        "Maraude {{Croix-Rouge}}, départ {{21h}} du local. Camion, thermos, {{40 sandwichs}}. Premier arrêt sous le {{pont Saint-Laurent}} : [[PERSONNE:Nono]] et son chien {{Kaiser}}. [[PERSONNE:Nono]] refuse le {{115}} depuis {{3 ans}} (« trop de vols »). On repart avec sa liste de courses : chaussettes, piles.",
    ),
    (
        "chrs",
        CS,
        "{{Parking Saint-Georges}}, niveau {{-2}}. Un homme vit dans sa {{Kangoo}}, [[IMMATRICULATION:cw-118-pl]]. Il s'appelle [[PERSONNE:Didier]], il bosse en intérim chez {{Lactalis}}, plus de logement depuis sa séparation. Il a besoin d'une adresse pour ses fiches de paie. L'équipe lui parle de la {{domiciliation}} au {{CCAS}}.",
    ),
    (
        "chrs",
        CS,
        "{{23h50}}, {{gare}}, {{hall B}}. Les agents {{SNCF}} ferment à {{0h30}}. {{9 personnes}} allongées sur les sièges. On distribue café et couvertures. Personne ne veut de l'hébergement ce soir. On repasse à {{2h}}.",
    ),
    (
        "chrs",
        CS,
        "Tente au bord du {{canal d'Ille-et-Rance}}, près de l'{{écluse}}. [[PERSONNE:Yohann]], {{29 ans}}, diabétique, n'a plus d'insuline. L'infirmière de la maraude ([[PERSONNE:Céline]]) appelle le {{15}}. Il refuse l'hôpital. On lui laisse le numéro de l'{{équipe mobile}}.",
    ),
    (
        "chrs",
        CS,
        "Visite des chambres au {{CHRS Les Tilleuls}} (contrôle hebdo hygiène). {{Chambre 204}} : M. [[PERSONNE:Vasseur]] a {{3 chats}}, dont {{Mistigri}} qu'il a caché pendant {{2 mois}}. La cheffe soupire et négocie : il garde {{Mistigri}}, les deux autres partent à la {{SPA}}.",
    ),
    (
        "chrs",
        CS,
        "Maraude avec le {{SAMU social}}. {{Porte de la Villette}}, campement de {{15 tentes}}. Un jeune soudanais montre un courrier de l'{{OFPRA}}, numéro de dossier [[IDENTIFIANT:2024-08-117345]]. Il s'appelle [[PERSONNE:Adam]]. Rdv à la {{SPADA}} demain {{9h}}.",
    ),
    (
        "chrs",
        CS,
        "Un monsieur qu'ils connaissent depuis longtemps, [[PERSONNE:Papy Jo]], dort devant le {{Carrefour City}} de la {{place Sainte-Anne}}. {{74 ans}}. Les commerçants lui donnent à manger. Il a des papiers, une {{retraite}}, mais « le dehors c'est chez moi ».",
    ),
    (
        "chrs",
        CS,
        "On cherche [[PERSONNE:Sabrina]], signalée par le {{115}} ce midi. Pas au {{jardin du Thabor}}, pas à la {{gare routière}}. On la trouve enfin derrière la {{médiathèque}}, dans le renfoncement des poubelles. Elle dort. On laisse un duvet et un mot.",
    ),
    (
        "chrs",
        CS,
        "Bilan de la nuit : {{31 rencontres}}, {{3 nouveaux}}, {{1 orientation}} {{urgences}}, {{0 mise à l'abri}} (pas de place). {{54 km}} de camion. {{2 litres}} de soupe qui restent.",
    ),
    (
        "chrs",
        CS,
        "Maraude à pied, centre-ville, {{22h}}, avec [[PERSONNE:Aurélie]] et [[PERSONNE:Malik]], bénévoles de l'{{Ordre de Malte}}. Devant la {{Banque de France}}, une femme, [[PERSONNE:Kristina]], parle {{bulgare}}. Avec la traduction du téléphone on comprend qu'elle cherche son mari, [[PERSONNE:Petar]], emmené par la {{police}} ce matin.",
    ),
    (
        "chrs",
        CS,
        "Squat dans un ancien garage, [[ADRESSE:41 rue de Nantes, 35000 Rennes]]. {{12 personnes}} dont {{4 enfants}}. L'équipe de la {{Fondation Abbé Pierre}} fait le point sur l'expulsion prévue en {{avril}}. Le représentant des familles, [[PERSONNE:Gheorghe Stan]], donne son tel : [[TELEPHONE:07 49 03 62 18]].",
    ),
    (
        "chrs",
        CS,
        "Visite mensuelle dans les appartements en {{diffus}} du {{CHRS}}. [[ADRESSE:Appartement 3B, 15 boulevard Voltaire, 21000 Dijon]] : Mme [[PERSONNE:Lefèvre]] et ses {{2 enfants}}. Frigo vide. L'éduc ([[PERSONNE:Samia]]) lui donne un bon pour les {{Restos du Cœur}}.",
    ),
    (
        "chrs",
        CS,
        "{{2h10}}. Sous le {{périph}}, {{porte de Bagnolet}}. Un homme allongé, ne répond pas. On appelle le {{15}}. Il se réveille : « laissez [[PERSONNE:Jacky]] dormir » (il parle de lui à la troisième personne). Il va bien. Il nous donne même un bonbon.",
    ),
    (
        "chrs",
        CS,
        "Camping-car sur le parking du {{stade}}, un {{Fiat Ducato}}, plaque belge [[IMMATRICULATION:1-KMX-447]]. Le couple ([[PERSONNE:Luc]] et [[PERSONNE:Nathalie Peeters]]) vit dedans depuis un an. Ils ne veulent rien, juste savoir où vider les eaux usées. L'éduc note l'{{aire de service}} de {{Cesson}}.",
    ),
    (
        "chrs",
        CS,
        "Campement sous le {{pont de Bercy}}. [[PERSONNE:Mohamed]], [[PERSONNE:Youssef]] et un troisième qui dort. Ils ont reçu une {{OQTF}}. [[PERSONNE:Youssef]] montre son {{passeport marocain}} : [[IDENTIFIANT:RK4518273]]. La maraude note tout pour l'avocate de la {{Cimade}}.",
    ),
    (
        "chrs",
        CS,
        "Tournée du veilleur dans le {{CHRS}} familles : {{3h}}, bruit au {{2e étage}}. Mme [[PERSONNE:Mbala]] ({{chambre 22}}) a un bébé qui a de la fièvre. [[PERSONNE:Christophe]] (veilleur) appelle {{SOS Médecins}} et reste devant la porte jusqu'à {{4h15}}.",
    ),
    (
        "chrs",
        CS,
        "Maraude annulée à {{22h}}, le camion ne démarre pas. On part à pied avec {{2 sacs à dos}}. On fait la {{gare}}, le parvis de la {{cathédrale}}, le {{parking Hoche}}. {{12 personnes}} vues. La moitié demandent des nouvelles du camion, comme d'une personne.",
    ),
    (
        "chrs",
        CS,
        "Rencontre avec la [[PERSONNE:Puce]] (surnom, elle fait {{1m50}}) et son compagnon [[PERSONNE:Bouli]]. {{3 chiens}} : {{Rasta}}, {{Diesel}} et {{Princesse}}. Ils vivent sous une tente derrière le {{Lidl}}. Elle est enceinte de {{4 mois}}, pas de suivi : rdv pris à la {{PMI}}. Elle donne le tel de sa mère, [[TELEPHONE:06 58 30 14 77]] : « elle, elle répond toujours ».",
    ),
    (
        "chrs",
        CS,
        "Le {{SAMU social}} récupère une dame à la {{gare Saint-Charles}}. Pas de papiers sur elle. Elle dit [[PERSONNE:Rosa]], née le [[DATE_NAISSANCE:15 août 1949]], « je suis pas folle hein ». L'équipe la conduit à l'{{UHU}} de la {{Madrague}}.",
    ),
    (
        "chrs",
        CS,
        "Passage au {{bois de Vincennes}}, les cabanes. [[PERSONNE:Rudy]] est là depuis {{2011}}. Il nous fait visiter : un poêle, un potager. Il a une adresse au {{CCAS}} pour son {{AAH}}. Il demande des nouvelles de [[PERSONNE:Jean-Pierre]], mort en {{novembre}}. Personne ne lui avait dit.",
    ),
    (
        "chrs",
        CS,
        "{{Équipe mobile}} psy + maraude. Un homme à {{Mériadeck}}, M. [[PERSONNE:S.]] (entre eux ils ne disent que l'initiale), très délirant, parle de la {{DGSI}}. L'infirmière note l'heure, {{22h12}}, et son n° de dossier {{CMP}} : [[IDENTIFIANT:CMP-33-118472]]. On repassera demain.",
    ),
    (
        "chrs",
        CS,
        "Contrôle des chambres avant la {{commission de sécurité}}, chambre par chambre avec le chef de service. {{Chambre 11}} : une plaque électrique interdite, confisquée. {{Chambre 15}} : rien. {{Chambre 16}} : le résident, [[PERSONNE:Kader]], a tapissé les murs de photos de {{Johnny Hallyday}}. Le chef rigole : « ça c'est autorisé ».",
    ),
    (
        "chrs",
        CS,
        "Maraude {{Emmaüs}}, {{22h30}}. Dans le couloir de la {{gare du Nord}}, un jeune couple avec une poussette vide (pour les affaires). Lui [[PERSONNE:Kévin Roussel]], elle [[PERSONNE:Manon]]. [[PERSONNE:Manon]] a encore au poignet le bracelet des urgences du {{CHU}} avec son {{IPP}} : [[IDENTIFIANT:801447923]].",
    ),
    (
        "chrs",
        CS,
        "je note vite : {{square}} derrière la {{poste}}. {{5 personnes}}. [[PERSONNE:Fifi]], [[PERSONNE:Marco]], [[PERSONNE:Sandra]], et deux que personne connait. café, soupe. [[PERSONNE:Fifi]] a une plaie au pied, rdv {{PASS}} demain {{10h}}.",
    ),
    (
        "chrs",
        CS,
        "Il pleut depuis {{18h}}. Personne dehors, ou plutôt tout le monde caché. On fait les {{parkings souterrains}} un par un. {{4 personnes}} trouvées. Les gardiens nous ouvrent sans poser de questions, ils connaissent le {{camion}}.",
    ),
    (
        "chrs",
        CS,
        "Visite à l'hôtel social {{Le Mistral}}, {{chambre 5}} : famille [[PERSONNE:Bakayoko]], {{5 personnes}} dans {{12 m²}}. Plaque chauffante posée sur le lavabo. La maman, [[PERSONNE:Assetou]], montre les moisissures. L'éduc prend des photos pour le {{SIAO}} (réf [[IDENTIFIANT:SIAO-13-FAM-7781]]).",
    ),
    (
        "chrs",
        CS,
        "Maraude de jour avec l'{{ADSEA}}. Devant l'{{église Saint-Pierre}}, [[PERSONNE:Fanfan]] fait la manche. Son {{RSA}} est suspendu, il nous tend la lettre : n° allocataire [[N_ALLOCATAIRE:0781245]]. L'éducateur ([[PERSONNE:Thomas]]) appelle la {{Caf}} direct sur le trottoir.",
    ),
    (
        "chrs",
        CS,
        "{{Bidonville}} de {{La Soie}}. Une cinquantaine de personnes. La médiatrice ([[PERSONNE:Ioana]]) traduit du {{roumain}}. Une femme montre une {{ordonnance}} au nom de [[PERSONNE:Elena Dinu]], née le [[DATE_NAISSANCE:22.09.1988]]. Elle ne peut pas payer les médicaments. La médiatrice lui explique l'{{AME}}.",
    ),
    (
        "chrs",
        CS,
        "Nuit de {{Noël}}. Maraude spéciale avec l'{{adjoint au maire}} (pas en {{immersion}}, lui, en « visite »). Il serre des mains. [[PERSONNE:Dédé]] lui demande un logement. L'adjoint dit qu'il « va voir ». [[PERSONNE:Dédé]] rigole : « vous êtes le {{quatrième}} ».",
    ),
    (
        "chrs",
        CS,
        "{{Aire d'accueil}} des gens du voyage : la famille [[PERSONNE:Winterstein]] est installée sur l'[[ADRESSE:aire de la Prévalaye, place 14]]. Caravane {{Caravelair}}, voiture [[IMMATRICULATION:GH-927-RS]]. La TS vient pour la {{domiciliation}} et le {{RSA}} du fils, [[PERSONNE:Django]].",
    ),
]

# --- Urgences (hospital emergency departments) -------------------------------------------------
URGENCES = [
    (
        "urgences",
        AP,
        "{{3h20}}, urgences du {{CHU}}. Un homme arrive avec les {{pompiers}}, trouvé dans un {{abribus}}, {{hypothermie}}. Aucun papier. L'IAO ([[PERSONNE:Marine]]) l'enregistre d'abord en « {{inconnu}} », puis il se réveille et dit [[PERSONNE:Gilbert]]. Elle corrige l'identité provisoire, sans nom de famille.",
    ),
    (
        "urgences",
        AP,
        "Accueil administratif : la secrétaire demande la {{carte vitale}}, la dame ne l'a pas. Elle donne son {{numéro de sécu}} de tête : [[NIR:2 86 03 35 288 077 40]]. Née à {{Saint-Malo}} le [[DATE_NAISSANCE:9 mars 1986]]. La secrétaire ([[PERSONNE:Nathalie]]) vérifie sur {{CDRi}}, droits ouverts. {{4 min}} en tout.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{27 personnes}} à {{21h}}. Écran : « temps d'attente estimé {{5h}} ». Un enfant dort sur deux chaises. Un monsieur lit {{Ouest-France}} de la veille. Personne ne râle vraiment.",
    ),
    (
        "urgences",
        AP,
        "Un {{SDF}} connu du service, « le [[PERSONNE:Baron]] », vient pour la {{3e fois}} cette semaine, surtout pour dormir au chaud. L'{{urgentiste}} (Dr [[PERSONNE:Hamon]]) le garde en {{UHCD}} « pour surveillance ». Tout le monde sait pourquoi.",
    ),
    (
        "urgences",
        AP,
        "Femme, {{34 ans}}, {{entorse}}. Au {{guichet}} elle donne son adresse, [[ADRESSE:12 bis rue des Carmes, 45000 Orléans]], son tel [[TELEPHONE:06 44 82 19 07]] et sa mutuelle, {{Harmonie Mutuelle}} n° [[IDENTIFIANT:HM0072318845]]. Elle s'appelle [[PERSONNE:Sonia Belkacem]]. La secrétaire tape tout en {{2 min}} sans lever les yeux.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur sans domicile refuse de quitter le {{box}}. L'assistante sociale des urgences, Mme [[PERSONNE:Guérin]], appelle le {{115}} : pas de place. Elle imprime le plan des {{accueils de jour}} et l'adresse de la {{PASS}}. Il part à {{6h}} avec un sandwich et le plan. Il s'appelle [[PERSONNE:Raymond]].",
    ),
    (
        "urgences",
        AP,
        "Patient étranger, roumain, pas de {{carte européenne}} ({{CEAM}}). Il montre sa {{carte d'identité}} : [[IDENTIFIANT:RX 458721]]. L'agent d'accueil ([[PERSONNE:Fabrice]]) photocopie et coche « {{payant}} ». [[PERSONNE:Fabrice]] me dit que la facture ne sera jamais réglée.",
    ),
    (
        "urgences",
        AP,
        "{{Box 6 à 8}} occupés depuis {{18h}} par des patients qui attendent un lit. {{12 brancards}} dans le couloir. Le cadre : « {{0 lit}} d'aval ce soir ». Une infirmière mange un yaourt debout, {{2 minutes}}, et repart.",
    ),
    (
        "urgences",
        AP,
        "{{1h40}}. Une {{étudiante}} arrive avec sa copine, ivre, coupure au front. La copine remplit la fiche : [[PERSONNE:Chloé Besnard]], née le [[DATE_NAISSANCE:30/04/2004]], {{résidence Beaulieu}}, [[ADRESSE:bât. 4, 2 allée Jacques Prévert, 35700 Rennes]] (cité {{CROUS}}).",
    ),
    (
        "urgences",
        AP,
        "Homme, {{50 ans}} environ, amené par la maraude du {{SAMU social}} (pied infecté). L'infirmière d'accueil retrouve son dossier : IPP [[IDENTIFIANT:2019004417]], [[PERSONNE:Lucien Marchal]], dernier passage en {{février}}. Adresse dans le dossier : « {{sans domicile}} ». Pour le joindre : l'accueil de jour {{Le Fourneau}}, il y reçoit ses messages.",
    ),
    (
        "urgences",
        AP,
        "Une maman et son bébé de {{3 semaines}}, fièvre. Elle est logée à l'{{hôtel Campanile}} ({{chambre 207}}) par le {{115}} depuis {{janvier}}. Le pédiatre (Dr [[PERSONNE:Lemoine]]) demande le prénom du bébé pour l'étiquette : [[PERSONNE:Ilyes]]. La maman : [[PERSONNE:Nour Abdelkader]]. Elle n'a pas de quoi payer le taxi du retour, l'AS lui donne un bon.",
    ),
    (
        "urgences",
        AP,
        "Le tri à l'accueil prend {{3 à 6 min}} par patient. Échelle {{FRENCH}}, de 1 à 5. {{Tri 5}} = peut attendre. La plupart des gens de la salle sont en {{tri 4}} ou 5, ils attendront jusqu'au matin.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur arrive avec son chien, {{Oslo}}, un {{husky}}. Interdit dans le service. Le {{vigile}} ([[PERSONNE:Karim Haddouche]]) garde le chien dehors près de la porte pendant {{2h}} en lui parlant. Le maître, [[PERSONNE:Jérémy]], ressort du {{box 2}} en boitant et pleure en le retrouvant.",
    ),
    (
        "urgences",
        AP,
        "Dame de {{89 ans}}, {{chute à domicile}}, amenée par les {{pompiers}}. La secrétaire appelle la fille, qui vit à {{Brest}} et dicte tout : [[PERSONNE:Germaine Le Floch]], née le [[DATE_NAISSANCE:11/10/1934]], [[ADRESSE:3 rue de Kerbernard, 29000 Quimper]], et son propre numéro à elle, [[TELEPHONE:06 81 27 35 90]].",
    ),
    (
        "urgences",
        AP,
        "Homme sans papiers, {{4h}} du matin, douleurs abdo : [[PERSONNE:Mamadou Bah]]. Il a demandé l'{{AME}}, la carte n'est pas arrivée. Il montre le {{récépissé}} de la demande : [[IDENTIFIANT:AME-2024-0517823]]. La secrétaire : « ça ne marche pas, il me faut la carte ». La {{PASS}} prend le relais demain.",
    ),
    (
        "urgences",
        AP,
        "Nuit. Un jeune, {{20 ans}}, crise d'angoisse. Il dort dans sa voiture depuis que ses parents l'ont mis dehors. L'{{interne}} ([[PERSONNE:Julie]]) demande où est la voiture : {{parking de l'hôpital}}, une {{Twingo}} [[IMMATRICULATION:EP-604-QK]]. Elle l'écrit dans le dossier « pour le {{service social}} ». Il s'appelle [[PERSONNE:Nathan Guillou]].",
    ),
    (
        "urgences",
        AP,
        "{{Urgences pédiatriques}}, {{19h}}. Un papa et son fils [[PERSONNE:Tom]], {{6 ans}}, bras cassé au foot. Pas de {{carte vitale}}, il dicte son propre numéro : [[NIR:1 82 06 72 181 039 61]], « né au {{Mans}} en [[DATE_NAISSANCE:juin 82]] », précise-t-il sans qu'on lui demande.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur de la rue, habitué, vient juste prendre un café à la machine du {{hall}} et se laver les mains, vers {{5h}}. Les soignants le laissent faire. Il s'appelle [[PERSONNE:Bébert]], disent-ils. Le {{cadre de santé}} : « tant qu'il ne dort pas dans le {{couloir}} ».",
    ),
    (
        "urgences",
        AT,
        "Régulation {{SAMU}} ({{15}}), je suis en double écoute. Un passant : un homme tombé devant la {{gare Part-Dieu}}. L'ARM ([[PERSONNE:Océane]]) prend le numéro du passant, [[TELEPHONE:07 82 16 34 59]]. Envoi d'un {{VSAV}}. {{4 min}} d'appel.",
    ),
    (
        "urgences",
        AT,
        "L'infirmière de l'{{EHPAD Les Hortensias}} appelle pour Mme [[PERSONNE:Roussel]], {{92 ans}}, chute. Elle dicte la date de naissance : [[DATE_NAISSANCE:vingt-trois avril mille neuf cent trente-deux]]. Le médecin régulateur décide : pas de transport, passage du {{médecin de garde}} ({{SOS Médecins}}).",
    ),
    (
        "urgences",
        AT,
        "{{Standard des urgences}}, {{14h}}-{{16h}} : {{38 appels}}. La moitié : « combien de temps d'attente ? ». Réponse toujours la même : « on ne peut pas savoir ». Le reste : des familles qui cherchent un proche. Rien n'est dit au téléphone sans vérification.",
    ),
    (
        "urgences",
        AT,
        "Une femme appelle pour savoir si son frère est aux {{urgences}} : [[PERSONNE:Hervé Tanguy]], {{SDF}}, « il passe souvent chez vous ». L'agent ne confirme pas ({{secret médical}}), prend son numéro, [[TELEPHONE:02 97 64 18 33]], et dit qu'il transmettra. Il est là, {{box 3}}. Il ne veut pas qu'on la rappelle.",
    ),
    (
        "urgences",
        AT,
        "Le {{115}} appelle les urgences à {{23h}} : l'écoutante demande si Mme [[PERSONNE:Ribeiro]] peut rester jusqu'au matin, pas de place ailleurs. L'{{infirmière de coordination}} dit oui, « sur un fauteuil en {{UHCD}} ». Réf 115 de la dame : [[IDENTIFIANT:115-29-20231207-044]].",
    ),
    (
        "urgences",
        AT,
        "Un patient rappelle après sa sortie : il a oublié sa {{carte de séjour}} dans le {{box 5}}. [[PERSONNE:Oumar Diallo]]. La secrétaire retrouve l'{{enveloppe}} et lit le numéro pour vérifier : [[IDENTIFIANT:9913048725]]. Il passe la chercher demain à {{14h}}.",
    ),
    (
        "urgences",
        AT,
        "{{15}} : nuit calme jusqu'à {{1h}}, puis {{12 appels}} en {{20 min}} (accident sur la {{rocade}}). Le régulateur parle à trois personnes à la fois, un casque, deux téléphones. Je n'ai pas compris comment.",
    ),
    (
        "urgences",
        AT,
        "Une dame appelle pour une facture : {{19,61 €}} de {{forfait patient urgences}}. Facture n° [[IDENTIFIANT:FU2024-118307]], au nom de son fils [[PERSONNE:Lenny]]. On la renvoie vers la {{facturation}}, poste {{4521}}. Son mail pour le {{duplicata}} : [[EMAIL:sabrina.hoarau974 [at] orange.fr]].",
    ),
]

# --- CCAS ----------------------------------------------------------------------------------------
CCAS = [
    (
        "ccas",
        AP,
        "{{Domiciliation}} : un monsieur vient ouvrir son droit. L'agente ([[PERSONNE:Brigitte]]) remplit le {{Cerfa}} d'élection de domicile. Lui : [[PERSONNE:Stéphane Gallais]], né le [[DATE_NAISSANCE:7 juillet 1975]] à {{Laval}}. Il dort « un peu partout, en ce moment le {{parking de la gare}} ». Attestation remise, valable {{1 an}}.",
    ),
    (
        "ccas",
        AP,
        "File d'attente devant le {{CCAS}} à {{8h45}} : {{14 personnes}} avant l'ouverture. Aides facultatives, colis, domiciliation. L'agent d'accueil distribue des tickets numérotés, j'ai le {{15}}. Il fait froid et la porte vitrée reste fermée jusqu'à {{9h}} pile.",
    ),
    (
        "ccas",
        AP,
        "Un couple vient pour une {{aide d'urgence}} : facture {{EDF}} impayée, {{coupure}} annoncée. Réf client EDF [[IDENTIFIANT:6004 518 927]]. M. et Mme [[PERSONNE:Charpentier]]. Le {{CCAS}} paie {{150 €}} directement au fournisseur. Elle dit merci quatre fois.",
    ),
    (
        "ccas",
        AP,
        "{{Épicerie sociale}} : accès sur dossier. L'agente calcule le {{reste à vivre}} : {{4,80 €}} par jour et par personne, sous le plafond de {{7 €}}. Accord pour {{3 mois}}. Pas de nom dans ma note, elle me l'a demandé.",
    ),
    (
        "ccas",
        AP,
        "Courrier des {{domiciliés}}, {{guichet du mercredi}}. [[PERSONNE:Gaby]] (tout le monde le connaît) demande s'il a du courrier. Non. Il revient tous les jours depuis {{2 semaines}}, il attend la réponse de la {{MDPH}}. Son {{numéro de dossier}}, il le connaît par cœur : [[IDENTIFIANT:MDPH-35-2023-118452]].",
    ),
    (
        "ccas",
        AP,
        "Une dame de {{82 ans}} vient au {{CCAS}} s'inscrire sur le registre {{plan canicule}}. Elle donne son nom, [[PERSONNE:Jeanne Pelletier]], son adresse, [[ADRESSE:19 avenue Gambetta, 72000 Le Mans]], et le numéro de sa voisine, [[TELEPHONE:02 43 28 71 09]], « parce que moi je n'entends pas le {{téléphone}} ».",
    ),
    (
        "ccas",
        AP,
        "Instruction d'une demande de {{RSA}} au {{CCAS}} (ils le font pour les personnes sans domicile). Monsieur [[PERSONNE:Julien Paris]], {{31 ans}}, né à {{Toulouse}} en [[DATE_NAISSANCE:janvier 1993]], sorti d'un {{CHRS}} le mois dernier. N° de sécu : [[NIR:1 93 01 31 555 214 18]]. IBAN pour le versement : [[IBAN:FR76 1558 9297 0104 5187 6234 045]]. {{50 min}} d'entretien.",
    ),
    (
        "ccas",
        AP,
        "Un jeune homme vient demander une {{tente}}. Oui, vraiment. L'agent explique qu'ils n'en donnent pas, peut-être le {{Secours Populaire}}. Il dort dans un {{abri de jardin}} prêté par un ami à {{Chantepie}}.",
    ),
    (
        "ccas",
        AP,
        "Aide alimentaire : bons {{Carrefour}} de {{30 €}}. L'agente note la bénéficiaire, [[PERSONNE:Yasmina Cherif]], {{3 enfants}}, n° allocataire [[N_ALLOCATAIRE:5520318]]. Elle demande si on peut lui donner le {{Pass'Sport}} aussi. Non, pas ici.",
    ),
    (
        "ccas",
        AP,
        "Permanence du {{CCAS}} à {{Villejean}}. Mme [[PERSONNE:Girard]] (écrit « [[PERSONNE:Girrard]] » sur le ticket) sort de chez elle pour la première fois depuis {{2 mois}} (dépression). Elle veut une aide pour le chauffage. L'agent ([[PERSONNE:Valentin]]) prend le temps, {{45 min}}, et remplit tout lui-même.",
    ),
    (
        "ccas",
        AP,
        "Un monsieur arrive avec son {{rat}} dans la poche ({{Pépito}}). L'agente crie, puis rit. Il vient chercher son {{attestation de domiciliation}} pour ouvrir un compte à {{La Banque Postale}}. Attestation au nom de [[PERSONNE:Cédric Hamel]]. Le rat reste dans la poche.",
    ),
    (
        "ccas",
        AP,
        "{{Analyse des besoins sociaux}} : le directeur me montre les chiffres. {{1 240}} domiciliations actives, +{{18 %}} en {{2 ans}}, {{62 %}} d'hommes seuls. Pas un nom, que des chiffres.",
    ),
    (
        "ccas",
        AP,
        "Une femme demande une aide pour sortir sa voiture de la {{fourrière}} : c'est là qu'elle dort avec son fils, elle a été enlevée {{rue de Fougères}}. Plaque [[IMMATRICULATION:AZ-718-CD]]. Frais : {{127 €}}. Le {{CCAS}} accorde {{100 €}}. Elle s'appelle [[PERSONNE:Karine Josse]].",
    ),
    (
        "ccas",
        AP,
        "Un jeune suivi par la {{Mission Locale}} vient avec sa conseillère ([[PERSONNE:Anaïs]]) pour une aide au {{premier loyer}}. Il a trouvé un studio chez un particulier, [[ADRESSE:2 place du Champ Jacquet, Rennes]]. Il s'appelle [[PERSONNE:Théo Le Goff]], {{19 ans}}. Aide accordée : {{200 €}}, versés au {{propriétaire}}.",
    ),
    (
        "ccas",
        AP,
        "Guichet unique, {{11h}}. Un monsieur ne parle qu'arabe. L'agente appelle {{ISM Interprétariat}}, {{3 min}} d'attente. On comprend qu'il cherche son frère, [[PERSONNE:Hassan]], qui était domicilié ici. L'agente ne peut rien dire. Il repart avec le numéro du {{115}}.",
    ),
    (
        "ccas",
        AP,
        "Le {{CCAS}} gère aussi l'accueil de nuit hivernal ({{salle Pierre Mendès France}}), {{20 lits}}. Liste du soir sur le bureau de l'agent : [[PERSONNE:Alain R.]], [[PERSONNE:Kamel]], [[PERSONNE:Svetlana]], … {{16 inscrits}}. Ouverture à {{19h30}}.",
    ),
    (
        "ccas",
        AT,
        "Permanence tél. Une dame appelle pour son fils de {{40 ans}} qui vit dans sa voiture, une {{Opel Corsa}} [[IMMATRICULATION:BK-203-VX]], sur le parking du {{cimetière de l'Est}}. Elle ne sait plus quoi faire. L'agente lui explique la domiciliation, le {{115}}, la maraude. {{25 min}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un propriétaire, {{10h15}} : son locataire est décédé, il ne sait pas à qui rendre les affaires. {{Locataire}} : [[PERSONNE:René Tessier]], [[ADRESSE:7 rue du Four, 22000 Saint-Brieuc]]. L'agent prend son numéro à lui, [[TELEPHONE:06 24 71 83 05]], pour le {{service des obsèques}} ({{convoi social}}).",
    ),
    (
        "ccas",
        AT,
        "Appels du {{lundi matin}} : {{22}} en {{2h}}. Beaucoup de « vous avez bien reçu mon dossier ? ». L'agente regarde dans {{Millésime}} (leur logiciel) et répond en moins d'une minute. Une seule fois elle dit « je vous rappelle ».",
    ),
    (
        "ccas",
        AT,
        "Un monsieur à la rue appelle de la {{cabine}} devant la {{mairie}} (il en reste une) : est-ce que son courrier de la {{Caf}} est arrivé ? Il épelle son nom : [[PERSONNE:L, A, U, R, E, N, T]]. {{Prénom}} : [[PERSONNE:Michel]]. Oui, une lettre est là. Il arrive.",
    ),
    (
        "ccas",
        AT,
        "L'assistante sociale du {{Département}}, [[PERSONNE:Florence Nicolas]], appelle pour une demande commune : Mme [[PERSONNE:Traoré]] et ses {{4 enfants}}, hôtel {{Kyriad}}, {{chambre 12}}. Il faut des lunettes pour la grande. Le dossier partira par mail à l'AS : [[EMAIL:f.nicolas@cd-vilaine.fr]].",
    ),
    (
        "ccas",
        AT,
        "« bonjour c'est [[PERSONNE:Nanou]] ». L'agente du {{CCAS}} sait tout de suite. [[PERSONNE:Nanou]] a perdu son {{portefeuille}}, sa carte {{KorriGo}}, tout. L'agente lui dit de passer, elle refera l'{{attestation de domiciliation}}.",
    ),
    (
        "ccas",
        AT,
        "Une mère appelle pour l'{{aide à la cantine}}. Numéro allocataire : [[N_ALLOCATAIRE:1094387]]. {{Quotient familial}} {{412}}, tarif {{0,80 €}} le repas. Elle laisse son {{portable}}, [[TELEPHONE:07 67 20 48 13]], pour qu'on la rappelle quand c'est validé.",
    ),
    (
        "ccas",
        AT,
        "Le {{115}} appelle le {{CCAS}} (je suis côté CCAS) : ils ont un monsieur domicilié ici, [[PERSONNE:Patrice Le Roux]], né le [[DATE_NAISSANCE:28/08/1963]], ils veulent confirmer avant l'inscription au {{SIAO}}. L'agent confirme : domicilié depuis {{2021}}.",
    ),
    (
        "ccas",
        AT,
        "Appel anonyme : « y a un monsieur qui dort dans le {{local poubelles}} de l'immeuble ». L'agente renvoie vers le {{115}} et la {{maraude}}. Elle me dit : « on n'a pas d'{{équipe de nuit}}, on ne peut envoyer personne ». {{3 min}}.",
    ),
    (
        "ccas",
        AT,
        "Rappel d'une dame pour sa {{demande de logement social}} : elle est hébergée chez sa sœur, {{résidence Les Tamaris}}, [[ADRESSE:bât B, 45 rue Jean Jaurès, 13015 Marseille]]. {{Numéro unique}} de demandeur : [[IDENTIFIANT:013042311289407]]. Elle s'appelle [[PERSONNE:Kenza Amrani]]. Rien de nouveau, l'agente promet de relancer {{Habitat Marseille Provence}}.",
    ),
    (
        "ccas",
        CS,
        "Visite à domicile avec l'AS : [[ADRESSE:14 rue des Rosiers, 35200 Rennes]], {{3e étage}} sans ascenseur. Mme [[PERSONNE:Robin]], {{87 ans}}, seule. Dans le frigo : {{3 yaourts}}. L'AS appelle l'{{ADMR}} pour le portage de repas. Mme [[PERSONNE:Robin]] nous sert un café qu'on ne peut pas refuser.",
    ),
    (
        "ccas",
        CS,
        "Visite pour logement indigne avec l'inspecteur du {{SCHS}}. Studio de {{9 m²}} loué {{450 €}}. Locataire : [[PERSONNE:Abdoulaye Sow]]. Propriétaire : une SCI, gérant M. [[PERSONNE:Vidal]]. Moisissures, fils électriques à nu. Arrêté d'{{insalubrité}} envisagé.",
    ),
    (
        "ccas",
        CS,
        "{{Pavillon}}, monsieur avec un syndrome de {{Diogène}}. On ne va pas plus loin que le couloir. L'AS parle {{20 min}} sur le {{pas de la porte}}. Il accepte qu'on revienne {{jeudi}}. D'après elle, c'est déjà une victoire.",
    ),
    (
        "ccas",
        CS,
        "Terrain où vit une famille en {{caravane}}, sans eau : [[ADRESSE:chemin de la Lande, parcelle 52, 56100 Lorient]]. Famille [[PERSONNE:Reinhardt]], {{6 personnes}}, voiture [[IMMATRICULATION:EV-341-ZA]]. L'AS organise un raccordement provisoire à l'eau avec la {{mairie}} et {{Eau du Morbihan}}.",
    ),
    (
        "ccas",
        CS,
        "Évaluation {{APA}} à domicile. M. [[PERSONNE:Guillemot]], {{79 ans}}, {{lieu-dit}} [[ADRESSE:La Ville-Hervé, 22400 Lamballe]]. Il sort sa {{carte vitale}} : [[NIR:1 45 03 22 278 014 97]] (« je suis né à {{Saint-Brieuc}}, en [[DATE_NAISSANCE:mars 45]] »). Il veut rester chez lui, point.",
    ),
    (
        "ccas",
        CS,
        "Visite chez une jeune maman, {{2 enfants}}, dans un appartement prêté, [[ADRESSE:37 avenue de Pologne, 35200 Rennes]]. Pas de bail. Le {{CCAS}} fait l'évaluation pour le {{FSL}}. Elle s'appelle [[PERSONNE:Priscilla]], le bébé [[PERSONNE:Kaïs]]. Elle pleure quand l'AS dit que ça prendra {{2 mois}}.",
    ),
    (
        "ccas",
        CS,
        "Visite d'un squat dans l'ancienne {{école Jules Ferry}}, à la demande du maire. {{8 personnes}}, dont un monsieur âgé, [[PERSONNE:Anton]], qui ne marche plus. L'AS appelle le {{SAMU}} puis l'{{équipe mobile gériatrique}}.",
    ),
    (
        "ccas",
        CS,
        "Contrôle du {{logement passerelle}} du {{CCAS}} ({{appartement 12}}). La locataire, Mme [[PERSONNE:Da Silva]], a hébergé sa sœur sans le dire. L'{{AS}} ferme les yeux « jusqu'à la fin de l'{{hiver}} ».",
    ),
    (
        "ccas",
        CS,
        "Visite à domicile annulée : personne n'ouvre. {{Avis de passage}} dans la boîte. Le {{gardien}} dit que le monsieur est à l'{{hôpital}} depuis {{lundi}}. {{40 min}} de trajet pour rien, ça arrive une fois sur trois.",
    ),
    (
        "ccas",
        CS,
        "Camping municipal, des gens y vivent à l'année : [[ADRESSE:camping des Étangs, emplacement 31]]. M. [[PERSONNE:Poulain]], {{66 ans}}, mobil-home de {{1998}}, touche l'{{ASPA}}. Son chien : {{Filou}}. Il veut juste de l'aide pour sa déclaration d'impôts, numéro fiscal [[IDENTIFIANT:30 12 873 045 619]].",
    ),
]

# --- Caf -----------------------------------------------------------------------------------------
CAF = [
    (
        "caf",
        AP,
        "Accueil {{Caf}}, {{9h}}. Un monsieur domicilié au {{CCAS}} vient pour son {{RSA}}. N° allocataire [[N_ALLOCATAIRE:3381902]]. L'agente ([[PERSONNE:Corinne]]) voit qu'il manque la {{DTR}} du trimestre. Il la remplit sur place, au stylo, sur le comptoir. Il dort à la {{gare}}, il ne lit pas ses mails.",
    ),
    (
        "caf",
        AP,
        "{{Borne d'accueil}} : on prend un ticket, {{A047}}. Attente {{35 min}}. Sur l'écran, une pub pour l'appli {{Caf - Mon Compte}}. La dame à côté de moi n'a pas de {{smartphone}}. Elle attend aussi.",
    ),
    (
        "caf",
        AP,
        "RDV avec Mme [[PERSONNE:Lopes]], {{2 enfants}}, séparée depuis {{octobre}}. {{Changement de situation}}. L'agent met à jour le {{RIB}}, nouveau compte à son nom seul : [[IBAN:FR76 3000 4008 2300 0194 7036 214]]. Il faut l'attestation de la banque, elle l'a. {{12 min}}.",
    ),
    (
        "caf",
        AP,
        "Un étudiant de {{Rennes 1}} vient pour son {{APL}} : refus, le {{bail}} est au nom de sa copine. Lui : [[PERSONNE:Maxime Thébault]], elle : [[PERSONNE:Inès Roy]]. Logement : [[ADRESSE:58 rue de Saint-Malo, 35000 Rennes]]. La conseillère : « il faut un {{avenant}} au bail, avec vos deux noms ».",
    ),
    (
        "caf",
        AP,
        "Sans rdv : une dame a reçu un {{indu}} de {{2 340 €}}. Elle pleure au guichet. L'agent ([[PERSONNE:Olivier]]) explique le {{plan de remboursement}}, {{50 €}} par mois. N° alloc [[N_ALLOCATAIRE:0459217]]. Elle repart avec un rdv chez l'assistante sociale de la {{Caf}}.",
    ),
    (
        "caf",
        AP,
        "Un papa vient à la {{Caf}} déclarer une naissance, {{livret de famille}} et {{acte de naissance}} en main. Bébé : [[PERSONNE:Louise]], née le [[DATE_NAISSANCE:2 février 2024]]. {{Prime à la naissance}} déjà versée. L'agent : « félicitations ». Le papa sourit jusqu'aux oreilles.",
    ),
    (
        "caf",
        AP,
        "Point numérique : {{3 ordinateurs}} en libre-service, une volontaire en {{service civique}} aide les gens. En {{1h}} : {{7 personnes}}, dont {{4}} pour un mot de passe oublié. Le reste pour téléverser des pièces.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Ngoy]] présente sa {{carte de résident}}, n° [[IDENTIFIANT:9402173856]], pour ouvrir les {{allocations familiales}}. Les enfants sont nés en {{RDC}}, il faut le certificat de l'{{OFII}} ({{regroupement familial}}). Elle ne l'a pas. Dossier bloqué.",
    ),
    (
        "caf",
        AP,
        "Un homme qui vit dans son {{camion}} demande pourquoi son {{RSA}} est suspendu : {{domiciliation}} expirée. Il laisse son mail, [[EMAIL:fredo.routard@laposte.net]], n° alloc [[N_ALLOCATAIRE:5093318]]. Il s'appelle [[PERSONNE:Frédéric Aubry]]. L'agente lui dit de refaire l'attestation au {{CCAS}} de {{Brest}}, puis de repasser.",
    ),
    (
        "caf",
        AP,
        "Un monsieur âgé ne comprend pas pourquoi il reçoit un courrier pour l'{{ALS}} de son fils. Le fils : [[PERSONNE:Bastien]], {{24 ans}}, parti à {{Lyon}}. {{Adresse de contact}} restée chez le père : [[ADRESSE:11 rue Victor Hugo, 37000 Tours]]. L'agent corrige.",
    ),
    (
        "caf",
        AP,
        "Phrase entendue {{3 fois}} en {{1h}} : « c'est sur votre {{espace personnel}} ». Chaque fois, la personne répond qu'elle n'a pas d'espace personnel. L'agente finit par créer les comptes avec eux, sur la {{tablette}}.",
    ),
    (
        "caf",
        AP,
        "RDV {{prime d'activité}}. Jeune femme, {{26 ans}}, caissière chez {{Lidl}}, vit chez une amie. N° alloc [[N_ALLOCATAIRE:2765043]], née le [[DATE_NAISSANCE:17/12/1997]]. La conseillère ([[PERSONNE:Patricia Hervé]]) fait la simulation : {{187 €}} par mois.",
    ),
    (
        "caf",
        AP,
        "Couple syrien, réfugiés, accompagné par la TS d'{{Adoma}}. Ouverture du {{RSA}}. Monsieur [[PERSONNE:Khaled Al-Hassan]], madame [[PERSONNE:Rania]]. Hébergement : {{foyer Adoma, chambre 8}}. L'agent scanne la décision {{OFPRA}} (n° [[IDENTIFIANT:2023-04-098132]]) et le RIB : [[IBAN:30002 05612 0000781245R 11]].",
    ),
    (
        "caf",
        AP,
        "Accueil {{Caf}} de {{Quimper}}. Un homme en colère : « je suis {{SDF}}, vous m'envoyez les courriers où ? ». L'agent ne dit rien, le laisse parler {{5 min}}. Ensuite il propose de passer par mail : [[EMAIL:momo.bzh29 [at] gmail [dot] com]]. « c'est mon neveu qui me l'a fait ».",
    ),
    (
        "caf",
        AT,
        "Plateforme téléphonique, {{3230}}. Une dame, n° alloc [[N_ALLOCATAIRE:1876320]], veut savoir quand tombe l'{{AAH}}. Réponse : le {{5}}. Elle raccroche contente. {{1 min 40}}.",
    ),
    (
        "caf",
        AT,
        "Un monsieur à la rue appelle le {{3230}} avec le portable d'un bénévole des {{Restos du Cœur}} ([[PERSONNE:Jacques]], [[TELEPHONE:06 90 35 12 74]]). Son {{RSA}} est-il versé ? Sans {{numéro allocataire}} l'agent ne peut rien dire ; il donne sa {{date de naissance}}, [[DATE_NAISSANCE:04/05/1966]], et son nom, [[PERSONNE:Serge Quéré]]. Ça suffit pour retrouver le dossier.",
    ),
    (
        "caf",
        AT,
        "{{47 appels}} en attente à {{10h}}, {{23 conseillers}} connectés. Le {{superviseur}} affiche le chiffre en rouge sur un écran au mur. Personne ne le regarde, ou tout le monde fait semblant.",
    ),
    (
        "caf",
        AT,
        "Changement de {{RIB}} par téléphone à la {{Caf}} : la conseillère refuse (trop de {{fraudes}}), la dame insiste et lit son {{IBAN}} quand même, [[IBAN:FR76 1600 6210 0150 1783 2469 129]]. « Madame, il faut passer par votre espace. » Mme [[PERSONNE:Bertrand]] raccroche fâchée.",
    ),
    (
        "caf",
        AT,
        "Appel à l'{{ARIPA}} ({{pensions alimentaires}}) : le père vit en {{Espagne}} et veut payer directement. Il donne son {{IBAN}} : [[IBAN:ES59 0182 5322 1402 0160 4758]]. {{Créancière}} : Mme [[PERSONNE:Marques]]. Dossier ARIPA [[IDENTIFIANT:AR-44-2023-015572]].",
    ),
    (
        "caf",
        AT,
        "L'AS d'un {{CHRS}} appelle pour un hébergé, M. [[PERSONNE:Morin]], elle a son {{mandat}}. N° allocataire [[N_ALLOCATAIRE:4471259]]. Pourquoi la {{prime d'activité}} est à 0 ? {{DTR}} pas reçue. Elle soupire : « il n'a pas d'adresse, il n'a rien reçu ».",
    ),
    (
        "caf",
        AT,
        "Appel très court : « mon {{code confidentiel}} est bloqué ». Nouveau code par {{courrier}}, {{5 jours}}. La conseillère vérifie l'adresse : {{résidence du Parc}}, [[ADRESSE:3 rue Lamartine, 44000 Nantes]]. {{Mme}} [[PERSONNE:Gisèle Martin]] confirme.",
    ),
    (
        "caf",
        AT,
        "Un homme appelle pour son frère hospitalisé au {{CH Guillaume Régnier}}, il veut faire la {{déclaration trimestrielle}} à sa place. Refus sans {{procuration}}. Il laisse quand même son numéro pour qu'une {{AS}} le rappelle : [[TELEPHONE:07 44 19 60 82]].",
    ),
    (
        "caf",
        AT,
        "Mini-formation par la {{superviseure}} du {{3230}} pendant la pause de {{15h}} : « on ne dit jamais je ne sais pas, on dit je vais vérifier ». {{6 secondes}} de silence maximum au téléphone, au-delà le {{client}} croit qu'on a raccroché.",
    ),
    (
        "caf",
        AT,
        "Appel en anglais : [[PERSONNE:Sean O'Brien]], étudiant {{Erasmus}} à {{Rennes 2}}, veut l'{{APL}}. Son compte est en Irlande : [[IBAN:IE15 AIBK 9312 0447 1893 56]]. La conseillère vérifie : zone {{SEPA}}, c'est bon.",
    ),
    (
        "caf",
        CS,
        "Contrôle à domicile {{Caf}}, {{9h30}} : le contrôleur (M. [[PERSONNE:Renaud]]) vérifie une déclaration d'{{isolement}}, [[ADRESSE:9 rue des Camélias, 56000 Vannes]]. Mme [[PERSONNE:Pichon]] ouvre. Deux {{brosses à dents}}, une {{veste d'homme}}. Elle dit que c'est son frère. Le contrôleur note sans commenter.",
    ),
    (
        "caf",
        CS,
        "Contrôle d'un allocataire logé à l'hôtel par le {{115}} qui touche encore l'{{APL}} pour un logement à {{Lorient}} qu'il a quitté. Le contrôleur le voit à l'{{hôtel Ibis}}, {{chambre 112}}. M. [[PERSONNE:Kerbrat]], n° alloc [[N_ALLOCATAIRE:6021184]]. Indu probable : {{8 mois}}.",
    ),
    (
        "caf",
        CS,
        "Le contrôleur me montre sa {{check-list}} : bail, quittances, factures, {{relevés bancaires}}, nombre de lits, présence d'enfants. {{1h30}} par contrôle en moyenne, {{4}} par jour. Il dit qu'il n'ouvre jamais les {{placards}}.",
    ),
    (
        "caf",
        CS,
        "Contrôle {{RSA}} dans une caravane sur un terrain familial, [[ADRESSE:lieu-dit Kerloïc, 29270 Carhaix-Plouguer]]. M. [[PERSONNE:Dubois]], {{52 ans}}, dossier [[N_ALLOCATAIRE:8823410]]. Il a une voiture, [[IMMATRICULATION:DF-418-KW]], au nom de son fils ; le contrôleur demande la {{carte grise}}. {{RAS}}.",
    ),
    (
        "caf",
        CS,
        "Contrôle {{Caf}} des ressources de Mme [[PERSONNE:Akrouf]]. Elle montre ses relevés {{Société Générale}}, {{IBAN}} en haut de page : [[IBAN:FR76 3000 3017 1000 0503 6721 124]]. Des virements d'un certain « [[PERSONNE:K. Akrouf]] », l'ex-mari : {{pension alimentaire}} non déclarée. Le contrôleur explique, calmement.",
    ),
    (
        "caf",
        CS,
        "Contrôle au {{CHRS Le Goéland}} : un hébergé déclare vivre seul, {{chambre 3}}. Le contrôleur vérifie auprès du {{chef de service}} ([[PERSONNE:Yves Le Gall]]). Confirmé. Dossier [[N_ALLOCATAIRE:7104562]] {{clos sans suite}}. {{20 min}}.",
    ),
    (
        "caf",
        CS,
        "Contrôle {{Caf}} chez une famille, [[ADRESSE:26 rue de la Marne, 51100 Reims]]. {{5 enfants}} déclarés, le contrôleur compte les lits : {{5}}. M. [[PERSONNE:Benhamou]] montre les {{carnets de santé}}. La {{petite dernière}}, [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:14 octobre 2019]], court partout.",
    ),
    (
        "caf",
        CS,
        "Contrôle annulé ({{9h}}) : l'allocataire a écrit via l'{{espace Caf}} la veille qu'il travaille. Le {{contrôleur}} reprogramme à {{18h}}. Il me dit qu'il fait souvent ça, « les gens bossent, c'est normal ».",
    ),
    (
        "caf",
        CS,
        "Contrôle d'un couple qui vit dans un {{camion aménagé}}, garé sur le parking de la {{plage du Prado}}. {{Renault Master}} [[IMMATRICULATION:GB-705-TF]]. {{Adresse déclarée}} : chez la mère de madame, [[ADRESSE:5 traverse des Pins, 13008 Marseille]]. Le contrôleur : « c'est votre {{domicile déclaré}}, c'est là qu'on vous écrit ».",
    ),
    (
        "caf",
        CS,
        "Contrôle à {{Landerneau}} suite à une {{lettre anonyme}} : Mme [[PERSONNE:Leclerc]] vivrait en couple. Sur place, elle vit avec sa mère. La lettre venait d'un {{voisin}}. Le contrôleur clôt. En partant elle nous montre le {{Leclerc}} d'en face, où elle travaille.",
    ),
]

# --- Cpam ----------------------------------------------------------------------------------------
CPAM = [
    (
        "cpam",
        AP,
        "Accueil {{Cpam}}. Un homme à la rue vient pour la {{CSS}}, domicilié au {{Secours Catholique}}. Né à {{Lorient}} le [[DATE_NAISSANCE:3 décembre 1964]], NIR [[NIR:1 64 12 56 121 233 70]]. L'agente ([[PERSONNE:Sylvie]]) ouvre le droit en {{15 min}}. Il demande si la carte arrivera au Secours, oui.",
    ),
    (
        "cpam",
        AP,
        "Borne {{Ameli}}, mise à jour de {{carte vitale}}. Une dame n'y arrive pas, le jeune en {{service civique}} l'aide. Pas un nom échangé. {{20 secondes}}.",
    ),
    (
        "cpam",
        AP,
        "Une jeune maman veut déclarer un {{médecin traitant}} pour son fils. Elle n'en a pas. Le conseiller ([[PERSONNE:Romain]]) donne la liste des {{maisons de santé}} qui prennent de {{nouveaux patients}} : {{2}} sur tout le secteur. Elle : [[PERSONNE:Mélissa Jégou]]. « Deux ? » « Deux. »",
    ),
    (
        "cpam",
        AP,
        "Demande de {{carte vitale}} pour un {{réfugié}}, [[PERSONNE:Ahmad Rahimi]], né le [[DATE_NAISSANCE:1er janvier 1998]] à {{Kaboul}}. {{Titre de séjour}} n° [[IDENTIFIANT:7503918264]]. L'agent envoie la demande d'immatriculation au {{SANDIA}}. Délai : {{3 mois}}.",
    ),
    (
        "cpam",
        AP,
        "Lundi matin à la {{Cpam}}, file jusqu'au {{trottoir}}. Le {{vigile}} gère l'ordre de passage. L'accueil est sur rdv depuis {{2021}} mais les gens viennent quand même. Sans rdv : « revenez {{jeudi}} ».",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Lucas Ferrand]] vient pour ses {{indemnités journalières}}, rien depuis {{6 semaines}}. Employeur : {{Keolis}}. L'agente (Mme [[PERSONNE:Coulibaly]]) voit que l'{{attestation de salaire}} n'est pas arrivée, elle écrit à l'employeur devant lui. Mail de l'assuré pour le suivi : [[EMAIL:lucas.ferrand35@hotmail.fr]].",
    ),
    (
        "cpam",
        AP,
        "Dame de {{84 ans}} avec une facture de lunettes de chez {{Optical Center}}, elle ne comprend pas le reste à charge. L'agent lit le NIR sur la carte : [[NIR:2 40 09 99 127 047 90]] (née à {{Naples}} en [[DATE_NAISSANCE:septembre 1940]]). Il lui explique le {{100 % Santé}}, elle aurait pu ne rien payer.",
    ),
    (
        "cpam",
        AP,
        "Un homme demande une {{attestation de droits}} pour les urgences. Il vit dans sa voiture devant le {{Decathlon}}. Il donne son numéro de sécu : [[NIR:1 79 02 2B 033 007 60]], « né à {{Bastia}} en [[DATE_NAISSANCE:février 79]] ». L'agent imprime. {{3 min}}.",
    ),
    (
        "cpam",
        AP,
        "Une dame vient pour sa {{pension d'invalidité}}, elle a changé de banque. Nouveau {{RIB}} {{La Banque Postale}} : [[IBAN:FR54 2004 1010 0505 1234 7K02 284]]. L'agent scanne. [[PERSONNE:Martine Chevalier]]. Le versement suivra « le {{mois prochain}}, ou celui d'après ».",
    ),
    (
        "cpam",
        AP,
        "Un agent de la {{Cpam}} me dit : « le plus dur, c'est quand on a tout fait bien et qu'on doit dire {{non}} ». Il a refusé {{2}} demandes depuis {{8h30}}. Les deux fois, la personne a dit merci.",
    ),
    (
        "cpam",
        AP,
        "Jeune couple, déclaration de grossesse : Mme [[PERSONNE:Ouedraogo]], {{8 semaines}}. Pas de médecin, c'est la sage-femme de la {{PMI}} qui a fait la déclaration papier. Le conseiller donne le numéro de la {{maternité}} et le calendrier de suivi {{Ameli}}.",
    ),
    (
        "cpam",
        AP,
        "Renouvellement {{AME}} pour M. [[PERSONNE:Sékou Keïta]]. {{Preuve de présence}} en France : un courrier du {{115}} avec son n° SIAO, [[IDENTIFIANT:SIAO-75-2022-064213]]. Accepté. Sa fille, [[PERSONNE:Aminata]], {{14 ans}}, fait l'{{interprète}}, très sérieuse.",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Un monsieur veut savoir combien est remboursée une IRM. NIR : [[NIR:1 57 04 59 350 318 39]], né le [[DATE_NAISSANCE:12 avril 1957]] à {{Lille}}. La conseillère ([[PERSONNE:Héloïse]]) : « {{70 %}}, il reste le {{ticket modérateur}} pour votre mutuelle ». {{3 min}}.",
    ),
    (
        "cpam",
        AT,
        "Une femme appelle le {{3646}} : elle a perdu sa {{carte vitale}}, elle dort au {{CHRS La Passerelle}}. Elle donne son nom, [[PERSONNE:Sophie Lamour]]. Pour la joindre, le mail de son {{éducatrice}} : [[EMAIL:educ.laure.b@gmail.com]]. Le conseiller commande une nouvelle carte, envoi au {{CHRS}}.",
    ),
    (
        "cpam",
        AT,
        "{{3646}} : attente affichée {{11 min}}, en réalité {{25}}. La conseillère a un script mais ne le lit jamais. {{1 min 30}} par appel en moyenne. Toujours les mêmes questions : arrêt de travail, carte vitale, remboursements.",
    ),
    (
        "cpam",
        AT,
        "Un kiné appelle pour un patient dont la prise en charge ne passe pas : [[PERSONNE:Pierre-Yves Colin]], NIR [[NIR:1 78 03 29 019 045 16]] (né à {{Brest}} en [[DATE_NAISSANCE:mars 1978]]). Changement de régime ({{MSA}} → {{régime général}}) pas enregistré. Réglé en {{5 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel en {{portugais}}, un collègue {{lusophone}} prend. Mme [[PERSONNE:Conceição Ferreira]] veut le remboursement de soins reçus au {{Portugal}}, à {{Porto}}. IBAN portugais : [[IBAN:PT97 0033 0000 4531 8726 9000 5]]. Formulaire {{S3125}} à renvoyer.",
    ),
    (
        "cpam",
        AT,
        "Un monsieur appelle avec le {{portable pro}} de l'{{infirmière}} de la {{PASS}} ([[PERSONNE:Katell]], [[TELEPHONE:06 31 58 72 94]]). Plus de droits depuis {{3 mois}}. [[PERSONNE:Katell]] donne sa date de naissance à lui, [[DATE_NAISSANCE:19 novembre 1961]]. La conseillère rouvre les droits avec sa {{domiciliation}}.",
    ),
    (
        "cpam",
        AT,
        "{{Arrêt de travail}} que l'employeur ({{Biocoop}}) dit ne pas avoir reçu. Mme [[PERSONNE:Bouvier]] donne son NIR, [[NIR:2 73 08 69 383 144 26]]. Réception confirmée le {{12}}. {{2 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un agent de {{France Travail}} sur la ligne partenaires, pour un dossier commun. Discussion technique {{ARE}} / {{IJ}}. La conseillère raccroche : « ça, c'est le genre de cas qu'on met {{3 semaines}} à régler ».",
    ),
    (
        "cpam",
        AT,
        "Une mère appelle pour son fils de {{19 ans}} qui veut sa propre {{carte vitale}}. Elle donne l'{{adresse mail}} du fils, [[EMAIL:nolan.grall@outlook.fr]]. Le fils : [[PERSONNE:Nolan Grall]]. Création du compte {{Ameli}} par mail.",
    ),
    (
        "cpam",
        CS,
        "Contrôle d'arrêt de travail avec l'agent assermenté (M. [[PERSONNE:Pasquier]]) : [[ADRESSE:22 rue Jean Macé, 35000 Rennes]], {{10h15}}. {{Sorties non autorisées}}. Personne. On repasse à {{14h}} : M. [[PERSONNE:Leroux]] ouvre, en {{pyjama}}. Il était chez le {{kiné}} le matin, {{justificatif}} OK.",
    ),
    (
        "cpam",
        CS,
        "L'{{agent assermenté}} explique : {{1 200}} contrôles par an dans le {{département}}, {{10 %}} d'absents sans motif. Il ne juge pas, il coche des cases.",
    ),
    (
        "cpam",
        CS,
        "Contrôle chez une {{infirmière libérale}} en arrêt, Mme [[PERSONNE:Caroline Massé]], [[ADRESSE:8 impasse des Tilleuls, 49100 Angers]]. Elle est là, montre son {{ordonnance}}. Sa {{voiture de tournée}} ({{Clio}}, [[IMMATRICULATION:FN-233-LB]]) est garée devant, moteur froid. L'agent sourit.",
    ),
    (
        "cpam",
        CS,
        "Arrêt long : M. [[PERSONNE:Nguyen]], {{58 ans}}, {{dépression}}. Il loue une chambre {{chez l'habitant}}, chez Mme [[PERSONNE:Prigent]], [[ADRESSE:3 rue de la Paix, 29200 Brest]]. L'agent parle doucement, reste {{10 min}}. Il note : {{présent}}.",
    ),
    (
        "cpam",
        CS,
        "Contrôle sur un {{accident du travail}} : l'{{assuré}}, [[PERSONNE:Kévin Lebreton]], aurait été vu en train de travailler. On va chez lui, {{Les Hauts de Kerlann}}, [[ADRESSE:12 rue Pierre Loti, 56000 Vannes]]. Il est là, avec une {{attelle}}. Dossier {{AT}} n° [[IDENTIFIANT:AT-2024-56-04419]]. Rien à redire.",
    ),
    (
        "cpam",
        CS,
        "Contrôle {{CSS}} (vérification des ressources). {{Dame seule}}, [[PERSONNE:Odile Marchetti]], née le [[DATE_NAISSANCE:21/07/1982]] à {{Ajaccio}}. {{NIR}} [[NIR:2 82 07 2A 004 018 96]]. Tout est conforme, {{25 min}}.",
    ),
    (
        "cpam",
        CS,
        "Contrôle d'arrêt maladie dans un {{village}}, {{35 km}} de route. Maison au bout d'un {{chemin de terre}}. L'assurée est là, avec {{4 chiens}}. L'agent ne descend pas de la voiture tant qu'ils ne sont pas attachés. {{5 min}} sur place.",
    ),
    (
        "cpam",
        CS,
        "Assuré qui déclare vivre dans son {{véhicule}} : pas d'adresse, donc contrôle sur le parking de la {{zone commerciale}} de {{Saint-Grégoire}}. Fourgon {{Citroën Jumper}} [[IMMATRICULATION:CZ-881-MA]]. M. [[PERSONNE:Tanguy Le Duff]] est là, il lit. Il donne son tel, [[TELEPHONE:07 69 14 25 83]], pour les prochains {{rdv}}.",
    ),
]

# --- France Travail ------------------------------------------------------------------------------
FRANCE_TRAVAIL = [
    (
        "france_travail",
        AP,
        "Accueil {{France Travail}}, agence {{Rennes Sud}}. Un monsieur domicilié au {{CCAS}} s'inscrit. {{Identifiant}} : [[ID_FRANCE_TRAVAIL:4521873K]]. Pas de {{mail}}. La conseillère (Mme [[PERSONNE:Daniel]]) lui en crée un : [[EMAIL:christian.lebon.2024@gmail.com]]. Lui, c'est [[PERSONNE:Christian Lebon]].",
    ),
    (
        "france_travail",
        AP,
        "Zone d'accueil : {{6 ordinateurs}}, {{2}} en panne. Un agent circule avec une tablette. Les gens viennent surtout pour l'{{actualisation}}. {{9h20}}, {{18 personnes}} dans l'agence.",
    ),
    (
        "france_travail",
        AP,
        "Inscription. Jeune femme, {{23 ans}}, sortie de {{CHRS}} le mois dernier, née à {{Nantes}} en [[DATE_NAISSANCE:octobre 2001]]. NIR [[NIR:2 01 10 44 109 072 40]], identifiant [[ID_FRANCE_TRAVAIL:6083915 R]]. Le conseiller ([[PERSONNE:Jérôme]]) lui propose le {{CEJ}}. Elle s'appelle [[PERSONNE:Océane Prual]].",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} de {{Morlaix}}. Un monsieur vient avec son {{CV}} imprimé. En haut : [[PERSONNE:Daniel Morel]], [[ADRESSE:15 rue de Brest, 29600 Morlaix]], [[TELEPHONE:06 52 80 37 19]], [[EMAIL:dan.morel29@free.fr]]. Le conseiller lui dit d'enlever la {{date de naissance}} ([[DATE_NAISSANCE:05/03/1968]]) : « ça n'aide pas, à votre âge ».",
    ),
    (
        "france_travail",
        AP,
        "{{Atelier CV}} : la conseillère projette un {{CV modèle}} au nom de [[PERSONNE:Jean Dupont]]. Les {{8 participants}} rient. Un participant demande s'il peut écrire « {{sans domicile}} » à la place de l'adresse. Réponse : mettre l'adresse de {{domiciliation}}.",
    ),
    (
        "france_travail",
        AP,
        "Jeune Afghan, réfugié, inscription avec un interprète {{ISM}} : [[PERSONNE:Jawad Sultani]]. Titre de séjour [[IDENTIFIANT:7504928163]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:5109362T]]. Orientation {{AFPA}} pour du {{FLE}} + le programme {{HOPE}}.",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller a {{412 demandeurs}} en {{portefeuille}}. Son {{agenda}} : {{8 rdv}} aujourd'hui, {{30 min}} chacun. Entre deux, les mails. Il mange à son bureau.",
    ),
    (
        "france_travail",
        AP,
        "Une dame conteste sa {{radiation}} : elle n'a pas reçu la {{convocation}}. Elle vit à l'hôtel ({{hôtel Le Saint-Jacques}}, {{chambre 4}}) depuis {{décembre}}, le courrier part à l'ancienne adresse, [[ADRESSE:27 rue Nationale, 59000 Lille]]. Identifiant [[ID_FRANCE_TRAVAIL:3946217 B]]. Mme [[PERSONNE:Vandenberghe]]. La conseillère annule la radiation.",
    ),
    (
        "france_travail",
        AP,
        "Un homme très énervé, il crie. L'{{agent de sécurité}} s'approche. La {{conseillère}} ([[PERSONNE:Nadia Bouzid]]) le fait asseoir. {{10 min}} après il pleure : il a perdu son travail chez {{Amazon}} et sa femme est partie. Elle ne note pas son nom devant moi.",
    ),
    (
        "france_travail",
        AP,
        "Monsieur de {{58 ans}}, [[PERSONNE:Bruno Kerhervé]] ([[ID_FRANCE_TRAVAIL:2871046L]]), dort dans sa voiture. Il demande l'{{aide à la mobilité}} pour la réparer : devis du {{Garage Quéméner Autos}} pour le {{Berlingo}} [[IMMATRICULATION:AK-752-PH]], {{640 €}}. Sans voiture, pas de boulot, sans boulot pas de voiture.",
    ),
    (
        "france_travail",
        AP,
        "Job dating {{Transdev}} ({{conducteurs de bus}}) dans l'agence, {{40 candidats}}. Le {{recruteur}} (M. [[PERSONNE:Jacob]]) coche une liste : j'y vois [[PERSONNE:Aurélien Baudry]] et [[PERSONNE:Fatima Zahra El Idrissi]], avec leurs identifiants, [[ID_FRANCE_TRAVAIL:7730152M]] et [[ID_FRANCE_TRAVAIL:1294806C]].",
    ),
    (
        "france_travail",
        AP,
        "Une dame belge installée à {{Lille}}, ancienne {{frontalière}} ({{Mouscron}}), veut que son allocation arrive sur son compte belge : [[IBAN:BE52 0731 2850 4609]]. La conseillère : ok, c'est {{SEPA}}. Nom : [[PERSONNE:Els Vermeulen]], identifiant [[ID_FRANCE_TRAVAIL:8815273 D]].",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Un monsieur ne peut pas s'actualiser : à la rue, plus de téléphone, il appelle du poste de l'{{accueil de jour}} {{La Halte}}. L'agent fait l'{{actualisation}} avec lui au téléphone. Identifiant : [[ID_FRANCE_TRAVAIL:3305718 F]]. Il s'appelle [[PERSONNE:Roger Le Meur]].",
    ),
    (
        "france_travail",
        AT,
        "Plateforme {{3949}} : {{9 conseillers}} sur le plateau. Appels courts, {{4 min}} en moyenne. Motifs en tête : {{mot de passe}}, actualisation, paiement. Mon voisin de poste dit « {{bonne journée}} » même à ceux qui l'ont insulté.",
    ),
    (
        "france_travail",
        AT,
        "{{ARE}} non versée : le {{RIB}} était faux, erreur de saisie. Elle redonne son {{IBAN}}, [[IBAN:FR76 1360 6000 4546 3201 8751 904]]. [[PERSONNE:Virginie Poirier]], identifiant [[ID_FRANCE_TRAVAIL:0457291 S]]. Paiement sous {{48h}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant {{France Travail}} : la {{conseillère}} rappelle un {{demandeur}} pour le rdv du {{12 mars}}, au numéro du dossier, [[TELEPHONE:06 27 43 90 18]]. {{Messagerie}} : « vous êtes bien chez [[PERSONNE:Fred]] et [[PERSONNE:Steph]] ». Elle laisse un message sans rien de précis.",
    ),
    (
        "france_travail",
        AT,
        "Un employeur (restaurant {{Le Bistrot du Port}}) appelle pour son offre ({{offre n° 178QBKL}}, {{plongeur}}). Il demande des nouvelles d'un {{candidat}}, [[PERSONNE:Mathis Rivière]]. Le conseiller ne dit rien sur le candidat, il propose d'autres {{profils}}.",
    ),
    (
        "france_travail",
        AT,
        "L'AS d'un {{CHRS}} appelle pour un hébergé ({{mandat}} signé). {{Identifiant}} [[ID_FRANCE_TRAVAIL:6620394 N]], né le [[DATE_NAISSANCE:29/02/1984]]. Radié pendant son hospitalisation au {{CHU}}. Le conseiller le réinscrit avec {{effet rétroactif}}.",
    ),
    (
        "france_travail",
        AT,
        "{{Pause café}} avec les {{conseillers}}. Ils parlent de la réforme ({{loi plein emploi}}), du {{RSA}} avec {{15 heures}} d'activité. Personne n'a l'air convaincu. L'un dit : « on va radier des gens qui dorment dehors ».",
    ),
    (
        "france_travail",
        AT,
        "Un jeune annule son rdv : il a trouvé un {{CDD}} chez {{Leroy Merlin}}. {{Identifiant}} donné : [[ID_FRANCE_TRAVAIL:9183640 H]]. La conseillère : « {{bravo}} ! ». Lui : « merci {{madame}} [[PERSONNE:Le Bris]] », il connaît par cœur le nom de sa conseillère.",
    ),
]

NOTES = CHRS_115 + CHRS_DESK + CHRS_STREET + URGENCES + CCAS + CAF + CPAM + FRANCE_TRAVAIL


def parse(raw):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {raw[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {raw[:60]!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip():
            raise ValueError(f"span with outer whitespace: {value!r}")
    return text, entities, keep


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
    """120 / 120, stratified by site kind x channel, with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for key in sorted(cells):
        ids = list(cells[key])
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
