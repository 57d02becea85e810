"""Independent evaluation corpus n° 75: 240 hand-written observation notes, labelled inline.

Each note is a ``(site_kind, channel, text)`` tuple. In ``text``, ``[[LABEL:value]]`` marks a
value to mask and ``{{value}}`` a string to keep. ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind75-001`` ... ``ind75-240`` follow the
writing order. The split (``random.Random(75)``, by site kind x channel cell) depends only on
the ids and the cells. Standard library only; running the script twice gives identical files.

Usage: python holdout_author.py            (writes dev.jsonl and holdout.jsonl next to it)
       python holdout_author.py --stats    (also prints the counts used in README.md)
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind75"
SEED = 75
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
    """Return (text, entities, keep) for one marked-up note."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    for ent in entities:
        assert text[ent["start"] : ent["end"]] != ""
    return text, entities, keep


def build(notes):
    """Parse all notes; ids follow the writing order."""
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
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


def split(cells_by_id):
    """Return (dev_ids, holdout_ids) from a mapping id -> (site_kind, channel) only."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(set(cells_by_id.values())):
        ids = sorted(i for i, c in cells_by_id.items() if c == cell)
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def print_stats(parts):
    names = list(parts)
    print("| site kind | channel | " + " | ".join(names) + " |")
    print("|---|---|" + "---:|" * len(names))
    cells = sorted({(n["site_kind"], n["channel"]) for n in parts["all"]})
    for cell in cells:
        row = [sum((n["site_kind"], n["channel"]) == cell for n in parts[k]) for k in names]
        print(f"| {cell[0]} | {cell[1]} | " + " | ".join(map(str, row)) + " |")
    print("| **total** | | " + " | ".join(str(len(parts[k])) for k in names) + " |")
    print()
    print("| label | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    counts = {k: Counter(e["label"] for n in parts[k] for e in n["entities"]) for k in names}
    for label in LABELS:
        print(f"| {label} | " + " | ".join(str(counts[k][label]) for k in names) + " |")
    print("| **total** | " + " | ".join(str(sum(counts[k].values())) for k in names) + " |")
    print()
    for k in names:
        keep = sum(len(n["keep"]) for n in parts[k])
        empty = sum(not n["entities"] for n in parts[k])
        print(f"{k}: {keep} keep entries, {empty} notes without any entity")


def main(argv):
    notes = build(NOTES)
    dev_ids, holdout_ids = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    by_id = {n["id"]: n for n in notes}
    dev = [by_id[i] for i in dev_ids]
    holdout = [by_id[i] for i in holdout_ids]
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    if "--stats" in argv:
        print_stats({"all": notes, "dev": dev, "holdout": holdout})
    return 0


# ---------------------------------------------------------------------------------------------
# The notes, in writing order: (site_kind, channel, text with inline marks).
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}, {{Caf}} {{Amiens}}, borne ticket {{A027}}. Dame d'{{Étouvie}} venue à pied avec la poussette, elle montre un courrier « indu {{APL}} {{1 214 €}} ». L'agent ([[PERSONNE:Sandrine]]) cherche le dossier : n° alloc [[N_ALLOCATAIRE:2417638]], Mme [[PERSONNE:Kasongo Mbuyi]]. Indu = ressources mal déclarées en {{2023}}. Échéancier proposé {{40 €}}/mois. La dame pleure pas mais presque.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{10h03}}. Jeune homme, {{22 ans}}, veut savoir pourquoi pas de paiement {{ARE}} ce mois. La conseillère lui demande son identifiant : « [[ID_FRANCE_TRAVAIL:5093817M]] ». Il l'épelle mal la 1ere fois (il dit N au lieu de M). Actualisation pas faite → radiation {{1 mois}}. Il dit « mais j'ai pas reçu de mail ». Elle vérifie : mail enregistré [[EMAIL:yanis.ferhat94@gmail.com]] → il dit que c'est plus le bon.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Saint-Quentin}}, accueil sans RDV. Monsieur de {{66 ans}}, carte vitale qui marche plus. L'agent [[PERSONNE:Thierry Vasseur]] tape le NIR à voix haute en le lisant sur l'attestation : [[NIR:1 58 05 80 001 041 01]]. Né à {{Abbeville}} dit le monsieur, tout fier. Nouvelle carte commandée, photo à envoyer. Durée : {{18 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}, {{22h40}}. Appel d'une femme depuis la {{gare}} de {{Creil}}, avec 2 enfants ({{4 ans}} et {{7 ans}}). Écoutante : [[PERSONNE:Nadège]]. Plus de place à {{Creil}} ni à {{Nogent}}. Proposition : hôtel à {{Compiègne}}, {{40 min}} de route, elle n'a pas de voiture. Taxi pris en charge. Nom donné : [[PERSONNE:Amira Ben Salah]], tél [[TELEPHONE:07 81 44 29 06]]. Elle rappellera si le taxi vient pas.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences, {{15h}}. Salle d'attente pleine, {{31}} personnes affichées sur l'écran. Box IAO : l'infirmière d'accueil demande nom / date de naissance à chaque patient, à voix haute, devant tout le monde. J'entends « [[PERSONNE:Gómez Lucía]], [[DATE_NAISSANCE:14 février 1990]] » puis « [[PERSONNE:Okafor]], c'est bien ça ? ». Aucune confidentialité 😬",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Beauvais}}, permanence quartier {{Argentine}}. Mr [[PERSONNE:Lefebvre]], {{71 ans}}, veuf, vient pour l'aide au chauffage. Locataire {{Oise Habitat}} ? non, il est proprio, chauffage au fioul, {{800 litres}} = {{1 150 €}}. L'agente ([[PERSONNE:Malika]]) remplit le dossier d'aide facultative et lui demande son RIB : il sort un papier plié en quatre, elle recopie [[IBAN:FR76 3000 3018 4200 0504 1237 792]]. Passage en commission le {{12}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{Caf}}. Attente annoncée : {{25 minutes}}. Appel d'un papa solo, garde alternée → qui touche les {{AF}} ? Le conseiller demande le num allocataire : « [[N_ALLOCATAIRE:0874215]] », puis la date de naissance de l'enfant… mais pas celle du parent. Je note que les conseillers n'ont pas de script pour ça, ils improvisent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Quentin}}, agence près du quartier {{Europe}}. {{9h30}} : atelier CV, {{6}} inscrits, {{4}} présents. La conseillère [[PERSONNE:Élodie Carpentier]] montre un CV modèle au nom de « [[PERSONNE:Jean Dupont]] » 🙃. Un participant, [[PERSONNE:Ousmane]], cherche dans la logistique ({{Amazon}} à {{Boves}} ? trop loin sans permis).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : file d'attente affichée sur un écran au mur, {{47}} appels en attente à {{11h}}. Les agents ont un objectif de {{6 min}} par appel. Une agente me dit qu'elle coupe parfois la musique d'attente parce que les gens raccrochent. Pas de pause avant {{12h30}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, {{Airaines}} ({{Somme}}). {{45 min}} de route depuis {{Amiens}}. Contrôleur : [[PERSONNE:Patrick Doré]]. Allocataire Mme [[PERSONNE:Lemaire]], {{RSA}} + {{APL}}, soupçon de vie maritale. Maison mitoyenne [[ADRESSE:3 rue du Moulin, 80270 Airaines]]. Deux brosses à dents, des chaussures d'homme taille {{44}}. Elle dit que c'est à son frère [[PERSONNE:Kévin]] qui passe le week-end. Le contrôleur note tout, ne juge pas devant elle. Voiture devant : [[IMMATRICULATION:FH-327-KB]], il relève la plaque.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tél des urgences : une fille appelle pour savoir si sa mère est arrivée. L'agente ne peut rien dire par téléphone. « Vous êtes de la famille de Mme [[PERSONNE:Rakotomalala]] ? Je ne peux pas confirmer. » La fille s'énerve. {{4 min}} de discussion.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur de {{Crépy-en-Valois}} qui a trouvé un CDD à {{Paris}} ({{La Défense}}) : {{1h15}} de train dans chaque sens. Il demande l'aide à la mobilité. Le conseiller [[PERSONNE:Rachid]] lui fait répéter son identifiant : [[ID_FRANCE_TRAVAIL:406 2281 T]]. Pas éligible car CDD < {{3 mois}}. Le monsieur raccroche sans dire au revoir.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{CHRS}}. Petit déj servi de {{8h}} à {{9h30}}. {{14}} personnes. Café, pain, confiture. Un homme dort sur deux chaises. L'éducateur dit qu'on le laisse, il a marché toute la nuit. Machine à laver en panne depuis {{3 semaines}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} : jeune femme enceinte de {{6 mois}}, déclaration de grossesse jamais reçue. L'agent vérifie avec son NIR : [[NIR:291096017530550]]. Elle s'appelle [[PERSONNE:Sabrina Mokrani]], elle a déménagé de {{Creil}} à {{Lille}} en {{2022}} et le dossier est resté dans l'{{Oise}} ! Transfert fait en deux minutes, mais personne ne l'avait fait.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Château-Thierry}}, tél. Une dame de {{Brasles}} appelle pour le portage de repas de son père, [[PERSONNE:René Morlet]], {{89 ans}}, [[ADRESSE:14 rue de la Prairie, 02400 Brasles]]. Pas de dispositif CCAS pour {{Brasles}}, c'est une autre commune. L'agente donne le numéro de l'{{ADMR}} et du {{CLIC}}. La dame laisse son 06 au cas où : [[TELEPHONE:06 32 18 77 45]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "rdv {{10h}} : conseillere Mme [[PERSONNE:Hoarau]] recoit mr [[PERSONNE:Da Costa]], {{58 ans}}, licencie eco apres {{31 ans}} dans la meme boite. Il dit « j'ai jamais fait de CV de ma vie ». {{CSP}} proposé. Elle lui cree son espace, mdp noté sur un post-it 😕. Mail : [[EMAIL:dacosta.jm@orange.fr]]",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec l'agente enquêtrice de la {{Cpam}} de la {{Somme}} : contrôle d'un arrêt maladie, sorties autorisées {{9h-11h}} et {{14h-16h}}. On sonne à {{15h10}} au [[ADRESSE:27 rue Saint-Fuscien, 80000 Amiens]]. Personne. Avis de passage laissé. L'agente : « ça arrive une fois sur deux ». On repart. Nom sur la boîte : [[PERSONNE:T. NGUYEN]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus du {{CHRS}}, {{Soissons}}. L'éducatrice [[PERSONNE:Coralie]] passe voir M. [[PERSONNE:Baptiste Lenoir]], {{34 ans}}, sorti de prison il y a {{2 mois}}. Appart propre, frigo vide. Il montre une lettre de {{Pôle emploi}} (il dit encore Pôle emploi). Adresse du logement : [[ADRESSE:5 allée des Tilleuls, 02200 Soissons]]. [[PERSONNE:Coralie]] prend rdv pour la {{banque alimentaire}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Amiens-Picardie}}, {{19h}}. Un ado arrive avec son père, main ouverte (scie sauteuse ?). L'agente d'accueil administratif crée le dossier : « Nom ? — [[PERSONNE:Wiśniewski]]. — Vous pouvez épeler ? — [[PERSONNE:W-I-S-N-I-E-W-S-K-I]] ». Elle tape, ça passe pas à cause du ś. Né le [[DATE_NAISSANCE:03/06/2009]]. Attente estimée {{4h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle ressources, appart {{T3}} chez un bailleur social. Le contrôleur compare le bail et la déclaration. Sur la boîte aux lettres : « [[PERSONNE:Diop]] / [[PERSONNE:Camara]] ». Madame dit que [[PERSONNE:Camara]] c'est l'ancien locataire, jamais enlevé. Le contrôleur demande un justificatif. Ambiance tendue mais polie. {{1h05}} sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence FT {{Creil}}. Beaucoup de monde du {{Plateau}}. Un jeune, [[PERSONNE:Ilyès]], vient avec sa mère qui parle pour lui. Il a {{19 ans}}, décroché en 1ère. Orientation {{Mission locale}} + {{CEJ}}. La conseillère ([[PERSONNE:Gwenaëlle Le Bihan]]) note son numéro : [[TELEPHONE:07.58.12.90.33]]. La mère demande s'il touchera « les {{500 balles}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{3646}}, assuré de {{Laon}}. Remboursement de lunettes pas reçu. L'agent [[PERSONNE:Hervé]] demande le numéro de sécu, le monsieur le dit par paquets : « [[NIR:un, soixante-deux, onze, soixante, zéro cinquante-sept, zéro quatre-vingt-huit, soixante-douze]] ». [[PERSONNE:Hervé]] le répète chiffre par chiffre en tapant. Né à {{Beauvais}}, {{61 ans}}. Le dossier était bloqué faute de RIB à jour.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation au {{CCAS}} : {{11h}}, file de {{9}} personnes pour le courrier. L'agent sort les enveloppes d'un casier alphabétique. Certains viennent tous les jours « au cas où ». Un monsieur repart sans rien, il dit « demain ». Ça dure {{45 secondes}} par personne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, nuit. Appel d'un homme qui se présente comme « [[PERSONNE:Tonio]] », connu du service. L'écoutant tape « [[PERSONNE:Tonio]] » dans le logiciel → {{3}} fiches. Il lui demande sa date de naissance : « [[DATE_NAISSANCE:1er janvier 1970]] » (date par défaut des gens sans papiers, me dit l'écoutant après). Pas de place. Orientation maraude.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél : une employeuse appelle (restaurant) pour son offre n° {{178QKLM}}. Elle veut savoir si une candidate est bien inscrite : « [[PERSONNE:Aïcha Traoré]] ». Le conseiller refuse de répondre ({{RGPD}}). Elle insiste. Il propose qu'elle demande directement à la candidate.",
    ),
    (
        "caf",
        "accueil_physique",
        "Point d'accueil {{Caf}} à {{Abbeville}}, ouvert {{2 matinées}} par semaine. Un couple de {{Saint-Valery}} a fait {{25 km}}. {{Prime de naissance}} pas versée pour [[PERSONNE:Lyam]], né le [[DATE_NAISSANCE:28 décembre]]. L'agente [[PERSONNE:Corinne Dufossé]] voit que le formulaire est incomplet : il manque la signature du père, M. [[PERSONNE:Boucher]]. Il signe sur place.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran en salle d'attente : « temps d'attente estimé : {{5h30}} ». Une dame âgée sur un brancard dans le couloir depuis la veille. L'aide-soignant m'explique qu'il n'y a pas de lit en médecine. Personne ne crie, tout le monde est épuisé.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'agent du {{CCAS}} de {{Nogent-sur-Oise}}, évaluation pour l'aide ménagère. Mme [[PERSONNE:Marie-Thérèse Kowalczyk]], {{84 ans}}, fille de mineur polonais, [[ADRESSE:8 rue des Ormes, 60180 Nogent-sur-Oise]]. Elle nous offre le café, insiste. Le fils habite à {{Senlis}}, vient le dimanche. Chat sur le canapé : {{Mistigri}}. Évaluation {{GIR 5}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Compiègne}}. Étudiante brésilienne de l'{{UTC}} : pas de numéro de sécu définitif, seulement un provisoire. L'agente [[PERSONNE:Stéphanie]] lui demande son titre de séjour étudiant, n° [[IDENTIFIANT:6002874315]], et le passeport : [[IDENTIFIANT:FZ802211]]. Elle s'appelle [[PERSONNE:Luana Ribeiro dos Santos]] ; l'agente cherche « [[PERSONNE:Santos]] » puis « [[PERSONNE:Dos Santos]] » puis « [[PERSONNE:Ribeiro]] » 😅. Trouvé au 3e essai.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél, allocataire de {{Tergnier}} ({{Aisne}}) : plus de voiture, pas de bus pour aller à l'accueil de {{Laon}}. Elle demande si elle peut tout faire par téléphone. Oui, mais le conseiller lui demande de scanner → elle n'a pas de scanner. Solution : l'appli {{Caf - Mon Compte}} avec photo. Son email pour le lien : [[EMAIL:cindy.vandamme02 arobase hotmail point fr]]. Num alloc [[N_ALLOCATAIRE:3302915]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} à {{Amiens}}, {{quartier Nord}}, entretien d'admission. Femme victime de violences, 2 enfants. L'assistante sociale [[PERSONNE:Fatoumata Sy]] remplit le dossier {{SIAO}}, réf [[IDENTIFIANT:SIAO80-24-01187]]. Le conjoint, M. [[PERSONNE:Grégory Lhomme]], ne doit pas savoir où elle est. Elle donne la plaque de sa voiture à l'AS pour un signalement au cas où : [[IMMATRICULATION:EK-604-ZD]]. Tout le monde chuchote.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Guichet : un monsieur vient pour « radié sans raison ». Le conseiller montre l'écran : absence au rdv du {{4 mars}}. Le monsieur : « j'étais à l'hôpital ». Il a un bulletin d'hospitalisation, réinscription rétroactive possible. Identifiant lu sur le courrier : [[ID_FRANCE_TRAVAIL:3318764B]]. Nom : M. [[PERSONNE:Bouzid]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tél urgences, {{CH de Saint-Quentin}}. Un homme appelle de {{Guise}} : sa femme fait un malaise, il demande s'il doit venir ({{40 min}} de route). L'agente lui dit de faire le {{15}}, immédiatement. Il répète « le 15 ? ». Elle raccroche pour qu'il appelle. Moins d'une minute.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} : un monsieur veut un rdv pour l'aide alimentaire. L'agente ([[PERSONNE:Yasmine]]) lui demande nom et adresse : « [[PERSONNE:Jacques Mercier]], [[ADRESSE:41 bis avenue de la Gare]] ». Rdv jeudi {{14h}}. Elle répète le nom en l'écrivant : « [[PERSONNE:M-E-R-C-I-E-R]] ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} dans un village du {{Vexin}}, à côté de {{Chaumont-en-Vexin}}. Contrôleuse : [[PERSONNE:Véronique Maes]]. Allocataire auto-entrepreneuse (couture), elle montre son SIRET perso : [[IDENTIFIANT:852 417 096 00017]]. Chiffre d'affaires déclaré {{3 200 €}} par trimestre. Une machine {{Singer}} dans le salon. Pas d'anomalie.",
    ),
]

NOTES_2 = [
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Beauvais}}, quartier {{Saint-Jean}}. Mme [[PERSONNE:France Delattre]], {{57 ans}}, aide-soignante en reconversion (le dos). Elle rit : « avec un prénom pareil je suis faite pour France Travail ». Conseiller : [[PERSONNE:Mathieu Grébert]]. Identifiant [[ID_FRANCE_TRAVAIL:2275061Y]]. Formation {{AFPA}} à {{Beauvais}} pour devenir secrétaire médicale, {{6 mois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} : un monsieur vient changer de RIB pour ses remboursements. L'agente scanne le nouveau RIB : [[IBAN:FR76 1027 8022 7000 0214 6650 317]] ({{Crédit Mutuel}}). Elle vérifie l'identité : carte d'identité n° [[IDENTIFIANT:110369204518]]. Nom : [[PERSONNE:Serge Abitbol]]. {{7 min}} en tout.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Vervins}} ({{Thiérache}}), {{1h10}} de route depuis {{Laon}}. Contrôleur [[PERSONNE:Ludovic Caron]] + moi. Ferme isolée, [[ADRESSE:lieu-dit Les Quatre Vents, 02140 Vervins]] (pas de numéro). Allocataire : M. [[PERSONNE:Dimitri Popescu]], ouvrier agricole, {{RSA}} + {{prime d'activité}}. Déclarations trimestrielles oubliées {{2 fois}}. Il ne sait pas se servir d'internet, c'est sa fille ([[PERSONNE:Ioana]], {{15 ans}}) qui fait tout sur son téléphone.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{GHPSO}} à {{Creil}}, {{23h}}. Un homme ivre, agressif avec l'agent de sécu. L'agent d'accueil, [[PERSONNE:Karim]], reste calme, lui parle de foot ({{PSG}}). Ça marche. Il finit par donner son nom : [[PERSONNE:Steven Leroux]], né le [[DATE_NAISSANCE:17.09.1988]]. Pas de carte vitale, on retrouve le dossier par la date de naissance.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aisne}}, {{6h50}}, fin de nuit. Un monsieur appelle avec le téléphone d'un passant, à {{Laon}}, ville basse. Il a dormi dans le hall de la {{gare}}. Il s'appelle [[PERSONNE:Mohamed Lakhdar]], né en [[DATE_NAISSANCE:1975]] en {{Algérie}}. L'écoutante retrouve une ancienne fiche avec son NIR : [[NIR:1 75 01 99 352 117 13]]. Place à {{19h}} ce soir au foyer.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél, {{14h}}-{{16h}} : j'écoute {{11}} appels. Quasiment tous pour l'actualisation ou un paiement en retard. Le conseiller a {{3}} écrans. Il dit « les gens appellent parce que le {{3949}} répond pas » – mais c'est nous le 3949 🤷",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Quentin}}, antenne du {{Vermandois}}. Demande d'aide pour une facture d'eau. Madame [[PERSONNE:Nguyen Thi Lan]] montre la facture {{Suez}}, réf client [[IDENTIFIANT:4471 0923 8856]], {{312,40 €}}. Son fils traduit. L'agente ([[PERSONNE:Aurélie Demarcq]]) appelle {{Suez}} devant nous et obtient un échéancier en {{10 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{14h05}}, accueil sur rdv. Jeune couple, premier logement. Dossier {{APL}} : le conseiller relit l'adresse à voix haute pour vérifier : « [[ADRESSE:12 impasse des Glycines, appartement 4]], c'est bien ça ? ». Oui. Numéro allocataire créé sur place : [[N_ALLOCATAIRE:5521870]]. Ils repartent contents 🙂",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences. Une dame appelle : son mari, M. [[PERSONNE:Benhamou]], a été transféré cette nuit et elle ne sait pas où. L'agent cherche avec l'IPP qu'elle lit sur un papier : « IPP [[IDENTIFIANT:20431877]] ». Transféré en cardio au {{CHU}}. Il lui donne le numéro du service.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite pour un dossier {{C2S}} : vérifier que la personne vit bien seule. Mme [[PERSONNE:Yvette Marchand]], {{67 ans}}, [[ADRESSE:résidence Les Peupliers, bât. C, 71 avenue Foch, 60100 Creil]]. Tout est en ordre. Elle montre ses relevés {{Crédit Agricole}} sans qu'on les demande. L'agent est gêné de « fouiller », il me le dit dans l'escalier.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Compiègne}}. Un monsieur de {{Pierrefonds}} a fait {{20 km}} en vélo électrique, permis suspendu. Le conseiller [[PERSONNE:Antoine Lavallée]] lit le dossier : « M. [[PERSONNE:Kader Messaoudi]], [[DATE_NAISSANCE:12/04/1979]] ». Projet : chauffeur poids lourd → impossible sans permis. Discussion honnête, {{35 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de l'{{Oise}}. Une maman de {{Chantilly}} qui travaille à {{Paris}} ({{RER D}} tous les jours) appelle à {{17h55}} ; fermeture à {{18h}}. Question sur le {{CMG}} pour la nounou. La conseillère [[PERSONNE:Priscilla]] prend son numéro pour la rappeler demain {{8h30}} : [[TELEPHONE:+33 6 71 20 58 94]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de fin de prise en charge : logement autonome trouvé via {{Clésence}} à {{Saint-Quentin}}. [[PERSONNE:Jennifer]] et ses deux filles emménagent [[ADRESSE:9 rue Camille Desmoulins, 02100 Saint-Quentin]]. Pas encore de meubles. L'éducateur ([[PERSONNE:Bilal Haddad]]) a récupéré un frigo chez {{Emmaüs}}. Elle pleure de joie. Moi aussi un peu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : une assurée veut savoir si son arrêt de travail est arrivé. L'agent demande le n° de sécu : [[NIR:2 79 04 99 139 154 57]]. Elle ajoute « je suis née au {{Portugal}}, c'est pour ça le {{99}} ». L'agent sourit. Arrêt reçu, paiement sous {{10 jours}}. Elle s'appelle [[PERSONNE:Maria da Conceição Ferreira]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Laon}}, dimanche. Une famille de {{Marle}} arrive avec la grand-mère, {{91 ans}}, chute. Le petit-fils donne tout : « [[PERSONNE:Ginette Fourny]], née le [[DATE_NAISSANCE:2 août 1933]], son médecin c'est le Dr [[PERSONNE:Oumar Ba]] à {{Marle}} ». Mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:0045872219]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} d'{{Amiens}}. Le bailleur appelle pour signaler un locataire en grande précarité : M. [[PERSONNE:Lucien Dewailly]], {{76 ans}}, [[ADRESSE:17 place du Pays d'Auge, 80080 Amiens]]. Réf locataire [[IDENTIFIANT:L-0071543]]. L'agente déclenche une visite à domicile pour la semaine prochaine.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : la conseillère ([[PERSONNE:Sophie]]) rappelle M. [[PERSONNE:Anthony Vermeulen]], de {{Château-Thierry}}, pour un job dating à {{Reims}}. Pas de réponse. Messagerie : « vous êtes bien chez [[PERSONNE:Anthony]], laissez un message ». Elle laisse le {{3949}}. Numéro composé : [[TELEPHONE:06 18 44 02 71]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique avant la visite : {{90 %}} des contrôles se passent bien, les gens ont peur pour rien. Il s'assoit toujours, ne reste jamais debout. Voiture de service : une {{Clio}} à {{190 000 km}}. Il fait {{12 contrôles}} par semaine.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Amiens}}, antenne près de {{Pierre-Rollin}}. M. [[PERSONNE:Pierre Adjovi]] vient pour sa {{C2S}}. L'agente ([[PERSONNE:Annie]]) : « Monsieur [[PERSONNE:Adjovi]], il me manque votre avis d'imposition ». Il l'a en photo sur son téléphone. Elle lui demande de l'envoyer par mail et note son adresse : [[EMAIL:p.adjovi@laposte.net]]. C2S accordée sous réserve.",
    ),
    (
        "urgences",
        "accueil_physique",
        "box 3 : mr [[PERSONNE:Haddadi]] ?? personne. rappelé {{3 fois}}. parti sans être vu. L'IOA coche « parti sans soins ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Beauvais}}, {{19h}}, arrivées du soir. {{6}} hommes. L'agent de nuit, [[PERSONNE:Jean-Claude]], ancien routier, connaît chacun. [[PERSONNE:Dariusz]] arrive avec son chien {{Rocky}}, normalement interdit : le chien dort dans le local vélos. Un nouveau : papiers dans un sac plastique, titre de séjour expiré n° [[IDENTIFIANT:0602331874]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} d'{{Abbeville}} chez M. et Mme [[PERSONNE:Carpentier]], quartier {{Rouvroy}}, [[ADRESSE:4 rue des Capucins, 80100 Abbeville]]. Logement insalubre : moisissures, simple vitrage. L'agente prend des photos pour l'{{ARS}}. Leur petit-fils [[PERSONNE:Enzo]] vit avec eux depuis {{2021}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme arrivée d'{{Espagne}}. Le conseiller lui demande un RIB pour l'{{ARE}} : elle a ouvert un compte à {{La Banque Postale}}, [[IBAN:FR31 2004 1010 1203 4587 1C02 931]]. Nom : [[PERSONNE:Nerea Etxeberria]]. Elle épelle : « [[PERSONNE:E-T-X-E-B-E-R-R-I-A]] ». Le conseiller : « c'est basque ? ». Oui.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Soissons}}. Un monsieur de {{Villers-Cotterêts}} ({{35 min}} de car) vient pour une attestation de paiement pour son bailleur. L'agent l'imprime en {{2 min}}. Il dit qu'il aurait pu la télécharger mais il n'a pas internet chez lui. [[PERSONNE:Hassan Ouali]], alloc n° [[N_ALLOCATAIRE:6129473]]. À {{Villers-Cotterêts}}, plus d'accueil Caf depuis {{2020}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une assurée de {{Nogent-sur-Oise}} : elle a perdu sa carte vitale dans le train {{Creil}}-{{Paris Nord}}. Déclaration de perte faite par l'agent. Vérif d'identité : « [[PERSONNE:Océane Duhamel]], née le [[DATE_NAISSANCE:vingt-trois novembre quatre-vingt-treize]] à {{Lille}} ». Nouvelle carte dans {{3 semaines}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Soissons}}, {{10h}}. Calme. L'agente d'accueil me montre le tableau : {{12}} patients, {{3}} en attente de lit. Elle dit que le lundi c'est l'enfer (médecins de ville fermés le week-end). Distributeur de café en panne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} : un homme appelle pour son ami qui fait une crise d'épilepsie dans la rue. L'écoutant bascule vers le {{15}}. Après, il me dit qu'ils reçoivent souvent des appels médicaux. Durée {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél : une demandeuse ne reçoit pas les SMS de rdv. Le conseiller vérifie : numéro enregistré [[TELEPHONE:06 27 93 15 40]] ; elle dit « non, c'est le [[TELEPHONE:06 27 93 15 04]] ». Deux chiffres inversés. Corrigé. Identifiant : [[ID_FRANCE_TRAVAIL:7742019 H]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}}, épicerie sociale. Carte d'accès au nom de [[PERSONNE:Fadila Aït Ouarab]], carte n° [[IDENTIFIANT:EPI-2024-0347]], droits ouverts {{3 mois}}. Reste à vivre calculé : {{4,80 €}}/jour/personne, seuil à {{8 €}}. Accès accordé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel sur trois concerne la {{prime d'activité}}, dit le conseiller. Le simulateur de {{caf.fr}} est mal compris. Il explique les {{3 mois}} de référence, calmement, {{4 fois}} de suite au même monsieur.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences, {{CH de Beauvais}}. Un médecin de {{Grandvilliers}} appelle pour adresser un patient : « M. [[PERSONNE:Gilles Lefranc]], {{82 ans}}, je vous l'envoie en {{VSL}} ». L'agente note sur un papier avant de saisir. Le dossier existe déjà : IPP [[IDENTIFIANT:0601448723]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Laon}}. Un homme de {{Montcornet}} ({{35 km}}), pas de bus le matin. Il avait un rdv obligatoire à {{9h}}, il est venu en stop. La conseillère [[PERSONNE:Justine]] propose des rdv en visio pour la suite. Il n'a qu'un vieux {{Samsung}} sans forfait data. Visio impossible. On garde le physique, un mois sur deux.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Beauvais}}, quartier {{Saint-Jean}}. Mme [[PERSONNE:Nadia Belkacem]], {{RSA majoré}}. Le contrôleur demande à qui est la voiture sur le parking : vieille {{Peugeot 206}}, plaque [[IMMATRICULATION:6347 XR 60]]. C'est la sienne, un cadeau de son père. Pas de souci.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé au {{CHRS}}, une infirmière bénévole. Un résident, « [[PERSONNE:Le Breton]] » (surnom, il vient de {{Brest}}), montre un pied infecté. Elle l'oriente vers les urgences, il refuse. Elle refait le pansement. Il dit « merci ma belle ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}}, bornes. Une dame ne sait pas utiliser la borne, l'agent d'accueil le fait pour elle : il tape son numéro de sécu, [[NIR:2 70 02 02 408 073 43]], puis lit l'écran : « Madame [[PERSONNE:Leleu]], c'est ça ? ». Attestation de droits imprimée. Elle est née à {{Laon}}, elle le dit sans qu'on demande.",
    ),
]

NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Amiens}}, {{10h20}}, guichet {{4}}. Ce que la dame sort de son sac :\n- avis d'imposition\n- bail\n- 3 bulletins de salaire ({{Intermarché}})\n- un RIB : [[IBAN:FR76 1627 5004 0008 1233 7041 224]]\n- la carte d'identité de son fils [[PERSONNE:Nassim]]\n- une lettre de l'école\nL'agente ([[PERSONNE:Laetitia Boulanger]]) trie, garde le RIB et les bulletins, rend le reste. Changement de situation : reprise d'emploi. Alloc [[N_ALLOCATAIRE:1108362]]. Elle me dit : « elles apportent tout, au cas où, c'est normal ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "APPEL TRES TENDU. Le monsieur (M. [[PERSONNE:Duquesne]]) crie : « VOUS M'AVEZ COUPÉ MES DROITS ». Le conseiller [[PERSONNE:Nicolas]] garde la voix basse. Contrôle de la recherche d'emploi → sanction. Identifiant [[ID_FRANCE_TRAVAIL:1190472N]]. Il vit à {{Bohain-en-Vermandois}}, dit qu'il postule partout jusqu'à {{Saint-Quentin}} mais il n'a pas gardé de preuves. Le conseiller lui explique le recours. {{22 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame avec son bébé de {{3 semaines}}, pour le rattacher à sa carte. Bébé : [[PERSONNE:Inaya]], née le [[DATE_NAISSANCE:2024-02-11]] (l'agente lit l'acte, le logiciel veut le format ISO). Mère : [[NIR:2 01 12 60 159 512 28]]. L'agente : « vous êtes née à {{Compiègne}} ? » « oui ». Rattachement fait.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}. Un gendarme de {{Ham}} appelle : une femme et un enfant dorment dans leur voiture sur le parking de l'{{Intermarché}} depuis {{3 nuits}}. Plaque relevée par le gendarme : [[IMMATRICULATION:BZ-119-LM]]. La dame : [[PERSONNE:Sandra Poulain]]. L'écoutante ([[PERSONNE:Mélanie]]) trouve une place en urgence à {{Péronne}}, {{25 km}}. Le gendarme les escorte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil administratif. Patiente : [[PERSONNE:Folake Adebayo]], DDN [[DATE_NAISSANCE:30/09/1996]], sans mutuelle. L'agente propose un dossier {{C2S}}. Elle montre son titre de séjour, numéro recopié : [[IDENTIFIANT:7502219846]]. Bracelet imprimé avec nom + DDN. Étiquettes x{{20}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Friville-Escarbotin}}, dans le {{Vimeu}}. Allocataire : M. [[PERSONNE:Yohan Leclercq]], {{AAH}}, déclare vivre seul. Dans la cour, une voiture immatriculée en {{Belgique}} : [[IMMATRICULATION:1-KRT-554]]. Il dit que c'est celle de son cousin qui travaille dans la robinetterie du coin. Le contrôleur ([[PERSONNE:Ahmed Zerrouki]]) demande le nom du cousin : « [[PERSONNE:Wim Claes]] ». Noté. Le cousin vit à {{Tournai}}, il rentre le week-end. Rien à redire.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}}. Une assistante sociale du {{Département}}, [[PERSONNE:Claire Roussel]], demande qu'on domicilie M. [[PERSONNE:Abdoulaye Keïta]]. Elle enverra la fiche depuis sa boîte pro [[EMAIL:claire.roussel@somme.fr]]. L'agent lui demande plutôt d'écrire à la boîte du service, {{domiciliation@ccas-amiens.fr}}, pour que ça ne se perde pas pendant ses congés.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique {{10h}}-{{12h}}, {{8}} personnes. Objectif : créer son espace. Problèmes :\n1) pas d'adresse mail (x{{3}})\n2) mot de passe oublié (x{{2}})\n3) téléphone sans appareil photo pour le justificatif\nLa conseillère crée un mail à une dame devant moi : [[EMAIL:leatitia.morel1986@gmail.com]] — elle s'est trompée dans l'orthographe du prénom ([[PERSONNE:Laetitia]]), tant pis, ça reste comme ça 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{ABBEVILLE}}. {{2h}} du mat (je suis resté tard). Un marin pêcheur du {{Crotoy}}, main prise dans un treuil. Son collègue l'a amené en camionnette, [[IMMATRICULATION:DX-840-QA]], garée en travers devant l'entrée : l'agent de sécu demande de la bouger. Le blessé : [[PERSONNE:Jordan Ternisien]]. Pris en charge direct, pas d'attente pour lui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "L'agente me montre les {{5}} motifs d'appel les plus fréquents : 1. carte vitale, 2. remboursements, 3. arrêts de travail, 4. {{C2S}}, 5. changement d'adresse. Elle dit que la moitié pourrait se régler sur {{ameli.fr}} mais que « les gens veulent entendre une voix ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Laon}}. Mme [[PERSONNE:Solange Pruvost]], {{68 ans}}, vient pour un secours d'urgence : facture {{EDF}} impayée, coupure annoncée. Réf client EDF [[IDENTIFIANT:6001 4422 7815]]. L'agente ([[PERSONNE:Delphine]]) appelle le service solidarité d'EDF : coupure suspendue. Aide de {{150 €}} votée en commission.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien {{SIAO}} au {{CHRS}}. Jeune homme afghan, [[PERSONNE:Ahmad Wardak]], {{24 ans}}, réfugié statutaire, carte de résident n° [[IDENTIFIANT:9300457112]]. Il travaille en intérim ({{Manpower}}) dans un entrepôt à {{Roissy}} : il part du CHRS à {{4h30}}. L'éducatrice [[PERSONNE:Hélène Dumont]] cherche un logement via {{Action Logement}}. Il demande si on peut l'appeler sur {{WhatsApp}} : [[TELEPHONE:07 53 08 61 27]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de l'{{Aisne}}. Un grand-père d'{{Hirson}} appelle pour sa petite-fille qu'il héberge. Le conseiller ne peut pas parler du dossier de quelqu'un d'autre. Le grand-père : « elle s'appelle [[PERSONNE:Manon Dutilleul]], elle est née le [[DATE_NAISSANCE:quatre juillet deux mille cinq]], elle est à côté de moi ». Elle prend le téléphone. Num alloc : [[N_ALLOCATAIRE:7034116]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél. Une cadre de {{Senlis}}, licenciée d'une boîte de {{La Défense}}, veut savoir si elle peut créer son entreprise avec l'{{ARCE}}. Conseiller : [[PERSONNE:Franck Moulin]]. Oui. Son identifiant : [[ID_FRANCE_TRAVAIL:0851376 P]]. Projet de {{SASU}} déjà ficelé. À la fin : « envoyez-moi ça par mail, [[EMAIL:h.lemercier.conseil@outlook.fr]] ». Le conseiller ne peut pas, tout passe par l'espace personnel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences pédiatriques. Une maman demande si elle doit venir pour {{39,5}} de fièvre. L'agente n'est pas soignante, elle transfère à l'infirmière. J'entends : « il a quel âge ? — {{18 mois}} ». L'infirmière rassure, conseille du {{Doliprane}} et de venir si ça dure.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Clermont}} ({{Oise}}), [[ADRESSE:36 rue de la République, 60600 Clermont]]. M. [[PERSONNE:Cédric Fontaine]] ouvre en pyjama, il est bien là. Il montre les ordonnances du Dr [[PERSONNE:Vu]]. L'enquêtrice ([[PERSONNE:Agnès Hurtrel]]) coche « présent ». {{4 min}}. Puis {{20 min}} de route jusqu'au suivant.",
    ),
    ("caf", "accueil_physique", "ticket {{C112}} appelé {{4 fois}}, personne. Le suivant."),
    (
        "france_travail",
        "accueil_physique",
        "Permanence FT au centre social de {{Rouher}}, à {{Creil}}. {{5}} personnes. Un monsieur turc, [[PERSONNE:Mehmet Yılmaz]], {{49 ans}}, maçon, veut apprendre le français. Il montre son titre de séjour (n° [[IDENTIFIANT:6004918237]]). La conseillère [[PERSONNE:Samia]] l'inscrit à un atelier {{FLE}} au {{GRETA}}. Il répète « merci madame » {{4 fois}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez un monsieur signalé par les voisins (accumulation, odeurs). [[ADRESSE:12 rue Pasteur, 3e gauche]]. L'agent du {{CCAS}} et une infirmière du {{CMP}}. Il n'ouvre pas. On parle à travers la porte. Il s'appelle [[PERSONNE:Roland]], il dit « revenez demain ». On reviendra.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à une famille hébergée en appartement relais à {{Château-Thierry}} : famille [[PERSONNE:Osmani]], kosovars, {{5}} enfants, [[ADRESSE:2 rue du Château, 02400 Château-Thierry]]. Chauffage électrique, facture {{EDF}} énorme. L'éduc ([[PERSONNE:Romain]]) relève les compteurs. L'aînée, [[PERSONNE:Arbëresha]], {{16 ans}}, traduit ; elle veut devenir avocate.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier de pension d'invalidité. L'agent vérifie le RIB : la dame a travaillé {{20 ans}} en {{Belgique}} et gardé son compte belge, [[IBAN:BE76 0634 1872 5995]]. Accepté. Mme [[PERSONNE:Van Acker]] est soulagée, elle croyait devoir ouvrir un compte en France.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{21h}}-{{23h}} au {{115}} : {{37}} appels, {{4}} places. Sur le tableau blanc, les places sont effacées au fur et à mesure. À {{22h15}} il n'y a plus rien. Les écoutants répètent « je note votre demande ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur (une {{boulangerie}}) appelle : un candidat envoyé par FT ne s'est pas présenté. « [[PERSONNE:Lucas Pereira]], vous me l'avez envoyé lundi ». La conseillère ne commente pas, remercie. Elle me dit qu'elle va l'appeler. Offre n° {{179BXWR}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Chauny}}. M. [[PERSONNE:Ibrahima Ndiaye]] et Mme [[PERSONNE:Rokhaya Ndiaye]] ont déclaré une séparation il y a {{6 mois}}, mais vivent toujours [[ADRESSE:11 rue Jean Jaurès, 02300 Chauny]] (rien d'autre de libre à louer). Le contrôleur ([[PERSONNE:Francis Lecomte]]) explique qu'il doit le noter. Madame demande à être recontactée par mail : [[EMAIL:rokhaya.ndiaye02@yahoo.fr]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Château-Thierry}}. Fermées la nuit certains jours faute de médecins ; affiche sur la porte : « régulation obligatoire par le {{15}} ». Les gens viennent quand même. Une dame repart vers {{Soissons}}, {{45 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Instruction {{RSA}} au {{CCAS}}. Le monsieur, [[PERSONNE:Gaspard Lemoine]], {{26 ans}}, sort d'un service civique. L'agente lui crée un compte sur {{caf.fr}} : email [[EMAIL:gaspard.lmn@proton.me]], numéro [[TELEPHONE:0749218603]]. Puis le formulaire. {{52 min}} en tout 🥵",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Saint-Quentin}}. Une dame vient pour l'{{AEEH}} de son fils autiste. Dossier {{MDPH}} en cours, réf [[IDENTIFIANT:02-2023-118734]]. L'agent n'a pas la main sur la MDPH, il note. Le fils, [[PERSONNE:Noah]], tourne autour des chaises. Personne ne dit rien, tout le monde sourit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur de {{29 ans}}, né à {{Soissons}}, qui change de médecin traitant : le Dr [[PERSONNE:Garnier]] part à la retraite. Son numéro : [[NIR:194100272238976]]. Il a trouvé un médecin à {{Vailly-sur-Aisne}} qui accepte (« un miracle »). La déclaration se fait par le médecin, l'agent vérifie juste.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Je suis la conseillère pendant {{3 entretiens}}. Ce qui me frappe : elle passe plus de temps à rassurer qu'à parler d'emploi. Une dame a peur d'être radiée parce qu'elle a un enfant malade. Un jeune a peur de ne pas avoir « le bon diplôme ». Un homme de {{60 ans}} a peur qu'on le force à travailler jusqu'à {{67 ans}}. Entre deux, elle boit de l'eau de la {{fontaine}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences : une jeune femme arrive seule, violences conjugales. Tout se fait vite et à voix basse, box fermé. L'agente enregistre l'admission en mode confidentiel : le vrai nom, [[PERSONNE:Clara Mendes]], n'apparaîtra pas si quelqu'un appelle. Le conjoint pourrait appeler.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour près de la {{gare d'Amiens}}. [[PERSONNE:Moussa]], guinéen, {{17 ans}} dit-il (les éducs pensent plus), demande un ticket de bus pour aller à {{Étouvie}} voir un copain. Ticket donné. Son récépissé de demande d'asile : n° [[IDENTIFIANT:8002417763]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le secrétaire de mairie de {{Conty}} appelle (le CCAS du village, c'est lui et le maire). Une habitante, Mme [[PERSONNE:Odile Bacquet]], [[ADRESSE:6 route de Paris, 80160 Conty]], n'a plus de fioul. Le maire a déjà payé une fois de sa poche. On parle de l'aide au chauffage du {{Département}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél. Une allocataire veut changer de compte bancaire. Le conseiller refuse par téléphone (sécurité) : il faut passer par l'espace perso. Elle lit quand même son IBAN à voix haute : « [[IBAN:FR76 3000 4006 2900 0103 7884 508]] ». Le conseiller me fait les gros yeux 🙈. Il ne le note pas.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel du {{3949}} transféré à l'agence d'{{Abbeville}}. Un pêcheur saisonnier de la baie de {{Somme}} qui alterne emploi et chômage : [[PERSONNE:Grégoire Lecat]], id [[ID_FRANCE_TRAVAIL:6603128 C]]. Question sur les droits rechargeables. Le conseiller lit sa date de fin de droits : {{14 février}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut juste un formulaire papier pour la carte vitale. Plus de papier, tout est en ligne. L'agent l'imprime quand même, en douce. {{1 min}}.",
    ),
]

NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Beauvais}}, décembre. Un monsieur, [[PERSONNE:Noël Baudry]], {{63 ans}}, demande où est sa {{prime de Noël}}. L'agente : versée vers le {{15 décembre}}, avec le {{RSA}}. Il rit : « c'est ma prime à moi, avec mon prénom ». Alloc [[N_ALLOCATAIRE:4406281]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel, {{8h32}}. « Bonjour, [[PERSONNE:Fanny]], {{France Travail}}, j'écoute. » Une dame : son fils de {{18 ans}} peut-il s'inscrire ? Oui. Elle donne son propre identifiant par erreur : [[ID_FRANCE_TRAVAIL:9021664 K]]. [[PERSONNE:Fanny]] corrige gentiment.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Soissons}}. Un retraité né en {{Corse}}, {{75 ans}}, [[PERSONNE:Antoine Santoni]], vient pour une {{C2S}} participative. L'agent me montre le « {{2A}} » dans son numéro : « ça, c'est les Corses ». [[NIR:1 48 08 2A 004 019 81]]. Demande refusée : ressources trop hautes de {{12 €}}. Le monsieur hausse les épaules.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Amiens-Picardie}}. Un étudiant de l'{{Université de Picardie Jules Verne}}, entorse au foot. Il s'appelle [[PERSONNE:Jules Ekotto]], né le [[DATE_NAISSANCE:09/01/2003]]. Il rigole : « [[PERSONNE:Jules]] comme {{Jules Verne}} ». Attente {{3h}}, il révise sur son téléphone.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}. Une dame appelle de {{Beauvais}}, quartier {{Argentine}} : hébergée chez sa sœur, mise dehors ce soir. [[PERSONNE:Kadiatou Bah]], {{31 ans}}, enceinte. Tél [[TELEPHONE:06 45 92 17 38]]. L'écoutant ([[PERSONNE:Guillaume]]) la met en priorité : hôtel {{Ibis Budget}} de {{Beauvais}}, {{chambre 214}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Soissons}}. M. [[PERSONNE:Rudy Tassin]] demande l'aide à la réparation de sa voiture (embrayage, {{680 €}}) pour garder son CDI à {{Vic-sur-Aisne}}. La conseillère [[PERSONNE:Isabelle Nowak]] demande la carte grise : {{Citroën C3}}, [[IMMATRICULATION:CN-562-PH]]. Devis du {{Garage Dubois Automobiles}}. Identifiant [[ID_FRANCE_TRAVAIL:4470183D]]. Accord jusqu'à {{500 €}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle : l'allocataire, [[PERSONNE:Yacine Benali]], a déclaré un compte mais ses relevés en montrent deux. Le contrôleur note les deux IBAN : [[IBAN:FR76 1130 6000 1240 2218 7731 649]] et [[IBAN:FR76 1802 5000 0200 4319 6520 081]]. Le second est un compte joint avec sa mère, Mme [[PERSONNE:Benali]]. Rien d'anormal au final, {{1 200 €}} d'épargne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier de demande d'{{APA}} rempli au {{CCAS}} pour Mme [[PERSONNE:Henriette Gosselin]], née le [[DATE_NAISSANCE:19/03/1938]]. Sa voisine l'accompagne et laisse son numéro comme contact : [[TELEPHONE:03 22 41 68 09]]. Mme [[PERSONNE:Gosselin]] entend mal, l'agente parle très fort, toute la salle entend.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Quelqu'un appelle pour savoir combien de temps d'attente « en ce moment ». L'agente : « je ne peux pas vous dire, ça dépend de la gravité ». La personne : « donc c'est long ». L'agente : « oui ». 😶",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Crécy-sur-Serre}} ({{Aisne}}). Personne au [[ADRESSE:3 ruelle des Prés, 02270 Crécy-sur-Serre]]. La voisine dit que Mme [[PERSONNE:Pottier]] est « chez le kiné à {{Laon}} ». L'enquêteur ([[PERSONNE:Benoît Lesage]]) laisse un avis : elle devra justifier. {{52 km}} aller-retour pour rien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel demandé. La dame dicte son numéro : « [[TELEPHONE:zéro six, soixante-quatre, trente, zéro huit, quatre-vingt-dix-neuf]] ». Le conseiller le répète pour vérifier. Elle ajoute : « après {{17h}}, avant je suis au travail ». Son alloc : [[N_ALLOCATAIRE:2960557]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél, conseiller entreprise. Le DRH d'une usine de {{Compiègne}} ({{zone de Venette}}) cherche {{12}} caristes. Le conseiller propose {{3}} profils et ne cite que les prénoms : « [[PERSONNE:Dylan]], [[PERSONNE:Samir]] et [[PERSONNE:Axelle]] ». Le DRH : « une femme cariste ? super ». Envoi des CV par la plateforme.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des résidents au {{CHRS}}, {{12}} présents. Sujet : le règlement (pas d'alcool dans les chambres). [[PERSONNE:Marcel]], le plus ancien ({{9 ans}} ici !), dit que le règlement c'est « pour les jeunes ». Rires. La cheffe de service, Mme [[PERSONNE:Ouedraogo]], note les demandes : wifi, micro-ondes, horaires de douche.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation à {{Montataire}}, [[ADRESSE:21 rue Jean-Baptiste Carpeaux, 60160 Montataire]]. M. [[PERSONNE:Abdelkader Messaï]], {{80 ans}}, ancien d'{{Usinor}}. Vit seul au {{4e étage}} sans ascenseur. Téléassistance proposée. Le fils, au téléphone, donne son accord et son numéro : [[TELEPHONE:06 81 37 52 10]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un pharmacien ({{Pharmacie du Centre}}) : carte vitale rejetée pour un patient. L'agent vérifie avec le NIR que lit le pharmacien : [[NIR:1 83 06 99 350 226 40]]. Droits fermés depuis le {{31 mars}}, pas de renouvellement. Le patient, M. [[PERSONNE:El Idrissi]], est au comptoir ; le pharmacien lui passe le combiné.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Compiègne}}. Un couple de touristes allemands, le mari s'est blessé en forêt vers {{Pierrefonds}}. Carte européenne d'assurance maladie n° [[IDENTIFIANT:80276 88104 0045217736]]. La femme parle anglais, l'agente répond en anglais scolaire, ça marche. Nom : [[PERSONNE:Jürgen Hoffmann]]. Leur voiture, garée devant : [[IMMATRICULATION:DO-KM 418]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente FT : {{9}} chaises, {{2}} bornes, {{1}} imprimante en panne. Un écran passe en boucle « Avec {{France Travail}}, trouvez votre voie ». Personne ne regarde. Un bébé pleure. {{11h40}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence au {{Plateau}} de {{Creil}}. Mme [[PERSONNE:Zeynep Kaya]] vient avec son mari qui traduit. Demande de {{RSA}}. Le titre de séjour de Madame, n° [[IDENTIFIANT:6001873342]], expire dans {{2 mois}}. L'agent explique qu'il faut renouveler avant, sinon rupture de droits. Le mari note tout dans un carnet.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} : un fils appelle de {{Marseille}} pour sa mère âgée qui vit ici. Elle ne répond plus au téléphone depuis {{2 jours}}. L'agente demande l'adresse, « [[ADRESSE:7 rue des Lilas, résidence Les Mimosas]] », et le nom, « [[PERSONNE:Paulette Giraud]] ». Elle envoie la police municipale. (Fin : la dame avait débranché son téléphone 🙄)",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'une assistante sociale de l'hôpital : sortie d'hospitalisation d'un monsieur sans domicile, M. [[PERSONNE:Raymond Picard]], {{64 ans}}. Elle demande une place pour ce soir. Il n'y en a pas. Elle : « je ne peux pas le mettre dehors avec son déambulateur ». L'écoutant cherche {{20 min}}. Trouvé : un lit halte soins santé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Just-en-Chaussée}}. Mme [[PERSONNE:Marine Delaporte]] déclare {{2}} enfants à charge. L'aîné, [[PERSONNE:Théo]], né en [[DATE_NAISSANCE:2004]], est apprenti à {{Beauvais}}, {{900 €}} par mois : il compte encore ? Le contrôleur ([[PERSONNE:Pascal Lebon]]) vérifie le contrat d'apprentissage. Oui, sous le plafond. Il repart dans la {{Kangoo}} de service.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil, création de compte {{ameli}} pour une jeune femme. Le code provisoire arrive normalement par courrier, mais l'agente peut le faire sur place. Email : [[EMAIL:m.kouyate@free.fr]]. Elle s'appelle [[PERSONNE:Mariam Kouyaté]]. {{6 min}}. Elle : « j'essaie depuis un an ! »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : un monsieur d'{{Étouvie}} veut se réinscrire. La conseillère ([[PERSONNE:Virginie]]) : « votre date de naissance ? » « [[DATE_NAISSANCE:8 novembre 81]] ». Elle retrouve le dossier : [[PERSONNE:Grégory Lefort]], ancien identifiant [[ID_FRANCE_TRAVAIL:2158409 Z]]. Réinscription par téléphone impossible, rdv à l'agence d'{{Amiens Nord}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "« [[PERSONNE:DJIBRIL]] ?? [[PERSONNE:DJIBRIL SAKHO]] ?? » crie l'infirmière dans la salle. Un ado lève la main, écouteurs sur les oreilles.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil {{Caf}} en panne → l'agente distribue des tickets papier écrits au stylo : {{1}}, {{2}}, {{3}}… Elle en est à {{41}} à {{10h}}. Système D.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile d'un assuré en arrêt (lombalgie). Il est dehors, en train de laver sa voiture, [[IMMATRICULATION:GA-781-RS]]. L'enquêtrice note sans commenter : laver sa voiture devant chez soi n'est pas une sortie interdite, me dit-elle, mais c'est « limite ». M. [[PERSONNE:Laurent Hecquet]] s'excuse.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Saint-Quentin}}. [[PERSONNE:Priscilla Lenglet]], {{35 ans}}, reprend un emploi à mi-temps. Elle veut que l'{{ARE}} soit versée sur un nouveau compte ouvert dans une banque en ligne : [[IBAN:FR76 1751 5900 0008 2711 0441 982]]. Le conseiller vérifie que le RIB est bien à son nom. OK.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Soissons}}, {{15h}}. Un jeune couple syrien, demande de domiciliation. Monsieur [[PERSONNE:Alhamwi]], Madame [[PERSONNE:Alkhatib]] (elle garde son nom). L'agent écrit les deux noms en majuscules sur le registre : [[PERSONNE:ALHAMWI]] / [[PERSONNE:ALKHATIB]]. Attestation remise, valable {{1 an}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des logements diffus avec l'éducateur : {{4}} appartements en {{2h}}. Dans chacun il vérifie le détecteur de fumée, le frigo, le courrier. Il dit que les visites servent surtout à « voir si les gens tiennent le coup ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CH de Laon}}, {{3h}}. Une infirmière de l'{{EHPAD Les Tilleuls}} à {{Chambry}} prévient d'un transfert : « M. [[PERSONNE:Émile Sauvage]], {{94 ans}}, on vous l'envoie ». Elle laisse son portable de garde : [[TELEPHONE:06 03 58 22 91]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de la {{Somme}}. Une dame de {{Rue}} (la ville !) : le conseiller croit qu'elle dit « rue… » et attend la suite 😂. Adresse complète : [[ADRESSE:15 rue de la Porte de Bécray, 80120 Rue]]. Elle signale un déménagement, {{APL}} à recalculer. Alloc [[N_ALLOCATAIRE:8812045]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le conseiller m'explique les couleurs du planning : vert = rdv tél, bleu = physique, rouge = « rdv obligatoire ». Aujourd'hui : {{14}} rdv dont {{9}} au téléphone. Les absences sont plus fréquentes au tél.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Compiègne}}. Une résidente, [[PERSONNE:Sylvie]], {{52 ans}}, montre fièrement sa nouvelle carte d'identité (elle n'en avait plus depuis {{10 ans}}) : n° [[IDENTIFIANT:X4RT7KP29]]. L'éducatrice et elle ont fait {{3}} allers-retours en mairie. Prochaine étape : un compte bancaire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil : un monsieur accompagne un collègue blessé sur un chantier. L'agente demande un numéro de personne à prévenir. Le blessé : « ma femme, [[PERSONNE:Rosa]], [[TELEPHONE:06 12 70 44 83]] ». Employeur : {{Eiffage}}. Accident du travail, la déclaration est à faire par l'employeur.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Beauvais}}. Une jeune maman malienne, [[PERSONNE:Aminata Coulibaly]], pour la {{PUMa}}. L'agente lit l'acte de naissance traduit : née le [[DATE_NAISSANCE:12 juin 1998]] à {{Kayes}}. Elle demande : « et votre fils [[PERSONNE:Issa]], il est né où ? » « À {{Beauvais}} ». Dossier complet. Délai {{2 mois}}.",
    ),
]

NOTES_5 = [
    (
        "france_travail",
        "accueil_physique",
        "FT {{Abbeville}}. Un jeune du {{Vimeu}}, [[PERSONNE:Kylian Dufour]], {{20 ans}}, veut s'engager dans l'armée. Le conseiller l'oriente vers le {{CIRFA}} d'{{Amiens}}. Pas de voiture : {{1h}} de {{TER}}. Il demande qu'on lui envoie la liste des papiers : [[EMAIL:kyky.dufour80@gmail.com]]. Son pseudo Snap a été saisi par erreur dans le champ « autre contact » : [[IDENTIFIANT:@kyky_80130]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre deux appels, le conseiller me montre la base de connaissances : {{2 400}} fiches. Il cherche « garde alternée + {{APL}} » → {{0}} résultat. Il rit jaune.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Amiens}}, sur rdv. Mme [[PERSONNE:Hélène Sabatier]], née en [[DATE_NAISSANCE:mars 1987]] à {{Amiens}}, vient pour son congé maternité : l'employeur n'a pas envoyé l'attestation de salaire. L'agente recopie son NIR sur un post-it pour relancer l'employeur : [[NIR:2 87 03 80 021 214 53]]. Post-it jeté à la fin dans la corbeille normale 😬 (je le note).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Aisne}}. Un jeune, « [[PERSONNE:Dylan]] », {{18 ans}} depuis hier, sorti de l'{{ASE}} ce matin, appelle de {{Soissons}}. Date de naissance : [[DATE_NAISSANCE:14/05/2006]]. L'écoutante souffle : « sortie sèche ». Elle l'oriente vers le {{FJT}} et le rappellera dans une heure au [[TELEPHONE:07 66 31 09 58]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}}, {{9h}}. Un monsieur demande une aide pour la cantine : {{3 enfants}}, {{4,20 €}} le repas. L'agente calcule le quotient familial → tarif à {{1 €}}. Il est gêné, regarde par terre. Elle parle vite et doucement. Pas de nom dit devant moi.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél. Mme [[PERSONNE:Leila Hamdani]], identifiant [[ID_FRANCE_TRAVAIL:3092751 W]], DDN [[DATE_NAISSANCE:21/02/1992]]. Elle a reçu un mail « trop-perçu {{1 847 €}} ». Le conseiller explique : reprise d'activité en {{janvier}} non déclarée. Elle : « j'ai déclaré ! ». Il vérifie : elle a déclaré {{0 h}} au lieu de {{80 h}}. Remboursement échelonné possible.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Laon}}. M. [[PERSONNE:Jean-Baptiste Renaud]], {{44 ans}}, de {{Sissonne}} : l'ex-conjointe ne paie plus la pension alimentaire. Jugement RG [[IDENTIFIANT:22/01873]]. L'agent ouvre un dossier {{ARIPA}}. Alloc : [[N_ALLOCATAIRE:0392716]]. Il a pris une demi-journée de congé pour venir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil : la carte vitale d'un jeune homme ne passe pas. L'agente tape le NIR à la main : [[NIR:1 97 08 60 463 240 42]] — « né à {{Nogent-sur-Oise}} ? » — oui. Droits ouverts. [[PERSONNE:Bryan Lefèvre]], {{26 ans}}, coupure au bras (verre).",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : un assuré de {{Noyon}} veut savoir pourquoi ses indemnités journalières arrivent sur l'ancien compte. L'agent lit le RIB enregistré : [[IBAN:FR76 3006 6108 5100 0201 1870 179]]. C'est bien l'ancien. Il faut renvoyer un RIB par la messagerie {{ameli}}. M. [[PERSONNE:Tristan Marquette]] soupire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Creil}}, petit-déj. [[PERSONNE:Fatou]] fait des tresses à une autre résidente, [[PERSONNE:Chantal]]. Elles rigolent fort. L'éducateur dit que c'est le meilleur moment de la journée. Ensuite chacune part : [[PERSONNE:Fatou]] en formation au {{GRETA}}, [[PERSONNE:Chantal]] à l'hôpital.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} de {{Nogent-sur-Oise}}. Une dame demande le bon pour le colis des aînés. L'agent : « vous avez quel âge ? » « {{72 ans}} ». « Et vous êtes née le ? » « Le [[DATE_NAISSANCE:10 avril 1952]] ». Inscription : [[PERSONNE:Yvonne Brasseur]], [[ADRESSE:3 place de l'Église]]. Distribution le {{14 décembre}} à la salle des fêtes.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dans un camping à l'année : [[ADRESSE:camping du Marais, emplacement 17]]. M. [[PERSONNE:Frédéric Lagache]] vit dans un mobil-home, {{RSA}}. La contrôleuse ([[PERSONNE:Mélissa Guérin]]) vérifie : pas de bail, juste un contrat de location d'emplacement. Un camping-car à côté, plaque notée à la main : [[IMMATRICULATION:br-455-tz]]. C'est à lui aussi ? Non, au voisin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Beauvais}}, inscription. La conseillère remplit avec la dame :\n- nom : [[PERSONNE:Khadija Raji]]\n- né(e) le : [[DATE_NAISSANCE:05/10/1977]]\n- adresse : [[ADRESSE:18 rue de Calais, 60000 Beauvais]]\n- tél : [[TELEPHONE:06 59 03 77 21]]\n- niveau : {{CAP}} couture\nElle a {{46 ans}}, {{4}} enfants, jamais inscrite avant. Identifiant créé : [[ID_FRANCE_TRAVAIL:6120957 R]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{5h}}-{{7h}} : standard calme. {{3}} appels : un livreur de poches de sang, un médecin du {{SMUR}}, un taxi qui cherche l'entrée. L'agente fait des mots croisés entre deux.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un enquêteur de la {{Cpam}} à {{Hirson}} : vérification de résidence pour la {{PUMa}}, soupçon que la personne vit en {{Belgique}}. [[ADRESSE:8 rue de la Gare, 02500 Hirson]]. Boîte aux lettres pleine, volets fermés. Le voisin : « [[PERSONNE:Gérard]] ? Il est chez sa copine à {{Chimay}} la moitié du temps ». Noté tel quel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Compiègne}} chez Mme [[PERSONNE:Roseline Ngoma]], [[ADRESSE:14 allée du Muguet, 60200 Compiègne]], pour l'aide aux vacances des enfants. Elle montre les bulletins scolaires de [[PERSONNE:Grâce]] et [[PERSONNE:Prince]]. Sur le balcon, un {{olivier}} en pot qui ne supporte pas le climat picard.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, suivi après le {{CHRS}} ({{3 mois}}). [[PERSONNE:Aurélien]], [[ADRESSE:4 rue Voltaire, appt 12, 80000 Amiens]]. Il a repeint la cuisine en jaune. Il montre sa fiche de paie ({{Lidl}}, {{1 380 €}}). L'éducatrice ([[PERSONNE:Noémie Caron]]) dit qu'on peut arrêter le suivi. Il demande s'il pourra encore appeler.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, accueil. Un étudiant italien demande l'{{APL}} pour sa chambre {{CROUS}}. Il a tout sur son téléphone, l'agent l'aide à faire la demande en ligne. Mail : [[EMAIL:matteo.rinaldi@studenti.unimi.it]]. Il s'appelle [[PERSONNE:Matteo Rinaldi]]. {{12 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél. L'agence d'{{Hirson}} est fermée le vendredi, les appels basculent à {{Laon}}. Mme [[PERSONNE:Carole Lemaître]], sans voiture, demande un rdv à {{Hirson}} plutôt qu'à {{Laon}} ({{1h}} de car). Accordé. Confirmation par SMS au [[TELEPHONE:07 80 26 44 13]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} : borne photo pour la carte vitale, gratuite. Un vieux monsieur garde sa casquette pour la photo, l'agent lui demande de l'enlever. Il refuse. Discussion de {{3 min}}. Il l'enlève.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un homme appelle pour la {{5e}} fois ce soir. Toujours la même question. L'écoutante reconnaît la voix : « Bonsoir M. [[PERSONNE:Lopez]] ». Elle reste patiente. Après, elle me dit qu'il est seul et que le 115 est son seul contact humain.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de la {{Somme}}. Une maman d'{{Étouvie}} : l'{{ARS}} (allocation de rentrée scolaire) n'est pas versée pour son grand de {{17 ans}}. Il faut l'attestation de scolarité. Le conseiller explique la démarche en ligne et note son mail : [[EMAIL:nadia.bouchareb80 (at) gmail.com]]. Num alloc [[N_ALLOCATAIRE:5078342]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi. Le conseiller, [[PERSONNE:Thomas Vandenberghe]], a {{412}} demandeurs dans son portefeuille. Il dit qu'il en suit vraiment {{80}}. Les autres, « je les découvre quand ils viennent ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Quentin}}. Une voiture se gare sur la place des ambulances : [[IMMATRICULATION:AV-093-NN]]. Une femme en plein travail ! L'agent court chercher un fauteuil. Le mari donne le nom en courant : « [[PERSONNE:Cindy Marchal]], née le [[DATE_NAISSANCE:2 mars 1995]] ». Direction la maternité, {{2e étage}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Quentin}}, quartier {{Europe}}, permanence écrivain public. Un monsieur dicte une lettre à son bailleur ({{Clésence}}) : « Je soussigné [[PERSONNE:Abdelaziz Tahri]], demeurant [[ADRESSE:5 rue du Docteur Roux, 02100 Saint-Quentin]]… ». Numéro de locataire [[IDENTIFIANT:302-118-0047]]. Fuite d'eau depuis {{2 mois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "D'après l'écran, un appel au {{3949}} dure en moyenne {{7 min}}. Ici : {{6}} conseillers au plateau, {{2}} absents. Le superviseur passe toutes les heures annoncer le nombre d'appels en attente.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une fille appelle pour sa mère décédée, pour le capital décès. L'agente très douce. « Le nom de votre maman ? » « [[PERSONNE:Jacqueline Moreau]], née [[PERSONNE:Leblanc]] ». Date de naissance : [[DATE_NAISSANCE:12 octobre 1949]]. L'agente présente ses condoléances {{2 fois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, permanence à {{Château-Thierry}}, à la {{maison France services}}, pas loin du musée {{Jean de La Fontaine}}. M. [[PERSONNE:Jean Kouassi]], {{38 ans}}, demande la {{prime d'activité}}. Il travaille à {{Paris}}, part de chez lui à {{5h40}} (train de {{6h12}}). Alloc [[N_ALLOCATAIRE:3365209]]. Il ne peut venir que le samedi ; la permanence est fermée le samedi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bagagerie du {{CHRS}} : {{40}} casiers, un sac par casier. Sur les étiquettes, des prénoms au feutre : « [[PERSONNE:Mimoun]] », « [[PERSONNE:Greg]] », « [[PERSONNE:Tatiana]] », et un dessin de chat. Le casier {{17}} n'a pas été ouvert depuis {{3 semaines}} ; personne ne sait où est son propriétaire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Accueil tél, urgences du {{CH de Soissons}} : les pompiers préviennent d'une arrivée (accident sur la {{N2}}). L'agente prévient la salle de déchocage. Aucune info personnelle au téléphone, juste « homme, {{40 ans}} environ ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél : un propriétaire veut toucher directement l'aide au loyer que le {{CCAS}} verse pour sa locataire. Il dicte son IBAN : [[IBAN:FR76 1450 5000 0108 0023 8773 136]]. L'agente refuse de le prendre au téléphone : il faut un RIB papier. Nom du propriétaire : M. [[PERSONNE:Delcourt]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Nogent-sur-Oise}}, {{14h}}. Mme [[PERSONNE:Rahma Jelassi]], {{39 ans}}, ancienne aide-soignante en {{Tunisie}}. Diplôme pas reconnu. Conseiller : [[PERSONNE:Olivier Petitjean]]. Il cherche une passerelle vers l'{{IFSI}}. Identifiant : [[ID_FRANCE_TRAVAIL:7315846 F]]. Sur son bureau, un {{olivier}} en plastique : « c'est mon prénom, un cadeau des collègues ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Creil}}. Mme [[PERSONNE:Ines Trabelsi]], née en {{Tunisie}}, renouvellement de sa {{C2S}}. NIR : [[NIR:285059935106606]]. L'agente : « vous êtes de mai, comme moi ! ». Échange sympa. Il manque l'avis d'impôt.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}, {{20h}}. Un homme appelle d'{{Abbeville}} : « c'est [[PERSONNE:Sébastien]], celui avec le chien ». L'écoutante : « {{Oslo}} ? » « Oui ». Place au foyer d'{{Abbeville}}, mais sans chien. Il refuse, il dormira dans sa voiture. Elle note son numéro pour le rappeler si ça change : [[TELEPHONE:06 74 19 30 82]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la secrétaire du {{CCAS}} de {{Breteuil}} chez un couple âgé, [[ADRESSE:2 chemin des Vignes, 60120 Breteuil]]. M. [[PERSONNE:Bernard Lamotte]], {{87 ans}}, s'occupe de sa femme ({{Alzheimer}}). Il refuse l'aide à domicile : « tant que je tiens debout ». La secrétaire laisse la plaquette de l'{{ADMR}} sur la table, à côté du {{Courrier picard}}.",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Ce qui me frappe à l'accueil de la {{Caf}} ce matin : tout le monde a un téléphone à la main, mais personne n'arrive à faire la démarche avec. Les agents passent la moitié du temps à faire « à la place de ». Une agente : « on est devenus des guichets numériques ». À {{11h}}, {{23}} personnes reçues, dont {{15}} pour un problème de connexion à l'espace perso.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Creil}}. M. [[PERSONNE:Vikram Pillai]], ingénieur, licencié d'une boîte de {{Saint-Denis}}, habite à {{Chantilly}}. Il trouve « surréaliste » l'atelier obligatoire. La conseillère ([[PERSONNE:Agathe Morvan]]) l'en dispense et l'oriente vers l'{{APEC}}. RIB pour l'{{ARE}} : [[IBAN:FR76 3000 3009 3000 0209 7115 620]]. Identifiant [[ID_FRANCE_TRAVAIL:0472368 S]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pendant {{1h}} je compte : {{9}} appels, dont {{4}} où la personne pleure ou s'énerve. L'agent ne raccroche jamais le premier. Il dit que c'est sa règle à lui.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Oise}}, {{23h50}}. La police de {{Compiègne}} appelle : une famille roumaine dans une voiture sur le parking de la {{gare}}, plaque [[IMMATRICULATION:CJ 47 RTM]]. Le père : [[PERSONNE:Ionuț Stanciu]]. {{3}} enfants. Pas de place famille. L'écoutant note, rappellera à {{7h}}. Il me dit : « c'est la troisième famille dans une voiture cette semaine ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Amiens}}, antenne d'{{Étouvie}}. Affiche : « AIDE AUX FACTURES D'ÉNERGIE : SUR RDV UNIQUEMENT ». Un monsieur vient sans rdv, l'agente le prend quand même. M. [[PERSONNE:Ahmed Bensalem]], facture {{Engie}}, réf client [[IDENTIFIANT:210 774 598 312]], {{486 €}}. Dossier pour le {{FSL}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de l'{{Oise}}. Un papa de {{Méru}} : « ma femme est décédée en {{mars}}, je sais pas quoi faire pour les allocs ». Le conseiller ralentit, parle doucement. Num alloc [[N_ALLOCATAIRE:1627954]] ; il parle de l'{{ASF}}. Une travailleuse sociale de la Caf rappellera M. [[PERSONNE:Karim Belhadj]] au [[TELEPHONE:06 95 40 12 66]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Abbeville}}. M. [[PERSONNE:Didier Dumeige]], {{52 ans}}, chauffeur routier, né à {{Péronne}}. Demande de {{C2S}} après une longue maladie. L'agente saisit son NIR : [[NIR:1 71 09 80 620 133 69]]. Elle s'arrête : « ah, Péronne, ma grand-mère était de là-bas ». Il sourit pour la première fois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de {{Saint-Quentin}} : [[PERSONNE:Maëva]], {{23 ans}}, a raté son rdv parce que le bus de {{Gauchy}} n'est pas passé. Le conseiller note « absence justifiée ». Identifiant : [[ID_FRANCE_TRAVAIL:5540186 G]]. Nouveau rdv jeudi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'accueil au {{CHRS}}, un homme de {{45 ans}} sorti d'un {{CADA}}, débouté. Il montre un paquet de documents : {{OQTF}}, récépissés, un passeport expiré n° [[IDENTIFIANT:AB0452187]]. L'AS ([[PERSONNE:Marion Leclerc]]) explique ce qui est possible et ce qui ne l'est pas. Elle dit son nom une seule fois : « M. [[PERSONNE:Tshibanda]] ». Il a les mains qui tremblent.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Beauvais}}, {{17h}}. Une agente d'accueil recrutée il y a {{2 semaines}}, [[PERSONNE:Lisa]], en binôme avec [[PERSONNE:Marie-Paule]], {{30 ans}} de maison. [[PERSONNE:Marie-Paule]] lui souffle : « demande toujours la personne à prévenir ». Patient suivant : [[PERSONNE:Ludovic Roger]], né le [[DATE_NAISSANCE:29/07/1969]]. Personne à prévenir : « [[PERSONNE:Françoise]], ma sœur, [[TELEPHONE:03 44 48 20 17]] ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}}. Une dame veut savoir si elle « a droit à quelque chose ». L'agent pose {{10}} questions (âge, revenus, logement…). Réponse : peut-être la {{prime d'activité}}, et l'aide au transport de la ville. Elle n'avait jamais rien demandé.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Montdidier}}, [[ADRESSE:9 rue Parmentier, 80500 Montdidier]]. Allocataire : Mme [[PERSONNE:Aurore Vandamme]], déclarée seule avec {{2}} enfants. Un homme ouvre la porte en survêtement : « c'est mon frère ». Le contrôleur ([[PERSONNE:Jérôme Tellier]]) demande une pièce d'identité, il n'a rien sur lui. Sa voiture : {{Renault Mégane}}, [[IMMATRICULATION:EF-218-HC]]. Le contrôleur note et restera neutre dans le rapport.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Trajet avec l'enquêtrice entre deux visites. Elle ne rentre jamais chez les gens sans y être invitée, elle vérifie seulement la présence. {{34}} visites prévues ce mois. Sa pire journée : {{6}} absents sur {{6}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Château-Thierry}}. Beaucoup de demandeurs partent faire les vendanges en {{Champagne}} : l'agence se vide en {{septembre}}. La conseillère : « en octobre ils reviennent tous le même jour ». {{3}} agents pour tout le sud de l'{{Aisne}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement partagé ({{CHRS}} hors les murs) à {{Laon}}, [[ADRESSE:30 rue Vinchon, 02000 Laon]]. {{2}} femmes, chacune sa chambre : [[PERSONNE:Océane]] ({{29}}) et [[PERSONNE:Naïma]] ({{41}}). Dispute sur le ménage. L'éducatrice ([[PERSONNE:Sarah Lemoine]]) affiche un planning sur le frigo.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un étudiant qui vit à {{Saint-Quentin}} mais est né à {{Amiens}} ; il part en {{Erasmus}} en {{Espagne}} et veut sa carte européenne. Vérification d'identité : [[PERSONNE:Nathan Carlier]], né le [[DATE_NAISSANCE:17 février 2004]], NIR [[NIR:1 04 02 80 021 677 05]]. Envoi confirmé à [[EMAIL:nathan.carlier@etu.u-picardie.fr]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} au centre social de {{Nogent-sur-Oise}}. Mme [[PERSONNE:Fatima Zahra El Amrani]], {{RSA}}, vient déclarer la naissance de sa fille [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:3 janvier]]. Alloc [[N_ALLOCATAIRE:4870031]]. Acte de naissance de la mairie de {{Creil}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "entretien {{15h}}. mr [[PERSONNE:Sanchez]] vient avec son CV imprimé en couleur, {{3}} pages. la conseillere lui dit 1 page max. il est vexé. elle lui montre le modele. il repart avec un rdv atelier CV. il dit « j'ai {{55 ans}}, qui va me prendre ». elle repond « moi »… (elle veut dire : elle va l'aider)",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financière du {{CCAS}} pour réparer une chaudière. Devis de {{Plomberie Lheureux}}, {{1 080 €}}. L'aide sera versée sur le compte de la dame, Mme [[PERSONNE:Colette Ruelle]] : l'agente recopie [[IBAN:FR76 1333 5000 4008 0045 1912 737]] en vérifiant chaque groupe de 4 chiffres à voix haute.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél : une demandeuse n'arrive pas à télécharger son attestation. Le conseiller va l'envoyer par mail, il vérifie l'adresse du dossier : [[EMAIL:amandine.roux.pro@sfr.fr]]. Bon. Il me dit que {{30 %}} des mails enregistrés sont faux ou abandonnés. [[PERSONNE:Amandine]] remercie {{3 fois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "File d'attente de la {{Cpam}} à l'ouverture, {{8h30}} : {{17}} personnes dehors sous la pluie. L'agent de sécurité ouvre {{2 min}} en avance. Applaudissements (ironiques ?).",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Écoutante au {{115}} depuis {{12 ans}}. Elle a gardé un cahier avec les prénoms de ceux qui sont morts dans la rue. Elle ne me le montre pas, elle me dit juste qu'il existe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme de la {{Caf}} de l'{{Aisne}}, à {{Laon}}. Les conseillers prennent aussi les appels de la {{Marne}} quand c'est saturé là-bas. {{34}} conseillers, {{1}} machine à café, {{0}} fenêtre qui s'ouvre.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Amiens Nord}}. {{5}} jeunes du quartier pour une info collective {{CEJ}}. Le conseiller [[PERSONNE:Idriss Benyoucef]] en connaît déjà {{3}} (« je les ai vus au foot »). Une fille, [[PERSONNE:Kenza]], pose toutes les questions. À la fin elle laisse un numéro pour son frère : [[TELEPHONE:07 69 51 28 40]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une mère de {{Soissons}} : remboursement d'orthodontie pour sa fille [[PERSONNE:Zoé]], {{14 ans}}. L'agent : « la demande d'entente préalable n'a pas été faite ». La mère, fâchée, exige d'être rappelée par un responsable au [[TELEPHONE:03 23 53 07 96]]. L'agent transmet.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite des logements d'urgence de la ville, gérés par le {{CCAS}} : {{3}} studios, {{2}} occupés. Dans le vide, l'agent vérifie le chauffage et l'eau chaude. Le ballon est froid. Appel au plombier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une demandeuse de {{Noyon}} a un entretien à {{Roissy}} demain, {{1h40}} de trajet : FT rembourse-t-il le billet ? Oui, avec l'aide à la mobilité et un justificatif. Le conseiller crée la demande : identifiant [[ID_FRANCE_TRAVAIL:8260713 X]]. Elle s'appelle [[PERSONNE:Laure-Anne Tison]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, {{13h30}}, réouverture après la pause. {{11}} personnes déjà devant la porte. Un homme : « c'est la troisième fois que je viens pour le même papier ». L'agent regarde : le papier a été reçu mais jamais scanné. Il s'excuse au nom de la Caf.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences : un enfant de {{6 ans}} a avalé une pièce. La maman épelle : « [[PERSONNE:N-G-U-Y-E-N]], [[PERSONNE:Tom]], né le [[DATE_NAISSANCE:1er avril 2018]] », et précise « c'est pas une blague ». Tout le monde rit, même elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Beauvais}}. Un jeune couple de {{Saint-Jean}} pour une aide à l'installation : premier logement à l'{{OPAC de l'Oise}}. Réf dossier logement [[IDENTIFIANT:OPAC-60-2024-07781]]. Elle : [[PERSONNE:Manon Lenglart]], lui : [[PERSONNE:Kevin Dos Reis]]. Aide de {{200 €}} pour l'électroménager.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Soissons}}, entretien. Un homme de {{62 ans}}, [[PERSONNE:Alain Bouvier]], a perdu son logement au décès de sa mère (le bail était à son nom à elle). Ancienne adresse : [[ADRESSE:23 avenue de Reims, 02200 Soissons]]. Il y a vécu {{62 ans}}, « toute ma vie ». L'AS l'inscrit au {{SIAO}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Laon}}. Mme [[PERSONNE:Marie-Claude Vilain]], {{57 ans}}, née à {{Château-Thierry}}, demande une pension d'invalidité. L'agent vérifie son NIR sur l'attestation : [[NIR:2 66 06 02 168 095 12]]. Dossier transmis au médecin-conseil.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Une dame âgée appelle, perdue : elle cherche sa fille. Pas de demande d'hébergement. L'écoutant prend le temps. La dame donne le nom de sa fille, « [[PERSONNE:Nathalie Deschamps]] », et son propre numéro, [[TELEPHONE:03 22 91 45 70]]. L'écoutant fait un signalement au {{CCAS}} pour une visite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT, atelier « entretien d'embauche ». Simulation : la conseillère joue la recruteuse. « Bonjour Monsieur… ? » « [[PERSONNE:Adrien Moreau-Lopez]] ». Il se ratatine sur sa chaise. À la deuxième simulation, il se tient droit. Progrès visible en {{20 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél. Un monsieur dicte son numéro d'allocataire par paquets : « [[N_ALLOCATAIRE:quarante-deux, soixante-dix-sept, trois cent un]] ». Le conseiller : « donc [[N_ALLOCATAIRE:4277301]] ? » « Voilà. » Dossier {{AAH}} + {{APL}}, question sur la revalorisation d'{{avril}}.",
    ),
]

NOTES_7 = [
    (
        "france_travail",
        "accueil_physique",
        "Pause café avec les conseillers. Ils parlent de la réforme, des « {{15 heures}} d'activité » pour les allocataires du {{RSA}}. Personne ne sait encore comment ça va marcher concrètement. Une conseillère : « on va encore inventer en marchant ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél. Une dame signale une fraude : quelqu'un a changé l'IBAN de son compte {{Caf}} ! Celui qui s'affiche n'est pas le sien : [[IBAN:FR76 3002 7170 4500 0206 3341 866]]. Le conseiller bloque les paiements, ouvre une alerte. Elle lit le bon pour comparer : [[IBAN:FR32 3000 2005 3700 0007 1288 X29]]. Mme [[PERSONNE:Brigitte Chevalier]], très secouée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à un ancien résident du {{CHRS}} logé en {{bail glissant}}, [[ADRESSE:45 rue Henri Barbusse, 93200 Saint-Denis]]. Devant l'immeuble, sa vieille moto, [[IMMATRICULATION:FT-093-EZ]] : il la répare lui-même. [[PERSONNE:Hamid]] montre le bail ; il passera à son nom dans {{6 mois}} si tout va bien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, guichet unique. Une jeune femme vient pour la cantine ; l'agente découvre qu'elle n'a pas de mutuelle, pas de médecin traitant, pas de {{prime d'activité}}. En {{40 min}}, {{4}} démarches lancées. Elle repart avec une liste écrite à la main.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Tél, conseiller de {{Beauvais}}. M. [[PERSONNE:Julien Decroix]], de {{Grandvilliers}}, a trouvé un CDI dans une usine de {{Feuquières}} et veut se désinscrire. Le conseiller : « félicitations ! ». Identifiant [[ID_FRANCE_TRAVAIL:1846302 L]]. Attestation envoyée à [[EMAIL:julien.decroix60@orange.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un assuré parisien installé à {{Compiègne}} (télétravail, {{2 jours}} par semaine à {{Paris}}). Changement de caisse : l'agent vérifie son NIR, [[NIR:1 89 12 75 113 802 40]] — « né dans le {{13e}} ? » « oui, à {{la Pitié}} ». Transfert automatique, rien à faire. M. [[PERSONNE:Maxime Tran]] est presque déçu.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} de {{Soissons}}. Une infirmière libérale signale une patiente isolée, frigo vide : Mme [[PERSONNE:Denise Hurier]], [[ADRESSE:11 rue de la Bannière, 02200 Soissons]]. L'agente note. Numéro de l'infirmière : [[TELEPHONE:06 40 83 17 95]]. Visite demain matin.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}}. Un grand-père vient déclarer qu'il a la garde de son petit-fils, [[PERSONNE:Mathis]], né en [[DATE_NAISSANCE:2015]], depuis la décision du juge. Il faut un numéro d'allocataire à son nom : créé, [[N_ALLOCATAIRE:6690418]]. M. [[PERSONNE:Georges Abadie]], {{69 ans}} : « je pensais pas refaire des papiers d'école à mon âge ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, soirée de grand froid : plan {{Grand froid}} déclenché, gymnase ouvert, {{40}} lits de camp. Le téléphone sonne sans arrêt. Pour une fois, l'écoutante peut dire « oui, il y a de la place ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Soissons}}. [[PERSONNE:Cheick Diabaté]], {{31 ans}}, cariste, veut passer le {{CACES R489}}. La conseillère ([[PERSONNE:Hélène Vasseur]]) trouve une session à {{Villers-Cotterêts}}. Il veut être prévenu par SMS : [[TELEPHONE:07 57 23 09 81]]. Identifiant [[ID_FRANCE_TRAVAIL:6034917 U]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de l'{{ASF}}. Madame, [[PERSONNE:Mialy Rakoto]], affirme que le père ne verse rien. Le contrôleur regarde les relevés : virement mensuel de {{150 €}}, libellé « VIR [[PERSONNE:RAHARISON J]] », depuis le compte [[IBAN:FR76 1090 7002 3639 0215 0674 401]]. Elle dit que c'est pour la cantine, pas une pension. Le contrôleur note.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Creil}}. Un homme vient pour une domiciliation : il vit dans sa voiture depuis {{3 mois}}, sur les berges de l'{{Oise}}. Voiture : {{Peugeot Partner}}, [[IMMATRICULATION:DB-774-WG]]. L'agent lui parle du {{115}}, il ne veut pas. Domiciliation faite au nom de [[PERSONNE:Patrice Gamelin]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences : un journaliste local appelle pour savoir si un blessé de l'accident de ce matin est là. L'agente : « aucune information ». Il insiste, cite un nom : « [[PERSONNE:Mickaël Guillot]] ». Elle répète : « aucune information ». Raccroche. Elle me dit : « ça arrive tout le temps ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil au {{CHRS}} pour femmes. Une jeune femme nigériane, [[PERSONNE:Blessing Okonkwo]], née le [[DATE_NAISSANCE:15/08/2001]], victime de traite. L'éducatrice appelle l'association partenaire. Numéro de dossier {{OFPRA}} : [[IDENTIFIANT:23-05-04417]]. Tout est lent, calme, aucune question inutile.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bilan de ma matinée à FT 📝 :\n✅ {{7}} entretiens\n✅ {{2}} reprises d'emploi annoncées\n❌ {{1}} radiation contestée\n❌ imprimante toujours en panne\n☕ {{3}} cafés\nLa conseillère dit que c'est « une bonne matinée ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Guise}} chez M. [[PERSONNE:Lucien Bricout]], {{90 ans}}, [[ADRESSE:7 rue Camille Desmoulins, 02120 Guise]]. Il a travaillé {{40 ans}} chez {{Godin}}. Le poêle du salon est un {{Godin}}, évidemment. Portage de repas accepté.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle : personne présente. {{2 min}} d'échange sur le pas de la porte, la dame est en robe de chambre, gênée. L'enquêteur s'excuse du dérangement. Dans la voiture il remplit le formulaire : « présente, RAS ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Compiègne}}. [[PERSONNE:Élise Tavernier]], {{27 ans}}, docteure en chimie, ne trouve rien dans la région. Le conseiller lui parle des labos de {{Compiègne}} et de l'{{UTC}} : elle a déjà tout fait. Elle donne son mail « pro » : [[EMAIL:e.tavernier.phd@gmail.com]]. Il lui propose le club cadres.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le conseiller me fait écouter un appel « type » enregistré pour la formation : voix robotique, prénom bipé. Ça ne ressemble à rien de réel. Il rit : « la vraie vie c'est pas ça ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au logement d'une famille suivie par le {{CHRS}} à {{Beauvais}}, quartier {{Argentine}} : [[ADRESSE:3 allée Pierre Bayle, appt 54, 60000 Beauvais]]. Mme [[PERSONNE:Hawa Konaté]] et ses {{4}} enfants. La petite [[PERSONNE:Fanta]] montre son cahier. L'éducateur ([[PERSONNE:Jonathan]]) refait le budget avec la mère : {{EDF}}, loyer, cantine. Il reste {{93 €}} pour le mois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}} : {{6}} appels en {{1h}}, tous pour la même chose, les chèques énergie de la ville. L'agente a préparé une phrase qu'elle répète mot pour mot. À la fin, je la dis en même temps qu'elle 😂",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Amiens}}. Une femme du {{quartier Nord}} vient avec sa voisine qui traduit (tamoul). Mme [[PERSONNE:Thanusha Sivakumar]], question sur le {{complément familial}}. L'agent cherche le dossier par le nom : {{5}} essais d'orthographe (« [[PERSONNE:Sivakumar]] », « [[PERSONNE:Sivakoumar]] »…). Trouvé par le numéro : [[N_ALLOCATAIRE:3958102]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un demandeur d'{{Orry-la-Ville}} qui a un poste à {{Paris}} : « le train c'est {{35 min}}, mais avec les retards du {{RER D}} c'est {{1h30}} ». Il veut savoir si refuser un poste pour le temps de trajet est « valable ». Le conseiller explique l'offre raisonnable d'emploi. Pas de nom demandé, juste une question générale.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}}, demande de carte de transport solidaire. La dame donne tout d'un trait : « [[PERSONNE:Josiane Lefèvre]], [[DATE_NAISSANCE:7 septembre 56]], téléphone [[TELEPHONE:06.22.81.40.59]] ». L'agent : « 56, c'est [[DATE_NAISSANCE:1956]] ? » — « Ben oui ». Carte imprimée sur place, photo à la webcam. Elle déteste la photo.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Château-Thierry}}, le soir. Cuisine collective : les résidents préparent un couscous pour les {{20 ans}} de la structure. Le directeur arrive avec un gâteau du {{Carrefour Market}}. Ambiance de fête, je reste plus tard que prévu.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tél {{CCAS}}. Une fille qui vit au {{Canada}} appelle pour son père âgé, M. [[PERSONNE:Albert Ferrand]]. Elle veut qu'on lui écrive : [[EMAIL:sferrand.mtl@videotron.ca]]. L'agente accepte de lui envoyer la liste des aides, pas le dossier de son père.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tél {{Caf}} de la {{Somme}}, {{16h45}}. Un monsieur d'{{Albert}} appelle pour sa fille étudiante à {{Lille}} : il veut « savoir où en est son {{APL}} ». Le conseiller ne peut rien dire sans elle. Le père : « mais c'est moi qui paye le loyer ! ». Appel à trois. Elle décroche : [[PERSONNE:Chloé Boulet]], n° [[N_ALLOCATAIRE:7215836]]. Dossier OK, versement le {{5}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Florian Roussel]] montre son permis tout neuf (financé par FT), n° [[IDENTIFIANT:230860412987]]. La conseillère le photocopie pour le dossier. Il a acheté une {{Twingo}} d'occasion, [[IMMATRICULATION:GH-206-ML]] : il pourra enfin aller à l'entrepôt {{Amazon}} sans dépendre du bus de {{5h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Somme}}. Un chauffeur de bus de {{Doullens}} appelle : un jeune homme dort dans l'abribus depuis {{2 nuits}}. Il lui a demandé son prénom : « [[PERSONNE:Anis]] ». L'écoutant déclenche la maraude de la {{Croix-Rouge}} d'{{Amiens}}, à {{35 km}}. Le chauffeur laisse son numéro : [[TELEPHONE:06 86 14 53 27]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une retraitée installée en {{Picardie}} depuis {{40 ans}}, née à {{Bastia}}. Elle veut une attestation de droits pour sa cure à {{Dax}}. NIR dicté : [[NIR:2 53 01 2B 033 011 03]]. L'agent l'envoie par courrier (pas d'email). Mme [[PERSONNE:Marie-Dominique Albertini]], adorable, raconte la Corse pendant {{5 min}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
