"""Independent evaluation corpus n° 10 for the anonymiser (stdlib only, deterministic).

Every note below was typed by hand, one situation per note. Inline marks:
``[[CODE:value]]`` is a span to mask (codes in ``CODES``), ``{{value}}`` is a string to keep.
The script strips the marks, computes the offsets, numbers the notes ind10-001… in authoring
order, splits them half/half (seeded, stratified by site kind x channel, then balanced by
swaps inside each stratum) and writes ``dev.jsonl`` and ``holdout.jsonl`` next to itself.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind10"
SEED = 100_2024

CODES = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TLP, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"


def parse(raw: str, where: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, its entities and its keep list."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            code, value = m.group(1), m.group(2)
            if code not in CODES:
                raise ValueError(f"{where}: unknown code {code!r}")
            if value != value.strip() or "{{" in value or "[[" in value:
                raise ValueError(f"{where}: bad span value {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        else:
            value = m.group(3)
            if value != value.strip() or "[[" in value:
                raise ValueError(f"{where}: bad keep value {value!r}")
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"{where}: stray {token!r} left in the text")
    for ent in entities:
        if text[ent["start"] : ent["end"]] == "":
            raise ValueError(f"{where}: empty span")
    return text, entities, keep


def build() -> list[dict]:
    notes = []
    for number, (site, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{PREFIX}-{number:03d}"
        text, entities, keep = parse(raw, note_id)
        notes.append(
            {
                "id": note_id,
                "site_kind": site,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def imbalance(notes: list[dict], dev: set[str]) -> float:
    """How unevenly labels and notes without entities fall between the two halves."""
    diff, total = Counter(), Counter()
    none_cell = Counter()
    for note in notes:
        sign = 1 if note["id"] in dev else -1
        labels = Counter(e["label"] for e in note["entities"])
        for label, count in labels.items():
            diff[label] += sign * count
            total[label] += count
            diff["notes with " + label] += sign
            total["notes with " + label] += 1
        if not note["entities"]:
            diff["none"] += sign
            total["none"] += 1
            none_cell[(note["site_kind"], note["channel"])] += sign
    score = sum(diff[key] ** 2 / total[key] for key in total)
    score += 4 * diff["none"] ** 2 + sum(v**2 for v in none_cell.values())
    return score


def odd_extras(odd_cells: list[tuple[str, str]], rng: random.Random) -> set[tuple[str, str]]:
    """Choose (seeded) which strata of odd size give their extra note to dev, so that dev and
    holdout end up with the same number of notes per site kind and per channel (or within 1)."""
    valid = []
    for mask in range(2 ** len(odd_cells)):
        chosen = {cell for i, cell in enumerate(odd_cells) if mask >> i & 1}
        balance = Counter()
        for cell in odd_cells:
            sign = 1 if cell in chosen else -1
            balance["site " + cell[0]] += sign
            balance["channel " + cell[1]] += sign
        if len(chosen) * 2 == len(odd_cells) and all(abs(v) <= 1 for v in balance.values()):
            valid.append(chosen)
    return rng.choice(valid)


def split(notes: list[dict]) -> set[str]:
    """Seeded random half/half split inside each (site kind, channel) stratum, then
    deterministic swaps inside the strata while they make the halves more even."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    extra = odd_extras(sorted(c for c in cells if len(cells[c]) % 2), rng)
    dev: set[str] = set()
    for cell in sorted(cells):
        ids = list(cells[cell])
        rng.shuffle(ids)
        dev.update(ids[: len(ids) // 2 + (cell in extra)])
    best = imbalance(notes, dev)
    improved = True
    while improved:
        improved = False
        for cell in sorted(cells):
            for a in sorted(i for i in cells[cell] if i in dev):
                for b in sorted(i for i in cells[cell] if i not in dev):
                    if a not in dev or b in dev:
                        continue
                    trial = (dev - {a}) | {b}
                    score = imbalance(notes, trial)
                    if score < best - 1e-9:
                        dev, best, improved = trial, score, True
    return dev


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(note, ensure_ascii=False) for note in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    notes = build()
    dev = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] not in dev])
    without = [n["id"] for n in notes if not n["entities"]]
    print(f"{len(notes)} notes, {len(dev)} in dev, {len(notes) - len(dev)} in holdout")
    print(f"{len(without)} without any entity")


NOTES = [
    # ---------------------------------------------------------------- caf
    (
        CAF,
        PHY,
        "9h12 l'agente ([[P:Sabrina]]) ouvre le dossier, je recopie l'écran vite fait :\n"
        "NOM : [[P:BENHAMOU]]   PRENOM : [[P:Yasmine]]\n"
        "N° ALLOC : [[ALLOC:3124587]]\n"
        "DDN : [[DN:14/02/1991]]\n"
        "ADR : [[ADR:27 RUE DE LA MARBAUDAIS APP 412 35700 RENNES]]\n"
        "SIT FAM : isolée, 2 enf.\n"
        "DROITS OUVERTS : {{RSA}} / {{ASF}} / {{APL}}\n"
        "QF : {{498}}\n"
        "elle vient déclarer le départ du conjoint, l'agente dit que l'{{ASF}} sera recalculée",
    ),
    (
        CAF,
        PHY,
        "Arrivée {{8h25}}, déjà une quinzaine de personnes dehors avant l'ouverture de {{8h30}}. "
        "Ticket {{A031}} pour moi (pour voir). La borne tactile est en panne, l'agent d'accueil "
        "distribue les tickets à la main. Attente affichée : {{45 min}}. Beaucoup viennent pour la "
        "{{prime d'activité}} et la déclaration trimestrielle {{RSA}}. Une dame pleure parce que son "
        "{{APL}} est suspendue depuis {{mars}}.",
    ),
    (
        CAF,
        PHY,
        "Courrier que le monsieur sort de sa poche, pliée en 8. En-tête : {{Caf de Loire-Atlantique}} - "
        "{{22 rue de Malville}} - {{44937 Nantes cedex 9}}.\n"
        "« Monsieur [[P:Olivier Tessier]], suite à l'examen de votre dossier nous avons constaté un "
        "trop-perçu de {{1 284,37 €}} au titre de l'{{aide personnalisée au logement}} pour la période "
        "de {{juin 2023}} à {{novembre 2023}}. »\n"
        "Réf allocataire en haut à droite : [[ALLOC:0872145]].\n"
        "Il ne connaissait pas le mot indu. L'agent lui propose un plan de remboursement : "
        "retenue de {{57 €}} par mois. Il signe sans lire.",
    ),
    (
        CAF,
        PHY,
        "Composition du foyer à l'écran (onglet Foyer), l'agent vérifie avec la dame :\n"
        "RESP. DOSSIER  [[P:KONATE Mariam]]  née le [[DN:03/09/1985]]\n"
        "CONJOINT  —\n"
        "ENF 1  [[P:KONATE Ibrahim]]  [[DN:11/01/2010]]\n"
        "ENF 2  [[P:KONATE Awa]]  [[DN:27/06/2014]]\n"
        "ENF 3  [[P:TRAORE Moussa]]  [[DN:02/12/2019]]  (nom du père)\n"
        "Elle vient parce que l'{{ARS}} n'a été versée que pour un enfant en {{août}}. "
        "Erreur de scolarité pour le grand, l'agent corrige, versement sous {{10 jours}}.",
    ),
    (
        CAF,
        PHY,
        "— Vous avez votre numéro d'allocataire ?\n"
        "— Non j'ai que ma carte vitale\n"
        "— Pas grave. Votre nom ?\n"
        "— [[P:Ferreira]]. [[P:F-E-R-R-E-I-R-A]]. [[P:Ana Paula]]\n"
        "— Date de naissance ?\n"
        "— Le [[DN:8 avril 77]]\n"
        "L'agente ({{guichet 3}}) retrouve le dossier en 10 secondes. Mme [[P:Ferreira]] vient pour "
        "sa {{prime d'activité}} refusée : elle a fait un CDD chez {{Leclerc Drive}} cet été et ses "
        "revenus du trimestre ont dépassé le plafond.",
    ),
    (
        CAF,
        PHY,
        "Bulletin de paie présenté pour la PA (elle n'a pas internet), je recopie le haut :\n"
        "{{ONET PROPRETE}} - agence {{Lille Métropole}}\n"
        "Salarié : Mme [[P:DELCOURT Sandrine]]\n"
        "Matricule : [[ID:004578]]   N° SS : [[NIR:2 75 03 38 185 226 44]]\n"
        "Emploi : agent de service - coeff. 150\n"
        "Période du {{01/10/2024}} au {{31/10/2024}}   Heures : {{86,67}}\n"
        "Net à payer avant impôt : {{1 048,12 €}}\n"
        "L'agent saisit dans le simulateur. Elle a 3 employeurs en tout ({{Onet}}, {{Atalian}} et "
        "un particulier payé en {{CESU}}), il faut tout additionner.",
    ),
    (
        CAF,
        PHY,
        "Discussion avec la responsable d'accueil pendant la pause : {{38 000 allocataires}} sur le "
        "secteur, {{4 agents}} au front le matin. Accueil sans rdv le {{lundi}} et le {{jeudi}}, "
        "sur rdv les autres jours. Le {{3230}} sature dès {{9h}} donc les gens viennent en vrai. "
        "Elle dit que le plus dur c'est l'après-{{1er du mois}} quand les paiements tombent pas.",
    ),
    (
        CAF,
        PHY,
        "Quittance de loyer apportée pour l'{{APL}} (le bailleur ne fait pas la déclaration lui-même) :\n"
        "Bailleur : M. [[P:Gérard Lemaitre]], [[ADR:8 allée des Tilleuls 59650 Villeneuve-d'Ascq]]\n"
        "Locataire : M. [[P:DIALLO Abdoulaye]]\n"
        "Logement : [[ADR:14 rue Pierre Legrand, 3e étage gauche, 59800 Lille]]\n"
        "Loyer {{480,00 €}} + charges {{35,00 €}} = {{515,00 €}}\n"
        "Période : {{septembre 2024}} - payé le {{05/09/2024}}\n"
        "L'agente : une quittance sans signature ça vaut rien, il faut la faire signer. "
        "M. [[P:Diallo]] soupire, le proprio habite pas à côté.",
    ),
    (
        CAF,
        PHY,
        "Elle veut que la Caf lui écrive par mail plutôt que par courrier (boîte aux lettres cassée). "
        "L'agent met à jour : [[MAIL:lea.morvan29@gmail.com]] + portable [[TEL:06 72 18 44 09]]. "
        "Il lui montre l'appli {{Caf - Mon Compte}} sur la tablette, elle avait perdu le mot de passe, "
        "réinitialisation faite sur place en {{6 min}}. Elle donne aussi son nouveau RIB, l'agent le "
        "scanne : [[IBAN:FR76 1600 6350 2100 0892 1457 093]].",
    ),
    (
        CAF,
        PHY,
        "mr tres enervé ds la file, crie ke sa femme a pas touché le {{rsa}} depuis 2 mois. "
        "l'agent secu s'approche. l'agente [[P:Karima]] le prend a part ds le {{box 2}}. dossier au "
        "nom de madame [[P:Gomes]], num [[ALLOC:2214907]] : en fait DTR pas faite depuis {{aout}}. "
        "{{10 min}} pr tout refaire. il repart calme. moi jsuis lessivée et il est que {{10h}}",
    ),
    (
        CAF,
        PHY,
        "Étudiante en L1, {{19 ans}}, demande d'{{APL}} pour sa chambre à la résidence {{Crous Patton}}. "
        "L'agent a besoin de son numéro INE, elle le lit sur l'appli de la fac : [[ID:2309451876F]]. "
        "Loyer {{256,40 €}} charges comprises. Simulation : {{98 €}} d'aide par mois. "
        "Elle demande si ses parents vont perdre les allocs, l'agent dit non pour les {{AF}} "
        "tant qu'elle a moins de {{20 ans}}.",
    ),
    (
        CAF,
        PHY,
        "Monsieur d'origine afghane, son cousin [[P:Habib]] traduit. Titre de séjour posé sur le "
        "scanner, je lis : n° [[ID:7503184926]], valable jusqu'au {{12/08/2026}}, nom [[P:AHMADZAI]], "
        "prénom [[P:Rahmatullah]], né le [[DN:01/01/1994]] (l'agent me dit qu'énormément de dossiers "
        "afghans ont le 1er janvier). Statut réfugié donc {{RSA}} possible sans la condition des "
        "{{5 ans}}. Dossier commencé, il manque l'attestation {{OFPRA}}.",
    ),
    (
        CAF,
        PHY,
        "Affiche au mur : « Faites votre demande de {{prime d'activité}} sur {{caf.fr}} en "
        "{{10 minutes}} ». Juste en dessous, une file de {{20 personnes}}. L'agent me dit que les "
        "postes en libre-service servent surtout à imprimer des {{attestations de paiement}} et des "
        "attestations de {{quotient familial}} pour la cantine et le centre de loisirs.",
    ),
    (
        CAF,
        PHY,
        "Convocation sortie de son sac :\n"
        "« Madame [[P:NGUYEN Thi Lan]], vous êtes attendue le {{mardi 19 novembre}} à {{14h20}} à "
        "l'accueil de la Caf, {{cours des Alliés}}, {{35000 Rennes}}, pour un entretien avec un "
        "travailleur social. Merci de vous munir de : pièce d'identité, {{3 derniers bulletins de salaire}}, "
        "{{avis d'imposition 2024}}. »\n"
        "N° allocataire en bas : [[ALLOC:1457820]]. Elle s'est trompée de semaine, elle est venue "
        "le {{12}}. L'agente la rassure, le rdv tient toujours.",
    ),
    (
        CAF,
        TLP,
        "Plateforme tel, double casque. 1er appel {{8h31}}. Une dame appelle pour son {{RSA}}, donne "
        "son num alloc de tête : [[ALLOC:0659 318]]. Le conseiller vérifie l'identité : « vous me "
        "confirmez votre date de naissance ? » — « [[DN:vingt-trois juillet soixante-dix-neuf]] ». "
        "OK. Droits suspendus pour {{DTR}} non faite, il la fait avec elle au tel, {{12 min}}.",
    ),
    (
        CAF,
        TLP,
        "Bandeau au mur de la plateforme :\n"
        "APPELS EN ATTENTE {{37}}\n"
        "TEMPS MOYEN D'ATTENTE {{22:14}}\n"
        "TAUX DE DECROCHE {{61 %}}\n"
        "Ça passe en rouge au-dessus de {{30}} en attente. Objectif de {{7 min}} de durée moyenne "
        "de traitement par appel. Personne ne regarde le bandeau à part moi.",
    ),
    (
        CAF,
        TLP,
        "Appelant : monsieur [[P:Hamidou]] (prénom ou nom ? le conseiller a pas compris non plus). "
        "Veut changer son numéro : ancien [[TEL:06 51 28 90 17]], nouveau [[TEL:07 68 42 15 03]]. "
        "Pas de modif sans vérif : num alloc ([[ALLOC:2781406]]) + montant du dernier versement "
        "({{312,55 €}}). Validé.",
    ),
    (
        CAF,
        TLP,
        "Changement de RIB par téléphone : impossible (procédure anti-fraude), le conseiller le "
        "répète 3 fois. La dame dicte quand même son nouvel IBAN, je note par réflexe : "
        "[[IBAN:FR76 1380 7008 1232 1214 7896 317]]. Il faut passer par {{Mon Compte}} ou venir avec "
        "un RIB papier à l'accueil. Elle vient de passer à la {{Banque Populaire}}, son ancienne "
        "banque a fermé le compte.",
    ),
    (
        CAF,
        TLP,
        "appel numéro 6 virgule une grand-mère qui élève sa petite-fille point elle s'appelle "
        "[[P:Josiane Le Bihan]] point la petite c'est [[P:Maëlys]] née le [[DN:deux mai deux mille seize]] "
        "point elle veut savoir si elle peut toucher l'{{ASF}} point réponse du conseiller oui si "
        "elle a la charge effective et permanente point à la ligne il lui envoie le formulaire",
    ),
    (
        CAF,
        TLP,
        "Le monsieur veut recevoir son {{attestation de paiement}} par mail. Il épelle : "
        "« [[MAIL:karim point bouzid arobase free point fr]] ». Le conseiller explique qu'on n'envoie "
        "pas de documents par mail, il faut la télécharger sur {{caf.fr}}. Il raccroche au nez. "
        "Suivant.",
    ),
    (
        CAF,
        TLP,
        "Appel d'une propriétaire, Mme [[P:Rousseau]], qui touche l'{{APL}} en tiers payant pour son "
        "locataire M. [[P:Da Silva]]. Elle signale 3 mois d'impayés. Logement : "
        "[[ADR:5 impasse des Coquelicots, 37100 Tours]]. Le conseiller ouvre une procédure d'impayé "
        "et donne le délai : {{2 mois}} pour mettre en place un plan d'apurement. Elle trouve ça long, "
        "elle a un crédit sur l'appart.",
    ),
    (
        CAF,
        TLP,
        "Pause {{10h45}}. Les conseillers sont en {{télétravail}} 2 jours par semaine. Les droits "
        "sont dans {{Cristal}}, les pièces scannées dans {{Nims}} (je crois). Ils jonglent entre 4 "
        "fenêtres. Reprise {{11h}}.",
    ),
    (
        CAF,
        TLP,
        "APPEL TRES TENDU. LE MONSIEUR HURLE « VOUS M'AVEZ VOLE {{800 EUROS}} ». RETENUE SUR UN INDU. "
        "IL DONNE SON NUMERO ALLOC [[ALLOC:1193574]] ET SON NOM [[P:MARTINEZ JOSE]]. LA CONSEILLERE "
        "RESTE CALME, {{12 MIN}} D'APPEL. APRES ELLE ME DIT : ON EN A 5 PAR JOUR COMME CA.",
    ),
    (
        CAF,
        TLP,
        "Déménagement déclaré par tel. Nouvelle adresse [[ADR:3 bis rue du Calvaire, 29410 Pleyber-Christ]], "
        "ancienne [[ADR:12 résidence Ker Anna, Morlaix]]. Elle laisse aussi le fixe de sa mère au cas "
        "où : [[TEL:02 98 78 41 63]]. Le conseiller prévient que l'{{APL}} s'arrête et qu'il faut une "
        "nouvelle demande pour le nouveau logement ({{Finistère Habitat}}).",
    ),
    (
        CAF,
        TLP,
        "Chaque appel commence pareil : « Caf du Nord bonjour, [[P:Thomas]] à votre écoute ». Il me dit "
        "qu'ils ne donnent que le prénom, jamais le nom, et que certains collègues prennent un prénom "
        "d'emprunt après des menaces.",
    ),
    (
        CAF,
        TLP,
        "La dame ne trouve pas son n° allocataire, elle lit sa carte vitale : "
        "« [[NIR:2 88 07 31 555 264 65]] ». Le conseiller retrouve le dossier avec : "
        "[[P:Amandine Roux]], 2 enfants, {{PAJE}} + {{CMG}} pour l'assistante maternelle. "
        "Question : combien elle touchera si elle passe à {{80 %}}. Il fait une simulation.",
    ),
    (
        CAF,
        TLP,
        "{{9 appels}} en 1 heure. 4 sur la {{prime d'activité}}, 2 {{RSA}}, 1 {{AAH}}, 2 qui se sont "
        "trompés de numéro (cherchaient la {{CPAM}}). Le conseiller leur donne le {{3646}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle sur place avec [[P:Philippe]], contrôleur assermenté depuis {{22 ans}}. Dossier : "
        "Mme [[P:Samia Haddad]], [[ADR:41 avenue Jean Jaurès, bât D, 69007 Lyon]], {{RSA majoré}} "
        "(isolement). Signalement anonyme : vie maritale. Sur place : 2 brosses à dents, des chaussures "
        "homme pointure {{44}}, une veste {{Lacoste}} sur la chaise. Elle dit que c'est son frère qui "
        "passe le week-end. [[P:Philippe]] note tout sans commenter.",
    ),
    (
        CAF,
        CSP,
        "Devant le pavillon une {{Peugeot 308}} grise, plaque [[IMMAT:FK-482-TR]]. Le contrôleur la "
        "relève pour son rapport (la dame s'est déclarée sans véhicule). Au final c'est la voiture du "
        "voisin, M. [[P:Lucas]], qui se gare là faute de place.",
    ),
    (
        CAF,
        CSP,
        "Bail photographié par le contrôleur (avec accord) :\n"
        "« Entre les soussignés : {{SCI LES GLYCINES}}, représentée par M. [[P:Henri Baudouin]], gérant, "
        "et Mme [[P:Claire Fontaine]], preneur »\n"
        "Logement : [[ADR:7 rue des Glycines 86000 Poitiers]], T3, loyer {{620 €}} hors charges, "
        "effet au {{01/03/2022}}.\n"
        "(Mme [[P:Fontaine]] a aussi une {{fontaine à eau}} dans la cuisine, le contrôleur n'a pas relevé.)",
    ),
    (
        CAF,
        CSP,
        "Trajet {{35 min}} en voiture de service (une {{Clio}} blanche). Le contrôleur m'explique la "
        "{{charte du contrôle}} : on prévient par courrier sauf soupçon de fraude, visite entre {{8h}} "
        "et {{20h}}, on n'entre jamais sans l'accord de la personne. Environ 1 visite sur 3 tombe sur "
        "personne : avis de passage dans la boîte.",
    ),
    (
        CAF,
        CSP,
        "Relevés bancaires demandés sur 3 mois. Je recopie les lignes qui ont fait tiquer le contrôleur :\n"
        "{{12/06}} VIR SEPA M. [[P:DUBOIS JEREMY]] LOYER JUIN {{450,00}}\n"
        "{{14/06}} PRLV SEPA {{EDF}} CLIENTS PARTICULIERS {{87,40}}\n"
        "{{18/06}} CB {{LIDL}} {{VALENCE}} {{43,12}}\n"
        "→ un virement « loyer » qui ARRIVE alors qu'elle est locataire elle-même : elle sous-loue une "
        "chambre. Compte : [[IBAN:FR76 1027 8360 0500 0208 7451 144]].",
    ),
    (
        CAF,
        CSP,
        "Fiches de paie {{Amazon France Logistique}} ({{Brétigny-sur-Orge}}) : net {{1 612 €}} en mai, "
        "alors que la DTR dit {{0 €}}. Monsieur [[P:Kévin Marchal]] explique que c'était de l'intérim par "
        "{{Adecco}} et qu'il pensait que l'agence déclarait pour lui. Le contrôleur : « c'est vous qui "
        "déclarez, pas l'employeur ». Rappel sur 6 mois à prévoir.",
    ),
    (
        CAF,
        CSP,
        "Personnes présentes au domicile à {{10h15}} :\n"
        "- [[P:Aïcha]] (l'allocataire)\n"
        "- son fils [[P:Yanis]], {{17 ans}}\n"
        "- une amie, « [[P:Nanou]] »\n"
        "- un monsieur qui dort dans le salon et ne veut pas donner son nom\n"
        "Le contrôleur demande les pièces d'identité, refus du monsieur. Rapport : « présence d'un tiers "
        "non identifié ».",
    ),
    (
        CAF,
        CSP,
        "Facture {{EDF}} aimantée sur le frigo : titulaire M. [[P:Benoît Carré]], réf. client "
        "[[ID:6 012 348 957]], [[ADR:18 chemin du Moulin 26200 Montélimar]]. Or Madame déclare vivre "
        "seule. Le contrôleur prend la facture en photo. Elle dit que c'est l'ancien locataire, "
        "le contrat n'a jamais été changé.",
    ),
    (
        CAF,
        CSP,
        "Débrief dans la voiture : selon le contrôleur {{80 %}} de ses contrôles concluent à « pas de "
        "fraude » mais à beaucoup d'erreurs de déclaration. {{4 visites}} prévues aujourd'hui, on en fera "
        "3 (une annulée, personne hospitalisée). Objectif annuel : {{190 contrôles}}.",
    ),
    (
        CAF,
        CSP,
        "ctrl 3 : mr seul ds un {{T2}} au {{6e}} sans ascenseur, {{AAH}}. tres gentil, nous offre un café. "
        "dossier ok. il montre sa notif {{MDPH}} : taux {{80 %}}, n° dossier MDPH [[ID:059-2019-087412]]. "
        "{{20 min}} sur place.",
    ),
    (
        CAF,
        CSP,
        "Avis d'impôt {{2024}} sur les revenus {{2023}} posé sur la table :\n"
        "Déclarant 1 : [[P:MOREAU Patrick]]\n"
        "Déclarant 2 : [[P:MOREAU]] née [[P:LEGRAND Sylvie]]\n"
        "N° fiscal : [[ID:30 12 847 561 209]]\n"
        "Réf. de l'avis : [[ID:24 35 A418 792 51]]\n"
        "Revenu fiscal de référence : {{21 438 €}}   Nombre de parts : {{2,5}}\n"
        "Le contrôleur compare avec les ressources déclarées pour l'{{APL}} : ça colle.",
    ),
    (
        CAF,
        CSP,
        "Personne au [[ADR:3 place des Marronniers, Dieppe]]. Boîte aux lettres : étiquette "
        "« [[P:LEROY]] - [[P:BOUCHER]] ». Le contrôleur laisse un avis de passage avec un rdv le "
        "{{jeudi}} à {{14h}} à l'accueil Caf de {{Dieppe}}. Il me dit : « deux noms sur une boîte, "
        "ça prouve rien, mais je le note ».",
    ),
    (
        CAF,
        CSP,
        "Rapport de contrôle rempli sur la tablette devant moi :\n"
        "Motif : {{ciblage datamining}}\n"
        "Date : {{07/11/2024}}   Heure : {{09:40}}\n"
        "Allocataire : [[P:N'DIAYE Fatou]]   N° : [[ALLOC:2045718]]\n"
        "Logement : conforme (T3, {{58 m²}})\n"
        "Composition du foyer : conforme\n"
        "Conclusion : {{maintien des droits}}\n"
        "Le contrôleur : « encore un dossier sorti du datamining pour rien ».",
    ),
    # ---------------------------------------------------------------- cpam
    (
        CPAM,
        PHY,
        "Attestation de droits imprimée à la borne, je recopie :\n"
        "Bénéficiaire : [[P:LAMBERT Nicolas]]\n"
        "N° d'immatriculation : [[NIR:1 81 05 62 041 338 94]]\n"
        "Né(e) le : [[DN:17/05/1981]]\n"
        "Organisme : {{CPAM de l'Artois}}\n"
        "Droits ouverts du {{01/01/2024}} au {{31/12/2024}}\n"
        "{{Complémentaire santé solidaire}} : NON\n"
        "Ayants droit : [[P:LAMBERT Lina]] ([[DN:04/08/2012]]), [[P:LAMBERT Tom]] ([[DN:19/03/2016]])\n"
        "Il en avait besoin pour l'inscription du petit au {{club de foot}}. 3 minutes.",
    ),
    (
        CPAM,
        PHY,
        "Espace libre-service : 3 ordis, une imprimante {{HP}} en panne depuis lundi. Une conseillère "
        "« facilitatrice numérique » aide à créer le compte {{ameli}}. Sur {{11 personnes}} aidées ce "
        "matin, 7 n'avaient pas d'adresse mail. Elle en crée une avec eux sur {{Gmail}} à chaque fois "
        "et note le mot de passe sur un post-it qu'elle leur donne.",
    ),
    (
        CPAM,
        PHY,
        "Formulaire {{cerfa n° 12504*05}} ({{CSS}}) rempli avec l'agent, page 2, le foyer :\n"
        "Vous : [[P:BENSAID Leïla]] - [[DN:09/01/2002]] - [[NIR:2 02 01 93 066 405 63]]\n"
        "Conjoint : [[P:BENSAID Samir]] - [[DN:1998-06-30]]\n"
        "Enfant : [[P:Nour]] - [[DN:2023-02-14]]\n"
        "Ressources des 12 derniers mois : {{9 840 €}}\n"
        "L'agent dit que ça passe sans participation. Elle repart avec le récépissé, réponse sous "
        "{{2 mois}} maxi.",
    ),
    (
        CPAM,
        PHY,
        "— J'ai envoyé mon arrêt y a 3 semaines et j'ai rien touché\n"
        "— Vous l'avez envoyé où ?\n"
        "— Ben à mon patron\n"
        "— Les volets 1 et 2 c'est pour nous, le 3 pour l'employeur\n"
        "L'agent cherche : rien reçu. Arrêt du Dr [[P:Chauvin]] du {{02/09}} au {{20/09}}. Et "
        "l'attestation de salaire n'est pas faite non plus par l'employeur ({{Carrefour Market}} de "
        "{{Saint-Brieuc}}). M. [[P:Le Gall]] repart avec une liste de 2 choses à faire.",
    ),
    (
        CPAM,
        PHY,
        "Ordonnance présentée pour un transport :\n"
        "Dr [[P:Isabelle Marchand]] - Médecine générale\n"
        "{{Maison de santé des Trois Rivières}}\n"
        "{{RPPS}} [[ID:10003456781]]\n"
        "Le {{14/10/2024}}\n"
        "M. [[P:Gérard Pichon]], {{78 ans}}\n"
        "« Transport assis professionnalisé ({{VSL}} / {{taxi conventionné}}) A/R pour séances de "
        "radiothérapie au {{CHU de Poitiers}}, {{5 séances par semaine}} pendant {{6 semaines}} »\n"
        "L'agent explique que c'est pris en charge à {{100 %}} (ALD) et que le taxi doit être "
        "conventionné, sinon rien.",
    ),
    (
        CPAM,
        PHY,
        "Écran « Historique des remboursements » de M. [[P:Traoré]], je recopie 3 lignes :\n"
        "DATE | ACTE | MONTANT | REMB | BENEF\n"
        "{{03/10}} | G | {{30,00}} | {{21,00}} | [[P:Adama]]\n"
        "{{05/10}} | {{PH4}} | {{48,60}} | {{31,59}} | [[P:Fanta]]\n"
        "{{11/10}} | {{AMK}} | {{16,13}} | {{9,68}} | [[P:Adama]]\n"
        "Il croyait que la pharmacie n'était pas remboursée : c'est la part mutuelle "
        "({{Harmonie Mutuelle}}) qui manque, son n° d'adhérent [[ID:00451278]] n'est pas relié "
        "(pas de télétransmission {{Noémie}}).",
    ),
    (
        CPAM,
        PHY,
        "Ce qui me frappe : les gens arrivent avec des sacs plastique pleins de papiers. L'agent trie "
        "en 2 minutes ce qui sert. Beaucoup de courriers {{ameli}} jamais ouverts. Une {{feuille de soins}} "
        "papier c'est {{environ 3 semaines}} de traitement, contre {{5 jours}} en télétransmission. "
        "Personne ne le sait.",
    ),
    (
        CPAM,
        PHY,
        "Carte tiers payant photocopiée par l'agent :\n"
        "{{Malakoff Humanis}} - Adhérent : [[P:OUEDRAOGO Issouf]]\n"
        "N° adhérent : [[ID:M0945521 7]]\n"
        "Code AMC : {{75500017}} - Valable jusqu'au {{31/12/2024}}\n"
        "Il a quitté {{Derichebourg}} en juin. L'agent lui explique la portabilité : la mutuelle "
        "d'entreprise continue {{12 mois}} max. Il ne savait pas, il payait une deuxième mutuelle à côté.",
    ),
    (
        CPAM,
        PHY,
        "Demande d'{{AME}}. Monsieur accompagné d'une bénévole de {{Médecins du Monde}}. Domicilié au "
        "{{CCAS de Montreuil}}. Passeport malien n° [[ID:AA0947312]], nom [[P:COULIBALY Seydou]], né le "
        "[[DN:15/08/1990]] à {{Kayes}}. Preuve de présence depuis plus de {{3 mois}} : une facture "
        "{{Lycamobile}} de {{mars}}. L'agent dit que ça suffit. Dossier déposé à {{11h02}}.",
    ),
    (
        CPAM,
        PHY,
        "dame 80 ans a perdu sa carte vitale ds le bus. agent commande nouvelle carte, il faut une photo: "
        "elle en a une dans son porte monnaie (de 2009 mdr). en attendant attestation papier. adresse "
        "vérifiée : [[ADR:9 rue Victor Hugo 87000 Limoges]] ok. délai {{3 semaines}}",
    ),
    (
        CPAM,
        PHY,
        "Agenda de l'agent pour l'après-midi (écran partagé) :\n"
        "{{14h00}} [[P:PETIT Maryse]] - {{IJ}} non versées\n"
        "{{14h20}} [[P:EL AMRANI Youssef]] - {{CSS}}\n"
        "{{14h40}} libre\n"
        "{{15h00}} [[P:GUERIN Jean-Marc]] - invalidité\n"
        "{{15h20}} [[P:SOW Mariama]] - {{AME}} renouvellement\n"
        "Le rdv de 14h00 ne viendra pas. L'agent prend quelqu'un de la file à la place.",
    ),
    (
        CPAM,
        PHY,
        "Jeune femme enceinte, la déclaration de grossesse a été faite par la sage-femme "
        "(Mme [[P:Poirier]]). Date présumée d'accouchement : {{15 mars 2025}}. Elle demande la durée du "
        "congé maternité : {{16 semaines}}, mais comme c'est son 3e enfant ça passe à {{26 semaines}}. "
        "Sa 2e, [[P:Inaya]], est née le [[DN:30/11/2021]], l'agent vérifie dans le dossier.",
    ),
    (
        CPAM,
        PHY,
        "Bilan de la matinée : attente moyenne {{18 min}}, {{41 personnes}} reçues par 3 agents entre "
        "{{8h30}} et {{12h}}. Top motifs d'après l'agent : {{carte Vitale}}, {{IJ}}, {{CSS}}, "
        "changement d'adresse, {{médecin traitant}}. Elle dit que le lundi c'est le double.",
    ),
    (
        CPAM,
        TLP,
        "« L'Assurance Maladie, [[P:Nadia]] bonjour. » Un monsieur lit son numéro de sécu à toute "
        "vitesse : [[NIR:1 87 03 35 238 104 59]]. Elle le fait répéter. Il veut savoir pourquoi ses "
        "{{IJ}} sont calculées sur {{1 140 €}} et pas sur {{1 400 €}}. Réponse : c'est {{50 %}} du "
        "salaire journalier de base, plafonné. Il n'est pas convaincu.",
    ),
    (
        CPAM,
        TLP,
        "Le monsieur laisse son numéro pour être rappelé : « [[TEL:zéro six, quarante-deux, dix-huit, "
        "soixante-treize, zéro cinq]] ». La conseillère programme un rappel {{jeudi matin}} par le "
        "pôle {{IJ}}.",
    ),
    (
        CPAM,
        TLP,
        "Le {{3646}} : serveur vocal à 4 niveaux avant d'avoir un humain. Chronométré : {{3 min 40}} de "
        "menus. La conseillère dit que {{30 %}} des appels concernent les arrêts de travail. Sur son "
        "écran : file « {{PRESTATIONS EN ESPECES}} » - {{52 appels en attente}}.",
    ),
    (
        CPAM,
        TLP,
        "Appel d'une pharmacie ({{Pharmacie du Marché}}, {{Quimperlé}}) pour un patient dont les "
        "droits apparaissent fermés : M. [[P:Hervé Kerjean]], né le [[DN:03/04/1952]]. Fermés à tort "
        "après un rattachement {{MSA}}. La conseillère rouvre, la pharmacie va refaire la facture "
        "{{SESAM-Vitale}}.",
    ),
    (
        CPAM,
        TLP,
        "Dame qui n'arrive plus à se connecter à {{ameli}} : l'adresse enregistrée est "
        "[[MAIL:nath.lefebvre62@hotmail.fr]], mais elle n'y a plus accès. Nouvelle : "
        "[[MAIL:nathalie.lefebvre.62@gmail.com]]. Impossible de changer au téléphone : un code "
        "provisoire part par courrier au [[ADR:22 rue des Écoles, 62300 Lens]].",
    ),
    (
        CPAM,
        TLP,
        "DAME EN PLEURS, SON MARI EST DECEDE LE {{3 OCTOBRE}}, ELLE APPELLE POUR LE {{CAPITAL DECES}}. "
        "CONSEILLERE TRES DOUCE. IL FAUT L'ACTE DE DECES, UN RIB ET LE NUMERO DU DEFUNT : ELLE LE LIT "
        "SUR SA CARTE [[NIR:1 58 09 44 109 231 32]]. MONSIEUR [[P:MARCEL ANDRE]]. DEMANDE ENVOYEE.",
    ),
    (
        CPAM,
        TLP,
        "— C'est pour déclarer un médecin traitant\n"
        "— C'est le médecin qui le fait en ligne pendant la consultation\n"
        "— Mais le Dr [[P:Benali]] est parti en retraite et personne prend de nouveaux patients\n"
        "— Vous êtes dans quel secteur ?\n"
        "— {{Creuse}}, à côté de {{Guéret}}\n"
        "La conseillère lui explique la saisie du {{conciliateur}} de la caisse. 2 ans qu'il cherche.",
    ),
    (
        CPAM,
        TLP,
        "Appel en anglais : une étudiante italienne, [[P:Giulia Rinaldi]], avec sa "
        "{{carte européenne d'assurance maladie}} n° [[ID:80380000190412735681]]. Elle a payé {{30 €}} "
        "chez un généraliste et veut être remboursée. La conseillère passe par {{DeepL}} pour le mail "
        "de réponse.",
    ),
    (
        CPAM,
        TLP,
        "Remboursement parti sur l'ancien compte. Nouveau RIB reçu le {{10/10}} : "
        "[[IBAN:FR76 3000 3021 7000 0504 1873 266]], pas encore validé par le back-office. L'ancien "
        "compte ({{Crédit Mutuel}}) est clôturé, donc le virement va revenir sous {{15 jours}} et "
        "repartir sur le nouveau.",
    ),
    (
        CPAM,
        TLP,
        "Appel de la RH de {{Transports Guérin}} ({{Vitré}}) pour l'attestation de salaire d'un "
        "chauffeur, M. [[P:Tanguy Rolland]], matricule chez eux [[ID:T-0412]]. Puis c'est Mme "
        "[[P:Guérin]] elle-même qui prend le combiné (c'est sa boîte) : l'attestation a été rejetée "
        "parce que le SIRET ({{412 356 789 00021}}) était mal saisi.",
    ),
    (
        CPAM,
        TLP,
        "Débrief avec la conseillère : {{60 à 70 appels}} par jour. Pas le droit de rappeler les gens "
        "sauf exception. Fiche réflexe « {{appel agressif}} » punaisée sur la cloison. Prochaine "
        "formation {{en janvier}}. Elle aime son métier mais « on est des pansements ».",
    ),
    (
        CPAM,
        TLP,
        "Nom de jeune fille épelé : [[P:B-O-U-R-G-E-O-I-S]], nom d'usage [[P:Calvez]], prénom "
        "[[P:Maryvonne]], née le [[DN:12.11.1949]]. Elle demande combien on rembourse les {{lunettes}} "
        "en {{100 % santé}}. La conseillère : {{0 €}} de reste à charge si l'opticien propose l'offre.",
    ),
    (
        CPAM,
        TLP,
        "Changement d'adresse : [[ADR:appt 34, 6 avenue de la Libération, 13015 Marseille]], tél fixe "
        "[[TEL:04.91.58.22.17]]. Le monsieur insiste : « mettez aussi le portable de ma fille, "
        "[[TEL:+33 7 81 22 09 43]] ». La conseillère met les deux.",
    ),
    (
        CPAM,
        TLP,
        "Un monsieur veut le détail des remboursements de sa femme. Refus (secret médical, pas de "
        "procuration). Mme [[P:Vasseur]] doit appeler elle-même ou consulter son compte {{ameli}}. Il "
        "insiste 5 minutes puis lâche « c'est moi qui paie la mutuelle ».",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail à domicile, contrôle à {{10h20}} : présent. M. [[P:Sébastien Morin]], "
        "arrêt pour lombalgie signé par le Dr [[P:Vidal]], du {{04/11}} au {{22/11}}. L'enquêteur "
        "vérifie l'adresse portée sur l'avis : [[ADR:15 rue de la Gare, 45000 Orléans]]. OK. Il doit être "
        "chez lui {{de 9h à 11h}} et {{de 14h à 16h}}.",
    ),
    (
        CPAM,
        CSP,
        "2e passage chez Mme [[P:Hamel]] à {{15h05}} : personne. La voisine dit qu'elle est partie au "
        "{{Super U}}. Avis de passage + convocation à l'échelon local du {{service médical}}. Risque pour "
        "elle : suspension des {{IJ}}.",
    ),
    (
        CPAM,
        CSP,
        "L'enquêteur me raconte : environ {{4 000 contrôles}} par an sur le département, à peu près "
        "{{12 %}} d'absences injustifiées. Il roule avec sa voiture perso (indemnités kilométriques). "
        "Carte professionnelle avec photo, assermenté devant le {{tribunal judiciaire}}.",
    ),
    (
        CPAM,
        CSP,
        "Visite dans une officine ({{Pharmacie Centrale}}, {{place de la République}}) pour contrôler des "
        "factures en {{tiers payant}}. Le titulaire, M. [[P:Lhermitte]], sort les ordonnances d'un patient, "
        "[[P:R. Belkacem]] : {{28 boîtes}} en 2 mois, ordonnances sécurisées du Dr [[P:Aubry]], "
        "{{RPPS}} [[ID:10101887342]]. L'enquêteur fait des copies.",
    ),
    (
        CPAM,
        CSP,
        "Contrôle de résidence pour la {{C2S}} : on sonne au [[ADR:4 allée Rimbaud, 93200 Saint-Denis]]. "
        "Sur la sonnette : « [[P:KAMARA]] / [[P:SYLLA]] ». La dame ouvre, montre son bail "
        "{{Plaine Commune Habitat}} et une facture {{Engie}}. Conforme, {{8 minutes}}.",
    ),
    (
        CPAM,
        CSP,
        "Relevé d'IJ posé sur le bureau du monsieur, je recopie :\n"
        "Période | Jours | Montant journalier | Total\n"
        "{{01/09-30/09}} | {{30}} | {{38,54}} | {{1 156,20}}\n"
        "{{01/10-31/10}} | {{31}} | {{38,54}} | {{1 194,74}}\n"
        "Bénéficiaire : [[P:ROCHE Damien]] - NIR [[NIR:1 79 06 13 201 455 09]]\n"
        "Versement sur : [[IBAN:FR76 1820 6000 4160 5123 8700 434]]\n"
        "Il dit qu'il ne s'en sort pas avec ça, loyer {{690 €}}.",
    ),
    (
        CPAM,
        CSP,
        "Signalement : un assuré en arrêt travaillerait sur des chantiers. Camionnette blanche "
        "{{Renault Master}} devant la maison, lettrage « {{Rénov'Habitat 56}} », plaque [[IMMAT:EZ 714 HV]]. "
        "L'enquêteur note sans conclure : il faudrait le voir en train de travailler.",
    ),
    (
        CPAM,
        CSP,
        "visite du svc social cpam chez mme [[P:Josette]], 83 ans, sortie d'hospi ({{CHU Pontchaillou}}) "
        "- aide au retour à domicile {{ARDH}} - besoin aide ménagère {{ADMR}} {{2h/sem}}. son fils "
        "[[P:Didier]] passe le soir. tel du fils [[TEL:0681574320]]",
    ),
    (
        CPAM,
        CSP,
        "Contrôle chez un transporteur sanitaire : on compte les véhicules au garage, {{3 VSL}}, "
        "{{2 ambulances}}, {{1 taxi}}. Autorisation {{ARS}} affichée à l'entrée. L'enquêteur compare avec "
        "la facturation : un même VSL facturé à {{Nantes}} et à {{Angers}} à la même heure.",
    ),
    (
        CPAM,
        CSP,
        "Certificat médical initial AT/MP ({{cerfa 11138*05}}) sur la table de la cuisine :\n"
        "Victime : [[P:Olivier Pasquet]]\n"
        "Employeur : {{Bouygues Bâtiment Grand Ouest}}\n"
        "Date de l'accident : {{18/10/2024}}\n"
        "Lésions : entorse cheville droite\n"
        "Arrêt jusqu'au {{08/11/2024}}\n"
        "Médecin : Dr [[P:Koffi]] ({{SOS Médecins}} {{Nantes}})\n"
        "N° dossier AT : [[ID:241018452 17]]",
    ),
    (
        CPAM,
        CSP,
        "Tournée du jour sur la tablette de l'enquêteur :\n"
        "1. [[P:BRUNET Alexandre]] - [[ADR:12 rue Nationale, Vierzon]]\n"
        "2. [[P:CAMARA Oumou]] - [[ADR:Résidence Les Pins, bât 2, 47 avenue de Verdun, 18100 Vierzon]]\n"
        "3. [[P:LEFEBVRE Chantal]] - [[ADR:8 route de Bourges, 18100 Méry-sur-Cher]]\n"
        "On commence par le 3 à cause du trajet. {{Vierzon}} centre à {{11h}}.",
    ),
    (
        CPAM,
        CSP,
        "Visite du {{service social}} chez Mme [[P:PEREIRA Maria]] pour préparer une demande de "
        "{{pension d'invalidité}}. Femme de ménage chez {{Elior}} depuis 19 ans, opérée 2 fois du dos. "
        "Sa fille [[P:Sofia]] traduit du portugais. L'assistante sociale remplit le volet social, le "
        "médecin-conseil verra le reste.",
    ),
    (
        CPAM,
        CSP,
        "L'enquêteur vérifie la carte d'identité présentée par un assuré : CNI ancien modèle n° "
        "[[ID:190875412367]], nom [[P:ZERROUKI]], la photo ne ressemble pas trop. Il ne dit rien sur "
        "place, il transmettra au {{service lutte contre la fraude}}.",
    ),
    # ---------------------------------------------------------------- ccas
    (
        CCAS,
        PHY,
        "Attestation d'élection de domicile remplie par l'agente ({{cerfa n° 15548*03}}) :\n"
        "Nom : [[P:RAMOS]]   Prénom : [[P:Carlos]]\n"
        "Né le : [[DN:21/07/1968]]\n"
        "Organisme domiciliataire : {{CCAS de Perpignan}}, {{12 rue Marcel Cachin}}, {{66000 Perpignan}}\n"
        "Valable jusqu'au : {{04/11/2025}}\n"
        "Il pourra recevoir son courrier ici et ouvrir ses droits {{RSA}}. Il demande si la lettre de sa "
        "fille arrivera bien, l'agente dit oui.",
    ),
    (
        CCAS,
        PHY,
        "Dossier d'aide facultative monté devant moi (commission demain) :\n"
        "Demandeuse : Mme [[P:LOPES Sandra]], 2 enfants\n"
        "CHARGES : loyer {{540 €}} | élec {{92 €}} | eau {{31 €}} | assurance {{18 €}} | box {{35 €}} | "
        "crédit {{Cofidis}} {{120 €}}\n"
        "RESSOURCES : {{RSA}} {{635,71 €}} + {{APL}} {{308 €}} + {{AF}} {{148,52 €}}\n"
        "Reste à vivre : {{9,40 €}}/jour/personne\n"
        "Demande : {{chèques services}} {{150 €}} alimentation + {{200 €}} de loyer versés directement au "
        "bailleur (privé), RIB agrafé : [[IBAN:30004 01234 00012345678 62]]. L'agente pense que ça passera.",
    ),
    (
        CCAS,
        PHY,
        "Salle d'attente : affiches {{Restos du Coeur}}, {{Secours populaire}}, {{Banque alimentaire}}, "
        "et un flyer « {{Chèque énergie}} : l'avez-vous reçu ? ». 6 chaises pour 9 personnes. L'agent "
        "d'accueil tient aussi le standard, il décroche entre deux personnes.",
    ),
    (
        CCAS,
        PHY,
        "Facture {{TotalEnergies}} présentée pour une aide énergie ({{FSL}}) :\n"
        "Titulaire : M. [[P:Ahmed Belkacem]]\n"
        "Réf. client : [[ID:1 234 785 609]]\n"
        "Point de livraison : [[ID:14285739601234]]\n"
        "Adresse de consommation : [[ADR:10 rue Jules Ferry 25000 Besançon]]\n"
        "Montant dû : {{412,87 €}} - à régler avant le {{15/11/2024}}\n"
        "L'agente appelle le fournisseur pour suspendre la coupure pendant l'instruction. {{25 min}} "
        "d'attente au tel.",
    ),
    (
        CCAS,
        PHY,
        "— Je viens pour la téléalarme de ma mère\n"
        "— Elle a quel âge ?\n"
        "— {{91 ans}}\n"
        "— Elle habite où ?\n"
        "— [[ADR:2 rue du Four, Saint-Malo]], au rez-de-chaussée\n"
        "La maman c'est Mme [[P:Yvonne Le Roux]]. La fille, [[P:Catherine]], laisse son portable : "
        "[[TEL:06 08 41 27 93]]. Abonnement {{Présence Verte}} {{24,90 €}} par mois, le CCAS en prend "
        "la moitié sous conditions de ressources.",
    ),
    (
        CCAS,
        PHY,
        "Liste « {{colis de Noël}} » sur l'écran de l'agente :\n"
        "N° | NOM | PRENOM | AGE | QUARTIER\n"
        "{{112}} | [[P:AUBERT]] | [[P:Simone]] | {{87}} | {{Saint-Jean}}\n"
        "{{113}} | [[P:BARBIER]] | [[P:Lucien]] | {{79}} | {{Les Chaprais}}\n"
        "{{114}} | [[P:BAILLY]] | [[P:Odette]] | {{92}} | {{Palente}}\n"
        "Elle coche ceux qui ont appelé pour confirmer. {{412 colis}} cette année, distribution le "
        "{{14 décembre}} salle {{Proudhon}}.",
    ),
    (
        CCAS,
        PHY,
        "jeune 20 ans, aucune ressource, pas droit au {{rsa}} (moins de 25). l'agente propose le "
        "{{FAJ}} + orientation {{Mission locale}}. il donne son insta pour qu'on le recontacte "
        "[[ID:@lil.zak93]] mdr, l'agente prend plutot le tel [[TEL:07 53 90 12 68]]",
    ),
    (
        CCAS,
        PHY,
        "Le CCAS gère aussi la {{résidence autonomie}} {{Les Hortensias}} et le {{portage de repas}} "
        "({{320 repas}} par jour). Budget de l'aide facultative : {{180 000 €}} par an. L'agente dit "
        "que les demandes d'aide énergie ont doublé depuis {{2022}}.",
    ),
    (
        CCAS,
        PHY,
        "Photocopie d'un récépissé pour la domiciliation, je lis par-dessus l'épaule :\n"
        "AGDREF [[ID:7502198431]] - valable {{6 mois}} - autorise son titulaire à travailler : NON\n"
        "Nom/prénom : [[P:HOSSAIN Md Rafiq]]\n"
        "Né le : [[DN:1989-11-02]]\n"
        "Nationalité : {{bangladaise}}\n"
        "L'agente explique qu'avec ce récépissé il ne peut pas avoir le {{RSA}}, seulement l'aide "
        "alimentaire du CCAS.",
    ),
    (
        CCAS,
        PHY,
        "CV en cours au point numérique avec le conseiller :\n"
        "[[P:Marine DUVAL]]\n"
        "[[ADR:56 bd Carnot 80000 Amiens]]\n"
        "[[TEL:06.37.12.88.40]] - [[MAIL:marine.duval80@laposte.net]]\n"
        "Permis B - véhiculée\n"
        "EXPÉRIENCES\n"
        "{{2021-2023}} Employée polyvalente, {{McDonald's}} {{Amiens Nord}}\n"
        "{{2019-2021}} Caissière, {{Auchan}} {{Dury}}\n"
        "FORMATION : {{CAP Employé de vente}}, {{Lycée Édouard Gand}}\n"
        "Le conseiller lui dit d'enlever la photo et l'âge.",
    ),
    (
        CCAS,
        PHY,
        "Demande de prise en charge des obsèques de M. [[P:Roger Tissot]], décédé le {{2 novembre}} à "
        "l'{{EHPAD Les Jardins de Marie}}. Le neveu, [[P:Stéphane Tissot]], dit qu'il n'a pas les moyens "
        "et qu'il ne l'a pas vu depuis 20 ans. L'agente explique l'{{obligation alimentaire}} et les "
        "{{obsèques sans frais}} de la commune ({{1 600 €}} environ).",
    ),
    (
        CCAS,
        PHY,
        "Tarif cantine au quotient : la dame montre son attestation de QF Caf (n° alloc [[ALLOC:2650813]]), {{612}} → tranche C → "
        "{{1,85 €}} le repas au lieu de {{4,20 €}}. Les enfants, [[P:Lya]] et [[P:Noé]], sont à l'école "
        "{{Jean Moulin}}. L'agente met à jour le logiciel du périscolaire.",
    ),
    (
        CCAS,
        PHY,
        "MONSIEUR SANS DOMICILE CONNU ICI DEPUIS {{15 ANS}}, VIENT CHERCHER SON COURRIER. 4 LETTRES DONT "
        "UNE DES {{IMPOTS}}. L'AGENT LA LUI LIT. TOUT LE MONDE L'APPELLE [[P:DEDE]], SON VRAI PRENOM C'EST "
        "[[P:ANDRE]]. CASIER N° {{118}}.",
    ),
    (
        CCAS,
        TLP,
        "Appel d'une voisine inquiète : Mme [[P:Gauthier]] ne répond plus depuis 3 jours, volets fermés, "
        "[[ADR:17 rue des Acacias, 3e étage]]. L'agente vérifie le registre des personnes vulnérables : "
        "inscrite, {{86 ans}}. Elle appelle la {{police municipale}} pour un passage. Rappel {{30 min}} "
        "plus tard : la dame était chez sa soeur.",
    ),
    (
        CCAS,
        TLP,
        "Prise de rdv pour un dossier d'aide ménagère. La fille au téléphone : « ma mère c'est "
        "[[P:Germaine Besnard]], née le [[DN:13 février 1935]] ». Rdv à domicile fixé {{mardi 26}} à "
        "{{10h}}. L'agente demande d'avoir l'{{avis d'imposition}} et la notification de retraite "
        "({{Carsat}} + {{Agirc-Arrco}}).",
    ),
    (
        CCAS,
        TLP,
        "Le téléphone sonne toutes les 3 minutes. Le numéro du CCAS ({{03 81 87 20 00}}) est imprimé "
        "sur tous les courriers de la mairie, donc les gens appellent pour tout : cartes grises, "
        "cantine, encombrants. L'agente réoriente vers l'{{Hôtel de ville}} {{2 rue Mégevand}} la "
        "moitié du temps.",
    ),
    (
        CCAS,
        TLP,
        "Une dame lit au téléphone le commandement qu'elle a reçu : « Maître [[P:Jean-Paul Sarda]], "
        "commissaire de justice, à la requête de l'office public {{Perpignan Méditerranée Métropole Habitat}}, "
        "fait commandement à Madame [[P:LOPEZ Nathalie]] demeurant [[ADR:25 avenue de Grande-Bretagne, "
        "66000 Perpignan]] de quitter les lieux… » L'agente la rassure : {{trêve hivernale}} jusqu'au "
        "{{31 mars}}, rdv avec l'assistante sociale jeudi.",
    ),
    (
        CCAS,
        TLP,
        "Appel d'une travailleuse sociale du {{Département}} pour la famille [[P:Kaya]] : 5 personnes "
        "hébergées chez un cousin, plus rien à manger. L'agente débloque des {{bons alimentaires}} "
        "{{Intermarché}} de {{80 €}} à retirer avant {{17h}}. [[P:Kaya]] père viendra les chercher.",
    ),
    (
        CCAS,
        TLP,
        "Monsieur qui veut qu'on lui envoie le formulaire par mail. Il dicte : "
        "« [[MAIL:jm.fabre [at] orange.fr]] » puis « non pardon [[MAIL:jmfabre [at] orange.fr]] sans le point ». "
        "L'agente envoie le dossier de {{téléassistance}} en PDF.",
    ),
    (
        CCAS,
        TLP,
        "Post-it laissé par le collègue du matin : « Rappeler M. [[P:Oumarou]] au [[TEL:06-23-45-70-81]] "
        "ou chez sa soeur [[TEL:05 49 88 12 07]] - question {{chèque énergie}} ». L'agente rappelle : "
        "messagerie pleine.",
    ),
    (
        CCAS,
        TLP,
        "Cahier des appels de l'agente (elle note tout à la main) :\n"
        "{{9h05}} aide alim\n"
        "{{9h20}} {{épicerie sociale}}, horaires\n"
        "{{9h31}} {{résidence autonomie}}, visite ?\n"
        "{{9h48}} mauvais numéro ({{Pôle emploi}})\n"
        "{{10h02}} {{mairie annexe}} du {{Blosne}}\n"
        "Je lui demande pourquoi pas d'ordi : « le cahier ça plante pas ».",
    ),
    (
        CCAS,
        TLP,
        "Le fils de Mme [[P:DUPUIS Geneviève]] appelle pour une demande d'{{aide sociale à l'hébergement}} : "
        "sa mère est à la {{Résidence Saint-Joseph}}. Il donne le NIR de sa mère : "
        "[[NIR:2 52 03 29 019 044 77]]. Ressources : {{1 180 €}}, frais d'hébergement : {{2 250 €}} par mois. "
        "L'agente lui parle de l'obligation alimentaire des enfants, silence au bout du fil.",
    ),
    (
        CCAS,
        TLP,
        "note vocale : la dame au téléphone virgule madame [[P:Rabia]] virgule demande si le CCAS peut "
        "payer la facture de cantine de {{230 euros}} point l'agente lui dit de venir avec les justificatifs "
        "lundi point elle habite [[ADR:quatorze rue Émile Zola]] point fin de la note",
    ),
    (
        CCAS,
        TLP,
        "Monsieur très remonté, il a écrit au président {{Macron}} et à la {{Fondation Abbé Pierre}} pour "
        "son logement. Il s'appelle [[P:Claude Bernier]], il veut savoir où en est sa demande de "
        "{{logement social}} (n° unique [[ID:035121907344512]]). L'agente ne peut rien voir, elle le "
        "renvoie au {{service logement}} de la mairie.",
    ),
    (
        CCAS,
        TLP,
        "Appel en arabe, l'agente passe le combiné à sa collègue [[P:Samira]] qui parle darija. Il s'agit "
        "d'une maman qui veut inscrire ses enfants aux {{colonies}} de l'été avec l'aide du CCAS. "
        "[[P:Samira]] traduit pour nous : {{3 enfants}}, {{QF 380}}.",
    ),
    (
        CCAS,
        TLP,
        "Appel de l'assistante sociale du {{CH de Cholet}} : M. [[P:Girard]], né le [[DN:09/09/1961]], "
        "IPP [[ID:100457821]], sort demain sans domicile. Elle demande une domiciliation en urgence. "
        "L'agente accepte de le recevoir demain {{9h}} sans rdv.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'assistante sociale du CCAS ([[P:Élodie]]) chez M. [[P:Marcel Guillot]], "
        "{{84 ans}}, [[ADR:6 chemin des Vignes 21000 Dijon]]. Frigo presque vide : un pot de {{Nutella}}, "
        "2 yaourts. On met en place le {{portage de repas}} à {{6,80 €}} le repas, livraison à partir de "
        "lundi.",
    ),
    (
        CCAS,
        CSP,
        "Visite logement avec le {{SCHS}} : moisissures dans les 2 chambres, humidité {{78 %}} mesurée, "
        "prises arrachées. Locataire : Mme [[P:BENALI Khadija]] et ses 3 enfants. Propriétaire privé, "
        "M. [[P:Jacques Verdier]], joignable au [[TEL:06 14 52 78 30]] (« il répond jamais »). Arrêté "
        "d'insalubrité envisagé.",
    ),
    (
        CCAS,
        CSP,
        "Dans la voiture, l'AS me dit qu'elle fait {{8 visites}} par semaine au maximum, le reste c'est du "
        "bureau. Les personnes âgées n'ouvrent pas si on n'a pas appelé avant. Son kit : gel, "
        "sur-chaussures, thermomètre, et toujours un paquet de mouchoirs.",
    ),
    (
        CCAS,
        CSP,
        "Avis d'échéance {{Grand Lyon Habitat}} posé sur la table :\n"
        "Locataire : M. et Mme [[P:YILMAZ]]\n"
        "Réf. locataire : [[ID:0045127-03]]\n"
        "Logement : [[ADR:bât C, 3 rue Paul Cazeneuve, 69008 Lyon]]\n"
        "Loyer {{412,30 €}} + charges {{118,00 €}} - APL {{297,00 €}} = {{233,30 €}}\n"
        "Arriéré : {{1 398,20 €}}\n"
        "L'AS propose un plan d'apurement et une demande {{FSL}} maintien.",
    ),
    (
        CCAS,
        CSP,
        "Appartement encombré jusqu'au plafond, on passe de profil dans le couloir. Mme [[P:Colette Morvan]] "
        "(78 ans) ne veut rien jeter. L'AS parle de « {{syndrome de Diogène}} » dans la voiture après. "
        "Rien à faire aujourd'hui sinon garder le lien. Prochaine visite dans {{15 jours}}.",
    ),
    (
        CCAS,
        CSP,
        "Pour calculer l'aide, Madame sort les fiches de paie de son fils qui vit chez elle : "
        "{{Intermarché}} {{Saint-Lô}}, net {{1 380 €}} en septembre. Le fils : [[P:Jordan Lemarchand]], "
        "né le [[DN:02/06/2001]]. L'AS dit que son salaire compte dans les ressources du foyer, Madame "
        "n'est pas contente.",
    ),
    (
        CCAS,
        CSP,
        "visite mme [[P:Lefèvre]] 93 ans, vit seule avec un chat + une perruche. veut rester chez elle "
        "coute que coute. sa fille habite a {{Lyon}}, vient 1 fois/mois. tel fille [[TEL:0472 58 63 11]]. "
        "tapis a enlever (risque chute), l'AS le note.",
    ),
    (
        CCAS,
        CSP,
        "Certificat médical joint à la demande d'aide ménagère :\n"
        "« Je soussigné Dr [[P:Philippe Renaud]] certifie que l'état de santé de Mme [[P:Arlette Simon]], "
        "née le [[DN:18/01/1938]], nécessite une aide humaine pour les actes de la vie quotidienne. »\n"
        "Cachet : {{Cabinet médical du Parc}} - {{Vesoul}}\n"
        "L'AS vérifie la date : {{moins de 3 mois}}, ok.",
    ),
    (
        CCAS,
        CSP,
        "Maraude sociale municipale. Un monsieur vit dans sa voiture sur le parking du {{Leclerc}} : "
        "{{Citroën Berlingo}} bleu, plaque [[IMMAT:BX-305-QP]]. L'agent lui apporte un duvet et lui "
        "parle du {{115}}. Il refuse, il a son chien. On repassera {{jeudi}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite de l'{{épicerie sociale}} partenaire : produits à {{10 %}} du prix, accès sur orientation "
        "du CCAS pour {{3 mois}} renouvelables. Bénévoles du {{Lions Club}}. Les produits {{Danone}} "
        "partent en premier. Ouverture {{mardi}} et {{vendredi}} après-midi.",
    ),
    (
        CCAS,
        CSP,
        "Résidence autonomie {{Les Tilleuls}}, tour des chambres avec la responsable :\n"
        "ch. {{104}} Mme [[P:ROBIN]] - chute la semaine dernière\n"
        "ch. {{107}} M. [[P:FAURE]] - ok\n"
        "ch. {{111}} Mme [[P:N'GUESSAN Aya]] - demande un voisin plus calme\n"
        "ch. {{115}} vide depuis {{octobre}}\n"
        "Liste d'attente : {{23 personnes}}.",
    ),
    (
        CCAS,
        CSP,
        "Relevé {{La Banque Postale}} de Madame, sur la table : compte "
        "[[IBAN:FR50 2004 1010 1245 8712 3K03 537]], solde {{-214,56 €}}, 2 prélèvements rejetés "
        "({{Free}} et {{Cofidis}}, {{20 €}} de frais chacun). L'AS propose un dossier de surendettement "
        "à la {{Banque de France}}.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez la famille [[P:Osmani]], arrivée du {{Kosovo}} en {{2022}}. Interprète au téléphone "
        "via {{ISM Interprétariat}} ([[P:Arben]]). Besoin : lits pour les 2 petits, l'AS fait une demande "
        "à {{Emmaüs}}. Le père montre fièrement son contrat chez {{Vinci Construction}}.",
    ),
    (
        CCAS,
        CSP,
        "M. [[P:Ernest Lacombe]] ne se souvient plus de sa date de naissance exacte, il dit "
        "« [[DN:trois juin quarante-sept]] », la carte d'identité dit [[DN:03.06.1947]]. Ça colle. "
        "Dossier {{APA}} à transmettre au {{Département}}, le CCAS fait le lien.",
    ),
    # ---------------------------------------------------------------- urgences
    (
        URG,
        PHY,
        "Bureau des admissions, écran « Admission urgences » :\n"
        "Nom : [[P:GARNIER]]   Prénom : [[P:Lucas]]\n"
        "DDN : [[DN:07/12/1999]]   NIR : [[NIR:1 99 12 35 238 117 87]]\n"
        "IPP : [[ID:800231457]]   N° séjour : [[ID:24127784]]\n"
        "Médecin traitant : Dr [[P:Fabre]]\n"
        "Personne à prévenir : [[P:GARNIER Sylvie]] (mère) [[TEL:06 43 27 81 09]]\n"
        "Motif : {{traumatisme poignet}} - {{tri 4}}\n"
        "Admission faite en {{4 min}}, il repart s'asseoir.",
    ),
    (
        URG,
        PHY,
        "Écran du poste IAO à {{12h40}}, tableau des présents :\n"
        "BOX | PATIENT | AGE | MOTIF | TRI | ATTENTE\n"
        "{{B1}} | [[P:MARTIN J.]] | {{67}} | {{douleur thoracique}} | 2 | {{0:15}}\n"
        "{{B3}} | [[P:SAID K.]] | {{24}} | {{plaie main}} | 4 | {{2:10}}\n"
        "{{COULOIR 2}} | [[P:PETITJEAN M.]] | {{91}} | {{chute}} | 3 | {{4:45}}\n"
        "La dame de 91 ans est sur un brancard dans le couloir depuis presque 5 heures. Personne ne "
        "trouve ça anormal ici.",
    ),
    (
        URG,
        PHY,
        "{{23h}}, salle d'attente pleine : {{34 patients}} enregistrés, {{3 médecins}} et un interne. "
        "Affiche : « Avant de venir, appelez le {{15}} ». Une autre sur le {{SAS}} (service d'accès aux "
        "soins). L'IAO me dit qu'un tiers des gens ici auraient pu voir un généraliste, mais il n'y en a "
        "pas d'ouvert après {{20h}}.",
    ),
    (
        URG,
        PHY,
        "Touriste irlandais, chute à vélo. Carte {{EHIC}} présentée : M. [[P:Sean O'Brien]], n° "
        "[[ID:IE 0973 4552 108]], valable jusqu'en {{2027}}. L'agente d'admission scanne la carte, pas de "
        "facture à régler sur place. Il demande s'il peut payer avec {{Revolut}}, on lui dit qu'il n'y a "
        "rien à payer. Pour les patients sans couverture, l'avis des sommes à payer donne l'IBAN de la "
        "trésorerie de l'hôpital : {{FR76 1007 1350 0000 0020 0123 438}}.",
    ),
    (
        URG,
        PHY,
        "— Vous avez mal où ?\n"
        "— Au ventre, depuis hier soir\n"
        "— De 0 à 10 ?\n"
        "— 8\n"
        "— Vous avez votre carte vitale ?\n"
        "— Non, juste ma carte d'identité\n"
        "(CNI n° [[ID:X4RTBPF29]], [[P:Manon Lecomte]], née le [[DN:25/04/2004]].) Tri 3, envoyée "
        "en {{box 6}}. Elle a {{20 ans}} et elle est venue seule en {{bus}}.",
    ),
    (
        URG,
        PHY,
        "Deux policiers amènent un homme menotté pour un certificat de compatibilité avec la "
        "{{garde à vue}}. Nom donné par la police : [[P:BELHADJ Nassim]], né le [[DN:14/03/1997]] à "
        "{{Roubaix}}. Lui donne un autre nom ([[P:Nassim Benkirane]]). L'agente d'admission crée le "
        "dossier sous le nom de la police avec une alerte « identité douteuse ».",
    ),
    (
        URG,
        PHY,
        "Arrivée d'une ambulance privée ({{Ambulances Saint-Michel}}). Fiche bilan des pompiers "
        "({{SDIS 59}}) :\n"
        "Victime : [[P:DEVOS Kevin]], {{28 ans}}\n"
        "AVP scooter contre voiture, scooter immatriculé [[IMMAT:FP-128-LZ]]\n"
        "{{Glasgow 15}}, douleur jambe droite, casque intègre\n"
        "Heure de l'appel : {{17h52}}\n"
        "L'IAO recopie tout dans le logiciel en {{6 min}}.",
    ),
    (
        URG,
        PHY,
        "3h du mat. une ado arrive seule, 15 ans, alcoolisée. l'IAO appelle les parents : père "
        "[[TEL:07.86.41.23.57]] injoignable, mère [[TEL:06 29 18 74 40]] arrive en 20 min. la petite "
        "s'appelle [[P:Chloé]], son pote [[P:Enzo]] l'a déposée devant la porte et il est reparti en "
        "{{scooter}}",
    ),
    (
        URG,
        PHY,
        "Bracelet d'identification posé au poignet, je lis : [[P:HAMON Bernadette]] / [[DN:02-08-1940]] / "
        "IPP [[ID:P00875214]] / {{UHCD}}. L'infirmière relit nom + date à voix haute avant chaque soin : "
        "« c'est l'{{identitovigilance}} ».",
    ),
    (
        URG,
        PHY,
        "Le bureau des entrées ferme à {{20h}}, après c'est l'IAO qui fait aussi l'administratif. "
        "Imprimante d'étiquettes {{Zebra}} qui bourre. {{12 étiquettes}} par patient (tubes, bons de "
        "radio). Durée moyenne de passage aujourd'hui : {{6h12}}.",
    ),
    (
        URG,
        PHY,
        "Courrier du médecin traitant tendu par la patiente à l'accueil : « Cher confrère, je vous "
        "adresse Mme [[P:Isabelle Noël]], {{52 ans}}, pour suspicion de phlébite du mollet gauche. "
        "{{D-dimères}} à {{1 200}}. Merci de votre avis. » Signé Dr [[P:Vincent Hubert]], "
        "{{Cabinet médical des Lices}}. Elle passe devant tout le monde, ça râle dans la salle.",
    ),
    (
        URG,
        PHY,
        "Monsieur sans domicile, connu du service. Dans le dossier, adresse : « domicilié {{CCAS de Lorient}}, "
        "{{2 boulevard Leclerc}} ». Prénom [[P:Yann]], tout le monde l'appelle « [[P:Tintin]] ». Il vient "
        "pour ses pieds (il dort dehors depuis {{octobre}}). L'IAO lui donne un café et des chaussettes "
        "du stock {{Emmaüs}}.",
    ),
    (
        URG,
        PHY,
        "Onglet « Couverture sociale » à l'admission :\n"
        "Patient : [[P:Rachid Amrani]]\n"
        "Régime : {{01}} - Caisse : {{CPAM 75}}\n"
        "NIR : [[NIR:1 99 04 99 352 018 51]]\n"
        "{{AME}} : non - {{CSS}} : oui jusqu'au {{30/06/2025}}\n"
        "Mutuelle : néant\n"
        "Donc pas de facture. L'agente dit que la moitié des gens ne savent pas qu'ils ont la CSS.",
    ),
    (
        URG,
        PHY,
        "Une famille de 6 dans la salle d'attente pour le grand-père, M. [[P:Mehmet Demir]], {{88 ans}}. "
        "Le petit-fils [[P:Emre]] traduit du turc. L'IAO demande qui est la personne de confiance : "
        "le fils, [[P:Ali Demir]], [[TEL:06 95 31 44 80]]. Elle leur dit que 2 personnes maximum "
        "peuvent rester.",
    ),
    (
        URG,
        TLP,
        "Standard des urgences. Une mère appelle pour savoir si son fils est là : « [[P:Théo Bernard]], "
        "né le [[DN:12/06/2006]] ». La secrétaire ne confirme rien par téléphone, secret oblige. Elle lui "
        "demande de venir avec une pièce d'identité. La mère crie, raccroche, rappelle {{2 min}} après.",
    ),
    (
        URG,
        TLP,
        "Le {{centre 15}} appelle pour annoncer une arrivée : « homme, {{45 ans}}, douleur thoracique, "
        "ECG modifié, arrivée {{SMUR}} dans {{10 min}} ». L'IAO libère le {{déchocage}}. Tout le monde "
        "accélère d'un coup.",
    ),
    (
        URG,
        TLP,
        "L'{{EHPAD Les Jardins d'Automne}} appelle pour adresser une résidente, Mme [[P:Jeannine Blot]], "
        "{{95 ans}}, chute avec douleur de hanche. L'infirmière de l'Ehpad, [[P:Kelly]], donne sa ligne "
        "directe : [[TEL:02 41 66 93 12]]. Arrivée prévue en ambulance vers {{16h}}.",
    ),
    (
        URG,
        TLP,
        "Le fils d'un patient veut recevoir le compte rendu par mail, il dicte "
        "« [[MAIL:f.bonnet(at)wanadoo.fr]] ». La secrétaire refuse : le CR est remis au patient ou part "
        "au médecin traitant par {{messagerie sécurisée}} ({{MSSanté}}).",
    ),
    (
        URG,
        TLP,
        "Le labo ({{Cerballiance}}) appelle pour un résultat critique : potassium à {{6,8}} chez un patient "
        "sorti hier soir, M. [[P:LEMOINE Gilles]], né le [[DN:20/10/1958]], IPP [[ID:2001478563]]. "
        "L'interne le rappelle chez lui au [[TEL:02 35 71 48 20]] et lui demande de revenir tout de suite.",
    ),
    (
        URG,
        TLP,
        "Message du répondeur retranscrit par la secrétaire : « oui bonjour c'est madame [[P:Leblanc]], "
        "je rappelle pour mon mari qui est venu samedi pour son genou, vous pouvez me rappeler au "
        "[[TEL:zéro six trente-trois vingt et un quarante-quatre dix-sept]], merci ».",
    ),
    (
        URG,
        TLP,
        "Le commissariat appelle pour savoir si un blessé est arrivé : « un homme, plaie à l'arme blanche, "
        "vers {{2h}} ». La cadre de santé répond qu'elle ne dira rien sans réquisition écrite. L'OPJ "
        "envoie la réquisition par mail {{20 min}} plus tard.",
    ),
    (
        URG,
        TLP,
        "Une patiente a oublié ses lunettes ({{Afflelou}}, monture rouge) dans le {{box 4}}. Mme "
        "[[P:Pauline Marchetti]], tél [[TEL:06 84 20 57 19]]. L'aide-soignante les retrouve dans une "
        "bassine avec des gants. On la rappelle, elle passera demain.",
    ),
    (
        URG,
        TLP,
        "Le standard des urgences : environ {{250 appels}} par jour, une seule secrétaire la nuit. Le "
        "numéro direct ({{02 99 28 43 21}}) n'est pas sur le site de l'hôpital exprès, pour ne pas "
        "saturer. Les gens passent par le standard général ({{02 99 28 43 00}}).",
    ),
    (
        URG,
        TLP,
        "L'AS des urgences appelle le {{115}} pour un patient qui sort : M. [[P:Dragan Petrović]], "
        "{{52 ans}}, ressortissant serbe, passeport n° [[ID:009451237]]. Réponse : pas de place ce soir, "
        "rappeler à {{17h}}. Elle soupire, elle rappellera à 17h pile.",
    ),
    (
        URG,
        TLP,
        "Un généraliste, Dr [[P:Anne-Sophie Caron]], appelle pour adresser une patiente : « je vous "
        "envoie Mme [[P:Nadège Roussel]], {{34 ans}}, suspicion d'appendicite, elle arrive avec son "
        "mari ». L'IAO note le nom sur un post-it collé sur l'écran.",
    ),
    (
        URG,
        TLP,
        "Appel de {{Belgique}}, la soeur d'un patient arrivé cette nuit, M. [[P:Jean-Luc Deprez]]. Elle "
        "laisse son numéro : [[TEL:+32 475 12 63 98]]. Le médecin la rappellera après la visite de "
        "{{11h}}. Elle demande s'il faut prendre le {{Thalys}}.",
    ),
    (
        URG,
        TLP,
        "Mail d'un avocat lu par la secrétaire : « Maître [[P:Olivia Sarrazin]] "
        "([[MAIL:o.sarrazin@avocats-sarrazin.fr]]), pour le compte de M. [[P:Bruno Leclerc]], sollicite "
        "la communication du dossier médical ». ([[P:Leclerc]] comme le magasin, dit-elle.) Elle transfère "
        "à la {{commission des usagers}}.",
    ),
    (
        URG,
        CSP,
        "Sortie {{SMUR}} avec le Dr [[P:Cohen]]. Appartement [[ADR:8 rue Lamartine, 4e sans ascenseur, "
        "76600 Le Havre]]. Patient : [[P:Guy Lefranc]], {{71 ans}}, arrêt cardiaque récupéré par les "
        "pompiers. Sur la table : {{Kardégic}}, {{Bisoprolol}}. Départ vers le {{GHH}} à {{15h20}}.",
    ),
    (
        URG,
        CSP,
        "{{PASS}} mobile dans un squat à {{Bobigny}} : 14 personnes, consultations dans la cuisine. "
        "Liste de l'infirmière :\n"
        "- [[P:Fatoumata]], {{26 ans}}, enceinte de 7 mois, aucun suivi\n"
        "- [[P:Ibrahima D.]], plaie du pied infectée\n"
        "- Mme [[P:STOICA]], diabétique, plus d'insuline depuis 4 jours\n"
        "Rdv donnés à la {{PASS}} de l'{{hôpital Avicenne}} demain.",
    ),
    (
        URG,
        CSP,
        "Visite des urgences d'un petit hôpital ({{CH de Paimpol}}) avec l'équipe de l'{{ARS}} : "
        "{{9 box}}, une salle de déchocage, un seul médecin la nuit. Temps de passage moyen : {{4h30}}. "
        "Régulation par le {{15}} la nuit envisagée l'été prochain.",
    ),
    (
        URG,
        CSP,
        "Le médecin des urgences se déplace au commissariat pour un examen de {{garde à vue}}. Personne "
        "examinée : [[P:Mickaël Perrot]]. Certificat signé : {{compatible}}. Il me dit qu'il en fait "
        "{{3 ou 4}} par garde, et que ça vide les urgences d'un médecin pendant {{1h}}.",
    ),
    (
        URG,
        CSP,
        "Équipe mobile psychiatrie précarité sous le pont de la {{rocade}} : M. [[P:Jean-Claude]], dit "
        "« [[P:Jicé]] », {{58 ans}}, refuse de venir aux urgences. L'infirmière [[P:Morgane]] lui laisse "
        "son traitement pour 7 jours dans un pilulier. Son chien s'appelle {{Pastis}}.",
    ),
    (
        URG,
        CSP,
        "Ordonnance laissée par le {{SMUR}} au domicile :\n"
        "Patient : [[P:KADDOUR Brahim]], {{62 ans}}\n"
        "- {{Paracétamol 1 g}} x 3/jour\n"
        "- {{Lovenox 4000}} 1 injection/jour pendant {{10 jours}}\n"
        "- IDE à domicile\n"
        "Signée Dr [[P:Nguyen]], {{SMUR de Créteil}}. La femme du patient range l'ordonnance dans la "
        "boîte à biscuits {{LU}}.",
    ),
    (
        URG,
        CSP,
        "AVP sur la {{N165}} à hauteur de {{Vannes}} : une {{Dacia Sandero}} [[IMMAT:GA-591-XZ]] contre un "
        "poids lourd espagnol [[IMMAT:4821 KLM]]. Conductrice de la Dacia : [[P:Aurélie Le Floch]], "
        "{{31 ans}}, incarcérée, désincarcération {{25 min}}. Transport vers le {{CHBA}}.",
    ),
    (
        URG,
        CSP,
        "Inventaire du sac {{SMUR}} avant départ avec l'infirmier : défibrillateur {{Corpuls}}, scope, "
        "ampoules d'adrénaline, kit intra-osseux, {{2 poches de 500 ml}}. Check-list signée à {{7h02}}. "
        "Il me dit qu'un oubli ici peut coûter une vie.",
    ),
    (
        URG,
        CSP,
        "Patient inconscient dans la rue. Pour l'identifier, portefeuille : permis de conduire n° "
        "[[ID:110375200412]], [[P:Frédéric Tanguy]], né le [[DN:11/03/1975]] à {{Morlaix}}. Une carte "
        "{{Crédit Agricole}}, un ticket {{PMU}}. Les pompiers ({{SDIS 29}}) préviennent sa compagne.",
    ),
    (
        URG,
        CSP,
        "Équipe mobile de gériatrie à l'{{EHPAD Résidence du Lac}} : Mme [[P:Lucienne Brochard]], "
        "{{97 ans}}, pour éviter un passage aux urgences. Chambre avec vue sur {{la rivière}}. Référente : "
        "[[P:Nathalie]]. Le directeur, M. [[P:Rivière]], passe dire bonjour. Plan de soins revu en "
        "{{40 min}}.",
    ),
    (
        URG,
        CSP,
        "L'assistante sociale des urgences va voir si un retour à domicile est possible pour "
        "M. [[P:Patrice Gomez]], {{66 ans}} : [[ADR:31 cité des Fleurs, 31200 Toulouse]]. Escalier "
        "raide, pas de rampe, baignoire. Conclusion : retour possible avec aide, kiné et douche à "
        "l'italienne à demander ({{MaPrimeAdapt'}}).",
    ),
    (
        URG,
        CSP,
        "Fiche d'intervention {{SMUR}} remplie sur le capot :\n"
        "Date {{09/11/2024}} - Appel {{14:32}} - Départ {{14:35}} - Sur place {{14:51}}\n"
        "Lieu : [[ADR:2 impasse du Stade, 56270 Ploemeur]]\n"
        "Patient : [[P:KERVELLA Roger]] - [[DN:17/02/1949]]\n"
        "Diag : {{AVC}} → {{UNV}} {{CHBS Lorient}}\n"
        "Fenêtre de thrombolyse ok, tout le monde court.",
    ),
    (
        URG,
        CSP,
        "SMUR pédiatrique à domicile, bébé de 8 mois qui convulse (fièvre). La maman tend le carnet de "
        "santé, page 1 :\n"
        "Nom : [[P:BOUVIER]]   Prénoms : [[P:Lina]], [[P:Rose]]\n"
        "Née le : [[DN:14 mars 2024]] à la {{maternité de l'Hôpital Sud}}\n"
        "Vaccins : {{Infanrix Hexa}} {{05/2024}}, {{Prevenar 13}} {{05/2024}}\n"
        "Le médecin regarde les courbes, note {{39,8 °C}}, transport au {{CHU}} avec la maman. Sur le "
        "lit, un doudou lapin et {{une rose en tissu}}.",
    ),
    # ---------------------------------------------------------------- chrs / 115
    (
        CHRS,
        PHY,
        "Fiche d'admission remplie avec l'éducatrice :\n"
        "Nom [[P:DIAKITE]]  Prénom [[P:Aminata]]  DDN [[DN:1986-04-17]]  Nationalité ivoirienne\n"
        "N° sécu : [[NIR:2 86 04 99 326 071 07]]\n"
        "Titre : carte de résident n° [[ID:3502614987]], expire en {{2031}}\n"
        "Enfants : [[P:Moussa]] ({{5 ans}}), [[P:Kadiatou]] ({{2 ans}})\n"
        "Orientation {{SIAO}}, réf. [[ID:2024-011872]]\n"
        "Ressources : {{RSA majoré}} {{1 012 €}}\n"
        "Participation à l'hébergement : {{15 %}} des ressources\n"
        "Chambre {{F4}} au 1er, avec un lit parapluie.",
    ),
    (
        CHRS,
        PHY,
        "Règlement affiché à l'entrée : portail fermé à {{22h30}}, petit-déjeuner {{7h-8h30}}, pas "
        "d'alcool dans les chambres, chiens au {{chenil}}. {{52 places}} dont {{12}} en diffus. Sur le "
        "tableau en liège : offres {{Randstad}}, une affiche {{Tremplin Emploi}}, le planning des douches.",
    ),
    (
        CHRS,
        PHY,
        "Registre de l'accueil de jour, à {{10h}} :\n"
        "- [[P:Marius]] : douche\n"
        "- [[P:Sergueï]] : courrier\n"
        "- [[P:Julie]] (la jeune avec le chien) : café + chargeur\n"
        "- M. [[P:Hadj]] : machine à laver, {{2 jetons}}\n"
        "- un nouveau, n'a pas voulu donner son prénom : café\n"
        "L'agent d'accueil me dit qu'ils sont 40 à 60 par matinée.",
    ),
    (
        CHRS,
        PHY,
        "— Bonjour, j'ai rendez-vous avec [[P:Stéphanie]]\n"
        "— C'est à quel nom ?\n"
        "— [[P:Koné]]. [[P:Ousmane Koné]]\n"
        "— Elle est en réunion, vous pouvez vous asseoir\n"
        "Il attend {{40 min}} sur la chaise en plastique sans rien dire. Quand [[P:Stéphanie]] arrive il "
        "se lève comme pour un entretien d'embauche.",
    ),
    (
        CHRS,
        PHY,
        "Lettre de la {{préfecture d'Ille-et-Vilaine}} ({{3 avenue de la Préfecture}}, "
        "{{35026 Rennes cedex 9}}) que le monsieur veut qu'on lui explique : « Monsieur [[P:AZIZI Jawad]], "
        "… obligation de quitter le territoire français … vous disposez d'un délai de {{30 jours}} … ». "
        "N° étranger [[ID:3599041276]]. L'éducateur appelle la {{Cimade}} devant lui.",
    ),
    (
        CHRS,
        PHY,
        "Attestation employeur pour le calcul de la participation : {{Association Les Compagnons Bâtisseurs}}, "
        "M. [[P:Samuel Vidal]], contrat d'insertion en {{ACI}}, {{26h}} par semaine, brut {{1 032,40 €}}. "
        "Il est fier, il la montre à tout le monde dans le hall.",
    ),
    (
        CHRS,
        PHY,
        "entretien d'accueil avec l'éduc [[P:Mehdi]]. mr arrivé hier soir via le {{115}}, {{42 ans}}, sort de "
        "prison ({{CP de Rennes-Vezin}}). billet de sortie lu : [[P:Grégory Lanoë]] né le [[DN:30/09/1982]], "
        "n° d'écrou [[ID:58732]]. il veut bosser dans le bâtiment, a son {{CACES}}",
    ),
    (
        CHRS,
        PHY,
        "Cuisine collective : menu de la semaine affiché, dons {{Biocoop}} et {{Carrefour}}. {{65 repas}} "
        "servis ce midi. Les résidents font la vaisselle à tour de rôle, planning en pictogrammes pour "
        "ceux qui ne lisent pas le français. Hachis parmentier, crème dessert.",
    ),
    (
        CHRS,
        PHY,
        "Notification Caf d'un résident, il veut savoir si c'est bon :\n"
        "« Monsieur [[P:Clément Roux]], vos droits au {{RSA}} à compter d'{{octobre 2024}} : {{635,71 €}} »\n"
        "N° allocataire [[ALLOC:3019874]]\n"
        "Adresse : {{CHRS L'Escale}}, {{14 rue de Saint-Malo}}, {{35000 Rennes}}\n"
        "Oui c'est bon. Premier versement le {{5 novembre}}.",
    ),
    (
        CHRS,
        PHY,
        "Ordonnance de la {{PASS}} montrée par une résidente, Mme [[P:IONESCU Maria]] : {{Amoxicilline 1 g}} "
        "matin et soir {{7 jours}}, {{Doliprane 1000}}. L'éducatrice range les boîtes dans le casier à "
        "médicaments n° 7 et note les prises sur la feuille.",
    ),
    (
        CHRS,
        PHY,
        "Droit au compte ({{Banque de France}}) enfin obtenu : RIB {{La Banque Postale}} au nom de "
        "[[P:Kamel Ouali]], [[IBAN:FR21 2004 1010 0706 3251 4Z02 250]]. L'éducatrice le photocopie pour "
        "la Caf et pour {{France Travail}}. Il avait attendu {{4 mois}}.",
    ),
    (
        CHRS,
        PHY,
        "Photocopie de CNI dans le dossier d'un résident : n° [[ID:T7K2M9QX4]], [[P:LEMAIRE Anthony]], "
        "né le [[DN:05 06 1990]] à {{Amiens}}, taille {{1,82 m}}. La carte expire en {{2033}}. "
        "L'éducatrice dit que beaucoup perdent leurs papiers dans la rue, une CNI c'est {{3 mois}} "
        "de démarches.",
    ),
    (
        CHRS,
        PHY,
        "ALTERCATION DANS LE HALL A {{19H10}}. DEUX RESIDENTS, [[P:RACHID]] ET « [[P:BOUBOU]] ». LE "
        "VEILLEUR [[P:PASCAL]] LES SEPARE. PAS DE BLESSE. RAPPORT D'INCIDENT ECRIT A {{19H40}}. "
        "PERSONNE NE VEUT DIRE POURQUOI.",
    ),
    (
        CHRS,
        TLP,
        "Écran {{SI-SIAO}} pendant un appel au {{115}} :\n"
        "Appelant : M. [[P:ROUSSEL Eddy]]\n"
        "DDN : [[DN:16/05/1979]]\n"
        "Situation : rue depuis {{3 semaines}}\n"
        "Lieu de nuit : parking {{gare SNCF}}\n"
        "Demande : hébergement d'urgence\n"
        "Réponse : {{NPH}}\n"
        "L'écoutante m'explique : « non pourvue faute de place ». Ça s'affiche en rouge.",
    ),
    (
        CHRS,
        TLP,
        "{{115}} : {{14 écoutants}}, environ {{1 200 appels}} par jour dont {{60 %}} de rappels. Le serveur "
        "vocal dit « votre appel est important » pendant parfois {{45 min}}. À {{9h}} toutes les places "
        "du soir sont déjà attribuées.",
    ),
    (
        CHRS,
        TLP,
        "Une maman, Mme [[P:Bamba]], appelle de la gare avec 3 enfants : [[P:Aïssata]] ({{9 ans}}), "
        "[[P:Idrissa]] ({{6 ans}}), [[P:Sira]] ({{11 mois}}). Mise à l'abri à l'hôtel ({{B&B Hotel}} de "
        "{{Cesson-Sévigné}}) pour {{3 nuits}}. L'écoutante lui dit de prendre le bus {{C6}}.",
    ),
    (
        CHRS,
        TLP,
        "Numéro affiché à l'écran : [[TEL:07 51 84 26 39]]. L'écoutante le note car le monsieur n'a plus "
        "de crédit, elle le rappellera. Il s'appelle [[P:Kevin]], « mais tout le monde m'appelle "
        "[[P:Kéké]] ».",
    ),
    (
        CHRS,
        TLP,
        "Appel de l'équipe du {{Samu social}} en maraude : ils sont avec M. [[P:Piotr Nowak]], {{61 ans}}, "
        "polonais, très alcoolisé, pieds gelés. Demande de lit halte soins santé ({{LHSS}}). L'écoutante "
        "appelle le {{CHU}}, pas de place, orientation {{accueil de nuit}}.",
    ),
    (
        CHRS,
        TLP,
        "Une infirmière de {{CMP}} appelle pour une demande SIAO : n° [[ID:2024-09-3317]], Mme "
        "[[P:Hélène Verdier]]. Statut à l'écran : « en attente - {{ACT}} ». Délai moyen pour un "
        "{{appartement de coordination thérapeutique}} : {{8 mois}}.",
    ),
    (
        CHRS,
        TLP,
        "transcription rapide : l'appelant dit s'appeler [[P:Abdel]], il est devant la {{gare de Nantes}}, "
        "côté {{Jardin des Plantes}}, avec sa copine [[P:Lucie]] qui est enceinte, et ils ont un chien. "
        "écoutante : « avec le chien c'est compliqué ». 2 places couple + chien dans tout le département.",
    ),
    (
        CHRS,
        TLP,
        "La {{Croix-Rouge}} envoie la liste de la maraude depuis {{maraude.nord@croix-rouge.fr}} "
        "(boîte de l'équipe). L'écoutante la lit :\n"
        "- [[P:Bogdan]] (parc de {{Bagatelle}})\n"
        "- [[P:Nadia]] et [[P:Sami]] (sous la passerelle)\n"
        "- un homme inconnu, {{50 ans}} environ, rue {{Nationale}}\n"
        "Elle les saisit un par un dans le logiciel.",
    ),
    (
        CHRS,
        TLP,
        "Appel en anglais d'un jeune Soudanais, [[P:Abdelrahman]], qui dit avoir {{17 ans}}. L'écoutante "
        "explique que le {{115}} ne prend pas les mineurs : orientation vers le dispositif d'évaluation "
        "des mineurs non accompagnés ({{DEMNA}}) du {{Département}}. Elle lui donne l'adresse de "
        "l'accueil, {{7 rue de la Visitation}}.",
    ),
    (
        CHRS,
        TLP,
        "{{23h10}}. Une femme chuchote, violences conjugales. L'écoutante note l'adresse du conjoint pour "
        "ne pas l'héberger à côté : [[ADR:11 rue du Maréchal Foch, 49100 Angers]]. Elle s'appelle "
        "[[P:Sonia]], {{34 ans}}. Mise à l'abri sur une place dédiée, et le {{3919}} pour la suite.",
    ),
    (
        CHRS,
        TLP,
        "Les urgences du {{CHU de Nantes}} appellent pour la sortie de M. [[P:Hubert Lefort]], né le "
        "[[DN:1er avril 1956]] (« non c'est pas une blague », dit l'infirmière). Il sort à {{18h}}, "
        "béquilles. L'écoutante trouve une place en {{halte de nuit}}.",
    ),
    (
        CHRS,
        TLP,
        "M. [[P:TRAORE Bakary]] appelle tous les jours depuis 4 mois. Son numéro est enregistré "
        "([[TEL:06 12 09 77 31]]), l'écoutante le reconnaît à la voix avant qu'il dise son nom. Ce soir "
        "encore, pas de place. Il dit « à demain » et raccroche.",
    ),
    (
        CHRS,
        TLP,
        "Les écoutants tournent : {{4h}} au téléphone maximum, puis {{1h}} de saisie. Casques {{Jabra}}. "
        "Formation à l'écoute de {{3 jours}}. Le logiciel a planté 2 fois pendant mon observation, ils "
        "repassent sur papier sans s'affoler.",
    ),
    (
        CHRS,
        TLP,
        "Un père dort dans sa voiture avec sa fille de 8 ans : {{Renault Scénic}} immatriculée "
        "[[IMMAT:DK-047-FE]], parking de l'{{Ikea}}. Il s'appelle [[P:Laurent Girard]]. Priorité famille "
        "avec enfant : l'écoutante trouve une chambre d'hôtel pour la nuit.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un appartement en diffus ({{T3}}, bailleur {{Néotoa}}) : Mme [[P:SYLLA]] et ses 2 enfants, "
        "[[ADR:9 square de Galicie, 35200 Rennes]]. Logement propre, une fuite sous l'évier signalée depuis "
        "{{septembre}}. L'éducatrice appelle le bailleur devant nous.",
    ),
    (
        CHRS,
        CSP,
        "Tour des chambres avec le veilleur à {{22h}} :\n"
        "ch 1 [[P:Marius]] ok\n"
        "ch 2 [[P:Sergueï]] absent (signalé au {{115}})\n"
        "ch 3 vide\n"
        "ch 4 [[P:Christophe B.]], alcool, 3 canettes {{Kronenbourg}} confisquées\n"
        "ch 5 [[P:Yacine]] dort déjà\n"
        "Il note tout dans le cahier de liaison.",
    ),
    (
        CHRS,
        CSP,
        "Visite technique de la {{pension de famille}} : {{24 studios}}, chaudière en panne depuis "
        "{{jeudi}}, devis {{Engie Home Services}} de {{3 200 €}}. Le chef de service : « on attend l'accord "
        "de la {{DDETS}} ». Radiateurs électriques d'appoint dans le couloir.",
    ),
    (
        CHRS,
        CSP,
        "État des lieux de sortie, studio {{12}}. Le résident, [[P:Jordan]], est parti sans prévenir. Il a "
        "laissé un sac {{Decathlon}} et des papiers : un courrier {{France Travail}} avec son identifiant "
        "[[FT:4518237K]] et une carte {{Vitale}} au nom de [[P:Jordan Mével]]. L'éducatrice garde tout "
        "{{3 mois}}.",
    ),
    (
        CHRS,
        CSP,
        "Maraude du {{Samu social}} de {{21h}} à {{1h}}, 17 personnes rencontrées. Fiche de fin de "
        "tournée :\n"
        "[[P:Hervé]] - {{porte de la Villette}} - couverture\n"
        "[[P:Moïse]] - tente le long du {{canal}} - soupe\n"
        "[[P:Jan]] et [[P:Ewa]] (couple polonais) - refusent le {{115}}\n"
        "inconnu - {{métro Stalingrad}} - dort, pas réveillé",
    ),
    (
        CHRS,
        CSP,
        "Contrat de séjour signé dans l'appartement : « Entre l'{{Association Saint-Benoît Labre}}, "
        "gestionnaire du CHRS, et Monsieur [[P:PETROV Georgi]] et Madame [[P:PETROVA Elena]] … "
        "participation de {{10 %}} des ressources … durée {{6 mois}} renouvelable ». Le couple signe "
        "en cyrillique.",
    ),
    (
        CHRS,
        CSP,
        "visite diffus à {{Lorient}}, appart de mr [[P:Yohann]] : frigo vide, plaques électriques HS. il a "
        "vendu le micro-ondes ?? l'éduc [[P:Lise]] reste très calme. on note. prochain passage mardi.",
    ),
    (
        CHRS,
        CSP,
        "Parking du CHRS : une {{Peugeot 206}} immatriculée [[IMMAT:7342 VT 29]] (ancienne plaque) "
        "appartient à un résident, M. [[P:Le Bras]]. Autorisation de stationner jusqu'à fin {{novembre}}, "
        "l'assurance est à jour ({{MAAF}}).",
    ),
    (
        CHRS,
        CSP,
        "Le chef de service me montre le tableau d'occupation : {{45/48}} places occupées, 3 réservées "
        "au {{SIAO}}. Durée moyenne de séjour : {{14 mois}}. Sorties vers un logement cette année : {{11}}. "
        "Il dit que sans logements sociaux au bout, « on est un entonnoir bouché ».",
    ),
    (
        CHRS,
        CSP,
        "Visite {{ASLL}} chez un ancien résident, M. [[P:Dimitri Vasseur]], [[ADR:27 rue Jean Jaurès, "
        "appt 12, 29200 Brest]]. Bail {{Brest Métropole Habitat}}, loyer résiduel {{86 €}} après APL. "
        "Il a acheté un canapé chez {{Emmaüs}}, il nous le montre.",
    ),
    (
        CHRS,
        CSP,
        "Tablette de l'éducatrice, fiche résident affichée :\n"
        "[[P:BERTIN Marc]] | né le [[DN:24/12/1971]] | tél [[TEL:06 48 53 12 90]]\n"
        "Référente : [[P:Lise Carré]]\n"
        "Identifiant FT : [[FT:3920574 B]]\n"
        "Ressources : {{ASS}} {{545,70 €}}\n"
        "Objectif : logement autonome avant l'été.",
    ),
    (
        CHRS,
        CSP,
        "Dans la chambre 6, sur le lit, une convocation {{France Travail}} au nom de [[P:Florian Gaudin]], "
        "identifiant [[FT:0871549 Y]], rdv le {{21/11}} à {{9h15}}, agence de {{Lorient}}. L'éducatrice la "
        "prend en photo pour le lui rappeler la veille.",
    ),
    (
        CHRS,
        CSP,
        "Passage à l'hôtel social ({{Ibis Budget}} zone commerciale) avec la travailleuse sociale, liste "
        "des familles orientées par le {{115}} :\n"
        "ch. {{204}} famille [[P:MENDY]] - 4 pers.\n"
        "ch. {{207}} Mme [[P:AHMADI]] + 2 enfants\n"
        "ch. {{211}} M. [[P:KOUASSI]] seul\n"
        "Le gérant, M. [[P:Patel]], se plaint des plaques de cuisson dans les chambres. Il laisse son "
        "portable : [[TEL:06 31 72 45 86]]. Nuitée facturée {{58 €}}.",
    ),
    # ---------------------------------------------------------------- france_travail
    (
        FT,
        PHY,
        "Écran du conseiller, dossier du demandeur :\n"
        "Identifiant : [[FT:4821937H]]\n"
        "Nom : [[P:LECOMTE]]   Prénom : [[P:Julien]]\n"
        "Né le : [[DN:03/10/1993]]   NIR : [[NIR:1 93 10 2B 033 047 44]]\n"
        "Catégorie A - inscrit depuis le {{12/02/2024}}\n"
        "Indemnisation : {{ARE}} {{38,21 €}}/jour - fin de droits {{14/08/2025}}\n"
        "Métier recherché : {{cariste}} (ROME {{N1101}})\n"
        "Il vient parce que son {{CACES}} a expiré et qu'aucune agence d'intérim ne le prend.",
    ),
    (
        FT,
        PHY,
        "CV sur clé USB imprimé par le conseiller :\n"
        "[[P:Amina BELKAÏD]]\n"
        "[[TEL:07 66 21 48 93]] | [[MAIL:amina.belkaid@outlook.fr]]\n"
        "[[ADR:3 allée des Peupliers 93140 Bondy]]\n"
        "Née le [[DN:21.09.1997]]\n"
        "{{2022-2024}} hôtesse de caisse, {{Lidl}}\n"
        "{{2020-2022}} vendeuse, {{Kiabi}}\n"
        "Stage : {{Sephora}} {{Rosny 2}}\n"
        "{{Bac pro commerce}}\n"
        "Le conseiller : « enlevez la date de naissance, ça sert à rien ».",
    ),
    (
        FT,
        PHY,
        "Agence {{France Travail}} {{Toulouse Mirail}} : accueil sans rdv le matin seulement, "
        "{{8 postes}} en libre-service, une quinzaine de personnes à {{8h45}}. Un conseiller suit "
        "environ {{180 demandeurs}} en accompagnement guidé. Au mur, encore l'ancien logo {{Pôle emploi}} "
        "à moitié décollé.",
    ),
    (
        FT,
        PHY,
        "Attestation employeur papier (l'employeur ne l'a pas faite en ligne) :\n"
        "Employeur : {{SAS Le Fournil de la Gare}}\n"
        "Salarié : [[P:TESSIER Mathieu]]\n"
        "N° SS : [[NIR:1 95 06 59 350 078 01]]\n"
        "Emploi : vendeur\n"
        "Entrée {{01/03/2023}} - sortie {{31/08/2024}}\n"
        "Motif : {{rupture conventionnelle}}\n"
        "Dernier salaire brut : {{1 802,15 €}}\n"
        "Le conseiller dit que l'attestation papier rallonge de {{15 jours}}.",
    ),
    (
        FT,
        PHY,
        "— Je viens pour ma radiation\n"
        "— Vous avez reçu un courrier ?\n"
        "— Oui, tenez\n"
        "« Monsieur [[P:Alexis Boyer]], identifiant [[FT:2307815 R]], vous ne vous êtes pas présenté au "
        "rendez-vous du {{04/10/2024}} … radiation pour une durée de {{1 mois}} … »\n"
        "— Mais j'étais à l'hôpital ce jour-là\n"
        "Le conseiller lui explique le {{recours préalable}} avec le bulletin d'hospitalisation.",
    ),
    (
        FT,
        PHY,
        "Jeune en {{CEJ}}, [[P:Killian]], {{19 ans}}. Sa conseillère, Mme [[P:Baron]], regarde son planning "
        "sur l'appli : {{15h}} d'activités par semaine exigées, il en a 9. Allocation {{528 €}} ce mois-ci. "
        "Elle lui trouve un atelier {{Duoday}} et une info collective {{Armée de Terre}}.",
    ),
    (
        FT,
        PHY,
        "Planning du conseiller ce matin :\n"
        "{{9h00}} atelier « {{CV et IA}} » - 6 inscrits\n"
        "{{10h30}} [[P:MENDY Ousmane]] - {{PPAE}}\n"
        "{{11h00}} [[P:FERRAND Lucie]] - entretien de suivi\n"
        "{{11h30}} [[P:GRANGER Paul]] - absent excusé\n"
        "Entre deux, il répond aux mails d'entreprises. Il n'a pas mangé avant {{14h}}.",
    ),
    (
        FT,
        PHY,
        "dame 58 ans, licenciée de {{Camaïeu}} y a 2 ans, fin de droits {{ARE}}. le conseiller propose l'{{ASS}}. "
        "elle pleure. « ma vie c'était ce magasin ». je note rien d'autre.",
    ),
    (
        FT,
        PHY,
        "M. [[P:Volodymyr Kovalenko]], ukrainien, protection temporaire. {{APS}} n° [[ID:9923471065]]. "
        "Diplôme d'ingénieur de l'université de {{Kharkiv}}. Le conseiller l'oriente vers "
        "{{ENIC-NARIC}} pour la reconnaissance et vers le {{GRETA}} pour le FLE niveau {{B1}}.",
    ),
    (
        FT,
        PHY,
        "Actualisation à la borne : la dame ne sait pas faire. Le conseiller tape l'identifiant à sa place "
        "([[FT:5514027 W]]) et lui fait taper le code secret en détournant les yeux. {{4 questions}}, "
        "{{2 min}}. Elle dit « c'est tout ? ».",
    ),
    (
        FT,
        PHY,
        "Offre affichée sur l'écran d'accueil, n° {{176KLMZ}} : « {{Carrefour Supply Chain}} recrute "
        "préparateur de commandes H/F, {{CDI}}, {{1 802 €}} brut, horaires {{5h-12h}}, "
        "{{Aulnay-sous-Bois}} ». Contact : Mme [[P:Leroux]], candidature à "
        "{{recrutement.aulnay@carrefour-supplychain.fr}}. Le conseiller dit que ça part en 48h.",
    ),
    (
        FT,
        PHY,
        "Borne d'accueil : ticket {{C027}}, motif « {{Indemnisation}} ». Attente affichée {{12 min}}, réelle "
        "{{35 min}}. L'agent d'accueil filtre : tout ce qui est « indemnisation » est renvoyé vers "
        "l'espace personnel ou le {{3949}}. Les gens repartent en soufflant.",
    ),
    (
        FT,
        PHY,
        "Relevé de missions intérim présenté pour l'actualisation :\n"
        "{{Randstad}} {{Lille}} - intérimaire [[P:Dylan Caron]] - n° intérimaire [[ID:RD-0783412]]\n"
        "Sem. {{41}} : {{35h}} - {{Leroy Merlin}} {{Lomme}}\n"
        "Sem. {{42}} : {{21h}} - {{Leroy Merlin}} {{Lomme}}\n"
        "Sem. {{43}} : néant\n"
        "Le conseiller lui montre où déclarer les heures. Il déclarait en net au lieu du brut.",
    ),
    (
        FT,
        TLP,
        "Le {{3949}}. La conseillère décroche : « France Travail, [[P:Céline]], bonjour ». L'appelant donne "
        "son identifiant : « [[FT:six huit deux quatre trois zéro un, C comme Charles]] ». Elle trouve "
        "le dossier du premier coup.",
    ),
    (
        FT,
        TLP,
        "Mot de passe oublié. Vérification d'identité puis envoi du code par SMS au [[TEL:06 77 40 12 85]]. "
        "Le code n'arrive pas. Deuxième essai par mail : [[MAIL:dylan.petit59@yahoo.fr]]. Arrivé. "
        "{{9 min}} pour ça.",
    ),
    (
        FT,
        TLP,
        "Plateforme {{3949}} : ouverte {{8h30-17h}}, attente moyenne {{9 min}} aujourd'hui. Motifs les plus "
        "fréquents : paiement de l'{{ARE}}, {{trop-perçu}}, actualisation. La conseillère a {{3 écrans}}, "
        "dont un avec la {{FAQ}} interne ouverte en permanence.",
    ),
    (
        FT,
        TLP,
        "Appel d'un employeur, {{Carrosserie Lemaître & Fils}} à {{Laval}}, qui veut un apprenti carrossier. "
        "Le patron, M. [[P:Lemaître]], demande si l'aide à l'embauche d'apprenti est toujours à {{6 000 €}}. "
        "La conseillère crée l'offre avec lui au téléphone et lui donne son mail pro "
        "([[MAIL:celine.vasseur@francetravail.fr]]).",
    ),
    (
        FT,
        TLP,
        "Changement de RIB pour l'{{ARE}}. Le demandeur veut le dicter : « [[IBAN:fr76 1450 5000 1004 1230 "
        "9876 523]] ». La conseillère l'arrête : ça se fait uniquement dans l'espace personnel, avec le "
        "RIB en pièce jointe. Il n'a pas de scanner, elle lui explique l'appli et la photo.",
    ),
    (
        FT,
        TLP,
        "Appel de Mme [[P:Rose Delmas]]. Elle a reçu une notification de trop-perçu de {{2 314,50 €}} et "
        "ne comprend pas. La conseillère voit : reprise d'emploi chez {{La Poste}} pas déclarée à temps. "
        "Proposition d'échéancier à {{150 €}}/mois. Mme [[P:Delmas]] demande si c'est négociable.",
    ),
    (
        FT,
        TLP,
        "note dictée : monsieur de {{Mayotte}} installé à {{Marseille}} virgule veut transférer son "
        "inscription point son numéro c'est le [[TEL:06 39 45 72 18]] point il s'appelle "
        "[[P:Anli Said Ahmed]] point la conseillère dit qu'il faut se réinscrire dans l'agence de son "
        "nouveau domicile",
    ),
    (
        FT,
        TLP,
        "La conseillère me montre la procédure « appel malveillant » : ne jamais raccrocher la première, "
        "noter l'heure, prévenir le manager. Ça arrive {{1 ou 2 fois}} par semaine. Elle a eu une menace de "
        "mort en {{mars}}, plainte déposée, classée.",
    ),
    (
        FT,
        TLP,
        "Monsieur qui ne reçoit plus rien depuis qu'il a déménagé. Ancienne adresse : [[ADR:44 rue de Paris, "
        "94100 Saint-Maur]]. Nouvelle : chez M. [[P:Fofana]], [[ADR:8 rue Gambetta, 91000 Évry]]. Il est hébergé. "
        "La conseillère met à jour et lui dit d'ajouter le nom de l'hébergeant sur la boîte aux lettres.",
    ),
    (
        FT,
        TLP,
        "Appel d'une conseillère {{Cap emploi}} pour un demandeur en situation de handicap, "
        "M. [[P:Sébastien Riou]] : {{RQTH}} valable jusqu'en {{2027}}, dossier {{MDPH}} n° "
        "[[ID:MDPH44-2019-03871]]. Elles se mettent d'accord sur qui fait le prochain rendez-vous.",
    ),
    (
        FT,
        TLP,
        "Bilan de l'heure : {{11 appels}}, 3 « paiement pas reçu », 2 trop-perçus, 2 actualisations, 1 "
        "employeur, 1 radiation, 2 raccrochés avant qu'on décroche. La conseillère : « le lundi après "
        "le paiement, c'est le double ».",
    ),
    (
        FT,
        TLP,
        "Une dame appelle pour son fils majeur qui « ne sait pas parler au téléphone ». La conseillère "
        "demande l'accord du fils, qui dit « oui » de loin. Le fils : [[P:Enzo Maillard]], né le "
        "[[DN:2003-08-11]], identifiant [[FT:7016284 F]] (la mère lit aussi la carte Vitale : "
        "[[NIR:103087511428719]]). Rendez-vous pris pour un {{atelier confiance en soi}}.",
    ),
    (
        FT,
        TLP,
        "DEMANDEUR ENERVE : « CA FAIT {{3 SEMAINES}} QUE J'AI RIEN ». LA CONSEILLERE VOIT UNE PIECE "
        "MANQUANTE : ATTESTATION EMPLOYEUR DE {{KFC}}. ELLE LUI DIT DE LA RECLAMER. IL RACCROCHE EN DISANT "
        "QU'IL VA VENIR « AVEC SES COUSINS ». ELLE NOTE L'INCIDENT. PAS DE NOM DONNE.",
    ),
    (
        FT,
        CSP,
        "Contrôle de la recherche d'emploi, dossier sur l'écran du contrôleur :\n"
        "[[P:NOEL Stéphane]] - [[FT:3382196D]]\n"
        "Questionnaire envoyé le {{02/10}} - réponse le {{16/10}}\n"
        "Candidatures citées : {{Indeed}}, {{Welcome to the Jungle}}, {{Hellowork}}, 2 candidatures "
        "spontanées\n"
        "Conclusion : recherche active, {{maintien}}\n"
        "Le contrôleur dit que {{1 sur 6}} finit en radiation, surtout pour non-réponse.",
    ),
    (
        FT,
        CSP,
        "Visite d'entreprise avec la conseillère entreprise : {{Boulangerie Pâtisserie Morel}} à "
        "{{Fougères}}, ils cherchent 2 vendeuses. Le patron, M. [[P:Morel]], nous montre le labo. Il veut "
        "« des gens qui se lèvent à {{4h}} ». La conseillère lui propose une {{POE}}.",
    ),
    (
        FT,
        CSP,
        "Suivi d'immersion ({{PMSMP}}) à l'{{EHPAD Sainte-Thérèse}}. La stagiaire, [[P:Océane Guillou]], "
        "fait {{2 semaines}} en aide-soignante. Sa tutrice, Mme [[P:Perrin]], dit qu'elle est douce avec "
        "les résidents mais toujours en retard. Bilan signé, projet de formation {{DEAS}}.",
    ),
    (
        FT,
        CSP,
        "Contrôle des émargements d'une formation à l'{{AFPA}} de {{Rennes}}, feuille de la semaine :\n"
        "[[P:ALLAIN Kévin]] | [[FT:5102847M]] | présent\n"
        "[[P:BRIAND Sophie]] | [[FT:4487120 K]] | absente (justif.)\n"
        "[[P:COSTA Nuno]] | [[FT:6031958P]] | présent\n"
        "12 stagiaires en tout, formation {{TP Agent de propreté et d'hygiène}}. Tout est en ordre.",
    ),
    (
        FT,
        CSP,
        "Job dating au {{Roazhon Park}} : {{35 entreprises}}, {{420 visiteurs}} le matin. Stands {{Keolis}}, "
        "{{Lactalis}}, {{Armée de Terre}}, {{Ouest-France}}. France Travail a imprimé {{300 CV}} sur place. "
        "Des gens en costume, d'autres en survêtement, tout le monde a un numéro.",
    ),
    (
        FT,
        CSP,
        "Vérification sur place d'une embauche déclarée ({{DPAE}}) dans un restaurant, {{Le Petit Zinc}}. "
        "Le salarié, [[P:Rayan Bouziane]], est bien là, en cuisine. Contrat {{CDD}} de {{6 mois}}, {{Smic}}. "
        "Le gérant nous offre un café. Dix minutes en tout.",
    ),
    (
        FT,
        CSP,
        "Permanence hors les murs à la {{maison de quartier de Maurepas}}. Liste des personnes reçues :\n"
        "1. [[P:Samia]] - inscription, pas d'email → création d'une adresse sur place\n"
        "2. [[P:Mamadou Cissé]] - actualisation\n"
        "3. une dame qui voulait la Caf\n"
        "4. [[P:Thierry]] - « je viens juste parler »\n"
        "Salle prêtée par la {{Ville de Rennes}}, wifi qui coupe.",
    ),
    (
        FT,
        CSP,
        "Bus {{France Travail}} garé sur la place de {{Guémené-sur-Scorff}} (pas d'agence à moins de "
        "{{40 km}}). 7 visiteurs en 3h. Un agriculteur demande pour un saisonnier, une jeune veut passer "
        "le {{permis B}} financé, le reste c'est de l'actualisation.",
    ),
    (
        FT,
        CSP,
        "Contrôle d'un organisme de formation : registre des présences, contrat, feuille d'émargement "
        "signée à l'avance pour toute la semaine (!). Le responsable, M. [[P:Vincent Lagarde]], se justifie. "
        "Numéro de déclaration d'activité de l'organisme : {{53 35 09876 35}}. Rapport à la {{DREETS}}.",
    ),
    (
        FT,
        CSP,
        "Dans l'entreprise d'insertion ({{Envie 35}}), le conseiller rencontre un salarié qu'il suit : "
        "[[P:Jonathan Hervé]], en {{CDDI}} depuis {{8 mois}}. Fiche de paie de {{septembre}} : net "
        "{{1 198,40 €}}, matricule [[ID:EV-2287]]. Il veut passer son {{CACES R489}}.",
    ),
    (
        FT,
        CSP,
        "Fin de journée en voiture avec la conseillère entreprise : {{5 visites}}, {{3 offres}} récupérées, "
        "{{180 km}}. Elle remplit son compte rendu sur le téléphone à l'arrêt au feu. Elle me dit qu'on ne "
        "parle jamais de ce métier-là.",
    ),
    (
        FT,
        CSP,
        "Visite d'un chantier d'insertion ({{Bretagne Nature Services}}) : une équipe de 8 en forêt de "
        "{{Brocéliande}}. L'encadrant technique, [[P:Gwenaël]], nous présente [[P:Brandon]] et [[P:Kader]], "
        "arrivés en {{septembre}}. Tronçonneuses {{Stihl}}, casques orange. Le soleil, les chênes, "
        "personne ne parle du chômage.",
    ),
    (
        FT,
        CSP,
        "Tableau de l'agence pour le rapport de la tournée entreprises, je recopie :\n"
        "ENTREPRISE | CONTACT | POSTE | NB\n"
        "{{Transports Jégou}} | M. [[P:Jégou]] | chauffeur {{SPL}} | 2\n"
        "{{Super U Bain-de-Bretagne}} | Mme [[P:Hamon]] | employé libre-service | 1\n"
        "{{Clinique Saint-Yves}} | [[P:Delphine Le Corre]] (RH) | ASH | 3\n"
        "Contacts tél. en colonne à droite : [[TEL:02 99 43 71 26]], [[TEL:06 82 15 39 74]], "
        "{{02 99 26 13 00}} (standard de la clinique).",
    ),
    (
        FT,
        CSP,
        "Visite d'une jeune en apprentissage au {{garage Renault}} de {{Vitré}} : [[P:Manon Guérin]], "
        "{{BAC pro maintenance}}. Son maître d'apprentissage l'adore. Elle a passé son code, "
        "pas encore le permis. Immatriculation de la voiture d'atelier qu'elle répare : "
        "[[IMMAT:HB-602-WN]] (le client a laissé les clés sur le contact).",
    ),
]


if __name__ == "__main__":
    main()
