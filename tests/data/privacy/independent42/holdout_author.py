"""Hand-written evaluation notes for the anonymiser (corpus independent42).

Each note is a ``(site_kind, channel, text)`` tuple typed by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string that must survive. Running this
script strips the marks, computes the offsets, builds each note's ``keep`` list, numbers the
notes ``ind42-001`` ... in writing order, draws a 120 / 120 split stratified by site kind x
channel with ``random.Random(42)`` and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it.

Standard library only; deterministic. Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind42"
SEED = 42

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

# --- urgences, accueil physique (IOA, admissions, salle d'attente) -----------------------------

URGENCES_AP_1 = [
    (
        "urgences",
        AP,
        "{{9h12}} arrivée à l'{{IOA}}. Infirmière d'accueil = [[PERSONNE:Sandrine]], elle trie en moins de {{5 min}} chaque patient. Premier : un homme de {{67 ans}}, douleur thoracique, {{ECG}} fait direct, {{tri 2}}, part en {{box 4}}. J'ai à peine eu le temps de noter.",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente pleine, {{38}} personnes à {{14h}}. L'écran affiche « temps d'attente estimé : {{4 h 30}} ». Une maman avec un bébé de {{8 mois}} qui a {{39,2 °C}} demande si c'est normal d'attendre autant. L'IOA, [[PERSONNE:Isabelle]], lui dit de revenir la voir tout de suite si le bébé devient mou ou gris.",
    ),
    (
        "urgences",
        AP,
        "Arrivée {{VSAV}} des {{pompiers}} à {{10h47}} : dame de {{91 ans}}, chute à domicile, col du fémur probable. Le chef d'agrès donne l'identité à l'IOA : Mme [[PERSONNE:Yvonne Le Bihan]], née le [[DATE_NAISSANCE:03/02/1933]], vient de l'{{EHPAD Les Jardins de Kerozar}}. EVA {{8/10}}. Morphine ? non, {{paracétamol IV 1 g}} d'abord, l'interne doit valider.",
    ),
    (
        "urgences",
        AP,
        "Au bureau des admissions, l'agente ([[PERSONNE:Nadia]]) crée le dossier : carte Vitale lue, NIR à l'écran [[NIR:2 72 05 59 350 061 12]], mutuelle {{Harmonie Mutuelle}} n° adhérent [[IDENTIFIANT:40218873]]. Patiente née à {{Lille}} en [[DATE_NAISSANCE:mai 72]], elle confirme. L'IPP sort tout seul : [[IDENTIFIANT:600187452]]. Bracelet imprimé en {{30 secondes}}.",
    ),
    (
        "urgences",
        AP,
        "Le tableau de la salle d'attente n'affiche pas les noms, seulement le numéro de passage et l'heure : « {{n° 27}} — {{08:52}} — attente médecin ». L'agent me dit qu'avant il y avait les noms en entier, la {{CNIL}} est passée par là.",
    ),
    (
        "urgences",
        AP,
        "Jeune homme {{22 ans}}, crise d'asthme. {{SAT 91 %}} en air ambiant, FR {{28}}. L'IOA l'envoie direct en {{SAUV}}, aérosol {{Ventoline}} + {{Atrovent}}. Il s'appelle [[PERSONNE:Kylian Moreau-Dufresne]], sa copine remplit les papiers pendant ce temps et donne le tél de [[PERSONNE:Kylian]] : [[TELEPHONE:07 68 24 19 53]].",
    ),
    (
        "urgences",
        AP,
        "{{Box 7}} : monsieur alcoolisé ramené par la {{police municipale}}, il hurle. L'ASH, [[PERSONNE:Josiane]], reste calme, lui parle de son chien ({{Rocky}}, resté dans la voiture de police apparemment 🙄). {{Glasgow 14}}, dextro {{0,98}}. On attend qu'il dessaoule, {{UHCD}} probable.",
    ),
    (
        "urgences",
        AP,
        "Une femme arrive à l'accueil et demande des nouvelles de son père, M. [[PERSONNE:Abdelkader Benali]], amené cette nuit par le {{SAMU}}. L'agent ne peut rien dire sans vérifier : il demande la date de naissance → « le [[DATE_NAISSANCE:4 décembre 1962]] ». Il est en {{UHCD}}, {{lit 12}}. Elle pleure, elle est venue de {{Vierzon}} en train. L'agente l'accompagne jusqu'à la porte du service. Aucune info médicale donnée à l'accueil, c'est la règle.",
    ),
    (
        "urgences",
        AP,
        "Brancardier ([[PERSONNE:Jérémy]]) qui fait le taxi entre la radio et les box depuis {{7h}}. Il me dit qu'il marche {{18 km}} par jour, il a un podomètre. Aujourd'hui : {{23}} allers-retours vers l'imagerie avant midi.",
    ),
    (
        "urgences",
        AP,
        "IOA, {{11h05}}. Enfant de {{6 ans}}, chute de trottinette, poignet déformé. La maman donne la carte Vitale (l'enfant est rattaché dessus). {{Tri 3}}. Attelle + glace en attendant, {{Doliprane}} {{15 mg/kg}}. Prénom du petit : [[PERSONNE:Timéo]]. Il montre fièrement son pansement {{Pat'Patrouille}}.",
    ),
    (
        "urgences",
        AP,
        "{{14h20}} arrivée {{SMUR}} : arrêt cardiaque récupéré, direct en salle de déchoc. Je reste dans le couloir. Après coup la cadre, Mme [[PERSONNE:Garnier]], m'explique le circuit : régulation du {{15}}, SMUR, puis {{USIC}} ou coronarographie. N° de dossier de régulation noté sur la fiche : [[IDENTIFIANT:2024-035-01872]]. Tout se joue en {{quelques minutes}}.",
    ),
    (
        "urgences",
        AP,
        "panne de l'imprimante à bracelets pendant {{40 min}}. les {{IDE}} écrivent les noms au feutre sur du {{sparadrap}}. système D",
    ),
    (
        "urgences",
        AP,
        "Jeune homme guinéen, {{36 ans}}, pas de carte Vitale. Il montre une attestation {{AME}} en photo sur son téléphone : numéro [[NIR:787109933011231]]. L'agente saisit, ça passe. Douleur abdominale depuis {{3 jours}}. Il parle {{peul}} et un peu français ; l'interprétariat par téléphone ({{ISM Interprétariat}}) met {{12 min}} à répondre.",
    ),
    (
        "urgences",
        AP,
        "{{Box 2}} — Mme [[PERSONNE:Ferreira]], {{78 ans}}, sous {{Xarelto}}, chute avec plaie du cuir chevelu. Scanner cérébral demandé (anticoagulée). Sa fille arrive, donne son numéro à l'IOA au cas où : [[TELEPHONE:06 81 44 02 97]]. L'IOA l'écrit sur la feuille de transmission au stylo rouge.",
    ),
    (
        "urgences",
        AP,
        "Ce qui me frappe : personne ne s'assoit. L'IOA reste debout {{2 h}} d'affilée, elle tape sur un ordinateur à roulettes. Les fauteuils de la salle d'attente sont vissés au sol, {{42}} places, {{51}} patients à {{16h}}. Des gens assis par terre près du distributeur {{Selecta}}. Le vigile passe toutes les {{20 minutes}}.",
    ),
    (
        "urgences",
        AP,
        "Un papa vient chercher sa fille ({{17 ans}}) vue pour une entorse. Pour la sortie d'un mineur il faut la pièce d'identité du parent : il tend sa CNI, l'agente note le n° [[IDENTIFIANT:X4RT82K91]] sur le bon de sortie. Signé à {{17h32}}. La fille s'appelle [[PERSONNE:Lou-Anne]], elle repart avec des béquilles prêtées ({{caution 30 €}}).",
    ),
    (
        "urgences",
        AP,
        "Fiche de liaison de l'{{EHPAD Korian Le Parc}} : résident M. [[PERSONNE:René Quéméner]], IPP d'un ancien séjour [[IDENTIFIANT:P00318422]], traitement : {{Kardegic 75}}, {{Lasilix 40 mg}}, {{Seresta}}. Les ambulanciers ({{Ambulances Le Floch}}) repartent tout de suite, ils ont {{3}} autres transports.",
    ),
    (
        "urgences",
        AP,
        "Couloir : {{9}} brancards alignés, numérotés au scotch {{C1}} à {{C9}}. M. [[PERSONNE:Guivarc'h]], sur le {{C4}}, attend un lit en médecine depuis {{hier 22h}}. {{26 h}} sur un brancard.",
    ),
    (
        "urgences",
        AP,
        "L'interne, [[PERSONNE:Chloé Barbier]], vient chercher un dossier à l'IOA, elle a l'air épuisée, garde de {{24 h}}. Elle me dit « on est {{2}} internes pour {{60}} patients ». Le senior de garde c'est le Dr [[PERSONNE:Nguyen]], on ne l'a pas vu de l'après-midi, il est en {{SAUV}}.",
    ),
    (
        "urgences",
        AP,
        "Accueil administratif : Mme [[PERSONNE:Coralie Stéphan]] a la {{CSS}} (complémentaire santé solidaire), donc rien à avancer. L'agent vérifie les droits sur {{CDRi}} : ok jusqu'au {{31/08}}. Elle demande un bon de taxi pour rentrer : refusé, pas prescrit.",
    ),
    (
        "urgences",
        AP,
        "L'IOA appelle le médecin traitant pour les antécédents : Dr [[PERSONNE:Lemoine]], cabinet à {{Pacé}}. La secrétaire donne la ligne directe du docteur, [[TELEPHONE:02 99 60 41 87]], « à ne pas diffuser ». Résultat : {{diabète type 2}}, {{Metformine 1000}} matin et soir.",
    ),
    (
        "urgences",
        AP,
        "Une dame à l'accueil : « c'est ici pour les urgences dentaires ? » Non → orientée vers la {{maison médicale de garde}} ou le {{15}}. Elle repart sans avoir été vue. L'agent : « {{10 fois}} par jour ».",
    ),
    (
        "urgences",
        AP,
        "Bébé de {{3 semaines}}, fièvre {{38,4 °C}} → pédiatrie direct, pas d'attente, protocole moins de {{3 mois}}. Le papa épelle le nom de famille : [[PERSONNE:K-E-R-B-R-A-T]]. Né le [[DATE_NAISSANCE:02/05/2024]] à la maternité de {{l'Hôpital Sud}}.",
    ),
    (
        "urgences",
        AP,
        "Un monsieur s'est garé sur la dépose des {{ambulances}} et a laissé sa voiture pour accompagner sa femme. Le {{vigile}} annonce au micro : « le propriétaire de la {{Clio}} grise immatriculée [[IMMATRICULATION:GH-418-TR]] est prié de la déplacer ». Toute la salle se retourne.",
    ),
]

URGENCES_AP_2 = [
    (
        "urgences",
        AP,
        "Patient amené par la {{BAC}}, en garde à vue, menotté. Le policier donne l'identité : [[PERSONNE:Yanis Belkacem]], né le [[DATE_NAISSANCE:17/06/2003]]. Le médecin le voit en {{box 9}}, {{10 minutes}}, pour un « certificat de compatibilité avec la garde à vue ». Je ne savais pas que ça passait par les urgences.",
    ),
    (
        "urgences",
        AP,
        "Vocabulaire appris ce matin :\n- IOA = infirmier(e) organisateur de l'accueil\n- {{UHCD}} = les « lits porte »\n- {{CIMU}} = l'échelle de tri, de {{1}} à {{5}}\n- {{DMS}} = durée moyenne de séjour, ici {{5 h 40}} aux urgences adultes",
    ),
    (
        "urgences",
        AP,
        "Femme enceinte de {{7 mois}}, sans suivi, vit en squat. Pas d'AME, aucun droit ouvert. L'assistante sociale des urgences ([[PERSONNE:Murielle]]) la voit dans la foulée → dossier {{PASS}} (permanence d'accès aux soins de santé). Elle a un passeport nigérian n° [[IDENTIFIANT:A09871542]] ; pour le courrier, domiciliation au {{CCAS}}. Orientée {{maternité}}.",
    ),
    (
        "urgences",
        AP,
        "{{Box 6}}, colique néphrétique, EVA {{9}}. {{Kétoprofène}} {{100 mg}} IV + {{morphine}} titrée {{3 mg}} toutes les {{5 min}}. Le patient, M. [[PERSONNE:Pascal Rouxel]], veut que sa femme le rappelle, il dicte son propre numéro à l'IDE : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-treize, zéro cinq]] ».",
    ),
    (
        "urgences",
        AP,
        "Écran TV de la salle d'attente : « {{Affluence forte}} — priorité aux {{urgences vitales}} — merci de votre patience ». Puis une pub pour le don du sang ({{EFS}}). Personne ne regarde.",
    ),
    (
        "urgences",
        AP,
        "Les badges des soignants n'ont que le prénom et la fonction : « [[PERSONNE:Maëlle]] — {{IDE}} », « [[PERSONNE:Thibault]] — {{AS}} ». Le médecin a son nom complet brodé sur la blouse : Dr [[PERSONNE:F. Aubertin]]. Demande de la direction depuis une agression en {{2022}}.",
    ),
    (
        "urgences",
        AP,
        "Je passe l'après-midi à l'accueil administratif avec [[PERSONNE:Gwenaëlle]] ({{19 ans}} de maison). Un homme arrive avec un papier de la {{CPAM}} : il a perdu sa carte Vitale. Elle lit le NIR sur l'attestation, [[NIR:1 58 03 29 019 142 26]] (né à {{Brest}} en [[DATE_NAISSANCE:mars 1958]], il confirme). Pas de mutuelle. Elle lui explique qu'il recevra à domicile la facture du {{forfait patient urgences}} ({{19,61 €}}). Il râle : « on paye pour tout maintenant ». Elle vérifie l'adresse d'envoi : [[ADRESSE:14 rue de Kerangoff, 29200 Brest]]. Il est à {{Rennes}} pour voir son fils, c'est pour ça qu'il est venu ici.",
    ),
    (
        "urgences",
        AP,
        "Une ado demande à l'accueil si elle doit appeler le {{112}} ou le {{15}} « la prochaine fois ». L'agent : le 15 pour le médical, le 112 partout en Europe, le {{114}} par SMS pour les personnes sourdes. Elle prend l'affiche en photo.",
    ),
    (
        "urgences",
        AP,
        "Touriste allemand, {{54 ans}}, entorse de cheville au {{Mont-Saint-Michel}}. Carte européenne d'assurance maladie : n° d'identification personnel [[IDENTIFIANT:T482519774]], n° de la carte [[IDENTIFIANT:80276001840004432190]]. Nom sur la carte : [[PERSONNE:Jürgen Hoffmann]]. L'agente photocopie recto verso, ça suffit pour facturer la caisse allemande ({{AOK}}).",
    ),
    (
        "urgences",
        AP,
        "Entre {{13h}} et {{15h}} : {{11}} arrivées pompiers, {{4}} SMUR, {{6}} ambulances privées. Le sas est bouché, un VSAV attend {{35 min}} pour « déposer » son patient. Le chef d'agrès, le sergent [[PERSONNE:Tual]], râle : les pompiers ne peuvent pas repartir tant que le patient n'est pas sur un brancard de l'hôpital. Ils appellent ça la « mise à disposition de brancard ».",
    ),
    (
        "urgences",
        AP,
        "Le brancardier [[PERSONNE:Momo]] (« tout le monde m'appelle [[PERSONNE:Momo]] ») connaît tout le monde. Il m'emmène au {{scanner}} avec le patient du {{box 11}}. Dans l'{{ascenseur}} il me dit que le scanner tombe en panne une fois par mois.",
    ),
    (
        "urgences",
        AP,
        "{{15h10}} : patient agité, contention, l'équipe de psychiatrie de liaison est appelée. L'infirmier psy, [[PERSONNE:Bastien Leroux]], reste {{45 min}} avec lui dans le box fermé. Ensuite {{Loxapac}} {{50 mg}} per os, accepté. Je n'ai pas le droit d'entrer, je regarde par la vitre.",
    ),
    (
        "urgences",
        AP,
        "Admissions : la dame a une carte Vitale {{MSA}}. L'agente lit [[NIR:253099913904466]]. Née au {{Portugal}}, {{70 ans}}. Mutuelle {{Groupama}}, n° adhérent [[IDENTIFIANT:GMA-7731042]]. Tout passe en tiers payant, elle n'a rien à sortir.",
    ),
    (
        "urgences",
        AP,
        "{{Glasgow 15}}, pupilles ok, TA {{16/9}}, FC {{102}}, T° {{37,8}}. Chute de vélo sans casque. L'IOA met {{tri 3}}, attente estimée {{2 h}}. Le monsieur veut partir, il signe une décharge à {{18h40}}.",
    ),
    (
        "urgences",
        AP,
        "Un fils vient en personne parce que personne ne répond au standard. Il veut savoir si sa mère, Mme [[PERSONNE:Odile Marchand]], a été transférée à {{Pontchaillou}}. L'agente voit « mutation {{cardiologie}} {{14h}} ». Il laisse son numéro au cas où : [[TELEPHONE:+33 6 17 52 88 40]].",
    ),
    (
        "urgences",
        AP,
        "Post-it collé sur l'écran de l'IOA, je recopie :\n{{box 1}} [[PERSONNE:Rivière]] - attente bio\n{{box 3}} DLR abdo → écho\n{{box 5}} Mme [[PERSONNE:Tran]] - sortie ?\n{{box 8}} « [[PERSONNE:Pierrot]] » (connu, sans domicile) - plateau repas\nLe post-it part à la poubelle à la relève de {{19h}}.",
    ),
    (
        "urgences",
        AP,
        "La nuit, quand les pharmacies de ville sont fermées, la PUI donne un petit kit de sortie : {{Doliprane 1000}}, {{Ibuprofène 400}}, pour {{48 h}} max. Sinon pharmacie de garde via le {{3237}}.",
    ),
    (
        "urgences",
        AP,
        "L'agente d'accueil, [[PERSONNE:Maryvonne]], me donne son mail pour que je lui envoie la synthèse du séminaire : [[EMAIL:maryvonne.legall@chu-brest.fr]]. Elle a {{32 ans}} de {{CHU}} derrière elle, « j'ai connu les urgences avec {{12}} box, on en a {{28}} ».",
    ),
    (
        "urgences",
        AP,
        "Monsieur sans domicile, connu du service sous le surnom de « [[PERSONNE:Grand Fred]] ». Amené par la {{maraude}} du {{Samu social}} pour plaie de jambe infectée. Les soignants le tutoient, il les appelle par leur prénom. Il veut juste dormir au chaud, {{UHCD}} refusé, il repart à {{22h}} avec un pansement et un ticket repas.",
    ),
    (
        "urgences",
        AP,
        "Dame venue pour un renouvellement d'ordonnance ({{Lyrica}}) : plus de médecin traitant depuis le départ en retraite du sien. {{Tri 5}}. Elle attendra {{6 h}}. L'IOA, [[PERSONNE:Fabienne]], soupire : « c'est pas notre rôle mais on fait quoi ? »",
    ),
    (
        "urgences",
        AP,
        "Fin de passage : l'agente imprime la facture de M. [[PERSONNE:Olivier Blanchard]] — facture n° [[IDENTIFIANT:URG-24-0087731]] — il n'a pas de mutuelle. {{19,61 €}}. Il peut payer en ligne sur {{PayFiP}} ou au {{Trésor public}}.",
    ),
    (
        "urgences",
        AP,
        "Un patient demande le {{wifi}}. Réseau affiché : « {{CHU-INVITES}} », code donné à l'accueil. Ne marche pas dans la salle d'attente n° {{2}} (murs trop épais, dit le technicien).",
    ),
    (
        "urgences",
        AP,
        "Transfert depuis la clinique {{Saint-Léonard}} : Mme [[PERSONNE:Laëtitia Pasquier]], [[DATE_NAISSANCE:14/10/1982]], NIR [[NIR:282104900712906]], née à {{Angers}}. Suspicion d'appendicite. Le chirurgien de garde est prévenu, Dr [[PERSONNE:Ollivier]], il descend dans {{20 min}}.",
    ),
    (
        "urgences",
        AP,
        "{{Ambulance privée}} qui attend devant l'entrée, moteur allumé, le {{VSL}} [[IMMATRICULATION:fk-207-pl]] gêne la sortie du {{SMUR}}. Le régulateur de l'entrée (agent de sécurité) tape à la vitre. L'ambulancier, « [[PERSONNE:Dédé]] », rigole, il connaît la maison. {{2 min}} plus tard c'est dégagé.",
    ),
]

# --- urgences, accueil téléphonique (standard, familles, régulation) ----------------------------

URGENCES_AT = [
    (
        "urgences",
        AT,
        "Standard des urgences, {{10h}}. Une dame appelle pour son mari, M. [[PERSONNE:Gérard Tanguy]], arrivé en {{ambulance}} ce matin. L'agente demande la date de naissance pour vérifier : « [[DATE_NAISSANCE:le 9 juin 1941]] ». Il est en box, en attente de {{scanner}}. Elle n'en dit pas plus.",
    ),
    (
        "urgences",
        AT,
        "{{27}} appels en {{1 h}}. La plupart : « c'est combien de temps d'attente ? ». Réponse type de l'agente : « on ne peut pas savoir, si c'est grave appelez le {{15}} ».",
    ),
    (
        "urgences",
        AT,
        "L'{{EHPAD La Roseraie}} appelle pour annoncer une résidente, Mme [[PERSONNE:Jeanne Rolland]], {{94 ans}}, déshydratée. L'infirmière de l'EHPAD ([[PERSONNE:Aurélie]]) laisse son portable pour le retour : [[TELEPHONE:06 22 71 38 04]]. Le {{DLU}} (dossier de liaison d'urgence) arrive par fax 📠 — oui, par fax, en {{2024}}.",
    ),
    (
        "urgences",
        AT,
        "L'IDE appelle la fille d'un patient confus, M. [[PERSONNE:Lecomte]], pour connaître ses traitements. Elle lit les boîtes au téléphone : {{Eliquis 5 mg}}, {{Bisoprolol 2,5}}, {{Levothyrox 75}}. Elle demande si elle peut venir : {{1}} accompagnant maximum.",
    ),
    (
        "urgences",
        AT,
        "Appel du {{commissariat}} : ils cherchent un homme qui aurait été amené cette nuit, [[PERSONNE:Dylan Marchal]], né le [[DATE_NAISSANCE:22/01/1999]]. L'agente refuse de confirmer au téléphone, il faut une {{réquisition}} écrite. Le policier renvoie la réquisition par mail (procédure n° [[IDENTIFIANT:2024/003418]]) {{20 min}} plus tard.",
    ),
    (
        "urgences",
        AT,
        "Un patient vu {{hier}} rappelle pour ses résultats de {{prise de sang}}. L'agente : « votre nom ? » — « [[PERSONNE:Benoît Lacroix]] ». Elle transfère à l'{{interne}}, [[PERSONNE:Samia]], qui le rappellera ; elle note le numéro : [[TELEPHONE:07.81.33.60.12]].",
    ),
    (
        "urgences",
        AT,
        "objets trouvés : appel pour un {{dentier}} oublié au {{box 10}}. l'agente va voir. trouvé dans un {{gobelet}}. « ça arrive {{1 fois par semaine}} »",
    ),
    (
        "urgences",
        AT,
        "Appel à {{ISM}} pour traduire le {{tamoul}} : {{8 min}} d'attente, puis l'interprète sur haut-parleur. Le patient donne son nom, [[PERSONNE:Tharshan Sivakumar]], et son adresse, [[ADRESSE:3 allée des Mimosas, 93200 Saint-Denis]] ; il est à {{Rennes}} chez un cousin pour l'été.",
    ),
    (
        "urgences",
        AT,
        "Le {{15}} appelle l'IOA : ils envoient une famille entière, intoxication au {{CO}}, {{4}} personnes, famille [[PERSONNE:Carvalho]]. Le {{caisson hyperbare}} le plus proche est à {{Brest}}, l'IOA prévient le médecin. Arrivée prévue {{12h15}}.",
    ),
    (
        "urgences",
        AT,
        "Un monsieur appelle, furieux : sa mère attend depuis {{9 h}} sur un brancard. Il menace d'appeler {{Ouest-France}}. L'agente reste polie, passe la cadre. Après avoir raccroché : « c'est la {{3e}} fois cette semaine qu'on me parle des journalistes ».",
    ),
    (
        "urgences",
        AT,
        "L'agente des admissions appelle la {{MGEN}} pour une prise en charge d'hospitalisation. Elle dicte : M. [[PERSONNE:Hervé Guillou]], NIR [[NIR:1 69 02 22 278 319 55]], adhérent n° [[IDENTIFIANT:0710558421]], entré par les urgences à {{03h40}}. La PEC revient par fax en {{15 min}}.",
    ),
    (
        "urgences",
        AT,
        "L'IDE ([[PERSONNE:Coline]]) appelle la {{pharmacie de l'hôpital}} : rupture d'{{amoxicilline}} buvable pédiatrique, le pharmacien, Dr [[PERSONNE:Abiven]], propose du {{Clamoxyl}} en gélules à ouvrir. Elle raccroche en soupirant.",
    ),
    (
        "urgences",
        AT,
        "Appel d'{{Espagne}} : une femme cherche son frère, touriste, accident de moto sur la {{rocade}}. Elle parle espagnol, l'agente se débrouille. Le frère : [[PERSONNE:Javier Ortega Ruiz]]. Elle laisse son numéro : [[TELEPHONE:+34 612 48 39 07]]. L'agente écrit « {{hermana}} » sur le post-it.",
    ),
    (
        "urgences",
        AT,
        "Une maman au téléphone : son fils de {{4 ans}} a avalé une {{pile bouton}}. L'agente ne donne aucun conseil médical : « raccrochez et faites le {{15}} tout de suite ». Elle m'explique qu'elle n'a pas le droit de faire de la régulation.",
    ),
    (
        "urgences",
        AT,
        "L'{{interne}} cherche le {{cardiologue d'astreinte}} : c'est le Dr [[PERSONNE:Bénédicte Roux-Lamarre]] ce week-end, son portable est sur le {{tableau blanc}} : [[TELEPHONE:06 98 12 45 30]]. Elle rappelle en {{3 minutes}}.",
    ),
    (
        "urgences",
        AT,
        "Une société d'ambulances appelle : le {{bon de transport}} est-il fait pour M. [[PERSONNE:Kerjean]] (retour à domicile) ? L'agente cherche : bon n° [[IDENTIFIANT:BT-58214]], signé par l'{{interne}}. Passage prévu à {{16h30}}.",
    ),
    (
        "urgences",
        AT,
        "Le téléphone de l'accueil sonne dans le vide pendant que l'agente ([[PERSONNE:Corinne]]) est partie {{5 min}} : {{6}} appels perdus. Pas de renvoi. On lui a promis un casque sans fil « depuis {{2021}} ».",
    ),
    (
        "urgences",
        AT,
        "Une patiente repartie sans son {{compte rendu}} appelle ; l'agente propose {{Mon espace santé}} ou le mail. Mme [[PERSONNE:Morvan]] épelle : « [[EMAIL:lea point morvan at gmail point com]] ». L'agente relit deux fois. Envoi à {{11h02}}.",
    ),
    (
        "urgences",
        AT,
        "Une {{assistante sociale de secteur}} appelle : un de ses suivis, M. [[PERSONNE:Driss Amrani]], est sorti hier sans {{ordonnance}}. Elle laisse son numéro pro : [[TELEPHONE:02 23 45 81 70]] {{poste 214}}. L'agente transmet au médecin qui l'a vu.",
    ),
    (
        "urgences",
        AT,
        "Standard, nuit de samedi. Appels en rafale après la fermeture des bars : une fille qui cherche sa copine, un père inquiet, un homme qui veut savoir si on fait les tests {{VIH}} la nuit (non → {{CeGIDD}} lundi). Entre {{2h}} et {{3h}} : {{14}} appels, zéro pause.",
    ),
    (
        "urgences",
        AT,
        "L'agente appelle la plateforme {{CPAM}} pour un patient dont la carte Vitale n'est pas à jour. Elle donne le NIR : [[NIR:138063523802169]]. Le conseiller confirme : droits ouverts, {{ALD}} à {{100 %}}. Le patient a {{85 ans}}, né à {{Rennes}}, il n'a jamais quitté la ville.",
    ),
    (
        "urgences",
        AT,
        "Le réceptionniste de l'{{hôtel Ibis}} de la {{gare}} appelle : un client de la {{chambre 214}} a fait un malaise, ils ont appelé le {{15}}, est-ce qu'il est bien arrivé ? L'agente ne confirme rien : secret médical, même pour l'hôtel.",
    ),
]

# --- cpam, accueil physique ----------------------------------------------------------------------

CPAM_AP = [
    (
        "cpam",
        AP,
        "Ticket {{A047}}, {{9h20}}. M. [[PERSONNE:Nicolas Gauthier]] vient changer de RIB pour ses {{indemnités journalières}}. L'agente, [[PERSONNE:Sylvie]], scanne le nouveau RIB : [[IBAN:FR76 1027 8360 1200 0204 1890 333]]. Elle vérifie que le titulaire est bien lui. « Le prochain versement partira sur ce compte sous {{8 jours}} ».",
    ),
    (
        "cpam",
        AP,
        "Borne {{ameli}} en libre-service dans le hall : {{3}} personnes font la queue devant, elle imprime les attestations de droits. Une dame ne sait pas dans quel sens mettre sa carte Vitale, un service civique l'aide. Ils sont {{2}} services civiques le matin.",
    ),
    (
        "cpam",
        AP,
        "Dossier {{AME}} déposé par Mme [[PERSONNE:Fatoumata Keita]], {{45 ans}}, en France depuis {{2019}}. Pièces : passeport n° [[IDENTIFIANT:AA1187236]], attestation d'hébergement (chez sa sœur, [[ADRESSE:27 rue Paul Bert, 35000 Rennes]]), avis de non-imposition. L'agent vérifie la condition de résidence de {{3 mois}}. Délai d'instruction annoncé : {{2 mois}}.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{CSS}}. L'agent fait la simulation avec la dame : elle dépasse de peu le plafond de la CSS gratuite, donc CSS avec participation, {{environ 20 €}} par mois à son âge ({{52 ans}}). Elle hésite, compare avec sa mutuelle actuelle à {{68 €}}. Elle signe.",
    ),
    (
        "cpam",
        AP,
        "Perte de carte Vitale. L'agente lit le NIR à l'écran pour vérifier l'identité, [[NIR:2 91 11 35 238 087 55]], et demande : « vous êtes bien née le [[DATE_NAISSANCE:8 novembre 1991]] à {{Rennes}} ? » — oui. Commande de la nouvelle carte sur {{ameli.fr}}, photo à envoyer. Délai : {{3 semaines}}. En attendant : attestation papier.",
    ),
    (
        "cpam",
        AP,
        "hall CPAM {{8h30}} ouverture. {{17}} personnes dehors sous la pluie. l'aprem c'est sur rdv uniquement. l'agent de pré-accueil trie : « vous avez rdv ? non ? alors borne ou {{3646}} »",
    ),
    (
        "cpam",
        AP,
        "Un étudiant part en Erasmus à {{Valence}} : il veut sa carte européenne ({{CEAM}}). Il croyait qu'il fallait venir, en fait c'est {{2 minutes}} sur le compte ameli. L'agente le fait avec lui sur son téléphone ; [[PERSONNE:Théo]] n'avait jamais activé son compte, il tape son mail : [[EMAIL:theo.jaouen29@outlook.fr]]. Carte reçue sous {{15 jours}}.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Jean-Luc Prigent]], accident du travail en {{2022}} (chute d'échafaudage), il conteste la date de consolidation. Il a un courrier avec sa référence AT : [[IDENTIFIANT:AT 22 356 0419]]. L'agente ne peut pas trancher, elle renvoie vers le {{service médical}} et la {{CRA}} (commission de recours amiable), délai {{2 mois}}. Il repart énervé.",
    ),
    (
        "cpam",
        AP,
        "Naissance : la maman vient rattacher son bébé sur sa {{carte Vitale}} ET sur celle du {{papa}}. Bébé [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:19/04/2024]]. L'agente dit que c'est possible sur les deux, « ça évite les histoires en cas de séparation ». Mme [[PERSONNE:Ouali]] repart avec {{2}} attestations.",
    ),
    (
        "cpam",
        AP,
        "Ce que les gens viennent chercher, compté sur la matinée ({{41}} passages) :\nattestations {{12}}\ncarte Vitale {{9}}\nIJ pas payées {{8}}\nCSS {{5}}\nmédecin traitant {{3}}\nautres {{4}}\nLes IJ, c'est là que les gens sont le plus tendus.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Sabrina Lopes]], arrêt depuis le {{12 mars}}, pas un euro d'{{IJ}}. L'agente regarde : l'attestation de salaire de l'employeur n'est jamais arrivée. Employeur : le {{Super U}} de {{Cesson-Sévigné}}. L'agente lui imprime un mot pour les RH. Elle a un loyer de {{640 €}} à payer le {{5}}.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Aminata Coulibaly]], {{45 ans}}, née au {{Mali}} en [[DATE_NAISSANCE:février 1979]], titre de séjour n° [[IDENTIFIANT:3502118847]], a enfin son NIR définitif : [[NIR:2 79 02 99 335 064 55]]. Elle rit : « {{4 ans}} que j'attends ce numéro ». L'agente lui montre comment créer son compte {{ameli}}.",
    ),
    (
        "cpam",
        AP,
        "Un médecin (si si) vient au guichet pour un problème de paiement de ses télétransmissions : Dr [[PERSONNE:Karim Haddad]], RPPS [[IDENTIFIANT:10100734521]]. L'agente l'oriente vers le {{service des relations avec les professionnels de santé}} ({{poste 3012}}). Pas de réponse à ses mails depuis {{6 semaines}}.",
    ),
    (
        "cpam",
        AP,
        "« Vous avez votre {{carte Vitale}} ? » = la première phrase de chaque échange. Sans elle, {{5 min}} de plus, minimum.",
    ),
    (
        "cpam",
        AP,
        "Monsieur de {{81 ans}} avec un sac de courriers pas ouverts. L'agente les ouvre avec lui : relevés de remboursement, un questionnaire accident ({{tiers responsable}}), une relance. Il ne lit plus bien. Elle propose un rendez-vous avec le {{service social}} de la {{Carsat}}. C'est M. [[PERSONNE:Le Dantec]] ; sur les enveloppes : [[ADRESSE:Lieu-dit Kerhuel, 29510 Briec]].",
    ),
    (
        "cpam",
        AP,
        "Une jeune femme ne comprend pas pourquoi on lui a retenu {{2 €}} chez le médecin. L'agente explique la {{participation forfaitaire}}, plafonnée à {{50 €}} par an. « Et la mutuelle ? » Non, la mutuelle ne la rembourse pas. Elle note tout sur un papier pour sa mère.",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Pieter Claes]], belge, travaille à {{Tourcoing}}, veut ses remboursements sur son compte belge : [[IBAN:BE19 0017 3162 5812]]. L'agente : possible, zone {{SEPA}}, il faut un {{RIB}} à son nom. Il l'a en {{PDF}} sur son téléphone, elle l'imprime au poste d'à côté.",
    ),
    (
        "cpam",
        AP,
        "Création de compte {{ameli}} au guichet pour Mme [[PERSONNE:Huguette Rannou]], {{76 ans}}. Pas de mail → sa petite-fille lui en crée un sur place : [[EMAIL:huguette.rannou1948@laposte.net]]. Code provisoire envoyé par courrier, « {{5 jours}} ». Portable pour la double authentification : [[TELEPHONE:06 45 09 17 83]].",
    ),
    (
        "cpam",
        AP,
        "L'agente montre l'appli {{carte Vitale}} sur smartphone. Il faut une carte d'identité à puce et l'appli {{France Identité}}. Le monsieur a un vieux téléphone sans {{NFC}}, ça ne marche pas. Retour à la carte plastique.",
    ),
    (
        "cpam",
        AP,
        "Devis dentaire : M. [[PERSONNE:Franck Hamon]] montre un devis de {{1 850 €}} pour une couronne céramique, réf. [[IDENTIFIANT:DV-2024-11873]]. L'agente explique le panier {{100 % santé}} : le dentiste ne l'a pas proposé. « Redemandez-lui un devis {{reste à charge zéro}} ».",
    ),
    (
        "cpam",
        AP,
        "Gros dossier de l'après-midi avec [[PERSONNE:Karine]], conseillère depuis {{2008}}. Mme [[PERSONNE:Monique Evenou]], {{78 ans}}, veuve depuis janvier. La banque a bloqué le compte joint, elle a ouvert un compte à son nom : [[IBAN:FR76 1444 5202 0008 0039 7651 230]]. [[PERSONNE:Karine]] met à jour, vérifie le NIR ([[NIR:2 45 12 44 109 215 04]]) et l'adresse, [[ADRESSE:5 impasse du Moulin, 44240 La Chapelle-sur-Erdre]]. Puis elle lui donne le numéro de la {{Carsat}} pour la réversion, le {{3960}}. {{35 min}} en tout ; la dame la remercie {{4}} fois.",
    ),
    (
        "cpam",
        AP,
        "Au guichet {{3}}, la plaque dit « Mme [[PERSONNE:Lenoir]] — {{conseillère}} ». À côté, un porte-stylo {{Ameli}} et une {{plante verte}}. Elle dit que les usagers l'appellent par son nom et que ça ne la dérange pas, « c'est mieux que madame ».",
    ),
]

# --- cpam, accueil téléphonique (plateforme 3646) ------------------------------------------------

CPAM_AT = [
    (
        "cpam",
        AT,
        "Plateforme {{3646}}, double écoute avec [[PERSONNE:Julien]]. Premier appel : une dame veut savoir où en est son remboursement d'{{ostéopathe}} → pas remboursé par l'{{Assurance Maladie}}, voir la mutuelle. {{1 min 40}}.",
    ),
    (
        "cpam",
        AT,
        "Appelant : « mon numéro de sécu c'est [[NIR:1 95 08 31 555 027 25]] ». Le conseiller vérifie : nom, date de naissance ([[DATE_NAISSANCE:11/08/1995]]), commune de naissance ({{Toulouse}}). Question : il a déménagé à {{Nantes}}, est-ce qu'il change de caisse ? Oui, automatiquement, via le changement d'adresse sur {{ameli}}.",
    ),
    (
        "cpam",
        AT,
        "Bandeau sur l'écran du superviseur ([[PERSONNE:Stéphane]]) : temps d'attente {{7 min}}, {{43}} appels en file à {{10h15}}. Les conseillers enchaînent, {{4 à 6 min}} par appel. Pas le temps de boire un café ☕.",
    ),
    (
        "cpam",
        AT,
        "Un monsieur appelle pour ses {{IJ}} : il a changé de banque. Le conseiller refuse de prendre un {{RIB}} par téléphone (risque de fraude) : « envoyez-le par la messagerie de votre compte {{ameli}} ». Le monsieur lit quand même son IBAN à voix haute, [[IBAN:FR76 3000 3014 6000 0502 6184 757]]. Le conseiller ne le note pas.",
    ),
    (
        "cpam",
        AT,
        "Un assuré revient de vacances au {{Portugal}} : il a payé {{85 €}} chez un médecin à {{Faro}}. Le conseiller lui explique le formulaire {{S3125}} à joindre aux factures, à envoyer à sa caisse. Il avait oublié de demander sa {{CEAM}} avant de partir.",
    ),
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Pauline Le Roux]] appelle pour son {{congé maternité}} : elle ne touche rien. Son employeur a envoyé l'attestation de salaire à la {{MSA}} au lieu de la {{CPAM}}. Le conseiller ouvre une réclamation, référence [[IDENTIFIANT:REQ-0457-8821]]. Elle veut une confirmation par mail : [[EMAIL:pauline.leroux.35@free.fr]].",
    ),
    (
        "cpam",
        AT,
        "Un retraité a reçu un SMS « votre {{carte Vitale}} expire, cliquez ici » et a donné sa carte bancaire 😬. Le conseiller : l'{{Assurance Maladie}} n'envoie jamais ce genre de SMS ; opposition à la banque tout de suite, signalement sur {{Perceval}}, plainte. Il lui parle lentement, le monsieur a honte.",
    ),
    (
        "cpam",
        AT,
        "Une fille appelle pour sa mère sous {{tutelle}}, Mme [[PERSONNE:Colette Jégou]]. Le conseiller demande si elle est tutrice : oui, jugement du {{juge des contentieux de la protection}}, RG [[IDENTIFIANT:22/01547]]. Il faut envoyer le {{jugement}} avant toute modification du dossier.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Antoine Bréhier]] appelle, sa {{CSS}} est coupée depuis le {{1er mai}}. Le renouvellement n'a pas été fait à temps. Le conseiller refait la demande en ligne avec lui au téléphone, {{22 min}}. Rappel prévu dans {{10 jours}} au [[TELEPHONE:02.96.33.48.71]].",
    ),
    (
        "cpam",
        AT,
        "Le superviseur m'explique les appels sortants : quand un dossier bloque, ce sont eux qui rappellent. Objectif {{80 %}} d'appels décrochés. Tout est enregistré « à des fins de qualité », un bip au début. Les conseillers ont droit à {{10 min}} de pause toutes les {{2 h}}.",
    ),
    (
        "cpam",
        AT,
        "Une dame née en {{Corse}} : le conseiller ne retrouve pas son dossier avec le numéro qu'elle donne, elle a oublié le {{2A}}. Elle redonne : [[NIR:2 66 02 2A 004 018 24]]. Trouvé. Née à {{Ajaccio}} en [[DATE_NAISSANCE:février 1966]]. Elle veut un duplicata de son attestation {{ALD}}, envoyé par courrier.",
    ),
    (
        "cpam",
        AT,
        "Un {{cabinet infirmier}} appelle pour un {{rejet de facturation}}. L'{{infirmière libérale}}, Mme [[PERSONNE:Gaëlle Corbel]], donne le numéro de la facture rejetée, [[IDENTIFIANT:F24-00917]], et le nom du patient, M. [[PERSONNE:Yves Allain]]. Le conseiller la renvoie vers la ligne des professionnels de santé, le {{3608}}.",
    ),
    (
        "cpam",
        AT,
        "appel d'un homme qui veut une attestation d'IJ pour {{France Travail}}. NIR [[NIR:183092B03345612]], né à {{Bastia}}. le conseiller l'envoie sur ameli, rubrique « {{mes attestations}} », il l'aura en pdf tout de suite",
    ),
    (
        "cpam",
        AT,
        "Le conseiller rappelle une assurée et tombe sur la {{messagerie}} : « Bonjour, ici [[PERSONNE:Julien]], de l'{{Assurance Maladie}}, je vous rappelle au sujet de votre demande, vous pouvez me joindre au {{3646}} ». Jamais de détail médical sur un {{répondeur}}, me dit-il.",
    ),
]

# --- cpam, contrôle sur place (contrôle des arrêts de travail) -----------------------------------

CPAM_CSP = [
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail avec [[PERSONNE:Philippe]], {{agent assermenté}}. {{10h12}}, [[ADRESSE:8 rue des Glycines, 35510 Cesson-Sévigné]]. Sonnette, personne. {{Avis de passage}} dans la boîte aux lettres : l'assuré, M. [[PERSONNE:Cédric Tessier]], devra justifier son absence pendant les heures de présence.",
    ),
    (
        "cpam",
        CSP,
        "Entre deux contrôles, dans la voiture de service ({{Peugeot 208}} blanche, [[IMMATRICULATION:GA-512-RN]]) : {{6}} adresses prévues aujourd'hui, {{112 km}}. L'agent dit qu'environ {{1 sur 5}} est absent sans motif. Les autres sont là, souvent en pyjama, et ça se passe bien.",
    ),
    (
        "cpam",
        CSP,
        "Mme [[PERSONNE:Stéphanie Bouvier]] ouvre en robe de chambre, arrêt pour lombalgie, {{3 semaines}}. Elle montre l'ordonnance ({{Tramadol}}, {{kiné 2 fois par semaine}}). Vérification de la pièce d'identité : CNI n° [[IDENTIFIANT:180235A01847]]. Tout est conforme, {{8 min}}.",
    ),
    (
        "cpam",
        CSP,
        "Devant la maison, une voiture immatriculée [[IMMATRICULATION:EV-592-KH]], capot encore chaud. L'assuré, [[PERSONNE:Mickaël Bernard]], dit qu'il revient de la {{pharmacie}}. L'agent note l'heure ({{15h05}}, donc dans la {{plage de présence}}) ; le ticket de la {{Pharmacie Lafayette}} fait foi. « On n'est pas des flics », me dit l'agent.",
    ),
    (
        "cpam",
        CSP,
        "L'adresse de l'arrêt n'est pas celle du {{domicile}} : l'assurée a déclaré être chez sa mère pendant l'{{arrêt}}, [[ADRESSE:12 bis chemin de la Motte, 22400 Lamballe-Armor]]. On y va, elle est bien là. Mme [[PERSONNE:Elodie Gicquel]]. La maman nous propose un {{café}}, l'agent refuse poliment.",
    ),
    (
        "cpam",
        CSP,
        "L'agent m'explique : s'il constate une absence pendant les heures de présence obligatoires, rapport → la caisse peut suspendre les {{IJ}}. Heures : {{9h-11h}} et {{14h-16h}}, sauf si le médecin a coché « sorties libres ». Les week-ends aussi.",
    ),
    (
        "cpam",
        CSP,
        "Immeuble sans noms sur les {{boîtes aux lettres}}, [[ADRESSE:41 avenue Aristide Briand, 93190 Livry-Gargan]]. L'agent sonne au hasard ; une {{voisine}} ouvre : « le monsieur du {{3e}}, celui avec le chien ? ». C'est bien M. [[PERSONNE:Arnaud Lefèvre]]. Le chien s'appelle {{Oslo}}, il aboie pendant tout le contrôle.",
    ),
    (
        "cpam",
        CSP,
        "Sur la tablette de l'agent, la fiche de l'arrêt : NIR [[NIR:177042923218847]], employeur {{Océane Nettoyage}}, arrêt du {{02/04}} au {{30/04}}, motif non visible (seul le médecin conseil le voit). L'assuré, M. [[PERSONNE:Loïc Guéguen]], né à {{Quimper}}, est là, en jogging, il regarde {{Questions pour un champion}}.",
    ),
    (
        "cpam",
        CSP,
        "Absent à {{10h40}}. L'agent appelle le numéro du dossier : [[TELEPHONE:06 59 70 21 36]]. {{Messagerie}}. {{Avis de passage}}. Un voisin glisse qu'il « bosse au noir sur des chantiers » — l'agent ne note pas les ragots, seulement le {{constat}}.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle chez M. [[PERSONNE:Slimane Haddouche]], {{61 ans}}, arrêt longue durée après un AVC. NIR sur la fiche [[NIR:1 62 12 99 352 118 49]], né en {{Algérie}}. Sa femme ouvre, il est au lit. L'agent ne demande pas à le voir debout. {{5 minutes}}, rapport « présent ».",
    ),
    (
        "cpam",
        CSP,
        "Ce qui m'a surprise : l'agent a {{27 ans}} de maison, ancien agent d'accueil. Pour lui le contrôle n'est pas là pour « piéger » mais pour « vérifier que le système tient ». Sur {{6}} contrôles aujourd'hui : {{5}} présents, {{1}} absent. Aucun conflit. Il parle à son GPS comme à un collègue.",
    ),
    (
        "cpam",
        CSP,
        "Assuré qui vit à l'année en {{mobile-home}}, [[ADRESSE:camping Le Lac Bleu, emplacement 41]], à {{Nivillac}}. Pas de sonnette, on frappe. M. [[PERSONNE:Jimmy Le Corre]] est là. Devant, un {{utilitaire}} avec des plaques polonaises, [[IMMATRICULATION:WX 4827K]] : c'est celui de son beau-frère, dit-il. L'agent s'en fiche, ce n'est pas le sujet.",
    ),
    (
        "cpam",
        CSP,
        "Fin de tournée à {{16h20}}. L'agent saisit ses rapports sur la {{tablette}}, envoi automatique au {{service contrôle}}. Il me laisse son adresse pro pour le {{questionnaire du séminaire}} : [[EMAIL:philippe.durand@assurance-maladie.fr]].",
    ),
    (
        "cpam",
        CSP,
        "Contrôle à {{14h30}} chez une jeune femme en arrêt pour burn-out. Elle fond en larmes en voyant la carte professionnelle. L'agent s'assoit, explique, {{15 minutes}} au lieu de {{5}}. Dans la voiture il me dit : « ceux-là, on ne devrait pas les contrôler à domicile ». Pas de nom noté dans mes notes, volontairement.",
    ),
]

# --- caf ----------------------------------------------------------------------------------------

CAF_AP = [
    (
        "caf",
        AP,
        "Accueil {{Caf}} de {{Rennes}}, {{9h}}. Mme [[PERSONNE:Jessica Hervé]], n° allocataire [[N_ALLOCATAIRE:2184417]], vient pour un indu d'{{APL}} de {{1 240 €}}. Elle ne comprend pas, elle a « tout déclaré sur le site ». L'agent regarde : déclaration trimestrielle {{RSA}} pas faite en janvier. Plan de remboursement proposé : {{40 €}} par mois.",
    ),
    (
        "caf",
        AP,
        "Un monsieur demande la {{prime de Noël}}. On est en mai. L'agente explique gentiment qu'elle est versée automatiquement en décembre aux bénéficiaires du {{RSA}} et de l'{{ASS}}.",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Jean-Pierre Noël]] vient pour sa {{prime d'activité}} (dossier [[N_ALLOCATAIRE:0938215]]) et fait la blague à l'agente : « et la {{prime de Noël}}, elle est pour moi ? ». Elle rit, elle a dû l'entendre {{100 fois}}. Sa prime baisse de {{46 €}} parce qu'il a fait des heures en mars.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Christelle Poirier]] attend la décision de la {{MDPH}} pour l'{{AAH}} depuis {{7 mois}}, dossier MDPH n° [[IDENTIFIANT:MDPH35-2023-18842]]. La Caf ne peut rien tant que la {{CDAPH}} n'a pas statué. En attendant elle vit avec le RSA, {{635 €}}.",
    ),
    (
        "caf",
        AP,
        "Changement de RIB pour les {{allocations familiales}} : M. [[PERSONNE:Serge Tallec]] (alloc [[N_ALLOCATAIRE:1570263]]) passe de la {{Banque Postale}} au {{Crédit Agricole}}. Nouveau RIB : [[IBAN:FR76 1600 6350 1100 0726 5018 313]]. L'agent le charge dans le dossier, {{3 minutes}}.",
    ),
    (
        "caf",
        AP,
        "RDV de {{10h30}} : une famille avec {{4}} enfants qui vient de déménager demande la {{prime de déménagement}}. Refusée, le petit dernier a {{4 ans}}, c'est trop tard. Le père : « on ne pouvait pas savoir ». L'agente : « c'est écrit sur {{caf.fr}} », puis, plus bas, « je sais, personne ne lit ça ».",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Rachida Ziani]] vient pour l'{{ASF}} : le père ne paie plus la pension depuis {{5 mois}}. Jugement du JAF, RG [[IDENTIFIANT:21/03388]]. L'agente lance l'intermédiation financière ({{ARIPA}}) : la Caf versera et ira récupérer les impayés. Mme [[PERSONNE:Ziani]] respire.",
    ),
    (
        "caf",
        AP,
        "Nouveau demandeur {{RSA}} : depuis {{2024}} il est inscrit d'office à {{France Travail}}. M. [[PERSONNE:Valentin Briand]] a déjà un identifiant FT, [[ID_FRANCE_TRAVAIL:3518742B]], l'agent le saisit. Le contrat d'engagement se fera là-bas. Il demande si « {{15 heures}} d'activité » c'est obligatoire : oui, mais adapté.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Nathalie Guérin]] ne reçoit plus aucun mail de la {{Caf}}. L'agente regarde l'adresse enregistrée : [[EMAIL:nathalie.gueirn@orange.fr]] (lettres inversées). Corrigée en [[EMAIL:nathalie.guerin@orange.fr]]. {{2 ans}} de courriers perdus.",
    ),
    (
        "caf",
        AP,
        "RDV avec [[PERSONNE:Sophie]], conseillère. M. [[PERSONNE:Hassan Bouzid]], {{44 ans}}, né au {{Maroc}} le [[DATE_NAISSANCE:14 juillet 1979]], séparé, vient déclarer la {{garde alternée}} de ses {{2}} enfants. [[PERSONNE:Sophie]] vérifie le NIR, [[NIR:1 79 07 99 350 231 53]], met la situation à jour et son portable : [[TELEPHONE:06 03 48 91 27]]. Le partage des {{allocations familiales}} se fera avec la mère ; l'{{APL}}, elle, ne se partage pas.",
    ),
    (
        "caf",
        AP,
        "Affiche à l'entrée : accueil sans rendez-vous {{8h30-12h}}, sur rendez-vous {{13h30-16h30}}. {{caf.fr}}, appli « {{Caf - Mon Compte}} », {{3230}} (service gratuit + prix d'un appel). Une dame prend l'affiche en photo.",
    ),
    (
        "caf",
        AP,
        "L'agent, [[PERSONNE:Yannick]], tape le numéro d'allocataire que la dame lui dicte en morceaux : « [[N_ALLOCATAIRE:45 03 921]] ». {{3}} enfants, {{AF}} + {{complément familial}}. Question du jour : son aîné a {{20 ans}} et travaille, il sort du calcul. Environ {{150 €}} de moins par mois.",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Sarah Benhamou]], née à {{Marseille}} le [[DATE_NAISSANCE:30/04/1988]], vient de s'installer à {{Vitré}}. Transfert de dossier entre {{Caf}} : l'agente vérifie le NIR, [[NIR:2 88 04 13 213 402 52]], et la nouvelle adresse, [[ADRESSE:11 rue Notre-Dame, 35500 Vitré]]. Tout suit automatiquement, pas besoin de refaire les demandes.",
    ),
    (
        "caf",
        AP,
        "Un jeune de {{19 ans}}, [[PERSONNE:Enzo]], fait sa demande d'{{APL}} sur la tablette du hall pour un studio à {{Villejean}}. Il bloque sur le « numéro fiscal ». L'agent lui fait ouvrir {{impots.gouv}} sur son téléphone : [[IDENTIFIANT:3012458771205]]. Le bail est au nom de sa mère, problème : il faut refaire le bail.",
    ),
]

CAF_AT = [
    (
        "caf",
        AT,
        "Plateforme téléphonique, {{3230}}. Un appelant : « je suis allocataire [[N_ALLOCATAIRE:3306418]], on m'a coupé mon {{APL}} ». Le conseiller voit que le bailleur ({{Espacil}}) a signalé un impayé. Il explique le {{plan d'apurement}}, l'APL peut être maintenue s'il le respecte.",
    ),
    (
        "caf",
        AT,
        "Une dame appelle pour savoir si sa prime d'activité va baisser avec ses heures sup de {{décembre}}. Le conseiller ne peut pas simuler à sa place mais la guide pas à pas sur le simulateur de {{caf.fr}}. Résultat : {{- 30 €}} environ, sur {{3 mois}}.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Kévin Roussel]] a remboursé deux fois le même {{indu}}, la Caf lui doit {{320 €}}. Il dicte son {{IBAN}}, [[IBAN:FR76 3000 2089 0700 0071 4283 558]]. Le conseiller ne peut pas l'enregistrer au téléphone : il faut le déposer dans l'espace {{Mon Compte}}. Soupir.",
    ),
    (
        "caf",
        AT,
        "Une grand-mère appelle pour sa petite-fille de {{18 ans}}, enceinte : quelles aides ? Le conseiller veut parler à l'intéressée. La petite-fille prend le téléphone, [[PERSONNE:Océane]], donne sa date de naissance ([[DATE_NAISSANCE:03.09.2005]]). Déclaration de grossesse avant la fin du {{3e mois}}, {{prime à la naissance}} au {{7e mois}}.",
    ),
    (
        "caf",
        AT,
        "Un travailleur social du {{CDAS}} appelle pour la famille [[PERSONNE:Le Goff]], n° alloc [[N_ALLOCATAIRE:1092854]], menacée d'{{expulsion}}. Le conseiller renvoie vers le {{service d'action sociale}}, demande à faire par le portail partenaires ({{CDAP}}).",
    ),
    (
        "caf",
        AT,
        "musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. attente moyenne {{12 min}} ce matin. le conseiller dit que le lundi c'est pire « les gens ont eu tout le week-end pour s'inquiéter »",
    ),
    (
        "caf",
        AT,
        "Une femme dont le mari vient d'être incarcéré au centre pénitentiaire de {{Vezin}} : changement de situation, elle devient {{parent isolé}} pour le {{RSA}}. Mme [[PERSONNE:Sandra Lemaître]], alloc [[N_ALLOCATAIRE:2276590]]. Elle donne spontanément le {{numéro d'écrou}} de son mari, [[IDENTIFIANT:48721]] ; le conseiller n'en a pas besoin.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Baptiste Collin]] déménage au [[ADRESSE:22 rue Jules Ferry, 56100 Lorient]], il veut savoir si son {{APL}} suit. Non : nouvelle demande pour le nouveau logement, avec le {{bail}} signé. Il part le {{1er juin}}, il a intérêt à faire vite.",
    ),
    (
        "caf",
        AT,
        "Étudiante à {{Brest}}, {{APL}} « disparue » de son compte. Le conseiller voit que le propriétaire a demandé le versement direct ({{tiers payant}}). Elle ne savait pas, elle a payé son {{loyer}} plein. [[PERSONNE:Maëva]] laisse un numéro pour être rappelée : [[TELEPHONE:07 49 26 83 15]].",
    ),
    (
        "caf",
        AT,
        "Appel d'un bénévole du {{Secours catholique}} pour un monsieur qui ne parle pas français. Il donne le numéro d'allocataire, [[N_ALLOCATAIRE:1845570]], et la date de naissance, [[DATE_NAISSANCE:1er janvier 1980]] (« c'est la date que l'{{OFPRA}} lui a mise »). Le conseiller ne peut rien dire à un tiers sans {{mandat écrit}}.",
    ),
]

CAF_CSP = [
    (
        "caf",
        CSP,
        "Contrôle Caf avec [[PERSONNE:Laurent]], {{contrôleur assermenté}}. Motif : vérifier l'{{isolement}} de Mme [[PERSONNE:Audrey Lemoal]] (alloc [[N_ALLOCATAIRE:2093318]]), [[ADRESSE:6 rue du Docteur Roux, 22000 Saint-Brieuc]]. {{2}} brosses à dents dans la {{salle de bains}}, un blouson d'homme. Elle dit que c'est son frère qui passe. [[PERSONNE:Laurent]] note sans commenter.",
    ),
    (
        "caf",
        CSP,
        "Le contrôleur, [[PERSONNE:Hervé Le Saux]], prévient toujours par courrier {{8 jours}} avant, sauf suspicion de fraude. Aujourd'hui rendez-vous à {{9h30}}. Il n'ouvre aucun placard sans l'accord de la personne. Son formulaire fait {{12}} pages, il le remplit sur la table de la cuisine.",
    ),
    (
        "caf",
        CSP,
        "Contrôle de {{décence du logement}} ({{APL}}). Humidité, moisissures dans la chambre des enfants, une fenêtre qui ne ferme pas. Propriétaire : M. [[PERSONNE:Daniel Robic]], via la {{SCI Les Hortensias}}. Locataire : Mme [[PERSONNE:Kadiatou Sow]], [[ADRESSE:appt 12, 4 place de la Résistance, 29600 Morlaix]]. Le contrôleur va proposer la conservation de l'APL : le propriétaire ne la touchera pas tant qu'il n'a pas fait les travaux ({{18 mois}} max).",
    ),
    (
        "caf",
        CSP,
        "Dans la cour, un {{camping-car}} immatriculé [[IMMATRICULATION:DS-734-XN]]. Le contrôleur demande à qui il est. M. [[PERSONNE:Thierry Gourlay]] dit qu'il l'a acheté {{2 000 €}} « pour avoir où dormir si on m'expulse ». Ressources déclarées : {{RSA}} seul. Le contrôleur note le véhicule.",
    ),
    (
        "caf",
        CSP,
        "Contrôle des ressources d'un indépendant : M. [[PERSONNE:Nabil Cherif]], chauffeur {{VTC}} auto-entrepreneur, déclare {{600 €}} par mois. Attestation {{URSSAF}}, {{relevés bancaires}} du compte [[IBAN:FR76 1820 6000 4165 0123 8974 097]]. La carte pro VTC porte l'immatriculation du véhicule, [[IMMATRICULATION:FZ-118-QM]]. Le contrôleur refera le calcul au bureau.",
    ),
    (
        "caf",
        CSP,
        "Chez Mme [[PERSONNE:Lucie Perrin]], {{2}} enfants en garde alternée, {{1 semaine sur 2}}. Le contrôleur vérifie le jugement (RG [[IDENTIFIANT:19/02264]]). Les chambres des enfants sont là, les jouets aussi. Conforme, {{25 min}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à la campagne : [[ADRESSE:La Ville Hamon, 22230 Merdrignac]], pas de numéro. Le chien ({{Filou}}) nous accueille. M. et Mme [[PERSONNE:Beaulieu]], {{5}} enfants, {{PAJE}} et complément libre choix du mode de garde. Tout est conforme ; Mme [[PERSONNE:Beaulieu]] nous donne une boîte d'œufs en partant.",
    ),
    (
        "caf",
        CSP,
        "{{45 min}} de route entre deux contrôles. Le contrôleur me dit que la plupart de ses contrôles finissent en « {{rien à signaler}} », ou même en rappel en faveur de l'allocataire (des droits jamais demandés). « De la {{fraude}}, j'en vois peu. Des erreurs, tous les jours. »",
    ),
    (
        "caf",
        CSP,
        "Mme [[PERSONNE:El Amrani]] n'était pas là au rendez-vous. Le contrôleur l'appelle, [[TELEPHONE:06 77 13 52 40]] : elle est aux {{urgences}} avec son fils. Il reporte et envoie une confirmation à [[EMAIL:khadija.elamrani@hotmail.fr]]. Nouveau rendez-vous {{jeudi}} {{14h}}.",
    ),
    (
        "caf",
        CSP,
        "Chez M. [[PERSONNE:Bogdan Popescu]], ouvrier du BTP, {{3}} enfants restés en {{Roumanie}} chez leur grand-mère à {{Iași}}. Le contrôleur regarde les relevés d'un compte roumain, [[IBAN:RO51 RNCB 0082 0415 9723 0001]], où il envoie {{400 €}} par mois. Le dossier partira au service des relations internationales.",
    ),
]

# --- ccas ---------------------------------------------------------------------------------------

CCAS_AP = [
    (
        "ccas",
        AP,
        "{{CCAS}}, aide alimentaire. Mme [[PERSONNE:Sylviane Corre]], {{63 ans}}, vient pour un bon d'accès à l'{{épicerie sociale}}. Reste à vivre calculé : {{4,20 €}} par jour. Accordé pour {{3 mois}}. Elle demande si elle peut venir avec son caddie 🛒.",
    ),
    (
        "ccas",
        AP,
        "Domiciliation : M. [[PERSONNE:Ionut Rusu]], sans domicile stable, demande une adresse pour son courrier ({{Caf}}, {{préfecture}}). Attestation d'élection de domicile délivrée, sur présentation du passeport n° [[IDENTIFIANT:057341928]]. Son courrier arrivera ici, au CCAS, {{12 place de la Mairie}}. Il passera le chercher le {{mardi}}.",
    ),
    (
        "ccas",
        AP,
        "Facture {{EDF}} impayée : {{480 €}}, réf. client [[IDENTIFIANT:4002 1187 563]]. Le CCAS monte un dossier {{FSL}} énergie. Mme [[PERSONNE:Brigitte Jaouen]] a un {{chèque énergie}} de {{194 €}} jamais utilisé dans son tiroir : l'agente l'affecte à EDF tout de suite, en ligne.",
    ),
    (
        "ccas",
        AP,
        "Salle d'attente du CCAS, {{11}} chaises, {{4}} occupées. L'écran montre les actus de la ville : plan canicule, inscription au {{registre des personnes vulnérables}}, repas des aînés le {{14 juin}}. Une dame s'inscrit au repas « pour voir du monde ».",
    ),
    (
        "ccas",
        AP,
        "L'agente aide une famille afghane à remplir la demande d'{{AME}}. Mme [[PERSONNE:Zahra Ahmadi]], née le [[DATE_NAISSANCE:15/04/1992]] à {{Kaboul}} ; sur un ancien courrier de la CPAM, son numéro provisoire : [[NIR:8 92 04 99 212 037 54]]. Le mari ne parle que {{dari}}, c'est leur fille de {{12 ans}} qui traduit.",
    ),
    (
        "ccas",
        AP,
        "Une jeune femme est harcelée par son ex sur {{Instagram}}. Elle montre le compte qui la menace : [[IDENTIFIANT:@kev_du_35_officiel]]. L'agente l'oriente vers le {{CIDFF}} et le {{3919}}, et l'encourage à porter plainte. Elle note le pseudo dans la fiche.",
    ),
    (
        "ccas",
        AP,
        "Commission d'aides facultatives de la veille : {{300 €}} accordés à Mme [[PERSONNE:Linda Morel]] pour sa {{caution}}. L'agente vérifie le {{RIB}} avant le virement : [[IBAN:FR76 1751 5900 0008 3144 2751 915]]. Virement sous {{10 jours}}. Mme [[PERSONNE:Morel]] demande si elle doit rembourser : non, c'est un {{secours}}.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Roger Le Meur]], {{88 ans}}, vient avec sa voisine pour la téléassistance. Contacts à renseigner : sa nièce, [[PERSONNE:Annick]], au [[TELEPHONE:02 98 44 17 62]], et la voisine. Abonnement {{Présence Verte}}, {{25 €}} par mois, en partie pris en charge par le CCAS.",
    ),
    (
        "ccas",
        AP,
        "Une dame dort dans sa voiture depuis {{2 semaines}}, un {{Berlingo}} gris, [[IMMATRICULATION:BK-670-SL]], garé derrière la médiathèque. L'agente appelle le {{115}} puis le {{SIAO}}. Elle refuse le foyer à cause de son chat ({{Mistigri}}).",
    ),
    (
        "ccas",
        AP,
        "Permanence d'une écrivaine publique le mardi. Aujourd'hui : un recours à la {{Caf}}, un dossier de retraite, et une lettre d'amour (si). Elle fait ça bénévolement depuis {{9 ans}}, « la lettre d'amour, c'est la {{3e}} de ma carrière ».",
    ),
]

CCAS_AT = [
    (
        "ccas",
        AT,
        "Une voisine inquiète appelle : M. [[PERSONNE:Albert Gourvès]], {{92 ans}}, n'ouvre plus ses volets depuis {{2 jours}}. L'agente vérifie le registre canicule : il est inscrit, [[ADRESSE:9 rue des Capucins, 29200 Brest]]. Elle appelle la {{police municipale}} pour une levée de doute. Rappel {{40 min}} plus tard : il était chez sa fille.",
    ),
    (
        "ccas",
        AT,
        "Un fils appelle pour le {{portage de repas}} de sa mère. {{7,80 €}} le repas, livraison du {{lundi au vendredi}}. Il veut la facture à son nom, M. [[PERSONNE:François Kermarrec]], et par mail : [[EMAIL:f.kermarrec@wanadoo.fr]].",
    ),
    (
        "ccas",
        AT,
        "Standard du CCAS : {{31}} appels ce matin, la moitié ne sont pas pour le CCAS ({{état civil}}, {{cantine}}, {{cimetière}}). L'agente transfère : « on est le standard de tout le monde ».",
    ),
    (
        "ccas",
        AT,
        "Une conseillère de la {{Caf}} appelle pour une dame en impayé de loyer, n° allocataire [[N_ALLOCATAIRE:3381905]]. Le CCAS peut débloquer une aide d'urgence de {{150 €}} en bons alimentaires en attendant le {{FSL}}. Rendez-vous jeudi {{10h}}.",
    ),
    (
        "ccas",
        AT,
        "Pour éviter le {{standard}}, l'agente donne sa {{ligne directe}} à une usagère : [[TELEPHONE:02 40 41 96 18]], « demandez [[PERSONNE:Nolwenn]] ». Après, elle me dit qu'elle ne devrait pas, mais que sinon la dame ne rappellera jamais.",
    ),
    (
        "ccas",
        AT,
        "Un homme appelle pour l'aide municipale au permis de conduire : il faut être inscrit à {{France Travail}}. Il donne son identifiant, [[ID_FRANCE_TRAVAIL:0427315 H]]. Dossier à déposer avant le {{30 juin}}, {{500 €}} max, contrepartie : {{35 h}} de bénévolat dans une asso.",
    ),
    (
        "ccas",
        AT,
        "Mme [[PERSONNE:Pereira]] veut recevoir le {{dossier de demande d'aide}} par mail. Elle épelle : « [[EMAIL:sandra.pereira56 arobase gmail.com]] ». L'agente répète lettre par lettre, la dame dit « voilà, c'est ça » {{3}} fois.",
    ),
    (
        "ccas",
        AT,
        "Appel des {{Pompes funèbres Le Guen}} : décès d'un homme sans famille connue, M. [[PERSONNE:Jacques Lemarié]], sans ressources. Le {{CCAS}} prend en charge les {{obsèques}}, facture n° [[IDENTIFIANT:PF-2405-118]]. Inhumation jeudi au {{cimetière de l'Est}}. L'agente dit qu'elle ira, « pour qu'il y ait quelqu'un ».",
    ),
]

CCAS_CSP = [
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Céline]], travailleuse sociale du CCAS, chez Mme [[PERSONNE:Denise Le Gall]], {{84 ans}}, [[ADRESSE:17 rue de Saint-Malo, 35000 Rennes]]. Évaluation pour l'{{aide ménagère}}. Logement encombré, frigo presque vide. [[PERSONNE:Céline]] propose {{2 h}} d'aide à domicile par semaine.",
    ),
    (
        "ccas",
        CSP,
        "Chez M. [[PERSONNE:Marcel Pichon]], {{79 ans}}, diabétique, seul. Pilulier de la semaine rempli par l'infirmière libérale. Sur le frigo, les numéros utiles : son fils, [[TELEPHONE:06 32 87 14 59]], et le {{15}}. Il nous montre ses photos de la {{Marine nationale}}, {{1962}}, un porte-avions.",
    ),
    (
        "ccas",
        CSP,
        "{{Enquête sociale}} pour une aide à la {{facture d'eau}}, [[ADRESSE:résidence Les Tilleuls, bât. C, 2 rue Pasteur, 72000 Le Mans]]. Mme [[PERSONNE:Yasmina Boukhari]], {{3}} enfants, compteur qui fuit depuis l'hiver. Réf. abonné sur la facture : [[IDENTIFIANT:AB-209771]]. {{312 €}} de surconsommation.",
    ),
    (
        "ccas",
        CSP,
        "Visite pour l'{{APA}} avec l'évaluatrice du Département. Mme [[PERSONNE:Georgette Hamelin]], née le [[DATE_NAISSANCE:21 juillet 1960]], originaire du {{Havre}}, NIR [[NIR:2 60 07 76 351 233 68]]. Hémiplégie après un AVC. Grille {{AGGIR}} : {{GIR 3}}. Plan d'aide : {{30 h}} par mois.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : la personne a appelé à {{8h50}} pour dire qu'elle était à l'{{hôpital}}. On repart. La travailleuse sociale me dit qu'environ {{1 visite sur 4}} tombe à l'eau.",
    ),
    (
        "ccas",
        CSP,
        "Chez M. [[PERSONNE:Gilles Perrot]], {{58 ans}}, incurie : {{7}} chats, dont {{Caramel}} et {{Moustache}}, odeur très forte. Le CCAS organise un nettoyage et un signalement à l'{{ARS}}. Il accepte, à condition de garder les chats.",
    ),
    (
        "ccas",
        CSP,
        "Visite sur l'{{aire d'accueil}} : la famille [[PERSONNE:Winterstein]] vit à l'année [[ADRESSE:aire d'accueil de la Prévalaye, place 14]]. Caravane + {{Renault Trafic}} immatriculé [[IMMATRICULATION:CP-381-ZD]]. Demande de {{domiciliation}} au {{CCAS}} pour inscrire les enfants à l'école.",
    ),
    (
        "ccas",
        CSP,
        "Visite d'évaluation pour le portage de repas à [[ADRESSE:Kerampuil, 29270 Carhaix-Plouguer]]. Mme [[PERSONNE:Paulette Riou]], {{90 ans}}, vit seule dans une longère. Le livreur passera à {{11h}}. Elle a un poêle à bois et {{2}} stères dans la cour.",
    ),
]

# --- chrs / 115 ---------------------------------------------------------------------------------

CHRS_AP = [
    (
        "chrs",
        AP,
        "Accueil du CHRS {{L'Escale}}, {{20h}}. Arrivée d'un homme orienté par le {{115}} : M. [[PERSONNE:Sébastien Morin]], {{41 ans}}. {{Chambre 8}}, lit du bas. Règlement lu avec lui : retour avant {{23h}}, pas d'alcool dans les chambres. L'éducateur, [[PERSONNE:Yohann]], lui montre les douches et la laverie.",
    ),
    (
        "chrs",
        AP,
        "Entretien d'admission : Mme [[PERSONNE:Awa Diop]], {{38 ans}}, victime de violences conjugales, avec ses {{2}} enfants. Orientation {{SIAO}} n° [[IDENTIFIANT:SIAO-35-2024-04127]]. Elle est partie avec son récépissé de titre de séjour ([[IDENTIFIANT:7512345880]], née le [[DATE_NAISSANCE:28/06/1985]] à {{Thiès}}) et sa carte Vitale : [[NIR:2 85 06 99 341 076 21]]. Le reste est resté chez lui.",
    ),
    (
        "chrs",
        AP,
        "Salle commune, {{19h30}} : {{14}} résidents au dîner. Le cuisinier est un ancien résident, embauché en contrat aidé. Hachis parmentier, yaourt. Le téléviseur diffuse {{N'oubliez pas les paroles}}, deux messieurs chantent.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Rachid]] récupère son courrier (domicilié au CHRS) : une lettre de {{France Travail}} avec son identifiant, [[ID_FRANCE_TRAVAIL:4521873K]], et une convocation. L'éducatrice l'aide à la lire : rendez-vous le {{28}} à {{9h15}}, agence de {{Cleunay}}. Il la met dans sa poche de poitrine.",
    ),
    (
        "chrs",
        AP,
        "{{Accueil de jour}} : café, douche, machine à laver. La liste d'attente des douches est au {{tableau blanc}} :\n1. [[PERSONNE:Mickey]]\n2. [[PERSONNE:Tonio]]\n3. [[PERSONNE:Serge B.]]\n4. [[PERSONNE:Ludo]]\n{{6}} prises pour recharger les téléphones, toutes prises.",
    ),
    (
        "chrs",
        AP,
        "Ouverture de compte par le {{droit au compte}} : M. [[PERSONNE:Patrick Le Bris]] revient de la {{Banque Postale}} avec son {{RIB}}, tout fier : [[IBAN:FR76 2004 1010 1408 7291 3402 383]]. L'éducateur photocopie pour la {{Caf}}. {{4 mois}} de démarches pour un compte.",
    ),
    (
        "chrs",
        AP,
        "Un résident, [[PERSONNE:Karim]], montre à l'éducateur son {{CV}} fait à l'atelier de {{France Travail}}. En haut : [[EMAIL:karim.benyahia.pro@gmail.com]] et [[TELEPHONE:07 52 18 90 64]]. L'éducateur lui conseille d'enlever « {{CHRS}} » de l'adresse et de mettre juste la {{domiciliation}}.",
    ),
    (
        "chrs",
        AP,
        "L'éducatrice, [[PERSONNE:Manon]], me fait visiter : {{32}} places, dont {{6}} studios pour les familles. Pas de noms sur les portes, que des numéros. {{Chambre 15}} : un monsieur qui est là depuis {{2 ans}}, en attente d'un logement social.",
    ),
    (
        "chrs",
        AP,
        "Un homme dort dans sa voiture sur le parking du CHRS depuis {{3 nuits}}, une {{Twingo}} verte, [[IMMATRICULATION:4281 VX 35]]. Le chef de service va lui parler : il refuse d'entrer sans son chien. Il s'appelle [[PERSONNE:Franck]], le chien {{Sultan}}. On lui apporte un café.",
    ),
    (
        "chrs",
        AP,
        "L'infirmière de l'{{EMPP}} (équipe mobile psychiatrie précarité) passe le mardi. Aujourd'hui M. [[PERSONNE:Piotr Kowalski]], {{52 ans}}, diabète non soigné. Plus de carte Vitale, mais il récite son numéro par cœur : [[NIR:1 71 05 99 122 058 54]]. Rendez-vous pris à la {{PASS}} de l'hôpital jeudi {{14h}}.",
    ),
    (
        "chrs",
        AP,
        "Entretien de sortie avec la référente sociale : projet de {{pension de famille}}. M. [[PERSONNE:Daniel Prod'homme]] a une demande de logement social n° [[IDENTIFIANT:035-230418-00972]], active depuis {{2023}}. « Vous serez prioritaire {{DALO}} si ça traîne », lui dit-elle.",
    ),
    (
        "chrs",
        AP,
        "Un résident fête ses {{60 ans}} ce soir, {{gâteau}} acheté par l'équipe. On chante. Il dit que c'est la première fois depuis {{12 ans}} qu'on lui souhaite son {{anniversaire}}. L'éducateur détourne les yeux.",
    ),
]

CHRS_AT = [
    (
        "chrs",
        AT,
        "Écoutant du {{115}}, {{21h}}. Un homme appelle de la {{gare}} : plus de place ce soir. L'écoutant note son prénom, [[PERSONNE:Mehdi]], et son numéro pour le rappeler si une place se libère : [[TELEPHONE:07 81 40 22 95]].",
    ),
    (
        "chrs",
        AT,
        "Ce soir à {{22h}} : {{96}} demandes non pourvues. Le tableau des places est à {{0}} partout sauf {{2}} places femmes seules. L'écoutante : « je dis non toute la soirée ». Elle fait ce poste depuis {{6 ans}}.",
    ),
    (
        "chrs",
        AT,
        "Une femme avec un bébé appelle depuis un hall d'immeuble où elle s'est abritée, [[ADRESSE:18 rue de Dinan, 35000 Rennes]]. L'écoutante envoie la maraude du {{Samu social}} et rappelle {{3}} hôtels. Place trouvée à {{23h40}}.",
    ),
    (
        "chrs",
        AT,
        "La maraude appelle : ils ont trouvé M. [[PERSONNE:Jean-Marc Troadec]], connu, sous le pont près du {{canal Saint-Martin}}, il refuse de venir. Température ressentie {{- 3 °C}}. Ils lui laissent un duvet et reviendront à {{1h}}.",
    ),
    (
        "chrs",
        AT,
        "L'écoutante crée la fiche dans le {{SI-SIAO}} : nom, prénom, date de naissance ([[DATE_NAISSANCE:1986-03-09]]), composition familiale, nuitées déjà faites. Le monsieur s'appelle [[PERSONNE:Guillaume Ferrand]], né à {{Bordeaux}}, arrivé en {{Bretagne}} pour un {{travail saisonnier}} qui n'a pas marché.",
    ),
    (
        "chrs",
        AT,
        "Mise à l'abri à l'{{hôtel Première Classe}} de {{Saint-Grégoire}}, {{chambre 27}}, pour Mme [[PERSONNE:Nadège Le Cam]] et ses {{3}} enfants. {{2 nuits}}. L'écoutante appelle l'hôtel pour prévenir, le veilleur de nuit râle.",
    ),
    (
        "chrs",
        AT,
        "Une {{assistante sociale}} de l'{{hôpital}} appelle pour un patient sortant sans solution, M. [[PERSONNE:Alain Rault]]. Elle envoie l'{{évaluation sociale}} par mail à la {{coordinatrice}}, [[PERSONNE:Catherine Leblanc]] : [[EMAIL:c.leblanc@siao35.org]].",
    ),
    (
        "chrs",
        AT,
        "Un jeune homme {{albanais}} appelle avec son cousin qui traduit : famille de {{5}}, à la rue depuis hier. Numéro laissé : [[TELEPHONE:+355 69 412 8835]]. Orientation vers l'{{accueil de jour}} demain {{9h}}, pas de place ce soir.",
    ),
    (
        "chrs",
        AT,
        "Un {{habitué}}, « [[PERSONNE:Papy Jo]] », appelle {{tous les soirs}}, juste pour parler. L'écoutant le laisse {{3 minutes}} puis raccroche gentiment, la ligne doit rester libre. « C'est dur mais c'est comme ça. »",
    ),
    (
        "chrs",
        AT,
        "Une femme dort dans sa voiture avec son fils sur le parking du {{Carrefour}} de {{Cesson}}. Pour que la maraude la trouve, elle donne la plaque : [[IMMATRICULATION:EK-309-WB]]. Elle s'appelle [[PERSONNE:Laure]], son fils a {{9 ans}}, il a école demain.",
    ),
]

CHRS_CSP = [
    (
        "chrs",
        CSP,
        "Tour des chambres avec le veilleur, {{23h15}}. {{Chambre 4}} : M. [[PERSONNE:Dumas]] pas rentré. {{Chambre 6}} : radiateur en panne. {{Chambre 9}} : odeur de cannabis, noté au cahier de liaison.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un appartement en {{diffus}}, [[ADRESSE:35 boulevard Villebois-Mareuil, 35000 Rennes]], occupé par Mme [[PERSONNE:Mariam Traoré]] et sa fille. L'éducatrice vérifie l'état du logement ({{contrat d'hébergement}}). Tout est propre. Sur le frigo, un dessin d'enfant : « {{MAMAN}} ».",
    ),
    (
        "chrs",
        CSP,
        "Passage de la {{commission de sécurité}} : extincteurs, issues de secours, alarme incendie testée à {{10h}}. Les résidents sortent en pyjama dans la cour. Avis favorable, {{2}} réserves (une porte coupe-feu calée avec une chaise).",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre 11}} : l'éducateur aide M. [[PERSONNE:Aliou Barry]] à ranger ses papiers dans une pochette : attestation de demande d'asile ([[IDENTIFIANT:3509872146]]), convocation {{OFPRA}}, courrier de la {{CNDA}}. « Tu gardes tout ça dans le casier fermé, d'accord ? »",
    ),
    (
        "chrs",
        CSP,
        "{{Chambre 2}} : la résidente cache un {{chat}} ({{Pirate}}). Interdit en principe. L'équipe ferme les yeux « tant qu'il ne fait pas de bruit ». Il dort sur l'{{oreiller}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite du logement diffus de M. [[PERSONNE:Gérald Blin]], [[ADRESSE:apt 203, 7 rue de Nantes, 44400 Rezé]] : frigo vide le {{12}} du mois, tout le {{RSA}} parti le {{5}}. L'éducateur propose une {{MASP}}. Sur la table, un courrier Caf avec le n° allocataire [[N_ALLOCATAIRE:2648013]].",
    ),
    (
        "chrs",
        CSP,
        "Vérification des participations financières avec le chef de service : chaque résident paie une part de ses ressources. [[PERSONNE:Youssef]], {{chambre 19}}, n'a pas payé depuis {{2 mois}}. On signe ensemble une autorisation de prélèvement sur son compte, [[IBAN:FR76 1558 9351 3704 2188 6614 005]], {{45 €}} par mois.",
    ),
    (
        "chrs",
        CSP,
        "Ronde de {{2h}} avec le veilleur, [[PERSONNE:Abdou]] : tout est calme. {{29}} présents sur {{32}}. Un résident fume à la fenêtre, le veilleur lui fait signe, il écrase sa cigarette.",
    ),
]

# --- france_travail -------------------------------------------------------------------------------

FT_AP = [
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} de {{Villejean}}, accueil. Un monsieur a oublié son identifiant. La conseillère le retrouve avec son nom, [[PERSONNE:Lionel Baudry]], sa date de naissance ([[DATE_NAISSANCE:07/01/1974]], né à {{Limoges}}) et son NIR, [[NIR:1 74 01 87 085 046 28]]. Identifiant : [[ID_FRANCE_TRAVAIL:2904156C]]. Mot de passe réinitialisé à la borne.",
    ),
    (
        "france_travail",
        AP,
        "{{Atelier CV}}. Au mur, un {{CV modèle}} plastifié : « [[PERSONNE:Jean Dupont]] — [[ADRESSE:10 rue des Acacias, 35000 Rennes]] — [[EMAIL:jean.dupont@mail.fr]] — permis {{B}} ». Les participants recopient la mise en page. Une dame demande si elle doit mettre sa {{photo}} : « {{pas obligatoire}} ».",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Steven Le Moigne]] ([[ID_FRANCE_TRAVAIL:3127749M]]) est radié pour absence à une {{convocation}}. Il dit qu'il n'a jamais reçu le courrier. Sa conseillère, Mme [[PERSONNE:Delaunay]], regarde : la convocation était dans son {{espace personnel}}, il n'y va jamais. Recours possible sous {{2 mois}}.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Inès]], {{19 ans}}, en {{CEJ}} (contrat d'engagement jeune), identifiant [[ID_FRANCE_TRAVAIL:0683521 P]]. {{15 à 20 h}} d'activités par semaine, allocation jusqu'à {{528 €}}. Elle vient signer son planning : {{stage}} chez {{Décathlon}} la semaine prochaine.",
    ),
    (
        "france_travail",
        AP,
        "{{Borne d'accueil}} : {{écran tactile}}, {{3}} choix, « j'ai rendez-vous », « je veux m'inscrire », « autre demande ». Un monsieur âgé appuie sur « autre », puis attend {{25 min}} debout.",
    ),
    (
        "france_travail",
        AP,
        "Inscription de M. [[PERSONNE:Ahmad Al Khalil]], réfugié syrien, carte de résident de {{10 ans}} n° [[IDENTIFIANT:9101234875]]. Ingénieur en génie civil à {{Alep}}, diplôme non reconnu ici. La conseillère parle de l'{{ENIC-NARIC}} pour l'attestation de comparabilité et d'un {{FLE}} niveau {{B2}}.",
    ),
    (
        "france_travail",
        AP,
        "Offre n° {{170VBKX}} : menuisier poseur, {{Menuiserie Guillemot & Fils}}, CDD {{6 mois}}. La conseillère appelle le patron, M. [[PERSONNE:Guillemot]], pour lui recommander M. [[PERSONNE:Cyril Nédélec]], identifiant [[ID_FRANCE_TRAVAIL:5702318D]]. Entretien fixé lundi {{8h}} à l'atelier.",
    ),
    (
        "france_travail",
        AP,
        "Actualisation ratée → pas de paiement d'{{ARE}}. Mme [[PERSONNE:Céline Brunet]] a aussi changé de banque sans mettre à jour : nouvel {{IBAN}} [[IBAN:FR76 3000 4028 1700 0104 7826 586]]. La conseillère lui montre comment le modifier elle-même dans l'{{espace perso}}, « la prochaine fois ».",
    ),
    (
        "france_travail",
        AP,
        "Aide au permis {{B}}, jusqu'à {{1 200 €}}. M. [[PERSONNE:Jordan Méheust]] a déjà une vieille {{Peugeot 205}}, immatriculée [[IMMATRICULATION:8734 TR 22]], mais pas de permis. La conseillère rit jaune. Il faut {{6 mois}} d'inscription minimum.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Hubert Lozac'h]], {{56 ans}}, {{RQTH}}, orienté vers {{Cap emploi}}. Décision MDPH n° [[IDENTIFIANT:2023-35-077412]]. Identifiant FT : [[ID_FRANCE_TRAVAIL:1849027 X]]. Il a peur de perdre son conseiller, il l'a depuis {{4 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "Une dame ne reçoit aucune {{offre}} par mail : adresse mal saisie, [[EMAIL:virginie.tanguy@gmial.com]]. Corrigée en [[EMAIL:virginie.tanguy@gmail.com]]. Mme [[PERSONNE:Tanguy]] : « ça fait {{8 mois}} que je me demande pourquoi personne ne m'écrit ».",
    ),
    (
        "france_travail",
        AP,
        "Le conseiller me dit qu'il a {{380}} demandeurs dans son portefeuille en modalité « suivi » : un entretien tous les {{3 mois}} au mieux. Ses collègues en « accompagnement renforcé » en ont {{70}}. Il vise la mutation.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Olena Kravchenko]], ukrainienne, protection temporaire, autorisation provisoire de séjour n° [[IDENTIFIANT:3599024117]]. Comptable à {{Kharkiv}}. Elle cherche un poste d'aide-comptable. La conseillère lui propose la {{POEI}} avec un cabinet de {{Saint-Malo}}.",
    ),
    (
        "france_travail",
        AP,
        "Entretien d'inscription de Mme [[PERSONNE:Clara Weber]], {{30 ans}}, née à {{Strasbourg}} le [[DATE_NAISSANCE:12 août 1993]], NIR [[NIR:293086748214608]], licenciée économique d'une imprimerie. On lui propose le {{CSP}} (contrat de sécurisation professionnelle), {{21 jours}} pour répondre.",
    ),
    (
        "france_travail",
        AP,
        "Un père vient avec son fils de {{16 ans}} en décrochage scolaire. Orientation : {{Mission locale}}, pas {{France Travail}}. La conseillère imprime le {{plan d'accès}} et appelle pour prendre rendez-vous avec eux.",
    ),
    (
        "france_travail",
        AP,
        "La conseillère, [[PERSONNE:Aurore]], montre comment ajouter son profil {{LinkedIn}} dans le CV en ligne, en prenant le sien comme exemple : [[IDENTIFIANT:linkedin.com/in/aurore-fleury-ft]]. Les {{4}} participants ont entre {{52}} et {{61 ans}}, un seul a un compte.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Pierre Marchand]] veut devenir tailleur de {{pierre}}, formation chez les {{Compagnons du Devoir}}. Financement {{AIF}} possible, reste le devis. Il a {{47 ans}}, « c'est pas trop tard ? » — la conseillère : « non ». Il repart avec la liste des {{pièces à fournir}}.",
    ),
    (
        "france_travail",
        AP,
        "Job dating dans le hall : {{8}} recruteurs (logistique, aide à domicile, {{La Poste}}, {{Lidl}}). Files de {{10}} personnes devant la logistique. CV imprimés à la volée sur l'imprimante de l'accueil, qui tombe en panne à {{11h}}.",
    ),
]

FT_AT = [
    (
        "france_travail",
        AT,
        "{{3949}}, avec la conseillère [[PERSONNE:Aurélie]]. Un monsieur ne trouve pas son {{attestation employeur}} dans son espace. Identifiant [[ID_FRANCE_TRAVAIL:6128390L]]. Elle voit que l'employeur ne l'a jamais transmise : courrier de {{relance}} à l'employeur, {{15 jours}}.",
    ),
    (
        "france_travail",
        AT,
        "Serveur vocal : « pour l'actualisation, tapez {{1}} ; pour un paiement, tapez {{2}} »… {{4}} menus avant d'avoir un humain. La conseillère dit que la moitié des gens raccrochent avant.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller appelle Mme [[PERSONNE:Samira Bensaïd]] pour lui proposer un {{job dating}} le {{13 juin}} chez {{Leroy Merlin}}. Elle accepte. Il envoie la {{convocation}} par {{SMS}} depuis son poste.",
    ),
    (
        "france_travail",
        AT,
        "Une boulangerie appelle pour déposer une offre : {{Boulangerie Lebreton}}, SIRET {{812 447 390 00018}}, vendeuse {{CDI}} {{28 h}}. La gérante, [[PERSONNE:Solène]], laisse son portable [[TELEPHONE:06 11 58 72 39]]. Offre publiée sous le n° {{174QZRT}}.",
    ),
    (
        "france_travail",
        AT,
        "Une demandeuse part chercher du travail en {{Espagne}} : maintien de l'{{ARE}} jusqu'à {{3 mois}} avec le formulaire {{U2}}. Elle donne son identifiant, [[ID_FRANCE_TRAVAIL:0931576 R]], et son futur numéro espagnol, [[TELEPHONE:+34 655 21 87 04]].",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Grégory Lamour]] appelle, la voix cassée : sa mère est décédée, il a raté l'{{actualisation}}. Identifiant [[ID_FRANCE_TRAVAIL:3375021F]]. Le conseiller régularise, pas de {{radiation}}. « Toutes mes {{condoléances}} », deux fois.",
    ),
    (
        "france_travail",
        AT,
        "Entre deux appels le conseiller me montre son écran : {{3}} {{logiciels}} ouverts, le téléphone piloté par l'ordinateur, un {{minuteur}} qui passe au rouge après {{6 min}}. « Je ne le regarde plus. »",
    ),
    (
        "france_travail",
        AT,
        "Inscription par téléphone (pour les gens sans ordinateur) : M. [[PERSONNE:Anthony Gillet]], né le [[DATE_NAISSANCE:23 mai 2000]] à {{Vannes}}, NIR [[NIR:1 00 05 56 260 071 56]]. Fin de CDD chez {{Intermarché}}. Premier rendez-vous dans {{10 jours}}.",
    ),
    (
        "france_travail",
        AT,
        "Demande de nouveau {{mot de passe}} : le mail enregistré est [[EMAIL:b.ngoma78@yahoo.fr]], M. [[PERSONNE:Blaise Ngoma]] dit que ce n'est plus le bon. Le conseiller ne peut pas le changer au téléphone : il faut venir en {{agence}} avec une {{pièce d'identité}}.",
    ),
    (
        "france_travail",
        AT,
        "Un jeune dit qu'il a vu une offre sur le {{TikTok}} de {{France Travail}} et donne son pseudo pour qu'on le recontacte : [[IDENTIFIANT:@lucas.btp56]]. Le conseiller lui explique gentiment que ça ne marche pas comme ça et l'inscrit à l'{{atelier du jeudi}}.",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Walid Trabelsi]] appelle, NIR [[NIR:1 90 11 99 351 097 70]], pour savoir si sa formation {{CACES}} {{R489}} est financée. Réponse : oui si elle est liée à une promesse d'embauche. Il en a une, chez {{Geodis}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel d'une conseillère de la {{Mission locale}} : un jeune suivi chez eux, [[PERSONNE:Dylan]], est aussi inscrit ici sous l'identifiant [[ID_FRANCE_TRAVAIL:7215604 K]]. {{Doublon de suivi}}, elles se mettent d'accord : c'est la {{Mission locale}} qui garde.",
    ),
]

# --- generator ------------------------------------------------------------------------------------

NOTES = (
    URGENCES_AP_1
    + URGENCES_AP_2
    + URGENCES_AT
    + CPAM_AP
    + CPAM_AT
    + CPAM_CSP
    + CAF_AP
    + CAF_AT
    + CAF_CSP
    + CCAS_AP
    + CCAS_AT
    + CCAS_CSP
    + CHRS_AP
    + CHRS_AT
    + CHRS_CSP
    + FT_AP
    + FT_AT
)

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
SITE_CHANNELS = {
    "caf": {AP, AT, CSP},
    "cpam": {AP, AT, CSP},
    "ccas": {AP, AT, CSP},
    "urgences": {AP, AT},
    "chrs": {AP, AT, CSP},
    "france_travail": {AP, AT},
}
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the text, its entity spans and its keep list."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"value with outer spaces {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept not in keep:
                keep.append(kept)
            parts.append(kept)
            length += len(kept)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    if not keep:
        raise ValueError(f"note without keep list: {text[:60]!r}")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if channel not in SITE_CHANNELS[site_kind]:
            raise ValueError(f"{site_kind}/{channel} is not a cell of this corpus")
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


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified 50/50 split by site kind x channel, drawn with random.Random(SEED)."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[dict]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(cells):
        cell = list(cells[key])
        rng.shuffle(cell)
        half = len(cell) // 2
        dev.extend(cell[:half])
        holdout.extend(cell[half : 2 * half])
        leftovers.extend(cell[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path: Path, notes: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in notes:
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main() -> None:
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
