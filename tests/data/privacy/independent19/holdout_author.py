"""Write the independent19 evaluation corpus: 240 hand-typed observation notes, hand-labelled.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[CODE:value]]`` for a span to mask and ``{{value}}`` for a string to keep. This script strips
the marks, computes the offsets (Python str indices, end exclusive), builds each note's ``keep``
list (marked strings in order of first mark, duplicates dropped), numbers the notes
``ind19-001`` ... in authoring order, splits them into two halves and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Stdlib only, deterministic.

Split: notes are grouped by (site_kind, channel); strata are visited in sorted order; each stratum
(of even size) is shuffled with one ``random.Random(19_2026)`` and its notes are dealt
alternately to dev, holdout, dev, holdout...

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind19"
SEED = 19_2026
CODES = {
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
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARK_RE = re.compile(r"\[\[([^:\[\]{}]*):(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)
MARK_TOKENS = ("[[", "]]", "{{", "}}")

# fmt: off
NOTES = [
    # ---- caf / accueil_physique (14)
    ("caf", "accueil_physique", "{{9h02}}, deja {{14 personnes}} dans la file devant la {{Caf}}. Mme [[P:Kerhervé]] vient pour sa {{prime d'activité}} qui est passée de {{212 €}} à {{87 €}}. L'agente ([[P:Solène]]) tape le n° alloc [[ALLOC:245 7193]] et trouve une DTR oubliée en {{janvier}}."),
    ("caf", "accueil_physique", "Ecran recopié tel quel (l'agent m'a laissé noter) :\nN° allocataire : [[ALLOC:3108452]]\nAllocataire : [[P:BENALI Karima]]\nNé(e) le : [[DN:14/09/1986]]\nNIR : [[NIR:2 86 09 35 238 114 47]]\nSituation : isolée, {{2 enfants}}\nDroits : {{RSA}} {{607,75 €}} / {{APL}} {{298 €}}\nDernier paiement : {{05/03/2026}}"),
    ("caf", "accueil_physique", "file d'attente a {{10h40}} : {{23 tickets}} en attente, {{3 guichets}} ouverts sur 5. Ticket {{B047}} appelé au bout de {{52 min}}. Un monsieur repart sans attendre, il dit qu'il reviendra {{jeudi}}."),
    ("caf", "accueil_physique", "Couple reçu ensemble, l'agent saisit le changement de situation :\n- M. [[P:Oumar Traoré]], né le [[DN:3 mai 1984]]\n- Mme [[P:Aïssata Traoré]], née le [[DN:22.11.1990]]\n- enfants : [[P:Fatou]] ([[DN:2015-06-08]]) et [[P:Ibrahim]] ([[DN:19/01/2019]])\nDemande de {{complément familial}} à compter du {{1er avril}}. Le n° d'alloc de monsieur c'est [[ALLOC:0871245]], madame n'en a pas encore."),
    ("caf", "accueil_physique", "un jeune ([[P:Kylian]], {{19 ans}}) demande si il a droit au {{RSA}}. Non avant {{25 ans}} sauf cas particuliers, l'agent cite l'article {{L. 262-4}} du {{CASF}} et lui parle du {{CEJ}} et de la {{Mission locale}} de {{Villejean}}. Il vit chez sa mère dans le {{35000}}, il a l'air déçu. Durée : {{6 min}}."),
    ("caf", "accueil_physique", "Mme [[P:Le Goff]] apporte un RIB papier pour changer de compte (elle a quitté la {{Banque Postale}}). L'agent saisit : [[IBAN:FR76 1751 5895 0091 1395 5184 034]]. Elle demande si le versement du mois sera sur le nouveau compte, reponse : non, plutot celui du {{5 mai}}."),
    ("caf", "accueil_physique", "n° allcoataire [[ALLOC:5523108]] (jsuis pas sur des chiffres, l'agent lisait vite). Monsieur [[P:Haddad]] conteste un indu de {{1 340 €}} sur l'{{AAH}}, on lui donne le formulaire de recours, {{2 mois}} pour contester. Agent : « faites le sur {{caf.fr}} c'est plus rapide »."),
    ("caf", "accueil_physique", "ALLOCATAIRE TRES EN COLERE. IL CRIE QUE CA FAIT {{3 MOIS}} QU'IL A PAS TOUCHE SES {{APL}}. l'agent reste calme, le vigile s'approche. {{11h15}} il repart avec un rdv le {{mardi 14}} a {{14h30}} 😡"),
    ("caf", "accueil_physique", "Dame arrivée d'{{Ukraine}} il y a {{8 mois}}, protection temporaire. Elle tend son passeport : [[ID:FX 482913]], et l'APS n° [[ID:3512026004871]]. Elle s'appelle [[P:Olena Shevchenko]], née le [[DN:07.02.1979]]. Demande de {{RSA}}, l'agent verifie les conditions. Traduction avec {{Google Trad}} sur le tel de l'agent."),
    ("caf", "accueil_physique", "NIR donné par le monsieur : [[NIR:1.79.04.75.112.027.43]] (il l'a appris par coeur, il en est fier). M. [[P:Vasseur]], {{46 ans}}, vient declarer sa reprise d'emploi chez {{Leclerc}} depuis le {{2 mars}}. Agent lui dit que la {{prime d'activité}} sera recalculée sur le trimestre."),
    ("caf", "accueil_physique", "Rdv de {{10h}} : Mme [[P:Pichon]] et sa fille, la fille traduit. Dossier [[ALLOC:1987634]]. Question sur la pension alimentaire : l'ex ne paie plus depuis {{octobre}}, l'{{ASF}} peut etre versée ({{199,19 €}} par mois et par enfant) et l'{{ARIPA}} peut recouvrer. Agent remplit le {{cerfa 12587*04}} avec elle."),
    ("caf", "accueil_physique", "Elle epelle son nom « [[P:M-O-R-V-A-N]] » puis son mail [[MAIL:lea.morvan35@hotmail.fr]]. Probleme : elle ne recoit plus les mails de la {{Caf}} depuis qu'elle a changé d'adresse mail. Agent : verifier les spams. {{4 min}}."),
    ("caf", "accueil_physique", "Borne d'accueil en panne (écran noir), l'agent d'accueil redirige tout le monde vers le {{guichet 2}}. Affiche : « Pour toute question, appelez le {{3230}} (service gratuit + prix appel) ». Une dame dit qu'elle a attendu {{45 min}} au 3230 hier et a raccroché."),
    ("caf", "accueil_physique", "Changement d'adresse : il quitte le foyer pour un T2 au [[ADR:12 rue Jules Vallès, 35200 Rennes]], bailleur {{Archipel Habitat}}, loyer {{486 €}} charges comprises. Entrée dans les lieux le {{15/03}}. Agent lance la demande d'{{APL}} tout de suite, il faudra l'attestation de loyer signée."),
    # ---- caf / accueil_telephonique (14)
    ("caf", "accueil_telephonique", "Appel {{3230}}, attente {{17 min}} avant décroché. Madame donne son numero d'allocataire en toutes lettres : « [[ALLOC:sept cent quatre-vingt-trois, quarante-cinq, soixante-deux]] » puis sa date de naissance, le [[DN:douze juin soixante-dix-huit]]. Elle s'inquiete pour sa {{prime de Noël}}, l'agent dit versement vers le {{16 décembre}}."),
    ("caf", "accueil_telephonique", "tel. L'agent rappelle une allocataire qui avait laissé un msg. Numéro dans la fiche : [[TEL:06 45 18 77 03]]. Messagerie. 2e essai sur le fixe [[TEL:02.99.54.21.60]] : c'est sa mere qui repond. L'agent ne dit rien du dossier ({{secret professionnel}}) et laisse juste son prénom : « [[P:Maëlle]] de la {{Caf}} »."),
    ("caf", "accueil_telephonique", "{{31 appels}} en attente à {{14h05}}, TMT {{6 min 40}}, logiciel en v{{4.2.1}} qui rame."),
    ("caf", "accueil_telephonique", "Monsieur épelle son num alloc chiffre par chiffre : « [[ALLOC:un, zéro, quatre, quatre, huit, deux, six]] ». L'agent retrouve M. [[P:Guillou Yannick]]. Question : pourquoi {{0 €}} d'{{APL}} ce mois-ci. Réponse : ressources de {{2024}} trop élevées, révision possible au {{1er juillet}}."),
    ("caf", "accueil_telephonique", "Appel d'une TS du {{CDAS}} de {{Maurepas}}, elle se présente : [[P:Isabelle Rouxel]]. Pour une famille : M. et Mme [[P:Nguyen]], n° alloc [[ALLOC:2290451]], portable de monsieur [[TEL:07 81 22 46 90]], madame inscrite à {{France Travail}} sous le [[FT:5806143H]]. Elle veut savoir pourquoi le {{RSA}} est suspendu depuis le {{1er février}}. Réponse : {{DTR}} non faite."),
    ("caf", "accueil_telephonique", "Une allocataire appelle depuis le {{Maroc}} (vacances prolongées) : elle veut etre rappelée sur [[TEL:+212 6 61 24 38 09]]. L'agent explique que au-dela de {{3 mois}} hors de France sur l'année le {{RSA}} s'arrete. Elle raccroche fachée."),
    ("caf", "accueil_telephonique", "Appel horaires ({{2 min}}) : accueil {{8h30}}-{{12h}}, aprem sur rdv."),
    ("caf", "accueil_telephonique", "L'agent me montre un mail reçu en parallele de l'appel :\nDe : [[MAIL:jordan.lemaitre.56@gmail.com]]\nObjet : URGENT dossier [[ALLOC:6612308]]\n« Bonjour je vous est envoyé {{3 fois}} mon avis d'imposition... »\nM. [[P:Lemaître]] au tel confirme. L'agent lui demande de tout redeposer dans {{Mon Compte}} en {{PDF}}."),
    ("caf", "accueil_telephonique", "Appel : « allo bonjour c'est pour ma fille elle a {{20 ans}} elle travaille chez {{McDo}} est-ce qu'elle compte encore pour les allocs ». Agent : jusqu'a {{20 ans}} oui si elle gagne pas plus de {{55 %}} du {{SMIC}}. La mère ne donne pas son nom, réponse générale seulement."),
    ("caf", "accueil_telephonique", "L'agent donne a la dame sa ligne directe (rare !) : [[TEL:02 99 29 41 87]], « demandez [[P:Gwenaëlle]] ». Sinon le standard de l'antenne, {{02 99 29 40 00}}, ouvert jusqu'à {{16h}}. Objet : dossier {{AAH}} en attente de la {{MDPH}}."),
    ("caf", "accueil_telephonique", "Le monsieur commence a dicter son RIB au tel, l'agent n'a pas le temps de l'arreter : « [[IBAN:FR76 3000 2557 9737 6462 4537 182]] ». L'agent ne saisit rien : changement de RIB uniquement par l'{{espace Mon Compte}} ou en agence avec justificatif. {{9 min}}."),
    ("caf", "accueil_telephonique", "Identification par le NIR, dit à voix haute : « [[NIR:deux, quatre-vingt-treize, douze, quatre-vingt-treize, zéro soixante-six, trois cent quatre-vingt-un, soixante-douze]] ». L'agent recoupe avec la date de naissance, le [[DN:4 décembre 1993]]. Demande de {{prime à la naissance}}, terme prévu en {{juillet}}."),
    ("caf", "accueil_telephonique", "Appel pour un décès : Mme [[P:Ferrand]] appelle pour sa mere décédée le {{2 janvier}}, qui touchait l'{{ALS}}. Le n° d'alloc de la maman, elle l'a pas. L'agent retrouve le dossier avec nom + date de naissance : [[P:Odette Ferrand]], [[DN:11/10/1938]]. Indu possible sur {{janvier}}."),
    ("caf", "accueil_telephonique", "{{16h}} fermeture de la plateforme, l'agent finit son dernier appel a {{16h07}}. Bilan de sa demi-journée : {{38 appels}}, {{4 rappels}} programmés, {{1 information préoccupante}} transmise à l'assistante sociale."),
    # ---- caf / controle_sur_place (12)
    ("caf", "controle_sur_place", "Controle a domicile, {{Le Blosne}}, {{9h15}}. Adresse de la fiche : [[ADR:4 square de Varsovie, apt 112, 35200 Rennes]]. {{8e étage}}, ascenseur en panne depuis {{3 semaines}} d'apres la gardienne. Motif : suspicion de {{vie maritale}} (signalement, pas de détail). Mme [[P:Diop]] nous fait entrer, un peu inquiète, les enfants sont a l'école. Le controleur explique calmement le cadre, lui lit ses droits, lui dit qu'elle peut refuser (elle ne refuse pas). Il fait le tour : {{2 brosses à dents}} dans la salle de bain, des vêtements d'homme dans une armoire. Elle dit que c'est a son frere [[P:Abdou]], qui passe dormir « de temps en temps » quand il travaille de nuit chez {{Transdev}}. En bas, une voiture immat [[IMMAT:FG-318-KT]], carte grise au nom du frere. Le controleur note tout, ne conclut rien devant elle. Dans la voiture il me dit : « {{50/50}}, je vais demander les relevés ». Durée {{45 min}}."),
    ("caf", "controle_sur_place", "Contrôle RSA. Monsieur [[P:Ahmed Zerrouki]], [[ADR:27 bis avenue de Bretagne, Lorient]]. Le controleur demande les relevés bancaires des {{3 derniers mois}}. Compte : [[IBAN:FR7613807361934159317965425]] (sans espaces sur le relevé imprimé). Virements reguliers de {{150 €}} d'un certain « [[P:Momo]] », il dit que c'est un cousin qui l'aide."),
    ("caf", "controle_sur_place", "Controle de {{9h30}} : personne. Avis de passage, {{25 km}} pour rien."),
    ("caf", "controle_sur_place", "Visite chez un artisan qui declare {{0 €}} de revenus : le {{Garage Ferreira Automobiles}}, le patron M. [[P:Ferreira]] dit que le garage est à sa femme. SIRET du garage relevé sur une facture : {{453 331 472 19077}}. Dans la cour une vieille {{Peugeot 306}} immatriculée [[IMMAT:4127 XR 35]], à son nom. Le controleur prend des photos des {{factures}}."),
    ("caf", "controle_sur_place", "Controle logement (décence) pour l'{{APL}} : T3 au [[ADR:8, allée des Tilleuls – 29200 Brest]], {{62 m²}}. Moisissures dans la chambre des enfants, fenetre qui ferme pas. Locataire : Mme [[P:Quéré]], propriétaire privé M. [[P:Salaün]] joignable au [[TEL:06-12-40-88-31]]. Le controleur prend {{11 photos}}. L'allocation peut etre conservée {{18 mois}} le temps des travaux."),
    ("caf", "controle_sur_place", "Composition du foyer constatée :\n1. [[P:Samira Bouzid]] [[DN:02/08/1988]] (allocataire)\n2. [[P:Yanis]] [[DN:14/11/2010]]\n3. [[P:Inès]] [[DN:30/04/2014]]\n+ un monsieur présent au moment du controle qui dit s'appeler « [[P:Rachid]] », pas de piece d'identité montrée.\nN° alloc [[ALLOC:4 4 1 0 2 7 6]]. Durée du controle {{1h10}}."),
    ("caf", "controle_sur_place", "controle ds un {{camping}} ({{Les Pins}}) a {{Pornic}} : famille qui vit a l'année dans un mobil-home, ils touchent l'{{AL}}. Emplacement {{B14}}. Voiture imatriculée en {{Pologne}} : [[IMMAT:WPI 52K71]]. Monsieur [[P:Kowalski]] travaille chez {{Lidl}} en CDI, madame ne travaille pas. RAS pour le controleur."),
    ("caf", "controle_sur_place", "debrief avec le controleur dans la voiture : il fait {{6 à 8 contrôles}} par semaine, {{80 %}} finissent sans indu. Sa tablette a l'appli en version {{2.4}}, qui plante souvent. Prochain controle {{14h}} a {{Saint-Jacques-de-la-Lande}}."),
    ("caf", "controle_sur_place", "Sur la porte du frigo, un papier : « contacter [[P:Jess]] : [[MAIL:jess.bertho [at] laposte.net]] ». L'allocataire se dit seule mais le courrier dans l'entrée est aussi au nom de M. [[P:Bertho Kevin]]. N° alloc relevé sur un courrier {{Caf}} : [[ALLOC:5170348]]. Le controleur demande le {{bail}}."),
    ("caf", "controle_sur_place", "Contrôle ressources : monsieur auto-entrepreneur, livreur {{Uber Eats}}. SIRET de sa micro-entreprise sur son compte : [[ID:880 407 234 78039]]. Il déclare {{320 €}} par mois, l'appli montre plus de {{900 €}} en {{février}}. M. [[P:Saïd Amrani]] dit qu'il paye la location du vélo {{25 €}} par semaine et que ça il faut l'enlever."),
    ("caf", "controle_sur_place", "Contrôle suite à un signalement anonyme. Adresse : [[ADR:lieu-dit Kerlann, 22300 Ploubezre]]. Ferme, {{3 chiens}}, voiture du mari [[IMMAT:ec 245 lm]] (en minuscules sur la fiche). Madame [[P:Le Bihan]] explique qu'ils font un peu de maraîchage : le controleur pense qu'ils auraient du etre à la {{MSA}} et pas à la {{Caf}}."),
    ("caf", "controle_sur_place", "Fin de controle, le controleur remplit son rapport sur le {{PC portable}} : « constat conforme, pas de vie maritale ». Allocataire : [[P:Chloé Marzin]], NRI [[NIR:272022901945528]]. Rapport à rendre sous {{48h}}, décision de la Caf d'ici {{15 jours}}."),
    # ---- cpam / accueil_physique (14)
    ("cpam", "accueil_physique", "Accueil {{Cpam}} {{Bobigny}} ({{93}}), ouverture {{8h30}}, déjà {{40 personnes}} dehors. Premier reçu : M. [[P:Diakité]] pour une {{carte Vitale}} perdue. NIR : [[NIR:1 61 02 93 368 244 76]]. L'agent imprime une attestation de droits, nouvelle carte sous {{3 semaines}}."),
    ("cpam", "accueil_physique", "Une maman ([[P:Nadia]]) veut la {{C2S}}. {{3 enfants}}, revenus {{1 150 €}} par mois. L'agent dit que ça se fait aussi sur {{ameli.fr}}. Elle n'a pas de mail, l'agent lui en crée un sur place : [[MAIL:nadia.hamdi1985@gmail.com]] (!!) et lui écrit le mot de passe sur un post-it."),
    ("cpam", "accueil_physique", "Bornes {{ameli}} : {{2}} sur 3 en panne. Un monsieur essaie de mettre à jour sa {{carte Vitale}}, message « carte non reconnue ». L'agent lui dit d'aller en {{pharmacie}}, ils ont le lecteur. Attente moyenne ce matin {{35 min}}."),
    ("cpam", "accueil_physique", "Copie écran :\nNom : [[P:DA SILVA]]   Prénom : [[P:Manuel]]\nNIR [[NIR:158069913901249]]\nDate nais. [[DN:1958-06-17]]\nMédecin traitant : Dr [[P:Lemoine]]\n{{ALD}} : oui\nMutuelle : {{Harmonie Mutuelle}} n° adh. [[ID:0045 871 223]]\nL'agent vérifie juste que la mutuelle est bien liée ({{NOEMIE}} OK)."),
    ("cpam", "accueil_physique", "Une dame vient avec sa mère ({{79 ans}}) pour un remboursement de lunettes. La fille dicte le NIR de sa mère, Mme [[P:Yvonne Le Floch]] : « [[NIR:2 47 01 93 259 146 87]] ». Reste à charge {{312 €}} malgré la mutuelle. L'agent explique le {{100 % Santé}} : il fallait choisir dans l'offre sans reste à charge chez l'opticien."),
    ("cpam", "accueil_physique", "IBAN pour les {{IJ}} : le monsieur (intérimaire chez {{Adecco}}) donne un RIB d'une banque portugaise : [[IBAN:PT50 0035 7319 4304 7394 4078 5]]. L'agent dit que ça passe (zone {{SEPA}}). M. [[P:Rui Pereira]], arrêt de travail du 2 au {{16 mars}}."),
    ("cpam", "accueil_physique", "{{3}} jeunes étudiants étrangers viennent pour leur affiliation. L'agent explique que tout passe par {{etudiant-etranger.ameli.fr}}. Délai {{2 à 3 mois}} ! Ils rigolent jaune, l'un d'eux a déjà payé {{60 €}} de consultation."),
    ("cpam", "accueil_physique", "Mme [[P:Rakotomalala]] (je sais pas l'écrire, l'agent me l'épelle : [[P:R-A-K-O-T-O-M-A-L-A-L-A]]) vient pour sa {{pension d'invalidité}}, catégorie {{2}}. Tel qu'elle laisse pour être rappelée : [[TEL:0033 6 72 15 48 90]]. Rdv fixé au {{12 mai}} avec le service social."),
    ("cpam", "accueil_physique", "Attestation de salaire apportée par le salarié : employeur {{SARL Boulangerie Le Fournil}}, SIRET {{81135119601686}}, salarié M. [[P:Kader Benhamou]], NIR [[NIR:1 91 12 33 245 263 80]]. Il manque le salaire de {{décembre}}. L'agent lui dit de faire refaire l'attestation, sinon pas d'{{IJ}}."),
    ("cpam", "accueil_physique", "Jeune maman, naissance de [[P:Lina]] le [[DN:24/02/2026]]. Rattachement du bébé sur la {{carte Vitale}} des deux parents : [[P:Camille Rolland]] et [[P:Thomas Guérin]]. {{10 min}}, efficace. La maman a l'appli {{ameli}} en version {{6.3}}."),
    ("cpam", "accueil_physique", "Un monsieur tend un papier : son mail est écrit « [[MAIL:d.kone(arobase)orange.fr]] ». L'agent ne comprend pas le « arobase » au début, rire. M. [[P:Koné]] demande le remboursement de ses transports pour ses dialyses à {{Saint-Brieuc}} ({{3 fois}} par semaine, {{96 km}} aller-retour)."),
    ("cpam", "accueil_physique", "M. [[P:Ly]] vient avec une feuille de soins papier d'un kiné. L'agent : « vous avez {{2 ans}} pour l'envoyer ». Sur la feuille : kiné [[P:Marc Hervé]], n° RPPS [[ID:10003456789]], {{10 séances}} à {{16,13 €}}."),
    ("cpam", "accueil_physique", "Dossier complémentaire santé : la dame a la {{C2S}} participative, {{24 €}} par mois. Elle paye par prélèvement sur [[IBAN:FR76 3000 4402 3955\n3969 3386 509]] (recopié de son RIB, coupé sur 2 lignes). Elle s'appelle [[P:Martine Lebreton]]. Elle demande si elle peut payer en {{espèces}} au guichet : non."),
    ("cpam", "accueil_physique", "Accueil sur rdv : {{12 rdv}} programmés ce matin, {{3 absents}}. L'agent dit que le rdv se prend sur {{ameli.fr}} ou au {{3646}}. Un usager : « le {{36 46}} personne décroche »."),
    # ---- cpam / accueil_telephonique (12)
    ("cpam", "accueil_telephonique", "Plateforme {{3646}}, j'écoute en double casque. Assurée : « mon numéro de sécu c'est [[NIR:2 50 03 22 391 689 05]] ». L'agent : « et votre date de naissance ? » « le [[DN:8 mars 1950]] ». Question : pourquoi la consultation de {{30 €}} n'est pas remboursée. Réponse : feuille pas télétransmise par le médecin."),
    ("cpam", "accueil_telephonique", "NIR tapé par l'agent en 2 fois car la dame parle vite : [[NIR:2 82 08 59 118\n507 70]]. Mme [[P:Vandenbroucke]] de {{Roubaix}}, question sur ses {{IJ}} maternité. Montant journalier {{54,32 €}}, premier versement sous {{15 jours}}."),
    ("cpam", "accueil_telephonique", "appel {{11h52}}, le monsieur veut « son conseiller », raccroche. suivant en {{4 secondes}}"),
    ("cpam", "accueil_telephonique", "Appel depuis la {{Belgique}}, frontalier : tel [[TEL:+32 478 12 34 56]]. Il travaille à {{Mouscron}}, habite {{Tourcoing}} ({{59200}}). M. [[P:Dewitte]] demande pour le formulaire {{S1}}, l'agent lui dit de le demander à sa mutuelle belge."),
    ("cpam", "accueil_telephonique", "La dame donne son mail pour un lien : « c'est [[MAIL:kerbrat point sylvie at free point fr]] ». L'agent : « je ne peux rien envoyer par mail, il faut passer par votre compte {{ameli}} ». Mme [[P:Kerbrat]] soupire, elle n'a jamais activé son compte. Code provisoire envoyé par courrier sous {{5 jours}}."),
    ("cpam", "accueil_telephonique", "Appel sortant de l'agent pour un protocole {{ALD}} : il appelle le médecin traitant, Dr [[P:Nicolas Roche]], au cabinet [[TEL:02 98 44 17 60]]. Secrétaire. Rappel prévu {{vendredi}} entre {{12h}} et {{14h}}."),
    ("cpam", "accueil_telephonique", "Une assurée a reçu un SMS frauduleux « Ameli : votre carte Vitale expire, renouvelez sur {{ameli-vitale-renouv.com}} », envoyé depuis le [[TEL:07 56 11 90 38]]. L'agent : ne rien cliquer, transférer le SMS au {{33700}}. Elle a cliqué mais n'a rien rempli 😅."),
    ("cpam", "accueil_telephonique", "Appel de l'{{EHPAD Les Jardins de Marie}} : l'infirmière coordinatrice, [[P:Sandrine]], pour un résident, M. [[P:Pierre Marchand]], {{79 ans}}. Transport en ambulance refusé pour une consultation à {{40 km}}. L'agent explique : il faut la prescription médicale de transport ({{cerfa 11574*04}})."),
    ("cpam", "accueil_telephonique", "Serveur vocal {{3646}} : {{3 min 20}} de menus + {{12 min}} d'attente. chronométré."),
    ("cpam", "accueil_telephonique", "Appel d'une mère pour son fils majeur handicapé, [[P:Théo]], né le [[DN:9/7/2004]], NIR [[NIR:1 04 07 56 058 885 94]]. Elle veut savoir pour l'{{AAH}} : l'agent explique que c'est la {{MDPH}} puis la {{Caf}}, pas la {{Cpam}}. Il lui donne le {{cerfa 15692*01}} à télécharger."),
    ("cpam", "accueil_telephonique", "{{14h10}}, un kiné appelle pour savoir si un patient a des droits ouverts : [[P:Mathis Leroux]], DN [[DN:12-05-1997]]. L'agent refuse de répondre sans le NIR. Le kiné le lit sur la carte : [[NIR:197052912771161]]. Droits ouverts jusqu'au {{31/12/2026}}."),
    ("cpam", "accueil_telephonique", "Rappel programmé : l'agent rappelle Mme [[P:Aurélie Tanguy]] et relit le numéro à voix haute avant de composer : « [[TEL:zéro six, vingt-huit, quatorze, soixante-trois, zéro neuf]] ». Objet : téléconsultation via {{Doctolib}} à {{25 €}}, remboursée à {{70 %}}."),
    # ---- cpam / controle_sur_place (14)
    ("cpam", "controle_sur_place", "Contrôle d'arrêt maladie à domicile, {{10h}} (sorties autorisées {{9h-11h}} et {{14h-16h}} sur l'avis d'arrêt, donc absence autorisée en fait). Assuré absent : M. [[P:Julien Caradec]], [[ADR:15 rue de la Marne, 56100 Lorient]]. La voisine dit qu'il est au {{Leclerc}}. Rien à reprocher."),
    ("cpam", "controle_sur_place", "Contrôle d'un taxi conventionné : {{Taxi Brocéliande}}, chauffeur M. [[P:Lucas Perrin]], plaque [[IMMAT:GK 904 ZB]]. {{12 transports}} facturés le même jour pour {{2 patients}}, incohérent. L'agent photographie le compteur."),
    ("cpam", "controle_sur_place", "Enquête {{CSS}} à domicile chez Mme [[P:Popescu]], [[ADR:3 impasse des Rosiers, Villeurbanne]], {{14h}}. L'enquêteur a préparé le dossier la veille : déclaration de ressources à {{780 €}} par mois pour {{2 personnes}}, plafond à {{1 100 €}} environ. Sur place, elle sort une pochette bien rangée : relevés, avis d'imposition, bail. Puis elle montre d'elle-même un relevé d'un compte en {{Roumanie}}, [[IBAN:RO93 RNCB 6719 0360 3833 3541]], sur lequel tombe le loyer d'un petit appartement à {{Iași}} hérité de sa mère ({{240 €}} par mois). Elle ne savait pas qu'il fallait le déclarer, elle pensait que « là-bas c'est là-bas ». Dans la cour, sa voiture immatriculée en Roumanie, [[IMMAT:B 127 XKP]]. L'enquêteur calcule sur son téléphone : avec le loyer, elle dépasse de {{60 €}}. Il lui dit franchement que la {{CSS}} risque d'être retirée mais qu'elle pourra passer en participative. Elle pleure un peu. {{1h05}} de visite, rapport le soir même."),
    ("cpam", "controle_sur_place", "Trajet vers le {{3e contrôle}} : l'agent enquêteur m'explique qu'ils sont {{4}} pour tout le département ({{35}}), environ {{1 200 signalements}} par an. Il a une {{Clio}} de service et un {{GPS}} qui ne connaît pas les nouveaux lotissements."),
    ("cpam", "controle_sur_place", "Contrôle de présence (arrêt pour lombalgie). Assurée présente, Mme [[P:Sophie Gicquel]], elle ouvre en pyjama. Arrêt signé Dr [[P:Amine Slimani]] pour {{15 jours}}. L'agent vérifie l'identité : CNI n° [[ID:120935104567]] (ancien modèle, {{12 chiffres}}). {{5 min}} chrono."),
    ("cpam", "controle_sur_place", "Visite chez un assuré qui cumulerait {{IJ}} et activité (signalement d'un concurrent). M. [[P:Yilmaz]], carreleur. Dans la cour, un utilitaire marqué « {{Yilmaz Carrelage}} », immat [[IMMAT:ER-552-HH]], avec du carrelage dedans. Il dit que c'est son fils qui travaille."),
    ("cpam", "controle_sur_place", "Contrôle en pharmacie ({{Pharmacie du Centre}}, {{Vitré}}) : vérification de {{47 ordonnances}}. Une ordonnance au nom de [[P:Gérard Moysan]], NIR [[NIR:141033526447793]], délivrée {{3 fois}} en {{10 jours}}. La pharmacienne dit que c'est une erreur de lecteur."),
    ("cpam", "controle_sur_place", "Enquête à domicile pour le {{capital décès}} : la veuve, Mme [[P:Josiane Riou]], née le [[DN:17 avril 1949]], [[ADR:La Ville-Hervé, 35630 Hédé-Bazouges]]. Montant {{3 910 €}}, elle n'était pas au courant qu'elle devait le demander. Délai : {{2 ans}}."),
    ("cpam", "controle_sur_place", "L'enquêteur me montre son planning : {{6 visites}} aujourd'hui, {{140 km}}. La voiture de service a {{180 000 km}}. Il dit qu'en moyenne {{2}} visites sur 6 sont des portes closes."),
    ("cpam", "controle_sur_place", "Contrôle arrêt de travail : personne ne répond. Sur la boîte aux lettres : « M. et Mme [[P:Hamon]] – [[P:Bastien]] & [[P:Laura]] ». L'agent appelle le portable du dossier [[TEL:07.68.20.45.13]], il répond : il est chez le kiné, rue d'à côté. Rdv {{11h30}}, il est bien là à {{11h30}}."),
    ("cpam", "controle_sur_place", "Contrôle d'un centre de santé : {{Centre de santé Les Glycines}}, {{Saint-Denis}}. {{312 actes}} {{C2S}} en {{1 mois}} pour un seul médecin, le Dr [[P:Halimi]]. L'agent relève les NIR de {{3 patients}} dont [[NIR:2 62 04 93 217 823 80]] et [[NIR:2 46 11 93 346 703 39]] pour les convoquer."),
    ("cpam", "controle_sur_place", "Vérification chez l'assurée d'une {{carte Vitale}} prêtée : Mme [[P:Camara]] a prêté sa carte à sa cousine ([[P:Aminata]]). NIR de la carte : [[NIR:2 97 03 99 352 689 91]]. L'agent fait signer un PV d'audition de {{2 pages}}, pénalité possible jusqu'à {{50 %}} du préjudice."),
    ("cpam", "controle_sur_place", "Enquête {{CSS}} : on liste les comptes bancaires. Compte courant [[IBAN:FR76 1027 8023 4567 2111 8803 876]], {{livret A}} {{4 300 €}}. Assuré : M. [[P:Morvan]], {{68 ans}}, retraité {{SNCF}}. Plafond dépassé de {{60 €}}, il passera en participative."),
    ("cpam", "controle_sur_place", "Contrôle arrêt de travail d'une aide-soignante de l'{{EHPAD Korian Les Amandiers}} : elle est là, Mme [[P:Nathalie Guyader]], tel [[TEL:0614225873]] (tout collé sur la fiche). Rien à signaler. Durée {{8 min}}."),
    # ---- ccas / accueil_physique (12)
    ("ccas", "accueil_physique", "{{CCAS}} de {{Rennes}}, accueil {{9h}}. Mme [[P:Ginette Colin]], {{84 ans}}, vient s'inscrire pour le {{colis de Noël}} des aînés. Elle donne son adresse : [[ADR:22 bd Albert 1er, Rennes]]. Inscrite, retrait le {{18 décembre}} à la {{salle de la Cité}}."),
    ("ccas", "accueil_physique", "Domiciliation : un monsieur sans domicile demande une adresse pour son courrier. Il aura celle du CCAS ({{6 place de la Mairie}}) + un numéro de boîte. M. [[P:Dmitri Volkov]], passeport russe [[ID:75 2318406]]. Attestation d'élection de domicile valable {{1 an}}."),
    ("ccas", "accueil_physique", "Affluence : {{7 personnes}} pour l'aide alimentaire, bons pour l'{{épicerie sociale}} ({{15 €}} par personne et par semaine). Les {{Restos du Cœur}} sont fermés le lundi donc tout le monde vient ici."),
    ("ccas", "accueil_physique", "Aide facture : Mme [[P:Kadi Sow]] a une facture {{EDF}} de {{674 €}}, réf client [[ID:5 0123 478 910]]. Coupure annoncée au {{1er avril}} (fin de la {{trêve hivernale}}). L'agente monte un dossier {{FSL}} et prend le n° alloc pour le QF : [[ALLOC:1192874]]."),
    ("ccas", "accueil_physique", "Monsieur [[P:Le Du]] ({{76 ans}}) tient à ce que je note bien son nom : « [[P:LE DU]], en deux mots ». Il vient pour l'{{APA}} : l'agent lui explique que c'est le {{Département}}, pas le CCAS. Numéro de sa fille écrit sur sa main : [[TEL:06 88 14 35 02]]."),
    ("ccas", "accueil_physique", "Demande d'aide financière pour le dépôt de garantie : jeune couple, [[P:Enzo]] ({{22 ans}}) et [[P:Manon]] ({{21 ans}}). Commission le {{12/05}}. RIB pour le virement de l'aide : [[IBAN:FR76 3000 3466 2815 0052 0518 508]]. Montant demandé {{520 €}}."),
    ("ccas", "accueil_physique", "un homme ivre entre a {{10h20}}, crie « [[P:Sabrina]] !! » (c'est l'agente d'accueil, il la connait). Le vigile le raccompagne gentiment. Elle me dit après : « c'est un habitué, il vient {{3 fois}} par semaine, il est pas méchant »."),
    ("ccas", "accueil_physique", "Famille de voyageurs, demande de domiciliation. Caravane garée sur le {{parking du CCAS}}, plaque espagnole [[IMMAT:4127 KZF]]. Le père, M. [[P:Gimenez]], a ses papiers, l'agente fait la photocopie. {{20 min}}."),
    ("ccas", "accueil_physique", "Dame victime de violences, l'agente lui donne le {{3919}} et un rdv avec l'assistante sociale à {{14h}}. Elle ne veut pas laisser son nom. Bureau sans fenêtre, porte fermée, {{20 min}}. Je sors à sa demande."),
    ("ccas", "accueil_physique", "Inscriptions au {{registre canicule}} ce matin :\n- Mme [[P:Raymonde Bellec]], [[DN:04/12/1937]], [[TEL:02 99 63 18 42]]\n- M. [[P:Henri Bellec]], [[DN:19/08/1935]], même tel\n- Mme [[P:Fernande Jaouen]], [[DN:1941-02-27]], [[TEL:06 31 77 09 64]]\nL'agente dit qu'ils étaient {{1 100}} inscrits l'été dernier."),
    ("ccas", "accueil_physique", "Demande de {{carte Sortir !}} : la dame donne son QF, {{412}}, et son numéro allocataire [[ALLOC:3 0 9 8 7 2 4]] pour que l'agent vérifie sur {{CDAP}}. Tarif réduit à la piscine et au {{Liberté}} pour les concerts. {{8 min}}."),
    ("ccas", "accueil_physique", "Un monsieur parle de son propriétaire, M. [[P:Guéguen]], qui veut l'expulser. Il montre le commandement de payer : dette {{2 870 €}}, affaire n° RG [[ID:25/01873]] au {{tribunal judiciaire}}. Orientation {{ADIL}} + {{FSL}}."),
    # ---- ccas / accueil_telephonique (14)
    ("ccas", "accueil_telephonique", "Standard du CCAS : appel d'un fils inquiet pour sa mère qui ne répond plus depuis {{2 jours}}. Adresse de la mère : [[ADR:9 rue du Docteur Roux, 3e étage]]. Lui vit à {{Londres}}, tel [[TEL:+44 7700 912 384]]. L'agent appelle la {{police municipale}} pour un passage."),
    ("ccas", "accueil_telephonique", "Appel : « bonjour c'est [[P:Jacqueline]] de l'{{ADMR}} », pour un portage de repas. Bénéficiaire M. [[P:Lucien Texier]], adrese : [[ADR:5 rue de Montfort, Bédée]]. Repas à {{7,40 €}}, {{5 jours}} sur 7, début {{lundi}}."),
    ("ccas", "accueil_telephonique", "{{4}} appels sur 5 = {{chèque énergie}} → numéro vert {{0 805 204 805}}, pas le CCAS."),
    ("ccas", "accueil_telephonique", "Un monsieur appelle pour une aide, il donne tout d'un coup : « je suis [[P:Karim Belkacem]], né le [[DN:vingt-deux mars quatre-vingt-un]], mon tel c'est le [[TEL:zéro sept, soixante-deux, quarante, dix-neuf, quatre-vingt-huit]] ». Rdv avec un travailleur social {{jeudi}} {{9h30}}."),
    ("ccas", "accueil_telephonique", "SMS reçu sur le tel pro de l'agente, elle me le lit :\n« Bjr c [[P:Fatima]], jsui devan la porte, g pa d'argent pr le bus, mon num c [[TEL:0652178834]] rappel moi stp 🙏 »\nL'agente rappelle, aide d'urgence de {{30 €}} en {{tickets service}}."),
    ("ccas", "accueil_telephonique", "Appel d'une assistante sociale de l'hôpital (elle donne sa ligne directe : [[TEL:02 99 28 43 10]]) pour un patient qui sort demain sans logement : M. [[P:Serge Lemonnier]], {{58 ans}}. Le CCAS n'a pas de place, orientation {{115}}."),
    ("ccas", "accueil_telephonique", "Appel de {{12 min}} avec une dame âgée qui voulait surtout parler. L'agent la laisse parler, elle ne voit personne depuis la mort de son mari en {{2019}}. Il lui propose le repas du {{Noël solidaire}} le {{20 décembre}}."),
    ("ccas", "accueil_telephonique", "Appel pour un rdv d'aide administrative : M. [[P:Baptiste Fournier]]. Mail confirmé pour la convocation : [[MAIL:b.fournier@outlook.fr]]. Rdv le {{lundi 6 avril}} à {{10h30}} avec [[P:Delphine]], conseillère {{France Services}}."),
    ("ccas", "accueil_telephonique", "Appel d'un bailleur ({{Aiguillon}}) : impayés de loyer pour une locataire, Mme [[P:Aïcha Mansouri]]. Réf. locataire [[ID:0045123/07]]. Dette {{1 460 €}}, {{4 mois}} de retard. Le CCAS propose une rencontre à trois."),
    ("ccas", "accueil_telephonique", "Appel transféré du {{115}} : famille arrivée d'{{Albanie}}, le père donne son numéro albanais [[TEL:+355 69 204 7781]]. Il s'appelle [[P:Arben Hoxha]]. L'agent note et transmet au {{SIAO}}, dossier [[ID:SIAO-35-2026-04417]]."),
    ("ccas", "accueil_telephonique", "Une dame appelle pour la {{cantine à 1 €}} : son fils [[P:Noah]] est en {{CE2}} à l'école {{Jean Moulin}}. QF {{380}}, donc tarif le plus bas. Dossier à déposer avant le {{30 juin}}."),
    ("ccas", "accueil_telephonique", "L'agent appelle le {{3230}} pour vérifier le QF d'une dame (elle est d'accord, elle est à côté) : numéro d'allocataire [[ALLOC:7 71 40 28]]. Attente {{22 min}}, il abandonne et passe par {{CDAP}}."),
    ("ccas", "accueil_telephonique", "Rappel d'un monsieur pour sa demande de logement social. Numéro unique : [[ID:0352502204718]]. M. [[P:Gonçalves]] attend depuis {{26 mois}}. L'agent lui parle du recours {{DALO}} (loi du {{5 mars 2007}}), formulaire {{cerfa 15036*01}}."),
    ("ccas", "accueil_telephonique", "L'agent dicte son mail pro à l'usager pour qu'il envoie ses pièces : « [[MAIL:f.duval arobase ville-saint-malo point fr]] », ou sinon la boîte générique {{ccas@ville-saint-malo.fr}}. L'usager redemande {{3 fois}} l'orthographe."),
    # ---- ccas / controle_sur_place (14)
    ("ccas", "controle_sur_place", "Visite à domicile pour une demande d'aide ménagère : Mme [[P:Simone Lecoq]], née le [[DN:2 septembre 1932]], [[ADR:14 rue des Lilas, 44300 Nantes]]. {{93 ans}}, seule, {{3e étage}} sans ascenseur. Elle nous montre {{un olivier}} en pot sur le balcon, « mon seul compagnon »."),
    ("ccas", "controle_sur_place", "Évaluation à domicile pour une aide facultative : appartement très encombré. M. [[P:Patrice Hamel]], {{61 ans}}. Factures {{Veolia}} empilées, réf. client [[ID:0241 8873 05]]. Visite de {{50 min}}, l'agente propose un {{accompagnement budgétaire}}."),
    ("ccas", "controle_sur_place", "visite a {{Bellevue}} : personne, hospitalisée depuis {{une semaine}} dixit la voisine."),
    ("ccas", "controle_sur_place", "Visite d'un logement indigne avec le {{service hygiène}} : logement loué par M. [[P:Raoul Besnard]] (il a {{11 logements}} dans le quartier). Locataire Mme [[P:Mariam Keïta]] + {{4 enfants}}, [[ADR:31 rue de Brest, bât C]]. Humidité {{85 %}} mesurée. Arrêté possible (article {{L. 1331-22}} du {{code de la santé publique}})."),
    ("ccas", "controle_sur_place", "Visite {{plan canicule}} chez M. [[P:Albert Gohier]] : {{32 °C}} dans l'appart à {{15h}}. Il a un ventilateur {{Darty}} en panne. Tel de la nièce à prévenir : [[TEL:06 07 81 55 29]]. L'agente lui laisse {{2 bouteilles}} d'eau."),
    ("ccas", "controle_sur_place", "Visite d'un jeune sorti de l'{{ASE}}, [[P:Dylan]], {{18 ans}}, dans son studio du {{FJT}}. Il montre sa carte d'identité : [[ID:K9P4T2ZM7]]. Compte bancaire ouvert hier : [[IBAN:FR76 3000 4965 5460 8890 6995 356]]. Aide jeune de {{200 €}} accordée."),
    ("ccas", "controle_sur_place", "Visite pour un dossier d'aide sociale à l'hébergement (entrée en EHPAD). M. [[P:René Allain]], né le [[DN:30/01/1936]], reçoit dans sa cuisine avec sa fille [[P:Catherine]], qui a pris une demi-journée. L'agente remplit le dossier ligne par ligne, à voix haute : n° de sécu [[NIR:1 36 01 35 047 112 03]], mutuelle {{MGEN}} n° [[ID:2 101 458 703]], retraite {{1 340 €}} + complémentaire {{212 €}}, pas de patrimoine sauf la maison. La question de l'obligation alimentaire arrive : les {{3 enfants}} devront déclarer leurs revenus, la fille se crispe. Entrée prévue à l'{{EHPAD Marie Le Gall}} le {{15 avril}}, {{2 180 €}} par mois, reste à charge énorme. M. [[P:Allain]] dit surtout qu'il veut emmener son chat. L'agente promet de poser la question. {{1h20}}, on repart avec {{14 pages}} de dossier."),
    ("ccas", "controle_sur_place", "Visite chez une famille hébergée chez un tiers, [[ADR:7 allée de Lucerne, Villejean]]. Hébergeants : famille [[P:Ndiaye]]. Hébergée : Mme [[P:Bintou Sylla]] + {{2 enfants}}, ils dorment dans le salon. {{6 personnes}} dans un T3."),
    ("ccas", "controle_sur_place", "Domicile de M. [[P:Pierre-Yves Garnier]], il nous montre le mur en {{pierre}} du jardin qui s'écroule sur le trottoir. Demande d'aide exceptionnelle, devis maçon {{3 600 €}}. L'agente dit que le CCAS ne finance pas ça, orientation {{ANAH}}."),
    ("ccas", "controle_sur_place", "Tournée du {{portage de repas}}, j'accompagne l'agente : {{14 livraisons}} entre {{9h}} et {{11h30}}, {{3 min}} par personne en moyenne. Camion frigo, {{2 plateaux}} par personne pour le week-end le vendredi."),
    ("ccas", "controle_sur_place", "Visite pour renouveler une domiciliation : M. [[P:Jean-Claude]], dit « [[P:JC]] », vit dans sa voiture, une {{Clio}} grise immatriculée [[IMMAT:AB 417 QR]], sur le parking du {{Lidl}} de {{Cleunay}}. Il touche le {{RSA}}, {{635 €}}."),
    ("ccas", "controle_sur_place", "Enquête sociale pour une aide au permis : [[P:Océane Le Roux]], née [[DN:11.11.2003]], identifiant France Travail [[FT:4512786K]]. Auto-école {{ECF}}, devis {{1 480 €}}. Aide du CCAS plafonnée à {{400 €}}."),
    ("ccas", "controle_sur_place", "Visite chez une mère isolée. Elle vend des gâteaux sur insta ([[ID:@cakes_by_ynes]]), {{10 commandes}} par mois. L'agente : « ce n'est pas un contrôle ». Mme [[P:Ynès]] demande une aide pour la {{rentrée scolaire}}."),
    ("ccas", "controle_sur_place", "Visite avec le {{CLIC}} chez un couple âgé : [[P:Daniel]] et [[P:Yvette Carré]]. Téléassistance {{Présence Verte}}, n° abonné [[ID:PV-0078124]]. Bouton d'alarme pas porté, il est « dans le tiroir »."),
    # ---- urgences / accueil_physique (14)
    ("urgences", "accueil_physique", "Admissions des urgences du {{CHU}}, {{22h}}. L'agent tape : [[P:MOREAU Léa]], IPP [[ID:P00783416]], venue pour une entorse. {{23 patients}} en salle, attente estimée {{4h}}."),
    ("urgences", "accueil_physique", "Tri IOA, {{21h40}}. Homme de {{45 ans}}, douleur thoracique depuis {{2h}}, en sueur. L'infirmière d'accueil prend les constantes pendant que l'agent administratif, à côté, relève l'identité sur la carte Vitale : M. [[P:Farid Ouali]], né le [[DN:05/05/1980]], NIR [[NIR:1 80 05 75 118 204 41]]. Sa femme donne son portable au cas où, [[TEL:07 62 93 14 08]]. Classé {{tri 2}} sur l'échelle {{FRENCH}}. En box en {{6 min}}, ECG dans les {{10 min}}, le médecin arrive en courant. Pendant ce temps la salle d'attente ({{27 personnes}}) regarde, certains râlent qu'il est « passé devant ». L'IOA me dit qu'elle doit expliquer ça {{20 fois}} par nuit. À {{22h05}} il part en {{USIC}}."),
    ("urgences", "accueil_physique", "Écran en salle d'attente : « temps d'attente moyen {{3h45}} ». Une femme compte les gens : {{31}}. Distributeur en panne, et {{une fontaine à eau}} au fond, vide. Personne ne vient la remplir avant {{23h}}."),
    ("urgences", "accueil_physique", "Touriste allemand, accident sur la {{N12}}. Passeport [[ID:C4F7RJ2K9]], carte {{CEAM}}. M. [[P:Jürgen Hoffmann]]. Sa voiture [[IMMAT:HH-KL 4821]] est restée à la fourrière de {{Saint-Brieuc}}. Tel de sa femme : [[TEL:+49 151 2387 4410]]."),
    ("urgences", "accueil_physique", "Enfant de {{4 ans}} ([[P:Lou]]) qui a avalé une pile bouton. Mère : [[P:Émilie Garnier]], tel [[TEL:06.77.34.12.98]]. Passage direct en {{pédiatrie}}, {{7 min}} après l'arrivée."),
    ("urgences", "accueil_physique", "Patient sans papiers, sans couverture : orienté vers la {{PASS}}. Il donne un nom, [[P:Mamadou Bah]], et une date de naissance, [[DN:01/01/1999]] (« le {{1er janvier}}, classique » dit l'agent). Pas de NIR : numéro provisoire hôpital [[ID:NP-2026-00871]]."),
    ("urgences", "accueil_physique", "Étiquette recopiée :\nIPP [[ID:2100457893]] / NDA [[ID:226004512]]\n[[P:GUILLOU Marie-Thérèse]] [[DN:12.08.1944]] F\n{{UF 4401}} - {{UHCD}}\nL'agent en imprime {{12}} d'un coup pour le dossier."),
    ("urgences", "accueil_physique", "« [[P:Bébert]] » revient pour la {{3e fois}} cette semaine, {{115}} plein, {{box 12}} pour la nuit ({{-4 °C}})."),
    ("urgences", "accueil_physique", "{{02h10}} : {{11 brancards}} dans le couloir, un interne dort {{10 min}} sur une chaise."),
    ("urgences", "accueil_physique", "Femme amenée par les pompiers ({{18}}), chute à domicile, [[ADR:2 rue Saint-Hélier, 35000 Rennes]]. Mme [[P:Paulette Rio]], {{71 ans}}. Elle ne connaît pas son numéro de sécu, sa fille l'apporte plus tard : [[NIR:254041336622224]]."),
    ("urgences", "accueil_physique", "Jeune homme, accident de scooter. L'admission note la plaque du scooter pour l'assurance : [[IMMAT:FX-207-PL]]. [[P:Nolan Briand]], {{17 ans}}, mineur : le père est prévenu au [[TEL:06 20 51 39 74]], il arrive en {{30 min}}."),
    ("urgences", "accueil_physique", "Patiente brésilienne, une aide-soignante traduit (elle parle portugais). Tel : [[TEL:+55 21 99618-2047]]. [[P:Ana Paula Souza]], passeport [[ID:FT482917]]. Elle est à {{Rennes}} pour {{3 semaines}} chez sa sœur."),
    ("urgences", "accueil_physique", "Enregistrement : mutuelle {{Malakoff Humanis}} n° [[ID:08 4471 2209]], {{tiers payant}} OK. Patient [[P:Gaëtan Roux]], plaie de la main (cutter). {{4 points}} de suture prévus."),
    ("urgences", "accueil_physique", "L'agente des admissions me montre un bracelet d'identification : [[P:LE GALL Yann]] – [[DN:1961-11-03]] – IPP [[ID:0004518827]]. Ils en impriment {{150 bracelets}} par jour, l'imprimante date de {{2012}}."),
    # ---- urgences / accueil_telephonique (14)
    ("urgences", "accueil_telephonique", "Tel à l'accueil : une mère cherche son fils de {{19 ans}} amené cette nuit : « il s'appelle [[P:Kevin Jaffré]], né le [[DN:2 octobre 2006]] ». L'agent ne confirme rien au tel, il prend le numéro de la mère, [[TEL:07 69 12 84 33]], pour que le médecin rappelle."),
    ("urgences", "accueil_telephonique", "Standard des urgences : {{17 appels}} en {{1h}}, surtout des familles. Le numéro du standard de l'hôpital ({{02 99 28 43 21}}) est imprimé sur toutes les brochures, du coup tout arrive ici."),
    ("urgences", "accueil_telephonique", "Appel du {{SAMU}} ({{15}}) pour annoncer une patiente : « femme de {{86 ans}}, [[P:Marcelle Pinel]], vient de l'{{EHPAD Les Tamaris}}, arrivée dans {{20 min}} ». IPP déjà connu : [[ID:P00312987]]."),
    ("urgences", "accueil_telephonique", "Un homme appelle pour se plaindre : il a attendu {{9h}} hier soir. Il laisse ses coordonnées : [[P:Jean-Marc Thébault]], [[MAIL:jm.thebault56 @ gmail . com]]. Agent : « écrivez à la {{commission des usagers}}, je vous donne l'adresse ». Appel de {{14 min}}."),
    ("urgences", "accueil_telephonique", "Appel d'une pharmacie : ordonnance des urgences illisible pour une patiente, [[P:Sylvie Leray]], signée Dr [[P:Benoît Gauthier]]. La pharmacienne, Mme [[P:Bodin]], laisse son portable [[TEL:06 59 04 21 87]] pour qu'on la rappelle. Médecin en réa, rappel dans {{1h}}."),
    ("urgences", "accueil_telephonique", "Appel de l'étranger, la fille d'un patient : [[TEL:+39 347 218 6690]]. Son père, [[P:Giuseppe Russo]], doit régler sa facture ({{non-résident}}, {{1 280 €}}). L'agent lui dicte l'IBAN de l'hôpital ({{Trésor public}}) : {{FR76 1007 1350 0000 0010 0123 422}}. Elle donne le sien pour un éventuel remboursement : [[IBAN:IT71 A030 6982 9772 9495 2655 259]]."),
    ("urgences", "accueil_telephonique", "Appel d'un généraliste qui adresse un patient : Dr [[P:Koffi]], « je vous envoie M. [[P:Tanguy]], {{54 ans}}, suspicion d'appendicite, il arrive avec sa femme en voiture ». Il donne son RPPS pour le courrier : [[ID:10101987654]]."),
    ("urgences", "accueil_telephonique", "Appel à {{3h15}} : quelqu'un demande le temps d'attente pour une entorse. Agent : « entre {{4}} et {{6 heures}}, allez plutôt à la {{maison médicale de garde}} demain ou appelez le {{116 117}} »."),
    ("urgences", "accueil_telephonique", "Tel du commissariat pour un gardé à vue à amener pour examen : « [[P:LOPES Ricardo]], né le [[DN:27/06/1995]] ». Escorte de {{2 policiers}}, arrivée vers {{23h}}. L'IOA prévient le médecin de garde."),
    ("urgences", "accueil_telephonique", "Labo au tel : résultat critique {{box 7}}, IPP [[ID:P00694512]], K+ {{6,8}}."),
    ("urgences", "accueil_telephonique", "Un fils appelle depuis le {{Canada}} ({{Montréal}}) : [[TEL:+1 514 555 0192]]. Sa mère, [[P:Huguette Cadiou]], {{88 ans}}, a été hospitalisée hier. Il veut envoyer ses directives anticipées : l'agent donne la boîte du secrétariat, {{secretariat.urgences@chu-bretagne-sud.fr}}."),
    ("urgences", "accueil_telephonique", "Une dame a perdu son sac aux urgences la nuit dernière : dedans sa carte d'identité n° [[ID:180435200817]] et sa carte Vitale. Elle s'appelle [[P:Morgane Lucas]], tel [[TEL:06 43 58 20 17]]. Objets trouvés : ouverts {{9h-17h}}, {{bâtiment B}}, {{porte 4}}."),
    ("urgences", "accueil_telephonique", "Appel d'une infirmière libérale, [[P:Claire]], qui transmet les traitements d'un patient qu'elle suit : M. [[P:Roger Hervé]], né le [[DN:15 août 1939]], domicilié [[ADR:12 chemin de la Croix Verte, Saint-Malo]]. {{8 médicaments}}, dont un anticoagulant."),
    ("urgences", "accueil_telephonique", "APPEL {{SMUR}} {{01H40}} : « on ramène un monsieur, accident de la route, il a sa carte sur lui, [[P:GAUTHIER Stéphane]], carte vitale [[NIR:1 46 07 35 381 025 55]] ». L'agent ouvre le dossier avant l'arrivée, {{8 min}} plus tard le camion est là."),
    # ---- urgences / controle_sur_place (12)
    ("urgences", "controle_sur_place", "Sortie avec le {{SMUR}} : appel {{15}} pour un malaise, domicile [[ADR:5 résidence Les Hortensias, 29000 Quimper]]. Patient M. [[P:Guy Le Meur]], {{73 ans}}. Sa carte Vitale est aimantée sur le frigo : NIR [[NIR:1 52 09 22 227 413 11]]. Sur place {{25 min}}."),
    ("urgences", "controle_sur_place", "Équipe mobile de gériatrie, visite post-urgences chez Mme [[P:Germaine Jégou]], [[DN:06/03/1930]], {{96 ans}}. Elle vit seule au [[ADR:18 route de Vannes, Auray]]. Téléassistance en place ({{Filien ADMR}}), elle ne la porte pas la nuit."),
    ("urgences", "controle_sur_place", "Tour des box avec la cadre à {{7h}} : {{19 patients}} dont {{6}} en attente de lit depuis plus de {{12h}}. La cadre appelle le {{bed manager}} {{3 fois}} avant {{8h}}."),
    ("urgences", "controle_sur_place", "Identitovigilance au lit du patient : l'infirmière vérifie le bracelet du {{box 3}} : [[P:Benoît Carré]] [[DN:1972-12-19]]. Le patient : « non je suis né le [[DN:19 décembre 1973]] ». Erreur à l'admission, corrigée dans {{DxCare}}."),
    ("urgences", "controle_sur_place", "Intervention {{SMUR}} sur la {{RN 165}} : accident, {{2 véhicules}}. Plaques relevées par les gendarmes : [[IMMAT:GE-418-ZM]] et une plaque belge [[IMMAT:1-KLM-482]]. Conductrice belge : [[P:Anke Peeters]], tel [[TEL:+32 470 28 19 55]]."),
    ("urgences", "controle_sur_place", "Visite à domicile de l'{{équipe mobile psy}} après un passage aux urgences : jeune homme, [[P:Hugo]], {{24 ans}}. Sa mère s'inquiète de ses vidéos sur son compte TikTok [[ID:@hugo.nightowl]]. Rdv {{CMP}} dans {{8 jours}}."),
    ("urgences", "controle_sur_place", "Au lit du patient, l'assistante sociale des urgences remplit le dossier {{PASS}} : M. [[P:Sékou Koné]], titre de séjour n° [[ID:3502180946]], expire le {{14/08/2026}}. Demande d'{{AME}} en cours. Tel de son frère : [[TEL:+225 07 58 41 22 90]]."),
    ("urgences", "controle_sur_place", "{{Box 14}} : patient alcoolisé, pas de papiers. Les pompiers ont trouvé sur lui une lettre de la {{Caf}} avec n° alloc [[ALLOC:4802719]] et le nom [[P:Steven Corre]]. L'agent retrouve son IPP [[ID:P00128873]] : déjà venu {{14 fois}} en {{2025}}."),
    ("urgences", "controle_sur_place", "Retour à domicile accompagné par l'infirmière de liaison des urgences, chez M. [[P:Marcel Boulanger]], [[ADR:3 rue Victor Hugo, Fougères]]. Il nous montre sa télé neuve achetée chez {{Boulanger}} ({{499 €}}), le carton bloque le couloir : risque de chute."),
    ("urgences", "controle_sur_place", "{{SMUR}} : intervention au centre commercial {{Alma}}, malaise d'un vigile. Sur place {{35 min}}, retour sur {{Pontchaillou}}. Pas d'identité notée par moi, tout va trop vite."),
    ("urgences", "controle_sur_place", "Visite de contrôle post-urgence, équipe mobile : l'infirmière vérifie l'ordonnance et le pilulier de Mme [[P:Gisèle Menard]], {{81 ans}}. {{2 erreurs}} dans le pilulier de la semaine. Le voisin ([[P:Patrick]]) a les clés, son portable : [[TEL:06 13 50 72 88]]."),
    ("urgences", "controle_sur_place", "SMUR à domicile pour une enfant de {{3 ans}} qui convulse. La mère donne tout en vrac : « [[P:Inaya]], née le [[DN:17/02/2023]], on habite [[ADR:44 rue de Fougères, 4e étage]] », l'ascenseur est en panne. Transport au {{CHU}} avec la maman, {{12 min}}."),
    # ---- chrs / accueil_physique (14)
    ("chrs", "accueil_physique", "Accueil au CHRS {{L'Escale}} : nouvel arrivant orienté par le {{SIAO}}, fiche n° [[ID:SIAO-2026-0318]]. M. [[P:Alexandre Petit]], {{34 ans}}, sorti de détention il y a {{3 jours}}. On lui donne la {{chambre 14}} et un kit hygiène."),
    ("chrs", "accueil_physique", "Entretien d'accueil, l'éducatrice ([[P:Nora]]) remplit la fiche :\nNom : [[P:TRAORÉ]]\nPrénom : [[P:Moussa]]\nDDN : [[DN:11/07/1990]]\nNationalité : {{malienne}}\nRécépissé n° [[ID:3599120473]]\nRessources : {{0 €}}\nTél : [[TEL:07 53 88 21 06]]"),
    ("chrs", "accueil_physique", "Repas du soir : {{48 couverts}} pour {{42 places}}. {{6}} personnes en plus sur des matelas dans la salle commune ({{plan grand froid}}). Le veilleur de nuit arrive à {{21h}}."),
    ("chrs", "accueil_physique", "Une femme avec {{2 enfants}} arrive à {{18h50}} après un appel au {{115}}. Elle fuit son conjoint, M. [[P:Dimitri Lebon]]. L'éducateur propose d'appeler le {{17}}, elle refuse. {{Chambre familiale}} n° {{8}}. Elle donne sa date de naissance, [[DN:03-04-1994]], pour le dossier."),
    ("chrs", "accueil_physique", "Rdv avec le conseiller en insertion : [[P:Sébastien]] lit son identifiant France Travail sur son tel, chiffre par chiffre : [[FT:0 3 8 7 4 2 1 Y]]. Il cherche dans le {{BTP}}, il a le {{CACES R489}} catégorie {{3}}."),
    ("chrs", "accueil_physique", "« [[P:Tonio]] » recharge son tel et lance sa {{1 machine}} de la semaine, {{café}} offert."),
    ("chrs", "accueil_physique", "Courrier des domiciliés : {{23 lettres}} aujourd'hui. L'agent lit les noms sur les enveloppes : Mme [[P:Zhou]], M. [[P:Abdelkader Rahmani]], [[P:Bogdan Ionescu]] (lettre de la {{CPAM}}), famille [[P:Belhadj]]. Il les range par ordre alphabétique dans {{4 bacs}}."),
    ("chrs", "accueil_physique", "Sortie vers le logement ! M. [[P:Gilles Ménard]] signe son bail pour un T1 au [[ADR:16 rue de Lorient, appt 23, Rennes]] avec {{Néotoa}}. Il aura été {{14 mois}} au CHRS. Il pleure un peu, l'éducatrice aussi."),
    ("chrs", "accueil_physique", "Demandeur d'asile débouté : M. [[P:Arsen Grigoryan]] ({{Arménie}}), {{OQTF}} reçue le {{2 février}}. Numéro étranger [[ID:7504231868]], passeport arménien [[ID:AU0458217]]. L'éducateur l'oriente vers la {{Cimade}}, permanence le {{mercredi}}."),
    ("chrs", "accueil_physique", "Réunion d'équipe à {{14h}} (j'assiste) : {{9 situations}} passées en revue, {{2}} fins de prise en charge. Taux d'occupation {{104 %}}. Budget {{2026}} pas encore notifié par la {{DDETS}}, la circulaire {{DGCS/SD5C/2026/18}} est attendue."),
    ("chrs", "accueil_physique", "Un résident vient pour sa déclaration d'impôts (même à {{0 €}} il faut la faire). Numéro fiscal lu sur son ancien avis : [[ID:3084125679013]]. M. [[P:Firmin Kouassi]]. On la fait sur {{impots.gouv.fr}}, {{25 min}}, il n'avait jamais eu de mot de passe."),
    ("chrs", "accueil_physique", "Admission d'un couple avec un chien ({{berger allemand}}) : rare, {{1 seule chambre}} accepte les animaux. [[P:Cindy]] et [[P:Mickaël]], {{27 ans}} et {{31 ans}}. Le chien s'appelle « [[P:Rocky]] », il a {{4 ans}}."),
    ("chrs", "accueil_physique", "Un jeune sans papier d'identité. Il dit s'appeler [[P:Mohamed Diallo]], né le [[DN:1/1/2007]]. Évaluation de minorité refusée à {{Nantes}}. Son numéro guinéen : [[TEL:+224 622 41 87 09]]. Mise à l'abri {{1 nuit}}."),
    ("chrs", "accueil_physique", "Remise des clés : caution {{50 €}}, règlement de fonctionnement de {{12 pages}} signé par Mme [[P:Lætitia Bourdon]]. Participation {{10 %}} des ressources ({{AAH}} : {{1 033 €}}), par virement depuis [[IBAN:FR76 1558 9525 1043 5627 2640 591]]."),
    # ---- chrs / accueil_telephonique (12)
    ("chrs", "accueil_telephonique", "Écoute au {{115}}, {{20h12}}. Un homme : « [[P:Franck Gautier]], né le [[DN:14/02/1979]] », il dort dans sa voiture [[IMMAT:DN-442-RS]] (il donne la plaque « au cas où la police passe », dit l'écoutante). Pas de place ce soir : {{63 demandes}} non pourvues."),
    ("chrs", "accueil_telephonique", "{{115}} : temps d'attente moyen avant décroché ce soir {{38 min}}. L'écoutante : « on a {{2 lignes}} pour tout le département ». Tableau des places : {{0}} pour homme seul, {{1}} pour femme seule."),
    ("chrs", "accueil_telephonique", "Appel au 115 d'une femme enceinte ({{7 mois}}), [[P:Grâce]]. Elle donne son numéro SIAO [[ID:35-0047129]] et son tel : [[TEL:06 17 92 08 43]]. Place trouvée à l'hôtel ({{Ibis Budget}} de {{Cesson}}) pour {{3 nuits}}."),
    ("chrs", "accueil_telephonique", "SMS transféré à la coordinatrice (elle me le montre) :\n« bonsoir c'est [[P:Lucie]] du {{CHRS Le Phare}}, on a une place qui se libère demain chambre {{6}} pour M. [[P:Wojcik]] si tjrs dispo, son portable : [[TEL:07 45 31 60 92]] »\nEnvoyé à {{19:42}}."),
    ("chrs", "accueil_telephonique", "Appel d'une travailleuse sociale du {{CCAS}} de {{Saint-Brieuc}} pour une famille roumaine : Mme [[P:Elena Stan]] + {{3 enfants}}. Tel roumain [[TEL:+40 745 218 903]]. « Ils dorment à la {{gare}} depuis {{2 nuits}} »."),
    ("chrs", "accueil_telephonique", "Un monsieur épelle son nom au 115 : « [[P:K-O-W-A-L-C-Z-Y-K]], prénom [[P:Piotr]] ». Né le [[DN:09/09/1966]], {{59 ans}}. Il dort {{place de la République}} depuis {{une semaine}}."),
    ("chrs", "accueil_telephonique", "Le 115 rappelle un usager pour lui donner une place : numéro noté sur le cahier, à cheval sur deux lignes : [[TEL:0611 49\n82 70]]. Messagerie de « [[P:Titi]] », l'écoutante laisse un message : rdv {{21h}} à l'accueil de nuit {{Le Puzzle}}."),
    ("chrs", "accueil_telephonique", "Consigne affichée au-dessus des postes du {{115}} : « Urgence vitale → {{15}} ou {{112}}. Violences → {{17}}. Femmes victimes → {{3919}} ». L'écoutante transfère au 15 environ {{1 fois}} par soir."),
    ("chrs", "accueil_telephonique", "Appel du commissariat : une famille afghane au poste, le père [[P:Ahmad Rahimi]], la mère [[P:Zarmina]], {{4 enfants}}. Le policier donne sa ligne directe [[TEL:02 23 61 45 17]]. Le {{SIAO}} ouvre un dossier : [[ID:SIAO-35-2026-05012]]."),
    ("chrs", "accueil_telephonique", "Une dame donne son mail pour recevoir la liste des {{accueils de jour}} : « [[MAIL:sandrine_lhermitte@yahoo.fr]] ». L'écoutante envoie le {{PDF}} (version du {{1er mars}}), {{11 adresses}} sur {{Rennes Métropole}}."),
    ("chrs", "accueil_telephonique", "Un jeune homme appelle depuis le tel d'un passant. Il dit s'appeler [[P:Yassine]], {{20 ans}}, mis dehors par ses parents à {{Lorient}}. Le passant reprend le tel : « c'est mon numéro, [[TEL:07 82 64 19 30]], rappelez si vous avez une place pour lui »."),
    ("chrs", "accueil_telephonique", "Appel d'un hôtel social : le gérant ({{Hôtel du Commerce}}) signale que la {{chambre 212}}, M. [[P:Benyahia]], n'est pas rentrée depuis {{3 nuits}}. Réf. de prise en charge 115 : [[ID:PEC-2026-1187]]. L'écoutante libère la place à {{22h}}."),
    # ---- chrs / controle_sur_place (14)
    ("chrs", "controle_sur_place", "Maraude avec le {{Samu social}}, {{22h}}, {{place Sainte-Anne}} : {{7 personnes}} rencontrées. M. [[P:Jacky]] sous un porche, {{61 ans}}, refuse l'hébergement. On lui laisse un duvet et une {{soupe}}."),
    ("chrs", "controle_sur_place", "Maraude : une tente au bord du {{canal}}. La dame, [[P:Nadège]], a son {{RSA}} versé sur [[IBAN:FR76 2004 1601 8095 0903 9450 446]] mais n'a plus de carte bancaire. Elle donne son n° alloc de tête : [[ALLOC:5 302 117]]. Rdv à {{La Poste}} de {{Colombier}} {{demain 10h}}."),
    ("chrs", "controle_sur_place", "Visite d'un appartement en diffus ({{ALT}}) : [[ADR:9 allée Georges Brassens, 35000 Rennes]]. Résident M. [[P:Christophe Rault]], logement bien tenu, {{1 fuite}} sous l'évier. Prochaine visite dans {{1 mois}}."),
    ("chrs", "controle_sur_place", "maraude a {{Brest}} ({{29200}}), port de commerce : {{3 camions}} aménagés, personne ne veut donner son nom. L'équipe note juste des descriptions (« homme ~{{40 ans}}, chien »). {{1h30}} dehors, {{2 °C}}."),
    ("chrs", "controle_sur_place", "Visite du squat de {{la Prévalaye}} : {{14 personnes}}. Voiture immatriculée en {{Bulgarie}} : [[IMMAT:CB 4512 KT]]. Le chef de famille, [[P:Ivan Petrov]], montre son passeport bulgare [[ID:382917465]]. Diagnostic social demandé par la {{préfecture}}."),
    ("chrs", "controle_sur_place", "Contrôle de l'hébergement par l'inspectrice de la {{DDETS}}, Mme [[P:Bérengère Lacroix]] : elle vérifie le registre des entrées, {{page 47}}. Lignes lues à voix haute : « [[P:Hamidou Sy]], entré le {{04/01}} », « [[P:Kevin Le Goff]], entré le {{11/01}} ». {{42 places}} financées, {{44}} présents."),
    ("chrs", "controle_sur_place", "Maraude, {{23h}}, quai de la {{Vilaine}}. On retrouve « [[P:Pépé]] », connu de l'équipe depuis {{10 ans}}, sous l'auvent d'une banque. Il ne veut pas bouger, comme d'habitude, mais il boite. L'éducatrice s'accroupit, parle longtemps, il finit par montrer son pied : infecté, noir par endroits. Il sort de sa poche une carte d'hôpital plastifiée : son vrai nom, [[P:Lucien Kerdoncuff]], né le [[DN:5 mai 1948]], {{77 ans}}. Personne dans l'équipe ne connaissait son âge, ils lui en donnaient {{60}}. Appel au {{15}}, {{25 min}} d'attente au froid avec lui ({{3 °C}}), thé du thermos, il raconte qu'il a été marin à {{Lorient}}. Le {{Samu social}} l'emmène aux urgences. Il demande qu'on garde son chien : le chien part avec l'équipe, {{1 nuit}} au local."),
    ("chrs", "controle_sur_place", "Visite en logement diffus : Mme [[P:Aminata Cissé]], [[ADR:25 rue Pierre Martin, 44000 Nantes]]. Ses enfants : [[P:Moussa]], [[P:Fanta]], [[P:Awa]]. Loyer résiduel {{78 €}}. Le frigo est vide, colis {{Secours populaire}} demandé."),
    ("chrs", "controle_sur_place", "Tournée du veilleur de nuit ({{23h}}, {{2h}}, {{5h}}) : {{38 chambres}}, {{1}} absent non prévenu. Cahier de liaison : « RAS sauf {{chambre 9}}, télé trop forte »."),
    ("chrs", "controle_sur_place", "Maraude en voiture de service (immat [[IMMAT:FR-120-BZ]], logo du {{CHRS}} sur la portière). Rencontre avec [[P:Sandro]] qui vit dans son camion, plaque [[IMMAT:5287 ZT 29]], garé depuis {{3 mois}} au même endroit."),
    ("chrs", "controle_sur_place", "Visite de la {{Pension de famille Les Marronniers}}. Résidente Mme [[P:Odile Brard]] : « mon fils [[P:Anthony]] m'a laissé son numéro pour vous » → [[TEL:06.74.29.13.50]]. {{18 logements}}, {{1 hôte}} à temps plein."),
    ("chrs", "controle_sur_place", "Maraude : jeune femme sous la {{passerelle}}, [[P:Jessica]], elle a un compte insta [[ID:@jess_sdf35]] où elle raconte sa vie à la rue ({{2 300 abonnés}}). L'éducateur : « fais attention à ce que tu postes »."),
    ("chrs", "controle_sur_place", "Visite à domicile après la sortie du CHRS (accompagnement de {{6 mois}}) : M. [[P:Laurent Bouvier]], [[ADR:2 place de Bretagne, Redon]]. Loyer prélevé sur [[IBAN:FR76 1820 6097 0912 5954 4404 627]]. Dette {{EDF}}, réf. client [[ID:1 047 225 896]], échéancier à {{45 €}} par mois."),
    ("chrs", "controle_sur_place", "Visite de nuit à l'{{abri de nuit}} avec l'agent de la ville : {{52 personnes}} pour {{50 lits}}. Fiche d'un nouvel arrivant : [[P:Adil Mansour]], né le [[DN:12/12/1998]], tel algérien [[TEL:+213 550 41 27 83]]."),
    # ---- france_travail / accueil_physique (12)
    ("france_travail", "accueil_physique", "Accueil {{France Travail}} {{Rennes Nord}} ({{35700}}), {{8h45}}. Un monsieur a perdu son identifiant, l'agent le retrouve avec son nom et sa date de naissance : [[FT:3128745R]]. M. [[P:Lionel Prigent]], {{52 ans}}, licenciement économique chez {{Cooperl}}. Inscription refaite en {{20 min}}."),
    ("france_travail", "accueil_physique", "Borne : « [[FT:0452178m]] » tapé en minuscule, code SMS sur [[TEL:06 84 27 19 55]], {{5 min}} 👍"),
    ("france_travail", "accueil_physique", "File à l'accueil : {{9 personnes}} à {{9h}}. Un écran diffuse « {{Salon de l'emploi}} le {{24 avril}} au {{Parc Expo}} ». Sur les 9, {{5}} viennent pour une attestation employeur manquante."),
    ("france_travail", "accueil_physique", "Atelier CV (j'observe) : le modèle projeté est au nom de « [[P:Marie Lambert]], [[ADR:10 rue de la Paix, 75002 Paris]], [[TEL:06 98 76 54 32]], [[MAIL:marie.lambert@email.fr]] ». {{8 participants}}, durée {{2h}}. La conseillère conseille {{1 page}} maximum."),
    ("france_travail", "accueil_physique", "Entretien d'inscription : l'agent recopie le NIR de la carte Vitale, [[NIR:1 02 02 44 236 469 71]]. [[P:Maxime Jourdan]], {{24 ans}}, {{BTS MCO}}, veut bosser chez {{Decathlon}}. Identifiant attribué : [[FT:7316520S]]. Mail pour les offres : [[MAIL:maxime.jourdan02@icloud.com]]."),
    ("france_travail", "accueil_physique", "RIB pour l'{{ARE}} : la dame a un compte en {{Espagne}}, [[IBAN:ES89 0049 3347 8072 1286 2354]]. L'agent dit que c'est OK. Allocation {{38,40 €}} brut par jour. Mme [[P:Carmen Ortega]], id [[FT:6 620 194 W]]."),
    ("france_travail", "accueil_physique", "Un monsieur énervé : radié {{1 mois}} pour absence à un rdv le {{12 février}}. Il n'a jamais reçu le courrier (recommandé n° {{1A 157 864 2093 5}}, « distribué » selon {{La Poste}}), envoyé à [[ADR:6 rés. du Parc, bât B, 35700 Rennes]] : il a déménagé il y a {{6 mois}} ! Nouvelle adresse saisie : [[ADR:41 av. Henri Fréville, Rennes]]. M. [[P:Boukhari]] fait un recours, réponse sous {{2 mois}}."),
    ("france_travail", "accueil_physique", "Copie écran dossier DE :\nIdentifiant : [[FT:5 204 871 T]]\nCivilité : M\nNom : [[P:ROPARS]]\nPrénom : [[P:Erwan]]\nDate de naissance : [[DN:23/10/1987]]\nCatégorie : A\nFin de droits : {{31/05/2026}}\nConseiller référent : [[P:A. Lemarchand]]"),
    ("france_travail", "accueil_physique", "{{3 jeunes}} pour le {{Contrat d'engagement jeune}} : allocation jusqu'à {{545 €}} par mois (décret n° {{2022-199}}, l'agent a le texte imprimé). L'agent donne les infos et des rdv à la {{Mission locale}} la semaine prochaine."),
    ("france_travail", "accueil_physique", "Une jeune femme vient déclarer une formation financée par son {{CPF}} : {{AFPA}}, {{Titre pro ADVF}}, {{4 mois}}. Identifiant FT [[FT:6103 958 L]]. [[P:Justine Moal]] demande si elle garde l'{{ARE}} pendant la formation : oui, c'est l'{{AREF}}."),
    ("france_travail", "accueil_physique", "Attestation employeur au nom de la {{SARL Transports Le Guen}}, SIRET {{007 056 146 69632}}. Le salarié, [[P:Dylan Le Guen]], c'était l'entreprise de son oncle. Fin de CDD le {{28 février}}. Il manque la {{DSN}}, l'agent relance l'employeur."),
    ("france_travail", "accueil_physique", "{{11h30}} : une dame demande l'adresse mail de sa conseillère. L'agent lui donne [[MAIL:sophie.caroff@francetravail.fr]] et précise que Mme [[P:Caroff]] répond sous {{48h}}, « sinon le {{3949}} »."),
    # ---- france_travail / accueil_telephonique (14)
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}} : l'usager donne son identifiant à voix haute : « [[FT:quatre, cinq, un, zéro, neuf, huit, trois, B comme Bernard]] ». M. [[P:Coulibaly]] demande pourquoi son paiement de {{mars}} est bloqué : actualisation non faite (entre le {{28}} et le {{15}})."),
    ("france_travail", "accueil_telephonique", "Appel sortant : la conseillère appelle une demandeuse pour un rdv, [[TEL:+33 7 49 20 61 85]]. Mme [[P:Nguyen Thi Lan]] (id [[FT:7034518E]]), rdv {{jeudi}} {{14h}} agence de {{Cleunay}}. Pas de réponse, SMS envoyé."),
    ("france_travail", "accueil_telephonique", "Appels entrants {{3949}} entre {{9h}} et {{10h}} : {{42}}. Motifs : actualisation ({{15}}), paiement ({{12}}), attestations ({{8}}), autres. Durée moyenne {{7 min}}."),
    ("france_travail", "accueil_telephonique", "Appel d'un employeur, le {{Biocoop}} de {{Saint-Grégoire}}, qui veut recruter : le gérant, M. [[P:Tual]], laisse son portable [[TEL:06 25 81 47 36]]. Offre publiée dans la foulée, n° {{183QWZK}}, {{CDI}} {{35h}}."),
    ("france_travail", "accueil_telephonique", "Au tel, un monsieur lit son IBAN pour un changement de compte : « [[IBAN:FR76, 3000, 3184, 0442, 9729, 8813, 576]] ». L'agent dit qu'il doit le faire lui-même dans son {{espace personnel}}, mais note quand même. M. [[P:Jérémy Lefeuvre]] n'a pas d'ordi, juste un vieux tel à clapet, {{Nokia}}."),
    ("france_travail", "accueil_telephonique", "« mon identifinat c'est le [[FT:2087461G]] », {{57 ans}}, question sur l'{{ASS}}."),
    ("france_travail", "accueil_telephonique", "Appel de {{25 min}} pour une attestation {{Pôle emploi}} de {{2019}}. L'agent explique que c'est dans l'espace perso, rubrique « {{Mes attestations}} ». Le monsieur ne lit pas très bien, l'agent la lui envoie par courrier."),
    ("france_travail", "accueil_telephonique", "Appel d'une dame installée à {{Rennes}} depuis la {{Guadeloupe}} : tel [[TEL:+590 690 41 28 73]], identifiant [[FT:7 7 2 0 1 4 5 C]]. Transfert du dossier de l'agence de {{Pointe-à-Pitre}}, {{10 jours}}."),
    ("france_travail", "accueil_telephonique", "La conseillère au tel avec un employeur pour une {{PMSMP}} : candidat [[P:Abdoulaye Barry]], id [[FT:1 837 265 X]], tuteur chez {{Intermarché}} M. [[P:Josselin]]. Convention de {{2 semaines}}, du 13 au {{24 avril}}."),
    ("france_travail", "accueil_telephonique", "Une femme signale qu'elle a repris un emploi : « je suis [[P:Gwendoline]], [[P:G-W-E-N-D-O-L-I-N-E]] ». Elle donne sa DDN, [[DN:31.12.1982]], pour être retrouvée. Reprise le {{16 mars}} en {{CDD}} de {{6 mois}}."),
    ("france_travail", "accueil_telephonique", "Appel depuis un numéro belge : [[TEL:0032 472 90 15 38]]. Un demandeur qui travaille en intérim en {{Belgique}} ({{Randstad}}). Il faut le formulaire {{U1}}. M. [[P:Jonathan Vermeulen]], identifiant [[FT:4218673P]]."),
    ("france_travail", "accueil_telephonique", "Mail récap envoyé pendant l'appel à [[MAIL:tahar.benmoussa.pro@gmail.com]], rdv du {{8 avril}}."),
    ("france_travail", "accueil_telephonique", "Une dame a reçu un faux SMS : « France Travail : votre dossier est suspendu, cliquez ici ». Numéro de l'expéditeur : [[TEL:06 43 90 17 22]]. Elle a déjà donné son RIB ! [[IBAN:FR76 3000 4535 0918 8890 7087 856]]. L'agent : appeler sa banque tout de suite, signaler sur {{Pharos}} et au {{33700}}."),
    ("france_travail", "accueil_telephonique", "Un homme lit son identifiant avec un espace au mauvais endroit : « identifaint [[FT:42186 73 P]] », l'agent ne trouve rien, puis comprend. [[P:Yohann Le Corre]] demande la date de son prochain paiement : autour du {{3 avril}}."),
    # ---- france_travail / controle_sur_place (14)
    ("france_travail", "controle_sur_place", "Contrôle de la recherche d'emploi, entretien dans l'agence : M. [[P:Thierry Laval]], id [[FT:3391027N]]. Il montre ses candidatures : {{27}} en {{3 mois}}, captures d'écran {{Indeed}}. Le contrôleur dit que c'est suffisant, dossier clos en {{40 min}}."),
    ("france_travail", "controle_sur_place", "Visite d'entreprise avec la conseillère entreprise : {{Boulangerie Hubert}}, à {{Cesson-Sévigné}}. Le patron, M. [[P:Hubert]], cherche un apprenti, {{35h}}, {{1 100 €}}. Il a eu {{0}} candidat en {{2 mois}}."),
    ("france_travail", "controle_sur_place", "Visite d'un organisme de formation ({{Greta}}), contrôle de l'assiduité : {{12 stagiaires}} inscrits, {{9}} présents. Feuilles d'émargement vérifiées sur {{4 semaines}}."),
    ("france_travail", "controle_sur_place", "Visite d'un chantier d'insertion, {{Les Jardins de Cocagne}}. Salarié en insertion : [[P:Kévin Roger]] (inscrit sous le [[FT:2973104 D]]), {{PASS IAE}} n° [[ID:35026 24 01872]]. {{26h}} par semaine, fin de contrat en {{septembre}}."),
    ("france_travail", "controle_sur_place", "Contrôle sur place chez {{SAS Breizh Nettoyage}} (aide à l'embauche) : l'agent vérifie {{5 contrats}}. Une salariée, [[P:Priscilla Jouan]], NIR [[NIR:2 84 07 59 112 948 83]], déclarée à temps plein mais planning à {{20h}} par semaine."),
    ("france_travail", "controle_sur_place", "Job dating au {{Roazhon Park}} : {{150 candidats}}, {{22 employeurs}}. Un recruteur de {{Keolis}} me donne sa carte : [[P:Fabrice Hellec]], [[TEL:06 71 05 38 12]], [[MAIL:fabrice.hellec@keolis-rennes.fr]]. Ils cherchent {{40 conducteurs}} de bus."),
    ("france_travail", "controle_sur_place", "Contrôle d'une formation : stagiaire absente {{6 jours}}. Elle justifie par un arrêt maladie du Dr [[P:Le Saux]]. Stagiaire : [[P:Sarah Bellamy]], née le [[DN:04/06/1999]], identifiant [[FT:8150362W]]. Absences justifiées, rien à retenir."),
    ("france_travail", "controle_sur_place", "Visite à domicile (rare, accompagnement global avec le Département) : Mme [[P:Yasmina Haddou]], [[ADR:7 rue du Morbihan, Saint-Brieuc]]. {{RSA}} + inscrite, n° alloc [[ALLOC:0 962 483]], id [[FT:5920317J]]. Frein : pas de permis, la {{ligne 10}} passe {{1 fois}} par heure."),
    ("france_travail", "controle_sur_place", "Forum {{Handi-emploi}} avec {{Cap emploi}} : {{40 stands}}. Je compte {{3}} stands avec quelqu'un qui parle la {{LSF}}. Fin à {{17h}}, les employeurs remballent à {{16h30}}."),
    ("france_travail", "controle_sur_place", "Contrôle en entreprise pour une {{AFPR}} : employeur {{Garage du Stade}}, tuteur M. [[P:Drouet]]. Stagiaire [[P:Anthony Cosson]], [[DN:08/04/2001]], id [[FT:6047713K]]. Il vient avec sa voiture [[IMMAT:DL 771 PX]], {{18 km}} matin et soir."),
    ("france_travail", "controle_sur_place", "Visite d'un {{GEIQ}} agricole : {{12 saisonniers}} pour la récolte des {{fraises}}. Un saisonnier roumain, [[P:Costel Dumitru]], passeport [[ID:054812377]], compte [[IBAN:RO30 RNCB 3173 0751 8778 8508]]. Logés dans des {{mobil-homes}} sur l'exploitation."),
    ("france_travail", "controle_sur_place", "Entretien de contrôle en agence : la demandeuse montre son {{Leboncoin}}, elle vend des meubles retapés sous le pseudo [[ID:@meubles_de_manon]]. [[P:Manon]] (dossier [[FT:0628841V]]) fait {{3 ventes}} par mois, environ {{250 €}}. La conseillère lui parle de la {{micro-entreprise}}."),
    ("france_travail", "controle_sur_place", "Sortie avec l'équipe {{Accompagnement intensif jeunes}} à {{Maurepas}} : rencontre d'[[P:Ilyes]], {{19 ans}}, décrocheur. Il donne son snap ([[ID:ilyes.mrp35]]) et son tel [[TEL:07 66 02 81 49]] pour qu'on le recontacte. {{Atelier}} jeudi à {{14h}}."),
    ("france_travail", "controle_sur_place", "Visite entreprise : {{Menuiserie Kerjean}}. Embauche en CDI de [[P:Romain Guillard]] le {{02/03/2026}}, aide à l'embauche {{2 000 €}}. Véhicule de société fourni, immat [[IMMAT:GT-806-NA]]. Tout est conforme, {{1h}} de visite."),
]
# fmt: on


def fail(message: str) -> None:
    raise SystemExit(f"holdout_author.py: {message}")


def parse(raw: str, where: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0
    for match in MARK_RE.finditer(raw):
        before = raw[pos : match.start()]
        parts.append(before)
        length += len(before)
        code, masked, kept = match.group(1), match.group(2), match.group(3)
        value = kept if kept is not None else masked
        if not value or value != value.strip():
            fail(f"{where}: empty mark or mark with outer whitespace: {match.group(0)!r}")
        if any(token in value for token in MARK_TOKENS):
            fail(f"{where}: nested or stray mark in {match.group(0)!r}")
        if kept is None:
            if code not in CODES:
                fail(f"{where}: unknown code {code!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in MARK_TOKENS:
        if token in text:
            fail(f"{where}: stray mark {token!r} left in the text")
    if not keep:
        fail(f"{where}: no keep string")
    covered = [False] * len(text)
    for ent in entities:
        for i in range(ent["start"], ent["end"]):
            covered[i] = True
    for kept in keep:
        starts = [m.start() for m in re.finditer(re.escape(kept), text)]
        if all(any(covered[s : s + len(kept)]) for s in starts):
            fail(f"{where}: keep string {kept!r} only occurs inside a masked span")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, item in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        if not (isinstance(item, tuple) and len(item) == 3):
            fail(f"{note_id}: not a (site_kind, channel, text) tuple")
        site_kind, channel, raw = item
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            fail(f"{note_id}: bad site kind or channel {site_kind!r} / {channel!r}")
        text, entities, keep = parse(raw, note_id)
        notes.append(
            {
                "id": note_id,
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    rng = random.Random(SEED)
    dev: list[dict] = []
    holdout: list[dict] = []
    for key in sorted(strata):
        group = strata[key]
        if len(group) % 2:
            fail(f"stratum {key} has an odd size ({len(group)})")
        rng.shuffle(group)
        for index, note in enumerate(group):
            (dev if index % 2 == 0 else holdout).append(note)
    for name, half in (("dev", dev), ("holdout", holdout)):
        present = {ent["label"] for note in half for ent in note["entities"]}
        missing = sorted(set(CODES.values()) - present)
        if missing:
            fail(f"label(s) missing from {name}: {', '.join(missing)}")
    return dev, holdout


def write(path: Path, notes: list[dict]) -> None:
    lines = [
        json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda note: note["id"])
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
