"""Independent evaluation corpus n° 82 (Lorraine): 240 hand-written observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive); ``split`` draws the
dev / holdout halves from the ids and the cells only; running the module writes ``dev.jsonl``
and ``holdout.jsonl`` next to it. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind82"
SEED = 82
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

# Notes 001-035.
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h10}}, 1ere personne : Mme [[PERSONNE:Thiriet]], elle vient de {{Maron}} (le village au bord de la {{Moselle}}, pas loin de {{Chaligny}}). Bus {{Stan}} jusqu'à {{place Stanislas}} puis à pied, {{45 min}} de trajet. Elle veut comprendre pourquoi son {{APL}} a baissé depuis qu'elle a quitté le logt {{mmH}} de {{Haussonville}}. L'agente ([[PERSONNE:Sandrine]]) regarde, n° alloc [[N_ALLOCATAIRE:2846173]] : nouveau bailleur + revenus {{N-2}}. Mme [[PERSONNE:Thiriet]] : « donc c'est normal ». Oui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{14h02}}. Monsieur qui appelle de {{Commercy}}, veut savoir si la {{prime d'activité}} tombe le {{5 du mois}} ou apres. Attente annoncée {{12 min}}, réelle {{19 min}} 😤. Il ne donne ni nom ni numero, l'agent repond en général. Il raccroche content. Durée de l'appel {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Nancy}}, une borne + 3 guichets. Un monsieur âgé, M. [[PERSONNE:Nicolas]] (c'est son NOM, il insiste, prénom [[PERSONNE:Gérard]]) : « je suis né à {{Saint-Nicolas-de-Port}} et je m'appelle [[PERSONNE:Nicolas]], alors à la {{Saint-Nicolas}} tout le monde se moque ». Il a perdu sa {{carte Vitale}} à la fête des jonquilles de {{Gérardmer}}. L'agent [[PERSONNE:Yannick]] : formulaire, photo, délai {{3 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{11h40}} IOA (infirmière d'accueil) = [[PERSONNE:Maëlle]]. Gamin de {{8 ans}} tombé de vélo le long du {{canal}} à {{Laneuveville}}, le père [[PERSONNE:Karim Bensaïd]] tient le bras. Fiche remplie à voix haute : « date de naissance ? » « le [[DATE_NAISSANCE:2 février 2017]] ». Tri 3, attente estimée {{2h}}. [[PERSONNE:Maëlle]] au gamin : « ça va aller [[PERSONNE:Ilyes]], t'es un grand ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Épinal}}, conseillère Mme [[PERSONNE:Colin]]. Demandeur [[PERSONNE:Florent Madon]], {{34 ans}}, cariste, cherche vers {{Golbey}} ou {{Thaon}}. Elle : « [[PERSONNE:Madon]] comme la rivière ? » lui : « oui le {{Madon}} passe à {{Mirecourt}}, ma grand-mère en venait ». Identifiant lu sur l'écran : [[ID_FRANCE_TRAVAIL:4271836K]]. Elle imprime 2 offres, {{Norske Skog}} et {{Transports Mathieu}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} – écoutante [[PERSONNE:Aurélie]]. {{22h15}}. Femme avec {{2 enfants}}, dehors devant la {{gare de Nancy}}, {{place Simone Veil}}. Elle donne son nom : [[PERSONNE:Oksana Kovalenko]], puis épelle [[PERSONNE:K-O-V-A-L-E-N-K-O]]. Pas de place ce soir en {{CHRS}}, [[PERSONNE:Aurélie]] propose un {{Ibis Budget}} à {{Houdemont}} via le {{SIAO}}. Rappel au [[TELEPHONE:07 58 13 40 96]] dans {{1h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à dom avec l'AS du {{CCAS}} de {{Saint-Dié}}, [[PERSONNE:Léa Humbert]]. Chez Mme [[PERSONNE:Jeanne Grandjean]], {{87 ans}}, [[ADRESSE:6 rue Jules Ferry, 88100 Saint-Dié-des-Vosges]]. Elle nous montre une vieille gravure de {{Jules Ferry}} « il est d'ici vous savez ». Demande de portage de repas + {{APA}}. Son chat s'appelle {{Laurent}} « comme mon défunt mari » ([[PERSONNE:Laurent]], donc). Frigo presque vide, [[PERSONNE:Léa]] note.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. 3 appels en {{20 min}} sur des {{IJ}} pas versées, l'agent explique le délai de {{30 jours}}, les gens s'énervent. Un appelant : « vous êtes des {{Stanislas}} dans vos palais » ?? pas compris la réf 😅",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Ligny-en-Barrois}}, contrôleur [[PERSONNE:Pascal Vautrin]]. Allocataire M. [[PERSONNE:Thierry Ligny]] (oui comme la ville, « on me le dit tous les jours »). Déclare vivre seul. Dans l'entrée : 2 paires de chaussures femme, un courrier au nom de [[PERSONNE:Nadia Cherfaoui]]. Il dit que c'est sa soeur qui passe. [[PERSONNE:Pascal]] note, pas d'accusation. Voiture devant : [[IMMATRICULATION:GH-417-PK]], il la relève aussi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tel {{39 49}}. Conseiller [[PERSONNE:Rachid]] rappelle un demandeur de {{Longwy}} qui bosse en intérim au {{Luxembourg}}, questions sur les droits des {{frontaliers}}. Le monsieur dicte son identifiant « [[ID_FRANCE_TRAVAIL:trois zéro six huit quatre un deux B]] », [[PERSONNE:Rachid]] tape [[ID_FRANCE_TRAVAIL:3068412B]]. RDV proposé à l'agence de {{Mont-Saint-Martin}} jeudi {{10h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tel aux urgences de l'{{Hôpital Central}}. Une dame veut savoir si son fils est arrivé : « il s'appelle [[PERSONNE:Kevin Demange]], né le [[DATE_NAISSANCE:14/06/1998]] ». L'agent ne peut rien dire au tel, il lui dit de venir avec une pièce d'identité. La dame pleure. {{3 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} « {{Foyer Sainte-Odile}} », quartier {{Saint-Pierre}} à {{Nancy}}. Accueil de jour. Un homme, « [[PERSONNE:Bouboule]] » (tout le monde l'appelle comme ça), vient chercher son courrier : domiciliation au nom de [[PERSONNE:Jean-Marc Pierrat]]. Le TS [[PERSONNE:Hugo]] lui rappelle son rdv à l'{{ARS}} (l'asso, pas l'{{Agence régionale de santé}} 🙃). Il repart vers {{la Pépinière}} avec son chien {{Gaston}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil du {{CCAS}} de {{Verdun}}, pas loin de la {{place Chevert}}. Affiche : « Colis de la {{Saint-Nicolas}} le {{6 décembre}}, inscriptions avant le {{25 novembre}} ». Une dame demande si les {{Restos du Coeur}} de {{Thierville}} ouvrent le mardi. L'agent sait pas, appelle, {{10 min}} pour avoir la réponse (oui, {{9h-11h}}).",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB. M. [[PERSONNE:Dos Santos]] tend un RIB papier {{Crédit Mutuel}} agence {{Pont-à-Mousson}}, l'agent tape [[IBAN:FR76 1027 8054 0000 0218 7394 583]]. Il a changé de banque « parce que le {{Crédit Agricole}} prenait {{8 €}} par mois ». Dossier [[N_ALLOCATAIRE:0519627]]. L'agent lit les groupes de 4 chiffres a voix haute, toute la file entend.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, agence de {{Toul}}. Modèle projeté au mur : CV de « [[PERSONNE:Jean Dupont]], magasinier ». La conseillère [[PERSONNE:Hélène]] insiste sur l'adresse mail sérieuse. {{6 participants}}, dont un jeune de {{Pierre-la-Treiche}} qui se présente « moi c'est [[PERSONNE:Pierre]], de Pierre-la-Treiche » → fou rire. Offres du jour : {{Leclerc}} {{Dommartin}}, {{Intermarché}} {{Écrouves}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "SALLE D'ATTENTE PLEINE. {{23 personnes}} a {{15h}}, ecran : DÉLAI MOYEN {{3H40}}. Pub {{Vittel}} sur la machine a boissons (vide évidemment). Personne ne parle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Ouali]] avec sa fille [[PERSONNE:Yasmine]] ({{16 ans}}) pour la {{CSS}} (complémentaire santé solidaire). Elle est née à {{Oran}}, « je suis de [[DATE_NAISSANCE:68]] ». L'agent [[PERSONNE:Frédéric]] lit le NIR sur l'attestation : [[NIR:2 68 04 99 352 074 09]]. Il manque l'avis d'imposition, elle reviendra. {{25 min}} au guichet.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillère appelle {{5 personnes}} pour l'info coll « Métiers de la forêt » à {{Rambervillers}} avec l'{{ONF}}. 3 répondeurs, 1 faux numéro, 1 intéressé. {{25 min}} en tout.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Noël]] demande quand tombe la {{prime de Noël}}. L'agent [[PERSONNE:Cédric]] : « Madame [[PERSONNE:Noël]], c'est versé mi-décembre, vers le {{15}} ». Elle rit : « avec un nom pareil je devrais l'avoir en premier ». Appel de {{6 min}}, le meilleur de la matinée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du soir avec la {{Croix-Rouge}} et le {{Samu social}} de {{Nancy}}. Sous le pont, berge de la {{Meurthe}}, côté {{Malzéville}}. On rencontre [[PERSONNE:Zbigniew]], dit « [[PERSONNE:Zbyszek]] », polonais, {{60 ans}} env., une tente. Il refuse le {{115}}. On laisse soupe + couverture. Son chien s'appelle {{Bruno}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel {{CCAS}} {{Lunéville}}. Un monsieur appelle pour sa voisine : « Madame [[PERSONNE:Rose Marchal]], elle vit seule au [[ADRESSE:14 rue Castara]], elle n'a plus de chauffage depuis lundi ». Il laisse son numéro, [[TELEPHONE:03 83 74 52 16]]. L'agente promet un passage demain matin. Dehors il fait {{-4°}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune, [[PERSONNE:Dylan Lhuillier]], {{19 ans}}, de {{Neuves-Maisons}}, pas de permis. La conseillère parle du {{CEJ}} et de l'{{E2C}} à {{Vandoeuvre}}. Mail dicté : [[EMAIL:dylan.lhuillier54@gmail.com]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:5183947H]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ambulance {{Ambulances Saint-Christophe}} dépose une vieille dame de l'{{EHPAD Les Tilleuls}} de {{Dieulouard}}. L'ambulancier : « c'est Mme [[PERSONNE:Claude]], [[PERSONNE:Marie-Thérèse]], chute cette nuit, l'infirmière de nuit [[PERSONNE:Bintou]] a appelé le {{15}} ». L'IOA note tout. Tri 2.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile, {{Jarville-la-Malgrange}}, avec l'agent enquêteur [[PERSONNE:Olivier Perrin]]. Assuré absent à {{16h40}} (sorties autorisées {{9h-11h}} et {{14h-16h}}). Le voisin : « il est au {{Leroy Merlin}} de {{Houdemont}} ». Dans le jardin un {{olivier}} en pot, [[PERSONNE:Olivier]] rigole. Avis de passage laissé au [[ADRESSE:5 allée des Glycines, 54140 Jarville-la-Malgrange]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet en voiture de service vers {{Stenay}}, {{1h15}} depuis {{Bar-le-Duc}}. Le contrôleur fait {{4 visites}} par jour max, {{800 km}} par semaine dans la {{Meuse}}. Forêt partout, {{forêt d'Argonne}}, plus de réseau après {{Varennes}}. Dossier du jour : suspicion de résidence en {{Belgique}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente {{Verdun}}. Offre affichée : « Agent d'entretien – {{Hôpital Saint-Nicolas}} – CDD {{6 mois}} ». Mme [[PERSONNE:Toussaint]] demande si l'agence ferme à la {{Toussaint}}. Conseiller [[PERSONNE:Benoît]] : « le {{1er novembre}} oui, Madame [[PERSONNE:Toussaint]] » (sourire). Son identifiant : [[ID_FRANCE_TRAVAIL:0927461M]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Meuse}}. Un jeune, [[PERSONNE:Moussa]], dit avoir {{17 ans}} → l'écoutant oriente vers l'{{ASE}}, procédure {{MNA}}. Il est à la {{gare de Bar-le-Duc}}. Pas de nom de famille. L'écoutant appelle la permanence du département.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Yilmaz]] : « mon alloc c'est [[N_ALLOCATAIRE:3418209]] », il le connait par coeur. RDV {{RSA}} à {{9h30}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vandœuvre}}, près du centre commercial {{Les Nations}}. Une femme, [[PERSONNE:Lorraine Kessler]] (« oui [[PERSONNE:Lorraine]], mes parents aimaient la région »), née à {{Metz}} : « mais la {{Moselle}} c'est pas la même {{Lorraine}} ». Aide pour une facture {{EDF}}, réf. client [[IDENTIFIANT:6 027 891 335]]. L'agente [[PERSONNE:Samia]] monte un dossier {{FSL}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la régulation {{SAMU 54}} à l'IOA : « on vous envoie M. [[PERSONNE:Wiśniewski]], {{72 ans}}, douleur thoracique, VSAV de {{Pompey}} ». L'IOA fait épeler : [[PERSONNE:W-I-S-N-I-E-W-S-K-I]]. Arrivée prévue {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Fabienne]] au tel avec un assuré de {{Saint-Max}} qui change de médecin traitant : « le Dr [[PERSONNE:Mansuy]], à {{Toul}}, à côté de l'église {{Saint-Mansuy}} ». Il ajoute « moi c'est [[PERSONNE:Max]], de Saint-Max, ça s'invente pas ». Formulaire à télécharger sur {{Ameli}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission, {{CHRS Marie-Madeleine}} à {{Épinal}}. Mme [[PERSONNE:Aminata Sissoko]], 2 enfants : [[PERSONNE:Awa]] ({{6 ans}}) et [[PERSONNE:Ibrahim]] ({{3 ans}}). Titre de séjour n° [[IDENTIFIANT:8800417253]], expire en mars. La TS, [[PERSONNE:Clémence]], photocopie tout. Chambre {{14}}, {{2e étage}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{14h}}, agence presque vide, 2 conseillers en réunion « loi {{plein emploi}} ». Au mur un poster « {{Lorraine}}, terre d'industrie » avec les {{hauts fourneaux}} de {{Pompey}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File jusqu'à la porte, {{Caf}} d'{{Épinal}}. Un monsieur âgé lit le badge de l'agente : « [[PERSONNE:Marguerite]] ? comme {{Sainte-Marguerite}} ? » — elle : « comme ma grand-mère ». Il vient justement de {{Sainte-Marguerite}}, à côté de {{Saint-Dié}}. Question sur l'{{ASF}} pour sa petite-fille.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet imprimé : « [[PERSONNE:FONTAINE Jules]] – IPP [[IDENTIFIANT:P00872341]] ». Il a glissé près de la {{fontaine}} de la {{place d'Alliance}}. L'infirmier [[PERSONNE:Tom]] : « M. [[PERSONNE:Fontaine]] et la fontaine, sérieux ».",
    ),
]

# Notes 036-070.
NOTES_2 = [
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} d'{{Épinal}}. Mme [[PERSONNE:Gérardin]] a raté le bus {{Imagine}} pour l'{{épicerie sociale}} de {{la Justice}} (le quartier, pas le tribunal 🙂). L'agente la réinscrit pour jeudi {{14h}}. Portable : [[TELEPHONE:06 45 07 93 18]]. Elle raccroche sur « merci madame [[PERSONNE:Bastien]] » — l'agente s'appelle [[PERSONNE:Bastien]] de nom, [[PERSONNE:Noémie]] de prénom, les gens confondent tout le temps.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Homécourt}}, cité {{Sainte-Barbe}}, anciennes maisons de mineurs, toutes pareilles, jardinets devant. Contrôleuse [[PERSONNE:Isabelle Gaspard]], {{22 ans}} de métier, elle connaît la cité par coeur. Allocataire Mme [[PERSONNE:Giuliana Rossi]], petite-fille d'un mineur de {{Jœuf}} (« ici c'est le pays de {{Platini}} », photo dédicacée dans l'entrée). On vérifie la présence d'un compagnon : pas d'affaires d'homme dans la salle de bain, une seule brosse à dents.\n- Contrôleuse : « et la {{Clio}} garée là tous les soirs ? » (le voisin l'a signalée, [[IMMATRICULATION:fz-382-tm]])\n- Mme [[PERSONNE:Rossi]] : « c'est mon frère [[PERSONNE:Mario]], il me ramène des courses, il vit à {{Briey}} »\n- Contrôleuse : « vous pouvez me donner son adresse ? » — elle la donne sans hésiter.\nLogement : [[ADRESSE:11 cité Sainte-Barbe, 54310 Homécourt]]. Conclusion : rien de probant, rapport neutre. En partant elle me dit que la moitié de ses contrôles finissent comme ça.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{30 min}}, conseiller [[PERSONNE:Jonathan]]. Demandeuse [[PERSONNE:Ngoc Anh Tran]], {{41 ans}}, ex-préparatrice en pharmacie à {{Laxou}}, veut un {{CAP}} pâtisserie. Identifiant [[ID_FRANCE_TRAVAIL:7402158D]], {{AIF}} possible. Elle demande si son {{CPF}} suffit : non, {{1 200 €}} dessus, formation à {{4 800 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Étiquette collée sur le dossier : [[PERSONNE:SAINTE-ROSE Jean-Hugues]] / né le [[DATE_NAISSANCE:03.09.1979]] / IPP [[IDENTIFIANT:40018273]]. Martiniquais, arrivé à {{Nancy}} en {{2004}} avec l'armée (base d'{{Ochey}}). L'aide-soignante [[PERSONNE:Lucie]] : « M. [[PERSONNE:Sainte-Rose]], on vous installe box {{7}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Santini]], corse, « né à {{Ajaccio}}, muté à {{Toul}} avec la gendarmerie », {{40 ans}} le mois dernier. Il veut une attestation de droits. Écran : NIR [[NIR:1 85 05 2A 004 311 62]]. L'agente [[PERSONNE:Karine]] : « 2A, c'est la {{Corse-du-Sud}} ? » « oui madame ». Imprimée en {{2 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appart en diffus du {{CHRS}} à {{Lunéville}}, quartier {{Niederbronn}} : [[ADRESSE:3 rue Banaudon, appt 12, 54300 Lunéville]]. Famille [[PERSONNE:Krasniqi]], kosovars : le père [[PERSONNE:Arben]], la mère [[PERSONNE:Drita]], 3 enfants. Le TS [[PERSONNE:Mathis]] constate la moisissure dans la salle de bain, {{Meurthe-et-Moselle Habitat}} prévenu 2 fois. La grande, [[PERSONNE:Elira]], traduit. Au mur, une photo de {{Mère Teresa}} (« elle était albanaise »).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire de {{Bar-le-Duc}} bloquée sur {{caf.fr}}. L'agente lui fait épeler son mail : « [[EMAIL:virginie point poirson 88 arobase laposte point net]] » — {{88}} parce qu'elle vient des {{Vosges}}. Réinitialisation du mot de passe, {{11 min}}. Mme [[PERSONNE:Poirson]] remercie [[PERSONNE:Sophie]] (l'agente) trois fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur de {{Saint-Mihiel}} : promesse d'embauche chez {{Ets Pierson & Fils}}. Il s'appelle [[PERSONNE:Anthony Pierson]], aucun lien avec le patron, « dans la {{Meuse}} on est tous des [[PERSONNE:Pierson]] ou des [[PERSONNE:Henry]] ». Conseillère [[PERSONNE:Manon]] met à jour : reprise d'emploi le {{3 mars}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard transfère 4 appels en {{10 min}} : 2 demandes de nouvelles d'un proche (refusé au tel), 1 pharmacie de garde (→ {{3237}}), 1 qui voulait {{SOS Médecins}}. L'agent : « on sert de {{Pages Jaunes}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation aide ménagère à {{Vincey}} avec [[PERSONNE:Corinne]] du {{CCAS}} de {{Charmes}}. M. [[PERSONNE:Vincent]], {{91 ans}}, ancien de la filature, né en [[DATE_NAISSANCE:1934]]. Il fait sa blague : « [[PERSONNE:Vincent]] de Vincey ! ». Jardin impeccable, une haie de {{charmes}} qu'il taille encore lui-même. Escalier raide, [[PERSONNE:Corinne]] note « risque de chute ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré de {{Remiremont}} qui veut ses relevés par mail. Conseiller [[PERSONNE:Aurélien]] : « je note : [[EMAIL:jb-vautrin@sfr.fr]] ». M. [[PERSONNE:Vautrin]] demande ensuite si le Dr [[PERSONNE:Schmitt]] du centre de santé de {{Saint-Étienne-lès-Remiremont}} est en secteur 1. Oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mini-forum saisonniers, agence de {{Gérardmer}}, {{10h}} :\n- {{Hôtel du Lac}}\n- station {{La Bresse-Hohneck}}\n- {{Garnier-Thiebaut}} (linge de maison)\n- le resto « {{Chez Marcelle}} »\n{{40 offres}}, {{12 candidats}}. Pas de noms notés, ambiance sympa, odeur de {{munster}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vosges}}, {{23h50}}. Un homme, [[PERSONNE:Cyril]], appelle d'un portable emprunté : « rappelez-moi au [[TELEPHONE:zéro six, vingt-deux, quarante-sept, quatre-vingt-un, trente-cinq]] ». Il dort dans sa voiture sur le parking du {{Leclerc}} de {{Saint-Dié}}. Pas de place : l'écoutant lui donne l'accueil de jour pour demain {{8h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Bayon]] (« comme le bourg, à côté de {{Charmes}} ») apporte le RIB pour l'{{AAH}} de son fils [[PERSONNE:Kévin]] : {{Crédit Agricole}}, [[IBAN:FR76 1610 6000 3347 2198 0511 739]]. L'agent [[PERSONNE:Julien]] rappelle que l'AAH passe d'abord par la {{MDPH}}. Dossier déposé il y a {{5 mois}} 😬.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{16h10}}, dispute sur le parking : une voiture [[IMMATRICULATION:4587 RT 54]] (vieille plaque !) sur la {{place ambulance}}. Le vigile fait annoncer au micro « le propriétaire du véhicule [[IMMATRICULATION:4587 RT 54]] ». C'est M. [[PERSONNE:Hanriot]], qui accompagne sa femme. Il la déplace en râlant.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'enquêtrice sur {{2 contrôles}} à {{Bar-le-Duc}}, côté {{Côte Sainte-Catherine}}. Personne les deux fois. Protocole : {{2 passages}}, puis convocation. Entre les deux, café à la {{Boulangerie Humbert}}, elle m'offre un pot de {{confiture de groseilles}} épépinées « à la plume d'oie ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Boulanger]] est... {{boulanger}}. {{25 ans}} chez {{Marie Blachère}} à {{Essey}}, licencié. Conseiller [[PERSONNE:Mehdi]] : « vous voulez rester boulanger ? » « de toute façon je resterai [[PERSONNE:Boulanger]] toute ma vie ». Identifiant [[ID_FRANCE_TRAVAIL:1638092T]]. Offres : {{Paul}} en gare de {{Nancy}}, un artisan de {{Tomblaine}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Numéro donné au tel : « [[N_ALLOCATAIRE:six zéro sept deux quatre cinq un]] ». L'agent répète « [[N_ALLOCATAIRE:6072451]] ? » « oui ». Question {{PAJE}} pour le bébé, né le [[DATE_NAISSANCE:12 janvier]]. Il manque l'acte de naissance de la mairie de {{Pont-à-Mousson}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour « {{Point Accueil Saint-Vincent}} » à {{Verdun}}, tenu par {{Saint-Vincent-de-Paul}}. Petit déj {{7h30-9h}}. [[PERSONNE:Grégory]], bénévole, sert le café. Un habitué, « [[PERSONNE:Dédé]] », raconte qu'il a dormi vers l'{{ossuaire de Douaumont}} « avec les poilus ». Il veut une place au {{CHRS}}, [[PERSONNE:Grégory]] lui dit de voir l'AS mardi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalière de {{Villerupt}} au tel : elle bossait chez {{Cactus}} à {{Esch-sur-Alzette}}, question sur le {{formulaire U1}}. Portable lux : [[TELEPHONE:+352 621 458 207]]. La conseillère [[PERSONNE:Ophélie]] explique l'{{ADEM}}. La dame s'appelle [[PERSONNE:Carla Fontana]] (« fontaine en italien » dit-elle, personne n'avait demandé).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} de {{Toul}}. M. [[PERSONNE:Jacquot]] vivait chez sa mère au [[ADRESSE:9 rue Michâtel, 54200 Toul]], elle est décédée en octobre, {{Toul Habitat}} a repris l'appart. Il dort chez un copain à {{Écrouves}}. L'agente [[PERSONNE:Marie-Laure]] : le courrier pourra arriver au CCAS. Il demande pour les lettres de la {{Banque Postale}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{19h}}, relève. {{31 patients}} en attente, {{4}} sur brancard dans le couloir. Un monsieur chante du {{Johnny}}. Affiche : « VIOLENCE ENVERS LE PERSONNEL : {{7 ANS}} DE PRISON ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Hakobyan]], arménienne, voudrait l'{{AME}}. Passeport + récépissé [[IDENTIFIANT:R54-2024-018734]]. L'agent [[PERSONNE:Grégoire]] explique que la demande passe par un autre circuit, renvoi vers la {{PASS}} de l'{{Hôpital Central}}. {{3 enfants}}, le petit [[PERSONNE:Aram]] dort dans la poussette.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dans un hameau de {{Xertigny}}, lieu-dit {{La Grande Goutte}}. Pas de numéro, boîte aux lettres : « [[PERSONNE:MOUGEOT]] – [[PERSONNE:HOARAU]] ». Le contrôleur [[PERSONNE:Denis]] demande qui vit là : Mme [[PERSONNE:Mougeot]] et M. [[PERSONNE:Hoarau]], réunionnais, né le [[DATE_NAISSANCE:21 août 1990]] à {{Saint-Denis}}, NIR [[NIR:1 90 08 974 11 532 72]]. Déclarés en couple depuis {{2023}}, ok. Chien : {{Pirate}}. Pour le rapport : [[ADRESSE:lieu-dit La Grande Goutte, 88220 Xertigny]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Yao Kouassi]], ivoirien, {{29 ans}}, master logistique, « surqualifié » partout. Conseillère [[PERSONNE:Delphine]] parle de l'{{APEC}}. Il a un entretien chez {{Amazon}} à {{Augny}} lundi. Identifiant [[ID_FRANCE_TRAVAIL:8215736F]], nouveau numéro [[TELEPHONE:07 81 06 33 72]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une AS de l'{{hôpital Maillot}} de {{Briey}} appelle pour un patient sans domicile qui sort lundi. Le {{CCAS}} de {{Jarny}} n'a pas de logement d'urgence → {{SIAO}}. Aucun nom donné au téléphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO 54}} rappelle : dossier [[IDENTIFIANT:SI-54-2024-01293]] (M. [[PERSONNE:Benali]]) validé pour une {{pension de famille}} à {{Frouard}}. L'éducatrice [[PERSONNE:Inès]] saute de joie. Entrée lundi {{14h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h}}-{{11h30}} : 5 personnes, que des questions {{prime d'activité}}. Le simulateur de {{caf.fr}} reste affiché sur l'écran. « Revenez avec vos 3 derniers bulletins ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Saint-Joseph}} de {{Remiremont}} : leur résidente Mme [[PERSONNE:Marthe Joseph]] (oui, [[PERSONNE:Joseph]] à {{Saint-Joseph}}) a été transférée hier, rentre-t-elle ce soir ? L'IDE [[PERSONNE:Baptiste]] : « pas avant demain, elle attend le scanner ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée veut changer de RIB au tel, l'agente refuse (« passez par votre compte {{Ameli}} »). La dame lit quand même : [[IBAN:FR76 3000 4004 7100 0103 8274 684]], {{BNP}} de {{Vittel}}. L'agente ne note rien.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Épinal}}, le long du {{canal des Vosges}}. Équipe : [[PERSONNE:Thibault]] et [[PERSONNE:Nour]]. Deux jeunes sous un pont, dont [[PERSONNE:Célia]], {{18 ans}}, partie de chez elle à {{Rambervillers}}. Elle montre son insta [[IDENTIFIANT:@celia.rbv88]] « pour me retrouver ». [[PERSONNE:Nour]] lui laisse le {{115}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel, bilan de la matinée :\n- {{42 appels}}\n- DMT {{6 min}}\n- motif 1 : actualisation bloquée\n- motif 2 : « j'ai pas reçu mon paiement »\nLe {{28}} c'est le pire jour, parait-il.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de résidence à {{Toul}}, quartier {{Croix de Metz}}. Mme [[PERSONNE:Martin]] travaille à la {{pharmacie Saint-Martin}}, le contrôleur vérifie le contrat. Adresse : [[ADRESSE:27 avenue du Maréchal Foch, 54200 Toul]]. N° alloc [[N_ALLOCATAIRE:1937584]]. Tout conforme, {{25 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une demandeuse de {{Domrémy-la-Pucelle}}, « le village de {{Jeanne d'Arc}} », sans voiture : {{40 km}} jusqu'à l'agence de {{Neufchâteau}}. Elle s'appelle [[PERSONNE:Jeanne Aubry]] : « oui, [[PERSONNE:Jeanne]], et je vis à {{Domrémy}}, allez-y rigolez ». Le conseiller [[PERSONNE:Paul-Henri]] trouve une {{aide au permis}}. Mail : [[EMAIL:jeanne.aubry88@outlook.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient arrivé seul, confus. Dans son portefeuille : {{carte d'identité}} de [[PERSONNE:Marcel Didelot]], né le [[DATE_NAISSANCE:7 novembre 1948]] à {{Mirecourt}}, et un papier « en cas de problème appeler [[PERSONNE:Josiane]] [[TELEPHONE:03 29 37 18 62]] ». L'{{IOA}} appelle : c'est sa fille.",
    ),
]

# Notes 071-104.
NOTES_3 = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Émilie Chaudron]], née à la {{Maternité Régionale}} de {{Nancy}} « comme tout le monde ici », déclare sa grossesse. L'agent lit : [[NIR:2 87 03 54 395 123 05]], « vous êtes de [[DATE_NAISSANCE:mars 87]] ? » « oui ». Suivi à la {{clinique Majorelle}}. Tout est fait en {{10 min}}, elle n'en revient pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune de {{Saint-Dié}}, [[PERSONNE:Noah Claudel]], bac pro au {{lycée Georges Baumont}}, stage chez {{Menuiserie Claudel}} à {{Saint-Léonard}} (« c'est mon oncle », M. [[PERSONNE:Claudel]] donc). La conseillère se présente, [[PERSONNE:Camille]] ; lui : « comme {{Camille Claudel}} ! ». Elle soupire, sourit. ID [[ID_FRANCE_TRAVAIL:4490271W]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Musique d'attente : {{Les Quatre Saisons}} de {{Vivaldi}} en boucle, {{17 min}}. Décroché à {{10h41}}. La dame appelle pour l'{{ARS}} (allocation de rentrée scolaire), {{3 enfants}} au {{collège Jacques Callot}} à {{Vandœuvre}}. Réponse : versée mi-août, automatiquement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter {{boulevard Albert 1er}}. Le jeune, [[PERSONNE:Enzo Marchetti]], {{17 ans}}, né le [[DATE_NAISSANCE:30/12/2007]]. Les pompiers ont noté la plaque du scoot : [[IMMATRICULATION:EL-903-AZ]]. Sa mère arrive en blouse {{Carrefour}}, Mme [[PERSONNE:Marchetti]], livide. IOA [[PERSONNE:Yasmina]] la rassure.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS Le Relais Oudinot}} à {{Bar-le-Duc}} (nom du maréchal, le type sur la statue). Résident [[PERSONNE:Jérémy]] demande une aide pour son permis. L'éducateur [[PERSONNE:Loïc Houot]] l'oriente vers l'{{auto-école ECF}}, {{boulevard de la Rochelle}}. [[PERSONNE:Jérémy]] vient de signer à la {{Fromagerie de la Saulx}}, il est fier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Laxou}}, quartier {{Les Provinces}}. M. [[PERSONNE:Nguyen]], {{78 ans}}, demande la {{téléassistance}}. Adresse : [[ADRESSE:4 rue de Provence, bât. B, 54520 Laxou]]. Sa fille [[PERSONNE:Linh]] remplit le formulaire, l'agente [[PERSONNE:Sylvie]] vérifie. Tarif : {{9,90 €}} par mois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Baccarat}}, maison au bord de la {{Meurthe}} en face de la {{cristallerie}}. Allocataire [[PERSONNE:Sébastien Cuny]], n° [[N_ALLOCATAIRE:4805316]], bûcheron en {{forêt de Mondon}}, revenus saisonniers. La contrôleuse [[PERSONNE:Nathalie]] demande les bulletins de l'{{ONF}}. Sur le buffet un verre {{Baccarat}}, « cadeau de mariage ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle pour sa mère. L'agent demande l'identité : « Mme [[PERSONNE:Henry Paulette]], née le [[DATE_NAISSANCE:vingt-trois mars mille neuf cent quarante]] ». Agent : « sans le numéro de sécu je ne peux rien faire ». Elle va chercher la {{carte Vitale}}, on attend. {{8 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'AS du {{CCAS}} de {{Gérardmer}} dans un hameau, {{Les Xettes}}. Ferme isolée, premier voisin à {{2 km}}. Le monsieur refuse qu'on note son nom. {{12 chèvres}} et un chien, {{Ulysse}}. Chauffage au bois, {{6 stères}} par hiver. Demande : aide pour le {{chèque énergie}}. Vue sur le {{lac de Longemer}}, magnifique.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur ! La {{Boucherie Thouvenin}} de {{Lunéville}} cherche un apprenti. Le patron, M. [[PERSONNE:Thouvenin]], veut « des jeunes motivés, pas des feignants ». Le conseiller [[PERSONNE:Ahmed]] enregistre l'offre n° {{186QWRT}}. Mail du patron : [[EMAIL:p.thouvenin54@orange.fr]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un père appelle : sa fille [[PERSONNE:Chloé]] a avalé des médicaments, ils sont à {{Blénod}}. L'agent d'accueil note son numéro [[TELEPHONE:06 03 57 68 21]] et bascule sur le {{15}}. {{40 secondes}} en tout.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant du {{115}}, [[PERSONNE:Valentin]], cherche une place pour un couple roumain, [[PERSONNE:Ionuț]] et [[PERSONNE:Florina Popescu]], qui dorment dans leur voiture ([[IMMATRICULATION:CJ 07 FLR]]). Il appelle : {{Foyer Saint-Charles}} complet, {{Maison Ozanam}} complet, le {{CHRS}} de {{Toul}} ne prend pas les couples. Il soupire : « demain ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "borne {{Ameli}} HS depuis {{lundi}} 🙄 file {{9 personnes}} a {{8h35}}, {{14}} a {{9h}}",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Oliveira]] (« comme l'arbre, {{oliveira}} c'est {{olivier}} ») apporte un RIB {{Nickel}} : [[IBAN:FR76 1679 8000 0100 0872 1543 661]]. L'agent [[PERSONNE:Fabrice]] hésite « Nickel ça passe ? », oui. Intérim chez {{Saint-Gobain PAM}} à {{Pont-à-Mousson}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « réseaux sociaux et recherche d'emploi ». La formatrice projette un faux profil {{LinkedIn}} : « {{Stanislas Leszczynski}}, duc de {{Lorraine}}, compétences : place royale, baba au rhum » 😂. {{8 participants}}, {{2h}}, tout le monde rit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez une ancienne résidente relogée par {{Vosgelis}} : [[ADRESSE:15 rue du Général de Gaulle, 88190 Golbey]]. Mme [[PERSONNE:Fatoumata Camara]] et son fils [[PERSONNE:Issa]], né le [[DATE_NAISSANCE:4 avril 2020]]. Tout va bien, le petit est à l'{{école Louis Pergaud}}. La TS [[PERSONNE:Anaïs]] ferme le suivi dans {{3 mois}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le {{CCAS}} de {{Saint-Nicolas-de-Port}} prend les inscriptions au repas des aînés, salle {{Jean-Jaurès}}. Mme [[PERSONNE:Maire]] : « [[PERSONNE:Maire]], comme le {{maire}}, mais c'est mon nom ». Deux places, pour elle et son mari [[PERSONNE:Roger]]. {{Dimanche 8}}, {{12h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Transfert du {{CH de Lunéville}}, le patient repartira à {{Brabois}}. M. [[PERSONNE:Stanislas Nowak]], {{64 ans}}, ancien mineur de {{Faulquemont}}, plaisante : « [[PERSONNE:Stanislas]], comme la place ». Sa femme [[PERSONNE:Krystyna]] garde son bonnet de l'{{ASNL}} sur les genoux.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affichage salle d'attente : « Permanence {{Point Conseil Budget}} – {{UDAF 54}} – mardi {{14h-16h}} », « atelier parentalité au centre social {{Jolibois}} ». Un enfant dessine {{saint Nicolas}} et son âne sur le tableau.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Neufchâteau}}. Assurée présente : Mme [[PERSONNE:Laurence Perrin]], carte mutuelle {{MGEN}} n° [[IDENTIFIANT:2 874 519 036]] sur la table à côté d'une boîte de {{Doliprane}}. L'enquêteur fait signer le PV. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Sarah]] appelle M. [[PERSONNE:Gashi]] pour l'atelier du {{mardi 14h}}. Il comprend mal, son fils [[PERSONNE:Luan]] prend le tel. Vérification d'identité : identifiant [[ID_FRANCE_TRAVAIL:3857104N]], date de naissance « [[DATE_NAISSANCE:1er juillet 1971]] », c'est le fils qui répond pour le père.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence au {{CCAS}} de {{Pont-à-Mousson}} : une bénévole de la {{Fondation Abbé Pierre}} aide M. et Mme [[PERSONNE:Lefèvre]], menacés d'expulsion, audience RG [[IDENTIFIANT:24/01873]] au tribunal de {{Nancy}}. Dette de loyer : {{2 340 €}}. Mme [[PERSONNE:Lefèvre]] pleure, monsieur ne dit rien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un bus {{Fluo}} a freiné d'un coup vers {{Nancy Thermal}} : {{5 passagers}} arrivent ensemble, contusions. Aucun nom prononcé devant moi. Les fiches sont faites en {{20 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "À la {{Maison Ozanam}}, [[PERSONNE:Rémi]] (il vient de {{Remiremont}}, « [[PERSONNE:Rémi]] de Remiremont ») fait sa lessive. Il me montre une photo de sa fille [[PERSONNE:Eva]], qui vit à {{Mulhouse}}. Il l'appelle devant moi, [[TELEPHONE:07 69 22 14 85]] : répondeur.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{Vaucouleurs}}, changement d'adresse mail : [[EMAIL:mathieu.leroy.vaucouleurs@gmail.com]]. « [[PERSONNE:Leroy]], comme {{Leroy Merlin}}, oui ». L'agente [[PERSONNE:Nadège]] répète chaque lettre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "La {{Pharmacie des Thermes}} de {{Contrexéville}} appelle pour un assuré dont la {{carte Vitale}} est refusée : M. [[PERSONNE:Grabowski]], né en {{Pologne}}, {{72 ans}}, NIR [[NIR:153029912200667]]. L'agente voit une fin de droits {{CSS}}, elle explique à la pharmacienne.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Longuyon}}, suspicion de résidence au {{Luxembourg}}. M. [[PERSONNE:Ferreira]] ; voiture devant la maison en plaques lux [[IMMATRICULATION:XR 4527]]. Il explique : voiture de service de son employeur, {{Goodyear}} à {{Colmar-Berg}}. Le contrôleur [[PERSONNE:Jean-Luc]] note. Le fils, [[PERSONNE:Tiago]], joue à la {{Switch}} sans lever la tête.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de [[PERSONNE:Hawa Traoré]], {{22 ans}}, {{BTS MCO}}, habite {{Maxéville}} ({{Champ-le-Bœuf}}). Date de naissance lue sur sa carte : [[DATE_NAISSANCE:2003-05-14]]. Mail : [[EMAIL:hawa.traore14@gmail.com]]. Identifiant : [[ID_FRANCE_TRAVAIL:2114967P]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Avec [[PERSONNE:Valérie]] ({{CCAS}} de {{Bar-le-Duc}}) chez un monsieur qui entasse tout, « syndrome de {{Diogène}} ». Elle ne note pas son nom devant lui. Des piles de {{L'Est Républicain}} depuis {{1998}}. Il dit : « comme [[PERSONNE:Pierre]], mon frère, il gardait tout aussi ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de {{Vittel}} adresse un patient : « un monsieur de {{85 ans}} », de l'{{EHPAD La Roselière}}. Pas de nom au tel, l'IOA note juste l'heure d'arrivée prévue, {{16h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Meuse}}, soir calme : {{6 appels}} entre {{18h}} et {{20h}}. La gendarmerie de {{Stenay}} signale une femme trouvée au bord de la {{D964}}. Pas de nom donné, un taxi l'emmène vers {{Verdun}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Saint-Louis]], martiniquaise, avec sa fille [[PERSONNE:Maéva]]. Numéro relevé : [[N_ALLOCATAIRE:7261940]]. Demande d'{{AEEH}} pour [[PERSONNE:Maéva]], suivie au {{CMPP}} d'{{Épinal}}. Elle donne aussi un RIB {{La Banque Postale}} : [[IBAN:FR50 2004 1010 0815 9284 3J02 560]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Dombasle]] habite... {{Dombasle-sur-Meurthe}}. Il le sait, tout le monde le sait. Ancien de {{Solvay}} (la soudière). Le conseiller [[PERSONNE:Thomas]] propose une formation cariste à l'{{AFPA}} de {{Laxou}}. ID [[ID_FRANCE_TRAVAIL:9370542E]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Mbemba]], congolaise, dépose un RIB pour ses remboursements : [[IBAN:FR76 1751 5900 0008 4127 6953 064]] ({{Caisse d'Épargne}} {{Grand Est Europe}}). L'agent [[PERSONNE:Pierre-Yves]] scanne. Sa fille [[PERSONNE:Grâce]] attend dehors avec la poussette.",
    ),
]

# Notes 105-138.
NOTES_4 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nancy}}. Mme [[PERSONNE:Charlotte Beaulieu]], {{68 ans}}, habite {{rue Charles III}} (« au-dessus du {{Monoprix}} », pas de numéro donné), demande une aide pour des lunettes. Pension {{910 €}}. L'agent [[PERSONNE:Hervé]] monte une aide facultative. Elle parle de son petit-fils [[PERSONNE:Léopold]] « comme le duc {{Léopold}} », {{7 ans}}, premier de la classe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Allocataire qui veut une attestation de paiement. Identification : n° alloc [[N_ALLOCATAIRE:5524186]], puis « votre numéro de sécu ? » « [[NIR:2 94 02 88 160 088 90]] ». L'agente [[PERSONNE:Aline]] la dépose dans l'espace perso. Mme [[PERSONNE:Kieffer]], {{31 ans}}, originaire d'{{Épinal}}, dit merci, raccroche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{4 ans}}, [[PERSONNE:Gabin]], a avalé une pièce de {{2 €}}. Sa mère, [[PERSONNE:Amandine Voirin]], a pris le tram depuis {{Essey}}. Bracelet : IPP [[IDENTIFIANT:P00913527]]. Radio. Le pédiatre de garde, Dr [[PERSONNE:Okonkwo]] : « elle ressortira toute seule, la pièce ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Kevin Collignon]], {{26 ans}}, ex-{{Cristallerie Daum}}, veut devenir électricien, il a un contact chez {{Électricité Thiébaut & Fils}}. Conseillère [[PERSONNE:Maud]] regarde les aides {{Région Grand Est}}. ID [[ID_FRANCE_TRAVAIL:5729318C]], adresse mise à jour : [[ADRESSE:22 rue Victor Prouvé, 54000 Nancy]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au {{CHRS L'Abri Saint-Epvre}}. M. [[PERSONNE:Mustapha El Idrissi]], né le [[DATE_NAISSANCE:9 juillet 1979]] à {{Casablanca}}, NIR [[NIR:1 79 07 99 350 212 72]]. Sorti du centre pénitentiaire de {{Maxéville}} hier, {{4 ans}} dedans. Entretien de {{50 min}}, la TS [[PERSONNE:Margaux]] prend son temps. « Vous avez quelqu'un dehors ? » « mon cousin [[PERSONNE:Rachid]], à {{Toul}}, mais il veut plus me voir ». Elle fait la liste à voix haute : carte d'identité perdue, pas de compte en banque, {{RSA}} à ouvrir, suivi {{SPIP}} tous les 15 jours. Il demande s'il peut garder son poste radio. Oui. Il signe le règlement sans le lire, elle le lui relit quand même. Chambre {{6}}, {{1er étage}}, fenêtre sur la {{rue Saint-Dizier}}. Il dit juste « merci madame » et monte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lise Barbier]] appelle le {{CCAS}} de {{Ludres}} pour l'aide aux vacances des enfants ({{VACAF}}?). L'agent ne sait pas, renvoie vers la {{Caf}}, mais prend son mail pour lui envoyer la plaquette du centre aéré : [[EMAIL:lise.barbier54@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Didier Georges]] (deux prénoms, l'agente demande lequel est le nom 🙃). Feuille de soins du Dr [[PERSONNE:Bernard]] de {{Saint-Dié}} + bon de transport pour le {{Centre Alexis Vautrin}}. L'agente [[PERSONNE:Élodie]] : {{ALD}}, prise en charge à {{100 %}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur de {{Jarny}}, radié pour absence à un rdv : il était hospitalisé à {{Briey}}, il a le bulletin. Le conseiller [[PERSONNE:Nabil]] : « déposez-le dans votre espace ». Nouveau numéro : [[TELEPHONE:06 98 41 02 77]]. Identifiant [[ID_FRANCE_TRAVAIL:0684215X]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Pagny-sur-Moselle}}, maison côté {{Moselle}}. Allocataire Mme [[PERSONNE:Wendy Colas]]. Des camions {{Colas}} passent devant (travaux de la route, rien à voir). Adresse : [[ADRESSE:6 quai Jean Moulin, 54530 Pagny-sur-Moselle]]. Compagnon déclaré parti, mais sa voiture [[IMMATRICULATION:DK-118-NX]] est dans la cour. Le contrôleur [[PERSONNE:Patrice]] demande la carte grise : au nom de Mme [[PERSONNE:Colas]] depuis mars.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{Verdun}} avec le {{Samu social}} : {{quai de Londres}}, {{place Chevert}}, {{parc Japiot}}. {{3 personnes}} rencontrées, aucun prénom demandé, café + duvets. Un monsieur nous parle de la {{bataille de Verdun}} pendant {{20 min}}, il connaît tout.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{centre 15}} prévient : {{3 victimes}} d'un accident sur l'{{A31}} vers {{Dieulouard}}, arrivée dans {{25 min}}. Pas de noms. L'IOA libère le box {{2}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Kovač]], croate, arrivé en {{2015}}, change de banque pour son {{ARE}}. RIB {{LCL}} : [[IBAN:FR67 3000 2068 3000 0074 1288 K79]]. Le conseiller [[PERSONNE:Yann]] tape, se trompe, recommence. ID [[ID_FRANCE_TRAVAIL:7158043A]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide sociale à l'hébergement à {{Bainville-sur-Madon}}. M. [[PERSONNE:André Mathieu]], veuf, {{89 ans}}, né le [[DATE_NAISSANCE:2 juin 1936]] à {{Pulligny}}. Sa fille [[PERSONNE:Sylviane]] vit loin. L'AS [[PERSONNE:Aurore]] regarde l'{{EHPAD}} de {{Vézelise}}. Lui veut rester « au bord du {{Madon}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Tomblaine}}, arrêt depuis {{3 mois}}. M. [[PERSONNE:Lucas Weber]] est là. L'enquêtrice [[PERSONNE:Mélanie]] vérifie l'identité : NIR [[NIR:174095746312919]], né à {{Metz}}, {{50 ans}}. La télé passe un vieux match de l'{{ASNL}} au {{stade Marcel Picot}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "« Bienvenue à la {{Caf}} de {{Meurthe-et-Moselle}} » dit la borne. [[PERSONNE:Inaya]], {{20 ans}}, premier appart {{Crous}} résidence {{Boudonville}}, demande l'{{APL}}. L'agent [[PERSONNE:Christophe]] fait la demande avec elle sur le poste libre-service, RIB {{Crédit Mutuel}} [[IBAN:FR76 1027 8044 2000 0392 7180 428]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un homme appelle pour sa compagne enceinte de {{8 mois}}, [[PERSONNE:Jessica]]. Ils dorment dans une {{Kangoo}} [[IMMATRICULATION:CB 256 QE]] sur le parking du {{stade Marcel Picot}}. L'écoutant [[PERSONNE:Yanis]] obtient une mise à l'abri au {{Première Classe}} de {{Laxou}} ce soir.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur de {{Void-Vacon}} s'enerve : « {{Void}}, comme vide en anglais, et mon dossier il est vide aussi ?? ». Conseillere [[PERSONNE:Laetitia]], tres calme : {{IJ}} versees hier. Il se calme. {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Tomblaine}}. Mme [[PERSONNE:Zerrouki]] apporte un courrier de {{Batigère}} : impayé, réf. locataire [[IDENTIFIANT:L-0045871]]. L'agente [[PERSONNE:Nora]] appelle Batigère devant elle : plan d'apurement à {{50 €}} par mois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une femme arrive en pyjama, [[PERSONNE:Mireille]], partie de chez elle après une dispute. Adresse donnée à l'accueil : [[ADRESSE:41 rue Charles III, 54000 Nancy]]. L'{{IOA}} appelle l'assistante sociale, violences suspectées. Le {{3919}} est affiché au-dessus du comptoir.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle {{Transports Simonin}} à {{Void}} pour une offre de chauffeur PL. Le recruteur est sur la route, il rappellera. {{3 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Frontalier de {{Longwy}} qui veut ses {{allocations familiales}} sur son compte lux : [[IBAN:LU96 0019 4065 4487 0000]]. L'agent [[PERSONNE:Bruno]] : compte SEPA, ok. M. [[PERSONNE:Da Silva]] habite {{Mont-Saint-Martin}}, travaille à {{Belval}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} {{L'Étape}} de {{Saint-Dié}} : tarte aux {{mirabelles}}, évidemment. {{7 résidents}}, {{2 encadrants}}. {{France Bleu Sud Lorraine}} en fond, on parle du {{Festival international de géographie}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Verdun]], de {{Verdun}} 🙃, {{45 ans}}, né en [[DATE_NAISSANCE:1980]] à l'hôpital de Verdun aussi. Ancien magasinier, cherche dans le tourisme de mémoire ({{Mémorial de Verdun}}, {{Douaumont}}). Conseillère [[PERSONNE:Julie]] lui parle d'une formation guide.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Khadija Amrani]] n'arrive pas à créer son compte {{Ameli}}. L'agent, [[PERSONNE:Romain]] (il vient de {{Cosnes-et-Romain}}, il me le dit fièrement), crée le compte avec son mail [[EMAIL:khadija.amrani@hotmail.fr]]. Code reçu par SMS au [[TELEPHONE:0683915527]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} d'{{Épinal}}, {{8 appels}} en {{30 min}} : {{colis de Noël}}, navette pour le marché, {{bons d'achat}} de la ville. Rien de personnel demandé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, reportage à la télé sur les fêtes de {{Saint-Nicolas}} à {{Nancy}}. Mme [[PERSONNE:Émile]], venue pour sa main, dit qu'elle habite près de la {{villa Majorelle}} et que son arrière-grand-père était verrier chez {{Émile Gallé}}. « [[PERSONNE:Émile]], c'est mon nom de famille, hein ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{SIAO 88}} appelle pour M. [[PERSONNE:Ahmadzai]], afghan, {{AGDREF}} [[IDENTIFIANT:8801927364]], qui sort du {{CADA}} de {{Remiremont}}. L'écoutante [[PERSONNE:Morgane]] note : pas de place en {{CHRS}} avant {{3 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Lunéville}}, le {{château}} en face (« le petit {{Versailles}} lorrain »). {{9h}} : {{14 personnes}} en file, 2 accueils ouverts. Un monsieur lit {{L'Est Républicain}} debout.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un taxi ({{Taxi Saint-Nicolas}}, plaque [[IMMATRICULATION:hj-740-sd]]) ramène une patiente sortie hier qui a oublié ses médicaments. Le chauffeur, [[PERSONNE:Patrick]], attend moteur allumé. La patiente, [[PERSONNE:Huguette]], récupère son sac en {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assurée de {{Bar-le-Duc}}, elle veut sa {{CEAM}} pour un voyage au {{Portugal}}. Conseillère [[PERSONNE:Stéphanie]] : « votre numéro ? » « [[NIR:2 76 06 55 029 019 09]] ». Mme [[PERSONNE:Pereira]] part en juillet, envoi sous {{15 jours}}, ça passe.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Jacquemin]], de {{Liverdun}}, dicte son mail à la conseillère [[PERSONNE:Aurélie]] : « [[EMAIL:k.jacquemin(at)free.fr]] ». Il a une piste chez un fabricant de {{madeleines}} à {{Commercy}}. Elle note l'entretien au {{12 juin}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Prune Lecomte]] vend des {{prunes}} et des {{mirabelles}} au marché de {{Toul}}. N° alloc [[N_ALLOCATAIRE:2170693]]. Question : le marché compte pour la {{prime d'activité}} ? Oui. L'agent [[PERSONNE:Kader]] lui montre où déclarer.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Josette Mangin]], [[ADRESSE:3 place Saint-Epvre, 54000 Nancy]], 3e sans ascenseur, vue sur la basilique {{Saint-Epvre}}. L'AS [[PERSONNE:Chantal]] organise le {{portage de repas}}. Numéro de la voisine à prévenir : [[TELEPHONE:03 83 32 71 09]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La gendarmerie de {{Commercy}} cherche un monsieur disparu, M. [[PERSONNE:Marville]], {{82 ans}}, qui habite justement {{Marville}} (à côté de {{Montmédy}}). Il est arrivé chez nous cet aprem : l'IOA [[PERSONNE:Yasmine]] confirme après vérif.",
    ),
]

# Notes 139-172.
NOTES_5 = [
    (
        "chrs",
        "accueil_physique",
        "Entretien budget au {{CHRS}} {{Résidence Saint-Michel}}, {{Épinal}}. M. [[PERSONNE:Emre Demir]], {{22 ans}}, arrivé de {{Turquie}} enfant, NIR [[NIR:1 03 01 99 208 145 73]]. Il bosse au {{Kebab Anatolie}}, {{1 150 €}} net. L'éducateur [[PERSONNE:Sami]] fait le tableau dépenses/recettes avec lui, il découvre qu'il paie {{3}} abonnements streaming.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Antoine Boucher]], ouvrier à l'abattoir {{Bigard}}, apporte un RIB {{Banque Populaire}} pour l'{{APL}} : [[IBAN:FR76 1470 7000 8231 9210 5487 153]]. L'agente [[PERSONNE:Lydia]] : « M. [[PERSONNE:Boucher]], vous êtes bien {{boucher}} ? » « non, désosseur » 😄.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'un employeur : l'{{EHPAD Sainte-Marie}} de {{Neufchâteau}} recrute {{3 ASH}}. Le conseiller diffuse l'offre n° {{187BKLM}}. Pas de nom de contact donné.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Carte Vitale}} posée sur le comptoir, l'agent administratif [[PERSONNE:Kévin]] recopie : [[NIR:166038838319863]]. M. [[PERSONNE:Thomas Houillon]], {{59 ans}}, bûcheron, coupure à la jambe (« tronçonneuse {{Stihl}} »). Il arrive de {{Ventron}}, {{1h}} de route, sa femme conduisait.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un kiné de {{Lunéville}} appelle pour une question de cotation ({{AMK}}). L'agent répond en {{3 min}}. Après, elle me dit que les pros c'est « reposant ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Mirecourt}}, la ville des luthiers. Un luthier retraité, M. [[PERSONNE:Vuillaume]] (« comme le grand {{Jean-Baptiste Vuillaume}}, mais pas de la famille »), demande la carte de transport seniors. Mail : [[EMAIL:g.vuillaume88@wanadoo.fr]]. L'agente [[PERSONNE:Odile]] lui donne un rdv jeudi.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Raon-l'Étape}}. Mme [[PERSONNE:Sabrina Étienne]], [[ADRESSE:8 rue Aristide Briand, 88110 Raon-l'Étape]], n° [[N_ALLOCATAIRE:8643027]]. La contrôleuse [[PERSONNE:Fanny]] vérifie le bail {{Le Toit Vosgien}}. Au mur, le calendrier des pompiers de {{Saint-Dié}}. RAS.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite aux gens du voyage à {{Vandœuvre}}. Famille [[PERSONNE:Winterstein]], caravane + fourgon [[IMMATRICULATION:312 ABX 88]]. Emplacement : [[ADRESSE:aire d'accueil du Charmois, place 11]]. Le TS [[PERSONNE:Bertrand]] parle de l'école de [[PERSONNE:Django]] ({{9 ans}}), « comme {{Django Reinhardt}} », dit fièrement le père.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Léon Hoffmann]], {{57 ans}}, licencié de la {{Brasserie de Champigneulles}}. Le conseiller [[PERSONNE:Paul]] lui présente le {{CSP}} (contrat de sécurisation professionnelle), {{12 mois}}. ID [[ID_FRANCE_TRAVAIL:6031829L]]. M. [[PERSONNE:Hoffmann]] : « {{38 ans}} de boîte, et voilà ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{16h30}}. Des supporters de l'{{ASNL}} arrivent avec un copain qui s'est ouvert l'arcade. Ils chantent dans la salle d'attente, le vigile calme le jeu. Tri 4, attente {{4h}}. Aucun nom entendu.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Saint-Mihiel}}. Assuré M. [[PERSONNE:Lionel Barrois]] (« comme {{Ligny-en-Barrois}}, mes ancêtres en viennent »), [[ADRESSE:14 rue Raymond Poincaré, 55300 Saint-Mihiel]]. Présent, il repeint sa cuisine... en arrêt pour lombalgie. L'enquêteur [[PERSONNE:Alain]] note « activité non autorisée ». Ambiance tendue.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Anaïs Rougieux]], {{27 ans}}, appelle pour le {{congé parental}} ({{PreParE}}). NIR dicté : [[NIR:2 97 07 54 431 310 58]]. L'agent [[PERSONNE:Xavier]] explique le formulaire employeur. Elle l'imprimera à la {{médiathèque}} de {{Pont-à-Mousson}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un chauffeur de bus {{Stan}} appelle le {{115}} : un homme âgé dort dans l'abribus {{Saint-Georges}}. Il laisse son propre numéro au cas où : [[TELEPHONE:07 12 84 55 30]]. L'écoutant [[PERSONNE:Franck]] envoie l'équipe mobile.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ndiaye]] appelle le {{CCAS}} de {{Maxéville}} pour l'aide à la cantine. L'agent demande son numéro {{Caf}} pour le quotient : [[N_ALLOCATAIRE:3059718]]. QF {{412}}, tarif {{1 €}} le repas. Enfants à l'école {{Jules Romains}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale prévient qu'elle envoie M. [[PERSONNE:Armand Thiébaut]], né le [[DATE_NAISSANCE:19/04/1939]], sous anticoagulants, tombé chez lui à {{Pexonne}}. L'IOA [[PERSONNE:Émeline]] note. {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Nadia Belkacem]], de {{Saint-Max}}, vendeuse chez {{Jules}} (la marque) au centre commercial {{Saint-Sébastien}}. RIB {{Banque Populaire}} pour ses remboursements : [[IBAN:FR76 1470 7500 3172 0184 6392 137]]. L'agent [[PERSONNE:Lionel]] scanne et rend l'original.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offres affichées, agence {{Nancy Gentilly}} :\n1. Vendeur H/F – {{Maison Lalonde}} (bergamotes !)\n2. Cuisinier – {{Brasserie Excelsior}}\n3. Agent de sécurité – {{Musée de l'École de Nancy}}\n{{3}} offres sur {{10}} exigent le permis.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Toul}} chez M. [[PERSONNE:Gaston Charmes]], {{93 ans}}, né le [[DATE_NAISSANCE:11 novembre 1931]] (« un {{11 novembre}}, comme l'armistice »). « [[PERSONNE:Charmes]], comme la ville des {{Vosges}}, mais moi je suis toulois ». L'AS [[PERSONNE:Fatima]] évalue l'{{APA}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS Les Glycines}} à {{Pont-à-Mousson}}, pas loin de l'{{abbaye des Prémontrés}}. Le résident [[PERSONNE:Karim Haddad]] a retrouvé sa carte d'identité : n° [[IDENTIFIANT:X4RTB7PW2]]. L'éducatrice [[PERSONNE:Laure]] la photocopie pour le dossier {{Action Logement}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{15h50}}, fermeture à {{16h}}. Les 3 dernières personnes sont prises quand même, l'agente souffle. Sur son bureau un mug « {{Nancy}}, ville de l'{{Art nouveau}} » et une figurine de {{saint Nicolas}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Fleur]], fleuriste licenciée (ex-{{Interflora}}) : « [[PERSONNE:Fleur]], fleuriste, je sais ». Mail : [[EMAIL:c.fleur@laposte.net]]. Le conseiller [[PERSONNE:Hugo]] lui parle d'une {{VAE}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Chevalier]] arrive en tracteur de {{Rosières-aux-Salines}}, la ferme à côté du {{haras}}, coup de sabot. L'IOA [[PERSONNE:Anne-Sophie]] : « M. [[PERSONNE:Chevalier]] et un cheval, on aura tout vu ». Le tracteur [[IMMATRICULATION:9906 ZL 54]] est garé sur la dépose-minute 🚜.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiante, [[PERSONNE:Manon Petitjean]], {{23 ans}}, quitte le régime de ses parents. NIR lu sur l'appli {{carte Vitale}} de son téléphone : [[NIR:2 01 09 88 413 256 08]], née à {{Saint-Dié}}. L'agent [[PERSONNE:Rodolphe]] met à jour l'adresse : [[ADRESSE:9 rue de la Hache, 54000 Nancy]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la {{pension de famille}} {{Maison Saint-Jean}} à {{Neufchâteau}} : {{12 studios}}, un potager ({{tomates}}, {{courgettes}}, un {{rosier}}). La maîtresse de maison fait visiter sans nommer personne. Le chat de la maison s'appelle {{Caramel}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Fabrice Lorrain]] : « [[PERSONNE:Lorrain]], comme la {{Lorraine}} mais sans E ». RIB {{Société Générale}} pour l'{{ARE}} : [[IBAN:FR76 3000 3009 2000 0374 8291 577]]. La conseillère [[PERSONNE:Ghislaine]] vérifie la date d'ouverture des droits.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Sevgi Kaya]] appelle pour sa {{CSS}}. La conseillère se présente, [[PERSONNE:Noëlle]], « avec {{deux L}}, née un [[DATE_NAISSANCE:25 décembre]], forcément ». Accord trouvé dans le dossier, courrier parti hier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Dié-des-Vosges}}, à deux pas de la {{tour de la Liberté}}. Affiches : {{Banque alimentaire des Vosges}}, {{Restos du Cœur}}, {{Secours populaire}}, {{Emmaüs}}. {{10h}}, {{6 personnes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Nowicki]] appelle : on lui réclame son numéro fiscal. Il le lit : [[IDENTIFIANT:3012458796412]]. L'agent [[PERSONNE:Samuel]] l'enregistre. Il râle sur le {{centre des finances publiques}} de {{Lunéville}} pendant {{2 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une religieuse de la congrégation {{Saint-Charles}} amène une sœur âgée, sœur [[PERSONNE:Marie-Bernadette]]. L'IOA : « le nom civil ? » « [[PERSONNE:Odile Renaud]] ». Elles viennent de la maison mère, à {{Nancy}}. Chute, poignet.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Roméo]] (oui, [[PERSONNE:Roméo]], {{82 ans}}) veut s'inscrire au thé dansant de la salle des fêtes de {{Golbey}}. Fixe : [[TELEPHONE:zéro trois, vingt-neuf, soixante-quatre, dix-huit, zéro deux]]. Il demande si sa voisine [[PERSONNE:Juliette]] est inscrite. L'agente rit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Bilal]], montre sa convocation {{France Travail}} : identifiant [[ID_FRANCE_TRAVAIL:2750913J]], rdv à l'agence de {{Laxou}} jeudi. L'éducateur [[PERSONNE:Quentin]] lui imprime le plan du bus, {{ligne 3}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "fin de matinee, la conseillere passe {{45 min}} sur un dossier {{AREF}}. Elle m'explique {{ARE}} / {{AREF}} / {{ASS}}... j'ai pas tt retenu 😅",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Vittel}} : M. [[PERSONNE:Gilles Masson]], employé aux {{thermes}}, en arrêt. Présent, tee-shirt {{Nestlé Waters}}. L'enquêteur [[PERSONNE:Régis]] boucle en {{8 min}}. Sa {{Dacia}} [[IMMATRICULATION:GX-561-FB]] n'a pas bougé, feuilles mortes sur le pare-brise.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'éducatrice appelle la {{MDPH}} des {{Vosges}} pour M. [[PERSONNE:Florian Gérard]] : dossier n° [[IDENTIFIANT:88-2023-104572]]. Musique d'attente {{12 min}}. Réponse : passage en commission le {{18}}.",
    ),
]

# Notes 173-206.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Sylvie Ferry]] : son fils au {{lycée Henri Poincaré}}, sa fille à l'{{école Jules Ferry}} (« [[PERSONNE:Ferry]] à {{Jules Ferry}}, la maîtresse a ri »). N° [[N_ALLOCATAIRE:6491302]]. Elle confond {{bourse}} et {{ARS}}, l'agente [[PERSONNE:Brigitte]] fait un petit schéma sur un post-it.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran des délais : « {{CHRU Nancy}} – {{Hôpital Central}} – URGENCES ADULTES – attente {{5h10}} ». Une dame : « à {{Épinal}}, à {{Émile Durkheim}}, c'est pire ». Son voisin : « à {{Saint-Dié}} c'est fermé la nuit ». Débat.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Sandrine Rivière]] habite au bord de la {{Vologne}}, à {{Bruyères}} (« [[PERSONNE:Rivière]] au bord de la {{rivière}} »). Ancienne du textile, {{52 ans}}. ID [[ID_FRANCE_TRAVAIL:1906327G]]. Le conseiller [[PERSONNE:Jordan]] regarde les offres d'aide à domicile, {{ADMR}} de {{Corcieux}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Halte de jour {{La Boussole}}, {{Épinal}}. Un jeune, [[PERSONNE:Théo]], crée sa boîte mail avec la bénévole [[PERSONNE:Monique]] : [[EMAIL:theo.hanriot.88@gmail.com]]. Mot de passe écrit sur un post-it 🙈, [[PERSONNE:Monique]] lui dit de le cacher dans son portefeuille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Audrey Collin]], née à {{Toul}} en [[DATE_NAISSANCE:octobre 83]], revient de {{Strasbourg}}, changement de caisse. L'agent [[PERSONNE:Gaël]] vérifie le NIR : [[NIR:2 83 10 54 528 233 93]]. Mutation faite. « C'est tout ? » « Ben oui ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Lunéville}}. [[PERSONNE:Kelly]], {{19 ans}}, cherche une aide pour son permis. L'agent [[PERSONNE:Marc]] lui conseille de suivre la page de la {{Mission locale}} sur insta ; elle montre son compte, [[IDENTIFIANT:@kelly.lnv54]], pour qu'il vérifie qu'elle est abonnée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle en {{forêt de Darney}}, hameau de {{La Hutte}}. Maison forestière louée à M. [[PERSONNE:Sylvain Dubois]] (« [[PERSONNE:Dubois]], dans les {{bois}}, oui oui »). Pick-up [[IMMATRICULATION:FZ-774-LB]] devant. Le contrôleur [[PERSONNE:Hervé]] vérifie la composition du foyer. Deux chiens, {{Rex}} et {{Oslo}}, qui aboient tout le long.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'AS du {{CCAS}} de {{Neuves-Maisons}}, dans les cités de l'aciérie. Le monsieur, {{78 ans}}, veut un bip de {{téléassistance}}. Pas de nom noté devant moi. Odeur de {{quiche}} dans tout l'escalier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 55}} : demande pour Mme [[PERSONNE:Mariam Touré]] et ses {{2 filles}}, dossier [[IDENTIFIANT:SIAO55-2025-0318]]. Elle est à {{Commercy}} chez une amie qui la met dehors vendredi. Tél [[TELEPHONE:+33 6 12 90 47 58]]. L'écoutante [[PERSONNE:Sonia]] cherche du côté de {{Verdun}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Madeleine Simonin]], {{61 ans}} : « [[PERSONNE:Madeleine]], et j'ai fait des {{madeleines}} pendant {{35 ans}} à {{Commercy}} ». Licenciement économique. RIB {{La Banque Postale}} : [[IBAN:FR60 2004 1010 1004 1782 6F03 107]]. Le conseiller [[PERSONNE:Simon]] l'oriente vers le {{CSP}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Quelqu'un appelle pour une morsure de {{tique}} après une balade en {{forêt de Haye}}. L'IOA conseille le médecin traitant ou {{SOS Médecins}}. {{2 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée qui travaille au {{Luxembourg}} demande le formulaire {{S1}}. Le conseiller [[PERSONNE:Anthony]] lui envoie par mail, [[EMAIL:sonia.ferraro@pt.lu]]. Mme [[PERSONNE:Ferraro]] habite {{Audun-le-Roman}}, {{35 min}} de route chaque matin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Van Damme]] (« comme l'acteur, {{Jean-Claude Van Damme}}, non on n'est pas cousins »), belge installé à {{Montmédy}}, veut ses prestations sur son compte belge : [[IBAN:BE13 0631 8457 2039]]. L'agente [[PERSONNE:Corinne]] : SEPA, aucun souci.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle l'{{IUT Henri Poincaré}} de {{Longwy}} pour une alternance, puis la {{CCI}}. Aucun demandeur nommé. {{15 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente qui vient du {{foyer Adoma}} de {{Jarville}}, {{chambre 22}}. Mme [[PERSONNE:Aïcha Saïdi]], née le [[DATE_NAISSANCE:1er janvier 1960]] (« comme beaucoup de gens de là-bas »). IPP créé : [[IDENTIFIANT:P00935408]]. Interprète arabe par téléphone ({{ISM}}).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lucie Jeandel]] appelle le {{CCAS}} de {{Vandœuvre}} pour le {{chèque énergie}}. Numéro {{Caf}} demandé : [[N_ALLOCATAIRE:1285749]]. L'agente [[PERSONNE:Mathilde]] explique qu'il arrive tout seul, en avril.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du {{CHRS}}, {{15 min}}, tableau blanc :\n- sorties positives du mois : {{3}} ({{2}} {{Batigère}}, {{1}} {{mmH}})\n- à relancer : {{SIAO}}, {{DALO}}, {{FSL}}\n- travaux : douche du {{2e}}\nPersonne n'est nommé, ils disent « le monsieur de la {{12}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune papa, [[PERSONNE:Mathéo Didier]], {{24 ans}}, déclare la naissance de [[PERSONNE:Louna]], née le [[DATE_NAISSANCE:3 mai]] à la {{Maternité Régionale}}. Mail créé exprès : [[EMAIL:matheo.didier.papa@gmail.com]] 😅. L'agente [[PERSONNE:Joëlle]] le félicite.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée de l'enquêteur dans le {{Saintois}} : {{Vézelise}}, {{Praye}}, {{Sion}} (« la colline inspirée », {{Barrès}}). {{3 contrôles}}, {{2 absents}}. Entre deux, arrêt à la {{basilique Notre-Dame de Sion}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Paris]], née à {{Paris}} (« je sais »), à {{Épinal}} depuis {{2019}}. Numéro de sécu pour l'attestation employeur : [[NIR:2 92 11 75 114 587 12]]. La conseillère [[PERSONNE:Lina]] le vérifie deux fois.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite post-relogement à {{Thaon-les-Vosges}} : M. [[PERSONNE:Jean-Pierre Aubert]], ancien résident, [[ADRESSE:2 allée des Peupliers, 88150 Capavenir Vosges]]. Des {{pensées}} sur le balcon. La TS [[PERSONNE:Bérénice]] : « vous voyez, ça pousse ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une voisine appelle pour M. [[PERSONNE:Ahmed Laabidi]], parti avec les {{pompiers}} de {{Laxou}} ce matin : elle a ses clés. Numéro laissé : [[TELEPHONE:03 83 51 20 47]]. L'agent transmet au service.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais ! Un étudiant de {{Mines Nancy}} demande s'il a droit à l'{{APL}}. L'agent répond en anglais approximatif, {{9 min}}, ils finissent par se comprendre. Rien de personnel demandé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Huguette Bernard]], {{85 ans}}, seule, s'inscrit aux visites des {{Petits Frères des Pauvres}}. Elle vit à {{Bar-le-Duc}}, {{Ville Haute}}. Tél : [[TELEPHONE:03 29 79 45 11]]. L'agente [[PERSONNE:Carole]] lui tient la main en parlant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{10h}}, réunion « créer son entreprise » avec la {{BGE}} et l'{{ADIE}}. {{11 personnes}}. Projets : food truck de {{pâté lorrain}}, salon de coiffure, VTC. Aucun nom noté.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un homme appelle de l'{{aire de Loisy}} sur l'{{A31}}. Il dort dans son camion, plaques portugaises [[IMMATRICULATION:AT-62-LM]]. Il s'appelle [[PERSONNE:João]]. L'écoutant, [[PERSONNE:Nuno]], parle un peu portugais, ça le détend.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Josiane Hurault]] ne sait plus si sa mutuelle c'est {{Malakoff Humanis}} ou {{Harmonie}}. Carte : {{Harmonie Mutuelle}}, adhérent [[IDENTIFIANT:78 4412 903]]. L'agent [[PERSONNE:Kader]] active la liaison {{Noémie}} (« c'est pas une personne, c'est le système » 😄).",
    ),
    (
        "urgences",
        "accueil_physique",
        "Petit garçon, [[PERSONNE:Nicolas]], {{5 ans}}, déguisé en {{saint Nicolas}} pour le défilé de {{Saint-Nicolas-de-Port}}, s'est pris la crosse dans l'œil. Sa mère, [[PERSONNE:Élise]], a encore la barbe en coton dans la main.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Jarville}}, {{11h45}} : {{4 personnes}} pour les tickets {{piscine}} à tarif réduit. L'agent explique que ça dépend du {{QF}}. Rien d'autre.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Marc Lhuillier]], paysagiste à son compte ({{Lhuillier Paysages}}), SIRET [[IDENTIFIANT:90145276300013]]. Question : {{prime d'activité}} pour indépendants. RIB {{Société Générale}} : [[IBAN:FR76 3000 3021 5000 0509 1726 328]]. L'agent [[PERSONNE:Guillaume]] fait la simulation.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation chez Mme [[PERSONNE:Thérèse Parmentier]] à {{Dieue-sur-Meuse}} (« [[PERSONNE:Parmentier]], comme le {{hachis Parmentier}} »). L'AS [[PERSONNE:Véronique]] fait le dossier {{APA}}, {{GIR 4}}. Madame nous sert de la {{mirabelle}} à {{10h}} du matin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère [[PERSONNE:Élise]] rappelle M. [[PERSONNE:Tshibangu]] pour un job dating {{Ikea}} {{Houdemont}}. Pas de réponse, message laissé au [[TELEPHONE:06 71 84 22 09]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café des conseillers, ils comparent leurs appels : record du jour {{47 min}} pour une {{pension d'invalidité}}. Quelqu'un dit « {{Kafka}} ». Tout le monde hoche la tête.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le résident [[PERSONNE:Gaëtan Bernard]] fait sa demande de {{RSA}} avec la TS [[PERSONNE:Hélène]] : numéro alloc [[N_ALLOCATAIRE:9037416]]. Il parle de son chien, un {{saint-bernard}} nommé {{Rocky}}, gardé par sa sœur à {{Frouard}}.",
    ),
]

# Notes 207-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Jordan Mougel]], {{25 ans}}, de {{Lunéville}}, première demande de {{prime d'activité}}. Il bosse au drive {{Leclerc}} de {{Moncel-lès-Lunéville}}. NIR lu sur sa carte : [[NIR:1 99 10 54 329 402 19]]. L'agente [[PERSONNE:Patricia]] lui montre le simulateur, il aura environ {{180 €}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Devant la {{Caf}} de {{Bar-le-Duc}}, la statue du {{maréchal Oudinot}} pas loin. Dans la salle, affiche « {{Allô Service Public}} {{3939}} ». {{5 personnes}}, {{2 agents}}. Une dame tricote une écharpe rouge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Ouled Saïd]] donne son numéro : [[N_ALLOCATAIRE:4712853]]. Elle veut ses courriers {{Caf}} par mail : [[EMAIL:naima.ouledsaid@free.fr]]. L'agent [[PERSONNE:Didier]] coche la case, « c'est fait madame ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Panne téléphonique {{10h05}}-{{10h20}}, tous les appels coupés. Les agents traitent le courrier en attendant. Retour à la normale : {{37 appels}} en file 😬.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Longwy}}-Haut, à côté de la {{place Darche}} (les remparts de {{Vauban}}). Allocataire Mme [[PERSONNE:Kathrin Becker]], allemande, voiture immatriculée à {{Sarrebruck}} : [[IMMATRICULATION:SB-TK 412]]. Le contrôleur [[PERSONNE:Loïc]] vérifie la scolarité des enfants, {{école Jean-Jaurès}}, et les factures {{EDF}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bar-le-Duc}}, chez M. [[PERSONNE:Cédric Husson]], [[ADRESSE:7 rue Saint-Jean, 55000 Bar-le-Duc]], n° [[N_ALLOCATAIRE:0864139]]. La contrôleuse [[PERSONNE:Clarisse]] compte les chambres : 3, déclarées 3. Vue sur l'église {{Saint-Étienne}}. {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Remiremont}}. Mme [[PERSONNE:Pascale Remy]] (« [[PERSONNE:Remy]], comme Remiremont, la ville de saint {{Romaric}} »). Aide pour une facture {{EDF}}. RIB {{Crédit Agricole}} pour le virement de l'aide : [[IBAN:FR76 1610 6510 1292 8400 3761 533]]. L'agent [[PERSONNE:Yves]] passe le dossier en commission jeudi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Distribution des {{colis de Noël}} par le {{CCAS}} de {{Commercy}}, boîte de {{madeleines}} incluse, évidemment. {{120 colis}}, {{3 bénévoles}}, la file passe sous les arcades du {{château Stanislas}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de logement d'urgence : Mme [[PERSONNE:Gülşen Öztürk]], expulsée du [[ADRESSE:18 rue Émile Zola, 54190 Villerupt]]. Elle dort chez sa sœur à {{Thil}}. Tél : [[TELEPHONE:07 58 91 26 44]]. L'agente [[PERSONNE:Anne]] appelle le {{SIAO}} devant elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Dié}}, demande de logement social : M. [[PERSONNE:Dieudonné Mukendi]] donne son numéro unique, [[IDENTIFIANT:088 25 0412 07 K]]. L'agent [[PERSONNE:Renaud]] vérifie sur le {{SNE}}. Il voudrait un T3 près du {{lycée Jules Ferry}} pour ses enfants.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle le {{CCAS}} de {{Rambervillers}} pour sa mère, Mme [[PERSONNE:Simone Vautrin]], née en [[DATE_NAISSANCE:1937]], qui vit seule à {{Sainte-Hélène}}. « [[PERSONNE:Simone]], comme {{Simone Signoret}}, elle adore qu'on le dise ». Demande : portage de repas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Laxou}} : {{4 appels}} pour le registre du {{plan canicule}}. L'agent explique le formulaire. Aucun nom prononcé devant moi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "M. [[PERSONNE:Colombey]] : « [[PERSONNE:Colombey]], comme {{Colombey-les-Belles}}, pas l'autre, celui de {{de Gaulle}} ». Il voudrait une place en {{résidence autonomie}}. Tél [[TELEPHONE:06 37 20 58 14]]. L'agente [[PERSONNE:Nadine]] l'inscrit sur la liste d'attente, {{8 mois}} environ.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Hubert]], {{80 ans}}, à {{Vaubecourt}}. Il chasse encore avec la société de chasse {{Saint-Hubert}} du village. Mail de sa fille pour le suivi : [[EMAIL:aurelie.hubert55@orange.fr]]. L'AS [[PERSONNE:Martine]] note : maison trop grande, pas de salle de bain en bas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Mme [[PERSONNE:Khady Diop]], {{36 ans}}, née à {{Dakar}}, enfin régularisée. NIR définitif reçu : [[NIR:2 89 01 99 341 061 51]]. La TS [[PERSONNE:Justine]] saute de joie. Elle travaille au {{Novotel}} de {{Nancy}}, ménage, {{6h-13h}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{12h}}, repas au {{CHRS}} {{L'Étape}} : {{22 couverts}}, {{potée lorraine}}. Un résident dit que c'est meilleur que chez sa grand-mère. À la télé, {{Questions pour un champion}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le résident [[PERSONNE:Ahmed Chérif]] a reçu une convocation au tribunal d'{{Épinal}}, RG [[IDENTIFIANT:25/00417]]. L'éducateur [[PERSONNE:Olivier]] le rassure et appelle son avocate, Me [[PERSONNE:Sabatier]], qui rappellera à {{17h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un Belge en panne près de {{Montmédy}}, voiture [[IMMATRICULATION:1-KTW-384]], plus un sou pour rentrer à {{Arlon}}. L'écoutant [[PERSONNE:Guy]] l'oriente vers la gendarmerie et la {{Croix-Rouge}} de {{Stenay}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'éducatrice appelle {{France Travail}} pour un résident, [[PERSONNE:Lamine]], qui a raté son rdv : identifiant [[ID_FRANCE_TRAVAIL:6194702R]]. La conseillère au bout du fil, [[PERSONNE:Christelle]], redonne un rdv le {{14}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement {{ALT}} du {{CHRS}} à {{Saint-Dié}} : [[ADRESSE:5 rue d'Alsace, 88100 Saint-Dié-des-Vosges]]. M. [[PERSONNE:Jacques Bernardin]] y vit depuis {{6 mois}}, il nous montre ses figurines de {{saint Nicolas}} alignées sur le radiateur. Le TS [[PERSONNE:Karim]] vérifie le détecteur de fumée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{Nancy}} : {{rue Saint-Jean}}, {{porte Désilles}}, {{parc de la Pépinière}}, {{place Carnot}}. {{5 rencontres}}, {{2}} connues de l'équipe. Pas de nom noté devant moi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Giovanni Lombardi]], {{67 ans}}, né à {{Bergame}}, retraité de l'aciérie de {{Longwy}}. NIR [[NIR:1 58 01 99 127 017 33]]. RIB {{Caisse d'Épargne}} : [[IBAN:FR76 1513 5005 0008 1572 9301 412]]. L'agente [[PERSONNE:Ségolène]] met à jour, il la remercie en italien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Agathe Mathieu]] : « deux noms de saints, {{sainte Agathe}} et {{saint Matthieu}} ». Elle veut recevoir ses décomptes par mail : [[EMAIL:agathe.mathieu@icloud.com]]. L'agent [[PERSONNE:Benjamin]] lui crée son compte {{Ameli}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Les agents portent un badge avec juste « Accueil », pas de prénom : c'est voulu depuis des menaces, me dit l'un. File : {{11 personnes}}, {{3}} pour la {{carte Vitale}}, {{4}} pour des {{IJ}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré de {{Verdun}}, {{62 ans}}, retraite progressive. M. [[PERSONNE:Thiébaut]] dicte : [[NIR:1 62 11 55 545 041 67]]. Nouvelle adresse : [[ADRESSE:12 avenue de Douaumont, 55100 Verdun]]. Le conseiller [[PERSONNE:Arnaud]] relit tout deux fois.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel médecin → plateforme des pros. {{1 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Pont-à-Mousson}}. M. [[PERSONNE:Piotr Zieliński]], chauffeur routier en arrêt. Sa voiture immatriculée en {{Pologne}}, [[IMMATRICULATION:PO 4R82L]], est devant la maison. L'enquêtrice [[PERSONNE:Sandra]] pose la main sur le capot : chaud. Il dit qu'il revient de la pharmacie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Jonathan Kaiser]], frontalier licencié par {{ArcelorMittal}} à {{Esch-Belval}}, s'inscrit. Compte lux pour l'{{ARE}} : [[IBAN:LU52 0030 9157 3284 0100]]. ID [[ID_FRANCE_TRAVAIL:2281504K]]. La conseillère [[PERSONNE:Amandine]] vérifie le {{formulaire U1}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle Mme [[PERSONNE:Nathalie Gérard]], qui a postulé chez {{Clairefontaine}} à {{Étival-Clairefontaine}} (les cahiers de notre enfance). Portable : [[TELEPHONE:06 84 19 33 70]]. Entretien confirmé mardi {{9h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Webinaire interne sur le nouvel outil, {{40 conseillers}} connectés, caméras coupées. Le formateur ne se présente pas. Je décroche au bout de {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur de {{Gondrecourt-le-Château}} : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:5 206 918 Q]] ». Le conseiller [[PERSONNE:Thierry]] retrouve le dossier : paiement bloqué, {{attestation employeur}} manquante.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bébé de {{3 semaines}}, [[PERSONNE:Jade]], fièvre. Le père donne la date de naissance, [[DATE_NAISSANCE:2 mai]], la mère [[PERSONNE:Laurine]] tient le carnet de santé. Ils viennent de {{Maxéville}}. L'IOA les redirige vers l'{{Hôpital d'Enfants}} de {{Brabois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile (gilet {{Securitas}}) me fait visiter le hall : une plaque « {{Pavillon Krug}} », une autre « {{Bâtiment Philippe Canton}} ». Il ne sait pas qui c'étaient. Une maman et son enfant attendent en silence.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Les {{Ambulances Saint-Georges}} appellent pour un retour à domicile : patient IPP [[IDENTIFIANT:P00781162]], M. [[PERSONNE:René Claude]]. L'agent confirme l'adresse de dépose : [[ADRESSE:31 rue de Metz, 54600 Villers-lès-Nancy]]. Départ {{15h30}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def parse(marked):
    """Strip the marks of one note: return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        parts.append(chunk)
        length += len(chunk)
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """All notes as dicts, ids in writing order."""
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


def split(cells):
    """Draw dev / holdout ids from ``cells`` ({(site_kind, channel): [id, ...]}) only."""
    rng = random.Random(SEED)
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build()
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", sorted((n for n in notes if n["id"] in dev), key=lambda n: n["id"]))
    write(
        HERE / "holdout.jsonl",
        sorted((n for n in notes if n["id"] in holdout), key=lambda n: n["id"]),
    )
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
