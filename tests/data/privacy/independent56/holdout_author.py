"""Independent evaluation corpus n° 56: 240 hand-written French observation notes.

Each note is written by hand below as a ``(site_kind, channel, text)`` tuple whose text
carries inline marks:

- ``[[LABEL:value]]``: a value to mask (a personal datum), labelled ``LABEL``;
- ``{{value}}``: a string to keep (it looks like personal data but is not).

``parse`` strips the marks and computes the offsets (Python string indices, end exclusive).
Ids ``ind56-001`` … ``ind56-240`` follow the writing order. ``split`` draws dev / holdout
from the ids and the cells (site kind × channel) only, with ``random.Random(56)``.
Running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it (standard library
only, deterministic).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind56"
SEED = 56

# fmt: off
# --- notes 001-035 -------------------------------------------------------------------------
NOTES_1 = [
    ("caf", "accueil_physique",
     "Ticket {{A023}}, appelé à {{9h07}}. Mme [[PERSONNE:Ouedraogo]] donne son n° alloc de tête : [[N_ALLOCATAIRE:2 75 41 98]]… l'agente ([[PERSONNE:Sandrine]]) tape, rien. En fait c'est [[N_ALLOCATAIRE:2754189]], elle avait inversé les 2 derniers chiffres. Question sur la {{prime d'activité}} : {{187,32 €}} au lieu de {{241 €}} le mois dernier. Réponse : trimestre de ressources à refaire sur {{caf.fr}}."),
    ("caf", "accueil_telephonique",
     "Appel {{14h32}}, attente annoncée {{12 min}} sur le {{3230}}. Le monsieur donne son numero allocataire en deux fois : « [[N_ALLOCATAIRE:061]]… attendez… [[N_ALLOCATAIRE:4472]] ». Le conseiller ([[PERSONNE:Karim]]) relit : [[N_ALLOCATAIRE:zéro six un quatre quatre sept deux]]. C'est M. [[PERSONNE:Lacoste Jean-Marc]], il appelle pour l'{{AAH}} de sa fille, dossier {{MDPH}} réf [[IDENTIFIANT:33-2024-018544]] toujours en cours d'instruction."),
    ("france_travail", "accueil_physique",
     "Jeune ({{19 ans}}) veut s'inscrire, il a deja un identifiant d'une ancienne inscription : [[ID_FRANCE_TRAVAIL:0841237 S]]. Mme [[PERSONNE:Faure]] le retrouve au nom de [[PERSONNE:Yanis Belkacem]]. Offre repérée sur le site : {{184KWZP}}, cariste à {{Blanquefort}}, {{CACES R489}} demandé. Elle lui imprime la fiche + le n° du {{3949}} au cas où."),
    ("urgences", "accueil_physique",
     "{{23h40}} IAO. Un monsieur arrive avec sa femme, douleurs thoraciques. L'infirmière d'accueil tape : [[PERSONNE:SOUMARE Awa]], née le [[DATE_NAISSANCE:14/02/1961]]. Bracelet imprimé avec l'IPP [[IDENTIFIANT:800 417 552]]. {{Tri 2}}, {{box 7}}. Le mari ([[PERSONNE:Boubacar]]) reste en salle d'attente, {{14 personnes}} devant lui."),
    ("ccas", "accueil_physique",
     "File dès {{8h30}} devant le {{CCAS}}, ouverture à {{9h}}. {{11 personnes}}. Beaucoup pour la domiciliation et les colis de l'{{épicerie solidaire}}. Un papi râle que la machine à café est en panne depuis {{lundi}} 😅. Personne ne donne son nom à l'accueil, juste le motif."),
    ("cpam", "accueil_telephonique",
     "{{3646}}, appel de {{10h05}}. Dame veut sa carte vitale refaite, perdue au {{marché des Capucins}}. Le conseiller demande le NIR, elle lit sur une vieille attestation : [[NIR:2 87 03 33 318 112 80]]. Née à {{Pessac}} en [[DATE_NAISSANCE:mars 87]], ça colle. Nom : [[PERSONNE:Morgane Etcheverry]], « avec un y à la fin ». Nouvelle carte commandée sur {{Ameli}}, délai {{3 semaines}}."),
    ("chrs", "accueil_telephonique",
     "{{115}}, {{21h50}}. Femme avec {{2 enfants}}, à la rue depuis ce soir, dit qu'elle a déjà une demande {{SIAO}} : « c'est [[IDENTIFIANT:SIAO33-2024-07719]] je crois ». L'écoutant ([[PERSONNE:Thibault]]) trouve la fiche au nom de Mme [[PERSONNE:Nkounkou]], demande bien active. Plus de place ce soir, proposition hôtel {{Ibis Budget Bordeaux Lac}}, {{chambre 214}}, pour {{2 nuits}}. Rappel demain matin au 115."),
    ("france_travail", "accueil_telephonique",
     "{{3949}}. Un monsieur furieux : radié pour absence à un rdv du {{12 mars}} alors qu'il était hospitalisé. Le conseiller ([[PERSONNE:Nicolas]]) lui dit d'envoyer le bulletin d'hospitalisation par la messagerie de l'espace perso. Identifiant donné : [[ID_FRANCE_TRAVAIL:4129986 L]]. Il tutoie le conseiller, qui reste très calme."),
    ("caf", "controle_sur_place",
     "Contrôle à domicile avec [[PERSONNE:Véronique]] (contrôleuse depuis {{22 ans}}). Adresse : [[ADRESSE:17 rue Achard, 33300 Bordeaux]], {{3e étage}} sans ascenseur. M. [[PERSONNE:Tran Van Long]] vit seul d'après la déclaration, mais 2 brosses à dents, des chaussures de femme. Il dit : ma sœur [[PERSONNE:Linh]] passe le week-end. [[PERSONNE:Véro]] note sans commentaire. {{RSA}} {{607 €}}."),
    ("cpam", "accueil_physique",
     "{{Guichet 4}}. Monsieur avec une facture de l'ambulance : facture n° [[IDENTIFIANT:AMB-24-03391]], {{218,60 €}}, il veut savoir si c'est remboursé à {{100 %}}. L'agente, Mme [[PERSONNE:Ferrand]], regarde : {{ALD}} oui, mais le transport n'était pas prescrit. Formulaire {{Cerfa 11574*04}} à faire remplir par le médecin. Il repart avec une photocopie."),
    ("chrs", "accueil_physique",
     "Petit-déj au {{CHRS}} : {{7h30}}-{{9h}}. {{26 résidents}}. Tableau blanc à l'entrée : « RDV {{SIAO}} jeudi {{10h}} », « lessive : {{machine 2}} HS ». Un éducateur fait la tournée des chambres pour les rendez-vous {{CMP}}. Ambiance calme, radio sur {{France Bleu Gironde}}."),
    ("france_travail", "accueil_physique",
     "Rdv {{10h15}}. Conseillère : [[PERSONNE:Hélène]]. Demandeuse : Mme [[PERSONNE:Rodrigues]], {{52 ans}}. Elle a une promesse d'embauche de la {{Boulangerie Dubreuil}} (SIRET {{84127390500015}}), vendeuse {{24h}}/semaine. [[PERSONNE:Hélène]] vérifie l'offre liée : n° {{183LMKD}}. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:5503317K]]. Aide à la reprise possible, formulaire à remplir avant le {{1er}} jour de travail."),
    ("ccas", "accueil_telephonique",
     "Appel d'une dame pour une aide {{facture d'énergie}}. Elle lit sa facture {{EDF}} : référence client [[IDENTIFIANT:6002 418 773]], facture n° [[IDENTIFIANT:10 2341 88 571]], montant {{412,18 €}}, échéance le {{28 février}}. L'assistante prend son numéro pour la rappeler : [[TELEPHONE:06 71 22 48 09]]. Nom : [[PERSONNE:Josiane Marty]]. Commission d'aides le {{5 mars}}."),
    ("urgences", "accueil_telephonique",
     "Standard des urgences, {{16h}}. Appels de familles qui cherchent un proche : la secrétaire ne confirme rien au téléphone, « je ne peux pas vous dire si la personne est chez nous ». Elle renvoie vers le {{15}} pour les conseils médicaux. {{4 appels}} en {{10 min}}."),
    ("caf", "accueil_physique",
     "Changement de RIB au {{guichet 2}}. La jeune femme tend son nouveau RIB {{Nickel}} : [[IBAN:FR76 1659 8000 0140 0188 2736 117]]. L'agent ([[PERSONNE:Ludovic]]) le scanne, dit que le versement de {{mai}} partira encore sur l'ancien compte. Elle s'appelle [[PERSONNE:Inès Haddad]], alloc [[N_ALLOCATAIRE:3308152]]."),
    ("chrs", "controle_sur_place",
     "Visite en diffus avec l'éduc [[PERSONNE:Samia]] : appartement du {{CHRS}} au [[ADRESSE:8 allée des Peupliers, 33150 Cenon]]. Deux résidents, [[PERSONNE:Dimitri]] et [[PERSONNE:Alain]], se partagent le {{T3}}. Frigo vide, [[PERSONNE:Samia]] appelle la {{Banque alimentaire}}. Loyer résiduel {{75 €}}/mois. Une voiture épave sur le parking, plaque [[IMMATRICULATION:AP-671-QZ]], [[PERSONNE:Dimitri]] dit que c'est celle de son cousin."),
    ("cpam", "controle_sur_place",
     "Contrôle arrêt maladie avec l'agent assermenté, M. [[PERSONNE:Garnier]]. {{14h10}} : on sonne chez Mme [[PERSONNE:Lopes]], [[ADRESSE:23 avenue Thiers, Bordeaux]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}, donc elle devrait être là. Personne. Avis de passage dans la boîte. [[PERSONNE:Garnier]] : « une fois sur trois c'est comme ça ». Numéro d'arrêt sur la tablette : [[IDENTIFIANT:AT-2025-441870]]."),
    ("france_travail", "accueil_telephonique",
     "Rappel sortant programmé, {{11h}}. La conseillère ([[PERSONNE:Aurélie]]) demande l'identifiant pour vérifier : le monsieur épelle « [[ID_FRANCE_TRAVAIL:quatre, sept, sept, zéro, un, deux, neuf, B]] comme {{Bernard}} ». Elle tape [[ID_FRANCE_TRAVAIL:4770129B]]. Dossier à jour, actualisation à faire entre le {{28}} et le {{15}} du mois suivant."),
    ("caf", "accueil_telephonique",
     "Plateforme tél : l'écran de supervision affiche {{38 appels en attente}}, temps moyen {{17 min}}. Les conseillers enchaînent. Sujet n°1 ce matin : la {{prime de Noël}} (versée ou pas ?). Sujet n°2 : {{APL}} étudiants. Le chef d'équipe dit que le lundi c'est toujours pire."),
    ("urgences", "accueil_physique",
     "Salle d'attente, écran : « Patient {{n° 47}}, {{box 12}} ». Numéros d'ordre, pas les noms (👍 confidentialité). Mais à l'accueil administratif la secrétaire dit fort : « Monsieur [[PERSONNE:Kowalczyk]], votre carte mutuelle ? ». Mutuelle {{Harmonie}} n° [[IDENTIFIANT:17 402 558 3]]. Attente estimée {{4h30}}."),
    ("ccas", "controle_sur_place",
     "Visite à domicile avec l'assistante sociale du {{CCAS}} de {{Lormont}}. Chez M. et Mme [[PERSONNE:Benali]], [[ADRESSE:3 rue Lamartine, 33310 Lormont]], {{4e}} sans ascenseur, lui en fauteuil depuis son AVC. Demande de portage de repas + dossier {{APA}}. Le fils ([[PERSONNE:Rachid]]) est là, donne son tel pour les suites : [[TELEPHONE:07 68 13 90 44]]. Elle remplit le formulaire APA papier, {{12 pages}}."),
    ("france_travail", "accueil_physique",
     "Atelier numérique : les gens découvrent {{La Bonne Boîte}} et {{Indeed}}. {{5 présents}} sur {{8 inscrits}}. Un des participants n'a pas de mail, la conseillère lui en crée un pendant l'atelier (je n'ai pas noté l'adresse). Fin à {{16h05}}."),
    ("cpam", "accueil_physique",
     "Accueil {{Cpam}} {{Mériadeck}}. Monsieur âgé, veut savoir où en est sa pension d'invalidité. L'agent lui demande le numéro de sécu, il le lit sur sa carte :\n[[NIR:1 62 11 99 352\n048 06]]\nné en [[DATE_NAISSANCE:1962]] en {{Algérie}}. Problème : dossier transféré à la {{Carsat}}. L'agent lui donne le {{3960}}."),
    ("caf", "accueil_physique",
     "Mère avec poussette + bébé de {{3 mois}}, vient déclarer la naissance. Bébé : [[PERSONNE:Lyna]]. L'agente lui fait remarquer que la déclaration en ligne est plus rapide. Elle répond « j'ai pas internet depuis que {{Free}} m'a coupé ». Délai annoncé pour la {{PAJE}} : {{1 mois}}."),
    ("chrs", "accueil_telephonique",
     "{{115}}, appel d'une assistante sociale de l'hôpital {{Charles Perrens}} : sortie d'hospitalisation demain pour M. [[PERSONNE:Lopez Ramirez]], n° {{SIAO}} [[IDENTIFIANT:2023-SIAO-004561]], puis elle se corrige : « pardon, la fin c'est [[IDENTIFIANT:4516]] ». Sur l'écran c'est bien [[IDENTIFIANT:2023-SIAO-004516]]. Place trouvée en {{halte de nuit}}, à partir de {{19h}}."),
    ("urgences", "accueil_physique",
     "{{2h15}} : une voiture garée devant l'entrée des ambulances, feux de détresse. Le vigile relève la plaque [[IMMATRICULATION:FK-208-LB]] et l'annonce au micro. Le conducteur arrive en courant : il a déposé sa mère, Mme [[PERSONNE:Gonçalves]]. Il repart déplacer la voiture sur le parking {{P2}}."),
    ("cpam", "accueil_telephonique",
     "{{3646}}, j'écoute {{5 appels}} : 2 pour des remboursements de lunettes ({{100% santé}}), 1 pour une attestation de droits, 1 qui s'est trompé de numéro (voulait les impôts), 1 raccroche pendant l'attente. Durée moyenne {{6 min}}."),
    ("france_travail", "accueil_physique",
     "Entretien de suivi, {{bureau B14}}. La conseillère, Mme [[PERSONNE:Ngo]], ouvre le dossier de [[PERSONNE:Kevin Marchal]] : identifiant [[ID_FRANCE_TRAVAIL:2287415R]], inscrit depuis {{14 mois}}, {{ARE}} fin de droits en {{juin}}. Il cherche dans la logistique. Elle lui propose l'offre {{182PQTZ}} (préparateur de commandes chez {{Cdiscount}} à {{Cestas}}). Il donne son nouveau mail : [[EMAIL:kev.marchal33@gmail.com]]. Rdv suivant le {{3 avril}} à {{9h30}}."),
    ("ccas", "accueil_physique",
     "Domiciliation : l'agent remet le courrier. M. [[PERSONNE:Stoica]], attestation d'élection de domicile n° [[IDENTIFIANT:DOM-2024-0318]]. Il a {{3 lettres}}, dont une de la {{Caf}}. Il demande qu'on la lui lise, il ne lit pas bien le français."),
    ("caf", "controle_sur_place",
     "Contrôle ressources chez Mme [[PERSONNE:Leroy]], à {{Floirac}}. La contrôleuse vérifie les relevés : le compte de versement est [[IBAN:FR76 1330 6000 2171 4520 9831 052]] au nom de madame, mais il y a un 2e compte {{Boursorama}} non déclaré. Devant la maison, une voiture immatriculée [[IMMATRICULATION:EV-332-HN]] : « c'est celle de mon ex ». Rapport à faire sous {{15 jours}}."),
    ("urgences", "accueil_telephonique",
     "Secrétariat des urgences, une dame veut récupérer un compte-rendu. La secrétaire demande le numéro de séjour sur la facture : « [[IDENTIFIANT:24 118 007 53]] ». + date de naissance du patient : [[DATE_NAISSANCE:2 septembre 1940]]. Patient : son père, M. [[PERSONNE:Larrieu]]. Envoi par courrier sous {{8 jours}}, pas par mail."),
    ("chrs", "accueil_physique",
     "Au {{CHRS}}, un résident qu'on appelle « [[PERSONNE:Titi]] » vient chercher son traitement à l'infirmerie. L'infirmière, [[PERSONNE:Nadège]], le connaît depuis {{6 ans}}. Il montre fièrement ses baskets {{Nike}} données par le {{Secours populaire}}."),
    ("france_travail", "accueil_telephonique",
     "Appel entrant côté entreprises : un restaurateur de {{Saint-Émilion}} veut déposer une offre. SIRET de l'entreprise {{44218765300013}} (lu par la conseillère). Il donne son portable perso : [[TELEPHONE:06 12 80 47 35]] et son nom, [[PERSONNE:Thierry Baylac]]. Offre créée en direct : n° {{186DHRV}}, commis de cuisine, {{35h}}, {{1 850 € brut}}."),
    ("cpam", "accueil_physique",
     "Borne multiservices en panne → {{6 personnes}} orientées vers le guichet. Délai pour une {{CSS}} (complémentaire santé solidaire) : {{2 mois}}. L'agent explique les plafonds à un couple, calculatrice à la main. Affiche au mur : « {{Ameli}}, c'est plus simple ». Ironique vu la file."),
    ("caf", "accueil_telephonique",
     "Appel {{15h12}}. Monsieur [[PERSONNE:Diakité]] rappelle pour la {{3e fois}}. Numéro allocataire lu à l'écran par la conseillère :\n[[N_ALLOCATAIRE:0983\n114]]\nIl veut être rappelé sur un autre numéro : [[TELEPHONE:07 53 21 09 86]], « ah non pardon c'est [[TELEPHONE:07 53 21 09 68]] »."),
]
# --- notes 036-070 -------------------------------------------------------------------------
NOTES_2 = [
    ("france_travail", "accueil_physique",
     "Accueil sans rdv, ticket {{C031}}. La dame n'a pas son identifiant, elle le retrouve dans un SMS : « Votre identifiant : [[ID_FRANCE_TRAVAIL:3316\n204 W]] » (coupé sur deux lignes sur l'écran de son tel). L'agent d'accueil ([[PERSONNE:Mehdi]]) tape, ok. Elle s'appelle [[PERSONNE:Sylvie Castaing]], elle veut juste une attestation employeur pour la {{Caf}}. Imprimée en {{2 min}}."),
    ("caf", "accueil_physique",
     "Mme [[PERSONNE:Guerin]] vient pour l'{{ASF}} : son ex ne paie plus la pension depuis {{8 mois}}. Elle a le jugement du {{JAF}} : RG [[IDENTIFIANT:22/04178]], tribunal judiciaire de {{Bordeaux}}, pension fixée à {{150 €}} par enfant. L'agent scanne. N° alloc [[N_ALLOCATAIRE:1846620]]. Elle demande si la {{Caf}} peut récupérer les impayés : oui, via l'{{ARIPA}}."),
    ("urgences", "accueil_physique",
     "Nuit de samedi. {{1h}} du matin, {{31 patients}} en attente dont {{6 sur brancard}} dans le couloir. Un jeune très alcoolisé chante du {{Jul}}, les agents de sécu le font sortir fumer. Une infirmière me dit qu'elle n'a pas mangé depuis {{18h}}. Le médecin senior arrive à {{1h40}}, ça débloque {{4 box}} d'un coup. Un monsieur âgé demande pour la {{3e fois}} où sont les toilettes : il n'y a pas de panneau visible. J'en parle à la cadre, elle rit jaune : « on l'a demandé en {{2019}} »."),
    ("cpam", "accueil_physique",
     "Rattachement d'un nouveau-né. Le papa donne le NIR du bébé lu sur l'acte : [[NIR:1 24 06 33 063 162 01]], né à {{Bordeaux}} le [[DATE_NAISSANCE:11 juin 2024]]. L'agente ([[PERSONNE:Christelle]]) rattache l'enfant aux deux parents. Prénom du bébé : [[PERSONNE:Noé]]. Le papa : M. [[PERSONNE:Mazouzi]]. Pas de carte vitale avant {{16 ans}}, elle explique. Attestation de droits imprimée."),
    ("ccas", "accueil_telephonique",
     "Standard du {{CCAS}} de {{Mérignac}}. {{9 appels}} en {{45 min}}. Sujets : tarif social cantine, carte {{TBM}} solidaire, un monsieur qui cherche un {{EHPAD}} pour sa mère, une dame qui veut parler au maire (!). L'agente note tout sur un cahier à spirale, pas de logiciel."),
    ("chrs", "accueil_telephonique",
     "{{115}} de nuit. Un monsieur appelle d'un tel prêté, il veut qu'on le rappelle sur ce numéro et le lit lentement : « [[TELEPHONE:zéro sept, soixante-deux, trente et un, quatre-vingt-huit, zéro cinq]] ». L'écoutante ([[PERSONNE:Maëlle]]) note [[TELEPHONE:07 62 31 88 05]]. Il s'appelle [[PERSONNE:Abdoulaye]], pas de nom de famille donné. Connu du {{SIAO}} ? non. Orienté vers la {{halte de nuit}} de {{Saint-Michel}}."),
    ("caf", "accueil_telephonique",
     "Une allocataire ne reçoit plus rien depuis {{mars}}. Le conseiller voit à l'écran « RIB rejeté » : l'IBAN saisi était [[IBAN:FR76 3000 4008 1700 0104 8223 731]], compte clôturé. Elle redonne son nouveau RIB {{La Banque Postale}} en lisant par groupes de 4 : « [[IBAN:FR17]]… attendez… [[IBAN:2004 1010 0112 3456 7A02 210]] ». « Envoyez quand même le RIB par l'espace {{Mon Compte}} ». Alloc [[N_ALLOCATAIRE:2290037]], Mme [[PERSONNE:Baudry]]."),
    ("france_travail", "accueil_telephonique",
     "File d'attente {{3949}} : message enregistré de {{1 min 20}} avant d'avoir quelqu'un. Puis choix 1, 2, 3… J'assiste à l'appel d'un jeune qui veut savoir si son contrat d'{{intérim}} de {{3 jours}} doit être déclaré : oui. Il raccroche content. {{4 min}} en tout."),
    ("urgences", "accueil_physique",
     "Accueil administratif : patient sans carte vitale, juste son titre de séjour. La secrétaire recopie : n° [[IDENTIFIANT:3302458176]], nom [[PERSONNE:KHAN Imran]], né le [[DATE_NAISSANCE:01/01/1990]] (« tout le monde est né le {{1er janvier}} là-bas » dit-elle, bof). Pas de droits ouverts → {{PASS}}, l'assistante sociale passe demain. Numéro de passage : [[IDENTIFIANT:25U004417]]."),
    ("cpam", "controle_sur_place",
     "Enquête de résidence avec l'enquêteur de la {{Cpam}} ([[PERSONNE:Olivier]]) : vérifier qu'une assurée vit bien en France pour sa {{CSS}}. Boîte aux lettres : trois noms, dont [[PERSONNE:Mendes]] et [[PERSONNE:A. Rousseau]]. Personne ne répond. La voisine dit qu'elle la voit tous les jours. {{20 min}} sur place, retour en voiture de service."),
    ("ccas", "accueil_physique",
     "Aide facultative : M. [[PERSONNE:Ferreira]] apporte ses factures. Eau : {{Suez}}, contrat [[IDENTIFIANT:3301 2248 71]], {{96,40 €}}. Loyer : {{Gironde Habitat}}, réf. locataire [[IDENTIFIANT:0412-778-03]], dette {{1 240 €}}. Téléphone : facture {{Bouygues Telecom}} n° [[IDENTIFIANT:FT-5527781904]], {{39,99 €}}. L'instructrice additionne à la main. Passage en commission le {{jeudi 14}}."),
    ("chrs", "controle_sur_place",
     "Tournée hebdo des chambres avec le chef de service, {{10h}}. {{Chambre 3}} : bouilloire interdite confisquée. {{Chambre 7}} : impeccable, photos d'enfants au mur. {{Chambre 12}} : personne, odeur de cigarette, note au cahier. Il m'explique que c'est le « chez-soi » des résidents, il frappe toujours {{2 fois}}."),
    ("caf", "controle_sur_place",
     "Contrôle chez M. [[PERSONNE:Yilmaz]], à {{Bègles}}. Bail {{Domofrance}} : n° de contrat [[IDENTIFIANT:120045871]], loyer {{512 €}}, {{APL}} {{298 €}}. Sur le frigo, une facture {{Engie}} au nom de Mme [[PERSONNE:Yilmaz Elif]], née en [[DATE_NAISSANCE:avril 1989]] d'après la carte d'identité qu'elle montre. Carte vitale de madame : [[NIR:2 89 04 99 208 038 38]]. Couple déclaré, ok. Contrôleur : [[PERSONNE:Patrick]]."),
    ("france_travail", "accueil_physique",
     "Un monsieur, {{58 ans}}, ancien ouvrier chez {{Ford}} à {{Blanquefort}} (usine fermée en {{2019}}), vient pour un bilan. Il dit « j'ai fait que ça pendant {{30 ans}} ». La conseillère, [[PERSONNE:Fatima]], lui parle de {{VAE}} et de {{Transitions Pro}}. Il prend les brochures. Il s'appelle [[PERSONNE:Jean-Claude Dupuy]]."),
    ("urgences", "accueil_telephonique",
     "Appel d'un {{EHPAD}} : une résidente transférée hier soir, ils veulent des nouvelles. L'infirmière demande l'IPP sur la fiche de liaison : « [[IDENTIFIANT:P00872215]] ». Mme [[PERSONNE:Pujol Henriette]], née en [[DATE_NAISSANCE:1931]]. Elle est en {{UHCD}}, {{lit 4}}. Pas de ligne directe donnée : « rappelez le standard, {{poste 41205}} »."),
    ("cpam", "accueil_telephonique",
     "Appel {{3646}} : un assuré n'arrive pas à créer son compte {{Ameli}}. Le conseiller vérifie l'adresse mail enregistrée : [[EMAIL:d.rakotomalala@laposte.net]]. L'assuré : « non c'est [[EMAIL:rakoto point dina arobase laposte point net]] »… donc [[EMAIL:rakoto.dina@laposte.net]]. Correction faite, code provisoire envoyé par courrier sous {{5 jours}}. M. [[PERSONNE:Rakotomalala]]."),
    ("ccas", "controle_sur_place",
     "Visite du logement d'urgence du {{CCAS}} ({{studio n°2}} de la résidence municipale) avant une entrée. Lit, plaques, frigo : ok. L'agent vérifie le détecteur de fumée et relève les compteurs ({{eau 0345 m3}}). La prochaine famille arrive {{lundi}}."),
    ("caf", "accueil_physique",
     "— Bonjour, c'est pour la {{CMG}}.\n— Vous avez votre numéro ?\n— Non mais j'ai la lettre.\n(la lettre : « Madame [[PERSONNE:Sophie Lefebvre-Nguyen]], allocataire n° [[N_ALLOCATAIRE:4401782]] »)\n— Votre assistante maternelle est déclarée sur {{Pajemploi}} ?\n— Oui, c'est Mme [[PERSONNE:Garcia]], depuis {{septembre}}."),
    ("chrs", "accueil_physique",
     "Admission de {{15h}} : M. [[PERSONNE:Oleksandr Bondarenko]], orienté par le {{SIAO}} (fiche [[IDENTIFIANT:SIAO-33-25-01342]]). Documents : passeport ukrainien n° [[IDENTIFIANT:FP482219]], {{APS}} n° [[IDENTIFIANT:3399001245]]. Il aura la {{chambre 14}}, contrat de séjour de {{6 mois}}, participation {{10 %}} des ressources."),
    ("france_travail", "accueil_telephonique",
     "La dame donne son identifiant : [[ID_FRANCE_TRAVAIL:6012844 D]]. Introuvable. « D comme {{Denise}} ? » — « non, B comme bateau ». → [[ID_FRANCE_TRAVAIL:6012844 B]]. Trouvé : Mme [[PERSONNE:Aït Ouarab]], inscrite depuis le {{2 janvier}}, premier paiement {{ARE}} prévu début {{février}}."),
    ("cpam", "accueil_physique",
     "Espace libre-service : {{3 ordis}}, {{1 imprimante}}, un service civique ({{23 ans}}) qui aide. Une dame télécharge son attestation de droits, un monsieur n'arrive pas à retrouver son mot de passe {{FranceConnect}}. Le service civique : « la moitié de mon temps c'est des mots de passe »."),
    ("urgences", "accueil_physique",
     "Accident de la route, {{18h20}}. Les pompiers amènent un routier espagnol. Dans le dossier : camion immatriculé [[IMMATRICULATION:4821 KLM]], DNI [[IDENTIFIANT:47218356T]], nom [[PERSONNE:Iker Etxeberria]]. Il a sa {{CEAM}}. Interprète via {{ISM Interprétariat}}, attente {{25 min}}."),
    ("caf", "accueil_telephonique",
     "Conseiller : [[PERSONNE:Jérôme]], casque sur la tête depuis {{8h}}. Appel d'un étudiant de {{Talence}} sur son {{APL}} : il a mis ses revenus de job d'été sur la mauvaise année… Explication de {{12 min}}. [[PERSONNE:Jérôme]] me dit « le pire c'est quand ils pleurent, ça arrive {{2-3 fois}} par jour »."),
    ("ccas", "accueil_physique",
     "Dossier d'aide sociale à l'hébergement ({{ASH}}) pour la mère de Mme [[PERSONNE:Picard]]. Elle a {{4 pièces}} sur {{9}}. Manque l'avis d'imposition : numéro fiscal de la maman lu sur un vieux courrier, [[IDENTIFIANT:30 12 456 789 123]]… puis elle hésite, « ou [[IDENTIFIANT:30 12 456 789 132]] ? ». {{EHPAD}} {{Korian Le Parc}}, tarif {{2 480 €}}/mois."),
    ("france_travail", "accueil_physique",
     "M. [[PERSONNE:Olawale Adeyemi]], auto-entrepreneur en livraison vélo depuis {{2023}}, vient déclarer son activité. Son SIRET perso : [[IDENTIFIANT:91244731800011]]. Il livre pour {{Uber Eats}} et {{Deliveroo}}. La conseillère calcule le cumul {{ARE}} / chiffre d'affaires : {{1 100 €}} en {{février}}. Identifiant [[ID_FRANCE_TRAVAIL:1758902 M]]."),
    ("cpam", "accueil_telephonique",
     "Un monsieur a reçu une facture de l'hôpital {{Haut-Lévêque}} alors qu'il a une mutuelle. Il lit : « avis des sommes à payer n° [[IDENTIFIANT:2024-088217]], {{62,50 €}}, forfait patient urgences ». Le conseiller explique le {{FPU}} ({{19,61 €}})… et le reste ? Renvoi vers la trésorerie de l'hôpital. Pas de nom noté, juste le NIR : [[NIR:1 75 06 33 243 058 63]]."),
    ("chrs", "accueil_telephonique",
     "{{115}} : entre {{18h}} et {{20h}}, {{47 appels}}, {{12 décrochés}}. Tableau des places : {{0 homme seul}}, {{2 femmes seules}}, {{1 famille}}. L'écoutant répète « je n'ai rien ce soir, rappelez à {{22h}} » — il déteste cette phrase."),
    ("caf", "accueil_physique",
     "Monsieur tend un papier avec deux numéros écrits au stylo : [[ID_FRANCE_TRAVAIL:2215890P]] et [[N_ALLOCATAIRE:5520314]]. L'agente : « le premier c'est {{France Travail}}, c'est le deuxième qu'il me faut ». Il vient pour le {{RSA}}, contrat d'engagement pas encore signé. Ticket {{B112}}, {{35 min}} d'attente."),
    ("urgences", "accueil_physique",
     "{{Urgences}} pédiatriques. Une maman avec son fils [[PERSONNE:Enzo]] ({{4 ans}}), fièvre depuis {{3 jours}}. La puéricultrice prend le carnet de santé : {{16 kg}}. Le père ([[PERSONNE:Jordan]]) arrive {{20 min}} plus tard avec le doudou, un lapin qui s'appelle {{Caramel}}."),
    ("ccas", "accueil_telephonique",
     "La travailleuse sociale rappelle une dame : « mon numéro direct c'est le [[TELEPHONE:05 56 47 12 38]], sinon le standard et vous demandez le {{poste 238}} ». La dame : Mme [[PERSONNE:Lacombe]], dossier d'aide au loyer. Réf. du dossier au {{CCAS}} : [[IDENTIFIANT:AS-2025-0091]]."),
    ("france_travail", "accueil_physique",
     "{{Salon de l'emploi}} dans le hall : {{12 entreprises}} ({{SNCF}}, {{Armée de Terre}}, {{Adecco}}, {{Keolis}}…). Le stand {{La Poste}} a une file de {{20 personnes}}. Une jeune femme me demande si je recrute, je dis que je suis observateur, elle rigole."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Ravelojaona]] a reçu un refus de {{CSS}}. L'agent vérifie : plafond dépassé de {{43 €}}. Elle montre sa carte mutuelle (adhérent n° [[IDENTIFIANT:2 33 745 118]]), elle pourrait la résilier si elle obtient la CSS. Numéro de la demande : [[IDENTIFIANT:CSS-33-2025-114532]]. Recours possible sous {{2 mois}}."),
    ("caf", "accueil_telephonique",
     "Appel d'une tierce personne (la fille) pour sa mère : « le numéro alloc c'est [[N_ALLOCATAIRE:zéro huit]]… [[N_ALLOCATAIRE:deux cent douze]]… [[N_ALLOCATAIRE:quarante-six]] ». Le conseiller : « je ne peux pas vous donner d'infos, il faut que votre maman appelle ou fasse une procuration ». Maman = Mme [[PERSONNE:Hoarau]], {{84 ans}}."),
    ("chrs", "accueil_physique",
     "Entretien d'un résident avec la CESF, [[PERSONNE:Laure]] : il a une convocation du tribunal, affaire RG [[IDENTIFIANT:25/00731]], audience le {{22 mai}} à {{14h}}, {{tribunal judiciaire de Bordeaux}}. Avocat commis d'office : Me [[PERSONNE:Dufourcq]]. [[PERSONNE:Laure]] note le numéro du cabinet : [[TELEPHONE:05 57 14 66 20]]."),
    ("urgences", "accueil_telephonique",
     "Le standard reçoit aussi des appels mal dirigés. Une dame demande si elle peut venir pour une piqûre de guêpe. La secrétaire : « si vous respirez bien, appelez votre médecin ou le {{116 117}} ». Je ne connaissais pas ce numéro. Le {{15}}, elle le garde pour les vraies urgences."),
]
# --- notes 071-105 -------------------------------------------------------------------------
NOTES_3 = [
    ("caf", "controle_sur_place",
     "Contrôle {{9h30}} au [[ADRESSE:41 cours Balguerie-Stuttenberg, 33300 Bordeaux]]. Mme [[PERSONNE:Diop Aminata]] déclare vivre seule avec {{2 enfants}}. Le contrôleur ([[PERSONNE:Franck]]) demande la carte vitale : [[NIR:2 95 09 99 341 019 24]], née au {{Sénégal}} en [[DATE_NAISSANCE:septembre 95]]. Dans la cour, une moto immatriculée [[IMMATRICULATION:FZ-904-TA]] — « c'est au voisin ». Le voisin confirme. RAS, {{40 min}}."),
    ("france_travail", "accueil_telephonique",
     "Le conseiller envoie une liste d'offres par mail mais la demandeuse ne reçoit rien. Il relit l'adresse : « [[EMAIL:fatou.sow93@hotmial.fr]] » → faute de frappe, c'est [[EMAIL:fatou.sow93@hotmail.fr]]. Elle épelle son nom « [[PERSONNE:S, O, W]] ». Mme [[PERSONNE:Sow]] cherche dans l'aide à domicile, offres {{187RJXN}} et {{187RKBC}}, secteur {{Eysines}}."),
    ("cpam", "accueil_physique",
     "Un jeune homme, {{33 ans}}, muté de {{Corse}}, veut changer de caisse. L'agente lit son NIR : [[NIR:1 91 07 2A 004 233 72]] et fait remarquer le « 2A » : « vous êtes né à {{Ajaccio}} ? » — « oui, le [[DATE_NAISSANCE:18 juillet 91]] ». Mutation faite, nouvelle adresse saisie : [[ADRESSE:6 rue Paul Louis Lande, 33000 Bordeaux]]. Il s'appelle [[PERSONNE:Anthony Santoni]]."),
    ("chrs", "accueil_telephonique",
     "{{115}}, un couple dort dans sa voiture sur le parking du {{Leclerc}} de {{Lormont}}. L'écoutante note la plaque pour la maraude, en minuscules dans le logiciel : [[IMMATRICULATION:cx-512-pd]]. Noms : [[PERSONNE:Christophe]] et [[PERSONNE:Nathalie Brunet]]. Passage de la maraude prévu vers {{23h}}."),
    ("ccas", "accueil_physique",
     "Permanence du mardi, {{11h}}. Une dame arrive avec un courrier de l'{{URSSAF}} qu'elle ne comprend pas. L'agente l'aide à appeler le numéro indiqué. Attente {{22 min}}, puis coupure. Elles rient, retentent. Aucun nom noté."),
    ("urgences", "accueil_physique",
     "La secrétaire met à jour le dossier : M. [[PERSONNE:Hamidou Sy]] dit « [[ADRESSE:12 bis rue de la Benauge]], à {{Bordeaux}} » puis donne le tel de sa sœur comme personne de confiance : [[TELEPHONE:+33 7 81 40 22 95]]. IPP existant : [[IDENTIFIANT:800 226 419]]. Étiquettes imprimées : {{12}}."),
    ("caf", "accueil_physique",
     "RIB apporté sur un papier froissé : [[IBAN:FR83 3000 2046 1200 0007 3195 W37]]. L'agent demande si le W est bien un W : oui, {{LCL}} met des lettres dans ses numéros de compte. Titulaire : M. [[PERSONNE:Ahmed Tazi]]. C'est pour l'{{AAH}}, versée le {{5}}."),
    ("cpam", "controle_sur_place",
     "Contrôle d'un arrêt de travail de {{3 mois}} : M. [[PERSONNE:Roux]], maçon, [[ADRESSE:27 chemin de Cabaleyre, 33600 Pessac]]. Pas là. La camionnette blanche est pourtant devant : [[IMMATRICULATION:DL-118-VE]], « {{Roux Bâtiment}} » écrit sur le côté. L'agente, Mme [[PERSONNE:Cazaux]], note l'heure : {{10h42}}. Le voisin dit qu'il est chez le kiné."),
    ("france_travail", "accueil_physique",
     "Info collective {{POEI}} « agent de sécurité » : {{14 candidats}}, entreprise {{Securitas}}, formation de {{280 h}} à {{Mérignac}}, début le {{7 octobre}}. Numéro d'offre {{185GHTW}}. Prérequis : carte pro {{CNAPS}}. La conseillère fait circuler une feuille d'émargement — je ne note rien."),
    ("caf", "accueil_telephonique",
     "Le conseiller vérifie l'identité avant de parler du dossier : « votre date de naissance ? » — « le [[DATE_NAISSANCE:vingt-trois novembre quatre-vingt]] ». « Et votre lieu de naissance ? » — « {{Saint-Denis}}, {{La Réunion}} ». Le NIR affiché colle : [[NIR:1 80 11 97 411 306 60]]. M. [[PERSONNE:Payet]], n° alloc [[N_ALLOCATAIRE:3107755]]. Il appelle pour la {{prime de déménagement}}."),
    ("chrs", "controle_sur_place",
     "Visite chez un ancien résident, relogé depuis {{2 mois}} : [[ADRESSE:résidence Les Hauts de Garonne, bât. B, appt 23]], à {{Floirac}}. M. [[PERSONNE:Lemaire]] a mis des rideaux, il est fier. Le référent vérifie le bail {{Mésolia}} et les factures. Tout est à jour sauf l'assurance habitation."),
    ("urgences", "accueil_telephonique",
     "Le téléphone de l'accueil sonne en continu : {{22 appels}} entre {{14h}} et {{15h}}. Beaucoup veulent connaître le temps d'attente avant de venir. Réponse type : « on ne peut pas savoir, ça dépend des arrivées ». Un pharmacien appelle pour une ordonnance illisible."),
    ("cpam", "accueil_telephonique",
     "Une assurée veut changer de RIB par téléphone : impossible, le conseiller lui dit de le faire sur {{Ameli}}, rubrique « {{Mes informations}} ». Elle insiste et lit quand même : « [[IBAN:FR76 1333 5000 4008]]… [[IBAN:0047 1239 502]] ». Il répète qu'il ne peut rien saisir par téléphone. Mme [[PERSONNE:Boyer Martine]], pas contente."),
    ("ccas", "controle_sur_place",
     "Visite pour un secours d'urgence : une famille vit dans un mobil-home au [[ADRESSE:camping Les Gravières, emplacement 46]]. La voiture ne démarre plus ([[IMMATRICULATION:7354 XR 33]], une vieille {{306}}). M. [[PERSONNE:Dos Santos]] fait des chantiers au noir quand il peut. {{3 enfants}}. Aide accordée : {{150 €}} en {{chèques services}}."),
    ("france_travail", "accueil_telephonique",
     "Conseillère au tel avec un employeur de {{Libourne}} (SIRET {{51230474700029}}) qui cherche un saisonnier pour les vendanges : offre {{189VNMQ}}. Puis elle appelle un candidat repéré : identifiant [[ID_FRANCE_TRAVAIL:0092316 F]], M. [[PERSONNE:Duarte]], portable [[TELEPHONE:06 44 81 03 27]]. Messagerie. Elle laisse un message avec le {{3949}}."),
    ("caf", "accueil_physique",
     "Vue d'ensemble, {{10h}} : {{4 guichets}} ouverts sur {{6}}. Borne à tickets : A = rdv, B = sans rdv, C = dépôt de documents. Le dernier ticket sorti est {{B087}}, on en est à {{B061}}. Une agente « volante » fait du pré-accueil dans la file avec une tablette, elle oriente la moitié des gens vers le dépôt ou les ordis. Ça marche bien. Par contre la clim est à fond, tout le monde a froid 🥶."),
    ("urgences", "accueil_physique",
     "Touriste américaine, cheville tordue au {{Miroir d'eau}}. La secrétaire recopie le passeport : [[IDENTIFIANT:A04417829]], [[PERSONNE:Megan O'Connor]], date de naissance [[DATE_NAISSANCE:1996-05-09]] (« c'est mai ou septembre ?? » — mai, format ISO). Facture à envoyer par mail : [[EMAIL:megoconnor96@yahoo.com]]. Non assurée en France : elle paie {{120 €}} d'avance."),
    ("chrs", "accueil_physique",
     "Atelier cuisine au {{CHRS}} : {{6 résidents}}, gratin + salade. L'animatrice a un budget de {{35 €}}, courses chez {{Lidl}}. Un résident me raconte qu'il était chef dans un resto à {{Arcachon}} avant. Je ne prends pas son prénom. Repas servi à {{12h15}}."),
    ("ccas", "accueil_telephonique",
     "La secrétaire du {{CCAS}} donne son mail pro à un monsieur pour les justificatifs : « [[EMAIL:c.dubernet@ville-cenon.fr]] ». Lui : M. [[PERSONNE:Chauvet]], demande d'aide au {{BAFA}} pour sa fille. Elle : [[PERSONNE:Corinne Dubernet]], {{20 ans}} de maison."),
    ("cpam", "accueil_physique",
     "Dame âgée ({{91 ans}}) accompagnée de son petit-fils. Elle veut une nouvelle carte vitale : photo à fournir. Le petit-fils donne la date de naissance de sa grand-mère : « le [[DATE_NAISSANCE:3 janvier 1934]] ». L'agente vérifie avec la carte : ok. Photomaton chez {{Auchan}} à côté, {{6 €}}. Ils reviennent à {{15h}}."),
    ("caf", "accueil_telephonique",
     "Pause des conseillers {{10h30}}-{{10h45}} → pendant ce temps la file monte à {{52 appels}}. Le superviseur bascule {{2 personnes}} du back-office sur le téléphone. « Tous les jours c'est la même »."),
    ("france_travail", "accueil_physique",
     "Le conseiller, [[PERSONNE:Baptiste]], fait l'inscription complète avec M. [[PERSONNE:Joaquim Ferraz]]. Il remplit à l'écran : NIR [[NIR:1 70 05 99 139 086 50]] (né au {{Portugal}} en [[DATE_NAISSANCE:mai 1970]]), n° {{Caf}} [[N_ALLOCATAIRE:2917743]] pour le {{RSA}}, IBAN pour l'{{ARE}} [[IBAN:FR76 1558 9335 1104 5872 1064 345]]. À la fin l'identifiant s'affiche : [[ID_FRANCE_TRAVAIL:6640128T]]. M. [[PERSONNE:Ferraz]] le recopie sur un ticket de caisse."),
    ("urgences", "accueil_telephonique",
     "Une mutuelle ({{Malakoff Humanis}}) appelle pour une facture : la secrétaire demande le numéro de séjour. « [[IDENTIFIANT:2503 11 784]]… ah non je me suis trompée, [[IDENTIFIANT:2503 11 748]] ». Patient : [[PERSONNE:Gérard Lafitte]]. Elle ne donne rien par tel, demande un courrier."),
    ("chrs", "accueil_telephonique",
     "{{115}} : une jeune femme appelle d'un numéro belge, elle arrive de {{Bruxelles}} demain en {{Flixbus}}. Numéro : [[TELEPHONE:+32 475 61 28 09]]. Prénom : [[PERSONNE:Amina]]. L'écoutant lui dit de rappeler en arrivant à la gare {{Saint-Jean}}. Il note « 🚌 arrivée {{7h}} » sur la fiche."),
    ("cpam", "controle_sur_place",
     "Journée « contrôle des arrêts » : {{6 adresses}} prévues, {{4 faites}}. Deux personnes présentes, une absente (avis laissé), une adresse introuvable (numéro inexistant dans la rue). L'agent assermenté dit que les contrôles sont ciblés sur les arrêts longs ou répétés. Je ne note pas les adresses, il me l'a demandé."),
    ("ccas", "accueil_physique",
     "Inscription au {{Noël solidaire}} : Mme [[PERSONNE:Kaboré]] inscrit ses trois enfants, nés en [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et [[DATE_NAISSANCE:2020]]. Prénoms sur la liste : [[PERSONNE:Awa]], [[PERSONNE:Moussa]], [[PERSONNE:Salif]]. Spectacle le {{18 décembre}} à {{14h30}}, {{salle Jacques Brel}}. Cadeau : bon {{King Jouet}} de {{20 €}}."),
    ("caf", "controle_sur_place",
     "Contrôle ressources d'un travailleur indépendant. M. [[PERSONNE:Nguyen Van Tuan]] tient un bar à ongles à {{Mérignac}} (« {{Lotus Nails}} », SARL, SIRET {{83091245600019}}). Le contrôleur compare : CA déclaré {{2 300 €}}/trimestre, mais les relevés du compte pro montrent {{7 800 €}}. Compte perso : [[IBAN:FR76 1090 7002 1821 0193 8715 405]]. Il explique que c'est le CA, pas le bénéfice. Le contrôleur demande le bilan {{2024}} au comptable. Alloc n° [[N_ALLOCATAIRE:0673381]]. Ambiance tendue mais polie."),
    ("france_travail", "accueil_telephonique",
     "Une conseillère appelle {{9 personnes}} convoquées demain à l'info collective {{CEJ}}. {{4 répondent}}, {{3 messageries}}, {{2 numéros}} non attribués. « Le taux de présence sera de {{50 %}} », prédit-elle."),
    ("urgences", "accueil_physique",
     "Motard, chute sur la {{rocade}}, arrivé par le {{SMUR}}. La police passe récupérer les infos : moto [[IMMATRICULATION:GB-730-RR]]. Le patient épelle son nom : « [[PERSONNE:L-E-V-A-S-S-E-U-R]] », prénom [[PERSONNE:Tom]]. Radio à {{22h10}}."),
    ("cpam", "accueil_telephonique",
     "Le conseiller m'explique les numéros qu'il donne le plus : {{3646}} (lui), {{3919}} (violences), {{3114}} (prévention suicide), {{39 89}} ({{Tabac Info Service}}). Il a une fiche plastifiée collée sous l'écran."),
    ("chrs", "controle_sur_place",
     "Visite à l'hôtel : famille hébergée par le {{SIAO}} à l'{{hôtel Première Classe}} de {{Mérignac}}, {{chambre 31}}. La travailleuse sociale vérifie les titres : madame a un récépissé n° [[IDENTIFIANT:3304512876]], valable jusqu'au {{12/06}}. Les enfants : [[PERSONNE:Grace]] ({{6 ans}}) et [[PERSONNE:Divine]], née le [[DATE_NAISSANCE:30 mars 2023]]. Micro-ondes dans la chambre, pas de frigo."),
    ("caf", "accueil_physique",
     "Une jeune mère a vu sur {{TikTok}} que la {{Caf}} donnait {{500 €}} de prime de rentrée… L'agente soupire, lui explique l'{{ARS}}. La jeune femme montre le compte qui a posté ça : [[IDENTIFIANT:@astuces_alloc_kim]]. Elle s'appelle [[PERSONNE:Kelly]], {{20 ans}}."),
    ("ccas", "accueil_telephonique",
     "Un monsieur appelle pour son colis. Il donne son n° de carte de l'{{épicerie solidaire}} : [[IDENTIFIANT:EPI-0447]]. Puis son numéro : « [[TELEPHONE:06]]… [[TELEPHONE:33]]… non pardon, [[TELEPHONE:06 38 72 14 50]] ». L'agente : « M. [[PERSONNE:Wojcik]], c'est bon je vous ai ». Créneau {{jeudi 16h}}."),
    ("france_travail", "accueil_physique",
     "JEUNE TRÈS EN COLÈRE : « VOUS M'AVEZ SUPPRIMÉ MON {{ARE}} !!! » 😡. L'agent d'accueil ([[PERSONNE:Sébastien]]) ne s'énerve pas, lui montre à l'écran : pas d'actualisation en {{avril}}. Identifiant : [[ID_FRANCE_TRAVAIL:4418207N]]. Il peut régulariser en ligne. Le jeune, [[PERSONNE:Dylan]], se calme en {{5 min}}."),
    ("urgences", "accueil_telephonique",
     "Un labo de ville appelle avec un résultat critique (potassium à {{6,8}}). Il dicte : patient [[PERSONNE:Marc-Antoine Villeneuve]], né le [[DATE_NAISSANCE:22.08.1957]], n° de demande [[IDENTIFIANT:25-0418-3372]]. L'interne note et rappelle le patient. Durée {{3 min}}."),
]
# --- notes 106-140 -------------------------------------------------------------------------
NOTES_4 = [
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Delattre]], {{67 ans}}, arrivée du {{Nord}} il y a {{6 mois}}, n'a toujours pas sa mutation. Elle connaît le début de son numéro par cœur, « [[NIR:2 58 01 59]]… », et lit la suite sur l'attestation : « [[NIR:350 274 33]] ». Née à {{Lille}} le [[DATE_NAISSANCE:9 janvier 1958]]. L'agent relance la caisse de {{Lille-Douai}} par mail interne. Attente {{25 min}}, ticket {{A056}}."),
    ("caf", "accueil_telephonique",
     "Double écoute avec une conseillère qui a {{2 mois}} d'ancienneté. Elle a un « arbre de réponses » sur l'intranet pour chaque motif. Appel sur la {{prime d'activité}} : elle déroule l'arbre, ça marche. Appel suivant sur un indu de {{3 400 €}} : elle transfère au niveau 2. Elle me dit qu'elle stresse moins qu'au début."),
    ("france_travail", "accueil_physique",
     "Atelier CV : la conseillère projette un CV modèle au nom de « [[PERSONNE:Julie Martin]] », [[EMAIL:julie.martin@exemple.fr]], [[TELEPHONE:06 12 34 56 78]]. Les participants recopient la structure. Une participante, [[PERSONNE:Nour]], demande s'il faut mettre la photo : « pas obligatoire ». {{7 participants}}."),
    ("chrs", "accueil_telephonique",
     "Appel d'un partenaire ({{CCAS}} de {{Bègles}}) au {{115}} : ils envoient une famille. Réf. {{SIAO}} de la famille : « [[IDENTIFIANT:SIAO-33-24]] » — la ligne coupe — rappel : « tiret [[IDENTIFIANT:09871]] ». Famille [[PERSONNE:Mukendi]], {{5 personnes}}. Pas de place avant {{vendredi}}."),
    ("urgences", "accueil_physique",
     "{{Box 3}} : une personne âgée attend son brancardier depuis {{1h20}} pour aller au scanner. Le brancardier est seul pour tout le service cette nuit. L'aide-soignante finit par l'emmener elle-même. Écran dans la salle : « temps d'attente moyen {{5h}} »."),
    ("ccas", "accueil_physique",
     "Un monsieur demande une domiciliation. Il dit qu'il est « le cousin de {{Zidane}} » en rigolant. Nom réel : M. [[PERSONNE:Bouzid Karim]], né le [[DATE_NAISSANCE:4 octobre 1979]] à {{Oran}}. L'agente fait la fiche, n° de domiciliation [[IDENTIFIANT:DOM-2025-0142]], courrier à retirer les {{mardis}} et {{jeudis}}."),
    ("caf", "accueil_physique",
     "Ticket {{A041}}, {{guichet 5}}. Le monsieur récite son numéro, qu'il a écrit en colonne sur sa main 😄 :\n« [[N_ALLOCATAIRE:51\n87\n402]] »\nAgente : « je n'ai rien avec [[N_ALLOCATAIRE:5187402]] ». Il regarde mieux : c'est un 1, pas un 7 → [[N_ALLOCATAIRE:5181402]]. M. [[PERSONNE:Hakimi]], pour un changement de situation (séparation)."),
    ("cpam", "accueil_telephonique",
     "Un assuré demande un rappel par un médecin-conseil. La conseillère prend son numéro, « [[TELEPHONE:zéro cinq, cinquante-six, quatre-vingt-dix-huit, zéro deux, soixante et onze]] », et son mail [[EMAIL:jp.lagarde33@orange.fr]]. Délai de rappel : {{48 h}}. Référence de la demande : [[IDENTIFIANT:DEM-0912-4471]]. M. [[PERSONNE:Lagarde]]."),
    ("france_travail", "accueil_telephonique",
     "Un demandeur lit la référence d'une offre qu'il a vue : « {{190TQLS}} ». La conseillère : « ça c'est le numéro de l'offre, moi il me faut votre identifiant ». Il lit alors [[ID_FRANCE_TRAVAIL:7302158 H]]. Il s'appelle [[PERSONNE:Samuel Ekwalla]]. Offre de chauffeur PL chez {{Transports Lacassagne}}, {{2 100 € net}}."),
    ("caf", "controle_sur_place",
     "Contrôle conjoint avec le bailleur sur une sous-location : [[ADRESSE:5 place de la Ferme de Richemont, 33000 Bordeaux]]. L'allocataire, Mme [[PERSONNE:Ba]], n'habite plus là depuis l'été : c'est la famille [[PERSONNE:Pereira]] qui ouvre. Ils paient {{600 €}} en liquide à Mme [[PERSONNE:Ba]]. Le contrôleur note tout, suspension de l'{{APL}} probable."),
    ("chrs", "accueil_physique",
     "{{Réunion}} d'équipe, {{13h30}}-{{15h}}. Ordre du jour : {{3 sorties}} prévues, {{2 entrées}}, le budget {{2026}}. Les éducs parlent des résidents par leurs initiales ou par « le monsieur de la {{chambre 9}} ». Café + gâteau basque."),
    ("urgences", "accueil_telephonique",
     "La police appelle à {{4h10}} : ils veulent savoir si M. [[PERSONNE:Petrescu]] a été admis cette nuit. Le cadre demande le numéro de la réquisition : procès-verbal n° [[IDENTIFIANT:2025/004417]]. Réponse par mail sécurisé seulement. Le cadre me dit « jamais au téléphone, même à la police »."),
    ("ccas", "controle_sur_place",
     "Visite à domicile pour le {{plan canicule}} : Mme [[PERSONNE:Lucienne Darriet]], {{89 ans}}, [[ADRESSE:14 impasse des Mimosas, 33130 Bègles]]. Inscrite au registre. L'agente vérifie : volets fermés, bouteilles d'eau, ventilateur. Numéro de la fille à prévenir : [[TELEPHONE:06 85 17 33 02]]. Sa chatte {{Minette}} dort sur le fauteuil."),
    ("cpam", "accueil_physique",
     "Accueil sur rdv uniquement depuis {{2023}}. L'agent d'orientation filtre à la porte : « vous avez rdv ? non ? alors borne ou {{3646}} ». Une dame repart en pleurant, elle avait pris le bus depuis {{Cenon}}. L'agent la rattrape et lui donne un rdv à {{14h}}."),
    ("france_travail", "accueil_physique",
     "Le jeune pose tous ses papiers sur le bureau : carte d'identité n° [[IDENTIFIANT:X7K2P9R4T]], attestation {{CEJ}}, un mail de la {{Caf}} avec son n° alloc [[N_ALLOCATAIRE:6023349]], son identifiant [[ID_FRANCE_TRAVAIL:3380019 J]] et un contrat d'apprentissage ({{Cerfa 10103*10}}). La conseillère, [[PERSONNE:Mélanie]], trie : « ça c'est pour moi, ça non ». Le jeune : [[PERSONNE:Yacine]]."),
    ("caf", "accueil_telephonique",
     "Appel de {{11h50}}. La dame épelle son nom de jeune fille : « [[PERSONNE:R, A, B, E, A, R, I, V, E, L, O]] », nom d'épouse [[PERSONNE:Thomas]], née le [[DATE_NAISSANCE:15/12/1985]]. Le conseiller fusionne deux dossiers en doublon : [[N_ALLOCATAIRE:1120458]] et [[N_ALLOCATAIRE:1120934]]."),
    ("chrs", "controle_sur_place",
     "Commission de sécu, {{18 chambres}} : porte coupe-feu calée par une chaise 🙈. Avis favorable qd même."),
    ("urgences", "accueil_physique",
     "Accueil administratif, {{7h05}}, relève. La secrétaire de nuit transmet : « le {{box 9}} c'est le monsieur sans papiers, IPP provisoire [[IDENTIFIANT:X25-0041]] ; la dame du {{box 2}}, Mme [[PERSONNE:Azoulay]], attend sa fille ». Tableau : {{19 patients}}, {{3 en UHCD}}."),
    ("ccas", "accueil_telephonique",
     "Une dame appelle pour savoir si le {{CCAS}} peut payer une facture de cantine. Réponse : oui, via le tarif solidaire, sur rdv. Pas de rdv avant le {{23}}. Elle dit qu'elle rappellera. L'agente : « ils rappellent rarement »."),
    ("caf", "accueil_physique",
     "Une dame vient avec sa fille de {{16 ans}} qui traduit de l'ukrainien. Elles apportent le RIB : [[IBAN:FR76 3000 3021 7300 0503 7128 466]], {{Société Générale}}. Nom : Mme [[PERSONNE:Olena Kovalenko]]. La fille : [[PERSONNE:Daria]]. L'agente est très patiente, fait des dessins pour expliquer les dates de versement 📅."),
    ("cpam", "accueil_telephonique",
     "Un assuré conteste un dépassement d'honoraires : facture de la clinique, n° [[IDENTIFIANT:CBN-2025-118873]], {{450 €}} de dépassement. Le conseiller explique l'{{OPTAM}}, le secteur 2. Rien à faire côté {{Cpam}}, voir la mutuelle ({{Harmonie Mutuelle}}, contrat n° [[IDENTIFIANT:HM 778 4120 55]]). M. [[PERSONNE:Faucher]]."),
    ("france_travail", "accueil_telephonique",
     "Conseillère entreprise : elle appelle {{6 employeurs}} pour relancer des offres non pourvues. Un boulanger de {{Cenon}} cherche depuis {{4 mois}}. Elle propose une {{PMSMP}} (immersion) de {{2 semaines}}."),
    ("chrs", "accueil_telephonique",
     "{{115}}, appel d'un habitué, surnommé « [[PERSONNE:Jojo]] » par l'équipe. Il donne sa date de naissance pour qu'on retrouve sa fiche : [[DATE_NAISSANCE:12 août 1966]]. Sur l'écran : [[PERSONNE:Joseph Lambrecht]]. Place trouvée au {{centre d'hébergement d'urgence}} de {{Pessac}}, {{19h}}-{{8h}}."),
    ("cpam", "controle_sur_place",
     "Contrôle arrêt maladie, {{11h}}. L'assuré, M. [[PERSONNE:Bertrand]], est là, en pyjama, très surpris. L'agent vérifie l'identité sur la carte vitale : [[NIR:1 83 08 2B 033 145 16]] (né à {{Bastia}}). Dans l'allée, une voiture italienne [[IMMATRICULATION:GE 418 XT]] : celle de son beau-frère. RAS."),
    ("urgences", "accueil_physique",
     "PLAN BLANC DÉCLENCHÉ À {{16H}} (accident de car sur l'{{A63}}). Tout le monde court. {{11 victimes}} annoncées. La cadre me demande de me mettre dans un coin. Je note juste l'heure des arrivées : {{16h40}}, {{16h52}}, {{17h05}}…"),
    ("caf", "controle_sur_place",
     "Contrôle chez un commerçant : épicerie « {{Chez Mounir}} » au rez-de-chaussée, logement au-dessus, [[ADRESSE:88 rue Kléber, 33400 Talence]]. M. [[PERSONNE:Mounir Haddadi]] déclare {{900 €}}/mois. Le contrôleur, [[PERSONNE:Stéphane]], regarde le stock et les factures {{Metro}} (carte client n° [[IDENTIFIANT:33 012 448 7]]). À suivre."),
    ("france_travail", "accueil_physique",
     "La dame donne son identifiant, la conseillère le répète en le tapant : « [[ID_FRANCE_TRAVAIL:2 9 4 7 7 0 3 X]] ». « X comme… xylophone ! ». Mme [[PERSONNE:Moreau-Diallo]], {{45 ans}}, formation d'aide-soignante financée par la {{Région}}, dossier {{AIF}} n° [[IDENTIFIANT:AIF-2025-33-01877]]."),
    ("ccas", "accueil_physique",
     "Distribution des {{bons de Noël}} : {{214 bénéficiaires}}, {{30 €}} par adulte et {{15 €}} par enfant, valables chez {{Carrefour}} {{Mérignac Soleil}}. Numéro de lot des bons : {{L-2025-12}}. L'agente coche une liste papier. La file va jusqu'au trottoir."),
    ("urgences", "accueil_telephonique",
     "Une assistante sociale de {{Pellegrin}} laisse ses coordonnées à un {{EHPAD}} pour un retour à domicile compliqué : [[TELEPHONE:05 57 82 14 96]], « ou par mail, [[EMAIL:aurelie.marchand@chu-bordeaux.fr]] ». Patient : M. [[PERSONNE:Dulac]], {{92 ans}}."),
    ("cpam", "accueil_physique",
     "Une étudiante des {{Comores}} attend son numéro de sécu définitif. L'agent le trouve enfin : [[NIR:2 99 01 99 397 012 64]]. Née le [[DATE_NAISSANCE:07/01/99]] à {{Moroni}}. Elle s'appelle [[PERSONNE:Anlia Said Omar]]. Carte vitale commandée, {{3 semaines}}."),
    ("caf", "accueil_telephonique",
     "Une dame dont le bailleur ({{Aquitanis}}) dit que l'{{APL}} n'est plus versée. Le conseiller demande son n° alloc : [[N_ALLOCATAIRE:3390071]]. Elle donne aussi sa réf. locataire [[IDENTIFIANT:AQ-0058214]] « au cas où ». Réponse : APL suspendue, attestation de loyer pas reçue. Mme [[PERSONNE:Vidal]]."),
    ("france_travail", "accueil_telephonique",
     "Appel coupé au bout de {{9 min}} 😩. Le conseiller ([[PERSONNE:Guillaume]]) rappelle le numéro affiché : [[TELEPHONE:07 49 02 61 13]]. C'est M. [[PERSONNE:Traoré Sékou]], qui n'avait plus de batterie. On reprend : attestation {{ARE}} pour la {{Caf}}."),
    ("chrs", "accueil_physique",
     "{{16h}}, la CESF aide un résident à créer sa boîte mail : [[EMAIL:bakary.camara1988@gmail.com]]. « [[DATE_NAISSANCE:1988]], c'est votre année de naissance ? » — « oui ». Mot de passe écrit sur un post-it qu'elle lui dit de cacher. M. [[PERSONNE:Bakary Camara]]."),
    ("cpam", "accueil_telephonique",
     "Nouveau logiciel de téléphonie : les conseillers voient maintenant le {{temps d'attente}} de chaque appelant. Le record du jour : {{41 min}}. Une conseillère : « on s'excuse à chaque début d'appel »."),
    ("urgences", "accueil_physique",
     "Un taxi attend devant les urgences, compteur qui tourne, {{78 €}}. Le patient, M. [[PERSONNE:Bensaïd]], est venu de {{Langon}} en taxi conventionné. Le chauffeur veut le bon de transport. Sa voiture : [[IMMATRICULATION:HC-205-XJ]]."),
]
# --- notes 141-175 -------------------------------------------------------------------------
NOTES_5 = [
    ("caf", "accueil_physique",
     "Ticket {{A067}}. Le monsieur recopie son RIB sur le formulaire, banque {{CIC}}, code banque / guichet / compte / clé : [[IBAN:30066 10021 00010458902 81]]. L'agente préfère l'IBAN complet, il le lit sur l'appli : [[IBAN:FR76 3006 6100 2100 0104 5890 281]]. M. [[PERSONNE:Lemoine]], alloc [[N_ALLOCATAIRE:4471902]]."),
    ("france_travail", "accueil_physique",
     "Changement d'adresse à l'accueil : M. [[PERSONNE:Hadžić]] déménage. Nouvelle adresse : [[ADRESSE:112 avenue de la Libération, 33110 Le Bouscat]]. Ancienne : [[ADRESSE:4 rue Pierre Trébod, Bordeaux]]. Identifiant [[ID_FRANCE_TRAVAIL:5127730 C]]. L'agent me fait remarquer que ça ne se répercute pas à la {{Caf}} : « il faut le faire partout ». {{3 minutes}}."),
    ("ccas", "accueil_telephonique",
     "L'agente d'accueil tient un tableau des appels : heure, motif, orientation. À {{11h}} : {{17 lignes}}. Motifs les plus fréquents : aide alimentaire ({{6}}), logement ({{4}}), aide administrative ({{3}}). Elle me dit qu'elle n'a pas le droit d'écrire les noms dans ce tableau."),
    ("cpam", "accueil_physique",
     "L'agent tape le NIR lu sur l'attestation : [[NIR:2 69 10 33 281 399 45]], message d'erreur « clé invalide ». Il relit : la clé c'est [[NIR:54]], il avait inversé. Correct : [[NIR:2 69 10 33 281 399 54]]. Mme [[PERSONNE:Garrigues]], née à {{Mérignac}} en [[DATE_NAISSANCE:octobre 1969]]. Elle vient pour une pension d'invalidité, formulaire {{S4150}}."),
    ("chrs", "controle_sur_place",
     "Visite en appartement partagé à {{Lormont}} ({{Génicart}}), [[ADRESSE:2 rue Ronsard, 33310 Lormont]]. Résidentes : [[PERSONNE:Hawa]] et [[PERSONNE:Sabrina]]. La fuite d'eau signalée il y a {{3 semaines}} n'est toujours pas réparée. L'éduc appelle le plombier ({{Lebrun Plomberie}}), devis de l'association n° {{D-4471}}, {{320 €}}."),
    ("urgences", "accueil_telephonique",
     "Un médecin traitant appelle pour le compte-rendu de son patient. La secrétaire : « vous avez le numéro de venue ? » — « [[IDENTIFIANT:V25\n0078 412]] » (elle l'a écrit sur deux lignes de son post-it). Patiente : Mme [[PERSONNE:Chabert]]. Compte-rendu envoyé par messagerie sécurisée {{MSSanté}}."),
    ("caf", "accueil_telephonique",
     "Vérification d'identité renforcée (changement de RIB suspect) : le conseiller pose {{3 questions}}, n° alloc ([[N_ALLOCATAIRE:2640518]]), date de naissance ([[DATE_NAISSANCE:2 février 78]]), montant du dernier versement ({{389,12 €}}). Tout bon, et le NIR à l'écran colle : [[NIR:2 78 02 97 209 061 61]], née en {{Martinique}}. Le RIB saisi en ligne la veille est à son nom, banque en ligne : [[IBAN:FR76 4061 8802 3100 0409 7521 635]]. Il valide. Mme [[PERSONNE:Jean-Baptiste]]."),
    ("france_travail", "accueil_telephonique",
     "Un demandeur appelle pour l'aide au permis : il l'a eu, il a acheté une voiture d'occasion. La conseillère demande la carte grise pour le dossier d'aide à la mobilité : [[IMMATRICULATION:FW-663-BN]]. Facture de l'auto-école n° [[IDENTIFIANT:AE-2025-0387]], {{1 250 €}}. M. [[PERSONNE:Guillot Romain]], identifiant [[ID_FRANCE_TRAVAIL:0357718 V]]."),
    ("ccas", "accueil_physique",
     "Salle d'attente du {{CCAS}} : {{8 chaises}}, une table à langer, des flyers {{Restos du Cœur}}, {{Secours catholique}}, {{Emmaüs}}. Un écran avec les horaires. Pas de tickets, les gens passent dans l'ordre d'arrivée, ça crée des tensions."),
    ("cpam", "accueil_telephonique",
     "L'assurée veut recevoir ses décomptes par mail. Elle dicte « [[EMAIL:nadia point belhadj at sfr point fr]] ». Le conseiller écrit [[EMAIL:nadia.belhadj@sfr.fr]] et relit. Ok, mais il ne peut pas l'enregistrer lui-même, il faut passer par le compte {{Ameli}}. Mme [[PERSONNE:Belhadj]], {{10h50}}."),
    ("caf", "controle_sur_place",
     "Contrôle d'une demande de {{RSA}} : M. [[PERSONNE:Rahimi]], arrivé d'{{Afghanistan}} en {{2021}}, réfugié. Le contrôleur vérifie le titre de séjour n° [[IDENTIFIANT:3302197564]], valable {{10 ans}}, et l'attestation {{OFPRA}}. Date de naissance sur le titre : [[DATE_NAISSANCE:21/03/1994]]. Il est hébergé [[ADRESSE:9 rue Jules Guesde, 33800 Bordeaux]] chez un compatriote, M. [[PERSONNE:Sadiqi]]. Le contrôleur explique que l'hébergement gratuit compte comme un avantage en nature."),
    ("chrs", "accueil_physique",
     "Le veilleur de nuit ({{22h}}-{{7h}}) me raconte sa nuit : {{2 rondes}}, un résident malade ({{SOS Médecins}} appelé à {{3h}}), une dispute pour la télé. Il fait ça depuis {{11 ans}}. Son cahier de liaison ne contient que des numéros de chambre, jamais de noms complets."),
    ("urgences", "accueil_physique",
     "Une patiente âgée ne sait plus son année de naissance. Sa fille : « [[DATE_NAISSANCE:mille neuf cent quarante-deux]], le [[DATE_NAISSANCE:3 mai]] ». Nom tapé [[PERSONNE:Lefèbre]] au lieu de [[PERSONNE:Lefebvre]] → doublon de dossier, l'agente corrige. Prénom : [[PERSONNE:Ginette]]. {{Box 6}}."),
    ("france_travail", "accueil_physique",
     "Rdv {{14h}}, {{salle 3}}. Demandeur ivoirien, [[PERSONNE:Koffi Yao]]. Il ne retrouve pas son identifiant, le conseiller le cherche par le NIR : [[NIR:1 87 11 99 326 052 42]]. Trouvé : [[ID_FRANCE_TRAVAIL:6675031 G]]. Le conseiller le lui note sur un papier, avec le {{3949}} et le nom de l'agence ({{Bordeaux Bastide}})."),
    ("ccas", "controle_sur_place",
     "Visite sur un terrain où vivent {{4 familles}} en caravanes, avec l'assistante sociale et une médiatrice qui traduit en roumain. Famille [[PERSONNE:Lăcătuș]] : {{3 enfants}} non scolarisés. Une voiture immatriculée en {{Roumanie}}, [[IMMATRICULATION:CJ 21 MRT]]. Pas d'adresse : proposition de domiciliation au {{CCAS}}."),
    ("cpam", "controle_sur_place",
     "Contrôle chez un professionnel : un contrôleur vérifie les facturations d'un infirmier libéral, au « {{Cabinet infirmier des Chartrons}} ». L'infirmier, M. [[PERSONNE:Lucas Berthelot]], montre ses tournées. Son n° {{RPPS}} est affiché : [[IDENTIFIANT:10101234567]]. Écart de {{47 actes}} sur {{3 mois}}."),
    ("caf", "accueil_physique",
     "Prise de rdv : l'agente propose le {{mardi 17}} à {{10h20}} ou le {{jeudi 19}} à {{15h40}}. Le monsieur prend le jeudi. Elle écrit sur une carte : « apporter avis d'imposition {{2024}} + bail ». Motif : {{AAH}} + {{complément de ressources}}. Il s'appelle [[PERSONNE:Abdelkader]], il parle peu."),
    ("urgences", "accueil_telephonique",
     "{{SAMU}} : {{2 arrivées}} ds {{15 min}} (AVC + chute). {{Box 1}} libéré en {{40 s}}."),
    ("chrs", "accueil_telephonique",
     "{{115}}. Un travailleur social du {{Samu social}} : « je vous donne le numéro {{SIAO}} : [[IDENTIFIANT:deux, zéro, deux, cinq, tiret, zéro, zéro, trois, un, huit]] » → [[IDENTIFIANT:2025-00318]]. Monsieur [[PERSONNE:Kader]], {{60 ans}}, diabétique. Il faut une place avec frigo pour l'insuline."),
    ("france_travail", "accueil_telephonique",
     "Une dame donne son mail lettre par lettre : « [[EMAIL:m, a, r, i, e, point, l, e, g, a, l, l, arobase, w, a, n, a, d, o, o, point, f, r]] ». La conseillère tape [[EMAIL:marie.legall@wanadoo.fr]]. Mme [[PERSONNE:Le Gall]], {{61 ans}}, en {{ASS}}."),
    ("cpam", "accueil_physique",
     "Un panneau : « Attention aux faux SMS {{Ameli}} ! Nous ne demandons jamais vos coordonnées bancaires ». La moitié des questions de la matinée concernent des SMS suspects. L'agent montre à une dame comment reconnaître l'adresse officielle."),
    ("caf", "accueil_telephonique",
     "« Rappelez-moi au [[TELEPHONE:zéro six, double un, trente-quatre, cinquante, double zéro]] ». Le conseiller : « [[TELEPHONE:06 11 34 50 00]] ? » — « oui ». Rappel programmé {{demain matin}}. M. [[PERSONNE:Chevalier]], dossier {{prime d'activité}}."),
    ("ccas", "accueil_physique",
     "Dossier {{FSL}} énergie pour Mme [[PERSONNE:Nkemdirim]]. L'agente recopie le n° PDL du compteur, [[IDENTIFIANT:0933 4412 8877 10]], la réf. client {{TotalEnergies}} [[IDENTIFIANT:1 0042 771 903]], la dette : {{684,20 €}}. Elle n'a pas sa facture {{Orange}}, tant pis. Dossier transmis au {{Département}}."),
    ("chrs", "controle_sur_place",
     "Visite à l'appartement relais de {{Bègles}} : trois jeunes de {{18-21 ans}}. [[PERSONNE:Ismaël]] fait la cuisine, [[PERSONNE:Kenza]] révise son {{CAP}}, [[PERSONNE:Loïc]] dort (il travaille de nuit chez {{Amazon}}). L'éduc vérifie le cahier des courses et laisse {{40 €}}."),
    ("urgences", "accueil_physique",
     "{{Guichet 2}} des admissions. La secrétaire saisit la mutuelle d'un patient, {{MGEN}}, n° adhérent [[IDENTIFIANT:1 90 334 512]], puis l'attestation {{CSS}} d'une autre, n° [[IDENTIFIANT:3300198722]]. Elle me montre : {{36 admissions}} depuis {{8h}}. Patients : M. [[PERSONNE:Aubert]] et Mme [[PERSONNE:Nakamura]]."),
    ("caf", "accueil_physique",
     "Déclaration de grossesse + changement de situation. Mme [[PERSONNE:Mbemba]] a {{4 enfants}} : [[PERSONNE:Ruth]] ([[DATE_NAISSANCE:2012]]), [[PERSONNE:Esther]] ([[DATE_NAISSANCE:2015]]), [[PERSONNE:Josué]] ([[DATE_NAISSANCE:2018]]) et [[PERSONNE:Daniel]] ([[DATE_NAISSANCE:2021]]). Le 5e est prévu pour {{mars}}. L'agente parle de la {{prime à la naissance}}."),
    ("france_travail", "accueil_physique",
     "{{11h30}} : un monsieur en fauteuil roulant ne peut pas monter au {{1er}} (ascenseur en panne). La conseillère descend faire l'entretien dans le hall, sur une petite table. Aucune confidentialité 😕. Je l'entends dire son identifiant à voix haute : [[ID_FRANCE_TRAVAIL:3017764 A]]. Il cherche un poste adapté, {{RQTH}} depuis {{2022}}, dossier {{MDPH}} n° [[IDENTIFIANT:33-2022-006731]]."),
    ("cpam", "accueil_telephonique",
     "Appel d'un salarié en accident du travail. Numéro de dossier AT : [[IDENTIFIANT:3325004871]]. Les indemnités ne sont pas versées : l'attestation de salaire n'a pas été envoyée par l'employeur ({{Veolia}}). NIR : [[NIR:1 84 03 99 350 027 45]]. M. [[PERSONNE:El Amrani]], {{41 ans}}, né au {{Maroc}}."),
    ("chrs", "accueil_telephonique",
     "Écoutante au {{115}} depuis {{4 ans}}. Elle me dit qu'elle reconnaît les voix des habitués dès le « allô ». Ce soir : {{63 appels}}, dont {{30}} de personnes déjà hébergées qui demandent une prolongation."),
    ("ccas", "accueil_telephonique",
     "Un bailleur social appelle pour une locataire en impayés, Mme [[PERSONNE:Fernandes]]. Il donne son n° allocataire (elle a signé une autorisation) : [[N_ALLOCATAIRE:1903384]], et la dette : {{2 317 €}}. Réf. de l'impayé chez le bailleur : [[IDENTIFIANT:IMP-24-1187]]. L'agente demande à être rappelée au {{poste 214}}."),
    ("urgences", "accueil_physique",
     "Parking des urgences saturé. Un monsieur s'est garé sur la place handicapée sans carte. L'agent de sécurité : « la {{Clio}} grise, [[IMMATRICULATION:EK-552-SW]], déplacez-la svp ». Rien. Au micro : « propriétaire du véhicule [[IMMATRICULATION:EK 552 SW]] ». Il arrive {{10 min}} après."),
    ("caf", "controle_sur_place",
     "Trajet entre deux contrôles : la contrôleuse fait {{3 à 4 visites}} par jour, surtout sur la {{rive droite}}. {{70 %}} des contrôles viennent du {{datamining}}. Elle trouve que ça cible toujours les mêmes. Sandwich dans la voiture à {{Cenon}}."),
    ("cpam", "accueil_physique",
     "Une jeune femme a été contactée sur {{Instagram}} par un faux compte « {{Ameli}} » : [[IDENTIFIANT:@ameli_rembourssement_officiel]]. Elle a donné son IBAN : [[IBAN:FR76 1780 6007 1254 3001 2894 417]]. L'agent lui conseille d'appeler sa banque et de porter plainte, et lui donne le {{33700}} pour signaler les SMS. Mme [[PERSONNE:Lina Charpentier]]."),
    ("france_travail", "accueil_telephonique",
     "Une agence d'intérim ({{Randstad}} {{Mérignac}}) veut vérifier qu'un candidat est inscrit : la conseillère refuse, {{RGPD}}. « Demandez-lui son attestation ». Le candidat : M. [[PERSONNE:Florian Besse]]. Elle note quand même l'appel dans son dossier, [[ID_FRANCE_TRAVAIL:4590021 E]]."),
    ("ccas", "accueil_physique",
     "Mme [[PERSONNE:Hamon]] apporte un certificat du Dr [[PERSONNE:Kerbrat]] pour une téléassistance. Installation par {{Présence Verte}}, {{28 €}}/mois, le {{CCAS}} en prend {{50 %}}. Sa curatrice, Me [[PERSONNE:Lestage]], doit signer."),
]
# --- notes 176-210 -------------------------------------------------------------------------
NOTES_6 = [
    ("caf", "accueil_telephonique",
     "Un allocataire a gardé son compte belge (il a vécu à {{Liège}}) : le conseiller explique que la {{Caf}} peut verser sur un compte de la zone {{SEPA}}. IBAN dicté : [[IBAN:BE25 0634 1287 5582]]. M. [[PERSONNE:Vandenberghe]], alloc [[N_ALLOCATAIRE:5034417]]. Justificatif à envoyer par l'espace {{Mon Compte}}."),
    ("france_travail", "accueil_physique",
     "Inscription d'un jeune de {{23 ans}} qui sort d'un {{Service civique}}. Pas de carte vitale, il donne son NIR de mémoire : [[NIR:1 01 12 33 063 507 06]]. Né le [[DATE_NAISSANCE:24/12/2001]] à {{Bordeaux}} (« presque le jour de {{Noël}} ! »). [[PERSONNE:Théo Lambert-Okafor]]. Conseillère : Mme [[PERSONNE:Rivière]]."),
    ("urgences", "accueil_physique",
     "M. [[PERSONNE:Ruiz]], {{54 ans}}, plaie à la main. Adresse déclarée : {{foyer Saint-Jean}}, {{chambre 5}}. L'agente hésite à mettre ça comme domicile, puis le fait. Tel perso : [[TELEPHONE:06 23 90 71 48]]. Attente {{2h}}."),
    ("cpam", "accueil_physique",
     "{{Point d'accueil}} de {{Libourne}}, ouvert {{2 jours}} par semaine. {{12 visites}} ce matin. L'agente est seule, elle fait aussi le standard. Elle connaît beaucoup de gens de vue, tutoie certains. Questions : {{CSS}}, arrêts maladie, une {{CEAM}} pour un voyage en {{Espagne}}."),
    ("ccas", "accueil_telephonique",
     "Le {{CCAS}} appelle un monsieur pour son dossier logement, numéro unique de demande [[IDENTIFIANT:033 2412 00871 45]]. Messagerie. L'agent laisse un message : « rappelez-moi sur mon portable pro, [[TELEPHONE:06 47 21 08 39]], ou au standard, {{poste 112}}, demandez [[PERSONNE:Yannick]] ». M. [[PERSONNE:Mendy]] n'a pas rappelé à {{17h}}."),
    ("chrs", "accueil_physique",
     "Atelier budget avec la CESF, [[PERSONNE:Élodie]]. M. [[PERSONNE:Fontaine]] touche le {{RSA}}, {{635,71 €}}, participation hébergement {{63 €}}. Elle l'aide à lire son relevé {{La Banque Postale}} : IBAN en haut, [[IBAN:FR14 2004 1000 0154 7201 9X02 028]]. Il découvre {{8 €}} de frais par rejet de prélèvement. Elle lui parle de l'offre bancaire spécifique."),
    ("urgences", "accueil_telephonique",
     "{{20h35}}, une dame appelle pour savoir si son fils est aux urgences : la secrétaire ne confirme rien mais prend nom + date de naissance pour transmettre : « [[PERSONNE:Théodore Nzinga]], né le [[DATE_NAISSANCE:17 avril 2006]] ». Le médecin rappellera la maman au [[TELEPHONE:06 59 43 12 87]] si le patient est d'accord."),
    ("caf", "accueil_physique",
     "Affichage au mur : « Accueil sans rdv : {{8h30}}-{{12h}} ; sur rdv : {{13h30}}-{{16h30}} ». « Fermeture exceptionnelle le {{2 mai}} ». La borne annonce {{B045}} au {{guichet 1}}, {{A012}} au {{guichet 4}}. Attente affichée {{25 min}}, réelle plutôt {{40}}."),
    ("france_travail", "accueil_telephonique",
     "Le conseiller, [[PERSONNE:Rémi]] : « votre identifiant ? » — « [[ID_FRANCE_TRAVAIL:0, 8, 8, 1, 4, 7, 3]]… et la lettre c'est [[ID_FRANCE_TRAVAIL:Z]] ». Il tape [[ID_FRANCE_TRAVAIL:0881473Z]]. Mme [[PERSONNE:Benmansour]] veut contester sa radiation de {{2 mois}}."),
    ("ccas", "controle_sur_place",
     "Visite d'évaluation chez M. [[PERSONNE:Albert Cazenave]], {{86 ans}}, veuf, [[ADRESSE:31 rue du Professeur Demons, 33000 Bordeaux]]. Demande d'aide ménagère. L'agente remplit la grille {{AGGIR}} : {{GIR 4}}. Il raconte sa vie : docker au port de {{Bassens}}, né le [[DATE_NAISSANCE:2 mars 1939]] à {{Sainte-Croix-du-Mont}}. Le frigo contient {{2 yaourts}} et une bouteille de lait. Sa voisine, Mme [[PERSONNE:Pineau]], passe tous les jours. Portage de repas dès {{lundi}}."),
    ("cpam", "accueil_telephonique",
     "Un assuré lit sa facture d'opticien pour savoir ce qui reste à charge : « facture n° [[IDENTIFIANT:OPT-33-000781]], monture {{89 €}}, verres {{240 €}} ». Le magasin : « {{Optique Duhamel}} », SIRET {{45218333700024}}. Le conseiller : panier {{100% santé}} ou pas ? L'assuré ne sait pas. M. [[PERSONNE:Hubert Lasserre]]."),
    ("chrs", "accueil_telephonique",
     "{{115}} : un chauffeur de bus {{TBM}} appelle pour une dame âgée assise depuis {{2h}} à l'arrêt {{Quinconces}}, qui dit ne pas avoir où dormir. L'écoutant envoie l'équipe mobile. Le chauffeur attend avec elle. Belle solidarité."),
    ("urgences", "accueil_physique",
     "Famille allemande en vacances, enfant tombé du vélo. Carte européenne d'assurance maladie de la mère : n° [[IDENTIFIANT:80276 00012 4471 8823]]. L'enfant : [[PERSONNE:Lukas Schäfer]], {{8 ans}}, né le [[DATE_NAISSANCE:3.9.2016]]. Leur camping-car immatriculé [[IMMATRICULATION:M-KS 4471]] est garé devant l'entrée 🙄."),
    ("caf", "controle_sur_place",
     "Au bureau, avant de partir, la contrôleuse imprime la fiche : allocataire [[N_ALLOCATAIRE:2219564]], Mme [[PERSONNE:Pelletier Audrey]], [[ADRESSE:16 rue du Noviciat, 33800 Bordeaux]]. Signalement : conjoint non déclaré, voiture [[IMMATRICULATION:GN-091-KC]] souvent garée devant. Sur place à {{10h15}} : personne. Elle reviendra."),
    ("france_travail", "accueil_physique",
     "{{8h45}}, briefing d'équipe debout : {{14 conseillers}}. Chiffres de la semaine : {{312 entretiens}}, {{48 sorties}} vers l'emploi, {{6 sanctions}}. La directrice annonce une nouvelle version de l'appli {{MAP}}. Café froid."),
    ("cpam", "controle_sur_place",
     "Enquête à domicile pour une pension d'invalidité contestée : Mme [[PERSONNE:Ben Salem]], [[ADRESSE:45 avenue Jean Jaurès, 33150 Cenon]]. L'enquêtrice vérifie l'identité : NIR [[NIR:2 66 04 99 351 071 43]], née en [[DATE_NAISSANCE:avril 1966]] à {{Sfax}}. Elle ne peut plus monter les escaliers et vit au {{2e}}. Photos prises avec son accord."),
    ("caf", "accueil_telephonique",
     "Une conseillère me fait écouter le message d'attente : « Pour gagner du temps, rendez-vous sur {{caf.fr}} ou sur l'application ». Elle dit que les gens commencent l'appel en disant qu'ils ont déjà essayé. {{38e appel}} de la journée à {{11h05}}."),
    ("ccas", "accueil_physique",
     "Mme [[PERSONNE:Guillemot]] demande une aide pour les obsèques de son mari. Elle apporte le devis des {{Pompes Funèbres Laporte}} ({{3 980 €}}), son RIB {{Crédit Mutuel}} [[IBAN:FR76 1027 8022 0000 0204 8730 158]] et l'acte de décès. Date de naissance du défunt : [[DATE_NAISSANCE:28 juin 1947]]. L'agente est très douce. Aide possible : {{800 €}}."),
    ("chrs", "controle_sur_place",
     "Visite chez Mme [[PERSONNE:Ionescu]], logée en diffus par le {{CHRS}}, [[ADRESSE:20 rue de Lescure, 33000 Bordeaux]]. Elle a trouvé un travail de ménage chez {{Onet}}, {{20 h}}/semaine. Pour le contrat, l'éduc vérifie son NIR : [[NIR:2 92 06 99 114 233 26]] (née en {{Roumanie}} en [[DATE_NAISSANCE:juin 1992]]). Son fils [[PERSONNE:Andrei]] entre au {{CP}} en {{septembre}}."),
    ("urgences", "accueil_telephonique",
     "Le centre de rééducation appelle pour le dossier d'un patient transféré. « Date de naissance : [[DATE_NAISSANCE:douze, zéro trois, cinquante-neuf]] », puis le NIR : [[NIR:1 59 03 47 001 388 76]]. La secrétaire retrouve M. [[PERSONNE:Labarthe]], né à {{Agen}}, IPP [[IDENTIFIANT:800 593 106]]. Dossier faxé à {{15h20}}."),
    ("france_travail", "accueil_physique",
     "Sur l'écran de la conseillère, deux fenêtres : à gauche l'offre {{191BHWK}} (aide-soignant, {{CHU de Bordeaux}}), à droite le dossier de Mme [[PERSONNE:Oumou Keïta]], [[ID_FRANCE_TRAVAIL:2098836 U]]. Elle fait la mise en relation. Réponse attendue sous {{15 jours}}."),
    ("cpam", "accueil_physique",
     "{{14h}} réouverture, {{9 pers}} dehors sous la pluie ☔ depuis {{13h40}}"),
    ("caf", "accueil_physique",
     "Un monsieur âgé que tout le monde appelle « [[PERSONNE:Papi Jo]] » à l'accueil (il vient chaque semaine). Il vient pour son {{ALS}}. L'agente connaît son numéro par cœur : [[N_ALLOCATAIRE:0418827]]. Elle rit : « je le connais mieux que le mien ». Son vrai nom : M. [[PERSONNE:Joaquín Herrera]]."),
    ("ccas", "accueil_telephonique",
     "Une assistante sociale du {{Département}} ({{MDS}} de {{Cenon}}) appelle pour une famille suivie en commun. Elle donne son mail, [[EMAIL:s.ouattara@gironde.fr]], et son portable, [[TELEPHONE:06 30 55 14 72]]. Famille [[PERSONNE:Robin]], {{5 enfants}}, expulsion prévue le {{15 avril}}. Jugement : RG [[IDENTIFIANT:24/06612]]."),
    ("urgences", "accueil_physique",
     "Écran de l'IOA, je recopie : « [[PERSONNE:MARTINEZ Rosa]] – {{78a}} – doul abdo – {{EVA 7}} – {{tri 3}} – {{box 11}} ». Elle attend depuis {{50 min}}."),
    ("chrs", "accueil_physique",
     "Une résidente, [[PERSONNE:Aïcha]], revient du tribunal : elle a obtenu une ordonnance de protection, n° [[IDENTIFIANT:25/00188]]. L'équipe applaudit 👏. Elle veut un nouveau numéro de téléphone pour que son ex ne la trouve plus : l'éduc l'accompagne chez {{Orange}} à {{Mériadeck}}."),
    ("cpam", "accueil_telephonique",
     "Transfert vers le service {{AT/MP}}, {{poste 5521}}. Avant, la conseillère note pour le collègue : « NIR [[NIR:1 93 02 33 522 219 92]], né à {{Talence}}, M. [[PERSONNE:Darrigrand]], rappelle pour la {{4e fois}} ». Le transfert échoue, musique d'attente ({{Vivaldi}} ?)."),
    ("france_travail", "accueil_telephonique",
     "J'écoute la conseillère expliquer l'{{actualisation}} à une dame qui la fait pour la première fois : « vous avez travaillé ce mois-ci ? combien d'heures ? quel salaire brut ? ». {{7 min}}. La dame la remercie {{5 fois}}."),
    ("caf", "controle_sur_place",
     "Contrôle de résidence des enfants : Mme [[PERSONNE:Charlotte Mercier]], née le [[DATE_NAISSANCE:19 décembre 1981]] (NIR [[NIR:2 81 12 33 063 712 02]]), déclare les enfants à {{100 %}}. Le père, M. [[PERSONNE:Aurélien Faye]], les a une semaine sur deux d'après le jugement ({{JAF}}, RG [[IDENTIFIANT:21/03390]]). Les chambres des enfants sont vides une semaine sur deux, ça se voit. Le contrôleur passera en garde alternée ({{50 %}})."),
    ("urgences", "accueil_telephonique",
     "Un fils qui vit au {{Canada}} appelle pour sa mère hospitalisée. Il veut être contacté par mail : [[EMAIL:patrick.dubois.mtl@videotron.ca]], ou au [[TELEPHONE:+1 514 382 4471]]. Décalage horaire de {{6 h}}. La secrétaire note pour l'assistante sociale. Sa mère : Mme [[PERSONNE:Dubois]], {{box 4}}."),
    ("ccas", "accueil_physique",
     "Un bénévole de l'{{épicerie solidaire}} vient déposer les listes. {{48 familles}} cette semaine, dont {{12 nouvelles}}. Les produits sont vendus à {{10 %}} du prix. Il me dit qu'ils manquent de produits d'hygiène."),
    ("cpam", "accueil_physique",
     "Mme [[PERSONNE:Toussaint]] veut changer de médecin traitant : l'ancien, le Dr [[PERSONNE:Lecomte]], est parti à la retraite. Le nouveau, le Dr [[PERSONNE:Abdelnour]], a rempli le {{Cerfa 12485*03}}. Enregistré en {{5 min}}."),
    ("chrs", "accueil_telephonique",
     "Le {{SPIP}} appelle le {{115}} : un monsieur sort de la maison d'arrêt de {{Gradignan}} demain à {{9h}}. Numéro d'écrou [[IDENTIFIANT:48712]], M. [[PERSONNE:Salhi]]. La conseillère SPIP donne sa ligne directe : [[TELEPHONE:05 56 89 30 47]]. Place en {{CHRS}} demandée, en attendant une {{nuitée hôtelière}}."),
    ("france_travail", "accueil_physique",
     "Job dating restauration : {{Flunch}}, {{Courtepaille}}, {{McDonald's}}, {{Buffalo Grill}}. Une candidate, [[PERSONNE:Priscilla Mendy-Lopes]], repart avec une promesse chez Buffalo Grill à {{Mérignac}}. La conseillère enregistre la mise en relation sur l'offre {{192XRBM}}. Identifiant de la candidate : [[ID_FRANCE_TRAVAIL:5508142 R]]."),
    ("caf", "accueil_telephonique",
     "M. [[PERSONNE:Saïdi]] : « mon numéro c'est le [[N_ALLOCATAIRE:49]]… non attendez je regarde… [[N_ALLOCATAIRE:4 9 0 2 2 7 1]] ». Le conseiller : « je lis [[N_ALLOCATAIRE:4902271]] sur votre dossier, c'est bien ça ? ». Il appelle pour un indu de {{1 212 €}}, réclamé en {{12 mensualités}}."),
]
# --- notes 211-240 -------------------------------------------------------------------------
NOTES_7 = [
    ("ccas", "controle_sur_place",
     "Visite à domicile après un signalement des voisins (incurie) : [[ADRESSE:3 résidence Le Lac, 33520 Bruges]]. M. [[PERSONNE:Grégoire Lalanne]], {{71 ans}}. Appartement encombré jusqu'au plafond. Il refuse d'abord d'ouvrir, puis accepte quand l'agente dit qu'elle vient « de la mairie de {{Bruges}} ». Son neveu, [[PERSONNE:Bastien]], au tel : [[TELEPHONE:07 81 26 54 30]]. Deuxième visite prévue avec l'infirmière du {{CLIC}}."),
    ("cpam", "controle_sur_place",
     "Contrôle d'arrêt maladie à {{Arcachon}} : Mme [[PERSONNE:Nathalie Soulé]], [[ADRESSE:8 avenue Gambetta, 33120 Arcachon]]. Elle est là, en arrêt pour lombalgie depuis {{5 semaines}}. L'agent vérifie la carte vitale : [[NIR:2 75 08 33 009 141 95]]. RAS. {{1h15}} de route aller-retour pour {{10 min}} de contrôle 😅."),
    ("chrs", "controle_sur_place",
     "Visite de l'équipe mobile du {{CHRS}} à un couple qui vit dans un camion aménagé, [[ADRESSE:aire des Pins Verts, place 12]], à {{Mérignac}}. Camion [[IMMATRICULATION:BT-447-ZE]]. [[PERSONNE:Kevin]] et [[PERSONNE:Jessica]], plus le chien {{Oslo}}. Ils refusent le foyer à cause du chien. L'éduc propose une structure qui accepte les animaux à {{Libourne}}."),
    ("chrs", "controle_sur_place",
     "Contrôle surprise des chambres (suspicion de trafic), avec le directeur et [[PERSONNE:Hugo]], éduc. {{Chambre 4}} et {{chambre 11}} : rien. Le directeur dit que c'est « la partie du métier qu'il déteste ». Les résidents sont prévenus {{30 min}} avant, par respect."),
    ("chrs", "accueil_physique",
     "Bureau des éducs, {{9h}}. [[PERSONNE:Nadia]] fait le point avec M. [[PERSONNE:Kouyaté]] : {{Caf}} (alloc [[N_ALLOCATAIRE:3872106]]) ok, {{RSA}} ouvert ; {{France Travail}} ([[ID_FRANCE_TRAVAIL:4092273 K]]) inscrit ; demande de logement social n° [[IDENTIFIANT:033 2503 01144 72]] déposée ; fiche {{SIAO}} [[IDENTIFIANT:SIAO-33-25-00917]] à mettre à jour. « Reste la mutuelle ». Il rit : « j'ai plus de numéros que de chaussettes »."),
    ("chrs", "accueil_physique",
     "Fête de fin d'année au {{CHRS}} : {{40 personnes}}, un DJ bénévole, couscous préparé par {{3 résidents}}. Les enfants font des dessins. Je ne prends pas de photo. Fin à {{22h}}, tout le monde range."),
    ("chrs", "accueil_physique",
     "Un résident veut s'inscrire sur {{Indeed}}, il n'a pas de mail. L'éduc l'aide à en créer un : [[EMAIL:mamadou.bah.bdx@outlook.fr]]. Date de naissance demandée par le site : [[DATE_NAISSANCE:05/11/1997]]. « Je mets mon vrai nom ? » — oui : [[PERSONNE:Mamadou Bah]]. CV fait en {{45 min}}."),
    ("ccas", "accueil_telephonique",
     "Une dame âgée appelle pour le {{repas des aînés}}, elle s'inscrit avec son amie. Elle donne son numéro, « [[TELEPHONE:cinq, cinquante-six, zéro huit, vingt-deux, quarante]] » (sans le zéro du début). L'agente complète : [[TELEPHONE:05 56 08 22 40]]. Noms : Mme [[PERSONNE:Bourdieu]] et Mme [[PERSONNE:Da Silva]]. Repas le {{12 janvier}}, {{salle des fêtes}}, {{12h}}."),
    ("ccas", "accueil_telephonique",
     "Un monsieur appelle pour des bons de carburant : il emmène sa femme à ses chimios à l'{{Institut Bergonié}}. L'agente note la plaque pour le dossier : [[IMMATRICULATION:DZ-806-PM]]. M. [[PERSONNE:Lacroix]]. {{2 bons}} de {{30 €}} accordés."),
    ("caf", "controle_sur_place",
     "Contrôle d'une famille monoparentale : Mme [[PERSONNE:Amandine Roche]], [[ADRESSE:11 rue Émile Zola, 33130 Bègles]]. Relevés {{Crédit Agricole}}, compte [[IBAN:FR76 1330 6001 5064 0182 3771 584]] : virements réguliers de {{250 €}} d'un M. [[PERSONNE:Lefort]]. « C'est mon père ». Elle montre des messages pour le prouver. Le contrôleur l'accepte."),
    ("caf", "controle_sur_place",
     "Deuxième passage chez M. [[PERSONNE:Benhaddou]], à {{Lormont}}, alloc [[N_ALLOCATAIRE:1738840]]. NIR relevé sur la carte : [[NIR:1 68 09 99 350 119 57]], né à {{Casablanca}} en [[DATE_NAISSANCE:septembre 68]]. Le logement est bien occupé cette fois : la première fois, il était au {{Maroc}} pour un décès ({{3 semaines}})."),
    ("caf", "accueil_physique",
     "Ticket {{C019}} (dépôt de pièces). La dame dépose une attestation de loyer. L'agente vérifie le numéro écrit en haut : [[N_ALLOCATAIRE:3O74458]] — « c'est un zéro ou un O ? » — zéro → [[N_ALLOCATAIRE:3074458]]. Tampon, {{2 min}}."),
    ("caf", "accueil_physique",
     "Un agent en formation me dit que le plus dur, ce sont les dossiers où {{4 prestations}} s'emboîtent ({{RSA}}, {{APL}}, {{prime d'activité}}, {{AAH}}). Il a un classeur de {{200 pages}} de fiches."),
    ("caf", "accueil_physique",
     "Mise à jour des coordonnées : nouveau tel [[TELEPHONE:07 66 40 91 25]], nouveau mail [[EMAIL:e.lopezbaron@icloud.com]]. Mme [[PERSONNE:Estela López Barón]] en profite pour demander pourquoi ses {{APL}} ont baissé de {{17 €}}. Réponse : ses revenus d'il y a deux ans."),
    ("ccas", "accueil_physique",
     "Une jeune femme de {{21 ans}}, [[PERSONNE:Léa Boucher]], demande une aide pour le permis. Née le [[DATE_NAISSANCE:14 mai 2003]] à {{Cenon}} (NIR [[NIR:2 03 05 33 119 046 79]]). L'agente remplit le dossier du {{Fonds d'aide aux jeunes}} et prend le RIB : [[IBAN:FR76 1333 5003 0108 0129 9384 727]]. Passage en commission le {{3 juin}}."),
    ("ccas", "accueil_physique",
     "Dans le hall, une affiche « {{Octobre rose}} » et une photo du maire, {{Pierre Hurmic}}, qui sourit à côté de l'{{épicerie solidaire}}. Mme [[PERSONNE:Rose Ndiaye]] s'assoit juste dessous pour remplir son dossier de {{tarif social}}."),
    ("cpam", "accueil_telephonique",
     "Un assuré lit son IBAN pour le remboursement de soins faits au {{Portugal}} ({{340 €}}, formulaire {{S3125}}) : « [[IBAN:FR76 3000 4028 3700]] »… il passe à la ligne suivante… « [[IBAN:0107 7345 132]] ». Le conseiller : « il faut nous l'envoyer par courrier, je ne peux pas le saisir ». M. [[PERSONNE:Antoine Giraud]]."),
    ("cpam", "accueil_telephonique",
     "Appel de {{9h02}} : une dame demande le numéro des impôts. Le conseiller donne le {{0 809 401 401}}. Elle demande aussi celui de la {{Caf}}, {{3230}}, et de {{France Travail}}, {{3949}}. « Vous êtes mieux que {{Google}} ». Il rit. {{2 min}}."),
    ("cpam", "controle_sur_place",
     "Contrôle des transports sanitaires : l'agente vérifie un taxi conventionné. Taxi [[IMMATRICULATION:FP-219-AS]], chauffeur M. [[PERSONNE:Hocine Aberkane]], facture n° [[IDENTIFIANT:TX-2025-00412]] pour un trajet {{Langon}} – {{Bordeaux}} facturé {{2 fois}}. Le patient, M. [[PERSONNE:Courrèges]], habite [[ADRESSE:lieu-dit Gaillardon, 33210 Langon]]. Il confirme un seul trajet."),
    ("cpam", "controle_sur_place",
     "Contrôle d'un arrêt à {{Saint-Médard-en-Jalles}} : M. [[PERSONNE:Hervé Soubiran]], [[ADRESSE:19 allée des Chênes, 33160 Saint-Médard-en-Jalles]]. Il est dans son jardin en train de tailler la haie (arrêt pour l'épaule 🤔). L'agent note les faits, sans commentaire. Sorties autorisées {{9h-11h}} et {{14h-16h}} ; il est {{15h20}}."),
    ("chrs", "accueil_telephonique",
     "{{115}}, {{2h du matin}}. Une femme chuchote, enfermée dans sa salle de bain. L'écoutante lui fait donner son adresse : [[ADRESSE:6 rue Carpenteyre]], {{Bordeaux}}. Elle appelle le {{17}} en parallèle. La dame : « je m'appelle [[PERSONNE:Sonia]] ». La police arrive en {{12 min}}. L'écoutante reste en ligne tout du long."),
    ("chrs", "accueil_telephonique",
     "{{115}} : un jeune dit qu'il a {{16 ans}}. L'écoutant explique qu'il ne peut pas l'héberger en structure adultes. Il donne sa date de naissance, [[DATE_NAISSANCE:08/08/2008]], et son prénom, [[PERSONNE:Ibrahima]]. Transmission au dispositif {{MNA}} du {{Département}}."),
    ("france_travail", "accueil_telephonique",
     "La conseillère envoie un SMS récapitulatif, je lis sur l'écran : « M. [[PERSONNE:Couturier]], votre rdv : {{mardi 10h}}, {{agence de Mérignac}}. Votre identifiant :\n[[ID_FRANCE_TRAVAIL:6203514\nD]] ». Puis elle note son mail pour la suite : [[EMAIL:j.couturier@free.fr]]."),
    ("france_travail", "accueil_telephonique",
     "La {{Carrosserie Nogueira}} appelle : le patron, M. [[PERSONNE:Nogueira]], veut embaucher un apprenti, [[PERSONNE:Bryan]], déjà repéré. Il laisse son portable : [[TELEPHONE:06 07 28 81 19]]… « non pardon, [[TELEPHONE:06 07 28 18 19]] ». Offre créée : {{193KFTN}}, {{CAP carrosserie}}."),
    ("urgences", "accueil_telephonique",
     "Un médecin d'{{EHPAD}} appelle pour un résident venu hier. IPP dicté chiffre par chiffre : « [[IDENTIFIANT:huit, zéro, zéro, trois, un, sept, six, neuf, quatre]] ». La secrétaire : « [[IDENTIFIANT:800 317 694]], M. [[PERSONNE:Bellocq]] ? » — oui. Retour prévu en ambulance à {{16h}}."),
    ("urgences", "accueil_telephonique",
     "Standard, {{3h du matin}} : la ligne sonne peu. La secrétaire en profite pour classer les étiquettes et vider le fax (oui, un fax). La nuit, la moitié des appels viennent de gens qui cherchent une pharmacie de garde : elle renvoie vers le {{3237}}."),
    ("caf", "accueil_telephonique",
     "Une dame qui change de banque lit son RIB au téléphone (il ne peut pas le saisir, mais elle le lit quand même 😅) : « [[IBAN:FR95 2004 1010 1307 8351 2P03 177]], P comme {{Paul}} ». Le conseiller lui dit de passer par {{Mon Compte}}. Mme [[PERSONNE:Martineau]], alloc [[N_ALLOCATAIRE:6110293]]."),
    ("caf", "accueil_telephonique",
     "Appel pour une {{ASF}} : la dame lit le numéro du jugement, « RG [[IDENTIFIANT:24]]… barre… [[IDENTIFIANT:05218]] ». Le conseiller reconstitue [[IDENTIFIANT:24/05218]]. Son n° alloc : [[N_ALLOCATAIRE:2761094]]. Pension fixée à {{120 €}}, jamais payée. Mme [[PERSONNE:Ouattara]]."),
    ("ccas", "controle_sur_place",
     "Enquête pour une aide exceptionnelle chez Mme [[PERSONNE:Delphine Mathieu]], [[ADRESSE:27 rue du Maréchal Joffre, 33700 Mérignac]]. L'agente vérifie les charges : loyer {{640 €}}, électricité {{92 €}}, crédit conso {{180 €}}. RIB pour le versement : [[IBAN:FR76 1090 7000 0112 0219 3486 101]]. Aide de {{300 €}} proposée, versée sous {{10 jours}}."),
    ("ccas", "controle_sur_place",
     "Visite post-naissance chez [[PERSONNE:Chloé]] et [[PERSONNE:Yassine]], à {{Bruges}}, bébé de {{2 mois}}. Lit parapluie, pas de table à langer, chauffage d'appoint. L'agente oriente vers la {{PMI}} et propose {{100 €}} pour le matériel. Le bébé s'appelle [[PERSONNE:Jade]]."),
]
# fmt: on

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)
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


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
            raise ValueError(f"stray mark in {plain!r}")
        parts.append(plain)
        length += len(plain)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        if value != value.strip() or not value:
            raise ValueError(f"value {value!r} has surrounding whitespace")
        parts.append(value)
        length += len(value)
        pos = m.end()
    tail = marked[pos:]
    if "[[" in tail or "]]" in tail or "{{" in tail or "}}" in tail:
        raise ValueError(f"stray mark in {tail!r}")
    parts.append(tail)
    text = "".join(parts)
    for ent in entities:
        if text[ent["start"] : ent["end"]] != text[ent["start"] : ent["end"]].strip():
            raise ValueError("bad span")
    return text, entities, keep


def build():
    """All notes in writing order, with their ids."""
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"note {number}: bad site kind or channel")
        if site_kind in ("urgences", "france_travail") and channel == "controle_sur_place":
            raise ValueError(f"note {number}: no home inspection at {site_kind}")
        text, entities, keep = parse(marked)
        if not keep:
            raise ValueError(f"note {number}: empty keep list")
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
    """Return (dev ids, holdout ids), drawn from the ids and the cells only."""
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
    lines = [
        json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=lambda n: n["id"])
    ]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
