"""Author and split the independent25 evaluation notes (stdlib only).

The notes below were typed by hand, one by one, with inline marks:
``[[CODE:value]]`` marks a span to mask and ``{{value}}`` marks a string to keep.
Running this script strips the marks, computes offsets, splits the notes into two halves
and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind25"
SEED = 25_2026
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
MARK_RE = re.compile(r"\[\[([^\[\]{}:]*):(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)
STRAYS = ("[[", "]]", "{{", "}}")

# fmt: off
NOTES = [
    # ---- caf / accueil_physique (14) ----
    ("caf", "accueil_physique", "{{9h10}} ouverture, deja {{23 personnes}} dehors sous la pluie. premier : mr [[P:Kevin Le Bihan]], attestation de paiement {{APL}} pour son bailleur. l'agente ([[P:Soizic]]) lui sort ca en {{2 min}} a la borne. n° alloc [[ALLOC:2381746]]"),
    ("caf", "accueil_physique", "Ce qui me frappe le plus ce matin à la {{Caf}} de {{Rennes}}, c'est le silence dans la salle d'attente : une {{quarantaine}} de personnes, presque personne ne parle, tout le monde regarde l'écran qui appelle les tickets. L'agente m'explique que le délai moyen est de {{45 minutes}} le {{lundi}} et qu'il tombe à {{15 minutes}} le {{jeudi}}. Elle ajoute que les gens viennent tôt « pour être sûrs », même quand ils ont rendez-vous à {{11h}}. Vers {{10h}}, une dame dit tout haut qu'elle est là depuis {{8h15}} pour une simple attestation, et toute la salle rit. L'agente me glisse que c'est souvent comme ça : un rire, puis plus rien."),
    ("caf", "accueil_physique", "Ecran dossier recopié :\nAllocataire : [[P:BENALI Yasmina]]\nN° : [[ALLOC:0745123]]\nNIR : [[NIR:2 78 01 13 055 284 17]]\nNée le : [[DN:17/01/1978]]\nAdresse : [[ADR:14 allée des Tilleuls, 35200 Rennes]]\nRIB : [[IBAN:FR76 3000 4018 2300 0123 4568 727]]\nDroits : {{RSA}} + {{APL}} + {{AF}}\n-> elle vient pour un {{trop-perçu}} de {{312 €}}"),
    ("caf", "accueil_physique", "- vous avez fait votre {{déclaration trimestrielle}} ?\n- non j'ai pas compris le site\n- on va la faire ensemble, vous avez votre mot de passe ?\n- c'est ma fille [[P:Océane]] qui l'a\nL'agent appelle la fille devant nous, au [[TEL:06 71 38 20 95]]. {{RSA}} suspendu depuis {{février}}."),
    ("caf", "accueil_physique", "Mme [[P:Nguyen Thi Lan]] ds file prio (enceinte {{8 mois}}). dde {{PAJE}} + chgt situ. agt vérif CNI n° [[ID:X4RT7PFW2]]. ok ds {{10 min}}. rdv {{travailleur social}} {{jeudi 14h}}"),
    ("caf", "accueil_physique", "M. [[P:DA SILVA Manuel]] vient avec un courrier de la {{Caf}} : contrôle de ressources. Il parle surtout portugais, c'est sa voisine Mme [[P:FERREIRA]] qui traduit. L'agent demande un {{RIB}} : il tend un papier avec [[IBAN:PT50 0035 0123 0004 5678 9017 4]]. L'agent hésite, va demander à sa cheffe. Compte au {{Portugal}} accepté ?? (à vérifier)"),
    ("caf", "accueil_physique", "file d'attente jusqu'au trottoir 😮 {{10h30}}. {{2 agents}} sur {{5 guichets}} ouverts (arrêts maladie + formation). les gens ont des pochettes plastique pleines de papiers. un papi ([[P:Barbier]], {{84 ans}}) demande l'{{ASPA}}, on lui dit que c'est pas la {{Caf}} mais la {{Carsat}} 🙄"),
    ("caf", "accueil_physique", "jeune femme, [[P:Aminata]], {{22 ans}}, vient declarer son demenagement. nouvelle adresse [[ADR:bat B appt 12, 3 rue du Docteur Roux, 59000 Lille]]. num alloc [[ALLOC:5129804]]. ancien bailleur {{Vilogia}} garde la caution. l'agente lui explique que l'{{APL}} sera recalculee le mois suivant, pas avant. elle demande si ca sera pareil, reponse : depend du loyer ({{540 €}})"),
    ("caf", "accueil_physique", "ENCORE UN DOSSIER BLOQUÉ DEPUIS {{3 MOIS}} !!! M. [[P:OKONKWO]], ALLOC [[ALLOC:1902558]], ATTEND SON {{AAH}} RÉVISÉE. IL DIT « C'EST LA FAUTE À {{MACRON}} ». L'AGENT PEUT RIEN FAIRE À PART FAIRE REMONTER."),
    ("caf", "accueil_physique", "L'agente d'accueil, [[P:Martine]], travaille ici depuis {{vingt-deux ans}}. Elle me dit que le plus dur n'est pas l'agressivité, rare, mais de devoir dire non à des gens qui ont raison sur le fond. Elle a vu passer la réforme de la {{prime d'activité}} en {{2016}} et celle des {{APL}} en {{2021}}, et à chaque fois {{six mois}} de files d'attente. Elle n'a jamais demandé à changer de poste."),
    ("caf", "accueil_physique", "{{borne n°2}} en panne depuis ce matin. {{ticket C047}} appelé à {{11h02}}."),
    ("caf", "accueil_physique", "Mr [[P:Kowalsky]] non [[P:Kowalski]] (il corrige l'agent) – pension alimentaire impayée, dde {{ASF}}. ex-conjointe introuvable. agent saisit la derniere adresse connue de l'ex : [[ADR:27 chemin de la Justice, 21000 Dijon]]. {{2 enfants}}, {{7 et 11 ans}}. dossier [[ALLOC:3390417]]."),
    ("caf", "accueil_physique", "« mon mail c'est [[MAIL:fatou.sarr93@gmail.com]] » – l'agent tape, se trompe, efface. « non, [[P:sarr]] avec deux r ». Mme [[P:SARR]] vient pour activer son espace {{caf.fr}}, jamais reçu le code. Code renvoyé, reçu sur son tel à {{14h37}}."),
    ("caf", "accueil_physique", "changement de RIB pr M. [[P:Diakité Oumar]] : nouveau compte au {{Crédit Mutuel}}, RIB [[IBAN:10278 36021 00021456301 46]]. L'agent scanne, dit que le 1er versement sur ce compte sera le {{5 du mois}} prochain. M. demande si son {{RSA}} de {{635,71 €}} tombe quand même : oui."),
    # ---- caf / accueil_telephonique (14) ----
    ("caf", "accueil_telephonique", "appel {{9h02}} – dame très énervée, {{4e appel}} de la semaine. Num alloc [[ALLOC:3016482]], Mme [[P:Roux]]. elle attend sa {{prime de naissance}} depuis {{6 semaines}}. le conseiller ([[P:Yannick]]) voit que le dossier est complet, en attente de validation. promet un rappel sous {{48h}}."),
    ("caf", "accueil_telephonique", "Plateforme tel : {{38 conseillers}} connectés, {{212 appels}} en attente à {{8h45}} 😳. Le superviseur, [[P:Franck Oyono]], dit que {{lundi matin}} = pire moment. Durée moyenne d'un appel {{7 min 30}}."),
    ("caf", "accueil_telephonique", "l'allocataire donne son numéro de sécu à voix haute, tout le plateau entend : [[NIR:1 83 12 99 397 012 07]]. né le [[DN:vingt-huit décembre quatre-vingt-trois]] à {{Moroni}}. [[P:Said Ahmed Mohamed]], {{APL}} + {{prime d'activité}}. le conseiller lui dit de ne jamais donner ce numéro par tel sauf à nous lol"),
    ("caf", "accueil_telephonique", "appel pr chgt sit fam : sép depuis le {{01/09}}. Mme [[P:Ribeiro]] donne tel perso [[TEL:07 82 14 55 30]] pr rappel. {{ASF}} ? non, pas encore. {{RSA majoré}} ? vérif."),
    ("caf", "accueil_telephonique", "un monsieur appelle pour sa mere agee, il veut savoir pourquoi l'{{ALS}} a baisse. le conseiller peut pas repondre : pas de procuration. il donne quand meme le n° alloc de sa mere [[ALLOC:1147230]] et son nom [[P:Marie-Therese Gourvennec]]. refus poli. le fils raccroche sans dire au revoir."),
    ("caf", "accueil_telephonique", "Fiche contact affichée :\n[[P:TRAORE Awa]]\nTél : [[TEL:+33 6 45 09 87 21]]\nMail : [[MAIL:awa.traore@laposte.net]]\nDernier contact : {{12/02}} (accueil {{Bobigny}})\nMotif : {{AAH}} renouvellement, dossier {{MDPH}} en cours"),
    ("caf", "accueil_telephonique", "les conseillers ont un script mais personne ne le suit vraiment, surtout pas [[P:Ludovic]]. {{3 appels sur 5}} finissent par « envoyez le justificatif via votre espace ». Le {{3230}} est saturé de {{9h}} à {{11h}}."),
    ("caf", "accueil_telephonique", "- votre IBAN s'il vous plait\n- attendez j'ai pas mes lunettes\n- prenez votre temps\n- [[IBAN:FR76 1250 6200 4456 3114 0271 902]]\nla conseillère [[P:Nadège]] relit tout, ok. M. [[P:Lefebvre]] voulait changer de banque depuis {{mars}}."),
    ("caf", "accueil_telephonique", "Appel de Mme [[P:YILMAZ Elif]], {{4 enfants}}, {{ALF}}, allocataire n° [[ALLOC:6027713]]. Elle dit que son mari M. [[P:YILMAZ]] a déjà appelé hier et qu'on lui a dit le contraire. Le conseiller voit une note d'hier : « rappeler avant {{vendredi}} ». Personne n'a rappelé."),
    ("caf", "accueil_telephonique", "elle donne son numero en toutes lettres parce que la ligne coupe : [[TEL:zero six, trente-deux, quarante-quatre, zero un, quatre-vingt-dix-huit]]. le conseiller repete chiffre par chiffre. demande de {{prime de Noel}} pas versee (c'est automatique, elle le savait pas)"),
    ("caf", "accueil_telephonique", "Le conseiller m'explique la différence entre un « appel entrant simple » et un « appel à enjeu ». Les premiers représentent selon lui {{80 %}} du flux : date de paiement, attestation, mot de passe perdu. Les seconds demandent d'ouvrir le dossier, et là il faut compter {{vingt minutes}} minimum, parfois avec un collègue du back-office. L'objectif affiché par la direction reste de {{6 minutes}} par appel, ce qu'il trouve absurde."),
    ("caf", "accueil_telephonique", "appel coupé au bout de {{40 s}}. rappel impossible, numéro masqué."),
    ("caf", "accueil_telephonique", "Vérif identité avant toute info : nom [[P:Lucas Perrin]], date de naissance [[DN:2003-06-14]] (il la donne à l'envers ?!), adresse [[ADR:5 impasse des Mésanges 63100 Clermont-Ferrand]]. Tout concorde. Il demande si son {{APL}} étudiant continue pendant l'été : oui si bail en cours."),
    ("caf", "accueil_telephonique", "Mme [[P:Kone]] veut envoyer ses justificatifs par mail, le conseiller dit non, passer par l'espace perso. Elle insiste et dicte son adresse : [[MAIL:mariam point kone at yahoo point fr]]. Il la note quand même dans le dossier [[ALLOC:2270915]]. {{16h50}}, dernier appel avant la fermeture."),
    # ---- caf / controle_sur_place (12) ----
    ("caf", "controle_sur_place", "Contrôle à domicile avec [[P:Jean-Luc]], contrôleur assermenté depuis {{15 ans}}. Première visite : [[ADR:11 rue Pasteur, appt 23, 25000 Besançon]]. Mme [[P:Girardot]] se déclare seule, mais {{deux brosses à dents}} et des chaussures d'homme dans l'entrée. [[P:Jean-Luc]] ne dit rien, note tout."),
    ("caf", "controle_sur_place", "Vérif identité sur place : {{carte vitale}} de Mme [[P:Sandrine Vuillemin]], [[NIR:2 76 09 25 056 144 29]], née le [[DN:23/09/1976]], allocataire [[ALLOC:4471309]]. Le contrôleur compare avec l'écran de sa tablette. Elle déclare vivre seule avec {{2 enfants}} ({{RSA}} majoré + {{ASF}}). Entretien {{1h10}}."),
    ("caf", "controle_sur_place", "{{3 visites}} prévues quartier {{Planoise}}, une seule personne présente. chez l'une des absentes, sa voiture ([[IMMAT:DL-047-QS]]) est devant, capot encore chaud. avis de passage laissé dans les deux autres boîtes. selon le contrôleur {{40 %}} des visites sont « blanches »."),
    ("caf", "controle_sur_place", "devant l'immeuble, le contrôleur note la voiture garée : [[IMMAT:FG-208-KL]]. il dit qu'il n'a pas accès au fichier des cartes grises, c'est juste pour le rapport. M. [[P:Belkacem]] ouvre en pyjama à {{9h30}}, s'excuse, il travaille de nuit chez {{Lactalis}}."),
    ("caf", "controle_sur_place", "Chez la famille [[P:KABONGO]], {{5 enfants}}, logement {{T3}} de {{58 m²}}. Le contrôleur vérifie la présence des enfants pour les {{allocations familiales}} : l'aîné, [[P:Grâce]], est en {{Belgique}} depuis {{septembre}} pour ses études. Il faudra le déclarer, ce qui fera baisser les droits. La mère pleure. Le contrôleur lui laisse le temps, puis lui explique qu'elle ne sera pas sanctionnée si elle régularise ce mois-ci."),
    ("caf", "controle_sur_place", "check-list contrôleur :\n☑ bail\n☑ quittances {{3 derniers mois}}\n☑ relevés bancaires ([[IBAN:FR39 2004 1010 0505 1298 4K02 254]])\n☐ avis d'imposition {{2023}}\n☑ justificatif garde alternée\nallocataire : [[P:Thomas Guérin]], n° [[ALLOC:4418026]]"),
    ("caf", "controle_sur_place", "visite annulée, Mme [[P:Besnard]] est hospitalisée. retour au bureau {{11h}}."),
    ("caf", "controle_sur_place", "Le contrôleur appelle le bailleur devant moi pour confirmer le loyer : réf. locataire {{Habitat 25}} [[ID:HL-0458812]]. Loyer {{412 €}} + charges {{67 €}}. Ça colle avec la déclaration de M. [[P:Mbemba]]."),
    ("caf", "controle_sur_place", "mme [[P:lopes]], {{70 ans}} dans {{2 mois}}, vit avec son petit fils [[P:dylan]] {{19 ans}} pas declare. adresse [[ADR:4 rue des Glycines 25300 Pontarlier]]. le controleur explique que [[P:dylan]] doit etre declare, impact sur l'{{APL}}. elle dit qu'il est la que le week end. il note « a verifier »."),
    ("caf", "controle_sur_place", "- vous habitez ici depuis quand ?\n- depuis {{2019}}\n- et M. [[P:Haddad]], il vient souvent ?\n- c'est mon cousin, il dort pas ici\n- il a mis votre adresse sur sa déclaration d'impôts\n(silence)"),
    ("caf", "controle_sur_place", "le contrôleur me montre qu'il a trouvé le compte {{insta}} de l'allocataire ([[ID:@lyna_nails_25]]) qui propose des prestations ongles 💅 à domicile. Pas déclaré. Il dit qu'il n'a pas le droit de s'en servir seul mais que ça « oriente ». Malaise 😬"),
    ("caf", "controle_sur_place", "dernier rdv : M. [[P:Ionescu Dan]] absent, le voisin dit qu'il est parti en {{Roumanie}} avec sa voiture ([[IMMAT:B 123 XYZ]]) depuis {{un mois}}. Le contrôleur laisse sa carte et demande un rappel au [[TEL:03 81 44 27 19]] (sa ligne pro)."),
    # ---- cpam / accueil_physique (14) ----
    ("cpam", "accueil_physique", "{{8h30}} ouverture {{CPAM}} {{Lille}} {{Wazemmes}}. M. [[P:Mohamed Bensalem]] veut une nouvelle {{carte Vitale}}, perdue dans le métro. [[NIR:1 64 06 99 350 031 02]]. L'agente fait la demande sur {{ameli}}, délai {{3 semaines}}, lui imprime une attestation de droits en attendant."),
    ("cpam", "accueil_physique", "La borne multiservice imprime des attestations mais personne ne s'en sert, les gens veulent parler à quelqu'un. L'agent me dit que {{six personnes sur dix}} viennent pour une question qui « se règle sur {{ameli}} », mais qu'elles n'ont pas d'ordinateur, pas d'imprimante ou pas de mot de passe. Il trouve normal de les recevoir quand même : « c'est notre métier »."),
    ("cpam", "accueil_physique", "Mme [[P:Pereira]] : dde {{CSS}} (complémentaire santé solidaire), ress. {{950 €}}/mois. pièces ok sauf avis impo. agt ([[P:Farid]]) scanne. rép. ss {{2 mois}}. tel [[TEL:06.58.31.07.42]]"),
    ("cpam", "accueil_physique", "Écran Vitale :\n[[P:LAURENT Chloé]]\n[[NIR:2 92 11 59 350 112 47]]\nNée [[DN:02.11.1992]]\nMédecin traitant : Dr [[P:Vandenberghe]]\nALD : non\nMutuelle : {{Harmonie}} n° [[ID:HM 7731 0452 98]]"),
    ("cpam", "accueil_physique", "{{14h}} : salle vide 🙂 l'agente, [[P:Coralie]], pull {{bleu marine}} et badge {{Assurance Maladie}}, range les flyers « {{M'T dents}} » et « {{Mon espace santé}} ». Elle dit que l'après-midi c'est calme depuis qu'on est passé sur rdv."),
    ("cpam", "accueil_physique", "jeune homme, [[P:Quentin]], vient pour ses {{IJ}}, arret maladie depuis {{3 semaines}} et rien recu. l'employeur a pas envoye l'attestation de salaire. l'agent appelle l'employeur ({{Boulangerie Ange}}) devant lui, personne repond. il lui donne un mail type a envoyer."),
    ("cpam", "accueil_physique", "Mme [[P:MUKENDI Béatrice]], {{RDC}}, demande l'{{AME}} pour elle et sa fille [[P:Divine]] ({{4 ans}}). Passeport [[ID:OB1234567]]. L'agent explique qu'il faut {{3 mois}} de présence en {{France}}. Elle a une attestation d'hébergement du {{Secours Catholique}}."),
    ("cpam", "accueil_physique", "PERSONNE NE SAIT QUE LE {{3646}} EST GRATUIT. L'AGENT LE RÉPÈTE {{5 FOIS}} DANS LA MATINÉE."),
    ("cpam", "accueil_physique", "- c'est pour les remboursements, j'ai changé de banque\n- vous avez le {{RIB}} ?\n- sur mon tel\nl'agente recopie depuis l'écran du tél : [[IBAN:FR76 3000 3021 7000 0503 1187 455]]. M. [[P:Tran Van Minh]] remercie {{3 fois}}."),
    ("cpam", "accueil_physique", "L'agente, [[P:Sylvie Marchand]], me raconte qu'elle a commencé au guichet en {{1998}}, quand les feuilles de soins arrivaient encore par sacs entiers. Elle regrette le temps où les gens venaient « pour rien, pour parler » ; aujourd'hui ils viennent quand tout est bloqué, souvent en colère. Elle reçoit {{35 à 40 personnes}} par jour et dit qu'elle les oublie le soir même, sauf les enfants."),
    ("cpam", "accueil_physique", "Mme [[P:Hervé]], {{88 ans}}, venue seule en bus, déclare son changement d'adresse : elle entre en résidence autonomie {{Les Hortensias}}, [[ADR:12 rue Victor Hugo, appt 4, 29200 Brest]]. L'agent vérifie que son médecin traitant la suit toujours."),
    ("cpam", "accueil_physique", "panne informatique {{10h15}}–{{10h40}}. tout le monde attend. personne ne râle."),
    ("cpam", "accueil_physique", "Mme [[P:Jean-Baptiste Murielle]], née à {{Pointe-à-Pitre}} le [[DN:9 juillet 1985]], sécu [[NIR:285079712013368]] (lu d'un bloc sur la carte). vient pour des frais de transport remboursés à moitié par la {{Sécu}}."),
    ("cpam", "accueil_physique", "M. [[P:Öztürk Mehmet]] avec son fils [[P:Emre]] qui traduit. [[NIR:1 79 10 99 208 055 75]]. Problème : remboursement {{kiné}} refusé, prescription périmée. L'agente explique, le fils traduit, le père s'énerve contre le fils 😅. Nouvelle ordonnance à demander au Dr [[P:Lemaire]]."),
    # ---- cpam / accueil_telephonique (14) ----
    ("cpam", "accueil_telephonique", "Plateforme {{3646}} avec la superviseure, [[P:Agnès Morel]] : l'écran mural affiche {{154 appels}} en file, attente {{18 min}}. Les téléconseillers ont {{2 pauses}} de {{10 min}}."),
    ("cpam", "accueil_telephonique", "appel d'une dame qui a recu un courrier de trop percu de {{1 240 €}} d'{{IJ}}. elle pleure. le teleconseiller [[P:Bastien]] explique qu'elle peut demander un echeancier. elle donne son numero secu [[NIR:268086748216154]] pour qu'il regarde : l'employeur a declare en double."),
    ("cpam", "accueil_telephonique", "Écran appelant :\nAssuré : [[P:GARNIER Paul]]\nDN : [[DN:1950-03-21]]\nAdr : [[ADR:7 place du Marché, 87000 Limoges]]\nTel : [[TEL:05 55 32 18 76]]\nMotif : transport sanitaire {{VSL}}"),
    ("cpam", "accueil_telephonique", "- allo oui c'est pour ma {{carte vitale}}\n- votre numéro de sécurité sociale ?\n- attendez... [[NIR:2 95 03 44 109 308 33]]\n- et votre date de naissance ?\n- le [[DN:vingt mars 95]]\n- merci madame [[P:Le Floch]]"),
    ("cpam", "accueil_telephonique", "Le téléconseiller, [[P:Karim Benaïssa]], m'explique que beaucoup d'appels concernent le {{tiers payant}} refusé en pharmacie. Souvent, la carte n'a pas été mise à jour après un changement de régime. Il ne peut pas régler le problème lui-même : il crée une « demande » qui part en back-office, délai annoncé {{dix jours}}. Les gens rappellent au bout de trois."),
    ("cpam", "accueil_telephonique", "appel pr attest. droits à envoyer par mail → [[MAIL:j.moreau.pro@orange.fr]] (M. [[P:Moreau]]). envoi via {{ameli}} en {{2 min}}. ok."),
    ("cpam", "accueil_telephonique", "Mme [[P:DIALLO Kadiatou]] appelle depuis la {{Guinée}}, en vacances, hospitalisée là-bas. veut savoir si c'est remboursé. conseiller : formulaire {{S3125}} à faire remplir. Numéro de rappel : [[TEL:+224 622 45 18 07]]."),
    ("cpam", "accueil_telephonique", "musique d'attente = {{Vivaldi}} en boucle 🎻 les conseillers ne l'entendent plus."),
    ("cpam", "accueil_telephonique", "monsieur veut etre rembourse sur le compte de sa femme, le conseiller dit que c'est possible si elle est ayant droit. il dicte l'iban [[IBAN:FR62 3000 2006 1400 0009 1472 X89]] et le nom [[P:Samia Haddou]]. verif en cours, rappel {{vendredi}}."),
    ("cpam", "accueil_telephonique", "un appel de {{22 min}} pour un mot de passe {{ameli}} 😩 le monsieur, [[P:René]], {{81 ans}}, n'a pas d'adresse mail. Le conseiller finit par lui envoyer le code par courrier."),
    ("cpam", "accueil_telephonique", "Appel d'une aide à domicile pour le compte de Mme [[P:Bernadette Faure]] : la mutuelle {{MGEN}} refuse un remboursement parce que la {{Cpam}} n'aurait rien transmis. Elle dicte le n° d'adhérent [[ID:2 451 883 607]] puis le n° de sécu de la dame, [[NIR:2 47 10 63 113 025 13]]. Le conseiller voit que la télétransmission {{Noémie}} est coupée depuis {{janvier}} et la rétablit."),
    ("cpam", "accueil_telephonique", "beaucoup d'appels sur les {{arrêts de travail}} envoyés en papier : les copies ne sont plus acceptées depuis {{juillet}}. Le conseiller dit « {{formulaire sécurisé}} » {{12 fois}} en une heure."),
    ("cpam", "accueil_telephonique", "M. [[P:Ferhat]] rappelle pour la {{3e fois}}. toujours pas de {{carte Vitale}}."),
    ("cpam", "accueil_telephonique", "Le conseiller me montre un dossier : assurée [[P:Ana Cristina Fonseca]], travaille au {{Luxembourg}}, formulaire {{S1}}. Elle appelle pour que ses remboursements aillent sur son compte portugais [[IBAN:PT50 0033 0000 4512 3987 6540 5]]. Possible, mais il faut un courrier signé."),
    # ---- cpam / controle_sur_place (12) ----
    ("cpam", "controle_sur_place", "Contrôle arrêt maladie avec l'agent enquêteur [[P:Philippe]]. {{11h40}} : [[ADR:36 avenue de la République, 13001 Marseille]], M. [[P:Castellani]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}. Personne. Avis de passage. En repartant on le croise qui sort de sa {{Clio}} ([[IMMAT:FE-129-MA]]) avec un sac de la pharmacie, il montre le ticket."),
    ("cpam", "controle_sur_place", "Fiche de contrôle :\nAssuré : [[P:BOUAZIZ Karim]]\nNIR : [[NIR:1 87 03 35 238 047 19]]\nArrêt du {{03/03}} au {{31/03}}\nHoraires : {{sorties libres}}\nRésultat : présent"),
    ("cpam", "controle_sur_place", "L'agent enquêteur, [[P:Didier Lamarque]], m'explique qu'il ne juge pas la maladie, seulement la présence. Il fait entre {{huit et douze contrôles}} par jour, surtout sur signalement d'employeurs. Il pense que la moitié des signalements sont des conflits du travail déguisés."),
    ("cpam", "controle_sur_place", "la voiture de l'assure ([[IMMAT:ej-774-rv]]) est pas la. l'agent note absence a {{15h10}}, puis se rend compte que les sorties sont ok jusqu'a {{16h}}... donc absence justifiee. il raye. mr [[P:Lambert]] ne saura jamais qu'on est passe."),
    ("cpam", "controle_sur_place", "- bonjour, contrôle de l'{{Assurance maladie}}\n- c'est mon patron qui vous envoie ?\n- je ne peux pas vous répondre\nMme [[P:Hadjadj Leïla]] nous fait entrer. Appartement [[ADR:8 rue Longue, 13002 Marseille]]. Arrêt depuis {{6 semaines}}. Visite {{12 min}}."),
    ("cpam", "controle_sur_place", "{{4 contrôles}}, {{3 présents}}, {{1 absent}} (M. [[P:Fontaine]], encore) 🚗 on a fait {{62 km}} dans la journée"),
    ("cpam", "controle_sur_place", "ctrl {{14h05}} : M. [[P:N'Diaye Ibrahima]], arrêt {{AT}} (chantier). présent, en béquilles. agt vérifie CNI [[ID:190575108452]]. RAS."),
    ("cpam", "controle_sur_place", "Mme [[P:KERBRAT]] absente. L'agent appelle le numéro du dossier, [[TEL:06 24 81 93 50]], c'est son mari qui répond : elle est chez le médecin, Dr [[P:ROPARS]]. L'agent demande un justificatif sous {{48 heures}}."),
    ("cpam", "controle_sur_place", "Ce qui m'a étonnée : l'agent enquêteur, [[P:Loïc]], se gare toujours à {{100 mètres}} pour ne pas que les voisins voient le logo sur la voiture. Il dit que dans les petites communes comme {{Landerneau}}, tout se sait, et qu'un contrôle peut faire plus de mal qu'une absence."),
    ("cpam", "controle_sur_place", "CONTRÔLE {{16H30}} : VOITURE IMMATRICULÉE EN {{ESPAGNE}} DEVANT LA MAISON ([[IMMAT:4821 KRT]]), ASSURÉ M. [[P:GONZALEZ]] DIT QUE C'EST CELLE DE SON FRÈRE EN VISITE. PRÉSENT. RAS."),
    ("cpam", "controle_sur_place", "visite annulée : assuré hospitalisé depuis hier (info employeur). {{13h}}."),
    ("cpam", "controle_sur_place", "Dernier contrôle de la journée, sur demande du {{médecin-conseil}} : M. [[P:Thierry Bouvier]], né le [[DN:11 février 1957]], en arrêt depuis {{11 mois}}. Il vit seul au [[ADR:3 chemin des Vignes, 31200 Toulouse]]. L'agent constate un logement très encombré, des factures non ouvertes sur la table, et décide de signaler la situation au service social de la {{Carsat}}. Il me dit que ce n'est pas dans sa mission, mais qu'il le fait quand même."),
    # ---- ccas / accueil_physique (14) ----
    ("ccas", "accueil_physique", "{{CCAS}} {{Villeurbanne}}, {{9h}}. Première demande : aide alimentaire. Mme [[P:Zerrouki]] et ses {{3 enfants}}, sécu [[NIR:2 81 05 80 021 352 47]], n° alloc [[ALLOC:7208841]]. L'agente remplit la fiche : ressources {{780 €}}, loyer {{520 €}}. Reste à vivre {{8 €}} par jour et par personne. Orientation {{épicerie sociale}} « {{Le Panier Solidaire}} »."),
    ("ccas", "accueil_physique", "domiciliation : mr [[P:Florin Popescu]] dort dans sa voiture ([[IMMAT:CJ 07 BXR]]), veut une adresse pour recevoir son courrier {{RSA}}. l'agente ouvre la domiciliation au {{CCAS}}, il aura une boite. passeport roumain [[ID:056732841]]. valable {{1 an}} renouvelable."),
    ("ccas", "accueil_physique", "Le {{CCAS}} partage le bâtiment avec la {{mairie annexe}}. Les gens se trompent de porte en permanence : cartes d'identité d'un côté, aide sociale de l'autre. L'agent d'accueil, [[P:Jérôme]], fait office d'aiguilleur, il estime à {{un tiers}} les personnes qui arrivent au mauvais guichet."),
    ("ccas", "accueil_physique", "Dossier aide facture énergie :\nDemandeur : [[P:Rachid Ait Ouali]]\nAdresse : [[ADR:21 bd Jean Jaurès, 69100 Villeurbanne]]\nFournisseur : {{EDF}}, réf. client [[ID:6001 234 578]]\nDette : {{1 036,40 €}}\nAide accordée : {{300 €}} ({{FSL}} pour le reste)"),
    ("ccas", "accueil_physique", "- c'est pour le {{colis de Noël}} des anciens\n- vous avez quel âge monsieur ?\n- {{soixante-dix-huit}}\n- et vous êtes inscrit sur la liste ?\n- ma femme l'a fait l'an dernier, [[P:Josiane Mercier]]\n- je vous retrouve... oui, [[ADR:6 allée des Acacias]], c'est ça ?"),
    ("ccas", "accueil_physique", "M. [[P:SAHIN Murat]] demande une aide pour une caution. L'agente lui demande le {{RIB}} du bailleur, pas le sien. Il tend celui du propriétaire, M. [[P:BERTRAND]] : [[IBAN:42559 10000 08013567283 51]]. Passage en commission {{mardi}}."),
    ("ccas", "accueil_physique", "file tranquille ☕ l'agent, [[P:Mehdi]], offre un café à tout le monde. {{11 passages}} en {{2 heures}}."),
    ("ccas", "accueil_physique", "Mme [[P:Lefèvre]] ({{67 ans}}) : dde aide ménagère, rdv éval. à dom. {{lundi}} {{10h}}. tel fixe [[TEL:04 72 65 31 08]]. fille [[P:Nathalie]] en copie : [[MAIL:nath.lefevre69@free.fr]]"),
    ("ccas", "accueil_physique", "ÉPICERIE SOCIALE FERMÉE CETTE SEMAINE. {{14 FAMILLES}} RENVOYÉES VERS LES {{RESTOS DU CŒUR}}."),
    ("ccas", "accueil_physique", "jeune femme, [[P:Andreea]], enceinte, pas de mutuelle. l'agente l'aide pour la demande de {{CSS}}. elle a un numero de secu : [[NIR:2 88 02 99 114 090 10]]. dossier envoye a la {{CPAM}} par courrier, l'agente garde une copie."),
    ("ccas", "accueil_physique", "Mme [[P:Paulette Chassaing]] vient tous les mardis, me dit l'agente, pas pour une aide mais pour parler. Elle a {{91 ans}}, son mari est mort l'an dernier. Aujourd'hui elle apporte une boîte de madeleines pour l'équipe. L'agente en profite pour vérifier qu'elle est bien inscrite au registre du {{plan canicule}}, et pour lui rappeler le {{repas des aînés}}."),
    ("ccas", "accueil_physique", "monsieur [[P:Abdoulaye Keita]], titre de sejour expire, recepisse en cours n° [[ID:7503129846]]. besoin d'une aide pour la cantine de son fils ([[P:Moussa]], {{CE2}}). l'agente accepte le recepisse comme piece d'identite."),
    ("ccas", "accueil_physique", "permanence écrivain public {{14h-16h}} : {{6 personnes}}, surtout des courriers {{Caf}} et bailleurs."),
    ("ccas", "accueil_physique", "inscription au {{repas des aînés}} : M. [[P:Lucien Morvan]], né le [[DN:3/4/41]], tél qu'il dicte par paires : [[TEL:zéro deux, quatre-vingt-dix-sept, quarante, douze, soixante-trois]]. Repas le {{15 décembre}} à la {{salle des fêtes}}."),
    # ---- ccas / accueil_telephonique (14) ----
    ("ccas", "accueil_telephonique", "appel d'une voisine inquiète : M. [[P:Gilbert]] ne répond plus depuis {{2 jours}}, volets fermés, [[ADR:15 rue des Écoles]]. L'agente appelle le numéro du registre, pas de réponse, prévient la {{police municipale}}."),
    ("ccas", "accueil_telephonique", "standard ccas : {{47 appels}} ce matin pour [[P:Lydie]], la moitie pour les {{cheques energie}}. l'agente repond toujours la meme chose : c'est pas nous, c'est l'etat."),
    ("ccas", "accueil_telephonique", "appel Mme [[P:Nkosi]] (?) dde rdv assist. soc. → RDV {{jeudi}} {{9h30}}. confirm. par mail [[MAIL:thandi.nkosi@hotmail.fr]]. orthographe vérif. 2x."),
    ("ccas", "accueil_telephonique", "- {{CCAS}} bonjour\n- oui c'est pour ma mère, elle a plus de chauffage\n- elle habite où ?\n- [[ADR:9 rue du Moulin, à Saint-Fons]]\n- elle a quel âge ?\n- {{84 ans}}\nL'agente déclenche une visite d'urgence {{cet après-midi}}."),
    ("ccas", "accueil_telephonique", "Appels {{plan canicule}}, liste du jour :\n- [[P:Roussel Germaine]] [[TEL:04 78 70 22 91]] ✅\n- [[P:Benhamou Albert]] [[TEL:04 78 61 05 37]] ✅\n- [[P:Pham Thi Hoa]] [[TEL:06 12 84 39 70]] ❌ pas de réponse, rappel {{17h}}\n{{32 personnes}} sur la liste"),
    ("ccas", "accueil_telephonique", "L'agente me dit qu'une bonne partie des appels vient d'enfants qui habitent loin et s'inquiètent pour un parent. Ils ne connaissent pas les dispositifs, ils veulent « quelqu'un qui passe ». Elle a une fiche avec les numéros du {{SSIAD}}, du {{portage de repas}} et de la {{téléassistance}}, qu'elle donne dix fois par semaine. Ce matin, le fils de Mme [[P:Carpentier]] appelait de {{Toulouse}} et a laissé son numéro, [[TEL:06 18 52 77 40]]. Elle lui a donné les trois contacts, puis a appelé elle-même le {{SSIAD}} pour prévenir qu'il allait téléphoner. Elle dit que sinon, la moitié ne rappellent jamais."),
    ("ccas", "accueil_telephonique", "M. [[P:OUEDRAOGO]] appelle pour sa facture de cantine impayée ({{186 €}}). L'agent voit le dossier famille [[P:OUEDRAOGO]], {{quotient familial}} pas mis à jour. Il lui explique de fournir l'attestation {{Caf}} avec le {{QF}} : n° allocataire [[ALLOC:2950136]], il le note."),
    ("ccas", "accueil_telephonique", "appel à {{12h01}}, fermé depuis {{12h}} 😬 l'agente décroche quand même."),
    ("ccas", "accueil_telephonique", "aide exceptionnelle accordee a mme [[P:gomes]], versement sur son compte [[IBAN:FR76 1751 5900 0004 1273 6582 071]]. elle appelle pour savoir quand. tresorerie = {{15 jours}}. elle dit qu'elle a pas {{15 jours}}."),
    ("ccas", "accueil_telephonique", "Un bailleur ({{Lyon Métropole Habitat}}) appelle au sujet de Mme [[P:Benoît Chantal]], dette de loyer, réf. locataire [[ID:LMH-220457]]. Il demande si le {{CCAS}} peut intervenir. L'agente prend le dossier, rappellera la dame au [[TEL:06 98 27 14 05]]."),
    ("ccas", "accueil_telephonique", "{{3 APPELS}} POUR DES PUNAISES DE LIT DANS LA MÊME RÉSIDENCE. L'AGENTE TRANSMET AU {{SERVICE HYGIÈNE}}."),
    ("ccas", "accueil_telephonique", "Demande d'aide sociale à l'hébergement pour M. [[P:Marcel Fabre]], résident à l'{{EHPAD Les Tilleuls}} : sa nièce donne par téléphone sa date de naissance, [[DN:8 février 1956]], et son n° de sécu [[NIR:1 56 02 31 555 402 10]]. Dossier {{ASH}} à monter, délai {{4 mois}}."),
    ("ccas", "accueil_telephonique", "faux numéro, la dame cherchait {{La Poste}}."),
    ("ccas", "accueil_telephonique", "mere appelle pour inscrire sa fille au centre de loisirs (le ccas gere les tarifs). [[P:Inaya Belhadj]], nee le [[DN:14/09/2016]]. tarif selon {{QF}} : {{4,20 €}} la journee."),
    # ---- ccas / controle_sur_place (12) ----
    ("ccas", "controle_sur_place", "Visite à domicile avec l'assistante sociale, [[P:Hélène]], chez M. [[P:Roger Delmas]], {{87 ans}}, [[ADR:2 impasse du Four, 69190 Saint-Fons]]. Frigo presque vide, {{3 yaourts}}, une {{rose}} séchée sur la table. [[P:Hélène]] déclenche le {{portage de repas}} dès {{lundi}}."),
    ("ccas", "controle_sur_place", "La visite se passe dans un {{T2}} au {{8e étage}}, sans ascenseur depuis {{trois semaines}}. La dame, [[P:Odile Fournier]], ne sort plus. L'assistante sociale appelle le bailleur depuis le palier, ton très ferme. Je comprends qu'elle fait ça tous les jours."),
    ("ccas", "controle_sur_place", "on se gare devant chez mme [[P:Petitjean]], sa voiture ([[IMMAT:DX-561-PB]]) a les pneus a plat depuis des mois, elle conduit plus mais veut pas la vendre. c'est son dernier lien avec son mari, dit elle. {{82 ans}}."),
    ("ccas", "controle_sur_place", "VAD {{10h}} : fam. [[P:Rakotomalala]] ({{Madagascar}}), {{2 adultes}} {{4 enf.}} logt humide, moisissures ch. enfants. AS prend photos pr signalement insalubrité {{ARS}}. adr [[ADR:45 rue Paul Bert, 69003 Lyon]]"),
    ("ccas", "controle_sur_place", "- vous prenez vos médicaments ?\n- quand j'y pense\n- votre fille passe quand ?\n- [[P:Sophie]] ? le {{dimanche}}\nMme [[P:Guillot]], {{93 ans}}. Pilulier vide depuis {{mercredi}}. L'AS note d'appeler l'infirmière."),
    ("ccas", "controle_sur_place", "{{3 visites}} ce matin, {{3 cafés}} ☕☕☕ refuser c'est vexer, dit l'AS"),
    ("ccas", "controle_sur_place", "Chez M. [[P:PAPADOPOULOS Yannis]], né le [[DN:25/12/1938]], veuf. Il nous montre le numéro de sa fille collé sur le frigo : [[TEL:06 33 47 80 12]]. L'AS le prend pour le dossier {{APA}}. {{GIR 4}} estimé."),
    ("ccas", "controle_sur_place", "porte close chez Mme [[P:Vernet]]. sa voiture ([[IMMAT:BN-318-TF]]) n'a pas bougé. la voisine dit qu'elle est hospitalisée à {{Édouard-Herriot}} depuis {{vendredi}}."),
    ("ccas", "controle_sur_place", "Accompagnement budgétaire chez Mme [[P:Fatima Ezzahra Amrani]]. L'assistante sociale l'aide à mettre en place un prélèvement pour le loyer. Elle recopie l'IBAN du relevé : [[IBAN:FR76 3006 6109 4700 0102 2736 459]]. Elle explique qu'il vaut mieux le {{10 du mois}}, après le versement du {{RSA}}. Mme [[P:Amrani]] note tout dans un petit cahier à spirale, en arabe et en français."),
    ("ccas", "controle_sur_place", "INSALUBRITÉ : PLAFOND EFFONDRÉ DANS LA SDB. PROPRIÉTAIRE = {{SCI DU PARC}}, GÉRANT M. [[P:VIDAL]]. LOCATAIRE MME [[P:COSTA]] + {{2 ENFANTS}}. ARRÊTÉ DE PÉRIL À DEMANDER."),
    ("ccas", "controle_sur_place", "visite chez [[P:Kevin]] ({{34 ans}}), handicap psy, dossier {{MDPH}} n° [[ID:069-2023-114582]] en attente de l'{{AAH}}. vit chez sa mere, [[ADR:12 montee de la Grande Cote, Lyon 1er]]. l'as propose le {{SAVS}}."),
    ("ccas", "controle_sur_place", "Bilan de la matinée avec l'AS : {{4 visites}}, {{2 signalements}}, {{1 portage de repas}} mis en place. Elle dit que c'est une « bonne » matinée."),
    # ---- urgences / accueil_physique (14) ----
    ("urgences", "accueil_physique", "{{IOA}} {{8h}} : {{17 patients}} en salle, attente estimée {{4h}}. L'infirmière, [[P:Claire]], trie. {{CCMU 2}} pour un monsieur qui s'est coupé la main en cuisine, [[P:Julien Marchetti]], {{34 ans}}."),
    ("urgences", "accueil_physique", "Écran admission :\nArrivée : {{10h52}}\nNom : [[P:DUBOIS]]\nPrénom : [[P:Gérard]]\nNé le : [[DN:12/06/1949]]\nIPP : [[ID:P00458812]]\nMédecin traitant : Dr [[P:Benhamida]]\nPersonne à prévenir : fils [[TEL:06 44 18 92 05]]"),
    ("urgences", "accueil_physique", "Ce qui m'a marqué à l'accueil des urgences de {{Pontchaillou}} : la distance entre la vitre et les gens. L'agente administrative ne peut pas entendre sans se pencher. Les patients répètent leurs symptômes à voix haute devant toute la salle, et personne ne semble trouver ça anormal."),
    ("urgences", "accueil_physique", "jeune femme, [[P:Lou-Anne]], {{23 ans}}, douleur abdo. l'agente admin saisit la secu [[NIR:201049306621955]], pas de mutuelle. elle demande combien ca va couter, l'agente sait pas. « {{forfait urgences}}, {{19,61 €}} » dit l'infirmiere en passant."),
    ("urgences", "accueil_physique", "- il s'appelle comment ?\n- on sait pas, trouvé sur un banc à la {{gare}}\n- papiers ?\n- juste une carte des {{Restos du Cœur}} au nom de [[P:Stéphane Gautier]]\nL'{{IOA}} l'enregistre en « X » en attendant. Les {{pompiers}} repartent à {{10h40}}."),
    ("urgences", "accueil_physique", "pb stationnement : voiture d'un accompagnant garée ds l'aire ambulances, [[IMMAT:GK-380-ZN]]. agt sécu fait un appel au micro. proprio = père d'un enfant en {{box 4}}."),
    ("urgences", "accueil_physique", "le distributeur de boissons est en panne 🥤 et c'est LE sujet de conversation en salle d'attente. {{3h}} d'attente moyenne."),
    ("urgences", "accueil_physique", "Mme [[P:KAMARA Fanta]] amène son fils [[P:Ibrahim]], fièvre à {{39,8}}, maillot {{Mbappé}} trop grand. Elle donne la date de naissance de l'enfant : [[DN:2 mars 2021]]. La pédiatrie est débordée, ils sont envoyés au {{CHU}}."),
    ("urgences", "accueil_physique", "AGRESSION VERBALE À {{13H}} CONTRE L'AGENTE D'ACCUEIL. LA SÉCURITÉ INTERVIENT EN {{2 MINUTES}}. ELLE CONTINUE SON SERVICE COMME SI DE RIEN N'ÉTAIT."),
    ("urgences", "accueil_physique", "Touriste ? non, étudiant : M. [[P:Nguyen Van Duc]], [[NIR:1 97 01 99 243 018 73]], titre de séjour étudiant [[ID:9904518273]]. Entorse de cheville au foot. L'agente vérifie les droits sur {{CDRi}}, ok. Il repart avec une attelle et la facture d'un trop payé à se faire rembourser sur son RIB [[IBAN:13335 00040 08004512387 81]]."),
    ("urgences", "accueil_physique", "monsieur sans droits, orientation {{PASS}} (permanence d'acces aux soins). il s'appelle [[P:Vasyl]], ukrainien, parle un peu anglais. l'agente utilise {{Google Traduction}} sur son tel."),
    ("urgences", "accueil_physique", "Une femme vient récupérer le compte rendu de passage de son père, hospitalisé hier soir. L'agente refuse de le donner sans procuration, mais propose de l'envoyer au médecin traitant. La femme laisse son adresse pour être recontactée : [[MAIL:c.hoareau974@gmail.com]]. Elle s'appelle [[P:Corinne Hoareau]], elle a pris un jour de congé pour venir de {{Saint-Malo}}."),
    ("urgences", "accueil_physique", "{{12 brancards}} dans le couloir à {{9h}}. certains depuis hier soir."),
    ("urgences", "accueil_physique", "patient âgé confus, M. [[P:Le Gall Yves]], {{86 ans}}, amené par un voisin. adr [[ADR:17 rue de Siam 29200 Brest]]. fille injoignable au [[TEL:02 98 44 61 27]]. {{IOA}} note « isolement ++ »."),
    # ---- urgences / accueil_telephonique (14) ----
    ("urgences", "accueil_telephonique", "standard urgences : une femme appelle pour savoir si son mari est arrivé, [[P:Yannick Le Roux]]. L'agente vérifie : oui, {{box 7}}. Elle n'a pas le droit d'en dire plus au téléphone."),
    ("urgences", "accueil_telephonique", "L'infirmière de liaison, [[P:Gaëlle]], répond aux appels des {{EHPAD}} qui veulent envoyer un résident. Elle essaie à chaque fois de savoir si le transfert est vraiment nécessaire, ou si le médecin coordonnateur peut passer. Sur {{cinq appels}}, elle en évite {{deux}}."),
    ("urgences", "accueil_telephonique", "appel d'un medecin de ville pour un patient qu'il adresse, dr [[P:Morin]]. patient [[P:Sami Cherif]], ne le [[DN:30/01/1978]], IPP donne par le medecin [[ID:P01233457]]. l'{{IOA}} note tout sur un post-it (!)"),
    ("urgences", "accueil_telephonique", "- urgences bonjour\n- oui c'est l'{{EHPAD Korian Les Magnolias}}, on vous envoie Mme [[P:Rossi]]\n- pour quel motif ?\n- chute, elle a {{92 ans}}\n- elle arrive quand ?\n- les ambulances {{Jussieu Secours}} sont en route"),
    ("urgences", "accueil_telephonique", "le téléphone sonne toutes les {{90 secondes}} 📞 j'ai compté."),
    ("urgences", "accueil_telephonique", "Appels reçus {{14h-15h}} (agente admin) :\n- fille de M. [[P:Okafor]] ({{box 3}})\n- pharmacie pour une ordonnance\n- ambulancier perdu dans le parking\n- ex-patient pour un arrêt de travail oublié : [[P:Cédric Vasseur]], rappel au [[TEL:07 61 25 90 34]]"),
    ("urgences", "accueil_telephonique", "appel d'1 patiente sortie hier, vt son CR de passage par mail → [[MAIL:elodie.b@protonmail.com]]. refus (pas par mail, {{secret méd.}}). [[P:Élodie Bourgeois]] pas contente."),
    ("urgences", "accueil_telephonique", "Appel d'une dame pour son voisin, M. [[P:GRÉGOIRE]], tombé chez lui [[ADR:4 rue des Lavandières, 35000 Rennes]]. L'agente lui dit d'appeler le {{15}}, pas les urgences directement. La dame raccroche et rappelle {{2 min}} plus tard : elle a eu le {{15}}."),
    ("urgences", "accueil_telephonique", "le médecin régulateur du {{SAMU}} appelle pour prévenir de l'arrivée d'un polytraumatisé dans {{20 min}}. Tout le monde se met en place, sans un mot."),
    ("urgences", "accueil_telephonique", "une mutuelle ({{Malakoff Humanis}}) appelle pour une prise en charge de chambre, patiente [[P:Josette Lemaire]], n° adherent [[ID:MH08874512]]. l'agente dit que c'est pas le bon service, donne le {{poste 4412}}."),
    ("urgences", "accueil_telephonique", "POINT DE {{17H}} : {{41 PASSAGES}} DEPUIS CE MATIN, {{9 HOSPITALISATIONS}}, {{0 LIT}} DISPO EN MÉDECINE."),
    ("urgences", "accueil_telephonique", "Un petit-fils appelle depuis {{Montréal}} pour sa grand-mère, Mme [[P:Yvette Lachaud]], arrivée dans la nuit. Pour prouver qu'il est de la famille, il récite sa date de naissance, [[DN:4 juin 1939]], et même son numéro de sécurité sociale, [[NIR:2 39 06 87 085 117 53]]. L'agente reste prudente : elle ne confirme rien, transmet au médecin, qui rappellera. Le petit-fils dit qu'il a l'habitude, il gère tous les papiers de sa grand-mère à distance depuis {{six ans}}."),
    ("urgences", "accueil_telephonique", "appel pour un chien mordu. raccroché. {{18h05}}."),
    ("urgences", "accueil_telephonique", "la patiente ([[P:Mélissa]]) veut être rappelée par le médecin, elle dicte son numéro en mots parce que son écran est cassé : [[TEL:zéro sept, quatre-vingts, dix-neuf, cinquante-cinq, zéro deux]]. L'agente écrit [[TEL:07 80 19 55 02]] et relit. {{19h20}}."),
    # ---- urgences / controle_sur_place (12) ----
    ("urgences", "controle_sur_place", "Sortie {{SMUR}} {{14h20}}, [[ADR:23 rue du Général Leclerc, 35700 Rennes]]. Homme, [[P:Patrice]], {{58 ans}}, douleur thoracique. {{ECG}} sur place. Transport au {{CHU}}. Le médecin, Dr [[P:Anne-Sophie Kerhervé]], reste très calme."),
    ("urgences", "controle_sur_place", "Dans le véhicule du {{SMUR}}, l'ambulancier, [[P:Kévin]], conduit vite mais sans à-coups. L'infirmier prépare le matériel pendant le trajet. On arrive en {{11 minutes}}. Je n'ai rien le droit de toucher, juste regarder, et ne pas gêner."),
    ("urgences", "controle_sur_place", "equipe mobile geriatrie, visite chez mme [[P:Marcelle Texier]], {{89 ans}}, [[ADR:lieu-dit Kervéhennec, 29150 Châteaulin]]. elle refuse l'hospit. la geriatre, dr [[P:Chen]], negocie {{40 min}}. finalement aide a domicile renforcee."),
    ("urgences", "controle_sur_place", "{{SMUR}} sur AVP {{RN12}}. véh. victime [[IMMAT:CZ-914-HL]]. conducteur [[P:Gwendal]] conscient. {{gendarmerie}} sur place."),
    ("urgences", "controle_sur_place", "- Madame, vous savez quel jour on est ?\n- {{mardi}}\n- et votre date de naissance ?\n- [[DN:huit août vingt-six]]\n- très bien\nMme [[P:Guérin]], {{98 ans}}. La gériatre dit qu'elle est « plus vive que moi »."),
    ("urgences", "controle_sur_place", "retour {{SMUR}} à vide 🚑 patient décédé avant notre arrivée. personne ne parle dans le véhicule."),
    ("urgences", "controle_sur_place", "Fiche {{EMG}} :\n[[P:BLANCHARD Odette]]\nDN [[DN:19/01/1935]]\n[[ADR:5 rue des Peupliers, 44300 Nantes]]\nAidant : fils [[P:Éric]] [[TEL:06 75 40 21 88]]\n{{GIR : 2}}\nTraitement : {{9 médicaments}}"),
    ("urgences", "controle_sur_place", "{{2 SORTIES EN 1H}}. LA 2E POUR UN SCOOTER ([[IMMAT:EK-602-VA]]) CONTRE UN BUS. PAS LE TEMPS DE NOTER."),
    ("urgences", "controle_sur_place", "Intervention pour un malaise dans un foyer de travailleurs à {{Saint-Denis}}. Le patient, M. [[P:Moussa Camara]], n'a que sa {{carte Vitale}} sur lui : l'infirmière recopie le numéro, [[NIR:1 90 05 99 341 077 03]], sur la fiche. Il refuse d'être transporté parce qu'il commence le travail à {{5h}}. Décharge signée."),
    ("urgences", "controle_sur_place", "visite {{emg}} chez mr [[P:pascal]], {{91 ans}}, sa niece veut le compte rendu par mail : [[MAIL:sabine.pascal@wanadoo.fr]]. la geriatre dit ok si le patient est d'accord. il est d'accord."),
    ("urgences", "controle_sur_place", "Sortie annulée en route, le patient a été pris en charge par les {{pompiers}}. Retour {{15h50}}."),
    ("urgences", "controle_sur_place", "{{SMUR}} sur l'autoroute {{A7}}. Voiture néerlandaise [[IMMAT:S-452-GH]]? non, [[IMMAT:GH-452-S]]. Conducteur M. [[P:VAN DIJK Pieter]], touriste, malaise au volant. Sa femme ne parle qu'anglais et néerlandais, l'infirmier se débrouille."),
    # ---- chrs / accueil_physique (14) ----
    ("chrs", "accueil_physique", "Accueil de jour {{9h}} : {{28 passages}}, douches pleines jusqu'à {{11h}}. « [[P:Jojo]] », un habitué, aide à servir le café. Il connaît tout le monde."),
    ("chrs", "accueil_physique", "mr [[P:Aliou Sow]] vient chercher son courrier, {{3 lettres}} dont une de la prefecture. il a un {{APS}} [[ID:7701234598]] qui expire dans {{10 jours}}. l'educ [[P:Mathieu]] l'aide a prendre rdv en ligne, pas de creneau avant {{2 mois}}."),
    ("chrs", "accueil_physique", "L'accueil de jour est une ancienne salle paroissiale, avec un {{olivier}} en pot devant la porte. Il y a une {{bagagerie}}, une machine à laver, un coin avec {{trois ordinateurs}}. Une éducatrice, [[P:Nora]], me dit que le plus demandé, ce n'est ni le repas ni la douche, c'est la prise électrique pour recharger le téléphone."),
    ("chrs", "accueil_physique", "Écran {{SI-SIAO}} :\nDemandeur : [[P:HAMIDOU Soilihi]]\nDN : [[DN:12/12/1983]]\nRéf {{SIAO}} : [[ID:SIAO-35-2024-08817]]\nComposition : {{isolé}}\nPréconisation : {{CHRS}} insertion\nAttente : {{5 mois}}"),
    ("chrs", "accueil_physique", "- t'as vu [[P:Kader]] ?\n- non depuis {{lundi}}\n- il a laissé son sac à la {{bagagerie}}\nLes éducs s'inquiètent. [[P:Kader]] ne rate jamais le petit-déj. Ils appellent le {{115}} pour savoir s'il a dormi quelque part."),
    ("chrs", "accueil_physique", "atelier cuisine 🍲 {{6 participants}}, on fait le tajine de [[P:Malika]]. l'éducatrice dit que c'est le seul moment où personne ne parle de papiers."),
    ("chrs", "accueil_physique", "M. [[P:Tchoumi]] ouverture cpte bancaire ({{droit au compte}}, {{Banque de France}}) → ok, RIB reçu : [[IBAN:FR76 1090 7005 0121 0193 8475 644]]. l'éduc le scanne pr la {{Caf}}, n° alloc [[ALLOC:8304127]], {{RSA}} versé là dès le mois prochain."),
    ("chrs", "accueil_physique", "Entrée au {{CHRS}} : [[P:MARTIN Dylan]], {{22 ans}}, sortant d'{{ASE}}. {{Carte vitale}} : [[NIR:1 02 08 75 120 266 06]]. L'éducatrice lui fait visiter sa chambre, {{n° 14}}, {{2e étage}}. Il demande s'il peut avoir une clé."),
    ("chrs", "accueil_physique", "RÉUNION D'ÉQUIPE {{13H30}} : {{4 PLACES}} LIBRES, {{37 DEMANDES}} EN ATTENTE AU {{SIAO}}."),
    ("chrs", "accueil_physique", "passage de [[P:Wojciech]] (polonais, tout le monde dit « [[P:Wojtek]] »), il veut recuperer ses papiers d'identite gardes au coffre. carte d'identite polonaise [[ID:AYK482917]]. l'educ signe le registre, lui aussi. {{10h50}}."),
    ("chrs", "accueil_physique", "Une femme arrive avec deux enfants et une valise, elle vient de quitter le domicile conjugal. L'intervenante, [[P:Fatoumata]], prend le temps, propose un café, puis appelle le {{115}} devant elle. Elle note le numéro de la dame pour la rappeler dans l'heure : [[TEL:07 53 19 84 26]]. Une place est trouvée en {{hôtel}} à {{20h}}, à l'autre bout de la ville. La dame demande comment elle emmènera les enfants à l'école demain."),
    ("chrs", "accueil_physique", "distribution de {{kits hygiène}} : plus de rasoirs à {{10h15}}. [[P:Abdel]] repart sans."),
    ("chrs", "accueil_physique", "un jeune ([[P:Enzo]]) montre son tiktok a l'educ, [[ID:@enzo_la_rue_35]], il filme la vie dans la rue. l'educ lui dit de flouter les visages des autres. {{20 000 abonnes}}."),
    ("chrs", "accueil_physique", "aide à l'actualisation {{France Travail}} pr M. [[P:Bogdan Rusu]] : id [[FT:5830271H]], mdp oublié. l'éduc fait la démarche avec lui sur le PC. {{20 min}}."),
    # ---- chrs / accueil_telephonique (14) ----
    ("chrs", "accueil_telephonique", "{{115}}, {{21h}}. appel de [[P:Nadia]], {{2 enfants}}, dehors à la gare {{Lille-Flandres}}. l'écoutante ([[P:Maëlle]]) cherche une place : rien. propose un accueil de nuit mères-enfants à {{Roubaix}}, elle accepte."),
    ("chrs", "accueil_telephonique", "L'écoutante du {{115}}, [[P:Clémence]], me dit que certains appelants composent le numéro {{cent fois}} par soirée avant d'obtenir la ligne. Elle a devant elle un tableau des places : vert, orange, rouge. Ce soir tout est rouge à partir de {{19h}}."),
    ("chrs", "accueil_telephonique", "appel d'un habitue, tout le monde l'appelle « [[P:Pepito]] », vrai nom [[P:Jose Manuel Carvalho]] ne le [[DN:07/02/1969]]. il a froid, demande une couverture. maraude prevenue, passage vers {{22h}}."),
    ("chrs", "accueil_telephonique", "Fiche appel {{115}} :\nNom : [[P:RAMDANI]]\nPrénom : [[P:Sofiane]]\nÂge déclaré : {{27 ans}}\nSituation : rue depuis {{3 semaines}}\nTél : [[TEL:07 66 02 41 39]]\nOrientation : {{halte de nuit}}"),
    ("chrs", "accueil_telephonique", "- {{115}} bonjour\n- allo oui je suis à la gare avec ma copine\n- vous vous appelez comment ?\n- [[P:Tony]], et elle [[P:Jessica]]\n- vous avez un chien ?\n- oui, {{Caramel}}\n(pas de place acceptant les chiens ce soir)"),
    ("chrs", "accueil_telephonique", "{{23h40}} ligne saturée 📵 {{46 appels}} non décrochés."),
    ("chrs", "accueil_telephonique", "appel assoc. partenaire ({{Emmaüs}}) pr Mme [[P:Ilunga Mbuyi]], sortie maternité {{J+3}} avec bébé. contact référente [[P:Sophie Ferrand]] : [[MAIL:s.ferrand@asso-horizon35.fr]]. pas de place mère-enfant avant {{lundi}}."),
    ("chrs", "accueil_telephonique", "M. [[P:KOUASSI Jean-Marc]] appelle le {{115}} depuis son travail (intérim, de nuit). Il demande s'il peut arriver après {{23h}} au centre. L'écoutante appelle le veilleur, [[P:Bruno]], qui dit ok."),
    ("chrs", "accueil_telephonique", "{{PLAN GRAND FROID}} DÉCLENCHÉ : {{60 PLACES}} EN PLUS AU {{GYMNASE LÉO-LAGRANGE}}."),
    ("chrs", "accueil_telephonique", "une dame appelle pour signaler un monsieur qui dort dans le hall de son immeuble depuis une semaine, [[ADR:18 rue de Dinan, 35000 Rennes]]. elle donne son nom, mme [[P:Hamon]], mais veut rester anonyme vis a vis de lui. l'ecoutante transmet a la {{maraude du soir}}."),
    ("chrs", "accueil_telephonique", "L'appelant, [[P:Mickaël]], refuse de donner son nom de famille. Il donne seulement sa date de naissance, [[DN:premier mai mille neuf cent quatre-vingt-un]]. L'écoutante dit que c'est suffisant pour le retrouver dans le logiciel. Il est connu depuis {{2015}}."),
    ("chrs", "accueil_telephonique", "appel d'un élu local, M. [[P:Delattre]], adjoint au maire, qui demande combien de personnes dorment dehors dans sa commune. réponse : on ne sait pas. {{10h}}."),
    ("chrs", "accueil_telephonique", "appel en anglais : M. [[P:Tesfaye]] ({{Érythrée}}), arrivé hier à {{Calais}} ? non, à {{Lille}}. tel [[TEL:+44 7700 314 589]] (numéro anglais ?). orienté {{PADA}}."),
    ("chrs", "accueil_telephonique", "un infirmier de l'hopital appelle : patient sortant ce soir, pas de domicile, [[P:Stanislas Nowak]], n° dossier hospitalier [[ID:2024-URG-005871]]. l'ecoutante trouve une place au {{CHRS}} {{Le Phare}} pour {{3 nuits}}."),
    # ---- chrs / controle_sur_place (12) ----
    ("chrs", "controle_sur_place", "Maraude {{20h}}–{{23h30}} avec [[P:Yohann]] et [[P:Inès]]. {{11 personnes}} rencontrées, dont {{3 connues}}. Sous le pont de {{La Mulatière}}, M. [[P:Grzegorz]] dort avec {{2 chiens}}. Il refuse l'hébergement (pas de chiens)."),
    ("chrs", "controle_sur_place", "La maraude se fait à pied dans le centre, puis en camion vers la zone commerciale. Les bénévoles, dont [[P:Gérard]] qui fait ça depuis {{12 ans}}, connaissent chaque recoin : le parking souterrain, l'arrière du {{Lidl}}, le porche en {{pierre}} de l'église {{Saint-Nicolas}}. On distribue soupe, café, duvets."),
    ("chrs", "controle_sur_place", "visite appartement diffus [[ADR:bat C, 7 rue Jules Verne, 35200 Rennes]], famille [[P:Mouhoubi]]. frigo ok, chauffage en panne depuis {{3 jours}}. l'educ [[P:Laetitia]] appelle le bailleur {{Archipel Habitat}}."),
    ("chrs", "controle_sur_place", "maraude : M. [[P:Hervé]] vit ds son camping-car ({{Fiat Ducato}}, [[IMMAT:872 BFE 35]]) sur le parking du stade. pb : PV ++. l'éduc propose une domiciliation."),
    ("chrs", "controle_sur_place", "- bonsoir, vous voulez un café ?\n- t'es nouveau toi\n- je suis en observation ce soir\n- ah. moi c'est [[P:Fred]]. je suis là depuis {{six ans}}. tu notes quoi ?\nJ'ai rangé mon téléphone."),
    ("chrs", "controle_sur_place", "thermos vides à {{22h}} ☕ {{19 cafés}} + {{14 soupes}}. froid de canard 🥶"),
    ("chrs", "controle_sur_place", "Diffus : M. [[P:DIOP Cheikh]] prépare son entretien d'embauche chez {{Transdev}} (conducteur de bus). Il nous montre son courrier {{France Travail}} : identifiant [[FT:4417302 L]], né le [[DN:13/05/1990]]. L'éducateur l'aide à répéter les questions classiques."),
    ("chrs", "controle_sur_place", "MARAUDE ANNULÉE : ORAGE. RESTÉS AU LOCAL À PRÉPARER {{40 KITS}}."),
    ("chrs", "controle_sur_place", "Dans un appartement diffus du quartier {{Maurepas}}, Mme [[P:Salimata Coulibaly]] vit avec ses {{trois filles}} depuis {{huit mois}}. Elle attend un logement social, numéro unique de demande [[ID:035112345678A]]. L'éducatrice vérifie que la demande est à jour, puis l'aide à remplir le dossier de bourse de l'aînée. Elle dit que l'appartement est bien, mais qu'il est « prêté », et que ses filles ne peuvent inviter personne."),
    ("chrs", "controle_sur_place", "maraude {{21h15}} : personne sous le pont ce soir, pas de [[P:Marek]]. ses affaires sont la, pas lui. on laisse un mot."),
    ("chrs", "controle_sur_place", "Compte rendu maraude :\n- [[P:Sergueï]] : ok, veut des chaussettes {{taille 43}}\n- « [[P:Titi]] » : pas vu\n- couple [[P:Adrien]] / [[P:Marina]] : tente déplacée vers le {{canal}}\n- inconnu, {{50 ans}} env., allongé, répond ok"),
    ("chrs", "controle_sur_place", "visite diffus chez [[P:Aurelie Marchal]] et son fils, nee le [[DN:21/10/1994]]. elle demande a changer d'appart, voisin violent. l'educ note, appelle le chef de service sur son portable [[TEL:06 87 23 15 49]] direct depuis le palier. reponse {{demain}}."),
    # ---- france_travail / accueil_physique (14) ----
    ("france_travail", "accueil_physique", "Agence {{France Travail}} {{Nantes}} {{Bellevue}}, {{9h}}. Accueil debout, tablette à la main. M. [[P:Yanis Boukhalfa]] (il épelle : [[P:B-O-U-K-H-A-L-F-A]]), identifiant [[FT:3310876K]], vient pour une radiation : rdv manqué. Le conseiller regarde : convocation envoyée sur un vieux mail."),
    ("france_travail", "accueil_physique", "Il n'y a plus de guichets : des bornes, des box, et des conseillers qui circulent. L'idée est que personne n'attende debout plus de {{dix minutes}}. Ce matin ça marche à peu près. Les personnes âgées cherchent le guichet et ne le trouvent pas."),
    ("france_travail", "accueil_physique", "Écran dossier :\n[[P:LEROY Camille]]\nId : [[FT:2059314 P]]\nNé(e) : [[DN:05/03/1995]]\nMail : [[MAIL:camille.leroy95@outlook.fr]]\n{{Catégorie A}}\nFin de droits {{ARE}} : {{30/06}}"),
    ("france_travail", "accueil_physique", "jeune, [[P:Nolan]], {{19 ans}}, vient s'inscrire, pas de mail. le conseiller lui en cree un sur place : [[MAIL:nolan.ferreira2005@gmail.com]]. tel [[TEL:06 01 58 73 29]]. orientation {{CEJ}} (contrat d'engagement jeune)."),
    ("france_travail", "accueil_physique", "- vous cherchez dans quel domaine ?\n- n'importe, cariste, manutention\n- vous avez le {{CACES}} ?\n- non\nLe conseiller propose une formation financée, {{3 semaines}}, à {{Saint-Herblain}}. M. [[P:Traoré]] note l'adresse sur sa main."),
    ("france_travail", "accueil_physique", "l'atelier « {{CV en 1h}} » commence avec {{4 inscrits sur 12}} 😕 le conseiller ([[P:Tuan]]) attend {{10 min}} puis commence."),
    ("france_travail", "accueil_physique", "M. [[P:LE GOFF Alain]], {{63 ans}}, licencié économique après {{31 ans}} chez {{Brittany Ferries}}. Inscription complète avec numéro de sécu [[NIR:1 61 04 29 019 231 97]]. Il demande s'il peut partir à la retraite directement. Le conseiller l'oriente vers la {{Carsat}}."),
    ("france_travail", "accueil_physique", "atelier {{CV}} : la conseillère montre un CV modèle au nom de [[P:Jean Dupont]] 🙂 puis aide Mme [[P:Akter]] ({{Bangladesh}}) à faire le sien. pas de diplôme reconnu. orientation {{VAE}} ? trop tôt."),
    ("france_travail", "accueil_physique", "{{75 %}} DES GENS À L'ACCUEIL VIENNENT POUR L'ACTUALISATION OU UN MOT DE PASSE. LE CONSEILLER LE DIT LUI-MÊME."),
    ("france_travail", "accueil_physique", "dame vient changer son rib pour l'{{ARE}}, mme [[P:Kaya]], nouveau compte [[IBAN:FR76 1444 5004 0008 5213 6749 421]]. le conseiller dit que ca prend effet au prochain paiement, le {{1er du mois}}."),
    ("france_travail", "accueil_physique", "Le conseiller reçoit M. [[P:Olivier Picard]] pour son premier rendez-vous depuis la réforme du {{RSA}} (alloc. [[ALLOC:1783320]]). Il doit désormais signer un contrat d'engagement et faire {{15 heures}} d'activité par semaine. M. [[P:Picard]] demande ce qui compte comme activité : le bénévolat ? les démarches ? Le conseiller lui-même n'est pas sûr et promet de se renseigner."),
    ("france_travail", "accueil_physique", "{{11h45}}, plus de tickets. le vigile ([[P:Moussa]]) bloque la porte."),
    ("france_travail", "accueil_physique", "inscription de M. [[P:Dimitrov Georgi]] (BG), ident. [[FT:521 83 04 V]]. doc : CNI bulgare [[ID:647291038]]. ok {{UE}} donc pas de titre de séjour à vérifier."),
    ("france_travail", "accueil_physique", "Mme [[P:Jocelyne Calixte]] ({{Martinique}}) vient pour une mobilité : elle veut rentrer en {{Martinique}}, cherche un emploi d'{{aide-soignante}}. le conseiller lui montre les offres de l'agence de {{Fort-de-France}} (là-bas les gens disent encore {{Pôle emploi}} 🤔)."),
    # ---- france_travail / accueil_telephonique (14) ----
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}}. Appelant M. [[P:Benjelloun]], identifiant [[FT:7740215R]], pas reçu son paiement {{ARE}}. Le conseiller voit : actualisation non faite. Il l'aide à la faire par tel, {{6 min}}."),
    ("france_travail", "accueil_telephonique", "les conseillers du {{3949}} ont {{14 motifs}} d'appel dans leur logiciel, le plus coche c'est « paiement ». ensuite « mot de passe ». [[P:Remi]] me montre un dossier au hasard, id [[FT:3092811B]], {{11 appels}} en un mois."),
    ("france_travail", "accueil_telephonique", "- vous pouvez me rappeler votre identifiant ?\n- [[FT:quatre cinq huit deux zéro un sept F]]\n- {{F comme François}} ?\n- oui\n- merci madame [[P:Vasquez]], je vois votre dossier."),
    ("france_travail", "accueil_telephonique", "Fiche appel :\nDE : [[P:BERNARD Lucie]]\nId : [[FT:6028413M]]\nTél : [[TEL:06 29 74 18 53]]\nMotif : attestation employeur manquante ({{Carrefour Market}})\nAction : relance employeur"),
    ("france_travail", "accueil_telephonique", "appel M. [[P:Abou Bakr Sidibé]], vt candidater à une offre cariste {{Intermarché}} mais pas reçu le lien. la conseillère renvoie sur [[MAIL:aboubakr.sidibe@gmail.com]]. 2e essai ok."),
    ("france_travail", "accueil_telephonique", "musique d'attente coupée en plein milieu 😂 le conseiller s'excuse au nom du {{3949}}."),
    ("france_travail", "accueil_telephonique", "Appel de M. [[P:CHEVALIER Antoine]] : problème d'inscription, le système dit que son NIR existe déjà. Il le dicte : [[NIR:1 99 09 69 123 510 44]]. Né le [[DN:17/09/1999]]. Le conseiller trouve un doublon, ouvre un {{ticket informatique}}."),
    ("france_travail", "accueil_telephonique", "Le conseiller m'explique qu'il ne voit jamais les gens qu'il a au téléphone. Parfois il suit la même personne pendant {{des mois}} sans savoir à quoi elle ressemble. Il a appris à reconnaître les voix. Il dit que c'est plus dur d'annoncer une {{radiation}} au téléphone qu'en face."),
    ("france_travail", "accueil_telephonique", "appel d'un frontalier, travaille en belgique, habite a {{Tourcoing}}. [[P:Frederic Vanhoutte]], il veut son {{ARE}} sur son compte belge [[IBAN:BE14 0631 2345 6783]]. conseiller : pas de souci, c'est {{SEPA}}."),
    ("france_travail", "accueil_telephonique", "l'appelante demande à être rappelée sur un autre numéro et le dit en lettres parce qu'elle est dans le bus : [[TEL:zéro six, quarante-et-un, quinze, soixante-dix, quatre-vingt-quatre]]. Mme [[P:Ait Said]], {{52 ans}}, rdv fixé {{mardi 10h}}."),
    ("france_travail", "accueil_telephonique", "{{3 APPELS}} D'AFFILÉE POUR LA MÊME PANNE DE SITE. MESSAGE D'ACCUEIL MODIFIÉ À {{10H20}}."),
    ("france_travail", "accueil_telephonique", "un monsieur appelle pour changer d'adresse, il a demenage au [[ADR:22 avenue des Sports, 33600 Pessac]]. [[P:Hugo Lacroix]], id [[FT:1850327T]]. le conseiller dit de le faire en ligne sur {{francetravail.fr}} mais le fait quand meme."),
    ("france_travail", "accueil_telephonique", "sur {{40 appels}} écoutés, deux en anglais, un en espagnol. le conseiller parle espagnol, coup de chance pour M. [[P:Ortega]], id [[FT:6611042D]]."),
    ("france_travail", "accueil_telephonique", "Un employeur appelle pour une offre : {{Boulangerie Moreau & Fils}}, cherche un apprenti. Le patron, M. [[P:Moreau]], laisse son numéro : [[TEL:02 40 58 71 36]]. Le conseiller transmet au {{service entreprises}}."),
    # ---- france_travail / controle_sur_place (12) ----
    ("france_travail", "controle_sur_place", "Visite entreprise avec la conseillère, [[P:Karine]] : {{Transports Le Goff}}, {{35 salariés}}, cherche {{4 chauffeurs PL}}. Le gérant, M. [[P:Le Goff]], se plaint que les candidats ne viennent pas aux entretiens."),
    ("france_travail", "controle_sur_place", "Salon de l'emploi au {{Parc des expositions}}, {{62 stands}}, une {{fontaine à eau}} à l'entrée. Beaucoup de jeunes en costume trop grand. Les recruteurs de la logistique prennent des CV à la pelle, ceux de la banque beaucoup moins."),
    ("france_travail", "controle_sur_place", "job dating {{Amazon}} a {{Brétigny}}. un candidat arrive en retard, il s'est gare sur la place handicape, [[IMMAT:fh-293-lw]], annonce au micro. c'est [[P:Maxime]], il rit, va deplacer."),
    ("france_travail", "controle_sur_place", "stand {{Leclerc}} : la recruteuse prend le CV de [[P:Assia Benkirane]], tel [[TEL:06 92 33 04 17]], dispo immédiate. promet un rappel ss {{8 j}}."),
    ("france_travail", "controle_sur_place", "- vous avez le permis ?\n- oui B\n- véhiculé ?\n- oui\n- top, on vous rappelle\nLa recruteuse ({{Adecco}}) note « motivé » sur le CV de M. [[P:Silva]]."),
    ("france_travail", "controle_sur_place", "{{14h}} le salon se vide 🫠 il reste surtout les recruteurs et le café. bilan : {{380 visiteurs}}."),
    ("france_travail", "controle_sur_place", "Sur le stand {{France Travail}}, inscription express de Mme [[P:NDIAYE Awa]], née le [[DN:30.10.1987]], identifiant [[FT:8236019 X]] créé sur place. Elle repart avec {{3 rdv}} d'entretien."),
    ("france_travail", "controle_sur_place", "Visite chez {{Menuiserie Bertin}}, {{12 salariés}}. Le chef d'atelier, [[P:Stéphane]], nous montre une machine à commande numérique que personne ne sait utiliser depuis le départ en retraite de [[P:Marcel]]. Il laisse son adresse pour la suite : [[MAIL:stephane.atelier@menuiserie-bertin.fr]]."),
    ("france_travail", "controle_sur_place", "JOB DATING {{SNCF}} : {{45 CANDIDATS}}, {{18 RETENUS}} POUR LA 2E ÉTAPE."),
    ("france_travail", "controle_sur_place", "visite d'une exploitation agricole pour les vendanges, le patron [[P:Jean-Pierre Maurel]] veut {{15 saisonniers}}. il propose de loger les gens dans des mobil-homes sur place, chez lui : [[ADR:1250 chemin de Roquemaure, 30150 Sauveterre]]. on se gare à côté de son pick-up ([[IMMAT:DQ-340-YB]]). la conseillere demande a voir les mobil-homes avant de diffuser l'offre."),
    ("france_travail", "controle_sur_place", "forum {{alternance}} : {{200 offres}} affichées, la moitié déjà pourvues. un candidat est venu de {{Vannes}} en voiture ([[IMMAT:GA-775-RE]]), {{1h30}} de route pour rien."),
    ("france_travail", "controle_sur_place", "visite resto {{Chez Fernand}}, le patron veut prendre un plongeur en {{PMSMP}} d'abord. candidat : [[P:Ousmane]], id FT [[FT:9047155Z]]. [[P:Karine]] fera la convention."),
]
# fmt: on


class AuthoringError(Exception):
    """A note is badly marked or the corpus cannot be split as required."""


def parse(raw: str, where: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep list."""
    parts: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = 0
    pos = 0

    def literal(chunk: str) -> None:
        nonlocal length
        for stray in STRAYS:
            if stray in chunk:
                raise AuthoringError(f"{where}: stray {stray!r} in {chunk!r}")
        parts.append(chunk)
        length += len(chunk)

    for match in MARK_RE.finditer(raw):
        literal(raw[pos : match.start()])
        code, value, kept = match.groups()
        if kept is None:
            if code not in CODES:
                raise AuthoringError(f"{where}: unknown code {code!r}")
        else:
            value = kept
        if not value or value != value.strip():
            raise AuthoringError(f"{where}: empty or padded value {value!r}")
        for stray in STRAYS:
            if stray in value:
                raise AuthoringError(f"{where}: stray {stray!r} in value {value!r}")
        if kept is None:
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        elif value not in keep:
            keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    literal(raw[pos:])
    text = "".join(parts)
    if not keep:
        raise AuthoringError(f"{where}: no keep string")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{PREFIX}-{number:03d}"
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise AuthoringError(f"{note_id}: unknown stratum {site_kind!r}/{channel!r}")
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
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev: list[dict] = []
    holdout: list[dict] = []
    for key in sorted(strata):
        group = strata[key]
        if len(group) % 2:
            raise AuthoringError(f"stratum {key} has an odd size ({len(group)})")
        rng.shuffle(group)
        for index, note in enumerate(group):
            (dev if index % 2 == 0 else holdout).append(note)
    for name, half in (("dev", dev), ("holdout", holdout)):
        present = {ent["label"] for note in half for ent in note["entities"]}
        missing = sorted(set(CODES.values()) - present)
        if missing:
            raise AuthoringError(f"{name}: labels missing: {', '.join(missing)}")
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    try:
        notes = build()
        dev, holdout = split(notes)
    except AuthoringError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    for name, half in (("dev", dev), ("holdout", holdout)):
        labels = Counter(ent["label"] for note in half for ent in note["entities"])
        print(f"{name}: {len(half)} notes, {sum(labels.values())} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
