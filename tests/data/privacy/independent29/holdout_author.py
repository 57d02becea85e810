"""Independent evaluation notes for the anonymiser, set 29 (stdlib only).

Each note is a (site_kind, channel, text) tuple. Inline marks in the text:
[[LABEL:value]] is a span to mask (LABEL from the labelling guide), {{value}} is a string to keep.
Running this file strips the marks, computes the offsets, splits the notes 120/120 by a seeded
draw within each (site_kind, channel) stratum and writes dev.jsonl and holdout.jsonl.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 29
PREFIX = "ind29"

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
AP, AT, CS = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = [
    # ---------------------------------------------------------------- urgences
    (
        URG,
        AP,
        "{{8h12}} arrivee a l'accueil des urgences avec l'{{IOA}} (infirmiere organisatrice de l'accueil). "
        "1ere patiente : [[PERSONNE:Josiane]], {{78 ans}}, chute dans sa sdb cette nuit. Sa fille : « elle prend "
        "du {{Kardegic}} et du {{Levothyrox}}, c'est tout ». Tri 3, {{box 6}}.",
    ),
    (
        URG,
        AP,
        "Guichet admissions. M. [[PERSONNE:Benali]] sans carte vitale, l'agente lui fait dicter son num de secu "
        ": [[NIR:1 87 03 35 238 041 25]] puis verifie la date de naissance « [[DATE_NAISSANCE:14 mars 87]] » ok. "
        "Creation IPP [[IDENTIFIANT:P00612874]] en {{2 min}} chrono.",
    ),
    (
        URG,
        AP,
        "{{14h}} SALLE D'ATTENTE\n"
        "- {{23 personnes}}\n"
        "- tele : {{Questions pour un champion}}, sans le son\n"
        "- un monsieur reclame du {{Doliprane}} -> AS : « pas avant que le {{medecin}} vous "
        "ait vu »\n"
        "- panneau 'temps d'attente estimé {{4h}}' 😬",
    ),
    (
        URG,
        AP,
        "Habitué amené par les {{pompiers}}, tout le monde l'appelle « [[PERSONNE:Bouboule]] "
        "». Ramassé devant le {{Carrefour City}} de la {{rue Jean-Jaures}}.\n"
        "IOA : « alors [[PERSONNE:Bouboule]], combien de bieres ce matin ? »\n"
        "lui : « {{deux}}… ou {{six}} »\n"
        "Glycemie {{0,62}} -> resucrage.",
    ),
    (
        URG,
        AP,
        "box 2 petit [[PERSONNE:Noa]], {{4 ans}}, aurait avalé une piece de {{2 €}}. La maman (Mme "
        "[[PERSONNE:Ferreira Dos Santos]]) hyper calme, moi moins. {{Radio ASP}} demandée, pediatre de garde = "
        "Dr [[PERSONNE:Kessler]].",
    ),
    (
        URG,
        AP,
        "Alerte thrombolyse {{10h51}} : Mr [[PERSONNE:Grégoire Alvarez]], bouche de travers depuis le petit dej, "
        "{{NIHSS 6}}. Transfert direct vers l'{{UNV}} du {{pavillon Charcot}}. Tout le monde court, personne ne "
        "crie. Impressionnant.",
    ),
    (
        URG,
        AT,
        "Standard des urgences. Une femme appelle pour son pere : « c'est [[PERSONNE:Gaston Pelletier]], né le "
        "[[DATE_NAISSANCE:2 fevrier 1941]], il est arrivé cette nuit ». L'agent ne donne rien au tel, lui dit de "
        "passer ou de rappeler le {{service de medecine}}. Elle laisse son num : [[TELEPHONE:06 71 48 22 90]].",
    ),
    (
        URG,
        AP,
        "{{UHCD}} pleine -> brancards dans le couloir du {{batiment Saint-Joseph}}. Sur le tableau blanc juste "
        "des initiales : Mme [[PERSONNE:A.]] ({{box couloir 3}}), M. [[PERSONNE:R.T.]], « pour la confidentialité "
        "» dit la cadre. Mme [[PERSONNE:A.]] attend depuis {{9h}}.",
    ),
    (
        URG,
        AP,
        "L'interne me dit « le {{Parkinson}} du {{box 4}} a encore chuté » -> c'est la maladie, pas le nom du "
        "patient 😅. Autres trucs entendus : {{Glasgow 15}}, {{Spasfon}}, {{Tramadol}}, « on le passe en {{SAUV}} "
        "». La cadre de santé fait le point a {{15h30}}.",
    ),
    (
        URG,
        AP,
        "L'agente d'accueil ([[PERSONNE:Sandrine]]) a un ado :\n"
        "« ton prénom ? »\n"
        "« [[PERSONNE:Kylian]] »\n"
        "« comme {{Mbappé}} ? »\n"
        "« ouais pareil » 😂\n"
        "Entorse cheville au {{city stade}}, maman au tel en {{5 min}}.",
    ),
    (
        URG,
        AP,
        "Dame de {{50 ans}} env., donne son adresse : [[ADRESSE:17 bis rue des Glycines, 35200 Rennes]]. L'agent "
        "admin retape 3 fois, le logiciel connait pas la rue. Finalement validé en « adresse libre ». {{11 min}} "
        "au guichet pour ça.",
    ),
    (
        URG,
        AP,
        "Carte mutuelle {{Harmonie Mutuelle}} n° [[IDENTIFIANT:0047218863]] photocopiée par l'agent. Patient : "
        "[[PERSONNE:Yannick Le Floch]], {{62 ans}}, douleur thoracique, ECG fait en {{moins de 10 min}} 👍",
    ),
    (
        URG,
        AT,
        "Appel de l'{{EHPAD Les Jardins de Saint-Martin}} : ils envoient Mme [[PERSONNE:Rolande Giraud]], "
        "{{94 ans}}, en {{VSL}}, suspicion fracture col. L'IDE note le nom du medecin coordo, Dr "
        "[[PERSONNE:Mahé]], et demande le {{DLU}} (dossier de liaison urgence).",
    ),
    (
        URG,
        AP,
        "Un monsieur accompagne sa grand-mère : « c'est [[PERSONNE:Mémé]], elle est perdue depuis ce matin, elle "
        "me reconnait plus ». Sur le dossier : [[PERSONNE:Marcelle Rouxel]]. Elle chante {{La Bohème}} en boucle, "
        "l'IDE chante avec elle.",
    ),
    (
        URG,
        AP,
        "{{22h40}}, pompiers amenent un jeune tombé de trottinette {{Lime}} sur le {{boulevard Voltaire}}. Casque "
        "? non. {{Tri 2}}, scanner. Le pompier : « {{3e}} ce soir sur le meme carrefour ».",
    ),
    (
        URG,
        AT,
        "La secretaire épèle au labo : « [[PERSONNE:Z-A-O-U-I]], Z comme {{zebre}}, A comme {{avion}} » puis "
        "donne le n° de séjour NDA [[IDENTIFIANT:24-0091337]]… non c'est « [[IDENTIFIANT:24-0091377]] », elle "
        "s'etait trompée.",
    ),
    (
        URG,
        AP,
        "Accueil : femme enceinte {{8 mois}} redirigée vers les {{urgences gynéco}} du {{bâtiment Pasteur}}. "
        "L'agent lui dessine le chemin sur un post-it : sortir, longer le {{parking P2}}, c'est en face du "
        "{{Relay}}. Pas de données perso, juste de l'orientation.",
    ),
    (
        URG,
        AP,
        "« Vous avez un médecin traitant ? »\n"
        "« oui Dr [[PERSONNE:Lucas]] »\n"
        "« [[PERSONNE:Lucas]] c'est le prénom ou le nom ? »\n"
        "« le nom »\n"
        "OK 🙃 Patient [[PERSONNE:Thierry Vasseur]], né [[DATE_NAISSANCE:1963-09-30]] (lu sur "
        "l'ecran au format bizarre).",
    ),
    (
        URG,
        AP,
        "Salle d'attente, {{Noël}} dans 3 jours : guirlandes, un sapin en carton, boite de {{Ferrero Rocher}} "
        "laissée par une famille. Les aides-soignantes portent des bonnets de {{Père Noël}}. {{31}} passages "
        "depuis {{8h}}.",
    ),
    (
        URG,
        AP,
        "Mr [[PERSONNE:Oumar Cissé]], plaie main (meuleuse).\n"
        "Pas de secu.\n"
        "Juste un récépissé {{APS}} n° [[IDENTIFIANT:7503219846]]\n"
        "l'agent : « vous travaillez où ? » « sur les chantiers, au noir »\n"
        "l'agent appelle l'assistante sociale, [[PERSONNE:Claire]]\n"
        "elle passe en {{20 min}}\n"
        "ouverture {{AME}} à voir\n"
        "points de suture : {{6}}",
    ),
    (
        URG,
        AT,
        "{{SAMU}} -> IOA : ACR récupéré, {{45 ans}}, arrive dans {{15 min}}. {{SAUV 1}} "
        "libérée. Aucun nom.",
    ),
    (
        URG,
        AP,
        "Ado de {{15 ans}}, [[PERSONNE:Inès]], crise d'angoisse apres le college. Elle montre son insta "
        "[[IDENTIFIANT:@ines.lbrt_]] a l'IOA pour prouver un harcelement. L'IOA : « on va appeler ta mère, son "
        "portable ? » -> [[TELEPHONE:07 58 13 64 02]].",
    ),
    (
        URG,
        AP,
        "Dans le couloir, une infirmière à une autre : « t'as vu [[PERSONNE:Tonton]] est revenu » - c'est le "
        "surnom d'un patient tres regulier (vrai nom [[PERSONNE:Roger Lemoine]]). Il a apporté des {{chouquettes}} "
        "de la {{boulangerie Paul}} pour l'equipe.",
    ),
    (
        URG,
        AP,
        "GROS RUSH {{18h-20h}}\n"
        "lits dispo : {{0}}\n"
        "bed manager appelle {{cardio}}, {{pneumo}}, {{service Saint-Luc}} (gériatrie)\n"
        "réponse : « rien avant demain »\n"
        "=> {{7}} patients sur brancard cette nuit",
    ),
    (
        URG,
        AP,
        "Monsieur tres agité, crie « je veux voir [[PERSONNE:Martine]] ! » = sa femme, restée dehors garer la "
        "voiture ([[IMMATRICULATION:FG-318-LB]], il répète la plaque, il a peur qu'elle soit enlevée par la "
        "fourrière). Vigile calme le jeu.",
    ),
    (
        URG,
        AP,
        "Agent admission m'explique : sans papiers d'identité ils creent un « {{patient anonyme}} » avec un nom "
        "code genre « {{Anonyme Lapin}} ». Aujourd'hui {{2}} comme ça. Pas de nom réel dans cette note.",
    ),
    (
        URG,
        AT,
        "Tel : une dame cherche son fils « [[PERSONNE:Dylan Marchand]], {{20 ans}}, il a eu un accident de scooter "
        "». Secret médical : l'agent demande sa date de naissance pour vérifier -> « [[DATE_NAISSANCE:11/06/2004]] "
        "». Il est bien là, elle peut venir. Elle pleure.",
    ),
    (
        URG,
        AP,
        "IOA [[PERSONNE:Fabrice]] (15 ans de boite) : « le plus dur c'est pas les cas graves, c'est les {{4h}} "
        "d'attente pour des {{bobologies}} ». Il trie {{47}} patients sur sa garde. Il boit un {{Red Bull}} a "
        "{{16h}}.",
    ),
    (
        URG,
        AP,
        "Patiente ukrainienne, Mme [[PERSONNE:Oksana Kovalenko]], avec sa fille qui traduit. Passeport "
        "[[IDENTIFIANT:FE 482193]] scanné. Douleur abdo, tri 3. Interprete via {{ISM Interprétariat}} proposé "
        "mais la fille suffit.",
    ),
    (
        URG,
        AP,
        "{{Pédiatrie}} : le doudou du petit s'appelle {{Pompon}} (un lapin). L'infirmière lui met un bracelet "
        "aussi « pour qu'on le perde pas ». Le gamin s'appelle [[PERSONNE:Timéo]], {{3 ans}}, fievre {{39,8}}.",
    ),
    (
        URG,
        AP,
        "Brancardier [[PERSONNE:Jo]] m'emmene voir le circuit : {{accueil}} -> {{box}} -> {{radio}} -> {{UHCD}}. "
        "On passe devant la chapelle {{Sainte-Anne}} et la statue de {{Louis Pasteur}} dans le hall. Il connait "
        "tout le monde par le prénom.",
    ),
    (
        URG,
        AP,
        "Patient {{SDF}} connu, [[PERSONNE:Jean-Pierre]] dit « [[PERSONNE:JP]] », pieds gelés. Son chien {{Rocky}} "
        "reste attaché a l'entrée, un vigile lui donne de l'eau. Orientation {{115}} a la sortie, l'AS appelle "
        "le {{SIAO}}.",
    ),
    (
        URG,
        AT,
        "Médecin généraliste au tel : « je vous adresse Mme [[PERSONNE:Huguette Bernier]], suspicion {{phlébite}} "
        "». L'IOA prend le n° direct du cabinet : [[TELEPHONE:02 99 54 31 07]]. Courrier faxé (oui, encore le "
        "{{fax}}).",
    ),
    (
        URG,
        AP,
        "Sortie : l'agent imprime le bulletin de situation pour l'employeur. Patient [[PERSONNE:Mickaël "
        "Duhamel]], arret de travail {{3 jours}}. Il demande si la {{Cpam}} est prevenue - oui par {{Ameli}}, "
        "automatique.",
    ),
    (
        URG,
        AP,
        "Aucun nom dans ce que j'entends en {{1h}} :\n"
        "« la {{3}} pour le scan »\n"
        "« le {{monsieur du 8}} a mal »\n"
        "« la {{mamie du couloir}} a soif »\n"
        "Ils désignent les gens par le box. Efficace mais deshumanisant ? A discuter en "
        "debrief.",
    ),
    (
        URG,
        AT,
        "Commissariat au tel : ils amènent un gardé à vue pour un certificat de compatibilité. Le brigadier "
        "[[PERSONNE:Rousseau]] donne le nom : [[PERSONNE:Kevin Lambert]], « né le [[DATE_NAISSANCE:3 janvier "
        "1998]] ». Arrivée prévue {{23h}}, box sécurisé.",
    ),
    (
        URG,
        AT,
        "Une dame appelle : « il y a combien d'attente ce soir ? ». L'agent : « on ne donne pas de délai au "
        "téléphone madame, si c'est urgent faites le {{15}}, sinon {{SOS Médecins}} ou le {{116 117}} ». Elle "
        "raccroche pas contente. {{3}} appels comme ça en {{1h}}.",
    ),
    (
        URG,
        AT,
        "La {{Pharmacie Germain}} (celle en face de la {{place Sainte-Anne}}) rappelle pour une ordo des urgences "
        "illisible : {{Oxycontin}} ou {{Oxynorm}} ? Pour Mme [[PERSONNE:Béatrice Collin]]. L'interne "
        "[[PERSONNE:Hugo]] rappelle le pharmacien en {{5 min}}.",
    ),
    (
        URG,
        AT,
        "Appel du Maroc, le frere d'un patient. Il laisse son num : [[TELEPHONE:+212 6 61 42 87 09]]. Parle "
        "arabe, l'agent [[PERSONNE:Samir]] traduit sur le coup. Le patient = [[PERSONNE:Hassan]], arrivé hier "
        "soir, {{UHCD}}.",
    ),
    (
        URG,
        AT,
        "Mr rappelle pour se plaindre (attente {{9h}} samedi). L'agent lui donne la boite de la {{Maison des "
        "usagers}} : {{relations.usagers@chu-ouest.fr}}. Il veut une réponse sur son mail perso : "
        "[[EMAIL:gerard.poulain56@orange.fr]] - « c'est noté monsieur ».",
    ),
    (
        URG,
        AT,
        "Infirmière scolaire du {{collège Jules-Ferry}} : élève fait un malaise, envoyée par les pompiers. « C'est "
        "[[PERSONNE:Lina Haddad]], née le [[DATE_NAISSANCE:vingt-trois avril deux mille douze]] », les parents "
        "sont prévenus. L'IOA note tout sur un post-it puis dans {{Orbis}}.",
    ),
    (
        URG,
        AT,
        "Labo au tel : K+ {{6,8}}, IPP [[IDENTIFIANT:P00587120]] -> {{box 9}}, senior prévenu "
        "en {{2 min}}.",
    ),
    (
        URG,
        AT,
        "Maman au tel, bébé {{8 mois}} qui a {{38,5}}. L'agente : « vous lui avez donné du {{Doliprane}} ? "
        "appelez le {{15}} ils vont vous orienter, venir ici c'est {{5h}} d'attente ce soir ». Aucun nom "
        "demandé. Bonne pratique ou renvoi de patate chaude ?",
    ),
    (
        URG,
        AT,
        "{{Taxis Bleus}} appelle pour la sortie de M. [[PERSONNE:Lucien Marais]], {{86 ans}}, retour a domicile "
        "[[ADRESSE:5 impasse du Moulin, 35510 Cesson-Sévigné]]. Bon de transport fait par la secrétaire "
        "[[PERSONNE:Agnès]].",
    ),
    (
        URG,
        AT,
        "{{Ambulances Saint-Christophe}} : « on vous ramène Mme [[PERSONNE:Poirier]] » non - l'ambulancier "
        "corrige : « [[PERSONNE:Poirier-Dubois]], avec tiret ». Sortie de {{clinique Saint-Laurent}} qui n'a pas "
        "de scanner la nuit.",
    ),
    (
        URG,
        AT,
        "Gendarmerie : AVP sur la {{N12}}, deux blessés arrivent. Le gendarme donne la plaque du véhicule pour "
        "qu'on fasse le lien avec l'assurance : [[IMMATRICULATION:ER 714 VD]]. Noms pas encore connus.",
    ),
    (
        URG,
        AT,
        "Une femme demande si son mari « [[PERSONNE:Didier]] » est là. L'agent ne peut rien dire au tel, prend "
        "son numero pour que le medecin rappelle : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix-sept, "
        "zéro trois]] » -> noté en chiffres par l'agent : [[TELEPHONE:06 42 18 77 03]].",
    ),
    (
        URG,
        AT,
        "Centre {{15}} : « {{tri 2}}, DT, {{58 ans}}, ETA {{10 min}} ». {{40 secondes}}, pas "
        "de nom.",
    ),
    (
        URG,
        AT,
        "Rappel d'un patient sorti hier : il a perdu son ordo. Il donne son nom ([[PERSONNE:Fréderic Garnier]]) et "
        "sa date de naissance (le [[DATE_NAISSANCE:8/10/71]]) pour vérifier. La secretaire renvoie l'ordo "
        "sur {{Mon espace santé}}.",
    ),
    (
        URG,
        AP,
        "ESCORTE POLICE, détenu menotté. On me dit pas son nom, je demande pas.\n"
        "{{Box 11}} direct. Policiers debout {{2h}}. Café offert par l'AS.",
    ),
    (
        URG,
        AP,
        "Week-end de la {{Toussaint}} : beaucoup de personnes agées tombées au cimetière 😔. L'IOA : « chaque "
        "année pareil, les pots de {{chrysanthèmes}} c'est lourd ». {{12}} chutes depuis ce matin.",
    ),
    (
        URG,
        AP,
        "Pause des AS a {{16h}} : debat sur {{Koh-Lanta}}, « {{Denis Brogniart}} il a vieilli ». Puis retour au "
        "front. Le {{distributeur}} de la salle d'attente est en panne depuis {{3 semaines}}.",
    ),
    (
        URG,
        AP,
        "Ouvrier du bâtiment, a recu une {{pierre}} sur le pied sur le chantier du {{quai Saint-Cyprien}}. Son "
        "chef d'équipe ([[PERSONNE:Manu]]) l'accompagne. Déclaration AT à faire, employeur {{Eiffage}}.",
    ),
    (
        URG,
        AP,
        "Femme, hématomes visage. À l'IOA, tout bas : « c'est [[PERSONNE:Steeve]], mon conjoint ». L'IOA lui donne "
        "le {{3919}} et appelle l'{{UMJ}}. Elle ne veut pas porter plainte maintenant. Silence dans le box.",
    ),
    (
        URG,
        AP,
        "Joueur de {{17 ans}} de l'{{US Saint-Malo}}, genou en vrille. Son coach, [[PERSONNE:Patrick]], "
        "maillot du {{Stade Rennais}} : « il passera pro ». Radio, attelle, {{kiné}}.",
    ),
    (
        URG,
        AP,
        "TS médicamenteuse, {{Xanax}} + {{Lexomil}}. La patiente, [[PERSONNE:Léa]], {{19 ans}}, dit juste « "
        "laissez moi ». Son copain [[PERSONNE:Enzo]] attend dehors. Psy de garde appelé, {{pavillon Esquirol}} "
        "demain.",
    ),
    (
        URG,
        AP,
        "Vieux monsieur donne son adresse en détachant les mots : « [[ADRESSE:quatre, allée des Peupliers, "
        "Vezin-le-Coquet]] ». Il ajoute « la maison avec les {{hortensias}} ». L'agent sourit et tape.",
    ),
    (
        URG,
        AP,
        "Vigile : une voiture belge garée sur la place ambulances, plaque [[IMMATRICULATION:1-KMR-482]]. Appel "
        "micro dans la salle d'attente. Propriétaire = Mme [[PERSONNE:Vandenbroucke]], elle court.",
    ),
    (
        URG,
        AP,
        "Admission d'une dame {{C2S}} : l'agente lit le numéro sur l'attestation « [[NIR:279059306641827]] », "
        "le système le prend pas (clé ?) puis si, elle avait tapé un 1 pour un 7. Nom : [[PERSONNE:Awa "
        "Traoré]].",
    ),
    (
        URG,
        AP,
        "L'IOA, [[PERSONNE:Nadège]], me dit que les soignants regardent {{Grey's Anatomy}} « pour rire ». La "
        "salle de pause a un poster de {{Dr House}}. Ce soir elle fait {{12h}}, de {{19h}} à {{7h}}.",
    ),
    (
        URG,
        AP,
        "Enfant ramené par sa tante : « je suis tata [[PERSONNE:Rosa]], la maman est au travail chez {{Lidl}} ». "
        "Le petit, [[PERSONNE:Matteo]], {{6 ans}}, bras cassé à la trampoline. Autorisation de soins ? L'IOA "
        "appelle la mère.",
    ),
    (
        URG,
        AP,
        "Fiche sur le bureau de l'IOA : « M. [[PERSONNE:D.]], box 5, allergie {{pénicilline}} ». L'agent de "
        "l'accueil demande « c'est [[PERSONNE:Delaunay]] ? », « oui ». On voit que les initiales ne protègent pas "
        "grand chose.",
    ),
    (
        URG,
        AP,
        "Mère avec bébé, elle l'appelle « [[PERSONNE:la Puce]] » tout le temps ; vrai prénom [[PERSONNE:Maëlys]]. "
        "Bronchiolite, {{sat 91%}}. Transfert {{pédiatrie Necker}} envisagé puis non.",
    ),
    (
        URG,
        AP,
        "Homme {{34 ans}}, né en [[DATE_NAISSANCE:1990]] au Mali d'après lui, pas de papiers. Il s'appelle "
        "[[PERSONNE:Souleymane]]. Douleur dentaire, renvoi à la {{PASS}} (permanence d'accès aux soins) demain "
        "{{9h}}.",
    ),
    (
        URG,
        AP,
        "Les box ont des noms de fleurs depuis la rénov :\n"
        "{{box Coquelicot}}\n"
        "{{box Lilas}}\n"
        "{{box Marguerite}}\n"
        "IOA : « on a mis la dame en {{Marguerite}} » -> c'est le box, pas le prénom de la "
        "dame 😅\n"
        "{{19}} patients en cours.",
    ),
    (
        URG,
        AP,
        "{{Déchocage}}, polytrauma moto.\n"
        "L'agent admin tape depuis le permis trouvé dans le blouson :\n"
        "NOM : [[PERSONNE:GUÉRIN]]\n"
        "Prénom : [[PERSONNE:Anthony]]\n"
        "DDN : [[DATE_NAISSANCE:22.05.1995]]\n"
        "Permis n° [[IDENTIFIANT:130535200871]]\n"
        "Moto : plaque [[IMMATRICULATION:AB-007-ZK]] (donnée par les pompiers)",
    ),
    (
        URG,
        AP,
        "Patiente âgée ne parle que breton et français approximatif. Sa voisine traduit : « elle s'appelle "
        "[[PERSONNE:Soizic]], elle habite pas loin de l'{{église Saint-Melaine}} ». Glycémie haute. {{Insuline}} "
        "à revoir.",
    ),
    (
        URG,
        AP,
        "Tour du {{médecin senior}}, {{17h}} :\n"
        "« le {{Crohn}} du 6 sort ? » « oui avec {{Pentasa}} »\n"
        "« la {{colique néphrétique}} ? » « {{Profénid}} ok »\n"
        "« et l'{{Alzheimer}} du 2 ? » « on garde »\n"
        "Pas un seul nom dit en {{20 min}}.",
    ),
    (
        URG,
        AP,
        "SDF, [[PERSONNE:Dédé]], installé sur les chaises depuis {{6h}} « pour le chauffage ». L'agent laisse "
        "faire jusqu'à {{8h}}. Elle me dit : « on sait que c'est pas sa place mais le {{115}} est saturé ».",
    ),
    (
        URG,
        AP,
        "Accueil admin : jeune étudiante étrangère, titre de séjour n° [[IDENTIFIANT:7504382916]], carte "
        "européenne ? non, {{LMDE}}. Son nom, [[PERSONNE:Mei Chen]], est inversé dans le système (nom/prénom). "
        "Corrigé.",
    ),
    # -------------------------------------------------------------------- chrs
    (
        CHRS,
        AP,
        "CHRS, {{9h}}, entretien d'admission.\n"
        "éduc : [[PERSONNE:Mathilde]]\n"
        "monsieur : [[PERSONNE:Rachid Bensaïd]]\n"
        "orienté par le {{SIAO}}, réf. SIAO [[IDENTIFIANT:SI-35-2024-08812]]\n"
        "affaires : un sac {{Decathlon}} + un chargeur\n"
        "« vous avez un traitement ? » « du {{Seresta}} »\n"
        "« des gens à prévenir ? » « non, personne »\n"
        "chambre {{14}}, {{2e étage}}\n"
        "durée {{35 min}}",
    ),
    (
        CHRS,
        AP,
        "Règlement lu à voix haute : pas d'alcool dans les chambres, retour avant {{22h}}, animaux tolérés "
        "dans le {{chenil}} derriere. Le monsieur a un chat, {{Moustache}}, « il dort avec moi depuis {{5 ans}} ». "
        "Négociation en cours.",
    ),
    (
        CHRS,
        AP,
        "Tout le monde ici appelle le veilleur de nuit « [[PERSONNE:Papy]] », il a {{67 ans}} et refuse la "
        "retraite. Son vrai prénom : [[PERSONNE:Gilbert]]. Il connait les {{42}} résidents par coeur.",
    ),
    (
        CHRS,
        AP,
        "Résidente, [[PERSONNE:Sabrina]], veut ouvrir un compte bancaire. L'AS l'aide avec la {{Banque "
        "Postale}} (droit au compte). RIB reçu par courrier : [[IBAN:FR76 1883 6800 4709 5857 4796 226]]. Elle "
        "le lit 2 fois, fière.",
    ),
    (
        CHRS,
        AP,
        "Salle commune {{20h}}\n"
        "⚽ {{OM}}-{{PSG}} sur la grande télé\n"
        "{{15}} résidents, chips {{Lay's}}\n"
        "score 0-3, aucune bagarre\n"
        "éduc : « le {{Classique}} c'est notre thérapie de groupe »",
    ),
    (
        CHRS,
        AP,
        "Entretien hebdo. Mme [[PERSONNE:Kaba]] non -> Mme [[PERSONNE:Kaba Fanta]] (nom puis prénom sur le titre "
        "de séjour). Titre de séjour n° [[IDENTIFIANT:9301274856]] expire le {{15 mars}}. Rdv préfecture "
        "introuvable sur le site, l'AS réessaie à {{minuit}} « c'est là que les créneaux sortent ».",
    ),
    (
        CHRS,
        AP,
        "ATELIER CUISINE (jeudi)\n"
        "menu : {{couscous}} / {{madeleines}} / {{clafoutis}}\n"
        "le cuisinier bénévole chante du {{Jul}} en épluchant\n"
        "personne nommé dans mes notes, ça rit fort",
    ),
    (
        CHRS,
        AP,
        "« [[PERSONNE:KD]] » (c'est ses initiales, tout le monde l'appelle comme ça) revient d'un entretien "
        "chez {{Intermarché}}. Pris en CDD {{3 mois}} rayon frais ! L'éduc [[PERSONNE:Yohan]] lui tape dans la "
        "main.",
    ),
    (
        CHRS,
        AP,
        "Demande {{RSA}} en ligne avec l'AS. Monsieur [[PERSONNE:Ludovic Moreau]] donne son numero de secu de "
        "tete : [[NIR:1 58 12 29 019 233 79]]. « Je le connais depuis l'armée ». Né à {{Quimper}}.",
    ),
    (
        CHRS,
        AP,
        "Dispute à la laverie du CHRS entre [[PERSONNE:Nathalie]] et « [[PERSONNE:la Blonde]] » (surnom). Objet "
        ": un pull {{bleu marine}} disparu. Médiation par le chef de service. Le pull réapparait dans le "
        "{{sèche-linge}} 2.",
    ),
    (
        CHRS,
        AP,
        "Réunion d'équipe {{14h}}\n"
        "- {{38}} places, {{36}} occupées\n"
        "- {{2}} sorties vers logement : {{Archipel Habitat}} + un {{bail glissant}}\n"
        "- point {{nuitées d'hôtel}}\n"
        "Pas de nom, on parle en n° de chambre.",
    ),
    (
        CHRS,
        AP,
        "Mme [[PERSONNE:Gomes]] ramène le courrier : facture {{EDF}}, réf client [[IDENTIFIANT:1002 458 773]]. "
        "Elle doit {{312 €}} de son ancien appart. L'AS monte un dossier {{FSL}}. Dans la foulée, "
        "attestation CAF, n° alloc [[N_ALLOCATAIRE:2874519]].",
    ),
    (
        CHRS,
        AP,
        "Jeune de {{19 ans}}, sorti de l'{{ASE}}. L'éduc : « comment on t'appelle ? » « [[PERSONNE:Mouss]] », "
        "« et sur les papiers ? » « [[PERSONNE:Moussa Diakité]], né le [[DATE_NAISSANCE:12 septembre 2005]] ». "
        "Contrat jeune majeur fini, il dort ici depuis {{lundi}}.",
    ),
    (
        CHRS,
        AP,
        "Dans le bureau, un tableau : {{Aïd}}, {{Noël}}, {{Nouvel An chinois}} - les fetes prevues cette annee. "
        "Pour {{Noël}} : repas + cadeaux de {{Emmaüs}} et du {{Secours populaire}}. Budget {{450 €}}.",
    ),
    (
        CHRS,
        AP,
        "Résident en colère contre sa référente : « [[PERSONNE:Karine]] elle m'écoute pas ». La cheffe de service, "
        "Mme [[PERSONNE:Lefèvre]], propose un changement de référent. Il se calme en {{10 min}}, on lui offre un "
        "{{café}}.",
    ),
    (
        CHRS,
        AP,
        "CV avec l'éduc : l'ordi affiche un modèle Word au nom de « [[PERSONNE:Jean Dupont]] ». Le résident "
        "([[PERSONNE:Bogdan]]) remplace par ses infos, garde l'email du modèle par erreur, corrigé : "
        "[[EMAIL:bogdan.popescu.ro@gmail.com]].",
    ),
    (
        CHRS,
        AP,
        "Femme avec {{2}} enfants, fuit des violences. À l'accueil on ne note que « Mme [[PERSONNE:S.]] » dans le "
        "registre. Mise à l'abri en {{appartement sécurisé}}, adresse non communiquée même a moi. Plainte faite "
        "à la {{gendarmerie de Bruz}}.",
    ),
    (
        CHRS,
        AP,
        "Anniversaire du doyen, [[PERSONNE:Marcel]], {{81 ans}} ! Gâteau {{forêt-noire}} acheté chez "
        "{{Marie Blachère}}, on chante « {{Joyeux anniversaire}} ». Il pleure un peu. Sa date ? « né le "
        "[[DATE_NAISSANCE:4 juillet 1943]], comme l'indépendance américaine » 🇺🇸",
    ),
    (
        CHRS,
        AT,
        "Écoutante {{115}}, {{21h05}} : homme appelle de la {{gare}} : « [[PERSONNE:Franck]], j'ai pas de place "
        "». Elle cherche dans {{SI-SIAO}}, rien. Propose le {{gymnase Léo-Lagrange}} (plan grand froid). Il "
        "accepte. {{4 min}} d'appel.",
    ),
    (
        CHRS,
        AT,
        "115 : une maraudeuse de la {{Croix-Rouge}} appelle pour un couple sous le pont {{Saint-Hélier}}. "
        "Prénoms : [[PERSONNE:Cindy]] et [[PERSONNE:Jérôme]], avec un chien ({{Chipie}}). Les structures avec "
        "chien sont pleines. Attente.",
    ),
    (
        CHRS,
        AT,
        "{{22h}}, 115 saturé : {{143}} appels en attente affichés. L'écoutante décroche, « bonsoir le 115 », "
        "la personne a raccroché. Elle soupire. {{Sept}} écoutants ce soir pour tout le département.",
    ),
    (
        CHRS,
        AT,
        "115 : femme {{enceinte}} de {{7 mois}}, [[PERSONNE:Aminata Sow]], appelle depuis le portable "
        "[[TELEPHONE:07 53 91 20 46]]. Priorité. Place trouvée au {{CHRS Les Hirondelles}}, l'écoutante la "
        "rappelle {{12 min}} plus tard.",
    ),
    (
        CHRS,
        AT,
        "Un travailleur social de la {{PASS}} appelle pour un patient sortant : « M. [[PERSONNE:Ivanov]] » "
        "- non, il reprend : « [[PERSONNE:Ivanov Dimitar]] », date de naissance « [[DATE_NAISSANCE:"
        "1979-11-02]] ». Dossier SIAO à créer.",
    ),
    (
        CHRS,
        AT,
        "Appel 115, un habitué : « c'est [[PERSONNE:Le Breton]] ». L'écoutante rit : « je sais, "
        "[[PERSONNE:Loïc]], je reconnais ta voix ». Rien ce soir, rappel à {{23h}} pour les désistements.",
    ),
    (
        CHRS,
        AT,
        "Écoutante [[PERSONNE:Céline]] en {{formation}} : elle lit la fiche réflexe « ne jamais promettre une place "
        "». Sur l'écran : {{SI-SIAO}}, onglet « {{demandes du jour}} », {{57}}. Elle dit « c'est le métier le "
        "plus frustrant du monde ».",
    ),
    (
        CHRS,
        AT,
        "Pharmacien au 115 : un monsieur dort devant sa {{Pharmacie du Théâtre}} depuis {{3 "
        "jours}}, il ne connait que « [[PERSONNE:Momo]] ».\n"
        "Maraude envoyée ({{SAMU social}}).",
    ),
    (
        CHRS,
        AT,
        "Mère de famille, {{3 enfants}}, expulsée ce matin de [[ADRESSE:28 avenue Henri-Fréville, Rennes]]. Elle "
        "donne le nom de l'huissier, Me [[PERSONNE:Tanguy]]. Nuitée d'hôtel {{B&B}} proposée, "
        "{{chambre 203}}.",
    ),
    (
        CHRS,
        AT,
        "Appel de l'{{hôpital Guillaume-Régnier}} (psy) : sortie d'un patient sans solution. Nom "
        "[[PERSONNE:Cyril Gauthier]], IPP [[IDENTIFIANT:GR0042117]]. L'écoutante : « on n'a rien avant "
        "{{lundi}} ».",
    ),
    (
        CHRS,
        AT,
        "115, numéro masqué, un jeune : « je m'appelle [[PERSONNE:Yanis]], j'ai {{17 ans}} ». Mineur -> "
        "l'écoutante bascule vers l'{{ASE}} et le {{119}}. Elle reste en ligne jusqu'au transfert. Tension "
        "palpable.",
    ),
    (
        CHRS,
        CS,
        "Visite en {{logement diffus}} (appart du CHRS en ville) avec l'éduc [[PERSONNE:Romain]]. Chez Mme "
        "[[PERSONNE:Perrine Jacob]], [[ADRESSE:9 rue de Brest, apt 12, 35000 Rennes]]. Frigo vide, l'éduc note "
        "un colis {{Restos du Coeur}} à demander.",
    ),
    (
        CHRS,
        CS,
        "Tour des chambres, {{bâtiment Saint-Vincent}} :\n"
        "ch. {{7}} : {{plaque chauffante}} interdite ❌\n"
        "ch. {{11}} : un {{poisson rouge}} nommé {{Néron}}\n"
        "ch. {{12}} : RAS\n"
        "détecteurs de fumée ok partout sauf 1\n"
        "rien de nominatif noté",
    ),
    (
        CHRS,
        CS,
        "Visite chez un couple en {{bail glissant}}, [[PERSONNE:Steven]] et [[PERSONNE:Jennifer Pires]]. "
        "Compteur {{Linky}} relevé : {{12 430 kWh}}. Le bailleur ({{Néotoa}}) réf. locataire "
        "[[IDENTIFIANT:NEO-0087412]]. Tout est propre, l'éduc est contente.",
    ),
    (
        CHRS,
        CS,
        "Passage de l'éduc dans le studio de M. [[PERSONNE:Hamon]] : pas ouvert depuis {{2 jours}}. On frappe, "
        "« [[PERSONNE:Christophe]] ? ». Il ouvre, il dormait. {{Dépression}}, rdv {{CMP}} calé. Ouf.",
    ),
    (
        CHRS,
        CS,
        "Visite {{appartement partagé}} {{rue de Saint-Malo}} (3 résidentes). Les filles ont mis un poster de "
        "{{Aya Nakamura}} et un calendrier de l'{{Avent}}. L'éduc fait l'inventaire : {{micro-ondes}} ok, "
        "{{aspirateur}} HS. Aucune donnée perso.",
    ),
    (
        CHRS,
        CS,
        "Visite chez [[PERSONNE:Fatima]] et ses enfants ([[PERSONNE:Ilyes]] {{8 ans}}, [[PERSONNE:Sara]] "
        "{{5 ans}}). La petite montre son dessin de {{Pâques}}. Problème : voiture du voisin garée devant "
        "l'entrée, l'éduc note la plaque [[IMMATRICULATION:DZ-905-PC]] pour le bailleur.",
    ),
    (
        CHRS,
        AP,
        "Inscription France Travail d'un résident avec l'AS. Écran : « votre identifiant : "
        "[[ID_FRANCE_TRAVAIL:6120458N]] ». Il le note sur un ticket de {{Lidl}}. Le conseiller s'appelle "
        "M. [[PERSONNE:Beaulieu]]… enfin Monsieur quelque chose, il sait plus.",
    ),
    (
        CHRS,
        AP,
        "Soirée karaoké du vendredi 🎤\n"
        "« {{Les Lacs du Connemara}} »\n"
        "« {{Je te promets}} » ({{Johnny}})\n"
        "{{Aya Nakamura}} pour les jeunes\n"
        "Un résident très timide chante {{Ne me quitte pas}}, la salle se tait.\n"
        "Aucun prénom noté exprès.",
    ),
    (
        CHRS,
        AP,
        "L'ancien instit du foyer, on l'appelle « [[PERSONNE:le Prof]] ». Il fait l'aide aux devoirs aux "
        "gamins du {{CHRS familles}} le mercredi. Il dit : « avant j'étais à l'école {{Jean-Moulin}}, "
        "{{CM2}} ».",
    ),
    (
        CHRS,
        AP,
        "Infirmière des {{LHSS}} passe pour [[PERSONNE:Gérard]] (diabète). {{Lantus}} {{20 UI}} le soir, "
        "{{Metformine}}. Elle laisse son portable pro à l'éduc : [[TELEPHONE:06.33.71.58.14]]. Il a un pied "
        "qui l'inquiète.",
    ),
    (
        CHRS,
        AP,
        "Sortie ! Mme [[PERSONNE:Roselyne Hervé]] a obtenu un T2 : [[ADRESSE:3 square de Galicie, 35200 "
        "Rennes]]. Etat des lieux {{jeudi 10h}}. Elle offre une boite de {{Quality Street}} à l'équipe.",
    ),
    (
        CHRS,
        AP,
        "Permanence {{Cpam}} au CHRS (1x/mois). L'agente ouvre une {{C2S}} pour un résident, il dicte son "
        "NIR : « [[NIR:un, soixante-treize, zéro six, trente-trois, zéro soixante-trois, cent quarante-cinq, "
        "quarante-deux]] ». Elle retape en chiffres, ça passe du 1er coup.",
    ),
    (
        CHRS,
        AP,
        "Dans la salle commune, un résident lit {{L'Équipe}} à voix haute : « {{Zidane}} à {{Marseille}} ? "
        "n'importe quoi ». Un autre : « {{Deschamps}} il a fini ». Débat {{45 min}}. Aucun nom privé.",
    ),
    (
        CHRS,
        AP,
        "Tout le monde dit « [[PERSONNE:Tata]] » à la cuisinière, [[PERSONNE:Marie-Josée]], "
        "{{60 ans}}, là depuis {{1998}}.\n"
        "Dimanche = {{accras}}.\n"
        "un résident : « [[PERSONNE:Tata]], t'en as encore ? »\n"
        "elle : « pour toi toujours »",
    ),
    (
        CHRS,
        AP,
        "Jeune femme montre son compte {{TikTok}} à l'éduc : [[IDENTIFIANT:@mimi_rennes35]], elle veut faire "
        "de la coiffure. L'éduc lui conseille de retirer la photo de l'entrée du CHRS. Bonne remarque.",
    ),
    (
        CHRS,
        AP,
        "Monsieur vit dans sa voiture depuis {{8 mois}} avant d'arriver. Vieille {{Clio}} immatriculée "
        "[[IMMATRICULATION:4721 VT 35]] (ancien format). Il veut la garder, le parking du CHRS a {{6}} places. "
        "Prénom : [[PERSONNE:Alain]].",
    ),
    (
        CHRS,
        AP,
        "Courrier du {{tribunal judiciaire}} pour une résidente : audience du {{juge des enfants}}, sa fille "
        "[[PERSONNE:Jade]], née le [[DATE_NAISSANCE:30 novembre 2015]], est placée en famille d'accueil. L'AS "
        "prépare l'audience avec elle.",
    ),
    (
        CHRS,
        AP,
        "Lever de rideau {{7h}} : distribution des petits-déj, {{Ricoré}}, {{Nutella}} (rationné !), pain de la "
        "{{boulangerie Saint-Germain}}. Les résidents arrivent par vagues. Pas de nom noté.",
    ),
    (
        CHRS,
        AP,
        "Un résident me montre une photo de son chien mort l'hiver dernier, {{Sultan}}. Il a gardé la "
        "médaille. Il s'appelle [[PERSONNE:Jacky]], {{57 ans}}, « {{23 ans}} de rue ». Je ne sais pas quoi "
        "répondre.",
    ),
    (
        CHRS,
        AP,
        "Appli {{ProGdis}} sur l'ordi de l'éduc, fiche résident :\n"
        "[[PERSONNE:NGUYEN Van Long]]\n"
        "né le [[DATE_NAISSANCE:17/02/1969]]\n"
        "ch. {{21}}\n"
        "L'éduc ferme vite : « normalement t'as pas le droit de voir ».",
    ),
    (
        CHRS,
        AP,
        "L'éduc à un résident : « t'as été voir Mme [[PERSONNE:Barbier]] au CCAS ? » Il dit oui, elle lui a "
        "donné des {{tickets service}} pour {{Carrefour}}. {{40 €}}.",
    ),
    (
        CHRS,
        AP,
        "{{CVS}} : {{raclette}} bat {{choucroute}} pour la {{Saint-Sylvestre}}. {{11}}/{{36}} "
        "présents.",
    ),
    (
        CHRS,
        AP,
        "Résident [[PERSONNE:Abdoulaye]] reçoit sa carte {{Vitale}} enfin ! Il lit : « [[NIR:1 04 06 13 088 "
        "211 43]] ». L'éduc : « range ça, ne le crie pas ». Rires.",
    ),
    (
        CHRS,
        AT,
        "Appel du {{SPIP}} : la CPIP, Mme [[PERSONNE:Rault]], vérifie que [[PERSONNE:Jonathan]] respecte bien "
        "son hébergement (contrôle judiciaire). L'éduc confirme, présent ce matin à {{8h}}.",
    ),
    (
        CHRS,
        AT,
        "Une femme appelle le CHRS : « je cherche mon frère [[PERSONNE:Kader Mansouri]] ». L'éduc ne confirme "
        "ni n'infirme, prend un message et son numéro : [[TELEPHONE:06 27 84 39 51]]. Procédure respectée.",
    ),
    (
        CHRS,
        AT,
        "115 : un chauffeur {{Star}} (bus) signale une femme âgée à l'{{arrêt République}}, en pyjama. Maraude "
        "envoyée, puis {{pompiers}}. Pas d'identité connue. {{23h40}}.",
    ),
    (
        CHRS,
        AT,
        "115 en espagnol, un homme épelle son nom : « [[PERSONNE:G-U-T-I-E-R-R-E-Z]] ». L'écoutante passe par "
        "l'interprétariat {{ISM}} {{3 min}}, ça coupe. Elle rappelle le numéro affiché "
        "[[TELEPHONE:+34 612 48 73 90]].",
    ),
    (
        CHRS,
        AT,
        "Appel de la {{Caf}} pour un résident dont le courrier revient « n'habite pas à l'adresse indiquée ». "
        "Dossier [[N_ALLOCATAIRE:0615287]], M. [[PERSONNE:Tessier]]. L'éduc confirme la domiciliation.",
    ),
    (
        CHRS,
        AT,
        "{{Plan grand froid}} déclenché, {{-6°C}} annoncé. L'écoutante du 115 appelle les gymnases : "
        "{{gymnase Marcel-Cerdan}} ok {{30}} lits, {{salle Guy-Ropartz}} ok {{20}}. Personne nommé.",
    ),
    (
        CHRS,
        AT,
        "L'ancien employeur d'un résident envoie ses bulletins par mail, l'éduc lit l'adresse à voix haute "
        "pour répondre : « [[EMAIL:m.leroux (at) transports-leroux (point) fr]] ». Le résident s'appelle "
        "[[PERSONNE:Kévin]], chauffeur-livreur chez {{Transports Leroux}}.",
    ),
    (
        CHRS,
        AT,
        "115, {{2h du matin}}, veilleur avec l'écoutante : un monsieur ivre chante « {{La Marseillaise}} » "
        "au tel. L'écoutante attend la fin, lui propose une place. Il raccroche. Aucune info sur lui.",
    ),
    (
        CHRS,
        AT,
        "{{Archipel Habitat}} appelle pour une candidature : « dossier de M. [[PERSONNE:Brahim Ouali]], n° "
        "demande logement social [[IDENTIFIANT:035 24 0512 47891]] ». La CAL est {{le 14}}. L'AS envoie les "
        "avis d'impôt.",
    ),
    (
        CHRS,
        CS,
        "Visite à l'{{hôtel Formule 1}} de la {{zone Saint-Grégoire}}, {{chambre 23}} : famille "
        "[[PERSONNE:Bangoura]] ({{4 personnes}}, {{9 m²}}). Pas de frigo, le lait du bébé dans le lavabo avec de "
        "l'eau froide.",
    ),
    (
        CHRS,
        CS,
        "Visite résidence {{Adoma}}, [[ADRESSE:4 rue Pierre-Martin, 35000 Rennes]], chez M. "
        "[[PERSONNE:Traoré]] : sa chambre est impeccable, {{Coran}} sur l'étagère, photos de "
        "{{Bamako}}. Il demande un {{micro-ondes}}.",
    ),
    (
        CHRS,
        CS,
        "Contrôle sécurité des {{8 studios}} :\n"
        "- extincteurs ok\n"
        "- {{2}} détecteurs sans pile\n"
        "- fenêtres ok\n"
        "- studio 3 : sapin de {{Noël}} en plastique, studio 5 : une crèche\n"
        "Rien de nominatif.",
    ),
    (
        CHRS,
        CS,
        "Visite au mobil-home d'un résident au {{camping des Gayeulles}} (solution transitoire). Voiture "
        "devant : [[IMMATRICULATION:gk-271-mr]]. [[PERSONNE:Pascal]] nous offre un {{Ricard}}, l'éduc refuse "
        "poliment.",
    ),
    (
        CHRS,
        CS,
        "Chambre de [[PERSONNE:Sébastien]] : écharpe du {{Stade Brestois}} au mur, boîte de {{Subutex}} sur la "
        "table de nuit (traitement OK, prescrit par le {{CSAPA}}). L'éduc vérifie juste la date du prochain "
        "rdv.",
    ),
    (
        CHRS,
        CS,
        "Visite suite à plainte du voisin du dessous, M. [[PERSONNE:Legrand]] (bruit la nuit). Chez "
        "[[PERSONNE:Ousmane]] on trouve une enceinte {{JBL}} énorme. Accord : pas de musique après {{22h}}.",
    ),
    (
        CHRS,
        CS,
        "Visite au {{pavillon Saint-Exupéry}} (le bâtiment familles). Des enfants jouent aux {{Pokémon}}. "
        "Une maman fait une {{galette des rois}}, c'est l'{{Épiphanie}}. Aucun nom demandé.",
    ),
    (
        CHRS,
        CS,
        "Appart diffus de Mme [[PERSONNE:Laurence Bigot]] : la {{Caf}} a suspendu l'{{APL}}. Elle montre le "
        "courrier, n° allocataire [[N_ALLOCATAIRE:1 948 302]]. L'éduc appelle le {{3230}} sur haut-parleur.",
    ),
    (
        CHRS,
        CS,
        "Dernière visite : chez [[PERSONNE:Nico]] et son chat {{Tigrou}}. Il a repeint sa cuisine en "
        "{{vert pomme}} avec de la peinture {{Leroy Merlin}}. Fier. L'éduc prend une photo de la cuisine, "
        "pas de lui.",
    ),
    # --------------------------------------------------------------------- caf
    (
        CAF,
        AP,
        "Caf, {{8h30}}, ouverture : {{27}} personnes devant la porte.\n"
        "Borne à tickets, j'ai le {{A047}}.\n"
        "Sujets entendus :\n"
        "- {{prime d'activité}}\n"
        "- {{APL}}\n"
        "- « la {{prime de Noël}} elle tombe quand ? » -> {{mi-décembre}}\n"
        "Agent d'accueil seul jusqu'à {{9h}}.",
    ),
    (
        CAF,
        AP,
        "Changement de banque : Mme [[PERSONNE:Corinne Lebrun]] tend son nouveau RIB, la conseillère tape "
        "[[IBAN:FR7618850031198953986559273]] en lisant à voix haute par blocs. Erreur de saisie au 3e bloc, "
        "refait. Dossier alloc [[N_ALLOCATAIRE:3318420]].",
    ),
    (
        CAF,
        AP,
        "La conseillère [[PERSONNE:Hélène]] aide un étudiant à créer son compte {{caf.fr}} pour l'{{APL}}. "
        "Mail : [[EMAIL:theo.marchal2005@laposte.net]]. Mot de passe refusé {{4}} fois (« il faut un caractère "
        "spécial »). {{25 min}}.",
    ),
    (
        CAF,
        AP,
        "Naissance : le papa vient déclarer sa fille [[PERSONNE:Lou]], née le [[DATE_NAISSANCE:3 mai]] à la "
        "{{maternité Saint-Vincent-de-Paul}}. Prime de naissance déjà versée ? non, {{PAJE}} en cours. Il a "
        "l'air épuisé 👶",
    ),
    (
        CAF,
        AP,
        "Dame séparée, l'ex ([[PERSONNE:Stéphane]]) ne paie plus la pension depuis {{5 mois}}. La conseillère "
        "explique l'{{ARIPA}}, l'{{ASF}}. Elle sort en disant « enfin quelqu'un qui m'explique ».",
    ),
    (
        CAF,
        AP,
        "Accueil Caf, poste numérique : un monsieur fait sa {{déclaration trimestrielle RSA}}. Il lit ses "
        "revenus à voix haute : « {{0}}, {{0}}, {{312 €}} de {{chômage}} ». Le volontaire service civique, "
        "[[PERSONNE:Ilan]], l'aide avec la souris.",
    ),
    (
        CAF,
        AP,
        "{{AAH}} : monsieur amène sa notification MDPH, n° dossier MDPH [[IDENTIFIANT:35-2023-018273]]. Taux "
        "{{80 %}}. La conseillère vérifie : [[PERSONNE:Raymond Caradec]], né le [[DATE_NAISSANCE:09/11/1966]]. "
        "Droit ouvert depuis {{octobre}}.",
    ),
    (
        CAF,
        AP,
        "File d'attente : une maman calme son petit avec un {{Kinder}} et une vidéo de {{Peppa Pig}}. Affiche "
        "au mur : « {{Mon Compte}}, c'est plus rapide ». {{1h10}} d'attente pour moi aussi. Aucun nom noté.",
    ),
    (
        CAF,
        AP,
        "Un couple vient pour un indu de {{1 873 €}}. Lui : « c'est [[PERSONNE:Gwen]] qui gère les papiers ». "
        "Elle : « non c'est toi ». Numéro allocataire lu sur le courrier : [[N_ALLOCATAIRE:7 204 581]]. Plan "
        "de remboursement {{50 €}}/mois.",
    ),
    (
        CAF,
        AP,
        "Rdv {{10h15}}, travailleur social Caf ([[PERSONNE:Olivier]]), famille [[PERSONNE:Le "
        "Gall]].\n"
        "Impayés {{2 100 €}} chez {{Espacil}}, saisine {{CCAPEX}} évoquée.",
    ),
    (
        CAF,
        AT,
        "{{3230}}.\n"
        "conseiller : « votre n° allocataire ? »\n"
        "« [[N_ALLOCATAIRE:5203117]] »\n"
        "« date de naissance ? »\n"
        "« le [[DATE_NAISSANCE:douze juin soixante-dix-neuf]] »\n"
        "« c'est bien Mme [[PERSONNE:Delphine Roche]] ? » « oui »\n"
        "Question sur l'{{ALS}}.",
    ),
    (
        CAF,
        AT,
        "Appel : un jeune veut son attestation de paiement pour son bailleur. Le conseiller l'envoie par mail : "
        "« [[EMAIL:yacine point benhamou arobase hotmail point fr]] » répété 2 fois, puis épelé "
        "lettre par lettre.",
    ),
    (
        CAF,
        AT,
        "Plateau téléphonique : {{18}} conseillers, {{312}} appels en file à {{9h05}}. Musique d'attente : "
        "{{Les Quatre Saisons}} de {{Vivaldi}}. Durée moyenne {{7 min}}. Je n'écoute aucun appel sur ce créneau.",
    ),
    (
        CAF,
        AT,
        "Un propriétaire appelle, {{SCI Les Tilleuls}}, pour l'APL versée en tiers payant. Locataire : M. "
        "[[PERSONNE:Fabien Carré]]. Le conseiller refuse de donner le montant (secret). Le proprio s'énerve.",
    ),
    (
        CAF,
        AT,
        "Dame en pleurs, indu de {{1 240 €}} sur la {{prime d'activité}}. Le conseiller : « je vois votre "
        "dossier Mme [[PERSONNE:Petitjean]], on va faire une remise de dette ». {{22 min}} d'appel, elle dit "
        "merci {{10}} fois.",
    ),
    (
        CAF,
        AT,
        "Une AS du {{CDAS}} appelle pour une famille commune : [[PERSONNE:Bintou Camara]], {{5 enfants}}. "
        "Le conseiller demande le n° de tel de la famille pour la rappeler : [[TELEPHONE:06 12 47]]... non "
        "« pardon c'est [[TELEPHONE:07 12 47 83 96]] ».",
    ),
    (
        CAF,
        AT,
        "Appelant dit s'appeler « [[PERSONNE:Moreau]], comme le fromager de la halle ». Il veut savoir pourquoi "
        "son {{RSA}} a baissé : reprise d'activité chez {{Amazon}} {{2 semaines}}. Le conseiller explique les "
        "{{ressources trimestrielles}}.",
    ),
    (
        CAF,
        AT,
        "Appel d'un {{mandataire judiciaire}} ({{UDAF}}) pour un majeur protégé, M. [[PERSONNE:Gaudin]], dossier "
        "[[N_ALLOCATAIRE:4419063]]. Changement de RIB vers le compte de gestion : "
        "[[IBAN:FR76 1715 4507 2317 0322 5045 051]].",
    ),
    (
        CAF,
        CS,
        "Contrôle sur place avec le contrôleur Caf, M. [[PERSONNE:Blanchard]]… pardon, il veut qu'on dise "
        "[[PERSONNE:Laurent]]. Chez Mme [[PERSONNE:Aurélie Fontaine]], [[ADRESSE:21 rue du Général-Leclerc, "
        "22000 Saint-Brieuc]]. Objet : isolement déclaré.",
    ),
    (
        CAF,
        CS,
        "Le contrôleur regarde la boite aux lettres : deux noms, « [[PERSONNE:FONTAINE]] / "
        "[[PERSONNE:KERBRAT]] ». La dame : « c'est l'ancien locataire ». Dans l'entrée, des chaussures "
        "d'homme taille {{45}}. Il note sans commenter.",
    ),
    (
        CAF,
        CS,
        "Devant la maison, une {{Peugeot 308}} immatriculée [[IMMATRICULATION:FK-662-RS]]. Le contrôleur "
        "demande à qui elle est : « à mon frère [[PERSONNE:Kévin]] ». Il vérifiera au {{SIV}}. Ambiance tendue.",
    ),
    (
        CAF,
        CS,
        "Avant la visite, dans la voiture, le contrôleur m'explique :\n"
        "1. {{agrément}} + {{assermentation}}\n"
        "2. {{droit de communication}} auprès des banques\n"
        "3. {{8 jours}} pour répondre au rapport\n"
        "Pas de données perso dans ce passage.",
    ),
    (
        CAF,
        CS,
        "Contrôle RSA : la dame montre les livrets de famille. Enfants : [[PERSONNE:Mathis]], né le "
        "[[DATE_NAISSANCE:15/01/2014]], et [[PERSONNE:Chloé]], née le [[DATE_NAISSANCE:2 août 2017]], scolarisés "
        "à l'école {{Jacques-Prévert}}. Contrôleur coche la grille.",
    ),
    (
        CAF,
        CS,
        "Relevés bancaires sur la table. Le contrôleur lit le compte « [[IBAN:FR76 2992 9853 4204 9407 7060 "
        "486]] », cherche des virements réguliers. Un virement {{Leboncoin}} de {{80 €}} : vente d'une "
        "poussette. Rien de suspect.",
    ),
    (
        CAF,
        CS,
        "Contrôle chez un monsieur seul, {{ferme}} à {{Plouguenast}}. Son chien {{Pirate}} nous accueille. Il "
        "s'appelle [[PERSONNE:Yves-Marie Le Bihan]], tout le monde l'appelle « [[PERSONNE:Yvon]] ». {{RSA}} "
        "+ {{prime d'activité}} pour des petits boulots agricoles.",
    ),
    # -------------------------------------------------------------------- cpam
    (
        CPAM,
        AP,
        "Cpam, accueil sur rdv. Carte Vitale perdue.\n"
        "Le monsieur dicte : [[NIR:2 64 11 13 055 112 65]]\n"
        "- « ah non c'est celui de ma femme »\n"
        "Il recommence : [[NIR:1 02 07 75 115 907 81]]\n"
        "- c'est son fils en fait 🙄\n"
        "Il repart chercher sa propre attestation.",
    ),
    (
        CPAM,
        AP,
        "Attestation de droits pour Mme [[PERSONNE:Chantal Perrot]]. Complémentaire : mutuelle {{MGEN}} n° "
        "[[IDENTIFIANT:235417908]]. L'agent imprime, {{3 min}}. Elle demande aussi le {{100 %}} pour son "
        "{{Alzheimer}} débutant -> c'est le médecin qui fait la demande d'{{ALD}}.",
    ),
    (
        CPAM,
        AP,
        "{{13h30}} réouverture.\n"
        "Bornes {{Ameli}} : {{3}} dont {{1}} HS.\n"
        "Pré-accueil debout avec tablette.\n"
        "Questions : {{carte Vitale}}, {{IJ}}, {{C2S}}.\n"
        "Personne ne dit son nom à voix haute ici, c'est bien.",
    ),
    (
        CPAM,
        AP,
        "IJ non versées depuis {{6 semaines}}. Le patient, [[PERSONNE:Florian Roux]], apprenti à la {{Boulangerie "
        "Guérin}}. L'employeur n'a pas envoyé l'attestation de salaire. L'agent appelle le patron, M. "
        "[[PERSONNE:Guérin]] lui-même, sur le fixe de la boutique.",
    ),
    (
        CPAM,
        AP,
        "Demande {{C2S}}. Pour les remboursements la dame donne son RIB : "
        "[[IBAN:FR7616995720294078885444396]]. Foyer : elle + [[PERSONNE:Maëva]] et [[PERSONNE:Lenny]]. "
        "Ressources : {{RSA}} {{635 €}}. Réponse sous {{2 mois}} max.",
    ),
    (
        CPAM,
        AP,
        "AME : monsieur géorgien, passeport n° [[IDENTIFIANT:15AD49120]], hébergé chez un compatriote "
        "[[ADRESSE:14 rue Paul-Bert, 35000 Rennes]]. L'agente vérifie la résidence de plus de {{3 mois}}. "
        "Manque une facture, revenir {{mardi}}.",
    ),
    (
        CPAM,
        AP,
        "Retraitée rentrée du Portugal, touche une petite pension là-bas. Compte portugais : "
        "[[IBAN:PT30 0035 0651 0000 1234 5678 3]]… l'agent dit qu'il faut un compte français. Son nom : "
        "[[PERSONNE:Maria da Conceição Alves]]. Grosse galère.",
    ),
    (
        CPAM,
        AP,
        "Accident du travail, chute d'échafaudage. Témoin : le collègue, « [[PERSONNE:Rui]] ». Employeur : "
        "{{Bouygues Bâtiment}}. L'agent explique la {{feuille d'accident}}, le {{CERFA}}, les {{48h}}.",
    ),
    (
        CPAM,
        AP,
        "Jeune de {{18 ans}}, veut sa propre carte Vitale. Mail pour Ameli : "
        "[[EMAIL:enzo.b-dlx@outlook.fr]]\n"
        "agente : « ton code arrive par courrier, pas par SMS »",
    ),
    (
        CPAM,
        AP,
        "Une dame demande si le {{Wegovy}} est remboursé « comme à la télé ». Non. Elle demande pour le "
        "{{Levothyrox}} nouvelle formule. L'agent : « c'est votre pharmacien qui saura ». Aucune donnée perso.",
    ),
    (
        CPAM,
        AP,
        "Congé maternité : Mme [[PERSONNE:Hoarau]] de {{La Réunion}}, vient de s'installer. Son NIR, lu sur l'ancienne attestation : "
        "[[NIR:2 88 12 75 114 063 69]] (née à Paris en fait). Mutation de dossier en cours depuis {{Saint-Denis}}.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}. La téléconseillère [[PERSONNE:Audrey]] :\n"
        "« votre numéro de sécurité sociale ? »\n"
        "« [[NIR:2 91 01 69 383 026 23]] »\n"
        "« et votre date de naissance ? »\n"
        "« le [[DATE_NAISSANCE:21 janvier 91]] »\n"
        "Objet : remboursement {{kiné}}.",
    ),
    (
        CPAM,
        AT,
        "Plateforme des pros : secrétaire du Dr [[PERSONNE:Le Moal]] (généraliste) pour un souci de "
        "{{télétransmission}}. Elle donne le RPPS : [[IDENTIFIANT:10003458712]]. Problème résolu en {{8 min}}.",
    ),
    (
        CPAM,
        AT,
        "Attente au 3646 : {{12 min}} annoncées, message sur {{Ameli}} et {{Mon espace santé}}. La "
        "téléconseillère me dit « le lundi c'est l'enfer ». {{200}} appels/jour/personne ? non, {{60}}. Pas "
        "d'appel nominatif écouté.",
    ),
    (
        CPAM,
        AT,
        "Monsieur demande pourquoi sa {{Ventoline}} est remboursée à {{65 %}} et le {{Doliprane}} aussi. La "
        "conseillère explique le {{ticket modérateur}} et la {{franchise médicale}} de {{1 €}}. Il s'appelle "
        "[[PERSONNE:Roger]] et il a « {{83 ans}} bientôt ».",
    ),
    (
        CPAM,
        AT,
        "Appel via le relais {{Acceo}} (personne sourde). L'interprète LSF relaie : « je suis "
        "[[PERSONNE:Julie Marchetti]] ». Demande de remboursement de prothèses auditives. La conseillère ralentit "
        "naturellement. Très fluide.",
    ),
    (
        CPAM,
        AT,
        "Demande de {{carte européenne}} avant un voyage à {{Barcelone}}. La conseillère vérifie l'adresse "
        "d'envoi : « [[ADRESSE:Lieu-dit Kerhuel, 56400 Plumergat]] ». Délai {{15 jours}}, sinon certificat "
        "provisoire.",
    ),
    (
        CPAM,
        AT,
        "Un monsieur dicte son portable pour qu'on le rappelle : « [[TELEPHONE:06 - 88 - 21 - 40 - 37]] », puis "
        "son fixe « [[TELEPHONE:02.97.44.18.60]] ». Il s'appelle [[PERSONNE:Jean-Yves]], il répète « "
        "[[PERSONNE:Jean-Yves]] avec un tiret ».",
    ),
    (
        CPAM,
        AT,
        "Litige mutuelle : la dame lit son n° d'adhérent {{Malakoff Humanis}} : [[IDENTIFIANT:MH 0871 2245 "
        "93]]. La conseillère : « ça c'est votre mutuelle, nous on n'y a pas accès ». Transférée.",
    ),
    (
        CPAM,
        AT,
        "Appel : « je m'appelle [[PERSONNE:Morgane Tessier]], j'ai reçu un SMS {{Ameli}} bizarre avec un "
        "lien ». La conseillère : arnaque, ne pas cliquer. Elle signale sur {{Pharos}}. {{4}} appels comme "
        "ça ce matin.",
    ),
    (
        CPAM,
        AT,
        "Maman appelle pour rattacher son bébé né le [[DATE_NAISSANCE:27/08/2024]], [[PERSONNE:Ambre]]. La "
        "conseillère demande le NIR de la mère, la dame lit : [[NIR:285086219348044]]. Rattachement fait "
        "pendant l'appel.",
    ),
    (
        CPAM,
        CS,
        "Contrôle d'arrêt de travail à domicile avec l'agent enquêteur. Adresse : [[ADRESSE:7 rue Anatole-France, "
        "29200 Brest]]. Personne. On revient {{14h10}} (sorties autorisées {{9h-11h}} et {{14h-16h}}), toujours "
        "personne. M. [[PERSONNE:Quéré]] sera convoqué.",
    ),
    (
        CPAM,
        CS,
        "Visite {{PFIDASS}} (renoncement aux soins) chez une dame âgée, [[PERSONNE:Yvette]], {{88 ans}}, "
        "sans dentier depuis {{2 ans}}. La conseillère prend rdv chez le dentiste et note son n° "
        "[[TELEPHONE:02 96 73 15 08]]. Elle nous offre des {{galettes Saint-Michel}}.",
    ),
    (
        CPAM,
        CS,
        "Contrôle dans une société d'ambulances, les {{Ambulances Duval}} : vérification des {{bons de "
        "transport}} et des {{véhicules}}. Le gérant montre les plaques sur un tableau Excel. Je ne note rien "
        "de nominatif.",
    ),
    (
        CPAM,
        CS,
        "Arrêt maladie pour {{lombalgie}}, voisin croisé dans l'escalier : « [[PERSONNE:Dominique]] ? il est au "
        "{{Leclerc}} ». L'enquêteur attend. Le monsieur revient avec des courses, {{10 min}} plus tard, dans la "
        "plage autorisée. RAS.",
    ),
    # -------------------------------------------------------------------- ccas
    (
        CCAS,
        AP,
        "CCAS, domiciliation. L'agente remplit l'attestation d'élection de domicile pour M. "
        "[[PERSONNE:Thibault Rivière]] : adresse de domiciliation = {{CCAS, 6 place de la Mairie}}. Il "
        "pourra recevoir son courrier {{Caf}} ici. Renouvellement dans {{1 an}}.",
    ),
    (
        CCAS,
        AP,
        "Aide alim : bons {{épicerie sociale}} {{30 €}}/mois + {{Restos du Coeur}}. {{6}} "
        "demandes ce matin, aucun nom.",
    ),
    (
        CCAS,
        AP,
        "Facture d'eau impayée {{418 €}} : contrat {{Veolia}} n° [[IDENTIFIANT:7200184563]], au nom de Mme "
        "[[PERSONNE:Jocelyne Prigent]]. L'AS monte une demande d'aide au {{FSL eau}}. Passage en commission "
        "{{jeudi}}.",
    ),
    (
        CCAS,
        AP,
        "Inscriptions au {{repas des aînés}} : {{140}} inscrits. Une dame : « mettez-moi avec "
        "[[PERSONNE:Simone]] et [[PERSONNE:Paulette]] comme l'an dernier ». L'agente note aussi son tel "
        "[[TELEPHONE:02 99 41 62 08]]. Animation : un sosie de {{Dalida}} 💃",
    ),
    (
        CCAS,
        AP,
        "Dossier {{APA}} : la fille de Mme [[PERSONNE:Germaine Le Corre]] apporte les papiers. Date de "
        "naissance de sa mère : le [[DATE_NAISSANCE:1er février 1945]]. NIR sur l'attestation : "
        "[[NIR:245024410930149]]. Envoi au {{Département}}.",
    ),
    (
        CCAS,
        AP,
        "Tarif cantine au quotient : l'agente calcule avec le QF {{Caf}} ({{512}}). Enfants : "
        "[[PERSONNE:Nolan]] et [[PERSONNE:Lyna Benyahia]], école {{Paul-Langevin}}. Tarif {{1,20 €}} le repas "
        "au lieu de {{4,10 €}}.",
    ),
    (
        CCAS,
        AP,
        "Secours d'urgence {{250 €}} pour payer le loyer en direct au bailleur. L'AS saisit le RIB du bailleur "
        "privé, M. [[PERSONNE:Hervé Jouan]] : [[IBAN:FR76 2205 9292 1613 6861 7525 751]]. Validation par "
        "l'élue dans l'après-midi.",
    ),
    (
        CCAS,
        AP,
        "L'agent d'accueil s'appelle M. [[PERSONNE:Toussaint]], il en rit : « tout le monde me souhaite ma fête "
        "le {{1er novembre}} ». Il reçoit une dame pour une {{carte de bus solidaire}}, {{tarif réduit}} "
        "à {{85 %}}.",
    ),
    (
        CCAS,
        AP,
        "Visite surprise de la maire, {{Nathalie Appéré}}, et de l'adjointe à l'action sociale. Elles "
        "discutent avec les agents de la hausse des demandes ({{+18 %}}). Personne du public nommé.",
    ),
    (
        CCAS,
        AP,
        "Monsieur avec son chien {{Réglisse}} (un vieux labrador). L'agente lui donne un bon pour la "
        "{{clinique vétérinaire solidaire}}. Lui c'est [[PERSONNE:Michel]], il dort dans sa voiture "
        "[[IMMATRICULATION:CX-338-TB]] sur le parking de l'{{Intermarché}}.",
    ),
    (
        CCAS,
        AP,
        "Inscription sur le {{registre canicule}} : Mme [[PERSONNE:Lucienne Texier]], {{84 ans}}, "
        "[[ADRESSE:2 allée des Acacias, 44300 Nantes]], tel de sa nièce [[PERSONNE:Sylvie]] : "
        "[[TELEPHONE:06 40 58 72 19]]. Plan déclenché à partir de {{35°C}}.",
    ),
    (
        CCAS,
        AT,
        "Appel : une dame âgée veut la {{téléassistance}}. « Je suis Mme [[PERSONNE:Odile Marchand]], "
        "j'habite [[ADRESSE:11 rue Victor-Hugo, appartement 4]] ». Installation par {{Présence Verte}} sous "
        "{{10 jours}}.",
    ),
    (
        CCAS,
        AT,
        "Un voisin inquiet : « la petite vieille du 3e, ses volets sont fermés depuis {{3 jours}} ». L'agente "
        "prévient la {{police municipale}}. Le voisin ne donne ni son nom ni celui de la dame. {{11h20}}.",
    ),
    (
        CCAS,
        AT,
        "Fils d'une résidente de l'{{EHPAD Korian Les Magnolias}} : demande d'{{aide sociale à l'hébergement}}. "
        "Sa mère : [[PERSONNE:Suzanne Allain]]. L'agente explique l'{{obligation alimentaire}}, il soupire : « "
        "mon frère [[PERSONNE:Patrice]] va jamais payer ».",
    ),
    (
        CCAS,
        AT,
        "Propriétaire qui loue à une famille aidée par le CCAS veut écrire à l'AS. Elle lui donne l'adresse "
        "générique {{accueil.ccas@ville-exemple.fr}}. Lui laisse la sienne : "
        "[[EMAIL:jm.lecomte[at]free[.]fr]].",
    ),
    (
        CCAS,
        AT,
        "Appel pour la {{carte KorriGo}} solidaire : la dame lit le numéro au dos de sa carte : "
        "[[IDENTIFIANT:2501 7734 9902 16]]. Elle s'appelle [[PERSONNE:Awa]], elle est à la {{station Villejean}}.",
    ),
    (
        CCAS,
        AT,
        "Appels {{9h}}-{{10h}} :\n"
        "- horaires d'ouverture {{x4}}\n"
        "- {{chèque énergie}} {{x2}}\n"
        "- un monsieur qui cherche la {{mairie de quartier du Blosne}}\n"
        "Aucun appel nominatif.",
    ),
    (
        CCAS,
        AT,
        "L'agente rappelle une bénéficiaire de l'{{aide aux vacances}}. Répondeur : « Bonjour vous êtes bien "
        "chez [[PERSONNE:Nadia]] et [[PERSONNE:Yassine]], laissez un message ». Message laissé sur le "
        "[[TELEPHONE:07 81 26 55 43]].",
    ),
    (
        CCAS,
        CS,
        "Visite à domicile {{APA}}, grille {{AGGIR}}.\n"
        "Mme [[PERSONNE:Raymonde Boucher]]\n"
        "- se lève seule : oui\n"
        "- toilette : avec aide\n"
        "- repas : portage ({{Les Menus Services}})\n"
        "- sorties : non depuis {{Pâques}}\n"
        "=> {{GIR 4}}\n"
        "Son perroquet {{Coco}} répète « bonjour [[PERSONNE:Raymonde]] » 🦜\n"
        "Plan : {{12h}}/mois d'aide à domicile ({{ADMR}}).",
    ),
    (
        CCAS,
        CS,
        "Signalement insalubrité : {{syndrome de Diogène}}, l'appartement est rempli de journaux. Le monsieur, "
        "[[PERSONNE:Armand]], {{74 ans}}, refuse qu'on jette. {{9 chats}} (dont {{Minouche}} et {{Caramel}}). "
        "Saisine {{ARS}} à étudier.",
    ),
    (
        CCAS,
        CS,
        "Tournée canicule avec l'agente, {{34°C}} à {{15h}}. On passe chez {{6}} personnes du registre, on "
        "laisse des bouteilles {{Cristaline}} et un brumisateur. Tout le monde va bien. Pas de nom noté.",
    ),
    (
        CCAS,
        CS,
        "Visite : voiture épave sur la pelouse de la résidence, la famille dit « c'est à "
        "[[PERSONNE:Tonton]] » (l'oncle, parti au bled). Plaque [[IMMATRICULATION:BQ 512 ZH]]. L'agente signale "
        "au bailleur, pas à la police.",
    ),
    (
        CCAS,
        CS,
        "Visite chez la famille [[PERSONNE:Ahmadi]], arrivée d'Afghanistan en {{2021}}. Titre de séjour du "
        "père, AGDREF [[IDENTIFIANT:3501298874]] (l'agente relit deux fois le numéro). Enfants scolarisés à {{Jean-Macé}}.",
    ),
    (
        CCAS,
        CS,
        "Mme [[PERSONNE:Huguette]], {{91 ans}}, fan de {{Claude François}} : posters partout. Elle chante "
        "« {{Alexandrie Alexandra}} ». L'agente vérifie les détecteurs de chute, la {{téléassistance}}. Visite "
        "de {{40 min}}.",
    ),
    (
        CCAS,
        CS,
        "Visite chez M. [[PERSONNE:Pierre Rose]] (oui, comme la {{pierre}} et la {{rose}}), {{69 ans}}, "
        "veuf. Il cultive un {{olivier}} sur son balcon. Dossier {{aide ménagère}}. Il fait une blague sur son "
        "nom à chaque visite, dit l'agente.",
    ),
    # ---------------------------------------------------------- france_travail
    (
        FT,
        AP,
        "France Travail, inscription en agence. Le conseiller [[PERSONNE:Mehdi]] crée le dossier, l'écran "
        "affiche l'identifiant : [[ID_FRANCE_TRAVAIL:4521873K]]. Il l'écrit sur une carte de visite pour le "
        "monsieur, « gardez ça précieusement ». {{1er rdv}} le {{12}}.",
    ),
    (
        FT,
        AP,
        "Changement de RIB pour l'{{ARE}} : la dame a un nouveau compte {{Boursorama}}, "
        "[[IBAN:FR76 2621 0710 6561 9714 7294 604]]. Le conseiller lui montre comment le faire seule sur "
        "l'appli la prochaine fois.",
    ),
    (
        FT,
        AP,
        "Atelier CV collectif ({{8}} participants). La conseillère projette un modèle : « [[PERSONNE:Marie "
        "Martin]], assistante de direction ». Un participant : « c'est qui [[PERSONNE:Marie Martin]] ? » Rires. "
        "Conseils : pas de photo obligatoire, {{1 page}}.",
    ),
    (
        FT,
        AP,
        "Tableau d'affichage de l'agence :\n"
        "- {{Lidl}} recrute {{6}} employés polyvalents\n"
        "- {{McDonald's}} {{Cesson}}\n"
        "- {{Airbus}} (intérim via {{Adecco}})\n"
        "- {{Job dating}} {{jeudi 14h}}\n"
        "- {{Salon de l'apprentissage}} au {{Liberté}}\n"
        "Pas de données perso.",
    ),
    (
        FT,
        AP,
        "{{CEJ}} (contrat d'engagement jeune) : [[PERSONNE:Yassine]] dit « appelez-moi [[PERSONNE:Yass]] ». Il a "
        "{{20 ans}}, veut être {{cuisinier}}. Son conseiller, [[PERSONNE:Thomas]], lui trouve une immersion "
        "{{PMSMP}} chez {{Chez Paulette}}, le resto du quartier.",
    ),
    (
        FT,
        AP,
        "Monsieur {{58 ans}}, licencié de {{Transports Le Goff}} après {{31 ans}}. Formation {{CACES}} proposée. "
        "La conseillère lit sa fiche : « [[PERSONNE:Jean-Claude Le Goff]]… ah, même nom que le patron ? » « "
        "c'était mon cousin ». Silence.",
    ),
    (
        FT,
        AP,
        "Entretien de suivi. La conseillère lit l'écran à voix haute :\n"
        "« [[PERSONNE:BOUZID Samia]]\n"
        "identifiant [[ID_FRANCE_TRAVAIL:0387 214 M]]\n"
        "né le… née le [[DATE_NAISSANCE:7 avril 1988]] »\n"
        "Objectif : {{aide-soignante}}, formation {{IFAS}}.",
    ),
    (
        FT,
        AP,
        "Orientation {{RSA}} : depuis {{2025}} inscription automatique. Le monsieur montre son courrier "
        "Caf, n° allocataire [[N_ALLOCATAIRE:6 031 448]]. Le conseiller : « vous êtes bien M. "
        "[[PERSONNE:Kerjean]] ? » « oui ». {{15h}} d'activité / semaine expliquées.",
    ),
    (
        FT,
        AP,
        "{{RQTH}} : orientation vers {{Cap emploi}}. La dame donne sa réf MDPH "
        "[[IDENTIFIANT:MDPH-35-22-004517]]. Elle s'appelle [[PERSONNE:Nathalie Guillou]]. Son chien "
        "d'assistance, {{Éclair}}, reste couché sous la chaise pendant {{45 min}}.",
    ),
    (
        FT,
        AP,
        "Agence, {{10h}}. {{14}} personnes en zone d'attente, {{2}} conseillers en accueil flux. Les écrans "
        "diffusent {{BFM}} sans le son, puis une pub {{Indeed}}. Le {{vigile}} connaît les habitués. Aucun nom.",
    ),
    (
        FT,
        AP,
        "Ressortissant soudanais, réfugié. Le conseiller saisit son NIR provisoire ? non, définitif : "
        "[[NIR:1 95 07 99 343 014 84]]. Prénom [[PERSONNE:Adam]]. Besoin : cours de français ({{FLE}}) avant "
        "tout. Orientation {{OFII}}.",
    ),
    (
        FT,
        AP,
        "Contestation de radiation. Le monsieur a un courrier de son avocate, Me [[PERSONNE:Lambert]]. Le "
        "conseiller : « le {{médiateur}} c'est par mail ». Le monsieur donne son adresse perso pour la réponse : "
        "[[ADRESSE:36 boulevard de Metz, 35700 Rennes]].",
    ),
    (
        FT,
        AP,
        "Une jeune diplômée veut recevoir les offres par mail, dicte : « [[EMAIL:clara tiret duval arobase "
        "gmail point com]] ». Le conseiller : « tiret, pas underscore ? » « tiret ». Elle vise le "
        "{{marketing}}, {{Bac+5}}.",
    ),
    (
        FT,
        AP,
        "La conseillère m'explique :\n"
        "- {{actualisation}} entre le {{28}} et le {{15}}\n"
        "- {{ARE}} ≈ {{57 %}} du salaire\n"
        "- {{dégressivité}}\n"
        "- son portefeuille : {{280}} demandeurs\n"
        "Pas de nom cité.",
    ),
    (
        FT,
        AT,
        "{{3949}}.\n"
        "« votre identifiant ? »\n"
        "« [[ID_FRANCE_TRAVAIL:5120934B]] »\n"
        "« et votre code postal ? »\n"
        "« {{35200}} »\n"
        "La conseillère, [[PERSONNE:Laetitia]] : « c'est bien M. [[PERSONNE:Pasquier]] ? »",
    ),
    (
        FT,
        AT,
        "Employeur au tel : la gérante de la {{Boulangerie Marie Blachère}} de {{Vern}} cherche {{2}} vendeuses. "
        "Elle se présente : [[PERSONNE:Sophie Caillaud]], tel direct [[TELEPHONE:02 23 35 61 90]]. Offre "
        "publiée dans l'heure.",
    ),
    (
        FT,
        AT,
        "Un demandeur dicte son identifiant en toutes lettres : « [[ID_FRANCE_TRAVAIL:trois neuf zéro deux "
        "un un six, lettre H]] ». La conseillère répète en chiffres, il confirme. Sujet : attestation "
        "employeur manquante ({{Carrefour Market}}).",
    ),
    (
        FT,
        AT,
        "Appel sortant : le conseiller rappelle une dame absente au rdv. Pas de réponse, il laisse un message au "
        "[[TELEPHONE:+33 6 19 52 84 07]]. « Mme [[PERSONNE:Boucher]], merci de me rappeler avant {{vendredi}} ».",
    ),
    (
        FT,
        AT,
        "Attente {{3949}} : {{8 min}}, « votre appel est important pour nous » x3. Pas de nom.",
    ),
    (
        FT,
        AT,
        "Actualisation ratée, l'ARE est bloquée. Monsieur : « [[ID_FRANCE_TRAVAIL:207 4418 F]], je m'appelle "
        "[[PERSONNE:Grégory]], j'ai oublié de m'actualiser parce que j'étais à l'hôpital ». La conseillère "
        "débloque en demandant un justificatif.",
    ),
    (
        FT,
        AT,
        "DPAE : un employeur déclare l'embauche de Mlle [[PERSONNE:Océane Ribeiro]]. Le conseiller entreprise "
        "demande son identifiant France Travail pour l'aide à l'embauche : [[ID_FRANCE_TRAVAIL:6004812 L]].",
    ),
    (
        FT,
        AT,
        "Travailleur frontalier qui rentre de Belgique : compte belge [[IBAN:BE58 7318 2046 5579]]. La "
        "conseillère : il faut un compte en zone {{SEPA}} (ok la Belgique passe). Formulaire {{U1}} demandé.",
    ),
    (
        FT,
        AT,
        "Vérification d'identité pour une réinscription : « date de naissance ? » « "
        "[[DATE_NAISSANCE:2002-04-19]] » lit la dame sur sa carte d'identité (format anglais, elle a vécu à "
        "Londres). Carte d'identité n° [[IDENTIFIANT:X4RTB82K9]].",
    ),
    (
        FT,
        AT,
        "Question {{CPF}} / {{AIF}} pour un {{permis poids lourd}} : {{3 devis}}, délai {{1 "
        "mois}}. Anonyme.",
    ),
    (
        FT,
        AT,
        "Un ancien militaire dicte son mail : « [[EMAIL:ludo.corse.2a@sfr.fr]] » et son NIR : "
        "[[NIR:1 66 10 2A 004 012 14]] (né à {{Ajaccio}}). La conseillère : « le 2A ça passe pas dans le champ, "
        "je mets 20 » -> non elle corrige, c'est 2A.",
    ),
]

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip():
            raise ValueError(f"span with surrounding whitespace: {value!r}")
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
    """Half of each (site_kind, channel) stratum to each file; odd leftovers drawn 50/50."""
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(strata):
        members = list(strata[key])
        rng.shuffle(members)
        half = len(members) // 2
        dev.extend(members[:half])
        holdout.extend(members[half : 2 * half])
        leftovers.extend(members[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path, notes):
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    used = {e["label"] for n in notes for e in n["entities"]}
    missing = [label for label in LABELS if label not in used]
    if missing:
        raise SystemExit(f"labels never used: {missing}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120:
        raise SystemExit(f"bad split {len(dev)}/{len(holdout)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev + {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
