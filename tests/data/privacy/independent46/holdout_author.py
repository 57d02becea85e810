"""Write the independent46 evaluation corpus: dev.jsonl and holdout.jsonl (stdlib only).

Every note below was written by hand as a (site_kind, channel, text) tuple. In the text,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. This script strips
the marks, computes the offsets, builds each note's keep list (deduplicated), numbers the notes
ind46-001 ... ind46-240 in writing order, checks the NIR keys and the IBAN / RIB keys, draws the
120 / 120 split (stratified by site kind x channel, ``random.Random(46)``) and writes the files.

Usage: PYTHONDONTWRITEBYTECODE=1 python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 46
PREFIX = "ind46"
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
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)
RIB_LETTERS = {c: str(i % 9 + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
RIB_LETTERS.update({c: str(i % 8 + 2) for i, c in enumerate("STUVWXYZ")})


def parse(marked):
    """Return (text, entities, keep) from a note written with inline marks."""
    parts, entities, keep, pos, length = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is not None:
            value = kept
            if kept not in keep:
                keep.append(kept)
        else:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            check_value(label, value)
        if value != value.strip() or not value:
            raise ValueError(f"bad marked value {value!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def check_value(label, value):
    """Check the key of every NIR and of every IBAN or RIB written in full."""
    compact = re.sub(r"[\s.-]", "", value).upper()
    if label == "NIR":
        digits = compact.replace("2A", "19").replace("2B", "18")
        if len(digits) != 15 or 97 - int(digits[:13]) % 97 != int(digits[13:]):
            raise ValueError(f"bad NIR key: {value!r}")
    elif label == "IBAN" and compact[:2].isalpha():
        moved = compact[4:] + compact[:4]
        if int("".join(str(int(c, 36)) for c in moved)) % 97 != 1:
            raise ValueError(f"bad IBAN check digits: {value!r}")
        if compact.startswith("FR"):
            check_value("IBAN", compact[4:])
    elif label == "IBAN":
        bank, branch, account, key = compact[:5], compact[5:10], compact[10:21], compact[21:]
        account = "".join(RIB_LETTERS.get(c, c) for c in account)
        if 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97 != int(key):
            raise ValueError(f"bad RIB key: {value!r}")


# --- Caf ---------------------------------------------------------------------------------------
CAF_1 = [
    (
        "caf",
        "accueil_physique",
        "Tableau d'affichage salle d'attente {{Caf}} {{Rennes}} {{Colombier}}, relevé à {{9h12}} :\n{{A041}} -> {{guichet 2}}\n{{A042}} -> {{guichet 5}}\n{{R015}} -> {{box RDV 1}}\nattente estimée affichée {{25 min}}, en vrai plutot 40. Personne ne regarde l'écran, tout le monde fixe son ticket.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Traoré]] vient pour la {{prime d'activité}} : elle a déclaré son trimestre en retard et ne comprend pas le rappel de {{312 €}}. L'agente ([[PERSONNE:Gwenaëlle]]) lui imprime l'historique des paiements, explique ligne par ligne. {{20 min}}. Elle repart avec un échéancier à {{26 € par mois}}. Mme [[PERSONNE:Traoré]] : « je croyais que c'était la {{Caf}} qui se trompait ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Fiche d'accueil recopiée (avec accord de l'agent) :\nNOM : [[PERSONNE:LE BRIS]]\nPRÉNOM : [[PERSONNE:Maëlle]]\nDDN : [[DATE_NAISSANCE:14/02/1997]]\nN° ALLOC : [[N_ALLOCATAIRE:2841937]]\nTÉL : [[TELEPHONE:06 48 21 73 90]]\nMOTIF : {{changement de situation}} (séparation)\nORIENTATION : {{RDV}} {{travailleur social}} le {{12/06}} {{14h30}}",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{3230}}. Appel d'un monsieur qui appelle pour sa fille étudiante, l'{{APL}} n'est pas tombée. L'agent refuse de donner des infos, il faut que ce soit elle. Le père s'énerve, donne quand même le numéro de sa fille « notez, [[TELEPHONE:07 61 02 88 14]], elle s'appelle [[PERSONNE:Inès]] ». Agent reste calme, ne note rien. Raccroche au bout de {{6 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, contrôleur [[PERSONNE:Patrice Le Floch]]. Grille remplie sur la tablette :\n- composition du foyer : {{1 adulte}} {{2 enfants}} ✔\n- bail au nom de : [[PERSONNE:Sonia Mertens]] ✔\n- présence d'un tiers : non constatée\n- véhicule : [[IMMATRICULATION:FG-318-KT]] (au nom de l'ex, à vérifier)\n- ressources {{3 derniers mois}} : bulletins {{Lidl}} fournis\nAdresse contrôlée : [[ADRESSE:9 square de Galicie, 35200 Rennes]].\nDurée {{1h10}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{8h30}} ouverture, déjà {{17 personnes}} dehors sous la pluie. L'agent de sécurité distribue les tickets. Un papa avec poussette repart direct qd on lui dit que sans {{RDV}} c'est {{1h30}} minimum.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent lit l'écran à voix haute pour vérifier l'identité :\n« Allocataire : [[PERSONNE:Kevin Marchadier]], né le [[DATE_NAISSANCE:3 septembre 1989]], conjointe [[PERSONNE:Laetitia]], {{2 enfants à charge}}, adresse [[ADRESSE:14 rue Lesage, 51100 Reims]]… c'est bien ça ? »\nLe monsieur confirme. Question sur le {{RSA}} majoré qui baisse. Réponse : la conjointe a repris un {{CDD}}, c'est normal.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Visite au domicile de Mr [[PERSONNE:Benali]], quartier {{Maurepas}}. Signalement croisé : il déclare vivre seul, mais la {{Caf}} a reçu une attestation employeur d'une femme à la même adresse. Sur place, deux brosses à dents, des vêtements de femme dans le placard. Il dit que c'est sa soeur, [[PERSONNE:Nadia]], qui passe le week-end avec son fils. La contrôleuse, Mme [[PERSONNE:Ruaud]], note « hébergement ponctuel déclaré », demande les justificatifs de domicile de la soeur. Rien de conclu sur place, rapport transmis sous {{15 jours}}. J'ai trouvé ça intrusif et en même temps très humain dans le ton.",
    ),
    (
        "caf",
        "accueil_physique",
        "Feuille d'émargement atelier « {{Mes droits en ligne}} » {{10h}} :\n1. [[PERSONNE:HAMIDI Yasmina]] — signé\n2. [[PERSONNE:GUÉRIN Paul]] — signé\n3. [[PERSONNE:N'DIAYE Fatou]] — absente\n4. [[PERSONNE:Rolland Jeanne]] — signé\n{{3 présents}} sur 4, animatrice [[PERSONNE:Claire]] ({{conseillère numérique}}).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame lit le SMS qu'elle a reçu : « {{CAF}} : Votre dossier n° [[N_ALLOCATAIRE:0674412]] est en cours de traitement. Pièce manquante : {{avis d'imposition 2023}}. Déposez-la sur {{caf.fr}} rubrique {{Mon Compte}}. Ne pas répondre. » Elle croyait que c'était une arnaque. L'agente confirme que c'est vrai, lui explique comment scanner avec son téléphone.",
    ),
    (
        "caf",
        "controle_sur_place",
        "En-tête du rapport de contrôle (vu sur l'écran du contrôleur) :\nDOSSIER : [[N_ALLOCATAIRE:1928374]]\nALLOCATAIRE : Mme [[PERSONNE:Da Silva Rosa]]\nADRESSE : [[ADRESSE:Résidence Les Genêts, bât C, 27 avenue Jean Jaurès, 29200 Brest]]\nMOTIF : {{contrôle ressources}} / {{isolement}}\nDATE VISITE : {{04/03}} {{9h00}}\nCONTRÔLEUR : [[PERSONNE:T. Quéméner]]\nCONCLUSION : {{situation conforme}}",
    ),
    (
        "caf",
        "accueil_physique",
        "« Vous avez un compte {{Ameli}} ? – non ça c'est la {{Caf}} – ah oui pardon ». Même les agents mélangent parfois. Borne {{libre-service}} en panne depuis {{lundi}}, scotch dessus.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Liste des rappels programmés sur l'écran de [[PERSONNE:Mathilde]] (rappel RDV tél) :\n{{14h00}} | [[PERSONNE:COSTA]] | [[TELEPHONE:06 12 90 44 31]] | {{AAH}} + {{APL}}\n{{14h20}} | [[PERSONNE:PERRIN]] | [[TELEPHONE:02 99 54 17 63]] | {{déménagement}}\n{{14h40}} | [[PERSONNE:YILMAZ]] | [[TELEPHONE:+33 7 68 22 01 95]] | {{prime de naissance}}\n{{15h00}} | pause\nSur les 3, un seul décroche.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Deuxième visite de la matinée : personne. On sonne {{3 fois}}, on laisse l'avis de passage dans la boîte. Le contrôleur dit que c'est {{1 visite sur 4}} comme ça. On repart vers {{Cleunay}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Monsieur vient changer de banque, nouveau RIB {{Crédit Agricole}}. Écran « coordonnées bancaires » pendant la saisie :\nTitulaire : M. [[PERSONNE:OGER Dominique]]\nIBAN : [[IBAN:FR76 1600 6211 0086 1245 3017 796]]\nBIC : {{AGRIFRPP836}}\nDate d'effet : {{01/05}}\nL'agent le fait relire deux fois. M. [[PERSONNE:Oger]] : « la dernière fois ils ont mis un chiffre faux et j'ai rien touché pendant {{2 mois}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire veut qu'on lui envoie l'{{attestation}} par mail. Elle épelle : « [[EMAIL:lea.fontaine85@orange.fr]], [[PERSONNE:fontaine]] comme {{la fontaine}} ». L'agente explique qu'on n'envoie rien par mail, tout passe par l'espace {{Mon Compte}}. Mme [[PERSONNE:Fontaine]] soupire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Notes du contrôle, appart {{T3}} à {{Villejean}} :\npièces : 3 | lits : 4 | occupants déclarés : 3\nboîte aux lettres : M. et Mme [[PERSONNE:Keita]] + étiquette scotchée « [[PERSONNE:D. Sylla]] »\nparking : {{Peugeot 207}} [[IMMATRICULATION:DX 412 LM]]\nconclusion contrôleur : un 4e occupant probable, demande d'attestation d'hébergement.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman avec ses deux petits, [[PERSONNE:Lyam]] et [[PERSONNE:Jade]], qui courent partout. Elle vient déclarer la naissance du 3e. L'agent photocopie le {{livret de famille}}. Elle demande si la {{PAJE}} c'est automatique. Réponse oui mais {{2 mois}} de délai. Elle rigole : « il aura le temps de grandir ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Menu du serveur vocal noté pendant l'attente :\n{{tapez 1}} : {{aide au logement}}\n{{tapez 2}} : {{RSA}} / {{prime d'activité}}\n{{tapez 3}} : {{prestations familiales}}\n{{tapez 4}} : {{paiements}}\nmusique d'attente = {{Vivaldi}} 🙄 {{11 min}} avant un humain.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Copie de l'avis de passage laissé dans la boîte :\n« {{Caisse d'allocations familiales}} de la {{Loire-Atlantique}}\nMadame [[PERSONNE:Aurélie Bouvier]]\n[[ADRESSE:5 impasse des Mésanges\n44800 Saint-Herblain]]\nN° allocataire : [[N_ALLOCATAIRE:3356120]]\nNous sommes passés le {{mardi 14 mai}} à {{10h15}}. Merci de prendre contact au {{3230}} sous {{8 jours}}.\nL'agent de contrôle, [[PERSONNE:J. Moreau]] »",
    ),
    (
        "caf",
        "accueil_physique",
        "Le monsieur a {{62 ans}}, parle très peu français. Sa nièce traduit au téléphone sur haut-parleur. Il vient pour l'{{ASPA}} ? non c'est pas la {{Caf}}, c'est la {{Carsat}}. L'agent lui imprime l'adresse de la {{Carsat}} et le numéro du {{3960}}. {{25 min}} pour rien, mais la nièce remercie beaucoup.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mail reçu par l'agente de la part d'une partenaire, lu à l'écran :\n« De : [[EMAIL:s.lagadec@ccas-quimper.fr]]\nObjet : situation Mme [[PERSONNE:Hervé]]\nBonjour, je vous sollicite pour Mme [[PERSONNE:Morgane Hervé]] (n° alloc [[N_ALLOCATAIRE:5510238]]) dont l'{{APL}} est suspendue depuis {{février}}. Pouvez-vous me rappeler au [[TELEPHONE:02 98 64 11 07]] ? Cordialement, [[PERSONNE:Solenn Lagadec]], {{CESF}}, {{CCAS de Quimper}} »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Dans la voiture entre deux visites, le contrôleur m'explique que {{80 %}} de ses contrôles sont « {{conformes}} » et qu'on ne parle que des fraudes. Il fait {{6 à 8 visites}} par jour quand tout va bien.",
    ),
]

CAF_2 = [
    (
        "caf",
        "accueil_telephonique",
        "Un jeune qui ouvre un dossier {{APL}} pour son premier appart étudiant à {{Lorient}}. L'agent remplit l'écran « création allocataire » pendant l'appel :\nNIR : [[NIR:1 01 05 69 383 254 51]] (lu sur la {{carte vitale}})\nNé le : [[DATE_NAISSANCE:17/05/2001]]\nLieu : {{Lyon}} 3e\nLogement : {{T1 meublé}}, loyer {{390 €}}\nStatut : {{étudiant}}\nL'agent tique sur le lieu : « {{Lyon}} ? » « oui, on a déménagé après ». Dossier créé en {{12 min}}, il manque le bail signé.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ticket imprimé à la borne :\n--------------------\n{{CAF D'ILLE-ET-VILAINE}}\nAccueil {{Rennes}} {{Colombier}}\nTicket {{C027}}\nMotif : {{Aide au logement}}\n{{Personnes avant vous : 9}}\n{{09:47}} — {{21/05}}\n--------------------\nAucune donnée perso dessus, c'est bien.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez M. [[PERSONNE:Popescu]] à {{Lorient}}, quartier {{Kervénanec}}. Il travaille dans le {{BTP}} en intérim, sa voiture est encore immatriculée en {{Roumanie}} : [[IMMATRICULATION:B 217 KTR]]. La contrôleuse demande le titre de séjour ; il est européen, n'en a pas besoin, il montre sa carte d'identité roumaine série [[IDENTIFIANT:RX 482937]]. Elle s'excuse, elle avait mal lu la fiche. Ressources vérifiées sur les relevés, pas d'anomalie. {{45 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Écran « historique des paiements » lu par l'agent, allocataire [[N_ALLOCATAIRE:7042185]] :\n{{05/02}} ; {{AL}} ; {{287,40 €}} ; versé\n{{05/03}} ; {{AL}} ; {{287,40 €}} ; versé\n{{05/04}} ; {{AL}} ; {{0,00 €}} ; suspendu (PJ manquante)\n{{05/04}} ; {{PPA}} ; {{164,12 €}} ; versé\nLa dame au tél n'avait pas compris que c'était seulement l'{{AL}} qui était bloquée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Pièces vérifiées sur place (liste du contrôleur [[PERSONNE:Yannick]]) :\n☑ bail — bailleur {{Néotoa}}, réf. locataire [[IDENTIFIANT:NT-0048213]]\n☑ quittance {{avril}}\n☑ RIB : [[IBAN:FR76 1558 9351 0005 4123 7784 076]] (titulaire = l'allocataire, OK)\n☐ attestation {{France Travail}} (pas retrouvée)\n☑ livret de famille\nReste à fournir sous {{10 jours}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File très calme à {{11h}}. L'agente, [[PERSONNE:Sandrine]], en profite pour ranger les brochures {{PAJE}}. Elle me dit que le {{mardi}} c'est toujours comme ça, le {{lundi}} c'est l'enfer.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur dicte son adresse mail en mode « {{arobase}} » : « [[EMAIL:jp.ramirez arobase free point fr]] ». L'agent tape, se trompe, recommence, il avait oublié le point entre jp et ramirez. Il est {{10h52}}, on a fait {{4 appels}} depuis le début de la matinée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Composition du foyer déclarée vs constatée :\nNom | lien | DDN | constaté\n[[PERSONNE:Gomes Ana]] | {{allocataire}} | [[DATE_NAISSANCE:02/11/1986]] | oui\n[[PERSONNE:Gomes Tiago]] | {{fils}} | [[DATE_NAISSANCE:19/08/2010]] | oui\n[[PERSONNE:Gomes Lara]] | {{fille}} | [[DATE_NAISSANCE:07/01/2014]] | oui (chez son père {{1 we sur 2}})\n[[PERSONNE:Santos Rui]] | ? | – | non déclaré, présent au contrôle\nLa contrôleuse reste neutre, pose juste la question « monsieur vit ici ? ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame d'origine congolaise, {{titre de séjour}} qui expire bientôt. Ce que l'agent vérifie à l'écran :\nTitre : {{carte de séjour pluriannuelle}}\nN° : [[IDENTIFIANT:3501842297]]\nFin de validité : dans {{3 semaines}}\nRécépissé : non reçu\nIl lui dit de revenir dès qu'elle a le récépissé, sinon ça coupe les {{allocations familiales}}. Elle connaît la procédure par coeur, c'est la {{4e fois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Bandeau en haut de l'écran de la plateforme :\nAppels en attente : {{23}} | Temps moyen : {{08:41}} | Agents connectés : {{14}} | Taux de décroché jour : {{71 %}}\nQuand ça passe au rouge (> {{30 en attente}}) le chef d'équipe vient derrière nous.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Route de campagne, [[ADRESSE:lieu-dit Le Haut Bréal, 35310 Bréal-sous-Montfort]]. Mobil-home sur un terrain qui appartient aux parents de Mme [[PERSONNE:Chevalier]]. Question : est-ce un logement décent pour l'{{ALS}} ? Le contrôleur prend des photos, mesure : {{24 m2}}. Raccordé à l'eau, pas au tout-à-l'égout. Il me dit que ça va coincer. Elle pleure un peu. Son chien, {{Rocky}}, aboie tout le long.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent aide à remplir l'attestation sur l'honneur ({{Cerfa 10826}} je crois) :\nJe soussigné(e) : [[PERSONNE:Mickaël Jégou]]\nné(e) le : [[DATE_NAISSANCE:30/06/1979]] à {{Vannes}}\ndemeurant : [[ADRESSE:3 rue du Port, 56000 Vannes]]\natteste vivre seul depuis le : {{01/01}}\nSigné à {{Vannes}}. Monsieur écrit très lentement, l'agent ne remplit pas à sa place, il montre juste où écrire.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une {{assistante sociale}} du {{département}}, Mme [[PERSONNE:Rivière]], pour un dossier bloqué. Elle donne son numéro direct [[TELEPHONE:02 99 02 37 48]] « si jamais ça recoupe ». L'agent ([[PERSONNE:Damien]]) lui dit qu'il n'a pas le droit de rappeler sur une ligne directe mais va passer par la {{boîte partenaires}}. Ça dure {{9 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Bilan de la matinée de contrôle : {{4 adresses}}, {{3 personnes}} rencontrées, 0 fraude, {{1 erreur}} de déclaration en faveur de l'allocataire (elle avait droit à plus). Le contrôleur : « ça aussi ça arrive, et personne n'en parle ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple {{portugais}}, ils veulent être payés sur leur compte au {{Portugal}}. L'agent hésite, appelle un collègue : il faut un compte en zone {{SEPA}}, le Portugal oui donc ok. Il saisit [[IBAN:PT37 0035 0651 0001 2345 6789 2]]. Mme [[PERSONNE:Ferreira]] vérifie sur son téléphone, ok. Elle demande si ça met plus de temps, réponse « normalement non ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame lit son courrier à l'agente, mot pour mot :\n« Madame [[PERSONNE:Bénédicte Aubry]], [[ADRESSE:12 allée des Tilleuls, 21000 Dijon]]. N/Réf : [[N_ALLOCATAIRE:4412907]]. Suite à l'examen de votre dossier, vous êtes redevable d'un indu de {{1 248,00 €}} au titre de l'{{Allocation de Soutien Familial}}… »\nL'agente lui explique la remise de dette et le recours. Elle dit « mais je l'ai jamais demandée cette {{ASF}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "SMS envoyé par le contrôleur la veille, il me montre :\n« Bonjour Mme [[PERSONNE:Lucas]], je passerai demain {{mercredi}} entre {{9h}} et {{10h}} pour le contrôle de votre dossier {{Caf}}. En cas d'empêchement : [[TELEPHONE:06 39 98 41 27]]. [[PERSONNE:F. Guillou]], agent de contrôle. »\nRéponse reçue : « ok merci je serai la avec mon fils » 👍",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire {{RSA}} appelle : on lui dit que son inscription {{France Travail}} n'est pas remontée. L'agent regarde l'écran des flux :\nIdentifiant FT : [[ID_FRANCE_TRAVAIL:5218407K]]\nInscription : {{12/02}}\nFlux reçu : {{26/02}} (retard de {{2 semaines}})\n« Vous ne serez pas suspendue, c'est nous. » Elle : « ah bon c'est vous qui vous êtes trompés ? pour une fois » 😅",
    ),
    (
        "caf",
        "controle_sur_place",
        "Devant la maison, une {{camionnette blanche}}, plaque [[IMMATRICULATION:ec-905-pw]] (je l'ai notée en minuscules vite fait). Le contrôleur cherche à savoir si M. [[PERSONNE:Lemaire]] a une activité non déclarée de {{débarras}}. Il dit que la camionnette est à son beau-frère. Pas d'outils dedans, rien de probant. On part après {{35 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Agenda {{RDV}} du {{box 2}} ce matin :\n{{09:00}} [[PERSONNE:BERNARD S.]] — {{AAH}}/{{APL}}\n{{09:30}} (libre)\n{{10:00}} [[PERSONNE:OUEDRAOGO A.]] — {{indu}}\n{{10:30}} [[PERSONNE:PICHON M.-T.]] — {{naissance}}\n{{11:00}} [[PERSONNE:FAURE]] — {{RSA}}, absent\nL'agent dit que les absents c'est souvent ceux qui ont le plus besoin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour une aide aux impayés d'énergie ; ce n'est pas la {{Caf}} mais le {{FSL}} (le {{Département}}). Il insiste et lit sa facture {{EDF}} ligne par ligne, l'agent note :\nRéf. client : [[IDENTIFIANT:6012 498 731]]\nTitulaire : M. [[PERSONNE:Joly Patrick]]\nMontant dû : {{486 €}}\nDate limite : {{15/03}}\nL'agent prend le temps de lui donner le numéro du {{CDAS}} de son secteur. Plutôt bien.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Tournée du jour (feuille du contrôleur) :\n1) [[ADRESSE:18 rue de Dinan, 35000 Rennes]] – [[PERSONNE:MOUSSA]] – {{isolement}}\n2) [[ADRESSE:4 place du Gros Chêne, Rennes]] – [[PERSONNE:TESSIER]] – {{ressources}}\n3) [[ADRESSE:41 bd Villebois-Mareuil, 35000 Rennes]] – [[PERSONNE:HAMON]] – {{logement}}\nSur la 2, la sonnette n'a pas de nom.",
    ),
]

# --- Cpam --------------------------------------------------------------------------------------
CPAM_1 = [
    (
        "cpam",
        "accueil_physique",
        "Écran de l'agent (je recopie) :\nASSURÉ : [[PERSONNE:MARTINEZ Lucia]]\nNIR : [[NIR:2 85 03 35 238 041 73]]\nDDN : [[DATE_NAISSANCE:21/03/1985]] — née à {{Rennes}}\nRÉGIME : {{général}}\nMÉDECIN TRAITANT : Dr [[PERSONNE:Le Corre]]\n{{CSS}} : non\nMotif du jour : carte vitale perdue. Commande d'une nouvelle, délai {{15 jours}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{Ameli}} à l'entrée : {{3 personnes}} sur 5 ne savent pas s'en servir. L'agent d'accueil fait tout à leur place en fait. Attestation de droits imprimée en {{30 secondes}}, les gens sont ravis.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur afghan avec une bénévole de la {{Cimade}}. Demande d'{{AME}}. Il a son passeport, n° [[IDENTIFIANT:P02187453]], et une attestation d'hébergement d'un ami, M. [[PERSONNE:Karimi]]. Il manque la preuve de présence de plus de {{3 mois}} en {{France}}. La bénévole sort une ordonnance de {{novembre}} : accepté comme preuve. L'agente ([[PERSONNE:Sylvie]]) est très pédagogue.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ligne {{3646}}. Une dame appelle pour ses {{indemnités journalières}}, rien reçu depuis {{5 semaines}}. L'agent voit que l'employeur n'a pas envoyé l'attestation de salaire. Elle donne le nom de son employeur « {{Boulangerie Hamel}}, c'est M. [[PERSONNE:Hamel]] le patron ». L'agent conseille de le relancer, rien d'autre à faire. Frustrant pour elle et pour lui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Fiches de rappel « {{CSS}} » à traiter, écran de [[PERSONNE:Hugo]] :\n#1 [[PERSONNE:Dubreuil Monique]] — [[TELEPHONE:02 41 87 60 12]] — {{relance justificatifs}}\n#2 [[PERSONNE:Amrani Karim]] — [[TELEPHONE:07 52 33 90 08]] — {{contestation refus}}\n#3 [[PERSONNE:Le Gall Erwan]] — [[TELEPHONE:06.71.18.44.59]] — renouvellement\nIl en a {{34}} comme ça en attente, il en fait une dizaine par après-midi.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent [[PERSONNE:Franck]]. Sorties autorisées sauf {{9h-11h}} et {{14h-16h}}. On sonne à {{10h20}} chez M. [[PERSONNE:Da Costa]] : personne. Il appelle le numéro du dossier, [[TELEPHONE:06 27 81 55 03]], le monsieur répond qu'il est chez le kiné. Il faut le justificatif du kiné sous {{48h}}, sinon suspension des {{IJ}}. [[PERSONNE:Franck]] : « la moitié du temps c'est vrai ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Fiche de contrôle (papier) :\nNOM : [[PERSONNE:BESNARD]]  PRÉNOM : [[PERSONNE:Hélène]]\nN° SS : [[NIR:2 68 06 56 121 046 12]]\nADRESSE : [[ADRESSE:22 rue Victor Massé, 56100 Lorient]]\nARRÊT DU : {{02/09}} AU : {{30/09}}\nPASSAGE : {{15h05}} — présente : OUI\nOBSERVATIONS : {{RAS}}, douleurs lombaires visibles, a ouvert en béquilles.",
    ),
    (
        "cpam",
        "accueil_physique",
        "mr [[PERSONNE:Zidane]] (pas le footballeur il precise lol) vient pr sa {{carte vitale}}, photo refusee car avec {{lunettes de soleil}}. L'agent le prend en photo sur place avec la {{tablette}}. {{5 min}}. top",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mail d'un assuré transmis à l'agent, il me le montre (messagerie {{Ameli}}) :\n« Objet : remboursement lunettes\nBonjour, je m'appelle [[PERSONNE:Thierry Vasseur]], numéro de sécu [[NIR:1 62 11 99 350 112 02]], je n'ai toujours pas eu le remboursement de mes lunettes du {{12 mars}} ({{Optic 2000}}, {{189 €}}). Mon tel [[TELEPHONE:06 84 10 29 37]]. Cordialement »\nL'agent répond via la messagerie, pas au téléphone. Politique maison.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Temps d'attente annoncé au {{3646}} : « moins de {{5 minutes}} ». Réel : {{17 minutes}}. Les agents n'ont aucun contrôle là-dessus, c'est le serveur qui annonce.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Entre deux contrôles, l'agent ([[PERSONNE:Pascal]]) m'explique le planning : c'est le {{service médical}} qui demande, pas lui qui choisit. Il a une liste le matin, {{8 à 12 adresses}}, en voiture de service ({{Zoé}} électrique, autonomie limite 😬).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Appels au micro, je note la séquence :\n{{10h02}} « Madame [[PERSONNE:Nguyen]], {{guichet 4}} »\n{{10h05}} « ticket {{B12}} »\n{{10h09}} « Monsieur [[PERSONNE:Obrecht]], {{bureau 2}} » (RDV)\n{{10h11}} « ticket {{B13}} »\nLes RDV sont appelés par leur nom, les autres par leur numéro. Tout le monde entend le nom.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une infirmière libérale en arrêt depuis un accident de vélo. Elle donne son RIB pour les {{IJ}} : [[IBAN:FR76 1380 7006 1232 0217 9865 522]] ({{Banque Populaire}}). L'agent vérifie que c'est bien à son nom, [[PERSONNE:Capucine Roux]]. Elle dit que c'est la première fois en {{20 ans}} qu'elle s'arrête.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut savoir pourquoi sa mutuelle ne reçoit pas les décomptes. L'agent ouvre l'onglet « organisme complémentaire » et lit :\nOrganisme : {{Harmonie Mutuelle}}\nN° adhérent : [[IDENTIFIANT:4180 2236 95]]\nLien {{Noémie}} : INACTIF depuis le {{01/01}}\nIl réactive le lien, effet d'ici {{48h}}. Elle : « c'était si simple ? ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Liste de contrôles du jour (tablette) :\n{{09:10}} · [[PERSONNE:KOWALSKI J.]] · [[ADRESSE:7 rue Jean Bart, 59000 Lille]] · {{arrêt initial}}\n{{09:50}} · [[PERSONNE:BOUZID N.]] · [[ADRESSE:112 rue Solférino, 59000 Lille]] · {{prolongation}}\n{{10:40}} · [[PERSONNE:DELATTRE]] · [[ADRESSE:3 cour Saint-Sauveur, 59800 Lille]] · {{AT/MP}}\nOn en fera 2 sur 3, le 3e n'est pas là.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une vieille dame, {{87 ans}}, vient avec sa voisine. Elle veut « la {{carte verte}} ». L'agent comprend après un moment : la {{carte vitale}}. Elle donne sa date de naissance comme ça : « le [[DATE_NAISSANCE:vingt-huit février mille neuf cent trente-sept]] ». L'agent sourit, tape. Carte commandée, elle repart contente avec un bonbon de l'accueil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Compte-rendu de contact saisi par l'agent après l'appel (je lis par-dessus) :\nCanal : {{TEL}}\nAppelant : tiers — fils de l'assurée\nAssurée : Mme [[PERSONNE:Pasquier Odette]]\nNIR assurée : [[NIR:2 56 09 2B 033 008 84]]\nObjet : {{ALD}} non prise en compte\nRéponse apportée : protocole reçu le {{08/04}}, en cours de validation par le {{service médical}}\nSuite : rappel sous {{8 j}}\nTout est codé, l'agent va très vite.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Vitré}}. Pendant qu'on attend devant la maison, le monsieur en arrêt pour {{lombalgie}} arrive en voiture, [[IMMATRICULATION:GH-504-RB]]. L'agent note l'heure ({{10h35}}) et la plaque, sans rien dire. M. [[PERSONNE:Gicquel]] explique qu'il revient de la pharmacie, montre le ticket. Ça passe. L'agent me dit qu'il ne fait pas la police, juste le constat.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation {{CSS}} imprimée pour la famille, je recopie le tableau des bénéficiaires :\nBénéficiaire ; Né(e) le ; Rang\n[[PERSONNE:AÏT-ALI Samia]] ; [[DATE_NAISSANCE:11/12/1990]] ; 1\n[[PERSONNE:AÏT-ALI Yanis]] ; [[DATE_NAISSANCE:04/04/2016]] ; 2\n[[PERSONNE:AÏT-ALI Lina]] ; [[DATE_NAISSANCE:23/09/2019]] ; 3\nValable jusqu'au {{31/10}}. Gratuite ({{participation 0 €}}).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Le monsieur donne son numéro en toutes lettres, très lentement : « [[TELEPHONE:zéro six, quarante-trois, dix-huit, soixante-dix-sept, zéro deux]] ». L'agent répète en chiffres pour vérifier. Il demande qu'on le rappelle pour sa demande de {{pension d'invalidité}}, en fait c'est pas la {{Cpam}} c'est la {{Carsat}} ; l'agent fait le transfert quand même.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mail de compte-rendu envoyé au {{service médical}} (copie de l'écran) :\nÀ : {{controles-arrets@cpam-ille-et-vilaine.fr}}\nDe : [[EMAIL:franck.lebreton@assurance-maladie.fr]]\nObjet : CR contrôle {{14/10}} — dossier [[IDENTIFIANT:AT-2024-118834]]\nAssuré absent à {{10h20}}, joint par téléphone, justificatif kiné demandé. Cordialement, [[PERSONNE:F. Lebreton]]",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Vigipirate}} : contrôle des sacs à l'entrée par un vigile. Une dame se vexe. L'agent d'accueil explique que c'est pareil à la {{Caf}} et à la {{mairie}}. Attente {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Elle veut recevoir son {{attestation}} sur [[EMAIL:nadege_b@hotmail.fr]] ; l'agent l'envoie dans son compte {{Ameli}} à la place, « c'est sécurisé ».",
    ),
]

CPAM_2 = [
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : le {{médecin-conseil}} a levé la demande ce matin. On fait demi-tour sur la {{rocade}}. L'agent : « ça arrive {{une fois par semaine}} ». Il profite du trajet pour me parler de ses {{27 ans}} de maison.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avis de passage déposé (modèle rempli à la main) :\n« {{Assurance Maladie}} — {{Contrôle des arrêts de travail}}\nAssuré(e) : M. [[PERSONNE:Tanguy Loïc]]\nN° immatriculation : [[NIR:1 88 12 13 213 402 36]]\nPassage le {{17/01}} à {{14h40}} : absent.\nVous devez contacter votre caisse sous {{48 heures}} au {{3646}}.\nL'agent : [[PERSONNE:Nathalie Girard]] »",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme ivoirienne, étudiante, affiliation {{PUMa}}. Titre de séjour étudiant n° [[IDENTIFIANT:9902147736]], valable jusqu'en {{septembre}}. Elle n'a pas de numéro de sécu définitif, seulement un provisoire ({{NIA}}). L'agent explique que ça peut prendre {{3 mois}}. Elle avance des frais de dentiste depuis {{janvier}}, {{240 €}}. Elle garde ses feuilles de soins dans une pochette {{Monoprix}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Ce que l'agent tape pendant l'appel :\n> appelant : M. [[PERSONNE:ROCHA Manuel]]\n> tel rappel : [[TELEPHONE:0298451237]]\n> nir : [[NIR:1 58 08 99 139 021 72]]\n> ddn : [[DATE_NAISSANCE:1958-08-14]]\n> objet : {{C2S}} refusée, plafond dépassé de {{43 €}}\n> action : explication + orientation {{CCAS}} pour aide mutuelle\nL'agent tape sans regarder le clavier, impressionnant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel très long ({{38 min}}) : une dame perdue entre {{Ameli}}, sa mutuelle et l'hôpital pour une facture de {{1 400 €}}. L'agent reconstitue tout sur papier, qui a payé quoi. À la fin elle doit {{112 €}}, pas {{1 400 €}}. Elle pleure de soulagement.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Lefebvre]], à {{Roubaix}}. Elle est là, en pyjama, arrêt pour dépression. Le contrôle dure {{3 minutes}} : constat de présence, signature. Son chat {{Filou}} s'échappe quand elle ouvre, on passe {{5 min}} à le récupérer dans l'escalier. L'agent m'avoue que c'est la partie du métier qu'il aime le moins, déranger des gens malades.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Récap tournée (tableur rempli dans la voiture) :\nheure\tassuré\trésultat\n{{09h05}}\t[[PERSONNE:PRIGENT]]\tprésent\n{{09h40}}\t[[PERSONNE:LE ROUX Gaëlle]]\tabsente — avis déposé\n{{10h25}}\t[[PERSONNE:SALAÜN]]\tprésent\n{{11h10}}\t[[PERSONNE:Y. Cadiou]]\tadresse erronée\n{{4 contrôles}}, {{1 absence}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un {{frontalier belge}} qui travaille à {{Tourcoing}}, il veut les remboursements sur son {{compte belge}}. L'agent saisit [[IBAN:BE11 3101 8053 2648]], le système accepte. M. [[PERSONNE:Vandenberghe]] épelle son nom deux fois, [[PERSONNE:V-A-N-D-E-N-B-E-R-G-H-E]]. Ça fait rire tout le monde.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation de droits (papier remis) :\n{{ATTESTATION DE DROITS À L'ASSURANCE MALADIE}}\nNom : [[PERSONNE:PETIT]]\nPrénom : [[PERSONNE:Anaïs]]\nNé(e) le : [[DATE_NAISSANCE:05/07/1990]]\nNuméro : [[NIR:2 90 07 29 019 203 60]]\nCaisse : {{CPAM du Finistère}}\nDroits ouverts du {{01/01}} au {{31/12}}\nElle la demande pour son nouvel employeur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente se présente « [[PERSONNE:Karine]], {{Assurance Maladie}}, bonjour ». Elle ne donne jamais son nom de famille, {{consigne}}. Si on veut la rappeler, c'est le {{3646}} et on tombe sur quelqu'un d'autre. Elle trouve ça dommage pour les dossiers compliqués.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "SMS reçu par l'assurée pendant l'appel, elle le lit :\n« {{Ameli}} : votre code de sécurité est {{482913}}. Il expire dans {{10 minutes}}. Ne le communiquez à personne. »\nElle le lit quand même à l'agent 🙃 qui lui dit qu'il ne faut JAMAIS le donner, même à lui.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Troisième contrôle : le monsieur habite à {{Saint-Malo}}, au [[ADRESSE:6 rue de Toulouse]], {{intra-muros}}. On se gare à l'entrée, il nous voit depuis la fenêtre. Il est présent. Le contrôleur remarque une moto dans la cour, [[IMMATRICULATION:FK-077-XY]]. Pas de rapport avec le contrôle, il ne note pas. Pourquoi je la note moi ? réflexe.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affiche à l'accueil : « {{Mon espace santé}} : activez-le ! ». Personne ne sait ce que c'est, même l'agent d'accueil hésite. Je pose la question à {{3 personnes}} en {{salle d'attente}}, aucune n'en a entendu parler.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut changer d'adresse mail. Elle la dicte : « [[EMAIL:marie-claude.jaouen (at) laposte (point) net]] ». L'agent explique qu'elle doit le faire elle-même dans {{Ameli}}. Elle n'a pas d'ordi, juste un {{téléphone à clapet}}. Finalement il le fait pour elle après vérif identité (nom, DDN, adresse).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "En-tête de la demande de contrôle (imprimée) :\nDEMANDEUR : {{Service du contrôle médical}}, Dr [[PERSONNE:Abgrall]]\nASSURÉ : Mme [[PERSONNE:KERBOUL Nolwenn]]\nNIR : [[NIR:2 77 02 22 278 115 11]]\nADRESSE : [[ADRESSE:Appt 12, 9 rue Jules Ferry, 22000 Saint-Brieuc]]\nTÉL : [[TELEPHONE:06 22 90 41 68]]\nMOTIF : {{arrêt > 6 mois}}, vérifier présence + remise {{convocation}}",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Il pleut. {{2 absents sur 2}}. L'agent dépose les {{avis}} et on rentre à l'{{agence}} à {{11h15}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Liste des inscrits « atelier compte {{Ameli}} » de {{14h}} (affichée à l'accueil !) :\n- Mme [[PERSONNE:Hubert]]\n- M. [[PERSONNE:Cissé]]\n- Mme [[PERSONNE:Delaunay]] + sa fille\n- M. [[PERSONNE:Fontaine]] (?)\n{{4 inscrits}}, {{8 places}}. Je signale à l'agent que la liste est visible de tous, il la retourne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré appelle pour un transport en {{VSL}} pas remboursé. L'agent lui demande le nom de la société : « {{Ambulances Pichard}} ». Puis l'agent appelle lui-même l'ambulancier, M. [[PERSONNE:Pichard]], sur son portable [[TELEPHONE:06 90 12 74 38]] que l'assuré lui donne. Résolu en {{15 min}}, rare.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Historique des remboursements lu à l'assuré :\n{{12/02}} | consultation {{généraliste}} | {{26,50 €}} | remboursé {{17,50 €}}\n{{20/02}} | pharmacie | {{43,12 €}} | remboursé {{28,90 €}}\n{{03/03}} | {{kiné}} x10 | {{160 €}} | en attente\nAssuré : [[PERSONNE:Jonathan Morvan]], dossier à jour. Il voulait juste savoir pour le kiné.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une mère vient pour son fils majeur sous tutelle, [[PERSONNE:Baptiste]], {{24 ans}}. L'agent photocopie l'en-tête du {{jugement de tutelle}} :\n{{Tribunal judiciaire de Rennes}} — juge des contentieux de la protection\nRG n° [[IDENTIFIANT:21/03387]]\nPersonne protégée : [[PERSONNE:Baptiste Lemercier]]\nTuteur : [[PERSONNE:Sophie Lemercier]], sa mère\nElle dit que chaque administration lui redemande la même chose, « j'ai un classeur de {{4 cm}} rien que pour ça ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Feuille de route}} du contrôleur, colonne TÉL :\n[[PERSONNE:GUEGUEN]] / [[TELEPHONE:02 97 21 66 90]] / {{fixe}}\n[[PERSONNE:MAHE]] / [[TELEPHONE:07 83 40 19 52]] / {{portable}}\n[[PERSONNE:LE DREAU]] / pas de numéro\nIl appelle seulement si absent, jamais avant (« sinon ça sert à rien »).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas un contrôle d'arrêt cette fois : vérification de résidence pour une {{CSS}}. Studio à {{Brest}}, quartier {{Recouvrance}}. La dame, Mme [[PERSONNE:Ollivier]], montre ses factures {{EDF}}, son bail, le contrat {{Free}}. Elle dit qu'elle a passé {{4 mois}} chez sa mère au {{Maroc}} l'an dernier, c'est pour ça. La règle c'est {{6 mois}} de présence minimum par an, donc ok. L'agent prend en photo le bail avec son accord.",
    ),
]

# --- CCAS --------------------------------------------------------------------------------------
CCAS_1 = [
    (
        "ccas",
        "accueil_physique",
        "Registre des domiciliations, page du jour (l'agente le remplit à la main) :\nN° | Nom | Date | Courrier\n[[IDENTIFIANT:D-0412]] | [[PERSONNE:CAMARA Ibrahima]] | {{03/06}} | {{2 lettres}}\n[[IDENTIFIANT:D-0388]] | [[PERSONNE:LEROY Sébastien]] | {{03/06}} | rien\n[[IDENTIFIANT:D-0290]] | « [[PERSONNE:Momo]] » (nom pas connu) | {{03/06}} | {{1 recommandé}}\nElle me dit que {{210 personnes}} sont domiciliées ici.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie solidaire : une maman vient chercher son bon. L'agente calcule le reste à vivre sur un coin de feuille : {{6,20 € par jour}} et par personne. Seuil à {{8 €}}, donc accès accordé pour {{3 mois}}. La maman, Mme [[PERSONNE:Oukili]], demande si elle peut venir avec sa fille [[PERSONNE:Rania]] qui porte les sacs. Oui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} : {{6 chaises}}, un bouquet de {{marguerites}} en plastique, un panneau « {{Canicule}} : inscrivez vos proches âgés ». {{9h40}}, {{4 personnes}} attendent. Pas de ticket ici, on passe dans l'ordre d'arrivée, ça se règle entre les gens.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour inscrire une voisine au {{registre canicule}}. La dame qui appelle donne le nom de la voisine, Mme [[PERSONNE:Josiane Le Meur]], {{91 ans}}, et son adresse [[ADRESSE:15 rue de la Paix, 29200 Brest]]. L'agent explique qu'il faut l'accord de la personne elle-même. La voisine n'a pas de téléphone. Ils conviennent d'une visite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Fiche d'appel (main courante téléphonique du {{CCAS}}) :\nHeure : {{10h12}}\nAppelant : [[PERSONNE:Guillaume Texier]], petit-fils\nTél : [[TELEPHONE:06 55 14 02 87]]\nPersonne concernée : sa grand-mère, [[PERSONNE:Texier Paulette]], née le [[DATE_NAISSANCE:09/10/1933]]\nDemande : {{portage de repas}} à partir de {{lundi}}\nSuite : transmis à [[PERSONNE:Corinne]] ({{service seniors}})",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec la travailleuse sociale, [[PERSONNE:Élodie]], chez un monsieur signalé par son bailleur pour incurie. Appartement au {{4e sans ascenseur}}. Il nous ouvre au bout de {{5 min}}. Ça sent fort, des sacs partout. Il parle de sa femme décédée il y a {{2 ans}}. [[PERSONNE:Élodie]] ne juge pas, elle propose une aide ménagère, il refuse, puis accepte « pour une fois ». On ressort, elle me dit « c'est une victoire ». Je n'ai pas noté son nom à lui, exprès.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Grille remplie pendant la visite ({{évaluation autonomie}}) :\nNom : Mme [[PERSONNE:Rault]], {{83 ans}}\nAdresse : [[ADRESSE:2 chemin des Vignes, 49130 Les Ponts-de-Cé]]\nSe lève seule : oui (lentement)\nToilette : aide partielle\nRepas : {{portage}} le midi\nChutes dans l'année : 2\nEntourage : fils à {{Angers}} ([[TELEPHONE:02 41 66 38 20]])\nProposition : {{téléassistance}} + {{aide à domicile}} {{6h/mois}}",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture du {{CCAS}} (une {{Clio}} avec le logo de la ville), la conseillère m'explique qu'elle fait {{3 visites}} par semaine maximum, le reste c'est de l'administratif. Elle prend toujours un collègue quand c'est une première visite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Instruction {{RSA}} au {{CCAS}} ; l'agente saisit sur le portail de la {{Caf}}, je lis l'écran :\nDemandeur : {{homme seul}}, {{58 ans}}\nN° allocataire existant : [[N_ALLOCATAIRE:2390518]] ✔\nRessources 3 derniers mois : {{IJ}} jusqu'en {{février}}, puis 0\nPièces : {{RIB}} ✔, {{avis d'imposition}} ✔, bail ✔\nElle est contente que l'ancien numéro ressorte, ça fait gagner {{3 semaines}}. Ancien chauffeur routier, arrêt longue maladie terminé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide facultative (formulaire {{CCAS}}) :\nDEMANDEUR : [[PERSONNE:BOUCHER Kelly]]\nADRESSE : [[ADRESSE:Apt 34, 1 allée du Morbihan, 35200 Rennes]]\nCOMPOSITION : {{1 adulte + 3 enfants}}\nRESSOURCES : {{RSA}} {{735 €}} + {{AF}} {{292 €}}\nCHARGES : loyer {{412 €}}, {{EDF}} {{96 €}}\nDEMANDE : {{aide alimentaire}} + aide facture {{EDF}} (réf. [[IDENTIFIANT:4097 516 228]])\nAVIS AGENT : favorable, {{150 €}}",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} sonne sans arrêt entre {{13h30}} et {{14h}}. L'agente m'explique que c'est le moment où les gens sortent du travail ou de la cantine. Beaucoup d'appels pour les {{colis de Noël}} alors qu'on est en {{octobre}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle de {{Montréal}} pour sa mère qui vit seule à {{Nantes}}. Il voudrait qu'on lui envoie les papiers pour l'aide ménagère par mail : [[EMAIL:olivier.guerin.mtl@gmail.com]]. L'agent accepte, il lui envoie le dossier vierge, rien de personnel. Décalage horaire : il est {{7h}} là-bas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Constat logement (visite avec le {{service hygiène}} de la ville) :\n- chambre enfant : moisissures {{1,5 m2}} ✗\n- {{VMC}} : hors service ✗\n- chauffage : {{convecteurs}} ok\n- humidité relevée : {{78 %}}\nLocataire : Mme [[PERSONNE:Diarra]] (bailleur privé, M. [[PERSONNE:Lebon]], joint au [[TELEPHONE:06 11 47 02 39]])\nCourrier de mise en demeure au bailleur prévu.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de carte {{Korrigo}} solidaire, formulaire rempli au guichet :\nNom : Mme [[PERSONNE:Bellec]]\nPièce d'identité : {{CNI}} n° [[IDENTIFIANT:X4RTBPFW4]]\nQuotient familial : {{412}}\nTarif accordé : {{gratuit}} (au lieu de {{38 €}}/mois)\nEnfant à charge : fils, {{19 ans}} → droit seulement s'il est demandeur d'emploi, à vérifier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Messages du répondeur écoutés à {{8h45}}, l'agente les note :\n1) {{18h02}} - M. [[PERSONNE:Lacroix]], rappeler au [[TELEPHONE:02 40 73 19 86]], dossier colis\n2) {{18h40}} - inaudible, pas de numéro\n3) {{7h55}} - Mme [[PERSONNE:Bihan]] annule son RDV de {{10h}}\n4) {{8h20}} - la {{Croix-Rouge}}, rappeler [[PERSONNE:Xavier]] au {{poste 214}}",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un couple qui demande une aide pour réparer leur voiture (indispensable, il commence à {{5h}} à l'usine {{Stellantis}} de {{La Janais}}). L'agente regarde la voiture, une {{Scénic}} de 2008, immat [[IMMATRICULATION:7342 ZK 35]]. Devis garage {{Norauto}} : {{780 €}}. Elle ne promet rien, passage en commission {{jeudi}}. M. [[PERSONNE:Guillard]] dit que sinon il perd son {{CDI}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "À l'accueil du {{CCAS}} ce matin : [[PERSONNE:Martine]] (accueil), [[PERSONNE:Sofiane]] (instructeur {{RSA}}), et une stagiaire {{CESF}}, [[PERSONNE:Lou]]. Ils se partagent les gens d'un regard. Très rodé.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dossier d'aide sociale à l'hébergement en {{EHPAD}}, la fille appelle pour compléter. L'agente lui demande le numéro de sécu de son père : « [[NIR:1 47 03 29 232 064 73]] ». Il est né à {{Quimper}} le [[DATE_NAISSANCE:2 mars 1947]]. Il est à l'{{EHPAD Les Jardins d'Arcadie}} depuis {{janvier}}, {{2 300 €}} par mois, sa retraite fait {{1 150 €}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Planning visites à domicile, semaine {{23}} (tableau au mur du bureau) :\nLUN {{14h}} — Mme [[PERSONNE:Morel]] — {{évaluation APA}}\nMAR {{10h}} — M. [[PERSONNE:Dos Santos]] — {{incurie}} (avec [[PERSONNE:Élodie]])\nJEU {{9h30}} — famille [[PERSONNE:Benhamou]] — {{expulsion}}\nVEN — rien\nLes noms sont visibles depuis le couloir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiché au-dessus du guichet :\nCOLIS ALIMENTAIRE : {{mardi}} {{14h-16h}}\nÉPICERIE SOLIDAIRE : sur orientation\nDOMICILIATION : {{lundi}}, {{mercredi}}, {{vendredi}} {{9h-12h}}\nAIDE ÉNERGIE : dossier + {{3 dernières factures}}\nPERMANENCE {{UDAF}} : {{1er jeudi du mois}}\nPas une personne ne le lit, ils demandent tous à l'agent.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle, menacé d'expulsion. Il a son avis d'échéance {{Habitat 44}}, réf. locataire [[IDENTIFIANT:L-072118]]. Il doit {{3 200 €}}. L'agent prend ses coordonnées, [[PERSONNE:Mohamed Belkacem]], [[TELEPHONE:07 45 88 10 33]], et lui donne un RDV avec l'assistante sociale le 12. Il dit merci {{10 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour un secours d'urgence à domicile (dame en fauteuil, ne peut pas se déplacer). Elle a préparé son RIB sur la table : [[IBAN:FR41 2004 1010 0505 1234 5X02 761]] ({{La Banque Postale}}). Le virement de {{200 €}} partira {{vendredi}}. Elle propose un café, la conseillère accepte, « on ne refuse pas, c'est une question de dignité » dit-elle en sortant.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "SMS de la conseillère à la personne, pour confirmer (je lis sur son portable pro) :\n« Bonjour M. [[PERSONNE:Akhtar]], c'est [[PERSONNE:Amandine]] du {{CCAS}}. Je viens demain {{10h}} comme convenu au [[ADRESSE:8 rue des Trente, 56000 Vannes]]. Si vous n'êtes pas là, appelez le {{02 61 91 08 40}} (accueil). Bonne journée »\nLe numéro donné est celui du standard, pas son portable perso.",
    ),
]

CCAS_2 = [
    (
        "ccas",
        "accueil_physique",
        "Attestation d'élection de domicile (remise en main propre) :\nNom : [[PERSONNE:MENDY]]\nPrénom : [[PERSONNE:Jean-Baptiste]]\nDate de naissance : [[DATE_NAISSANCE:12.04.1982]]\nDomicilié au : {{CCAS de Vannes}}, {{guichet domiciliation}}\nValable 1 an à compter du {{02/09}}\nN° d'enregistrement : [[IDENTIFIANT:DOM-56-2024-0671]]\nIl la plie en 4 et la glisse dans son passeport.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une jeune femme appelle pour l'aide au permis de conduire du {{CCAS}}. Il faut être inscrite à {{France Travail}}, elle donne son identifiant [[ID_FRANCE_TRAVAIL:3907715 R]] « avec un R à la fin ». L'agente note, lui dit que la commission c'est le {{dernier mardi du mois}}, plafond {{500 €}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : la dame est {{hospitalisée}} depuis hier, c'est la voisine qui nous le dit sur le palier. La conseillère appelle l'{{hôpital}}, on ne lui dit rien ({{secret}}). Elle laisse un mot. On reste {{10 min}} dans la voiture, elle est un peu secouée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Liste « {{colis de Noël}} seniors » pointée au stylo :\n✓ [[PERSONNE:ALLAIN Renée]] ({{92 ans}}) — retiré\n✓ [[PERSONNE:BRIAND Marcel]] — retiré par sa fille\n✗ [[PERSONNE:COLLET Yvonne]] — à livrer, [[ADRESSE:14 résidence du Parc, 35135 Chantepie]]\n✓ [[PERSONNE:DANIEL Jean]] — retiré\n{{312 colis}} cette année, {{40 à livrer}} à domicile.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente donne son adresse pro à une {{partenaire associative}} : [[EMAIL:c.lemoal@vannes-solidarites.fr]] — ensuite elle me dit qu'elle préfère normalement la boîte générique {{accueil.ccas@vannes-solidarites.fr}} mais que « personne ne la relève ». Ça dit beaucoup.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dossier « maintien dans le logement » complété chez la personne :\nLocataire : [[PERSONNE:Régine Carré]]\nBailleur : M. [[PERSONNE:Hascoët]] (particulier)\nDette : {{1 870 €}} ({{7 mois}})\nPlan : {{FSL}} {{1 200 €}} + {{CCAS}} {{300 €}} + échéancier {{50 €/mois}}\nVersement direct au bailleur, RIB : [[IBAN:FR76 1027 8360 0400 0208 4710 133]]\nLa conseillère fait signer sur le coin de la table de cuisine.",
    ),
    (
        "ccas",
        "accueil_physique",
        "— C'est ici pour les {{bons de gaz}} ?\n— On ne fait plus de bons, madame, c'est une {{aide sur facture}} maintenant.\n— Ah. Et c'est mieux ?\n— Pour nous oui. Pour vous… je sais pas.\nAgent honnête, j'aime bien.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agent dicte à la volée un courrier qu'il tapera plus tard, je recopie ce qu'il dit :\n« Objet : votre demande d'aide du {{15 mars}}\nMadame [[PERSONNE:Ouattara]],\nNous accusons réception… pièces manquantes : {{avis d'imposition}}, {{attestation Caf}} de moins de {{3 mois}} (n° allocataire [[N_ALLOCATAIRE:6193052]])…\nLe Vice-Président du {{CCAS}} »\nPas de nom du vice-président, il signe avec la griffe.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à un monsieur qui vit dans un {{camping-car}}, [[ADRESSE:aire des gens du voyage de la Prévalaye, place 14]]. Il demande la domiciliation et une aide pour l'assurance du véhicule, immatriculé [[IMMATRICULATION:CR-226-NV]]. La conseillère note, s'assoit sur le {{marchepied}}, on parle {{40 min}}. Il s'appelle [[PERSONNE:Tony]], il dit que son nom de famille « ça sert à rien ici ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'{{UDAF}} pour une personne sous curatelle, M. [[PERSONNE:Nedelec]]. Juste pour savoir si le dossier {{APA}} est passé. Oui. {{2 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Extrait du PV de commission ({{jeudi}}) posé sur le bureau :\n| Dossier | Demande | Montant | Décision |\n| [[IDENTIFIANT:AF-24-118]] [[PERSONNE:GUILLARD]] | réparation véhicule | {{780 €}} | accord {{500 €}} |\n| [[IDENTIFIANT:AF-24-121]] [[PERSONNE:KONATÉ]] | cantine | {{96 €}} | accord |\n| [[IDENTIFIANT:AF-24-122]] [[PERSONNE:RIO]] | énergie | {{310 €}} | ajourné |\nJe reconnais le dossier de la voiture vu hier en visite : accord partiel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Retour de visite}}. La conseillère, Mme [[PERSONNE:Le Bars]], remplit son rapport dans la voiture, sur les genoux, {{20 min}}. Elle dit que si elle attend d'être au bureau elle oublie les détails. Le rapport fait {{2 pages}}, personne ne le lira en entier, dit-elle en riant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune de {{18 ans}} tout juste, sorti de l'{{ASE}}. Il vient pour une aide alimentaire en attendant le {{contrat jeune majeur}}. L'agente vérifie son âge sur sa carte d'identité : né le [[DATE_NAISSANCE:3/2/06]]. Il a un sac à dos et un chargeur, c'est tout. Elle l'oriente vers la {{Mission locale}} et lui donne un colis tout de suite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Échange SMS sur le portable de service, je recopie avec accord :\n[{{09:14}}] « bjr c [[PERSONNE:Samira]] pour le rdv de jeudi je peux pas mon fils malade »\n[{{09:20}}] « Bonjour Mme [[PERSONNE:Haddad]], pas de souci, je vous propose {{lundi 14h}} ? »\n[{{09:41}}] « ok merci bcp 🙏 »\nDepuis le [[TELEPHONE:07 81 26 45 90]]. L'agente préfère les SMS, les gens répondent plus.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une maman d'un enfant autiste, [[PERSONNE:Noé]], {{7 ans}}. Dossier {{MDPH}} en attente depuis {{8 mois}}, n° [[IDENTIFIANT:MDPH35-2023-044187]]. La conseillère ne peut rien accélérer mais propose une aide pour la garde le mercredi. La maman montre le tableau d'images que [[PERSONNE:Noé]] utilise pour communiquer, c'est elle qui l'a fabriqué.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h50}}, l'agent ferme la porte à clé pour la pause, mais il reste {{2 personnes}}. Il les prend quand même. Pause à {{12h25}}. « Si je les renvoie, ils reviennent pas ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame dont l'électricité a été coupée ce matin. L'agente appelle direct le service solidarité d'{{EDF}} avec elle en conférence. Réf. client [[IDENTIFIANT:5401 287 610]], titulaire Mme [[PERSONNE:Gourvès]], numéro de contact [[TELEPHONE:+33 6 74 18 03 52]]. Rétablissement promis sous {{24h}} avec un dossier {{FSL}}. L'agente avait le numéro direct partenaires, sinon c'était {{45 min}} d'attente.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Bulletin d'adhésion {{téléassistance}} rempli chez la dame :\nAbonnée : Mme [[PERSONNE:Guivarc'h Anne]]\nNée le : [[DATE_NAISSANCE:14 janvier 1940]]\nAdresse : [[ADRESSE:Kerhallet, 29280 Plouzané]]\nContacts à prévenir :\n1. [[PERSONNE:Guivarc'h Yves]] (fils) [[TELEPHONE:06 98 31 27 44]]\n2. [[PERSONNE:Pouliquen]] (voisine) [[TELEPHONE:02 98 45 70 19]]\nMédecin : Dr [[PERSONNE:Kerjean]]\nTarif {{14 €/mois}}, pris en charge à {{50 %}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Questions reçues au tél ce matin : trois sur les colis, deux sur le {{chèque énergie}}, une sur la {{mutuelle communale}}, une personne qui cherchait la {{mairie}}. Aucune urgence vraie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Post-it collé sur le dossier par l'agent : « [[PERSONNE:SY Aminata]] / alloc [[N_ALLOCATAIRE:8825130]] / FT [[ID_FRANCE_TRAVAIL:6621094B]] / rappeler après {{15h}} »\nTout son dossier tient sur un {{post-it jaune}}, littéralement.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mail d'une assistante sociale de l'hôpital, lu par l'agent :\n« Bonjour, Mme [[PERSONNE:Riou]] sort du {{CHU}} {{vendredi}}, {{78 ans}}, seule à domicile, [[ADRESSE:5 rue Bayard, 44000 Nantes]]. Pouvez-vous mettre en place le portage de repas dès {{samedi}} ? Sa fille ([[EMAIL:riou.sandrine@sfr.fr]]) est au courant.\n[[PERSONNE:Léa Marchand]], assistante sociale, {{service de médecine gériatrique}} »\nL'agent répond que le samedi c'est impossible, {{lundi}} au plus tôt.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une famille syrienne arrivée il y a {{6 mois}}, logée par la ville dans un {{T4}}. Le père, M. [[PERSONNE:Al-Hassan]], montre les titres de séjour, le sien porte le n° [[IDENTIFIANT:3503921186]]. La conseillère vérifie surtout que les enfants sont bien inscrits à l'école {{Jacques Prévert}}. Tout va bien, elle est contente. Thé à la menthe, gâteaux, {{1h15}}.",
    ),
]

# --- Urgences ----------------------------------------------------------------------------------
URGENCES_1 = [
    (
        "urgences",
        "accueil_physique",
        "Écran de suivi des urgences ({{UHCD}} pas comprise), {{14h30}} :\nBOX | PATIENT | ÂGE | MOTIF | ARRIVÉE | TRI\n{{B1}} | [[PERSONNE:LE CAM M.]] | {{84 a}} | chute | {{11:02}} | 3\n{{B2}} | [[PERSONNE:ROUSSEL K.]] | {{27 a}} | douleur abdo | {{12:40}} | 3\n{{B4}} | [[PERSONNE:ANDRÉ L.]] | {{6 a}} | plaie arcade | {{13:15}} | 4\n{{COULOIR 2}} | {{INCONNU X}} | ~{{50 a}} | ivresse | {{13:58}} | 4\nL'écran est visible de la salle d'attente si on se penche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'infirmière d'accueil ([[PERSONNE:Audrey]]) reçoit un monsieur qui s'est coupé avec une {{disqueuse}}. Elle pose les questions : nom, prénom, date de naissance — « [[DATE_NAISSANCE:12 juin 1971]] » —, allergies, traitement. Elle le classe en {{tri 3}}. Attente estimée {{2h}}. Il dit qu'il a laissé le chantier en plan, son patron va l'appeler. Elle lui dit de s'asseoir et de garder la main en l'air.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Bracelet d'identification imprimé au {{bureau des entrées}} (je lis par-dessus) :\n[[PERSONNE:LEMOINE Chantal]]\nNée le [[DATE_NAISSANCE:23/04/1952]] F\n{{IPP}} : [[IDENTIFIANT:P00384127]]\n{{IEP}} : [[IDENTIFIANT:24019831]]\nL'agente vérifie à voix haute avec la patiente : « Vous êtes bien madame [[PERSONNE:Lemoine]], née le [[DATE_NAISSANCE:23 avril 52]] ? »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{standard des urgences}} : une fille appelle pour savoir si sa mère est arrivée. L'agent administratif demande nom et date de naissance : « [[PERSONNE:Gisèle Prod'homme]], née le [[DATE_NAISSANCE:5 novembre 1938]] ». Il confirme qu'elle est là mais ne donne aucune {{info médicale}}, « le médecin vous rappellera ». Il note le numéro de la fille : [[TELEPHONE:06 41 29 83 17]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Entre {{18h}} et {{19h}}, {{14 appels}} au standard des urgences. La moitié : « combien de temps d'attente ? ». Réponse systématique : « on ne peut pas savoir, ça dépend des urgences vitales ». Les gens raccrochent énervés.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente : {{23 personnes}}, {{2 distributeurs}} dont un vide, la télé sur {{BFM}} sans le son. Un gamin dort sur deux chaises. Le vigile fait des rondes toutes les {{20 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche admission saisie par l'agente du {{bureau des entrées}} :\nNom : [[PERSONNE:HOARAU]]\nPrénom : [[PERSONNE:Mélissa]]\nDDN : [[DATE_NAISSANCE:08/04/1999]]\nLieu de naissance : {{Saint-Denis (974)}}\nNIR : [[NIR:2 99 04 97 411 152 91]]\nAdresse : [[ADRESSE:21 rue de Saint-Brieuc, 35000 Rennes]]\nMutuelle : {{MGEN}} n° [[IDENTIFIANT:512 004 873]]\nPersonne à prévenir : [[PERSONNE:Hoarau Jimmy]] ({{frère}}), [[TELEPHONE:06 92 45 10 38]]",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Cahier des appels de la secrétaire des urgences pédiatriques :\n{{20:05}} mère de [[PERSONNE:Lina B.]], demande résultats radio → rappel médecin\n{{20:18}} {{SAMU}} : arrivée {{20:40}} nourrisson {{3 mois}}, bronchiolite\n{{20:31}} père de [[PERSONNE:Enzo Marchal]], [[TELEPHONE:07 69 51 20 84]], veut passer la nuit → OK\n{{20:47}} erreur de numéro (cherchait la {{maternité}})\nElle écrit tout à la main, le logiciel « rame ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un monsieur arrive en portant sa femme, il a laissé sa voiture en travers de l'{{entrée des ambulances}}. Le {{vigile}} vient au bureau d'accueil avec la plaque notée sur sa main : [[IMMATRICULATION:HB-671-ZC]]. On fait une annonce. Le mari descend, la déplace, revient, s'excuse {{10 fois}}. Personne ne lui en veut.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la police, l'agent note sur la main courante :\n{{02:10}} — commissariat central, OPJ au tél\nObjet : {{certificat de compatibilité}} avec la {{garde à vue}}\nIdentité : [[PERSONNE:Kévin Lambert]], né le [[DATE_NAISSANCE:02/02/1994]]\nArrivée prévue : {{02:40}}\nL'agent me dit que c'est « {{3 ou 4 par nuit}} » le week-end.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc du tri (feutre) :\n{{IOA}} : [[PERSONNE:Audrey]] / [[PERSONNE:Jérôme]]\nMédecin sénior : Dr [[PERSONNE:Mansour]]\nInterne : [[PERSONNE:Clémence]]\nLits dispo {{UHCD}} : 0\nAttente {{tri 4-5}} : {{4h}}\n→ penser à rappeler le {{bed manager}} à {{16h}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'un {{EHPAD}} (l'{{EHPAD Emeis Les Charmilles}}) pour prévenir d'un transfert : résidente de {{94 ans}}, chute, « elle s'appelle Mme [[PERSONNE:Boulanger]] ». L'agent relève le nom et l'heure d'arrivée prévue, {{22h15}}. Il demande si le dossier de liaison suit. Réponse « oui, dans l'enveloppe ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h du matin}}, l'observatrice que je suis est épuisée, l'agente d'accueil est là depuis {{21h}}. Elle en est à son 4e café. Un homme ivre chante du {{Johnny}}. Elle rit : « au moins il chante juste ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "SMS envoyé automatiquement aux patients en attente (nouveauté) :\n« {{CHU}} urgences : Bonjour, votre prise en charge est prévue dans environ {{1h30}}. Merci de rester à proximité. Votre ticket : {{U-2417}}. »\nL'agent au tél explique qu'on peut rappeler le {{02 61 91 22 00}} pour savoir où on en est. Le système marche si on donne son numéro.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient rappelle pour récupérer son {{compte-rendu}}, il veut qu'on l'envoie sur [[EMAIL:yohann.briand@outlook.fr]]. L'agent dit non, le CR part par {{courrier}} ou sur {{Mon espace santé}}. Il propose de venir le chercher, il faut une pièce d'identité.",
    ),
]

URGENCES_2 = [
    (
        "urgences",
        "accueil_physique",
        "Registre des arrivées {{SMUR}}/ambulances (écran bureau des entrées), copié ligne par ligne :\n{{21:12}};{{VSAV}} {{SDIS 35}};[[PERSONNE:TRAN Van Minh]];{{72 ans}};malaise\n{{21:30}};{{Ambulances Jégo}};[[PERSONNE:GILBERT Odile]];{{90 ans}};chute {{EHPAD}}\n{{21:47}};{{police}};{{inconnu}};~{{30 ans}};rixe\n{{22:05}};moyens perso;[[PERSONNE:BLANCHARD Théo]];{{16 ans}};entorse\nÀ partir de {{22h}} c'est les arrivées par la police qui augmentent.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un ancien patient appelle, il a son numéro de patient sur un courrier, IPP [[IDENTIFIANT:P00591266]], et veut savoir si sa radio du {{mois dernier}} est dispo. L'agent transfère à l'{{imagerie}} ({{poste 4471}}). Ça sonne dans le vide, retour à l'accueil. Au 3e essai ça marche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une famille géorgienne, le père parle russe, personne ici ne parle russe. L'agente appelle {{ISM Interprétariat}} ({{15 min}} d'attente) ; entre-temps le fils, [[PERSONNE:Giorgi]], {{12 ans}}, traduit avec son téléphone. Fiche admission de la petite :\nPatiente : {{4 ans}}, fièvre {{39,8}}\nResponsable légal : la mère, passeport n° [[IDENTIFIANT:13AB45879]]\nCouverture : aucune → {{AME}} à faire, signalé à l'{{assistante sociale}}",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Je passe {{1h}} au standard de nuit avec l'agent. Il répond « urgences bonjour » {{22 fois}}. Quatre appels de gens qui veulent un conseil médical : il les renvoie vers le {{15}} ou {{SOS Médecins}}. Il n'a pas le droit de conseiller, même quand il sait.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche {{identitovigilance}} au {{bureau des entrées}} :\n1. {{NOM de naissance}}\n2. Premier prénom de naissance\n3. Date de naissance\n4. Sexe\n5. Lieu de naissance\n« Je vérifie votre identité à chaque étape, c'est pour votre sécurité »\nL'agente dit qu'elle la récite {{80 fois}} par jour.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Mail reçu sur la boîte des urgences, que l'agent me montre (imprimé) :\n« De : [[EMAIL:dr.fabre.cabinet@medecin.fr]]\nÀ : {{urgences.accueil@chu-exemple.fr}}\nObjet : adressage Mme [[PERSONNE:Poirier]]\nJe vous adresse Mme [[PERSONNE:Nicole Poirier]], née le [[DATE_NAISSANCE:17/07/1946]], pour suspicion de {{phlébite}}. Elle arrive par ses propres moyens. Confraternellement, Dr [[PERSONNE:Fabre]] »\nL'agent crée le dossier avant qu'elle arrive.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme sans domicile, connu du service. L'agente tape dans l'adresse : « {{SDF}} — domicilié {{CCAS}} ». Elle l'appelle par son prénom, [[PERSONNE:Didier]]. Il vient pour les pieds, comme chaque hiver. Elle lui apporte un café du {{distributeur}} avec ses pièces à elle.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle, furieuse : sa voiture a été enlevée du {{parking}} pendant qu'elle accompagnait son fils. Elle donne la plaque, [[IMMATRICULATION:FT 903 DL]]. L'agent n'y peut rien, c'est la {{police municipale}}, il donne le numéro de la {{fourrière}}. Elle raccroche en pleurant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fiche de liaison arrivée avec une résidente d'EHPAD (posée sur le comptoir, visible) :\nRÉSIDENTE : Mme [[PERSONNE:GAUTIER Simone]]\nDDN : [[DATE_NAISSANCE:30.01.1931]]\nÉTABLISSEMENT : {{EHPAD Les Tilleuls}}\nMÉDECIN CO : Dr [[PERSONNE:Vidal]]\nCONTACT FAMILLE : M. [[PERSONNE:Gautier Alain]] — [[TELEPHONE:02 35 71 48 09]]\nMOTIF : {{chute nocturne}}, {{GIR 2}}\nJe la retourne face cachée, l'agente me remercie.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une {{pharmacie}} appelle pour vérifier une {{ordonnance}} des urgences (doute sur une dose). L'agent transfère au {{médecin de garde}}, Dr [[PERSONNE:Ménard]]. Il me dit : « ça, c'est un bon réflexe, ils appellent pas assez ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "À la sortie, un jeune doit payer le {{forfait patient urgences}}, {{19,61 €}}, pas de mutuelle. Il râle, il paie par carte. L'agente lui dit qu'avec la {{CSS}} ce serait gratuit, lui donne le flyer. Il s'appelle [[PERSONNE:Nathan]], {{20 ans}}, étudiant à {{Rennes 2}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Journal des appels sortants de la cadre de nuit (écran du téléphone) :\n{{23:40}}  [[TELEPHONE:06 03 51 72 48]]  famille [[PERSONNE:Carlier]]  pas de réponse\n{{23:52}}  [[TELEPHONE:06 03 51 72 48]]  famille [[PERSONNE:Carlier]]  message laissé\n{{00:15}}  {{poste 2150}}  {{réanimation}}  lit dispo ?\n{{00:31}}  [[TELEPHONE:01 47 82 09 61]]  fils de Mme [[PERSONNE:Aubert]], à {{Paris}}  joint\nLa nuit c'est elle qui appelle les familles, pas les médecins.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Message d'accueil du {{répondeur}} : « attente moyenne actuelle : {{3h45}} ». Pour le patient que j'ai suivi ce soir, c'était {{6h10}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un touriste {{anglais}} appelle pour sa femme admise cette nuit. L'agent se débrouille en anglais. Il demande la date de naissance pour vérifier : « [[DATE_NAISSANCE:1968-11-03]] », le mari la lit sur le {{passeport}}. Il laisse son numéro {{anglais}}, [[TELEPHONE:+44 7700 900431]]. L'agent le recopie chiffre par chiffre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Étiquettes sur les sacs « objets des patients » au bureau des entrées :\n[[PERSONNE:MOREIRA J.]] — {{box 6}} — sac + téléphone\n[[PERSONNE:PERROT]] — {{UHCD}} — manteau\nsans nom — {{salle d'attente}} — parapluie\n[[PERSONNE:Diallo A.]] — {{déchocage}} — portefeuille (CNI n° [[IDENTIFIANT:170635200118]] dedans, noté par l'agent)",
    ),
]

# --- CHRS / 115 --------------------------------------------------------------------------------
CHRS_1 = [
    (
        "chrs",
        "accueil_telephonique",
        "Fiche d'appel {{115}} (logiciel {{SI-SIAO}}), telle que l'écoutante la remplit :\nAppelant : [[PERSONNE:BELHADJ Sofiane]]\nDDN : [[DATE_NAISSANCE:21/09/1987]]\nSituation : seul, à la rue depuis {{3 nuits}}, {{gare de Rennes}}\nTél : [[TELEPHONE:07 58 12 36 94]] (batterie faible)\nDemande : mise à l'abri ce soir\nRéponse : pas de place, rappeler à {{18h}}\nN° demande SIAO : [[IDENTIFIANT:SIAO35-118420]]",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{17h}} : le {{115}} sature. {{42 appels}} en attente dans la file. L'écoutant m'explique qu'il y a {{9 places}} ce soir pour tout le département. Il décroche, écoute, dit non, raccroche. Il a {{26 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du {{CHRS}} : une femme arrive avec une valise et sa fille de {{5 ans}}, orientée par le {{SIAO}} après des violences. La travailleuse sociale, [[PERSONNE:Hélène]], l'installe dans le petit bureau, pas au comptoir. Elle ne lui demande presque rien au début : « vous avez mangé ? ». Le nom viendra après. J'ai trouvé ça très juste.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tour des chambres du jeudi (grille de l'éducateur) :\nCh. {{101}} — M. [[PERSONNE:Kanté]] — propre, détecteur OK\nCh. {{102}} — vide (départ {{lundi}})\nCh. {{103}} — [[PERSONNE:Roger]] — nourriture périmée dans le frigo, on en parle\nCh. {{104}} — Mme [[PERSONNE:Petrova]] + 2 enfants — lit bébé manquant\nCh. {{105}} — [[PERSONNE:Lucas]] — absent, porte fermée, on n'entre pas",
    ),
    (
        "chrs",
        "accueil_physique",
        "Cahier de passage de l'accueil de jour, ce matin (colonne prénom seulement) :\n{{8h05}} [[PERSONNE:Yacine]] — douche\n{{8h10}} [[PERSONNE:Bernard]] — café\n{{8h12}} « [[PERSONNE:Le Breton]] » — lave-linge\n{{8h30}} [[PERSONNE:Marina]] + son chien {{Kaïs}} — café, courrier\n{{8h41}} [[PERSONNE:Ahmed]] — douche\n{{31 passages}} à {{10h}}. Les chiens ont un bol à l'entrée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Une femme appelle le {{115}} depuis le téléphone d'un passant. Elle ne connaît pas son propre numéro, elle donne celui du passant en le lisant : « [[TELEPHONE:zéro sept, quatre-vingt-un, trente, douze, soixante]] ». L'écoutante lui trouve une place à l'hôtel, le {{Formule 1}} de {{Cesson}}, {{chambre 27}}. Elle doit y être avant {{21h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite des chambres : l'éducateur frappe toujours, attend, annonce son prénom. Jamais de {{passe-partout}} sans prévenir, sauf urgence. Il me dit : « c'est leur chez-eux, même pour {{6 mois}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "En-tête du contrat de séjour signé ce matin :\n{{CHRS L'Étape}} — {{Association Saint-Benoît Labre}}\nRésident : M. [[PERSONNE:OLIVEIRA Carlos]]\nNé le : [[DATE_NAISSANCE:19/03/1976]] à {{Porto}}\nN° {{SIAO}} : [[IDENTIFIANT:SIAO-35-2024-07715]]\nChambre : {{12}}\nDurée : {{6 mois}} renouvelable\nParticipation : {{10 %}} des ressources\nIl signe sans lire, l'éducatrice l'arrête et relit avec lui.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Tableau des places du soir (écran {{115}}, {{19h30}}) :\nStructure | Places H | Places F | Familles\n{{Asfad}} | 0 | 1 | 0\n{{Coallia Pommeraye}} | 2 | 0 | 0\n{{Hôtel Campanile}} | – | – | 1 ch.\n{{Halte de nuit}} | 5 | 0 | –\nTotal : {{9 places}} pour {{58 demandes}}. L'écoutant : « je fais des choix que je devrais pas faire ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Sur le parking du {{CHRS}}, un résident dort dans sa voiture par choix, il a une chambre mais préfère. Vieux {{Berlingo}}, [[IMMATRICULATION:BM-455-JE]]. L'éducateur vient vérifier qu'il va bien, lui apporte une {{couverture}}. M. [[PERSONNE:Grosjean]] rigole : « ici au moins personne ronfle ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un monsieur soudanais appelle le {{115}}, interprète arabe en conférence. Fiche remplie par l'écoutante :\nNationalité : {{soudanaise}}\nStatut : demandeur d'asile, récépissé AGDREF [[IDENTIFIANT:3502219874]]\nOrientation normale : {{DNA}} ({{OFII}})\nCe soir : inscrit quand même sur la liste {{115}}\nIl remercie en arabe, l'interprète traduit « que Dieu vous garde ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Point admin avec la référente, [[PERSONNE:Julie]], et un résident, [[PERSONNE:Steven]], {{22 ans}}. Ils vérifient tout : inscription {{France Travail}} ok (identifiant [[ID_FRANCE_TRAVAIL:7284016C]]), {{RSA}} pas encore ouvert, {{Caf}} — numéro [[N_ALLOCATAIRE:5067341]] créé la semaine dernière. Elle a tout dans un classeur rouge, un intercalaire par démarche.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "État des lieux d'entrée, {{chambre 15}}, {{foyer Coallia}} de {{Villejean}} :\nlit {{90}} : bon état\nmatelas : neuf (housse)\narmoire : porte gauche abîmée\nfrigo top : OK\nclés remises : 2 + badge\nRésidente : Mme [[PERSONNE:Nkemelu]]\nSignature éduc : [[PERSONNE:K. Baudry]]",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un agent {{SNCF}} : un homme dort dans le hall de la {{gare}}, il fait {{-3°}}. L'écoutant déclenche la maraude du {{Samu social}}. Pas de nom, pas de numéro, juste « un homme en blouson rouge, {{quai 1}} ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "SMS reçu sur le téléphone du {{CHRS}} (un résident prévient) :\n« bonsoir c [[PERSONNE:Dylan]] {{ch 14}} je rentre plus tard g trouvé du taf en extra au {{McDo}} de {{Cleunay}} jusqu'a {{23h}} svp laissez la porte 🙏 »\nL'éducatrice de nuit répond ok et le note dans le cahier de liaison. Elle est super contente pour lui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la {{chambre 23}} avec l'éduc : la résidente, [[PERSONNE:Aïcha]], a affiché au mur les dessins de ses enfants placés, qu'elle voit {{un samedi sur deux}}. Elle nous montre fièrement le planning des {{visites médiatisées}}. L'éducatrice note qu'il faut un 2e lit pour les week-ends d'hébergement.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Liste « à rappeler à {{21h}} » de l'écoutant :\n- [[PERSONNE:Kouassi]], [[TELEPHONE:06 13 27 84 50]], famille 2 enfants, {{gare routière}}\n- Mme [[PERSONNE:Lenoir]], [[TELEPHONE:07 44 91 06 23]], {{65 ans}}, sort de l'hôpital\n- « [[PERSONNE:Tintin]] », pas de tél, rappellera lui-même\n{{1 place}} libérée à {{20h50}} : donnée à Mme [[PERSONNE:Lenoir]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit-déj du {{CHRS}} : {{7h-8h30}}, {{38 résidents}}, {{2 salariés}}, {{1 bénévole}} ([[PERSONNE:Josette]], {{81 ans}}, là tous les matins depuis {{12 ans}}). Pain de la boulangerie d'à côté, confiture {{Bonne Maman}} (dons). La radio sur {{France Bleu}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Planning visites de chambres, affiché dans le bureau éduc :\nLUNDI : ch. {{1 à 10}} — [[PERSONNE:Karim]]\nMARDI : ch. {{11 à 20}} — [[PERSONNE:Sabrina]]\nJEUDI : ch. {{21 à 30}} — [[PERSONNE:Karim]]\nVENDREDI : studios {{S1-S6}} (en diffus) — [[PERSONNE:Manon]] + [[PERSONNE:Yves]]\nRègle : prévenir les résidents {{48h}} avant, sauf suspicion.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fiche signalement pour la maraude, saisie par l'écoutante du {{115}} :\nAppelante : [[PERSONNE:Virginie]] + son fils [[PERSONNE:Matteo]] ({{9 ans}})\nLieu : parking du {{Leclerc}} de {{Saint-Grégoire}}, dort dans la voiture depuis {{une semaine}}\nVéhicule : {{Twingo}} grise, [[IMMATRICULATION:DF-762-AS]]\nBesoin : hébergement famille ; le petit va à l'école tous les jours « comme si de rien n'était »\nTransmis maraude {{20h10}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier {{CV}} à l'{{accueil de jour}} : la {{bénévole}} aide [[PERSONNE:Moussa]] à créer une adresse mail, ça donne [[EMAIL:moussa.konate2024@gmail.com]]. Il note le mot de passe sur un papier qu'il met dans sa chaussure. La bénévole ne dit rien, elle me dit après que « c'est pas plus bête qu'un post-it sur l'écran ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Chambre 17}} : rien à signaler, lit fait au carré. Le résident, M. [[PERSONNE:Lagarde]], est {{ancien militaire}}, ça se voit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le coordinateur du {{SIAO}} appelle le {{CHRS}} ; l'éducatrice note sous sa dictée sur un post-it : « [[PERSONNE:DIOP Mariama]] + 1 enfant / réf [[IDENTIFIANT:SIAO35-2024-11902]] / tél [[TELEPHONE:07 53 28 61 09]] / entrée avant le {{15/11}} ». Il lui redonne son mail pour les pièces : [[EMAIL:py.renault@siao35.org]]. C'est [[PERSONNE:Pierre-Yves]], elle le connaît depuis {{10 ans}}.",
    ),
]

CHRS_2 = [
    (
        "chrs",
        "accueil_physique",
        "Fiche d'admission {{CHRS}} remplie avec le résident (je recopie les champs) :\nNOM : [[PERSONNE:RAKOTO]]\nPRÉNOM(S) : [[PERSONNE:Hery Jean]]\nDDN : [[DATE_NAISSANCE:07/08/1991]]\nNATIONALITÉ : {{malgache}}\nTITRE : {{carte de séjour}} n° [[IDENTIFIANT:9721054803]] exp. {{2026}}\nRESSOURCES : {{ARE}} {{812 €}}\nN° FT : [[ID_FRANCE_TRAVAIL:0451927M]]\nDERNIÈRE ADRESSE : [[ADRESSE:27 rue de Nantes, 35000 Rennes]] (expulsé en {{mars}})\nPERSONNE À PRÉVENIR : aucune",
    ),
    (
        "chrs",
        "accueil_physique",
        "La conseillère aide une résidente à donner son {{RIB}} à la {{Caf}} : {{compte ouvert en ligne}} la veille, IBAN [[IBAN:FR76 1695 8000 0176 5432 1098 770]]. Mme [[PERSONNE:Charpentier]] : « c'est la première fois que j'ai un compte à moi, avant c'était celui de mon ex ». Elle a {{43 ans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutant du {{115}} me montre son « {{cahier de nuit}} » : il n'y écrit que des {{initiales}} et des heures. Consigne du service depuis un contrôle de la {{CNIL}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Relevé visite sécurité incendie (éduc + agent technique), format tableur :\nchambre;occupant;détecteur;multiprise;remarque\n{{201}};[[PERSONNE:Traoré M.]];ok;non;–\n{{202}};[[PERSONNE:Lopez]];piles HS;oui;changées\n{{203}};vacante;ok;–;–\n{{204}};[[PERSONNE:Ben Salah]];ok;oui (x3);bouilloire + chauffage d'appoint !\n{{205}};[[PERSONNE:Ribeiro]];retiré;non;recadrage\nL'agent technique s'appelle [[PERSONNE:Gilles]], très pédagogue.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Les visites de chambres du {{diffus}} (appartements en ville) prennent plus de temps : {{25 min}} de bus entre deux. L'éduc prend le {{C4}}. On en fait deux dans la matinée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Jour de sortie ! [[PERSONNE:Fabrice]], {{14 mois}} au {{CHRS}}, part dans un {{T1}} {{Archipel Habitat}} au [[ADRESSE:6 square Ludovic Trarieux, 35200 Rennes]]. Il a acheté un gâteau pour l'équipe. La cheffe de service, Mme [[PERSONNE:Quintin]], fait un petit discours. Il pleure, elle aussi, moi aussi un peu.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écran stats {{115}} du jour ({{23h}}) :\nAppels reçus : {{412}}\nAppels décrochés : {{167}}\nDemandes d'hébergement : {{96}}\nDont familles : {{21}}\nDont femmes seules : {{14}}\nDemandes non pourvues : {{71}}\n{{74 %}} non pourvues. L'écoutante le dit à voix haute, personne ne répond.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "SMS groupé envoyé aux résidents du diffus (depuis le portable du service) :\n« Bonjour, visite des logements {{mardi 12}} entre {{9h}} et {{12h}}. Merci d'être présents. L'équipe éducative, {{CHRS Le Relais}}. »\nRéponses : [[PERSONNE:Bintou]] « ok », [[TELEPHONE:06 47 20 18 35]] (numéro pas enregistré) « c qui ? », [[PERSONNE:Gaël]] 👍",
    ),
    (
        "chrs",
        "accueil_physique",
        "On monte le dossier {{CSS}} avec un résident, il n'a jamais eu de carte vitale à lui. Sur l'attestation de droits qu'il a retrouvée : [[NIR:1 83 10 75 118 099 79]]. Né à {{Paris}} 18e en [[DATE_NAISSANCE:octobre 83]], il me dit « je suis un titi ». La conseillère rit. Le dossier part par courrier, pas par {{Ameli}} : il n'a pas de mail.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} rappelle une famille qui avait laissé un numéro hier : [[TELEPHONE:07 66 04 91 52]]. Messagerie : « Bonjour vous êtes bien chez [[PERSONNE:Fatou]] et [[PERSONNE:Ibrahim]] ». L'écoutante laisse un {{message neutre}}, sans dire « {{115}} », au cas où quelqu'un d'autre écoute. Réflexe de sécurité.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "{{Chambre 9}}, famille arménienne. La mère, Mme [[PERSONNE:Grigoryan]], sort d'une boîte en fer tous leurs papiers : récépissés, courrier {{OFPRA}} avec le n° de dossier [[IDENTIFIANT:2023-051187]], carnets de vaccination. L'éducatrice lui conseille de tout scanner. Elle n'a pas de téléphone avec appareil photo ; rendez-vous au bureau {{lundi}} pour le faire ensemble.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Quittance de participation remise au résident :\n{{CHRS Le Relais}}\nReçu de : M. [[PERSONNE:Vincent Hamon]]\nChambre : {{n° 6}}\nPériode : {{octobre}}\nMontant : {{81,20 €}} ({{10 %}} de {{812 €}})\nMode : espèces\nL'agent comptable : [[PERSONNE:N. Perrin]]\nIl la range dans son portefeuille, à côté de la photo de sa fille.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visites des chambres {{30}} à {{36}} : tout est ok. L'éduc m'explique qu'une {{bonne visite}} c'est surtout une {{discussion}}, pas un contrôle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Transcription de l'appel (je note vite) :\n— {{115}} bonjour.\n— Oui c'est [[PERSONNE:Jordan]], [[PERSONNE:Jordan Le Hir]], j'ai appelé hier.\n— Votre date de naissance ?\n— [[DATE_NAISSANCE:4 avril 2002]].\n— Je vous retrouve. Vous êtes où ?\n— Sous le pont, à côté de la {{Vilaine}}. Avec mon chien, {{Rambo}}.\n— Je n'ai pas de place avec chien ce soir. Je suis désolée.\nSilence. Il raccroche.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Liste des véhicules autorisés sur le parking du {{CHRS}} (affichée au bureau) :\n- [[IMMATRICULATION:CZ-118-LP]] — [[PERSONNE:Mercier]] ({{ch. 4}})\n- [[IMMATRICULATION:8812 XV 29]] — [[PERSONNE:Le Bihan]] ({{ch. 11}})\n- [[IMMATRICULATION:1-KLM-482]] — [[PERSONNE:Dubois]] ({{ch. 19}}, plaque belge)\nVérifié en passant lors de la tournée des chambres : un véhicule inconnu, l'éduc note juste « {{Clio}} bleue ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente dicte son mail pour l'inscription {{DALO}} : « [[EMAIL:b.nguessan(at)yahoo.fr]], avec un {{N apostrophe}}, non sans apostrophe ». La conseillère s'y reprend trois fois. Le formulaire refuse l'adresse parce que l'ancienne est déjà liée. Bug du site. {{35 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Affichage à l'entrée du {{CHRS}} : règlement intérieur en {{8 langues}}, horaires ({{portail fermé 23h-6h}}), numéro du {{115}}, numéro du {{3919}}. Et un dessin d'enfant : un soleil et une maison.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus chez M. [[PERSONNE:Castel]]. Il a enfin son {{APL}} : il me montre le courrier de la {{Caf}} avec son numéro, [[N_ALLOCATAIRE:7730164]], et le montant, {{198 €}}. L'éducatrice vérifie que la participation est bien recalculée. Le frigo est plein pour la première fois depuis qu'il est là, dit-elle.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'assistante sociale des urgences appelle le {{115}} pour un patient qui sort ce soir, sans solution. Elle donne : « M. [[PERSONNE:Jacques Le Moal]], né le [[DATE_NAISSANCE:11/11/1961]], {{63 ans}}, diabétique ». L'écoutant trouve une place en {{lit halte soins santé}} à {{Chantepie}}. Miracle du soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Signalement maraude saisi par l'écoutant :\nLIEU : {{parking Colombier}}, niveau -2\nPERSONNE : homme ~{{50 ans}}, dit s'appeler « [[PERSONNE:Jeannot]] »\nÉTAT : alcoolisé, conscient\nSIGNALANT : agent de sécurité {{Indigo}}, [[TELEPHONE:06 29 83 47 10]]\nTRANSMIS : {{Samu social}} {{22h12}}",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bannette du courrier des résidents (ce qu'on lit sur les enveloppes) :\nM. [[PERSONNE:FOFANA Bakary]] — {{CPAM}}\nMme [[PERSONNE:LEVEQUE Sandra]] — {{Préfecture d'Ille-et-Vilaine}}\nM. [[PERSONNE:OZTURK]] — {{Trésor public}} (recommandé)\n[[PERSONNE:Bouchet Kevin]] — {{France Travail}}\nL'éduc donne le courrier en main propre, jamais posé sur le comptoir.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de la {{chambre 28}} reportée : le résident travaille de nuit chez un {{transporteur}}, il dort. On ne réveille pas. Reporté à {{jeudi}}.",
    ),
]

# --- France Travail ----------------------------------------------------------------------------
FRANCE_TRAVAIL_1 = [
    (
        "france_travail",
        "accueil_physique",
        "Agenda du conseiller ([[PERSONNE:Mehdi]]) pour la matinée, sur son 2e écran :\n{{09h00}} [[PERSONNE:LAURENT Océane]] — [[ID_FRANCE_TRAVAIL:4418203X]] — 1er entretien\n{{09h45}} [[PERSONNE:BOYER Alain]] — [[ID_FRANCE_TRAVAIL:2290571L]] — suivi {{CEJ}}\n{{10h30}} collectif « {{Réussir son entretien}} » ({{12 inscrits}})\n{{11h30}} [[PERSONNE:NGUYEN Thi]] — [[ID_FRANCE_TRAVAIL:6015548P]] — {{AIF}} formation cariste\nIl a {{312 demandeurs}} dans son portefeuille.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{57 ans}} vient parce que son {{ARE}} s'arrête dans {{2 mois}}. Licencié de chez {{Doux}} (l'abattoir), il y a bossé {{31 ans}}. Le conseiller lui parle de l'{{ASS}}. Il ne veut pas « la charité ». Le conseiller insiste doucement, imprime le formulaire. M. [[PERSONNE:Le Guen]] le plie sans le regarder.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : une jeune femme appelle parce qu'elle a oublié de s'actualiser, {{radiée}}. L'agent lui demande son identifiant, elle le lit sur un vieux courrier : « [[ID_FRANCE_TRAVAIL:5 903 127 H]] ». Il peut la réinscrire tout de suite, les droits reprennent. Elle souffle. {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{CV}} modèle affiché au mur de l'espace atelier :\n[[PERSONNE:Camille Durand]]\n[[ADRESSE:12 rue de la République, 69002 Lyon]]\n[[TELEPHONE:06 12 34 56 78]] — [[EMAIL:camille.durand@mail.fr]]\nEXPÉRIENCE : {{magasinier}} chez {{Leroy Merlin}} ({{2019-2023}})\nFORMATION : {{CACES 1, 3, 5}}\nLes gens copient le modèle tel quel, le conseiller a déjà vu passer des CV avec le téléphone du modèle 😂",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Musique d'attente du {{3949}} : {{4 min 30}}. Message : « pour vous actualiser, rendez-vous sur {{francetravail.fr}} ou l'appli {{France Travail}} ». {{80 %}} des appels de la matinée concernaient l'actualisation, dit le superviseur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune qui sort de l'{{intérim}} ; il saisit lui-même son RIB sur la borne, je lis l'écran :\nIBAN : [[IBAN:FR76 4061 8804 5000 0401 2756 161]]\nBanque : {{Boursorama}}\n⚠ {{clé invalide}} (1er essai, deux chiffres inversés)\n✔ enregistré (2e essai)\nLe conseiller : « au moins le contrôle marche ». [[PERSONNE:Bryan]], {{23 ans}}, veut être {{cariste}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "File des rappels « indemnisation » (écran plateforme) :\nRang | DE | Motif | Ancienneté\n1 | [[ID_FRANCE_TRAVAIL:3381570D]] | trop-perçu | {{6 j}}\n2 | [[ID_FRANCE_TRAVAIL:8204417S]] | attestation employeur manquante | {{5 j}}\n3 | [[ID_FRANCE_TRAVAIL:1176092A]] | changement RIB | {{3 j}}\nL'agente prend toujours le plus ancien d'abord, « sinon c'est pas juste ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Espace accueil : {{6 ordinateurs}} en libre accès, deux en panne. Un jeune en {{service civique}} aide les gens à se connecter. Il passe son temps à réinitialiser des mots de passe. « {{60 %}} de mon boulot », il dit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame au {{3949}} n'a pas reçu sa {{convocation}}. Le conseiller vérifie l'adresse mail dans le dossier : « [[EMAIL:sabrina.m.74@gmail.com]] ». Elle : « non, c'est 47, pas 74 ! ». Corrigé. Tout partait chez quelqu'un d'autre depuis {{6 mois}}, peut-être.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Offre imprimée par le conseiller pour une dame :\nOffre n° {{178QWKZ}}\n{{Agent de propreté}} H/F — {{CDI}} {{24h/semaine}}\nEmployeur : {{Nettoyage Guérin & Fils}}, {{Cesson-Sévigné}}\nSIRET {{512 345 678 00021}}\nContact : Mme [[PERSONNE:Guérin]], [[TELEPHONE:02 99 83 14 72]]\nSalaire : {{12,10 €/h}}\nLa dame hésite à cause des horaires ({{5h-9h}}).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par téléphone d'un monsieur sans ordinateur. Le conseiller remplit l'écran en direct, je note ce qui s'affiche :\nNIR : [[NIR:1 93 06 31 555 230 82]]\nNé le : [[DATE_NAISSANCE:09/06/1993]] à {{Toulouse}}\nAdresse : [[ADRESSE:34 avenue de Crimée, 35700 Rennes]]\nTél : [[TELEPHONE:07 82 19 45 63]]\nMétier recherché : {{plaquiste}}\n{{25 min}}, il faut tout lui épeler.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'aide à la mobilité : {{0,20 €/km}}, le monsieur a trouvé un {{CDD}} à {{45 km}}. Il faut la carte grise : {{Clio IV}}, [[IMMATRICULATION:EL-038-QB]], au nom de sa mère. Le conseiller dit que ça passe quand même avec une attestation. M. [[PERSONNE:Rocher]] est soulagé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "SMS reçu par le demandeur pendant qu'il est en ligne avec nous, il le lit :\n« {{France Travail}} : [[PERSONNE:ALEXIS]], votre rendez-vous du {{18/04}} à {{10h15}} avec Mme [[PERSONNE:CARADEC]] est confirmé. Agence {{Rennes Sud}}. Pour annuler : {{3949}}. »\nIl voulait justement annuler, c'est réglé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Feuille de présence atelier « {{Numérique : créer son espace}} », {{14h}} :\nNom / Prénom / ID / Signature\n[[PERSONNE:Koné]] / [[PERSONNE:Adama]] / [[ID_FRANCE_TRAVAIL:7752019T]] / ✓\n[[PERSONNE:Baron]] / [[PERSONNE:Élise]] / [[ID_FRANCE_TRAVAIL:3019846K]] / ✓\n[[PERSONNE:Chauvin]] / [[PERSONNE:Rémi]] / ? / absent\nAnimatrice : [[PERSONNE:Pauline]]\n{{2 présents}} sur 3.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« Mon nom c'est [[PERSONNE:Kerhervé]], [[PERSONNE:K.E.R.H.E.R.V.É]] ». Le conseiller retrouve le dossier, identifiant [[ID_FRANCE_TRAVAIL:0928374 N]]. La question : pourquoi j'ai reçu {{0 €}} ce mois-ci ? Réponse : des {{jours travaillés}} déclarés en trop. Il corrige avec lui, versement sous {{72h}}.",
    ),
]

FRANCE_TRAVAIL_2 = [
    (
        "france_travail",
        "accueil_telephonique",
        "Mail que la conseillère envoie pendant l'appel (elle me le montre avant d'envoyer) :\n« Bonjour M. [[PERSONNE:Besson]],\nSuite à notre échange, voici la liste des pièces pour votre dossier {{AIF}} : devis de l'organisme ({{AFPA}} de {{Rennes}}), attestation de fin de contrat, RIB.\nVotre identifiant : [[ID_FRANCE_TRAVAIL:6630215E]].\nBien cordialement,\n[[PERSONNE:Laure Menguy]]\nConseillère, agence {{Rennes Nord}}\n[[EMAIL:laure.menguy@francetravail.fr]] »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Changement de banque pour l'{{ARE}} : le monsieur a un RIB papier {{Société Générale}} tout froissé. Le conseiller le lit à voix haute en tapant : « [[IBAN:30003 01950 00050312944 48]] ». {{Clé RIB}} ok. M. [[PERSONNE:Abdallah]] demande si le versement du mois sera bien sur le nouveau compte : oui si c'est fait avant le 25.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Superviseur de la plateforme : « on a {{11 conseillers}} au téléphone ce matin, normalement 16. Deux malades, trois en {{formation}} ». Temps d'attente moyen : {{9 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran « synthèse DE » que le conseiller tourne vers la personne pour vérifier :\nIdentifiant : [[ID_FRANCE_TRAVAIL:2875530V]]\nNom : [[PERSONNE:MARIE]]  Prénom : [[PERSONNE:Clément]]\nNé le : [[DATE_NAISSANCE:25/12/1995]]\nAdresse : [[ADRESSE:9 rue de l'Alma, 35000 Rennes]]\nCatégorie : A\nDroits : {{ARE}} {{38,12 €/j}}, fin de droits {{03/2025}}\nMétier recherché : {{boulanger}} ({{D1102}})\nLe jeune homme corrige : il a déménagé. Nouvelle adresse : [[ADRESSE:3 allée Marie Curie, 35510 Cesson-Sévigné]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un bénéficiaire du {{RSA}} appelle, il ne comprend pas pourquoi il doit faire {{15 heures}} d'activité. Il donne aussi son numéro {{Caf}} « au cas où » : [[N_ALLOCATAIRE:3048816]]. Le conseiller explique que c'est la nouvelle loi, {{France Travail}} et le {{Département}} ensemble. Il répond « et si j'ai mal au dos ? ». Réponse : on adapte. Conversation honnête.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Petit moment : une conseillère fête son départ en retraite dans la salle de pause, {{38 ans}} de maison ({{ANPE}}, {{Pôle emploi}}, {{France Travail}}). « J'ai connu {{3 noms}} et {{12 logiciels}} ». Tout le monde rit jaune.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant d'un employeur, fiche saisie :\nEntreprise : {{Boulangerie Le Fournil de Bréquigny}}\nSIRET : {{823 456 789 00014}}\nContact : M. [[PERSONNE:Poirier Yann]], gérant\nTél : [[TELEPHONE:02 23 45 67 18]]\nMail : [[EMAIL:lefournil.breq@orange.fr]]\nBesoin : {{apprenti boulanger}}, {{CAP}}, démarrage {{septembre}}\nL'agent crée l'offre en direct, n° {{179FJKT}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une Allemande installée à {{Saint-Malo}}, elle a travaillé {{2 ans}} à {{Hambourg}}. Elle veut l'{{ARE}} sur son compte allemand : [[IBAN:DE44 5001 0517 5407 3249 31]]. Le conseiller ne sait pas, appelle le {{pôle international}}. Réponse : ok si {{SEPA}}. Il faut aussi le formulaire {{U1}} ; elle ne l'a pas. Mme [[PERSONNE:Schneider]] repart avec une liste.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par tél d'une jeune femme : elle lit son numéro de sécu d'une traite, « [[NIR:295024410945762]] », le conseiller lui fait répéter par paquets. Née à {{Nantes}} le [[DATE_NAISSANCE:12 février 1995]], elle vient d'arriver à {{Rennes}} pour suivre son copain. Elle cherche dans la vente, {{temps plein}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Liste imprimée à l'accueil (RDV de l'après-midi) :\n{{13:30}} | [[PERSONNE:PERON Lucie]] | conseiller : [[PERSONNE:A. Hamidou]] | {{bureau 4}}\n{{13:30}} | [[PERSONNE:SIMON Théo]] | conseiller : [[PERSONNE:L. Lelièvre]] | {{bureau 2}}\n{{14:00}} | [[PERSONNE:GARNIER]] | {{atelier CV}} | {{salle B}}\n{{14:15}} | [[PERSONNE:JOUBERT Anaïs]] | conseiller : [[PERSONNE:A. Hamidou]] | {{bureau 4}}\nL'agent d'accueil coche au fur et à mesure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur donne son nouveau numéro au {{3949}} : « [[TELEPHONE:plus trois trois, six, quatre-vingt-quatre, vingt-deux, dix-neuf, zéro un]] ». Le conseiller met un moment à comprendre qu'il faut enlever le zéro. Il demande aussi à ce qu'on ne l'appelle pas avant {{10h}}, il travaille de nuit en {{intérim}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame vient avec son fils de {{17 ans}} pour l'inscrire au {{CEJ}}. Trop jeune pour ici, orientation {{Mission locale}}. Le conseiller lui donne l'adresse de la {{Mission locale du bassin rennais}} et le nom d'une conseillère là-bas, « demandez [[PERSONNE:Nolwenn]] de ma part ». Réseau informel, efficace.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "L'agent aide une dame à s'actualiser au téléphone, il lit les questions de l'écran :\n« Avez-vous travaillé ce mois-ci ? » → oui, {{32 heures}}\n« {{Salaire brut}} ? » → {{412,50 €}}\n« Avez-vous été en stage ? » → non\n« Êtes-vous toujours à la recherche d'un emploi ? » → oui\nConfirmation : n° [[IDENTIFIANT:ACT-0424-8812]]\nElle note le numéro de confirmation sur sa main.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller remplit avec une dame la demande d'{{AGEPI}} (aide à la garde d'enfants). RIB demandé : elle n'a que celui du compte joint, [[IBAN:FR76 3000 4008 2100 0123 4567 849]], au nom de « M. ou Mme [[PERSONNE:Delorme]] ». Ça passe. {{AGEPI}} : {{400 €}} environ pour {{2 enfants}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le monsieur lit son courrier au téléphone :\n« [[PERSONNE:Yohan Cordier]]\n[[ADRESSE:Bât. B, 17 rue d'Antrain\n35700 Rennes]]\nIdentifiant : [[ID_FRANCE_TRAVAIL:4092716F]]\nObjet : {{décision de radiation}} pour {{1 mois}}\nMotif : absence à convocation du {{12/03}} »\nIl dit qu'il n'a jamais reçu la convocation. Le conseiller vérifie : envoyée à l'ancienne adresse. Annulation de la radiation demandée.",
    ),
]

# --- Build -------------------------------------------------------------------------------------
NOTES = (
    CAF_1
    + CAF_2
    + CPAM_1
    + CPAM_2
    + CCAS_1
    + CCAS_2
    + URGENCES_1
    + URGENCES_2
    + CHRS_1
    + CHRS_2
    + FRANCE_TRAVAIL_1
    + FRANCE_TRAVAIL_2
)


def build(notes):
    """Turn the marked tuples into note dicts with ids in writing order."""
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        text, entities, keep = parse(marked)
        built.append(
            {
                "id": f"{PREFIX}-{number:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return built


def split(notes):
    """Stratified 50/50 split: shuffle each site kind x channel cell and halve it; the odd
    cells' leftovers are shuffled once more with the same generator and shared out."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for site_kind in SITE_KINDS:
        for channel in CHANNELS:
            cell = [
                n["id"] for n in notes if (n["site_kind"], n["channel"]) == (site_kind, channel)
            ]
            rng.shuffle(cell)
            half = len(cell) // 2
            dev += cell[:half]
            holdout += cell[half : 2 * half]
            leftovers += cell[2 * half :]
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES)
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
