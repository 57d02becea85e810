"""Independent evaluation corpus n° 73: 240 hand-written observation notes (stdlib only).

Each note is written by hand as a ``(site_kind, channel, text)`` tuple whose text carries
inline marks:

- ``[[LABEL:value]]`` marks a value to mask (one of the labels of the labelling guide);
- ``{{value}}`` marks a string that looks like personal data but must be kept.

``parse`` strips the marks and computes the offsets (Python string indices, end exclusive);
ids ``ind73-001`` … ``ind73-240`` follow the writing order; ``split`` draws the dev / holdout
halves from the ids and the site kind × channel cells only; ``main`` writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file (sorted by id, UTF-8, one JSON object per line).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind73"
SEED = 73

# fmt: off
NOTES = [
    # ---------------------------------------------------------------- caf / accueil_physique
    ("caf", "accueil_physique", "{{9h05}}, deja {{14 personnes}} dehors sous la pluie. [[PERSONNE:Soizic]] (accueil) : « le lundi c'est toujours ça, et là en plus c'est la semaine du versement ». La borne est en panne, elle envoie tout le monde au {{poste 2}}."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Ndiaye]], {{Bellevue}}, vient pour un changement de situation : son mari [[PERSONNE:Ousmane]] a signé un CDD de {{6 mois}} aux {{Chantiers de l'Atlantique}}, soudeur. Elle a peur que la {{prime d'activité}} saute. L'agente refait la simulation sur {{caf.fr}} avec elle : {{212 €}} au lieu de {{348 €}}. N° alloc [[N_ALLOCATAIRE:4417823]], elle le connait par coeur."),
    ("caf", "accueil_physique", "File d'attente : {{11 tickets}} avant moi. Bcp de parents avec poussettes. L'écran au-dessus du comptoir passe « Pensez à votre espace {{Mon Compte}} » en boucle, personne ne le regarde."),
    ("caf", "accueil_physique", "Monsieur [[PERSONNE:LE BIHAN Yannick]] (c'est écrit comme ça à l'écran), intérimaire {{Manpower}} sur le paquebot à {{Saint-Nazaire}}, fin de mission vendredi. Il veut savoir si les {{APL}} vont bouger. Adresse toujours à jour ? « oui oui, [[ADRESSE:17 rue des Ajoncs, 44600 Saint-Nazaire]], {{la Bouletterie}} ». [[PERSONNE:Karim]] vérifie dans le dossier, c'est bon."),
    ("caf", "accueil_physique", "Affiche au mur sur la demande de {{RSA}} : un modèle de formulaire rempli au nom de [[PERSONNE:Camille Martin]], née le [[DATE_NAISSANCE:01/01/1980]]. Les gens prennent une photo de l'affiche avec leur tel pour recopier."),
    ("caf", "accueil_physique", "Un couple arrive de {{Château-Gontier}}, lui est passé chef d'exploitation (vaches laitières) donc leur dossier est partie à la {{MSA}}, plus à la {{Caf}}. Personne ne les avait prévenus. {{40 min}} de route pour rien 😕"),
    ("caf", "accueil_physique", "[[PERSONNE:Aïcha Benkhelifa]], {{3 enfants}}, quartier des {{Sablons}} au {{Mans}}. Dossier bloqué depuis {{2 mois}} pour une pièce manquante : le jugement de divorce. Elle le sort de son sac, Mme [[PERSONNE:Fournier]] scanne. Jugement RG [[IDENTIFIANT:22/03318]] du {{TJ du Mans}}. « Ça repart dans le circuit, comptez {{3 semaines}} »."),
    ("caf", "accueil_physique", "Jeune de {{19 ans}} en trottinette depuis {{Malakoff}}, il veut faire une demande de {{RSA}}. Refus : moins de {{25 ans}} et pas d'enfant. [[PERSONNE:Gwenaëlle]] lui parle du {{contrat d'engagement jeune}} à la {{Mission locale}}, il note sur sa main."),
    ("caf", "accueil_physique", "Changement de RIB, Mme [[PERSONNE:Pereira]] est passée au {{Crédit Mutuel}}. Elle lit l'IBAN sur son tel et l'agent répète par groupes de 4 : [[IBAN:FR76 1551 9391 2700 0205 7184 376]]. Il se trompe sur un groupe, elle le reprend 😄"),
    ("caf", "accueil_physique", "TOUT LE MONDE VIENT POUR LA DTR CE MATIN. Personne ne comprend la déclaration trimestrielle, {{3 personnes}} en {{20 min}} pour la même chose. L'agent a fait une feuille « comment remplir » photocopiée en {{50}} exemplaires."),
    ("caf", "accueil_physique", "M. [[PERSONNE:Bakary Kouyaté]], {{Saint-Nicolas}} à {{Laval}}, vient déclarer la naissance de sa fille [[PERSONNE:Aminata]], née le [[DATE_NAISSANCE:14 février]] 🎉 Il pensait toucher la {{prime de naissance}} direct, mais il fallait déclarer la grossesse avant. Num allocataire [[N_ALLOCATAIRE:5302196]], l'agent régularise."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Haddad]] ({{La Roche-sur-Yon}}) n'arrive plus a se connecter. Le mail de récupération part sur [[EMAIL:lina.haddad85@gmail.com]] mais elle n'a plus le mot de passe de cette boite. [[PERSONNE:Mathis]] change l'adresse pour [[EMAIL:l.haddad.lrsy@outlook.fr]] devant elle, {{15 min}} de manip."),
    ("caf", "accueil_physique", "Pause café avec [[PERSONNE:Jean-Baptiste]] et [[PERSONNE:Nadia]]. Ils ont {{23 rendez-vous}} cet aprem pour {{2 agents}}. [[PERSONNE:Nadia]] : « on fait du tri, pas de l'accueil »."),
    ("caf", "accueil_physique", "{{Monplaisir}}, {{Angers}}. Mme [[PERSONNE:Ferhat]] accompagne son petit-fils [[PERSONNE:Rayan]] ({{20 ans}}, apprenti boulanger) pour une 1ere demande d'{{APL}}. Studio au [[ADRESSE:12 bd Allonneau, appt 31, 49100 Angers]], bailleur {{Angers Loire Habitat}}, réf locataire [[IDENTIFIANT:ALH-0091742]]. Il manque l'attestation de loyer signée."),
    ("caf", "accueil_physique", "Lu sur l'écran de l'agent : ALLOC [[N_ALLOCATAIRE:8834021]] / [[PERSONNE:BOUCHET Sandrine]] / {{RSA}} socle majoré / dernière DTR {{04/2024}}. Il a tourné l'écran vers moi sans faire exprès 😬"),
    # ------------------------------------------------------------ caf / accueil_telephonique
    ("caf", "accueil_telephonique", "Double écoute avec [[PERSONNE:Valérie]]. 1er appel {{13h32}} : une dame de {{Pouzauges}}, intérimaire à l'usine {{Fleury Michon}}, ne comprend pas pourquoi sa {{prime d'activité}} a baissé. [[PERSONNE:Valérie]] demande le num allocataire : « [[N_ALLOCATAIRE:7710345]] », puis la date de naissance : « le [[DATE_NAISSANCE:2 septembre 1991]] ». Réponse : les heures sup de décembre."),
    ("caf", "accueil_telephonique", "Attente affichée sur le bandeau : {{27 min}}. {{41 appels}} en file à {{14h}}. Le {{3230}} sature depuis ce matin, l'agente dit que c'est toujours comme ça en début de mois."),
    ("caf", "accueil_telephonique", "Un monsieur rappelle, la ligne avait coupé. Il redonne son numéro lentement : « [[TELEPHONE:zéro six, quarante-sept, douze, quatre-vingt-huit, zéro trois]] ». M. [[PERSONNE:Guérin]], vendangeur vers {{Saumur}} en septembre, il veut savoir si ça compte pour la {{prime d'activité}}."),
    ("caf", "accueil_telephonique", "Appel d'une agricultrice vers {{Évron}}, {{58 ans}}, veuve depuis cet hiver. Mme [[PERSONNE:Chauvin]]. Son fils [[PERSONNE:Thibault]] a repris la ferme. Elle demande une allocation veuvage : ce n'est pas la {{Caf}}, c'est la {{MSA}}. L'agent lui donne le numéro et reste {{10 min}} de plus avec elle parce qu'elle pleure."),
    ("caf", "accueil_telephonique", "Il épelle son mail : « [[EMAIL:k point tran arobase laposte point net]] ». M. [[PERSONNE:Kevin Tran]], {{Rezé}}, veut changer l'adresse mail du compte, l'agent ne peut pas par téléphone, faut passer par {{caf.fr}}."),
    ("caf", "accueil_telephonique", "L'agente me montre la fiche réflexe « appel agressif » scotchée sous l'écran. Elle raccroche à la 3e insulte, c'est la règle. Souffle, boit un verre d'eau, reprend à {{10h47}}."),
    ("caf", "accueil_telephonique", "Appel d'un saisonnier roumain (mâche, vers {{Machecoul}}), un peu d'anglais. Il veut les {{allocations familiales}} pour ses {{2 enfants}} restés en {{Roumanie}}. [[PERSONNE:Stéphanie]] explique les règles européennes, lui demande son nom : [[PERSONNE:Ionut Popescu]], elle fait épeler : « [[PERSONNE:P-O-P-E-S-C-U]] ». Pas de dossier chez nous."),
    ("caf", "accueil_telephonique", "Une maman de {{Cholet}} appelle pour son fils majeur, l'agente refuse de donner les infos, il faut que le fils appelle lui-même. Ton un peu sec mais c'est la règle du secret."),
    ("caf", "accueil_telephonique", "M. [[PERSONNE:Mercier]] n'a pas son numéro d'alloc sous la main. [[PERSONNE:Valérie]] l'identifie avec son numero de secu : [[NIR:1 78 07 49 328 116 93]], né en [[DATE_NAISSANCE:juillet 78]] à {{Saumur}}. Ça matche."),
    ("caf", "accueil_telephonique", "Réclamation pour un indu d'{{APL}} de {{1 240 €}}. Mme [[PERSONNE:Jaouen]], allocataire [[N_ALLOCATAIRE:2290417]], locataire {{Atlantique Habitations}} (réf. client [[IDENTIFIANT:AH 440 18 7733]]). Elle a déménagé en mars et n'a rien déclaré. L'agent propose un échéancier à {{50 €}} par mois."),
    ("caf", "accueil_telephonique", "Quartier des {{Glonnières}}. M. [[PERSONNE:Yilmaz]] appelle sur haut-parleur, sa fille [[PERSONNE:Elif]] traduit. Question sur l'{{ARS}} (rentrée scolaire). Il veut être rappelé au [[TELEPHONE:07 68 14 52 09]], l'agente dit qu'elle ne peut pas promettre."),
    ("caf", "accueil_telephonique", "Un travailleur social du {{CCAS}} de {{Saint-Herblain}} appelle pour une famille qu'il suit : famille [[PERSONNE:Mbemba]], num alloc [[N_ALLOCATAIRE:6120758]]. [[PERSONNE:Florent]] accepte de regarder parce qu'il y a un mandat signé."),
    ("caf", "accueil_telephonique", "Une dame de {{Luçon}} appelle pour sa carte vitale 🙄 c'est la {{Cpam}}. [[PERSONNE:Valérie]] lui donne le {{3646}} et lui souhaite bon courage."),
    ("caf", "accueil_telephonique", "Mail dicté pour recevoir l'attestation : [[EMAIL:marine.gaborit85@orange.fr]]. [[PERSONNE:Marine Gaborit]], {{Les Herbiers}}, elle en a besoin pour la crèche avant {{vendredi}}."),
    ("caf", "accueil_telephonique", "Homme très énervé : « vous m'avez coupé l'{{AAH}} ! ». En fait c'est un recalcul. Pour vérifier, [[PERSONNE:Florent]] demande l'adresse : « [[ADRESSE:lieu-dit la Morinière, 85590 Les Epesses]] ». M. [[PERSONNE:Rabiller]] se calme quand on lui explique les {{3 mois}} de ressources."),
    # -------------------------------------------------------------- caf / controle_sur_place
    ("caf", "controle_sur_place", "Départ {{8h40}} avec [[PERSONNE:Hervé]], contrôleur depuis {{17 ans}}. Voiture de service, direction {{Bellevue}}. Il m'explique : contrôle programmé, courrier envoyé {{15 jours}} avant, « je ne débarque jamais à {{7h}} du matin, c'est la télé qui fait croire ça »."),
    ("caf", "controle_sur_place", "Chez Mme [[PERSONNE:Diallo]], [[ADRESSE:23 rue Auguste Renoir, 44100 Nantes]], 3e étage. {{RSA}} majoré, isolement déclaré. [[PERSONNE:Hervé]] demande à qui est la {{Clio}} grise garée en bas, [[IMMATRICULATION:FG-318-KL]], il l'a vue en arrivant. « C'est à mon frère [[PERSONNE:Sékou]], il me dépose au travail. » Il note, sans commentaire."),
    ("caf", "controle_sur_place", "Le contrôleur n'ouvre aucun placard, il dit qu'il n'a pas le droit. Il regarde ce qu'on lui montre et il parle. Tout se joue dans la discussion. {{1h10}} sur place pour un T2."),
    ("caf", "controle_sur_place", "{{Méan-Penhoët}}, colocation de {{4}} soudeurs polonais d'un {{sous-traitant}} des {{Chantiers}}. Le titulaire des {{APL}}, [[PERSONNE:Piotr Wiśniewski]], montre son contrat, sa carte d'identité polonaise n° [[IDENTIFIANT:CDX417295]] et le bail. Le fourgon dans la cour est immatriculé en {{Pologne}} : [[IMMATRICULATION:GD 81735]]. « Il est à l'entreprise, pas à nous. »"),
    ("caf", "controle_sur_place", "{{Saint-Jean-de-Monts}}, hors saison, tout est fermé. Mme [[PERSONNE:Vrignaud]] déclare vivre à l'année au [[ADRESSE:camping Les Genêts, emplacement 41]]. Saisonnière en crêperie l'été, ménages l'hiver. Mobil-home, chauffage d'appoint, {{2 chambres}} dont une pour sa fille. Le contrôleur vérifie surtout la résidence, c'est ça le sujet."),
    ("caf", "controle_sur_place", "Dans la voiture [[PERSONNE:Hervé]] remplit le rapport sur la tablette. Je lis par-dessus : nom [[PERSONNE:DIALLO Mariama]], n° alloc [[N_ALLOCATAIRE:3059184]], conclusion « situation conforme ». Il dit que {{8 sur 10}} de ses contrôles sont conformes, « on parle que des 2 autres »."),
    ("caf", "controle_sur_place", "Long trajet vers {{Segré}} puis {{Pouancé}}. Entre deux visites on parle des déserts : plus de bus, plus de {{Caf}} physique, tout passe par la {{France Services}} de la com com. Le contrôleur connait toutes les routes par coeur."),
    ("caf", "controle_sur_place", "{{La Roseraie}}, 4e sans ascenseur. M. [[PERSONNE:Jean-Pierre Lukombo]] déclare vivre seul avec ses {{2 enfants}}. Sur la boite aux lettres : [[PERSONNE:LUKOMBO]] / [[PERSONNE:MAKIESE]]. Il explique que c'est l'ancienne compagne, partie en juin, jamais enlevé l'étiquette. [[PERSONNE:Claire]] (la contrôleuse) prend une photo de la boite."),
    ("caf", "controle_sur_place", "Vérif du compte : le {{RSA}} tombe sur un compte qui n'est pas au nom de l'allocataire. IBAN [[IBAN:FR89 2004 1010 1104 5123 8D03 151]], titulaire [[PERSONNE:Dylan Moreau]]. Mme [[PERSONNE:Chevalier]] dit que c'est son fils majeur, elle est interdite bancaire. Le contrôleur demande un justificatif, pas de drame."),
    ("caf", "controle_sur_place", "Chez M. et Mme [[PERSONNE:Boukhari]] aux {{Glonnières}}. Question : le fils aîné [[PERSONNE:Nassim]], {{22 ans}}, né le [[DATE_NAISSANCE:30/11/2002]], est-il encore à charge ? Il est en alternance chez {{Claas}}, son salaire le fait sortir du calcul. La mère ne savait pas, elle s'inquiète pour le trop-perçu."),
    ("caf", "controle_sur_place", "{{Laval}}. M. [[PERSONNE:Gaëtan Pichon]], {{AAH}}, vit en colocation avec un ami au [[ADRESSE:5 rue du Pont de Mayenne, 53000 Laval]]. Il a une curatrice à l'{{UDAF}}, Mme [[PERSONNE:Le Goff]], le contrôleur note son numéro pour le rapport : [[TELEPHONE:02 43 59 71 20]]."),
    ("caf", "controle_sur_place", "Contrôle de ressources d'une auto-entrepreneuse (ménage chez les particuliers), {{La Roche-sur-Yon}}. Mme [[PERSONNE:Sabrina Texier]] sort ses déclarations {{Urssaf}} sur l'ordi, SIRET perso [[IDENTIFIANT:81452673700014]]. Chiffre d'affaires trimestriel {{2 310 €}}, déclaré {{1 900 €}} à la {{Caf}} : écart, elle dit qu'elle a oublié un client."),
    ("caf", "controle_sur_place", "Visite pour rien : personne. Avis de passage dans la boite, 2e passage dans {{10 jours}}. Si toujours rien → suspension des droits. Ça arrive {{1 fois sur 5}} d'après lui."),
    ("caf", "controle_sur_place", "{{Cholet}}, maison de ville. Famille [[PERSONNE:Vang]], hmong, arrivée du {{Laos}} via la {{Guyane}}. La grand-mère ne parle que hmong, la petite-fille [[PERSONNE:Maïly]] traduit. Vérif des enfants à charge : nés en [[DATE_NAISSANCE:2008]], [[DATE_NAISSANCE:2011]] et [[DATE_NAISSANCE:2016]]. Tout colle."),
    ("caf", "controle_sur_place", "À la fin [[PERSONNE:Claire]] laisse sa carte pro. M. [[PERSONNE:Samir Belkacem]] ({{Belle-Beille}}) veut recevoir le rapport par mail : [[EMAIL:samir_b49@hotmail.fr]]. Elle dit que ce n'est pas possible, ce sera par courrier. Il rit : « comme d'hab »."),
    # ---------------------------------------------------------------- ccas / accueil_physique
    ("ccas", "accueil_physique", "{{CCAS}} de {{Saint-Nazaire}}. Aide alimentaire : Mme [[PERSONNE:Josiane Le Floch]], {{71 ans}}, veuve d'un ouvrier des {{Chantiers}}, {{pension de réversion}} de {{890 €}}. Bon pour l'{{épicerie solidaire}} pour {{3 mois}}. Elle s'excuse plusieurs fois d'être là."),
    ("ccas", "accueil_physique", "Le hall du {{CCAS}} sert aussi de salle d'attente à la {{PMI}}. Bruit, jouets, pleurs. L'agent parle fort pour se faire entendre. Zéro confidentialité."),
    ("ccas", "accueil_physique", "Domiciliation : M. [[PERSONNE:Abdelkader Hamidi]], sans domicile stable, reçoit son courrier au {{CCAS}}. Attestation de domiciliation n° [[IDENTIFIANT:DOM-2024-0418]], renouvellement annuel. Né le [[DATE_NAISSANCE:12/03/1969]] à {{Oran}}, il précise « pas à {{Nantes}} hein ». Il vient chercher une lettre de la {{préfecture}}."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Gautier]], {{la Bottière}}, facture {{EDF}} de {{412 €}} pas payée, réf client [[IDENTIFIANT:1-CX4T9-017]]. L'agente monte un dossier {{FSL}} énergie et appelle EDF devant elle pour suspendre la coupure. {{25 min}} de musique d'attente."),
    ("ccas", "accueil_physique", "{{CCAS}} d'{{Angers}}. Jeune couple, [[PERSONNE:Kevin]] et [[PERSONNE:Océane]], dorment dans leur voiture depuis {{3 semaines}}, une {{206}} immatriculée [[IMMATRICULATION:BT-672-QE]]. L'agent appelle le {{115}} devant eux. Pas de place ce soir. Il leur donne le plan du {{parking}} où la police municipale tolère."),
    ("ccas", "accueil_physique", "Tél laissé pour le rappel : [[TELEPHONE:06.52.18.40.77]]. Mme [[PERSONNE:Oumarou]] (ou [[PERSONNE:Oumourou]], l'agent n'est pas sûr et elle est déjà partie). Demande d'{{aide à la cantine}} pour {{3 enfants}} aux {{Sablons}}."),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Dylan Hamon]], {{24 ans}}, {{Saint-Nicolas}}, a décroché un CDI chez {{Lactalis}} mais en équipe de nuit, pas de bus à {{4h}}. Il demande l'aide au permis. Il faut l'attestation {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:5307214K]]. L'agente est contente pour lui, ça se voit."),
    ("ccas", "accueil_physique", "Affiche : « Repas de {{Noël}} des aînés, inscriptions jusqu'au {{15 décembre}} ». Une dame demande si son chien peut venir. Fou rire de tout le monde, même elle."),
    ("ccas", "accueil_physique", "Aide d'urgence de {{150 €}} accordée. L'agent saisit le RIB de Mme [[PERSONNE:Rousseau]] ({{Crédit Agricole}}) : [[IBAN:FR76 1470 6000 2173 0182 4590 065]]. Virement sous {{48h}}. Elle demande si elle peut avoir du liquide, non."),
    ("ccas", "accueil_physique", "Permanence du {{CCAS}} à {{Mortagne-sur-Sèvre}}, le jeudi matin seulement. M. [[PERSONNE:Bernard Soulard]], {{82 ans}}, ancien éleveur, veut le {{portage de repas}}. Il habite [[ADRESSE:La Grande Brosse, 85290 Mortagne-sur-Sèvre]], {{6 km}} du bourg. Sa fille [[PERSONNE:Nathalie]], à {{Cholet}}, viendra signer."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Nguyen Thi Lan]], née en [[DATE_NAISSANCE:1954]], demande des {{chèques d'accompagnement}}. L'agente saisit le nom à l'envers ([[PERSONNE:Lan Nguyen]]) et doit tout recommencer. « Chez nous le nom de famille c'est d'abord », explique la dame, très patiente."),
    ("ccas", "accueil_physique", "[[PERSONNE:Rachid]] (agent) envoie le dossier {{APA}} de Mme [[PERSONNE:Morel]] par mail à son fils : [[EMAIL:f.morel@free.fr]]. Elle ne sait pas ce qu'est un mail, elle dit « le fils s'occupe de l'ordinateur »."),
    ("ccas", "accueil_physique", "Personne sourde, échange par écrit sur un carnet. Elle écrit : [[PERSONNE:Fanny Dubreuil]], n° dossier {{MDPH}} [[IDENTIFIANT:085-2019-004571]]. Demande d'aide pour un appareil auditif, reste à charge {{1 100 €}}. L'agent écrit ses réponses en majuscules."),
    ("ccas", "accueil_physique", "{{11h30}} rush. {{6 personnes}} debout pour {{2 chaises}}. L'agent me glisse : « depuis le {{Covid}} les gens viennent plus tard, plus abîmés »."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Sow]] demande une aide pour les obsèques de son mari, [[PERSONNE:Amadou Sow]], rapatriement du corps au {{Sénégal}} : {{3 800 €}}. L'agent appelle l'assistante sociale de secteur, Mme [[PERSONNE:Lemaire]], qui passe dans l'heure."),
    # ----------------------------------------------------------- ccas / accueil_telephonique
    ("ccas", "accueil_telephonique", "Standard du {{CCAS}} de {{Nantes}}, {{9h}}. 1er appel : une voisine inquiète pour Mme [[PERSONNE:Audrain]], {{88 ans}}, pas vue depuis {{3 jours}}, volets fermés. Adresse : [[ADRESSE:41 rue de la Durantière, 44100 Nantes]], côté {{Dervallières}}. L'agent déclenche une visite et appelle les pompiers en parallèle."),
    ("ccas", "accueil_telephonique", "Plein d'appels pour le registre {{canicule}}. L'agente a un script imprimé, elle le connait par coeur mais le suit quand même ligne par ligne « pour pas oublier la question du frigo »."),
    ("ccas", "accueil_telephonique", "Inscription au registre {{canicule}} de M. [[PERSONNE:Raymond Chupin]], né le [[DATE_NAISSANCE:4 août 1936]], vit seul au [[ADRESSE:9 impasse des Mésanges, 85000 La Roche-sur-Yon]], fixe [[TELEPHONE:02 51 37 08 64]]. C'est sa nièce [[PERSONNE:Sylvie]] qui appelle, lui n'entend plus bien le téléphone."),
    ("ccas", "accueil_telephonique", "Un homme veut parler « au maire, directement, pas à une secrétaire ». Il dit s'appeler [[PERSONNE:Jacky]], refuse de donner son nom. L'agent note « M. [[PERSONNE:Jacky]], rappel élu de permanence » et garde un ton très calme. {{12 min}}."),
    ("ccas", "accueil_telephonique", "Une mère appelle pour son fils [[PERSONNE:Loïc]], {{34 ans}}, ancien intérimaire aux {{Chantiers}}, qui ne sort plus de chez lui depuis le licenciement. Elle veut « qu'on le place ». L'agent oriente vers le {{CMP}} et l'{{UNAFAM}}, elle note tout."),
    ("ccas", "accueil_telephonique", "La ligne sonne dans le vide {{4 fois}} pendant que l'agent est au guichet. Ils sont {{2}} pour le standard ET l'accueil. Pas de messagerie. Je compte {{9 appels}} perdus en une heure."),
    ("ccas", "accueil_telephonique", "Mairie de {{Villaines-la-Juhel}}, le {{CCAS}} c'est la secrétaire de mairie le mardi. Mme [[PERSONNE:Guillard]] appelle pour son mari [[PERSONNE:Marcel]], ancien agriculteur, retraite {{MSA}} de {{760 €}}. La cuve de fioul est vide. N° MSA [[N_ALLOCATAIRE:0417829]]. Aide de {{300 €}} possible en commission."),
    ("ccas", "accueil_telephonique", "L'agent rappelle M. [[PERSONNE:Da Silva]] au [[TELEPHONE:+33 7 81 26 40 13]], pas de réponse, message. « Il a aussi un portable portugais » : [[TELEPHONE:+351 912 448 307]]. Rien non plus. Dossier d'aide au loyer en attente à {{Angers}}."),
    ("ccas", "accueil_telephonique", "Assistante sociale du {{CHU d'Angers}} : sortie de Mme [[PERSONNE:Prod'homme]] prévue lundi, il faut une aide à domicile en urgence. N° de dossier {{APA}} [[IDENTIFIANT:APA-49-2023-11562]]. L'agente cherche un {{SAAD}} qui a de la place, {{3}} refus d'affilée."),
    ("ccas", "accueil_telephonique", "Un élu appelle pour avoir le chiffre de la semaine : {{63}} dossiers d'aide alimentaire. « {{20 %}} de plus que l'an dernier. » Il raccroche sans dire au revoir."),
    ("ccas", "accueil_telephonique", "Mme [[PERSONNE:Kaci]], {{Malakoff}}, veut la liste des pièces pour l'aide à la rentrée. Elle dicte : « [[EMAIL:yasmina.kaci [at] laposte.net]] ». L'agent écrit « at » en toutes lettres dans le logiciel, puis corrige."),
    ("ccas", "accueil_telephonique", "Appel en arabe, [[PERSONNE:Mounir]] traduit pour sa collègue [[PERSONNE:Elodie]]. Mme [[PERSONNE:Hadj-Ali]], quartier des {{Sablons}}, veut un RDV pour une aide aux factures. Tél : [[TELEPHONE:0645217730]]. RDV jeudi {{14h30}}."),
    ("ccas", "accueil_telephonique", "Famille [[PERSONNE:Lebreton]], {{Saumur}}, facture d'eau {{Veolia}} impayée, n° client [[IDENTIFIANT:9042187651]]. L'agent explique le {{FSL}} eau, envoie le formulaire par la poste parce qu'ils n'ont pas internet."),
    ("ccas", "accueil_telephonique", "Le bailleur ({{Podeliha}}) appelle pour une locataire en impayés, Mme [[PERSONNE:Fatoumata Keïta]], dette {{2 450 €}}. L'agent refuse de parler de la situation sans l'accord de la dame. Le bailleur insiste, il tient bon."),
    ("ccas", "accueil_telephonique", "Un fils inscrit sa mère au voyage des seniors ({{Puy du Fou}} 😄) : Mme [[PERSONNE:Gisèle Renaudin]], née le [[DATE_NAISSANCE:17/05/1940]]. Confirmation par mail au fils : [[EMAIL:patrice.renaudin@wanadoo.fr]]. Reste {{4 places}}."),
    # ------------------------------------------------------------- ccas / controle_sur_place
    ("ccas", "controle_sur_place", "Visite à domicile avec [[PERSONNE:Anne-Sophie]], {{CESF}}, évaluation pour une aide ménagère. {{Cholet}}. Mme [[PERSONNE:Poupard]], {{79 ans}}, [[ADRESSE:14 rue du Bretonnais, 49300 Cholet]]. Maison impeccable, mais elle ne peut plus monter à l'étage, elle dort dans le fauteuil."),
    ("ccas", "controle_sur_place", "Le frigo est vide sauf une brique de lait {{Lactel}} et des yaourts. L'agente ne dit rien, note. Dans la voiture : « c'est ça mon indicateur, le frigo, pas ce qu'ils disent »."),
    ("ccas", "controle_sur_place", "Ferme isolée vers {{La Châtaigneraie}}. M. et Mme [[PERSONNE:Bonnin]], {{74}} et {{76 ans}}, gardent « quelques vaches pour s'occuper ». Le fils [[PERSONNE:Jérôme]] est chez {{Fleury Michon}} à {{Pouzauges}}. Évaluation téléassistance : [[ADRESSE:lieu-dit la Cossonnière, 85120 Breuil-Barret]], fixe pour le boitier [[TELEPHONE:02 51 69 23 47]]. Pas de réseau portable dans la cuisine."),
    ("ccas", "controle_sur_place", "{{Port-Boyd}}, {{Nantes}}. M. [[PERSONNE:Stéphane Cadoret]], accumulation signalée par {{Nantes Métropole Habitat}}, réf logement [[IDENTIFIANT:NMH-44-118503]]. On ne peut pas entrer au-delà du couloir. L'agent parle {{40 min}} sur le palier, obtient un deuxième rendez-vous. Petite victoire."),
    ("ccas", "controle_sur_place", "Avec l'assistante sociale, Mme [[PERSONNE:Rigaud]], aux {{Sablons}}. Famille [[PERSONNE:Oukili]], {{5 enfants}} dans un T3. Demande de mutation, n° unique de demande de logement [[IDENTIFIANT:0720618240037]], déposée il y a {{4 ans}}. Le père montre les traces d'humidité derrière les lits."),
    ("ccas", "controle_sur_place", "{{Belle-Beille}}. M. [[PERSONNE:Florian Besnier]], {{31 ans}}, vient de reprendre un boulot en intérim mais sa voiture ([[IMMATRICULATION:CV-459-MN]]) est en panne. Devis {{Norauto}} {{640 €}}, l'aide facultative peut en prendre la moitié. Il montre le devis plié en 8."),
    ("ccas", "controle_sur_place", "Visite annulée par texto à {{8h02}}. L'agente : « c'est souvent la honte, pas la mauvaise volonté ». Elle renvoie un texto gentil."),
    ("ccas", "controle_sur_place", "{{Saint-Nicolas}}, {{Laval}}. Mme [[PERSONNE:Guérineau]], {{67 ans}}, garde ses petits-enfants [[PERSONNE:Enzo]] et [[PERSONNE:Lola]] depuis le placement de sa fille. Pour le dossier elle donne son numéro de sécu, née à Laval : [[NIR:2 57 10 53 130 087 94]]. Elle a tout classé dans une pochette {{Carrefour}}."),
    ("ccas", "controle_sur_place", "Mme [[PERSONNE:Mbappé]] (« aucun lien avec {{Kylian}} », elle le dit avant qu'on demande 😂). Aide à l'installation : l'électroménager est payé direct au magasin, le reste sur son compte, IBAN [[IBAN:FR76 1444 5202 0008 1273 4695 170]]. {{Caisse d'Épargne}}, elle a le RIB imprimé."),
    ("ccas", "controle_sur_place", "{{La Bouletterie}}. M. [[PERSONNE:Jean-Claude Hervouët]], ancien tuyauteur aux {{Chantiers}}, malade de l'amiante. Il montre sa carte mobilité inclusion n° [[IDENTIFIANT:CMI-44-7K2P9Q]] et ses boites de médicaments. Demande de portage de repas. Il parle des copains morts, liste des prénoms, l'agent écoute."),
    ("ccas", "controle_sur_place", "[[PERSONNE:Anne-Sophie]] prend le mail de la fille de Mme [[PERSONNE:Poupard]] pour envoyer le devis du {{SAAD}} : [[EMAIL:celine-poupard@sfr.fr]]. Devis : {{2h}} par semaine, reste à charge {{38 €}} par mois."),
    ("ccas", "controle_sur_place", "{{Saumur}}. M. [[PERSONNE:Ahmed Zerrouki]], né le [[DATE_NAISSANCE:1er janvier 1950]] (« comme tous les vieux de mon village », il rigole), et sa femme. Visite pour une aide à l'adaptation de la douche. Le thé est servi avant qu'on ait enlevé nos manteaux."),
    ("ccas", "controle_sur_place", "{{Challans}}. Dans la cour de Mme [[PERSONNE:Robin]], un camping-car immatriculé [[IMMATRICULATION:4587 VB 85]] (vieux format), c'est là que dort son fils [[PERSONNE:Mickaël]] depuis sa séparation. Elle demande si ça compte comme « hébergé »."),
    ("ccas", "controle_sur_place", "Retour au {{CCAS}} {{12h15}}. L'agente tape son compte rendu tout de suite, « sinon j'oublie les détails, et les détails c'est tout »."),
    ("ccas", "controle_sur_place", "{{Montaigu}}. M. [[PERSONNE:Sébastien Praud]], saisonnier en maraîchage l'été, rien l'hiver. Instruction {{RSA}} par le {{CCAS}}. Identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:8531072 Z]], il le lit sur son tel. Il a {{3}} contrats {{Adecco}} dans l'année."),
    # ---------------------------------------------------------------- chrs / accueil_physique
    ("chrs", "accueil_physique", "Accueil de jour, {{Nantes}}, {{8h30}}. Café, douches, machine à laver. Un monsieur que tout le monde appelle « [[PERSONNE:Bichon]] » attend son courrier depuis {{7h}} sur le banc. L'éduc me dit qu'il est là depuis avant elle."),
    ("chrs", "accueil_physique", "Admission de M. [[PERSONNE:Mamadou Bah]], {{26 ans}}, guinéen. Il montre son récépissé, n° AGDREF [[IDENTIFIANT:4400871253]], et la fiche d'orientation {{SIAO}} réf [[IDENTIFIANT:SIAO44-2024-08817]]. Chambre partagée à {{2}}. Il demande s'il peut garder son vélo dans la chambre."),
    ("chrs", "accueil_physique", "Règlement intérieur affiché en {{6 langues}}. Les éducs disent que personne ne le lit mais que l'affiche rassure les financeurs 🙃"),
    ("chrs", "accueil_physique", "{{CHRS}} de {{Saint-Nazaire}}. M. [[PERSONNE:Yvon Le Maguer]], {{59 ans}}, ancien calorifugeur chez un sous-traitant des {{Chantiers}}, à la rue depuis le divorce. [[PERSONNE:Benoît]] (TS) l'aide à refaire sa carte d'identité, il a gardé l'ancienne, n° [[IDENTIFIANT:921144300417]], périmée depuis {{2016}}."),
    ("chrs", "accueil_physique", "Arrivée d'une mère et de ses {{2 enfants}}, orientés par le {{115}} après des violences. Le prénom de la mère n'est jamais dit devant moi, l'éducatrice dit « Madame » et c'est tout. On me demande de sortir au moment de l'entretien. Normal."),
    ("chrs", "accueil_physique", "{{CHRS}} de {{Saumur}}, période des vendanges. M. [[PERSONNE:Hristo Petkov]], bulgare, a fini son contrat dans un domaine du {{Saumur-Champigny}}, l'employeur ne l'a pas payé. L'éduc note la plaque du minibus qui les emmenait aux vignes, [[IMMATRICULATION:PB 4417 KM]], pour l'inspection du travail."),
    ("chrs", "accueil_physique", "Création d'une adresse mail pour M. [[PERSONNE:Kader]] (atelier numérique du {{jeudi}}). Il choisit [[EMAIL:kader.lion49@gmail.com]] 🦁 et le mot de passe sur un bout de papier qu'il met dans sa chaussette."),
    ("chrs", "accueil_physique", "Jeune majeur sortant de l'{{ASE}}, [[PERSONNE:Brandon Lemoine]], né le [[DATE_NAISSANCE:9 juin 2006]]. {{18 ans}} depuis une semaine. « Le jour de mes 18 ans on m'a dit bonne chance. » Personne ne répond rien."),
    ("chrs", "accueil_physique", "{{CHRS}} du {{Mans}}, atelier CV. Le modèle distribué est au nom de [[PERSONNE:Jean Dupont]], « cariste H/F ». M. [[PERSONNE:Samba Cissé]] recopie la structure et met son portable en haut : [[TELEPHONE:07 53 88 21 46]]. Il veut postuler chez {{LDC}}."),
    ("chrs", "accueil_physique", "Repas de midi : {{42}} couverts, {{3}} bénévoles du {{Secours catholique}}. Lentilles saucisses. Il y a {{une rose}} dans un verre sur chaque table, don du fleuriste d'à côté. Ambiance calme."),
    ("chrs", "accueil_physique", "Ouverture des droits {{RSA}} pour Mme [[PERSONNE:Maryline Hubert]], {{CHRS}} de {{Laval}}. Elle avait déjà un dossier {{Caf}}, n° [[N_ALLOCATAIRE:1186540]], fermé en {{2019}}. L'éduc espère qu'on peut le rouvrir au lieu d'en créer un."),
    ("chrs", "accueil_physique", "Permanence {{France Travail}} au {{CHRS}} le mardi. M. [[PERSONNE:Dimitri Kovalenko]], ukrainien, {{protection temporaire}}, identifiant [[ID_FRANCE_TRAVAIL:4492306R]], APS n° [[IDENTIFIANT:4900736518]]. Soudeur de métier, la conseillère parle des {{Chantiers}}, il demande où c'est."),
    ("chrs", "accueil_physique", "{{La Roche-sur-Yon}}. Un couple avec {{2 chiens}}, {{Oslo}} et {{Pirate}}. Le {{CHRS}} ne prend pas les chiens. M. [[PERSONNE:Cédric]] dit qu'ils dormiront dehors alors. Mme [[PERSONNE:Laetitia]] n'est pas d'accord. L'éduc appelle un chenil solidaire."),
    ("chrs", "accueil_physique", "Sortie vers un logement ! M. [[PERSONNE:Abdoulaye Konaté]] a signé son bail ce matin : [[ADRESSE:3 rue de Nancy, appt 12, 44300 Nantes]], quartier {{Bottière}}, bailleur {{La Nantaise d'Habitations}}. Tout le monde applaudit dans le hall, il est gêné."),
    ("chrs", "accueil_physique", "Renouvellement de la {{CSS}} avec l'éduc [[PERSONNE:Aurélie]]. M. [[PERSONNE:Patrick Jamet]], né à {{Mayenne}} en [[DATE_NAISSANCE:1966]], NIR [[NIR:1 66 04 53 147 212 39]]. Il connaît son numéro par coeur « à cause de l'armée »."),
    # ------------------------------------------------------------ chrs / accueil_telephonique
    ("chrs", "accueil_telephonique", "Soirée au {{115}} de {{Loire-Atlantique}} avec [[PERSONNE:Maëlle]] et [[PERSONNE:Youssef]]. {{19h}}, {{64 appels}} en attente, {{11 places}} pour ce soir."),
    ("chrs", "accueil_telephonique", "Femme avec un bébé de {{3 mois}}, gare de {{Nantes}} côté sud. Prénom [[PERSONNE:Grace]], nom [[PERSONNE:Mukendi]], elle épelle deux fois. [[PERSONNE:Youssef]] trouve une nuit à l'hôtel {{Ibis Budget}}, {{chambre 214}}. Il lui explique le tram pour y aller."),
    ("chrs", "accueil_telephonique", "Le logiciel {{SI-SIAO}} rame. Les écoutants notent sur des post-it et ressaisissent après. {{3 min}} perdues par fiche, multiplié par {{200}} appels..."),
    ("chrs", "accueil_telephonique", "Un homme appelle tous les soirs depuis {{2 ans}}. [[PERSONNE:Maëlle]] le reconnait à la voix : « bonsoir [[PERSONNE:Gérard]] ». Pas de place. Il dit « à demain alors » et raccroche."),
    ("chrs", "accueil_telephonique", "{{115}} du {{Maine-et-Loire}}, appel de {{Cholet}}. M. [[PERSONNE:Anthony Brochard]], {{36 ans}}, dort dans sa {{Mégane}} [[IMMATRICULATION:DK-207-XW]] devant la gare. Pas de place à Cholet, proposition à {{Angers}}, mais il n'a plus d'essence. On cherche un bon carburant."),
    ("chrs", "accueil_telephonique", "Sur l'écran : [[IDENTIFIANT:SIAO49-23-004127]] / [[PERSONNE:KANTÉ Mariam]] / {{4}} demandes cette semaine / {{0}} attribution. L'écoutante soupire avant de décrocher."),
    ("chrs", "accueil_telephonique", "Une écoutante, {{15 ans}} de {{115}}, me dit : on ne raccroche jamais en premier. Même quand c'est non. Surtout quand c'est non."),
    ("chrs", "accueil_telephonique", "Un jeune appelle d'un tel emprunté : « rappelez sur ce numéro, c'est à un pote, [[TELEPHONE:06 19 73 45 08]] ». [[PERSONNE:Alexis]], {{20 ans}}, mis dehors par ses parents à {{Rezé}}. Il a honte d'appeler, ça s'entend."),
    ("chrs", "accueil_telephonique", "{{115}} de la {{Sarthe}}. M. [[PERSONNE:Mustafa Demir]], {{47 ans}}, ouvrier chez {{LDC}} à {{Sablé}}, a dû quitter le foyer de jeunes travailleurs (trop vieux, dit-il en riant). Il travaille de {{5h}} à {{13h}}, il veut juste un lit."),
    ("chrs", "accueil_telephonique", "Une assistante sociale du {{CHD Vendée}} envoie la fiche de liaison pour M. [[PERSONNE:Lucas Girard]] qui sort des urgences ce soir. Elle dicte son mail pro : [[EMAIL:c.martineau@chd-vendee.fr]]. [[PERSONNE:Maëlle]] répète lettre par lettre."),
    ("chrs", "accueil_telephonique", "Femme en pleurs, parle tigrinya. Interprète par téléphone ({{ISM Interprétariat}}) en conférence à trois, {{8 min}} d'attente pour l'avoir. Elle s'appelle [[PERSONNE:Selam]], elle est à la gare routière."),
    ("chrs", "accueil_telephonique", "Pour la fiche : nom [[PERSONNE:Morvan]], prénom [[PERSONNE:Kévin]], date de naissance [[DATE_NAISSANCE:22.10.1989]]. Il demande si on peut lui garder une place pour demain. Non."),
    ("chrs", "accueil_telephonique", "{{23h}}, dernière place attribuée. Après ça on donne seulement les lieux chauffés et les horaires des maraudes. Le ton des écoutants change, plus bas."),
    ("chrs", "accueil_telephonique", "Le commissariat de {{Laval}} appelle : famille [[PERSONNE:Ahmadi]], afghane, {{5 personnes}} dont un nourrisson, dans le hall du commissariat. Le policier laisse son {{poste 4127}} pour le rappel. Solution trouvée à {{22h40}}."),
    ("chrs", "accueil_telephonique", "Rappel de Mme [[PERSONNE:Pasquier]], {{La Roche-sur-Yon}}, hébergée au foyer {{Adoma}}, [[ADRESSE:18 rue Salvador Allende, 85000 La Roche-sur-Yon]]. Elle veut savoir où en est sa demande de {{pension de famille}}."),
    # ------------------------------------------------------------- chrs / controle_sur_place
    ("chrs", "controle_sur_place", "Maraude du {{Samu social}} avec [[PERSONNE:Julien]] et [[PERSONNE:Fatou]], départ {{21h}}, {{quai de la Fosse}}, {{Nantes}}. {{14 personnes}} rencontrées, soupe, couvertures, chaussettes (le plus demandé, de loin)."),
    ("chrs", "controle_sur_place", "Visite en logement diffus à {{Malakoff}}. Appart du {{CHRS}} où vit Mme [[PERSONNE:Rokia Traoré]] avec ses {{3 enfants}}, [[ADRESSE:6 rue de Bâle, bât C, 44000 Nantes]]. Vérif de l'état du logement : moisissure dans la salle de bain, l'éduc fait une photo pour le bailleur."),
    ("chrs", "controle_sur_place", "Dans la voiture de maraude : thermos, duvets, kits hygiène, {{30 sandwichs}}. L'agent : « on donne pas pour donner, on donne pour parler »."),
    ("chrs", "controle_sur_place", "Terrain près de {{Trignac}}, familles roms. Visite avec la médiatrice [[PERSONNE:Mirela]]. Les caravanes sont numérotées à la peinture : famille [[PERSONNE:Stoica]] au [[ADRESSE:terrain de la Rivière, emplacement 6]]. Leur voiture a encore ses plaques roumaines, [[IMMATRICULATION:CJ 12 XMT]]. Scolarisation des enfants à {{Montoir}} ok."),
    ("chrs", "controle_sur_place", "Hôtel {{Première Classe}}, {{chambre 17}}. M. [[PERSONNE:Issa Camara]], {{4 mois}} à l'hôtel, pas de micro-ondes, il mange froid. Contrôle de présence pour le financement de la nuitée : il est là, le lit est fait au carré."),
    ("chrs", "controle_sur_place", "Logement diffus aux {{Glonnières}}, bail glissant au nom de M. [[PERSONNE:Loïc Tessier]], [[ADRESSE:22 avenue Rhin et Danube, 72100 Le Mans]]. Il héberge un copain, [[PERSONNE:Steeve]], c'est interdit par le contrat. Discussion longue, pas de sanction cette fois."),
    ("chrs", "controle_sur_place", "Fuite sous l'évier. L'éduc appelle la propriétaire du logement (bail glissant), Mme [[PERSONNE:Leroux]], au [[TELEPHONE:06 82 40 17 93]]. Elle envoie son plombier, {{Plomberie Cottineau}}, demain {{10h}}."),
    ("chrs", "controle_sur_place", "Le contrôle c'est surtout la présence : est-ce que la personne dort là ? Ils regardent le lit, le frigo, le courrier. « On n'est pas la police, mais on rend des comptes à la {{DDETS}}. »"),
    ("chrs", "controle_sur_place", "Maraude à {{Angers}}, bords de {{Maine}}. Un homme, [[PERSONNE:Thierry]], la cinquantaine, sous une tente, refuse le {{115}}. Il donne quand même son numéro pour le plan grand froid : [[TELEPHONE:07.81.55.02.36]]. « Vous m'appelez, je décroche pas, mais vous m'appelez. »"),
    ("chrs", "controle_sur_place", "{{Saint-Herblain}}, hôtel {{B&B}}, {{chambre 9}}. Mme [[PERSONNE:Blessing Okafor]], nigériane, titre de séjour n° [[IDENTIFIANT:4402917385]] qui expire dans {{15 jours}}. Impossible d'avoir un RDV préfecture en ligne, l'éduc essaie sur son propre tel."),
    ("chrs", "controle_sur_place", "Visite chez M. [[PERSONNE:Erwan Goulven]], logement diffus à {{Cholet}}. Le compte rendu part par mail à la {{CESF}} du {{CCAS}}, [[EMAIL:m.bourgeois@ccas-cholet.fr]]. Elle relit à voix haute avant d'envoyer, il valide."),
    ("chrs", "controle_sur_place", "Vérif que l'{{APL}} de Mme [[PERSONNE:Sandrine Poirier]] est bien versée au {{CHRS}} (tiers payant) : n° alloc [[N_ALLOCATAIRE:4903718]]. Elle ne savait pas qu'elle y avait droit, elle croyait que c'était « pour les gens qui ont un vrai appart »."),
    ("chrs", "controle_sur_place", "Maraude rurale vers {{Ernée}}. Un homme vit dans une caravane au fond d'un champ, M. [[PERSONNE:Roger Lemonnier]], [[ADRESSE:lieu-dit le Bas-Rocher, 53500 Ernée]]. L'agriculteur qui le laisse là, M. [[PERSONNE:Gohier]], passe en tracteur et nous fait signe. Solidarité de village."),
    ("chrs", "controle_sur_place", "{{1h}} du matin, fin de maraude. Bilan sur le carnet : {{19}} contacts, {{2}} mises à l'abri, {{1}} refus. Les deux agents fument une cigarette sans parler."),
    ("chrs", "controle_sur_place", "{{Saint-Nazaire}}, logement diffus. M. [[PERSONNE:Said Ali Mohamed]], comorien, né le [[DATE_NAISSANCE:1er mars 1984]]. Il a décroché une formation soudure avec {{France Travail}}, identifiant [[ID_FRANCE_TRAVAIL:6120483 M]], démarrage lundi. Il nous montre la convocation plastifiée."),
    # ---------------------------------------------------------------- cpam / accueil_physique
    ("cpam", "accueil_physique", "Accueil {{Cpam}} de {{Nantes}}, {{8h30}}. Carte Vitale perdue : M. [[PERSONNE:Théo Bourdais]], {{26 ans}}. L'agent retrouve le dossier avec le NIR, [[NIR:1 98 06 44 109 357 32]], et commande la nouvelle carte. Photo à envoyer depuis l'appli, il le fait sur place."),
    ("cpam", "accueil_physique", "{{3}} bornes {{Ameli}} en libre service, {{1}} en panne. Une jeune en service civique aide les gens à les utiliser, tout le monde la prend pour une agente."),
    ("cpam", "accueil_physique", "Demande de {{CSS}}. Mme [[PERSONNE:Salimata Coulibaly]], née à {{Bamako}} en [[DATE_NAISSANCE:novembre 1990]], NIR [[NIR:2 90 11 99 335 043 69]]. Il manque les avis d'imposition, elle a seulement celui de l'an dernier."),
    ("cpam", "accueil_physique", "Accident du travail : soudeur intérimaire aux {{Chantiers de l'Atlantique}}, M. [[PERSONNE:Rui Carvalho]]. L'agence d'intérim n'a pas fait la déclaration. [[PERSONNE:Delphine]] appelle l'agence {{Proman}} devant lui. « On vous faxe ça. » Elle lève les yeux au ciel, fax en {{2025}}."),
    ("cpam", "accueil_physique", "Les remboursements arrivent sur un compte fermé. Mme [[PERSONNE:Leblanc]] donne son nouveau RIB, {{Banque Populaire}} : [[IBAN:FR76 1380 7008 1232 0214 5871 685]]. L'agent dit {{15 jours}} pour la mise à jour."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Goran Petrović]] a une mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:187220946]], mais le tiers payant ne passe pas chez le pharmacien. Problème de télétransmission, l'agent corrige en {{5 min}}."),
    ("cpam", "accueil_physique", "Écran d'accueil : « {{Ameli}}, {{3646}}, service gratuit + prix appel ». Attente moyenne annoncée {{35 min}}. J'ai mesuré {{50 min}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Chloé Rabouin]], {{22 ans}}, a fait la cueillette des pommes vers {{Noyant}} (régime {{MSA}} pendant la saison), puis un CDD en magasin. Elle ne sait plus qui la rembourse. L'agent fait le transfert de caisse, « ça arrive tout le temps en {{Anjou}} en octobre »."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Ibrahim Ouattara]], {{Sablons}}, vient pour l'{{AME}} de sa femme [[PERSONNE:Awa]]. Dossier n° [[IDENTIFIANT:AME-72-2024-03391]], en attente depuis {{3 mois}}. Elle est enceinte, rendez-vous à la maternité la semaine prochaine."),
    ("cpam", "accueil_physique", "Rattachement d'un nouveau-né : [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:3 mars 2025]] au {{CHU d'Angers}}. Les parents, M. et Mme [[PERSONNE:Belhadj]], avec le bébé dans le porte-bébé. L'agent met le bébé sur la carte des deux parents."),
    ("cpam", "accueil_physique", "Création du compte {{Ameli}} avec l'agent. M. [[PERSONNE:Jean-Michel Coutant]], {{Laval}}, {{64 ans}}, mail [[EMAIL:jeanmi.coutant@laposte.net]]. Le code par SMS au [[TELEPHONE:06 37 92 14 50]] n'arrive pas. Au bout de {{3 essais}}, ça marche, applaudissements discrets."),
    ("cpam", "accueil_physique", "Une dame demande si le docteur [[PERSONNE:Lemoine]] est secteur 1. L'agent cherche dans l'annuaire {{Ameli}}, oui. Elle repart contente, elle avait peur des dépassements."),
    ("cpam", "accueil_physique", "{{La Roche-sur-Yon}}. Mme [[PERSONNE:Annick Bouron]], {{63 ans}}, des {{Sables-d'Olonne}}, conteste un refus d'{{ALD}}. Elle a la lettre, réf. [[IDENTIFIANT:ALD-085-9931-27]]. L'agent ne peut rien faire au guichet, il faut écrire à la {{CRA}}. Elle demande qu'on lui écrive l'adresse en gros."),
    ("cpam", "accueil_physique", "Agent de sécurité à l'entrée depuis une agression en {{2022}}. Personne ne le regarde mais tout le monde baisse la voix en passant devant lui."),
    ("cpam", "accueil_physique", "Travailleur détaché portugais sur le chantier d'un paquebot, M. [[PERSONNE:Nuno Ferreira]]. Formulaire {{S1}} ok, il veut les remboursements sur son compte au {{Portugal}} : IBAN [[IBAN:PT50 0035 0697 0006 3417 2085 5]]. L'agent dit que c'est possible, {{SEPA}}. Il ne le croit pas."),
    # ----------------------------------------------------------- cpam / accueil_telephonique
    ("cpam", "accueil_telephonique", "Plateau {{3646}} à {{Angers}}. Je suis à côté de [[PERSONNE:Sébastien]], casque, {{2 écrans}}. {{87 appels}} en attente à {{9h15}}, il ne regarde pas le compteur « sinon tu deviens fou »."),
    ("cpam", "accueil_telephonique", "Un monsieur demande où en sont ses indemnités journalières. Identification : nom, puis NIR, « [[NIR:1 71 02 49 099 312 46]] ». M. [[PERSONNE:Frédéric Gaudin]], né en [[DATE_NAISSANCE:1971]] à {{Cholet}}. Le paiement est parti hier, il raccroche rassuré."),
    ("cpam", "accueil_telephonique", "Message d'attente « pour gagner du temps rendez-vous sur ameli point fr » : {{12 fois}} pendant un appel test. L'agent dit qu'il l'entend dans ses rêves."),
    ("cpam", "accueil_telephonique", "Mme [[PERSONNE:Estelle Launay]] ({{Le Mans}}) donne son numéro de sécu en mots, très vite : « [[NIR:deux, quatre-vingt-cinq, zéro quatre, soixante-douze, cent quatre-vingt-un, zéro quarante-six, dix-neuf]] ». [[PERSONNE:Sébastien]] tape en même temps, sans faute. Impressionnant."),
    ("cpam", "accueil_telephonique", "Une pharmacienne de {{Mayenne}} appelle : le patient n'a plus de droits ouverts chez nous. Il travaille dans une exploitation agricole à {{Lassay-les-Châteaux}}, donc {{MSA}}. Elle soupire : « encore ».."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Nicolas Rousselot]] veut l'attestation de droits par mail. Pas possible par mail, seulement via le compte {{Ameli}}. Il donne quand même son adresse, « au cas où » : [[EMAIL:nico.rousselot72@gmail.com]]. L'agent ne la note pas."),
    ("cpam", "accueil_telephonique", "Appel en anglais : étudiante indienne à {{Angers}}, [[PERSONNE:Priya Raghunathan]], elle épelle son nom deux fois. Pas encore de numéro de sécu, l'agent prend son passeport : [[IDENTIFIANT:V4827193]]. Le dossier d'immatriculation est « en cours » depuis {{4 mois}}."),
    ("cpam", "accueil_telephonique", "Un appelant hurle. L'agente baisse le volume du casque et attend. Puis : « Monsieur, je suis là pour vous aider. » Ça marche. Elle m'explique : {{30 secondes}} de silence, c'est la technique."),
    ("cpam", "accueil_telephonique", "Rappel programmé : Mme [[PERSONNE:Nadège Ollivier]], [[TELEPHONE:02 41 62 78 05]], entre {{14h}} et {{16h}}, sujet : remboursement de lunettes refusé (devis {{420 €}})."),
    ("cpam", "accueil_telephonique", "Une femme appelle pour le capital décès de son père, M. [[PERSONNE:Henri Blanchard]], {{61 ans}}, né à {{Saumur}}. Numéro de sécu du défunt : [[NIR:1 63 05 49 328 174 59]]. L'agent parle doucement, lui explique les pièces, elle dit merci {{5 fois}}."),
    ("cpam", "accueil_telephonique", "Ouvrier d'{{Airbus}} à {{Saint-Nazaire}} en arrêt, il a reçu un courrier de contrôle et panique. M. [[PERSONNE:Killian Le Roux]] veut être rappelé sur son portable : [[TELEPHONE:06 70 24 88 15]]. L'agent lui dit que c'est routinier."),
    ("cpam", "accueil_telephonique", "Transport pour la chimio : Mme [[PERSONNE:Bénédicte Jouanneau]], {{Fontenay-le-Comte}} → {{CHU de Nantes}}, {{3 fois}} par semaine. Le taxi conventionné, {{Taxis Robineau}}, veut la prescription originale. L'agent explique le bon de transport."),
    ("cpam", "accueil_telephonique", "Pause de {{10 min}} toutes les {{2h}}. Tableau des « pépites » de la semaine au mur, anonymisées. Ma préférée : « Je voudrais résilier la Sécu »."),
    ("cpam", "accueil_telephonique", "Pas de {{carte Vitale}} sous la main : identification par nom, prénom, date de naissance. « [[PERSONNE:Yasmine Chérif]], née le [[DATE_NAISSANCE:trente et un décembre deux mille]] ». L'agent répète en chiffres pour être sûr. Puis elle retrouve une vieille attestation dans son sac et lit le numéro : [[NIR:2 00 12 49 007 318 84]]."),
    ("cpam", "accueil_telephonique", "Mme [[PERSONNE:Léa Nicolas]] ([[PERSONNE:Nicolas]] c'est le nom de famille, elle précise, « on me fait le coup à chaque fois ») donne son mail : [[EMAIL:lea.nicolas(at)yahoo.fr]]. L'agent lui envoie le lien du formulaire."),
    # ------------------------------------------------------------- cpam / controle_sur_place
    ("cpam", "controle_sur_place", "Contrôle d'arrêts de travail avec [[PERSONNE:Patrice]], agent assermenté. Heures de sortie autorisées : {{9h-11h}} et {{14h-16h}}. On sonne à la première adresse à {{11h20}}."),
    ("cpam", "controle_sur_place", "M. [[PERSONNE:Jordan Pineau]], [[ADRESSE:8 allée des Tilleuls, 85300 Challans]], arrêt pour lombalgie. Il est là, en pyjama, montre ses médicaments. Contrôle conforme, {{6 min}}."),
    ("cpam", "controle_sur_place", "L'agent : « on ne contrôle pas les malades, on contrôle les arrêts ». Il dit qu'il a fait plus de {{2 300}} visites dans sa carrière."),
    ("cpam", "controle_sur_place", "Absent. Le voisin : « il est au boulot, il repeint chez un client ». [[PERSONNE:Patrice]] note la plaque du camion de M. [[PERSONNE:Morgan Cottereau]], vu en partant sur un chantier rue voisine : [[IMMATRICULATION:GH-814-TZ]]. Rapport au service, suspension possible des {{IJ}}."),
    ("cpam", "controle_sur_place", "{{Bellevue}}. Visite chez Mme [[PERSONNE:Hawa Sissoko]] pour vérifier la composition du foyer ({{CSS}}). {{4 enfants}}, nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2021]]. Tout correspond, la grande fait ses devoirs sur la table du salon."),
    ("cpam", "controle_sur_place", "Arrêt d'un ouvrier de l'abattoir {{LDC}} à {{Sablé}}, M. [[PERSONNE:Abdellah Mansouri]], tendinite aux deux poignets. [[ADRESSE:4 cité des Rosiers, 72300 Sablé-sur-Sarthe]]. Il montre ses mains, il ne peut plus fermer le poing."),
    ("cpam", "controle_sur_place", "Dans la voiture : liste de {{12}} adresses, il en fera {{7}} ce matin. Le GPS ne trouve pas les lieux-dits de {{Mayenne}}, il demande son chemin à la boulangerie."),
    ("cpam", "controle_sur_place", "M. [[PERSONNE:Dominique Gendron]], [[ADRESSE:lieu-dit la Rouaudière, 53400 Craon]], maçon en arrêt. Sa femme [[PERSONNE:Martine]] ouvre, le chien {{Sultan}} aboie sans arrêt. Lui est au lit, conforme."),
    ("cpam", "controle_sur_place", "{{Beaupréau}}. Deux voitures dans la cour de Mme [[PERSONNE:Pauline Brault]] : [[IMMATRICULATION:EZ-553-PR]] et une vieille 205 [[IMMATRICULATION:8312 TK 49]]. Elle est là, conforme. L'agent note les voitures « par habitude »."),
    ("cpam", "controle_sur_place", "Mme [[PERSONNE:Ophélie Garnier]], {{Rezé}}, veut contester le contrôle d'avant (elle était chez le kiné). Elle donne son mail pour la convocation : [[EMAIL:ophelie.garnier44@icloud.com]]. [[PERSONNE:Patrice]] lui dit d'envoyer le justificatif du kiné."),
    ("cpam", "controle_sur_place", "Visite du conseiller {{PRADO}} chez Mme [[PERSONNE:Odette Chiron]], {{84 ans}}, sortie du {{CH du Mans}}. Sur le compte rendu d'hospitalisation posé sur la table : IPP [[IDENTIFIANT:P72081946]], et en dessous son numéro de sécu, [[NIR:2 40 09 72 181 206 10]]. Il vérifie que l'infirmière passe bien, que la pharmacie a livré."),
    ("cpam", "controle_sur_place", "{{Laval}}. Dossier imprimé : M. [[PERSONNE:Jonathan Reuzé]], {{33 ans}}, NIR [[NIR:1 91 09 53 130 228 67]], arrêt de {{3 mois}} pour dépression. L'agent est très délicat, reste sur le seuil, ne rentre pas."),
    ("cpam", "controle_sur_place", "Suspicion de surfacturation par une infirmière libérale. Visite chez la patiente, Mme [[PERSONNE:Marie-Thérèse Chéneau]], {{91 ans}} : l'infirmière, Mme [[PERSONNE:Barreau]], vient « deux fois la semaine », pas deux fois par jour. L'agent ne dit rien devant la dame."),
    ("cpam", "controle_sur_place", "La moitié des contrôles ({{52 %}} l'an dernier, il a le chiffre en tête) sont demandés par les employeurs (contre-visite), le reste vient du ciblage national. L'agent dit qu'il préfère les seconds."),
    ("cpam", "controle_sur_place", "{{Montoir-de-Bretagne}}. Chauffeur routier en arrêt, M. [[PERSONNE:Marek Nowak]]. Son camion est garé devant la maison, plaque polonaise [[IMMATRICULATION:PO 7H218]]. Il travaille pour un transporteur de {{Poznań}}. Il est là, conforme, mais il ne comprend pas pourquoi on vient."),
    # ------------------------------------------------------ france_travail / accueil_physique
    ("france_travail", "accueil_physique", "Agence {{France Travail}} de {{Saint-Herblain}}, {{8h45}}. Je suis avec [[PERSONNE:Hélène]], conseillère à l'accueil. Déjà {{12 personnes}} dans le sas, la moitié pour « un papier »."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Mohamed Lamine Sylla]], soudeur, veut une formation TIG pour entrer aux {{Chantiers de l'Atlantique}}. Identifiant [[ID_FRANCE_TRAVAIL:4471839G]]. [[PERSONNE:Hélène]] sort la liste des {{POEI}} de la rentrée, il y en a une à {{Montoir}}."),
    ("france_travail", "accueil_physique", "Affiche géante « {{1 jeune, 1 solution}} ». Juste en dessous, le distributeur de tickets en panne depuis mardi, avec un post-it « désolé »."),
    ("france_travail", "accueil_physique", "Mme [[PERSONNE:Sandra Ripoche]] sort de la saison du {{muguet}} (avril-mai) chez un maraîcher de {{Saint-Julien-de-Concelles}}. Elle s'actualise sur la borne avec l'aide de l'agent, identifiant [[ID_FRANCE_TRAVAIL:1852044 T]]. « Après ça sera la {{mâche}} en septembre, comme chaque année. »"),
    ("france_travail", "accueil_physique", "Écran du conseiller, en gros : [[PERSONNE:NGUYEN Van Minh]] - ID [[ID_FRANCE_TRAVAIL:3308172B]] - {{catégorie A}} - dernier entretien {{12/02}} - {{CEJ}} : non. Il referme vite la fenêtre en voyant que je lis."),
    ("france_travail", "accueil_physique", "Mise à jour du RIB pour l'{{ARE}}. M. [[PERSONNE:Guillaume Vincent]] (oui, deux prénoms, il le dit lui-même) a changé de banque : [[IBAN:FR76 3000 3016 5000 0503 8721 582]], {{Société Générale}}. Premier paiement sur le nouveau compte le mois prochain."),
    ("france_travail", "accueil_physique", "Atelier CV. L'animateur projette un CV exemple au nom de [[PERSONNE:Marie Durand]], « assistante de direction ». Un participant : « plus personne s'appelle [[PERSONNE:Marie Durand]] ». Rires. L'animateur change de diapo."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Baptiste Cosnard]], {{29 ans}}, fils d'éleveurs à {{Meslay-du-Maine}}. La ferme a été vendue, il cherche dans le machinisme agricole. [[PERSONNE:Olivier]] (conseiller) regarde les offres chez {{Claas}} et {{Kuhn}}, trouve {{2}} postes de magasinier."),
    ("france_travail", "accueil_physique", "Le conseiller a {{410 demandeurs}} dans son portefeuille. Il dit qu'il en voit vraiment {{60}}. Les autres, « c'est des lignes »."),
    ("france_travail", "accueil_physique", "Inscription : [[PERSONNE:Manon Bricard]], née le [[DATE_NAISSANCE:07/08/2004]], mail [[EMAIL:manon.bricard04@gmail.com]]. Elle veut bosser au {{Puy du Fou}} cet été, « comme figurante ou en restauration, je m'en fiche »."),
    ("france_travail", "accueil_physique", "Agence du {{Mans}}. M. [[PERSONNE:Serge Oyono]], camerounais, {{52 ans}}, chauffeur poids lourd. Une offre chez {{Transports Gautier}} mais son titre de séjour, n° [[IDENTIFIANT:7202418836]], expire en juin, l'employeur hésite. Le conseiller appelle l'employeur devant lui."),
    ("france_travail", "accueil_physique", "Offre de livreuse, véhicule exigé. Mme [[PERSONNE:Nora Bensalem]] a une {{Clio}}, [[IMMATRICULATION:FP-027-AB]], mais plus d'assurance. Le conseiller regarde l'aide à la {{mobilité}} : jusqu'à {{300 €}}, sur devis."),
    ("france_travail", "accueil_physique", "Un homme crie qu'on l'a radié. [[PERSONNE:Fabrice]] explique : absence au RDV du {{14 mars}}, courrier envoyé. M. [[PERSONNE:Lionel Mabit]], {{Cholet}}, identifiant [[ID_FRANCE_TRAVAIL:0954127 L]], dit qu'il n'a rien reçu. Recours écrit, {{2 semaines}}."),
    ("france_travail", "accueil_physique", "Sur le mur des offres : « Cherche vendangeurs {{Anjou}}, {{12,10 €}}/h, hébergement possible sous tente ». Le conseiller me dit que « sous tente » c'est limite mais que personne ne vérifie."),
    ("france_travail", "accueil_physique", "Agence de {{Challans}}. M. [[PERSONNE:Tiago Mendes]], cuisinier saisonnier à {{Saint-Jean-de-Monts}}, veut savoir s'il peut cumuler {{ARE}} et saison. Tél laissé pour le rappel [[TELEPHONE:06 48 25 91 37]], identifiant [[ID_FRANCE_TRAVAIL:8512063W]]."),
    # -------------------------------------------------- france_travail / accueil_telephonique
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}}, avec [[PERSONNE:Karine]]. 1er appel : déclaration d'une reprise d'emploi. Identifiant « [[ID_FRANCE_TRAVAIL:2245918 F]] », M. [[PERSONNE:Jérémy Hardy]], CDD de {{3 mois}} chez {{Bénéteau}}."),
    ("france_travail", "accueil_telephonique", "Le serveur vocal du {{3949}} demande l'identifiant avant d'avoir quelqu'un. La moitié des gens le tapent mal, l'agent redemande tout de toute façon."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Delphine Hamard]], {{Laval}}, dicte son identifiant : « [[ID_FRANCE_TRAVAIL:cinq, trois, zéro, huit, un, quatre, deux, H]] ». « H comme hôpital ». [[PERSONNE:Karine]] tape, ça passe du 1er coup."),
    ("france_travail", "accueil_telephonique", "Intérimaire chez un sous-traitant électricité des {{Chantiers}}, fin de mission vendredi. M. [[PERSONNE:Cyril Le Gall]], identifiant [[ID_FRANCE_TRAVAIL:4426701N]]. Simulation : environ {{1 380 €}} d'{{ARE}}. « C'est moins que ce que je pensais. »"),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Sofia Mekhloufi]] veut recevoir sa convocation par mail : [[EMAIL:sofia.mekh@gmail.com]]. L'agent explique qu'elle est déjà dans l'espace personnel, onglet « mes courriers ». Elle ne savait pas qu'il y avait des onglets."),
    ("france_travail", "accueil_telephonique", "Rappel demandé au [[TELEPHONE:07 49 15 33 80]]. M. [[PERSONNE:Arnaud Chesneau]], {{Saumur}}, ancien palefrenier au {{Cadre Noir}}, cherche « n'importe quoi avec des chevaux »."),
    ("france_travail", "accueil_telephonique", "{{16h50}}, appels courts, les gens veulent « juste une petite info ». L'agent : « ça ne dure jamais 2 minutes, jamais »."),
    ("france_travail", "accueil_telephonique", "Mme [[PERSONNE:Corinne Brossard]], {{54 ans}}, conjointe collaboratrice sur l'exploitation de son mari à {{Chantonnay}}, ils arrêtent le lait. Elle n'a jamais cotisé au chômage, pas d'{{ARE}}. Elle pleure un peu. L'agent propose un RDV à l'agence de {{Luçon}} pour un bilan."),
    ("france_travail", "accueil_telephonique", "Paiement pas reçu. L'agent relit le RIB enregistré : [[IBAN:FR69 3000 2082 1400 0007 1382 W09]], {{LCL}}. M. [[PERSONNE:Hugo Fontaine]] confirme, c'est le bon. Le paiement est bloqué pour une attestation employeur manquante."),
    ("france_travail", "accueil_telephonique", "Sans identifiant, on identifie avec nom, prénom, date de naissance, code postal : « [[PERSONNE:Bouvier]], [[PERSONNE:Jessica]], le [[DATE_NAISSANCE:19 avril 87]], {{72000}} ». Trouvée."),
    ("france_travail", "accueil_telephonique", "Un employeur, camping à {{Saint-Hilaire-de-Riez}}, veut publier une offre de saisonniers avant {{Pâques}}. Le gérant, M. [[PERSONNE:Daniel Bobineau]], donne le numéro d'une ancienne offre à copier, {{178QXKT}}. L'agent transfère au service entreprises."),
    ("france_travail", "accueil_telephonique", "Appel en espagnol, vendangeur andalou, M. [[PERSONNE:José Manuel Ortega]]. Passeport [[IDENTIFIANT:PAB482619]]. Il voudrait que ses droits arrivent sur son compte espagnol : [[IBAN:ES58 2100 4187 7302 0056 7391]]. L'agente parle espagnol, par chance."),
    ("france_travail", "accueil_telephonique", "Tableau de bord au mur : taux de décroché {{68 %}}, objectif {{80 %}}. Personne n'en parle, tout le monde le regarde."),
    ("france_travail", "accueil_telephonique", "Une mère appelle pour son fils [[PERSONNE:Noah]], {{17 ans}}, décrocheur. L'agent l'oriente vers la {{Mission locale}}. Elle laisse son numéro quand même : [[TELEPHONE:06-27-83-14-59]]."),
    ("france_travail", "accueil_telephonique", "Changement d'adresse par téléphone. M. [[PERSONNE:Karim Boudjema]], identifiant [[ID_FRANCE_TRAVAIL:7120598 K]], nouvelle adresse [[ADRESSE:31 rue de l'Estérel, 72100 Le Mans]]. L'agent relit deux fois, il corrige : « avec un accent sur le e »."),
    # ------------------------------------------------------------ urgences / accueil_physique
    ("urgences", "accueil_physique", "Urgences du {{CHU de Nantes}}, {{14h}}. {{47 patients}} dans le service, {{11}} sur des brancards dans le couloir. Je suis à l'accueil admissions avec [[PERSONNE:Nathalie]], {{22 ans}} de maison."),
    ("urgences", "accueil_physique", "M. [[PERSONNE:Alain Perraud]], {{67 ans}}, douleur thoracique, arrivé par le {{SAMU}}. Sa femme donne la {{carte Vitale}}, l'agente lit le NIR : [[NIR:1 57 12 2B 033 061 80]]. « {{2B}} ? » « Oui, il est né à {{Bastia}}, on est à {{Rezé}} depuis {{40 ans}}. »"),
    ("urgences", "accueil_physique", "Écran d'attente : « Temps d'attente estimé : {{4h30}} ». Quelqu'un a collé un smiley qui pleure à côté 😢 personne ne l'a enlevé."),
    ("urgences", "accueil_physique", "Cité sanitaire de {{Saint-Nazaire}}. Accident du travail aux {{Chantiers de l'Atlantique}} : M. [[PERSONNE:Vasile Munteanu]], intérimaire, main écrasée. Le chef d'équipe, M. [[PERSONNE:Le Corre]], l'accompagne et parle pour lui. Pas de {{carte Vitale}}, passeport roumain n° [[IDENTIFIANT:058173492]]."),
    ("urgences", "accueil_physique", "CH de {{Laval}}. Agriculteur de {{48 ans}}, bras pris dans une enrouleuse, M. [[PERSONNE:Régis Fouquet]]. Sa femme [[PERSONNE:Sylvie]] l'a amené en {{Berlingo}}, garé devant l'entrée des ambulances ([[IMMATRICULATION:DS-661-HC]]). L'agent lui demande de la déplacer, elle tremble, il le fait pour elle."),
    ("urgences", "accueil_physique", "Bracelet imprimé à l'accueil : [[PERSONNE:MOREAU Gilles]] / né le [[DATE_NAISSANCE:02/06/1949]] / IPP [[IDENTIFIANT:P00927731]]. L'agente le met au poignet du monsieur qui dit « comme à la maternité »."),
    ("urgences", "accueil_physique", "Maman de {{Monplaisir}} avec un petit de {{4 ans}}, fièvre à {{40}}. Mme [[PERSONNE:Zineb Amrani]], l'enfant s'appelle [[PERSONNE:Adam]]. Il est sur la {{carte Vitale}} de la mère, née au {{Maroc}} : [[NIR:2 92 06 99 350 027 39]]. Plus de médecin traitant depuis le départ à la retraite du Dr [[PERSONNE:Peltier]], « alors on vient ici »."),
    ("urgences", "accueil_physique", "Un vigile, {{2}} agents d'accueil, {{1}} {{IOA}} (infirmière d'orientation). L'IOA trie sur {{5}} niveaux, un code couleur au mur. Le niveau 5 attend, c'est tout."),
    ("urgences", "accueil_physique", "CH de {{Cholet}}. Une ambulance privée dépose une dame : {{Ambulances Guitton}}. Le patron lui-même, M. [[PERSONNE:Guitton]], fait le brancardage, il connait toute l'équipe par les prénoms. La patiente, Mme [[PERSONNE:Aubineau]], {{89 ans}}, chute."),
    ("urgences", "accueil_physique", "Étudiant, entorse au foot. M. [[PERSONNE:Ruben Kalonji]] veut son compte rendu par mail, [[EMAIL:r.kalonji@etud.univ-angers.fr]]. L'agente : pas par mail, il repart avec le papier."),
    ("urgences", "accueil_physique", "Mme [[PERSONNE:Laval]], de {{Laval}} (« oui, comme la ville, on me le dit tout le temps »). Adresse à mettre à jour pour la facture du {{forfait patient urgences}}, {{19,61 €}} : [[ADRESSE:27 rue Paul Bert, 53000 Laval]]."),
    ("urgences", "accueil_physique", "CHD de {{La Roche-sur-Yon}}. Touriste allemande, Frau [[PERSONNE:Katrin Hoffmann]], chute à vélo sur la côte. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80276881230045671234]]. Son mari demande où garer le camping-car, plaque [[IMMATRICULATION:M-KH 4172]]."),
    ("urgences", "accueil_physique", "CH du {{Mans}}. Une femme des {{Sablons}} arrive avec la police, agression. Elle ne veut pas dire son nom devant la salle d'attente, l'agent l'emmène dans le petit bureau. Je ne saurai rien de plus, et c'est très bien."),
    ("urgences", "accueil_physique", "M. [[PERSONNE:Raymond Pelletier]], {{86 ans}}, chute. Son fils [[PERSONNE:Franck]] laisse son numéro pour être prévenu : [[TELEPHONE:06 84 21 57 39]]. Il doit repartir, il travaille de nuit à l'usine."),
    ("urgences", "accueil_physique", "Mme [[PERSONNE:Fatma Yıldız]], née en {{Turquie}}, douleurs abdominales. Son fils [[PERSONNE:Emre]] traduit. NIR sur l'attestation papier : [[NIR:2 74 03 99 208 115 01]]. L'agente demande si elle a une mutuelle, non, {{CSS}} en cours."),
    # -------------------------------------------------------- urgences / accueil_telephonique
    ("urgences", "accueil_telephonique", "Standard des urgences, {{CHD Vendée}}. [[PERSONNE:Marion]] prend les appels des familles : « on ne donne aucune info médicale au téléphone », elle le répète {{20 fois}} dans l'après-midi."),
    ("urgences", "accueil_telephonique", "Une femme appelle pour son mari, M. [[PERSONNE:Jacques Rabreau]], arrivé cette nuit. Pour le retrouver elle donne sa date de naissance : « [[DATE_NAISSANCE:12 octobre 1952]] », puis son numéro de sécu qu'elle a noté dans son agenda, [[NIR:1 52 10 85 191 084 26]]. Il est en {{UHCD}}, on lui dit de venir aux heures de visite."),
    ("urgences", "accueil_telephonique", "{{3 appels}} en {{5 min}} pour le même patient, de {{3}} enfants différents. L'agente : « ils se parlent pas entre eux, les familles »."),
    ("urgences", "accueil_telephonique", "La gendarmerie de {{Clisson}} appelle : ils cherchent le conducteur d'une voiture accidentée, [[IMMATRICULATION:FX-402-JD]], qui serait venu aux urgences par ses propres moyens. L'agente ne confirme rien sans réquisition écrite."),
    ("urgences", "accueil_telephonique", "Un chef de chantier des {{Chantiers}} veut savoir si son ouvrier est sorti, M. [[PERSONNE:Ahmet Kaplan]]. Refus, secret médical. Il laisse son numéro : [[TELEPHONE:06 33 18 72 54]], « dites-lui de me rappeler »."),
    ("urgences", "accueil_telephonique", "Le médecin traitant de Mme [[PERSONNE:Joséphine Leray]], le Dr [[PERSONNE:Rivière]], demande le compte rendu. Il donne sa messagerie sécurisée : [[EMAIL:dr.riviere@medecin.mssante.fr]]. L'agente transmet au secrétariat."),
    ("urgences", "accueil_telephonique", "L'agente a un classeur « appels difficiles » : décès, disparitions, menaces. Elle l'ouvre {{2 fois}} par semaine, dit-elle."),
    ("urgences", "accueil_telephonique", "Un exploitant de {{Saint-Fulgent}}, M. [[PERSONNE:Chaigneau]], appelle : son salarié saisonnier s'est coupé à la main, emmené ici. Le salarié, M. [[PERSONNE:Ousseynou Faye]], sénégalais, titre de séjour saisonnier n° [[IDENTIFIANT:8501472396]]. Rappel à l'exploitant au [[TELEPHONE:02 51 42 96 08]]."),
    ("urgences", "accueil_telephonique", "Une mère appelle : sa fille [[PERSONNE:Clara]], {{15 ans}}, malaise au lycée, emmenée par le {{SAMU}}. Elle part de {{Saumur}}, {{1h}} de route. L'agente lui dit de ne pas rouler vite, « elle est bien entourée »."),
    ("urgences", "accueil_telephonique", "Le service facturation rappelle M. [[PERSONNE:Alexandre Guillet]] : mutuelle {{MGEN}} n° [[IDENTIFIANT:253081947]] refusée, facture n° [[IDENTIFIANT:FPU-2025-048213]]. Il était radié de la mutuelle sans le savoir."),
    ("urgences", "accueil_telephonique", "Forfait urgences payé deux fois. La caisse de l'hôpital prend le RIB pour le remboursement : Mme [[PERSONNE:Hamida Boulahrouz]], [[IBAN:FR42 2004 1010 1307 1305 8K03 230]], {{La Banque Postale}}. Elle épelle le K deux fois."),
    ("urgences", "accueil_telephonique", "Le {{15}} prévient d'une arrivée : Mme [[PERSONNE:Marguerite Jaunet]], née en [[DATE_NAISSANCE:1931]], chute à l'{{EHPAD Les Glycines}}. Sa fille appelle {{10 min}} après, elle a déjà pris des fleurs, des {{marguerites}} « pour rire »."),
    ("urgences", "accueil_telephonique", "Entre {{2h}} et {{4h}}, moins d'appels mais plus longs. L'agente de nuit : « c'est les solitudes qui appellent »."),
    ("urgences", "accueil_telephonique", "Un père néerlandais en vacances à {{Pornic}}, son fils [[PERSONNE:Daan]] est arrivé en ambulance. M. [[PERSONNE:Pieter van den Berg]], numéro [[TELEPHONE:+31 6 4815 2273]]. L'agente parle anglais avec un très bon accent, je ne savais pas."),
    ("urgences", "accueil_telephonique", "Patient inconscient sans papiers. Sa compagne appelle et donne le numéro de sécu : [[NIR:1 95 02 49 099 142 10]]. M. [[PERSONNE:Jimmy Boisseau]], né à {{Cholet}} en [[DATE_NAISSANCE:février 1995]]. L'agente crée l'identité provisoire puis la fusionne."),
    # -- end of notes --
]
# fmt: on

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the text, its entities (offsets) and its keep list."""
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


def build() -> list[dict]:
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


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Draw dev / holdout from the ids and the site kind × channel cells only."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
