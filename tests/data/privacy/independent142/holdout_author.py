"""Independent evaluation corpus n° 142 for the anonymiser: 240 hand-written French
observation notes with inline marks, parsed into ``dev.jsonl`` and ``holdout.jsonl``.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep.
Run ``python holdout_author.py`` to (re)write both files. Standard library only.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind142"
SEED = 142

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

# --- La Réunion ---------------------------------------------------------------------------
NOTES_REUNION = [
    (
        CAF,
        AP,
        "{{9h10}} {{Caf}} de {{Saint-Denis}}, deja {{40 personnes}} dans le hall. Mme [[PERSONNE:Hoarau]] vient pour sa {{prime d'activité}} suspendue, elle sort son téléphone, n° alloc [[N_ALLOCATAIRE:2748153]]. L'agente ([[PERSONNE:Sully]]) lui dit que c'est la déclaration trimestrielle qui manque.",
    ),
    (
        CAF,
        AP,
        "Monsieur [[PERSONNE:Jean-Marc Técher]], {{58 ans}}, habite [[ADRESSE:14 chemin Bois-Rouge, 97460 Saint-Paul]]. Il a fait {{1h}} de car jaune pour venir. « Mi comprend pa zot papier » dit il. L'agent repond en créole, ça détend tout le monde.",
    ),
    (
        CAF,
        AP,
        "file d'attente qui déborde dehors, sous le soleil, {{31°}} à {{10h}}. Pas de brumisateur. Un vigile distribue des tickets. Aucune chaise côté parking. Je note : pas de borne en panne aujourd'hui, miracle.",
    ),
    (
        CAF,
        AP,
        "RDV {{APL}} : la jeune femme ([[PERSONNE:Océane Grondin]], née le [[DATE_NAISSANCE:12/03/2003]]) loue une case à [[ADRESSE:3 impasse des Songes, Ravine des Cabris, 97432 Saint-Pierre]] mais le bailleur n'a pas déclaré le loyer. L'agent M. [[PERSONNE:Lebon]]... non, juste [[PERSONNE:Lebon]], il se présente par son nom de famille.",
    ),
    (
        CAF,
        AT,
        "plateforme tél {{Caf}} {{Réunion}}, casque sur les oreilles. Appel 1 : une dame du {{Tampon}}, rappel au [[TELEPHONE:0692 41 87 30]], elle demande où en est son {{RSA}}. Numéro allocataire : [[N_ALLOCATAIRE:1093627]]. Réponse de l'agent : dossier complet, paiement le {{5}}.",
    ),
    (
        CAF,
        AT,
        "Appel {{11h42}}, un monsieur très en colère, il crie « ZOT I VOLE MON ARGENT ». Indu de {{1 240 €}}. L'agente garde son calme, propose un échéancier de {{50 € par mois}}. Durée {{18 min}}.",
    ),
    (
        CAF,
        AT,
        "Le mari appelle pour sa femme : « c'est pour [[PERSONNE:Marie-Josée Payet]], rappelez au [[TELEPHONE:zéro six quatre-vingt-treize, douze, cinquante-quatre, zéro neuf, trente-et-un]] » (j'ai tout noté en lettres comme il l'a dit lol)",
    ),
    (
        CAF,
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Fabrice]] (contrôleur {{Caf}} depuis {{12 ans}}). Case en tôle au [[ADRESSE:27 chemin Lagourgue, 97430 Le Tampon]]. Allocataire : [[PERSONNE:Lindsay Nativel]], {{3 enfants}}, déclare vivre seule. Le contrôleur regarde la boîte aux lettres, un seul nom. Dans la cour un scooter immatriculé [[IMMATRICULATION:GK-318-ZP]], à qui ? « à mon frère ».",
    ),
    (
        CAF,
        CSP,
        "Visite à {{Cilaos}}, 1h15 de lacets. L'allocataire n'est pas là, c'est la voisine qui sort. Le contrôleur laisse un avis de passage. Retour bredouille, ça fait partie du métier me dit il.",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources chez mr [[PERSONNE:Ramassamy]], lieu-dit [[ADRESSE:La Mare, chemin des Filaos, 97438 Sainte-Marie]]. Il montre ses relevés, compte [[IBAN:FR76 1189 9606 8749 8783 7963 091]]. Il vend des bichiques au bord de la route, non déclaré. Le contrôleur m'explique que ça peut passer en revenus d'activité.",
    ),
    (
        CPAM,
        AP,
        "{{CGSS}} {{Saint-Denis}}, accueil du {{Barachois}}. Dame âgée, Mme [[PERSONNE:Ah-Hong]]... correction : elle s'appelle [[PERSONNE:Yolande Ah-Hong]], en fait, elle veut sa carte vitale refaite. NIR lu à l'écran : [[NIR:2 68 05 97 422 310 71]], née au {{Tampon}} en [[DATE_NAISSANCE:mai 1968]].",
    ),
    (
        CPAM,
        AP,
        "Un jeune, [[PERSONNE:Dylan]], veut la {{C2S}}. L'agente : « vous avez vos avis d'imposition ? » Non. « Alors on peut rien faire aujourd'hui. » Il repart. Durée : {{4 minutes}}. Ça m'a fait mal au coeur.",
    ),
    (
        CPAM,
        AP,
        "{{CGSS}}, agence du {{Port}}. Pas de clim, ventilos. {{14}} tickets en attente. Une borne {{Ameli}} sur deux ne marche pas. Sur le mur : affiche dengue, affiche chikungunya.",
    ),
    (
        CPAM,
        AP,
        "Mr [[PERSONNE:Nicolas Latchimy]] vient pour un remboursement de soins à {{Maurice}}, facture de la clinique {{Darné}}. Il donne son RIB : [[IBAN:FR76 1257 9350 1322 0698 5873 063]]. L'agent [[PERSONNE:Christophe]] scanne, dit 3 à 4 semaines.",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}}, tournée sud. Appelante : née le [[DATE_NAISSANCE:vingt-deux novembre soixante-dix-neuf]]? non c'est son mari. Elle donne le NIR du mari : [[NIR:1 79 11 97 416 118 50]]. L'agent vérifie : [[PERSONNE:Payet Jean-Hugues]], né à {{Saint-Pierre}}, ok ça colle.",
    ),
    (
        CPAM,
        AT,
        "appel d'une pharmacie de {{Saint-Louis}} pour un tiers payant bloqué. Aucun nom donné, juste « le patient de ce matin ». L'agent refuse poliment de chercher sans numéro. {{6 min}}.",
    ),
    (
        CPAM,
        AT,
        "Une dame veut qu'on la rappelle : [[TELEPHONE:02 62 45 19 83]] (fixe, « pas le portable il capte pas à {{Salazie}} »). Mail aussi : [[EMAIL:rose.fontaine974@orange.fr]]. Elle s'appelle [[PERSONNE:Rose Fontaine]], oui comme la {{fontaine}}, elle rigole.",
    ),
    (
        CPAM,
        CSP,
        "Visite conseillère service social {{CGSS}} chez un monsieur en invalidité, [[PERSONNE:Gérard Maillot]], [[ADRESSE:Résidence Les Jacarandas, bât C, appt 12, 6 rue Auguste Brunet, 97400 Saint-Denis]]. Lit médicalisé dans le salon. Sa fille [[PERSONNE:Vanessa]] gère les papiers. Mutuelle : n° adhérent [[IDENTIFIANT:MUT-0048213975]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail. Personne absente à {{14h30}}, hors heures de sortie autorisées. Le contrôleur note. Il m'explique la différence entre sortie libre et sortie autorisée. Je n'avais aucune idée.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Saint-André}}. Colis alimentaires le mardi. Une maman, [[PERSONNE:Mémona]], {{4 enfants}}, pas de {{RSA}} depuis {{2 mois}}. Elle donne l'adresse : [[ADRESSE:12 rue du Stade, Cambuston, 97440 Saint-André]]. L'agente, Mme [[PERSONNE:Valliamé]], remplit la fiche.",
    ),
    (
        CCAS,
        AP,
        "demande d'aide pour la facture d'eau, {{Runéo}}… non {{Cise Réunion}}. Réf client [[IDENTIFIANT:7700412385]]. Le monsieur, [[PERSONNE:Henri-Claude Mussard]], a {{71 ans}}. L'agent appelle devant nous, obtient un délai.",
    ),
    (
        CCAS,
        AP,
        "Accueil {{CCAS}} du {{Port}} : personne n'attend à {{8h30}} pile. {{10 min}} plus tard, {{9}} personnes. L'agent me dit « ici c'est toujours pareil, le jour des retraites c'est la folie ».",
    ),
    (
        CCAS,
        AT,
        "Appel d'une voisine inquiète : un papi seul dans sa case à [[ADRESSE:Bras-Pistolet, 97440 Saint-André]], plus vu depuis {{3 jours}}. L'agente rappelle sa fille au [[TELEPHONE:+262 692 88 04 17]]. Elle s'appelle [[PERSONNE:Sandrine Cadet]]. Ok elle passe ce soir.",
    ),
    (
        CCAS,
        AT,
        "tel {{CCAS}} : rdv domiciliation. La personne épèle son nom : [[PERSONNE:T-U-R-P-I-N]]. Prénom [[PERSONNE:Willy]]. Pas de téléphone fixe.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile (évaluation {{APA}}) avec l'assistante sociale [[PERSONNE:Nathalie Chane-Kune]] chez Mme [[PERSONNE:Dijoux]], {{89 ans}}, à [[ADRESSE:Îlet à Bourse, 97433 Salazie]]. Pas de route jusqu'à la case, {{15 min}} de sentier. Le petit-fils [[PERSONNE:Kévin]] nous attend au parking.",
    ),
    (
        CCAS,
        CSP,
        "évaluation logement insalubre : toit en tôle percé, rats. La dame a un chien, {{Fifi}}, qui aboie tout le temps. Rien de noté sur l'identité par moi, l'AS a tout sur sa tablette.",
    ),
    (
        URG,
        AP,
        "Urgences {{CHU Félix Guyon}} ({{Bellepierre}}). {{23h}}. Accident de scooter. Le jeune, [[PERSONNE:Ryan Sautron]], né le [[DATE_NAISSANCE:4 août 2006]], a peur que ses parents apprennent. IPP sur le bracelet : [[IDENTIFIANT:40081673]].",
    ),
    (
        URG,
        AP,
        "{{CHU Sud}} {{Saint-Pierre}}, salle d'attente pleine. Un écran affiche « temps d'attente estimé : {{4h}} ». Une dame s'évente avec un formulaire. Des enfants dorment par terre. Pas d'eau à la fontaine.",
    ),
    (
        URG,
        AP,
        "IOA (infirmière d'accueil) : [[PERSONNE:Audrey]]. Patient : [[PERSONNE:Jean-Luc Moutama]], douleur thoracique, {{62 ans}}. Elle prend la carte vitale. Il dit « mon médecin c'est le docteur [[PERSONNE:Akhoun]] » → Dr [[PERSONNE:Akhoun]] à {{Saint-Benoît}}.",
    ),
    (
        URG,
        AT,
        "Appel au standard des urgences du {{GHER}} : une maman demande si son fils est arrivé. « [[PERSONNE:Enzo Lauret]], né en [[DATE_NAISSANCE:2009]] ». L'agent ne peut pas répondre au tél, il demande de venir avec une pièce d'identité.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Saint-Denis}} (quartier {{Le Chaudron}}). Entrée d'un monsieur orienté par le {{SIAO}}, réf SIAO [[IDENTIFIANT:SIAO-974-2024-03318]]. Il s'appelle [[PERSONNE:Jimmy Boyer]], dit « [[PERSONNE:ti-Jimmy]] ». Ici tout le monde dit « [[PERSONNE:Ti-Jim]] ». Chambre {{6}}.",
    ),
    (
        CHRS,
        AP,
        "Repas de midi au {{CHRS}}. Carry poulet. {{22}} couverts. Les résidents parlent du match de foot. Un éducateur raconte les sorties au {{Maïdo}}. Pas de donnée perso notée.",
    ),
    (
        CHRS,
        AT,
        "Écoute {{115}} {{Réunion}}, {{21h15}}. Une femme avec un bébé dort dans sa voiture sur le parking du {{Jumbo}} de {{Savanna}}. Voiture : [[IMMATRICULATION:FZ-772-HB]]. Prénom donné : [[PERSONNE:Aurélie]]. Pas de place avant demain.",
    ),
    (
        CHRS,
        AT,
        "{{115}}, appel d'un homme qui rappelle pour la {{4e fois}} ce soir. Il donne son numéro : [[TELEPHONE:0693.21.66.48]]. L'écoutante connaît sa voix, « bonsoir [[PERSONNE:Alix]] ». Pas de place, il dormira au front de mer.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement diffus (T2 à [[ADRESSE:8 rue Jules Auber, 97400 Saint-Denis]]) : la travailleuse sociale vérifie que tout va bien. La résidente [[PERSONNE:Priscilla Gonthier]] montre son contrat de travail au {{McDo}} de {{Sainte-Clotilde}}. Fierté.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Saint-Paul}}. Un jeune de {{La Plaine}}, identifiant [[ID_FRANCE_TRAVAIL:4827153K]], vient pour une formation {{CACES}}. La conseillère, Mme [[PERSONNE:Rivière]] ([[PERSONNE:Rivière]] tout court sur son badge). Il a le permis mais pas de voiture.",
    ),
    (
        FT,
        AP,
        "atelier CV. Le modèle affiché au mur porte le nom de [[PERSONNE:Jean-Pierre Hoareau]], né le [[DATE_NAISSANCE:01/01/1980]], [[EMAIL:jp.hoareau@exemple.re]]. (Un faux, mais la règle c'est de le masquer.)",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Saint-Benoît}} : {{3}} conseillers pour {{60}} rdv. Un écran TV montre les offres : « agent de quai {{Port Réunion}} », « ouvrier agricole canne ». Personne ne regarde.",
    ),
    (
        FT,
        AT,
        "{{3949}}. Demandeur : « mon identifiant c'est quatre huit deux, zéro zéro trois un, lettre B » → [[ID_FRANCE_TRAVAIL:quatre huit deux, zéro zéro trois un, lettre B]]. Il s'appelle [[PERSONNE:Steeve Lebreton]], il habite [[ADRESSE:25 rue des Goyaviers, 97419 La Possession]].",
    ),
    (
        FT,
        AT,
        "Appel sortant : la conseillère rappelle les absents de l'info coll. Sur {{12}} numéros, {{3}} répondent. Un numéro n'est plus attribué. Elle soupire.",
    ),
]
# --- Guadeloupe, Martinique, Guyane ------------------------------------------------------
NOTES_ANTILLES_GUYANE = [
    (
        CAF,
        AP,
        "{{Caf}} de {{Guadeloupe}}, {{Les Abymes}}. Mme [[PERSONNE:Cornélie]] vient avec un sac plastique plein de courriers pas ouverts. L'agent [[PERSONNE:Jocelyn]] trie avec elle, un par un. Il trouve une demande de pièces datée d'il y a {{3 mois}}. Num alloc [[N_ALLOCATAIRE:0835126]].",
    ),
    (
        CAF,
        AP,
        "grève des bus → accueil presque vide. {{6}} personnes en {{1h}}. Les agents en profitent pour traiter les mails. Clim à fond, j'ai froid 🥶",
    ),
    (
        CAF,
        AP,
        "Une étudiante, [[PERSONNE:Maëva Zénon]], née le [[DATE_NAISSANCE:17 juillet 1992]] à {{Pointe-à-Pitre}}, donc {{32 ans}} : c'est une reprise d'études. Elle donne son RIB pour l'{{ALS}} : [[IBAN:FR76 1435 9886 8942 9773 1131 223]]. Adresse : [[ADRESSE:Résidence Les Flamboyants, bât B, 97139 Les Abymes]].",
    ),
    (
        CAF,
        AT,
        "Appel (mobile [[TELEPHONE:0690 54 12 87]]), la dame est à {{Marie-Galante}}, pas d'antenne {{Caf}} sur l'île ce mois-ci. L'agente lui explique le {{caf.fr}}. Elle dit « mwen pa ni ordinatè ». Silence.",
    ),
    (
        CAF,
        AT,
        "{{14h}}: appel de Mr [[PERSONNE:Bélair]], il veut changer son adresse : nouvelle adresse [[ADRESSE:Section Boisvin, chemin Neuf, 97130 Capesterre-Belle-Eau]]. Numéro allocataire [[N_ALLOCATAIRE:2219804]]. Traité en {{5 min}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place, {{Le Gosier}}. Le contrôleur ([[PERSONNE:Max-Henri Lubin]]) me briefe dans la voiture : suspicion de vie maritale. Devant la maison [[ADRESSE:42 lotissement Les Hauts de Mare-Gaillard, 97190 Le Gosier]] un pick-up [[IMMATRICULATION:EX-504-WD]]. La dame dit que c'est celui du voisin. Vérif carte grise plus tard.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Fort-de-France}}, quartier {{Trénelle}}, escaliers raides. Allocataire [[PERSONNE:Rosette Séraphin]] ({{AAH}}). Tout est conforme, elle nous offre un jus de maracudja. Le contrôleur refuse poliment.",
    ),
    (
        CPAM,
        AP,
        "{{CGSS Martinique}}, {{Fort-de-France}}, accueil de la {{Pointe de Jaham}}... Un monsieur : [[PERSONNE:Fernand Éloi]], NIR [[NIR:1 65 01 97 209 207 04]], né à {{Fort-de-France}} le [[DATE_NAISSANCE:9 janvier 1965]]. Il veut son attestation de droits. Imprimée en {{2 min}}.",
    ),
    (
        CPAM,
        AP,
        "Attente moyenne affichée : {{45 min}}. Réalité : {{1h20}}. Un monsieur s'endort sur sa chaise. La télé passe {{Martinique la 1ère}}.",
    ),
    (
        CPAM,
        AP,
        "jeune maman, [[PERSONNE:Laetitia Marie-Sainte]], veut rattacher son bébé ([[PERSONNE:Kenzo]], né le [[DATE_NAISSANCE:02/02/2024]]) à sa carte vitale. Problème : acte de naissance pas encore transmis par la mairie du {{Lamentin}}.",
    ),
    (
        CPAM,
        AT,
        "Appel {{CGSS}} {{Guadeloupe}} : un homme, NIR dicté chiffre par chiffre, « un, neuf neuf, zéro huit, neuf sept, un zéro un, zéro six quatre, huit sept » → [[NIR:un, neuf neuf, zéro huit, neuf sept, un zéro un, zéro six quatre, huit sept]]. Né aux {{Abymes}}, {{25 ans}}. L'agent tape en même temps.",
    ),
    (
        CPAM,
        AT,
        "Pour le remboursement du transport en avion vers {{Paris}} ({{Necker}}), la maman donne son mail : [[EMAIL:nadege.celeste97 at gmail point com]]. L'agente recopie à voix haute, elle se trompe deux fois.",
    ),
    (
        CPAM,
        CSP,
        "Visite service social à {{Sainte-Anne}} chez un diabétique amputé, [[PERSONNE:Roméo Démocrite]]. Maison en bois, rampe faite par son neveu. Le conseiller parle aide à domicile, {{PCH}}, {{MDPH}}. Dossier MDPH : [[IDENTIFIANT:971-2023-08841]].",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Pointe-à-Pitre}}. Dame de {{78 ans}} vient pour une aide au paiement {{EDF}}, facture de {{412 €}}. Réf client EDF [[IDENTIFIANT:6004 218 733]].",
    ),
    (
        CCAS,
        AP,
        "Permanence du jeudi. L'assistante sociale s'appelle [[PERSONNE:Ginette Alexis]] et elle connaît tout le monde par son prénom. « Bonjou [[PERSONNE:Titine]] ! » [[PERSONNE:Titine]], c'est une dame qui vient toutes les semaines, juste pour parler.",
    ),
    (
        CCAS,
        AT,
        "Appel au {{CCAS}} de {{Schœlcher}} : un fils appelle de {{Créteil}} pour sa mère restée seule, adresse [[ADRESSE:18 rue Victor Schœlcher, 97233 Schœlcher]]. Son tel : [[TELEPHONE:06 72 19 44 08]].",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile au {{Robert}}, quartier {{Pointe Lynch}}. Monsieur âgé, seul, la maison a été abîmée par le cyclone. L'AS note les besoins : tôles, bâche, réfrigérateur. Rien d'autre de perso noté.",
    ),
    (
        URG,
        AP,
        "Urgences du {{CHU de Pointe-à-Pitre}} (bâtiments provisoires depuis l'incendie). {{2h}} du matin. Un homme blessé à la main par un coutelas. Sa compagne ([[PERSONNE:Shirley]]) donne son nom à lui : [[PERSONNE:Jean-Claude Nelson]], né en [[DATE_NAISSANCE:soixante-quatorze]].",
    ),
    (
        URG,
        AP,
        "Triage : {{5 niveaux}}, code couleur au mur. L'IOA m'explique. {{38}} patients présents. Dehors il pleut fort, des gens attendent sous l'auvent.",
    ),
    (
        URG,
        AT,
        "{{SAMU}} {{972}} transfère un appel vers l'accueil des urgences de {{La Meynard}} : une fille cherche son père, [[PERSONNE:Léon Victoire]]. Elle laisse son numéro : [[TELEPHONE:0696 33 71 20]].",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Fort-de-France}}, rue... (adresse du centre pas notée). Entrée de [[PERSONNE:Dieunise]], {{haïtienne}}, arrivée en {{2019}}. Récépissé titre de séjour [[IDENTIFIANT:9720412387]]. Elle parle créole haïtien, l'éducateur créole martiniquais, ils se comprennent.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Guadeloupe}} : appel d'un homme qui dort à la {{Darse}}. Il donne son prénom, [[PERSONNE:Ti-Paul]], pas son nom. Maraude prévenue.",
    ),
    (
        CHRS,
        CSP,
        "Visite appartement relais à [[ADRESSE:Cité Henri IV, bâtiment 4, 97110 Pointe-à-Pitre]]. Résidente absente, le travailleur social laisse un mot sous la porte. Il m'explique les visites tous les {{15 jours}}.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Baie-Mahault}}. [[PERSONNE:Loïc Bourgeois]], identifiant [[ID_FRANCE_TRAVAIL:5913022 M]], {{28 ans}}, veut partir en formation dans l'{{Hexagone}} avec {{LADOM}}. La conseillère sort le dossier de mobilité.",
    ),
    (
        FT,
        AP,
        "Info coll création d'entreprise, {{15}} participants, tous très motivés. Projets : food truck, bokit, location de kayaks à {{Deshaies}}, élevage de cabris.",
    ),
    (
        FT,
        AT,
        "Appel : une femme de {{Basse-Terre}} a reçu un courrier de radiation. Elle cite son identifiant : [[ID_FRANCE_TRAVAIL:6027 441 R]]. Le conseiller voit qu'elle a manqué un rdv pendant l'alerte cyclonique. Radiation annulée.",
    ),
    (
        CAF,
        AP,
        "{{Caf de la Guyane}}, {{Cayenne}}. File de {{80}} personnes dès {{6h30}} dehors. Beaucoup de brésiliens, haïtiens, surinamais. Une agente parle portugais, une autre sranan tongo. Impressionnant.",
    ),
    (
        CAF,
        AP,
        "Mr [[PERSONNE:Vang]] ([[PERSONNE:Pao Vang]], de {{Cacao}}) vient pour les allocs de ses {{6 enfants}}. Il parle hmong et français. Il habite [[ADRESSE:PK 67, route de Cacao, 97352 Roura]]. Numéro allocataire [[N_ALLOCATAIRE:3317460]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Saint-Laurent-du-Maroni}}, quartier {{Paddock}}. Habitat spontané, pas d'adresse. On repère la maison grâce à la description : « maison bleue après le manguier ». Allocataire [[PERSONNE:Anaïs Aloeboetoe]]. Le contrôleur a un GPS : [[ADRESSE:lot 12, quartier Paddock, 97320 Saint-Laurent-du-Maroni]].",
    ),
    (
        CPAM,
        AP,
        "{{CGSS Guyane}}. Un homme né au {{Suriname}}? non, né à {{Saint-Laurent}} en [[DATE_NAISSANCE:janvier 94]]... bon, je note : [[PERSONNE:Rudy Pinas]], NIR [[NIR:1 94 01 97 311 027 68]]. Il veut l'{{AME}} pour sa femme.",
    ),
    (
        CPAM,
        AT,
        "Appel depuis {{Maripasoula}}, la ligne coupe {{3 fois}}. Le monsieur finit par donner un numéro de rappel : [[TELEPHONE:06 94 20 37 51]]. L'agent le rappelle direct.",
    ),
    (
        CPAM,
        CSP,
        "Visite service social {{CGSS}} à {{Kourou}}, [[ADRESSE:7 rue Émile Castor, 97310 Kourou]]. Madame [[PERSONNE:Tiouka]] et son fils handicapé. Le conseiller laisse le numéro du standard : {{05 94 29 00 00}} (pas son perso).",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Matoury}}. Domiciliation : [[PERSONNE:Wesley Saint-Fleur]], né en [[DATE_NAISSANCE:97]] en {{Haïti}}, et sa soeur [[PERSONNE:Rose-Mirlande]], née le [[DATE_NAISSANCE:14 octobre 1995]] à {{Port-au-Prince}}. Elle a déjà un NIR : [[NIR:2 95 10 99 436 088 31]].",
    ),
    (
        CCAS,
        AT,
        "Appel à {{Rémire-Montjoly}} : une dame veut un rdv pour l'aide cantine. L'agente donne le prochain créneau : {{mardi 9h}}. Aucun nom noté par moi.",
    ),
    (
        URG,
        AP,
        "Urgences {{CHC}} ({{Cayenne}}). Un orpailleur blessé, arrivé par pirogue puis hélico. Il dit s'appeler [[PERSONNE:Joaquim da Silva]], passeport brésilien [[IDENTIFIANT:FX482913]]. L'interprète ([[PERSONNE:Gleice]]) traduit.",
    ),
    (
        URG,
        AP,
        "{{4h}} de l'après-midi, vague de bronchiolites. Les box sont pleins. Le cadre de santé dit que c'est pire en saison des pluies.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour à {{Cayenne}}. [[PERSONNE:Mackenson Jean-Louis]] montre son APS, numéro [[IDENTIFIANT:9731045872]]. Il attend depuis {{8 mois}} la réponse de la préfecture.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Guyane}} : femme avec {{2 enfants}}, expulsée d'un squat à {{Mont-Baduel}}. Prénom [[PERSONNE:Josiane]]. Tél [[TELEPHONE:06.94.45.18.92]]. Place trouvée à l'hôtel {{Ket Tai}}, chambre {{14}}.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Saint-Laurent}}. Offre de maçon au {{CSG}}, le candidat, [[PERSONNE:Ruben Amafo]], identifiant [[ID_FRANCE_TRAVAIL:3340518Y]], n'a pas de permis. La conseillère cherche un covoiturage.",
    ),
    (
        FT,
        AT,
        "{{3949}} depuis {{Cayenne}}. {{12 min}} de musique d'attente. Enfin quelqu'un. Le demandeur a oublié son mot de passe. Réinitialisation.",
    ),
]
# --- Mayotte et Corse ---------------------------------------------------------------------
NOTES_MAYOTTE_CORSE = [
    (
        CAF,
        AP,
        "{{CSSM}} (la caisse de {{Mayotte}}, qui fait aussi les allocs), {{Mamoudzou}}. Barrières, vigiles, {{200}} personnes dehors à {{7h}}. On m'explique que les droits ne sont pas les mêmes qu'en métropole. Je ne savais pas.",
    ),
    (
        CAF,
        AP,
        "Madame [[PERSONNE:Zaïnaba Attoumani]], {{5 enfants}}, vient pour les allocations familiales. Elle habite [[ADRESSE:rue Mahabou, Kawéni, 97600 Mamoudzou]], « derrière la mosquée ». Dossier [[N_ALLOCATAIRE:0417293]]. Agent : [[PERSONNE:Nourdine]].",
    ),
    (
        CAF,
        AT,
        "Appel d'une maman de {{Koungou}} : [[TELEPHONE:0639 61 40 27]]. Elle parle shimaoré, l'agente aussi. J'ai rien compris sauf « {{Caf}} » et « papiers ». L'agente me résume : elle veut savoir pourquoi le {{RSA}} a baissé.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Labattoir}} ({{Petite-Terre}}) : barge à {{7h30}}. Allocataire : [[PERSONNE:Faïza Ben Ali]], case en tôle [[ADRESSE:Boboka, route de la Vigie, 97615 Pamandzi]]. Compte bancaire déclaré : [[IBAN:FR76 1980 6659 0011 1870 9626 963]]. Le contrôleur vérifie la scolarité des enfants.",
    ),
    (
        CPAM,
        AP,
        "{{CSSM}}, accueil santé. Jeune fille, [[PERSONNE:Anrifa Madi]], née le [[DATE_NAISSANCE:23/09/2001]] à {{Mamoudzou}}. NIR sur l'écran : [[NIR:2 01 09 97 611 009 86]]. Elle voudrait la complémentaire, mais à {{Mayotte}} la {{C2S}} n'existe pas (ou pas pareil ?). À vérifier.",
    ),
    (
        CPAM,
        AP,
        "Un homme né aux {{Comores}}, [[PERSONNE:Ahamada Soilihi]], NIR [[NIR:1 85 02 99 397 021 31]], titre de séjour n° [[IDENTIFIANT:9760215483]]. Il vient pour sa carte vitale. Il est né en [[DATE_NAISSANCE:février 1985]] à {{Moroni}}.",
    ),
    (
        CPAM,
        AT,
        "Le standard appelle une patiente pour un rdv d'évasan vers {{La Réunion}}. « Mme [[PERSONNE:Boinali]] ? » Oui. Date de naissance pour vérifier : [[DATE_NAISSANCE:03/11/1971]]. Mail pour le billet : [[EMAIL:boinali.echat@yahoo.fr]].",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Dembéni}}. Aide alimentaire : bons d'achat {{Jumbo Score}}. Les gens viennent de {{Tsararano}}, {{Iloni}}. L'agent note les noms sur un cahier, je ne regarde pas.",
    ),
    (
        CCAS,
        AT,
        "Appel d'un monsieur de {{Chirongui}}, [[PERSONNE:Ousseni Anli]], il veut une aide pour la rentrée de ses enfants. Il donne [[TELEPHONE:06 39 22 84 13]] et [[TELEPHONE:02 69 62 11 75]] (fixe chez sa soeur).",
    ),
    (
        URG,
        AP,
        "Urgences du {{CHM}} ({{Mamoudzou}}). Salle d'attente bondée, des gens sur le trottoir. Un bébé déshydraté, la maman dit juste « [[PERSONNE:Mariama]] », pas de nom de famille, pas de papiers. L'IOA crée un dossier provisoire, IPP [[IDENTIFIANT:P976004518]].",
    ),
    (
        URG,
        AT,
        "Appel aux urgences de {{Dzaoudzi}} : pas d'interlocuteur, ça sonne dans le vide {{4 min}}. L'agent d'accueil finit par décrocher, il était seul avec {{15}} patients.",
    ),
    (
        CHRS,
        AP,
        "Seul {{CHRS}} de l'île ? (à vérifier) — accueil à {{Cavani}}. Une jeune femme, [[PERSONNE:Hadidja]], {{19 ans}}, mineure isolée devenue majeure. Récépissé AGDREF [[IDENTIFIANT:9760118824]].",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Mamoudzou}}, {{Kawéni}}. [[PERSONNE:Mohamed Abdallah]] s'inscrit, identifiant [[ID_FRANCE_TRAVAIL:7285106H]], diplôme de {{BTS}} obtenu à {{Saint-Denis}}. Il veut travailler au port de {{Longoni}}.",
    ),
    (
        FT,
        AT,
        "Appel : une jeune de {{Sada}} demande ce qu'il faut pour le {{Contrat d'engagement jeune}}. La conseillère explique, envoie un SMS avec la liste. Aucun nom.",
    ),
    (
        CAF,
        AP,
        "{{Caf de Corse-du-Sud}}, {{Ajaccio}}. Un papi, [[PERSONNE:Ghjuvan Petru Santoni]], vient pour l'{{APL}} de sa petite-fille étudiante à {{Corte}}. Elle s'appelle [[PERSONNE:Lisandra]]. Il insiste pour tout faire en papier.",
    ),
    (
        CAF,
        AP,
        "En juillet l'accueil est plus calme disent-ils, tout le monde est à la plage ou travaille dans le tourisme. {{11h}}, {{4}} personnes. L'agent me parle des saisonniers et du calcul de la {{prime d'activité}}.",
    ),
    (
        CAF,
        AT,
        "{{Caf}} {{Haute-Corse}}, appel : saisonnière à {{Calvi}}, [[PERSONNE:Chjara Mattei]], nouvelle adresse [[ADRESSE:lieu-dit Alzeta, route de Pietramaggiore, 20260 Calvi]]. Tel [[TELEPHONE:06 14 52 88 03]]. Numéro alloc [[N_ALLOCATAIRE:5531820]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Porto-Vecchio}}, [[ADRESSE:résidence Les Jardins de Bocca di l'Oro, bât 3, 20137 Porto-Vecchio]]. Allocataire : [[PERSONNE:Marie-Dominique Cristofari]]. Sa voiture, [[IMMATRICULATION:FS-220-AX]], est garée devant. Le contrôleur compare avec la déclaration : rien d'anormal.",
    ),
    (
        CAF,
        CSP,
        "Contrôle dans un hameau au-dessus de {{Sartène}}, la route finit en piste. Le contrôleur a l'habitude, il klaxonne en arrivant. Le chien ({{Brutus}}) nous accueille. L'allocataire est là. OK.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam de la Corse-du-Sud}}, rue {{Fesch}}? (l'accueil est près de la préfecture). Dame, [[PERSONNE:Dumenica Leca]], née le [[DATE_NAISSANCE:18 juin 1958]] à {{Ajaccio}}, NIR [[NIR:2 58 06 2A 004 071 39]]. Sa demande : remboursement d'un transport {{VSL}} vers {{Marseille}}.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam de Haute-Corse}}, {{Bastia}}. Mr [[PERSONNE:Orsini]] ([[PERSONNE:Ange-Toussaint]]) est né à {{Bastia}} en [[DATE_NAISSANCE:décembre 72]]. Carte vitale bloquée. NIR dicté : [[NIR:172122B03301570]]. L'agente retape les 2B deux fois.",
    ),
    (
        CPAM,
        AT,
        "Plateforme. Appelante de {{Corte}}, NIR [[NIR:2 83 10 2B 096 006 90]], elle s'appelle [[PERSONNE:Livia Giacomoni]]. Elle veut changer son RIB : [[IBAN:FR76 1627 5437 8197 1377 7228 064]]. L'agent dit de passer par le compte {{ameli}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt maladie à {{Lucciana}}. Assuré présent. Maison au [[ADRESSE:hameau de Crucetta, 20290 Lucciana]]. Le médecin conseil (Dr [[PERSONNE:Pieri]]) n'est pas venu finalement, c'est l'agent seul.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} d'{{Ajaccio}}, quartier des {{Salines}}. Demande de secours d'urgence. La dame, [[PERSONNE:Malika Boudjema]], {{43 ans}}, travaille comme femme de chambre en saison, rien l'hiver. Facture {{EDF}} ref [[IDENTIFIANT:AC-30419827]].",
    ),
    (
        CCAS,
        AT,
        "Appel au {{CCAS}} de {{Bastia}} : une voisine signale qu'un vieux monsieur à [[ADRESSE:4 rue du Castagno, 20200 Bastia]] ne sort plus. Elle se présente : « Mme [[PERSONNE:Filippi]], la voisine du dessous ».",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile à {{Biguglia}} pour le portage de repas. Dame seule, {{84 ans}}, elle nous montre les photos de son mari. Pas de nom noté. Elle parle corse avec l'agente.",
    ),
    (
        URG,
        AP,
        "Urgences de l'{{hôpital de la Miséricorde}}... non, c'est le nouveau {{CH d'Ajaccio}} ({{Stiletto}}). Un touriste allemand, [[PERSONNE:Lukas Brenner]], chute en VTT sur le {{GR20}}. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80276008815430271946]]. Son vélo attaché au {{4x4}} de son ami, plaque allemande [[IMMATRICULATION:M-LB 4471]].",
    ),
    (
        URG,
        AP,
        "Été : {{x3}} passages par rapport à l'hiver. Les urgences de {{Bastia}} manquent de médecins, intérimaires partout. Affiche : « Avant de venir, appelez le {{15}} ».",
    ),
    (
        URG,
        AT,
        "Appel d'un camping de {{Ghisonaccia}} : un enfant piqué par une guêpe, allergie. L'agent d'accueil réoriente vers le {{15}}. Le gérant donne le numéro du camping : {{04 95 56 12 40}}.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Bastia}} ({{Lupino}}). Un homme de {{55 ans}}, [[PERSONNE:Saïd]], a perdu son logement après un divorce. Il travaillait au port. Chambre {{3}}. Il montre une photo de ses petits-enfants.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Corse-du-Sud}} : {{3}} appels en {{1h}}. Un homme appelle du parking du {{Leclerc}} de {{Baleone}}. Il s'appelle [[PERSONNE:Marius Luciani]]. Il rappellera de ce numéro : [[TELEPHONE:04 95 21 78 06]] (celui d'un ami).",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Ajaccio}}. Les offres saisonnières pleuvent : serveurs, plagistes, femmes de chambre à {{Porticcio}}. Un jeune, [[PERSONNE:Paul-Antoine Agostini]], identifiant [[ID_FRANCE_TRAVAIL:2094763 L]], veut faire moniteur de ski à {{Val d'Ese}}. Rires.",
    ),
    (
        FT,
        AT,
        "Appel d'un demandeur de {{Propriano}}, [[PERSONNE:Xavier Poli]], il ne reçoit plus ses mails : [[EMAIL:xavier.poli2a@laposte.net]]. Identifiant : [[ID_FRANCE_TRAVAIL:3308155F]].",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Bastia}}, {{Montesoro}}. Un couple de retraités portugais, [[PERSONNE:Manuel]] et [[PERSONNE:Fernanda Ferreira]], arrivés en {{1990}}. Il montre son titre de séjour de résident, n° [[IDENTIFIANT:2B01233871]]... (en fait UE, plus besoin, dit l'agent).",
    ),
    (
        CHRS,
        CSP,
        "Visite en appartement diffus à {{Ajaccio}}, [[ADRESSE:12 cours Napoléon, 20000 Ajaccio]]. Famille afghane, [[PERSONNE:Zahra Ahmadi]] et ses {{3 enfants}}. La TS vérifie les factures, l'école, le frigo. Une fille fait ses devoirs sur la table.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}, {{Corse}} rattachée à la plateforme de {{Marseille}}. L'agent ne connaît pas les noms de village, il fait répéter : « {{Olmeto}}, O-L-M-E-T-O ». Rien d'autre noté.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Mamoudzou}}, file dehors sous les parapluies. Une grand-mère, [[PERSONNE:Mwanaïdi]], vient chercher une aide d'urgence après l'incendie de sa case à [[ADRESSE:Kavani Mbelezi, 97600 Mamoudzou]]. Photo du feu sur son téléphone.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Mayotte}}, appel d'un jeune comorien, [[PERSONNE:Nassur]], il dort à la barge. Numéro [[TELEPHONE:0639 08 52 74]]. Rappel prévu à {{20h}}.",
    ),
]
# --- Hexagone (1) -------------------------------------------------------------------------
NOTES_HEXAGONE_1 = [
    (
        CAF,
        AP,
        "{{Caf}} du {{Nord}}, agence de {{Roubaix}}. {{8h25}}, rideau encore baissé, {{17}} personnes devant. Une dame avec une poussette double. Le vigile ouvre à {{8h30}} pile.",
    ),
    (
        CAF,
        AP,
        "Mr [[PERSONNE:Kowalski]] ([[PERSONNE:Stanislas]]) : « j'ai reçu une lettre qui dit que je dois {{3 000 €}} ». Indu {{APL}}. L'agente [[PERSONNE:Samia]] regarde : il n'a pas déclaré la pension de réversion. Echéancier proposé. Il pleure un peu.",
    ),
    (
        CAF,
        AP,
        "Jeune couple, [[PERSONNE:Thi Lan Nguyen]] et [[PERSONNE:Baptiste Morel]], premier bébé. Déclaration de grossesse pas reçue. L'agent demande le num alloc : [[N_ALLOCATAIRE:6402281]]. Adresse : [[ADRESSE:27 rue de Lannoy, 59100 Roubaix]]. Ils repartent rassurés.",
    ),
    (
        CAF,
        AP,
        "borne en panne (écran bleu windows 😅). L'agent d'accueil met un papier « HORS SERVICE » scotché. Il dit que ça arrive {{2 fois par semaine}}.",
    ),
    (
        CAF,
        AP,
        "Une femme voilée, Mme [[PERSONNE:Haddad]], vient pour l'{{ASF}}. Le père ([[PERSONNE:Karim]]) ne paie plus la pension. L'agente lui parle de l'{{ARIPA}}. RIB donné pour le changement : [[IBAN:FR76 1027 8053 6054 6671 6938 823]].",
    ),
    (
        CAF,
        AT,
        "{{Caf}} {{Loire-Atlantique}}, plateforme de {{Nantes}}. Appel : M. [[PERSONNE:Le Gall]] veut savoir pourquoi son {{RSA}} est de {{0 €}}. L'agent : « vous avez déclaré {{1 800 €}} de salaire ». « C'était une erreur, c'était 180 ». Corrigé, révision sous {{15 jours}}.",
    ),
    (
        CAF,
        AT,
        "Appel de {{3 min}} : « c'est quoi mon numéro allocataire ? » L'agent ne peut pas le donner au téléphone sans vérification. Il demande la date de naissance : le [[DATE_NAISSANCE:3 mars 76]], et le nom : [[PERSONNE:Sophie Guérin]]. Ok ça correspond. « Votre numéro c'est [[N_ALLOCATAIRE:7 31 48 02]] ».",
    ),
    (
        CAF,
        AT,
        "File d'attente téléphonique : {{87}} appels en attente à {{9h05}}. Le superviseur ([[PERSONNE:Yannick]]) passe entre les rangs. Tout le monde enchaîne.",
    ),
    (
        CAF,
        AT,
        "Appelant très âgé, il dicte son adresse : « [[ADRESSE:douze, allée des Tilleuls, quarante-quatre six cents Saint-Nazaire]] ». L'agent répète. Il a déménagé en {{EHPAD}}, ou pas, c'est flou.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Limoges}}, quartier {{Beaubreuil}}. Allocataire : [[PERSONNE:Aurore Lacroix]]. Dans l'entrée, deux paires de chaussures d'homme. Elle dit : « mon frère [[PERSONNE:Théo]] passe parfois ». Le contrôleur note mais ne conclut pas. Voiture garée : [[IMMATRICULATION:ds 814 vc]] (plaque écrite en minuscules sur mon tel).",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources d'un auto-entrepreneur VTC, [[PERSONNE:Oumar Traoré]], à [[ADRESSE:5 place de la République, 13003 Marseille]]. Son SIRET perso : [[IDENTIFIANT:891 204 577 00013]]. Sa voiture : [[IMMATRICULATION:GD-016-LM]]. Il sort son relevé {{Uber}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle dans un camping à l'année près d'{{Agde}} : la famille vit au [[ADRESSE:camping Le Mas des Vignes, emplacement 41]]. Mobil-home, {{2 enfants}}. Le contrôleur vérifie qu'il s'agit bien de la résidence principale.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Strasbourg}}. Mme [[PERSONNE:Schmitt]], {{81 ans}}, veut résilier la mutuelle de son défunt mari. L'agent explique que ce n'est pas la {{Cpam}}. Elle repart avec un post-it : « aller à la {{MGEN}} ».",
    ),
    (
        CPAM,
        AP,
        "Un ukrainien, [[PERSONNE:Oleksandr Bondarenko]], protection temporaire, APS n° [[IDENTIFIANT:6701922304]]. Il parle avec {{Google Traduction}}. L'agente est patiente, ça prend {{25 min}}.",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Lille}}, écran d'appel des tickets : A021, A022, B007… Temps d'attente réel pour moi : {{35 min}}. Le monsieur à côté lit {{La Voix du Nord}}.",
    ),
    (
        CPAM,
        AP,
        "Carte vitale perdue. [[PERSONNE:Mehdi Benali]], né le [[DATE_NAISSANCE:14/05/1983]] à {{Lille}}. L'agent vérifie le NIR : [[NIR:1 83 05 59 350 127 39]]. Photo refaite sur place avec le photomaton. Il garde le ticket n°{{A045}}.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}, appel d'une infirmière libérale pour un patient. Elle donne le numéro de sécu : [[NIR:276033523841246]] (collé, sans espaces). Patiente : [[PERSONNE:Isabelle Le Roux]], née à {{Rennes}} en [[DATE_NAISSANCE:mars 1976]].",
    ),
    (
        CPAM,
        AT,
        "Appel pour une {{CSS}} : le monsieur donne son mail en le décomposant : « [[EMAIL:d point yilmaz arobase free point fr]] ». L'agent : « y-i-l-m-a-z ? » oui. Nom : [[PERSONNE:Deniz Yilmaz]].",
    ),
    (
        CPAM,
        AT,
        "Appel : un monsieur pas content du délai de remboursement de ses lunettes, {{Optic 2000}}. L'agent explique le {{100 % santé}}. Pas d'identité échangée devant moi (il avait déjà été identifié avant que j'arrive).",
    ),
    (
        CPAM,
        CSP,
        "Contrôle arrêt de travail à {{Tourcoing}}. Assuré [[PERSONNE:Jean-Pierre Dufour]], [[ADRESSE:103 bd Gambetta, 59200 Tourcoing]]. Absent. Le voisin dit qu'il est « parti au marché ». Avis de passage.",
    ),
    (
        CPAM,
        CSP,
        "Visite du service social chez une dame en {{ALD}} à {{Mulhouse}}, la fille d'une famille turque. Elle nous montre les ordonnances, l'aide-ménagère vient {{2h par semaine}}. Rien de nominatif noté.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Grenoble}}. {{Domiciliation}} : [[PERSONNE:Ionut Popescu]], roumain, vit en squat. Il donne un numéro : [[TELEPHONE:+40 721 384 556]] (roumain). L'agent met l'adresse du CCAS sur l'attestation.",
    ),
    (
        CCAS,
        AP,
        "Dame qui vient pour un bon de chauffage, {{Engie}}, réf client [[IDENTIFIANT:310 228 417 56]]. Elle s'appelle Mme [[PERSONNE:Mercier]]. Montant accordé : {{150 €}}.",
    ),
    (
        CCAS,
        AP,
        "{{9h}}: accueil {{CCAS}} de {{Besançon}}, quartier {{Planoise}}. Salle d'attente avec jouets, une fontaine à eau, des flyers {{Restos du Cœur}}. Les gens se connaissent, on se dit bonjour.",
    ),
    (
        CCAS,
        AT,
        "Appel : « bonjour c'est [[PERSONNE:Fatoumata Diop]], je vous appelle pour ma facture de cantine ». Numéro de facture [[IDENTIFIANT:F2024-08812]]. Elle habite [[ADRESSE:9 rue Paul Éluard, 93200 Saint-Denis]]. (pas celui de {{La Réunion}} !)",
    ),
    (
        CCAS,
        AT,
        "Standard {{CCAS}} {{Metz}}. {{42 appels}} depuis ce matin. La moitié pour le {{Pass Seniors}}. L'agente a des post-it partout sur son écran.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile chez [[PERSONNE:Ginette Lambert]], {{92 ans}}, [[ADRESSE:4 chemin des Vignes, 21000 Dijon]]. Elle a un chat qui s'appelle {{Pierrot}}. Téléalarme installée. Son fils [[PERSONNE:Patrick]] appelle pendant la visite.",
    ),
    (
        CCAS,
        CSP,
        "Visite logement indigne, {{Perpignan}}, quartier {{Saint-Jacques}}. Humidité, moisissures, enfants asthmatiques. Le propriétaire, M. [[PERSONNE:Fabre]], ne répond pas aux courriers.",
    ),
    (
        URG,
        AP,
        "Urgences du {{CHU de Nantes}}. {{22h40}}. Une étudiante, [[PERSONNE:Clémence]], s'est coupé le doigt en cuisinant. Elle attend depuis {{3h}}. Sa coloc [[PERSONNE:Inès]] est avec elle et fait des {{TikTok}}.",
    ),
    (
        URG,
        AP,
        "Box {{12}} : un monsieur SDF, connu du service. Les soignants l'appellent par son prénom, « [[PERSONNE:Momo]] ». Il vient pour dormir au chaud, tout le monde le sait.",
    ),
    (
        URG,
        AP,
        "{{Urgences pédiatriques}}, {{Toulouse}} ({{Purpan}}). Maman : [[PERSONNE:Amandine Roussel]], bébé de {{4 mois}} qui vomit. L'IOA demande la date de naissance du bébé : le [[DATE_NAISSANCE:11 juin]]. Bracelet imprimé avec l'IPP [[IDENTIFIANT:31009452718]].",
    ),
    (
        URG,
        AP,
        "Ambiance : {{15 brancards}} dans le couloir, un papi désorienté qui appelle sa femme. Le médecin de garde a fait {{24h}}. Personne ne se plaint à voix haute.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{CH de Saint-Nazaire}}. Une femme demande des nouvelles de son mari, [[PERSONNE:Goulven Le Bihan]], arrivé en ambulance. Secret médical, on lui dit de venir. Elle donne son numéro pour être rappelée : [[TELEPHONE:02.40.66.71.28]].",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Amiens}}. Un couple avec un chien ({{Rocky}}). Le chien n'est pas accepté. Ils refusent la place. L'éducatrice [[PERSONNE:Laure]] est dépitée.",
    ),
    (
        CHRS,
        AP,
        "Admission de [[PERSONNE:Abdoulaye Konaté]], {{34 ans}}, malien, débouté. Il montre un ancien récépissé : [[IDENTIFIANT:7502291846]]. Chambre {{7}}, lit du haut.",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Rhône}}. {{19h}}. Les écoutants ont une liste de {{214}} personnes en attente. Appel d'une mère : « [[PERSONNE:Naïma]] », {{3 enfants}}. Pas de place. Elle dit merci quand même.",
    ),
    (
        CHRS,
        AT,
        "Appel au {{115}} : un homme donne sa plaque pour qu'on le retrouve (il dort dans sa voiture sur le parking d'{{Auchan}} {{Vénissieux}}) : « [[IMMATRICULATION:BR 417 TN]] ».",
    ),
    (
        CHRS,
        CSP,
        "Visite en diffus à {{Clermont-Ferrand}}. [[PERSONNE:Svetlana Ivanova]] et sa fille. Appart au [[ADRESSE:6 rue du Bien-Assis, 63100 Clermont-Ferrand]]. Propre, rangé. Elle demande si elle peut accueillir sa mère. Non.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Le Havre}}. Un docker en fin de droits, [[PERSONNE:Didier Lecoq]], identifiant [[ID_FRANCE_TRAVAIL:1620534D]]. Il veut une formation cariste. La conseillère, Mme [[PERSONNE:N'Diaye]], propose le {{CACES R489}}.",
    ),
    (
        FT,
        AP,
        "Dans la zone libre-service, {{6}} ordis, {{2}} qui marchent. Un service civique aide les gens à se connecter. Il s'appelle [[PERSONNE:Yanis]]. Il fait ça avec le sourire.",
    ),
    (
        FT,
        AP,
        "Inscription de [[PERSONNE:Jonathan Etxeberria]] à {{Bayonne}}. Mail : [[EMAIL:jon.etxeberria64@gmail.com]]. Tél : [[TELEPHONE:06 83 52 19 07]]. RIB : [[IBAN:FR76 3000 4222 0558 9487 0690 125]]. Il est né le [[DATE_NAISSANCE:12/12/1990]]. Tout ça en {{20 min}}.",
    ),
    (
        FT,
        AP,
        "Le conseiller montre un mail frauduleux reçu par une demandeuse : « {{France Travail}} : votre compte sera suspendu, cliquez ici ». Expéditeur : [[EMAIL:francetravail-secu@outlook.com]]... (c'est l'arnaqueur, mais c'est une adresse perso → masquée)",
    ),
    (
        FT,
        AT,
        "{{3949}}, plateforme de {{Rennes}}. Un monsieur cite son identifiant : « [[ID_FRANCE_TRAVAIL:0458 217 W]] ». Il s'appelle [[PERSONNE:Erwan Tanguy]]. Il conteste un trop-perçu de {{640 €}}.",
    ),
    (
        FT,
        AT,
        "Appel entrant : une dame veut savoir si elle peut cumuler {{ARE}} et ses heures de ménage. La conseillère : « oui, sous conditions ». Appel de {{9 min}}. Pas de nom.",
    ),
    (
        CAF,
        AP,
        "Dans la file, un monsieur originaire de {{La Réunion}}, installé à {{Reims}} depuis {{1998}}. [[PERSONNE:Jean-Bernard Grondin]]. Il rit : « ici il fait trop froid pour un zoreil à l'envers ». Il vient pour sa {{prime d'activité}}. Alloc [[N_ALLOCATAIRE:4198370]].",
    ),
    (
        CPAM,
        AP,
        "Un retraité né en {{Guadeloupe}}, [[PERSONNE:Fortuné Jean-Baptiste]], {{72 ans}}, vit à {{Créteil}}. NIR : [[NIR:1 52 03 97 105 318 93]]. Il veut faire rembourser des soins faits à {{Basse-Terre}} pendant ses vacances.",
    ),
    (
        CCAS,
        AP,
        "Étudiante marocaine, [[PERSONNE:Salma El Idrissi]], née en [[DATE_NAISSANCE:novembre 1997]] à {{Casablanca}}, NIR provisoire devenu définitif : [[NIR:2 97 11 99 350 045 50]]. Elle demande une aide pour son loyer du {{Crous}}.",
    ),
    (
        CPAM,
        AP,
        "Dame martiniquaise, [[PERSONNE:Josette Rosine]], habite {{Sarcelles}} depuis {{40 ans}}. Née le [[DATE_NAISSANCE:28 août 1964]] au {{Lamentin}}, NIR [[NIR:2 64 08 97 213 088 17]]. Elle veut une attestation pour son voyage.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Marseille}}. Un homme né à {{Sartène}}, [[PERSONNE:Antoine Marcaggi]], {{76 ans}}, NIR [[NIR:1 48 10 2A 272 019 27]]. Il a tout perdu après la mort de sa soeur. Il parle de la {{Corse}} avec les yeux humides.",
    ),
    (
        FT,
        AP,
        "Algérien arrivé en {{2001}}, [[PERSONNE:Rachid Meziane]], né en [[DATE_NAISSANCE:septembre 1970]], NIR [[NIR:1 70 09 99 352 104 11]], identifiant [[ID_FRANCE_TRAVAIL:8816230P]]. Il a travaillé {{20 ans}} dans le BTP.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'AS. Dame de {{Montpellier}}, [[PERSONNE:Carmen Ruiz]], [[ADRESSE:11 impasse des Mûriers, 34070 Montpellier]]. Son fils a une plaque espagnole : [[IMMATRICULATION:4821 KLB]]. Elle a besoin d'un lit médicalisé.",
    ),
    (
        CAF,
        CSP,
        "Contrôle chez la famille [[PERSONNE:Kouassi]] à {{Saint-Étienne}}. Le père montre un RIB : [[IBAN:FR76 1751 5205 9830 7881 6371 729]]. Deux comptes ? Non, un seul.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un assuré en arrêt, [[PERSONNE:Yves Perrin]]. Présent. Il me dit qu'il fait de la rééducation au {{CHU}}. Sa voiture : une {{Clio}} grise [[IMMATRICULATION:CK-942-RA]].",
    ),
    (
        CHRS,
        CSP,
        "Visite en appartement partagé. Trois hommes, deux afghans, un soudanais. Le TS vérifie l'entretien. Un des hommes fait du thé. Pas de nom noté. {{45 min}}.",
    ),
    (
        URG,
        AT,
        "Appel d'un médecin traitant, Dr [[PERSONNE:Aït-Kaci]], qui annonce un patient à l'accueil des urgences. L'agente note le nom du patient : [[PERSONNE:Lucien Marchand]], né le [[DATE_NAISSANCE:07/07/1939]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} : une jeune femme de {{19 ans}}, mise dehors par ses parents. Elle donne son numéro : [[TELEPHONE:07 68 12 90 44]], et son insta : [[IDENTIFIANT:@lilou.bzh]]. Mise à l'abri à l'hôtel {{B&B}}, chambre {{212}}.",
    ),
    (
        CAF,
        AT,
        "Appel : l'allocataire donne son RIB en entier au téléphone : banque [[IBAN:20041 50287 16695671594 38]]. L'agent arrête : « pas par téléphone, madame, passez par votre espace ». Trop tard, c'est dit.",
    ),
    (
        FT,
        AT,
        "Un employeur appelle pour une offre (n° {{187ZKLM}}) : il cherche un boulanger à {{Vannes}}. Il ne laisse que le nom de sa boutique, {{Boulangerie Le Floch}}. Le conseiller transmet.",
    ),
]
# --- Hexagone (2) et quelques notes d'outre-mer en plus -----------------------------------
NOTES_HEXAGONE_2 = [
    (
        CHRS,
        CSP,
        "Visite {{CHRS}} éclaté à {{Saint-Pierre}} ({{974}}). La résidente, [[PERSONNE:Émeline Valentin]], née à {{Saint-Benoît}} en [[DATE_NAISSANCE:avril 1991]], NIR [[NIR:2 91 04 97 410 233 44]] (elle me le montre fièrement sur sa nouvelle carte vitale). Appartement [[ADRESSE:17 rue Marius et Ary Leblond, 97410 Saint-Pierre]].",
    ),
    (
        CHRS,
        CSP,
        "visite du soir dans la maison relais. ambiance calme, télé, un monsieur joue aux dominos avec l'animateur. personne ne parle de ses papiers ce soir et c'est tant mieux",
    ),
    (
        CHRS,
        CSP,
        "Visite à {{Lorient}}, [[ADRESSE:3 rue Jules Le Grand, 56100 Lorient]]. Monsieur [[PERSONNE:Tugdual Kerhervé]] a repeint la cuisine tout seul. L'éducateur ([[PERSONNE:Bastien]]) est épaté. Il lui reste une dette {{EDF}} : réf client [[IDENTIFIANT:1 0042 881 906]].",
    ),
    (
        CHRS,
        CSP,
        "Contrôle de la chambre par le veilleur ({{foyer Adoma}}, chambre {{8}}) : le résident a un réchaud, interdit. Discussion tendue mais ça se calme.",
    ),
    (
        CHRS,
        CSP,
        "Appartement diffus à {{Mulhouse}}. La famille [[PERSONNE:Berisha]], kosovars. Le père montre l'immatriculation de la voiture prêtée par un cousin : [[IMMATRICULATION:PR 482-KS]]... plaque du {{Kosovo}} je crois. La TS lui dit qu'il ne peut pas conduire sans permis valable en {{France}}.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Le Port}} ({{974}}). Entrée d'un jeune, [[PERSONNE:Mickaël Hoarau]], sortie de prison. Le {{SPIP}} l'a orienté. Il a un tatouage « [[PERSONNE:Maëlys]] » sur le bras, sa fille.",
    ),
    (
        CHRS,
        AP,
        "Arrivée à {{17h}}, repas à {{19h}}, extinction à {{23h}}. Règlement affiché en {{6 langues}}. Une étagère de livres donnés. L'éducatrice me fait visiter.",
    ),
    (
        CHRS,
        AP,
        "Accueil de [[PERSONNE:Kofi Mensah]], ghanéen, {{41 ans}}, titre de séjour n° [[IDENTIFIANT:7502931154]] expiré. Téléphone [[TELEPHONE:07.53.18.42.66]]. Il parle anglais, l'éducateur aussi, moi je suis largué.",
    ),
    (
        CHRS,
        AP,
        "Une femme victime de violences, arrivée avec sa fille. Elle ne veut pas qu'on écrive son nom nulle part. Je n'écris rien. Chambre {{2}}.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} de {{Bordeaux}} : M. [[PERSONNE:Ferhat]] ({{52 ans}}) attend un logement {{Aquitanis}} depuis {{2 ans}}. Sa référence demande logement social : [[IDENTIFIANT:033052410982741]].",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile {{CCAS}} à {{Saint-Joseph}} ({{974}}), chemin de la {{Rivière des Remparts}}. Mme [[PERSONNE:Grondin]], {{77 ans}}, vit avec son fils [[PERSONNE:Johnny]]. Pas d'eau chaude. Adresse : [[ADRESSE:45 chemin Manapany, 97480 Saint-Joseph]].",
    ),
    (
        CCAS,
        CSP,
        "Visite chez un monsieur syllogomane à {{Nancy}}. On ne peut pas entrer dans la cuisine. L'AS reste calme, elle fait ça depuis {{20 ans}}. Rien noté d'identifiant.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile, {{Rouen}}, [[ADRESSE:21 rue Saint-Julien, 76100 Rouen]]. Mme [[PERSONNE:Agnès Poulain]] et M. [[PERSONNE:Poulain]]. Demande d'aide pour un fauteuil. Mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:0071 4432 918]].",
    ),
    (
        CCAS,
        CSP,
        "Évaluation au {{Moule}} ({{Guadeloupe}}) chez [[PERSONNE:Marie-Line Gène]], née le [[DATE_NAISSANCE:5 décembre 1980]] au {{Moule}}. NIR : [[NIR:2 80 12 97 117 140 88]]. Adresse [[ADRESSE:section Sergent, 97160 Le Moule]].",
    ),
    (
        CCAS,
        CSP,
        "Visite pour une aide aux vacances, {{Tours}}. La maman parle de la mer qu'elle n'a jamais vue. Les enfants veulent aller à {{Royan}}. J'ai rien noté d'autre.",
    ),
    (
        CCAS,
        AT,
        "Appel d'une dame qui veut un rdv avec l'AS. Prénom : [[PERSONNE:Yvette]]. Nom : [[PERSONNE:Bonnaud]]. Mail : [[EMAIL:yvette.bonnaud@wanadoo.fr]]. Rdv jeudi {{14h}}.",
    ),
    (
        CCAS,
        AT,
        "Appel du bailleur {{Habitat 44}} pour un impayé. L'agent ne donne aucune info sans l'accord de la locataire. {{2 min}}.",
    ),
    (
        CCAS,
        AT,
        "Un monsieur appelle pour l'épicerie solidaire, il cherche ses mots. Il donne son tel : [[TELEPHONE:zéro six, vingt et un, quarante-huit, dix-neuf, zéro trois]]. Prénom : [[PERSONNE:Gilbert]].",
    ),
    (
        CCAS,
        AT,
        "Plateforme seniors canicule, {{Lyon}}. Les agents appellent les inscrits au registre. « Bonjour Mme [[PERSONNE:Chabert]], vous buvez bien ? » {{160}} appels prévus aujourd'hui.",
    ),
    (
        URG,
        AT,
        "Standard urgences {{CHU de Lille}} : appel d'une maman qui ne sait pas si elle doit venir pour la fièvre de son fils. L'agent réoriente vers le {{15}}. Rien noté.",
    ),
    (
        URG,
        AT,
        "Une pharmacie de {{Saint-André}} ({{974}}) appelle les urgences du {{GHER}} pour un patient sorti sans ordonnance. Nom : [[PERSONNE:Dorothée Chane-Kune]]? non [[PERSONNE:Dorothée Chan-Kune]], sans e. Elle a ses dates : née le [[DATE_NAISSANCE:30/01/1950]].",
    ),
    (
        URG,
        AT,
        "Appel : un homme cherche sa mère, amenée par les pompiers. Nom : [[PERSONNE:Colette Vasseur]]. Il donne son numéro : [[TELEPHONE:06-11-73-58-20]]. On lui dit de venir, secret médical.",
    ),
    (
        URG,
        AT,
        "Appel d'un EHPAD ({{EHPAD Korian Les Tilleuls}}) qui annonce un résident, [[PERSONNE:Marcel Dumont]], {{94 ans}}, chute. L'agente demande son IPP : [[IDENTIFIANT:0077352]].",
    ),
    (
        URG,
        AT,
        "Un journaliste appelle pour une info sur un accident de car. L'agent refuse, renvoie vers la communication. Pas de nom.",
    ),
    (
        FT,
        AT,
        "{{3949}}. Demandeuse : [[PERSONNE:Anh Tran]]. Elle veut changer son RIB : [[IBAN:FR76 1333 5067 2817 6563 8519 351]]. Identifiant : [[ID_FRANCE_TRAVAIL:2711964 N]]. L'agent lui dit de le faire en ligne, elle n'a pas internet.",
    ),
    (
        FT,
        AT,
        "Appel d'une conseillère à un jeune, [[PERSONNE:Ibrahim Sylla]], pour un rdv {{CEJ}}. Répondeur. Message laissé. Numéro composé : [[TELEPHONE:07 45 62 83 11]].",
    ),
    (
        FT,
        AT,
        "Appel de {{Corte}} : un étudiant veut savoir s'il a droit au chômage après un {{CDD}} à la {{fac}}. Le conseiller demande l'identifiant : [[ID_FRANCE_TRAVAIL:6608142C]]. Nom : [[PERSONNE:Battistu Albertini]].",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Strasbourg}}. Un réfugié syrien, [[PERSONNE:Ahmad Al-Khatib]], ingénieur, veut faire valider son diplôme. Identifiant [[ID_FRANCE_TRAVAIL:4190337J]]. La conseillère l'oriente vers {{ENIC-NARIC}}.",
    ),
    (
        FT,
        AP,
        "RDV d'une femme de {{55 ans}} qui n'a jamais travaillé. Elle a élevé {{5 enfants}}. Elle veut être {{ATSEM}}. La conseillère l'écoute longuement.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Fort-de-France}}. [[PERSONNE:Cédric Louis-Joseph]], identifiant [[ID_FRANCE_TRAVAIL:3027718X]]. Il a une promesse d'embauche à {{Air Caraïbes}}. Mail : [[EMAIL:cedric.lj972@hotmail.fr]].",
    ),
    (
        FT,
        AP,
        "Un auto-entrepreneur en sortie d'activité, [[PERSONNE:Vincent Ho]], SIRET [[IDENTIFIANT:812 553 046 00021]]. Il veut l'{{ATI}}. Sa camionnette dehors : [[IMMATRICULATION:EL-390-BB]].",
    ),
    (
        CAF,
        AT,
        "Appel : une allocataire de {{Saint-Leu}} ({{974}}) dit « mon numéro c'est le [[N_ALLOCATAIRE:1 6 5 2 0 9 4]] ». Elle s'appelle [[PERSONNE:Nadia Patel]]. Elle veut un rdv pour l'{{AEEH}}.",
    ),
    (
        CAF,
        AT,
        "Plateforme {{Caf}}, appel d'une femme en larmes, violences conjugales. L'agente passe le relais au {{3919}}. Elle ne note rien, elle garde la ligne jusqu'à ce que la dame soit prise en charge.",
    ),
    (
        CAF,
        AT,
        "Appel : monsieur [[PERSONNE:Lefebvre]] dit qu'il n'a pas reçu ses {{APL}} de mars. Num alloc [[N_ALLOCATAIRE:3047716]]. Mail de contact : [[EMAIL:lefebvre.jeanmichel@sfr.fr]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Valenciennes}}. Allocataire [[PERSONNE:Priscille Dubois]], déclare {{2 enfants}}. Le contrôleur demande le RIB : [[IBAN:FR76 1470 7663 5781 5656 5341 778]]. Numéro allocataire [[N_ALLOCATAIRE:8126054]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Sainte-Rose}} ({{Guadeloupe}}), [[ADRESSE:chemin de Morne Rouge, 97115 Sainte-Rose]]. La dame, [[PERSONNE:Huguette Cabrimol]], montre sa voiture [[IMMATRICULATION:GA-117-YT]] en panne depuis {{un an}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle de fin de matinée, {{Brest}}. Le contrôleur me dit qu'il fait {{6}} visites par jour, avec les trajets. Il a un tableur. Pas de visite intéressante aujourd'hui.",
    ),
    (
        CPAM,
        CSP,
        "Visite service social {{Cpam}} {{Toulon}} chez [[PERSONNE:René Giraud]], amputé. Le kiné, [[PERSONNE:Kevin Massa]], arrive pendant la visite. IBAN pour les IJ : [[IBAN:FR76 1871 9083 0097 8144 8484 247]].",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt à {{Guéret}}. Porte fermée, le chien aboie ({{Rex}} écrit sur la niche). Avis de passage dans la boîte.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à {{Ajaccio}} : l'assuré, [[PERSONNE:Jean-Baptiste Casanova]], [[ADRESSE:route de Mezzavia, résidence Les Pins, bât A, 20090 Ajaccio]], présent. Il montre son {{4x4}} [[IMMATRICULATION:FB-732-JC]] qu'il ne peut plus conduire.",
    ),
    (
        CPAM,
        AT,
        "Appel {{3646}} d'un retraité portugais, [[PERSONNE:Joaquim Pereira]], né à {{Braga}} en [[DATE_NAISSANCE:juin 56]]. NIR dicté : [[NIR:1 56 06 99 139 077 82]]. Il veut l'attestation {{S1}}.",
    ),
    (
        CPAM,
        AT,
        "Appel d'un jeune qui dicte son numéro de sécu d'une traite : [[NIR:104024410956105]]. [[PERSONNE:Noé Bertin]], né à {{Nantes}} le [[DATE_NAISSANCE:19 février 2004]].",
    ),
    (
        CPAM,
        AT,
        "Appel {{3646}} : une dame demande le remboursement d'une consultation chez Dr [[PERSONNE:Okafor]]. L'agent vérifie, c'est payé depuis hier.",
    ),
    (
        CPAM,
        AP,
        "Accueil {{Cpam}} {{Amiens}}. Une jeune, [[PERSONNE:Manon Carpentier]], vient avec sa mère. Elles donnent l'IBAN : [[IBAN:FR76 1660 6381 6591 0746 1021 951]] (celui de la mère, [[PERSONNE:Véronique Carpentier]]).",
    ),
    (
        CPAM,
        AP,
        "Un couple de touristes américains veut un remboursement. L'agent explique gentiment que non. Pas de nom. Ils partent en souriant.",
    ),
    (
        CCAS,
        AP,
        "{{CCAS}} {{Saint-Pierre}} ({{974}}), jour des colis. M. [[PERSONNE:Nativel]], patron du {{Garage Nativel}} à {{Pierrefonds}}, vient faire un don de {{50 kg}} de letchis. Tout le monde rigole.",
    ),
    (
        CCAS,
        AP,
        "Domiciliation de [[PERSONNE:Mircea]], roumain, {{36 ans}}. Il donne son passeport : [[IDENTIFIANT:059482317]]. Pas de téléphone.",
    ),
    (
        CCAS,
        AP,
        "Demande de carte de transport solidaire ({{Tisséo}}). Dame : [[PERSONNE:Lucie Vidal]], [[ADRESSE:16 rue des Filatiers, 31000 Toulouse]]. Née en [[DATE_NAISSANCE:1958]]. L'agente vérifie le quotient.",
    ),
    (
        URG,
        AP,
        "Urgences {{CH de Bayonne}}. Un surfeur, [[PERSONNE:Gaizka]], arcade ouverte. Son pote donne la plaque de la voiture pour la fourrière : [[IMMATRICULATION:3412 MBX]] (espagnole). {{45 min}} d'attente.",
    ),
    (
        URG,
        AP,
        "Urgences {{CHU Martinique}} ({{Pierre Zobda-Quitman}}). Une dame âgée, [[PERSONNE:Léontine Éloi]], amenée par sa voisine. La voisine donne son propre numéro : [[TELEPHONE:0596 71 38 24]].",
    ),
    (
        URG,
        AP,
        "Sortie de {{3h}} du matin : {{7}} patients dorment sur des brancards. Le cadre me dit que l'{{ARS}} a été prévenue. Rien d'autre.",
    ),
    (
        URG,
        AP,
        "Patient : [[PERSONNE:Thomas Wagner]], né le [[DATE_NAISSANCE:1985-07-22]] (le médecin lit la date au format ISO sur l'écran, ça fait rire l'interne). IPP [[IDENTIFIANT:P00671542]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Paris}}, {{22h}}. Un monsieur dit s'appeler « [[PERSONNE:Papy]] », il dort porte de la {{Chapelle}}. Pas de place. Il dit qu'il a l'habitude.",
    ),
    (
        CHRS,
        AT,
        "Appel {{115}} : une famille {{Rom}} demande une place. Le père épelle : [[PERSONNE:S-T-O-I-C-A]]. Numéro [[TELEPHONE:07 81 24 93 55]].",
    ),
    (
        CHRS,
        AT,
        "{{115}}: femme enceinte, [[PERSONNE:Aminata Coulibaly]], {{8 mois}}. Mise à l'abri immédiate, hôtel {{Première Classe}}, chambre {{31}}. Mail de l'assistante sociale de la maternité : [[EMAIL:as.maternite.dupuis@chu-exemple.fr]].",
    ),
    (
        CHRS,
        AT,
        "Appel du {{115}} vers un {{CHRS}} pour vérifier une place. Conversation de {{2 min}}, « oui on a un lit ». Pas de nom.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Montpellier}}. M. [[PERSONNE:Benhamou]] veut changer son RIB : [[IBAN:FR76 1286 9293 9952 4410 7880 104]]. L'agent demande un justificatif.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Saint-Denis}} ({{974}}) : [[PERSONNE:Fabiola Lauret]], num alloc [[N_ALLOCATAIRE:1288547]], mail [[EMAIL:fabiola.lauret974@gmail.com]]. Elle montre son bail pour une case à [[ADRESSE:11 chemin Lefaguyès, 97419 La Possession]].",
    ),
    (
        CPAM,
        AP,
        "{{Cpam}} {{Metz}} : [[PERSONNE:Krzysztof Nowak]] veut sa carte européenne pour aller en {{Pologne}}. IBAN : [[IBAN:FR76 3000 3368 5525 9553 2368 656]]. Il repart en {{10 min}}.",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Ajaccio}} {{Saint-Joseph}}: M. [[PERSONNE:Cipriani]] ([[PERSONNE:Ghjuvan Battista]]), identifiant [[ID_FRANCE_TRAVAIL:5034127A]], cherche un poste de chauffeur. Sa plaque : [[IMMATRICULATION:fv-215-kr]]. IBAN : [[IBAN:FR76 1010 7929 0303 8070 5786 446]].",
    ),
    (
        CAF,
        AT,
        "Appel {{Caf}} de {{Martinique}}, allocataire du {{François}} : [[PERSONNE:Huguette Sainte-Luce]], n° alloc [[N_ALLOCATAIRE:0975213]], numéro [[TELEPHONE:0696 24 51 09]].",
    ),
    (
        CCAS,
        AT,
        "Appel au {{CCAS}} de {{Cayenne}} : un monsieur, [[PERSONNE:Apollinaire]], demande un bon pour la pirogue vers {{Saint-Georges}}. L'agent dit non.",
    ),
    (
        FT,
        AT,
        "Appel : une dame de {{Mamoudzou}}, [[PERSONNE:Sitti Ahmed]], identifiant [[ID_FRANCE_TRAVAIL:8392014T]], mail [[EMAIL:sitti.ahmed976@gmail.com]].",
    ),
    (
        CPAM,
        AT,
        "rappel sortant : l'agent rappelle {{9}} assurés qui ont laissé un message hier soir. {{4}} décrochent. Une dame croit à une arnaque et raccroche. « ils ont raison de se méfier » dit l'agent.",
    ),
]

NOTES = (
    NOTES_REUNION
    + NOTES_ANTILLES_GUYANE
    + NOTES_MAYOTTE_CORSE
    + NOTES_HEXAGONE_1
    + NOTES_HEXAGONE_2
)

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
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


def build():
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])


if __name__ == "__main__":
    main()
