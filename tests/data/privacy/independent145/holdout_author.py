"""Independent evaluation corpus n° 145: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple. Inline marks in ``text``:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``python
holdout_author.py`` strips the marks, computes offsets, draws the split and writes
``dev.jsonl`` and ``holdout.jsonl`` next to this file. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind145"
SEED = 145

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

CAF = [
    (
        "caf",
        AP,
        "{{9h12}} ticket {{C047}}, {{14 personnes}} devant nous. Mme [[PERSONNE:Benyamina]] vient pour un {{trop-perçu}} de {{1 236,40 €}} sur la {{prime d'activité}}. Num alloc [[N_ALLOCATAIRE:2741586]], elle redonne son tel [[TELEPHONE:06 58 21 94 07]] pr le rappel. L'agente ([[PERSONNE:Sandrine]]) propose un échéancier à {{45 €/mois}} sur {{28 mois}}. Attente totale {{52 min}}.",
    ),
    (
        "caf",
        AP,
        "Accueil {{Caf du Rhône}}, {{Part-Dieu}}. Il fait tres chaud dans la salle, la {{fontaine à eau}} est en panne depuis lundi. L'agent d'accueil ([[PERSONNE:Bruno]]) a ramené un ventilo de chez lui.",
    ),
    (
        "caf",
        AP,
        "Jeune femme avec poussette, {{2 enfants}} nés en [[DATE_NAISSANCE:2019]] et [[DATE_NAISSANCE:2022]]. Elle ne comprend pas pourquoi l'{{APL}} est passée de {{318 €}} à {{204 €}}. [[PERSONNE:Karima]] (agente) lui explique la réforme du {{1er janvier}}, montre l'écran : ressources N-2, {{abattement 10 %}}. La dame : « mais j'avais rien gagné en {{2022}} ! »",
    ),
    (
        "caf",
        AP,
        "Monsieur [[PERSONNE:Oliveira Santos]] dicte tout d'un coup sans respirer : [[N_ALLOCATAIRE:3058127]], né le [[DATE_NAISSANCE:17/05/1958]], numéro de secu [[NIR:1 58 05 99 139 006 39]]. Né au {{Portugal}}, arrivé à {{Villeurbanne}} en {{1979}}. {{68 ans}}. Il veut savoir si sa retraite compte pour l'{{APL}}. Oui.",
    ),
    (
        "caf",
        AP,
        "écran d'accueil: {{23 tickets}} en attente, temps estimé {{1h05}}. Deux agents seulement ce matin sur {{5 guichets}} : [[PERSONNE:Sandrine]] et M. [[PERSONNE:Perrier]].",
    ),
    (
        "caf",
        AP,
        "Mr [[PERSONNE:Tchakounté]] a ramené tous ses papiers dans un sac {{Carrefour}}. Titre de séjour n° [[IDENTIFIANT:6903128457]], expire le {{14/09}}. L'agent [[PERSONNE:Loïc]] scanne {{11 pages}}. Il demande le {{RSA}} : pas possible, moins de {{5 ans}} de titre. Il repart sans rien, il dit merci quand même.",
    ),
    (
        "caf",
        AP,
        "🙁 dame en pleurs, son mari est parti, elle doit tout changer : situation familiale, RIB. Nouveau compte à son nom seul : [[IBAN:FR76 1382 5002 0019 5945 5440 474]]. L'agente Mme [[PERSONNE:Pellissier]] lui dit de faire aussi la déclaration de séparation en ligne, {{formulaire}} du {{caf.fr}}. {{40 min}} avec elle.",
    ),
    (
        "caf",
        AP,
        "Ce qui me frappe : tout le monde parle de « la Caf » comme d'une personne. « La Caf m'a dit », « la Caf veut pas ».",
    ),
    (
        "caf",
        AP,
        "Couple, {{Saint-Étienne}}, quartier {{Montreynaud}}. Lui : [[PERSONNE:Gheorghe Dumitrescu]], elle [[PERSONNE:Ioana]]. Alloc [[N_ALLOCATAIRE:1874409]]. Leur fils [[PERSONNE:Matei]] né le [[DATE_NAISSANCE:3 février 2016]] a une {{AEEH}} en cours, dossier {{MDPH}} réf [[IDENTIFIANT:042-2024-018733]]. Ils veulent savoir pourquoi rien n'est versé depuis {{4 mois}}. Réponse : la {{MDPH}} n'a pas encore notifié. {{3 mois}} de délai moyen dans la {{Loire}} d'après l'agent.",
    ),
    (
        "caf",
        AP,
        "vu sur le tableau d'affichage : horaires {{8h30-12h30}}, après-midi sur RDV seulement, {{3230}} pour joindre la {{Caf}}, {{caf.fr}}, appli {{Caf - Mon Compte}}.",
    ),
    (
        "caf",
        AP,
        "Etudiant, {{Grenoble}}, {{22 ans}}, logement {{CROUS}} résidence {{Berlioz}} chambre {{C214}}. Il s'appelle [[PERSONNE:Yanis Haddouche]]. Son {{APL}} a sauté car le {{CROUS}} n'a pas transmis l'attestation. [[PERSONNE:Nathalie]] appelle le {{CROUS}} devant lui, poste {{4417}}, ça répond pas.",
    ),
    (
        "caf",
        AP,
        "La personne épelle: « [[PERSONNE:K-O-W-A-L-S-K-I]], avec un K à la fin, pas un Y ». Mme [[PERSONNE:Kowalski]] a déjà eu {{3 courriers}} au nom de « [[PERSONNE:Kowalsky]] ». Agent corrige en {{2 min}}.",
    ),
    (
        "caf",
        AP,
        "{{11h40}}. Monsieur âgé, {{Roanne}}, vient déposer en main propre. Il a recopié au stylo : né le [[DATE_NAISSANCE:11.10.69]] à {{Bourg-en-Bresse}}, sécu [[NIR:169100105314511]], alloc [[N_ALLOCATAIRE:0912374]], tel fixe [[TELEPHONE:04.77.71.38.26]], portable de sa fille [[TELEPHONE:07.81.44.09.53]]. L'agent lui dit que c'est trop d'infos sur un bout de papier 😬",
    ),
    (
        "caf",
        AP,
        "Rien de spécial pdt {{20 min}}, personne au guichet {{3}}. L'agente ([[PERSONNE:Agnès Tissot]]) range des dossiers et me parle du {{Pass Region}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Ferhat]] conteste un indu : {{3 482 €}} sur {{18 mois}}. L'agent ouvre le dossier: « vous avez déclaré {{0 €}} de salaire en mars, l'employeur a déclaré {{1 410 €}} via la {{DSN}} ». Le monsieur sort ses fiches de paie, c'était une prime de licenciement. Recours amiable à faire, {{2 mois}} pour le faire. [[PERSONNE:Ferhat]] : « et je vis avec quoi en attendant ? »",
    ),
    (
        "caf",
        AT,
        "Plateforme tel {{Caf de l'Isère}}. {{1er appel}} {{8h31}}: dame qui appelle de {{Suisse}}, frontalière, [[TELEPHONE:+41 79 412 83 06]]. Elle veut savoir si elle a droit aux allocs familiales en {{France}}. Renvoi vers le formulaire {{E411}}.",
    ),
    (
        "caf",
        AT,
        "L'agent ([[PERSONNE:Thomas]]) demande le numéro d'allocataire, la personne donne en chiffres un par un : « [[N_ALLOCATAIRE:deux, six, zéro, quatre, neuf, neuf, un]] ». Puis la date de naissance « [[DATE_NAISSANCE:quatorze mars quatre-vingt-sept]] ». Mme [[PERSONNE:Delorme]] n'a pas reçu son {{RSA}} du {{5}}. En fait, virement parti le {{6}}, {{48 h}} de délai bancaire.",
    ),
    (
        "caf",
        AT,
        "{{9h02}} → {{9h14}} : {{12 min}} d'attente au {{3230}} avant d'avoir l'agent, la personne le dit en premier, énervée.",
    ),
    (
        "caf",
        AT,
        "Appel de [[PERSONNE:Aïcha Bensaïd]]. Veut changer son RIB: ancien [[IBAN:FR76 3000 2004 3128 9375 0032 101]] (LCL), nouveau [[IBAN:FR7620041010076175023899317]] ({{Banque Postale}}). [[PERSONNE:Gaëlle]] lui dit que ça ne se fait PAS par téléphone, il faut passer par l'espace perso. La dame insiste, elle a pas internet. Solution : rdv au point d'accueil de {{Vénissieux}} mardi {{14h}}.",
    ),
    (
        "caf",
        AT,
        "appel tres court: un monsieur veut juste l'adresse pour envoyer un courrier, il donne quand même son alloc [[N_ALLOCATAIRE:7719046]] « au cas où ». Réponse : {{Caf de l'Isère}}, {{38045 Grenoble cedex 9}}.",
    ),
    (
        "caf",
        AT,
        "Le monsieur rappelle pour la {{3e fois}} cette semaine. Il donne son portable : « [[TELEPHONE:zéro six, quarante-sept, zéro huit, quatre-vingt-onze, trente-trois]] ». Puis se reprend : « non pardon c'est [[TELEPHONE:zéro sept]] au début ». L'agente note les deux. M. [[PERSONNE:Abdelkader Mansouri]], alloc [[N_ALLOCATAIRE:5521840]].",
    ),
    (
        "caf",
        AT,
        "Pendant l'attente musicale {{Vivaldi}} en boucle, {{4 fois}} le même message sur le {{caf.fr}}. Les agents ne l'entendent jamais, eux.",
    ),
    (
        "caf",
        AT,
        "Appel d'une assistante sociale du {{CCAS}} de {{Chambéry}}, Mme [[PERSONNE:Jacquemoud]], pour une famille qu'elle suit : famille [[PERSONNE:Rakotomalala]], {{4 enfants}}, alloc [[N_ALLOCATAIRE:1160382]]. Elle laisse son mail pro [[EMAIL:c.jacquemoud@ccas-chambery.fr]] et sa ligne directe [[TELEPHONE:04 79 60 23 18]]. Dossier bloqué pour une attestation de scolarité du grand ([[PERSONNE:Fanilo]], {{16 ans}}).",
    ),
    (
        "caf",
        AT,
        "Pic d'appels entre {{10h}} et {{11h}} : {{37 appels}} en file, {{9 abandons}}. Objectif affiché {{85 %}} de décroché, on est à {{61 %}}. La superviseuse, [[PERSONNE:Hafsa]], déclenche l'entraide.",
    ),
    (
        "caf",
        AT,
        "Une femme appelle de l'étranger, numéro qui s'affiche [[TELEPHONE:00212 661 48 27 90]], elle est au {{Maroc}} pour un décès et veut savoir si ses {{AF}} continuent. Mme [[PERSONNE:El Idrissi]], née le [[DATE_NAISSANCE:09/02/1999]] à {{Casablanca}}, sécu [[NIR:2 99 02 99 350 062 82]]. Réponse: oui si le séjour dure moins de {{3 mois}}.",
    ),
    (
        "caf",
        AT,
        "agent me dit qu'il a une « fiche réflexe » avec {{17 cas}} types. Il connaît par coeur les {{10}} premiers.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Nguyen Van Long]] au téléphone avec sa fille qui traduit ([[PERSONNE:Linh]]). Elle épelle le mail : « [[EMAIL:linh point nguyen quatre-vingt-douze arobase gmail point com]] ». L'agent répète {{3 fois}}. Prime de naissance pour le bébé attendu en {{juin}}.",
    ),
    (
        "caf",
        AT,
        "Un homme furieux, crie, l'agente [[PERSONNE:Myriam]] garde son calme, met le haut-parleur sur {{0}}. Il raccroche au bout de {{6 min}}. Elle : « celui-là il appelle tous les lundis ».",
    ),
    (
        "caf",
        AT,
        "appel {{Caf de la Drôme}} : dame de {{Valence}}, quartier {{Fontbarlettes}}, ne reçoit plus l'{{AAH}} complément. Dossier alloc [[N_ALLOCATAIRE:3379105]]. Son num [[TELEPHONE:06-12-87-40-55]]. Son fils [[PERSONNE:Lucas]] a fait la démarche sur {{Mon Compte}} avec l'adresse [[EMAIL:lucas.m.valence@laposte.net]], du coup les mails partent chez lui.",
    ),
    (
        "caf",
        AT,
        "{{15h}}, la file baisse enfin. {{4 appels}} en attente. [[PERSONNE:Thomas]] et [[PERSONNE:Myriam]] prennent leur pause café, {{10 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile avec [[PERSONNE:Frédéric Chaix]], contrôleur assermenté. Famille [[PERSONNE:Ouedraogo]], [[ADRESSE:14 rue Paul Bert, 69003 Lyon]], {{3e étage}} sans ascenseur. Déclarée isolée. Dans l'entrée, {{2 paires}} de chaussures d'homme. Mme [[PERSONNE:Ouedraogo]] : c'est à son frère [[PERSONNE:Issa]] qui passe le dimanche. Le contrôleur note, ne conclut rien sur place.",
    ),
    (
        "caf",
        CSP,
        "Sur la route entre deux contrôles ({{Bourg-en-Bresse}} → {{Oyonnax}}), {{45 min}} de voiture. Le contrôleur fait {{4 visites}} par jour max. Il me dit que {{30 %}} des contrôles débouchent sur un rappel en faveur de l'allocataire, pas un indu.",
    ),
    (
        "caf",
        CSP,
        "Visite chez M. [[PERSONNE:Bouchareb]], [[ADRESSE:3 impasse des Tilleuls 01000 Bourg-en-Bresse]]. Contrôle ressources. Il sort les relevés, le contrôleur recopie l'IBAN : [[IBAN:FR76 1390 6000 1870 9273 5538 511]]. Voiture devant, immat [[IMMATRICULATION:FG-482-LK]], il dit que c'est celle de son cousin. Carte grise demandée, au nom de [[PERSONNE:Samir Bouchareb]]… donc à lui.",
    ),
    (
        "caf",
        CSP,
        "Annecy, {{quartier Novel}}. Contrôle d'une résidence alternée. Mme [[PERSONNE:Favre-Bulle]] montre le jugement : RG [[IDENTIFIANT:23/01877]], {{TJ d'Annecy}}. Les enfants ([[PERSONNE:Jade]] {{9 ans}}, [[PERSONNE:Noé]] {{6 ans}}) sont une semaine sur deux. Le père habite {{Seynod}}. Tout colle.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur ([[PERSONNE:Frédéric]]) a une tablette, il remplit le rapport en direct, {{19 rubriques}}. Il tape vite, presque sans regarder.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Saint-Étienne}}, {{Tarentaize}}. Monsieur [[PERSONNE:Yılmaz]] vit en colocation. Bail à {{3 noms}} : lui, [[PERSONNE:Emre Kaya]] et [[PERSONNE:Tolga Demir]]. Loyer total {{690 €}}, sa part {{230 €}}. Contrôleur vérifie les comptes : virement mensuel de {{230 €}} vers [[IBAN:FR7616807000415479716517692]] (compte du bailleur privé, M. [[PERSONNE:Roux]]). Il donne aussi la plaque de sa voiture [[IMMATRICULATION:ez-317-qa]] car on lui demande son véhicule pour le parking de la résidence… le contrôleur dit que ça sert à rien.",
    ),
    (
        "caf",
        CSP,
        "Mme [[PERSONNE:Ramdani]] absente au {{1er}} passage, [[ADRESSE:19 rue Michelet, 42000 Saint-Étienne]]. Avis de passage laissé dans la boîte. {{2e}} passage prévu dans {{8 jours}}.",
    ),
    (
        "caf",
        CSP,
        "[[PERSONNE:Christelle]], contrôleuse à {{Chambéry}} depuis {{12 ans}}. On monte chez Mme [[PERSONNE:Bonnefoy]], [[ADRESSE:27 avenue de Lyon, 73000 Chambéry]], {{Bissy}}. Aménagement d'une pièce pour son fils handicapé. Elle nous montre la notification {{MDPH}} : n° [[IDENTIFIANT:MDPH73-2023-04512]], taux {{80 %}}. Thé offert, refusé poliment.",
    ),
    (
        "caf",
        CSP,
        "Appt vide ou presque. Matelas au sol. Mme dit qu'elle vient d'emménager, les meubles arrivent samedi. Le contrôleur prend {{3 photos}}, avec son accord.",
    ),
    (
        "caf",
        CSP,
        "Contrôle d'un auto-entrepreneur à {{Valence}}, [[PERSONNE:Mehdi Larbi]], VTC. SIRET perso [[IDENTIFIANT:848 213 907 00016]]. Chiffre d'affaires trimestriel {{6 420 €}}, déclaré {{3 100 €}}. Voiture garée en bas, plaque [[IMMATRICULATION:GB 514 HZ]]. Relevé {{Uber}} imprimé. Écart de {{3 320 €}}, le contrôleur explique la procédure contradictoire, {{15 jours}} pour répondre.",
    ),
    (
        "caf",
        CSP,
        "Grenoble, la {{Villeneuve}}, galerie de l'{{Arlequin}}. Le contrôleur me dit que beaucoup de gens refusent de répondre à l'interphone. Ici ça marche : M. [[PERSONNE:Haddad]] ouvre. Né le [[DATE_NAISSANCE:4 janvier 1979]], il sort sa carte vitale : [[NIR:1 79 01 69 383 442 51]] (né à {{Lyon}}, {{3e arrondissement}}). Il vit au [[ADRESSE:110 galerie de l'Arlequin, 38100 Grenoble]] depuis {{2011}}.",
    ),
    (
        "caf",
        CSP,
        "Retour au bureau {{16h20}}. Le contrôleur saisit ses {{3 rapports}}, {{1h}} de boulot admin pour {{2h30}} de terrain.",
    ),
    (
        "caf",
        CSP,
        "Famille [[PERSONNE:Mukendi]], [[ADRESSE:8 rue Jules Verne, Vaulx-en-Velin]]. {{5 enfants}}. Le contrôle porte sur la présence des enfants au foyer : le grand ([[PERSONNE:Christ-Vie]], né en [[DATE_NAISSANCE:2005]]) fait ses études à {{Kinshasa}}. Il ne doit plus être à charge. Mme [[PERSONNE:Mukendi]] ne savait pas. Le contrôleur calcule devant elle l'indu : {{environ 2 000 €}}.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur (M. [[PERSONNE:Dupuis-Garcin]]) vérifie aussi le compte bancaire belge de la dame (elle a vécu à {{Liège}}) : [[IBAN:BE28 0634 4185 2920]]. Solde {{112 €}}. Rien à signaler.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{Oyonnax}}, {{Plastics Vallée}}. M. [[PERSONNE:Abecassis]] et Mme [[PERSONNE:Lévy-Abecassis]], [[ADRESSE:26 rue Anatole France, 01100 Oyonnax]]. Le contrôleur sort la liste : alloc [[N_ALLOCATAIRE:2097715]], loyer {{612 €}}, APL {{247 €}}, {{2 enfants}}. Quittances de {{Dynacité}}, réf locataire [[IDENTIFIANT:DYN-01-448120]]. Le monsieur a travaillé {{6 mois}} en {{Allemagne}} : compte [[IBAN:DE29 6005 0101 7402 8519 36]]. Il donne son mail [[EMAIL:d.abecassis@sfr.fr]] et son portable en {{2}} fois : « [[TELEPHONE:06 31]] » puis, après avoir cherché, « [[TELEPHONE:58 47 20]] ».",
    ),
]
CPAM = [
    (
        "cpam",
        AP,
        "{{CPAM du Rhône}}, accueil {{Lyon 8e}}. {{8h45}}, déjà {{31 personnes}} dehors. Mme [[PERSONNE:Tran Thi Hoa]] vient pour sa carte Vitale perdue. Elle donne son n° : [[NIR:2 89 08 69 388 620 71]], née le [[DATE_NAISSANCE:21/08/1989]] à {{Lyon 8e}} justement. L'agent commande la nouvelle carte, délai {{3 semaines}}, attestation papier en attendant.",
    ),
    (
        "cpam",
        AP,
        "Borne multiservice en panne ({{écran noir}}). Une pancarte scotchée : « utilisez {{ameli.fr}} ou le {{3646}} ».",
    ),
    (
        "cpam",
        AP,
        "Monsieur âgé, accent corse, [[PERSONNE:Santoni]], {{77 ans}}. Né à {{Ajaccio}} en [[DATE_NAISSANCE:août 48]]. Sécu : [[NIR:1 48 08 2A 004 012 88]]. Il veut la {{C2S}}. Ressources : retraite {{1 080 €}}. L'agent [[PERSONNE:Julien]] fait la simulation : éligible à la {{C2S}} avec participation, {{30 €/mois}}. Il ne comprend pas pourquoi il faut payer.",
    ),
    (
        "cpam",
        AP,
        "Jeune homme, arrêt maladie non payé. Il montre l'avis d'arrêt : employeur {{Intermarché}} {{Roanne}}. Les IJ : {{38,71 €}}/jour, {{3 jours}} de carence. Il s'appelle [[PERSONNE:Dylan Perrin]]. Numéro sécu [[NIR:190042636208955]]. Né à {{Valence}}. L'attestation de salaire manque, c'est l'employeur qui doit l'envoyer via la {{DSN}}.",
    ),
    (
        "cpam",
        AP,
        "File d'attente mieux gérée qu'à la {{Caf}} : un agent « pré-accueil » ([[PERSONNE:Rachid]]) trie à l'entrée. {{60 %}} des gens repartent en {{moins de 5 min}} avec une réponse.",
    ),
    (
        "cpam",
        AP,
        "Femme enceinte {{7 mois}}, déclaration de grossesse pas enregistrée. Mme [[PERSONNE:Öztürk]] (née en [[DATE_NAISSANCE:1992]] en {{Turquie}}), n° [[NIR:2 92 11 99 208 044 94]]. Le {{Dr}} [[PERSONNE:Morel]] avait envoyé en ligne, pas reçu. L'agente refait l'envoi papier.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Cattin]] demande la {{CEAM}} pour partir en {{Italie}} le {{15 juillet}}. Délai {{2 semaines}}, ok. Il la commande sur {{ameli}} depuis son tel avec l'aide de l'agent, {{4 min}}.",
    ),
    (
        "cpam",
        AP,
        "{{Saint-Étienne}}, accueil {{Cpam de la Loire}}. Dame âgée avec son petit-fils. Elle : [[PERSONNE:Giraud Marcelle]]. Lui : [[PERSONNE:Kevin]]. Elle a reçu une facture de l'hôpital {{CHU de Saint-Étienne}} ({{hôpital Nord}}), facture n° [[IDENTIFIANT:HN-2024-0081345]], {{642 €}}. Forfait journalier + ticket modérateur car pas de mutuelle. Mutuelle résiliée en {{2023}}. L'agent parle de la {{C2S}}.",
    ),
    (
        "cpam",
        AP,
        "Affiche : « Mon espace santé ». Personne ne la regarde. Les chaises sont vissées au sol, {{rangées de 6}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Diakité]], {{49 ans}}, né au {{Mali}} le [[DATE_NAISSANCE:02/02/1971]]. NIR définitif : [[NIR:1 71 02 99 335 088 85]]. Avant il avait un NIA provisoire ([[IDENTIFIANT:7 71 02 99 335 021]], commence par 7). Il veut savoir si ses remboursements de {{2023}} sont perdus. L'agente ([[PERSONNE:Emilie]]) fusionne les deux dossiers, {{10 min}}.",
    ),
    (
        "cpam",
        AP,
        "rdv {{10h30}} avec [[PERSONNE:Ophélie]], conseillère {{PFIDASS}} (plateforme renoncement aux soins). Monsieur qui a besoin de lunettes depuis {{2 ans}}, devis {{Optic 2000}} {{389 €}}, reste à charge {{0 €}} avec le {{100 % santé}} s'il prend la gamme de base. Il ne savait pas.",
    ),
    (
        "cpam",
        AP,
        "Dame qui remet un RIB pour ses remboursements : [[IBAN:FR76 1810 6000 3834 5628 5050 022]]. Mutuelle {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:0045873312]]. L'agent ([[PERSONNE:Bastien]]) met à jour la télétransmission. Mme [[PERSONNE:Vial]], de {{Chambéry}}.",
    ),
    (
        "cpam",
        AP,
        "{{11h55}}: fermeture de l'accueil à {{12h}}, l'agent de sécurité fait sortir les {{8}} derniers. Ils reviendront à {{13h30}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Zielinski]] demande s'il peut avoir un médecin traitant, aucun ne prend de nouveaux patients à {{Bourg-en-Bresse}}. L'agente donne la liste de {{3 centres de santé}}, et le numéro de la {{CPTS}}. Lui : « j'ai appelé {{22 médecins}} ».",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Lambert]] (pas l'actrice ! dit-elle en riant) a eu un accident de vélo à {{Annecy}}, prise en charge par un tiers responsable. Elle a le constat, la plaque de la voiture : [[IMMATRICULATION:GE 318 442]], suisse. L'agent ouvre un dossier recours contre tiers, réf [[IDENTIFIANT:RCT-74-2024-00319]].",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. {{9h}}: ouverture de la plateforme, {{45 appels}} en attente direct. Agent [[PERSONNE:Sébastien]] décroche. Personne qui demande son numéro de sécu car elle l'a perdu. Il ne peut pas le donner par tel, seulement par courrier.",
    ),
    (
        "cpam",
        AT,
        "Appel d'un pharmacien de {{Grenoble}} ({{pharmacie du Drac}}) qui cherche les droits d'un patient. Patient : M. [[PERSONNE:Benmoussa]], NIR lu au tel : [[NIR:un, quatre-vingt-quatorze, zéro trois, trente-huit, cent cinquante et un, deux cent trois, douze]]. Droits ouverts jusqu'au {{31/12}}.",
    ),
    (
        "cpam",
        AT,
        "La dame n'arrive pas à se connecter à {{ameli}}, code reçu par SMS sur un ancien numéro [[TELEPHONE:06 70 19 82 44]]. Nouveau numéro : [[TELEPHONE:+33 7 52 08 31 66]]. Mme [[PERSONNE:Bouvier]]. L'agent change le numéro après {{3 questions}} de sécurité (date de naissance [[DATE_NAISSANCE:1955-01-23]], ville de naissance {{Clermont-Ferrand}}, dernier remboursement {{25 €}}).",
    ),
    (
        "cpam",
        AT,
        "Entre deux appels, l'agent me montre les {{motifs d'appel}} les plus fréquents : 1. IJ, 2. carte Vitale, 3. CSS. Il dit « CSS » au lieu de {{C2S}}.",
    ),
    (
        "cpam",
        AT,
        "monsieur qui appelle d'{{Algérie}} [[TELEPHONE:+213 5 51 73 28 04]], il était en {{France}} l'an dernier, soins à {{Lyon Sud}}, il veut le remboursement de {{3 boîtes}} de médicaments. L'agente lui demande son n° provisoire, il le lit : [[IDENTIFIANT:7 96 05 99 352 113]]. Elle note pour un rappel.",
    ),
    (
        "cpam",
        AT,
        "Appel {{14h07}}, durée {{18 min}}. Une femme qui conteste un refus d'arrêt de travail. Elle pleure. [[PERSONNE:Laurence]] (agente) la laisse parler {{6 min}} avant de poser une question.",
    ),
    (
        "cpam",
        AT,
        "« Vous pouvez me rappeler au [[TELEPHONE:04 77 . 32 . 18 . 09]] ou sur mon portable [[TELEPHONE:0664102738]] ». M. [[PERSONNE:Chapuis]], {{Saint-Chamond}}. Dossier maladie professionnelle, réf [[IDENTIFIANT:MP 42-23-118743]]. L'agent n'a pas la main sur ce dossier, transfert au service AT/MP, poste {{52 104}}.",
    ),
    (
        "cpam",
        AT,
        "Pas d'appel pendant {{4 minutes}}, rare. L'agent ([[PERSONNE:Sébastien]]) boit son café et me montre la photo de son chien {{Filou}}.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Fernandes]] appelle pour sa mère, [[PERSONNE:Maria da Conceição]], hospitalisée à l'{{hôpital Édouard Herriot}}, {{pavillon H}}, {{chambre 12}}. IPP de la mère : [[IDENTIFIANT:P00736541]]. Elle demande qui paie le transport en ambulance. Réponse : bon de transport du médecin.",
    ),
    (
        "cpam",
        AT,
        "{{3646}} encore. Appel d'une assurée de {{Valence}} : Mme [[PERSONNE:Bernard]] née le [[DATE_NAISSANCE:12/10/1978]] à {{Montélimar}}, NIR [[NIR:2 78 10 26 198 041 31]]. Elle veut sa pension d'invalidité, {{catégorie 2}}. Montant {{986,32 €}}. Versé le {{9}} de chaque mois.",
    ),
    (
        "cpam",
        AT,
        "L'agente tape très vite, elle a {{4 fenêtres}} ouvertes sur {{2 écrans}}. Elle dit qu'il y a {{11 logiciels}} différents.",
    ),
    (
        "cpam",
        AT,
        "Personne qui appelle pour un bébé né hier à la {{maternité}} de l'{{HFME}} (Bron). Rattachement aux deux parents : [[PERSONNE:Amine]] et [[PERSONNE:Sarah Belkacem]]. Bébé : [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:14 mai]]. Le père donne son numéro [[TELEPHONE:0033 6 29 41 87 50]] (il est en déplacement en {{Belgique}}).",
    ),
    (
        "cpam",
        AT,
        "un appel en {{anglais}}, étudiant erasmus, l'agent se débrouille. Pas de PII demandées, juste info CEAM.",
    ),
    (
        "cpam",
        AT,
        "Appel de M. [[PERSONNE:Papadopoulos]], kiné à {{Chambéry}}, il veut savoir pourquoi ses feuilles de soins sont rejetées. N° ADELI [[IDENTIFIANT:73 1 12345 6]]… l'agent lui dit que c'est le RPPS maintenant : [[IDENTIFIANT:10101876543]]. {{212 FSE}} rejetées depuis {{mars}}.",
    ),
    (
        "cpam",
        AT,
        "file d'attente {{3646}} : {{27 min}} à {{10h15}}. Le tableau de bord mural clignote en rouge.",
    ),
    (
        "cpam",
        CSP,
        "Visite avec une enquêtrice de la {{Cpam de l'Isère}}, [[PERSONNE:Marion Cattaneo]]. Vérification d'un arrêt de travail : assuré [[PERSONNE:Vasquez]], censé être à domicile, [[ADRESSE:5 rue des Alpes, 38400 Saint-Martin-d'Hères]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On passe à {{15h40}} : il est là, en pyjama.",
    ),
    (
        "cpam",
        CSP,
        "Trajet: {{1h10}} de route pour une visite de {{10 min}} chez M. [[PERSONNE:Granjon]], à {{Saint-Marcellin}}. Elle dit que c'est souvent comme ça.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'un transporteur sanitaire, {{ambulances}} « {{Taxis Berthet}} » à {{Aix-les-Bains}}. Le gérant, M. [[PERSONNE:Berthet]], montre les véhicules : [[IMMATRICULATION:DA-906-TR]], [[IMMATRICULATION:FK-271-MB]]. Un troisième, vieille plaque [[IMMATRICULATION:4271 XY 73]], n'est plus conventionné. SIRET de la société {{412 887 036 00029}}, ok.",
    ),
    (
        "cpam",
        CSP,
        "Visite domicile pour une prestation {{PCH}} ? non, c'est pour la {{CSS}}, vérif du foyer. Mme [[PERSONNE:Ben Youssef]], [[ADRESSE:42 bd des Etats-Unis 69008 Lyon]]. Né(e)s au foyer : elle ([[DATE_NAISSANCE:1984]]), ses filles [[PERSONNE:Lina]] et [[PERSONNE:Sofia]]. Tout conforme.",
    ),
    (
        "cpam",
        CSP,
        "Elle me dit : « on ne fait presque plus de visites, {{90 %}} du contrôle c'est sur pièces maintenant ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt de travail à {{Annecy}}. M. [[PERSONNE:Dunand]] absent hors heures de sortie. La voisine (Mme [[PERSONNE:Pochat]]) : « il est au ski ». L'enquêtrice note juste « absent à {{10h20}} ». Elle ne note jamais ce que disent les voisins.",
    ),
    (
        "cpam",
        CSP,
        "Maison à {{Crest}} (Drôme). Assurée [[PERSONNE:Chevalier]], [[PERSONNE:Annie]], invalidité. Elle montre ses relevés : pension versée sur [[IBAN:FR76 1660 7000 1824 0671 6790 087]]. Son fils vit avec elle, né le [[DATE_NAISSANCE:6 juin 2003]]… il a un scooter immatriculé [[IMMATRICULATION:EH 227 ZT]] dans la cour. Rien d'anormal.",
    ),
    (
        "cpam",
        CSP,
        "Pendant le trajet l'enquêtrice me parle de l'{{article L. 323-6}} du code de la sécu, elle le cite par coeur, et du {{décret n° 2021-1412}}.",
    ),
    (
        "cpam",
        CSP,
        "Fausse adresse : le {{15 rue}} n'existe pas, la rue s'arrête au {{13}}. On frappe quand même au {{13}}, un monsieur dit n'avoir jamais entendu parler de l'assuré, M. [[PERSONNE:Beaufils]].",
    ),
    (
        "cpam",
        CSP,
        "Visite à {{Rillieux-la-Pape}}, {{Ville Nouvelle}}. Mme [[PERSONNE:Hovhannisyan]], d'origine arménienne, arrêt depuis {{8 mois}}. Elle montre un récépissé de titre de séjour n° [[IDENTIFIANT:6904417820]]. Tél de sa fille interprète : [[TELEPHONE:06 89 11 47 20]]. Fille : [[PERSONNE:Anahit]].",
    ),
    (
        "cpam",
        CSP,
        "l'enquêtrice ([[PERSONNE:Marion]]) remplit le PV en {{3 exemplaires}}.",
    ),
    (
        "cpam",
        CSP,
        "{{Villeurbanne}}, contrôle d'un infirmier libéral. [[PERSONNE:Hugo Mermet]]. Il a facturé {{14 passages}} par jour chez une même patiente, Mme [[PERSONNE:Rossi]]. Elle habite [[ADRESSE:9 rue Francis de Pressensé, 69100 Villeurbanne]]. Elle confirme {{3}} passages seulement. L'enquêtrice reste très neutre.",
    ),
    (
        "cpam",
        CSP,
        "Pique-nique rapide dans la voiture, parking {{Leclerc}}. {{13h-13h30}}.",
    ),
    (
        "cpam",
        CSP,
        "Mme [[PERSONNE:Traoré Awa]], [[ADRESSE:18 rue Octavie, Villeurbanne]], résidence {{Les Buers}} bât. C. Contrôle de résidence pour la {{C2S}}. Elle a un passeport malien n° [[IDENTIFIANT:AA0451983]] et une attestation d'hébergement. Téléphone donné pour le suivi : [[TELEPHONE:07 58 63 29 14]].",
    ),
    (
        "cpam",
        CSP,
        "Visite {{Givors}}. Mme [[PERSONNE:Hamdi]] ([[PERSONNE:Nour]]), née le [[DATE_NAISSANCE:18/07/1995]] à {{Oran}}, NIR [[NIR:295079935203138]]. Elle est en ALD, transports remboursés à {{65 %}}. L'enquêtrice vérifie les bons : {{Taxi Rhodanien}}, véhicule [[IMMATRICULATION:GK-248-NM]], {{14 trajets}} vers {{Lyon Sud}}, {{58,40 €}} l'aller. Remboursements sur [[IBAN:FR7630004008221651930232788]]. Mail pour la suite : [[EMAIL:nour.hamdi95@yahoo.fr]].",
    ),
]
CCAS = [
    (
        "ccas",
        AP,
        "{{CCAS de Grenoble}}, accueil rue {{Saint-Laurent}}?? non, c'est l'antenne {{Mistral}}. {{10h05}}. Mme [[PERSONNE:Abdallah]] demande une aide pour sa facture d'électricité : {{EDF}}, réf client [[IDENTIFIANT:6001 487 322 17]], montant {{487,19 €}}. L'agente ([[PERSONNE:Coralie]]) monte un dossier {{FSL}} énergie. Mme donne son tel [[TELEPHONE:06 41 93 20 58]].",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente minuscule, {{4 chaises}}. Un panneau « {{aide alimentaire}} : mardi et jeudi {{14h-16h}} ». Une plante verte en plastique.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : un monsieur sans domicile vient chercher son courrier. Il donne son nom, [[PERSONNE:Wojciech Nowak]], l'agent sort une enveloppe de la {{Préfecture}}. Il n'ose pas l'ouvrir devant nous. Son adresse de domiciliation : {{CCAS de Saint-Étienne}}, {{BP 503}}, {{42007 Saint-Étienne cedex 1}}.",
    ),
    (
        "ccas",
        AP,
        "Dame âgée (née le [[DATE_NAISSANCE:15/01/1940]]), veuve, {{Roanne}}. Elle vient pour l'{{APA}}. Elle a tout noté dans un carnet : n° sécu [[NIR:2 40 01 42 187 019 20]], caisse de retraite {{Carsat Rhône-Alpes}}, n° de retraite [[IDENTIFIANT:0421 5587 19]], le tel de son fils [[TELEPHONE:06 07 38 14 62]], tel de sa fille à {{Montréal}} [[TELEPHONE:+1 514 829 4471]].",
    ),
    (
        "ccas",
        AP,
        "Un jeune ({{19 ans}}) vient pour un bon alimentaire. On lui donne {{30 €}} en chèques {{Restos}}? non, en bons pour l'épicerie sociale « {{L'Épi Stéphanois}} ». Pas de nom noté.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Lucie]], travailleuse sociale, reçoit M. et Mme [[PERSONNE:Sahraoui]]. Loyer impayé {{3 mois}}, bailleur {{Lyon Métropole Habitat}}, réf locataire [[IDENTIFIANT:LMH-0187442]]. Dette {{1 812,60 €}}. Ils habitent [[ADRESSE:23 avenue Paul Santy, 69008 Lyon]], à {{Mermoz}}. Plan d'apurement à {{50 €}} par mois.",
    ),
    (
        "ccas",
        AP,
        "Chambéry. Le CCAS partage ses locaux avec la {{Maison des Solidarités}}. {{2 agents}} à l'accueil, un qui répond au tel non-stop.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Ba]] (juste « [[PERSONNE:Ba]] », deux lettres, l'agente a dû vérifier {{2 fois}}) vient pour une aide au permis. Il a une promesse d'embauche chez {{Transdev}}. Le CCAS finance {{400 €}} sur {{1 500 €}}. Son ID {{France Travail}} : [[ID_FRANCE_TRAVAIL:4187263M]].",
    ),
    (
        "ccas",
        AP,
        "ambiance: une maman allaite dans un coin, deux ados jouent sur un tel, une dame parle toute seule en {{italien}}.",
    ),
    (
        "ccas",
        AP,
        "Mme [[PERSONNE:Pham]], [[ADRESSE:4 allée des Mésanges, 26000 Valence]], aide pour les frais d'obsèques de son mari ([[PERSONNE:Pham Van Duc]], décédé le {{2 mars}}). Facture des pompes funèbres « {{PFG Valence}} » : {{3 960 €}}. Le CCAS peut aider à hauteur de {{800 €}}. Elle donne son RIB : [[IBAN:FR76 1009 6185 2100 2193 6121 414]].",
    ),
    (
        "ccas",
        AP,
        "{{11h}}: {{6 personnes}} reçues depuis {{9h}}. Moyenne {{20 min}}. [[PERSONNE:Lucie]] en a vu {{4}} à elle seule.",
    ),
    (
        "ccas",
        AP,
        "Un monsieur (« appelez-moi [[PERSONNE:Jojo]] ») vient tous les jours, dit l'agent, juste pour discuter. Aujourd'hui il parle de l'{{OL}} et du match contre {{Marseille}}. Il connait tout de {{Lacazette}}.",
    ),
    (
        "ccas",
        AP,
        "Demande de logement d'urgence. Mme [[PERSONNE:Kabongo]], {{2 enfants}}. N° unique de demande de logement social : [[IDENTIFIANT:069 12 23 04587 1]]. Déposée en {{2021}}. {{4 ans}} d'attente. L'agent: « c'est normal dans la {{Métropole}} ».",
    ),
    (
        "ccas",
        AP,
        "Aide aux vacances : la famille [[PERSONNE:Oukacha]] veut partir {{1 semaine}} en {{Ardèche}}. Le CCAS a un partenariat avec {{VVF}} à {{Vallon-Pont-d'Arc}}.",
    ),
    (
        "ccas",
        AP,
        "Dossier d'aide facultative, la grille : quotient familial < {{550 €}}. Mme [[PERSONNE:Giordano]] a {{562 €}}. Refus. L'agente [[PERSONNE:Valérie]] est embêtée, cherche une autre aide : la {{Croix-Rouge}} de {{Villeurbanne}}.",
    ),
    (
        "ccas",
        AT,
        "Standard {{CCAS de Lyon}} ? Non, ici c'est {{CCAS d'Annecy}}. {{1er appel}}: une dame qui appelle pour son voisin, M. [[PERSONNE:Mollard]], {{91 ans}}, qui ne sort plus. Elle donne l'adresse : [[ADRESSE:12 chemin des Fins, 74000 Annecy]] et son propre numéro [[TELEPHONE:06.22.18.47.93]]. Signalement transmis au service {{personnes âgées}}.",
    ),
    (
        "ccas",
        AT,
        "Le téléphone sonne en continu. {{17 appels}} en {{1 h}}. La plupart : horaires, rdv, « c'est où ? ».",
    ),
    (
        "ccas",
        AT,
        "Appel de M. [[PERSONNE:Ndiaye]] ([[PERSONNE:Cheikh]]), il demande où en est sa demande d'aide. Dossier n° [[IDENTIFIANT:AF-2024-1187]]. L'agent ([[PERSONNE:Mathieu]]) voit que la commission se réunit le {{jeudi 14}}. Il rappellera. Portable : [[TELEPHONE:+33 (0)6 51 27 83 40]].",
    ),
    (
        "ccas",
        AT,
        "Message sur le répondeur, écouté à {{9h}}: « oui bonjour c'est madame [[PERSONNE:Guichard]] je vous rappelle au [[TELEPHONE:04 78 . 85 . 61 . 02]] voilà merci au revoir ». {{12 messages}} de ce genre chaque matin.",
    ),
    (
        "ccas",
        AT,
        "Appel {{CCAS de Vénissieux}}: la personne demande les horaires de la {{banque alimentaire}}. Réponse simple, {{30 s}}.",
    ),
    (
        "ccas",
        AT,
        "Une femme donne son numéro en plusieurs fois, elle le lit sur un papier : « [[TELEPHONE:07 69]]… attendez… [[TELEPHONE:42 18 05]] ». L'agente attend. Mme [[PERSONNE:Slimani]], domiciliée au CCAS de {{Saint-Fons}}.",
    ),
    (
        "ccas",
        AT,
        "Appel d'un bailleur ({{Alpes Isère Habitat}}) pour une locataire en impayés : Mme [[PERSONNE:Caillat]], [[ADRESSE:31 rue Anatole France, 38100 Grenoble]]. Montant {{2 450 €}}. Réf bail [[IDENTIFIANT:AIH-38-552019]]. La conseillère refuse de donner des infos sur la situation de la dame, secret pro.",
    ),
    (
        "ccas",
        AT,
        "L'agente me dit qu'elle reconnait les voix des « habitués ». Elle en a une dizaine. « Le lundi c'est Monsieur [[PERSONNE:Bertrand]] ».",
    ),
    (
        "ccas",
        AT,
        "Un fils appelle pour sa mère (Mme [[PERSONNE:Achour]], née le [[DATE_NAISSANCE:1er avril 1946]]), il veut un portage de repas. Tarif {{6,80 €}} le repas selon ressources. Il donne son mail: [[EMAIL:k.achour69 [at] free.fr]].",
    ),
    (
        "ccas",
        AT,
        "Journée « canicule » : le CCAS appelle lui-même les {{340 personnes}} inscrites sur le registre. L'agente en a {{45}} à faire aujourd'hui. {{1er}}: pas de réponse. {{2e}}: Mme [[PERSONNE:Berger]], qui va bien.",
    ),
    (
        "ccas",
        AT,
        "Appel canicule, registre. M. [[PERSONNE:Rousset Henri]], {{88 ans}}, tel fixe [[TELEPHONE:04 74 22 16 83]]. Ne répond pas. Rappel sur le portable de sa nièce [[TELEPHONE:06 14 59 30 27]] (Mme [[PERSONNE:Cordier]]). Elle passe le voir ce soir.",
    ),
    (
        "ccas",
        AT,
        "Une dame d'origine comorienne, Mme [[PERSONNE:Saïd Mchangama]], appelle avec le numéro de sa voisine, [[TELEPHONE:0769-21-43-85]]. Elle ne sait pas lire. Elle veut un rdv pour la domiciliation.",
    ),
    (
        "ccas",
        AT,
        "Répondeur plein. L'agente efface les messages de la semaine dernière après les avoir notés dans le cahier (cahier rouge, {{page 47}}).",
    ),
    (
        "ccas",
        AT,
        "« allo c'est [[PERSONNE:Ginette]] » — la dame ne donne jamais son nom de famille. L'agente sait que c'est [[PERSONNE:Ginette Perret]], {{rue de la Paix}}, {{Bourg}}.",
    ),
    (
        "ccas",
        AT,
        "{{16h45}}, dernier appel, l'agente ([[PERSONNE:Nadège]]) met le transfert vers le {{115}} après {{17h}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Sophie Bret]], CESF au {{CCAS de Saint-Étienne}}. Chez M. [[PERSONNE:Mahamat]], [[ADRESSE:6 rue Balay, 42000 Saint-Étienne]]. Évaluation pour aide au relogement : logement insalubre, humidité, moisissures. Elle prend des photos, note la surface : {{18 m²}} pour {{3 personnes}}.",
    ),
    (
        "ccas",
        CSP,
        "Dans la voiture de service (une {{Zoé}} blanche), [[PERSONNE:Sophie]] m'explique les {{3 types}} de visites : évaluation, suivi, urgence.",
    ),
    (
        "ccas",
        CSP,
        "Visite chez une dame âgée très isolée, Mme [[PERSONNE:Chappaz]], [[ADRESSE:hameau des Granges, 73490 La Ravoire]]. Elle n'a plus de tel fixe. Son chat s'appelle {{Caramel}}. Elle nous montre sa carte vitale et son attestation {{APA}}, n° de dossier départemental [[IDENTIFIANT:APA-73-0094581]].",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : M. [[PERSONNE:Jourdan]] hospitalisé hier soir à l'{{hôpital de Chambéry}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{quartier de la Duchère}}, {{Lyon 9e}}. Famille [[PERSONNE:Benali]], {{6 personnes}} dans un T3 au [[ADRESSE:108 avenue du Plateau, 69009 Lyon]]. Le père ([[PERSONNE:Mourad]]) montre son dossier {{DALO}}, recours n° [[IDENTIFIANT:DALO-69-2023-11742]]. Il a reçu un courrier de la commission qui lui donne {{6 mois}}.",
    ),
    (
        "ccas",
        CSP,
        "Elle fait {{2}} visites l'après-midi, jamais plus, pour « avoir le temps d'écouter ».",
    ),
    (
        "ccas",
        CSP,
        "Visite {{Valence}} : Mme [[PERSONNE:Marchetti]] ({{71 ans}}), [[ADRESSE:2 place Championnet, 26000 Valence]], demande l'aide ménagère. Elle montre son relevé de pension {{CNAV}} + {{Agirc-Arrco}}, total {{1 214 €}}. Son numéro sécu est sur le relevé : [[NIR:2 66 03 2B 033 077 11]]… je ne comprends pas, elle a {{71 ans}} ? L'agente m'explique que c'est le n° de sa fille, [[PERSONNE:Paola]], qui gère ses papiers, née à {{Bastia}} en [[DATE_NAISSANCE:mars 1966]].",
    ),
    (
        "ccas",
        CSP,
        "Visite à {{Annemasse}}, un monsieur vit dans son camion. Aire d'accueil : [[ADRESSE:aire des Érables, emplacement 14]]. Plaque du camion : [[IMMATRICULATION:BN-742-PF]]. M. [[PERSONNE:Reinhardt]], [[PERSONNE:Django]] de son prénom (« comme le guitariste »).",
    ),
    (
        "ccas",
        CSP,
        "Pas de visite ce matin finalement, l'agente a dû remplacer une collègue à l'accueil.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{Vaulx-en-Velin}}, {{Mas du Taureau}}. M. [[PERSONNE:Chérif]], [[ADRESSE:3 allée Gustave Eiffel, 69120 Vaulx-en-Velin]], {{8e étage}}, ascenseur en panne depuis {{3 semaines}}. Il est en fauteuil. L'agente appelle le bailleur depuis le palier, réf de la réclamation [[IDENTIFIANT:R-2024-55831]].",
    ),
    (
        "ccas",
        CSP,
        "On croise le gardien dans l'entrée, il connaît tout le monde. Il nous dit bonjour en nous appelant « les dames du CCAS » (je suis un homme 😅).",
    ),
    (
        "ccas",
        CSP,
        "Visite évaluation chez Mme [[PERSONNE:Leclercq]], [[ADRESSE:17 bis rue Denfert-Rochereau 42300 Roanne]]. Elle montre un courrier d'huissier : dossier n° [[IDENTIFIANT:2024/0847-HJ]]. Dette {{EDF}} + {{Veolia}}. Ses {{deux fils}}, [[PERSONNE:Enzo]] et [[PERSONNE:Théo]], sont en garde alternée. Elle donne le numéro du père : [[TELEPHONE:06 33 71 50 84]].",
    ),
    (
        "ccas",
        CSP,
        "Sortie de visite, l'agente remplit sa fiche sur le capot de la voiture. Durée : {{55 min}}.",
    ),
    (
        "ccas",
        CSP,
        "Chez M. [[PERSONNE:Kaya]], [[ADRESSE:54 cours Jean Jaurès, 38000 Grenoble]]. Plusieurs boîtes aux lettres au même numéro. La sienne porte « [[PERSONNE:KAYA]] / [[PERSONNE:YILDIZ]] ». Mme [[PERSONNE:Yıldız]] est sa compagne.",
    ),
    (
        "ccas",
        CSP,
        "Visite {{Vienne}} (38), quartier {{Estressin}}. M. [[PERSONNE:Rakotoarisoa]], [[ADRESSE:4 montée Bon Accueil, 38200 Vienne]]. Aide pour la cantine : {{3,20 €}} le repas, {{2 enfants}}, {{144 jours}}. Il montre son avis d'imposition, n° fiscal [[IDENTIFIANT:30 12 487 905 118]], revenu fiscal de référence {{14 820 €}}. RIB : [[IBAN:FR76 1450 5000 0179 8300 1681 783]]. L'agente ([[PERSONNE:Sophie Bret]]) note aussi le mail du fils, [[EMAIL:tiana.rakoto@outlook.fr]].",
    ),
]
CHRS = [
    (
        "chrs",
        AP,
        "CHRS {{Le Relais}}, {{Lyon 7e}}. Accueil de jour. {{9h}} : {{22 personnes}} au petit déj. L'éducateur [[PERSONNE:Karim]] connaît tout le monde par son prénom.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission. M. [[PERSONNE:Ahmadi]], afghan, {{27 ans}}, né le [[DATE_NAISSANCE:01/01/1998]] (date « administrative », dit l'éduc). Récépissé de demande d'asile n° [[IDENTIFIANT:6912345678]]. Orientation {{SIAO}} réf [[IDENTIFIANT:SIAO69-24-07731]]. Chambre {{14}}, lit {{2}}. Il a un numéro afghan [[TELEPHONE:+93 70 412 8836]] et un numéro français [[TELEPHONE:07 53 18 92 46]].",
    ),
    (
        "chrs",
        AP,
        "Les règles sont affichées en {{8 langues}}. Couvre-feu {{23h}}. Pas d'alcool. Pas d'animaux, sauf dérogation (un chien, {{Rocky}}, est toléré dans la cour).",
    ),
    (
        "chrs",
        AP,
        "Mme [[PERSONNE:Lopes]] et ses {{3 enfants}} arrivent du {{115}} à {{10h20}}. Elle a fui son conjoint. Plainte déposée au commissariat de {{Villeurbanne}}, PV n° [[IDENTIFIANT:2024/008713]]. L'éducatrice [[PERSONNE:Amandine]] lui dit qu'elle peut appeler le {{3919}} quand elle veut. Enfants : [[PERSONNE:Léa]] ([[DATE_NAISSANCE:2015]]), [[PERSONNE:Tiago]] ([[DATE_NAISSANCE:2018]]), [[PERSONNE:Inès]] ([[DATE_NAISSANCE:2021]]).",
    ),
    (
        "chrs",
        AP,
        "Bureau des éducs : un tableau blanc avec les {{38 places}}, {{36}} occupées. Les noms sont effacés quand j'entre, juste les numéros de chambre visibles.",
    ),
    (
        "chrs",
        AP,
        "{{Grenoble}}, CHRS {{Point d'Eau}}. M. [[PERSONNE:Lefèvre]] (« [[PERSONNE:Le Chti]] » pour tout le monde) récupère ses médicaments au bureau. Il a une carte {{AME}}, n° [[IDENTIFIANT:38 0 1983 045 224]]. Il rigole avec [[PERSONNE:Yacine]], le veilleur.",
    ),
    (
        "chrs",
        AP,
        "Repas de midi : {{45 couverts}}, menu {{lentilles}}-saucisse, option sans porc. [[PERSONNE:Marie-Thérèse]], bénévole de {{Habitat et Humanisme}}, sert.",
    ),
    (
        "chrs",
        AP,
        "Démarches pour ouvrir un compte : M. [[PERSONNE:Sow]], {{Saint-Étienne}}, hébergé au CHRS {{Renaître}}. Il a un {{compte Nickel}} ouvert chez le buraliste : [[IBAN:FR76 1731 5000 0145 3331 4789 347]]… l'éduc dit qu'il faut le RIB complet pour la {{Caf}}. Son num alloc : [[N_ALLOCATAIRE:4410263]]. Tel : [[TELEPHONE:06 95 40 12 37]].",
    ),
    (
        "chrs",
        AP,
        "Un homme attend depuis {{7h}} devant la porte pour une place. Pas de place. L'éduc appelle le {{115}} pour lui ([[PERSONNE:Fabrice Lanoë]]). {{20 min}} d'attente au tel.",
    ),
    (
        "chrs",
        AP,
        "La cheffe de service, Mme [[PERSONNE:Vidal]], me montre le logiciel {{ProGdis}} : chaque hébergé a une fiche, avec n° {{SIAO}}, date d'entrée, {{PPI}} (projet). Exemple à l'écran : [[PERSONNE:DIALLO Mamadou]], né le [[DATE_NAISSANCE:12/09/1976]], entrée le {{03/05}}, n° {{SI-SIAO}} [[IDENTIFIANT:0042-2024-1187]]. NIR : [[NIR:1 76 09 99 341 019 35]] (né au {{Sénégal}}).",
    ),
    (
        "chrs",
        AP,
        "Une jeune femme ({{20 ans}}) sort de l'{{ASE}} et arrive ici. Elle n'a jamais eu de carte vitale à son nom. Elle s'appelle [[PERSONNE:Océane]], l'éducatrice [[PERSONNE:Nora Hamidi]] lui ouvre un compte {{ameli}} avec son mail [[EMAIL:oceane.t2005@hotmail.fr]].",
    ),
    (
        "chrs",
        AP,
        "Salle télé : {{TF1}}, le {{journal de 13h}}. {{5 hommes}} regardent sans parler.",
    ),
    (
        "chrs",
        AP,
        "Un hébergé a garé sa voiture, une vieille {{Clio}}, devant le CHRS : c'est là qu'il dormait avant. Plaque [[IMMATRICULATION:BR-118-VE]]. M. [[PERSONNE:Gonzalez]]. L'éduc l'aide à faire la cession à la casse ({{formulaire cerfa 15776*02}}).",
    ),
    (
        "chrs",
        AP,
        "Le chef de service dit : « ici c'est {{6 mois}} renouvelable, en vrai les gens restent {{2 ans}} ».",
    ),
    (
        "chrs",
        AP,
        "{{Chambéry}}, CHRS {{La Sasson}}. Entretien de sortie : M. [[PERSONNE:Chabert]] a obtenu un logement {{OPAC}}, [[ADRESSE:11 rue du Pré de l'Âne, 73000 Chambéry]]. Bail signé hier. Il donne son nouveau tel [[TELEPHONE:07.60.48.21.19]] et son IBAN pour le {{FSL}} : [[IBAN:FR7630066104717157994254249]].",
    ),
    (
        "chrs",
        AT,
        "{{115 du Rhône}}, {{Maison de la Veille Sociale}}. {{18h}}: ouverture des lignes. {{112 appels}} dans la première heure. {{6 écoutants}}. Coordinateur de soirée : [[PERSONNE:Julien Massot]].",
    ),
    (
        "chrs",
        AT,
        "Écoutant : [[PERSONNE:Florian]]. Appelante : Mme [[PERSONNE:Ivanova]], appelle d'un numéro ukrainien [[TELEPHONE:+380 67 318 2290]]. Avec {{2 enfants}}, elle est à la {{gare Part-Dieu}}. [[PERSONNE:Florian]] lui trouve une place à l'hôtel {{Ibis Budget}} {{Vénissieux}}, {{chambre 214}}, pour {{3 nuits}}.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un monsieur qui dort dans sa voiture à {{Bron}}, une {{Peugeot 206}} grise, plaque [[IMMATRICULATION:ak 390 gz]]. Il s'appelle [[PERSONNE:Patrick]], {{58 ans}}. Pas de place ce soir. L'écoutant lui donne l'adresse de l'accueil de jour pour demain.",
    ),
    (
        "chrs",
        AT,
        "« Il y a {{0 place}} homme seul ce soir » : l'écoutante le répète {{23 fois}} en {{1h30}}. Je compte.",
    ),
    (
        "chrs",
        AT,
        "Appel {{115 de l'Isère}}: une femme enceinte, [[PERSONNE:Aminata Camara]], {{8 mois}}, rue, {{Grenoble}} gare. Son numéro : [[TELEPHONE:zéro sept, cinquante-huit, soixante-dix, vingt-deux, quatorze]]. L'écoutante ([[PERSONNE:Julie]]) lance une mise à l'abri prioritaire, {{hôtel Campanile}}, chambre {{8}}.",
    ),
    (
        "chrs",
        AT,
        "Un habitué appelle chaque soir à {{18h02}}. L'écoutant le reconnait : « bonsoir [[PERSONNE:Roger]] ». Il lui demande s'il a mangé.",
    ),
    (
        "chrs",
        AT,
        "Appel d'une maraude de la {{Croix-Rouge}} (bénévole : [[PERSONNE:Benoît]]) qui signale un homme en hypothermie {{place Carnot}}. L'écoutant appelle le {{15}}. {{4 min}}.",
    ),
    (
        "chrs",
        AT,
        "La fiche d'appel à l'écran : nom, prénom, date de naissance, n° {{SI-SIAO}}, composition familiale, lieu. Pour M. [[PERSONNE:Bouzid]] : [[DATE_NAISSANCE:05/05/1986]], n° [[IDENTIFIANT:0069-2022-44870]], né à {{Villeurbanne}}, NIR [[NIR:1860569266510 13]]. {{47e}} appel de la soirée.",
    ),
    (
        "chrs",
        AT,
        "Pause de {{15 min}} pour les écoutants à {{20h}}. Les appels continuent à tomber sur {{2}} postes.",
    ),
    (
        "chrs",
        AT,
        "Une dame appelle pour un voisin de palier qui va être expulsé demain. Elle ne donne pas de nom. L'écoutant ne peut rien faire sans l'intéressé.",
    ),
    (
        "chrs",
        AT,
        "Appel d'un jeune de {{19 ans}}, [[PERSONNE:Killian]], mis dehors par sa mère à {{Roanne}}. Il appelle d'une cabine ?! Non, du tel d'un copain ([[TELEPHONE:06/84/27/39/15]]). Place trouvée au {{FJT}} de {{Roanne}} pour {{1 nuit}}.",
    ),
    (
        "chrs",
        AT,
        "Écoutante [[PERSONNE:Lola]] me montre le « cahier de nuit ». Le tableau des places : {{CHRS Rivet}} {{2}}, {{Foyer Notre-Dame des Sans-Abri}} {{0}}, {{hôtel Première Classe}} {{Bron}} {{4}}.",
    ),
    (
        "chrs",
        AT,
        "Appel en {{arabe}}, l'écoutant [[PERSONNE:Samir]] parle arabe. Famille [[PERSONNE:Benhamou]], {{5 personnes}}. Le père donne un numéro en morceaux : « [[TELEPHONE:06]] … [[TELEPHONE:77]] … [[TELEPHONE:31 08 54]] », la ligne coupe entre chaque.",
    ),
    (
        "chrs",
        AT,
        "{{22h}}: {{231 appels}} depuis {{18h}}, {{64}} décrochés. Taux de décroché {{28 %}}.",
    ),
    (
        "chrs",
        AT,
        "Appel de [[PERSONNE:Gaëtan Rey]], travailleur social à l'{{hôpital Édouard Herriot}}, pour une sortie d'hospitalisation : patient M. [[PERSONNE:Moreau]], IPP [[IDENTIFIANT:E2409871]]. Pas de domicile. Ligne directe de [[PERSONNE:Gaëtan]] : [[TELEPHONE:04 72 11 . 69 . 30]].",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en diffus ({{CHRS Alynea}}), {{Vénissieux}}. Mme [[PERSONNE:Zerrouki]] et sa fille vivent au [[ADRESSE:7 rue Gaston Monmousseau, 69200 Vénissieux]], {{appartement 31}}. L'éducatrice [[PERSONNE:Camille]] vérifie l'état, le compteur ({{Linky}}, {{4 218 kWh}}).",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un hébergé à l'{{hôtel Formule 1}} de {{Saint-Priest}}, {{chambre 107}}. M. [[PERSONNE:Petrosyan]], {{4 personnes}} dans {{9 m²}}. Micro-ondes sur la table de nuit.",
    ),
    (
        "chrs",
        CSP,
        "Tournée des appartements diffus : {{5 logements}} en {{3h}}. L'éduc ([[PERSONNE:Camille]]) a un trousseau de {{22 clés}}.",
    ),
    (
        "chrs",
        CSP,
        "Appart {{Saint-Étienne}}, {{quartier Beaubrun}}, [[ADRESSE:39 rue de la Vierge, 42000 Saint-Étienne]]. Famille [[PERSONNE:Mohamed]] ({{Comores}}). La mère, [[PERSONNE:Zalia]], montre le titre de séjour de son mari, n° [[IDENTIFIANT:4202187756]]. Leur fils [[PERSONNE:Nassim]] fait ses devoirs sur la table.",
    ),
    (
        "chrs",
        CSP,
        "Pas de problème dans le logement visité. L'éducatrice coche {{12 cases}} sur sa grille.",
    ),
    (
        "chrs",
        CSP,
        "Visite {{Valence}}, logement temporaire ALT. M. [[PERSONNE:Jacquet]] a un chien, {{Tyson}}, pas autorisé. Il dit : « Tyson c'est ma famille ». L'éduc ferme les yeux.",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un studio {{CHRS}} à {{Bourg-en-Bresse}}. Le locataire (sous-locataire en fait), M. [[PERSONNE:Nguyen]], [[ADRESSE:2 rue Lalande, Bourg-en-Bresse]]. Il a reçu une amende, plaque [[IMMATRICULATION:CX-560-DN]], avis n° [[IDENTIFIANT:2401 8853 1207]]… mais il n'a pas de voiture ! Usurpation de plaque probable. L'éduc l'aide à écrire à l'{{ANTAI}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite surprise (annoncée la veille quand même). Personne chez M. [[PERSONNE:Koné]]. Le voisin dit qu'il est « au travail chez {{Amazon}} à {{Saint-Quentin-Fallavier}} ». L'éduc sourit : bonne nouvelle.",
    ),
    (
        "chrs",
        CSP,
        "Visite {{Annecy}} : [[PERSONNE:Élodie]] et [[PERSONNE:Stéphane Girod]], CHRS en diffus, [[ADRESSE:15 avenue de Cran, 74000 Annecy]]. Elle travaille en {{Suisse}} depuis {{2 semaines}}, salaire en francs suisses versé sur [[IBAN:CH84 0483 5127 6490 3100 7]]. L'éduc ([[PERSONNE:Pauline]]) leur explique le calcul de la participation : {{15 %}} des ressources.",
    ),
    (
        "chrs",
        CSP,
        "{{3e étage}}, pas d'ascenseur, {{2 sacs}} de courses pour la famille. Le CHRS fournit aussi des tickets {{TCL}}.",
    ),
    (
        "chrs",
        CSP,
        "Appartement de {{Fontaine}} (38). La résidente Mme [[PERSONNE:Guerrero]] dit que son ex, [[PERSONNE:Rubén]], rôde en bas. Elle donne la plaque de sa voiture : [[IMMATRICULATION:1-KXP-274]] (belge). L'éducatrice note et conseille d'appeler le {{17}}.",
    ),
    (
        "chrs",
        CSP,
        "L'éducatrice refuse que je prenne des notes pendant la visite. Je note après, dans la voiture : tout s'est bien passé, la dame a offert des gâteaux.",
    ),
    (
        "chrs",
        CSP,
        "Visite à {{Roanne}}, M. [[PERSONNE:Benzema]] (« aucun lien avec le footballeur ! »), [[ADRESSE:20 rue Mulsant 42300 Roanne]]. Il montre son courrier {{France Travail}}, ID [[ID_FRANCE_TRAVAIL:5539817k]]. Rdv le {{12}} à {{9h30}} agence de {{Roanne}}.",
    ),
    (
        "chrs",
        CSP,
        "En repartant, l'éduc me dit : « sur {{40}} familles en diffus, {{3}} ont trouvé un logement pérenne cette année ».",
    ),
    (
        "chrs",
        CSP,
        "{{Pierre-Bénite}}. Visite chez [[PERSONNE:Olivier Charrier]], {{45 ans}}, ancien chauffeur routier. Dans sa cuisine, un {{olivier}} en pot (« forcément », il rigole). Il montre son permis, n° [[IDENTIFIANT:120869300412]].",
    ),
]
URGENCES = [
    (
        "urgences",
        AP,
        "Urgences {{CHU Grenoble Alpes}}, {{site Nord}}. {{14h}}. Salle d'attente : {{34 patients}}. Temps d'attente affiché : {{4h30}}. L'IAO ([[PERSONNE:Céline]]) trie, {{5 niveaux}} de gravité.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur arrive avec la main en sang (scie circulaire). Admission : [[PERSONNE:Mathis Blanc]], né le [[DATE_NAISSANCE:30/06/2003]], carte vitale [[NIR:1 03 06 69 259 327 27]] (né à {{Vénissieux}}). Box {{4}}. Son patron attend dehors, fourgon {{Bouygues}} plaque [[IMMATRICULATION:GH-619-XR]] sur la place ambulance 🙄.",
    ),
    (
        "urgences",
        AP,
        "L'agent d'accueil administratif m'explique: chaque patient reçoit un IPP (numéro unique) + un numéro de séjour. Exemple écran : IPP [[IDENTIFIANT:380512774]], séjour {{n° de venue}} [[IDENTIFIANT:2024-U-118347]]. Patiente Mme [[PERSONNE:Faure]].",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Rolland]], {{89 ans}}, sur un brancard dans le couloir depuis {{9h}} ce matin. Il est {{16h}}. Couloir {{B}}, brancard {{n°7}}.",
    ),
    (
        "urgences",
        AP,
        "Accueil {{hôpital Édouard Herriot}}, {{pavillon N}}. Un jeune homme sans papiers, douleur thoracique. Il donne un nom, [[PERSONNE:Moussa Keïta]], pas de date de naissance sûre (« [[DATE_NAISSANCE:2001]] ou [[DATE_NAISSANCE:2002]] »). Admission en anonyme X faute de mieux ? Non, ils créent une identité provisoire. Il n'a pas d'{{AME}}. {{PASS}} (permanence d'accès aux soins) prévenue.",
    ),
    (
        "urgences",
        AP,
        "Pédiatrie urgences {{HFME}}. Une maman avec bébé fiévreux, [[PERSONNE:Rayan]], {{8 mois}}. Elle donne le tel du papa, [[TELEPHONE:+44 7700 914 238]] (il travaille à {{Londres}}), et le sien [[TELEPHONE:06 26 50 83 17]].",
    ),
    (
        "urgences",
        AP,
        "Agent de sécurité à l'entrée : il filtre, {{1 accompagnant}} par patient. Une famille de {{6}} proteste. Ça dure {{10 min}}.",
    ),
    (
        "urgences",
        AP,
        "Admission d'un motard accidenté (arrivé avec le {{SMUR}}). Pas de papiers sur lui, juste sa moto : plaque [[IMMATRICULATION:EK-038-QW]]. La police identifie : [[PERSONNE:Anthony Giraudet]], né le [[DATE_NAISSANCE:17 octobre 1996]]. Sa mère arrive {{40 min}} plus tard.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Étienne}}, {{hôpital Nord}}. Un SDF connu du service (« c'est [[PERSONNE:Dédé]] »), l'infirmière l'appelle par son prénom. Il vient {{3 fois}} par semaine l'hiver.",
    ),
    (
        "urgences",
        AP,
        "{{21h}}: {{12 brancards}} dans le couloir. Box {{1}} à {{14}} pleins. Le cadre appelle le {{bed manager}}. {{0 lit}} en médecine.",
    ),
    (
        "urgences",
        AP,
        "L'agente d'admission, [[PERSONNE:Fatou]], complète le dossier d'une patiente qui a une mutuelle {{MGEN}}, elle tape d'abord le numéro de sécu dans la case adhérent, puis corrige : adhérent [[IDENTIFIANT:2290387114]]. Patiente : Mme [[PERSONNE:Picard]].",
    ),
    (
        "urgences",
        AP,
        "Deux policiers amènent un homme en garde à vue pour un certificat de compatibilité. Il reste menotté. Personne ne dit son nom devant moi.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CH Annecy Genevois}}. Patiente suisse, carte d'assurance {{LAMal}} n° [[IDENTIFIANT:80756 0123 4567 8901]]. Mme [[PERSONNE:Zürcher]]. L'agent ne sait pas comment facturer, il appelle la {{cellule frontaliers}}.",
    ),
    (
        "urgences",
        AP,
        "Le médecin de garde ({{Dr}} [[PERSONNE:Hassani]]) passe en courant. L'IAO : « il a fait {{26 h}} d'affilée ».",
    ),
    (
        "urgences",
        AP,
        "Une patiente donne son adresse pour le dossier : [[ADRESSE:5 bis chemin de la Croix, 26100 Romans-sur-Isère]]. Elle est venue de {{Romans}} à {{Valence}} en taxi, {{38 €}}. Mme [[PERSONNE:Dos Santos]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences {{CHU de Saint-Étienne}}. Une femme appelle pour savoir si son mari est là. « [[PERSONNE:Mazet]], [[PERSONNE:Jean-Claude]], né le [[DATE_NAISSANCE:22/11/1962]] ». L'agente vérifie : oui, box {{9}}. Elle ne peut rien dire de plus.",
    ),
    (
        "urgences",
        AT,
        "Appels de familles : {{1}} toutes les {{3 min}} environ. L'agente a une phrase type : « je ne peux pas donner d'information médicale par téléphone ».",
    ),
    (
        "urgences",
        AT,
        "Un médecin généraliste de {{Voiron}} ({{Dr}} [[PERSONNE:Lemaire]]) appelle pour adresser un patient, M. [[PERSONNE:Aubert]]. Il donne son portable pro [[TELEPHONE:06 80 41 27 59]] et son mail sécurisé [[EMAIL:f.lemaire@medecin.mssante.fr]].",
    ),
    (
        "urgences",
        AT,
        "Appel d'un fils en {{Algérie}} ([[TELEPHONE:00 213 661 20 47 83]]), sa mère a été hospitalisée à {{Lyon}}. Il ne parle pas bien français, l'agent passe en anglais puis en arabe avec une collègue ([[PERSONNE:Leïla]]). Mère : [[PERSONNE:Khedidja Bensalem]].",
    ),
    (
        "urgences",
        AT,
        "Le tel sonne sans arrêt entre {{19h}} et {{21h}}. {{2 agents}} ([[PERSONNE:Fatou]] et [[PERSONNE:Grégory]]) pour {{3 lignes}}.",
    ),
    (
        "urgences",
        AT,
        "Appel d'un {{EHPAD}} ({{EHPAD Korian Les Magnolias}}) : résidente transférée, Mme [[PERSONNE:Rivière]], {{94 ans}}. L'infirmière de l'EHPAD ([[PERSONNE:Sandra]]) donne le numéro de la fille: [[TELEPHONE:06.48.22.90.13]].",
    ),
    (
        "urgences",
        AT,
        "Une dame appelle pour savoir combien de temps d'attente. L'agent : « je ne peux pas vous dire, entre {{2h}} et {{6h}} ». Elle dit qu'elle ira chez {{SOS Médecins}}.",
    ),
    (
        "urgences",
        AT,
        "Appel de la gendarmerie de {{Bourgoin-Jallieu}} : accident, conducteur transporté, véhicule [[IMMATRICULATION:DV-775-KP]], conducteur [[PERSONNE:Yohan Marchand]]. Ils demandent s'il est arrivé. Oui, déchocage.",
    ),
    (
        "urgences",
        AT,
        "« Vous pouvez me rappeler au zéro six… » puis la ligne coupe. L'agente ne rappelle pas : numéro masqué.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} appelle les urgences pour prévenir d'une arrivée : {{SAMU 73}}, patient de {{Chambéry}}, AVC. Nom donné : [[PERSONNE:Pierre Dumas]]. {{Arrivée}} prévue {{15 min}}.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une mère de {{Grenoble}} pour son fils ({{17 ans}}) parti aux urgences seul. Fils: [[PERSONNE:Noah]]. Elle donne : « [[PERSONNE:Noah Lefort]], né le [[DATE_NAISSANCE:huit mars deux mille huit]] ». Elle laisse son numéro [[TELEPHONE:06 seize 44 trente 12]] (moitié chiffres moitié lettres sur la fiche de l'agent, je recopie).",
    ),
    (
        "urgences",
        AT,
        "L'agente reçoit un mail d'un patient qui veut son compte rendu: [[EMAIL:thierry.vachon73@orange.fr]]. Elle répond qu'il faut passer par le formulaire de demande de dossier médical ({{loi du 4 mars 2002}}).",
    ),
    (
        "urgences",
        AT,
        "Appel {{3h14}} (je suis restée tard) : un homme ivre qui veut parler. L'agent le garde {{4 min}} et raccroche gentiment.",
    ),
    (
        "urgences",
        AT,
        "Appel d'une assistante sociale de l'hôpital vers la {{Caf}} pour un patient : M. [[PERSONNE:Berrada]], alloc [[N_ALLOCATAIRE:6034182]], hospitalisé depuis {{45 jours}}. Elle donne la réf de sa prise en charge : dossier social [[IDENTIFIANT:DS-2024-7781]].",
    ),
    (
        "urgences",
        AT,
        "Un homme veut porter plainte contre l'hôpital, pour attente. On lui donne l'adresse de la {{commission des usagers}}.",
    ),
]

FRANCE_TRAVAIL = [
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Lyon Part-Dieu}}. {{9h}}. Un monsieur donne son identifiant au guichet : « [[ID_FRANCE_TRAVAIL:2864153Y]] ». Conseiller [[PERSONNE:Jérémy]]. Il vient pour une radiation : absence au rdv du {{4}}. Le monsieur était aux urgences ce jour-là, il a le bulletin.",
    ),
    (
        "france_travail",
        AP,
        "Écran de la borne : « Inscrivez-vous sur {{francetravail.fr}} ». {{3 ordinateurs}} en libre-service, {{1}} en panne.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Da Costa]], {{54 ans}}, licenciée de chez {{Michelin}}? non, de chez {{Casino}} à {{Saint-Étienne}}. ID [[ID_FRANCE_TRAVAIL:7102 948 H]]. ARE : {{1 284 €}}/mois. Elle veut une formation d'aide-soignante, {{10 mois}}. Offre de formation réf {{AFPR-2024-018}}. Elle donne son mail : [[EMAIL:isabel.dacosta42@gmail.com]].",
    ),
    (
        "france_travail",
        AP,
        "Un jeune ({{18 ans}}) veut s'inscrire. Il a sa carte d'identité : n° [[IDENTIFIANT:X4RTBPFW4]]. Il s'appelle [[PERSONNE:Ilyes Chaouch]], né le [[DATE_NAISSANCE:2007-02-19]]. Orienté vers la {{Mission locale}} de {{Vaulx-en-Velin}}. {{Contrat d'engagement jeune}}.",
    ),
    (
        "france_travail",
        AP,
        "Affichage dans l'agence : {{142 offres}} du jour sur l'écran. Exemple : offre n° {{178QKZM}}, cariste {{CACES 3}}, {{Corbas}}, {{12,50 €/h}}.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Tshibanda]] a été radié {{2 mois}}. Il ne comprend pas le courrier. La conseillère (Mme [[PERSONNE:Arnaud]]) lit : « en application de l'{{article L. 5412-1}} du code du travail ». Elle traduit en français simple. ID : [[ID_FRANCE_TRAVAIL:0413725 B]].",
    ),
    (
        "france_travail",
        AP,
        "Un cadre, M. [[PERSONNE:de La Rochette]], {{52 ans}}, arrive en costume, très poli. Il veut un rdv avec l'{{APEC}}. On lui explique que c'est une autre structure.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Sánchez]] vient déclarer un changement de RIB pour son ARE : [[IBAN:FR76 3000 3018 3076 5000 8683 444]]. Elle donne aussi son n° [[ID_FRANCE_TRAVAIL:3628419P]], et sa date de naissance [[DATE_NAISSANCE:06/06/1984]]. Le conseiller lui dit de le faire sur l'espace perso. {{Grenoble}}, agence {{Europole}}.",
    ),
    (
        "france_travail",
        AP,
        "{{Chambéry}}, agence {{Bissy}}. Conseillère [[PERSONNE:Anne-Sophie]], {{11 ans}} de maison. {{180 demandeurs}} en portefeuille. « Je les vois une fois par trimestre, au mieux ».",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV collectif, {{8 personnes}}. Modèle projeté : CV de « [[PERSONNE:Marie Exemple]] », [[ADRESSE:1 rue de la République, 69002 Lyon]], [[TELEPHONE:06 00 00 00 00]], [[EMAIL:marie.exemple@mail.fr]]. La conseillère dit de ne plus mettre sa photo ni sa date de naissance.",
    ),
    (
        "france_travail",
        AP,
        "Un saisonnier de {{Val Thorens}} s'inscrit pour l'intersaison. Il vit dans son van : [[IMMATRICULATION:FP-903-SJ]]. Pas d'adresse, domiciliation au {{CCAS de Moûtiers}}. M. [[PERSONNE:Bouchet]], ID [[ID_FRANCE_TRAVAIL:6620 487 W]].",
    ),
    (
        "france_travail",
        AP,
        "{{12h}} pile : le vigile ferme. {{4 personnes}} n'ont pas été reçues, rdv pris pour demain {{8h30}}.",
    ),
    (
        "france_travail",
        AP,
        "Bourg-en-Bresse. Mme [[PERSONNE:Kerroum]] apporte une attestation employeur papier ({{Bresse Emballages}}). Elle a deux numéros sur la feuille : son ID [[ID_FRANCE_TRAVAIL:1958302N]] et son n° de sécu [[NIR:2 81 04 43 157 096 19]] (née au {{Puy-en-Velay}} en [[DATE_NAISSANCE:avril 1981]]). Le conseiller scanne.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Jérémy]] (conseiller) : « la moitié des gens qui viennent, c'est pour un problème d'actualisation ». Actualisation entre le {{28}} et le {{15}}.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Lin Wei]], restaurateur à {{Lyon 7e}} en liquidation, auto-entrepreneur avant, SIRET perso [[IDENTIFIANT:791 445 208 00012]]. Jugement {{tribunal de commerce}} n° [[IDENTIFIANT:2024J00418]]. ID [[ID_FRANCE_TRAVAIL:8841076T]]. Il demande l'{{ATI}} ({{800 €}}/mois, {{6 mois}}).",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Appel de [[PERSONNE:Bilal]], il a perdu son identifiant. Le conseiller le retrouve avec nom + date de naissance : [[PERSONNE:Bilal Aït-Ouali]], [[DATE_NAISSANCE:31 décembre 1995]]. ID lu au tel : « [[ID_FRANCE_TRAVAIL:quatre, deux, zéro, sept, un, un, neuf, R comme Robert]] ».",
    ),
    (
        "france_travail",
        AT,
        "Attente moyenne au {{3949}} ce matin : {{7 min}}. « C'est calme », dit la conseillère. {{56 appels}} traités en {{2h}} par l'équipe de {{9}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'un employeur ({{Boulangerie Chevalier}} à {{Annecy}}) qui veut recruter. Le gérant, M. [[PERSONNE:Chevalier]], laisse son portable [[TELEPHONE:06 73 15 22 48]] et son mail [[EMAIL:contact.boulangerie.chevalier@orange.fr]]. Offre saisie : réf {{179BXHT}}, vendeur(se), {{35h}}, {{SMIC}}.",
    ),
    (
        "france_travail",
        AT,
        "Une dame appelle d'{{Espagne}}, elle rentre en {{France}}: portabilité de ses droits, formulaire {{U2}}. Numéro : [[TELEPHONE:+34 612 48 39 05]]. Mme [[PERSONNE:Ortiz-Morel]], ID [[ID_FRANCE_TRAVAIL:5107729 F]].",
    ),
    (
        "france_travail",
        AT,
        "Appel court : un monsieur demande si le {{3949}} est gratuit. Oui, depuis {{2019}}.",
    ),
    (
        "france_travail",
        AT,
        "Conseiller [[PERSONNE:Nicolas]] rappelle un demandeur pour son {{CEJ}}. Il compose [[TELEPHONE:07 81 09 64 33]], messagerie. Laisse un message. Deuxième essai au numéro de la mère ([[TELEPHONE:04.75.43.18.96]], {{Valence}}). Le jeune : [[PERSONNE:Ethan Morin]].",
    ),
    (
        "france_travail",
        AT,
        "« Je vous épelle : [[EMAIL:R-O-U-G-I-E-R tiret M arobase wanadoo point fr]] ». Mme [[PERSONNE:Rougier]] n'a pas reçu sa convocation. Le conseiller voit une faute dans l'adresse enregistrée.",
    ),
    (
        "france_travail",
        AT,
        "Appel de M. [[PERSONNE:Gauthier]], qui a eu un trop-perçu de {{2 317,80 €}}, il veut étaler. Le conseiller propose {{100 €}}/mois. Le monsieur : « ça fait {{23 mois}} ! ».",
    ),
    (
        "france_travail",
        AT,
        "L'appelant donne son ID [[ID_FRANCE_TRAVAIL:4492 031 L]] et son numéro de sécu pour vérif, il le lit vite : [[NIR:2 01 09 73 065 118 30]]… c'est celui de sa femme (née à {{Chambéry}} en [[DATE_NAISSANCE:2001]]). Le conseiller lui demande d'appeler avec elle. M. [[PERSONNE:Veyrat]].",
    ),
    (
        "france_travail",
        AT,
        "Réunion d'équipe {{13h30}} : les indicateurs. {{DDE}} (demandes d'emploi) : {{8 412}} sur le bassin. Taux de retour à l'emploi {{42 %}}.",
    ),
    (
        "france_travail",
        AT,
        "Demandeuse d'emploi en larmes, elle a été agressée sur son lieu de travail. La conseillère ([[PERSONNE:Hélène]]) l'oriente vers le {{3919}}? non, vers un psy de la plateforme. Mme [[PERSONNE:Dubois-Mbaye]].",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant : « c'est pour ma fille [[PERSONNE:Salomé]], elle a {{17 ans}}, elle peut s'inscrire ? » Non avant {{18 ans}}, sauf apprentissage. Voir {{Mission locale}}.",
    ),
    (
        "france_travail",
        AT,
        "Employeur de {{Roanne}} ({{Tissages Prost}}) qui demande une {{POEI}} pour un candidat, M. [[PERSONNE:Lacroix]], ID [[ID_FRANCE_TRAVAIL:9032118D]], joignable au [[TELEPHONE:0 6 5 1 2 2 4 8 7 0]]. Formation {{400 h}}, {{décret n° 2018-1338}}.",
    ),
    (
        "france_travail",
        AT,
        "Pas d'appel pendant {{2 min}}, le voyant passe au vert. Le conseiller soupire « ça va pas durer ».",
    ),
    (
        "france_travail",
        AT,
        "Un demandeur d'emploi appelle depuis le {{Portugal}}, il veut savoir si son indemnisation continue pendant ses vacances ({{35 jours}} max par an). Il donne son n° portugais [[TELEPHONE:00351 912 487 530]] et son IBAN portugais pour le versement : [[IBAN:PT50 0033 0000 4531 7820 1951 9]]. M. [[PERSONNE:Ferreira]], ID [[ID_FRANCE_TRAVAIL:3307661 J]].",
    ),
]

NOTES = CAF + CPAM + CCAS + CHRS + URGENCES + FRANCE_TRAVAIL

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep) with Python offsets, end exclusive."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build():
    notes = []
    for n, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{n:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes):
    """Split on ids and cells only (random.Random(145)); returns (dev_ids, holdout_ids)."""
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
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda x: x["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
