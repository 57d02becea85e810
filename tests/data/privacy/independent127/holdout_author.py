"""Independent evaluation corpus n° 127: 240 French observation notes written by hand.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind127-001`` … ``ind127-240`` follow the
writing order. ``split`` draws the dev / holdout halves from the ids and the cells only.

Usage: python holdout_author.py           (writes dev.jsonl and holdout.jsonl)
       python holdout_author.py --stats   (also prints the counts used in README.md)
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind127"
SEED = 127
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
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        parts.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"whitespace around {value!r} in {marked!r}")
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {marked!r}")
    return text, entities, keep


# ---------------------------------------------------------------------------------------------
# The notes, in writing order (one list per writing session).
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        "urgences",
        "accueil_physique",
        "{{9h05}}, SAU du {{NHC}}. Ecran de tri : {{17}} patients en attente dont {{4 sur brancard}} dans le couloir, délai moyen affiché {{2h40}}. L'IOA me dit que pour un lundi « c'est calme » 🙃",
    ),
    (
        "urgences",
        "accueil_physique",
        "Guichet admissions. Un monsieur la soixantaine, carte vitale à la main. La secrétaire, [[PERSONNE:Nadège]], tape le nom : [[PERSONNE:KOWALCZYK Henri]], né le [[DATE_NAISSANCE:14/07/1958]] à {{Metz}}. NIR lu sur la carte : [[NIR:1 58 07 57 463 112 12]]. Dossier déjà connu, IPP [[IDENTIFIANT:1002845731]]. Bracelet + {{6 étiquettes}}, le tout en {{3 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{7}} : dame âgée tombée chez elle, amenée par les pompiers de {{Schiltigheim}}. Sa fille [[PERSONNE:Sevgi]] arrive en courant « elle est où ma mère ?? » — l'IOA ([[PERSONNE:Julien]]) : « box 7 madame, une seule personne à la fois svp »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Bureau de l'AS des urgences de {{Mercy}}. Mme [[PERSONNE:Lefèvre]] (l'AS) appelle le fils d'un patient hospitalisé depuis hier : « Bonjour, je cherche à joindre M. [[PERSONNE:Rinaldi]] ». Mauvais numéro. Elle réessaie avec le portable du dossier, [[TELEPHONE:06 71 28 43 90]], messagerie. Elle laisse son {{poste 45213}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Mulhouse}}, {{10h20}}. Jeune femme ([[PERSONNE:Inès Belkacem]]) pour un trop-perçu d'{{APL}} de {{312 €}}. L'agent, [[PERSONNE:Thierry]], tape son n° alloc [[N_ALLOCATAIRE:2418735]] : « ah oui, la déclaration trimestrielle {{RSA}} n'a pas été faite en mars ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Reims}} {{Croix-Rouge}}. M. [[PERSONNE:Ndiaye]] ne retrouve plus son identifiant. Conseillère : « c'est {{7 chiffres}} et une lettre, regardez en haut du courrier » → [[ID_FRANCE_TRAVAIL:4187265K]]. Elle le lui recopie sur un {{post-it}} 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivée d'une ambulance privée ({{Ambulances Schaeffer}}). Les 2 ambulanciers, [[PERSONNE:Kevin]] et [[PERSONNE:Loïc]], font les transmissions à l'IOA : « Mme [[PERSONNE:Gangloff]], {{87 ans}}, {{EHPAD Les Tilleuls}}, chute sans PC, sous anticoag ». Attente quai : {{25 min}} avant qu'un brancard se libère.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente {{Hautepierre}}, {{14h}}. Je compte {{31 personnes}}. Un écran affiche « temps d'attente estimé > {{4h}} ». Personne ne le regarde. Distributeur de boissons en panne, un agent de sécu passe toutes les 10 min.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Assuré furieux, remboursement kiné pas arrivé. Conseiller ([[PERSONNE:Mehdi]]) : « vous pouvez me donner votre numéro de sécurité sociale ? » — « [[NIR:184095145430774]] » dit d'une traite. Dossier : M. [[PERSONNE:Aubry]], né à {{Reims}}. Rejet car RIB changé, ancien compte clôturé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Epinal}}. Mme [[PERSONNE:Perrin]] vient pour l'aide facultative (facture chauffage). Agente : « votre adresse c'est toujours [[ADRESSE:14 rue d'Ambrail]] ? » — « non j'ai déménagé, [[ADRESSE:3 allée des Peupliers, 88000 Epinal]] ». MAJ faite.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation : le {{15}} appelle l'IOA pour annoncer un SMUR qui arrive avec un homme {{45 ans}}, douleur thoracique. « Il s'appelle [[PERSONNE:Fabrice Marchal]], on a son IPP chez vous : [[IDENTIFIANT:000734519]] ». L'IOA prépare le déchoc. Tout ça en {{40 secondes}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Moselle}}, {{21h30}}. Appel d'un homme à la gare de {{Metz}}, il a froid, il a dormi dehors hier. L'écoutante ([[PERSONNE:Samia]]) : « votre nom monsieur ? » « [[PERSONNE:Berisha]], [[PERSONNE:B-E-R-I-S-H-A]] » « et le prénom ? » « [[PERSONNE:Arben]] ». Pas de place avant {{23h}}, elle lui dit de rappeler.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage : {{3 patients}} arrivent en même temps à {{11h12}}. L'IOA fait passer d'abord la femme enceinte, puis le jeune avec la main ouverte (torchon plein de sang), puis le monsieur qui tousse. Elle me dit « je trie pas à l'ordre d'arrivée, je trie à la gravitée ». Tri {{2}}, {{3}}, {{4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "PASS du CHU de {{Reims}}. Jeune homme arrivé de {{Tbilissi}} il y a 2 mois, pas de droits ouverts. L'infirmière de la PASS ([[PERSONNE:Corinne]]) photocopie son passeport n° [[IDENTIFIANT:15AK88204]] et ouvre un dossier. Nom sur le passeport : [[PERSONNE:Giorgi Beridze]], né le [[DATE_NAISSANCE:02.09.1996]]. Rdv AME lundi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel entrant, {{3949}}? non ici c'est la ligne directe de l'accueil de {{Charleville}}. Une dame demande où en est sa prime de naissance. « Numéro allocataire ? » — « [[N_ALLOCATAIRE:0562147]] » — dossier de Mme [[PERSONNE:Lambert Océane]]. Pièce manquante : acte de naissance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un papa avec un petit de {{4 ans}} qui a avalé une pile. Accueil pédiatrique fermé la nuit donc tout passe ici. Secrétaire : « nom de l'enfant ? » — « [[PERSONNE:Nolan Hoffmann]] » — « date de naissance ? » — « le [[DATE_NAISSANCE:trois mars 2021]] ». Tri 2 direct, le médecin (Dr [[PERSONNE:Ouali]]) vient le chercher lui-même.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Petite chose qui m'a frappé : au-dessus du guichet un panneau « Ici on ne juge pas, on soigne ». Et à côté un planning des vigiles. {{Charleville}}, {{CH}} {{Manchester}}, {{16h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Nancy}}, accueil sur rdv. Monsieur [[PERSONNE:Tran Van Long]] veut faire sa CSS. L'agente ([[PERSONNE:Gwenaëlle]]) : « vous avez un RIB ? » Il sort une feuille pliée : [[IBAN:FR76 1027 8010 2000 0204 1760 172]]. Elle vérifie le nom sur le RIB, c'est celui de sa fille → refus, il faut un compte à son nom.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le vigile ([[PERSONNE:Moussa]]) à l'entrée : « on a eu {{3}} agressions verbales ce week-end ». Il me montre la caméra. Une voiture garée sur l'emplacement des ambulances, plaque [[IMMATRICULATION:FG-318-KL]], il appelle l'accueil pour faire une annonce.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'AS du CCAS de {{Colmar}}, quartier {{Europe}}. Mme [[PERSONNE:Hadjadj]], {{78 ans}}, vit seule au 5e sans ascenseur. Frigo presque vide, pas de chauffage dans la chambre. L'AS note l'adresse pour le portage de repas : [[ADRESSE:12 rue de Berne, 68000 Colmar]]. Elle appelle le fils sur place ([[TELEPHONE:07 62 19 55 03]]), pas de réponse.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une femme qui cherche son mari, amené ce matin par les pompiers. Secrétaire : « je ne peux rien dire au téléphone madame, vous êtes ? » — « sa femme, [[PERSONNE:Yılmaz Ayşe]] ». Elle épelle : [[PERSONNE:Y-I-L-M-A-Z]] avec un i sans point. La secrétaire confirme juste qu'il est « pris en charge » et l'invite à venir. {{Strasbourg}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une jeune femme ne comprend pas pourquoi son {{ARE}} est suspendue. Conseiller : « identifiant ? » — « [[ID_FRANCE_TRAVAIL:6120948 R]] » — « et votre date de naissance ? » — « [[DATE_NAISSANCE:17 avril 2001]] ». Réponse : actualisation non faite le {{15}}. Elle raccroche en pleurant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "UHCD, {{8 lits}}, tous pleins. La cadre ([[PERSONNE:Véronique Hertzog]]) fait le point lits à {{8h30}} : « on a {{11 patients}} en attente d'un lit d'aval, dont {{5}} de plus de {{75 ans}} ». Elle appelle la médecine gériatrique, pas de place avant demain.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Nancy}}. Entretien d'admission. M. [[PERSONNE:Abdelkader Mansouri]], orienté par le SIAO, réf. [[IDENTIFIANT:SIAO54-2025-00871]]. Il a une fille qu'il voit un week-end sur deux. Le travailleur social ([[PERSONNE:Rémi]]) lui explique le règlement : pas d'alcool, retour avant {{22h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ecran de tri lu par-dessus l'épaule de l'IOA :\n- [[PERSONNE:MULLER R.]] / {{72a}} / dyspnée / tri 2 / box 3\n- [[PERSONNE:DIALLO A.]] / {{29a}} / douleur abdo / tri 3 / SAS\n- [[PERSONNE:SCHNEIDER M-T]] / {{90a}} / chute / tri 3 / couloir 2\n- [[PERSONNE:ABOU-KHALIL J.]] / {{6a}} / fièvre / tri 3 / pédia\nElle efface l'écran quand elle voit que je lis 😬",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec le contrôleur Caf ([[PERSONNE:Patrick]]) à {{Sedan}}. Vérif de résidence : Mme [[PERSONNE:Bouchard]] déclare vivre seule. Une boîte aux lettres avec 2 noms : « [[PERSONNE:BOUCHARD]] / [[PERSONNE:LEMAIRE]] ». Elle dit que c'est l'ancien locataire. Il photographie la boîte. Durée {{45 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Les pompiers arrivent avec un jeune SDF, alcoolisé. Le chef d'agrès : « on l'a trouvé {{place Stanislas}}, il dit s'appeler [[PERSONNE:Dimitri]], pas de papiers ». La secrétaire crée une identité provisoire « {{X}} [[PERSONNE:DIMITRI]] »... je demande, elle dit qu'ils font toujours comme ça. (je ne mets pas le n° provisoire)",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un médecin traitant de {{Thionville}} qui veut adresser une patiente. L'IOA note : Mme [[PERSONNE:Rossi Carla]], née le [[DATE_NAISSANCE:21/01/1979]], suspicion phlébite. Le médecin donne son propre portable : [[TELEPHONE:06 45 90 12 38]]. L'IOA : « ok on l'attend, qu'elle se présente à l'accueil avec ce courrier ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de contrôle aujourd'hui finalement, l'agente enquêtrice a une réunion. Je reste au bureau de la Cpam de {{Metz}} : dossiers papier partout, {{2 écrans}}, une plante verte qui s'appelle {{Gérard}} (!). Ils rient quand je le note.",
    ),
    (
        "urgences",
        "accueil_physique",
        "« Vous avez une mutuelle ? » — « oui la {{MGEN}} » — « numéro d'adhérent ? » — « [[IDENTIFIANT:2 450 781 336]] » . La secrétaire scanne la carte. Patiente : Mme [[PERSONNE:Zimmermann]], enseignante à {{Sélestat}}. Tout est à jour, {{2 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS de {{Reims}}. Une dame âgée appelle pour le colis de Noël. Agente ([[PERSONNE:Laetitia]]) : « vous habitez où ? » — « [[ADRESSE:27 rue du Barbâtre]] » — « ah oui c'est bien chez nous ». Inscrite. {{2 min 30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau de l'assistante sociale des urgences, {{Mulhouse}}. Monsieur [[PERSONNE:Kamel Zerrouki]], {{52 ans}}, sortant, pas de logement. Elle appelle le SIAO, elle donne son numéro de portable à lui pour qu'on le rappelle : [[TELEPHONE:0758214463]]. Réponse : LHSS complet, 115 ce soir.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée de la maraude avec 2 travailleurs sociaux ([[PERSONNE:Anaïs]], [[PERSONNE:Yanis]]) le long du canal à {{Strasbourg}}, {{20h}}. On croise un couple sous une tente près de l'écluse, {{2 chiens}} ({{Rocky}} et {{Kira}}). Ils refusent le 115. On laisse du café et {{2 duvets}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je note : ici « le patient » c'est une ligne sur l'écran : {{IPP}}, nom, âge, motif, heure d'arrivée, tri, box. L'IOA a {{6 onglets}} ouverts. Elle clique {{140 fois}} par heure d'après une étude interne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Colmar}}. Jeune de {{19 ans}}, [[PERSONNE:Luca Santoni]], veut s'inscrire. Conseillère demande une pièce d'identité : CNI n° [[IDENTIFIANT:X4RTB7PW2]]. Adresse [[ADRESSE:5 rue des Clefs, 68000 Colmar]]. Il demande si on peut l'aider pour le permis : réponse « oui, aide au permis sous conditions ».",
    ),
]

NOTES_2 = [
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences adultes, CHU de {{Reims}}. Une patiente tend sa carte vitale, le lecteur ne marche pas. La secrétaire recopie le numéro à la main : [[NIR:2 91 11 67 482 045 61]]. « Vous êtes née à {{Strasbourg}} ? » « oui, je suis ici depuis mes études ». Nom : [[PERSONNE:Claire Weiss]], {{33 ans}}, entorse cheville. Tri 5 → filière courte.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle d'{{Offenburg}}, moitié allemand moitié français, pour sa mère [[PERSONNE:Ingrid Baumann]] amenée cette nuit. L'IOA baragouine un peu d'allemand. Il laisse son numéro : [[TELEPHONE:+49 171 4829306]]. La mère est assurée en Allemagne ({{AOK}}), Versichertennummer [[IDENTIFIANT:K482193756]] recopiée dans le dossier.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Metz}}. Changement de RIB. M. [[PERSONNE:José Carvalho]] tend son nouveau RIB {{Crédit Mutuel}} : [[IBAN:FR76 3000 3023 6000 0508 6221 338]]. Heu non c'est un RIB {{Société Générale}}, je me suis trompé de logo. N° alloc [[N_ALLOCATAIRE:1093826]]. L'agente scanne, « ça sera pris en compte le mois prochain ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{15h40}} : ÇA DÉBORDE, on ouvre la « {{salle bleue}} » (ancienne salle de plâtre) pour {{6 patients}} assis. Le senior fait un tour : « qui peut rentrer chez lui ? ». {{2}} repartent avec une ordonnance et un courrier pour le médecin traitant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Visite : un frère et une cousine veulent voir M. [[PERSONNE:Traoré]] en box {{12}}. Règle : {{1 accompagnant}}. Le frère, [[PERSONNE:Bakary]], négocie. L'aide-soignante ([[PERSONNE:Marie-Jo]]) finit par céder : « {{5 minutes}} chacun, pas plus ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseillère [[PERSONNE:Estelle]]. Un assuré veut son attestation de droits par mail : « [[EMAIL:j.klein67@orange.fr]] ». Elle relit : « donc [[EMAIL:j point klein soixante-sept arobase orange point fr]] ? » « oui ». C'est M. [[PERSONNE:Jérôme Klein]]. Envoyé pendant l'appel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au CCAS de {{Mulhouse}} : {{412}} personnes domiciliées ici. Un monsieur vient chercher son courrier, [[PERSONNE:Ionuț Stoica]]. L'agente cherche dans le casier « S » : {{2 lettres}}, dont une de la {{Caf}}. Il signe le registre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "PASS des {{HUS}}. [[PERSONNE:Mariam Keïta]], {{34 ans}}, enceinte de {{5 mois}}, aucun suivi. Née le [[DATE_NAISSANCE:01/01/1991]] sur ses papiers (« au pays beaucoup sont déclarés au 1er janvier » me glisse l'infirmière). Récépissé de demande de titre de séjour n° [[IDENTIFIANT:6703219845]]. Orientation PMI + sage-femme de la PASS jeudi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une voiture suisse ([[IMMATRICULATION:BS 482 317]]) dépose un homme devant les urgences de {{Mulhouse}} et repart. C'est un frontalier, [[PERSONNE:Urs Brunner]], il bosse à {{Bâle}}. Il tend une carte d'assuré suisse, n° AVS [[IDENTIFIANT:756.3047.5009.62]]. La secrétaire ne sait pas trop quoi en faire, elle appelle le bureau des entrées.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Marne}}. Une femme avec 2 enfants, son conjoint l'a mise dehors. L'écoutant ([[PERSONNE:Hugo]]) : « vous êtes où madame ? » — « devant la gare de {{Reims}} ». Mme [[PERSONNE:Benali]], enfants nés en [[DATE_NAISSANCE:2016]] et [[DATE_NAISSANCE:2019]]. Mise à l'abri : {{hôtel Première Classe}} de {{Tinqueux}}, {{chambre 14}}, pour {{3 nuits}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière de l'{{EHPAD Les Quatre Saisons}} appelle : transfert de Mme [[PERSONNE:Petitjean]], née en [[DATE_NAISSANCE:1932]], DLU faxé. L'IOA : « vous avez le numéro de la fille ? » — « [[TELEPHONE:03 29 34 17 82]] », un fixe dans les {{Vosges}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, France Travail {{Metz}} {{Borny}}. Le conseiller, [[PERSONNE:Didier Rauch]], projette un CV modèle au nom de [[PERSONNE:Sophie Martin]], [[EMAIL:sophie.martin@email.fr]]. {{8 participants}}. [[PERSONNE:Oksana]], ukrainienne, demande si elle doit mettre son diplôme de {{Kharkiv}}. « Oui, bien sûr ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Colmar}}, {{hôpital Pasteur}}. L'IOA me montre comment elle retrouve un ancien patient : recherche par nom, « [[PERSONNE:SCHMITT]] » → {{47 résultats}} 😂. Avec la date de naissance [[DATE_NAISSANCE:08/10/1950]] → un seul : [[PERSONNE:SCHMITT Gérard]], IPP [[IDENTIFIANT:68A0192837]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Epernay}} avec [[PERSONNE:Sandrine]], contrôleuse Caf. Chez M. [[PERSONNE:Vasseur]], [[ADRESSE:8 rue de la Fauvette, 51200 Epernay]]. Il déclare une séparation depuis janvier. Elle demande le bail et une facture {{EDF}} (réf. client [[IDENTIFIANT:6003 482 119]]). Dans la voiture elle me dit « je ne fouille pas les salles de bain, je ne suis pas flic ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Quai ambulances : {{4 équipages}} qui attendent de pouvoir « poser » leur patient. Un ambulancier : « on a fait {{40 bornes}} depuis {{Rethel}} et ça fait {{50 min}} qu'on est là ». Tant que le brancard n'est pas libéré ils ne peuvent pas repartir.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Strasbourg}}, {{rue de Lausanne}}. Une dame qui ne sait pas lire. L'agent remplit avec elle la demande de {{CSS}}. [[PERSONNE:Fatma Aydın]], née le [[DATE_NAISSANCE:12/10/1989]] à {{Konya}}. NIR sur l'attestation : [[NIR:2 89 10 99 208 027 48]]. Il lui lit chaque case à voix haute.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme très agité au guichet : « elle est où [[PERSONNE:Nathalie]] ?? je veux voir ma femme ». L'agente d'accueil ([[PERSONNE:Fatou]]) reste hyper calme : « Monsieur, votre femme c'est [[PERSONNE:Nathalie]] comment ? » — « [[PERSONNE:Nathalie Brun]] ! ». Elle appelle le box. La sécu arrive quand même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Mulhouse}}, bureau d'accueil. Un résident que tout le monde appelle « [[PERSONNE:Tonton]] » vient demander une avance de {{20 €}} pour des clopes. Le veilleur, [[PERSONNE:Serge]], refuse gentiment. « [[PERSONNE:Tonton]] » rigole et repart avec un café.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La fille de M. [[PERSONNE:Kaczmarek]] appelle depuis la {{Pologne}}, en anglais. L'IOA bloque. Elle passe le téléphone à l'interne ([[PERSONNE:Théo]]) qui parle anglais. La fille laisse son numéro : [[TELEPHONE:+48 601 234 876]]. Son père, {{79 ans}}, vient de {{Forbach}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, CCAS de {{Nancy}}, quartier du {{Haut-du-Lièvre}}, avec [[PERSONNE:Claudine]] (AS). M. [[PERSONNE:Lorentz]], {{81 ans}}, ancien mineur, veuf. [[ADRESSE:2 rue Jean Lamour, 54000 Nancy]], 9e étage, ascenseur en panne depuis {{3 semaines}}. Il n'est pas descendu depuis. Elle appelle le bailleur devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Identitovigilance avant le scanner : « vous pouvez me redire votre nom et votre date de naissance ? » — « [[PERSONNE:Pham Thi Lan]], le [[DATE_NAISSANCE:5 juin 1963]] ». Bracelet : IPP [[IDENTIFIANT:1003381207]], ça colle. L'infirmière m'explique qu'il y a eu {{2}} patientes du même nom la semaine dernière.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant. Conseillère ([[PERSONNE:Morgane]]) : « M. [[PERSONNE:Haddad]] ? C'est France Travail {{Nancy}}, pour votre rendez-vous de jeudi ». Il donne un nouveau mail : [[EMAIL:samir.haddad54 [at] gmail.com]], et son identifiant pour vérifier : [[ID_FRANCE_TRAVAIL:5530917 N]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident sur l'{{A4}}, les pompiers amènent {{2 blessés légers}}. Le gendarme qui suit donne à l'accueil la plaque du véhicule pour le dossier : [[IMMATRICULATION:GH 427 TR]]. Conducteur : [[PERSONNE:Romain Thiébaut]], {{24 ans}}. La passagère refuse de donner son nom pour l'instant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour, je suis Mme [[PERSONNE:N'Guessan]], mon numéro c'est le [[N_ALLOCATAIRE:357 12 84]] ». Question sur l'{{AAH}} : pourquoi elle a baissé. Agent ([[PERSONNE:Frédéric]]) : « parce que vos revenus de {{2023}} ont changé ». Appel {{11 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{0h40}}, {{Epinal}}. Un seul médecin pour tout le SAU, et le SMUR vient de sortir. La nuit l'IOA fait aussi l'accueil administratif : « la nuit, je suis tout ». {{9 patients}} en attente, un ado qui dort sur {{3 chaises}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement diffus du CHRS à {{Charleville}}, quartier {{Ronde Couture}}. Famille [[PERSONNE:Krasniqi]], {{5 personnes}} dans un T3 au [[ADRESSE:11 rue Paul Verlaine, 08000 Charleville-Mézières]]. Le père ([[PERSONNE:Driton]]) montre les moisissures dans la chambre des enfants. Le TS prend des photos pour le bailleur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Dr [[PERSONNE:Fontaine]] (urgentiste) sort du box {{4}} et engueule gentiment tout le monde parce que la {{fontaine à eau}} de la salle d'attente est vide depuis ce matin. « Les gens attendent {{5h}}, ils ont soif ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère du {{3646}}. Une dame dicte son numéro de sécu en mots, lentement : « [[NIR:deux, quatre-vingts, zéro huit, deux B, zéro trente-trois, zéro dix-neuf, clé quarante-cinq]] ». Née à {{Bastia}}, vit à {{Thionville}} depuis {{20 ans}}. Mme [[PERSONNE:Santucci]]. Carte vitale volée, nouvelle commande.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Reims}}. Un ado de {{16 ans}} amené par son prof d'EPS, entorse du poignet. Mineur → il faut joindre un parent. Le gamin dicte le portable de son père : « [[TELEPHONE:zéro six, vingt-huit, quatorze, soixante-dix, zéro neuf]] ». Le prof, M. [[PERSONNE:Cordier]], reste avec lui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil France Travail {{Mulhouse}}. [[PERSONNE:Aminata Sow]] vient déposer une attestation employeur. Borne en panne. L'agent d'accueil lui demande son identifiant : « [[ID_FRANCE_TRAVAIL:312 88 74B]] ». Il scanne à son poste. {{4 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La bed manager ([[PERSONNE:Delphine]]) appelle la {{clinique Saint-Luc}} pour un lit de médecine pour Mme [[PERSONNE:Meyer]]. « Elle a {{88 ans}}, elle est stable, il lui faut juste un lit ». Refus. 2e appel : {{hôpital de Sarrebourg}}, accepté pour demain {{10h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS de {{Sarreguemines}} : {{12 appels}} en une heure, presque tous pour la banque alimentaire et les bons de Noël. L'agente répète « il faut passer avec vos justificatifs » à chaque fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Interprétariat par téléphone ({{ISM Interprétariat}}) pour un monsieur afghan, [[PERSONNE:Ahmad Rahimi]], douleurs abdo. {{20 min}} d'attente pour avoir quelqu'un en dari. L'IOA met le haut-parleur, l'interprète s'appelle [[PERSONNE:Farid]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Charleville}}. Mme [[PERSONNE:Dubois]] veut que ses remboursements arrivent sur son compte {{La Banque Postale}} : RIB [[IBAN:FR79 2004 1010 0504 8173 6C02 057]]. L'agent vérifie le titulaire : « [[PERSONNE:DUBOIS Martine]] » ok.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau de l'AS des urgences de {{Nancy}}. [[PERSONNE:Hélène]] cherche un EHPAD pour Mme [[PERSONNE:Duval]], {{91 ans}}, qui ne peut plus rentrer chez elle. Personne de confiance : le neveu, [[PERSONNE:Bertrand]], joignable par mail [[EMAIL:bertrand.duval54@free.fr]]. Dossier envoyé via {{ViaTrajectoire}} à {{6 EHPAD}}. « Là on attend, ça peut être {{3 semaines}} ».",
    ),
]

NOTES_3 = [
    (
        "urgences",
        "accueil_telephonique",
        "Appel du labo à {{16h10}} : hémoc positive chez un patient rentré chez lui hier soir. L'interne ([[PERSONNE:Yasmine]]) retrouve le numéro dans le dossier de M. [[PERSONNE:Gaspard Leclerc]] : [[TELEPHONE:06 33 81 02 47]]. Il décroche, il est au {{Leclerc}} en train de faire ses courses 😅 « revenez tout de suite monsieur ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Couloir 2, brancard depuis {{9h}}. Mme [[PERSONNE:Odile Thouvenin]], {{78 ans}}, née le [[DATE_NAISSANCE:11 février 1947]] à {{Nancy}} « à la maternité d'à côté » dit-elle fièrement. Sa carte vitale : [[NIR:247025439523195]]. Elle demande 3 fois à quelle heure elle aura une chambre. Personne ne sait.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Strasbourg}}, accueil sans rdv, {{13h35}}. Mme [[PERSONNE:Olfa Trabelsi]] vient pour un changement de banque. RIB imprimé depuis l'appli : [[IBAN:FR7630004008190001153890748]]. L'agent ([[PERSONNE:Yannick]]) retape tout à la main, sans espaces, il se trompe une fois, recommence. N° alloc [[N_ALLOCATAIRE:0847219]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur arrive {{40 min}} en retard à son rdv : « ma voiture est partie à la fourrière » et montre l'avis avec sa plaque, [[IMMATRICULATION:ES-904-PN]]. La conseillère ([[PERSONNE:Céline]]) le reçoit quand même. M. [[PERSONNE:Dylan Schwartz]], identifiant [[ID_FRANCE_TRAVAIL:0492751Y]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'imprimante à bracelets tombe en panne à {{10h50}}. Pendant {{20 min}} les bracelets sont écrits au feutre. L'IOA : « c'est exactement là qu'on fait des erreurs d'identité ». Le technicien arrive à {{11h15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'IOA sonne {{14 fois}} en une heure. La moitié ce sont des familles qui veulent des nouvelles. Réponse type : « il est pris en charge, je ne peux pas en dire plus au téléphone, rappelez en fin de journée ». {{Metz}}, {{Mercy}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "PASS de {{Mercy}}. [[PERSONNE:Yacine Boudiaf]], {{26 ans}}, arrivé d'{{Oran}}. Il a déjà un numéro de sécu d'un ancien contrat saisonnier : [[NIR:1 99 03 99 352 018 35]], mais droits fermés. Né en [[DATE_NAISSANCE:mars 99]]. L'AS de la PASS (Mme [[PERSONNE:Laurent]]) lance une demande de réouverture.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête de résidence avec l'agente de la Cpam de {{Moselle}}. Chez M. [[PERSONNE:Tiago Pereira]], [[ADRESSE:47 route de Thionville, 57140 Woippy]], où vit aussi sa mère, [[PERSONNE:Maria do Céu Pereira]], arrivée du {{Portugal}}. NIR de la mère : [[NIR:2 55 03 99 139 044 66]]. Il faut prouver qu'elle vit en France {{plus de 6 mois}} par an. Photos du calendrier de ses rdv médicaux.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Famille [[PERSONNE:Gashi]] au complet dans la salle d'attente : {{7 personnes}} pour la grand-mère. L'agent de sécu demande à ce que {{5}} sortent. Le petit-fils, [[PERSONNE:Arber]], traduit pour tout le monde en albanais. Ça se passe bien finalement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Bas-Rhin}}. Un homme rappelle pour la 4e fois de la soirée. L'écoutante : « vous avez votre numéro SIAO ? » — « [[IDENTIFIANT:SIAO67-25-004512]] ». C'est M. [[PERSONNE:Mircea Lăcătuș]]. Il appelle d'un téléphone prêté : [[TELEPHONE:07 53 44 18 20]]. Toujours rien, {{0 place}} ce soir sur {{Strasbourg}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ambulance {{Jussieu Secours}} ([[IMMATRICULATION:FR-221-AS]]) arrive en même temps qu'un VSAV. L'ambulancière, [[PERSONNE:Priscilla]], me dit qu'elle fait {{11h}} de garde. Elle amène un dialysé pour une fistule qui saigne.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Wittenheim}}, {{9h}}. Vérif des ressources : la contrôleuse demande les relevés du compte [[IBAN:FR76 1780 6001 4265 1390 7420 127]]. Allocataire : M. [[PERSONNE:Ahmed Chérif]], n° [[N_ALLOCATAIRE:1572630]]. Il a tout dans une pochette plastique, très organisé. Fin du contrôle {{9h50}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ecran du tableau de bord (je recopie vite) :\n[[IDENTIFIANT:1003442187]] [[PERSONNE:NGUYEN T.]] arr. {{08:12}} tri 3\n[[IDENTIFIANT:1001975560]] [[PERSONNE:WAGNER P.]] arr. {{08:31}} tri 4\n[[IDENTIFIANT:1004018823]] [[PERSONNE:EL AMRANI S.]] arr. {{08:47}} tri 2 ⚠️\nLe ⚠️ = allergie connue.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Epinal}}. Mme [[PERSONNE:Lucie Girard]] vient pour une aide à la cantine pour ses 2 enfants. L'agente lui crée un compte pour le portail familles : mail [[EMAIL:lucie.g88@hotmail.fr]]. Mot de passe écrit sur un papier qu'elle range dans sa coque de téléphone.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le commissariat de {{Mulhouse}} appelle : « M. [[PERSONNE:Benjamin Roth]] est toujours chez vous ? ». L'IOA ([[PERSONNE:Nicolas]]) : « je ne vous donne aucune info sans réquisition écrite ». Le policier envoie la réquisition par mail {{10 min}} après.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Bonjour je suis [[PERSONNE:Thomas Gérard]], mon identifiant c'est [[ID_FRANCE_TRAVAIL:7735102 H]] ». Il n'arrive plus à se connecter. Le conseiller lui réinitialise, le lien part sur [[EMAIL:thomas.gerard.pro@gmail.com]]. Reçu pendant l'appel.",
    ),
    (
        "urgences",
        "accueil_physique",
        "La secrétaire me montre la fiche : nom [[PERSONNE:LALLEMAND Olivier]], DDN [[DATE_NAISSANCE:1984-09-23]], adresse [[ADRESSE:6 impasse des Vignes, 67120 Molsheim]]. Elle dit que le format date du logiciel « c'est de l'américain, je m'y fais pas ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une grand-mère malgache, Mme [[PERSONNE:Rakotomalala]], accompagne son petit-fils ([[PERSONNE:Tahina]], {{8 ans}}), chute de trottinette. Elle ne parle presque pas français, le gamin traduit tout, même le « il faut faire une radio ». L'IOA lui fait un clin d'œil.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS d'{{Epinal}}. [[PERSONNE:Sabrina]], résidente, montre fièrement sa nouvelle carte d'identité, n° [[IDENTIFIANT:D7H2K9LQ4]], « la première depuis {{10 ans}} ». L'éducatrice ([[PERSONNE:Jocelyne]]) photocopie pour le dossier logement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Je chronomètre l'attente du {{3646}} côté usager sur le haut-parleur d'un conseiller qui teste : {{17 min}}. Musique en boucle, message « votre appel est important ». Les conseillers rigolent jaune.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{15}} appelle l'IOA : femme de {{40 ans}}, malaise au travail, arrive en VSAV dans {{10 min}}. Prénom [[PERSONNE:Kenza]], nom pas encore connu. L'IOA note sur un post-it jaune collé sur l'écran.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Charleville}}. M. [[PERSONNE:Stéphane Hubert]], {{52 ans}}, douleur thoracique. « Je suis né ici, dans cet hôpital, en [[DATE_NAISSANCE:72]] » (en décembre, il précise). Sa carte vitale : [[NIR:1 72 12 08 105 164 68]]. Tri 2, ECG en {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : Mme [[PERSONNE:Kabongo]], pour la prime d'activité. Numéro alloc [[N_ALLOCATAIRE:2940163]]. « Et votre date de naissance pour vérifier ? » — « [[DATE_NAISSANCE:19/05/1987]] ». Elle a un nouveau portable : [[TELEPHONE:07.81.63.20.94]]. L'agent met à jour.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je fais le tour avec la cadre : boxes numérotés de {{1}} à {{14}}, {{2 salles de déchoc}}, une « zone assis » de {{12 fauteuils}}, et le couloir qui sert de box en plus. Elle dit que le couloir est « le box {{15}} officieux ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'AS du CCAS de {{Saint-Dié-des-Vosges}}. Mme [[PERSONNE:Chantal Vautrin]], {{69 ans}}, [[ADRESSE:18 rue d'Hellieule, 88100 Saint-Dié-des-Vosges]]. Demande d'aide pour une facture d'eau de {{486 €}}. Chat partout, un qui s'appelle {{Pompon}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame arrive avec le chien de son mari ({{Filou}}, un yorkshire) dans son sac. Refusé à l'entrée. Elle appelle son fils ([[PERSONNE:Jordan]]) pour venir le récupérer. Le mari, M. [[PERSONNE:Mathis]], est en box {{9}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un père vient se renseigner pour son fils de {{18 ans}} sur le {{CEJ}}. L'agent d'accueil lui donne la plaquette et un rdv mais explique que « c'est à lui de venir, pas à vous ». Le père repart un peu vexé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CHRU de {{Nancy}}, {{hôpital Central}}. Une jeune femme, [[PERSONNE:Nancy Moreau]], {{22 ans}}, qui habite à {{Nancy}} 😄 La secrétaire : « [[PERSONNE:Nancy]] de {{Nancy}}, on ne risque pas de vous oublier ». Douleur au pied, tri 5.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la fille d'un patient, depuis le {{Québec}}. Elle veut être tenue au courant par écrit : [[EMAIL:melanie.roussel@videotron.ca]]. L'AS ([[PERSONNE:Hélène]]) lui explique qu'elle ne peut pas envoyer de données médicales par mail, seulement le nom du service : « votre père, M. [[PERSONNE:Roussel]], est en cardiologie ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Thionville}}. M. [[PERSONNE:Marc Schiltz]], frontalier, travaille à {{Luxembourg}}. Formulaire S1. Son RIB est luxembourgeois : [[IBAN:LU44 0019 4006 4475 0100]]. Numéro de sécu français : [[NIR:1 63 05 57 672 088 85]], né à {{Thionville}} en [[DATE_NAISSANCE:mai 1963]]. L'agente : « les RIB étrangers c'est toujours un peu la galère ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ado accompagne sa copine qui s'est ouvert le genou. Avant de partir elle donne son snap à l'IOA « si vous voulez me prévenir » : [[IDENTIFIANT:@lilou.dsr67]]. L'IOA refuse poliment 😂. La blessée, [[PERSONNE:Maëlys]], rit malgré les {{4 points}} de suture.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit à {{Mulhouse}}, secteur gare. {{1h20}} de tournée, {{6 personnes}} rencontrées, {{2}} acceptent d'aller au {{115}}. Soupe, café, {{3 paires de chaussettes}}. Le chauffeur connaît tout le monde par son prénom mais ne les dit pas devant moi.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau de l'AS, {{Strasbourg}}. M. [[PERSONNE:Abdou Camara]], {{61 ans}}, diabétique, amputé d'un orteil, à la rue. Elle cherche un lit en LHSS : {{0}}. ACT : liste d'attente. Elle négocie {{2 nuits}} de plus en UHCD avec le chef de service. « Je ne peux pas le mettre dehors en fauteuil. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Metz}}. Un voisin appelle : la dame du 3e ne répond plus depuis 2 jours. « Elle s'appelle comment ? » — « Mme [[PERSONNE:Kieffer]], au [[ADRESSE:22 rue Mazelle]] ». L'agente appelle la police pour une ouverture de porte et me dit que c'est le 3e cas ce mois-ci. Rappel du voisin au [[TELEPHONE:03 87 75 30 16]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune couple allemand, vacances en {{Alsace}}, le bébé a de la fièvre. Voiture garée n'importe comment devant l'entrée, plaque [[IMMATRICULATION:OG-MK 482]]. Le vigile demande de la déplacer. Le père, [[PERSONNE:Jonas]], ne comprend pas, la mère ([[PERSONNE:Lea Vogt]]) si.",
    ),
]

NOTES_4 = [
    (
        "urgences",
        "accueil_telephonique",
        "Les {{Ambulances Kuntz}} appellent pour le retour à domicile de Mme [[PERSONNE:Moser]], sortie prévue {{17h}}. La secrétaire vérifie l'adresse avec eux : « [[ADRESSE:3 rue des Jardins, 67190 Mutzig]], c'est bien ça ? » — « oui, 2e étage sans ascenseur, on prend la chaise ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau de l'AS. M. [[PERSONNE:Florian Becker]], {{38 ans}}, ne sait pas s'il touche encore le RSA. Elle lui demande son numéro Caf : « [[N_ALLOCATAIRE:1846205]] ». Elle regarde sur {{CDAP}} : suspendu depuis {{2 mois}}, déclaration pas faite. Elle l'aide à la faire depuis son bureau.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{18h}}, relève des IOA. Transmissions en {{12 min}} devant l'écran, elles ne parlent qu'en numéros de box : « le {{3}} attend le scanner, le {{8}} est sortant, le {{11}} faut le surveiller il a tenté de partir ». Aucun nom prononcé, je suis impressioné.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Mulhouse}}. Mme [[PERSONNE:Aïcha Bensalem]], RSA, n° alloc [[N_ALLOCATAIRE:3106548]]. L'agent ([[PERSONNE:Jean-Luc]]) note aussi son identifiant France Travail pour le référent : [[ID_FRANCE_TRAVAIL:2284610 C]]. Elle demande pourquoi on lui demande « tout le temps les mêmes papiers ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle : son fils de {{3 ans}} a {{39,5}} de fièvre, est-ce qu'elle doit venir ? L'IOA : « je ne peux pas vous donner un avis médical au téléphone madame, appelez le {{15}} ». Elle me dit qu'elle a ce genre d'appel {{10 fois}} par jour.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Kevin Lambotte]], vit à {{Givet}}, travaille en {{Belgique}}. Il veut être remboursé sur son compte belge : [[IBAN:BE88 0634 5182 6641]]. Conseillère : « c'est possible, envoyez le RIB par votre compte {{ameli}} ». Il n'a pas de compte ameli. Soupir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur arrive seul en voiture, douleur thoracique, et laisse sa voiture warnings allumés devant la porte. Le vigile note la plaque ([[IMMATRICULATION:DX-612-MB]]) et dépose les clés à l'accueil dans une enveloppe « [[PERSONNE:KOEHLER]] ». Le patient, [[PERSONNE:Guillaume Koehler]], est déjà en salle d'ECG.",
    ),
    (
        "urgences",
        "accueil_physique",
        "PASS de {{Colmar}}. [[PERSONNE:Kévin Ehrhart]], {{30 ans}}, né à {{Colmar}} le [[DATE_NAISSANCE:17 janvier 1995]]. NIR [[NIR:1 95 01 68 066 210 15]], mais plus aucun droit depuis sa sortie de détention. Plaie infectée à la main. L'infirmière de la PASS : « on soigne d'abord, on fait les papiers après ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Reims}}, commission aides financières d'hier : {{150 €}} accordés à Mme [[PERSONNE:Leïla Mokrani]] pour une facture d'énergie. L'agente vérifie le RIB avant le virement : [[IBAN:FR76 1027 8056 0000 0119 2734 571]]. « Ça arrive sous {{10 jours}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux sœurs viennent voir leur père, M. [[PERSONNE:Selvarajah]], en box {{5}}. L'une ([[PERSONNE:Priya]]) apporte un tupperware de riz, l'infirmière dit non (à jeun). L'autre sœur, [[PERSONNE:Kavitha]], pleure dans le couloir. Je reste à distance.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Vosges}}, {{22h50}}. Mme [[PERSONNE:Diakité]] appelle avec un bébé né le [[DATE_NAISSANCE:2 octobre]], « il a {{3 semaines}} ». L'écoutant ([[PERSONNE:Christophe]]) trouve une place en urgence au centre maternel. Il la rappelle sur son portable : [[TELEPHONE:06 19 27 84 51]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La pharmacie de garde de {{Remiremont}} appelle : ordonnance illisible du Dr [[PERSONNE:Klein]] pour un patient passé cette nuit. L'IOA va chercher le médecin, qui est en pause. {{8 min}} au téléphone au total.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile, {{Illzach}}. Le contrôleur remarque une voiture dans la cour, [[IMMATRICULATION:EY-087-QZ]]. Mme [[PERSONNE:Sophie Denis]] déclare vivre seule. « La voiture c'est à mon frère, [[PERSONNE:Laurent]] » dit-elle. Il demande la carte grise, elle est au nom de [[PERSONNE:Laurent Denis]]. Rien à redire, il note.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Da Silva]] veut accélérer les choses : elle sort de son portefeuille une vieille étiquette de l'hôpital, « voilà mon IPP » : [[IDENTIFIANT:00512847]]. La secrétaire la scanne quand même avec la carte vitale « mais merci, c'est rare les gens organisés ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller France Travail {{Sedan}}. « M. [[PERSONNE:Bastien Collignon]] ? Vous étiez absent à l'info coll ». Il dit qu'il n'a pas reçu le courrier. Le conseiller vérifie l'adresse : [[ADRESSE:15 rue du Ménil, 08200 Sedan]], et l'identifiant : [[ID_FRANCE_TRAVAIL:9106274P]]. Nouveau rdv le {{12}} à {{9h30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CHU {{Reims}}, {{22h}}. Mme [[PERSONNE:Germaine Collard]], {{86 ans}}, amenée par sa voisine. Née à {{Châlons}} « en [[DATE_NAISSANCE:septembre 38]], j'étais la dernière de 6 ». Carte vitale : [[NIR:2 38 09 51 108 016 48]]. La voisine, Mme [[PERSONNE:Ruiz]], laisse son numéro : [[TELEPHONE:03 26 47 92 05]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Metz}}. M. [[PERSONNE:Ruben Petrossian]] veut recevoir ses relevés par mail. Il écrit lui-même son adresse, avec des parenthèses parce qu'il « ne veut pas de spam » : [[EMAIL:r.petrossian (at) yahoo.fr]]. L'agente sourit et la saisit correctement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pédiatrique, {{Mulhouse}} : télé qui passe {{Gulli}}, {{4 enfants}} + {{6 parents}}, une maman qui allaite derrière un paravent. Attente affichée {{1h30}}. Plutôt calme.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf {{Charleville}}. Un monsieur se présente : « [[PERSONNE:Ludovic Pierson]], allocataire [[N_ALLOCATAIRE:0691827]] ». Question sur l'APL après un déménagement. L'agente vérifie son adresse : [[ADRESSE:4 place Ducale, 08000 Charleville-Mézières]]. « Au-dessus du bar ? » « oui » 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "« Monsieur [[PERSONNE:Fischer]], box {{6}} » (micro, {{3 fois}} en 20 min). Pas de réponse. Le patient, [[PERSONNE:Aurélien Fischer]], est parti sans être vu. L'IOA coche « PSAV » (parti sans attendre), ils en ont {{5 à 8}} par jour.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de {{SOS Médecins}} {{Nancy}} appelle pour adresser une patiente, Mme [[PERSONNE:Mbala]], {{67 ans}}, suspicion d'embolie. Il se présente : « Dr [[PERSONNE:Vuillaume]] ». L'IOA note l'heure d'arrivée prévue sur le tableau blanc : {{15h30}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Strasbourg}}, demande de domiciliation. M. [[PERSONNE:Vasile Rostaș]] montre son passeport roumain, n° [[IDENTIFIANT:058214736]]. L'agente ([[PERSONNE:Ophélie]]) explique qu'il faut un lien avec la commune. Il travaille sur les marchés de {{Neudorf}}, ça suffit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fin de matinée, la cadre, [[PERSONNE:Véronique]], me donne son mail pour que je lui envoie mes remarques : [[EMAIL:v.hertzog@chru-strasbourg.fr]]. Elle insiste : « soyez honnête, on a besoin qu'on raconte ça ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir au CHRS, {{32 couverts}}, cuisine faite par {{2 résidents}} en insertion. Couscous. Ambiance de cantine. Un éducateur me dit que le repas est « le seul moment où tout le monde est là ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un détenu arrive de la {{maison d'arrêt de Metz-Queuleu}}, menotté, {{2 policiers}}. Box dédié au fond. Les autres patients regardent. L'IOA me dit qu'ils en ont « {{2 ou 3}} par semaine ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de {{Turquie}}, le fils de M. [[PERSONNE:Mehmet Öztürk]] (box {{10}}). Il ne parle que turc. L'aide-soignante, [[PERSONNE:Elif]], parle turc, elle prend le téléphone. Il laisse son numéro : [[TELEPHONE:+90 532 418 27 63]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Épinal}}. Mme [[PERSONNE:Nadia Ferhat]], identifiant [[ID_FRANCE_TRAVAIL:4409183 T]], change de banque. Nouveau RIB : [[IBAN:FR76 1627 5004 0008 8135 2567 026]]. L'agent lui dit de le faire plutôt sur l'espace perso ; elle n'a pas de smartphone. Il le fait pour elle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Jade Wolff]], {{22 ans}}, étudiante à {{Mulhouse}}, crise d'angoisse. Son amie remplit à sa place : née le [[DATE_NAISSANCE:30/05/2003]], NIR [[NIR:2 03 05 68 224 089 15]] lu sur l'appli carte vitale. L'IOA la met dans un box calme au lieu de la salle d'attente.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller : « votre date de naissance madame ? » — « [[DATE_NAISSANCE:le vingt-neuf février soixante-douze]] » — « ah, une année bissextile ! ». Mme [[PERSONNE:Jacquot]], de {{Remiremont}}. Elle attend une indemnité journalière depuis {{5 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "AS des urgences, {{Colmar}}. Une femme victime de violences, [[PERSONNE:Sarah]] (elle ne veut pas donner son nom de famille). Elle ne veut pas retourner au [[ADRESSE:9 rue de Mulhouse, 68000 Colmar]]. L'AS appelle le {{115}} et l'association {{SOS Femmes Solidarité}}. Mise à l'abri à {{19h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Plan canicule : l'agente du CCAS de {{Mulhouse}} appelle les personnes inscrites au registre, {{48 appels}} à faire. Elle coche sur une liste papier. « Ceux qui ne répondent pas, on y va ». Chaleur à {{36°}} aujourd'hui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Voiture luxembourgeoise sur la place handicapé devant les urgences de {{Mercy}}, plaque [[IMMATRICULATION:ZK 3382]]. Annonce au micro. Le proprio, M. [[PERSONNE:Reuter]], arrive en s'excusant, sa femme accouche.",
    ),
    (
        "caf",
        "accueil_physique",
        "La borne de la Caf de {{Colmar}} affiche « hors service » depuis {{8h30}}. {{3 agents}} d'accueil pour {{25 personnes}}. Les gens tiennent leurs papiers dans des sacs {{Lidl}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'hôpital de {{Sarreguemines}} appelle pour un transfert : M. [[PERSONNE:Hamza Ouertani]], {{44 ans}}, IPP chez eux [[IDENTIFIANT:SG0047712]], ils envoient le dossier par messagerie sécurisée. L'IOA refuse : « on est saturés, voyez avec le {{15}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme téléphonique France Travail {{Grand Est}}, {{10h}}. {{12 conseillers}}, casques. Appels surtout sur les actualisations ratées. Une conseillère me dit : « on répète {{30 fois}} par jour qu'il faut s'actualiser avant le {{15}} ».",
    ),
]

NOTES_5 = [
    (
        "urgences",
        "accueil_physique",
        "{{Epinal}}, {{CH Emile Durkheim}}. Mme [[PERSONNE:Brigitte Claudel]] vient pour une brûlure à la main (friteuse). La secrétaire lit la carte vitale à voix haute pour vérifier : « [[NIR:2 66 04 88 160 052 75]], née le [[DATE_NAISSANCE:04/04/1966]], c'est ça ? » — « oui ». Elle est d'ici, « née à l'ancienne maternité ». Tri 4.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard transfère à la cadre un journaliste de l'{{Est Républicain}} qui veut des infos sur l'accident de bus de ce matin. Réponse : « aucune information, voyez la direction de la communication ». Elle raccroche en {{30 secondes}}, visiblement habituée.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Charleville}}. Mme [[PERSONNE:Johanna Bertrand]], {{2 enfants}}, vient déclarer une reprise d'emploi. N° alloc [[N_ALLOCATAIRE:4021873]]. L'agent lui crée son espace en ligne, mail : [[EMAIL:johanna.bertrand08@laposte.net]]. Elle dit « merci de m'avoir pas fait la leçon ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sur le quai, un ambulancier engueule son collègue qui a pris le mauvais véhicule : « c'est la [[IMMATRICULATION:fk-553-hd]] qu'on devait prendre, celle-là a pas d'oxygène ! ». Le collègue, [[PERSONNE:Steeve]], hausse les épaules. Ils repartent à {{2 véhicules}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La fille de Mme [[PERSONNE:Bonnet]] appelle : elle veut un bulletin de situation pour l'employeur de sa mère. La secrétaire : « je l'envoie directement à la patiente, elle a une adresse mail ? » — « oui : [[EMAIL:c.bonnet.pro@outlook.fr]] ». Envoi via la messagerie de l'hôpital.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Strasbourg}} {{Cronenbourg}}. M. [[PERSONNE:Moussa Koné]], {{27 ans}}, ne comprend pas le courrier de radiation. La conseillère ([[PERSONNE:Hélène Wagner]]) retrouve son dossier avec l'identifiant [[ID_FRANCE_TRAVAIL:3380527 J]] et la date de naissance, [[DATE_NAISSANCE:11 novembre 1997]]. Courrier parti à l'ancienne adresse. Elle annule la radiation.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'agent assermenté de la Cpam, [[PERSONNE:Hervé]], contrôle d'un arrêt de travail. {{14h10}}, en dehors des heures de sortie autorisées. Chez M. [[PERSONNE:Nicolas Gauthier]], [[ADRESSE:31 rue de la Commanderie, 54000 Nancy]]. Personne. Avis de passage dans la boîte. « {{9 fois sur 10}} ils sont chez le médecin ou à la pharmacie, hein ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Metz}}. Un militaire, [[PERSONNE:Jean-Toussaint Leca]], {{48 ans}}, blessure sport. « Je suis corse, né à {{Ajaccio}} en [[DATE_NAISSANCE:juin 77]] » (la secrétaire lui demandait pourquoi {{2A}} sur sa carte). Numéro : [[NIR:1 77 06 2A 004 131 68]]. La secrétaire : « je savais pas qu'il y avait des lettres dans les numéros de sécu ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haut-Rhin}}. Un jeune homme, [[PERSONNE:Killian]], {{19 ans}}, sorti de l'ASE il y a un mois. L'écoutante lui demande sa date de naissance : « [[DATE_NAISSANCE:08/08/2005]] ». Elle le rappelle à {{21h}} sur [[TELEPHONE:07 44 59 13 28]] : place en CHRS de {{Colmar}} pour {{5 nuits}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Vérif du chariot d'urgence à {{7h30}} par l'IDE de jour, check-list de {{42 items}}. Je l'aide à compter les ampoules d'adrénaline. Tout est là sauf un masque pédiatrique taille {{2}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle RSA, {{Remiremont}}. M. [[PERSONNE:Grégory Simonin]] vit à l'année au [[ADRESSE:camping municipal Les Acacias, emplacement 31]]. N° alloc [[N_ALLOCATAIRE:1288451]]. La contrôleuse vérifie l'inscription France Travail : identifiant [[ID_FRANCE_TRAVAIL:6671032 W]], ok. Mobil-home propre, poêle à bois, un chat.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'AS des urgences de {{Nancy}} appelle l'{{UDAF}} pour M. [[PERSONNE:Roger Lamy]], sous curatelle. Sa mandataire, Mme [[PERSONNE:Pichon]], est en congé. Une collègue donne la ligne directe : [[TELEPHONE:03 83 92 41 67]], et le n° de mesure : [[IDENTIFIANT:TUT-54-118734]]. « Il faut son accord pour l'EHPAD ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Reims}}. [[PERSONNE:Aurore Lefranc]] apporte un RIB {{LCL}} pour ses remboursements : [[IBAN:FR92 3000 2005 7100 0044 7821 Y49]]. L'agent : « tiens, une lettre dans le numéro de compte, ça arrive chez eux ». Rien d'autre, {{3 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Panneau à l'entrée de l'UHCD : « Visites {{13h - 20h}}, {{2 personnes}} max, pas d'enfants de moins de {{12 ans}} ». Un papa passe avec un bébé en porte-bébé, personne ne dit rien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Mulhouse}}, {{Bourtzwiller}}. Mme [[PERSONNE:Zeynep Arslan]] demande une aide pour la rentrée. L'agente demande l'attestation Caf : n° allocataire [[N_ALLOCATAIRE:0937562]], quotient familial {{412}}. Éligible. Bon de {{80 €}} par enfant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Rugby, le samedi : [[PERSONNE:Maxime Stoltz]], {{24 ans}}, épaule luxée, encore en crampons. Né le [[DATE_NAISSANCE:9 février 2001]] à {{Haguenau}}. Carte vitale : [[NIR:1 01 02 67 180 073 23]]. Son coach, [[PERSONNE:Bruno]], attend dehors en survêt.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi conventionné appelle pour savoir s'il peut venir chercher « la dame du box {{4}} ». La secrétaire : « pas encore de bon de transport, rappelez dans {{1h}} ». Il râle : « c'est la 3e fois ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Metz}}. [[PERSONNE:Oumar Bah]], {{31 ans}}, guinéen, vient montrer son titre de séjour renouvelé : n° [[IDENTIFIANT:5701284396]], valable jusqu'en {{2029}}. Le travailleur social, [[PERSONNE:Maxime]], lui serre la main. Grand sourire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sortie d'un patient, M. [[PERSONNE:Abdelhak Benyahia]], {{80 ans}}. Son fils [[PERSONNE:Karim]] veut recevoir le compte rendu de sortie par mail : [[EMAIL:karim.benyahia@sfr.fr]]. L'IDE refuse (« le CR, on le donne en main propre ») et l'imprime.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur dicte son RIB au téléphone, chiffre par chiffre : « [[IBAN:10278 03150 00035116808 69]] ». L'agent : « je ne peux pas le prendre par téléphone, il faut l'envoyer par l'espace perso ». M. [[PERSONNE:Petrovic]] n'est pas content.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accident de scooter, {{Reims}}. Le jeune, [[PERSONNE:Rayan]], {{17 ans}}, arrive avec les pompiers. La police passe {{1h}} après pour le constat, ils donnent la plaque du scooter à l'accueil : [[IMMATRICULATION:AB-731-XC]]. La mère arrive en pyjama sous son manteau.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum de l'emploi dans le hall de France Travail {{Thionville}} : {{14 entreprises}}, surtout logistique et {{Luxembourg}}. Une file de {{60 personnes}} devant le stand d'{{Amazon}}. Le conseiller : « c'est toujours comme ça ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "La secrétaire découvre un doublon : IPP [[IDENTIFIANT:1002210394]] et [[IDENTIFIANT:1004511260]] pour la même patiente, Mme [[PERSONNE:Leblanc]] (nom de jeune fille / nom d'épouse). Elle envoie un signalement à la cellule d'identitovigilance. « On en trouve {{2 par semaine}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête Cpam suite à un signalement : une carte vitale qui aurait été prêtée. L'agente rencontre M. [[PERSONNE:Nassim Boukhari]] à son domicile à {{Vandœuvre}}. Il montre sa carte, la photo correspond. Né le [[DATE_NAISSANCE:3 décembre 1998]]. Il dit qu'on lui a volé une photocopie. Rapport à faire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{13h}}, pause des ambulanciers devant le distributeur : sandwichs triangles, {{2 cafés}}, ils rigolent. Un des gars me dit qu'ils font {{12 passages}} par jour aux urgences de {{Mulhouse}}. « On connaît les IOA mieux que nos femmes ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement signalé insalubre avec le CCAS et l'hygiène de la ville de {{Reims}}. Champignons au plafond, prises arrachées, {{4 enfants}}. La famille ne veut pas que je prenne de notes, je note seulement ça après.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de {{Géorgie}} : le frère de [[PERSONNE:Nino Kapanadze]] (hospitalisée depuis hier). L'AS ([[PERSONNE:Corinne]]) passe par {{ISM}} pour l'interprète. Elle note son numéro : [[TELEPHONE:+995 599 41 27 08]]. Il demande si elle « va mourir ». Non.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit au {{115}} de la {{Meurthe-et-Moselle}}. Entre {{23h}} et {{1h}} : {{18 appels}}, {{4}} mises à l'abri, {{0}} place femme seule. L'écoutante garde le décompte sur un cahier à spirale.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bureau des admissions, {{Strasbourg}}. Une patiente allemande, [[PERSONNE:Katharina Maier]], a payé sa facture deux fois (facture n° [[IDENTIFIANT:F25-URG-031877]]). Le caissier note son IBAN pour le remboursement : [[IBAN:DE19 6605 0101 0108 2457 16]]. « Délai {{6 semaines}} » 😬.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Epinal}}. Un étudiant demande si sa bourse compte pour l'APL. L'agente lui montre le simulateur sur {{caf.fr}}. Il repart avec une estimation à {{187 €}}. Pas de dossier ouvert, rien de nominatif.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mon IOA du matin, [[PERSONNE:Aurélie]], {{14 ans}} de métier. Entre {{8h}} et {{12h}}, je compte : {{36 patients}} triés, {{2 agressions}} verbales, un café bu froid. Elle connaît des patients par cœur : « M. [[PERSONNE:Bauer]], c'est le {{4e}} passage ce mois-ci, il est tout seul, il vient pour parler ». Elle prend {{2 min}} avec lui quand même.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "France Travail {{Reims}}, appel entrant. Mme [[PERSONNE:Laura Pinto]] donne son identifiant, « [[ID_FRANCE_TRAVAIL:8853216 K]] », et un nouveau numéro de téléphone : [[TELEPHONE:06 58 13 40 22]]. La conseillère lui dit de le changer aussi sur son espace.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques, {{Brabois}}. [[PERSONNE:Inaya Benhamou]], {{12 ans}}, crise d'asthme. La maman lit le numéro de la petite sur l'attestation : [[NIR:2 12 06 54 547 041 26]], née le [[DATE_NAISSANCE:14 juin 2012]] à {{Vandœuvre}}. La secrétaire : « ah, née ici, chez nous ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Reims}}. M. [[PERSONNE:Alain Morel]] arrive de {{Paris}}, il veut transférer son dossier. Son numéro : [[NIR:170047511526856]]. Il donne son mail pour le compte ameli : [[EMAIL:alain.morel70@gmail.com]]. « {{Paris 15e}}, ça se voit dans le numéro ? » demande-t-il. L'agent : « oui, le {{75 115}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec l'équipe mobile du CHRS : un couple vit dans un camping-car sur un parking à {{Forbach}}. Plaque ancienne, [[IMMATRICULATION:7712 VL 57]]. [[PERSONNE:Dominique]] et [[PERSONNE:Josiane]], {{60 ans}} tous les deux. Ils ne veulent pas d'hébergement, juste « qu'on nous laisse tranquilles ».",
    ),
]

NOTES_6 = [
    (
        "urgences",
        "accueil_physique",
        "Un livreur {{Uber Eats}}, chute de vélo, sac isotherme encore sur le dos. [[PERSONNE:Ibrahima Faye]], né à {{Thiès}} le [[DATE_NAISSANCE:25/11/1988]]. NIR [[NIR:1 88 11 99 341 122 55]]. Ses droits CSS ont expiré le mois dernier. La secrétaire le note pour l'AS. Il demande surtout si quelqu'un peut prévenir son client 😅",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{16h20}} : le {{15}} prévient qu'il y a {{3 VSAV}} en route pour un incendie d'appartement à {{Bourtzwiller}}, intoxications fumées. L'IOA libère {{2 box}} et rappelle le médecin de l'UHCD. Le téléphone resonne aussitôt.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Nancy}}, rdv de {{11h}}. [[PERSONNE:Mélissa Hoarau]], arrivée de {{La Réunion}} il y a 3 mois. N° alloc transféré : [[N_ALLOCATAIRE:2267319]]. Nouveau RIB {{Banque Postale}} : [[IBAN:FR45 2004 1010 1012 0934 8X03 448]]. Elle dit qu'il fait « trop froid pour vivre ici ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le SMUR ne peut pas sortir : une voiture bloque la sortie, [[IMMATRICULATION:GA528BK]]. Annonce micro, rien. Le vigile finit par trouver le propriétaire dans la salle d'attente, un cousin de M. [[PERSONNE:Lingurar]] (box {{2}}). {{4 min}} perdues.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère ([[PERSONNE:Aurélie Weber]]). Une jeune femme a changé de nom à son mariage, veut mettre à jour. « Votre date de naissance ? » — « [[DATE_NAISSANCE:7 août 1996]] » — « et un mail pour vous renvoyer le formulaire ? » — « [[EMAIL:dounia.saidi@free.fr]] ». Mme [[PERSONNE:Saïdi]], ex-[[PERSONNE:Benhamed]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'adjointe au maire chargée des solidarités appelle le CCAS d'{{Epinal}} pour préparer la distribution des colis de Noël : {{620 colis}}, {{14 bénévoles}}. Aucun bénéficiaire cité, que des chiffres et des horaires.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Strasbourg}}. [[PERSONNE:Rachid Amrani]], {{45 ans}}, veut se réinscrire à France Travail. L'éducatrice l'aide sur l'ordi du bureau. Ancien identifiant retrouvé sur un vieux courrier : [[ID_FRANCE_TRAVAIL:1057384 D]]. Le site plante {{2 fois}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lopez]] appelle pour sa mère ([[PERSONNE:Carmen]], box {{11}}). La secrétaire prend son numéro pour que le médecin la rappelle : « [[TELEPHONE:zéro sept, soixante-deux, trente et un, zéro quatre, quatre-vingt-dix-neuf]] ». Elle répète {{2 fois}} pour être sûre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "AS des urgences, {{Metz}}. Mme [[PERSONNE:Samira Bouzid]], {{3 enfants}}, hospitalisée pour une pneumopathie, paniquée pour ses enfants. L'AS appelle la Caf pour vérifier ses droits avec le n° allocataire [[N_ALLOCATAIRE:1723946]], puis la voisine qui garde les petits. « Vous vous occupez de vous, on s'occupe du reste ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Patrick]] sur une aire d'accueil. Mme [[PERSONNE:Reinhardt]] vit sur l'[[ADRESSE:aire d'accueil des Trois Chênes, place 12]] avec ses {{4 enfants}}. Caravane [[IMMATRICULATION:CZ-190-RV]]. Elle sort le livret de famille. Contrôle fini en {{20 min}}, tout conforme.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Metz}}. [[PERSONNE:Awa Diarra]], {{31 ans}}, mutée de {{Saint-Denis}}, née là-bas. Numéro : [[NIR:2 93 07 93 066 137 42]]. RIB {{Crédit Agricole}} : [[IBAN:FR76 1820 6002 5060 4117 2893 712]]. L'agent : « le {{93}} se voit tout de suite » ; elle rigole : « ouais le 9-3 ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{17h05}} : l'écran de tri passe en rouge, {{42 patients}} présents pour {{24 places}}. Le chef de garde déclenche l'« hôpital en tension ». Les IDE ne lèvent même pas la tête, elles connaissent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Forbach}}. M. [[PERSONNE:Victor Nowak]], {{58 ans}}, licencié de l'usine, {{32 ans}} de boîte. Identifiant [[ID_FRANCE_TRAVAIL:5226048 M]]. Le conseiller lui propose le CSP. Il demande un mail de confirmation : [[EMAIL:vnowak57@orange.fr]]. Il me regarde : « vous êtes de la direction ? »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'AS appelle le bailleur de Mme [[PERSONNE:Denise Hummel]], {{84 ans}}, pour savoir si une douche adaptée est possible. {{Habitat de l'Ill}}, n° locataire [[IDENTIFIANT:0045127-03]]. Réponse : « demande à faire par écrit ». Sortie retardée de {{2 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Reims}}, {{Orgeval}}, {{9h}}. File de {{12 personnes}} avant l'ouverture. Café offert par une bénévole. Affiches : épicerie sociale, permanence juridique, ateliers numériques.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Marne}}. Un homme dort dans sa voiture depuis {{3 semaines}} sur le parking d'un supermarché à {{Epernay}}. Il donne sa plaque pour que la maraude le trouve : [[IMMATRICULATION:BH-604-TE]]. Prénom [[PERSONNE:Patrice]], {{56 ans}}, chauffeur routier au chômage.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur veut rendre visite à sa femme, Mme [[PERSONNE:Hamidou]], en UHCD. L'accueil ne la trouve pas. « Elle a peut-être été enregistrée sous son nom de jeune fille, [[PERSONNE:Soilihi]] ». Trouvée : IPP [[IDENTIFIANT:1003870115]], chambre {{6}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de visite ce matin pour l'agent de contrôle de la Cpam des {{Ardennes}} : rdv annulé par l'assuré. Il m'explique son métier en voiture : {{80 km}} par jour, {{5 visites}} max, tout sur tablette. Il préfère « les visites aux mails ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : M. [[PERSONNE:Nicolas Adam]], RSA, ne comprend pas un courrier. N° alloc [[N_ALLOCATAIRE:0318462]]. Il est inscrit à France Travail ? L'agent vérifie, identifiant [[ID_FRANCE_TRAVAIL:4930127 A]]. Oui. Tout va bien, c'est une simple relance.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Chloé Haas]], {{24 ans}}, « née un [[DATE_NAISSANCE:24 décembre 2000]], donc jamais de vrai anniversaire ». Carte vitale : [[NIR:2 00 12 67 482 611 90]]. Coupure profonde en cuisine (elle est commis au {{Crocodile}} — le resto). Tri 3.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite au domicile de Mme [[PERSONNE:Ouedraogo]] avec l'AS du CCAS de {{Thionville}}. Aide au loyer versée directement au propriétaire, M. [[PERSONNE:Roland Jaeger]] : son IBAN est sur le bail, [[IBAN:FR76 1010 7002 2600 5120 3386 471]]. L'AS photographie la page.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un père appelle : son fils [[PERSONNE:Noah]] est parti en ambulance du collège. « On m'a dit {{Hautepierre}} ? » La secrétaire le trouve, pédiatrie. Le père donne son numéro pour le dossier : [[TELEPHONE:06 87 42 10 33]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du samedi matin, {{Nancy}} centre. {{9h-12h}}. On distribue {{25 cafés}}, {{10 kits hygiène}}. Une dame nous dit qu'elle connaît « tous les bancs du parc de la {{Pépinière}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Long moment au guichet avec [[PERSONNE:Fatou]] (agent d'accueil). Une femme âgée, Mme [[PERSONNE:Wintz]], cherche son mari arrivé en ambulance. Elle ne connaît pas le nom de l'hôpital, elle tient un papier avec « [[PERSONNE:Wintz Albert]], urgences ». [[PERSONNE:Fatou]] l'accompagne jusqu'au box {{13}} en lui tenant le bras. Au retour : « ça, ça n'est dans aucune fiche de poste ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Colmar}}, bureau de l'AS. [[PERSONNE:Jessica Muller]] ({{27 ans}}) fait sa demande d'AAH : dossier MDPH n° [[IDENTIFIANT:680041739]]. Date de naissance : [[DATE_NAISSANCE:13 mars 1998]]. Le dossier fait {{18 pages}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant de la conseillère ([[PERSONNE:Sabine Roux]]) : « Mme [[PERSONNE:Golbahar Ahmadi]] ? C'est pour la formation de {{Saint-Dié}} ». Elle vérifie l'identifiant [[ID_FRANCE_TRAVAIL:6071594 S]] et la date de naissance, « [[DATE_NAISSANCE:01/01/1992]] ». Inscription confirmée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'infirmière de l'{{EHPAD Le Castel}} appelle pour annoncer M. [[PERSONNE:Joseph Wurtz]], né le [[DATE_NAISSANCE:2 octobre 1950]] à {{Mulhouse}}, chute. Elle dicte le NIR : [[NIR:1 50 10 68 224 402 51]]. La secrétaire pré-enregistre le patient avant qu'il arrive.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Reims}} : je passe {{1h}} à l'accueil, {{19 visites}}. {{11}} pour des attestations, {{4}} pour des problèmes d'APL, {{4}} pour la prime d'activité. L'agent fait tout debout derrière un comptoir haut.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un jeune filme la salle d'attente pour TikTok, son pseudo est écrit sur son sweat : [[IDENTIFIANT:@sofiane_du_68]]. L'agent de sécu lui demande d'arrêter. « C'est pour montrer combien on attend ! » Pas faux.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré, M. [[PERSONNE:Gilbert Mangin]], appelle : ses remboursements partent sur un compte qu'il ne connaît pas. La conseillère lit l'IBAN enregistré : [[IBAN:FR76 3000 3014 2000 0207 5129 622]]. « Ce n'est pas le mien ! » → suspicion de fraude, signalement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IOA m'explique le n° de passage : chaque venue a son numéro, ici [[IDENTIFIANT:25-041882]] pour M. [[PERSONNE:Hugo Brenner]]. « L'IPP c'est la personne, le numéro de passage c'est la visite ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Trajet entre {{2 contrôles}} dans les {{Ardennes}} : {{55 km}}. Le contrôleur me parle de son métier, des menaces parfois, des gens qui pleurent. Il a une tablette, une imprimante portable et un gilet {{Caf}} qu'il ne met jamais.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard de nuit, {{3h15}}. Un homme appelle pour savoir « combien de temps ça attend » aux urgences. L'IOA : « je ne peux pas vous dire, ça dépend des arrivées ». Il raccroche. {{3h20}}, il est dans la salle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Metz}}. La fille de Mme [[PERSONNE:Oliveira]] appelle pour le dossier APA de sa mère. Elle donne le mail de la famille : [[EMAIL:famille.oliveira57@gmail.com]]. L'agente lui envoie la liste des pièces.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Meurthe-et-Moselle}}. Une jeune femme, [[PERSONNE:Chaïma]], enceinte. « Votre date de naissance ? » — « [[DATE_NAISSANCE:16 mai 2006]] ». L'écoutante voit qu'elle est majeure depuis peu. Orientation vers la maternité de {{Nancy}} et le centre maternel.",
    ),
]

NOTES_7 = [
    (
        "urgences",
        "accueil_physique",
        "{{Mulhouse}}, {{Emile Muller}}. M. [[PERSONNE:Mohamed El Idrissi]], {{78 ans}}, né à {{Oujda}} en [[DATE_NAISSANCE:1946]], essoufflé. Son fils [[PERSONNE:Youssef]] donne tout : NIR [[NIR:1 46 08 99 350 009 65]], adresse [[ADRESSE:7 rue de Pfastatt, 68200 Mulhouse]], son portable [[TELEPHONE:06 24 71 58 36]]. La secrétaire : « si tout le monde était comme vous ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame désorientée trouvée sur un parking, sans papiers. La police l'identifie par sa voiture, [[IMMATRICULATION:EP-370-WL]] : Mme [[PERSONNE:Jacob]], {{83 ans}}, connue de l'hôpital, IPP [[IDENTIFIANT:1004650921]]. Sa fille arrive {{1h}} plus tard, en larmes.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient vu hier soir appelle : il a oublié ses lunettes dans le box. La secrétaire va voir, rien. « Essayez les objets trouvés, à l'accueil principal, entre {{9h}} et {{16h}} ». Il n'a pas dit son nom, elle ne l'a pas demandé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'AS rappelle Mme [[PERSONNE:Valérie Kremer]], vue aux urgences mardi, pour finir sa demande de CSS. Vérif d'identité : née le [[DATE_NAISSANCE:28/01/1979]] à {{Metz}}. Numéro de sécu : [[NIR:2 79 01 57 463 318 86]]. Dossier envoyé à la Cpam dans la foulée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une AS de l'hôpital de {{Colmar}} appelle celle de {{Strasbourg}} pour un patient transféré. Elle donne la boîte du service, {{service.social.urgences@ch-colmar.fr}}, mais préfère qu'on écrive directement à sa collègue [[PERSONNE:Ingrid]] : [[EMAIL:ingrid.lutz@ch-colmar.fr]]. « La boîte commune, personne ne la lit ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Régulation du {{15}}, {{21h}}. Le médecin régulateur appelle l'IOA : « je vous envoie {{2}} patients, vous en avez combien ? » — « {{27}} » — « ok je dévie un VSAV sur {{Colmar}} ». Coup de fil de {{45 secondes}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le beau-frère de M. [[PERSONNE:Schroeder]] appelle du {{Luxembourg}} pour récupérer les affaires (portefeuille, clés). La secrétaire prend son numéro : [[TELEPHONE:+352 621 48 73 19]]. Il s'appelle [[PERSONNE:Jean-Paul Hansen]]. Rendez-vous demain {{10h}} à l'accueil.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'AS des urgences appelle la ligne partenaires de la Caf pour une patiente hospitalisée, Mme [[PERSONNE:Ngoma]]. « N° allocataire [[N_ALLOCATAIRE:2659013]] ». Elle obtient que le RSA ne soit pas suspendu pendant l'hospitalisation. {{20 min}} d'attente avant qu'on décroche.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Thionville}}. [[PERSONNE:Dylan Marx]], {{25 ans}}, vient pour la prime d'activité. N° alloc [[N_ALLOCATAIRE:3390471]], identifiant France Travail [[ID_FRANCE_TRAVAIL:2015839 F]], mail [[EMAIL:dylan.marx57@icloud.com]]. L'agente rigole sur le nom : « pas de lien avec {{Karl}} ? » — « on me la fait tout le temps ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf {{Sarreguemines}}, jour de permanence. {{2 agents}}, {{1 écrivain public}} bénévole. Beaucoup de personnes âgées pour des attestations, une file qui sort dehors sous la pluie. {{14h}} à {{16h30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Rahmani]] appelle : l'APL n'est pas arrivée. L'agent relit le compte enregistré : « [[IBAN:FR76 1333 5003 0108 0044 7961 213]], c'est bien le vôtre ? » — « oui ». Versement parti le {{5}}, faut attendre. Elle s'excuse d'avoir appelé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf {{Mulhouse}}. M. [[PERSONNE:Quentin Gross]] a déménagé, il veut savoir si ses APL suivent. N° [[N_ALLOCATAIRE:1940325]]. Nouvelle adresse : [[ADRESSE:19 avenue de Colmar, 68100 Mulhouse]]. L'agente : « faites le changement en ligne, sinon ça va bloquer ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une femme appelle juste pour savoir si la prime de naissance est versée avant ou après l'accouchement. Réponse : au {{7e mois}}. Pas de numéro, pas de nom, {{1 min 40}}. Elle dit « merci, bonne journée » 2 fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Sélestat}}. Allocataire : M. [[PERSONNE:Ahmet Kaya]], [[ADRESSE:2b rue du Sel, 67600 Sélestat]]. Le contrôleur note un utilitaire garé devant, [[IMMATRICULATION:FM-412-JE]], lettrage « {{Kaya Rénovation}} » : auto-entrepreneur non déclaré ? Il demande les déclarations URSSAF.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Thionville}}. Mme [[PERSONNE:Rosa Gonçalves]], retraitée, repart vivre au {{Portugal}} {{6 mois}} par an. Elle veut garder ses remboursements sur son compte portugais : [[IBAN:PT50 0035 0697 0006 1538 9218 9]]. L'agent : « c'est possible mais il faut le formulaire S1 ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Strasbourg}}. Un étudiant italien, [[PERSONNE:Matteo Ricci]], demande sa carte européenne. Il montre son passeport : n° [[IDENTIFIANT:YA4821637]]. « Vous n'êtes pas dans nos fichiers, c'est l'Italie qui délivre ». Il repart un peu perdu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Hélène Marchetti]] veut un relevé d'IJ pour sa banque. Date de naissance : [[DATE_NAISSANCE:12/12/1975]]. Mail : [[EMAIL:helene.marchetti@laposte.net]]. Envoyé en {{4 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite Cpam chez M. [[PERSONNE:Eric Thomas]], [[ADRESSE:40 rue du Général Leclerc, 88000 Epinal]], pour une demande de prise en charge de transport. L'agent vérifie qu'il habite bien à {{30 km}} de son centre de dialyse. Oui. « Enquête de 10 minutes, 1h de route ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Strasbourg}}, aide d'urgence. La famille [[PERSONNE:Lingurar]] n'a qu'un compte roumain : [[IBAN:RO23 BTRL 0130 1204 915X X01]]. L'agente vérifie avec la compta que le virement est possible. Oui, SEPA. Le père, [[PERSONNE:Florin]], dit merci en 3 langues.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Charleville-Mézières}}, atelier numérique : {{6 participants}}, tous plus de {{70 ans}}. On apprend à ouvrir un mail. Une dame écrit son premier mail à sa petite-fille et pleure un peu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Nancy}}. M. [[PERSONNE:Théo Lacroix]], {{23 ans}}, demande un secours pour son loyer. L'agente lui demande s'il est inscrit à France Travail : « oui, [[ID_FRANCE_TRAVAIL:7190463 B]] ». Elle monte un dossier pour la commission de jeudi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une voisine appelle le CCAS de {{Colmar}} : M. [[PERSONNE:Riegert]], qui vit seul au [[ADRESSE:8 rue des Vignerons, 68000 Colmar]], n'a pas ouvert ses volets depuis {{2 jours}}. L'agente appelle son numéro, [[TELEPHONE:03 89 41 27 66]], il décroche, il était juste malade.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{Reims}}. Mme [[PERSONNE:Yvette Maréchal]], {{88 ans}}, [[ADRESSE:5 rue Chanzy, 51100 Reims]]. Son neveu lui a « emprunté » sa voiture, une vieille {{Clio}}, [[IMMATRICULATION:512 BXK 51]], et ne l'a jamais rendue. L'AS note pour la protection juridique.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tournée du portage de repas avec l'agent du CCAS de {{Saint-Dié}} : {{17 livraisons}} en {{2h30}}. Il dit bonjour, range les barquettes dans le frigo, vérifie les dates. « Des fois je suis la seule personne qu'ils voient de la semaine ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Reims}}. [[PERSONNE:Aliou Sangaré]], {{33 ans}}, malien, vient de recevoir son récépissé : AGDREF [[IDENTIFIANT:5100893217]]. Né le [[DATE_NAISSANCE:1er janvier 1992]] selon ses papiers. L'éducateur ([[PERSONNE:Loïc]]) l'aide à ouvrir un compte bancaire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS d'{{Epinal}}. La résidente [[PERSONNE:Manon Thiery]] prépare sa sortie en logement autonome. Elle donne son nouveau mail et son numéro pour le suivi : [[EMAIL:manon.thiery88@gmail.com]], [[TELEPHONE:07 67 22 91 04]]. Elle a déjà acheté une plante.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Haut-Rhin}}. M. [[PERSONNE:Erwan Le Gall]], breton en galère à {{Mulhouse}}, {{40 ans}}. « Vous êtes connu du SIAO ? » Oui, réf. [[IDENTIFIANT:SIAO68-24-009366]]. Place à l'accueil de nuit, {{19h30}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du squat signalé au [[ADRESSE:26 rue de Soultz, 68200 Mulhouse]] avec l'équipe mobile. {{11 personnes}}, dont {{3 enfants}}. Un homme, [[PERSONNE:Gheorghe]], sert de traducteur. Pas d'électricité. L'équipe note les besoins : lait, couches, médecin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Charleville}}. [[PERSONNE:Anthony Gérardin]], {{20 ans}}, veut l'aide au permis. Identifiant [[ID_FRANCE_TRAVAIL:8842051 L]]. Né le [[DATE_NAISSANCE:6 juin 2004]]. Il a déjà une vieille voiture au nom de sa mère, [[IMMATRICULATION:CG-918-NP]], « mais j'ai pas le droit de la conduire » 😬.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, conseillère [[PERSONNE:Nathalie Ebel]]. Mme [[PERSONNE:Hawa Cissé]] n'a pas reçu ses identifiants pour la formation. Identifiant France Travail : [[ID_FRANCE_TRAVAIL:3092716 E]]. Elle renvoie sur [[EMAIL:hawa.cisse@outlook.fr]]. Appel de {{6 min}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


# ---------------------------------------------------------------------------------------------
# Split and output
# ---------------------------------------------------------------------------------------------


def build():
    """Return the parsed notes, with their ids in writing order."""
    out = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        out.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return out


def split(cells_by_id):
    """Draw the dev / holdout ids from ``{id: (site_kind, channel)}`` only."""
    rng = random.Random(SEED)
    cells = {}
    for note_id in sorted(cells_by_id):
        cells.setdefault(cells_by_id[note_id], []).append(note_id)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(cells):
        ids = list(cells[cell])
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def stats(parts):
    """Print the counts given in README.md."""
    names = list(parts)
    cells = sorted({(n["site_kind"], n["channel"]) for n in parts["all"]})
    print("site kind x channel:", " / ".join(names))
    for cell in cells:
        row = [sum((n["site_kind"], n["channel"]) == cell for n in parts[k]) for k in names]
        print(f"  {cell[0]:<15} {cell[1]:<21}", " / ".join(map(str, row)))
    print("values per label:", " / ".join(names))
    counters = {k: Counter(e["label"] for n in parts[k] for e in n["entities"]) for k in names}
    for label in LABELS:
        print(f"  {label:<18}", " / ".join(str(counters[k][label]) for k in names))
    for what, fn in (
        ("entities", lambda ns: sum(len(n["entities"]) for n in ns)),
        ("keep entries", lambda ns: sum(len(n["keep"]) for n in ns)),
        ("notes without entity", lambda ns: sum(not n["entities"] for n in ns)),
        ("notes", len),
    ):
        print(f"{what}:", " / ".join(str(fn(parts[k])) for k in names))


def main(argv):
    notes = build()
    dev_ids, holdout_ids = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    dev = [n for n in notes if n["id"] in set(dev_ids)]
    holdout = [n for n in notes if n["id"] in set(holdout_ids)]
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    if "--stats" in argv:
        stats({"all": notes, "dev": dev, "holdout": holdout})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
