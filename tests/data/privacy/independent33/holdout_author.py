"""Independent evaluation notes ind33 for the French anonymiser (stdlib only).

Each note is written by hand as a ``(site_kind, channel, text)`` tuple whose text carries
inline marks: ``[[LABEL:value]]`` for a value to mask and ``{{value}}`` for a string to keep.
Running this file strips the marks, computes the offsets, builds the keep lists, gives the ids
ind33-001 ... ind33-240 in writing order, draws a 120 / 120 split stratified by
(site_kind, channel) with ``random.Random(33)`` and writes ``dev.jsonl`` and ``holdout.jsonl``
next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind33"
SEED = 33
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
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

NOTES = []

# --- CCAS, accueil physique -------------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "accueil_physique",
        "{{9h10}}, 1ere pers : Mme [[PERSONNE:Kerdoncuff]] pour l'{{aide alimentaire}}. Sur le dossier : [[ADRESSE:14 rue de Quimper, 29200 Brest]] mais elle a déménagé en janvier -> [[ADRESSE:3 bis allée Pierre Sémard, apt 12, 29200 Brest]]. L'agente ([[PERSONNE:Solenn]]) corrige direct ds le logiciel. Réponse de la commission sous {{48h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente {{CCAS}} {{Lorient}} à {{8h45}} : {{8 personnes}}, {{2 poussettes}}. Affiche sur la porte : « DOMICILIATION - votre adresse postale : {{CCAS, 6 place Alsace-Lorraine, 56100 Lorient}} ». {{312 domiciliés}} ici 😮 le courrier est trié chaque matin avant {{10h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Bouchaïb Lamrani]], {{66 ans}}, vient chercher son courrier (domicilié au {{CCAS}} depuis {{2021}}). Rien aujourd'hui. NIR sur son attestation : [[NIR:158099935002163]], né à {{Casablanca}}. Il dort chez un copain « vers la {{gare}}, derrière le {{Lidl}} ». L'agent [[PERSONNE:Yannick]] lui rappelle de renouveler l'élection de domicile avant le {{15 mars}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier {{FSL}} Mme [[PERSONNE:Aminata N'Diaye]]\n- logement : [[ADRESSE:résidence Les Hortensias, bât C, esc 2, 5e étage, 44800 Saint-Herblain]]\n- bailleur {{Atlantique Habitations}}, ref locataire [[IDENTIFIANT:LOC-0048817]]\n- dette {{1 240 €}}\n- tel [[TELEPHONE:07 61 48 22 90]]\nL'agente dit que {{Bellevue}} c'est « 1 dossier sur 3 ici ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur : « c'est ici les colis de {{Noël}} ? » -> non, c'est à l'{{épicerie solidaire}}, {{rue de Brest}}, à côté de la {{boulangerie Paris-Brest}}. L'agente lui dessine le plan sur un post-it 🙂 pas de nom demandé, pas de fiche.",
    ),
    (
        "ccas",
        "accueil_physique",
        "FORMULAIRE AIDE FACULTATIVE rempli en majuscules par Mme [[PERSONNE:DUCHEMIN Odile]] : [[ADRESSE:APPT 23 BAT B 17 AVENUE DES PLATANES 76120 LE GRAND QUEVILLY]]. L'agente relit tout haut pr vérifier, ok. Motif : facture {{EDF}} de {{389 €}}, ref client [[IDENTIFIANT:6011482937]]. Si accord, virement sur [[IBAN:FR7617515900000847120538614]]. Passage en commission {{mardi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{10h30}} famille [[PERSONNE:Le Roux]], couple + {{3 enfants}}. Expulsion prévue le {{12 avril}}. Ils habitent [[ADRESSE:7 impasse des Mouettes 22000 Saint-Brieuc]] depuis {{9 ans}}. Leur avocate Me [[PERSONNE:Kerjean]] a demandé un délai. L'agent appelle l'{{ADIL}} devant eux. Le père : « on avait jamais eu de retard avant le chômage ». Moi : gorge serrée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Touré]] vient voir l'{{AS}}, Mme [[PERSONNE:Pichon]]. Ds le dossier papier l'adresse est sur deux lignes :\n[[ADRESSE:12, rue Jean Macé\n35700 Rennes]]\nDemande d'aide pour la cantine du fils (école {{Jean Moulin}}, quartier {{Maurepas}}). Accordé {{3 mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Horaires sur la vitre : lun-ven {{8h30-12h}} / {{13h30-17h}}, fermé le {{jeudi après-midi}}. Permanences ds les quartiers : {{Chemin Vert}} le {{lundi}}, {{La Guérinière}} le {{mercredi}}, {{Grâce de Dieu}} le {{vendredi}}. L'accueil de {{Caen}} reçoit env. {{60 pers/jour}} dit l'agente d'accueil.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Laëtitia]], {{22 ans}}, vit chez sa mère [[ADRESSE:4 ter rue du Moulin, 53000 Laval]] mais veut décohabiter. L'agent l'oriente vers le {{CLLAJ}} et {{Méduane Habitat}}. Elle montre son insta pour son CV d'onglerie 😅 [[IDENTIFIANT:@laeti.nails53]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Ferreira]] veut une {{aide au permis}}. Il habite [[ADRESSE:lieu-dit La Ville Hervé, 22400 Lamballe-Armor]], « y a pas de bus, rien ». Sa voiture : [[IMMATRICULATION:CX-512-PL]], pas de CT depuis {{2 ans}}. L'agente : « on finance pas le CT monsieur ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Question entendue {{3 fois}} ce matin : « c'est où pour le {{RSA}} ? » -> l'{{Espace social commun}} du {{Blosne}} ou la {{Caf}}. L'agente a un petit plan photocopié tout prêt. Elle dit que les gens confondent {{CCAS}}, {{CDAS}}, {{Caf}}, « pour eux c'est tous la mairie ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Guillou]] (née le [[DATE_NAISSANCE:02/06/1951]]) demande la {{téléassistance}}. Adresse : [[ADRESSE:28 route de Loudéac, Pontivy]]. Voisine référente : Mme [[PERSONNE:Le Dantec]], [[TELEPHONE:02 97 25 61 08]]. Tarif {{9,90 €/mois}} après aide.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dialogue guichet :\n- vous habitez où ?\n- [[ADRESSE:cité du Pont-Neuf, bâtiment 4, porte 11]]\n- à {{Cholet}} ?\n- oui\n- et c'est votre nom sur la boîte aux lettres ?\n- non c'est [[PERSONNE:Gaëlle]], ma soeur\nL'agente note « hébergée » -> ça change le calcul de l'aide.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h}}, pic d'affluence. {{1 seul agent}} au guichet, l'autre en formation. Ticket {{A17}} appelé à {{11h24}}. Les gens comparent leurs attentes : « moi {{40 min}} », « moi je suis venu hier ». Pas de {{fontaine à eau}}. Aucun siège libre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : Mr [[PERSONNE:Marian Ionescu]], vit en caravane [[ADRESSE:aire d'accueil du Bois-Guy, emplacement 6]]. Il veut une adresse pr recevoir le courrier de la {{Cpam}} -> domicilié {{c/o CCAS de Vitré}}. L'agent vérifie le lien avec la commune : enfants scolarisés à l'école {{Jules Ferry}} de {{Vitré}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Renaud]] épelle son nom de jeune fille : [[PERSONNE:L-E-S-A-G-E]]. Ancienne adresse [[ADRESSE:5 rue des Tanneurs 61000 Alençon]], nouvelle [[ADRESSE:résidence Les Prés Fleuris, 2 allée des Pins, 61250 Damigny]]. Elle a besoin d'un justificatif de domicile pour la {{Caf}}, l'agente lui explique que la quittance suffit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agente [[PERSONNE:Morgane]] me montre le classeur des assos : {{Restos du coeur}} ({{rue de Saint-Malo}}), {{Secours populaire}}, {{Emmaüs}}, {{Secours catholique}} permanence {{mardi 14h}}... Elle connait tous les bénévoles par leur prénom.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Couple âgé, {{plan canicule}}. Inscription au registre : Mr et Mme [[PERSONNE:Hamon]], [[ADRESSE:9 rue Saint-Michel, 3e étage gauche, 56000 Vannes]] (pas d'ascenseur). Tel fixe [[TELEPHONE:02.97.47.13.85]]. Leur fille à {{Nantes}} : [[PERSONNE:Catherine]] [[TELEPHONE:06-88-14-20-73]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Diabaté]] présente son récépissé de demande de titre de séjour n° [[IDENTIFIANT:7503189426]] pour l'{{AME}}... sauf que l'{{AME}} c'est la {{Cpam}}. Hébergé chez un cousin [[ADRESSE:21 rue Gabriel Péri, bât A, 93200 Saint-Denis]]. L'agent du CCAS de {{Saint-Denis}} fait quand même la photocopie « pour gagner du temps ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Observation : l'agent tutoie les habitués, vouvoie les nouveaux. Il me dit « ici c'est {{Villejean}}, tout le monde se connait ». Le {{Super U}} d'à côté donne ses invendus le {{vendredi}}, distribution à {{16h}} devant la {{médiathèque}}, arrêt de bus {{Villejean-Université}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Morvan]] dicte son adresse à l'agent qui tape : « [[ADRESSE:quarante-deux... non quarante-deux bis, rue de la Liberté, 35300 Fougères]] ». L'agent efface, retape. Demande : {{aide au chauffage}}, fioul {{1 000 L}} à {{1,12 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Aide aux vacances}} : formulaire pour Mme [[PERSONNE:Salaün]] et ses {{2 filles}}. Séjour au {{camping des Sables Blancs}} à {{Concarneau}}, {{1 semaine}}. Elle habite [[ADRESSE:Kerhuel, 29120 Pont-l'Abbé]] : juste le lieu-dit et le CP, « le facteur connait ». Tel [[TELEPHONE:06 72 30 18 49]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Pierre Lefèvre]] apporte une {{rose}} à l'agente pour la remercier, son dossier {{FSL}} est accepté 🌹. Elle la met dans un gobelet sur le comptoir. Il reste donc [[ADRESSE:6 rue des Rosiers, 14000 Caen]], loyer payé grâce à l'aide.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Personne sans pièce d'identité, juste une carte {{Navigo}} et une ordonnance. L'agente : « on peut quand même ouvrir la domiciliation, la loi dit pas qu'il faut une pièce ». Adresse postale donnée : {{CCAS, 14 rue de la République, 93100 Montreuil}}. Attestation sous {{2 semaines}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lin]], traduction par sa fille ({{14 ans}}) 😕. Demande {{aide cantine}} + {{carte Sortir}}. Adresse : [[ADRESSE:Bât. F, appt 104, 3 square de Galicie, 35200 Rennes]]. N° alloc : [[N_ALLOCATAIRE:2087415]]. L'agente vérifie le QF sur {{CDAP}} : {{412}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Liste sur le bureau de l'agent, rdv du jour :\n- {{9h}} [[PERSONNE:Gicquel]] ({{FSL}})\n- {{9h30}} Mme [[PERSONNE:Abdallah]] (domic.)\n- {{10h}} [[PERSONNE:Hervé L.]] (aide alim)\n- {{10h30}} annulé\n- {{11h}} famille [[PERSONNE:Perrin]] (expulsion)",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Bréhier]] rend les clés du logement temporaire, [[ADRESSE:4 place de la Croix, logement n°2, 72200 La Flèche]]. Elle part chez sa fille à {{Sablé}}. Caution rendue par virement, RIB : [[IBAN:30004 00821 00012345678 49]]. État des lieux avec l'agent de la mairie le {{16/05}} à {{14h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Ouédraogo]], {{AAH}}, vit à l'{{hôtel Le Relais, chambre 9}}, à {{Saint-Nazaire}}, payé par le {{115}}. Il cherche un studio. L'agent tel au {{SIAO}} : réf dossier [[IDENTIFIANT:SIAO44-2023-11872]]. « Pas avant l'été » 😞",
    ),
    (
        "ccas",
        "accueil_physique",
        "Bons d'achat : l'agente écrit le bon au nom de [[PERSONNE:Sylvie Kerboriou]], valable au {{Carrefour Market}} {{avenue de la Marne}}. Montant {{50 €}}, pas d'alcool ni tabac. Elle le tamponne {{2 fois}} « sinon la caissière le prend pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lebas]] signale que le proprio ne fait pas les travaux. Logement : [[ADRESSE:2 hameau du Val, 50310 Montebourg]], moisissures, fenêtres qui ferment pas. Proprio : Mr [[PERSONNE:Lecoq]] [[TELEPHONE:06 15 82 47 36]]. L'agente fait un signalement {{ARS}} / service {{hygiène}}. « Dans le {{Cotentin}} on a bcp de passoires thermiques. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Hakim]] (prénom seulement, il donne pas son nom 🤷) demande si le {{CCAS}} peut payer sa carte {{KorriGo}}. Réponse : tarif solidaire via la {{Caf}} et le {{STAR}}. {{3 min}} d'échange.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Attestation d'élection de domicile imprimée pour Mme [[PERSONNE:Petitjean Marine]], née le [[DATE_NAISSANCE:17 septembre 1988]] à {{Évreux}}. Adresse de domiciliation : {{CCAS d'Évreux, 20 rue Joséphine}}. Valable {{1 an}}. Elle pleure un peu de soulagement, dit qu'elle va pouvoir s'inscrire à {{France Travail}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mr [[PERSONNE:Kouassi]] : « mon adresse c'est [[ADRESSE:8 allée Berlioz, escalier C, 4e, Cergy]] mais le courrier arrive jamais ». L'agente suggère de mettre son nom sur la boîte. Il rit : « y a déjà {{3 noms}} dessus ». Quartier {{Saint-Christophe}}, tout le monde a ce pb.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Fin de matinée, bilan de l'agente : {{23 passages}}, dont {{9 domiciliations}}, {{6 aides alimentaires}}, {{4}} « juste une question ». La moitié viennent à pied du {{Val Fourré}}. Pause déj à {{12h40}}.",
    ),
]

# --- CCAS, accueil téléphonique ---------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{9h02}} : Mme [[PERSONNE:Legendre]] veut savoir si sa demande d'aide est passée. L'agent demande nom + ddn : « [[DATE_NAISSANCE:vingt-trois avril soixante-deux]] ». Dossier trouvé. Réponse : commission de {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur dicte son adresse pour recevoir un formulaire : « [[ADRESSE:quinze... non cinquante, rue du Maréchal Foch, 44600 Saint-Nazaire]] ». L'agent répète, il confirme « cinquante ». Nom : [[PERSONNE:Gérard Moisan]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète pour Mr [[PERSONNE:Jaouen]], {{84 ans}} : « il ouvre plus ses volets ». Il vit à {{Morlaix}}, au [[ADRESSE:3 venelle du Four]]. L'agent prévient la {{police municipale}} + le {{SSIAD}}. La voisine laisse son num : [[TELEPHONE:06 03 91 57 22]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard : {{14 appels}} en {{1h}}. Questions : horaires ({{5}}), {{colis alimentaires}} ({{3}}), {{prime de Noël}} ({{3}}) -> « c'est la {{Caf}} madame », {{chèque énergie}} ({{2}}), {{1}} erreur (voulait l'{{état civil}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du bailleur {{Podeliha}} : impayé de Mme [[PERSONNE:Bertin]], [[ADRESSE:bâtiment Les Acacias, apt 31, 12 rue de Létanduère, 49000 Angers]]. Ref contrat [[IDENTIFIANT:PDL-774205]]. Le bailleur veut un rdv tripartite avant l'assignation. L'agente propose {{mardi 14h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Aubert]] au tel, elle a changé de n° : nouveau [[TELEPHONE:07 52 16 88 04]], ancien [[TELEPHONE:06 30 27 71 95]] « vous pouvez l'effacer ». Mail : [[EMAIL:c.aubert56@gmail.com]]. L'agent met à jour pendant qu'elle parle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du {{CHU}} (service social) : sortie de Mr [[PERSONNE:Le Hir]] prévue {{vendredi}}, il vit seul [[ADRESSE:lieu-dit Kerlann, Plouguerneau]]. Besoin portage repas + aide ménagère. L'agente cale une visite à domicile {{lundi 10h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le tel sonne dans le vide pendant que l'agente est avec qqn au guichet. Elle me dit « on a pas de pré-accueil, c'est soit l'un soit l'autre ». {{6 appels}} manqués en {{20 min}}. Pas de répondeur le matin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un jeune pour l'{{aide au BAFA}}. L'agente demande l'adresse : « [[ADRESSE:cité Jardin, bât 7, appartement 2]], à {{Hérouville}} ». Mail : [[EMAIL:kevin.ledu14 [at] hotmail.fr]] -> elle envoie le dossier. Prénom [[PERSONNE:Kévin]], {{17 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Gomes]] appelle en pleurs : coupure d'électricité depuis hier. Contrat {{TotalEnergies}} n° [[IDENTIFIANT:003 118 452 907]]. L'agente appelle le fournisseur en conf à 3 (!) et obtient le rétablissement sous {{24h}} contre engagement du {{FSL}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un homme demande s'il peut se domicilier au {{CCAS}} alors qu'il dort à l'{{hôtel Première Classe, chambre 214}} à {{Mondeville}}. Réponse : oui, l'hôtel c'est pas une adresse stable. RDV donné {{mardi 9h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel sortant : l'agente rappelle Mr [[PERSONNE:Vasseur]] au [[TELEPHONE:02 35 88 40 17]]. Messagerie. Elle laisse : « c'est le {{CCAS}} du {{Havre}}, rappelez-nous au standard ». Elle laisse jamais le motif (secret) 👍",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dictée par tel, version 1 : [[ADRESSE:18 rue Victor Hugo, 76600 Le Havre]]. Version 2, la fille reprend le combiné : « non maman on a déménagé ! c'est [[ADRESSE:18 rue Vauban, 76610 Le Havre]] ». Fou rire général. Nom : Mme [[PERSONNE:Lemarchand]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mr [[PERSONNE:Rivière]], « comme la {{rivière}} » précise-t-il. Annule son rdv {{FSL}} du {{12}}, il a trouvé un boulot chez {{Lidl}}. L'agente : « bah c'est la meilleure raison ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Guingamp}} : Mme [[PERSONNE:Jégou]], victime de violences, a quitté le domicile [[ADRESSE:11 rue de Pors Halen, 22200 Guingamp]] cette nuit. Mise à l'abri {{hôtel Ibis Budget, chambre 6}}, {{3 nuits}} payées par le {{CCAS}}. Orientée {{3919}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une mère, aide rentrée scolaire. N° allocataire ? « attendez... [[N_ALLOCATAIRE:047 621]] ». L'agent : « il manque un chiffre madame » -> « ah oui, [[N_ALLOCATAIRE:0476 2139]] ». Nom : [[PERSONNE:Fatou Sy]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Qqn appelle pour la {{fontaine à eau}} qui fuit dans la salle d'attente (c'est le service technique 😂). L'agente transfère, poste {{4212}}. Flaque jusqu'au guichet {{2}}.",
    ),
]

# --- CCAS, visites à domicile -----------------------------------------------------------------
NOTES += [
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'{{AS}} [[PERSONNE:Anne-Laure]] chez Mme [[PERSONNE:Quéré]], {{91 ans}}, [[ADRESSE:Kerbriant, route de Plouescat, 29250 Saint-Pol-de-Léon]]. Ferme isolée, chauffage au bois. Le fils passe le {{dimanche}}. Évaluation {{APA}} à demander au {{Département}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Départ du {{CCAS}} à {{13h30}} en voiture de service. On se gare devant la {{pharmacie}} {{place de l'Église}}. Appartement de Mr [[PERSONNE:Lemonnier]] : [[ADRESSE:1er étage porte droite, 6 rue de la Harpe, 27000 Évreux]]. Frigo vide. L'agente note sans juger.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD famille [[PERSONNE:Benali]], [[ADRESSE:tour Brocéliande, appt 1204]] au {{Blosne}}. Ascenseur en panne depuis {{3 semaines}}, la maman monte les courses à pied avec le bébé, {{12 étages}}. Signalement au bailleur {{Archipel Habitat}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite aide ménagère : Mme [[PERSONNE:Tanguy]], [[ADRESSE:5 bis chemin des Douaniers 56340 Carnac]] (sans virgule sur la fiche). Elle nous attendait avec des galettes 🥞. Elle connait l'agente depuis {{10 ans}} : « c'est ma [[PERSONNE:Nolwenn]] ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet entre 2 visites : {{25 min}} de route, {{Pontivy}} -> {{Cléguérec}}. L'agente fait {{800 km/mois}}, remboursés {{0,32 €/km}}. « En campagne, sans voiture t'existes pas. » On passe devant le {{collège Charles Langlais}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mr [[PERSONNE:Lucas Perrot]], [[ADRESSE:résidence du Parc, bât B2, 3e, 44400 Rezé]]. Logement insalubre ? Traces d'humidité, {{2 enfants}} asthmatiques. On prend des photos. Il montre le courrier de {{Nantes Métropole Habitat}} : ref [[IDENTIFIANT:NMH 0034521]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite ratée : on sonne {{3 fois}}. Une voisine : « Mme [[PERSONNE:Fontaine]] ? elle est à l'hôpital depuis mardi ». L'agente laisse un avis de passage. Adresse : [[ADRESSE:14 résidence des Marronniers, 50100 Cherbourg-en-Cotentin]]. On attend {{5 min}} près de la {{fontaine}} de la place, au cas où.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD Mr [[PERSONNE:Gautier]] (ancien SDF, relogé il y a {{2 mois}}). Adresse : [[ADRESSE:2 allée des Bruyères, Appt 7, 72100 Le Mans]]. Un matelas, une chaise, un micro-ondes. L'agente commande des meubles à {{Emmaüs}} via le {{FSL}} équipement. Son id France Travail pour l'aide à l'installation : [[ID_FRANCE_TRAVAIL:8305172D]]. Son chien {{Tyson}} aboie tout le long 🐕.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez les [[PERSONNE:Morel]], famille de {{5}}. [[ADRESSE:19 rue Émile Zola 93300 Aubervilliers]] : {{2 pièces}}, {{32 m²}}. Demande de logement social depuis {{2017}}, n° unique [[IDENTIFIANT:093112300481727]]. L'agente soupire : « {{7 ans}}, c'est la moyenne ici ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "On arrive, la dame nous donne son adresse pour le formulaire même si on est chez elle 😄 « c'est [[ADRESSE:le Clos Saint-Jean, maison 4, Saint-Jacques-de-la-Lande]] ». Mme [[PERSONNE:Lefeuvre Josiane]], {{78 ans}}. Elle veut rester chez elle, pas d'{{EHPAD}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture, l'agente explique la grille d'évaluation : état du logement, alimentation, isolement, hygiène, {{GIR}} estimé. Elle met jamais le nom sur le carnet de route, juste un n° de dossier interne. Retour au {{CCAS}} {{16h10}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite post-incendie : Mr [[PERSONNE:Sanchez]] et ses {{2 ados}} relogés en urgence au {{Campanile, chambres 12 et 14}}. Leur maison [[ADRESSE:7 rue de la Forge 35133 Lécousse]] est inhabitable. La {{MAIF}} ouvre un sinistre n° [[IDENTIFIANT:SIN-2024-884310]], indemnité sur [[IBAN:FR76 1254 8029 9800 0934 6120 747]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Delaunay]] : elle nous montre son ancien appart de l'autre côté de la rue ([[ADRESSE:10 rue Pasteur]]) et le nouveau ([[ADRESSE:15 rue Pasteur, 2e étage]]), à {{Saint-Lô}}. Loyer plus bas de {{80 €}}. Aide au déménagement accordée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD jeune mère, [[PERSONNE:Chloé]], {{19 ans}}, studio [[ADRESSE:34 bd de la Liberté, appt 8, 35000 Rennes]]. Bébé {{4 mois}}. Lien avec la {{PMI}} de {{Cleunay}}. Le papa « pas là ». Elle parle du permis, de la voiture de sa mère [[IMMATRICULATION:EZ-903-KD]] qu'elle pourrait emprunter.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Mr et Mme [[PERSONNE:Chauvin]] vivent au [[ADRESSE:hameau de la Haute-Touche, 53500 Ernée]], {{3 maisons}} en tout. Puits, pas d'eau de ville. Facture d'eau à {{0 €}} mais frais de pompe. L'agente : « on a pas de case pour ça dans le formulaire » 😅",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Contrôle de présence pour l'aide au loyer : l'agente vérifie que Mme [[PERSONNE:Boucher]] vit bien [[ADRESSE:Résidence Les Tilleuls, entrée 3, 3 rue Jean Jaurès, 61100 Flers]]. Nom sur la boîte ✔️ brosse à dents ✔️ courrier ✔️. « Je fais pas la police, mais la commission veut savoir. »",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au {{foyer-logement Les Glycines}} (résidence autonomie). {{42 logements}}, moyenne d'âge {{83 ans}}. Repas à {{7,50 €}}. L'agente fait le tour des {{3 nouveaux}} résidents. L'animatrice propose un loto le {{jeudi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD chez Mr [[PERSONNE:Bernard]], [[ADRESSE:Bât. 3, cité de la Grand-Mare, appartement 51, 76000 Rouen]]. Il nous tend son téléphone : le numéro de son curateur à l'{{UDAF}}, Mr [[PERSONNE:Caron]], [[TELEPHONE:+33 6 45 19 82 03]]. L'agente l'appelle depuis le salon.",
    ),
]

# --- Caf, accueil physique --------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Rennes}}, accueil du siège. Ticket {{B042}}. Mme [[PERSONNE:Leblanc]] : changement d'adresse pas pris en compte, elle reçoit encore les courriers à [[ADRESSE:27 rue de Nantes, 35000 Rennes]] au lieu de [[ADRESSE:6 rue de l'Alma, bat. C, 35000 Rennes]]. N° alloc [[N_ALLOCATAIRE:5543120]]. L'agent modifie, délai {{15 jours}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Bornes d'accueil : {{4 bornes}}, {{2}} en panne. Une volontaire en {{service civique}} aide les gens à se connecter au {{caf.fr}}. Questions : {{APL}}, {{prime d'activité}}, {{RSA}}, attestation de paiement. Attente affichée {{35 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Abdelkader Benyamina]] montre son titre de séjour [[IDENTIFIANT:4412083651]] expiré. Sans titre valide, les {{allocations familiales}} sont suspendues. L'agente : « dès que vous avez le récépissé, vous revenez ». N° alloc [[N_ALLOCATAIRE:8820374]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{RSA}}, déclaration trimestrielle. Mme [[PERSONNE:Pasquier]] ne sait pas remplir (illectronisme). L'agent le fait avec elle, écran tourné. Ressources : {{0 €}}. Adresse vérifiée : [[ADRESSE:ferme de la Lande, 35360 Montauban-de-Bretagne]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Dialogue :\n- Votre IBAN a changé ?\n- oui, nouveau compte à la {{Banque Postale}}\n- vous avez le RIB ?\nElle le tend : [[IBAN:FR77 2004 1010 1203 5672 8B03 307]]\nL'agent tape, relit à voix haute par groupes de {{4}}. Mme [[PERSONNE:Ribeiro]], {{3 enfants}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Inès]], en colocation [[ADRESSE:9 rue Saint-Melaine, 2e gauche, 35000 Rennes]] ; le bail est au nom de sa coloc [[PERSONNE:Léa Tessier]]. Il faut un avenant au bail. {{APL}} estimée {{187 €}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil de la {{Caf du Calvados, 3 rue de la Solidarité, Caen}}, {{9h}}. Queue dehors, {{15 pers}}. Un agent passe dans la file pour trier : « {{RSA}} à gauche, {{APL}} à droite, le reste avec moi ». Efficace, {{10 min}} gagnées pour tout le monde.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Lecomte]] : trop-perçu de {{2 300 €}} sur l'{{AAH}}... Il ne comprend pas. Dossier n° [[N_ALLOCATAIRE:3017256]]. L'agent explique la reprise d'activité non déclarée. Plan de remboursement {{50 €/mois}}. Il part en disant « merci quand même ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Guérin]], séparation. Elle reste [[ADRESSE:La Petite Métairie, 49124 Saint-Barthélemy-d'Anjou]], lui part chez sa mère à {{Trélazé}}. La nouvelle adresse de Mr doit être déclarée par lui. Agent : « on peut pas le faire pour lui ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Diallo]], naissance du {{3e}}. Acte de naissance : [[PERSONNE:Aïssatou]] née le [[DATE_NAISSANCE:04/02/2024]]. {{PAJE}} + {{prime de naissance}}. Tel maman [[TELEPHONE:0758193264]] (sans espaces, tapé vite).",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{prime d'activité}} : Mr [[PERSONNE:Thomas Gallais]], intérimaire, {{3 missions}} en {{3 mois}}. L'agent ouvre le dossier [[N_ALLOCATAIRE:1190432]] + son id FT [[ID_FRANCE_TRAVAIL:5820173M]] pour croiser les revenus. Courriel : [[EMAIL:thomas.gallais@orange.fr]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Bourdais]] (voix basse) : elle veut que la Caf ne donne jamais sa nouvelle adresse à son ex. L'agente met la mention « adresse confidentielle ». Nouvelle adresse : [[ADRESSE:Appt 2, 11 rue du Docteur Roux, 22100 Dinan]]. Ex-compagnon : [[PERSONNE:Sébastien]], à {{Saint-Malo}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran de la salle : « déclarez vos ressources avant le {{5}} du mois », « {{Mon compte partenaire}} », pub {{Pass'Sport}}. {{2 enfants}} jouent avec les dépliants. L'agent ramasse sans rien dire 😄",
    ),
    (
        "caf",
        "accueil_physique",
        "Déménagement : de [[ADRESSE:bloc D, appt 12, cité de Kervénanec, 56100 Lorient]] à [[ADRESSE:2 place Jules Ferry, 56100 Lorient]]. Mme [[PERSONNE:Le Floch]], num allocataire [[N_ALLOCATAIRE:2265903]]. {{APL}} recalculée : {{311 €}} -> {{265 €}}. Elle fait la tête.",
    ),
    (
        "caf",
        "accueil_physique",
        "Rdv {{AAH}} : Mr [[PERSONNE:Garnier]], dossier {{MDPH}} [[IDENTIFIANT:72-23-014562]], taux {{80 %}}. Né le [[DATE_NAISSANCE:11/10/1983]] au {{Mans}}, NIR [[NIR:1 83 10 72 181 204 08]]. L'agent vérifie que la {{MDPH}} a bien transmis la notif.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent [[PERSONNE:Fabrice]] : « le plus dur c'est les gens hébergés, pas de bail, pas de quittance ». Ex : Mr [[PERSONNE:Coulibaly]], hébergé chez un ami [[ADRESSE:4, square Louis Armand, 95200 Sarcelles]] -> attestation d'hébergement + CNI de l'hébergeant n° [[IDENTIFIANT:081192301847]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence Caf à la mairie de {{Redon}} ({{1 place de l'Hôtel de Ville}}), le {{jeudi}} matin. Une seule agente, {{11 rdv}}. Bureau prêté par l'{{état civil}}. Elle trimballe son ordi et une imprimante portable. Le {{wifi}} marche pas -> partage de co avec son tel pro.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Huet]] apporte l'avis d'échéance de son bailleur {{Inolya}} : [[ADRESSE:bâtiment 12, porte 3, résidence Les Hauts de l'Orne, 14000 Caen]], réf locataire [[IDENTIFIANT:100234876]]. L'agent scanne, l'{{APL}} sera versée au bailleur.",
    ),
]

# --- Caf, accueil téléphonique ----------------------------------------------------------------
NOTES += [
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{3230}}, appel {{10h14}} : Mr [[PERSONNE:Gonçalves]] demande pk son {{APL}} a baissé. « Votre n° allocataire svp ? » « [[N_ALLOCATAIRE:6 2 3 4 1 9 8]] » (chiffre par chiffre). Réponse : revenus {{N-2}} revalorisés.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame déclare son changement d'adresse par tel. Elle dicte : « [[ADRESSE:appartement 3, 1er étage, 22 rue de la Paix, 44000 Nantes]] ». L'agent dit de le faire sur l'appli, mais le fait quand même. Ancienne adresse : [[ADRESSE:Le Moulin de la Rivière, 44850 Ligné]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un proprio : Mr [[PERSONNE:Lemaître]] veut savoir si sa locataire touche l'{{APL}} en tiers payant. Agent : secret, on dit rien. Il insiste, donne son IBAN [[IBAN:FR7616606100250881276340536]] « pour que vous me versiez direct ». Refus poli.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "File d'attente tel : {{47 appels}} en attente à {{9h}}. Durée moyenne {{6 min}}. Les conseillers ont un script mais improvisent. Musique d'attente : {{Vivaldi}} 🙄 en boucle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mère isolée, [[PERSONNE:Jessica Morin]], question sur l'{{ASF}}. Date de naissance de l'enfant lue sur l'écran au format ISO : [[DATE_NAISSANCE:2019-08-30]]. Elle demande un rappel : [[TELEPHONE:06 19 74 02 56]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mr [[PERSONNE:Marchal]] appelle pour sa fille étudiante. L'agent refuse (elle est majeure). Il donne quand même le n° de la fille, [[N_ALLOCATAIRE:7720158]], et son mail [[EMAIL:manon.marchal.pro@laposte.net]]. Refus maintenu 👍",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais : Mr [[PERSONNE:Okafor]], {{prime d'activité}}. L'agent passe par {{Google Traduction}} sur haut-parleur 😅. Adresse pour le courrier : [[ADRESSE:Flat 4, 38 avenue Jean-Baptiste Clément, 92100 Boulogne-Billancourt]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel interne : l'agent prévient le contrôleur que Mme [[PERSONNE:Besnard]] a déclaré vivre seule alors que le bail est à 2 noms ([[PERSONNE:Besnard]] / [[PERSONNE:Jolivet]]). Adresse : [[ADRESSE:La Croix Verte 50890 Condé-sur-Vire]]. -> contrôle sur place programmé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pour le RIB : la dame lit son RIB zone par zone : « [[IBAN:FR76 14445 00207 04100938271 90]] ». L'agent répète tout, {{4 min}}. Nom : [[PERSONNE:Mauricette Le Bihan]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel de {{22 min}} : une dame ne comprend pas le courrier « {{rappel de vos obligations}} ». L'agent reformule {{4 fois}}. À la fin : « ah d'accord, c'est juste une déclaration ». Satisfaction cochée : {{5/5}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle depuis l'{{hôtel Formule 1, chambre 33}} à {{Saint-Herblain}}, payé par le {{115}}. Il veut que la Caf envoie les courriers là-bas. Agent : « non, il faut une domiciliation, allez au {{CCAS}} ». Nom [[PERSONNE:Adrian Popescu]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Blanchard]], {{RSA}}, veut savoir si son nouveau compagnon doit être déclaré. Il a encore son appart à lui [[ADRESSE:58 rue Saint-Nicolas 14000 Caen]] mais « il dort chez moi {{5 soirs sur 7}} ». L'agente explique la vie maritale sans jugement.",
    ),
]

# --- Caf, contrôle sur place ------------------------------------------------------------------
NOTES += [
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf avec [[PERSONNE:Patrick]], contrôleur depuis {{18 ans}}. Premier dossier [[N_ALLOCATAIRE:3382071]] : Mme [[PERSONNE:Lelièvre]], {{RSA}} isolée, NIR [[NIR:2 94 05 35 047 088 12]], [[ADRESSE:13 rue des Ormeaux, 35510 Cesson-Sévigné]]. Il regarde les chaussures dans l'entrée 👀 (dit qu'il le fait jamais... il le fait). Isolement confirmé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Devant la maison [[ADRESSE:8 impasse des Lavandières, 72000 Le Mans]], une voiture [[IMMATRICULATION:FB-227-JQ]]. Le contrôleur note la plaque « pour vérifier à qui elle est ». Mme [[PERSONNE:Poirier]] : « c'est celle de mon frère, il me dépose ». Carte grise au nom du frère, [[PERSONNE:Julien Poirier]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Rdv à {{9h}} [[ADRESSE:cité des Fleurs, bât. Les Iris, esc. A, 2e étage, 61000 Alençon]] chez Mr [[PERSONNE:Mahamat]]. Personne. Le contrôleur laisse un avis de passage + appelle le [[TELEPHONE:07 81 56 43 12]]. Répondeur. « Ça arrive {{1 fois sur 4}}. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Entre deux contrôles : café au {{PMU}} {{place de la République}}. Le contrôleur explique les {{3 motifs}} principaux : résidence, isolement, ressources. {{4 à 6}} visites par jour, rapport le soir. « On est pas des flics, on vérifie une situation. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle résidence : Mr [[PERSONNE:Kaya]] (n° alloc [[N_ALLOCATAIRE:0912648]]) dit vivre [[ADRESSE:9 ter rue Gambetta, 76200 Dieppe]] depuis {{2022}}. Boîte aux lettres : [[PERSONNE:KAYA]] / [[PERSONNE:YILMAZ]]. Le contrôleur demande qui est [[PERSONNE:Yilmaz]] -> le cousin, reparti en {{Turquie}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources chez Mme [[PERSONNE:Robin]] : relevés posés sur la table, IBAN [[IBAN:FR76 3000 3015 7000 0508 7319 685]]. Virements réguliers de {{300 €}} d'un certain M. [[PERSONNE:Dubreuil]] -> pension alimentaire non déclarée. Adresse : [[ADRESSE:La Grée, 44170 Nozay]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Ambiance : [[ADRESSE:tour 4, 14e étage, 7 avenue de Stalingrad, 93000 Bobigny]]. Ascenseur ok pour une fois. Mme [[PERSONNE:Camara]] nous reçoit avec {{4 enfants}}, le plus petit dort. Le contrôleur vérifie la scolarité (certificats école {{Paul Éluard}}). Durée {{45 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Lannion}} : Mr [[PERSONNE:Le Gall]] et sa compagne vivent à l'année dans un mobil-home, [[ADRESSE:camping du Dourlin, emplacement 31]]. Le contrôleur : c'est leur résidence principale, ça compte pour l'{{APL}} si plus de {{8 mois}} par an. Il note la plaque de leur voiture : [[IMMATRICULATION:DK 478 RF]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dossier [[N_ALLOCATAIRE:4419032]] : Mme [[PERSONNE:Ferrand]], née le [[DATE_NAISSANCE:12/07/1999]] à {{Caen}}, NIR [[NIR:2 99 07 14 118 233 31]]. Adresse [[ADRESSE:Appartement 9, Résidence Le Quartz, 4 rue de Bretagne, 14000 Caen]]. Colocation déclarée avec [[PERSONNE:Éloïse]]. RAS.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur a un badge, une sacoche, une tablette. Pas de logo sur la voiture (« sinon tout le quartier sait »). Il se gare loin, vers le {{Carrefour City}}, et finit à pied. Temps moyen par contrôle : {{1h15}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite : Mr [[PERSONNE:Hubert Lhermitte]], {{71 ans}}, {{ASPA}}. Vit [[ADRESSE:Le Bourg, 50660 Quettreville-sur-Sienne]]. Il nous montre son ancien logement en face, qu'il loue : [[ADRESSE:2 route de Coutances, 50660 Quettreville-sur-Sienne]]. Loyer perçu non déclaré (?). Rapport transmis.",
    ),
    (
        "caf",
        "controle_sur_place",
        "La porte est ouverte par un ado, [[PERSONNE:Enzo]]. Sa mère, Mme [[PERSONNE:Lucas]], arrive {{5 min}} après. Logement :\n[[ADRESSE:11 rue des Capucins\n53100 Mayenne]]\n(c'est écrit comme ça sur la boîte, 2 lignes). Pas d'anomalie. L'ado dit qu'il veut être contrôleur Caf plus tard 😂",
    ),
    (
        "caf",
        "controle_sur_place",
        "Signalement anonyme (😕) : un homme vivrait chez Mme [[PERSONNE:Gilles]], [[ADRESSE:16 allée du Clos Rouge, 35400 Saint-Malo]]. La voiture [[IMMATRICULATION:1-GHT-552]] (plaque belge) est là tous les soirs. Mme : « c'est mon ami belge, il vient le WE ». Mais le loyer part d'un compte belge [[IBAN:BE14 0631 2345 6783]]...",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} : Mr [[PERSONNE:Tessier]] vit [[ADRESSE:4 résidence du Lac, 44240 La Chapelle-sur-Erdre]], chez ses parents. Le contrôleur vérifie qu'il n'est pas en couple. Mail pour le rapport : [[EMAIL:tessier.yann@free.fr]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de journée : le contrôleur relit ses notes dans la voiture. {{60 %}} des contrôles finissent sans changement, {{25 %}} avec rappel, {{15 %}} avec indu. Retour à la Caf {{17h40}}.",
    ),
]

# --- Cpam, accueil physique -------------------------------------------------------------------
NOTES += [
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Nantes}}, {{9h05}}. Mr [[PERSONNE:Benoît Perraud]] a perdu sa carte vitale. NIR lu à voix haute par l'agent : [[NIR:1 72 11 44 109 052 42]]. Né à {{Nantes}} le [[DATE_NAISSANCE:08/11/1972]]. Nouvelle carte commandée, {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur rdv uniquement depuis {{2022}}. Les gens sans rdv sont renvoyés vers la borne ou {{ameli.fr}}. Une dame âgée repart sans rien 😔. L'agent : « on a pas le droit de la prendre ». Compteur : {{12 refus}} ce matin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Dos Santos]], demande de {{C2S}}. Adresse : [[ADRESSE:17 rue Paul Bert, esc. 2, 5e, 93100 Montreuil]], hébergée par sa soeur. Mutuelle actuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:2210458773]] : résiliation à faire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Primo-arrivant, Mr [[PERSONNE:Ahmadi Farid]], demande d'{{AME}}. Domicilié au {{CCAS de Rennes}}. Passeport afghan n° [[IDENTIFIANT:P04417829]]. L'agent photocopie tout, dossier complet 🎉 (rare d'après lui).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lagarde]], {{IJ}} non versées depuis {{5 semaines}}. NIR [[NIR:268045012907864]] (tout collé sur l'attestation). Née le [[DATE_NAISSANCE:21 avril 1968]] à {{Cherbourg}}. L'employeur n'a pas transmis l'attestation de salaire, l'agent appelle les RH devant elle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Les {{3 bornes}} {{ameli}} : mise à jour carte vitale, attestation de droits, relevé d'{{IJ}}. Un agent debout à côté aide. Panneau : « Pensez à {{Mon espace santé}} ». Personne ne lit le panneau.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Saint-Brieuc}} : Mr [[PERSONNE:Erwan Morvan]] change d'adresse, nouveau logement [[ADRESSE:Résidence Ker Anna, appartement B12, 22190 Plérin]], ancienne [[ADRESSE:4 rue du Gouët, 22000 Saint-Brieuc]]. Il change aussi de médecin traitant : Dr [[PERSONNE:Hélary]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman, [[PERSONNE:Yasmina]] (ne donne que son prénom au début), vient rattacher son bébé né le [[DATE_NAISSANCE:15.01.2024]]. L'agent a besoin du NIR de la mère : [[NIR:2 92 08 22 278 056 13]], née à {{Saint-Brieuc}} le [[DATE_NAISSANCE:03/08/1992]], ok cohérent.",
    ),
    (
        "cpam",
        "accueil_physique",
        "L'agent [[PERSONNE:Malik]] : « ici à {{Évry}}, la moitié des gens viennent pour la {{C2S}} ». Rdv suivant : Mme [[PERSONNE:Traoré]], [[ADRESSE:3 allée des Champs-Élysées, bâtiment 5, 91000 Évry-Courcouronnes]] (« pas ceux de {{Paris}} hein » 😄).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Pelletier]] conteste un remboursement : facture dentiste n° [[IDENTIFIANT:FD-2024-1187]], reste à charge {{420 €}}. L'agent explique le {{100 % santé}}. Il va écrire au {{médiateur}}. Mail pour la réponse : [[EMAIL:jp.pelletier72@sfr.fr]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une queue devant le vigile à l'entrée, contrôle des sacs ({{Vigipirate}}). {{7 min}} pour entrer. Dedans c'est calme, {{4 guichets}} dont {{2}} ouverts.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lebreton]], {{76 ans}}, veut le formulaire papier de {{transport sanitaire}}. Elle habite « au bout du monde » : [[ADRESSE:Kermorvan, 29217 Le Conquet]]. Son fils l'attend dans la voiture garée sur la place handicapée, plaque [[IMMATRICULATION:BQ-714-XN]] notée par le vigile 😬.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de {{CEAM}} pour un voyage au {{Portugal}}. Mr [[PERSONNE:Cardoso]] épelle : « [[PERSONNE:C A R D O S O]] ». Date de naissance [[DATE_NAISSANCE:06-06-1987]]. Envoi sous {{2 semaines}} à son adresse [[ADRESSE:2 rue du Calvaire, 44100 Nantes]].",
    ),
]

# --- Cpam, accueil téléphonique ---------------------------------------------------------------
NOTES += [
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateforme de {{Laval}}. Mme [[PERSONNE:Hardy]] dicte son NIR : « [[NIR:deux, cinquante-cinq, zéro deux, quarante-neuf, zéro zéro sept, zéro quatre-vingt-onze, soixante-quinze]] ». L'agent tape en même temps. Née le [[DATE_NAISSANCE:9 février 1955]] à {{Angers}}, ok.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mr [[PERSONNE:Lepage]] veut son attestation de droits par mail : [[EMAIL:lepage.alain(at)wanadoo.fr]]. L'agent : « on l'envoie sur votre compte {{ameli}} ». Il n'a pas de compte. Création guidée au tel, {{18 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Script d'accueil sur l'écran : « Bonjour, {{Assurance Maladie}}, [prénom] à votre écoute ». Elle dit son prénom à chaque appel, jamais son nom. {{52 appels}}/jour en moyenne. Casque sur la tête {{7h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant : l'agent rappelle Mme [[PERSONNE:Gaudin]] au [[TELEPHONE:02 43 56 19 08]] (pas de réponse) puis au [[TELEPHONE:06 64 02 31 87]] -> ok. Elle a déménagé, la fiche indique sur 2 lignes :\n[[ADRESSE:6 place du Marché\n53000 Laval]]\nCarte vitale renvoyée là.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un employeur appelle (!) pour savoir si son salarié Mr [[PERSONNE:Jamet]] est « vraiment malade ». L'agent refuse net. Le patron donne le nom de sa boîte, {{Maçonnerie Guivarc'h}}, et raccroche énervé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel qui commence en breton pour rire, « demat ! » 😄 Mr [[PERSONNE:Le Guen]], accident du travail, dossier AT n° [[IDENTIFIANT:AT29-24-003771]] à la {{CPAM du Finistère}}. Rappel promis sous {{48h}} au « [[TELEPHONE:zéro deux, quatre-vingt-dix-huit, quarante-quatre, douze, soixante]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Céline Brault]] veut ajouter son fils né le [[DATE_NAISSANCE:1er mars 2010]] sur sa carte. L'agent : il est déjà rattaché, à {{16 ans}} il aura sa propre carte. Elle croyait que c'était {{12 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pic à {{11h}} : {{38 appels}} en file. Le superviseur débloque {{2 agents}} du back-office. Message d'attente : « plus de {{10 minutes}} ». Les appels courts = attestations, les longs = {{IJ}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mr [[PERSONNE:Ramos]] a changé de banque et lit son IBAN portugais : [[IBAN:PT39 0033 0000 4531 7382 9405 7]]. L'agent : zone {{SEPA}}, c'est ok, mais il faut le justificatif par courrier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel du service social de l'{{hôpital Delafontaine}} pour Mme [[PERSONNE:Bakayoko]], sans couverture. Ouverture de droits urgente. Elle a un NIR : [[NIR:2011275115406 79]], née le [[DATE_NAISSANCE:22/12/2001]] à {{Paris 15e}}.",
    ),
]

# --- Cpam, contrôle sur place (arrêts de travail) ---------------------------------------------
NOTES += [
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie avec [[PERSONNE:Maryvonne]], agente assermentée. Assuré : [[ADRESSE:24 rue de la Marne, 56100 Lorient]]. Heures de présence {{9h-11h}} / {{14h-16h}}. On sonne à {{10h20}}. Mr [[PERSONNE:Guilloux]] ouvre en pyjama, tout va bien.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Assuré absent. Voisin : « il est parti au {{Leclerc}} ». L'agente note l'heure, {{15h05}}, laisse l'avis. Dossier : Mr [[PERSONNE:Hamel]], NIR [[NIR:1 87 06 14 047 163 40]], [[ADRESSE:7 bis rue Saint-Jean, 14400 Bayeux]]. Il aura {{48h}} pour s'expliquer.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture, l'agente explique que l'arrêt « sorties libres » ne se contrôle pas pareil. {{8 à 10}} visites par jour, secteur {{Vannes}} - {{Auray}}. Le {{GPS}} connait mal les lieux-dits bretons 😅.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Adresse du jour : [[ADRESSE:lieu-dit Le Guernic, 56400 Pluneret]]. Le GPS nous envoie dans un champ. On demande au bar-tabac {{Le Penker}}. « Ah c'est chez [[PERSONNE:Loïc]] » dit le patron. Mr [[PERSONNE:Loïc Evanno]] : présent, arrêt justifié.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle suite signalement employeur : Mme [[PERSONNE:Poulain]] aurait été vue au marché. Chez elle, [[ADRESSE:Bât. A, appt 14, 2 avenue de Cherbourg, 50000 Saint-Lô]], à {{10h10}} : présente. Elle montre ses ordonnances. L'agente : « le marché c'était samedi, hors heures ». RAS.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "À {{Montreuil}}, assuré en arrêt depuis {{6 mois}}. [[ADRESSE:104 rue de Paris, 93100 Montreuil]], interphone cassé. On appelle le [[TELEPHONE:07 66 20 14 93]]. Mr [[PERSONNE:Belkacem]] (NIR [[NIR:1 90 05 2A 004 019 12]], né en {{Corse}}) descend. Entretien dans le hall, {{15 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Assuré : Mr [[PERSONNE:Jouan]], arrêt AT. Dans la cour, un scooter immatriculé [[IMMATRICULATION:GK-380-VA]]. L'agente demande s'il conduit -> « non c'est à mon fils ». Adresse [[ADRESSE:La Métairie Neuve, 35220 Châteaubourg]]. Note au dossier.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{12h15}}, pause sandwich sur le parking du {{Super U}} de {{Lamballe}}. L'agente : « les gens croient qu'on vient les piéger. {{9}} fois sur {{10}} ils sont là et malades, point. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Carré]] nous fait entrer. Sur le frigo : liste de courses, dessins, planning de kiné. NIR sur l'avis d'arrêt : [[NIR:2 77 06 56 260 145 55]], née à {{Vannes}}, où elle habite toujours : [[ADRESSE:3, venelle des Lavandières, 56000 Vannes]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Au {{Havre}} : [[ADRESSE:tour Kennedy, appartement 1107, 76600 Le Havre]]. Mr [[PERSONNE:Lecanu]] absent. Sa femme dit qu'il est chez le kiné, cabinet {{rue de Paris}}. L'agente appelle le cabinet : confirmé. Dossier clos.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mauvaise adresse sur l'arrêt ! Ancienne : [[ADRESSE:12 rue de la Gare, 72300 Sablé-sur-Sarthe]]. L'assuré est chez sa mère, [[ADRESSE:Les Grands Champs, 72300 Solesmes]]. L'agente : tout changement doit être signalé, sinon suspension des {{IJ}}. On y va, {{8 km}}. Mr [[PERSONNE:Fouquet]] est là.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un intérimaire : Mr [[PERSONNE:Ngoma]], [[ADRESSE:9, allée Colette, 95000 Cergy]]. Il veut le mail de l'agente pour les justifs -> elle donne l'adresse générique de la {{Cpam}}. Lui donne le sien : [[EMAIL:ngomachris95@yahoo.fr]].",
    ),
]

# --- Urgences, accueil physique ---------------------------------------------------------------
NOTES += [
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} de {{Rennes}}, IOA. {{2h14}} du matin. Patient [[PERSONNE:Erwan Le Meur]], {{34 ans}}, né le [[DATE_NAISSANCE:19/03/1990]], adresse [[ADRESSE:7 rue de Fougères, 35700 Rennes]]. Plaie à la main. Tri : {{4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{31 personnes}}. Écran : attente estimée {{4h}} pour les cas non urgents. Distributeur {{Selecta}} vide, {{fontaine à eau}} en panne. Un vigile + {{2 policiers}} qui accompagnent un gardé à vue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admission : la secrétaire demande la carte vitale. Mme [[PERSONNE:Chevalier]] ne l'a pas. NIR de mémoire ? Oui : [[NIR:2850335238114 97]]. Naissance : [[DATE_NAISSANCE:14 mars 1985]], à {{Rennes}}. IPP créé : [[IDENTIFIANT:P00917254]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée pompiers : homme trouvé sur la voie publique, {{place Sainte-Anne}}, sans papiers. Nom donné plus tard : « [[PERSONNE:Dédé]] ». IPP provisoire : [[IDENTIFIANT:X-2024-00871]]. L'AS de nuit contacte le {{115}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Nantes}} : maman + bébé fiévreux. Fiche : [[PERSONNE:Noah Guibert]], né le [[DATE_NAISSANCE:2023-11-05]], [[ADRESSE:3 impasse du Lavoir, 44470 Carquefou]]. Tél mère [[TELEPHONE:06.41.77.20.38]]. Attente {{1h30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient âgé venu de l'{{EHPAD Les Tilleuls}}, chambre {{12}}, par les {{Ambulances Rouxel}}. Mr [[PERSONNE:Bellec]], {{92 ans}}, chute. La fiche de liaison indique sa fille, Mme [[PERSONNE:Riou]], [[TELEPHONE:02 96 33 40 81]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tri IOA : échelle {{FRENCH}}, {{5 niveaux}}. {{1}} = urgence vitale, {{5}} = peut attendre. L'infirmière fait {{60}} tris par garde. Pour elle {{30 %}} pourraient aller à la {{maison médicale de garde}} {{rue de Brest}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune arrive seul, bras cassé, chute de scooter. La secrétaire note la plaque pour le constat : [[IMMATRICULATION:GA 517 HN]]. [[PERSONNE:Kylian Bertho]], né le [[DATE_NAISSANCE:2 avril 2003]] à {{Bastia}}, NIR [[NIR:1 03 04 2B 033 012 28]]. Vit chez ses parents [[ADRESSE:La Noë, 44390 Nort-sur-Erdre]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente SDF connue : Mme [[PERSONNE:Lopez]], dite « [[PERSONNE:Pépita]] ». Dans le logiciel -> {{sans domicile fixe}}, domiciliation {{CCAS de Caen}}. L'IOA : « elle vient {{2 fois}} par semaine l'hiver ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Cherbourg}}, {{18h}}. Accident de la route, {{2 blessés}} légers. Le gendarme lit les plaques à voix haute pour le constat : [[IMMATRICULATION:FR-844-BD]] et [[IMMATRICULATION:ed 203 pl]]. Conducteurs : [[PERSONNE:Mathieu Lerouxel]] et Mme [[PERSONNE:Simon]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agente d'accueil retrouve Mr [[PERSONNE:Guezennec]] par son IPP [[IDENTIFIANT:310045872]] (NIR [[NIR:164022901908762]], né à {{Brest}}). Ancienne adresse : [[ADRESSE:41 route de Plougonven, 29600 Morlaix]], nouvelle : [[ADRESSE:Résidence Ty Nevez, apt 6, 29410 Pleyber-Christ]]. Mutuelle {{MGEN}} n° [[IDENTIFIANT:174 558 012]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}} du matin, calme. Le brancardier me montre le {{box 7}}, la {{salle de déchoc}}, le couloir où dorment {{6 brancards}}. « Plein, on attend des lits en {{médecine}}. » Je découvre le « brancard-nuit ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme arrive avec sa fille [[PERSONNE:Zoé]], {{7 ans}}, mordue par leur chien {{Oscar}}. Famille [[PERSONNE:Leroy]], [[ADRESSE:7 rue du Clos, 49300 Cholet]]. On demande le carnet de vaccination du chien, elle l'a pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IOA tape l'adresse en majuscules : [[ADRESSE:BAT C ESC 4 APPT 42 RESIDENCE LES PEUPLIERS 95100 ARGENTEUIL]]. Patient [[PERSONNE:BOUZID Karim]]. Tel : [[TELEPHONE:+33 7 58 21 63 90]]. Douleur thoracique -> tri {{2}}, passe direct.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un touriste allemand, [[PERSONNE:Jonas Weber]], chute à vélo sur la {{voie verte}}. Adresse : [[ADRESSE:Lindenstraße 14, 50674 Köln]]. Sa voiture est restée au parking de la {{gare}}, plaque [[IMMATRICULATION:K-JW 2381]]. Il parle {{anglais}}, l'IOA aussi, ouf.",
    ),
    (
        "urgences",
        "accueil_physique",
        "La secrétaire : « on écrit {{SDF}} ou l'adresse du {{115}} quand on sait pas ». Patient du jour : Mr [[PERSONNE:Vidal]], hébergé au {{CHRS L'Escale}}, chambre {{4}}. Retour là-bas avec un bon de taxi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente [[PERSONNE:Sarah Benhamou]], sortie contre avis médical. Elle laisse son tel [[TELEPHONE:0699873142]] et son insta [[IDENTIFIANT:@sarah.bnh]], « si vous voulez me joindre c'est mieux ». La secrétaire n'enregistre que le tel.",
    ),
]

# --- Urgences, accueil téléphonique -----------------------------------------------------------
NOTES += [
    (
        "urgences",
        "accueil_telephonique",
        "Standard : une mère cherche son fils « amené par les pompiers ». La secrétaire demande nom + ddn : [[PERSONNE:Tom Ruellan]], [[DATE_NAISSANCE:12/05/2006]]. Il est en {{box 3}}. Elle peut venir : {{CHU, 5 rue de l'Hôtel-Dieu}}, entrée {{porte B}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel sonne toutes les {{3 min}}. {{80 %}} des appels : « combien de temps d'attente ? ». Réponse type : « on peut pas savoir madame, appelez le {{15}} si c'est grave ». L'agente soupire après chaque appel 😩.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SAMU}} : arrivée dans {{10 min}}, femme {{45 ans}}, [[PERSONNE:Nadia Kaci]], AVC suspecté, prise en charge à son domicile [[ADRESSE:23 rue de Strasbourg, 72100 Le Mans]]. L'IOA prépare le box. « Alerte thrombolyse ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un EHPAD, {{Les Jardins d'Arcadie}} : ils envoient Mme [[PERSONNE:Poulard]], {{88 ans}}. Numéro de la fille : « [[TELEPHONE:zéro six quatre-vingt-trois cinquante-deux onze zéro sept]] », trop vite, la secrétaire fait répéter.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel sortant : l'agente admin relance une patiente espagnole partie sans payer. Facture n° [[IDENTIFIANT:FU-2024-062318]]. Mme [[PERSONNE:María García López]], mail [[EMAIL:mgarcialopez@hotmail.es]]. Messagerie en espagnol, elle raccroche.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appels de la {{police}} pour savoir si un gardé à vue est compatible avec la garde à vue. Le médecin rappelle. Je savais pas que les urgences faisaient ça. {{3 réquisitions}} cette nuit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme demande si sa femme est arrivée. La secrétaire vérifie l'identité : « son adresse ? » -> « [[ADRESSE:douze bis rue des Chênes]], à {{Bruz}} ». Mme [[PERSONNE:Hervé]], oui elle est là, en radio.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{ARS}} : tension sur les lits. Dispositif {{hôpital en tension}} déclenché à {{16h}}. Le cadre, [[PERSONNE:Olivier]], gère les transferts vers {{Saint-Malo}} et {{Fougères}}.",
    ),
]

# --- CHRS, accueil physique -------------------------------------------------------------------
NOTES += [
    (
        "chrs",
        "accueil_physique",
        "{{CHRS L'Escale}} à {{Saint-Brieuc}}, accueil de jour. Mr [[PERSONNE:Franck]] (« appelez-moi [[PERSONNE:Frankie]] ») vient pour une douche et laver ses affaires. Il dort dans sa Clio, vieille plaque [[IMMATRICULATION:8734 TR 22]], garée derrière la {{gare}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission : Mme [[PERSONNE:Bakari]] et ses {{2 enfants}}. Réf {{SIAO}} [[IDENTIFIANT:SIAO35-24-004512]]. Dernière adresse : [[ADRESSE:29 bd Villebois-Mareuil, 35000 Rennes]] (expulsée). Titre de séjour n° [[IDENTIFIANT:3502198741]]. Orientation : logement diffus à {{Villejean}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : retour avant {{22h30}}, pas d'alcool, visites {{14h-18h}} en salle commune. {{34 places}} dont {{12}} en diffus. Le veilleur de nuit arrive à {{21h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mr [[PERSONNE:Olek Nowak]] vit au CHRS depuis {{4 mois}}, {{chambre 17}}. Il a trouvé un CDD chez {{Lactalis}} à {{Laval}}. Sa paie arrivera sur son ancien compte allemand [[IBAN:DE22 3704 0044 0581 6492 03]], l'éduc l'aide à ouvrir un compte ici.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une femme demande à voir [[PERSONNE:Stéphanie]], l'éducatrice. Partie du CHRS il y a {{1 an}}, elle est en HLM [[ADRESSE:8 allée de Bretagne, bât D, 72000 Le Mans]] chez {{Sarthe Habitat}}. Elle vient juste dire merci 🥹 avec un gâteau.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Dossier {{RSA}} d'un résident : Mr [[PERSONNE:Youssouf Cissé]], id France Travail [[ID_FRANCE_TRAVAIL:6204817B]], n° alloc [[N_ALLOCATAIRE:9046213]]. L'éduc [[PERSONNE:Thibault]] fait la démarche en ligne avec lui, mot de passe perdu -> {{3 tentatives}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission : Mme [[PERSONNE:Hamida]], née le [[DATE_NAISSANCE:1er janvier 1980]] (« tout le monde est né le {{1er janvier}} chez nous » dit-elle en riant). Arrivée de {{Mayotte}}. Hébergée avant chez une tante, [[ADRESSE:12 cité Pierre Sémard, 76300 Sotteville-lès-Rouen]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune : TV, baby-foot, {{machine à café}} à {{0,20 €}}. Tableau : « atelier CV {{jeudi 10h}} », « sortie plage à {{Saint-Quay}} ». Les résidents cuisinent ensemble le {{dimanche}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Sofiane]], veut changer de chambre ({{chambre 9}} -> {{chambre 3}}) car son voisin ronfle 😂. L'éduc refuse, pas de place. Il menace d'aller dormir « sous le pont de {{Pirmil}} ». Ça se calme.",
    ),
    (
        "chrs",
        "accueil_physique",
        "La mère de Mr [[PERSONNE:Dubois]] vient déposer des affaires. Elle donne son adresse pour qu'on la contacte : [[ADRESSE:5 rue du Bocage, 49300 Cholet]], [[TELEPHONE:02 41 58 73 26]]. L'éduc note sur un post-it, le range dans le dossier. RGPD ? 😬",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de sortie : Mr [[PERSONNE:Lebon]] part en {{logement passerelle}}, [[ADRESSE:résidence Les Capucines, studio 4, 27200 Vernon]]. Bailleur {{Siloge}}, bail glissant sur {{18 mois}}. Il a enfin un RIB : [[IBAN:FR76 1380 7000 6332 0214 5891 747]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Kaboré]] cherche son fils majeur, [[PERSONNE:Issa]], passé au CHRS il y a {{2 ans}}. L'éduc ne peut rien dire (confidentialité). Elle laisse son mail [[EMAIL:kabore.awa@outlook.fr]] « au cas où ».",
    ),
]

# --- CHRS / 115, accueil téléphonique ---------------------------------------------------------
NOTES += [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} d'{{Ille-et-Vilaine}}, {{21h}}. Un homme, [[PERSONNE:Mickaël]], {{41 ans}}, dort dehors depuis {{3 nuits}} devant la {{poste}} {{rue d'Antrain}}. L'écoutante : « je n'ai pas de place ce soir ». Elle lui donne l'horaire du bus {{C3}}, arrêt {{Gares}}, vers l'{{accueil de nuit}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel {{115}} : femme avec bébé, [[PERSONNE:Jennifer]], mise dehors par son compagnon, [[ADRESSE:17 rue de la Chalotais, 35000 Rennes]]. Mise à l'abri : {{hôtel Kyriad, chambre 108}}. L'écoutante demande la date de naissance du bébé : [[DATE_NAISSANCE:13/02/2024]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Compteur {{115}} ce soir : {{112 appels}} décrochés, {{68}} demandes d'hébergement, {{9}} places attribuées. L'écoutante : « on trie entre les vulnérables et les très vulnérables ». Je sais plus quoi écrire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mr [[PERSONNE:Dimitri Sokolov]] dort dans sa voiture, [[IMMATRICULATION:GE 412 SM]], sur le parking du {{Leclerc}} de {{Vitré}}. L'écoutante enregistre la demande {{SIAO}} : réf [[IDENTIFIANT:35-SI-2024-11087]]. Rappel demain {{9h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Signalement d'un passant : personne couchée {{place de la Gare}} à {{Caen}}. Maraude envoyée. Le passant laisse son num : [[TELEPHONE:06 27 84 15 03]]. La personne à la rue, « il dit qu'il s'appelle [[PERSONNE:Jo]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rakotoarisoa]] (épelé : [[PERSONNE:R.A.K.O.T.O.A.R.I.S.O.A]]), hébergée au {{foyer Adoma, chambre 23}} à {{Nantes}}, demande si elle peut prolonger. Réponse : voir son référent {{SIAO}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Paris}} ({{Samusocial}}) : un père, [[PERSONNE:Abdoulaye Konaté]], {{4 enfants}}. À l'hôtel à {{Créteil}} ({{hôtel Le Bristol, chambre 5}}), « on est {{6}} dans {{12 m²}} ». N° demande {{SIAO}} [[IDENTIFIANT:75-SIAO-0918244]]. Tel : [[TELEPHONE:07 53 40 19 82]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante [[PERSONNE:Manon]] me montre le tableau des places : {{CHRS Brocéliande}} {{0}}, {{CHU Saint-Benoît}} {{1}}, {{halte de nuit}} {{3}}. Elle attribue la dernière à une femme seule, {{22h48}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel raccroché après {{40 min}} d'attente 😞. L'écoutante : « il rappellera ». Il rappelle pas. Elle coche « appel perdu » dans {{SI-SIAO}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un ancien résident, Mr [[PERSONNE:Bertrand]], maintenant logé [[ADRESSE:La Fontaine aux Loups, 61100 Saint-Georges-des-Groseillers]]. Il veut juste « donner des nouvelles » et demande [[PERSONNE:Hélène]], la cheffe de service. Elle est en congé.",
    ),
]

# --- CHRS, visites de chambre et de logement diffus -------------------------------------------
NOTES += [
    (
        "chrs",
        "controle_sur_place",
        "RDV à {{14h}} avec l'éduc [[PERSONNE:Camille]] devant la {{poste}} {{rue de Brest}}, puis visite du logement diffus : [[ADRESSE:2e étage, porte gauche, 14 rue de Dinan, 35000 Rennes]]. Occupant : Mr [[PERSONNE:Traoré Moussa]]. Vérif : propreté, détecteur de fumée, compteur. Frigo rempli ✔️. Il dit qu'il va bientôt avoir son {{CAP}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de chambre au CHRS : {{chambre 12}}, Mme [[PERSONNE:Lefort]]. L'éduc vérifie l'absence d'alcool. Elle trouve une bouteille de {{Ricard}} 😬 -> discussion, pas de sanction. Règlement relu ensemble.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Diffus : [[ADRESSE:appt 31, résidence Le Gast, 5 rue Émile Bernard, 14000 Caen]]. Colocation de {{3 hommes}}. L'un d'eux, [[PERSONNE:Sami]], a mis son vélo dans le salon. Pb de chauffage, ticket au bailleur {{Caen la mer Habitat}} n° [[IDENTIFIANT:CMH-INT-558210]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "L'asso loue {{18 logements}} en diffus, chez {{Nantes Métropole Habitat}} ou des proprios privés via {{Solibail}}. L'éduc fait {{1 visite}} par logement et par mois. « On vient pas fliquer, on vient voir si ça va. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite diffus : [[ADRESSE:Cité des Provinces, bât. Anjou, esc. B, 3e étage, 49100 Angers]]. Mme [[PERSONNE:Mbemba]] et ses {{3 enfants}}. La grande, [[PERSONNE:Grâce]], fait ses devoirs sur la table de la cuisine. Bailleur {{Angers Loire Habitat}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "L'ancienne et la nouvelle adresse du diffus : l'asso a rendu [[ADRESSE:22 rue Lamartine, 44600 Saint-Nazaire]] et pris [[ADRESSE:6 bis avenue de la République, apt 2, 44600 Saint-Nazaire]]. Déménagement de Mr [[PERSONNE:Rolland]] fait par les bénévoles avec le camion de l'asso, [[IMMATRICULATION:CL-930-RT]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Chambre 6}} : Mr [[PERSONNE:Aziz]] refuse l'entrée. L'éduc parle à travers la porte {{10 min}}. Il finit par ouvrir. Chambre impeccable. Il dit juste « j'aime pas qu'on rentre chez moi ». Ça m'a marqué.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite diffus à {{Évreux}}, quartier {{La Madeleine}} : [[ADRESSE:tour 12, appt 84, 7 rue Jean Bart, 27000 Évreux]]. Mme [[PERSONNE:Vautier]] a repeint la cuisine en jaune. L'éduc prend une photo pour l'asso (avec son accord).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Check-list de visite sur la tablette : serrure, fenêtres, VMC, {{extincteur}}, ménage, courrier, {{assurance habitation}}. {{12 items}}, signature à la fin. L'éduc la remplit en {{5 min}} dans la cage d'escalier.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite [[ADRESSE:10, Résidence du Moulin, 35600 Redon]] : Mme [[PERSONNE:Thébault]] montre son courrier d'attribution HLM, bail à son nom ! Sortie du CHRS le {{1er juillet}}, nouvelle adresse [[ADRESSE:3 rue de l'Église, 35600 Bains-sur-Oust]]. On applaudit 👏.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Ronde de nuit avec le veilleur, {{chambres 1 à 14}}, {{1h}} du matin. Tout le monde dort sauf Mr [[PERSONNE:Legrand]] qui fume à la fenêtre. Le veilleur : « tu sais que c'est interdit [[PERSONNE:Didier]] ». Il éteint.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Diffus : visite chez Mr [[PERSONNE:Nguyen Van Long]], [[ADRESSE:Bâtiment Les Tamaris, apt 14, 93800 Épinay-sur-Seine]]. Il a une chatte, {{Mimi}}, interdite par le bail. L'éduc ferme les yeux 🐈. Compteur d'eau : {{348 m3}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Diffus à {{Alençon}}, quartier {{Perseigne}} :\n[[ADRESSE:3 allée des Lilas\nbâtiment C\n61000 Alençon]]\n(copié du bail, 3 lignes). Mr [[PERSONNE:Fofana]] pas là, l'éduc glisse un mot sous la porte avec le [[TELEPHONE:06 08 52 79 41]].",
    ),
]

# --- France Travail, accueil physique ---------------------------------------------------------
NOTES += [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Rennes Sud}}, {{14 rue des Métiers}}, {{8h30}}. Mr [[PERSONNE:Nicolas Rouault]], id [[ID_FRANCE_TRAVAIL:3108274G]], vient pour une radiation. Convocation jamais reçue : mauvaise adresse, [[ADRESSE:15 rue de Vern, 35200 Rennes]] au lieu de [[ADRESSE:15 rue de Vern, 35770 Vern-sur-Seiche]] 🙃.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Zone libre accès : {{6 ordis}}, {{1 imprimante}}, un conseiller debout. Une dame imprime {{12 CV}}. Affiche : offre n° {{176KJWR}} « agent d'entretien H/F, {{CDI}}, {{24h}}/semaine, {{Cesson}} ». Pas de file à {{10h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription : Mme [[PERSONNE:Leclerc]], {{52 ans}}, licenciée de l'abattoir. Elle habite [[ADRESSE:Kerlosquet, 29410 Saint-Thégonnec Loc-Eguiner]]. Pas de voiture. La conseillère : « les offres sont à {{Morlaix}}, c'est {{15 km}} ». Id attribué : [[ID_FRANCE_TRAVAIL:0917362 J]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{CEJ}} : [[PERSONNE:Dylan]], {{19 ans}}, conseiller M. [[PERSONNE:Ollivier]]. [[PERSONNE:Dylan]] vit chez sa grand-mère [[ADRESSE:4 impasse des Roitelets, 44300 Nantes]]. Allocation {{520 €}}/mois si assidu. Son mail : [[EMAIL:dylan.bzh44@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité : Mr [[PERSONNE:Gaillard]] doit réparer sa voiture ([[IMMATRICULATION:DX-671-EB]]) pour un job à {{Chantepie}}. Devis du {{Garage Leblond & Fils}}, {{620 €}}, signé par le patron, M. [[PERSONNE:Leblond]]. Prise en charge partielle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame en colère : « vous m'avez radiée alors que j'étais à l'hôpital ! ». La conseillère ([[PERSONNE:Aurélie]]) se lève, l'emmène dans un bureau. Id : [[ID_FRANCE_TRAVAIL:4521803 L]]. Bulletin d'hospitalisation du {{CHU de Caen}}. Radiation annulée sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « {{Réussir son entretien}} » : {{9 inscrits}}, {{5 présents}}. Exercice : se présenter en {{1 minute}}. Un participant cite {{Zinedine Zidane}} comme modèle 😄. Fin {{11h30}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dossier ARE : Mr [[PERSONNE:Pham]] a changé d'IBAN -> [[IBAN:FR76 1027 8360 1900 0204 1750 354]]. La conseillère veut le RIB : il montre une capture d'écran de l'appli {{Crédit Mutuel}}. Accepté 👍. Id [[ID_FRANCE_TRAVAIL:7730451R]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme qui veut s'inscrire mais vit dans un squat. La conseillère : d'abord la domiciliation au {{CCAS}} ({{CCAS, 2 rue de la Mairie, 93200 Saint-Denis}}). Elle s'appelle [[PERSONNE:Melissa]], {{23 ans}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "CV de Mme [[PERSONNE:Gosselin Nathalie]]. En haut : [[ADRESSE:5 rue des Charmilles, Bâtiment B, 76800 Saint-Étienne-du-Rouvray]] - [[TELEPHONE:06 84 17 25 30]] - [[EMAIL:nathalie.gosselin76@gmail.com]]. La conseillère conseille d'enlever la date de naissance ([[DATE_NAISSANCE:03/04/1971]]), « ça sert à rien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Modèle de CV affiché en salle : « [[PERSONNE:Jean Dupont]], [[ADRESSE:1 rue de l'Exemple, 75000 Paris]], [[TELEPHONE:06 00 00 00 00]] ». La conseillère : « des gens recopient le modèle tel quel, si si ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mr [[PERSONNE:Le Corre]] vient avec sa vieille carte {{Pôle emploi}}, identifiant écrit au dos au stylo : [[ID_FRANCE_TRAVAIL:2 894 517 K]]. Conseillère : « c'est {{France Travail}} depuis le {{1er janvier 2024}} ». Il dit qu'il s'y fera jamais.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accompagnement global avec le {{Département}} : Mme [[PERSONNE:Sidibé]], {{RSA}}, n° alloc [[N_ALLOCATAIRE:1570394]], id FT [[ID_FRANCE_TRAVAIL:6392041P]]. Frein : garde d'enfant. Place possible à la crèche {{Les P'tits Loups}}, quartier {{Bellevue}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente : {{4 chaises}}, {{11 personnes}}. Écran : « Inscrivez-vous sur {{francetravail.fr}} ». Un monsieur âgé demande « c'est toujours le chômage ici ? » -> oui 😄.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère entreprise : elle appelle un employeur pour Mr [[PERSONNE:Diakité]] : {{SAS Bois & Compagnie}}, SIRET {{482 615 093 00027}}. Poste : {{cariste}}. Le patron, Mr [[PERSONNE:Hamelin]], le reçoit {{demain 8h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Justificatif de domicile : Mr [[PERSONNE:Abdi]] (id [[ID_FRANCE_TRAVAIL:1047285 N]]) est hébergé. Attestation : « Je soussigné [[PERSONNE:Karim Haddad]] certifie héberger à mon domicile [[ADRESSE:3 rue Jules Verne, 44800 Saint-Herblain]]... ». Copie de la CNI de l'hébergeur n° [[IDENTIFIANT:110544300812]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Jacquet]] : formation aide-soignante à l'{{IFSI}} de {{Laval}}, financement {{AIF}}, dossier formation n° [[IDENTIFIANT:AIF-53-2024-00781]]. Départ en {{septembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Sarcelles}} : vigile + {{2 conseillers}} au pré-accueil. Un homme, [[PERSONNE:Rachid]], veut « juste imprimer une attestation » avec son NIR [[NIR:1 95 01 93 066 311 15]] dessus. Fait en {{3 min}}. Il repart : « c'était rapide pour une fois ».",
    ),
]

# --- France Travail, accueil téléphonique -----------------------------------------------------
NOTES += [
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : Mme [[PERSONNE:Brochard]] donne son identifiant chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:5 6 1 2 0 3 9 H]] », « H comme {{Hélène}} ». Actualisation débloquée en {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère rappelle Mr [[PERSONNE:Marteau]] pour une offre. Il décroche au {{Super U}} de {{Loudéac}}, on entend les bips des caisses. Offre {{179MQPL}}. Il dit oui. Tel : [[TELEPHONE:06 71 38 04 92]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme : {{6 conseillers}}, {{230 appels}}/jour. Motifs : actualisation ({{40 %}}), paiement ({{30 %}}), rdv. Le {{28}} du mois c'est l'enfer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mr [[PERSONNE:Colin]] a déménagé, il dicte : « [[ADRESSE:Appartement 12 - Résidence Les Mimosas - 8 rue Claude Debussy - 72000 Le Mans]] ». Ancienne : [[ADRESSE:31 rue Nationale, 72000 Le Mans]]. La conseillère met à jour, demande son id : [[ID_FRANCE_TRAVAIL:7026185C]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ledoux]], mot de passe bloqué. Email du compte : [[EMAIL:ledoux.christelle@laposte.net]]. La conseillère envoie un lien. « Ça marche pas » -> dans les spams. Trouvé. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel en visio avec un jeune sourd, [[PERSONNE:Maxime]], via un interprète LSF ({{Elioz}}). Inscription complète en {{35 min}}. Son adresse : [[ADRESSE:2 ter rue de la Croix Blanche, 14100 Lisieux]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère me fait écouter un appel enregistré (formation) : un homme hurle pendant {{4 min}}. Elle : « faut laisser sortir, après ça va ». Le {{3949}} est gratuit depuis {{2019}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une agence d'intérim, {{Adecco}} {{Saint-Nazaire}}, cherche à joindre Mr [[PERSONNE:Oliveira]] : la conseillère ne donne pas le numéro, elle propose de transmettre. Ref candidat chez {{Adecco}} : [[IDENTIFIANT:ADC-5571082]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mr [[PERSONNE:Henry]] n'a pas reçu son ARE. IBAN enregistré [[IBAN:FR76 3007 6029 1116 3847 5200 109]] : il a fermé ce compte ! Nouveau RIB à déposer dans l'espace perso. Retard de {{10 jours}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Jeune femme, [[PERSONNE:Océane Rio]], veut savoir si elle peut cumuler {{ARE}} et mission d'{{intérim}}. Oui. Identifiant : [[ID_FRANCE_TRAVAIL:4183920 F]]. Elle habite [[ADRESSE:Lotissement Les Genêts, 12 allée des Ajoncs, 56270 Ploemeur]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Convocation par tel : [[TELEPHONE:02.40.71.86.53]], un fixe. La mère de Mr [[PERSONNE:Baudry]] répond : « il est parti à {{Nantes}}, je lui dis ». La conseillère ne dit pas pourquoi elle appelle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Après-midi : {{17 appels}}, {{2 plaintes}}, {{1 merci}}. La conseillère note tout sur un cahier à spirale « au cas où le logiciel plante ». Il a planté à {{15h20}} 😂.",
    ),
]


def parse(marked):
    """Strip the inline marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip() or not value:
            raise ValueError(f"mark with surrounding blanks: {value!r}")
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad site kind or channel in note {number}")
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{ID_PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """120 / 120 split stratified by (site_kind, channel), seeded with 33.

    Each stratum (in sorted order) is shuffled and halved; the odd note left over in a stratum
    goes to a pool that is shuffled once more and halved.
    """
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
