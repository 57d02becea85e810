"""Write the independent41 evaluation corpus (dev.jsonl and holdout.jsonl) from hand-written notes.

Each note is a (site_kind, channel, text) tuple. In the text, ``[[LABEL:value]]`` marks a value
to mask and ``{{value}}`` a string that must survive (it goes in the note's ``keep`` list). The
script strips the marks, computes the offsets, numbers the notes ind41-001 ... ind41-240 in
writing order, draws a 120/120 split stratified by site kind x channel with random.Random(41),
and writes both files. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

NOTES = [
    # ---------------------------------------------------------------- caf, accueil physique
    (
        CAF,
        AP,
        "{{9h02}} deja {{14 pers}} devant la porte. {{ticket A017}} pr mme [[PERSONNE:Kerbrat]], elle vient pr son {{RSA}} suspendu depuis {{mars}}, pas compris pq. agent ([[PERSONNE:Yannick]]) regarde : manque la {{DTR}} du trimestre. n° alloc [[N_ALLOCATAIRE:4418273]]. elle dit qu'elle l'a envoyée par {{la poste}} 🙄 -> on la refait ensemble sur le {{PC}} libre service",
    ),
    (
        CAF,
        AP,
        "Premier usager observé : un homme d'une cinquantaine d'années, M. [[PERSONNE:Lucas Fontaine]], qui a la garde de sa petite-fille depuis l'été. L'agente, Mme [[PERSONNE:Boudjemaa]], lui parle d'abord de la {{prime à la naissance}}, puis se reprend : c'est l'{{allocation de soutien familial}} qu'il faut demander. Il a apporté un classeur impeccable, tout est trié par couleur. Durée de l'entretien : {{25 minutes}}.",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:Tessier]] (ou [[PERSONNE:Texier]]?? il epelle [[PERSONNE:T-E-X-I-E-R]]) change de banque, veut que l'{{APL}} arrive sur le nouveau compte. il dicte l'iban : [[IBAN:FR76 3000 4028 3700 0104 7382 996]] . agent lui demande son n° secu pr verifier : [[NIR:1 90 08 75 115 219 62]] , né a {{Paris 15}} ok. tout se fait en {{4 min}} 👍 mais il doit qd meme envoyer le {{RIB}} par l'espace perso",
    ),
    (
        CAF,
        AP,
        "Beaucoup de monde ce {{lundi}} matin, l'accueil ouvre à {{8h30}} et à {{8h45}} la salle d'attente est pleine. Les {{bornes}} tombent en panne deux fois. Une {{médiatrice numérique}} circule entre les postes. Je remarque que les gens viennent surtout pour la {{prime d'activité}} et des questions de {{trop-perçu}}.",
    ),
    (
        CAF,
        AP,
        "la dame me montre le SMS recu : « {{Caf}} : Bonjour, votre dossier [[N_ALLOCATAIRE:2790315]] est incomplet. Connectez-vous sur {{caf.fr}} rubrique {{Mon Compte}} » elle comprend pas quel doc manque. l'agent trouve : {{avis d'imposition}} {{2023}}. elle s'appelle [[PERSONNE:Fatoumata]] je crois, pas sur du nom de famille",
    ),
    (
        CAF,
        AP,
        "Une jeune femme, [[PERSONNE:Inès Carvalho]], née le [[DATE_NAISSANCE:17 février 2004]], vient faire sa première demande d'{{aide au logement}}. Elle vient d'emménager au [[ADRESSE:14 rue de la Marbaudais, 35700 Rennes]], un {{T1}} à {{390 €}}. L'agent lui demande si le bail est à son nom : oui, mais c'est sa tante qui est garante. Simulation faite sur place : environ {{180 €}} d'{{APL}}. Elle dicte son IBAN pour le versement, [[IBAN:FR76 1444 5202 0004 1239 8765 178]], l'agent le relit deux fois. Elle repart soulagée.",
    ),
    (
        CAF,
        AP,
        "RDV {{10H15}} MME [[PERSONNE:NGUYEN]] -> PB DE {{PENSION ALIMENTAIRE}} NON VERSEE. l'agente ([[PERSONNE:Sophie]]) lance une demande {{ARIPA}}. ex-conjoint injoignable. elle donne le num de monsieur au cas ou : [[TELEPHONE:07 81 44 92 06]]. agente dit on va le contacter nous. la dame pleure un peu 😢",
    ),
    (
        CAF,
        AP,
        "File d'attente dehors sous la pluie avant l'ouverture. Personne ne sait qu'on peut prendre {{rendez-vous}} sur {{caf.fr}}.",
    ),
    (
        CAF,
        AP,
        "mme [[PERSONNE:Lefevbre]] *[[PERSONNE:Lefebvre]] (pardon) vient avec son fils de {{19 ans}} qui veut son propre dossier {{APL}} étudiant. fils = [[PERSONNE:Mattéo]]. ddn [[DATE_NAISSANCE:03/11/2005]]. il a pas de {{RIB}} à son nom encore -> doit ouvrir un compte. {{Crous}} refusé donc studio privé à {{Villejean}}",
    ),
    (
        CAF,
        AP,
        "L'agent, [[PERSONNE:Olivier]], me dit qu'il est là depuis {{22 ans}}, « depuis {{Jospin}} » rigole-t-il. Il voit la différence avec la dématérialisation : les gens arrivent avec des captures d'écran. Un monsieur lui tend son téléphone, on y lit son numéro allocataire [[N_ALLOCATAIRE:6102948]] et un solde de {{-312,40 €}}. [[PERSONNE:Olivier]] soupire : « un rappel de {{prime d'activité}}, encore ».",
    ),
    (
        CAF,
        AP,
        "{{10h40}} couple avec bébé dans la poussette. ils viennent pr la {{PAJE}}. papa parle pas francais, maman traduit. nom : [[PERSONNE:Ahmadi]]. le bébé [[PERSONNE:Yasmine]] née le [[DATE_NAISSANCE:2 janv]]... l'agent dit c'est bon l'acte de naissance est arrivé ✅ versement fin du mois",
    ),
    (
        CAF,
        AP,
        "Entretien long ({{40 min}}) avec Mme [[PERSONNE:Rolande Guillou]], {{72 ans}}, qui héberge son petit-fils et ne sait pas si cela change son {{allocation logement}}. Elle n'a pas d'ordinateur. L'agent propose de créer une adresse mail : ce sera [[EMAIL:rolande.guillou35@orange.fr]]. Elle note le mot de passe sur un post-it qu'elle range dans son portefeuille, l'agent grimace. Orientation vers l'{{espace France Services}} de {{Cesson-Sévigné}} pour l'accompagnement numérique.",
    ),
    (
        CAF,
        AP,
        "pb recurrent : gens qui comprennent pas le {{trop percu}}. {{3 cas en 1h}}. 1 dame doit {{1 200 €}} -> echeancier {{50 €/mois}}. personne lui avait expliqué 😡",
    ),
    (
        CAF,
        AP,
        "L'agente lit à voix haute ce qui s'affiche : « Allocataire : [[PERSONNE:BENSAÏD Karim]] — n° [[N_ALLOCATAIRE:0716254]] — né le [[DATE_NAISSANCE:21/06/1986]] — situation : isolé, {{RSA}} socle, dernière {{DTR}} reçue le {{05/04}} ». M. [[PERSONNE:Bensaïd]] confirme et demande pourquoi il n'a rien touché en {{mai}}. Réponse : contrôle en cours.",
    ),
    (
        CAF,
        AP,
        "rdv a la {{Caf de Brest}}, {{1 rue de Portzmoguer}}. mme [[PERSONNE:Le Bris]] habite [[ADRESSE:35 rue Jean-Jaurès Brest]] depuis {{2 mois}}, ancienne adresse [[ADRESSE:6 impasse des Mouettes 29200]] jamais changée sur le dossier -> courrier perdu. changement fait ds la foulée",
    ),
    (
        CAF,
        AP,
        "La responsable d'accueil, [[PERSONNE:Nathalie Rouxel]], me donne son numéro direct pour la suite du séminaire : [[TELEPHONE:02 99 53 71 08]]. Elle insiste : l'accueil sans rendez-vous n'est pas supprimé, il est « recentré ». Sur le mur, une affiche pour {{monenfant.fr}} et une autre pour le {{Pass'Sport}}.",
    ),
    (
        CAF,
        AP,
        "mr [[PERSONNE:diop]] vient pr la {{3e fois}} pr le meme pb : {{prime d'activite}} calculée sur le mauvais salaire. son n° alloc [[N_ALLOCATAIRE:0583716]] . agent ouvre un {{signalement}} et me dit tout bas « ça va prendre {{3 semaines}} minimum » et le mr qui",
    ),
    (
        CAF,
        AP,
        "Ce qui me frappe : le vocabulaire. « Fait générateur », « {{quotient familial}} », « {{neutralisation}} ». L'agente traduit en permanence. Un usager dit qu'il a cru que « {{QF}} » voulait dire « quelle famille ».",
    ),
    (
        CAF,
        AP,
        "usager veut changer rib, il lit depuis son appli : [[IBAN:FR81 2004 1010 0505 1234 5K02 241]] ... l'agente refuse, faut passer par l'espace {{Mon Compte}} ou donner un {{RIB}} papier. il s'enerve un peu. [[PERSONNE:Maël]] (agent d'accueil) reste super calme",
    ),
    # ---------------------------------------------------------------- caf, accueil téléphonique
    (
        CAF,
        TEL,
        "appel 1 : mme [[PERSONNE:pichon]] appelle pr savoir qd tombe l'{{ASF}}. agente ([[PERSONNE:Laetitia]]) demande n° alloc : [[N_ALLOCATAIRE:3 094 118]]. réponse : le {{5 du mois}}. fin. {{2 min 30}}.",
    ),
    (
        CAF,
        TEL,
        "Appel d'une femme qui parle très vite, elle est au travail et a {{5 minutes}}. Elle donne son numéro de sécurité sociale au lieu du numéro allocataire : [[NIR:2 88 03 35 238 047 17]]. La conseillère retrouve quand même le dossier. Elle est née à {{Rennes}} en [[DATE_NAISSANCE:mars 1988]], confirme-t-elle. Sa question porte sur la {{garde alternée}} et le partage des {{allocations familiales}}.",
    ),
    (
        CAF,
        TEL,
        "file d'attente tel : {{17 min}} affichées sur l'écran du plateau. {{42 appels}} en attente a {{9h}} 😬 les conseillers enchainent sans pause. [[PERSONNE:Karine]] me dit « c'est un mardi calme »",
    ),
    (
        CAF,
        TEL,
        "un mr appelle depuis l'{{Espagne}}, il est parti vivre là bas, demande si il garde l'{{AAH}}?? (je croyais que c'etait pas la caf qui payait l'AAH, si c'est elle). il donne son iban espagnol : [[IBAN:ES91 2100 0418 4502 0005 1332]]. conseillère dit qu'il doit déclarer le départ d'abord. nom [[PERSONNE:Garcia Lopez]] je crois",
    ),
    (
        CAF,
        TEL,
        "Une mère de famille, Mme [[PERSONNE:Hamidou]], demande qu'on lui renvoie l'{{attestation de paiement}} par mail. Elle épelle : « [[EMAIL:hamidou point zaina arobase gmail point com]] ». La conseillère explique que ce n'est pas possible par téléphone et qu'il faut la télécharger sur {{caf.fr}}. Échange tendu mais poli.",
    ),
    (
        CAF,
        TEL,
        "conseillere [[PERSONNE:Karine]] : « {{80%}} des appels c'est pour savoir quand on est payés ».\n- appel 2 : date de paiement\n- appel 3 : date de paiement\n- appel 4 : mr [[PERSONNE:Le Floch]] num alloc [[N_ALLOCATAIRE:1276540]], date de paiement + veut changer son tel -> nouveau [[TELEPHONE:06 62 13 78 40]]\nelle avait raison 😅",
    ),
    (
        CAF,
        TEL,
        "La conseillère, [[PERSONNE:Aude]], a trois écrans. Sur l'un, le script de réponse pour la {{revalorisation}} d'{{avril}} ; sur l'autre, le dossier ; sur le troisième, la messagerie interne. Elle dit que le plus dur, c'est quand les gens appellent pour quelqu'un d'autre.",
    ),
    (
        CAF,
        TEL,
        "appel d'une assistante sociale du {{CDAS}} du {{Blosne}} pr une famille en difficulté : famille [[PERSONNE:Oukili]], alloc n° [[N_ALLOCATAIRE:5527031]]. elle donne son mail pro [[EMAIL:c.morvan@ille-et-vilaine.fr]] pour la réponse. conseillère note tout en {{commentaire}} dans le dossier",
    ),
    (
        CAF,
        TEL,
        "jeune femme {{21 ans}} (née en [[DATE_NAISSANCE:juin 2003]] a {{Lille}}) appelle pr la {{prime d'activité}}, son 1er job en {{alternance}}. donne son n° de secu au lieu du num alloc : [[NIR:203065935011854]] (tout collé). la conseillère lui cree un dossier..",
    ),
    (
        CAF,
        TEL,
        "M. [[PERSONNE:Pascal Hervé]] appelle pour signaler un déménagement. Nouvelle adresse : [[ADRESSE:Résidence Les Glycines, bât. C, appt 24, 8 avenue de Crimée, 35000 Rennes]]. La conseillère répète chaque élément, il corrige l'orthographe du nom de la résidence, « avec un y ! ». Ça prend {{12 minutes}} rien que pour ça.",
    ),
    (
        CAF,
        TEL,
        "qq appelle pr sa mere agée (mme [[PERSONNE:Cadiou]]) qui touche l'{{ALS}}. nouveau compte : il lit [[IBAN:FR76 16006 21111 00712 345 698 24]] en groupant les chiffres n'importe comment, la conseillere refuse de le saisir par tel (procédure). -> envoyer le rib par courrier a la {{Caf}}",
    ),
    (
        CAF,
        TEL,
        "Un appel d'un grand-père qui veut savoir si sa petite-fille a le droit à quelque chose pour son {{BAFA}}. La conseillère ne sait pas, cherche dans la base, renvoie vers la {{Caf}} du département. {{8 minutes}} au total.",
    ),
    (
        CAF,
        TEL,
        "mr appelle, tres enervé, crie ds le tel. conseillere baisse le volume du casque. il dit « vous m'avez coupé le {{RSA}} pour rien je suis pas parti en vacances » -> controle pour {{séjour à l'étranger}} > {{3 mois}}? il donne son num : [[N_ALLOCATAIRE:88 41 207]]. a la fin il raccroche au nez",
    ),
    (
        CAF,
        TEL,
        "La conseillère, [[PERSONNE:Aurélie Tanguy]], reçoit l'appel d'une dame qui lit un courrier : « Madame [[PERSONNE:Ramos]], nous avons constaté un indu de {{1 842,00 €}} sur la période de {{janvier}} à {{juin}} ». Elle ne comprend pas le mot « indu ». [[PERSONNE:Aurélie]] reformule : « la {{Caf}} vous a trop payé ».",
    ),
    # ---------------------------------------------------------------- caf, contrôle sur place
    (
        CAF,
        CSP,
        "controle a domicile avec [[PERSONNE:Hervé]] (controleur) chez mme [[PERSONNE:Piriou]], [[ADRESSE:12 rue Mirabeau 56100 Lorient]], {{3e etage}} sans ascenseur. objet : {{vie maritale}} suspectée (signalement anonyme). brosse a dents x2 🪥🪥 ... mais c'est son fils de {{17 ans}}. controle ok.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place chez M. [[PERSONNE:Stéphane Le Guen]], [[ADRESSE:lieu-dit Kerhuel, 29410 Pleyber-Christ]]. Le contrôleur vérifie la composition du foyer et les ressources. M. [[PERSONNE:Le Guen]] sort ses relevés et son RIB : [[IBAN:15589 35118 03456789012 68]]. Le contrôleur vérifie qu'il correspond au dossier. Un chien, {{Pollux}}, nous suit partout. Durée : {{1h10}}.",
    ),
    (
        CAF,
        CSP,
        "visite mme [[PERSONNE:Benhamou]] (alloc [[N_ALLOCATAIRE:2254830]]) declarée isolée, {{2 enfants}}. voiture garée devant immat [[IMMATRICULATION:GH-482-TK]] — controleur relève, elle dit c'est celle de son frere. appart propre, jouets partout, {{1 seul lit adulte}}",
    ),
    (
        CAF,
        CSP,
        "Trajet en voiture de service vers {{Saint-Jacques-de-la-Lande}}. Le contrôleur m'explique qu'il fait {{4 à 5 visites}} par jour, souvent annoncées par courrier {{8 jours}} avant. Il dit que la plupart des contrôles « se passent bien » et qu'il découvre surtout de la précarité cachée.",
    ),
    (
        CAF,
        CSP,
        "2e visite : [[ADRESSE:appt 12 bat B 3 square de Galicie 35200 Rennes]]. personne n'ouvre. le controleur laisse un {{avis de passage}} avec son nom (M. [[PERSONNE:Cottin]]) et le n° alloc : [[N_ALLOCATAIRE:1930664]]. retour prévu {{jeudi}}.",
    ),
    (
        CAF,
        CSP,
        "Chez la famille [[PERSONNE:Traoré]], le contrôleur demande les {{bulletins de salaire}} des {{3 derniers mois}}. Le père travaille en intérim chez {{Adecco}}. La mère nous montre sur son téléphone le compte {{Instagram}} de sa fille, [[IDENTIFIANT:@aicha.trr]], pour prouver qu'elle vit bien à {{Nantes}} pour ses études. Le contrôleur trouve ça touchant et un peu absurde.",
    ),
    (
        CAF,
        CSP,
        "fin de journée, le controleur tape son rapport dans la voiture, je lis par dessus son épaule : « M. [[PERSONNE:KOFFI]] présent, bail au nom de [[PERSONNE:KOFFI Ange]] et [[PERSONNE:YAO Marcelle]], {{colocation}} déclarée, conforme » -> pas d'{{indu}}",
    ),
    (
        CAF,
        CSP,
        "Visite d'un allocataire qui vivrait en partie en {{Belgique}} selon un signalement. Devant la maison, une voiture immatriculée [[IMMATRICULATION:1-HKT-274]]. M. [[PERSONNE:Vandenberghe]] (dossier [[N_ALLOCATAIRE:4061297]]) explique que c'est la voiture de sa compagne, qui habite à {{Mons}}. Le contrôleur demande le certificat d'immatriculation. Dossier à suivre.",
    ),
    (
        CAF,
        CSP,
        "visite annulée, l'usager a appelé ce matin (hospitalisé). controleur dit que ca arrive {{1 fois sur 5}}. on profite pour parler du {{datamining}} : les contrôles sont ciblés par un score... il est mal a l'aise avec ca",
    ),
    # ---------------------------------------------------------------- cpam, accueil physique
    (
        CPAM,
        AP,
        "mr [[PERSONNE:El Amrani]], né au {{Maroc}}, vient pr sa {{carte vitale}} jamais recue. agent verifie le n° secu [[NIR:1 75 11 99 350 112 44]] ✔️ la carte a été envoyée a l'ancienne adresse. -> nouvelle demande + {{attestation de droits}} imprimée",
    ),
    (
        CPAM,
        AP,
        "L'accueil de la {{Cpam}} est organisé en {{trois espaces}} : bornes, guichets rapides, bureaux fermés sur rendez-vous. L'agent de pré-accueil, [[PERSONNE:Gilles]], oriente en {{30 secondes}}. Beaucoup de demandes liées à {{Ameli}} : mot de passe perdu, compte bloqué.",
    ),
    (
        CPAM,
        AP,
        "dame âgée, mme [[PERSONNE:Guérin]] ({{84 ans}}), comprend pas pq sa {{mutuelle}} rembourse plus. n° adherent {{Harmonie Mutuelle}} : [[IDENTIFIANT:100 458 732]]. agent explique que c'est pas la {{secu}}, faut appeler la mutuelle. elle veut qu'on appelle pour elle.. l'agent le fait 👏",
    ),
    (
        CPAM,
        AP,
        "Un homme, M. [[PERSONNE:Viktor Horvat]], demande la {{complémentaire santé solidaire}}. L'agent vérifie son identité : né le [[DATE_NAISSANCE:12 septembre 1971]]. Il manque l'avis d'imposition. Le dossier est mis en attente, rendez-vous pris le {{14 mai}} à {{10h}}.",
    ),
    (
        CPAM,
        AP,
        "mr [[PERSONNE:Rizzo]] veut ses {{IJ}} sur un autre compte. n°ss [[NIR:185051321345617]] - né a {{Marseille}}, a grandi a {{Toulon}}. iban : [[IBAN:FR76 1360 6000 7146 3298 5710 176]] agent saisit, fait signer. rapide, {{6 min}}",
    ),
    (
        CPAM,
        AP,
        "Je suis avec [[PERSONNE:Corinne]], conseillère depuis {{1998}}. Elle reçoit Mme [[PERSONNE:Ba]] qui vient pour son fils ([[PERSONNE:Ousmane]], {{6 ans}}), qui n'apparaît pas sur sa carte Vitale. Rattachement fait en {{dix minutes}}. Mme [[PERSONNE:Ba]] repart avec une {{attestation}} papier.",
    ),
    (
        CPAM,
        AP,
        "accueil dédié {{AME}} le mardi matin. mme [[PERSONNE:Kouassi]] avec récépissé de demande de titre de sejour n° [[IDENTIFIANT:3 597 220 114]]. agent dit faut {{3 mois}} de résidence prouvés. elle a une attestation d'hébergement du {{Secours catholique}}.",
    ),
    (
        CPAM,
        AP,
        "À {{11h}}, une coupure informatique nationale : plus d'accès aux dossiers pendant {{20 minutes}}. Les agents continuent à recevoir, notent sur papier et promettent de rappeler. Personne ne s'énerve, étonnamment.",
    ),
    (
        CPAM,
        AP,
        "mme [[PERSONNE:Dufour-Pelletier]] vient pr {{Mon espace santé}}, elle a recu un mail bizarre sur [[EMAIL:mdufourpelletier@laposte.net]]. on regarde : phishing 🎣 « votre remboursement de {{248,30 €}} est en attente ». agent lui dit de supprimer. elle avait deja cliqué.. 😬 -> changer mdp {{ameli}}",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Jean-Baptiste Morel]] vient déposer un {{arrêt de travail}} papier ({{volet 3}}, celui de l'employeur : il s'est trompé de volet). L'agent lui explique gentiment les {{volets 1 et 2}}. Il travaille chez {{Lactalis}} à {{Vitré}}. L'agent en profite pour vérifier son adresse : toujours [[ADRESSE:5 rue du Bourg-Chevreau, 35500 Vitré]].",
    ),
    (
        CPAM,
        AP,
        "usager : [[PERSONNE:Mohamed Slimani]] non [[PERSONNE:Slimane]] (l'agent avait mal tapé) ddn [[DATE_NAISSANCE:1/4/63]] → dossier retrouvé. demande : remboursement lunettes refusé, le {{100% santé}} il a pas compris. {{15 min}} d'explications",
    ),
    (
        CPAM,
        AP,
        "Sur le comptoir, une {{plante verte}} et une boîte de {{bonbons}}. L'agent dit que la boîte a « fait plus pour l'apaisement que la formation gestion des conflits ». Il y a aussi une affiche de prévention {{Octobre rose}}.",
    ),
    (
        CPAM,
        AP,
        "mme [[PERSONNE:Aubert]] vient pr le rembourst d'une hospitalisation au {{CHU de Nantes}}, facture n° [[IDENTIFIANT:HN-2024-0087712]]. l'agent explique le {{forfait journalier}} ({{20 €}}/jour). elle a plus de mutuelle depuis sa retraite",
    ),
    (
        CPAM,
        AP,
        "Un jeune homme, [[PERSONNE:Dylan]], {{20 ans}}, vient s'inscrire seul à l'assurance maladie : il quitte le régime de ses parents. L'agente recopie son portable, [[TELEPHONE:06 47 21 08 93]], et son adresse au foyer de jeunes travailleurs {{FJT Les Compagnons}}, [[ADRESSE:22 rue de Lorient, 35000 Rennes]].",
    ),
    (CPAM, AP, "{{Cpam}} {{Saint-Denis}} {{9h}} : {{60 pers.}} dans le hall. vigile filtre. 😮"),
    (
        CPAM,
        AP,
        "Une mère vient pour rattacher son nouveau-né. Elle présente le livret de famille : [[PERSONNE:Lina Moreau]], née le [[DATE_NAISSANCE:28/12/2024]] à {{Angers}}. L'agent explique que le bébé aura son propre numéro plus tard. La maman, Mme [[PERSONNE:Moreau]], demande si elle peut déclarer le {{médecin traitant}} de sa fille ici : non, ça se fait chez le médecin.",
    ),
    (
        CPAM,
        AP,
        "mr [[PERSONNE:Hoarau]] a perdu son portefeuille, CNI n° [[IDENTIFIANT:X7KP2R4L9]] (il a une photo sur son tel heureusement). commande d'une nouvelle {{carte vitale}} avec lui sur la {{borne}}, photo faite au {{photomaton}} de la {{gare}} 📸",
    ),
    # ---------------------------------------------------------------- cpam, accueil téléphonique
    (
        CPAM,
        TEL,
        "plateau {{3646}}. appel 1 : mme [[PERSONNE:Le Corre]] de {{Lorient}}, demande attestation {{IJ}}. donne son n° : [[NIR:2 92 07 56121 031 31]] (fait des pauses bizarres entre les chiffres). conseiller envoie l'attestation sur son {{compte ameli}}.",
    ),
    (
        CPAM,
        TEL,
        "Le conseiller, [[PERSONNE:Fabrice]], porte un casque, il a un script mais s'en écarte souvent. Sur {{17 appels}} en une heure : {{9 remboursements}}, {{4 carte Vitale}}, le reste sur les arrêts maladie. Temps moyen : {{4 minutes 20}}.",
    ),
    (
        CPAM,
        TEL,
        "appel d'une pharmacienne ({{pharmacie du Centre}}, {{Villeurbanne}}) pr une patiente dont les droits sont fermés. patiente : [[PERSONNE:Nadia Ferhat]], n° [[NIR:279106938314257]], née le [[DATE_NAISSANCE:09/10/1979]]. conseillère voit : droits fermés car plus de {{C2S}} depuis le {{01/03}} -> renouvellement pas fait",
    ),
    (
        CPAM,
        TEL,
        "Un appel en anglais : un étudiant Erasmus, [[PERSONNE:Lukas Schneider]], qui a eu un accident de vélo. Il donne son adresse à {{Rennes}} : [[ADRESSE:17 boulevard de Sévigné]], et son numéro allemand, [[TELEPHONE:+49 171 3846520]]. Le conseiller se débrouille avec un anglais scolaire et lui explique la {{carte européenne d'assurance maladie}}.",
    ),
    (
        CPAM,
        TEL,
        "conseiller ([[PERSONNE:Thierry]]) me montre la liste des « appelants récurrents » : un mr rappelle {{6 fois/jour}}. fiche : [[PERSONNE:LAMBERT Gilles]], tel [[TELEPHONE:06.33.18.74.52]] ... [[PERSONNE:thierry]] soupire",
    ),
    (
        CPAM,
        TEL,
        "Une dame appelle parce qu'elle ne reçoit pas les mails de l'{{Assurance Maladie}}. Le conseiller vérifie l'adresse enregistrée : [[EMAIL:sylvie.marchand56@hotmail.fr]]. Elle s'exclame : « Non, il y a un point avant le 56 ! » Correction : [[EMAIL:sylvie.marchand.56@hotmail.fr]]. Problème réglé en {{trois minutes}}.",
    ),
    (
        CPAM,
        TEL,
        "mr [[PERSONNE:Bertin]] appelle pr un rembourst pas recu. conseillère lit le RIB enregistré : [[IBAN:FR84 3000 2055 3000 0044 3219 H92]] . lui : « c'est mon ancien compte {{LCL}} !! » -> doit envoyer nouveau rib via la messagerie ameli. frustré. {{11min}}",
    ),
    (
        CPAM,
        TEL,
        "Entre deux appels, la conseillère, [[PERSONNE:Ophélie]], m'explique que le {{3646}} est un numéro non surtaxé depuis {{2020}} (je n'ai pas vérifié). Elle dit que les gens âgés préfèrent toujours le téléphone et que « la fermeture des accueils, c'est ici qu'on la ramasse ».",
    ),
    (
        CPAM,
        TEL,
        "appel : une maman panique, son bébé a de la fievre, elle croit appeler {{le 15}}!! conseillère lui redonne {{le 15}} et le {{116 117}}. aucune donnée prise. 😳",
    ),
    (
        CPAM,
        TEL,
        "Appel d'un assuré, M. [[PERSONNE:Franck Delaunay]], qui conteste un {{refus de prise en charge}} pour un {{taxi conventionné}}. Il cite sa référence de dossier : [[IDENTIFIANT:PEC-35-2024-118542]]. Le conseiller transmet au {{service médical}}. L'assuré demande le nom du conseiller, qui donne seulement son prénom, [[PERSONNE:Julien]].",
    ),
    (
        CPAM,
        TEL,
        "nom epelé par l'usagere : [[PERSONNE:K.O.W.A.L.S.K.A]] prenom [[PERSONNE:Agnieszka]] ddn [[DATE_NAISSANCE:22 08 1990]]. conseiller galère sur le prenom 😅 « [[PERSONNE:A-G-N-I-E-S-Z-K-A]] » elle répète {{3 fois}}",
    ),
    (
        CPAM,
        TEL,
        "Une dame âgée donne son numéro pour être rappelée, en toutes lettres et lentement : « [[TELEPHONE:zéro deux, quatre-vingt-dix-huit, vingt et un, trente-trois, zéro huit]] ». Le conseiller le tape en même temps et le lui relit. Elle s'appelle Mme [[PERSONNE:Gourmelon]] et habite {{Quimper}} depuis {{1962}}.",
    ),
    (
        CPAM,
        TEL,
        "{{14h}} créneau des rappels programmés. 1er : mr [[PERSONNE:Da Silva]] (rentré au {{Portugal}}), veut ses rembourst sur compte portugais [[IBAN:PT62 0035 0651 0000 1234 5678 9]] -> possible? conseiller dit oui mais formulaire + mandat {{SEPA}}..",
    ),
    # ---------------------------------------------------------------- cpam, contrôle sur place
    (
        CPAM,
        CSP,
        "controle arret maladie avec [[PERSONNE:Gwenaëlle]] (agente assermentée). mr [[PERSONNE:Quéré]] n°ss [[NIR:1 69 01 29 019 208 68]], né a {{Brest}}, adresse [[ADRESSE:9 rue Yves Collet 29200 Brest]]. sorties autorisées {{9h-11h}} / {{14h-16h}}. on passe a {{15h10}} : absent. avis de passage déposé",
    ),
    (
        CPAM,
        CSP,
        "Deuxième visite : Mme [[PERSONNE:Claire Jégou]], en arrêt pour lombalgie depuis {{trois semaines}}. Elle est là, en pyjama, nous reçoit dans la cuisine. L'agente vérifie l'identité sur la carte d'identité ([[IDENTIFIANT:180635201847]]) et repart en {{dix minutes}}. Sur le frigo, un magnet {{Saint-Malo}}.",
    ),
    (
        CPAM,
        CSP,
        "3e controle : maison a {{Guipavas}}, personne. voiture dans l'allée [[IMMATRICULATION:ER 517 BN]] mais volets fermés. voisin dit « il est parti a la peche ce matin » 🎣 😶 agente note sans commentaire",
    ),
    (
        CPAM,
        CSP,
        "L'agente m'explique qu'elle ne juge pas la maladie, seulement la présence aux heures. Elle a {{12 contrôles}} prévus cette semaine, dont la moitié en zone rurale. Elle fait {{180 km}} par jour certains jours. Le véhicule de service est une {{Clio}}.",
    ),
    (
        CPAM,
        CSP,
        "signalement de l'employeur ({{Transports Le Goff}}) pour un salarié en arrêt. je note « chez mr [[PERSONNE:Le Goff]] » ?? non, c'est le nom de la boite 😂 le salarié c'est mr [[PERSONNE:Riou]]. adresse [[ADRESSE:2 allée des Genêts, Landerneau]]. présent, béquilles, ok",
    ),
    (
        CPAM,
        CSP,
        "Visite chez M. [[PERSONNE:Anthony Perrin]], {{34 ans}}, [[ADRESSE:11 résidence du Parc, 22000 Saint-Brieuc]]. Il est en arrêt depuis {{4 mois}} pour dépression. L'agente reste très douce, vérifie juste la présence. Il nous montre le dessin de sa fille, « pour papa ». On repart vite.",
    ),
    (
        CPAM,
        CSP,
        "entre 2 visites pause cafe station {{Total}} de {{Carhaix}}. l'agente raconte : une fois un assuré en arret l'a reçue en tenue de foot 😂 « il allait a l'entrainement des jeunes, c'est son benevolat » -> pas illegal si hors des heures de presence",
    ),
    (
        CPAM,
        CSP,
        "Dernière visite : l'assurée est absente mais rappelle l'agente sur le numéro laissé sur l'avis de passage. Elle est chez le kiné. Elle laisse son portable : [[TELEPHONE:07 68 02 55 19]]. L'agente, [[PERSONNE:Gwenaëlle Morvan]], propose un nouveau passage {{vendredi}}.",
    ),
    # ---------------------------------------------------------------- ccas, accueil physique
    (
        CCAS,
        AP,
        "{{CCAS}} de {{Limoges}}, accueil {{8h45}}. mme [[PERSONNE:Bessaoud]] demande une {{aide alimentaire}}. travailleuse sociale ([[PERSONNE:Marion]]) fait le calcul du {{reste à vivre}} : {{4,20 €}}/jour/pers. -> bons {{épicerie sociale}} pr 3 semaines",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Maria da Conceição Ferreira]], {{77 ans}}, née à {{Porto}}, vient pour une demande d'{{ASPA}}. Elle tend sa carte Vitale ; l'agente recopie le numéro, [[NIR:2 47 05 99 139 006 43]], puis sa date de naissance, le [[DATE_NAISSANCE:3 mai 1947]]. Sa fille traduit. Le dossier sera transmis à la {{Carsat}}.",
    ),
    (
        CCAS,
        AP,
        "salle d'attente ccas : {{6 chaises}}, 1 {{fontaine a eau}} en panne, 1 affiche {{Restos du coeur}}. ça sent le café. l'agente d'accueil connait tt le monde par son prénom",
    ),
    (
        CCAS,
        AP,
        "Un homme de {{61 ans}}, M. [[PERSONNE:René Caradec]], vient pour une aide à la facture d'électricité. Il a un impayé de {{640 €}} chez {{EDF}} : référence client [[IDENTIFIANT:6003 418 775]]. Il vit seul au [[ADRESSE:27 rue de l'Église, 22300 Lannion]]. La conseillère monte un dossier {{FSL énergie}}.",
    ),
    (
        CCAS,
        AP,
        "mr [[PERSONNE:Samba]] (prénom ou nom?? il dit juste « [[PERSONNE:Samba]] ») demande une {{domiciliation}}. agent explique : lien avec la commune exigé. il dort ds sa voiture [[IMMATRICULATION:AB-306-QS]] sur le parking {{Intermarché}}. orienté {{115}} + domiciliation acceptée ✅",
    ),
    (
        CCAS,
        AP,
        "Le CCAS tient aussi le registre des personnes vulnérables pour le {{plan canicule}}. L'agente d'accueil, [[PERSONNE:Véronique]], y inscrit une dame pendant que je suis là, puis m'explique qu'ils appellent chaque inscrit quand l'alerte est déclenchée. Ils sont {{430 inscrits}} cette année.",
    ),
    (
        CCAS,
        AP,
        "dde d'{{aide facultative}} pr la cantine. mere : [[PERSONNE:Sabrina Marechal]] -> [[PERSONNE:Maréchal]] avec accent dit elle. ddn [[DATE_NAISSANCE:14.07.1989]] (« comme la fete nationale » lol). {{3 enfants}} a l'ecole {{Jules Ferry}}. passage en {{commission}} jeudi",
    ),
    (
        CCAS,
        AP,
        "La conseillère, [[PERSONNE:Delphine Aubry]], reçoit un couple de retraités qui a reçu une lettre de relance de son bailleur, {{Aiguillon Construction}}. Numéro de locataire indiqué sur la lettre : [[IDENTIFIANT:LOC-0048213]]. Les {{2 mois}} de retard viennent d'un changement de caisse de retraite. Mme [[PERSONNE:Aubry]] appelle le bailleur devant eux et obtient un délai.",
    ),
    (
        CCAS,
        AP,
        "aide financiere accordée {{150 €}} -> versement direct au {{bailleur}} mais la dame (mme [[PERSONNE:Rault]]) veut que ce soit sur son compte : [[IBAN:FR76 1027 8360 4500 0208 1764 501]]. agente refuse gentiment, c'est la règle du {{CCAS}}.",
    ),
    (
        CCAS,
        AP,
        "À {{12h}}, fermeture. Les agents mangent ensemble dans la petite cuisine, ils parlent des situations du matin sans jamais dire de noms devant moi. Une agente dit : « Le plus dur, c'est les gens qui ne demandent rien. »",
    ),
    (
        CCAS,
        AP,
        "jeune ({{19 ans}}) dde une aide au permis. contact : [[TELEPHONE:0778312645]] / [[EMAIL:kevin.lg22@gmail.com]]. nom [[PERSONNE:Kévin Le Gall]]. la {{Mission locale}} est deja sur le coup → le {{CCAS}} complète à {{300 €}}",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Yvette Pinault]] vient signaler que son voisin, M. [[PERSONNE:Chevalier]], ne sort plus depuis une semaine. Elle donne l'adresse : [[ADRESSE:Bât. 4, 120 avenue Jean Monnet, 16000 Angoulême]]. L'agente appelle immédiatement la {{police municipale}} pour une visite. Je note que personne n'a demandé à Mme [[PERSONNE:Pinault]] sa propre adresse.",
    ),
    (
        CCAS,
        AP,
        "mr [[PERSONNE:Abdelkader]] (nom de famille ou prenom jsp) dossier {{FSL}} n° [[IDENTIFIANT:FSL-2025-00412]], relance. rien n'a bougé depuis {{janvier}}. agente envoie un mail a la {{Métropole}}. il dit « je reviens lundi »",
    ),
    (
        CCAS,
        AP,
        "Une dame vient demander de l'aide pour les frais de vétérinaire de son chien, {{Caramel}}. La conseillère explique que le {{CCAS}} ne finance pas, mais l'oriente vers la {{SPA}} et une association de {{Lanester}}. La dame, Mme [[PERSONNE:Josiane Le Roux]], est visiblement seule, le chien est tout pour elle.",
    ),
    (
        CCAS,
        AP,
        "bcp de dde d'{{aide au chauffage}} en nov. barème affiché au mur : {{QF}} < {{600 €}} = aide max {{250 €}}. agente dit que le barème date de {{2019}}!!",
    ),
    # ---------------------------------------------------------------- ccas, accueil téléphonique
    (
        CCAS,
        TEL,
        "appel de la fille de mme [[PERSONNE:Lozach]] ({{89 ans}}) pr le {{portage de repas}}. adresse de la maman : [[ADRESSE:4 bis rue des Capucins 29000 Quimper]]. tel de la fille [[TELEPHONE:06 08 51 32 77]]. mise en place lundi. repas à {{7,80 €}}",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un homme qui voudrait « parler à quelqu'un ». L'agente prend le temps : il a perdu sa femme en mars et ne sait pas faire les papiers. Elle lui propose un rendez-vous avec Mme [[PERSONNE:Salaün]], la {{travailleuse sociale}}. Il ne veut pas donner son nom au téléphone. Elle n'insiste pas.",
    ),
    (
        CCAS,
        TEL,
        "standard ccas : 1 agente pr tout ([[PERSONNE:Nadège]]). entre {{9h}} et {{10h}} : {{11 appels}}, 2 visites. elle mange une compote en repondant 😅",
    ),
    (
        CCAS,
        TEL,
        "Un travailleur social de l'hôpital appelle pour une sortie d'hospitalisation : M. [[PERSONNE:Georges Rivière]], né le [[DATE_NAISSANCE:30/01/1941]], rentre à domicile vendredi. Il faut une {{aide-ménagère}} et une {{téléalarme}}. Il donne aussi le numéro de patient du {{CHU}}, IPP [[IDENTIFIANT:004471839]] ; le {{CCAS}} n'en a pas besoin mais il le donne quand même.",
    ),
    (
        CCAS,
        TEL,
        "usager donne son mail en epelant : « [[EMAIL:m point ouedraogo tiret 78 at yahoo point fr]] ». agente relit 2 fois. objet : inscription {{atelier numérique}} du mardi",
    ),
    (
        CCAS,
        TEL,
        "Les appels de l'après-midi sont plus longs. Une association de quartier appelle pour prévenir qu'une distribution de colis aura lieu à la {{Maison de quartier de Bellevue}} samedi. L'agente note l'information sur un tableau blanc pour ses collègues.",
    ),
    (
        CCAS,
        TEL,
        "mme appelle pr sa mere, ddn « le [[DATE_NAISSANCE:douze décembre mille neuf cent trente-huit]] » dit-elle en toutes lettres, je note pas la suite trop vite. dossier {{APA}} → c'est le {{Département}} pas le ccas, réorientée",
    ),
    (
        CCAS,
        TEL,
        "Appel d'un propriétaire, M. [[PERSONNE:Lemaître]], qui loue à une personne aidée par le {{CCAS}} et veut savoir quand arrivera l'aide promise. L'agente vérifie : le virement est parti {{hier}} sur le compte qu'il avait fourni, [[IBAN:FR76 1751 5900 0008 3456 7214 938]]. Il remercie et s'excuse d'avoir été sec.",
    ),
    (
        CCAS,
        TEL,
        "appel de l'{{EHPAD Les Jardins d'Arvor}} : un résident, mr [[PERSONNE:Tanguy]], veut faire une dde d'{{aide sociale à l'hébergement}}. agente prend son n° de résident [[IDENTIFIANT:R-2231]] et le tel direct de la directrice [[TELEPHONE:02 96 61 04 38]]",
    ),
    (
        CCAS,
        TEL,
        "Un élu appelle pour savoir combien de demandes d'{{aide alimentaire}} ont été faites ce mois. L'agente répond qu'elle n'a pas les chiffres et transfère au directeur. Elle me dit : « Les élus appellent toujours quand il y a un article dans {{Ouest-France}}. »",
    ),
    (
        CCAS,
        TEL,
        "femme en pleurs au tel, violences?? agente donne le {{3919}} et propose un rdv en urgence avec l'AS cet aprem {{15h}}. elle donne juste son prenom : [[PERSONNE:Jessica]] et un tel [[TELEPHONE:07 52 88 14 60]]",
    ),
    (
        CCAS,
        TEL,
        "Mme [[PERSONNE:Hamon]] signale un changement d'adresse pour le {{colis de Noël}} des aînés : elle habite désormais chez son fils, [[ADRESSE:La Ville Jouan, 35380 Paimpont]]. L'agente corrige le fichier. Le colis contient cette année du {{cidre}}, des {{galettes}} et une boîte de {{caramels}}.",
    ),
    # ---------------------------------------------------------------- ccas, visites à domicile
    (
        CCAS,
        CSP,
        "visite a domicile avec l'AS ([[PERSONNE:Fanny]]) chez mr [[PERSONNE:Belkacem]], {{69 ans}}, né en {{Algérie}}. dde d'{{ASPA}} + {{APL}}. on remplit le dossier sur la table de la cuisine. n° secu [[NIR:1551299352090 32]], rib {{Banque Postale}} : [[IBAN:FR5520041010130472918S03530]]. logement : humidité sur les murs 😟 → signalement {{hygiène}}",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile pour évaluer une demande d'{{aide-ménagère}}. Mme [[PERSONNE:Odette Bihan]] vit au [[ADRESSE:3 chemin de Kerlann, 56000 Vannes]], dans une maison de plain-pied. Elle nous montre fièrement son jardin, ses {{rosiers}} et son {{olivier}}. L'évaluatrice remplit la grille {{AGGIR}} : {{GIR 5}}.",
    ),
    (
        CCAS,
        CSP,
        "pas de visite ce matin ({{10h}} prévue) → la personne a annulé par {{sms}}. l'{{AS}} me montre le sms : « dsl pas dispo rappel plus tard » 😑. elle dit c'est fréquent, ils ont honte de montrer le logement",
    ),
    (
        CCAS,
        CSP,
        "Chez M. et Mme [[PERSONNE:Hascoët]], visite pour un dossier d'aide au maintien à domicile. M. [[PERSONNE:Hascoët]] ne quitte plus son fauteuil. Leur fils, [[PERSONNE:Erwan]], est là et laisse son adresse mail pour les suites : [[EMAIL:erwan.hascoet@free.fr]]. L'AS lui explique les aides de la {{CARSAT}} et l'{{APA}}.",
    ),
    (
        CCAS,
        CSP,
        "visite 2 : caravane sur l'[[ADRESSE:aire d'accueil du Gohélis, place 14]]. fam. [[PERSONNE:Winterstein]], {{4 enfants}}. camion immat [[IMMATRICULATION:DX-904-JR]]. dde : {{domiciliation}} + cantine. ☕ on nous offre le café",
    ),
    (
        CCAS,
        CSP,
        "Le logement est très encombré, il faut se faufiler entre les piles de journaux. L'AS parle de syndrome de {{Diogène}} à voix basse dans la voiture, après. Elle va solliciter l'{{équipe mobile}} de {{psychiatrie}}. Je suis secoué.",
    ),
    (
        CCAS,
        CSP,
        "visite chez mme [[PERSONNE:Mbemba]] (née le [[DATE_NAISSANCE:1984-02-19]] au {{Congo}}), titre de séjour n° [[IDENTIFIANT:9502183746]] expiré depuis {{2 mois}} → droits caf suspendus. l'AS l'aide à prendre rdv {{préfecture}} sur l'{{ANEF}}. les enfants font leurs devoirs pdt ce temps",
    ),
    (
        CCAS,
        CSP,
        "Visite de contrôle de l'adresse déclarée pour une domiciliation. M. [[PERSONNE:Lionel Gautier]] dit vivre au [[ADRESSE:camping municipal de la Plage, emplacement 31, 56340 Carnac]]. Le gérant du camping confirme. Il y passe l'hiver dans un {{mobil-home}} sans chauffage.",
    ),
    (
        CCAS,
        CSP,
        "fin de visite, mme [[PERSONNE:Prigent]] donne le tel de son auxiliaire de vie : « [[TELEPHONE:06-19-40-73-85]] ». celui de l'{{ADMR}} on l'a deja",
    ),
    # ---------------------------------------------------------------- urgences, accueil physique
    (
        URG,
        AP,
        "{{IOA}} ([[PERSONNE:Laure]], infirmière d'orientation) reçoit mr [[PERSONNE:Santoni]], {{66 ans}}, douleur thoracique. n° secu lu sur la vitale : [[NIR:1 58 06 2A 004 015 48]] (né a {{Ajaccio}} il précise fièrement). tri {{CCMU 3}}. {{box 4}} direct",
    ),
    (
        URG,
        AP,
        "{{22h}}, salle d'attente des urgences du {{CHU de Rennes}} : {{37 personnes}}. Écran : « temps d'attente estimé {{4h}} ». Un enfant dort sur deux chaises. Un agent de sécurité fait des rondes. L'ambiance est étonnamment calme.",
    ),
    (
        URG,
        AP,
        "admission : agent ([[PERSONNE:Bruno]]) tape ds le logiciel : [[PERSONNE:DUPUIS Marcel]] ddn [[DATE_NAISSANCE:05/05/1937]] → 2 dossiers ont le meme nom!! il vérifie l'adresse : [[ADRESSE:18 rue de Fougères 35700 Rennes]] ok c'est le bon. {{IPP}} [[IDENTIFIANT:35004418762]]",
    ),
    (
        URG,
        AP,
        "Une étudiante, Mlle [[PERSONNE:Lisa Paoli]], arrive avec une entorse. Elle donne sa carte Vitale et sa carte étudiante. L'agent d'admission saisit son numéro de sécurité sociale, [[NIR:2 01 09 2B 033 072 96]], et s'étonne : « Vous êtes née à {{Bastia}} ? Moi aussi ! » Ils parlent de la {{Corse}} pendant trois minutes. Attente annoncée : {{2h30}}.",
    ),
    (
        URG,
        AP,
        "ambulance privée garée sur la place {{SMUR}} 🚑 l'agent de secu demande de bouger le vehicule [[IMMATRICULATION:FK-271-VC]]. le chauffeur rale. {{2 min}} plus tard le {{SMUR}} rentre",
    ),
    (
        URG,
        AP,
        "Un père arrive en courant avec sa fille de {{3 ans}}, [[PERSONNE:Chloé]], qui a avalé une pièce de monnaie. L'{{IOA}} la prend tout de suite. Le père tend sa carte de mutuelle, {{MGEN}}, numéro [[IDENTIFIANT:278 451 903]], alors que personne ne lui a encore rien demandé.",
    ),
    (
        URG,
        AP,
        "dame tres agee amenée par les {{pompiers}}, pas de papiers. la voisine : « c'est mme [[PERSONNE:Jaouen]], [[PERSONNE:Marie-Thérèse]], elle habite au [[ADRESSE:7 rue de la Fontaine, Plérin]] ». l'agent retrouve un ancien dossier de {{2019}} 👍",
    ),
    (
        URG,
        AP,
        "Le circuit court (« fast track ») fonctionne : les petites plaies et entorses passent en {{1h}}. Le médecin du circuit court, une interne, enchaîne sans s'asseoir. Je n'avais jamais vu de {{plâtre}} posé aussi vite.",
    ),
    (
        URG,
        AP,
        "SDF connu du service, mr « [[PERSONNE:Jojo]] » (vrai nom [[PERSONNE:Joël Le Meur]]) revient pr la {{3e fois}} ce mois. alcoolisé, plaie au front. dort à l'{{hôtel Balladins}}, {{chambre 12}}, payée par le {{115}} cette semaine. l'infirmière le connait bien",
    ),
    (
        URG,
        AP,
        "Un touriste canadien, M. [[PERSONNE:Patrick Gagnon]], se présente avec une fracture du poignet. Sans carte Vitale, l'agent relève son passeport : [[IDENTIFIANT:AK493871]]. Il demande comment payer ; l'agent lui explique qu'une facture sera envoyée à son assurance voyage ({{Desjardins}}).",
    ),
    (
        URG,
        AP,
        "admission : fille de {{16 ans}} avec sa mere. ddn dite « le [[DATE_NAISSANCE:4 du 7 2008]] ». autorisation parentale signée. fille = [[PERSONNE:Emma]] , mere = [[PERSONNE:Céline Rocher]] tel [[TELEPHONE:06 31 77 40 29]]",
    ),
    (
        URG,
        AP,
        "Discussion avec la cadre de santé, Mme [[PERSONNE:Kervella]] : {{12 brancards}} dans le couloir, dont cinq en attente d'un lit d'hospitalisation depuis plus de {{24h}}. Elle appelle ça « l'hôpital couloir ». Elle a passé {{14 appels}} à des services pour trouver des lits ce matin.",
    ),
    (
        URG,
        AP,
        "ecran du tri : « [[PERSONNE:M'BAYE Cheikh]] {{41a}} motif: {{plaie main}} {{box 7}} attente {{2h14}} ». il est cuisinier au resto {{Le Comptoir}}, s'est coupé en plein service",
    ),
    (
        URG,
        AP,
        "L'agente d'accueil administratif, [[PERSONNE:Samia]], me montre l'{{étiquette}} imprimée pour chaque patient : nom, date de naissance, numéro de séjour. Celle qu'elle vient d'éditer : [[PERSONNE:ROUSSEL Hélène]], [[DATE_NAISSANCE:11/02/1952]], séjour [[IDENTIFIANT:2025-018847]]. Elle colle l'étiquette sur le {{bracelet}}.",
    ),
    (
        URG,
        AP,
        "{{3h}} du mat 🌙 calme. {{8 pers}} en attente. un ado avec sa mere, une dame qui tousse, un mr en chaussons. machine a café en panne ☕❌",
    ),
    (
        URG,
        AP,
        "Un patient arrive escorté par deux policiers pour un examen de compatibilité avec la {{garde à vue}}. Il passe avant tout le monde, ce qui provoque des murmures dans la salle. L'agente explique que c'est la procédure.",
    ),
    (
        URG,
        AP,
        "mr [[PERSONNE:Kerhervé]] se plaint de l'attente ({{5h}}). il filme avec son tel et dit qu'il va poster sur {{tiktok}} ([[IDENTIFIANT:@yann_kerherve29]]) 📱 l'agent de secu intervient calmement",
    ),
    (
        URG,
        AP,
        "Un couple d'Allemands en camping-car, accident de la route sur la {{N165}}. Leur véhicule, immatriculé [[IMMATRICULATION:HH-KL 4821]], est resté sur le parking de l'hôpital. L'agent note le numéro pour la fourrière, qui ne viendra pas. La femme, Mme [[PERSONNE:Brigitte Hoffmann]], ne parle pas français ; un brancardier sert d'interprète.",
    ),
    (
        URG,
        AP,
        "patiente amenée de l'{{EHPAD Korian Les Tilleuls}} : mme [[PERSONNE:Bouvier]] , chute. fiche de liaison : ddn [[DATE_NAISSANCE:19/08/1931]], mutuelle n° [[IDENTIFIANT:0045 7712 09]]. personne de confiance : sa niece [[PERSONNE:Sandrine]] tel [[TELEPHONE:+33 6 72 09 14 38]]",
    ),
    (
        URG,
        AP,
        "L'agent d'accueil m'explique la différence entre {{CCMU 1}} et {{CCMU 5}}. Il trouve que les gens ne viennent pas « pour rien » : ils viennent parce qu'il n'y a plus de médecin ailleurs. Affiche au mur : « Avant de venir, {{appelez le 15}} ».",
    ),
    (
        URG,
        AP,
        "ado [[PERSONNE:Nolan]] {{15 ans}} venu seul en {{trottinette}} apres une chute, poignet gonflé. l'agent doit joindre un parent : numero ds son tel « maman 😘 » [[TELEPHONE:06 14 52 99 03]]. la maman arrive {{40 min}} apres",
    ),
    (
        URG,
        AP,
        "Une femme demande une copie du {{compte rendu}} de son passage d'hier. L'agente explique qu'il faut une demande écrite ; la dame dicte son adresse mail pour recevoir le formulaire : [[EMAIL:n.abdallah@outlook.fr]]. Elle s'appelle [[PERSONNE:Nour Abdallah]], elle est {{aide-soignante}}… dans un autre hôpital.",
    ),
    (
        URG,
        AP,
        "mme [[PERSONNE:Pelé]] (non [[PERSONNE:Pellé]], 2 L) accompagne son mari dément. elle connait pas son n° de secu par coeur mais a la carte vitale. mari = [[PERSONNE:Roger]]. attente {{3h}} → elle finit par dormir sur la chaise",
    ),
    # ---------------------------------------------------------------- urgences, accueil téléphonique
    (
        URG,
        TEL,
        "standard urgences : appel d'un fils pour sa mere admise cette nuit. {{secret médical}} → l'agent demande nom + ddn : [[PERSONNE:LE DU Annick]], [[DATE_NAISSANCE:06/02/1964]]. il lit aussi le n° secu sur une photo de la {{carte vitale}} : [[NIR:2 64 02 22 278 033 51]]. l'agent confirme qu'elle est bien là mais rien de plus. le fils laisse son tel [[TELEPHONE:06 85 12 47 70]]",
    ),
    (
        URG,
        TEL,
        "Le téléphone de l'accueil sonne toutes les {{deux minutes}}. L'agent, [[PERSONNE:Mickaël]], répond toujours la même phrase : « Je ne peux pas donner d'information médicale par téléphone. » Il dit que les familles le vivent mal mais qu'il n'a pas le choix.",
    ),
    (
        URG,
        TEL,
        "appel du {{SAMU}} ({{centre 15}}) : arrivée dans {{10 min}} d'un homme {{40 ans}} env., accident de moto, identité inconnue. la moto : [[IMMATRICULATION:EB-118-XF]]. l'agent crée un dossier « inconnu »",
    ),
    (
        URG,
        TEL,
        "Une infirmière libérale appelle pour prévenir qu'elle envoie une patiente : Mme [[PERSONNE:Huguette Marzin]], {{91 ans}}, qui vit au [[ADRESSE:15 rue Saint-Yves, 29000 Quimper]]. Elle laisse son propre numéro pour être rappelée : [[TELEPHONE:06 27 93 58 14]]. L'agent le note sur un post-it jaune, puis le recopie dans le dossier.",
    ),
    (
        URG,
        TEL,
        "appel à {{2h10}} d'un mr qui veut savoir si « son pote » est arrivé. il donne juste un surnom, « [[PERSONNE:Gégé]] ». agent refuse. le mr insiste, finit par donner le nom : [[PERSONNE:Gérard Nicol]]... l'agent refuse quand même 👏",
    ),
    (
        URG,
        TEL,
        "Un appel en {{espagnol}}, un autre en {{anglais}}. L'agent utilise un service d'interprétariat par téléphone ({{ISM Interprétariat}}). Délai de connexion : {{3 minutes}}. Pendant ce temps, la file d'attente au guichet s'allonge.",
    ),
    (
        URG,
        TEL,
        "appel d'une mutuelle ({{Malakoff Humanis}}) pr une prise en charge : patient [[PERSONNE:Abbas]] , n° adhérent [[IDENTIFIANT:MH 77 40 219 6]]. l'agent transfère au {{bureau des entrées}}",
    ),
    (
        URG,
        TEL,
        "Une mère appelle : son fils de {{7 ans}} a de la fièvre, faut-il venir ? L'agent d'accueil n'a pas le droit de conseiller, il la renvoie vers {{le 15}}. Elle raccroche, agacée. L'agent me dit qu'il reçoit une dizaine d'appels comme ça par nuit.",
    ),
    (
        URG,
        TEL,
        "l'agent me lit un SMS envoyé automatiquement aux familles : « Votre proche M. [[PERSONNE:CORLAY Alain]] a été pris en charge au {{SAU}}. Contact : [[TELEPHONE:02 99 28 43 21]] ». il dit que ça évite {{la moitié}} des appels",
    ),
    (
        URG,
        TEL,
        "Un médecin généraliste appelle pour adresser un patient. Il veut envoyer son courrier par {{messagerie sécurisée}} et donne son adresse : [[EMAIL:dr.pierre.lagadec@medecin.mssante.fr]]. L'agent lui donne celle du service. Le patient, M. [[PERSONNE:Corentin Guillard]], arrivera en {{fin d'après-midi}}.",
    ),
    (
        URG,
        TEL,
        "nuit : appel anonyme, qqun qui menace de venir « tout casser ». l'agent appelle le {{17}}. me dit c'est la {{2e fois}} ce mois 😟",
    ),
    # ---------------------------------------------------------------- chrs, accueil physique
    (
        CHRS,
        AP,
        "accueil de jour du CHRS : mr [[PERSONNE:Ndiaye]] ([[PERSONNE:Mamadou]]) arrivé du {{Sénégal}} en {{2019}}. n° secu [[NIR:1 83 04 99 341 027 89]], dossier {{SIAO}} n° [[IDENTIFIANT:SIAO-35-2025-03318]]. dde de place en {{CHRS}}, liste d'attente {{6 mois}} 😔",
    ),
    (
        CHRS,
        AP,
        "Le CHRS accueille {{48 personnes}}, dont des familles. À l'accueil, un grand tableau liste les tâches collectives de la semaine. Les résidents passent prendre leur courrier entre {{11h}} et {{12h}}. Une éducatrice me dit que le courrier, c'est « le lien avec l'extérieur ».",
    ),
    (
        CHRS,
        AP,
        "jeune femme avec bébé, sortie de maternité hier, sans solution. le travailleur social ([[PERSONNE:Yassine]]) appelle le {{115}} devant elle → nuit à l'{{hôtel Première Classe}} de {{Cesson}}, {{chambre 208}}. elle s'appelle [[PERSONNE:Grace]], bébé [[PERSONNE:Ethan]]",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission de M. [[PERSONNE:Sébastien Labbé]], {{45 ans}}, sorti de détention il y a une semaine. Dernière adresse connue : [[ADRESSE:22 rue Alexandre Duval, 35000 Rennes]], chez son ex-compagne. Date de naissance relevée sur sa carte d'identité : [[DATE_NAISSANCE:2 avril 1980]]. L'éducateur lui explique le {{règlement intérieur}} et le {{contrat de séjour}}.",
    ),
    (
        CHRS,
        AP,
        "famille roumaine, mr [[PERSONNE:Popescu]] veut qu'on verse l'aide sur son compte en {{Roumanie}} [[IBAN:RO79 BTRL 0130 1205 9847 2651]] 🤔 l'éducatrice dit impossible, faut un compte francais. orientation {{Banque Postale}} pr un {{livret A}}",
    ),
    (
        CHRS,
        AP,
        "Dans le bureau, l'éducatrice [[PERSONNE:Anne-Sophie Riou]] reçoit une résidente, Mme [[PERSONNE:Khadija Ouali]], pour faire le point sur son recours {{DALO}}. Le numéro du recours est [[IDENTIFIANT:35-2024-DALO-1187]]. La commission se réunit le {{18 juin}}.",
    ),
    (
        CHRS,
        AP,
        "mr [[PERSONNE:Haidari]] (afghan) montre son {{APS}} → récépissé n° [[IDENTIFIANT:3501293847]], valable jusqu'au {{12/08}}. il veut s'inscrire à {{France Travail}}. l'éducateur fait l'inscription avec lui sur le site. identifiant créé : [[ID_FRANCE_TRAVAIL:6204817Y]]",
    ),
    (
        CHRS,
        AP,
        "Repas de midi au réfectoire. Les résidents mangent par petites tables. Un homme me raconte qu'il a été chauffeur routier pendant {{vingt ans}}. Il parle de la route de {{Bordeaux}} à {{Lyon}} comme d'un pays. Personne ne me demande ce que je fais là.",
    ),
    (
        CHRS,
        AP,
        "le résident [[PERSONNE:Steve]] a un nouveau tel, le donne a l'accueil : [[TELEPHONE:075 412 33 09]] (jsp pq il l'ecrit comme ca 😅). l'agent met a jour le {{registre}}.",
    ),
    (
        CHRS,
        AP,
        "Une femme arrive au CHRS avec une valise et ses deux enfants, envoyée par le {{SIAO}}. Elle s'appelle Mme [[PERSONNE:Aminata Coulibaly]]. L'éducatrice vérifie son identité : passeport malien n° [[IDENTIFIANT:BA1923457]]. Elle sera logée {{chambre 5}}, au premier étage.",
    ),
    (
        CHRS,
        AP,
        "{{atelier CV}} au chrs : le résident [[PERSONNE:Fabrice]] crée son mail avec l'aide de l'educ : [[EMAIL:fabrice.lehuede1979@gmail.com]] (il voulait un truc rigolo mais trop « pas pro »). mot de passe écrit sur son bras au stylo 😬",
    ),
    (
        CHRS,
        AP,
        "Un résident, M. [[PERSONNE:Dominique Tessier]], dort encore parfois dans sa voiture, par habitude. Elle est garée sur le parking du CHRS : une vieille {{Peugeot 206}} immatriculée [[IMMATRICULATION:7423 WK 35]]. L'équipe tolère. Il dit que c'est « son chez-lui ».",
    ),
    (
        CHRS,
        AP,
        "mme [[PERSONNE:Lopes]] vient chercher son courrier : lettre {{Caf}} → son n° alloc sur l'enveloppe [[N_ALLOCATAIRE:7029184]]. elle me demande de lire pour elle (lunettes cassées). c'est une notification {{RSA}} : {{607,75 €}}. elle sourit",
    ),
    (
        CHRS,
        AP,
        "Réunion d'équipe à {{14h}} : {{7 professionnels}}, un cas par cas sur les sorties prévues. On parle des résidents par leurs initiales uniquement. Le chef de service insiste sur les « solutions de sortie durables ».",
    ),
    (
        CHRS,
        AP,
        "CHRS accueil {{17h}} : un mr ivre veut rentrer, pas résident. le veilleur ([[PERSONNE:Moussa]]) le connait, lui donne un café dehors, appelle le {{115}}. le mr dit s'appeler [[PERSONNE:Bernard]]... puis [[PERSONNE:Bertrand]]. le 115 a pas de place ce soir et",
    ),
    # ---------------------------------------------------------------- chrs / 115, accueil téléphonique
    (
        CHRS,
        TEL,
        "{{115}} {{Ille-et-Vilaine}}, soir. écoutant : [[PERSONNE:Romain]]. appel 1 : homme seul, {{52 ans}}, dort à la {{gare}}. nom : [[PERSONNE:Le Bihan]] . pas de place → orienté vers la {{halte de nuit}}",
    ),
    (
        CHRS,
        TEL,
        "Appel d'une femme avec trois enfants, à la rue depuis ce matin après une expulsion du [[ADRESSE:9 rue de Bretagne, 56100 Lorient]]. L'écoutante, [[PERSONNE:Coralie]], note les prénoms et âges des enfants : [[PERSONNE:Inaya]] ({{9 ans}}), [[PERSONNE:Rayan]] ({{6 ans}}), [[PERSONNE:Lya]] ({{2 ans}}). Mise à l'abri à l'hôtel pour {{trois nuits}}.",
    ),
    (
        CHRS,
        TEL,
        "{{20h}}-{{22h}} :\n- {{63 appels}} décrochés\n- {{11 mises à l'abri}}\n- 0 place homme seul\nl'écoutant dit que c'est « un soir normal ». 😶 tableau excel des places qui se met à jour en direct",
    ),
    (
        CHRS,
        TEL,
        "appel d'un jeune, dit avoir {{18 ans}} depuis hier (né le [[DATE_NAISSANCE:12/3/2007]]) → sortie de l'{{ASE}} sans solution. s'appelle [[PERSONNE:Enzo]]. l'écoutante trouve une place en {{FJT}} en urgence 🙏",
    ),
    (
        CHRS,
        TEL,
        "Un bénévole de la {{Croix-Rouge}} appelle depuis une maraude : il est avec un homme âgé, M. [[PERSONNE:Albert]], sous un porche près de la {{place Sainte-Anne}}. Il demande une place pour la nuit. Le bénévole laisse son numéro : [[TELEPHONE:06 44 18 90 27]].",
    ),
    (
        CHRS,
        TEL,
        "APPEL FAMILLE [[PERSONNE:KOUROUMA]] ([[PERSONNE:KUROUMA]]? elle épèle pas pareil 2 fois) — 2 adultes 3 enfants, dossier SIAO [[IDENTIFIANT:S-2025-11842]], hébergés depuis {{6 mois}} à l'{{hotel Ibis budget}}, {{chambre 14}}. PB : fin de prise en charge demain",
    ),
    (
        CHRS,
        TEL,
        "Le poste d'écoutant est dans une petite pièce sans fenêtre. {{Trois postes}}, deux occupés ce soir. Au mur, la liste des structures avec leurs {{numéros internes}} et une phrase écrite au feutre : « On ne raccroche jamais en premier. »",
    ),
    (
        CHRS,
        TEL,
        "mme appelle pr signaler un homme qui dort ds sa cage d'escalier, [[ADRESSE:14 rue de Dinan, 35000 Rennes]]. elle donne son tel [[TELEPHONE:0299 45 12 80]] si besoin. → signalement à l'{{équipe mobile}}.",
    ),
    (
        CHRS,
        TEL,
        "L'écoutant raconte qu'une fois, une personne a donné son numéro de sécurité sociale au lieu de son téléphone, tellement elle était perdue. Ce soir, un homme appelle juste pour parler. Il s'appelle [[PERSONNE:Patrice]]. Ils parlent {{vingt minutes}} de foot et du {{Stade rennais}}.",
    ),
    (
        CHRS,
        TEL,
        "appel depuis une cabine?? non, le tel d'un passant. femme [[PERSONNE:Naïma]], enceinte de {{7 mois}}, a la rue à {{Villejean}}. écoutant la met à l'abri en urgence au {{CHRS}} {{l'Escale}}. rappel prévu sur le tel du passant [[TELEPHONE:+33 7 81 26 54 03]]",
    ),
    (
        CHRS,
        TEL,
        "Une assistante sociale de l'hôpital de {{Redon}} envoie une demande par mail et appelle pour vérifier la réception. Elle redonne son adresse : [[EMAIL:a.lemoine@ch-redon.fr]]. Le patient concerné, M. [[PERSONNE:Marcel Jouan]], sort mardi. L'écoutant promet une réponse avant {{18h}}.",
    ),
    (
        CHRS,
        TEL,
        "115 : appel d'un mr qui a une voiture, dort dedans avec son chien {{Rocky}} 🐕. il donne son immat pr que la {{maraude}} le trouve : [[IMMATRICULATION:bq-772-ez]], garée parking {{Leclerc}} {{Saint-Grégoire}}",
    ),
    (
        CHRS,
        TEL,
        "À {{23h}}, l'écoutante, [[PERSONNE:Solène]], fait le point des places restantes : zéro pour les hommes seuls, une pour une femme seule. Elle dit qu'elle a appris à ne pas promettre. Elle raccroche, respire, reprend l'appel suivant.",
    ),
    (
        CHRS,
        TEL,
        "appel d'une femme qui a besoin d'une {{attestation d'hébergement}} pr la caf. elle donne son num alloc [[N_ALLOCATAIRE:9 102 475]] (inutile pr le {{115}} lol). l'écoutant la renvoie vers le {{SIAO}} demain matin. nom [[PERSONNE:Sylla]]",
    ),
    (
        CHRS,
        TEL,
        "Un homme appelle depuis {{Saint-Malo}}, il a raté le dernier train. Il est en fauteuil roulant. Il s'appelle M. [[PERSONNE:Gaëtan Lucas]]. L'écoutant cherche une place accessible, il n'y en a pas. Solution : un hôtel {{Campanile}} près de la {{gare}}, payé sur le fonds d'urgence.",
    ),
    (
        CHRS,
        TEL,
        "rappel du {{SIAO}} : place dispo en {{CHRS}} pour mr [[PERSONNE:Faye]] → mais le numero qu'il a donné, [[TELEPHONE:06 12 03 45 5]], marche pas (il manque un chiffre ?). place perdue si pas joint avant {{midi}} 😞",
    ),
    (
        CHRS,
        TEL,
        "Les appels des familles sont les plus longs : il faut noter la composition, les âges, la situation administrative. L'écoutant m'explique que les familles avec enfants de moins de {{3 ans}} sont prioritaires. Ce critère change selon les semaines.",
    ),
    # ---------------------------------------------------------------- chrs, visites des chambres
    (
        CHRS,
        CSP,
        "tour des chambres avec [[PERSONNE:Jérôme]] (chef de service). {{chambre 3}} : mr [[PERSONNE:Hubert]] pas là, lit fait au carré. {{chambre 4}} : plaques électriques interdites trouvées 🔥 → rappel du règlement",
    ),
    (
        CHRS,
        CSP,
        "Visite des logements diffus du CHRS : un {{T2}} au [[ADRESSE:5 place du Ronceray, 35200 Rennes]], occupé par Mme [[PERSONNE:Fatima Zahra Idrissi]] et ses deux filles. L'éducatrice vérifie l'état du logement et relève le compteur. Tout est très propre. Mme [[PERSONNE:Idrissi]] nous offre du thé à la menthe.",
    ),
    (
        CHRS,
        CSP,
        "chambres visitées : {{12}}.\n-> 2 avec moisissures (signalé au bailleur)\n-> 1 fenêtre cassée depuis {{octobre}}\nl'éduc dit que les travaux c'est « le serpent de mer »",
    ),
    (
        CHRS,
        CSP,
        "Dans la cour du {{CHRS}}, une camionnette appartenant à un résident, immatriculée [[IMMATRICULATION:CW 331 PL]], encombre l'{{accès pompiers}}. Le chef de service demande à M. [[PERSONNE:Okafor]] de la déplacer. Il explique qu'il s'en sert pour des déménagements au noir — le chef fait semblant de ne pas entendre.",
    ),
    (
        CHRS,
        CSP,
        "{{chambre 9}} : mme [[PERSONNE:Diarra]] montre son courrier {{MDPH}}, n° dossier [[IDENTIFIANT:MDPH35-0931772]]. dde d'{{AAH}} en cours depuis {{8 mois}} !! l'éduc va relancer",
    ),
    (
        CHRS,
        CSP,
        "Contrôle des chambres après une suspicion de punaises de lit. L'entreprise {{Hygiène Services Armor}} passe avec un chien détecteur, {{Uno}}. Trois chambres positives. Les résidents concernés sont relogés temporairement à l'{{hôtel Ibis}}, {{chambres 101 à 103}}.",
    ),
    (
        CHRS,
        CSP,
        "{{chambre 11}}, mr [[PERSONNE:Benoît]] prepare un entretien d'embauche demain. courrier de {{France Travail}} sur la table : identifiant [[ID_FRANCE_TRAVAIL:5823 017 B]]. il me demande si sa chemise va bien 👔",
    ),
    (
        CHRS,
        CSP,
        "Visite de l'appartement partagé, [[ADRESSE:appt 34, 16 rue Pierre Martin, 29200 Brest]] : trois hommes en colocation accompagnée. L'un d'eux, M. [[PERSONNE:Karim Bouzid]], n'a pas payé sa participation depuis {{deux mois}}. L'éducateur, [[PERSONNE:Lionel]], discute avec lui dans la cuisine.",
    ),
    (
        CHRS,
        CSP,
        "ronde de nuit avec le veilleur {{23h}}-{{1h}}. tout calme sauf {{chambre 7}} (musique). le veilleur frappe 2 fois, ça baisse. il note tout dans le {{cahier de liaison}} 📓",
    ),
    (
        CHRS,
        CSP,
        "Dans la {{chambre 2}}, M. [[PERSONNE:Jordan Vermeulen]], originaire de {{Charleroi}}, montre à l'éducatrice un relevé de son compte belge où arrivent encore des allocations : [[IBAN:BE35 3101 2345 6737]]. L'éducatrice lui conseille de déclarer ces ressources.",
    ),
    # ---------------------------------------------------------------- france travail, accueil physique
    (
        FT,
        AP,
        "accueil {{France Travail}} {{Rennes Sud}} {{8h30}}. mr [[PERSONNE:Gueye]] : pb d'actualisation, radié depuis {{1 semaine}}. identifiant [[ID_FRANCE_TRAVAIL:4521873K]]. conseillère ([[PERSONNE:Morgane]]) voit : pas actualisé en {{février}} → réinscription. il a perdu {{2 semaines}} d'{{ARE}} 😤",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Thomas Ménard]], né en [[DATE_NAISSANCE:décembre 1996]] à {{Nantes}}, vient s'inscrire après une fin de CDD chez {{Airbus}}. La conseillère lui demande son numéro de sécurité sociale pour l'inscription : [[NIR:1 96 12 44 109 384 05]]. Il a déjà un espace personnel. {{15 minutes}}.",
    ),
    (
        FT,
        AP,
        "borne d'accueil en panne, 1 jeune en {{service civique}} oriente les gens vers les {{PC}} en libre accès. {{6 PC}}, 4 occupés. un jeune imprime {{15 CV}} d'un coup 🖨",
    ),
    (
        FT,
        AP,
        "Atelier « CV et lettre de motivation » : l'animatrice projette un modèle au nom de [[PERSONNE:Julie Martin]], [[ADRESSE:10 rue de la Paix, 75002 Paris]], [[TELEPHONE:06 00 00 00 00]], [[EMAIL:julie.martin@email.com]]. Les {{8 participants}} recopient la structure. L'un d'eux demande si « [[PERSONNE:Julie Martin]] » existe vraiment.",
    ),
    (
        FT,
        AP,
        "jeune femme, identifiant [[ID_FRANCE_TRAVAIL:024 5617 M]], veut changer son adresse mail : ancienne [[EMAIL:lolo_du_29@hotmail.com]] → nouvelle [[EMAIL:laura.kerneis@gmail.com]] (« plus pro »). le conseiller le fait en {{2 min}}. prenom [[PERSONNE:Laura]]",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Arnaud Pelletier]] demande une {{aide à la mobilité}} pour réparer sa voiture, indispensable pour un emploi chez {{Stellantis}} à {{La Janais}}. Le conseiller lui demande la carte grise : [[IMMATRICULATION:FT-092-MA]]. Le devis de la {{Carrosserie Guillemot}} s'élève à {{890 €}}. M. [[PERSONNE:Guillemot]], le carrossier, a même ajouté un mot d'accompagnement.",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:Vasseur]] a changé de banque, ses {{ARE}} arrivent plus. le conseiller verifie : l'ancien iban est encore en place. il montre sur son tel le nouveau : [[IBAN:fr76 3000 3015 7000 0506 7231 858]] → faut passer par l'espace perso, « pas de saisie au guichet ». il repart en râlant « c'est pas humain »",
    ),
    (
        FT,
        AP,
        "La conseillère explique la réforme : depuis le {{1er janvier 2025}}, les allocataires du {{RSA}} sont inscrits automatiquement. Elle a vu arriver des personnes qui ne savaient pas pourquoi elles étaient convoquées. « Certains ont peur qu'on leur coupe tout. » Les {{15 heures}} d'activité font beaucoup parler.",
    ),
    (
        FT,
        AP,
        "usager donne son num alloc {{caf}} [[N_ALLOCATAIRE:3301876]] au lieu de son identifiant {{FT}} 😅 l'agent rigole, retrouve avec nom + ddn : [[PERSONNE:Boucher Kevin]] [[DATE_NAISSANCE:27/07/98]]. identifiant : [[ID_FRANCE_TRAVAIL:3348912P]]",
    ),
    (
        FT,
        AP,
        "Rendez-vous de suivi entre la conseillère, Mme [[PERSONNE:Élodie Garnier]], et M. [[PERSONNE:Fabien Gicquel]], {{52 ans}}, ancien cariste. Il cherche depuis {{14 mois}}. Elle lui propose une {{POEI}} chez {{Leroy Merlin}}. Il hésite : « à mon âge ». Elle insiste doucement.",
    ),
    (
        FT,
        AP,
        "DEMANDE {{AIDE AU PERMIS}} : JEUNE EN {{CEJ}}, [[PERSONNE:YANIS]], {{19 ANS}}. CODE OK, {{20 H}} DE CONDUITE FAITES. DEVIS AUTO-ECOLE {{ECF}} {{1 200 €}}. CONSEILLER VALIDE {{500 €}}. 👍",
    ),
    (
        FT,
        AP,
        "Une file de {{12 personnes}} à {{13h30}}, avant même l'ouverture de l'après-midi. Beaucoup viennent pour des attestations employeur manquantes. Le vigile fait patienter avec humour. Je remarque une affiche « {{1 jeune 1 solution}} ».",
    ),
    (
        FT,
        AP,
        "mme [[PERSONNE:Nkounkou]] (mon tel a corrigé en « [[PERSONNE:Nounou]] » 🙄) veut un rdv avec sa conseillère mme [[PERSONNE:Briand]], laisse son tel [[TELEPHONE:06 58 20 71 94]] pour rappel. rdv fixé {{mardi 10h}}.",
    ),
    (
        FT,
        AP,
        "Un homme vient déclarer un changement d'adresse : il quitte {{Brest}} pour {{Morlaix}}. Nouvelle adresse : [[ADRESSE:3 venelle du Pouliet, 29600 Morlaix]]. Le conseiller lui explique que son dossier sera transféré à l'agence de {{Morlaix}}. Il s'appelle M. [[PERSONNE:Yves Cornec]] et il a {{58 ans}}.",
    ),
    (
        FT,
        AP,
        "jeune en {{CEJ}} connait pas son identifiant. conseiller : ddn ? elle : « [[DATE_NAISSANCE:vingt-trois avril deux mille cinq]] » 😂 → trouvé. [[PERSONNE:Chaïma B.]], rdv avec sa référente jeudi",
    ),
    (
        FT,
        AP,
        "La conseillère entreprise, [[PERSONNE:Sandrine Pichard]], reçoit un employeur, le gérant de la boulangerie {{Au Pain de Marie}}, qui cherche un apprenti. L'offre est enregistrée sous le numéro {{184XKLM}}. Le gérant, M. [[PERSONNE:Hamel]], laisse son portable : [[TELEPHONE:06 98 41 25 30]].",
    ),
    (
        FT,
        AP,
        "{{45 min}} d'attente pr un « rdv sans rdv » 🤷‍♂️ tableau : {{3 conseillers sur 5}} présents (2 en formation). clic clic clic des claviers",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Hugo Lemarchand]] tend sa convocation : « Identifiant : [[ID_FRANCE_TRAVAIL:0631 482 H]] — Rendez-vous le {{03/06}} à {{9h15}} avec M. [[PERSONNE:LEROY]], agence {{France Travail}} {{Rennes Nord}}, {{14 rue de la Carrière}} ». Il est venu un jour trop tôt. La conseillère d'accueil lui propose quand même de voir quelqu'un.",
    ),
    (
        FT,
        AP,
        "atelier {{LinkedIn}} : la formatrice montre son propre profil [[IDENTIFIANT:linkedin.com/in/marine-huet-rh]] puis chacun crée le sien. 1 mr refuse « pas envie d'etre fiché » 😅",
    ),
    (
        FT,
        AP,
        "Discussion avec le directeur d'agence : {{4 200 demandeurs d'emploi}} suivis, {{38 conseillers}}. Le portefeuille moyen en suivi « guidé » tourne autour de {{250}}. Il dit que les chiffres ne disent rien de la complexité des situations.",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:Cissé]] en litige avec son ancien employeur, montre sa convocation aux {{prud'hommes}}, RG n° [[IDENTIFIANT:24/00871]]. veut savoir si ses droits {{ARE}} sont bloqués. conseillère : non. il soupire de soulagement 😮‍💨",
    ),
    (
        FT,
        AP,
        "Une Italienne arrivée à {{Rennes}} il y a un an, Mme [[PERSONNE:Giulia Conti]], touche ses allocations sur un compte italien. Elle présente son IBAN imprimé : [[IBAN:IT42 X030 6909 6061 0000 0063 418]]. Le conseiller vérifie si c'est accepté : oui, zone {{SEPA}}. Elle repart rassurée.",
    ),
    (
        FT,
        AP,
        "dame {{59 ans}} veut savoir pour la retraite progressive → c'est pas {{France Travail}}, c'est la {{Carsat}} !! orientée. l'agente (nouvelle, [[PERSONNE:Chloé]]) demande a sa collègue pour être sûre. ✔",
    ),
    (
        FT,
        AP,
        "Un jeune homme, M. [[PERSONNE:Amadou Baldé]], donne comme adresse « {{hôtel F1}}, {{chambre 27}} », où le {{115}} l'héberge. Le conseiller hésite sur quoi saisir ; il finit par mettre l'adresse de domiciliation du {{CCAS}}. Identifiant créé : [[ID_FRANCE_TRAVAIL:7180246T]].",
    ),
    (
        FT,
        AP,
        "mr [[PERSONNE:Wojciechowski]] (!!) le conseiller le tape {{3 fois}} faux 😅 il finit par epeler : [[PERSONNE:W O J C I E C H O W S K I]]. bon.",
    ),
    (
        FT,
        AP,
        "Une dame de {{62 ans}} donne son numéro pour être rappelée par un conseiller : « [[TELEPHONE:zéro six, quarante-trois, dix-sept, quatre-vingt-huit, zéro un]] ». L'agente d'accueil tape en même temps et relit ; la dame valide d'un signe de tête.",
    ),
    (
        FT,
        AP,
        "convoc {{contrôle de la recherche d'emploi}} pr mr [[PERSONNE:Morvan]] ([[DATE_NAISSANCE:31/10/1977]]) identifiant [[ID_FRANCE_TRAVAIL:2904711 L]]. il a des preuves : {{12 candidatures}} imprimées, des mails. il est stressé. le conseiller rassure",
    ),
    # ---------------------------------------------------------------- france travail, accueil téléphonique (3949)
    (
        FT,
        TEL,
        "plateau {{3949}}. appelante : mme [[PERSONNE:Kerdraon]], née à {{Quimper}}, pb d'inscription, donne son n° de secu a la place de l'identifiant : [[NIR:2 99 11 29 232 061 31]] → le conseiller retrouve qd même. identifiant [[ID_FRANCE_TRAVAIL:5512039F]]",
    ),
    (
        FT,
        TEL,
        "Au {{3949}}, le conseiller, [[PERSONNE:Ronan]], jongle entre les appels entrants et les rappels programmés. Il m'explique que la plupart des appels concernent l'actualisation mensuelle. Aujourd'hui, {{52 appels}} en attente à l'ouverture.",
    ),
    (
        FT,
        TEL,
        "appel 3 : mr tres poli, veut savoir pq {{ARE}} = {{0 €}} ce mois. conseiller ([[PERSONNE:Nicolas]]) : carence {{congés payés}} {{7j}}. le mr : « ah ». fin. identif [[ID_FRANCE_TRAVAIL:6641029 k]]",
    ),
    (
        FT,
        TEL,
        "Une femme appelle parce qu'elle ne reçoit plus les courriels de {{France Travail}}. Le conseiller vérifie : l'adresse enregistrée est [[EMAIL:celine.bodin@wanadoo.fr]], qu'elle n'utilise plus. Nouvelle adresse dictée : [[EMAIL:celinebodin35@orange.fr]]. Elle s'appelle Mme [[PERSONNE:Céline Bodin]].",
    ),
    (
        FT,
        TEL,
        "appel d'un mr qui a bossé en {{Allemagne}} 2 ans, veut le {{PDU1}}. donne aussi son iban allemand [[IBAN:DE44 5001 0517 5407 3249 31]] pour un remboursement, le conseiller dit c'est pas le sujet 😅 nom [[PERSONNE:Schmitt]]",
    ),
    (
        FT,
        TEL,
        "Le conseiller me montre les « scripts » pour les appels : accueil, identification, reformulation, solution, clôture. Il dit qu'il ne les lit plus depuis longtemps. Entre deux appels, il boit un thé froid. Le plateau est à {{Cesson}}.",
    ),
    (
        FT,
        TEL,
        "employeur appelle : {{SARL Boulangerie Le Fournil}}, veut annuler une offre. offre n° {{178QZWP}}. contact : mme [[PERSONNE:Guilloux]] [[TELEPHONE:02.96.33.18.47]].",
    ),
    (
        FT,
        TEL,
        "Un homme appelle depuis l'{{Espagne}}, où il est en vacances, pour prévenir qu'il ne pourra pas venir à son rendez-vous. Il donne son identifiant caractère par caractère : « [[ID_FRANCE_TRAVAIL:quatre, sept, zéro, deux, un, neuf, huit, R comme Robert]] ». Le conseiller reporte le rendez-vous au {{12 juillet}}.",
    ),
    (
        FT,
        TEL,
        "mr appelle pr changer d'adresse : [[ADRESSE:7 bis rue du Général Leclerc 22100 Dinan]] → le conseiller dit de le faire en ligne sur {{francetravail.fr}}, il a pas internet. fait par tel finalement. nom [[PERSONNE:Lagadec]]",
    ),
    (
        FT,
        TEL,
        "Un appel d'une conseillère {{Cap emploi}} qui cherche à joindre un collègue pour un dossier commun. Transfert. Puis un appel d'une école de commerce qui veut « diffuser ses offres d'alternance ». Transfert aussi. Le conseiller, [[PERSONNE:Ronan]], dit que le {{3949}} sert de standard à tout le monde.",
    ),
    (
        FT,
        TEL,
        "appel : [[PERSONNE:Mélanie Guyomard]] → [[PERSONNE:Guyomarc'h]] en fait (elle épelle : « [[PERSONNE:G-U-Y-O-M-A-R-C-apostrophe-H]] » 🙃) ddn [[DATE_NAISSANCE:8/1/91]]. question sur la {{formation}} {{aide-soignante}}",
    ),
    (
        FT,
        TEL,
        "Un demandeur d'emploi qui vit à {{La Réunion}} appelle par erreur la plateforme bretonne. Il donne son numéro : [[TELEPHONE:00 262 692 41 58 03]]. Le conseiller le renvoie vers l'agence de {{Saint-Pierre}}. L'homme s'appelle [[PERSONNE:Jean-Luc Hoarau]].",
    ),
    (
        FT,
        TEL,
        "rappel programmé {{11h}} : mme [[PERSONNE:riviere]] (sans accent sur l'ecran), identifiant [[ID_FRANCE_TRAVAIL:4410382 N]], veut une formation d'{{aide-soignante}}. le conseiller lui envoie le lien {{Kairos}}... elle a pas d'ordi. ✉ courrier",
    ),
    (
        FT,
        TEL,
        "Un homme appelle pour savoir si l'{{aide au permis}} peut financer la réparation d'une voiture immatriculée à son nom, [[IMMATRICULATION:AZ-615-LK]]. Le conseiller répond que non, mais qu'il existe le {{Fonds d'aide aux jeunes}} s'il a moins de {{26 ans}}. Il en a trente et un.",
    ),
    (
        FT,
        TEL,
        "coupure tel à {{10h12}}, tous les appels tombent ☎️❌. {{7 min}} de panne. les conseillers rappellent à la main ceux qu'ils peuvent",
    ),
    (
        FT,
        TEL,
        "Un jeune appelle après avoir vu une vidéo {{TikTok}} sur le {{CEJ}}. Il donne son pseudo au lieu de son nom — « [[IDENTIFIANT:@kenzo.rnz]] » — avant de se reprendre : [[PERSONNE:Kenzo Renaud]]. Le conseiller l'inscrit à une information collective le {{17 septembre}}.",
    ),
    (
        FT,
        TEL,
        "mme appelle pr savoir si elle peut recevoir l'{{ARE}} sur le rib d'une amie 😬 → non, compte a son nom obligatoire. conseiller gentil. elle donne son identif [[ID_FRANCE_TRAVAIL:3810447W]] pr qu'il note l'appel",
    ),
    (
        FT,
        TEL,
        "Un formateur de l'{{AFPA}} appelle au sujet de la prise en charge d'un stagiaire, M. [[PERSONNE:Dylan Le Roux]]. Il cite le numéro de devis [[IDENTIFIANT:AFPA-DEV-2025-04417]] et l'identifiant du stagiaire, [[ID_FRANCE_TRAVAIL:2197635X]]. Le conseiller ne trouve pas la demande dans {{Kairos}}.",
    ),
    (
        FT,
        TEL,
        "mr [[PERSONNE:Gonçalves]] appelle pour la {{4e fois}} cette semaine. le conseiller le reconnait à la voix. pb : trop-perçu de {{2 300 €}}, veut un echeancier. tel de rappel [[TELEPHONE:06 70 - 84 - 12 - 56]]",
    ),
    (
        FT,
        TEL,
        "Fin de matinée : le conseiller a pris {{23 appels}}. Il dit que ce qui l'use, ce n'est pas la colère des gens mais de ne pas pouvoir agir : « Je transmets, je transmets. » Il ouvre une fenêtre pour aérer le plateau.",
    ),
    (
        FT,
        TEL,
        "sms recu par une usagere (elle me le lit au tel, le conseiller met le haut-parleur) : « {{France Travail}} : [[PERSONNE:Justine]], votre rdv du {{04/04}} à {{14h}} est confirmé. Votre identifiant : [[ID_FRANCE_TRAVAIL:6072931J]]. Ne pas répondre. » elle voulait savoir si c'était une arnaque. non 👍",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
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
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"ind41-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """120 / 120, stratified by site kind x channel, with random.Random(41)."""
    rng = random.Random(41)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(cells):
        cell = list(cells[key])
        rng.shuffle(cell)
        half = len(cell) // 2
        dev.extend(cell[:half])
        holdout.extend(cell[half : 2 * half])
        if len(cell) % 2:
            leftovers.append(cell[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    dev.sort(key=lambda n: n["id"])
    holdout.sort(key=lambda n: n["id"])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if (len(dev), len(holdout)) != (120, 120):
        raise SystemExit(f"bad split {len(dev)} / {len(holdout)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
