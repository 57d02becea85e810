"""Authoring script of the independent5 evaluation notes (stdlib only).

Every note below was typed by hand, one situation per note. Inline marks:

- ``[[CODE:value]]`` marks an entity; CODE is one of P (PERSONNE), NIR, TEL (TELEPHONE),
  MAIL (EMAIL), IBAN, ADR (ADRESSE), DDN (DATE_NAISSANCE), ALLOC (N_ALLOCATAIRE),
  FT (ID_FRANCE_TRAVAIL), IMMAT (IMMATRICULATION), ID (IDENTIFIANT);
- ``{{value}}`` marks a string that must survive anonymisation (goes to ``keep``).

Running the script strips the marks, computes the offsets, and writes ``dev.jsonl`` and
``holdout.jsonl`` (100 notes each, split at random with a fixed seed, stratified by
site kind x channel).

holdout.jsonl is held out: whoever tunes the anonymiser must not read it, nor the note texts
below.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5_20261203
CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DDN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

# site kinds and channels, short forms used in the note list
CAF, CPAM, CCAS, URG, CHRS, FT_ = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = []


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            code, value = m.group(1), m.group(2)
            if code not in CODES:
                raise ValueError(f"unknown code {code!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
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


# ---------------------------------------------------------------- Caf
NOTES += [
    (
        CAF,
        PHY,
        """{{9h40}} deja {{14 pers}} en salle d'attente, borne en panne, l'agent imprime les tickets a la main""",
    ),
    (
        CAF,
        PHY,
        """Mme [[P:Kowalczyk]] (prononcé « [[P:Kovaltchik]] » par l'agent, au 3e essai) vient pour sa {{prime d'activité}} suspendue depuis {{mars}}. Elle a changé de banque ({{Banque Postale}} → {{Boursorama}}), nouvel IBAN [[IBAN:FR76 4061 8802 9800 0401 2345 671]]. L'agent ([[P:Sébastien]]) voit que le changement n'a jamais été saisi : le formulaire était arrivé sans signature. {{25 min}} au {{guichet 4}}.""",
    ),
    (
        CAF,
        PHY,
        """monsieur [[P:ouedraogo]] n'a pas compris le courrier « indu de {{1 240 €}} », l'agent lui redessine le calcul sur un post-it""",
    ),
    (
        CAF,
        PHY,
        """Lu sur l'écran de l'agent : NOM [[P:HADDAD]] / PRENOM [[P:Yasmina]] / NE(E) LE [[DDN:17/08/1991]] / N° ALLOC [[ALLOC:2874113]] / SITUATION isolée 2 enf. / DROITS {{RSA}} + {{APL}}""",
    ),
    (
        CAF,
        PHY,
        """dame av poussette, vient pr l'{{ARS}} mais c trop tôt, revenir en {{août}}. repart ds les 3 min. bcp de gens comme ça ce matin d'apres l'agent""",
    ),
    (
        CAF,
        PHY,
        """Matinée guichet {{Caf de Roubaix}} :
- {{8h30}} ouverture, file jusqu'au trottoir
- 1er usager M. [[P:Benyamina Karim]], changement de situation (séparation), doit donner l'adresse de Madame : [[ADR:27 rue de l'Épeule, 59100 Roubaix]]
- 2e : une jeune, [[P:Océane]], {{19 ans}}, demande de {{RSA}} refusée (moins de {{25 ans}}), orientée {{Mission locale}}
- 3e : mot de passe {{caf.fr}} perdu, réglé en 2 min
L'agent dit que la moitié des visites c'est le site.""",
    ),
    (
        CAF,
        PHY,
        """Mme [[P:Yildiz]] ne parle pas francais, son fils [[P:Emre]] ({{14 ans}}) traduit tout, meme les montants. Il lit le num alloc a voix haute : « [[ALLOC:un deux zéro sept quatre quatre neuf]] ». L'agent me dit qu'on ne devrait pas faire traduire un mineur mais pas d'interprète avant {{jeudi}}.""",
    ),
    (
        CAF,
        PHY,
        """Mme [[P:Boulanger]] (alloc [[ALLOC:5521908]]) attend son {{AAH}} depuis 4 mois, elle a apporté des croissants de la {{boulangerie}} d'en face pour l'accueil ?!""",
    ),
    (
        CAF,
        PHY,
        """Ce qui me frappe : personne ne lit les affiches. L'écran annonce « {{guichet 2}} » mais le son est coupé depuis {{novembre}}.""",
    ),
    (
        CAF,
        PHY,
        """mr [[P:Nguyen Van Hoa]], retraité, comprend pas pq son {{APL}} a baissé. l'agent explique la contemporanéisation (ressources des {{12 derniers mois}}), il hoche la tete mais on voit bien qu'il a rien compris. rdv le {{14/01}} avec la conseillere Mme [[P:Tessier]] Il sort en disant « merci madame » à l'agent, qui est un homme. En tout {{18 min}}, dont 10 à chercher son courrier de {{septembre}} dans un sac plastique.""",
    ),
    (
        CAF,
        PHY,
        """dame tres enervee elle dit que la {{caf}} lui a pris {{300 euros}} sur son compte sans prevenir l'agent s'appelle [[P:Nadia]] elle garde son calme explique que c'est une retenue sur indu la dame s'appelle madame [[P:pereira da costa]] elle dit je vais prendre un avocat elle montre le courrier sur son telephone c'est écrit indu de {{1 800 €}} sur la {{prime d'activité}} l'agent propose un échéancier à {{50 €}} par mois elle finit par dire merci""",
    ),
    (
        CAF,
        PHY,
        """Elle me montre le formulaire « Déclaration de situation » rempli par son voisin. Case « Nom de naissance » : [[P:MOREAU]]. Case « Nom d'usage » : [[P:EL AMRANI]]. « Prénoms » : [[P:Sabrina]], [[P:Lila]]. « Date de naissance » (une case par chiffre) : [[DDN:0 3 1 1 1 9 8 8]]. Tout est juste sauf la case « N° de sécurité sociale », où il a recopié le numéro de {{CAF}}.""",
    ),
    (
        CAF,
        PHY,
        """un monsieur demande si la Caf peut payer sa facture {{EDF}}. réponse : non, voir le {{CCAS}}""",
    ),
    (
        CAF,
        PHY,
        """Agent [[P:Thierry]] ({{20 ans de maison}}) : « avant on avait {{45 min}} par personne, maintenant {{12}} ». Il me montre l'indicateur de l'appli interne, temps moyen ce matin : {{11 min 40}}.""",
    ),
    (
        CAF,
        PHY,
        """Situation compliquée : Mme [[P:Diarra Fatoumata]] loue chez un particulier, M. [[P:Lemaire]], qui refuse de remplir l'attestation de loyer. Elle a des quittances écrites à la main, signées « [[P:J. Lemaire]] ». L'agent : sans attestation pas d'{{APL}}, il propose le {{tiers payant}} si le bailleur accepte (il n'acceptera pas). Logement : [[ADR:5 résidence Les Tilleuls, bât B, Tourcoing]], {{22 m²}} pour {{480 €}}.""",
    ),
    (
        CAF,
        PHY,
        """L'agent note dans le dossier le portable de la dame, [[TEL:07 81 22 59 04]], et lui écrit sur un papier le {{3230}} et le numéro de la {{maison France services}} de {{Wattrelos}}, {{03 20 81 47 00}}.""",
    ),
    (
        CAF,
        PHY,
        """Bébé qui pleure depuis {{20 min}}, la maman (Mme [[P:Fofana]]) n'ose pas quitter la file, personne ne propose l'espace enfants (fermé depuis le {{Covid}}).""",
    ),
    (
        CAF,
        PHY,
        """À la pause, [[P:Véro]] et [[P:Mehdi]] parlent de « [[P:le Tamponneur]] », un habitué qui vient chaque {{lundi}} faire tamponner une photocopie « pour preuve ». En vrai c'est M. [[P:Gauthier-Lacombe]], ils l'aiment bien. [[P:Mehdi]] imite sa voix. [[P:Véro]] : « un jour il viendra plus et on s'inquiétera ». Je ne sais pas si c'est de la moquerie ou de la tendresse, sûrement les deux.""",
    ),
    (
        CAF,
        TEL,
        """Appel 4 : M. [[P:Cissé]], dossier [[ALLOC:7712345]], veut savoir quand tombe le {{RSA}} → {{le 5 du mois}}, 40 s""",
    ),
    (
        CAF,
        TEL,
        """Une dame rappelle pour la 3e fois. Elle laisse son numéro pour le rappel : « [[TEL:zéro six, quarante, douze, quatre-vingt-huit, zéro trois]] ». Rappel promis sous {{48h}}, l'agent sait que ce sera plutôt {{10 jours}}. Elle précise : « après {{18h}} c'est mon fils [[P:Anis]] qui répond ». L'agent note le prénom dans le commentaire du dossier.""",
    ),
    (
        CAF,
        TEL,
        """plateforme {{3230}} : {{62 appels}} en attente à {{10h15}}, le message « votre temps d'attente est supérieur à 20 minutes » tourne en boucle""",
    ),
    (
        CAF,
        TEL,
        """Le monsieur n'a pas son num alloc, l'agent l'identifie par le NIR : [[NIR:1 72 06 99 352 118 41]] (né à l'étranger, le {{99}}). Nom [[P:Rakotomalala]], prénom [[P:Hery]]. Il appelle de {{Saint-Nazaire}}, il vient de quitter {{Madagascar}} il y a {{deux ans}} et touche la {{prime d'activité}} depuis son {{CDI}} chez {{Chantiers de l'Atlantique}}.""",
    ),
    (
        CAF,
        TEL,
        """Mme [[P:Vasseur]] veut les papiers par mail, elle épelle : « [[MAIL:chloe point vasseur tiret quarante arobase free point fr]] ». L'agent tape [[MAIL:chloe.vasseur-quarante@free.fr]], elle corrige : « non, quarante en chiffres ! » Elle a aussi une adresse {{Gmail}} mais ne la regarde jamais. L'agent : « on garde celle-là ». Elle rit.""",
    ),
    (
        CAF,
        TEL,
        """[[P:Coralie]] (agent) au tel : « alors je vois que votre {{prime à la naissance}} a été versée le {{12}}… » — moi : elle a 3 écrans ouverts et trouve l'info en {{10 s}}, impressionnant""",
    ),
    (
        CAF,
        TEL,
        """Erreur d'aiguillage : le monsieur est éleveur, il dépend de la {{MSA}}. Il dicte quand même son n° MSA [[ALLOC:2041187]] avant que l'agent ait pu l'arrêter. Elle lui donne le numéro de la MSA {{Portes de Bretagne}} : {{02 99 01 80 80}}. Moi : il avait l'air soulagé de parler à quelqu'un, l'appel a duré {{9 min}} pour un sujet qui n'était pas le nôtre.""",
    ),
    (
        CAF,
        TEL,
        """Appel tendu ({{15 min}}). M. [[P:Fabrice Lenormand]] crie que « la Caf lui vole ses gosses » : sa fille [[P:Lou-Anne]] est partie vivre chez sa mère et les {{allocations familiales}} ont basculé chez elle. L'agent reste factuelle, explique le changement d'allocataire, parle du {{médiateur}}. Il raccroche. Elle souffle : « celui-là il appelle tous les mois ».""",
    ),
    (
        CAF,
        TEL,
        """Appel depuis l'{{Algérie}} : la dame est bloquée là-bas (passeport expiré), demande qu'on la rappelle au [[TEL:+213 5 51 23 47 90]]. L'agent n'a pas le droit d'appeler à l'international.""",
    ),
    (
        CAF,
        CSP,
        """Contrôle sur place avec [[P:Bertrand]], contrôleur assermenté. Chez Mme [[P:Le Gall Maëlys]], [[ADR:lieu-dit Kerjean, 29410 Pleyber-Christ]], {{RSA}} isolée. Motif : suspicion de vie maritale (signalement anonyme). Dans l'entrée, 2 paires de chaussures d'homme pointure {{45}} ; elle dit que c'est son frère [[P:Erwan]] qui vient le week-end. {{1h10}} sur place. Rapport : « ressources à vérifier ». Moi : malaise quand il ouvre le placard de la salle de bain.""",
    ),
    (
        CAF,
        CSP,
        """Devant la maison, un utilitaire [[IMMAT:FK-482-LS]] au nom de l'entreprise du conjoint « parti depuis un an ». Le contrôleur photographie la plaque pour le PV.""",
    ),
    (
        CAF,
        CSP,
        """Trajet {{40 min}} pour un contrôle, personne n'ouvre. Avis de passage sous la porte, 2e tentative dans {{15 jours}}.""",
    ),
    (
        CAF,
        CSP,
        """Tablette du contrôleur, fiche mission :
Allocataire : [[P:M'BAREK Sofiane]]
N° : [[ALLOC:3 110 874]]
Adresse : [[ADR:appt 31, 2 square de Bretagne, 35700 Rennes]]
Motif : contrôle de résidence / {{ASF}}
Bailleur : {{Néotoa}}""",
    ),
    (
        CAF,
        CSP,
        """Visite chez des étudiants ({{ALS}}), coloc à 4. Le contrôleur demande qui paie le loyer. Entre eux ils s'appellent « [[P:Pablo]] », « [[P:Tiph]] », « [[P:le Suisse]] ». Le bail est au nom de [[P:Tiphaine Rochereau]] et [[P:Rafael Gómez Ortega]]. Il y a un 5e matelas dans le salon. L'agent : « c'est pas mon problème tant que ça change pas le loyer ». {{20 min}}, plutôt bon enfant.""",
    ),
    (
        CAF,
        CSP,
        """ctrl : la dame montre son titre de séjour n° [[ID:3502178456]] valable jusqu'en {{03/2027}}, et son RIB ecrit a la main [[IBAN:fr76 1254 8029 9800 0012 3456 789]], le contrôleur recopie tout a la main""",
    ),
    (
        CAF,
        CSP,
        """Chez Mme [[P:Rose Lebrun]] ({{APL}}, n° alloc [[ALLOC:4 402 118]]) tout est en ordre. Elle nous sert le café dans des tasses {{roses}} et sort les photos des petits-enfants. {{25 min}} dont 20 de conversation. Le contrôleur : « contrôle aléatoire, ça tombe sur n'importe qui ». En repartant, il me dit que sur une quarantaine de contrôles aléatoires par an, il ne trouve « presque jamais rien ».""",
    ),
]
# ---------------------------------------------------------------- Cpam
NOTES += [
    (
        CPAM,
        PHY,
        """carte Vitale perdue, 3e fois cette année, l'agent soupire et fait la commande sur {{ameli}} avec lui""",
    ),
    (
        CPAM,
        PHY,
        """Jeune homme, [[P:Dylan]], vient chercher une attestation de droits pour un job d'été chez {{McDo}}. L'agent tape le NIR qu'il lit sur sa carte : [[NIR:199087511204583]]. Imprimée en {{1 min}}.""",
    ),
    (
        CPAM,
        PHY,
        """Mme [[P:Tran Thi Hông]] et son mari M. [[P:Lâm]] viennent pour une demande de {{C2S}}. Il manque l'avis d'imposition ; l'agent montre à quoi il ressemble sur son propre téléphone. Ils ont tout le dossier dans un sac {{Tati}}. Le mari relit chaque montant à voix haute en vietnamien. Nouveau rdv le {{mardi 16}} à {{14h}}.""",
    ),
    (
        CPAM,
        PHY,
        """dame vient pour un rembt de lunettes ({{Optic 2000}}), le Dr [[P:Abitbol]] a fait l'ordonnance mais pas avec le bon code. l'agent : « faut revoir avec l'opticien ». Mme [[P:Gaillard]] repart sans rien, pas contente du tout Je regarde la file : {{11 personnes}}, 2 agents. Le ticket suivant, {{B052}}, est appelé {{20 min}} plus tard.""",
    ),
    (
        CPAM,
        PHY,
        """le monsieur a un arrêt de travail depuis le {{3 septembre}} il a toujours pas touché ses indemnités journalières l'employeur a pas envoyé l'attestation de salaire il travaille chez un boucher à {{Vitré}} monsieur [[P:Jambon]] l'agent propose d'appeler le patron lui-même monsieur [[P:Jambon]] oui oui c'est pas une blague""",
    ),
    (
        CPAM,
        PHY,
        """Écran de l'agent (je recopie) : Bénéficiaire [[P:BOUKHRIS Ilyes]] – NIR [[NIR:1 04 11 13 055 287 16]] – Médecin traitant : Dr [[P:MARTINEZ Inès]] – {{ALD}} : oui – Complémentaire : {{Harmonie Mutuelle}} adh. [[ID:7 845 120 336]] – L'agent me dit que la mutuelle est souvent fausse dans la base.""",
    ),
    (
        CPAM,
        PHY,
        """Je compte : sur {{23 personnes}} reçues ce matin, 9 pour une carte Vitale, 6 pour des {{IJ}}, 4 pour la {{C2S}}, le reste « je sais pas, on m'a dit de venir ». Aucune n'avait pris rdv.""",
    ),
    (
        CPAM,
        PHY,
        """M. [[P:Ferhat]], 4e visite pour la même feuille de soins, il a un classeur rouge avec tout dedans""",
    ),
    (
        CPAM,
        PHY,
        """L'agent ne trouve pas la dame dans la base. Elle épelle : « [[P:S, Z, C, Z, E, P, A, N, S, K, A]] ». Trouvée : Mme [[P:Szczepańska]] était enregistrée sans l'accent sur le n. L'agent ne corrige pas : « si je touche au nom ça va tout casser ». Elle rit : « en {{Pologne}} aussi ils se trompent ». Elle vient pour la carte Vitale de son fils [[P:Tomasz]], {{16 ans}}.""",
    ),
    (
        CPAM,
        PHY,
        """[[P:Maryse]] crée le compte {{ameli}} de la dame avec elle. Adresse mail : [[MAIL:mamie.jo.1952@orange.fr]]. La dame ne sait pas ce qu'est un mot de passe « fort », elles en choisissent un ensemble (je ne le note pas 🙂). Ensuite elles téléchargent ensemble une attestation : ça marche, la dame applaudit. [[P:Maryse]] me dit qu'elle fait ça {{5 fois}} par jour.""",
    ),
    (
        CPAM,
        PHY,
        """Demande d'{{AME}}. M. [[P:Mohammadi Ahmad Shah]], afghan, accompagné d'une bénévole de la {{Cimade}}, Mme [[P:Girardin]]. Passeport n° [[ID:P03348127]], domiciliation au {{CCAS}}. Il manque la preuve de présence en France depuis plus de {{3 mois}} ; la bénévole sort un ticket de bus daté de {{juillet}} et l'agent l'accepte. Je ne savais pas qu'un ticket de bus pouvait servir de preuve.""",
    ),
    (
        CPAM,
        PHY,
        """la petite [[P:inaya]] dessine sur le formulaire pendant que sa mère attend, l'agent lui donne une autre feuille pour dessiner""",
    ),
    (
        CPAM,
        PHY,
        """Jumeaux nés le [[DDN:2025-10-30]] (date lue sur l'écran). La mère veut les rattacher à sa carte et pas à celle du père. Prénoms : [[P:Ayden]] et [[P:Aylan]]. L'agent les rattache aux deux parents « comme ça pas de jaloux ». Le père, M. [[P:Obiang]], attend dehors avec la poussette double, il fait signe par la vitre.""",
    ),
    (
        CPAM,
        PHY,
        """Borne {{ameli}} en libre-service : 2 personnes sur 3 demandent au vigile de les aider à s'en servir""",
    ),
    (
        CPAM,
        PHY,
        """Changement de RIB pour les remboursements. Le monsieur tend un RIB {{Crédit Mutuel}}, l'agent saisit : [[IBAN:10278 36055 00021458901 62]], et la nouvelle adresse, [[ADR:La Métairie Neuve, 35190 Tinténiac]]. Elle vérifie deux fois la clé, « une erreur et c'est {{3 semaines}} de retard ».""",
    ),
    (
        CPAM,
        PHY,
        """Une dame, Mme [[P:Meunier]], peste contre les franchises médicales « à cause de {{Macron}} ». Son voisin de file, {{meunier}} à la retraite (pour de vrai !), rigole.""",
    ),
    (
        CPAM,
        PHY,
        """Agent ([[P:Kevin]]) : « vous avez votre attestation {{PUMa}} ? »
Usager : « c'est quoi ? »
[[P:Kevin]] (à moi) : « 8 sur 10 savent pas ».
Il imprime. M. [[P:Sangaré Bakary]], né le [[DDN:1er janvier 1985]] (« comme la moitié du pays », dit l'agent), vient d'avoir ses papiers et découvre qu'il n'a pas de médecin traitant. Liste des médecins qui acceptent de nouveaux patients à {{Saint-Herblain}} : zéro.""",
    ),
    (CPAM, PHY, """{{guichet 3}} fermé (agent absent), on attend {{50 min}}"""),
    (
        CPAM,
        TEL,
        """{{3646}} : remboursement de kiné pour Mme [[P:Dos Santos]] ([[NIR:2660533063155 12]]), réglé en 3 min""",
    ),
    (
        CPAM,
        TEL,
        """Elle dicte son numéro de sécu : « [[NIR:deux, quatre-vingt-un, zéro trois, soixante-neuf, trois cent quatre-vingt-huit, zéro douze, clé cinquante-quatre]] ». L'agent retape : [[NIR:2 81 03 69 388 012 54]]. Ça passe du premier coup.""",
    ),
    (
        CPAM,
        TEL,
        """La dame veut être rappelée au [[TEL:06-44-18-73-20]] après {{17h}}. L'agent ne peut pas choisir l'heure, lui conseille le {{36 46}} tôt le matin.""",
    ),
    (
        CPAM,
        TEL,
        """Série d'appels sur le nouvel arrêt de travail sécurisé (les photocopies sont refusées) : {{5 appels sur 8}} pour ça.""",
    ),
    (
        CPAM,
        TEL,
        """La pharmacienne de la {{pharmacie du Marché}}, Mme [[P:Hoarau]], appelle pour un patient, M. [[P:Grondin Jean-Claude]], droits fermés : « il est devant moi, il lui faut son insuline ». L'agent voit un trou de droits depuis le passage à la {{retraite}} (changement de caisse). Elle rouvre à titre provisoire. {{7 min}}.""",
    ),
    (
        CPAM,
        TEL,
        """appel ms dame ss carte vitale ms av attestation, donne son n° de sécu [[NIR:2 97 05 93 066 139 70]], demande si ok pr {{doctolib}} : oui. 2 min. agent = [[P:Sandrine]]""",
    ),
    (
        CPAM,
        TEL,
        """Une retraitée installée en {{Espagne}} (formulaire {{S1}}) appelle du [[TEL:+34 612 48 93 07]] : garde-t-elle sa carte Vitale ? L'agent cherche {{4 min}} dans la base de connaissances avant de répondre. Réponse : oui, avec le {{S1}}. « Et à {{Alicante}} ils la prennent ? » Non, il faut la carte européenne.""",
    ),
    (
        CPAM,
        TEL,
        """Elle ne reçoit aucun mail d'ameli. Son adresse : [[MAIL:kenza.benali (at) hotmail.fr]] ; dans le dossier l'agent voit [[MAIL:kensa.benali@hotmail.fr]] → faute de frappe depuis {{2 ans}} !""",
    ),
    (
        CPAM,
        TEL,
        """Un médecin généraliste appelle la ligne des professionnels pour une patiente en {{ALD}} : « ma patiente Mme [[P:Lacroix]], le protocole est bloqué depuis {{octobre}} ». L'agent transfère au {{service médical}}.""",
    ),
    (
        CPAM,
        TEL,
        """Pour s'identifier le monsieur donne sa date de naissance, « le [[DDN:vingt-deux février soixante-trois]] », puis son code postal, {{35000}}""",
    ),
    (
        CPAM,
        TEL,
        """L'agent a un script à l'écran : 1) identifier 2) reformuler 3) répondre 4) proposer le compte {{ameli}}. Elle saute le 4 à chaque fois : « ils ont pas d'ordi, à quoi bon ». Fin de matinée : {{38 appels}}, durée moyenne {{4 min 20}}, un seul transfert. Elle me dit qu'elle préfère le téléphone : « au guichet ils pleurent, au téléphone ils crient, je préfère qu'ils crient ».""",
    ),
    (
        CPAM,
        CSP,
        """Contrôle d'arrêt de travail au domicile avec l'agente assermentée, Mme [[P:Rivière]]. Adresse : [[ADR:18 bis rue Pasteur, 69100 Villeurbanne]]. Assuré absent. Sorties autorisées de {{9h}} à {{11h}} et de {{14h}} à {{16h}}, on est passés à {{15h10}}. La voisine : « il est chez {{Leroy Merlin}} ». Mme [[P:Rivière]] note « absent », les {{IJ}} peuvent être suspendues.""",
    ),
    (
        CPAM,
        CSP,
        """2e contrôle : M. [[P:Mendy]] est là, béquilles et plâtre, il nous montre les radios du {{CHU}}. Le voisin dit que sa voiture, [[IMMAT:DX 651 TB]], n'a pas bougé depuis {{3 semaines}}. {{5 min}}.""",
    ),
    (
        CPAM,
        CSP,
        """Sur la boîte aux lettres : « [[P:K. Amrani]] / [[P:S. Dufour]] ». Le nom de l'assuré n'y est pas, l'agente note « à vérifier ».""",
    ),
    (
        CPAM,
        CSP,
        """Pas de contrôle possible : interphone cassé, digicode. On attend {{10 min}} qu'un voisin sorte, personne. On repart.""",
    ),
]
# ---------------------------------------------------------------- CCAS
NOTES += [
    (
        CCAS,
        PHY,
        """file pour les colis alimentaires dès {{8h}}, {{32 personnes}} comptées, il pleut""",
    ),
    (
        CCAS,
        PHY,
        """Domiciliation. M. [[P:Stoica Ionel]], roumain, dort dans sa voiture, une {{Dacia}} Logan à plaque roumaine [[IMMAT:B 123 XYZ]]. L'agent lui remet l'attestation d'élection de domicile : son courrier arrivera au CCAS, {{place de la Mairie}}. Il a un compte roumain, [[IBAN:RO12 BTRL 0450 1202 5876 4100]], la banque française refuse de lui en ouvrir un. Il demande s'il peut aussi recevoir le courrier de son cousin [[P:Marian]]. Non, chacun sa domiciliation.""",
    ),
    (
        CCAS,
        PHY,
        """Aide énergie : facture {{EDF}} de {{687 €}}, référence client [[ID:6 014 882 391]]. Mme [[P:Lefebvre]] ({{78 ans}}) a coupé le chauffage en {{décembre}} « pour économiser ». L'agent monte un dossier {{FSL}} énergie et lui donne un chèque énergie oublié dans son sac. Elle note aussi son numéro fiscal, [[ID:3012456789012]], pour le dossier.""",
    ),
    (
        CCAS,
        PHY,
        """monsieur [[P:abdelkader]] vient pour l'aide cantine de ses trois enfants l'agent demande le quotient familial il l'a pas il donne son numéro caf [[ALLOC:3387105]] et son téléphone [[TEL:06 98 41 77 25]] pour qu'on le rappelle l'agent dit qu'elle peut voir le QF elle-même sur {{CDAP}} pas besoin de rappeler""",
    ),
    (
        CCAS,
        PHY,
        """[[P:Sylvie]] fait entrer la dame dans le bureau fermé, pas au guichet, parce qu'elle pleure. Elle me dit après : « le guichet c'est pour les papiers, le bureau c'est pour les larmes ».""",
    ),
    (
        CCAS,
        PHY,
        """Mme [[P:Chevalier]] vient pour la carte de transport solidaire ({{STAR}}). Son petit-fils joue avec un {{chevalier}} en plastique dans la salle d'attente.""",
    ),
    (
        CCAS,
        PHY,
        """L'adjointe aux solidarités passe dire bonjour, {{2 min}}, photo pour le bulletin municipal, repart. Les agents lèvent les yeux au ciel.""",
    ),
    (
        CCAS,
        PHY,
        """La dame me montre la lettre de son bailleur : « Madame [[P:KONATÉ Awa]], nous constatons un impayé de {{1 932,18 €}} sur votre logement situé [[ADR:12, allée des Mimosas, Bât. F, 13015 Marseille]]. Sans régularisation sous {{8 jours}}, nous transmettrons le dossier à notre huissier. [[P:L. Barthélémy]], chargée de recouvrement. » L'agent oriente vers le {{FSL}} et appelle devant elle la {{CESF}} du bailleur.""",
    ),
    (
        CCAS,
        PHY,
        """Mr [[P:LE DUFF]] vient chercher son courrier (domicilié), 1 lettre de la {{préfecture}}, il ne l'ouvre pas devant nous""",
    ),
    (
        CCAS,
        PHY,
        """La fille vient pour le dossier {{APA}} de son père, M. [[P:Santoni Ange-Marie]], né le [[DDN:08.06.1939]] à {{Ajaccio}}. Elle a tout photocopié en 2 exemplaires. L'agent : « vous êtes ma cliente préférée de la semaine ». Le père attend dans la voiture en bas ; elle l'appelle pour savoir s'il a une mutuelle : « oui, la {{MACIF}} ». L'agent coche la case.""",
    ),
    (
        CCAS,
        PHY,
        """mr ss domicile, vt ouvrir cpte bancaire, la bq refuse ss justif. agent fait attest° d'hébergt CCAS. 10 min. il s'appelle [[P:Yacouba]] jcrois""",
    ),
    (
        CCAS,
        PHY,
        """Dossier d'aide sociale à l'hébergement ({{ASH}}, {{EHPAD}}) : l'agent recopie le NIR depuis l'attestation, [[NIR:2.41.07.29.019.044.63]]. La fille, Mme [[P:Kerdraon]], répète que sa mère « a toujours payé ses impôts ».""",
    ),
    (
        CCAS,
        PHY,
        """Le CCAS a ouvert un point {{WiFi}} avec 2 ordis. Les deux sont pris par des gens qui regardent {{YouTube}}, l'agent laisse faire : « au moins ils sont au chaud ».""",
    ),
    (
        CCAS,
        PHY,
        """Permanence aide alimentaire, bons pour l'{{épicerie solidaire}} :
• Mme [[P:Bah]], 4 enfants → {{3 semaines}}
• M. et Mme [[P:Petrossian]] → {{2 semaines}}, reste à vivre {{4,20 €}}/jour
• « [[P:Mamie Lulu]] » (tout le monde l'appelle comme ça) → renouvellement auto
• un jeune, refusé : pas de justificatif de ressources
Barème : reste à vivre < {{8 €}}/jour/personne.""",
    ),
    (
        CCAS,
        PHY,
        """Elle dicte son mail pour recevoir l'attestation : [[MAIL:BRIGITTE.SCHMITT67@GMAIL.COM]] (écrit tout en majuscules sur son papier)""",
    ),
    (
        CCAS,
        PHY,
        """Un monsieur demande « Madame [[P:Pierre]] », l'assistante sociale qu'il voyait avant. Elle est partie à la retraite. Il dit : « c'était la seule qui me comprenait ». L'agent lui propose un rdv avec M. [[P:Joseph]], le nouveau. Le monsieur demande si M. [[P:Joseph]] « est gentil ». L'agent : « très ». Il prend le rdv du {{mercredi}}.""",
    ),
    (
        CCAS,
        PHY,
        """Dossier de {{logement social}} : la dame a son numéro unique de demandeur, [[ID:035 23 00128 457]], demande déposée en {{2019}}, toujours rien. L'agent l'aide à remplir le recours {{DALO}}, 40 min.""",
    ),
    (
        CCAS,
        TEL,
        """Le standard du CCAS ({{04 72 10 30 30}}) transfère à l'agent un appel sur trois « parce que personne d'autre décroche »""",
    ),
    (
        CCAS,
        TEL,
        """Une voisine appelle : Mme [[P:Duval]] du 3e ne répond plus et sa boîte aux lettres déborde. L'agent note l'adresse, [[ADR:7 rue Jean-Baptiste Clément, apt 34]], et appelle le {{17}}. On apprendra à {{16h}} qu'elle était hospitalisée depuis {{5 jours}}. L'agent me dit que c'est la troisième fois cette année qu'un voisin sauve quelqu'un « mieux que nous ».""",
    ),
    (
        CCAS,
        TEL,
        """Appels du registre {{plan grand froid}} : liste de {{112 personnes}}. Sur les 10 premières, 7 décrochent, 2 répondeurs, 1 numéro plus attribué. M. [[P:Vautrin]] ({{93 ans}}) garde l'agent {{12 min}} pour parler de la guerre d'{{Algérie}}. Le numéro plus attribué, c'était celui de Mme [[P:Quéméner]] ; l'agent ajoute une visite à domicile {{vendredi}}.""",
    ),
    (
        CCAS,
        TEL,
        """appel d'une assistante sociale du {{Département}} pour un dossier commun l'agent dit qu'elle peut rien dire au téléphone sans l'accord de la personne secret professionnel l'autre insiste l'agent tient bon""",
    ),
    (
        CCAS,
        TEL,
        """La dame laisse deux numéros : le sien, [[TEL:07.52.33.10.84]], et celui de sa fille à {{Bruxelles}}, [[TEL:+32 470 55 21 96]].""",
    ),
    (
        CCAS,
        TEL,
        """Le propriétaire, un certain M. [[P:Roux]] (« appelez-moi [[P:Jeannot]] »), appelle pour se plaindre que son locataire, M. [[P:Bouzid]], « vit comme un cochon ». Il veut que le CCAS « fasse quelque chose ». L'agent explique que le CCAS n'est pas la police et propose une visite à domicile si M. [[P:Bouzid]] est d'accord. « Il sera jamais d'accord. » Moi : l'agent a une patience infinie.""",
    ),
    (
        CCAS,
        TEL,
        """appel {{téléassistance}} : Mme [[P:Guérin-Dubois]] a encore appuyé sur le bouton par erreur, 3e fois de la semaine""",
    ),
    (
        CCAS,
        TEL,
        """[[P:Fatou]] (agent) : « CCAS bonjour… oui… non madame, l'{{APA}} c'est le {{Département}}… je vous donne le numéro : {{02 99 02 35 35}}… de rien. » Elle raccroche et me regarde : « ça c'est {{40 %}} des appels ». Appel suivant : la {{banque alimentaire}}, c'est bien chez eux, le {{mardi}} et le {{jeudi}} de {{14h}} à {{16h}}.""",
    ),
    (
        CCAS,
        CSP,
        """Visite à domicile (évaluation aide ménagère) chez M. [[P:Muller Heinrich]], [[ADR:3 rue du Ried, 67400 Illkirch-Graffenstaden]]. {{87 ans}}, veuf, il parle {{alsacien}} avec l'agent. Frigo presque vide. Escalier raide, salle de bain à l'étage. L'agent propose le portage de repas ({{6,80 €}}) et {{4h}} d'aide à domicile par semaine. Il accepte le portage, refuse l'aide : « je ne veux pas d'étrangère chez moi ». Silence gêné.""",
    ),
    (
        CCAS,
        CSP,
        """Logement insalubre, moisissures au plafond de la chambre des enfants, l'agent prend des photos pour le {{SCHS}}. On reste {{35 min}}. Je ressors avec mal à la tête.""",
    ),
    (
        CCAS,
        CSP,
        """sur le parking de la résidence la voiture du fils est garée sur la place handicapé [[IMMAT:gh 327 pm]] la mère dit que c'est normal il l'emmène faire les courses le {{samedi}}""",
    ),
    (
        CCAS,
        CSP,
        """Fiche visite (tablette) :
Demandeur : [[P:AÏT-OUFELLA Dalila]]
DDN : [[DDN:30/04/1958]]
Adresse : [[ADR:Résidence Bellevue, esc. 2, porte 117, Brest]]
{{GIR 4}} estimé
Aidant : fils ([[P:Rayane]]), tél [[TEL:06 61 09 48 12]]
Observations : escalier sans rampe, tapis dans le couloir, frigo OK""",
    ),
    (
        CCAS,
        CSP,
        """Chez la famille [[P:Okonkwo]], 6 personnes en {{T2}}, l'agent mesure la chambre au mètre ruban""",
    ),
    (
        CCAS,
        CSP,
        """Visite « lien social » avec [[P:Gwen]], travailleuse sociale. Mme [[P:Blanc]] ne sort plus depuis la mort de son mari en {{2021}}. Gilet {{blanc}}, maison impeccable, elle nous parle surtout de son chat, {{Caramel}}. [[P:Gwen]] propose le {{café des aidants}} du {{jeudi}} et le minibus municipal. « On verra. » {{50 min}}. Sur le frigo, un magnet de {{Lourdes}}.""",
    ),
    (
        CCAS,
        CSP,
        """M. [[P:Thébault]] ne se souvient plus de sa date de naissance, sa voisine répond pour lui : « il est du [[DDN:douze novembre quarante et un]], comme mon frère ».""",
    ),
    (
        CCAS,
        CSP,
        """Visite pour une aide financière exceptionnelle (frigo en panne). Le frigo est bien en panne. Devis {{Darty}} : {{389 €}}. La commission se réunit le {{22}}. Mme [[P:Nkounkou Grâce]] demande si elle peut avoir un frigo d'{{Emmaüs}} en attendant. L'agent dit oui : elle a un contact là-bas, « [[P:Gégé]] », qui met de côté les frigos qui marchent.""",
    ),
]
# ---------------------------------------------------------------- urgences
NOTES += [
    (
        URG,
        PHY,
        """Accueil urgences {{CHU de Limoges}}, {{23h40}}, {{41 patients}} en attente, plus un box de libre""",
    ),
    (
        URG,
        PHY,
        """L'{{IOA}} ([[P:Aurélie]]) trie : M. [[P:Lopes]], douleur thoracique → {{tri 2}}, passe direct. Une ado, entorse de cheville → {{tri 5}}, « comptez {{4 à 6h}} ».""",
    ),
    (
        URG,
        PHY,
        """Écran des admissions : NOM USUEL [[P:DIALLO]] / NOM NAISS. [[P:DIALLO]] / PRÉNOM [[P:Mariama Aïssatou]] / DDN [[DDN:1996-03-14]] / IPP [[ID:800471223]] / MÉDECIN ADRESSANT Dr [[P:Wolff]] / MOTIF « {{AEG}} »""",
    ),
    (
        URG,
        PHY,
        """un monsieur ivre en salle d'attente insulte tt le monde, lagent de securite [[P:Momo]] le calme en 2 min en lui parlant de l'{{OM}}""",
    ),
    (
        URG,
        PHY,
        """Patient amené par les pompiers, sans papiers, confus. Enregistré « {{INCONNU}} homme » avec un âge estimé ({{70 ans}}). Sa fille arrive à {{3h}} : il s'appelle [[P:Ernest Delacroix-Vallet]]. [[P:Jérôme]], à l'accueil administratif, fusionne les deux dossiers, « le cauchemar du matin », il y en a un par nuit.""",
    ),
    (
        URG,
        PHY,
        """Carte Vitale lue : [[NIR:1 55 02 2A 004 118 07]]. M. [[P:Paoli]] est en vacances, il vit à {{Bastia}}. L'agent : « les Corses font toujours planter le logiciel ».""",
    ),
    (
        URG,
        PHY,
        """« Vous avez une mutuelle ? » « La {{MGEN}}, par ma femme. » « Le numéro ? » Il appelle sa femme, [[P:Nathalie]], qui lit la carte sur haut-parleur : « [[ID:zéro zéro quarante-cinq, quatre-vingt-huit, douze, quatre-vingt-seize]] ». L'agent tape en même temps. Le logiciel refuse un chiffre, il faut rappeler la femme. {{4 min}} pour une mutuelle.""",
    ),
    (
        URG,
        PHY,
        """Beaucoup viennent parce qu'ils n'ont pas de médecin traitant ou que le leur ne prend pas avant {{3 semaines}}. L'IOA estime à {{30 %}} les passages « qui relèveraient de la ville ».""",
    ),
    (
        URG,
        PHY,
        """Mme [[P:Ba]], {{96 ans}}, sur un brancard dans le couloir depuis {{11h}} (il est {{19h}})""",
    ),
    (
        URG,
        PHY,
        """Pédiatrie : la maman de [[P:Noé]] ({{3 ans}}, fièvre) demande combien de temps. « Il y a 2 enfants avant vous. » Le petit dort sur ses genoux avec un doudou {{Pat' Patrouille}}.""",
    ),
    (
        URG,
        PHY,
        """L'assistante sociale des urgences, Mme [[P:Vidal]], reçoit M. [[P:Kovalenko Oleksandr]], ukrainien, protection temporaire, {{APS}} n° [[ID:6904123857]]. Ses droits {{Cpam}} sont « en cours » depuis {{deux mois}}. Elle l'oriente vers la {{PASS}} pour ses médicaments. L'interprète, c'est son voisin de chambre au foyer, [[P:Dmytro]], qui parle un peu anglais.""",
    ),
    (
        URG,
        PHY,
        """il est deux heures du matin la salle d'attente est pleine un jeune homme avec la main en sang enroulée dans un tee-shirt du {{Paris Saint-Germain}} attend depuis une heure l'infirmière dit qu'on a plus de box la famille [[P:Benhamou]] crie dans le couloir un agent de sécurité arrive l'infirmière dit merci [[P:Bruno]] ça se calme à peu près""",
    ),
    (
        URG,
        PHY,
        """Personne à prévenir : le fils, [[P:Samuel]], [[TEL:06.20.84.55.13]]. L'agent relit le numéro deux fois, « c'est le seul qu'on aura si ça tourne mal ».""",
    ),
    (
        URG,
        PHY,
        """{{SAU}} adultes : {{17 brancards}} dans le couloir, l'agent d'accueil compte les chaises pour les accompagnants""",
    ),
    (
        URG,
        PHY,
        """Une voiture garée sur l'aire des ambulances, moteur allumé : [[IMMAT:EZ-904-QA]]. Le vigile appelle au micro « le propriétaire de la {{Clio}} grise ». C'est le mari de la patiente du {{box 6}}.""",
    ),
    (
        URG,
        PHY,
        """Patient sans domicile, M. [[P:Ramirez]], « [[P:Paco]] » pour les infirmières. L'agent met l'adresse de sa domiciliation au {{CCAS}}. Il donne aussi la dernière adresse connue : [[ADR:9 avenue du Languedoc, 66000 Perpignan]], « c'était chez ma sœur [[P:Dolores]] ». [[P:Paco]] rigole : « ma sœur elle m'a mis dehors en {{2019}} ». L'assistante sociale passera demain matin.""",
    ),
    (
        URG,
        PHY,
        """L'agent d'accueil s'appelle [[P:Marin]], il était {{marin}} pendant {{15 ans}} avant l'hôpital 😄. Il dit que la nuit du {{samedi}} c'est « la tempête ».""",
    ),
    (
        URG,
        PHY,
        """Pas de carte Vitale, seulement une carte d'identité : l'agent scanne celle de Mme [[P:Roussel]] (n° [[ID:X4RTBPFW4]]), « comme ça on a au moins l'identité »""",
    ),
    (
        URG,
        PHY,
        """pt ado [[P:lucas]] chute trott, poignet, parents pas joignables, l'IOA appelle le collège {{Jean Moulin}}""",
    ),
    (
        URG,
        PHY,
        """Nuit {{22h-2h}}, ce que je retiens :
- {{22h10}} rixe, 2 blessés légers + police
- {{23h}} une dame de l'{{EHPAD}} {{Les Camélias}} amenée seule, sans dossier de liaison
- {{0h30}} M. [[P:Garnier]] revient pour la 3e fois de la semaine (alcool)
- {{1h15}} un interne, le Dr [[P:Chaouch]], vient prendre un café et me dit que c'est « calme »
Personne n'a mangé.""",
    ),
    (
        URG,
        PHY,
        """Sur le bracelet : « [[P:GUILLOU Y.]] », l'agent a oublié le prénom en entier, il refait le bracelet""",
    ),
    (
        URG,
        PHY,
        """L'écran de la salle affiche « temps d'attente estimé : {{4h}} » depuis le début de l'après-midi ; d'après l'agent il n'est jamais mis à jour.""",
    ),
    (
        URG,
        PHY,
        """Le patient veut son compte rendu par mail et l'écrit sur un bout de papier : [[MAIL:t-mahe29 @ laposte.net]]. L'agent refuse : pas d'envoi par mail, seulement {{Mon espace santé}} ou courrier.""",
    ),
    (
        URG,
        PHY,
        """La maman donne la date de naissance de l'enfant sans séparateur, l'agent tape [[DDN:24062019]], le logiciel refuse, il remet les barres : [[DDN:24/06/2019]].""",
    ),
    (
        URG,
        TEL,
        """Au {{centre 15}} : une dame appelle pour son mari, M. [[P:Lagarde]], {{67 ans}}, douleur dans le bras gauche. L'{{ARM}} prend l'adresse, [[ADR:22 lotissement les Bruyères, Saint-Avé]]. {{SMUR}} engagé en {{90 secondes}}.""",
    ),
    (URG, TEL, """au 15, sur {{1 heure}} : {{27 appels}}, dont 9 « mon médecin est fermé »"""),
    (
        URG,
        TEL,
        """Un fils appelle l'accueil pour avoir des nouvelles de sa mère, Mme [[P:Wiśniewska Halina]]. L'agent vérifie d'abord qui il est, lui demande la date de naissance de sa mère : « le [[DDN:3 mai 1944]] ». Il transfère au box. Après, il me dit : « la semaine dernière on a eu un faux fils, c'était un journaliste ».""",
    ),
    (
        URG,
        TEL,
        """La belle-fille de M. [[P:Perrin]] rappelle du [[TEL:+41 79 318 44 06]] (numéro suisse, elle travaille à {{Genève}}) pour savoir s'il peut sortir ce soir.""",
    ),
    (
        URG,
        TEL,
        """Une dame cherche la pharmacie de garde, l'agent lui donne le {{3237}}. « Vous savez, c'est pas les urgences qui… » Soupir.""",
    ),
    (
        URG,
        TEL,
        """Un médecin de {{SOS Médecins}}, le Dr [[P:Tchakounté]], annonce un patient et épelle son propre nom : « [[P:T, C, H, A, K, O, U, N, T, E accent aigu]] ». Patient : M. [[P:Rolland]], suspicion d'appendicite.""",
    ),
    (
        URG,
        TEL,
        """appel d'une infirmière de l'{{EHPAD}} {{Les Glycines}} pour transférer un résident monsieur [[P:delorme]] {{chambre 12}} elle donne le nom du médecin coordonnateur docteur [[P:haddad-weill]] l'agent dit qu'il faut passer par le 15 elle dit qu'elle a essayé ça sonne dans le vide au bout de {{12 minutes}} l'agent finit par lui donner le numéro direct du médecin régulateur celui du service pas le sien""",
    ),
    (
        URG,
        CSP,
        """Sortie {{SMUR}} avec l'équipe (j'étais à l'arrière). Domicile : [[ADR:4 impasse des Coquelicots, 56000 Vannes]]. Mme [[P:Le Bris]], {{82 ans}}, chute. Sur la table, son carnet avec tous ses papiers, carte Vitale, ordonnances, et un post-it « [[P:Annick]] (fille) [[TEL:02 97 63 18 40]] ». L'infirmier emporte le carnet avec elle. {{45 min}} sur place.""",
    ),
    (
        URG,
        CSP,
        """Sortie {{SMUR}} annulée en route, les pompiers sont déjà sur place, retour au {{CH}}""",
    ),
]
# ---------------------------------------------------------------- CHRS / 115 / SIAO
NOTES += [
    (
        CHRS,
        TEL,
        """{{115}} : à {{21h}}, plus aucune place sur {{Lyon}}, l'écoutant le répète à chaque appel, 14 fois en une heure""",
    ),
    (
        CHRS,
        TEL,
        """Appel d'une femme avec deux enfants à la {{gare Part-Dieu}}. L'écoutant ([[P:Hugo]]) demande son nom : « [[P:Nzinga]]. Madame [[P:Nzinga Béatrice]]. » Place trouvée en hôtel à {{Vénissieux}}, taxi payé. Elle pleure de soulagement au bout du fil. [[P:Hugo]] me dit qu'hier à la même heure il n'y avait rien, « c'est la loterie ».""",
    ),
    (
        CHRS,
        TEL,
        """Le travailleur social du {{SIAO}} relit la fiche au téléphone : « demande n° [[ID:SIAO69-2026-018734]], M. [[P:Haidari Jawad]], {{24 ans}}, afghan, en attente depuis {{juin}}, préconisation {{CHRS}} insertion ». Il y a {{340 demandes}} en attente pour 12 places ce mois-ci. Le travailleur social soupire : « on n'est plus orienteur, on est gestionnaire de liste d'attente ».""",
    ),
    (
        CHRS,
        TEL,
        """un monsieur appelle d'un téléphone prêté il dit s'appeler [[P:jean-pierre]] sans nom de famille il dort sous le pont de la {{Guillotière}} depuis trois nuits l'écoutant lui propose la halte de nuit il dit non il veut garder son chien l'écoutant note [[P:jean-pierre]] avec chien sous le pont et raccroche il me dit qu'il le connaît c'est [[P:Jean-Pierre Maillard]] il appelle tous les hivers""",
    ),
    (
        CHRS,
        TEL,
        """Elle n'a plus de crédit, elle donne le numéro d'une amie : [[TEL:07 69 14 02 88]], « demandez [[P:Khadija]] ».""",
    ),
    (
        CHRS,
        TEL,
        """115 : appel d'1 pharmacien (M. [[P:Leroux]]) pr 1 sdf devant son officine, maraude prévenue, 3 min""",
    ),
    (
        CHRS,
        TEL,
        """Le logiciel du 115 affiche l'historique de M. [[P:Dubois]] : {{47 appels}} depuis {{janvier}}, 12 nuits obtenues. L'écoutante : « il appelle à {{13h}} pile tous les jours ».""",
    ),
    (
        CHRS,
        TEL,
        """Les écoutants ont un tableau {{Excel}} des places libres, mis à jour à la main toutes les {{2h}} et envoyé par mail. L'un d'eux : « on fait de la régulation avec un tableur ».""",
    ),
    (
        CHRS,
        TEL,
        """Une famille rom appelle pour une nuit. Le père, M. [[P:Dumitru Costică]], dicte les dates de naissance des enfants : [[DDN:12.05.2015]], [[DDN:2 août 2018]], et la petite « née en [[DDN:février 2023]], je crois ». Pas de place famille ce soir. Rappeler demain {{9h}}. L'écoutante me dit que les familles sont prioritaires mais qu'il n'y a plus de places familles depuis {{octobre}}.""",
    ),
    (
        CHRS,
        TEL,
        """Fiche reçue de l'{{hôpital Édouard-Herriot}} : patient sortant ce soir, M. [[P:Bruno Clerc]], contact [[MAIL:bruno.clerc.69 [at] gmail.com]]. L'écoutant : « il a un mail mais pas de toit ».""",
    ),
    (
        CHRS,
        PHY,
        """accueil de jour : café + douche, {{38 passages}} ce matin, 1 seule machine à laver pour tout le monde""",
    ),
    (
        CHRS,
        PHY,
        """« [[P:Le Belge]] » (personne ne connaît son vrai nom) vient chercher son courrier. L'agent sort une lettre au nom de [[P:Van den Broeck Luc]]. « Ah ouais, c'est moi ça. »""",
    ),
    (
        CHRS,
        PHY,
        """Entretien d'admission au CHRS {{L'Escale}} avec la référente, Mme [[P:Guillot]]. Mme [[P:Sow Fatoumata Binta]] sort de la maternité avec sa fille [[P:Aminata]], née le [[DDN:19/11/2026]]. Titre de séjour en cours de renouvellement, récépissé n° [[ID:7503219846]]. Ressources : aucune. Le contrat de séjour est lu à voix haute article par article, {{25 min}}. Elle signe sans poser une question.""",
    ),
    (
        CHRS,
        PHY,
        """Règlement affiché : pas d'alcool, pas d'animaux, retour avant {{22h}}. Un résident me dit que c'est « la prison en mieux ».""",
    ),
    (
        CHRS,
        PHY,
        """La {{CESF}} aide M. [[P:Traoré]] à ouvrir ses droits {{RSA}}. La Caf lui attribue un numéro, [[ALLOC:0 398 552]] ; elle l'écrit sur un papier qu'il glisse dans sa chaussette « pour pas le perdre ». Il donne aussi son RIB {{Nickel}} : [[IBAN:FR76 1741 8000 0100 0112 3456 789]]. Il n'avait jamais eu de compte avant {{Nickel}}, ouvert au {{bureau de tabac}}.""",
    ),
    (
        CHRS,
        PHY,
        """Fiche d'urgence punaisée au bureau (je recopie) :
Nom : [[P:PETIT]]   Prénom : [[P:Jonathan]] dit « [[P:Jo]] »
Né le : [[DDN:11/09/1990]]
Allergies : {{pénicilline}}
Personne à contacter : sa sœur [[P:Laetitia]], [[TEL:06 33 71 02 45]]""",
    ),
    (
        CHRS,
        PHY,
        """Un résident, M. [[P:Legrand]] (petit et très maigre 😅), aide à la cuisine. Au menu, poulet {{Label Rouge}} donné par le {{Carrefour}} du quartier.""",
    ),
    (
        CHRS,
        PHY,
        """resid. [[P:Abdou]] demande 1 rdv avc son ref, ref absent jsq {{lundi}}, il repart pas content, porte claquée""",
    ),
    (
        CHRS,
        PHY,
        """[[P:Nassim]] a trouvé un emploi chez {{Onet}} (ménage de bureaux, {{6h-9h}}). Son chef, M. [[P:Lhermitte]], veut une adresse pour le contrat : le CHRS fait une attestation d'hébergement. Premier salaire le {{10}}. Il a racheté une vieille {{Twingo}}, [[IMMAT:8724 VJ 69]], à un collègue, carte grise pas encore à son nom.""",
    ),
    (
        CHRS,
        PHY,
        """Repas du soir, {{46 couverts}}. Le cuisinier est bénévole, ancien résident ; il sert la soupe en demandant à chacun comment s'est passée sa journée.""",
    ),
    (
        CHRS,
        PHY,
        """Éduc : « t'es allé à ton rdv {{France Travail}} ? »
[[P:Kévin]] ({{20 ans}}) : « j'avais pas de ticket de bus »
Éduc : « t'avais le pass {{TCL}} »
[[P:Kévin]] : « je l'ai perdu »
Moi : on sent que la conversation a déjà eu lieu dix fois.""",
    ),
    (
        CHRS,
        PHY,
        """Couple géorgien, [[P:Beridze Nino]] et son mari [[P:Giorgi]], passeports [[ID:15AD43018]] et [[ID:15AD43019]], déboutés de l'asile. La référente leur rappelle qu'ils ne peuvent rester que jusqu'au {{31 mars}}, fin de la trêve.""",
    ),
    (
        CHRS,
        PHY,
        """le veilleur de nuit, [[P:rachid]], me montre le cahier de liaison : « {{chambre 8}} : a vomi, rien de grave » / « {{chambre 14}} : retour {{23h40}}, prévenu »""",
    ),
    (
        CHRS,
        PHY,
        """Mme [[P:N'Diaye]] part en logement {{Habitat et Humanisme}} la semaine prochaine, toute l'équipe applaudit au petit-déj""",
    ),
    (
        CHRS,
        PHY,
        """Pour garder le contact après sa sortie, [[P:Jessica]] laisse son Insta : [[ID:@jess_du_69]]. L'éducatrice dit qu'elle n'a pas le droit de l'ajouter.""",
    ),
    (
        CHRS,
        CSP,
        """Maraude {{Samu social}} de {{21h}} à minuit, 3 salariés + moi. Arrêts : {{gare Perrache}} (deux personnes connues, « [[P:Tonton]] » et [[P:Régis]]), {{quai Claude-Bernard}} (un jeune inconnu, refuse tout), {{place Bellecour}} (personne). Soupe, couvertures, chaussettes. [[P:Régis]] demande où en est sa demande {{SIAO}}.""",
    ),
    (
        CHRS,
        CSP,
        """Tente sous le périph, famille [[P:Hakobyan]]. La mère montre son attestation de demande d'asile, n° étranger [[ID:0699874521]]. La maraudeuse le note sur sa fiche.""",
    ),
    (
        CHRS,
        CSP,
        """Visite en appartement diffus, [[ADR:31 rue des Tanneurs, 2e gauche]], chez M. [[P:Camara Lassana]]. Tout est propre. Il montre sa fiche de paie {{Adecco}}, {{1 380 €}}. L'éducateur parle de la sortie vers un logement autonome. Sur la porte, une étiquette « [[P:CAMARA L.]] » écrite au feutre ; il est fier de l'avoir mise.""",
    ),
    (
        CHRS,
        CSP,
        """Squat visité avec l'équipe mobile, une vingtaine de personnes, pas d'électricité, un groupe électrogène. On distribue des kits hygiène, on ne demande aucun nom.""",
    ),
    (
        CHRS,
        CSP,
        """camion aménagé garé rue du port plaque allemande [[IMMAT:HH-KL 4417]] un couple et deux chiens dedans ils disent qu'ils repartent au printemps l'équipe leur laisse le numéro du {{115}} et de l'accueil de jour""",
    ),
    (
        CHRS,
        CSP,
        """Hôtel social à {{Bron}}, chambre de la famille [[P:Mahamat]] : 4 personnes dans {{9 m²}}, micro-ondes dans la salle de bain""",
    ),
    (
        CHRS,
        CSP,
        """La maraudeuse ([[P:Salomé]]) reconnaît un monsieur vu au {{CHRS}} il y a deux ans : « monsieur [[P:Dias]] ! vous vous souvenez de moi ? » Il ne se souvient pas. Il a perdu {{15 kilos}} d'après elle.""",
    ),
    (
        CHRS,
        CSP,
        """Sur le carton de M. [[P:Faure]], écrit au feutre « au cas où » : son numéro de sécu, [[NIR:1 68 04 42 218 077 32]], et le tél de son frère, [[TEL:0617390566]]. La maraudeuse lui conseille de ne pas l'afficher.""",
    ),
]
# ---------------------------------------------------------------- France Travail
NOTES += [
    (
        FT_,
        PHY,
        """Accueil FT {{Mulhouse}} {{Bourtzwiller}}, {{9h}} : 12 personnes, 6 viennent pour « l'actualisation »""",
    ),
    (
        FT_,
        PHY,
        """M. [[P:Krasniqi Arben]] ne connaît pas son identifiant. L'agent le retrouve, [[FT:4128876R]], et le monsieur l'écrit sur le dos de sa main au stylo. Au passage, changement d'adresse : [[ADR:14 cité des Fleurs, Wittenheim]].""",
    ),
    (
        FT_,
        PHY,
        """L'écran du conseiller :
Identifiant : [[FT:051 23 77 H]]
Nom : [[P:SCHNEIDER-MARTY]]   Prénom : [[P:Aurore]]
Né(e) le : [[DDN:05/02/1979]]
{{Catégorie A}}
Métier recherché : {{aide-soignante}} ({{ROME J1501}})
Fin de droits {{ARE}} : {{28/02/2027}}""",
    ),
    (
        FT_,
        PHY,
        """jeune femme vient pour s'inscrire elle a fini son {{BTS}} elle s'appelle [[P:Manon Rigaud]] le conseiller lui dit que l'inscription se fait sur internet elle dit je sais mais ça bug le conseiller regarde ça bug vraiment au bout de {{20 minutes}} le conseiller l'inscrit lui-même sur son poste elle repart avec son identifiant [[FT:6670128 W]] écrit sur un post-it""",
    ),
    (
        FT_,
        PHY,
        """mr [[P:zerouki]] (ou [[P:Zerrouki]] ?) vient contester une radiation : il etait a l'hopital le jour du rdv, il a le bulletin d'hospit. l'agent scanne et envoi au {{service indemnisation}}""",
    ),
    (
        FT_,
        PHY,
        """Atelier « CV et lettre de motivation » : {{8 inscrits}}, 3 présents. L'animatrice commence quand même et projette un CV modèle au nom de « {{Jean Dupont}} », né en {{1985}}, « 10 ans d'expérience en logistique ».""",
    ),
    (
        FT_,
        PHY,
        """Forum emploi : le recruteur de {{Lidl}}, M. [[P:Aubertin]], prend les CV à la chaîne. À une candidate, Mme [[P:Mbemba]] : « vous avez le permis ? » Non. CV posé sur l'autre pile.""",
    ),
    (
        FT_,
        PHY,
        """Il me tend le courrier reçu : « Monsieur [[P:TAHIRI Youssef]], identifiant [[FT:7730154 L]], vous ne vous êtes pas présenté à l'entretien du {{12/11/2026}}. Sans réponse de votre part sous {{10 jours}}, nous envisageons… » Il n'a jamais eu la convocation, envoyée à son ancienne adresse, [[ADR:appt 12, 8 rue Lavoisier, 68100 Mulhouse]]. Le conseiller met l'adresse à jour et annule la procédure.""",
    ),
    (FT_, PHY, """[[P:Estelle]], conseillère, a {{412 demandeurs}} dans son portefeuille."""),
    (
        FT_,
        PHY,
        """Il n'arrive pas à se connecter : son identifiant de connexion est son mail [[MAIL:rayan.b.pro@outlook.fr]], mais il a aussi un mail perso, [[MAIL:rayanlebg93@gmail.com]], et il confond les deux. {{15 min}} pour réinitialiser.""",
    ),
    (
        FT_,
        PHY,
        """jne ho, [[P:Ibrahima]], 18a, id FT [[FT:5567012z]], vt 1 formation cariste ({{CACES}}), conseill dit d'attendre la session de {{mars}}, il a l'air déçu""",
    ),
    (
        FT_,
        PHY,
        """Accueil, roulement du matin :
- {{8h45-10h}} : [[P:Laurent]] au guichet, moi à côté
- {{10h-12h}} : [[P:Amel]] (elle parle arabe, utile pour 3 personnes sur 5 ce matin)
- une usagère demande « la dame blonde de la dernière fois », personne ne sait qui c'est
- pause : on parle des {{15 h}} d'activité par semaine pour les bénéficiaires du {{RSA}}""",
    ),
    (
        FT_,
        PHY,
        """Changement de compte pour l'{{ARE}} : nouveau {{RIB}} {{Banque Populaire}}, [[IBAN:FR76 1660 7000 1208 1234 5678 912]]. Le conseiller vérifie que le compte est bien au nom de Mme [[P:Pham]] et pas de son mari.""",
    ),
    (
        FT_,
        PHY,
        """Le vigile fait la queue à l'entrée avec une tablette pour « pré-qualifier » les demandes. La moitié repart avec un papier « à faire sur l'appli ».""",
    ),
    (
        FT_,
        PHY,
        """« Mon ancien patron, M. [[P:Fontaine]], veut pas me donner l'attestation employeur. » Le conseiller explique comment la réclamer, sinon l'{{inspection du travail}}. Moi : la {{fontaine}} à eau de la salle d'attente est vide depuis ce matin. Il a travaillé {{8 mois}} chez lui comme plaquiste, payé en partie en liquide. Le conseiller ne relève pas.""",
    ),
    (
        FT_,
        PHY,
        """Elle lit son identifiant sur le courrier, chiffre par chiffre : « [[FT:six, zéro, neuf, deux, deux, un, cinq, J]] ». Le conseiller : « {{J comme Jacques}} ? » « Oui. »""",
    ),
    (
        FT_,
        PHY,
        """Aide au permis de conduire : le jeune, [[P:Enzo Marchetti]], donne son numéro NEPH, [[ID:190775300412]]. Il a raté le code 3 fois, l'aide ne couvre que la conduite.""",
    ),
    (
        FT_,
        PHY,
        """Mme [[P:Berger]] cherche un poste de {{bergère}} (ovins, {{Larzac}}), le conseiller n'a jamais eu ce code ROME""",
    ),
    (
        FT_,
        TEL,
        """{{3949}} : {{12 min}} d'attente avant décroché, puis bascule sur l'agence de {{Colmar}}""",
    ),
    (
        FT_,
        TEL,
        """Appel sortant du conseiller vers M. [[P:Schwartz]] au [[TEL:03 89 44 71 25]] (fixe) : répondeur. Le portable, [[TEL:06 07 58 91 33]] : « ce numéro n'est plus attribué ». Note au dossier : injoignable.""",
    ),
    (
        FT_,
        TEL,
        """Le demandeur donne son identifiant : « [[FT:3045981 B]], B comme {{Bernard}} ». Il appelle pour l'aide à la mobilité (entretien à {{Strasbourg}} {{lundi}}). Le conseiller l'envoie vers l'appli, « c'est plus rapide ». Ça ne l'est pas. Il a déjà payé le train, {{34 €}}, et ne sait pas si on le lui remboursera.""",
    ),
    (
        FT_,
        TEL,
        """conseillère au téléphone avec une dame qui comprend pas pourquoi son allocation a baissé elle explique la dégressivité la dame dit mais j'ai {{57 ans}} la conseillère vérifie oui à 57 ans pas de dégressivité erreur corrigée la dame dit qu'elle a perdu {{3 mois}} à {{200 euros}} de moins la conseillère lance la régularisation""",
    ),
    (
        FT_,
        TEL,
        """Appel d'une entreprise pour une offre : la gérante de la {{boulangerie}}, Mme [[P:Colin]], donne son portable perso, [[TEL:07 45 96 20 17]], pour les candidats. Le conseiller refuse de le mettre sur l'offre. Il lui propose plutôt le mail de la boutique. Elle n'en a pas : « je suis toute seule, moi ».""",
    ),
    (
        FT_,
        TEL,
        """Campagne d'appels « relance des inscrits sans activité » : sur {{20 appels}}, 11 répondeurs. Le conseiller laisse le même message à chaque fois.""",
    ),
    (
        FT_,
        TEL,
        """M. [[P:Payet Jean-Hugues]] n'a pas son identifiant ; la conseillère prend le NIR : [[NIR:1 91 10 97 411 082 26]] (né à {{Saint-Denis}}, {{La Réunion}}). Trouvé.""",
    ),
    (
        FT_,
        TEL,
        """Elle dicte son mail : « [[MAIL:sandrine tiret laporte arobase yahoo point fr]] », tiret du 6. La conseillère relit deux fois.""",
    ),
    (
        FT_,
        TEL,
        """appel de Mme [[P:Oliveira]] (ident [[FT:2290 417 M]]) pr decaler son rdv, fait en 1 min, elle remercie 4 fois. juste apres M. [[P:Paris]] qui a trouvé un CDD à {{Paris}} et demande s'il garde ses droits""",
    ),
    (
        FT_,
        TEL,
        """Appel de {{25 min}} avec M. [[P:Gilles Marchand]], {{58 ans}}, licencié de {{La Redoute}} après {{31 ans}}. Il ne veut pas « d'atelier CV », il veut « un vrai travail ». La conseillère ([[P:Hélène]]) l'écoute sans couper, propose une {{PMSMP}} chez un {{marchand}} de cycles. Il va réfléchir. Après : « lui il va me rappeler, je le sens ».""",
    ),
    (
        FT_,
        CSP,
        """Visite en entreprise (immersion {{PMSMP}}) : garage {{Renault}} de {{Saint-Louis}}. Le tuteur, M. [[P:Hartmann]], est content de la stagiaire, [[P:Leïla]], et veut la prendre en {{alternance}} en {{septembre}}.""",
    ),
    (
        FT_,
        CSP,
        """Contrôle d'un organisme de formation : on vérifie les feuilles d'émargement. {{14 stagiaires}} inscrits, 9 signatures, dont 2 qui se ressemblent beaucoup.""",
    ),
    (
        FT_,
        CSP,
        """Chantier d'insertion espaces verts : les 2 salariés en insertion arrivent sur le scooter de l'un d'eux, [[IMMAT:FR-117-HD]] ; l'encadrant, M. [[P:Boyer]], dit qu'il n'y a plus de bus après {{18h}}.""",
    ),
    (
        FT_,
        CSP,
        """Fiche de visite (contrôle prestation « accompagnement intensif ») :
Bénéficiaire : [[P:Ahamada Said Toybina]]
ID FT : [[FT:8 812 004 C]]
Tél : [[TEL:+33 6 39 21 78 45]]
Présences : {{6/8}}
Commentaire du prestataire : « très motivée, problème de garde d'enfants »
Moi : le prestataire a écrit « très motivée » sur les 6 fiches que j'ai vues.""",
    ),
    (
        FT_,
        CSP,
        """Agence {{Randstad}} partenaire : la chargée de recrutement, [[P:Ophélie]], dit qu'ils reçoivent trois fois plus de candidats depuis le {{RSA}} conditionné.""",
    ),
    (
        FT_,
        CSP,
        """Visite chez une particulière employeuse ({{CESU}}), Mme [[P:Delaunay-Pradel]], [[ADR:6 chemin des Vignes, 68170 Rixheim]], qui a embauché une aide à domicile avec une aide à l'embauche. Le contrat est bien là, mais la salariée n'était pas inscrite avant. Le conseiller repart avec des photocopies.""",
    ),
]


def main():
    if len(NOTES) != 200:
        raise SystemExit(f"expected 200 notes, got {len(NOTES)}")
    records = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        records.append(
            {
                "id": f"ind5-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    strata = defaultdict(list)
    for rec in records:
        strata[(rec["site_kind"], rec["channel"])].append(rec)
    rng = random.Random(SEED)
    halves = ([], [])
    turn = 0
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        for rec in group:
            halves[turn].append(rec)
            turn = 1 - turn
    for name, half in zip(("dev.jsonl", "holdout.jsonl"), halves, strict=True):
        half.sort(key=lambda r: r["id"])
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for rec in half:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: {len(half)} notes")


if __name__ == "__main__":
    main()
