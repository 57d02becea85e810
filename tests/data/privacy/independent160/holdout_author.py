"""Independent evaluation corpus n° 160: 240 hand-written observation notes, labelled inline.

Marks inside a note: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep.
``python holdout_author.py`` strips the marks, computes the offsets (Python string indices,
end exclusive), gives the ids ind160-001 … ind160-240 in writing order, draws the dev / holdout
split and writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file (120 notes each).
``python holdout_author.py --counts`` also prints the tables used in the README.
Standard library only; deterministic.
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind160"
SEED = 160

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

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

# --- the notes, in writing order -------------------------------------------------------------

NOTES_1 = [
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[PERSONNE:Sandrine]] (contrôleuse {{Caf}} du {{Nord}}), arrivée {{9h10}} à {{Roubaix}}. Allocataire Mme [[PERSONNE:Benaïssa]], [[ADRESSE:47 rue de l'Alma, 59100 Roubaix]], T3 au 2e. Elle sort le bail, [[PERSONNE:Sandrine]] recopie : loyer {{512 €}} HC + {{68 €}} de charges, surface {{61 m2}}, bailleur {{Vilogia}}, réf locataire [[IDENTIFIANT:VLG-0318842]].",
    ),
    (
        CAF,
        CSP,
        "dossier alloc [[N_ALLOCATAIRE:3418275]] - on vérifie qui vit là. Sur la boite aux lettres 2 noms : [[PERSONNE:K. Wisniewski]] et [[PERSONNE:J. Lemaire]]. Madame dit que [[PERSONNE:Lemaire]] c'est « l'ancien locataire, jamais changé l'étiquette ». Controleur pas convaincu, il note.",
    ),
    (
        CAF,
        CSP,
        "Dans la cour : une {{Clio}} grise [[IMMATRICULATION:FG-482-LK]] et une {{Golf}} plaque belge [[IMMATRICULATION:1-KBT-372]]. Mr dit que la Golf c'est à son beau-frère qui vient de {{Mouscron}} le week-end. [[PERSONNE:Farid]] (le contrôleur) prend les {{2 plaques}} en photo.",
    ),
    (
        CAF,
        AP,
        "Accueil {{Caf}} {{Amiens}}, {{14h}}. File de {{11 personnes}}. Une dame demande juste une attestation de paiement pour la cantine. Borne en panne, l'agente lui imprime au {{guichet 3}}. Temps total : {{4 min}}.",
    ),
    (
        CPAM,
        CSP,
        "{{Cpam}} de la {{Moselle}}, contrôle à domicile {{IJ}} maladie. Assuré M. [[PERSONNE:Yilmaz Erkan]], NIR lu sur l'attestation : [[NIR:1 88 08 99 208 011 34]] (né en {{Turquie}}, [[DATE_NAISSANCE:août 1988]]). Arrêt depuis le {{12 février}}, sorties autorisées {{9h-11h}} et {{14h-16h}}. On passe à {{15h20}} : il est là, en jogging, très poli.",
    ),
    (
        CAF,
        CSP,
        "Quittances de loyer posées sur la table, j'en compte {{6}} (de {{janvier}} à {{juin}}). Toutes signées « [[PERSONNE:R. Vandenberghe]] », propriétaire privé qui habite à {{Tourcoing}}. Montant {{430 €}} chaque mois. Le contrôleur : « il vous fait des quittances à la main ? » - « oui il est vieux, il a pas internet ».",
    ),
    (
        CPAM,
        AT,
        "Plateforme {{3646}}, {{10h40}}. Un monsieur veut savoir où en est son rembt de lunettes. Conseillère : « votre numéro de sécu svp » - il le dicte : [[NIR:1 65 01 57 463 233 34]]. « Vous êtes bien né le [[DATE_NAISSANCE:14 janvier 1965]] ? » Oui. Dossier reçu, en attente de la facture de l'opticien {{Krys}}.",
    ),
    (
        CCAS,
        AP,
        "ccas {{Laon}}. Mme âgée ({{82 ans}}) vient pour le colis de noel. Pas sur la liste. L'agent appelle la collègue, ça prend {{20 min}}. Finalement inscrite. Elle repart avec un bon {{Auchan}} de {{30 €}}.",
    ),
    (
        CAF,
        CSP,
        "Avis d'imposition 2024 sorti du classeur. Revenu fiscal de référence {{14 382 €}}, {{2 parts}}. Numéro fiscal [[IDENTIFIANT:2 35 18 642 917 08]] et réf de l'avis [[IDENTIFIANT:24 59A 1837462 51]], le contrôleur recopie tout dans sa tablette. Les {{2 parts}} = madame + la petite [[PERSONNE:Inès]] ({{4 ans}}).",
    ),
    (
        CAF,
        CSP,
        "Fiches de paie de Monsieur chez {{Transports Delporte}} à {{Lesquin}} : matricule salarié [[IDENTIFIANT:004187]], net {{1 612,40 €}} en mars, {{1 598,75 €}} en avril. Siret de la boite {{412 387 905 00027}} (le contrôleur dit que ça il s'en fiche).",
    ),
    (
        URG,
        AP,
        "URGENCES {{CHU}} {{Reims}}. {{23h15}}. Salle d'attente pleine, {{38 patients}} au tableau. Une IOA me dit : « ce soir c'est calme ». 😳",
    ),
    (
        URG,
        AP,
        "Accueil urgences, admission. L'agente tape : [[PERSONNE:OUEDRAOGO Aminata]], née le [[DATE_NAISSANCE:03/11/1997]], tél [[TELEPHONE:07 68 21 44 90]]. Pas de carte vitale sur elle, juste la carte {{Harmonie Mutuelle}} avec n° adhérent [[IDENTIFIANT:HM 88104376]]. IPP créé : [[IDENTIFIANT:51009874]].",
    ),
    (
        CAF,
        CSP,
        "Relevés de compte {{Crédit Agricole}} (les 3 derniers mois). IBAN en haut : [[IBAN:FR76 1670 6050 1271 8345 0129 762]]. Virements réguliers de {{250 €}} d'un certain « M. [[PERSONNE:DIOP Ousmane]] » tous les {{5}} du mois. Madame : c'est mon frère, il m'aide.",
    ),
    (
        CHRS,
        AT,
        "Au {{115}} de la {{Marne}}, {{21h}}. {{14 appels}} en attente. Écoutante : « vous êtes où monsieur ? » - « gare de {{Reims}}, sous l'abri ». Pas de place ce soir, elle propose la maraude de la {{Croix-Rouge}}.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez [[PERSONNE:Christiane Hennebert]] ({{66 ans}}), pensionnée invalidité qui doit résider en {{France}}. Le contrôleur [[PERSONNE:Bruno]] demande les factures : {{EDF}} (réf client [[IDENTIFIANT:6012 448 390]]), eau, téléphone. Conso EDF quasi nulle de {{novembre}} à {{mars}}... elle dit qu'elle était chez sa fille à {{Charleroi}} « juste pour les fêtes ».",
    ),
    (
        FT,
        AP,
        "{{France Travail}} {{Lens}}, {{8h30}} ouverture. {{7}} personnes devant la porte. Le 1er : « j'ai un rdv à {{9h}} mais je viens tôt ». Conseiller : « asseyez-vous on vous appelle ».",
    ),
    (
        FT,
        AP,
        "Jeune homme, [[PERSONNE:Théo]], {{19 ans}}, vient s'inscrire. Identifiant donné par la borne : [[ID_FRANCE_TRAVAIL:5218493K]]. Il a pas de mail, la conseillère lui en crée un : [[EMAIL:theo.marechal02@gmail.com]]. Il trouve ça « trop long ».",
    ),
    (
        CAF,
        CSP,
        "Visite {{10h}}. La porte est ouverte par un homme qui n'est pas sur le dossier. Il dit s'appeler [[PERSONNE:Kévin]], « un pote de passage ». Brosse à dents x2 dans la salle de bain, chaussures {{taille 44}} dans l'entrée. La contrôleuse compte les chambres : {{3}}. Allocataire déclarée seule avec 1 enfant.",
    ),
    (
        CAF,
        AT,
        "Appel {{Caf}} : « je comprends pas pourquoi ma {{prime d'activité}} a baissé ». L'agent demande le n° allocataire : [[N_ALLOCATAIRE:0917364]]. Elle a déclaré des heures sup en {{décembre}}. Explication {{6 min}}, la dame raccroche pas contente.",
    ),
    (
        CPAM,
        CSP,
        "Titre de séjour de madame posé sur la table (carte pluriannuelle, valable jusqu'en {{2027}}). N° étranger [[IDENTIFIANT:5903481672]]. Nationalité {{algérienne}}, née à {{Oran}}. Le contrôleur vérifie que le NIR de l'attestation concorde : [[NIR:292069935202776]] ✔️",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile {{CCAS}} {{Saint-Quentin}} pour une demande d'aide facultative. M. [[PERSONNE:Gilbert Carpentier]], [[ADRESSE:8 impasse des Tilleuls]], {{71 ans}}, vit seul. Frigo presque vide. L'assistante sociale, [[PERSONNE:Laetitia]], propose l'épicerie sociale. Il refuse d'abord, « j'ai ma fierté ».",
    ),
    (
        URG,
        AT,
        "Standard des urgences de {{Valenciennes}}, une mère appelle pour savoir si son fils est arrivé. La secrétaire refuse de donner l'info au tel sans vérification. « Rappelez au {{03 27 14 33 33}} et demandez le cadre ». Je comprends pas trop la logique (c'est le même numéro).",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{RSA}}. Monsieur [[PERSONNE:Dos Santos]] montre les papiers de sa voiture : carte grise d'une {{Peugeot 308}}, plaque [[IMMATRICULATION:EK-913-RD]], au nom de sa compagne [[PERSONNE:Vanessa Lheureux]] domiciliée [[ADRESSE:22 rue Pasteur, 62300 Lens]]. Mais lui il habite ici à {{Liévin}}... c'est là que ça coince.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Le Relais}}, {{Metz}}. Entretien d'accueil. Monsieur sort d'hospitalisation, il a juste un sac. Référente : [[PERSONNE:Élodie Schmitt]]. Chambre {{12}}. Règlement lu à voix haute, il signe sans lire.",
    ),
    (
        CAF,
        CSP,
        "Bail meublé signé le {{1er septembre 2023}}, durée {{1 an}} reconductible. Loueur : {{SCI Les Hortensias}}, gérant [[PERSONNE:Patrick Vasseur]], tél [[TELEPHONE:06 71 45 02 83]]. Logement [[ADRESSE:3 bis rue Gambetta, 80000 Amiens]], surface déclarée {{28 m2}}, loyer {{395 €}} CC. Le contrôleur mesure lui-même au laser : {{24,6 m2}}.",
    ),
    (
        CPAM,
        AP,
        "Accueil {{CPAM}} {{Troyes}}. {{16 min}} d'attente. Dame qui veut sa carte vitale refaite, on lui dit de faire sur {{Ameli}}. Elle a pas d'ordi. L'agent fait avec elle sur la borne. Ça marche du 1er coup 👍",
    ),
    (
        CAF,
        CSP,
        "Liste des personnes présentes pendant le contrôle :\n- Mme [[PERSONNE:Nkemelu]] (allocataire)\n- ses 2 garçons [[PERSONNE:Chidi]] et [[PERSONNE:Emeka]]\n- une voisine, Mme [[PERSONNE:Ramos]] ??? → non en fait Mme [[PERSONNE:Ramos]] c la tante\nAbsent : le père, qui « travaille en {{Belgique}} ».",
    ),
    (
        CAF,
        CSP,
        "Pièce par pièce : séjour {{18 m2}}, chambre 1 {{11 m2}}, chambre 2 {{9 m2}}, cuisine {{7 m2}}. Total {{52 m2}} environ, le bail dit {{55}}. Pas grave selon le contrôleur.",
    ),
    (
        FT,
        AT,
        "Appel entrant {{3949}} redirigé vers l'agence. Monsieur donne son identifiant : « [[ID_FRANCE_TRAVAIL:632 0718 P]] ». Il veut décaler son rdv du {{jeudi}}, il a un entretien d'embauche chez {{Arcelor}} à {{Florange}}. Conseillère ravie.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle {{CSS}} (complémentaire santé solidaire). Assurée : Mme [[PERSONNE:Kowalczyk Danuta]], née à {{Calais}} en [[DATE_NAISSANCE:mai 69]] de parents polonais. NIR sur la carte vitale : [[NIR:2 69 05 62 193 088 08]]. Elle vit avec sa fille [[PERSONNE:Agnieszka]] qui a un petit salaire chez {{Lidl}} : ça compte dans les ressources du foyer.",
    ),
    (
        URG,
        AP,
        "{{4h du mat}}, un homme arrive avec un copain qui saigne de la main. Ils ont pas de papiers sur eux. L'agente d'accueil note « X homme ~{{30 ans}} », je trouve ça fou qu'on puisse soigner sans nom.",
    ),
    (
        CAF,
        CSP,
        "RIB fourni pour le changement de compte : titulaire [[PERSONNE:AMRANI Nora]], banque {{La Banque Postale}} : [[IBAN:20041 01005 0512345K020 47]]. Le contrôleur vérifie que c'est bien à son nom et pas celui du conjoint.",
    ),
    (
        CCAS,
        AT,
        "Standard {{CCAS}} {{Thionville}}. Un fils appelle pour sa mère qui ne peut plus payer son chauffage. « Elle habite [[ADRESSE:14 rue de la Paix, 57100 Thionville]] », « elle s'appelle [[PERSONNE:Gabrielle Muller]] », « son portable c'est le [[TELEPHONE:06 83 12 57 40]] ». Agente prend RDV pour {{mardi 10h}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôleur ([[PERSONNE:Jean-Marc]], {{27 ans}} de maison) m'explique avant d'entrer : « on regarde pas les placards, on regarde la vie ». Puis on sonne. Personne. On attend {{10 min}}. Avis de passage laissé dans la boite.",
    ),
    (
        CPAM,
        CSP,
        "Voiture devant le pavillon : {{Dacia Sandero}} [[IMMATRICULATION:GH-205-PA]]. L'assuré est en arrêt pour lombalgie, le voisin a signalé qu'il « fait des chantiers au noir ». Dans le coffre ouvert : une bétonnière. Il dit que c'est à son cousin [[PERSONNE:Mehdi]].",
    ),
]

NOTES_2 = [
    (
        CAF,
        CSP,
        "{{Tourcoing}}, quartier {{La Bourgogne}}. Allocataire : [[PERSONNE:Sabrina Delattre]], née le [[DATE_NAISSANCE:2 mars 1987]] à {{Roubaix}}. Sur l'attestation de droits {{Cpam}} qu'elle montre : [[NIR:2 87 03 59 512 048 24]]. Elle est en couple depuis {{2022}} avec [[PERSONNE:Jonathan]] mais dit qu'il « garde son appart à {{Wattrelos}} ».",
    ),
    (
        CAF,
        CSP,
        "Facture {{Engie}} au nom de M. ET Mme [[PERSONNE:HADDAD]] !! Alors que madame déclare être seule depuis {{2021}}. Réf client [[IDENTIFIANT:300 127 845 116]], conso {{4 850 kWh}}. Le contrôleur photographie la facture. Madame : « j'ai jamais changé le nom, c'est tout ».",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Beauvais}}, borne + {{2 guichets}}. Une jeune maman vient déclarer la naissance de [[PERSONNE:Lyana]], née le [[DATE_NAISSANCE:17/09/2024]]. Elle n'a pas l'acte de naissance, on lui dit de revenir. Elle pleure un peu. L'agente lui donne le lien {{caf.fr}}.",
    ),
    (
        CPAM,
        CSP,
        "On arrive à {{10h30}}, rdv fixé par courrier. Assuré : [[PERSONNE:Lucien Pawlak]], {{45 ans}}, cariste en arrêt depuis {{3 mois}}. Numéro sécu relevé : [[NIR:179116249811293]]. Il vit chez sa mère [[PERSONNE:Irène]], [[ADRESSE:12 cité des Fleurs, 62800 Liévin]]. Chambre au fond, lit médicalisé loué chez {{Bastide}}.",
    ),
    (
        URG,
        AP,
        "Une petite fille de {{6 ans}}, fièvre. Sa mère donne la date de naissance « le [[DATE_NAISSANCE:vingt-deux juin deux mille dix-huit]] ». L'agente tape, vérifie : « [[DATE_NAISSANCE:22/06/2018]] c'est ça ? » oui. Attente annoncée : {{3h}}.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur ([[PERSONNE:Yannick Roussel]]) me fait lire le relevé de la {{Caisse d'Epargne}} : IBAN [[IBAN:FR7613507000913122187456050]]. On y voit des virements {{PayPal}} et {{Vinted}}, une quinzaine par mois. Madame vend des vêtements d'enfants, elle dit « c'est pas un revenu c'est du vide-grenier ». Débat. 😅",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour du {{CHRS}} à {{Strasbourg}} (quartier {{Neudorf}}). Un homme demande sa domiciliation : son courrier de la préfecture est arrivé. L'agent cherche dans le bac « H » : [[PERSONNE:Hakimi]], trouvé. Il signe le registre. {{2 min}}.",
    ),
    (
        FT,
        AP,
        "Rdv d'inscription. La conseillère (Mme [[PERSONNE:Lefèvre]]) lui demande son mail : « [[EMAIL:yassine.b59@hotmail.fr]] ». Ensuite le numéro : « [[TELEPHONE:zéro sept, cinquante-trois, vingt, dix-huit, quatre-vingt-onze]] ». Elle tape pendant qu'il parle. Identifiant créé [[ID_FRANCE_TRAVAIL:7045182R]].",
    ),
    (
        CAF,
        CSP,
        "Contrôle ressources {{AAH}}. Monsieur est à l'{{ESAT}} {{Les Ateliers du Hainaut}} à {{Denain}}, bulletin de salaire : {{612 €}}. Sa tutrice de l'{{UDAF}}, Mme [[PERSONNE:Brasseur]], est présente, elle a tous les papiers dans un classeur bleu. Très carré.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}, une dame appelle pour son mari décédé le mois dernier : les remboursements arrivent encore sur son compte à lui. Conseiller demande les 2 NIR. Elle donne le sien : [[NIR:2 58 09 51 454 301 43]], puis celui du défunt, elle le retrouve plus, elle pleure. On rappelle plus tard.",
    ),
    (
        CAF,
        CSP,
        "!!! Le bail dit {{2 occupants}} : [[PERSONNE:Aïcha Benmoussa]] + [[PERSONNE:Karim Benmoussa]]. La {{Caf}} a madame seule. Madame : « on a divorcé en {{2020}} mais le proprio a pas refait le bail ». Le contrôleur demande le jugement de divorce : RG [[IDENTIFIANT:19/03874]], tribunal de {{Douai}}.",
    ),
    (
        CCAS,
        AP,
        "Accueil {{CCAS}}, un papi vient pour la téléassistance. L'agente lui demande qui prévenir en cas de pb : « ma fille, [[PERSONNE:Nathalie]], [[TELEPHONE:06-12-84-70-33]] » et « mon voisin M. [[PERSONNE:Dubus]] ». Dossier prêt en {{15 min}}.",
    ),
    (
        URG,
        AT,
        "Régulation (pas vraiment les urgences mais à côté). Appel d'un ehpad, {{EHPAD Les Myosotis}}, une résidente a chuté. L'infirmière donne le nom : « Mme [[PERSONNE:Wagner Odile]], [[DATE_NAISSANCE:1931]] ». Ambulance envoyée.",
    ),
    (
        CAF,
        CSP,
        "Garage ouvert : {{2 voitures}} + un scooter. {{Renault Kangoo}} blanc [[IMMATRICULATION:DX 417 MZ]], {{BMW}} série 1 [[IMMATRICULATION:GN-88-TE]]... non j'ai mal lu c'est [[IMMATRICULATION:GN-088-TE]]. Le scooter pas de plaque. Madame ({{RSA}}) dit que la BMW est à son fils [[PERSONNE:Anthony]] qui habite à {{Hénin-Beaumont}}.",
    ),
    (
        FT,
        AT,
        "Conseiller appelle un demandeur qui a raté {{2 rdv}}. Pas de réponse. Message laissé. Il me dit qu'il en a {{310}} dans son portefeuille. 310 !!",
    ),
    (
        CPAM,
        CSP,
        "Contrôle pension invalidité, condition de résidence. Monsieur [[PERSONNE:Álvaro Pinto Ferreira]], {{62 ans}}, né au {{Portugal}} (NIR [[NIR:1 62 03 99 139 015 93]]), passe {{5 mois}} par an à {{Braga}} d'après le voisin. Il montre son passeport portugais n° [[IDENTIFIANT:P847231]] - les tampons ne servent à rien dans {{Schengen}}, dit le contrôleur.",
    ),
    (
        CAF,
        CSP,
        "à retenir : le contrôleur remplit la « déclaration de situation » sur place, relit à voix haute, madame signe. Tout est fait en {{1h05}}. {{3 enfants}}, loyer {{680 €}}, {{APL}} {{312 €}}.",
    ),
    (
        CHRS,
        AT,
        "115 {{Somme}}. Une femme appelle avec 2 enfants, elle donne le prénom de ses enfants [[PERSONNE:Lina]] et [[PERSONNE:Adam]], et leur âge ({{3}} et {{7 ans}}). L'écoutante note dans {{SI-SIAO}}, dossier [[IDENTIFIANT:SIAO80-2024-11873]]. Hôtel {{B&B}} {{Amiens}} nord, {{chambre 214}}, pour 3 nuits.",
    ),
    (
        CAF,
        CSP,
        "Dialogue :\n- vous travaillez ?\n- non\n- et ça c'est quoi ? (bulletin {{Adecco}} sur le frigo)\n- ah ça c'est une mission de {{2 semaines}} en {{janvier}}\nLe contrôleur sourit, il note.",
    ),
    (
        CPAM,
        AP,
        "Agent d'accueil me montre l'écran : « [[PERSONNE:NGUYEN Thi Lan]] - [[DATE_NAISSANCE:1979-04-23]] - médecin traitant Dr [[PERSONNE:Marchal]] ». Elle a changé de médecin, ça a pas été pris. L'agent corrige.",
    ),
    (
        URG,
        AP,
        "J'ai compté : en {{1h}}, {{9 entrées}}. Dont {{2}} par les pompiers, {{1}} en {{SMUR}}. La salle est un couloir.",
    ),
    (
        CAF,
        CSP,
        "Dans le salon une photo de mariage. Le contrôleur : « c'est qui ? » - « mon ex ». Sur le meuble, du courrier ouvert adressé à M. [[PERSONNE:Cédric Lambin]], [[ADRESSE:5 rue Victor Hugo, 59300 Valenciennes]] = ici. Daté de la semaine dernière.",
    ),
    (
        CAF,
        AT,
        "Une dame appelle car elle a reçu un courrier de contrôle. Elle a peur. L'agent rassure : « c'est systématique pour tout le monde tous les quelques années ». Pas vrai mais ça l'apaise. {{3 min}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile pour une demande de portage de repas. Mme [[PERSONNE:Yvonne Lecomte]], {{89 ans}}, [[ADRESSE:27 rue du Moulin, 08200 Sedan]]. Son chat s'appelle {{Filou}}. Elle mange une fois par jour. L'agente [[PERSONNE:Céline]] note le n° de la fille : [[TELEPHONE:03 24 29 61 08]].",
    ),
    (
        FT,
        AP,
        "Atelier CV à {{Maubeuge}}. Le modèle sur l'écran est au nom de « [[PERSONNE:Marie Dupont]] ». {{8}} participants. L'animatrice [[PERSONNE:Sophie]] dit : « remplacez par votre nom hein, pas [[PERSONNE:Marie Dupont]] ». Rires.",
    ),
    (
        CPAM,
        CSP,
        "Monsieur [[PERSONNE:Ahmed El Mansouri]] ouvre en pyjama à {{11h}}. Arrêt maladie pour dépression depuis {{juin}}. Il donne son NIR de tête : [[NIR:1 84 07 99 350 042 94]] (né au {{Maroc}}, [[DATE_NAISSANCE:juillet 84]]). Le contrôleur vérifie juste la présence, pas le reste. Repart en {{8 min}}.",
    ),
    (
        CAF,
        CSP,
        "Logement : {{F4}}, 3e étage sans ascenseur, bailleur {{Partenord Habitat}}. Locataire en titre : [[PERSONNE:Hassan Ouali]] (décédé en {{2023}} !). Sa veuve [[PERSONNE:Fatima]] y vit toujours avec leur fils. Contrat de location n° [[IDENTIFIANT:PH-0771-45920]]. Le contrôleur dit qu'il faut faire un avenant.",
    ),
    (
        CHRS,
        CSP,
        "Visite en logement diffus du {{CHRS}}, [[ADRESSE:9 rue de la Chaussée, 51100 Reims]], appartement partagé. {{2 résidents}} : [[PERSONNE:Moussa]] et [[PERSONNE:Ibrahim]]. Le travailleur social vérifie le compteur, la propreté, le frigo. Ambiance sympa, thé à la menthe.",
    ),
    (
        URG,
        AP,
        "Patient très agité, l'agent de sécu intervient. Après ça, l'infirmière d'accueil me dit qu'elle fait ce métier depuis {{22 ans}} et que « c'était pas comme ça avant le {{Covid}} ».",
    ),
    (
        CAF,
        CSP,
        "Avis d'échéance loyer {{octobre}} : Mme [[PERSONNE:KONATÉ Mariam]], [[ADRESSE:Résidence Les Peupliers, bât C, apt 41, 59140 Dunkerque]]. Loyer {{398,22 €}}, {{APL}} versée au bailleur {{241 €}}, reste {{157,22 €}}. Compteur d'eau relevé {{0412 m3}}.",
    ),
    (
        CPAM,
        AT,
        "Appel : une infirmière libérale demande pourquoi ses télétransmissions sont rejetées. « c'est pour ma patiente Mme [[PERSONNE:Giraud]] » → carte vitale pas à jour. Appel {{12 min}}.",
    ),
    (
        CAF,
        CSP,
        "Mulhouse, {{Bourtzwiller}}. Allocataire M. [[PERSONNE:Rachid Belkacem]], né le [[DATE_NAISSANCE:19.12.1990]] à {{Mulhouse}}, NIR [[NIR:1 90 12 68 224 076 01]] (lu sur son attestation). {{3 enfants}}, garde alternée pour [[PERSONNE:Sofiane]]. Le contrôleur demande le jugement {{JAF}} : dossier [[IDENTIFIANT:22/01569]].",
    ),
    (
        FT,
        AP,
        "Agence {{Charleville}}. Une femme vient parce que son allocation {{ARE}} est suspendue. Le conseiller regarde : elle a pas actualisé en {{mars}}. « Il fallait le faire avant le {{15}} ». {{7 min}}.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur me dit de ne jamais écrire ce qu'on voit dans les chambres. Je respecte. Je note juste : {{2 lits}} superposés + {{1 lit}} double.",
    ),
    (
        CCAS,
        AT,
        "Un monsieur appelle le {{CCAS}} d'{{Épernay}} pour une aide au paiement d'une facture d'eau. L'agent demande son mail pour envoyer le formulaire : « [[EMAIL:gerard.collignon51 arobase orange point fr]] ». Elle répète en épelant [[PERSONNE:C-O-L-L-I-G-N-O-N]]. OK.",
    ),
]

NOTES_3 = [
    (
        CPAM,
        CSP,
        "{{Nancy}}, contrôle à domicile d'une assurée en {{congé maternité}} qui aurait repris son activité d'esthéticienne à domicile. Mme [[PERSONNE:Laura Gérardin]], née à {{Nancy}} le [[DATE_NAISSANCE:8 septembre 1994]], NIR [[NIR:294095439522247]]. Sur la porte une plaque « {{Laura Beauté}} - ongles & cils » et un compte insta [[IDENTIFIANT:@laura.beaute.nails54]]. Son SIRET d'auto-entrepreneuse : [[IDENTIFIANT:881 204 573 00018]].",
    ),
    (
        CAF,
        CSP,
        "Relevé {{BNP}} de monsieur : [[IBAN:FR7630004028710001045883254]]. Solde {{-47,12 €}}. Le contrôleur regarde surtout les entrées : salaire {{Amazon}} {{Lauwin-Planque}} {{1 402 €}}, {{CAF}} {{389 €}}. Rien de caché. Contrôle « blanc ».",
    ),
    (
        CAF,
        CSP,
        "On a attendu dans la voiture de service ({{C3}} de la {{Caf}}, plaque [[IMMATRICULATION:FX-730-QB]] → non ça c'est la voiture de la Caf, pas à masquer ? je mets quand même). Madame arrive avec ses courses à {{14h10}}.",
    ),
    (
        URG,
        AP,
        "Accueil administratif, un homme allemand qui s'est blessé sur l'{{A4}}. Carte européenne ({{CEAM}}) n° [[IDENTIFIANT:80276 0012 3487 1193]]. Il s'appelle [[PERSONNE:Jürgen Hoffmann]], l'agente galère avec le ü. Elle tape « [[PERSONNE:Hoffman]] » avec un seul n, je lui signale. 😬",
    ),
    (
        CCAS,
        AP,
        "Domiciliation {{CCAS}} {{Roubaix}}. L'agente me montre le registre papier, {{412 domiciliés}}. Un jeune vient chercher son courrier, il donne son nom : « [[PERSONNE:BAKAYOKO]] ». Rien aujourd'hui. Il repart.",
    ),
    (
        CAF,
        CSP,
        "Contrôle suite à signalement anonyme (« elle vit avec un homme »). Sur place : Mme [[PERSONNE:Jennifer Vermeulen]], {{3 enfants}}. Un homme sort de la douche. Il s'appelle [[PERSONNE:Grégory Saint-Omer]], dit qu'il est « le parrain du petit ». Adresse déclarée de lui : [[ADRESSE:110 avenue de Dunkerque, 59000 Lille]]. Le contrôleur va vérifier auprès du bailleur.",
    ),
    (
        FT,
        AT,
        "Conseillère rappelle une dame pour une offre : agent d'entretien à l'hôpital de {{Soissons}}, offre n° {{187QZKL}}. La dame demande qu'on lui envoie par mail : « [[EMAIL:nadege.poulain@laposte.net]] ». Fait en direct.",
    ),
    (
        CPAM,
        CSP,
        "Liste des pièces vues chez M. [[PERSONNE:Bertrand Fontaine]] :\n1. attestation de droits ({{régime général}})\n2. avis d'arrêt de travail du Dr [[PERSONNE:Kassab]] ({{15 jours}} renouvelé)\n3. ordonnance kiné\n4. bulletin d'hospitalisation {{CH}} {{Arras}}, n° séjour [[IDENTIFIANT:230045187]]\nTout concorde.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} femmes à {{Nancy}}. Entrée d'une femme victime de violences, elle arrive avec l'assistante sociale du commissariat. Elle donne juste son prénom : [[PERSONNE:Samira]]. Pas de nom de famille dans le cahier pour sa sécurité. Code porte changé chaque mois.",
    ),
    (
        CAF,
        AP,
        "Accueil {{Caf}} {{Colmar}}. Monsieur {{sans RDV}} qui veut parler « à un humain ». On l'oriente vers la borne. Il s'énerve. L'agent de sécurité ne bouge pas, l'agente d'accueil le calme en {{5 min}}. Il repart avec un rdv pour {{lundi}}.",
    ),
    (
        CAF,
        CSP,
        "Le papier de la voiture : certificat d'immatriculation {{Citroën}} {{Berlingo}}, [[IMMATRICULATION:5847 TR 62]] (ancienne plaque, jamais changée). Titulaire : [[PERSONNE:LEBLANC Roger]], le grand-père, qui vit à {{Berck}}. Le fils dit qu'il lui prête.",
    ),
    (
        CPAM,
        AT,
        "Appel d'un pro : un pharmacien de {{Forbach}} qui a un patient avec une carte vitale de quelqu'un d'autre. Le conseiller ne peut rien dire au tel. Il ouvre une fiche signalement.",
    ),
    (
        CAF,
        CSP,
        "Madame sort son titre de séjour : {{carte de résident}}, {{10 ans}}. N° [[IDENTIFIANT:6203184975]]. Elle est née le [[DATE_NAISSANCE:4 avril 1980]] à {{Kinshasa}}. Son mari [[PERSONNE:Jean-Pierre Mukendi]] a juste un récépissé, n° [[IDENTIFIANT:0207512346]], valable jusqu'au {{30 novembre}}.",
    ),
    (
        URG,
        AP,
        "⏱️ {{02h40}}, l'interne de garde vient à l'accueil demander si quelqu'un a vu « la dame en fauteuil ». Personne. Elle est partie sans être vue. On l'appelle : Mme [[PERSONNE:Dufour]] → non, pas de réponse.",
    ),
    (
        CCAS,
        CSP,
        "Enquête sociale pour une demande de logement d'urgence. Famille [[PERSONNE:Rexhepi]] (kosovars), {{5 personnes}} dans un studio de {{22 m2}}, [[ADRESSE:3 rue des Jardins, 02200 Soissons]]. Le père [[PERSONNE:Bekim]] montre le bail : propriétaire M. [[PERSONNE:Jacquet]], loyer {{420 €}}. Moisissures partout.",
    ),
    (
        CAF,
        CSP,
        "Je remarque qu'il y a {{4}} boites aux lettres pour {{3}} appartements. Sur la 4e : « [[PERSONNE:TRAN]] / [[PERSONNE:DELCOURT]] ». Le contrôleur note mais c'est pas notre dossier.",
    ),
    (
        FT,
        AP,
        "Un demandeur montre un mail de « {{France Travail}} » qui lui demande ses coordonnées bancaires. C'est du phishing (l'adresse c'est [[EMAIL:contact-francetravail@secure-maj.info]]). La conseillère lui dit de ne rien répondre.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à {{Charleville-Mézières}}. Mme [[PERSONNE:Véronique Thiébaut]], {{51 ans}}... ou {{52}} ? née en [[DATE_NAISSANCE:février 1973]]. NIR : [[NIR:2 73 02 08 105 019 51]]. Aide-soignante en arrêt pour le dos. Chez elle tout est rangé, rien à signaler.",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Bas-Rhin}}. Un homme appelle pour la {{3e}} fois ce soir. L'écoutant le reconnaît à la voix : « c'est [[PERSONNE:Dédé]] », un habitué. Il a bu. Pas de place à l'{{Hôtel de la Gare}}. Orientation halte de nuit.",
    ),
    (
        CAF,
        CSP,
        "La contrôleuse [[PERSONNE:Nadia Ziani]] lit le bail à voix haute : « entre les soussignés Monsieur [[PERSONNE:Alain Decroix]], demeurant [[ADRESSE:41 rue Nationale, 59800 Lille]], et Madame [[PERSONNE:Océane Barbier]], pour le logement situé [[ADRESSE:2 place du Général de Gaulle, 59650 Villeneuve-d'Ascq]] ». Loyer {{720 €}}, dépôt de garantie {{720 €}}.",
    ),
    (
        URG,
        AT,
        "Appel au standard : « mon père [[PERSONNE:Ali Kaya]] est arrivé aux urgences vers {{midi}} ». Secrétaire : « je vous passe le service », ça sonne dans le vide {{4 min}}.",
    ),
    (
        CAF,
        AT,
        "Téléphone {{Caf}}, file d'attente : {{47 min}} pour cette dame. Elle veut juste savoir si son dossier {{APL}} est complet. Réponse : oui. Elle rit : « 47 minutes pour un oui ».",
    ),
    (
        CPAM,
        CSP,
        "Assuré absent à {{10h05}} (hors heures de sortie). Le contrôleur appelle le portable qui figure au dossier : [[TELEPHONE:+33 6 58 41 27 03]]. Il répond, il est chez le kiné à {{Thionville}}. Le contrôleur lui demande le justificatif. OK.",
    ),
    (
        CAF,
        CSP,
        "Table de la cuisine : facture {{Orange}} au nom de Mme [[PERSONNE:Idrissi]]... → « Mme [[PERSONNE:IDRISSI Leïla]] », n° client [[IDENTIFIANT:1.0458392.7]], ligne fixe [[TELEPHONE:03 20 75 48 19]]. Le contrôleur note le numéro de ligne pour vérifier l'adresse d'installation.",
    ),
    (
        FT,
        AP,
        "Conseillère entreprise (pas demandeurs), elle reçoit le gérant de la {{Boulangerie Lemaire}} qui cherche un apprenti. Il donne son portable perso pour les candidats : [[TELEPHONE:06 40 18 92 77]]. SIRET de la boulangerie {{538 412 009 00014}}.",
    ),
    (
        CCAS,
        AP,
        "Accueil {{CCAS}} {{Verdun}}, {{9h}}. Calme. {{2 personnes}} en {{1h}}. L'agente en profite pour classer. Elle m'explique qu'en fin de mois c'est l'inverse.",
    ),
    (
        CAF,
        CSP,
        "Monsieur ne parle pas bien français, son fils de {{12 ans}} traduit (en turc). Le contrôleur demande les fiches de paie : {{SARL Bâtiment Est}} à {{Forbach}}, matricule [[IDENTIFIANT:E-2291]]. Net {{1 850 €}}. La mère ([[PERSONNE:Zeynep]]) apporte du thé.",
    ),
    (
        CPAM,
        AP,
        "Une dame demande la {{C2S}}. Agente : « vous avez votre avis d'impôt ? » Non. « Votre dernier relevé de pension ? » Non. « Bon, on va faire une demande incomplète et vous compléterez ». Dossier n° [[IDENTIFIANT:C2S-57-0048215]].",
    ),
    (
        CHRS,
        AP,
        "Réunion de résidents du {{CHRS}}, {{17h}}. {{9}} présents. Sujet : le wifi. Un résident, [[PERSONNE:Maxime]], propose de faire une caisse commune. Les éducs disent non.",
    ),
    (
        CAF,
        CSP,
        "Contrôle en binôme ([[PERSONNE:Hélène]] + [[PERSONNE:Rémi]]). {{Laon}}, ville haute. Allocataire [[PERSONNE:Paulette Vasseur]], {{77 ans}}, [[ADRESSE:6 rue Sérurier, 02000 Laon]]. Elle touche l'{{ASPA}} et l'{{APL}}. La question : est-ce qu'elle loue une chambre à un étudiant ? Oui, [[PERSONNE:Tom]], « un garçon charmant », {{150 €}} par mois sans bail.",
    ),
    (
        URG,
        AP,
        "UN MONSIEUR HURLE DANS LA SALLE D'ATTENTE. personne ne réagit. Habitude ?",
    ),
    (
        CPAM,
        CSP,
        "En partant je vois la voiture de l'assuré : {{Audi}} {{A3}} noire, plaque luxembourgeoise [[IMMATRICULATION:LX 4821]]. Il dit qu'il bosse au {{Luxembourg}} depuis {{janvier}}, ça change tout pour l'affiliation. Le contrôleur soupire.",
    ),
    (
        CAF,
        CSP,
        "Elle a un RIB belge (elle habitait {{Tournai}} avant) : [[IBAN:BE53 0634 1729 5853]]. Le contrôleur dit que la {{Caf}} peut payer sur un compte européen, c'est pas le souci.",
    ),
    (
        FT,
        AT,
        "Le conseiller appelle M. [[PERSONNE:Kouadio]], numéro [[TELEPHONE:0759321847]]. Répondeur. Il laisse un message et rappelle à {{15h}}. Cette fois ça décroche.",
    ),
    (
        CAF,
        CSP,
        "Récap du contrôleur en fin de visite, à voix haute :\n« donc {{1 adulte}}, {{2 enfants}}, [[PERSONNE:Wassim]] né en [[DATE_NAISSANCE:2014]] et [[PERSONNE:Yasmine]] née en [[DATE_NAISSANCE:2017]], loyer {{545 €}}, pas de vie maritale, pas de revenus non déclarés. »\nMadame soulagée.",
    ),
]

NOTES_4 = [
    (
        CPAM,
        CSP,
        "Contrôle d'une infirmière libérale (pas un assuré !) à son cabinet-domicile [[ADRESSE:18 rue de Metz, 57600 Forbach]]. Mme [[PERSONNE:Stéphanie Klein]]. Le contrôleur compare ses cotations avec son agenda papier : {{14 patients}} le {{3 mars}}, dont M. [[PERSONNE:Hubert]] et Mme [[PERSONNE:Schneider]]. N° ADELI / RPPS : [[IDENTIFIANT:10101234567]].",
    ),
    (
        CAF,
        AP,
        "Monsieur tend sa carte d'identité au guichet. L'agente relève : n° allocataire [[N_ALLOCATAIRE:2845173]], et me dit « on n'a pas besoin de la CNI en vrai, mais bon ». Il veut un justificatif de quotient familial pour la cantine de {{Saint-Dizier}}. QF {{612}}.",
    ),
    (
        CPAM,
        CSP,
        "Ordre de mission du contrôleur : « visite domicile assuré [[PERSONNE:GUERFI Samir]] - matricule [[NIR:1 96 10 67 482 390 87]] ». Monsieur a {{28 ans}}, né à {{Strasbourg}}, arrêt AT (accident du travail) sur un chantier {{Eiffage}}. Il boite vraiment. Le contrôleur me dit « ça on voit tout de suite ».",
    ),
    (
        CAF,
        AT,
        "« Bonjour, c'est pour ma fille, elle a {{20 ans}}, elle veut faire une demande d'{{APL}} étudiante à {{Lille}} ». Agent : « elle doit créer son propre compte ». Le père insiste pour donner son n° à lui : « [[N_ALLOCATAIRE:6 230 418]] ». Ça sert à rien mais l'agent le note quand même.",
    ),
    (
        CPAM,
        CSP,
        "Visite à {{Saint-Dié-des-Vosges}}. La fille de l'assurée ouvre. Sa mère ([[PERSONNE:Marcelle Didier]], {{94 ans}}) est à l'{{EHPAD Korian Le Chêne}} depuis {{2 mois}}. Le contrôleur venait pour une prise en charge de transport. Dossier clos. Durée : {{6 min}}, dont {{40 min}} de route.",
    ),
    (
        CCAS,
        AP,
        "Demande de carte de transport solidaire, {{Amiens Métropole}}. L'agent scanne le titre de séjour de la dame : n° [[IDENTIFIANT:8001472639]]. Elle est {{guinéenne}}, elle s'appelle [[PERSONNE:Fatoumata Camara]]. La carte sera prête dans {{10 jours}}.",
    ),
    (
        CAF,
        CSP,
        "Bulletins de salaire de madame : {{Carrefour}} {{Wasquehal}}, caissière {{24h}}/semaine. Matricule [[IDENTIFIANT:0098471]]. N° de sécu sur le bulletin : [[NIR:2 99 01 59 183 127 77]] (elle a {{26 ans}}, née à {{Dunkerque}}, c'est cohérent dit le contrôleur). IBAN où est versé le salaire : [[IBAN:FR76 1562 9027 1300 0148 5623 623]].",
    ),
    (
        URG,
        AP,
        "Agente d'accueil : « vous avez une mutuelle ? » - « oui la {{MGEN}} » - « le numéro ? » - « [[IDENTIFIANT:1 80 04 59 350 127]] » (c'est en fait son numéro de sécu tronqué, l'agente rigole). Pas grave, on prend la carte.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur me montre l'écran de sa tablette avant d'entrer :\nNom : [[PERSONNE:MOREAU-DIALLO Aurélie]]\nN° alloc : [[N_ALLOCATAIRE:1029384]]\nAdresse : [[ADRESSE:4 allée des Mimosas, 62110 Hénin-Beaumont]]\nDroits : {{RSA}}, {{AF}}, {{APL}}\nMotif : contrôle aléatoire (« data mining »).",
    ),
    (
        CHRS,
        CSP,
        "Avec l'éducatrice du {{CHRS}} en visite d'un logement ALT à {{Troyes}}. {{F2}} au {{3e}}. La résidente, [[PERSONNE:Jessica]], montre fièrement son frigo plein et le dessin de sa fille au mur. L'éduc vérifie le contrat de séjour (n° [[IDENTIFIANT:CS-2024-087]]).",
    ),
    (
        FT,
        AP,
        "Le conseiller, [[PERSONNE:Aurélien]], fait le point avec Mme [[PERSONNE:Fernandes]]. Elle cherche dans la logistique autour de {{Dourges}}. Il lui propose la {{POEI}}. Son identifiant sur l'écran : [[ID_FRANCE_TRAVAIL:3187264X]].",
    ),
    (
        CPAM,
        AP,
        "Borne {{Ameli}} en panne depuis {{3 semaines}} (un papier scotché « HORS SERVICE »). Les gens font la queue au guichet à la place. {{19 personnes}}. 😩",
    ),
    (
        CAF,
        CSP,
        "Monsieur a un garage auto dans la cour ? Non, c'est un « hobby ». {{3}} voitures sur cales, dont une {{Mercedes}} classe C sans plaque, une {{Twingo}} [[IMMATRICULATION:BQ-511-YT]] et une {{Fiat Punto}} [[IMMATRICULATION:AZ-067-HH]]. Le contrôleur demande s'il vend des pièces sur {{Leboncoin}}. Il dit non. Son compte Leboncoin, [[IDENTIFIANT:@pieces_auto_denis]], dit oui.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle à {{Épinal}}, assurée {{AME}}. Passeport congolais : [[IDENTIFIANT:OB0438271]], délivré à {{Brazzaville}}. Elle s'appelle [[PERSONNE:Grâce Mabiala]], née le [[DATE_NAISSANCE:11/07/1985]]. Résidence en France depuis plus de {{3 mois}} prouvée par une attestation d'hébergement de sa cousine [[PERSONNE:Prisca]].",
    ),
    (
        CAF,
        AT,
        "Appel sortant : l'agente rappelle une allocataire pour une pièce manquante. « Vous êtes bien Mme [[PERSONNE:Delmotte]] ? Pouvez-vous me confirmer votre date de naissance ? » - « le [[DATE_NAISSANCE:30 du 10, 92]] ». Ok. Il manque l'attestation employeur.",
    ),
    (
        URG,
        AT,
        "Standard, {{22h}}. Appel d'une pharmacie de garde pour savoir si les urgences pédiatriques sont ouvertes. Oui. {{30 secondes}}.",
    ),
    (
        CAF,
        CSP,
        "Compteur électrique {{Linky}}, le contrôleur note l'index : {{018 452}}. Il me dit que ça sert à voir si quelqu'un vit là en vrai. Le nom sur le compteur (étiquette {{Enedis}}) : « [[PERSONNE:Plouvier]] », c'est bien madame.",
    ),
    (
        CCAS,
        AT,
        "Appel au {{CCAS}} de {{Metz}} d'une assistante sociale du département pour un signalement : M. [[PERSONNE:Dominique Hartmann]], [[ADRESSE:7 rue des Récollets, 57000 Metz]], syndrome de {{Diogène}}. Elle donne son propre mail pro [[EMAIL:s.lorentz@moselle.fr]] pour le retour.",
    ),
    (
        CPAM,
        CSP,
        "A la sortie, le contrôleur me dit : « {{80 %}} de mes contrôles, tout est en règle. Les gens ont peur pour rien. » Je note.",
    ),
    (
        CAF,
        CSP,
        "Lettre du bailleur ({{Maisons & Cités}}) posée sur la table : « Madame [[PERSONNE:Baert]], nous vous informons d'une régularisation de charges de {{187,43 €}} ». Réf locataire [[IDENTIFIANT:MC 059 412 7780]]. Logement [[ADRESSE:21 rue Émile Zola, 59220 Denain]]. La contrôleuse note tout.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Amiens}}, {{19h}}, distribution du repas. {{32 couverts}}. Le cuisinier s'appelle [[PERSONNE:Jojo]], tout le monde l'adore. Couscous ce soir.",
    ),
    (
        FT,
        AT,
        "Plateforme téléphonique FT, ligne {{3949}}. Un homme a reçu une radiation. Il lit le courrier : « identifiant [[ID_FRANCE_TRAVAIL:0 4 8 7 5 1 2 L]] ». Il l'épelle chiffre par chiffre. Le conseiller lui explique le recours.",
    ),
    (
        CPAM,
        CSP,
        "Visite à {{Bar-le-Duc}}, assuré en arrêt longue maladie. M. [[PERSONNE:Christophe Renaudin]] montre son agenda : chimio tous les {{mardis}} au {{CH}}. Le contrôleur s'excuse presque d'être là. On repart vite.",
    ),
    (
        CAF,
        CSP,
        "Dans la chambre du fils aîné ({{19 ans}}), des fiches de paie d'intérim {{Manpower}}. Il a pas été déclaré dans les ressources. Madame : « mais c'est SON argent ». Le contrôleur explique que ça compte pour le {{RSA}}. Elle comprend pas.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Reims}}, rdv {{11h15}}. Monsieur [[PERSONNE:Okafor]] vient avec une conseillère de la {{Mission Locale}}. N° alloc [[N_ALLOCATAIRE:4471092]]. Ouverture droits {{RSA}} jeune actif. Tout est fait en {{25 min}}.",
    ),
    (
        CPAM,
        CSP,
        "Le contrôleur ([[PERSONNE:Philippe]]) note sur sa fiche : assuré [[PERSONNE:Kader Hamidou]], tél fixe [[TELEPHONE:03.83.27.41.96]], portable [[TELEPHONE:07.81.05.66.12]]. Adresse OK. Présent. Fin.",
    ),
    (
        URG,
        AP,
        "Un SDF connu du service arrive à pied. L'agente : « bonsoir [[PERSONNE:Patrice]] ». Il a son dossier ici depuis des années, IPP [[IDENTIFIANT:P00387451]]. Elle lui donne un café avant même l'IOA.",
    ),
    (
        CAF,
        CSP,
        "Madame a un mini-jardin avec des poules. Elles s'appellent {{Cocotte}} et {{Paulette}}. (je note, c'est mignon). Rien d'autre à signaler sur ce contrôle : loyer {{490 €}}, {{2 enfants}}, tout OK.",
    ),
    (
        CPAM,
        AT,
        "« Votre nom svp ? » - « [[PERSONNE:Tchakarian]]. [[PERSONNE:T-C-H-A-K-A-R-I-A-N]]. » La conseillère : « [[PERSONNE:Arménouhie]] c'est votre prénom ? » - « oui ». Demande de remboursement de soins à l'étranger ({{Arménie}}).",
    ),
    (
        CAF,
        CSP,
        "Attestation d'hébergement manuscrite : « Je soussigné [[PERSONNE:Laurent Dewitte]], né le [[DATE_NAISSANCE:12/05/1971]], certifie héberger à titre gratuit [[PERSONNE:Kevin Dewitte]] à mon domicile [[ADRESSE:33 rue Jean Jaurès, 62400 Béthune]] ». Signé. Copie de la CNI jointe, n° [[IDENTIFIANT:140562301874]].",
    ),
    (
        FT,
        AP,
        "Agence {{Calais}}. Jeune femme qui vient du {{Soudan}}, réfugiée, elle a son récépissé et un interprète au téléphone (via {{ISM Interprétariat}}). Inscription longue : {{55 min}}. Le conseiller reste zen.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez un couple âgé à {{Hayange}}. M. et Mme [[PERSONNE:Zanetti]], lui {{86 ans}}, elle {{85}}. Elle donne sa date de naissance pour la fiche {{APA}} : « [[DATE_NAISSANCE:1940]], le [[DATE_NAISSANCE:2 février]] ». Leur fils [[PERSONNE:Marco]] travaille en {{Lorraine}} aussi.",
    ),
    (
        CPAM,
        CSP,
        "Note rapide : le contrôleur utilise l'appli {{Medialog}} sur tablette, mais le réseau passe pas dans le {{HLM}}. Il finit sur papier.",
    ),
    (
        CAF,
        CSP,
        "Monsieur montre l'échéancier d'un crédit auto {{Cetelem}} : {{Peugeot 2008}}, [[IMMATRICULATION:GB-773-FS]], mensualités {{289 €}} sur {{60 mois}}. Contrat n° [[IDENTIFIANT:40912837465]]. Le contrôleur demande avec quel argent il rembourse. Réponse : « ma mère m'aide ».",
    ),
    (
        CHRS,
        AT,
        "Le 115 de l'{{Aisne}} reçoit un appel d'un homme qui est dans sa voiture sur le parking d'{{Intermarché}} à {{Chauny}}, {{Opel}} [[IMMATRICULATION:DN-422-GR]]. L'écoutante note la plaque pour la maraude. Il fait {{-3°C}}.",
    ),
]

NOTES_5 = [
    (
        CPAM,
        CSP,
        "Assurée : [[PERSONNE:Manon Lefebvre]], {{24 ans}}, étudiante infirmière à {{Amiens}}. NIR [[NIR:2 01 04 80 021 155 74]]. Contrôle parce qu'elle a déclaré un changement d'IBAN juste avant un gros remboursement. Nouveau compte : [[IBAN:FR76 3000 3036 8000 0507 1294 384]] ({{Société Générale}}). Elle montre son appli bancaire, c'est bien son compte.",
    ),
    (
        CPAM,
        CSP,
        "Le contrôleur m'explique le « contrôle {{IJ}} » : l'assuré doit être chez lui en dehors des heures de sortie. Aujourd'hui {{4 visites}} prévues, {{3}} présents, {{1}} absent. Taux habituel d'après lui : {{1 sur 5}} absent.",
    ),
    (
        CAF,
        AP,
        "Guichet {{2}}, la dame donne son numéro d'allocataire de mémoire : « [[N_ALLOCATAIRE:5530218]] ». L'agente : « non, c'est pas vous ça ». Elle a donné celui de sa sœur. 😂 On recommence avec le bon : [[N_ALLOCATAIRE:5530281]].",
    ),
    (
        CPAM,
        CSP,
        "Dans l'entrée, le courrier : une lettre de la {{Cpam}} au nom de M. [[PERSONNE:Antoine Marchetti]], NIR en haut à droite : [[NIR:1 75 06 2A 004 061 42]]. Il est né en {{Corse}} ({{Ajaccio}}) en [[DATE_NAISSANCE:juin 1975]], vit à {{Nancy}} depuis {{20 ans}}. Contrôle {{CMU}} → transformé en simple mise à jour.",
    ),
    (
        CCAS,
        AP,
        "Une jeune femme demande une aide pour payer la cantine. L'agente demande le nom des enfants : « [[PERSONNE:Ilyes]], [[PERSONNE:Nour]] et [[PERSONNE:Malak Chaouch]] ». Facture cantine n° [[IDENTIFIANT:FAC-2024-10-3381]]. Montant {{96,40 €}}.",
    ),
    (
        CAF,
        CSP,
        "RIB de l'ex-mari (pour la pension alimentaire) : [[PERSONNE:Sylvain Debruyne]], [[IBAN:FR76 1027 8062 1500 0208 4710 186]]. Il doit {{180 €}} par mois et paie « quand il veut ». La contrôleuse explique l'{{ARIPA}} à madame.",
    ),
    (
        CPAM,
        CSP,
        "Mme [[PERSONNE:Isabelle Mangin]] (née en [[DATE_NAISSANCE:décembre 81]] à {{Troyes}}, NIR [[NIR:281121038720444]]) est en arrêt depuis {{4 mois}}. Son employeur ({{Petit Bateau}}) a fait une contre-visite par un médecin privé qui l'a trouvée apte. Le contrôleur {{Cpam}} vient confirmer. Elle est en larmes.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'appartement ALT à {{Sedan}}. Résident : M. [[PERSONNE:Ramazan Gashi]]. L'éduc relève le compteur d'eau et vérifie l'assurance habitation {{MAIF}}, contrat n° [[IDENTIFIANT:2847561 H]]. Tout est OK. Il demande quand il aura un « vrai » logement.",
    ),
    (
        CAF,
        AT,
        "« Ma fille est partie chez son père, faut que je le déclare ? » - oui. L'agent fait la modif de situation au tel. Nouveau calcul des {{AF}} dans {{2 semaines}}.",
    ),
    (
        CPAM,
        AP,
        "Agent d'accueil, {{Lens}}. Monsieur polonais, ancien mineur ? Non, trop jeune. Il veut sa carte vitale. Sur l'écran : [[PERSONNE:Zbigniew Nowak]], NIR [[NIR:1 71 04 99 122 008 88]], né en [[DATE_NAISSANCE:avril 1971]] à {{Katowice}}. La photo est manquante. On lui fait faire en cabine photo à côté.",
    ),
    (
        CAF,
        CSP,
        "Suite du contrôle : le contrôleur interroge le fils ({{17 ans}}). « Ton père il dort ici ? » - « des fois ». Silence. Le contrôleur : « ok ». Je trouve ça limite d'interroger un mineur.",
    ),
    (
        CPAM,
        CSP,
        "Avant la visite, appel à l'assuré depuis la voiture : [[TELEPHONE:06 22 95 48 31]]. « Bonjour M. [[PERSONNE:Lopes]], contrôleur de l'{{Assurance Maladie}}, je passe dans {{10 minutes}} ». Le contrôleur dit que prévenir c'est la règle pour les longues maladies.",
    ),
    (
        URG,
        AP,
        "Fiche d'admission imprimée, je lis par-dessus l'épaule : [[PERSONNE:BOUZID Ryad]] / né [[DATE_NAISSANCE:07-01-2004]] / [[ADRESSE:15 rue des Frères Lumière, 51100 Reims]] / pers. à prévenir : sa mère [[TELEPHONE:06 11 58 24 93]]. Motif : entorse cheville (foot).",
    ),
    (
        CAF,
        AP,
        "Une dame très âgée est venue avec son aide à domicile. Elle demande « l'argent du chauffage ». Il n'existe pas. L'agente explique le {{chèque énergie}} (c'est les impôts, pas la {{Caf}}). {{10 min}}.",
    ),
    (
        FT,
        AT,
        "Conseiller appelle [[PERSONNE:Julien Caron]] pour un rdv de suivi. Vérification identité : « votre identifiant ? » - « [[ID_FRANCE_TRAVAIL:2946107 M]] » - « et votre mail c'est toujours [[EMAIL:jcaron.pro@outlook.fr]] ? » oui.",
    ),
    (
        CPAM,
        CSP,
        "Le fils de l'assurée (qui ouvre) dit que sa mère dort. Le contrôleur demande à la voir quand même. Elle sort en robe de chambre. {{90 secondes}} et c'est fini.",
    ),
    (
        CAF,
        CSP,
        "La contrôleuse lit à voix haute l'avis de taxe d'habitation (logement vacant ? non, résidence secondaire ??). Adresse de la résidence secondaire : [[ADRESSE:chemin des Étangs, lieu-dit La Motte, 80120 Rue]]. Madame dit que c'est le cabanon de son père. Ça change le {{RSA}} ? La contrôleuse va demander.",
    ),
    (
        CCAS,
        AT,
        "{{CCAS}} de {{Calais}}, appel d'une bénévole du {{Secours Catholique}} qui veut signaler une famille à la rue. Elle donne l'adresse de la tente : « à côté du pont, {{quai de la Loire}} ». L'agente note. Pas de nom.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'un taxi conventionné ! Le chauffeur, M. [[PERSONNE:Hamza Benali]], gérant de {{Taxi Hamza Services}}, nous montre le registre de courses. Véhicule {{Skoda Superb}} [[IMMATRICULATION:GK-410-VB]], licence n° {{87}} de la ville de {{Roubaix}}. Certaines courses facturées le même jour à {{2}} patients différents au même moment.",
    ),
    (
        CAF,
        AP,
        "Déclaration de grossesse apportée en main propre. L'agente dit « ça se fait par le médecin maintenant ». La jeune femme ([[PERSONNE:Kenza]], {{19 ans}}) repart sans rien. Pas très accueillant.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} {{Saint-Quentin}}. Monsieur [[PERSONNE:Dylan Hérouart]], né le [[DATE_NAISSANCE:15/02/2004]], NIR [[NIR:1 04 02 02 691 093 55]], sort de l'{{ASE}}. {{21 ans}} le mois dernier. L'éduc remplit le dossier {{SIAO}} avec lui, il a jamais vu son propre numéro de sécu.",
    ),
    (
        CPAM,
        CSP,
        "Visite {{Thionville}}, frontalier. M. [[PERSONNE:Sébastien Weber]] travaille au {{Luxembourg}}, compte bancaire au {{Lux}} : [[IBAN:LU78 0019 4018 7652 3000]]. La question c'est quel pays doit l'assurer. Le contrôleur relève son n° de matricule {{CNS}} luxembourgeois : [[IDENTIFIANT:1985031412345]].",
    ),
    (
        CAF,
        CSP,
        "Petite maison de ville, {{Maubeuge}}. Allocataire : [[PERSONNE:Anne-Sophie Gobert]]. Son ex, [[PERSONNE:Mickaël]], est sur la carte grise de la voiture garée devant : {{Ford Focus}} [[IMMATRICULATION:CY 208 KS]]. Elle dit qu'elle l'a rachetée. Pas de certificat de cession. Problème.",
    ),
    (
        CPAM,
        AP,
        "« C'est pour une attestation de droits ». {{2 minutes}}. Imprimée. Suivant.",
    ),
    (
        CPAM,
        CSP,
        "La contrôleuse a une liste :\n- présence ✔\n- concordance adresse ✔\n- activité non autorisée ✖ (aucune)\n- signature du PV ✔\nDurée {{12 min}}. On passe à la suivante à {{Yutz}}.",
    ),
    (
        CAF,
        CSP,
        "Avis de situation {{Pôle emploi}} (vieux logo) de monsieur : identifiant [[ID_FRANCE_TRAVAIL:4408261B]], {{ARE}} {{38,71 €}} par jour. Fin de droits le {{12 juillet}}. Le contrôleur : « et après ? » - « je sais pas ».",
    ),
    (
        FT,
        AP,
        "Accueil FT {{Épinal}}. Un homme demande un imprimé pour une attestation employeur. On lui dit que tout est dématérialisé. Il dit que son employeur ({{Menuiserie Colin}}) n'a pas internet. Le conseiller lui imprime quand même. 🙄",
    ),
    (
        CPAM,
        CSP,
        "Dans la cuisine, une facture de pharmacie (tiers payant refusé ?) : « Patient : [[PERSONNE:LAURENT Denise]] - N° facture [[IDENTIFIANT:PH-884201]] - {{52,30 €}} ». Le contrôleur la prend en photo pour le service des prestations.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Reims}}, quartier {{Croix-Rouge}}. Madame [[PERSONNE:Esther Mbala]] donne son mail pour recevoir le rapport : [[EMAIL:esther_mbala@yahoo.fr]]. Elle demande aussi à ajouter son nouveau portable : [[TELEPHONE:07 45 92 18 60]].",
    ),
    (
        URG,
        AT,
        "Appel d'un gendarme pour savoir si un accidenté de la route a été amené aux urgences. Il donne la plaque du véhicule accidenté : [[IMMATRICULATION:FL-902-CW]]. La secrétaire dit qu'elle ne peut pas confirmer par téléphone.",
    ),
    (
        CAF,
        AT,
        "Appel : monsieur veut que l'aide au logement soit versée à son propriétaire. L'agent lui demande l'IBAN du proprio. Il le lit : « [[IBAN:FR76 1470 7000 3203 2198 4471 574]] ». Le proprio s'appelle [[PERSONNE:Lucas Ernwein]]. L'agent explique que le proprio doit faire la demande lui-même.",
    ),
    (
        CCAS,
        AP,
        "Demande d'aide alimentaire, {{CCAS}} {{Mulhouse}}. L'agente vérifie les ressources sur {{CDAP}} avec le n° alloc : [[N_ALLOCATAIRE:7612045]]. {{RSA}} {{635 €}}, {{APL}} {{274 €}}. Bon de {{40 €}} pour les {{Restos du Cœur}}.",
    ),
    (
        CPAM,
        CSP,
        "Assuré [[PERSONNE:Oumar Sow]], {{33 ans}}. Sur la table, un contrat de travail en CDD chez {{Intermarché}}, daté pendant son arrêt maladie. Il dit qu'il l'a signé mais pas commencé. Le contrôleur demande l'attestation employeur.",
    ),
    (
        CAF,
        AP,
        "Borne {{Caf}} qui demande le code confidentiel. La dame l'a oublié. L'agente le réinitialise, envoi par SMS au [[TELEPHONE:06 ** ** ** 17]]... non attends le numéro s'affiche en entier : [[TELEPHONE:06 93 40 71 17]]. Je note pour montrer le pb.",
    ),
]

NOTES_6 = [
    (
        CPAM,
        CSP,
        "Contrôle à {{Metz}} {{Borny}}. Assurée [[PERSONNE:Chiara Santoni]], infirmière, {{38 ans}}, née à {{Bastia}} le [[DATE_NAISSANCE:21/11/1986]] (NIR [[NIR:2 86 11 2B 033 047 62]]). Elle donne son mail pour la suite : [[EMAIL:chiara.santoni[at]free.fr]]. Son compagnon [[PERSONNE:Loïc]] est là, il reste dans la cuisine.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur demande le livret de famille. Pages lues :\n- père : [[PERSONNE:Abdoulaye Traoré]], né le [[DATE_NAISSANCE:1er janvier 1978]] à {{Bamako}}\n- mère : [[PERSONNE:Hawa Traoré]] née [[PERSONNE:Keïta]]\n- enfants : [[PERSONNE:Moussa]] ([[DATE_NAISSANCE:2010]]), [[PERSONNE:Awa]] ([[DATE_NAISSANCE:2013]]), [[PERSONNE:Salif]] ([[DATE_NAISSANCE:2019]])\nTous déclarés. OK.",
    ),
    (
        CAF,
        AP,
        "Monsieur dépose une attestation de loyer remplie par son bailleur, {{Habitat Hauts-de-France}}. N° allocataire en haut : [[N_ALLOCATAIRE:3307859]]. L'agente scanne. {{3 min}}. Facile.",
    ),
    (
        FT,
        AP,
        "Une femme de {{54 ans}}, licenciée de chez {{Bridgestone}} à {{Béthune}}. Elle parle de « 31 ans de maison ». Le conseiller, [[PERSONNE:Mathieu]], lui parle du CSP. Elle donne son identifiant, [[ID_FRANCE_TRAVAIL:6610432F]], et son mail [[EMAIL:brigitte.lenglet62@orange.fr]]. Elle ne sait pas trop quoi faire de sa vie.",
    ),
    (
        CPAM,
        AT,
        "Appel d'une assurée qui veut changer son adresse : « j'habite maintenant [[ADRESSE:56 boulevard Carnot, 59800 Lille]] ». L'agent demande de le faire sur {{Ameli}}. Elle dit « je suis au téléphone avec vous, faites-le ». Il le fait.",
    ),
    (
        CPAM,
        CSP,
        "Visite {{Reims}}, {{Orgeval}}. Monsieur [[PERSONNE:Franck Lallement]], déclaré en arrêt, est en train de repeindre son volet sur une échelle. Le contrôleur : « vous êtes en arrêt pour quoi ? » - « le genou ». Silence gêné. Rapport à faire.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Nord}}. Une jeune femme appelle : « je m'appelle [[PERSONNE:Océane]], j'ai {{18 ans}}, ma mère m'a mise dehors ». L'écoutante demande un numéro de rappel : [[TELEPHONE:07 62 83 15 49]]. Place trouvée au foyer {{Les Glycines}}, {{chambre 3}}.",
    ),
    (
        CAF,
        CSP,
        "Relevé de compte {{Crédit Mutuel}} : IBAN [[IBAN:FR7610278030400001123450757]]. Le contrôleur cherche des virements entrants non déclarés. Un virement de {{1 500 €}} libellé « remboursement prêt [[PERSONNE:Nico]] ». Madame explique. OK.",
    ),
    (
        CCAS,
        CSP,
        "Visite d'évaluation pour le {{CCAS}} de {{Châlons}}. Mme [[PERSONNE:Jeannine Petitjean]], [[ADRESSE:11 rue de la Marne, 51000 Châlons-en-Champagne]]. Elle a {{5 chats}} dont {{Minou}} et {{Grisou}}. Elle veut juste quelqu'un pour les courses. L'agente propose l'aide à domicile de l'{{ADMR}}.",
    ),
    (
        CPAM,
        AP,
        "Accueil {{Cpam}} {{Roubaix}}, un monsieur veut parler au médecin-conseil. Impossible sans rdv. Il attend {{45 min}} pour qu'on lui dise ça. Je trouve l'agente gênée.",
    ),
    (
        CAF,
        CSP,
        "Fiche de l'entreprise d'intérim du compagnon (il est bien là, il vit ici finalement) : {{Randstad}} {{Valenciennes}}. Le compagnon, [[PERSONNE:Steve Derache]], donne son numéro de sécu, et la contrôleuse s'arrête : « non ça je prends sur l'attestation ». Rien de noté.",
    ),
    (
        URG,
        AT,
        "Appel d'un médecin de ville qui envoie un patient. « Il s'appelle [[PERSONNE:Norbert Gillet]], {{72 ans}}, suspicion d'AVC, il arrive en {{VSL}} ». La secrétaire prévient le box.",
    ),
    (
        CAF,
        AT,
        "L'agente appelle un allocataire pour lui dire qu'il a un trop-perçu de {{1 240 €}}. Il demande un échéancier. Elle donne le mail de la cellule recouvrement ({{recouvrement@caf59.fr}}), pas le sien. Il est calme, à ma surprise.",
    ),
    (
        CPAM,
        CSP,
        "Fin de visite, le contrôleur lit le PV à voix haute : « Le {{14 mai}} à {{10h20}}, je me suis présenté au domicile de M. [[PERSONNE:Nicolas Vandamme]], [[ADRESSE:9 rue des Écoles, 59150 Wattrelos]]... l'assuré était présent ». Signature. Rien de plus.",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission, une femme enceinte ({{7 mois}}) et son mari. Ils viennent de {{Géorgie}}. La référente photocopie leur attestation de demande d'asile : n° [[IDENTIFIANT:5901234781]] (lui) et [[IDENTIFIANT:5901234782]] (elle). Elle s'appelle [[PERSONNE:Nino Beridze]].",
    ),
    (
        CAF,
        CSP,
        "Monsieur, ancien chauffeur routier, montre la carte grise de son camping-car : [[IMMATRICULATION:DF-316-AK]]. Il dit qu'il y dort parfois à {{Berck}} l'été. La question du contrôleur : résidence principale = ici ? Oui, {{8 mois}} sur {{12}} minimum.",
    ),
    (
        CPAM,
        AP,
        "Une dame très stressée : « j'ai reçu un SMS de l'{{Assurance Maladie}} pour mettre à jour ma carte vitale ». Elle montre son écran : le lien c'est « {{ameli-renouvellement-carte.com}} ». Arnaque. L'agent lui dit d'effacer.",
    ),
    (
        CAF,
        CSP,
        "Je note l'ambiance : télé allumée sur {{BFM}}, {{3 enfants}} qui jouent, un bébé qui dort. La contrôleuse parle fort pour couvrir la télé. Madame ne l'éteint pas. Contrôle de {{40 min}}.",
    ),
    (
        FT,
        AT,
        "Appel sortant : rappel d'une candidate pour un job dating chez {{Toyota}} {{Onnaing}}. « Mme [[PERSONNE:Hadjadj]] ? » Oui. Elle confirme. Identifiant relu pour l'inscription : [[ID_FRANCE_TRAVAIL:1093758 T]].",
    ),
    (
        CPAM,
        CSP,
        "On est devant un immeuble {{Habitat 08}} à {{Charleville}}. L'assuré ne répond pas à l'interphone. Sur l'étiquette : « [[PERSONNE:RICHARD]] / [[PERSONNE:NOËL]] ». Le contrôleur me rappelle que [[PERSONNE:Richard]] et [[PERSONNE:Noël]] peuvent être des noms de famille. Il appelle : [[TELEPHONE:03 24 56 12 80]]. Ça sonne dans l'appart, personne.",
    ),
    (
        CAF,
        CSP,
        "Dans la pile, une lettre d'huissier ! Dossier n° [[IDENTIFIANT:2024/0871-R]], pour une dette de loyer de {{2 340 €}} envers l'ancien bailleur M. [[PERSONNE:Vanderbeken]]. La contrôleuse conseille la {{Banque de France}} (surendettement).",
    ),
    (
        URG,
        AP,
        "Une maman donne le carnet de santé de son fils [[PERSONNE:Nathan]]. L'agente tape la date de naissance qu'elle lit sur le carnet : [[DATE_NAISSANCE:02.09.2021]].",
    ),
    (
        CCAS,
        AT,
        "Appel d'une dame qui veut une place en résidence autonomie. Elle épelle son nom : « [[PERSONNE:B-O-U-R-G-E-O-I-S]], comme la classe sociale ». L'agente rit. Liste d'attente : {{18 mois}}.",
    ),
    (
        CPAM,
        CSP,
        "Le contrôleur vérifie les factures d'un prestataire de matériel médical, {{Médical Santé Nord}}. Chez l'assurée, un fauteuil roulant facturé {{3 200 €}}, n° de série [[IDENTIFIANT:FR-MSN-04412]]. Le fauteuil est bien là, dans le couloir.",
    ),
    (
        CAF,
        AP,
        "Rdv avec la travailleuse sociale {{Caf}}, {{Creil}}. Madame se sépare, elle a peur que son mari découvre sa nouvelle adresse. La TS masque l'adresse dans le dossier. Elle dit que ça arrive « toutes les semaines ».",
    ),
    (
        CPAM,
        CSP,
        "RIB de l'assuré posé sur la table, {{Caisse d'Épargne}} : [[IBAN:17515 90000 08412377520 66]] (je recopie {{2 fois}} pour être sûre). Versements {{IJ}} de {{1 104 €}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite dans le logement d'un résident ({{Valenciennes}}). Il a un chien, {{Rocky}}, qui aboie tout le long. Le résident, [[PERSONNE:Jordan]], promet de le garder dans la chambre. Pas de souci majeur.",
    ),
    (
        CAF,
        CSP,
        "Bail lu : « Le bailleur {{SCI du Moulin}}, représentée par M. [[PERSONNE:Georges Lemoine]] ». Hmm, une SCI familiale ? Loyer {{640 €}}, {{68 m2}}, T3. Numéro fiscal de madame (avis d'impôt) : [[IDENTIFIANT:1 06 72 318 446 92]].",
    ),
    (
        FT,
        AP,
        "Une personne en fauteuil, {{RQTH}}. Le conseiller de {{Cap emploi}} est là aussi. Ils parlent de l'{{Agefiph}}. {{40 min}}. Très pro.",
    ),
    (
        CPAM,
        AT,
        "Conseillère, {{16h50}}. Monsieur donne son NIR trop vite, elle le fait répéter. Puis : « et votre mail ? » - « [[EMAIL:m.ozturk1988@gmail.com]] ». Il reçoit la demande de RIB par mail.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Amiens}} nord. Madame [[PERSONNE:Mélissa Caudron]] dit que son ex ne vient jamais. Sur le frigo : « {{Papa}} vient chercher [[PERSONNE:Léo]] mercredi » et un numéro, [[TELEPHONE:06 07 44 81 35]]. La contrôleuse ne dit rien.",
    ),
    (
        CCAS,
        AP,
        "Un monsieur vient pour l'aide au permis de conduire. L'agente demande le numéro NEPH : [[IDENTIFIANT:210359102847]]. Il l'a dans son téléphone. Dossier complet. Étonnant.",
    ),
    (
        CAF,
        CSP,
        "Avant de partir, la contrôleuse remet à madame un double de sa déclaration avec son n° alloc entouré : [[N_ALLOCATAIRE:8204617]]. « Gardez bien ça ». Madame le met sur le frigo.",
    ),
]

NOTES_7 = [
    (
        CAF,
        CSP,
        "{{Forbach}}, cité {{Bellevue}}. Le mari travaille en {{Allemagne}} (à {{Sarrebruck}}), payé sur un compte allemand : [[IBAN:DE98 5905 0101 0012 3456 78]]. Voiture immatriculée en {{Sarre}} : [[IMMATRICULATION:SB-KM 417]]. Allocataire : Mme [[PERSONNE:Melek Aydin]], n° [[N_ALLOCATAIRE:2190834]]. Le contrôleur va demander les fiches de paie allemandes (Lohnabrechnung, il prononce mal 😅).",
    ),
    (
        CPAM,
        CSP,
        "Contrôle dans un immeuble sans nom sur les boites aux lettres. Le gardien nous aide : « Mme [[PERSONNE:Benhamou]] ? 4e gauche ». Elle est là. Arrêt pour grossesse pathologique. {{5 min}}.",
    ),
    (
        CAF,
        CSP,
        "Factures lues par le contrôleur, dans l'ordre :\n- {{Veolia}} (eau) réf abonné [[IDENTIFIANT:0871 2290 45]], {{34 €}}/mois\n- {{TotalEnergies}} (élec) réf client [[IDENTIFIANT:TE-3019874512]]\n- {{SFR}} box, ligne [[TELEPHONE:09 81 27 44 63]]\nToutes au nom de madame seule, [[PERSONNE:Corinne Dufresne]]. Cohérent.",
    ),
    (
        CCAS,
        AP,
        "Un jeune de {{22 ans}} vient pour une aide à l'achat d'un vélo pour aller bosser chez {{Leroy Merlin}} à {{Noyelles-Godault}}. Il a pas de voiture. L'agent dit que c'est une bonne idée et cherche le formulaire. {{12 min}}.",
    ),
    (
        CPAM,
        CSP,
        "Assuré [[PERSONNE:Vincent Marquis]], {{47 ans}}, conducteur de bus à la {{Transpole}}... pardon {{Ilévia}}. Contrôle après un signalement de l'employeur. Il était à un match du {{LOSC}} pendant l'arrêt (photo sur {{Facebook}}, compte [[IDENTIFIANT:@vince.marquis.59]]). Il dit que le médecin l'autorise à sortir.",
    ),
    (
        CHRS,
        AT,
        "Une assistante sociale d'hôpital appelle le 115 pour un patient qui sort demain. Elle donne son nom, [[PERSONNE:Gérard Pruvost]], {{63 ans}}, et le numéro de dossier {{SIAO}} : [[IDENTIFIANT:SIAO-62-118402]]. Pas de place avant {{lundi}}.",
    ),
    (
        CAF,
        AT,
        "L'agent me dit que {{60 %}} des appels de la journée portent sur la même chose : le nouveau calcul des {{APL}}. Aujourd'hui : {{58 appels}} traités par l'équipe de {{8}}.",
    ),
    (
        CPAM,
        CSP,
        "Monsieur (retraité, invalidité) vit en alternance chez lui et chez sa fille à {{Mons}} en {{Belgique}}. Compte belge au nom de la fille, [[PERSONNE:Émilie Verhaegen]] : [[IBAN:BE21 3101 4982 7603]]. Il a procuration dessus. Le contrôleur pose plein de questions sur « où vous dormez ».",
    ),
    (
        URG,
        AT,
        "Appel d'une mère inquiète, sa fille de {{16 ans}} n'est pas rentrée. « Elle s'appelle [[PERSONNE:Clara Lenoir]], elle est née le [[DATE_NAISSANCE:13 mars 2009]] ». La secrétaire regarde : pas admise ici. Elle conseille d'appeler la police.",
    ),
    (
        CAF,
        CSP,
        "{{11h40}}. On sonne chez M. et Mme [[PERSONNE:Cherif]]. C'est leur fille qui ouvre, {{15 ans}}, elle dit que ses parents sont au marché de {{Wazemmes}}. On repasse à {{14h}}. Le contrôleur laisse la carte de la {{Caf}} avec le standard : {{03 20 80 55 00}} poste {{4127}}.",
    ),
    (
        CHRS,
        AP,
        "{{CHRS}} à {{Charleville}}. Le veilleur de nuit me raconte : {{21 places}}, toujours pleines. Il connait tout le monde par son prénom. Il dit que le plus dur c'est l'hiver.",
    ),
    (
        CPAM,
        AP,
        "Accueil, une étudiante chinoise veut sa carte vitale. Elle donne son passeport : [[IDENTIFIANT:EK4830197]], nom [[PERSONNE:ZHANG Yiran]], née le [[DATE_NAISSANCE:2002-05-17]]. L'agent doit lui attribuer un NIA provisoire. {{15 min}}.",
    ),
    (
        FT,
        AT,
        "Le conseiller rappelle un demandeur pour une formation cariste ({{CACES}}) à {{Lesquin}}. « M. [[PERSONNE:Bensalem]] ? votre identifiant c'est bien [[ID_FRANCE_TRAVAIL:5 827 391 C]] ? » Oui. Inscrit à la session de {{mars}}.",
    ),
    (
        CAF,
        CSP,
        "Madame [[PERSONNE:Ana Ribeiro]] nous montre la quittance de {{mai}} : propriétaire M. [[PERSONNE:Joaquim Costa]], logement [[ADRESSE:72 rue de Lannoy, 59100 Roubaix]], loyer {{460 €}}. Le proprio est son oncle ! Le contrôleur dit que c'est autorisé tant qu'il n'habite pas avec elle.",
    ),
    (
        CCAS,
        AT,
        "Appel pour une demande de {{bon de secours}}. L'agente prend les coordonnées : nom [[PERSONNE:Diallo]], prénom [[PERSONNE:Mariama]], portable [[TELEPHONE:+33 7 58 20 14 96]], num alloc [[N_ALLOCATAIRE:0648127]]. RDV {{jeudi 14h}}.",
    ),
    (
        CPAM,
        CSP,
        "Bloc-notes :\n- {{9h00}} départ de l'agence de {{Valenciennes}}\n- {{9h25}} 1er domicile, absent\n- {{9h50}} 2e domicile, présent\n- {{10h30}} 3e, présent, refuse d'ouvrir, parle par la fenêtre 😶\n- {{11h15}} retour",
    ),
    (
        CAF,
        AP,
        "{{Caf}} {{Dunkerque}}. La dame donne son n° d'allocataire et son mot de passe à l'agente ! L'agente lui dit de ne jamais faire ça. N° alloc : [[N_ALLOCATAIRE:3975016]]. Mot de passe : je ne l'ai pas noté.",
    ),
    (
        CPAM,
        CSP,
        "Chez M. [[PERSONNE:Karl Schaeffer]] à {{Colmar}}. Sa fille [[PERSONNE:Léa]], {{20 ans}}, est ayant droit, le contrôleur vérifie qu'elle est bien étudiante : carte d'étudiante {{Université de Strasbourg}} n° [[IDENTIFIANT:22104587]]. OK.",
    ),
    (
        CHRS,
        CSP,
        "Visite à domicile avec l'éducateur du service logement du {{CHRS}}, à {{Douai}}. Le résident [[PERSONNE:Anis]] a un nouveau compte bancaire, il montre fièrement son RIB : [[IBAN:FR76 3000 4008 1800 0019 2645 886]]. Premier compte de sa vie à {{32 ans}}.",
    ),
    (
        CAF,
        CSP,
        "Le contrôleur trouve un 2e bail dans le classeur, pour un autre logement à {{Lens}} : [[ADRESSE:14 rue de la Gare, 62300 Lens]], au nom de madame aussi. Elle explique que c'est le logement de sa mère, elle s'est portée caution. Il vérifie : c'est une caution, pas un bail. OK.",
    ),
    (
        CHRS,
        AT,
        "115 de la {{Meurthe-et-Moselle}}, {{23h50}}. L'écoutant a eu {{87 appels}} depuis {{18h}}. Il me dit qu'il en a décroché {{41}}. Les autres ont raccroché.",
    ),
    (
        CPAM,
        AT,
        "Une assurée appelle pour signaler qu'elle a perdu sa carte vitale. La conseillère vérifie son identité avec sa date de naissance, [[DATE_NAISSANCE:trente et un août soixante-sept]], et son code postal. Nouvelle carte commandée.",
    ),
    (
        CAF,
        CSP,
        "Document lu : attestation d'assurance auto {{MAAF}}, conducteur principal [[PERSONNE:Dimitri Popescu]], véhicule {{Dacia Logan}} [[IMMATRICULATION:ER-551-BN]], n° sociétaire [[IDENTIFIANT:187432095 R]]. Monsieur est déclaré « hébergé ailleurs ». Pourtant il assure sa voiture à cette adresse. Le contrôleur tique.",
    ),
    (
        URG,
        AP,
        "Agente d'admission, {{Lens}}. Patient sans carte vitale ni papiers, mais il donne son identifiant {{France Travail}} par cœur : [[ID_FRANCE_TRAVAIL:3309186D]] (!!). L'agente ne sait pas quoi en faire. Elle prend son nom, [[PERSONNE:Kamel Rahmani]], et son tél [[TELEPHONE:06 52 19 83 07]].",
    ),
    (
        CPAM,
        CSP,
        "En sortant, le contrôleur me dit qu'il a fait {{3 200}} visites dans sa carrière. Il n'en a « jamais oublié une seule où il y avait des enfants qui avaient faim ». On reste silencieux dans la voiture.",
    ),
    (
        CAF,
        CSP,
        "Chez madame, un courrier de la {{CPAM}} avec son n° de sécu masqué (que des étoiles) et sa date de naissance en clair : [[DATE_NAISSANCE:16/04/1985]]. Son n° alloc sur un autre courrier : [[N_ALLOCATAIRE:5128364]]. La contrôleuse me montre : « vous voyez, ils masquent l'un et pas l'autre ».",
    ),
    (
        FT,
        AT,
        "Appel d'un employeur ({{Transports Lambert & Fils}}) pour un candidat : « [[PERSONNE:Yannis Kaddour]], vous nous l'avez envoyé, il était super ». Le patron, M. [[PERSONNE:Lambert]], donne son mail perso pour le retour : [[EMAIL:f.lambert62@sfr.fr]].",
    ),
    (
        CPAM,
        CSP,
        "Compte joint du couple, {{La Banque Postale}}, RIB collé sur le frigo : [[IBAN:FR25 2004 1000 0118 4756 2F02 649]]. Titulaires : M. ou Mme [[PERSONNE:Bouchard Thierry]]. Le contrôleur ne l'a même pas demandé.",
    ),
    (
        CCAS,
        CSP,
        "Visite pour demande d'aide au déménagement. Mme [[PERSONNE:Sylvie Deprez]] part de [[ADRESSE:3 résidence du Parc, 59600 Maubeuge]] vers un logement adapté. L'agente compte les cartons : {{34}}. Son fils [[PERSONNE:Kevin]] aide. Mail du fils pour la facture : [[EMAIL:kevin.deprez59@gmail.com]].",
    ),
    (
        CAF,
        AP,
        "Accueil de {{Troyes}}. Une femme donne sa carte {{Caf}} à l'agente : n° [[N_ALLOCATAIRE:4702951]]. Elle veut un rdv avec une assistante sociale. Prochain créneau : dans {{3 semaines}}. Elle dit « je serai expulsée d'ici là ».",
    ),
    (
        CPAM,
        CSP,
        "Visite à {{Saint-Dizier}} chez une assurée en arrêt, Mme [[PERSONNE:Aurore Collot]]. Son mail, pour l'envoi du compte rendu : « [[EMAIL:aurore point collot chez laposte point net]] ». Le contrôleur écrit sans broncher.",
    ),
    (
        CHRS,
        AP,
        "Accueil de jour, {{Lille}} {{Moulins}}. Un homme demande s'il peut laisser son sac à la bagagerie. Casier {{17}}. L'agent écrit son prénom sur un papier : [[PERSONNE:Vasile]]. Il revient à {{18h}}.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle terminé. PV signé par l'assuré ([[PERSONNE:Jean-Luc Hanot]]). Le contrôleur le scanne. Il me dit que sur le PV il n'y a « que les faits, jamais l'ambiance ». C'est moi qui note l'ambiance : chaleureuse, café, biscuits {{Lu}}.",
    ),
]

NOTES = [*NOTES_1, *NOTES_2, *NOTES_3, *NOTES_4, *NOTES_5, *NOTES_6, *NOTES_7]

# --- parsing, split, writing -----------------------------------------------------------------

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
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
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
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
    """Dev / holdout ids; depends only on the ids and the cells (site kind x channel)."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
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
    lines = [json.dumps(n, ensure_ascii=False) + "\n" for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def counts(notes: list[dict], dev: set[str], holdout: set[str]) -> None:
    groups = {
        "all": notes,
        "dev": [n for n in notes if n["id"] in dev],
        "holdout": [n for n in notes if n["id"] in holdout],
    }
    cells = sorted({(n["site_kind"], n["channel"]) for n in notes})
    print("| site kind | channel | all | dev | holdout |")
    print("|---|---|---|---|---|")
    for site_kind, channel in cells:
        row = [
            sum(1 for n in g if (n["site_kind"], n["channel"]) == (site_kind, channel))
            for g in groups.values()
        ]
        print(f"| {site_kind} | {channel} | " + " | ".join(map(str, row)) + " |")
    print("\n| label | all | dev | holdout |")
    print("|---|---|---|---|")
    per = {k: Counter(e["label"] for n in g for e in n["entities"]) for k, g in groups.items()}
    for label in LABELS:
        print(f"| {label} | " + " | ".join(str(per[k][label]) for k in groups) + " |")
    total = " | ".join(str(sum(per[k].values())) for k in groups)
    print(f"| total | {total} |")
    keep = " / ".join(str(sum(len(n["keep"]) for n in g)) for g in groups.values())
    empty = " / ".join(str(sum(1 for n in g if not n["entities"])) for g in groups.values())
    print(f"\nkeep entries (all / dev / holdout): {keep}")
    print(f"notes without any entity (all / dev / holdout): {empty}")


def main() -> int:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    if "--counts" in sys.argv[1:]:
        counts(notes, dev, holdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
