"""Independent evaluation corpus n° 105: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive); ids ``ind105-001``
… ``ind105-240`` follow the writing order; ``split`` draws dev / holdout from the ids and the
cells only; running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.
Standard library only, deterministic.

Emphasis: names that are not people's (Centre-Val de Loire): streets, shops, brands, pets,
songs, films, public figures, nicknames of things, beside real people's names.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind105"
SEED = 105

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# Batch 1 (notes 001-035)
NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h40}} mme [[PERSONNE:Rose Kabongo]] vient changer de banque, elle quitte la {{Banque Postale}} pour le {{Crédit Agricole}}. Nouvel IBAN lu à voix haute par l'agent : [[IBAN:FR76 1480 6180 0072 0145 3891 183]]. Elle tient un bouquet, « c'est pour ma voisine, c'est la {{Sainte-Rose}} demain » 🌹 — l'agent ([[PERSONNE:Baptiste]]) rigole : « vous fêtez la vôtre alors ». Attente {{25 min}}.",
    ),
    (
        "caf",
        AT,
        "Appel {{10h12}}. Monsieur veut savoir pourquoi sa {{prime d'activité}} a baissé. Num alloc donné : [[N_ALLOCATAIRE:2381547]]. L'agente demande le nom : « [[PERSONNE:Ferhat]], [[PERSONNE:F E R H A T]], prénom [[PERSONNE:Samir]] ». Elle voit qu'il a déclaré {{1 450 €}} au lieu de {{1 045 €}} sur la DTR. Erreur de frappe, il faut refaire la déclaration trimestrielle. Durée {{14 min}}.",
    ),
    (
        "cpam",
        AP,
        "Jeune femme, [[PERSONNE:Amélie]], ne sait pas se connecter à {{Ameli}} 😅 « c'est mon prénom en plus ». L'agent [[PERSONNE:Thomas Nguyen]] lui crée le compte sur la borne, code provisoire envoyé par courrier. Elle donne son NIR sans qu'on lui demande, à voix haute dans la file : [[NIR:2 87 11 37 261 118 58]] 😬. Née à {{Tours}} en [[DATE_NAISSANCE:novembre 87]].",
    ),
    (
        "urgences",
        AP,
        "IOA (infirmière d'accueil) = [[PERSONNE:Sandrine]]. Patient {{82 ans}} amené par sa fille, chute dans l'escalier. Bracelet imprimé : [[PERSONNE:BOUCHET Raymond]] IPP [[IDENTIFIANT:00718342]] né le [[DATE_NAISSANCE:14/02/1942]]. Tri niveau 3. Attente estimée {{4h}}. La fille soupire.",
    ),
    (
        "ccas",
        AP,
        "Mr [[PERSONNE:Leclerc]] (oui comme le magasin, il le dit lui-même : « pas de lien avec {{Leclerc}} hein, sinon je serais pas là ») demande un bon alimentaire. Il a {{12 €}} sur son compte jusqu'au {{5}}. L'agente, Mme [[PERSONNE:Diallo]], lui donne un bon pour l'{{épicerie sociale}} de la {{rue Nationale}}, valable {{15 jours}}.",
    ),
    (
        "france_travail",
        AP,
        "Rdv {{14h}} avec conseillère [[PERSONNE:Karine Moreau]]. Demandeur [[PERSONNE:Oleksandr]] (ukrainien, arrivé en {{2022}}), id France Travail [[ID_FRANCE_TRAVAIL:4518273K]]. Il cherche cariste à {{Saran}}, a le {{CACES 3}}. Elle lui montre {{3 offres}} sur l'écran dont une chez {{John Deere}} 🚜. Il note sur son tél.",
    ),
    (
        "chrs",
        AT,
        "115 — {{22h47}}. Femme avec {{2 enfants}} à la gare de {{Vierzon}}, plus de place au {{CHRS}}. L'écoutante ([[PERSONNE:Lucie]]) note : nom [[PERSONNE:Traoré]], prénom [[PERSONNE:Fanta]], né le.. elle se reprend : « née le [[DATE_NAISSANCE:3 mars 1995]] ». Rappel prévu au [[TELEPHONE:07 58 21 94 06]]. Nuit d'hôtel trouvée à {{Bourges}} mais pas de train avant {{6h}}. Silence. 😞",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile, {{Joué-lès-Tours}}, quartier {{La Rabière}}. Contrôleur [[PERSONNE:Julien Hamel]]. On vérifie si Mme vit seule ({{RSA majoré}}). Devant l'immeuble une {{Mégane}} grise, le contrôleur note la plaque [[IMMATRICULATION:FK-318-PW]] « au cas où ». En haut la dame dit que la voiture c'est celle de sa fille, [[PERSONNE:Mégane]] 🙄 « elle s'appelle comme la voiture, c'est son père qui a choisi ». Adresse : [[ADRESSE:7 rue Jules Verne, 37300 Joué-lès-Tours]]. Une seule brosse à dents. RAS.",
    ),
    (
        "cpam",
        AT,
        "Plateforme tél {{3646}}. Entre {{9h}} et {{10h}} : {{11 appels}}, dont 7 pour des remboursements pas arrivés. Temps d'attente affiché côté usager : {{18 min}}. La téléconseillère a un casque qui grésille depuis lundi, ticket ouvert au service info. Personne ne m'a dit son nom.",
    ),
    (
        "chrs",
        AP,
        "Au CHRS {{Le Relais}} de {{Blois}}, la machine à café s'appelle « {{Gérard}} » (post-it dessus). Les résidents disent « Gérard est en panne » depuis {{3 semaines}} 😂. Le veilleur de nuit s'appelle vraiment [[PERSONNE:Gérard]] ([[PERSONNE:Gérard Obiang]]), il dit « c'est pas moi qu'il faut réparer ». Fou rire général.",
    ),
    (
        "france_travail",
        AT,
        "Appels sortants : le conseiller rappelle les personnes qui n'ont pas actualisé avant le {{15}}. {{6 appels}}, 2 répondent, 4 messageries. Il laisse toujours le même message : « Bonjour, ici votre agence {{France Travail}} de {{Châteauroux}}, merci de nous rappeler au {{3949}} ». Il dit que {{80 %}} des rappels tombent sur répondeur.",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences, {{CHR d'Orléans}}. Une maman appelle : son fils [[PERSONNE:Rémi]], {{9 ans}}, s'est pris la porte du car {{Rémi}} sur les doigts en descendant 🚌. L'agent demande si le doigt est déformé. « Non mais il est tout bleu. » Conseil : glace, venir si ça gonfle. Elle laisse son numéro quand même : [[TELEPHONE:06 47 12 80 35]].",
    ),
    (
        "caf",
        AP,
        "{{11h05}} Couple [[PERSONNE:Yilmaz]] — lui parle pas bien français, elle traduit. Déménagement de {{Fleury-les-Aubrais}} vers [[ADRESSE:14 allée des Tilleuls, 45800 Saint-Jean-de-Braye]]. N° alloc [[N_ALLOCATAIRE:1094736]]. L'agent ([[PERSONNE:Bruno]]) dit que l'{{APL}} va être recalculée, « comptez {{2 mois}} ». Elle : « 2 mois ?! on paie comment le loyer ». Pas de réponse.",
    ),
    (
        "ccas",
        AT,
        "Appel de Mme [[PERSONNE:Toussaint]] (d'origine haïtienne, elle épelle [[PERSONNE:T O U S S A I N T]] « comme la fête »). Elle veut savoir si la {{prime de Noël}} sera versée avant {{Noël}} 🎄. L'agent lui dit que c'est la {{Caf}} qui verse, pas le {{CCAS}}. Elle demande aussi pour le colis de {{la Toussaint}}… « non madame, c'est le colis de fin d'année ». Rappel au [[TELEPHONE:02 47 39 61 08]].",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{23 personnes}} à {{15h}}. Écran : « temps d'attente moyen {{3h20}} ». Un ado dort sur {{2 chaises}}. Une dame demande {{4 fois}} à l'accueil si c'est bientôt. L'agente d'accueil lui répond chaque fois pareil, avec le sourire. Moi je craquerais.",
    ),
    (
        "cpam",
        AP,
        "Mr [[PERSONNE:Pierre Jamet]], de {{Saint-Pierre-des-Corps}}, vient pour un remboursement de calculs rénaux (« une {{pierre}} de {{8 mm}} qu'ils m'ont dit »). L'agente [[PERSONNE:Nadia]] cherche sur le poste : feuille de soins reçue le 12, remboursée {{46,80 €}}. Il repart content, il voulait juste qu'on lui dise.",
    ),
    (
        "chrs",
        CSP,
        "Visite en logement diffus avec l'éducatrice [[PERSONNE:Maëlle]]. Studio au [[ADRESSE:3 rue Édouard Vaillant, appt 12, 18000 Bourges]]. Le monsieur ([[PERSONNE:Kouadio]]) a recueilli un chat qu'il a appelé {{Zidane}} 🐈 « parce qu'il met des coups de tête ». Le chat n'est pas autorisé dans le bail, [[PERSONNE:Maëlle]] fait semblant de pas le voir. Frigo : {{2 yaourts}} et du pain.",
    ),
    (
        "france_travail",
        AP,
        "Jeune femme, [[PERSONNE:Océane Bertin]], {{22 ans}}, vendeuse chez {{Jules}} à {{l'Heure Tranquille}} jusqu'en septembre. Le conseiller, M. [[PERSONNE:Chevalier]], lui demande si elle veut rester dans le prêt-à-porter. « Oui mais pas chez Jules, mon {{jules}} y bosse aussi et on s'est séparés » 😅 Il rit, propose {{Kiabi}} et {{Célio}}. Identifiant : [[ID_FRANCE_TRAVAIL:6023718P]].",
    ),
    (
        "caf",
        AT,
        "Appel {{16h20}} : Mme [[PERSONNE:Haddad]] ne reçoit pas les mails de la {{Caf}}. L'agent relit l'adresse enregistrée : [[EMAIL:yasmine.hadad37@gmail.com]] — il manque un d, c'est [[EMAIL:yasmine.haddad37@gmail.com]]. Corrigé en direct. « Ça fait {{6 mois}} que je reçois rien ! »",
    ),
    (
        "urgences",
        AP,
        "Homme agité, ramené par la police vers {{2h}} (on m'a raconté, j'étais pas là). Ce matin l'infirmier [[PERSONNE:Hugo]] attend une place à {{Daumézon}} ({{EPSM}} de {{Fleury-les-Aubrais}}). Le médecin de garde, Dr [[PERSONNE:Benhamou]], dit « sinon on tente {{George Sand}} à {{Bourges}} mais ils sont pleins aussi ». Le patient s'appelle [[PERSONNE:Jordan]], {{31 ans}}, il a des {{Jordan}} aux pieds, blanches, impeccables.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile pour l'aide ménagère chez Mme [[PERSONNE:Ginette Aubry]], [[ADRESSE:La Gaudinière, 36200 Argenton-sur-Creuse]]. Née le [[DATE_NAISSANCE:2 août 1936]]. Vit seule, {{88 ans}}, le petit-fils passe le dimanche. L'assistante sociale ([[PERSONNE:Claire Pasquier]]) note la mutuelle : {{Harmonie Mutuelle}} n° [[IDENTIFIANT:30215784]]. Poêle à bois, {{3 stères}} dans la cour.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt maladie à {{Châteauroux}} avec l'agent assermenté [[PERSONNE:Didier Rousseau]]. {{10h30}}, personne. Sonnette, rien. Il laisse un avis de passage, note sur sa tablette : assuré [[NIR:1 65 09 36 044 031 18]], absent, sorties non autorisées. Il m'explique qu'il faudra justifier sous {{48h}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant. « Bonjour, c'est [[PERSONNE:France]]… euh, Mme [[PERSONNE:Delaunay]], pour {{France Travail}} » 😄. Le conseiller a mis {{2 secondes}} à comprendre que [[PERSONNE:France]] c'était son prénom. Son identifiant : [[ID_FRANCE_TRAVAIL:3174208H]]. Elle veut décaler son rdv de jeudi.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour. [[PERSONNE:Mohamed Abakar]] (soudanais) vient chercher son courrier (domiciliation). Un recommandé de la préfecture : récépissé renouvelé, n° [[IDENTIFIANT:4512087731]]. Il me montre la photo de sa fille sur son tél, elle est au {{Tchad}}. Il a {{27 ans}}, on lui en donnerait 40.",
    ),
    (
        "caf",
        AP,
        "{{Tours}}, accueil {{Caf}}. Dans la file, un papi avec un sac de la {{basilique Saint-Martin}} (il sort de la messe ?). C'est M. [[PERSONNE:Martin]] 🙃, il vient pour sa petite-fille [[PERSONNE:Lina]] qui fait sa demande d'aide au logement étudiant. Il a un {{martin-pêcheur}} brodé sur la casquette. L'agente : « vous êtes M. [[PERSONNE:Martin]] ou c'est le nom de l'oiseau ? » Ils rigolent.",
    ),
    (
        "cpam",
        AT,
        "Appel : l'assurée donne sa date de naissance en toutes lettres, « le [[DATE_NAISSANCE:vingt-trois juin mille neuf cent soixante-quatorze]] », puis son numéro de sécu [[NIR:2 74 06 41 018 164 88]]. Née à {{Blois}}. Problème : sa carte Vitale a été avalée par une borne de pharmacie 🤷‍♀️. Le téléconseiller, [[PERSONNE:Rachid]], commande une nouvelle carte, délai {{3 semaines}}, attestation de droits dispo sur {{Ameli}}.",
    ),
    (
        "urgences",
        AP,
        "Enfant brûlé à la main, caramel de {{tarte Tatin}} (la famille vient de {{Lamotte-Beuvron}}, « forcément » dit le père 😅). Le petit s'appelle [[PERSONNE:Noé]], {{6 ans}}. L'infirmière d'accueil [[PERSONNE:Aurélie Vasseur]] le fait passer vite.",
    ),
    (
        "ccas",
        AP,
        "Dame âgée pour un dossier de téléassistance. Elle dicte son numéro : « [[TELEPHONE:zéro deux, quarante-huit, vingt, dix-sept, cinquante-neuf]] ». Nom : Mme [[PERSONNE:Pichon]]. Elle a {{91 ans}}, est venue à pied depuis le {{Val d'Auron}}. L'agent, [[PERSONNE:Kévin]], remplit le formulaire : {{15 €}} par mois.",
    ),
    (
        "chrs",
        AT,
        "115, {{1h10}}. Un homme appelle, bourré je pense, il chante « {{Aline}} » de {{Christophe}} au téléphone 🎶 puis dit qu'il cherche [[PERSONNE:Aline]], sa copine, qui dort dehors vers la {{gare de Tours}}. L'écoutant ([[PERSONNE:Samuel]]) note, prévient la maraude. Pas de nom de famille.",
    ),
    (
        "france_travail",
        AP,
        "Inscription. M. [[PERSONNE:Florin Popescu]], {{44 ans}}, maçon, arrive de {{Roumanie}} via l'Espagne. Il a encore un compte roumain : [[IBAN:RO48 BTRL 0130 1202 9256 89XX]] ; la conseillère ([[PERSONNE:Inès]]) dit que l'{{ARE}} peut être versée dessus mais conseille un compte français. Plaque de sa camionnette notée pour l'aide à la mobilité : [[IMMATRICULATION:B 142 FPX]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources chez M. [[PERSONNE:Boulanger]], qui est… {{boulanger}} 🥖 (à {{Chartres}}, auto-entrepreneur, tournées dans les villages). Il a acheté son four chez {{Boulanger}} ? Non, chez un pro, il se marre. Le contrôleur ([[PERSONNE:Patrice]]) demande son SIRET perso : [[IDENTIFIANT:91248735600012]]. Déclarations trimestrielles cohérentes. Durée {{1h15}}.",
    ),
    (
        "cpam",
        AP,
        "Borne de tickets en panne → l'agent d'accueil distribue des numéros écrits à la main sur des post-its ({{A12}}, {{A13}}…). Une dame proteste qu'elle était avant. Attente moyenne {{35 min}}. À {{11h}} il reste {{14 personnes}}.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un EHPAD ({{EHPAD Les Jardins de Beaulieu}}, {{Chartres}}) pour annoncer un transfert. Résidente : Mme [[PERSONNE:Colette Guérin]], née le [[DATE_NAISSANCE:30/01/1931]], chute, suspicion col du fémur. L'infirmière de l'EHPAD ([[PERSONNE:Fatou]]) donne le n° de mutuelle « au cas où » : {{Malakoff Humanis}} [[IDENTIFIANT:0458713202]].",
    ),
    (
        "ccas",
        AP,
        "Épicerie solidaire du CCAS de {{Vierzon}}. La bénévole, [[PERSONNE:Francine]], range la farine {{Francine}} (« c'est ma marque ! ») à côté des plats {{Marie}} surgelés. Une cliente, [[PERSONNE:Marie-Thérèse]] (« pas la marque hein »), paie {{3,20 €}} pour un panier. Bonne ambiance.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission CHRS à {{Orléans}}. Femme de {{29 ans}}, victime de violences, [[PERSONNE:Samira El Amrani]]. Date naiss : [[DATE_NAISSANCE:1995-04-17]] (lu sur le logiciel). Pas de papiers avec elle, juste son tél : [[TELEPHONE:+33 7 81 26 45 90]]. L'éducateur ([[PERSONNE:Yannick]]) lui explique le règlement, {{3 pages}}. Elle signe sans lire.",
    ),
]

# Batch 2 (notes 036-070)
NOTES_2 = [
    (
        "caf",
        AP,
        "Une mère vient savoir si son fils compte encore pour les {{APL}}. Il a {{26 ans}}, vit chez elle, « un vrai {{Tanguy}} » dit-elle 🙄 — et il s'appelle vraiment [[PERSONNE:Tanguy]], on a tous ri. Elle : Mme [[PERSONNE:Le Bihan]], n° alloc [[N_ALLOCATAIRE:0871254]]. Réponse de l'agente ([[PERSONNE:Soraya]]) : au-delà de {{21 ans}} il n'est plus à charge mais ses revenus comptent dans le foyer.",
    ),
    (
        "caf",
        AP,
        "{{14h35}}. Jeune homme, étudiant à {{Orléans}} ({{La Source}}), pour ouvrir ses droits APL. Le RIB est sur son tél, l'agent recopie : [[IBAN:FR76 1027 8372 1000 0209 7180 114]]. Nom [[PERSONNE:Tharshan Sivakumar]], né le [[DATE_NAISSANCE:08/09/2004]] à {{Jaffna}}. Le bailleur ({{CROUS}}) a déjà envoyé l'attestation. {{12 min}} chrono.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Lydia Bensaïd]] demande si la {{Caf}} peut payer sur {{Lydia}} 😂 (l'appli). Non. L'agent ([[PERSONNE:Fabrice]]) explique qu'il faut un IBAN. Elle a un compte {{Nickel}} ouvert au bureau de tabac : [[IBAN:FR76 1659 8000 0100 0467 1352 942]]. Ça passe.",
    ),
    (
        "caf",
        AT,
        "File d'attente tél : {{47 appels}} en attente à {{8h30}}, l'écran mural passe au rouge. Le responsable dit « ça c'est le lundi après le versement du {{5}} ». Les conseillers enchaînent sans pause jusqu'à {{10h}}. Appels courts, {{4 min}} en moyenne, surtout « quand est-ce que je suis payé ».",
    ),
    (
        "caf",
        AT,
        "Appel de Mme [[PERSONNE:Renault]] (« comme la voiture, ouais ») qui a acheté une {{Renault Clio}} d'occasion pour aller bosser ; elle demande si la {{Caf}} aide pour le permis ou la voiture. L'agente, [[PERSONNE:Céline]], l'oriente vers {{France Travail}} et le {{Département}}. Mail pour envoyer la liste des aides : [[EMAIL:renault.alexandra45@orange.fr]].",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Châteaudun}}. Famille [[PERSONNE:Ouali]], {{4 enfants}} déclarés, nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]]. Le contrôleur ([[PERSONNE:Stéphane Billard]]) vérifie la scolarité de l'aîné ({{collège Louis Pasteur}}, certificat ok). Adresse : [[ADRESSE:22 rue de Chartres, 28200 Châteaudun]]. Voiture du père garée devant : [[IMMATRICULATION:DL-907-ZC]]. Tout colle, {{45 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez Mme [[PERSONNE:Berger]], à {{Saint-Amand-Montrond}}. Un {{berger allemand}} nommé {{Hercule}} nous accueille 🐕😬 — la contrôleuse ([[PERSONNE:Agnès]]) reste dans la voiture tant qu'il n'est pas attaché. Mme [[PERSONNE:Berger]] rit : « [[PERSONNE:Berger]] et son {{berger}} ». Objet : vie maritale suspectée. Le compagnon présumé ([[PERSONNE:Yves]]) est là « de passage ».",
    ),
    (
        "cpam",
        AP,
        "Un homme sort de l'hôpital {{Trousseau}} avec son bon de transport, veut se faire rembourser le taxi. Il a perdu son {{trousseau}} de clés aussi, il fouille toutes ses poches pendant qu'on parle 😅. Agente : Mme [[PERSONNE:Lopes]]. Elle scanne la prescription médicale de transport, signée Dr [[PERSONNE:Chaouch]]. Remboursement sous {{10 jours}}.",
    ),
    (
        "cpam",
        AP,
        "Dossier {{Complémentaire santé solidaire}}. M. [[PERSONNE:Youssef Amrani]], né au {{Maroc}} en [[DATE_NAISSANCE:juillet 1992]], NIR [[NIR:192079935002312]] (écrit collé sur sa feuille). Il a tout : avis d'impôt, RIB, bulletins. L'agent, [[PERSONNE:Loïc]], dit « c'est rare un dossier complet » 👏. Traitement {{2 mois}} max.",
    ),
    (
        "cpam",
        AP,
        "Une mamie raconte qu'elle a demandé à {{Alexa}} « comment on envoie un arrêt de travail » et que ça lui a mis de la musique. Sa petite-fille, [[PERSONNE:Alexa Moreira]], soupire : « mamie, [[PERSONNE:Alexa]] c'est moi, l'autre c'est l'enceinte ». L'agent, [[PERSONNE:Hervé]], explique le formulaire papier. Trop drôle.",
    ),
    (
        "cpam",
        AT,
        "Appel {{15h02}}. M. [[PERSONNE:Kowalski]] ([[PERSONNE:Piotr]]) n'a pas reçu ses {{IJ}} depuis {{5 semaines}}. Identification : date de naissance « [[DATE_NAISSANCE:12 mai 1977]] », code postal {{37000}}. Le téléconseiller voit que l'attestation de salaire manque, l'employeur ({{Mame}}, l'imprimerie) n'a rien envoyé. Demande à être rappelé au [[TELEPHONE:06.71.33.08.42]].",
    ),
    (
        "cpam",
        AT,
        "Série d'appels sur la campagne vaccin grippe. Les gens demandent si le bon est « obligatoire ». Réponse type : non, on peut aller en pharmacie avec la carte Vitale. {{1 appel sur 3}} concerne ça ce matin. À {{12h}} pause, {{6 conseillers}} sur 9 en poste.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt de travail, quartier {{Paul-Bert}} à {{Tours}}. L'assuré s'appelle [[PERSONNE:Paul]] lui aussi : [[PERSONNE:Paul Étienne]], la cinquantaine. Il est là, en pyjama, béquilles. L'agent ([[PERSONNE:Marc-Antoine]]) regarde l'ordonnance du Dr [[PERSONNE:Fournier]] : entorse grave, {{3 semaines}}. Sortie autorisée. RAS, {{10 min}} sur place, {{40 min}} de route aller-retour depuis {{Joué}}.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation administrative. M. [[PERSONNE:Arben Krasniqi]] (kosovar) vient renouveler son attestation. Il donne aussi son numéro Caf pour que l'agente vérifie que l'adresse a bien été changée : [[N_ALLOCATAIRE:3310982]]. Adresse de domiciliation = le CCAS, {{place Jean Jaurès}}. L'agente ([[PERSONNE:Delphine]]) imprime, tamponne. {{7 min}}.",
    ),
    (
        "ccas",
        AP,
        "Un monsieur en {{marcel}} (débardeur blanc, en {{novembre}} quand même 🥶) demande des chèques énergie. Il s'appelle… [[PERSONNE:Marcel]]. [[PERSONNE:Marcel Dufresne]], {{68 ans}}, quartier {{Marcel Cachin}} à {{Saint-Pierre-des-Corps}} 😂 le débardeur, le quartier et le monsieur. L'agent ([[PERSONNE:Jonathan]]) n'a même pas relevé.",
    ),
    (
        "ccas",
        AP,
        "Aide financière ponctuelle (facture d'eau). Mme [[PERSONNE:Chloé Barbier]], mère solo, {{2 enfants}}. La facture {{Veolia}} : réf client [[IDENTIFIANT:2401 5538 9012]], {{218,40 €}}. Le CCAS paiera directement le fournisseur. Elle voulait qu'on verse sur son compte [[IBAN:FR76 3000 3018 7100 0504 1826 341]] mais non, c'est le règlement. Elle pleure un peu.",
    ),
    (
        "ccas",
        AT,
        "L'agente ([[PERSONNE:Josiane]]) a {{Chérie FM}} en fond sur son poste, ça passe « {{Nathalie}} » de {{Bécaud}} pile quand une Mme [[PERSONNE:Nathalie Perrin]] appelle 🎵 pour un rendez-vous avec l'assistante sociale. Rdv donné mardi {{9h30}}. « Ça c'est un signe » dit [[PERSONNE:Josiane]].",
    ),
    (
        "ccas",
        AT,
        "Appel d'un fils qui vit à {{Lyon}} : sa mère (à {{Issoudun}}) ne mange plus, il veut le portage de repas. L'agent note : Mme [[PERSONNE:Hélène Marchetti]], née le [[DATE_NAISSANCE:19/03/1939]], et le numéro du fils [[TELEPHONE:0033 6 18 40 27 93]]. Tarif selon revenus, entre {{4,50 €}} et {{9 €}} le repas. Visite d'évaluation prévue.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile à {{Vendôme}} avec la conseillère ESF [[PERSONNE:Pauline Roussel]]. M. [[PERSONNE:Lucien Martineau]], {{79 ans}}, veuf, télé allumée sur « {{Capitaine Marleau}} », il ne baisse pas le son. Il reçoit un colis de la {{conférence Saint-Vincent-de-Paul}} tous les mois. Chez lui c'est [[ADRESSE:5 impasse des Vignes, 41100 Vendôme]]. Frigo vide sauf {{3 bières}}.",
    ),
    (
        "urgences",
        AP,
        "Patient sans couverture : M. [[PERSONNE:Dritan Hoxha]], albanais, douleur thoracique. L'agente des admissions ([[PERSONNE:Laetitia]]) crée un dossier : IPP [[IDENTIFIANT:P01274458]]. Il n'a pas l'{{AME}}, elle lance la procédure {{soins urgents}}. Il tient un sac {{Lidl}} avec ses médicaments. {{40 min}} avant de voir un médecin.",
    ),
    (
        "urgences",
        AP,
        "La pédiatrie c'est à {{Clocheville}}, mais une maman arrive quand même ici avec sa fille [[PERSONNE:Jade]], {{3 ans}}, fièvre à {{39,8}}. La petite regarde {{Peppa Pig}} sur le tél, elle hurle quand ça coupe. L'agent d'accueil ([[PERSONNE:Mickaël]]) appelle un taxi pour Clocheville, bon de transport.",
    ),
    (
        "urgences",
        AP,
        "Chute d'un {{olivier}} en pot sur le pied (!), M. [[PERSONNE:Olivier Tessier]], d'{{Olivet}}. L'infirmière [[PERSONNE:Camille]] tape « traumatisme pied droit – chute objet lourd ». Il précise : « un olivier, pas moi, moi je suis [[PERSONNE:Olivier]] » 🙃. Radio demandée.",
    ),
    (
        "urgences",
        AP,
        "Box {{4}} et {{6}} occupés depuis ce matin par des patients en attente de lit. {{11 brancards}} dans le couloir à {{17h}}. Le cadre dit que c'est « un mardi normal ». Personne ne s'énerve, tout le monde est fatigué.",
    ),
    (
        "urgences",
        AT,
        "Pendant la {{tempête Ciarán}}, un homme appelle : un arbre est tombé sur la véranda, sa femme s'est coupée. Il aurait dû faire le {{15}}, il rappelle l'accueil ici. Nom [[PERSONNE:Guillaume Perrot]], adresse [[ADRESSE:11 route de Loches, 37250 Montbazon]]… L'agent lui dit d'appeler le 15 ou de venir si ça saigne pas trop.",
    ),
    (
        "urgences",
        AT,
        "Une pharmacie appelle pour vérifier une ordonnance illisible d'un interne. Patiente : [[PERSONNE:Nguyen Thi Lan]], née le [[DATE_NAISSANCE:1968-11-02]]. L'agent transfère à l'interne, Dr [[PERSONNE:Zerrouki]]. {{6 min}} de musique d'attente pour la pharmacienne.",
    ),
    (
        "chrs",
        AP,
        "Au CHRS, une affiche de l'{{Abbé Pierre}} dans le couloir, quelqu'un lui a dessiné une moustache. Le résident [[PERSONNE:Pierre-Yves]] dit que c'est pas lui. L'éducatrice ([[PERSONNE:Sonia Khelifi]]) : « bien sûr [[PERSONNE:Pierre-Yves]] ». Il part chez {{Emmaüs}} à {{Saint-Jean-de-la-Ruelle}} chercher un frigo à {{30 €}}.",
    ),
    (
        "chrs",
        AP,
        "Rdv administratif. Mme [[PERSONNE:Aïssatou Bah]] (guinéenne), titre de séjour à renouveler, n° étranger [[IDENTIFIANT:4501239876]]. Passeport n° [[IDENTIFIANT:R0458912]] ? l'éducateur doute, photo floue. Rdv à la préfecture du {{Loiret}} pris en ligne pour dans {{4 mois}}. Elle : « 4 mois, mon récépissé il finit dans 2 ». Silence.",
    ),
    (
        "chrs",
        AP,
        "Repas du midi. {{26 couverts}}. Menu : lentilles saucisses, yaourt. Le cuisinier, un ancien résident, annonce les plats comme au resto. Un chien dort sous la table, personne ne sait à qui il est. Télé sur {{BFM}} sans le son.",
    ),
    (
        "chrs",
        AT,
        "Écoutante 115 : [[PERSONNE:Joséphine]]. Les habitués l'appellent « {{Joséphine ange gardien}} » 😇 (la série). Appel de M. [[PERSONNE:Lebrun]], {{58 ans}}, dehors depuis {{3 nuits}} à {{Châteauroux}}. Pas de place, mis sur liste pour demain {{9h}}. Elle lui rappelle les horaires de l'accueil de jour.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une assistante sociale de l'hôpital ({{Jacques Cœur}}, {{Bourges}}) : sortie d'hospitalisation sans logement. M. [[PERSONNE:Eddy Marchand]], demande SIAO réf [[IDENTIFIANT:SIAO-18-2024-00731]]. Tél de l'AS : {{poste 4217}}. L'écoutant dit qu'il n'y a rien avant lundi.",
    ),
    (
        "chrs",
        CSP,
        "Visite en appartement partagé à {{Romorantin}} avec l'éducateur [[PERSONNE:Aurélien]]. [[PERSONNE:Ioana]] et [[PERSONNE:Grâce]] cohabitent. Sur le frigo, photos des sorties : {{Beauval}} avec le panda {{Yuan Meng}} 🐼, et {{Chambord}}. [[PERSONNE:Grâce]] dit qu'elle veut bosser au zoo. Chauffe-eau en panne signalé au bailleur ({{Terres de Loire Habitat}}), réf logement [[IDENTIFIANT:TLH-041-20876]].",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV. [[PERSONNE:Camille Ferrand]], coiffeuse, a bossé {{5 ans}} chez {{Camille Albane}} puis chez {{Franck Provost}} à {{Blois}}. La conseillère ([[PERSONNE:Sylvie]]) : « [[PERSONNE:Camille]] chez Camille Albane, c'était fait exprès ? » 😄 Elle veut ouvrir son salon. Orientée vers l'{{ARCE}}. ID [[ID_FRANCE_TRAVAIL:5120946W]].",
    ),
    (
        "france_travail",
        AP,
        "Demandeur de {{52 ans}}, [[PERSONNE:Thierry Lemaire]], licencié de chez {{Paulstra}} à {{Vierzon}}. Il veut une formation de chauffeur PL. Email dicté en toutes lettres : « [[EMAIL:thierry point lemaire arobase laposte point net]] ». Le conseiller ([[PERSONNE:Antoine]]) l'écrit. Son identifiant : [[ID_FRANCE_TRAVAIL:2097163A]].",
    ),
    (
        "france_travail",
        AP,
        "Zone d'accueil : {{4 postes}} informatiques en libre-service, 3 occupés. Un service civique aide une femme à scanner ses fiches de paie. L'imprimante fait un bruit d'avion. Affiche : « Salon de l'emploi – {{Orléans}} – {{12 mars}} ». {{20 personnes}} passées entre {{9h}} et {{10h}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant : [[PERSONNE:Mercedes García]] (espagnole) veut devenir chauffeur VTC, elle a une {{Mercedes}} classe C « comme mon prénom ». Le conseiller, [[PERSONNE:Nicolas]], vérifie : carte VTC obligatoire, examen à la {{CMA}}. Rappel au [[TELEPHONE:07 69 02 14 55]].",
    ),
]

# Batch 3 (notes 071-105)
NOTES_3 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Leblanc]] habite au {{Blanc}} (dans l'{{Indre}}), elle a fait {{1h}} de route jusqu'à {{Châteauroux}} parce que la permanence du Blanc a fermé. « [[PERSONNE:Leblanc]] du Blanc, on me le fait tout le temps. » Dossier {{AAH}} : n° allocataire [[N_ALLOCATAIRE:4417093]]. L'agent ([[PERSONNE:Olivier]]) lui imprime l'attestation.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Manuel Gomes]] veut que ses allocs soient versées sur son compte portugais (il garde la maison de sa mère à {{Braga}}). IBAN [[IBAN:PT50 0033 0000 4531 8702 1269 5]]. L'agente ([[PERSONNE:Mélanie]]) accepte, zone SEPA. Enfants : [[PERSONNE:Inès]] et [[PERSONNE:Tiago]], nés le [[DATE_NAISSANCE:4 avril 2015]] (jumeaux). Dossier [[N_ALLOCATAIRE:2756310]].",
    ),
    (
        "caf",
        AP,
        "Accueil sur rdv seulement depuis {{janvier}}. Une dame sans rdv est renvoyée vers la borne, elle repart en disant « c'est plus un service public, c'est {{Doctolib}} ». L'agent me dit que {{60 %}} des gens viennent sans rdv quand même. Il prend les urgences ({{RSA}} suspendu, expulsion). Aujourd'hui : {{9 personnes}} reçues sans rdv.",
    ),
    (
        "caf",
        AT,
        "Appel de M. [[PERSONNE:Janvier]] (oui) qui demande pourquoi il n'a rien touché en {{janvier}}. L'agente, [[PERSONNE:Estelle]], retient un fou rire. Explication : sa déclaration trimestrielle d'{{octobre}} manquait. Num alloc [[N_ALLOCATAIRE:5902184]]. Date de naissance demandée pour vérif : « [[DATE_NAISSANCE:1er janvier 1980]] » 🤯 on n'invente rien.",
    ),
    (
        "caf",
        AT,
        "Appel d'une travailleuse sociale du {{Département}} pour une famille en impayés de loyer. Famille [[PERSONNE:Ndiaye]], bailleur {{Tours Habitat}}. Elle demande le maintien de l'{{APL}}. L'agent note son mail pro ([[EMAIL:m.lefort@departement-touraine.fr]]) et celui de la famille, [[EMAIL:aminata.ndiaye87@hotmail.fr]]. Pas de n° alloc donné au tél « pour la confidentialité », elle l'enverra par mail.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Dreux}}, quartier des {{Chamards}}. M. [[PERSONNE:Hakim Messaoudi]] dit qu'il n'a pas de voiture. Sur le parking, une {{Dacia Logan}} à son nom (vérifié par le contrôleur) : [[IMMATRICULATION:EZ-104-QM]]. « C'est la voiture de mon fils, [[PERSONNE:Logan]]. » Le fils s'appelle [[PERSONNE:Logan]], la voiture aussi 🙃. Adresse : [[ADRESSE:8 rue Rotrou, 28100 Dreux]]. Le contrôleur ([[PERSONNE:Frédéric]]) note, pas de conclusion sur place.",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur l'aire d'accueil de {{Mainvilliers}}. Famille [[PERSONNE:Reinhardt]], caravane sur l'[[ADRESSE:aire d'accueil de la Mare Corbonne, emplacement 14]]. La contrôleuse ([[PERSONNE:Valérie Dumas]]) vérifie la présence des enfants : [[PERSONNE:Django]] (« comme le guitariste ! » dit la mère) et [[PERSONNE:Kelly]]. Plaque du fourgon : [[IMMATRICULATION:3547 WQ 28]]. Les enfants vont à l'école {{Jules Ferry}}, {{3 jours}} sur {{4}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Ange Santoni]], né à {{Ajaccio}} en [[DATE_NAISSANCE:décembre 1958]], retraité à {{Chambray-lès-Tours}}. Il donne un coup de main le matin à la {{boulangerie Ange}} de la zone commerciale (« aucun rapport, mais les clients croient que c'est à moi »). Il vient pour sa carte Vitale : NIR [[NIR:1 58 12 2A 004 076 83]]. L'agente ([[PERSONNE:Nour]]) vérifie, {{2A}} c'est bien la Corse-du-Sud.",
    ),
    (
        "cpam",
        AP,
        "Demande d'{{AME}}. Mme [[PERSONNE:Grâce Mbemba]] (congolaise), avec son fils [[PERSONNE:Divin]], {{4 ans}}. Justificatif de présence : attestation d'hébergement du {{115}}, hôtel {{Première Classe}} de {{Saint-Cyr-sur-Loire}}, {{chambre 21}}. L'agent ([[PERSONNE:Mathieu]]) vérifie la liste des pièces, il manque la preuve d'identité de l'enfant. Retour dans {{1 semaine}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Patience Mukendi]] attend depuis {{50 min}}, l'agent lui dit « merci de votre {{patience}} » et elle répond « c'est mon prénom, j'en ai beaucoup » 😄. Elle vient déclarer son médecin traitant, le Dr [[PERSONNE:Ravelonjato]] de la maison de santé {{Simone Veil}}.",
    ),
    (
        "cpam",
        AT,
        "Appel : un homme dicte son numéro de sécu chiffre par chiffre, « [[NIR:un, quatre-vingt-six, zéro deux, trente-sept, cent vingt-deux, deux cent dix, clé dix-sept]] ». Il s'énerve parce que sa mutuelle ({{MGEN}}) ne reçoit pas les télétransmissions. La téléconseillère, [[PERSONNE:Ophélie]], voit que le lien NOEMIE est coupé, elle le rétablit. {{9 min}}.",
    ),
    (
        "cpam",
        AT,
        "Un assuré appelle pour dire que son médecin « se prend pour {{Dr House}} » et refuse de prolonger son arrêt. La conseillère ([[PERSONNE:Virginie]]) explique poliment que la {{Cpam}} ne peut rien. Il insiste pour donner le nom du médecin : Dr [[PERSONNE:Hausmann]] 😂 (donc presque). Fin de l'appel à {{11h48}}.",
    ),
    (
        "cpam",
        AT,
        "Formation express entre {{2 appels}} : le superviseur explique le nouveau script pour les arrêts de travail en ligne. « Vous dites : avez-vous essayé depuis votre compte {{Ameli}} ? » Les conseillers lèvent les yeux au ciel. Taux de décroché ce matin : {{72 %}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt : {{Montargis}}, {{9h15}}. Assurée présente, Mme [[PERSONNE:Sylvie Lacroix]], dépression, arrêt depuis {{4 mois}}. Elle ouvre en peignoir, l'agent ([[PERSONNE:Jean-Luc]]) est très doux. Il vérifie juste l'identité (carte d'identité n° [[IDENTIFIANT:180245302871]]) et repart. {{5 min}}. Dans la voiture il dit « celles-là, je déteste les faire ».",
    ),
    (
        "ccas",
        AP,
        "{{Orléans}}, période des {{Fêtes johanniques}}. Une jeune femme, [[PERSONNE:Jeanne]] (!), vient au CCAS en costume médiéval, elle est figurante au défilé de {{Jeanne d'Arc}} ⚔️. Elle demande une aide pour la cantine de sa fille. Nom complet : [[PERSONNE:Jeanne Moulin]]. L'agent ([[PERSONNE:Bertrand]]) : « pas {{Jean Moulin}} hein » 😂. Dossier cantine complété, {{tarif 1}}.",
    ),
    (
        "ccas",
        AP,
        "Demande d'aide au premier loyer. M. [[PERSONNE:Ousmane Baldé]], {{33 ans}}, vient de signer pour un T2 au [[ADRESSE:41 avenue de la Libération, 18000 Bourges]]. Il a {{480 €}} de caution à payer, le CCAS peut avancer {{300 €}} (prêt). L'agente ([[PERSONNE:Nathalie]]) fait le dossier pour la commission de jeudi. Tél : [[TELEPHONE:06 23 57 90 14]].",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente du CCAS : affiches pour le {{Secours populaire}}, les {{Restos du Cœur}} (campagne d'hiver à partir du {{25 novembre}}) et un atelier « cuisine pas chère » à la maison de quartier {{Jacques Prévert}}. Un enfant lit un {{Martine}} à voix haute. {{5 personnes}} attendent.",
    ),
    (
        "ccas",
        AT,
        "Appel d'une voisine inquiète : M. [[PERSONNE:Raymond Pichard]], {{86 ans}}, volets fermés depuis {{3 jours}}, [[ADRESSE:12 rue des Écoles, 41200 Romorantin-Lanthenay]]. L'agent ([[PERSONNE:Théo]]) appelle la police municipale. Elle laisse son numéro : [[TELEPHONE:02 54 76 31 88]]. Rappel {{1h}} après : il était chez sa fille à {{Salbris}}. Ouf.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile chez [[PERSONNE:Victoire Essomba]], {{Blois}}, quartier {{Kennedy}}. Elle a eu son logement après {{2 ans}} d'attente, « c'est ma {{victoire}} » 🥳. Deux chats : {{Pompon}} et {{Mimine}}. La travailleuse sociale ([[PERSONNE:Amandine]]) vérifie l'ouverture des compteurs ({{EDF}} ok, réf client [[IDENTIFIANT:6 0412 880 731]]).",
    ),
    (
        "urgences",
        AP,
        "L'appareil à tension de l'accueil s'appelle « {{Bernadette}} » (étiquette collée par les infirmières, « parce qu'elle a ses humeurs »). « Bernadette est encore en rade » dit l'IOA, [[PERSONNE:Nassim]]. Pendant ce temps, une vraie Mme [[PERSONNE:Bernadette Aubin]], {{74 ans}}, attend qu'on lui prenne la tension 🙈. Ils prennent l'appareil du box {{3}}.",
    ),
    (
        "urgences",
        AP,
        "Accident de la route sur l'{{A10}}. Chauffeur routier polonais, [[PERSONNE:Tomasz Wiśniewski]], coupure au front. Le collègue qui l'accompagne donne la plaque du camion pour l'assurance : [[IMMATRICULATION:WGM 48TK2]]. Personne ne parle français, l'agente ([[PERSONNE:Marta]], elle parle un peu polonais !) traduit. {{2h}} d'attente.",
    ),
    (
        "urgences",
        AP,
        "Garçon de {{11 ans}}, fracture du poignet en jouant au {{Quidditch}} (balai entre les jambes, dans l'escalier). Lunettes rondes, l'interne dit qu'il ressemble à {{Harry Potter}} 🧙 — il s'appelle en fait [[PERSONNE:Enzo Ferreira]]. Sa mère : Mme [[PERSONNE:Ferreira]], tél [[TELEPHONE:07.43.19.65.02]].",
    ),
    (
        "urgences",
        AP,
        "{{16h40}}. Arrivée de {{3 ambulances}} en {{10 min}}. L'accueil se remplit, l'agent administratif ne lève plus la tête de son écran. Une famille entière ({{7 personnes}}) accompagne un grand-père, on leur demande d'attendre dehors sauf une. Ça négocie.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère : sa fille a avalé un sachet de dessicant trouvé dans un paquet de jambon {{Fleury Michon}}. L'agent ([[PERSONNE:Yacine]]) transfère au centre antipoison d'{{Angers}}. La mère donne son nom : Mme [[PERSONNE:Fleury]] 😶 — l'agent ne dit rien, moi si, dans ma tête. Enfant : [[PERSONNE:Lou]], {{2 ans}}.",
    ),
    (
        "urgences",
        AT,
        "Un fils appelle pour savoir si son père est arrivé : M. [[PERSONNE:Mehmet Kaya]], né le [[DATE_NAISSANCE:5 septembre 1951]]. L'agent ([[PERSONNE:Mickaël]]) vérifie sur le logiciel, oui, box {{8}}, il ne peut pas en dire plus. Le fils demande qu'on le rappelle au [[TELEPHONE:+33 6 52 08 77 31]].",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Dédé]] (« [[PERSONNE:André Mercier]] pour l'administration »), est en chantier d'insertion sur les bateaux de Loire. Il a passé la semaine à repeindre une toue cabanée qui s'appelle {{Marie-Louise}} ⛵ pour le {{Festival de Loire}}. « Elle est plus belle que moi, la Marie-Louise. » L'éducateur ([[PERSONNE:Karim]]) valide ses heures : {{26 h}}.",
    ),
    (
        "chrs",
        AP,
        "Ouverture des droits {{RSA}} pour [[PERSONNE:Kevin Dos Santos]], {{25 ans}}, sorti de détention il y a {{10 jours}}. L'éducatrice ([[PERSONNE:Émilie]]) fait la demande en ligne avec lui, n° alloc attribué direct : [[N_ALLOCATAIRE:6120447]]. Il n'a pas de tél, on met celui du CHRS. Il demande si « le RSA c'est avant {{Noël}} ».",
    ),
    (
        "chrs",
        AT,
        "115 — appel de la maraude {{Croix-Rouge}} de {{Chartres}} : un homme que tout le monde appelle « [[PERSONNE:Victor Hugo]] » (barbe blanche, il récite des poèmes) refuse l'hébergement. On l'avait vu la veille rue {{Victor Hugo}}, « ça ne s'invente pas ». L'écoutante ([[PERSONNE:Ludivine]]) note juste le passage : {{23h15}}, {{place des Épars}}, couverture donnée.",
    ),
    (
        "chrs",
        AT,
        "Statistiques du 115 pour la nuit : {{64 appels}}, 19 demandes d'hébergement, 4 orientations, le reste « sans solution ». L'écoutante lit le tableau à voix haute pour la relève de {{7h}}. Il fait {{-3 °C}} dehors.",
    ),
    (
        "chrs",
        CSP,
        "Visite à l'hôtel {{Campanile}} de {{Saint-Doulchard}}, {{chambre 104}} : famille [[PERSONNE:Beridze]] (géorgienne), {{3 enfants}}. Le père montre le dossier {{OFPRA}}, n° [[IDENTIFIANT:24-03-00817]]. L'éducatrice ([[PERSONNE:Nadège]]) repère la bouilloire (interdite), la cache « pour cette fois ». Les enfants jouent à {{Mario Kart}}.",
    ),
    (
        "france_travail",
        AP,
        "Entretien avec [[PERSONNE:Paul Nkoulou]], {{34 ans}}, vendeur en boulangerie. Il a bossé chez {{Paul}} à la gare de {{Saint-Pierre-des-Corps}}, puis chez {{Marie Blachère}}. Le conseiller ([[PERSONNE:Laurent]]) : « [[PERSONNE:Paul]] chez Paul, on vous a embauché pour le nom ? » Il rit. Offre proposée chez {{Ange}} à {{Tours Nord}}. ID [[ID_FRANCE_TRAVAIL:7305518R]].",
    ),
    (
        "france_travail",
        AP,
        "Aide à la mobilité : M. [[PERSONNE:Rachid Benhaddou]] a trouvé un CDD de nuit chez {{Amazon}} à {{Saran}}, pas de bus à {{4h}}. Il a une vieille {{Peugeot 206}}, plaque [[IMMATRICULATION:AB-512-HJ]], l'embrayage est à refaire, devis {{640 €}}. La conseillère ([[PERSONNE:Hélène]]) monte le dossier. ID : [[ID_FRANCE_TRAVAIL:1842076G]].",
    ),
    (
        "france_travail",
        AP,
        "Info collective {{Prépa Compétences}} : {{12 inscrits}}, {{7 présents}}. Le formateur commence à {{9h10}}. Diapo 3 : « Osez les métiers de l'industrie – {{STMicroelectronics}}, {{MBDA}}, {{Hutchinson}} recrutent ». Un participant dort. Fin {{11h30}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel de M. [[PERSONNE:Maurice Ramsamy]], né à {{Port-Louis}}, qui veut savoir s'il peut partir {{3 semaines}} à l'{{île Maurice}} sans perdre son {{ARE}}. Réponse : il faut déclarer l'absence, au-delà de {{35 jours}} par an c'est suspendu. ID [[ID_FRANCE_TRAVAIL:2659301C]]. Après avoir raccroché, le conseiller ([[PERSONNE:Julien]]) glousse : « [[PERSONNE:Maurice]] à Maurice ».",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur ({{Le Bistrot de Léonard}}, à {{Amboise}}) qui veut publier une offre de plongeur. Le conseiller entreprise ([[PERSONNE:Bastien]]) prend les infos. Le patron, M. [[PERSONNE:Léonard Chauvin]] 😅 (« le resto c'est pas pour moi, c'est pour {{de Vinci}} »), donne son mail [[EMAIL:l.chauvin.bistrot@gmail.com]]. Offre n° {{178QKZT}} créée.",
    ),
]

# Batch 4 (notes 106-140)
NOTES_4 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Zoé Lambert]] (infirmière libérale) vient déclarer la naissance de sa fille [[PERSONNE:Léna]], née le [[DATE_NAISSANCE:2 octobre]]. Elle est venue en {{Renault Zoé}} électrique, « c'est mon mari qui l'a choisie, pour le prénom » 🙄. L'agent ([[PERSONNE:Romain]]) enregistre, la {{prime de naissance}} est déjà versée. N° alloc [[N_ALLOCATAIRE:3098221]].",
    ),
    (
        "caf",
        AP,
        "{{15h50}}. M. [[PERSONNE:Jean-Baptiste Ngoma]] change de banque suite à une saisie, nouveau compte à la {{Banque Postale}} : [[IBAN:FR13 2004 1010 1244 1783 2K03 366]] (une lettre K au milieu, l'agente vérifie {{2 fois}}). Elle ([[PERSONNE:Gaëlle]]) lui explique que le {{RSA}} est insaisissable mais que la banque s'en fiche. Il repart avec un courrier type.",
    ),
    (
        "caf",
        AP,
        "Écran d'accueil de la Caf : diaporama « Nouveau : la solidarité à la source », puis une photo de l'équipe de {{Tours Métropole Basket}} pour l'opération {{Vacances Loisirs}}. Un enfant demande si « c'est {{Wembanyama}} ». Non. {{11h}}, {{8 personnes}} en attente.",
    ),
    (
        "caf",
        AT,
        "Appel de [[PERSONNE:Justin]], {{19 ans}}, « apprenti chez {{Justin Bridou}} »… non, il rectifie, chez un boucher de {{Loches}} 😅, il voulait voir si on suivait. Il demande la {{prime d'activité}} pour les apprentis. L'agente ([[PERSONNE:Soraya]]) : oui, selon le salaire, simulation sur {{caf.fr}}. Son mail : [[EMAIL:justin.lhermitte@icloud.com]].",
    ),
    (
        "caf",
        AT,
        "Appel d'un homme très en colère, il crie, l'agente éloigne le casque. Il refuse de donner son nom ou son numéro. Elle répète {{3 fois}} la même phrase calmement puis il raccroche. Elle souffle, boit de l'eau, prend l'appel suivant {{30 secondes}} après. Chapeau.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Vierzon}} ({{Clos du Roy}}). Mme [[PERSONNE:Karima Belkacem]], RSA, déclarée seule. Le contrôleur, [[PERSONNE:Yann]], note : [[ADRESSE:16 rue Henri Barbusse, 18100 Vierzon]], bail à son seul nom, bailleur {{France Loire}}. Une veste d'homme dans l'entrée : « mon frère ». Voiture garée devant, au nom du frère : [[IMMATRICULATION:GA 778 NB]]. Le contrôleur me dit que {{80 %}} de ses contrôles se terminent sans indu.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Picard]], cariste chez {{Picard}} 🧊 (l'entrepôt de surgelés, « on me demande toujours si je suis le patron »). Accident du travail : entorse de la cheville. L'agent ([[PERSONNE:Christophe]]) lui explique la feuille d'accident du travail, il doit la garder. Numéro de sécu : [[NIR:1 79 04 45 234 052 78]], né à {{Orléans}} en [[DATE_NAISSANCE:avril 79]].",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Elif Demir]] vient pour la prise en charge des lunettes de son fils. Devis opticien {{Krys}}, {{189 €}}. Elle a la {{C2S}}, donc {{0 €}} de reste à charge avec une monture {{100 % Santé}}. L'agente ([[PERSONNE:Inès]]) lui envoie un récap par mail : [[EMAIL:elif.demir@laposte.net]]. Le fils, [[PERSONNE:Emir]], choisit la monture {{Spider-Man}} 🕷️.",
    ),
    (
        "cpam",
        AT,
        "Appel {{8h31}}, le premier de la journée : Mme [[PERSONNE:Agathe Moreno]] appelle pour la prise en charge de sa grossesse. Elle donne son NIR : [[NIR:290087511423328]], « je suis née à {{Paris}} mais j'habite {{Fondettes}} ». Le conseiller, [[PERSONNE:Rachid]], vérifie le {{14e}}… « oui, {{75114}} ». Déclaration de grossesse bien reçue, prise en charge à {{100 %}} à partir du {{6e mois}}.",
    ),
    (
        "cpam",
        AT,
        "Appel de la maman de [[PERSONNE:Prune]], {{8 mois}} : elle veut savoir si le lait infantile sur ordonnance est remboursé. Le téléconseiller ([[PERSONNE:Cédric]]) comprend « {{prune}} » et parle des {{pruneaux de Tours}} contre la constipation 😂. Malentendu levé. Réponse : oui, sur prescription. Maman : Mme [[PERSONNE:Vasseur]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Bourges}}, quartier {{Chancellerie}}, assuré en arrêt pour lombalgie : M. [[PERSONNE:Gwenaël Le Roux]]. Il n'est pas là à {{14h30}} (sorties libres non autorisées). La voisine : « il est au {{PMU}} ». Le contrôleur ([[PERSONNE:Didier]]) ne va pas vérifier au PMU. Avis de passage déposé.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Lacoste]], {{71 ans}}, en polo {{Lacoste}} (« un cadeau de mon fils, pas un signe de richesse ! ») vient pour l'aide au chauffage. Elle a {{903 €}} de retraite. L'agente ([[PERSONNE:Anaïs]]) lui donne un rdv avec l'assistante sociale et un bon pour les {{Restos du Cœur}}. Elle mettra le polo pour le rdv 😄.",
    ),
    (
        "ccas",
        AP,
        "Aide exceptionnelle (obsèques du mari). Mme [[PERSONNE:Bernadette Hoarau]], réunionnaise, {{66 ans}}. Le CCAS verse {{500 €}} directement aux pompes funèbres {{Roc Eclerc}}. Elle donne quand même son RIB « pour les prochaines fois » : [[IBAN:FR76 1450 5000 2708 0123 4567 083]]. L'agent ([[PERSONNE:Jérôme]]) lui tient la main.",
    ),
    (
        "ccas",
        AP,
        "Permanence du CCAS de {{Fleury-les-Aubrais}}, {{mardi matin}}. {{13 passages}} : 5 aides alimentaires, 3 domiciliations, 2 demandes de logement, 3 « juste pour parler ». L'agente dit que les « juste pour parler » sont les plus longs et les plus importants.",
    ),
    (
        "ccas",
        AT,
        "Le {{14 février}}, un monsieur appelle, [[PERSONNE:Valentin Roche]], pour savoir si le CCAS organise « un truc pour la {{Saint-Valentin}} » pour les seniors isolés. Non, mais un thé dansant le {{20}} à la salle {{Léo Lagrange}}. L'agente ([[PERSONNE:Yasmina]]) l'inscrit. Tél : [[TELEPHONE:02 38 62 45 17]].",
    ),
    (
        "ccas",
        AT,
        "Appel de l'assistante sociale de l'hôpital : Mme [[PERSONNE:Odette Fontaine]], {{92 ans}}, sort demain, besoin de portage de repas et de téléassistance (« [[PERSONNE:Fontaine]], comme la {{fontaine}} de la place »). Adresse : [[ADRESSE:3 place du Marché, 37400 Amboise]]. L'agent ([[PERSONNE:Théo]]) dit que la téléassistance prendra {{une semaine}}. « Elle sort quand même demain. »",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Eugène Hamon]], dit « [[PERSONNE:Gégène]] », ancien patron de la guinguette {{Chez Gégène}} sur les bords du {{Cher}} (« elle a gardé mon nom, pas moi »). Il vit seul au [[ADRESSE:27 quai Paul Bert, 37100 Tours]]. L'assistante sociale ([[PERSONNE:Laure]]) monte un dossier APA avec le {{Département}}. Il nous offre un {{Vouvray}}, on refuse poliment.",
    ),
    (
        "ccas",
        CSP,
        "Deuxième visite annulée : la personne n'ouvre pas. L'agente laisse un mot sous la porte avec le numéro du CCAS. Sur le trajet elle me parle des {{400 km}} qu'elle fait par mois avec sa voiture perso, remboursés {{0,32 €}} le km. Retour au bureau {{12h10}}.",
    ),
    (
        "urgences",
        AP,
        "Patiente, [[PERSONNE:Maryse Collin]], habite le quartier {{Maryse Bastié}} à {{Tours}} (« je suis la seule [[PERSONNE:Maryse]] du quartier » 😄). Douleur abdominale. L'IOA ([[PERSONNE:Aurélie]]) la classe niveau 3. Envoyée ensuite à {{Bretonneau}} pour l'écho.",
    ),
    (
        "urgences",
        AP,
        "Admission : M. [[PERSONNE:Abdoulaye Sow]], né le [[DATE_NAISSANCE:11.07.1988]], venu seul, plaie à la main (cutter, au travail chez {{Leroy Merlin}} à {{Saint-Jean-de-Braye}}). L'agente ([[PERSONNE:Priscilla]]) lui dit de demander la déclaration d'AT à l'employeur. IPP créé : [[IDENTIFIANT:240087115]]. Tél : [[TELEPHONE:07 81 90 22 46]].",
    ),
    (
        "urgences",
        AP,
        "Le distributeur automatique est en panne depuis hier, les gens demandent à l'accueil où trouver à manger. Réponse : « la cafétéria ouvre à {{11h}} ». Il est {{6h45}}. Un vigile partage ses gâteaux secs avec une vieille dame. 🥲",
    ),
    (
        "urgences",
        AT,
        "Appel d'une ado : sa copine [[PERSONNE:Angèle]] a fait un malaise au concert d'{{Angèle}} au {{Zénith d'Orléans}}… en fait non, chez elle, après le concert. L'agent ([[PERSONNE:Yacine]]) : « appelle le {{15}} ». Elle donne quand même l'adresse : [[ADRESSE:9 rue Bannier, 45000 Orléans]].",
    ),
    (
        "urgences",
        AT,
        "Appel de l'étranger : une femme au {{Sénégal}} cherche son frère hospitalisé, M. [[PERSONNE:Cheikh Fall]]. Numéro affiché : [[TELEPHONE:+221 77 548 21 09]]. L'agent ([[PERSONNE:Anthony]]) ne peut rien confirmer par téléphone (secret médical), propose que le frère la rappelle. Elle insiste {{10 min}}.",
    ),
    (
        "chrs",
        AP,
        "Nouveau résident : [[PERSONNE:Bob]] (vrai prénom [[PERSONNE:Robert Duval]]), {{61 ans}}, toujours en {{bob}} vert, avec un t-shirt {{Bob l'éponge}} en plus 😄. L'éducateur ([[PERSONNE:Samir]]) fait le tour des lieux, lui montre la {{chambre 12}} et la laverie. Il demande s'il peut garder son chien, {{Rocky}}. Oui, c'est un des rares CHRS qui acceptent.",
    ),
    (
        "chrs",
        AP,
        "Bilan avec [[PERSONNE:Tesfaye Haile]] (érythréen), statut de réfugié obtenu. Demande de {{RSA}} en cours ; l'éducatrice ([[PERSONNE:Coralie]]) photocopie le titre : carte de résident n° [[IDENTIFIANT:4403815277]], date de naissance [[DATE_NAISSANCE:01/01/1996]] (date administrative, il ne connaît pas la vraie). Prochain rdv {{France Travail}} le {{12}}.",
    ),
    (
        "chrs",
        AP,
        "Atelier cuisine au CHRS : {{tarte Tatin}} et {{madeleines}}. L'animatrice raconte l'histoire des sœurs {{Tatin}} de {{Lamotte-Beuvron}}. Un résident dit que sa grand-mère faisait la même « au {{Maroc}}, avec des coings ». {{9 participants}}, tout est mangé en {{5 min}}.",
    ),
    (
        "chrs",
        AT,
        "Le camion de la maraude s'appelle « {{Titine}} » (vieux {{Jumper}} de {{2009}}). L'écoutant ([[PERSONNE:Vincent]]) appelle l'équipe : « Titine est où ? » — « au {{Sanitas}} ». Signalement : une femme, [[PERSONNE:Nadia]], sans-abri connue, près du centre commercial, elle a froid. Titine y va.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un CCAS pour une orientation. Famille [[PERSONNE:Hamidi]], {{5 personnes}}, expulsion demain {{10h}}. Réf SIAO : [[IDENTIFIANT:SIAO45-2024-11873]]. Mère : [[PERSONNE:Fatima Hamidi]], née en [[DATE_NAISSANCE:1983]]. L'écoutante ([[PERSONNE:Marine]]) : « je vous mets en priorité mais je promets rien ».",
    ),
    (
        "chrs",
        CSP,
        "Visite du logement relais d'un résident, [[PERSONNE:Louis Ferrand]], à {{La Riche}}. Tout le monde l'appelle « [[PERSONNE:Louis la Brocante]] » parce qu'il chine des meubles sur {{Leboncoin}} et les retape 🪑. L'appart est plein à craquer. L'éducatrice ([[PERSONNE:Sophie]]) rappelle les règles de sécurité. Adresse : [[ADRESSE:2 rue du Prieuré, appt 5, 37520 La Riche]].",
    ),
    (
        "chrs",
        CSP,
        "Visite surprise (à la demande du bailleur) en diffus à {{Issoudun}}. Personne. La voisine dit que le locataire, M. [[PERSONNE:Aziz]], est parti {{3 semaines}} au {{bled}}. Boîte aux lettres pleine. L'éducateur ([[PERSONNE:Kévin]]) prend des photos du compteur pour le rapport. {{45 min}} de route pour rien.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Jennifer Rocher]], {{27 ans}}, vendeuse chez {{Jennyfer}} pendant {{4 ans}} (« avec un i, pas un y, et aucun lien avec {{Yves Rocher}} »). Elle veut une formation d'aide-soignante. La conseillère ([[PERSONNE:Nadia]]) regarde les places à l'{{IFAS}} de {{Blois}}. Identifiant [[ID_FRANCE_TRAVAIL:4087713D]].",
    ),
    (
        "france_travail",
        AP,
        "Rdv de suivi, M. [[PERSONNE:Nguyen Van Hoa]], {{47 ans}}, cuisinier. Le conseiller ([[PERSONNE:Éric]]) met à jour le CV : ajout {{Restaurant Le Saigon}} ({{Orléans}}, {{2015-2023}}). Mail : [[EMAIL:nguyenvanhoa.cuisine@yahoo.fr]]. ID : [[ID_FRANCE_TRAVAIL:6648290X]]. Il a un entretien chez {{Sodexo}} jeudi.",
    ),
    (
        "france_travail",
        AP,
        "Demandeuse, [[PERSONNE:Julie Marchal]], aide à domicile, a besoin d'une voiture. Elle a trouvé une {{Twingo}} à {{1 800 €}} sur {{Leboncoin}}, plaque notée pour le dossier de micro-crédit : [[IMMATRICULATION:CX-203-LF]]. Orientée vers le {{Secours catholique}}. La conseillère ([[PERSONNE:Karine]]) rappelle que l'aide au permis ne marche pas pour l'achat.",
    ),
    (
        "france_travail",
        AT,
        "Appel de [[PERSONNE:Kylian Mbala]], {{18 ans}} : « Bonjour c'est [[PERSONNE:Kylian]]… pas {{Mbappé}} hein ». Il veut s'inscrire, n'a pas fini son CAP. Le conseiller ([[PERSONNE:Yohan]]) l'oriente vers la {{Mission locale}} de {{Chartres}}. Tél : [[TELEPHONE:07 45 88 13 60]].",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller passe {{40 min}} au téléphone avec la plateforme du {{CPF}} pour un demandeur qui n'est pas là. Musique d'attente : {{Vivaldi}}, les {{Quatre Saisons}}, en boucle. Il dit qu'il la connaît par cœur. Pas de réponse finalement, il rappellera demain.",
    ),
]

# Batch 5 (notes 141-175)
NOTES_5 = [
    (
        "caf",
        AP,
        "Jeune maman, [[PERSONNE:Chanel Moreau]] (« oui comme le parfum »), bébé [[PERSONNE:Kenzo]] dans la poussette 😄 — l'agent ([[PERSONNE:Romain]]) dit « vous aimez les marques » et elle rit. Déclaration de naissance : [[PERSONNE:Kenzo]], né le [[DATE_NAISSANCE:28/08]] à {{Olivet}}. N° alloc [[N_ALLOCATAIRE:4873015]]. Sur le sac à langer, un logo {{Chanel}} (faux, elle le dit elle-même).",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Hervé Bonnin]], {{58 ans}}, au {{RSA}}, arrive avec un RIB papier tout froissé. L'agente ([[PERSONNE:Gaëlle]]) lit à voix haute : [[IBAN:14806 45000 30218844106 38]], le saisit, puis se rend compte que c'est le RIB de sa mère, pas le sien. « C'est pareil non ? » Non. Il reviendra avec le bon.",
    ),
    (
        "caf",
        AP,
        "Pendant {{10 min}} personne au {{guichet 2}} : l'agent est parti chercher du papier pour l'imprimante. {{3 personnes}} attendent debout. Une affiche « {{Mon Compte Partenaire}} » à moitié décollée. Un monsieur lit {{La Nouvelle République}} et commente les résultats du {{Tours FC}} à voix haute.",
    ),
    (
        "caf",
        AT,
        "Appel : [[PERSONNE:Clio Vasquez]], étudiante en histoire à {{Tours}} (« [[PERSONNE:Clio]] comme la muse, pas la voiture » — elle roule en {{Clio}} quand même 😂), demande si son job chez {{McDo}} fait baisser son {{APL}}. L'agent ([[PERSONNE:Fabrice]]) : non, sous un certain plafond. Mail de confirmation : [[EMAIL:clio.vasquez@etu.univ-tours.fr]].",
    ),
    (
        "caf",
        AT,
        "Appel d'un allocataire qui a reçu un courrier d'indu de {{1 240 €}}. M. [[PERSONNE:Mamadou Camara]], n° [[N_ALLOCATAIRE:7015382]]. L'agente ([[PERSONNE:Céline]]) explique : revenus non déclarés en {{2023}} (intérim chez {{Adecco}}). Il peut demander une remise de dette ou un échéancier à {{50 €}} par mois. Il choisit l'échéancier. Durée {{17 min}}.",
    ),
    (
        "caf",
        AT,
        "Le serveur vocal annonce « en raison d'un fort trafic… » depuis {{8h}}. L'agente me montre le tableau de bord : {{23 %}} des appels décrochés hier. Elle dit que les gens rappellent en boucle, « un même numéro peut appeler {{30 fois}} ». Elle a le dos en compote.",
    ),
    (
        "caf",
        CSP,
        "Contrôle chez M. et Mme [[PERSONNE:Da Costa]] à {{Saint-Jean-de-la-Ruelle}}. Lui est salarié chez {{Mr Bricolage}} (« les collègues m'appellent [[PERSONNE:Bricolo]] » 🔨). Elle, [[PERSONNE:Sandra]], déclare {{0 €}} de revenus mais vend des gâteaux sur {{Instagram}} : compte [[IDENTIFIANT:@sandra_cakes45]]. Le contrôleur ([[PERSONNE:Patrice]]) demande les relevés. Le perroquet, {{Coco}}, répète « bonjour madame » en boucle 🦜.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Georges Aumont]], de {{La Châtre}}, {{77 ans}}, venu en car jusqu'à {{Châteauroux}}. Il a un sac de la maison de {{George Sand}} à {{Nohant}} (il y est bénévole) : « [[PERSONNE:Georges]] avec un s, elle sans ! » L'agente ([[PERSONNE:Lucie]]) traite le remboursement de ses transports pour les rayons à {{Tours}} ({{Bretonneau}}). NIR : [[NIR:1 48 03 36 088 004 44]], né à {{Issoudun}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Nadia Boukhari]] apporte un arrêt de travail papier (le {{volet 3}}, celui de l'employeur : elle a tout donné à la {{Cpam}}). L'agent ([[PERSONNE:Hervé]]) lui rend le volet 3. Employeur : {{Carrefour}} de {{Saint-Doulchard}}. Elle demande quand tombent les IJ : « {{45 jours}} en ce moment ». Elle soupire, elle a {{3 enfants}}.",
    ),
    (
        "cpam",
        AP,
        "Nouvelle borne pour mettre à jour la carte Vitale. {{4 personnes}} sur 5 n'arrivent pas à l'utiliser sans aide. Le service civique passe son temps à côté. Il dit « c'est moi la borne en vrai » 😂. Attente {{20 min}}.",
    ),
    (
        "cpam",
        AT,
        "Appel d'une femme, [[PERSONNE:Mariana Silva]], née au {{Portugal}} en [[DATE_NAISSANCE:décembre 97]], qui ne comprend pas pourquoi sa carte Vitale ne marche plus. NIR donné : [[NIR:2 97 12 99 139 056 80]]. La conseillère ([[PERSONNE:Ophélie]]) voit un NIR provisoire clôturé, remplacé par le définitif : nouvelle carte à commander. « Il faut une photo, sur {{Ameli}}. » Fin {{10h22}}.",
    ),
    (
        "cpam",
        AT,
        "Appel de M. [[PERSONNE:Hubert Lenoir]], diabétique, qui demande si la margarine {{Saint Hubert}} est « remboursée comme médicament » (son médecin lui a dit de remplacer le beurre). La conseillère ([[PERSONNE:Virginie]]) reste très pro : non. Il rit : « je testais ». Il appelle en fait pour son {{ALD}}, renouvelée jusqu'en {{2027}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Nogent-le-Rotrou}}, arrêt pour burn-out. M. [[PERSONNE:Anthony Rivière]] absent. Dans l'allée, sa voiture (la plaque est dans le dossier, signalement anonyme) : [[IMMATRICULATION:FS-622-AE]]. Voisin : « il est parti courir ». Le contrôleur ([[PERSONNE:Jean-Luc]]) dit qu'un burn-out qui court, c'est même conseillé. Pas de suite.",
    ),
    (
        "ccas",
        AP,
        "Une habituée que tout le monde appelle « [[PERSONNE:Mamie Jo]] » ([[PERSONNE:Josette Girard]], {{84 ans}}) vient chercher son colis. Dedans, des yaourts {{Mamie Nova}} et des biscuits {{Saint Michel}}. Elle dit « Mamie Nova c'est ma cousine ». L'agente ([[PERSONNE:Anaïs]]) rit. Elle repart en bus {{Fil Bleu}}, {{ligne 4}}.",
    ),
    (
        "ccas",
        AP,
        "Dossier d'aide sociale à l'hébergement (EHPAD) pour le père de M. [[PERSONNE:Jacques Ferrandi]]. Le père, [[PERSONNE:Dominique Ferrandi]], né le [[DATE_NAISSANCE:3 avril 1940]], entre à l'{{EHPAD La Source Saint-Martin}}. Avis d'imposition, relevés, compte du père : [[IBAN:FR76 3000 4008 1600 0100 9327 425]]. L'agent ([[PERSONNE:Jérôme]]) annonce {{3 mois}} de délai. Le fils : « et pendant 3 mois on paie comment ? »",
    ),
    (
        "ccas",
        AT,
        "Appel de Mme [[PERSONNE:Solange Perrin]], {{80 ans}}, qui veut déplacer son rdv de téléassistance : « pas à {{13h30}}, c'est {{Les Feux de l'amour}} » 📺. L'agent ([[PERSONNE:Théo]]) met {{15h}}. Elle ajoute que « {{Victor Newman}} est plus fiable que le CCAS ». Rappel au [[TELEPHONE:02 47 54 90 21]].",
    ),
    (
        "ccas",
        AT,
        "Le standard du CCAS sonne {{31 fois}} dans l'heure. L'agente répond à chaque fois « CCAS bonjour », note sur un cahier, transfère. Beaucoup d'appels pour le {{colis de Noël}} des seniors (inscriptions jusqu'au {{30 novembre}}).",
    ),
    (
        "ccas",
        CSP,
        "Visite chez une famille à {{Châlette-sur-Loing}} : Mme [[PERSONNE:Amina Touré]] et ses {{4 enfants}}. Le chien s'appelle {{Macron}} 🐶 (« parce qu'il traverse la rue pour trouver du travail », dit l'aîné, [[PERSONNE:Moussa]]). Logement humide, moisissures dans la chambre. La travailleuse sociale ([[PERSONNE:Élodie]]) fera un signalement à l'{{ARS}}. Adresse : [[ADRESSE:6 rue Paul Doumer, 45120 Châlette-sur-Loing]].",
    ),
    (
        "urgences",
        AP,
        "Arrivée d'un SDF connu, [[PERSONNE:Jacky]], pieds gelés. L'agente ([[PERSONNE:Priscilla]]) le connaît, le tutoie, lui donne un café. Elle retrouve son dossier : IPP [[IDENTIFIANT:P00983312]]. Pas de papiers, pas de tél. Il dit qu'il a {{50 ans}}, le logiciel dit 56.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur, [[PERSONNE:Jean Delorme]], est tombé en descendant du tram à l'arrêt {{Jean Jaurès}}, arcade ouverte. L'agent ([[PERSONNE:Mickaël]]) plaisante : « [[PERSONNE:Jean]] à Jean Jaurès ». Pas de réaction, il est sonné. Pansement compressif en attendant. Sa fille arrive, [[PERSONNE:Coralie Delorme]], et donne son tél : [[TELEPHONE:06 14 72 39 85]].",
    ),
    (
        "urgences",
        AP,
        "Changement d'équipe à {{19h}}. Transmissions debout devant l'écran : {{27 patients}} présents, 6 en attente de lit, 1 en salle de déchocage. L'IOA de nuit arrive avec un énorme thermos. « Ça va être long. »",
    ),
    (
        "urgences",
        AP,
        "Touriste allemande, chute à vélo sur la {{Loire à Vélo}} près d'{{Amboise}}. Mme [[PERSONNE:Birgit Hoffmann]], passeport n° [[IDENTIFIANT:C4J7R2X91]], carte européenne d'assurance maladie. L'agente ([[PERSONNE:Laetitia]]) scanne la carte, galère avec le formulaire. Son mari fait des photos du hall 😅.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un centre équestre de {{Lamotte-Beuvron}} : une cavalière, [[PERSONNE:Capucine Ledoux]], {{14 ans}}, est tombée de la jument {{Paulette}} 🐴. L'agent ([[PERSONNE:Anthony]]) dit d'appeler le {{15}} si elle a perdu connaissance. « Non, elle pleure parce que Paulette est partie au galop. » Sa mère l'amènera.",
    ),
    (
        "chrs",
        AP,
        "Atelier « droits » au CHRS : l'intervenante montre une {{Marianne}} sur un timbre pour expliquer la République. [[PERSONNE:Marianne Kouyaté]], une résidente, lève la main : « c'est moi ? » 😂. Ensuite : comment lire une fiche de paie. {{8 résidents}}. L'éducateur ([[PERSONNE:Yannick]]) distribue des stylos {{Bic}}.",
    ),
    (
        "chrs",
        AP,
        "Accompagnement de [[PERSONNE:Ibrahim Diarra]], {{23 ans}}, pour l'inscription à {{France Travail}}, faite depuis l'ordi du CHRS. Identifiant obtenu : [[ID_FRANCE_TRAVAIL:5530192N]]. Il note son mot de passe sur sa main. L'éducatrice ([[PERSONNE:Émilie]]) le lui recopie sur un papier. Tél : [[TELEPHONE:07 52 18 63 09]].",
    ),
    (
        "chrs",
        AT,
        "115, {{20h05}}. Une jeune femme, [[PERSONNE:Leïla]], {{19 ans}}, mise dehors par sa mère. Elle est à la gare de {{Blois}}. L'écoutante ([[PERSONNE:Ludivine]]) trouve une place à la halte de nuit du {{Secours catholique}}. Tél : [[TELEPHONE:06 98 41 27 50]].",
    ),
    (
        "chrs",
        AT,
        "Pendant un creux, les écoutants se disputent gentiment : {{Jul}} ou {{Johnny}} à la radio. Johnny gagne. On entend « {{Que je t'aime}} » quand un appel arrive, vite coupé. Appels de {{21h}} à {{22h}} : 9.",
    ),
    (
        "chrs",
        CSP,
        "Visite à un couple logé provisoirement au [[ADRESSE:camping des Acacias, mobil-home 7]] à {{Chinon}} (dispositif hiver). M. et Mme [[PERSONNE:Lukusa]]. Le mobil-home est chauffé, enfin. L'éducateur ([[PERSONNE:Aurélien]]) apporte {{2 couvertures}} et des tickets de bus. Le couple demande quand ils auront un vrai logement. « Commission en {{mars}}. »",
    ),
    (
        "chrs",
        CSP,
        "Visite à la {{résidence Pierre Mendès France}} (pension de famille) à {{Montargis}}. Le résident, [[PERSONNE:Pierre Lefranc]] 😄, est là depuis {{6 ans}}. Il fait visiter son jardin partagé : tomates, {{roses}}… Il a appelé un plant de tomates « {{Jean-Pierre}} » parce que c'est « le plus costaud ». L'hôtesse ([[PERSONNE:Manon]]) prend des notes pour le conseil de vie sociale.",
    ),
    (
        "france_travail",
        AP,
        "Session de recrutement pour {{Dior}} (l'usine de parfums de {{Saint-Jean-de-Braye}}). {{15 candidats}}. La recruteuse, [[PERSONNE:Christelle Vidal]], présente les postes de conditionnement en {{3x8}}. Une candidate s'appelle [[PERSONNE:Christiane Dior]] 😳 (« pas de lien, j'ai vérifié ») — rires. Conseiller référent : [[PERSONNE:Laurent]].",
    ),
    (
        "france_travail",
        AP,
        "Entretien de situation, M. [[PERSONNE:Sébastien Guillot]], {{45 ans}}, ancien commercial, licencié économique, {{CSP}} en cours. Son ID : [[ID_FRANCE_TRAVAIL:3021885F]]. Il veut créer une micro-entreprise de jardinage, il a déjà un SIRET : [[IDENTIFIANT:85302176400016]]. La conseillère ([[PERSONNE:Inès]]) dit que ça peut jouer sur l'{{ARE}}, à vérifier.",
    ),
    (
        "france_travail",
        AP,
        "Borne d'accueil de {{France Travail}} à {{Dreux}} : un écran tactile géant qui affiche « touchez pour commencer ». Personne n'y touche. Les gens font la queue devant le comptoir. {{18 personnes}} à {{9h30}}. Une offre affichée : « Agent de quai – {{Chartres}} – {{12,50 €/h}} ».",
    ),
    (
        "france_travail",
        AT,
        "Appel de [[PERSONNE:Zayneb Jaziri]] qui ne trouve pas le lieu de sa formation, « au centre {{Jean Zay}} ». Le conseiller ([[PERSONNE:Nicolas]]) cherche : c'est le {{lycée Jean Zay}}, à {{Orléans}}, tram {{ligne A}}. Elle répète « Jean Zay, Jean Zay » pour s'en souvenir. Tél : [[TELEPHONE:07 66 03 54 21]].",
    ),
    (
        "france_travail",
        AT,
        "Un employeur ({{Transports Guilbert}}, à {{Vierzon}}) appelle pour signaler qu'un candidat n'est pas venu à l'entretien : M. [[PERSONNE:Loïc Tessier]], ID [[ID_FRANCE_TRAVAIL:7102394B]]. Le conseiller entreprise ([[PERSONNE:Bastien]]) note, il l'appellera. Le patron, M. [[PERSONNE:Guilbert]], ajoute « c'est le 3e cette semaine ».",
    ),
    (
        "france_travail",
        AT,
        "Appels sur l'actualisation : le site est en panne depuis {{7h}}. Message type : « réessayez après {{14h}}, aucune pénalité ». Le conseiller le répète {{12 fois}} en {{une heure}}. Un demandeur répond « c'est pas grave, j'ai que ça à faire » et rit.",
    ),
]

# Batch 6 (notes 176-210)
NOTES_6 = [
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Fanta Keïta]] vient avec ses jumeaux, l'un d'eux boit un {{Fanta}} 🥤. L'agent ([[PERSONNE:Bruno]]) ne fait pas la blague, moi je la note. Elle veut savoir pourquoi le {{complément familial}} s'est arrêté : le 3e enfant a eu {{21 ans}}. N° alloc [[N_ALLOCATAIRE:2218640]]. Elle a aussi une lettre de {{Valloire Habitat}} (relance de loyer).",
    ),
    (
        "caf",
        AP,
        "{{9h05}}, ouverture. Premier usager : M. [[PERSONNE:Sokha Chea]], cambodgien, {{63 ans}}. Il veut que l'{{AAH}} soit versée sur le compte commun avec sa femme. Nouveau RIB {{LCL}} : [[IBAN:FR58 3000 2065 7000 0073 1559 S96]]. L'agente ([[PERSONNE:Mélanie]]) : « il y a un S à la fin, c'est normal ? » Oui. {{8 min}}.",
    ),
    (
        "caf",
        AP,
        "Au mur de la Caf de {{Bourges}} : une fresque faite par des enfants du centre social des {{Gibjoncs}}, avec la {{cathédrale Saint-Étienne}} et le {{palais Jacques Cœur}} dessinés en violet. L'agent d'accueil dit que c'est la seule chose que les gens regardent pendant l'attente. {{40 min}} aujourd'hui.",
    ),
    (
        "caf",
        AT,
        "Appel de Mme [[PERSONNE:Berry]] (« comme le {{Berry}}, et j'y habite ! »), à {{Saint-Amand-Montrond}}. Elle demande l'{{ASF}} après le départ du père. L'agente ([[PERSONNE:Estelle]]) liste les pièces. Le père des enfants : M. [[PERSONNE:Kevin Auclair]], aucune pension versée. Mail : [[EMAIL:berry.nathalie18@sfr.fr]].",
    ),
    (
        "caf",
        AT,
        "Réunion d'équipe flash entre deux vagues d'appels. Consigne du jour : « ne pas promettre de date de paiement ». Un agent demande « et si on nous demande c'est pour quand ? » Réponse : « dans les meilleurs délais ». Tout le monde rit jaune. {{11 agents}} au plateau.",
    ),
    (
        "caf",
        CSP,
        "Contrôle d'une famille logée à l'hôtel {{Ibis Budget}} de {{Tours Sud}}, {{chambre 218}}. Mme [[PERSONNE:Leonora Berisha]] et ses {{3 enfants}}. Le contrôleur ([[PERSONNE:Julien Hamel]]) vérifie qu'ils y vivent bien : affaires d'école, frigo-top. Le père serait en {{Albanie}}. Une voiture albanaise sur le parking, [[IMMATRICULATION:TR 457 KB]] ? « pas à nous ». Conclusion : conforme.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Blois}}, quartier {{Coty}}. M. [[PERSONNE:Karim Bouzid]] déclare héberger sa mère, Mme [[PERSONNE:Zohra Bouzid]], née le [[DATE_NAISSANCE:12/09/1948]], arrivée d'{{Algérie}}. Adresse : [[ADRESSE:18 rue Jean Moulin, 41000 Blois]]. La mère dort dans le salon. Le contrôleur ([[PERSONNE:Frédéric]]) est gêné, dit que c'est « très clair ». {{35 min}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Gaston Renard]], {{90 ans}}, lunettes et pull trop grand, « comme {{Gaston Lagaffe}} » dit sa fille en riant. Il vient pour son {{100 %}} ({{ALD}}). L'agente ([[PERSONNE:Nour]]) imprime l'attestation. Il demande où est passée « l'ancienne {{Sécu}} de la {{rue Édouard Vaillant}} ». Fermée depuis {{10 ans}}.",
    ),
    (
        "cpam",
        AP,
        "Jeune femme, [[PERSONNE:Précieuse Ilunga]], née en [[DATE_NAISSANCE:septembre 2003]] à {{Kinshasa}}, étudiante à {{Orléans}}. Elle a enfin son NIR définitif : [[NIR:2 03 09 99 312 014 72]]. L'agent ([[PERSONNE:Loïc]]) l'aide à créer son compte {{Ameli}} sur son tél. Elle prend une photo de l'écran pour s'en souvenir 📸.",
    ),
    (
        "cpam",
        AT,
        "Appel de Mme [[PERSONNE:Martine Roussel]] : « [[PERSONNE:Martine]], comme les livres », précise-t-elle quand le conseiller tape « [[PERSONNE:Martin]] ». Elle appelle pour une facture d'ambulance ({{Jussieu Secours}} de {{Tours}}), {{312 €}} qu'on lui réclame. Le conseiller ([[PERSONNE:Cédric]]) voit que le transport n'était pas prescrit. Elle doit demander au médecin un bon a posteriori.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un homme arrivé de {{Turquie}} par regroupement familial : M. [[PERSONNE:Emre Aydın]], né en [[DATE_NAISSANCE:janvier 1999]]. NIR attribué : [[NIR:1 99 01 99 208 045 28]]. Il veut l'attestation pour son employeur. La téléconseillère ([[PERSONNE:Samia]]) propose le courrier, il préfère par mail : [[EMAIL:emre.aydin99@gmail.com]]. Impossible, il doit passer par {{Ameli}}.",
    ),
    (
        "cpam",
        CSP,
        "Tournée de contrôles annulée à {{11h}} : la voiture de service a un pneu crevé sur la rocade de {{Bourges}}. L'agent appelle le garage, {{1h}} d'attente. On parle de son métier : {{15 ans}} de contrôles, « j'ai tout vu, même un assuré en arrêt qui repeignait la mairie ».",
    ),
    (
        "ccas",
        AP,
        "Une fillette regarde {{Dora}} sur la tablette pendant que sa mère, [[PERSONNE:Dora Hadjieva]] (bulgare), explique qu'on lui a coupé l'eau. « [[PERSONNE:Dora]] comme la petite, oui. » Facture {{Saur}}, réf abonné [[IDENTIFIANT:078 442 190 03]]. L'agent ([[PERSONNE:Jonathan]]) appelle la Saur direct : remise en service demain.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Ahmad Habibi]] (afghan), {{34 ans}}, demande une domiciliation. Il dort chez des compatriotes à {{Joué-lès-Tours}}. Il montre son attestation de demande d'asile, n° [[IDENTIFIANT:3704512298]]. L'agente ([[PERSONNE:Delphine]]) explique que le CCAS peut domicilier s'il a un lien avec la commune : il fait la plonge dans un kebab de la {{place du Grand Marché}}. Dossier accepté.",
    ),
    (
        "ccas",
        AP,
        "Réunion de {{10h}} : commission des aides facultatives. {{14 dossiers}}. Montants entre {{80 €}} et {{450 €}}. Les noms ne sont pas lus, juste des numéros d'ordre. L'élue présente demande pourquoi le 11 revient pour la 3e fois. Accordé quand même.",
    ),
    (
        "ccas",
        AT,
        "Appel de [[PERSONNE:Yolande Brun]], {{67 ans}}, que ses neveux appellent « [[PERSONNE:Tata Yoyo]] » — « comme la chanson d'{{Annie Cordy}} ! », et elle chante « {{Tata Yoyo}}, qu'est-ce qu'il y a sous ton grand chapeau » 🎶. Elle s'inscrit au repas des aînés du {{12 décembre}}. L'agente ([[PERSONNE:Yasmina]]) inscrit aussi son amie, Mme [[PERSONNE:Rolande Petit]]. Tél : [[TELEPHONE:02 48 70 26 13]].",
    ),
    (
        "ccas",
        AT,
        "Appel d'un bailleur ({{Scalis}}, {{Châteauroux}}) : locataire en dette de {{2 300 €}}, Mme [[PERSONNE:Sandrine Chevallier]], réf locataire [[IDENTIFIANT:SC-36-0045127]]. Ils demandent une enquête sociale avant l'assignation. L'agent ([[PERSONNE:Théo]]) transfère à l'assistante sociale, Mme [[PERSONNE:Roux]].",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:René Descartes]]… non, M. [[PERSONNE:René Desgranges]] 😅 (je me suis trompé en notant, la travailleuse sociale a rigolé : « {{Descartes}} c'est la ville d'à côté »). Il vit au [[ADRESSE:4 chemin des Prés, 37160 Descartes]]. Diabétique, {{73 ans}}, insuline, il oublie. La TS ([[PERSONNE:Laure]]) propose une infirmière à domicile, {{2 fois}} par jour.",
    ),
    (
        "urgences",
        AP,
        "Admission : M. [[PERSONNE:Lucas Hervé]] — « [[PERSONNE:Hervé]] c'est le nom, pas le prénom », précise-t-il, habitué. Né le [[DATE_NAISSANCE:22/06/1993]]. Mutuelle {{Groupama}} n° [[IDENTIFIANT:1800472516]]. L'agente ([[PERSONNE:Laetitia]]) inverse quand même les deux dans le logiciel 🙃 puis corrige.",
    ),
    (
        "urgences",
        AP,
        "Un enfant de {{7 ans}} a avalé une pièce de {{1 €}} en jouant au {{Docteur Maboul}}. Sa mère, Mme [[PERSONNE:Aubert]], est paniquée. L'IOA ([[PERSONNE:Nassim]]) la rassure : radio, et « on attend que ça ressorte ». Le petit, [[PERSONNE:Nathan]], demande s'il pourra récupérer la pièce 😂.",
    ),
    (
        "urgences",
        AP,
        "{{3h}} du matin (note faite le lendemain d'après l'IOA) : {{12 patients}}, dont 4 « alcoolisés », 1 agressif, la sécurité est venue {{2 fois}}. L'IOA dit que la nuit « c'est un autre hôpital ».",
    ),
    (
        "urgences",
        AT,
        "Appel d'un médecin de ville, Dr [[PERSONNE:Bénédicte Arnoux]], qui adresse depuis {{Saint-Cyr-sur-Loire}} une patiente pour suspicion de phlébite : Mme [[PERSONNE:Kadiatou Diakité]], née le [[DATE_NAISSANCE:15 août 1979]]. L'agent ([[PERSONNE:Yacine]]) prévient l'IOA. Le médecin laisse son portable : [[TELEPHONE:06 33 80 15 62]].",
    ),
    (
        "chrs",
        AP,
        "Petit-déj au CHRS : pots de confiture {{Bonne Maman}}, un résident dit « c'est pas ma maman ». Le chien d'un résident, {{Hagrid}} (énorme), mendie sous les tables. Son maître, [[PERSONNE:Anthony Grondin]], réunionnais, dit qu'il l'a appelé comme ça « parce qu'il est gentil et qu'il fait peur ». L'éducatrice de permanence ([[PERSONNE:Sonia]]) sert le café.",
    ),
    (
        "chrs",
        AP,
        "Ouverture de compte : [[PERSONNE:Mirela Stoica]], roumaine, vient d'avoir son premier compte bancaire ({{Crédit Mutuel}}, droit au compte via la {{Banque de France}}). Elle montre son RIB fièrement : [[IBAN:FR76 1027 8360 0000 0215 6040 210]]. L'éducateur ([[PERSONNE:Karim]]) l'aide à le transmettre à la {{Caf}} et à {{France Travail}}. Elle pleure de joie, un peu.",
    ),
    (
        "chrs",
        AP,
        "Conseil de vie sociale : {{11 résidents}}, {{2 éducateurs}}, la directrice. Sujets : le wifi (« il marche pas après {{22h}} »), les horaires de la laverie, le menu du dimanche. Vote à main levée : couscous le dimanche, adopté. 🙌",
    ),
    (
        "chrs",
        AT,
        "Les anciens appellent le vieux foyer de la {{rue des Ursulines}} « le {{Titanic}} » (« ça prend l'eau »). Appel au 115 de [[PERSONNE:Franck]], ancien résident : « je veux revenir au Titanic ». L'écoutant ([[PERSONNE:Vincent]]) : « il a coulé, on a déménagé ». Place dispo ce soir, il arrive à {{21h}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une assistante sociale de secteur pour Mme [[PERSONNE:Olga Kovalenko]], ukrainienne, fin de l'hébergement citoyen à {{Nogent-le-Rotrou}} au bout de {{18 mois}}. Numéro de la famille hébergeante : [[TELEPHONE:02 37 21 58 43]]. L'écoutante ([[PERSONNE:Marine]]) enregistre la demande, réf [[IDENTIFIANT:SIAO28-24-03391]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement en bail glissant à {{Vierzon}} : [[ADRESSE:23 avenue Pierre Semard, 18100 Vierzon]]. Mme [[PERSONNE:Khadija Aït Saïd]] et ses {{2 filles}}. Le bail doit glisser à son nom en {{juin}}. L'éducatrice ([[PERSONNE:Maëlle]]) vérifie les loyers : payés depuis {{8 mois}}. « Vous êtes prête. »",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Lucie Pasquier]], {{38 ans}}, ouvrière chez {{Harry's}}, pas chez {{Brioche Pasquier}} (« on me demande toujours si j'ai des parts dans la brioche » 😂). Elle veut passer conductrice de ligne. Le conseiller ([[PERSONNE:Éric]]) parle d'une {{POEI}}. ID [[ID_FRANCE_TRAVAIL:4920138H]].",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Yasmine Cherif]], {{30 ans}}, comptable, rupture conventionnelle → inscription. Mail : « [[EMAIL:yasmine.cherif[at]outlook.fr]] » (elle l'écrit comme ça « contre les robots »). La conseillère ([[PERSONNE:Karine]]) rectifie dans le dossier. ID : [[ID_FRANCE_TRAVAIL:6381027L]]. Rdv le {{18}} pour le {{PPAE}}.",
    ),
    (
        "france_travail",
        AP,
        "Atelier mobilité : {{6 participants}}. Un monsieur, [[PERSONNE:Thierry Bonnet]], raconte que sa voiture a été mise en fourrière à {{Orléans}}, plaque [[IMMATRICULATION:ED-391-KV]], « {{180 €}} pour la récupérer ». L'animatrice de la plateforme mobilité ([[PERSONNE:Inès]]) parle du garage solidaire de {{Fleury}}.",
    ),
    (
        "france_travail",
        AP,
        "Affiche dans l'agence : « Le {{Printemps de Bourges}} recrute : {{40 postes}} (bar, sécurité, montage) ». Beaucoup de jeunes prennent l'affiche en photo. Le conseiller dit que c'est « le seul job que les jeunes demandent d'eux-mêmes ». {{10h}}, file de {{9 personnes}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel de M. [[PERSONNE:Leroy]], ancien de chez {{Leroy Merlin}} (« mon nom m'a pas aidé à être embauché, ni à pas être viré ») 😅. Il veut savoir si sa formation de cariste est financée. Le conseiller ([[PERSONNE:Yohan]]) : oui, via l'{{AIF}}. ID [[ID_FRANCE_TRAVAIL:2875403M]]. Rappel au [[TELEPHONE:06 07 39 81 24]].",
    ),
    (
        "france_travail",
        AT,
        "Ligne des employeurs : {{5 appels}} en {{30 min}}, tous pour des offres saisonnières (vendanges à {{Vouvray}} et à {{Chinon}}). Le conseiller crée les offres en direct, 3 en tout. Il dit que les vendanges c'est « le seul moment où on manque de candidats ».",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une demandeuse, [[PERSONNE:Agnieszka Nowak]], qui a reçu un avertissement pour absence à un atelier. Elle était aux urgences de {{Clocheville}} avec son fils, elle a le bulletin. Le conseiller ([[PERSONNE:Julien]]) lui donne l'adresse de l'agence pour envoyer le justificatif. Elle épelle son nom : [[PERSONNE:N-O-W-A-K]]. Id : [[ID_FRANCE_TRAVAIL:5802461T]].",
    ),
]

# Batch 7 (notes 211-240)
NOTES_7 = [
    (
        "caf",
        AP,
        "Une jeune femme, [[PERSONNE:Pomme Durand]] (son vrai prénom !), remplit sa demande de {{RSA}} jeune parent sur son iPhone — « une {{pomme}} sur une {{Apple}} » dit l'agent ([[PERSONNE:Baptiste]]). Elle écoute {{Pomme}} (la chanteuse) dans ses écouteurs. N° alloc créé : [[N_ALLOCATAIRE:8034176]]. Naissance du bébé prévue en {{mai}}.",
    ),
    (
        "caf",
        AP,
        "Ouverture de droits pour Mme [[PERSONNE:Awa Ndiaye]], née à {{Dakar}} en [[DATE_NAISSANCE:mars 1995]], en France depuis {{2 ans}}. NIR : [[NIR:295039934111229]]. Compte {{Caisse d'Épargne}} : [[IBAN:FR76 1450 5000 6104 4177 9021 577]]. L'agente ([[PERSONNE:Soraya]]) vérifie le titre de séjour (valide jusqu'en {{2026}}). {{25 min}}.",
    ),
    (
        "caf",
        AP,
        "Atelier numérique de la Caf, {{14h}}. {{6 personnes}}, surtout des retraités qui aident leurs petits-enfants. La médiatrice montre comment télécharger une attestation. Un monsieur demande si on peut « imprimer l'appli ». Tout le monde rit, lui aussi.",
    ),
    (
        "caf",
        AT,
        "Appel de M. [[PERSONNE:Mistral]] (il s'excuse : « comme le vent, et comme la chanson de {{Renaud}} »), de {{Bourges}}. Il appelle pour la prime de déménagement, son 3e enfant est né. N° alloc [[N_ALLOCATAIRE:1562098]]. L'agente ([[PERSONNE:Céline]]) : la demande se fait dans les {{6 mois}} après le déménagement.",
    ),
    (
        "caf",
        AT,
        "Appel long ({{32 min}}) avec une dame qui ne comprend pas son courrier : un tableau de {{12 lignes}} de rappels et de déductions. L'agent lit ligne par ligne. À la fin elle dit « donc je dois ou on me doit ? » — « on vous doit {{14 €}} ». Silence, puis « merci, vraiment ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle à {{Orléans}}, quartier de l'{{Argonne}}. Mme [[PERSONNE:Samia Tazi]] déclare vivre seule avec sa fille. Le contrôleur ([[PERSONNE:Yann]]) relève : [[ADRESSE:52 rue du Faubourg Bourgogne, 45000 Orléans]], boîte aux lettres à {{2 noms}}, « [[PERSONNE:Tazi]] / [[PERSONNE:Benjelloun]] ». Une voiture au nom de M. [[PERSONNE:Benjelloun]] à cette adresse : [[IMMATRICULATION:FV-058-RR]]. Elle dit que c'est son ex, parti, qui reçoit encore son courrier. À suivre.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Simone Ribeiro]], {{82 ans}}, habite avenue {{Simone Veil}} et se fait soigner au pôle santé Simone Veil (« je vais finir par croire que c'est moi ») 😄. Elle vient pour un remboursement de soins dentaires. L'agent ([[PERSONNE:Mathieu]]) voit que le dentiste n'a pas télétransmis, il imprime une feuille de soins. Sa fille, [[PERSONNE:Isabelle]], l'attend dans la voiture.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Stéphane Meunier]], {{41 ans}}, artisan couvreur, chute d'un toit, invalidité en cours. Il apporte le certificat du Dr [[PERSONNE:Lemoine]]. NIR : [[NIR:1 83 10 28 134 009 85]], né à {{Dreux}}. L'agente ([[PERSONNE:Lucie]]) transmet au service médical. Délai : « entre 2 et {{4 mois}} ». Il soupire, il a une entreprise à faire tourner.",
    ),
    (
        "cpam",
        AT,
        "Pic d'appels à {{13h30}} : 58 en file. La superviseure ouvre {{2 lignes}} supplémentaires en prenant des agents du back-office. L'un d'eux me dit « j'ai pas pris d'appel depuis {{2019}} ». Il s'en sort très bien.",
    ),
    (
        "cpam",
        AT,
        "Appel : M. [[PERSONNE:Didier Chauvet]] conteste un refus d'indemnités. Il lit son NIR sur sa carte : [[NIR:1 71 05 18 279 087 24]] (né à {{Vierzon}} en [[DATE_NAISSANCE:mai 71]]). Le téléconseiller ([[PERSONNE:Rachid]]) voit qu'il manque {{150 heures}} de travail sur les {{3 mois}} précédents. Recours possible devant la {{CRA}}. Il raccroche sans dire au revoir.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{Bourges}}, centre-ville : l'assuré habite à deux pas du {{palais Jacques Cœur}}. M. [[PERSONNE:Jacques Sabourin]] 😄 est là, arrêt pour dépression. Il nous montre la vue depuis sa fenêtre : « [[PERSONNE:Jacques]] voit {{Jacques}} ». L'agent ([[PERSONNE:Didier]]) sourit, vérifie, repart. Adresse : [[ADRESSE:7 rue Bourbonnoux, 18000 Bourges]].",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Emmanuel Kouassi]] plaisante en arrivant : « [[PERSONNE:Emmanuel]], mais pas {{Macron}} hein, moi je demande des aides ». L'agente ([[PERSONNE:Delphine]]) rit. Aide pour des lunettes pour son fils [[PERSONNE:Ezéchiel]] : devis {{Optical Center}}, {{129 €}}. Accordé à {{50 %}}.",
    ),
    (
        "ccas",
        AP,
        "Le CCAS a installé un frigo solidaire dans le hall. Dedans ce matin : {{6 yaourts}}, une salade, {{2 baguettes}} de la veille (boulangerie de la {{place du Martroi}}). À {{10h}} il est vide. L'agent dit que c'est comme ça tous les jours, « en {{20 min}} ».",
    ),
    (
        "ccas",
        AT,
        "Appel d'une fille pour sa mère, Mme [[PERSONNE:Pham Thi Hoa]], née le [[DATE_NAISSANCE:8 janvier 1944]], qui vit seule à {{Saint-Avertin}}. Elle veut un dossier d'aide ménagère. L'agent ([[PERSONNE:Théo]]) lui envoie le formulaire par mail : [[EMAIL:linh.pham.tours@gmail.com]]. « Elle ne veut pas d'aide, c'est moi qui veux. »",
    ),
    (
        "ccas",
        CSP,
        "Visite chez M. [[PERSONNE:Gilbert Moreau]], {{75 ans}}, à {{Gien}}. Posters de {{Johnny}} partout. Son petit-fils s'appelle [[PERSONNE:Johnny]] aussi ([[PERSONNE:Johnny Moreau]], {{32 ans}}), il passe tous les jours. La conseillère ([[PERSONNE:Pauline]]) évalue la perte d'autonomie, grille {{AGGIR}}. Adresse : [[ADRESSE:9 rue de la Faïencerie, 45500 Gien]].",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée, on profite du créneau : l'agente me montre le fichier du plan canicule, {{214 inscrits}}. Chaque été, elle appelle les plus fragiles {{2 fois}} par semaine. « Si on n'était pas là, personne ne les appellerait. »",
    ),
    (
        "urgences",
        AP,
        "Un patient, M. [[PERSONNE:Yves Bretonneau]], arrive aux urgences de {{Trousseau}} et demande pourquoi on ne l'a pas envoyé à {{Bretonneau}}, « vu mon nom » 😂. L'agente ([[PERSONNE:Priscilla]]) : « c'est le même {{CHU}}, monsieur ». Né le [[DATE_NAISSANCE:30/11/1962]]. Douleur thoracique, passé direct.",
    ),
    (
        "urgences",
        AP,
        "Un homme laisse sa voiture devant l'entrée des ambulances, moteur tournant, et entre en portant sa femme. La sécurité note la plaque pour la déplacer : [[IMMATRICULATION:HB-730-PZ]]. La femme, Mme [[PERSONNE:Ioana Munteanu]], enceinte, contractions. Réorientée en fauteuil vers la maternité {{Olympe de Gouges}}. Le mari, [[PERSONNE:Vasile]], revient chercher les clés.",
    ),
    (
        "urgences",
        AP,
        "Cris dans le box {{5}}, tout le monde se tourne, puis plus rien. L'agent d'accueil continue de taper. Il me dit « on s'habitue pas, on fait semblant ». {{22h}}, {{19 patients}} en attente.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une assistance belge pour la prise en charge d'un patient hospitalisé hier, M. [[PERSONNE:Dirk Peeters]]. L'agent ([[PERSONNE:Anthony]]) donne le n° de séjour [[IDENTIFIANT:S24-0193387]] après vérification. Voiture du patient à rapatrier, immatriculée [[IMMATRICULATION:1-GHK-582]]. Numéro de l'assistance : {{+32 2 773 61 00}}. Garantie envoyée par fax (!).",
    ),
    (
        "chrs",
        AP,
        "Soirée film au CHRS : « {{Tarzan}} » ({{Disney}}). Un résident, [[PERSONNE:Ludovic Célestine]], que tout le monde surnomme « [[PERSONNE:Tarzan]] » parce qu'il grimpe partout, fait les cris pendant le film 😂. L'éducateur ([[PERSONNE:Samir]]) le laisse faire. {{14 spectateurs}}, pop-corn {{Carrefour}}.",
    ),
    (
        "chrs",
        AP,
        "Bilan budget avec [[PERSONNE:Jessica Lopes]], {{26 ans}}, {{1 enfant}}. Elle touche le RSA et l'{{ASF}}, n° alloc [[N_ALLOCATAIRE:9120573]]. Compte {{Boursorama}} : [[IBAN:FR76 4061 8802 1200 0405 3187 779]] ; plus de carte, bloquée pour découvert. L'éducatrice ([[PERSONNE:Coralie]]) propose un accompagnement avec le {{Point Conseil Budget}}.",
    ),
    (
        "chrs",
        AT,
        "115 : de {{23h}} à minuit, {{5 appels}}, tous des habitués qui veulent « juste parler ». L'écoutant en garde un {{25 min}} au bout du fil. « C'est peut-être le seul qui lui parle aujourd'hui. »",
    ),
    (
        "chrs",
        CSP,
        "Visite au [[ADRESSE:12 allée des Peupliers, appt 34, 28100 Dreux]] (logement temporaire) : M. [[PERSONNE:Rachid Hamdi]] vit avec sa fille [[PERSONNE:Yasmine]], {{8 ans}}. L'éducateur ([[PERSONNE:Kévin]]) vérifie que la Caf verse bien l'APL au bailleur : n° alloc [[N_ALLOCATAIRE:3387105]]. Il a acheté une vieille {{Clio}} pour aller bosser, plaque [[IMMATRICULATION:BQ-812-TY]], assurée au nom de son frère. Conseil : régulariser.",
    ),
    (
        "france_travail",
        AP,
        "Un demandeur, [[PERSONNE:Jordan Petit]], montre sur son tél le chatbot du site, qui s'appelle « {{Léa}} » selon lui, et qui lui a dit de « contacter son conseiller ». Sa conseillère, c'est [[PERSONNE:Léa Hamon]] 😂, assise en face de lui. Elle confirme qu'elle n'est pas un robot. ID : [[ID_FRANCE_TRAVAIL:7761024S]].",
    ),
    (
        "france_travail",
        AP,
        "Demande d'{{ARE}} : [[PERSONNE:Fabienne Giraud]], {{62 ans}}, licenciée d'une boulangerie de {{Chartres}} après {{31 ans}}. Née à Chartres en [[DATE_NAISSANCE:octobre 1962]], NIR [[NIR:2 62 10 28 085 142 73]]. RIB pour l'ARE : [[IBAN:FR76 1480 6280 0061 0047 2935 050]]. Le conseiller ([[PERSONNE:Antoine]]) annonce des droits sur {{27 mois}}. Elle demande si elle peut « aller direct à la retraite ».",
    ),
    (
        "france_travail",
        AP,
        "Salle des ateliers : sur le tableau blanc, le reste d'un atelier d'hier, « Les {{5 erreurs}} à éviter en entretien ». La numéro 3 : « arriver en retard ». Un demandeur arrive {{15 min}} en retard à l'atelier d'aujourd'hui, lit le tableau, éclate de rire.",
    ),
    (
        "france_travail",
        AT,
        "Appel de Mme [[PERSONNE:Lorange]] (« en un mot ») qui n'a plus de forfait {{Orange}} et ne reçoit plus les SMS de France Travail. Le conseiller ([[PERSONNE:Nicolas]]) met à jour son numéro : [[TELEPHONE:07 49 31 06 82]]. Elle demande aussi si l'{{ARE}} tombe avant le {{Black Friday}} 😅. ID : [[ID_FRANCE_TRAVAIL:1403876K]].",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un auto-entrepreneur, [[PERSONNE:Farid Mansouri]], VTC à {{Tours}}, qui veut s'inscrire parce qu'{{Uber}} l'a déconnecté. SIRET perso : [[IDENTIFIANT:89274613500011]]. Sa voiture, qu'il veut garder : [[IMMATRICULATION:GK-417-BN]]. Le conseiller ([[PERSONNE:Bastien]]) note son mail, [[EMAIL:farid.mansouri.vtc@gmail.com]], pour lui envoyer la liste des pièces.",
    ),
    (
        "france_travail",
        AT,
        "Dernier appel de la journée à {{16h58}} : quelqu'un qui s'est trompé de numéro, il voulait la {{Caf}}. Le conseiller lui donne le {{3230}}. Il pose le casque, s'étire : « {{43 appels}} aujourd'hui ». Fin de mon immersion.",
    ),
]

# --- end of notes ---

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        label, value = match.group(1), match.group(2)
        if label is None:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if any(mark in text for mark in ("[[", "]]", "{{", "}}")):
        raise ValueError(f"unbalanced mark in {marked[:60]!r}")
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


def split(cells: dict[str, tuple[str, str]]) -> tuple[set[str], set[str]]:
    """Draw dev / holdout from the ids and their cells only (site kind x channel)."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(set(cells.values())):
        ids = sorted(note_id for note_id, where in cells.items() if where == cell)
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
