"""Independent evaluation corpus n° 40 for the notes anonymiser (written by hand, blind).

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` for a value to mask and ``{{value}}`` for a string that must be kept.
Running this script strips the marks, computes the offsets, builds each note's ``keep`` list,
assigns the ids ``ind40-001`` ... ``ind40-240`` in writing order, draws the dev / holdout split
(stratified by site kind x channel, ``random.Random(40)``) and writes ``dev.jsonl`` and
``holdout.jsonl`` next to this file. Standard library only, deterministic.

Usage: PYTHONDONTWRITEBYTECODE=1 python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind40"
SEED = 40

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

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
    # ---------------------------------------------------------------- caf / accueil_physique
    (
        "caf",
        AP,
        "{{Caf de La Réunion}}, antenne du {{Chaudron}}. {{8h10}} déjà {{40 personnes}} dehors sous le soleil, pas d'auvent. Une dame, Mme [[PERSONNE:Hoarau]], vient pour son {{RSA}} suspendu, elle dit qu'elle a envoyé la {{DTR}} en ligne il y a {{3 semaines}}. L'agent (badge « [[PERSONNE:Johan]] ») retrouve le dossier avec son n° alloc [[N_ALLOCATAIRE:3158742]] : il manquait juste la page 2. Elle repart soulagée, « {{mersi ou la}}, ou lé gentil ».",
    ),
    (
        "caf",
        AP,
        "accueil {{Caf}} {{Rennes}} {{Villejean}}, {{9h}}. mr [[PERSONNE:Le Bihan]] vient declarer un changement de situation, sa fille part en apprentissage a {{Brest}}. l agent lui dit que ca va changer les {{APL}}. il demande de combien, elle peut pas dire, « faut faire la simulation sur {{caf.fr}} ». il a pas d'ordi. elle la fait avec lui sur le poste en libre service : {{-38 €}}. il dit rien.",
    ),
    (
        "caf",
        AP,
        "{{Caf de la Guadeloupe}}, {{Pointe-à-Pitre}}. Jeune maman, [[PERSONNE:Kimberly Jean-Baptiste]], {{19 ans}}, bébé en écharpe. Elle veut la {{PAJE}}. L'agente lui demande son numéro allocataire, elle le lit sur son tel : [[N_ALLOCATAIRE:0894417]]. Là le tel sonne, c'est sa mère, haut-parleur : « {{ou ka fè ki sa}} la ? » tout le monde rit. Dossier bloqué : pas d'acte de naissance du bébé, la mairie des {{Abymes}} met {{3 semaines}} à le délivrer.",
    ),
    (
        "caf",
        AP,
        "File d'attente {{Caf}} {{Saint-Étienne}} : {{23 personnes}} à {{13h30}}, {{2 agents}} au guichet. La borne est en panne depuis ce matin, on distribue des tickets papier. {{Ticket A47}} pour moi. Attente annoncée : {{50 min}}. Beaucoup viennent juste pour imprimer une {{attestation de paiement}}, ce que la borne fait d'habitude.",
    ),
    (
        "caf",
        AP,
        "{{Mamoudzou}}, accueil de la {{CSSM}} (c'est elle qui verse les {{allocations familiales}} ici). Chaleur écrasante, la clim marche dans une salle sur deux. Mme [[PERSONNE:Zaïnaba Attoumani]], {{5 enfants}}, a un {{titre de séjour}} n° [[IDENTIFIANT:9760318452]] qui expire le mois prochain : les droits vont s'arrêter si pas de récépissé. L'agent, [[PERSONNE:Anli]], lui explique en shimaoré, elle répond « {{ewa}} » à tout. Il lui écrit sur un bout de papier ce qu'il faut apporter à la {{préfecture}}. « {{Marahaba}} ».",
    ),
    (
        "caf",
        AP,
        "{{Caf des Bouches-du-Rhône}}, agence {{Marseille}} nord. Mme [[PERSONNE:Benali]] ({{62 ans}}) pour son {{AAH}} : courrier de trop-perçu de {{1 840 €}}. L'agent regarde : la {{pension d'invalidité}} de la {{Cpam}} n'avait jamais été déclarée. Elle pleure, dit qu'elle savait pas. Proposition de retenue à {{50 €}}/mois. Elle demande à voir « Mme [[PERSONNE:Garnier]], celle qui me suit d'habitude » : en congé jusqu'à lundi.",
    ),
    (
        "caf",
        AP,
        "{{Caf de la Martinique}}, {{Fort-de-France}}. Monsieur de {{78 ans}} vient changer de banque, il a fermé son compte à la {{Banque Postale}}. Il tend un RIB papier, l'agente tape l'IBAN en le lisant à voix haute : [[IBAN:FR76 1010 7005 7800 3175 4821 633]]. Titulaire : [[PERSONNE:Léandre Marie-Sainte]]. Mais le dossier est encore au nom de sa femme décédée en janvier, [[PERSONNE:Yvette Marie-Sainte]]. Blocage, il faut d'abord déclarer le décès. Il dit « an pa té sav » (je savais pas).",
    ),
    (
        "caf",
        AP,
        "Accueil {{Caf}} {{Lyon}} {{Part-Dieu}}. Une étudiante en larmes, son {{APL}} a baissé de {{42 €}} sans qu'elle comprenne. L'agent lui explique le calcul sur les {{12 derniers mois}} glissants. Elle avait fait un job d'été chez {{Decathlon}}. Aucune solution sauf attendre. Durée : {{12 min}}. L'agent me dit après : « c'est la question n°1 depuis la réforme ».",
    ),
    (
        "caf",
        AP,
        "{{Caf de la Guyane}}, antenne de {{Saint-Laurent-du-Maroni}}. La queue va jusque sur le trottoir. Beaucoup de gens parlent {{nenge}} ou {{sranan tongo}}, une médiatrice traduit. Famille [[PERSONNE:Aboikoni]] : {{allocation de rentrée scolaire}} pas versée, la Caf attend les certificats de scolarité des {{3 grands}}, le {{collège}} est fermé (grève). Numéro alloc noté au stylo sur un carnet : [[N_ALLOCATAIRE:1207736]].",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Limoges}}. Dame sans son n° alloc, l'agent cherche par nom + DDN : [[PERSONNE:FERNANDES Maria da Conceição]], née le [[DATE_NAISSANCE:03/11/1958]]. Deux dossiers sortent ! doublon créé en {{2019}} lors d'un déménagement. L'agent fait une fiche pour le {{back-office}}. La dame : « ça explique pourquoi j'avais deux courriers ».",
    ),
    (
        "caf",
        AP,
        "Antenne {{Caf}} du {{Port}}. Un monsieur que tout le monde appelle « [[PERSONNE:Ti Coco]] » (même l'agent !) vient pour la {{prime de Noël}} qu'il a pas eue. L'agent : « [[PERSONNE:Ti Coco]], ou la pa touch le {{RSA}} en {{novembre}}, c'est pour ça ». Il habite [[ADRESSE:12 ruelle des Bougainvilliers, 97420 Le Port]] mais ses courriers reviennent « {{NPAI}} ». On corrige : c'était marqué « rue » au lieu de « ruelle ».",
    ),
    (
        "caf",
        AP,
        "{{Nancy}}. {{11h40}}. personne au {{guichet 3}} depuis {{20 min}}, l'agent est au tel avec le {{back-office}}. les gens regardent l'écran bloqué sur « {{B112}} ». Un monsieur finit par partir en disant « je reviendrai jeudi ». Personne ne lui répond.",
    ),
    (
        "caf",
        AP,
        "{{Baie-Mahault}}, accueil {{Caf}}. Jeune homme veut créer son compte en ligne, il n'a pas d'adresse mail. L'agente lui en crée une avec lui au {{point numérique}} : [[EMAIL:dylan.bellance971@gmail.com]]. Mot de passe écrit sur un {{post-it}} (!). Ensuite il faut le code reçu par {{SMS}} au [[TELEPHONE:0690 47 18 32]], il n'a plus de crédit mais les SMS arrivent quand même. Ouf. {{25 min}} en tout.",
    ),
    (
        "caf",
        AP,
        "Caf {{Toulouse}} {{Mirail}}. M. [[PERSONNE:Aït Ouali]] a déménagé au [[ADRESSE:27 chemin de Lestang, 31100 Toulouse]], il apporte une facture {{EDF}} (réf. client [[IDENTIFIANT:6002 487 193]]) comme justificatif. Num allocataire [[N_ALLOCATAIRE:2290418]]. Le changement d'adresse aurait pu se faire en ligne mais « j'ai pas confiance ». L'agent le fait, {{4 min}}.",
    ),
    (
        "caf",
        AP,
        "Accueil {{Caf}} du {{Lamentin}}, matin. Clim en panne, ventilos partout. Un monsieur entre et lance « {{Bonjou tout moun}} ! », toute la salle répond. L'agente m'explique que fin août c'est l'{{allocation de rentrée scolaire}} qui domine, et que l'{{ASF}} est très fréquente ici (beaucoup de mères seules). {{31 tickets}} avant {{10h}}.",
    ),
    (
        "caf",
        AP,
        "Caf {{Angers}}. Mme [[PERSONNE:Courtois]] apporte le RIB de son nouveau compte {{Nickel}} ouvert au {{bureau de tabac}} : [[IBAN:FR76 1627 5002 0007 3901 6284 487]]. L'agent vérifie que le nom est bien le sien (le compte précédent était à son ex, [[PERSONNE:Sébastien]]). Enregistré. Elle demande si la {{prime d'activité}} de ce mois ira sur le nouveau : non, le suivant.",
    ),
    (
        "caf",
        AP,
        "Antenne de {{Pamandzi}}, {{Petite-Terre}}. Presque personne : la {{barge}} a été suspendue ce matin (houle), ceux de {{Grande-Terre}} ne peuvent pas venir. Un papa, [[PERSONNE:Soilihi Madi]], vient avec ses bulletins de salaire de l'entreprise de BTP. N° allocataire [[N_ALLOCATAIRE:4801329]]. L'agent dit « {{Bwéni}} » aux femmes, « {{Foundi}} » au vieux monsieur qui attend. Je demande : c'est des marques de respect.",
    ),
    (
        "caf",
        AP,
        "{{Caf}} {{Lille}}. L'agent lit l'écran à voix haute pour vérifier : « [[PERSONNE:DUBOIS Kevin]], né le [[DATE_NAISSANCE:1999-02-17]], c'est bien vous ? ». Oui. Il vient pour le {{RSA}} : {{25 ans}} depuis peu, il n'y avait pas droit avant. Orienté vers le {{Département}} pour l'accompagnement. Il ne savait pas que c'était possible.",
    ),
    (
        "caf",
        AP,
        "{{Saint-Pierre}} (974), accueil {{Caf}}. Toutes les affiches sont en français mais l'agent parle créole à presque tout le monde. Il me dit : « si mi koz français, {{zot}} i comprend pas bien les papiers ». Les 3 motifs du matin : {{DTR}}, {{prime d'activité}}, {{AL}}. Un {{gramoun}} attend depuis {{8h}} juste pour qu'on lui lise un courrier.",
    ),
    # ------------------------------------------------------------ caf / accueil_telephonique
    (
        "caf",
        AT,
        "Plateforme tel {{Caf}} {{Réunion}}. Appel d'une dame de {{Saint-Benoît}}, elle donne son numéro allocataire [[N_ALLOCATAIRE:5 204 817]] puis sa date de naissance « le [[DATE_NAISSANCE:vingt-trois février soixante-douze]] ». Elle appelle pour la {{prime de Noël}}. Le conseiller : versement autour du {{15 décembre}}. Elle raccroche contente. {{4 min}}.",
    ),
    (
        "caf",
        AT,
        "Double écoute {{3230}}. Monsieur très énervé, insultes, l'agent reste calme : « Monsieur [[PERSONNE:Lefèvre]], je vais vous demander de rester courtois ». {{RSA}} suspendu après non-réponse au {{contrôle}}. Il donne un nouveau numéro pour être rappelé, [[TELEPHONE:07 81 24 66 09]], l'ancien est coupé. Fin d'appel plus calme. L'agent souffle, se lève, va boire un verre d'eau.",
    ),
    (
        "caf",
        AT,
        "appel depuis {{Kourou}}, la ligne coupe deux fois. Mme [[PERSONNE:Sulny]] demande à être rappelée, elle dicte son numéro en toutes lettres : « [[TELEPHONE:zéro six quatre-vingt-quatorze, vingt et un, trente-huit, zéro sept]] ». L'agent répète. Objet : {{AL}} pour sa fille étudiante partie à {{Bordeaux}} avec {{LADOM}}, est-ce que la fille peut la demander elle-même. Oui.",
    ),
    (
        "caf",
        AT,
        "Appels de {{14h}} à {{16h}} : {{11 appels}}. 6 « où en est mon dossier », 3 {{prime d'activité}}, 1 erreur (voulait la {{Cpam}}), 1 qui raccroche pendant l'attente. Attente moyenne avant décroché : {{18 min}} d'après l'écran du superviseur. Les agents ont un script mais s'en éloignent tous.",
    ),
    (
        "caf",
        AT,
        "Appel d'une mamie de {{Marie-Galante}}, elle parle créole, l'agente aussi, je comprends un mot sur trois. Mme [[PERSONNE:Sainte-Rose]] (oui comme la commune) veut savoir pourquoi son {{AL}} a baissé : sa petite-fille qui vivait chez elle est partie à {{Pointe-à-Pitre}} et ça a été déclaré. L'agente explique doucement, {{15 min}}, personne ne presse.",
    ),
    (
        "caf",
        AT,
        "Plateforme {{Caf}} du {{Gard}}. Une allocataire veut changer son RIB par téléphone. Elle avait commencé à dicter « [[IBAN:FR76 3000 3012 5400 0508 7311 912]] » quand l'agent l'arrête : changement de coordonnées bancaires uniquement par l'{{espace Mon Compte}} ou au guichet, à cause des fraudes. Elle comprend pas, « c'est mon compte pourtant ». L'agent me dit : il y a eu des vagues d'usurpation cet {{hiver}}, plus de {{200 dossiers}} dans le département.",
    ),
    (
        "caf",
        AT,
        "{{Martinique}}, plateforme. Appel de M. [[PERSONNE:Bourgeois]], {{Schoelcher}}, qui commence par « je suis pas un {{bourgeois}} hein, malgré le nom ». Il conteste un {{indu}} d'{{AL}} de {{612 €}}. Son n° alloc : [[N_ALLOCATAIRE:7730561]]. L'agent ouvre un recours amiable et lui dit d'écrire à la {{CRA}}.",
    ),
    (
        "caf",
        AT,
        "appel {{3230}}, femme qui doit envoyer un justificatif mais son scanner marche pas. l'agent lui propose de l'envoyer en photo via l'{{espace en ligne}}. elle préfère par mail, elle épelle le sien au cas où : [[EMAIL:c.morel-lagarde@laposte.net]]. l'agent : « on ne peut pas recevoir de mail madame ». silence. {{8 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel depuis {{Koungou}} (Mayotte) transféré par la {{CSSM}}. Monsieur [[PERSONNE:Bacar Youssouf]] veut savoir si ses allocs sont versées ce mois. Pas de n° sous la main, il donne son téléphone : [[TELEPHONE:0639 21 74 05]] et sa DDN [[DATE_NAISSANCE:01/01/1987]] (« tout le monde est né le {{1er janvier}} ici » me dit l'agent, date par défaut quand l'état civil est incomplet). {{Trois homonymes}} dans la base. On le rappelle.",
    ),
    (
        "caf",
        AT,
        "{{Caisse de prévoyance sociale}} de {{Saint-Pierre-et-Miquelon}} (ici elle fait Caf et sécu). Appel de M. [[PERSONNE:Detcheverry]], depuis {{Miquelon}}, pour le {{complément familial}}. Il laisse son fixe [[TELEPHONE:+508 41 23 87]]. L'agente le connaît, elle me dit après « ici on connaît tout le monde, c'est {{6000 habitants}} ».",
    ),
    (
        "caf",
        AT,
        "Appel très court : une dame veut juste l'adresse de l'agence de {{Vierzon}} et les horaires. {{1 min 30}}. L'agent me dit que {{1 appel sur 5}} c'est ça, alors que c'est sur {{caf.fr}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une dame de {{Sainte-Suzanne}}. L'agent lui fait épeler son nom : « [[PERSONNE:T-E-C-H-E-R]], avec un accent sur le premier E ». N° alloc [[N_ALLOCATAIRE:6630194]]. Elle veut déclarer que son fils [[PERSONNE:Loïc]] a quitté la {{case}} pour aller chez sa copine à {{Bras-Panon}}. Fait en direct, {{2 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel d'une assistante sociale, Mme [[PERSONNE:Robin]], {{CCAS}} de {{Poitiers}}, pour la famille [[PERSONNE:Koné]] : expulsion prévue, elle demande un examen prioritaire du dossier {{AL}}. L'agent note tout, le numéro direct de l'AS [[TELEPHONE:05 49 30 18 72]], et transmet à la {{cellule impayés}}.",
    ),
    (
        "caf",
        AT,
        "Coupure de courant à {{Basse-Terre}} ce matin, les appels basculent sur {{Pointe-à-Pitre}}. Les conseillers enchaînent, {{0 pause}} jusqu'à {{11h}}. Une conseillère me dit « les jours de {{vigilance orange}} c'est pareil, les gens appellent pour savoir si les paiements sont maintenus ».",
    ),
    (
        "caf",
        AT,
        "{{Caf}} {{Loire-Atlantique}}, vérif identité au tel : nom, n° alloc, DDN. Monsieur [[PERSONNE:Nguyen Van Thanh]] donne sa date « [[DATE_NAISSANCE:12.06.81]] », n° alloc [[N_ALLOCATAIRE:4418826]]. ok. Il demande si son fils majeur peut encore compter pour les {{allocations familiales}} : jusqu'à {{20 ans}} oui sous conditions.",
    ),
    # --------------------------------------------------------------- caf / controle_sur_place
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Didier]], contrôleur {{Caf}} depuis {{22 ans}}. {{Saint-Louis}}, [[ADRESSE:lotissement Les Vacoas, case 17]]. Soupçon de vie maritale non déclarée. Devant la case, un pick-up [[IMMATRICULATION:GF-592-QT]] ; la dame dit que c'est à son frère. Dans la salle de bain deux brosses à dents, [[PERSONNE:Didier]] ne dit rien. Mme [[PERSONNE:Nativel]] nous sert un café. Rapport : « {{pas d'éléments probants}} ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{RSA}} près de {{Guéret}}, ferme isolée. M. [[PERSONNE:Lagrange]], [[ADRESSE:lieu-dit La Chaise, 23000 Guéret]]. Le dossier était à la {{MSA}} avant (n° [[N_ALLOCATAIRE:0457213]]), repris par la {{Caf}}. Il élève {{12 brebis}}, il dit que c'est pour lui, pas pour vendre. Le contrôleur demande les ventes sur les marchés. Beaucoup de silences. Il montre ses comptes sur un cahier {{Clairefontaine}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle prévu à {{Capesterre-Belle-Eau}}. Personne. La voisine dit qu'il est « parti en métropole » depuis un mois. Le contrôleur laisse un {{avis de passage}}. {{45 min}} de route, {{10 min}} sur place. Il me dit qu'un contrôle sur trois finit comme ça ici, et que les {{bananeraies}} sur le chemin c'est son paysage depuis {{20 ans}}.",
    ),
    (
        "caf",
        CSP,
        "{{Kawéni}}, contrôle chez Mme [[PERSONNE:Mariama Houmadi]]. Pas de rue ni de numéro : le {{banga}} est « le troisième après la boutique {{Doukabé}} ». Le contrôleur dit « {{Jeje}} » en entrant. {{4 enfants}}, un seul déclaré à la {{CSSM}} (n° allocataire [[N_ALLOCATAIRE:9102447]]). Les 3 autres n'ont pas d'acte de naissance français. Le contrôleur explique qu'il ne peut rien faire de plus que noter.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez M. et Mme [[PERSONNE:Wozniak]], [[ADRESSE:8 cité des Fleurs, 62300 Lens]]. Ils sortent tout : {{fiches de paie}}, relevés. Le relevé du compte joint ([[IBAN:FR76 1333 5000 4004 2177 9536 042]]) montre des virements réguliers de {{300 €}} d'un fils. Pas déclarés. {{Indu}} probable. Mme pleure, M. se tait, la télé reste allumée sur {{TF1}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle au {{Robert}}, [[ADRESSE:quartier Four à Chaux, lot 24, 97231 Le Robert]]. Mme [[PERSONNE:Calixte]] héberge sa fille et ses 2 petits-enfants depuis le cyclone, ça change l'{{AL}}. Elle montre le bail {{SIMAR}} (réf. locataire [[IDENTIFIANT:SM-0047215]]). La contrôleuse est très pédagogue, explique que la déclaration n'est pas une punition.",
    ),
    (
        "caf",
        CSP,
        "Journée contrôle, {{3 visites}} prévues, {{2 faites}}. Entre deux, {{40 min}} de voiture. Le contrôleur remplit son rapport sur tablette dans la voiture, la {{4G}} passe mal. Il me dit qu'il préfère les contrôles « {{ressources}} » aux contrôles « {{isolement}} », moins intrusifs.",
    ),
    (
        "caf",
        CSP,
        "{{Matoury}}, contrôle chez M. [[PERSONNE:Da Silva Souza]]. Devant le {{carbet}}, une voiture avec une plaque brésilienne [[IMMATRICULATION:QTP2E47]] : il dit qu'elle est à un cousin de {{Oiapoque}}. Lui a une carte de résident n° [[IDENTIFIANT:9730412288]]. L'agente parle un peu portugais, ça détend tout le monde. Rien d'anormal.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Saint-Paul}}, [[ADRESSE:45 chemin Bœuf Mort, 97460 Saint-Paul]]. La dame vit avec son fils [[PERSONNE:Paul]], {{22 ans}}, qui n'était pas déclaré comme vivant au foyer. Il travaille en {{CDD}} chez {{Run Market}}. Le contrôleur recalcule sur place l'{{AL}}. Le fils : « mi croyais que mi comptais pas ». Sur le mur, une photo du {{Piton de la Fournaise}} en éruption.",
    ),
    (
        "caf",
        CSP,
        "controle vie maritale, {{Perpignan}}. sur la boite aux lettres : « [[PERSONNE:Martin]] / [[PERSONNE:Sanchez]] ». Mme [[PERSONNE:Martin]] dit que M. [[PERSONNE:Sanchez]] est un colocataire. {{deux chambres}}, deux lits faits. le controleur note « {{colocation plausible}} ». il me dit que la {{boîte aux lettres}} ne prouve rien.",
    ),
    (
        "caf",
        CSP,
        "{{Miquelon}}, contrôle rare (le contrôleur vient de {{Saint-Pierre}} par le bateau de {{8h}}). Famille [[PERSONNE:Vigneau]], {{3 enfants}}, [[ADRESSE:6 rue du Soleil Levant, 97500 Miquelon-Langlade]]. Tout est en ordre. On reste boire un café, le retour est à {{16h}}. Le contrôleur : « ici, un contrôle, tout le village le sait avant nous ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Caf}} {{Montpellier}}, parent isolé. La petite [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:4 avril 2019]], dort dans la chambre. La mère, Mme [[PERSONNE:Haddad]], montre le jugement de divorce (RG [[IDENTIFIANT:21/03318]]). Rien à redire. Visite {{25 min}}.",
    ),
    # --------------------------------------------------------------- cpam / accueil_physique
    (
        "cpam",
        AP,
        "{{CGSS}} {{Saint-Denis}}, accueil. Mme [[PERSONNE:Payet]], née à {{Saint-Denis}} le [[DATE_NAISSANCE:14/07/1986]], vient pour sa {{carte Vitale}} perdue au marché. L'agent lit le NIR à voix haute pour vérifier : [[NIR:2 86 07 97 411 123 29]]. Nouvelle carte commandée, délai {{3 semaines}}, attestation de droits imprimée en attendant. {{7 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Nantes}}, {{10h15}}. mr [[PERSONNE:Guérin]] vient pour des {{IJ}} pas payées depuis {{2 mois}} : l'employeur n'a jamais envoyé l'{{attestation de salaire}}. l'agent appelle l'employeur devant lui, tombe sur un répondeur. message laissé. le monsieur : « et je paie mon loyer comment ». l'agent lui donne le numéro du {{service social}} de la Cpam.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS de la Guadeloupe}}, {{Pointe-à-Pitre}}. M. [[PERSONNE:Théodore]], né en [[DATE_NAISSANCE:mars 1979]] à {{Pointe-à-Pitre}}, a deux NIR ! Un provisoire de quand il travaillait en métropole et le vrai : [[NIR:179039712004548]]. Les remboursements partent sur le mauvais. L'agente fait une demande de fusion, « ça peut prendre {{6 mois}} ». Il rigole jaune.",
    ),
    (
        "cpam",
        AP,
        "{{Mamoudzou}}, accueil {{CSSM}}. Une femme enceinte de {{7 mois}}, sans papiers, venue des {{Comores}} en {{kwassa}}. Pas d'{{AME}} à Mayotte, l'agent me le confirme. Il l'oriente vers le {{dispensaire}} de {{Jacaranda}} et la {{PASS}} du {{CHM}}. Elle ne dit presque rien, une cousine traduit. L'agent a l'air fatigué de donner cette réponse. Dans la salle, une soixantaine de personnes à {{9h}}, pas assez de chaises, un bébé dort sur un {{salouva}} étendu par terre. Au mur, l'affiche « {{Ameli}} » avec une famille métropolitaine qui sourit ; l'agent me dit que personne ici n'a de compte Ameli, « pas de réseau, pas d'ordinateur, pas d'adresse ». Il voit {{80 personnes}} par jour, seul au guichet depuis le départ de sa collègue à {{La Réunion}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Roux]] (Cpam {{Dijon}}) : sa mutuelle {{Harmonie}} n° [[IDENTIFIANT:184 552 907]] n'apparaît pas dans {{Ameli}}, donc pas de {{tiers payant}} à la pharmacie. L'agent met à jour la télétransmission {{Noémie}}. « {{48h}} et ce sera bon ». Elle repart avec un papier imprimé « au cas où ».",
    ),
    (
        "cpam",
        AP,
        "{{CGSS Martinique}}, agence de {{Fort-de-France}}. Mme [[PERSONNE:Ursulet]], née le [[DATE_NAISSANCE:8 février 1975]], veut sa {{C2S}}. L'agent vérifie son NIR sur l'attestation : [[NIR:2 75 02 97 209 264 05]]. Il manque l'avis d'imposition. Elle sort son téléphone, le trouve sur {{impots.gouv}}, l'agent l'imprime. Dossier complet. Elle applaudit.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Bobigny}}, {{13h45}}. {{Une trentaine}} de personnes. Beaucoup pour la {{CSS}} et l'{{AME}}. L'agent d'accueil filtre : qui a un rdv, qui vient déposer, qui a une question. Tri en {{2 minutes}} par personne. Langues entendues : arabe, tamoul, soninké, roumain. Un seul agent parle anglais.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} de {{Saint-Laurent-du-Maroni}}. M. [[PERSONNE:Pinas]] veut s'affilier, il présente un passeport surinamais n° [[IDENTIFIANT:RN5K27431]] et une {{carte de résident}}. L'agent dit que le passeport ne suffit pas, il faut l'acte de naissance traduit. {{Albina}} est juste en face de l'autre côté du {{Maroni}}, il ira le chercher. Il reviendra « après la {{pirogue}} de {{14h}} ».",
    ),
    (
        "cpam",
        AP,
        "{{Cpam de la Corse-du-Sud}}, {{Ajaccio}}. M. [[PERSONNE:Santoni]], né à Ajaccio le [[DATE_NAISSANCE:22 avril 1964]], l'agent lit le NIR en entier, [[NIR:1 64 04 2A 004 033 92]], et m'explique le « {{2A}} » de la {{Corse-du-Sud}}. Il vient pour une {{ALD}} qui n'a pas été renouvelée. Formulaire à faire remplir par le médecin traitant.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} du {{Port}}. Papy [[PERSONNE:Lebon]], né en [[DATE_NAISSANCE:décembre 1958]] au Port, veut savoir pourquoi ses {{bandelettes}} pour le diabète ne sont plus remboursées à {{100 %}}. L'agent regarde avec le NIR [[NIR:1 58 12 97 407 152 70]] : l'{{ALD}} a expiré le mois dernier. Il dit « {{lé pa grave}} » mais il a l'air inquiet. Rdv chez le médecin donné.",
    ),
    (
        "cpam",
        AP,
        "{{Cpam}} {{Lille}}, borne + conseiller. Mme [[PERSONNE:Julie Vandamme]] veut créer son compte {{ameli}}. NIR [[NIR:288125935040167]], mail [[EMAIL:julie.vandamme59@hotmail.fr]]. Le code provisoire arrive par courrier ({{5 jours}}) ! Elle demande s'il n'y a pas plus rapide : {{FranceConnect}}, mais elle n'a pas d'identité numérique. Elle repart avec le courrier en attente.",
    ),
    (
        "cpam",
        AP,
        "{{CPS}} de {{Saint-Pierre}} ({{Saint-Pierre-et-Miquelon}}). [[PERSONNE:Maxime Girardin]], {{22 ans}}, part en BTS à {{Rennes}} : il doit passer du régime local à la {{Cpam}}. NIR [[NIR:1 01 09 97 502 011 09]], né le [[DATE_NAISSANCE:09/09/2001]]. L'agente lui imprime tout, « là-bas personne ne connaît la CPS, garde bien ça ». Elle dit que la moitié des jeunes partent comme ça.",
    ),
    (
        "cpam",
        AP,
        "{{Clermont-Ferrand}}, accueil {{Cpam}}. Personne n'a de rdv, tout le monde a « juste une question ». Écran : {{45 min}} d'attente. Je remarque : pas de toilettes accessibles au public. Une dame âgée repart au bout d'une heure. Les {{2 agents}} ne lèvent pas la tête.",
    ),
    (
        "cpam",
        AP,
        "Accueil {{CGSS}} {{Pointe-à-Pitre}}. Une dame, [[PERSONNE:Marie Dorville]], venue de {{Marie-Galante}} par le bateau de {{6h}}, pour un remboursement de {{transport sanitaire}} ({{évasan}} vers le {{CHU}}). Dossier incomplet : il manque la prescription médicale de transport. Elle doit revenir. L'agente appelle elle-même le cabinet pour qu'ils faxent le papier. Reçu à {{11h}}. Réglé.",
    ),
    (
        "cpam",
        AP,
        "{{CSSM}}, {{Mamoudzou}}. Mme [[PERSONNE:Naïma Ousseni]], née en [[DATE_NAISSANCE:novembre 1992]] à Mamoudzou, NIR [[NIR:2 92 11 97 611 318 06]]. Elle veut ajouter ses enfants sur sa carte. L'agent : « à Mayotte la {{CMU-C}} n'existe pas pareil, il y a d'autres règles ». Le {{droit local}}, tout le monde s'y perd, même lui.",
    ),
    (
        "cpam",
        AP,
        "{{CGSS}} {{Cayenne}}. M. [[PERSONNE:Jean-Pierre Desrosiers]], né en {{Haïti}} le [[DATE_NAISSANCE:17/01/1983]], NIR définitif enfin attribué : [[NIR:183019933611209]]. Il attendait depuis {{2 ans}} avec un numéro provisoire. Il fait « {{mèsi anpil}} » à l'agente. Elle me dit que les certificats de naissance haïtiens posent souvent problème.",
    ),
    # ----------------------------------------------------------- cpam / accueil_telephonique
    (
        "cpam",
        AT,
        "{{3646}}. Appel d'une dame pour des lunettes : elle ne comprend pas ce qu'est le {{100% santé}}. L'agente explique {{classe A}} / {{classe B}}. La dame : « donc si je choisis la monture que je veux je paie ». Oui. Fin d'appel. {{9 min}}.",
    ),
    (
        "cpam",
        AT,
        "3646, plateforme {{CGSS}} {{Réunion}}. Appel depuis {{Saint-André}}. La dame dit son NIR trop vite, l'agente la fait répéter chiffre par chiffre : [[NIR:2 63 01 97 422 203 68]]. Née au {{Tampon}} le [[DATE_NAISSANCE:28 janvier 1963]]. Elle a déménagé, nouveau numéro [[TELEPHONE:0692 14 83 56]]. Question : remboursement {{kiné}} après chute dans la {{ravine}}.",
    ),
    (
        "cpam",
        AT,
        "Appel {{Martinique}}. M. [[PERSONNE:Alexis Nelson]], né au {{Lamentin}} le [[DATE_NAISSANCE:03/07/1981]], NIR [[NIR:1 81 07 97 213 094 85]]. Il veut savoir si ses {{IJ}} pour son accident de travail au {{port de Fort-de-France}} sont calculées correctement. L'agent voit 3 jours de carence en trop. Corrigé. Rappel prévu au [[TELEPHONE:06 96 38 02 77]].",
    ),
    (
        "cpam",
        AT,
        "Appel {{Cpam}} {{Ille-et-Vilaine}}. Mme [[PERSONNE:Le Goff]], NIR [[NIR:2 71 10 35 238 088 48]], veut recevoir ses relevés par mail : [[EMAIL:annie.legoff35@orange.fr]]. L'agent explique que tout est sur le compte {{ameli}}, pas par mail. Elle n'a pas de compte. Création guidée au téléphone, {{17 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel de {{Kourou}}. M. [[PERSONNE:Kevin Apollinaire]], {{27 ans}}, travaille au {{Centre spatial}}, employé par un sous-traitant. NIR [[NIR:196109730404119]]. Il ne reçoit pas ses décomptes. L'agent voit une adresse ancienne à {{Sinnamary}}, corrige : [[ADRESSE:14 rue des Roches, 97310 Kourou]].",
    ),
    (
        "cpam",
        AT,
        "Appel d'un monsieur énervé : arrêt maladie envoyé il y a {{3 semaines}}, rien reçu. L'agent trouve l'arrêt, mais l'employeur ({{SIRET}} {{532 418 907 00021}}) n'a pas fait la {{DSN}} de signalement. « Monsieur [[PERSONNE:Perrin]], ce n'est pas de notre fait ». Le monsieur : « c'est toujours la faute de quelqu'un d'autre ».",
    ),
    (
        "cpam",
        AT,
        "{{Guadeloupe}}, appel d'une jeune femme de {{21 ans}}, Mme [[PERSONNE:Océane Romain]], née aux {{Abymes}}. NIR [[NIR:2 03 02 97 101 377 64]]. Elle veut la {{C2S}}, elle est étudiante à l'{{université des Antilles}} à {{Fouillole}}. L'agent l'aide à faire la demande en ligne pendant l'appel. Elle a juste son téléphone, ça marche.",
    ),
    (
        "cpam",
        AT,
        "Plateforme 3646 en fin de journée. Les conseillers ont un tableau : {{214 appels}} pris depuis {{8h}}, {{62 en attente}}. Pas le temps de parler entre deux appels. Un conseiller a un {{chapelet}} accroché à son écran, une autre une photo de {{Johnny}}.",
    ),
    (
        "cpam",
        AT,
        "{{CSSM}}, plateforme. Appel de Mme [[PERSONNE:Echati Ahmed]], née aux {{Comores}} en [[DATE_NAISSANCE:juin 1990]], immatriculée depuis {{2015}} : NIR [[NIR:2 90 06 99 397 041 71]]. Elle ne trouve plus de médecin traitant depuis le départ du sien. L'agent : « beaucoup de médecins partent ». Il lui donne la liste du {{centre de santé}} de {{Dzoumogné}}.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Bouches-du-Rhône}}. Jeune homme, [[PERSONNE:Yanis Belkacem]], NIR [[NIR:195031320507321]], né le [[DATE_NAISSANCE:11 mars 1995]]. Il demande un remboursement de soins dentaires faits en {{Espagne}}. L'agente lui dit d'envoyer les factures avec le formulaire {{S3125}}. Il demande où le trouver, « sur {{ameli.fr}} ».",
    ),
    (
        "cpam",
        AT,
        "Appel {{CGSS}} {{La Réunion}}, une assurée de {{Saint-Joseph}}, Mme [[PERSONNE:Clain]], veut changer le RIB pour ses remboursements. Contrairement à la Caf c'est possible par téléphone après vérif d'identité. Elle lit : [[IBAN:FR76 1189 9002 1404 7182 6305 187]]. L'agent me dit qu'ils envoient un courrier de confirmation « au cas où ». Son numéro [[TELEPHONE:0693 40 27 11]] est mis à jour aussi.",
    ),
    (
        "cpam",
        AT,
        "Appel de {{Bastia}}. M. [[PERSONNE:Mattei]], NIR [[NIR:1 90 08 2B 033 210 93]], veut savoir s'il a droit à un remboursement pour un transport en {{ambulance}} vers {{Marseille}} (pas de plateau technique en Corse pour son opération). Oui avec {{entente préalable}}. Il ne l'a pas faite. Recours possible.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une dame de {{Sainte-Anne}} ({{Guadeloupe}}), elle appelle pour son mari hospitalisé. Son numéro [[TELEPHONE:0590 88 41 26]]. Le mari c'est M. [[PERSONNE:Bellance Rodolphe]]. L'agent ne peut pas donner d'infos sans {{procuration}}. Elle dit « nou marié dépi {{40 ans}} ». L'agent cède sur les infos générales, pas sur le dossier.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{Cpam}} {{Haute-Vienne}}. M. [[PERSONNE:Thomas Brunet]], NIR [[NIR:187068708531278]], DDN [[DATE_NAISSANCE:20/06/1987]]. Il est devenu prof contractuel et sa nouvelle mutuelle ({{MGEN}}, réf. adhérent [[IDENTIFIANT:0728419]]) n'est pas connue dans {{Ameli}}. Le conseiller corrige. {{6 min}}.",
    ),
    (
        "cpam",
        AT,
        "Plateforme {{CGSS}} {{Réunion}}, épidémie de {{dengue}}. Beaucoup d'appels pour savoir si les {{répulsifs}} sont remboursés (non) et si les {{arrêts de travail}} sont payés dès le 1er jour (non plus). Les conseillers ont un argumentaire imprimé scotché. Une conseillère : « {{Bondié}}, encore un ! ».",
    ),
    (
        "cpam",
        AT,
        "appel court {{Cpam}}, monsieur demande juste son {{attestation de droits}}. le conseiller lui dit qu'elle arrive par courrier sous {{48h}}. le monsieur donne son adresse pour vérifier : [[ADRESSE:3 impasse des Mésanges, 44800 Saint-Herblain]]. c'est la bonne. fin, {{2 min}}.",
    ),
    # --------------------------------------------------------------- cpam / controle_sur_place
    (
        "cpam",
        CSP,
        "Contrôle arrêt maladie à {{Sainte-Marie}} (974) avec l'agente assermentée de la {{CGSS}}. Créneau de présence obligatoire {{9h-11h}}. Personne. La voisine penche la tête par-dessus la barrière : « li lé parti la pêche ». L'agente note l'absence, sans commentaire. Elle m'explique que le {{médecin-conseil}} décidera.",
    ),
    (
        "cpam",
        CSP,
        "Visite de contrôle d'arrêt de travail, {{Villeurbanne}}. M. [[PERSONNE:Charles Mercier]], [[ADRESSE:17 rue Léon Blum, 69100 Villeurbanne]], présent, en survêtement, {{lombalgie}}. Il a l'air vraiment mal. L'agent vérifie l'identité sur la carte d'identité n° [[IDENTIFIANT:X4RT72LM9]]. {{5 min}}, {{RAS}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{CGSS}} au {{François}} ({{Martinique}}), [[ADRESSE:12 chemin Morne Acajou, 97240 Le François]]. Mme [[PERSONNE:Larose]] est là, elle nous reçoit sur la véranda avec ses {{orchidées}}. Arrêt pour {{dépression}}. L'agente est très douce. En partant elle me dit : « les contrôles de dépression c'est ce que je déteste le plus ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle {{Cpam}}, {{Amiens}}. Personne à l'adresse ([[ADRESSE:29 bis rue Jules Barni, 80000 Amiens]]). {{Avis de passage}} laissé. La gardienne dit que M. [[PERSONNE:Dufour]] est chez sa mère à {{Abbeville}} pour sa convalescence. L'agent : « il devait prévenir, c'est tout ». {{Suspension d'IJ}} probable.",
    ),
    (
        "cpam",
        CSP,
        "{{Rémire-Montjoly}}, contrôle d'un arrêt long. M. [[PERSONNE:Jacob]] est là, [[ADRESSE:8 lotissement Les Ibis, 97354 Rémire-Montjoly]]. Devant la maison, une voiture [[IMMATRICULATION:FX-318-RA]], capot encore chaud. Il dit qu'il revient de la {{pharmacie}}. L'agent regarde l'heure ({{10h20}}, créneau obligatoire) et note « sortie possible, à vérifier ». Tout est dans la nuance.",
    ),
    (
        "cpam",
        CSP,
        "Matinée de contrôles, {{4 adresses}} à {{Roubaix}}. Trois personnes présentes, une absente. L'agente dit qu'elle fait environ {{600 contrôles}} par an. Son constat : les absences injustifiées sont rares, souvent des rdv médicaux. Je n'avais pas du tout cette image.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle au {{Gosier}}, [[ADRESSE:Résidence Les Flamboyants, bât. C, apt 14, 97190 Le Gosier]]. Mme [[PERSONNE:Dorville Chantal]] ouvre, son chien {{Rasta}} aboie. Elle est en arrêt pour une fracture, plâtre visible. L'agente ne rentre même pas. {{3 min}}. « Mèsi madanm, bon rétablissement ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Strasbourg}} Neudorf. M. [[PERSONNE:Müller]], [[ADRESSE:5 rue de Soultz, 67100 Strasbourg]]. Devant l'immeuble, sa voiture immatriculée en Allemagne, [[IMMATRICULATION:KA-MZ 318]] : il travaille à {{Karlsruhe}}, frontalier, arrêt pris côté français. L'agent vérifie la coordination des régimes. Compliqué, il prend des notes pour le service {{international}}.",
    ),
    (
        "cpam",
        CSP,
        "{{Le Tampon}}, contrôle à domicile avec l'agent de la {{CGSS}}. [[ADRESSE:38 chemin Stéphane, 97430 Le Tampon]], dans les hauts. Il fait {{14°C}}, je n'avais pas prévu. M. [[PERSONNE:Turpin]] est au lit avec une sciatique. Sa femme nous fait un {{café péi}}. Le fils, [[PERSONNE:Jean-Hugues]], regarde le match. {{10 min}}, RAS.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Iloni}} ({{Dembéni}}), [[ADRESSE:5 rue du Stade, Iloni, 97660 Dembéni]]. M. [[PERSONNE:Ali Combo]], arrêt pour accident de chantier. Il est là, sur une natte, jambe bandée. Ses enfants nous regardent. L'agent de la {{CSSM}} parle shimaoré avec lui. Dehors, les {{manguiers}}. Tout est en ordre.",
    ),
    # --------------------------------------------------------------- ccas / accueil_physique
    (
        "ccas",
        AP,
        "{{CCAS de Saint-Denis}} (974), accueil {{rue de Paris}}. Mme [[PERSONNE:Grondin Marie-Claude]], {{67 ans}}, vient pour un {{bon alimentaire}}. Sa pension est tombée en retard. L'agente regarde ses droits sur {{CDAP}} avec son numéro d'allocataire, [[N_ALLOCATAIRE:2614058]]. Elle la connaît, l'appelle « tatie ». Elle laisse son numéro pour être prévenue quand le bon est prêt : [[TELEPHONE:0262 41 17 90]]. {{Bon de 50 €}} valable au {{Leader Price}} d'à côté.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Brest}}, domiciliation. Un homme de {{45 ans}}, M. [[PERSONNE:Kerleroux]], né le [[DATE_NAISSANCE:2 octobre 1979]], sans domicile depuis la séparation. L'agent lui crée une {{domiciliation}} : il pourra recevoir son courrier ici. Il demande s'il peut recevoir des colis. Non, seulement les lettres.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} du {{Port}}. Domiciliation pour un homme que tout le quartier appelle « [[PERSONNE:Papangue]] », de son vrai nom [[PERSONNE:Jean-Max Dijoux]]. Il dort sur la plage de la {{Rivière des Galets}}. L'agent fait la domiciliation au vrai nom, évidemment, mais l'appelle [[PERSONNE:Papangue]]. Il rit, montre ses dents. « {{Lé bon}} ! »",
    ),
    (
        "ccas",
        AP,
        "{{Tourcoing}}, {{CCAS}}, {{9h}}. Pas de file. 3 personnes en {{1h}}. L'agente en profite pour me montrer le logiciel : {{14 onglets}} par dossier. Elle dit qu'elle passe plus de temps à saisir qu'à écouter. Une affiche « {{Plan grand froid}} » sur la porte.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Pointe-à-Pitre}}. Une dame âgée, Mme [[PERSONNE:Jean-Louis Ginette]], vient demander une {{aide-ménagère}}. Elle habite [[ADRESSE:24 rue Frébault, 97110 Pointe-à-Pitre]], au 2e sans ascenseur. L'agente remplit la demande d'{{APA}} avec elle et note le numéro de la fille, [[TELEPHONE:06 90 55 21 48]]. La dame parle de la {{Mutualité}} qui passait avant.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} {{Grenoble}}. Famille avec coupure d'électricité imminente. La facture {{EDF}} : réf. client [[IDENTIFIANT:6012 884 075]]. L'agente monte un dossier {{FSL}} énergie, elle vérifie les ressources sur le portail {{Caf}} avec le n° allocataire [[N_ALLOCATAIRE:3917264]]. M. [[PERSONNE:Belhadj]] dit qu'il a deux enfants asthmatiques, il faut le chauffage. L'agente appelle EDF devant lui, obtient un délai de {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Cayenne}}. Une jeune mère brésilienne, Mme [[PERSONNE:Francisca Oliveira]], {{3 enfants}}, demande une aide d'urgence. Passeport n° [[IDENTIFIANT:FV482716]]. L'agente parle portugais couramment (« ici obligatoire »). Aide de {{80 €}} en {{tickets service}}. Elle habite à la {{Crique}}, l'agente me dit que c'est un quartier très pauvre.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Metz}}. Aide financière pour un loyer impayé de {{450 €}}, versée directement au bailleur. Mais M. [[PERSONNE:Schmitt]] a déjà payé une partie, il veut qu'on lui rembourse sur son compte : [[IBAN:FR76 1027 8360 1800 0218 4950 305]]. L'agent dit que non, la commission décide. Séance le {{12}}.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Mamoudzou}}. Une file de femmes avec des bébés dans des {{lambas}}. Mme [[PERSONNE:Anfani Saïd]] demande un secours pour le lait infantile. L'agent note son téléphone [[TELEPHONE:06 39 68 12 43]]. Il me dit que beaucoup sont en situation irrégulière et ne peuvent rien avoir d'autre que les secours du CCAS. Une dame me regarde et dit « {{mzungu}} » en souriant.",
    ),
    (
        "ccas",
        AP,
        "{{Épicerie sociale}} du {{CCAS}} de {{Besançon}}. Les produits sont à {{10 %}} du prix. Une bénévole tient la caisse. Les gens font leurs courses normalement, ça a l'air important pour eux de choisir. Rupture de {{lait}} et d'{{huile}} aujourd'hui.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Saint-Denis}} (Réunion), point info seniors. M. [[PERSONNE:Chane-Alune]], {{72 ans}}, veut la carte de transport solidaire {{Citalis}}. Il faut un mail pour le compte, il donne celui de sa petite-fille : [[EMAIL:lea.chanealune@outlook.fr]]. Il parle du {{Barachois}} où il allait pêcher « avant ».",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Niort}}. Demande d'{{aide sociale à l'hébergement}} pour une entrée en {{EHPAD}}. Le fils, M. [[PERSONNE:Bonnet]], apporte les papiers de sa mère, Mme [[PERSONNE:Bonnet Lucienne]], née le [[DATE_NAISSANCE:18/05/1931]]. {{93 ans}}. Il dit qu'il ne peut pas payer la différence. L'agente explique l'obligation alimentaire. Il se tait longtemps.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Fort-de-France}}, distribution des {{colis de Noël}} pour les anciens. Liste à cocher : « [[PERSONNE:Alcide]] ok, [[PERSONNE:Bérard]] ok, [[PERSONNE:Sylvestre]] absent ». Au menu du colis : {{boudin}}, {{pâté en pot}}, {{chrubbs}}, rhum {{Clément}}. Une dame chante « {{Joyé Nwèl}} » en repartant.",
    ),
    (
        "ccas",
        AP,
        "Permanence {{CCAS}} {{Bordeaux}} {{Bastide}}. {{11h}}-{{12h}} : 6 personnes. Motifs : {{domiciliation}} (2), aide facture (2), info {{EHPAD}} (1), quelqu'un qui cherchait la {{mairie annexe}} (1). L'agent connaît tous les habitués par leur prénom, il me dit que c'est la force d'un petit CCAS.",
    ),
    (
        "ccas",
        AP,
        "{{Saint-Pierre}} ({{SPM}}), {{CCAS}}. Aide au {{fioul}} pour l'hiver. Mme [[PERSONNE:Claireaux]] habite [[ADRESSE:11 rue Albert Briand, 97500 Saint-Pierre]], maison en bois mal isolée. Il fait {{-8°C}} dehors, du vent. L'agente lui accorde {{300 litres}}. Elle me dit que le prix du fioul ici c'est le double de la métropole.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS de Cayenne}}, après-midi. Beaucoup de monde pour le {{chèque énergie}} que personne ne comprend. L'agente a fait une affiche en français, portugais, créole haïtien et anglais. Elle me dit que le créole guyanais c'est pour parler, mais que les gens préfèrent lire en français. {{Pluie tropicale}} à {{15h}}, tout s'arrête.",
    ),
    # ----------------------------------------------------------- ccas / accueil_telephonique
    (
        "ccas",
        AT,
        "{{CCAS}} du {{Port}}, appel. La fille d'une {{gramoun}} appelle de {{Paris}} : sa mère, Mme [[PERSONNE:Ramassamy]], vit seule [[ADRESSE:7 rue Evariste de Parny, 97420 Le Port]], ne répond plus au téléphone. L'agente promet une visite de l'{{équipe seniors}} dans l'après-midi. La fille laisse son numéro : [[TELEPHONE:+33 6 42 18 90 35]]. Elle pleure un peu.",
    ),
    (
        "ccas",
        AT,
        "{{Canicule}}, {{CCAS}} de {{Dijon}}. Les agents appellent les personnes inscrites au {{registre canicule}} : {{146 appels}} à passer. Script : « Vous buvez assez ? Vous avez un ventilateur ? ». Une dame de {{94 ans}} répond « j'ai connu pire en {{1976}} ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS de Pointe-à-Pitre}}, {{plan cyclone}}, alerte {{violette}} demain. L'agente appelle la liste des personnes isolées : M. [[PERSONNE:Saint-Cyr]] au [[TELEPHONE:0590 82 14 37]], pas de réponse ; Mme [[PERSONNE:Zami]] au [[TELEPHONE:0690 21 09 66]], chez sa fille à {{Baie-Mahault}}. Elle rappelle M. [[PERSONNE:Saint-Cyr]] toutes les {{10 min}}. Il répond enfin : il était au jardin.",
    ),
    (
        "ccas",
        AT,
        "Appel CCAS {{Lens}}. Une dame ne peut pas payer sa facture d'eau {{Veolia}} de {{287 €}}. N° contrat [[IDENTIFIANT:1300 4471 22]], facture n° [[IDENTIFIANT:FA-23-118846]]. L'agent dit de venir avec la facture. Elle n'a pas de voiture. Il prend rdv à domicile pour le jeudi.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Mamoudzou}}, crise de l'eau : coupures {{2 jours sur 3}}. Le téléphone sonne sans arrêt pour savoir où sont distribuées les bouteilles. L'agent répète : {{place de la République}}, {{Cavani}} stade, {{M'tsapéré}} école. Il n'a plus de voix à {{11h}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un voisin inquiet : M. [[PERSONNE:Rousseau]], {{88 ans}}, [[ADRESSE:14 avenue de la Gare, 86000 Poitiers]], n'a pas ouvert ses volets depuis deux jours. L'agente appelle les {{pompiers}}. Rappel {{1h}} après : il était à l'{{hôpital}} depuis {{samedi}}, la famille n'avait prévenu personne.",
    ),
    (
        "ccas",
        AT,
        "{{CCAS de Cayenne}}. Appel de l'assistante sociale du {{CHC}}, Mme [[PERSONNE:Ho-A-Chuck]], pour un patient qui sort demain sans logement. Elle demande une domiciliation en urgence et envoie les docs par mail, depuis [[EMAIL:n.hoachuck@ch-cayenne.fr]]. L'agent accepte, « on se connaît depuis {{15 ans}} ».",
    ),
    (
        "ccas",
        AT,
        "{{CCAS}} de {{Nice}}. Un jeune homme demande s'il peut recevoir sa {{domiciliation}} par mail. Non. Il laisse son mail quand même pour qu'on le prévienne d'un courrier important : [[EMAIL:mehdi_b06 [at] protonmail.com]]. L'agent note mais dit que ce n'est pas la {{procédure}}.",
    ),
    (
        "ccas",
        AT,
        "{{Martinique}}, CCAS du {{Lorrain}}. {{Journée blanche}} (grève générale), pas de transports. Appels de personnes qui ne peuvent pas venir à leur rdv. L'agente reporte tout à la semaine suivante. Elle me dit que dans le nord Atlantique les gens sont habitués à « faire avec ».",
    ),
    (
        "ccas",
        AT,
        "appel {{ccas}} {{Vannes}}, une dame âgée qui entend mal, elle donne son numéro en lettres pour être rappelée par l'assistante sociale : « [[TELEPHONE:zéro deux, quatre-vingt-dix-sept, quarante-six, douze, zéro huit]] ». l'agent écrit, répète {{deux fois}}. Objet : {{téléassistance}}.",
    ),
    (
        "ccas",
        AT,
        "CCAS de {{Saint-Denis}} (974). Appel de M. [[PERSONNE:Técher Jean-Paul]] pour une aide au transport vers le {{CHU Félix-Guyon}} pour sa dialyse. DDN [[DATE_NAISSANCE:30/08/1949]]. Portable [[TELEPHONE:0692 61 08 24]]. L'agente le renvoie vers le {{transport à la demande}} de la {{CINOR}}.",
    ),
    (
        "ccas",
        AT,
        "appel {{CCAS}} : « vous donnez encore des {{masques}} ? » non, fini depuis {{2022}}. {{40 s}}.",
    ),
    # --------------------------------------------------------------- ccas / controle_sur_place
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS de Saint-Denis}}, dans les hauts de {{La Montagne}}. [[ADRESSE:54 chemin Ruisseau, 97417 Saint-Denis]]. Case en tôle, propre, un jardin de {{brèdes}}. M. [[PERSONNE:Maillot]], {{81 ans}}, veuf. Évaluation pour le portage de repas. Il veut pas, il fait son {{cari}} lui-même. L'agente négocie : portage {{3 jours}} par semaine. Il accepte « pou fé plézir ».",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} {{Marseille}} {{3e}} pour signalement d'insalubrité. [[ADRESSE:42 rue Félix Pyat, 13003 Marseille]], 4e étage. Moisissures, plafond fissuré. Mme [[PERSONNE:Aouadi]] vit là avec {{4 enfants}}. Le bailleur privé ne répond pas. N° de dossier signalement [[IDENTIFIANT:SCHS-2024-0877]]. L'agente prend des photos pour le {{service d'hygiène}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile à {{Morne-à-l'Eau}} avec l'assistante du {{CCAS}}. Man [[PERSONNE:Titine]], {{89 ans}}, tout le monde l'appelle comme ça. Son vrai nom sur le dossier : [[PERSONNE:Célestine Nestor]]. Elle nous reçoit assise devant sa case, elle raconte le cyclone {{Hugo}}. Il faut une barre d'appui dans la douche. Devis demandé.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : la dame a appelé le matin, elle est {{hospitalisée}}. Le temps libéré, l'agente rattrape ses saisies. Elle me montre les {{8 visites}} de la semaine sur un {{agenda papier}}, « le logiciel je ne lui fais pas confiance ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à {{Cavani}} (Mamoudzou) avec le travailleur social du {{CCAS}}. Famille [[PERSONNE:Houmadi]], {{7 personnes}} dans un banga de {{15 m²}}. Pas d'eau depuis {{2 jours}} (tours d'eau). La grand-mère, « {{Koko}} », nous offre des {{mabawa}}. Le TS note les besoins : bidons, matelas, inscription école pour le petit [[PERSONNE:Nassur]].",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS {{Limoges}}, M. [[PERSONNE:Faure]], {{76 ans}}, [[ADRESSE:9 allée des Tilleuls, 87100 Limoges]]. Il ne conduit plus mais sa voiture est devant, [[IMMATRICULATION:AB-482-KL]], il ne veut pas la vendre. « C'est la voiture de ma femme ». Évaluation pour l'{{aide à domicile}}. Il veut juste quelqu'un pour les {{courses}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS de Cayenne}}, quartier {{Mont-Baduel}}. [[ADRESSE:17 rue des Palmistes, 97300 Cayenne]]. Mme [[PERSONNE:Lama Josiane]], diabétique, amputée. Pas de rampe pour le fauteuil. Son dossier {{MDPH}} (n° [[IDENTIFIANT:973-22-01385]]) attend depuis {{8 mois}}. Le TS appelle l'ergothérapeute du {{CHC}} depuis la cuisine. Il pleut des cordes sur la tôle, on s'entend à peine.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile {{CCAS}} {{Rouen}}. Mme [[PERSONNE:Lemoine Sandra]] avec son fils [[PERSONNE:Enzo]], né le [[DATE_NAISSANCE:12/12/2016]]. Demande d'aide pour la {{cantine}}. La mère me montre fièrement ses dessins. L'agent note son portable [[TELEPHONE:06 12 84 39 50]] pour la réponse de la {{commission}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite au {{Lorrain}} (Martinique), quartier {{Morne Bois}}. [[ADRESSE:6 chemin Séguineau, 97214 Le Lorrain]]. M. [[PERSONNE:Belfort]], {{70 ans}}, vit seul depuis que ses enfants sont partis en {{Île-de-France}} ({{BUMIDOM}} pour les plus vieux). Maison en bois, toiture à refaire depuis le cyclone. L'agente monte un dossier pour l'{{ADIL}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile du {{CCAS}} prévue à {{Pessac}}. Personne n'ouvre. L'agente appelle, pas de réponse. Elle laisse un mot dans la boîte. Dans la voiture elle m'explique que {{1 visite sur 5}} tombe à l'eau, les gens oublient ou ont peur.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} de {{Saint-Pierre}}, {{Saint-Pierre-et-Miquelon}}, tempête de neige la veille. M. [[PERSONNE:Poirier]], [[ADRESSE:3 rue Maître Georges Lefèvre, 97500 Saint-Pierre]], {{84 ans}}, n'a pas pu sortir depuis 3 jours. Un voisin a déneigé sa porte. L'agente apporte des courses. Il parle de la pêche à la morue « du temps des {{doris}} ».",
    ),
    (
        "ccas",
        CSP,
        "Visite {{CCAS}} du {{Port}}, {{ZAC}} 2. Famille [[PERSONNE:Virapoullé]], [[ADRESSE:Appt 31, résidence Les Filaos, 97420 Le Port]]. Le père répare une voiture dans la cour, une vieille plaque [[IMMATRICULATION:3412 TK 974]]. Dossier d'aide aux vacances pour les enfants (colonie à {{Cilaos}}). La mère demande si la {{SIDR}} peut refaire la peinture. L'agente note.",
    ),
    # ----------------------------------------------------------- urgences / accueil_physique
    (
        "urgences",
        AP,
        "Urgences {{CHU Félix-Guyon}}, {{Bellepierre}}. L'IAO ([[PERSONNE:Sandrine]]) reçoit un homme fiévreux, il a nettoyé la {{ravine}} après les pluies : suspicion de {{leptospirose}}. Elle enregistre : M. [[PERSONNE:Hoarau Jean-Claude]], DDN [[DATE_NAISSANCE:05/09/1968]], IPP [[IDENTIFIANT:P00734512]]. Tri {{niveau 2}}. Il passe direct en box. Les autres attendent depuis {{3h}}.",
    ),
    (
        "urgences",
        AP,
        "urgences de {{Lens}}, {{23h}}. un homme alcoolisé, très agité, crie qu'il s'appelle « [[PERSONNE:Dany]] et c'est tout ». la {{sécurité}} arrive. l'{{IAO}} reste calme, lui parle doucement, il finit par s'asseoir. pas de papiers sur lui. enregistré comme « X [[PERSONNE:Dany]] » en attendant.",
    ),
    (
        "urgences",
        AP,
        "{{CHU de la Guadeloupe}}, urgences encore dans les préfabriqués depuis l'incendie. {{Chaleur}}, ventilateurs. Une mère amène sa fille de {{6 ans}}, [[PERSONNE:Lyana]], fièvre depuis 3 jours : on pense {{dengue}}. L'agent d'accueil note le portable de la mère [[TELEPHONE:0690 38 15 72]]. Attente estimée {{5h}}. La mère soupire : « {{a pa jodi}} ».",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente urgences {{CHU}} {{Bordeaux}} {{Pellegrin}}, {{21h}}. {{38 personnes}}. Écran : « temps d'attente moyen {{4h12}} ». Un enfant dort sur deux chaises. Le distributeur de boissons est vide. Une aide-soignante passe avec des bouteilles d'eau, tout le monde la remercie comme si c'était Noël.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHM}} à {{Mamoudzou}}. Une foule dehors, on filtre à la porte. Une jeune femme en travail, arrivée en {{kwassa}} la nuit, pas de papiers. On lui crée un dossier provisoire n° [[IDENTIFIANT:CHM-X-240117]]. Son nom écrit phonétiquement : « [[PERSONNE:Mwanaïcha]] ». L'interprète (une ASH) traduit en shimaoré puis en {{kibushi}} pour une autre patiente.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Hôpital Nord}}, {{Marseille}}. Patient connu : l'agent d'accueil tape le nom, [[PERSONNE:Ferhat Karim]], date de naissance [[DATE_NAISSANCE:1990-11-03]], IPP [[IDENTIFIANT:130045871]]. {{17e passage}} cette année. Elle me dit « c'est un habitué, il vient quand il n'a plus où dormir ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU de Martinique}}, {{hôpital Pierre-Zobda-Quitman}} au {{Lamentin}}. Arrivée d'une famille de {{Sainte-Marie}} : maux de tête et nausées, les {{sargasses}} sont échouées devant chez eux depuis une semaine. L'IAO me parle de l'{{H2S}}. Le père, M. [[PERSONNE:Nelson Marius]], veut qu'on écrive que c'est à cause des algues, « pour la mairie ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Tours}}. Une voiture garée sur l'aire des ambulances, [[IMMATRICULATION:ev-207-gx]], warnings allumés. Le vigile fait appeler au micro. C'est un fils qui a déposé son père et est monté avec lui. Le {{SMUR}} attend {{4 min}} derrière. L'agent d'accueil : « ça arrive tous les jours ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{hôpital de Cayenne}} ({{Andrée-Rosemon}}). Un orpailleur brésilien descendu d'un site illégal, {{paludisme}} grave. Il dit qu'on l'appelle « [[PERSONNE:Pelé]] » sur le site. Vrai nom d'après son carnet : [[PERSONNE:Raimundo Ferreira]]. Pas de papiers, pas de couverture. Pris en charge quand même, l'assistante sociale de la {{PASS}} viendra demain.",
    ),
    (
        "urgences",
        AP,
        "urgences pédiatriques {{Lyon}} {{HFME}}, nuit. des parents épuisés, un bébé qui pleure, un autre qui dort. l'IAO trie vite : {{bronchiolite}}, {{bronchiolite}}, {{gastro}}, chute. {{4 min}} par enfant. je n'ai rien noté d'autre, j'étais trop concentré à regarder.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU Sud Réunion}}, {{Saint-Pierre}}. Accident de scooter sur la {{route des Tamarins}}. Le jeune, [[PERSONNE:Dylan Payet]], {{17 ans}}, né le [[DATE_NAISSANCE:19 août 2007]]. Mineur, il faut joindre la mère : [[TELEPHONE:06 93 21 77 04]]. Elle arrive {{40 min}} après en criant « mon marmaille ! ». L'agent la guide doucement vers le box.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Strasbourg}} {{Hautepierre}}. Un frontalier sans {{carte Vitale}}, il a une carte {{AOK}} allemande, n° d'assuré [[IDENTIFIANT:M482736159]]. L'agente d'accueil ne sait pas trop quoi faire, appelle le bureau des entrées. Il dit s'appeler [[PERSONNE:Jonas Weber]]. Enregistré « en attente de droits ».",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{centre hospitalier François-Dunan}}, {{Saint-Pierre}} ({{SPM}}). Très calme. Un marin pêcheur, M. [[PERSONNE:Lebailly]], main entaillée. L'infirmière le connaît depuis l'école. On parle des {{évasans}} vers {{Saint-Jean de Terre-Neuve}} ou {{Halifax}} quand c'est grave. {{1 seul médecin}} de garde.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Marseille}} {{Nord}}. Le Dr [[PERSONNE:Benhamou]] vient voir l'IAO pour un patient qui s'est levé du brancard et est parti. « Il revient toujours ». Le vigile l'a vu partir vers le {{bus 25}}. On note « sortie contre avis médical, non signée ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Paul}} ({{CH Gabriel-Martin}}). Une mère avec sa {{marmaille}} de {{4 ans}} piquée par un {{cent-pieds}} dans la case. Le pied a doublé de volume. L'IAO rassure : douloureux, pas dangereux. La mère dit que le cent-pieds, elle l'a tué avec la savate. Tout le monde rit.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Nancy}} {{Brabois}}. Je vois l'agente d'admission scanner la carte Vitale et un papier de mutuelle : {{MGEN}}, n° adhérent [[IDENTIFIANT:2 58 417 339]]. Patient : M. [[PERSONNE:Gauthier]], {{66 ans}}, douleur thoracique. L'IAO le prend tout de suite, avant les autres. Personne ne proteste.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Pointe-à-Pitre}}/{{Abymes}}. Le Dr [[PERSONNE:Marie-Rose]] (urgentiste) vient chercher lui-même un patient en salle. Il appelle : « Monsieur [[PERSONNE:Léandre Dorival]] ? ». Deux personnes se lèvent. Homonymes ! Il vérifie la DDN : [[DATE_NAISSANCE:12/04/1954]]. C'est le plus vieux.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Rennes}} {{Pontchaillou}}, {{7h}}, relève de l'équipe. Transmission à voix basse près du poste IAO. Les couloirs sont pleins de brancards, {{14 patients}} ont passé la nuit sur un brancard. L'infirmière de nuit me dit qu'elle ne compte plus.",
    ),
    # ------------------------------------------------------- urgences / accueil_telephonique
    (
        "urgences",
        AT,
        "Standard des urgences {{CHU Félix-Guyon}}. Une femme appelle de {{Salazie}} pour avoir des nouvelles de son mari, M. [[PERSONNE:Rivière Alain]], arrivé en {{hélico}} ({{Dragon 974}}). L'agente vérifie l'identité de l'appelante, rappelle sur le numéro du dossier [[TELEPHONE:0262 47 52 18]]. Il est au bloc. Elle pleure de soulagement.",
    ),
    (
        "urgences",
        AT,
        "Appel de la {{police}} aux urgences de {{Reims}} : ils recherchent le conducteur d'une {{Clio}} immatriculée [[IMMATRICULATION:DL-554-PZ]] impliquée dans un accident. L'agente dit qu'elle ne peut rien confirmer par téléphone sans réquisition. Le policier s'énerve un peu puis dit qu'il passe.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{CHU de Martinique}}. Un {{EHPAD}} de {{Trinité}} appelle pour annoncer un transfert : Mme [[PERSONNE:Alphonsine Ursule]], née le [[DATE_NAISSANCE:2 mars 1932]], chute. L'IAO demande les traitements, la directive anticipée. L'aide-soignante au téléphone ne sait pas. « Envoyez le dossier avec elle ».",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Angers}}, la ligne ne s'arrête pas. {{Gastro}} dans les écoles. {{80 %}} des appels : « est-ce que je dois venir ? ». L'agente renvoie vers le {{15}} ou le médecin de garde. Elle dit « nous on n'est pas un service de conseil, mais on le fait quand même ».",
    ),
    (
        "urgences",
        AT,
        "Appel du {{centre de santé}} de {{Saint-Georges-de-l'Oyapock}} aux urgences de {{Cayenne}}. Évacuation sanitaire d'une femme, IPP [[IDENTIFIANT:97310458]], accouchement difficile. L'hélicoptère décolle dans {{20 min}}. L'IAO prévient la maternité. Au téléphone le médecin parle de « Dona [[PERSONNE:Maria]] », la patiente.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une fille paniquée, son père est arrivé aux urgences de {{Caen}} ce matin. Elle donne son numéro « au cas où » : [[TELEPHONE:zéro six, vingt-deux, quatre-vingt-un, quinze, trente-trois]]. L'agente ne peut rien dire au téléphone, juste qu'il est « {{pris en charge}} ».",
    ),
    (
        "urgences",
        AT,
        "{{CHM}}, standard urgences, {{Mamoudzou}}. Le téléphone sonne en continu. Beaucoup d'appels en shimaoré, l'agente bascule entre shimaoré et français. Elle me dit que la moitié des gens appellent pour savoir s'il y a « de la place », et qu'il n'y en a jamais. {{Barge}} en retard, le {{SMUR}} de {{Petite-Terre}} doit attendre.",
    ),
    (
        "urgences",
        AT,
        "Un médecin généraliste de {{Chartres}} appelle pour prévenir de l'arrivée d'un patient. Il donne son mail pour le {{compte-rendu}} : [[EMAIL:dr.lambert.cabinet@medecin.mssante.fr]]. Le patient : M. [[PERSONNE:Fontaine]], {{79 ans}}. L'{{IAO}} note « adressé par Dr [[PERSONNE:Lambert]] ».",
    ),
    (
        "urgences",
        AT,
        "Appel aux urgences de {{Basse-Terre}}. Une femme demande si son fils, [[PERSONNE:Steeve]], est arrivé, « li té ka fè on malaise au {{lycée}} ». L'agent cherche : oui, arrivé il y a {{1h}}. Elle laisse son numéro, [[TELEPHONE:+590 690 74 03 21]], et dit qu'elle arrive par le bus.",
    ),
    (
        "urgences",
        AT,
        "appel de {{3 secondes}}, raccroché. « {{20 fois}} par jour » dit l'agente ({{urgences}} {{Colmar}}).",
    ),
    # --------------------------------------------------------------- chrs / accueil_physique
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Saint-Denis}} (974), entretien d'admission. M. [[PERSONNE:Lauret Christophe]], né le [[DATE_NAISSANCE:14 février 1977]], orienté par le {{SIAO}} (réf. [[IDENTIFIANT:SIAO974-2023-1182]]). Il sort du centre de détention du {{Port}}. Il veut travailler, il était maçon. L'éducatrice, [[PERSONNE:Nathalie]], lui explique le règlement : pas d'alcool, retour {{22h}}.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lyon}} {{7e}}, admission. Mme [[PERSONNE:Amina Diallo]], {{31 ans}}, titre de séjour n° [[IDENTIFIANT:6903214587]], orientée par le {{SIAO}} après {{8 mois}} d'hôtel. Elle a une valise et un sac {{Tati}}. L'éducateur lui montre la chambre. Elle demande juste : « je peux fermer à clé ? »",
    ),
    (
        "chrs",
        AP,
        "Accueil du {{CHRS}} de {{Pointe-à-Pitre}}. Un homme de {{50 ans}}, [[PERSONNE:Désir Patrick]], dit qu'il dort au {{marché}} de la {{Darse}} depuis {{2 ans}}. Il vient pour une douche et un café. L'éducateur le connaît, l'appelle « [[PERSONNE:Pat]] ». Pas de place ce soir. Il dit « {{pa ni pwoblèm}} », il reviendra demain.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour, {{9h}}. {{Café}}, {{douches}}, {{machines à laver}}. 27 passages le matin. Un bénévole coupe les cheveux dans un coin. Les conversations tournent autour de la météo et de la place au {{115}} ce soir. Personne ne me demande qui je suis.",
    ),
    (
        "chrs",
        AP,
        "{{Mamoudzou}}, accueil de l'association qui gère l'hébergement d'urgence ({{Mlezi Maore}}). Un adolescent comorien de {{15 ans}}, seul, arrivé il y a une semaine. Il dit s'appeler [[PERSONNE:Ibrahim]], ne connaît pas sa date de naissance. Aucune place pour les {{mineurs isolés}}. L'éducatrice appelle l'{{ASE}}, attente.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Rennes}}. M. [[PERSONNE:Yannick Le Floch]] vient remettre son dossier de {{logement social}}. Il faut un mail pour le suivi, il en crée un avec l'éducatrice : [[EMAIL:yannick.lefloch.35@laposte.net]]. Elle me dit que la {{moitié des résidents}} n'ont pas de mail ou ont oublié le mot de passe.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} à {{Cayenne}}. Famille haïtienne, M. et Mme [[PERSONNE:Joseph]], {{3 enfants}}. Ils ont un récépissé de demande d'asile n° [[IDENTIFIANT:9730218844]] qui expire bientôt. Le travailleur social parle créole haïtien avec eux, « c'est pas le même que le guyanais » me dit-il. Le petit [[PERSONNE:Wilson]] dort sur la chaise.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lille}} {{Moulins}}. M. [[PERSONNE:Vasseur]] a retrouvé un {{CDD}} de {{3 mois}} en logistique. L'éducateur met à jour son dossier : identifiant {{France Travail}} [[ID_FRANCE_TRAVAIL:4512783K]], pour la radiation ou l'actualisation. Il est fier, montre son contrat à tout le monde.",
    ),
    (
        "chrs",
        AP,
        "CHRS de {{Fort-de-France}}, quartier {{Terres-Sainville}}. Une mère et ses deux {{ti moun}} arrivent avec un sac plastique. Mme [[PERSONNE:Jean-Baptiste Sonia]], violences conjugales. Elle donne le numéro de sa sœur comme contact : [[TELEPHONE:0696 41 22 87]]. L'intervenante sociale lui dit « ou an sékirité isi ».",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Strasbourg}}. Repas du soir, {{19h}}. {{42 résidents}}. Au menu : {{choucroute}} (pas de porc pour certains, une version {{poulet}}). Les éducateurs mangent avec eux. Un résident m'explique les règles du {{baby-foot}}.",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} {{Saint-Pierre}} (974). M. [[PERSONNE:Fontaine Jean-Marc]] arrive avec son chien {{Zorro}}. Chiens interdits. Il refuse de l'abandonner. L'éducatrice lui remplit quand même sa bouteille à la {{fontaine à eau}}. L'éducatrice appelle une autre structure à {{Saint-Louis}} qui accepte les animaux. Il part à pied, {{8 km}}. Elle soupire : « c'est toujours pareil avec les chiens ».",
    ),
    (
        "chrs",
        AP,
        "{{CHRS}} pour femmes, {{Toulouse}}. Mme [[PERSONNE:Leila]] (prénom seulement à l'accueil) est arrivée cette nuit. L'éducatrice note la voiture de l'ex-conjoint pour prévenir le {{gardien}} : {{Peugeot 208}} grise, [[IMMATRICULATION:GK-116-BD]]. Le nom de l'ex, [[PERSONNE:Karim Ziani]], est affiché dans le bureau, {{face cachée}}.",
    ),
    (
        "chrs",
        AP,
        "{{Le Port}}, CHRS. Atelier cuisine : {{rougail saucisse}}, {{riz}}, {{grains}}. Les résidents rigolent, un gars dit qu'il fait le meilleur {{rougail}} de {{La Possession}}. L'éducateur me dit que l'atelier sert surtout à parler.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Paris}} {{18e}}. Ouverture d'un compte à la {{Banque Postale}} pour M. [[PERSONNE:Traoré Seydou]]. L'éducatrice vérifie le RIB reçu : [[IBAN:FR76 1460 7000 4561 7283 0041 548]]. Il va enfin pouvoir recevoir son {{RSA}} (dossier {{Caf}} n° [[N_ALLOCATAIRE:8830152]]) ailleurs que sur le compte de son cousin. Il garde le RIB dans sa poche de chemise.",
    ),
    # -------------------------------------------------------- chrs / accueil_telephonique (115)
    (
        "chrs",
        AT,
        "{{115}} {{Réunion}}, soirée. Un homme appelle du {{Barachois}}, il dort sous les {{badamiers}}. M. [[PERSONNE:Ethève]], {{58 ans}} (l'écoutante tape d'abord « [[PERSONNE:Etheve]] », sans accent, puis corrige). Numéro de rappel [[TELEPHONE:0693870412]]. L'écoutante lui propose une place à l'accueil de nuit, il refuse, « mi préfèr la mer ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Paris}}. Famille avec {{3 enfants}} à la {{gare de l'Est}}. Mme [[PERSONNE:Ndiaye]], portable [[TELEPHONE:07 53 88 21 40]]. L'écoutant cherche, rien. Il note la demande, promet de rappeler. Attente au 115 avant décroché : {{47 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}, {{22h}}. Appels peu nombreux mais longs. L'écoutante me dit qu'ici les gens appellent quand vraiment il n'y a plus de famille, « la famille c'est le premier 115 ». Ce soir : {{3 appels}} en {{2h}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Haute-Garonne}}. M. [[PERSONNE:Mercier Fabrice]], dossier {{SIAO}} n° [[IDENTIFIANT:31-SI-0045127]]. Il appelle tous les jours à {{9h}}. L'écoutante connaît sa voix. Pas de place. Elle lui donne l'adresse de l'accueil de jour de la {{Halte Santé}}. « À demain alors ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Guyane}}. Appel de {{Matoury}}, une femme avec un bébé : Mme [[PERSONNE:Sabajo]], [[TELEPHONE:0694 12 58 33]]. Le mari l'a mise dehors. L'écoutant trouve une place en hôtel à {{Kourou}} mais elle n'a pas de moyen d'y aller. Il appelle la {{Croix-Rouge}} pour le transport.",
    ),
    (
        "chrs",
        AT,
        "{{115}}, {{Lyon}}, {{20h}}. Saturé. {{Toutes les places}} prises depuis {{16h}}. L'écoutant dit « non » à {{11 personnes}} en {{1h}}. Il me dit qu'il tient parce qu'il y a des soirs où il dit « oui ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Martinique}}. Un homme que les maraudeurs appellent « [[PERSONNE:Ti-Boy]] » appelle depuis une cabine (!) au {{Carénage}}. Son numéro de rappel est celui d'un commerçant, [[TELEPHONE:0596 60 43 19]]. L'écoutante lui réserve un lit pour la nuit. Elle dit « il est gentil [[PERSONNE:Ti-Boy]], juste il boit ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Rhône}}. Mme [[PERSONNE:Kouassi Affoué]] avec deux enfants, [[PERSONNE:Grâce]] née le [[DATE_NAISSANCE:07/03/2018]] et [[PERSONNE:Emmanuel]] né le [[DATE_NAISSANCE:22/09/2021]]. L'écoutante demande les dates pour l'hôtel. Place trouvée : {{hôtel Ibis Budget}}, {{chambre 214}}, {{3 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Mayotte}}. Appel en shimaoré, l'écoutant traduit pour moi : un homme âgé, M. [[PERSONNE:Madi Abdou]], expulsé lors d'une démolition de {{bangas}} à {{Longoni}}. Son portable [[TELEPHONE:0639 40 17 82]]. Il n'y a que {{quelques dizaines}} de places sur toute l'île. L'écoutant lui dit de venir à {{Mamoudzou}} demain.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Grenoble}}. M. [[PERSONNE:Olivier Chauvet]] demande une prolongation à l'hôtel. Il est au {{Formule 1}} de {{Saint-Martin-d'Hères}}, {{chambre 12}}. L'écoutante prolonge {{7 nuits}}. Il demande si son fils peut venir le week-end. Non, c'est le règlement.",
    ),
    (
        "chrs",
        AT,
        "Maraude de {{Saint-Denis}} (974), appel au {{115}} pour signaler un homme couché devant le {{Jardin de l'État}}. Le maraudeur ne connaît pas son nom, il dit juste « un gramoun ». Équipe envoyée. Je note que les maraudeurs parlent tous créole, les SDF aussi.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Nantes}}, la police appelle pour un homme trouvé endormi dans un hall d'immeuble. Il a une carte d'identité au nom de [[PERSONNE:Julien Moreau]], né le [[DATE_NAISSANCE:28.01.1992]]. L'écoutant vérifie dans la base : connu, orienté plusieurs fois. Place trouvée à {{Rezé}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Bouches-du-Rhône}}. L'assistante sociale de l'{{hôpital de la Conception}} appelle pour un patient qui sort ce soir : M. [[PERSONNE:Abdelkader Hamidi]], {{71 ans}}. Elle envoie la fiche depuis [[EMAIL:s.ferrand@ap-hm.fr]]. Le 115 n'a rien ce soir. Elle garde le patient une nuit de plus « en bricolant ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Guadeloupe}}, la dame ne sait pas lire les chiffres de son numéro, sa voisine le dit à sa place : « [[TELEPHONE:zéro six quatre-vingt-dix, quatre-vingt-huit, douze, zéro neuf]] ». Mme [[PERSONNE:Nicolas]], expulsée à {{Sainte-Anne}}. L'écoutante cherche une place au {{Gosier}}.",
    ),
    # ------------------------------------------------------------ chrs / controle_sur_place
    (
        "chrs",
        CSP,
        "Tour des chambres au {{CHRS}} de {{Saint-Denis}} (974) avec l'éducateur. {{Chambre 4}} : M. [[PERSONNE:Mussard]], tout rangé, photo de sa fille au mur. {{Chambre 6}} : M. [[PERSONNE:Baret]], bouteilles de {{dodo}} sous le lit, interdit. L'éducateur ne confisque pas, il en parle avec lui. « On n'est pas la police ».",
    ),
    (
        "chrs",
        CSP,
        "Visite des chambres, CHRS {{Clermont-Ferrand}}. {{Chambre 12}} : Mme [[PERSONNE:Petit]], {{57 ans}}, refuse qu'on entre. L'éducatrice respecte, parle à travers la porte. {{Chambre 14}} : vide, le résident [[PERSONNE:Kader]] n'est pas rentré depuis 2 nuits. Procédure : signalement au {{SIAO}} au bout de {{3 nuits}}.",
    ),
    (
        "chrs",
        CSP,
        "CHRS à {{Cayenne}}, visite des {{bungalows}}. Beaucoup de moustiques, des moustiquaires trouées. L'éducateur note les réparations. Le {{bungalow 3}} a une fuite depuis la saison des pluies. Il me dit qu'il attend le budget depuis {{6 mois}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite de suivi à l'hôtel social, {{Créteil}}. {{Hôtel Formule 1}}, {{chambre 208}}. La famille [[PERSONNE:Baldé]], 5 personnes dans {{12 m²}}. Le travailleur social vérifie que les enfants vont à l'école. La mère cuisine sur une plaque électrique interdite. Il fait semblant de ne pas voir.",
    ),
    (
        "chrs",
        CSP,
        "CHRS au {{Lamentin}}, {{bungalows}} en bois. M. [[PERSONNE:Calixte Rémy]] fait pousser des {{piments}} devant sa porte. L'éducatrice félicite. Elle me dit que le jardin c'est son meilleur outil de réinsertion. {{Bungalow 7}}, propre, radio sur {{RCI}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en {{diffus}} du {{CHRS}}, {{Angers}}. Mme [[PERSONNE:Rousseau Nadia]] vit au [[ADRESSE:12 rue Saint-Léonard, 49000 Angers]], appartement loué par l'association. Contrôle de l'état du logement, tout va bien. Elle voudrait que le bail glisse à son nom. L'éducateur dit « dans {{6 mois}} si tout va bien ».",
    ),
    (
        "chrs",
        CSP,
        "Tour des chambres avec l'éducateur de {{Mlezi Maore}} à {{Mamoudzou}}. Dortoirs de {{6 lits}}. Un jeune, [[PERSONNE:Chamsidine]], dort le jour car il fait le guet la nuit contre les bandes. L'éducateur : « la nuit ici c'est dangereux, ils se protègent entre eux ». Ventilateurs cassés.",
    ),
    (
        "chrs",
        CSP,
        "CHRS {{Bourges}}, inspection de sécurité des chambres avant la commission. Extincteurs, détecteurs, {{prises}}. Rien sur les personnes, je suis surtout frappé par le nombre de {{peluches}} dans les chambres d'adultes.",
    ),
    (
        "chrs",
        CSP,
        "Visite de l'équipe mobile du CHRS au {{camping}} de {{Saint-Gilles}}. M. [[PERSONNE:Boyer Didier]] vit sous tente depuis {{1 an}}, [[ADRESSE:camping de l'Ermitage, emplacement 23]]. Il travaille en saisonnier dans un restaurant de la plage. L'éducateur lui propose une place en {{pension de famille}}. Il hésite, « ici y a la mer ».",
    ),
    (
        "chrs",
        CSP,
        "{{CHRS}} {{Poitiers}}, visite des chambres. M. [[PERSONNE:Lemaire]] a une voiture garée dans la cour, [[IMMATRICULATION:CQ-907-HA]], interdite sans autorisation. L'éducateur : il l'utilise pour aller à son travail à {{Chasseneuil}}. Autorisation accordée sur place.",
    ),
    # ----------------------------------------------------- france_travail / accueil_physique
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Denis}} ({{Réunion}}), agence du {{Moufia}}. [[PERSONNE:Kelly Grondin]], {{19 ans}}, veut entrer en {{CEJ}}. Identifiant [[ID_FRANCE_TRAVAIL:3187406T]]. La conseillère, Mme [[PERSONNE:Robert]]... non, [[PERSONNE:Annick]], lui parle du {{RSMA}} aussi. [[PERSONNE:Kelly]] dit qu'elle veut pas partir de chez sa mère. Rdv dans {{15 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV, {{France Travail}} {{Rennes}} {{Sud}}. La conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Durand]], {{assistante comptable}} ». Les {{6 participants}} recopient la structure. Un monsieur de {{58 ans}} dit qu'il n'a jamais fait de CV de sa vie, il a toujours été embauché « par le bouche à oreille ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Jarry}} ({{Baie-Mahault}}). M. [[PERSONNE:Gilles Bellance]], identifiant [[ID_FRANCE_TRAVAIL:5529184 B]], cariste au chômage depuis la fermeture d'un entrepôt. Il veut une formation {{CACES}}. Le conseiller note son portable [[TELEPHONE:0690 65 30 11]] pour l'info collective de la {{Région}}. {{12 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} {{Villeurbanne}}, {{14h}}. Zone d'attente calme. Des {{bornes}} partout, un {{service civique}} aide les gens à s'actualiser. Un panneau : « {{Ici on vous aide à trouver un emploi}} ». Un homme dit à voix haute « ça fait deux ans qu'on m'aide ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Mamoudzou}}. Mme [[PERSONNE:Fatima Mohamed]] veut s'inscrire. Le conseiller demande le titre de séjour : n° [[IDENTIFIANT:9760527193]], valable Mayotte uniquement (« titre territorialisé »). Inscription faite, identifiant [[ID_FRANCE_TRAVAIL:6608215M]]. Elle cherche un emploi de {{ménage}}. Le conseiller me dit que les offres sont rares.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Marseille}} {{Belle de Mai}}. Un jeune, [[PERSONNE:Nassim]], doit créer une adresse mail pour son espace. Il propose un pseudo de rappeur ; le conseiller tousse. Finalement : [[EMAIL:nassim.amrani13@gmail.com]]. ID [[ID_FRANCE_TRAVAIL:4127730X]]. On rit tous les trois.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} du {{Lamentin}}. [[PERSONNE:Jordan Calixte]], né le [[DATE_NAISSANCE:17/05/2004]], veut entrer au {{RSMA}} à {{Fort-de-France}}. La conseillère l'aide à remplir la candidature. Il est nerveux, il demande si on peut y aller avec des dreadlocks. Réponse : non. Il rit, « alors {{ciseaux}} ».",
    ),
    (
        "france_travail",
        AP,
        "France Travail {{Lille}} {{Hellemmes}}. M. [[PERSONNE:Duhamel]] attend son {{ARE}} depuis {{5 semaines}}. Le conseiller voit que le RIB enregistré est faux : un chiffre inversé. Nouveau RIB saisi : [[IBAN:FR76 1273 9000 7055 1204 8693 105]]. Identifiant [[ID_FRANCE_TRAVAIL:2048813Z]]. Paiement sous {{3 jours}}. Le monsieur n'en revient pas.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Laurent-du-Maroni}}. M. [[PERSONNE:Amadiasi]], piroguier, veut passer son {{permis bateau}} pour travailler légalement sur le {{Maroni}}. Identifiant [[ID_FRANCE_TRAVAIL:7310548P]]. La conseillère appelle l'organisme de formation devant lui. Pas de session avant {{mars}}. Il dit « {{mi o wakti}} » (j'attendrai).",
    ),
    (
        "france_travail",
        AP,
        "Info collective {{France Travail}} {{Nantes}} : « {{Les métiers du soin}} ». {{14 présents}} sur 25 convoqués. L'intervenante de l'{{IFSI}} parle des {{aides-soignants}}. À la fin, 4 personnes restent pour poser des questions. Les autres filent. Durée : {{1h30}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Pierre}} (974). Mme [[PERSONNE:Laetitia Damour]] veut partir en formation en métropole avec {{LADOM}} ({{passeport mobilité}}). Identifiant [[ID_FRANCE_TRAVAIL:5204771R]], mail [[EMAIL:laetitia.damour974@yahoo.fr]]. Elle a peur du froid, la conseillère lui dit « ou sa sorte aou, ou lé courageuse ».",
    ),
    (
        "france_travail",
        AP,
        "France Travail {{Lyon}} {{Gerland}}. M. [[PERSONNE:Rachid Benyahia]] a une promesse d'embauche comme livreur chez {{Chronopost}} mais avec son véhicule. Il montre la carte grise de sa camionnette, [[IMMATRICULATION:FP 681 SN]]. Le conseiller monte une {{aide à la mobilité}}. Identifiant [[ID_FRANCE_TRAVAIL:3091128L]].",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Basse-Terre}}. Journée « {{jobs d'été}} » : les hôtels de {{Deshaies}} et {{Sainte-Anne}} recrutent. File de jeunes sur le trottoir. Beaucoup viennent en bus depuis {{Capesterre}}. Le conseiller me dit que le {{tourisme}} et le {{BTP}}, c'est les deux seuls secteurs qui embauchent vraiment ici.",
    ),
    (
        "france_travail",
        AP,
        "{{Limoges}}, agence {{France Travail}}. M. [[PERSONNE:Daniel Peyrat]], {{61 ans}}, né le [[DATE_NAISSANCE:8 janvier 1963]]. Il veut savoir s'il peut rester inscrit jusqu'à la retraite. Identifiant [[ID_FRANCE_TRAVAIL:1774502 C]]. La conseillère lui explique le maintien des droits après {{62 ans}}. Il repart rassuré.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Fort-de-France}}, centre-ville. {{Vendredi}} matin, calme. La conseillère me montre les offres de la semaine : {{38 offres}} pour tout le secteur, dont la moitié en {{intérim}}. Elle dit « les jeunes partent, ceux qui restent attendent ». Au mur, une affiche de la {{Mission locale}} et un portrait d'{{Aimé Césaire}}.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{Tourcoing}}. Le conseiller, [[PERSONNE:Florian]], suit {{412 demandeurs}}. Il me dit qu'il en voit réellement {{80 par an}}. Le reste, c'est des mails et des « {{relances automatiques}} ». Il est lucide, pas amer.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Pierre-et-Miquelon}} (une toute petite agence). [[PERSONNE:Kevin Briand]], identifiant [[ID_FRANCE_TRAVAIL:9750213D]], saisonnier à l'usine de transformation du poisson, fin de saison. La conseillère connaît déjà sa mère. Il pense partir travailler au {{Canada}}. Elle lui parle du {{PVT}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Paris}} {{19e}}, {{11h}}. {{3 conseillers}} à l'accueil, {{2 vigiles}}. Un homme crie parce qu'il a été radié. On l'emmène dans un bureau. Dix minutes après il ressort calme. Personne ne me dit ce qui s'est passé.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} du {{Port}}. M. [[PERSONNE:Sautron Jean-Luc]] a un {{PEC}} à la mairie qui se termine. Identifiant [[ID_FRANCE_TRAVAIL:4480163K]]. Il voudrait un renouvellement. Le conseiller appelle la mairie : non. Il note le numéro de M. [[PERSONNE:Sautron]] [[TELEPHONE:06 92 33 71 48]] pour une offre en {{espaces verts}}.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Toulouse}} {{Bagatelle}}. Mme [[PERSONNE:Ouédraogo]] a déménagé, elle veut changer d'agence. Nouvelle adresse : [[ADRESSE:3 rue du Cher, 31200 Toulouse]]. Identifiant [[ID_FRANCE_TRAVAIL:0812296 J]]. Le conseiller dit que c'est automatique, elle ne le croit pas.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Kawéni}}. Il est {{7h30}} et la file fait déjà {{100 mètres}}, le long de la {{nationale}}, sous les {{parapluies}} de ceux qui ont pensé à en prendre contre le soleil. Un agent de sécurité distribue des numéros écrits au feutre sur des bouts de carton. Beaucoup de jeunes, beaucoup de femmes avec enfants, quelques hommes en tenue de chantier qui veulent passer avant le travail. À {{8h}} les portes s'ouvrent : {{40 numéros}} seulement, les autres sont invités à revenir demain ou à appeler le {{3949}}, « mais ici le 3949 personne n'y croit », me glisse le vigile. Le directeur me dit que l'agence est « sous-dimensionnée de moitié » et que la moitié des demandes concernent des papiers, pas l'emploi. Quand je repars à {{11h}}, la file est toujours là.",
    ),
    (
        "france_travail",
        AP,
        "France Travail {{Dijon}}. M. [[PERSONNE:Chevalier]], DDN [[DATE_NAISSANCE:1979-10-30]], identifiant [[ID_FRANCE_TRAVAIL:2264901W]]. Il conteste un {{trop-perçu}} de {{2 300 €}}. Le conseiller ne peut rien faire, renvoie vers le {{médiateur}}. M. [[PERSONNE:Chevalier]] : « on joue au ping-pong avec moi ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Kourou}}. [[PERSONNE:Aurélien Jacob]], {{24 ans}}, postule chez un sous-traitant du {{Centre spatial guyanais}}. Il faut un mail pro : [[EMAIL:aurelien.jacob973@gmail.com]]. Il montre aussi son compte Insta [[IDENTIFIANT:@aurel_drone973]] où il publie ses vidéos de drone. La conseillère : « ça c'est ton vrai CV ».",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Bordeaux}} {{Mériadeck}}. Atelier « {{entretien d'embauche}} », simulation filmée. Les participants se regardent à l'écran et rient, gênés. La conseillère : « vous avez tous dit {{en fait}} au moins 10 fois ». Ambiance bonne.",
    ),
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-André}}, début de la {{campagne sucrière}}. M. [[PERSONNE:Moutoussamy]] veut un contrat de coupeur de canne. Identifiant [[ID_FRANCE_TRAVAIL:3385027 H]]. Le conseiller lui dit que la {{sucrerie de Bois-Rouge}} recrute des chauffeurs, pas des coupeurs, « c'est mécanisé maintenant ». Il soupire : « mon papa té i coup' la canne ».",
    ),
    (
        "france_travail",
        AP,
        "France Travail {{Metz}}. M. [[PERSONNE:Weiss]] travaille au {{Luxembourg}} depuis {{10 ans}}, licencié. Il vient avec sa voiture immatriculée au Luxembourg ([[IMMATRICULATION:RT 4821]]) : c'est sa voiture de fonction, à rendre. Identifiant [[ID_FRANCE_TRAVAIL:2690134F]]. Les droits de frontalier, le conseiller doit vérifier.",
    ),
    # ------------------------------------------------- france_travail / accueil_telephonique
    (
        "france_travail",
        AT,
        "{{3949}}, plateforme {{Réunion}}. [[PERSONNE:Nativel Sabrina]] appelle de {{Saint-Leu}}. Identifiant [[ID_FRANCE_TRAVAIL:5530918V]], DDN [[DATE_NAISSANCE:21/12/1990]]. Elle n'a pas pu s'actualiser, le site plantait. Le conseiller le fait pour elle. Elle dit « mersi, lé bon ».",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. M. [[PERSONNE:Lopez]], identifiant [[ID_FRANCE_TRAVAIL:1903648N]], rappelle pour la {{3e fois}} : courrier de radiation reçu alors qu'il était à un entretien. Le conseiller annule la radiation. Il demande qu'on le rappelle sur son portable [[TELEPHONE:06 71 48 20 93]] s'il y a un problème. {{11 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel {{France Travail}} {{Guadeloupe}}. Mme [[PERSONNE:Dorival Sandrine]] demande pourquoi elle ne reçoit pas les mails. Le conseiller vérifie : l'adresse enregistrée est [[EMAIL:sandrine.dorival@wanadoo.fr]], elle dit « j'ai plus {{wanadoo}} depuis {{2010}} ! ». Nouvelle adresse : [[EMAIL:s.dorival971@gmail.com]]. {{5 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme téléphonique, après-midi. {{62 appels}} en attente à {{14h}}. Les conseillers ont un temps cible de {{6 min}} par appel. Un conseiller me dit qu'il le dépasse toujours « parce que sinon on raccroche au nez des gens ».",
    ),
    (
        "france_travail",
        AT,
        "Appel {{Martinique}}. M. [[PERSONNE:Théophile]], identifiant [[ID_FRANCE_TRAVAIL:6615207A]], a changé de banque et veut que l'{{ARE}} arrive sur le nouveau compte. Il commence à dicter [[IBAN:FR76 1780 6004 2096 3100 5487 171]]. Le conseiller l'arrête : ça se fait sur l'espace personnel. Il n'a pas internet. Rdv en agence au {{Lamentin}}.",
    ),
    (
        "france_travail",
        AT,
        "Un employeur appelle, une boulangerie de {{Vitré}} ({{Boulangerie Le Fournil de Margot}}) : il veut publier une offre de vendeur. Offre n° {{184KQWL}}. Contact : Mme [[PERSONNE:Hamon]], [[TELEPHONE:02 99 75 14 38]]. Le conseiller entreprise note tout. Elle dit « je veux quelqu'un qui sourit ».",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Guyane}}, plateforme. Coupures réseau à {{Maripasoula}} : les demandeurs du fleuve ne peuvent pas s'actualiser. Le conseiller a une consigne : pas de radiation pour ceux des communes isolées ce mois. Il dit que c'est toujours comme ça à la {{saison des pluies}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Le monsieur épelle son nom : « [[PERSONNE:K-O-W-A-L-S-K-I]], comme le pingouin ». Identifiant [[ID_FRANCE_TRAVAIL:2748861 Q]]. Il demande l'attestation pour la {{Caf}}. Envoyée dans son espace. « Et je la trouve où ? » — le conseiller le guide, {{9 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel depuis {{Mayotte}}. M. [[PERSONNE:Houmadi Saïd]], appelle depuis le fixe de son frère [[TELEPHONE:02 69 61 47 25]]. Identifiant [[ID_FRANCE_TRAVAIL:6624488S]]. Il veut savoir si sa formation de {{conducteur d'engins}} est validée. Oui. Il dit « {{marahaba}} » trois fois.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une jeune femme, elle donne son mail en le déguisant « pour pas les {{robots}} » : [[EMAIL:lea point martin arobase free point fr]]. Le conseiller rit. Elle veut une attestation pour son {{bailleur}}. {{4 min}}.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Réunion}}, appels sortants. Le conseiller appelle [[PERSONNE:Jimmy Técher]] au [[TELEPHONE:0692 70 15 38]] pour une offre de {{cuisinier}} à {{Cilaos}}. Identifiant [[ID_FRANCE_TRAVAIL:5179350E]]. [[PERSONNE:Jimmy]] est intéressé mais n'a pas de voiture, « Cilaos, {{400 virages}} ». Le conseiller cherche un logement sur place.",
    ),
    ("france_travail", AT, "{{Quimper}} ouvert le {{lundi de Pentecôte}} ? oui. {{1 min}}."),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Saint-Pierre-et-Miquelon}}. Appel de Mme [[PERSONNE:Hélène Dagort]] depuis {{Miquelon}}, pour une formation à distance en comptabilité. Le conseiller la connaît. Il parle avec elle du {{bateau}} et de la {{météo}} avant le dossier. {{20 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel de M. [[PERSONNE:Rui Carvalho]], ouvrier du bâtiment, Portugais, identifiant [[ID_FRANCE_TRAVAIL:3340182G]]. Il veut recevoir son {{ARE}} sur son compte au {{Portugal}} : [[IBAN:PT50 0035 0127 0045 1827 3964 7]]. Le conseiller : possible, c'est la {{zone SEPA}}, il faut le faire en ligne. Il parle plus portugais que français, le conseiller se débrouille.",
    ),
    (
        "france_travail",
        AT,
        "{{Guadeloupe}}, {{3949}}. Une dame veut savoir quand elle aura son premier paiement. Identification : identifiant [[ID_FRANCE_TRAVAIL:5581206K]], date de naissance « le [[DATE_NAISSANCE:trois mai mil neuf cent quatre-vingt-cinq]] ». L'agent trouve : paiement le {{5 du mois}}. Elle dit « bon Dieu merci ».",
    ),
    (
        "france_travail",
        AT,
        "Conseillère {{France Travail}} {{Brest}}, appel de suivi. Elle appelle [[PERSONNE:Morgane]], {{26 ans}}, pour savoir comment s'est passé son entretien chez {{Leroy Merlin}}. Bien. Elle est prise. La conseillère sourit, raccroche, me dit « c'est pour ces appels-là que je fais ce métier ».",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, {{Réunion}}. M. [[PERSONNE:Ah-Sing Patrick]] a travaillé {{2 ans}} à {{Maurice}}, il veut faire valoir ses droits. Il donne son compte mauricien : [[IBAN:MU42 MCBL 0944 0008 4721 9360 000M UR]]. Le conseiller : Maurice n'est pas dans l'UE, versement seulement sur un compte en France. Identifiant [[ID_FRANCE_TRAVAIL:4403817B]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un frontalier belge, M. [[PERSONNE:Van den Broeck]], licencié d'une entreprise de {{Roubaix}}. Il veut être payé sur son compte belge [[IBAN:BE71 0631 8472 0569]]. Le conseiller dit oui, c'est {{SEPA}}. Identifiant [[ID_FRANCE_TRAVAIL:2590417Y]]. Il demande si son chômage sera calculé « {{à la belge}} », non.",
    ),
    (
        "france_travail",
        AT,
        "{{France Travail}} {{Cayenne}}, appel de M. [[PERSONNE:Gabriel Souza Lima]], Brésilien résident, identifiant [[ID_FRANCE_TRAVAIL:7302954U]]. Il voudrait que son ARE soit versée au {{Brésil}} où il repart quelques mois : compte [[IBAN:BR94 0000 0000 0153 7000 4821 936C 1]]. Le conseiller explique : hors SEPA, et s'il quitte la France il perd ses droits. Silence long.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Jeune homme, [[PERSONNE:Hugo Blanchard]], part faire la saison à {{Ibiza}}, il veut savoir s'il peut garder ses droits. Il donne son compte espagnol, [[IBAN:ES84 0182 5732 4102 0158 3746]]. Le conseiller lui explique qu'il doit se {{désinscrire}} s'il travaille. Identifiant [[ID_FRANCE_TRAVAIL:1452876R]].",
    ),
]

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value with outer spaces {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            out.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"keep with outer spaces {kept!r}")
            if kept not in keep:
                keep.append(kept)
            out.append(kept)
            length += len(kept)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
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
    """Stratified 50/50 split by site kind x channel with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells = {}
    for index, note in enumerate(notes):
        cells.setdefault((note["site_kind"], note["channel"]), []).append(index)
    dev, holdout, leftovers = [], [], []
    for key in sorted(cells):
        members = cells[key]
        rng.shuffle(members)
        half = len(members) // 2
        dev.extend(members[:half])
        holdout.extend(members[half : 2 * half])
        if len(members) % 2:
            leftovers.append(members[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [notes[i] for i in dev])
    write(HERE / "holdout.jsonl", [notes[i] for i in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
