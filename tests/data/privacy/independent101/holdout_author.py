"""Independent evaluation corpus n° 101: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep; ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind101-001`` … ``ind101-240`` follow the
writing order below. ``split`` draws dev / holdout from the ids and the cells only.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind101"
SEED = 101

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

# Notes 1-35: Caf (counter, phone, home inspection), then Cpam counter.
NOTES_A = [
    (
        "caf",
        "accueil_physique",
        "Écran dossier recopié pendant que l'agente cherche la pièce :\n[[PERSONNE:BENSAÏD Karima]] née [[DATE_NAISSANCE:12/03/1978]] — n° alloc [[N_ALLOCATAIRE:2847135]]\nNIR [[NIR:2 78 03 33 063 147 85]]\nsituation : isolée, {{2 enf.}}\n{{RSA}} socle + {{APL}}, dernier versement le {{05/11}}\nL'agente ([[PERSONNE:Sandrine]]) me dit que c'est le {{3e passage}} ce mois-ci.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{10h40}}, un monsieur très énervé parce que sa {{prime d'activité}} a baissé de {{80 €}} sans explication. L'agent lui montre la simulation sur {{caf.fr}}, il repart calmé au bout de {{25 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Compo du foyer lue sur l'écran (dossier [[N_ALLOCATAIRE:3916480]]) :\n- [[PERSONNE:TRAN Van Duc]], allocataire, né en [[DATE_NAISSANCE:1981]]\n- [[PERSONNE:TRAN Thi Hoa]], conjointe, née en [[DATE_NAISSANCE:1984]]\n- [[PERSONNE:Minh]], [[DATE_NAISSANCE:2010]]\n- [[PERSONNE:Lan]], [[DATE_NAISSANCE:2014]]\n- [[PERSONNE:Bao]], [[DATE_NAISSANCE:2019]]\ndate d'entrée dans le logement {{01/09/2022}}, bailleur {{Aquitanis}}. Ils viennent pour l'{{ARS}} (rentrée), le grand n'apparaît pas comme scolarisé.",
    ),
    (
        "caf",
        "accueil_physique",
        "— Vous avez votre numéro allocataire ?\n— Non j'ai que mon nom, [[PERSONNE:Ferhat Ouali]], [[PERSONNE:O-U-A-L-I]]\n— Date de naissance ?\n— Le [[DATE_NAISSANCE:4 juillet 89]]\nL'agent le retrouve en {{10 secondes}}. Il venait juste pour une attestation de paiement pour la {{CPAM}}... lol",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente à l'ouverture ({{8h30}}) devant la {{Caf}} de {{Mérignac}} : {{14 personnes}} dehors, il pleut. Pas d'abri. Le vigile fait entrer les poussettes en premier, j'en ai compté {{3}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Courrier que la dame tend à l'accueil, j'ai recopié l'en-tête :\n« {{Caf de la Gironde}} — {{Bordeaux}}, le {{18 octobre 2024}}\nMadame [[PERSONNE:Aurélie Dufau]]\n[[ADRESSE:14 rue Camille Pelletan, 33150 Cenon]]\nN° allocataire : [[N_ALLOCATAIRE:1058822]]\nObjet : indu de {{1 243,17 €}} »\nElle ne comprend pas d'où vient l'indu, elle a changé de boulot en {{mai}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un jeune ({{19 ans}}) demande si il a droit aux {{APL}} pour un studio a {{Pessac}}, son proprio c'est M. [[PERSONNE:Larrieu]] qui veut pas faire l'attestation de loyer. L'agente explique que le bailleur peut la faire en ligne. Le jeune : « il a {{80 ans}} il sait pas ce que c'est internet »",
    ),
    (
        "caf",
        "accueil_physique",
        "Liste des RDV de l'aprem sur l'écran de [[PERSONNE:Julien]] (conseiller) :\n{{13h30}} [[PERSONNE:GONÇALVES Maria]] — {{RSA}} réexamen\n{{14h00}} [[PERSONNE:N'DIAYE Abdoulaye]] — {{AAH}} + {{APL}}\n{{14h30}} [[PERSONNE:LABORDE Christine]] — indu\n{{15h00}} (annulé)\n{{15h30}} [[PERSONNE:KOVALENKO Olena]] — ouverture droits, protection temporaire\n{{2 absents sur 4}} à la fin.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Ait Ouarab]] donne son numéro pour être rappelée : [[TELEPHONE:06 58 21 44 07]]. L'agente le note sur un {{post-it}} jaune (!!) et pas dans le dossier. Je lui demande pourquoi : le logiciel plante quand on modifie le téléphone, paraît-il.",
    ),
    (
        "caf",
        "accueil_physique",
        "ENCORE UNE PANNE DE LA BORNE 😩 les gens prennent un ticket à la main, {{A027}}, {{A028}}... l'agent d'accueil [[PERSONNE:Yannick]] court partout",
    ),
    (
        "caf",
        "accueil_physique",
        "Changement de RIB fait au guichet. J'ai vu passer sur l'écran :\nTitulaire : M. [[PERSONNE:ROUSSEL Dylan]]\nIBAN [[IBAN:FR76 1330 6000 2184 5122 0341 703]]\ndate d'effet : {{01/12/2024}}\nL'agente vérifie que le nom sur le RIB = nom de l'allocataire, sinon refus. Il avait donné le RIB de sa copine la première fois 🙄",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Santoni]] n'a pas sa carte vitale mais connait son numéro de sécu par coeur, elle le dicte d'une traite : [[NIR:285112A00421807]]. Née à {{Ajaccio}}, arrivée à {{Bordeaux}} en {{2009}}. L'agente tape, ça matche du premier coup.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel, casque sur les oreilles. 1er appel {{9h02}} : une dame qui appelle pour son fils étudiant, l'agent refuse de donner des infos car ce n'est pas l'allocataire. Elle insiste : « mais c'est moi qui paie son loyer ». {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Haddad]], l'agent lui demande n° alloc + date de naissance pour vérifier l'identité : « [[N_ALLOCATAIRE:0937712]], né le [[DATE_NAISSANCE:vingt-trois janvier soixante-dix-neuf]] ». Il lit à l'écran : marié, {{4 enfants}} à charge, {{prime d'activité}} suspendue depuis le {{01/10}} faute de déclaration trimestrielle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire rappelle pour la {{4e fois}}, elle donne son mail pour recevoir l'attestation : [[EMAIL:nadia.belkacem64@gmail.com]] — l'agent relit lentement « [[EMAIL:nadia point belkacem soixante-quatre arobase gmail point com]] » et elle dit « non, belkacem avec un K »... c'était bon en fait.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel court ({{2 min}}) : un monsieur demande les horaires de l'accueil de {{Périgueux}}. Réponse : sur rdv uniquement, le {{mardi}} et le {{jeudi}}. Il raccroche sans dire au revoir.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent me montre l'historique des messages du compte ({{Mon Compte}}) :\n{{12/09}} allocataire : « bonjour je ne recois plus rien depuis {{août}} »\n{{13/09}} {{Caf}} : « Bonjour Madame [[PERSONNE:Etcheverry]], votre dossier est en cours d'étude »\n{{02/10}} allocataire : « toujours rien !!! »\nElle appelle donc aujourd'hui ({{17/10}}). Le conseiller, [[PERSONNE:Mathieu L.]], voit que le dossier attend un justificatif de ressources du conjoint depuis le {{13/09}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un papy de {{Bergerac}} qui parle super fort, il dicte son fixe : « [[TELEPHONE:zéro cinq, cinquante-trois, vingt-quatre, dix-huit, quarante]] ». L'agente doit lui faire répéter {{deux fois}} parce qu'il mélange avec son numéro de portable qu'il connait pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Bandeau de l'outil téléphonique, je recopie :\nfile {{Prestations familiales}} — attente {{31 min}} — {{17 appels}}\nfile {{RSA / prime d'activité}} — attente {{22 min}} — {{9 appels}}\nfile {{Logement}} — attente {{12 min}} — {{4 appels}}\nLe message d'accueil du {{3230}} annonce {{12 min}} pour tout le monde. Ambiance : déjà fatigués à {{10h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une travailleuse sociale du {{CCAS}} de {{Libourne}}, Mme [[PERSONNE:Combes]], pour la famille [[PERSONNE:Mendy]] : elle donne le n° alloc [[N_ALLOCATAIRE:4410296]]. L'agent ne peut rien dire sans mandat signé. Elle l'envoie pendant l'appel depuis [[EMAIL:s.combes@ccas-libourne.fr]] et ça débloque.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Lormont}}, {{9h15}}. Le contrôleur ([[PERSONNE:Patrick]]) frappe, personne. On attend {{5 min}}. Voisine : « elle travaille le matin ». On laisse un {{avis de passage}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle résidence chez Mme [[PERSONNE:Rakotomalala]], [[ADRESSE:9 allée des Acacias, 33600 Pessac]]. Le contrôleur déroule sa fiche :\n- déclarés au foyer : elle + {{2 enfants}} ([[PERSONNE:Tsiky]], née en [[DATE_NAISSANCE:2015]] ; [[PERSONNE:Mialy]], née en [[DATE_NAISSANCE:2018]])\n- signalement : présence d'un conjoint ?\nSur place : une brosse à dents en plus, {{2 paires}} de chaussures homme. Elle dit que c'est son frère qui passe. Le contrôleur note « à approfondir ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture entre deux contrôles, le contrôleur me dit qu'il fait {{5-6 visites}} par jour, que {{1/3}} des gens sont absents, et qu'il voit de plus en plus de logements insalubres à {{Libourne}}. Il cite la rue, je ne la note pas.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fiche de contrôle (je recopie les champs) :\nAllocataire : [[PERSONNE:DIALLO Mariama]]\nNé(e) le : [[DATE_NAISSANCE:1990-06-21]]\nN° : [[N_ALLOCATAIRE:2201957]]\nAdresse déclarée : [[ADRESSE:Résidence Le Lac, bât C, apt 34, 33300 Bordeaux]]\nMotif : contrôle de ressources\nDate de la décision de contrôle : {{03/10/2024}}\nOn est le {{22/10}}, elle est là, très stressée, elle sort tous ses papiers d'une pochette {{Auchan}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez M. et Mme [[PERSONNE:Lacoste]], {{Mont-de-Marsan}}, pour vérifier la présence du petit-fils hébergé ({{APL}}). Le papi nous offre un café, montre la chambre du petit, [[PERSONNE:Enzo]], {{17 ans}}, qui dort encore à {{11h}} 😅. Contrôle OK.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Devant la maison à {{Saint-Médard-en-Jalles}}, le contrôleur note la plaque de la voiture garée dans l'allée : [[IMMATRICULATION:FG-482-KL]]. Il m'explique que ça sert à vérifier si le conjoint déclaré parti est toujours là. Il n'a pas accès au fichier des cartes grises lui-même, il fait une demande.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Ngo Mbock]] nous montre son bail : bailleur {{Domofrance}}, entrée le {{15/03/2021}}, loyer {{512 €}}. Réf. locataire [[IDENTIFIANT:DF-0331-207748]] (le contrôleur la recopie pour vérifier auprès du bailleur). Ses {{3 enfants}} sont à l'école. {{20 min}} en tout, à {{Bassens}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Écran {{Ameli}} pro (l'agente tourne l'écran vers moi) :\n[[PERSONNE:MARTINEZ Lucas]] — NIR [[NIR:1 02 04 33 281 406 83]]\nné le [[DATE_NAISSANCE:17/04/2002]] à {{Mérignac}}\nmédecin traitant : Dr [[PERSONNE:Abitbol]]\n{{C2S}} : non\nIl vient car sa carte vitale ne passe plus à la pharmacie.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Fernandes]] (accent portugais, très polie) vient déposer un arrêt de travail papier. L'agente lui dit qu'on ne prend plus rien au guichet, boîte aux lettres à côté de la porte. Elle a attendu {{40 min}} pour ça.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Registre d'émargement de l'atelier « {{Mon espace santé}} » de {{14h}} :\n1. [[PERSONNE:Pujol Bernadette]] — [[TELEPHONE:06 71 02 38 95]]\n2. [[PERSONNE:Khelifi Samir]] — [[TELEPHONE:07.66.13.20.48]]\n3. [[PERSONNE:Léger Monique]] — pas de tel\n4. [[PERSONNE:Nsimba Grâce]] — [[TELEPHONE:0652907716]]\nAnimatrice : [[PERSONNE:Océane]]. {{4 inscrits}}, {{3 présents}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche à l'entrée : « Accueil sur rendez-vous — prenez rdv sur {{ameli.fr}} ou au {{3646}} ». Sous l'affiche, un monsieur qui n'a pas de smartphone. Le vigile le fait entrer quand même.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiante {{Erasmus}} espagnole à {{Pau}}, [[PERSONNE:Lucía]], veut savoir si sa carte européenne suffit pour {{5 mois}}. L'agent photocopie son passeport n° [[IDENTIFIANT:PAF531907]] « au cas où ». Elle parle mieux français que moi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation de droits imprimée pour le monsieur, je lis en haut :\nBénéficiaire : [[PERSONNE:OUEDRAOGO Issouf]], né le [[DATE_NAISSANCE:14/04/1975]]\nN° sécu : [[NIR:1 75 04 99 331 117 12]]\nAyant droit : [[PERSONNE:OUEDRAOGO Awa]] ([[DATE_NAISSANCE:08/02/2012]])\nDroits ouverts jusqu'au {{31/12/2025}}",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un mec arrive en criant qu'on lui a volé sa carte vitale et que quelqu'un l'utilise. L'agente reste hyper calme 😮. Déclaration de perte, puis le numéro du {{3646}}. Il s'appelle [[PERSONNE:Kévin]], il a tenu à me serrer la main en partant.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{CSS}} (complémentaire santé solidaire) : l'agente coche sa checklist\n☑ avis d'imposition {{2023}}\n☑ relevés de compte ({{3 mois}})\n☐ attestation de la mutuelle actuelle, {{Harmonie Mutuelle}} n° adhérent [[IDENTIFIANT:0045718823]]\nPour Mme [[PERSONNE:Beridze Nino]], née le [[DATE_NAISSANCE:2 septembre 1971]] à {{Tbilissi}}.",
    ),
]

# Notes 36-70: Cpam (counter, phone, home inspection), then CCAS counter.
NOTES_B = [
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Irigoyen]], {{82 ans}}, vient rendre la carte vitale de son mari décédé en {{septembre}}. Elle pleure au guichet. L'agente, [[PERSONNE:Fatou]], lui prend la main et ferme le guichet {{5 minutes}}. Personne dans la file ne râle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Fiche assuré à l'écran, je recopie :\nNom : [[PERSONNE:ETCHEBARNE]]   Prénom : [[PERSONNE:Maite]]\nNIR : [[NIR:2580364102045 33]]\nDate naiss. : [[DATE_NAISSANCE:09/03/1958]]\nAdresse : [[ADRESSE:3 chemin de Larrun, 64310 Ascain]]\nRégime : retraitée\nALD : oui depuis {{2017}}\nComplémentaire : {{MGEN}}\nElle vient pour changer de médecin traitant, le sien part à la retraite.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un gars en bleu de travail, [[PERSONNE:Sébastien]], vient pour un accident du travail : le patron n'a pas fait la déclaration. L'agent lui donne le {{Cerfa 14463}} pour qu'il la fasse lui-même. Il a le doigt dans une attelle, {{3 semaines}} d'arrêt.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{11h55}}, l'accueil ferme à {{12h}}. Il reste {{6 personnes}}. Les agents prennent tout le monde et déjeunent à {{12h40}}. « Tous les jours comme ça » d'après la responsable.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agenda de la matinée ({{Cpam}} d'{{Agen}}) que me montre l'agente :\n{{8h45}} [[PERSONNE:SOK Dara]] — {{CSS}}\n{{9h15}} [[PERSONNE:BOUZID Leïla]] — {{IJ}} non versées\n{{9h45}} [[PERSONNE:PEREIRA DA SILVA José]] — pension invalidité\n{{10h15}} [[PERSONNE:MOREAU Gisèle]] — changement adresse\n{{10h45}} libre\n{{11h15}} [[PERSONNE:AKKAYA Emre]] — {{AME}}\nElle en fait {{10 à 12}} par jour.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Cazaux]] a imprimé un échange de mails (il ne sait pas ouvrir les pdf sur son tel) :\nDe : [[EMAIL:bernard.cazaux40@orange.fr]]\nÀ : [[EMAIL:secretariat.dr.lafitte@gmail.com]]\nObjet : ordonnance renouvellement\nIl voudrait que la {{Cpam}} « fasse pression » sur le secrétariat du Dr [[PERSONNE:Lafitte]]. L'agent explique gentiment que non.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman avec un bébé de {{3 semaines}}, elle veut le « mettre sur sa carte vitale ». L'agente : « il a déjà son propre numéro, regardez » et me montre l'écran : [[PERSONNE:Nahil]], né le [[DATE_NAISSANCE:12 septembre]] à {{Pessac}}, [[NIR:1 24 09 33 318 427 88]]. Mme [[PERSONNE:Chérif]] est super contente, elle prend une photo de l'écran.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le monsieur épelle son nom pour la {{3e fois}} : « [[PERSONNE:K-O-W-A-L-S-K-I]], comme ça se prononce ! » L'agente avait tapé [[PERSONNE:Kovalski]]. Fou rire des deux.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}} remplie avec lui au guichet. Les champs du formulaire :\nNom : [[PERSONNE:AHMADZAI]]\nPrénom : [[PERSONNE:Noorullah]]\nNé le : [[DATE_NAISSANCE:01/01/1996]] (date par défaut quand la vraie est inconnue, m'explique l'agente)\nPasseport : aucun — attestation de demande d'asile n° [[IDENTIFIANT:3312045871]]\nDomiciliation : {{CCAS}} de {{Bordeaux}}\nEntrée en France : {{14/02/2023}}",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, site de {{Bordeaux}}. Premier appel : une dame qui veut savoir où en est le remboursement de ses lunettes. L'agent regarde : payé le {{08/10}}, {{42,50 €}}. Elle n'a rien reçu. Vérif du RIB : c'est l'ancien compte, fermé 😬",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Vérification d'identité : l'assuré lit le numéro sur sa carte, lentement, « [[NIR:un, quatre-vingt-trois, dix, quatre-vingt-dix-neuf, trois cent quarante et un, deux cent huit, zéro quatre]] ». Né à {{Dakar}}, d'où le {{99}}, m'explique l'agent après. M. [[PERSONNE:Ndiaye]] appelait pour une franchise prélevée deux fois.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne des pros de santé : un kiné de {{Pau}} râle pour des rejets de factures. {{17 rejets}} en {{octobre}}, tous pour la même raison (prescription trop ancienne). « C'est du délire ». L'agente ne note pas son nom, seulement son n° RPPS [[IDENTIFIANT:10101874563]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle pour sa mère hospitalisée à {{Bayonne}}, [[PERSONNE:Jeanine Garat]], il veut savoir si elle a une mutuelle. L'agent ne peut pas répondre au fils. Il insiste, hausse le ton, puis s'excuse : « pardon, je dors pas depuis 3 jours ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rappel programmé ({{15h20}}). Fiche du rdv sur l'écran :\nAssurée : [[PERSONNE:LEBRETON Chloé]]\nTél : [[TELEPHONE:+33 7 81 46 20 93]]\nMotif : congé maternité, {{IJ}} non perçues\nDate prévue d'accouchement : {{20/01/2025}}\nMessagerie au premier essai. 2e essai à {{15h35}}, ça décroche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en espagnol 🇪🇸 : un saisonnier agricole, l'agente parle espagnol heureusement. Il travaille dans les vergers près d'{{Agen}}, accident de tracteur, il lui faut un numéro de sécu provisoire. Elle lui explique le {{NIA}}. {{18 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut qu'on la rappelle sur le portable de sa fille : [[TELEPHONE:06.19.84.33.70]], « demandez [[PERSONNE:Inès]] ». L'agent explique qu'il ne rappelle pas, c'est elle qui doit rappeler. Dialogue de sourds pendant {{4 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agent ouvre la messagerie {{ameli}} de l'assuré :\n— {{03/10}} assuré : « j'ai envoyé mon arrêt le {{28/09}} »\n— {{04/10}} [[PERSONNE:Corinne]] ({{Cpam}}) : « Nous n'avons pas reçu votre avis d'arrêt de travail »\n— {{10/10}} assuré : « je le renvoi en piece jointe » (aucune pièce jointe)\nM. [[PERSONNE:Dos Santos]] appelle aujourd'hui, furieux. L'agent lui dit de renvoyer une photo.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Demande de formulaire {{C2S}} par courrier, le monsieur dicte son adresse : [[ADRESSE:27 avenue du Général Leclerc, 24100 Bergerac]]. L'agent lui dit qu'il peut aussi le faire sur {{ameli.fr}}. Réponse : « j'ai pas internet, j'ai que la télé ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Numéro masqué, personne ne parle, raccroché au bout de {{30 s}}. Ensuite la secrétaire de l'{{EHPAD Les Jardins de Guyenne}} appelle pour la carte vitale d'une résidente, Mme [[PERSONNE:Cabanes]], perdue lors d'un transfert à l'hôpital.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Travailleur frontalier : il vit à {{Hendaye}} et travaille à {{Irun}}. Il donne son portable espagnol, [[TELEPHONE:+34 612 48 90 37]]. Question sur le formulaire {{S1}}, l'agent doit chercher dans la doc. {{12 min}} d'appel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée lit son RIB pour le remboursement : « [[IBAN:FR76 3000 3021 5000 0504 1782 677]] », l'agent répète chaque groupe de {{4}}. Elle s'appelle [[PERSONNE:Valérie Capdevielle]], elle a une voix de prof.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Tableau de bord de l'équipe affiché au mur, je recopie :\nobjectif : {{35 appels}} / jour / agent\ndurée moyenne : {{6 min 40}}\ntaux de décroché {{semaine 46}} : {{71 %}}\nmise à jour : {{12/11/2024}}\nÀ {{10h30}}, l'agent avec qui je suis en est à {{14}}. Tenable le {{lundi}}, jamais le {{mardi}}, dit-il.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent enquêteur, {{Pessac}}. Sorties autorisées {{10h-12h}} et {{16h-18h}}. On sonne à {{14h20}} chez M. [[PERSONNE:Benhamou]] : il est là, en pyjama, un peu vexé. OK en {{8 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Fiche de mission de l'enquêteur (je recopie) :\nAssuré : [[PERSONNE:RODRIGUES Manuel]], né à {{Porto}}\nNIR : [[NIR:1 62 12 99 139 077 78]]\nAdresse : [[ADRESSE:Lotissement Les Chênes, lot 12, 47300 Villeneuve-sur-Lot]]\nArrêt du {{02/10/2024}} au {{31/10/2024}}\nDemande de contrôle du {{07/10/2024}}\nAbsent. Le voisin : « il est à la chasse ». L'enquêteur note l'heure, {{10h50}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de résidence ({{CSS}}) chez Mme [[PERSONNE:Popescu]] à {{Bègles}}. Sur la boîte aux lettres, 3 noms : [[PERSONNE:POPESCU]], [[PERSONNE:IONESCU]], [[PERSONNE:STAN]]. Elle explique qu'ils sont colocataires. Le bail est à son nom, c'est bon.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans la voiture de service ({{Clio}} blanche), l'enquêteur me parle de ses {{23 ans}} de maison. Il faisait {{15 contrôles}} par semaine avant, {{6}} aujourd'hui, « parce qu'il faut tout saisir ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "L'assuré en arrêt pour lombalgie, M. [[PERSONNE:Ferrand]], n'est pas chez lui. Sur le chantier d'à côté, à {{Mérignac}}, l'enquêteur repère sa camionnette, immat [[IMMATRICULATION:EK 503 TZ]]. Il prend une photo. Je suis mal à l'aise.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une personne en invalidité à {{Agen}}. Mme [[PERSONNE:Amrani]] nous reçoit avec sa soeur [[PERSONNE:Souad]]. Elle parle de ses douleurs pendant {{25 min}}, l'enquêteur écoute sans rien noter. En sortant : « parfois le contrôle c'est juste ça, écouter ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée imprimée par l'enquêteur avant de partir :\n1. [[PERSONNE:LOPEZ Angèle]] — [[ADRESSE:8 impasse des Mimosas, 33700 Mérignac]] — AT\n2. [[PERSONNE:DUBOIS Kevin]] — [[ADRESSE:41 rue de la Libération, 33600 Pessac]] — maladie\n3. [[PERSONNE:BOUAZZA Yacine]] — [[ADRESSE:Résidence Saige, tour 5, appt 112, 33600 Pessac]] — maladie\n{{3 contrôles}}, fin prévue {{12h30}}. On en fera deux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Nguyen]] : un atelier de couture dans le salon, {{2 machines}}. Il est en arrêt, il jure que c'est pour sa femme. Sur la table, des factures à l'en-tête « {{Couture Nguyen Retouches}} ». L'enquêteur note « activité non autorisée ? ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Pau}}. Mme [[PERSONNE:Lalanne]] demande une aide pour sa facture {{EDF}} de {{387 €}}, réf. client [[IDENTIFIANT:1-BX47K2Q]]. L'agente d'accueil, [[PERSONNE:Hélène]], lui prend rdv avec l'assistante sociale le {{12/11}} à {{9h30}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Cahier d'accueil du {{CCAS}} de {{Libourne}}, page du jour, recopiée avec l'accord de l'agente :\n{{9h05}} Mme [[PERSONNE:SAÏDI]] — domiciliation, courrier\n{{9h12}} M. [[PERSONNE:GRANGER]] — bon alimentaire\n{{9h30}} [[PERSONNE:Rose-Marie]] (pas de nom) — rdv AS\n{{9h41}} M. [[PERSONNE:TOURÉ Moussa]] — aide mobilité, carte {{Calibus}}\n{{9h50}} Mme [[PERSONNE:VIDAL]] + [[PERSONNE:Noa]] ({{2 ans}}) — attente\n… {{31 lignes}} à midi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "La salle d'attente : {{8 chaises}}, une affiche des {{Restos du cœur}}, un distributeur de gel vide. Un enfant dessine sur le dos d'un formulaire {{Cerfa}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Dupuy-Larrère]], {{78 ans}}, vient pour un dossier {{APA}} pour sa femme. L'agent explique que c'est le {{Département}} qui décide, le {{CCAS}} aide juste à remplir. Il repart avec {{14 pages}} à compléter et un rdv le {{mardi 19}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une jeune femme, [[PERSONNE:Yasmina]], laisse son numéro pour l'épicerie sociale : [[TELEPHONE:07 45 18 62 09]]. Liste d'attente : {{3 semaines}}. Elle : « on mange quoi d'ici là » 😶",
    ),
]

# Notes 71-105: CCAS (counter, phone, home visits), then two Caf home inspections.
NOTES_C = [
    (
        "ccas",
        "accueil_physique",
        "Ordre du jour de la commission des aides facultatives du {{CCAS}} de {{Mont-de-Marsan}} ({{jeudi}}), l'agente me le montre :\nnom — année naiss. — demande — montant\n[[PERSONNE:HARGOUS Jean-Marc]] — [[DATE_NAISSANCE:1959]] — loyer — {{250 €}}\n[[PERSONNE:BELHADJ Sonia]] — [[DATE_NAISSANCE:1987]] — cantine — {{96 €}}\n[[PERSONNE:MAKIESE Prince]] — [[DATE_NAISSANCE:1979]] — énergie — {{180 €}}\n[[PERSONNE:DARRIGRAND Lise]] — [[DATE_NAISSANCE:2002]] — permis — {{400 €}}\nDécision le {{21/11}}, versement {{15 jours}} après.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur à la rue, [[PERSONNE:Gégé]] pour tout le monde ici, vient chercher son courrier (domiciliation). Rien aujourd'hui. Il dit « à demain » à chaque personne de la salle, il passe tous les jours depuis {{4 ans}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Attestation d'élection de domicile remplie au guichet ({{Cerfa 15548}}) :\nNom : [[PERSONNE:BALOGH]] — prénom : [[PERSONNE:Rudolf]]\nNé le [[DATE_NAISSANCE:30/11/1968]] à {{Miskolc}} ({{Hongrie}})\nN° de domiciliation [[IDENTIFIANT:DOM-2024-0317]]\nValable du {{04/11/2024}} au {{03/11/2025}}\nIl est en France depuis {{2021}}, il fait les vendanges autour de {{Libourne}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Deux dames se disputent une place dans la file. L'agente sépare avec humour : « on a assez de chaises pour tout le monde, et assez de problèmes aussi ». Rires. {{11h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour réparer une voiture : elle est aide à domicile, sans voiture elle perd son emploi. Devis du {{Garage Lassalle Auto}} à {{Mérignac}} : {{1 140 €}}, {{Peugeot 207}} immatriculée [[IMMATRICULATION:BQ-719-HV]]. Mme [[PERSONNE:Boyer]] a déjà eu une aide en {{2022}}, ça risque de coincer.",
    ),
    (
        "ccas",
        "accueil_physique",
        "L'agent d'accueil, [[PERSONNE:Thierry]], a un classeur de numéros utiles. Il donne à une dame le numéro du {{CIDFF}} et le {{3919}}, discrètement, sur un papier plié en quatre.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Pour verser le secours sur le compte, l'agente photocopie le RIB :\nTitulaire : M. [[PERSONNE:EL IDRISSI Hamza]]\nIBAN : [[IBAN:FR60 2004 1010 0104 1826 3W03 374]]\nBanque : {{La Banque Postale}}\nMontant accordé : {{150 €}}, décision du {{08/11/2024}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un papi m'explique qu'il vient au {{CCAS}} « pour voir du monde ». Il a {{91 ans}}. Il s'appelle [[PERSONNE:Raymond]], ancien cheminot à la gare de {{Périgueux}}. Il connait le prénom de tous les agents.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Registre canicule / grand froid des personnes isolées, extrait qu'on me montre pour expliquer les appels de l'été :\n- [[PERSONNE:CASTAING Odette]], née en [[DATE_NAISSANCE:1931]], [[TELEPHONE:05 58 75 21 43]]\n- [[PERSONNE:SALLES Pierre]], né en [[DATE_NAISSANCE:1938]], [[TELEPHONE:05.58.06.92.17]], aidante : sa fille [[PERSONNE:Sylvie]] [[TELEPHONE:06 33 52 80 14]]\n- [[PERSONNE:KHALFI Aïcha]], née en [[DATE_NAISSANCE:1945]], pas de fixe\nInscriptions faites en {{juin}}, appels tous les {{2 jours}} en {{août}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Renouvellement de demande de logement social. Mme [[PERSONNE:Gassama]] a déjà son numéro unique, [[IDENTIFIANT:0332410178452]], demande déposée en {{2021}}. À renouveler avant le {{15/12/2024}}. Elle : « trois ans que j'attends un T3 ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Planning des permanences scotché à l'accueil (je recopie) :\n{{lundi 9h-12h}} : écrivain public\n{{mardi 14h-17h}} : {{Point conseil budget}}\n{{jeudi 9h-12h}} : {{France Services}}\n{{vendredi}} : {{épicerie solidaire}}, sur inscription\n{{16h}}, dernier ticket. L'agente range les bons alimentaires dans le coffre : il en reste {{12}}, et en fin de mois il n'y en aura plus.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Courrier que M. [[PERSONNE:Oyono]] apporte, je recopie l'en-tête :\n« {{Office 64 de l'Habitat}} — Agence de {{Pau}}\nRéf. locataire : [[IDENTIFIANT:L-64-0093351]]\nM. [[PERSONNE:OYONO Serge]]\n[[ADRESSE:Bât. B, 12 avenue de Buros, 64000 Pau]]\nObjet : impayé de loyer — {{3 mois}} ({{1 026,00 €}}) »\nIl veut un plan d'apurement. L'agent appelle le bailleur devant lui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une jeune maman, [[PERSONNE:Mélissa]], demande une aide pour le lait de son bébé. Pas de rdv avant {{vendredi}}. L'agente lui donne un colis d'urgence en attendant, « normalement je ne suis pas censée » 🙏",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} de {{Bergerac}}. {{9h}} : {{7 appels}} en attente. « CCAS bonjour », une vingtaine de fois dans la matinée. Beaucoup demandent juste l'adresse de l'{{épicerie solidaire}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'assistante sociale du {{Centre hospitalier Robert Boulin}}, Mme [[PERSONNE:Mounier]], pour un patient qui sort demain sans logement : M. [[PERSONNE:LEFEUVRE Alain]], né le [[DATE_NAISSANCE:16/05/1964]]. Elle envoie la fiche de liaison par mail depuis [[EMAIL:claire.mounier@ch-libourne.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour savoir si le {{CCAS}} peut payer la cantine. Il parle vite, passe du français au turc. Il donne le nom de son fils, [[PERSONNE:Efe Yıldız]], en {{CM1}}. Dette de cantine : {{213 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une voisine inquiète : Mme [[PERSONNE:Pradier]] (« la dame du 3e ») n'ouvre plus ses volets depuis {{2 jours}}. L'agente note et appelle la police municipale. Rappel {{1 h}} plus tard : la dame était chez sa fille à {{Arcachon}}. Ouf.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Confirmation des rdv du lendemain, liste sur papier :\n- Mme [[PERSONNE:COSTA]] [[TELEPHONE:06 24 71 90 58]] ✔\n- M. [[PERSONNE:ABDELKADER]] [[TELEPHONE:07 58 03 16 27]] répondeur\n- Mme [[PERSONNE:LOUBET]] [[TELEPHONE:05 53 57 44 81]] ✔ (viendra avec sa tutrice)\n- M. [[PERSONNE:SY]] pas de numéro\nRdv entre {{9h}} et {{11h30}}, {{mercredi 13}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de [[PERSONNE:Kenza]], de l'{{association Le Lien}}, pour la famille [[PERSONNE:Krasniqi]] hébergée à l'{{hôtel B&B}}, {{chambre 214}} : plus rien à manger depuis hier. L'agente monte un dossier d'aide d'urgence pendant l'appel.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un jeune homme s'inscrit pour les colis alimentaires du {{mardi}}, l'agente lui demande son mail. Il dicte : « [[EMAIL:lucas tiret delmas trente-trois arobase hotmail point fr]] ». Elle tape, répète, il dit « non, tiret du 6 ». 😂",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un élu entre dans le bureau pendant un appel, l'agente met l'appelant en attente {{2 min}}, il raccroche. Elle souffle. « Ça, ça arrive tout le temps ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur sous curatelle appelle pour savoir pourquoi sa curatrice, Mme [[PERSONNE:Vasseur]], de l'{{UDAF}}, ne lui a pas versé son argent de la semaine ({{70 €}}). Le {{CCAS}} n'y peut rien, l'agente lui redonne le numéro de l'{{UDAF}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "SMS sur le portable pro de l'agente (elle me les montre) :\n[[TELEPHONE:06 88 41 27 35]] : « bjr cest [[PERSONNE:Nadège]] je pourais passer demain pour le bon ? »\nCCAS : « Bonjour Mme [[PERSONNE:Pailler]], oui demain {{14h}} »\n[[TELEPHONE:06 88 41 27 35]] : « merciii 🙏 »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un bailleur privé ({{Immo Côte Basque}}) qui se plaint d'un locataire, M. [[PERSONNE:Harrouch]], et veut que le {{CCAS}} « fasse quelque chose ». L'agente est très ferme sur le secret professionnel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}}, {{Périgueux}}, quartier du {{Toulon}}. Mme [[PERSONNE:Borie]], {{87 ans}}, vit seule, frigo presque vide. L'AS propose le portage de repas ({{7,20 €}} le repas). Elle refuse d'abord : « je ne suis pas une assistée ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Fiche d'évaluation à domicile, je recopie l'en-tête :\nBénéficiaire : [[PERSONNE:FAURE Marcelle]], née le [[DATE_NAISSANCE:22 février 1936]]\n[[ADRESSE:5 rue des Jacobins, 47000 Agen]] — 3e étage sans ascenseur\nPersonne à prévenir : [[PERSONNE:FAURE Gilles]] (fils), [[TELEPHONE:06 12 58 73 40]]\n{{GIR}} estimé : 4\nDate de la visite : {{05/11/2024}}",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite dans un mobil-home : M. [[PERSONNE:Bertin]] vit à l'année au [[ADRESSE:camping Le Pin Parasol, emplacement 41]], à {{Biscarrosse}}. Pas d'eau chaude depuis {{octobre}}. Son chien, {{Rocky}}, nous accueille en aboyant.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture, l'AS me dit qu'elle fait {{30 km}} par jour pour les visites, avec sa propre voiture, remboursée {{0,32 €}} du km. « Et le parking à {{Bordeaux}}, je te raconte pas ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au déménagement. Sur le frigo, la liste des enfants avec leur année de naissance et leur école :\n[[PERSONNE:Ibrahim]] ([[DATE_NAISSANCE:2013]]) — collège {{Jules Ferry}}\n[[PERSONNE:Aminata]] ([[DATE_NAISSANCE:2016]]) — école {{Jean Jaurès}}\n[[PERSONNE:Oumou]] ([[DATE_NAISSANCE:2020]]) — crèche\nMme [[PERSONNE:Camara]] l'a écrite « pour pas se tromper aux inscriptions ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec le service hygiène de la ville chez M. [[PERSONNE:Laborie]], locataire. Moisissures partout, un bébé de {{6 mois}}. Le propriétaire, M. [[PERSONNE:Dubernet]], ne répond plus depuis {{juillet}}. Le technicien mesure l'humidité : {{85 %}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Une dame dort dans sa voiture sur le parking du {{Leclerc}} de {{Libourne}} : {{Renault Scénic}} grise, [[IMMATRICULATION:4821 TW 33]] (vieille plaque). L'AS lui propose le {{115}}, elle refuse à cause de ses {{2 chats}}. Elle s'appelle [[PERSONNE:Ghislaine]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "État des lieux de sortie du logement d'urgence du {{CCAS}} (T2 meublé) avec la famille [[PERSONNE:Hoxha]]. Ils partent en HLM à {{Lormont}}. Le papa pleure en rendant les clés.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez la dame, la télé est allumée sur {{BFMTV}}, {{Macron}} parle des retraites. Elle : « lui il a jamais eu froid ». L'AS note qu'il faut monter un dossier {{chèque énergie}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Agen}}, quartier {{Montanou}}. Occupants déclarés vs constatés (années de naissance entre parenthèses) :\nDéclarés : [[PERSONNE:BENMOUSSA Rachid]] ([[DATE_NAISSANCE:1977]]), [[PERSONNE:BENMOUSSA Fatiha]] ([[DATE_NAISSANCE:1980]]), [[PERSONNE:Adam]] ([[DATE_NAISSANCE:2008]]), [[PERSONNE:Lina]] ([[DATE_NAISSANCE:2012]])\nConstatés : les {{4}} + la grand-mère, arrivée du {{Maroc}} en {{août}} avec un visa touriste\nLe contrôleur : pas d'incidence sur les droits.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} chez M. [[PERSONNE:Kabongo]], à {{Talence}}. Le contrôleur vérifie les relevés : un compte à {{La Banque Postale}}, un autre en ligne chez {{Boursorama}}, IBAN [[IBAN:FR76 4061 8802 0000 0412 8736 506]]. Il recopie l'IBAN du 2e compte pour demander les relevés à la banque.",
    ),
]

# Notes 106-140: Caf (counter, phone, home inspection), then hospital emergency departments.
NOTES_D = [
    (
        "caf",
        "accueil_physique",
        "Déclaration de changement de situation au guichet, l'agente lit à voix haute ce qu'elle saisit :\n« Madame [[PERSONNE:Lopes Cátia]], allocataire n° [[N_ALLOCATAIRE:5512048]], séparation au {{30/09/2024}}, départ du conjoint M. [[PERSONNE:Lopes Nuno]], nouvelle adresse du conjoint inconnue. »\nSignature sur la tablette. La date de séparation déclenche un recalcul dès {{octobre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un étudiant chinois, [[PERSONNE:Zhang Wei]], vient pour ses {{APL}} (coloc à {{Talence}}). L'agente bascule en anglais. Il faut une copie du titre de séjour : il montre son VLS-TS n° [[IDENTIFIANT:3302187745]], validé en {{septembre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran d'accueil des bornes : « Vos démarches en {{3 clics}} ». Devant, {{5 personnes}} qui cherchent quelqu'un pour cliquer. Un jeune en service civique aide à la borne, {{20 ans}} et une patience infinie.",
    ),
    (
        "caf",
        "accueil_physique",
        "Elle apporte un RIB {{Crédit Mutuel}} tout froissé. L'agente saisit :\nRIB [[IBAN:10278 22051 00020476501 85]]\ntitulaire Mme [[PERSONNE:HAMIDOU Zaïnaba]], n° alloc [[N_ALLOCATAIRE:3307724]]\nPrise en compte au paiement du {{5 décembre}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "— C'est pour la prime de naissance.\n— Vous êtes à combien de mois ?\n— {{7 mois et demi}}.\n— Vous avez déclaré la grossesse à la sécu ?\n— Oui.\n— Alors c'est automatique, Mme [[PERSONNE:Diop]], elle sera versée avant la fin du mois.\nSoulagement visible.",
    ),
    (
        "caf",
        "accueil_physique",
        "Planning des « {{Rendez-vous des droits}} » du jour, scotché à côté de l'écran :\n{{9h}} M. [[PERSONNE:HUGUET]] (n° [[N_ALLOCATAIRE:2098413]])\n{{10h}} Mme [[PERSONNE:ZEROUAL]] (n° [[N_ALLOCATAIRE:4731506]])\n{{11h}} Mme [[PERSONNE:BOUCHET Ludivine]] (pas encore alloc.)\n{{14h}} M. [[PERSONNE:ROBIN]] (n° [[N_ALLOCATAIRE:0618857]]) — vient de {{Pessac}}\nD'après l'agente, un rdv des droits fait trouver en moyenne {{2 prestations}} pas demandées.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Pau}}. Un monsieur en fauteuil roulant ne voit pas par-dessus le guichet (trop haut). L'agente sort de derrière et s'accroupit à côté de lui. Dossier {{AAH}}, {{15 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Hernandez]] a imprimé le mail de réclamation qu'elle a envoyé :\nDe : [[EMAIL:hernandez.pilar@laposte.net]]\nEnvoyé le : {{03/11/2024}} {{22:47}}\nObjet : RE: votre dossier [[N_ALLOCATAIRE:6120394]]\n« Je vous est deja envoyer trois fois mon avis d'imposition !!! »\nL'agente retrouve les {{3 envois}}, bloqués dans une corbeille de traitement.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame arrive avec un numéro {{Caf}} sur un bout de papier : « c'est celui de mon ex, je peux savoir ce qu'il touche ? ». Non. Elle repart. Le papier reste sur le comptoir, [[N_ALLOCATAIRE:2974561]] au feutre ; l'agente le passe à la broyeuse devant moi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent tape pendant l'appel, je lis par-dessus son épaule :\nAppelant : [[PERSONNE:MOUSSA Ali Mohamed]]\nN° alloc : [[N_ALLOCATAIRE:3820671]]\nNé le : [[DATE_NAISSANCE:05/10/1992]] à {{Moroni}}\nDemande : suivi dossier {{RSA}} déposé le {{16/09/2024}}\nDélai de traitement affiché : {{45 jours}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame de {{Bayonne}} veut recevoir ses prestations sur un compte espagnol, elle lit l'IBAN : [[IBAN:ES36 2095 0611 0191 0458 7326]]. L'agent vérifie : zone SEPA, c'est accepté. Elle s'appelle [[PERSONNE:Amaia Zubiri]], elle travaille à {{Saint-Sébastien}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Grève partielle : {{4 agents}} sur {{11}} au téléphone. Attente : {{47 min}}. Les gens arrivent déjà énervés. Un agent : « on absorbe la colère pour d'autres ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur social ({{Gironde Habitat}}) pour le tiers payant {{APL}} : n° de l'allocataire [[N_ALLOCATAIRE:1743390]], locataire M. [[PERSONNE:Vieira]]. L'agent vérifie que le bailleur est habilité. Appel pro, {{3 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman solo hyper organisée, tout est scanné. Elle demande qu'on lui renvoie le formulaire {{ASF}} à [[EMAIL:m.ouedraogo.kone@yahoo.fr]]. L'agent : « vous pouvez le faire sur l'appli » — elle l'a fait, ça bugue à l'étape 4.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Yilmaz]] dicte son numéro allocataire par paquets : « [[N_ALLOCATAIRE:zéro quatre, cinquante-deux, trois cent dix-neuf]] ». L'agent : « donc [[N_ALLOCATAIRE:zéro quatre cinq deux trois un neuf]] ? ». Oui. {{1 min 30}} d'appel en tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Bègles}}. Sur le parking de la résidence, le contrôleur cherche la voiture déclarée vendue : {{Citroën C3}}, [[IMMATRICULATION:DX-224-MR]]. Elle est là. Mme [[PERSONNE:Pichon]] dit que c'est la voisine qui l'a rachetée « mais elle a pas fait la carte grise ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Planning de la semaine sur la tablette du contrôleur :\n{{lun. 11/11}} : férié\n{{mar. 12/11}} : {{4 contrôles}}, {{Bègles}} / {{Villenave-d'Ornon}}\n{{mer. 13/11}} : bureau, rapports\n{{jeu. 14/11}} : contrôle reporté (l'allocataire est hospitalisée)\nDu coup ce matin on a un trou : passage au {{Lidl}} pour les sandwichs.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Fiche contrôle de résidence, je recopie :\nAllocataire : [[PERSONNE:SOUMARÉ Bakary]]\nN° : [[N_ALLOCATAIRE:5063318]]\nAdresse : foyer {{Adoma}}, [[ADRESSE:58 rue Kléber, 33200 Bordeaux]], {{chambre 117}}\nMotif : résidence effective (plus de {{6 mois}} par an en France)\nIl a passé {{4 mois}} au {{Mali}} cet été, billets d'avion à l'appui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez un jeune couple à {{Pessac}}, quartier {{Saige}}. [[PERSONNE:Jordan]] et [[PERSONNE:Manon]], {{22 et 21 ans}}, un bébé. Déclarés séparés ; en fait ensemble depuis {{mars}}. Le contrôleur explique l'indu, [[PERSONNE:Manon]] pleure.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences adultes, {{CHU}} de {{Bordeaux}}, site {{Pellegrin}}. L'IAO saisit :\n[[PERSONNE:DUCOURNAU René]], né le [[DATE_NAISSANCE:11/03/1948]]\nNIR [[NIR:1 48 03 24 037 052 07]]\nIPP [[IDENTIFIANT:P00451871]]\nmotif : chute à domicile\npersonne de confiance : sa fille [[PERSONNE:Nathalie]], [[TELEPHONE:06 47 21 80 36]]\ntri : {{4}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences pédiatriques, {{23h}} : {{17 enfants}}, beaucoup de bronchiolites. Un papa dort debout contre le mur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un patient alcoolisé insulte l'agent d'accueil, [[PERSONNE:Steeve]]. La sécurité arrive en {{2 min}}. [[PERSONNE:Steeve]] me dit que c'est « un {{mardi}} normal ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau des patients en attente sur l'écran de l'accueil ({{Centre hospitalier}} de {{Pau}}) :\nBox 1 — [[PERSONNE:LARRAZET M.]] — {{84 a}} — douleur thoracique — {{2h10}}\nBox 3 — [[PERSONNE:CHEKROUN S.]] — {{35 a}} — plaie main — {{1h05}}\nCouloir — [[PERSONNE:MAILLARD J.]] — {{91 a}} — AEG — {{6h40}}\nSAUV — « {{Inconnu 2}} » (sans papiers sur lui) — {{40 a}} env.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Brethes]], {{72 ans}}, née à {{Libourne}} en [[DATE_NAISSANCE:octobre 1952]], vient pour un malaise. La carte vitale ne passe pas, l'agente tape le numéro à la main : [[NIR:252103324308711]]. Ça marche au 2e essai.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran de supervision au-dessus de l'accueil des urgences de {{Bayonne}} :\npatients présents : {{38}}\nen attente IAO : {{6}}\nattente médecin (moyenne) : {{2h45}}\nlits d'aval : {{0}}\nL'agent d'accueil : en été c'est {{300 passages}} par jour, les touristes, les surfeurs. Aujourd'hui {{140}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient espagnol, l'agente photocopie le passeport : [[PERSONNE:MORALES GUTIÉRREZ Javier]], pasaporte [[IDENTIFIANT:PAK208413]], né le [[DATE_NAISSANCE:30/06/1984]]. En vacances à l'hôtel {{Ibis}} de {{Biarritz}}, {{chambre 31}}. Entorse en surf.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Ado de {{15 ans}} amenée par les pompiers, la maman arrive {{40 min}} après en courant. L'agente l'accompagne direct au box. Le prénom crié dans le couloir : « [[PERSONNE:Maëlys]] !! »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Le patient dort, c'est sa femme qui donne la carte mutuelle. L'agente recopie : {{Malakoff Humanis}} — adhérent [[IDENTIFIANT:18453390207]] — bénéficiaire [[PERSONNE:TEIXEIRA Paulo]] — valable jusqu'au {{31/12/2024}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Mont-de-Marsan}}, {{21h}}. Un jeune arrive la main en sang (tronçonneuse). Il donne son nom en serrant les dents : [[PERSONNE:Kylian Dubourdieu]]. Tri {{2}}, pas d'attente.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet d'identification imprimé à l'accueil, l'agente me montre :\nNom de naissance : [[PERSONNE:AZOULAY]]\nNom d'usage : [[PERSONNE:MARCIANO]]\nPrénom : [[PERSONNE:Esther]]\nNé(e) le [[DATE_NAISSANCE:17.08.1961]] — IPP [[IDENTIFIANT:200318776]] — UF {{7501}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "Distributeur de boissons en panne, file devant le point d'eau. Affiche : « Délai d'attente estimé : {{4h}} ». Personne ne la regarde.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme à la rue connu du service, « [[PERSONNE:Le Belge]] », vient pour la {{3e fois}} de la semaine. L'infirmière lui donne un café et une couverture avant même l'enregistrement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche de transport des pompiers ({{SDIS 33}}), l'agente recopie :\nvictime : [[PERSONNE:AMEUR Nassim]], {{19 ans}} (né en [[DATE_NAISSANCE:2005]])\nlieu d'intervention : domicile, [[ADRESSE:17 rue Paul Bert, 33400 Talence]]\nappel : {{18h42}}\nmotif : malaise en salle de bain",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patiente géorgienne, personne ne parle géorgien. L'agente appelle {{ISM Interprétariat}}, {{12 min}} d'attente. Elle s'appelle [[PERSONNE:Tamar]], douleur au ventre. Son fils de {{10 ans}} traduit en attendant, en russe mêlé de français.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Identitovigilance : l'écran trouve {{2 dossiers}} pour le même nom.\n1. [[PERSONNE:MARTIN Sophie]] née le [[DATE_NAISSANCE:02/05/1979]] — IPP [[IDENTIFIANT:100982213]]\n2. [[PERSONNE:MARTIN Sophie]] née le [[DATE_NAISSANCE:02/05/1997]] — IPP [[IDENTIFIANT:101554087]]\nL'agente vérifie avec la carte d'identité : c'est la 2e. « Une inversion de chiffres et on mélange deux dossiers médicaux. »",
    ),
]

# Notes 141-175: emergency departments (counter, phone), then CHRS / 115 (counter, outreach).
NOTES_E = [
    (
        "urgences",
        "accueil_physique",
        "Une mère avec {{3 enfants}}, dont un fiévreux. Plus de médecin traitant depuis {{2 ans}} (« il est parti et personne n'a repris »), alors elle vient aux urgences. Attente prévue {{5h}}. L'IAO lui conseille la maison médicale de garde de {{Mérignac}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Carte d'identité tendue au guichet, l'agente recopie :\n[[PERSONNE:BERNADOU Fabienne]]\nnée le [[DATE_NAISSANCE:14 avril 1966]] à {{Périgueux}}\nCNI n° [[IDENTIFIANT:140524301876]]\nadresse actuelle (déclarée) : [[ADRESSE:lieu-dit Le Bourg, 24260 Le Bugue]]\nLa carte date de {{2014}}, l'adresse a changé deux fois depuis.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Libourne}}, {{15h}}. Un agriculteur, [[PERSONNE:Jean-Pierre]], arrive seul au volant avec une main bandée. Son {{Berlingo}} est garé devant l'entrée des ambulances : l'agente annonce au micro « [[IMMATRICULATION:CM-603-ZA]], merci de déplacer votre véhicule ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Registre papier de la nuit (panne informatique hier soir), l'agente me le montre :\n{{22h14}} [[PERSONNE:GUERIN Thomas]] {{34 a}} — trauma cheville\n{{22h31}} [[PERSONNE:OULD BRAHIM Malika]] {{61 a}} — dyspnée\n{{23h05}} [[PERSONNE:HOAREAU Steve]] {{28 a}} — ivresse\n{{23h50}} [[PERSONNE:BAH Kadiatou]] {{3 a}} (maman [[PERSONNE:BAH Fanta]]) — fièvre\nTout a été ressaisi ce matin par le bureau des entrées.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la garde à vue. D'après eux il donne un faux nom : « [[PERSONNE:Mohamed Ali]] ». Les policiers rient, lui non. Il est {{22h30}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences : une fille appelle pour son père, [[PERSONNE:Gérard Puyo]], arrivé par le {{SAMU}} ce matin. L'agente vérifie : date de naissance du père ? « le [[DATE_NAISSANCE:2 mars 1950]] ». OK, il est en box, le médecin rappellera.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« C'est combien d'attente aux urgences ce soir ? » L'agente : « je ne peux pas vous dire, ça dépend de la gravité ». « Bon je viens pas alors ». {{20h10}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une pharmacie de {{Bergerac}} appelle pour une ordonnance de sortie illisible, patient M. [[PERSONNE:Marty]]. L'agente transfère au médecin, {{6 min}} de musique d'attente.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un EHPAD annonce un transfert. L'agente remplit la fiche de pré-admission :\nrésidente : [[PERSONNE:LAFFARGUE Yvette]]\nnée en : [[DATE_NAISSANCE:1929]]\nNIR (dicté par l'infirmière) : [[NIR:2 29 06 40 192 021 56]]\nétablissement : {{Résidence Les Magnolias}}, {{Mont-de-Marsan}}\ncontact : [[PERSONNE:Virginie]], IDE, {{poste 214}}\narrivée prévue : {{16h30}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un monsieur appelle pour son portefeuille oublié hier. L'agente le fait décrire : marron, {{40 €}} et un permis de conduire dedans. Elle ouvre : permis au nom de [[PERSONNE:Hakim Saadi]], n° [[IDENTIFIANT:171033300548]]. Elle lui fait dire le numéro avant de confirmer.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "M. [[PERSONNE:Lagarde]], sorti hier, veut son compte-rendu par mail : [[EMAIL:fred.lagarde@free.fr]]. Refus : pas de CR par mail non sécurisé, ce sera dans {{Mon espace santé}}. Il ne l'a jamais activé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La régulation du {{15}} prévient de {{3 arrivées}} en même temps (accident sur la {{rocade}}). L'agente prévient l'IAO et prépare {{3 dossiers}} en identité provisoire : {{ANONYME 1}}, {{ANONYME 2}}, {{ANONYME 3}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accident sur l'{{A63}} près d'{{Ondres}}, le gendarme donne au téléphone ce qu'il a :\n- conducteur 1 : [[PERSONNE:ETXEBERRIA Iñaki]], né en [[DATE_NAISSANCE:1999]], véhicule [[IMMATRICULATION:GB-418-ET]]\n- conducteur 2 : [[PERSONNE:WOJCIK Marek]], plaque polonaise [[IMMATRICULATION:PO 6R721]]\nLes deux arrivent en ambulance vers {{17h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman paniquée : son fils de {{2 ans}} a avalé une pile bouton. L'agente transfère direct au {{15}}. Après : « ici c'est pas le SAMU, mais les gens appellent le numéro qu'ils trouvent sur {{Google}} ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une infirmière libérale, Mme [[PERSONNE:Sarraute]], veut savoir si sa patiente, {{89 ans}}, est arrivée. Elle laisse son numéro : « [[TELEPHONE:zéro six, quarante, dix-sept, quatre-vingt-huit, zéro deux]] ». L'agente le note sur la main courante.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone sonne pendant qu'elle accueille quelqu'un au guichet. Elle laisse sonner {{8 fois}}. « Si je décroche, celui devant moi attend ; si je décroche pas, je culpabilise ». Pas de solution.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Registre des entrées de l'accueil de nuit ({{Pau}}), ce soir :\n{{19h02}} [[PERSONNE:KONATÉ Seydou]] — lit {{12}}\n{{19h10}} [[PERSONNE:MÜLLER Jonas]] — lit {{4}} + chien ({{Oslo}})\n{{19h25}} « [[PERSONNE:Titi]] » — lit {{7}}\n{{19h40}} [[PERSONNE:DAHMANI Karim]] — refusé (alcool), réorienté\n{{20h}} : complet, {{24 lits}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau de fréquentation de l'accueil de jour ({{Bordeaux}}, {{Saint-Michel}}), affiché dans le bureau :\n{{octobre 2023}} : {{1 410 passages}}\n{{octobre 2024}} : {{1 702 passages}}\nce matin : {{62}}\nservices : café, douches ({{9h-11h}}), laverie, bagagerie\nLe travailleur social : « {{20 %}} de plus en un an ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Demande {{SIAO}} remplie avec la TS :\nDemandeuse : [[PERSONNE:SAVCHENKO Iryna]], née le [[DATE_NAISSANCE:19/01/1987]]\nEnfants : [[PERSONNE:Maksym]] ([[DATE_NAISSANCE:2012]]), [[PERSONNE:Sofiia]] ([[DATE_NAISSANCE:2017]])\nN° SIAO : [[IDENTIFIANT:SIAO33-2024-11873]]\nDate de la demande : {{07/11/2024}}\nSituation : {{protection temporaire}}, arrivée en {{mars 2022}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Bruno]], a {{50 ans}} aujourd'hui. Les TS ont acheté un gâteau chez {{Carrefour}}. Il dit que c'est son premier gâteau depuis {{10 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche d'admission, je recopie les rubriques remplies :\nNom : [[PERSONNE:LEROY-BAUDIN]]   Prénom : [[PERSONNE:Cyril]]\nNé le : [[DATE_NAISSANCE:08/08/1979]] à {{Bordeaux}}\nN° sécu : [[NIR:1 79 08 33 063 244 69]]\nN° alloc : [[N_ALLOCATAIRE:7043812]] ({{RSA}})\nOrienté par : {{SIAO}}\nEntrée : {{12/11/2024}}, chambre {{B3}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un monsieur refuse de donner son nom. La TS explique qu'il peut rester anonyme pour le café, pas pour un lit. Lui : « appelez-moi [[PERSONNE:Zorro]] » 😄. Il prend le café et repart à {{9h40}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau des résidents dans le bureau des éducs (colonnes : chambre / nom / année de naissance / entrée), j'en recopie une partie :\nch. 1 — [[PERSONNE:M'BAREK Youssef]] — [[DATE_NAISSANCE:1966]] — {{03/2023}}\nch. 2 — [[PERSONNE:PERRIN Alice]] — [[DATE_NAISSANCE:1991]] — {{09/2024}}\nch. 3 — [[PERSONNE:NKOMO Blessing]] — [[DATE_NAISSANCE:1998]] + bébé — {{10/2024}}\nch. 4 — vide",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution du courrier à {{13h}} : la TS appelle les noms à voix haute, « [[PERSONNE:Benali]] ! [[PERSONNE:Sanchez]] ! [[PERSONNE:Petit]] ! ». [[PERSONNE:Petit]] n'est pas là, sa lettre retourne dans le casier.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un homme arrive avec un sac {{Decathlon}}, tous ses papiers dedans, trempés. La TS les fait sécher sur le radiateur un par un : carte d'identité, attestation {{Caf}}, carte {{Vitale}}. Le nom sur la carte : [[PERSONNE:Grégory Saint-Martin]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{17h}}, réunion d'équipe. On parle de Mme [[PERSONNE:K.]], qui arrive à la fin de sa prise en charge ({{6 mois}}). Pas de solution de logement. Décision : prolongation de {{3 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Fiche contact d'urgence d'une résidente :\n[[PERSONNE:DIAKITÉ Hawa]]\nà prévenir : sa soeur [[PERSONNE:Mariam]], [[TELEPHONE:07 81 22 64 90]]\nréférente : [[PERSONNE:Cécile B.]] (TS)\nmédecin : Dr [[PERSONNE:Salvat]], {{Talence}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "La bagagerie : {{48 casiers}}, tous pris. Liste d'attente de {{11 personnes}}. Un casier, un cadenas, « une vie dans {{40 litres}} », dit l'éduc.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un jeune de {{18 ans}} sorti de l'{{ASE}} hier arrive avec un éducateur du {{Département}}. Il s'appelle [[PERSONNE:Lenny]]. Contrat jeune majeur refusé. Il dort ici ce soir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Courrier de la préfecture que M. [[PERSONNE:Tahir]] montre (il ne lit pas le français) :\n« {{Préfecture de la Gironde}} — Bureau de l'admission au séjour\nM. [[PERSONNE:TAHIR Abdullah]], né le [[DATE_NAISSANCE:02/02/1990]] à {{Kaboul}}\nN° étranger : [[IDENTIFIANT:3305149871]]\nRécépissé valable jusqu'au {{19/01/2025}} »\nLa TS lui explique que c'est une bonne nouvelle : le renouvellement est en cours.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une bénévole, [[PERSONNE:Marie-Jo]], coupe les cheveux le {{jeudi}}. {{6 coupes}} aujourd'hui. Elle fait ça depuis sa retraite, en {{2016}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Castel]] a dormi {{2 ans}} dans son vieux {{Kangoo}} avant d'arriver au CHRS. Il est en fourrière depuis hier, plaque [[IMMATRICULATION:AS-310-QK]]. La TS appelle la fourrière de {{Mérignac}} : {{180 €}}. Il veut le garder « au cas où ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Pendant l'accueil, un homme fait une crise d'épilepsie. Tout le monde sait quoi faire : en {{30 secondes}} il est en PLS. Le {{15}} arrive en {{12 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus avec l'éduc : appartement du CHRS à {{Bergerac}} occupé par Mme [[PERSONNE:Lambert]] et ses {{2 filles}}. Frigo plein, devoirs sur la table. L'éduc vérifie les détecteurs de fumée. {{20 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du soir, fiche de la tournée :\n- {{quai de Paludate}} : [[PERSONNE:Momo]] + [[PERSONNE:Sylvain]] (tente)\n- {{gare Saint-Jean}}, parvis : Mme [[PERSONNE:Rigal]], {{75 ans}}, refuse tout\n- parking des {{Capucins}} : un couple avec chien, noms inconnus, vivent dans une voiture bulgare [[IMMATRICULATION:PB 3817 AK]]\n{{3 duvets}} donnés, {{2 soupes}}.",
    ),
]

# Notes 176-210: 115 / SIAO phone line, CHRS visits and outreach, then France Travail counter.
NOTES_F = [
    (
        "chrs",
        "accueil_telephonique",
        "Écoutante du {{115}} de la {{Gironde}}. La fiche d'appel s'ouvre à l'écran :\nappelant : [[PERSONNE:FOFANA Lassana]]\nné le : [[DATE_NAISSANCE:01/01/2006]] (déclaré)\ntél : [[TELEPHONE:07 53 88 12 46]]\nappels ce mois : {{23}}\nnuits hébergé sur les {{7}} dernières : {{2}}\nCe soir : pas de place. Il raccroche avant la fin de la phrase.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écran du {{115}} à {{18h}} :\nappels en attente : {{41}}\nplaces disponibles ce soir : {{9}} (métropole)\ndont {{mise à l'abri}} gymnase : {{0}}\nL'écoutant : « {{9 places}} pour toute la métropole ». Je comprends pourquoi ils ont l'air épuisés.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme avec {{2 enfants}}, mise dehors par son conjoint, chuchote au téléphone. L'écoutante trouve une place : {{hôtel Première Classe}} de {{Mérignac}}, {{chambre 9}}. Elle s'appelle [[PERSONNE:Sabrina]]. L'écoutante garde la voix calme jusqu'au bout, puis se lève et sort {{2 minutes}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau des orientations de la soirée du {{14/11/2024}} (écran partagé) :\n[[PERSONNE:ROSTAMI Farid]] → {{CHRS Le Relais}}, {{21h}}\n[[PERSONNE:GHEORGHE Elena]] + {{3 enf.}} → {{hôtel Kyriad}}, ch. {{205}}\n[[PERSONNE:CAMUS Julien]] → gymnase, {{plan grand froid}}\n[[PERSONNE:ADJOVI Komlan]] → refus (déjà hébergé ailleurs ?)",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur appelle tous les jours à {{17h05}} pour dire bonjour. L'écoutant : « Salut [[PERSONNE:Dédé]] ». Ça dure {{1 min}}. « C'est peut-être le seul bonjour de sa journée ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un hôtelier de {{Pessac}} qui loue des chambres au {{115}} appelle : un hébergé, M. [[PERSONNE:Barros]], a cassé une fenêtre. L'écoutant prend les infos et transmet au {{SIAO}}. Facture annoncée : {{320 €}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une TS du {{CCAS}} de {{Pessac}} relance un dossier, référence [[IDENTIFIANT:SIAO33-2024-09412]], au nom de Mme [[PERSONNE:HADJ-ALI Nora]], née le [[DATE_NAISSANCE:27/07/1983]]. Réponse : en attente d'une place en pension de famille, {{rang 14}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel en anglais d'un jeune soudanais. Pas d'interprète dispo, l'écoutant fait avec {{Google Traduction}}. Le jeune dit son nom, l'écoutant l'écrit comme il l'entend : « [[PERSONNE:Adam Ishag]] ». Il est à la {{gare Saint-Jean}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pause avec les écoutants. Ils parlent de la « {{file active}} » : {{1 200 personnes}} différentes ont appelé le {{115}} cette année. Le plus âgé a {{82 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Mme [[PERSONNE:Guillot]] vit dans sa voiture avec son fils. Elle donne sa plaque pour que la maraude la retrouve : [[IMMATRICULATION:FP 902 BW]], parking du {{lac de Bordeaux}}, près de l'entrée du {{Parc des Expositions}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante me lit l'historique d'un appelant :\n« [[PERSONNE:DELAUNAY Marc]], né en [[DATE_NAISSANCE:1972]]. Premier appel le {{03/01/2019}}. Hébergé au {{CHRS Leydet}} de {{2020}} à {{2021}}. Sortie vers un logement, [[ADRESSE:23 rue de Bègles, 33800 Bordeaux]]. Retour à la rue en {{juin 2024}}. »\nElle soupire : « {{5 ans}} en une ligne ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un homme a trouvé une place dans un squat, il veut juste un duvet. L'écoutant : « les maraudes passent vers {{22h}} ». Il raccroche content.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "La police appelle : une jeune femme trouvée dans le hall de la gare de {{Libourne}}, [[PERSONNE:Jessica]], {{19 ans}}. Rien dans le Libournais, l'écoutant trouve une place à {{Bordeaux}}, taxi payé par le {{115}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante envoie la fiche d'une famille au {{SIAO}} depuis sa boîte nominative, [[EMAIL:aurore.lasserre@samusocial33.fr]]. En théorie il faudrait passer par la boîte générique {{siao.urgence@samusocial33.fr}}, « que personne ne lit ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h}}, fin du service du soir. Compteur : {{186 appels}} reçus, {{74}} décrochés, {{0}} place restante. L'écoutant éteint son écran et reste assis {{2 min}} sans rien dire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel avec la TS du {{SIAO}}. Liste des chambres à voir :\nch. {{101}} — famille [[PERSONNE:ALIYEV]] ({{5 pers.}})\nch. {{104}} — Mme [[PERSONNE:NGUEMA]] + {{1 enf.}}\nch. {{112}} — [[PERSONNE:BAKAYOKO Issa]] et [[PERSONNE:BAKAYOKO Aïssata]] + {{2 enf.}}\n{{hôtel Formule 1}} de {{Mérignac}} : pas de cuisine, un micro-ondes par étage.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour à {{Pau}}, {{parc Beaumont}}. On trouve [[PERSONNE:Jérôme]] qui dort sous un banc. L'éduc ne le réveille pas, laisse un sandwich et un mot. « On repassera ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement en bail glissant : M. [[PERSONNE:Ouattara]] habite [[ADRESSE:7 rue Lafaurie de Monbadon, 33000 Bordeaux]] depuis {{8 mois}}. Il montre le mandat de prélèvement du loyer, IBAN [[IBAN:FR76 1333 5000 4008 0173 9524 687]], à son nom. Le bail glissera en {{janvier}} si tout va bien. Il est fier de ses rideaux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "État des lieux d'entrée, appartement relais à {{Mont-de-Marsan}} :\nOccupante : [[PERSONNE:LEBLANC Océane]], née le [[DATE_NAISSANCE:11 juin 2003]]\nLogement : [[ADRESSE:Résidence Le Péglé, appt 8, 40000 Mont-de-Marsan]]\nCompteur {{EDF}} relevé, contrat au nom de l'association\nClés remises : {{2}}\nEntrée le {{18/11/2024}}",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude en camion à {{Bayonne}}, {{Petit Bayonne}} puis les bords de l'{{Adour}}. {{9 personnes}} croisées, {{4}} acceptent un café. Il fait {{3 °C}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez un ancien résident relogé : M. [[PERSONNE:Vasquez]] a enfin une boîte aux lettres à son nom. Il montre sa première facture {{Engie}}, réf. client [[IDENTIFIANT:160 718 845 202]], « comme un diplôme ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Squat visité avec l'équipe mobile à {{Agen}} : {{14 personnes}}, dont {{3 enfants}}. Une mère tend ses papiers pour la scolarisation de sa fille : titre de séjour n° [[IDENTIFIANT:4700218934]] au nom de [[PERSONNE:MUSTAFA Leonora]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Vérif des présences dans l'appartement partagé (règlement du CHRS) :\nchambre 1 — [[PERSONNE:Karim]] présent\nchambre 2 — [[PERSONNE:Hervé]] absent depuis {{3 nuits}}\nchambre 3 — [[PERSONNE:Mamadou]] présent\nL'absence d'[[PERSONNE:Hervé]] sera signalée au {{SIAO}} au bout de {{5 nuits}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran {{France Travail}}, agence de {{Mérignac}}, dossier du demandeur :\n[[PERSONNE:BOUSQUET Anthony]] — identifiant [[ID_FRANCE_TRAVAIL:4127683K]]\nné le [[DATE_NAISSANCE:21/01/1985]] à {{Agen}}\nNIR [[NIR:1 85 01 47 001 311 11]]\n{{catégorie A}}, inscrit depuis le {{02/04/2024}}\nfin de droits {{ARE}} : {{01/04/2025}}\nréférente : Mme [[PERSONNE:Khadraoui]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{58 ans}}, {{32 ans}} chez le même employeur (une usine à {{Bassens}}), n'a jamais fait de CV. Le conseiller lui montre un CV modèle au nom de [[PERSONNE:Pierre Martin]] 🙃. Il rit : « c'est presque moi ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Feuille d'émargement de l'atelier « {{Valoriser son profil}} », {{9h30}} :\n[[PERSONNE:AMRANI Walid]] — [[ID_FRANCE_TRAVAIL:5509147B]] — signé\n[[PERSONNE:TESSIER Laura]] — [[ID_FRANCE_TRAVAIL:4833260M]] — signé\n[[PERSONNE:RAKOTO Hery]] — [[ID_FRANCE_TRAVAIL:6012478T]] — absent\n[[PERSONNE:DA COSTA Inês]] — [[ID_FRANCE_TRAVAIL:4920815 Z]] — signé\nAnimatrice : [[PERSONNE:Sabine]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Périgueux}}, {{9h}}. [[PERSONNE:Anaïs]] vient pour une radiation : elle n'a pas répondu à une convocation envoyée dans son espace. « J'ai pas de mot de passe ». L'agent la réinscrit, {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La borne d'accueil propose {{12 langues}}. Un monsieur choisit l'arabe, l'écran plante. Le service civique rit, le monsieur aussi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Convocation que le monsieur montre, je recopie :\n« {{France Travail}} — Agence de {{Bergerac}}\nM. [[PERSONNE:DJABALLAH Rachid]]\n[[ADRESSE:12 rue Neuve d'Argenson, 24100 Bergerac]]\nIdentifiant : [[ID_FRANCE_TRAVAIL:3956120P]]\nVous êtes convoqué le {{25/11/2024}} à {{10h15}} »\nIl ne sait pas pourquoi. L'agent non plus.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une conseillère, [[PERSONNE:Julie]], donne sa carte à un jeune : ligne directe [[TELEPHONE:05 57 92 41 18]], mail [[EMAIL:julie.marchand@francetravail.fr]]. Elle donne toujours son direct, « sinon ils tombent sur le {{3949}} et ils abandonnent ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement de coordonnées bancaires pour l'{{ARE}}, l'agent saisit :\ntitulaire : [[PERSONNE:LEFORT Stéphanie]]\nidentifiant : [[ID_FRANCE_TRAVAIL:2287405R]]\nIBAN : [[IBAN:FR76 1240 6000 8172 0045 1889 335]]\neffet au prochain paiement ({{décembre}})",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un ancien militaire, [[PERSONNE:Franck]], veut devenir chauffeur poids lourd. Financement {{CPF}} + {{AIF}}. Le conseiller trouve une formation à {{Mont-de-Marsan}} : {{4 mois}}, {{6 200 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agenda du conseiller aujourd'hui :\n{{9h00}} [[PERSONNE:GARNIER Léo]] — entretien de situation\n{{9h45}} [[PERSONNE:N'GUESSAN Aya]] — suivi {{CEJ}}\n{{10h30}} [[PERSONNE:BRUNEL Patrice]] — prescription formation\n{{11h15}} [[PERSONNE:HAMDI Sofiane]] — {{PMSMP}}\n{{14h00}} [[PERSONNE:SCHMITT Claire]] — rdv tél.\nPortefeuille : {{312 demandeurs}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Abadie]], en colère : « on m'a supprimé {{300 €}} ! ». C'est un trop-perçu de {{2023}}. Elle montre une lettre d'un cabinet de recouvrement, réf. dossier [[IDENTIFIANT:REC-2024-558102]]. « Je vais le payer comment ? ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche du job dating dans le hall, je recopie :\n{{Leroy Merlin}} — vendeur conseil — {{3 postes}}\n{{Lidl}} — employé polyvalent — {{5 postes}}\n{{Intermarché}} {{Lormont}} — boucher — {{1 poste}}\n{{Atalian}} — agent de sécurité — {{4 postes}}\n{{70 candidats}} en {{2h}}. Un recruteur cherche surtout « des gens qui reviennent le lendemain ».",
    ),
]

# Notes 211-240: France Travail (counter, then the 3949 phone platform).
NOTES_G = [
    (
        "france_travail",
        "accueil_physique",
        "Inscription au guichet avec l'agent (la dame n'a pas d'ordinateur) :\nNom : [[PERSONNE:MBEMBA]]\nPrénom(s) : [[PERSONNE:Grâce Divine]]\nNIR : [[NIR:2 00 04 24 322 118 14]]\nNée le [[DATE_NAISSANCE:3 avril 2000]] à {{Périgueux}}\nMail : [[EMAIL:gracedivine.mbemba@gmail.com]]\nTél : [[TELEPHONE:07 66 40 29 15]]\nIdentifiant attribué : [[ID_FRANCE_TRAVAIL:7732046C]]\nDate d'inscription : {{19/11/2024}}",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune de {{17 ans}} vient s'inscrire avec sa mère. Trop jeune pour la plupart des aides, la conseillère l'oriente vers la {{Mission locale}} de {{Pau}}, rdv {{jeudi}}. La mère : « on nous renvoie toujours ailleurs ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Notification de droits {{ARE}} imprimée pour M. [[PERSONNE:Etchegaray]] :\n« Identifiant : [[ID_FRANCE_TRAVAIL:0934518D]]\nDate d'ouverture des droits : {{14/10/2024}}\nDurée : {{548 jours}}\nAllocation journalière : {{41,27 €}}\nDate de la décision : {{22/10/2024}} »\nIl trouve que c'est peu, le conseiller refait le calcul avec lui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame parle portugais et un peu espagnol. Le conseiller appelle un collègue, [[PERSONNE:Rui]], qui descend du 2e étage pour traduire. Elle cherche du ménage en entreprise. {{15 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Lafitte-Borde]] a trouvé un CDD à {{Saint-Paul-lès-Dax}}, mais sa voiture, [[IMMATRICULATION:ED-561-PW]], n'est plus assurée depuis {{septembre}}. Le conseiller regarde l'aide aux frais de déplacement : jusqu'à {{0,20 €}} du km, pas pour l'assurance.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre n° {{183XQKM}} (aide-soignant, {{EHPAD Korian Les Tamaris}}), le conseiller présélectionne :\n1. [[PERSONNE:BARRY Oumar]] — [[ID_FRANCE_TRAVAIL:6418052H]] — diplôme OK\n2. [[PERSONNE:FOURNIER Jessica]] — [[ID_FRANCE_TRAVAIL:5172930 N]] — en formation jusqu'en {{mars}}\n3. [[PERSONNE:TAVARES Nelia]] — [[ID_FRANCE_TRAVAIL:2093617E]] — OK\nEnvoi des CV avant {{vendredi}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un auto-entrepreneur, [[PERSONNE:Yanis]], a arrêté le VTC. A-t-il droit à l'{{ATI}} ? Il donne son SIRET perso, [[IDENTIFIANT:852 417 309 00016]]. Le conseiller vérifie : radié depuis {{août}}, chiffre d'affaires trop bas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "File de {{8h30}} : {{22 personnes}}. Un agent passe avec une tablette pour trier : « inscription ? rendez-vous ? paiement ? ». La moitié repart avec un rdv sans être entrée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller, [[PERSONNE:Thomas G.]], me montre un échange dans la messagerie :\n— {{05/11}} M. [[PERSONNE:Peres]] : « je ne peux pas venir au rdv car je travaille en interim chez {{Adecco}} »\n— {{06/11}} conseiller : « Merci de m'envoyer votre contrat à [[EMAIL:t.guerrero@francetravail.fr]] »\n— {{06/11}} M. [[PERSONNE:Peres]] : pièce jointe « contrat.jpg »\nRéglé en {{24h}}. Sans ça, radiation.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Mickaël]] apporte sa lettre de licenciement économique, en-tête « {{Transports Dufau & Fils}} ». Il a droit au {{CSP}} (contrat de sécurisation professionnelle), {{21 jours}} pour répondre. Il ne savait pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réinscription, l'écran affiche :\n[[PERSONNE:PIETRI Anna-Maria]] — [[NIR:288072B03310437]]\nnée à {{Bastia}} le [[DATE_NAISSANCE:24/07/1988]]\ndernière inscription : {{2019}}\nemployeur précédent : {{Centre hospitalier de la Côte Basque}}\nIBAN enregistré : [[IBAN:FR76 1170 6000 4236 1107 8295 416]]",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une conseillère me dit que {{40 %}} de ses rdv se font en visio. Devant nous, un monsieur s'installe au poste en libre-service pour sa visio avec… elle, à {{2 mètres}}. 😅",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Dossier {{ARCE}} (aide à la création d'entreprise) rempli avec la conseillère. RIB du compte pro : [[IBAN:FR76 1090 7000 0123 0198 7650 009]], {{Banque Populaire}}. Le projet : une épicerie vrac à {{Bergerac}}. Elle s'appelle [[PERSONNE:Sandra Ribeiro]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme du {{3949}}, {{Pau}}. Bandeau de l'outil : « appels en attente {{12}} — attente moyenne {{8 min}} ». L'agent : « {{80 %}} c'est le paiement ». Premier appel : paiement pas reçu, on est le {{5}}, les virements sont partis le {{1er}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent demande l'identifiant : « [[ID_FRANCE_TRAVAIL:un deux neuf zéro quatre quatre un L]] », puis le code postal : « {{64100}} ». Écran : [[PERSONNE:ARRIETA Xabier]], né le [[DATE_NAISSANCE:07/02/1999]], NIR [[NIR:1 99 02 64 102 233 04]], versements sur [[IBAN:ES08 2100 4817 1102 0015 7843]] (il a travaillé à {{Irun}}). Il appelle pour un trop-perçu.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur radié pour absence au rdv du {{12/11}} : il était hospitalisé. L'agent lui demande d'envoyer le bulletin d'hospitalisation dans son espace. Pas de scanner. « Une photo avec le téléphone, ça marche ». Il s'appelle [[PERSONNE:Christian]], il appelle depuis sa chambre au {{CHU}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Liste des rappels à faire sur l'écran de l'agente :\n[[PERSONNE:BENOIT Sarah]] — [[TELEPHONE:06 29 74 11 58]] — paiement\n[[PERSONNE:KEITA Fodé]] — [[TELEPHONE:+33 6 51 08 93 27]] — attestation\n[[PERSONNE:LOUIS Jean-Marc]] — [[TELEPHONE:05 59 27 83 60]] — formation\n{{3 rappels}} avant {{12h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Service entreprises : une employeuse appelle pour une offre de serveur à {{Biarritz}} ({{offre 184KPLD}}). Mme [[PERSONNE:Harispe]], gérante du {{Bar du Port}}, laisse son portable : [[TELEPHONE:06 03 85 27 41]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur, identifiant [[ID_FRANCE_TRAVAIL:8812054 W]], veut changer de banque (il passe chez {{LCL}}). L'agent lui dit de le faire dans son espace. Il lit quand même son nouvel IBAN : « [[IBAN:FR18 3000 2086 1000 0047 1293 Y95]] ». L'agent ne le saisit pas (interdit par téléphone). Dicté pour rien.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur veut savoir s'il peut cumuler l'{{ARE}} et un petit boulot de {{15 h}} par semaine. L'agent explique le cumul. Lui : « c'est trop compliqué, je vais rien déclarer ». L'agent : « ne dites pas ça à un agent {{France Travail}} » 😅. {{9 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel via {{Elioz}} (relais LSF) d'une demandeuse sourde, l'interprète relaie. Elle veut joindre sa conseillère, Mme [[PERSONNE:Barbe]] ; l'agent donne son mail, [[EMAIL:nathalie.barbe@francetravail.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Déclaration de reprise d'emploi saisie pendant l'appel, j'ai noté les champs :\nDemandeur : [[PERSONNE:MUKENDI Patrick]] — [[ID_FRANCE_TRAVAIL:3310742 F]]\nNé le [[DATE_NAISSANCE:18 septembre 1979]] à {{Kinshasa}} — NIR [[NIR:1 79 09 99 312 045 53]]\nEmployeur : {{Intermarché}} de {{Libourne}} (SIRET {{41235678900024}})\nEmbauche : {{02/12/2024}}, {{CDI}}, {{35h}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame convoquée à {{Mont-de-Marsan}} alors qu'elle habite {{Dax}}, sans voiture. Furieuse. L'agent déplace le rdv à l'agence de {{Dax}}. {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Tcheng]] a déménagé en {{octobre}}, il dicte sa nouvelle adresse : « [[ADRESSE:appartement 4, 36 cours de la Somme, 33800 Bordeaux]] ». L'agent met à jour et renvoie l'attestation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "SMS de rappel envoyé par l'outil, je vois l'aperçu :\nÀ : [[TELEPHONE:0611932486]]\n« {{France Travail}} : Bonjour [[PERSONNE:Amandine]], rdv le {{28/11}} à {{14h}} à l'agence de {{Libourne}}. Votre conseiller : M. [[PERSONNE:Rivière]] »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une TS de CHRS appelle pour un résident : identifiant [[ID_FRANCE_TRAVAIL:4471290J]], n° alloc [[N_ALLOCATAIRE:6630217]], pour coordonner {{RSA}} et accompagnement. L'agent ne peut rien dire sans l'accord de M. [[PERSONNE:Oliveira]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Nolan]] appelle, sa copine parle à sa place. Pour l'aide au permis ({{1 200 €}}) il faut son numéro de permis provisoire : [[IDENTIFIANT:19AB52847]]. Il ajoute sa plaque « au cas où », l'agent la note en minuscules dans le champ libre : [[IMMATRICULATION:gf207cz]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{16h45}}, dernier appel : une dame remercie l'agent parce qu'elle a signé un {{CDI}}. {{30 secondes}}. L'agent raccroche avec un grand sourire. « Ça, c'est une fois par semaine ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Frontalier revenu de Belgique, formulaire {{U1}}. M. [[PERSONNE:Dirk Vandenberghe]] donne l'ancien compte belge, [[IBAN:BE46 0635 8120 4736]], puis le nouveau RIB français, [[IBAN:30004 00531 00010927364 71]]. L'agent garde le français.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une mère demande si sa fille, [[PERSONNE:Laetitia Moreno]], née en [[DATE_NAISSANCE:2006]], peut s'inscrire toute seule. Oui, elle a {{18 ans}}, elle est majeure. Elle donne quand même le mail de sa fille : [[EMAIL:laeti.moreno2006@outlook.fr]].",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F + NOTES_G

MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK.finditer(marked):
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {marked[:60]!r}")
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
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
