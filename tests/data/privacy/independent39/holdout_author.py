"""Write the independent39 evaluation corpus (stdlib only, deterministic).

Every note below was written by hand as a ``(site_kind, channel, text)`` tuple, with inline
marks: ``[[LABEL:value]]`` for a value to mask and ``{{value}}`` for a string that must be kept.
Running the script strips the marks, computes the offsets, builds each note's ``keep`` list
(deduplicated, in order of first appearance), numbers the notes ``ind39-001`` … ``ind39-240`` in
writing order, draws a 120 / 120 split stratified by site kind × channel with
``random.Random(39)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind39"
SEED = 39
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

PHY = "accueil_physique"
TEL = "accueil_telephonique"
CSP = "controle_sur_place"

# --- Caf: counter, phone platform, home controls ---------------------------------------------
CAF = [
    (
        "caf",
        PHY,
        "{{9h02}}, déjà {{14}} personnes dans la {{salle d'attente}}. La borne à tickets est en panne, "
        "c'est [[PERSONNE:Yannick]] ({{agent d'accueil}}) qui distribue des tickets papier à la main. "
        "{{Premier ticket}} : {{A017}}. {{Ambiance}} calme, tout le monde sur son téléphone.",
    ),
    (
        "caf",
        PHY,
        "{{Dame âgée}}, vient pour sa {{prime d'activité}} qui est passée de {{212 €}} à {{96 €}}. "
        "{{L'agent}} ([[PERSONNE:Ronan]]) explique : {{déclaration trimestrielle}}, elle a déclaré le {{13e mois}} de son "
        "mari. Elle comprend pas pourquoi on compte les revenus de {{décembre}} en {{mars}}. "
        "{{Moi non plus}} honnêtement.",
    ),
    (
        "caf",
        PHY,
        "Mr [[PERSONNE:Benali]] vient avec un courrier de {{trop-perçu}} {{APL}} : "
        "{{1 847,32 €}}. {{N° alloc}} [[N_ALLOCATAIRE:2963114]]. Il a déménagé en {{juillet}} et le "
        "{{bailleur}} n'a rien transmis. L'agent ouvre {{Cristal}}, regarde l'{{historique}}, propose un "
        "{{échéancier}} à {{50 €/mois}}. Il signe sans lire.",
    ),
    (
        "caf",
        PHY,
        "file d'attente debout jusqu'a la porte. {{3}} {{guichets}} ouverts sur {{6}}. ma {{tutrice}} "
        "([[PERSONNE:Valérie]]) me dit que le {{lundi}} c'est tjs comme ca, 'le lundi et le {{5 du mois}}' (versement du "
        "{{RSA}}). personne ne s'assoit, les chaises sont au fond et personne veut perdre sa place",
    ),
    (
        "caf",
        PHY,
        "{{Jeune femme}} enceinte de {{7 mois}}, {{déclaration de grossesse}} pour la {{prime à la "
        "naissance}}. [[PERSONNE:Océane Le Floch]], née le [[DATE_NAISSANCE:03/02/2004]]. Pas "
        "d'adresse mail qui marche (« j'en ai une mais j'ai oublié le {{mot de passe}} »), l'agent lui "
        "en recrée une sur place : [[EMAIL:oceane.lefloch04@gmail.com]]. {{20 minutes}} pour ça.",
    ),
    (
        "caf",
        PHY,
        "{{Monsieur en fauteuil}}, dossier {{AAH}} en attente depuis {{5 mois}} à la {{MDPH}}. La "
        "{{Caf}} ne peut rien faire tant que la {{CDAPH}} n'a pas statué. Lui : « on me renvoie de "
        "l'un à l'autre comme une balle de {{ping-pong}} ». L'agente ([[PERSONNE:Nadia]]) note la réf "
        "MDPH [[IDENTIFIANT:035-2023-11874]] pour relancer par la {{messagerie partenaires}}.",
    ),
    (
        "caf",
        PHY,
        "{{Espace libre-service}} : {{2}} ordis + {{1}} imprimante. Un jeune en {{service civique}} "
        "({{Unis-Cité}}) aide les gens à se connecter sur {{caf.fr}}. {{FranceConnect}} plante "
        "pour tout le monde ce matin, « {{erreur technique}}, réessayez plus tard ». Il rit jaune.",
    ),
    (
        "caf",
        PHY,
        "{{Couple}}, {{3}} enfants, {{1ère demande}} de {{RSA}}. Pas de {{RIB}} imprimé, madame le lit sur "
        "son {{appli bancaire}} et l'agent tape : [[IBAN:FR76 1027 8360 1100 0201 5380 442]]. Elle "
        "se trompe d'un chiffre, on recommence. Le compte est au nom de monsieur, [[PERSONNE:Kévin "
        "Guillou]], elle dit « c'est pareil on est {{pacsés}} ». L'agent : pour le RSA ça passe.",
    ),
    (
        "caf",
        PHY,
        "Il veut juste une {{attestation de paiement}} pour son {{dossier de crédit}} chez "
        "{{Cetelem}}. Il donne son numéro de tête, [[N_ALLOCATAIRE:3871046]]. Imprimée en {{2 min}}. Il repart content. {{Premier usager}} satisfait de la "
        "matinée ({{10h40}}).",
    ),
    (
        "caf",
        PHY,
        "Mme [[PERSONNE:Touré]], {{titre de séjour}} expiré depuis le {{12 janvier}}, {{récépissé}} en "
        "cours n° [[IDENTIFIANT:7503112946]]. Sans titre valide les {{allocations familiales}} "
        "sont suspendues, elle a {{4 enfants}}. Ma {{tutrice}} ([[PERSONNE:Claire]]) scanne le "
        "récépissé dans {{Nims}} avec une note « {{à traiter en prio}} ». Mme dit merci {{5}} fois.",
    ),
    (
        "caf",
        PHY,
        "étudiant {{Erasmus}} {{espagnol}}, {{APL}} pour une chambre {{Crous}} à {{Beaulieu}}. Pas "
        "de compte {{français}}, il donne son {{IBAN}} espagnol [[IBAN:ES50 0049 1872 3629 1045 8372]]. "
        "L'agente pas sûre que ça passe (« normalement oui, zone {{SEPA}} »). Il s'appelle "
        "[[PERSONNE:Javier Ruiz Ortega]], très poli, parle mieux français que moi l'espagnol.",
    ),
    (
        "caf",
        PHY,
        "{{Ce qui me frappe}} : [[PERSONNE:Sébastien]] a {{4}} fenêtres ouvertes en même temps, "
        "{{Cristal}}, {{Nims}}, la {{messagerie}}, {{Outlook}}, il jongle sans regarder. Il traite "
        "{{35 à 40}} personnes par jour à l'accueil. « Avant c'était {{60}} mais on a mis les "
        "{{rendez-vous}}. »",
    ),
    (
        "caf",
        PHY,
        "{{changement d'adresse}}, madame quitte {{Cleunay}} pour le [[ADRESSE:14 rue Jules Verne, "
        "35700 Rennes]]. {{num alloc}} [[N_ALLOCATAIRE:1187402]]. l'agent lui dit que c'est plus "
        "rapide en ligne, elle : « j'ai pas {{internet}} chez moi, c'est pour ça que je viens ».",
    ),
    (
        "caf",
        PHY,
        "{{11h15}} un monsieur s'énerve, crie que ça fait {{3 mois}} qu'il a rien touché. Le "
        "{{vigile}} ({{Securitas}}) s'approche sans intervenir. L'agent garde son calme, le fait "
        "asseoir au {{box}} {{2}}. Au bout de {{10 min}} il pleure. {{Personne}} dans la salle ne dit rien.",
    ),
    (
        "caf",
        PHY,
        "{{ASF}} : {{maman solo}}, le père ne paie pas la {{pension}}. Elle a le jugement du {{JAF}}, {{RG}} "
        "[[IDENTIFIANT:22/03817]]. L'agent explique qu'avec l'{{ARIPA}} la {{Caf}} peut récupérer les "
        "impayés. Elle : « il est en {{Algérie}}, vous allez rien récupérer du tout ».",
    ),
    (
        "caf",
        PHY,
        "{{Pas de clim}}. {{27°}} dans la salle à {{14h}}. {{Fontaine à eau}} vide depuis ce matin.",
    ),
    (
        "caf",
        PHY,
        "L'agent appelle « {{Monsieur}} [[PERSONNE:Le Bihan]] ? » {{trois fois}}. Un vieux monsieur finit "
        "par se lever, il n'avait pas entendu. Sa {{fille}} parle pour lui, elle laisse son propre "
        "numéro pour le {{rappel}} : [[TELEPHONE:06 71 84 22 09]]. Demande d'{{ALS}}, il vient "
        "d'entrer en {{résidence autonomie}} ({{Les Glycines}}, {{Cesson}}).",
    ),
    (
        "caf",
        PHY,
        "Une dame demande si la {{prime de Noël}} sera versée cette année « parce qu'à la {{télé}} ils "
        "ont dit que {{Macron}} la supprimait ». L'agent : non {{madame}}, c'est versé vers le "
        "{{15 décembre}}, si vous êtes au {{RSA}} en {{novembre}}. Elle : « bon ben tant mieux ».",
    ),
    (
        "caf",
        PHY,
        "Deux petits jouent dans le {{coin enfants}} avec les {{Duplo}} pendant que leur maman "
        "remplit le {{Cerfa}} de {{complément familial}}. Elle crie « [[PERSONNE:Ilyes]] ! "
        "[[PERSONNE:Ilyes]] tu laisses ta {{sœur}} ! ». L'agent lui prête un {{stylo}}, puis un deuxième.",
    ),
    (
        "caf",
        PHY,
        "Pause café avec la {{responsable d'accueil}}. Depuis la {{dématérialisation}}, ceux qui "
        "viennent au {{guichet}} sont ceux qui n'y arrivent pas {{en ligne}}, donc les cas les plus "
        "compliqués. Elle parle de {{non-recours}} : d'après elle {{un tiers}} des gens qui "
        "auraient droit au {{RSA}} ne le demandent pas. Elle voudrait {{20 min}} par personne au "
        "lieu de {{12}}. Je n'avais jamais vu le guichet comme un {{filtre}}, mais c'en est un.",
    ),
    (
        "caf",
        TEL,
        "{{Plateforme}} {{3230}}, casque sur les oreilles. 1er appel à {{8h31}} : une dame veut savoir "
        "pourquoi son {{RSA}} n'est pas tombé. L'agent demande le {{n° allocataire}} "
        "([[N_ALLOCATAIRE:4512708]]) et la {{date de naissance}} pour vérifier : « le "
        "[[DATE_NAISSANCE:12 juin 1979]] ». Réponse : {{DTR}} pas faite. Elle la fait au "
        "téléphone avec lui, {{6 min}}.",
    ),
    (
        "caf",
        TEL,
        "Attente affichée pour les {{appelants}} : {{17 min}}. Mon {{tuteur}} dit que le record c'était "
        "{{1h10}} en {{janvier}}. Entre deux appels il a {{30 secondes}} de « {{pause}} » automatique, "
        "le compteur tourne dans le bandeau {{Odigo}}.",
    ),
    (
        "caf",
        TEL,
        "Appel d'un {{bailleur}} ({{Néotoa}}) pour un {{locataire}} en impayé, {{tiers payant}} {{APL}}. "
        "Le monsieur donne le n° [[N_ALLOCATAIRE:3306591]], locataire [[PERSONNE:Dylan Moreau]]. "
        "L'agent confirme juste que le dossier est « {{en cours d'examen}} », rien de plus. Après: "
        "« les bailleurs appellent plus que les allocataires des fois ».",
    ),
    (
        "caf",
        TEL,
        "un papa veut changer de {{RIB}}, nouveau compte {{Banque Postale}}. l'agente : on prend pas "
        "un RIB par téléphone, il faut le déposer dans l'{{espace perso}}. il le dicte quand même : "
        "[[IBAN:FR20 2004 1010 1205 8734 1J02 985]]. elle ne le saisit pas. {{anti-fraude}}, "
        "m'explique-t-elle après, il y a eu des {{usurpations}} l'an dernier.",
    ),
    (
        "caf",
        TEL,
        "{{Dame en larmes}} : son fils de {{19 ans}} est parti de la maison, elle va perdre des "
        "{{allocations familiales}}. Elle laisse son numéro « {{au cas où}} » : [[TELEPHONE:zéro sept, "
        "quarante-deux, dix-huit, soixante-trois, zéro un]]. L'agent programme un rappel par une "
        "{{travailleuse sociale}} de la {{Caf}}.",
    ),
    (
        "caf",
        TEL,
        "{{Beaucoup d'appels pour rien}} : « est-ce que mon dossier est bien arrivé ? ». Le {{tuteur}} dit "
        "que c'est {{70 %}} des appels. Exemple : une dame, {{n° alloc}} [[N_ALLOCATAIRE:1495327]], dossier reçu hier."
        " Il renvoie chaque fois vers l'appli {{Caf - Mon Compte}}, "
        "rubrique {{Mes démarches}}. Les gens répondent qu'ils ont déjà regardé.",
    ),
    (
        "caf",
        TEL,
        "Appel en {{anglais}}, un monsieur {{soudanais}}. L'agent se débrouille avec {{Google "
        "Traduction}} sur l'autre écran. Il épelle son nom : [[PERSONNE:I-S-H-A-G]], prénom "
        "[[PERSONNE:Adam]]. Il cherche où en est son {{APL}}. {{Dossier incomplet}}, il manque "
        "l'{{attestation de loyer}}. {{12 min}}, tout le monde est content à la fin.",
    ),
    (
        "caf",
        TEL,
        "{{Partenaire}} au bout du fil : {{assistante sociale}} du {{CDAS}} de {{Maurepas}}, Mme "
        "[[PERSONNE:Gicquel]], pour une famille ({{n° alloc}} [[N_ALLOCATAIRE:2240918]]). Elle veut la "
        "réponse par écrit à son {{mail pro}} [[EMAIL:a.gicquel@ille-et-vilaine.fr]]. L'agent passe "
        "par la {{messagerie partenaires}}, c'est la règle.",
    ),
    (
        "caf",
        TEL,
        "{{appel coupé}} au bout de {{40 s}}. l'agent : « ça arrive tout le temps, ils rappellent et "
        "refont la queue ». aucun moyen de rappeler, le {{numéro est masqué}}. ça me choque un peu",
    ),
    (
        "caf",
        TEL,
        "{{Étudiant}}, veut savoir si sa {{bourse}} {{Crous}} compte pour l'{{APL}}. Non. Il demande aussi "
        "si l'adresse de ses parents, [[ADRESSE:3 impasse des Mésanges, 22190 Plérin]], pose "
        "problème pour la {{taxe d'habitation}}. L'agent : « ça c'est les {{impôts}} monsieur ».",
    ),
    (
        "caf",
        TEL,
        "{{Grosse colère}} : « vous m'avez radiée, je vais {{porter plainte}} ». L'agent reste calme, me "
        "fait signe de ne rien dire. {{Contrôle RSA}}, elle n'a pas répondu au courrier du "
        "{{15 mars}}. {{Nom à l'écran}} : [[PERSONNE:Jessica Le Roux]]. Il lui renvoie le {{formulaire}}, "
        "elle raccroche sans dire au revoir.",
    ),
    (
        "caf",
        TEL,
        "{{Je compte}} : {{23}} appels en {{2h}}. {{Moyenne}} {{5 min}}. Le plus long : {{19 min}} (une "
        "{{succession}}, le monsieur venait de perdre sa femme).",
    ),
    (
        "caf",
        TEL,
        "Une dame vit à l'année en {{mobil-home}}, elle donne comme adresse "
        "[[ADRESSE:camping Le Bois Joli, emplacement 41]]. L'agent doit vérifier si c'est "
        "considéré comme {{résidence principale}} pour l'{{APL}} (« {{en général non}} »). Elle travaille "
        "à {{Bréal}}, n'a pas les moyens d'autre chose.",
    ),
    (
        "caf",
        TEL,
        "Une {{grand-mère}} appelle pour sa {{petite-fille}} [[PERSONNE:Lina]], {{17 ans}}, qui vit chez "
        "elle. Peut-elle toucher les {{allocs}} à la place de la mère ? Il faut une {{délégation "
        "d'autorité parentale}} ou l'accord de la mère. « La mère on sait pas où elle est. »",
    ),
    (
        "caf",
        TEL,
        "{{Pause}} de {{11h}}, [[PERSONNE:Loïc]] m'explique le {{débordement}} : quand la ligne sature, les "
        "appels basculent vers une autre {{Caf}} ({{Caf du Morbihan}} ce matin). Les gens ne savent "
        "pas qu'ils parlent à quelqu'un de {{Vannes}}.",
    ),
    (
        "caf",
        CSP,
        "{{Contrôle à domicile}} avec [[PERSONNE:Thierry]], {{contrôleur assermenté}} depuis {{12 ans}}. "
        "Adresse : [[ADRESSE:27 avenue de Pologne, 35200 Rennes]], {{5e étage}} sans {{ascenseur}}. "
        "Suspicion de {{vie maritale}} non déclarée ({{RSA}} majoré isolée). Il regarde les "
        "{{brosses à dents}} sans le dire. Madame nous fait un café.",
    ),
    (
        "caf",
        CSP,
        "Sur le {{parking}}, la voiture [[IMMATRICULATION:FG-482-KT]] serait au nom du {{concubin}}. Le "
        "{{contrôleur}} ne note rien devant la dame, il le fait dans la voiture après. « Le {{FICOBA}} "
        "et le {{SIV}} c'est nos meilleurs amis. »",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur mesure au {{laser}} ({{Bosch}}) : {{8,4 m²}} pour le {{studio}}. Sous {{9 m²}} "
        "c'est {{non décent}}, l'{{APL}} est conservée et le {{propriétaire}} ne la touche plus tant "
        "qu'il ne fait pas de travaux. La locataire, Mme [[PERSONNE:Pelletier]], a peur d'être mise dehors, on la rassure.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources, monsieur {{auto-entrepreneur}} livreur {{Uber Eats}}. Il montre son "
        "relevé sur l'appli, {{compte en ligne allemand}} : [[IBAN:DE30 5001 0517 4418 2639 07]]. "
        "Le contrôleur recopie pour vérifier les flux. {{1 140 €}} de {{CA}} en {{février}}, "
        "déclaré {{980}}.",
    ),
    (
        "caf",
        CSP,
        "Famille [[PERSONNE:Kerboul]], {{4}} enfants, contrôle de la résidence des enfants "
        "({{garde alternée}} déclarée). Le grand, [[PERSONNE:Enzo]], nous montre sa chambre, posters "
        "du {{Stade Rennais}}. La mère s'inquiète, le {{contrôleur}} : « je fais un {{rapport}}, c'est "
        "pas moi qui décide ».",
    ),
    (
        "caf",
        CSP,
        "Dans la {{voiture}} entre deux contrôles. Il en fait {{6 à 8}} par semaine ; {{1 sur 3}} "
        "finit en {{rappel}} en faveur de l'{{allocataire}}. « Les gens me croient jamais quand je leur "
        "dis. » Il a {{180 km}} au compteur aujourd'hui.",
    ),
    (
        "caf",
        CSP,
        "{{Personne}}. {{Avis de passage}} dans la boîte, sur l'{{étiquette}} : M. et Mme "
        "[[PERSONNE:Hamon-Gautier]], [[ADRESSE:lieu-dit Kerivoal, 29450 Sizun]]. {{45 min}} de "
        "route pour rien. Il y aura une {{2e convocation}} par courrier sous {{15 jours}}.",
    ),
    (
        "caf",
        CSP,
        "Chez un monsieur seul, {{AAH}} + {{APL}}. {{Logement très encombré}}, le contrôleur ne dit "
        "rien mais note pour un {{signalement}} au {{CCAS}}. Le monsieur nous présente son chat "
        "{{Pompon}}, {{14 ans}}. Il laisse son {{fixe}} pour la suite : [[TELEPHONE:02 99 41 67 30]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} chez [[PERSONNE:Samira]] : signalement d'un compte au {{Portugal}} non "
        "déclaré (son mari est {{portugais}}). Elle sort le {{relevé}} : [[IBAN:PT35 0035 0683 0000 8123 "
        "4701 2]], solde {{312 €}}. Le contrôleur : « le solde on s'en fiche, c'est les "
        "{{mouvements}} qui comptent ».",
    ),
    (
        "caf",
        CSP,
        "retour bureau {{16h20}}. {{saisie du rapport}} dans {{Cristal}} + l'{{outil contrôle}}. {{40 min}} "
        "de saisie pour {{1h}} de visite. il dit que c'est la partie qu'il aime le moins",
    ),
]

# --- Cpam: counter, 3646 platform, sick-leave and residence controls ---------------------------
CPAM = [
    (
        "cpam",
        PHY,
        "Accueil {{Cpam}}, {{cours des Alliés}}. Ouverture {{8h30}}, déjà une queue de {{20}} "
        "personnes dehors sous la pluie. Un {{agent d'orientation}} avec une {{tablette}} trie à l'entrée "
        ": {{carte Vitale}} / {{CSS}} / {{arrêts de travail}} / le reste. Ça va vite, c'est bien fait.",
    ),
    (
        "cpam",
        PHY,
        "Monsieur a perdu sa {{carte Vitale}}. Il donne son {{numéro de sécu}} de tête, sans hésiter : "
        "[[NIR:1 78 03 35 238 045 74]]. Né le [[DATE_NAISSANCE:14 mars 1978]], à {{Rennes}} "
        "« au {{Hôtel-Dieu}} ». {{Photo}} : il en a une dans son {{portefeuille}}, un peu froissée, "
        "l'agente dit que ça passe. Délai annoncé {{3 semaines}}.",
    ),
    (
        "cpam",
        PHY,
        "{{CSS}} : Mme [[PERSONNE:Cadiou]] ne savait pas qu'il fallait la {{renouveler}} tous les ans. Droits fermés "
        "depuis {{2 mois}}, elle a payé ses {{lunettes}} {{180 €}} chez {{Optic 2000}}. L'agente "
        "refait la demande avec elle, mais pour les lunettes c'est {{trop tard}}. Elle : « j'aurais "
        "dû attendre ».",
    ),
    (
        "cpam",
        PHY,
        "Monsieur arrivé du {{Maroc}} il y a {{4 mois}}, demande de {{PUMa}}. {{Passeport}} n° "
        "[[IDENTIFIANT:UZ4812093]], {{attestation d'hébergement}} chez son frère au [[ADRESSE:8 square "
        "de Nimègue, 35200 Rennes]]. Il manque la preuve de {{3 mois}} de résidence. L'agente, "
        "[[PERSONNE:Maëlle]], lui fait un schéma sur un {{post-it}} pour expliquer.",
    ),
    (
        "cpam",
        PHY,
        "Borne {{ameli}} : un monsieur imprime son {{attestation de droits}} mais n'arrive pas à "
        "lire le code reçu par {{SMS}}, {{écran fissuré}}. {{L'agent}}, [[PERSONNE:Bertrand]], le lit pour lui. {{3 min}}. Il repart "
        "en disant « vous êtes gentil vous ».",
    ),
    (
        "cpam",
        PHY,
        "Dame avec sa {{fille ado}}, changement de {{médecin traitant}} : le Dr [[PERSONNE:Lemaître]] "
        "part à la {{retraite}} et personne ne reprend. « Il y a plus de médecin à {{Montfort}}. » "
        "L'agente donne la liste de ceux qui acceptent de nouveaux patients ; elle a déjà appelé "
        "les {{7}}. Reste la {{téléconsultation}} en {{pharmacie}}.",
    ),
    (
        "cpam",
        PHY,
        "{{ticket}} {{C045}}, {{1h05}} d'attente. la dame venait pour un remboursement de {{23,40 €}} "
        "pas arrivé. l'agent regarde : versé sur l'{{ancien compte}}. nouveau {{RIB papier}} : "
        "[[IBAN:FR76 1380 7002 3132 0214 5871 282]]. elle : « tout ça pour {{23 euros}}, mais c'est 23 "
        "euros ».",
    ),
    (
        "cpam",
        PHY,
        "{{Accident du travail}} : monsieur tombé d'un {{échafaudage}} sur un chantier {{Eiffage}}. "
        "L'employeur n'a pas fait la déclaration. Il s'appelle [[PERSONNE:Ricardo]]. L'agente lui dit qu'il peut la faire lui-même "
        "(délai {{2 ans}}). Il a le bras droit dans le {{plâtre}}, c'est moi qui tiens le {{formulaire}} "
        "pendant qu'il signe de la {{main gauche}}.",
    ),
    (
        "cpam",
        PHY,
        "Mme [[PERSONNE:Nguyen Thi Hoa]] veut se faire rembourser des soins faits au {{Vietnam}} "
        "pendant les vacances, factures en {{vietnamien}}. {{Formulaire}} {{S3125}}. Pour retrouver le "
        "dossier l'agent demande la {{date de naissance}}, elle montre sa carte : "
        "[[DATE_NAISSANCE:1958-09-30]]. Il faudra une {{traduction}}, {{à ses frais}}.",
    ),
    (
        "cpam",
        PHY,
        "{{Affiches}} : « {{Mon espace santé}} : activez-le ! » et une sur le {{dépistage du cancer "
        "colorectal}} ({{50-74 ans}}). Personne ne les regarde. La {{télé}} passe une {{vidéo}} {{ameli}} "
        "en boucle, sans le son.",
    ),
    (
        "cpam",
        PHY,
        "[[PERSONNE:Franck]] me montre {{Médialog}} : l'{{historique de contacts}} d'un {{assuré}}, chaque "
        "passage, appel, mail. Celui du monsieur au {{guichet}} : {{11}} contacts en {{6 mois}} pour "
        "le même {{arrêt maladie}} pas payé. {{IJ}} bloquées car l'{{employeur}} n'a jamais envoyé "
        "l'{{attestation de salaire}}. Le monsieur connaît la procédure mieux que nous.",
    ),
    (
        "cpam",
        PHY,
        "Jeune maman avec {{bébé}} en {{porte-bébé}} ([[PERSONNE:Maïwenn]], {{6 semaines}}), veut le "
        "rattacher aux deux parents. L'agent demande le {{NIR}} du {{papa}}, elle l'a en photo dans son "
        "tel : [[NIR:1 01 09 44 109 317 23]] (il est de {{Nantes}}). Fait en {{10 min}}, le bébé "
        "a dormi tout du long.",
    ),
    (
        "cpam",
        PHY,
        "Un monsieur {{sourd}}. L'agent ne connaît pas la {{LSF}}, ils s'écrivent sur un {{cahier}}. Il "
        "existe un service en {{visio}} ({{Acceo}}) mais la {{tablette}} est déchargée. {{25 min}} pour "
        "une demande de {{CSS}}. Le monsieur a une très belle écriture.",
    ),
    (
        "cpam",
        PHY,
        "Monsieur de {{83 ans}} demande pourquoi on lui retire {{2 €}} à chaque {{consultation}}. "
        "{{participation forfaitaire}}, explique l'agente. Lui : « encore une {{taxe}} ». Il a vu "
        "{{4}} {{médecins}} ce mois-ci.",
    ),
    (
        "cpam",
        PHY,
        "Dépôt d'un dossier {{invalidité}}. Mme [[PERSONNE:Pichon]] tend une {{enveloppe kraft}}, "
        "{{47}} pages de {{comptes-rendus}}. Son mari attend dans la voiture, garée sur la place "
        "handicapé ; l'agent d'accueil ressort lui demander de bouger la [[IMMATRICULATION:DX-719-PL]]"
        " « parce que la dame en {{fauteuil}} attend ».",
    ),
    (
        "cpam",
        PHY,
        "{{13h30}}, grosse affluence. L'agent fait une annonce : « pour la {{carte Vitale}} c'est "
        "uniquement sur {{rendez-vous}} à partir de la semaine prochaine ». {{Murmures}}. Un monsieur : "
        "« et ceux qui ont pas {{internet}} ? ». Pas de réponse.",
    ),
    (
        "cpam",
        TEL,
        "{{Plateau}} {{3646}}. Le {{serveur vocal}} demande le {{NIR}} avant de basculer, mais la dame le "
        "redonne quand même : « [[NIR:2 56 02 29 019 208 89]] ». Née le [[DATE_NAISSANCE:11 "
        "février 1956]] à {{Brest}}. Elle veut savoir si sa {{pension d'invalidité}} devient une "
        "{{retraite}} à {{62 ans}}. Réponse : oui, automatiquement, transfert à la {{Carsat}}.",
    ),
    (
        "cpam",
        TEL,
        "M. [[PERSONNE:Aubry]], en {{arrêt}} depuis {{3 semaines}}, rien reçu. L'agente regarde : arrêt envoyé hors "
        "délai ({{48h}}), simple {{avertissement}} cette fois. {{IJ}} en calcul, {{30 jours}}. Lui : "
        "« et je paie mon {{loyer}} comment ? ». {{Silence}}.",
    ),
    (
        "cpam",
        TEL,
        "Une {{pharmacienne}} ({{Pharmacie du Colombier}}) appelle pour un patient dont la carte est "
        "refusée. Elle donne le {{NIR}} [[NIR:1 62 12 59 350 143 97]] et le nom, [[PERSONNE:Gérard "
        "Vanhoutte]] (« il est de {{Lille}} à l'origine, ça se voit à son {{accent}} »). Droits "
        "ouverts, carte pas à jour. Solution : {{attestation de droits}} envoyée par {{fax}}.",
    ),
    (
        "cpam",
        TEL,
        "Un assuré ne comprend pas son {{reste à charge}}. Il lit son {{n° adhérent}} {{Harmonie "
        "Mutuelle}} : [[IDENTIFIANT:004518726]]. L'agent : « on ne gère pas la {{mutuelle}} "
        "monsieur ». Il explique quand même {{Noémie}} (la {{télétransmission}}), {{patiemment}}.",
    ),
    (
        "cpam",
        TEL,
        "Mon {{tuteur}} a un fichier {{Excel}} perso avec ses {{réponses types}}, {{42}} onglets. « La "
        "{{base de connaissances}} officielle est trop lente. » Il me dit de ne pas le noter. Je le "
        "note.",
    ),
    (
        "cpam",
        TEL,
        "Une femme veut faire retirer la {{CSS}} de son {{ex-mari}} de son dossier, séparés depuis "
        "{{2022}}. Elle donne l'adresse de monsieur pour qu'on lui écrive : [[ADRESSE:102 "
        "boulevard Clemenceau, 35000 Rennes]]. L'agent ne peut rien modifier pour un {{tiers}}.",
    ),
    (
        "cpam",
        TEL,
        "Envoi d'un lien vers un {{formulaire en ligne}} : le monsieur dicte son mail, "
        "[[EMAIL:jp.ricard56@orange.fr]], {{4}} {{essais}}. Il s'appelle [[PERSONNE:Jean-Paul "
        "Ricard]], « comme le {{pastis}} » dit-il. L'agent ne rit pas, il a dû l'entendre {{100}} "
        "fois.",
    ),
    (
        "cpam",
        TEL,
        "L'{{infirmière coordinatrice}} de l'{{Ehpad Résidence Saint-Joseph}} appelle pour un "
        "résident, M. [[PERSONNE:Jaouen]], {{carte Vitale}} perdue depuis son entrée. Elle donne son "
        "nom à elle, [[PERSONNE:Sophie Tual]]. L'agent commande une nouvelle carte, envoi à "
        "l'{{Ehpad}}.",
    ),
    (
        "cpam",
        TEL,
        "Silence de {{4 min}} : la personne cherche ses papiers, on entend la {{télé}}, un {{chien}} qui "
        "aboie. L'agent coupe son {{micro}}, soupire, le rallume : « oui {{madame}} je suis toujours "
        "là ».",
    ),
    (
        "cpam",
        TEL,
        "{{Future maman}} : quand déclarer la {{grossesse}}, combien de temps le {{congé maternité}} "
        "({{16 semaines}}). Elle veut être rappelée pour le {{parcours maternité}} et donne son "
        "numéro : [[TELEPHONE:+33 6 58 30 91 47]]. {{NIR vérifié}} : [[NIR:2 91 11 75 118 112 28]], "
        "elle précise qu'elle est née à {{Paris}} ({{18e}}) mais vit à {{Vitré}} depuis {{5 ans}}.",
    ),
    (
        "cpam",
        TEL,
        "Un {{kiné}} appelle pour des {{FSE}} rejetées, {{code rejet}} {{B2}}. Il se présente : "
        "« [[PERSONNE:Gwenaël Tanguy]], kiné à {{Vitré}}, {{RPPS}} [[IDENTIFIANT:10101872346]] ». "
        "L'agent transfère au {{service professionnels de santé}}, {{8 min}} d'attente de plus pour "
        "lui.",
    ),
    (
        "cpam",
        TEL,
        "{{Chiffres}} : plateforme départementale ~{{2 500}} appels par jour, {{38}} {{conseillers}} "
        "connectés ce matin. {{Taux de décroché}} hier {{71 %}}, objectif {{85 %}}. Affiché en gros "
        "sur un écran au mur, comme à la {{bourse}}.",
    ),
    (
        "cpam",
        TEL,
        "{{RDV téléphonique}} programmé : l'agent appelle Mme [[PERSONNE:Bourhis]] au "
        "[[TELEPHONE:02.96.33.18.72]] pour son dossier {{invalidité catégorie 2}}. {{Messagerie}}. Il "
        "ne laisse pas de détails, juste « rappel de l'{{Assurance Maladie}} ». {{2e essai}} à {{14h}}.",
    ),
    (
        "cpam",
        TEL,
        "{{Homme âgé}} qui entend mal ; sa {{voisine}}, Mme [[PERSONNE:Perrot]], reprend le combiné : « il me laisse tout gérer ». "
        "L'agent refuse {{poliment}}, il faut une {{procuration}}. La voisine s'agace, le monsieur "
        "reprend le téléphone et dit « c'est bon elle peut ». Ça ne suffit pas.",
    ),
    (
        "cpam",
        CSP,
        "{{Contrôle d'arrêt maladie}} avec [[PERSONNE:Patrick]], {{agent enquêteur assermenté}}. Assurée "
        "[[PERSONNE:Laëtitia Morvan]], {{lombalgie}}, sorties autorisées {{9h-11h}} et {{14h-16h}}. "
        "On sonne à {{10h50}} au [[ADRESSE:6 rue du Stade, 35830 Betton]]. Elle est là, en "
        "{{pyjama}}, un peu gênée. {{5 min}} et on repart.",
    ),
    (
        "cpam",
        CSP,
        "M. [[PERSONNE:Guérin]] absent à {{15h20}}. {{avis de passage}}, {{48h}} pour se justifier sinon suspension des "
        "{{IJ}}. dans la {{voiture}} : « souvent ils étaient juste à la {{pharmacie}} ou chez le "
        "{{médecin}} ». il a l'air de le penser vraiment",
    ),
    (
        "cpam",
        CSP,
        "{{Artisan}} en arrêt : sa {{camionnette}} est garée sur le {{chantier}} d'à côté, plaque "
        "[[IMMATRICULATION:BV-306-QS]], logo {{Menuiserie Le Gall & Fils}}. Lui est en train de "
        "décharger des {{planches}}. L'{{enquêteur}} prend une photo de loin, sans rien dire.",
    ),
    (
        "cpam",
        CSP,
        "{{Tablette}} {{Samsung}} avec l'appli de contrôle : {{photo horodatée}} de la porte, "
        "{{géolocalisation}}. {{3}} contrôles ce matin : {{2}} présents, {{1}} absent. Objectif du "
        "service : {{1 200}} contrôles par an sur le {{département}}.",
    ),
    (
        "cpam",
        CSP,
        "Dame de {{64 ans}}, {{aide à domicile}} à l'{{ADMR}}, arrêt pour le {{genou}}. Elle nous montre "
        "ses {{ordonnances}}, le genou gonflé. Vérif d'identité, {{CNI}} n° [[IDENTIFIANT:X4RTBPFW4]]. "
        "Elle s'appelle [[PERSONNE:Marie-Thérèse]], on a eu droit aux photos des {{petits-enfants}}.",
    ),
    (
        "cpam",
        CSP,
        "{{Samedi}} {{9h15}}. Personne ne répond mais on entend de la musique. Le {{voisin du dessous}} "
        "sort : « il est parti au {{marché des Lices}} ». {{Avis déposé}}. Sur la {{boîte aux lettres}} : "
        "[[PERSONNE:K. Diabaté]].",
    ),
    (
        "cpam",
        CSP,
        "{{Contrôle de résidence}} pour la {{CSS}} : la dame déclare vivre seule, [[ADRESSE:résidence "
        "Les Hortensias, bât. C, appt 12, 22000 Saint-Brieuc]]. NIR sur l'attestation : "
        "[[NIR:2 87 10 22 278 019 36]], née ici en [[DATE_NAISSANCE:octobre 1987]]. {{2}} {{brosses à dents}}, des "
        "chaussures d'homme : elle dit que c'est son {{frère}} qui passe. L'{{enquêteur}} note.",
    ),
    (
        "cpam",
        CSP,
        "Passage à la {{Cpam}} de {{Saint-Malo}} pour déposer les dossiers. [[PERSONNE:Patrick]] m'explique la "
        "différence avec le {{contrôle médical}} ({{DRSM}}, {{médecin-conseil}}) : lui vérifie la "
        "{{présence}}, pas la maladie. « Je ne suis pas médecin, je regarde si la {{porte}} s'ouvre. »",
    ),
    (
        "cpam",
        CSP,
        "Monsieur en {{ALD}}, {{vérif d'adresse}} avant un rappel de {{pension d'invalidité}} "
        "({{3 412 €}}). {{RIB}} à son nom, {{Caisse d'Épargne}} : [[IBAN:FR76 1450 5000 1208 0012 "
        "3987 439]]. {{NIR}} contrôlé sur la carte : [[NIR:1 59 08 99 352 041 15]], né à {{Oran}}, "
        "{{65 ans}}. Il nous sert un {{thé à la menthe}}, on ne peut pas refuser.",
    ),
    (
        "cpam",
        CSP,
        "{{Contrôle annulé}} en route : l'assurée a repris le travail hier, l'info n'était pas "
        "remontée. {{Demi-tour}} sur la {{N12}}. L'{{enquêteur}} : « {{30 %}} des contrôles c'est ça ».",
    ),
]

# --- CCAS: counter, switchboard, home visits ---------------------------------------------------
CCAS = [
    (
        "ccas",
        PHY,
        "Accueil du {{CCAS}}, {{9h}}, {{6}} personnes. Le {{vendredi}} c'est les {{aides "
        "facultatives}} : {{bons alimentaires}}, {{aide énergie}}. [[PERSONNE:Fanny]] me dit que le "
        "{{budget}} de l'année est consommé à {{60 %}} et on est en {{mai}}. Une aide de {{120 €}} "
        "est accordée à une dame, versée par {{virement}} sur son compte {{Crédit Mutuel de "
        "Bretagne}} : [[IBAN:FR76 1558 9351 0404 5128 7361 933]].",
    ),
    (
        "ccas",
        PHY,
        "Monsieur avec une {{facture}} {{EDF}} impayée, {{684 €}}, {{coupure}} annoncée pour lundi. Réf "
        "client EDF [[IDENTIFIANT:6004218937]]. L'agente fait la demande au {{FSL}} énergie et "
        "appelle la {{ligne solidarité}} d'EDF devant lui. Coupure suspendue. Il dit merci sans lever "
        "les yeux.",
    ),
    (
        "ccas",
        PHY,
        "{{Domiciliation}} : la dame n'a pas d'adresse, le {{CCAS}} la domicilie et elle vient chercher "
        "son courrier, une lettre de la {{préfecture}}. {{Carte de domiciliation}} n° "
        "[[IDENTIFIANT:DOM-2024-0318]]. Elle demande aussi une {{attestation Vitale}}, l'agente "
        "l'imprime depuis {{ameli pro}} : NIR [[NIR:2 83 05 56 121 076 07]], née le "
        "[[DATE_NAISSANCE:8 mai 1983]] à {{Lorient}}.",
    ),
    (
        "ccas",
        PHY,
        "{{Salle d'attente}} minuscule, {{4}} {{chaises}}. Une affiche {{Plan canicule}}, une affiche "
        "{{Noël solidaire}} qui date de l'an dernier. Le distributeur de {{gel}} est vide, un pot de {{violettes}} sur le comptoir. Il fait "
        "bon, au moins.",
    ),
    (
        "ccas",
        PHY,
        "La fille d'une {{dame âgée}} monte un dossier d'{{aide sociale à l'hébergement}} ({{ASH}}) "
        "pour l'entrée de sa mère à l'{{Ehpad Les Jardins d'Arcadie}}. La mère : [[PERSONNE:Yvonne "
        "Le Meur]], née le [[DATE_NAISSANCE:2 avril 1931]]. {{3}} {{obligés alimentaires}}, dont un "
        "frère qui refuse de donner ses revenus. « Ça va finir chez le {{juge}}. »",
    ),
    (
        "ccas",
        PHY,
        "Un jeune, {{19 ans}}, {{à la rue}} depuis {{2 semaines}}, vient pour de l'{{aide alimentaire}}. "
        "Inscrit à {{France Travail}} depuis une semaine, identifiant [[ID_FRANCE_TRAVAIL:5093318W]]. L'agente appelle le {{115}} devant lui : {{20 min}} d'attente, pas de place. On lui donne "
        "un {{colis}} et l'adresse de l'{{accueil de jour}}. Il part sans rien dire.",
    ),
    (
        "ccas",
        PHY,
        "Mr [[PERSONNE:Rault]] veut savoir où en est sa demande de {{logement social}}. L'agente "
        "cherche son {{numéro unique}} : [[IDENTIFIANT:0350523118763]]. {{Demande active}} depuis "
        "{{3 ans}}, jamais passée en {{commission d'attribution}}. Il demande « pourquoi pas "
        "moi ». {{Personne}} ne sait répondre.",
    ),
    (
        "ccas",
        PHY,
        "Une maman demande le {{tarif social}} de la {{cantine}}, au {{quotient familial}}. Elle donne "
        "son n° allocataire pour que l'agente regarde dans {{CDAP}} : [[N_ALLOCATAIRE:5128840]]. "
        "{{QF}} {{412}} → {{tranche A}}, le {{repas}} passe à {{0,80 €}}. Elle fait le calcul à voix "
        "haute : « {{16 €}} par mois au lieu de {{70}} ».",
    ),
    (
        "ccas",
        PHY,
        "Entretiens dans un {{bureau fermé}}, jamais au {{guichet}}. L'agente : « au guichet les gens "
        "disent pas la vérité, ils ont {{honte}} ». Il y a une boîte de {{mouchoirs}} sur chaque bureau. "
        "Je l'avais pas remarqué avant qu'elle le dise.",
    ),
    (
        "ccas",
        PHY,
        "Permanence {{Point Conseil Budget}} : couple {{surendetté}}, {{7}} {{crédits renouvelables}} "
        "({{Cofidis}}, {{Sofinco}}, {{Cetelem}}…). [[PERSONNE:Arnaud]], le {{conseiller}}, monte le "
        "dossier {{Banque de France}}. {{Tableau}} : {{38 400 €}} de dettes pour {{1 900 €}} de "
        "revenus. Le monsieur regarde ses chaussures pendant tout l'entretien.",
    ),
    (
        "ccas",
        PHY,
        "Mme [[PERSONNE:Salaün]] vient faire la {{carte Sortir}} de ses enfants. Vérif de "
        "l'adresse : [[ADRESSE:5 allée de Finlande, Rennes]]. {{Carte}} faite en {{5 min}}. Elle "
        "demande si la {{piscine}} de {{Bréquigny}} est comprise. {{Oui}}.",
    ),
    (
        "ccas",
        PHY,
        "un monsieur tres alcoolisé entre, crie, ressort. l'agente me dit qu'elle le connait, "
        "c'est un {{habitué}}, « il reviendra {{à jeun}} cet aprem, à jeun il est {{adorable}} ». il est "
        "revenu à {{15h}}. il était adorable.",
    ),
    (
        "ccas",
        PHY,
        "Demande de {{téléassistance}} pour une dame de {{88 ans}}. Son fils laisse son mail, "
        "[[EMAIL:herve.quemener@laposte.net]], et son {{portable}} [[TELEPHONE:06 08 55 12 93]]. "
        "{{Boîtier}} {{Présence Verte}}, {{28 €/mois}} dont {{10}} pris en charge par le {{CCAS}}.",
    ),
    (
        "ccas",
        PHY,
        "Le {{tuteur}} me parle de l'{{ABS}} (analyse des besoins sociaux) : {{18 %}} des ménages de "
        "la {{ville}} sous le {{seuil de pauvreté}}, {{31 %}} dans les {{QPV}}. Il a tous les chiffres en "
        "tête, il pourrait faire un {{exposé}}. Il en fait un, d'ailleurs.",
    ),
    (
        "ccas",
        PHY,
        "{{Tarification solidaire}} {{STAR}} : {{85 %}} de réduction sur l'{{abonnement}}. La dame "
        "a besoin d'une attestation ; elle est {{demandeuse d'emploi}}, l'agente vérifie son "
        "identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:3350718N]]. {{10 min}}. Elle repart "
        "avec son attestation et un {{flyer}} pour l'{{épicerie solidaire}}.",
    ),
    (
        "ccas",
        PHY,
        "{{Interprète}} par téléphone ({{ISM Interprétariat}}), en {{dari}}. Famille {{afghane}}, {{5}} "
        "personnes, logée à l'{{hôtel Ibis Budget}}, {{chambre 214}}, par le {{115}}. Demande "
        "d'{{aide d'urgence}} : {{150 €}} accordés. Le père remercie l'{{interprète}}, pas nous. "
        "C'est logique.",
    ),
    (
        "ccas",
        PHY,
        "Le monsieur a laissé son {{vélo cargo}} devant la vitre avec sa fille dedans, il la surveille "
        "en parlant. {{Aide énergie}}, facture {{Engie}}. Il donne son nom, [[PERSONNE:Mathieu "
        "Delalande]], et la {{réf contrat}} [[IDENTIFIANT:300 118 472 905]]. La {{petite}} chante.",
    ),
    (
        "ccas",
        TEL,
        "Le {{standard}} ({{02 23 62 18 00}}) sonne sans arrêt, l'agente jongle avec l'accueil "
        "physique. {{12}} {{appels}} en {{1h}}, surtout pour le {{Plan grand froid}} et les colis de "
        "{{Noël}}.",
    ),
    (
        "ccas",
        TEL,
        "Une {{voisine}} inquiète : la dame du dessus, Mme [[PERSONNE:Lorand]], {{91 ans}}, n'a pas "
        "ouvert ses {{volets}} depuis {{2 jours}}. Adresse [[ADRESSE:17 rue de la Motte-Brûlon, "
        "Rennes]]. L'agente appelle les {{pompiers}} ({{18}}). On saura à {{16h}} : elle était chez "
        "{{sa fille}}.",
    ),
    (
        "ccas",
        TEL,
        "Une dame rappelle pour son {{rendez-vous}} {{Point Conseil Budget}}. L'agente note son "
        "numéro, [[TELEPHONE:07 81 23 46 90]], sur un {{post-it}} puis dans {{Outlook}}, et le n° "
        "Caf pour préparer : [[N_ALLOCATAIRE:7730154]]. {{Rdv}} {{jeudi 14h}}.",
    ),
    (
        "ccas",
        TEL,
        "Quelqu'un cherche le {{CCAS}} de {{Chantepie}}. L'agente donne le {{numéro de la mairie}}. "
        "{{45 s}}. « C'est {{un appel sur cinq}} ça. »",
    ),
    (
        "ccas",
        TEL,
        "Un fils appelle depuis {{Lyon}} pour son {{père}} qui vit seul : {{portage de repas}}. Le "
        "père : [[PERSONNE:René Guého]], né le [[DATE_NAISSANCE:17/08/1936]], "
        "[[ADRESSE:40 rue de Nantes, 35000 Rennes]]. {{Premier repas}} livré {{lundi}}, {{7,90 €}} le "
        "repas.",
    ),
    (
        "ccas",
        TEL,
        "La {{Mission locale}} appelle pour un {{jeune sans ressources}} : {{FAJ}} (fonds d'aide aux "
        "jeunes). La {{conseillère}} se présente, [[PERSONNE:Élodie Prigent]], {{ligne directe}} "
        "[[TELEPHONE:02 99 87 04 51]]. L'agente prend le dossier par {{mail}}.",
    ),
    (
        "ccas",
        TEL,
        "On m'a passé le {{second casque}} (avec l'{{accord de la personne}}). Une dame raconte sa vie "
        "pendant {{35 min}}. Au final elle voulait savoir si le {{CCAS}} est ouvert le {{samedi}}. "
        "L'agente, après : « elle est seule, c'est sa seule conversation de la semaine ». Ça m'a "
        "serré le ventre.",
    ),
    (
        "ccas",
        TEL,
        "Appel du {{bailleur}} ({{Archipel Habitat}}) : un {{locataire}} doit {{2 300 €}} de loyers, "
        "risque d'{{expulsion}}. {{Réf locataire}} [[IDENTIFIANT:LOC-0457812]]. Le {{CCAS}} propose de "
        "passer en {{commission}} d'aide, le bailleur préfère un {{plan d'apurement}}.",
    ),
    (
        "ccas",
        TEL,
        "L'{{assistante sociale}} du {{CHU Pontchaillou}} veut une aide pour un {{patient}} qui sort "
        "demain. Elle demande qu'on lui réponde par {{mail}}, l'agente relit l'adresse à {{voix haute}} "
        "pour vérifier : [[EMAIL:celine.rouxel@chu-rennes.fr]]. Réponse promise avant {{17h}}.",
    ),
    (
        "ccas",
        TEL,
        "{{Logiciel}} {{Millésime}} : {{3}} {{écrans}} pour créer une fiche. L'agente garde un cahier "
        "papier « au cas où ça plante ». Ça a planté {{mardi}}, tout l'après-midi.",
    ),
    (
        "ccas",
        TEL,
        "Monsieur {{ukrainien}}, {{protection temporaire}}, veut une aide pour le {{bus}}. Son {{APS}} n° "
        "[[IDENTIFIANT:3501289734]] expire le {{30 juin}}. Conversation via {{DeepL}} sur le "
        "{{deuxième écran}}. Il a trouvé le CCAS par un groupe {{Telegram}} et donne son {{pseudo}} pour "
        "être recontacté : [[IDENTIFIANT:@oleh_kyiv_rns]].",
    ),
    (
        "ccas",
        TEL,
        "Une dame raccroche quand l'agente lui demande son {{nom}}. Elle rappelle {{5 min}} plus tard, "
        "{{s'excuse}}, donne son {{prénom}} : « [[PERSONNE:Brigitte]]. Juste [[PERSONNE:Brigitte]]. »",
    ),
    (
        "ccas",
        CSP,
        "{{Visite à domicile}} avec [[PERSONNE:Aurélie]], {{CESF}}. {{Dame seule}}, {{79 ans}}, au "
        "[[ADRESSE:9 place de Bretagne, 35580 Guichen]]. {{Frigo}} presque vide, elle dit qu'elle "
        "n'a pas faim. Dossier {{APA}} à lancer avec le {{CDAS}}.",
    ),
    (
        "ccas",
        CSP,
        "Chez Mme [[PERSONNE:Chauvel]], {{appartement froid}} : {{14°C}} au {{thermomètre}} de la cuisine. {{Chauffage électrique}} coupé "
        "pour économiser. Le {{chèque énergie}} était dans un {{tiroir}}, elle ne savait pas quoi en "
        "faire. La {{CESF}} le remplit avec elle.",
    ),
    (
        "ccas",
        CSP,
        "{{Évaluation}} pour une {{aide ménagère}}. Le monsieur a un {{déambulateur}}, un {{chien}} "
        "({{Rocky}}) et des piles de {{Ouest-France}} jusqu'au plafond. Grille {{AGGIR}}, "
        "{{GIR 4}} estimé. Son {{fixe}} : [[TELEPHONE:02 99 60 14 88]].",
    ),
    (
        "ccas",
        CSP,
        "Famille de {{6}} dans un {{T2}}. {{Humidité}}, {{moisissures}} dans la chambre des enfants. La "
        "{{CESF}} prend des {{photos}} pour un signalement à l'{{ARS}}. {{Propriétaire privé}}, un certain "
        "[[PERSONNE:Le Dantec]], injoignable depuis {{3 mois}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Couple de retraités}} surendettés. Relevés {{Crédit Agricole}}, {{compte joint}} "
        "[[IBAN:FR76 1600 6210 1109 1844 2351 058]]. {{3}} {{prélèvements rejetés}} ce mois-ci, "
        "{{20 €}} de frais à chaque fois. La {{CESF}} appelle leur {{conseillère bancaire}} devant eux, "
        "haut-parleur.",
    ),
    (
        "ccas",
        CSP,
        "{{Voiture de service}}, une {{Zoé}}. [[PERSONNE:Aurélie]] fait {{2 à 3}} {{visites}} par jour. « Chez eux "
        "les gens sont eux-mêmes, au {{guichet}} ils jouent un rôle. »",
    ),
    (
        "ccas",
        CSP,
        "{{Tournée post-canicule}} chez les inscrits du {{registre}}. Mme [[PERSONNE:Bertho]], {{93 ans}}, "
        "[[ADRESSE:2 bis rue des Écoles, Pacé]] : {{volets fermés}}, {{bouteille d'eau}} à côté d'elle, "
        "tout va bien. Elle nous propose des {{galettes}}.",
    ),
    (
        "ccas",
        CSP,
        "{{Monsieur}} qui vit dans sa voiture sur le {{parking}} du {{Leclerc}} : une {{Clio}} grise, "
        "{{vieille plaque}} [[IMMATRICULATION:6482 VS 35]]. [[PERSONNE:Didier]], {{58 ans}}, ancien "
        "{{routier}}. Il ne veut pas de {{foyer}}. L'agente lui laisse sa carte et un sac de course.",
    ),
    (
        "ccas",
        CSP,
        "Dame en {{sortie d'hospitalisation}}. Sa {{voisine}} [[PERSONNE:Josiane]] est là, elle fait les "
        "{{courses}}. {{Plan}} : {{portage de repas}} {{5 jours sur 7}} + {{téléassistance}}. La dame est "
        "née le [[DATE_NAISSANCE:25.12.1940]], « un cadeau de {{Noël}} » dit-elle.",
    ),
    (
        "ccas",
        CSP,
        "{{Débrief}} dans la voiture. La {{CESF}} dicte son compte rendu sur son {{téléphone pro}}. Elle dit "
        "que la moitié de son temps c'est de l'{{administratif}} et l'autre moitié de la route.",
    ),
    (
        "ccas",
        CSP,
        "{{Jeune}} sorti de l'{{ASE}}, {{18 ans}}, {{premier appart}} au [[ADRESSE:11 rue Anne de "
        "Bretagne, 56100 Lorient]]. {{Matelas}} par terre. {{Bon pour}} {{Emmaüs}}, {{150 €}} de "
        "meubles. Il s'appelle [[PERSONNE:Bryan]], il nous offre un {{Coca}}.",
    ),
]

# --- Urgences: admission desk and waiting room, desk phone -------------------------------------
URGENCES = [
    (
        "urgences",
        PHY,
        "{{Urgences}} du {{CHU}}, {{22h}}. {{Salle pleine}}, {{41}} patients sur l'écran, attente "
        "estimée {{5h}}. L'{{IOA}} ({{infirmière d'organisation de l'accueil}}) trie de {{1}} à "
        "{{5}}. Les gens regardent l'écran comme un {{tableau des départs}}.",
    ),
    (
        "urgences",
        PHY,
        "{{Bureau des entrées}} : un monsieur arrivé en {{ambulance}}. {{Carte Vitale}} : {{NIR}} "
        "[[NIR:1 85 06 99 350 027 44]], né le [[DATE_NAISSANCE:09/06/1985]] à {{Casablanca}}. "
        "Création du dossier, {{IPP}} [[IDENTIFIANT:P00873215]], {{bracelet}} imprimé, {{2 min}} chrono.",
    ),
    (
        "urgences",
        PHY,
        "Une {{maman}} avec un {{bébé fiévreux}}, {{39,8}}. Pas de {{carte Vitale}}, pas d'{{attestation}}. "
        "L'agente : « on soigne d'abord, les {{papiers}} après ». Le bébé s'appelle [[PERSONNE:Nour]], "
        "il s'est endormi dans la salle.",
    ),
    (
        "urgences",
        PHY,
        "{{Brancards}} dans le {{couloir}} : {{9}} à {{23h}}. Mme [[PERSONNE:Rolland]], {{86 ans}}, y est depuis {{14h}}, elle "
        "attend un {{lit en médecine}}. Elle demande l'heure toutes les {{10 minutes}}. {{Personne}} ne "
        "lui en veut.",
    ),
    (
        "urgences",
        PHY,
        "{{Patient sans domicile}}, {{connu du service}}. L'agente tape son nom sans le lui demander, "
        "[[PERSONNE:Pascal Riou]]. Elle l'appelle « [[PERSONNE:Pascalou]] », il sourit. Pas "
        "d'adresse, elle met « {{SDF}} » et le {{numéro}} du {{115}}.",
    ),
    (
        "urgences",
        PHY,
        "{{Mutuelle}} : la dame tend sa carte {{MGEN}}, {{n° adhérent}} [[IDENTIFIANT:2 0718 544 36]]. "
        "Pas de {{CSS}}. Le {{forfait patient urgences}}, {{19,61 €}}, sera pris par la "
        "{{mutuelle}}. Elle ne savait pas que ça existait.",
    ),
    (
        "urgences",
        PHY,
        "Deux {{policiers}} amènent un {{gardé à vue}} pour un {{certificat de compatibilité}}. Ils "
        "passent devant tout le monde. {{Murmures}} dans la salle, un monsieur dit fort « ben "
        "voilà ». L'agente ne relève pas.",
    ),
    (
        "urgences",
        PHY,
        "L'{{IOA}}, [[PERSONNE:Marine]] (pull {{bleu marine}} sous la {{blouse}}, elle en rit elle-même), "
        "reçoit une {{jeune femme}} avec des douleurs au ventre, {{EVA 8}}. {{Tri}} {{2}}. Elle passe "
        "avant {{12}} personnes, personne ne proteste.",
    ),
    (
        "urgences",
        PHY,
        "{{Touristes allemands}}, le mari s'est ouvert la main en ouvrant des {{huîtres}} à {{Cancale}}. "
        "Carte {{CEAM}} : l'agente recopie le {{n° de carte}} [[IDENTIFIANT:80276004123887015]]. Ils "
        "sont garés devant les {{ambulances}} avec leur {{camping-car}}, [[IMMATRICULATION:HH-KL 4821]], "
        "le {{vigile}} leur demande de bouger.",
    ),
    (
        "urgences",
        PHY,
        "L'{{agent de sécurité de nuit}}, [[PERSONNE:Moussa]], connaît tout le monde. Il me raconte "
        "les {{samedis}} : {{3}} {{bagarres}} par nuit, une {{infirmière}} agressée le mois dernier, {{plainte}} "
        "déposée. « Ici on est le dernier endroit ouvert. »",
    ),
    (
        "urgences",
        PHY,
        "{{3h du matin}}. {{Calme plat}} d'un coup. Les {{soignants}} mangent des {{Pringles}} debout "
        "dans le {{poste de soins}}. Un {{interne}} dort {{20 min}} sur une chaise.",
    ),
    (
        "urgences",
        PHY,
        "{{Dame âgée désorientée}}, amenée par les {{pompiers}}, pas de papiers. Dans sa poche : une "
        "{{ordonnance}} au nom de [[PERSONNE:Germaine Le Corre]] et un {{carnet}} avec le numéro de sa "
        "fille, [[TELEPHONE:06 32 77 19 40]]. L'agente appelle, la fille arrive de {{Saint-Malo}} "
        "en {{40 min}}.",
    ),
    (
        "urgences",
        PHY,
        "{{Filière courte}} : {{entorses}}, petites plaies. Un {{ado}}, [[PERSONNE:Maxime]], {{15 ans}}, "
        "poignet tordu au {{hand}}. {{Radio}}, {{attelle}}, {{1h30}} en tout. Sa mère : « c'est rapide "
        "finalement ».",
    ),
    (
        "urgences",
        PHY,
        "Mon {{tuteur}} ({{agent admin de nuit}}) m'explique {{ResUrgences}} : chaque patient a un "
        "{{numéro de passage}} en plus de l'{{IPP}}, celui du monsieur du {{box}} {{3}} c'est "
        "[[IDENTIFIANT:U24-118732]]. Ligne rouge sur l'écran = {{4h}} dépassées. Il y a beaucoup "
        "de rouge.",
    ),
    (
        "urgences",
        PHY,
        "Un homme mordu par un {{chien}} arrive en {{scooter}}. Il veut qu'on note la {{plaque}} du "
        "propriétaire : [[IMMATRICULATION:GK-058-RN]]. L'agente : « ça c'est pour la {{police}} "
        "monsieur ». Il l'écrit lui-même sur le {{formulaire d'admission}}.",
    ),
    (
        "urgences",
        PHY,
        "{{Panneau}} à l'entrée : « Avant de venir, appelez le {{15}} ». Depuis l'été, {{régulation}} "
        "le soir, {{20h-8h}} : sans appel au 15 on ne rentre pas, sauf {{urgence vitale}}. Des "
        "gens arrivent quand même, l'agente les renvoie vers l'{{interphone}} du {{SAMU}}. C'est dur "
        "à regarder.",
    ),
    (
        "urgences",
        PHY,
        "{{Femme victime de violences}}, seule. L'{{IOA}} l'installe dans un {{box fermé}}. Elle donne "
        "d'abord le {{prénom}} « [[PERSONNE:Sonia]] » puis le vrai, [[PERSONNE:Aïcha]]. L'assistante "
        "sociale de garde appelle le {{3919}} avec elle. On ne saura pas la suite.",
    ),
    (
        "urgences",
        PHY,
        "{{Monsieur anglais}}, {{assurance voyage}} {{AXA Assistance}}, {{dossier n°}} "
        "[[IDENTIFIANT:AX-2291-77804]]. Il paie le {{forfait}} en carte, {{19,61 €}}, et veut une "
        "{{facture en anglais}}. L'agente fait une traduction maison.",
    ),
    (
        "urgences",
        PHY,
        "{{Mon Espace Santé}} : {{l'agente}}, [[PERSONNE:Corinne]], dit que personne ne s'en sert ici. Les {{antécédents}} se "
        "demandent à l'oral, et les gens ne savent pas ce qu'ils prennent : « un petit comprimé "
        "blanc le matin ».",
    ),
    (
        "urgences",
        PHY,
        "Une {{interne}}, le Dr [[PERSONNE:Carvalho]], vient chercher le patient du {{box}} {{6}} et "
        "crie « {{Monsieur}} [[PERSONNE:Lefeuvre]] ! » dans la salle. Deux hommes se lèvent : il y a "
        "deux [[PERSONNE:Lefeuvre]] ce soir, pas de la même famille. {{Fou rire}} général.",
    ),
    (
        "urgences",
        PHY,
        "{{Étudiant brésilien}}, pas de {{carte Vitale}}. {{Passeport}} n° [[IDENTIFIANT:FZ482913]]. Il "
        "s'appelle [[PERSONNE:Lucas Mendes]] et donne son mail pour la {{facture}} : "
        "[[EMAIL:lucas.mendes.br@hotmail.com]]. L'agente lui explique qu'il doit s'inscrire à la "
        "{{Cpam}} avec son {{visa étudiant}}.",
    ),
    (
        "urgences",
        PHY,
        "Les {{ambulances privées}} attendent au {{sas}} pour déposer leurs patients : {{45 min}} "
        "bloquées. Un {{ambulancier}} me dit que ça lui mange sa journée. Il a {{4}} {{transports}} "
        "derrière.",
    ),
    (
        "urgences",
        PHY,
        "{{Patient agité}}, on attend la {{psychiatrie de liaison}}. La {{sécurité}} reste devant le "
        "{{box}}. Son {{frère}} arrive et donne l'adresse pour le dossier : [[ADRESSE:Résidence du Parc, "
        "3 allée des Tilleuls, 35510 Cesson-Sévigné]]. Né le [[DATE_NAISSANCE:18 avril 1974]] à "
        "{{Bastia}}, {{NIR}} [[NIR:1 74 04 2B 033 052 01]] d'après la carte.",
    ),
    (
        "urgences",
        PHY,
        "{{Sortie}} à {{4h10}}, pas de {{bus}} avant {{5h30}}. Le patient, M. [[PERSONNE:Blanchard]], attend dans le {{hall}}. L'agente "
        "lui paie un {{café}} à la {{machine}} ({{0,60 €}}). Je note qu'elle ne me l'a pas dit, je l'ai "
        "vue faire.",
    ),
    (
        "urgences",
        TEL,
        "Le {{téléphone de l'accueil}} sonne tout le temps : des familles qui cherchent quelqu'un. "
        "{{Règle}} : on confirme la présence seulement si le patient est d'accord. Une dame cherche "
        "son {{mari}}, [[PERSONNE:Jean-Yves Le Bras]], né le [[DATE_NAISSANCE:4 novembre 1949]]. Il "
        "est là, {{box}} {{12}}, il est d'accord.",
    ),
    (
        "urgences",
        TEL,
        "« C'est combien d'{{attente}} ce soir ? » L'agente : « je ne peux pas vous dire, entre {{2}} "
        "et {{6 heures}} ». Le monsieur dit qu'il verra son {{médecin}} demain. L'agente, après avoir "
        "{{raccroché}} : « c'est peut-être pas plus mal ».",
    ),
    (
        "urgences",
        TEL,
        "L'{{Ehpad Les Jardins du Thabor}} annonce un {{transfert}} : M. [[PERSONNE:Guillemot]], "
        "{{92 ans}}, {{chute}}. L'{{infirmière}} dicte le {{traitement}} et demande qu'on la rappelle, "
        "[[PERSONNE:Soizic]], sur son {{portable}} : [[TELEPHONE:06 19 44 70 83]].",
    ),
    (
        "urgences",
        TEL,
        "Un {{policier}} veut savoir si la victime d'un {{accident}} est arrivée, {{véhicule}} "
        "[[IMMATRICULATION:EP-221-ZH]]. L'agente ne dit rien sans {{réquisition}} écrite. Le "
        "policier l'envoie par {{fax}}. Oui, par fax, en {{2025}}.",
    ),
    (
        "urgences",
        TEL,
        "Le {{standard}} nous transfère des {{appels}} qui ne sont pas pour nous : « c'est pour un rdv en "
        "{{dermato}} ». L'agente redonne le {{numéro du standard}} du {{CHU}}, {{02 99 28 43 21}}. {{Un appel sur "
        "quatre}} selon elle.",
    ),
    (
        "urgences",
        TEL,
        "Une {{mère}} : sa fille [[PERSONNE:Clémence]] est venue aux {{urgences}} avec des {{copines}} après "
        "une {{soirée}}, elle ne répond plus. L'agente vérifie : elle est là, elle va bien. La mère "
        "pleure de soulagement au bout du fil.",
    ),
    (
        "urgences",
        TEL,
        "Appel du {{SAMU}} : arrivée d'un {{patient}} dans {{10 min}} par le {{SMUR}}, douleur "
        "thoracique. L'agente pré-enregistre avec ce qu'elle a : [[PERSONNE:Lucien Hervé]], "
        "{{67 ans}}. La {{salle de déchocage}} est prévenue.",
    ),
    (
        "urgences",
        TEL,
        "Un monsieur a oublié ses {{lunettes}} et son chargeur {{Samsung}}. L'agente note ses "
        "{{coordonnées}} sur le {{cahier des objets trouvés}} : [[PERSONNE:Nicolas Bréhier]], "
        "[[TELEPHONE:0645098127]].",
    ),
    (
        "urgences",
        TEL,
        "vers {{5h}} {{silence total}} au tel. l'agente en profite pour classer les {{feuilles de soins}} "
        "et reprendre les {{FSE}} rejetées de la {{veille}}. moi je lutte pour pas dormir",
    ),
    (
        "urgences",
        TEL,
        "Un patient a reçu une {{facture}} du {{Trésor public}} ({{19,61 €}}), il croyait que "
        "c'était {{gratuit}}. L'agente demande le {{n° de facture}} : [[IDENTIFIANT:2024-URG-0031877]]. "
        "Sa {{mutuelle}} n'était pas renseignée, elle corrige.",
    ),
    (
        "urgences",
        TEL,
        "Un {{médecin traitant}} veut le {{compte rendu}} de sa patiente, Mme [[PERSONNE:Chevalier]]. "
        "Rien par téléphone : l'agente demande une {{messagerie sécurisée}} {{MSSanté}}, il donne "
        "[[EMAIL:dr.l.bouvet@medecin.mssante.fr]]. C'est le {{Dr}} [[PERSONNE:Bouvet]], de "
        "{{Chartres-de-Bretagne}}.",
    ),
    (
        "urgences",
        TEL,
        "Appel en {{anglais}}, un {{père irlandais}} : son fils a été amené ici. Il épelle le {{nom}}, "
        "[[PERSONNE:O'Connor]], {{prénom}} [[PERSONNE:Liam]], né le "
        "[[DATE_NAISSANCE:2009-03-17]]. L'agente confirme, avec l'{{accord du garçon}}.",
    ),
    (
        "urgences",
        TEL,
        "La {{tutrice}} : les appels les plus durs, c'est les {{familles}} après un {{décès}} ; elle "
        "transfère au {{cadre de santé}}. Ce soir il n'y en a pas eu. « {{Une bonne nuit}}. »",
    ),
    (
        "urgences",
        TEL,
        "Une dame veut savoir si elle doit venir pour une {{coupure au doigt}}. L'agente : « je ne "
        "peux pas faire de {{conseil médical}}, appelez le {{15}} ou le {{116 117}} ». La dame : « c'est "
        "quoi le 116 117 ? ». {{Tout est dit}}.",
    ),
]

# --- CHRS and 115: shelter desk, 115 line, room and flat visits -------------------------------
CHRS = [
    (
        "chrs",
        PHY,
        "Accueil du {{CHRS Le Tremplin}}, {{42}} places. Le {{veilleur de nuit}}, [[PERSONNE:Jacky]], fait la {{transmission}} "
        "au {{travailleur social}} du matin : {{2}} départs, {{1}} arrivée via le {{SIAO}}. Tout est "
        "écrit sur un {{cahier papier}} ET dans le {{logiciel}}. « Le cahier, lui, il plante pas. »",
    ),
    (
        "chrs",
        PHY,
        "Arrivée d'une femme avec {{2}} enfants, orientée par le {{SIAO}}, réf "
        "[[IDENTIFIANT:SIAO35-2024-08817]]. Elle s'appelle [[PERSONNE:Fatoumata Camara]]. "
        "{{Chambre 14}}, deux {{lits superposés}}. Sa première question : le {{wifi}}. {{Code}} sur la "
        "porte.",
    ),
    (
        "chrs",
        PHY,
        "L'{{éducatrice}}, [[PERSONNE:Gaëlle]], aide un {{résident}} à faire sa demande de {{RSA}} sur "
        "{{caf.fr}}. Son {{n° alloc}} : [[N_ALLOCATAIRE:6032195]]. Il n'a jamais eu de {{mail}}, elle lui "
        "en crée un : [[EMAIL:m.lebreton1967@outlook.fr]]. Il le recopie {{3}} fois dans son "
        "{{carnet}}.",
    ),
    (
        "chrs",
        PHY,
        "{{Petit déj}} : {{café}}, pain, {{confiture}} {{Bonne Maman}} (don de la {{Banque alimentaire}}). "
        "{{18}} {{résidents}} sur {{42}} sont là à {{8h}}. Les autres dorment ou sont déjà partis "
        "bosser. Ça, je ne m'y attendais pas.",
    ),
    (
        "chrs",
        PHY,
        "Un {{résident}} revient de la {{préfecture}} avec son {{récépissé}}, n° {{AGDREF}} "
        "[[IDENTIFIANT:3504871296]]. Il a enfin le {{droit de travailler}}. Applaudissements dans le "
        "couloir. {{L'éduc}} me dit que c'est rare, ce genre de matin.",
    ),
    (
        "chrs",
        PHY,
        "Lecture du {{règlement}} à l'arrivée : pas d'{{alcool}}, pas de {{visites}} après {{20h}}, "
        "participation de {{10 %}} des ressources. Le monsieur, [[PERSONNE:Serge]], signe d'une "
        "{{croix}} ; il ne sait pas écrire. {{Personne}} ne fait de remarque.",
    ),
    (
        "chrs",
        PHY,
        "Entretien {{projet personnalisé}} : {{demande de logement}} via le {{SIAO}}. Mr "
        "[[PERSONNE:Kouassi]] donne son {{RIB}} pour l'avance {{Loca-Pass}} : [[IBAN:FR76 3000 3015 "
        "6700 0509 2736 404]]. Il est salarié chez {{Onet}}, {{ménage de bureaux}}, {{1 100 €}} par "
        "mois. Il attend depuis {{14 mois}}.",
    ),
    (
        "chrs",
        PHY,
        "{{Bureau des éducs}} : {{tableau blanc}} avec les {{rdv}} de la semaine, les noms effacés « à cause "
        "de vous » me dit l'éduc en riant. {{DALO}} : {{3}} {{recours}} en cours. {{SIAO}} : {{11}} "
        "{{demandes en attente}}.",
    ),
    (
        "chrs",
        PHY,
        "Conflit entre deux {{résidentes}} pour un {{chargeur}} de téléphone. La {{cheffe de service}} les "
        "reçoit ensemble. Elles s'appellent toutes les deux [[PERSONNE:Sarah]], ce qui n'aide pas "
        "pour le {{compte rendu}}.",
    ),
    (
        "chrs",
        PHY,
        "{{Accueil de jour}} : {{douche}}, {{machine à laver}}, café. Un homme laisse son {{chien}}, {{Oslo}}, "
        "attaché à l'entrée. Tout le monde l'appelle « [[PERSONNE:Bouboule]] », même lui. "
        "{{40}} passages par jour en {{hiver}}.",
    ),
    (
        "chrs",
        PHY,
        "Dame de {{67 ans}}, au {{CHRS}} depuis {{4 ans}}, attend une place en {{pension de "
        "famille}}. Elle montre sa {{carte d'identité périmée}} : n° [[IDENTIFIANT:150635201487]], "
        "née le [[DATE_NAISSANCE:14/01/1957]] à {{Quimper}}. « Je suis la {{doyenne}}. »",
    ),
    (
        "chrs",
        PHY,
        "{{Réunion d'équipe}} de {{10h}} : point sur les {{fins de prise en charge}} ({{6 mois}} "
        "renouvelables). Le {{directeur}}, M. [[PERSONNE:Rivière]], parle budget : {{prix de journée}} {{48 €}}, la {{DDETS}} veut "
        "baisser. {{Personne}} ne dit rien.",
    ),
    (
        "chrs",
        PHY,
        "Un jeune sort de la {{maison d'arrêt}} de {{Vezin}} avec un {{sac poubelle}} pour bagage. "
        "Orientation par le {{SPIP}}. {{N° d'écrou}} sur le {{papier de levée}} : "
        "[[IDENTIFIANT:48213]]. Il s'appelle [[PERSONNE:Jordan]]. Il demande s'il peut fumer dans "
        "la {{cour}}. Oui.",
    ),
    (
        "chrs",
        PHY,
        "Un {{ancien résident}} passe rendre ses {{clés}}, il a trouvé un {{logement}}. Il fait la bise à "
        "tout le monde et laisse sa nouvelle adresse pour le {{courrier}} : [[ADRESSE:21 rue de "
        "Saint-Brieuc, 35000 Rennes]]. Il reviendra pour le {{repas}} de {{Noël}}, il promet.",
    ),
    (
        "chrs",
        PHY,
        "La {{cuisine collective}} sent bon. [[PERSONNE:Mamadou]] prépare un {{mafé}} pour tout le monde, "
        "c'est son {{anniversaire}}, {{58 ans}}. On mange à {{12h30}}. J'ai repris deux fois.",
    ),
    (
        "chrs",
        PHY,
        "Un gars passe demander une {{place}} pour ce soir. Sans le {{115}} c'est impossible. L'éduc "
        "lui prête son {{téléphone}}. Il donne son nom au {{115}}, [[PERSONNE:Karim Haddad]], et sa date "
        "de naissance, « le [[DATE_NAISSANCE:premier mai 1990]] ». {{Réponse}} dans {{1h}}.",
    ),
    (
        "chrs",
        TEL,
        "Plateforme {{115}}, {{19h}}. {{3}} {{écoutants}}, dont [[PERSONNE:Kader]] qui me prend en {{binôme}}. {{Appels en attente}} en rouge : {{27}}. "
        "{{Premier appel}} : un homme à la {{gare}}, pas dormi depuis {{2 nuits}}. {{Pas de place}}. "
        "L'écoutant lui donne l'heure de passage de la {{maraude}}.",
    ),
    (
        "chrs",
        TEL,
        "Une femme avec un {{bébé}}, à la {{gare routière}}. L'{{écoutant}}, [[PERSONNE:Romain]], note : "
        "{{prénom}} [[PERSONNE:Daniela]], bébé {{8 mois}}, pas de {{papiers}}. {{Mise à l'abri}} à l'{{hôtel "
        "Kyriad, chambre 12}} pour {{3 nuits}}.",
    ),
    (
        "chrs",
        TEL,
        "Un {{habitué}} appelle tous les soirs à {{18h01}}. Les {{écoutants}} le connaissent, "
        "[[PERSONNE:Gilbert]]. Il dort dans sa {{Kangoo}}, [[IMMATRICULATION:al-458-ge]], "
        "toujours sur le même {{parking}}. Il ne veut pas de {{place}}, il veut parler.",
    ),
    (
        "chrs",
        TEL,
        "Dans {{SI-SIAO}} chaque {{appelant}} a une {{fiche}}. L'{{écoutante}} cherche "
        "[[PERSONNE:Natacha]] : {{4}} {{fiches}} à ce prénom, elle retrouve la bonne avec la date de "
        "naissance, [[DATE_NAISSANCE:22/09/1988]].",
    ),
    (
        "chrs",
        TEL,
        "Un {{passant}} a trouvé quelqu'un allongé devant la {{mairie}}. L'{{écoutant}} l'oriente vers "
        "le {{15}} puis prévient le {{Samu social}}. {{3 min}} en tout. Il {{raccroche}} et note.",
    ),
    (
        "chrs",
        TEL,
        "Un {{travailleur social}} de {{CDAS}} appelle pour une {{famille expulsée}} ce matin, famille "
        "[[PERSONNE:Bajrami]], {{5}} personnes. Il laisse son {{portable pro}} : [[TELEPHONE:07 63 10 "
        "28 54]]. Rien avant {{demain soir}}.",
    ),
    (
        "chrs",
        TEL,
        "{{Appel muet}} : une femme ne dit rien pendant {{1 min}}, puis raccroche. L'{{écoutante}} note "
        "« {{appel muet}} » et l'heure. Elle dit qu'il y en a beaucoup, et que parfois ils rappellent "
        "et parlent.",
    ),
    (
        "chrs",
        TEL,
        "Un homme qui {{dort dehors}} dit où il est : « sous le {{kiosque}} du {{parc du Thabor}} ». "
        "L'{{écoutant}} prévient la {{maraude}}. Il lui demande s'il a une {{couverture}}. Oui, une.",
    ),
    (
        "chrs",
        TEL,
        "Un jeune de {{20 ans}}, hébergé en {{résidence Adoma}}, {{chambre 31}}, appelle pour "
        "prolonger. Son {{dossier SIAO}} : [[IDENTIFIANT:SIAO-2023-44190]]. {{Prolongation}} d'un mois, "
        "l'écoutant le lui dit, il répond « {{ouf}} ».",
    ),
    (
        "chrs",
        TEL,
        "Une femme appelle de chez elle, elle chuchote, son {{conjoint}} dort. Elle donne son "
        "{{adresse}} : [[ADRESSE:33 rue Paul Bert, 56100 Lorient]]. L'{{écoutant}} appelle le {{17}} sur "
        "l'{{autre ligne}} sans raccrocher. Je n'ai pas bougé pendant {{10 minutes}}.",
    ),
    (
        "chrs",
        TEL,
        "{{Fin de service}} {{23h}}. {{112}} {{appels décrochés}}, {{9}} {{mises à l'abri}}, {{0}} place en "
        "{{CHRS}}. L'{{écoutant}} fume dehors sans parler.",
    ),
    (
        "chrs",
        TEL,
        "Un homme cherche sa {{sœur}}, qui serait hébergée. L'{{écoutant}} ne peut pas confirmer. Il "
        "insiste, donne le {{nom}}, [[PERSONNE:Yasmina Berrada]]. « Je ne peux rien vous dire "
        "{{monsieur}}. » Il raccroche.",
    ),
    (
        "chrs",
        TEL,
        "La {{gendarmerie}} de {{Fougères}} : un homme trouvé en {{hypothermie}} sur l'aire de "
        "l'{{A84}}. Le {{gendarme}} laisse son nom, {{adjudant}} [[PERSONNE:Le Cam]], et son {{portable}}, "
        "[[TELEPHONE:06 85 41 20 73]]. Le {{SAMU}} l'a déjà pris.",
    ),
    (
        "chrs",
        TEL,
        "Une dame veut donner des {{vêtements}}. L'{{écoutant}} la renvoie vers {{Emmaüs}} ou le "
        "{{Secours populaire}}. Elle laisse quand même son {{mail}}, « {{au cas où}} » : "
        "[[EMAIL:nathalie.p.bzh@free.fr]].",
    ),
    (
        "chrs",
        CSP,
        "{{Tour des chambres}} avec le {{veilleur}}. {{Chambre 7}} : rangée au cordeau. {{Chambre 9}} : "
        "odeur de {{cannabis}}, le veilleur frappe et rappelle le {{règlement}}. [[PERSONNE:Yanis]] "
        "ouvre, s'excuse, ouvre la {{fenêtre}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un {{appartement}} en {{diffus}} ({{logement du CHRS}} en ville) : [[ADRESSE:18 rue de "
        "Dinan, 35000 Rennes]], {{3e}} {{étage}}. Une mère et {{3}} enfants. {{Fuite sous l'évier}}, "
        "l'éduc appelle le {{bailleur}}, {{Aiguillon}}.",
    ),
    (
        "chrs",
        CSP,
        "{{Contrôle sécurité annuel}} : {{extincteurs}}, {{détecteurs de fumée}}. {{4}} détecteurs sans pile, "
        "les résidents les enlèvent parce qu'ils sonnent quand ils cuisinent. Le {{chef de service}} "
        "soupire.",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre 22}} : {{résident absent}} depuis {{3 nuits}}. Au-delà de {{48h}}, {{signalement}} au "
        "{{SIAO}} et la place est libérée. Ses affaires sont mises en sacs, {{étiquette}} au nom "
        "d'[[PERSONNE:Alain Gourmelon]]. Ça m'a fait quelque chose.",
    ),
    (
        "chrs",
        CSP,
        "{{Pavillon semi-collectif}}. [[PERSONNE:Wassim]] nous montre son {{vélo}} réparé, il livre pour "
        "{{Deliveroo}}. L'{{éduc}} vérifie avec lui l'{{IBAN}} de son compte {{BNP}} pour être payé : "
        "[[IBAN:FR76 3000 4008 1700 0104 3872 505]]. Son identifiant {{France Travail}} sur le même "
        "papier : [[ID_FRANCE_TRAVAIL:8204137P]].",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre famille}} : les enfants dessinent. Le petit [[PERSONNE:Timéo]] a écrit son {{prénom}} "
        "sur la {{porte}} au {{feutre}}. La {{maman}} s'excuse, l'{{éduc}} dit que c'est pas grave, que ça "
        "partira.",
    ),
    (
        "chrs",
        CSP,
        "{{Inventaire}} des {{chambres vides}} : {{3}} sur {{42}}, en attente d'orientation {{SIAO}}. Le chef "
        "de service : elles ne resteront pas vides plus de {{24h}}.",
    ),
    (
        "chrs",
        CSP,
        "{{Suivi post-hébergement}} ({{AVDL}}) chez un {{ancien résident}}, [[PERSONNE:Patrice]], au "
        "[[ADRESSE:2 rue du Pré Perché, 35200 Rennes]]. Tout va bien, il a planté des {{tomates}} "
        "sur le {{balcon}}, il nous en donne.",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre}} {{11}}, un {{couple roumain}}. Sur la table : un courrier de l'{{OFII}}, et le "
        "relevé de leur compte resté en {{Roumanie}}, [[IBAN:RO52 BTRL 0130 2056 8173 49X1]]. Le "
        "monsieur travaille au noir sur les {{marchés}}, sa {{camionnette}} a une {{plaque roumaine}}, "
        "[[IMMATRICULATION:CJ 07 XRT]].",
    ),
    (
        "chrs",
        CSP,
        "[[PERSONNE:Jacky]], le {{veilleur}}, me montre le {{cahier de nuit}} : « {{2h15}} {{RAS}} », « {{3h40}} {{bruit ch.}} {{5}} », "
        "« {{5h}} RAS ». Il me dit que la nuit on entend tout, même ce qu'on voudrait pas.",
    ),
]

# --- France Travail: agency and 3949 platform --------------------------------------------------
FRANCE_TRAVAIL = [
    (
        "france_travail",
        PHY,
        "{{Agence}} {{France Travail}} {{Rennes Est}}, {{8h45}}. Sur {{rendez-vous}} le matin, accueil "
        "libre l'après-midi. {{4}} {{bornes}} dont {{1}} en panne (« depuis {{Noël}} » dit le service "
        "civique). Odeur de café, {{plantes vertes}} et un {{olivier}} en plastique.",
    ),
    (
        "france_travail",
        PHY,
        "{{Monsieur}} veut s'inscrire, pas de mail. La {{conseillère}}, [[PERSONNE:Anne-Sophie]], lui en "
        "crée un, puis fait l'{{inscription}} avec lui. {{Identifiant}} donné à la fin : "
        "[[ID_FRANCE_TRAVAIL:4521873K]]. Il l'écrit au {{stylo}} sur le dos de sa main.",
    ),
    (
        "france_travail",
        PHY,
        "{{Radiation}} : la dame a raté un {{rdv}}, la {{convocation}} était dans son espace, sans "
        "notification. {{Identifiant}} [[ID_FRANCE_TRAVAIL:318 6402 R]]. La {{conseillère}} annule la "
        "radiation : « c'est une {{erreur de notre côté}} ». Je ne pensais pas entendre ça.",
    ),
    (
        "france_travail",
        PHY,
        "La {{conseillère}}, [[PERSONNE:Nathalie]], m'explique les {{15 à 20 heures}} d'activité pour les {{allocataires}} du "
        "{{RSA}} (loi {{plein emploi}}). Elle a {{130}} personnes en {{portefeuille}} et ne voit pas "
        "comment faire. « On nous dit de {{contrôler}} et d'{{accompagner}}, les deux à la fois. »",
    ),
    (
        "france_travail",
        PHY,
        "Jeune en {{CEJ}}, {{500 €}}/mois. Son {{conseiller}}, [[PERSONNE:Mehdi]], vérifie ses "
        "heures de la semaine. Le {{jeune}}, [[PERSONNE:Killian]], montre son {{CV}} fait sur {{Canva}}, "
        "très coloré. [[PERSONNE:Mehdi]] lui dit de le refaire « en plus sobre ». Il n'a pas l'air convaincu.",
    ),
    (
        "france_travail",
        PHY,
        "{{Entretien}} {{ARE}} : {{calcul des droits}} devant le monsieur, {{identifiant}} [[ID_FRANCE_TRAVAIL:2268490L]]. {{SJR}} {{54,12 €}}, {{ARE}} "
        "{{31,20 €}} par jour, durée {{548 jours}}. Il sort sa {{calculette}} de téléphone et refait "
        "le calcul. Même résultat. Il a l'air déçu.",
    ),
    (
        "france_travail",
        PHY,
        "Sur le mur de l'{{espace atelier}}, un {{CV modèle}} : « [[PERSONNE:Marie Martin]], "
        "[[EMAIL:marie.martin@email.com]], {{assistante de direction}}, {{10 ans}} d'expérience ». "
        "Tout le monde le prend en photo pour copier la {{mise en page}}.",
    ),
    (
        "france_travail",
        PHY,
        "Une dame veut déclarer une {{reprise en intérim}} ({{Adecco}}). Elle s'est trompée d'heures "
        "dans l'{{actualisation}}. {{Identifiant}} [[ID_FRANCE_TRAVAIL:2740519B]], {{mot de passe}} oublié, "
        "réinitialisation par {{SMS}} sur son [[TELEPHONE:07 52 88 14 36]]. Le SMS met {{6 min}} à "
        "arriver.",
    ),
    (
        "france_travail",
        PHY,
        "{{Queue aux bornes}} : un {{monsieur}} de {{61 ans}} n'arrive pas à scanner son {{attestation "
        "employeur}}. [[PERSONNE:Inès]], en {{service civique}}, le fait en {{1 min}}. Le monsieur : « à mon âge on "
        "devrait plus avoir à faire ça ».",
    ),
    (
        "france_travail",
        PHY,
        "Entretien : {{ex-aide-soignante}}, veut se reconvertir en {{secrétaire médicale}}. {{CPF}} "
        ": {{1 780 €}}, {{formation}} à l'{{AFPA}}. Sa {{conseillère}}, [[PERSONNE:Hélène Gauthier]], "
        "cherche un {{financement complémentaire}} ({{AIF}}). Ça prendra {{2 mois}}.",
    ),
    (
        "france_travail",
        PHY,
        "Un monsieur hurle que son {{ARE}} a été coupée. {{Vigile}}. La {{conseillère}} l'emmène dans un "
        "bureau. Dans {{AUDE}} : {{trop-perçu}} de {{2 316 €}}. Il s'appelle [[PERSONNE:Frédéric "
        "Nédélec]], il a {{3}} {{enfants}}, il a fini par s'asseoir.",
    ),
    (
        "france_travail",
        PHY,
        "Mini {{salon de l'emploi}} dans l'{{agence}} : {{Keolis}} recrute des {{chauffeurs de bus}}, "
        "{{Leroy Merlin}} des vendeurs. {{40}} personnes. Le {{recruteur}} Keolis, [[PERSONNE:Stéphane]], cherche {{25}} {{CDI}}, "
        "{{permis D}} financé. Il repart avec {{12}} CV.",
    ),
    (
        "france_travail",
        PHY,
        "{{Titre de séjour}} mention « {{salarié}} », n° [[IDENTIFIANT:7402561839]], expiré, mais il "
        "a le {{récépissé de renouvellement}}. La {{conseillère}} hésite, appelle sa {{référente}} : oui, "
        "{{inscription}} possible avec le récépissé. {{15 min}}.",
    ),
    (
        "france_travail",
        PHY,
        "{{Offre n°}} {{178PLMQ}} : {{vendeur}} {{Decathlon}} à {{Saint-Grégoire}}. La {{conseillère}} la "
        "propose à un jeune, il dit que c'est trop loin sans voiture. {{22 min}} en {{bus}} quand "
        "même, elle lui montre sur {{Google Maps}}.",
    ),
    (
        "france_travail",
        PHY,
        "monsieur veut une {{attestation}} pour la {{Caf}}. {{identifiant}} sur un {{papier plié en 4}} : "
        "[[ID_FRANCE_TRAVAIL:0915627 H]]. imprimée en {{2 min}}. il dit « c'est tout ? j'ai "
        "attendu {{40 minutes}} pour ça »",
    ),
    (
        "france_travail",
        PHY,
        "La {{conseillère}} a {{147}} {{demandeurs}} en {{portefeuille}}. Elle en voit {{8}} par jour. "
        "« Certains je les vois une fois par an. » Pas le temps pour l'{{accompagnement renforcé}}, "
        "qui est dans un autre service de toute façon.",
    ),
    (
        "france_travail",
        PHY,
        "{{Aide à la mobilité}} : la dame a trouvé un {{CDD}} à {{Vitré}}, il faut une {{voiture}}. "
        "Elle a une vieille {{Twingo}}, [[IMMATRICULATION:DC-513-FA]], refusée au contrôle "
        "technique. Aide pour la {{réparation}}, {{500 €}} max d'après la conseillère. {{Devis}} à "
        "fournir.",
    ),
    (
        "france_travail",
        PHY,
        "Mr [[PERSONNE:Tchakounté]] veut changer de {{conseiller}}. La {{responsable d'équipe}}, Mme "
        "[[PERSONNE:Hubert]], le reçoit. Il dit que sa {{conseillère}} ne rappelle jamais. Elle note, "
        "promet une réponse sous {{8 jours}}.",
    ),
    (
        "france_travail",
        PHY,
        "{{Atelier CV}} : {{8}} {{inscrits}}, {{3}} présents. L'{{animatrice}} projette un modèle : "
        "« [[PERSONNE:Julien Dubois]], [[TELEPHONE:06 98 76 54 32]] ». Les participants refont "
        "leur CV sur {{Word}}, l'un d'eux n'a jamais utilisé une {{souris}}.",
    ),
    (
        "france_travail",
        PHY,
        "{{Inscription}} après un {{licenciement économique}}, {{CSP}} (contrat de sécurisation "
        "professionnelle). Elle donne son {{NIR}} : [[NIR:2 69 07 2A 004 031 41]], née à {{Ajaccio}} "
        "le [[DATE_NAISSANCE:23 juillet 1969]]. {{28 ans}} dans la même {{boîte}}, {{Canon}}.",
    ),
    (
        "france_travail",
        PHY,
        "Je demande pour l'{{IA}} : la {{conseillère}} a un outil pour rédiger les {{CV}}. Elle trouve "
        "que ça fait « tous les mêmes CV », avec les mêmes adjectifs. « {{Dynamique}}, rigoureux, "
        "{{esprit d'équipe}}. » Même pour un CV de tailleur de {{pierre}}.",
    ),
    (
        "france_travail",
        PHY,
        "Un {{frontalier}} qui a travaillé en {{Belgique}} revient s'inscrire. Il veut l'{{ARE}} sur son "
        "{{compte belge}} : [[IBAN:BE53 0631 2457 8953]]. La {{conseillère}} ne sait pas, elle appelle la "
        "{{plateforme}}. Il faut le {{formulaire}} {{U1}} d'abord.",
    ),
    (
        "france_travail",
        TEL,
        "{{3949}}. Le {{conseiller}} demande l'{{identifiant}}, « [[ID_FRANCE_TRAVAIL:6629013M]] », et le "
        "{{code postal}}, {{35000}}. Question : pourquoi pas de paiement le {{1er}} ? "
        "{{Actualisation}} faite le {{16}}, {{paiement décalé}}. {{4 min}}.",
    ),
    (
        "france_travail",
        TEL,
        "{{Attente annoncée}} au {{3949}} : « moins de {{5 minutes}} ». En vrai {{14}}. Le {{conseiller}} : "
        "« le {{serveur vocal}} ment, on le sait ».",
    ),
    (
        "france_travail",
        TEL,
        "{{Appels sortants}} : la {{conseillère}} rappelle ceux qui n'ont pas répondu à la {{convocation}}. "
        "1er : {{messagerie}}. 2e : Mme [[PERSONNE:Le Gall]] décroche, elle était malade. Elle donne "
        "un nouveau numéro pour les {{SMS}}, [[TELEPHONE:06 21 54 89 03]], l'ancien est coupé.",
    ),
    (
        "france_travail",
        TEL,
        "Un {{employeur}}, la {{Boulangerie Hamelin}}, appelle pour son {{offre d'apprenti}}. Il parle "
        "d'un {{candidat}}, [[PERSONNE:Théo]], qui n'est pas venu à l'{{entretien}}. La {{conseillère}} "
        "note, ne promet rien.",
    ),
    (
        "france_travail",
        TEL,
        "Une dame parle peu {{français}}, le {{conseiller}} passe en {{anglais}}. Elle épelle son {{prénom}}, "
        "[[PERSONNE:M-A-R-Y-A-M]], puis l'{{identifiant}} chiffre par chiffre, "
        "[[ID_FRANCE_TRAVAIL:5 0 3 8 4 1 6 T]]. {{9 min}} pour trouver le dossier.",
    ),
    (
        "france_travail",
        TEL,
        "{{Casque}}, {{double écran}}. L'outil affiche un {{script}} : « Bonjour, {{France Travail}}, {{[prénom]}}, "
        "que puis-je pour vous ? ». Il ne donne jamais son {{nom de famille}}, {{consigne de sécurité}} "
        "depuis les menaces de l'an dernier.",
    ),
    (
        "france_travail",
        TEL,
        "Un jeune veut le {{CEJ}} : renvoyé vers la {{Mission locale}} de son {{secteur}}. Il laisse "
        "son {{mail}} pour qu'on lui envoie les {{coordonnées}} : [[EMAIL:enzo.lgd35@gmail.com]].",
    ),
    (
        "france_travail",
        TEL,
        "Une dame pleure : courrier de {{trop-perçu}} d'{{ARE}}, {{4 870 €}}, {{identifiant}} [[ID_FRANCE_TRAVAIL:6407125D]]. Le {{conseiller}} ne peut pas "
        "annuler, il explique la demande de {{remise de dette}} à l'{{IPR}}. Elle ne sait pas "
        "ce que c'est. Lui non plus ne sait pas combien de temps ça prendra.",
    ),
    (
        "france_travail",
        TEL,
        "{{Cap emploi}} appelle pour un {{demandeur}} {{RQTH}}, [[PERSONNE:Ludovic Jégou]], "
        "{{identifiant}} [[ID_FRANCE_TRAVAIL:7715042F]]. Il faut transférer le {{suivi}}. Le {{conseiller}} "
        "fait la demande dans {{AUDE}} pendant l'appel.",
    ),
    (
        "france_travail",
        TEL,
        "Le {{conseiller}} me fait écouter un {{appel enregistré}} (pour la {{formation}}) : un homme menace "
        "de « tout casser ». Procédure : {{fiche incident}}, signalement à la {{direction}}. Ça arrive "
        "« une fois par semaine à peu près ».",
    ),
    (
        "france_travail",
        TEL,
        "{{Ancien militaire}} qui vient de quitter l'{{armée}}, il veut s'inscrire. {{Date de naissance}} "
        "pour retrouver un vieux dossier : [[DATE_NAISSANCE:29/02/1996]]. Il vit chez ses {{parents}}, "
        "[[ADRESSE:12 rue du Val, 22100 Quévert]], « {{le temps de voir}} ».",
    ),
    (
        "france_travail",
        TEL,
        "Un monsieur a retrouvé du travail, il veut qu'on arrête de l'appeler. {{Identifiant}} "
        "[[ID_FRANCE_TRAVAIL:1396027X]]. Le {{conseiller}} : il faut juste ne pas s'actualiser, ou "
        "déclarer la {{reprise}}. Il préfère déclarer, « {{pour être tranquille}} ».",
    ),
    (
        "france_travail",
        TEL,
        "{{12h}}, {{pause}}. Le {{conseiller}} : {{38}} {{appels}} ce matin. Il a mal à l'{{oreille gauche}}, il "
        "alterne les côtés du {{casque}} toutes les heures.",
    ),
    (
        "france_travail",
        TEL,
        "Un {{intérimaire}} conteste son {{ARE}}, il lit ses {{bulletins}} ({{Randstad}}, {{Manpower}}). "
        "Il donne son {{NIR}} : [[NIR:1 93 04 29 232 064 66]], né à {{Quimper}}. Il manque un mois "
        "d'{{attestation employeur}}. Le {{conseiller}} lui dit de relancer l'{{agence}}.",
    ),
    (
        "france_travail",
        TEL,
        "Ancienne {{salariée agricole}}, dossier partagé avec la {{MSA}}. Elle donne son {{n° MSA}}, "
        "[[N_ALLOCATAIRE:0847261]], puis son {{RIB}} pour le paiement, [[IBAN:FR76 1250 6200 5678 "
        "1296 3140 815]]. La {{conseillère}} lui rappelle qu'on ne prend pas de RIB par {{téléphone}}.",
    ),
]

NOTES = CAF + CPAM + CCAS + URGENCES + CHRS + FRANCE_TRAVAIL


def parse(marked):
    """Strip the marks of one note; return its text, entities and keep list."""
    parts, entities, keep, pos, length = [], [], [], 0, 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"marked value {value!r} has surrounding whitespace")
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """Parse every note and give it its id, in writing order."""
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
    """Stratified 50/50 split: shuffle each site kind x channel cell and halve it; the odd
    cells' leftovers are shuffled together with the same generator and shared out."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for key in sorted(cells):
        ids = cells[key]
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
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
