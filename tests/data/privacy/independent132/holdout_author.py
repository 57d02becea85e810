"""Independent evaluation corpus n° 132: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Notes get the ids
``ind132-001`` ... ``ind132-240`` in writing order. ``split`` draws the dev / holdout halves
from the ids and the cells (site kind x channel) only, with ``random.Random(132)``.

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind132"
SEED = 132
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Return (text, entities, keep) for one marked-up note text."""
    parts, entities, keep = [], [], []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        parts.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build(notes):
    """Number the notes in writing order and parse their marks."""
    out = []
    for i, (site_kind, channel, marked) in enumerate(notes, start=1):
        text, entities, keep = parse(marked)
        out.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return out


def split(notes):
    """Return (dev_ids, holdout_ids); depends only on the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
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
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7)
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# ---------------------------------------------------------------------------
# The notes, in writing order. Batch 1: Dijon and Côte-d'Or.
# ---------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}} Mme [[PERSONNE:Benali]] vient pour un changement de situation. L'agente ([[PERSONNE:Solène]]) recopie depuis le formulaire : DDN [[DATE_NAISSANCE:21/03/1987]], née à {{Dijon}}, n° alloc [[N_ALLOCATAIRE:4418207]]. Elle demande aussi la date du mariage : {{12/06/2010}}, « ça c'est pas ma naissance hein » 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente jusqu'à la porte, {{14 personnes}} à {{13h35}}. Borne en panne. Personne ne sait si la {{prime d'activité}} tombe le {{5}} ou le {{6}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel {{10h02}}, monsieur donne son num allocataire [[N_ALLOCATAIRE:2093115]] puis sa date de naissance « le [[DATE_NAISSANCE:quatre juin soixante-deux]] ». L'agent tape [[DATE_NAISSANCE:04/06/1962]] ça matche. Il appelle pour l'{{APL}} de sa fille partie à {{Besançon}} en {{septembre 2023}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a domicile chez M. et Mme [[PERSONNE:Nguyen Van Long]], [[ADRESSE:7 rue Jean-Baptiste Gambut, 21000 Dijon]]. Le contrôleur, [[PERSONNE:Hervé Guillemot]], vérifie le livret de famille : enfants nés le [[DATE_NAISSANCE:02/02/2012]] et le [[DATE_NAISSANCE:19/08/2015]]. Mariage le {{3 mai 2008}} à {{Chenôve}}. Il regarde la chambre de l'aîné, compte les lits ({{3}}).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune femme, carte vitale perdue. L'agent lit l'écran à voix haute : « [[PERSONNE:Yasmine Haddad]], née le [[DATE_NAISSANCE:14/07/1994]] à {{Chalon-sur-Saône}} ? » elle dit oui. NIR affiché [[NIR:2 94 07 71 076 208 22]]. Attente {{25 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : serveur vocal {{7 min}} avant d'avoir quelqu'un. L'agente explique que les IJ sont versées tous les {{14 jours}}. Pas de nom donné pendant tout l'appel.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Dijon}}, guichet 2. Monsieur [[PERSONNE:Kowalski]] (« avec un W, [[PERSONNE:K-O-W-A-L-S-K-I]] ») pour une aide alimentaire. Sur sa carte d'identité polonaise la date est écrite [[DATE_NAISSANCE:1955-05-17]], l'agente la retape à la française [[DATE_NAISSANCE:17/05/1955]]. Il a {{68 ans}}, arrivé à {{Dijon}} en {{1991}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "appel d'une voisine inquiète pour une dame agee des {{Grésilles}}, ne veut pas donner de nom. L'agente note « femme seule env. {{85 ans}} » et transmet au {{service seniors}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IOA. Patient amené par les pompiers, pas de papiers. L'infirmière d'accueil demande : « vous êtes né quand ? » → « [[DATE_NAISSANCE:janvier 79]] ». Elle crée une identité provisoire, le logiciel met [[DATE_NAISSANCE:01/01/1979]] par défaut. Attente estimée {{4h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage {{16h40}}. Dame [[PERSONNE:Mercier]] pour son mari, chute dans l'escalier. L'IOA vérifie l'étiquette : [[PERSONNE:MERCIER Jean-Claude]] DDN [[DATE_NAISSANCE:11.11.1940]], IPP [[IDENTIFIANT:210045871]]. Elle dit « 83 ans et il monte encore à l'échelle ». Box {{6}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Côte-d'Or}}, {{22h10}}. Homme à la {{gare de Dijon}}. L'écoutante demande nom + date de naissance pour voir s'il est connu : « [[PERSONNE:Karim]]... [[PERSONNE:Bouchareb]], le [[DATE_NAISSANCE:8 février 1990]] ». Connu du {{SIAO}}, dossier [[IDENTIFIANT:SI21-004587]]. Plus de place à l'{{Asile de nuit}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour. Il pleut. {{Café}} {{0,50 €}}. 11 personnes à {{9h}}, des habitués surtout. Un chien ({{Tyson}}) dort sous la table.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Dijon Nord}}. Conseillère Mme [[PERSONNE:Lefèbvre]] → non, c'est [[PERSONNE:Lefebvre]] sans accent, corrige le badge 😂. Monsieur donne son identifiant [[ID_FRANCE_TRAVAIL:4215873K]] puis « né le [[DATE_NAISSANCE:30 septembre 1986]] ». Son CDD finit le {{31/03}}, il veut savoir pour l'{{ARE}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : rappel des inscrits de plus de {{50 ans}} pour l'atelier du {{jeudi 14}}. 6 appels, 2 répondent, messagerie pour les autres. Aucune donnée notée.",
    ),
    (
        "caf",
        "accueil_physique",
        "Dame avec poussette, dossier {{RSA}}. Sur le récépissé de la préfecture : naissance [[DATE_NAISSANCE:01/01/1991]] imprimé, en fait date conventionnelle (« au pays on ne déclare pas »). L'agent la saisit quand même. Pour le bébé : née le [[DATE_NAISSANCE:4 août]], l'année elle sait plus sur le moment 😶 puis « [[DATE_NAISSANCE:2023]] ! ». Arrivée en France en {{2019}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{11h20}}. La dame veut changer son RIB, l'agent refuse par tel (« faut passer par l'espace perso »). Elle lit quand même son IBAN : [[IBAN:FR76 3000 4031 4750 8328 3248 947]]. Sa fille [[PERSONNE:Jade]], née en [[DATE_NAISSANCE:2011]], vient d'avoir {{13 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Faivre]] dépose un arrêt de travail papier. L'agente contrôle : né le [[DATE_NAISSANCE:17/06/1968]] à {{Dole}}, NIR [[NIR:168063919805149]] (elle le lit d'une traite). Arrêt du {{02/04}} au {{16/04}}. Il repart en {{4 minutes}}, record de la matinée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CHU Dijon Bourgogne}}. Une mère appelle pour savoir si son fils est là. L'agente : « nom, prénom, date de naissance ? » → « [[PERSONNE:Lucas Petitjean]], le [[DATE_NAISSANCE:9 décembre 2006]] ». Elle ne confirme rien au téléphone, la règle. Rappeler le {{03 80 29 30 31}} standard.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide facultative, [[ADRESSE:23 avenue du Lac, 21000 Dijon]], {{Fontaine-d'Ouche}}. Mme [[PERSONNE:Rakotomalala]] montre ses factures. Facture {{EDF}} réf. client [[IDENTIFIANT:6003124578]]. Loyer {{412 €}}. Son fils ([[PERSONNE:Tiana]], [[DATE_NAISSANCE:2004]]) dort dans le salon.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement diffus à {{Quetigny}} avec l'éducatrice [[PERSONNE:Ophélie]]. Le couple [[PERSONNE:Gashi]], arrivés en {{2017}} du {{Kosovo}}. Sur les papiers : [[PERSONNE:Arben Gashi]] « [[DATE_NAISSANCE:00.00.1983]] » → la préfecture a mis [[DATE_NAISSANCE:31/12/1983]] sur le titre. Titre de séjour n° [[IDENTIFIANT:2102384517]]. Chauffe-eau HS depuis {{3 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV. Le conseiller montre un modèle au nom de [[PERSONNE:Marie Martin]], {{35 ans}}. Une participante demande s'il faut mettre la date de naissance 🤔 réponse : non. Elle avait mis « née le [[DATE_NAISSANCE:02/10/1983]] » sur le sien, elle l'efface au stylo.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne {{3}}. Etudiant, dossier APL. Il tape sa DDN [[DATE_NAISSANCE:03/11/2003]], erreur, il avait mis [[DATE_NAISSANCE:03/11/2030]] 🙃. Bail signé le {{15/09/2023}}, résidence {{Crous Montmuzard}}. Mail : [[EMAIL:theo.girardot21@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'assurée épelle son nom : « [[PERSONNE:D-I-O-P]], [[PERSONNE:Aïssatou]] ». DDN [[DATE_NAISSANCE:12 avril 1999]]. L'agent retrouve le dossier, lit le NIR [[NIR:2 99 04 99 352 012 07]], née à l'étranger, {{Algérie}}. {{CSS}} refusée pour {{38 €}} de trop.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente pleine, {{32}} patients, {{2}} médecins. Écran : délai moyen {{5h10}}. Un vigile, des gens debout. Un monsieur répète « j'ai rendez-vous à {{14h}} ailleurs ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation. L'agente remplit le cerfa {{15548}} : « nom [[PERSONNE:Popescu]], prénom [[PERSONNE:Ionuț]], né le [[DATE_NAISSANCE:5/9/88]] à {{Craiova}} ». Pas d'adresse, il dort dans sa voiture, plaque roumaine [[IMMATRICULATION:DJ 07 XPT]]. Courrier à retirer le {{mardi}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, appel d'une femme avec 2 enfants. « Moi c'est [[PERSONNE:Fatoumata]], née en [[DATE_NAISSANCE:1996]], les petits [[DATE_NAISSANCE:2019]] et [[DATE_NAISSANCE:2021]] ». Hôtel {{Première Classe}}, chambre {{214}}, pour {{3 nuits}}. Son numéro : [[TELEPHONE:07 53 18 42 90]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "39 49. Monsieur cherche son identifiant, « c'est 4-3-0-9... » l'agente : [[ID_FRANCE_TRAVAIL:4309216B]]. Elle vérifie : né le [[DATE_NAISSANCE:22/01/1975]] ? « Non [[DATE_NAISSANCE:1976]] ! » … erreur de saisie à l'inscription en {{2022}}, ticket de correction ouvert.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle RSA, {{Chenôve}}. Contrôleuse [[PERSONNE:Nadia Ferhat]]. Madame vit seule selon le dossier, mais 2 brosses à dents 🪥 + chaussures homme. Sa réponse : « c'est à mon frère, il passe ». Le contrôleur note la plaque de la voiture garée devant, [[IMMATRICULATION:FG-482-TR]]. Date d'effet du RSA : {{01/2023}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie à domicile (délégué de l'assurance maladie). Personne, volets fermés à {{10h30}}. Avis de passage laissé. Il dit qu'un arrêt sur 5 environ n'ouvre pas.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une fille appelle pour sa mère transférée d'{{Auxerre}}. Elle donne : « [[PERSONNE:Simone Bouveret]], née [[PERSONNE:Cretin]], du [[DATE_NAISSANCE:28 février 1948]] ». Orientée vers la {{gériatrie}}, poste {{42107}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au CHRS. Liste des personnes du ménage, l'éduc lit : [[PERSONNE:Samir]] [[DATE_NAISSANCE:14/03/1981]] / [[PERSONNE:Leïla]] [[DATE_NAISSANCE:02/09/1985]] / [[PERSONNE:Adam]] [[DATE_NAISSANCE:20/06/2016]]. Orientation {{SIAO}} du {{12/02}}. Durée de séjour prévue {{6 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Contrat d'engagement jeune}}. [[PERSONNE:Mathis]], « j'ai eu {{18 ans}} le [[DATE_NAISSANCE:9 mars]] », donc né en [[DATE_NAISSANCE:2006]]. Entré au {{CEJ}} le {{4 avril}}. Sa conseillère Mme [[PERSONNE:Vuillemin]] lui donne {{RDV}} dans {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Demande de colis de Noël pour les plus de {{70 ans}}. L'agent note : « M. [[PERSONNE:Joseph Lamboley]], [[DATE_NAISSANCE:19.04.1938]], {{Talant}} ». Tél fixe [[TELEPHONE:03 80 57 22 14]]. Il parle de son chat {{Mistigri}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affichage : « pensez à {{Ameli}} ». Une dame âgée : « j'ai pas d'ordinateur ». L'agent crée le compte avec elle, {{20 min}}. Il dit que c'est {{40 %}} de son temps.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel pour prime de naissance. La dame donne la date prévue d'accouchement, le {{20 novembre}}, puis sa propre DDN : le [[DATE_NAISSANCE:3 du 10, 83]]. L'agent corrige « [[DATE_NAISSANCE:3 octobre 1983]] c'est bien ça ? ». NIR lu pour vérif : [[NIR:2 83 10 71 270 090 48]], née à {{Mâcon}}.",
    ),
]

# Batch 2: Besançon, Montbéliard, Doubs.
NOTES_2 = [
    (
        "caf",
        "accueil_physique",
        "Caf du {{Doubs}}, {{Besançon}}. {{8h30}} ouverture, déjà 20 personnes. Première : M. [[PERSONNE:Yilmaz]] avec une lettre de la Caf qui dit « votre enfant né le [[DATE_NAISSANCE:12/05/2006]] n'ouvre plus droit ». Il comprend pas, son fils a {{18 ans}} et est en terminale, année {{2023-2024}}. L'agent explique les {{20 ans}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Trop de monde. L'agente sort chercher les RDV un par un : « {{10h15}} ? {{10h15}} quelqu'un ? ». Une dame s'énerve parce que son RDV était à {{10h}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Besançon}}, espace {{France services}}. M. [[PERSONNE:Lucien Grosjean]] veut sa carte vitale. L'agent : « c'est quoi votre date de naissance ? » « le [[DATE_NAISSANCE:2 novembre 62]] ». Écran : [[NIR:1 62 11 25 056 112 53]]. Né à {{Besançon}}, toujours vécu à {{Battant}} dit-il fièrement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CHU {{Minjoz}}. L'IOA enregistre un ado de {{15 ans}} venu avec son entraîneur de foot, genou. Le coach ne connaît pas la date de naissance exacte, « il est de [[DATE_NAISSANCE:2009]] je crois, catégorie {{U16}} ». Maman jointe au [[TELEPHONE:06 71 24 88 03]] : « le [[DATE_NAISSANCE:27 mars 2009]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme ivre, agressif à l'entrée. 2 agents de sécurité. L'IOA reste calme, « monsieur asseyez-vous ». {{12 min}} pour le calmer. Personne n'a bougé dans la salle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Planoise}}. Réunion des résidents. Sur le tableau : anniversaires du mois → [[PERSONNE:Dylan]] le [[DATE_NAISSANCE:4 juin]], Mme [[PERSONNE:Okonkwo]] le [[DATE_NAISSANCE:19 juin]]. Gâteau le {{vendredi}} 🎂.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Montbéliard}}, agence {{Petite-Hollande}}. Conseiller [[PERSONNE:Rachid Hamidou]]. Intérimaire chez {{Stellantis}} {{Sochaux}} depuis {{2018}}, fin de mission le {{28/06}}. Il donne son n° FT [[ID_FRANCE_TRAVAIL:5521098D]] et « né le [[DATE_NAISSANCE:1er février 1990]] à {{Montbéliard}} ». L'agent lit le NIR pour contrôle : [[NIR:1 90 02 25 388 233 96]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence CCAS {{Clairs-Soleils}}. Une mamie arrive avec ses papiers dans un sac {{Lidl}}. Née le [[DATE_NAISSANCE:6/2/1948]] ou [[DATE_NAISSANCE:2/6/1948]], elle sait plus dans quel sens, l'agente regarde la carte d'identité : [[DATE_NAISSANCE:06 FEVR 1948]] (français). {{Allocation de solidarité aux personnes âgées}}, dossier à faire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle pour l'APA de son père. « [[PERSONNE:Marcel Cuenot]], né en [[DATE_NAISSANCE:31]] »... l'agent : « 1931 ? » → oui, {{93 ans}}. Adresse : [[ADRESSE:5 chemin des Vignes, 25480 Ecole-Valentin]]. Mail du fils [[EMAIL:p.cuenot25 [at] orange.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Réclamation remboursement lunettes. Assuré {{Mutuelle}} {{Harmonie}} n° [[IDENTIFIANT:0457812390]]. DDN annoncée [[DATE_NAISSANCE:08/03/1977]]. L'agente attend {{3 min}} l'appli qui rame 🐢.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Bonjour vous êtes bien à la {{Caf}} ». La dame appelle de Suisse (frontalière, travaille à {{La Chaux-de-Fonds}}). Elle donne son n° alloc [[N_ALLOCATAIRE:1187654]] et son numéro suisse [[TELEPHONE:+41 79 412 56 87]]. Question sur les allocs familiales différentielles. Renvoyée vers le {{CNSE}}... à rappeler.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ASF. Mme [[PERSONNE:Da Silva]], [[ADRESSE:18 rue de Chalezeule, 25000 Besançon]]. Le contrôleur demande la DDN des 2 enfants pour vérifier la fiche : « [[PERSONNE:Enzo]] le [[DATE_NAISSANCE:14/10/2013]], [[PERSONNE:Lina]] le [[DATE_NAISSANCE:21/01/2017]] ». Séparation depuis le {{1er mars 2022}}. Le père ne verse rien.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec l'agente du service social Carsat à {{Audincourt}}, après hospitalisation. Monsieur [[PERSONNE:Hodžić]], né en [[DATE_NAISSANCE:1952]] à Tuzla. Escalier sans rampe, 3e étage sans ascenseur. Aide-ménagère demandée, {{2 h}} par semaine.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Veille sociale {{Doubs}}, {{23h50}}. Maraude signale un jeune à {{Chamars}}. Il dit s'appeler « [[PERSONNE:Max]] », né le [[DATE_NAISSANCE:31/12]], pas d'année. Mineur ? L'écoutante transmet à l'{{ASE}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite logement accompagné, {{Palente}}. Mme [[PERSONNE:Tchakaloff]] montre la facture {{Néolia}} : locataire réf. [[IDENTIFIANT:LOC-0045128]]. Compteur gaz relevé par l'éduc. Rien sur la DDN, rien sur les enfants.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame qui a reçu un {{SMS}} frauduleux « {{France Travail}} : mettez à jour vos infos ». L'agent confirme que c'est une arnaque. Elle avait déjà cliqué et donné son mail [[EMAIL:sandrine.marguet@laposte.net]] 😬 et sa date de naissance ([[DATE_NAISSANCE:24/07/1971]]).",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "SAMU a appelé pour prévenir d'une arrivée, puis un gendarme appelle : accident sur la {{RN57}}, conducteur conscient. Plaque du véhicule [[IMMATRICULATION:EP-719-KL]], conducteur « [[PERSONNE:Bastien Nicod]], né le [[DATE_NAISSANCE:13 mai 2001]] d'après le permis ». Arrivée prévue {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financière d'urgence : {{50 €}} en chèques service. L'agente note sur le cahier : [[PERSONNE:Ahmadi]] / [[DATE_NAISSANCE:01.01.1998]] (date afghane « standard », elle me dit que la moitié des Afghans qu'elle voit sont au {{1er janvier}}). Arrivé en France en {{2021}}. Logé au {{CADA}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ecran lu par l'agent : « Allocataire M. [[PERSONNE:ZELLER Thomas]] ». Conjointe [[PERSONNE:ZELLER]] née [[PERSONNE:KESSLER Anne]], DDN [[DATE_NAISSANCE:17/09/1985]]. Le {{RSA}} est suspendu depuis {{juin}} faute de {{DTR}}. {{Doubs}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de CEAM pour vacances au Portugal. Mme [[PERSONNE:Pereira]] donne son NIR [[NIR:2 58 08 99 139 022 21]] (née au {{Portugal}} en [[DATE_NAISSANCE:août 1958]]). Départ le {{15 juillet}}, retour {{fin août}}. Délai : {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit. Une femme vient pour sa fille de {{3 ans}}, fièvre. L'IOA demande : date de naissance ? « [[DATE_NAISSANCE:2 mai 2021]] ». Puis la sienne pour le dossier de l'enfant « moi [[DATE_NAISSANCE:92]] ». Pas d'attente, pédiatrie direct.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un réfugié syrien. Titre de séjour {{10 ans}}. Sur le titre : né le [[DATE_NAISSANCE:01/01/1984]] (conventionnelle). Sur son diplôme syrien traduit, la date est [[DATE_NAISSANCE:1984/03/15]] 🤷. La conseillère garde celle du titre. Identifiant créé : [[ID_FRANCE_TRAVAIL:6120457F]]. Interprète au téléphone, [[PERSONNE:Souad]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour le portage de repas. [[ADRESSE:3 rue du Palais de Justice, 25200 Montbéliard]]. Monsieur [[PERSONNE:Jeandenans]], {{89 ans}}, veuf depuis {{2019}}. Le frigo est vide sauf du beurre. Portage à partir de {{lundi}}, {{7,20 €}} le repas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée en CHRS d'une femme victime de violences. L'éducatrice remplit la fiche : [[PERSONNE:Chloé]] [[DATE_NAISSANCE:15/08/2000]]. Enfant : [[PERSONNE:Maëlys]] [[DATE_NAISSANCE:03/03/2020]]. Plainte déposée le {{10 janvier}}. Ordonnance de protection audience le {{12/02}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Le monsieur lit son courrier : « identifiant [[ID_FRANCE_TRAVAIL:4 781 032 H]] ». Radiation pour absence au rdv du {{14 mars}}. Il dit qu'il était aux urgences ce jour-là. L'agent lui demande un justificatif.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame très angoissée, plus d'APL depuis {{2 mois}}. L'agent demande sa DDN, elle dit « [[DATE_NAISSANCE:25 12 79]], comme Noël ». Dossier [[N_ALLOCATAIRE:3302418]]. Il manque la quittance de son bailleur {{Grand Besançon Habitat}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Standard {{36 46}}. Pas d'appel pendant {{4 min}}, puis avalanche. L'agent dit que le lundi c'est {{300 appels}} pour {{12}} agents.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une jeune femme avec un bébé de {{3 semaines}} 👶. Déclaration de naissance : l'agente saisit « [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:29/04/2024]] ». Prime de naissance déjà versée en {{février}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un infirmier libéral appelle à {{15h20}} pour un patient transféré : « M. [[PERSONNE:Sow]] »... pardon, monsieur [[PERSONNE:Sow Ibrahima]], DDN [[DATE_NAISSANCE:12/12/1964]], IPP [[IDENTIFIANT:P00781245]]. Demande si le dossier est arrivé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil, {{11h}}. Un homme veut imprimer son attestation employeur. L'ordi libre-service ne marche pas. Service civique qui aide : [[PERSONNE:Noah]], {{20 ans}}, super patient.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Appel d'un homme qui dort dans sa voiture au parking de {{Micropolis}}. « Ma voiture c'est une {{Clio}} grise, [[IMMATRICULATION:4521 TZ 25]] » (vieille plaque). Né le [[DATE_NAISSANCE:21 juin 1967]], séparé depuis {{octobre}}. Pas de place, rappel demain {{9h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Élection de domicile, une dame rom avec 4 enfants. L'agente écrit les dates de naissance côte à côte sur un post-it : [[DATE_NAISSANCE:2012]] / [[DATE_NAISSANCE:2014]] / [[DATE_NAISSANCE:2017]] / [[DATE_NAISSANCE:2020]]. Prénoms au dos. Mariage religieux en {{2010}}, pas de papier.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{B047}}. Monsieur veut savoir pourquoi sa C2S a été refusée. Ressources {{9 800 €}} sur l'année. L'agente fait le calcul devant lui, sans nom, sans rien.",
    ),
]

# Batch 3: Chalon-sur-Saône, Mâcon, Saône-et-Loire.
NOTES_3 = [
    (
        "caf",
        "accueil_telephonique",
        "Caf de {{Saône-et-Loire}}. Monsieur appelle pour la pension alimentaire. L'agent vérifie l'identité : nom [[PERSONNE:El Amrani]], DDN [[DATE_NAISSANCE:09/01/1979]], NIR [[NIR:1 79 01 99 350 031 60]] (né au {{Maroc}}). Il donne un nouveau RIB au téléphone, IBAN [[IBAN:FR76 3000 3075 9777 1164 2045 023]], l'agent dit qu'il faut le déposer sur le site.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "tel : dame qui veut savoir quand tombe l'AAH de son fils. « il est né le [[DATE_NAISSANCE:16 août 94]]… non [[DATE_NAISSANCE:96]] pardon ». N° alloc [[N_ALLOCATAIRE:0845521]]. Versement le {{5}} du mois, l'agent répète {{3 fois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Attente musicale {{12 min}} 🎵 (la même musique en boucle). Quand l'agente décroche, l'appelant a raccroché. Elle dit « ça arrive {{10 fois}} par jour ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle isolement à {{Chalon}}, quartier {{Prés-Saint-Jean}}. Contrôleur [[PERSONNE:Gilles Jacquot]]. Boîte aux lettres : 2 noms, « [[PERSONNE:TRAORE]] / [[PERSONNE:FOFANA]] ». Madame : « c'est l'ancien locataire ». Adresse du dossier [[ADRESSE:12 rue Pierre Mendès France, 71100 Chalon-sur-Saône]]. Sur le bail, date d'entrée {{01/09/2021}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources d'un travailleur indépendant ({{micro-entreprise}} de nettoyage). Son SIRET perso [[IDENTIFIANT:912 457 803 00014]]. Le contrôleur épluche le livre des recettes : {{1 240 €}} en {{mars}}. Madame [[PERSONNE:Popa]], née en [[DATE_NAISSANCE:mai 1983]], arrivée de {{Roumanie}} en {{2012}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Je n'ai pas pu entrer : le contrôleur rentre seul, moi j'attends sur le palier {{40 min}}. Il ressort : « tout est conforme ». On repart vers {{Saint-Rémy}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une assurée pour sa fille étudiante : « [[PERSONNE:Clémence]], née le [[DATE_NAISSANCE:30/11/2004]] ». L'agent refuse de donner des infos, elle est majeure. « Elle a {{19 ans}} mais c'est moi qui paie ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente répète le NIR lu par l'appelant, chiffre par chiffre : « [[NIR:1 86 09 99 208 044 18]] ». Né en {{Turquie}} en [[DATE_NAISSANCE:septembre 1986]]. M. [[PERSONNE:Öztürk]], vit à {{Mâcon}}. Mail pour le lien de réinitialisation : [[EMAIL:m.ozturk71@hotmail.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Campagne d'appels sortants « {{M'T dents}} ». L'agent appelle des parents d'enfants de {{6 ans}}. Sur sa liste, 3 lignes : [[PERSONNE:Louna B.]] [[DATE_NAISSANCE:04/2018]], [[PERSONNE:Ethan K.]] [[DATE_NAISSANCE:07/2018]], [[PERSONNE:Sacha M.]] [[DATE_NAISSANCE:11/2018]]. Une seule maman répond.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête administrative à domicile (accident de travail). [[ADRESSE:8 impasse des Mésanges, 71000 Mâcon]]. Monsieur [[PERSONNE:Bernardo Lopes]] raconte la chute de l'échafaudage le {{17 janvier}}. Employeur : {{BTP Saône Rénovation}}. L'enquêtrice note sa date de naissance en haut de la fiche, [[DATE_NAISSANCE:1971]], sans le jour.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Délégué Cpam, visite d'un cabinet infirmier ({{non nominatif}}) sur le nouveau protocole. Pas de patient, pas de nom, {{45 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS {{Chalon}}, logement d'urgence. Une dame appelle de la part de l'assistante sociale Mme [[PERSONNE:Carvalho]]. Elle donne sa DDN, [[DATE_NAISSANCE:11/07/1990]], et celle du conjoint [[DATE_NAISSANCE:02/12/1988]]. Téléphone : [[TELEPHONE:06.22.81.47.39]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Allô le {{CCAS}} ? c'est pour le plan canicule » – inscription d'un voisin. L'agent note : [[PERSONNE:Roger Prost]], né en [[DATE_NAISSANCE:1936]], [[ADRESSE:2 place de Beaune, 71100 Chalon-sur-Saône]], {{4e étage}}. Pas de famille proche. Appel de vérif tous les jours si alerte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une élue appelle l'agente pour savoir combien de dossiers d'aide énergie cette année : {{312}}. L'agente répond de mémoire. Aucune personne citée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la conseillère ESF chez une famille expulsable. Famille [[PERSONNE:Benhamou]], [[ADRESSE:47 avenue de Bourgogne, 71100 Saint-Rémy]]. Jugement d'expulsion RG [[IDENTIFIANT:22/01873]]. Trêve hivernale jusqu'au {{31 mars}}. 3 enfants, le plus jeune né le [[DATE_NAISSANCE:7 juillet 2022]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande d'obligation alimentaire. Monsieur [[PERSONNE:Durand-Mbala]] montre l'acte de naissance de sa mère, le [[DATE_NAISSANCE:vingt-trois mars mil neuf cent quarante]], écrit à la main à {{Brazzaville}}. Elle est en EHPAD {{Les Tilleuls}} à {{Tournus}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais. [[PERSONNE:Mamadou]] montre fièrement son contrat de travail ({{CDI}} à temps partiel chez {{Sodexo}} depuis le {{2 janvier}}). Sur le contrat, né le [[DATE_NAISSANCE:15/03/2002]] à Conakry. Il veut un logement {{Opac}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'aire d'accueil, la famille [[PERSONNE:Lagrené]] vit [[ADRESSE:aire des gens du voyage de Chalon, emplacement 14]]. Caravane immatriculée [[IMMATRICULATION:GK-503-BZ]]. Le fils aîné (né en [[DATE_NAISSANCE:2005]], {{18 ans}}) passe le permis.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de {{Saône-et-Loire}}, {{19h}}. Couple avec un chien ({{Oslo}}). Pas de place avec animaux. L'écoutante propose la {{halte de nuit}}. Refus. Fiche sans nom.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le CHRS appelle le {{SIAO}} pour une sortie : « Mme [[PERSONNE:Ivanova]] quitte demain, DDN [[DATE_NAISSANCE:1978-02-04]] sur la fiche SIAO, mais c'est [[DATE_NAISSANCE:04/02/1978]] (format inversé à la saisie) ». Logement trouvé chez {{Habellis}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CH William Morey}}, Chalon. L'agent d'accueil administratif (pas l'IOA) fait l'entrée : carte vitale, mutuelle. « Nom ? » « [[PERSONNE:Vang]] » « prénom ? » « [[PERSONNE:Pao]] » « né le ? » « [[DATE_NAISSANCE:4 avril 1977]] au {{Laos}} ». Il tape {{99}} pour « né à l'étranger ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Deux jumeaux de {{7 ans}}, fièvre tous les deux. La mère donne UNE date : le [[DATE_NAISSANCE:22 janvier 2017]] « c'est la même pour les deux 😅 ». L'agente crée 2 dossiers. Attente {{1h30}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Plan blanc levé ce matin à {{7h}}. Couloir avec {{9}} brancards. Une aide-soignante me dit « c'est tous les hivers ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle : son père est parti en ambulance de {{Louhans}}. L'agente cherche « [[PERSONNE:Girard]] »… 6 [[PERSONNE:Girard]]. « Date de naissance ? » « [[DATE_NAISSANCE:1er octobre 1944]] ». Trouvé, box {{12}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la gendarmerie de {{Tournus}} : un homme retrouvé sans papiers. Signalement, pas de nom. « Environ {{70 ans}} ». L'agent note l'heure, {{02h15}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère à distance, rdv tél. Elle appelle M. [[PERSONNE:Lhomme]] au [[TELEPHONE:03 85 48 19 62]]. Il confirme son identifiant [[ID_FRANCE_TRAVAIL:3902781L]]. Formation cariste {{CACES}} du {{3 au 21 juin}} à {{Mâcon}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant d'une employeuse ({{boulangerie}} à {{Cluny}}) qui cherche un apprenti. Offre n° {{178QBNM}}. Elle demande si elle peut recruter un jeune de {{15 ans}}. Réponse : oui s'il a fini la 3e.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyen Thi Hoa]] s'inscrit après {{12 ans}} chez {{Framatome}}. La conseillère recopie sa DDN depuis la carte d'identité : [[DATE_NAISSANCE:19/06/1969]]. Elle se trompe, tape [[DATE_NAISSANCE:19/09/1969]], madame la reprend. Licenciement économique, {{CSP}} proposé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi. Le monsieur parle de son permis suspendu et de sa voiture « la {{Twingo}} [[IMMATRICULATION:DX-118-QF]] » qu'il ne peut plus conduire. Conseillère : [[PERSONNE:Justine]]. Aide au permis possible, {{500 €}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil sur RDV, {{Mâcon}}. Une femme vient avec sa mère qui ne parle que turc. La fille traduit. Dossier allocation logement : la mère née en [[DATE_NAISSANCE:1958]] (« juste l'année sur son passeport, pas de jour »), passeport [[IDENTIFIANT:U08452197]]. L'agent met {{01/01}} par défaut.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agente me montre le courrier type « naissance » : zone « date de naissance de l'enfant » vide. Elle dit que {{1 dossier sur 5}} arrive incomplet. Rien de nominatif.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune de {{16 ans}} vient seul demander sa propre carte vitale. L'agente : « tu es né quand ? » « [[DATE_NAISSANCE:2008]], le [[DATE_NAISSANCE:3 juin]] ». « Et tu t'appelles ? » « [[PERSONNE:Kylian]] ». Il repart avec le formulaire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'ALD. M. [[PERSONNE:Aydın]] n'a pas son NIR, l'agente cherche avec nom + DDN « [[DATE_NAISSANCE:12-12-1961]] ». Rien. Elle essaie [[DATE_NAISSANCE:12-12-1960]], trouvé 🙄 (erreur depuis l'ouverture des droits en {{1998}}).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Banque alimentaire le {{mercredi}}. File de {{25}} personnes. L'agente coche sur la liste papier, je ne vois que des initiales. Colis de {{8 kg}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec une résidente qui prépare sa demande de nationalité. Elle compte : arrivée en {{2009}}, mariage en {{2011}}, divorce en {{2016}}. Sa naissance « le [[DATE_NAISSANCE:6 du 6]] », comme elle dit.",
    ),
]

# Batch 4: Auxerre, Nevers, Yonne, Nièvre.
NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "Caf de l'{{Yonne}}, {{Auxerre}}. Étudiante en BTS, 1re demande d'APL. L'agent lit son NIR sur l'attestation : [[NIR:2 01 09 89 024 077 93]] → « vous êtes née à {{Auxerre}} en [[DATE_NAISSANCE:septembre 2001]] c'est ça ? » Oui, le [[DATE_NAISSANCE:14]]. Elle donne son IBAN [[IBAN:FR76 2004 1051 1413 0866 1696 419]] sur un papier froissé.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un père seul, 3 enfants. L'agente complète les dates sur la déclaration de situation : [[PERSONNE:Nolan]] [[DATE_NAISSANCE:11/2010]], [[PERSONNE:Lyna]] [[DATE_NAISSANCE:05/2013]], [[PERSONNE:Timéo]] [[DATE_NAISSANCE:02/2019]]. « Et la garde alternée c'est depuis quand ? » → {{septembre dernier}}. Allocataire [[N_ALLOCATAIRE:5560932]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Il est {{15h55}}, fermeture à {{16h}}. L'agent accepte encore 3 personnes. Ticket {{A112}}. Il dit qu'il finira à {{17h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame donne son adresse pour un changement : « [[ADRESSE:9 rue du Pont, 89000 Auxerre]] », ancienne adresse {{Saint-Georges-sur-Baulche}}. DDN [[DATE_NAISSANCE:18.05.1993]]. Mail [[EMAIL:kenza.bouzid93@yahoo.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur, retraité, appelle pour sa petite-fille qu'il héberge. L'agent : « son n° allocataire ? » « j'ai que le mien : [[N_ALLOCATAIRE:7001845]] ». Petite-fille née le [[DATE_NAISSANCE:2 avril 2007]]. Elle a {{17 ans}} : il faut qu'elle appelle elle-même ou qu'il ait une procuration. {{15 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Sens}}. Le couple dit être séparé depuis {{2022}} mais monsieur ouvre la porte en pyjama 😶. Le contrôleur [[PERSONNE:Didier Marchal]] reste neutre. Véhicule du monsieur : [[IMMATRICULATION:CV 871 NZ]] garé dans la cour.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un étudiant étranger, logement {{Crous}} à {{Auxerre}}. Passeport chinois, date écrite [[DATE_NAISSANCE:2002年3月8日]] → l'agent demande la traduction, « [[DATE_NAISSANCE:8 mars 2002]] ». Il a {{22 ans}}. Chambre {{B214}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Nevers}}. Monsieur [[PERSONNE:Bazin]], {{69 ans}}, vient pour le capital décès de son épouse décédée le {{3 mars}}. L'agente vérifie : épouse [[PERSONNE:Monique]], née [[PERSONNE:Roux]] le [[DATE_NAISSANCE:5 mai 1957]]. Lui, NIR [[NIR:1 55 05 58 194 164 67]], né à {{Nevers}} en [[DATE_NAISSANCE:55]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Pas de papiers d'identité, la personne ne connaît que l'année de naissance : « je suis de [[DATE_NAISSANCE:soixante-quatorze]] ». L'agent ne peut rien faire sans justificatif. AME à déposer. Il revient {{jeudi}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Le borne {{Ameli}} est en panne depuis {{lundi}}. L'agente imprime les attestations à la main. Une quinzaine de personnes passent en {{1h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un kiné qui veut vérifier les droits d'un patient : « [[PERSONNE:Mathéo Perrin]], [[DATE_NAISSANCE:01/02/2010]] ». L'agent lui dit d'utiliser {{ADRi}}. Le kiné est énervé, {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée lit son RIB pour les remboursements ({{23,40 €}} en attente) : IBAN [[IBAN:FR76 1027 8090 1811 1366 2899 747]]. L'agente : « vous êtes bien née le [[DATE_NAISSANCE:26/10/1980]] ? ». « [[DATE_NAISSANCE:27]] ! » corrigé.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Cosne-Cours-sur-Loire}}. L'agent assermenté sonne chez M. [[PERSONNE:Chevassus]], [[ADRESSE:15 route de Donzy, 58200 Cosne-Cours-sur-Loire]]. Il est là. Sortie autorisée de {{9h}} à {{11h}} et {{14h}} à {{16h}}. On est à {{15h20}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un EHPAD avec la Cpam pour les soins infirmiers (EHPAD {{Korian Les Bords de Loire}}). Aucun résident nommé. Liste des {{82}} résidents consultée par l'agente, pas par moi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Nevers}}. Demande de carte de transport gratuite pour plus de {{65 ans}}. Monsieur [[PERSONNE:Ouedraogo]] présente son titre de séjour, date de naissance [[DATE_NAISSANCE:31/12/1958]]. « C'est la date que la mairie de {{Ouagadougou}} a mise ». L'agente dit que ça arrive souvent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide au paiement de la cantine. L'agente demande les dates de naissance des enfants, la mère les écrit elle-même sur le papier : [[DATE_NAISSANCE:12/09/15]], [[DATE_NAISSANCE:30/06/18]]. Quotient familial {{430}}. École {{Lucie Aubrac}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient pour les bons de chauffage. Elle est née le {{1er avril}}… non, c'est sa date d'entrée dans le logement 😂, sa naissance c'est le [[DATE_NAISSANCE:9 novembre 1946]]. {{Banlay}}. Bon de {{150 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de l'hôpital appelle pour une sortie. « Monsieur [[PERSONNE:Rivière]], né en [[DATE_NAISSANCE:1949]], SDF, sort vendredi ». L'agent propose l'accueil de nuit {{L'Escale}}. Joignable au [[TELEPHONE:03 86 93 71 50]] (ligne directe de l'AS).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour réserver une place au repas des aînés du {{dimanche 15}}. « Mme [[PERSONNE:Bourgeois]] et son mari, {{2 places}} ». Elle précise « on a nos {{60 ans}} de mariage en {{juin}} ». 😊",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une mesure de protection, signalement. Mme [[PERSONNE:Lemaire]]. L'agente l'appelle « [[PERSONNE:Ginette]] ». Relevé de compte sur la table : [[IBAN:FR76 1250 6021 4386 9809 6626 380]]. Prélèvements {{Free}}, {{Canal+}} et une assurance obsèques.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Varennes-Vauzelles}}. La maison est bien tenue. Pas de nom noté, c'est une première visite « découverte », l'agente fera le rapport demain.",
    ),
    (
        "urgences",
        "accueil_physique",
        "CH {{Auxerre}}, {{3h}} du matin. Un étudiant amène son coloc. Il ne connaît que « [[PERSONNE:Yanis]], il est né en [[DATE_NAISSANCE:2003]] je crois, ou [[DATE_NAISSANCE:2004]] ». Le téléphone du coloc est verrouillé. Fiche « X [[PERSONNE:Yanis]] » en attendant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'IOA compare l'étiquette du bracelet et le papier du {{SAMU}} : bracelet [[DATE_NAISSANCE:03/05/1952]], papier [[DATE_NAISSANCE:05/03/1952]]. Elle demande à la patiente, Mme [[PERSONNE:Lefort]] : « c'est le [[DATE_NAISSANCE:5 mars]] ». Bracelet refait. Erreur d'identité évitée ✅.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Entrée d'un touriste néerlandais, chute à vélo à {{Vézelay}}. Son passeport : [[PERSONNE:Van der Berg Pieter]], [[DATE_NAISSANCE:23 MEI/MAY 1965]]. Voiture [[IMMATRICULATION:GZ-842-K]] (plaque NL, jaune). Traductions par une interne, Dr [[PERSONNE:Nowak]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin généraliste de {{Clamecy}} appelle pour adresser une patiente. L'agent note : Mme [[PERSONNE:Moulin]], {{79 ans}}, née le [[DATE_NAISSANCE:14 février 1945]], dyspnée. Arrivée en VSL vers {{17h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ligne interne : la radiologie demande la date de naissance du box {{4}} pour l'étiquette : « [[DATE_NAISSANCE:20.06.88]] ». Personne ne dit le nom.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Nevers}}. Atelier « papiers » : un résident ne connaît pas sa date de naissance. Sur son acte de naissance guinéen, « né vers [[DATE_NAISSANCE:1995]] ». L'éducateur explique le jugement supplétif. Date retenue par l'OFPRA : [[DATE_NAISSANCE:01/01/1995]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du soir, {{18h30}}. {{24}} couverts. Un bénévole, [[PERSONNE:Jean-Paul]], fait la vaisselle depuis {{12 ans}}. Il ne veut pas que je note plus.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entrée. Un jeune de l'ASE, « sortie sèche » à {{18 ans}} pile : né le [[DATE_NAISSANCE:12 mai 2006]], sorti le {{12 mai}}. L'éduc est furieuse. Son mail perso [[EMAIL:k.diallo2006@gmail.com]] pour les convocations.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 de l'{{Yonne}}. Une femme appelle de la {{gare d'Auxerre}}, 2 enfants. « Mes enfants ils ont {{4}} et {{7 ans}} ». L'écoutante demande les dates : [[DATE_NAISSANCE:mars 2020]] et [[DATE_NAISSANCE:décembre 2016]]. Mise à l'abri à l'{{hôtel Campanile}}, chambre {{9}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel du SPIP : sortie de détention le {{lundi}} d'un homme né le [[DATE_NAISSANCE:22/03/1997]]. Numéro d'écrou [[IDENTIFIANT:45871]]. Cherche une place en CHRS. {{Maison d'arrêt d'Auxerre}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite avec le travailleur social dans le logement ALT de M. [[PERSONNE:Moussa Camara]], [[ADRESSE:4 allée des Peupliers, 58000 Nevers]]. Humidité, moisissures. Photo pour le bailleur {{Nièvre Habitat}}. Son téléphone [[TELEPHONE:07 81 44 09 26]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Nevers}}. Jeune homme [[PERSONNE:Anthony Roy]], NIR [[NIR:1 97 11 58 194 099 13]], né en [[DATE_NAISSANCE:novembre 97]] à {{Nevers}}. Il n'a jamais travaillé, {{RSA}} depuis ses {{25 ans}}. Conseillère propose un {{PEC}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame se trompe dans sa DDN sur la borne : [[DATE_NAISSANCE:1965]] au lieu de [[DATE_NAISSANCE:1956]]. Le service civique l'aide. Identifiant affiché : [[ID_FRANCE_TRAVAIL:2204519J]]. Elle cherche un emploi jusqu'à sa retraite en {{2025}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller appelle une entreprise de {{Migennes}} pour une {{POEI}}. Le DRH, M. [[PERSONNE:Gauthier]], demande la DDN du candidat pour l'assurance : [[DATE_NAISSANCE:07/07/1999]]. Début de formation le {{2 septembre}}.",
    ),
]

# Batch 5: Belfort, Montbéliard, Nord Franche-Comté.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Caf du {{Territoire de Belfort}}. Madame [[PERSONNE:Schmitt]], née le [[DATE_NAISSANCE:8 décembre 1971]] à {{Belfort}}, NIR [[NIR:2 71 12 90 010 019 72]]. Elle vient pour la {{prime de Noël}} qu'elle n'a pas eue. L'agent : « elle est versée mi-décembre, on est le {{12}} ». Elle rit.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pause café des agents à {{10h30}}, {{10 min}}. Ils parlent du nouveau logiciel. L'un dit « avant on avait le temps d'écouter ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire de {{Delle}} dicte son mail pour recevoir le code : « [[EMAIL:yohan point kaya arobase outlook point fr]] ». L'agent répète lettre par lettre. N° alloc [[N_ALLOCATAIRE:2284190]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{14h05}} : plus de versement depuis le déménagement à {{Valdoie}}. L'agent retrouve le dossier par nom + DDN ([[PERSONNE:Mbemba]], [[DATE_NAISSANCE:19/04/1986]]). Nouveau RIB déjà enregistré : [[IBAN:FR76 1100 6003 8819 2597 5382 042]]. Versement le {{10}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Belfort}}, quartier des {{Résidences}}. M. [[PERSONNE:Kaci Boukhari]] au [[ADRESSE:6 rue de Marseille, 90000 Belfort]]. L'agent compare les dates : enfants [[DATE_NAISSANCE:2015]] et [[DATE_NAISSANCE:2018]] sur le dossier, mais l'aîné a {{11 ans}} selon le père → né en [[DATE_NAISSANCE:2013]] en fait. Erreur de saisie depuis {{2016}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé, personne absente. Deuxième passage prévu le {{18}}. On mange un sandwich dans la voiture de service, une {{Zoé}} blanche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une Suissesse frontalière, carte vitale refusée. Elle montre sa carte d'assurance suisse, date [[DATE_NAISSANCE:03.07.1982]]. Son n° AVS [[IDENTIFIANT:756.1234.5678.97]]. Droit d'option, l'agente cherche la procédure {{15 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{C019}}. Un homme sourd, échange par écrit. L'agent écrit, il répond, {{20 min}}. Pas de nom sur le papier, il l'emporte.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« J'appelle pour mon petit dernier, né le [[DATE_NAISSANCE:18/02/2024]], il faut le rattacher ». L'agent prend les deux NIR des parents. Mère : [[NIR:2 92 01 21 231 301 26]] (née à {{Dijon}} en [[DATE_NAISSANCE:janvier 92]]). Père : il ne l'a pas sous la main.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Fraude au faux conseiller : une dame a donné ses codes {{Ameli}} à quelqu'un qui se disait de la Cpam. Sa messagerie : [[EMAIL:josiane.faivre@free.fr]]. L'agent bloque le compte. Elle a {{76 ans}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une heure entière sur la même ligne : l'agent fait des rappels de dossiers incomplets. {{11}} appels, {{4}} joints. Aucun nom prononcé devant moi, il les lit à l'écran.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un conseiller Cpam chez un patient en ALD à {{Héricourt}}. M. [[PERSONNE:Tran Minh Duc]], né le [[DATE_NAISSANCE:10/10/1950]] à {{Hanoï}}. Carte vitale abîmée, demande refaite sur place. Photo prise par l'agent.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Accompagnement pour l'aide à la complémentaire. Madame montre sa carte mutuelle {{MGEN}} n° [[IDENTIFIANT:178452369]]. Elle est née le [[DATE_NAISSANCE:24 décembre]] « c'est pour ça qu'on m'a appelée [[PERSONNE:Noëlle]] ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Montbéliard}}. Ouverture {{13h30}}. Un monsieur veut une aide pour réparer sa voiture, il en a besoin pour l'usine. Plaque notée pour le garage : [[IMMATRICULATION:BR-220-YC]]. Devis {{Garage Ferreira Automobiles}} {{680 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier d'aide sociale. Madame [[PERSONNE:Berisha]] présente le livret de famille : mariage à {{Pristina}} le {{14/08/2004}}. Ses 4 enfants nés : [[DATE_NAISSANCE:2005]], [[DATE_NAISSANCE:2007]], [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2014]]. Arrivée en France en {{2015}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Beaucoup de personnes âgées ce matin. L'agente : « le jeudi c'est les retraites ». Elle fait {{9}} dossiers de téléassistance en 3h.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une aide à domicile appelle pour signaler Mme [[PERSONNE:Wiśniewska]] qui ne répond plus à la porte. L'agent note : [[ADRESSE:22 rue de Belfort, 25200 Montbéliard]]. Appelle la {{police municipale}}. Rappel de l'aide à domicile au [[TELEPHONE:zéro six, quarante-trois, douze, quatre-vingt-dix-huit, vingt-sept]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du {{Secours populaire}} pour un partenariat. Rien de nominatif. {{8 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête pour le FSL. Mme [[PERSONNE:Bouvier]] ? Non, Mme [[PERSONNE:Bouvier-Ndiaye]]. Dette de loyer de {{1 830 €}} chez {{Territoire habitat}}, locataire n° [[IDENTIFIANT:TH-2019-08754]]. Bail depuis le {{1er juin 2019}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement insalubre à {{Audincourt}} avec le service hygiène. La propriétaire n'est pas là. On photographie les fenêtres. Aucun habitant rencontré.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{HNFC}} {{Trévenans}}. L'IOA reçoit un travailleur de {{Stellantis}} coupé à la main. Sa carte : [[PERSONNE:Laurent Prêtre]], DDN [[DATE_NAISSANCE:1974-11-30]]. Le badge d'usine au cou, matricule [[IDENTIFIANT:S4451209]]. « Ça fait {{30 ans}} que je suis là-bas ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive avec un bébé de {{6 mois}} qui tousse. « Il est né quand ? » → le père ne sait plus, « en hiver ». Il appelle la maman au [[TELEPHONE:07 66 02 31 84]] : « [[DATE_NAISSANCE:le 13 janvier]] ». L'IOA sourit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{21h}}. Salle pleine, un écran affiche « temps d'attente : {{6h}} ». Des gens repartent. Une infirmière dit « ceux qui partent, on les revoit demain ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un EHPAD de {{Grandvillars}} annonce un transfert. La cadre lit la fiche : « Mme [[PERSONNE:Marthe Zimmermann]], [[DATE_NAISSANCE:2 novembre 1929]], GIR 2 ». {{95 ans}}. L'agent demande le DLU.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une mère très inquiète pour son fils de {{20 ans}} disparu depuis hier soir. L'agente fait une recherche par nom : « [[PERSONNE:Hugo Lambert]] », DDN [[DATE_NAISSANCE:11/08/2004]] → pas admis ici. Elle donne le numéro du {{commissariat de Belfort}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Belfort}}. Un résident cuisine un couscous pour tout le monde. Il s'appelle [[PERSONNE:Abdelkader]], dit qu'il est né le [[DATE_NAISSANCE:5 juillet 1962]], « jour de l'indépendance ». Il va avoir {{62 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice explique le règlement à une nouvelle : horaires (retour avant {{22h}}), pas d'alcool, pas d'animaux (sauf {{Kiki}}, le chat du veilleur 🐈).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "SIAO 90, {{8h45}}. Le coordinateur fait le point des places : {{3}} places hommes, {{1}} place famille. Il lit la liste d'attente : « [[PERSONNE:Rezaï]], [[DATE_NAISSANCE:2001]] / [[PERSONNE:Baptiste]], [[DATE_NAISSANCE:1990]] / famille [[PERSONNE:Petrosyan]], 5 personnes ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : une voix d'homme, il ne veut donner que son prénom, « [[PERSONNE:Jojo]] ». L'écoutante le connaît : « [[PERSONNE:Jojo]], c'est toi ? » Né en [[DATE_NAISSANCE:58]], à la rue depuis {{20 ans}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement en bail glissant de Mme [[PERSONNE:Kaya]] et ses 2 filles, [[ADRESSE:11 rue de la Savoureuse, 90000 Belfort]]. Tout est propre. L'éduc vérifie les quittances, la {{Caf}} verse l'{{APL}} directement au bailleur. N° alloc [[N_ALLOCATAIRE:6032175]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du diffus vide, en attente d'une famille. L'éducateur compte les matelas ({{4}}) et note ce qui manque : {{rideaux}}, {{frigo}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Belfort Centre}}. Un ingénieur de {{58 ans}} licencié de {{GE Vernova}}. « Je suis né en [[DATE_NAISSANCE:1966]], personne ne m'embauchera ». Identifiant [[ID_FRANCE_TRAVAIL:7712083M]]. La conseillère [[PERSONNE:Amandine Girod]] parle d'un bilan de compétences.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme de {{Montbéliard}} en formation aide-soignante. Convention de stage à remplir : elle écrit sa DDN [[DATE_NAISSANCE:2/12/2002]], la conseillère lui fait remarquer que sur la carte c'est [[DATE_NAISSANCE:12/02/2002]]. Elle avait inversé 😅.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi à la {{salle des fêtes}}. {{35}} employeurs, surtout l'industrie et l'aide à la personne. Je n'ai noté aucun nom.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de M. [[PERSONNE:Fernandes]] : son identifiant ne marche plus. L'agent : « [[ID_FRANCE_TRAVAIL:6044518 N]] ? » oui. Nouveau mot de passe envoyé par {{SMS}} au [[TELEPHONE:06 12 90 45 73]]. Né le [[DATE_NAISSANCE:22/02/1980]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique raté : la personne ne décroche pas. La conseillère laisse un message. Elle me dit qu'elle a {{170}} demandeurs dans son portefeuille.",
    ),
]

# Batch 6: Dole, Jura, Haute-Saône, and ordinary notes.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Permanence Caf à {{Dole}}, {{France services}} des {{Mesnils Pasteur}}. M. [[PERSONNE:Bertrand Vuillaume]] veut ajouter sa nouvelle compagne au dossier. Elle, [[PERSONNE:Sofia Mendes]], donne son IBAN perso pour l'instant : [[IBAN:FR76 1213 5068 7574 5544 7172 773]]. Vie maritale depuis le {{1er février}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une femme enceinte de {{7 mois}} vient déclarer sa grossesse, en retard. L'agente soupire gentiment. Terme prévu le {{2 août}}. Pas de nom noté (dossier en ligne).",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent montre à un monsieur comment retrouver son numéro allocataire sur l'appli : [[N_ALLOCATAIRE:9150036]]. Il l'écrit au feutre sur sa main ✍️. Mail de connexion [[EMAIL:alainpetit39@sfr.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman appelle : les allocs ont baissé. Son aîné a eu {{14 ans}} en {{mars}}, majoration. « Je croyais que c'était à {{11 ans}} »… non. L'agent ne note rien, simple info.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur privé de {{Lons-le-Saunier}} pour un locataire en impayé. Il donne l'IBAN de la SCI pour le tiers payant : [[IBAN:FR76 1080 7036 0919 6284 3820 702]] (compte de la SCI {{Les Tanneurs}}, mais c'est son compte à lui, dit-il). Locataire : M. [[PERSONNE:Aouadi]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Vesoul}}. Madame [[PERSONNE:Girardot]] reçoit dans la cuisine. Elle sort tous ses relevés, l'IBAN en haut : [[IBAN:FR76 1780 6011 9514 7436 5951 326]]. Rien à signaler sauf un loyer déclaré {{420 €}} au lieu de {{450 €}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une résidence alternée à {{Champagnole}}. Le père montre le jugement du JAF, RG [[IDENTIFIANT:21/00437]]. Garde une semaine sur deux depuis {{2021}}. Enfant [[PERSONNE:Romane]], {{9 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam du {{Jura}}. Une dame apporte le certificat de décès de son frère né à Ajaccio. Écran : [[PERSONNE:Santoni Jean-Baptiste]], [[NIR:1 75 08 2A 004 037 01]], né le [[DATE_NAISSANCE:19/08/1975]] en {{Corse}}. Elle dit qu'il était venu pour le travail aux {{Salines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande de remboursement de transport ({{VSL}}). Bon de transport signé par le Dr [[PERSONNE:Moreau-Lefranc]]. {{3}} trajets {{Dole}}–{{Besançon}} pour les séances. L'assuré ne parle pas.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré veut un RDV au {{Centre d'examens de santé}}. Mail : [[EMAIL:rene.chevalier [at] wanadoo.fr]]. DDN [[DATE_NAISSANCE:1er mai 1960]]. RDV proposé le {{12 septembre}} à {{8h}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une infirmière de PMI appelle pour un bébé sans droits ouverts. Bébé né le [[DATE_NAISSANCE:30/03/2024]] à la maternité de {{Dole}}. La mère, [[PERSONNE:Nour]], n'a pas encore de NIR (demandeuse d'asile). Récépissé n° [[IDENTIFIANT:3901245781]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'une IJ à {{Gray}}. Monsieur est en train de tondre la pelouse à {{10h}} 😬. L'agent note, reste poli. Il me dit qu'il laisse une chance.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Dole}}. Inscription au registre des personnes vulnérables. Mme [[PERSONNE:Huguette Jobez]], née le [[DATE_NAISSANCE:17.01.1939]], veuve depuis {{1998}}. Voisine de secours : Mme [[PERSONNE:Da Costa]], [[TELEPHONE:03 84 72 15 08]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Point info budget. L'agente explique le microcrédit ({{3 000 €}} max). Deux personnes intéressées, pas de dossier aujourd'hui.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un homme vient pour une aide à la mobilité. Sa mobylette : [[IMMATRICULATION:AB-123-AB]] non, ça c'est l'exemple sur le formulaire… la vraie : [[IMMATRICULATION:FN-061-DA]]. Assurance {{Macif}}. Il travaille à la fromagerie de {{Poligny}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du {{Département}} pour une évaluation APA conjointe. « Monsieur [[PERSONNE:Cattin]], [[ADRESSE:3 place Grévy, 39100 Dole]] ». Date de visite fixée au {{mardi 9}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Renseignement sur les horaires de la {{laverie sociale}} : {{9h-12h}} du lundi au vendredi. L'agent répond {{5 fois}} la même chose dans la matinée.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Saint-Claude}} chez une dame isolée, son fils vit à {{Lyon}}. Elle montre une photo de mariage « {{1962}}, à l'église de {{Morez}} ». Sa naissance, elle l'a dite « le [[DATE_NAISSANCE:jour de la Libération de Paris]] » 😮 → [[DATE_NAISSANCE:25 août 1944]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH Louis Pasteur}} {{Dole}}. Calme à {{14h}}, {{4}} patients. L'IOA en profite pour refaire le stock de bracelets.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un chauffeur routier polonais, malaise sur l'{{A39}}. Son camion : [[IMMATRICULATION:WGM 74512]]. Papiers : [[PERSONNE:Piotr Zieliński]], data urodzenia [[DATE_NAISSANCE:1977.09.03]]. L'agente ne sait pas dans quel ordre lire, un collègue : « année, mois, jour ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le régulateur du {{15}} prévient : enfant de {{2 ans}}, convulsions, arrivée {{10 min}}. Pas de nom, juste « petit garçon ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient sorti hier rappelle pour son compte-rendu. L'agente demande nom + date : « [[PERSONNE:Benoît Cordier]], le [[DATE_NAISSANCE:15 du 3 82]] ». Elle envoie le CR par messagerie sécurisée à son médecin, pas à lui.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Vesoul}}. Femme âgée de {{67 ans}}, première fois à la rue. Sur son ancienne carte d'identité, [[DATE_NAISSANCE:22.06.1957]]. Elle dit qu'elle a travaillé {{35 ans}} chez {{Peugeot}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le CHRS organise une sortie au lac de {{Vaivre}} le {{samedi}}. {{14}} inscrits. Pique-nique. Rien d'autre à noter.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Signature du contrat de séjour de M. [[PERSONNE:Lucas Ferreira]], {{21 ans}}. Son numéro : [[TELEPHONE:06 58 37 10 92]]. Il dit que son père tient le {{Garage Ferreira}} à {{Lure}} mais qu'ils ne se parlent plus.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO 70}}. Un travailleur social de l'hôpital de {{Vesoul}} demande une place pour un homme sortant, « [[PERSONNE:Bernard Thiébaut]], {{61 ans}} ». Identifiant SIAO [[IDENTIFIANT:SI70-118204]]. Pas de place avant {{mercredi}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115, nuit calme. {{4}} appels en {{2h}}. L'écoutante lit un roman entre deux appels. Rien de nominatif.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans le studio de [[PERSONNE:Aminata]], sortie de CHRS il y a {{3 mois}}, [[ADRESSE:9 rue des Arènes, 39100 Dole]]. Elle a trouvé un emploi à l'{{Intermarché}}. Elle fête l'anniversaire de sa fille demain, {{5 ans}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle de la chambre {{12}} au foyer {{Adoma}} par l'éducateur (sécurité incendie). Personne présent. Fiche signée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Dole}}. M. [[PERSONNE:Lacroix]] a perdu son identifiant. La conseillère le retrouve : [[ID_FRANCE_TRAVAIL:3011792P]]. Il demande l'attestation pour la {{MSA}}, il fait les vendanges à {{Arbois}} en {{septembre}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « Valoriser son profil ». Les participants créent leur adresse mail pro. Un jeune choisit [[EMAIL:dylan.morel.pro@gmail.com]]. Un autre a mis son pseudo Insta sur son CV : la conseillère lui dit d'enlever [[IDENTIFIANT:@dark_kevin39]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une agence d'intérim de {{Tavaux}} ({{Solvay}} recrute). La recruteuse veut joindre un candidat, M. [[PERSONNE:Ferhat]], identifiant [[ID_FRANCE_TRAVAIL:5290331C]]. La conseillère ne donne pas le numéro, elle transmet.",
    ),
]

# Batch 7: mixed sites across the region, mostly ordinary notes.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Dijon}}, {{Caf}} rue {{Docteur Maret}}. M. [[PERSONNE:Abdourahmane Ba]] vient déposer un RIB, l'agent le scanne : [[IBAN:FR76 3000 2013 3352 0276 5849 714]]. Dossier [[N_ALLOCATAIRE:8204716]]. Il repart content, {{6 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame hurle que la Caf lui a « volé » {{2 400 €}} (indu). L'agente reste calme, montre le courrier du {{15 janvier}}. Son numéro allocataire [[N_ALLOCATAIRE:3417790]]. Échéancier à {{50 €}} par mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur dicte son numéro allocataire en chiffres : « [[N_ALLOCATAIRE:un, zéro, cinq, sept, trois, trois, huit]] ». L'agent confirme [[N_ALLOCATAIRE:1057338]]. Question sur la {{prime d'activité}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La fille d'une allocataire décédée appelle. « Maman c'était [[PERSONNE:Colette Renaud]], née le [[DATE_NAISSANCE:9 septembre 1941]] ». L'agent présente ses condoléances, explique l'arrêt des droits. Elle laisse son mail [[EMAIL:c.renaud.fille@gmail.com]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Autun}}. La contrôleuse [[PERSONNE:Véronique Lapierre]] photographie le bail. Le propriétaire, M. [[PERSONNE:Oliveira]], loue aussi le garage. Voiture de la locataire : [[IMMATRICULATION:GA-307-HT]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé pour cause de neige sur le {{Morvan}} ❄️. On rentre à {{Nevers}}. {{2h}} de route pour rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une lycéenne de {{Besançon}}, {{16 ans}}, veut sa propre carte vitale. NIR sur l'attestation de sa mère : [[NIR:1 03 05 25 056 418 20]]… l'agente : « c'est celui de votre frère ». Le frère né en [[DATE_NAISSANCE:mai 2003]]. On cherche le bon, {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un homme avec une attestation de droits périmée depuis {{2022}}. Il vit en camping-car, [[ADRESSE:camping de la Plage Blanche, emplacement 41]], à {{Ounans}}. Plaque [[IMMATRICULATION:ET-592-VB]]. Adresse postale au CCAS.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Atelier numérique : {{6}} personnes apprennent à télécharger une attestation sur {{Ameli}}. L'animatrice utilise un compte fictif au nom de [[PERSONNE:Paul Exemple]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame de {{Vesoul}}, {{76 ans}}, appelle pour ses lunettes. L'agent lit sa fiche : née le [[DATE_NAISSANCE:03/02/1948]], NIR [[NIR:2 48 02 70 550 126 16]]. Elle demande aussi l'adresse mail de la Cpam, l'agent dit qu'il n'y en a pas.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mutuelle : l'assuré donne son numéro d'adhérent {{Harmonie Mutuelle}} [[IDENTIFIANT:HM 0712 4458 9]]. Le lien {{NOEMIE}} est cassé. Remboursement bloqué depuis {{février}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec une conseillère de la {{Cpam de Côte-d'Or}} chez Mme [[PERSONNE:Leclerc]], [[ADRESSE:14 rue Jeannin, 21000 Dijon]], pour l'accompagnement après cancer. Elle est née le [[DATE_NAISSANCE:20 mars 1987]] à {{Dijon}}, NIR [[NIR:287032123104574]]. Elle dit « j'ai {{37 ans}} et je me sens {{80}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Auxerre}}. Un homme demande une aide pour payer le permis de son fils. Fils : [[PERSONNE:Elias]], né le [[DATE_NAISSANCE:6/11/2005]]. Financement possible à {{50 %}}. Auto-école {{ECF}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Matinée calme. L'agente range les dossiers de {{2019}} à archiver. Elle me montre le local : {{120}} classeurs.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une mère sollicite une aide pour le voyage scolaire de sa fille ({{Espagne}}, {{380 €}}). Elle paie par virement depuis son compte : IBAN [[IBAN:FR76 3000 4079 7257 7179 7833 919]]. Fille en {{4e}}, année scolaire {{2023-2024}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le bailleur {{Orvitis}} appelle pour une locataire en difficulté : Mme [[PERSONNE:Laurence Marty]], locataire réf. [[IDENTIFIANT:ORV-884512]], [[ADRESSE:5 rue Paul Bert, 21300 Chenôve]]. Dette {{2 100 €}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour les inscriptions au {{voyage des seniors}} (Annecy, {{15 juin}}). {{42}} places. L'agent note les noms sur une liste que je ne vois pas.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile chez M. [[PERSONNE:Hakimi]] à {{Mâcon}}. Il montre son carnet de chèques, l'IBAN dessus : [[IBAN:FR76 2004 1037 5924 8920 9531 072]]. Il veut donner procuration à sa nièce [[PERSONNE:Samira]], joignable sur [[EMAIL:samira.hakimi@icloud.com]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{CHU Besançon}}. Un père donne le carnet de santé : [[PERSONNE:Jade Morin]], née le [[DATE_NAISSANCE:12/01/2019]]. Vaccins à jour. Il dit que la mère est en déplacement à {{Lyon}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme sans domicile, connu du service. L'IOA : « bonjour [[PERSONNE:Fred]] ». Il vient pour ses pieds. Elle lui donne des chaussettes propres. {{30 min}} de pansement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame fait une crise d'angoisse dans la salle d'attente. L'aide-soignante l'emmène dans un bureau. {{10 min}} plus tard, ça va mieux. Pas de nom prononcé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le {{CH Mâcon}} appelle pour un transfert en neurochirurgie à {{Dijon}}. « Patient [[PERSONNE:Kouassi]], IPP chez nous [[IDENTIFIANT:71004587]], né le [[DATE_NAISSANCE:12/04/1970]] ». Hélico prévu {{15h}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi appelle pour récupérer un patient sorti : « M. [[PERSONNE:Lebrun]] attend devant ? ». L'agente vérifie, oui. Taxi conventionné, plaque [[IMMATRICULATION:FC-240-RL]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Auxerre}}. Un résident reçoit son premier salaire ({{CDD}} chez {{Leclerc}}). Il montre sa fiche de paie : {{1 312 €}} net. Il veut ouvrir un compte, IBAN reçu le jour même : [[IBAN:FR76 1027 8028 2388 6036 8637 593]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente, [[PERSONNE:Yasmina]], aide les autres à remplir les dossiers Caf. L'éducatrice dit qu'elle voudrait devenir médiatrice. Elle a un n° alloc à elle, [[N_ALLOCATAIRE:4470218]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du lundi : {{28}} places, {{27}} occupées. Un départ vendredi. On parle des plannings d'été. Aucun résident nommé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Appel d'un homme qui dort dans sa voiture à {{Chalon}}, une {{Peugeot 206}} immatriculée [[IMMATRICULATION:BZ-663-MK]]. Il donne son mail pour être recontacté : [[EMAIL:franck.dumont71 [at] laposte.net]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'une association de {{Dijon}} qui propose des places de mise à l'abri en {{hiver}}. {{15}} lits. Rien de nominatif.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile de l'équipe mobile, [[ADRESSE:Résidence Les Acacias, bâtiment C, appartement 22, 58000 Nevers]]. M. [[PERSONNE:Jules Morel]] a refait la peinture. Téléphone : [[TELEPHONE:06 04 77 21 58]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Chalon}}. Un jeune de {{19 ans}} vient s'inscrire. La conseillère : « votre date de naissance ? » « [[DATE_NAISSANCE:23 août 2004]] ». Identifiant créé : [[ID_FRANCE_TRAVAIL:8120374W]]. Mail [[EMAIL:enzo.lopez.71@outlook.fr]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une femme cadre de {{Dijon}} reprend le travail après un congé parental ({{3 ans}}). Identifiant [[ID_FRANCE_TRAVAIL:2984501T]]. Elle cherche chez {{Urgo}} ou {{Dijon Céréales}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur de {{63 ans}} : « à mon âge ? ». La conseillère lui parle du {{CDI senior}}. Il dit qu'il verra. Aucun nom noté.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique, conseillère Mme [[PERSONNE:Faure]]. Le demandeur confirme son identifiant [[ID_FRANCE_TRAVAIL:4475920R]]. Elle parle de la formation {{Titre pro ADVF}} à {{Nevers}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une demandeuse : elle a reçu un mail suspect. L'agent vérifie : elle a bien un rendez-vous le {{22 mai}} à {{14h30}}. Son identifiant : [[ID_FRANCE_TRAVAIL:6318027E]].",
    ),
]


if __name__ == "__main__":
    main()
