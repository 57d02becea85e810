"""Independent evaluation corpus n° 108: 240 hand-written observation notes (Hauts-de-France).

Each note is a ``(site_kind, channel, text)`` tuple written by hand with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string that must be kept. The parser
below strips the marks and computes the offsets; ids follow the writing order; the split is
drawn from the ids and the cells only. Standard library only, deterministic.

Usage: python holdout_author.py [--stats]   (writes dev.jsonl and holdout.jsonl next to it)
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind108"
SEED = 108

# Batch 1: notes 001-030.
BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h02}}, hall de la {{Caf}} de {{Roubaix}}, borne à tickets en panne (encore). L'agente d'accueil, [[PERSONNE:Nadège]], distribue des tickets papier à la main : {{A012}}, {{A013}}... Premier monsieur, M. [[PERSONNE:Ouedraogo]], courrier à la main qui parle de l'{{article L. 262-2}} du {{CASF}} et d'un indu de {{1 284,50 €}}. [[PERSONNE:Nadège]] : « c'est du {{RSA}} trop versé sur {{3 mois}}, on va voir si on peut étaler ». Il demande s'il doit appeler le {{3230}}, elle dit non, on fait ici.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{10h40}}. Demandeuse d'emploi, [[PERSONNE:Sandrine Lefebvre]], radiée depuis hier, panique. Elle donne son identifiant : [[ID_FRANCE_TRAVAIL:3917462K]]. Le conseiller ([[PERSONNE:Yannick]]) voit qu'elle a pas répondu à une convoc du {{12 mars}}. Elle dit qu'elle l'a jamais reçue, elle a déménagé en janvier. Il note la nouvelle adresse : [[ADRESSE:27 rue du Moulin, 62300 Lens]]. Il lui dit de faire un recours et envoie le lien à [[EMAIL:sandrine.lefeb62@gmail.com]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Lille-Douai}}, agence de {{Moulins}}. Mme [[PERSONNE:Da Silva]], {{73 ans}}, née au {{Portugal}}, apporte une feuille de soins papier ({{cerfa 12541*02}}) mal remplie. L'agent, [[PERSONNE:Karim]], relit son numéro de sécu à voix haute pour vérifier : « [[NIR:2 51 09 99 139 054 57]] ». C'est bon. La feuille vient du Dr [[PERSONNE:Vanhoutte]], tampon illisible. Elle est passée à la {{pharmacie Pasteur}} avant, ils l'ont envoyée ici.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente urgences {{Roger Salengro}}, {{14h30}}. {{23}} personnes assises, {{4}} debout. Un écran affiche « temps d'attente estimé : {{4h}} ». Personne ne le regarde. Un enfant pleure depuis {{20 min}}. L'IAO appelle par numéro, pas par nom, c'est voulu paraît-il.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écoute au {{115}} du {{Nord}}. Un homme appelle depuis le portable d'un passant, il dit s'appeler [[PERSONNE:Jean-Claude]], pas de nom. Il est devant la gare {{Lille Flandres}}, côté {{rue Faidherbe}}. L'écoutante, [[PERSONNE:Maëlle]], cherche : {{CHRS}} complets, {{halte de nuit}} de l'{{Abej}} peut-être. Elle lui dit de rappeler à {{21h}}. Lui : « c'est quoi votre numéro direct ? » — « y en a pas monsieur, c'est le {{115}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Amiens}}, permanence aide alimentaire. Mme [[PERSONNE:Lenglet]] demande un bon pour l'épicerie sociale ; elle montre un ticket {{Leclerc}} de {{38,20 €}} et une facture {{Boulanger}} (frigo à crédit, {{24 x 29,90 €}}). L'agente, Mme [[PERSONNE:Ferreira]], lui dit que le {{boulanger}} du coin donne aussi son pain invendu le soir, {{rue Jules Barni}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Valenciennes}} avec le contrôleur, [[PERSONNE:Thierry Vandamme]]. Dossier [[N_ALLOCATAIRE:4418203]]. Allocataire : [[PERSONNE:Aïcha Meziane]], déclarée isolée avec {{2 enfants}}. Dans la cour une {{Peugeot 308}} grise, plaque [[IMMATRICULATION:FK-318-RZ]], [[PERSONNE:Thierry]] la note pour vérifier. Elle dit que c'est la voiture de son frère [[PERSONNE:Samir]]. Adresse vérifiée : [[ADRESSE:8 résidence des Tilleuls, 59300 Valenciennes]]. Boîte aux lettres : un seul nom. RAS au final. Il est plutôt humain dans sa façon de faire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lille Wazemmes}}. M. [[PERSONNE:Nguyen]] vient avec son CV, en haut : « {{Cariste CACES 3}} ». La conseillère [[PERSONNE:Agnès]] cherche l'offre n° {{178QLMN}} (entrepôt {{Leroy Merlin}} à {{Lesquin}}) puis lui montre que le {{Kiabi}} de {{Hem}} recrute aussi en logistique. Elle lui fait répéter son identifiant : [[ID_FRANCE_TRAVAIL:0482615 P]]. Il le connaît par cœur, fier.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Appel 1 : arrêt maladie pas payé depuis {{5 semaines}}. Appel 2 : carte Vitale perdue. Appel 3 : « je voudrais parler à quelqu'un de vrai ». Les 3 en {{12 minutes}}. Temps moyen visé : {{4 min 30}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CH de Lens}} (le {{centre hospitalier Dr Schaffner}}). Une femme appelle pour savoir si son mari est arrivé : [[PERSONNE:Bruno Lecomte]], né le [[DATE_NAISSANCE:14/02/1961]]. L'infirmière d'accueil, [[PERSONNE:Soraya]], vérifie : oui, {{box 7}}, arrivé par le {{SMUR}} à {{3h10}}. Elle donne le numéro du service, {{03 21 69 12 00}}, et demande un numéro pour la rappeler : [[TELEPHONE:06 41 27 88 03]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Mélanie]] (travailleuse sociale, {{CCAS}} de {{Calais}}) chez M. [[PERSONNE:Dubuisson]], {{82 ans}}, quartier du {{Beau-Marais}}. 4e étage sans ascenseur. Frigo presque vide. Il nous montre sa facture {{EDF}}, réf. client [[IDENTIFIANT:6003 418 227]], {{312 €}} de régul. Sur le buffet, la photo de sa femme [[PERSONNE:Simone]], décédée en {{2019}}. [[PERSONNE:Mélanie]] remplit la demande de portage de repas sur sa tablette.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} du {{Pas-de-Calais}}. Un homme appelle pour sa mère et lit le courrier : « {{article L. 553-2}} du {{code de la sécurité sociale}}, retenue sur prestation de {{64,12 €}} par mois ». L'agente, [[PERSONNE:Christelle Wiart]], demande le numéro allocataire : [[N_ALLOCATAIRE:2730618]]. La mère : [[PERSONNE:Josiane Carpentier]]. Lui donne son prénom, [[PERSONNE:Fabrice]]. [[PERSONNE:Christelle]] explique qu'elle peut pas tout lui dire sans l'accord de sa mère ({{RGPD}}).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du CHRS. Café, douches, machine à laver. Trois hommes jouent aux cartes. Panneau : « douches {{8h-11h}}, lessive le {{mardi}} ». L'éduc me dit qu'ils ont {{42 places}} et {{60}} demandes en attente.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel au {{3949}}. Jeune homme, [[PERSONNE:Kylian Boulanger]] (« [[PERSONNE:Kylian]] comme {{Mbappé}} », il le dit lui-même en rigolant). Il a fait son alternance chez {{Boulanger}} à {{Villeneuve-d'Ascq}}, « aucun rapport avec mon nom ». La conseillère, [[PERSONNE:Hélène]], lui demande son identifiant, il l'a pas, elle retrouve le dossier avec sa date de naissance : [[DATE_NAISSANCE:3 juin 2004]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Jeanne de Flandre}}. Une maman avec un bébé, [[PERSONNE:Inès]], fièvre {{39,8}}. L'IAO demande la date de naissance : « [[DATE_NAISSANCE:2/11/24]] ». Le bracelet sort de l'imprimante avec le numéro patient, IPP [[IDENTIFIANT:80045127]]. Délai annoncé {{1h30}}, la maman soupire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent assermenté, [[PERSONNE:Patrick Deprez]]. Assuré : M. [[PERSONNE:Mehmet Yilmaz]], arrêt prescrit par le Dr [[PERSONNE:Hennebelle]], sorties autorisées {{9h-11h}} et {{16h-18h}}. On sonne à {{10h15}} : personne. [[PERSONNE:Patrick]] note l'absence mais c'est dans les heures de sortie, donc rien. Sur la porte : « [[PERSONNE:YILMAZ]] - [[PERSONNE:KAYA]] ». Adresse du contrôle : [[ADRESSE:112 rue de Lannoy, Roubaix]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Lille}} : horaires {{8h30-12h}} / {{13h30-17h}}, fermé le {{jeudi}} matin. Une dame demande si la {{Maison Folie}} de {{Wazemmes}} fait une distribution de colis pour {{Noël}}. L'agent dit non, c'est le {{Secours populaire}}, {{rue Pierre Legrand}}, à {{Fives}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Guichet 3}}. Jeune couple, elle c'est [[PERSONNE:Océane]], lui [[PERSONNE:Dylan]]. Ils veulent changer de RIB pour les {{APL}}. Elle dicte depuis son appli : [[IBAN:FR76 1670 6050 0254 3812 0721 661]]. L'agent ([[PERSONNE:Rachid]]) vérifie que le compte est bien aux deux noms. Ça prend {{4 minutes}}, ils étaient venus pour ça depuis {{Tourcoing}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement en diffus du CHRS de {{La Vie Active}}, à {{Arras}}, avec l'éducatrice [[PERSONNE:Justine]]. Famille [[PERSONNE:Rexhepi]] ({{Kosovo}}). Le père, [[PERSONNE:Agron]], montre son récépissé : AGDREF [[IDENTIFIANT:6201459873]]. Les enfants sont à l'école {{Jules Ferry}} et au collège {{Jean Moulin}}. La plus petite a dessiné une {{rose}} scotchée sur le frigo.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « {{Valoriser son image pro}} », {{8}} inscrits, {{5}} présents. Exercice : se présenter en {{30 secondes}}. Un monsieur de {{58 ans}} dit juste « j'ai fait {{30 ans}} chez {{Arc}} » (la verrerie d'{{Arques}}) et se rassoit. Silence. Personne n'ose passer après lui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agence {{CPAM}} de {{Boulogne-sur-Mer}}, borne {{Ameli}} en libre-service. Jeune homme, [[PERSONNE:Thibault Caron]], veut son attestation de droits, il tape son numéro et se trompe. L'agente, [[PERSONNE:Véronique]], le relit : « [[NIR:1 99 07 62 160 213 67]], vous êtes bien né à {{Boulogne}} ? » Oui. Il bosse à {{Nausicaá}}, il doit voir un ORL à l'{{hôpital Duchenne}} jeudi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU Amiens-Picardie}}, urgences adultes. Homme de {{45 ans}}, chute d'échafaudage sur un chantier près de la {{tour Perret}}. Son collègue, [[PERSONNE:Mamadou]], donne l'identité : [[PERSONNE:Sébastien Dumont]], né à {{Abbeville}} en [[DATE_NAISSANCE:1980]]. Il bosse pour {{Dumont Bâtiment}}, la boîte de son oncle. L'IAO le classe en tri 2.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel sortant, rappel programmé. L'agente ([[PERSONNE:Sabrina]]) compose le numéro laissé et le lit tout haut en tapant : « [[TELEPHONE:zéro sept, quatre-vingt-un, douze, quarante-quatre, zéro neuf]] ». Messagerie. Elle laisse un message pour Mme [[PERSONNE:Haddad]] sans dire « {{Caf}} », par discrétion.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{22h}}, veille {{115}} de la {{Somme}}. {{47}} appels depuis {{18h}}, {{9}} mises à l'abri. Une écoutante a un casque cassé, elle tient l'écouteur à la main. Plan grand froid déclenché ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Lens}}. M. [[PERSONNE:Kowalski]] vient chercher son courrier. L'agente, [[PERSONNE:Laetitia]], cherche dans le casier {{K}} : rien aujourd'hui. Il me raconte que son grand-père était mineur à la {{fosse 11}}, arrivé de {{Pologne}} en {{1923}}. Son adresse de domiciliation, c'est le CCAS, {{place Jean Jaurès}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, ligne pro. Un pharmacien de {{Liévin}} ({{Pharmacie Centrale}}) appelle : carte Vitale d'un patient refusée. Il dicte le NIR : [[NIR:1 58 03 99 352 087 35]], M. [[PERSONNE:Boukhris]]. L'agent, [[PERSONNE:Grégory]], voit que les droits {{C2S}} sont fermés depuis le {{31/12}} faute de renouvellement. « Dites-lui de passer à l'agence de {{Lens}}. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{France Travail}} de {{Maubeuge}}. Mme [[PERSONNE:Rose Lemaire]] demande si le salon {{Jean Louis David}} du centre {{Auchan}} a déposé une offre. La conseillère, [[PERSONNE:Aurore]], trouve plutôt l'offre n° {{179BKTW}} chez {{Franck Provost}}. Mme [[PERSONNE:Lemaire]] rit : « [[PERSONNE:Franck]], c'était le prénom de mon ex ».",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente : {{11}} personnes à {{13h25}}, ouverture à {{13h30}}. Le vigile : « ticket ou rendez-vous ? ». Affiche : « faites vos démarches sur {{caf.fr}} ». Je compte trois poussettes.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Dunkerque}}. Un monsieur appelle pour demander si c'est le {{15}} ou le {{112}} qu'il faut faire pour une douleur dans la poitrine. L'agent : « raccrochez et faites le {{15}} tout de suite ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un demandeur, M. [[PERSONNE:Traoré]] ([[PERSONNE:Bakary]]). Il épelle son mail : « [[EMAIL:bakary.traore80 arobase hotmail point fr]] », puis son nom : « [[PERSONNE:T-R-A-O-R-É]], avec l'accent ». Le conseiller, [[PERSONNE:Julien]], confirme l'identifiant [[ID_FRANCE_TRAVAIL:5206183T]] et lui cale un rdv à l'agence d'{{Amiens Nord}} le {{14}} à {{9h}}.",
    ),
]

# Batch 2: notes 031-060.
BATCH_2 = [
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Quentin}} avec [[PERSONNE:Grégoire]], contrôleur de la {{Caf}} de l'{{Aisne}}. Dossier [[N_ALLOCATAIRE:3307741]]. M. [[PERSONNE:Benyahia]] déclare une activité d'auto-entrepreneur, livreur {{Uber Eats}}. Son SIRET perso : [[IDENTIFIANT:89140572600011]]. [[PERSONNE:Grégoire]] vérifie le compte où arrivent les prestations : [[IBAN:FR76 1659 8000 0100 0128 0344 589]], un compte {{Nickel}} ouvert chez le buraliste. Le scooter de livraison est dans l'entrée, plaque [[IMMATRICULATION:GT-705-MJ]]. Chiffre d'affaires déclaré : {{780 €}} sur le trimestre, il montre l'appli, ça colle.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e visite de la matinée annulée, l'allocataire a appelé le {{3230}} pour décaler. Le contrôleur en profite pour me montrer sa grille : {{14}} items, la moitié sur le logement (brosses à dents, vêtements, courrier). Il fait {{6 à 8}} visites par semaine, secteur {{Lens}} - {{Hénin}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Amiens}}. Une étudiante, [[PERSONNE:Capucine Leroy]], demande l'{{APL}} pour une chambre {{Crous}}, résidence {{Jules Verne}}. L'agent, [[PERSONNE:Olivier]], lui dit de faire la demande en ligne, rubrique logement. Elle a essayé, le site plante au moment du {{RIB}}. Il lui montre sur son téléphone à elle. Elle porte un sweat {{Leroy Merlin}} (job étudiant le week-end). Dans le hall, un {{olivier}} en pot qui a connu des jours meilleurs.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Nowak]] n'arrive pas à se connecter à son espace. L'agent ([[PERSONNE:Farid]]) demande son numéro allocataire, elle lit [[N_ALLOCATAIRE:0194732]]. Il vérifie l'adresse mail enregistrée : [[EMAIL:nowak.ewelina@orange.fr]]. Elle tapait .com au lieu de .fr depuis {{2 semaines}}. Réglé en {{3 min}}, elle rit nerveusement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Serveur vocal {{Caf}} : {{4}} menus avant un humain. L'agent m'explique que le pic c'est le {{5}} du mois, jour de paiement, et qu'en décembre c'est la {{prime de Noël}} qui fait sonner. Aujourd'hui {{38}} appels en attente à {{9h15}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman vient déclarer la naissance de sa fille, [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:19 janvier]]. Elle, c'est [[PERSONNE:Yasmina Cherifi]]. L'agente, [[PERSONNE:Sophie]], explique que normalement ça passe tout seul via la {{Cpam}} maintenant, mais elle fait quand même la saisie. Le bébé dort dans le porte-bébé, {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Roubaix-Tourcoing}}, {{box 2}}. M. [[PERSONNE:Mercier]], retraité de chez {{Damart}}, veut changer le RIB des remboursements. L'agente, [[PERSONNE:Nathalie]], saisit : [[IBAN:FR76 1627 5006 0008 1234 5678 984]]. Au mur : « {{Ameli}}, c'est plus simple » et le {{3646}} en gros. Il dit qu'il a pas internet, « ni l'envie ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne d'accueil {{Cpam}} d'{{Arras}}, {{ticket 57}}. Attente {{35 min}}. Deux agents pour {{18}} personnes. Une dame fait ses mots fléchés. Un ado joue à {{Clash Royale}} le son à fond, personne ne dit rien.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel entrant : une dame a reçu un SMS « {{Ameli}} : votre carte Vitale expire, cliquez ici ». Phishing. L'agent ([[PERSONNE:Benoît]]) lui dit que l'{{Assurance maladie}} n'envoie jamais ça et de transférer au {{33700}}. Il note l'incident avec son portable, [[TELEPHONE:07 68 22 14 90]], au nom de Mme [[PERSONNE:Vasseur]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un homme pour son père hospitalisé au {{CH de Valenciennes}}, [[PERSONNE:Gilbert Lemoine]], {{88 ans}}. Il donne le numéro de sécu de son père à toute vitesse : [[NIR:137055960604233]]. L'agente, [[PERSONNE:Amandine]], lui fait répéter deux fois. La question : la prise en charge du retour à domicile en {{VSL}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile ({{arrêt de travail}}), {{Calais}}, quartier {{Fort-Nieulay}}. Assurée : Mme [[PERSONNE:Leroux]], lombalgie. Elle est là, en pyjama, un coussin {{Ikea}} dans le dos. L'agente, [[PERSONNE:Corinne]], vérifie le nom sur la boîte : « [[PERSONNE:LEROUX Jessica]] ». Adresse : [[ADRESSE:31 rue Mollien, 62100 Calais]]. {{10 minutes}} chrono, RAS.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Roubaix}}, {{guichet 6}}. Mme [[PERSONNE:Bouzid]] vient pour une aide aux factures, elle tend un courrier de {{Vilogia}}, son bailleur, référence locataire [[IDENTIFIANT:VLG-0418823]]. L'agente, [[PERSONNE:Sylvie Pottier]], lit le montant : {{1 412,36 €}} d'arriérés. Elle parle du {{FSL}} et l'envoie au centre social {{Nelson Mandela}} voir l'assistante sociale.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du CCAS : {{6}} chaises, une table à langer, un distributeur de gel vide. Affiche pour un atelier budget le {{mardi}} à {{14h}}. Un monsieur dort, personne ne le réveille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : M. [[PERSONNE:Delcroix]], un monsieur âgé, n'a pas ouvert ses volets depuis {{3 jours}}. Elle donne l'adresse, [[ADRESSE:5 allée des Marronniers, Hem]]. L'agent, [[PERSONNE:Jérôme]], prend son numéro à elle, [[TELEPHONE:03 20 75 61 48]], et appelle la {{police municipale}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur demande « le numéro de madame la Maire ». L'agent répond que le cabinet c'est le {{03 22 97 40 00}}, sinon l'adjoint aux affaires sociales tient une permanence le {{samedi}} {{10h-12h}}, salle {{Jacques Brel}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide ménagère chez Mme [[PERSONNE:Ghislaine Verhaeghe]], née en [[DATE_NAISSANCE:1941]], à {{Tourcoing}}, quartier de la {{Bourgogne}}. Carte Vitale posée sur la table : [[NIR:2 41 03 59 599 311 84]]. Dossier {{MDPH}} en cours, réf. [[IDENTIFIANT:MDPH59-2024-118734]]. Son fils, [[PERSONNE:Didier]], répond à sa place. La travailleuse sociale, [[PERSONNE:Farida]], recadre gentiment : « c'est à votre maman que je pose la question ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Roubaix}} ({{hôpital Victor Provo}}). Un livreur {{Amazon}} arrive avec une coupure à la main. [[PERSONNE:Ilyes Haddouche]], carte Vitale et carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:104728836]]. La secrétaire d'accueil, Mme [[PERSONNE:Gomes]], tape son adresse : [[ADRESSE:19 rue Victor Hugo, 59100 Roubaix]]. Il s'est coupé en livrant {{rue Jean Jaurès}}, sur un colis mal scotché.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ado de {{15 ans}} amené par les pompiers après un malaise au lycée. Pas de parents joignables. L'IAO note son nom, [[PERSONNE:Noah Lefort]], né le [[DATE_NAISSANCE:07/08/2009]], et appelle le lycée. Le CPE donne le portable de la mère : [[TELEPHONE:06 19 83 55 27]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h40}} du matin. Salle d'attente : un homme déguisé en {{Père Noël}}, le bras en écharpe. Personne ne relève. L'IAO : « le {{24 décembre}} on en a eu trois ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CH Simone Veil}} de {{Beauvais}}. Un chauffeur de taxi conventionné appelle : il a déposé une dame, Mme [[PERSONNE:Barbier]], et elle a oublié son sac dans la voiture. Il donne son nom, [[PERSONNE:Antoine Pruvost]], et sa plaque pour qu'on le retrouve : [[IMMATRICULATION:EZ 412 PL]]. L'agent note tout sur un post-it jaune.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de l'{{Armée du Salut}} à {{Lille}}, accueil. M. [[PERSONNE:Abdirahman]], somalien, montre son titre de séjour pour l'inscription {{SIAO}}. L'éduc, [[PERSONNE:Quentin]], recopie le numéro : [[IDENTIFIANT:5902183741]]. Il explique la {{chambre 14}}, les horaires ({{19h}} le soir, {{8h}} le matin), le règlement. Au mur, une vieille photo de l'{{abbé Pierre}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe à {{9h}}, point sur les {{12}} entrées du mois. Beaucoup de femmes seules avec enfants. L'éduc, [[PERSONNE:Bérangère]], dit : « on devient un centre maternel sans les moyens ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Pas-de-Calais}}. Une femme appelle avec deux enfants, partie de chez elle après des violences. Elle donne son nom, [[PERSONNE:Priscilla Dufour]], née le [[DATE_NAISSANCE:22 septembre 1993]]. L'écoutant, [[PERSONNE:Hugo]], trouve une chambre à l'{{hôtel Première Classe}} de {{Liévin}}, {{chambre 208}}, pour {{3 nuits}}. Il note son portable, [[TELEPHONE:07 58 41 03 66]], et lui donne le {{3919}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un monsieur qui dort dans sa voiture, une {{Renault}} {{Clio}}, sur le parking du {{Leclerc}} de {{Béthune}}. L'écoutante, [[PERSONNE:Nadia]], demande la plaque pour la maraude : [[IMMATRICULATION:DB-117-WS]]. Il dit s'appeler [[PERSONNE:Stéphane Delbarre]], {{52 ans}}. Elle lui promet un passage vers {{23h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'une place en logement diffus à {{Dunkerque}}, quartier de {{Petite-Synthe}}. M. [[PERSONNE:Yonas Tesfaye]] ({{Érythrée}}) occupe un studio au [[ADRESSE:6 rue de la Paix, 59640 Dunkerque]]. L'éduc, [[PERSONNE:Loïc]], vérifie le détecteur de fumée, le frigo, la VMC. [[PERSONNE:Yonas]] montre son badge de formation {{AFPA}} : cariste. Un maillot de l'{{USL Dunkerque}} sèche sur le radiateur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Calais}}. M. [[PERSONNE:Hamid Saïdi]], {{49 ans}}, ancien docker, vient signaler un CDD chez {{P&O Ferries}}. La conseillère, [[PERSONNE:Bénédicte]], actualise : identifiant [[ID_FRANCE_TRAVAIL:2841037M]], reprise le {{3}}. Elle lui parle de l'{{ARE}} et du cumul. Sur son écran, une note interne cite l'{{article R. 5411-6}} du code du travail.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune, [[PERSONNE:Manon]], crée son espace sur la borne avec l'aide de la conseillère. Mail : [[EMAIL:manon.dlb@laposte.net]]. Elle écrit son mot de passe sur un post-it « au cas où ». La conseillère lui dit de le jeter. Elle le met dans sa coque de téléphone.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Queue dehors à {{8h25}}, ouverture à {{8h30}}. Il pleut. {{9}} personnes. À l'ouverture le vigile fait entrer par groupes de {{3}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants, campagne {{Contrat d'engagement jeune}}. La conseillère, [[PERSONNE:Clémence]], appelle [[PERSONNE:Enzo Lambert]], identifiant [[ID_FRANCE_TRAVAIL:7710486J]]. Il répond depuis son boulot au {{McDonald's}} d'{{Englos}}, il chuchote et raccroche vite. Elle note « rappeler après {{15h}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Sow]] apporte sa déclaration trimestrielle {{RSA}} sur papier (le {{cerfa 15481*01}}) parce que son téléphone n'a plus de forfait. N° allocataire [[N_ALLOCATAIRE:5938104]]. L'agent, [[PERSONNE:Kevin]], scanne et tamponne. {{2 min}}. Il repart avec son récépissé plié en quatre.",
    ),
]

# Batch 3: notes 061-090.
BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Duhamel]] arrive avec une notification : « décision prise en application de l'{{article L. 114-17}} du code de la sécurité sociale, pénalité de {{450 €}} ». Il dit qu'il a rien fraudé, il a juste oublié de déclarer un {{CDD}} de {{2 semaines}}. L'agente, [[PERSONNE:Marie-Pierre]], lui explique le recours amiable devant la {{CRA}}, délai {{2 mois}}. Il note au stylo sur son avant-bras l'adresse pour le courrier : {{Caf du Nord}}, {{59863 Lille Cedex 9}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ngoma]] ({{Congo}}) fait la demande d'{{allocations familiales}} pour ses trois enfants arrivés par regroupement familial, nés en [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2019]]. Elle donne le RIB de la {{Banque Postale}} : [[IBAN:FR91 2004 1010 0507 2431 8M02 760]]. L'agent, [[PERSONNE:Anthony]], photocopie les passeports et les actes de naissance. {{40 min}} en tout, elle remercie trois fois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle pour savoir si la {{Caf}} est ouverte le {{lundi de Pâques}}. Non. Il demande alors les horaires de l'accueil de {{Douai}} : {{8h30-12h}} sans rendez-vous, l'après-midi sur rendez-vous. {{45 secondes}}, l'appel le plus court de la matinée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ferhat]] a changé de mail et ne reçoit plus rien. Numéro allocataire [[N_ALLOCATAIRE:6621580]]. Elle épelle la nouvelle adresse : « [[EMAIL:linda.ferhat59 at yahoo point fr]] ». L'agent, [[PERSONNE:Alexis]], répète lettre par lettre, elle dit « oui » à chaque lettre. Ça dure.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Creil}}, quartier {{Rouher}}. Contrôleuse : [[PERSONNE:Sandrine Morel]]. Dossier [[N_ALLOCATAIRE:7053219]], Mme [[PERSONNE:Diallo]], déclarée seule. Dans le salon, une facture {{Free}} au nom de M. [[PERSONNE:Camara]] ; elle explique que c'est son cousin qui l'aide pour la box. Sur le parking, [[PERSONNE:Sandrine]] relève la plaque d'une {{Citroën C3}} qui serait à lui : [[IMMATRICULATION:FS-902-AB]]. « Je conclus pas aujourd'hui, je fais un rapport. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième contrôle de la matinée : logement déclaré au [[ADRESSE:14 rue Henri Barbusse, 60100 Creil]], dossier n° [[N_ALLOCATAIRE:1184206]]. Personne. Avis de passage glissé sous la porte, à rappeler au {{3230}}. Le contrôleur me dit qu'il y a trois rues {{Henri Barbusse}} dans son secteur et qu'il s'est déjà trompé de ville.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de la {{Somme}}, agence d'{{Abbeville}}. M. [[PERSONNE:Jean-Baptiste Froment]], {{60 ans}}, veut savoir pourquoi ses lunettes ({{Krys}}) ont été si peu remboursées. L'agent, [[PERSONNE:Mohamed]], vérifie le NIR, [[NIR:1 64 10 80 001 128 88]] : réponse, le {{100 % Santé}} ne couvre que certaines montures, pas celle-là. {{189 €}} de reste à charge. Le monsieur : « on me l'a pas dit chez l'opticien ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agence fermée exceptionnellement l'après-midi, formation des agents. Affiche scotchée : « accueil sur rendez-vous au {{3646}} ou sur {{ameli.fr}} ». Trois personnes lisent l'affiche et repartent sans rien dire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller : [[PERSONNE:Romain]]. Une dame âgée appelle pour son mari, [[PERSONNE:Raymond Duquesne]], né le [[DATE_NAISSANCE:11 avril 1939]] ; elle veut que l'ambulance soit remboursée. Elle donne son fixe en dictant deux par deux : « [[TELEPHONE:zéro trois, vingt et un, quatre-vingt-trois, dix-sept, cinquante-deux]] ». [[PERSONNE:Romain]] écrit sur un brouillon avant de saisir.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sur la {{C2S}} : M. [[PERSONNE:Rakotomalala]], l'agente s'y reprend à trois fois, il épelle « [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]] ». Il a une ancienne carte {{Malakoff Humanis}} de son ancien employeur, n° [[IDENTIFIANT:0093 4418 260]], et ne sait pas s'il doit la résilier. Réponse : oui, sinon il paie deux fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Liévin}}, arrêt depuis {{4 mois}}. Assuré présent, M. [[PERSONNE:Bertrand]], très poli, un peu gêné. Adresse : [[ADRESSE:23 rue Émile Zola, 62800 Liévin]]. Sur le frigo, un magnet des régionales « {{Xavier Bertrand}} » et un autre du {{RC Lens}}. L'agent ([[PERSONNE:Olivier]]) vérifie juste la présence, {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Maubeuge}}, demande de {{secours d'urgence}}. Mme [[PERSONNE:Vandenbussche]] a une coupure d'électricité programmée, courrier {{TotalEnergies}}, contrat n° [[IDENTIFIANT:TE-7731 0492 18]]. L'agente, [[PERSONNE:Pascale]], appelle le fournisseur depuis son {{poste 214}}, musique d'attente {{12 min}}, obtient un report de {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au registre canicule. M. [[PERSONNE:Lucien Devos]], né en [[DATE_NAISSANCE:1936]], vit seul [[ADRESSE:3 impasse du Marais, 59600 Maubeuge]]. Personne à prévenir : sa nièce [[PERSONNE:Karine]], [[TELEPHONE:06 72 90 13 58]]. Il demande si on lui apportera « un ventilateur de chez {{Darty}} ». L'agent sourit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiches dans le couloir du {{CCAS}} : « {{Restos du Cœur}} : inscriptions le {{lundi}} {{9h}} », « atelier numérique avec {{Emmaüs Connect}} », « Plan grand froid : appelez le {{115}} ». Une plante verte morte. Petites annonces sur le liège : « vends poussette {{Chicco}} {{40 €}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale de l'{{UTPAS}} de {{Lille-Sud}} qui transmet une demande d'aide facultative pour Mme [[PERSONNE:Benhamou]]. Elle donne son mail pro, [[EMAIL:c.delannoy@lenord.fr]], et le portable de la dame, [[TELEPHONE:07 82 15 36 41]]. L'agent du CCAS, [[PERSONNE:Nicolas]], note tout sur papier, le logiciel rame.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appels sortants de [[PERSONNE:Martine]] : elle prévient les inscrits du voyage des aînés à {{Berck}} que le car part à {{7h45}} de la {{place Jean Jaurès}}. {{52}} inscrits, {{4}} désistements. Une dame demande s'il faut prendre un pique-nique. Oui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au chauffage chez M. et Mme [[PERSONNE:Dos Santos]], à {{Hénin-Beaumont}}. La travailleuse sociale, [[PERSONNE:Émilie]], prend le RIB pour un versement direct : [[IBAN:FR76 1670 6000 3971 5820 3641 004]]. Poêle à pétrole {{Zibro}} dans le salon, {{16 degrés}}. Mme montre les bidons à {{7,90 €}} chez {{Brico Dépôt}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Boulogne-sur-Mer}}, {{CH Duchenne}}. Un marin-pêcheur, [[PERSONNE:Yann Le Goff]], main écrasée dans un treuil, sur le {{Marie-Catherine}} (le chalutier). L'IAO, [[PERSONNE:Cécile]], le passe vite. Sa femme arrive, voiture laissée sur la place ambulance ; l'agent de sécurité annonce au micro : « véhicule [[IMMATRICULATION:CV-221-HN]], merci de le déplacer ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame de {{91 ans}} arrive de la {{Résidence Jean Monnet}} (EHPAD) avec sa fiche de liaison : Mme [[PERSONNE:Georgette Hennion]], née le [[DATE_NAISSANCE:05/12/1933]], NIR [[NIR:2 33 12 02 691 047 51]], IPP [[IDENTIFIANT:P00781244]]. L'aide-soignante qui l'accompagne n'a pas le traitement. L'IAO râle, puis s'excuse.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« C'est combien d'attente en ce moment ? » L'agent : « je ne peux pas vous dire, ça dépend de la gravité ». Le monsieur : « donc {{3h}} ? ». Il raccroche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Abej Solidarité}}, {{Lille}}. Mme [[PERSONNE:Aminata Keïta]] arrive avec son orientation {{SIAO}}, réf. [[IDENTIFIANT:SIAO59-25-04417]]. Elle était hébergée chez une amie au [[ADRESSE:47 rue d'Arras, Lille]]. Son ex-mari vit à {{Arras}}, elle ne veut pas qu'il sache où elle est. L'éduc ne note que le strict nécessaire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au CHRS : lasagnes, {{48}} couverts, {{2}} bénévoles. Un résident, [[PERSONNE:Moussa]], fait la vaisselle en chantant du {{Stromae}}. Les autres tapent le rythme sur la table.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}. L'adjudant [[PERSONNE:Masson]], brigade de {{Clermont}}, appelle : une famille dort dans un camping-car immatriculé en {{Roumanie}}, [[IMMATRICULATION:CJ 07 RMT]], sur le parking de la gare. Le père s'appelle [[PERSONNE:Ionuț Stoica]], trois enfants. L'écoutant ne trouve rien avant demain.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un jeune, [[PERSONNE:Dylan Pecqueur]], sorti de l'{{ASE}} le jour de ses {{18 ans}} (né le [[DATE_NAISSANCE:02/03/2007]]). L'écoutante, [[PERSONNE:Céline]], trouve une place au {{foyer Adoma}} de {{Lens}}, {{chambre 8}}. Il donne le numéro de son ancienne éducatrice ASE : [[TELEPHONE:06 33 71 84 20]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{Un chez-soi d'abord}}, {{Lille}}, quartier {{Moulins}}. Le locataire, [[PERSONNE:Franck]], pas bavard. Trois chats : {{Roger}}, {{Titi}} et {{Pascal}}. La travailleuse sociale, [[PERSONNE:Ophélie]], vérifie la litière plus que le reste, « c'est là qu'on voit si ça va ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Amiens Sud}}. [[PERSONNE:Kenza Amrani]] vient pour l'{{offre 180PJVQ}}, auxiliaire de vie chez {{O2 Care Services}}. Permis exigé, elle l'a. La conseillère, [[PERSONNE:Isabelle]], met à jour le profil, identifiant [[ID_FRANCE_TRAVAIL:6394418A]], mobilité « bus {{Ametis}} lignes {{N1}} et {{N4}} + voiture ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle informatique : {{10}} postes, {{3}} en panne (« hors service » scotché). Un monsieur imprime {{40}} CV en couleur. Personne ne dit rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, [[PERSONNE:Rayan Belkacem]], né le [[DATE_NAISSANCE:29 février 2004]] (« un anniv tous les 4 ans »). Il n'a pas d'adresse mail, le conseiller, [[PERSONNE:Pierre-Yves]], lui en crée une avec lui : [[EMAIL:rayan.belkacem.pro@gmail.com]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:8120574R]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame appelle le {{3949}} : elle a vu que {{Bonduelle}} recrute des saisonniers à {{Estrées-Mons}}. La conseillère lui donne la référence de l'offre, {{181LWXN}}, et lui dit de postuler en ligne. Elle demande s'il y a un car depuis {{Péronne}}. Réponse : « je vais me renseigner ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique programmé à {{11h}}. La conseillère, [[PERSONNE:Fatou]], appelle M. [[PERSONNE:Wiśniewski]] au [[TELEPHONE:+33 6 84 21 09 77]]. Pas de réponse. 2e essai à {{11h10}} : il décroche, il était à la {{CAF}}. Identifiant vérifié : [[ID_FRANCE_TRAVAIL:4471902 F]].",
    ),
]

# Batch 4: notes 091-120.
BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Guichet 2}}, {{10h-10h30}} :\n- une dame pour l'{{AAH}} → renvoyée vers la {{MDPH}}\n- M. [[PERSONNE:Chevalier]], attestation de {{QF}} pour la cantine de l'école {{Louis Pasteur}}, n° alloc [[N_ALLOCATAIRE:2946107]]\n- une jeune fille, [[PERSONNE:Maëva]], changement de situation : elle se met en couple\n- un monsieur qui cherchait la {{CPAM}} (c'est à côté)\nAgent : [[PERSONNE:Rodrigue]], calme olympien.",
    ),
    (
        "caf",
        "accueil_physique",
        "mme [[PERSONNE:Bernardi]] vient pour un changement de rib, elle a quitte la {{Societe Generale}}, nouveau compte chez {{Boursorama}} : [[IBAN:FR76 4061 8800 0031 2456 7890 166]]. num alloc [[N_ALLOCATAIRE:4207316]]. l agent ([[PERSONNE:Yasmine]]) lui dit que le versement du {{5}} arrivera encore sur l ancien compte. elle soupire « ils vont me prendre des frais »",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran d'accueil de la {{Caf}} qui tourne en boucle : « {{Prime d'activité}} : simulez vos droits », « Vous déménagez ? », « {{Pass'Sport}} : {{50 €}} par enfant ». Le distributeur de tickets propose A = {{RSA}} / prime, B = logement, C = famille. Ticket {{B031}}, {{17}} personnes avant moi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un propriétaire qui veut savoir pourquoi l'{{APL}} de sa locataire, Mme [[PERSONNE:Petit]], ne lui est plus versée. L'agent, [[PERSONNE:Damien]], ne dit rien sans l'accord de la locataire. Le proprio insiste, donne l'adresse du logement, [[ADRESSE:9 rue des Jardins, 80000 Amiens]], un petit {{F2}}, et son numéro, [[TELEPHONE:06 26 48 93 15]]. [[PERSONNE:Damien]] : « on vous enverra un courrier ». L'autre raccroche sec.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Serveur vocal du {{3230}} : « service gratuit + prix d'un appel ». Musique d'attente : {{Vivaldi}}, le printemps des {{Quatre Saisons}} en boucle. Au bout de {{17 minutes}} l'agente, [[PERSONNE:Naïma]], décroche (je suis côté agent, j'entends tout). Elle me dit qu'elle ne supporte plus {{Vivaldi}} depuis {{2019}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Tourcoing}} : M. [[PERSONNE:Achraf El Idrissi]] déclare résider chez sa mère. Dossier [[N_ALLOCATAIRE:3591827]]. Le contrôleur, [[PERSONNE:Frédéric]], demande une quittance : la mère montre celle de {{Partenord Habitat}}, réf. locataire [[IDENTIFIANT:PH-2210875]]. Dans le garage, la moto du fils, plaque [[IMMATRICULATION:GA-558-TE]]. Sa chambre est bien là, posters du {{LOSC}}, lit défait. Cohérent.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} du {{Hainaut}}, {{Valenciennes}}, {{bureau 12}}. Une jeune maman, [[PERSONNE:Chloé Dhainaut]], rattache son bébé, [[PERSONNE:Léo]], à sa carte Vitale. Elle dicte son NIR : [[NIR:2 98 04 59 606 213 08]]. L'agent, [[PERSONNE:Thomas]], imprime l'attestation. Le bébé porte un body {{Petit Bateau}} avec des baleines.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Hocine Ait Ouarab]] veut la {{carte européenne d'assurance maladie}} pour partir en {{Espagne}} avec le club de pétanque de {{Denain}}. L'agente, [[PERSONNE:Aurélie]], la commande, délai {{15 jours}}. Il demande si ça marche aussi en {{Andorre}}. « Non. » Il réfléchit, « bon, on va pas en {{Andorre}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{14h02}} : Mme [[PERSONNE:Ribeiro]] veut recevoir ses relevés par mail, à [[EMAIL:ribeiro.sonia@free.fr]]. L'agent lui explique que ça passe par le compte {{ameli}}. Elle : « mon compte ameli il me déteste » 😂 Il reste {{20 min}} avec elle pour réinitialiser le mot de passe.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un kiné de {{Lomme}}, M. [[PERSONNE:Verbeke]], appelle pour un patient, M. [[PERSONNE:Dubois]], NIR [[NIR:1851159350077 87]] : la prescription de {{30 séances}} n'est pas passée. Il donne son numéro RPPS, [[IDENTIFIANT:10005873216]]. L'agent lui dit de refaire la demande d'accord préalable, formulaire {{S3138}}. Le kiné : « on marche sur la tête ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Saint-Omer}}, {{11h}}. Assuré absent, M. [[PERSONNE:Decool]], [[ADRESSE:18 rue de Dunkerque, 62500 Saint-Omer]]. La voisine dit qu'il est « au {{Lidl}} », c'est hors des heures de sortie. L'agente, [[PERSONNE:Valérie]], laisse un avis de passage : il a {{48 h}} pour se justifier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Béthune}}, près de la {{place Lamartine}}. Mme [[PERSONNE:Marguerite Fontaine]], {{84 ans}}, vient pour la téléassistance ({{Présence Verte}}). Dans le hall, une {{fontaine}} à eau en panne et un pot de {{marguerites}} en plastique. L'agent, [[PERSONNE:Ludovic]], lui remplit le dossier, elle signe en tremblant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Élection de domicile : M. [[PERSONNE:Grzegorz Kaczmarek]], né le [[DATE_NAISSANCE:17.06.1979]], plus d'adresse stable depuis qu'il a quitté le [[ADRESSE:camping Les Peupliers, emplacement 12]] à {{Bray-Dunes}}. L'agente, [[PERSONNE:Anne-Sophie]], lui explique qu'il recevra son courrier ici, à retirer du {{lundi}} au {{vendredi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour sa mère : demande d'aide sociale à l'hébergement pour l'EHPAD {{Korian Villa Marguerite}}. Sa mère : Mme [[PERSONNE:Augusta Lefranc]]. N° du dossier APA au {{Département}} : [[IDENTIFIANT:APA-62-0081457]]. Il laisse son numéro, [[TELEPHONE:0632184597]], l'agent le relit en entier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour un {{portage de repas}} à {{Outreau}}. Mme [[PERSONNE:Odette Caux]], {{87 ans}}, [[ADRESSE:2 rue Pasteur, 62230 Outreau]]. Son mari travaillait chez {{Capécure}}, elle en parle pendant {{20 minutes}}. La travailleuse sociale, [[PERSONNE:Séverine]], prend le RIB pour le prélèvement : [[IBAN:FR76 1562 9026 1000 0314 1592 678]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : la dame est hospitalisée depuis hier. On passe quand même déposer le colis, la voisine le prend. Le chien aboie derrière la porte ({{Rocky}}, d'après la voisine).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Salengro}}, {{CHU de Lille}}. Un étudiant chinois, [[PERSONNE:Zhang Wei]], entorse au foot au {{stade Jean Bouin}}. Pas de carte Vitale, juste sa carte d'étudiant n° [[IDENTIFIANT:42017385]] et son passeport, [[IDENTIFIANT:EJ4471209]]. L'IAO, [[PERSONNE:Delphine]], fait un dossier « sans droits ouverts », on régularisera.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entrées {{22h-23h}} notées par l'IAO ([[PERSONNE:Arnaud]]) :\n1. femme {{34 ans}}, douleur abdo\n2. M. [[PERSONNE:Bouchez]], né en [[DATE_NAISSANCE:48]], chute dans l'escalier\n3. bébé {{8 mois}}, fièvre\n4. « le monsieur de d'habitude », [[PERSONNE:Dédé]], alcoolisé, connu du service\n5. un jeune coupé à la main en ouvrant des cartons au {{Carrefour City}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune fille demande à appeler son frère avec le téléphone de l'accueil, le sien est à plat. Elle lit le numéro sur un papier : [[TELEPHONE:07 49 06 28 71]]. Sa mère, Mme [[PERSONNE:Haddou]], est en {{salle 3}}. L'agent d'accueil (badge « [[PERSONNE:Sylvain]] ») lui prête son stylo. Au-dessus, l'affiche : « urgence vitale : composez le {{15}} ou le {{112}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un riverain appelle le standard : une voiture bloque l'entrée des ambulances depuis {{20 minutes}}. Il lit la plaque : [[IMMATRICULATION:fh 339 lb]]. Le standardiste prévient la sécurité, puis me dit : « une fois c'était la voiture d'un médecin ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au CHRS de la {{Sauvegarde du Nord}}, {{Valenciennes}}. M. [[PERSONNE:Abdoulaye Baldé]], né le [[DATE_NAISSANCE:1er janvier 1999]] ; l'éduc me glisse que le {{1er janvier}} est une date fréquente sur les papiers guinéens. Récépissé de demande de titre de séjour n° [[IDENTIFIANT:5900712468]]. Il veut une formation en boulangerie.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS reçoit un don de {{Décathlon}} : {{30}} duvets {{Quechua}}. L'éduc dit qu'il manque surtout des chaussures en {{44}} et {{45}}, et des chaussettes, toujours des chaussettes.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une bénévole de la {{Croix-Rouge}} de {{Saint-Quentin}} signale une jeune femme seule à la gare. Elle donne son nom à elle, [[PERSONNE:Élodie Carlier]], et son mail pour le suivi, [[EMAIL:elodie.carlier02@outlook.fr]]. La jeune femme, [[PERSONNE:Jade]], {{19 ans}}, refuse de parler au téléphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{3h}} du mat, écoute {{115}} : rien depuis {{40 min}}. L'écoutant fait des mots croisés. Il dit « QUAND C'EST CALME COMME ÇA JE M'INQUIÈTE ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement passerelle à {{Noyon}}, famille [[PERSONNE:Lakatos]], [[ADRESSE:7 rue Saint-Éloi, 60400 Noyon]]. Le {{Peugeot Partner}} de M. [[PERSONNE:Lakatos]] a encore ses plaques hongroises, [[IMMATRICULATION:RKT-418]] ; l'éduc, [[PERSONNE:Aurélien]], lui rappelle qu'il doit l'immatriculer en {{France}}. Les enfants font leurs devoirs sur la table de la cuisine.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Lens}}. M. [[PERSONNE:Lucas Dewaele]] vient pour une formation {{CACES}} financée par la {{Région}}, il a vu l'affiche {{Proch'Emploi}} avec la photo de {{Xavier Bertrand}}. La conseillère, [[PERSONNE:Nadia Slimani]], lit sur l'écran : « formation n° {{2025-HDF-0418}}, organisme {{AFTRAL}}, {{525 heures}} ». Identifiant du monsieur : [[ID_FRANCE_TRAVAIL:1957320C]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement d'adresse : [[PERSONNE:Maryam Rahimi]] (afghane, réfugiée) a enfin un logement, [[ADRESSE:appt 32, 4 avenue de la République, 59650 Villeneuve-d'Ascq]]. Identifiant [[ID_FRANCE_TRAVAIL:6028813N]]. Elle donne aussi un nouveau RIB pour l'{{ARE}} : [[IBAN:FR24 2004 1010 0515 6783 2X02 436]]. Elle demande un cours de {{FLE}} le soir, la conseillère note.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ce matin à l'accueil :\n- {{6}} « j'ai reçu un courrier je comprends pas »\n- {{4}} actualisations ratées\n- {{2}} attestations employeur manquantes\n- {{1}} monsieur qui voulait imprimer un billet {{SNCF}}\nOn lui a imprimé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Blandine Labbé]] appelle : radiée pour absence à un rdv alors qu'elle était en formation à l'{{Afpa}}. La conseillère, [[PERSONNE:Sarah]], vérifie l'identifiant [[ID_FRANCE_TRAVAIL:3380461V]] : la formation est bien enregistrée, erreur du système. Radiation annulée, confirmation envoyée à [[EMAIL:b.labbe@sfr.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Jordan]], qui a trouvé un job de chauffeur-livreur chez {{Chronopost}} mais il lui faut le permis C. Il demande l'aide au permis. La conseillère parle des {{500 €}}, il espérait plus. Il laisse son numéro pour le rappel : [[TELEPHONE:07 61 22 90 48]].",
    ),
]

# Batch 5: notes 121-150.
BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Oise}}, à {{Beauvais}}. Mme [[PERSONNE:Lucie Marchand]] voudrait que la Caf la rappelle. L'agente, [[PERSONNE:Hayat]], lui écrit sur un post-it le numéro de la Caf, {{3230}}, et celui du point numérique de la mairie, {{03 44 79 40 00}} ; dans le dossier ([[N_ALLOCATAIRE:8015532]]) elle met à jour le portable de Mme [[PERSONNE:Marchand]] : [[TELEPHONE:06 07 18 29 40]]. Son fils est au lycée {{Félix Faure}}, elle voulait aussi parler de la bourse, « ça c'est pas nous ».",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Thiago Mendes]] dépose un dossier d'aide au logement (le {{cerfa 10840*07}}) : loyer {{545,00 €}}, revenus {{1 320 €}}, bailleur {{Habitat Hauts-de-France}}. N° alloc [[N_ALLOCATAIRE:6270954]]. RIB : [[IBAN:FR76 1350 7000 1231 2098 7654 341]]. L'agent, [[PERSONNE:Cédric]], vérifie le nom imprimé sur le RIB : « [[PERSONNE:MENDES THIAGO]] », ok.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un travailleur social du {{CCAS}} de {{Cambrai}} appelle pour une allocataire, Mme [[PERSONNE:Lenoir]]. Pour la réponse il donne l'adresse générique du service, {{accueil.ccas@ville-cambrai.fr}}, « pas la mienne, je suis à mi-temps ». L'agente, [[PERSONNE:Audrey]], préfère écrire directement à l'allocataire : [[EMAIL:lenoir.mariefrance@gmail.com]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Mbemba]] lit son numéro allocataire tout doucement : « [[N_ALLOCATAIRE:un, neuf, trois, zéro, huit, huit, deux]] ». L'agent, [[PERSONNE:Jonathan]], tape au fur et à mesure. Sa question : la {{prime à la naissance}} pas reçue. Réponse : elle est versée au {{7e mois}} de grossesse, elle en est au 6e. « Ah bon. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} à {{Boulogne-sur-Mer}} : M. [[PERSONNE:Fabien Delpierre]], [[ADRESSE:41 rue du Chemin Vert, 62200 Boulogne-sur-Mer]]. Signalement : garage au noir. Devant la maison, deux voitures sur cales, une {{Renault Mégane}} immatriculée [[IMMATRICULATION:BN-774-QD]] et une {{Clio}} sans plaque. Le contrôleur, [[PERSONNE:Gaëtan]], prend des photos, le monsieur dit que c'est « pour les copains, gratos ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief dans la voiture de service : le contrôleur fait environ {{220}} contrôles par an, {{70 %}} finissent en « rien à signaler », et tout le monde croit qu'il vient « retirer les allocs ». Il roule en {{Zoé}} de service, {{180 km}} d'autonomie, « faut pas aller à {{Montreuil}} aller-retour ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de la {{Côte d'Opale}}, {{Calais}}. M. [[PERSONNE:Bogdan Kravets]], ukrainien, protection temporaire, demande sa carte Vitale. Il montre son {{APS}}, n° [[IDENTIFIANT:8200351944]]. L'agent, [[PERSONNE:Fabrice]], lui annonce que son NIR définitif est arrivé : [[NIR:1 87 08 99 155 041 91]]. Formulaire photo à renvoyer, {{enveloppe T}} fournie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dans la file : un sac {{Jules}}, un sac {{Leroy Merlin}}, un sac {{Kiabi}}. L'écran : « {{C042}} → {{guichet 5}} ». Un agent passe avec un carton de {{S3116}} neufs. Personne ne parle, tout le monde regarde son téléphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Yasmine Ouali]], née le [[DATE_NAISSANCE:9 octobre 1990]], vient déclarer son médecin traitant, le Dr [[PERSONNE:Bensaïd]], qui a repris le cabinet du {{boulevard de Metz}}. Elle veut aussi une attestation envoyée à [[EMAIL:yasmine.ouali90@hotmail.fr]]. L'agent, [[PERSONNE:Jean-Marc]], fait les deux en {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Thérèse Gosselin]] ne comprend pas son décompte et lit tout : « part obligatoire {{16,50 €}}, part complémentaire {{Mutuelle Familiale}}, adhérent [[IDENTIFIANT:MF0044782917]] ». L'agent, [[PERSONNE:Bastien]], explique calmement. Elle veut être rappelée sur son fixe, [[TELEPHONE:03.27.45.61.09]], « le portable je sais pas m'en servir ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Post-its autour de l'écran de l'agent : « vérif NIR + date de naissance AVANT toute info », « {{secret professionnel}}, {{article 226-13}} du code pénal », « pause {{10h40}} ». Le prénom de la cheffe d'équipe au feutre rouge, [[PERSONNE:Stéphanie]], avec un cœur. Temps de communication du jour : {{3h12}} sur {{7h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie solidaire du {{CCAS}} de {{Roubaix}}. Mme [[PERSONNE:Benali]] passe avec son panier : pâtes, {{Ricoré}}, lait, compotes {{Andros}}. La bénévole, [[PERSONNE:Josette]], calcule : {{4,10 €}} au lieu de {{13,60 €}}. Carte d'accès n° [[IDENTIFIANT:ES-0417]], valable jusqu'en {{juin}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de carte de bus à tarif solidaire pour M. [[PERSONNE:Serge Lheureux]], né le [[DATE_NAISSANCE:03/09/1958]], [[ADRESSE:12 bis rue de la Gare, 02100 Saint-Quentin]]. L'agente, [[PERSONNE:Coralie]], prend sa photo avec une webcam. Il prend surtout la {{ligne 3}} du réseau {{Pastel}} pour aller à l'hôpital.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une jeune femme a vu sur {{Facebook}} l'aide aux vacances du CCAS. Elle voudrait qu'on lui réponde en privé sur {{Insta}}, [[IDENTIFIANT:@samia_59lille]]. L'agent dit que non, par mail ou téléphone seulement. Elle donne [[EMAIL:samia.boukhari@icloud.com]]. Elle s'appelle [[PERSONNE:Samia]], elle rit : « vous êtes pas modernes ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS, {{vendredi}} {{16h45}} : trois appels pour le colis de {{Noël}} des aînés, un pour la cantine, un pour « la dame du {{3e}} qui crie tout le temps ». L'agent transfère ce dernier à la {{police municipale}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une aide aux frais d'obsèques. M. [[PERSONNE:Ahmet Demir]] a perdu sa femme, [[PERSONNE:Zeynep]], il y a une semaine. Devis {{Roc Eclerc}} : {{3 280 €}}. Il montre la carte Vitale de sa femme, [[NIR:2 66 04 99 208 019 20]], il ne sait pas quoi en faire. RIB du monsieur pour l'aide : [[IBAN:16706 05045 10293847561 24]]. La travailleuse sociale, [[PERSONNE:Léa]], lui laisse le temps.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Valenciennes}}. Un petit garçon, [[PERSONNE:Timéo]], mordu par le chien du voisin, un malinois qui s'appelle {{César}}. L'IAO, [[PERSONNE:Rachel]], demande le carnet de vaccination. Le père donne son nom, [[PERSONNE:Grégory Vanderstraeten]], et l'épelle deux fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme sans papiers d'identité, M. [[PERSONNE:Kader]] (prénom seulement). Adresse déclarée : {{foyer Adoma}}, [[ADRESSE:21 rue de Tournai, 59200 Tourcoing]]. L'agent d'accueil crée un dossier provisoire, IPP [[IDENTIFIANT:T25-004812]], bracelet imprimé. Il demande s'il peut avoir un café.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un EHPAD prévient qu'il envoie une résidente : Mme [[PERSONNE:Yvonne Lecocq]], née le [[DATE_NAISSANCE:28/01/1930]]. L'infirmière donne la ligne directe de l'EHPAD, {{03 21 48 20 10}}, et le portable du fils : [[TELEPHONE:06 81 37 24 59]]. Le standardiste recopie sur la fiche de liaison.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Panneau à l'entrée du CHRS {{Emmaüs}} de {{Dunkerque}} : « bus {{C3}} arrêt {{Place Jean Bart}}, gratuit ». M. [[PERSONNE:Sacha Lemarié]] arrive avec son chien, {{Tyson}}. L'éduc, [[PERSONNE:Nordine]], photocopie sa carte d'identité, n° [[IDENTIFIANT:T7X2KP4R9]], et lui montre le chenil.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée d'une mère et de sa fille : Mme [[PERSONNE:Sokhna Ndiaye]], la petite [[PERSONNE:Awa]], née le [[DATE_NAISSANCE:14 mai 2021]]. L'éduc, [[PERSONNE:Mathilde]], note le numéro de la sœur à prévenir : [[TELEPHONE:+33 7 53 20 84 16]]. La petite demande où est la télé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}. La {{maraude}} appelle : un couple dort dans une {{Twingo}} garée près de la {{Porte des Postes}}, vieille plaque [[IMMATRICULATION:4512 TN 59]]. Lui c'est [[PERSONNE:Patrice]], elle [[PERSONNE:Nathalie]]. Ils refusent de se séparer, pas de place couple ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écran du SI-SIAO : {{0}} place dans le {{Douaisis}}, {{2}} à {{Cambrai}}, {{0}} à {{Valenciennes}}. L'écoutante au monsieur : « je peux vous proposer Cambrai » — « j'ai pas de quoi prendre le train » — « je sais ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement en intermédiation locative ({{Solibail}}) à {{Amiens}}, quartier {{Étouvie}}. Occupante : Mme [[PERSONNE:Fanta Sissoko]], [[ADRESSE:10 rue Vincent Auriol, 80080 Amiens]]. L'éduc relève le compteur {{Linky}}, n° de PDL [[IDENTIFIANT:21456789012345]], pour la régul de charges. Moisissure dans la salle de bain, photo.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile sur l'aire d'accueil de {{Wattrelos}}, avec [[PERSONNE:Ahmed]]. Le point d'eau est en panne depuis le {{3 mai}}, la mairie a été prévenue (ticket {{8841}}). Les familles remplissent des bidons à la station {{Total}} d'à côté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Roubaix}} {{Alma}}. [[PERSONNE:Mehdi Kaddour]] vient pour un poste de vendeur chez {{Jules}} au {{McArthurGlen}}. La conseillère, [[PERSONNE:Jeanne]], lit l'offre : « {{183RTKM}}, {{24h/semaine}}, {{11,88 €}} brut de l'heure ». Identifiant [[ID_FRANCE_TRAVAIL:5519034H]]. Il demande s'il faut mettre une cravate.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de Mme [[PERSONNE:Brigitte Wallart]], {{57 ans}}, née le [[DATE_NAISSANCE:12/07/1967]], licenciée de {{Camaïeu}} après la liquidation. Mail : [[EMAIL:brigitte.wallart@orange.fr]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:2096637W]]. Elle dit : « {{31 ans}} de maison, et on me demande mon mail ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dans le couloir, un kakémono « {{1 jeune, 1 solution}} » et une affiche « {{Café-Emploi}} jeudi {{10h}}, {{salle Jean Monnet}} ». Quelqu'un a dessiné une moustache sur le mannequin de l'affiche.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur qui a déménagé de {{Compiègne}} à {{Soissons}} : M. [[PERSONNE:Karim Benchekroun]], nouvelle adresse [[ADRESSE:5 rue du Collège, 02200 Soissons]], identifiant [[ID_FRANCE_TRAVAIL:8843175B]]. Le conseiller, [[PERSONNE:Guillaume]], transfère le dossier à l'agence de Soissons.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Laura Dos Reis]] : son {{ARE}} est partie sur un compte clos. Elle redonne son IBAN, en lisant très lentement : [[IBAN:FR7630004015780001046298506]]. Le conseiller, [[PERSONNE:Yves]], lui dit {{10 jours}} pour le nouveau virement. Elle : « et je mange comment d'ici là ? ».",
    ),
]

# Batch 6: notes 151-180.
BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "Une dame vient pour son fils, [[PERSONNE:Jean]], {{19 ans}}, qui vend des {{jeans}} chez {{Levi's}} à {{Euralille}} (« c'est pas une blague »). Il veut l'{{APL}} pour un studio à {{Fives}}. Elle donne son numéro allocataire à elle, [[N_ALLOCATAIRE:7730216]], l'agent, [[PERSONNE:Corentin]], explique que le fils doit faire sa propre demande. « Il est jamais réveillé avant midi. »",
    ),
    (
        "caf",
        "accueil_physique",
        "MONSIEUR TRÈS EN COLÈRE : « ÇA FAIT {{3 MOIS}} QUE J'AI RIEN ». L'agent, [[PERSONNE:Mickaël]], le fait asseoir, ouvre le dossier [[N_ALLOCATAIRE:5402871]] : pièce manquante, l'avis d'imposition. Le monsieur, M. [[PERSONNE:Lefèvre]], se calme d'un coup. « C'est tout ? » — « C'est tout. »",
    ),
    (
        "caf",
        "accueil_physique",
        "Une avocate, Me [[PERSONNE:Ait-Kaci]], accompagne sa cliente, Mme [[PERSONNE:Jovanović]], pour l'{{ASF}} (pension alimentaire jamais payée). Elle cite le jugement du {{JAF}} de {{Lille}}, RG [[IDENTIFIANT:24/03118]]. L'agente, [[PERSONNE:Nadège]], explique que l'{{ARIPA}} peut recouvrer. Me [[PERSONNE:Ait-Kaci]] laisse sa carte, cabinet {{rue Nationale}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur veut envoyer ses justificatifs par mail. L'agente, [[PERSONNE:Fanny]], explique que non, ça passe par l'espace en ligne. Il insiste et dicte son adresse « au cas où » : [[EMAIL:jp.dekeister (at) wanadoo (point) fr]]. Elle ne la note pas. Moi si, par réflexe 😅",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère a la garde de sa petite-fille, [[PERSONNE:Lilou]], née le [[DATE_NAISSANCE:8 décembre 2016]], et demande l'{{ASF}}. L'agente, [[PERSONNE:Christelle]], prend son numéro, [[TELEPHONE:07 70 45 12 88]], pour un rdv à l'antenne de {{Lens}}. La dame : « appelez-moi [[PERSONNE:Colette]], hein, tout le monde m'appelle [[PERSONNE:Colette]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Hazebrouck}}. Mme [[PERSONNE:Vanhee]], dossier [[N_ALLOCATAIRE:2178840]], déclarée seule. Un homme ouvre la porte en caleçon : « je suis juste le voisin ». Le contrôleur, [[PERSONNE:Patrick]], note la voiture dans l'allée, une {{Dacia Sandero}} [[IMMATRICULATION:GJ-180-XF]], et la carte grise qui traîne sur la table, à l'adresse [[ADRESSE:6 rue des Capucins, 59190 Hazebrouck]]. Silence gêné.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de l'{{Artois}}, {{Arras}}, {{bureau 4}}. M. [[PERSONNE:Claude Beaurain]], {{72 ans}}, ancien de {{Renault}} {{Douai}}, vient pour une {{ALD}}. L'agente, [[PERSONNE:Manuela]], lit son NIR, [[NIR:1 53 02 62 041 016 91]] : son médecin, le Dr [[PERSONNE:Poulain]], a oublié de signer le protocole. Le monsieur a apporté une boîte de chocolats {{Poulain}} pour l'agente, elle refuse en riant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur demande où est l'hôpital {{Claude Huriez}}. L'agente lui dessine le chemin : métro {{ligne 1}} direction {{CHU-Eurasanté}}, terminus, puis à pied. Il repart avec le plan au dos de son ticket {{C113}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un frontalier appelle de {{Mouscron}} ({{Belgique}}), numéro affiché [[TELEPHONE:+32 472 18 55 06]]. M. [[PERSONNE:Dirk Vanackere]], il travaille à {{Roubaix}}, son formulaire {{S1}} est bloqué. Il donne son numéro de registre national belge : [[IDENTIFIANT:85.07.12-233.77]]. L'agent, [[PERSONNE:Benoît]], transmet au pôle international.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause de {{10h40}}. L'agent a eu {{41}} appels ce matin : {{12}} sur les arrêts maladie, {{8}} sur la carte Vitale, et {{1}} monsieur qui voulait juste dire merci.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt longue durée à {{Maubeuge}}, quartier {{Sous-le-Bois}}. Assurée : Mme [[PERSONNE:Nadia Hamdani]], née en [[DATE_NAISSANCE:octobre 76]], [[ADRESSE:15 résidence Les Hirondelles, bât. C, 59600 Maubeuge]]. Elle est là, pochette de radios sur la table. L'agent, [[PERSONNE:Jean-Luc]], reste sur le palier, {{3 minutes}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Arras}}, {{salle 3}}. Aide à la cantine pour M. [[PERSONNE:Oumar Sy]]. L'agente, [[PERSONNE:Delphine]], sourit : « comme {{Omar Sy}} ? » — « presque, avec un U ». Il donne le RIB : [[IBAN:FR76 1027 8026 0000 0204 9130 103]]. Trois enfants au groupe scolaire {{Jean Rostand}}, {{2,10 €}} le repas au lieu de {{4,60 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} ferme à {{12h}} le {{mercredi}}. Une dame arrive à {{12h02}}. L'agent lui ouvre quand même.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de la {{Carsat}} signale M. [[PERSONNE:Roland Duthoit]], {{79 ans}}, seul, [[ADRESSE:28 rue Roger Salengro, 62300 Lens]] (« rue {{Roger Salengro}}, pas l'hôpital, hein »). Son fixe : [[TELEPHONE:03 21 28 44 17]]. L'agent programme une visite jeudi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Solange Masquelier]] à {{Armentières}}. Poster de {{Line Renaud}} dans l'entrée (« elle est d'ici, vous savez »). Dossier {{APA}} n° [[IDENTIFIANT:APA59-118240]]. La travailleuse sociale, [[PERSONNE:Virginie]], évalue la salle de bain : baignoire, pas de barre d'appui.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour l'aide aux vacances : deux enfants, nés en [[DATE_NAISSANCE:2013]] et [[DATE_NAISSANCE:2016]]. La mère, [[PERSONNE:Gwendoline]], voudrait les envoyer en colo à {{Stella-Plage}}, {{12 jours}} en juillet. Reste à charge {{85 €}}, elle dit qu'elle trouvera.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Lens}}. Le patient a une lettre de son généraliste, le Dr [[PERSONNE:Vasseur]], adressée « au {{Dr}} de garde ». L'agente d'accueil scanne la lettre, IPP [[IDENTIFIANT:62004519]]. Le monsieur demande si le Dr [[PERSONNE:Vasseur]] sera prévenu. « Oui, par courrier. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc derrière l'accueil : « {{Box 1}} : ok / {{Box 2}} : nettoyage / {{Box 3}} : {{ORL}} ». Affiche : « agresser un soignant : jusqu'à {{75 000 €}} d'amende et {{5 ans}} de prison ». Un vigile lit le journal.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle : son fils, [[PERSONNE:Nathan]], {{6 ans}}, a avalé une pile bouton. L'agent lui demande juste la date de naissance (« [[DATE_NAISSANCE:le 4 du 4, 2019]] ») et le numéro d'où elle appelle, [[TELEPHONE:07 84 63 20 19]], puis la bascule direct au {{15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme appelle : sa voiture a été enlevée sur le parking des urgences pendant qu'il accompagnait sa femme. Il donne la plaque, [[IMMATRICULATION:EH-926-PJ]]. Le standardiste lui donne le numéro de la fourrière, {{03 28 26 27 00}}, « ouverte jusqu'à {{19h}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Coallia}} de {{Creil}}. M. [[PERSONNE:Mohammed Al-Hassan]] ({{Soudan}}) montre sa carte de résident, n° [[IDENTIFIANT:6003224517]]. Il veut s'inscrire en {{CAP}} cuisine au lycée {{Jules Uhry}}. L'éduc, [[PERSONNE:Sébastien]], l'aide à remplir le dossier sur le PC de l'accueil.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bilan de séjour de [[PERSONNE:Kimberley]], {{24 ans}}, née le [[DATE_NAISSANCE:30/06/2000]]. CDI chez {{Lidl}}, elle cherche un T1. L'éduc crée sa demande de logement social, numéro unique [[IDENTIFIANT:05925011837460]], et l'adresse mail pour les propositions : [[EMAIL:kimberley.dhenin@gmail.com]]. Elle veut rester à {{Lomme}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau des places écrit au feutre à côté des écoutants : « {{ARMÉE DU SALUT}} : 0 / {{ABEJ}} : 2 (H) / {{AFEJI}} : 1 (F) / hôtel {{B&B}} {{Lomme}} : 3 familles ». Il est {{20h50}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un homme qui a trouvé refuge au café {{Le Celtic}} à {{Calais}}. Il s'appelle [[PERSONNE:Rudy]]. Il donne son numéro en mots, l'écoutant répète : « [[TELEPHONE:zéro six, quarante, dix-huit, soixante-dix-sept, trente]] ». Rappel promis avant {{22h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la famille [[PERSONNE:Al-Khatib]], réinstallée depuis {{2023}}, [[ADRESSE:54 rue de Valenciennes, 59500 Douai]]. Le père montre fièrement sa carte Vitale : [[NIR:1 84 03 99 206 052 72]]. L'éduc, [[PERSONNE:Hélène]], vérifie les papiers de la {{CAF}} ; la petite joue avec un {{Kinder}} surprise.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Coralie Pinte]] apporte une attestation employeur papier de chez {{Damart}}. Le SIRET de l'entreprise est en haut, {{33941288400019}}. La conseillère, [[PERSONNE:Inès]], scanne, identifiant [[ID_FRANCE_TRAVAIL:4905218D]]. Mme [[PERSONNE:Pinte]] : « vous êtes sûre que ça part pas dans le vide ? »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Prudhomme]] (« comme les {{prud'hommes}} », il rit) veut appeler l'entreprise de l'offre. La conseillère lui donne le standard de l'usine {{Toyota}} d'{{Onnaing}} lu sur l'offre, {{03 27 21 60 00}}, et met à jour son portable à lui pour les recruteurs : [[TELEPHONE:06 58 92 14 33]]. Identifiant [[ID_FRANCE_TRAVAIL:7063391S]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Sofiane Mebarki]], {{31 ans}}, veut ouvrir un food-truck de {{welsh}}. La conseillère, [[PERSONNE:Caroline]], lui parle de l'{{ARCE}}. Il domicilie sa micro-entreprise chez sa mère, [[ADRESSE:8 allée des Tulipes, 59139 Wattignies]], et donne son RIB pro : [[IBAN:FR76 3000 3013 9000 0507 1293 814]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillère, [[PERSONNE:Perrine]], invite [[PERSONNE:Kevin Leclercq]] à un job dating {{Vertbaudet}} à {{Tourcoing}}. Il veut l'invitation par mail : [[EMAIL:kev.leclercq62@gmail.com]]. Identifiant [[ID_FRANCE_TRAVAIL:3127740L]]. Il demande s'il y a un parking.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Message d'accueil du {{3949}} : « pour vous actualiser, tapez {{1}} ». Menu en {{6}} choix. L'agent me dit qu'un appel sur trois c'est pour l'actualisation, qui est pourtant en ligne.",
    ),
]

# Batch 7: notes 181-210.
BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "Hall de la {{Caf}}, {{Valenciennes}}. Sur la borne, quelqu'un a oublié une attestation de paiement : « M. [[PERSONNE:Rachid Bellil]], n° allocataire [[N_ALLOCATAIRE:6083395]], {{APL}} {{412,67 €}} ». L'agente, [[PERSONNE:Justine]], appelle au micro. Personne. Elle range la feuille dans le tiroir des objets trouvés, avec un bonnet du {{PSG}} et une tétine.",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune maman, [[PERSONNE:Anaïs]], poussette, demande la {{PAJE}}. Elle veut être payée sur son compte {{Revolut}} : [[IBAN:FR76 2823 3000 0158 3071 9462 079]]. Elle a peur que « ça marche pas avec une banque en ligne » 🙄 L'agent, [[PERSONNE:Stéphane]], dit que si, tant que c'est un IBAN FR.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme lit son numéro de sécu au lieu du numéro allocataire (« classique », me souffle l'agente) : « [[NIR:1 79 06 59 183 224 23]] ». L'agente, [[PERSONNE:Sabrina]], retrouve quand même le dossier : M. [[PERSONNE:Verstraete]], né à {{Dunkerque}}, question sur la {{prime d'activité}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame veut savoir si la {{Caf}} peut financer son permis de conduire. Non. Peut-être la {{Région}}, ou {{France Travail}}. Elle : « donc c'est pas vous ». Non. {{2 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Amiens}}, quartier {{Saint-Leu}}. Allocataire étudiant : [[PERSONNE:Baptiste Lagache]], dossier [[N_ALLOCATAIRE:8842017]], [[ADRESSE:17 rue des Majots, 80000 Amiens]]. Sur la boîte aux lettres, trois noms : [[PERSONNE:LAGACHE]], [[PERSONNE:NGUYEN]], [[PERSONNE:DIOP]]. Colocation pas déclarée. Le contrôleur, [[PERSONNE:Thierry]] : « coloc = {{APL}} partagée, c'est pas un drame ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} des {{Flandres}}, {{Dunkerque}}. Mme [[PERSONNE:Angèle Vercoutre]], {{81 ans}}, donne sa date de naissance comme une comptine : « le [[DATE_NAISSANCE:quatorze juillet quarante-trois]], comme la {{fête nationale}} ». Sa carte Vitale est « passée à la machine ». L'agent, [[PERSONNE:Gaël]], commande la nouvelle, {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Ousmane Camara]], étudiant à l'{{IUT}} de {{Béthune}}, demande la {{C2S}}. Titre de séjour étudiant, n° [[IDENTIFIANT:6204418035]]. L'agente remplit avec lui le formulaire {{S3711}}. Il a des écouteurs {{Apple}} autour du cou et sa carte de bus {{Tadao}} dans la main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Présentoir sur le comptoir : « {{M'T dents}} », « {{Mon espace santé}} », « dépistage du cancer colorectal dès {{50 ans}} ». L'agente en donne un à chaque monsieur qui a l'air d'avoir plus de {{50 ans}}. Certains le prennent mal.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Les {{IJ}} d'un assuré n'arrivent pas. L'agent, [[PERSONNE:Romain]], voit que le RIB enregistré est celui d'un compte clôturé. M. [[PERSONNE:Rui Pereira]] dicte le nouveau, [[IBAN:FR76 1670 6050 3160 4182 7395 097]], mais il faut le justificatif par courrier. Il laisse son portable pour être prévenu : [[TELEPHONE:06 71 82 49 05]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Béthune}} : M. [[PERSONNE:Kévin Flament]], arrêt pour entorse, trouvé devant chez lui en train de laver sa {{Golf}} ([[IMMATRICULATION:FD-447-KS]]), pied bandé. L'agente, [[PERSONNE:Corinne]], note « présent au domicile ». Dans la voiture elle me dit : « laver sa voiture c'est pas interdit ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Calais}}. Mme [[PERSONNE:Dorothée Lagaisse]] demande une aide pour sa facture d'eau, {{186,40 €}}, réf. client {{Veolia}} [[IDENTIFIANT:1027845563]]. L'agent, [[PERSONNE:Rémi]], fait le dossier pour la commission du {{mardi}}. Elle a les mains abîmées, elle travaille à la conserverie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide à la complémentaire santé : M. [[PERSONNE:Jacques Pollet]], né le [[DATE_NAISSANCE:1er mars 1951]], [[ADRESSE:3 rue du Quai, 59140 Dunkerque]]. Ancien instit, carte {{MGEN}} n° [[IDENTIFIANT:259140862]]. Sa pension : {{1 486 €}}. L'agente trouve qu'il a droit à un peu, {{15 €}} par mois. « C'est toujours ça. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "Devant le {{CCAS}}, arrêt {{Hôtel de Ville}}, lignes {{1}} et {{3}} du réseau {{Calais Opale Bus}}. Trois personnes fument en attendant l'ouverture de {{13h30}}. Un monsieur : « c'est {{Macron}} qui devrait venir faire la queue ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille qui vit à {{Lyon}} appelle pour sa mère à {{Calais}}, Mme [[PERSONNE:Monique Ledoux]], qui ne mange plus. Elle laisse son mail, [[EMAIL:audrey_ledoux@yahoo.fr]], et son portable, [[TELEPHONE:06 10 27 38 49]]. L'agent propose une visite de l'infirmière du CCAS.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide sociale à l'hébergement (entrée en EHPAD) : M. [[PERSONNE:Marcel Dhalluin]], {{90 ans}}, né à {{Roubaix}}. Son fils tend la carte Vitale : [[NIR:1 35 01 59 512 039 77]]. L'assistante sociale, [[PERSONNE:Aline]], explique l'obligation alimentaire. Le fils blêmit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune arrive en boitant, maillot du {{LOSC}} floqué {{YAZICI}}. Il se présente : « [[PERSONNE:Yanis]], mais tout le monde dit « [[PERSONNE:Nini]] » ». Chute de trottinette {{rue Solférino}}. L'IAO, [[PERSONNE:Mathieu]], ne rit pas, l'écrit quand même dans les observations.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Saint-Quentin}}. Mme [[PERSONNE:Hélène Dupuis]] arrive avec sa mère, Mme [[PERSONNE:Renée Dupuis]]. Elle donne la carte Vitale de sa mère ([[NIR:2 42 08 02 691 105 70]]), sa carte {{Harmonie Mutuelle}}, n° [[IDENTIFIANT:117380452]], et son propre portable pour l'équipe : [[TELEPHONE:07 66 31 02 84]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : « bonjour, je voudrais parler au {{Dr House}} ». Le standardiste, imperturbable : « quel service ? ». L'autre raccroche. Troisième fois de la semaine, paraît-il.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV au CHRS avec [[PERSONNE:Ibrahim Konaté]] (« comme le joueur de {{Liverpool}}, sans le A », l'autre c'est {{Ibrahima Konaté}}), né le [[DATE_NAISSANCE:25/05/1996]]. Identifiant [[ID_FRANCE_TRAVAIL:6612093E]]. L'éduc, [[PERSONNE:Claire]], l'aide à mettre son expérience de plongeur chez {{Flunch}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle télé du CHRS, {{20h}} : match de {{Lens}} sur {{beIN}}. {{14}} résidents, {{2}} éducs. Quand {{Lens}} marque, un résident de {{70 ans}} se lève et pleure.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Pas-de-Calais}}. Une femme appelle de chez une voisine, [[ADRESSE:9 rue Anatole France, 62400 Béthune]] (« en face du collège {{Anatole France}} »). Son compagnon, [[PERSONNE:Jérémy Wattez]], l'a mise dehors. L'écoutante, [[PERSONNE:Sonia]], note le fixe de la voisine, [[TELEPHONE:03 21 56 09 72]], et cherche une place femmes.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation des nouveaux écoutants par [[PERSONNE:Danièle]] : « ne jamais promettre une place », « toujours demander si la personne est en sécurité », « le {{17}} si danger ». {{3}} nouveaux ce soir, ils prennent des notes sur leur bras.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à la maison-relais de {{Saint-Pol-sur-Mer}} : M. [[PERSONNE:Roger Lemaître]], {{66 ans}}, sous curatelle renforcée ({{UDAF}}), mesure RG [[IDENTIFIANT:21/00847]]. Sa chambre : un poste radio, une photo de {{Johnny}}, une plante grasse. L'éduc dit qu'il descend plus aux repas.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un jeune couple en logement diffus à {{Lens}}, {{cité 12}}. Dans la cour, un scooter {{Peugeot Kisbee}} sans plaque et une vieille {{Golf}} avec plaque belge : [[IMMATRICULATION:1-GHK-274]]. L'éduc, [[PERSONNE:Tiphaine]], demande à qui c'est. « À mon cousin de {{Tournai}} », dit [[PERSONNE:Dylan]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Dunkerque}}. M. [[PERSONNE:Éric Vandewalle]] vient pour l'offre {{184FNKP}}, sous-traitant d'{{ArcelorMittal}} ({{Ponticelli}}). La conseillère, [[PERSONNE:Laurence]], lui dit que le {{CACES R489}} est exigé ; il l'a, périmé depuis {{2022}}. Recyclage à {{Grande-Synthe}}, {{35 h}}. Identifiant [[ID_FRANCE_TRAVAIL:2274508G]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Fatima Ezzahra Lahlou]] signale un changement de banque pour l'{{ARE}}, nouveau RIB {{Banque Postale}} : [[IBAN:FR02 2004 1010 0522 8194 7L02 284]]. La conseillère, [[PERSONNE:Julie]], vérifie le titulaire et imprime l'accusé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Box de rdv n° {{4}} : calendrier {{Crédit Mutuel}} sur la cloison, dessin d'enfant « pour maman ». La conseillère reçoit {{14}} personnes par jour, portefeuille de {{230}} demandeurs. Elle dit « portefeuille » sans ironie.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique avec [[PERSONNE:Léna Caron]], {{22 ans}}, identifiant [[ID_FRANCE_TRAVAIL:9031746P]], née le [[DATE_NAISSANCE:11/11/2002]]. Elle cherche dans l'animation, a le {{BAFA}}. La conseillère lui parle d'un poste au centre de loisirs de {{Wasquehal}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Djamel Hamidi]] dicte son mail : « [[EMAIL:djamel point hamidi arobase gmail point com]] ». Le conseiller, [[PERSONNE:Marc]], l'écrit, oublie le point, recommence. Identifiant rappelé : [[ID_FRANCE_TRAVAIL:1148829K]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un recruteur d'{{Adecco}} {{Arras}}, [[PERSONNE:Anthony Delahaye]], appelle pour un candidat, M. [[PERSONNE:Gauthier]]. Il laisse le numéro de l'agence, {{03 21 71 44 90}}, pas le sien. La conseillère, [[PERSONNE:Yasmina]], promet de transmettre.",
    ),
]

# Batch 8: notes 211-240.
BATCH_8 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Prune Deleplanque]] a imprimé la page {{caf.fr}} sur l'aide au {{BAFA}} ({{91,47 €}}) pour sa fille. N° alloc [[N_ALLOCATAIRE:3360458]]. L'agente, [[PERSONNE:Ludivine]], vérifie le RIB du dossier, [[IBAN:FR76 3002 7172 2100 0207 1390 420]], toujours bon. Mme a apporté des {{prunes}} du jardin dans un sac {{Carrefour}}, l'agente en prend deux.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{16h28}}, deux minutes avant la fermeture. Le vigile ferme la porte. Une dame tape à la vitre avec un dossier. Il rouvre : « vous avez {{2 minutes}} ». Elle en prendra {{15}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel via le relais pour personnes sourdes : une interprète en {{LSF}} traduit en direct pour M. [[PERSONNE:Benoît Carré]]. N° alloc [[N_ALLOCATAIRE:0917364]]. Il veut un rdv en visio ; l'agente, [[PERSONNE:Priscilla]], note son mail, [[EMAIL:benoit.carre.lsf@gmail.com]]. Tout passe par l'interprète, l'agente parle plus lentement sans s'en rendre compte.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Laon}}, ville haute. Mme [[PERSONNE:Cindy Mahieu]], dossier [[N_ALLOCATAIRE:4470921]], [[ADRESSE:22 rue Sérurier, 02000 Laon]]. Devant la maison, un {{Renault Trafic}} avec « {{Mahieu Paysages}} » peint sur le côté, plaque [[IMMATRICULATION:FB-613-LZ]]. Son frère, [[PERSONNE:Jonathan]], explique que c'est sa boîte à lui, qu'il passe juste déjeuner. Le contrôleur, [[PERSONNE:Grégoire]], note « à vérifier au registre ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fin de journée : le contrôleur tape ses {{4}} rapports dans la voiture, ordi sur les genoux, clé {{4G}} qui décroche. Il dit qu'il passe plus de temps à écrire qu'à contrôler.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agence {{Cpam}} de {{Douai}}. M. [[PERSONNE:Jean-Pierre Papin]] (« non, pas le footballeur », il l'a entendue toute sa vie) vient pour une attestation. L'agente, [[PERSONNE:Nadia]], relit le NIR, [[NIR:1 71 09 59 178 062 96]], né à {{Douai}}. Elle ne dit rien, mais je la vois sourire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman vient avec son fils, [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:2 août 2018]], pour la prise en charge d'un bilan orthophonique demandé par le {{CMP}}. Dossier {{MDPH}} en parallèle, réf. [[IDENTIFIANT:MDPH62-2025-004417]]. L'agente, [[PERSONNE:Éloïse]], lui explique que ce n'est pas lié. [[PERSONNE:Adam]] joue avec le distributeur de tickets.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Véronique Stievenart]] veut résilier sa {{C2S}}, elle a maintenant la mutuelle d'entreprise chez {{Auchan}}. L'agent, [[PERSONNE:Benoît]], lui dit de déposer l'attestation dans la messagerie {{ameli}}. Pas de compte : il envoie le lien de création à [[EMAIL:v.stievenart@gmail.com]] et la rappellera au [[TELEPHONE:06 95 13 70 28]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Argumentaire scotché sous l'écran : « {{Mon espace santé}} : ne jamais demander le code reçu par SMS » ; « {{ameli.fr}} » ; « {{3646}} : service gratuit + prix appel » ; « urgence : le {{15}} ». L'agent dit qu'il lit ça depuis {{8 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tourcoing}}, permanence énergie. M. [[PERSONNE:Hervé Lenglart]] montre son {{chèque énergie}} ({{194 €}}) et une facture {{Engie}}, n° client [[IDENTIFIANT:302 118 4476]]. L'agente, [[PERSONNE:Farida]], explique que le chèque s'envoie directement au fournisseur. Pour l'aide complémentaire, elle prend le RIB : [[IBAN:FR76 1627 5002 0008 3019 4726 182]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au repas des aînés : Mme [[PERSONNE:Jeannine Vandeputte]], née le [[DATE_NAISSANCE:20/04/1938]], [[ADRESSE:35 rue de Lille, 59200 Tourcoing]]. Au menu, {{potjevleesch}} et frites. Elle veut être à côté de Mme [[PERSONNE:Dewitte]], « sinon je viens pas ». L'agent note : table {{7}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le bailleur {{Lille Métropole Habitat}} appelle : une locataire, Mme [[PERSONNE:Khadija Ammari]], {{2 800 €}} de dette, procédure d'expulsion, jugement RG [[IDENTIFIANT:24/01972]]. Le chargé de contentieux, M. [[PERSONNE:Deschamps]], donne sa ligne directe, [[TELEPHONE:03 20 88 51 37]], plutôt que le standard, {{03 20 88 50 00}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur conteste le refus de son aide et cite « l'{{article L. 123-5}} du {{code de l'action sociale et des familles}} », qu'il a lu sur {{Légifrance}}. L'agent, [[PERSONNE:Nicolas]], l'écoute jusqu'au bout, puis lui explique la voie de recours. {{25 minutes}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Bruay-la-Buissière}} chez M. [[PERSONNE:Zbigniew Nowicki]], ancien mineur, {{88 ans}}, né en [[DATE_NAISSANCE:1937]] en {{Pologne}}. Carte Vitale sur le buffet : [[NIR:1 37 02 99 122 008 73]]. La travailleuse sociale, [[PERSONNE:Marie]], évalue ; lui montre sa lampe de mineur et sa médaille de la {{Sainte-Barbe}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Calais}}. Un chauffeur routier bulgare, [[PERSONNE:Georgi Petrov]], malaise au volant sur l'{{A16}}. Son camion {{DAF}} est resté sur l'aire, immatriculé [[IMMATRICULATION:CA 4821 KT]]. L'IAO, [[PERSONNE:Aurélie]], appelle un interprète par {{ISM Interprétariat}}, {{12 min}} d'attente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame âgée, confuse. Elle donne son nom, [[PERSONNE:Madeleine Delrue]], puis une adresse d'il y a {{30 ans}}, [[ADRESSE:4 rue Jean Jaurès, Hénin-Beaumont]], et « [[DATE_NAISSANCE:34]] » pour l'année de naissance. Dans son sac, une {{madeleine}} {{St Michel}} et sa carte Vitale : [[NIR:2 34 06 62 427 031 14]]. Elle réclame sa sœur, [[PERSONNE:Odile]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relevé de l'IAO, [[PERSONNE:Fabienne]] :\n- {{14h}} : {{26}} patients en attente\n- {{15h}} : {{31}}\n- {{16h}} : {{29}}\n« On vide une baignoire avec une cuillère. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Kamara]], généraliste, annonce un patient : M. [[PERSONNE:Thierry Lesage]], déjà connu, IPP [[IDENTIFIANT:59011847]]. Il laisse son portable pour le retour, [[TELEPHONE:06 22 70 93 41]] ; le standardiste répète chiffre par chiffre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour de l'{{Abej}}. M. [[PERSONNE:Gilles Vermeulen]] demande s'il a du courrier. L'agent trouve une lettre de la {{Caf}} et une du {{Trésor public}}, adressées à l'adresse de domiciliation : {{Abej Solidarité}}, {{Lille}}. [[PERSONNE:Gilles]] ouvre celle du Trésor, la referme aussitôt.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission en urgence d'une jeune mère et de son bébé : Mme [[PERSONNE:Rahma Ben Salah]], la petite [[PERSONNE:Yasmine]], née le [[DATE_NAISSANCE:3 janvier 2025]]. Passeport tunisien n° [[IDENTIFIANT:Z539204]]. L'éduc installe un lit parapluie dans la {{chambre 6}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS a un potager. Tomates, courgettes, un {{olivier}} en pot qui ne donnera jamais d'olives. Un résident arrose tous les matins à {{7h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une assistante sociale de l'hôpital {{Saint-Vincent-de-Paul}} prépare la sortie de M. [[PERSONNE:Aliou Diop]]. Son mail pro : [[EMAIL:m.lecerf@ghicl.net]]. Le portable du patient : [[TELEPHONE:07 53 88 12 64]]. L'écoutant : « rien avant lundi ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La police de {{Boulogne-sur-Mer}} appelle le {{115}} : un homme dort dans une camionnette immatriculée au {{Portugal}}, [[IMMATRICULATION:AH-38-QL]], sur le port. Il s'appelle [[PERSONNE:João Pinto]], ne parle pas français. L'écoutante essaie en espagnol.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de sortie : M. [[PERSONNE:Laurent Duez]] entre dans un logement {{Pas-de-Calais Habitat}}, [[ADRESSE:2 place du 8 Mai 1945, 62110 Hénin-Beaumont]]. L'éduc, [[PERSONNE:Karima]], l'aide à mettre en place le prélèvement du loyer sur son compte : [[IBAN:FR76 1562 9027 2700 0520 4863 373]]. Il a acheté un canapé chez {{Conforama}}, encore dans le plastique.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Creil}}. M. [[PERSONNE:Lamine Cissé]] vient pour l'offre {{185QWRT}}, vendeur chez {{Mr Bricolage}} à {{Nogent-sur-Oise}}. La conseillère, [[PERSONNE:Anne]], met son CV à jour, identifiant [[ID_FRANCE_TRAVAIL:5748102X]]. Il a le permis, pas de voiture : bus {{AXO}} ligne {{C}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réinscription de Mme [[PERSONNE:Priscillia Bracq]], née le [[DATE_NAISSANCE:16 septembre 1985]], fin de CDD à l'{{Ehpad}} de {{Liévin}}. Identifiant conservé, [[ID_FRANCE_TRAVAIL:4093316R]]. Mail : [[EMAIL:priscillia.bracq@laposte.net]]. Elle dit qu'elle reviendra « dans {{6 mois}}, comme d'hab ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Info collective « {{Prépa compétences}} », {{salle 2}}. Le formateur de l'{{AFPA}}, [[PERSONNE:Hervé]], présente les métiers en tension : aide-soignant, conducteur de bus (« {{Ilévia}} recrute »), soudeur. Sur son diapo : « salaire médian {{1 850 €}} net ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Kamel Boudjemaa]] appelle depuis le portable de sa femme, [[TELEPHONE:07 69 14 05 82]], le sien est cassé. Identifiant [[ID_FRANCE_TRAVAIL:8832604M]]. Il veut savoir si son stage chez {{Norauto}} compte comme activité. Oui, à déclarer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Trop-perçu d'{{ARE}} : {{1 837,22 €}}. Mme [[PERSONNE:Sylvie Dutoit]] pleure au téléphone. Le conseiller, [[PERSONNE:Karim]], propose un échéancier à {{50 €}} par mois, elle dit « d'accord » sans comprendre, il réexplique.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La responsable RH d'une boulangerie {{Paul}} de la métropole, [[PERSONNE:Sandrine]], appelle pour une {{POEI}} : elle a retenu [[PERSONNE:Paul Lemaire]] (« un [[PERSONNE:Paul]] chez {{Paul}}, ça porte chance »). La conseillère rit et valide le plan de formation, {{400 heures}}.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8

LABELS = (
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
)
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
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
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"stray mark in {text[:60]!r}")
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
        dev.extend(ids[:half])
        holdout.extend(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return set(dev), set(holdout)


def write(path, notes):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def stats(notes, dev_ids, holdout_ids):
    parts = {"all": notes}
    parts["dev"] = [n for n in notes if n["id"] in dev_ids]
    parts["holdout"] = [n for n in notes if n["id"] in holdout_ids]
    for name, group in parts.items():
        cells = Counter((n["site_kind"], n["channel"]) for n in group)
        labels = Counter(e["label"] for n in group for e in n["entities"])
        keep = sum(len(n["keep"]) for n in group)
        empty = sum(1 for n in group if not n["entities"])
        print(f"== {name}: {len(group)} notes, {empty} without entity, {keep} keep entries")
        for (site_kind, channel), count in sorted(cells.items()):
            print(f"  {site_kind}/{channel}: {count}")
        for label in LABELS:
            print(f"  {label}: {labels[label]}")


def main(argv):
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    if "--stats" in argv:
        stats(notes, dev_ids, holdout_ids)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
