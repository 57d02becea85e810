"""Independent evaluation corpus n° 159: 240 hand-written observation notes (Occitanie).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind159-001`` …
``ind159-240`` follow the writing order. ``split`` draws the dev / holdout halves from the ids
and the cells only (``random.Random(159)``), and ``main`` writes ``dev.jsonl`` and
``holdout.jsonl``. Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind159"
SEED = 159
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Return (text, entities, keep) for a marked note."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build(notes):
    out = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
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


def split(cells):
    """cells: {(site_kind, channel): [ids]} -> (dev ids, holdout ids). Uses ids and cells only."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        if len(ids) % 2:
            leftovers.append(ids.pop())
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half:])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build(NOTES)
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout = split(cells)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"dev {len(dev)} notes, holdout {len(holdout)} notes")


# The notes, in writing order (batches of 30-40 written one after the other).

NOTES_01 = [
    (
        "caf",
        "accueil_telephonique",
        "Appel {{9h12}}, attente annoncée {{14 min}}. Une dame appelle pour sa mère. L'agente ([[PERSONNE:Nadège]]) : « c'est pour qui ? » — « pour maman, [[PERSONNE:Josette Cabanis]], elle est née le... attendez... le [[DATE_NAISSANCE:14 mars 1952]] ». Num alloc donné en deux fois : [[N_ALLOCATAIRE:2154]]... euh... [[N_ALLOCATAIRE:873]]. [[PERSONNE:Nadège]] relit « [[N_ALLOCATAIRE:2154873]], c'est bien ça ? » oui. Durée totale {{11 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Béziers}}, standard. Mr appelle pour son père qui « n'entend plus bien le tél ». Le père c'est [[PERSONNE:Gérard Roques]], [[DATE_NAISSANCE:novembre 47]]. L'agent demande l'adresse : « [[ADRESSE:8 rue Boïeldieu]]... non pardon [[ADRESSE:18 rue Boïeldieu]], au {{2e}} ». Dossier {{APA}} en cours avec le {{Département}}. RDV fixé {{jeudi 16 à 14h30}} pour la visite. Fils joignable au [[TELEPHONE:06 71 38 24 90]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente {{22 personnes}} à {{8h35}}, ouverture {{8h30}}. Ticket {{C047}}. Le vigile dit que c'est « calme pour un lundi ». Fontaine à eau vide 🙄",
    ),
    (
        "caf",
        "accueil_telephonique",
        "— {{Caf de la Haute-Garonne}} bonjour, [[PERSONNE:Karim]] à l'appareil\n— oui bonjour c'est pour ma fille elle est pas là elle travaille\n— vous êtes ?\n— sa mère, [[PERSONNE:Fatiha Haddad]]\n— et votre fille ?\n— [[PERSONNE:Inès]]. [[PERSONNE:Inès Haddad]]. Née le [[DATE_NAISSANCE:3/01/1991]] à {{Nîmes}}\n[[PERSONNE:Karim]] lui explique qu'il ne peut rien dire sans l'accord de la fille. La mère insiste ({{3 fois}}). Il propose un rappel {{entre 13h et 16h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune homme {{19 ans}}, vient pour l'inscription. Identifiant écrit sur un post-it : [[ID_FRANCE_TRAVAIL:5048213R]]. Conseillère Mme... non – c'est [[PERSONNE:Sylvie Estève]] – lui montre {{l'appli}} sur son tél. Il ne connait pas son mdp. Réinit par mail : [[EMAIL:yanis.belkacem31@gmail.com]]. Il s'appelle [[PERSONNE:Yanis]] et il est venu en bus depuis {{Colomiers}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{IAO}} à {{14h10}} : {{6 patients}} en salle, temps d'attente affiché {{3h40}}. Un monsieur s'énerve contre l'écran. Infirmière très calme. Pas de médecin dispo avant {{16h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de {{10h02}} à {{10h19}}. Voisine qui appelle pour une dame âgée (« elle a {{91 ans}}, elle vit seule »). Nom : Mme... l'agente doit lui faire épeler : [[PERSONNE:P-U-I-G]], [[PERSONNE:Puig]], prénom [[PERSONNE:Montserrat]]. Adresse : [[ADRESSE:4 impasse des Micocouliers, 66000 Perpignan]]. Pas de famille proche, un neveu à {{Barcelone}}. Agente note pour le portage de repas, tarif {{4,85 €}} le repas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} — nuit. Appel d'un homme depuis la gare {{Matabiau}}. « Je m'appelle [[PERSONNE:Aurélien]] », pas de nom de famille donné. L'écoutante cherche une place : tout est plein sur {{Toulouse}}, {{0 place}} ce soir. Elle propose de rappeler à {{23h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne en panne, {{2 agents}} pour {{40 personnes}}. Une étudiante demande pour les {{APL}} de son kot à {{Rangueil}}. Rien de personnel dit à voix haute. Affiche {{Mon compte Caf}} partout.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dialogue (résumé) :\nAgent : votre numéro d'allocataire ?\nMr : alors c'est le [[N_ALLOCATAIRE:un, neuf]]... [[N_ALLOCATAIRE:1 9 0 4 5 2 6]]\nAgent : je répète [[N_ALLOCATAIRE:1904526]]\nMr : voilà\nAgent : nom prénom\nMr : [[PERSONNE:Ferreira da Costa Joaquim]]\nAgent : date de naissance ?\nMr : [[DATE_NAISSANCE:10 mars 86]]\nAgent : ok je vois que votre dossier est bloqué, il manque la {{déclaration trimestrielle}}. À faire avant le {{5}}.\nAttente avant décroché : {{21 min}} ⏳",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une maman avec poussette, demande {{aide alimentaire}}. Orientée vers l'épicerie sociale {{rue d'Alsace-Lorraine}}. L'agent ([[PERSONNE:Thierry]]) remplit la fiche : [[PERSONNE:Mariama Traoré]], {{3 enfants}}, [[ADRESSE:27 avenue de Reynerie, 31100 Toulouse]]. Revenus {{RSA}} {{635 €}} + {{AF}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}. Mon agent [[PERSONNE:Lucas]] enchaîne : {{8 appels}} en {{45 minutes}}. Un appelant donne son numéro de sécu en entier : [[NIR:1 68 04 66 136 302 24]], né à {{Perpignan}} en [[DATE_NAISSANCE:avril 1968]]. Question : remboursement lunettes. Réponse : {{100% santé}}, reste à charge {{0 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Purpan}} : une femme appelle pour savoir si son fils est arrivé. « [[PERSONNE:Noah Vang]], {{16 ans}} ». La secrétaire ne donne rien au tél, demande de venir avec une pièce d'identité. Attente au standard : {{6 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} — entretien d'admission. Monsieur [[PERSONNE:Ahmadi]] ([[PERSONNE:Farid]]), afghan, récépissé de demande d'asile n° [[IDENTIFIANT:3109876543]]. Il a dormi {{3 nuits}} dehors près du {{Canal du Midi}}. Chambre {{14}} attribuée. Travailleur social : [[PERSONNE:Clément]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile à {{Albi}}, quartier {{Cantepau}}. Contrôleur M. [[PERSONNE:Vidal]] vérifie qui vit au logement. Nom sur la boîte aux lettres : [[PERSONNE:KONÉ]] / [[PERSONNE:DIAKITÉ]]. Madame dit que M. [[PERSONNE:Diakité]] est reparti au {{Mali}} en {{2022}}. Il demande le bail et les relevés : IBAN lu sur le relevé [[IBAN:FR76 3000 4559 9480 2777 9506 560]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente décroche à {{15h47}} après {{9 min}} d'attente côté usager (elle me montre le compteur).\n« Bonjour, c'est pour la {{Carte Pastel}}... non pour ma grand-mère, le {{tarif solidaire}} »\nNom de la grand-mère : [[PERSONNE:Yvette Marty]]. Date de naiss. : « trente-huit... [[DATE_NAISSANCE:janvier trente-huit]] ». Elle habite [[ADRESSE:12 chemin de Lapujade, Toulouse]]. Le petit-fils ([[PERSONNE:Baptiste]]) donne SON tél à lui : [[TELEPHONE:07 68 12 40 33]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : l'appel arrive, demandeur d'emploi radié. Id donné oralement « [[ID_FRANCE_TRAVAIL:quatre, six, un, zéro, deux, huit, neuf, F comme François]] » → [[ID_FRANCE_TRAVAIL:4610289 F]]. Conseiller ([[PERSONNE:Malik]]) lit l'écran : radiation du {{12/02}} pour absence à RDV. Recours possible sous {{2 mois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de contrôle aujourd'hui finalement, la personne a annulé. On a fait {{35 min}} de route pour rien jusqu'à {{Lavaur}}. L'agent dit que ça arrive {{1 fois sur 5}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman appelle pour son fils de {{20 ans}} étudiant à {{Montpellier}} ({{APL}}). Elle épelle son mail à lui : « [[EMAIL:tom.esteve-rius@etu.umontpellier.fr]], tiret entre esteve et rius ». Agent relit « [[EMAIL:tom.esteve-rius@etu.umontpellier.fr]] ». Le fils : [[PERSONNE:Tom Estève-Rius]]. Elle ne donne pas son nom à elle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appart en diffus à {{Montauban}} (logement du {{CHRS}}). {{2 résidents}} présents, frigo vide, détecteur de fumée débranché. L'éducatrice note tout. Pas de noms dans ma note, elle me le demande.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Monsieur très âgé au tél, l'agente parle fort. « Vous êtes bien M. [[PERSONNE:Hagopian]] ? » — « oui [[PERSONNE:Hagopian Vartan]] ». Il ne se souvient plus de sa date de naissance exacte, il dit « [[DATE_NAISSANCE:1936]] » puis sa fille prend le combiné : « [[DATE_NAISSANCE:5 février 1936]] ». La fille laisse son mail : [[EMAIL:anahit.hagopian [at] orange.fr]]. Dossier {{FSL}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{8 inscrits}}, {{5 présents}}. La conseillère projette un CV modèle au nom de [[PERSONNE:Julie Martin]], {{32 ans}}, {{Toulouse}}. Un participant demande s'il peut mettre une photo. Réponse : « pas obligatoire »..",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{11h40}}. Appel d'un Mr qui veut changer son {{RIB}}. L'agente : « je ne peux pas le faire au téléphone, il faut passer par l'espace {{Mon Compte}} » Il le lit quand même : [[IBAN:FR7630002635236531491838697]]. Elle ne le note pas. Il s'appelle [[PERSONNE:Stéphane Lacombe]], n° alloc [[N_ALLOCATAIRE:3320417]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box {{3}}. Agent d'accueil saisit l'admission : nom [[PERSONNE:DEMIR]] prénom [[PERSONNE:Elif]], née le [[DATE_NAISSANCE:12/09/2001]]. {{IPP}} créé : [[IDENTIFIANT:P00871245]]. Mutuelle ? « je sais pas, c'est celle de mon père ». Bracelet imprimé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} de l'{{Hérault}} : une femme avec {{2 enfants}} à {{Lunel}}, voiture en panne sur un parking. Elle donne la plaque pour que la police municipale ne l'embête pas : [[IMMATRICULATION:FG-318-TK]]. Prénom [[PERSONNE:Kelly]]. Mise à l'abri à l'hôtel {{B&B}} {{Montpellier}}, chambre {{207}}, {{2 nuits}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une demande d'aide facultative, {{Tarbes}}. Appartement propre, chauffage électrique. Facture {{EDF}} montrée : réf client [[IDENTIFIANT:6021 458 913]]. Madame [[PERSONNE:Lourdes Garcia]] (ne pas confondre avec la ville 😅) montre aussi son avis d'imposition.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{2}}. Mme demande sa {{carte Vitale}}, jamais reçue. L'agente vérifie l'adresse : [[ADRESSE:36 avenue Jean Jaurès, 30900 Nîmes]]. Erreur de numéro de rue dans le dossier ({{63}} au lieu de {{36}}). Corrigé. Nouveau délai : {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Personne au bout du fil parle mal français, sa fille de {{12 ans}} traduit (!). Agente : « demande à ta maman sa date de naissance » — la petite : « [[DATE_NAISSANCE:1983]]... le [[DATE_NAISSANCE:vingt-deux octobre]] ». Nom [[PERSONNE:Benali]]. Numéro allocataire lu sur un courrier : [[N_ALLOCATAIRE:0875213]]. L'agente envoie un {{SMS}} récap. Durée {{17 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant de la conseillère vers un demandeur, pas de réponse, messagerie : « Bonjour ici [[PERSONNE:Laure Fabre]] de {{France Travail}} {{Carcassonne}}, je vous rappelle demain {{10h}} ». Elle fait {{12 appels}} comme ça par matinée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Rappel d'un usager suite message vocal. L'agent [[PERSONNE:Jérôme]] :\n« c'est bien le [[TELEPHONE:05 61 40 27 18]] ? »\n« oui c'est le fixe de ma mère »\n« Mme [[PERSONNE:Sanchez]] ? »\n« non Mme [[PERSONNE:Sanchez-Molina]], [[PERSONNE:Rosa]] »\nAide au chauffage : {{150 €}} accordés en commission du {{3 mars}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit déj {{7h30}}. Une résidente me parle de sa fille qui fait du foot. Ambiance détendue. Le chien d'un résident, {{Rocky}}, dort sous la table.",
    ),
    (
        "caf",
        "accueil_physique",
        "RDV {{10h15}} avec un couple. Madame : [[PERSONNE:Nguyen Thi Lan]], Monsieur : [[PERSONNE:Tran Van Duc]]. Changement de situation (naissance). L'agent scanne l'acte de naissance du bébé : [[PERSONNE:Léo Tran]], né le [[DATE_NAISSANCE:2 avril 2024]]. {{Prime à la naissance}} : {{1 066 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel du {{SAMU}} au poste de l'{{IAO}} pour annoncer une arrivée : « homme {{70 ans}} environ, chute, pas de papiers ». Pas de nom. Arrivée prévue {{dans 10 minutes}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour sa mère hospitalisée. Mère : Mme [[PERSONNE:Dolorès Gimenez]]... non, l'agente corrige : « [[PERSONNE:Jiménez]] avec un J ? » — « non G, [[PERSONNE:G-I-M-E-N-E-Z]] ». Née en [[DATE_NAISSANCE:64]]. Tél de la fille : [[TELEPHONE:06.22.71.09.45]]. L'agente : « je vous envoie le dossier d'{{aide ménagère}} par mail » → [[EMAIL:sandra.gimenez66@laposte.net]].",
    ),
]


NOTES_02 = [
    (
        "caf",
        "accueil_telephonique",
        "{{14h03}}, file d'attente {{3230}} : {{27 appels}} en attente sur le tableau. L'agent me dit que le record c'est {{112}}. Premier appel : une question sur la {{prime d'activité}}, simulateur conseillé, pas de nom demandé. Durée {{4 min 30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un Mr appelle pour sa femme enceinte qui « peut pas parler, elle est à la mater ». Agente : « il me faut le numéro d'allocataire » — « c'est [[N_ALLOCATAIRE:47]]... ah non c'est l'ancien... attendez je prends le courrier... [[N_ALLOCATAIRE:4790312]] ». Agente relit : « [[N_ALLOCATAIRE:quatre sept neuf zéro trois un deux]] ». Nom de l'épouse [[PERSONNE:Aïcha Ndiaye]], lui c'est [[PERSONNE:Oumar]]. Adresse à vérifier : [[ADRESSE:5 rue des Pyrénées, 31600 Muret]]. OK, {{6 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{9h01}} — la ligne ouvre à {{9h}} pile, déjà {{4}} en attente. Un homme : « c'est pour l'{{aide aux vacances}} de mes petits ». L'agent explique que ça dépend du {{quotient familial}}, seuil {{700 €}}. L'homme ne donne pas son nom, il rappellera avec les papiers.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une femme, voix tremblante, appelle pour son frère handicapé : « [[PERSONNE:Bruno]], [[PERSONNE:Bruno Bonnafous]], il est né le [[DATE_NAISSANCE:27 juin 59]] ». Dossier {{MDPH}} n° [[IDENTIFIANT:081-2019-004417]]. Il vit [[ADRESSE:2 place de la Mairie, 09100 Pamiers]]. L'agente ([[PERSONNE:Agnès]]) propose une visite mardi {{15h}}. Elle redonne le numéro de la sœur pour confirmer : [[TELEPHONE:06 09 88 13 52]], « [[TELEPHONE:zéro six, zéro neuf, quatre-vingt-huit, treize, cinquante-deux]] », c'est ça.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Narbonne}}, {{9h30}}. Le contrôleur ([[PERSONNE:Philippe Azéma]]) sonne, personne. {{2e}} passage à {{11h}}. Madame ouvre, en pyjama. Il explique l'objet (déclaration isolement). Sur le parking une voiture immatriculée [[IMMATRICULATION:EZ-507-QN]] que la voisine dit être celle du « copain ». Il note mais dit que ça ne prouve rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Kowalski]] vient pour une {{CSS}} ({{complémentaire santé solidaire}}). Il tend sa carte vitale, l'agente lit le NIR à voix haute pour vérifier : [[NIR:1 47 11 34 032 045 71]]. Né à {{Béziers}}, {{77 ans}}. Tout est ok, attestation imprimée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "— Allô ? Oui c'est madame [[PERSONNE:Lopez]] je vous appelle pour ma mère\n— le nom de votre mère ?\n— [[PERSONNE:Lopez]] aussi, [[PERSONNE:Carmen]]. Elle est née en [[DATE_NAISSANCE:quarante-quatre]]\n— le numéro allocataire ?\n— je l'ai pas\n— l'adresse ?\n— [[ADRESSE:9 rue de la Gare, 11000 Carcassonne]]\nL'agent trouve le dossier ({{ASPA}} ? non, {{APL}}). {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil sans RDV, {{10h}}. Affiche « {{1 jeune 1 solution}} ». Un monsieur vient pour une attestation employeur manquante. Agent : « votre identifiant ? » — il tend son tél : [[ID_FRANCE_TRAVAIL:2231764J]]. Nom [[PERSONNE:Abdelkader Zerrouki]]. L'employeur (boulangerie {{Paillasse & Fils}}) n'a pas envoyé l'attestation.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : {{37 personnes}} passent chercher leur courrier le mardi matin. Liste sur un classeur, l'agent coche. Je ne note pas les noms.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente me fait écouter (haut-parleur, avec accord). Un petit-fils : « ma mamie elle s'appelle [[PERSONNE:Jeanne Fabre]], elle habite [[ADRESSE:14 rue du Four, 12000 Rodez]], elle a eu {{86 ans}} » — « sa date de naissance ? » — « euh... le [[DATE_NAISSANCE:8 janvier]] ». Aide : téléassistance {{Présence Verte}}. Coût {{24 €}}/mois, aide {{CCAS}} {{10 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive avec une coupure à la main. Il donne sa carte d'identité : n° [[IDENTIFIANT:X4RTN2P81]]. Nom : [[PERSONNE:Sébastien Pujol]]. Il a une mutuelle {{Harmonie}}, adhérent [[IDENTIFIANT:12 55 90 37 01]]. L'agent tape tout en {{3 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en espagnol, l'agent bascule (il parle espagnol). Madame [[PERSONNE:Gonçalves]], dossier [[N_ALLOCATAIRE:6621409]]. Elle donne son mail : « [[EMAIL:maria.goncalves.1975@hotmail.fr]] » avec cédille ? non sans. L'agent note sans cédille. Attente {{18 min}}, appel {{13 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée demande son attestation de droits. L'agent lui demande son NIR, elle le lit : « [[NIR:deux, quatre-vingt-neuf, zéro six, trente-quatre, cent soixante-douze, deux cent trente et un, quatre-vingt-treize]] » — sur l'écran : [[NIR:2 89 06 34 172 231 93]]. Née à {{Montpellier}}, [[DATE_NAISSANCE:juin 1989]]. Attestation envoyée dans {{Ameli}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écoutante {{115}} du {{Gard}}, {{22h15}}. Appel d'un jeune, {{18 ans}}, mis dehors par sa famille à {{Alès}}. Il donne son prénom [[PERSONNE:Dylan]] et son compte insta pour qu'on le recontacte [[IDENTIFIANT:@dylan_ales30]]. Place trouvée au {{foyer}}, chambre {{3}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Très court : « je voudrais savoir quand tombe le paiement » — « le {{5 du mois}} » — « merci ». {{40 secondes}}. L'agent rigole : « ça c'est {{la moitié}} des appels ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour l'{{aide sociale légale}} ({{EHPAD}}). On va chez la fille de la dame, à {{Castres}}. La fille, [[PERSONNE:Véronique Alquier]], montre les relevés de sa mère : IBAN [[IBAN:FR76 1027 8617 7383 6281 0144 692]]. La mère est à l'{{EHPAD Les Jardins d'Occitanie}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dialogue :\n« j'appelle pour mon fils, il a {{22 ans}} »\n« il faut qu'il appelle lui-même monsieur »\n« il est autiste, c'est moi qui gère »\n« vous avez une procuration ? »\n« oui oui, mandataire »\nFils : [[PERSONNE:Hugo Bensaïd]], né le [[DATE_NAISSANCE:4 décembre 2002]]. {{AAH}}. Père : [[PERSONNE:Marc Bensaïd]], tél [[TELEPHONE:0652190477]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement en diffus : [[ADRESSE:31 boulevard de Strasbourg, 65000 Tarbes]], appartement {{B12}}. Résident [[PERSONNE:Samuel Okafor]] absent, l'éducateur laisse un mot.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel long ({{26 min}}). Dame âgée isolée, appelle « pour parler ». L'agente prend le temps. Elle parle de son mari décédé, de son chat {{Minou}}, de la canicule. Pas de demande précise. Agente propose le {{plan canicule}} (registre).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{9h}} : ouverture, {{12}} personnes déjà devant. Agent de sécu. Un papa avec {{3 enfants}}, « ma femme est partie », demande l'{{ASF}}. Il s'appelle [[PERSONNE:Raphaël Castan]], enfants [[PERSONNE:Lina]], [[PERSONNE:Jade]], [[PERSONNE:Enzo]]. L'agente demande les dates de naiss. : [[DATE_NAISSANCE:2015]], [[DATE_NAISSANCE:2017]], [[DATE_NAISSANCE:2020]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère en télétravail qui appelle une candidate pour une offre n° {{187QBXK}} (cuisinier, {{Sète}}). « Mme [[PERSONNE:Ouali]] ? » Elle lui donne le mail du recruteur : [[EMAIL:recrutement.leportdesete@gmail.com]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail à {{Castelnaudary}}. Assuré absent à {{10h20}} hors heures de sortie autorisées. L'agente laisse un avis de passage au nom de [[PERSONNE:Mickaël Serres]], [[ADRESSE:6 rue de l'Ancien Collège, 11400 Castelnaudary]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agent prend l'appel, c'est une assistante sociale de l'hôpital de {{Rangueil}} pour un monsieur sortant : M. [[PERSONNE:Sok]]... [[PERSONNE:Sok Pisey]]. Elle donne l'{{IPP}} de l'hôpital [[IDENTIFIANT:400786512]] et demande un portage de repas à partir de {{lundi}}. Adresse : [[ADRESSE:45 bis rue Bayard, Toulouse]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une jeune femme donne son tél en plusieurs fois : « [[TELEPHONE:zéro sept]]... » (elle cherche) « ...[[TELEPHONE:quarante et un, zéro trois, soixante-six, dix-neuf]] ». L'agente relit [[TELEPHONE:07 41 03 66 19]]. Nom [[PERSONNE:Manon Teyssier]]. Appel de {{3 min}} à {{16h20}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin généraliste appelle l'{{IAO}} pour adresser une patiente. L'infirmière note nom et date de naissance sur un post-it : Mme [[PERSONNE:Rakotomalala]], [[DATE_NAISSANCE:23/05/1957]]. Le médecin : Dr [[PERSONNE:Lafont]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un monsieur de {{Nîmes}} pour une demande de {{logement d'urgence}}. Agent dit que ça relève du {{115}} ou du {{SIAO}}. Durée {{2 min}}. Personne ne donne de nom.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme appelle à {{10h30}}, voix de répondeur derrière. « Mon numéro d'allocataire c'est... euh... je crois [[N_ALLOCATAIRE:2006713]] » Agente : « non ce numéro correspond pas à votre nom » — « ah pardon c'est [[N_ALLOCATAIRE:2006731]], j'ai inversé ». Nom : [[PERSONNE:Laetitia Rouquette]]. Date naiss. [[DATE_NAISSANCE:1979-08-30]] (lue sur l'écran).",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Gheorghe]], veut ouvrir un compte bancaire. L'éduc l'aide avec le {{droit au compte}} à la {{Banque de France}}. Il a son passeport roumain n° [[IDENTIFIANT:057214983]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Bonjour {{CCAS}} de {{Montpellier}}, [[PERSONNE:Sabrina]] bonjour » x {{15}} ce matin. Appel type : demande de {{chèque énergie}} → renvoi vers le site. Pas de données perso.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Perpignan}}, quartier {{Saint-Jacques}}. Famille [[PERSONNE:Reyes]]. Le contrôleur ([[PERSONNE:Joan]]) parle catalan avec la grand-mère. Il vérifie le nombre d'enfants ({{5}}) et la scolarité. Pas d'anomalie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune femme, [[PERSONNE:Chaïma]], {{24 ans}}, veut faire une formation {{aide-soignante}}. Conseiller [[PERSONNE:Olivier Bastide]] regarde {{Carif-Oref}}. Elle a déjà un identifiant : [[ID_FRANCE_TRAVAIL:6654091 L]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil sur RDV seulement l'après-midi. {{13h30}}-{{16h30}}. Je vois {{9}} personnes en 3h. La plupart pour des {{IJ}} (indemnités journalières) en retard.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une curatrice ({{UDAF}}) appelle pour un majeur protégé, M. [[PERSONNE:Belkacem Rachid]], né en [[DATE_NAISSANCE:75]]. Elle donne le {{RIB}} du compte de gestion : [[IBAN:FR76 1350 6886 3849 2340 9759 370]]. L'agente dit qu'il faut l'envoyer par écrit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une grand-mère qui élève sa petite-fille ({{tiers digne de confiance}}). Elle : [[PERSONNE:Danielle Escande]]. Petite : [[PERSONNE:Maëlys]], née le [[DATE_NAISSANCE:16/10/2014]]. L'agente fixe un RDV tél le {{24}} à {{9h30}}. Tél grand-mère : [[TELEPHONE:05 63 54 17 80]] (fixe, {{Montauban}}).",
    ),
]


NOTES_03 = [
    (
        "caf",
        "accueil_telephonique",
        "Appel n°{{6}} de la matinée. Temps d'attente affiché côté usager : {{32 min}} 😬. Un homme : « j'ai reçu un courrier qui dit que je dois {{1 240 €}} ». Indu d'{{APL}}. Nom : [[PERSONNE:Youssef El Amrani]], num alloc [[N_ALLOCATAIRE:5518206]], né le [[DATE_NAISSANCE:02/09/1975]]. L'agent propose un échéancier de {{50 €}}/mois. Fin à {{10h52}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Rappel programmé {{14h}}. L'agente compose le [[TELEPHONE:04 67 58 21 96]] (fixe). Décroche un monsieur : « ma femme est à la sieste, c'est pour quoi ? ». Dossier {{aide à domicile}} de Mme [[PERSONNE:Pagès]]. Il donne la date de naissance de sa femme : « elle est de [[DATE_NAISSANCE:quarante-neuf]], le [[DATE_NAISSANCE:12 août]] ». Lui : [[PERSONNE:René Pagès]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur appelle pour sa mère décédée (frais d'obsèques, {{capital décès}}). Il lit le NIR sur la carte vitale de sa mère : [[NIR:2 38 01 12 202 034 75]]. Elle était née à {{Rodez}} en [[DATE_NAISSANCE:janvier 1938]]. L'agente présente ses condoléances, explique que le capital décès ne concerne que les actifs.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "— vous pouvez me redonner votre adresse ?\n— [[ADRESSE:3 allée de Bellefontaine]]... [[ADRESSE:appartement 42]]\n— code postal ?\n— [[ADRESSE:31100]]\n— c'est noté Mme [[PERSONNE:Diop]]\nL'agente m'explique après qu'il manquait le code postal dans la déclaration. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "File : {{14 personnes}}. Écrans avec offres. Un monsieur cherche un poste de chauffeur PL, demande s'il peut mettre sa voiture ([[IMMATRICULATION:4512 TY 31]], vieille plaque) sur le parking du personnel. Non. Il s'appelle [[PERSONNE:Christian Mauri]], identifiant [[ID_FRANCE_TRAVAIL:3359012 C]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Le coin enfants a des jouets cassés. Un petit joue avec une peluche {{Pikachu}}. Sa mère attend depuis {{50 min}}. Ticket {{B113}}. Elle finit par partir sans être reçue.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Oui bonjour, c'est pour ma maman, elle a eu un {{AVC}} » — « son nom ? » — « [[PERSONNE:Ould Ahmed]], [[PERSONNE:Zohra]] » — « vous pouvez épeler ? » — « [[PERSONNE:O-U-L-D]] espace [[PERSONNE:A-H-M-E-D]] » — « date de naissance ? » — « [[DATE_NAISSANCE:1er juillet 1950]] ». Adresse [[ADRESSE:17 rue Louis Pasteur, 30100 Alès]]. Le fils laisse [[TELEPHONE:+33 6 44 19 72 05]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{22h}}. Salle pleine. Un jeune homme arrive en scooter, plaque [[IMMATRICULATION:GK-882-PB]] (l'agent de sécurité la note parce qu'il est garé devant l'entrée des ambulances). Nom donné à l'accueil : [[PERSONNE:Kylian Bousquet]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une maman seule, {{3 enfants}}, appelle de {{Béziers}}, quartier {{La Devèze}}. Elle pleure. Pas de paiement depuis {{2 mois}}. Elle donne [[N_ALLOCATAIRE:7032158]] et son nom [[PERSONNE:Samira Kaddouri]]. L'agent voit un contrôle en cours, dit « je fais remonter en urgence ». Elle demande un RDV : {{mardi 9h}} à l'agence de {{Béziers}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Régulation {{115}}. {{47 appels}} reçus ce soir, {{9}} mises à l'abri. L'écoutante me dit que c'est « une soirée normale ». Pas de noms dans mes notes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame vient demander un colis. L'agent : « vous avez votre attestation de la {{Banque Alimentaire}} ? » Non. Il appelle sa collègue [[PERSONNE:Myriam]] pour voir. Dame : Mme [[PERSONNE:Lacatus]]... non, l'agent corrige, [[PERSONNE:Lăcătuș]] avec les accents roumains. Elle habite au {{camping}} : [[ADRESSE:camping Les Peupliers, emplacement 17, Agde]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel très confus. Monsieur donne trois numéros différents avant de trouver le bon : « [[N_ALLOCATAIRE:1130]]... non. [[N_ALLOCATAIRE:113 0442]] ? » L'agente : « non, ça c'est votre numéro fiscal je crois » Finalement : [[N_ALLOCATAIRE:1130724]]. Nom [[PERSONNE:Henri Calvet]]. {{19 min}} au total.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman vient faire la carte vitale de son ado ({{16 ans}}). Formulaire {{S1106}}. L'agente lit le numéro de sécu provisoire à voix haute : [[NIR:2 08 03 31 555 412 87]]. Née le [[DATE_NAISSANCE:19 mars 2008]] à {{Toulouse}}. L'ado s'appelle [[PERSONNE:Lou-Anne]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agent m'explique les {{4}} lignes : standard, action sociale, seniors, logement. J'écoute sur la ligne seniors. Premier appel : « le repas des aînés c'est quand ? » → {{samedi 14 décembre}}, salle {{Nougaro}}. Inscription avant le {{30 novembre}}. Pas de nom.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'un logement déclaré à {{Montpellier}}, {{Petit-Bard}}, [[ADRESSE:8 rue Ernest Renan, bât. C, 34070 Montpellier]]. Le locataire, [[PERSONNE:Idriss Mahamat]], montre le bail. Propriétaire : SCI {{Les Oliviers}} (personne morale). Le contrôleur vérifie la surface : {{27 m²}} pour {{4 personnes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{39 49}} transféré. Une femme : « je suis [[PERSONNE:Nathalie]], identifiant... [[ID_FRANCE_TRAVAIL:7820]]... attendez... [[ID_FRANCE_TRAVAIL:451]]... et un [[ID_FRANCE_TRAVAIL:K]] ». Conseiller relit [[ID_FRANCE_TRAVAIL:7820451K]]. Elle demande si elle peut partir en vacances {{2 semaines}}. Oui, à déclarer.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour son père qui a reçu une lettre d'expulsion. Père : [[PERSONNE:Ahmed Benhaddou]], [[ADRESSE:22 rue de Bagatelle, 31100 Toulouse]]. Réf du bailleur ({{Toulouse Métropole Habitat}}) : [[IDENTIFIANT:TMH-0458716]]. Audience au tribunal, RG [[IDENTIFIANT:24/03318]]. L'agente oriente vers la {{CCAPEX}} et l'{{ADIL}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agent appelle une allocataire pour un justificatif manquant. Messagerie : « vous êtes bien sur le répondeur de [[PERSONNE:Clara]] et [[PERSONNE:Mathis]] » 😄. Il laisse un message avec le délai : avant le {{15 mars}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle commune. Tableau de présence avec prénoms (je ne les note pas). {{23 places}}, {{21}} occupées. Atelier cuisine à {{11h}} : tajine.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification d'une adresse pour une {{CSS}}. Monsieur [[PERSONNE:Fernandes]] habite en fait chez son frère, [[ADRESSE:11 chemin des Vignes, 82000 Montauban]]. L'agent photographie la boîte aux lettres (nom du frère : [[PERSONNE:José Fernandes]]).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{9h20}} : la fille d'une allocataire sourde appelle pour elle via le service {{Acceo}}. Mère : [[PERSONNE:Gisèle Rigal]], née le [[DATE_NAISSANCE:9 mai 1955]], n° [[N_ALLOCATAIRE:0942367]]. Motif : changement de banque. Nouvel IBAN dicté : [[IBAN:FR76 1720 6303 2194 6546 7252 551]]. L'agent : « il faut quand même le {{RIB}} en pièce jointe ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation pour l'{{APA}} avec l'infirmière du {{Département}}. Grille {{AGGIR}}, {{GIR 4}}. Madame a {{88 ans}}, vit avec sa chienne {{Praline}}. Pas d'autre nom entendu.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur âgé ({{ASPA}}? non, juste {{APL}}). Il donne son tél lentement : « [[TELEPHONE:zéro cinq]]... [[TELEPHONE:soixante-deux]]... » l'agente : « oui » « ...[[TELEPHONE:trente-quatre]]... » « oui » « ...[[TELEPHONE:zéro zéro, quatorze]] ». Elle relit [[TELEPHONE:05 62 34 00 14]]. Il habite à {{Auch}}. Nom [[PERSONNE:Lucien Dabadie]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une voisine appelle : Mme [[PERSONNE:Delmas]] n'ouvre plus depuis {{2 jours}}. L'agente vérifie le registre canicule : Mme [[PERSONNE:Delmas Paulette]]... non c'est [[PERSONNE:Delmas Paule]]. Adresse [[ADRESSE:5 place du Foirail, 46000 Cahors]]. Elle appelle les pompiers ({{18}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien {{30 min}} avec une conseillère {{Cap Emploi}}. Le monsieur a une {{RQTH}}. Il parle de son ancien patron, M. [[PERSONNE:Brunel]], qui l'a « viré comme un chien ». Il a son identifiant sur papier : [[ID_FRANCE_TRAVAIL:0458711 D]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Agent d'accueil à la {{borne 2}} : « vous avez votre mot de passe ? » Non. « Votre mail ? » [[EMAIL:christelle.marquez@free.fr]]. Il lui réinitialise. Elle s'appelle [[PERSONNE:Christelle]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dans le hall, affiche {{Toulouse}} {{Ville amie des aînés}}. Un monsieur {{SDF}} vient recharger son téléphone, l'agent l'autorise. Ils se connaissent, l'agent l'appelle « [[PERSONNE:Titi]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une belle-fille qui gère pour son beau-père. « Il s'appelle [[PERSONNE:Antoine Pellegrini]], il est né en {{Corse}}, à {{Bastia}}, en [[DATE_NAISSANCE:février 57]] ». Elle donne son numéro de sécu par erreur au lieu du num alloc : [[NIR:157022B03308887]]. L'agente : « non madame, ça c'est le numéro de sécu, je n'en ai pas besoin ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel à {{16h55}}, fermeture à {{17h}}. L'agent prend quand même. Jeune homme veut une aide pour le permis. Non, pas au {{CCAS}} → {{mission locale}}. Il s'appelle [[PERSONNE:Rayan]]. Dure {{3 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'appartement de Mme [[PERSONNE:Traoré]]... non ce n'est pas elle, c'est [[PERSONNE:Aminata Camara]], [[ADRESSE:40 avenue de Toulouse, 81100 Castres]]. Fuite d'eau sous l'évier. Intervention du bailleur ({{Tarn Habitat}}) demandée, n° de locataire [[IDENTIFIANT:0081-77512]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller {{3646}} : « je vous passe le service {{PUMa}} ». Attente de transfert {{4 min}}. Rien de perso.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une conseillère rappelle un demandeur pour une {{POE}}. « M. [[PERSONNE:Yilmaz]] ? » Il donne son nouveau tel : [[TELEPHONE:07.83.20.56.11]] et son mail [[EMAIL:mehmet.yilmaz82 at outlook.fr]]. RDV info collective {{jeudi 9h}}, agence {{Montauban}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel d'une maison de retraite ({{EHPAD Korian Les Tilleuls}}) qui envoie une résidente : « Mme [[PERSONNE:Bertrand]], [[DATE_NAISSANCE:1931]] ». L'{{IAO}} note {{10h40}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un homme pour la {{mutuelle communale}}. « C'est combien ? » → de {{19 €}} à {{85 €}} selon l'âge. Il demande un dossier par courrier, adresse : [[ADRESSE:1 impasse Mireille, 34400 Lunel]], nom [[PERSONNE:Serge Boyer]].",
    ),
]


NOTES_04 = [
    (
        "caf",
        "accueil_telephonique",
        "{{13h32}}. Attente annoncée par le serveur vocal : « plus de {{20 minutes}} ». Décroché à {{13h58}}. Appelant : [[PERSONNE:Mustapha Aït-Ouarab]]. Il s'énerve, il a déjà appelé {{4 fois}}. L'agente lui demande son n° : « [[N_ALLOCATAIRE:3 8 8]]... [[N_ALLOCATAIRE:1 5 0 9]] ». Relit « [[N_ALLOCATAIRE:3881509]] ». Son dossier {{RSA}} est suspendu faute de {{DTR}}. Elle la fait avec lui au tél, {{12 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur appelle pour sa sœur, sous tutelle depuis peu. L'agent : « son nom ? » — « [[PERSONNE:Micheline Cazals]], [[PERSONNE:C-A-Z-A-L-S]] ». Date de naissance : « le [[DATE_NAISSANCE:30 avril]]... [[DATE_NAISSANCE:1946]] ». Il dit qu'il n'a pas son adresse exacte, « c'est à {{Villefranche}}, près du marché ». L'agent ne peut pas trouver le dossier sans l'adresse. Rappel prévu demain {{9h30}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un Mr demande à voir « Mme [[PERSONNE:Sabatier]] » qui l'a reçu la dernière fois. L'agent d'accueil : « elle est en congé ». Il repart. Ticket {{A022}}, attente {{35 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Appel d'une femme enceinte de {{8 mois}} à {{Perpignan}}, gare. Elle donne son nom [[PERSONNE:Naïma Bouzid]], date de naissance [[DATE_NAISSANCE:28/11/1998]]. L'écoutante vérifie dans le {{SI SIAO}} : fiche n° [[IDENTIFIANT:SIAO66-2024-03571]]. Mise à l'abri au {{CHRS}} {{La Maison du Partage}} (pas d'adresse dite).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{Département}} pour une famille : famille [[PERSONNE:Mbemba]], {{5 enfants}}. Elle donne le numéro d'allocataire [[N_ALLOCATAIRE:6174022]] et le tél de la mère [[TELEPHONE:06 58 03 91 27]]. L'agent ne peut pas tout dire à un tiers mais confirme le versement du {{5}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« {{CCAS}} de {{Sète}} bonjour » — une dame : « c'est pour l'aide au transport, pour mon mari qui est aveugle ». Mari : [[PERSONNE:Giuseppe Bianchi]], [[DATE_NAISSANCE:1944]]. Carte {{CMI}} invalidité n° [[IDENTIFIANT:34-2018-117620]]. Agente envoie le formulaire par mail à la dame : [[EMAIL:bianchi.franca@wanadoo.fr]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Carcassonne}}. Une dame veut changer de médecin traitant. L'agente lit son NIR sur la carte : [[NIR:2 72 05 11 069 156 40]] et demande « vous êtes bien née en [[DATE_NAISSANCE:mai 72]] à {{Carcassonne}} ? » oui. Nouveau médecin : Dr [[PERSONNE:Ribes]]. Fait en {{5 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Je note le dialogue (vite) :\nA : vous appelez pour qui ?\nU : pour mon papa, il est à l'hôpital\nA : son nom\nU : [[PERSONNE:Amrani]]\nA : prénom\nU : [[PERSONNE:Abdellah]]\nA : né le ?\nU : en [[DATE_NAISSANCE:75]]... euh le... [[DATE_NAISSANCE:septembre 75]], le [[DATE_NAISSANCE:2]]\nA : je vois un NIR qui commence par [[NIR:1 75 09 99 350]]... il est né au {{Maroc}} ?\nU : oui, à {{Oujda}}\nL'agente me dit après qu'elle n'aurait pas dû lire le NIR.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{Cap emploi}}/{{France Travail}} à {{Pamiers}}. {{6 RDV}} ce matin. Je n'assiste qu'à un entretien, le conseiller me demande de ne rien noter de perso.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une dame de {{70 ans}}, veuve, qui veut la {{prime de Noël}}... non, c'est la {{Caf}}, l'agente lui explique. Puis « et l'{{aide de fin d'année}} du {{CCAS}} ? » → oui, {{80 €}}, sous conditions. Elle donne son nom [[PERSONNE:Simone Vergnes]] et son adresse [[ADRESSE:7 rue des Tourterelles, 31770 Colomiers]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Nîmes}}, {{Pissevin}}. Le contrôleur lit la plaque d'une voiture garée dans la cour pour un soupçon de vie maritale : [[IMMATRICULATION:7341 KZN]] (plaque espagnole). Le monsieur, [[PERSONNE:Jordi Puigvert]], dit qu'il est juste de passage 😅. Rapport à faire.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un kiné pour un patient : « je vous appelle pour M. [[PERSONNE:Lambert]], son NIR c'est [[NIR:1 99 07 81 004 119 60]] ». Le conseiller vérifie : né en [[DATE_NAISSANCE:juillet 99]] à {{Albi}}. OK, accord préalable reçu.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel sans données : un élu demande le nombre de dossiers {{FSL}} du mois → {{62}}. L'agente répond directement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un étudiant étranger (chinois) appelle pour l'{{APL}}. « Mon nom c'est [[PERSONNE:Zhang]]... [[PERSONNE:Zhang Wei]] ». Il épelle son mail : [[EMAIL:zhang.wei.tls@qq.com]]. Adresse résidence {{Crous}} : {{résidence Chapou}}, chambre {{208}}. Titre de séjour n° [[IDENTIFIANT:3102458197]]. {{9 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} {{Narbonne}}, {{10h}}-{{12h}}. {{11 passages}}. Demandes : {{CMU}}... non {{CSS}}, aide alimentaire, chèques services. Une femme avec une rose à la main (cadeau du marché), sourit à tout le monde 🌹.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien de suivi. Résident [[PERSONNE:Mamadou Baldé]], il montre sa nouvelle carte de séjour : n° [[IDENTIFIANT:3109952417]]. Il a trouvé un {{CDD}} chez {{Airbus}} (sous-traitant). Prochain RDV le {{18}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'usager donne son tél à l'envers ! « euh... six, zéro... non » l'agente : « reprenons » — « [[TELEPHONE:06 30 12 87 44]] ». Relecture : [[TELEPHONE:zéro six, trente, douze, quatre-vingt-sept, quarante-quatre]]. Nom [[PERSONNE:Florian Cadène]], de {{Colomiers}}, {{4 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'une maison à {{Figeac}} pour une aide à l'amélioration de l'habitat. Propriétaire Mme [[PERSONNE:Lacoste]] ({{82 ans}}). Chaudière fioul {{1987}}. Artisan conseillé : {{Chauffage Delpech}}. Elle montre son {{RIB}} : [[IBAN:FR76 2004 1625 7911 0762 6541 205]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h05}}-{{10h06}} : erreur, la dame voulait la {{CPAM}}. Réorientée vers le {{3646}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère reçoit un appel d'un employeur ({{Garage Ferreira Automobiles}}, {{Rodez}}) qui veut recruter. Le patron, M. [[PERSONNE:Ferreira]], demande un candidat précis : « le petit [[PERSONNE:Kévin Lagarde]], il est passé chez nous ». Elle ne donne pas les coordonnées du candidat.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un petit-fils appelle pour sa grand-mère ({{92 ans}}) qui a reçu un appel d'arnaqueurs. L'agente note : grand-mère [[PERSONNE:Odette Ginestet]], [[ADRESSE:3 rue du Barry, 12100 Millau]]. Le petit-fils : [[PERSONNE:Thibault]], [[TELEPHONE:06 27 45 80 13]]. Conseil : porter plainte au {{17}}... ou en ligne.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h}} du matin (j'ai fait la nuit). Un homme ivre, pas de papiers. Il dit s'appeler « [[PERSONNE:Jacky]] ». L'agent crée un dossier « X » avec {{IPP}} [[IDENTIFIANT:P00872310]]. Vigile présent.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame donne deux dates de naissance : la sienne ([[DATE_NAISSANCE:13/07/1988]]) et celle de son fils ([[DATE_NAISSANCE:13/07/2018]]) — même jour ! L'agent rigole. Nom : [[PERSONNE:Priscilla Jean-Louis]], originaire de {{Guadeloupe}}. N° alloc [[N_ALLOCATAIRE:2467819]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête sur une fraude aux {{IJ}}. Pas de visite finalement, l'agent consulte seulement le dossier au bureau ({{Montpellier}}). Il me parle du volume : {{300}} contrôles/an dans le département.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel pour un RDV {{domiciliation}}. Homme : « je suis [[PERSONNE:Vasile]], [[PERSONNE:Vasile Stanciu]] ». Il n'a ni adresse ni mail. Tél d'un ami : [[TELEPHONE:07 52 66 18 02]]. RDV {{lundi 14h}}, bureau {{3}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle des chambres ({{hygiène}}). {{12}} chambres vues en {{1h}}. Une souris dans la {{7}}. Pas de noms.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une mère appelle pour sa fille majeure ({{21 ans}}) en situation de handicap. « [[PERSONNE:Océane]], née le [[DATE_NAISSANCE:vingt et un mars deux mille trois]] ». L'agente la laisse parler, puis demande la procuration. Mère : [[PERSONNE:Corinne Rouanet]]. RDV tél fixé le {{12 juin à 11h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dialogue rapide :\n— {{CCAS}} {{Albi}} j'écoute\n— oui je voudrais la liste des {{EHPAD}}\n— je vous l'envoie, votre mail ?\n— [[EMAIL:p.andrieu81@gmail.com]]\n— vous êtes ?\n— [[PERSONNE:Pascal Andrieu]]\n{{1 min 40}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique. {{6}} participants. Chacun crée sa boîte mail. Un monsieur choisit [[EMAIL:alain.roux.emploi@gmail.com]]. La conseillère lui dit de l'écrire dans son carnet.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Ticket {{12}} appelé {{3 fois}}, personne. Le {{13}} est une dame avec une béquille. L'agente se lève pour l'aider. Pas d'échange de données devant moi.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un père isolé : « ma fille a un bébé, elle a {{17 ans}} ». L'agent : « on peut ouvrir un dossier à son nom » — fille : [[PERSONNE:Shaïna Baptiste]], bébé : [[PERSONNE:Kaïs]]. Adresse [[ADRESSE:16 rue de la Croix-Verte, 34500 Béziers]]. Père : [[TELEPHONE:06 19 34 77 52]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente (elle s'appelle [[PERSONNE:Rym]]) prend un appel de la gendarmerie de {{Lodève}} : une personne âgée retrouvée désorientée, M. [[PERSONNE:Cros Émile]]... pardon [[PERSONNE:Cros Émilien]], [[DATE_NAISSANCE:1939]], habite [[ADRESSE:chemin de la Trésorerie, 34700 Lodève]]. Elle cherche s'il a un dossier au {{CCAS}}. Oui, portage repas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un jeune appelle de la part de sa mère qui ne parle que {{turc}}. Il traduit. Mère : [[PERSONNE:Ayşe Kaya]]. Il lit le numéro sur le courrier : [[N_ALLOCATAIRE:1592038]]. Et pour le {{RIB}} : [[IBAN:FR7611315622726494940488745]]. L'agente : « non le {{RIB}} il faut le déposer en ligne ». {{8 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur depuis l'étranger (Espagne). Il a un tél espagnol : [[TELEPHONE:+34 612 48 93 07]]. Identifiant [[ID_FRANCE_TRAVAIL:5503318 M]]. Nom [[PERSONNE:Ignacio Ruiz]]. Question : maintien des droits à l'étranger ({{3 mois}}).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit un appel d'un monsieur dans sa voiture, parking {{Leclerc}} de {{Rodez}}. Il vit dedans depuis {{2 mois}}. Plaque [[IMMATRICULATION:812 ABX 34]] (ancienne). Nom [[PERSONNE:Didier]]. Pas de place ce soir, maraude prévenue.",
    ),
]


NOTES_05 = [
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{8h58}}, la plateforme ouvre à {{9h}}, l'agent décroche quand même. Une dame de {{Tarbes}} : « je vous appelle pour ma fille [[PERSONNE:Léa]], elle est en stage ». L'agent refuse poliment. Elle insiste, donne le NIR de sa fille : [[NIR:2 01 09 65 440 210 59]]. L'agent : « je n'utilise pas ce numéro madame ». {{7 min}} perdues.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Allô, c'est [[PERSONNE:Fernand]], [[PERSONNE:Fernand Soulié]] » — vieux monsieur qui appelle chaque semaine d'après l'agente. Il demande si sa livraison de repas arrive bien {{mardi}}. Oui. Il raconte sa partie de belote. {{8 min}}. L'agente : « c'est notre [[PERSONNE:Fernand]] » 😊",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une femme appelle pour sa sœur qui vient d'arriver des {{Comores}}. Sœur : [[PERSONNE:Mariama Saïd Ahmed]]... l'agente demande d'épeler : [[PERSONNE:S-A-I-D]], tiret ? non, espace, [[PERSONNE:A-H-M-E-D]]. Elle n'a pas encore de numéro allocataire. L'agente donne la liste des pièces et un délai : dossier complet avant le {{31}}. Tél de la sœur qui appelle : [[TELEPHONE:06 93 21 48 70]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Attente {{0 min}} (creux de {{12h30}}). Un homme demande les horaires de l'épicerie sociale : {{mardi et jeudi 14h-17h}}. Fin.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une maman arrive avec un enfant de {{4 ans}} qui a avalé une pièce. Passe en priorité. L'agent d'accueil : nom de l'enfant [[PERSONNE:Ibrahim Sow]], né le [[DATE_NAISSANCE:11 février 2020]]. Carte vitale de la mère : NIR [[NIR:2 91 01 30 189 078 54]]. Mère née à {{Nîmes}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour son propre dossier mais c'est sa fille qui parle en fond « dis-lui ton numéro papa ! ». Lui : « [[N_ALLOCATAIRE:deux millions]]... euh... » fille : « [[N_ALLOCATAIRE:2 315 604]] ». L'agente relit « [[N_ALLOCATAIRE:2315604]] ». Nom : [[PERSONNE:Serrano Manuel]]. Question sur la {{prime de rentrée}} → c'est l'{{ARS}}, versée en {{août}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une auxiliaire de vie appelle le {{CCAS}} depuis chez une bénéficiaire : Mme [[PERSONNE:Bousquet]] est tombée, les {{pompiers}} sont là. L'agente prévient la fille de la dame : [[TELEPHONE:06 40 77 95 21]] (elle lit la fiche, {{11h05}}). Bénéficiaire : [[PERSONNE:Marie-Thérèse Bousquet]], [[ADRESSE:12 avenue du Général Leclerc, 82000 Montauban]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller 3646, appel d'un homme né au {{Sénégal}} qui a un numéro provisoire. Le conseiller lit le NIR définitif à l'écran : [[NIR:1 79 12 99 341 061 88]] et le lui dicte. Nom [[PERSONNE:Ousmane Diallo]], [[DATE_NAISSANCE:décembre 1979]]. Carte vitale commandée.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Perpignan}}. Une file de {{25}} personnes à {{8h20}}. Affiche « RDV uniquement ». L'agent d'accueil passe dans la file pour trier. Je n'entends aucun nom.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel à {{11h11}} (!). Une dame demande pour sa voisine qui ne sait pas lire : « elle s'appelle [[PERSONNE:Fatoumata]], je sais pas son nom de famille ». L'agente ne peut rien faire sans la personne. Elle propose que la voisine vienne avec elle {{mercredi matin}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources, agriculteur retraité à {{Mende}} ({{Lozère}}, j'accompagne exceptionnellement hors Toulouse). Il montre un relevé {{MSA}} avec son num MSA [[N_ALLOCATAIRE:48 0219 734]]. Le contrôleur lit aussi l'IBAN [[IBAN:FR76 1313 5332 5760 6376 0144 602]]. Monsieur [[PERSONNE:Chaptal]], {{74 ans}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "— bonjour c'est pour l'inscription au {{registre canicule}}\n— pour vous ?\n— non pour mon oncle, [[PERSONNE:Ramón Ortega]]\n— adresse ?\n— [[ADRESSE:6 rue Émile Zola]], à {{Carcassonne}}\n— né le ?\n— [[DATE_NAISSANCE:36]]... [[DATE_NAISSANCE:1936]], je sais pas le jour\n— un téléphone ?\n— le mien : [[TELEPHONE:06 85 31 02 64]]\nInscrit en {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident vient me parler (il sait que je suis « observatrice »). Il me raconte son parcours : {{Syrie}}, {{Turquie}}, {{Grèce}}, {{Toulouse}}. Il ne donne pas son nom et je ne le demande pas.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "L'agente (« je m'appelle [[PERSONNE:Sandrine]], je vais vous aider ») reçoit un homme qui veut déclarer sa séparation. Il donne l'adresse de son ex : « [[ADRESSE:29 rue des Lilas]] à {{Blagnac}} » puis se corrige « non c'est chez moi ça, elle c'est [[ADRESSE:3 rue Pierre Cazeneuve, Toulouse]] ». Lui : [[PERSONNE:Nicolas Ferrand]], né le [[DATE_NAISSANCE:17/04/1984]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une aide au loyer, [[ADRESSE:14 rue de la République, 11100 Narbonne]], {{3e étage}} sans ascenseur. Mme [[PERSONNE:Azoulay]] montre sa quittance : réf locataire [[IDENTIFIANT:LOC-220381]]. Loyer {{520 €}}, {{APL}} {{210 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme très poli, sourd-muet, appelle par relais ({{Rogervoice}}). Ça prend du temps. Il donne son n° en écrit : [[N_ALLOCATAIRE:8801245]], son mail [[EMAIL:karim.saadi.lsf@gmail.com]]. Nom [[PERSONNE:Karim Saadi]]. Durée {{24 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune présente son titre de séjour pour l'inscription, la conseillère lit le n° [[IDENTIFIANT:3412087756]]. Il s'appelle [[PERSONNE:Abdoulaye]] et il est en {{CAP}} plomberie. Identifiant créé : [[ID_FRANCE_TRAVAIL:8126530 H]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour ses parents, tous les deux ({{83 ans}} et {{81 ans}}). « Papa c'est [[PERSONNE:Pierre]], maman [[PERSONNE:Rose]], [[PERSONNE:Fabre]] » — l'agente : « et les dates ? » — « papa [[DATE_NAISSANCE:1941]], maman [[DATE_NAISSANCE:1943]] ». Ils habitent [[ADRESSE:lotissement Les Chênes, 18, 32000 Auch]]. La fille : [[EMAIL:isabelle.fabre.32@orange.fr]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur demande un formulaire {{S3125}} (transport). Donné. {{1 min}}. Suivant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel du matin, l'agente me prévient : « celle-là elle appelle tous les jours ». Mme [[PERSONNE:Cabrol]] : « vous avez reçu mon papier ? » — « oui madame, depuis hier ». Raccroche. {{45 s}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un partenaire ({{Secours Populaire}}) au {{CHRS}} pour une famille : famille [[PERSONNE:Hasani]], {{4 enfants}}, albanaise. Ils dorment dans une voiture immatriculée [[IMMATRICULATION:AA 213 BC]] (albanaise). Place pas avant {{lundi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agent appelle un bailleur privé pour un impayé. « M. [[PERSONNE:Py]] ? » Oui. Locataire : Mme [[PERSONNE:Fonseca]]. Dette {{1 850 €}}. Le propriétaire accepte un plan. L'agent note le {{RIB}} du propriétaire pour le versement direct : [[IBAN:FR76 3000 3201 4994 6967 7595 985]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Petite dispute au bureau : deux agents pas d'accord sur le calcul d'une {{APL}} ({{186 €}} ou {{203 €}}). Ils appellent le {{N+1}}. Pas de données personnelles dans l'échange.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un transporteur sanitaire ({{taxi conventionné}}), l'agent relève la plaque du taxi : [[IMMATRICULATION:gb-061-cx]]. Chauffeur : [[PERSONNE:Laurent Bessière]]. Pas de patient à bord, {{10h40}}, rocade de {{Toulouse}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Écrivain public au {{CCAS}} ({{mardi}}). Il aide un monsieur à écrire à son bailleur. Le monsieur dicte son adresse : [[ADRESSE:Bât. 4, 2 rue Paul Lambert, 30000 Nîmes]]. Nom : [[PERSONNE:Mohamed Larbi]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une grand-mère appelle pour son petit-fils de {{19 ans}} qu'elle héberge. « Il est au travail, il m'a dit d'appeler ». Petit-fils : [[PERSONNE:Théo]]... l'agente : « nom ? » — « [[PERSONNE:Costes]], comme moi ». Né le [[DATE_NAISSANCE:3 août 2005]]. L'agente ouvre une pré-demande {{APL}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : une femme appelle pour savoir si son mari [[PERSONNE:Hamid]] est toujours aux urgences. La secrétaire demande le nom complet et la date de naissance : « [[PERSONNE:Hamid Cherif]], le [[DATE_NAISSANCE:14 juillet 1962]] ». Il est sorti à {{6h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« {{CCAS}} bonjour ! » — « oui... c'est... je m'appelle [[PERSONNE:Sylvain]]... j'ai pas mangé depuis deux jours ». L'agente donne les horaires des {{Restos du Cœur}} et du {{Secours Catholique}}. Elle lui propose de passer à {{14h}}. Appel {{5 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur appelle pour signaler qu'un candidat ne s'est pas présenté. Candidat : M. [[PERSONNE:Aubert]]. L'offre : n° {{176KTWR}}. La conseillère note. Pas d'autre donnée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame d'origine vietnamienne appelle pour sa mère. « Ma mère s'appelle [[PERSONNE:Pham Thi Hoa]], née en [[DATE_NAISSANCE:1950]] au {{Vietnam}} ». L'agente cherche : dossier [[N_ALLOCATAIRE:0517733]]. « Vous êtes sa fille ? » — « oui [[PERSONNE:Linh]] ». {{10 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une association de tutelle : Mme [[PERSONNE:Arnal]] de l'{{ATP 34}} pour un protégé, [[PERSONNE:Kevin Moreau]], né le [[DATE_NAISSANCE:1/1/1990]]. L'agente confirme le rendez-vous du {{10}} pour l'aide aux impayés d'énergie. Réf. {{EDF}} client [[IDENTIFIANT:AB-4419032]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'éducatrice dans les studios du {{CHRS}} à {{Nîmes}}. Tout va bien. {{6}} studios, {{1h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un père appelle pour la garde alternée : « mon ex touche tout ». L'agent explique le partage des {{AF}}. Enfants : [[PERSONNE:Yasmine]] ([[DATE_NAISSANCE:2012]]) et [[PERSONNE:Adam]] ([[DATE_NAISSANCE:2016]]). Le père : [[PERSONNE:Saïd Hamidi]]. Il donne son mail : [[EMAIL:said.hamidi@sfr.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un couple vient pour la {{carte solidarité}} transport ({{Tisséo}}). Ils ont {{65 ans}} et {{67 ans}}. L'agent remplit la demande : [[PERSONNE:Guy]] et [[PERSONNE:Martine Barthe]], [[ADRESSE:8 chemin de Tucaut, 31300 Toulouse]].",
    ),
]


NOTES_06 = [
    (
        "caf",
        "accueil_telephonique",
        "{{15h10}}. Monsieur [[PERSONNE:Moussa Koné]] appelle pour sa mère qui vit chez lui ({{ASPA}}/{{APL}}). L'agent : « l'adresse ? » — « [[ADRESSE:11]]... non [[ADRESSE:111 avenue de Lespinet]] ». L'agent : « [[ADRESSE:cent onze]] ? » — « oui [[ADRESSE:cent onze, Toulouse]] ». La mère : [[PERSONNE:Kadiatou Koné]]. Attente {{16 min}}, appel {{9 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un infirmier libéral appelle : patient M. [[PERSONNE:Vialle]], l'agent le trouve. Le patient a besoin d'un lit médicalisé. L'agent dit que c'est la {{Cpam}}, pas eux. Infirmier : [[PERSONNE:Romain]], cabinet de {{Limoux}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dame : « mon numéro c'est le [[N_ALLOCATAIRE:60]]... [[N_ALLOCATAIRE:6093]]... » — agente : « il en manque » — « [[N_ALLOCATAIRE:6093481]] ». Nom : [[PERSONNE:Vanessa Nogues]] avec ou sans accent ? « sans ». Date naiss : [[DATE_NAISSANCE:25.11.1987]]. Elle déclare son nouveau conjoint, [[PERSONNE:Julien Mas]]. L'agente : « il faut faire le changement en ligne », délai {{30 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident apprend qu'il a obtenu un logement {{Habitat du Gard}}, il est ému. L'éducateur ([[PERSONNE:Stéphane]]) me dit qu'il attend depuis {{3 ans}}. Le résident s'appelle [[PERSONNE:Joseph Mvondo]]. Nouvelle adresse : [[ADRESSE:18 rue Fontaine de Valdegour, 30900 Nîmes]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente m'explique : {{60 %}} des appels de la ligne seniors viennent des enfants, pas des personnes âgées elles-mêmes. Appel suivant : une fille pour sa mère ([[PERSONNE:Rolande Lafage]]), née en [[DATE_NAISSANCE:1938]]... l'agente : « [[DATE_NAISSANCE:trente-huit]] ? » — « oui ». Adresse [[ADRESSE:4 rue Saint-Vincent, 81000 Albi]]. Elle voudrait une place en résidence autonomie.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Castres}}, logement déclaré vacant. Le contrôleur note les plaques devant : [[IMMATRICULATION:FH-733-ZA]] et [[IMMATRICULATION:DQ 410 LM]]. Le locataire, M. [[PERSONNE:Bonnet]], dit que ce sont les voisins.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un homme se présente avec une convocation. L'agent lit le nom à voix haute pour la salle : « M. [[PERSONNE:Da Silva]] ! » — personne, puis un autre M. [[PERSONNE:Da Silva]] se lève (homonyme !). Confusion {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Bonjour, je suis [[PERSONNE:Nadia]] du {{CCAS}}, je vous rappelle pour votre demande de secours ». Le monsieur ne se souvient plus. Demande de secours de {{200 €}} accordée ({{commission du 12}}). Il donne son {{RIB}} : [[IBAN:FR76 1090 7179 0226 6635 8806 465]]. Nom vérifié : [[PERSONNE:Tahar Mansouri]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc derrière l'{{IAO}} : {{14}} patients, {{3}} en attente de lit. Les noms sont écrits au feutre, je ne les note pas. Temps moyen {{4h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La fille traduit pour sa mère ({{arabe}}). La mère donne sa date de naissance, la fille traduit : « le [[DATE_NAISSANCE:premier]]... [[DATE_NAISSANCE:premier janvier soixante-dix]] ». L'agente me dit : « beaucoup de {{premier janvier}}, c'est quand la date exacte n'est pas connue ». Nom [[PERSONNE:Kheira Boudjema]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Petit dialogue :\n« allô le {{CCAS}} ? c'est pour la {{navette}} du marché »\n« c'est le jeudi, il faut réserver la veille »\n« je m'appelle [[PERSONNE:Henriette Maurel]], j'habite [[ADRESSE:2 rue du Moulin]] »\n« à {{Balma}} ? »\n« oui »\nRéservé pour jeudi {{9h15}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un expatrié qui revient du {{Portugal}}. Il donne son NIR : [[NIR:186039913900591]], né à {{Porto}} le [[DATE_NAISSANCE:10 mars 1986]]. Nom : [[PERSONNE:Joaquim Ferreira da Costa]]. Réouverture des droits : {{3 mois}} de résidence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Forum emploi saisonnier ({{Cap d'Agde}}). {{200}} visiteurs attendus. Stand {{Club Med}}, stand {{McDonald's}}, stand {{Intermarché}}. Je reste au stand {{France Travail}} : questions sur l'{{ARE}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un homme appelle pour sa mère en {{EHPAD}} ({{EHPAD Les Cèdres}}, {{Lourdes}}). Mère : [[PERSONNE:Anna Kowalczyk]], née en {{Pologne}} le [[DATE_NAISSANCE:6 juin 1940]]. Dossier {{APL}} en {{EHPAD}} : n° [[N_ALLOCATAIRE:0418851]]. Lui : [[PERSONNE:Marek]], [[EMAIL:marek.kowalczyk65@yahoo.fr]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement insalubre signalé, avec le {{service hygiène}}. [[ADRESSE:9 rue des Trois Journées, 34000 Montpellier]]. Locataire : [[PERSONNE:Yacine Boukhari]] et sa famille. Moisissures partout, {{3 pièces}}. Propriétaire : M. [[PERSONNE:Granier]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La ligne grésille, l'agent fait répéter {{3 fois}} : « [[TELEPHONE:06]]... [[TELEPHONE:14]]... » « pardon ? » « [[TELEPHONE:zéro six quatorze cinquante-huit vingt-trois zéro un]] ». Relit : [[TELEPHONE:06 14 58 23 01]]. Nom : [[PERSONNE:Audrey Pélissier]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} 31 : un homme appelle pour réserver « la même place qu'hier » au {{centre Espace Social du Grand Ramier}}. L'écoutante : « votre nom ? » — « [[PERSONNE:Laurent]], [[PERSONNE:Laurent Mercier]] ». Place OK, arrivée avant {{20h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une dame qui se dit « de la mairie » mais en fait c'est une arnaque (elle veut des infos sur un bénéficiaire). L'agente raccroche. Elle me dit : « ça arrive {{une fois par mois}} ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "— C'est pour mon frère, il est en prison\n— ...\n— [[PERSONNE:Jonathan Gimenez]], [[DATE_NAISSANCE:2 janvier 95]]\nL'agente explique la suspension des prestations après {{60 jours}}. La sœur donne son tél : [[TELEPHONE:07 67 40 12 98]]. {{11h20}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame demande de l'aide pour remplir un dossier {{ASPA}}. L'agent recopie son NIR : [[NIR:2 60 12 2A 004 067 41]]. Elle est née à {{Ajaccio}} en [[DATE_NAISSANCE:décembre 1960]]. Nom [[PERSONNE:Marie-Dominique Santoni]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel d'un jeune couple. La femme : « c'est moi qui suis allocataire, [[PERSONNE:Anaïs Roca]] ». L'homme en fond : « donne-lui le nouveau {{RIB}} ». Elle dicte : [[IBAN:FR76 4255 9299 2938 8677 7481 842]]. Agente : « je ne peux pas le saisir, mais je note qu'il faut le déposer ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de {{9h40}}, une demandeuse qui a perdu son identifiant. Conseiller : « votre date de naissance ? » — « [[DATE_NAISSANCE:7 juillet 64]] » — « votre nom ? » — « [[PERSONNE:Brigitte Chabert]] ». Il retrouve : [[ID_FRANCE_TRAVAIL:1037284X]] et le lui dicte « [[ID_FRANCE_TRAVAIL:un zéro trois sept deux huit quatre X]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un médecin traitant (Dr [[PERSONNE:Ouedraogo]]) qui signale une patiente en perte d'autonomie : Mme [[PERSONNE:Labit]], [[ADRESSE:27 avenue de Rodez, 12200 Villefranche-de-Rouergue]]. L'agente ouvre une fiche de signalement à {{12h10}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{4 box}} ouverts sur {{6}}. Attente {{1h05}} (record de la journée). Clim en panne, {{31°C}} dans la salle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune femme arrive seule en taxi. Elle tend sa {{carte européenne}} (elle est {{belge}}) : [[IDENTIFIANT:BE 0471 552 890]]. Nom [[PERSONNE:Charlotte Vandenbroucke]]. L'agente ne connait pas ce format de carte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame ({{Perpignan}}) appelle pour sa mère qui reçoit du courrier au nom d'une autre personne. Mère : [[PERSONNE:Teresa Vidal]], [[ADRESSE:33 avenue du Maréchal Joffre, 66000 Perpignan]]. L'autre nom sur les lettres : [[PERSONNE:Vidal Teresa]]... non, [[PERSONNE:Vidal Tereza]] avec un Z. Probablement homonyme.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur donne son mail en épelant : « [[EMAIL:r-o-c-h-e point a-l-e-x-i-s arobase g-m-a-i-l point com]] ». Agente : « [[EMAIL:roche.alexis@gmail.com]] ? » Oui. Nom [[PERSONNE:Alexis Roche]], {{34 ans}}. Demande attestation de paiement.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution du courrier (domiciliation {{CHRS}}). {{18}} lettres. L'agent appelle les noms dans le couloir, je ne les note pas.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente prend un appel du {{CLIC}} qui transmet une demande : M. [[PERSONNE:Arnaud Jacques]] ({{89 ans}}), fille [[PERSONNE:Sophie Arnaud]] au [[TELEPHONE:06 81 27 40 53]]. Demande : aide ménagère {{4h}}/semaine.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr veut sa {{C2S}}. Il donne un avis d'imposition. L'agente me montre le simulateur : plafond {{10 166 €}}. Il est juste en dessous. Nom : [[PERSONNE:Norbert Galy]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Dialogue :\n— vous avez un numéro fiscal ?\n— c'est quoi ?\n— sur votre avis d'impôt\n— ah... [[IDENTIFIANT:31 04 522 871 403]]\n— merci. Et votre numéro allocataire ?\n— [[N_ALLOCATAIRE:3409115]]\nNom [[PERSONNE:Kamel Tounsi]]. {{7 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel {{16h30}}. Jeune mère : « je suis à la rue avec mon bébé ce soir ». L'agente transfère au {{115}} et reste en ligne. Prénom de la mère : [[PERSONNE:Jessica]]. Bébé [[PERSONNE:Nolan]], {{6 mois}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller montre à un demandeur une offre {{Airbus Helicopters}} ({{Marignane}}, trop loin). Le demandeur habite [[ADRESSE:5 rue des Lauriers, 31700 Blagnac]]. Identifiant : [[ID_FRANCE_TRAVAIL:2910587 G]]. Nom [[PERSONNE:Thomas Nguyen-Duc]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une femme appelle pour signaler le décès de son mari, allocataire. L'agente très douce. Mari : [[PERSONNE:Bernard Sicard]], [[DATE_NAISSANCE:1958]]. Dossier [[N_ALLOCATAIRE:2871140]]. Elle a la voix qui tremble. {{14 min}}.",
    ),
]


NOTES_07 = [
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h47}}. Un fils, pour sa mère âgée qui perçoit l'{{APL}} : « maman c'est [[PERSONNE:Josette]]... [[PERSONNE:Josette Cabanis]], numéro [[N_ALLOCATAIRE:2154873]] ». Il veut signaler son entrée en {{EHPAD}} le {{1er}}. L'agente : « il faudra le contrat de séjour ». Il donne son propre tél : [[TELEPHONE:06 11 52 38 74]] et son mail [[EMAIL:cabanis.jerome@orange.fr]]. Lui : [[PERSONNE:Jérôme]]. Appel {{9 min}}, attente {{13 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Dialogue (haut-parleur) :\n— [[PERSONNE:Mathilde]], {{CCAS}} de {{Rodez}}, bonjour\n— bonjour madame c'est pour ma belle-mère, elle va sortir de l'hôpital vendredi\n— son nom ?\n— [[PERSONNE:Bouissou]], [[PERSONNE:Germaine]]\n— elle est née quand ?\n— [[DATE_NAISSANCE:trente-deux]]... non [[DATE_NAISSANCE:trente-trois]]. [[DATE_NAISSANCE:15 mai 33]]\n— et son adresse ?\n— [[ADRESSE:La Borie Haute, 12850 Onet-le-Château]]\nPortage de repas à partir du {{lundi 7}}. {{12 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle depuis sa voiture (kit mains libres, bruit de route). Il donne sa plaque par erreur quand l'agent demande le numéro allocataire : « [[IMMATRICULATION:FK 220 RS]]... ah non pardon c'est ma plaque ». Rires. Appel {{5 min}}. Vrai n° : [[N_ALLOCATAIRE:4025836]]. Nom [[PERSONNE:Cédric Marty]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{14h}}-{{14h30}} : {{6}} appels, tous pour le {{colis de Noël}} des plus de {{70 ans}}. L'agente répète la même chose : inscription en mairie avant le {{15 novembre}}. Aucun nom noté.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un père appelle, sa fille de {{15 ans}} est arrivée par les pompiers. Il donne le nom : « [[PERSONNE:Inaya Benyahia]] » et sa date de naissance « le [[DATE_NAISSANCE:4]]... le [[DATE_NAISSANCE:14 avril 2009]] » — corrige. La secrétaire confirme qu'elle est en box {{5}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une jeune (étudiante à {{Toulouse}}) qui a un numéro allocataire des parents. L'agent explique qu'elle doit créer son propre dossier. Elle donne son mail : [[EMAIL:camille_delpech@hotmail.com]] et sa date de naissance [[DATE_NAISSANCE:2004-02-11]]. Nom [[PERSONNE:Camille Delpech]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour son mari, ancien ouvrier de {{Decazeville}}, qui ne peut plus monter les escaliers. « Il s'appelle [[PERSONNE:Antonio]]... [[PERSONNE:Antonio Martins]] » ; elle dicte l'adresse « [[ADRESSE:12 cité du Bassin]] à {{Decazeville}} ». Tél fixe : [[TELEPHONE:05 65 43 88 10]]. Aide : monte-escalier → {{ANAH}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune homme de {{30 ans}} demande l'ouverture de droits après un {{CDD}}. L'agent lit le NIR de sa carte : [[NIR:1 94 08 82 121 027 77]]. Né à {{Montauban}} en [[DATE_NAISSANCE:août 94]]. Nom [[PERSONNE:Florent Garrigues]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "La dame appelle pour son père qui est aux {{Comores}} depuis {{4 mois}}. L'agente explique la condition de résidence ({{6 mois}} + {{1 jour}}). Père : [[PERSONNE:Ali Mohamed Soilihi]], NIR lu sur l'attestation : [[NIR:1 90 05 99 397 017 32]]. La fille [[PERSONNE:Zaïnaba]] : « il a {{34 ans}} mais il est malade ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile d'une famille sortie du {{CHRS}} ({{suivi post-hébergement}}). [[ADRESSE:23 rue Goya, 66100 Perpignan]]. Famille [[PERSONNE:Rami]]. Facture {{EDF}} n° [[IDENTIFIANT:1007 4512 896]] impayée.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un homme de {{Montpellier}} appelle pour une aide au permis de son fils ({{18 ans}}). Non, pas d'aide {{CCAS}}. L'agent propose la {{Mission locale}}. Pas de nom échangé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "— alors c'est [[PERSONNE:Benhamou]], [[PERSONNE:B-E-N-H-A-M-O-U]]\n— prénom ?\n— [[PERSONNE:Elie]], [[PERSONNE:E-L-I-E]]\n— votre numéro ?\n— [[N_ALLOCATAIRE:0 7 7 1 2 4 9]]\n— je relis : [[N_ALLOCATAIRE:0771249]]\nQuestion sur la {{prime d'activité}} de {{247,90 €}}. Fin {{11h03}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence juridique gratuite le {{jeudi}}. {{5 RDV}}. L'avocate, Me [[PERSONNE:Carayon]], reçoit dans le petit bureau.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un neveu pour sa tante à {{Foix}}. Tante : [[PERSONNE:Yvonne Pujol]], [[ADRESSE:4 rue des Chapeliers, 09000 Foix]], {{95 ans}}. Neveu : [[PERSONNE:Patrick]], il dicte son mail : [[EMAIL:patrick.pujol09 [arobase] gmail [point] com]]. Demande : {{téléassistance}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une maman donne son {{RIB}} au guichet sur papier, l'agent le scanne et lit l'IBAN à voix haute pour vérifier : [[IBAN:FR76 1660 7793 1646 9436 6724 405]]. Nom : [[PERSONNE:Audrey Lambert]]. Guichet {{4}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{10h}} : panne du logiciel. L'agente prend les appels sur papier. Trois appels en {{20 min}}, elle note « rappeler » sans nom (la personne rappellera).",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur qui a eu un accident avec sa voiture de fonction en période d'essai. Il donne la plaque pour l'attestation : [[IMMATRICULATION:FM-506-JE]]. Identifiant [[ID_FRANCE_TRAVAIL:6019874 N]]. Nom [[PERSONNE:Sofiane Meziane]]. Appel {{6 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel de {{8 min}}, une maman demande la date du prochain versement. L'agente : le {{5}}, comme toujours. Elle raccroche sans donner de nom.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« Je voudrais faire une demande d'{{aide à la cantine}} pour mes jumeaux » — jumeaux [[PERSONNE:Elio]] et [[PERSONNE:Nina Marquès]], nés le [[DATE_NAISSANCE:5 octobre 2016]]. Mère : [[PERSONNE:Céline Marquès]]. Tarif {{0,80 €}} au lieu de {{3,40 €}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame appelle, elle a changé de banque. Le conseiller : « donnez-moi votre IBAN » — « [[IBAN:FR76 3000 4883 8248 3240 9077 959]] ». Il relit les {{4 derniers}} chiffres « [[IBAN:7959]] ». Nom [[PERSONNE:Lina Haddou]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Béziers}}. Le contrôleur ([[PERSONNE:Olivier]]) me dit qu'il fait {{4 contrôles}} par jour. Ici, rien d'anormal. Il remplit son rapport dans la voiture.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur s'inscrit pour le {{repas des seniors}}. Il épelle son nom : « [[PERSONNE:R-A-K-O-T-O]]... [[PERSONNE:Rakoto]], [[PERSONNE:Jean-Aimé]] ». Il vient avec sa femme, [[PERSONNE:Hanta]]. Table {{12}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un homme sort du {{CHRS}} avec ses affaires dans un sac {{Decathlon}}. Il a trouvé un studio. L'équipe applaudit. {{7 mois}} de prise en charge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel long ({{31 min}}), calcul d'un rappel de {{RSA}}. L'usager ([[PERSONNE:Stéphane Roux]]) donne ses revenus de {{3 mois}} : {{612 €}}, {{580 €}}, {{0 €}}. Relevé bancaire lu : compte [[IBAN:20041 86288 47498651737 26]] (il donne le {{RIB}}, pas l'IBAN).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation au domicile pour une aide facultative. Famille [[PERSONNE:Yildiz]] : [[ADRESSE:3 rue Jean Moulin, 31200 Toulouse]]. Voiture dans le jardin, plaque [[IMMATRICULATION:ET-952-VB]], en panne depuis {{un an}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un enfant de {{7 ans}} pleure, il a un bracelet au nom de [[PERSONNE:Milo Sauvage]]. L'agent s'assure qu'il est avec sa maman.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "— c'est l'appel pour le {{FSL}} eau\n— votre nom ?\n— Mme [[PERSONNE:Kessler]]... enfin [[PERSONNE:Kessler]] c'est mon nom de jeune fille, [[PERSONNE:Kessler-Vidal]] maintenant\n— la réf de votre facture ?\n— [[IDENTIFIANT:F2024-118302]]\nDossier transmis. Délai {{2 mois}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur de {{Nîmes}} qui parle lentement donne son tél : « [[TELEPHONE:zéro quatre]] » — « oui » — « [[TELEPHONE:soixante-six, vingt-trois]] » — « oui » — « [[TELEPHONE:dix-sept, zéro huit]] ». L'agente : « [[TELEPHONE:04 66 23 17 08]] ». Nom [[PERSONNE:Marcel Teissier]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un conseiller explique le {{contrat d'engagement jeune}} ({{CEJ}}) à un jeune de {{Lunel}}. Allocation jusqu'à {{528 €}}. Le jeune ne donne pas son nom devant moi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une fille qui habite à {{Lyon}} pour sa mère à {{Montauban}}. Mère : [[PERSONNE:Christiane Bories]], [[ADRESSE:9 rue de la Comédie, 82000 Montauban]], née le [[DATE_NAISSANCE:22 juillet 1941]]. Fille : [[TELEPHONE:06 52 78 39 11]]. Elle veut savoir si sa mère a droit à l'{{APA}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt maladie à {{Lourdes}}. Assuré présent, très coopératif. Pas de nom noté (je n'étais pas dans la pièce).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit un appel d'un couple avec un chien (berger allemand, {{Rex}}). Pas d'accueil chiens. Ils refusent de s'en séparer. Prénoms : [[PERSONNE:Kevin]] et [[PERSONNE:Cindy]]. Maraude {{23h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle, la voix cassée : « [[PERSONNE:Francine Rouquié]] ». Son fils de {{20 ans}} vit avec elle, il travaille. L'agente : « on doit compter ses revenus ». Elle n'est pas contente. Num [[N_ALLOCATAIRE:5260148]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un agent de la {{Caf}} (partenaire) pour une famille commune. L'agent {{Caf}} ([[PERSONNE:Hervé Lacaze]]) donne le n° allocataire [[N_ALLOCATAIRE:3319074]] et le nom [[PERSONNE:Dembélé]]. RDV conjoint le {{18 à 10h}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Fin de journée, {{17h}}. L'agente fait le bilan : {{43 appels}}, {{6}} dossiers ouverts. Elle dit que le plus dur, c'est les appels des enfants pour les parents âgés « qui ne savent pas tout ». 📞",
    ),
]
NOTES = NOTES_01 + NOTES_02 + NOTES_03 + NOTES_04 + NOTES_05 + NOTES_06 + NOTES_07


if __name__ == "__main__":
    main()
